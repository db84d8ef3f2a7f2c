"""Small per-database preferences (last selection, reminder options) as key/value text."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from mentee_desktop.data.errors import transaction


def get(db: Database, key: str, default: Any = None) -> Any:
    """The JSON value stored under ``key``, or ``default``."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    if row is None:
        return default
    try:
        return json.loads(row[0])
    except ValueError:
        return default


def put(db: Database, key: str, value: Any) -> None:
    with transaction(db):
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, json.dumps(value, ensure_ascii=False)],
        )


def put_many(db: Database, values: dict[str, Any]) -> None:
    """Store several preferences at once (one transaction)."""
    with transaction(db):
        for key, value in values.items():
            put(db, key, value)
