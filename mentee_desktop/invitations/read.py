"""Read an invitation (``.ics`` bytes) into plain events, each one meeting-sized.

Input is bounded: a file larger than :data:`MAX_FILE_BYTES` is refused before parsing, a series
is expanded only up to the horizon, and a file whose events expand to more than
:data:`MAX_OCCURRENCES` meetings is refused. An RRULE without an end simply stops at the
horizon. All-day events are left out with a reason (a mentoring meeting has a time).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from mentee_desktop.invitations import links, zones

MAX_FILE_BYTES = 2_000_000
MAX_OCCURRENCES = 400
DEFAULT_HORIZON_DAYS = 183
#: occurrences of a series that started up to this long ago are still imported
LOOK_BACK = timedelta(days=1)
_EMAIL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


class InvitationError(Exception):
    """The file cannot be read as an invitation; the message says why. Nothing changed."""


@dataclass(frozen=True)
class Person:
    email: str
    name: str = ""

    def label(self) -> str:
        return f"{self.name} <{self.email}>" if self.name else self.email


@dataclass(frozen=True)
class CalendarEvent:
    """One meeting's worth of an invitation: a single event or one occurrence of a series."""

    uid: str
    recurrence_id: str  # UTC text of the occurrence's original start; "" for a single event
    starts_at: datetime  # aware, UTC
    timezone: str  # IANA
    duration_minutes: int
    title: str
    place: str
    link: str
    sequence: int = 0
    cancelled: bool = False
    organizer: Person | None = None
    attendees: tuple[Person, ...] = ()
    #: a cancellation of the whole series (METHOD:CANCEL without RECURRENCE-ID)
    whole_series: bool = False

    @property
    def people(self) -> tuple[Person, ...]:
        return ((self.organizer,) if self.organizer else ()) + self.attendees


@dataclass(frozen=True)
class Invitation:
    method: str
    events: list[CalendarEvent]
    skipped: list[str] = field(default_factory=list)  # why some events were left out
    #: UIDs whose whole series (the RRULE/RDATE event itself) is in the file
    series_masters: frozenset[str] = frozenset()
    #: the last moment a series was expanded to
    horizon_end: datetime | None = None
    #: occurrences at or before this moment were left out (None: from ``now`` on)
    horizon_start: datetime | None = None
    #: per series UID: the series as a calendar of its own, kept to add later occurrences
    series_texts: dict[str, str] = field(default_factory=dict)


def _person(prop) -> Person | None:
    if prop is None:
        return None
    text = str(prop)
    found = _EMAIL.search(text.split(":", 1)[1] if text.lower().startswith("mailto:") else text)
    if not found:
        return None
    name = str(getattr(prop, "params", {}).get("CN", "")).strip().strip('"')
    return Person(found.group(0).lower(), name)


def _people(component, name: str) -> tuple[Person, ...]:
    values = component.get(name)
    if values is None:
        return ()
    if not isinstance(values, list):
        values = [values]
    return tuple(p for p in (_person(v) for v in values) if p is not None)


def _text(component, name: str) -> str:
    value = component.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0] if value else ""
    return " ".join(str(value).split()) if name != "DESCRIPTION" else str(value)


def _utc_text(moment: datetime, fallback: str) -> str:
    return zones.to_utc(moment, fallback).isoformat(timespec="seconds")


def _time(prop) -> datetime | date:
    """A DTSTART/DTEND/RECURRENCE-ID value; a time in a named zone on that zone's rules."""
    value = prop.dt
    if not isinstance(value, datetime):
        return value
    return zones.on_named_clock(value, getattr(prop, "params", {}).get("TZID"))


