"""State changes happen once: double clicks and held keys never write twice, and the dates a
status records follow the status."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from mentee_desktop.data import action_items, agenda_items, feedback
from mentee_desktop.data.action_items import ActionItem
from mentee_desktop.data.agenda_items import AgendaItem
from mentee_desktop.data.feedback import FeedbackRequest
from tests.helpers import add_meeting, add_mentor


def double_click(qtbot, widget) -> None:
    """What a mouse sends for a double click: press, release, double-click press, release."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton)


def _window(make_window, qtbot, tab_key: str):
    window = make_window()
    qtbot.waitExposed(window)
    tab = window.tab_by_key[tab_key]
    window.tabs.setCurrentWidget(tab)
    return window, tab


def test_double_click_on_mark_as_asked_only_asks(qtbot, db, now, make_window):
    mentor = add_mentor(db)
    add_meeting(db, mentor.id, now, days=-2)
    request = feedback.add(db, FeedbackRequest(mentor_id=mentor.id, question="Was I clear?"))
    _, tab = _window(make_window, qtbot, "feedback")
    tab.reload()
    assert tab.editor.next_step.text() == "Mark as asked"
    double_click(qtbot, tab.editor.next_step)
    stored = feedback.get(db, request.id)
    assert stored.status == "asked"
    assert stored.asked_at == now and stored.answered_at is None
    assert tab.editor.next_step.text() == "Mark as answered"


def test_a_double_click_on_delete_deletes_one_agenda_item(qtbot, db, now, make_window):
    mentor = add_mentor(db)
    meeting = add_meeting(db, mentor.id, now, days=2)
    first = agenda_items.add(db, AgendaItem(meeting_id=meeting.id, kind="question", text="one"))
    second = agenda_items.add(db, AgendaItem(meeting_id=meeting.id, kind="question", text="two"))
    window, tab = _window(make_window, qtbot, "prepare")
    tab.reload()
    tab.select_record(first.id)
    double_click(qtbot, tab.editor.delete_button)
    assert [item.id for item in agenda_items.list_for_meeting(db, meeting.id)] == [second.id]
    assert "one" in window.message_bar.label.text()


def test_a_held_key_on_a_button_acts_once(qtbot, db, now, make_window):
    mentor = add_mentor(db)
    request = feedback.add(db, FeedbackRequest(mentor_id=mentor.id, question="Was I clear?"))
    _, tab = _window(make_window, qtbot, "feedback")
    tab.reload()
    button = tab.editor.next_step
    button.setFocus()
    qtbot.keyPress(button, Qt.Key.Key_Space)
    repeat = QKeyEvent(
        QEvent.Type.KeyPress, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier, " ", True
    )
    QApplication.sendEvent(button, repeat)
    qtbot.keyRelease(button, Qt.Key.Key_Space)
    assert feedback.get(db, request.id).status == "asked"
    repeat = QKeyEvent(
        QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r", True
    )
    QApplication.sendEvent(button, repeat)
    assert feedback.get(db, request.id).status == "asked"


def test_going_back_clears_the_dates_of_the_statuses_left(db, now):
    mentor = add_mentor(db)
    request = feedback.add(db, FeedbackRequest(mentor_id=mentor.id, question="Q"))
    feedback.set_status(db, request.id, "acted_on", now=now)
    back = feedback.set_status(db, request.id, "asked", now=now + timedelta(days=1))
    assert (back.asked_at, back.answered_at, back.acted_at) == (now, None, None)
    again = feedback.set_status(db, request.id, "answered", now=now + timedelta(days=2))
    assert (again.asked_at, again.answered_at) == (now, now + timedelta(days=2))
    draft = feedback.set_status(db, request.id, "draft", now=now + timedelta(days=3))
    assert (draft.asked_at, draft.answered_at, draft.acted_at) == (None, None, None)


def test_done_is_dated_once(db, now):
    mentor = add_mentor(db)
    item = action_items.add(db, ActionItem(mentor_id=mentor.id, title="Write it up"))
    action_items.set_done(db, item.id, True, now=now)
    again = action_items.set_done(db, item.id, True, now=now + timedelta(hours=1))
    assert again.completed_at == now
    assert action_items.set_done(db, item.id, False).completed_at is None
