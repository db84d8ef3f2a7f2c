"""The lock a running window holds on its data folder, so that a restore, an import or a
second window keeps out; the OS drops it when the process ends in any way."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from mentee_desktop.data.errors import DataFolderInUseError, LockUnavailableError

#: the file a running window locks so that restores and imports know to keep out
LOCK_NAME = ".mentee-desktop.lock"


class FolderLock:
    """An exclusive ``flock`` on the data folder's lock file, dropped by the OS on any exit.

    ``exclusive`` is False when the lock could not be taken at all (no ``fcntl``, a lock file
    of another user, a read-only folder, a file system without locks); ``problem`` then says
    why. Such a folder is opened read-only, never written unlocked.
    """

    def __init__(self, fd: int | None, problem: str | None = None):
        self._fd = fd
        self.problem = problem

    @property
    def exclusive(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the flock
            self._fd = None

    def __enter__(self) -> FolderLock:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()


def lock_data_folder(data_dir: Path) -> FolderLock | None:
    """Take the data folder's lock; None when another process holds it."""
    try:
        import fcntl
    except ImportError:
        return FolderLock(None, "this system has no file locks")
    lock_file = data_dir / LOCK_NAME
    try:
        fd = os.open(lock_file, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o600)
    except OSError as exc:
        return FolderLock(None, _why_no_lock(lock_file, exc))
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        os.close(fd)
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return None
        return FolderLock(None, f"the file system of {data_dir} does not support locks")
    return FolderLock(fd)


def _why_no_lock(lock_file: Path, exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM) and lock_file.exists():
        return (
            f"the lock file {lock_file} belongs to another user or may not be changed "
            "(left by a command run with sudo?); remove it"
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"the data folder {lock_file.parent} is read-only"
    if exc.errno == errno.ELOOP:
        return f"the lock file {lock_file} is a symbolic link; remove it"
    return f"cannot create the lock file {lock_file}: {exc.strerror or exc}"


def hold_data_folder(data_dir: Path) -> FolderLock:
    """The folder's lock for a restore, import or recovery; refuses while the app runs on it,
    and refuses when the lock cannot be taken (it never runs unlocked)."""
    lock = lock_data_folder(data_dir)
    if lock is None:
        raise DataFolderInUseError(
            f"Mentee Desktop is running on {data_dir}; close it first (nothing was changed)"
        )
    if not lock.exclusive and lock.problem and "no file locks" not in lock.problem:
        raise LockUnavailableError(f"{lock.problem}; nothing was changed")
    return lock


def data_folder_in_use(data_dir: Path) -> bool:
    """Whether a window (or a restore) holds the data folder right now."""
    lock = lock_data_folder(data_dir)
    if lock is None:
        return True
    lock.release()
    return False
