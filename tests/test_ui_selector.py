"""The meeting selector keeps the history in reach and opens on the meeting that matters now."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from mentee_desktop.app import build_window
from mentee_desktop.data import agenda_items, lifecycle, meetings, mentors
from mentee_desktop.data.agenda_items import AgendaItem
from mentee_desktop.data.errors import transaction
from mentee_desktop.data.meetings import Meeting
from mentee_desktop.data.mentors import Mentor
from mentee_desktop.ui.shell.meeting_list_model import PAGE, MeetingListModel

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


def make_window(qtbot, db, data_dir):
    window = build_window(db, data_dir, clock=lambda: NOW, zone_name="Europe/Berlin")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def plan(db, mentor_id: int, days: float, status: str = "planned", **fields) -> Meeting:
    start = NOW + timedelta(days=days)
    return lifecycle.plan(db, Meeting(mentor_id, start, "UTC", status=status, **fields), now=NOW)


def test_a_mentor_with_only_past_meetings_shows_the_latest(qtbot, db, data_dir):
    mentor = mentors.add(db, Mentor(name="Ada"))
    past = [plan(db, mentor.id, -days, "held") for days in (60, 45, 30, 15)]
    window = make_window(qtbot, db, data_dir)
    window.selector.select(mentor.id, None)
    combo = window.selector.meeting_combo
    assert combo.count() == 4  # the whole history, not an empty selector
    assert window.current_meeting_id() == past[-1].id
    assert "held" in combo.currentText()
    assert combo.isEnabled() and window.selector.edit_meeting_button.isEnabled()


def test_the_window_opens_on_the_meeting_under_way_else_the_next(qtbot, db, data_dir):
    mentor = mentors.add(db, Mentor(name="Ada"))
    plan(db, mentor.id, -14, "held")
    under_way = plan(db, mentor.id, -20 / (24 * 60))  # began twenty minutes ago
    later = plan(db, mentor.id, 7)
    window = make_window(qtbot, db, data_dir)
    window.selector.select(mentor.id, None)
    assert window.current_meeting_id() == under_way.id
    lifecycle.mark_held(db, under_way.id, now=NOW)
    lifecycle.set_status(db, under_way.id, "cancelled", now=NOW)
    window.selector.select(mentor.id, None)
    assert window.current_meeting_id() == later.id


def test_a_past_meeting_is_picked_after_a_cancelled_future_one_only_if_nothing_is_planned(
    qtbot, db, data_dir
):
    mentor = mentors.add(db, Mentor(name="Ada"))
    held = plan(db, mentor.id, -3, "held")
    plan(db, mentor.id, 4, "cancelled")
    model = MeetingListModel(db)
    model.load(mentor.id, NOW)
    assert model.meeting_at(model.default_row(NOW)).id == held.id


def test_the_selector_lists_upcoming_first_then_the_past_page_by_page(qtmodeltester, db):
    mentor = mentors.add(db, Mentor(name="Ten years"))
    with transaction(db):
        for days in range(1, PAGE + PAGE // 2 + 1):  # a page and a half of the past
            meetings.insert(db, Meeting(mentor.id, NOW - timedelta(days=days), "UTC"))
        soon = meetings.insert(db, Meeting(mentor.id, NOW + timedelta(days=2), "UTC"))
    model = MeetingListModel(db)
    model.load(mentor.id, NOW)
    assert model.rowCount() == 1 + PAGE
    assert model.meeting_at(0).id == soon
    assert model.meeting_at(1).starts_at == NOW - timedelta(days=1)  # newest past first
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 1 + PAGE + PAGE // 2
    assert not model.canFetchMore()
    qtmodeltester.check(model)


def test_plan_ahead_in_the_window_keeps_the_upcoming_agenda(qtbot, db, data_dir):
    mentor = mentors.add(db, Mentor(name="Ada"))
    upcoming = plan(db, mentor.id, 2)
    question = agenda_items.add(db, AgendaItem(upcoming.id, "question", "How do I say no?"))
    window = make_window(qtbot, db, data_dir)
    window.selector.select(mentor.id, upcoming.id)
    later = window.selector.create_meeting(Meeting(mentor.id, NOW + timedelta(days=16), "UTC"))
    assert window.current_meeting_id() == later
    assert agenda_items.get(db, question.id).meeting_id == upcoming.id
    assert agenda_items.get(db, question.id).status == "open"


def test_cancel_in_the_window_moves_the_items_on(qtbot, db, data_dir):
    mentor = mentors.add(db, Mentor(name="Ada"))
    forgotten = plan(db, mentor.id, -2)
    agenda_items.add(db, AgendaItem(forgotten.id, "topic", "Career ladder"))
    nxt = plan(db, mentor.id, 5)
    window = make_window(qtbot, db, data_dir)
    window.selector.select(mentor.id, forgotten.id)
    assert window.outcome_bar.isVisible()
    qtbot.mouseClick(window.outcome_bar.cancelled_button, Qt.MouseButton.LeftButton)
    texts = [i.text for i in agenda_items.list_for_meeting(db, nxt.id) if i.is_carried_over]
    assert texts == ["Career ladder"]


def when_dialog_opens(qtbot, look) -> None:
    """Look at (and fill) the next modal dialog as a user would, then press OK."""

    def act():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, act)
            return
        look(dialog)
        dialog.accept()

    QTimer.singleShot(0, act)


def test_a_new_meeting_follows_the_last_one_in_the_mentors_zone(qtbot, db, data_dir):
    mentor = mentors.add(db, Mentor(name="Kenji", timezone="Asia/Tokyo", cadence_days=14))
    last = datetime(2026, 11, 20, 9, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    held = lifecycle.plan(
        db,
        Meeting(mentor.id, last, "Asia/Tokyo", 45, "https://meet.example.org/k", "held"),
        now=NOW,
    )
    agenda_items.add(db, AgendaItem(held.id, "question", "Left open"))
    other = mentors.add(db, Mentor(name="Ada"))
    lifecycle.plan(db, Meeting(other.id, datetime(2026, 12, 4, 0, 30, tzinfo=UTC), "UTC"), now=NOW)
    window = make_window(qtbot, db, data_dir)
    window.selector.select(mentor.id, None)
    seen = {}

    def look(dialog):
        seen["day"] = dialog.day.date().toPython()
        seen["time"] = dialog.time.time().toPython()
        seen["zone"] = dialog.timezone.currentText()
        seen["duration"] = dialog.duration.value()
        seen["place"] = dialog.place.text()
        seen["your_time"] = dialog.your_time.text()
        seen["warning"] = dialog.warning.text() if dialog.warning.isVisibleTo(dialog) else ""
        seen["carried"] = dialog.carried.text()
        dialog.day.setDate(QDate(2026, 11, 1))
        seen["past"] = dialog.warning.text()

    when_dialog_opens(qtbot, look)
    assert window.selector.new_meeting() is not None
    assert seen["day"] == date(2026, 12, 4) and seen["time"] == time(9, 0)
    assert (seen["zone"], seen["duration"], seen["place"]) == (
        "Asia/Tokyo",
        45,
        "https://meet.example.org/k",
    )
    assert seen["your_time"] == "09:00 Tokyo · 01:00 your time"
    assert "overlaps another meeting at 01:30 your time" in seen["warning"]
    assert "1 open item waiting" in seen["carried"]
    assert "in the past" in seen["past"]


def test_the_selector_shows_both_times_when_the_zones_differ(qtbot, db, data_dir):
    mentor = mentors.add(db, Mentor(name="Kenji", timezone="Asia/Tokyo"))
    start = datetime(2026, 12, 4, 9, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    lifecycle.plan(db, Meeting(mentor.id, start, "Asia/Tokyo"), now=NOW)
    window = make_window(qtbot, db, data_dir)
    window.selector.select(mentor.id, None)
    label = window.selector.meeting_combo.currentText()
    assert "09:00 (Asia/Tokyo)" in label and "01:00 your time" in label


def test_a_mentor_gets_a_time_zone_in_the_mentor_dialog(qtbot, db, data_dir):
    window = make_window(qtbot, db, data_dir)

    def fill(dialog):
        qtbot.keyClicks(dialog.name, "Kenji Sato")
        assert dialog.timezone.currentText() == "My own time zone"  # the default
        dialog.timezone.setCurrentText("Asia/Tokyo")

    when_dialog_opens(qtbot, fill)
    mentor_id = window.selector.add_mentor()
    assert mentors.get(db, mentor_id).timezone == "Asia/Tokyo"


@pytest.mark.parametrize("which", ["mentor", "meeting"])
def test_a_zone_that_does_not_exist_is_named_and_nothing_is_saved(qtbot, db, data_dir, which):
    """Both dialogs refuse a typed zone that is none, say so, and put the cursor there."""
    from mentee_desktop.ui.shell.mentor_meeting_dialogs import MeetingDialog, MentorDialog

    window = make_window(qtbot, db, data_dir)
    if which == "mentor":
        dialog = MentorDialog(parent=window)
        qtbot.keyClicks(dialog.name, "Kenji")
    else:
        mentor = mentors.add(db, Mentor(name="Kenji"))
        dialog = MeetingDialog(mentor.id, "Europe/Berlin", NOW, parent=window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.timezone.setCurrentText("Mars/Olympus_Mons")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.isVisible() and "Unknown timezone" in dialog.error.text()
    qtbot.waitUntil(dialog.timezone.hasFocus)
    dialog.timezone.setCurrentText("Asia/Tokyo")
    assert not dialog.error.isVisible()  # gone as soon as the field is edited
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    made = dialog.mentor() if which == "mentor" else dialog.meeting()
    assert made.timezone == "Asia/Tokyo"


def test_a_new_mentor_is_mentored_since_the_windows_today(qtbot, db, data_dir):
    """The window's clock, not the computer's, is "today" for a new mentor."""
    later = datetime(2031, 3, 5, 10, 0, tzinfo=UTC)
    window = build_window(db, data_dir, clock=lambda: later, zone_name="Europe/Berlin")
    qtbot.addWidget(window)
    when_dialog_opens(qtbot, lambda dialog: qtbot.keyClicks(dialog.name, "Lin"))
    mentor_id = window.selector.add_mentor()
    assert mentors.get(db, mentor_id).started_on == date(2031, 3, 5)
