"""The Relationship tab driven like a user would: goals, progress, check-ins, the prompt, undo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from mentee_desktop.data import (
    agenda_items,
    checkins,
    follow_through,
    goals,
    insights,
    lifecycle,
    listening_notes,
    meetings,
    settings,
)
from mentee_desktop.data.goals import Goal
from mentee_desktop.data.meetings import Meeting
from mentee_desktop.data.sample import add_sample
from mentee_desktop.ui.relationship.tab import CHECKIN_EVERY_KEY, RelationshipTab
from mentee_desktop.ui.relationship.trend_chart import TrendChart
from tests.helpers import add_mentor

ZONE = "Europe/Berlin"


@pytest.fixture
def sample(db, now):
    return add_sample(db, now=now, zone_name=ZONE).mentor


@pytest.fixture
def window(make_window, sample):
    window = make_window(zone_name=ZONE)
    window.tabs.setCurrentWidget(window.tab_by_key["relationship"])
    return window


@pytest.fixture
def tab(window) -> RelationshipTab:
    return window.tab_by_key["relationship"]


def type_text(widget, text: str) -> None:
    """Type any text as key events carrying it (QTest.keyClicks only knows ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)


def _goal_titles(tab: RelationshipTab) -> list[str]:
    return [
        tab.goals.goal_tree.topLevelItem(i).text(0)
        for i in range(tab.goals.goal_tree.topLevelItemCount())
    ]


def test_the_tab_shows_the_selected_mentor_with_its_sample_story(window, tab, sample, db, now):
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Relationship"
    assert tab.mentor_id == sample.id
    assert tab.pages.currentWidget() is tab.scroll
    assert "Be ready to apply for the tech lead role in spring" in _goal_titles(tab)
    sample_checkins = len(checkins.list_for_mentor(db, sample.id))
    assert (
        tab.checkins.chart.point_count()
        == sample_checkins
        == tab.checkins.checkin_tree.topLevelItemCount()
    )
    shared = [
        tab.gathered.shared_list.item(i).text() for i in range(tab.gathered.shared_list.count())
    ]
    assert any("The testing workshop I ran for the new hires" in s for s in shared)
    assert any("(planned)" in s and "accessibility audit" in s for s in shared)
    learned = [
        tab.gathered.put_to_work.insight_list.item(i).text()
        for i in range(tab.gathered.put_to_work.insight_list.count())
    ]
    assert any("Write one design note that another team can reuse." in s for s in learned)
    today = now.astimezone(tab.services.zone).date()
    mine = follow_through.follow_through(db, today, tab.services.zone, mentor_id=sample.id)
    theirs = follow_through.follow_through(
        db, today, tab.services.zone, mentor_id=sample.id, owner="mentor"
    )
    assert (
        f"My follow-through: Done on time {mine.on_time} · late {mine.late} · open {mine.open}"
        in tab.follow_through.plain_text()
    )
    assert (
        f"Amara's follow-through: Done on time {theirs.on_time} · late {theirs.late} · "
        f"open {theirs.open}" in tab.follow_through.plain_text()
    )


def test_add_a_goal_by_typing_in_the_dialog(window, tab, qtbot, db, sample):
    window.new_item_action.trigger()  # Ctrl+N in this tab
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    _ok(qtbot, dialog)  # no title yet: refused, nothing stored
    assert dialog.isVisible() and not dialog.error.isHidden()
    title = "Speak at the <b>guild</b> 🎤 مرحبا 你好"
    type_text(dialog.title, title)
    qtbot.keyClicks(dialog.why, "So that others learn from my mistakes.")
    dialog.set_by.setCurrentIndex(dialog.set_by.findData("both"))
    qtbot.mouseClick(dialog.has_target, Qt.LeftButton)
    dialog.target.setDate(QDate(2027, 3, 1))
    qtbot.mouseClick(dialog.in_focus, Qt.LeftButton)  # off
    _ok(qtbot, dialog)
    assert tab.dialog is None
    stored = [g for g in goals.list_for_mentor(db, sample.id) if g.title == title]
    assert len(stored) == 1
    goal = stored[0]
    assert (goal.set_by, goal.target_on, goal.status, goal.in_focus) == (
        "both",
        date(2027, 3, 1),
        "active",
        False,
    )
    assert goal.why == "So that others learn from my mistakes."
    assert tab.goals.selected_goal_id() == goal.id
    assert title in _goal_titles(tab)  # HTML shown literally

    tab.goals.edit_goal()
    edit = tab.dialog
    assert edit.title.text() == title
    edit.status.setCurrentIndex(edit.status.findData("achieved"))
    _ok(qtbot, edit)
    assert goals.get(db, goal.id).status == "achieved"


