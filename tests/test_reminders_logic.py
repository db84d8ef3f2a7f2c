"""Reminder logic with fixed clocks: every kind, state across restarts, timezones and DST."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from mentee_desktop.data import (
    action_items,
    agenda_items,
    checkins,
    feedback,
    lifecycle,
    meetings,
    mentors,
    reminder_state,
    settings,
)
from mentee_desktop.data.action_items import ActionItem
from mentee_desktop.data.agenda_items import AgendaItem
from mentee_desktop.data.errors import transaction
from mentee_desktop.data.feedback import FeedbackRequest
from mentee_desktop.data.meetings import Meeting
from mentee_desktop.data.store import connect, open_store
from mentee_desktop.reminders import (
    ReminderOptions,
    check,
    due_reminders,
    fell_due_while_away,
    load_options,
    next_due_at,
)
from mentee_desktop.reminders.options import QuietHours, save_options
from tests.helpers import add_mentor

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
QUIET_OFF = ReminderOptions(quiet_hours=QuietHours(enabled=False))


def plan(db, mentor_id: int, start: datetime, zone: str = "Europe/Berlin", **fields) -> Meeting:
    """A planned meeting without carry-over (so its agenda is exactly what the test adds)."""
    meeting_id = meetings.insert(
        db, Meeting(mentor_id=mentor_id, starts_at=start, timezone=zone, **fields)
    )
    return meetings.get(db, meeting_id)


def agenda(db, meeting_id: int, count: int) -> None:
    for number in range(count):
        agenda_items.add(db, AgendaItem(meeting_id=meeting_id, kind="question", text=f"Q{number}"))


def due(db, at: datetime, zone=BERLIN, options: ReminderOptions = QUIET_OFF):
    return due_reminders(db, at, zone, options)


def kinds(found) -> list[str]:
    return [r.kind for r in found]


@pytest.fixture
def mentor(db, now):
    # met recently, so no keep-in-touch reminder unless a test wants one
    person = add_mentor(db, cadence_days=30)
    meetings.insert(
        db,
        Meeting(mentor_id=person.id, starts_at=now - timedelta(days=2), status="held"),
    )
    return person


# ----- prepare and meeting soon
def test_prepare_falls_due_at_the_lead_time_and_is_urgent_while_the_agenda_is_thin(db, now, mentor):
    meeting = plan(db, mentor.id, now + timedelta(hours=30))
    assert due(db, now) == []
    assert next_due_at(db, now, BERLIN, QUIET_OFF) == meeting.starts_at - timedelta(hours=24)

    at = meeting.starts_at - timedelta(hours=24)
    assert due(db, at - timedelta(seconds=1)) == []
    [reminder] = due(db, at)
    assert reminder.kind == "prepare"
    assert reminder.key == f"prepare:meeting:{meeting.id}:20261126T1530Z"
    assert (reminder.record_kind, reminder.record_id) == ("meeting", meeting.id)
    assert reminder.urgent
    assert "The agenda is empty" in reminder.text
    assert "Grace Hopper" in reminder.title

    agenda(db, meeting.id, 3)
    [ready] = due(db, at)
    assert not ready.urgent
    assert ready.text.endswith("3 open items on the agenda: a last look?")
    assert ready.key == reminder.key  # the same occasion keeps its key


def test_lead_time_setting_moves_the_preparation_reminder(db, now, mentor):
    meeting = plan(db, mentor.id, now + timedelta(hours=30))
    settings.put(db, "reminders.prepare_hours", 48)
    settings.put(db, "reminders.quiet_hours", {"enabled": False})
    [reminder] = due_reminders(db, now, BERLIN)
    assert reminder.due_at == meeting.starts_at - timedelta(hours=48)


def test_meeting_soon_takes_over_from_prepare_and_lapses_after_the_start(db, now, mentor):
    meeting = plan(db, mentor.id, now + timedelta(hours=2), place="Room <b>4</b> & co")
    start = meeting.starts_at
    assert kinds(due(db, start - timedelta(minutes=16))) == ["prepare"]
    soon = due(db, start - timedelta(minutes=15))
    assert kinds(soon) == ["meeting_soon"]
    assert soon[0].key == f"soon:meeting:{meeting.id}:20261125T1130Z"
    assert soon[0].title == "Meeting with Grace Hopper at 12:30"
    assert "Room <b>4</b> & co" in soon[0].text  # user text kept literally
    assert kinds(due(db, start + timedelta(minutes=14))) == ["meeting_soon"]
    assert due(db, start + timedelta(minutes=15)) == []
    # the moment it lapses is a moment to look again
    assert next_due_at(db, start, BERLIN, QUIET_OFF) == start + timedelta(minutes=15)


def test_cancelled_held_and_archived_meetings_send_no_reminders(db, now, mentor):
    plan(db, mentor.id, now + timedelta(hours=3), status="cancelled")
    plan(db, mentor.id, now + timedelta(hours=4), status="held")
    archived = add_mentor(db, "Archived Person")
    plan(db, archived.id, now + timedelta(hours=5))
    mentors.set_archived(db, archived.id, True)
    assert due(db, now) == []


def test_kinds_switched_off_are_left_out(db, now, mentor):
    plan(db, mentor.id, now + timedelta(minutes=10))
    assert kinds(due(db, now)) == ["meeting_soon"]
    off = QUIET_OFF.with_kinds(meeting_soon=False, prepare=False)
    assert due(db, now, options=off) == []
    quiet = off.with_kinds(keep_in_touch=False, meeting_unconfirmed=False)
    assert next_due_at(db, now, BERLIN, quiet) is None


# ----- action items
def test_my_action_items_due_today_or_overdue_one_reminder_per_mentor(db, now, mentor):
    today = now.astimezone(BERLIN).date()

    def item(title, due_on, mentor_id=mentor.id, **fields):
        return action_items.add(
            db, ActionItem(mentor_id=mentor_id, title=title, due_on=due_on, **fields)
        )

    today_item = item("Send the draft", today)
    late_item = item("Read the book", today - timedelta(days=3))
    item("Later", today + timedelta(days=2))
    item("No date", None)
    item("Theirs", today, owner="mentor")
    finished = item("Finished", today)
    action_items.set_done(db, finished.id, True, now=now)
    dropped = item("Dropped", today)
    action_items.set_status(db, dropped.id, "dropped")
    other = add_mentor(db, "Amara")
    single = item("Call <back>", today - timedelta(days=1), mentor_id=other.id)

    found = due(db, now)
    assert [r.title for r in found] == [
        "2 action items for Grace Hopper are due today or overdue",
        "Overdue: Call <back>",
    ]
    assert found[0].key == f"due:actions:mentor:{mentor.id}:{today.isoformat()}"
    assert found[0].record_kind == "action_item" and found[0].record_id == late_item.id
    assert found[0].text == (
        "Your promises to Grace Hopper; the oldest, “Read the book”, was due Sun 22 Nov."
    )
    assert found[0].due_at == datetime(2026, 11, 22, tzinfo=BERLIN)
    assert (
        found[1].record_id == single.id
        and found[1].text == "Your promise to Amara, due Tue 24 Nov."
    )
    assert today_item.id not in [r.record_id for r in found]
    assert next_due_at(db, now, BERLIN, QUIET_OFF) == datetime(2026, 11, 27, tzinfo=BERLIN)


def test_a_thousand_overdue_items_are_one_reminder(db, now, mentor):
    with transaction(db):
        ids = [
            action_items.insert(
                db,
                ActionItem(
                    mentor_id=mentor.id,
                    title=f"Promise {number}",
                    due_on=date(2024, 1, 1) + timedelta(days=number % 300),
                ),
                now=now,
            )
            for number in range(1000)
        ]
    [reminder] = due(db, now)
    assert reminder.title == "1000 action items for Grace Hopper are overdue"
    assert "“Promise 0”, was due Mon 1 Jan 2024." in reminder.text  # another year: shown
    assert reminder.record_id == ids[0]


def test_items_due_today_only(db, now, mentor):
    for title in ("One", "Two"):
        action_items.add(
            db, ActionItem(mentor_id=mentor.id, title=title, due_on=date(2026, 11, 25))
        )
    [reminder] = due(db, now)
    assert reminder.title == "2 action items for Grace Hopper are due today"
    assert reminder.text == "Your promises to Grace Hopper, the first: “One”."


def test_a_dismissed_reminder_returns_the_next_day_with_a_new_key(db, now, mentor):
    action_items.add(
        db, ActionItem(mentor_id=mentor.id, title="Send the draft", due_on=date(2026, 11, 25))
    )
    [first] = due(db, now)
    reminder_state.dismiss(db, [first.key], now)
    assert due(db, now) == []
    assert due(db, now + timedelta(hours=5)) == []  # still the same day in Berlin
    [again] = due(db, now + timedelta(days=1))
    assert again.key != first.key
    assert again.title == "Overdue: Send the draft"


def test_due_today_is_read_in_the_users_zone(db, mentor):
    action_items.add(
        db, ActionItem(mentor_id=mentor.id, title="Call back", due_on=date(2026, 11, 25))
    )
    late_evening_utc = datetime(2026, 11, 24, 23, 30, tzinfo=UTC)
    assert kinds(due(db, late_evening_utc, BERLIN)) == ["action_due"]  # 00:30 in Berlin
    assert due(db, late_evening_utc, NEW_YORK) == []  # 18:30 the day before in New York
    assert next_due_at(db, late_evening_utc, NEW_YORK, QUIET_OFF) == datetime(
        2026, 11, 25, 5, 0, tzinfo=UTC
    )


def test_user_text_is_shortened_to_one_line_and_kept_literally(db, now, mentor):
    title = "Écrire à 😀 مرحبا 你好 <i>x</i> " + "long " * 200_000
    action_items.add(db, ActionItem(mentor_id=mentor.id, title=title, due_on=date(2026, 11, 25)))
    [reminder] = due(db, now)
    assert reminder.title.startswith("Due today: Écrire à 😀 مرحبا 你好 <i>x</i> long")
    assert reminder.title.endswith("…")
    assert len(reminder.title) <= 100


# ----- feedback
def test_feedback_waiting_for_an_answer_after_the_configured_days(db, now, mentor):
    def ask(question, direction="i_ask", days_ago=8.0):
        request = feedback.add(
            db, FeedbackRequest(mentor_id=mentor.id, question=question, direction=direction)
        )
        return feedback.set_status(db, request.id, "asked", now=now - timedelta(days=days_ago))

    mine = ask("Was my demo clear?")
    theirs = ask("How can I help you more?", direction="mentor_asks", days_ago=9)
    recent = ask("Recent question", days_ago=5)
    answered = ask("Answered already")
    feedback.set_status(db, answered.id, "answered", now=now)
    feedback.add(db, FeedbackRequest(mentor_id=mentor.id, question="Only a draft"))

    found = due(db, now)
    assert [r.record_id for r in found] == [theirs.id, mine.id]
    assert found[0].title == "Grace Hopper is waiting for your feedback"
    assert found[1].title == "No answer yet from Grace Hopper"
    assert "You asked 8 days ago: “Was my demo clear?”" in found[1].text
    assert next_due_at(db, now, BERLIN, QUIET_OFF) == recent.asked_at + timedelta(days=7)

    settings.put(db, "reminders.feedback_days", 4)
    options = load_options(db)
    assert recent.id in [r.record_id for r in due(db, now, options=options.with_kinds())]


# ----- keeping in touch
def test_a_mentor_not_met_for_longer_than_our_cadence(db, now):
    mentor = add_mentor(db, cadence_days=14)
    held = meetings.insert(
        db, Meeting(mentor_id=mentor.id, starts_at=now - timedelta(days=20), status="held")
    )
    meetings.insert(
        db, Meeting(mentor_id=mentor.id, starts_at=now - timedelta(days=3), status="cancelled")
    )
    [reminder] = due(db, now)
    assert reminder.kind == "keep_in_touch"
    assert (reminder.record_kind, reminder.record_id) == ("mentor", mentor.id)
    assert reminder.due_at == meetings.get(db, held).starts_at + timedelta(days=14)
    assert reminder.title == "Check in with Grace Hopper"
    assert "Last met Thu 5 Nov; you usually meet every 14 days." in reminder.text

    planned = plan(db, mentor.id, now + timedelta(days=5))
    assert due(db, now) == []  # a meeting is planned: nothing to nudge
    only_touch = QUIET_OFF.with_kinds(prepare=False, meeting_soon=False, meeting_unconfirmed=False)
    later = next_due_at(db, now, BERLIN, only_touch)
    assert later == planned.starts_at + timedelta(days=14)


def test_a_new_mentor_never_met(db, now):
    mentor = add_mentor(db, cadence_days=7, started_on=date(2026, 11, 1))
    [reminder] = due(db, now)
    assert reminder.key == f"touch:mentor:{mentor.id}:20261031T2300Z"
    assert reminder.text.startswith("No meeting yet since Sun 1 Nov")
    mentors.set_archived(db, mentor.id, True)
    assert due(db, now) == []


# ----- relationship check-ins
def test_a_relationship_check_in_every_n_held_meetings(db, now):
    mentor = add_mentor(db, cadence_days=60)
    starts = [now - timedelta(days=d) for d in (50, 40, 30, 20)]
    for start in starts:
        meetings.insert(db, Meeting(mentor_id=mentor.id, starts_at=start, status="held"))
    [reminder] = due(db, now)
    assert reminder.kind == "relationship_checkin"
    assert reminder.key == f"checkin:mentor:{mentor.id}:first"
    assert reminder.due_at == starts[-1] + timedelta(minutes=60)
    assert checkins.checkin_due(db, mentor.id, 4)  # the Relationship tab agrees

    checkins.add(db, checkins.Checkin(mentor_id=mentor.id, held_on=date(2026, 11, 1)))
    assert due(db, now) == []
    settings.put(db, "relationship.checkin_every", 1)
    [again] = due_reminders(db, now, BERLIN, load_options(db))
    assert again.key == f"checkin:mentor:{mentor.id}:2026-11-01"


def test_without_a_check_ins_table_that_kind_is_skipped(tmp_path: Path, now):
    fixture = Path(__file__).parent / "fixtures" / "schema-v1.db"
    copy = tmp_path / "v1.db"
    shutil.copy(fixture, copy)
    db = connect(copy)  # opened as it is: schema version 1, no check-ins yet
    try:
        assert not db["checkins"].exists()
        mentor = add_mentor(db, "Old Friend", cadence_days=30)
        for days in (50, 40, 30, 20, 10):
            meetings.insert(
                db,
                Meeting(mentor_id=mentor.id, starts_at=now - timedelta(days=days), status="held"),
            )
        action_items.add(
            db, ActionItem(mentor_id=mentor.id, title="Still works", due_on=date(2026, 11, 25))
        )
        found = due_reminders(db, now, BERLIN, QUIET_OFF)
        assert "relationship_checkin" not in kinds(found)
        assert "Due today: Still works" in [r.title for r in found]
    finally:
        db.close()


# ----- state: shown, snoozed, dismissed, across a restart
@pytest.fixture
def two_due(db, now, mentor):
    """Two reminders: action items of two mentors."""
    other = add_mentor(db, "Amara", started_on=date(2026, 11, 20))
    for title, mentor_id in (("First promise", mentor.id), ("Second promise", other.id)):
        action_items.add(
            db, ActionItem(mentor_id=mentor_id, title=title, due_on=date(2026, 11, 25))
        )
    return due(db, now)


def test_nothing_is_announced_twice_even_after_a_restart(db, data_dir, now, two_due):
    first = check(db, now, BERLIN, QUIET_OFF)
    assert first.to_notify == two_due
    reminder_state.mark_shown(db, [r.key for r in first.to_notify], now)
    db.close()
    reopened = open_store(data_dir)
    try:
        later = check(reopened, now + timedelta(hours=5), BERLIN, QUIET_OFF)
        assert later.due == two_due  # still listed
        assert later.to_notify == []  # but not announced again
        state = reminder_state.get(reopened, two_due[0].key)
        assert state.first_shown_at == now and state.last_shown_at == now
    finally:
        reopened.close()


def test_dismissed_stays_away_after_a_restart(db, data_dir, now, two_due):
    reminder_state.dismiss(db, [two_due[0].key], now)
    db.close()
    reopened = open_store(data_dir)
    try:
        for later in (now, now + timedelta(hours=5), now + timedelta(days=400)):
            assert two_due[0].key not in [r.key for r in due(reopened, later)]
        assert [r.key for r in due(reopened, now)] == [two_due[1].key]
    finally:
        reopened.close()


def test_snoozed_returns_when_the_snooze_ends_even_after_a_restart(db, data_dir, now, two_due):
    reminder_state.mark_shown(db, [r.key for r in two_due], now)
    until = now + timedelta(hours=1)
    reminder_state.snooze(db, [two_due[0].key], until)
    db.close()
    reopened = open_store(data_dir)
    try:
        during = check(reopened, now + timedelta(minutes=30), BERLIN, QUIET_OFF)
        assert [r.key for r in during.due] == [two_due[1].key]
        assert during.next_at == until  # the timer wakes when the snooze ends
        after = check(reopened, until, BERLIN, QUIET_OFF)
        assert [r.key for r in after.due] == [r.key for r in two_due]
        assert [r.key for r in after.to_notify] == [two_due[0].key]  # back: announced again
        reminder_state.mark_shown(reopened, [two_due[0].key], until)
        assert check(reopened, until, BERLIN, QUIET_OFF).to_notify == []
    finally:
        reopened.close()


def test_while_you_were_away(db, data_dir, now, mentor):
    """What fell due while the app was closed is announced at the next start, once; a new
    day brings the mentor's open promises back once."""
    shown = action_items.add(
        db, ActionItem(mentor_id=mentor.id, title="Seen before", due_on=date(2026, 11, 25))
    )
    at_close = check(db, now, BERLIN, QUIET_OFF)
    reminder_state.mark_shown(db, [r.key for r in at_close.to_notify], now)
    meeting = plan(db, mentor.id, now + timedelta(days=1, hours=12))
    action_items.add(
        db, ActionItem(mentor_id=mentor.id, title="Due tomorrow", due_on=date(2026, 11, 26))
    )
    db.close()

    started = now + timedelta(days=1)  # the app was closed for a day
    reopened = open_store(data_dir)
    try:
        at_start = check(reopened, started, BERLIN, QUIET_OFF)
        away = fell_due_while_away(at_start.to_notify, started)
        assert [(r.kind, r.record_id) for r in away] == [
            ("prepare", meeting.id),
            ("action_due", shown.id),  # the oldest of the mentor's items opens
        ]
        assert away[0].urgent  # an empty agenda, a day before the meeting
        assert away[1].title == "2 action items for Grace Hopper are due today or overdue"
        reminder_state.mark_shown(reopened, [r.key for r in at_start.to_notify], started)
        later = check(reopened, started + timedelta(hours=2), BERLIN, QUIET_OFF)
        assert later.to_notify == [] and len(later.due) == 2  # listed, not re-announced
    finally:
        reopened.close()


