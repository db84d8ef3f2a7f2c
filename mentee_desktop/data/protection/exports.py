"""JSON exports encrypted to a passphrase in the age format (age-encryption.org/v1).

Any age tool opens them (``age -d export.json.age`` asks for the passphrase), so the data
never depends on this app to be read back. ``pyrage`` is the Rust ``age`` library's Python
binding; the whole export is encrypted in memory and written atomically, never in plain.
"""

from __future__ import annotations

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
    """The JSON export of ``db``, encrypted to ``passphrase``, written to the file ``output``
    means (the one output-file rule, :mod:`output_file`: all or nothing, new files 0600)."""
    from pyrage import passphrase as age_passphrase

    from mentee_desktop.data.errors import database_errors
    from mentee_desktop.data.json_io import export_chunks
    from mentee_desktop.data.output_file import resolve_target, write_bytes

    if not passphrase:
        raise ProtectionError("the passphrase for the export is empty; nothing was written")
    resolve_target(output)  # a folder, device or missing folder: refused before the work
    try:
        text = "".join(export_chunks(db, now=now))
    except database_errors() as exc:
        raise StoreError(f"cannot read the data to export: {exc}") from exc
    sealed = age_passphrase.encrypt(text.encode("utf-8"), passphrase)
    return write_bytes(output, sealed)


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
