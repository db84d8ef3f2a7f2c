"""A meeting's life: open items leave a meeting only when it is over, exactly once."""

from __future__ import annotations

from datetime import timedelta

import pytest

from mentee_desktop.data import action_items, agenda_items, lifecycle
from mentee_desktop.data.action_items import ActionItem
from mentee_desktop.data.agenda_items import AgendaItem
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
    again = lifecycle.bring_in(db, second.id)
    assert again.total == 0
    assert agenda_items.list_for_meeting(db, second.id) == before


def test_a_new_promise_is_added_once_on_a_second_run(db, now, history):
    second = add_meeting(db, history["mentor"].id, now)
    action_items.add(db, ActionItem(mentor_id=history["mentor"].id, title="New promise"))
    result = lifecycle.bring_in(db, second.id)
    assert [u.text for u in result.updates] == ["New promise"]
    lifecycle.bring_in(db, second.id)
    texts = [i.text for i in agenda_items.list_for_meeting(db, second.id)]
    assert texts.count("New promise") == 1


def test_planning_ahead_keeps_the_upcoming_meetings_agenda(db, now, history):
    upcoming = add_meeting(db, history["mentor"].id, now + timedelta(days=2))
    later = add_meeting(db, history["mentor"].id, now + timedelta(days=16))
    texts = [i.text for i in agenda_items.list_for_meeting(db, upcoming.id)]
    assert "Open Q" in texts and "Article" in texts
    assert not [i for i in agenda_items.list_for_meeting(db, later.id) if i.is_carried_over]
    assert {i.status for i in agenda_items.list_for_meeting(db, upcoming.id)} == {"open"}


def test_an_unconfirmed_past_meeting_keeps_its_items(db, now, history):
    unconfirmed = add_meeting(db, history["mentor"].id, now - timedelta(days=3))
    mine = agenda_items.add(db, AgendaItem(meeting_id=unconfirmed.id, kind="topic", text="Mine"))
    add_meeting(db, history["mentor"].id, now + timedelta(days=7))
    assert agenda_items.get(db, mine.id).meeting_id == unconfirmed.id
    assert agenda_items.get(db, mine.id).status == "open"


def test_holding_a_meeting_moves_only_its_undiscussed_items_on(db, now, history):
    second = add_meeting(db, history["mentor"].id, now)
    third = add_meeting(db, history["mentor"].id, now + timedelta(days=14))
    talked = agenda_items.add(db, AgendaItem(meeting_id=second.id, kind="topic", text="Talked"))
    left = agenda_items.add(db, AgendaItem(meeting_id=second.id, kind="topic", text="Left"))
    agenda_items.set_status(db, talked.id, "discussed")
    lifecycle.mark_held(db, second.id)
    moved = [i for i in agenda_items.list_for_meeting(db, third.id) if i.is_carried_over]
    assert [(i.text, i.carried_from_id) for i in moved][-1] == ("Left", left.id)
    assert "Talked" not in [i.text for i in moved]
    assert agenda_items.get(db, left.id).status == "carried_over"


def test_cancelling_moves_the_items_on_and_undo_brings_them_back(db, now, history):
    second = add_meeting(db, history["mentor"].id, now)
    third = add_meeting(db, history["mentor"].id, now + timedelta(days=14))
    lifecycle.cancel(db, second.id)
    moved = {i.text for i in agenda_items.list_for_meeting(db, third.id) if i.is_carried_over}
    assert moved == {"Open Q", "Article"}
    lifecycle.set_status(db, second.id, "planned")
    assert not [i for i in agenda_items.list_for_meeting(db, third.id) if i.is_carried_over]
    statuses = {i.text: i.status for i in agenda_items.list_for_meeting(db, second.id)}
    assert statuses["Open Q"] == statuses["Article"] == "open"


def test_cancelling_a_meeting_hands_its_items_to_a_twin_at_the_same_minute(db, now, history):
    """Two meetings planned for the same minute (one made twice by mistake, or a second call
    booked over the first): cancelling the later one hands its items to the earlier one."""
    mentor_id = history["mentor"].id
    kept = add_meeting(db, mentor_id, now + timedelta(days=7))
    twin = add_meeting(db, mentor_id, now + timedelta(days=7))
    mine = agenda_items.add(db, AgendaItem(meeting_id=twin.id, kind="topic", text="Mine"))
    lifecycle.cancel(db, twin.id)
    moved = {i.text for i in agenda_items.list_for_meeting(db, kept.id) if i.is_carried_over}
    assert "Mine" in moved
    assert agenda_items.get(db, mine.id).status == "carried_over"
    lifecycle.set_status(db, twin.id, "planned")  # undone: the item is back where it was
    assert agenda_items.get(db, mine.id).status == "open"
    assert "Mine" not in {i.text for i in agenda_items.list_for_meeting(db, kept.id)}


