"""File › Export all data…: plain JSON, or JSON encrypted to a passphrase in the age format
(``age -d`` opens it without this app). A protected store is only ever exported encrypted."""

from __future__ import annotations

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

from mentee_desktop.ui.widgets import new_passphrase


class ExportAllDialog(QDialog):
    """Asks whether (and with which passphrase) the export is encrypted."""

    def __init__(self, *, protected: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export all data"))
        self.encrypted = QRadioButton(
            self.tr("Encrypted with a passphrase (age format; “age -d” opens it)")
        )
        self.plain = QRadioButton(self.tr("Plain JSON: anyone who gets the file can read it"))
        group = QButtonGroup(self)
        for button in (self.encrypted, self.plain):
            group.addButton(button)
        (self.encrypted if protected else self.plain).setChecked(True)
        self.plain.setEnabled(not protected)
        self.passphrase = QLineEdit()
        self.repeat = QLineEdit()
        for field, name in (
            (self.passphrase, self.tr("Passphrase for the export")),
            (self.repeat, self.tr("Passphrase for the export again")),
        ):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(name)
        intro = QLabel(
            self.tr(
                "Your notes are protected, so the export is encrypted too. Choose a "
                "passphrase for it (it may differ from the one that unlocks your notes)."
            )
            if protected
            else self.tr("How should the export be written?")
        )
        intro.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.next_button = self.buttons.addButton(
            self.tr("Choose file…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Again:"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if not protected:
            layout.addWidget(self.encrypted)
            layout.addWidget(self.plain)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._plain_toggled(self.plain.isChecked())
        self.plain.toggled.connect(self._plain_toggled)
        self.next_button.clicked.connect(self.check_and_accept)
        self.buttons.rejected.connect(self.reject)

    def _plain_toggled(self, plain: bool) -> None:
        for field in (self.passphrase, self.repeat):
            field.setEnabled(not plain)
        self.message.clear()

    def chosen_passphrase(self) -> str | None:
        """The export's passphrase, or None for a plain export."""
        return None if self.plain.isChecked() else self.passphrase.text()

    def check_and_accept(self) -> None:
        if self.plain.isChecked():
            self.accept()
        elif wrong := new_passphrase.problem(self.passphrase.text(), self.repeat.text()):
            self.message.setText(wrong)
        else:
            self.accept()

    def clear_secrets(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()
