"""File › Protect with a passphrase…: what it protects, what is lost if both secrets are
forgotten, the passphrase twice, what to do with old backups; then the recovery key, shown
once, and not let go until part of it has been typed back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mentee_desktop.data.protection import switch
from mentee_desktop.ui.widgets import new_passphrase


def explanation() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "Protection",
        "<p>Your notes, your backups and your exports will be encrypted. Whoever finds a lost "
        "or stolen laptop, a copied backup or export, or your data in a synced or cloud folder "
        "reads nothing.</p>"
        "<p>It does not protect against harmful software running as you while the notes are "
        "unlocked.</p>"
        "<p><b>If you forget your passphrase and also lose the recovery key you will be shown "
        "next, your notes are gone: nobody can get them back, not even us.</b></p>",
    )


class ProtectDialog(QDialog):
    """Asks for the passphrase (twice) and what becomes of old backups."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protect with a passphrase"))
        intro = QLabel(explanation())
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.repeat = QLineEdit()
        for field, name in (
            (self.passphrase, self.tr("Passphrase")),
            (self.repeat, self.tr("Passphrase again")),
        ):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(name)
        self.encrypt_backups = QRadioButton(self.tr("Encrypt my old backups too (recommended)"))
        self.delete_backups = QRadioButton(self.tr("Delete my old backups"))
        self.keep_backups = QRadioButton(self.tr("Keep my old backups unencrypted"))
        self.encrypt_backups.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.encrypt_backups, self.delete_backups, self.keep_backups):
            group.addButton(button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.protect_button = self.buttons.addButton(
            self.tr("Protect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Again:"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        for widget in (
            self.encrypt_backups,
            self.delete_backups,
            self.keep_backups,
            self.message,
            self.buttons,
        ):
            layout.addWidget(widget)
        self.protect_button.clicked.connect(self.check_and_accept)
        self.buttons.rejected.connect(self.reject)

    @property
    def old_backups(self) -> str:
        if self.delete_backups.isChecked():
            return switch.DELETE
        return switch.KEEP if self.keep_backups.isChecked() else switch.ENCRYPT

    def check_and_accept(self) -> None:
        if wrong := new_passphrase.problem(self.passphrase.text(), self.repeat.text()):
            self.message.setText(wrong)
        else:
            self.accept()


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once; closes only after its last group is typed back."""

    def __init__(self, recovery_key: str, plain_files=(), parent: QWidget | None = None):
        super().__init__(parent)
        self.recovery_key = recovery_key
        self.setWindowTitle(self.tr("Your recovery key"))
        intro = QLabel(
            self.tr(
                "Your notes are now protected. Write this recovery key down or print it, and "
                "keep it apart from this computer. It is shown only now. With it you can open "
                "your notes if you forget your passphrase."
            )
        )
        intro.setWordWrap(True)
        self.key_label = QLabel(recovery_key)
        font = QFont("monospace")
        font.setPointSize(font.pointSize() + 4)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        ask = QLabel(self.tr("To show that you kept it, type its last group of four:"))
        self.check = QLineEdit()
        self.check.setAccessibleName(self.tr("Last group of the recovery key"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.done_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.done_button.setText(self.tr("I have kept it"))
        self.done_button.setEnabled(False)
        layout = QVBoxLayout(self)
        for widget in (intro, self.key_label, ask, self.check):
            layout.addWidget(widget)
        if plain_files:
            left = QLabel(
                self.tr("These files still hold your notes unencrypted:\n{0}").format(
                    "\n".join(str(p) for p in plain_files)
                )
            )
            left.setWordWrap(True)
            layout.addWidget(left)
        layout.addWidget(self.buttons)
        self.check.textChanged.connect(self._check_typed)
        self.buttons.accepted.connect(self.accept)

    def _check_typed(self, text: str) -> None:
        last = self.recovery_key.rsplit("-", 1)[-1]
        self.done_button.setEnabled(text.strip().upper().replace("O", "0") == last)

    def reject(self) -> None:  # Escape and the close button do not dismiss the only copy
        if self.done_button.isEnabled():
            self.accept()
