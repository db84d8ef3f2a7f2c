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
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from mentee_desktop.data import settings
from mentee_desktop.data.record_kind import RecordKind
from mentee_desktop.ui.shell.features import claim

log = logging.getLogger(__name__)

IDLE_SETTING = "protection.idle_minutes"
DEFAULT_IDLE_MINUTES = 15
#: how often the idle time is looked at
CHECK_EVERY_MS = 30_000
LOCK, PROTECT, UNPROTECT = "lock", "protect", "unprotect"
#: the idle times offered in File › Lock when idle (minutes; 0 is "Never")
IDLE_CHOICES = (5, 10, 15, 30, 60, 0)
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


def save_idle_minutes(db, minutes: int) -> bool:
    """Keep the idle time with the store's settings; True once it is kept."""
    settings.put(db, IDLE_SETTING, minutes)
    return True


class ProtectionFeature(QObject):
    def __init__(self, window, monotonic: Callable[[], float]):
        super().__init__(window)
        self.window = window
        self.services = window.services
        self.key = getattr(self.services, "store_key", None)
        self.monotonic = monotonic
        self.last_activity = monotonic()
        #: what the start path does once the window's loop ends: None, (LOCK,),
        #: (PROTECT, passphrase, what to do with old backups) or (UNPROTECT, key)
        self.next_step: tuple | None = None
        self.idle_minutes = self.services.read(settings.get, IDLE_SETTING, DEFAULT_IDLE_MINUTES)
        self.protect_action = QAction(self.tr("Protect with a pa&ssphrase…"), window)
        self.lock_action = QAction(self.tr("Loc&k now"), window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        safety = getattr(window, "safety_actions", None)  # beside "Back up now"
        before = safety.back_up_action if safety is not None else window.file_export_separator
        self.change_action = QAction(self.tr("Chan&ge passphrase…"), window)
        self.unprotect_action = QAction(self.tr("Rem&ove protection…"), window)
        self.idle_menu = QMenu(self.tr("Lock &when idle"), window)
        self.idle_group = QActionGroup(self)
        for minutes in IDLE_CHOICES:
            choice = self.idle_menu.addAction(self._idle_label(minutes))
            choice.setCheckable(True)
            choice.setData(minutes)
            choice.setChecked(minutes == self.idle_minutes)
            self.idle_group.addAction(choice)
        if self.key is None:
            window.file_menu.insertAction(before, self.protect_action)
        else:
            for action in (self.lock_action, self.idle_menu.menuAction(), self.change_action):
                window.file_menu.insertAction(before, action)
            window.file_menu.insertAction(before, self.unprotect_action)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self._connect_callbacks()
        if self.key is not None:
            QApplication.instance().installEventFilter(self)
            self.timer.start()

    def _connect_callbacks(self) -> None:
        self.protect_action.triggered.connect(self.ask_to_protect)
        self.lock_action.triggered.connect(self.lock)
        self.change_action.triggered.connect(self.ask_to_change_passphrase)
        self.unprotect_action.triggered.connect(self.ask_to_unprotect)
        self.idle_group.triggered.connect(lambda action: self.set_idle_minutes(action.data()))
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

    def _idle_label(self, minutes: int) -> str:
        if not minutes:
            return self.tr("Never")
        return self.tr("After {0} minutes").format(minutes)  # every choice is plural

    def set_idle_minutes(self, minutes: int) -> None:
        """Lock after ``minutes`` without use (0: never); kept with the other settings."""
        if not self.services.call(RecordKind.SETTINGS, save_idle_minutes, minutes):
            return  # the message bar said why; the old time stays
        self.idle_minutes = minutes
        self.last_activity = self.monotonic()
        for action in self.idle_group.actions():
            action.setChecked(action.data() == minutes)

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

    def ask_to_change_passphrase(self):
        """File › Change passphrase…: the slot is sealed anew at once (the store stays open)."""
        from mentee_desktop.ui.protection.passphrase_dialogs import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.window.data_dir, self.window)
        dialog.accepted.connect(
            lambda: self.window.show_info(
                self.tr("Your passphrase was changed; the recovery key stays the same.")
            )
        )
        self.change_dialog = dialog
        dialog.open()
        return dialog

    def ask_to_unprotect(self):
        """File › Remove protection…: once the passphrase is proven, the window closes and
        the start path decrypts the store (it must be closed while it is rewritten)."""
        from mentee_desktop.ui.protection.passphrase_dialogs import RemoveProtectionDialog

        dialog = RemoveProtectionDialog(self.window.data_dir, self.window)
        dialog.accepted.connect(lambda: self._unprotect(dialog.key))
        self.unprotect_dialog = dialog
        dialog.open()
        return dialog

    def _unprotect(self, key) -> None:
        self.window.save_state()
        self.next_step = (UNPROTECT, key)
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)
        self.window.quit_application()

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
