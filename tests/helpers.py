"""Small builders shared by tests."""

from __future__ import annotations

from datetime import datetime, timedelta

from mentee_desktop.data import lifecycle, mentors
from mentee_desktop.data.meetings import Meeting
from mentee_desktop.data.mentors import Mentor


def add_mentor(db, name: str = "Grace Hopper", **fields) -> Mentor:
    return mentors.add(db, Mentor(name=name, **fields))


def add_meeting(db, mentor_id: int, start: datetime, *, days: int = 0, **fields) -> Meeting:
    return lifecycle.plan(
        db, Meeting(mentor_id=mentor_id, starts_at=start + timedelta(days=days), **fields)
    )
