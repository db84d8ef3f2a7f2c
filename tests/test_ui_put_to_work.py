"""Put to work, as a mentee does it in the window: an insight comes back as a reminder, one key
marks it applied, a short line says what happened, and the next agenda tells the mentor."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from mentee_desktop.agenda.build import build_agenda
from mentee_desktop.agenda.markdown import render_agenda
from mentee_desktop.data import insights, lifecycle, listening_notes
from mentee_desktop.data.listening_notes import ListeningNote
from mentee_desktop.data.meetings import Meeting
from mentee_desktop.reminders import due_reminders
from tests.helpers import add_mentor

ZONE = "Europe/Berlin"


@pytest.fixture
def story(db, now):
    """A meeting a week ago with one insight, and the next meeting planned in a week."""
    mentor = add_mentor(db, "Amara Okafor")
    held = lifecycle.plan(
        db, Meeting(mentor.id, now - timedelta(days=7), ZONE, status="held"), now=now
    )
    note = listening_notes.add(
        db, ListeningNote(held.id, heard="Write less", insight="Cut every status mail to 5 lines")
    )
    upcoming = lifecycle.plan(db, Meeting(mentor.id, now + timedelta(days=7), ZONE), now=now)
    return mentor, note, upcoming


def _panel(window):
    window.tabs.setCurrentWidget(window.tab_by_key["relationship"])
    return window.tab_by_key["relationship"].gathered.put_to_work


def test_from_reminder_to_the_next_agenda(make_window, qtbot, db, now, story):
    _mentor, note, upcoming = story
    (reminder,) = [r for r in due_reminders(db, now, window_zone()) if r.kind == "insight_to_try"]
    assert reminder.text == "You heard: “Cut every status mail to 5 lines” — tried it yet?"

    window = make_window(zone_name=ZONE)
    window.activateWindow()
    window.open_record(reminder.record_kind, reminder.record_id)  # what the tray's click does
    panel = _panel(window)
    assert window.tabs.currentWidget() is window.tab_by_key["relationship"]
    assert panel.current().source_id == note.id
    assert panel.insight_list.currentItem().text().startswith("[not tried yet]")

    panel.insight_list.setFocus()
    qtbot.keyClick(panel.insight_list, Qt.Key.Key_A)
    qtbot.waitUntil(panel.outcome.hasFocus)  # ready for the one line
    qtbot.keyClicks(panel.outcome, "Sent three short mails; two got answers the same day")
    qtbot.keyClick(panel.outcome, Qt.Key.Key_Return)

    stored = insights.for_note(db, note.id)
    assert (stored.state, stored.outcome) == (
        "applied",
        "Sent three short mails; two got answers the same day",
    )
    assert panel.insight_list.currentItem().text().startswith("[applied]")
    assert panel.summary.text() == "Put to work: 1 of 1 insights"
    told = render_agenda(build_agenda(db, upcoming.id, now=now))
    assert "Sent three short mails; two got answers the same day" in told
    assert "Cut every status mail to 5 lines" in told
    assert not [r for r in due_reminders(db, now, window_zone()) if r.kind == "insight_to_try"]
    window.close()


def test_a_held_key_marks_once_and_keeps_the_first_moment(make_window, qtbot, db, now, story):
    _mentor, note, _upcoming = story
    window = make_window(zone_name=ZONE)
    panel = _panel(window)
    panel.insight_list.setCurrentRow(0)
    panel.insight_list.setFocus()
    qtbot.keyClick(panel.insight_list, Qt.Key.Key_T)
    first = insights.for_note(db, note.id).state_at
    window.services.clock = lambda: now + timedelta(hours=2)
    qtbot.keyClick(panel.insight_list, Qt.Key.Key_T)  # a second press finds it trying already
    assert insights.for_note(db, note.id).state == "trying"
    assert insights.for_note(db, note.id).state_at == first
    assert not panel.trying_button.isEnabled()
    window.close()


def test_let_go_says_why_and_never_comes_back(make_window, qtbot, db, now, story):
    _mentor, note, _upcoming = story
    window = make_window(zone_name=ZONE)
    panel = _panel(window)
    panel.insight_list.setCurrentRow(0)
    panel.outcome.setText("Our team lives in chat, not mail")
    qtbot.mouseClick(panel.let_go_button, Qt.MouseButton.LeftButton)
    stored = insights.for_note(db, note.id)
    assert (stored.state, stored.outcome) == ("let_go", "Our team lives in chat, not mail")
    later = now + timedelta(days=30)
    assert not [r for r in due_reminders(db, later, window_zone()) if r.kind == "insight_to_try"]
    window.close()


def window_zone():
    from zoneinfo import ZoneInfo

    return ZoneInfo(ZONE)
