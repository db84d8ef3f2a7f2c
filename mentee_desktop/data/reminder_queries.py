"""Read-only queries the reminder logic needs, each answered from an index in one statement.

They skip archived mentors: an archived relationship sends no reminders.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlite_utils import Database

from mentee_desktop.data import meetings
from mentee_desktop.data.meetings import Meeting
from mentee_desktop.data.timestamps import date_from_db, date_to_db, from_db, to_db


@dataclass(frozen=True)
class UpcomingMeeting:
    meeting: Meeting
    mentor_name: str
    open_agenda_items: int


@dataclass(frozen=True)
class DueActionItems:
    """My open action items for one mentor that are due on a day or earlier."""

    mentor_id: int
    mentor_name: str
    count: int
    #: how many of them were due before that day
    overdue: int
    #: the one due first (the lowest id among equals): what the reminder opens
    oldest_id: int
    oldest_title: str
    oldest_due_on: date


@dataclass(frozen=True)
class WaitingFeedback:
    id: int
    question: str
    direction: str
    asked_at: datetime
    mentor_name: str


@dataclass(frozen=True)
class MentorContact:
    """When we last met (or will meet) — the basis of a casual check-in."""

    mentor_id: int
    name: str
    cadence_days: int
    started_on: date | None
    created_at: datetime
    #: the start of the latest meeting that was held (a planned one nobody confirmed is not)
    last_meeting_at: datetime | None
    #: the start of the latest meeting still planned (ahead, or past and waiting for an answer)
    planned_at: datetime | None = None


@dataclass(frozen=True)
class UnconfirmedMeeting:
    """A planned meeting that has ended: did it take place?"""

    meeting: Meeting
    mentor_name: str


def upcoming_meetings(db: Database, start: datetime, end: datetime) -> list[UpcomingMeeting]:
    """Planned meetings starting in ``[start, end)`` with how many agenda items are open."""
    rows = db.query(
        "SELECT m.*, t.name AS mentor_name, "
        "(SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id AND a.status = 'open') "
        "AS open_items "
        "FROM meetings m JOIN mentors t ON t.id = m.mentor_id "
        "WHERE m.status = 'planned' AND t.archived = 0 AND m.starts_at >= ? AND m.starts_at < ? "
        "ORDER BY m.starts_at, m.id",
        [to_db(start), to_db(end)],
    )
    return [UpcomingMeeting(meetings.from_row(r), r["mentor_name"], r["open_items"]) for r in rows]


def first_meeting_start_after(db: Database, moment: datetime) -> datetime | None:
    """The start of the first planned meeting strictly after ``moment``."""
    row = db.execute(
        "SELECT min(m.starts_at) FROM meetings m JOIN mentors t ON t.id = m.mentor_id "
        "WHERE m.status = 'planned' AND t.archived = 0 AND m.starts_at > ?",
        [to_db(moment)],
    ).fetchone()
    return from_db(row[0]) if row and row[0] else None


def my_open_items_due_by(db: Database, day: date) -> list[DueActionItems]:
    """My open action items due on ``day`` or earlier, one summary per mentor, the mentor
    whose oldest item is oldest first.

    One grouped pass over the (status, due_on) index, then the oldest item of each mentor
    from the (mentor_id, status, due_on) index: a ten-year store with a thousand overdue
    items answers in about a millisecond.
    """
    rows = db.execute(
        "WITH due AS ("
        " SELECT a.mentor_id, count(*) AS n, sum(a.due_on < :day) AS overdue,"
        " min(a.due_on) AS oldest FROM action_items a"
        " WHERE a.status = 'open' AND a.due_on IS NOT NULL AND a.due_on <= :day"
        " AND a.owner = 'me' GROUP BY a.mentor_id) "
        "SELECT due.mentor_id, t.name, due.n, due.overdue, due.oldest, b.id, b.title "
        "FROM due JOIN mentors t ON t.id = due.mentor_id "
        "JOIN action_items b ON b.id = ("
        " SELECT c.id FROM action_items c WHERE c.mentor_id = due.mentor_id"
        " AND c.status = 'open' AND c.due_on = due.oldest AND c.owner = 'me'"
        " ORDER BY c.id LIMIT 1) "
        "WHERE t.archived = 0 ORDER BY due.oldest, due.mentor_id",
        {"day": date_to_db(day)},
    ).fetchall()
    return [
        DueActionItems(
            mentor_id=r[0],
            mentor_name=r[1],
            count=r[2],
            overdue=r[3],
            oldest_id=r[5],
            oldest_title=r[6],
            oldest_due_on=date_from_db(r[4]),
        )
        for r in rows
    ]


def first_due_date_after(db: Database, day: date) -> date | None:
    """The earliest due date after ``day`` among my open action items."""
    row = db.execute(
        "SELECT min(a.due_on) FROM action_items a JOIN mentors t ON t.id = a.mentor_id "
        "WHERE a.status = 'open' AND a.due_on > ? AND a.owner = 'me' AND t.archived = 0",
        [date_to_db(day)],
    ).fetchone()
    return date_from_db(row[0]) if row and row[0] else None


def feedback_asked_by(db: Database, moment: datetime) -> list[WaitingFeedback]:
    """Requests still waiting for an answer that were asked at ``moment`` or earlier."""
    rows = db.execute(
        "SELECT f.id, f.question, f.direction, f.asked_at, t.name FROM feedback_requests f "
        "JOIN mentors t ON t.id = f.mentor_id "
        "WHERE f.status = 'asked' AND f.asked_at IS NOT NULL AND f.asked_at <= ? "
        "AND t.archived = 0 ORDER BY f.asked_at, f.id",
        [to_db(moment)],
    ).fetchall()
    return [WaitingFeedback(r[0], r[1], r[2], from_db(r[3]), r[4]) for r in rows]


def first_feedback_asked_after(db: Database, moment: datetime) -> datetime | None:
    """When the first request still waiting for an answer was asked, after ``moment``."""
    row = db.execute(
        "SELECT min(f.asked_at) FROM feedback_requests f JOIN mentors t ON t.id = f.mentor_id "
        "WHERE f.status = 'asked' AND f.asked_at > ? AND t.archived = 0",
        [to_db(moment)],
    ).fetchone()
    return from_db(row[0]) if row and row[0] else None


def mentor_contacts(db: Database) -> list[MentorContact]:
    """Each active mentor with the starts of our latest held and latest planned meetings."""
    rows = db.execute(
        "SELECT t.id, t.name, t.cadence_days, t.started_on, t.created_at, "
        "(SELECT max(m.starts_at) FROM meetings m WHERE m.mentor_id = t.id "
        "AND m.status = 'held'), (SELECT max(m.starts_at) FROM meetings m "
        "WHERE m.mentor_id = t.id AND m.status = 'planned') "
        "FROM mentors t WHERE t.archived = 0 ORDER BY t.id"
    ).fetchall()
    return [
        MentorContact(
            r[0], r[1], r[2], date_from_db(r[3]), from_db(r[4]), from_db(r[5]), from_db(r[6])
        )
        for r in rows
    ]


def unconfirmed_meetings(db: Database, now: datetime) -> list[UnconfirmedMeeting]:
    """Planned meetings of active mentors that ended by ``now``, oldest first."""
    rows = db.query(
        "SELECT m.*, t.name AS mentor_name FROM meetings m JOIN mentors t ON t.id = m.mentor_id "
        "WHERE m.status = 'planned' AND t.archived = 0 AND m.starts_at < ? "
        "ORDER BY m.starts_at, m.id",
        [to_db(now)],
    )
    found = [UnconfirmedMeeting(meetings.from_row(r), r["mentor_name"]) for r in rows]
    return [f for f in found if f.meeting.ends_at <= now]


def first_planned_end_after(db: Database, now: datetime) -> datetime | None:
    """When the first planned meeting not yet over ends (then it asks whether it took place)."""
    rows = db.query(
        "SELECT m.* FROM meetings m JOIN mentors t ON t.id = m.mentor_id "
        "WHERE m.status = 'planned' AND t.archived = 0 AND m.starts_at >= ? "
        "ORDER BY m.starts_at, m.id LIMIT 50",
        [to_db(now - timedelta(days=1))],
    )
    ends = [meetings.from_row(r).ends_at for r in rows]
    later = [end for end in ends if end > now]
    return min(later) if later else None


def has_checkins(db: Database) -> bool:
    """True once the schema has relationship check-ins (schema version 2 and later)."""
    return db["checkins"].exists()


def last_checkins(db: Database) -> dict[int, date]:
    """The date of the latest relationship check-in per mentor."""
    rows = db.execute("SELECT mentor_id, max(held_on) FROM checkins GROUP BY mentor_id")
    return {r[0]: date_from_db(r[1]) for r in rows.fetchall() if r[1]}


def nth_held_meeting_after(
    db: Database, mentor_id: int, after: date | None, n: int
) -> Meeting | None:
    """The ``n``-th held meeting (1-based) on a day after ``after`` (any day when None).

    Counts as :func:`mentee_desktop.data.checkins.meetings_since_last_checkin` does.
    """
    first_day = date_to_db(after + timedelta(days=1)) if after else ""
    rows = list(
        db.query(
            "SELECT * FROM meetings WHERE mentor_id = ? AND status = 'held' AND starts_at >= ? "
            "ORDER BY starts_at, id LIMIT 1 OFFSET ?",
            [mentor_id, first_day, max(0, n - 1)],
        )
    )
    return meetings.from_row(rows[0]) if rows else None


def next_planned_meeting_start(db: Database, mentor_id: int, moment: datetime) -> datetime | None:
    """The start of one mentor's first planned meeting strictly after ``moment``."""
    row = db.execute(
        "SELECT min(starts_at) FROM meetings "
        "WHERE mentor_id = ? AND status = 'planned' AND starts_at > ?",
        [mentor_id, to_db(moment)],
    ).fetchone()
    return from_db(row[0]) if row and row[0] else None
