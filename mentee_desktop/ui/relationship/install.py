"""Adds the Relationship tab and Edit ▸ Search… (Ctrl+F) to the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from mentee_desktop.ui.shell.main_window import MainWindow
    from mentee_desktop.ui.shell.services import AppServices
    from mentee_desktop.ui.shell.tab_base import MentoringTab


def relationship_tab(services: AppServices) -> MentoringTab:
    """The tab, built (and its module imported) when it is first shown: start-up time."""
    from mentee_desktop.ui.relationship.tab import RelationshipTab

    return RelationshipTab(services)


def install(window: MainWindow) -> None:
    """Add the tab and the search action; the search dialog is built on first use."""
    window.add_tab(
        "relationship", relationship_tab, QT_TRANSLATE_NOOP("MainWindow", "Relationship")
    )
    action = QAction(QCoreApplication.translate("Search", "&Search…"), window)
    action.setObjectName("searchAction")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
    action.setStatusTip(QCoreApplication.translate("Search", "Find anything you ever wrote"))
    action.triggered.connect(lambda: open_search(window))
    window.edit_menu.addSeparator()
    window.edit_menu.addAction(action)


def open_search(window: MainWindow):
    """Show the window's search dialog (one per window, kept for the last query)."""
    from mentee_desktop.ui.search.dialog import SearchDialog

    dialog = window.findChild(SearchDialog)
    if dialog is None:
        dialog = SearchDialog(window.services, window.open_record, window)
    dialog.start()
    return dialog
