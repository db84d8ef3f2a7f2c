"""The Action items table: the order of its items, the rows it shows, bulk delete and undo."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlite_utils import Database

from mentee_desktop.data.action_item_record import (
    SORT_COLUMNS,
    ActionItem,
    filters,
    find,
    from_row,
    insert,
)
from mentee_desktop.data.errors import transaction
from mentee_desktop.data.timestamps import from_db


@dataclass(frozen=True)
class ListedActionItem:
    """An action item as the table shows it, with when its source meeting took place."""

    item: ActionItem
    source_meeting_at: datetime | None


#: like SORT_COLUMNS, but "source" sorts by when the source meeting took place
_ORDER_COLUMNS = SORT_COLUMNS | {
    "source": "coalesce((SELECT starts_at FROM meetings "
    "WHERE meetings.id = action_items.meeting_id), '9999')"
}


def list_order(
    db: Database,
    *,
    mentor_id: int | None = None,
    status: str | None = None,
    owner: str | None = None,
    overdue_on: date | None = None,
    sort: str = "due_on",
    descending: bool = False,
) -> list[int]:
    """The ids of the items matching the filters, in the table's order (ties by id).

    Only ids, so even a mentor's 5,000 items are ordered in a millisecond or two (in due-date
    order from an index); the table reads the rows it shows with :func:`read_listed`.
    Sorting by "source" orders by the source meeting's start, items without one last.
    """
    where, params = filters(mentor_id, status, owner, overdue_on)
    direction = " DESC" if descending else ""
    sql = (
        f"SELECT id FROM action_items{where} "
        f"ORDER BY {_ORDER_COLUMNS[sort]}{direction}, id{direction}"
    )
    return [row[0] for row in db.execute(sql, params).fetchall()]


def read_listed(db: Database, item_ids: list[int]) -> list[ListedActionItem | None]:
    """The items with these ids, in the same order, each with its source meeting's start;
    None in the place of an id that is no longer stored."""
    if not item_ids:
        return []
    sql = (
        "SELECT a.*, m.starts_at AS source_meeting_at FROM action_items a "
        "LEFT JOIN meetings m ON m.id = a.meeting_id "
        f"WHERE a.id IN ({', '.join('?' * len(item_ids))})"
    )
    found = {}
    for row in db.query(sql, item_ids):
        meeting_at = from_db(row.pop("source_meeting_at"))
        found[row["id"]] = ListedActionItem(from_row(row), meeting_at)
    return [found.get(item_id) for item_id in item_ids]


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
            item = find(db, item_id)
            if item is None:
                continue
            items.append(item)
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
