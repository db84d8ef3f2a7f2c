"""Building an agenda and a recap from the store."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from mentee_desktop.agenda.build import (
    NoSuchMeetingError,
    build_agenda,
    build_recap,
    find_last_held_meeting,
    find_next_meeting,
)
from mentee_desktop.data import (
    action_items,
    agenda_items,
    feedback,
    lifecycle,
    listening_notes,
)
from mentee_desktop.data.action_items import ActionItem
from mentee_desktop.data.agenda_items import AgendaItem
from mentee_desktop.data.feedback import FeedbackRequest
from mentee_desktop.data.listening_notes import ListeningNote
from mentee_desktop.data.meetings import Meeting
from tests.helpers import add_meeting, add_mentor


@pytest.fixture
def two_meetings(db, now):
    """A held meeting two weeks ago and a planned one in three days (Tokyo time)."""
    mentor = add_mentor(db, role="CTO")
    held = add_meeting(db, mentor.id, now, days=-14, status="held", timezone="Asia/Tokyo")
    for kind, text, status in [
        ("question", "Discussed already", "discussed"),
        ("question", "Still open, carry me", "open"),
        ("topic", "Open topic", "open"),
    ]:
        item = agenda_items.add(db, AgendaItem(held.id, kind, text), now=now)
        agenda_items.set_status(db, item.id, status)
    kept = action_items.add(db, ActionItem(mentor.id, "Kept before", meeting_id=held.id), now=now)
    action_items.set_done(db, kept.id, True, now=now - timedelta(days=20))
    recent = action_items.add(db, ActionItem(mentor.id, "Kept since", owner="mentor"), now=now)
    action_items.set_done(db, recent.id, True, now=now - timedelta(days=2))
    action_items.add(
        db, ActionItem(mentor.id, "Open promise", due_on=date(2026, 12, 1), meeting_id=held.id)
    )
    dropped = action_items.add(db, ActionItem(mentor.id, "Dropped one"), now=now)
    action_items.set_status(db, dropped.id, "dropped")
    upcoming = add_meeting(
        db, mentor.id, now, days=3, timezone="Asia/Tokyo", place="https://meet.example.org/x"
    )
    agenda_items.add(
        db,
        AgendaItem(upcoming.id, "feedback", "My talk", details="I spoke too fast."),
        now=now,
    )
    agenda_items.add(db, AgendaItem(upcoming.id, "share", "A paper", raised_by="mentor"), now=now)
    done = agenda_items.add(db, AgendaItem(upcoming.id, "topic", "Already covered"), now=now)
    agenda_items.set_status(db, done.id, "discussed")
    return mentor, held, upcoming


def test_agenda_before_the_meeting(db, now, two_meetings):
    _, held, upcoming = two_meetings
    agenda = build_agenda(db, upcoming.id, now=now)
    assert agenda.meeting.mentor_name == "Grace Hopper"
    assert agenda.meeting.starts_at.tzinfo == ZoneInfo("Asia/Tokyo")
    assert agenda.meeting.starts_at == upcoming.starts_at
    assert agenda.meeting.place_is_link
    assert agenda.previous_meeting_on == held.local_start.date()
    # both partners' promises: open, or kept since the last meeting; not dropped, not old
    assert [(p.title, p.owner, p.done) for p in agenda.updates] == [
        ("Open promise", "me", False),
        ("Kept since", "mentor", True),
    ]
    assert agenda.updates[0].due_on == date(2026, 12, 1)
    # carried over from the held meeting, marked; discussed items left out before the meeting
    assert [(e.text, e.carried_over) for e in agenda.questions] == [("Still open, carry me", True)]
    assert [e.text for e in agenda.topics] == ["Open topic"]
    assert agenda.shares[0].raised_by == "mentor"
    assert agenda.feedback_wanted[0].details == "I spoke too fast."
    assert agenda.goals == []


def test_agenda_after_the_meeting_shows_discussed_items_marked(db, now, two_meetings):
    _, held, _ = two_meetings
    agenda = build_agenda(db, held.id, now=now)
    assert [(e.text, e.discussed) for e in agenda.questions] == [("Discussed already", True)]
    assert agenda.previous_meeting_on is None
    # items carried on to the next meeting live there now
    assert agenda.topics == []


def test_an_update_item_mirroring_a_promise_is_folded_into_it(db, now, two_meetings):
    _, _, upcoming = two_meetings
    mirror = next(
        i for i in agenda_items.list_for_meeting(db, upcoming.id) if i.action_item_id is not None
    )
    mirror.details = "Half done; the rest by Friday."
    agenda_items.update(db, mirror)
    agenda_items.add(db, AgendaItem(upcoming.id, "update", "Moved to the new team"), now=now)
    agenda = build_agenda(db, upcoming.id, now=now)
    titles = [p.title for p in agenda.updates]
    assert titles.count("Open promise") == 1
    assert agenda.updates[0].details == "Half done; the rest by Friday."
    assert "Moved to the new team" in titles


def test_recap_of_a_held_meeting(db, now, two_meetings):
    mentor, held, upcoming = two_meetings
    listening_notes.add(
        db,
        ListeningNote(held.id, heard="Ship small", in_my_words="Smaller steps, sooner"),
        now=now,
    )
    listening_notes.add(db, ListeningNote(held.id), now=now)  # empty: left out
    asked = feedback.add(
        db,
        FeedbackRequest(
            mentor.id, "Was my plan clear?", meeting_id=held.id, answer="Mostly", what_i_did="Add"
        ),
        now=now,
    )
    feedback.set_status(db, asked.id, "answered", now=now)
    feedback.add(db, FeedbackRequest(mentor.id, "A draft only", meeting_id=held.id), now=now)
    recap = build_recap(db, held.id, now=now)
    assert [n.in_my_words for n in recap.heard] == ["Smaller steps, sooner"]
    assert [p.title for p in recap.agreed] == ["Open promise", "Kept before"]  # by due date
    assert [(f.question, f.answer) for f in recap.feedback] == [("Was my plan clear?", "Mostly")]
    assert [e.text for e in recap.discussed] == ["Discussed already"]
    assert recap.next_meeting is not None
    assert recap.next_meeting.meeting_id == upcoming.id


def test_next_and_last(db, now, two_meetings):
    _, held, upcoming = two_meetings
    assert find_next_meeting(db, now) == upcoming.id
    assert find_last_held_meeting(db, now) == held.id
    lifecycle.set_status(db, upcoming.id, "cancelled")
    with pytest.raises(NoSuchMeetingError, match="no upcoming meeting"):
        find_next_meeting(db, now)


def test_unknown_meeting(db, now):
    with pytest.raises(NoSuchMeetingError, match="no meeting with id 404"):
        build_agenda(db, 404, now=now)
    with pytest.raises(NoSuchMeetingError):
        build_recap(db, 404, now=now)
    with pytest.raises(NoSuchMeetingError, match="no meeting has been held"):
        find_last_held_meeting(db, now)


def test_first_meeting_shows_only_open_promises(db, now):
    mentor = add_mentor(db)
    kept = action_items.add(db, ActionItem(mentor.id, "Kept long ago"), now=now)
    action_items.set_done(db, kept.id, True, now=now)
    action_items.add(db, ActionItem(mentor.id, "Open one"), now=now)
    first = add_meeting(db, mentor.id, now, days=1)
    agenda = build_agenda(db, first.id, now=now)
    assert [p.title for p in agenda.updates] == ["Open one"]
    assert agenda.previous_meeting_on is None
    assert isinstance(agenda.meeting.starts_at, datetime)


def test_an_unconfirmed_meeting_is_not_our_last_meeting(db, now, two_meetings):
    mentor, held, upcoming = two_meetings
    lifecycle.plan(db, Meeting(mentor.id, now - timedelta(days=5), "Asia/Tokyo"), now=now)
    agenda = build_agenda(db, upcoming.id, now=now)
    assert agenda.previous_meeting_on == held.local_start.date()


def test_a_recap_never_points_to_a_next_meeting_in_the_past(db, now, two_meetings):
    mentor, held, upcoming = two_meetings
    lifecycle.plan(db, Meeting(mentor.id, now - timedelta(days=5), "Asia/Tokyo"), now=now)
    recap = build_recap(db, held.id, now=now)
    assert recap.next_meeting.meeting_id == upcoming.id
    later = now + timedelta(days=10)
    assert build_recap(db, held.id, now=later).next_meeting is None
