"""Meetings: when (UTC, plus the IANA timezone it was planned in), where, and how it went."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlite_utils import Database

from mentee_desktop.data.errors import RecordNotFoundError, transaction
from mentee_desktop.data.rows import update_by_id
from mentee_desktop.data.timestamps import from_db, to_db, utc_now

STATUSES = ("planned", "held", "cancelled")


@dataclass
class Meeting:
    mentor_id: int
    starts_at: datetime
    timezone: str = "UTC"
    duration_minutes: int = 60
    place: str = ""
    status: str = "planned"
    summary: str = ""
    id: int | None = None
    created_at: datetime | None = field(default=None, compare=False)

    @property
    def local_start(self) -> datetime:
        """The start in the timezone the meeting was planned in."""
        return self.starts_at.astimezone(ZoneInfo(self.timezone))

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)


def check_timezone(name: str) -> ZoneInfo:
    """The zone for an IANA name; a clear ValueError for anything else."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown timezone {name!r}") from exc


def from_row(row: dict) -> Meeting:
    """A meeting from a ``meetings`` row (extra columns of a joined query are ignored)."""
    return Meeting(
        id=row["id"],
        mentor_id=row["mentor_id"],
        starts_at=from_db(row["starts_at"]),
        timezone=row["timezone"],
        duration_minutes=row["duration_minutes"],
        place=row["place"],
        status=row["status"],
        summary=row["summary"],
        created_at=from_db(row["created_at"]),
    )


def _to_row(meeting: Meeting) -> dict:
    check_timezone(meeting.timezone)
    if meeting.status not in STATUSES:
        raise ValueError(f"unknown meeting status {meeting.status!r}")
    if meeting.duration_minutes <= 0:
        raise ValueError("a meeting lasts at least one minute")
    return {
        "mentor_id": meeting.mentor_id,
        "starts_at": to_db(meeting.starts_at),
        "timezone": meeting.timezone,
        "duration_minutes": int(meeting.duration_minutes),
        "place": meeting.place,
        "status": meeting.status,
        "summary": meeting.summary,
    }


def insert(db: Database, meeting: Meeting, *, now: datetime | None = None) -> int:
    """Insert the row only; planning a meeting is :func:`mentee_desktop.data.lifecycle.plan`."""
    row = _to_row(meeting) | {"created_at": to_db(now or utc_now())}
    return db.table("meetings").insert(row).last_pk


def update(db: Database, meeting: Meeting) -> Meeting:
    """Save the row only; :func:`mentee_desktop.data.lifecycle.edit` also applies the rule."""
    if meeting.id is None:
        raise ValueError("cannot update a meeting that was never added")
    with transaction(db):
        update_by_id(db, "meetings", meeting.id, _to_row(meeting), "meeting")
    return get(db, meeting.id)


def delete(db: Database, meeting_id: int) -> None:
    """Remove the row with its agenda and notes (action items and feedback stay).

    :func:`mentee_desktop.data.lifecycle.delete` first gives carried-in items back.
    """
    with transaction(db):
        db.execute("DELETE FROM meetings WHERE id = ?", [meeting_id])


def get(db: Database, meeting_id: int) -> Meeting:
    rows = list(db.query("SELECT * FROM meetings WHERE id = ?", [meeting_id]))
    if not rows:
        raise RecordNotFoundError(f"meeting {meeting_id} does not exist")
    return from_row(rows[0])


