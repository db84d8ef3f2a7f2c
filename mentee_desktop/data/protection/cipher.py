"""SQLCipher connections: the one place that hands a key to the cipher library.

``sqlcipher3-binary`` bundles SQLCipher (with FTS5) in a wheel, so the app does not depend on
what the system's SQLite was built with. The key is passed raw (hex, with the store's salt),
so opening skips SQLCipher's own slow key derivation: the slow step is the passphrase's,
done once when unlocking.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mentee_desktop.data.errors import NotADatabaseError, StoreError

SQLITE_MAGIC = b"SQLite format 3\x00"
KEY_BYTES = 32
SALT_BYTES = 16


@dataclass(frozen=True, repr=False)
class StoreKey:
    """The unwrapped database key and the salt every encrypted file of the store starts with."""

    key: bytes
    salt: bytes

    def __repr__(self) -> str:  # never print the key into a log or a traceback
        return "StoreKey(…)"

    @classmethod
    def new(cls) -> StoreKey:
        return cls(os.urandom(KEY_BYTES), os.urandom(SALT_BYTES))

    def pragma_value(self) -> str:
        """The raw key for ``PRAGMA key`` / ``ATTACH … KEY``: SQLCipher uses it as it is."""
        return f"x'{self.key.hex()}{self.salt.hex()}'"


def errors() -> tuple[type[BaseException], ...]:
    """The exception classes a cipher connection raises (they are not ``sqlite3.Error``)."""
    import sqlcipher3

    return (sqlcipher3.Error, sqlite3.Error)


def connect(target: Path | str, key: StoreKey | None, *, uri: bool = False, timeout=10.0):
    """A SQLCipher connection to ``target`` (a path or URI), keyed when ``key`` is given.

    SQLCipher's own log is switched off: a wrong key is reported by our message, not by a
    line on stderr.
    """
    import sqlcipher3

    conn = sqlcipher3.connect(str(target), uri=uri, timeout=timeout)
    conn.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        conn.execute(f'PRAGMA key = "{key.pragma_value()}"')
    return conn


def check_opens(conn: Any, path: Path) -> int:
    """Read the schema version through a keyed connection; a wrong key is a clear error."""
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except errors() as exc:
        raise NotADatabaseError(f"{path} cannot be read with this key ({exc})") from exc
    return version


def quick_check(conn: Any, path: Path) -> None:
    problems = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
    if problems != ["ok"]:
        raise NotADatabaseError(f"{path} is damaged ({problems[0]})")


def is_plain_file(path: Path) -> bool:
    """True when ``path`` starts like an unencrypted SQLite database."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def file_salt(path: Path) -> bytes:
    """The first bytes of an encrypted file: the salt it was written with."""
    try:
        with path.open("rb") as handle:
            return handle.read(SALT_BYTES)
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from exc
