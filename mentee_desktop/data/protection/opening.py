"""Opening a protected store: the same care as a plain one (check, back up, migrate), through
its key. Reached from ``store.open_store`` when a key is given."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from mentee_desktop.data import schema
from mentee_desktop.data.errors import NewerSchemaError, NotADatabaseError
from mentee_desktop.data.protection import KeyFileError, cipher
from mentee_desktop.data.protection.cipher import StoreKey, file_salt, is_plain_file


def inspect_protected(path: Path, key: StoreKey) -> int:
    """The schema version of an encrypted database, read without writing to it."""
    if not path.exists():
        raise KeyFileError(f"{path} is missing; there is nothing to unlock")
    if is_plain_file(path) or file_salt(path) != key.salt:
        raise KeyFileError(f"{path} was not encrypted with this store's key")
    conn = cipher.connect(f"{path.absolute().as_uri()}?mode=ro", key, uri=True)
    try:
        version = cipher.check_opens(conn, path)
    finally:
        conn.close()
    if version > schema.SCHEMA_VERSION:
        raise NewerSchemaError(
            f"{path} was written by a newer version of Mentee Desktop (schema {version}, "
            f"this version reads up to {schema.SCHEMA_VERSION}); it was left untouched"
        )
    return version


def open_protected(data_dir: Path, key: StoreKey, *, now: datetime) -> Database:
    """Open the encrypted ``mentee.db``, migrated to this version (after an encrypted
    backup when it is older)."""
    from mentee_desktop.data.backups import make_backup
    from mentee_desktop.data.protection.folder import tidy_if_free
    from mentee_desktop.data.store import connect
    from mentee_desktop.paths import backup_dir, database_path

    tidy_if_free(data_dir)
    path = database_path(data_dir)
    version = inspect_protected(path, key)
    if 0 < version < schema.SCHEMA_VERSION:
        reason = f"before-v{schema.SCHEMA_VERSION}-from-v{version}"
        make_backup(path, backup_dir(data_dir), now=now, reason=reason, key=key)
    try:
        db = connect(path, key=key)
    except cipher.errors() as exc:
        raise NotADatabaseError(f"{path} cannot be opened ({exc})") from exc
    schema.migrate(db)
    return db


def check_protected_file(path: Path, key: StoreKey) -> int:
    """``check_database_file`` for an encrypted file: its version, after ``quick_check``."""
    version = inspect_protected(path, key)
    conn = cipher.connect(f"{path.absolute().as_uri()}?mode=ro", key, uri=True)
    try:
        cipher.quick_check(conn, path)
    finally:
        conn.close()
    return version
