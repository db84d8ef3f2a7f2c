"""The start path's side of protection: the unlock window (with the locked tray) before the
main window, and what happens between two windows (locking, turning protection on)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from mentee_desktop.data.errors import StoreError
from mentee_desktop.ui.protection.install import LOCK, PROTECT, UNPROTECT

log = logging.getLogger(__name__)


def unlock_at_start(
    data_dir: Path,
    *,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    allow_remembered: bool = False,
):
    """Show the unlock window (and the locked tray) until unlocked; None when given up.

    ``allow_remembered`` (at start, never after a lock): a key the user chose to keep in
    the system keyring opens the store without the window, when it still fits."""
    from mentee_desktop.ui.protection.locked_tray import LockedTray
    from mentee_desktop.ui.protection.unlock_dialog import UnlockDialog

    if allow_remembered:
        from mentee_desktop.data.protection.remembered import remembered_key

        key = remembered_key(data_dir)
        if key is not None:
            log.info("unlocked with the key remembered on this computer")
            return key
    QCoreApplication.processEvents()  # let the last window go before the next one
    dialog = UnlockDialog(data_dir)
    tray = LockedTray(
        data_dir,
        clock,
        on_unlock=lambda: (dialog.show(), dialog.raise_(), dialog.activateWindow()),
        on_quit=dialog.reject,
    )
    try:
        run_between_windows(dialog)
    finally:
        tray.close()
    return dialog.key


def key_file_problem(data_dir: Path) -> str | None:
    """What is wrong with the key file of a protected store (damaged, cut short, from
    another store), before any passphrase is asked for; None when it is fine."""
    from mentee_desktop.data.protection.folder import read_matching_slots

    try:
        read_matching_slots(data_dir)
    except StoreError as exc:
        return str(exc)
    return None


def run_between_windows(dialog) -> int:
    """Show ``dialog`` until it is answered, between two main windows.

    ``dialog.exec()`` cannot be used here: once the application's loop has been asked to
    quit (as the closing window did), every nested loop returns at once until the
    application's own loop runs again. So the application's loop runs the dialog.
    """
    app = QApplication.instance()
    keep_running = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    dialog.finished.connect(lambda _result: app.exit(0))
    try:
        dialog.show()
        dialog.raise_()
        app.exec()
    finally:
        app.setQuitOnLastWindowClosed(keep_running)
    return dialog.result()


def after_window_closed(data_dir: Path, step: tuple, key):
    """Carry out what the window asked for as it closed; returns the key to open with next
    (None: ask for it)."""
    if step[0] == LOCK:
        return None
    if step[0] == PROTECT:
        return _protect(data_dir, step[1], step[2]) or key
    if step[0] == UNPROTECT:
        return None if _unprotect(data_dir, step[1]) else key
    return key


def _tell(text: str) -> None:
    """A warning between two windows (see :func:`run_between_windows`)."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Mentee Desktop", text)
    run_between_windows(box)


def _unprotect(data_dir: Path, key) -> bool:
    from mentee_desktop.data.protection import switch

    try:
        switch.unprotect(data_dir, key, lock_held=True)
    except StoreError as exc:
        log.warning("removing protection failed: %s", exc)
        _tell(
            QCoreApplication.translate(
                "Protection", "Protection could not be removed; nothing was changed.\n\n{0}"
            ).format(exc)
        )
        return False
    log.info("the store is no longer protected")
    return True


def _protect(data_dir: Path, passphrase: str, old_backups: str):
    from mentee_desktop.data.protection import switch
    from mentee_desktop.ui.protection.protect_dialog import RecoveryKeyDialog

    try:
        result = switch.protect(data_dir, passphrase, old_backups=old_backups, lock_held=True)
    except StoreError as exc:
        log.warning("protecting failed: %s", exc)
        _tell(
            QCoreApplication.translate(
                "Protection", "Your notes could not be protected; nothing was changed.\n\n{0}"
            ).format(exc)
        )
        return None
    log.info("the store is now protected")
    run_between_windows(RecoveryKeyDialog(result.recovery_key, result.plain_files))
    return result.key
