"""Small helpers the Relationship panels share: dates and previews in list rows, list and
tree widgets set up alike, selecting a row by record id."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from mentee_desktop.data.record_kind import RecordKind
from mentee_desktop.ui.shell.services import AppServices
from mentee_desktop.ui.widgets import dates

IdRole = Qt.ItemDataRole.UserRole
PREVIEW_CHARS = 300


def day_text(day: date | None) -> str:
    """A date as the mentee's locale writes it short ("25 Nov 2026"), or nothing."""
    if not day:
        return ""
    return dates.short_date(day)


def preview(text: str) -> str:
    """One line of a possibly long text, for a list row."""
    line = " ".join(text[: PREVIEW_CHARS * 2].split())
    return line if len(line) <= PREVIEW_CHARS else line[: PREVIEW_CHARS - 1] + "…"


def meeting_day(starts_at: datetime, zone_name: str) -> date:
    """The day a meeting happened where it was held (its own zone, else as stored)."""
    try:
        return starts_at.astimezone(ZoneInfo(zone_name)).date()
    except (ValueError, KeyError):
        return starts_at.date()


def fill_group(box: QGroupBox, *parts: QWidget | QLayout) -> QVBoxLayout:
    """Stack widgets and layouts in a group box, top to bottom."""
    layout = QVBoxLayout(box)
    for part in parts:
        if isinstance(part, QWidget):
            layout.addWidget(part)
        else:
            layout.addLayout(part)
    return layout


def record_list(name: str, min_height: int) -> QListWidget:
    widget = QListWidget()
    widget.setAccessibleName(name)
    widget.setWordWrap(True)
    widget.setMinimumHeight(min_height)
    widget.setAlternatingRowColors(True)
    return widget


def record_tree(name: str, headers: list[str], stretch: int = 0) -> QTreeWidget:
    """A flat, single-selection table of records; the `stretch` column takes the width."""
    tree = QTreeWidget()
    tree.setAccessibleName(name)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setAllColumnsShowFocus(True)
    header = tree.header()
    header.setStretchLastSection(False)
    mode = QHeaderView.ResizeMode
    for column in range(len(headers)):
        header.setSectionResizeMode(
            column, mode.Stretch if column == stretch else mode.ResizeToContents
        )
    return tree


def add_placeholder(widget: QListWidget, text: str) -> None:
    """A greyed, unselectable row saying what would be listed, when the list is empty."""
    if widget.count() == 0:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        widget.addItem(item)


def select_in_tree(tree: QTreeWidget, record_id: int | None) -> bool:
    """Make the row of a record current; False when it is not listed."""
    if record_id is None:
        return False
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        if item.data(0, IdRole) == record_id:
            tree.setCurrentItem(item)
            tree.scrollToItem(item)
            return True
    return False


def selected_id(tree: QTreeWidget) -> int | None:
    item = tree.currentItem()
    return item.data(0, IdRole) if item is not None else None


class DialogSlot:
    """The one record dialog a panel shows at a time: window-modal without blocking, and
    handed to ``store`` when accepted."""

    def __init__(self) -> None:
        self.dialog: QDialog | None = None

    def open(self, dialog: QDialog, store: Callable[[QDialog], None]) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: store(dialog))
        dialog.finished.connect(lambda _: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()


class RecordButtons:
    """New… / Edit… / Delete above a record table: Edit and Delete only while a row is
    selected; Enter or a double click on a row edits it."""

    def __init__(self, tree: QTreeWidget, new_text: str, names: tuple[str, str, str]):
        self.tree = tree
        self.new = QPushButton(new_text)
        self.edit = QPushButton(QCoreApplication.translate("RecordButtons", "Edit…"))
        self.delete = QPushButton(QCoreApplication.translate("RecordButtons", "Delete"))
        for button, name in zip((self.new, self.edit, self.delete), names, strict=True):
            button.setAccessibleName(name)
        self.row = QHBoxLayout()
        for button in (self.new, self.edit, self.delete):
            self.row.addWidget(button)

    def connect(
        self,
        on_new: Callable[[], None],
        on_edit: Callable[[], None],
        on_delete: Callable[[], None],
        on_row_changed: Callable[[], None],
    ) -> None:
        self.new.clicked.connect(on_new)
        self.edit.clicked.connect(on_edit)
        self.delete.clicked.connect(on_delete)
        self.tree.currentItemChanged.connect(lambda *_: on_row_changed())
        self.tree.itemActivated.connect(lambda *_: on_edit())

    def update(self) -> bool:
        """Enable what the selection allows; True when a row is selected."""
        selected = selected_id(self.tree) is not None
        self.edit.setEnabled(selected)
        self.delete.setEnabled(selected)
        return selected


def save_record(
    services: AppServices,
    kind: RecordKind,
    record: Any,
    add: Callable[..., Any],
    update: Callable[..., Any],
    tree: QTreeWidget,
) -> None:
    """Store what a dialog gave back (new: add; edited: update) and select its row."""
    if record.id is None:
        saved = services.call(kind, add, record, now=services.now())
    else:
        saved = services.call(kind, update, record)
    if saved is not None:
        select_in_tree(tree, saved.id)
