"""After a planned meeting's time has passed: did it take place? One click records it.

Recaps, reminders and the follow-through record rely on a meeting being marked as held;
asking at the right moment saves the mentee from having to remember the meeting dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from mentee_desktop.data import lifecycle, meetings
from mentee_desktop.data.record_kind import RecordKind
from mentee_desktop.ui.shell.services import AppServices
from mentee_desktop.ui.widgets import dates


class MeetingOutcomeBar(QFrame):
    #: the meeting whose status was recorded
    recorded = Signal(int)

    def __init__(self, services: AppServices, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.meeting_id: int | None = None
        self.setObjectName("meetingOutcomeBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.held_button = QPushButton(self.tr("Yes, it was held"))
        self.held_button.setAccessibleName(self.tr("Mark this meeting as held"))
        self.cancelled_button = QPushButton(self.tr("It was cancelled"))
        self.cancelled_button.setAccessibleName(self.tr("Mark this meeting as cancelled"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.held_button)
        layout.addWidget(self.cancelled_button)
        self._connect_callbacks()
        self.hide()

    def _connect_callbacks(self) -> None:
        self.held_button.clicked.connect(lambda: self._record("held"))
        self.cancelled_button.clicked.connect(lambda: self._record("cancelled"))

    def show_for(self, meeting_id: int | None) -> None:
        """Ask only about a meeting still marked planned whose end has passed."""
        self.meeting_id = meeting_id
        if meeting_id is None:
            self.hide()
            return
        meeting = self.services.read(meetings.get, meeting_id)
        if meeting.status != "planned" or meeting.ends_at > self.services.now():
            self.hide()
            return
        start = meeting.starts_at.astimezone(self.services.zone)
        day = dates.long_date(start.date())
        self.label.setText(self.tr("This meeting was on {0}. Did it take place?").format(day))
        self.show()

    def _record(self, status: str) -> None:
        if self.meeting_id is None:
            return
        self.services.call(RecordKind.MEETING, lifecycle.set_status, self.meeting_id, status)
        if self.services.read(meetings.get, self.meeting_id).status == status:  # it was stored
            self.hide()
            self.recorded.emit(self.meeting_id)
