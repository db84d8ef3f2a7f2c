"""Reminders as pure logic: from the store and a moment, what is due and what comes next.

No timers, no widgets: the UI asks :func:`check` and schedules itself; the command line asks
:func:`due_reminders`.
"""

from mentee_desktop.reminders.due import (
    ReminderCheck,
    check,
    due_reminders,
    fell_due_while_away,
    next_due_at,
)
from mentee_desktop.reminders.model import KINDS, Reminder
from mentee_desktop.reminders.options import QuietHours, ReminderOptions, load_options

__all__ = [
    "KINDS",
    "QuietHours",
    "Reminder",
    "ReminderCheck",
    "ReminderOptions",
    "check",
    "due_reminders",
    "fell_due_while_away",
    "load_options",
    "next_due_at",
]
