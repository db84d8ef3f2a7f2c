"""Looking at a protected store's file before it is opened: the same questions as
:mod:`identity` asks of a plain one (is it ours, which version), answered through its key.

An encrypted file has no SQLite header to read, so ours-ness starts from the key slots: the
slots in ``mentee.keys`` must match the file's salt and the key must be theirs; then the
usual checks (application id, tables, schema version) run through a keyed, read-only
connection. Nothing here writes.
"""

from __future__ import annotations

from pathlib import Path

from mentee_desktop.data import identity
from mentee_desktop.data.errors import DamagedDatabaseError, NotADatabaseError
from mentee_desktop.data.folder import read_only_uri
from mentee_desktop.data.protection import KeyFileError, cipher
from mentee_desktop.data.protection.cipher import StoreKey, file_salt, is_plain_file


def inspect_protected(path: Path, key: StoreKey) -> identity.FileCheck:
    """:func:`identity.inspect_file` for the store's encrypted database: its version, once
    the key slots beside it, the file's salt and the key agree, and the file is ours."""
    from mentee_desktop.data.protection.folder import read_matching_slots

    slots = read_matching_slots(path.parent)  # missing, plain or foreign file: KeyFileError
    if slots.salt != key.salt:
        raise KeyFileError(f"this key does not belong to {path.name} in {path.parent}")
    try:
        return inspect_encrypted_file(path, key)
    except DamagedDatabaseError:
        raise
    except NotADatabaseError as exc:  # the key file's own key cannot read it: damage
        raise DamagedDatabaseError(
            f"{path} cannot be read with the key from its key file ({exc.__cause__ or exc})",
            path,
            "It is damaged; run “mentee-desktop recover” to restore the newest good backup "
            "(it asks for your passphrase; the damaged file is kept aside)",
        ) from exc


def inspect_encrypted_file(path: Path, key: StoreKey) -> identity.FileCheck:
    """The identity checks of any file encrypted with ``key`` (the store or a backup)."""
    if not path.exists():
        raise KeyFileError(f"{path} is missing; there is nothing to unlock")
    if is_plain_file(path) or file_salt(path) != key.salt:
        raise KeyFileError(f"{path} was not encrypted with this store's key")
    conn = cipher.connect(read_only_uri(path), key, uri=True)
    try:
        cipher.check_opens(conn, path)
        try:
            version, app_id, shape = identity.read_shape(conn)
        except cipher.errors() as exc:
            raise NotADatabaseError(f"{path} cannot be read with this key ({exc})") from exc
    finally:
        conn.close()
    identity.check_ours(path, version, app_id, shape)
    return identity.FileCheck(exists=True, version=version)


def read_only_connection(path: Path, key: StoreKey):
    """A keyed connection that can only read (``store``'s read-only open, encrypted)."""
    conn = cipher.connect(read_only_uri(path), key, uri=True, timeout=10)
    try:
        cipher.check_opens(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn


def check_protected_file(path: Path, key: StoreKey) -> int:
    """``check_database_file`` for an encrypted file: its version, after ``quick_check``."""
    version = inspect_encrypted_file(path, key).version
    conn = cipher.connect(read_only_uri(path), key, uri=True)
    try:
        cipher.quick_check(conn, path)
    except cipher.errors() as exc:  # a damaged page fails its check before quick_check does
        raise NotADatabaseError(f"{path} is damaged ({exc})") from exc
    finally:
        conn.close()
    return version
