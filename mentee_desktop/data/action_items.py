"""Action items: promises made by me or my mentor, with due dates and a follow-through record."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta, tzinfo

from sqlite_utils import Database

from mentee_desktop.data.errors import RecordNotFoundError, transaction
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


@dataclass(frozen=True)
class FollowThrough:
    """The record that builds trust: promises kept on time, kept late, still open."""

    on_time: int
    late: int
    open: int
    overdue: int


def _from_row(row: dict) -> ActionItem:
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


def _to_row(item: ActionItem) -> dict:
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


def insert(db: Database, item: ActionItem, *, now: datetime | None = None) -> int:
    """Insert without a transaction of its own (for callers that already hold one)."""
    row = _to_row(item)
    row["created_at"] = row["created_at"] or to_db(now or utc_now())
    if item.id is not None:
        row["id"] = item.id
    return db.table("action_items").insert(row).last_pk


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
    row = _to_row(item)
    row.pop("created_at")
    with transaction(db):
        cursor = db.execute(
            "UPDATE action_items SET "
            + ", ".join(f"{name} = :{name}" for name in row)
            + " WHERE id = :id",
            row | {"id": item.id},
        )
    if cursor.rowcount == 0:
        raise RecordNotFoundError(f"action item {item.id} does not exist")
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
    rows = list(db.query("SELECT * FROM action_items WHERE id = ?", [item_id]))
    if not rows:
        raise RecordNotFoundError(f"action item {item_id} does not exist")
    return _from_row(rows[0])


def _filters(
    mentor_id: int | None, status: str | None, owner: str | None, overdue_on: date | None
) -> tuple[str, list]:
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
    where, params = _filters(mentor_id, status, owner, overdue_on)
    order = SORT_COLUMNS[sort] + (" DESC" if descending else "")
    sql = f"SELECT * FROM action_items{where} ORDER BY {order}, id LIMIT ? OFFSET ?"
    return [_from_row(r) for r in db.query(sql, [*params, limit, offset])]


def count_items(
    db: Database,
    *,
    mentor_id: int | None = None,
    status: str | None = None,
    owner: str | None = None,
    overdue_on: date | None = None,
) -> int:
    where, params = _filters(mentor_id, status, owner, overdue_on)
    return db.execute(f"SELECT count(*) FROM action_items{where}", params).fetchone()[0]


def follow_through(
    db: Database, today: date, zone: tzinfo, *, mentor_id: int | None = None, owner: str = "me"
) -> FollowThrough:
    """Count promises kept on time, kept late and still open (dates in the user's zone)."""
    offset = datetime.combine(today, datetime.min.time(), zone).utcoffset() or timedelta()
    minutes = int(offset.total_seconds() // 60)
    where, params = _filters(mentor_id, None, owner, None)
    row = db.execute(
        "SELECT "
        "sum(status = 'done' AND (due_on IS NULL OR date(completed_at, ?) <= due_on)), "
        "sum(status = 'done' AND due_on IS NOT NULL AND date(completed_at, ?) > due_on), "
        "sum(status = 'open'), "
        "sum(status = 'open' AND due_on IS NOT NULL AND due_on < ?) "
        f"FROM action_items{where}",
        [f"{minutes:+d} minutes", f"{minutes:+d} minutes", date_to_db(today), *params],
    ).fetchone()
    return FollowThrough(*(value or 0 for value in row))


def make_from_note(
    db: Database,
    note_id: int,
    *,
    title: str,
    due_on: date | None = None,
    now: datetime | None = None,
) -> ActionItem:
    """Turn a listening note's insight into my action item, linked to the note and meeting."""
    rows = list(
        db.query(
            "SELECT n.meeting_id, m.mentor_id FROM listening_notes n "
            "JOIN meetings m ON m.id = n.meeting_id WHERE n.id = ?",
            [note_id],
        )
    )
    if not rows:
        raise RecordNotFoundError(f"listening note {note_id} does not exist")
    item = ActionItem(
        mentor_id=rows[0]["mentor_id"],
        title=title,
        due_on=due_on,
        meeting_id=rows[0]["meeting_id"],
        note_id=note_id,
    )
    return add(db, item, now=now)


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
    rows = list(
        db.query(
            "SELECT mentor_id, meeting_id, answer FROM feedback_requests WHERE id = ?",
            [feedback_id],
        )
    )
    if not rows:
        raise RecordNotFoundError(f"feedback request {feedback_id} does not exist")
    item = ActionItem(
        mentor_id=rows[0]["mentor_id"],
        title=title,
        details=rows[0]["answer"] if " ".join(rows[0]["answer"].split()) != title else "",
        due_on=due_on,
        meeting_id=rows[0]["meeting_id"],
        feedback_id=feedback_id,
    )
    return add(db, item, now=now)


# ----- for the Action items table: pages with their source, positions, bulk delete


@dataclass(frozen=True)
class ListedActionItem:
    """An action item as the table shows it, with when its source meeting took place.

    ``page_key`` marks its place in the list's order; pass the last one as ``after`` to
    :func:`list_page` to read the next page.
    """

    item: ActionItem
    source_meeting_at: datetime | None
    page_key: tuple = ()


#: like SORT_COLUMNS, but "source" sorts by when the source meeting took place
_PAGE_SORT_COLUMNS = SORT_COLUMNS | {"source": "coalesce(source_meeting_at, '9999')"}
_WITH_SOURCE = (
    "SELECT *, (SELECT starts_at FROM meetings WHERE meetings.id = action_items.meeting_id)"
    " AS source_meeting_at FROM action_items"
)


def list_page(
    db: Database,
    *,
    mentor_id: int | None = None,
    status: str | None = None,
    owner: str | None = None,
    overdue_on: date | None = None,
    sort: str = "due_on",
    descending: bool = False,
    limit: int = -1,
    after: tuple | None = None,
) -> list[ListedActionItem]:
    """One page of the table: items matching the filters, sorted, with their source's start.

    Pages continue ``after`` the last item's ``page_key`` rather than at an offset, so an item
    ticked or edited on an earlier page never makes the next page skip or repeat one.
    Sorting by "source" orders by the source meeting's start; ties are ordered by id.
    """
    where, params = _filters(mentor_id, status, owner, overdue_on)
    key = _PAGE_SORT_COLUMNS[sort]
    direction, compare = (" DESC", "<") if descending else ("", ">")
    after_clause = f" WHERE ({key}, id) {compare} (?, ?)" if after else ""
    sql = (
        f"SELECT *, {key} AS page_value FROM ({_WITH_SOURCE}{where}){after_clause} "
        f"ORDER BY {key}{direction}, id{direction} LIMIT ?"
    )
    listed = []
    for row in db.query(sql, [*params, *(after or ()), limit]):
        meeting_at = from_db(row.pop("source_meeting_at"))
        page_key = (row.pop("page_value"), row["id"])
        listed.append(ListedActionItem(_from_row(row), meeting_at, page_key))
    return listed


def position_in_page_order(
    db: Database,
    item_id: int,
    *,
    mentor_id: int | None = None,
    status: str | None = None,
    owner: str | None = None,
    overdue_on: date | None = None,
    sort: str = "due_on",
    descending: bool = False,
) -> int | None:
    """Where an item sits (0-based) in :func:`list_page`'s order; None when filtered out.

    Lets a lazily loaded table read up to one item in a single step.
    """
    where, params = _filters(mentor_id, status, owner, overdue_on)
    direction = " DESC" if descending else ""
    order = f"{_PAGE_SORT_COLUMNS[sort]}{direction}, id{direction}"
    sql = (
        "SELECT position FROM (SELECT id, "
        f"row_number() OVER (ORDER BY {order}) - 1 AS position "
        f"FROM ({_WITH_SOURCE}{where})) WHERE id = ?"
    )
    row = db.execute(sql, [*params, item_id]).fetchone()
    return row[0] if row else None


class DeletedActionItems(list):
    """Deleted items (a list, to count and name them) plus the links their deletion undid.

    Deleting an item clears the agenda "update" that pointed at it and its goal links; undo
    puts those back too, so the next carry-over does not add the promise a second time.
    """

    def __init__(
        self,
        items: list[ActionItem],
        agenda_links: list[tuple[int, int]] = (),
        goal_links: list[tuple[int, int]] = (),
    ):
        super().__init__(items)
        self.agenda_links = list(agenda_links)  # (agenda item id, action item id)
        self.goal_links = list(goal_links)  # (goal id, action item id)


def delete_many(db: Database, item_ids: list[int]) -> DeletedActionItems:
    """Delete several items at once; returns them (with their links) so they can be restored."""
    items: list[ActionItem] = []
    agenda_links: list[tuple[int, int]] = []
    goal_links: list[tuple[int, int]] = []
    with transaction(db):
        for item_id in item_ids:
            rows = list(db.query("SELECT * FROM action_items WHERE id = ?", [item_id]))
            if not rows:
                continue
            items.append(_from_row(rows[0]))
            agenda_links += db.execute(
                "SELECT id, action_item_id FROM agenda_items WHERE action_item_id = ?", [item_id]
            ).fetchall()
            goal_links += db.execute(
                "SELECT goal_id, action_item_id FROM goal_links WHERE action_item_id = ?",
                [item_id],
            ).fetchall()
            db.execute("DELETE FROM action_items WHERE id = ?", [item_id])
    return DeletedActionItems(items, agenda_links, goal_links)


def restore_many(db: Database, items: list[ActionItem]) -> None:
    """Put deleted items back with their ids and links, all or none (for undo)."""
    with transaction(db):
        for item in items:
            insert(db, item)
        for agenda_item_id, action_item_id in getattr(items, "agenda_links", []):
            db.execute(
                "UPDATE agenda_items SET action_item_id = ? "
                "WHERE id = ? AND action_item_id IS NULL",
                [action_item_id, agenda_item_id],
            )
        for goal_id, action_item_id in getattr(items, "goal_links", []):
            db.execute(
                "INSERT OR IGNORE INTO goal_links (goal_id, action_item_id) "
                "SELECT ?, ? WHERE EXISTS (SELECT 1 FROM goals WHERE id = ?)",
                [goal_id, action_item_id, goal_id],
            )


def add_many(db: Database, items: list[ActionItem], *, now: datetime | None = None) -> int:
    """Insert many items in one transaction (imports, large test stores); returns how many."""
    stamp = to_db(now or utc_now())
    rows = []
    for item in items:
        row = _to_row(item)
        row["created_at"] = row["created_at"] or stamp
        if item.id is not None:
            row["id"] = item.id
        rows.append(row)
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
    return [_from_row(r) for r in rows]


def agreed_at_meeting(db: Database, meeting_id: int) -> list[ActionItem]:
    """The promises made at one meeting (not dropped), mine first, then by due date."""
    rows = db.query(
        "SELECT * FROM action_items WHERE meeting_id = ? AND status != 'dropped' "
        "ORDER BY owner, coalesce(due_on, '9999-12-31'), id",
        [meeting_id],
    )
    return [_from_row(r) for r in rows]
