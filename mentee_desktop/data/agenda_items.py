"""Agenda items: what the mentee brings to a meeting, in the order they want to raise it."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime

from sqlite_utils import Database

from mentee_desktop.data.errors import RecordNotFoundError, transaction
from mentee_desktop.data.rows import update_by_id
from mentee_desktop.data.timestamps import from_db, to_db, utc_now

KINDS = ("question", "topic", "update", "share", "feedback")
RAISED_BY = ("me", "mentor")
STATUSES = ("open", "discussed", "carried_over")


@dataclass
class AgendaItem:
    meeting_id: int
    kind: str
    text: str
    details: str = ""
    position: int = 0
    raised_by: str = "me"
    status: str = "open"
    carried_from_id: int | None = None
    action_item_id: int | None = None
    id: int | None = None
    #: the feedback request a "feedback I want" item is (the same record seen from Prepare)
    feedback_id: int | None = None
    created_at: datetime | None = field(default=None, compare=False)

    @property
    def is_carried_over(self) -> bool:
        return self.carried_from_id is not None


def from_row(row: dict) -> AgendaItem:
    """An item from an ``agenda_items`` row."""
    return AgendaItem(**(row | {"created_at": from_db(row["created_at"])}))


def to_row(item: AgendaItem) -> dict:
    """The row for an item (its id and creation time left to the caller)."""
    if item.kind not in KINDS:
        raise ValueError(f"unknown agenda item kind {item.kind!r}")
    if item.raised_by not in RAISED_BY:
        raise ValueError(f"raised_by must be one of {RAISED_BY}")
    if item.status not in STATUSES:
        raise ValueError(f"unknown agenda item status {item.status!r}")
    row = asdict(item)
    row.pop("id")
    row["created_at"] = to_db(item.created_at) if item.created_at else None
    return row


def _next_position(db: Database, meeting_id: int) -> int:
    return db.execute(
        "SELECT coalesce(max(position), -1) + 1 FROM agenda_items WHERE meeting_id = ?",
        [meeting_id],
    ).fetchone()[0]


def insert(db: Database, item: AgendaItem, *, now: datetime | None = None) -> int:
    """Insert at the end of the meeting's agenda; no transaction of its own."""
    row = to_row(item)
    row["position"] = _next_position(db, item.meeting_id)
    row["created_at"] = row["created_at"] or to_db(now or utc_now())
    if item.id is not None:
        row["id"] = item.id
    return db.table("agenda_items").insert(row).last_pk


def add(db: Database, item: AgendaItem, *, now: datetime | None = None) -> AgendaItem:
    """Add at the end; "feedback I want" also becomes a feedback request (one record)."""
    if not item.text.strip():
        raise ValueError("an agenda item needs some text")
    with transaction(db):
        if item.kind == "feedback" and item.feedback_id is None:
            item = replace(item, feedback_id=_new_request(db, item, now))
        new_id = insert(db, item, now=now)
    return get(db, new_id)


def _new_request(db: Database, item: AgendaItem, now: datetime | None) -> int | None:
    from mentee_desktop.data import feedback

    row = db.execute("SELECT mentor_id FROM meetings WHERE id = ?", [item.meeting_id]).fetchone()
    if row is None:
        return None
    stamp = to_db(now or utc_now())
    return feedback.add_for_agenda_item(db, row[0], item.meeting_id, item.text, item.details, stamp)


def restore(db: Database, item: AgendaItem) -> AgendaItem:
    """Put a deleted item back exactly as it was (same id and position), for undo."""
    row = to_row(item) | {"id": item.id}
    with transaction(db):
        db.table("agenda_items").insert(row)
    return get(db, item.id)


def update(db: Database, item: AgendaItem) -> AgendaItem:
    if item.id is None:
        raise ValueError("cannot update an agenda item that was never added")
    row = to_row(item)
    row.pop("created_at")
    with transaction(db):
        if item.feedback_id is not None and item.status == "open":
            from mentee_desktop.data import feedback

            feedback.follow_agenda_item(db, item.feedback_id, item.text, item.details)
        update_by_id(db, "agenda_items", item.id, row, "agenda item")
    return get(db, item.id)


def set_status(db: Database, item_id: int, status: str) -> None:
    if status not in STATUSES:
        raise ValueError(f"unknown agenda item status {status!r}")
    with transaction(db):
        db.execute("UPDATE agenda_items SET status = ? WHERE id = ?", [status, item_id])


def delete(db: Database, item_id: int) -> AgendaItem:
    """Delete and return the item, so the caller can offer undo."""
    item = get(db, item_id)
    with transaction(db):
        db.execute("DELETE FROM agenda_items WHERE id = ?", [item_id])
    return item