def _event(component, *, method: str, series: bool, user_zone: str) -> CalendarEvent:
    start_prop = component.get("DTSTART")
    start = _time(start_prop)
    end_prop = component.get("DTEND")
    if end_prop is not None and isinstance(end_prop.dt, datetime):
        length = zones.to_utc(_time(end_prop), user_zone) - zones.to_utc(start, user_zone)
    elif component.get("DURATION") is not None:
        length = component["DURATION"].dt
    else:
        length = timedelta(hours=1)
    minutes = max(1, min(24 * 60, round(length.total_seconds() / 60) or 60))
    tzid = start_prop.params.get("TZID") if hasattr(start_prop, "params") else None
    recurrence = component.get("RECURRENCE-ID")
    recurrence_id = ""
    if series:
        original = _time(recurrence) if recurrence is not None else start
        recurrence_id = _utc_text(original, user_zone)
    location = _text(component, "LOCATION")
    link = links.video_link(
        _text(component, "URL"),
        location,
        _text(component, "DESCRIPTION"),
        _text(component, "X-GOOGLE-CONFERENCE"),
    )
    status = _text(component, "STATUS").upper()
    try:
        sequence = int(str(component.get("SEQUENCE", 0)))
    except ValueError:
        sequence = 0
    return CalendarEvent(
        uid=str(component.get("UID", "")).strip(),
        recurrence_id=recurrence_id,
        starts_at=zones.to_utc(start, user_zone),
        timezone=zones.zone_of(start, tzid, user_zone),
        duration_minutes=minutes,
        title=_text(component, "SUMMARY"),
        place=links.place_for(location, link),
        link=link,
        sequence=sequence,
        cancelled=method == "CANCEL" or status == "CANCELLED",
        organizer=_person(component.get("ORGANIZER")),
        attendees=_people(component, "ATTENDEE"),
    )


def parse(data: bytes) -> object:
    """The icalendar Calendar, or :class:`InvitationError` saying what is wrong."""
    if len(data) > MAX_FILE_BYTES:
        raise InvitationError(
            f"the file is too large for an invitation ({len(data) // 1_000_000} MB; "
            f"at most {MAX_FILE_BYTES // 1_000_000} MB)"
        )
    if b"BEGIN:VCALENDAR" not in data[:4096].upper():
        raise InvitationError("this is not a calendar file (no BEGIN:VCALENDAR)")
    from icalendar import Calendar

    try:
        calendars = Calendar.from_ical(data, multiple=True)
    except Exception as exc:  # icalendar raises ValueError, KeyError, IndexError, ...
        raise InvitationError(f"the calendar file is damaged ({_short(exc)})") from exc
    if not calendars:
        raise InvitationError("the calendar file holds no calendar")
    return calendars[0]


def _short(exc: Exception) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:120]


def read_invitation(
    data: bytes,
    *,
    now: datetime,
    user_zone: str,
    horizon_days: int = DEFAULT_HORIZON_DAYS,
    since: datetime | None = None,
) -> Invitation:
    """Every event of the file, series expanded from ``now`` up to the horizon; with
    ``since``, only the occurrences after it (the ones a kept series has not planned yet)."""
    calendar = parse(data)
    method = _text(calendar, "METHOD").upper()
    components = [c for c in calendar.walk("VEVENT")]
    if not components:
        raise InvitationError("the calendar file holds no event (no VEVENT)")
    try:
        return _read(calendar, components, method, now, user_zone, horizon_days, since)
    except InvitationError:
        raise
    except Exception as exc:  # a damaged value deep inside a property or a rule
        raise InvitationError(f"the calendar file is damaged ({_short(exc)})") from exc


