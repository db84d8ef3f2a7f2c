"""The one rule for every file the app writes for the user (agenda, recap, JSON export):
all of the new file or the old one untouched, and only where the user meant.

- ``-`` is standard output (the callers write there themselves).
- A device, a FIFO, a socket or a folder is refused with a clear message: writing an
  agenda "to /dev/null" as root must never turn the device into a file.
- A symbolic link is followed and its *target* is replaced, never the link itself.
- A new file is private (0600); a file that exists keeps the permissions the user gave it.
- The bytes go to a temporary file beside the target, are flushed to disk, and replace the
  target in one rename; on any failure the temporary file is removed.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from mentee_desktop.data.errors import DiskFullError, StoreError
from mentee_desktop.data.folder import fsync_folder

STDOUT = "-"


class OutputError(StoreError):
    """A file that could not (or must not) be written, with a message a user can act on."""


class OutputDiskFullError(OutputError, DiskFullError):
    """The disk filled up while writing; nothing was changed."""


def reason(exc: OSError) -> str:
    """A short, plain reason for a failed write."""
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EROFS:
        return "the file system is read-only"
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "the disk is full"
    if exc.errno == errno.ENAMETOOLONG:
        return "the file name is too long"
    return exc.strerror or str(exc)


def resolve_target(path: str | os.PathLike) -> Path:
    """The regular file that ``path`` means (a link's target); refuses anything else."""
    given = Path(path).expanduser().absolute()
    if str(path) == STDOUT:
        raise OutputError("'-' means standard output; it is not a file name here")
    target = Path(os.path.realpath(given))
    try:
        info = target.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputError(f"cannot write {given}: {reason(exc)}") from exc
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise OutputError(f"cannot write {given}: it is a folder; give a file name")
        if not stat.S_ISREG(info.st_mode):
            kind = _kind(info.st_mode)
            raise OutputError(
                f"cannot write {given}: it is {kind}, not a file; nothing was written "
                "(use '-' to write to standard output)"
            )
    if not target.parent.is_dir():
        raise OutputError(f"cannot write {given}: the folder {target.parent} does not exist")
    return target


def _kind(mode: int) -> str:
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def write_output(path: str | os.PathLike, write: Callable[[BinaryIO], None]) -> Path:
    """Replace the file ``path`` means with what ``write`` writes; returns the file written.

    Raises :class:`OutputError`; the old file (or none) stays on any failure.
    """
    target = resolve_target(path)
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mode = 0o600
    try:
        handle, temporary = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
        )
    except OSError as exc:
        raise _error(target, exc) from exc
    try:
        with os.fdopen(handle, "wb") as stream:  # mkstemp makes it 0600 from the start
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        if mode != 0o600:
            os.chmod(temporary, mode)
        os.replace(temporary, target)
        fsync_folder(target.parent)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise _error(target, exc) from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def write_bytes(path: str | os.PathLike, data: bytes) -> Path:
    return write_output(path, lambda stream: stream.write(data))


def _error(target: Path, exc: OSError) -> OutputError:
    message = f"cannot write {target}: {reason(exc)}; the export was not written"
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return OutputDiskFullError(message)
    return OutputError(message)
