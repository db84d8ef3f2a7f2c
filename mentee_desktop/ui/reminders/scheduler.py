"""When to look at reminders again: one single-shot timer set to the next due time.

No polling: the timer is set to the moment the next reminder falls due (at most 15 minutes
ahead, and never beyond what a Qt timer can hold), and the answer is recomputed after every
edit. When the timer fires much later than expected the wall clock jumped (the laptop slept),
and what fell due meanwhile is announced as "while you were away".
"""

from __future__ import annotations

import logging
import math
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from mentee_desktop.data import reminder_state
from mentee_desktop.data.errors import StoreClosedError
from mentee_desktop.data.record_kind import RecordKind
from mentee_desktop.reminders import Reminder, check, fell_due_while_away, load_options
from mentee_desktop.reminders.model import RELATIONSHIP_CHECKIN
from mentee_desktop.ui.shell.services import AppServices

log = logging.getLogger(__name__)

#: a Qt timer holds at most a signed 32-bit number of milliseconds (about 24.8 days)
QT_TIMER_LIMIT_MS = 2**31 - 1
#: look again at least this often, whatever the next due time says
LONGEST_WAIT_MS = 15 * 60 * 1000
#: never spin: a due time already past is looked at after this short pause
SHORTEST_WAIT_MS = 200
#: a timer this late (or early) means the wall clock jumped
CLOCK_JUMP = timedelta(minutes=2)
#: edits often come in bursts (typing, a carry-over); look once after the burst
SETTLE_MS = 250
#: store changes that reminders themselves make, which need no new look
OWN_KIND = "reminder_state"


def timer_interval_ms(
    now: datetime, next_at: datetime | None, *, longest_ms: int = LONGEST_WAIT_MS
) -> int:
    """Milliseconds to wait until ``next_at``: 0 when past, at most ``longest_ms`` and 2**31-1."""
    limit = min(longest_ms, QT_TIMER_LIMIT_MS)
    if next_at is None:
        return limit
    seconds = (next_at - now).total_seconds()
    if seconds <= 0:
        return 0
    return min(limit, math.ceil(seconds * 1000))


def open_reminder(window: QMainWindow, reminder: Reminder) -> None:
    """Show the record a reminder is about, in its tab (a mentor: select them)."""
    if reminder.record_kind == "mentor":
        window.selector.select(reminder.record_id, None)
        relationship = window.tab_by_key.get("relationship")
        if reminder.kind == RELATIONSHIP_CHECKIN and relationship is not None:
            window.tabs.setCurrentWidget(relationship)
        window.show()
        window.raise_()
        window.activateWindow()
        return
    window.open_record(reminder.record_kind, reminder.record_id)


class ReminderScheduler(QObject):
    #: the reminders due now (a list of Reminder), after every look
    due_changed = Signal(object)
    #: reminders to announce (a list of Reminder) and whether they fell due while away
    announce = Signal(object, bool)

    def __init__(
        self,
        services: AppServices,
        parent: QObject | None = None,
        *,
        longest_wait_ms: int = LONGEST_WAIT_MS,
    ):
        super().__init__(parent)
        self.services = services
        self.longest_wait_ms = longest_wait_ms
        self.due: list[Reminder] = []
        self.next_at: datetime | None = None
        self.started_at: datetime | None = None
        self.clock_jumps = 0
        self.looks = 0
        self._expected_at: datetime | None = None
        self._stopped = False
        #: the options of the last look, and whether records changed since (settings alone
        #: change nothing that is due unless they change these options)
        self._options = None
        self._records_changed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._connect_callbacks()

    def _connect_callbacks(self) -> None:
        self._timer.timeout.connect(self._timer_fired)
        self._settle.timeout.connect(self._settled)
        self.services.store_changed.connect(self._store_changed)

    @property
    def started(self) -> bool:
        return self.started_at is not None

    @property
    def timer(self) -> QTimer:
        return self._timer

    def start(self) -> None:
        """The first look: what fell due while the app was closed is announced as such."""
        if self.started or self._stopped:
            return
        self.started_at = self.services.now()
        self.look(away_since=self.started_at)

    def stop(self) -> None:
        """Look no more (the reminders are being taken out of the window)."""
        self._stopped = True
        self._timer.stop()
        self._settle.stop()
        self.services.store_changed.disconnect(self._store_changed)

    def look(self, away_since: datetime | None = None) -> None:
        """Recompute what is due, announce what is new, and set the timer to the next change."""
        if not self.started or self._stopped:
            return
        self.looks += 1
        now = self.services.now()
        self._records_changed = False
        try:
            options = self.services.read(load_options)
            found = self.services.read(check, now, self.services.zone, options)
        except StoreClosedError:
            log.info("the store was closed; reminders stop looking")
            self.stop()
            return
        self._options = options
        self.due = found.due
        self.next_at = found.next_at
        self.due_changed.emit(found.due)
        if found.to_notify:
            away = fell_due_while_away(found.to_notify, away_since) if away_since else []
            self.announce.emit(found.to_notify, bool(away))
            keys = [r.key for r in found.to_notify]
            self.services.call(OWN_KIND, reminder_state.mark_shown, keys, now)
        self._arm(now)

    def _arm(self, now: datetime) -> None:
        wait = timer_interval_ms(now, self.next_at, longest_ms=self.longest_wait_ms)
        self._expected_at = now + timedelta(milliseconds=wait)
        self._timer.start(max(wait, SHORTEST_WAIT_MS))

    def _timer_fired(self) -> None:
        now = self.services.now()
        expected, self._expected_at = self._expected_at, None
        if expected is not None and abs(now - expected) > CLOCK_JUMP:
            self.clock_jumps += 1
            log.info("the clock jumped by %s (sleep or a clock change)", now - expected)
            self.look(away_since=now if now > expected else None)
            return
        self.look()

    def _store_changed(self, kind: str) -> None:
        if kind != OWN_KIND and self.started:
            if kind != RecordKind.SETTINGS:
                self._records_changed = True
            self._settle.start()

    def _settled(self) -> None:
        """Look again after a burst of edits; after settings alone only when the reminders'
        own options changed: a window's size, an export's folder or a splitter change nothing
        that is due, and a look reads every record that can fall due (45 ms on a ten-year
        store)."""
        if not self._records_changed and self._options is not None:
            try:
                if self.services.read(load_options) == self._options:
                    return
            except StoreClosedError:
                return
        self.look()

    # ----- what the user does with a reminder
    def snooze(self, reminders: list[Reminder], duration: timedelta = timedelta(hours=1)) -> bool:
        """Hide reminders for a while; they come back (and notify again) afterwards."""
        if not reminders:
            return False
        until = self.services.now() + duration
        keys = [r.key for r in reminders]
        done = self.services.call(OWN_KIND, reminder_state.snooze, keys, until)
        self.look()
        return done is not None

    def snooze_all(self, duration: timedelta = timedelta(hours=1)) -> bool:
        return self.snooze(list(self.due), duration)

    def dismiss(self, reminders: list[Reminder]) -> bool:
        """Put reminders away for good."""
        if not reminders:
            return False
        keys = [r.key for r in reminders]
        done = self.services.call(OWN_KIND, reminder_state.dismiss, keys, self.services.now())
        self.look()
        return done is not None
