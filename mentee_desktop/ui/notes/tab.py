"""The Listening notes tab: what I heard at the selected meeting, in my words, and what follows.

Each note keeps what I heard beside my paraphrase, the follow-up question it raises and the
insight to act on; "Make action item" turns the insight into an action item linked to the note.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from mentee_desktop.data import action_items, listening_notes
from mentee_desktop.data.listening_notes import DeletedNote, ListeningNote
from mentee_desktop.ui.notes.editor import NoteEditor, links_text
from mentee_desktop.ui.shell.services import AppServices
from mentee_desktop.ui.widgets.record_list import RecordListModel
from mentee_desktop.ui.widgets.record_tab import RecordTab
from mentee_desktop.ui.widgets.text_fields import first_line, shorten


def note_heading(note: ListeningNote) -> str:
    """The line that names a note in a list: my paraphrase, else what I heard."""
    for text in (note.in_my_words, note.heard, note.insight, note.follow_up):
        line = first_line(text)
        if line:
            return line
    return QCoreApplication.translate("NoteListModel", "(empty note)")


class NoteListModel(RecordListModel):
    """The notes of one meeting, in the order they were written."""

    def __init__(self, services: AppServices, parent=None):
        super().__init__(parent)
        self.services = services
        self.meeting_id: int | None = None

    def count(self) -> int:
        if self.meeting_id is None:
            return 0
        return self.services.read(listening_notes.count_for_meeting, self.meeting_id)

    def page(self, limit: int, offset: int) -> list[ListeningNote]:
        if self.meeting_id is None:
            return []
        return self.services.read(
            listening_notes.page_for_meeting, self.meeting_id, limit=limit, offset=offset
        )

    def links(self, ids: list[int]) -> dict[int, list[str]]:
        return self.services.read(listening_notes.action_item_titles, ids)

    def primary_text(self, record: ListeningNote) -> str:
        return note_heading(record)

    def secondary_text(self, record: ListeningNote, links: list[str]) -> str:
        parts = []
        if links:
            parts.append(links_text(links))
        elif record.insight.strip():
            parts.append(self.tr("Insight: {0}").format(first_line(record.insight, 120)))
        if record.tag_list:
            parts.append(", ".join(record.tag_list))
        return " · ".join(parts)


class NotesTab(RecordTab):
    kind = "note"

    title = QT_TRANSLATE_NOOP("MainWindow", "Listening notes")

    def __init__(self, services: AppServices, parent: QWidget | None = None):
        super().__init__(services, parent)
        self.title = self.tr("Listening notes")
        self.set_tab_order()
        self.editor.make_action_button.clicked.connect(self.make_action_item)

    # ----- RecordTab hooks
    def create_model(self) -> NoteListModel:
        return NoteListModel(self.services, self)

    def create_editor(self) -> NoteEditor:
        return NoteEditor(self.autosaver)

    def context_key(self, mentor_id: int | None, meeting_id: int | None) -> int | None:
        return meeting_id

    def configure_model(self) -> None:
        self.model.meeting_id = self.meeting_id

    def new_record(self) -> ListeningNote:
        return ListeningNote(meeting_id=self.meeting_id)

    def add_record(self, db, record: ListeningNote, *, now: datetime) -> ListeningNote:
        return listening_notes.add(db, record, now=now)

    def update_record(self, db, record: ListeningNote) -> ListeningNote:
        return listening_notes.update(db, record)

    def delete_record(self, db, record_id: int) -> DeletedNote:
        return listening_notes.delete_for_undo(db, record_id)

    def undo_delete(self, db, deleted: DeletedNote) -> ListeningNote:
        return listening_notes.undo_delete(db, deleted)

    def is_blank(self, record: ListeningNote) -> bool:
        return record.is_empty

    def deleted_text(self, record: ListeningNote) -> str:
        return self.tr("Deleted the note “{0}”.").format(shorten(note_heading(record), 60))

    def add_text(self) -> str:
        return self.tr("Add note")

    def list_name(self) -> str:
        return self.tr("Listening notes of this meeting")

    def empty_title(self) -> str:
        return self.tr("Listen well")

    def empty_text(self) -> str:
        return self.tr(
            "Write what you heard, then say it in your own words: would your mentor agree "
            "that's what they meant? Note the follow-up question it raises and the one "
            "insight you will act on. An insight becomes an action item in one click."
        )

    def no_context_title(self) -> str:
        return self.tr("No meeting selected")

    def no_context_text(self) -> str:
        return self.tr(
            "Pick a meeting above (or plan a new one) to take listening notes during or "
            "right after it."
        )

    # ----- making an action item from the insight
    def make_action_item(self) -> None:
        """Turn the note's insight into an action item linked to the note."""
        if self.record is None or not self.autosaver.flush():
            return
        note = self.record
        self.offer_action_item(
            action_items.make_from_note,
            note.id,
            title=note.insight or note.in_my_words or note.heard,
            explanation=self.tr(
                "Turn this insight into something you will do. The action item stays linked "
                "to this note and appears in the Action items tab."
            ),
        )
