"""The About dialog: version, where the data lives, the licence."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from mentee_desktop import __version__


def show_about(parent: QWidget, data_dir: Path) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("About", "About Mentee Desktop"),
        QCoreApplication.translate(
            "About",
            "<h3>Mentee Desktop {0}</h3>"
            "<p>Prepare, listen, ask for feedback and follow through with your mentors.</p>"
            "<p>Your data: <code>{1}</code></p>"
            "<p>With File › Protect with a passphrase…, your notes, backups and exports are "
            "encrypted: a lost or stolen laptop, a copied backup or export, or a synced or "
            "cloud folder shows nothing readable. It does not protect against harmful "
            "software running as you while your notes are unlocked. If you forget the "
            "passphrase and lose the recovery key, the notes are gone for good.</p>"
            "<p>Licence: GNU GPL version 3 or later.</p>",
        ).format(escape(__version__), escape(str(data_dir))),
    )
