"""Invitations into the window: the File menu action, drops on the window, files handed over
by another launch. One event with a known mentor is imported at once; several events, or an
organizer no mentor's contact matches, show the preview first. The message bar says what
changed, with Undo. Kept recurring series get their later meetings once the window is up
and then every hour it stays open (a cheap check; only a series that came closer than the
horizon is read again), and the message bar says so.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, QUrl
from PySide6.QtWidgets import QFileDialog

from mentee_desktop.data import mentors
from mentee_desktop.data.record_kind import RecordKind
from mentee_desktop.invitations import CALENDAR_SUFFIXES
from mentee_desktop.ui.invitations import words
from mentee_desktop.ui.shell.features import claim
from mentee_desktop.ui.widgets import dates

if TYPE_CHECKING:  # read.py (and icalendar) load only when a file is imported
    from mentee_desktop.invitations.read import Invitation

log = logging.getLogger(__name__)
NEW_MENTOR = "new"
# how often the window looks for kept series to plan further (sleep pauses timers: hourly
# checks catch up soon after a laptop wakes, and cost one small query when nothing is due)
SERIES_CHECK_MS = 60 * 60 * 1000


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
        self.previewed: tuple | None = None  # the invitation and plan the preview shows
        self.series_timer = QTimer(self)
        self.series_timer.setInterval(SERIES_CHECK_MS)
        self.import_action = window._action(self.tr("&Import invitation…"), window.file_menu)
        window.file_menu.removeAction(self.import_action)
        window.file_menu.insertAction(window.file_export_separator, self.import_action)
        window.setAcceptDrops(True)
        self._connect_callbacks()

    def _connect_callbacks(self) -> None:
        self.import_action.triggered.connect(self.ask_for_file)
        self.window.installEventFilter(self)
        self.series_timer.timeout.connect(self.extend_kept_series)
        self.series_timer.start()
        QTimer.singleShot(0, self, self.extend_kept_series)  # installed after the paint

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

        now = self.services.now()
        invitation = self._read(data, now, self.services.read(source.horizon_days))
        if invitation is None:
            return
        plan, unknown = self._plan(invitation, now)
        mentor_choices = self._mentor_choices(invitation) if unknown is not None else []
        if not mentor_choices and len(plan.actionable) <= 1:
            self.apply(invitation, plan, None, plan.actionable)
            return
        intro = self.tr("Tick the meetings to import.")
        if mentor_choices:
            intro = self.tr(
                "No mentor's contact holds {0}. Choose the mentor, or add a new one."
            ).format(unknown)
        self.show_preview(invitation, plan, mentor_choices, intro, data)

    def _plan(self, invitation, now) -> tuple:
        """The plan, and who no mentor's contact matches (None when every event has one)."""
        from mentee_desktop.invitations.plan import NoMentorError, make_plan

        try:
            return self.services.read(make_plan, invitation, now=now), None
        except NoMentorError as exc:
            return self.services.read(make_plan, invitation, now=now, mentor_id=-1), str(exc)

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

    def show_preview(self, invitation, plan, mentor_choices, intro: str, data: bytes) -> None:
        from mentee_desktop.invitations import source
        from mentee_desktop.ui.invitations.preview_dialog import InvitationPreview

        months = self.services.read(source.horizon_months) if invitation.series_masters else None
        dialog = InvitationPreview(
            self._rows(plan), mentor_choices, intro, self.window, horizon_months=months
        )
        self.previewed = (invitation, plan)
        dialog.accepted.connect(
            lambda: self.apply(*self.previewed, dialog.mentor_choice(), dialog.chosen())
        )
        dialog.horizon.valueChanged.connect(lambda value: self.change_horizon(value, data))
        self.preview = dialog
        dialog.open()

    def _read(self, data: bytes, now: datetime, horizon_days: int) -> Invitation | None:
        """The invitation with its series planned ``horizon_days`` ahead, or None after
        saying why it cannot be read."""
        from mentee_desktop.invitations.read import InvitationError, read_invitation

        try:
            return read_invitation(
                data, now=now, user_zone=self.services.zone_name, horizon_days=horizon_days
            )
        except InvitationError as exc:
            self.window.message_bar.show_error(self.tr("Not imported: {0}").format(exc))
            return None

    def change_horizon(self, months: int, data: bytes) -> None:
        """Keep the new horizon (the setting) and show the series planned that far ahead."""
        from mentee_desktop.data import settings
        from mentee_desktop.invitations import source

        self.services.call(RecordKind.SETTINGS, settings.put, source.HORIZON_KEY, months)
        now = self.services.now()
        invitation = self._read(data, now, source.days_in(months))
        if invitation is None:
            return
        plan, _unknown = self._plan(invitation, now)
        self.previewed = (invitation, plan)
        self.preview.set_rows(self._rows(plan))

    def _rows(self, plan) -> list:
        from mentee_desktop.invitations.plan import UNCHANGED
        from mentee_desktop.ui.invitations.preview_dialog import PreviewRow

        rows = []
        for change in plan.changes:
            start = change.starts_at.astimezone(self.services.zone)
            rows.append(
                PreviewRow(
                    when=dates.date_and_clock(start),
                    title=change.title or self.tr("(no title)"),
                    organizer=change.organizer,
                    what=words.what_happens(change.kind),
                    can_tick=change.kind != UNCHANGED,
                )
            )
        return rows

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

    # ----- a kept series, planned further as time passes
    def extend_kept_series(self) -> None:
        """Add the meetings of kept series that have come within the horizon, and say so."""
        from datetime import timedelta

        from mentee_desktop.data import calendar_series
        from mentee_desktop.data.errors import StoreClosedError, StoreError
        from mentee_desktop.data.store import is_read_only
        from mentee_desktop.invitations import source
        from mentee_desktop.invitations.series import extend_series

        now = self.services.now()
        try:
            due = self.services.read(
                lambda db: (
                    not is_read_only(db)
                    and calendar_series.due(db, now + timedelta(days=source.horizon_days(db)))
                )
            )
        except StoreClosedError:
            log.info("the store was closed; kept series are no longer planned further")
            self.series_timer.stop()
            return
        except StoreError as exc:
            log.warning("kept series not looked at now: %s", exc)  # the next check tries again
            return
        if not due:
            return
        extended = self.services.call(
            RecordKind.MEETING, extend_series, now, self.services.zone_name
        )
        texts = [words.series_added(one.title, len(one.added)) for one in extended or ()]
        if any(texts):
            self.window.show_info("; ".join(text for text in texts if text))
