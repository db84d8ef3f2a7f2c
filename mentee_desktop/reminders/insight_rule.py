"""Bring back what I heard until I have tried it: a spacing rule for insights.

An insight still new or being tried comes back a few days after it was heard, again shortly
before the next meeting with that mentor, and then less and less often; after the last return
it waits quietly on the "Put to work" list. Applied or let-go insights never come back.

One reminder per mentor gathers their insights that are due, so a full meeting of notes does
not flood the tray. Its key names the latest return, so dismissing it quiets this return and
the next return brings it back.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta, tzinfo

from sqlite_utils import Database

from mentee_desktop.data import insights
from mentee_desktop.data import reminder_queries as queries
from mentee_desktop.data.record_kind import RecordKind
from mentee_desktop.reminders import texts
from mentee_desktop.reminders.model import INSIGHT_TO_TRY, Facts
from mentee_desktop.reminders.options import ReminderOptions
from mentee_desktop.reminders.rules import RuleResult, remind

#: after hearing it: first return, then each gap twice the one before
FIRST_RETURN = timedelta(days=3)
GAPS = (timedelta(days=7), timedelta(days=14), timedelta(days=28), timedelta(days=56))
#: the return before the next meeting comes this long before it starts
BEFORE_MEETING = timedelta(days=1)
#: the last return stays listed this long
LAST_RETURN_LASTS = timedelta(days=14)
#: insights heard longer ago than this are past every return
REACH = FIRST_RETURN + sum(GAPS, timedelta()) + LAST_RETURN_LASTS


def returns(heard_at: datetime, next_meeting_at: datetime | None = None) -> list[datetime]:
    """The moments an insight heard at ``heard_at`` comes back, in order.

    The spaced returns are fixed by when it was heard; the return before the next meeting is
    added when that meeting lies after the first return (and replaces a spaced return that
    would fall within a day of it, so two reminders never come on one day).
    """
    moments = [heard_at + FIRST_RETURN]
    for gap in GAPS:
        moments.append(moments[-1] + gap)
    if next_meeting_at is not None:
        before = next_meeting_at - BEFORE_MEETING
        if before > moments[0] and before < moments[-1] + LAST_RETURN_LASTS:
            moments = [m for m in moments if abs(m - before) >= BEFORE_MEETING] + [before]
            moments.sort()
    return moments


def current_return(
    heard_at: datetime, now: datetime, next_meeting_at: datetime | None = None
) -> tuple[datetime | None, datetime | None]:
    """(the return due at ``now`` or None, the moment this answer changes or None)."""
    moments = returns(heard_at, next_meeting_at)
    due = [m for m in moments if m <= now]
    later = [m for m in moments if m > now]
    if not due:
        return None, later[0] if later else None
    if later:
        return due[-1], later[0]
    ends = due[-1] + LAST_RETURN_LASTS
    return (due[-1], ends) if now < ends else (None, None)


def insights_rule(db: Database, now: datetime, zone: tzinfo, opts: ReminderOptions) -> RuleResult:
    """Insights not yet put to work, one reminder per mentor whose insights are due."""
    result = RuleResult()
    if not opts.enabled(INSIGHT_TO_TRY) or not db["insights"].exists():
        return result  # switched off, or a store older than schema v3 read as it is
    waiting = insights.open_insights_heard_since(db, now - REACH)
    by_mentor: dict[int, list[insights.Insight]] = defaultdict(list)
    for insight in waiting:
        by_mentor[insight.mentor_id].append(insight)
    for mentor_id, found in by_mentor.items():
        next_meeting = queries.next_planned_meeting_start(db, mentor_id, now)
        due: list[tuple[datetime, insights.Insight]] = []
        lapses: list[datetime] = []
        for insight in found:
            moment, changes = current_return(insight.heard_at, now, next_meeting)
            result.later(changes)
            if moment is not None:
                due.append((moment, insight))
                if changes is not None:
                    lapses.append(changes)
        if not due:
            continue
        due.sort(key=lambda pair: (pair[0], pair[1].heard_at, pair[1].id))
        latest, newest = due[-1]
        result.due.append(
            remind(
                key=f"insight:mentor:{mentor_id}:{latest.astimezone(UTC):%Y%m%dT%H%MZ}",
                kind=INSIGHT_TO_TRY,
                record_kind=RecordKind.INSIGHT,
                record_id=newest.id,
                due_at=latest,
                until=min(lapses) if lapses else None,
                facts=Facts(
                    who=texts.name(newest.mentor_name),
                    quote=texts.shorten(newest.text),
                    count=len(due),
                ),
            )
        )
    return result
