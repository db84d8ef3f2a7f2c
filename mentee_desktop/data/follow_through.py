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


#: per owner and status (open or done): how many; for done ones how many could be judged
#: (no due date, or a completion time) and how many of those were kept late (the zone's
#: offset decides the completion day; the rest were kept on time); for open ones how many
#: are overdue. The completion day is worked out once and only for done items with a due
#: date; the covering index ``action_items_follow_through`` holds every column read here.
_COUNTS = (
    "SELECT owner, status, count(*), "
    "sum(due_on IS NULL OR completed_at IS NOT NULL), "
    "sum(date(completed_at, ?) > due_on), "
    "sum(due_on < ?) "
    "FROM action_items{where} AND status IN ('open', 'done') GROUP BY owner, status"
)


def _count_params(today: date, zone: tzinfo) -> list[str]:
    """The zone's offset on ``today`` (completion days are the user's days) and today."""
    offset = datetime.combine(today, datetime.min.time(), zone).utcoffset() or timedelta()
    return [f"{int(offset.total_seconds() // 60):+d} minutes", date_to_db(today)]


def _records(
    db: Database, today: date, zone: tzinfo, mentor_id: int | None, owner: str | None
) -> dict[str, FollowThrough]:
    """Each owner's record among the items of one mentor (or all) and one owner (or both)."""
    where, params = filters(mentor_id, None, owner, None)
    sql = _COUNTS.format(where=where or " WHERE 1")
    counts = {"me": [0, 0, 0, 0], "mentor": [0, 0, 0, 0]}
    for who, status, number, judged, late, overdue in db.execute(
        sql, [*_count_params(today, zone), *params]
    ).fetchall():
        if status == "done":
            counts[who][0:2] = [(judged or 0) - (late or 0), late or 0]
        else:
            counts[who][2:4] = [number, overdue or 0]
    return {who: FollowThrough(*values) for who, values in counts.items()}


def follow_through(
    db: Database, today: date, zone: tzinfo, *, mentor_id: int | None = None, owner: str = "me"
) -> FollowThrough:
    """Count promises kept on time, kept late and still open (dates in the user's zone)."""
    return _records(db, today, zone, mentor_id, owner)[owner]


def follow_through_by_owner(
    db: Database, today: date, zone: tzinfo, *, mentor_id: int
) -> dict[str, FollowThrough]:
    """Both partners' records ("me" and "mentor") for one mentor, read in one pass.

    The same counts as :func:`follow_through` for each owner; the panel above the action
    items shows both, and a mentor with thousands of items is read once instead of twice.
    """
    return _records(db, today, zone, mentor_id, None)
