"""The three ways an invitation changes a meeting, in one place.

Adding, moving and cancelling a meeting follow the meeting lifecycle (carry-over when a meeting
is planned; moving re-applies the rule; cancelling moves its items on). These functions are the
only calls the import makes into that lifecycle, so the rule lives in ``data/meetings.py`` and
``data/carry_over.py`` alone. Callers hold the transaction.
"""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from mentee_desktop.data import meetings
from mentee_desktop.data.meetings import Meeting


def add_meeting(db: Database, meeting: Meeting, *, now: datetime, carry_over: bool) -> int:
    """Plan a meeting; only the first new meeting of an import takes the open items, so a
    series of twenty does not copy them twenty times."""
    if carry_over:
        return meetings.create(db, meeting, now=now).id
    return meetings.insert(db, meeting, now=now)


def move_meeting(db: Database, meeting: Meeting) -> None:
    """Save a meeting's new time, length or place (and un-cancel it when it is back on)."""
    meetings.update(db, meeting)


def cancel_meeting(db: Database, meeting: Meeting) -> None:
    meetings.set_status(db, meeting.id, "cancelled")
