"""Restoring and recovering a protected store: the same promises as ``backups.restore_backup``
and ``backups.recover`` (the source is checked first, the current data is backed up or kept
aside, one rename swaps the files), with every new file encrypted under the store's key.

A backup of a protected store is encrypted with its key; a plain backup kept from before
protection is accepted too and encrypted on the way in. A file encrypted with another key is
refused by name. The key comes from the key slots alone (:func:`unlock_slots`), so a store
whose database is damaged can still be recovered.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from mentee_desktop.data.backups import (
    Backup,
    RestoreResult,
    check_database_file,
    list_backups,
    make_backup,
)
from mentee_desktop.data.errors import NotADatabaseError, StoreError
from mentee_desktop.data.protection import KeyFileError, keyslots
from mentee_desktop.data.protection.cipher import StoreKey, file_salt, is_plain_file
from mentee_desktop.data.protection.files import convert, discard, retire_logs
from mentee_desktop.data.protection.folder import keys_path, tidy
from mentee_desktop.data.protection.opening import check_protected_file


def store_slots(data_dir: Path) -> keyslots.KeySlots:
    """The key slots, checked to be this store's: they match its database or, when the
    database is damaged at its very start, one of its backups. A key file from another
    store, cut short or missing is a :class:`KeyFileError` naming it. Writes nothing."""
    from mentee_desktop.data.protection.folder import read_matching_slots
    from mentee_desktop.paths import backup_dir

    slots = keyslots.read(keys_path(data_dir))
    try:
        read_matching_slots(data_dir)
    except KeyFileError:
        backups = [b.path for b in list_backups(backup_dir(data_dir))]
        if not any(not is_plain_file(p) and file_salt(p) == slots.salt for p in backups):
            raise
    return slots


def unlock_slots(data_dir: Path, secret: str, *, kind: str = keyslots.PASSPHRASE) -> StoreKey:
    """The store's key from its key slots (see :func:`store_slots`), without opening the
    database (it may be the damaged file being recovered). Writes nothing."""
    return keyslots.unlock(store_slots(data_dir), secret, kind=kind)


def check_backup(path: Path, key: StoreKey) -> int:
    """The schema version of a backup this protected store can take back: encrypted with
    its ``key``, or plain (made before protection); anything else is refused by name."""
    if not path.is_file():
        raise NotADatabaseError(f"{path} does not exist or is not a file")
    if is_plain_file(path):
        return check_database_file(path)
    if file_salt(path) != key.salt:
        raise NotADatabaseError(
            f"{path.name} is not a backup of this store: it is not a database, or it was "
            "encrypted with another store's key; nothing was changed"
        )
    return check_protected_file(path, key)


def newest_good_backup(folder: Path, key: StoreKey) -> Backup | None:
    """The newest backup that passes :func:`check_backup`."""
    for backup in list_backups(folder):
        try:
            check_backup(backup.path, key)
        except StoreError:
            continue
        return backup
    return None


def _encrypted_copy(source: Path, data_dir: Path, key: StoreKey, label: str) -> Path:
    """A checked copy of ``source`` under ``key``, in the data folder under a temporary name."""
    temp = data_dir / f".mentee.db.{label}-{os.getpid()}.partial"
    try:
        convert(source, None if is_plain_file(source) else key, temp, key)
    except StoreError as exc:
        raise StoreError(f"{exc}; nothing was restored") from exc
    return temp


def _is_readable(path: Path, key: StoreKey) -> bool:
    try:
        check_protected_file(path, key)
    except NotADatabaseError:
        return False
    return True


def restore_protected(source: Path, data_dir: Path, key: StoreKey, *, now: datetime):
    """Replace the protected store's database by the backup in ``source`` (see the module).
    Refused while the app runs on the folder."""
    from mentee_desktop.data.folder import install_database_file, keep_damaged_aside
    from mentee_desktop.data.folder_lock import hold_data_folder
    from mentee_desktop.paths import backup_dir, database_path

    check_backup(source, key)
    current = database_path(data_dir)
    if current.exists() and current.resolve() == source.resolve():
        raise StoreError(f"{source} is the database in use; choose a backup file")
    with hold_data_folder(data_dir):
        tidy(data_dir)
        before, aside = None, None
        if current.exists():
            if _is_readable(current, key):
                before = make_backup(
                    current, backup_dir(data_dir), now=now, reason="before-restore", key=key
                )
            else:
                aside = keep_damaged_aside(current, now)
        temp = _encrypted_copy(source, data_dir, key, "restoring")
        try:
            if current.exists():
                retire_logs(current, key)
            install_database_file(temp, current)
        finally:
            discard(temp)
    return RestoreResult(before, aside)


def recover_protected(
    data_dir: Path, key: StoreKey, backup: Backup | None, *, now: datetime, lock_held=False
) -> Path:
    """Keep the unreadable protected database aside and put ``backup`` (if any), encrypted
    with ``key``, in its place; returns where the damaged file went."""
    from mentee_desktop.data.folder import put_in_place_of_damaged

    if backup is not None:
        check_backup(backup.path, key)
    return put_in_place_of_damaged(
        data_dir,
        backup.path if backup else None,
        lambda source: _encrypted_copy(source, data_dir, key, "recovering"),
        now=now,
        lock_held=lock_held,
    )


def damaged(data_dir: Path, key: StoreKey) -> bool:
    """Whether the protected database cannot be read with its own key (it needs recovery)."""
    from mentee_desktop.paths import database_path

    return not _is_readable(database_path(data_dir), key)


def restore_into_protected(
    db: Database, source: Path, key: StoreKey, backup_folder: Path, *, now: datetime
) -> Backup:
    """``backups.restore_into`` for the running window over a protected store: the old data
    is backed up (encrypted), then the backup's pages are written into the open store in
    one transaction. A plain backup is encrypted into a temporary file first."""
    from mentee_desktop.data import schema
    from mentee_desktop.data.folder import read_only_uri
    from mentee_desktop.data.protection import cipher

    check_backup(source, key)
    before = make_backup(db, backup_folder, now=now, reason="before-restore", key=key)
    temp = None
    try:
        if is_plain_file(source):
            temp = backup_folder / f".{source.name}.restoring-{os.getpid()}.partial"
            convert(source, None, temp, key)
            source = temp
        connection = cipher.connect(read_only_uri(source), key, uri=True)
        try:
            connection.backup(db.conn)
        finally:
            connection.close()
    except cipher.errors() as exc:
        message = f"{source.name} could not be restored ({exc}); nothing was restored"
        raise StoreError(message) from exc
    finally:
        if temp is not None:
            discard(temp)
    schema.migrate(db)
    return before
