"""A meeting's life: planned, then held or cancelled, and where its open items go.

The rule (docs/meeting-lifecycle.md says it for readers):

- Items leave a meeting only when it is over. When a meeting is held or cancelled, its open
  items (not the "update" mirrors of promises, which follow the promise itself) are copied to
  the mentor's first planned meeting after it; each copy links to its original
  (``carried_from_id``) and the original is marked "carried over".
- With no planned meeting after it yet, the items wait on the meeting that is over, and are
  brought in when one is planned (or moved there).
- Nothing ever moves out of a planned meeting, even one in the past that nobody confirmed.
- Any change of a meeting's start, status or existence re-applies the rule for that mentor,
  so the result never depends on the order in which the mentee did things.
- Marking an over meeting planned again undoes its moves (copies not yet touched go away and
  the originals are open again); deleting a meeting gives its carried-in items back to the
  meeting they came from, which hands them on to the next one.

:mod:`mentee_desktop.data.meetings` stores rows; this module is the one that changes a
meeting's place in its life. It imports ``meetings``; ``meetings`` never imports it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlite_utils import Database

from mentee_desktop.data import agenda_items, meetings, mentors
from mentee_desktop.data.agenda_items import AgendaItem
from mentee_desktop.data.errors import transaction
from mentee_desktop.data.meetings import Meeting
from mentee_desktop.data.timestamps import to_db, utc_now

OVER = ("held", "cancelled")


@dataclass(frozen=True)
class CarryOverResult:
    """What was brought into one meeting: items waiting from earlier meetings, my promises."""

    carried_items: list[AgendaItem]
    updates: list[AgendaItem]

    @property
    def total(self) -> int:
        return len(self.carried_items) + len(self.updates)


def is_over(meeting: Meeting) -> bool:
    return meeting.status in OVER


def plan(db: Database, meeting: Meeting, *, now: datetime | None = None) -> Meeting:
    """Store a new meeting; if it is planned, waiting items and my open promises come in."""
    with transaction(db):
        new_id = meetings.insert(db, meeting, now=now)
        if meeting.status == "planned":
            _bring_in(db, meetings.get(db, new_id), to_db(now or utc_now()))
        else:
            _settle(db, meeting.mentor_id, to_db(now or utc_now()))
    return meetings.get(db, new_id)


def suggest_next(db: Database, mentor_id: int, now: datetime, user_zone: str) -> Meeting:
    """The meeting to plan next with this mentor, as the dialog and ``meetings plan`` offer it.

    The mentor's latest meeting that was not cancelled, plus the mentor's cadence (again and
    again until it is no longer in the past), at the same local time in the mentor's zone,
    with the same duration and place. With no meeting yet: a week from now, on the hour.
    """
    mentor = mentors.get(db, mentor_id)
    zone_name = mentor.timezone or user_zone
    zone = meetings.check_timezone(zone_name)
    rows = list(
        db.query(
            "SELECT * FROM meetings WHERE mentor_id = ? AND status != 'cancelled' "
            "ORDER BY starts_at DESC, id DESC LIMIT 1",
            [mentor_id],
        )
    )
    if not rows:
        start = (now.astimezone(zone) + timedelta(days=7)).replace(
            minute=0, second=0, microsecond=0
        )
        return Meeting(mentor_id=mentor_id, starts_at=start, timezone=zone_name)
    previous = meetings.from_row(rows[0])
    local = previous.starts_at.astimezone(zone)
    day, clock = local.date(), local.time().replace(tzinfo=None)
    step = timedelta(days=mentor.cadence_days)
    day += step
    while datetime.combine(day, clock, zone) <= now:
        day += step
    return Meeting(
        mentor_id=mentor_id,
        starts_at=datetime.combine(day, clock, zone),
        timezone=zone_name,
        duration_minutes=previous.duration_minutes,
        place=previous.place,
    )


@dataclass(frozen=True)
class PlanningCheck:
    """What the meeting dialog warns about and announces before a meeting is saved."""

    in_the_past: bool
    overlaps: list[Meeting]
    #: open items that wait on meetings that are over and would come in
    waiting: int
    #: my open promises that would come in as updates (for a new meeting)
    promises: int


def check_plan(db: Database, meeting: Meeting, now: datetime) -> PlanningCheck:
    """Warnings (a start in the past, an overlap with any mentor) and what would come in."""
    waiting = 0
    promises = 0
    if meeting.status == "planned":
        waiting = db.execute(
            "SELECT count(*) FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id "
            "WHERE m.mentor_id = ? AND m.status IN ('held', 'cancelled') AND a.status = 'open' "
            "AND a.action_item_id IS NULL AND m.starts_at <= ? AND m.id != ?",
            [meeting.mentor_id, to_db(meeting.starts_at), meeting.id or 0],
        ).fetchone()[0]
        if meeting.id is None:
            promises = db.execute(
                "SELECT count(*) FROM action_items WHERE mentor_id = ? AND owner = 'me' "
                "AND status = 'open'",
                [meeting.mentor_id],
            ).fetchone()[0]
    return PlanningCheck(
        in_the_past=meeting.starts_at < now,
        overlaps=overlapping(db, meeting),
        waiting=waiting,
        promises=promises,
    )


def overlapping(db: Database, meeting: Meeting) -> list[Meeting]:
    """Planned or held meetings (of any mentor) whose time overlaps this one's."""
    rows = db.query(
        "SELECT * FROM meetings WHERE status != 'cancelled' AND starts_at < ? AND starts_at > ? "
        "ORDER BY starts_at, id",
        [to_db(meeting.ends_at), to_db(meeting.starts_at - timedelta(days=1))],
    )
    found = [meetings.from_row(row) for row in rows]
    return [m for m in found if m.id != meeting.id and m.ends_at > meeting.starts_at]