# ----- quiet hours
def test_quiet_hours_hold_notifications_back_but_keep_listing(db, mentor):
    action_items.add(
        db, ActionItem(mentor_id=mentor.id, title="Late promise", due_on=date(2026, 11, 25))
    )
    options = ReminderOptions()  # default quiet hours 22:00–07:00
    night = datetime(2026, 11, 25, 23, 30, tzinfo=BERLIN)
    result = check(db, night, BERLIN, options)
    assert [r.title for r in result.due] == ["Due today: Late promise"]
    assert result.to_notify == []
    assert [r.title for r in result.held_back] == ["Due today: Late promise"]
    assert result.next_at == datetime(2026, 11, 26, 7, 0, tzinfo=BERLIN)
    morning = check(db, datetime(2026, 11, 26, 7, 0, tzinfo=BERLIN), BERLIN, options)
    assert [r.title for r in morning.to_notify] == ["Overdue: Late promise"]


# ----- timezones and daylight saving
def test_a_meeting_in_another_timezone(db, mentor):
    meeting = plan(db, mentor.id, datetime(2026, 12, 3, 9, 0, tzinfo=NEW_YORK), "America/New_York")
    assert meeting.starts_at == datetime(2026, 12, 3, 14, 0, tzinfo=UTC)
    [soon] = due(db, datetime(2026, 12, 3, 13, 45, tzinfo=UTC))
    assert soon.title == "Meeting with Grace Hopper at 09:00"  # in the meeting's own zone
    assert soon.text == "Thu 3 Dec 09:00 America/New_York (15:00 your time)"
    [prepare] = due(db, datetime(2026, 12, 2, 14, 0, tzinfo=UTC))
    assert prepare.text.startswith("Thu 3 Dec 09:00 America/New_York (15:00 your time).")
    lifecycle.mark_held(db, meeting.id)
    late = plan(db, mentor.id, datetime(2026, 12, 4, 20, 0, tzinfo=NEW_YORK), "America/New_York")
    [late_soon] = due(db, late.starts_at - timedelta(minutes=10))
    assert late_soon.text == "Fri 4 Dec 20:00 America/New_York (Sat 5 Dec 02:00 your time)"