def _read(calendar, components, method, now, user_zone, horizon_days, since) -> Invitation:
    skipped: list[str] = []
    series_uids = set()
    usable = []
    for component in components:
        uid = str(component.get("UID", "")).strip()
        start = component.get("DTSTART")
        title = _text(component, "SUMMARY") or uid or "an event"
        if not uid:
            skipped.append(f"“{title}” has no UID")
            continue
        if start is None:
            skipped.append(f"“{title}” has no start time")
            continue
        if not isinstance(start.dt, datetime):
            if isinstance(start.dt, date):
                skipped.append(f"“{title}” is an all-day event; a meeting needs a start time")
            else:
                skipped.append(f"“{title}” has no usable start time")
            continue
        if _too_frequent(component):
            skipped.append(f"“{title}” repeats more often than once a day")
            continue
        if any(component.get(name) is not None for name in ("RRULE", "RDATE", "RECURRENCE-ID")):
            series_uids.add(uid)
        usable.append(component)
    events: list[CalendarEvent] = []
    whole_series_cancelled = set()
    single = [c for c in usable if str(c.get("UID")).strip() not in series_uids]
    for component in single:
        events.append(_event(component, method=method, series=False, user_zone=user_zone))
    if method == "CANCEL":
        for component in usable:
            uid = str(component.get("UID")).strip()
            if uid in series_uids and component.get("RECURRENCE-ID") is None:
                whole_series_cancelled.add(uid)
                whole = _event(component, method=method, series=False, user_zone=user_zone)
                events.append(_replace_whole(whole))
    if series_uids - whole_series_cancelled:
        events += _occurrences(
            calendar,
            series_uids - whole_series_cancelled,
            method,
            now,
            user_zone,
            horizon_days,
            since,
        )
    if not events and skipped:
        raise InvitationError("nothing to import: " + "; ".join(skipped))
    if len(events) > MAX_OCCURRENCES:
        raise InvitationError(f"the file holds more than {MAX_OCCURRENCES} meetings")
    masters = frozenset(
        str(c.get("UID")).strip()
        for c in usable
        if c.get("RECURRENCE-ID") is None and (c.get("RRULE") or c.get("RDATE"))
    )
    horizon_end = now.astimezone(UTC) + timedelta(days=max(1, horizon_days))
    texts = {} if method == "CANCEL" else {uid: series_text(calendar, uid) for uid in masters}
    return Invitation(method, events, skipped, masters, horizon_end, since, texts)


def _too_frequent(component) -> bool:
    """A rule repeating by the hour, minute or second: never a mentoring series, and costly
    to expand from a start long ago."""
    rules = component.get("RRULE")
    for rule in rules if isinstance(rules, list) else [rules] if rules is not None else []:
        frequency = rule.get("FREQ") if hasattr(rule, "get") else None
        frequency = frequency[0] if isinstance(frequency, list) and frequency else frequency
        if str(frequency).upper() in ("SECONDLY", "MINUTELY", "HOURLY"):
            return True
    return False


def _replace_whole(event: CalendarEvent) -> CalendarEvent:
    from dataclasses import replace

    return replace(event, cancelled=True, whole_series=True)


def _occurrences(
    calendar, uids, method, now, user_zone, horizon_days, since
) -> list[CalendarEvent]:
    import recurring_ical_events

    start = now.astimezone(UTC) - LOOK_BACK if since is None else since.astimezone(UTC)
    end = now.astimezone(UTC) + timedelta(days=max(1, horizon_days))
    query = recurring_ical_events.of(calendar)
    found: list[CalendarEvent] = []
    for occurrence in query.after(start):
        moment = _time(occurrence.get("DTSTART"))
        if not isinstance(moment, datetime):
            continue
        if zones.to_utc(moment, user_zone) > end:
            break
        if str(occurrence.get("UID", "")).strip() not in uids:
            continue
        if since is not None and zones.to_utc(moment, user_zone) <= start:
            continue  # planned before: ``after`` also returns what is still going on
        found.append(_event(occurrence, method=method, series=True, user_zone=user_zone))
        if len(found) > MAX_OCCURRENCES:
            raise InvitationError(
                f"the series repeats more than {MAX_OCCURRENCES} times before the horizon"
            )
    return found


def _zone_ids(component) -> set[str]:
    """The TZIDs a component's times refer to."""
    found = set()
    for name in ("DTSTART", "DTEND", "RECURRENCE-ID", "EXDATE", "RDATE"):
        values = component.get(name)
        for value in values if isinstance(values, list) else [values]:
            tzid = getattr(value, "params", {}).get("TZID") if value is not None else None
            if tzid:
                found.add(str(tzid))
    return found


def series_text(calendar, uid: str) -> str:
    """One series as a calendar of its own: its VEVENTs and the VTIMEZONEs they use."""
    from icalendar import Calendar

    kept = Calendar()
    for name in ("VERSION", "PRODID", "METHOD", "X-WR-TIMEZONE"):
        if calendar.get(name) is not None:
            kept.add(name, calendar.get(name))
    events = [c for c in calendar.walk("VEVENT") if str(c.get("UID", "")).strip() == uid]
    used = set().union(*(_zone_ids(event) for event in events)) if events else set()
    for zone in calendar.walk("VTIMEZONE"):
        if str(zone.get("TZID", "")) in used:
            kept.add_component(zone)
    for event in events:
        kept.add_component(event)
    return kept.to_ical().decode("utf-8")
