"""The tray while the store is locked: no names, no text; only "a reminder is due"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from mentee_desktop.data.protection.due_times import next_due, reminder_due
from mentee_desktop.ui.reminders.tray import panel_is_dark, tray_icon


class LockedTray(QObject):
    def __init__(
        self,
        data_dir: Path,
        clock: Callable[[], datetime],
        on_unlock: Callable[[], None],
        on_quit: Callable[[], None],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.data_dir, self.clock = data_dir, clock
        self.icon = QSystemTrayIcon(self)
        self.menu = QMenu()
        self.menu.addAction(self.tr("Unlock…")).triggered.connect(on_unlock)
        self.menu.addAction(self.tr("Quit")).triggered.connect(on_quit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(lambda *_: on_unlock())
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.refresh)
        self.refresh()
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon.show()

    def refresh(self) -> None:
        now = self.clock()
        due = reminder_due(self.data_dir, now)
        self.icon.setIcon(tray_icon(1 if due else 0, dark_panel=panel_is_dark()))
        if due:
            self.icon.setToolTip(self.message())
            if self.icon.isVisible():
                self.icon.showMessage("Mentee Desktop", self.message())
            return
        self.icon.setToolTip(self.tr("Mentee Desktop — locked"))
        upcoming = next_due(self.data_dir)
        if upcoming is not None:
            wait_ms = int((upcoming - now).total_seconds() * 1000) + 1000
            self.timer.start(max(1000, min(wait_ms, 3_600_000)))

    def message(self) -> str:
        return self.tr("A mentoring reminder is due — unlock to see it")

    def close(self) -> None:
        self.timer.stop()
        self.icon.hide()
        self.menu.deleteLater()
