"""What an import did, worded for the message bar in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mentee_desktop.invitations.apply import ImportResult
from mentee_desktop.invitations.plan import CANCEL, NEW, RELINK, UNCHANGED, UPDATE
from mentee_desktop.ui.widgets import dates


def short_day(moment) -> str:
    """``Thu 11 Feb`` in the user's language."""
    return dates.short_date(moment.date(), weekday=True, year=False)


def summary(result: ImportResult) -> str:
    """ "2 meetings added, 1 moved to Thu 11 Feb, 1 cancelled"."""
    parts = []
    added, moved, cancelled = len(result.added), len(result.moved), len(result.cancelled)
    if added:
        parts.append(
            QCoreApplication.translate("Invitations", "1 meeting added")
            if added == 1
            else QCoreApplication.translate("Invitations", "{0} meetings added").format(added)
        )
    if moved == 1:
        parts.append(
            QCoreApplication.translate("Invitations", "1 moved to {0}").format(
                short_day(result.moved[0].local_start)
            )
        )
    elif moved:
        parts.append(QCoreApplication.translate("Invitations", "{0} moved").format(moved))
    if cancelled:
        parts.append(QCoreApplication.translate("Invitations", "{0} cancelled").format(cancelled))
    if not parts:
        return QCoreApplication.translate(
            "Invitations", "Nothing changed: your meetings already match the invitation."
        )
    return ", ".join(parts)


def series_added(title: str, count: int) -> str:
    """ "3 more meetings from the series “Mentoring” added" ("" when none were)."""
    if not count:
        return ""
    if count == 1:
        return QCoreApplication.translate(
            "Invitations", "1 more meeting from the series “{0}” added"
        ).format(title)
    return QCoreApplication.translate(
        "Invitations", "{0} more meetings from the series “{1}” added"
    ).format(count, title)


def what_happens(kind: str) -> str:
    return {
        NEW: QCoreApplication.translate("Invitations", "new"),
        UPDATE: QCoreApplication.translate("Invitations", "update"),
        RELINK: QCoreApplication.translate("Invitations", "update"),
        CANCEL: QCoreApplication.translate("Invitations", "cancel"),
        UNCHANGED: QCoreApplication.translate("Invitations", "no change"),
    }[kind]
