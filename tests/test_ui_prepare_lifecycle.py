"""Prepare tab over a meeting's life: move an item to another meeting, see a promise done."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mentee_desktop.app import build_window
from mentee_desktop.data import action_items, agenda_items, feedback
from mentee_desktop.data.action_items import ActionItem
from mentee_desktop.data.agenda_items import AgendaItem
from mentee_desktop.ui.prepare.agenda_model import AgendaModel
from tests.helpers import add_meeting, add_mentor


def open_prepare(qtbot, db, data_dir, now, mentor_id: int, meeting_id: int):
    window = build_window(db, data_dir, clock=lambda: now, zone_name="Europe/Berlin")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.selector.select(mentor_id, meeting_id)
    tab = window.tab_by_key["prepare"]
    window.tabs.setCurrentWidget(tab)
    return window, tab


def test_an_item_moves_to_another_meeting_from_its_context_menu(qtbot, db, data_dir, now):
    mentor = add_mentor(db)
    first = add_meeting(db, mentor.id, now, days=2)
    second = add_meeting(db, mentor.id, now, days=16)
    other = add_meeting(db, add_mentor(db, "Ada").id, now, days=3)
    item = agenda_items.add(db, AgendaItem(first.id, "question", "Better asked later"))
    _window, tab = open_prepare(qtbot, db, data_dir, now, mentor.id, first.id)
    menu = tab.mover.menu_for(item.id)
    targets = [a.data() for a in menu.actions() if a.data() is not None]
    assert targets == [second.id]  # not this meeting, not another mentor's (other.id)
    assert other.id not in targets
    next(a for a in menu.actions() if a.data() == second.id).trigger()
    assert agenda_items.get(db, item.id).meeting_id == second.id
    assert tab.model.index_of(item.id).isValid() is False  # gone from this agenda


def test_ctrl_shift_m_opens_the_move_menu_at_the_selected_item(qtbot, db, data_dir, now):
    mentor = add_mentor(db)
    first = add_meeting(db, mentor.id, now, days=2)
    second = add_meeting(db, mentor.id, now, days=16)
    item = agenda_items.add(db, AgendaItem(first.id, "topic", "Team change"))
    _window, tab = open_prepare(qtbot, db, data_dir, now, mentor.id, first.id)
    tab.tree.setCurrentIndex(tab.model.index_of(item.id))
    tab.tree.setFocus()
    qtbot.waitUntil(tab.tree.hasFocus)
    qtbot.keyClick(
        tab.tree,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: tab.mover.menu is not None and tab.mover.menu.isVisible())
    assert [a.data() for a in tab.mover.menu.actions() if a.data()] == [second.id]
    tab.mover.menu.close()


def test_a_promise_done_shows_as_done_on_prepare(qtbot, db, data_dir, now):
    mentor = add_mentor(db)
    promise = action_items.add(db, ActionItem(mentor_id=mentor.id, title="Send the draft"))
    meeting = add_meeting(db, mentor.id, now, days=2)
    [update] = agenda_items.list_for_meeting(db, meeting.id)
    window, tab = open_prepare(qtbot, db, data_dir, now, mentor.id, meeting.id)

    def badges():
        return [label for label, _ in tab.model.data(tab.model.index_of(update.id), BADGES)]

    assert badges() == ["promise"]
    window.services.call("action_item", action_items.set_done, promise.id, True, now=now)
    qtbot.waitUntil(lambda: badges() == ["promise done"])
    tooltip = tab.model.data(tab.model.index_of(update.id), Qt.ItemDataRole.ToolTipRole)
    assert "Done" in tooltip


BADGES = AgendaModel.BadgesRole


def test_the_answer_to_feedback_i_want_shows_on_prepare(qtbot, db, data_dir, now):
    mentor = add_mentor(db)
    meeting = add_meeting(db, mentor.id, now, days=2)
    item = agenda_items.add(db, AgendaItem(meeting.id, "feedback", "Was my demo clear?"))
    window, tab = open_prepare(qtbot, db, data_dir, now, mentor.id, meeting.id)
    request = feedback.get(db, item.feedback_id)
    request.answer = "Yes, but slow down"
    window.services.call("feedback", feedback.update, request)
    window.services.call("feedback", feedback.set_status, request.id, "answered", now=now)

    def shown(role):
        return tab.model.data(tab.model.index_of(item.id), role)

    qtbot.waitUntil(lambda: "answered" in [label for label, _ in shown(BADGES)])
    assert "Yes, but slow down" in shown(Qt.ItemDataRole.ToolTipRole)
