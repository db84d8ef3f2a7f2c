"""Keeping the data safe from the window: backups, restore, export of all data, recovery
at start."""
