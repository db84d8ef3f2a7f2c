"""E-mail the agenda or the recap: a draft (.eml) saved privately and opened in the mentee's
mail program; "Copy agenda for chat" puts a few plain lines on the clipboard.

When nothing opens ``.eml`` files, a ``mailto:`` link starts a message with the text and the
message bar names the PDF to attach. The PDF is rendered in a child process, as for an export
(``ExportActions.render_pdf``); the draft is written and opened when it arrives.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

DRAFTS_FOLDER = "drafts"


class MailDrafts(QObject):
    def __init__(self, actions) -> None:
        super().__init__(actions)
        self.actions = actions
        self.window = actions.window
        self.services = actions.services
        #: how a file or link is opened; the desktop's default handler
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl

    def name_the_mentor(self) -> None:
        """ "E-mail agenda to Amara Okafor…" for the meeting shown."""
        from mentee_desktop.data import meetings, mentors
        from mentee_desktop.data.errors import RecordNotFoundError

        meeting_id = self.window.current_meeting_id()
        name = ""
        if meeting_id is not None:
            try:
                meeting = self.services.read(meetings.get, meeting_id)
                name = self.services.read(mentors.get, meeting.mentor_id).name
            except RecordNotFoundError:  # deleted meanwhile: keep the plain label
                name = ""
        label = self.tr("E-mai&l agenda to {0}…").format(name) if name else None
        self.actions.email_agenda_action.setText(label or self.tr("E-mai&l agenda…"))

    def drafts_folder(self) -> Path:
        from mentee_desktop.data.store import ensure_private_folder

        folder = Path(self.window.data_dir) / DRAFTS_FOLDER
        ensure_private_folder(folder)
        return folder

    def email(self, kind: str) -> bool:
        """Start the draft for the meeting shown: its PDF is rendered in a child process, then
        the draft is written and opened (:meth:`write_draft`). False when it cannot start."""
        from mentee_desktop.agenda import eml, pdf

        meeting_id = self.actions._meeting_id()
        if meeting_id is None or self.actions.pdf_busy():
            return False
        value = self.actions._agenda(meeting_id) if kind == "agenda" else None
        value = value or (self.actions._recap(meeting_id) if kind == "recap" else None)
        if value is None:
            return False
        to = self.services.read(eml.address_for_meeting, meeting_id)
        now = self.services.now()
        if kind == "agenda":
            calendar = self.actions._render("agenda", value, "ics")
            document = pdf.agenda_document(value)
        else:
            calendar = None
            document = pdf.recap_document(value)
        return self.actions.render_pdf(
            document,
            lambda data: self.write_draft(kind, value, to, now, data, calendar),
            self.tr("Not saved: {0}"),
        )

    def write_draft(self, kind: str, value, to, now, document: bytes, calendar) -> bool:
        """Write the draft with its PDF attached and open it; True when something opened."""
        from mentee_desktop.agenda import eml, text
        from mentee_desktop.agenda.files import ExportError, suggested_name, write_atomically
        from mentee_desktop.data.errors import StoreError

        if kind == "agenda":
            data = eml.agenda_message(value, to=to, pdf=document, ics=calendar, now=now)
            subject, body = eml.agenda_subject(value), text.render_agenda(value)
        else:
            data = eml.recap_message(value, to=to, pdf=document, now=now)
            subject, body = eml.recap_subject(value), text.render_recap(value)
        day = value.meeting.starts_at.date()
        name = suggested_name(kind, value.meeting.mentor_name, day, ".eml")
        try:
            folder = self.drafts_folder()
            draft = write_atomically(folder / name, data)
        except (ExportError, StoreError) as exc:
            self.window.message_bar.show_error(self.tr("Not saved: {0}").format(exc))
            return False
        if self.open_url(QUrl.fromLocalFile(str(draft))):
            self.window.show_info(
                self.tr("The draft is open in your mail program ({0}).").format(draft)
            )
            return True
        try:
            attachment = write_atomically(draft.with_suffix(".pdf"), document)
        except ExportError as exc:
            self.window.message_bar.show_error(self.tr("Not saved: {0}").format(exc))
            return False
        if self.open_url(QUrl(eml.mailto_link(to, subject, body))):
            self.window.message_bar.show_error(
                self.tr(
                    "Nothing opens e-mail drafts here, so a new message was started. "
                    "Attach {0} to it."
                ).format(attachment)
            )
            return True
        self.window.message_bar.show_error(
            self.tr("No mail program could be opened. The draft is saved as {0}.").format(draft)
        )
        return False

    def copy_for_chat(self) -> None:
        from mentee_desktop.agenda.eml import chat_text

        meeting_id = self.actions._meeting_id()
        if meeting_id is None or not (agenda := self.actions._agenda(meeting_id)):
            return
        QGuiApplication.clipboard().setText(chat_text(agenda))
        self.window.show_info(self.tr("A short agenda is on the clipboard; paste it into a chat."))
