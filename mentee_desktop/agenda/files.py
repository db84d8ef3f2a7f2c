"""Export file names and formats; the writing itself follows the one rule for every output
file (:mod:`mentee_desktop.data.output_file`)."""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

from mentee_desktop.data.output_file import OutputError, write_bytes

#: the formats by file extension
EXTENSIONS = {
    ".md": "md",
    ".markdown": "md",
    ".pdf": "pdf",
    ".ics": "ics",
    ".ical": "ics",
    ".eml": "eml",
}
SUFFIX_OF = {"md": ".md", "pdf": ".pdf", "ics": ".ics", "eml": ".eml"}


#: an export that could not (or must not) be written, with a message a user can act on
ExportError = OutputError


def format_from_path(path: str | os.PathLike) -> str | None:
    """``md``, ``pdf``, ``ics`` or ``eml`` from a file name's extension; None if it does not say."""
    return EXTENSIONS.get(Path(path).suffix.lower())


def write_atomically(path: str | os.PathLike, data: bytes) -> Path:
    """Replace the file ``path`` means with ``data`` in one step (see :mod:`output_file`:
    devices, FIFOs and folders are refused, a link's target is replaced, new files are 0600);
    raise :class:`ExportError` on failure."""
    return write_bytes(path, data)


def suggested_name(kind: str, mentor_name: str, day, extension: str) -> str:
    """``agenda-2026-11-28-amara-okafor.md``: sortable, and safe on every file system."""
    ascii_name = unicodedata.normalize("NFKD", mentor_name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40].strip("-")
    parts = [kind, day.isoformat()] + ([slug] if slug else [])
    return "-".join(parts) + extension
