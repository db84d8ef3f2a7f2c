"""All of a mentee's data as one documented JSON file (docs/json-format.md), and back.

Export writes every record of every table, with a format version, under a temporary name
that is renamed into place only when complete. Import builds the database under a
temporary name in the data folder, inserts every record inside one transaction, checks
every reference, and only then puts the file in place: a bad file imports nothing, and the
message names the first bad record.
"""

from __future__ import annotations

import base64
import contextlib
import errno
import json
import os
import re
import sqlite3
import stat
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from sqlite_utils import Database

from mentee_desktop.data import schema
from mentee_desktop.data.errors import (
    DiskFullError,
    ImportRefusedError,
    StoreError,
    transaction,
)
from mentee_desktop.data.folder import (
    PARTIAL,
    discard,
    ensure_private_folder,
    install_database_file,
    open_partial,
    read_only_uri,
)
from mentee_desktop.data.folder_lock import LOCK_NAME, hold_data_folder
from mentee_desktop.data.identity import inspect_file
from mentee_desktop.data.json_checks import BLOB_KEY, Column, check_record, label
from mentee_desktop.data.output_file import write_output
from mentee_desktop.paths import database_path

_DISK_FULL_ERRNOS = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
FORMAT = "mentee-desktop-export"
FORMAT_VERSION = 1
#: tables whose rows are preferences, not notes: a folder holding only these counts as empty
PREFERENCE_TABLES = ("settings",)
#: tables whose rows triggers make for other records (an insight for each note with one): the
#: file's own rows, with their states, replace the ones the triggers made during the import
TRIGGER_FILLED_TABLES = ("insights",)
#: the largest file ``import-json`` reads unless told otherwise
DEFAULT_MAX_BYTES = 1_000_000_000


def data_tables(db: Database) -> list[str]:
    """The tables holding records, parents before the tables that refer to them.

    SQLite's own tables and the full-text index (rebuilt from the records by triggers)
    are left out.
    """
    rows = db.execute("PRAGMA table_list").fetchall()
    names = sorted(
        name
        for schema_name, name, kind, *_ in rows
        if schema_name == "main" and kind == "table" and not name.startswith("sqlite_")
    )
    parents = {
        name: {row[2] for row in db.execute(f"PRAGMA foreign_key_list({_quote(name)})").fetchall()}
        - {name}
        for name in names
    }
    ordered: list[str] = []
    while len(ordered) < len(names):
        ready = [n for n in names if n not in ordered and parents[n] <= set(ordered)]
        ordered.extend(ready or [n for n in names if n not in ordered])
    return ordered


def columns(db: Database, table: str) -> list[Column]:
    return [
        Column(name, declared or "", bool(not_null), default is not None, bool(pk))
        for _, name, declared, not_null, default, pk in db.execute(
            f"PRAGMA table_info({_quote(table)})"
        ).fetchall()
    ]


def holds_records(db: Database) -> bool:
    """True when any table other than the preferences holds a row."""
    return any(
        db.execute(f"SELECT EXISTS (SELECT 1 FROM {_quote(t)})").fetchone()[0]
        for t in data_tables(db)
        if t not in PREFERENCE_TABLES
    )


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# ----- export -----------------------------------------------------------------------------


def export_chunks(db: Database, *, now: datetime) -> Iterator[str]:
    """The export as pieces of text, read from one consistent snapshot of the store."""
    from mentee_desktop import __version__

    with db.atomic():  # one read transaction: a concurrent change is in or out, whole
        header = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "schema_version": schema.schema_version(db),
            "app_version": __version__,
            "exported_at": now.isoformat(timespec="seconds"),
        }
        yield json.dumps(header, ensure_ascii=False, indent=2)[:-2] + ',\n  "tables": {'
        for number, table in enumerate(data_tables(db)):
            names = [c.name for c in columns(db, table)]
            keys = [c.name for c in columns(db, table) if c.primary_key] or ["rowid"]
            order = ", ".join(_quote(k) if k != "rowid" else k for k in keys)
            yield ("," if number else "") + f"\n    {json.dumps(table)}: ["
            select = ", ".join(_quote(n) for n in names)
            cursor = db.execute(f"SELECT {select} FROM {_quote(table)} ORDER BY {order}")
            empty = True
            for row in cursor:
                record = {name: _to_json(value) for name, value in zip(names, row, strict=True)}
                text = json.dumps(record, ensure_ascii=False, allow_nan=False)
                yield ("\n      " if empty else ",\n      ") + text
                empty = False
            yield "]" if empty else "\n    ]"
        yield "\n  }\n}\n"


def _to_json(value: Any) -> Any:
    if isinstance(value, bytes):
        return {BLOB_KEY: base64.b64encode(value).decode("ascii")}
    return value


