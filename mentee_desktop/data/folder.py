"""The data folder as a whole: private folders, flushing renames to disk, putting a new
database file in place, keeping a damaged file aside, and the side files (``-wal``, ``-shm``,
``-journal``, temporary ``.partial`` copies) around them. The folder's lock is in
:mod:`folder_lock`.

Opening a connection is :mod:`store`'s job; this module never opens SQLite for writing except
to fold a stale write-ahead log into the file it belongs to.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from mentee_desktop.data.errors import (
    DataFolderError,
    DataFolderInUseError,
    StoreError,
)

#: SQLite's files beside a database in WAL mode
SIDE_FILES = ("-wal", "-shm")
#: every file SQLite may keep beside a database
ALL_SIDE_FILES = ("-journal", *SIDE_FILES)
#: the ending of a temporary copy (backup, restore, import) that is not finished yet
PARTIAL = ".partial"
#: the key slots of a protected store (see ``data.protection``), beside the database
KEYS_NAME = "mentee.keys"
#: which set-aside files the user has dismissed (one name a line)
DISMISSED_NAME = ".set-aside-dismissed"
SET_ASIDE_LABEL = "corrupt"


def ensure_private_folder(folder: Path, what: str = "data folder") -> None:
    """Create the folder (and parents) with 0700; refuse clearly when that is impossible.

    ``what`` names the folder in messages (``backup folder``), so the user fixes the right one.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if folder.stat().st_mode & 0o077:
            folder.chmod(0o700)
    except OSError as exc:
        raise DataFolderError(f"cannot create the {what} {folder}: {exc.strerror or exc}") from exc
    if not folder.is_dir():
        raise DataFolderError(f"the {what} {folder} is not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DataFolderError(f"the {what} {folder} is not writable")


def has_key_slots(data_dir: Path) -> bool:
    """Whether a key slots file sits in ``data_dir``: the store may be protected.

    A cheap look that needs nothing of ``data.protection`` (which loads only when it is
    true), so opening a plain store never pays for the cipher libraries.
    """
    return (data_dir / KEYS_NAME).exists()


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename durable (a no-op where folders cannot be opened, as on Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def has_pending_wal(path: Path) -> bool:
    """True when a write-ahead log holds pages not yet copied into the file."""
    wal = Path(f"{path}-wal")
    return wal.exists() and wal.stat().st_size > 0


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """A URI that opens ``path`` without ever writing to it (nor to its folder).

    Where SQLite cannot (or must not) create its ``-shm`` file — a folder nobody may write,
    a file we may not write (its side files would be left read-only, blocking later
    edits), a full disk — the file is opened as immutable, which is right as long as no
    write-ahead log is waiting.
    """
    uri = f"{path.absolute().as_uri()}?mode=ro"
    if immutable or (not has_pending_wal(path) and _no_side_files_wanted(path)):
        uri += "&immutable=1"
    return uri


def _no_side_files_wanted(path: Path) -> bool:
    return (
        not os.access(path.parent, os.W_OK)
        or (path.exists() and not os.access(path, os.W_OK))
        or disk_is_full(path.parent)
    )


def disk_is_full(folder: Path) -> bool:
    """Less than 64 KiB free: SQLite could not even create its shared-memory file."""
    try:
        info = os.statvfs(folder)
    except (OSError, AttributeError):
        return False
    return info.f_bavail * info.f_frsize < 64 * 1024


def discard(path: Path) -> None:
    """Remove a temporary database file and every side file SQLite may have made for it."""
    for suffix in ("", *ALL_SIDE_FILES):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def absent_side_files(path: Path) -> list[Path]:
    """The side files of ``path`` that do not exist now (to remove again after a look)."""
    return [Path(f"{path}{s}") for s in ALL_SIDE_FILES if not Path(f"{path}{s}").exists()]


def remove_side_files(paths: list[Path]) -> None:
    for side in paths:
        with contextlib.suppress(OSError):
            side.unlink(missing_ok=True)


#: the byte of a ``-shm`` file every connection holds a shared lock on (SQLite's os_unix.c)
_SHM_DEAD_MAN_SWITCH = 128


def remove_unused_side_files(path: Path, created: list[Path]) -> None:
    """Remove side files an open that could not finish has just created (a full disk), but
    only while no connection of another process uses them: SQLite's own test for that is
    whether the ``-shm`` file's dead-man-switch byte can be locked exclusively."""
    shm = Path(f"{path}-shm")
    if shm in created and shm.exists() and not _shm_unused(shm):
        return
    remove_side_files([side for side in created if side.exists()])


def _shm_unused(shm: Path) -> bool:
    try:
        import fcntl
    except ImportError:
        return False
    try:
        fd = os.open(shm, os.O_RDWR | os.O_CLOEXEC)
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _SHM_DEAD_MAN_SWITCH)
    except OSError:
        return False
    finally:
        os.close(fd)  # drops the lock
    return True


# ----- temporary copies -------------------------------------------------------------------


def open_partial(path: Path) -> int:
    """Create ``path`` private (0600) from its first byte and lock it while it is written.

    The returned descriptor holds an ``flock`` until it is closed (or the process dies), so
    :func:`remove_abandoned_partials` can tell a live copy from one a crash left behind.
    """
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
    try:
        import fcntl
    except ImportError:
        return fd
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return fd


def remove_abandoned_partials(folder: Path) -> list[Path]:
    """Remove temporary copies whose writer is gone (never a finished file, never a live one).

    A writer holds an ``flock`` on its copy (see :func:`open_partial`); a copy nobody locks was
    left by a killed process.
    """
    removed = []
    try:
        candidates = [p for p in folder.iterdir() if p.name.startswith(".") and PARTIAL in p.name]
    except OSError:
        return removed
    for path in candidates:
        if not path.name.endswith(PARTIAL) or not path.is_file() or path.is_symlink():
            continue
        if _written_right_now(path):
            continue
        discard(path)
        removed.append(path)
    return removed


def _written_right_now(path: Path) -> bool:
    try:
        import fcntl
    except ImportError:
        return False
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        return True  # cannot look: leave it
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


# ----- putting files in place -------------------------------------------------------------


def free_name(path: Path, label: str, now: datetime) -> Path:
    """``mentee.db.<label>-<UTC stamp>`` that does not exist yet (with its side files)."""
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    candidate = path.with_name(f"{path.name}.{label}-{stamp}")
    counter = 2
    while any(Path(f"{candidate}{s}").exists() for s in ("", *SIDE_FILES)):
        candidate = path.with_name(f"{path.name}.{label}-{stamp}-{counter}")
        counter += 1
    return candidate


def keep_orphan_logs_aside(path: Path, now: datetime) -> None:
    """A ``-wal`` without its database would be replayed into a new one: move it away."""
    target = free_name(path, "orphan", now)
    for suffix in SIDE_FILES:
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{target}{suffix}"))


def keep_damaged_aside(path: Path, now: datetime) -> Path:
    """Move an unreadable database (with its logs) to ``<name>.corrupt-<stamp>``.

    Nothing is deleted. The logs go first: a log left beside a new database would be
    replayed into it.
    """
    target = free_name(path, SET_ASIDE_LABEL, now)
    try:
        for suffix in (*SIDE_FILES, ""):
            source = Path(f"{path}{suffix}")
            if source.exists():
                os.replace(source, Path(f"{target}{suffix}"))
        fsync_folder(path.parent)
    except OSError as exc:
        raise DataFolderError(
            f"cannot move the damaged {path.name} aside: {exc.strerror or exc}"
        ) from exc
    return target


def install_database_file(new_file: Path, path: Path) -> None:
    """Make ``new_file`` (a finished database in the same folder) the database at ``path``.

    The file is flushed to disk, the old database's log is checkpointed and removed (a
    stale log must never meet the new file), then one ``os.replace`` swaps the files, so
    a crash at any moment leaves either the old database or the new one.
    """
    try:
        fsync_file(new_file)
        new_file.chmod(0o600)
        retire_logs(path)
        os.replace(new_file, path)
        fsync_folder(path.parent)
    except OSError as exc:
        known = DataFolderError(f"cannot put the new database in place: {exc.strerror or exc}")
        raise known from exc


def retire_logs(path: Path) -> None:
    """Fold the old file's write-ahead log into it, then remove the log files."""
    if path.exists() and has_pending_wal(path):
        try:
            conn = sqlite3.connect(str(path), timeout=10)
            try:
                busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            finally:
                conn.close()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot finish the pending changes in {path}: {exc}") from exc
        if busy or has_pending_wal(path):
            raise DataFolderInUseError(
                f"{path} is being used by another program; close it and try again"
            )
    for suffix in SIDE_FILES:
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def unwritable_side_files(path: Path) -> list[Path]:
    """Side files this process may not write (left by a read-only open, or another user)."""
    return [
        Path(f"{path}{s}")
        for s in SIDE_FILES
        if Path(f"{path}{s}").exists() and not os.access(Path(f"{path}{s}"), os.W_OK)
    ]


def repair_side_files(path: Path) -> None:
    """Make stale read-only side files of our own writable again, or name the one to fix.

    A read-only open of a 0400 database leaves 0400 ``-wal``/``-shm`` behind; once the
    database is writable again, SQLite would open them read-only and refuse every write.
    """
    for side in unwritable_side_files(path):
        try:
            if side.stat().st_uid == os.getuid():
                side.chmod(0o600)
                continue
        except OSError:
            pass
        raise DataFolderError(
            f"{side} may not be written by you (it belongs to another user or is read-only); "
            "fix its permissions or remove it while Mentee Desktop is closed"
        )


# ----- files kept aside -------------------------------------------------------------------


def set_aside_files(path: Path) -> list[Path]:
    """Database files kept aside as damaged (``mentee.db.corrupt-…``) that the user has not
    dismissed yet, oldest first."""
    dismissed = _dismissed(path.parent)
    prefix = f"{path.name}.{SET_ASIDE_LABEL}-"
    try:
        found = [
            p
            for p in path.parent.iterdir()
            if p.name.startswith(prefix) and not p.name.endswith(SIDE_FILES)
        ]
    except OSError:
        return []
    return sorted(p for p in found if p.name not in dismissed)


def dismiss_set_aside(aside: Path) -> None:
    """Stop mentioning ``aside`` at start (the file itself stays where it is)."""
    names = _dismissed(aside.parent) | {aside.name}
    target = aside.parent / DISMISSED_NAME
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write("".join(f"{name}\n" for name in sorted(names)))


def _dismissed(folder: Path) -> set[str]:
    try:
        text = (folder / DISMISSED_NAME).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return set()
    return {line.strip() for line in text.splitlines() if line.strip()}


def put_in_place_of_damaged(
    data_dir: Path,
    source: Path | None,
    copy: Callable[[Path], Path],
    *,
    now: datetime,
    lock_held: bool = False,
) -> Path:
    """Keep the damaged ``mentee.db`` aside and install ``copy(source)`` (a checked copy in
    the data folder, plain or encrypted) in its place; returns where the damaged file went.
    ``lock_held`` is for the window, which holds the folder's lock itself."""
    from mentee_desktop.data.folder_lock import FolderLock, hold_data_folder
    from mentee_desktop.paths import database_path

    with FolderLock(None) if lock_held else hold_data_folder(data_dir):
        temp = copy(source) if source is not None else None
        try:
            aside = keep_damaged_aside(database_path(data_dir), now)
            if temp is not None:
                install_database_file(temp, database_path(data_dir))
        finally:
            if temp is not None:
                discard(temp)
    return aside
