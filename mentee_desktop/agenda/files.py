"""Writing an export safely: all of the new file, or the old one untouched.

The bytes go to a temporary file in the target's folder, are flushed to disk, and replace the
target in one rename. On any failure the temporary file is removed and a clear
:class:`ExportError` says what went wrong.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
import unicodedata
from pathlib import Path

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


class ExportError(Exception):
    """An export that could not be written, with a message a user can act on."""


def format_from_path(path: str | os.PathLike) -> str | None:
    """``md``, ``pdf``, ``ics`` or ``eml`` from a file name's extension; None if it does not say."""
    return EXTENSIONS.get(Path(path).suffix.lower())


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EROFS:
        return "the file system is read-only"
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    if exc.errno == errno.ENAMETOOLONG:
        return "the file name is too long"
    return exc.strerror or str(exc)


def write_atomically(path: str | os.PathLike, data: bytes) -> Path:
    """Replace ``path`` with ``data`` in one step; raise :class:`ExportError` on failure.

    A new file is private to the user (0600, like the data folder); replacing an existing
    file keeps its permissions.
    """
    target = Path(path).expanduser().absolute()
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(f"cannot write {target}: the folder {folder} does not exist")
    if target.is_dir():
        raise ExportError(f"cannot write {target}: it is a folder")
    try:
        mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else None
    except OSError:
        mode = None
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {_reason(exc)}") from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise ExportError(f"cannot write {target}: {_reason(exc)}") from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def suggested_name(kind: str, mentor_name: str, day, extension: str) -> str:
    """``agenda-2026-11-28-amara-okafor.md``: sortable, and safe on every file system."""
    ascii_name = unicodedata.normalize("NFKD", mentor_name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40].strip("-")
    parts = [kind, day.isoformat()] + ([slug] if slug else [])
    return "-".join(parts) + extension
