"""The tray icon: a count of due reminders, a menu rebuilt each time it opens, notifications.

With a tray, closing the window keeps the app running there (said once); the tray menu's
"Quit" ends it.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QFont, QGuiApplication, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QSystemTrayIcon

from mentee_desktop.data import meetings, mentors, settings
from mentee_desktop.data.record_kind import RecordKind
from mentee_desktop.reminders import Reminder, check
from mentee_desktop.reminders.options import TRAY_NOTE_SHOWN
from mentee_desktop.reminders.texts import shorten
from mentee_desktop.resource_files import resource_path
from mentee_desktop.ui.reminders.scheduler import ReminderScheduler, open_reminder
from mentee_desktop.ui.reminders.words import meeting_when, words

#: reminders listed in the menu; the rest are counted ("3 more…")
MENU_LIMIT = 10
ICON_SIZES = (16, 22, 24, 32, 48, 64)
BADGE_COLOUR = QColor("#c62828")
MESSAGE_MS = 15_000


def panel_is_dark() -> bool:
    """Guess whether the panel behind the tray is dark (most desktop panels are)."""
    hints = QGuiApplication.styleHints()
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        return True
    if hints.colorScheme() == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().window().color().lightness() < 128


def badge_text(count: int) -> str:
    return str(count) if count < 10 else "9+"


def tray_icon(count: int, *, dark_panel: bool) -> QIcon:
    """The monochrome app glyph for the panel's brightness, with a red count badge."""
    glyph = QIcon(str(resource_path(f"icons/tray-{'light' if dark_panel else 'dark'}.svg")))
    icon = QIcon()
    for size in ICON_SIZES:
        pixmap = glyph.pixmap(size, size)
        if count > 0:
            _paint_badge(pixmap, size, badge_text(count))
        icon.addPixmap(pixmap)
    return icon


def _paint_badge(pixmap: QPixmap, size: int, text: str) -> None:
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    diameter = size * (0.62 if len(text) == 1 else 0.7)
    rect = QRectF(size - diameter, 0, diameter, diameter)
    painter.setPen(QPen(QColor("white"), max(1.0, size / 24)))
    painter.setBrush(BADGE_COLOUR)
    painter.drawEllipse(rect.adjusted(0.5, 0.5, -0.5, -0.5))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(7, round(diameter * (0.68 if len(text) == 1 else 0.5))))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()


def menu_text(text: str) -> str:
    """User text as a menu label: one line, and a literal ``&`` (not a shortcut marker)."""
    return shorten(text, 70).replace("&", "&&")