def write_export(db: Database, output: Path, *, now: datetime) -> Path:
    """Write the export to the file ``output`` means (see :mod:`output_file`), atomically;
    a failure leaves no file behind."""

    def write(stream: IO[bytes]) -> None:
        for chunk in export_chunks(db, now=now):
            stream.write(chunk.encode("utf-8"))

    try:
        return write_output(output, write)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read the data to export: {exc}") from exc


def write_chunks(db: Database, handle: IO[str], *, now: datetime) -> None:
    for chunk in export_chunks(db, now=now):
        handle.write(chunk)


# ----- import -----------------------------------------------------------------------------


def read_document(
    source: Path, text: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> dict:
    """Parse and check the envelope of an export file (not yet its records).

    Only a regular file of at most ``max_bytes`` is read (never a device that reads without
    end), nested at most as deep as Python's parser allows, and strictly UTF-8. ``text`` is
    the file's content already read (an encrypted export, decrypted).
    """
    if text is None:
        text = _read_bounded(source, max_bytes)
    elif len(text) > max_bytes:
        raise ImportRefusedError(_too_big(source, max_bytes))
    try:
        document = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise ImportRefusedError(
            f"{source} is not valid JSON at line {exc.lineno}, column {exc.colno}: "
            f"{exc.msg}{_where_it_breaks(text, exc)}; nothing was imported"
        ) from exc
    except RecursionError as exc:
        raise ImportRefusedError(
            f"{source} is nested too deeply to be an export; nothing was imported"
        ) from exc
    except ValueError as exc:  # NaN / Infinity, which JSON does not have
        raise ImportRefusedError(
            f"{source} is not valid JSON ({exc}); nothing was imported"
        ) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportRefusedError(f"{source} is not a Mentee Desktop export; nothing was imported")
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportRefusedError("the file has no valid format_version; nothing was imported")
    if version > FORMAT_VERSION:
        raise ImportRefusedError(
            f"the file was written by a newer version of Mentee Desktop (format {version}, "
            f"this version reads {FORMAT_VERSION}); nothing was imported"
        )
    level = document.get("schema_version")
    if not isinstance(level, int) or isinstance(level, bool) or level < 1:
        raise ImportRefusedError("the file has no valid schema_version; nothing was imported")
    if level > schema.SCHEMA_VERSION:
        raise ImportRefusedError(
            f"the file comes from a newer version of Mentee Desktop (schema {level}, this "
            f"version reads up to {schema.SCHEMA_VERSION}); nothing was imported"
        )
    if not isinstance(document.get("tables"), dict):
        raise ImportRefusedError("the file has no “tables” object; nothing was imported")
    return document


def _read_bounded(source: Path, max_bytes: int) -> str:
    try:
        with source.open("rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise ImportRefusedError(
                    f"{source} is not a regular file (a device, pipe or folder); "
                    "nothing was imported"
                )
            if info.st_size > max_bytes:
                raise ImportRefusedError(_too_big(source, max_bytes))
            data = handle.read(max_bytes + 1)
    except IsADirectoryError as exc:
        raise ImportRefusedError(f"{source} is a folder, not an export file") from exc
    except OSError as exc:
        raise ImportRefusedError(f"cannot read {source}: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise ImportRefusedError(_too_big(source, max_bytes))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ImportRefusedError(f"{source} is not UTF-8 text; nothing was imported") from exc


def _too_big(source: Path, max_bytes: int) -> str:
    return (
        f"{source} is larger than the limit of {max_bytes // 1_000_000} MB for an import "
        "(raise it with --max-size); nothing was imported"
    )


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number JSON allows")


def _where_it_breaks(text: str, exc: json.JSONDecodeError) -> str:
    """Name the record a parse error falls in, for files laid out as export writes them."""
    lines = text[: exc.pos].split("\n")
    cut_short = exc.lineno >= len(text.rstrip().split("\n"))
    table, index = None, 0
    for line in lines[:-1] if len(lines) > 1 else []:
        if match := re.fullmatch(r'    "([^"]+)": \[', line):
            table, index = match.group(1), 0
        elif line.startswith("      {"):
            index += 1
    if table is not None and lines[-1].startswith("      {"):
        place = f"in record {index + 1} of “{table}”"
    elif table is not None:
        place = f"after record {index} of “{table}”"
    else:
        place = ""
    if cut_short:
        return f" (the file looks cut short{', ' + place if place else ''})"
    return f" ({place})" if place else ""


def import_file(
    source: Path,
    data_dir: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    text: str | None = None,
) -> dict[str, int]:
    """Import an export into an empty data folder; returns the number of records per table.

    All or nothing: on any problem the folder is left as it was (no database, or the
    empty one that was there; a folder this call created is removed again) and
    :class:`ImportRefusedError` names the first bad record. ``text``: the decrypted content
    of an encrypted export (see ``protection.exports``).
    """
    document = read_document(source, text, max_bytes=max_bytes)
    created = not data_dir.exists()
    ensure_private_folder(data_dir)
    try:
        return _import_locked(document, data_dir)
    except BaseException:
        if created:
            _remove_new_folder(data_dir)
        raise


def _import_locked(document: dict, data_dir: Path) -> dict[str, int]:
    with hold_data_folder(data_dir):
        _refuse_unless_empty(database_path(data_dir))
        temp = data_dir / f".mentee.db.importing-{os.getpid()}{PARTIAL}"
        discard(temp)
        held: int | None = None
        try:
            held = open_partial(temp)
            counts = _build(temp, document)
            install_database_file(temp, database_path(data_dir))
        except (OSError, sqlite3.Error) as exc:
            if isinstance(exc, OSError) and exc.errno in _DISK_FULL_ERRNOS:
                raise DiskFullError("the disk is full; nothing was imported") from exc
            if isinstance(exc, sqlite3.Error) and "full" in str(exc):
                raise DiskFullError("the disk is full; nothing was imported") from exc
            raise ImportRefusedError(f"the import failed ({exc}); nothing was imported") from exc
        finally:
            if held is not None:
                os.close(held)
            discard(temp)
    return counts


def _remove_new_folder(data_dir: Path) -> None:
    """Take away the folder a failed import created (it holds only the lock file)."""
    (data_dir / LOCK_NAME).unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        data_dir.rmdir()


def _refuse_unless_empty(path: Path) -> None:
    if not path.exists():
        return
    try:
        inspect_file(path)
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            full = holds_records(Database(conn, execute_plugins=False, recursive_triggers=False))
        finally:
            conn.close()
    except (sqlite3.Error, StoreError) as exc:
        raise ImportRefusedError(
            f"{path} already exists and cannot be read ({exc}); import into an empty folder"
        ) from exc
    if full:
        raise ImportRefusedError(
            f"{path.parent} already holds notes; import into an empty data folder "
            "(for example --data-dir NEW-FOLDER); nothing was imported"
        )


def _build(temp: Path, document: dict) -> dict[str, int]:
    """Create the database in ``temp``: schema of the file's version, records, then upgrade."""
    db = Database(sqlite3.connect(str(temp)), execute_plugins=False)
    try:
        db.execute("PRAGMA foreign_keys = ON")
        level = document["schema_version"]
        for version in range(1, level + 1):
            with transaction(db):
                schema.MIGRATIONS[version - 1](db)
                db.execute(f"PRAGMA user_version = {int(version)}")
        counts = _insert_all(db, document["tables"])
        schema.migrate(db)
        problems = [row[0] for row in db.execute("PRAGMA quick_check").fetchall()]
        if problems != ["ok"]:
            raise ImportRefusedError(f"the new database failed its check ({problems[0]})")
    finally:
        db.close()
    return counts


def _insert_all(db: Database, tables: dict) -> dict[str, int]:
    known = data_tables(db)
    for name in tables:
        if name not in known:
            raise ImportRefusedError(f"the file has an unknown table “{name}”; nothing imported")
    counts: dict[str, int] = {}
    ids: dict[tuple[str, int], str] = {}
    with db.atomic():
        db.execute("PRAGMA defer_foreign_keys = ON")  # records may refer forwards
        for table in known:
            records = tables.get(table, [])
            if not isinstance(records, list):
                raise ImportRefusedError(f"“{table}” is not a list of records; nothing imported")
            table_columns = columns(db, table)
            if table in TRIGGER_FILLED_TABLES and table in tables:
                db.execute(f"DELETE FROM {_quote(table)}")
            for index, record in enumerate(records):
                where = label(table, index, record)
                values = check_record(record, table_columns, where)
                names = ", ".join(_quote(n) for n in values)
                marks = ", ".join("?" for _ in values)
                try:
                    cursor = db.execute(
                        f"INSERT INTO {_quote(table)} ({names}) VALUES ({marks})",
                        list(values.values()),
                    )
                except sqlite3.IntegrityError as exc:
                    raise ImportRefusedError(f"{where} was refused: {exc}") from exc
                ids[(table, cursor.lastrowid)] = where
            counts[table] = len(records)
        broken = db.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            table, rowid, parent, _ = broken[0]
            where = ids.get((table, rowid), f"the record with id {rowid} in “{table}”")
            raise ImportRefusedError(f"{where} refers to a “{parent}” record that is not there")
    return counts
