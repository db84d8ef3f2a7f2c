"""Opening the database file safely: check it, back it up, migrate it, then hand it out.

A file we cannot read, or one written by a newer version, is refused *before* anything
writes to it, so a mistake never damages the user's notes. A file (or folder) we may not
write is opened read-only when the caller allows it, and nothing is written to it at all.

This module also owns the data folder as a whole: the lock a running window holds on it,
putting a new database file in place atomically, and keeping a damaged file aside.
"""

from __future__ import annotations

import os
import sqlite3
import struct
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from mentee_desktop.data import schema
from mentee_desktop.data.errors import (
    DataFolderError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyStoreError,
    StoreError,
    translate_sqlite_error,
)
from mentee_desktop.data.timestamps import utc_now

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
#: the file a running window locks so that restores and imports know to keep out
LOCK_NAME = ".mentee-desktop.lock"
SIDE_FILES = ("-wal", "-shm")


class DataFolderInUseError(StoreError):
    """Mentee Desktop (or a restore) is running on this data folder right now."""


class DamagedDatabaseError(NotADatabaseError):
    """``mentee.db`` exists but cannot be read; says which backup could bring it back."""

    def __init__(self, reason: str, path: Path, hint: str):
        super().__init__(f"{reason}. {hint}" if hint else reason)
        self.reason = reason
        self.path = path


@dataclass(frozen=True)
class FileCheck:
    """What a quick look at a database file found, before SQLite opens it for writing."""

    exists: bool
    version: int = 0


def ensure_private_folder(folder: Path) -> None:
    """Create the folder (and parents) with 0700; refuse clearly when that is impossible."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if folder.stat().st_mode & 0o077:
            folder.chmod(0o700)
    except OSError as exc:
        raise DataFolderError(
            f"cannot create the data folder {folder}: {exc.strerror or exc}"
        ) from exc
    if not folder.is_dir():
        raise DataFolderError(f"the data folder {folder} is not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DataFolderError(f"the data folder {folder} is not writable")


def check_header(path: Path) -> None:
    """Refuse files that are empty, not SQLite, or shorter than their header says."""
    size = path.stat().st_size
    if size == 0:
        raise NotADatabaseError(f"{path} is empty (0 bytes), not a Mentee Desktop database")
    try:
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except OSError as exc:
        raise NotADatabaseError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        raise NotADatabaseError(f"{path} is not a database file")
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    (change_counter,) = struct.unpack(">I", header[24:28])
    (page_count,) = struct.unpack(">I", header[28:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    if (
        page_count
        and change_counter == valid_for
        and size < page_size * page_count
        and not _has_pending_wal(path)
    ):
        raise NotADatabaseError(
            f"{path} is truncated ({size} bytes, its header says {page_size * page_count})"
        )


def _has_pending_wal(path: Path) -> bool:
    """True when a write-ahead log holds pages not yet copied into the file."""
    wal = Path(f"{path}-wal")
    return wal.exists() and wal.stat().st_size > 0


def read_only_uri(path: Path) -> str:
    """A URI that opens ``path`` without ever writing to it (nor to its folder).

    In a folder nobody may write, SQLite cannot create its ``-shm`` file, so the file is
    opened as immutable, which is right as long as no write-ahead log is waiting.
    """
    uri = f"{path.absolute().as_uri()}?mode=ro"
    if not os.access(path.parent, os.W_OK) and not _has_pending_wal(path):
        uri += "&immutable=1"
    return uri


def inspect_file(path: Path) -> FileCheck:
    """Read the schema version without writing anything (read-only connection)."""
    if not path.exists():
        return FileCheck(exists=False)
    check_header(path)
    absent = [Path(f"{path}{s}") for s in SIDE_FILES if not Path(f"{path}{s}").exists()]
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        for side in absent:  # leave a damaged file exactly as it was found
            side.unlink(missing_ok=True)
        raise NotADatabaseError(f"{path} cannot be read as a database ({exc})") from exc
    if version > schema.SCHEMA_VERSION:
        raise NewerSchemaError(
            f"{path} was written by a newer version of Mentee Desktop (schema {version}, "
            f"this version reads up to {schema.SCHEMA_VERSION}); it was left untouched"
        )
    return FileCheck(exists=True, version=version)


def copy_before_migration(path: Path, backups: Path, version: int, now: datetime) -> Path:
    """Keep a checked copy of the file as it was before a migration changes it."""
    from mentee_desktop.data.backups import make_backup

    reason = f"before-v{schema.SCHEMA_VERSION}-from-v{version}"
    return make_backup(path, backups, now=now, reason=reason).path


def connect(path: Path, key=None) -> Database:
    """A sqlite-utils Database with foreign keys on and WAL journaling.

    ``key`` (a ``protection.cipher.StoreKey``) opens a protected store through SQLCipher."""
    if key is not None:  # protected store (see data/protection)
        from mentee_desktop.data.protection import cipher

        conn = cipher.connect(path, key)
    else:
        conn = sqlite3.connect(str(path), timeout=10)
    db = Database(conn, execute_plugins=False)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 10000")
    if db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        db.enable_wal()
    db.execute("PRAGMA synchronous = NORMAL")
    return db


def is_writable(path: Path) -> bool:
    """Whether this process may change ``path`` and create files beside it."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def is_read_only(db: Database) -> bool:
    """True for a store opened read-only (every write is refused by SQLite itself)."""
    return db.execute("PRAGMA query_only").fetchone()[0] == 1


