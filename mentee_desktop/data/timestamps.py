"""Times are stored as UTC ISO-8601 text, dates as ``YYYY-MM-DD``; this converts both ways."""

from __future__ import annotations

from datetime import UTC, date, datetime


def to_db(moment: datetime | None) -> str | None:
    """A timezone-aware datetime as UTC ISO-8601 text (sortable as text)."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise ValueError("naive datetimes are ambiguous; pass a timezone-aware one")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def from_db(text: str | None) -> datetime | None:
    """Parse what :func:`to_db` wrote back into an aware UTC datetime."""
    if not text:
        return None
    parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def date_to_db(day: date | None) -> str | None:
    return day.isoformat() if day else None


def date_from_db(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def utc_now() -> datetime:
    """The default clock for store writes; pure logic takes its clock as an argument instead."""
    return datetime.now(UTC)
