"""The window users get has each tab, menu item and shortcut once; features install once."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from mentee_desktop.app import _feature_installers
from mentee_desktop.ui.reminders.install import install as install_reminders
from mentee_desktop.ui.shell.features import FeatureInstalledTwiceError, installed


def _menu_actions(window) -> list[tuple[str, QAction]]:
    found = []
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if not action.isSeparator() and action.menu() is None:
                found.append((menu.title(), action))
    return found


def test_the_window_has_each_tab_once(make_window):
    window = make_window()
    keys = list(window.tab_by_key.keys_in_order)
    assert keys == ["prepare", "notes", "feedback", "actions", "relationship"]
    assert window.tabs.count() == len(keys)
    assert installed(window) == {
        "relationship",
        "search",
        "export",
        "safety",
        "invitations",
        "reminders",
        "protection",
    }


@pytest.mark.parametrize("tray", [False, True])
def test_no_menu_item_or_shortcut_is_there_twice(make_window, tray):
    window = make_window(tray_available=tray)
    actions = _menu_actions(window)
    items = Counter((menu, action.text()) for menu, action in actions)
    assert [item for item, count in items.items() if count > 1] == []
    shortcuts = Counter(
        sequence.toString(QKeySequence.SequenceFormat.PortableText)
        for action in {id(a): a for a in window.findChildren(QAction)}.values()
        for sequence in action.shortcuts()
        if not sequence.isEmpty()
    )
    assert [keys for keys, count in shortcuts.items() if count > 1] == []
    assert shortcuts["Ctrl+F"] == 1  # search, installed once


def test_the_duplicate_check_notices_a_second_shortcut(make_window):
    window = make_window(show=False)
    extra = QAction("Another search", window)
    extra.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
    window.edit_menu.addAction(extra)
    shortcuts = Counter(
        a.shortcut().toString() for a in window.findChildren(QAction) if not a.shortcut().isEmpty()
    )
    assert shortcuts[QKeySequence(QKeySequence.StandardKey.Find).toString()] == 2


@pytest.mark.parametrize(
    "install", [*_feature_installers(), install_reminders], ids=lambda f: f.__module__
)
def test_every_feature_installer_refuses_a_second_run(make_window, install):
    window = make_window(show=False)
    before = [(menu, action.text()) for menu, action in _menu_actions(window)]
    with pytest.raises(FeatureInstalledTwiceError):
        install(window)
    assert [(menu, action.text()) for menu, action in _menu_actions(window)] == before
    assert window.tabs.count() == 5
