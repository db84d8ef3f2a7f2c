"""The follow-through record counted in the store equals the same record counted by hand."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from mentee_desktop.data import action_items, follow_through
from mentee_desktop.data.action_items import ActionItem
from tests.helpers import add_mentor

TODAY = date(2026, 11, 25)


def _random_items(mentor_id: int, rng: random.Random, count: int) -> list[ActionItem]:
    """Items with every status, some without a due date, some done without a date, and
    completions near midnight, where the user's zone decides the day."""
    items = []
    for _ in range(count):
        status = rng.choice(["open", "open", "done", "done", "dropped"])
        due = rng.choice([None, TODAY + timedelta(days=rng.randint(-20, 20))])
        completed = None
        if status == "done" and rng.random() > 0.1:
            day = (due or TODAY) + timedelta(days=rng.randint(-2, 2))
            minute = rng.choice([0, 30, 22 * 60 + 59, 23 * 60 + 30, rng.randint(0, 1439)])
            completed = datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(
                minutes=minute
            )
        items.append(
            ActionItem(
                mentor_id=mentor_id,
                title="promise",
                owner=rng.choice(["me", "mentor"]),
                due_on=due,
                status=status,
                completed_at=completed,
            )
        )
    return items


def _by_hand(items: list[ActionItem], owner: str, zone: ZoneInfo) -> tuple[int, int, int, int]:
    """Kept on time, kept late (the completion day in the zone, at today's offset), open,
    overdue."""
    offset = datetime.combine(TODAY, datetime.min.time(), zone).utcoffset()
    on_time = late = still_open = overdue = 0
    for item in items:
        if item.owner != owner:
            continue
        if item.status == "open":
            still_open += 1
            overdue += item.due_on is not None and item.due_on < TODAY
        elif item.status == "done":
            if item.due_on is None:
                on_time += 1
            elif item.completed_at is not None:
                day = (item.completed_at + offset).date()
                on_time += day <= item.due_on
                late += day > item.due_on
    return (on_time, late, still_open, overdue)


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("zone_name", ["Europe/Berlin", "America/Los_Angeles", "UTC"])
def test_records_count_as_by_hand(db, now, seed, zone_name):
    rng = random.Random(seed)
    zone = ZoneInfo(zone_name)
    mentor, other = add_mentor(db), add_mentor(db, "Someone else")
    items = _random_items(mentor.id, rng, 120)
    action_items.add_many(db, items + _random_items(other.id, rng, 30), now=now)
    both = follow_through.follow_through_by_owner(db, TODAY, zone, mentor_id=mentor.id)
    for owner in ("me", "mentor"):
        expected = _by_hand(items, owner, zone)
        assert tuple(vars(both[owner]).values()) == expected
        alone = follow_through.follow_through(db, TODAY, zone, mentor_id=mentor.id, owner=owner)
        assert alone == both[owner]