def data_version(db: Database) -> int:
    """A number that changes whenever another connection commits a change to the file."""
    return db.execute("PRAGMA data_version").fetchone()[0]


def open_store(
    data_dir: Path, *, now: datetime | None = None, allow_read_only: bool = False, key=None
) -> Database:
    """Open (creating when missing) the database in ``data_dir``, migrated to this version.

    A file or folder that cannot be written is refused with :class:`ReadOnlyStoreError`, or,
    with ``allow_read_only``, opened read-only (see :func:`is_read_only`). Raises a
    :class:`StoreError` subclass for every failure the user can act on. A protected store
    needs its ``key`` (``protection.cipher.StoreKey``); without it, ``LockedStoreError``.
    """
    from mentee_desktop.data.protection import folder as protection
    from mentee_desktop.paths import backup_dir, database_path

    if key is not None:  # protected store: opened through its key (see data/protection)
        from mentee_desktop.data.protection.opening import open_protected

        return open_protected(data_dir, key, now=now or utc_now())
    protection.refuse_if_protected(data_dir)

    path = database_path(data_dir)
    if path.exists() and not is_writable(path):
        found = _inspect_or_explain(path, data_dir)
        if not allow_read_only:
            raise ReadOnlyStoreError(
                f"{path} is read-only (or its folder is), so it was not opened; "
                "make it writable to change your notes"
            )
        return _open_read_only(path, found)
    ensure_private_folder(data_dir)
    found = _inspect_or_explain(path, data_dir)
    if found.exists and 0 < found.version < schema.SCHEMA_VERSION:
        copy_before_migration(path, backup_dir(data_dir), found.version, now or utc_now())
    db: Database | None = None
    try:
        if not found.exists:
            _keep_orphan_logs_aside(path, now or utc_now())
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
        db = connect(path)
        schema.migrate(db)
    except (OSError, sqlite3.Error, StoreError) as exc:
        if db is not None:
            db.close()
        if not found.exists:
            _remove_new_database(path)
        if isinstance(exc, StoreError):
            raise
        if isinstance(exc, OSError):
            raise DataFolderError(f"cannot create {path}: {exc.strerror or exc}") from exc
        known = translate_sqlite_error(exc)
        if known is None:
            raise
        raise known from exc
    if path.stat().st_mode & 0o077:
        path.chmod(0o600)
    return db


def _inspect_or_explain(path: Path, data_dir: Path) -> FileCheck:
    """:func:`inspect_file`, but a damaged file's error says which backup can bring it back."""
    try:
        return inspect_file(path)
    except NewerSchemaError:
        raise
    except NotADatabaseError as exc:
        from mentee_desktop.data.backups import recovery_hint

        raise DamagedDatabaseError(str(exc), path, recovery_hint(data_dir)) from exc


def _open_read_only(path: Path, found: FileCheck) -> Database:
    if found.version < schema.SCHEMA_VERSION:
        raise ReadOnlyStoreError(
            f"{path} was written by an older version and must be upgraded, "
            "but it is read-only; make it writable and start again"
        )
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=10)
        db = Database(conn, execute_plugins=False)
        db.execute("PRAGMA query_only = ON")
        db.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as exc:
        raise NotADatabaseError(f"{path} cannot be read as a database ({exc})") from exc
    return db


