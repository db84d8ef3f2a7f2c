"""Wire reminders into a main window: the tray where there is one, a bar in the window where not.

``install(window)`` adds the scheduler, the tray icon (closing then keeps the app in the tray)
or the reminders bar with the count in the title (closing then quits), and "Reminders…" in the
Edit menu. The first look runs once the window is painted, so start-up is not delayed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QSystemTrayIcon

from mentee_desktop.reminders import Reminder, load_options
from mentee_desktop.ui.reminders.bar import RemindersBar
from mentee_desktop.ui.reminders.scheduler import ReminderScheduler, open_reminder
from mentee_desktop.ui.reminders.settings_dialog import open_reminder_settings
from mentee_desktop.ui.reminders.tray import ReminderTray
from mentee_desktop.ui.shell.features import claim

#: the first look at what is due happens at the latest this long after start
FIRST_LOOK_LATEST_MS = 1000


@dataclass
class RemindersFeature:
    """What :func:`install` added to a window (kept on ``window.reminders``)."""

    scheduler: ReminderScheduler
    tray: ReminderTray | None
    bar: RemindersBar | None
    settings_action: QAction
    open_settings: Callable[[], object]
    #: what to undo when the feature is taken out again
    added_actions: list[QAction] = field(default_factory=list)
    base_title: str = ""
    quit_on_last_window: bool = True

    @property
    def has_tray(self) -> bool:
        return self.tray is not None


def tray_is_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def install(window: QMainWindow, *, tray_available: bool | None = None) -> None:
    """Add reminders to ``window``; ``tray_available`` overrides the desktop's answer (tests)."""
    claim(window, "reminders")
    has_tray = tray_is_available() if tray_available is None else tray_available
    scheduler = ReminderScheduler(window.services, window)

    def open_settings():
        return open_reminder_settings(window, tray_available=has_tray)

    settings_action = QAction(QCoreApplication.translate("MainWindow", "&Reminders…"), window)
    settings_action.setStatusTip(
        QCoreApplication.translate("MainWindow", "When and how Mentee Desktop reminds you")
    )
    settings_action.triggered.connect(open_settings)
    separator = window.edit_menu.addSeparator()
    window.edit_menu.addAction(settings_action)
    feature = RemindersFeature(
        scheduler,
        None,
        None,
        settings_action,
        open_settings,
        added_actions=[separator, settings_action],
        base_title=window.windowTitle(),
        quit_on_last_window=QApplication.instance().quitOnLastWindowClosed(),
    )

    #: read by the app: with a tray and this option, the window is not shown at start
    window.start_hidden = has_tray and window.services.read(load_options).start_hidden
    if has_tray:
        feature.tray = ReminderTray(window, scheduler, open_settings)
        feature.tray.show()
        # the app lives on while its window is hidden; Quit ends it explicitly
        app = QApplication.instance()
        app.setQuitOnLastWindowClosed(False)
        before = feature.quit_on_last_window
        window.destroyed.connect(lambda *_: app.setQuitOnLastWindowClosed(before))
        if window.start_hidden:
            QTimer.singleShot(0, window, window.hide)  # in case it was shown regardless
    else:
        feature.bar = RemindersBar(
            open_reminder=lambda reminder: open_reminder(window, reminder),
            snooze=scheduler.snooze,
            dismiss=scheduler.dismiss,
            open_settings=open_settings,
        )
        window.notices.add(feature.bar)
        scheduler.due_changed.connect(feature.bar.show_due)
        scheduler.announce.connect(feature.bar.show_away)
        _count_in_title(window, scheduler, feature.base_title)
    window.reminders = feature
    # the first look waits for the window's first paint (start-up is not delayed by it), or
    # a moment when the window is not shown (started hidden in the tray)
    first_painted = getattr(window, "first_painted", None)
    if first_painted is not None:
        first_painted.connect(scheduler.start)
    QTimer.singleShot(FIRST_LOOK_LATEST_MS if first_painted else 0, scheduler, scheduler.start)


def _count_in_title(window: QMainWindow, scheduler: ReminderScheduler, base: str) -> None:
    """ "Mentee Desktop (2)": the count of due reminders, where no tray icon can show it."""

    def show(due: list[Reminder]) -> None:
        window.setWindowTitle(f"{base} ({len(due)})" if due else base)

    scheduler.due_changed.connect(show)
