"""Where records live: one record, or all the records of a list of search results at once."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from mentee_desktop.data import action_items, agenda_items, checkins, goals, meetings
from mentee_desktop.data.action_item_record import ActionItem
from mentee_desktop.data.agenda_items import AgendaItem
from mentee_desktop.data.checkins import Checkin
from mentee_desktop.data.goals import Goal, GoalProgress
from mentee_desktop.data.locate import Location, locate, locate_many
from tests.helpers import add_meeting, add_mentor


def test_many_records_of_every_kind_are_found_where_they_were_put(db, now):
    ada = add_mentor(db, "Ada Lovelace")
    grace = add_mentor(db, "Grace Hopper")
    first = add_meeting(db, ada.id, now, days=3)
    second = add_meeting(db, grace.id, now, days=4)
    on_first = agenda_items.add(db, AgendaItem(meeting_id=first.id, kind="question", text="A?"))
    on_second = agenda_items.add(db, AgendaItem(meeting_id=second.id, kind="topic", text="B"))
    promise = action_items.add(
        db, ActionItem(mentor_id=grace.id, title="Send notes", meeting_id=second.id)
    )
    loose = action_items.add(db, ActionItem(mentor_id=ada.id, title="Read the paper"))
    goal = goals.add(db, Goal(mentor_id=grace.id, title="Speak at a conference"))
    progress = goals.add_progress(
        db, GoalProgress(goal_id=goal.id, text="Sent a proposal", noted_on=date(2026, 11, 1))
    )
    checkin = checkins.add(db, Checkin(mentor_id=ada.id, held_on=date(2026, 11, 2)))
    wanted = [
        ("mentor", ada.id),
        ("meeting", second.id),
        ("agenda_item", on_first.id),
        ("agenda_item", on_second.id),
        ("action_item", promise.id),
        ("action_item", loose.id),
        ("goal", goal.id),
        ("goal_progress", progress.id),
        ("checkin", checkin.id),
        ("agenda_item", 999_999),  # gone: left out
    ]
    assert locate_many(db, wanted) == {
        ("mentor", ada.id): Location(ada.id, None),
        ("meeting", second.id): Location(grace.id, second.id),
        ("agenda_item", on_first.id): Location(ada.id, first.id),
        ("agenda_item", on_second.id): Location(grace.id, second.id),
        ("action_item", promise.id): Location(grace.id, second.id),
        ("action_item", loose.id): Location(ada.id, None),
        ("goal", goal.id): Location(grace.id, None),
        ("goal_progress", progress.id): Location(grace.id, None),
        ("checkin", checkin.id): Location(ada.id, None),
    }
    assert locate(db, "agenda_item", on_second.id) == Location(grace.id, second.id)
    assert locate(db, "agenda_item", 999_999) is None
    assert locate_many(db, []) == {}


def test_more_records_than_one_statement_takes_are_all_found(db, now):
    ada = add_mentor(db, "Ada Lovelace")
    meeting = add_meeting(db, ada.id, now, days=1)
    ids = [
        agenda_items.add(db, AgendaItem(meeting_id=meeting.id, kind="topic", text=f"t{n}")).id
        for n in range(1_100)
    ]
    found = locate_many(db, [("agenda_item", i) for i in ids])
    assert set(found) == {("agenda_item", i) for i in ids}
    assert set(found.values()) == {Location(ada.id, meeting.id)}


def test_an_unknown_kind_is_refused(db):
    with pytest.raises(ValueError, match="unknown record kind"):
        locate_many(db, [("recipe", 1)])


def test_several_meetings_are_read_at_once(db, now):
    ada = add_mentor(db, "Ada Lovelace")
    first = add_meeting(db, ada.id, now, days=1, timezone="Europe/Berlin")
    second = add_meeting(db, ada.id, now, days=8, place="Café Lumen")
    found = meetings.get_many(db, [second.id, first.id, second.id, 424_242])
    assert found == {first.id: first, second.id: second}
    assert found[second.id].place == "Café Lumen"
    assert found[first.id].starts_at == now + timedelta(days=1)
    assert meetings.get_many(db, []) == {}