def test_add_and_remove_a_dated_progress_note(window, tab, qtbot, db, sample):
    goal = goals.list_for_mentor(db, sample.id)[0]
    tab.select_kind_record("goal", goal.id)
    assert not tab.goals.add_progress_button.isEnabled()
    tab.goals.progress_date.setDate(QDate(2026, 11, 20))
    qtbot.keyClicks(tab.goals.progress_text, "Led the design review on my own")
    qtbot.keyClick(tab.goals.progress_text, Qt.Key_Return)
    notes = goals.list_progress(db, goal.id)
    assert [(p.noted_on, p.text) for p in notes][-1] == (
        date(2026, 11, 20),
        "Led the design review on my own",
    )
    assert tab.goals.progress_text.text() == ""
    rows = [tab.goals.progress_list.item(i).text() for i in range(tab.goals.progress_list.count())]
    assert rows[-1].endswith("Led the design review on my own")
    assert "20 Nov 2026" in rows[-1]

    assert tab.goals.selected_progress_id() == notes[-1].id
    qtbot.mouseClick(tab.goals.remove_progress_button, Qt.LeftButton)
    assert len(goals.list_progress(db, goal.id)) == len(notes) - 1
    window.undo_action.trigger()
    assert [p.id for p in goals.list_progress(db, goal.id)] == [p.id for p in notes]


def test_record_a_check_in_with_ratings_and_see_the_trend(window, tab, qtbot, db, sample):
    before = checkins.list_for_mentor(db, sample.id)
    assert tab.checkins.chart.point_count() == len(before)
    qtbot.mouseClick(tab.checkins.new_checkin_button, Qt.LeftButton)
    dialog = tab.dialog
    dialog.held_on.setDate(QDate(2026, 11, 24))
    qtbot.mouseClick(dialog.ratings["trust"].buttons[4], Qt.LeftButton)
    qtbot.mouseClick(dialog.ratings["communication"].buttons[1], Qt.LeftButton)
    qtbot.mouseClick(dialog.ratings["mutual_learning"].buttons[3], Qt.LeftButton)
    qtbot.keyClicks(dialog.what_works, "We both prepare")
    qtbot.keyClicks(dialog.what_to_change, "Meet in person once")
    _ok(qtbot, dialog)
    stored = checkins.list_for_mentor(db, sample.id)
    assert len(stored) == len(before) + 1
    latest = stored[-1]
    assert (latest.held_on, latest.trust, latest.communication, latest.mutual_learning) == (
        date(2026, 11, 24),
        5,
        2,
        4,
    )
    assert (latest.what_works, latest.what_to_change) == ("We both prepare", "Meet in person once")
    assert tab.checkins.chart.point_count() == len(before) + 1
    assert tab.checkins.chart.series("communication") == [c.communication for c in before] + [2]
    assert tab.checkins.selected_checkin_id() == latest.id
    assert tab.checkins.checkin_tree.topLevelItem(0).text(0) == "24 Nov 2026"  # newest first


def _colour_pixels(image: QImage, colour: QColor) -> int:
    """How many pixels are close to a colour (the chart's lines and markers)."""
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - colour.red())
                + abs(pixel.green() - colour.green())
                + abs(pixel.blue() - colour.blue())
                < 40
            ):
                count += 1
    return count


