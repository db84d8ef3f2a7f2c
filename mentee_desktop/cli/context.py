"""What every sub-command needs: the data folder and a store opened on demand."""

from __future__ import annotations

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
    _db: Database | None = field(default=None, init=False)

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
                self._db = open_store(self.data_dir)
            except StoreError as exc:
                raise CommandError(str(exc)) from exc
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
