"""Which calendar event a meeting came from, so an updated invitation finds its meeting.

A meeting imported from an invitation keeps the event's UID, its RECURRENCE-ID for one
occurrence of a series (UTC text, "" for a single event) and the SEQUENCE it was imported at.
The columns live on ``meetings``; this module is the only one that reads or writes them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from mentee_desktop.data import meetings
from mentee_desktop.data.meetings import Meeting


@dataclass(frozen=True)
class CalendarLink:
    uid: str
    recurrence_id: str = ""
    sequence: int = 0


@dataclass(frozen=True)
class LinkedMeeting:
    meeting: Meeting
    link: CalendarLink


def _linked(row: dict) -> LinkedMeeting:
    link = CalendarLink(
        row["calendar_uid"], row["calendar_recurrence_id"], row["calendar_sequence"] or 0
    )
    return LinkedMeeting(meetings.from_row(row), link)


def find(db: Database, uid: str, recurrence_id: str = "") -> LinkedMeeting | None:
    """The meeting linked to one event (or one occurrence of a series), if any."""
    rows = list(
        db.query(
            "SELECT * FROM meetings WHERE calendar_uid = ? AND calendar_recurrence_id = ?",
            [uid, recurrence_id],
        )
    )
    return _linked(rows[0]) if rows else None


def series(db: Database, uid: str) -> list[LinkedMeeting]:
    """Every meeting linked to one UID (a single event, or each occurrence of a series)."""
    rows = db.query("SELECT * FROM meetings WHERE calendar_uid = ? ORDER BY starts_at, id", [uid])
    return [_linked(row) for row in rows]


def link_of(db: Database, meeting_id: int) -> CalendarLink | None:
    row = db.execute(
        "SELECT calendar_uid, calendar_recurrence_id, calendar_sequence FROM meetings WHERE id = ?",
        [meeting_id],
    ).fetchone()
    if row is None or row[0] is None:
        return None
    return CalendarLink(row[0], row[1], row[2] or 0)


def set_link(db: Database, meeting_id: int, link: CalendarLink | None) -> None:
    """Link a meeting to an event (None removes the link). Callers hold the transaction."""
    db.execute(
        "UPDATE meetings SET calendar_uid = ?, calendar_recurrence_id = ?, "
        "calendar_sequence = ? WHERE id = ?",
        [
            link.uid if link else None,
            link.recurrence_id if link else "",
            link.sequence if link else 0,
            meeting_id,
        ],
    )


def meeting_ids(db: Database) -> list[int]:
    """Every meeting id (to recognise an event this app exported itself)."""
    return [row[0] for row in db.execute("SELECT id FROM meetings").fetchall()]


# ----- what an import may change besides the meetings, so that it can be undone
@dataclass(frozen=True)
class ItemPlaces:
    """Where each agenda item of some mentors' meetings was, and the highest item id then."""

    last_item_id: int
    places: dict[int, tuple[int, str]]  # item id -> (meeting id, status)


def item_places(db: Database, mentor_ids: set[int]) -> ItemPlaces:
    """The meeting and status of every not-yet-discussed agenda item of these mentors."""
    last = db.execute("SELECT coalesce(max(id), 0) FROM agenda_items").fetchone()[0]
    places: dict[int, tuple[int, str]] = {}
    for mentor_id in sorted(mentor_ids):
        rows = db.execute(
            "SELECT a.id, a.meeting_id, a.status FROM agenda_items a "
            "JOIN meetings m ON m.id = a.meeting_id "
            "WHERE m.mentor_id = ? AND a.status != 'discussed'",
            [mentor_id],
        ).fetchall()
        places.update({row[0]: (row[1], row[2]) for row in rows})
    return ItemPlaces(last, places)


def restore_item_places(db: Database, before: ItemPlaces) -> None:
    """Put agenda items back where :func:`item_places` saw them; drop the copies carry-over
    made since (items the mentee typed meanwhile stay). Callers hold the transaction."""
    db.execute(
        "DELETE FROM agenda_items WHERE id > ? "
        "AND (carried_from_id IS NOT NULL OR action_item_id IS NOT NULL)",
        [before.last_item_id],
    )
    for item_id, (meeting_id, status) in before.places.items():
        db.execute(
            "UPDATE agenda_items SET meeting_id = ?, status = ? "
            "WHERE id = ? AND (meeting_id != ? OR status != ?)",
            [meeting_id, status, item_id, meeting_id, status],
        )
