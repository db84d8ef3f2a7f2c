"""The plain values every renderer works from: an agenda before a meeting, a recap after it.

They hold text exactly as the mentee typed it; escaping is the renderers' job. Times are aware
datetimes in the meeting's own timezone, so every renderer shows the same wall-clock time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta


@dataclass(frozen=True)
class MeetingInfo:
    """When and where a meeting takes place, and with whom."""

    meeting_id: int
    mentor_name: str
    mentor_role: str
    starts_at: datetime  # aware, in ``timezone``
    timezone: str
    duration_minutes: int
    place: str
    status: str

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)

    @property
    def place_is_link(self) -> bool:
        """A video-call link rather than a room: calendars show it as the event's URL."""
        text = self.place.strip()
        return " " not in text and text.lower().startswith(("https://", "http://"))


@dataclass(frozen=True)
class Entry:
    """One thing to raise: a question, a topic, something to share, a feedback request.

    ``details`` holds the mentee's own observation for a feedback request (self-assessment
    first), or any extra words for the other kinds.
    """

    text: str
    details: str = ""
    raised_by: str = "me"  # "me" or "mentor"
    carried_over: bool = False  # brought over from the previous meeting
    discussed: bool = False


@dataclass(frozen=True)
class Promise:
    """An action item, mine or my mentor's, with where it stands."""

    title: str
    owner: str  # "me" or "mentor"
    done: bool
    details: str = ""
    due_on: date | None = None
    completed_on: date | None = None  # in the meeting's timezone


@dataclass(frozen=True)
class GoalInFocus:
    """A relationship goal in focus, shown on the agenda so both partners keep it in view."""

    title: str
    why: str = ""
    target_on: date | None = None


@dataclass(frozen=True)
class PutToWork:
    """Advice my mentor gave that I tried, and what happened: told back at the next meeting."""

    insight: str
    outcome: str
    heard_on: date | None = None  # in the meeting's timezone
    applied_on: date | None = None


@dataclass(frozen=True)
class Agenda:
    """Everything a mentee brings to one meeting, in the order they want to raise it."""

    meeting: MeetingInfo
    previous_meeting_on: date | None = None
    updates: list[Promise] = field(default_factory=list)
    questions: list[Entry] = field(default_factory=list)
    topics: list[Entry] = field(default_factory=list)
    shares: list[Entry] = field(default_factory=list)
    feedback_wanted: list[Entry] = field(default_factory=list)
    goals: list[GoalInFocus] = field(default_factory=list)
    put_to_work: list[PutToWork] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (
            self.put_to_work
            or self.updates
            or self.questions
            or self.topics
            or self.shares
            or self.feedback_wanted
            or self.goals
        )

    @property
    def item_count(self) -> int:
        return sum(
            len(part)
            for part in (
                self.put_to_work,
                self.updates,
                self.questions,
                self.topics,
                self.shares,
                self.feedback_wanted,
                self.goals,
            )
        )


@dataclass(frozen=True)
class HeardNote:
    """What I heard my mentor say, and how I put it in my own words."""

    heard: str
    in_my_words: str = ""
    follow_up: str = ""
    insight: str = ""
    #: how putting the insight to work went: "applied" or "let_go" with its words, or ""
    insight_state: str = ""
    insight_outcome: str = ""


@dataclass(frozen=True)
class FeedbackExchange:
    """Feedback asked for in one direction, with the answer and what comes of it."""

    question: str
    direction: str  # "i_ask": I asked my mentor; "mentor_asks": my mentor asked me
    answer: str = ""
    what_i_do: str = ""


@dataclass(frozen=True)
class Recap:
    """What a held meeting gave: sent to the mentor so they see I listened and will act."""

    meeting: MeetingInfo
    summary: str = ""
    discussed: list[Entry] = field(default_factory=list)
    heard: list[HeardNote] = field(default_factory=list)
    agreed: list[Promise] = field(default_factory=list)
    feedback: list[FeedbackExchange] = field(default_factory=list)
    next_meeting: MeetingInfo | None = None
