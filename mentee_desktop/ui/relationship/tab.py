"""The Relationship tab: the partnership itself, for the selected mentor.

The tab lays out its panels and keeps them fresh: goals with progress (goals_panel),
check-ins with their trend and the prompt when one is due (checkins_panel), what I shared
and what I learned (gathered_panel), and both partners' follow-through (the shared widget).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentee_desktop.data import mentors
from mentee_desktop.data.errors import RecordNotFoundError
from mentee_desktop.data.record_kind import RecordKind
from mentee_desktop.ui.relationship.checkins_panel import (
    CHECKIN_EVERY_KEY,
    CheckinBanner,
    CheckinsPanel,
)
from mentee_desktop.ui.relationship.gathered_panel import GatheredPanel
from mentee_desktop.ui.relationship.goals_panel import GoalsPanel
from mentee_desktop.ui.shell.services import AppServices
from mentee_desktop.ui.shell.tab_base import MentoringTab
from mentee_desktop.ui.widgets.follow_through import FollowThroughPanel

__all__ = ["CHECKIN_EVERY_KEY", "RelationshipTab"]

#: store changes that can alter what this tab shows
RELEVANT_KINDS = {
    RecordKind.GOAL,
    RecordKind.CHECKIN,
    RecordKind.AGENDA_ITEM,
    RecordKind.NOTE,
    RecordKind.ACTION_ITEM,
    RecordKind.MEETING,
    RecordKind.MENTOR,
    RecordKind.SETTINGS,
    RecordKind.INSIGHT,
    RecordKind.FEEDBACK,  # an answer I act on becomes an insight to put to work
}


class RelationshipTab(MentoringTab):
    title = QT_TRANSLATE_NOOP("MainWindow", "Relationship")

    def __init__(self, services: AppServices, parent: QWidget | None = None):
        super().__init__(services, parent)
        self._mentor_name = ""
        self._stale = False  # the store changed while the tab was hidden
        self._build()
        self._connect_callbacks()
        self.reload()

    # ----- construction
    def _build(self) -> None:
        self.empty = QLabel(self.tr("Pick or add a mentor to see your relationship."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)
        self.banner = CheckinBanner()
        self.follow_through = FollowThroughPanel()
        self.goals = GoalsPanel(self.services)
        self.checkins = CheckinsPanel(self.services)
        self.gathered = GatheredPanel(self.services)

        columns = QHBoxLayout()
        columns.addWidget(self.goals, 11)
        columns.addWidget(self.checkins, 10)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_through, 1)
        # beside the follow-through record: how much of what I heard I put to work
        follow.addWidget(self.gathered.put_to_work.summary, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(follow)
        layout.addLayout(columns, 3)
        layout.addWidget(self.gathered, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what it holds
        self.scroll.setWidget(content)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.scroll)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

    def _connect_callbacks(self) -> None:
        self.services.store_changed.connect(self._store_changed)
        self.banner.banner_button.clicked.connect(self.record_checkin)

    @property
    def dialog(self) -> QDialog | None:
        """The goal or check-in dialog being shown."""
        return self.goals.dialogs.dialog or self.checkins.dialogs.dialog

    # ----- reading
    def _store_changed(self, kind: str) -> None:
        if kind in RELEVANT_KINDS:
            self._refresh()

    def set_context(self, mentor_id: int | None, meeting_id: int | None) -> None:
        self.mentor_id = mentor_id
        self.meeting_id = meeting_id
        self._refresh()

    def _refresh(self) -> None:
        """Reload now when shown, else when next shown: edits in other tabs stay cheap."""
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _ensure_fresh(self) -> None:
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        if self.mentor_id is None:
            self.pages.setCurrentWidget(self.empty)
            return
        try:
            mentor = self.services.read(mentors.get, self.mentor_id)
        except RecordNotFoundError:  # the mentor was just deleted: show nothing, not fail
            self.pages.setCurrentWidget(self.empty)
            return
        self._mentor_name = mentor.name
        self.pages.setCurrentWidget(self.scroll)
        self.goals.load(self.mentor_id)
        self.checkins.load(self.mentor_id, mentor.name)
        self.gathered.load(self.mentor_id)
        self.follow_through.set_mentor_name(self._first_name())
        self.follow_through.load(self.services, self.mentor_id)
        self.banner.load(self.services, self.mentor_id, self._first_name())

    def _first_name(self) -> str:
        words = self._mentor_name.split()
        return words[0] if words else self.tr("My mentor")

    # ----- selection
    def select_record(self, record_id: int) -> bool:
        """Select a goal (the window passes ids without their kind; see select_kind_record)."""
        return self.select_kind_record(RecordKind.GOAL, record_id)

    def select_kind_record(self, kind: str, record_id: int) -> bool:
        """Select a goal, a progress note (with its goal), a check-in or an insight and show
        it."""
        self._ensure_fresh()
        if kind == RecordKind.GOAL:
            found, widget = self.goals.select_goal(record_id), self.goals.goal_tree
        elif kind == RecordKind.GOAL_PROGRESS:
            found, widget = self.goals.select_progress(record_id), self.goals.progress_list
        elif kind == RecordKind.CHECKIN:
            found, widget = self.checkins.select_checkin(record_id), self.checkins.checkin_tree
        elif kind == RecordKind.INSIGHT:
            found = self.gathered.put_to_work.select(record_id)
            widget = self.gathered.put_to_work.insight_list
        else:
            return False
        if found:
            self.scroll.ensureWidgetVisible(widget)
            widget.setFocus()
        return found

    # ----- commands the window calls
    def add_new(self) -> None:
        """Ctrl+N: a new goal."""
        self._ensure_fresh()
        self.goals.add_new()

    def record_checkin(self) -> None:
        self._ensure_fresh()
        self.checkins.record_checkin()
