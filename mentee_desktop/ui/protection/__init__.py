"""The window's side of a protected store: unlocking at start, turning protection on, the
recovery key shown once, locking after idle time or from the tray, the locked tray."""
