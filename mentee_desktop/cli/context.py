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
    _db: Database | None = field(default=None, init=False)

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
                self._db = open_store(self.data_dir, allow_read_only=allow_read_only)
            except StoreError as exc:
                raise CommandError(str(exc)) from exc
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


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
