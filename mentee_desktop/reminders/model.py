"""What a reminder is: a stable key, the record it is about, and why it matters now."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

#: the kinds of reminder, in the order they are listed when equally urgent
PREPARE = "prepare"
MEETING_SOON = "meeting_soon"
ACTION_DUE = "action_due"
FEEDBACK_WAITING = "feedback_waiting"
KEEP_IN_TOUCH = "keep_in_touch"
RELATIONSHIP_CHECKIN = "relationship_checkin"
INSIGHT_TO_TRY = "insight_to_try"
MEETING_UNCONFIRMED = "meeting_unconfirmed"
#: fewer open agenda items than this makes the preparation reminder urgent
THIN_AGENDA = 3
KINDS = (
    MEETING_SOON,
    PREPARE,
    MEETING_UNCONFIRMED,
    ACTION_DUE,
    FEEDBACK_WAITING,
    KEEP_IN_TOUCH,
    RELATIONSHIP_CHECKIN,
    INSIGHT_TO_TRY,
)


@dataclass(frozen=True)
class Facts:
    """What a reminder says, as data, so a window can word it in the user's own language.

    The rules return these; :mod:`mentee_desktop.reminders.words` words them (``title`` and
    ``text`` of a :class:`Reminder` are its English wording, the command line's). User text is
    already shortened to one line and stays literal.
    """

    #: the mentor's name
    who: str = ""
    #: quoted user text: a question, an action item's title, a meeting's place
    quote: str = ""
    #: the day the reminder refers to (asked on, due on, last met, started)
    day: date | None = None
    #: the user's today, where a day is shown with its year only when that is not this year
    today: date | None = None
    #: a meeting's start in the meeting's own timezone, and the same moment in the user's zone
    start: datetime | None = None
    start_here: datetime | None = None
    #: the meeting's timezone name, shown when it differs from the user's
    zone_name: str = ""
    #: how many (open agenda items, action items, days waited, days or meetings in a rhythm)
    count: int = 0
    #: of ``count`` action items, how many are overdue
    overdue: int = 0
    #: which wording of the kind applies, e.g. "mentor_asks" or "last_met"
    variant: str = ""


@dataclass(frozen=True)
class Reminder:
    """One thing to remind the mentee of.

    ``key`` stays the same for the same occasion (so its shown/snoozed/dismissed state sticks)
    and changes when the occasion does (a meeting moved, an item given a new due date).
    ``record_kind``/``record_id`` name what to open: "meeting", "action_item", "feedback" or
    "mentor". ``until`` is when the reminder stops applying (None: while the cause lasts).
    """

    key: str
    kind: str
    record_kind: str
    record_id: int
    title: str
    text: str
    due_at: datetime
    until: datetime | None = None
    urgent: bool = False
    #: what :attr:`title` and :attr:`text` say, for wording them in another language
    facts: Facts | None = None

    def applies_at(self, now: datetime) -> bool:
        return self.due_at <= now and (self.until is None or now < self.until)

    def sort_key(self) -> tuple:
        """Urgent first, then by kind, then the oldest first."""
        return (not self.urgent, KINDS.index(self.kind), self.due_at, self.key)

    def as_dict(self) -> dict:
        """A plain JSON-ready form (for the command line)."""
        return {
            "key": self.key,
            "kind": self.kind,
            "record": {"kind": self.record_kind, "id": self.record_id},
            "title": self.title,
            "text": self.text,
            "due_at": self.due_at.astimezone(UTC).isoformat(timespec="seconds"),
            "until": self.until.astimezone(UTC).isoformat(timespec="seconds")
            if self.until
            else None,
            "urgent": self.urgent,
        }
