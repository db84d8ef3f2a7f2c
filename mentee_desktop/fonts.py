"""Fonts the app brings along: the bundle ships Symbola (Debian's fonts-symbola) so that emoji
and symbols show in the window and in PDFs on a system that has no font for them.

Qt asks fontconfig for a fallback when the chosen font lacks a character; a font added with
``QFontDatabase.addApplicationFont`` takes part in that search, so registering it once (after
the QGuiApplication exists) is all the window and the PDF writer need.
"""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger(__name__)

_added: dict[Path, list[str]] = {}


def add_fonts(files: list[Path]) -> list[str]:
    """Register font files with Qt (each once per process); returns their family names.
    A file Qt cannot read is logged and skipped: text then falls back to the system's fonts."""
    from PySide6.QtGui import QFontDatabase

    families: list[str] = []
    for path in files:
        if path not in _added:
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                log.warning("could not load the font %s", path)
            _added[path] = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        families.extend(_added[path])
    return families


def add_bundled_fonts() -> list[str]:
    """Register the fonts shipped in the package's ``resources/fonts`` (none in a wheel)."""
    from mentee_desktop.resource_files import bundled_fonts

    return add_fonts(bundled_fonts())
