"""Dialogs for adding and editing a mentor and a meeting."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from mentee_desktop.data.meetings import Meeting
from mentee_desktop.data.mentors import Mentor


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class MentorDialog(QDialog):
    """Name, role, contact, since when, how often we meet, how they like to guide."""

    def __init__(self, mentor: Mentor | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit mentor") if mentor else self.tr("Add a mentor"))
        self._original = mentor
        self.name = QLineEdit(mentor.name if mentor else "")
        self.name.setPlaceholderText(self.tr("Their name"))
        self.role = QLineEdit(mentor.role if mentor else "")
        self.role.setPlaceholderText(self.tr("Role and organisation"))
        self.contact = QLineEdit(mentor.contact if mentor else "")
        self.contact.setPlaceholderText(self.tr("E-mail, phone or chat handle"))
        self.started_on = QDateEdit()
        self.started_on.setCalendarPopup(True)
        start = mentor.started_on if mentor and mentor.started_on else date.today()
        self.started_on.setDate(QDate(start.year, start.month, start.day))
        self.cadence = QSpinBox()
        self.cadence.setRange(1, 365)
        self.cadence.setSuffix(self.tr(" days"))
        self.cadence.setValue(mentor.cadence_days if mentor else 14)
        self.guidance = QPlainTextEdit(mentor.guidance_style if mentor else "")
        self.guidance.setPlaceholderText(
            self.tr("How do they like to give guidance? (stories, questions, direct advice…)")
        )
        self.guidance.setTabChangesFocus(True)
        self.guidance.setMaximumHeight(90)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e")
        self.error.hide()
        form = QFormLayout(self)
        for label, widget, accessible in [
            (self.tr("&Name"), self.name, self.tr("Mentor name")),
            (self.tr("&Role"), self.role, self.tr("Mentor role and organisation")),
            (self.tr("&Contact"), self.contact, self.tr("Mentor contact")),
            (self.tr("Mentoring &since"), self.started_on, self.tr("Mentoring since")),
            (self.tr("We meet &every"), self.cadence, self.tr("Meeting cadence in days")),
            (self.tr("&Guidance style"), self.guidance, self.tr("How they like to guide")),
        ]:
            widget.setAccessibleName(accessible)
            form.addRow(label, widget)
        form.addRow(self.error)
        form.addRow(_buttons(self))
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        if not self.name.text().strip():
            self.error.setText(self.tr("Please enter the mentor's name."))
            self.error.show()
            self.name.setFocus()
            return
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
            archived=base.archived if base else False,
            is_sample=base.is_sample if base else False,
        )


class MeetingDialog(QDialog):
    """Date, time, timezone, duration, place or link (and status when editing)."""

    def __init__(
        self,
        mentor_id: int,
        zone_name: str,
        now: datetime,
        meeting: Meeting | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit meeting") if meeting else self.tr("New meeting"))
        self._mentor_id = mentor_id
        self._original = meeting
        zone = meeting.timezone if meeting else zone_name
        if meeting:
            start = meeting.local_start
        else:
            start = (now.astimezone(ZoneInfo(zone)) + timedelta(days=7)).replace(
                minute=0, second=0, microsecond=0
            )
        self.day = QDateEdit(QDate(start.year, start.month, start.day))
        self.day.setCalendarPopup(True)
        self.time = QTimeEdit(QTime(start.hour, start.minute))
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(sorted(available_timezones()))
        self.timezone.setCurrentText(zone)
        self.duration = QSpinBox()
        self.duration.setRange(5, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(meeting.duration_minutes if meeting else 60)
        self.place = QLineEdit(meeting.place if meeting else "")
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
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e")
        self.error.hide()
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
            widget.setAccessibleName(accessible)
            form.addRow(label, widget)
        form.addRow(self.error)
        form.addRow(_buttons(self))

    def accept(self) -> None:
        try:
            ZoneInfo(self.timezone.currentText().strip())
        except Exception:
            self.error.setText(
                self.tr("Unknown timezone. Pick one from the list, e.g. Europe/Berlin.")
            )
            self.error.show()
            self.timezone.setFocus()
            return
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
