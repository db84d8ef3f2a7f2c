"""The contract between the main window and each tab."""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter, QWidget

from mentee_desktop.ui.shell.services import AppServices


class MentoringTab(QWidget):
    """A tab follows the selected mentor and meeting and can add a new item on Ctrl+N."""

    #: the tab's title as shown in the tab bar
    title = ""

    def __init__(self, services: AppServices, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.mentor_id: int | None = None
        self.meeting_id: int | None = None

    def set_context(self, mentor_id: int | None, meeting_id: int | None) -> None:
        """Show the records of this mentor / meeting (either may be None)."""
        self.mentor_id = mentor_id
        self.meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        """Read again from the store."""

    def add_new(self) -> None:
        """Start a new item (Ctrl+N)."""

    def select_record(self, record_id: int) -> bool:
        """Select and show one record of this tab's kind; False when it is not shown here."""
        return False

    def flush(self) -> None:
        """Store any edit still in an editor (called before closing or switching)."""

    def remembered_splitters(self) -> list[QSplitter]:
        """The splitters whose positions the window keeps, by their object names (the tab
        names them; asking Qt for every splitter makes PySide wrap every widget of the tab)."""
        return []
