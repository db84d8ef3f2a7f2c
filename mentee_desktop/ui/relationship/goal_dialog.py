"""Adding or editing a goal of the relationship: what, why, who set it, by when, in focus."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from mentee_desktop.data.goals import Goal
from mentee_desktop.ui.widgets.dates import DateField
from mentee_desktop.ui.widgets.form_problem import FormProblem


def set_by_labels() -> dict[str, str]:
    """Who set a goal, in the mentee's words."""
    translate = QCoreApplication.translate
    return {
        "me": translate("Goals", "Me"),
        "mentor": translate("Goals", "My mentor"),
        "both": translate("Goals", "Both of us"),
    }


def status_labels() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "active": translate("Goals", "Active"),
        "achieved": translate("Goals", "Achieved"),
        "paused": translate("Goals", "Paused"),
        "dropped": translate("Goals", "Dropped"),
    }


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class GoalDialog(QDialog):
    """Title, why it matters, set by, optional target date, status, in focus."""

    def __init__(
        self,
        mentor_id: int,
        today: date,
        goal: Goal | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit goal") if goal else self.tr("New goal"))
        self._mentor_id = mentor_id
        self._original = goal
        self.title = QLineEdit(goal.title if goal else "")
        self.title.setPlaceholderText(self.tr("What do you want to reach?"))
        self.why = QPlainTextEdit(goal.why if goal else "")
        self.why.setPlaceholderText(self.tr("Why does it matter, to you or to your mentor?"))
        self.why.setTabChangesFocus(True)
        self.why.setFixedHeight(84)
        self.set_by = QComboBox()
        for value, label in set_by_labels().items():
            self.set_by.addItem(label, value)
        self.set_by.setCurrentIndex(max(0, self.set_by.findData(goal.set_by if goal else "me")))
        self.has_target = QCheckBox(self.tr("By"))
        self.target = DateField(to_qdate(goal.target_on if goal and goal.target_on else today))
        if not (goal and goal.target_on):
            self.target.setDate(to_qdate(today + timedelta(days=90)))
        self.target.setCalendarPopup(True)
        self.has_target.setChecked(bool(goal and goal.target_on))
        self.target.setEnabled(self.has_target.isChecked())
        self.status = QComboBox()
        for value, label in status_labels().items():
            self.status.addItem(label, value)
        self.status.setCurrentIndex(max(0, self.status.findData(goal.status if goal else "active")))
        self.in_focus = QCheckBox(self.tr("In focus: show it on my meeting agendas"))
        self.in_focus.setChecked(goal.in_focus if goal else True)
        self.error = FormProblem()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )

        target_row = QHBoxLayout()
        target_row.setContentsMargins(0, 0, 0, 0)
        target_row.addWidget(self.has_target)
        target_row.addWidget(self.target, 1)
        form = QFormLayout(self)
        for label, widget, accessible in [
            (self.tr("&Goal"), self.title, self.tr("Goal title")),
            (self.tr("&Why it matters"), self.why, self.tr("Why the goal matters")),
            (self.tr("&Set by"), self.set_by, self.tr("Who set the goal")),
            (self._target_label(), target_row, None),
            (self.tr("St&atus"), self.status, self.tr("Goal status")),
            ("", self.in_focus, self.tr("Goal in focus")),
        ]:
            if accessible:
                widget.setAccessibleName(accessible)
            form.addRow(label, widget)
        self.has_target.setAccessibleName(self.tr("Goal has a target date"))
        self.target.setAccessibleName(self.tr("Goal target date"))
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.resize(480, self.sizeHint().height())
        self._connect_callbacks()
        self.error.hide_when_edited(self)

    def _target_label(self) -> QLabel:
        label = QLabel(self.tr("&Target date"))
        label.setBuddy(self.has_target)
        return label

    def _connect_callbacks(self) -> None:
        self.has_target.toggled.connect(self.target.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        if not self.title.text().strip():
            self.error.say(self.tr("Please give the goal a title."), self.title)
        else:
            super().accept()

    def goal(self) -> Goal:
        """The goal as entered (keeping the id and creation time of the one being edited)."""
        base = self._original
        return Goal(
            id=base.id if base else None,
            mentor_id=base.mentor_id if base else self._mentor_id,
            title=self.title.text().strip(),
            why=self.why.toPlainText().strip(),
            set_by=self.set_by.currentData(),
            target_on=self.target.date().toPython() if self.has_target.isChecked() else None,
            status=self.status.currentData(),
            in_focus=self.in_focus.isChecked(),
            created_at=base.created_at if base else None,
        )
