"""The Feedback tab: requests both ways with the selected mentor, newest first.

A request names a specific question and carries my own observation first; its status moves
draft → asked → answered → acted on, and the store records when each was reached. An answer
becomes an action item in one step.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from mentee_desktop.data import action_items, feedback, meetings
from mentee_desktop.data.errors import StoreError
from mentee_desktop.data.feedback import DeletedRequest, FeedbackRequest
from mentee_desktop.data.timestamps import to_db
from mentee_desktop.ui.feedback.editor import (
    FeedbackEditor,
    direction_label,
    short_date,
    status_label,
)
from mentee_desktop.ui.notes.editor import links_text
from mentee_desktop.ui.shell.meeting_list_model import meeting_label
from mentee_desktop.ui.shell.services import AppServices
from mentee_desktop.ui.widgets.record_list import RecordListModel
from mentee_desktop.ui.widgets.record_tab import RecordTab
from mentee_desktop.ui.widgets.text_fields import first_clause, first_line, shorten

#: how many past meetings the "Linked meeting" list offers (besides upcoming ones)
RECENT_MEETINGS = 20


def request_heading(request: FeedbackRequest) -> str:
    return first_line(request.question) or QCoreApplication.translate(
        "FeedbackListModel", "(no question yet)"
    )


class FeedbackListModel(RecordListModel):
    """One mentor's feedback requests (one direction or both), newest first."""

    newest_first = True

    def __init__(self, services: AppServices, parent=None):
        super().__init__(parent)
        self.services = services
        self.mentor_id: int | None = None
        self.direction: str | None = None

    def count(self) -> int:
        if self.mentor_id is None:
            return 0
        return self.services.read(
            feedback.count_for_mentor, self.mentor_id, direction=self.direction
        )

    def page(self, limit: int, offset: int) -> list[FeedbackRequest]:
        if self.mentor_id is None:
            return []
        return self.services.read(
            feedback.page_for_mentor,
            self.mentor_id,
            direction=self.direction,
            limit=limit,
            offset=offset,
        )

    def links(self, ids: list[int]) -> dict[int, list[str]]:
        return self.services.read(feedback.action_item_titles, ids)

    def primary_text(self, record: FeedbackRequest) -> str:
        return request_heading(record)

    def secondary_text(self, record: FeedbackRequest, links: list[str]) -> str:
        status = status_label(record.status)
        moment = {
            "draft": record.created_at,
            "asked": record.asked_at,
            "answered": record.answered_at,
            "acted_on": record.acted_at,
        }[record.status]
        if moment is not None:
            status += " " + short_date(moment, self.services.zone)
        parts = [direction_label(record.direction), status]
        if links:
            parts.append(links_text(links))
        return " · ".join(parts)


