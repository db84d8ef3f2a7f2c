"""How the mentee left the Prepare tab: the splitter's widths and whether the suggested
questions are shown, kept in the store's settings so the next start looks the same."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QSplitter, QWidget

from mentee_desktop.data import settings
from mentee_desktop.data.record_kind import RecordKind
from mentee_desktop.ui.shell.services import AppServices

SPLITTER_KEY = "prepare.splitter"
SUGGESTIONS_KEY = "prepare.suggestions_visible"


class RememberedLayout:
    """Restores the layout once and stores it again only when it changed."""

    def __init__(
        self,
        services: AppServices,
        splitter: QSplitter,
        toggle: QAbstractButton,
        suggestions: QWidget,
    ):
        self.services = services
        self.splitter = splitter
        self.toggle = toggle
        self.suggestions = suggestions
        self._saved: tuple[list[int], bool] | None = None

    def restore(self) -> None:
        sizes = self.services.read(settings.get, SPLITTER_KEY)
        if isinstance(sizes, list) and len(sizes) == 3 and all(isinstance(s, int) for s in sizes):
            self.splitter.setSizes(sizes)
        visible = bool(self.services.read(settings.get, SUGGESTIONS_KEY, True))
        self.toggle.setChecked(visible)
        self.suggestions.setVisible(visible)
        self._saved = (self.splitter.sizes(), visible)

    def save(self) -> None:
        """Remember the splitter and the suggestions panel, when shown and changed."""
        if not self.splitter.isVisible():
            return
        layout = (self.splitter.sizes(), self.toggle.isChecked())
        if layout == self._saved:
            return
        self._saved = layout
        self.services.call(
            RecordKind.SETTINGS,
            settings.put_many,
            {SPLITTER_KEY: layout[0], SUGGESTIONS_KEY: layout[1]},
        )
