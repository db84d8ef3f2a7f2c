"""Checking one record of an import against its table's columns: every value the right
kind, dates and zones as the app writes them, whole numbers within SQLite's 64 bits, text
that is valid UTF-8. Each problem is one line naming the record."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mentee_desktop.data.errors import ImportRefusedError

BLOB_KEY = "$base64"
#: SQLite's whole numbers are 64 bits
SMALLEST_INT, LARGEST_INT = -(2**63), 2**63 - 1


@dataclass(frozen=True)
class Column:
    name: str
    declared: str
    not_null: bool
    has_default: bool
    primary_key: bool


def label(table: str, index: int, record: Any) -> str:
    """How an error names a record: its table, its place in the file, and its id."""
    ident = ""
    if isinstance(record, dict):
        for key in ("id", "key"):
            if key in record:
                ident = f" ({key} {json.dumps(record[key], ensure_ascii=False)[:40]})"
                break
    return f"record {index + 1} of “{table}”{ident}"


def check_record(record: Any, table_columns: list[Column], label: str) -> dict[str, Any]:
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
    if isinstance(value, int) and not SMALLEST_INT <= value <= LARGEST_INT:
        return "is too large for a whole number (64 bits)"
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
        if not _is_utf8(value):
            return "is not valid UTF-8 text (it holds a lone surrogate)"
        return _check_text_format(column.name, value)
    return None


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _check_text_format(name: str, value: str) -> str | None:
    """Dates, times and zones as the app writes them, so the window can read them back."""
    try:
        if name.endswith("_at"):
            if datetime.fromisoformat(value).tzinfo is None:
                return "must be a date and time with its UTC offset"
        elif name.endswith("_on"):
            date.fromisoformat(value)
        elif name == "timezone" and value:  # '' is a mentor in the user's own zone
            ZoneInfo(value)
    except (ValueError, ZoneInfoNotFoundError, OSError):
        return f"is not a valid {'time zone' if name == 'timezone' else 'date'}: {value[:40]!r}"
    return None


def _from_json(value: Any) -> Any:
    if isinstance(value, dict):
        return base64.b64decode(value[BLOB_KEY], validate=True)
    return value