@pytest.mark.parametrize("dark", [False, True])
def test_the_chart_paints_every_series_in_light_and_dark(qtbot, dark):
    chart = TrendChart()
    qtbot.addWidget(chart)
    if dark:
        palette = chart.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
        palette.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
        chart.setPalette(palette)
    chart.resize(480, 200)
    empty = chart.grab().toImage()
    start = date(2026, 1, 5)
    chart.set_checkins(
        [
            checkins.Checkin(1, start + timedelta(days=30 * i), t, c, m)
            for i, (t, c, m) in enumerate([(2, 3, 1), (3, 3, 2), (4, 5, 3), (5, 4, 5)])
        ]
    )
    assert chart.point_count() == 4
    image = chart.grab().toImage()
    assert image != empty
    background = chart.palette().color(QPalette.ColorRole.Base)
    assert image.pixelColor(image.width() // 2, 2) == background
    for rating in ("trust", "communication", "mutual_learning"):
        assert _colour_pixels(image, chart._colour(rating)) > 20, rating
    assert "4 check-ins" in chart.accessibleDescription()
    assert chart.tooltip_text(3).count("/ 5") == 3


def test_the_check_in_prompt_appears_when_due_and_goes_after_one(window, tab, qtbot, db, now):
    mentor_id = tab.mentor_id
    assert tab.banner.isHidden()  # sample: no meeting held since the last check-in
    tab.checkins.every.setValue(1)
    assert settings.get(db, CHECKIN_EVERY_KEY) == 1
    assert tab.banner.isHidden()
    tab.services.call(
        "meeting",
        lifecycle.plan,
        Meeting(mentor_id, now - timedelta(days=2), timezone=ZONE, status="held"),
        now=now,
    )
    assert not tab.banner.isHidden()
    assert "Amara" in tab.banner.banner_text.text()
    qtbot.mouseClick(tab.banner.banner_button, Qt.LeftButton)
    _ok(qtbot, tab.dialog)  # dated today, after that meeting
    assert tab.banner.isHidden()
    assert not checkins.checkin_due(db, mentor_id, 1)


def test_delete_a_goal_then_undo_brings_back_progress_and_links(window, tab, qtbot, db, sample):
    goal = next(g for g in goals.list_for_mentor(db, sample.id) if goals.list_progress(db, g.id))
    meeting = meetings.list_all(db, mentor_id=sample.id)[0]
    item = agenda_items.list_for_meeting(db, meeting.id)[0]
    goals.link(db, goal.id, "agenda_item", item.id)
    tab.reload()
    progress = goals.list_progress(db, goal.id)
    tab.select_kind_record("goal", goal.id)
    qtbot.mouseClick(tab.goals.delete_goal_button, Qt.LeftButton)
    assert goal.id not in [g.id for g in goals.list_for_mentor(db, sample.id)]
    assert goal.title not in _goal_titles(tab)
    assert window.message_bar.can_undo
    qtbot.mouseClick(window.message_bar.undo_button, Qt.LeftButton)
    assert goals.get(db, goal.id) == goal
    assert goals.list_progress(db, goal.id) == progress
    assert goals.links_of(db, goal.id) == [("agenda_item", item.id)]
    assert goal.title in _goal_titles(tab)


def test_delete_a_check_in_then_undo(window, tab, qtbot, db, sample):
    before = checkins.list_for_mentor(db, sample.id)
    checkin = before[0]
    assert tab.select_kind_record("checkin", checkin.id)
    qtbot.mouseClick(tab.checkins.delete_checkin_button, Qt.LeftButton)
    assert checkins.list_for_mentor(db, sample.id) == before[1:]
    assert tab.checkins.chart.point_count() == len(before) - 1
    window.undo_action.trigger()
    assert checkins.list_for_mentor(db, sample.id) == before
    assert tab.checkins.chart.point_count() == len(before)


def test_records_are_selected_by_kind_and_opened_from_the_window(window, tab, db, sample):
    other = add_mentor(db, "Grace <i>Hopper</i>")
    their_goal = goals.add(db, Goal(mentor_id=other.id, title="Learn COBOL"))
    window.selector.reload_mentors(other.id)
    assert tab.mentor_id == other.id and _goal_titles(tab) == ["Learn COBOL"]
    # the first name only, shown as typed (never as rich text)
    assert tab.follow_through.mentor_caption.text() == "Grace's follow-through"
    assert "Grace's follow-through: Done on time 0" in tab.follow_through.plain_text()

    goal = goals.list_for_mentor(db, sample.id)[0]
    window.open_record("goal", goal.id)
    assert window.current_tab() is tab
    assert tab.mentor_id == sample.id
    assert tab.goals.selected_goal_id() == goal.id

    entry = goals.list_progress(db, goal.id)[0]
    other_goal = goals.list_for_mentor(db, sample.id)[1]
    tab.select_kind_record("goal", other_goal.id)
    assert tab.select_kind_record("goal_progress", entry.id)
    assert (tab.goals.selected_goal_id(), tab.goals.selected_progress_id()) == (goal.id, entry.id)
    checkin = checkins.list_for_mentor(db, sample.id)[0]
    assert tab.select_kind_record("checkin", checkin.id)
    assert tab.checkins.selected_checkin_id() == checkin.id
    assert not tab.select_kind_record("checkin", 9999)
    assert not tab.select_kind_record("goal", their_goal.id)  # another mentor's goal
    assert tab.select_record(goal.id) and tab.goals.selected_goal_id() == goal.id


def test_html_in_a_mentor_name_is_shown_literally(window, tab, db):
    odd = add_mentor(db, "<b>Bold</b> & Co")
    window.selector.reload_mentors(odd.id)
    caption = tab.follow_through.mentor_caption
    assert caption.text() == "<b>Bold</b>'s follow-through"
    assert caption.textFormat() == Qt.TextFormat.PlainText


def test_gathered_lists_follow_the_store(window, tab, db, sample, now):
    meeting = meetings.list_all(db, mentor_id=sample.id)[0]
    tab.services.call(
        "note",
        listening_notes.add,
        listening_notes.ListeningNote(meeting.id, insight="Ask for the decision criteria"),
        now=now,
    )
    learned = [
        tab.gathered.put_to_work.insight_list.item(i).text()
        for i in range(tab.gathered.put_to_work.insight_list.count())
    ]
    assert any(text.endswith("Ask for the decision criteria") for text in learned)


def test_a_hidden_tab_reads_the_store_when_shown_again(window, tab, db, sample, now):
    window.tabs.setCurrentWidget(window.tab_by_key["prepare"])
    tab.services.call("goal", goals.add, Goal(mentor_id=sample.id, title="Read two books"), now=now)
    assert "Read two books" not in _goal_titles(tab)  # not read while hidden
    window.tabs.setCurrentWidget(tab)
    assert "Read two books" in _goal_titles(tab)


def test_without_a_mentor_the_tab_says_so(make_window):
    window = make_window(zone_name=ZONE, show=False)
    tab = window.tab_by_key["relationship"]
    assert tab.pages.currentWidget() is tab.empty
    tab.add_new()
    tab.record_checkin()
    assert tab.dialog is None
    window.close()


def test_store_reads_behind_the_gathered_lists_and_undo(db, now):
    """The data the tab gathers: shared items skip cancelled meetings; undo skips lost links."""
    mentor = add_mentor(db)
    held = lifecycle.plan(db, Meeting(mentor.id, now - timedelta(days=7), status="held"), now=now)
    cancelled = lifecycle.plan(
        db, Meeting(mentor.id, now - timedelta(days=3), status="cancelled"), now=now
    )
    for meeting in (held, cancelled):
        agenda_items.add(db, agenda_items.AgendaItem(meeting.id, "share", f"shared {meeting.id}"))
        listening_notes.add(db, listening_notes.ListeningNote(meeting.id, insight="  "))
    listening_notes.add(db, listening_notes.ListeningNote(held.id, insight="Say no kindly"))
    shared = agenda_items.shared_with_mentor(db, mentor.id)
    assert [s.item.text for s in shared] == [f"shared {held.id}"]
    assert shared[0].meeting_status == "held"
    assert [i.text for i in insights.list_insights(db, mentor_id=mentor.id)] == ["Say no kindly"]

    goal = goals.add(db, Goal(mentor_id=mentor.id, title="Negotiate"))
    kept, lost = shared[0].item.id, agenda_items.list_for_meeting(db, cancelled.id)[0].id
    goals.link(db, goal.id, "agenda_item", kept)
    goals.link(db, goal.id, "agenda_item", lost)
    deleted = goals.delete_keeping_links(db, goal.id)
    agenda_items.delete(db, lost)
    goals.restore_with_links(db, deleted)
    assert goals.links_of(db, goal.id) == [("agenda_item", kept)]