def get_many(db: Database, meeting_ids: list[int]) -> dict[int, Meeting]:
    """Several meetings by id in one statement (those that do not exist are left out)."""
    found: dict[int, Meeting] = {}
    ids = sorted(set(meeting_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for row in db.query(f"SELECT * FROM meetings WHERE id IN ({marks})", chunk):
            meeting = from_row(row)
            found[meeting.id] = meeting
    return found


def count_for_mentor(db: Database, mentor_id: int) -> int:
    return db.execute("SELECT count(*) FROM meetings WHERE mentor_id = ?", [mentor_id]).fetchone()[
        0
    ]


def list_for_mentor(
    db: Database, mentor_id: int, *, limit: int = -1, offset: int = 0, newest_first: bool = True
) -> list[Meeting]:
    """One page of a mentor's meetings by start time (uses ``meetings_by_mentor_start``)."""
    order = "DESC" if newest_first else "ASC"
    sql = (
        f"SELECT * FROM meetings WHERE mentor_id = ? ORDER BY starts_at {order}, id {order} "
        "LIMIT ? OFFSET ?"
    )
    return [from_row(r) for r in db.query(sql, [mentor_id, limit, offset])]


def list_upcoming(db: Database, mentor_id: int, now: datetime) -> list[Meeting]:
    """Meetings that have not started yet (or started in the last hours), soonest first."""
    rows = db.query(
        "SELECT * FROM meetings WHERE mentor_id = ? AND starts_at >= ? ORDER BY starts_at, id",
        [mentor_id, to_db(now - timedelta(hours=3))],
    )
    return [from_row(r) for r in rows]


def list_past(db: Database, mentor_id: int, before: str, limit: int, offset: int) -> list[Meeting]:
    """One page of the meetings that started before ``before`` (UTC text), newest first."""
    rows = db.query(
        "SELECT * FROM meetings WHERE mentor_id = ? AND starts_at < ? "
        "ORDER BY starts_at DESC, id DESC LIMIT ? OFFSET ?",
        [mentor_id, before, limit, offset],
    )
    return [from_row(r) for r in rows]


def list_all(db: Database, *, mentor_id: int | None = None) -> list[Meeting]:
    """Every meeting (of one mentor when given), oldest first."""
    if mentor_id is None:
        rows = db.query("SELECT * FROM meetings ORDER BY starts_at, id")
    else:
        rows = db.query(
            "SELECT * FROM meetings WHERE mentor_id = ? ORDER BY starts_at, id", [mentor_id]
        )
    return [from_row(r) for r in rows]


def previous_held(db: Database, meeting: Meeting) -> Meeting | None:
    """The mentor's last meeting before this one that is known to have taken place."""
    rows = list(
        db.query(
            "SELECT * FROM meetings WHERE mentor_id = ? AND status = 'held' AND id != ? "
            "AND (starts_at < ? OR (starts_at = ? AND id < ?)) "
            "ORDER BY starts_at DESC, id DESC LIMIT 1",
            [
                meeting.mentor_id,
                meeting.id,
                to_db(meeting.starts_at),
                to_db(meeting.starts_at),
                meeting.id,
            ],
        )
    )
    return from_row(rows[0]) if rows else None


def next_upcoming(db: Database, now: datetime, *, mentor_id: int | None = None) -> Meeting | None:
    """The first planned meeting that has not ended yet."""
    params: list = [to_db(now - timedelta(hours=12))]
    extra = ""
    if mentor_id is not None:
        extra = " AND mentor_id = ?"
        params.append(mentor_id)
    rows = db.query(
        "SELECT * FROM meetings WHERE status = 'planned' AND starts_at >= ?"
        f"{extra} ORDER BY starts_at, id LIMIT 20",
        params,
    )
    for row in rows:
        meeting = from_row(row)
        if meeting.ends_at > now:
            return meeting
    return None


def last_held(db: Database, now: datetime, *, mentor_id: int | None = None) -> Meeting | None:
    """The most recent meeting marked as held (that started before ``now``)."""
    params: list = [to_db(now)]
    extra = ""
    if mentor_id is not None:
        extra = " AND mentor_id = ?"
        params.append(mentor_id)
    rows = list(
        db.query(
            f"SELECT * FROM meetings WHERE status = 'held' AND starts_at <= ?{extra} "
            "ORDER BY starts_at DESC, id DESC LIMIT 1",
            params,
        )
    )
    return from_row(rows[0]) if rows else None


def next_planned_after(db: Database, meeting: Meeting, now: datetime) -> Meeting | None:
    """The mentor's first planned meeting after this one that has not ended by ``now``."""
    since = max(meeting.starts_at, now - timedelta(hours=12))
    rows = db.query(
        "SELECT * FROM meetings WHERE mentor_id = ? AND status = 'planned' AND id != ? "
        "AND (starts_at > ? OR (starts_at = ? AND id != ?)) ORDER BY starts_at, id LIMIT 20",
        [meeting.mentor_id, meeting.id, to_db(since), to_db(since), meeting.id],
    )
    for row in rows:
        found = from_row(row)
        if found.ends_at > now:
            return found
    return None
