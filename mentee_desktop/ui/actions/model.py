"""The Action items table: one mentor's promises, read from the store a page at a time.

Filtering and sorting happen in SQL, and rows arrive in pages as the table scrolls
(``canFetchMore``/``fetchMore``), so a mentor with 20,000 action items opens as fast as one
with ten.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from mentee_desktop.data import action_items
from mentee_desktop.data.action_items import ActionItem, ListedActionItem
from mentee_desktop.data.record_kind import RecordKind
from mentee_desktop.ui.actions.query import (
    OWNER_CHOICES,
    SHOW_CHOICES,
    SORT_KEYS,
    Column,
    Query,
)
from mentee_desktop.ui.shell.services import AppServices
from mentee_desktop.ui.widgets import dates

__all__ = ["OWNER_CHOICES", "SHOW_CHOICES", "ActionItemsModel", "Column", "Query"]

PAGE = 200
#: how much of a long title or details a cell or tooltip shows (the store keeps all of it)
SHOWN_CHARS = 300
Index = QModelIndex | QPersistentModelIndex


def medium_date_format(locale: QLocale) -> str:
    """The one short date form ("25 Nov 2026"), see :func:`dates.date_format`."""
    return dates.date_format(locale)


def shorten(text: str, limit: int = SHOWN_CHARS) -> str:
    """One line of at most ``limit`` characters, for a cell (the stored text is untouched)."""
    line = " ".join(text[: limit * 2].split())
    return line if len(line) <= limit and len(text) <= limit * 2 else line[:limit] + "…"


def source_of(item: ActionItem) -> tuple[str, int] | None:
    """The record a promise came from, as (kind, id) for ``open_record``."""
    if item.note_id is not None:
        return (RecordKind.NOTE, item.note_id)
    if item.feedback_id is not None:
        return (RecordKind.FEEDBACK, item.feedback_id)
    if item.meeting_id is not None:
        return (RecordKind.MEETING, item.meeting_id)
    return None


#: the roles and flags a cell is asked for while the table paints, looked up once: every
#: visible cell is asked for many roles, most of which this model leaves to the view
_Role = Qt.ItemDataRole
_ANSWERED_ROLES = frozenset(
    int(role)
    for role in (
        _Role.DisplayRole,
        _Role.AccessibleTextRole,
        _Role.ToolTipRole,
        _Role.ForegroundRole,
        _Role.FontRole,
        _Role.CheckStateRole,
        _Role.UserRole + 1,
        _Role.UserRole + 2,
        _Role.UserRole + 3,
    )
)
_DISPLAY = int(_Role.DisplayRole)
_CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_CHECK_FLAGS = _CELL_FLAGS | Qt.ItemFlag.ItemIsUserCheckable


def _alarm_color() -> QColor:
    """A red that reads well on the current palette (light or dark)."""
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return QColor("#ff8a80") if base.lightness() < 128 else QColor("#b3261e")


class ActionItemsModel(QAbstractTableModel):
    ItemIdRole = Qt.ItemDataRole.UserRole + 1
    #: (kind, id) of the record the item came from, or None
    SourceRole = Qt.ItemDataRole.UserRole + 2
    OverdueRole = Qt.ItemDataRole.UserRole + 3

    #: an item was ticked or unticked here (its id)
    done_toggled = Signal(int)

    def __init__(self, services: AppServices, parent=None):
        super().__init__(parent)
        self.services = services
        self.query = Query()
        self._rows: list[ListedActionItem] = []
        self._row_by_id: dict[int, int] = {}
        self._total = 0
        self._mentor_total = 0
        self._today = services.today()
        self._writing = False
        self._busy = False
        self._locale = QLocale()
        self._date_format = medium_date_format(self._locale)

    # ----- loading
    def set_query(self, **changes) -> None:
        """Change mentor, filters or order (fields of :class:`Query`) and read again."""
        new = replace(self.query, **changes)
        if new != self.query:
            self.query = new
            self.reload()

    def reload(self, *, at_least: int = 0) -> None:
        """Read the first page again (or as many pages as cover ``at_least`` rows)."""
        self._busy = True
        self.beginResetModel()
        try:
            self._today = self.services.today()
            self._rows = []
            self._row_by_id = {}
            self._total = self._mentor_total = 0
            if self.query.mentor_id is not None:
                filters = self.query.store_filters(self._today)
                self._total = self.services.read(action_items.count_items, **filters)
                self._mentor_total = self.services.read(
                    action_items.count_items, mentor_id=self.query.mentor_id
                )
                pages = max(1, -(-at_least // PAGE))
                self._take(self._read(pages * PAGE), pages * PAGE)
        finally:  # a failed read leaves an empty table, never one stuck half reset
            self.endResetModel()
            self._busy = False

    def _read(self, limit: int) -> list[ListedActionItem]:
        """The next ``limit`` items after the last one loaded."""
        return self.services.read(
            action_items.list_page,
            **self.query.store_filters(self._today),
            sort=self.query.sort,
            descending=self.query.descending,
            limit=limit,
            after=self._rows[-1].page_key if self._rows else None,
        )

    def _take(self, page: list[ListedActionItem], asked: int) -> list[ListedActionItem]:
        """Keep the items not loaded yet (one ticked on an earlier page may come again)."""
        fresh = [listed for listed in page if listed.item.id not in self._row_by_id]
        for listed in fresh:
            self._row_by_id[listed.item.id] = len(self._rows)
            self._rows.append(listed)
        if len(page) < asked:
            self._total = len(self._rows)  # the end of the list: nothing more to ask for
        return fresh

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        # not while a reset or a page is being announced (listeners may ask from inside it)
        return not parent.isValid() and not self._busy and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetch(PAGE)

    def fetch_to_the_end(self) -> None:
        """Read every item not read yet in one step, so the last one can be shown at once."""
        if self.canFetchMore():
            self._fetch(max(PAGE, self._total - len(self._rows)))

    def _fetch(self, count: int) -> None:
        page = self._read(count)
        fresh = [listed for listed in page if listed.item.id not in self._row_by_id]
        if not fresh:
            self._take(page, count)
            return
        first = len(self._rows)
        self._busy = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._take(page, count)
            self.endInsertRows()
        finally:
            self._busy = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the store (the table holds only the pages read so far)."""
        key = SORT_KEYS.get(Column(column)) if 0 <= column < len(Column) else None
        if key is not None:
            self.set_query(sort=key, descending=order == Qt.SortOrder.DescendingOrder)

    # ----- reading
    @property
    def total(self) -> int:
        """How many items match the filters (loaded or not)."""
        return self._total

    @property
    def mentor_total(self) -> int:
        """How many items the mentor has at all, whatever the filters."""
        return self._mentor_total

    @property
    def is_writing(self) -> bool:
        """True while the model itself is storing a change (so the tab need not reload)."""
        return self._writing

    def item_at(self, row: int) -> ActionItem | None:
        return self._rows[row].item if 0 <= row < len(self._rows) else None

    def loaded_row_of(self, item_id: int) -> int:
        """The row of an item among those read so far; -1 when not read (or not shown)."""
        return self._row_by_id.get(item_id, -1)

    def row_of(self, item_id: int) -> int:
        """The row of an item, reading the pages up to it when needed; -1 when filtered out."""
        if item_id in self._row_by_id:
            return self._row_by_id[item_id]
        if self.query.mentor_id is None:
            return -1
        position = self.services.read(
            action_items.position_in_page_order,
            item_id,
            **self.query.store_filters(self._today),
            sort=self.query.sort,
            descending=self.query.descending,
        )
        if position is None:
            return -1
        while item_id not in self._row_by_id and self.canFetchMore():
            missing = max(PAGE, position + 1 - len(self._rows))
            self._fetch(-(-missing // PAGE) * PAGE)
        return self._row_by_id.get(item_id, -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.DONE: self.tr("Done"),
                Column.TITLE: self.tr("Action item"),
                Column.OWNER: self.tr("Owner"),
                Column.DUE: self.tr("Due"),
                Column.STATUS: self.tr("Status"),
                Column.SOURCE: self.tr("From"),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                Column.DONE: self.tr("Tick when it is done (Space)"),
                Column.TITLE: self.tr("What was promised (Enter to edit)"),
                Column.OWNER: self.tr("Who promised it: me or my mentor"),
                Column.DUE: self.tr("When it is due"),
                Column.STATUS: self.tr("Open, done (and when) or dropped"),
                Column.SOURCE: self.tr("Where it came from; double-click to open it"),
            }[column]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _CHECK_FLAGS if index.column() == Column.DONE else _CELL_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ANSWERED_ROLES:
            return None
        row = index.row()  # -1 for an invalid index
        if not 0 <= row < len(self._rows) or not index.isValid():
            return None
        listed = self._rows[row]
        item = listed.item
        column = index.column()
        if role == _DISPLAY:
            return self._text(listed, column)
        if role == self.ItemIdRole:
            return item.id
        if role == self.SourceRole:
            return source_of(item)
        if role == self.OverdueRole:
            return item.is_overdue(self._today)
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.DONE:
            return Qt.CheckState.Checked if item.status == "done" else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == Column.DONE:
                return self.tr("Done") if item.status == "done" else self.tr("Not done")
            if column == Column.TITLE and item.status != "open":
                # what the strike-through and the tick say to a sighted user
                state = self.tr("done") if item.status == "done" else self.tr("dropped")
                return f"{self._text(listed, column)}, {state}"
            return self._text(listed, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(listed, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == Column.DUE and item.is_overdue(self._today):
                return QBrush(_alarm_color())
            if item.status != "open" and column != Column.DONE:
                return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
            return None
        if role == Qt.ItemDataRole.FontRole and column == Column.TITLE and item.status == "done":
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def _day(self, day: date) -> str:
        return dates.short_date(day, self._locale)

    def _local_day(self, moment: datetime) -> date:
        return moment.astimezone(self.services.zone).date()

    def _text(self, listed: ListedActionItem, column: Column) -> str:
        item = listed.item
        if column == Column.TITLE:
            return shorten(item.title)
        if column == Column.OWNER:
            return self.tr("Me") if item.owner == "me" else self.tr("Mentor")
        if column == Column.DUE:
            if item.due_on is None:
                return "—"
            text = self._day(item.due_on)
            if item.is_overdue(self._today):
                return self.tr("{0} · overdue").format(text)
            if item.status == "open" and item.due_on == self._today:
                return self.tr("{0} · today").format(text)
            return text
        if column == Column.STATUS:
            return self._status_text(item)
        if column == Column.SOURCE:
            return self._source_text(listed)
        return ""

    def _status_text(self, item: ActionItem) -> str:
        if item.status == "dropped":
            return self.tr("Dropped")
        if item.status == "open":
            return self.tr("Open")
        if item.completed_at is None:
            return self.tr("Done")
        day = self._local_day(item.completed_at)
        if item.due_on is not None and day > item.due_on:
            return self.tr("Done {0} (late)").format(self._day(day))
        return self.tr("Done {0}").format(self._day(day))

    def _source_text(self, listed: ListedActionItem) -> str:
        source = source_of(listed.item)
        if source is None:
            return ""
        day = (
            self._day(self._local_day(listed.source_meeting_at)) if listed.source_meeting_at else ""
        )
        kind = source[0]
        if kind == "note":
            return self.tr("Note, {0}").format(day) if day else self.tr("Listening note")
        if kind == "feedback":
            return self.tr("Feedback, {0}").format(day) if day else self.tr("Feedback")
        return self.tr("Meeting {0}").format(day) if day else self.tr("Meeting")

    def _tooltip(self, listed: ListedActionItem, column: Column) -> str | None:
        item = listed.item
        if column == Column.TITLE:
            details = shorten(item.details, SHOWN_CHARS * 2) if item.details.strip() else ""
            title = shorten(item.title, SHOWN_CHARS * 2)
            return f"{title}\n\n{details}" if details else title
        if column == Column.DUE and item.due_on is not None and item.status == "open":
            days = (item.due_on - self._today).days
            if days < 0:
                if days == -1:
                    return self.tr("Overdue by 1 day")
                return self.tr("Overdue by {0} days").format(-days)
            if days == 0:
                return self.tr("Due today")
            if days == 1:
                return self.tr("Due tomorrow")
            return self.tr("Due in {0} days").format(days)
        if column == Column.STATUS and item.completed_at is not None:
            moment = item.completed_at.astimezone(self.services.zone)
            time_text = dates.clock(moment.time(), self._locale)
            return self.tr("Completed {0}, {1}").format(self._day(moment.date()), time_text)
        if column == Column.SOURCE and source_of(item) is not None:
            return self.tr("Double-click to open where this came from")
        if column == Column.DONE:
            return self.tr("Tick when it is done (Space)")
        return None

    # ----- writing
    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Tick or untick an item: stored at once, with the completion time."""
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not index.isValid()
            or index.column() != Column.DONE
            or not 0 <= index.row() < len(self._rows)
        ):
            return False
        done = _as_check_state(value) == Qt.CheckState.Checked
        return self.set_done(index.row(), done)

    def set_done(self, row: int, done: bool) -> bool:
        """Store done / not done for one row and show it in place (the row stays visible)."""
        listed = self._rows[row]
        if (listed.item.status == "done") == done:
            return True  # nothing to change (unticking a dropped item keeps it dropped)
        self._writing = True
        try:
            stored = self.services.call(
                RecordKind.ACTION_ITEM,
                action_items.set_done,
                listed.item.id,
                done,
                now=self.services.now(),
            )
        finally:
            self._writing = False
        if stored is None:
            return False
        self._rows[row] = replace(listed, item=stored)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        self.done_toggled.emit(stored.id)
        return True


def _as_check_state(value) -> Qt.CheckState:
    if isinstance(value, Qt.CheckState):
        return value
    try:
        return Qt.CheckState(int(value))
    except (TypeError, ValueError):
        return Qt.CheckState.Unchecked
