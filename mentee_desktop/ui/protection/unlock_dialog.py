"""The small window that asks for the passphrase (or the recovery key) at start.

A wrong passphrase gets a plain message and a delay that doubles with each try; nothing is
written. Caps Lock is guessed from the letters typed (Qt cannot ask the keyboard).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentee_desktop.data.errors import StoreError
from mentee_desktop.data.protection import WrongPassphraseError, keyslots

#: the delay after the first wrong try; it doubles up to MAX_DELAY_MS
FIRST_DELAY_MS = 1000
MAX_DELAY_MS = 30_000

Unlock = Callable[[str, str], object]


def delay_after(failures: int) -> int:
    """How long (ms) to wait before the next try after ``failures`` wrong ones in a row."""
    return min(FIRST_DELAY_MS * 2 ** (failures - 1), MAX_DELAY_MS)


class UnlockDialog(QDialog):
    def __init__(
        self,
        data_dir: Path,
        unlock: Unlock | None = None,
        parent: QWidget | None = None,
        *,
        offer_remember: bool = True,
    ):
        super().__init__(parent)
        from mentee_desktop.data.protection import folder

        self.data_dir = data_dir
        self._unlock = unlock or (lambda secret, kind: folder.unlock(data_dir, secret, kind=kind))
        self.key = None
        self.kind = keyslots.PASSPHRASE
        self.failures = 0
        self.delay_ms = 0
        self.setWindowTitle(self.tr("Unlock Mentee Desktop"))
        self._build()
        self._connect_callbacks()
        if offer_remember:  # asking the keyring takes a moment: after the window shows
            QTimer.singleShot(0, self, self._offer_remember)

    def _build(self) -> None:
        self.intro = QLabel(self.tr("Your mentoring notes are protected. Type your passphrase."))
        self.intro.setWordWrap(True)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Passphrase"))
        self.caps_hint = QLabel(self.tr("Caps Lock seems to be on."))
        self.caps_hint.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.remember = QCheckBox(self.tr("Remember on this computer (in the system keyring)"))
        self.remember.setToolTip(
            self.tr(
                "Opens your notes at start without the passphrase while you are logged in. "
                "Anyone who can use your account can then read them."
            )
        )
        self.remember.setVisible(False)
        self.recovery_button = QPushButton(self.tr("Use recovery key…"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.unlock_button = self.buttons.addButton(
            self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        for button in (*self.buttons.buttons(), self.recovery_button):
            button.setAutoDefault(False)  # Return in the field means "Unlock", nothing else
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.secret, self.caps_hint, self.message, self.remember):
            layout.addWidget(widget)
        layout.addWidget(self.recovery_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        self.secret.installEventFilter(self)

    def _connect_callbacks(self) -> None:
        self.unlock_button.clicked.connect(self.try_unlock)
        self.secret.returnPressed.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        self.recovery_button.clicked.connect(self.use_recovery_key)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.secret and event.type() == QEvent.Type.KeyPress:
            text = event.text()
            if text.isalpha() and text.upper() != text.lower():
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.caps_hint.setVisible(text.isupper() != shift)
        return False

    def _offer_remember(self) -> None:
        """Show "Remember on this computer" when there is a keyring (checked only when the
        user chose it before: never the default)."""
        from mentee_desktop.data.protection import remembered

        if remembered.keyring_available():
            self.remember.setChecked(remembered.is_remembered(self.data_dir))
            self.remember.setVisible(True)

    def _keep_or_forget(self) -> None:
        from mentee_desktop.data.protection import remembered

        if not self.remember.isVisibleTo(self):
            return  # no keyring now: an earlier choice stays for when it is back
        if self.remember.isChecked():
            remembered.remember(self.data_dir, self.key)
        elif remembered.is_remembered(self.data_dir):
            remembered.forget(self.data_dir)

    def use_recovery_key(self) -> None:
        self.kind = keyslots.RECOVERY
        self.intro.setText(
            self.tr("Type your recovery key (eight groups of four letters and digits).")
        )
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal)
        self.secret.setAccessibleName(self.tr("Recovery key"))
        self.secret.clear()
        self.recovery_button.setVisible(False)
        self.secret.setFocus()

    def try_unlock(self) -> None:
        if not self.unlock_button.isEnabled() or not self.secret.text():
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.key = self._unlock(self.secret.text(), self.kind)
        except WrongPassphraseError:
            self._refuse()
            return
        except StoreError as exc:
            self.message.setText(str(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.secret.clear()
        self._keep_or_forget()
        self.accept()

    def _refuse(self) -> None:
        self.failures += 1
        self.delay_ms = delay_after(self.failures)
        if self.kind == keyslots.PASSPHRASE:
            text = self.tr("That passphrase is not right. Try again in {0} s.")
        else:
            text = self.tr("That recovery key is not right. Try again in {0} s.")
        self.message.setText(text.format(max(1, self.delay_ms // 1000)))
        self.secret.selectAll()
        self.unlock_button.setEnabled(False)
        self.secret.setEnabled(False)
        QTimer.singleShot(self.delay_ms, self, self._allow_again)

    def _allow_again(self) -> None:
        self.unlock_button.setEnabled(True)
        self.secret.setEnabled(True)
        self.secret.setFocus()


def ask_to_unlock(data_dir: Path, parent: QWidget | None = None):
    """The store's key, or None when the user closed the window."""
    dialog = UnlockDialog(data_dir, parent=parent)
    dialog.exec()
    return dialog.key
