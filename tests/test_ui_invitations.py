"""Invitations in the window users get: a dropped file, the preview, the message and Undo."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from mentee_desktop.data import meetings, mentors
from tests.helpers import add_mentor

FOLDER = Path(__file__).parent / "fixtures" / "invitations"
NOW = datetime(2027, 2, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def window(qtbot, db, data_dir):
    from mentee_desktop.app import build_window

    window = build_window(db, data_dir, clock=lambda: NOW, zone_name="Europe/Berlin")
    qtbot.addWidget(window)
    window.show()
    return window


def drop(window, *paths: Path) -> bool:
    """Drop files on the window as a file manager does; True when the window took them."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    enter = QDragEnterEvent(
        QPoint(40, 40),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)  # Qt delivers a drop only where the drag entered
    if not enter.isAccepted():
        return False
    event = QDropEvent(
        QPointF(40, 40),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, event)
    return event.isAccepted()


def test_dropping_a_single_invitation_imports_it_and_undo_takes_it_back(qtbot, window, db):
    amara = add_mentor(db, "Amara Okafor", contact="amara@example.net")
    window.selector.reload_mentors()
    assert drop(window, FOLDER / "google-meet.ics")
    (meeting,) = meetings.list_all(db, mentor_id=amara.id)
    assert meeting.place == "https://meet.google.com/abc-defg-hij"
    bar = window.message_bar
    assert bar.label.text() == "1 meeting added"
    assert bar.undo_button.isVisible()
    assert window.current_meeting_id() == meeting.id  # the new meeting is shown
    qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    assert meetings.list_all(db) == []
    assert window.current_meeting_id() is None


def test_a_series_shows_the_preview_and_imports_what_is_ticked(qtbot, window, db):
    joerg = add_mentor(db, "Jörg Müller", contact="joerg.mueller@example.com")
    window.selector.reload_mentors()
    drop(window, FOLDER / "outlook-series.ics")
    dialog = window.invitation_import.preview
    assert dialog is not None and dialog.isVisible()
    assert dialog.events.topLevelItemCount() == 20
    first = dialog.events.topLevelItem(0)
    assert first.text(0).endswith("2027, 10:00")  # Berlin time, as the window shows times
    assert first.text(1) == "Mentoring: Jörg / Mentee"
    assert first.text(2) == "Jörg Müller <joerg.mueller@example.com>"
    assert first.text(3) == "new"
    assert not dialog.mentor_row.isVisibleTo(dialog)  # the organizer is a known mentor
    for index in range(2, 20):
        dialog.set_ticked(index, False)
    dialog.accept()
    imported = meetings.list_all(db, mentor_id=joerg.id)
    assert [m.local_start.strftime("%a %d %b %H:%M") for m in imported] == [
        "Tue 09 Feb 10:00",
        "Thu 25 Feb 11:00",
    ]
    assert window.message_bar.label.text() == "2 meetings added"
    # the update moves the first, cancels nothing here, and Undo puts it back
    drop(window, FOLDER / "outlook-series-updated.ics")
    dialog = window.invitation_import.preview
    kinds = [dialog.events.topLevelItem(i).text(3) for i in range(2)]
    assert kinds == ["update", "update"]  # Feb 9 moved; Feb 25 keeps its time, new SEQUENCE
    for index in range(2, dialog.events.topLevelItemCount()):
        dialog.set_ticked(index, False)
    dialog.accept()
    assert window.message_bar.label.text() == "1 moved to Tue 9 Feb"
    assert meetings.get(db, imported[0].id).local_start.hour == 14
    window.message_bar.undo()
    assert meetings.get(db, imported[0].id).local_start.hour == 10


def test_an_unknown_organizer_becomes_a_new_mentor_from_the_preview(qtbot, window, db):
    add_mentor(db, "Someone else")
    window.selector.reload_mentors()
    drop(window, FOLDER / "zoom-utc.ics")
    dialog = window.invitation_import.preview
    assert dialog.mentor_row.isVisibleTo(dialog)
    assert "priya@example.com" in dialog.intro.text()
    labels = [dialog.mentor.itemText(i) for i in range(dialog.mentor.count())]
    assert labels == ["Someone else", "New mentor: Priya Raman <priya@example.com>"]
    dialog.mentor.setCurrentIndex(1)
    dialog.accept()
    priya = next(m for m in mentors.list_all(db) if m.name == "Priya Raman")
    assert priya.contact == "Priya Raman <priya@example.com>"
    (meeting,) = meetings.list_all(db, mentor_id=priya.id)
    assert meeting.starts_at == datetime(2027, 2, 15, 15, 0, tzinfo=UTC)


