"""Reminders in the window and the tray: the scheduler, the bar, the tray icon, the
settings dialog and the words reminders are told in."""
