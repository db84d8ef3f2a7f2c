"""One rule per kind of reminder: which reminders apply at ``now`` and when the next one will.

Each rule reads only what it needs through indexed queries, so asking stays cheap on a store
with years of history.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from sqlite_utils import Database

from mentee_desktop.data import reminder_queries as queries
from mentee_desktop.data.record_kind import RecordKind
from mentee_desktop.reminders import texts
from mentee_desktop.reminders.model import (
    ACTION_DUE,
    FEEDBACK_WAITING,
    KEEP_IN_TOUCH,
    MEETING_SOON,
    MEETING_UNCONFIRMED,
    PREPARE,
    RELATIONSHIP_CHECKIN,
    THIN_AGENDA,
    Facts,
    Reminder,
)
from mentee_desktop.reminders.options import ReminderOptions
from mentee_desktop.reminders.words import ENGLISH

#: a meeting that has just begun stays listed this long after its start (or until it ends)
SOON_GRACE = timedelta(minutes=15)


@dataclass
class RuleResult:
    due: list[Reminder] = field(default_factory=list)
    next_at: datetime | None = None

    def later(self, moment: datetime | None) -> None:
        """Remember ``moment`` if it is the earliest future due time seen so far."""
        if moment is not None and (self.next_at is None or moment < self.next_at):
            self.next_at = moment


Rule = Callable[[Database, datetime, tzinfo, ReminderOptions], RuleResult]


def start_of_day(day: date, zone: tzinfo) -> datetime:
    """Midnight at the start of ``day`` in ``zone`` (the first moment of the day)."""
    return datetime.combine(day, time(0), zone)


def remind(**fields) -> Reminder:
    """A reminder of the facts given, with its English title and text (the command line's)."""
    draft = Reminder(title="", text="", **fields)
    title, text = ENGLISH.words(draft)
    return replace(draft, title=title, text=text)


def _stamp(moment: datetime) -> str:
    """A moment as compact UTC text, part of a key (a moved meeting gets a new reminder)."""
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%MZ")


def meetings_rule(db: Database, now: datetime, zone: tzinfo, opts: ReminderOptions) -> RuleResult:
    """Prepare for a meeting (urgent while the agenda is thin); a meeting starts soon."""
    result = RuleResult()
    prepare_on, soon_on = opts.enabled(PREPARE), opts.enabled(MEETING_SOON)
    if not (prepare_on or soon_on):
        return result
    prepare_lead = opts.prepare_lead if prepare_on else timedelta(0)
    reach = max(prepare_lead, opts.soon_lead) + timedelta(seconds=1)
    for found in queries.upcoming_meetings(db, now - SOON_GRACE, now + reach):
        meeting = found.meeting
        start = meeting.starts_at
        who = texts.name(found.mentor_name)
        moment = Facts(
            who=who,
            start=meeting.local_start,
            start_here=start.astimezone(zone),
            zone_name=meeting.timezone,
        )
        if prepare_on:
            due_at = start - opts.prepare_lead
            until = start - opts.soon_lead if soon_on else start
            count = found.open_agenda_items
            reminder = remind(
                key=f"prepare:meeting:{meeting.id}:{_stamp(start)}",
                kind=PREPARE,
                record_kind=RecordKind.MEETING,
                record_id=meeting.id,
                due_at=due_at,
                until=until,
                urgent=count < THIN_AGENDA,
                facts=replace(moment, count=count),
            )
            if due_at < until and reminder.applies_at(now):
                result.due.append(reminder)
        if soon_on:
            reminder = remind(
                key=f"soon:meeting:{meeting.id}:{_stamp(start)}",
                kind=MEETING_SOON,
                record_kind=RecordKind.MEETING,
                record_id=meeting.id,
                due_at=start - opts.soon_lead,
                until=min(start + SOON_GRACE, meeting.ends_at),
                urgent=True,
                facts=replace(moment, quote=texts.shorten(meeting.place, 80)),
            )
            if reminder.applies_at(now):
                result.due.append(reminder)
    for lead, on in ((opts.prepare_lead, prepare_on), (opts.soon_lead, soon_on)):
        if on:
            first = queries.first_meeting_start_after(db, now + lead)
            result.later(first - lead if first else None)
    return result


def unconfirmed_rule(
    db: Database, now: datetime, zone: tzinfo, opts: ReminderOptions
) -> RuleResult:
    """A past meeting still marked planned: did it take place? Until then it is not "held"."""
    result = RuleResult()
    if not opts.enabled(MEETING_UNCONFIRMED):
        return result
    for found in queries.unconfirmed_meetings(db, now):
        meeting = found.meeting
        who = texts.name(found.mentor_name)
        result.due.append(
            remind(
                key=f"unconfirmed:meeting:{meeting.id}:{_stamp(meeting.starts_at)}",
                kind=MEETING_UNCONFIRMED,
                record_kind=RecordKind.MEETING,
                record_id=meeting.id,
                due_at=meeting.ends_at,
                facts=Facts(
                    who=who,
                    start=meeting.local_start,
                    start_here=meeting.starts_at.astimezone(zone),
                    zone_name=meeting.timezone,
                ),
            )
        )
    result.later(queries.first_planned_end_after(db, now))
    return result


def action_items_rule(
    db: Database, now: datetime, zone: tzinfo, opts: ReminderOptions
) -> RuleResult:
    """My open action items due today or overdue ("today" in the user's zone): one reminder
    per mentor, so a long backlog is one line, not a thousand.

    The key holds the mentor and the day: dismissed, it stays quiet until tomorrow. It opens
    the oldest of those items in the Action items tab.
    """
    result = RuleResult()
    if not opts.enabled(ACTION_DUE):
        return result
    today = now.astimezone(zone).date()
    for group in queries.my_open_items_due_by(db, today):
        who = texts.name(group.mentor_name)
        oldest = texts.shorten(group.oldest_title, 80)
        result.due.append(
            remind(
                key=f"due:actions:mentor:{group.mentor_id}:{today.isoformat()}",
                kind=ACTION_DUE,
                record_kind=RecordKind.ACTION_ITEM,
                record_id=group.oldest_id,
                due_at=start_of_day(group.oldest_due_on, zone),
                facts=Facts(
                    who=who,
                    quote=oldest,
                    day=group.oldest_due_on,
                    today=today,
                    count=group.count,
                    overdue=group.overdue,
                ),
            )
        )
    upcoming = queries.first_due_date_after(db, today)
    result.later(start_of_day(upcoming, zone) if upcoming else None)
    return result


def feedback_rule(db: Database, now: datetime, zone: tzinfo, opts: ReminderOptions) -> RuleResult:
    """A feedback request asked and still unanswered after the configured number of days."""
    result = RuleResult()
    if not opts.enabled(FEEDBACK_WAITING):
        return result
    wait = timedelta(days=opts.feedback_days)
    for request in queries.feedback_asked_by(db, now - wait):
        who = texts.name(request.mentor_name)
        asked_day = request.asked_at.astimezone(zone).date()
        question = texts.shorten(request.question)
        days = (now - request.asked_at).days
        result.due.append(
            remind(
                key=f"waiting:feedback:{request.id}:{_stamp(request.asked_at)}",
                kind=FEEDBACK_WAITING,
                record_kind=RecordKind.FEEDBACK,
                record_id=request.id,
                due_at=request.asked_at + wait,
                facts=Facts(
                    who=who,
                    quote=question,
                    day=asked_day,
                    today=now.astimezone(zone).date(),
                    count=days,
                    variant=request.direction,
                ),
            )
        )
    first = queries.first_feedback_asked_after(db, now - wait)
    result.later(first + wait if first else None)
    return result


def keep_in_touch_rule(
    db: Database, now: datetime, zone: tzinfo, opts: ReminderOptions
) -> RuleResult:
    """A mentor not met for longer than our usual rhythm, with no meeting planned.

    "Met" means a meeting marked held; a past meeting nobody confirmed asks its own question.
    """
    result = RuleResult()
    if not opts.enabled(KEEP_IN_TOUCH):
        return result
    for contact in queries.mentor_contacts(db):
        if contact.planned_at is not None:  # a meeting is planned (or waits for an answer)
            result.later(contact.planned_at + timedelta(days=contact.cadence_days))
            continue
        cadence = timedelta(days=contact.cadence_days)
        if contact.last_meeting_at is not None:
            base = contact.last_meeting_at
            variant, since_day = "last_met", base.astimezone(zone).date()
        elif contact.started_on is not None:
            base = start_of_day(contact.started_on, zone)
            variant, since_day = "no_meeting_yet", contact.started_on
        else:
            base = contact.created_at
            variant, since_day = "no_meeting_yet", base.astimezone(zone).date()
        due_at = base + cadence
        if due_at > now:
            result.later(due_at)
            continue
        result.due.append(
            remind(
                key=f"touch:mentor:{contact.mentor_id}:{_stamp(base)}",
                kind=KEEP_IN_TOUCH,
                record_kind=RecordKind.MENTOR,
                record_id=contact.mentor_id,
                due_at=due_at,
                facts=Facts(
                    who=texts.name(contact.name),
                    day=since_day,
                    today=now.astimezone(zone).date(),
                    count=contact.cadence_days,
                    variant=variant,
                ),
            )
        )
    return result


def relationship_checkin_rule(
    db: Database, now: datetime, zone: tzinfo, opts: ReminderOptions
) -> RuleResult:
    """A check-in on the relationship every N held meetings (once the schema has check-ins)."""
    result = RuleResult()
    if not opts.enabled(RELATIONSHIP_CHECKIN):
        return result
    if not queries.has_checkins(db):
        return result
    last = queries.last_checkins(db)
    every = opts.checkin_every_meetings
    for contact in queries.mentor_contacts(db):
        previous = last.get(contact.mentor_id)
        meeting = queries.nth_held_meeting_after(db, contact.mentor_id, previous, every)
        if meeting is None:
            continue
        due_at = meeting.ends_at
        if due_at > now:
            result.later(due_at)
            continue
        result.due.append(
            remind(
                key=f"checkin:mentor:{contact.mentor_id}:{previous or 'first'}",
                kind=RELATIONSHIP_CHECKIN,
                record_kind=RecordKind.MENTOR,
                record_id=contact.mentor_id,
                due_at=due_at,
                facts=Facts(
                    who=texts.name(contact.name),
                    count=every,
                    variant="since_last_checkin" if previous else "so_far",
                ),
            )
        )
    return result


RULES: tuple[Rule, ...] = (
    meetings_rule,
    unconfirmed_rule,
    action_items_rule,
    feedback_rule,
    keep_in_touch_rule,
    relationship_checkin_rule,
)
