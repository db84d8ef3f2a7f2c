"""The window's tabs: which exist, which shows which record kind, and how each is built
when it is first shown."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP

from mentee_desktop.data.record_kind import RecordKind
from mentee_desktop.ui.shell.services import AppServices
from mentee_desktop.ui.shell.tab_base import MentoringTab

#: which tab shows which record kind
KIND_TO_TAB = {
    RecordKind.AGENDA_ITEM: "prepare",
    RecordKind.MEETING: "prepare",
    RecordKind.NOTE: "notes",
    RecordKind.FEEDBACK: "feedback",
    RecordKind.ACTION_ITEM: "actions",
    RecordKind.GOAL: "relationship",
    RecordKind.GOAL_PROGRESS: "relationship",
    RecordKind.CHECKIN: "relationship",
    RecordKind.INSIGHT: "relationship",
}

#: builds a tab (a tab class will do)
TabFactory = Callable[[AppServices], MentoringTab]

#: the tabs every window has, in order: key, title, and the module and class of the tab
STANDARD_TABS = (
    ("prepare", QT_TRANSLATE_NOOP("MainWindow", "Prepare"), "prepare.tab", "PrepareTab"),
    ("notes", QT_TRANSLATE_NOOP("MainWindow", "Listening notes"), "notes.tab", "NotesTab"),
    ("feedback", QT_TRANSLATE_NOOP("MainWindow", "Feedback"), "feedback.tab", "FeedbackTab"),
    ("actions", QT_TRANSLATE_NOOP("MainWindow", "Action items"), "actions.tab", "ActionsTab"),
)


def standard_tab(module: str, name: str) -> TabFactory:
    """A factory that imports a tab's module only when the tab is first built."""

    def build(services: AppServices) -> MentoringTab:
        # __import__ rather than importlib.import_module: -X importtime then lists the tab
        # (the start-up import budget test reads that list)
        loaded = __import__(f"mentee_desktop.ui.{module}", fromlist=[name])
        return getattr(loaded, name)(services)

    return build


class TabsByKey(Mapping[str, MentoringTab]):
    """The window's tabs by key, in tab order. A tab is built (its module imported) when it
    is first shown or asked for here, so start-up builds only the tab in front."""

    def __init__(self, build: Callable[[str], MentoringTab]):
        self._build = build
        self.keys_in_order: list[str] = []
        #: the tabs built so far
        self.built: dict[str, MentoringTab] = {}

    def __getitem__(self, key: str) -> MentoringTab:
        if key not in self.built:
            if key not in self.keys_in_order:
                raise KeyError(key)
            self.built[key] = self._build(key)
        return self.built[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys_in_order)

    def __len__(self) -> int:
        return len(self.keys_in_order)
