"""iCalendar (``.ics``) for a meeting, so it lands in the calendar with the agenda attached.

The event's UID comes from the meeting id and a constant kept in this database, so exporting
again updates the calendar entry instead of adding a second one; SEQUENCE grows with the
clock so calendars take the newer copy. An alarm reminds the mentee to prepare.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlite_utils import Database

from mentee_desktop.agenda import text, words
from mentee_desktop.agenda.model import Agenda

UID_NAMESPACE_KEY = "ics.uid_namespace"
ALARM_MINUTES_KEY = "ics.alarm_minutes"
DEFAULT_ALARM_MINUTES = 60
MAX_ALARM_MINUTES = 7 * 24 * 60
PRODID = "-//Mentee Desktop//Mentee Desktop Agenda//EN"
_SEQUENCE_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class CalendarOptions:
    """What a calendar export needs besides the agenda: this database's UID constant."""

    uid_namespace: str
    alarm_minutes: int = DEFAULT_ALARM_MINUTES


def _alarm_minutes(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return DEFAULT_ALARM_MINUTES
    try:
        minutes = int(value)
    except ValueError:
        return DEFAULT_ALARM_MINUTES
    return minutes if 0 <= minutes <= MAX_ALARM_MINUTES else DEFAULT_ALARM_MINUTES


def calendar_options(db: Database) -> CalendarOptions:
    """Read the options, creating this database's UID constant the first time (a write)."""
    from mentee_desktop.data import settings

    namespace = settings.get(db, UID_NAMESPACE_KEY)
    if not isinstance(namespace, str) or not namespace:
        namespace = str(uuid.uuid4())
        settings.put(db, UID_NAMESPACE_KEY, namespace)
    return CalendarOptions(namespace, _alarm_minutes(settings.get(db, ALARM_MINUTES_KEY)))


def event_uid(namespace: str, meeting_id: int) -> str:
    """The same text for the same meeting of the same database, every time."""
    name = f"mentee-desktop:{namespace}:meeting:{meeting_id}"
    return f"{uuid.uuid5(uuid.NAMESPACE_URL, name)}@mentee-desktop"


def sequence_at(now: datetime) -> int:
    """A revision number that grows with the clock (whole minutes since 2000)."""
    return max(0, int((now - _SEQUENCE_EPOCH).total_seconds() // 60))


def render_agenda(agenda: Agenda, *, options: CalendarOptions, now: datetime) -> bytes:
    """One VCALENDAR with the meeting as a VEVENT (agenda as description) and its zone."""
    from icalendar import Alarm, Calendar, Event

    meeting = agenda.meeting
    mentor = words.one_line(meeting.mentor_name)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", event_uid(options.uid_namespace, meeting.meeting_id))
    event.add("dtstamp", now.astimezone(UTC).replace(microsecond=0))
    event.add("sequence", sequence_at(now))
    event.add("dtstart", meeting.starts_at)
    event.add("dtend", meeting.ends_at)
    event.add("summary", f"Mentoring with {mentor}")
    place = words.one_line(meeting.place)
    if place:
        event.add("location", place)
        if meeting.place_is_link:
            event.add("url", place)
    event.add("description", text.render_agenda(agenda).rstrip("\n"))
    event.add("status", "CANCELLED" if meeting.status == "cancelled" else "CONFIRMED")
    event.add("transp", "OPAQUE")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", f"Prepare for mentoring with {mentor}")
    alarm.add("trigger", timedelta(minutes=-options.alarm_minutes))
    event.add_component(alarm)
    calendar.add_component(event)
    day = meeting.starts_at.date()
    calendar.add_missing_timezones(
        first_date=date(day.year - 1, 1, 1), last_date=date(day.year + 2, 1, 1)
    )
    # what calendar.to_ical() gives, folded here: icalendar folds a character at a time, which
    # is most of the time a long agenda's file takes (its description is one line)
    return b"\r\n".join(fold(line) for line in calendar.content_lines() if line) + b"\r\n"


#: RFC 5545: a folded line is at most 75 octets; icalendar keeps each piece under that
_FOLD_OCTETS = 74


def fold(line: str) -> bytes:
    """One content line as UTF-8, folded as icalendar folds it: pieces of at most 74 bytes,
    never inside a character, and never right after a backslash or caret (so an escape such as
    ``\\n`` stays on one piece); each following piece starts with CRLF and a space."""
    data = line.encode("utf-8")
    if len(data) <= _FOLD_OCTETS:
        return data
    pieces = []
    start = 0
    while len(data) - start > _FOLD_OCTETS:
        cut = start + _FOLD_OCTETS
        while data[cut] & 0xC0 == 0x80:  # a continuation byte: the character does not fit
            cut -= 1
        if data[cut - 1] in b"\\^":
            cut -= 1
        pieces.append(data[start:cut])
        start = cut
    pieces.append(data[start:])
    return b"\r\n ".join(pieces)
