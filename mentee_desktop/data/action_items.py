"""Action items: promises made by me or my mentor, with due dates and a follow-through record.

The record itself is :mod:`action_item_record`; the table's order and rows, bulk delete are
:mod:`action_item_table` and the follow-through count :mod:`follow_through`. Their public names
are importable from here too, where the window reads them.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlite_utils import Database

from mentee_desktop.data.action_item_record import (
    OWNERS,
    SORT_COLUMNS,
    STATUSES,
    ActionItem,
    filters,
    find,
    from_row,
    insert,
    row_to_insert,
    to_row,
)
from mentee_desktop.data.action_item_table import (
    DeletedActionItems,
    ListedActionItem,
    delete_many,
    list_order,
    read_listed,
    restore_many,
)
from mentee_desktop.data.errors import RecordNotFoundError, transaction
from mentee_desktop.data.follow_through import (
    FollowThrough,
    follow_through,
    follow_through_by_owner,
)
from mentee_desktop.data.rows import update_by_id
from mentee_desktop.data.timestamps import to_db, utc_now

#: what callers import from here: the record's own functions, and (for the window) the
#: record, the table's order and rows, bulk delete, and the follow-through record
__all__ = [
    "OWNERS",
    "SORT_COLUMNS",
    "STATUSES",
    "ActionItem",
    "DeletedActionItems",
    "FollowThrough",
    "ListedActionItem",
    "add",
    "add_many",
    "agreed_at_meeting",
    "count_items",
    "delete",
    "delete_many",
    "follow_through",
    "follow_through_by_owner",
    "get",
    "insert",
    "list_items",
    "list_order",
    "make_from_feedback",
    "make_from_note",
    "promises_since",
    "read_listed",
    "restore",
    "restore_many",
    "set_done",
    "set_status",
    "update",
]


def add(db: Database, item: ActionItem, *, now: datetime | None = None) -> ActionItem:
    with transaction(db):
        new_id = insert(db, item, now=now)
    return get(db, new_id)


def restore(db: Database, item: ActionItem) -> ActionItem:
    """Put a deleted item back with its id (for undo)."""
    return add(db, item)


def update(db: Database, item: ActionItem) -> ActionItem:
    if item.id is None:
        raise ValueError("cannot update an action item that was never added")
    row = to_row(item)
    row.pop("created_at")
    with transaction(db):
        update_by_id(db, "action_items", item.id, row, "action item")
    return get(db, item.id)


def set_done(db: Database, item_id: int, done: bool, *, now: datetime | None = None) -> ActionItem:
    """Tick (recording when, once: ticking a done item keeps its date) or untick an item."""
    with transaction(db):
        if done:
            db.execute(
                "UPDATE action_items SET status = 'done', "
                "completed_at = CASE WHEN status = 'done' THEN coalesce(completed_at, :at) "
                "ELSE :at END WHERE id = :id",
                {"at": to_db(now or utc_now()), "id": item_id},
            )
        else:
            db.execute(
                "UPDATE action_items SET status = 'open', completed_at = NULL WHERE id = ?",
                [item_id],
            )
    return get(db, item_id)


def set_status(db: Database, item_id: int, status: str, *, now: datetime | None = None) -> None:
    if status == "done":
        set_done(db, item_id, True, now=now)
        return
    if status not in STATUSES:
        raise ValueError(f"unknown action item status {status!r}")
    with transaction(db):
        db.execute(
            "UPDATE action_items SET status = ?, completed_at = NULL WHERE id = ?",
            [status, item_id],
        )


def delete(db: Database, item_id: int) -> ActionItem:
    item = get(db, item_id)
    with transaction(db):
        db.execute("DELETE FROM action_items WHERE id = ?", [item_id])
    return item


def get(db: Database, item_id: int) -> ActionItem:
    item = find(db, item_id)
    if item is None:
        raise RecordNotFoundError(f"action item {item_id} does not exist")
    return item


def list_items(
    db: Database,
    *,
    mentor_id: int | None = None,
    status: str | None = None,
    owner: str | None = None,
    overdue_on: date | None = None,
    sort: str = "due_on",
    descending: bool = False,
    limit: int = -1,
    offset: int = 0,
) -> list[ActionItem]:
    """One page of action items matching the filters, sorted as asked."""
    where, params = filters(mentor_id, status, owner, overdue_on)
    order = SORT_COLUMNS[sort] + (" DESC" if descending else "")
    sql = f"SELECT * FROM action_items{where} ORDER BY {order}, id LIMIT ? OFFSET ?"
    return [from_row(r) for r in db.query(sql, [*params, limit, offset])]


def count_items(
    db: Database,
    *,
    mentor_id: int | None = None,
    status: str | None = None,
    owner: str | None = None,
    overdue_on: date | None = None,
) -> int:
    where, params = filters(mentor_id, status, owner, overdue_on)
    return db.execute(f"SELECT count(*) FROM action_items{where}", params).fetchone()[0]


def _make_from_source(
    db: Database, source_sql: str, source: str, source_id: int, item: ActionItem, now
) -> ActionItem:
    """Add ``item`` as my promise for the mentor and meeting its source belongs to."""
    rows = list(db.query(source_sql, [source_id]))
    if not rows:
        raise RecordNotFoundError(f"{source} {source_id} does not exist")
    item.mentor_id, item.meeting_id = rows[0]["mentor_id"], rows[0]["meeting_id"]
    return add(db, item, now=now)


def make_from_note(
    db: Database,
    note_id: int,
    *,
    title: str,
    due_on: date | None = None,
    now: datetime | None = None,
) -> ActionItem:
    """Turn a listening note's insight into my action item, linked to the note and meeting."""
    return _make_from_source(
        db,
        "SELECT n.meeting_id, m.mentor_id FROM listening_notes n "
        "JOIN meetings m ON m.id = n.meeting_id WHERE n.id = ?",
        "listening note",
        note_id,
        ActionItem(mentor_id=0, title=title, due_on=due_on, note_id=note_id),
        now,
    )


