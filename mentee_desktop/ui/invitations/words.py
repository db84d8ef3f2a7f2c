"""What an import did, worded for the message bar in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from mentee_desktop.invitations.apply import ImportResult
from mentee_desktop.invitations.plan import CANCEL, NEW, RELINK, UNCHANGED, UPDATE


def _tr(text: str) -> str:
    return QCoreApplication.translate("Invitations", text)


def short_day(moment) -> str:
    """``Thu 11 Feb`` in the user's language."""
    day = QDate(moment.year, moment.month, moment.day)
    return QLocale().toString(day, "ddd d MMM")


def summary(result: ImportResult) -> str:
    """ "2 meetings added, 1 moved to Thu 11 Feb, 1 cancelled"."""
    parts = []
    added, moved, cancelled = len(result.added), len(result.moved), len(result.cancelled)
    if added:
        parts.append(
            _tr("1 meeting added") if added == 1 else _tr("{0} meetings added").format(added)
        )
    if moved == 1:
        parts.append(_tr("1 moved to {0}").format(short_day(result.moved[0].local_start)))
    elif moved:
        parts.append(_tr("{0} moved").format(moved))
    if cancelled:
        parts.append(_tr("{0} cancelled").format(cancelled))
    if not parts:
        return _tr("Nothing changed: your meetings already match the invitation.")
    return ", ".join(parts)


def what_happens(kind: str) -> str:
    return {
        NEW: _tr("new"),
        UPDATE: _tr("update"),
        RELINK: _tr("update"),
        CANCEL: _tr("cancel"),
        UNCHANGED: _tr("no change"),
    }[kind]
