"""Backups of a protected store: the same names, checks and retention as plain ones
(``backups.make_backup``), written through SQLite's online backup into a file encrypted with
the store's key, so the copy never exists in plain."""

from __future__ import annotations

import os
from pathlib import Path

from sqlite_utils import Database

from mentee_desktop.data.folder import fsync_file
from mentee_desktop.data.protection import cipher
from mentee_desktop.data.protection.cipher import StoreKey


def copy_encrypted(source: Database | Path, dest: Path, key: StoreKey, busy_timeout: float):
    """Write a checked copy of ``source`` (the open store or its file) to ``dest``, under
    ``key``, and flush it to disk. Raises the cipher library's errors as they come."""
    if isinstance(source, Database):
        _copy(source.conn, dest, key)
        return
    uri = f"{source.absolute().as_uri()}?mode=ro"
    connection = cipher.connect(uri, key, uri=True, timeout=busy_timeout)
    try:
        _copy(connection, dest, key)
    finally:
        connection.close()


def _copy(source, dest: Path, key: StoreKey) -> None:
    target = cipher.connect(dest, key)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
        cipher.quick_check(target, dest)
    finally:
        target.close()
    os.chmod(dest, 0o600)
    fsync_file(dest)
