"""Search everything (Ctrl+F): the Edit menu action (install), the dialog and its results."""