def _remove_new_database(path: Path) -> None:
    """Take away a database this call created but could not finish (no 0-byte leftovers)."""
    for suffix in ("", *SIDE_FILES):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _keep_orphan_logs_aside(path: Path, now: datetime) -> None:
    """A ``-wal`` without its database would be replayed into a new one: move it away."""
    target = _free_name(path, "orphan", now)
    for suffix in SIDE_FILES:
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{target}{suffix}"))


# ----- the data folder as a whole -------------------------------------------------------


class FolderLock:
    """An exclusive ``flock`` on the data folder's lock file, dropped by the OS on any exit.

    Without ``fcntl`` (Windows) or in a folder where the lock file cannot be created
    (read-only), the lock is only advisory: ``exclusive`` is False.
    """

    def __init__(self, fd: int | None):
        self._fd = fd

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
        return FolderLock(None)
    try:
        fd = os.open(data_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    except OSError:
        return FolderLock(None)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return FolderLock(fd)


def hold_data_folder(data_dir: Path) -> FolderLock:
    """The folder's lock for a restore or import; refuses while the app runs on it."""
    lock = lock_data_folder(data_dir)
    if lock is None:
        raise DataFolderInUseError(
            f"Mentee Desktop is running on {data_dir}; close it first (nothing was changed)"
        )
    return lock


def data_folder_in_use(data_dir: Path) -> bool:
    """Whether a window (or a restore) holds the data folder right now."""
    lock = lock_data_folder(data_dir)
    if lock is None:
        return True
    lock.release()
    return False


def _free_name(path: Path, label: str, now: datetime) -> Path:
    """``mentee.db.<label>-<UTC stamp>`` that does not exist yet (with its side files)."""
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    candidate = path.with_name(f"{path.name}.{label}-{stamp}")
    counter = 2
    while any(Path(f"{candidate}{s}").exists() for s in ("", *SIDE_FILES)):
        candidate = path.with_name(f"{path.name}.{label}-{stamp}-{counter}")
        counter += 1
    return candidate


def keep_damaged_aside(data_dir: Path, now: datetime) -> Path:
    """Move an unreadable ``mentee.db`` (with its logs) to ``mentee.db.corrupt-<stamp>``.

    Nothing is deleted. The logs go first: a log left beside a new database would be
    replayed into it.
    """
    from mentee_desktop.paths import database_path

    path = database_path(data_dir)
    target = _free_name(path, "corrupt", now)
    try:
        for suffix in (*SIDE_FILES, ""):
            source = Path(f"{path}{suffix}")
            if source.exists():
                os.replace(source, Path(f"{target}{suffix}"))
        fsync_folder(data_dir)
    except OSError as exc:
        raise DataFolderError(
            f"cannot move the damaged {path.name} aside: {exc.strerror or exc}"
        ) from exc
    return target


def install_database_file(new_file: Path, data_dir: Path) -> None:
    """Make ``new_file`` (a finished database inside ``data_dir``) the new ``mentee.db``.

    The file is flushed to disk, the old database's log is checkpointed and removed (a
    stale log must never meet the new file), then one ``os.replace`` swaps the files, so
    a crash at any moment leaves either the old database or the new one.
    """
    from mentee_desktop.paths import database_path

    path = database_path(data_dir)
    try:
        _fsync_file(new_file)
        new_file.chmod(0o600)
        _retire_logs(path)
        os.replace(new_file, path)
        fsync_folder(data_dir)
    except OSError as exc:
        known = DataFolderError(f"cannot put the new database in place: {exc.strerror or exc}")
        raise known from exc


def _retire_logs(path: Path) -> None:
    """Fold the old file's write-ahead log into it, then remove the log files."""
    if path.exists() and _has_pending_wal(path):
        try:
            conn = sqlite3.connect(str(path), timeout=10)
            try:
                busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            finally:
                conn.close()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot finish the pending changes in {path}: {exc}") from exc
        if busy or _has_pending_wal(path):
            raise DataFolderInUseError(
                f"{path} is being used by another program; close it and try again"
            )
    for suffix in SIDE_FILES:
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _fsync_file(path: Path) -> None:
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
