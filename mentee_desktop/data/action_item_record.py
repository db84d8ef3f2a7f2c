"""An action item as stored: the record, its row in the table, and the filters lists share.

The record's own functions live in :mod:`action_items`; the Action items table's pages and bulk
delete in :mod:`action_item_table`; the follow-through record in :mod:`follow_through`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime

from sqlite_utils import Database

from mentee_desktop.data.timestamps import date_from_db, date_to_db, from_db, to_db, utc_now

OWNERS = ("me", "mentor")
STATUSES = ("open", "done", "dropped")
#: columns a list may be sorted by, as the UI names them
SORT_COLUMNS = {
    "title": "title COLLATE NOCASE",
    "owner": "owner",
    "due_on": "coalesce(due_on, '9999-12-31')",
    "status": "status",
    "source": "coalesce(meeting_id, 0)",
    "created_at": "created_at",
}


@dataclass
class ActionItem:
    mentor_id: int
    title: str
    owner: str = "me"
    details: str = ""
    due_on: date | None = None
    status: str = "open"
    completed_at: datetime | None = None
    meeting_id: int | None = None
    note_id: int | None = None
    feedback_id: int | None = None
    id: int | None = None
    created_at: datetime | None = field(default=None, compare=False)

    def is_overdue(self, today: date) -> bool:
        return self.status == "open" and self.due_on is not None and self.due_on < today

    @property
    def source(self) -> str:
        """Where the promise came from, in a word."""
        if self.note_id is not None:
            return "note"
        if self.feedback_id is not None:
            return "feedback"
        if self.meeting_id is not None:
            return "meeting"
        return ""


def from_row(row: dict) -> ActionItem:
    """The item a table row stores (dates parsed back)."""
    return ActionItem(
        **(
            row
            | {
                "due_on": date_from_db(row["due_on"]),
                "completed_at": from_db(row["completed_at"]),
                "created_at": from_db(row["created_at"]),
            }
        )
    )


def to_row(item: ActionItem) -> dict:
    """The row to store for an item, refusing one the store must not hold."""
    if not item.title.strip():
        raise ValueError("an action item needs a title")
    if item.owner not in OWNERS:
        raise ValueError(f"owner must be one of {OWNERS}")
    if item.status not in STATUSES:
        raise ValueError(f"unknown action item status {item.status!r}")
    row = asdict(item)
    row.pop("id")
    row["due_on"] = date_to_db(item.due_on)
    row["completed_at"] = to_db(item.completed_at)
    row["created_at"] = to_db(item.created_at)
    return row


def find(db: Database, item_id: int) -> ActionItem | None:
    """The item with this id, or None when there is none."""
    rows = list(db.query("SELECT * FROM action_items WHERE id = ?", [item_id]))
    return from_row(rows[0]) if rows else None


def row_to_insert(item: ActionItem, created_at: str) -> dict:
    """The row for a new item: its own id (when put back by undo) and creation time, if any."""
    row = to_row(item)
    row["created_at"] = row["created_at"] or created_at
    if item.id is not None:
        row["id"] = item.id
    return row


def insert(db: Database, item: ActionItem, *, now: datetime | None = None) -> int:
    """Insert without a transaction of its own (for callers that already hold one)."""
    row = row_to_insert(item, to_db(now or utc_now()))
    return db.table("action_items").insert(row).last_pk


def filters(
    mentor_id: int | None, status: str | None, owner: str | None, overdue_on: date | None
) -> tuple[str, list]:
    """The WHERE clause and its parameters for the filters every list of items offers."""
    clauses, params = [], []
    if mentor_id is not None:
        clauses.append("mentor_id = ?")
        params.append(mentor_id)
    if status is not None:
        clauses.append("status = ?")
        params.append(status)
    if owner is not None:
        clauses.append("owner = ?")
        params.append(owner)
    if overdue_on is not None:
        clauses.append("status = 'open' AND due_on IS NOT NULL AND due_on < ?")
        params.append(date_to_db(overdue_on))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params
