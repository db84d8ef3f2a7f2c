"""The filter bar of the Action items tab: which items to show (open, overdue, done, all),
whose promises (everyone, mine, my mentor's), and how many match."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QWidget

from mentee_desktop.ui.actions.model import OWNER_CHOICES, SHOW_CHOICES


class ActionFilterBar(QWidget):
    """Two rows of joined toggle buttons; `changed` says the mentee picked another filter."""

    changed = Signal()

    def __init__(self, show: str, owner: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._build()
        self.show_buttons[show].setChecked(True)
        self.owner_buttons[owner].setChecked(True)
        self._connect_callbacks()

    def _build(self) -> None:
        self.show_group = QButtonGroup(self)
        self.owner_group = QButtonGroup(self)
        show_labels = {
            "open": (self.tr("Open"), self.tr("Show open action items")),
            "overdue": (self.tr("Overdue"), self.tr("Show overdue action items")),
            "done": (self.tr("Done"), self.tr("Show done action items")),
            "all": (self.tr("All"), self.tr("Show all action items")),
        }
        owner_labels = {
            "everyone": (self.tr("Everyone"), self.tr("Show everyone's action items")),
            "me": (self.tr("Mine"), self.tr("Show only my action items")),
            "mentor": (self.tr("Mentor's"), self.tr("Show only my mentor's action items")),
        }
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(QLabel(self.tr("Show")))
        self.show_buttons = self._segment(row, self.show_group, SHOW_CHOICES, show_labels)
        row.addSpacing(18)
        row.addWidget(QLabel(self.tr("Promised by")))
        self.owner_buttons = self._segment(row, self.owner_group, OWNER_CHOICES, owner_labels)
        row.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of action items shown"))
        row.addWidget(self.count_label)

    def _segment(self, row: QHBoxLayout, group: QButtonGroup, keys, labels) -> dict:
        """A row of joined, exclusive toggle buttons (one filter)."""
        buttons = {}
        segment = QHBoxLayout()
        segment.setSpacing(0)
        for key in keys:
            text, accessible = labels[key]
            button = QToolButton()
            button.setText(text)
            button.setCheckable(True)
            button.setAccessibleName(accessible)
            button.setToolTip(accessible)
            button.setProperty("filter_key", key)
            button.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 5)
            group.addButton(button)
            segment.addWidget(button)
            buttons[key] = button
        row.addLayout(segment)
        return buttons

    def _connect_callbacks(self) -> None:
        self.show_group.buttonClicked.connect(lambda _button: self.changed.emit())
        self.owner_group.buttonClicked.connect(lambda _button: self.changed.emit())

    def choice(self) -> tuple[str, str]:
        """(show, owner) as the buttons say."""
        return (
            self.show_group.checkedButton().property("filter_key"),
            self.owner_group.checkedButton().property("filter_key"),
        )

    def set_choice(self, show: str, owner: str) -> None:
        """Check the buttons without telling (the caller applies the filters itself)."""
        self.show_buttons[show].setChecked(True)
        self.owner_buttons[owner].setChecked(True)

    def set_count(self, total: int) -> None:
        self.count_label.setText(self.tr("%Ln action items", "", total))
