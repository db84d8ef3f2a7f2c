"""Key slots: the database key wrapped under the passphrase and under the recovery key.

``mentee.keys`` is a small JSON file. Each slot holds the database key sealed with AES-256-GCM
under a key derived from one secret: the passphrase through scrypt (slow on purpose, about
0.3 s here), the recovery key through HKDF (it is already 160 random bits). The store's salt
is bound into every slot, so a slot cannot be moved to another store unnoticed. Changing the
passphrase re-seals one slot; the database itself is not touched.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass, replace
from pathlib import Path

from mentee_desktop.data.protection import KeyFileError, WrongPassphraseError
from mentee_desktop.data.protection.cipher import KEY_BYTES, SALT_BYTES, StoreKey

FORMAT = "mentee-desktop-key-slots"
FORMAT_VERSION = 1
PASSPHRASE = "passphrase"
RECOVERY = "recovery-key"
#: scrypt's cost: 2**17 with r=8 takes about 0.3 s and 128 MiB here
SCRYPT_N = 2**17
SCRYPT_R = 8
#: Crockford's base32: no I, L, O or U, so nothing is mistaken when copied by hand
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS = 8
GROUP_LENGTH = 4


@dataclass(frozen=True)
class Slot:
    kind: str
    kdf: dict
    nonce: bytes
    sealed: bytes


@dataclass(frozen=True)
class KeySlots:
    salt: bytes
    slots: tuple[Slot, ...]

    def slot(self, kind: str) -> Slot:
        for slot in self.slots:
            if slot.kind == kind:
                return slot
        raise KeyFileError(f"the key file has no {kind} slot")


def new_recovery_key() -> str:
    """160 random bits as eight groups of four characters, e.g. ``7KQ2-…``."""
    chars = "".join(secrets.choice(ALPHABET) for _ in range(RECOVERY_GROUPS * GROUP_LENGTH))
    return "-".join(chars[i : i + GROUP_LENGTH] for i in range(0, len(chars), GROUP_LENGTH))


def normalise_recovery_key(text: str) -> str:
    """What a person typed, read forgivingly: case, spaces, dashes, O for 0, I/L for 1."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    if len(cleaned) != RECOVERY_GROUPS * GROUP_LENGTH or any(c not in ALPHABET for c in cleaned):
        raise WrongPassphraseError(
            f"a recovery key has {RECOVERY_GROUPS} groups of {GROUP_LENGTH} letters and "
            "digits; this is not one"
        )
    return cleaned


def _derive(kind: str, kdf: dict, secret: str) -> bytes:
    if kind == PASSPHRASE:
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

        if not 2 <= int(kdf["n"]) <= 2**20 or not 1 <= int(kdf["r"]) * int(kdf["p"]) <= 64:
            raise ValueError("scrypt parameters out of range")

        return Scrypt(
            salt=_unb64(kdf["salt"]), length=32, n=int(kdf["n"]), r=int(kdf["r"]), p=int(kdf["p"])
        ).derive(secret.encode("utf-8"))
    from cryptography.hazmat.primitives.hashes import SHA256
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    material = normalise_recovery_key(secret).encode("ascii")
    return HKDF(algorithm=SHA256(), length=32, salt=_unb64(kdf["salt"]), info=b"mentee").derive(
        material
    )


def _context(kind: str, salt: bytes) -> bytes:
    return f"{FORMAT} {FORMAT_VERSION} {kind} {salt.hex()}".encode("ascii")


def _seal(kind: str, secret: str, key: bytes, salt: bytes, *, cost: int | None) -> Slot:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if kind == PASSPHRASE:
        kdf = {
            "name": "scrypt",
            "n": cost or SCRYPT_N,
            "r": SCRYPT_R,
            "p": 1,
            "salt": _b64(os.urandom(16)),
        }
    else:
        kdf = {"name": "hkdf-sha256", "salt": _b64(os.urandom(16))}
    nonce = os.urandom(12)
    sealed = AESGCM(_derive(kind, kdf, secret)).encrypt(nonce, key, _context(kind, salt))
    return Slot(kind, kdf, nonce, sealed)


