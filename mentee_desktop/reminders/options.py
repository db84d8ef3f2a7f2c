"""The reminder preferences, stored per database; anything missing or damaged reads as default."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlite_utils import Database

from mentee_desktop.data import settings
from mentee_desktop.reminders.model import KINDS

PREPARE_HOURS = "reminders.prepare_hours"
SOON_MINUTES = "reminders.soon_minutes"
FEEDBACK_DAYS = "reminders.feedback_days"
#: shared with the Relationship tab, which prompts for a check-in on the same rule
CHECKIN_EVERY = "relationship.checkin_every"
KINDS_KEY = "reminders.kinds"
QUIET_HOURS = "reminders.quiet_hours"
START_HIDDEN = "reminders.start_hidden"
AUTOSTART = "reminders.autostart"
#: set once the user was told that closing the window keeps the app in the tray
TRAY_NOTE_SHOWN = "reminders.tray_note_shown"


@dataclass(frozen=True)
class QuietHours:
    """A daily window (in the user's zone) without notifications; it may cross midnight."""

    enabled: bool = True
    start: time = time(22, 0)
    end: time = time(7, 0)

    @property
    def active(self) -> bool:
        return self.enabled and self.start != self.end

    def contains(self, moment: datetime, zone: tzinfo) -> bool:
        if not self.active:
            return False
        local = moment.astimezone(zone).time().replace(tzinfo=None)
        if self.start < self.end:
            return self.start <= local < self.end
        return local >= self.start or local < self.end

    def end_after(self, moment: datetime, zone: tzinfo) -> datetime:
        """The first end of quiet hours after ``moment``."""
        day: date = moment.astimezone(zone).date()
        for offset in range(3):
            candidate = datetime.combine(day + timedelta(days=offset), self.end, zone)
            if candidate > moment:
                return candidate
        return moment + timedelta(days=1)  # unreachable: one of three days is later

    def to_json(self) -> dict[str, Any]:
        return {
            "enabled": self.enabled,
            "start": self.start.strftime("%H:%M"),
            "end": self.end.strftime("%H:%M"),
        }

    @classmethod
    def from_json(cls, value: Any) -> QuietHours:
        default = cls()
        if not isinstance(value, dict):
            return default
        try:
            start = time.fromisoformat(str(value.get("start", "22:00")))
            end = time.fromisoformat(str(value.get("end", "07:00")))
        except ValueError:
            return default
        return cls(bool(value.get("enabled", True)), start, end)


@dataclass(frozen=True)
class ReminderOptions:
    prepare_hours: int = 24
    soon_minutes: int = 15
    feedback_days: int = 7
    checkin_every_meetings: int = 4
    kinds: dict[str, bool] = field(default_factory=lambda: dict.fromkeys(KINDS, True))
    quiet_hours: QuietHours = field(default_factory=QuietHours)
    start_hidden: bool = False
    autostart: bool = False

    def enabled(self, kind: str) -> bool:
        return self.kinds.get(kind, True)

    @property
    def prepare_lead(self) -> timedelta:
        return timedelta(hours=self.prepare_hours)

    @property
    def soon_lead(self) -> timedelta:
        return timedelta(minutes=self.soon_minutes)

    def with_kinds(self, **on: bool) -> ReminderOptions:
        return replace(self, kinds=self.kinds | on)

    def to_settings(self) -> dict[str, Any]:
        """The settings rows these options are stored as."""
        return {
            PREPARE_HOURS: self.prepare_hours,
            SOON_MINUTES: self.soon_minutes,
            FEEDBACK_DAYS: self.feedback_days,
            CHECKIN_EVERY: self.checkin_every_meetings,
            KINDS_KEY: dict(self.kinds),
            QUIET_HOURS: self.quiet_hours.to_json(),
            START_HIDDEN: self.start_hidden,
            AUTOSTART: self.autostart,
        }


def _number(value: Any, default: int, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    return int(min(high, max(low, value)))


def load_options(db: Database) -> ReminderOptions:
    """Read the options, falling back to the default for anything absent or unusable."""
    default = ReminderOptions()
    kinds = dict(default.kinds)
    stored_kinds = settings.get(db, KINDS_KEY)
    if isinstance(stored_kinds, dict):
        kinds.update({k: bool(v) for k, v in stored_kinds.items() if k in kinds})
    return ReminderOptions(
        prepare_hours=_number(settings.get(db, PREPARE_HOURS), default.prepare_hours, 1, 24 * 14),
        soon_minutes=_number(settings.get(db, SOON_MINUTES), default.soon_minutes, 1, 240),
        feedback_days=_number(settings.get(db, FEEDBACK_DAYS), default.feedback_days, 1, 365),
        checkin_every_meetings=_number(
            settings.get(db, CHECKIN_EVERY), default.checkin_every_meetings, 1, 100
        ),
        kinds=kinds,
        quiet_hours=QuietHours.from_json(settings.get(db, QUIET_HOURS)),
        start_hidden=bool(settings.get(db, START_HIDDEN, False)),
        autostart=bool(settings.get(db, AUTOSTART, False)),
    )


def save_options(db: Database, options: ReminderOptions) -> ReminderOptions:
    """Store every option in one transaction; returns what was stored."""
    settings.put_many(db, options.to_settings())
    return options
