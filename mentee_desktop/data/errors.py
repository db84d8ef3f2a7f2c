"""Known errors of the store: each one becomes a clear message, never a traceback."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database


class StoreError(Exception):
    """A failure the user can understand and act on (bad file, full disk, ...)."""


class NotADatabaseError(StoreError):
    """The file exists but is not a readable Mentee Desktop database."""


class NewerSchemaError(StoreError):
    """The database was written by a newer version of the app; we must not touch it."""


class DataFolderError(StoreError):
    """The data folder cannot be created or written."""


class DiskFullError(StoreError):
    """A write failed because the disk (or the database's size limit) is full."""


class ReadOnlyStoreError(StoreError):
    """A write was refused because the database or its folder is read-only."""


class StoreClosedError(StoreError):
    """The store was closed (the window is closing); nothing more can be read or written."""


class StoreBusyError(StoreError):
    """Another program holds the database locked for longer than we wait."""


class RecordNotFoundError(StoreError):
    """A record asked for by id does not exist (any more)."""


def database_errors() -> tuple[type[Exception], ...]:
    """The exception classes a store connection raises: ``sqlite3``'s, and SQLCipher's
    (same names, other classes) once a protected store has loaded it. Never imports it."""
    cipher = sys.modules.get("sqlcipher3")
    return (sqlite3.Error,) if cipher is None else (sqlite3.Error, cipher.Error)


def _programming_errors() -> tuple[type[Exception], ...]:
    cipher = sys.modules.get("sqlcipher3")
    plain = sqlite3.ProgrammingError
    return (plain,) if cipher is None else (plain, cipher.ProgrammingError)


def translate_sqlite_error(exc: Exception) -> StoreError | None:
    """Map SQLite's (or SQLCipher's) error to a known error, or None when it is a bug."""
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFullError("the disk is full; the change was not saved (earlier data is safe)")
    if "readonly" in text or "read-only" in text:
        return ReadOnlyStoreError("the database is read-only; the change was not saved")
    if "disk i/o error" in text:
        return DiskFullError(
            "the disk could not be written (it may be full); the change was not saved"
        )
    if "database is locked" in text or "database table is locked" in text:
        return StoreBusyError("another program is using the database; try again in a moment")
    if "not a database" in text or "malformed" in text:
        return NotADatabaseError("the database file is damaged (" + str(exc) + ")")
    return None


@contextmanager
def known_errors() -> Iterator[None]:
    """Raise SQLite's errors that have a plain meaning as :class:`StoreError`; others (bugs)
    pass unchanged."""
    try:
        yield
    except _programming_errors() as exc:
        if "closed" in str(exc).lower():
            raise StoreClosedError("the database is closed") from exc
        raise
    except database_errors() as exc:
        known = translate_sqlite_error(exc)
        if known is None:
            raise
        raise known from exc


@contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """Run a change as one transaction: all of it is saved, or none of it.

    SQLite errors that have a plain meaning (full disk, read-only file) are raised as
    :class:`StoreError` so that callers can show them.
    """
    try:
        with db.atomic():
            yield db
    except database_errors() as exc:
        known = translate_sqlite_error(exc)
        if known is None:
            raise
        raise known from exc


class CannotReadError(StoreError):
    """The file may be fine, but cannot be read right now: an I/O error, a full disk,
    permissions or a lock. Never called damage, never a reason to start empty."""


class ForeignDatabaseError(StoreError):
    """The file is a database of another program (or not ours at all); it is left untouched."""


class DataFolderInUseError(StoreError):
    """Mentee Desktop (or a restore) is running on this data folder right now."""


class LockUnavailableError(DataFolderError):
    """The data folder's lock cannot be taken (another user's lock file, no locking)."""


class DamagedDatabaseError(NotADatabaseError):
    """``mentee.db`` exists but is damaged; says which backup could bring it back."""

    def __init__(self, reason: str, path, hint: str):
        super().__init__(f"{reason}. {hint}" if hint else reason)
        self.reason = reason
        self.path = path


class ImportRefusedError(StoreError):
    """The JSON file cannot be imported; nothing was imported."""
