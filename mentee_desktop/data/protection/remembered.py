""" "Remember on this computer": the store's key kept in the system keyring (Secret Service
through ``keyring``), so the window opens at start without asking for the passphrase.

Never the default: the keyring is only asked when the user chose it, which leaves a marker
file (``mentee.remember``, empty) beside the database; without it ``keyring`` is never even
imported. The passphrase stays the way in: a keyring that is gone, locked, failing, or holds
a key that no longer fits (the store was protected anew) gives None, and the unlock window
asks as before. Nothing here raises.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from mentee_desktop.data.errors import StoreError
from mentee_desktop.data.protection.cipher import KEY_BYTES, SALT_BYTES, StoreKey

log = logging.getLogger(__name__)

SERVICE = "mentee-desktop"
MARKER_NAME = "mentee.remember"


def marker_path(data_dir: Path) -> Path:
    return data_dir / MARKER_NAME


def is_remembered(data_dir: Path) -> bool:
    """Whether the user chose to keep this store's key in the keyring."""
    return marker_path(data_dir).exists()


def _account(data_dir: Path) -> str:
    """One keyring entry per data folder."""
    return str(data_dir.resolve())


def keyring_available() -> bool:
    """Whether a real keyring is there to keep a key in (not ``keyring``'s "fail" one)."""
    try:
        import keyring
        from keyring.backends import fail

        return not isinstance(keyring.get_keyring(), fail.Keyring)
    except Exception:  # a missing or broken keyring is "not available", never an error
        log.info("no keyring to remember the key in", exc_info=True)
        return False


def remember(data_dir: Path, key: StoreKey) -> bool:
    """Keep ``key`` in the keyring for this folder; False (and nothing kept) when it fails."""
    try:
        import keyring

        keyring.set_password(SERVICE, _account(data_dir), key.key.hex() + key.salt.hex())
        marker_path(data_dir).touch(mode=0o600)
    except Exception:
        log.warning("the keyring could not keep the key", exc_info=True)
        forget(data_dir)
        return False
    return True


def forget(data_dir: Path) -> None:
    """Take the key out of the keyring (as far as it answers) and drop the marker."""
    had_marker = is_remembered(data_dir)
    with contextlib.suppress(OSError):
        marker_path(data_dir).unlink(missing_ok=True)
    if not had_marker:
        return
    try:
        import keyring

        keyring.delete_password(SERVICE, _account(data_dir))
    except Exception:  # gone already, or no keyring: nothing left to take out
        log.info("the keyring did not forget the key", exc_info=True)


def remembered_key(data_dir: Path) -> StoreKey | None:
    """The key kept for this folder, checked against its key slots and database; None when
    none was kept, the keyring does not answer, or the key no longer fits."""
    if not is_remembered(data_dir):
        return None
    try:
        import keyring

        text = keyring.get_password(SERVICE, _account(data_dir))
    except Exception:
        log.warning("the keyring did not answer; asking for the passphrase", exc_info=True)
        return None
    key = _parse(text)
    if key is None or not _fits(data_dir, key):
        log.info("the remembered key is missing or no longer fits; asking for the passphrase")
        return None
    return key


def _parse(text: str | None) -> StoreKey | None:
    try:
        raw = bytes.fromhex(text or "")
    except ValueError:
        return None
    if len(raw) != KEY_BYTES + SALT_BYTES:
        return None
    return StoreKey(raw[:KEY_BYTES], raw[KEY_BYTES:])


def _fits(data_dir: Path, key: StoreKey) -> bool:
    from mentee_desktop.data.protection.opening import inspect_protected
    from mentee_desktop.paths import database_path

    try:
        inspect_protected(database_path(data_dir), key)
    except StoreError:
        return False
    return True
