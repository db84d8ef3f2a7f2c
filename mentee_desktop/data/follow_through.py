"""The follow-through record: promises kept on time, kept late, still open and overdue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from sqlite_utils import Database

from mentee_desktop.data.action_item_record import filters
from mentee_desktop.data.timestamps import date_to_db


@dataclass(frozen=True)
class FollowThrough:
    """The record that builds trust: promises kept on time, kept late, still open."""

    on_time: int
    late: int
    open: int
    overdue: int


#: the four counts of :class:`FollowThrough`; the first two take the zone's offset twice
_COUNTS = (
    "sum(status = 'done' AND (due_on IS NULL OR date(completed_at, ?) <= due_on)), "
    "sum(status = 'done' AND due_on IS NOT NULL AND date(completed_at, ?) > due_on), "
    "sum(status = 'open'), "
    "sum(status = 'open' AND due_on IS NOT NULL AND due_on < ?)"
)


def _count_params(today: date, zone: tzinfo) -> list[str]:
    """The zone's offset on ``today`` (completion days are the user's days) and today."""
    offset = datetime.combine(today, datetime.min.time(), zone).utcoffset() or timedelta()
    minutes = f"{int(offset.total_seconds() // 60):+d} minutes"
    return [minutes, minutes, date_to_db(today)]


def follow_through(
    db: Database, today: date, zone: tzinfo, *, mentor_id: int | None = None, owner: str = "me"
) -> FollowThrough:
    """Count promises kept on time, kept late and still open (dates in the user's zone)."""
    where, params = filters(mentor_id, None, owner, None)
    row = db.execute(
        f"SELECT {_COUNTS} FROM action_items{where}", [*_count_params(today, zone), *params]
    ).fetchone()
    return FollowThrough(*(value or 0 for value in row))


def follow_through_by_owner(
    db: Database, today: date, zone: tzinfo, *, mentor_id: int
) -> dict[str, FollowThrough]:
    """Both partners' records ("me" and "mentor") for one mentor, read in one pass.

    The same counts as :func:`follow_through` for each owner; the panel above the action
    items shows both, and a mentor with thousands of items is read once instead of twice.
    """
    where, params = filters(mentor_id, None, None, None)
    rows = db.execute(
        f"SELECT owner, {_COUNTS} FROM action_items{where} GROUP BY owner",
        [*_count_params(today, zone), *params],
    ).fetchall()
    found = {owner: FollowThrough(*(value or 0 for value in counts)) for owner, *counts in rows}
    empty = FollowThrough(0, 0, 0, 0)
    return {owner: found.get(owner, empty) for owner in ("me", "mentor")}
