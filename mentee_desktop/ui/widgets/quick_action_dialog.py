"""The small dialog that turns an insight (or a feedback answer) into an action item.

Used by the Listening notes and the Feedback tabs: the title comes prefilled from the text it
is made from, and the due date defaults to a week from today.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from mentee_desktop.ui.widgets import dates
from mentee_desktop.ui.widgets.dates import DateField
from mentee_desktop.ui.widgets.form_problem import FormProblem
from mentee_desktop.ui.widgets.text_fields import LineField, one_line, shorten


class QuickActionItemDialog(QDialog):
    """Title and optional due date of an action item made from a note or an answer."""

    def __init__(
        self,
        *,
        title: str,
        today: date,
        source: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Make action item"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        intro = QLabel(source)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.title = LineField(
            self.tr("Action item title"), self.tr("What will you do? Start with a verb.")
        )
        self.title.set_text(one_line(title))
        self.title.setMinimumWidth(420)
        self.has_due = QCheckBox(self.tr("Due on"))
        self.has_due.setAccessibleName(self.tr("Has a due date"))
        self.has_due.setChecked(True)
        self.due = DateField()
        self.due.setAccessibleName(self.tr("Due date"))
        due = today + timedelta(days=7)
        self.due.setDate(QDate(due.year, due.month, due.day))
        self.error = FormProblem()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Make action item"))

        due_row = QHBoxLayout()
        due_row.addWidget(self.due)
        due_row.addStretch(1)
        form = QFormLayout(self)
        form.addRow(intro)
        title_label = QLabel(self.tr("&Title"))
        title_label.setBuddy(self.title)
        form.addRow(title_label, self.title)
        form.addRow(self.has_due, due_row)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self._connect_callbacks()
        self.error.hide_when_edited(self)

    def _connect_callbacks(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.has_due.toggled.connect(self.due.setEnabled)

    def accept(self) -> None:
        if not self.title.text().strip():
            self.error.say(self.tr("Please give the action item a title."), self.title)
        else:
            super().accept()

    def item_title(self) -> str:
        return self.title.text().strip()

    def due_on(self) -> date | None:
        return self.due.date().toPython() if self.has_due.isChecked() else None


def action_item_added_message(title: str, due_on: date | None) -> str:
    """What the window says after an action item was made from a note or feedback."""
    if due_on is None:
        return QCoreApplication.translate(
            "QuickActionItemDialog",
            "Action item added: “{0}”. Find it in the Action items tab.",
        ).format(shorten(title, 60))
    due = dates.short_date(due_on, weekday=True, year=False)
    return QCoreApplication.translate(
        "QuickActionItemDialog",
        "Action item added: “{0}”, due {1}. Find it in the Action items tab.",
    ).format(shorten(title, 60), due)
