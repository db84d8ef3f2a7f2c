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
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlite_utils import Database

from mentee_desktop.data.errors import DiskFullError, StoreError, transaction

_DISK_FULL_ERRNOS = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
FORMAT = "mentee-desktop-export"
FORMAT_VERSION = 1
#: tables whose rows are preferences, not notes: a folder holding only these counts as empty
PREFERENCE_TABLES = ("settings",)
BLOB_KEY = "$base64"


class ImportRefusedError(StoreError):
    """The JSON file cannot be imported; nothing was imported."""


@dataclass(frozen=True)
class Column:
    name: str
    declared: str
    not_null: bool
    has_default: bool
    primary_key: bool


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
    from mentee_desktop.data.schema import schema_version

    with db.atomic():  # one read transaction: a concurrent change is in or out, whole
        header = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "schema_version": schema_version(db),
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
    """Write the export to ``output`` (0600) atomically; a failure leaves no file behind."""
    if output.is_dir() or not output.name:
        raise StoreError(f"{output} is a folder; give the name of the file to write")
    partial = output.with_name(f".{output.name}.partial")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            write_chunks(db, handle, now=now)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, output)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.errno in _DISK_FULL_ERRNOS:
            raise DiskFullError("the disk is full; the export was not written") from exc
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise StoreError(f"cannot write {output}: {reason}") from exc
    return output


def write_chunks(db: Database, handle: IO[str], *, now: datetime) -> None:
    for chunk in export_chunks(db, now=now):
        handle.write(chunk)


# ----- import -----------------------------------------------------------------------------