def bring_in(db: Database, meeting_id: int, *, now: datetime | None = None) -> CarryOverResult:
    """Bring into a planned meeting what waits for it, and my open promises as updates.

    Running it twice adds nothing: unique indexes on (meeting, origin) and (meeting, promise).
    One ``INSERT ... SELECT`` each, because a mentor can have hundreds of open promises.
    """
    stamp = to_db(now or utc_now())
    with transaction(db):
        meeting = meetings.get(db, meeting_id)
        last_id = db.execute("SELECT coalesce(max(id), 0) FROM agenda_items").fetchone()[0]
        _bring_in(db, meeting, stamp)
        added = [i for i in agenda_items.list_for_meeting(db, meeting_id) if i.id > last_id]
    return CarryOverResult(
        carried_items=[item for item in added if item.carried_from_id is not None],
        updates=[item for item in added if item.action_item_id is not None],
    )


def _bring_in(db: Database, meeting: Meeting, stamp: str) -> None:
    """The writes of :func:`bring_in`, without reading back what they added."""
    _settle(db, meeting.mentor_id, stamp)
    if meeting.status == "planned":
        db.execute(
            "INSERT OR IGNORE INTO agenda_items (meeting_id, kind, text, details, position, "
            "raised_by, status, action_item_id, created_at) "
            "SELECT :meeting, 'update', title, details, "
            f"{_NEXT_POSITION} + row_number() OVER ({_PROMISE_ORDER}) - 1, "
            "'me', 'open', id, :stamp FROM action_items "
            "WHERE mentor_id = :mentor AND owner = 'me' AND status = 'open' "
            f"{_PROMISE_ORDER}",
            {"meeting": meeting.id, "mentor": meeting.mentor_id, "stamp": stamp},
        )


def set_status(
    db: Database, meeting_id: int, status: str, *, now: datetime | None = None
) -> Meeting:
    """Record that a meeting was held, cancelled, or is planned after all (which undoes)."""
    meeting = meetings.get(db, meeting_id)
    meeting.status = status
    return edit(db, meeting, now=now)


def mark_held(db: Database, meeting_id: int, *, now: datetime | None = None) -> Meeting:
    return set_status(db, meeting_id, "held", now=now)


