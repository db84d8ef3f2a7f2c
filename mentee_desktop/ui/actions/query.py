"""What the Action items table shows: its columns, how each sorts in the store, and the
filters (which items, whose promises)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import IntEnum


class Column(IntEnum):
    DONE = 0
    TITLE = 1
    OWNER = 2
    DUE = 3
    STATUS = 4
    SOURCE = 5


#: the store's sort key for each column
SORT_KEYS = {
    Column.DONE: "status",
    Column.TITLE: "title",
    Column.OWNER: "owner",
    Column.DUE: "due_on",
    Column.STATUS: "status",
    Column.SOURCE: "source",
}
SHOW_CHOICES = ("open", "overdue", "done", "all")
OWNER_CHOICES = ("everyone", "me", "mentor")


@dataclass(frozen=True)
class Query:
    """Which action items the table shows and in which order."""

    mentor_id: int | None = None
    show: str = "open"
    owner: str = "everyone"
    sort: str = "due_on"
    descending: bool = False

    def store_filters(self, today: date) -> dict:
        """The keyword arguments the store's list and count functions take."""
        filters: dict = {"mentor_id": self.mentor_id}
        if self.show in ("open", "done"):
            filters["status"] = self.show
        elif self.show == "overdue":
            filters["overdue_on"] = today
        if self.owner in ("me", "mentor"):
            filters["owner"] = self.owner
        return filters
