"""Opening the database file safely: check it is ours, back it up, migrate it, hand it out.

A file we cannot read, one of another program, or one written by a newer version, is
refused *before* anything writes to it, so a mistake never damages anybody's data. A file
(or folder) we may not write, or a full disk, opens read-only when the caller allows it,
and nothing is written to it at all.

Opening is a short sequence of steps (:func:`open_store`): look at the file
(:mod:`identity`), prepare the folder (:mod:`folder`), keep a copy before a migration,
connect, migrate. Each step is its own function so that another one can be added between.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from mentee_desktop.data import schema
from mentee_desktop.data.backups import make_backup, recovery_hint
from mentee_desktop.data.errors import (
    CannotReadError,
    DamagedDatabaseError,
    DataFolderError,
    DataFolderInUseError,
    DiskFullError,
    NotADatabaseError,
    ReadOnlyStoreError,
    StoreError,
    database_errors,
    translate_sqlite_error,
)
from mentee_desktop.data.folder import (  # noqa: F401  (the folder's API, as before)
    SIDE_FILES,
    absent_side_files,
    disk_is_full,
    ensure_private_folder,
    fsync_folder,
    has_key_slots,
    has_pending_wal,
    keep_orphan_logs_aside,
    read_only_uri,
    remove_abandoned_partials,
    remove_unused_side_files,
    repair_side_files,
)
from mentee_desktop.data.folder_lock import (  # noqa: F401  (the lock API, as before)
    LOCK_NAME,
    FolderLock,
    data_folder_in_use,
    hold_data_folder,
    lock_data_folder,
)
from mentee_desktop.data.identity import FileCheck, check_header, inspect_file
from mentee_desktop.data.timestamps import utc_now
from mentee_desktop.paths import backup_dir, database_path

if TYPE_CHECKING:
    from mentee_desktop.data.protection.cipher import StoreKey

__all__ = [
    "DamagedDatabaseError",
    "DataFolderInUseError",
    "FileCheck",
    "FolderLock",
    "check_header",
    "connect",
    "data_folder_in_use",
    "data_version",
    "ensure_private_folder",
    "fsync_folder",
    "hold_data_folder",
    "inspect_file",
    "is_read_only",
    "lock_data_folder",
    "open_store",
    "read_only_uri",
]


def copy_before_migration(
    path: Path, backups: Path, version: int, now: datetime, key: StoreKey | None = None
) -> Path:
    """Keep a checked copy of the file as it was before a migration changes it (encrypted
    with a protected store's ``key``)."""
    reason = f"before-v{schema.SCHEMA_VERSION}-from-v{version}"
    return make_backup(path, backups, now=now, reason=reason, key=key).path


def connect(path: Path, key: StoreKey | None = None) -> Database:
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
    data_dir: Path,
    *,
    now: datetime | None = None,
    allow_read_only: bool = False,
    read_only: bool = False,
    key: StoreKey | None = None,
) -> Database:
    """Open (creating when missing) the database in ``data_dir``, migrated to this version.

    A file or folder that cannot be written, or a full disk, is refused with a
    :class:`StoreError`, or, with ``allow_read_only``, opened read-only (see
    :func:`is_read_only`). ``read_only`` opens read-only in any case (the folder's lock
    could not be taken). Raises a :class:`StoreError` subclass for every failure the user
    can act on. A protected store needs its ``key`` (``protection.cipher.StoreKey``), and
    takes the same steps through it; without it, ``LockedStoreError``.
    """
    if key is None:
        _refuse_if_protected(data_dir)
    path = database_path(data_dir)
    if read_only or (path.exists() and not is_writable(path)):
        found = _inspect_or_explain(path, data_dir, key)
        if not (allow_read_only or read_only) or not found.exists:
            raise _why_not_writable(path, found)
        return _open_read_only(path, found, key)
    ensure_private_folder(data_dir)
    found = _inspect_or_explain(path, data_dir, key)
    try:
        return _open_writable(path, data_dir, found, now or utc_now(), key)
    except (DiskFullError, CannotReadError, ReadOnlyStoreError):
        if not (allow_read_only and found.exists):
            raise
        # a full disk: what is saved can still be read (and exported)
        return _open_read_only(path, found, key)


def _refuse_if_protected(data_dir: Path) -> None:
    """Without a key, a protected store says so instead of failing as a damaged file (it
    must never be offered for recovery). Only a folder with key slots loads the protection
    code: a plain store's start-up never pays for it."""
    if has_key_slots(data_dir):
        from mentee_desktop.data.protection.folder import refuse_if_protected

        refuse_if_protected(data_dir)


def _why_not_writable(path: Path, found: FileCheck) -> StoreError:
    if not found.exists:
        return ReadOnlyStoreError(
            f"there is no database in {path.parent} yet, and it cannot be created now"
        )
    return ReadOnlyStoreError(
        f"{path} is read-only (or its folder is), so it was not opened; "
        "make it writable to change your notes"
    )


