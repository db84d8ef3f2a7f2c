"""The main window as a whole: first start, mentors, meetings, shortcuts, remembered state."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog

from mentee_desktop.app import build_window
from mentee_desktop.data import action_items, agenda_items, lifecycle, meetings, mentors
from mentee_desktop.data.action_items import ActionItem
from mentee_desktop.data.agenda_items import AgendaItem
from mentee_desktop.data.store import open_store

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


def make_window(qtbot, db, data_dir):
    window = build_window(db, data_dir, clock=lambda: NOW, zone_name="Europe/Berlin")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def when_dialog_opens(qtbot, fill) -> None:
    """Fill the next modal dialog as a user would, then press OK."""

    def act():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, act)
            return
        fill(dialog)
        dialog.accept()

    QTimer.singleShot(0, act)


def test_first_start_welcomes_and_sample_data_fills_the_window(qtbot, db, data_dir):
    window = make_window(qtbot, db, data_dir)
    assert window.pages.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.work_area
    sample = mentors.sample_mentor(db)
    assert window.current_mentor_id() == sample.id
    assert window.current_meeting_id() == meetings.next_upcoming(db, NOW).id


def test_add_first_mentor_through_the_dialog(qtbot, db, data_dir):
    window = make_window(qtbot, db, data_dir)

    def fill(dialog):
        qtbot.keyClicks(dialog.name, "Grace Hopper")
        qtbot.keyClicks(dialog.role, "Rear admiral")
        dialog.cadence.setValue(21)

    when_dialog_opens(qtbot, fill)
    qtbot.mouseClick(window.welcome.add_button, Qt.MouseButton.LeftButton)
    stored = mentors.list_all(db)
    assert [(m.name, m.role, m.cadence_days) for m in stored] == [
        ("Grace Hopper", "Rear admiral", 21)
    ]
    assert window.pages.currentWidget() is window.work_area
    assert window.current_mentor_id() == stored[0].id


def test_a_mentor_without_a_name_is_not_stored(qtbot, db, data_dir):
    window = make_window(qtbot, db, data_dir)

    def fill(dialog):
        dialog.accept()  # OK with an empty name: refused with a message, dialog stays
        assert dialog.error.isVisible()
        assert dialog.isVisible()
        dialog.reject()

    when_dialog_opens(qtbot, lambda d: (fill(d), None))
    window.selector.add_mentor()
    assert mentors.list_all(db) == []


def test_new_meeting_carries_over_and_says_so(qtbot, db, data_dir):
    mentor = mentors.add(db, mentors.Mentor(name="Ada"))
    first = lifecycle.plan(
        db, meetings.Meeting(mentor.id, NOW - timedelta(days=14), "Europe/Berlin", status="held")
    )
    agenda_items.add(db, AgendaItem(meeting_id=first.id, kind="question", text="Still open?"))
    action_items.add(db, ActionItem(mentor_id=mentor.id, title="Send the slides"))
    window = make_window(qtbot, db, data_dir)

    def fill(dialog):
        dialog.timezone.setCurrentText("America/New_York")
        dialog.duration.setValue(45)
        qtbot.keyClicks(dialog.place, "https://meet.example.org/ada")

    when_dialog_opens(qtbot, fill)
    qtbot.mouseClick(window.selector.new_meeting_button, Qt.MouseButton.LeftButton)
    created = meetings.list_all(db, mentor_id=mentor.id)[-1]
    assert (created.timezone, created.duration_minutes) == ("America/New_York", 45)
    assert created.place == "https://meet.example.org/ada"
    assert window.current_meeting_id() == created.id
    texts = {i.text for i in agenda_items.list_for_meeting(db, created.id)}
    assert texts == {"Still open?", "Send the slides"}
    assert "carried over 1 open item" in window.message_bar.label.text()
    assert "1 update" in window.message_bar.label.text()


def test_archiving_hides_a_mentor_until_show_archived(qtbot, db, data_dir, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    keep = mentors.add(db, mentors.Mentor(name="Keep"))
    gone = mentors.add(db, mentors.Mentor(name="Zed"))
    window = make_window(qtbot, db, data_dir)
    window.selector.select(gone.id, None)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.selector.archive_button.trigger()
    assert mentors.get(db, gone.id).archived
    assert window.current_mentor_id() == keep.id
    assert window.selector.mentor_combo.findData(gone.id) < 0
    window.selector.show_archived.trigger()
    assert window.selector.mentor_combo.findData(gone.id) >= 0


@pytest.mark.parametrize("number", [1, 2, 3, 4, 5])
def test_ctrl_number_switches_tabs(qtbot, db, data_dir, number):
    mentors.add(db, mentors.Mentor(name="Ada"))
    window = make_window(qtbot, db, data_dir)
    (action,) = [
        a for a in window.view_menu.actions() if a.shortcut() == QKeySequence(f"Ctrl+{number}")
    ]
    window.tabs.setCurrentIndex(0 if number > 1 else 1)
    action.trigger()
    assert window.tabs.currentIndex() == number - 1


def test_a_new_window_finds_everything_and_the_same_place(qtbot, db, data_dir):
    mentor = mentors.add(db, mentors.Mentor(name="Ada"))
    meeting = lifecycle.plan(db, meetings.Meeting(mentor.id, NOW + timedelta(days=2), "UTC"))
    window = make_window(qtbot, db, data_dir)
    window.selector.select(mentor.id, meeting.id)
    window.tabs.setCurrentIndex(3)
    window.resize(1000, 650)
    prepare = window.tab_by_key["prepare"]
    prepare.add_new("question")
    prepare.editor.text_edit.setPlainText("What did you learn from your first manager? 🙂")
    window.close()  # closing stores the pending edit and the window state
    db.close()

    reopened = open_store(data_dir)
    again = make_window(qtbot, reopened, data_dir)
    assert again.current_mentor_id() == mentor.id
    assert again.current_meeting_id() == meeting.id
    assert again.tabs.currentIndex() == 3
    assert again.height() == 650
    # Qt keeps a restored window on its screen; the offscreen screen is only 800 px wide
    assert again.width() >= min(1000, again.screen().availableGeometry().width())
    texts = [i.text for i in agenda_items.list_for_meeting(reopened, meeting.id)]
    assert texts == ["What did you learn from your first manager? 🙂"]
    again.close()
    reopened.close()


def test_a_past_planned_meeting_asks_whether_it_took_place(qtbot, db, data_dir):
    mentor = mentors.add(db, mentors.Mentor(name="Ada"))
    past = lifecycle.plan(db, meetings.Meeting(mentor.id, NOW - timedelta(days=2), "UTC"))
    future = lifecycle.plan(db, meetings.Meeting(mentor.id, NOW + timedelta(days=5), "UTC"))
    window = make_window(qtbot, db, data_dir)
    window.selector.select(mentor.id, future.id)
    assert not window.outcome_bar.isVisible()
    window.selector.select(mentor.id, past.id)
    assert window.outcome_bar.isVisible()
    assert "Did it take place?" in window.outcome_bar.label.text()
    qtbot.mouseClick(window.outcome_bar.held_button, Qt.MouseButton.LeftButton)
    assert meetings.get(db, past.id).status == "held"
    assert not window.outcome_bar.isVisible()
    assert window.current_meeting_id() == past.id
    assert "held" in window.selector.meeting_combo.currentText()
