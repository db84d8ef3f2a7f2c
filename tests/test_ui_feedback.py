"""The Feedback tab, driven like a user would: type, click, pick, then read the store."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from mentee_desktop.data import action_items, feedback
from mentee_desktop.data.feedback import FeedbackRequest
from mentee_desktop.ui.feedback.tab import FeedbackListModel, FeedbackTab
from mentee_desktop.ui.widgets.record_list import RecordIdRole, SecondaryRole
from tests.helpers import add_meeting, add_mentor
from tests.test_ui_notes import HARD_TEXTS, paste, type_with_input_method


class Clock:
    """A clock the test moves forward by hand."""

    def __init__(self, start):
        self.now = start

    def __call__(self):
        return self.now


@pytest.fixture
def clock(now) -> Clock:
    return Clock(now)


@pytest.fixture
def context(db, now):
    mentor = add_mentor(db)
    meeting = add_meeting(db, mentor.id, now, days=-2, timezone="Europe/Berlin")
    return mentor, meeting


@pytest.fixture
def window(qtbot, db, data_dir, clock, context):
    from mentee_desktop.app import build_window

    mentor, meeting = context
    window = build_window(db, data_dir, clock=clock, zone_name="Europe/Berlin")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.selector.select(mentor.id, meeting.id)
    window.tabs.setCurrentWidget(window.tab_by_key["feedback"])
    window.activateWindow()
    return window


@pytest.fixture
def tab(window) -> FeedbackTab:
    return window.tab_by_key["feedback"]


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_a_request_runs_through_every_status_with_its_dates(qtbot, db, window, tab, clock, context):
    mentor, meeting = context
    assert tab.pages.currentWidget() is tab.empty_page
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = tab.editor
    qtbot.waitUntil(lambda: editor.fields["question"].hasFocus())
    qtbot.keyClicks(editor.fields["question"], "Did my demo explain the why before the how?")
    qtbot.keyClick(editor.fields["question"], Qt.Key.Key_Tab)
    qtbot.keyClicks(editor.fields["my_observation"], "I rushed the intro.")
    (request,) = feedback.list_for_mentor(db, mentor.id)
    assert (request.direction, request.status, request.meeting_id) == ("i_ask", "draft", meeting.id)
    assert editor.next_step.text() == "Mark as asked"

    start = clock.now
    clock.now = start + timedelta(days=1)
    click(qtbot, editor.next_step)
    request = feedback.get(db, request.id)
    assert request.status == "asked"
    assert request.my_observation == "I rushed the intro."  # typed text stored first
    assert request.asked_at == clock.now

    clock.now = start + timedelta(days=3)
    qtbot.keyClicks(editor.fields["answer"], "Start with the customer's problem.")
    click(qtbot, editor.next_step)
    request = feedback.get(db, request.id)
    assert (request.status, request.answered_at) == ("answered", clock.now)
    assert request.answer == "Start with the customer's problem."

    clock.now = start + timedelta(days=6)
    qtbot.keyClicks(editor.fields["what_i_did"], "Rewrote the first slide.")
    click(qtbot, editor.next_step)
    request = feedback.get(db, request.id)
    assert request.status == "acted_on"
    assert request.asked_at == start + timedelta(days=1)
    assert request.answered_at == start + timedelta(days=3)
    assert request.acted_at == start + timedelta(days=6)
    assert request.what_i_did == "Rewrote the first slide."
    assert not editor.next_step.isVisibleTo(editor)
    assert editor.status.currentText() == "Acted on"
    assert "Asked 26 Nov 2026" in editor.dates.text()
    assert "Acted on 1 Dec 2026" in editor.dates.text()
    assert "Acted on" in tab.model.index(0).data(SecondaryRole)

    # the status can also be picked from the list: back to "answered" keeps the dates before
    # it and clears the one left behind
    editor.status.setFocus()
    qtbot.keyClick(editor.status, Qt.Key.Key_Up)
    request = feedback.get(db, request.id)
    assert request.status == "answered"
    assert request.answered_at == start + timedelta(days=3)
    assert request.acted_at is None
    assert "Acted on" not in editor.dates.text()


def test_turn_an_answer_into_an_action_item(qtbot, db, window, tab, context):
    mentor, meeting = context
    request = feedback.add(
        db,
        FeedbackRequest(
            mentor_id=mentor.id,
            meeting_id=meeting.id,
            question="How was my estimate?",
            answer="Break the work into\nsmaller pieces.",
            status="answered",
        ),
    )
    tab.reload()
    assert tab.record.id == request.id
    click(qtbot, tab.editor.make_action_button)
    dialog = tab.action_dialog
    assert dialog.title.text() == "Break the work into smaller pieces."
    assert dialog.due_on() == date(2026, 12, 2)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    (item,) = action_items.list_items(db)
    assert (item.feedback_id, item.meeting_id, item.mentor_id) == (
        request.id,
        meeting.id,
        mentor.id,
    )
    assert item.title == "Break the work into smaller pieces."
    assert item.due_on == date(2026, 12, 2)
    assert "Action item added" in window.message_bar.label.text()
    assert "→ action item: Break the work" in tab.editor.links_label.text()
    assert "→ action item" in tab.model.index(0).data(SecondaryRole)

    # deleting the action item elsewhere updates the mark
    tab.services.call("action_item", action_items.delete, item.id)
    assert tab.editor.links_label.text() == ""


def test_both_directions_with_their_own_wording_and_a_filter(qtbot, db, tab, context):
    mentor, _ = context
    tab.add_new()
    qtbot.keyClicks(tab.editor.fields["question"], "I ask this")
    tab.add_new("mentor_asks")
    assert tab.editor.direction.currentText() == "My mentor asks me"
    assert tab.editor.labels["answer"].text().replace("&", "") == "My answer"
    assert tab.editor.fields["my_observation"].accessibleName() == "My notes before answering"
    qtbot.keyClicks(tab.editor.fields["question"], "They ask this")
    tab.flush()
    newest, older = feedback.list_for_mentor(db, mentor.id)
    assert (newest.direction, newest.question) == ("mentor_asks", "They ask this")
    assert (older.direction, older.question) == ("i_ask", "I ask this")
    assert [tab.model.index(r).data() for r in range(2)] == ["They ask this", "I ask this"]

    tab.direction_filter.setCurrentIndex(tab.direction_filter.findData("i_ask"))
    assert tab.model.rowCount() == 1 and tab.record.id == older.id
    assert tab.editor.labels["answer"].text().replace("&", "") == "My mentor's answer"
    assert tab.select_record(newest.id)  # opening a hidden request clears the filter
    assert tab.direction_filter.currentData() is None
    assert tab.model.rowCount() == 2

    # changing the direction of a request is stored at once
    tab.editor.direction.setFocus()
    qtbot.keyClick(tab.editor.direction, Qt.Key.Key_Up)
    assert feedback.get(db, newest.id).direction == "i_ask"


def test_linked_meeting_defaults_to_the_selected_one(qtbot, db, now, window, tab, context):
    mentor, meeting = context
    later = add_meeting(db, mentor.id, now, days=10)
    window.selector.select(mentor.id, later.id)
    tab.add_new()
    request_id = tab.record.id
    assert feedback.get(db, request_id).meeting_id == later.id
    assert tab.editor.meeting.currentData() == later.id
    labels = [tab.editor.meeting.itemText(i) for i in range(tab.editor.meeting.count())]
    assert labels[0] == "No meeting" and len(labels) == 3

    tab.editor.meeting.setCurrentIndex(0)
    assert feedback.get(db, request_id).meeting_id is None
    tab.editor.meeting.setCurrentIndex(tab.editor.meeting.findData(meeting.id))
    assert feedback.get(db, request_id).meeting_id == meeting.id


def test_delete_and_undo(qtbot, db, window, tab, context):
    mentor, _ = context
    keep = feedback.add(db, FeedbackRequest(mentor_id=mentor.id, question="keep"))
    gone = feedback.add(db, FeedbackRequest(mentor_id=mentor.id, question="gone", answer="a"))
    item = action_items.make_from_feedback(db, gone.id, title="do it")
    tab.reload()
    assert tab.select_record(gone.id)
    click(qtbot, tab.delete_button)
    assert [r.id for r in feedback.list_for_mentor(db, mentor.id)] == [keep.id]
    assert action_items.get(db, item.id).feedback_id is None
    assert "gone" in window.message_bar.label.text()
    window.undo_action.trigger()
    assert feedback.get(db, gone.id).question == "gone"
    assert action_items.get(db, item.id).feedback_id == gone.id
    assert tab.record.id == gone.id


@pytest.mark.parametrize("name", list(HARD_TEXTS))
def test_any_text_comes_back_unchanged(qtbot, db, tab, context, name):
    mentor, _ = context
    text = HARD_TEXTS[name]
    tab.add_new()
    if name in ("arabic", "chinese"):
        type_with_input_method(tab.editor.fields["question"], text)
    else:
        paste(qtbot, tab.editor.fields["question"], text)
    second = text if name != "1mb" else "short"  # one 1 MB field keeps the test quick
    paste(qtbot, tab.editor.fields["answer"], second)
    tab.flush()
    (request,) = feedback.list_for_mentor(db, mentor.id)
    assert (request.question, request.answer) == (text, second)
    tab.reload()
    assert tab.editor.fields["question"].text() == text
    assert tab.editor.fields["answer"].text() == second
    assert tab.model.index(0).data() == text.splitlines()[0].strip()[:199] or name == "1mb"


def test_a_failing_write_keeps_the_text_and_the_status(qtbot, db, window, tab):
    tab.add_new()
    request_id = tab.record.id
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    text = "An observation I must not lose. " * 2_000
    paste(qtbot, tab.editor.fields["my_observation"], text)
    click(qtbot, tab.editor.next_step)  # stores the text first: refused, so no status change
    assert "Not saved" in window.message_bar.label.text()
    assert tab.editor.fields["my_observation"].text() == text
    assert feedback.get(db, request_id).status == "draft"
    assert tab.editor.status.currentData() == "draft"

    db.execute("PRAGMA max_page_count = 1073741823")
    click(qtbot, tab.editor.next_step)
    stored = feedback.get(db, request_id)
    assert (stored.my_observation, stored.status) == (text, "asked")


def test_empty_states(qtbot, db, window, tab, context):
    mentor, _ = context
    assert tab.pages.currentWidget() is tab.empty_page
    click(qtbot, tab.hint_mentor_asks_button)
    (request,) = feedback.list_for_mentor(db, mentor.id)
    assert request.direction == "mentor_asks"
    assert tab.pages.currentWidget() is tab.splitter
    qtbot.keyClicks(tab.editor.fields["question"], "Could I review their talk?")
    tab.direction_filter.setCurrentIndex(tab.direction_filter.findData("i_ask"))
    assert tab.pages.currentWidget() is tab.splitter  # a filter with no match keeps the list
    assert tab.right.currentWidget() is tab.pick_page

    window.selector.select(None, None)
    window.selector.mentor_combo.setCurrentIndex(-1)
    assert tab.pages.currentWidget() is tab.no_context_page


def test_every_input_is_named_and_tab_follows_the_layout(qtbot, tab):
    tab.add_new()
    chain = tab.editor.focus_chain()
    for widget in [tab.direction_filter, tab.list_view, tab.add_button, *chain]:
        assert widget.accessibleName(), widget
    chain[0].setFocus()
    seen = []
    for _ in range(len(chain) - 1):
        seen.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    seen.append(QApplication.focusWidget())
    assert seen == chain


def test_the_list_is_newest_first_lazy_and_passes_the_model_tester(qtmodeltester, db, now):
    from mentee_desktop.ui.shell.services import AppServices

    services = AppServices(db, clock=lambda: now, zone_name="Europe/Berlin")
    mentor = add_mentor(db)
    for n in range(300):
        feedback.add(
            db,
            FeedbackRequest(
                mentor_id=mentor.id,
                question=f"question {n}",
                direction="mentor_asks" if n % 3 == 0 else "i_ask",
            ),
            now=now + timedelta(minutes=n),
        )
    model = FeedbackListModel(services)
    model.mentor_id = mentor.id
    model.reset()
    assert model.rowCount() == FeedbackListModel.PAGE
    assert model.index(0).data() == "question 299"
    qtmodeltester.check(model)
    oldest = feedback.list_for_mentor(db, mentor.id)[-1]
    assert model.row_of(oldest.id) == 299
    assert model.index(299).data(RecordIdRole) == oldest.id

    model = FeedbackListModel(services)
    model.mentor_id = mentor.id
    model.direction = "mentor_asks"
    model.reset()
    assert model.rowCount() == 100
    assert all("My mentor asks me" in model.index(r).data(SecondaryRole) for r in range(100))
    qtmodeltester.check(model)


def test_an_answer_becomes_a_short_title_and_stays_whole_in_the_details(qtbot, db, tab, context):
    mentor, meeting = context
    answer = (
        "Break the work into smaller pieces, and show a demo every Friday so that "
        "everyone sees the progress. Also ask for help earlier."
    )
    request = feedback.add(
        db,
        FeedbackRequest(
            mentor_id=mentor.id,
            meeting_id=meeting.id,
            question="Q?",
            answer=answer,
            status="answered",
        ),
    )
    tab.reload()
    assert tab.record.id == request.id
    click(qtbot, tab.editor.make_action_button)
    dialog = tab.action_dialog
    assert dialog.title.text() == "Break the work into smaller pieces"
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    (item,) = action_items.list_items(db)
    assert (item.title, item.details) == ("Break the work into smaller pieces", answer)
