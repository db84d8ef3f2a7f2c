"""Search everything (Ctrl+F): the dialog and its results."""
