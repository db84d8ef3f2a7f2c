"""Reminders in the user's language: titles and texts worded from a reminder's facts.

The reminder logic stays free of Qt and words its reminders in English (the command line shows
that); the window, the tray menu and notifications word them here, through the translation
catalogue and with dates in the user's locale. User text (names, questions, titles, places) is
put in as it was typed; every label showing these texts is plain text.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QTime

from mentee_desktop.data.meetings import Meeting
from mentee_desktop.reminders import Reminder
from mentee_desktop.reminders.model import (
    ACTION_DUE,
    FEEDBACK_WAITING,
    KEEP_IN_TOUCH,
    MEETING_SOON,
    MEETING_UNCONFIRMED,
    PREPARE,
    RELATIONSHIP_CHECKIN,
    Facts,
)
from mentee_desktop.reminders.rules import THIN_AGENDA


def day_text(day: date) -> str:
    """E.g. "Wed 25 Nov" (German: "Mi., 25. Nov.")."""
    day_format = QCoreApplication.translate("Dates", "ddd d MMM", "Qt date format: Wed 25 Nov")
    return QLocale().toString(QDate(day.year, day.month, day.day), day_format)


def due_text(day: date, today: date | None) -> str:
    """A day, with its year when that is not this year."""
    if today is None or day.year == today.year:
        return day_text(day)
    day_format = QCoreApplication.translate(
        "Dates", "ddd d MMM yyyy", "Qt date format: Fri 25 Nov 2016"
    )
    return QLocale().toString(QDate(day.year, day.month, day.day), day_format)


def clock_text(moment: datetime) -> str:
    """The time of day, as the user's locale writes it."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


