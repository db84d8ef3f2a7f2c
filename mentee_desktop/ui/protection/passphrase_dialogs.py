"""File › Change passphrase… and File › Remove protection…: each proves it is the user (the
passphrase, or the recovery key when it is forgotten) before anything changes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mentee_desktop.data.errors import StoreError
from mentee_desktop.data.protection import WrongPassphraseError, keyslots
from mentee_desktop.ui.protection.unlock_dialog import delay_after
from mentee_desktop.ui.widgets import new_passphrase


def _secret_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class _ProvesItIsYou(QDialog):
    """The current passphrase (or the recovery key), a message line, and two buttons (its
    words are translated in one context, whichever dialog shows them)."""

    def __init__(self, title: str, action: str, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.failures = 0  # wrong tries in a row: each makes the next one wait longer
        self.current = _secret_field(
            QCoreApplication.translate("PassphraseCheck", "Current passphrase")
        )
        self.use_recovery_key = QCheckBox(
            QCoreApplication.translate(
                "PassphraseCheck", "I forgot it: use the recovery key instead"
            )
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(QCoreApplication.translate("PassphraseCheck", "Message"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.form = QFormLayout()
        self.current_label = QLabel(
            QCoreApplication.translate("PassphraseCheck", "Current passphrase:")
        )
        self.form.addRow(self.current_label, self.current)
        self.form.addRow("", self.use_recovery_key)
        self.buttons.rejected.connect(self.reject)
        self.use_recovery_key.toggled.connect(self._recovery_key_toggled)
        self.confirm_button.clicked.connect(self.check_and_act)

    def _lay_out(self, intro_text: str) -> None:
        """What the dialog is about, then the fields, the message and the buttons."""
        intro = QLabel(intro_text)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    @property
    def kind(self) -> str:
        return keyslots.RECOVERY if self.use_recovery_key.isChecked() else keyslots.PASSPHRASE

    def _recovery_key_toggled(self, on: bool) -> None:
        self.current_label.setText(
            QCoreApplication.translate("PassphraseCheck", "Recovery key:")
            if on
            else QCoreApplication.translate("PassphraseCheck", "Current passphrase:")
        )
        self.current.setAccessibleName(
            QCoreApplication.translate("PassphraseCheck", "Recovery key")
            if on
            else QCoreApplication.translate("PassphraseCheck", "Current passphrase")
        )
        self.current.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        self.current.clear()
        self.current.setFocus()

    def _run(self, work: Callable[[], object]) -> bool:
        """Run ``work`` (slow: the passphrase's key derivation); a wrong secret or a store
        problem becomes the message, and nothing changes."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            work()
        except WrongPassphraseError:
            self._refuse()
            return False
        except StoreError as exc:
            self.message.setText(str(exc))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        return True

    def _refuse(self) -> None:
        """Say so, and wait longer after each wrong try (as the unlock window does)."""
        self.failures += 1
        delay_ms = delay_after(self.failures)
        if self.kind == keyslots.PASSPHRASE:
            text = QCoreApplication.translate(
                "PassphraseCheck", "That passphrase is not right; nothing was changed."
            )
        else:
            text = QCoreApplication.translate(
                "PassphraseCheck", "That recovery key is not right; nothing was changed."
            )
        again = QCoreApplication.translate("PassphraseCheck", "Try again in {0} s.")
        self.message.setText(f"{text} {again.format(max(1, delay_ms // 1000))}")
        self.current.selectAll()
        self.confirm_button.setEnabled(False)
        self.current.setEnabled(False)
        QTimer.singleShot(delay_ms, self, self._allow_again)

    def _allow_again(self) -> None:
        self.confirm_button.setEnabled(True)
        self.current.setEnabled(True)
        self.current.setFocus()

    def clear_secrets(self) -> None:
        for field in self.findChildren(QLineEdit):
            field.clear()

    def check_and_act(self) -> None:
        """Each dialog checks what was typed and acts on it."""
        raise NotImplementedError


class ChangePassphraseDialog(_ProvesItIsYou):
    """A new passphrase, typed twice; the key slot is sealed anew (the notes are not
    rewritten, the recovery key stays the same)."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None):
        super().__init__(self.tr("Change passphrase"), self.tr("Change passphrase"), parent)
        self.data_dir = data_dir
        self.new = _secret_field(self.tr("New passphrase"))
        self.repeat = _secret_field(self.tr("New passphrase again"))
        self.form.addRow(self.tr("New passphrase:"), self.new)
        self.form.addRow(self.tr("Again:"), self.repeat)
        self._lay_out(
            self.tr(
                "Your notes stay as they are; only the passphrase that unlocks them changes. "
                "Your recovery key stays the same."
            )
        )

    def check_and_act(self) -> None:
        from mentee_desktop.data.protection import switch

        if not self.current.text():
            self.message.setText(self.tr("Type your current passphrase first."))
        elif wrong := new_passphrase.problem(self.new.text(), self.repeat.text()):
            self.message.setText(wrong)
        elif self._run(
            lambda: switch.change_passphrase(
                self.data_dir, self.current.text(), self.new.text(), kind=self.kind
            )
        ):
            self.clear_secrets()
            self.accept()


class RemoveProtectionDialog(_ProvesItIsYou):
    """Says what removing protection means; the key, once proven, is kept in ``key`` for
    the start path, which decrypts the store after the window has closed."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None):
        super().__init__(self.tr("Remove protection"), self.tr("Remove protection"), parent)
        self.data_dir = data_dir
        self.key = None
        self._lay_out(
            self.tr(
                "Your notes and their backups will be decrypted and stored unencrypted: "
                "anyone who gets hold of this computer's files, a copied backup or a synced "
                "folder can read them. The window closes while this is done and opens again."
            )
        )

    def check_and_act(self) -> None:
        from mentee_desktop.data.protection import folder

        if not self.current.text():
            self.message.setText(self.tr("Type your current passphrase first."))
            return
        found = []
        if self._run(
            lambda: found.append(folder.unlock(self.data_dir, self.current.text(), kind=self.kind))
        ):
            self.key = found[0]
            self.clear_secrets()
            self.accept()
