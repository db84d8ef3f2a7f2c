"""Dates, durations and user text the way every export writes them.

Written out in English with fixed month and day names (not the process locale), so the same
data and clock always give the same bytes on any machine.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the Prepare tab's first paint needs these words, not the export's model
    from mentee_desktop.agenda.model import MeetingInfo

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
#: C0 and C1 control characters except tab and newline, and the byte-order mark: invisible,
#: and some formats refuse them
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]")


def clean(text: str) -> str:
    """User text with line endings made ``\\n`` and invisible control characters removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def lines_of(text: str) -> list[str]:
    """The non-blank lines of user text, each stripped: what a reader sees as its lines."""
    return [line.strip() for line in clean(text).split("\n") if line.strip()]


def one_line(text: str) -> str:
    """User text for a place that holds a single line (titles, headings, file names)."""
    return " ".join(lines_of(text))


def long_date(day: date) -> str:
    """``Saturday 28 November 2026``."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def short_date(day: date) -> str:
    """``Sat 28 Nov 2026``."""
    return f"{WEEKDAYS[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1][:3]} {day.year}"


def clock_time(moment: datetime) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def duration(minutes: int) -> str:
    """``45 minutes``, ``1 hour``, ``1 hour 30 minutes``."""
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour" + ("s" if hours > 1 else ""))
    if rest or not hours:
        parts.append(f"{rest} minute" + ("s" if rest != 1 else ""))
    return " ".join(parts)


def when(meeting: MeetingInfo) -> str:
    """``Saturday 28 November 2026, 15:00–15:45 CET (Europe/Berlin)``."""
    start, end = meeting.starts_at, meeting.ends_at
    span = f"{clock_time(start)}–{clock_time(end)}"
    if end.date() != start.date():
        span = f"{clock_time(start)} – {short_date(end.date())} {clock_time(end)}"
    zone = start.tzname() or ""
    if zone in ("", meeting.timezone) or meeting.timezone.rsplit("/", 1)[-1] == zone:
        label = zone or meeting.timezone  # "UTC", not "UTC (Etc/UTC)"
    else:
        label = f"{zone} ({meeting.timezone})"
    return f"{long_date(start.date())}, {span} {label}"


def status_note(meeting: MeetingInfo) -> str:
    """A word on meetings that will not (or did not) happen as planned."""
    return "This meeting was cancelled." if meeting.status == "cancelled" else ""


#: how far into a text to look for its first letter with a direction (a long text that starts
#: with thousands of digits or symbols is written left to right for our purposes)
DIRECTION_SCAN_CHARS = 2000


def is_right_to_left(text: str) -> bool:
    """Whether a text starts in a right-to-left script (its first letter with a direction)."""
    for char in text[:DIRECTION_SCAN_CHARS]:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False
