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
    """Bring the previous meeting's open items and my open promises into this meeting."""
    stamp = to_db(now or utc_now())
    carried: list[int] = []
    updates: list[int] = []
    with transaction(db):
        meeting = meetings.get(db, meeting_id)
        previous = meetings.previous_meeting(db, meeting)
        position = db.execute(
            "SELECT coalesce(max(position), -1) + 1 FROM agenda_items WHERE meeting_id = ?",
            [meeting_id],
        ).fetchone()[0]
        if previous is not None:
            leftovers = db.query(
                "SELECT * FROM agenda_items WHERE meeting_id = ? AND status = 'open' "
                "AND action_item_id IS NULL ORDER BY position, id",
                [previous.id],
            )
            for row in list(leftovers):
                cursor = db.execute(
                    "INSERT OR IGNORE INTO agenda_items (meeting_id, kind, text, details, "
                    "position, raised_by, status, carried_from_id, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?)",
                    [
                        meeting_id,
                        row["kind"],
                        row["text"],
                        row["details"],
                        position,
                        row["raised_by"],
                        row["id"],
                        stamp,
                    ],
                )
                if cursor.rowcount:
                    carried.append(cursor.lastrowid)
                    position += 1
                db.execute(
                    "UPDATE agenda_items SET status = 'carried_over' WHERE id = ?", [row["id"]]
                )
        promises = db.query(
            "SELECT id, title, details FROM action_items WHERE mentor_id = ? AND owner = 'me' "
            "AND status = 'open' ORDER BY coalesce(due_on, '9999-12-31'), id",
            [meeting.mentor_id],
        )
        for promise in list(promises):
            cursor = db.execute(
                "INSERT OR IGNORE INTO agenda_items (meeting_id, kind, text, details, position, "
                "raised_by, status, action_item_id, created_at) "
                "VALUES (?, 'update', ?, ?, ?, 'me', 'open', ?, ?)",
                [meeting_id, promise["title"], promise["details"], position, promise["id"], stamp],
            )
            if cursor.rowcount:
                updates.append(cursor.lastrowid)
                position += 1
    return CarryOverResult(
        carried_items=[agenda_items.get(db, i) for i in carried],
        updates=[agenda_items.get(db, i) for i in updates],
    )
