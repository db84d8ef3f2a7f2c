"""The one rule for a new passphrase typed twice: protecting the store, changing its
passphrase and encrypting an export all say the same thing about it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

#: the shortest passphrase accepted in the window (a long one is better; the message says so)
MIN_LENGTH = 8


def problem(passphrase: str, repeated: str) -> str | None:
    """What is wrong with a new passphrase and its repetition, or None when it will do."""
    if len(passphrase) < MIN_LENGTH:
        return QCoreApplication.translate(
            "NewPassphrase", "Use at least {0} characters; a few unusual words are best."
        ).format(MIN_LENGTH)
    if passphrase != repeated:
        return QCoreApplication.translate("NewPassphrase", "The two passphrases differ.")
    return None
