"""Backups of a protected store: the same names, checks and retention as plain ones, written
through SQLite's online backup into a file encrypted with the store's key."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from mentee_desktop.data.errors import StoreError
from mentee_desktop.data.protection import cipher
from mentee_desktop.data.protection.cipher import StoreKey


def make_encrypted_backup(
    source: Database | Path,
    folder: Path,
    key: StoreKey,
    *,
    now: datetime,
    reason: str,
    busy_timeout: float = 10.0,
):
    """:func:`backups.make_backup` for a protected store; the copy never exists in plain."""
    from mentee_desktop.data.backups import (
        PARTIAL,
        Backup,
        BackupBusyError,
        _remove_stale_partials,
        backup_name,
    )
    from mentee_desktop.data.protection.files import discard
    from mentee_desktop.data.store import ensure_private_folder, fsync_folder

    if isinstance(source, Database) and source.conn.in_transaction:
        raise BackupBusyError(
            "a change is being saved right now, so the backup was not made; try again"
        )
    ensure_private_folder(folder)
    _remove_stale_partials(folder)
    target = folder / backup_name(now, reason)
    counter = 2
    while target.exists():
        target = folder / backup_name(now, f"{reason}-{counter}")
        counter += 1
    partial = folder / f".{target.name}{PARTIAL}"
    try:
        if isinstance(source, Database):
            _copy(source.conn, partial, key)
        else:
            uri = f"{source.absolute().as_uri()}?mode=ro"
            connection = cipher.connect(uri, key, uri=True, timeout=busy_timeout)
            try:
                _copy(connection, partial, key)
            finally:
                connection.close()
        os.replace(partial, target)
        fsync_folder(folder)
    except (*cipher.errors(), OSError, StoreError) as exc:
        discard(partial)
        if isinstance(exc, StoreError):
            raise
        raise StoreError(f"the backup was not made ({exc})") from exc
    return Backup(target, now.astimezone(UTC).replace(microsecond=0), reason, target.stat().st_size)


def _copy(source, dest: Path, key: StoreKey) -> None:
    target = cipher.connect(dest, key)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
        cipher.quick_check(target, dest)
    finally:
        target.close()
    os.chmod(dest, 0o600)
    cipher.fsync_file(dest)
