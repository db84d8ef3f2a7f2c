"""How reminders put dates and user text into words (plain text, shown literally)."""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from mentee_desktop.data.meetings import Meeting

#: longest piece of user text (a question, a title) quoted inside a reminder
QUOTE_LIMIT = 160
NAME_LIMIT = 60


def shorten(text: str, limit: int = QUOTE_LIMIT) -> str:
    """One line of at most ``limit`` characters, with an ellipsis when cut."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def name(text: str) -> str:
    return shorten(text, NAME_LIMIT)


def day_text(day: date) -> str:
    """E.g. ``Wed 25 Nov``."""
    return f"{day:%a} {day.day} {day:%b}"


def due_text(day: date, today: date) -> str:
    """A due date, with its year when that is not this year (``Fri 25 Nov 2016``)."""
    return day_text(day) if day.year == today.year else f"{day_text(day)} {day.year}"


def clock_text(moment: datetime) -> str:
    return f"{moment:%H:%M}"


def meeting_when(meeting: Meeting, zone: tzinfo) -> str:
    """When a meeting is, in its own timezone, plus the user's local time when that differs."""
    local = meeting.local_start
    text = f"{day_text(local.date())} {clock_text(local)}"
    mine = meeting.starts_at.astimezone(zone)
    if local.utcoffset() == mine.utcoffset():
        return text
    yours = clock_text(mine)
    if mine.date() != local.date():
        yours = f"{day_text(mine.date())} {yours}"
    return f"{text} {meeting.timezone} ({yours} your time)"


def items_text(count: int) -> str:
    return "1 open item" if count == 1 else f"{count} open items"


def days_text(count: int) -> str:
    return "1 day" if count == 1 else f"{count} days"