def cancel(db: Database, meeting_id: int, *, now: datetime | None = None) -> Meeting:
    """Cancel a meeting: all its open items move on to the next planned one (or wait)."""
    return set_status(db, meeting_id, "cancelled", now=now)


def reschedule(
    db: Database,
    meeting_id: int,
    starts_at: datetime,
    *,
    timezone: str | None = None,
    duration_minutes: int | None = None,
    now: datetime | None = None,
) -> Meeting:
    """Move a meeting to a new start (and zone/duration when given); the rule is re-applied."""
    meeting = meetings.get(db, meeting_id)
    meeting.starts_at = starts_at
    if timezone is not None:
        meeting.timezone = timezone
    if duration_minutes is not None:
        meeting.duration_minutes = duration_minutes
    return edit(db, meeting, now=now)


def edit(db: Database, meeting: Meeting, *, now: datetime | None = None) -> Meeting:
    """Save every field of a meeting, then re-apply the rule for its mentor."""
    if meeting.id is None:
        raise ValueError("cannot update a meeting that was never added")
    stamp = to_db(now or utc_now())
    with transaction(db):
        before = meetings.get(db, meeting.id)
        if is_over(before) and meeting.status == "planned":
            _undo_moves(db, meeting.id)
        saved = meetings.update(db, meeting)
        _settle(db, saved.mentor_id, stamp)
        if before.mentor_id != saved.mentor_id:
            _settle(db, before.mentor_id, stamp)
    return saved


def delete(db: Database, meeting_id: int, *, now: datetime | None = None) -> None:
    """Delete a meeting with its own agenda and notes; items it had taken in go back on."""
    stamp = to_db(now or utc_now())
    with transaction(db):
        meeting = meetings.get(db, meeting_id)
        db.execute(
            "UPDATE agenda_items SET status = 'open' WHERE status = 'carried_over' AND id IN "
            "(SELECT carried_from_id FROM agenda_items WHERE meeting_id = ? AND status = 'open')",
            [meeting_id],
        )
        meetings.delete(db, meeting_id)
        _settle(db, meeting.mentor_id, stamp)


def move_item(
    db: Database, item_id: int, meeting_id: int, *, now: datetime | None = None
) -> AgendaItem:
    """Move one agenda item by hand to another planned meeting of the same mentor.

    From a planned meeting the item itself moves (keeping its link to where it came from);
    from a meeting that is over it is copied with a link back and the original is marked
    "carried over", as the rule does, so that meeting's record stays whole.
    """
    item = agenda_items.get(db, item_id)
    source = meetings.get(db, item.meeting_id)
    target = meetings.get(db, meeting_id)
    if target.id == source.id:
        return item
    if target.mentor_id != source.mentor_id:
        raise ValueError("an item moves only between meetings with the same mentor")
    if target.status != "planned":
        raise ValueError("an item can move only to a planned meeting")
    if item.status == "carried_over":
        raise ValueError("this item already moved on; move it from the meeting it is on now")
    if is_over(source) and item.status != "open":
        raise ValueError("this item was discussed there; add it again to the other meeting")
    stamp = to_db(now or utc_now())
    try:
        with transaction(db):
            position = db.execute(
                "SELECT coalesce(max(position), -1) + 1 FROM agenda_items WHERE meeting_id = ?",
                [target.id],
            ).fetchone()[0]
            if not is_over(source):
                db.execute(
                    "UPDATE agenda_items SET meeting_id = ?, position = ? WHERE id = ?",
                    [target.id, position, item.id],
                )
                return agenda_items.get(db, item.id)
            copy = AgendaItem(
                meeting_id=target.id,
                kind=item.kind,
                text=item.text,
                details=item.details,
                position=position,
                raised_by=item.raised_by,
                carried_from_id=item.id,
                feedback_id=item.feedback_id,
            )
            row = agenda_items.to_row(copy) | {"created_at": stamp}
            new_id = db.table("agenda_items").insert(row).last_pk
            db.execute("UPDATE agenda_items SET status = 'carried_over' WHERE id = ?", [item.id])
            return agenda_items.get(db, new_id)
    except sqlite3.IntegrityError as exc:
        raise ValueError("that meeting already has this item") from exc


