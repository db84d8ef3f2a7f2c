"""Opening the database file safely: check it, back it up, migrate it, then hand it out.

A file we cannot read, or one written by a newer version, is refused *before* anything
writes to it, so a mistake never damages the user's notes.
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
    StoreError,
    translate_sqlite_error,
)
from mentee_desktop.data.timestamps import utc_now

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


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
    wal = Path(f"{path}-wal")
    pending_in_wal = wal.exists() and wal.stat().st_size > 0  # pages not yet checkpointed
    if (
        page_count
        and change_counter == valid_for
        and size < page_size * page_count
        and not pending_in_wal
    ):
        raise NotADatabaseError(
            f"{path} is truncated ({size} bytes, its header says {page_size * page_count})"
        )


def inspect_file(path: Path) -> FileCheck:
    """Read the schema version without writing anything (read-only connection)."""
    if not path.exists():
        return FileCheck(exists=False)
    check_header(path)
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise NotADatabaseError(f"{path} cannot be read as a database ({exc})") from exc
    if version > schema.SCHEMA_VERSION:
        raise NewerSchemaError(
            f"{path} was written by a newer version of Mentee Desktop (schema {version}, "
            f"this version reads up to {schema.SCHEMA_VERSION}); it was left untouched"
        )
    return FileCheck(exists=True, version=version)


def copy_before_migration(path: Path, backups: Path, version: int, now: datetime) -> Path:
    """Keep a copy of the file as it was before a migration changes it."""
    ensure_private_folder(backups)
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    target = backups / f"mentee-{stamp}-before-v{schema.SCHEMA_VERSION}-from-v{version}.db"
    source = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(str(target))
        try:
            source.backup(dest)
        finally:
            dest.close()
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        known = translate_sqlite_error(exc)
        raise (known or StoreError(f"cannot back up {path}: {exc}")) from exc
    finally:
        source.close()
    target.chmod(0o600)
    return target


def connect(path: Path) -> Database:
    """A sqlite-utils Database with foreign keys on and WAL journaling."""
    conn = sqlite3.connect(str(path), timeout=10)
    db = Database(conn, execute_plugins=False)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 10000")
    if db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        db.enable_wal()
    db.execute("PRAGMA synchronous = NORMAL")
    return db


def open_store(data_dir: Path, *, now: datetime | None = None) -> Database:
    """Open (creating when missing) the database in ``data_dir``, migrated to this version.

    Raises a :class:`StoreError` subclass for every failure the user can act on.
    """
    from mentee_desktop.paths import backup_dir, database_path

    ensure_private_folder(data_dir)
    path = database_path(data_dir)
    found = inspect_file(path)
    if found.exists and 0 < found.version < schema.SCHEMA_VERSION:
        copy_before_migration(path, backup_dir(data_dir), found.version, now or utc_now())
    db: Database | None = None
    try:
        if not found.exists:
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


def _remove_new_database(path: Path) -> None:
    """Take away a database this call created but could not finish (no 0-byte leftovers)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
