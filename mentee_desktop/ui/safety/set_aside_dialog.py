"""Shown at start while a data file kept aside (``mentee.db.corrupt-…``) has not been dealt
with: restore it (when it can be read after all), open its folder, or dismiss it. "Later"
shows it again at the next start, so a file set aside is never silently forgotten.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentee_desktop.data.backups import check_database_file
from mentee_desktop.data.errors import StoreError
from mentee_desktop.ui.widgets import dates

log = logging.getLogger(__name__)

RESTORE = "restore"
OPEN_FOLDER = "open-folder"
DISMISS = "dismiss"
LATER = "later"


def can_be_restored(aside: Path) -> bool:
    """True when the file kept aside reads as a good database after all (say it was set
    aside while the disk was full)."""
    try:
        check_database_file(aside)
    except StoreError:
        return False
    return True


class SetAsideDialog(QDialog):
    """Restore, open the folder, dismiss, or decide later; ``choice`` says which."""

    def __init__(self, aside: Path, zone: tzinfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("A data file was kept aside"))
        self.choice = LATER
        moment = datetime.fromtimestamp(aside.stat().st_mtime, UTC).astimezone(zone)
        when = dates.date_and_clock(moment)
        self.text = QLabel(
            self.tr(
                "Your data file was kept aside as {0} (last changed {1}), in {2}. "
                "It is not used now and nothing in it was deleted."
            ).format(aside.name, when, aside.parent)
        )
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        restorable = can_be_restored(aside)
        self.hint = QLabel(
            self.tr("It can be read: you can put it back in place of the current data.")
            if restorable
            else self.tr("It cannot be read as a database; keep it for someone who can help.")
        )
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("&Restore this file"))
        self.restore_button.setEnabled(restorable)
        self.open_button = QPushButton(self.tr("&Open its folder"))
        self.dismiss_button = QPushButton(self.tr("&Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Do not mention this file again"))
        self.later_button = QPushButton(self.tr("&Later"))
        for button, role in (
            (self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole),
            (self.open_button, QDialogButtonBox.ButtonRole.ActionRole),
            (self.dismiss_button, QDialogButtonBox.ButtonRole.DestructiveRole),
            (self.later_button, QDialogButtonBox.ButtonRole.RejectRole),
        ):
            button.setAutoDefault(False)
            buttons.addButton(button, role)
        self.later_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self._connect_callbacks()

    def _connect_callbacks(self) -> None:
        self.restore_button.clicked.connect(lambda: self._choose(RESTORE))
        self.open_button.clicked.connect(lambda: self._choose(OPEN_FOLDER))
        self.dismiss_button.clicked.connect(lambda: self._choose(DISMISS))
        self.later_button.clicked.connect(lambda: self._choose(LATER))

    def _choose(self, choice: str) -> None:
        self.choice = choice
        if choice == LATER:
            self.reject()
        else:
            self.accept()


def ask_about_set_aside(aside: Path, zone: tzinfo, parent=None) -> str:
    """Show the dialog and wait; returns RESTORE, OPEN_FOLDER, DISMISS or LATER."""
    dialog = SetAsideDialog(aside, zone, parent)
    dialog.exec()
    return dialog.choice


def act_on_choice(db, data_dir: Path, aside: Path, choice: str) -> None:
    """Do what the user chose; only "later" keeps the file on the list for the next start."""
    from mentee_desktop.data.backups import restore_into
    from mentee_desktop.data.folder import dismiss_set_aside
    from mentee_desktop.data.timestamps import utc_now
    from mentee_desktop.paths import backup_dir

    try:
        if choice == RESTORE:
            before = restore_into(db, aside, backup_dir(data_dir), now=utc_now())
            log.warning("restored the file kept aside %s; earlier data in %s", aside, before.path)
        elif choice == OPEN_FOLDER:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(aside.parent)))
        if choice in (RESTORE, OPEN_FOLDER, DISMISS):
            dismiss_set_aside(aside)
    except (StoreError, OSError) as exc:
        log.warning("cannot act on the file kept aside %s: %s", aside, exc)
        QMessageBox.warning(None, "Mentee Desktop", str(exc))
