"""The meetings of one mentor for the meeting selector: upcoming first, then the past, lazily.

Upcoming meetings (few) are read at once; past ones arrive a page at a time as the list is
scrolled, so a mentor with 10,000 meetings opens as fast as one with ten.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from sqlite_utils import Database

from mentee_desktop.data import meetings
from mentee_desktop.data.meetings import Meeting
from mentee_desktop.data.timestamps import to_db
from mentee_desktop.ui.widgets import dates

#: past meetings read at a time: two popups' worth (it shows 16), so the first read is small
PAGE = 32
Index = QModelIndex | QPersistentModelIndex


def place_of(zone_name: str) -> str:
    """The city of an IANA zone, as people say it: "Asia/Tokyo" -> "Tokyo"."""
    return zone_name.rsplit("/", 1)[-1].replace("_", " ")


def clock_here(start: datetime, zone_name: str, user_zone: tzinfo | None) -> str:
    """ "01:00 your time" when the meeting's zone differs from the user's then, else ""."""
    if user_zone is None:
        return ""
    local = start.astimezone(ZoneInfo(zone_name))
    mine = start.astimezone(user_zone)
    if local.utcoffset() == mine.utcoffset():
        return ""
    clock = dates.clock(mine.time())
    if mine.date() != local.date():
        clock = f"{dates.short_date(mine.date(), weekday=True, year=False)} {clock}"
    return QCoreApplication.translate("MeetingListModel", "{0} your time").format(clock)


def your_time(start: datetime, zone_name: str, user_zone: tzinfo | None) -> str:
    """ "09:00 Tokyo · 01:00 your time" when the zones differ at that moment, else ""."""
    here = clock_here(start, zone_name, user_zone)
    if not here:
        return ""
    local = start.astimezone(ZoneInfo(zone_name))
    there = dates.clock(local.time())
    return f"{there} {place_of(zone_name)} · {here}"


def meeting_label(
    meeting: Meeting, *, locale: QLocale | None = None, user_zone: tzinfo | None = None
) -> str:
    """ "Thu 28 Nov 2026, 15:00 (Europe/Berlin) · planned" in the user's locale; with the
    user's own time too when the meeting's zone differs ("… · 01:00 your time")."""
    text = dates.date_and_clock(meeting.local_start, locale)
    status = {
        "planned": "",
        "held": QCoreApplication.translate("MeetingListModel", " · held"),
        "cancelled": QCoreApplication.translate("MeetingListModel", " · cancelled"),
    }[meeting.status]
    here = clock_here(meeting.starts_at, meeting.timezone, user_zone)
    return f"{text} ({meeting.timezone}){' · ' + here if here else ''}{status}"


class MeetingListModel(QAbstractListModel):
    MeetingIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self._db = db
        self._mentor_id: int | None = None
        self._rows: list[Meeting] = []
        self._past_loaded = 0
        self._past_total = 0
        self._split: str = ""
        #: the user's own zone: labels add "· 01:00 your time" where the meeting's differs
        self.user_zone: tzinfo | None = None

    def load(self, mentor_id: int | None, now: datetime) -> None:
        self.beginResetModel()
        self._mentor_id = mentor_id
        self._rows = []
        self._past_loaded = 0
        self._past_total = 0
        if mentor_id is not None:
            self._split = to_db(now - timedelta(hours=3))  # where list_upcoming starts
            upcoming = meetings.list_upcoming(self._db, mentor_id, now)
            self._rows = upcoming
            self._past_total = meetings.count_for_mentor(self._db, mentor_id) - len(upcoming)
            # the first page of the past at once: a mentor with only past meetings shows them
            self._rows = upcoming + self._past_page()
        self.endResetModel()

    def _past_page(self) -> list[Meeting]:
        if self._mentor_id is None or self._past_loaded >= self._past_total:
            return []
        page = meetings.list_past(self._db, self._mentor_id, self._split, PAGE, self._past_loaded)
        if not page:
            self._past_total = self._past_loaded
        self._past_loaded += len(page)
        return page

    def default_row(self, now: datetime) -> int:
        """The meeting to show first: one under way, else the next upcoming (planned before
        held or cancelled), else the most recent past one; -1 with no meetings."""
        started = [(r, m) for r, m in enumerate(self._rows) if m.starts_at <= now]
        for row, meeting in started:
            if meeting.ends_at > now and meeting.status != "cancelled":
                return row
        ahead = [(r, m) for r, m in enumerate(self._rows) if m.starts_at > now]
        for row, meeting in ahead:
            if meeting.status == "planned":
                return row
        if started:
            return max(started, key=lambda pair: (pair[1].starts_at, pair[1].id))[0]
        return ahead[0][0] if ahead else -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._past_loaded < self._past_total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._mentor_id is None:
            return
        page = self._past_page()
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        meeting = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return meeting_label(meeting, user_zone=self.user_zone)
        if role == self.MeetingIdRole:
            return meeting.id
        return None

    def row_of(self, meeting_id: int) -> int:
        """The row of a meeting, loading past pages until it is found; -1 when absent."""
        while True:
            for row, meeting in enumerate(self._rows):
                if meeting.id == meeting_id:
                    return row
            if not self.canFetchMore():
                return -1
            self.fetchMore()

    def meeting_at(self, row: int) -> Meeting | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None
