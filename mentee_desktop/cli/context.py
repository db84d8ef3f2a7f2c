"""What every sub-command needs: the data folder and a store opened on demand."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


class CommandError(Exception):
    """A known failure: printed as ``mentee-desktop: error: ...`` with no traceback."""

    def __init__(self, message: str, exit_code: int = 1):
        super().__init__(message)
        self.exit_code = exit_code


@dataclass
class Context:
    data_dir_option: str | None
    environ: Mapping[str, str]
    #: ``--passphrase-file``: where a script keeps the passphrase (never on the command line)
    passphrase_file: str | None = None
    _db: Database | None = field(default=None, init=False)
    _key: object | None = field(default=None, init=False, repr=False)
    _passphrase: str | None = field(default=None, init=False, repr=False)

    @property
    def data_dir(self) -> Path:
        from mentee_desktop.paths import resolve_data_dir

        return resolve_data_dir(self.data_dir_option, self.environ)

    def store(self) -> Database:
        """Open the store once; known store errors become a :class:`CommandError`."""
        if self._db is None:
            from mentee_desktop.data.errors import StoreError
            from mentee_desktop.data.store import open_store

            try:
                self._db = open_store(self.data_dir, key=self.store_key())
            except StoreError as exc:
                raise CommandError(str(exc)) from exc
        return self._db

    def read_secret(self, prompt: str, *, file: str | None = None) -> str:
        """A passphrase from ``file`` (default ``--passphrase-file``) or typed on the terminal
        without echo; a script with neither gets a clear error."""
        from mentee_desktop.cli.secrets import read_secret

        return read_secret(prompt, file or self.passphrase_file)

    def store_key(self):
        """The protected store's key (asking for the passphrase once), or None when plain."""
        if self._key is None:
            from mentee_desktop.data.errors import StoreError
            from mentee_desktop.data.protection import folder

            if not folder.is_protected(self.data_dir):
                return None
            secret = self.read_secret(f"Passphrase for {self.data_dir}: ")
            try:
                self._key = folder.unlock(self.data_dir, secret)
                self._passphrase = secret
            except StoreError as exc:
                raise CommandError(str(exc)) from exc
        return self._key

    def store_passphrase(self) -> str | None:
        """The passphrase that unlocked the store (kept in memory only), if any."""
        self.store_key()
        return self._passphrase

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
