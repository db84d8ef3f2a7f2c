"""Runtime resources (icons, desktop entry, metainfo), installed as ``mentee_desktop.resources``."""
