"""File menu items that keep the data safe: back up now, restore from a backup, export all
data, open the data folder; plus the backup at quit and the read-only notice.

``install(window)`` adds them to a main window; every store call goes through the data
layer (``mentee_desktop.data.backups`` and ``json_io``), never SQL here.
"""

from __future__ import annotations

import logging
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentee_desktop.data.backups import Backup
from mentee_desktop.data.errors import StoreError, known_errors
from mentee_desktop.paths import backup_dir
from mentee_desktop.ui.shell.features import claim
from mentee_desktop.ui.widgets import dates

log = logging.getLogger(__name__)

#: record kinds the window's parts refresh on after a restore
REFRESHED_KINDS = ("mentor", "meeting", "agenda_item", "note", "feedback", "action_item", "goal")
#: writes that are preferences (window size, last tab), not notes worth a backup at quit
PREFERENCE_KINDS = ("settings", "reminder_state")


def install(window) -> None:
    """Add the data-safety menu items, the quit backup and the read-only notice."""
    claim(window, "safety")
    window.safety_actions = SafetyActions(window)


class SafetyActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        from mentee_desktop.data.store import is_read_only

        self.window = window
        self.services = window.services
        self.read_only = self.services.read(is_read_only)
        self.restore_dialog: RestoreDialog | None = None
        self.export_dialog = None
        self.file_dialog: QFileDialog | None = None
        self._daily: DailyBackup | None = None
        self._changes = 0
        self._data_version = self._current_data_version()

        self.back_up_action = QAction(self.tr("&Back up now"), window)
        self.restore_action = QAction(self.tr("&Restore from backup…"), window)
        self.export_action = QAction(self.tr("E&xport all data…"), window)
        self.open_folder_action = QAction(self.tr("Open data &folder"), window)
        #: a protected store's key (backups are encrypted with it; see ui/protection)
        self._key = getattr(self.services, "store_key", None)
        self.restore_action.setEnabled(not self.read_only)
        before = window.file_export_separator
        window.file_menu.insertSeparator(before)
        for action in (
            self.back_up_action,
            self.restore_action,
            self.export_action,
            self.open_folder_action,
        ):
            window.file_menu.insertAction(before, action)
        self.notice: QLabel | None = None
        if self.read_only:
            self._show_read_only_notice()
        window.close_hooks.append(self.back_up_at_quit)
        self._connect_callbacks()

    def _connect_callbacks(self) -> None:
        self.back_up_action.triggered.connect(self.back_up_now)
        self.restore_action.triggered.connect(self.choose_backup)
        self.export_action.triggered.connect(self.export_all)
        self.open_folder_action.triggered.connect(self.open_data_folder)
        self.services.store_changed.connect(self._count_change)

    @property
    def backup_folder(self) -> Path:
        return backup_dir(self.window.data_dir)

    # ----- backing up
    def back_up_now(self) -> Backup | None:
        """Make a backup the user asked for (never thinned out automatically)."""
        made = self._back_up("manual")
        if made is not None:
            self.window.show_info(self.tr("Backed up to {0}").format(made.path))
        return made

    def back_up_at_quit(self) -> Backup | None:
        """At quit, back up when notes changed during this session (quietly)."""
        if self._daily is not None:
            self._daily.wait()  # never leave a running thread behind
        if self.read_only or not self.has_changes():
            return None
        return self._back_up("quit", quiet=True)

    def start_daily_backup(self) -> DailyBackup:
        """The daily backup in a background thread (call ``start()`` on what it returns);
        the window stays responsive, and a failure shows in the message bar."""
        from mentee_desktop.paths import database_path

        self._daily = DailyBackup(
            database_path(self.window.data_dir),
            self.backup_folder,
            self.services.now(),
            self.services.zone,
            self,
        )
        self._daily.key = self._key
        self._daily.done.connect(self._daily_backup_done)
        return self._daily

    def _daily_backup_done(self, made: Backup | None, problem: str) -> None:
        if problem:
            self.window.message_bar.show_error(
                self.tr("The daily backup failed: {0}").format(problem)
            )
        elif made is not None:
            log.info("daily backup made: %s", made.path)

    def has_changes(self) -> bool:
        """Notes changed here, or another program (the command line) changed the file."""
        return self._changes > 0 or self._current_data_version() != self._data_version

    def _back_up(self, reason: str, *, quiet: bool = False) -> Backup | None:
        from mentee_desktop.data.backups import make_backup, prune_backups

        now = self.services.now()
        try:
            with known_errors():
                made = make_backup(
                    self.services.db, self.backup_folder, now=now, reason=reason, key=self._key
                )
                prune_backups(self.backup_folder, now, zone=self.services.zone)
        except StoreError as exc:
            log.warning("backup (%s) failed: %s", reason, exc)
            if not quiet:
                self.window.message_bar.show_error(self.tr("Backup failed: {0}").format(exc))
            return None
        log.info("backup made: %s", made.path)
        self._changes = 0
        self._data_version = self._current_data_version()
        return made

    def _count_change(self, kind: str) -> None:
        if kind not in PREFERENCE_KINDS:
            self._changes += 1

    def _current_data_version(self) -> int | None:
        from mentee_desktop.data.store import data_version

        try:
            return self.services.read(data_version)
        except StoreError:
            return None

    # ----- restoring
    def choose_backup(self) -> RestoreDialog:
        """Open the list of backups; choosing one restores it."""
        from mentee_desktop.data.backups import list_backups

        self.restore_dialog = RestoreDialog(
            list_backups(self.backup_folder), self.services.zone, self.window
        )
        self.restore_dialog.backup_chosen.connect(self.restore)
        self.restore_dialog.open()
        return self.restore_dialog

    def restore(self, backup: Backup) -> bool:
        """Replace the notes by ``backup``; the current notes are backed up first."""
        from mentee_desktop.data.backups import restore_into

        for tab in getattr(self.window, "tab_by_key", {}).values():
            tab.flush()
        try:
            if self._key is None:
                before = restore_into(
                    self.services.db, backup.path, self.backup_folder, now=self.services.now()
                )
            else:  # a protected store: the backup is read (and the old data kept) encrypted
                from mentee_desktop.data.protection.restoring import restore_into_protected

                before = restore_into_protected(
                    self.services.db,
                    backup.path,
                    self._key,
                    self.backup_folder,
                    now=self.services.now(),
                )
        except StoreError as exc:
            log.warning("restore failed: %s", exc)
            self.window.message_bar.show_error(self.tr("Not restored: {0}").format(exc))
            return False
        from mentee_desktop.ui.safety.recovery_dialog import describe_moment

        self._reload_window()
        self.window.show_info(
            self.tr("Restored the backup of {0}. Your data from before is kept in {1}.").format(
                describe_moment(backup, self.services.zone), before.path.name
            )
        )
        return True

    def _reload_window(self) -> None:
        window = self.window
        mentor_id, meeting_id = window.current_mentor_id(), window.current_meeting_id()
        window.selector.reload_mentors(mentor_id)
        if meeting_id is not None and window.current_mentor_id() == mentor_id:
            window.selector.reload_meetings(meeting_id)
        for kind in REFRESHED_KINDS:
            self.services.store_changed.emit(kind)

    # ----- export and folder
    def export_all(self):
        """Ask how to write the export (a protected store's is always encrypted), then
        where; returns the first dialog."""
        from mentee_desktop.ui.safety.export_dialog import ExportAllDialog

        dialog = ExportAllDialog(protected=self._key is not None, parent=self.window)
        dialog.accepted.connect(lambda: self._choose_export_file(dialog))
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def _choose_export_file(self, first) -> None:
        passphrase = first.chosen_passphrase()
        first.clear_secrets()
        suffix = ".json.age" if passphrase else ".json"
        name = f"mentee-desktop-{dates.file_date(self.services.today())}{suffix}"
        title = self.tr("Export all data")
        dialog = QFileDialog(self.window, title)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilters(
            [self.tr("Encrypted exports (*.age)") if passphrase else self.tr("JSON files (*.json)")]
        )
        dialog.setDirectory(str(Path.home()))
        dialog.selectFile(name)
        dialog.setAccessibleName(title)
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path), passphrase=passphrase))
        self.file_dialog = dialog
        dialog.open()

    def export_to(self, path: Path, *, passphrase: str | None = None) -> bool:
        """Write every record to ``path`` as documented JSON, encrypted to ``passphrase``
        (age format) when one is given."""
        from mentee_desktop.data.json_io import write_export

        try:
            if passphrase:
                from mentee_desktop.data.protection.exports import write_encrypted_export

                write_encrypted_export(self.services.db, path, passphrase, now=self.services.now())
            else:
                write_export(self.services.db, path, now=self.services.now())
        except StoreError as exc:
            self.window.message_bar.show_error(self.tr("Not exported: {0}").format(exc))
            return False
        if passphrase:
            text = self.tr("Exported all your data, encrypted, to {0}").format(path)
        else:
            text = self.tr("Exported all your data to {0}").format(path)
        self.window.show_info(text)
        return True

    def open_data_folder(self) -> bool:
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.window.data_dir)))
        if not opened:
            self.window.message_bar.show_error(
                self.tr("Could not open the data folder {0}").format(self.window.data_dir)
            )
        return opened

    # ----- read-only
    def _show_read_only_notice(self) -> None:
        self.notice = QLabel(
            self.tr(
                "Read-only: this data file cannot be changed, so edits are not saved. "
                "You can still read and export everything."
            )
        )
        self.notice.setObjectName("readOnlyNotice")
        self.notice.setAccessibleName(self.tr("Read-only notice"))
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "#readOnlyNotice { background: #fff4ce; color: #3b2f00; padding: 6px; "
            "border: 1px solid #c8a600; border-radius: 3px; }"
        )
        self.window.above_tabs.addWidget(self.notice)
        self.window.setWindowTitle(self.window.windowTitle() + self.tr(" (read-only)"))

    def explain_read_only(self, reason: str) -> None:
        """Add why the data is read-only this time (a lock that could not be taken)."""
        if self.notice is not None:
            self.notice.setText(
                self.tr(
                    "Read-only: {0}. Edits are not saved; you can still read and export everything."
                ).format(reason)
            )


