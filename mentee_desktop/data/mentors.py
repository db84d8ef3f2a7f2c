"""Mentors: the people the mentee meets. Archiving hides a mentor without losing history."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlite_utils import Database

from mentee_desktop.data.errors import RecordNotFoundError, transaction
from mentee_desktop.data.meetings import check_timezone
from mentee_desktop.data.rows import update_by_id
from mentee_desktop.data.timestamps import date_from_db, date_to_db, from_db, to_db, utc_now


@dataclass
class Mentor:
    name: str
    role: str = ""
    contact: str = ""
    started_on: date | None = None
    cadence_days: int = 14
    guidance_style: str = ""
    archived: bool = False
    is_sample: bool = False
    #: the IANA zone the mentor lives in; '' for the user's own zone
    timezone: str = ""
    id: int | None = None
    created_at: datetime | None = field(default=None, compare=False)


def _from_row(row: dict) -> Mentor:
    return Mentor(
        id=row["id"],
        name=row["name"],
        role=row["role"],
        contact=row["contact"],
        started_on=date_from_db(row["started_on"]),
        cadence_days=row["cadence_days"],
        guidance_style=row["guidance_style"],
        archived=bool(row["archived"]),
        is_sample=bool(row["is_sample"]),
        timezone=row.get("timezone") or "",
        created_at=from_db(row["created_at"]),
    )


def _to_row(mentor: Mentor) -> dict:
    if not mentor.name.strip():
        raise ValueError("a mentor needs a name")
    if mentor.timezone:
        check_timezone(mentor.timezone)
    if int(mentor.cadence_days) <= 0:
        raise ValueError("the meeting rhythm is at least one day")
    return {
        "name": mentor.name,
        "role": mentor.role,
        "contact": mentor.contact,
        "started_on": date_to_db(mentor.started_on),
        "cadence_days": int(mentor.cadence_days),
        "guidance_style": mentor.guidance_style,
        "archived": int(mentor.archived),
        "is_sample": int(mentor.is_sample),
        "timezone": mentor.timezone,
    }


def add(db: Database, mentor: Mentor, *, now: datetime | None = None) -> Mentor:
    """Store a new mentor and return it with its id."""
    row = _to_row(mentor) | {"created_at": to_db(now or utc_now())}
    if not row["timezone"]:
        del row["timezone"]  # the column's default; a store opened without migrating has none
    with transaction(db):
        new_id = db.table("mentors").insert(row).last_pk
    return get(db, new_id)


def update(db: Database, mentor: Mentor) -> Mentor:
    """Save every field of an existing mentor."""
    if mentor.id is None:
        raise ValueError("cannot update a mentor that was never added")
    with transaction(db):
        update_by_id(db, "mentors", mentor.id, _to_row(mentor), "mentor")
    return get(db, mentor.id)


def set_archived(db: Database, mentor_id: int, archived: bool) -> None:
    with transaction(db):
        db.execute("UPDATE mentors SET archived = ? WHERE id = ?", [int(archived), mentor_id])


def delete(db: Database, mentor_id: int) -> None:
    """Remove a mentor and everything recorded with them (meetings, notes, items)."""
    with transaction(db):
        db.execute("DELETE FROM mentors WHERE id = ?", [mentor_id])


def get(db: Database, mentor_id: int) -> Mentor:
    rows = list(db.query("SELECT * FROM mentors WHERE id = ?", [mentor_id]))
    if not rows:
        raise RecordNotFoundError(f"mentor {mentor_id} does not exist")
    return _from_row(rows[0])


def list_all(db: Database, *, include_archived: bool = False) -> list[Mentor]:
    """Mentors by name; archived ones only when asked for."""
    where = "" if include_archived else "WHERE archived = 0"
    sql = f"SELECT * FROM mentors {where} ORDER BY archived, name COLLATE NOCASE, id"
    return [_from_row(row) for row in db.query(sql)]


def find_by_name(db: Database, name: str) -> list[Mentor]:
    """Mentors whose name matches exactly (case-insensitive) or, failing that, contains it."""
    exact = [
        _from_row(r)
        for r in db.query("SELECT * FROM mentors WHERE name = ? COLLATE NOCASE ORDER BY id", [name])
    ]
    if exact:
        return exact
    pattern = "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return [
        _from_row(r)
        for r in db.query(
            "SELECT * FROM mentors WHERE name LIKE ? ESCAPE '\\' ORDER BY id", [pattern]
        )
    ]


def sample_mentor(db: Database) -> Mentor | None:
    rows = list(db.query("SELECT * FROM mentors WHERE is_sample = 1 ORDER BY id LIMIT 1"))
    return _from_row(rows[0]) if rows else None
