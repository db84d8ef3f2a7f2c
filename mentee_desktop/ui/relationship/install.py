"""Adds the Relationship tab to the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from mentee_desktop.ui.shell.features import claim

if TYPE_CHECKING:
    from mentee_desktop.ui.shell.main_window import MainWindow
    from mentee_desktop.ui.shell.services import AppServices
    from mentee_desktop.ui.shell.tab_base import MentoringTab


def relationship_tab(services: AppServices) -> MentoringTab:
    """The tab, built (and its module imported) when it is first shown: start-up time."""
    from mentee_desktop.ui.relationship.tab import RelationshipTab

    return RelationshipTab(services)


def install(window: MainWindow) -> None:
    """Add the tab (built when first shown)."""
    claim(window, "relationship")
    window.add_tab(
        "relationship", relationship_tab, QT_TRANSLATE_NOOP("MainWindow", "Relationship")
    )