def get(db: Database, item_id: int) -> AgendaItem:
    rows = list(db.query("SELECT * FROM agenda_items WHERE id = ?", [item_id]))
    if not rows:
        raise RecordNotFoundError(f"agenda item {item_id} does not exist")
    return from_row(rows[0])


def list_for_meeting(db: Database, meeting_id: int) -> list[AgendaItem]:
    """The meeting's agenda in the mentee's order (uses ``agenda_items_by_meeting``)."""
    rows = db.query(
        "SELECT * FROM agenda_items WHERE meeting_id = ? ORDER BY position, id", [meeting_id]
    )
    return [from_row(r) for r in rows]


def brought_in_counts(db: Database, meeting_id: int) -> tuple[int, int]:
    """How many of a meeting's items were carried over, and how many are updates on promises.

    Counted in the store: telling the mentee what a new meeting took in needs no agenda read.
    """
    row = db.execute(
        "SELECT count(carried_from_id), count(action_item_id) FROM agenda_items "
        "WHERE meeting_id = ?",
        [meeting_id],
    ).fetchone()
    return row[0], row[1]


def done_promises(db: Database, meeting_id: int) -> set[int]:
    """The meeting's "update" items whose promise (action item) is done by now."""
    rows = db.execute(
        "SELECT a.id FROM agenda_items a JOIN action_items x ON x.id = a.action_item_id "
        "WHERE a.meeting_id = ? AND x.status = 'done'",
        [meeting_id],
    ).fetchall()
    return {row[0] for row in rows}


def reorder(db: Database, meeting_id: int, ordered_ids: list[int]) -> None:
    """Give the listed items positions 0..n-1 in that order, all in one transaction."""
    with transaction(db):
        for position, item_id in enumerate(ordered_ids):
            db.execute(
                "UPDATE agenda_items SET position = ? WHERE id = ? AND meeting_id = ?",
                [position, item_id, meeting_id],
            )


def move(db: Database, item_id: int, steps: int) -> None:
    """Move an item up (negative) or down among the items of the same kind."""
    item = get(db, item_id)
    agenda = list_for_meeting(db, item.meeting_id)
    siblings = [i.id for i in agenda]
    same_kind = [i.id for i in agenda if i.kind == item.kind]
    index = same_kind.index(item_id)
    target = max(0, min(len(same_kind) - 1, index + steps))
    if target == index:
        return
    swap_with = same_kind[target]
    a, b = siblings.index(item_id), siblings.index(swap_with)
    siblings[a], siblings[b] = siblings[b], siblings[a]
    reorder(db, item.meeting_id, siblings)


def readiness(items: list[AgendaItem]) -> Counter:
    """How many open items of each kind the mentee has prepared."""
    return Counter(item.kind for item in items if item.status != "discussed")


def order_within_kind(items: list[AgendaItem], item_id: int, index: int) -> list[int]:
    """The agenda's ids after placing one item at ``index`` among the items of its kind.

    Items of other kinds keep their places; only the slots of this kind are re-filled.
    """
    moving = next(i for i in items if i.id == item_id)
    same_kind = [i.id for i in items if i.kind == moving.kind and i.id != item_id]
    same_kind.insert(max(0, min(len(same_kind), index)), item_id)
    refill = iter(same_kind)
    return [next(refill) if i.kind == moving.kind else i.id for i in items]


def move_within_kind(db: Database, item_id: int, index: int) -> None:
    """Place an item at ``index`` among its kind (what a drag and drop does)."""
    item = get(db, item_id)
    agenda = list_for_meeting(db, item.meeting_id)
    reorder(db, item.meeting_id, order_within_kind(agenda, item_id, index))


# ----- for the Relationship tab: what I shared with my mentor


@dataclass(frozen=True)
class SharedItem:
    """A "something I can share" item with when and where (which meeting) it was shared."""

    item: AgendaItem
    meeting_starts_at: datetime
    meeting_timezone: str
    meeting_status: str


def shared_with_mentor(db: Database, mentor_id: int, *, limit: int = 200) -> list[SharedItem]:
    """The things I brought to share with this mentor (mutual learning), newest meeting first.

    Items of cancelled meetings are left out: they were never shared.
    """
    rows = db.query(
        "SELECT a.*, m.starts_at AS meeting_starts_at, m.timezone AS meeting_timezone, "
        "m.status AS meeting_status FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id "
        "WHERE m.mentor_id = ? AND a.kind = 'share' AND m.status != 'cancelled' "
        "ORDER BY m.starts_at DESC, a.position, a.id LIMIT ?",
        [mentor_id, limit],
    )
    shared = []
    for row in rows:
        starts_at = from_db(row.pop("meeting_starts_at"))
        zone = row.pop("meeting_timezone")
        status = row.pop("meeting_status")
        shared.append(SharedItem(from_row(row), starts_at, zone, status))
    return shared
