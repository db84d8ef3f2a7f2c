"""Read one meeting's agenda or recap from the store into the plain values of ``model``.

Before a meeting the agenda shows what is still open; after it (or for a cancelled one) it
shows what was on it, with discussed items marked. Items sent on to a later meeting are left
out: they live on that meeting's agenda now.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from mentee_desktop.agenda.model import (
    Agenda,
    Entry,
    FeedbackExchange,
    GoalInFocus,
    HeardNote,
    MeetingInfo,
    Promise,
    PutToWork,
    Recap,
)
from mentee_desktop.data import (
    action_items,
    agenda_items,
    feedback,
    goals,
    insights,
    listening_notes,
    meetings,
    mentors,
)
from mentee_desktop.data.action_items import ActionItem
from mentee_desktop.data.agenda_items import AgendaItem
from mentee_desktop.data.meetings import Meeting


class NoSuchMeetingError(LookupError):
    """The meeting asked for does not exist, or there is none of the kind asked for."""


def meeting_info(db: Database, meeting: Meeting) -> MeetingInfo:
    mentor = mentors.get(db, meeting.mentor_id)
    return MeetingInfo(
        meeting_id=meeting.id,
        mentor_name=mentor.name,
        mentor_role=mentor.role,
        starts_at=meeting.local_start,
        timezone=meeting.timezone,
        duration_minutes=meeting.duration_minutes,
        place=meeting.place,
        status=meeting.status,
    )


def _entry(item: AgendaItem) -> Entry:
    return Entry(
        text=item.text,
        details=item.details,
        raised_by=item.raised_by,
        carried_over=item.is_carried_over,
        discussed=item.status == "discussed",
    )


def _promise(item: ActionItem, zone: tzinfo, note: str = "") -> Promise:
    details = "\n".join(part for part in (item.details.strip(), note.strip()) if part)
    return Promise(
        title=item.title,
        owner=item.owner,
        done=item.status == "done",
        details=details,
        due_on=item.due_on,
        completed_on=item.completed_at.astimezone(zone).date() if item.completed_at else None,
    )


def _shown_on_agenda(item: AgendaItem, upcoming: bool) -> bool:
    if item.status == "carried_over" or not item.text.strip():
        return False
    return item.status == "open" or not upcoming


def _get_meeting(db: Database, meeting_id: int) -> Meeting:
    from mentee_desktop.data.errors import RecordNotFoundError

    try:
        return meetings.get(db, meeting_id)
    except RecordNotFoundError as exc:
        raise NoSuchMeetingError(f"there is no meeting with id {meeting_id}") from exc


def build_agenda(db: Database, meeting_id: int, *, now: datetime) -> Agenda:
    """The agenda of one meeting as it stands at ``now``.

    Before the meeting only open items show; afterwards discussed ones show too, marked.

    Updates cover both partners' promises that are still open or were done since the last
    meeting that was held (one nobody confirmed does not count). My "update" items that mirror
    a promise are folded into that promise (their details become its note), so nothing shows
    twice.
    """
    meeting = _get_meeting(db, meeting_id)
    zone = ZoneInfo(meeting.timezone)
    previous = meetings.previous_held(db, meeting)
    upcoming = meeting.status == "planned" and meeting.ends_at > now
    items = [
        i for i in agenda_items.list_for_meeting(db, meeting.id) if _shown_on_agenda(i, upcoming)
    ]
    notes_on_promises = {
        i.action_item_id: i.details for i in items if i.kind == "update" and i.action_item_id
    }
    promises = action_items.promises_since(
        db, meeting.mentor_id, previous.starts_at if previous else None
    )
    updates = [_promise(p, zone, notes_on_promises.get(p.id, "")) for p in promises]
    updates += [
        Promise(title=i.text, owner=i.raised_by, done=False, details=i.details)
        for i in items
        if i.kind == "update" and i.action_item_id is None
    ]
    told = insights.told_back(
        db, meeting.mentor_id, previous.starts_at if previous else None, meeting.starts_at
    )
    by_kind: dict[str, list[Entry]] = {"question": [], "topic": [], "share": [], "feedback": []}
    for item in items:
        if item.kind in by_kind:
            by_kind[item.kind].append(_entry(item))
    return Agenda(
        meeting=meeting_info(db, meeting),
        previous_meeting_on=previous.local_start.date() if previous else None,
        updates=updates,
        questions=by_kind["question"],
        topics=by_kind["topic"],
        shares=by_kind["share"],
        feedback_wanted=by_kind["feedback"],
        goals=[
            GoalInFocus(goal.title, goal.why, goal.target_on)
            for goal in goals.in_focus(db, meeting.mentor_id)
        ],
        put_to_work=[_put_to_work(i, zone) for i in told],
    )


def _put_to_work(insight: insights.Insight, zone: tzinfo) -> PutToWork:
    applied = insight.state_at.astimezone(zone).date() if insight.state_at else None
    return PutToWork(
        insight.text, insight.outcome, insight.heard_at.astimezone(zone).date(), applied
    )


def build_recap(db: Database, meeting_id: int, *, now: datetime) -> Recap:
    """What one meeting gave: notes in my words, promises made there, feedback, what is next.

    "Next meeting" is the mentor's next planned one that has not ended by ``now``.
    """
    meeting = _get_meeting(db, meeting_id)
    zone = ZoneInfo(meeting.timezone)
    discussed = [
        _entry(i)
        for i in agenda_items.list_for_meeting(db, meeting.id)
        if i.status == "discussed" and i.kind != "update" and i.text.strip()
    ]
    tried = {
        i.source_id: i
        for i in insights.list_insights(db, meeting_id=meeting.id, states=insights.DECIDED_STATES)
        if i.source == "note"
    }
    heard = [
        HeardNote(
            n.heard,
            n.in_my_words,
            n.follow_up,
            n.insight,
            tried[n.id].state if n.id in tried else "",
            tried[n.id].outcome if n.id in tried else "",
        )
        for n in listening_notes.list_for_meeting(db, meeting.id)
        if not n.is_empty
    ]
    exchanges = [
        FeedbackExchange(
            question=f.question, direction=f.direction, answer=f.answer, what_i_do=f.what_i_did
        )
        for f in feedback.list_for_meeting(db, meeting.id)
        if f.status != "draft" and f.question.strip()
    ]
    following = meetings.next_planned_after(db, meeting, now)
    return Recap(
        meeting=meeting_info(db, meeting),
        summary=meeting.summary,
        discussed=discussed,
        heard=heard,
        agreed=[_promise(p, zone) for p in action_items.agreed_at_meeting(db, meeting.id)],
        feedback=exchanges,
        next_meeting=meeting_info(db, following) if following else None,
    )


def find_next_meeting(db: Database, now: datetime) -> int:
    """The id of the next upcoming meeting, for ``--meeting next``."""
    found = meetings.next_upcoming(db, now)
    if found is None:
        raise NoSuchMeetingError("there is no upcoming meeting; plan one first")
    return found.id


def find_last_held_meeting(db: Database, now: datetime) -> int:
    """The id of the most recent held meeting, for ``--meeting last``."""
    found = meetings.last_held(db, now)
    if found is None:
        raise NoSuchMeetingError("no meeting has been held yet (mark a meeting as held first)")
    return found.id