def create(
    store_key: StoreKey, passphrase: str, recovery_key: str, *, cost: int | None = None
) -> KeySlots:
    """Key slots for ``store_key``: one under the passphrase, one under the recovery key."""
    return KeySlots(
        store_key.salt,
        (
            _seal(PASSPHRASE, passphrase, store_key.key, store_key.salt, cost=cost),
            _seal(RECOVERY, recovery_key, store_key.key, store_key.salt, cost=cost),
        ),
    )


def unlock(slots: KeySlots, secret: str, *, kind: str = PASSPHRASE) -> StoreKey:
    """The database key, or :class:`WrongPassphraseError`."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    slot = slots.slot(kind)
    try:
        key = AESGCM(_derive(kind, slot.kdf, secret)).decrypt(
            slot.nonce, slot.sealed, _context(kind, slots.salt)
        )
    except InvalidTag:
        what = "passphrase" if kind == PASSPHRASE else "recovery key"
        raise WrongPassphraseError(f"wrong {what}; nothing was opened or changed") from None
    except (KeyError, ValueError, TypeError) as exc:
        raise KeyFileError(f"the key file's {kind} slot is damaged ({exc})") from exc
    if len(key) != KEY_BYTES:
        raise KeyFileError("the key file holds a key of the wrong size")
    return StoreKey(key, slots.salt)


def with_new_passphrase(
    slots: KeySlots, store_key: StoreKey, passphrase: str, *, cost: int | None = None
) -> KeySlots:
    """The same slots with the passphrase slot sealed anew (the recovery slot is kept)."""
    fresh = _seal(PASSPHRASE, passphrase, store_key.key, slots.salt, cost=cost)
    return replace(slots, slots=tuple(fresh if s.kind == PASSPHRASE else s for s in slots.slots))


# ----- the file ---------------------------------------------------------------------------


def to_bytes(slots: KeySlots) -> bytes:
    document = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "database_salt": slots.salt.hex(),
        "slots": [
            {"kind": s.kind, "kdf": s.kdf, "nonce": _b64(s.nonce), "sealed_key": _b64(s.sealed)}
            for s in slots.slots
        ],
    }
    return (json.dumps(document, indent=2) + "\n").encode("ascii")


def read(path: Path) -> KeySlots:
    """Read ``mentee.keys``; a missing, cut-short or foreign file is a clear error."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise KeyFileError(
            f"the key file {path.name} is missing from {path.parent}; the protected database "
            "cannot be opened without it (restore it from where you keep copies)"
        ) from None
    except OSError as exc:
        raise KeyFileError(f"cannot read the key file {path}: {exc.strerror or exc}") from exc
    try:
        document = json.loads(raw.decode("ascii"))
        if document.get("format") != FORMAT:
            raise ValueError("not a key slots file")
        if document.get("format_version") != FORMAT_VERSION:
            raise ValueError(f"format version {document.get('format_version')}")
        salt = bytes.fromhex(document["database_salt"])
        if len(salt) != SALT_BYTES:
            raise ValueError("bad salt")
        slots = tuple(
            Slot(s["kind"], dict(s["kdf"]), _unb64(s["nonce"]), _unb64(s["sealed_key"]))
            for s in document["slots"]
        )
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
        raise KeyFileError(
            f"the key file {path} is damaged or cut short ({exc}); nothing was changed"
        ) from exc
    return KeySlots(salt, slots)


def write(path: Path, slots: KeySlots) -> None:
    """Write the key slots atomically (temporary file, fsync, rename, fsync the folder)."""
    from mentee_desktop.data.folder import fsync_folder

    partial = path.with_name(f".{path.name}.partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(to_bytes(slots))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    fsync_folder(path.parent)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