def test_berlin_spring_forward_2026_03_29(db, mentor):
    meeting = plan(db, mentor.id, datetime(2026, 3, 29, 10, 0, tzinfo=BERLIN))
    assert meeting.starts_at == datetime(2026, 3, 29, 8, 0, tzinfo=UTC)  # CEST, UTC+2
    # 24 hours before is 09:00 on Saturday in Berlin (CET): a day of 23 hours lies between
    prepare_at = datetime(2026, 3, 28, 8, 0, tzinfo=UTC)
    assert next_due_at(db, datetime(2026, 3, 27, 12, 0, tzinfo=UTC), BERLIN, QUIET_OFF) == (
        prepare_at
    )
    assert due(db, prepare_at - timedelta(seconds=1)) == []
    [prepare] = due(db, prepare_at)
    assert prepare.text.startswith("Sun 29 Mar 10:00.")
    assert kinds(due(db, datetime(2026, 3, 29, 7, 45, tzinfo=UTC))) == ["meeting_soon"]
    # "due today" begins at local midnight, on both sides of the change
    action_items.add(db, ActionItem(mentor_id=mentor.id, title="A", due_on=date(2026, 3, 29)))
    action_items.add(db, ActionItem(mentor_id=mentor.id, title="B", due_on=date(2026, 3, 30)))
    options = QUIET_OFF.with_kinds(prepare=False, meeting_soon=False)
    midnight = datetime(2026, 3, 28, 23, 0, tzinfo=UTC)  # 00:00 CET on Sunday the 29th
    assert [r.due_at for r in due(db, midnight, options=options)] == [midnight]
    assert due(db, midnight - timedelta(seconds=1), options=options) == []
    noon = datetime(2026, 3, 29, 12, 0, tzinfo=UTC)
    assert next_due_at(db, noon, BERLIN, options) == datetime(2026, 3, 29, 22, 0, tzinfo=UTC)


