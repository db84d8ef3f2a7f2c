"""File menu actions that take a meeting out of the app: export, copy, preview and print.

``install(window)`` adds them above the Quit item. The renderers, icalendar and Qt's print
support are imported only when an action runs, so the window starts as fast as before.

A PDF export is rendered in a child process (:mod:`mentee_desktop.ui.export.pdf_job`): the
window builds the agenda, hands the child the document's plain values and writes the file
when the PDF arrives (the e-mail drafts' PDF too). One PDF is made at a time; asking for
another meanwhile is refused with a message: making one takes well under a second for a
typical agenda, and a queue would write files the user may have stopped waiting for.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer
from PySide6.QtGui import QAction, QColor, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mentee_desktop.data import settings
from mentee_desktop.data.record_kind import RecordKind
from mentee_desktop.ui.export.mail import MailDrafts
from mentee_desktop.ui.shell.features import claim
from mentee_desktop.ui.widgets import dates

LAST_FOLDER_KEY = "export.last_folder"
LAST_FORMAT_KEY = "export.last_format"
#: a PDF not written by then gets a word that it is being made (most take 0.2–0.4 s)
SAY_MAKING_AFTER_MS = 500


def install(window) -> None:
    """Add the export actions to the window's File menu (kept as ``window.export_actions``)."""
    claim(window, "export")
    window.export_actions = ExportActions(window)


class ExportActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.services = window.services
        self.file_dialog: QFileDialog | None = None
        self.preview: AgendaPreview | None = None
        self.print_dialog = None
        self.printer = None
        #: the PDF export under way (rendered in a child process), else None
        self.pdf_job = None
        #: the child's command line; None: the real child (tests point it elsewhere)
        self.pdf_child_command: list[str] | None = None
        self.export_agenda_action = self._action(self.tr("&Export agenda…"), "Ctrl+E")
        self.export_recap_action = self._action(self.tr("Expor&t recap…"))
        self.copy_agenda_action = self._action(self.tr("&Copy agenda as Markdown"), "Ctrl+Shift+C")
        self.preview_action = self._action(self.tr("Pre&view agenda…"))
        self.print_action = self._action(self.tr("&Print agenda…"), "Ctrl+P")
        self.email_agenda_action = self._action(self.tr("E-mai&l agenda…"))
        self.email_recap_action = self._action(self.tr("E-mail rec&ap…"))
        self.copy_chat_action = self._action(self.tr("Copy agenda for c&hat"))
        self.all_actions = [
            self.export_agenda_action,
            self.export_recap_action,
            self.copy_agenda_action,
            self.preview_action,
            self.print_action,
            self.email_agenda_action,
            self.email_recap_action,
            self.copy_chat_action,
        ]
        self.mail = MailDrafts(self)
        window.file_menu.insertActions(window.file_export_separator, self.all_actions)
        window.close_hooks.append(self.finish_pdf_export)
        self._connect_callbacks()
        self.update_enabled()

    def _action(self, text: str, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _connect_callbacks(self) -> None:
        self.export_agenda_action.triggered.connect(self.export_agenda)
        self.export_recap_action.triggered.connect(self.export_recap)
        self.copy_agenda_action.triggered.connect(self.copy_agenda)
        self.preview_action.triggered.connect(self.preview_agenda)
        self.print_action.triggered.connect(self.print_agenda)
        self.email_agenda_action.triggered.connect(lambda: self.mail.email("agenda"))
        self.email_recap_action.triggered.connect(lambda: self.mail.email("recap"))
        self.copy_chat_action.triggered.connect(self.mail.copy_for_chat)
        self.window.selector.selection_changed.connect(self.update_enabled)

    def update_enabled(self, *_: object) -> None:
        """The actions need a meeting; without one they are greyed out."""
        has_meeting = self.window.current_meeting_id() is not None
        for action in self.all_actions:
            action.setEnabled(has_meeting)
        self.mail.name_the_mentor()

    # ----- building what to export
    def _meeting_id(self) -> int | None:
        meeting_id = self.window.current_meeting_id()
        if meeting_id is None:
            self.window.message_bar.show_error(self.tr("Choose a meeting first."))
        return meeting_id

    def _agenda(self, meeting_id: int):
        from mentee_desktop.agenda.build import NoSuchMeetingError, build_agenda

        try:
            return self.services.read(build_agenda, meeting_id, now=self.services.now())
        except NoSuchMeetingError:
            self.window.message_bar.show_error(self.tr("That meeting no longer exists."))
            return None

    def _recap(self, meeting_id: int):
        from mentee_desktop.agenda.build import NoSuchMeetingError, build_recap

        try:
            recap = self.services.read(build_recap, meeting_id, now=self.services.now())
        except NoSuchMeetingError:
            self.window.message_bar.show_error(self.tr("That meeting no longer exists."))
            return None
        if recap.meeting.status == "planned" and recap.meeting.starts_at > self.services.now():
            self.window.message_bar.show_error(
                self.tr("This meeting has not taken place yet; choose a held meeting for a recap.")
            )
            return None
        return recap

    def _render(self, kind: str, value, file_format: str) -> bytes | None:
        """The bytes of an agenda or recap as Markdown or iCalendar; None when a setting
        cannot be saved. (A PDF is rendered in a child process: ``_start_pdf_export``.)"""
        if file_format == "ics":
            from mentee_desktop.agenda import ics

            options = self.services.call(RecordKind.SETTINGS, ics.calendar_options)
            if options is None:
                return None
            return ics.render_agenda(value, options=options, now=self.services.now())
        from mentee_desktop.agenda import markdown

        text = (markdown.render_agenda if kind == "agenda" else markdown.render_recap)(value)
        return text.encode("utf-8")

    # ----- export
    def export_agenda(self) -> None:
        if (meeting_id := self._meeting_id()) is not None and (value := self._agenda(meeting_id)):
            self._ask_for_file("agenda", meeting_id, value, ("md", "pdf", "ics"))

    def export_recap(self) -> None:
        if (meeting_id := self._meeting_id()) is not None and (value := self._recap(meeting_id)):
            self._ask_for_file("recap", meeting_id, value, ("md", "pdf"))

    def _filters(self) -> dict[str, str]:
        return {
            "md": self.tr("Markdown (*.md)"),
            "pdf": self.tr("PDF document (*.pdf)"),
            "ics": self.tr("Calendar event (*.ics)"),
        }

    def _ask_for_file(self, kind: str, meeting_id: int, value, formats: tuple[str, ...]) -> None:
        """Open the save dialog (``value``, the agenda or recap just read, names the file);
        the export happens when a file is chosen, from the store as it is then."""
        from mentee_desktop.agenda.files import SUFFIX_OF, format_from_path, suggested_name

        filters = {f: self._filters()[f] for f in formats}
        last = self.services.read(settings.get, LAST_FORMAT_KEY)
        chosen = last if last in formats else formats[0]
        day = value.meeting.starts_at.date()
        name = suggested_name(kind, value.meeting.mentor_name, day, SUFFIX_OF[chosen])
        title = self.tr("Export agenda") if kind == "agenda" else self.tr("Export recap")
        dialog = QFileDialog(self.window, title)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilters(list(filters.values()))
        dialog.selectNameFilter(filters[chosen])
        dialog.setDefaultSuffix(SUFFIX_OF[chosen].lstrip("."))
        dialog.setDirectory(self._start_folder())
        dialog.selectFile(name)
        dialog.setAccessibleName(title)

        def filter_picked(text: str) -> None:
            file_format = next((f for f, label in filters.items() if label == text), chosen)
            dialog.setDefaultSuffix(SUFFIX_OF[file_format].lstrip("."))
            name_edit = dialog.findChild(QLineEdit, "fileNameEdit")  # Qt's own dialog only
            if name_edit is not None and format_from_path(name_edit.text()):
                stem = name_edit.text().rsplit(".", 1)[0]
                name_edit.setText(stem + SUFFIX_OF[file_format])

        def file_chosen(path: str) -> None:
            picked = next(
                (f for f, label in filters.items() if label == dialog.selectedNameFilter())
            )
            self.write_export(kind, meeting_id, path, picked)

        dialog.filterSelected.connect(filter_picked)
        dialog.fileSelected.connect(file_chosen)
        self.file_dialog = dialog
        dialog.open()

    def _start_folder(self) -> str:
        last = self.services.read(settings.get, LAST_FOLDER_KEY)
        if isinstance(last, str) and Path(last).is_dir():
            return last
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return documents if documents and Path(documents).is_dir() else str(Path.home())

    def write_export(self, kind: str, meeting_id: int, path: str, fallback_format: str) -> bool:
        """Write the export to ``path``; its extension picks the format (else the filter's).

        Markdown and iCalendar are written before this returns. A PDF is rendered in a child
        process and written when it arrives: True then means the export has started."""
        from mentee_desktop.agenda.files import format_from_path

        file_format = format_from_path(path) or fallback_format
        if kind == "recap" and file_format == "ics":
            file_format = fallback_format if fallback_format != "ics" else "md"
        if file_format == "pdf" and self.pdf_busy():
            return False
        value = self._agenda(meeting_id) if kind == "agenda" else self._recap(meeting_id)
        if value is None:
            return False
        if file_format == "pdf":
            return self._start_pdf_export(kind, value, path)
        data = self._render(kind, value, file_format)
        if data is None:
            return False
        return self._save(kind, path, data, file_format)

    def _save(self, kind: str, path: str, data: bytes, file_format: str) -> bool:
        """Write the file atomically, remember its folder and format, say where it went."""
        from mentee_desktop.agenda.files import ExportError, write_atomically

        try:
            target = write_atomically(path, data)
        except ExportError as exc:
            self.window.message_bar.show_error(self.tr("Not exported: {0}").format(exc))
            return False
        self.services.call(
            RecordKind.SETTINGS,
            settings.put_many,
            {LAST_FOLDER_KEY: str(target.parent), LAST_FORMAT_KEY: file_format},
        )
        saved = (
            self.tr("Agenda saved to {0}") if kind == "agenda" else self.tr("Recap saved to {0}")
        )
        self.window.show_info(saved.format(target))
        return True

    def _start_pdf_export(self, kind: str, value, path: str) -> bool:
        """Hand the document to a child process; the file is written when its PDF arrives."""
        from mentee_desktop.agenda import pdf

        make = pdf.agenda_document if kind == "agenda" else pdf.recap_document
        return self.render_pdf(
            make(value),
            lambda data: self._save(kind, path, data, "pdf"),
            self.tr("Not exported: {0}"),
        )

    def pdf_busy(self) -> bool:
        """True (with a message) while a PDF is being made: one at a time."""
        if self.pdf_job is None:
            return False
        self.window.message_bar.show_error(
            self.tr("A PDF is still being made; try again when it is saved.")
        )
        return True

    def render_pdf(self, document, use: Callable[[bytes], object], not_done: str) -> bool:
        """Render ``document`` in a child process and call ``use`` with the PDF when it
        arrives; a PDF that cannot be made at all shows ``not_done`` ("…: {0}") instead.
        False (with a message) when another PDF is still being made."""
        from mentee_desktop.ui.export.pdf_job import PdfJob

        if self.pdf_busy():
            return False
        job = PdfJob(document, self, command=self.pdf_child_command)
        self.pdf_job = job

        def rendered(data: bytes) -> None:
            self._pdf_export_over(job)
            use(data)

        def failed(reason: str) -> None:
            self._pdf_export_over(job)
            reason = reason or self.tr("the PDF could not be made (the log has the details)")
            self.window.message_bar.show_error(not_done.format(reason))

        def still_making() -> None:  # a slow machine or a long agenda: say it is under way
            if self.pdf_job is job:
                self.window.show_info(self.tr("Making the PDF…"))

        job.rendered.connect(rendered)
        job.failed.connect(failed)
        job.start()
        QTimer.singleShot(SAY_MAKING_AFTER_MS, job, still_making)
        return True

    def _pdf_export_over(self, job) -> None:
        if self.pdf_job is job:
            self.pdf_job = None
        job.deleteLater()

    def finish_pdf_export(self) -> None:
        """The window closes: a PDF under way (an export, an e-mail draft) is finished (waited
        for briefly, else rendered here) and its file written, so closing loses nothing."""
        if self.pdf_job is not None:
            self.pdf_job.finish_now()

    # ----- clipboard, preview, print
    def copy_agenda(self) -> None:
        from mentee_desktop.agenda.markdown import render_agenda

        if (meeting_id := self._meeting_id()) is None or not (agenda := self._agenda(meeting_id)):
            return
        QGuiApplication.clipboard().setText(render_agenda(agenda))
        self.window.show_info(self.tr("Agenda copied as Markdown; paste it into a message."))

    def preview_agenda(self) -> None:
        from mentee_desktop.agenda.html import render_outline
        from mentee_desktop.agenda.outline import agenda_outline

        if (meeting_id := self._meeting_id()) is None or not (agenda := self._agenda(meeting_id)):
            return
        self.preview = AgendaPreview(render_outline(agenda_outline(agenda)), self.window)
        self.preview.copy_button.clicked.connect(self.copy_agenda)
        self.preview.export_button.clicked.connect(self.export_agenda)
        self.preview.print_button.clicked.connect(self.print_agenda)
        self.preview.open()

    def print_agenda(self) -> None:
        """Show the system print dialog; the agenda is printed when it is accepted."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from mentee_desktop.agenda.pdf import page_layout, page_size_for_locale

        if (meeting_id := self._meeting_id()) is None or not (agenda := self._agenda(meeting_id)):
            return
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setPageLayout(page_layout(page_size_for_locale()))
        self.printer.setDocName(f"Agenda {dates.file_date(agenda.meeting.starts_at.date())}")
        self.print_dialog = QPrintDialog(self.printer, self.window)
        self.print_dialog.setWindowTitle(self.tr("Print agenda"))
        self.print_dialog.accepted.connect(lambda: self.print_to(self.printer, meeting_id))
        QDialog.open(self.print_dialog)  # QPrintDialog.open() wants a receiver

    def print_to(self, printer, meeting_id: int) -> bool:
        """Paint the agenda onto a printer the user set up; False (with a message) on failure."""
        from mentee_desktop.agenda.outline import agenda_outline
        from mentee_desktop.agenda.pdf import paint_outline

        agenda = self._agenda(meeting_id)
        if agenda is None:
            return False
        try:
            pages = paint_outline(printer, agenda_outline(agenda))
        except OSError:
            self.window.message_bar.show_error(self.tr("The printer could not be used."))
            return False
        self.window.show_info(self.tr("Sent %n page(s) to the printer.", "", pages))
        return True


class AgendaPreview(QDialog):
    """The agenda as it will print, read-only, with the ways to send it on."""

    def __init__(self, document_html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agenda preview"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setReadOnly(True)
        self.browser.setAccessibleName(self.tr("Agenda preview"))
        self.browser.document().setDocumentMargin(24)
        paper = self.browser.palette()  # white like the printed page, in dark mode too
        paper.setColor(QPalette.ColorRole.Base, QColor("white"))
        paper.setColor(QPalette.ColorRole.Text, QColor("#1d2433"))
        self.browser.setPalette(paper)
        self.browser.setHtml(document_html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy as Markdown"))
        self.copy_button.setAccessibleName(self.tr("Copy the agenda as Markdown"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export the agenda to a file"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setAccessibleName(self.tr("Print the agenda"))
        for button in (self.copy_button, self.export_button, self.print_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 820)
        self._connect_callbacks()

    def _connect_callbacks(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.accept)
        self.print_button.clicked.connect(self.accept)

    def text(self) -> str:
        return self.browser.toPlainText()
