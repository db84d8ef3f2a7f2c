"""Dialogs for adding and editing a mentor and a meeting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from mentee_desktop.data.lifecycle import PlanningCheck
from mentee_desktop.data.meetings import Meeting
from mentee_desktop.data.mentors import Mentor
from mentee_desktop.ui.shell.meeting_list_model import your_time
from mentee_desktop.ui.widgets import dates
from mentee_desktop.ui.widgets.dates import DateField, TimeField
from mentee_desktop.ui.widgets.form_problem import FormProblem, ZoneField


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def name_control(widget: QWidget, name: str) -> None:
    """Give a control its accessible name; an editable combo box's text field too (a screen
    reader lands in the field, not on the box)."""
    widget.setAccessibleName(name)
    if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
        widget.lineEdit().setAccessibleName(name)


class MentorDialog(QDialog):
    """Name, role, contact, since when, how often we meet, how they like to guide."""

    def __init__(
        self,
        mentor: Mentor | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ):
        """``today`` (the window's clock) is where "Mentored since" starts for a new mentor."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit mentor") if mentor else self.tr("Add a mentor"))
        self._original = mentor
        self.name = QLineEdit(mentor.name if mentor else "")
        self.name.setPlaceholderText(self.tr("Their name"))
        self.role = QLineEdit(mentor.role if mentor else "")
        self.role.setPlaceholderText(self.tr("Role and organisation"))
        self.contact = QLineEdit(mentor.contact if mentor else "")
        self.contact.setPlaceholderText(self.tr("E-mail, phone or chat handle"))
        self.started_on = DateField()
        start = mentor.started_on if mentor and mentor.started_on else (today or date.today())
        self.started_on.setDate(QDate(start.year, start.month, start.day))
        self.cadence = QSpinBox()
        self.cadence.setRange(1, 365)
        self.cadence.setSuffix(self.tr(" days"))
        self.cadence.setValue(mentor.cadence_days if mentor else 14)
        self.timezone = ZoneField(own_zone_label=self.tr("My own time zone"))
        self.timezone.setCurrentIndex(
            max(0, self.timezone.findData(mentor.timezone if mentor else ""))
        )
        self.guidance = QPlainTextEdit(mentor.guidance_style if mentor else "")
        self.guidance.setPlaceholderText(
            self.tr("How do they like to give guidance? (stories, questions, direct advice…)")
        )
        self.guidance.setTabChangesFocus(True)
        self.guidance.setMaximumHeight(90)
        self.error = FormProblem()
        form = QFormLayout(self)
        for label, widget, accessible in [
            (self.tr("&Name"), self.name, self.tr("Mentor name")),
            (self.tr("&Role"), self.role, self.tr("Mentor role and organisation")),
            (self.tr("&Contact"), self.contact, self.tr("Mentor contact")),
            (self.tr("Mentoring &since"), self.started_on, self.tr("Mentoring since")),
            (self.tr("We meet &every"), self.cadence, self.tr("Meeting cadence in days")),
            (self.tr("Time &zone"), self.timezone, self.tr("Mentor time zone")),
            (self.tr("&Guidance style"), self.guidance, self.tr("How they like to guide")),
        ]:
            name_control(widget, accessible)
            form.addRow(label, widget)
        form.addRow(self.error)
        form.addRow(_buttons(self))
        self.error.hide_when_edited(self)
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        if not self.name.text().strip():
            self.error.say(self.tr("Please enter the mentor's name."), self.name)
        elif problem := self.timezone.problem():
            self.error.say(problem, self.timezone)
        else:
            super().accept()

    def mentor(self) -> Mentor:
        """The mentor as entered (keeping id and flags of the one being edited)."""
        base = self._original
        return Mentor(
            id=base.id if base else None,
            name=self.name.text().strip(),
            role=self.role.text().strip(),
            contact=self.contact.text().strip(),
            started_on=self.started_on.date().toPython(),
            cadence_days=self.cadence.value(),
            guidance_style=self.guidance.toPlainText().strip(),
            timezone=self.timezone.zone() or "",
            archived=base.archived if base else False,
            is_sample=base.is_sample if base else False,
        )


class MeetingDialog(QDialog):
    """Date, time, timezone, duration, place or link (and status when editing).

    A new meeting starts from ``suggested`` (the previous one + the mentor's cadence, see
    :func:`mentee_desktop.data.lifecycle.suggest_next`). ``check`` reads, for the meeting as
    entered, a :class:`~mentee_desktop.data.lifecycle.PlanningCheck`: the dialog warns about a
    date in the past and an overlap, and says what will be carried in.
    """

    def __init__(
        self,
        mentor_id: int,
        zone_name: str,
        now: datetime,
        meeting: Meeting | None = None,
        parent: QWidget | None = None,
        *,
        suggested: Meeting | None = None,
        check: Callable[[Meeting], PlanningCheck | None] | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit meeting") if meeting else self.tr("New meeting"))
        self._mentor_id = mentor_id
        self._original = meeting
        self._user_zone = ZoneInfo(zone_name)
        self._check = check
        shown = meeting or suggested
        zone = shown.timezone if shown else zone_name
        if shown:
            start = shown.local_start
        else:
            start = (now.astimezone(ZoneInfo(zone)) + timedelta(days=7)).replace(
                minute=0, second=0, microsecond=0
            )
        self.day = DateField(QDate(start.year, start.month, start.day))
        self.time = TimeField(QTime(start.hour, start.minute))
        self.timezone = ZoneField()
        self.timezone.setCurrentText(zone)
        self.your_time = QLabel()
        self.your_time.setAccessibleName(self.tr("The time where you are"))
        self.duration = QSpinBox()
        self.duration.setRange(5, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(shown.duration_minutes if shown else 60)
        self.place = QLineEdit(shown.place if shown else "")
        self.place.setPlaceholderText(self.tr("Room, café or video link"))
        self.status = QComboBox()
        for value, label in [
            ("planned", self.tr("Planned")),
            ("held", self.tr("Held")),
            ("cancelled", self.tr("Cancelled")),
        ]:
            self.status.addItem(label, value)
        self.status.setCurrentIndex(
            max(0, self.status.findData(meeting.status if meeting else "planned"))
        )
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a5300")
        self.warning.setAccessibleName(self.tr("Warnings about this meeting"))
        self.carried = QLabel()
        self.carried.setWordWrap(True)
        self.carried.setAccessibleName(self.tr("What this meeting brings in"))
        self.error = FormProblem()
        form = QFormLayout(self)
        rows = [
            (self.tr("&Date"), self.day, self.tr("Meeting date")),
            (self.tr("&Time"), self.time, self.tr("Meeting start time")),
            (self.tr("Time&zone"), self.timezone, self.tr("Meeting timezone")),
            (self.tr("D&uration"), self.duration, self.tr("Meeting duration in minutes")),
            (self.tr("&Place or link"), self.place, self.tr("Meeting place or link")),
        ]
        if meeting:
            rows.append((self.tr("&Status"), self.status, self.tr("Meeting status")))
        for label, widget, accessible in rows:
            name_control(widget, accessible)
            form.addRow(label, widget)
            if widget is self.timezone:
                form.addRow("", self.your_time)
        form.addRow(self.warning)
        form.addRow(self.carried)
        form.addRow(self.error)
        form.addRow(_buttons(self))
        self._connect_callbacks()
        self.refresh()
        self.error.hide_when_edited(self)
        self.resize(max(460, self.sizeHint().width()), self.sizeHint().height())

    def _connect_callbacks(self) -> None:
        self.day.dateChanged.connect(self.refresh)
        self.time.timeChanged.connect(self.refresh)
        self.timezone.currentTextChanged.connect(self.refresh)
        self.duration.valueChanged.connect(self.refresh)
        self.status.currentIndexChanged.connect(self.refresh)

    def refresh(self) -> None:
        """Both times when the zones differ, the warnings, and what will be carried in."""
        if self.timezone.zone() is None:
            self.your_time.setText(self.tr("Unknown timezone"))
            return
        meeting = self.meeting()
        here = your_time(meeting.starts_at, meeting.timezone, self._user_zone)
        self.your_time.setText(here)
        self.your_time.setVisible(bool(here))
        found = self._check(meeting) if self._check else None
        warnings = []
        if found is not None and found.in_the_past and meeting.status == "planned":
            warnings.append(self.tr("This date is in the past."))
        if found is not None and found.overlaps:
            other = found.overlaps[0].starts_at.astimezone(self._user_zone)
            clock = dates.clock(other.time())
            warnings.append(self.tr("It overlaps another meeting at {0} your time.").format(clock))
        self.warning.setText(" ".join(warnings))
        self.warning.setVisible(bool(warnings))
        carried = []
        if found is not None and found.waiting:
            carried.append(
                self.tr("%n open item(s) waiting from earlier meetings", "", found.waiting)
            )
        if found is not None and found.promises:
            carried.append(self.tr("%n update(s) on what you promised", "", found.promises))
        text = ""
        if carried:
            text = self.tr("It will bring in {0}.").format(self.tr(" and ").join(carried))
        self.carried.setText(text)
        self.carried.setVisible(bool(text))

    def accept(self) -> None:
        if not self.time.is_valid():
            self.error.say(self.tr("Please type a time such as 16:00 or 4pm."), self.time)
        elif problem := self.timezone.problem():
            self.error.say(problem, self.timezone)
        else:
            super().accept()

    def meeting(self) -> Meeting:
        zone = self.timezone.currentText().strip()
        local = datetime.combine(
            self.day.date().toPython(), self.time.time().toPython(), ZoneInfo(zone)
        )
        base = self._original
        return Meeting(
            id=base.id if base else None,
            mentor_id=self._mentor_id,
            starts_at=local,
            timezone=zone,
            duration_minutes=self.duration.value(),
            place=self.place.text().strip(),
            status=self.status.currentData() if base else "planned",
            summary=base.summary if base else "",
        )