def test_berlin_fall_back_2026_10_25(db, mentor):
    meeting = plan(db, mentor.id, datetime(2026, 10, 25, 9, 0, tzinfo=BERLIN))
    assert meeting.starts_at == datetime(2026, 10, 25, 8, 0, tzinfo=UTC)  # CET again, UTC+1
    [prepare] = due(db, datetime(2026, 10, 24, 8, 0, tzinfo=UTC))  # 10:00 CEST on Saturday
    assert prepare.kind == "prepare"
    assert due(db, datetime(2026, 10, 24, 7, 59, tzinfo=UTC)) == []
    [soon] = due(db, datetime(2026, 10, 25, 7, 45, tzinfo=UTC))
    assert soon.title.endswith("at 09:00")
    # the 25th has 25 hours: the 26th begins at 23:00 UTC
    action_items.add(db, ActionItem(mentor_id=mentor.id, title="A", due_on=date(2026, 10, 26)))
    options = QUIET_OFF.with_kinds(prepare=False, meeting_soon=False, meeting_unconfirmed=False)
    noon = datetime(2026, 10, 25, 12, 0, tzinfo=UTC)
    assert next_due_at(db, noon, BERLIN, options) == datetime(2026, 10, 25, 23, 0, tzinfo=UTC)
    assert due(db, datetime(2026, 10, 25, 22, 59, tzinfo=UTC), options=options) == []
    assert kinds(due(db, datetime(2026, 10, 25, 23, 0, tzinfo=UTC), options=options)) == [
        "action_due"
    ]