class DailyBackup(QThread):
    """Makes the daily backup through its own connection, off the window's thread."""

    #: the backup made (None when none was due) and a problem ("" when none)
    done = Signal(object, str)

    def __init__(self, path: Path, folder: Path, now, zone: tzinfo, parent: QObject):
        super().__init__(parent)
        self.path, self.folder, self.now, self.zone = path, folder, now, zone
        self.key = None  # a protected store's key: the backup is encrypted with it

    def run(self) -> None:
        from mentee_desktop.data.backups import back_up_if_due

        try:
            made = back_up_if_due(
                self.path, self.folder, now=self.now, zone=self.zone, key=self.key
            )
        except StoreError as exc:
            log.warning("daily backup failed: %s", exc)
            self.done.emit(None, str(exc))
        except Exception as exc:  # a bug: logged with its traceback, never shown raw
            log.exception("daily backup failed")
            self.done.emit(None, f"unexpected error ({type(exc).__name__})")
        else:
            self.done.emit(made, "")


def kind_label(backup: Backup) -> str:
    """The reason for a backup in the mentee's words."""
    from PySide6.QtCore import QCoreApplication

    kind = backup.kind
    if kind == "manual":
        return QCoreApplication.translate("RestoreDialog", "Made by you")
    if kind == "daily":
        return QCoreApplication.translate("RestoreDialog", "Automatic, daily")
    if kind == "quit":
        return QCoreApplication.translate("RestoreDialog", "Automatic, at quit")
    if kind == "before-restore":
        return QCoreApplication.translate("RestoreDialog", "Before a restore")
    if kind.startswith("before-v"):
        return QCoreApplication.translate("RestoreDialog", "Before an upgrade")
    return kind