def waiting_items(db: Database, mentor_id: int) -> list[AgendaItem]:
    """Open items on the mentor's meetings that are over: they wait for the next planned one."""
    rows = db.query(
        "SELECT a.* FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id "
        "WHERE m.mentor_id = ? AND m.status IN ('held', 'cancelled') AND a.status = 'open' "
        "AND a.action_item_id IS NULL ORDER BY m.starts_at, m.id, a.position, a.id",
        [mentor_id],
    )
    return [agenda_items.from_row(row) for row in rows]


def _undo_moves(db: Database, meeting_id: int) -> None:
    """Take back the copies this meeting handed on that nobody has touched since."""
    untouched = [
        (row[0], row[1])
        for row in db.execute(
            "SELECT c.id, c.carried_from_id FROM agenda_items c "
            "JOIN agenda_items o ON o.id = c.carried_from_id "
            "JOIN meetings m ON m.id = c.meeting_id "
            "WHERE o.meeting_id = ? AND o.status = 'carried_over' "
            "AND c.status = 'open' AND m.status = 'planned'",
            [meeting_id],
        ).fetchall()
    ]
    for copy_id, original_id in untouched:
        db.execute("DELETE FROM agenda_items WHERE id = ?", [copy_id])
        db.execute("UPDATE agenda_items SET status = 'open' WHERE id = ?", [original_id])


#: the few items still waiting, named: without statistics SQLite would rather look up the
#: many agenda items without a promise (action_item_id IS NULL) and read most of them
_WAITING = "INDEXED BY agenda_items_waiting"


def _settle(db: Database, mentor_id: int, stamp: str) -> None:
    """Hand every waiting item on to the first planned meeting after the one it waits on."""
    over = list(
        db.query(
            "SELECT DISTINCT m.id, m.starts_at FROM meetings m "
            f"JOIN agenda_items a {_WAITING} ON a.meeting_id = m.id "
            "WHERE m.mentor_id = ? AND m.status IN ('held', 'cancelled') "
            "AND a.status = 'open' AND a.action_item_id IS NULL ORDER BY m.starts_at, m.id",
            [mentor_id],
        )
    )
    for source in over:
        target = _first_planned_after(db, mentor_id, source["starts_at"], source["id"])
        if target is None:
            continue
        db.execute(
            "INSERT OR IGNORE INTO agenda_items (meeting_id, kind, text, details, position, "
            "raised_by, status, carried_from_id, feedback_id, created_at) "
            "SELECT :meeting, kind, text, details, "
            f"{_NEXT_POSITION} + row_number() OVER (ORDER BY position, id) - 1, "
            f"raised_by, 'open', id, feedback_id, :stamp FROM agenda_items {_WAITING} "
            "WHERE meeting_id = :source AND status = 'open' AND action_item_id IS NULL "
            "ORDER BY position, id",
            {"meeting": target, "source": source["id"], "stamp": stamp},
        )
        db.execute(
            f"UPDATE agenda_items {_WAITING} SET status = 'carried_over' "
            "WHERE meeting_id = :source AND status = 'open' AND action_item_id IS NULL "
            "AND id IN (SELECT carried_from_id FROM agenda_items WHERE meeting_id = :meeting)",
            {"meeting": target, "source": source["id"]},
        )


def _first_planned_after(db: Database, mentor_id: int, starts_at: str, meeting_id: int):
    row = db.execute(
        "SELECT id FROM meetings WHERE mentor_id = ? AND status = 'planned' "
        "AND (starts_at > ? OR (starts_at = ? AND id != ?)) ORDER BY starts_at, id LIMIT 1",
        [mentor_id, starts_at, starts_at, meeting_id],
    ).fetchone()
    return row[0] if row else None


#: the position after the last item of the meeting (read once per statement)
_NEXT_POSITION = (
    "(SELECT coalesce(max(position), -1) + 1 FROM agenda_items WHERE meeting_id = :meeting)"
)
_PROMISE_ORDER = "ORDER BY coalesce(due_on, '9999-12-31'), id"