def test_new_york_fall_back_2026_11_01(db, now):
    mentor = add_mentor(db, cadence_days=60)
    zone = "America/New_York"
    # 01:30 happens twice that night: first in EDT (05:30 UTC), then in EST (06:30 UTC)
    first = plan(db, mentor.id, datetime(2026, 11, 1, 1, 30, fold=0, tzinfo=NEW_YORK), zone)
    second = plan(db, mentor.id, datetime(2026, 11, 1, 1, 30, fold=1, tzinfo=NEW_YORK), zone)
    assert first.starts_at == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)
    assert second.starts_at == datetime(2026, 11, 1, 6, 30, tzinfo=UTC)
    options = QUIET_OFF.with_kinds(prepare=False)
    [one] = due(db, datetime(2026, 11, 1, 5, 15, tzinfo=UTC), NEW_YORK, options)
    assert one.record_id == first.id and one.title.endswith("at 01:30")
    assert next_due_at(db, datetime(2026, 11, 1, 5, 15, tzinfo=UTC), NEW_YORK, options) == (
        datetime(2026, 11, 1, 5, 45, tzinfo=UTC)  # the first one lapses
    )
    [two] = due(db, datetime(2026, 11, 1, 6, 15, tzinfo=UTC), NEW_YORK, options)
    assert two.record_id == second.id and two.key != one.key
    # "due today" in New York: Nov 1 begins at 04:00 UTC (EDT), Nov 2 at 05:00 UTC (EST)
    action_items.add(db, ActionItem(mentor_id=mentor.id, title="A", due_on=date(2026, 11, 2)))
    items_only = QUIET_OFF.with_kinds(prepare=False, meeting_soon=False)
    evening = datetime(2026, 11, 1, 20, 0, tzinfo=UTC)
    assert next_due_at(db, evening, NEW_YORK, items_only) == datetime(2026, 11, 2, 5, 0, tzinfo=UTC)


