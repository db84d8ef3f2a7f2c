"""What happened to each reminder: when it was shown, until when it is snoozed, if dismissed.

A reminder is known by a stable text key (``prepare:meeting:42:...``), so its state survives a
restart: a dismissed reminder never returns, a snoozed one returns when the snooze ends, and a
shown one is not shown again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from mentee_desktop.data.errors import transaction
from mentee_desktop.data.timestamps import from_db, to_db

#: keys per query, well below SQLite's limit on bound parameters
_CHUNK = 500


@dataclass(frozen=True)
class ReminderState:
    key: str
    first_shown_at: datetime | None = None
    last_shown_at: datetime | None = None
    snoozed_until: datetime | None = None
    dismissed_at: datetime | None = None

    @property
    def dismissed(self) -> bool:
        return self.dismissed_at is not None

    def snoozed_at(self, now: datetime) -> bool:
        """True while a snooze is running."""
        return self.snoozed_until is not None and self.snoozed_until > now

    def needs_notice(self, now: datetime) -> bool:
        """Never shown, or back from a snooze that ended after it was last shown."""
        if self.dismissed or self.snoozed_at(now):
            return False
        if self.last_shown_at is None:
            return True
        return self.snoozed_until is not None and self.snoozed_until > self.last_shown_at


def _from_row(row) -> ReminderState:
    return ReminderState(
        key=row[0],
        first_shown_at=from_db(row[1]),
        last_shown_at=from_db(row[2]),
        snoozed_until=from_db(row[3]),
        dismissed_at=from_db(row[4]),
    )


def states_for(db: Database, keys: Iterable[str]) -> dict[str, ReminderState]:
    """The stored state of each key that has one (keys never seen are left out)."""
    wanted = list(dict.fromkeys(keys))
    found: dict[str, ReminderState] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        rows = db.execute(
            "SELECT key, first_shown_at, last_shown_at, snoozed_until, dismissed_at "
            f"FROM reminder_state WHERE key IN ({marks})",
            chunk,
        ).fetchall()
        for row in rows:
            found[row[0]] = _from_row(row)
    return found


def get(db: Database, key: str) -> ReminderState:
    """The state of one key (an empty state when it was never shown)."""
    return states_for(db, [key]).get(key, ReminderState(key))


def _upsert(db: Database, keys: Iterable[str], column_sql: str, params: list) -> int:
    """Insert a row per key or update the existing one, all in one transaction."""
    unique = list(dict.fromkeys(keys))
    with transaction(db):
        for key in unique:
            db.execute("INSERT INTO reminder_state (key) VALUES (?) ON CONFLICT DO NOTHING", [key])
            db.execute(f"UPDATE reminder_state SET {column_sql} WHERE key = ?", [*params, key])
    return len(unique)


def mark_shown(db: Database, keys: Iterable[str], now: datetime) -> int:
    """Remember that these reminders were shown to the user at ``now``."""
    moment = to_db(now)
    return _upsert(
        db,
        keys,
        "first_shown_at = coalesce(first_shown_at, ?), last_shown_at = ?",
        [moment, moment],
    )


def snooze(db: Database, keys: Iterable[str], until: datetime) -> int:
    """Hide these reminders until ``until``; they come back (and notify again) then."""
    return _upsert(db, keys, "snoozed_until = ?", [to_db(until)])


def dismiss(db: Database, keys: Iterable[str], now: datetime) -> int:
    """Put these reminders away for good."""
    return _upsert(db, keys, "dismissed_at = coalesce(dismissed_at, ?)", [to_db(now)])


def next_snooze_end(db: Database, after: datetime) -> datetime | None:
    """The earliest moment after ``after`` when a snoozed reminder comes back."""
    row = db.execute(
        "SELECT min(snoozed_until) FROM reminder_state "
        "WHERE snoozed_until > ? AND dismissed_at IS NULL",
        [to_db(after)],
    ).fetchone()
    return from_db(row[0]) if row and row[0] else None
