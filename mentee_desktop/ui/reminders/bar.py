"""Reminders inside the window, for desktops without a system tray: a bar at the top.

Folded, the bar is one line: how many reminders are due and the first of them, so it fits
the line the window keeps free for it and moves nothing when reminders come and go. Show
unfolds it: each due reminder gets a row with Open, Snooze and Dismiss. "While you were away"
heads the bar when the reminders fell due while the app was closed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mentee_desktop.reminders import Reminder
from mentee_desktop.reminders.texts import shorten
from mentee_desktop.ui.reminders import words as reminder_words


class ReminderRow(QWidget):
    """One reminder: its title and text, and what to do with it."""

    open_clicked = Signal(object)
    snooze_clicked = Signal(object)
    dismiss_clicked = Signal(object)

    def __init__(self, reminder: Reminder, parent: QWidget | None = None):
        super().__init__(parent)
        self.reminder = reminder
        title, text = reminder_words.words(reminder)
        self.title = QLabel(shorten(title, 120))
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(shorten(text, 240))
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.title.setToolTip(text)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open: {0}").format(title))
        self.snooze_button = QPushButton(self.tr("Snooze 1 h"))
        self.snooze_button.setAccessibleName(self.tr("Snooze for one hour: {0}").format(title))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss for good: {0}").format(title))
        words = QVBoxLayout()
        words.setSpacing(0)
        words.addWidget(self.title)
        words.addWidget(self.text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        marker = QLabel("●" if reminder.urgent else "○")
        marker.setAccessibleName(self.tr("urgent") if reminder.urgent else self.tr("reminder"))
        layout.addWidget(marker, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(words, 1)
        for button in (self.open_button, self.snooze_button, self.dismiss_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self._connect_callbacks()

    def _connect_callbacks(self) -> None:
        self.open_button.clicked.connect(lambda: self.open_clicked.emit(self.reminder))
        self.snooze_button.clicked.connect(lambda: self.snooze_clicked.emit(self.reminder))
        self.dismiss_button.clicked.connect(lambda: self.dismiss_clicked.emit(self.reminder))


class RemindersBar(QFrame):
    """The due reminders above the tabs; hidden when nothing is due."""

    def __init__(
        self,
        *,
        open_reminder: Callable[[Reminder], None],
        snooze: Callable[[list[Reminder], timedelta], object],
        dismiss: Callable[[list[Reminder]], object],
        open_settings: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("remindersBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Reminders"))
        self.setStyleSheet(
            "#remindersBar { background: palette(alternate-base); border-left: 4px solid #c47f00; }"
        )
        self._open = open_reminder
        self._snooze = snooze
        self._dismiss = dismiss
        self.due: list[Reminder] = []
        self.rows: list[ReminderRow] = []
        self.expanded = False
        self.away_text = ""
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        #: folded: the first reminder's title beside the heading
        self.first = QLabel()
        self.first.setTextFormat(Qt.TextFormat.PlainText)
        self.first.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.expand_button = QPushButton()
        self.expand_button.setAccessibleName(self.tr("Show the reminders or fold them"))
        self.snooze_all_button = QPushButton(self.tr("Snooze all for 1 hour"))
        self.snooze_all_button.setAccessibleName(self.tr("Snooze all reminders for one hour"))
        self.settings_button = QPushButton(self.tr("Settings…"))
        self.settings_button.setAccessibleName(self.tr("Reminder settings"))
        self.settings_button.setVisible(open_settings is not None)
        self._open_settings = open_settings
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.first, 1)
        top.addWidget(self.expand_button)
        top.addWidget(self.snooze_all_button)
        top.addWidget(self.settings_button)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 8, 4)
        layout.addLayout(top)
        layout.addLayout(self.rows_layout)
        self._connect_callbacks()
        self.hide()

    def _connect_callbacks(self) -> None:
        self.expand_button.clicked.connect(self._toggle_expanded)
        self.snooze_all_button.clicked.connect(
            lambda: self._acted(self._snooze, list(self.due), timedelta(hours=1))
        )
        if self._open_settings is not None:
            self.settings_button.clicked.connect(self._open_settings)

    def show_due(self, due: list[Reminder]) -> None:
        """List these reminders (hide the bar when there are none)."""
        if list(due) == self.due and self.rows:
            return  # unchanged: keep the rows (and the keyboard focus) as they are
        self.due = list(due)
        if not self.due:
            self.away_text = ""
        self._fill()

    def show_away(self, reminders: list[Reminder], while_away: bool) -> None:
        """Head the bar with what fell due while the app was closed, and ask for attention."""
        if while_away:
            if len(reminders) == 1:
                self.away_text = self.tr("While you were away, 1 reminder fell due")
            else:
                self.away_text = self.tr(
                    "While you were away, %n reminders fell due", "", len(reminders)
                )
            self._fill()
        window = self.window()
        if window is not None and window.isVisible():
            QApplication.alert(window)

    def _fill(self) -> None:
        for row in self.rows:
            self.rows_layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        if not self.due:
            self.hide()
            return
        shown = self.due if self.expanded else []
        for reminder in shown:
            row = ReminderRow(reminder, self)
            row.open_clicked.connect(lambda r: self._acted(self._open, r))
            row.snooze_clicked.connect(lambda r: self._acted(self._snooze, [r], timedelta(hours=1)))
            row.dismiss_clicked.connect(lambda r: self._acted(self._dismiss, [r]))
            self.rows_layout.addWidget(row)
            self.rows.append(row)
        count = len(self.due)
        if self.away_text:
            heading = self.away_text
        elif count == 1:
            heading = self.tr("1 reminder due")
        else:
            heading = self.tr("%n reminders due", "", count)
        self.heading.setText(heading)
        first_title, _text = reminder_words.words(self.due[0])
        self.first.setText("" if self.expanded else f"— {shorten(first_title, 120)}")
        self.first.setToolTip(first_title)
        self.expand_button.setText(self.tr("Fold") if self.expanded else self.tr("Show"))
        self.show()

    def _acted(self, action: Callable[..., object], *args: object) -> None:
        """The user dealt with a reminder: the "while you were away" heading has done its job."""
        self.away_text = ""
        action(*args)
        self._fill()

    def _toggle_expanded(self) -> None:
        self.expanded = not self.expanded
        self._fill()
