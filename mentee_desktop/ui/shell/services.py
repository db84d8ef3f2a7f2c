"""What every widget shares: the store, the clock, the user's zone, and a safe way to write.

``services.call(fn, ...)`` runs a store function; a known store error (full disk, read-only
file) becomes a message in the window instead of a traceback, and the caller gets ``None`` so
it can keep the user's text in the editor. Anything else is a bug: it goes to the log with its
traceback, and the window shows a short apology (the caller gets ``None`` too). After a
successful write, ``store_changed`` tells the other tabs to refresh.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal
from sqlite_utils import Database

from mentee_desktop.data.errors import StoreError, known_errors
from mentee_desktop.data.record_kind import RecordKind

T = TypeVar("T")
log = logging.getLogger(__name__)


def _name(function: Callable) -> str:
    return getattr(function, "__qualname__", repr(function))


class AppServices(QObject):
    #: the RecordKind that changed (a StrEnum: it arrives as its string)
    store_changed = Signal(str)
    #: a message the window shows in its message bar
    error_reported = Signal(str)
    #: text and a zero-argument callable that undoes the last deletion
    undo_offered = Signal(str, object)
    #: asks the window to show a record: kind and id
    open_record_requested = Signal(str, int)

    def __init__(
        self,
        db: Database,
        *,
        clock: Callable[[], datetime],
        zone_name: str,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.db = db
        self.clock = clock
        self.zone_name = zone_name

    @property
    def zone(self) -> tzinfo:
        return ZoneInfo(self.zone_name)

    def now(self) -> datetime:
        return self.clock()

    def today(self):
        return self.clock().astimezone(self.zone).date()

    def call(
        self, kind: RecordKind, function: Callable[..., T], *args: Any, **kwargs: Any
    ) -> T | None:
        """Run a store write; on a known error report it and return None (nothing changed)."""
        try:
            with known_errors():
                result = function(self.db, *args, **kwargs)
        except StoreError as exc:
            log.warning("store write failed: %s", exc)
            self.error_reported.emit(self.tr("Not saved: {0}").format(exc))
            return None
        except Exception:
            log.exception("store write %s failed (a bug)", _name(function))
            self.error_reported.emit(self.tr("Sorry, something went wrong and this was not saved."))
            return None
        self.store_changed.emit(kind)
        return result

    def read(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a store read (no change signal); SQLite's known failures arrive as StoreError."""
        with known_errors():
            return function(self.db, *args, **kwargs)

    def offer_undo(self, text: str, undo: Callable[[], object]) -> None:
        self.undo_offered.emit(text, undo)
