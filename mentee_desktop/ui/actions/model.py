"""The Action items table: one mentor's promises, read from the store a block at a time.

Filtering and sorting happen in SQL. On loading, the model reads only the order of the
matching items (their ids), so the table knows its full length at once; the rows themselves are
read a block at a time when the view first asks for one of them. A mentor with 20,000 action
items opens as fast as one with ten, and Ctrl+End reads one block, not everything before it.
"""

from __future__ import annotations

from collections import OrderedDict
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

#: rows read from the store at a time (a table shows a few dozen; a taller one reads two)
BLOCK = 50
#: blocks kept once read; a block read longer ago is read again when it is shown again
KEPT_BLOCKS = 40
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
_CHECK_STATE = int(_Role.CheckStateRole)
_FOREGROUND = int(_Role.ForegroundRole)
_FONT = int(_Role.FontRole)
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
        #: the ids of the items shown, in the table's order, as read when last loaded
        self._order: list[int] = []
        self._row_by_id: dict[int, int] | None = None  # made from _order when first needed
        self._blocks: OrderedDict[int, list[ListedActionItem | None]] = OrderedDict()
        self._texts: dict[int, tuple[str, ...]] = {}  # each shown row's cells, made once
        self._day_texts: dict[date, str] = {}
        self._mentor_total = 0
        self._today = services.today()
        self._writing = False
        self._locale = QLocale()
        self._date_format = medium_date_format(self._locale)

    # ----- loading
    def set_query(self, **changes) -> None:
        """Change mentor, filters or order (fields of :class:`Query`) and read again."""
        new = replace(self.query, **changes)
        if new != self.query:
            self.query = new
            self.reload()

    def reload(self) -> None:
        """Read the order of the items again; their rows are read when they are shown.

        Until then an item stays in its row whatever happens to it (ticked while only open
        items are shown, it stays, ticked, where it was).
        """
        self.beginResetModel()
        try:
            self._today = self.services.today()
            self._order = []
            self._row_by_id = None
            self._blocks.clear()
            self._texts.clear()
            self._day_texts.clear()
            self._mentor_total = 0
            if self.query.mentor_id is not None:
                self._order = self.services.read(
                    action_items.list_order,
                    **self.query.store_filters(self._today),
                    sort=self.query.sort,
                    descending=self.query.descending,
                )
                if (self.query.show, self.query.owner) == ("all", "everyone"):
                    self._mentor_total = len(self._order)
                else:
                    self._mentor_total = self.services.read(
                        action_items.count_items, mentor_id=self.query.mentor_id
                    )
        finally:  # a failed read leaves an empty table, never one stuck half reset
            self.endResetModel()

    def _listed(self, row: int) -> ListedActionItem | None:
        """The item in a row, reading its block from the store when it is not read yet."""
        number = row // BLOCK
        block = self._blocks.get(number)
        if block is None:
            block = self.services.read(
                action_items.read_listed, self._order[number * BLOCK : (number + 1) * BLOCK]
            )
            self._blocks[number] = block
            if len(self._blocks) > KEPT_BLOCKS:
                gone, _block = self._blocks.popitem(last=False)
                for shown in range(gone * BLOCK, (gone + 1) * BLOCK):
                    self._texts.pop(shown, None)
        elif number != next(reversed(self._blocks)):
            self._blocks.move_to_end(number)
        return block[row - number * BLOCK]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the store (the table holds only the rows it has shown)."""
        key = SORT_KEYS.get(Column(column)) if 0 <= column < len(Column) else None
        if key is not None:
            self.set_query(sort=key, descending=order == Qt.SortOrder.DescendingOrder)

    # ----- reading
    @property
    def total(self) -> int:
        """How many items matched the filters when the list was last read."""
        return len(self._order)

    @property
    def mentor_total(self) -> int:
        """How many items the mentor has at all, whatever the filters."""
        return self._mentor_total

    @property
    def is_writing(self) -> bool:
        """True while the model itself is storing a change (so the tab need not reload)."""
        return self._writing

    def item_at(self, row: int) -> ActionItem | None:
        listed = self._listed(row) if 0 <= row < len(self._order) else None
        return listed.item if listed is not None else None

    def item_id_at(self, row: int) -> int | None:
        """The id of the item in a row, without reading the row (for large selections)."""
        return self._order[row] if 0 <= row < len(self._order) else None

    def row_of(self, item_id: int) -> int:
        """The row of an item; -1 when the filters leave it out."""
        if self._row_by_id is None:
            self._row_by_id = {shown: row for row, shown in enumerate(self._order)}
        return self._row_by_id.get(item_id, -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

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
        if not 0 <= row < len(self._order):
            return None
        listed = self._listed(row)
        if listed is None:  # deleted since the list was read
            return None
        column = index.column()
        if role == _DISPLAY:  # asked most, on every paint: the row's texts are made once
            texts = self._texts.get(row)
            if texts is None:
                texts = self._texts[row] = tuple(self._text(listed, c) for c in Column)
            return texts[column]
        item = listed.item
        if role == _FOREGROUND:
            if column == Column.DUE and item.is_overdue(self._today):
                return QBrush(_alarm_color())
            if item.status != "open" and column != Column.DONE:
                return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
            return None
        if role == _FONT:
            if column == Column.TITLE and item.status == "done":
                font = QFont()
                font.setStrikeOut(True)
                return font
            return None
        if role == _CHECK_STATE:
            if column == Column.DONE:
                return Qt.CheckState.Checked if item.status == "done" else Qt.CheckState.Unchecked
            return None
        if role == self.ItemIdRole:
            return item.id
        if role == self.SourceRole:
            return source_of(item)
        if role == self.OverdueRole:
            return item.is_overdue(self._today)
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
        return None

    def _day(self, day: date) -> str:
        text = self._day_texts.get(day)
        if text is None:
            text = self._day_texts[day] = dates.short_date(day, self._locale)
        return text

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
            or not 0 <= index.row() < len(self._order)
        ):
            return False
        done = _as_check_state(value) == Qt.CheckState.Checked
        return self.set_done(index.row(), done)

    def set_done(self, row: int, done: bool) -> bool:
        """Store done / not done for one row and show it in place (the row stays visible)."""
        listed = self._listed(row) if 0 <= row < len(self._order) else None
        if listed is None:
            return False
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
        block = self._blocks.get(row // BLOCK)
        if block is not None:  # (else it is read again, as stored, when it is shown)
            block[row % BLOCK] = replace(listed, item=stored)
        self._texts.pop(row, None)
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
