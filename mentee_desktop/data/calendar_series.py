"""Recurring series kept after their import, so later occurrences can become meetings.

One row per series UID: the series' calendar text as imported, the SEQUENCE it was imported
at, and ``extended_until``, the moment up to which its occurrences have been planned. The
row goes with its mentor. Callers hold the transaction when they write more than one row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from mentee_desktop.data.timestamps import from_db, to_db


@dataclass(frozen=True)
class KeptSeries:
    uid: str
    mentor_id: int
    calendar_text: str
    sequence: int
    imported_at: datetime
    extended_until: datetime


def _from_row(row: tuple) -> KeptSeries:
    uid, mentor_id, text, sequence, imported_at, extended_until = row
    return KeptSeries(
        uid,
        mentor_id,
        text,
        sequence or 0,
        from_db(imported_at),
        from_db(extended_until),
    )


_COLUMNS = "uid, mentor_id, calendar_text, sequence, imported_at, extended_until"


def get(db: Database, uid: str) -> KeptSeries | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM calendar_series WHERE uid = ?", [uid]).fetchone()
    return _from_row(row) if row else None


def list_all(db: Database) -> list[KeptSeries]:
    rows = db.execute(f"SELECT {_COLUMNS} FROM calendar_series ORDER BY uid").fetchall()
    return [_from_row(row) for row in rows]


def due(db: Database, until: datetime) -> list[KeptSeries]:
    """The series planned less far ahead than ``until`` (UTC text compares in time order)."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM calendar_series WHERE extended_until < ? ORDER BY uid",
        [to_db(until)],
    ).fetchall()
    return [_from_row(row) for row in rows]


def save(db: Database, series: KeptSeries) -> None:
    """Keep a series (an updated invitation replaces the stored one)."""
    db.execute(
        f"INSERT INTO calendar_series ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (uid) DO UPDATE SET mentor_id = excluded.mentor_id, "
        "calendar_text = excluded.calendar_text, sequence = excluded.sequence, "
        "imported_at = excluded.imported_at, extended_until = excluded.extended_until",
        [
            series.uid,
            series.mentor_id,
            series.calendar_text,
            series.sequence,
            to_db(series.imported_at),
            to_db(series.extended_until),
        ],
    )


def set_extended_until(db: Database, uid: str, until: datetime) -> None:
    db.execute("UPDATE calendar_series SET extended_until = ? WHERE uid = ?", [to_db(until), uid])


def forget(db: Database, uid: str) -> None:
    """The whole series was cancelled: nothing more of it is planned."""
    db.execute("DELETE FROM calendar_series WHERE uid = ?", [uid])
