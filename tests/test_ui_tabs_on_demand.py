"""Tabs are built when first shown, and a tab behind reads a new selection when it comes
to the front: start-up and a change of mentor read one tab, not five."""

from __future__ import annotations

from datetime import date

import pytest

from mentee_desktop.app import build_window
from mentee_desktop.data import action_items, settings
from mentee_desktop.data.action_items import ActionItem
from mentee_desktop.ui.actions.tab import ActionsTab
from tests.helpers import add_meeting, add_mentor

ZONE = "Europe/Berlin"


@pytest.fixture
def people(db, now):
    ada = add_mentor(db, "Ada")
    grace = add_mentor(db, "Grace")
    for mentor, title in ((ada, "Send Ada the draft"), (grace, "Read Grace's paper")):
        add_meeting(db, mentor.id, now, days=2)
        action_items.add(db, ActionItem(mentor_id=mentor.id, title=title, due_on=date(2026, 12, 1)))
    return ada, grace


def open_window(qtbot, db, data_dir, now):
    window = build_window(db, data_dir, clock=lambda: now, zone_name=ZONE)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def titles(tab: ActionsTab) -> list[str]:
    return [tab.model.item_at(row).title for row in range(tab.model.rowCount())]


def test_only_the_tab_in_front_is_built_at_start(qtbot, db, data_dir, now, people):
    window = open_window(qtbot, db, data_dir, now)
    assert list(window.tab_by_key.built) == ["prepare"]
    assert list(window.tab_by_key) == ["prepare", "notes", "feedback", "actions", "relationship"]
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Prepare",
        "Listening notes",
        "Feedback",
        "Action items",
        "Relationship",
    ]

    window.tabs.setCurrentIndex(3)  # Ctrl+4
    tab = window.tab_by_key.built["actions"]
    assert isinstance(tab, ActionsTab)
    assert window.tabs.currentWidget() is tab and window.current_tab() is tab
    assert window.tabs.indexOf(tab) == 3 and window.tabs.tabText(3) == "Action items"
    assert titles(tab) == ["Send Ada the draft"]


def test_asking_for_a_tab_builds_it_in_its_place(qtbot, db, data_dir, now, people):
    window = open_window(qtbot, db, data_dir, now)
    notes = window.tab_by_key["notes"]
    assert window.tabs.indexOf(notes) == 1
    assert window.current_tab() is window.tab_by_key["prepare"]  # the front stays the same
    window.tabs.setCurrentWidget(notes)
    assert window.current_tab() is notes
    assert notes.mentor_id == people[0].id


def test_a_tab_behind_reads_the_new_mentor_when_it_comes_to_the_front(
    qtbot, db, data_dir, now, people
):
    ada, grace = people
    window = open_window(qtbot, db, data_dir, now)
    actions = window.tab_by_key["actions"]
    window.tabs.setCurrentWidget(actions)
    assert titles(actions) == ["Send Ada the draft"]

    window.tabs.setCurrentWidget(window.tab_by_key["prepare"])
    window.selector.select(grace.id, None)
    assert actions.mentor_id == ada.id  # behind: not read yet
    window.tabs.setCurrentWidget(actions)
    assert actions.mentor_id == grace.id
    assert titles(actions) == ["Read Grace's paper"]


def test_the_last_tab_comes_back_even_one_a_feature_adds(qtbot, db, data_dir, now, people):
    settings.put(db, "window.tab", 4)
    window = open_window(qtbot, db, data_dir, now)
    assert window.current_tab() is window.tab_by_key.built["relationship"]
    assert "prepare" not in window.tab_by_key.built
    window.close()
    assert settings.get(db, "window.tab") == 4


def test_splitter_positions_of_tabs_never_shown_are_kept(qtbot, db, data_dir, now, people):
    settings.put(db, "window.splitters", {"someTabSplitter": "AAAA"})
    window = open_window(qtbot, db, data_dir, now)
    window.save_state()
    assert settings.get(db, "window.splitters")["someTabSplitter"] == "AAAA"


def test_undo_and_closing_touch_only_built_tabs(qtbot, db, data_dir, now, people):
    window = open_window(qtbot, db, data_dir, now)
    window.undo_last_delete()  # nothing to undo: reloads what is built, builds nothing
    window.close()
    assert list(window.tab_by_key.built) == ["prepare"]