# ----- options
def test_options_read_defaults_when_absent_or_damaged(db):
    assert load_options(db) == ReminderOptions()
    settings.put(db, "reminders.prepare_hours", "lots")
    settings.put(db, "reminders.kinds", ["not", "a", "dict"])
    settings.put(db, "reminders.quiet_hours", {"start": "25:99"})
    settings.put(db, "reminders.feedback_days", -4)
    options = load_options(db)
    assert options.prepare_hours == 24
    assert options.kinds == ReminderOptions().kinds
    assert options.quiet_hours == QuietHours()
    assert options.feedback_days == 1  # clamped to the smallest sensible value


def test_options_round_trip(db):
    chosen = ReminderOptions(
        prepare_hours=6,
        soon_minutes=5,
        feedback_days=3,
        checkin_every_meetings=2,
        quiet_hours=QuietHours(
            True, datetime(2026, 1, 1, 21).time(), datetime(2026, 1, 1, 8).time()
        ),
        start_hidden=True,
        autostart=True,
    ).with_kinds(keep_in_touch=False)
    save_options(db, chosen)
    assert load_options(db) == chosen
    assert settings.get(db, "reminders.kinds")["keep_in_touch"] is False


def test_an_empty_store_has_nothing_due_and_nothing_coming(db, now):
    result = check(db, now, BERLIN)
    assert result.due == [] and result.to_notify == [] and result.next_at is None