class RestoreDialog(QDialog):
    """The backups with date, size and kind, newest first; Restore replaces the notes."""

    backup_chosen = Signal(object)

    def __init__(self, backups: list[Backup], zone: tzinfo, parent: QWidget | None = None):
        from mentee_desktop.ui.safety.recovery_dialog import describe_moment

        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.backups = backups
        intro = QLabel(
            self.tr(
                "Choose the backup to go back to. Your current data is backed up first, "
                "so you can return to it the same way."
            )
        )
        intro.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHeaderLabels([self.tr("When"), self.tr("Size"), self.tr("Kind")])
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for index, backup in enumerate(backups):
            when, _, size = describe_moment(backup, zone).rpartition(" (")
            item = QTreeWidgetItem([when, size.rstrip(")"), kind_label(backup)])
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, str(backup.path))
            self.table.addTopLevelItem(item)
        for column in range(3):
            self.table.resizeColumnToContents(column)
        self.empty = QLabel(self.tr("There are no backups yet. Use File › Back up now."))
        self.empty.setVisible(not backups)
        self.table.setVisible(bool(backups))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setAccessibleName(self.tr("Restore the chosen backup"))
        self.restore_button.setEnabled(False)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.resize(560, 380)
        self._connect_callbacks()

    def _connect_callbacks(self) -> None:
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda *_: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def selected_backup(self) -> Backup | None:
        items = self.table.selectedItems()
        if not items:
            return None
        return self.backups[items[0].data(0, Qt.ItemDataRole.UserRole)]

    def accept(self) -> None:
        chosen = self.selected_backup()
        if chosen is None:
            return
        super().accept()
        self.backup_chosen.emit(chosen)
