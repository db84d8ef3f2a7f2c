"""Relationship check-ins: how the partnership itself is going, rated and in words."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime

from sqlite_utils import Database

from mentee_desktop.data.errors import RecordNotFoundError, transaction
from mentee_desktop.data.rows import update_by_id
from mentee_desktop.data.timestamps import date_from_db, date_to_db, from_db, to_db, utc_now

RATINGS = ("trust", "communication", "mutual_learning")
DEFAULT_EVERY_N_MEETINGS = 4


@dataclass
class Checkin:
    mentor_id: int
    held_on: date
    trust: int = 3
    communication: int = 3
    mutual_learning: int = 3
    what_works: str = ""
    what_to_change: str = ""
    id: int | None = None
    created_at: datetime | None = field(default=None, compare=False)


def _from_row(row: dict) -> Checkin:
    return Checkin(
        **(
            row
            | {"held_on": date_from_db(row["held_on"]), "created_at": from_db(row["created_at"])}
        )
    )


def _to_row(checkin: Checkin) -> dict:
    for name in RATINGS:
        value = getattr(checkin, name)
        if not isinstance(value, int) or not 1 <= value <= 5:
            raise ValueError(f"{name.replace('_', ' ')} must be a rating from 1 to 5")
    row = asdict(checkin)
    row.pop("id")
    row["held_on"] = date_to_db(checkin.held_on)
    row["created_at"] = to_db(checkin.created_at)
    return row


def add(db: Database, checkin: Checkin, *, now: datetime | None = None) -> Checkin:
    row = _to_row(checkin)
    row["created_at"] = row["created_at"] or to_db(now or utc_now())
    if checkin.id is not None:
        row["id"] = checkin.id
    with transaction(db):
        new_id = db.table("checkins").insert(row).last_pk
    return get(db, new_id)


def update(db: Database, checkin: Checkin) -> Checkin:
    if checkin.id is None:
        raise ValueError("cannot update a check-in that was never added")
    row = _to_row(checkin)
    row.pop("created_at")
    with transaction(db):
        update_by_id(db, "checkins", checkin.id, row, "check-in")
    return get(db, checkin.id)


def delete(db: Database, checkin_id: int) -> Checkin:
    checkin = get(db, checkin_id)
    with transaction(db):
        db.execute("DELETE FROM checkins WHERE id = ?", [checkin_id])
    return checkin


def restore(db: Database, checkin: Checkin) -> Checkin:
    return add(db, checkin)


def get(db: Database, checkin_id: int) -> Checkin:
    rows = list(db.query("SELECT * FROM checkins WHERE id = ?", [checkin_id]))
    if not rows:
        raise RecordNotFoundError(f"check-in {checkin_id} does not exist")
    return _from_row(rows[0])


def list_for_mentor(db: Database, mentor_id: int) -> list[Checkin]:
    """Oldest first, as a trend is read."""
    rows = db.query("SELECT * FROM checkins WHERE mentor_id = ? ORDER BY held_on, id", [mentor_id])
    return [_from_row(r) for r in rows]


def meetings_since_last_checkin(db: Database, mentor_id: int) -> int:
    """Held meetings since the last check-in (all held meetings when there was none)."""
    last = db.execute(
        "SELECT max(held_on) FROM checkins WHERE mentor_id = ?", [mentor_id]
    ).fetchone()[0]
    if last is None:
        sql, params = (
            "SELECT count(*) FROM meetings WHERE mentor_id = ? AND status = 'held'",
            [mentor_id],
        )
    else:
        sql = (
            "SELECT count(*) FROM meetings WHERE mentor_id = ? AND status = 'held' "
            "AND substr(starts_at, 1, 10) > ?"
        )
        params = [mentor_id, last]
    return db.execute(sql, params).fetchone()[0]


def checkin_due(
    db: Database, mentor_id: int, every_n_meetings: int = DEFAULT_EVERY_N_MEETINGS
) -> bool:
    """True when enough meetings have been held since the last check-in."""
    return meetings_since_last_checkin(db, mentor_id) >= max(1, every_n_meetings)
