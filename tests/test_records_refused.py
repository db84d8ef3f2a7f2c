"""What the store refuses to hold, record kind by record kind: each refusal names what is
wrong (the window shows it as "Not saved: …") and leaves every table as it was."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from mentee_desktop.data import (
    action_items,
    agenda_items,
    checkins,
    feedback,
    goals,
    lifecycle,
    meetings,
    mentors,
)
from mentee_desktop.data.action_items import ActionItem
from mentee_desktop.data.agenda_items import AgendaItem
from mentee_desktop.data.checkins import Checkin
from mentee_desktop.data.feedback import FeedbackRequest
from mentee_desktop.data.goals import Goal
from mentee_desktop.data.meetings import Meeting
from mentee_desktop.data.mentors import Mentor
from tests.helpers import add_meeting, add_mentor

TABLES = (
    "mentors",
    "meetings",
    "agenda_items",
    "action_items",
    "feedback_requests",
    "goals",
    "checkins",
)


def counts(db) -> dict[str, int]:
    return {table: db[table].count for table in TABLES}


@pytest.fixture
def context(db, now):
    mentor = add_mentor(db)
    meeting = add_meeting(db, mentor.id, now, days=3)
    return mentor, meeting


def refusals(mentor: Mentor, meeting: Meeting, now: datetime):
    """(what is wrong, how it is stored, the words the refusal must use)."""
    later = meeting.starts_at + timedelta(days=7)
    return [
        ("a mentor without a name", lambda db: mentors.add(db, Mentor(name="  ")), "name"),
        (
            "a mentor who meets every 0 days",
            lambda db: mentors.add(db, Mentor(name="Ada", cadence_days=0)),
            "one day",
        ),
        (
            "a mentor in a zone that does not exist",
            lambda db: mentors.add(db, Mentor(name="Ada", timezone="Mars/Olympus_Mons")),
            "Mars/Olympus_Mons",
        ),
        (
            "saving a mentor never added",
            lambda db: mentors.update(db, Mentor(name="Ada")),
            "never added",
        ),
        (
            "a meeting with an unknown status",
            lambda db: lifecycle.plan(db, Meeting(mentor.id, later, status="postponed")),
            "postponed",
        ),
        (
            "a meeting of no minutes",
            lambda db: lifecycle.plan(db, Meeting(mentor.id, later, duration_minutes=0)),
            "one minute",
        ),
        (
            "an agenda item of an unknown kind",
            lambda db: agenda_items.add(db, AgendaItem(meeting.id, "wish", "x")),
            "wish",
        ),
        (
            "an agenda item raised by a stranger",
            lambda db: agenda_items.add(
                db, AgendaItem(meeting.id, "question", "x", raised_by="stranger")
            ),
            "raised_by",
        ),
        (
            "an agenda item with an unknown status",
            lambda db: agenda_items.add(
                db, AgendaItem(meeting.id, "question", "x", status="someday")
            ),
            "someday",
        ),
        (
            "an action item without a title",
            lambda db: action_items.add(db, ActionItem(mentor_id=mentor.id, title=" ")),
            "title",
        ),
        (
            "an action item owned by the boss",
            lambda db: action_items.add(
                db, ActionItem(mentor_id=mentor.id, title="x", owner="boss")
            ),
            "owner",
        ),
        (
            "an action item with an unknown status",
            lambda db: action_items.add(
                db, ActionItem(mentor_id=mentor.id, title="x", status="someday")
            ),
            "someday",
        ),
        (
            "feedback in an unknown direction",
            lambda db: feedback.add(
                db, FeedbackRequest(mentor.id, "How was it?", direction="sideways")
            ),
            "direction",
        ),
        (
            "feedback with an unknown status",
            lambda db: feedback.add(db, FeedbackRequest(mentor.id, "How?", status="lost")),
            "lost",
        ),
        ("a goal without a title", lambda db: goals.add(db, Goal(mentor.id, "  ")), "title"),
        (
            "a goal set by a stranger",
            lambda db: goals.add(db, Goal(mentor.id, "Lead", set_by="stranger")),
            "set_by",
        ),
        (
            "a goal with an unknown status",
            lambda db: goals.add(db, Goal(mentor.id, "Lead", status="forgotten")),
            "forgotten",
        ),
        (
            "saving a goal never added",
            lambda db: goals.update(db, Goal(mentor.id, "Lead")),
            "never added",
        ),
        (
            "saving a check-in never added",
            lambda db: checkins.update(db, Checkin(mentor.id, date(2026, 11, 1))),
            "never added",
        ),
    ]


def test_each_refusal_names_what_is_wrong_and_changes_nothing(db, context, now):
    mentor, meeting = context
    before = counts(db)
    for what, store, words in refusals(mentor, meeting, now):
        with pytest.raises(ValueError) as refused:
            store(db)
        assert words in str(refused.value), what
        assert counts(db) == before, what


def test_a_refused_edit_leaves_the_stored_record_as_it_was(db, context):
    mentor, meeting = context
    with pytest.raises(ValueError, match="one minute"):
        meetings.update(db, replace(meeting, duration_minutes=0))
    with pytest.raises(ValueError, match="name"):
        mentors.update(db, replace(mentor, name=""))
    assert meetings.get(db, meeting.id) == meeting
    assert mentors.get(db, mentor.id) == mentor