def test_a_bad_file_gets_a_message_and_changes_nothing(qtbot, window, db, tmp_path):
    bad = tmp_path / "broken.ics"
    bad.write_text("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:nonsense\nEND:VCALENDAR\n")
    drop(window, bad)
    assert window.message_bar.label.text().startswith("Not imported: ")
    assert meetings.list_all(db) == []
    drop(window, FOLDER / "only-allday.ics")
    assert "all-day" in window.message_bar.label.text()


def test_the_import_action_sits_in_the_file_menu(window):
    texts = [action.text() for action in window.file_menu.actions()]
    assert "&Import invitation…" in texts
    assert texts.index("&Import invitation…") < texts.index("&Quit")


def test_the_preview_sets_how_far_ahead_a_series_is_planned(qtbot, window, db):
    from mentee_desktop.data import calendar_series, settings
    from mentee_desktop.invitations.source import HORIZON_KEY

    joerg = add_mentor(db, "Jörg Müller", contact="joerg.mueller@example.com")
    window.selector.reload_mentors()
    drop(window, FOLDER / "outlook-series-no-end.ics")
    dialog = window.invitation_import.preview
    assert dialog.horizon_row.isVisibleTo(dialog) and dialog.horizon.value() == 6
    assert dialog.events.topLevelItemCount() == 24  # 9 Feb .. 3 Aug, two left out
    dialog.horizon.setValue(2)
    assert settings.get(db, HORIZON_KEY) == 2
    assert dialog.events.topLevelItemCount() == 7  # 9 Feb .. 30 Mar
    dialog.set_ticked(0, False)
    dialog.accept()
    imported = meetings.list_all(db, mentor_id=joerg.id)
    assert len(imported) == 6
    assert imported[-1].local_start.strftime("%d %b") == "30 Mar"
    kept = calendar_series.list_all(db)
    assert [k.extended_until for k in kept] == [NOW + timedelta(days=61)]


def test_a_single_event_preview_has_no_horizon(qtbot, window, db):
    drop(window, FOLDER / "google-meet.ics")  # no mentor matches: the preview asks
    dialog = window.invitation_import.preview
    assert dialog is not None and dialog.mentor_row.isVisibleTo(dialog)
    assert not dialog.horizon_row.isVisibleTo(dialog)


def test_the_window_adds_a_kept_series_next_meetings_and_says_so(qtbot, db, data_dir):
    from mentee_desktop.app import build_window
    from mentee_desktop.invitations.apply import apply_plan
    from mentee_desktop.invitations.plan import make_plan
    from mentee_desktop.invitations.read import read_invitation

    joerg = add_mentor(db, "Jörg Müller", contact="joerg.mueller@example.com")
    data = (FOLDER / "outlook-series-no-end.ics").read_bytes()
    invitation = read_invitation(data, now=NOW, user_zone="Europe/Berlin", horizon_days=183)
    apply_plan(db, make_plan(db, invitation, now=NOW), now=NOW)
    assert len(meetings.list_all(db, mentor_id=joerg.id)) == 24
    three_weeks_later = NOW + timedelta(weeks=3)
    window = build_window(db, data_dir, clock=lambda: three_weeks_later, zone_name="Europe/Berlin")
    qtbot.addWidget(window)
    window.show()
    bar = window.message_bar
    qtbot.waitUntil(lambda: bar.isVisible())
    assert bar.label.text() == "3 more meetings from the series “Mentoring: Jörg / Mentee” added"
    assert len(meetings.list_all(db, mentor_id=joerg.id)) == 27
    assert window.invitation_import.series_timer.isActive()
    window.invitation_import.extend_kept_series()  # the next check finds nothing more
    assert len(meetings.list_all(db, mentor_id=joerg.id)) == 27


def test_a_closed_store_stops_the_series_checks_quietly(qtbot, window, db):
    db.close()
    window.invitation_import.extend_kept_series()
    assert not window.invitation_import.series_timer.isActive()
    assert not window.message_bar.isVisible()
