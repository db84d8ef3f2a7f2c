"""Reminder settings: lead times, which kinds, quiet hours, tray start, start at login."""

from __future__ import annotations

import logging
import os
from dataclasses import replace
from datetime import time

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentee_desktop.data.record_kind import RecordKind
from mentee_desktop.reminders import model
from mentee_desktop.reminders.autostart import autostart_enabled, set_autostart
from mentee_desktop.reminders.options import (
    QuietHours,
    ReminderOptions,
    load_options,
    save_options,
)
from mentee_desktop.ui.widgets.dates import TimeField

log = logging.getLogger(__name__)


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class ReminderSettingsDialog(QDialog):
    def __init__(
        self,
        options: ReminderOptions,
        *,
        tray_available: bool,
        autostart_on: bool,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reminder settings"))
        self._original = options
        labels = {
            model.MEETING_SOON: self.tr("A meeting starts soon"),
            model.PREPARE: self.tr("Prepare for a meeting"),
            model.MEETING_UNCONFIRMED: self.tr("A past meeting: did it take place?"),
            model.ACTION_DUE: self.tr("My action items due today or overdue"),
            model.FEEDBACK_WAITING: self.tr("Feedback still waiting for an answer"),
            model.KEEP_IN_TOUCH: self.tr("A mentor I have not met for a while"),
            model.RELATIONSHIP_CHECKIN: self.tr("A relationship check-in is due"),
            model.INSIGHT_TO_TRY: self.tr("An insight I have not put to work yet"),
        }
        self.kind_boxes: dict[str, QCheckBox] = {}
        kinds_box = QGroupBox(self.tr("Remind me of"))
        kinds_layout = QVBoxLayout(kinds_box)
        for kind in model.KINDS:
            box = QCheckBox(labels[kind])
            box.setAccessibleName(labels[kind])
            box.setChecked(options.enabled(kind))
            kinds_layout.addWidget(box)
            self.kind_boxes[kind] = box

        self.prepare_hours = self._spin(1, 24 * 14, options.prepare_hours, self.tr(" h before"))
        self.prepare_hours.setAccessibleName(self.tr("Preparation reminder, hours before"))
        self.soon_minutes = self._spin(1, 240, options.soon_minutes, self.tr(" min before"))
        self.soon_minutes.setAccessibleName(self.tr("Meeting soon reminder, minutes before"))
        self.feedback_days = self._spin(1, 365, options.feedback_days, self.tr(" days"))
        self.feedback_days.setAccessibleName(self.tr("Unanswered feedback after days"))
        self.checkin_every = self._spin(
            1, 100, options.checkin_every_meetings, self.tr(" meetings")
        )
        self.checkin_every.setAccessibleName(self.tr("Relationship check-in every meetings"))

        self.quiet_on = QCheckBox(self.tr("No notifications from"))
        self.quiet_on.setAccessibleName(self.tr("Quiet hours"))
        self.quiet_on.setChecked(options.quiet_hours.enabled)
        self.quiet_start = TimeField(_qtime(options.quiet_hours.start))
        self.quiet_start.setAccessibleName(self.tr("Quiet hours start"))
        self.quiet_end = TimeField(_qtime(options.quiet_hours.end))
        self.quiet_end.setAccessibleName(self.tr("Quiet hours end"))
        quiet = QHBoxLayout()
        quiet.addWidget(self.quiet_on)
        quiet.addWidget(self.quiet_start)
        quiet.addWidget(QLabel(self.tr("to")))
        quiet.addWidget(self.quiet_end)
        quiet.addStretch(1)

        self.start_hidden = QCheckBox(self.tr("Start hidden in the system tray"))
        self.start_hidden.setAccessibleName(self.tr("Start hidden in the system tray"))
        self.start_hidden.setChecked(options.start_hidden and tray_available)
        self.start_hidden.setEnabled(tray_available)
        if not tray_available:
            self.start_hidden.setToolTip(
                self.tr("This desktop has no system tray; reminders show inside the window.")
            )
        self.autostart = QCheckBox(self.tr("Start Mentee Desktop when I log in"))
        self.autostart.setAccessibleName(self.tr("Start when I log in"))
        self.autostart.setChecked(autostart_on)

        form = QFormLayout()
        form.addRow(self.tr("Remind me to &prepare"), self.prepare_hours)
        form.addRow(self.tr("Meeting &starts soon"), self.soon_minutes)
        form.addRow(self.tr("&Feedback unanswered after"), self.feedback_days)
        form.addRow(self.tr("Relationship &check-in every"), self.checkin_every)
        form.addRow(self.tr("Quiet hours"), quiet)
        note = QLabel(self.tr("During quiet hours reminders are still listed, but never pop up."))
        note.setWordWrap(True)
        form.addRow("", note)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(kinds_box)
        layout.addWidget(self.start_hidden)
        layout.addWidget(self.autostart)
        layout.addWidget(buttons)
        self._connect_callbacks()

    def _spin(self, low: int, high: int, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    def _connect_callbacks(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.quiet_on.toggled.connect(self.quiet_start.setEnabled)
        self.quiet_on.toggled.connect(self.quiet_end.setEnabled)
        self.quiet_start.setEnabled(self.quiet_on.isChecked())
        self.quiet_end.setEnabled(self.quiet_on.isChecked())
        for kind, spin in (
            (model.PREPARE, self.prepare_hours),
            (model.MEETING_SOON, self.soon_minutes),
            (model.FEEDBACK_WAITING, self.feedback_days),
            (model.RELATIONSHIP_CHECKIN, self.checkin_every),
        ):
            self.kind_boxes[kind].toggled.connect(spin.setEnabled)
            spin.setEnabled(self.kind_boxes[kind].isChecked())

    def options(self) -> ReminderOptions:
        """The options as the dialog shows them."""
        return replace(
            self._original,
            prepare_hours=self.prepare_hours.value(),
            soon_minutes=self.soon_minutes.value(),
            feedback_days=self.feedback_days.value(),
            checkin_every_meetings=self.checkin_every.value(),
            kinds={kind: box.isChecked() for kind, box in self.kind_boxes.items()},
            quiet_hours=QuietHours(
                self.quiet_on.isChecked(),
                _time(self.quiet_start.time()),
                _time(self.quiet_end.time()),
            ),
            start_hidden=self.start_hidden.isChecked(),
            autostart=self.autostart.isChecked(),
        )


def open_reminder_settings(window: QMainWindow, *, tray_available: bool) -> ReminderSettingsDialog:
    """Show the dialog (window-modal); OK stores the options and writes the autostart entry."""
    services = window.services
    dialog = ReminderSettingsDialog(
        services.read(load_options),
        tray_available=tray_available,
        autostart_on=autostart_enabled(os.environ),
        parent=window,
    )
    dialog.accepted.connect(lambda: save_reminder_settings(window, dialog.options()))
    dialog.open()
    return dialog


def save_reminder_settings(window: QMainWindow, options: ReminderOptions) -> bool:
    """Store the options, then add or remove the login entry; problems become a message."""
    from mentee_desktop.paths import default_data_dir

    services = window.services
    if services.call(RecordKind.SETTINGS, save_options, options) is None:
        return False
    data_dir = window.data_dir if window.data_dir != default_data_dir() else None
    try:
        set_autostart(options.autostart, os.environ, data_dir)
    except OSError as exc:
        log.warning("cannot change the autostart entry: %s", exc)
        services.error_reported.emit(
            QCoreApplication.translate(
                "ReminderSettingsDialog", "Could not change the start at login setting: {0}"
            ).format(exc.strerror or exc)
        )
        return False
    return True
