"""Dates and times, shown and typed one way everywhere.

Every date on screen goes through :func:`short_date` ("25 Nov 2026", the locale's own order and
month names; with ``weekday=True`` "Wed 25 Nov 2026", with ``year=False`` "25 Nov") or
:func:`long_date` (with the weekday, the locale's long form), every clock time through
:func:`clock`, a date with its time through :func:`date_and_clock`; a date in a file name through
:func:`file_date`. No other module in ``ui/`` turns a date into text (a test checks).

Fields: :class:`DateField` shows the short form, takes a typed date and leaves with Tab (instead
of walking day, month and year); :class:`TimeField` takes "16:00", "1600", "4pm" or "4:30 pm"
and shows the locale's short time.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QLineEdit, QWidget


def date_format(locale: QLocale | None = None) -> str:
    """The locale's long date without the weekday, with short month names ("d MMM yyyy")."""
    text = (locale or QLocale()).dateFormat(QLocale.FormatType.LongFormat)
    text = re.sub(r"d{4}[,.،]?\s*|\s*[,.،]?\s*d{4}", "", text)
    return text.replace("MMMM", "MMM").strip(" ,،")


def _without_year(text: str) -> str:
    """A date format with its year (and the separator next to it) taken out."""
    text = re.sub(r"[\s,.،/-]*y+[年\s,.،/-]*", " ", text, count=1)
    return text.strip(" ,،")


#: languages whose short weekday goes without a comma ("Wed 25 Nov"), as the command line
#: writes it; others keep their long form's ("Mi., 25. Nov.")
_NO_COMMA_AFTER_WEEKDAY = {QLocale.Language.English, QLocale.Language.C}


def _weekday_format(locale: QLocale) -> str:
    """The locale's long date with short weekday and month names ("ddd d MMM yyyy")."""
    text = locale.dateFormat(QLocale.FormatType.LongFormat)
    text = text.replace("dddd", "ddd").replace("MMMM", "MMM")
    if locale.language() in _NO_COMMA_AFTER_WEEKDAY:
        text = text.replace("ddd,", "ddd")
    return text


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def short_date(
    day: date, locale: QLocale | None = None, *, weekday: bool = False, year: bool = True
) -> str:
    """ "25 Nov 2026" (in German "25. Nov. 2026"); "Wed 25 Nov 2026" with the weekday;
    "25 Nov" without the year (for a date in the coming weeks, or a chart's axis)."""
    locale = locale or QLocale()
    text = _weekday_format(locale) if weekday else date_format(locale)
    if not year:
        text = _without_year(text)
    return locale.toString(_qdate(day), text)


def long_date(day: date, locale: QLocale | None = None) -> str:
    """ "Wednesday, 25 November 2026", the locale's long form."""
    return (locale or QLocale()).toString(_qdate(day), QLocale.FormatType.LongFormat)


def clock(moment: time, locale: QLocale | None = None) -> str:
    """ "15:00" or "3:00 PM", as the locale writes a time."""
    return (locale or QLocale()).toString(
        QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat
    )


def date_and_clock(moment: datetime, locale: QLocale | None = None) -> str:
    """ "Thu 28 Nov 2026, 15:00": the short date with the weekday and the clock time (the
    moment as given: convert it to the zone to show first)."""
    locale = locale or QLocale()
    return f"{short_date(moment.date(), locale, weekday=True)}, {clock(moment.time(), locale)}"


def file_date(day: date) -> str:
    """ "2026-11-25": a date in a file name, sorted the same in every language."""
    return day.isoformat()


_TIME = re.compile(
    r"^\s*(?P<hour>\d{1,2})(?:\s*[:.h]?\s*(?P<minute>\d{2}))?\s*(?P<half>[ap])?\.?\s*m?\.?\s*h?\s*$",
    re.IGNORECASE,
)


def parse_time(text: str) -> time | None:
    """A typed time: "16:00", "16.00", "1600", "16h", "4pm", "4:30 pm", "12 am"; None if not."""
    match = _TIME.match(text)
    if not match:
        return None
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    half = (match["half"] or "").lower()
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


class TimeField(QLineEdit):
    """A time typed as people write it; Up and Down move it by 15 minutes."""

    timeChanged = Signal(QTime)

    def __init__(self, value: QTime | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._time = value if value is not None else QTime(9, 0)
        self.setPlaceholderText(self.tr("e.g. 16:00 or 4pm"))
        self.setToolTip(self.tr("Type a time such as 16:00 or 4pm; Up and Down move it"))
        self.setMaximumWidth(140)
        self.editingFinished.connect(self._typed)
        self._show()

    def time(self) -> QTime:
        """The time typed (even before the field is left), else the last good one."""
        typed = parse_time(self.text())
        return QTime(typed.hour, typed.minute) if typed is not None else QTime(self._time)

    def setTime(self, value: QTime) -> None:
        changed = value != self._time
        self._time = QTime(value)
        self._show()
        if changed:
            self.timeChanged.emit(self.time())

    def is_valid(self) -> bool:
        """False while the text is not a time (the last good time is kept)."""
        return parse_time(self.text()) is not None

    def _show(self) -> None:
        self.setText(clock(self._time.toPython()))
        self.setStyleSheet("")

    def _typed(self) -> None:
        typed = parse_time(self.text())
        if typed is None:
            self.setStyleSheet("QLineEdit { border: 2px solid #b3261e; }")
            return
        self.setTime(QTime(typed.hour, typed.minute))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Up: 15, Qt.Key.Key_Down: -15}.get(Qt.Key(event.key()))
        if steps is None:
            super().keyPressEvent(event)
            return
        self._typed()
        self.setTime(self._time.addSecs(steps * 60))
        self.selectAll()


class DateField(QDateEdit):
    """A date in the short form with a calendar; Tab leaves it instead of walking its parts."""

    def __init__(self, value: QDate | date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_format(self.locale()))
        if isinstance(value, date):
            value = _qdate(value)
        if value is not None:
            self.setDate(value)

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)
