"""The preview of an invitation with several events: tick what to import, pick the mentor."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class PreviewRow:
    when: str
    title: str
    organizer: str
    what: str
    can_tick: bool  # False for "no change"


class InvitationPreview(QDialog):
    """Layout only; the import controller fills it and reads :meth:`chosen`."""

    def __init__(
        self,
        rows: list[PreviewRow],
        mentor_choices: list[tuple[str, object]],
        intro: str,
        parent: QWidget | None = None,
        *,
        horizon_months: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import invitation"))
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.events = QTreeWidget()
        self.events.setRootIsDecorated(False)
        self.events.setAccessibleName(self.tr("Events in the invitation"))
        self.events.setHeaderLabels(
            [self.tr("Date"), self.tr("Title"), self.tr("Organizer"), self.tr("What happens")]
        )
        self.set_rows(rows)
        self.horizon = QSpinBox()
        self.horizon.setRange(1, 24)
        self.horizon.setAccessibleName(self.tr("How many months ahead a series is planned"))
        self.horizon.setValue(horizon_months or 6)
        self.mentor = QComboBox()
        self.mentor.setAccessibleName(self.tr("Mentor for these meetings"))
        for label, value in mentor_choices:
            self.mentor.addItem(label, value)
        form = QFormLayout()
        form.addRow(self.tr("Mentor:"), self.mentor)
        self.mentor_row = QWidget()
        self.mentor_row.setLayout(form)
        self.mentor_row.setVisible(bool(mentor_choices))
        ahead = QFormLayout()
        ahead.addRow(self.tr("Months to plan a series ahead:"), self.horizon)
        self.horizon_row = QWidget()
        self.horizon_row.setLayout(ahead)
        self.horizon_row.setVisible(horizon_months is not None)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.events, 1)
        layout.addWidget(self.horizon_row)
        layout.addWidget(self.mentor_row)
        layout.addWidget(self.buttons)
        self.resize(720, 460)
        self._connect_callbacks()

    def _connect_callbacks(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def set_rows(self, rows: list[PreviewRow]) -> None:
        """Show these events, the ones that change something ticked."""
        self.events.clear()
        for row in rows:
            item = QTreeWidgetItem([row.when, row.title, row.organizer, row.what])
            flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            if row.can_tick:
                flags |= Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
            item.setCheckState(
                0, Qt.CheckState.Checked if row.can_tick else Qt.CheckState.Unchecked
            )
            self.events.addTopLevelItem(item)
        for column in range(3):
            self.events.resizeColumnToContents(column)

    def chosen(self) -> list[int]:
        """The rows ticked, by position."""
        return [
            index
            for index in range(self.events.topLevelItemCount())
            if self.events.topLevelItem(index).checkState(0) == Qt.CheckState.Checked
        ]

    def set_ticked(self, index: int, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        self.events.topLevelItem(index).setCheckState(0, state)

    def mentor_choice(self) -> object:
        return self.mentor.currentData()
