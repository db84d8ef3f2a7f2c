"""Whether a data folder is protected, unlocking it, and tidying after an interrupted change.

A folder is protected when ``mentee.keys`` sits beside an encrypted ``mentee.db``. Turning
protection on puts the key file in place before the encrypted database; turning it off puts
the plain database in place before removing the key file. So a key file beside a *plain*
database is only ever the trace of an interrupted change: the plain database is the truth.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

from mentee_desktop.data.errors import StoreError
from mentee_desktop.data.protection import (
    KEYS_NAME,
    KeyFileError,
    LockedStoreError,
    keyslots,
)
from mentee_desktop.data.protection.cipher import StoreKey, file_salt, is_plain_file

#: temporary files of a change in progress, named with the id of the process writing them
PARTIAL = re.compile(
    r"^\.mentee.*\.(?:protecting|unprotecting|restoring|recovering)-(\d+)\.partial(?:-.*)?$"
)


def keys_path(data_dir: Path) -> Path:
    return data_dir / KEYS_NAME


def is_protected(data_dir: Path) -> bool:
    """True when the store in ``data_dir`` needs its key (see the module's rule)."""
    from mentee_desktop.paths import database_path

    database = database_path(data_dir)
    if not keys_path(data_dir).exists():
        return False
    return database.exists() and database.stat().st_size > 0 and not is_plain_file(database)


def refuse_if_protected(data_dir: Path) -> None:
    """The store's open path without a key: a protected store says so instead of failing
    as a damaged file (it must never be offered for recovery)."""
    if is_protected(data_dir):
        raise LockedStoreError(
            f"the data in {data_dir} is protected with a passphrase; unlock it first"
        )


def missing_key_file(data_dir: Path) -> KeyFileError | None:
    """The error to give when ``mentee.keys`` is gone from beside a database that shows it
    was protected (encrypted backups or files kept aside that begin with its salt, or the
    locked tray's due times); None otherwise (a plain or merely damaged file).

    An encrypted file alone looks like random bytes, so it needs this evidence to be told
    apart from a damaged one; with it, the file must never be offered for recovery."""
    from mentee_desktop.data.protection.due_times import due_path
    from mentee_desktop.paths import backup_dir, database_path

    database = database_path(data_dir)
    if keys_path(data_dir).exists() or not database.is_file() or is_plain_file(database):
        return None
    try:
        salt = file_salt(database)
        siblings = [*data_dir.glob(f"{database.name}.*"), *backup_dir(data_dir).glob("*")][:500]
        related = any(
            p.is_file() and not is_plain_file(p) and file_salt(p) == salt for p in siblings
        )
    except (OSError, StoreError):
        return None
    if not (related or due_path(data_dir).exists()):
        return None
    return KeyFileError(
        f"{database.name} in {data_dir} is protected with a passphrase, but its key file "
        f"{KEYS_NAME} is missing, so it cannot be unlocked; put back the {KEYS_NAME} that "
        "belongs to it (from a copy of this folder). Nothing was changed"
    )


def tidy(data_dir: Path) -> None:
    """Remove what an interrupted change left: temporary copies of dead processes (which may
    be plain), and a key file beside a plain database. Call it holding the folder's lock."""
    from mentee_desktop.paths import backup_dir, database_path

    for folder in (data_dir, backup_dir(data_dir)):
        with contextlib.suppress(OSError):
            for entry in folder.iterdir():
                match = PARTIAL.match(entry.name)
                if match and not _alive(int(match.group(1))):
                    entry.unlink(missing_ok=True)
    database = database_path(data_dir)
    if keys_path(data_dir).exists() and database.exists() and is_plain_file(database):
        keys_path(data_dir).unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def read_matching_slots(data_dir: Path) -> keyslots.KeySlots:
    """The key slots, checked to belong to this folder's database (before any slow step)."""
    from mentee_desktop.paths import database_path

    database = database_path(data_dir)
    slots = keyslots.read(keys_path(data_dir))
    if not database.exists():
        raise KeyFileError(f"{database} is missing; there is nothing to unlock")
    if is_plain_file(database):
        raise KeyFileError(f"{database.name} is not protected; it needs no passphrase")
    if file_salt(database) != slots.salt:
        raise KeyFileError(
            f"the key file {KEYS_NAME} belongs to another store: it does not match "
            f"{database.name} in {data_dir}; nothing was changed"
        )
    return slots


def unlock(data_dir: Path, secret: str, *, kind: str = keyslots.PASSPHRASE) -> StoreKey:
    """The store's key from the passphrase (or the recovery key); writes nothing."""
    slots = read_matching_slots(data_dir)
    return keyslots.unlock(slots, secret, kind=kind)


def tidy_if_free(data_dir: Path) -> None:
    """:func:`tidy` when no other process holds the folder (otherwise leave it be)."""
    from mentee_desktop.data.folder_lock import lock_data_folder

    lock = lock_data_folder(data_dir) if data_dir.is_dir() else None
    if lock is None or not lock.exclusive:
        return
    with lock:
        tidy(data_dir)
