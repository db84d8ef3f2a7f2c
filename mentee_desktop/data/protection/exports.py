"""JSON exports encrypted to a passphrase in the age format (age-encryption.org/v1).

Any age tool opens them (``age -d export.json.age`` asks for the passphrase), so the data
never depends on this app to be read back. ``pyrage`` is the Rust ``age`` library's Python
binding; the whole export is encrypted in memory and written atomically, never in plain.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from mentee_desktop.data.errors import StoreError
from mentee_desktop.data.protection import ProtectionError, WrongPassphraseError

AGE_MAGIC = b"age-encryption.org/v1\n"


def is_encrypted_export(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(AGE_MAGIC)) == AGE_MAGIC
    except OSError:
        return False


def write_encrypted_export(db: Database, output: Path, passphrase: str, *, now: datetime) -> Path:
    """The JSON export of ``db``, encrypted to ``passphrase``, written to ``output`` (0600)."""
    from pyrage import passphrase as age_passphrase

    from mentee_desktop.data.json_io import export_chunks

    if not passphrase:
        raise ProtectionError("the passphrase for the export is empty; nothing was written")
    if output.is_dir() or not output.name:
        raise StoreError(f"{output} is a folder; give the name of the file to write")
    text = "".join(export_chunks(db, now=now))
    sealed = age_passphrase.encrypt(text.encode("utf-8"), passphrase)
    partial = output.with_name(f".{output.name}.partial")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(sealed)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, output)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(f"cannot write {output}: {exc.strerror or exc}") from exc
    return output


def read_encrypted_export(source: Path, passphrase: str) -> str:
    """The JSON text inside an age-encrypted export; a wrong passphrase is a clear error."""
    from pyrage import DecryptError
    from pyrage import passphrase as age_passphrase

    try:
        sealed = source.read_bytes()
    except OSError as exc:
        raise StoreError(f"cannot read {source}: {exc.strerror or exc}") from exc
    try:
        plain = age_passphrase.decrypt(sealed, passphrase)
    except DecryptError:
        raise WrongPassphraseError(
            f"{source.name} could not be decrypted: wrong passphrase, or the file is damaged; "
            "nothing was imported"
        ) from None
    try:
        return plain.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise StoreError(f"{source} does not hold a JSON export; nothing was imported") from exc