# ----- start at login
def _exec_line(entry: Path) -> list[str]:
    """The command a desktop runs for an entry's Exec (Desktop Entry Specification 1.4)."""
    line = next(x for x in entry.read_text(encoding="utf-8").splitlines() if x.startswith("Exec="))
    value = line.removeprefix("Exec=").replace("\\\\", "\\")  # the string-value escape
    return [argument.replace("%%", "%") for argument in shlex.split(value)]


def test_autostart_entry_is_written_and_removed(tmp_path: Path):
    from mentee_desktop.reminders.autostart import autostart_enabled, set_autostart

    environ = {"XDG_CONFIG_HOME": str(tmp_path / "config"), "HOME": str(tmp_path)}
    path = set_autostart(True, environ, command=["/opt/mentee/mentee-desktop"])
    assert (
        path == tmp_path / "config" / "autostart" / "io.github.menteedesktop.MenteeDesktop.desktop"
    )
    text = path.read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]\nType=Application\n")
    assert "\nExec=/opt/mentee/mentee-desktop\n" in text
    assert autostart_enabled(environ)
    odd = tmp_path / 'my "data" 100%'
    set_autostart(True, environ, odd, command=["/my apps/python3", "-m", "mentee_desktop"])
    assert _exec_line(path) == ["/my apps/python3", "-m", "mentee_desktop", "--data-dir", str(odd)]
    set_autostart(False, environ)
    assert not path.exists() and not autostart_enabled(environ)
    set_autostart(False, environ)  # removing twice is fine
    relative = {"XDG_CONFIG_HOME": "relative/path", "HOME": str(tmp_path)}
    assert set_autostart(True, relative).parent == tmp_path / ".config" / "autostart"


