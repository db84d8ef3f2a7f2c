"""Carry-over: the next meeting starts with what the last one left open, exactly once."""

from __future__ import annotations

from datetime import timedelta

import pytest

from mentee_desktop.data import action_items, agenda_items, meetings
from mentee_desktop.data.action_items import ActionItem
from mentee_desktop.data.agenda_items import AgendaItem
from mentee_desktop.data.carry_over import carry_over_open_items
from mentee_desktop.data.meetings import Meeting
from tests.helpers import add_meeting, add_mentor


@pytest.fixture
def history(db, now):
    mentor = add_mentor(db)
    first = add_meeting(db, mentor.id, now - timedelta(days=14), status="held")
    open_q = agenda_items.add(db, AgendaItem(meeting_id=first.id, kind="question", text="Open Q"))
    done_q = agenda_items.add(db, AgendaItem(meeting_id=first.id, kind="question", text="Done Q"))
    agenda_items.set_status(db, done_q.id, "discussed")
    shared = agenda_items.add(
        db, AgendaItem(meeting_id=first.id, kind="share", text="Article", raised_by="mentor")
    )
    mine = action_items.add(db, ActionItem(mentor_id=mentor.id, title="Send the draft"))
    theirs = action_items.add(
        db, ActionItem(mentor_id=mentor.id, title="Mentor intro", owner="mentor")
    )
    finished = action_items.add(db, ActionItem(mentor_id=mentor.id, title="Finished"))
    action_items.set_done(db, finished.id, True)
    return dict(mentor=mentor, first=first, open_q=open_q, shared=shared, mine=mine, theirs=theirs)


def test_next_meeting_gets_open_items_and_my_promises(db, now, history):
    second = add_meeting(db, history["mentor"].id, now)
    agenda = agenda_items.list_for_meeting(db, second.id)
    carried = [i for i in agenda if i.is_carried_over]
    assert [(i.text, i.carried_from_id, i.raised_by) for i in carried] == [
        ("Open Q", history["open_q"].id, "me"),
        ("Article", history["shared"].id, "mentor"),
    ]
    updates = [i for i in agenda if i.kind == "update"]
    assert [(u.text, u.action_item_id) for u in updates] == [("Send the draft", history["mine"].id)]
    originals = agenda_items.list_for_meeting(db, history["first"].id)
    assert {i.text: i.status for i in originals} == {
        "Open Q": "carried_over",
        "Done Q": "discussed",
        "Article": "carried_over",
    }


def test_carrying_over_twice_never_duplicates(db, now, history):
    second = add_meeting(db, history["mentor"].id, now)
    before = agenda_items.list_for_meeting(db, second.id)
    again = carry_over_open_items(db, second.id)
    assert again.total == 0
    assert agenda_items.list_for_meeting(db, second.id) == before


def test_a_new_promise_is_added_once_on_a_second_run(db, now, history):
    second = add_meeting(db, history["mentor"].id, now)
    action_items.add(db, ActionItem(mentor_id=history["mentor"].id, title="New promise"))
    result = carry_over_open_items(db, second.id)
    assert [u.text for u in result.updates] == ["New promise"]
    carry_over_open_items(db, second.id)
    texts = [i.text for i in agenda_items.list_for_meeting(db, second.id)]
    assert texts.count("New promise") == 1


def test_cancelled_meetings_are_skipped_when_looking_back(db, now, history):
    cancelled = add_meeting(db, history["mentor"].id, now - timedelta(days=7), status="cancelled")
    assert agenda_items.list_for_meeting(db, cancelled.id)  # it took the items at creation
    third = add_meeting(db, history["mentor"].id, now)
    previous = meetings.previous_meeting(db, third)
    assert previous.id == history["first"].id


def test_a_failure_during_carry_over_leaves_no_half_meeting(db, now, history):
    db.execute(
        "CREATE TRIGGER fail_on_update_copy BEFORE INSERT ON agenda_items "
        "WHEN NEW.kind = 'update' BEGIN SELECT RAISE(ABORT, 'simulated crash'); END"
    )
    before_items = db.execute("SELECT count(*) FROM agenda_items").fetchone()[0]
    with pytest.raises(Exception, match="simulated crash"):
        meetings.create(db, Meeting(mentor_id=history["mentor"].id, starts_at=now))
    assert db.execute("SELECT count(*) FROM meetings").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM agenda_items").fetchone()[0] == before_items
    statuses = {i.text: i.status for i in agenda_items.list_for_meeting(db, history["first"].id)}
    assert statuses["Open Q"] == "open"
