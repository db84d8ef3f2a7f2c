"""Invitations into the window: the File menu action, drops on the window, files handed over
by another launch. One event with a known mentor is imported at once; several events, or an
organizer no mentor's contact matches, show the preview first. The message bar says what
changed, with Undo.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QUrl
from PySide6.QtWidgets import QFileDialog

from mentee_desktop.data import mentors
from mentee_desktop.invitations import CALENDAR_SUFFIXES
from mentee_desktop.ui.invitations import words
from mentee_desktop.ui.shell.features import claim

log = logging.getLogger(__name__)
NEW_MENTOR = "new"


def install(window) -> None:
    """Add File › Import invitation… and drop handling (kept as ``window.invitation_import``)."""
    claim(window, "invitations")
    window.invitation_import = InvitationImport(window)


def calendar_paths(urls: list[QUrl]) -> list[Path]:
    return [
        Path(url.toLocalFile())
        for url in urls
        if url.isLocalFile() and url.toLocalFile().lower().endswith(CALENDAR_SUFFIXES)
    ]


class InvitationImport(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.services = window.services
        self.file_dialog: QFileDialog | None = None
        self.preview = None
        self.import_action = window._action(self.tr("&Import invitation…"), window.file_menu)
        window.file_menu.removeAction(self.import_action)
        window.file_menu.insertAction(window.file_export_separator, self.import_action)
        window.setAcceptDrops(True)
        self._connect_callbacks()

    def _connect_callbacks(self) -> None:
        self.import_action.triggered.connect(self.ask_for_file)
        self.window.installEventFilter(self)

    # ----- where files come from
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if calendar_paths(event.mimeData().urls()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            paths = calendar_paths(event.mimeData().urls())
            if paths:
                event.acceptProposedAction()
                self.import_paths(paths)
                return True
        return False

    def ask_for_file(self) -> None:
        dialog = QFileDialog(self.window, self.tr("Import invitation"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(
            [self.tr("Calendar invitations (*.ics *.ical)"), self.tr("All files (*)")]
        )
        dialog.fileSelected.connect(lambda path: self.import_paths([path]))
        self.file_dialog = dialog
        dialog.open()

    def import_paths(self, paths: list) -> None:
        """Import each file in turn (a file given on the command line, dropped or chosen)."""
        from mentee_desktop.invitations import source
        from mentee_desktop.invitations.read import InvitationError

        for path in paths:
            try:
                data = source.read_bytes(Path(path))
            except InvitationError as exc:
                self.window.message_bar.show_error(self.tr("Not imported: {0}").format(exc))
                continue
            self.import_data(data)

    # ----- reading and planning
    def import_data(self, data: bytes) -> None:
        from mentee_desktop.invitations import source
        from mentee_desktop.invitations.plan import NoMentorError, make_plan
        from mentee_desktop.invitations.read import InvitationError, read_invitation

        now = self.services.now()
        try:
            invitation = self.services.read(
                lambda db: read_invitation(
                    data,
                    now=now,
                    user_zone=self.services.zone_name,
                    horizon_days=source.horizon_days(db),
                )
            )
        except InvitationError as exc:
            self.window.message_bar.show_error(self.tr("Not imported: {0}").format(exc))
            return
        try:
            plan = self.services.read(make_plan, invitation, now=now)
            mentor_choices: list[tuple[str, object]] = []
        except NoMentorError as exc:
            plan = self.services.read(make_plan, invitation, now=now, mentor_id=-1)
            mentor_choices = self._mentor_choices(invitation)
            unknown = str(exc)
        if not mentor_choices and len(plan.actionable) <= 1:
            self.apply(invitation, plan, None, plan.actionable)
            return
        intro = self.tr("Tick the meetings to import.")
        if mentor_choices:
            intro = self.tr(
                "No mentor's contact holds {0}. Choose the mentor, or add a new one."
            ).format(unknown)
        self.show_preview(invitation, plan, mentor_choices, intro)

    def _mentor_choices(self, invitation) -> list[tuple[str, object]]:
        choices: list[tuple[str, object]] = []
        organizer = next((e.organizer for e in invitation.events if e.organizer), None)
        current = self.window.current_mentor_id()
        known = self.services.read(mentors.list_all)
        known.sort(key=lambda mentor: mentor.id != current)
        choices += [(mentor.name, mentor.id) for mentor in known]
        if organizer is not None:
            label = self.tr("New mentor: {0}").format(organizer.label())
            choices.append((label, (NEW_MENTOR, organizer.name or organizer.email, organizer)))
        return choices

    def show_preview(self, invitation, plan, mentor_choices, intro: str) -> None:
        from mentee_desktop.invitations.plan import UNCHANGED
        from mentee_desktop.ui.invitations.preview_dialog import InvitationPreview, PreviewRow

        rows = []
        for change in plan.changes:
            start = change.starts_at.astimezone(self.services.zone)
            rows.append(
                PreviewRow(
                    when=f"{words.short_day(start)} {start:%Y} {start:%H:%M}",
                    title=change.title or self.tr("(no title)"),
                    organizer=change.organizer,
                    what=words.what_happens(change.kind),
                    can_tick=change.kind != UNCHANGED,
                )
            )
        dialog = InvitationPreview(rows, mentor_choices, intro, self.window)
        dialog.accepted.connect(
            lambda: self.apply(invitation, plan, dialog.mentor_choice(), dialog.chosen())
        )
        self.preview = dialog
        dialog.open()

    # ----- applying, and undo
    def apply(self, invitation, plan, mentor_choice, chosen: list[int]) -> None:
        from mentee_desktop.invitations.apply import apply_plan, undo_import
        from mentee_desktop.invitations.plan import make_plan

        now = self.services.now()
        if mentor_choice is not None:
            mentor_id = self._mentor_id(mentor_choice)
            if mentor_id is None:
                return
            plan = self.services.read(make_plan, invitation, now=now, mentor_id=mentor_id)
        result = self.services.call("meeting", apply_plan, plan, now=now, chosen=chosen)
        if result is None:
            return  # the services reported why
        text = words.summary(result)
        if not result.changed_anything:
            self.window.show_info(text)
            return
        undo = result.undo

        def undo_this_import() -> None:
            self.services.call("meeting", undo_import, undo)
            self.window.selector.reload_mentors(self.window.current_mentor_id())

        self.services.offer_undo(text, undo_this_import)
        shown = (result.added + result.moved + result.cancelled)[0]
        self.window.selector.reload_mentors(shown.mentor_id, shown.id)

    def _mentor_id(self, choice) -> int | None:
        if isinstance(choice, int):
            return choice
        _kind, name, organizer = choice
        mentor = mentors.Mentor(name=name, contact=organizer.label())
        added = self.services.call("mentor", mentors.add, mentor, now=self.services.now())
        return added.id if added is not None else None