def _open_writable(
    path: Path, data_dir: Path, found: FileCheck, now: datetime, key: StoreKey | None = None
) -> Database:
    """The steps of a writable open: tidy the folder, copy before a migration, connect,
    migrate (a protected store's copy and connection go through its ``key``). A new file
    this call created is taken away again when a step fails."""
    _tidy_folder(path, data_dir, key)
    if found.exists and 0 < found.version < schema.SCHEMA_VERSION:
        copy_before_migration(path, backup_dir(data_dir), found.version, now, key)
    db: Database | None = None
    absent = absent_side_files(path)
    try:
        if not found.exists:
            _create_empty_file(path, now)
        db = connect(path, key)
        schema.migrate(db)
    except (OSError, *database_errors(), StoreError) as exc:
        if db is not None:
            db.close()
        if not found.exists:
            _remove_new_database(path)
        else:  # no -wal/-shm left by an open that could not finish (a full disk)
            remove_unused_side_files(path, absent)
        known = _known(exc, path)
        if known is exc:
            raise
        raise known from exc
    if path.stat().st_mode & 0o077:
        path.chmod(0o600)
    return db


def _tidy_folder(path: Path, data_dir: Path, key: StoreKey | None = None) -> None:
    """Before writing: remove copies a killed backup or restore left (and, for a protected
    store, what an interrupted protect or unprotect left), and make side files left by a
    read-only open writable again (or say which one to fix)."""
    if key is not None:
        from mentee_desktop.data.protection.folder import tidy_if_free

        tidy_if_free(data_dir)
    remove_abandoned_partials(data_dir)
    remove_abandoned_partials(backup_dir(data_dir))
    repair_side_files(path)


def _create_empty_file(path: Path, now: datetime) -> None:
    keep_orphan_logs_aside(path, now)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def _known(exc: BaseException, path: Path) -> BaseException:
    """The store error for a failed open (a bug stays itself)."""
    if isinstance(exc, (DiskFullError, *database_errors())) and disk_is_full(path.parent):
        return DiskFullError(
            f"the disk holding {path.parent} is full, so {path.name} cannot be opened for "
            "changes; free some space and start again (your data is safe)"
        )
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return DiskFullError(f"the disk is full; {path} cannot be created or changed")
        return DataFolderError(f"cannot create {path}: {exc.strerror or exc}")
    return translate_sqlite_error(exc) or exc


def _inspect_or_explain(path: Path, data_dir: Path, key: StoreKey | None = None) -> FileCheck:
    """:func:`inspect_file`, but a damaged file's error says which backup can bring it back.

    A protected store is looked at through its key (``protection.opening``): its file has
    no SQLite header to read, and its (encrypted) backups cannot be offered for recovery
    here, so its errors stay as they are."""
    if key is not None:
        from mentee_desktop.data.protection.opening import inspect_protected

        return inspect_protected(path, key)
    try:
        return inspect_file(path)
    except DamagedDatabaseError:
        raise
    except NotADatabaseError as exc:
        _refuse_without_key_file(data_dir)
        raise DamagedDatabaseError(str(exc), path, recovery_hint(data_dir)) from exc


def _refuse_without_key_file(data_dir: Path) -> None:
    """An encrypted file whose key file is gone is not damaged: say what is missing (the
    protection code loads only for a file that cannot be read as it is)."""
    from mentee_desktop.data.protection.folder import missing_key_file

    problem = missing_key_file(data_dir)
    if problem is not None:
        raise problem


def _open_read_only(path: Path, found: FileCheck, key: StoreKey | None = None) -> Database:
    """A connection that can only read (see :func:`read_only_uri` for when it is immutable,
    so that no side files are left behind)."""
    if found.version < schema.SCHEMA_VERSION:
        raise ReadOnlyStoreError(
            f"{path} was written by an older version and must be upgraded, "
            "but it cannot be written now; make it writable (or free space) and start again"
        )
    try:
        return _read_only_connection(path, key)
    except database_errors() as exc:
        raise CannotReadError(f"{path} cannot be opened to read it ({exc})") from exc


def _read_only_connection(path: Path, key: StoreKey | None = None) -> Database:
    if key is not None:  # protected store: a keyed connection (see data/protection)
        from mentee_desktop.data.protection.opening import read_only_connection

        conn = read_only_connection(path, key)
    else:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=10)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        db = Database(conn, execute_plugins=False)
        db.execute("PRAGMA query_only = ON")
        db.execute("PRAGMA foreign_keys = ON")
    except database_errors():
        conn.close()
        raise
    return db


def _remove_new_database(path: Path) -> None:
    """Take away a database this call created but could not finish (no 0-byte leftovers)."""
    for suffix in ("", *SIDE_FILES):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