def test_start_at_login_runs_the_program_that_is_running_without_it_on_path(tmp_path: Path):
    """A login session's PATH lacks a .venv's bin folder: the entry must not rely on it."""
    from mentee_desktop.reminders.autostart import set_autostart

    environ = {"XDG_CONFIG_HOME": str(tmp_path / "config"), "HOME": str(tmp_path)}
    data = tmp_path / "my data"
    command = _exec_line(set_autostart(True, environ, data))
    program_folder = str(Path(command[0]).parent)
    login_path = os.pathsep.join(
        folder
        for folder in ("/usr/local/bin", "/usr/bin", "/bin")
        if folder != program_folder and not (Path(folder) / "mentee-desktop").exists()
    )
    env = {"PATH": login_path, "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [*command, "sample-data"], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert (data / "mentee.db").is_file()  # it started, and with the entry's data folder


def test_reminder_logic_never_imports_qt():
    """The logic stays pure: the window words reminders in the user's language, not this."""
    code = (
        "import pkgutil, importlib, sys, mentee_desktop.reminders as r\n"
        "for m in pkgutil.iter_modules(r.__path__):\n"
        "    importlib.import_module('mentee_desktop.reminders.' + m.name)\n"
        "print(sorted(n for n in sys.modules if n.startswith('PySide6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# ----- meetings nobody confirmed
def test_a_past_planned_meeting_asks_whether_it_took_place(db, now):
    mentor = add_mentor(db, cadence_days=14)
    held = meetings.insert(
        db, Meeting(mentor_id=mentor.id, starts_at=now - timedelta(days=30), status="held")
    )
    forgotten = meetings.insert(
        db, Meeting(mentor_id=mentor.id, starts_at=now - timedelta(days=2), timezone="Asia/Tokyo")
    )
    found = due(db, now)
    assert kinds(found) == ["meeting_unconfirmed"]  # not "last met" two days ago, not a nudge
    [reminder] = found
    assert (reminder.record_kind, reminder.record_id) == ("meeting", forgotten)
    assert reminder.title == "Did your meeting with Grace Hopper take place?"
    assert "Asia/Tokyo" in reminder.text and "your time" in reminder.text

    lifecycle.set_status(db, forgotten, "cancelled", now=now)
    [nudge] = due(db, now)  # cancelled: we last met thirty days ago
    assert nudge.kind == "keep_in_touch"
    assert nudge.due_at == meetings.get(db, held).starts_at + timedelta(days=14)


def test_a_meeting_under_way_does_not_ask_yet(db, now):
    mentor = add_mentor(db)
    start = now - timedelta(minutes=30)
    meetings.insert(db, Meeting(mentor_id=mentor.id, starts_at=start))
    options = QUIET_OFF.with_kinds(meeting_soon=False, prepare=False)
    assert "meeting_unconfirmed" not in kinds(due(db, now, options=options))
    assert next_due_at(db, now, BERLIN, options) == start + timedelta(minutes=60)
