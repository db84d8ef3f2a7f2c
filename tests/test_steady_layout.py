"""A steady layout: messages come and go without moving what is under the pointer, and every
form keeps its buttons in reach at the default size."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from mentee_desktop.data import feedback
from mentee_desktop.data.feedback import FeedbackRequest
from tests.helpers import add_meeting, add_mentor


def test_a_message_does_not_push_the_tabs_down(qtbot, db, now, make_window):
    mentor = add_mentor(db)
    add_meeting(db, mentor.id, now, days=2)
    window = make_window()
    qtbot.waitExposed(window)
    tab = window.tab_by_key["prepare"]
    window.tabs.setCurrentWidget(tab)
    before = tab.mapTo(window, QPoint(0, 0))
    selector = window.selector.mapTo(window, QPoint(0, 0))
    window.message_bar.show_error("Not saved: the disk is full")
    qtbot.waitUntil(window.message_bar.isVisible)
    assert tab.mapTo(window, QPoint(0, 0)) == before
    assert window.selector.mapTo(window, QPoint(0, 0)) == selector
    # it shows in the line kept free at the top, above the selector, covering nothing below
    bar = window.message_bar.geometry().translated(window.notices.mapTo(window, QPoint(0, 0)))
    assert bar.bottom() < selector.y()
    window.message_bar.hide()
    assert tab.mapTo(window, QPoint(0, 0)) == before


def test_the_feedback_editor_keeps_its_last_fields_in_view(qtbot, db, now, make_window):
    mentor = add_mentor(db)
    add_meeting(db, mentor.id, now, days=-2)
    feedback.add(
        db,
        FeedbackRequest(
            mentor_id=mentor.id,
            question="Q " * 400,
            my_observation="long\n" * 60,
            answer="An answer\n" * 60,
            status="answered",
        ),
    )
    window = make_window()
    window.resize(1100, 720)
    qtbot.waitExposed(window)
    tab = window.tab_by_key["feedback"]
    window.tabs.setCurrentWidget(tab)
    tab.reload()
    editor = tab.editor
    for widget in (editor.fields["what_i_did"], editor.make_action_button):
        qtbot.waitUntil(widget.isVisible)
        bottom = widget.mapTo(window, QPoint(0, widget.height())).y()
        assert bottom <= window.height(), widget.accessibleName()
        assert widget.visibleRegion().boundingRect().height() == widget.height()


def test_an_empty_agenda_of_a_meeting_that_is_over_does_not_ask_to_prepare(
    qtbot, db, now, make_window
):

    mentor = add_mentor(db)
    past = add_meeting(db, mentor.id, now, days=-3)
    window = make_window()
    qtbot.waitExposed(window)
    window.selector.select(mentor.id, past.id)
    tab = window.tab_by_key["prepare"]
    window.tabs.setCurrentWidget(tab)
    tab.reload()
    assert tab.readiness_label.text() == "Nothing was on this agenda."
    upcoming = add_meeting(db, mentor.id, now, days=3)
    window.selector.reload_meetings(upcoming.id)
    window.selector.select(mentor.id, upcoming.id)
    tab.reload()
    assert tab.readiness_label.text().startswith("Nothing prepared yet")
