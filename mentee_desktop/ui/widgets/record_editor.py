"""What a list-plus-editor tab asks of its editor, and the labels of its empty states."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from mentee_desktop.ui.widgets.text_fields import Autosaver


def hint_label(text: str, *, title: bool = False) -> QLabel:
    """A wrapped, centred label for empty states (never interpreted as rich text)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setFixedWidth(440)
    if title:
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        label.setFont(font)
    return label


def centred(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    row.addStretch(1)
    return row


def hint_page(title: str, text: str, *buttons: QWidget) -> QWidget:
    """A page that says what belongs here (a list's empty state), with its buttons."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addStretch(1)
    if title:
        layout.addLayout(centred(hint_label(title, title=True)))
    layout.addLayout(centred(hint_label(text)))
    if buttons:
        layout.addSpacing(8)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
    layout.addStretch(2)
    return page


class RecordEditor(QWidget):
    """What a tab's editor offers the tab: show a record, apply the user's edits to it."""

    def __init__(self, autosaver: Autosaver, parent: QWidget | None = None):
        super().__init__(parent)
        self.autosaver = autosaver

    def show_record(self, record: Any, links: list[str]) -> None:
        """Fill the fields (called inside ``autosaver.loading()``)."""

    def record_with_edits(self, record: Any) -> Any:
        """The record with what the user changed in the fields."""
        return record

    def record_saved(self, record: Any) -> None:
        """The stored record after an autosave (update derived labels, not the fields)."""

    def show_links(self, links: list[str]) -> None:
        """Say which action items were made from the record."""

    def clear(self) -> None:
        """Empty the fields (no record shown)."""

    def first_field(self) -> QWidget:
        return self

    def focus_chain(self) -> list[QWidget]:
        """The editor's inputs in layout order."""
        return []
