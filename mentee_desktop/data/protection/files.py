"""Copying a database into a new file with another key (or none), and checking the copy.

``sqlcipher_export`` writes every table, index, trigger and the full-text index into the
attached file under its own key; the copy counts as made only when it opens with its key,
passes ``quick_check`` and holds the same schema and the same number of rows per table.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from mentee_desktop.data.errors import StoreError
from mentee_desktop.data.folder import fsync_file
from mentee_desktop.data.protection import cipher
from mentee_desktop.data.protection.cipher import StoreKey


def contents(conn) -> dict[str, object]:
    """The schema and the number of rows per table: what a faithful copy must match."""
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0 ORDER BY name"
        ).fetchall()
    ]
    quoted = {name: '"' + name.replace('"', '""') + '"' for name in tables}
    return {
        "schema": sorted(
            (row[0], row[1] or "")
            for row in conn.execute("SELECT name, sql FROM sqlite_master").fetchall()
        ),
        "rows": {
            name: conn.execute(f"SELECT count(*) FROM {quoted[name]}").fetchone()[0]
            for name in tables
        },
        "version": conn.execute("PRAGMA user_version").fetchone()[0],
    }


def discard(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def convert(source: Path, source_key: StoreKey | None, dest: Path, dest_key: StoreKey | None):
    """Write ``source`` (read with ``source_key``) to ``dest`` under ``dest_key``, checked.

    ``dest`` must not exist; on any failure it is removed and :class:`StoreError` raised.
    Nothing is written to ``source``.
    """
    discard(dest)
    try:
        conn = cipher.connect(source, source_key)
        try:
            cipher.check_opens(conn, source)
            expected = contents(conn)
            target_key = dest_key.pragma_value() if dest_key else ""
            conn.execute("ATTACH DATABASE ? AS converted KEY ?", (str(dest), target_key))
            conn.execute("SELECT sqlcipher_export('converted')")
            conn.execute(f"PRAGMA converted.user_version = {int(expected['version'])}")
            conn.execute("DETACH DATABASE converted")
        finally:
            conn.close()
        check_copy(dest, dest_key, expected)
        os.chmod(dest, 0o600)
        fsync_file(dest)
    except BaseException as exc:
        discard(dest)
        if isinstance(exc, (*cipher.errors(), OSError)):
            raise StoreError(f"the copy of {source.name} could not be made ({exc})") from exc
        raise


def check_copy(path: Path, key: StoreKey | None, expected: dict[str, object]) -> None:
    conn = cipher.connect(path, key)
    try:
        cipher.check_opens(conn, path)
        cipher.quick_check(conn, path)
        found = contents(conn)
    finally:
        conn.close()
    if found != expected:
        raise StoreError(f"the copy {path.name} does not match its original; nothing was changed")


def retire_logs(path: Path, key: StoreKey | None) -> None:
    """Fold a database's write-ahead log into it (through its key), then remove the logs."""
    if Path(f"{path}-wal").exists():
        conn = cipher.connect(path, key)
        try:
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            conn.close()
        if busy:
            raise StoreError(f"{path} is being used by another program; close it and try again")
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