class ReminderWords(QObject):
    """The wording templates (a QObject, so their translation context is "ReminderWords")."""

    def when_text(self, start: datetime, start_here: datetime, zone_name: str) -> str:
        """When a meeting is, in its own timezone, plus the user's local time when that differs."""
        text = self.tr("{0} {1}", "a day and a time of day").format(
            day_text(start.date()), clock_text(start)
        )
        if start.utcoffset() == start_here.utcoffset():
            return text
        yours = clock_text(start_here)
        if start_here.date() != start.date():
            yours = self.tr("{0} {1}", "a day and a time of day").format(
                day_text(start_here.date()), yours
            )
        return self.tr(
            "{0} {1} ({2} your time)", "a meeting's day and time, its zone, my time"
        ).format(text, zone_name, yours)

    def _prepare(self, f: Facts) -> tuple[str, str]:
        title = self.tr("Prepare for your meeting with {0}").format(f.who)
        when = self.when_text(f.start, f.start_here, f.zone_name)
        if f.count == 0:
            text = self.tr(
                "{0}. The agenda is empty: add a question, an update or something to share.",
            )
        elif f.count == 1:
            text = self.tr("{0}. Only 1 open item on the agenda: add what you want to ask.")
        elif f.count < THIN_AGENDA:
            text = self.tr(
                "{0}. Only %n open items on the agenda: add what you want to ask.",
                "",
                f.count,
            )
        else:
            text = self.tr("{0}. %n open items on the agenda: a last look?", "", f.count)
        return title, text.format(when)

    def _meeting_soon(self, f: Facts) -> tuple[str, str]:
        title = self.tr("Meeting with {0} at {1}").format(f.who, clock_text(f.start))
        when = self.when_text(f.start, f.start_here, f.zone_name)
        if not f.quote:
            return title, when
        return title, self.tr("{0} · {1}", "when · where").format(when, f.quote)

    def _unconfirmed(self, f: Facts) -> tuple[str, str]:
        title = self.tr("Did your meeting with {0} take place?").format(f.who)
        when = self.when_text(f.start, f.start_here, f.zone_name)
        text = self.tr("{0}. Mark it held or cancelled; until then nothing counts it as held.")
        return title, text.format(when)

    def _action_due(self, f: Facts) -> tuple[str, str]:
        due = due_text(f.day, f.today) if f.day else ""
        if f.count == 1:
            title = self.tr("Overdue: {0}") if f.overdue else self.tr("Due today: {0}")
            text = self.tr("Your promise to {0}, due {1}.")
            return title.format(f.quote), text.format(f.who, due)
        if f.overdue == f.count:
            title = self.tr("%n action items for {0} are overdue", "", f.count)
        elif f.overdue == 0:
            title = self.tr("%n action items for {0} are due today", "", f.count)
        else:
            title = self.tr("%n action items for {0} are due today or overdue", "", f.count)
        if f.overdue:
            text = self.tr("Your promises to {0}; the oldest, “{1}”, was due {2}.")
        else:
            text = self.tr("Your promises to {0}, the first: “{1}”.")
        return title.format(f.who), text.format(f.who, f.quote, due)

    def _feedback_waiting(self, f: Facts) -> tuple[str, str]:
        if f.variant == "mentor_asks":
            title = self.tr("{0} is waiting for your feedback").format(f.who)
            asked = due_text(f.day, f.today) if f.day else ""
            return title, self.tr("Asked on {0}: “{1}”").format(asked, f.quote)
        title = self.tr("No answer yet from {0}").format(f.who)
        if f.count == 1:
            text = self.tr("You asked 1 day ago: “{0}”. A gentle follow-up?")
        else:
            text = self.tr("You asked %n days ago: “{0}”. A gentle follow-up?", "", f.count)
        return title, text.format(f.quote)

    def _keep_in_touch(self, f: Facts) -> tuple[str, str]:
        title = self.tr("Check in with {0}").format(f.who)
        day = due_text(f.day, f.today) if f.day else ""
        if f.variant == "last_met":
            since = self.tr("Last met {0}").format(day)
        else:
            since = self.tr("No meeting yet since {0}").format(day)
        if f.count == 1:
            text = self.tr(
                "{0}; you usually meet every day. A short hello keeps the relationship warm.",
            )
        else:
            text = self.tr(
                "{0}; you usually meet every %n days. A short hello keeps the relationship warm.",
                "",
                f.count,
            )
        return title, text.format(since)

    def _relationship_checkin(self, f: Facts) -> tuple[str, str]:
        title = self.tr("How is it going with {0}?").format(f.who)
        since_last = f.variant == "since_last_checkin"
        if since_last and f.count == 1:
            text = self.tr(
                "1 meeting since your last check-in: time for a relationship check-in "
                "(trust, communication, what we both learn).",
            )
        elif since_last:
            text = self.tr(
                "%n meetings since your last check-in: time for a relationship check-in "
                "(trust, communication, what we both learn).",
                "",
                f.count,
            )
        elif f.count == 1:
            text = self.tr(
                "1 meeting so far: time for a relationship check-in "
                "(trust, communication, what we both learn).",
            )
        else:
            text = self.tr(
                "%n meetings so far: time for a relationship check-in "
                "(trust, communication, what we both learn).",
                "",
                f.count,
            )
        return title, text

    def words(self, reminder: Reminder) -> tuple[str, str]:
        worder = {
            PREPARE: self._prepare,
            MEETING_SOON: self._meeting_soon,
            MEETING_UNCONFIRMED: self._unconfirmed,
            ACTION_DUE: self._action_due,
            FEEDBACK_WAITING: self._feedback_waiting,
            KEEP_IN_TOUCH: self._keep_in_touch,
            RELATIONSHIP_CHECKIN: self._relationship_checkin,
        }.get(reminder.kind)
        facts = reminder.facts
        if facts is None or worder is None:
            return reminder.title, reminder.text
        if reminder.kind in (PREPARE, MEETING_SOON, MEETING_UNCONFIRMED) and facts.start is None:
            return reminder.title, reminder.text
        return worder(facts)


_instance: ReminderWords | None = None


def _words() -> ReminderWords:
    global _instance
    if _instance is None:
        _instance = ReminderWords()
    return _instance


def when_text(start: datetime, start_here: datetime, zone_name: str) -> str:
    """When a meeting is, in its own timezone, plus the user's local time when that differs."""
    return _words().when_text(start, start_here, zone_name)


def meeting_when(meeting: Meeting, zone: tzinfo) -> str:
    """:func:`when_text` for a meeting and the user's zone."""
    return when_text(meeting.local_start, meeting.starts_at.astimezone(zone), meeting.timezone)


def words(reminder: Reminder) -> tuple[str, str]:
    """The reminder's title and text in the user's language (its English ones without facts)."""
    return _words().words(reminder)