class ReminderTray(QObject):
    """The tray icon of one window; reminders come from its scheduler."""

    def __init__(self, window: QMainWindow, scheduler: ReminderScheduler, open_settings=None):
        super().__init__(window)
        self.window = window
        self.services = window.services
        self.scheduler = scheduler
        self.open_settings = open_settings
        self.count = 0
        self._dark_panel = panel_is_dark()
        self._message_target: Reminder | None = None
        #: the last notification shown (title, text), for the window and for checks
        self.last_message: tuple[str, str] | None = None
        self.menu = QMenu(window)
        self.menu.setAccessibleName(self.tr("Mentee Desktop reminders"))
        self.icon = QSystemTrayIcon(self)
        self.icon.setContextMenu(self.menu)
        self.show_count(self.scheduler.due)
        self._connect_callbacks()

    def _connect_callbacks(self) -> None:
        self.menu.aboutToShow.connect(self.rebuild_menu)
        self.scheduler.due_changed.connect(self.show_count)
        self.scheduler.announce.connect(self.announce)
        self.icon.messageClicked.connect(self._message_clicked)
        self.icon.activated.connect(self._activated)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._colour_scheme_changed)

    def _colour_scheme_changed(self) -> None:
        self._dark_panel = panel_is_dark()
        self.show_count(self.scheduler.due)

    def show(self) -> None:
        """Put the icon in the tray; from now on closing the window keeps the app running."""
        self.icon.show()
        self.window.close_guards.append(self.keep_running)
        self.window.close_hooks.append(self.window_closed)

    def window_closed(self) -> None:
        """The window really closed (Quit, or the tray went away): end the app with it."""
        self.icon.hide()
        QApplication.quit()

    # ----- icon and menu
    def show_count(self, due: list[Reminder]) -> None:
        self.count = len(due)
        self.icon.setIcon(tray_icon(self.count, dark_panel=self._dark_panel))
        if self.count == 1:
            tip = self.tr("Mentee Desktop — 1 reminder")
        elif self.count:
            tip = self.tr("Mentee Desktop — %n reminders", "", self.count)
        else:
            tip = self.tr("Mentee Desktop — nothing due")
        self.icon.setToolTip(tip)

    def rebuild_menu(self) -> None:
        """Fill the menu from the store as it is now (called each time it is about to show)."""
        self.menu.clear()
        now = self.services.now()
        self._add_next_meeting(now)
        self.menu.addSeparator()
        due = self.services.read(check, now, self.services.zone).due
        for reminder in due[:MENU_LIMIT]:
            title, text = words(reminder)
            action = self.menu.addAction(menu_text(title))
            action.setToolTip(text)
            action.setStatusTip(text)
            if reminder.urgent:
                font = action.font()
                font.setBold(True)
                action.setFont(font)
            action.triggered.connect(lambda _=False, r=reminder: open_reminder(self.window, r))
        if len(due) > MENU_LIMIT:
            more = self.menu.addAction(self.tr("%n more…", "", len(due) - MENU_LIMIT))
            more.triggered.connect(self.open_window)
        if not due:
            self.menu.addAction(self.tr("Nothing due — well done")).setEnabled(False)
        self.menu.addSeparator()
        snooze = self.menu.addAction(self.tr("Snooze all for 1 hour"))
        snooze.setEnabled(bool(due))
        snooze.triggered.connect(lambda: self.scheduler.snooze(due, timedelta(hours=1)))
        if self.open_settings is not None:
            settings_action = self.menu.addAction(self.tr("Reminder settings…"))
            settings_action.triggered.connect(self._open_settings)
        self.menu.addSeparator()
        self.menu.addAction(self.tr("Open Mentee Desktop")).triggered.connect(self.open_window)
        self.menu.addAction(self.tr("Quit")).triggered.connect(self.window.quit_application)

    def _add_next_meeting(self, now) -> None:
        upcoming = self.services.read(meetings.next_upcoming, now)
        if upcoming is None:
            self.menu.addAction(self.tr("No meeting planned")).setEnabled(False)
            return
        who = self.services.read(mentors.get, upcoming.mentor_id).name
        label = self.tr("Next: {0} · {1}").format(
            shorten(who, 40), meeting_when(upcoming, self.services.zone)
        )
        action: QAction = self.menu.addAction(menu_text(label))
        action.triggered.connect(lambda: self.window.open_record(RecordKind.MEETING, upcoming.id))

    def actions_text(self) -> list[str]:
        """The menu's labels as shown (separators as ``---``), e.g. for checks."""
        return [
            "---" if a.isSeparator() else a.text().replace("&&", "&") for a in self.menu.actions()
        ]

    # ----- notifications
    def announce(self, reminders: list[Reminder], while_away: bool) -> None:
        if not reminders:
            return
        self._message_target = reminders[0]
        icon = (
            QSystemTrayIcon.MessageIcon.Warning
            if any(r.urgent for r in reminders)
            else QSystemTrayIcon.MessageIcon.Information
        )
        if len(reminders) == 1 and not while_away:
            title, text = words(reminders[0])
        elif len(reminders) == 1:
            title = self.tr("While you were away")
            text = "\n".join(words(reminders[0]))
        else:
            title = (
                self.tr("While you were away")
                if while_away
                else self.tr("%n reminders", "", len(reminders))
            )
            lines = ["• " + shorten(words(r)[0], 70) for r in reminders[:5]]
            if len(reminders) > 5:
                lines.append(self.tr("and %n more", "", len(reminders) - 5))
            text = "\n".join(lines)
        self._show_message(title, text, icon)

    def _show_message(self, title: str, text: str, icon: QSystemTrayIcon.MessageIcon) -> None:
        self.last_message = (title, text)
        self.icon.showMessage(title, text, icon, MESSAGE_MS)

    def _message_clicked(self) -> None:
        if self._message_target is not None:
            open_reminder(self.window, self._message_target)
        else:
            self.open_window()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            if self.window.isVisible() and not self.window.isMinimized():
                self.window.hide()
            else:
                self.open_window()

    def _open_settings(self) -> None:
        """The settings dialog belongs to the window: bring the window back first."""
        self.open_window()
        self.open_settings()

    def open_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    # ----- closing
    def keep_running(self) -> bool:
        """Close guard: with the icon in the tray, closing hides the window (said once)."""
        if not self.icon.isVisible():
            return False
        if not self.services.read(settings.get, TRAY_NOTE_SHOWN, False):
            self._message_target = None
            self._show_message(
                self.tr("Mentee Desktop is still running"),
                self.tr(
                    "It keeps reminding you from the tray. To quit, use Quit in the tray menu "
                    "or File ▸ Quit."
                ),
                QSystemTrayIcon.MessageIcon.Information,
            )
            self.services.call(RecordKind.SETTINGS, settings.put, TRAY_NOTE_SHOWN, True)
        return True
