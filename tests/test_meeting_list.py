"""The meeting selector's list (read a page at a time) and the meeting dialog's times."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from PySide6.QtCore import QDate, QTime

from mentee_desktop.data import lifecycle
from mentee_desktop.ui.shell.meeting_list_model import PAGE, MeetingListModel
from mentee_desktop.ui.shell.mentor_meeting_dialogs import MeetingDialog
from tests.helpers import add_meeting, add_mentor


def test_past_meetings_are_read_a_page_at_a_time(qapp, qtmodeltester, db, now):
    mentor = add_mentor(db)
    past = [add_meeting(db, mentor.id, now, days=-(n + 1)) for n in range(2 * PAGE + 30)]
    upcoming = [add_meeting(db, mentor.id, now, days=n + 1) for n in range(2)]
    model = MeetingListModel(db)
    model.load(mentor.id, now)
    # the upcoming ones and the first page of the past (a mentor with only past meetings
    # still shows them); the rest when the list is scrolled
    assert model.rowCount() == 2 + PAGE
    assert {model.meeting_at(row).id for row in range(2)} == {m.id for m in upcoming}
    pages = []
    while model.canFetchMore():
        model.fetchMore()
        pages.append(model.rowCount())
    assert pages == [2 + 2 * PAGE, 2 + 2 * PAGE + 30]
    listed = [model.meeting_at(row).id for row in range(2, model.rowCount())]
    assert listed == [m.id for m in past]  # newest first, each once
    qtmodeltester.check(model)


def test_finding_an_old_meeting_reads_the_pages_up_to_it(qapp, db, now):
    mentor = add_mentor(db)
    oldest = add_meeting(db, mentor.id, now, days=-400)
    for n in range(PAGE + 5):
        add_meeting(db, mentor.id, now, days=-(n + 1))
    model = MeetingListModel(db)
    model.load(mentor.id, now)
    assert model.rowCount() == PAGE  # the first page of the past
    row = model.row_of(oldest.id)
    assert row == PAGE + 5 and model.rowCount() == PAGE + 6
    assert model.row_of(999_999) == -1


def test_a_time_in_the_spring_forward_gap_is_read_as_after_the_change(qapp, db, now):
    """Europe/Berlin skips 02:00–03:00 on 29 March 2026: 02:30 does not exist there."""
    mentor = add_mentor(db)
    dialog = MeetingDialog(mentor.id, "Europe/Berlin", now)
    dialog.day.setDate(QDate(2026, 3, 29))
    dialog.time.setTime(QTime(2, 30))
    meeting = dialog.meeting()
    assert meeting.starts_at.astimezone(UTC) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    stored = lifecycle.plan(db, meeting)
    assert stored.local_start.date() == date(2026, 3, 29)
    assert stored.local_start.time() == time(3, 30)  # what the clock on the wall shows
    dialog.time.setTime(QTime(3, 30))
    assert dialog.meeting().starts_at.astimezone(UTC) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    dialog.time.setTime(QTime(1, 30))
    assert dialog.meeting().starts_at.astimezone(UTC) == datetime(2026, 3, 29, 0, 30, tzinfo=UTC)
    dialog.deleteLater()
