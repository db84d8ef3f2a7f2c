"""Protecting the store with a passphrase: SQLCipher databases, key slots, a recovery key.

The database key is 256 random bits that only ever live wrapped on disk, in ``mentee.keys``
beside the database: once under the passphrase (scrypt) and once under the recovery key.
Backups are encrypted with the same key; exports can be encrypted in the age format.
Nothing in this package imports Qt; the cipher libraries load only when used.
"""

from __future__ import annotations

from mentee_desktop.data.errors import StoreError
from mentee_desktop.data.folder import KEYS_NAME

__all__ = [
    "KEYS_NAME",
    "KeyFileError",
    "LockedStoreError",
    "ProtectionError",
    "WrongPassphraseError",
]


class ProtectionError(StoreError):
    """A protected store cannot be opened or changed; the message says what is wrong."""


class WrongPassphraseError(ProtectionError):
    """The passphrase (or recovery key) does not unlock the key slots."""


class KeyFileError(ProtectionError):
    """``mentee.keys`` is missing, damaged, or belongs to another store."""


class LockedStoreError(ProtectionError):
    """The store is protected and was asked for without its key."""