class FeedbackTab(RecordTab):
    kind = "feedback"
    title = QT_TRANSLATE_NOOP("MainWindow", "Feedback")

    def __init__(self, services: AppServices, parent: QWidget | None = None):
        super().__init__(services, parent)
        self.title = self.tr("Feedback")
        self.direction_filter = QComboBox()
        self.direction_filter.setAccessibleName(self.tr("Show requests in this direction"))
        self.direction_filter.addItem(self.tr("Both directions"), None)
        for value in ("i_ask", "mentor_asks"):
            self.direction_filter.addItem(direction_label(value), value)
        filter_row = QHBoxLayout()
        filter_label = QLabel(self.tr("&Requests"))
        filter_label.setBuddy(self.direction_filter)
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.direction_filter, 1)
        self.list_top.addLayout(filter_row)
        self.editor.meeting_choices = self.meeting_choices
        self.hint_add_button.setAccessibleName(self.tr("Ask my mentor for feedback"))
        self.set_tab_order(above_list=(self.direction_filter,))
        self._connect_feedback_callbacks()

    def _connect_feedback_callbacks(self) -> None:
        self.direction_filter.currentIndexChanged.connect(self._filter_changed)
        self.editor.status_chosen.connect(self.set_status)
        self.editor.make_action_button.clicked.connect(self.make_action_item)
        self.hint_mentor_asks_button.clicked.connect(lambda: self.add_new("mentor_asks"))

    # ----- RecordTab hooks
    def create_model(self) -> FeedbackListModel:
        return FeedbackListModel(self.services, self)

    def create_editor(self) -> FeedbackEditor:
        return FeedbackEditor(self.autosaver, self.services.zone)

    def context_key(self, mentor_id: int | None, meeting_id: int | None) -> int | None:
        return mentor_id

    def configure_model(self) -> None:
        self.model.mentor_id = self.mentor_id
        self.model.direction = self.direction_filter.currentData()

    def context_refined(self) -> None:
        """Another meeting of the same mentor: offer it in "Linked meeting"."""
        if self.record is not None:
            self.editor.set_meeting_choices(self.meeting_choices(self.record.meeting_id))

    def has_any_records(self) -> bool:
        if self.mentor_id is None:
            return False
        if self.model.direction is None:
            return self.model.rowCount() > 0
        return self.services.read(feedback.count_for_mentor, self.mentor_id) > 0

    def new_record(self) -> FeedbackRequest:
        return FeedbackRequest(
            mentor_id=self.mentor_id,
            question="",
            direction=self._new_direction or self.direction_filter.currentData() or "i_ask",
            meeting_id=self.meeting_id,
        )

    def add_record(self, db, record: FeedbackRequest, *, now: datetime) -> FeedbackRequest:
        return feedback.add(db, record, now=now)

    def update_record(self, db, record: FeedbackRequest) -> FeedbackRequest:
        return feedback.update(db, record)

    def delete_record(self, db, record_id: int) -> DeletedRequest:
        return feedback.delete_for_undo(db, record_id)

    def undo_delete(self, db, deleted: DeletedRequest) -> FeedbackRequest:
        return feedback.undo_delete(db, deleted)

    def is_blank(self, record: FeedbackRequest) -> bool:
        texts = (record.question, record.my_observation, record.answer, record.what_i_did)
        return record.status == "draft" and not any(text.strip() for text in texts)

    def deleted_text(self, record: FeedbackRequest) -> str:
        return self.tr("Deleted the request “{0}”.").format(shorten(request_heading(record), 60))

    def add_text(self) -> str:
        return self.tr("New request")

    def list_name(self) -> str:
        return self.tr("Feedback requests with this mentor")

    def empty_buttons(self) -> list[QPushButton]:
        self.hint_add_button.setText(self.tr("Ask my mentor for feedback"))
        self.hint_mentor_asks_button = QPushButton(self.tr("My mentor asked me…"))
        self.hint_mentor_asks_button.setAccessibleName(
            self.tr("Note a feedback request from my mentor")
        )
        return [self.hint_add_button, self.hint_mentor_asks_button]

    def empty_title(self) -> str:
        return self.tr("Feedback goes both ways")

    def empty_text(self) -> str:
        return self.tr(
            "Ask one specific question about one situation, and write your own observation "
            "first: what went well, what you would change. Then ask, note the answer and "
            "what you did with it. Your mentor can ask you for feedback too."
        )

    def no_context_title(self) -> str:
        return self.tr("No mentor selected")

    def no_context_text(self) -> str:
        return self.tr("Add or pick a mentor above to exchange feedback with them.")

    def pick_text(self) -> str:
        return self.tr("No requests in this direction yet. Pick another filter or add one.")

    # ----- adding in a direction, filtering, opening a record
    _new_direction: str | None = None

    def add_new(self, direction: str | None = None) -> None:
        self._new_direction = direction if isinstance(direction, str) else None
        try:
            super().add_new()
        finally:
            self._new_direction = None

    def _filter_changed(self) -> None:
        self.reload()

    def select_record(self, record_id: int) -> bool:
        try:
            request = self.services.read(feedback.get, record_id)
        except StoreError:
            return False
        wanted = self.direction_filter.currentData()
        if wanted is not None and wanted != request.direction:
            self.direction_filter.blockSignals(True)
            self.direction_filter.setCurrentIndex(0)
            self.direction_filter.blockSignals(False)
            self.configure_model()
            self.model.reset()
        return super().select_record(record_id)

    # ----- status and action items
    def set_status(self, status: str) -> None:
        """Move the request on (recording the date) after storing any typed text."""
        if self.record is None:
            return
        if not self.autosaver.flush():
            self.editor.show_status(self.record)  # the combo goes back
            return
        stored = self._write(feedback.set_status, self.record.id, status, now=self.services.now())
        if stored is None:
            self.editor.show_status(self.record)
            return
        self.record = stored
        self.model.replace(stored)
        self.editor.show_status(stored)

    def make_action_item(self) -> None:
        """Turn the answer into an action item linked to this request."""
        if self.record is None or not self.autosaver.flush():
            return
        request = self.record
        self.offer_action_item(
            action_items.make_from_feedback,
            request.id,
            title=first_clause(request.answer or request.what_i_did or request.question),
            explanation=self.tr(
                "Turn this answer into something you will do. The action item stays linked "
                "to this request and appears in the Action items tab."
            ),
        )

    # ----- which meetings a request can be linked to
    def meeting_choices(self, linked_id: int | None) -> list[tuple[int | None, str]]:
        """No meeting, upcoming and recent meetings, the selected one and the linked one."""
        choices: list[tuple[int | None, str]] = [(None, self.tr("No meeting"))]
        if self.mentor_id is None:
            return choices
        now = self.services.now()
        found = self.services.read(meetings.list_upcoming, self.mentor_id, now)
        found += self.services.read(
            meetings.list_past,
            self.mentor_id,
            to_db(now - timedelta(hours=3)),
            RECENT_MEETINGS,
            0,
        )
        known = {meeting.id for meeting in found}
        for extra in (self.meeting_id, linked_id):
            if extra is not None and extra not in known:
                try:
                    found.append(self.services.read(meetings.get, extra))
                    known.add(extra)
                except StoreError:
                    pass
        found.sort(key=lambda meeting: meeting.starts_at, reverse=True)
        return choices + [(meeting.id, meeting_label(meeting)) for meeting in found]
