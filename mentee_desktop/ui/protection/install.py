"""Wire protection into a main window: File › Protect with a passphrase… on a plain store;
File › Lock now, the tray's "Lock now" and the lock after idle time on a protected one.

Locking saves every editor (``save_state`` flushes them), notes when reminders fall due
(times only, see ``data/protection/due_times``) and ends the window's event loop with
``next_step`` set; the start path (``app_session``) then drops the window, closes the
store and shows the unlock window. Turning protection on goes the same way, because the
store must be closed while it is rewritten.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from mentee_desktop.data import settings
from mentee_desktop.ui.shell.features import claim

log = logging.getLogger(__name__)

IDLE_SETTING = "protection.idle_minutes"
DEFAULT_IDLE_MINUTES = 15
#: how often the idle time is looked at
CHECK_EVERY_MS = 30_000
LOCK, PROTECT = "lock", "protect"
ACTIVITY = (
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
)


def install(window, *, monotonic: Callable[[], float] | None = None) -> None:
    """Add Protect / Lock to the window (after reminders: Lock goes into the tray's menu).
    The idle time is measured with ``monotonic``, by default the window's own clock for it."""
    claim(window, "protection")
    monotonic = monotonic or getattr(window.services, "monotonic", time.monotonic)
    window.protection = ProtectionFeature(window, monotonic)


class ProtectionFeature(QObject):
    def __init__(self, window, monotonic: Callable[[], float]):
        super().__init__(window)
        self.window = window
        self.services = window.services
        self.key = getattr(self.services, "store_key", None)
        self.monotonic = monotonic
        self.last_activity = monotonic()
        #: what the start path does once the window's loop ends: None, (LOCK,) or
        #: (PROTECT, passphrase, what to do with old backups)
        self.next_step: tuple | None = None
        self.idle_minutes = self.services.read(settings.get, IDLE_SETTING, DEFAULT_IDLE_MINUTES)
        self.protect_action = QAction(self.tr("Protect with a pa&ssphrase…"), window)
        self.lock_action = QAction(self.tr("Loc&k now"), window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        safety = getattr(window, "safety_actions", None)  # beside "Back up now"
        before = safety.back_up_action if safety is not None else window.file_export_separator
        window.file_menu.insertAction(
            before, self.protect_action if self.key is None else self.lock_action
        )
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self._connect_callbacks()
        if self.key is not None:
            QApplication.instance().installEventFilter(self)
            self.timer.start()

    def _connect_callbacks(self) -> None:
        self.protect_action.triggered.connect(self.ask_to_protect)
        self.lock_action.triggered.connect(self.lock)
        self.timer.timeout.connect(self.check_idle)
        tray = getattr(getattr(self.window, "reminders", None), "tray", None)
        if tray is not None and self.key is not None:
            tray.menu.aboutToShow.connect(self._add_to_tray_menu)

    def _add_to_tray_menu(self) -> None:
        """After the tray rebuilt its menu: "Lock now" just above "Quit"."""
        actions = self.window.reminders.tray.menu.actions()
        self.window.reminders.tray.menu.insertAction(
            actions[-1] if actions else None, self.lock_action
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self.last_activity = self.monotonic()
        return False

    def check_idle(self) -> bool:
        """Lock when nobody touched the app for the idle time; True when it locked."""
        if self.key is None or self.next_step is not None or not self.idle_minutes:
            return False
        if self.monotonic() - self.last_activity < float(self.idle_minutes) * 60:
            return False
        log.info("locking after %s idle minutes", self.idle_minutes)
        self.lock()
        return True

    def lock(self) -> None:
        """Save what is being typed, note the due times, and end the window's loop."""
        self.window.save_state()  # flushes every editor into the store
        self._note_due_times()
        self.next_step = (LOCK,)
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)
        self.window.quit_application()

    def _note_due_times(self) -> None:
        from mentee_desktop.data.protection.due_times import write_due_times
        from mentee_desktop.reminders import check

        try:
            found = self.services.read(check, self.services.now(), self.services.zone)
            write_due_times(self.window.data_dir, due_now=bool(found.due), next_at=found.next_at)
        except Exception:  # the lock must happen even if this fails
            log.exception("could not note the reminder times before locking")

    def ask_to_protect(self) -> None:
        from mentee_desktop.ui.protection.protect_dialog import ProtectDialog

        dialog = ProtectDialog(self.window)
        if dialog.exec() != ProtectDialog.DialogCode.Accepted:
            return
        self.window.save_state()
        self.next_step = (PROTECT, dialog.passphrase.text(), dialog.old_backups)
        dialog.passphrase.clear()
        dialog.repeat.clear()
        self.window.quit_application()
