"""A sample mentor with a short, realistic history, so a first start is not an empty screen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from mentee_desktop.data import (
    action_items,
    agenda_items,
    checkins,
    feedback,
    goals,
    insights,
    lifecycle,
    listening_notes,
    mentors,
)
from mentee_desktop.data.action_items import ActionItem
from mentee_desktop.data.agenda_items import AgendaItem
from mentee_desktop.data.errors import transaction
from mentee_desktop.data.feedback import FeedbackRequest
from mentee_desktop.data.listening_notes import ListeningNote
from mentee_desktop.data.meetings import Meeting
from mentee_desktop.data.mentors import Mentor

SAMPLE_NAME = "Amara Okafor (sample)"


@dataclass(frozen=True)
class SampleResult:
    mentor: Mentor
    created: bool


def _at(day: date, hour: int, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(hour, 0), zone)


def add_sample(db: Database, *, now: datetime, zone_name: str) -> SampleResult:
    """Add the sample mentor once; a second call finds it and adds nothing."""
    existing = mentors.sample_mentor(db)
    if existing is not None:
        return SampleResult(existing, created=False)
    zone = ZoneInfo(zone_name)
    today = now.astimezone(zone).date()
    with transaction(db):
        mentor = mentors.add(
            db,
            Mentor(
                name=SAMPLE_NAME,
                role="Director of Engineering, Northwind Labs",
                contact="amara.okafor@example.org",
                started_on=today - timedelta(days=70),
                cadence_days=14,
                guidance_style="Asks questions before giving advice; likes a concrete example.",
                is_sample=True,
            ),
            now=now,
        )
        first = _held_meeting(db, mentor.id, today - timedelta(days=42), zone, now)
        _first_meeting_content(db, mentor.id, first, today, now)
        second = _held_meeting(db, mentor.id, today - timedelta(days=14), zone, now)
        _second_meeting_content(db, mentor.id, second, today, now)
        upcoming = lifecycle.plan(
            db,
            Meeting(
                mentor_id=mentor.id,
                starts_at=_at(today + timedelta(days=3), 15, zone),
                timezone=zone_name,
                duration_minutes=45,
                place="Video call (link in the invitation)",
            ),
            now=now,
        )
        for kind, text, details in [
            ("question", "How did you decide when to stop coding and start managing?", ""),
            ("share", "A summary of the accessibility audit I ran on our sign-up flow", ""),
            (
                "feedback",
                "How did my design-review facilitation come across?",
                "I kept time well but let one voice dominate.",
            ),
        ]:
            agenda_items.insert(
                db,
                AgendaItem(meeting_id=upcoming.id, kind=kind, text=text, details=details),
                now=now,
            )
        _relationship(db, mentor.id, today, now)
    return SampleResult(mentor, created=True)


def _relationship(db: Database, mentor_id: int, today: date, now: datetime) -> None:
    """Goals both partners set and one check-in, so the Relationship tab has a story."""
    lead = goals.add(
        db,
        goals.Goal(
            mentor_id=mentor_id,
            title="Be ready to apply for the tech lead role in spring",
            set_by="both",
            why="I want to grow my influence beyond my own code.",
            target_on=today + timedelta(days=120),
        ),
        now=now,
    )
    goals.add_progress(
        db,
        goals.GoalProgress(
            lead.id, "Wrote my first design note for another team.", today - timedelta(30)
        ),
        now=now,
    )
    goals.add(
        db,
        goals.Goal(
            mentor_id=mentor_id,
            title="Learn how I can help Amara's team with accessibility",
            set_by="mentor",
            why="Amara wants to learn from my accessibility work: mentoring goes both ways.",
        ),
        now=now,
    )
    for days_ago, trust, communication, learning in [(56, 3, 3, 2), (35, 3, 4, 2)]:
        checkins.add(
            db,
            checkins.Checkin(
                mentor_id=mentor_id,
                held_on=today - timedelta(days=days_ago),
                trust=trust,
                communication=communication,
                mutual_learning=learning,
                what_works="Amara makes time even in busy weeks.",
                what_to_change="I mostly take; I should bring more of my own work to share.",
            ),
            now=now,
        )
    checkins.add(
        db,
        checkins.Checkin(
            mentor_id=mentor_id,
            held_on=today - timedelta(days=14),
            trust=4,
            communication=4,
            mutual_learning=3,
            what_works="Concrete examples; Amara shares her own mistakes.",
            what_to_change="I should bring fewer topics and go deeper on one.",
        ),
        now=now,
    )


def _held_meeting(
    db: Database, mentor_id: int, day: date, zone: ZoneInfo, now: datetime
) -> Meeting:
    return lifecycle.plan(
        db,
        Meeting(
            mentor_id=mentor_id,
            starts_at=_at(day, 16, zone),
            timezone=zone.key,
            duration_minutes=45,
            place="Café Lumen, 2nd floor",
            status="held",
            summary="Good conversation; left with two concrete next steps.",
        ),
        now=now,
    )


def _first_meeting_content(
    db: Database, mentor_id: int, meeting: Meeting, today: date, now: datetime
) -> None:
    for kind, text in [
        ("question", "What skills separate a senior engineer from a staff engineer?"),
        ("topic", "My goals for the next six months"),
        ("share", "The testing workshop I ran for the new hires"),
    ]:
        item_id = agenda_items.insert(
            db, AgendaItem(meeting_id=meeting.id, kind=kind, text=text), now=now
        )
        agenda_items.set_status(db, item_id, "discussed")
    note = listening_notes.add(
        db,
        ListeningNote(
            meeting_id=meeting.id,
            heard="Staff engineers are measured by the problems they prevent, not the code.",
            in_my_words="My impact should show in decisions other teams make better.",
            follow_up="Which decision this quarter could I influence beyond my team?",
            insight="Write one design note that another team can reuse.",
            tags="career, influence",
        ),
        now=now,
    )
    on_time = action_items.make_from_note(
        db, note.id, title="Write a design note on our retry policy", due_on=today - timedelta(28)
    )
    tried = insights.for_note(db, note.id)
    if tried is not None:  # told back on the next agenda: applied since the last meeting
        insights.mark(
            db,
            tried.id,
            insights.APPLIED,
            "The retry-policy note went to the payments team; they reused it in their review.",
            now=now - timedelta(days=5),
        )
    action_items.set_done(
        db, on_time.id, True, now=datetime.combine(today - timedelta(30), time(12), ZoneInfo("UTC"))
    )
    late = action_items.add(
        db,
        ActionItem(
            mentor_id=mentor_id,
            owner="mentor",
            title="Introduce me to the platform team lead",
            due_on=today - timedelta(days=35),
            meeting_id=meeting.id,
        ),
        now=now,
    )
    action_items.set_done(
        db, late.id, True, now=datetime.combine(today - timedelta(25), time(12), ZoneInfo("UTC"))
    )
    request = feedback.add(
        db,
        FeedbackRequest(
            mentor_id=mentor_id,
            meeting_id=meeting.id,
            question="Was my summary of the incident review clear to a non-engineer?",
            my_observation="I think I used too much jargon in the first half.",
            answer="Clear structure; replace acronyms with what they do.",
            what_i_did="Rewrote the summary with a glossary-free first paragraph.",
        ),
        now=meeting.starts_at,
    )
    feedback.set_status(db, request.id, "acted_on", now=meeting.starts_at + timedelta(days=3))


def _second_meeting_content(
    db: Database, mentor_id: int, meeting: Meeting, today: date, now: datetime
) -> None:
    discussed = agenda_items.insert(
        db,
        AgendaItem(
            meeting_id=meeting.id,
            kind="question",
            text="How do I say no to a project without hurting the relationship?",
        ),
        now=now,
    )
    agenda_items.set_status(db, discussed, "discussed")
    agenda_items.insert(
        db,
        AgendaItem(
            meeting_id=meeting.id,
            kind="topic",
            text="Whether to apply for the tech lead role in spring",
        ),
        now=now,
    )
    agenda_items.insert(
        db,
        AgendaItem(
            meeting_id=meeting.id,
            kind="question",
            text="Which book on negotiation would you recommend?",
            raised_by="me",
        ),
        now=now,
    )
    listening_notes.add(
        db,
        ListeningNote(
            meeting_id=meeting.id,
            heard="Saying no is easier when you offer what you *can* do instead.",
            in_my_words="Decline the scope, not the person: propose a smaller yes.",
            follow_up="What would a smaller yes look like for the data migration?",
            insight="Prepare two alternatives before the planning meeting.",
            tags="communication",
        ),
        now=now,
    )
    action_items.add(
        db,
        ActionItem(
            mentor_id=mentor_id,
            title="Draft two alternatives for the migration scope",
            due_on=today + timedelta(days=2),
            meeting_id=meeting.id,
        ),
        now=now,
    )
    action_items.add(
        db,
        ActionItem(
            mentor_id=mentor_id,
            owner="mentor",
            title="Send the article on staff-level influence",
            due_on=today - timedelta(days=7),
            meeting_id=meeting.id,
        ),
        now=now,
    )
    asked = feedback.add(
        db,
        FeedbackRequest(
            mentor_id=mentor_id,
            meeting_id=meeting.id,
            question="How can I make our meetings more useful for you?",
            direction="mentor_asks",
            my_observation="We could spend less time on status and more on one hard problem.",
        ),
        now=meeting.starts_at,
    )
    feedback.set_status(db, asked.id, "asked", now=meeting.starts_at)
