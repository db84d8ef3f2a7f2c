"""Ctrl+F: search as you type, grouped and highlighted results, Enter opens the record."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from mentee_desktop.data import agenda_items, checkins, goals, meetings
from mentee_desktop.data.goals import Goal
from mentee_desktop.data.sample import add_sample
from mentee_desktop.data.search import MATCH_END, MATCH_START
from mentee_desktop.ui.search.dialog import SearchDialog
from mentee_desktop.ui.search.results import SearchResultsModel, snippet_html
from tests.helpers import add_mentor

ZONE = "Europe/Berlin"
HOSTILE = ['"', "AND (", "*", "<b>x</b>", "-", ":", "NOT", "a OR", "(((", "^", "NEAR(", "'"]


@pytest.fixture
def sample(db, now):
    return add_sample(db, now=now, zone_name=ZONE).mentor


@pytest.fixture
def window(make_window, sample):
    return make_window(zone_name=ZONE)


def type_text(widget, text: str) -> None:
    """Type any text as key events carrying it (QTest.keyClicks only knows ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def open_search(window) -> SearchDialog:
    action = next(a for a in window.edit_menu.actions() if a.objectName() == "searchAction")
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    action.trigger()
    dialog = window.findChild(SearchDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def search_for(qtbot, dialog: SearchDialog, text: str) -> None:
    """Type the text and wait for the debounced search to show its outcome."""
    dialog.field.clear()
    type_text(dialog.field, text)
    assert dialog.timer.isActive()  # debounced: nothing searched on each key
    qtbot.waitUntil(lambda: not dialog.timer.isActive(), timeout=2000)


def hits(dialog: SearchDialog) -> list[tuple[str, int]]:
    model = dialog.model
    return [
        (model.index(r).data(model.KindRole), model.index(r).data(model.RecordIdRole))
        for r in range(model.rowCount())
        if not model.index(r).data(model.IsHeadingRole)
    ]


def test_typing_shows_ranked_results_grouped_by_kind(window, qtbot, qtmodeltester):
    dialog = open_search(window)
    search_for(qtbot, dialog, "desig")  # a prefix, still typing
    model = dialog.model
    assert model.hit_count() >= 4
    assert not dialog.results.isHidden() and dialog.status.isHidden()
    headings = model.headings()
    assert "Action items (1)" in headings and "Goal progress (1)" in headings
    kinds = [kind for kind, _ in hits(dialog)]
    assert kinds == sorted(kinds, key=kinds.index)  # each kind's hits together
    assert len(headings) == len(set(kinds))
    first = model.index(0)
    assert first.data(model.IsHeadingRole) and not (first.flags() & Qt.ItemIsSelectable)
    assert "<b>design</b>" in "".join(
        model.index(r).data(model.HtmlRole) for r in range(model.rowCount())
    )
    progress_row = next(
        r
        for r in range(model.rowCount())
        if model.index(r).data(model.KindRole) == "goal_progress"
        and not model.index(r).data(model.IsHeadingRole)
    )
    assert "Progress on “Be ready" in model.index(progress_row).data()
    assert dialog.current_hit() == hits(dialog)[0]  # the best hit is ready for Enter
    qtmodeltester.check(model)


def test_up_and_down_move_through_hits_from_the_search_field(window, qtbot):
    dialog = open_search(window)
    search_for(qtbot, dialog, "design")
    found = hits(dialog)
    assert len(found) >= 3
    qtbot.keyClick(dialog.field, Qt.Key_Down)
    assert dialog.current_hit() == found[1]  # the heading between them is skipped
    qtbot.keyClick(dialog.field, Qt.Key_Down)
    assert dialog.current_hit() == found[2]
    qtbot.keyClick(dialog.field, Qt.Key_Up)
    qtbot.keyClick(dialog.field, Qt.Key_Up)
    qtbot.keyClick(dialog.field, Qt.Key_Up)  # stays on the first
    assert dialog.current_hit() == found[0]
    assert dialog.focusWidget() is dialog.field  # the arrows never take the typing away


def test_enter_opens_a_goal_of_another_mentor_in_its_tab(window, qtbot, db, sample):
    other = add_mentor(db, "Grace Hopper")
    window.selector.reload_mentors(other.id)
    assert window.current_mentor_id() == other.id
    goal = next(g for g in goals.list_for_mentor(db, sample.id) if "accessibility" in g.title)
    dialog = open_search(window)
    search_for(qtbot, dialog, "accessib")
    while dialog.current_hit() != ("goal", goal.id):
        before = dialog.current_hit()
        qtbot.keyClick(dialog.field, Qt.Key_Down)
        assert dialog.current_hit() != before, "the goal is not among the results"
    qtbot.keyClick(dialog.field, Qt.Key_Return)
    assert not dialog.isVisible()
    tab = window.tab_by_key["relationship"]
    assert window.current_mentor_id() == sample.id
    assert window.current_tab() is tab
    assert tab.goals.selected_goal_id() == goal.id


def test_a_click_opens_an_agenda_item_with_its_meeting(window, qtbot, db, sample):
    dialog = open_search(window)
    search_for(qtbot, dialog, "testing workshop")
    model = dialog.model
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r).data(model.KindRole) == "agenda_item"
        and not model.index(r).data(model.IsHeadingRole)
    )
    item_id = model.index(row).data(model.RecordIdRole)
    item = agenda_items.get(db, item_id)
    rect = dialog.results.visualRect(model.index(row))
    qtbot.mouseClick(dialog.results.viewport(), Qt.LeftButton, pos=rect.center())
    assert not dialog.isVisible()
    assert window.current_tab() is window.tab_by_key["prepare"]
    assert window.current_meeting_id() == item.meeting_id
    assert meetings.get(db, item.meeting_id).mentor_id == sample.id


