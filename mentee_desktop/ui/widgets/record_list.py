"""A lazily loaded list of records shown in two lines (Listening notes and Feedback tabs).

The model reads one page at a time (``canFetchMore``/``fetchMore``), so a meeting with many
notes or a mentor with years of feedback opens as fast as a new one. Subclasses say how to
count and read a page and what each line says.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex

RecordIdRole = Qt.ItemDataRole.UserRole + 1
#: the second, quieter line of an item (status, linked action item, tags)
SecondaryRole = Qt.ItemDataRole.UserRole + 2


class RecordListModel(QAbstractListModel):
    """Records in store order, read a page at a time; each has an ``id``."""

    PAGE = 200
    #: True when a newly added record comes first in store order (newest first)
    newest_first = False

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Any] = []
        self._total = 0
        self._links: dict[int, list[str]] = {}

    # ----- what subclasses provide
    def count(self) -> int:
        return 0

    def page(self, limit: int, offset: int) -> list[Any]:
        return []

    def links(self, ids: list[int]) -> dict[int, list[str]]:
        """Titles of the action items made from these records."""
        return {}

    def primary_text(self, record: Any) -> str:
        return ""

    def secondary_text(self, record: Any, links: list[str]) -> str:
        return ""

    # ----- loading
    def reset(self) -> None:
        """Read again from the store (first page only)."""
        self.beginResetModel()
        self._rows = []
        self._links = {}
        self._total = self.count()
        self.endResetModel()
        if self._total:
            self.fetchMore()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        records = self.page(self.PAGE, len(self._rows))
        if not records:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(records) - 1)
        self._rows.extend(records)
        self._links.update(self.links([r.id for r in records]))
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.primary_text(record)
        if role == SecondaryRole:
            return self.secondary_text(record, self._links.get(record.id, []))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            second = self.secondary_text(record, self._links.get(record.id, []))
            return self.primary_text(record) + (f". {second}" if second else "")
        if role == RecordIdRole:
            return record.id
        return None

    # ----- records
    def record_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def links_of(self, record_id: int) -> list[str]:
        return list(self._links.get(record_id, []))

    def row_of(self, record_id: int) -> int:
        """The row of a record, reading further pages until it is found; -1 when absent."""
        while True:
            for row, record in enumerate(self._rows):
                if record.id == record_id:
                    return row
            if not self.canFetchMore():
                return -1
            self.fetchMore()

    def replace(self, record: Any) -> None:
        """Show the stored version of a record after an edit."""
        for row, old in enumerate(self._rows):
            if old.id == record.id:
                self._rows[row] = record
                index = self.index(row)
                self.dataChanged.emit(index, index)
                return

    def added(self, record: Any) -> int:
        """Show a record just added to the store; returns its row."""
        self._total += 1
        if self.newest_first:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._rows.insert(0, record)
            self.endInsertRows()
            return 0
        return self.row_of(record.id)

    def remove(self, record_id: int) -> None:
        for row, record in enumerate(self._rows):
            if record.id == record_id:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self._total -= 1
                self.endRemoveRows()
                return

    def refresh_links(self) -> None:
        """Read again which action items were made from the loaded records."""
        if not self._rows:
            return
        self._links = self.links([r.id for r in self._rows])
        self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))


class TwoLineDelegate(QStyledItemDelegate):
    """Draws an item's text with a second, smaller and quieter line below it."""

    MARGIN = 8

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = QFontMetrics(option.font)
        small = QFontMetrics(self._small_font(option))
        height = metrics.height() + small.height() + 3 * self.MARGIN // 2 + 2
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        primary = opt.text
        secondary = index.data(SecondaryRole) or ""
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        quiet_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        rect = opt.rect.adjusted(self.MARGIN, self.MARGIN // 2 + 1, -self.MARGIN, 0)
        painter.save()
        metrics = QFontMetrics(opt.font)
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(group, text_role))
        first = QRect(rect.left(), rect.top(), rect.width(), metrics.height())
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(
            first,
            int(flags | Qt.TextFlag.TextSingleLine),
            metrics.elidedText(primary, Qt.TextElideMode.ElideRight, first.width()),
        )
        if secondary:
            small_font = self._small_font(opt)
            small = QFontMetrics(small_font)
            painter.setFont(small_font)
            painter.setPen(opt.palette.color(group, quiet_role))
            second = QRect(rect.left(), first.bottom() + 2, rect.width(), small.height())
            painter.drawText(
                second,
                int(flags | Qt.TextFlag.TextSingleLine),
                small.elidedText(secondary, Qt.TextElideMode.ElideRight, second.width()),
            )
        painter.restore()

    @staticmethod
    def _small_font(option: QStyleOptionViewItem):
        font = QFont(option.font)
        font.setPointSizeF(font.pointSizeF() * 0.88)
        return font
