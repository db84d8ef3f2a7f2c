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


def follow_through(
    db: Database, today: date, zone: tzinfo, *, mentor_id: int | None = None, owner: str = "me"
) -> FollowThrough:
    """Count promises kept on time, kept late and still open (dates in the user's zone)."""
    offset = datetime.combine(today, datetime.min.time(), zone).utcoffset() or timedelta()
    minutes = int(offset.total_seconds() // 60)
    where, params = filters(mentor_id, None, owner, None)
    row = db.execute(
        "SELECT "
        "sum(status = 'done' AND (due_on IS NULL OR date(completed_at, ?) <= due_on)), "
        "sum(status = 'done' AND due_on IS NOT NULL AND date(completed_at, ?) > due_on), "
        "sum(status = 'open'), "
        "sum(status = 'open' AND due_on IS NOT NULL AND due_on < ?) "
        f"FROM action_items{where}",
        [f"{minutes:+d} minutes", f"{minutes:+d} minutes", date_to_db(today), *params],
    ).fetchone()
    return FollowThrough(*(value or 0 for value in row))
