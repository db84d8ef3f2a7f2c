"""Reminders in the user's language: the one set of templates
(:mod:`mentee_desktop.reminders.words`) through Qt's translator, with the locale's dates.

Every label showing these texts is plain text: user text is shown as it was typed.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from PySide6.QtCore import QCoreApplication

from mentee_desktop.data.meetings import Meeting
from mentee_desktop.reminders import Reminder
from mentee_desktop.reminders.words import ReminderWords
from mentee_desktop.ui.widgets import dates


class LocaleDates:
    """Dates as the user's locale writes them ("Wed 25 Nov"; German "Mi., 25. Nov.")."""

    def day(self, day: date) -> str:
        return dates.short_date(day, weekday=True, year=False)

    def day_with_year(self, day: date) -> str:
        return dates.short_date(day, weekday=True)

    def clock(self, moment: datetime) -> str:
        return dates.clock(moment.time())


def _translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


#: the translator is asked on every call, so a language installed later is used
_WORDS = ReminderWords(_translate, LocaleDates())


def meeting_when(meeting: Meeting, zone: tzinfo) -> str:
    """When a meeting is, in its own timezone, plus the user's local time when that differs."""
    return _WORDS.meeting_when(meeting, zone)


def words(reminder: Reminder) -> tuple[str, str]:
    """The reminder's title and text in the user's language."""
    return _WORDS.words(reminder)
