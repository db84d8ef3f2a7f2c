"""'Feedback I want' on Prepare and a feedback request are one record seen from two tabs."""

from __future__ import annotations

from dataclasses import replace

from mentee_desktop.agenda.build import build_recap
from mentee_desktop.data import agenda_items, feedback, lifecycle
from mentee_desktop.data.agenda_items import AgendaItem
from mentee_desktop.data.feedback import FeedbackRequest
from tests.helpers import add_meeting, add_mentor


def test_feedback_i_want_on_prepare_is_a_request_on_the_feedback_tab(db, now):
    mentor = add_mentor(db)
    meeting = add_meeting(db, mentor.id, now, days=2)
    item = agenda_items.add(
        db, AgendaItem(meeting.id, "feedback", "Was my demo clear?", details="Too fast?")
    )
    [request] = feedback.list_for_mentor(db, mentor.id)
    assert item.feedback_id == request.id
    assert (request.question, request.my_observation, request.status, request.meeting_id) == (
        "Was my demo clear?",
        "Too fast?",
        "draft",
        meeting.id,
    )
    agenda_items.update(db, replace(item, text="Was my demo clear to sales?"))
    assert feedback.get(db, request.id).question == "Was my demo clear to sales?"
    feedback.update(db, replace(feedback.get(db, request.id), my_observation="Slides too dense"))
    assert agenda_items.get(db, item.id).details == "Slides too dense"


def test_a_request_for_a_planned_meeting_shows_on_its_agenda_and_its_answer_too(db, now):
    mentor = add_mentor(db)
    held = add_meeting(db, mentor.id, now, days=-1)
    request = feedback.add(
        db, FeedbackRequest(mentor_id=mentor.id, question="How was my 1:1?", meeting_id=held.id)
    )
    [item] = [i for i in agenda_items.list_for_meeting(db, held.id) if i.kind == "feedback"]
    assert (item.text, item.feedback_id) == ("How was my 1:1?", request.id)
    feedback.update(db, replace(request, answer="Listen more than you talk"))
    feedback.set_status(db, request.id, "answered", now=now)
    assert feedback.answers_for_meeting(db, held.id) == {item.id: "Listen more than you talk"}
    lifecycle.mark_held(db, held.id, now=now)
    recap = build_recap(db, held.id, now=now)
    assert [f.answer for f in recap.feedback] == ["Listen more than you talk"]
    mentors_asks = feedback.add(
        db,
        FeedbackRequest(
            mentor_id=mentor.id, question="Mine?", direction="mentor_asks", meeting_id=held.id
        ),
    )
    assert mentors_asks.id not in {
        i.feedback_id for i in agenda_items.list_for_meeting(db, held.id)
    }


def test_a_carried_feedback_item_is_still_the_same_request(db, now):
    mentor = add_mentor(db)
    first = add_meeting(db, mentor.id, now, days=1)
    item = agenda_items.add(db, AgendaItem(first.id, "feedback", "My roadmap talk?"))
    second = add_meeting(db, mentor.id, now, days=15)
    lifecycle.cancel(db, first.id, now=now)
    [copy] = [i for i in agenda_items.list_for_meeting(db, second.id) if i.kind == "feedback"]
    assert copy.feedback_id == item.feedback_id
    assert len(feedback.list_for_mentor(db, mentor.id)) == 1


def test_undoing_a_deleted_request_relinks_its_agenda_item(db, now):
    mentor = add_mentor(db)
    meeting = add_meeting(db, mentor.id, now, days=2)
    item = agenda_items.add(db, AgendaItem(meeting.id, "feedback", "Am I ready to lead?"))
    deleted = feedback.delete_for_undo(db, item.feedback_id)
    assert agenda_items.get(db, item.id).feedback_id is None
    restored = feedback.undo_delete(db, deleted)
    assert agenda_items.get(db, item.id).feedback_id == restored.id
    assert len(agenda_items.list_for_meeting(db, meeting.id)) == 1
