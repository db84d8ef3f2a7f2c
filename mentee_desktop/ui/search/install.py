"""Adds Edit ▸ Search… (Ctrl+F) to the main window; the dialog is built on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from mentee_desktop.ui.shell.features import claim

if TYPE_CHECKING:
    from mentee_desktop.ui.search.dialog import SearchDialog
    from mentee_desktop.ui.shell.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Add the search action to the Edit menu."""
    claim(window, "search")
    action = QAction(QCoreApplication.translate("Search", "&Search…"), window)
    action.setObjectName("searchAction")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
    action.setStatusTip(QCoreApplication.translate("Search", "Find anything you ever wrote"))
    action.triggered.connect(lambda: open_search(window))
    window.edit_menu.addSeparator()
    window.edit_menu.addAction(action)


def open_search(window: MainWindow) -> SearchDialog:
    """Show the window's search dialog (one per window, kept for the last query)."""
    from mentee_desktop.ui.search.dialog import SearchDialog

    dialog = window.findChild(SearchDialog)
    if dialog is None:
        dialog = SearchDialog(window.services, window.open_record, window)
    dialog.start()
    return dialog
