"""What every sub-command needs: the data folder and a store opened on demand."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
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


@contextmanager
def known_errors() -> Iterator[None]:
    """Store errors become one clear line (the store never leaves a change half done)."""
    from mentee_desktop.data.errors import StoreError

    try:
        yield
    except StoreError as exc:
        raise CommandError(str(exc)) from exc


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
        """Open the store once, for changes; known store errors become a
        :class:`CommandError`."""
        return self._open(allow_read_only=False)

    def reading_store(self) -> Database:
        """Open the store once, for a command that only reads: on a full or read-only disk
        it opens read-only, so the user can still look at and take out their data."""
        return self._open(allow_read_only=True)

    def _open(self, *, allow_read_only: bool) -> Database:
        if self._db is None:
            from mentee_desktop.data.errors import StoreError
            from mentee_desktop.data.store import open_store

            try:
                self._db = open_store(
                    self.data_dir, allow_read_only=allow_read_only, key=self.store_key()
                )
            except StoreError as exc:
                raise CommandError(str(exc)) from exc
        return self._db

    def read_secret(self, prompt: str, *, file: str | None = None) -> str:
        """A passphrase from ``file`` (default ``--passphrase-file``) or typed on the terminal
        without echo; a script with neither gets a clear error."""
        return read_secret(prompt, file or self.passphrase_file)

    def store_key(self):
        """The protected store's key (asking for the passphrase once), or None when plain."""
        if self._key is None:
            from mentee_desktop.data.errors import StoreError
            from mentee_desktop.data.folder import has_key_slots

            if not has_key_slots(self.data_dir):  # plain: the protection code never loads
                return None
            from mentee_desktop.data.protection import folder

            if not folder.is_protected(self.data_dir):
                return None
            try:  # a missing, damaged or foreign key file is named before asking
                folder.read_matching_slots(self.data_dir)
            except StoreError as exc:
                raise CommandError(str(exc)) from exc
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


# ----- passphrases: from a file a script names, or typed on the terminal without echo; never
# from the command line itself (other users see it in the process list) and never logged


def read_secret(prompt: str, file: str | None) -> str:
    """The first line of ``file``, else what is typed at ``prompt`` on the terminal."""
    if file is not None:
        try:
            text = Path(file).expanduser().read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = getattr(exc, "strerror", None) or exc
            raise CommandError(f"cannot read the passphrase file {file}: {reason}") from exc
        secret = text.split("\n", 1)[0].rstrip("\r")
        if not secret:
            raise CommandError(f"the passphrase file {file} is empty")
        return secret
    if not sys.stdin.isatty():
        raise CommandError(
            "the passphrase is needed, but there is no terminal to ask on; "
            "give --passphrase-file FILE"
        )
    import getpass  # only here: it brings termios onto the window's path to its first paint

    try:
        secret = getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        raise CommandError("no passphrase given; nothing was changed") from None
    if not secret:
        raise CommandError("no passphrase given; nothing was changed")
    return secret


def read_new_secret(prompt: str, file: str | None) -> str:
    """A new passphrase: from ``file``, or typed twice on the terminal (the same both times)."""
    first = read_secret(prompt, file)
    if file is None and read_secret("Type it again: ", None) != first:
        raise CommandError("the two passphrases differ; nothing was changed")
    return first


def int_in_range(low: int, high: int):
    """An argparse type: a whole number from ``low`` to ``high`` (a clear message otherwise)."""
    import argparse

    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, not {value!r}") from None
        if not low <= number <= high:
            raise argparse.ArgumentTypeError(f"expected a number from {low} to {high}, not {value}")
        return number

    parse.__name__ = "number"
    return parse


#: SQLite's largest row id: a record id above it is refused before it reaches the store
MAX_ID = 2**63 - 1


def record_id(value: str) -> int:
    """An argparse type for a record's id (1 to SQLite's largest)."""
    return int_in_range(1, MAX_ID)(value)


record_id.__name__ = "id"


def print_json(value: object) -> int:
    """Write a JSON document to stdout (text as it is, not escaped); the exit code 0."""
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


_application = None  # keeps a QGuiApplication made here alive


def gui_application():
    """The running QGuiApplication, else an offscreen one for command-line work (PDF).

    ``QT_QPA_PLATFORM=offscreen`` is set only when there is no display and the user did not
    choose a platform themselves.
    """
    global _application
    from PySide6.QtGui import QGuiApplication

    existing = QGuiApplication.instance()
    if existing is not None:
        return existing
    no_display = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and no_display and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _application = QGuiApplication([sys.argv[0] if sys.argv else "mentee-desktop"])
    return _application
