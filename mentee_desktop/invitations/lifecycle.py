"""The three ways an invitation changes a meeting, in one place.

Adding, moving and cancelling a meeting follow the meeting lifecycle (``data/lifecycle.py``,
described in docs/meeting-lifecycle.md): planning brings in what waits, moving re-applies the
rule, cancelling moves its items on. These functions are the only calls the import makes into
that lifecycle. Callers hold the transaction.
"""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from mentee_desktop.data import lifecycle, meetings
from mentee_desktop.data.meetings import Meeting


def add_meeting(db: Database, meeting: Meeting, *, now: datetime, carry_over: bool) -> int:
    """Plan a meeting. Every new meeting takes its place in the rule (waiting items go to the
    first planned one); only the first new meeting of an import also gets my open promises as
    updates, so a series of twenty does not list them twenty times."""
    if carry_over:
        return lifecycle.plan(db, meeting, now=now).id
    new_id = meetings.insert(db, meeting, now=now)
    lifecycle.edit(db, meetings.get(db, new_id), now=now)
    return new_id


def move_meeting(db: Database, meeting: Meeting) -> None:
    """Save a meeting's new time, length or place (and un-cancel it when it is back on); the
    rule is re-applied, so a meeting moved before another takes its place in the order."""
    lifecycle.edit(db, meeting)


def cancel_meeting(db: Database, meeting: Meeting) -> None:
    """Cancel: its open items move on to the next planned meeting (or wait for one)."""
    lifecycle.cancel(db, meeting.id)
