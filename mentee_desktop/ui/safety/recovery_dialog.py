"""Shown at start when ``mentee.db`` cannot be read: say so plainly, offer the newest good
backup, and promise (truthfully) that the damaged file is kept, not deleted.
"""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from mentee_desktop.data.backups import Backup
from mentee_desktop.ui.widgets import dates

RESTORE = "restore"
START_EMPTY = "start-empty"
QUIT = "quit"


def describe_moment(backup: Backup, zone: tzinfo) -> str:
    """The backup's date and time in the user's zone and locale, with its size."""
    local = backup.taken_at.astimezone(zone)
    day, clock = dates.long_date(local.date()), dates.clock(local.time())
    return f"{day}, {clock} ({QLocale().formattedDataSize(backup.size)})"


class RecoveryDialog(QDialog):
    """Restore the newest good backup, start with empty data, or quit; ``choice`` says which."""

    def __init__(
        self,
        problem: str,
        damaged: Path,
        backup: Backup | None,
        zone: tzinfo,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your data file cannot be read"))
        self.choice = QUIT
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48)
        )
        heading = QLabel(self.tr("Mentee Desktop cannot read your data file."))
        heading.setStyleSheet("font-weight: bold; font-size: 120%")
        self.problem = QLabel(problem)
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(self._plain())
        self.problem.setAccessibleName(self.tr("What went wrong"))
        kept = QLabel(
            self.tr(
                "Nothing will be deleted: the damaged file is kept beside it as "
                "“{0}.corrupt-<date>”, in {1}."
            ).format(damaged.name, damaged.parent)
        )
        kept.setWordWrap(True)
        kept.setTextFormat(self._plain())
        buttons = QDialogButtonBox()
        if backup is not None:
            offer_text = self.tr("The newest good backup is from {0}. Restore it?").format(
                describe_moment(backup, zone)
            )
            self.restore_button = QPushButton(self.tr("&Restore this backup"))
            self.restore_button.setAccessibleName(self.tr("Restore the newest good backup"))
            buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.restore_button.setDefault(True)
            self.empty_button = None
        else:
            offer_text = self.tr(
                "No good backup was found. You can start with empty data (the damaged file "
                "is kept aside as said above), or quit and ask for help first."
            )
            self.restore_button = None
            self.empty_button = QPushButton(self.tr("&Start with empty data"))
            self.empty_button.setAccessibleName(self.tr("Start with empty data"))
            self.empty_button.setAutoDefault(False)  # never what Enter does
            buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.offer = QLabel(offer_text)
        self.offer.setWordWrap(True)
        self.offer.setTextFormat(self._plain())
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.quit_button.setAccessibleName(self.tr("Quit without changing anything"))
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        if backup is None:
            self.quit_button.setDefault(True)  # the safe choice when there is nothing to restore

        text = QVBoxLayout()
        for label in (heading, self.problem, kept, self.offer):
            text.addWidget(label)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        self._connect_callbacks()

    @staticmethod
    def _plain() -> Qt.TextFormat:
        return Qt.TextFormat.PlainText

    def _connect_callbacks(self) -> None:
        if self.restore_button is not None:
            self.restore_button.clicked.connect(lambda: self._choose(RESTORE))
        if self.empty_button is not None:
            self.empty_button.clicked.connect(lambda: self._choose(START_EMPTY))
        self.quit_button.clicked.connect(lambda: self._choose(QUIT))

    def _choose(self, choice: str) -> None:
        self.choice = choice
        if choice == QUIT:
            self.reject()
        else:
            self.accept()


def ask_how_to_recover(
    problem: str, damaged: Path, backup: Backup | None, zone: tzinfo, parent=None
) -> str:
    """Show the dialog and wait; returns RESTORE, START_EMPTY or QUIT."""
    dialog = RecoveryDialog(problem, damaged, backup, zone, parent)
    dialog.exec()
    return dialog.choice
