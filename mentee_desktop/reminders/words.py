"""Reminders in words: one set of templates for the window and the command line.

The rules return facts (:class:`~mentee_desktop.reminders.model.Facts`); this module words
them. Without a translator the templates are the English the command line prints; the window
passes Qt's translator and its locale's dates, so the same templates come out in the user's
language. User text (names, questions, titles, places) is put in as it was typed. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, tzinfo
from typing import Protocol

from mentee_desktop.agenda.words import MONTHS, WEEKDAYS
from mentee_desktop.data.meetings import Meeting
from mentee_desktop.reminders.model import (
    ACTION_DUE,
    FEEDBACK_WAITING,
    INSIGHT_TO_TRY,
    KEEP_IN_TOUCH,
    MEETING_SOON,
    MEETING_UNCONFIRMED,
    PREPARE,
    RELATIONSHIP_CHECKIN,
    THIN_AGENDA,
    Facts,
    Reminder,
)

#: (context, text, disambiguation, n) -> the translation, as QCoreApplication.translate
Translate = Callable[[str, str, "str | None", int], str]


class DateWords(Protocol):
    def day(self, day: date) -> str: ...

    def day_with_year(self, day: date) -> str: ...

    def clock(self, moment: datetime) -> str: ...


class EnglishDates:
    """Fixed English names, whatever the process locale: "Wed 25 Nov", "Fri 25 Nov 2016"."""

    def day(self, day: date) -> str:
        return f"{WEEKDAYS[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1][:3]}"

    def day_with_year(self, day: date) -> str:
        return f"{self.day(day)} {day.year}"

    def clock(self, moment: datetime) -> str:
        return f"{moment:%H:%M}"


class ReminderWords:
    """The wording templates. ``tr`` translates in the context "ReminderWords" when given a
    translator, else keeps the English template."""

    def __init__(self, translate: Translate | None = None, dates: DateWords | None = None):
        self._translate = translate
        self.dates = dates or EnglishDates()

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        if self._translate is not None:
            return self._translate("ReminderWords", text, disambiguation, n)
        return text.replace("%n", str(n)) if n >= 0 else text

    def when_text(self, start: datetime, start_here: datetime, zone_name: str) -> str:
        """When a meeting is, in its own timezone, plus the user's local time when that differs."""
        text = self.tr("{0} {1}", "a day and a time of day").format(
            self.dates.day(start.date()), self.dates.clock(start)
        )
        if start.utcoffset() == start_here.utcoffset():
            return text
        yours = self.dates.clock(start_here)
        if start_here.date() != start.date():
            yours = self.tr("{0} {1}", "a day and a time of day").format(
                self.dates.day(start_here.date()), yours
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
        title = self.tr("Meeting with {0} at {1}").format(f.who, self.dates.clock(f.start))
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
        due = self._due(f.day, f.today) if f.day else ""
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
            asked = self._due(f.day, f.today) if f.day else ""
            return title, self.tr("Asked on {0}: “{1}”").format(asked, f.quote)
        title = self.tr("No answer yet from {0}").format(f.who)
        if f.count == 1:
            text = self.tr("You asked 1 day ago: “{0}”. A gentle follow-up?")
        else:
            text = self.tr("You asked %n days ago: “{0}”. A gentle follow-up?", "", f.count)
        return title, text.format(f.quote)

    def _keep_in_touch(self, f: Facts) -> tuple[str, str]:
        title = self.tr("Check in with {0}").format(f.who)
        day = self._due(f.day, f.today) if f.day else ""
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

    def _insight_to_try(self, f: Facts) -> tuple[str, str]:
        title = self.tr("Put to work what {0} said").format(f.who)
        text = self.tr("You heard: “{0}” — tried it yet?").format(f.quote)
        if f.count > 1:
            more = self.tr("(%n more from {0} waiting)", "", f.count - 1).format(f.who)
            text = f"{text} {more}"
        return title, text

    def _due(self, day: date, today: date | None) -> str:
        """A day, with its year when that is not this year."""
        if today is None or day.year == today.year:
            return self.dates.day(day)
        return self.dates.day_with_year(day)

    def meeting_when(self, meeting: Meeting, zone: tzinfo) -> str:
        """:meth:`when_text` for a meeting and the user's zone."""
        return self.when_text(
            meeting.local_start, meeting.starts_at.astimezone(zone), meeting.timezone
        )

    def words(self, reminder: Reminder) -> tuple[str, str]:
        """The reminder's title and text (as given when it carries no facts)."""
        worder = {
            PREPARE: self._prepare,
            MEETING_SOON: self._meeting_soon,
            MEETING_UNCONFIRMED: self._unconfirmed,
            ACTION_DUE: self._action_due,
            FEEDBACK_WAITING: self._feedback_waiting,
            KEEP_IN_TOUCH: self._keep_in_touch,
            RELATIONSHIP_CHECKIN: self._relationship_checkin,
            INSIGHT_TO_TRY: self._insight_to_try,
        }.get(reminder.kind)
        facts = reminder.facts
        if facts is None or worder is None:
            return reminder.title, reminder.text
        if reminder.kind in (PREPARE, MEETING_SOON, MEETING_UNCONFIRMED) and facts.start is None:
            return reminder.title, reminder.text
        return worder(facts)


ENGLISH = ReminderWords()
