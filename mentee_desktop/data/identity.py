"""Which file is ours: a quick, read-only look at a database file before anything writes to it.

A file is a Mentee Desktop database when it carries our application id
(:data:`APPLICATION_ID`, in the SQLite header) or, for files written before the id existed
(id 0), when it holds our tables with the columns its schema version promises. Anything
else is another program's file and is refused untouched: no backup copy, no log files.

A file that cannot be read *now* (I/O error, full disk, permissions, a lock) is not called
damaged: :class:`CannotReadError` says what to fix instead.
"""

from __future__ import annotations

import errno
import sqlite3
import struct
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from mentee_desktop.data import schema
from mentee_desktop.data.errors import (
    CannotReadError,
    ForeignDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
)
from mentee_desktop.data.folder import (
    absent_side_files,
    disk_is_full,
    has_pending_wal,
    read_only_uri,
    remove_side_files,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
#: ``PRAGMA application_id`` of every Mentee Desktop store: "MNTD" in ASCII (0x4D4E5444)
APPLICATION_ID = schema.APPLICATION_ID
#: SQLite's messages for a file that cannot be read now, though it may be healthy
_UNAVAILABLE = ("disk i/o error", "unable to open", "locked", "readonly", "out of memory", "busy")


@dataclass(frozen=True)
class FileCheck:
    """What a quick look at a database file found, before SQLite opens it for writing."""

    exists: bool
    version: int = 0


def check_header(path: Path) -> tuple[int, int]:
    """Refuse files that are empty, not SQLite, or shorter than their header says.

    Returns the header's (user_version, application_id).
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except OSError as exc:
        raise cannot_read(path, exc) from exc
    if size == 0:
        raise NotADatabaseError(f"{path} is empty (0 bytes), not a Mentee Desktop database")
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        raise NotADatabaseError(f"{path} is not a database file")
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    (change_counter,) = struct.unpack(">I", header[24:28])
    (page_count,) = struct.unpack(">I", header[28:32])
    (user_version,) = struct.unpack(">i", header[60:64])
    (application_id,) = struct.unpack(">i", header[68:72])
    (valid_for,) = struct.unpack(">I", header[92:96])
    if (
        page_count
        and change_counter == valid_for
        and size < page_size * page_count
        and not has_pending_wal(path)
    ):
        raise NotADatabaseError(
            f"{path} is truncated ({size} bytes, its header says {page_size * page_count})"
        )
    return user_version, application_id


def cannot_read(path: Path, exc: OSError | sqlite3.Error) -> CannotReadError:
    """Say what keeps ``path`` from being read, and what to do about it."""
    if isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM):
        return CannotReadError(
            f"you may not read {path} (permission denied); fix its permissions and start again"
        )
    if disk_is_full(path.parent):
        return CannotReadError(
            f"the disk holding {path.parent} is full, so {path.name} cannot be opened; "
            "free some space and start again (your data is safe)"
        )
    if isinstance(exc, sqlite3.Error) and "locked" in str(exc).lower():
        return CannotReadError(f"{path} is locked by another program; close it and start again")
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return CannotReadError(
        f"{path} cannot be read right now ({reason}); check the disk and its permissions, "
        "then start again (the file was left untouched)"
    )


def inspect_file(path: Path) -> FileCheck:
    """Read the schema version and check the file is ours, without writing anything."""
    if not path.exists():
        return FileCheck(exists=False)
    header_version, header_id = check_header(path)
    if header_id not in (0, APPLICATION_ID):  # refused before SQLite even opens it
        check_ours(path, header_version, header_id, {})
    absent = absent_side_files(path)
    try:
        version, app_id, shape = _look(path)
    except sqlite3.Error as exc:
        remove_side_files(absent)  # leave the file exactly as it was found
        if any(word in str(exc).lower() for word in _UNAVAILABLE):
            raise cannot_read(path, exc) from exc
        raise NotADatabaseError(f"{path} cannot be read as a database ({exc})") from exc
    try:
        check_ours(path, version, app_id, shape)
    except (ForeignDatabaseError, NewerSchemaError):
        remove_side_files(absent)
        raise
    return FileCheck(exists=True, version=version)


def _look(path: Path) -> tuple[int, int, dict[str, set[str]]]:
    """user_version, application_id and tables (with their columns), read-only.

    On a full disk SQLite cannot create the shared-memory file a WAL database needs; with no
    log waiting, the file alone is the whole truth, so it is read as immutable instead.
    """
    try:
        return _read_shape(read_only_uri(path))
    except sqlite3.Error as exc:
        if has_pending_wal(path) or "disk i/o" not in str(exc).lower():
            raise
        return _read_shape(read_only_uri(path, immutable=True))


def _read_shape(uri: str) -> tuple[int, int, dict[str, set[str]]]:
    conn = sqlite3.connect(uri, uri=True)
    try:
        return read_shape(conn)
    finally:
        conn.close()


def read_shape(conn) -> tuple[int, int, dict[str, set[str]]]:
    """user_version, application_id and tables of an open connection (plain or keyed)."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    return version, app_id, table_shape(conn)


def table_shape(conn) -> dict[str, set[str]]:
    """Each ordinary table's name with the names of its columns."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        name: {row[1] for row in conn.execute("SELECT * FROM pragma_table_info(?)", (name,))}
        for name in names
    }


@cache
def expected_shape(version: int) -> dict[str, frozenset[str]]:
    """The tables and columns a store of ``version`` has: what our migrations create."""
    conn = sqlite3.connect(":memory:")
    try:
        from sqlite_utils import Database

        db = Database(conn, execute_plugins=False)
        for step in schema.MIGRATIONS[:version]:
            step(db)
        return {name: frozenset(cols) for name, cols in table_shape(conn).items()}
    finally:
        conn.close()


def check_ours(path: Path, version: int, app_id: int, shape: dict[str, set[str]]) -> None:
    """Refuse another program's database (and a newer one of ours)."""
    if app_id not in (0, APPLICATION_ID):
        raise ForeignDatabaseError(
            f"{path} belongs to another program (application id {app_id & 0xFFFFFFFF:#010x}), "
            "not Mentee Desktop; it was left untouched"
        )
    if app_id == APPLICATION_ID and version > schema.SCHEMA_VERSION:
        raise NewerSchemaError(
            f"{path} was written by a newer version of Mentee Desktop (schema {version}, "
            f"this version reads up to {schema.SCHEMA_VERSION}); it was left untouched"
        )
    if app_id == APPLICATION_ID:
        return
    if version == 0 and not shape:
        return  # an empty SQLite file: nothing of anybody's is in it
    missing = (
        missing_from_schema(shape, min(version, schema.SCHEMA_VERSION)) if version > 0 else None
    )
    if version == 0 or missing:
        what = f"it lacks {missing}" if missing else "its tables are not ours"
        raise ForeignDatabaseError(
            f"{path} is not a Mentee Desktop database ({what}); it was left untouched"
        )
    if version > schema.SCHEMA_VERSION:
        raise NewerSchemaError(
            f"{path} was written by a newer version of Mentee Desktop (schema {version}, "
            f"this version reads up to {schema.SCHEMA_VERSION}); it was left untouched"
        )


def missing_from_schema(shape: dict[str, set[str]], version: int) -> str | None:
    """The first table or column of ``version``'s schema that ``shape`` lacks."""
    for table, cols in sorted(expected_shape(version).items()):
        if table not in shape:
            return f"the table “{table}”"
        gone = sorted(cols - shape[table])
        if gone:
            return f"the column “{table}.{gone[0]}”"
    return None
