"""Turning protection on and off, and changing the passphrase: each all or nothing.

Every new database is written beside the old one under a temporary name, checked, and
swapped in with one rename (see :mod:`.folder` for the order that keeps a crash harmless).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from mentee_desktop.data.errors import StoreError
from mentee_desktop.data.protection import ProtectionError, files, keyslots
from mentee_desktop.data.protection.cipher import StoreKey, file_salt, is_plain_file
from mentee_desktop.data.protection.folder import is_protected, keys_path, tidy

#: what to do with backups written before protection: encrypt them, delete them, keep them
ENCRYPT, DELETE, KEEP = "encrypt", "delete", "keep"


@dataclass(frozen=True)
class Protected:
    #: shown once to the user, never stored
    recovery_key: str
    key: StoreKey = field(repr=False)
    #: files in the data folder that still hold plain data (kept at the user's word)
    plain_files: tuple[Path, ...] = ()


def _held(data_dir: Path, lock_held: bool):
    from mentee_desktop.data.folder_lock import FolderLock, hold_data_folder

    return FolderLock(None) if lock_held else hold_data_folder(data_dir)


def protect(
    data_dir: Path,
    passphrase: str,
    *,
    old_backups: str = ENCRYPT,
    lock_held: bool = False,
    cost: int | None = None,
) -> Protected:
    """Encrypt the store with a new random key; returns the recovery key to show once.

    Close every connection to the store first (the window does). ``old_backups`` says
    what becomes of the plain backups; any plain file left is listed in the result.
    """
    from mentee_desktop.data.folder import install_database_file
    from mentee_desktop.paths import database_path

    if not passphrase:
        raise ProtectionError("the passphrase is empty; nothing was changed")
    database = database_path(data_dir)
    with _held(data_dir, lock_held):
        tidy(data_dir)
        if is_protected(data_dir):
            raise ProtectionError(f"the data in {data_dir} is already protected")
        if not database.exists():
            raise ProtectionError(f"there is no database in {data_dir} yet; nothing to protect")
        key = StoreKey.new()
        recovery_key = keyslots.new_recovery_key()
        slots = keyslots.create(key, passphrase, recovery_key, cost=cost)
        temp = data_dir / f".mentee.db.protecting-{os.getpid()}.partial"
        files.convert(database, None, temp, key)
        try:
            keyslots.write(keys_path(data_dir), slots)
            install_database_file(temp, database)
        finally:
            files.discard(temp)
        plain = _treat_old_backups(data_dir, key, old_backups)
    return Protected(recovery_key, key, plain)


def protect_old_backups(data_dir: Path, key: StoreKey, choice: str) -> tuple[Path, ...]:
    """Encrypt (or delete) plain backups found later; returns the plain files that remain."""
    return _treat_old_backups(data_dir, key, choice)


def _treat_old_backups(data_dir: Path, key: StoreKey, choice: str) -> tuple[Path, ...]:
    from mentee_desktop.data.backups import list_backups
    from mentee_desktop.data.folder import fsync_folder
    from mentee_desktop.paths import backup_dir

    folder = backup_dir(data_dir)
    left = []
    for backup in list_backups(folder):
        if not is_plain_file(backup.path):
            continue
        if choice == DELETE:
            backup.path.unlink(missing_ok=True)
            continue
        if choice == ENCRYPT:
            temp = folder / f".{backup.path.name}.protecting-{os.getpid()}.partial"
            try:
                files.convert(backup.path, None, temp, key)
                os.replace(temp, backup.path)
                continue
            except StoreError:
                pass  # a damaged backup stays as it was, and is named as plain below
            finally:
                files.discard(temp)
        left.append(backup.path)
    fsync_folder(folder) if folder.exists() else None
    left += [p for p in data_dir.glob("mentee.db.*-*") if p.is_file() and is_plain_file(p)]
    return tuple(sorted(left))


def unprotect(data_dir: Path, key: StoreKey, *, lock_held: bool = False) -> None:
    """Decrypt the store and its backups; the key file goes last."""
    from mentee_desktop.data.backups import list_backups
    from mentee_desktop.data.folder import install_database_file
    from mentee_desktop.paths import backup_dir, database_path

    database = database_path(data_dir)
    with _held(data_dir, lock_held):
        tidy(data_dir)
        if not is_protected(data_dir):
            raise ProtectionError(f"the data in {data_dir} is not protected")
        folder = backup_dir(data_dir)
        for backup in list_backups(folder):
            if is_plain_file(backup.path) or file_salt(backup.path) != key.salt:
                continue
            temp = folder / f".{backup.path.name}.unprotecting-{os.getpid()}.partial"
            try:
                files.convert(backup.path, key, temp, None)
                os.replace(temp, backup.path)
            finally:
                files.discard(temp)
        temp = data_dir / f".mentee.db.unprotecting-{os.getpid()}.partial"
        files.convert(database, key, temp, None)
        try:
            files.retire_logs(database, key)
            install_database_file(temp, database)
        finally:
            files.discard(temp)
        keys_path(data_dir).unlink()
        from mentee_desktop.data.folder import fsync_folder
        from mentee_desktop.data.protection.remembered import forget

        fsync_folder(data_dir)
        forget(data_dir)  # a key kept in the keyring opens nothing any more


def change_passphrase(
    data_dir: Path,
    secret: str,
    new_passphrase: str,
    *,
    kind: str = keyslots.PASSPHRASE,
    cost: int | None = None,
) -> StoreKey:
    """Seal the key under ``new_passphrase``; ``secret`` is the old passphrase or (with
    ``kind=RECOVERY``) the recovery key. The database is not rewritten."""
    from mentee_desktop.data.protection.folder import read_matching_slots

    if not new_passphrase:
        raise ProtectionError("the new passphrase is empty; nothing was changed")
    slots = read_matching_slots(data_dir)
    key = keyslots.unlock(slots, secret, kind=kind)
    keyslots.write(
        keys_path(data_dir), keyslots.with_new_passphrase(slots, key, new_passphrase, cost=cost)
    )
    return key
