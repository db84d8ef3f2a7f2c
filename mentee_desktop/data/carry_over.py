"""Carry-over: a new meeting starts with what the last one left open.

Undiscussed agenda items of the previous meeting are copied in (linked to the original, which
is marked as carried over), and my open action items become "updates to give". Unique indexes
on (meeting, origin) make running it twice harmless.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from mentee_desktop.data import agenda_items, meetings
from mentee_desktop.data.agenda_items import AgendaItem
from mentee_desktop.data.errors import transaction
from mentee_desktop.data.timestamps import to_db, utc_now


@dataclass(frozen=True)
class CarryOverResult:
    carried_items: list[AgendaItem]
    updates: list[AgendaItem]

    @property
    def total(self) -> int:
        return len(self.carried_items) + len(self.updates)


def carry_over_open_items(
    db: Database, meeting_id: int, *, now: datetime | None = None
) -> CarryOverResult:
    """Bring the previous meeting's open items and my open promises into this meeting.

    Each of the two is one ``INSERT ... SELECT``: after years, a mentor can have hundreds of
    open promises, and one statement per row would make planning a meeting slow.
    """
    stamp = to_db(now or utc_now())
    with transaction(db):
        meeting = meetings.get(db, meeting_id)
        previous = meetings.previous_meeting(db, meeting)
        last_id = db.execute("SELECT coalesce(max(id), 0) FROM agenda_items").fetchone()[0]
        if previous is not None:
            db.execute(
                "INSERT OR IGNORE INTO agenda_items (meeting_id, kind, text, details, position, "
                "raised_by, status, carried_from_id, created_at) "
                "SELECT :meeting, kind, text, details, "
                f"{_NEXT_POSITION} + row_number() OVER (ORDER BY position, id) - 1, "
                "raised_by, 'open', id, :stamp FROM agenda_items "
                "WHERE meeting_id = :previous AND status = 'open' AND action_item_id IS NULL "
                "ORDER BY position, id",
                {"meeting": meeting_id, "previous": previous.id, "stamp": stamp},
            )
            db.execute(
                "UPDATE agenda_items SET status = 'carried_over' "
                "WHERE meeting_id = ? AND status = 'open' AND action_item_id IS NULL",
                [previous.id],
            )
        db.execute(
            "INSERT OR IGNORE INTO agenda_items (meeting_id, kind, text, details, position, "
            "raised_by, status, action_item_id, created_at) "
            "SELECT :meeting, 'update', title, details, "
            f"{_NEXT_POSITION} + row_number() OVER ({_PROMISE_ORDER}) - 1, "
            "'me', 'open', id, :stamp FROM action_items "
            "WHERE mentor_id = :mentor AND owner = 'me' AND status = 'open' "
            f"{_PROMISE_ORDER}",
            {"meeting": meeting_id, "mentor": meeting.mentor_id, "stamp": stamp},
        )
        listed = agenda_items.list_for_meeting(db, meeting_id)
        added = [item for item in listed if item.id > last_id]
    return CarryOverResult(
        carried_items=[item for item in added if item.carried_from_id is not None],
        updates=[item for item in added if item.action_item_id is not None],
    )


#: the position after the last item of the meeting (read once per statement)
_NEXT_POSITION = (
    "(SELECT coalesce(max(position), -1) + 1 FROM agenda_items WHERE meeting_id = :meeting)"
)
_PROMISE_ORDER = "ORDER BY coalesce(due_on, '9999-12-31'), id"
