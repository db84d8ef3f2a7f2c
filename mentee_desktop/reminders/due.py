"""Which reminders are due at a moment, which to announce, and when to look again.

Everything here takes the store, the moment and the user's zone as arguments: no clock is read
and nothing is written (marking reminders as shown is the caller's decision).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo

from sqlite_utils import Database

from mentee_desktop.data import reminder_state
from mentee_desktop.data.reminder_state import ReminderState
from mentee_desktop.reminders.insight_rule import insights_rule
from mentee_desktop.reminders.model import Reminder
from mentee_desktop.reminders.options import ReminderOptions, load_options
from mentee_desktop.reminders.rules import RULES, RuleResult

#: every rule, the spaced return of insights last
ALL_RULES = (*RULES, insights_rule)


@dataclass(frozen=True)
class ReminderCheck:
    """The answer at one moment."""

    #: due now, not dismissed, not snoozed: what the tray menu and the reminders bar list
    due: list[Reminder]
    #: of those, the ones to announce now (never shown, or back from a snooze)
    to_notify: list[Reminder]
    #: announcements held back because it is quiet hours
    held_back: list[Reminder]
    #: the next moment the answer can change by itself (None: only an edit can change it)
    next_at: datetime | None


def _earliest(*moments: datetime | None) -> datetime | None:
    present = [m.astimezone(UTC) for m in moments if m is not None]
    return min(present) if present else None


def _gather(
    db: Database, now: datetime, zone: tzinfo, options: ReminderOptions
) -> tuple[list[Reminder], datetime | None]:
    """Every reminder applying at ``now`` (before state is looked at), and the next due time."""
    combined = RuleResult()
    for rule in ALL_RULES:
        found = rule(db, now, zone, options)
        combined.due.extend(found.due)
        combined.later(found.next_at)
    for reminder in combined.due:
        combined.later(reminder.until)  # a reminder that lapses changes the count
    return combined.due, combined.next_at


def check(
    db: Database, now: datetime, zone: tzinfo, options: ReminderOptions | None = None
) -> ReminderCheck:
    """What is due at ``now``, what to announce, and when to ask again."""
    options = options or load_options(db)
    candidates, next_at = _gather(db, now, zone, options)
    states = reminder_state.states_for(db, (r.key for r in candidates))
    due: list[Reminder] = []
    announce: list[Reminder] = []
    for reminder in sorted(candidates, key=Reminder.sort_key):
        state = states.get(reminder.key, ReminderState(reminder.key))
        if state.dismissed or state.snoozed_at(now):
            continue
        due.append(reminder)
        if state.needs_notice(now):
            announce.append(reminder)
    next_at = _earliest(next_at, reminder_state.next_snooze_end(db, now))
    if announce and options.quiet_hours.contains(now, zone):
        next_at = _earliest(next_at, options.quiet_hours.end_after(now, zone))
        return ReminderCheck(due, [], announce, next_at)
    return ReminderCheck(due, announce, [], next_at)


def due_reminders(
    db: Database, now: datetime, zone: tzinfo, options: ReminderOptions | None = None
) -> list[Reminder]:
    """The reminders due at ``now`` (dismissed and snoozed ones left out), most urgent first."""
    return check(db, now, zone, options).due


def next_due_at(
    db: Database, now: datetime, zone: tzinfo, options: ReminderOptions | None = None
) -> datetime | None:
    """When the next reminder falls due (or a snooze ends, or a due one lapses) after ``now``."""
    return check(db, now, zone, options).next_at


def fell_due_while_away(reminders: list[Reminder], started_at: datetime) -> list[Reminder]:
    """Of the reminders to announce at start, those that fell due before the app started."""
    return [r for r in reminders if r.due_at <= started_at]