def make_from_feedback(
    db: Database,
    feedback_id: int,
    *,
    title: str,
    due_on: date | None = None,
    now: datetime | None = None,
) -> ActionItem:
    """Turn a feedback answer into my action item, linked to the request; the whole answer
    goes into the details when the title is only part of it."""
    rows = list(db.query("SELECT answer FROM feedback_requests WHERE id = ?", [feedback_id]))
    answer = rows[0]["answer"] if rows else ""
    details = answer if " ".join(answer.split()) != title else ""
    return _make_from_source(
        db,
        "SELECT mentor_id, meeting_id FROM feedback_requests WHERE id = ?",
        "feedback request",
        feedback_id,
        ActionItem(
            mentor_id=0, title=title, details=details, due_on=due_on, feedback_id=feedback_id
        ),
        now,
    )


def add_many(db: Database, items: list[ActionItem], *, now: datetime | None = None) -> int:
    """Insert many items in one transaction (imports, large test stores); returns how many."""
    stamp = to_db(now or utc_now())
    rows = [row_to_insert(item, stamp) for item in items]
    with transaction(db):
        db.table("action_items").insert_all(rows, batch_size=500)
    return len(rows)


def promises_since(db: Database, mentor_id: int, since: datetime | None) -> list[ActionItem]:
    """Both partners' promises worth an update: still open, or done since ``since``.

    With no ``since`` (no earlier meeting) only the open ones. Mine first, then by due date.
    """
    rows = db.query(
        "SELECT * FROM action_items WHERE mentor_id = ? AND "
        "(status = 'open' OR (status = 'done' AND completed_at >= ?)) "
        "ORDER BY owner, coalesce(due_on, '9999-12-31'), id",
        [mentor_id, to_db(since) if since else "9999"],
    )
    return [from_row(r) for r in rows]


def agreed_at_meeting(db: Database, meeting_id: int) -> list[ActionItem]:
    """The promises made at one meeting (not dropped), mine first, then by due date."""
    rows = db.query(
        "SELECT * FROM action_items WHERE meeting_id = ? AND status != 'dropped' "
        "ORDER BY owner, coalesce(due_on, '9999-12-31'), id",
        [meeting_id],
    )
    return [from_row(r) for r in rows]
