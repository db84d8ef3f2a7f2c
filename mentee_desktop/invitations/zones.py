"""The IANA zone a calendar time was written in, as invitations really carry it.

Outlook writes Windows zone names ("W. Europe Standard Time") with a VTIMEZONE; Google and
Apple write IANA names; some write UTC ("Z") or floating times (no zone at all, meaning "the
reader's own clock"). A meeting stores an IANA name, so every one of these becomes one.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def _windows_names() -> dict[str, str]:
    """CLDR's windowsZones mapping, as shipped with icalendar."""
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    return WINDOWS_TO_OLSON


def iana_name(tzid: str | None) -> str | None:
    """The IANA name for a TZID (IANA, Windows, or "/vendor/Area/City"); None if unknown."""
    if not tzid:
        return None
    cleaned = tzid.strip().strip('"')
    candidates = [cleaned, _windows_names().get(cleaned, "")]
    if cleaned.startswith("/"):
        parts = cleaned.strip("/").split("/")
        candidates += ["/".join(parts[start:]) for start in range(len(parts))]
    for name in candidates:
        if name and _is_zone(name):
            return name
    return None


def _is_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def zone_of(moment: datetime, tzid: str | None, fallback: str) -> str:
    """The zone to keep with a meeting: the event's own when it names one, else ``fallback``
    (the user's zone: for UTC and floating times, and for zones nobody can name)."""
    named = iana_name(tzid)
    if named:
        return named
    key = getattr(moment.tzinfo, "key", None)
    if isinstance(key, str) and key != "UTC" and _is_zone(key):
        return key
    return fallback


def on_named_clock(moment: datetime, tzid: str | None) -> datetime:
    """The wall-clock time on the real rules of the IANA zone its TZID names.

    icalendar builds a zone from the file's VTIMEZONE and keeps it for the rest of the
    process under its TZID, so an earlier file with wrong rules for "W. Europe Standard Time"
    would shift every later file's times; a zone that has a name is read with its real
    rules instead (which also follow changes of law that an old VTIMEZONE does not know).
    """
    name = iana_name(tzid)
    if name is None or moment.tzinfo is None:
        return moment
    return moment.replace(tzinfo=ZoneInfo(name))


def to_utc(moment: datetime, fallback: str) -> datetime:
    """An aware UTC time; a floating time is read on the user's own clock."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        moment = moment.replace(tzinfo=ZoneInfo(fallback))
    return moment.astimezone(UTC)