def test_no_matches_and_empty_text_say_so(window, qtbot):
    dialog = open_search(window)
    search_for(qtbot, dialog, "zebrafishology")
    assert dialog.model.rowCount() == 0
    assert not dialog.status.isHidden() and dialog.results.isHidden()
    assert dialog.status.text() == "No matches"
    qtbot.keyClick(dialog.field, Qt.Key_Return)  # nothing to open: nothing happens
    assert dialog.isVisible()
    dialog.field.clear()
    dialog.run_search()
    assert dialog.status.text().startswith("Type a word")


def test_hostile_input_never_errors_and_html_is_shown_escaped(window, qtbot, db, sample, now):
    goal = goals.add(db, Goal(mentor_id=sample.id, title="Use <b>x</b> & <script>tags</script>"))
    dialog = open_search(window)
    for text in [*HOSTILE, "🎤 مرحبا 你好", "x" * 20_000, "a " * 500]:
        dialog.field.setText(text)
        dialog.run_search()
        assert dialog.status.isHidden() != dialog.results.isHidden()
    search_for(qtbot, dialog, "<b>x</b>")
    model = dialog.model
    row = next(
        r for r in range(model.rowCount()) if model.index(r).data(model.RecordIdRole) == goal.id
    )
    shown = model.index(row).data(model.HtmlRole)
    assert "&lt;script&gt;tags&lt;/script&gt;" in shown and "<script>" not in shown
    assert html.unescape(re.sub("<[^>]+>", "", shown)).startswith(goal.title)
    assert "Use <b>x</b> & <script>tags</script>" in model.index(row).data()
    assert dialog.current_hit() == ("goal", goal.id)
    qtbot.keyClick(dialog.field, Qt.Key_Return)
    assert window.tab_by_key["relationship"].goals.selected_goal_id() == goal.id


def test_a_check_in_is_found_by_its_words(window, qtbot, db, sample):
    (checkin,) = [c for c in checkins.list_for_mentor(db, sample.id) if "mistakes" in c.what_works]
    dialog = open_search(window)
    search_for(qtbot, dialog, "mistakes")
    assert ("checkin", checkin.id) in hits(dialog)
    model = dialog.model
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r).data(model.KindRole) == "checkin"
        and not model.index(r).data(model.IsHeadingRole)
    )
    assert model.index(row).data().startswith("Check-in of 11 Nov 2026")


def test_snippets_are_escaped_before_matches_become_bold():
    snippet = f"a <i>{MATCH_START}café{MATCH_END}</i> &amp; {MATCH_START}x{MATCH_END}"
    assert snippet_html(snippet) == "a &lt;i&gt;<b>café</b>&lt;/i&gt; &amp;amp; <b>x</b>"


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_no_user_text_becomes_markup(text):
    plain = text.replace(MATCH_START, "").replace(MATCH_END, "")
    shown = snippet_html(plain)
    assert "<" not in shown
    assert html.unescape(shown) == " ".join(plain.split())


def test_results_model_is_empty_before_searching(qtmodeltester):
    model = SearchResultsModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0 and model.headings() == []


def test_each_hit_says_whose_it_is_and_the_date_of_its_meeting(window, qtbot, db, sample, now):
    from mentee_desktop.ui.widgets import dates
    from tests.helpers import add_meeting, add_mentor

    other = add_mentor(db, "Grace Hopper", role="Zeppelinologist")
    meeting = add_meeting(db, other.id, now, days=9, timezone="America/New_York")
    item = agenda_items.add(
        db, agenda_items.AgendaItem(meeting_id=meeting.id, kind="topic", text="Zeppelin routes")
    )
    dialog = open_search(window)
    search_for(qtbot, dialog, "zeppelin")
    model = dialog.model
    shown = {
        (model.index(r).data(model.KindRole), model.index(r).data(model.RecordIdRole)): (
            model.index(r).data()
        )
        for r in range(model.rowCount())
        if not model.index(r).data(model.IsHeadingRole)
    }
    day = dates.short_date(meeting.local_start.date())
    assert shown[("agenda_item", item.id)].endswith(f"— Grace Hopper · {day}")
    assert f"Grace Hopper · {day}" in model.index(
        next(
            r
            for r in range(model.rowCount())
            if model.index(r).data() == shown[("agenda_item", item.id)]
        )
    ).data(model.HtmlRole)
    assert shown[("mentor", other.id)].count("Grace Hopper") == 1  # no context: it is the mentor
