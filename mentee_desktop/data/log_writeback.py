"""The store's write-ahead log written back into the database file beside the window.

With WAL journaling, SQLite copies the log into the database file (a checkpoint) inside the
commit that makes the log longer than 1,000 pages. On a busy day that is one save in eight or
nine, and that save then takes 200–400 ms instead of a few: the window freezes for it. Here a
thread with its own connection does the copy shortly after writes, so the log stays short and
no save pays for it. SQLite's own checkpoint stays as it is, as the safety net for a burst of
writes faster than this thread.

A passive checkpoint takes no lock a reader or writer waits for: the window goes on reading
and saving while it runs, and Python's sqlite3 lets go of the interpreter while SQLite works.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

#: how often the thread looks whether the log has grown (seconds)
INTERVAL = 1.0


class LogWriteBack:
    """Checkpoints ``path``'s log from a thread of its own while started.

    ``connect`` makes the thread's connection (a protected store's needs its key); by default a
    plain SQLite connection to ``path``. :meth:`stop` must run before the window's own
    connection closes, so that close is the last one and removes the log file.
    """

    def __init__(
        self,
        path: Path,
        *,
        connect: Callable[[], Any] | None = None,
        interval: float = INTERVAL,
    ) -> None:
        self.path = path
        self.log_path = path.with_name(path.name + "-wal")
        self._connect = connect or (lambda: sqlite3.connect(str(path), timeout=1.0))
        self.interval = interval
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        #: how many times the thread copied pages into the database file
        self.copies = 0

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Start the thread (again calls do nothing)."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="store log write-back", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop the thread and wait for a copy under way to end."""
        self._stopping.set()
        if self._thread is not None:
            self._thread.join()

    def _run(self) -> None:
        conn = None
        seen: tuple[int, int] | None = None
        try:
            while not self._stopping.wait(self.interval):
                try:
                    stat = self.log_path.stat()
                except OSError:  # no log (yet): nothing to copy
                    continue
                grown = (stat.st_size, stat.st_mtime_ns)
                if grown == seen:
                    continue
                if conn is None:
                    conn = self._connect()
                busy, frames, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                self.copies += copied > 0
                if not busy and copied == frames:
                    seen = grown  # all of it is in the database file; else try again
        except Exception:  # SQLite's own checkpoints go on; the log says why this stopped
            log.warning("writing the store's log back stopped", exc_info=True)
        finally:
            if conn is not None:
                conn.close()


def for_store(path: Path, key: Any = None) -> LogWriteBack:
    """The write-back for the store at ``path``; through SQLCipher with a protected store's
    ``key`` (a ``protection.cipher.StoreKey``)."""
    if key is None:
        return LogWriteBack(path)
    from mentee_desktop.data.protection import cipher

    return LogWriteBack(path, connect=lambda: cipher.connect(path, key, timeout=1.0))
