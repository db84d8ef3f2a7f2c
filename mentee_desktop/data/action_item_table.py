"""The Action items table: pages of items with their source, positions, bulk delete and undo."""

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
    where, params = filters(mentor_id, status, owner, overdue_on)
    key = _PAGE_SORT_COLUMNS[sort]
    direction, compare = (" DESC", "<") if descending else ("", ">")
    # the first comparison repeats part of the second so SQLite can seek in the page index
    after_clause = f" WHERE {key} {compare}= ? AND ({key}, id) {compare} (?, ?)" if after else ""
    sql = (
        f"SELECT *, {key} AS page_value FROM ({_WITH_SOURCE}{where}){after_clause} "
        f"ORDER BY {key}{direction}, id{direction} LIMIT ?"
    )
    listed = []
    after_params = [after[0], *after] if after else []
    for row in db.query(sql, [*params, *after_params, limit]):
        meeting_at = from_db(row.pop("source_meeting_at"))
        page_key = (row.pop("page_value"), row["id"])
        listed.append(ListedActionItem(from_row(row), meeting_at, page_key))
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
    where, params = filters(mentor_id, status, owner, overdue_on)
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