def test_items_wait_for_a_meeting_moved_after_theirs(db, now, history):
    early = add_meeting(db, history["mentor"].id, now - timedelta(days=20))
    assert not [i for i in agenda_items.list_for_meeting(db, early.id) if i.is_carried_over]
    lifecycle.reschedule(db, early.id, now + timedelta(days=3))
    moved = {i.text for i in agenda_items.list_for_meeting(db, early.id) if i.is_carried_over}
    assert moved == {"Open Q", "Article"}


def test_deleting_a_meeting_hands_its_carried_items_to_the_next(db, now, history):
    second = add_meeting(db, history["mentor"].id, now)
    third = add_meeting(db, history["mentor"].id, now + timedelta(days=14))
    lifecycle.delete(db, second.id)
    moved = [i for i in agenda_items.list_for_meeting(db, third.id) if i.is_carried_over]
    assert {(i.text, i.carried_from_id) for i in moved} == {
        ("Open Q", history["open_q"].id),
        ("Article", history["shared"].id),
    }


def test_a_failure_during_carry_over_leaves_no_half_meeting(db, now, history):
    db.execute(
        "CREATE TRIGGER fail_on_update_copy BEFORE INSERT ON agenda_items "
        "WHEN NEW.kind = 'update' BEGIN SELECT RAISE(ABORT, 'simulated crash'); END"
    )
    before_items = db.execute("SELECT count(*) FROM agenda_items").fetchone()[0]
    with pytest.raises(Exception, match="simulated crash"):
        lifecycle.plan(db, Meeting(mentor_id=history["mentor"].id, starts_at=now))
    assert db.execute("SELECT count(*) FROM meetings").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM agenda_items").fetchone()[0] == before_items
    statuses = {i.text: i.status for i in agenda_items.list_for_meeting(db, history["first"].id)}
    assert statuses["Open Q"] == "open"


def test_moving_an_item_by_hand_keeps_its_link(db, now, history):
    second = add_meeting(db, history["mentor"].id, now)
    third = add_meeting(db, history["mentor"].id, now + timedelta(days=14))
    carried = next(i for i in agenda_items.list_for_meeting(db, second.id) if i.is_carried_over)
    moved = lifecycle.move_item(db, carried.id, third.id)
    assert (moved.id, moved.meeting_id, moved.carried_from_id) == (
        carried.id,
        third.id,
        carried.carried_from_id,
    )
    other = add_mentor(db, "Ada")
    elsewhere = add_meeting(db, other.id, now + timedelta(days=3))
    with pytest.raises(ValueError, match="same mentor"):
        lifecycle.move_item(db, moved.id, elsewhere.id)


def test_moving_an_open_item_out_of_a_held_meeting_copies_it(db, now, history):
    later = add_meeting(db, history["mentor"].id, now + timedelta(days=14))
    late = agenda_items.add(db, AgendaItem(meeting_id=history["first"].id, kind="topic", text="L"))
    copy = lifecycle.move_item(db, late.id, later.id)
    assert (copy.meeting_id, copy.carried_from_id, copy.status) == (later.id, late.id, "open")
    assert agenda_items.get(db, late.id).status == "carried_over"


def test_the_next_meeting_is_suggested_after_the_last_in_the_mentors_zone(db, now):
    mentor = add_mentor(db, cadence_days=14, timezone="Asia/Tokyo")
    first = add_meeting(db, mentor.id, now, days=-30, timezone="Asia/Tokyo", place="Zoom")
    suggested = lifecycle.suggest_next(db, mentor.id, now, "Europe/Berlin")
    assert suggested.timezone == "Asia/Tokyo"
    assert suggested.local_start.time() == first.local_start.time()
    assert suggested.starts_at > now  # -30 + 14 is past: one more step
    assert suggested.starts_at - first.starts_at == timedelta(days=42)
    assert (suggested.place, suggested.duration_minutes) == ("Zoom", 60)