def read_document(source: Path, text: str | None = None) -> dict:
    """Parse and check the envelope of an export file (not yet its records).

    ``text`` is the file's content already read (an encrypted export, decrypted)."""
    try:
        text = source.read_text(encoding="utf-8") if text is None else text
    except UnicodeDecodeError as exc:
        raise ImportRefusedError(f"{source} is not UTF-8 text; nothing was imported") from exc
    except OSError as exc:
        raise ImportRefusedError(f"cannot read {source}: {exc.strerror or exc}") from exc
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportRefusedError(
            f"{source} is not valid JSON at line {exc.lineno}, column {exc.colno}: "
            f"{exc.msg}{_where_it_breaks(text, exc)}; nothing was imported"
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
    from mentee_desktop.data import schema

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


def import_file(source: Path, data_dir: Path, *, text: str | None = None) -> dict[str, int]:
    """Import an export into an empty data folder; returns the number of records per table.

    All or nothing: on any problem the folder is left as it was (no database, or the
    empty one that was there; a folder this call created is removed again) and
    :class:`ImportRefusedError` names the first bad record. ``text``: the decrypted content
    of an encrypted export (see ``protection.exports``).
    """
    from mentee_desktop.data.store import ensure_private_folder

    document = read_document(source, text)
    created = not data_dir.exists()
    ensure_private_folder(data_dir)
    try:
        return _import_locked(document, data_dir)
    except BaseException:
        if created:
            _remove_new_folder(data_dir)
        raise


def _import_locked(document: dict, data_dir: Path) -> dict[str, int]:
    from mentee_desktop.data.store import hold_data_folder, install_database_file
    from mentee_desktop.paths import database_path

    with hold_data_folder(data_dir):
        _refuse_unless_empty(database_path(data_dir))
        temp = data_dir / f".mentee.db.importing-{os.getpid()}.partial"
        _discard(temp)
        try:
            counts = _build(temp, document)
            install_database_file(temp, data_dir)
        except (OSError, sqlite3.Error) as exc:
            if isinstance(exc, OSError) and exc.errno in _DISK_FULL_ERRNOS:
                raise DiskFullError("the disk is full; nothing was imported") from exc
            if isinstance(exc, sqlite3.Error) and "full" in str(exc):
                raise DiskFullError("the disk is full; nothing was imported") from exc
            raise ImportRefusedError(f"the import failed ({exc}); nothing was imported") from exc
        finally:
            _discard(temp)
    return counts


def _remove_new_folder(data_dir: Path) -> None:
    """Take away the folder a failed import created (it holds only the lock file)."""
    from mentee_desktop.data.store import LOCK_NAME

    (data_dir / LOCK_NAME).unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        data_dir.rmdir()


def _discard(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _refuse_unless_empty(path: Path) -> None:
    from mentee_desktop.data.store import inspect_file, read_only_uri

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
    from mentee_desktop.data import schema

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
            for index, record in enumerate(records):
                label = _label(table, index, record)
                values = _check_record(record, table_columns, label)
                names = ", ".join(_quote(n) for n in values)
                marks = ", ".join("?" for _ in values)
                try:
                    cursor = db.execute(
                        f"INSERT INTO {_quote(table)} ({names}) VALUES ({marks})",
                        list(values.values()),
                    )
                except sqlite3.IntegrityError as exc:
                    raise ImportRefusedError(f"{label} was refused: {exc}") from exc
                ids[(table, cursor.lastrowid)] = label
            counts[table] = len(records)
        broken = db.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            table, rowid, parent, _ = broken[0]
            label = ids.get((table, rowid), f"the record with id {rowid} in “{table}”")
            raise ImportRefusedError(f"{label} refers to a “{parent}” record that is not there")
    return counts


def _label(table: str, index: int, record: Any) -> str:
    """How an error names a record: its table, its place in the file, and its id."""
    ident = ""
    if isinstance(record, dict):
        for key in ("id", "key"):
            if key in record:
                ident = f" ({key} {json.dumps(record[key], ensure_ascii=False)[:40]})"
                break
    return f"record {index + 1} of “{table}”{ident}"


def _check_record(record: Any, table_columns: list[Column], label: str) -> dict[str, Any]:
    if not isinstance(record, dict):
        raise ImportRefusedError(f"{label} is not a JSON object; nothing was imported")
    by_name = {c.name: c for c in table_columns}
    for key in record:
        if key not in by_name:
            raise ImportRefusedError(f"{label} has an unknown field “{key}”; nothing imported")
    values = {}
    for column in table_columns:
        if column.name not in record:
            if column.primary_key or (column.not_null and not column.has_default):
                raise ImportRefusedError(f"{label} lacks the field “{column.name}”")
            continue
        problem = _check_value(column, record[column.name])
        if problem:
            raise ImportRefusedError(f"{label}: “{column.name}” {problem}; nothing imported")
        values[column.name] = _from_json(record[column.name])
    return values


def _check_value(column: Column, value: Any) -> str | None:
    """What is wrong with one value, or None."""
    declared = column.declared.upper()
    if value is None:
        return "must not be empty (null)" if column.not_null or column.primary_key else None
    if isinstance(value, bool):
        return "must not be true/false"
    if "INT" in declared and not isinstance(value, int):
        return "must be a whole number"
    if any(t in declared for t in ("CHAR", "CLOB", "TEXT")) and not isinstance(value, str):
        return "must be text"
    if any(t in declared for t in ("REAL", "FLOA", "DOUB")) and not isinstance(value, int | float):
        return "must be a number"
    if isinstance(value, dict):
        if set(value) != {BLOB_KEY} or not isinstance(value[BLOB_KEY], str):
            return f"must not be an object (other than {{{BLOB_KEY!r}: ...}})"
        try:
            base64.b64decode(value[BLOB_KEY], validate=True)
        except ValueError:
            return "holds damaged base64 data"
    if isinstance(value, list):
        return "must not be a list"
    if isinstance(value, str):
        return _check_text_format(column.name, value)
    return None


def _check_text_format(name: str, value: str) -> str | None:
    """Dates, times and zones as the app writes them, so the window can read them back."""
    try:
        if name.endswith("_at"):
            if datetime.fromisoformat(value).tzinfo is None:
                return "must be a date and time with its UTC offset"
        elif name.endswith("_on"):
            date.fromisoformat(value)
        elif name == "timezone":
            ZoneInfo(value)
    except (ValueError, ZoneInfoNotFoundError):
        return f"is not a valid {'time zone' if name == 'timezone' else 'date'}: {value[:40]!r}"
    return None


def _from_json(value: Any) -> Any:
    if isinstance(value, dict):
        return base64.b64decode(value[BLOB_KEY], validate=True)
    return value
