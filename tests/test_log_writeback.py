"""The store's log is written back into the database file by a thread of its own, so no save
in the window pays for it; the window's connection never notices, and closing still leaves one
file."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from mentee_desktop.app_session import run_on_folder
from mentee_desktop.data import listening_notes, log_writeback
from mentee_desktop.data.errors import transaction
from mentee_desktop.data.log_writeback import LogWriteBack, for_store
from mentee_desktop.data.protection import cipher, keyslots, switch
from mentee_desktop.data.store import open_store
from mentee_desktop.paths import database_path
from mentee_desktop.ui.shell.main_window import MainWindow
from tests.protection_helpers import TEST_COST, make_store_with_note

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
THREAD = "store log write-back"


def notes_in_the_file(path: Path, key=None) -> int:
    """The notes the database file itself holds, the log left unread (``immutable``)."""
    target = f"file:{path}?immutable=1"
    conn = cipher.connect(target, key, uri=True) if key else sqlite3.connect(target, uri=True)
    try:
        return conn.execute("SELECT count(*) FROM listening_notes").fetchone()[0]
    finally:
        conn.close()


def notes_seen_in_the_file(path: Path, key=None) -> int | None:
    """As :func:`notes_in_the_file` while the thread may be copying: a read that meets a page
    being written (``immutable`` promises SQLite the file stands still) is None, not yet."""
    try:
        return notes_in_the_file(path, key)
    except (sqlite3.DatabaseError, *cipher.errors()):
        return None


def add_notes(db, count: int) -> None:
    meeting_id = db.execute("SELECT max(id) FROM meetings").fetchone()[0]
    with transaction(db):
        for n in range(count):
            listening_notes.add(
                db, listening_notes.ListeningNote(meeting_id=meeting_id, heard=f"note {n} " * 50)
            )


def wait_until(condition, seconds: float = 15.0) -> bool:
    ends = time.monotonic() + seconds
    while time.monotonic() < ends:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def test_saves_reach_the_database_file_without_the_window_copying_them(data_dir):
    make_store_with_note(data_dir, backup=False)
    db = open_store(data_dir)
    path = database_path(data_dir)
    writeback = LogWriteBack(path, interval=0.02)
    threads_before = [t.name for t in threading.enumerate()].count(THREAD)
    try:
        before = notes_in_the_file(path)
        version = db.execute("PRAGMA data_version").fetchone()[0]
        add_notes(db, 40)
        time.sleep(0.2)
        assert notes_in_the_file(path) == before  # only in the log: SQLite waits for 1,000 pages
        writeback.start()
        writeback.start()  # a second start is the same thread
        assert wait_until(lambda: notes_seen_in_the_file(path) == before + 40)
        assert wait_until(lambda: writeback.copies >= 1)  # counted just after the copy
        # the window's connection sees no change from another writer (nothing to reload)
        assert db.execute("PRAGMA data_version").fetchone()[0] == version
        add_notes(db, 5)  # the window goes on saving while it runs
        assert wait_until(lambda: notes_seen_in_the_file(path) == before + 45)
        assert [t.name for t in threading.enumerate()].count(THREAD) == threads_before + 1
        writeback.stop()
        assert not writeback.running
        assert notes_in_the_file(path) == before + 45  # the file as it stands, whole
    finally:
        writeback.stop()
        db.close()
    assert not path.with_name(path.name + "-wal").exists()  # one file after the last close


def test_a_protected_store_is_written_back_through_its_key(data_dir, monkeypatch):
    monkeypatch.setattr(keyslots, "SCRYPT_N", TEST_COST)
    make_store_with_note(data_dir, backup=False)
    key = switch.protect(data_dir, "a long passphrase").key
    db = open_store(data_dir, key=key)
    path = database_path(data_dir)
    writeback = for_store(path, key)
    writeback.interval = 0.02
    try:
        before = notes_in_the_file(path, key)
        add_notes(db, 30)
        writeback.start()
        assert wait_until(lambda: notes_seen_in_the_file(path, key) == before + 30)
        writeback.stop()
        assert notes_in_the_file(path, key) == before + 30  # the file as it stands, whole
        assert b"note 1" not in path.read_bytes()  # still encrypted in the file
    finally:
        writeback.stop()
        db.close()


def test_a_store_it_cannot_open_stops_it_with_a_warning_and_loses_nothing(data_dir, caplog):
    make_store_with_note(data_dir, backup=False)
    db = open_store(data_dir)
    path = database_path(data_dir)

    def refuse():
        raise sqlite3.OperationalError("unable to open database file")

    writeback = LogWriteBack(path, connect=refuse, interval=0.02)
    try:
        before = notes_in_the_file(path)
        add_notes(db, 3)
        with caplog.at_level(logging.WARNING, logger=log_writeback.__name__):
            writeback.start()
            assert wait_until(lambda: not writeback.running)
        assert "writing the store's log back stopped" in caplog.text
        assert notes_in_the_file(path) == before  # still in the log, which SQLite keeps
        assert db.execute("SELECT count(*) FROM listening_notes").fetchone()[0] == before + 3
    finally:
        writeback.stop()
        db.close()
    assert notes_in_the_file(path) == before + 3  # the last close wrote it back


def test_the_window_runs_it_while_open_and_stops_it_before_the_store_closes(qtbot, data_dir):
    make_store_with_note(data_dir, backup=False)
    seen: dict[str, list[str]] = {}
    ticks = [0]

    def window() -> MainWindow | None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        return shown[0] if shown else None

    def look_then_quit() -> None:
        """Once painted, look at the threads until the write-back runs (or 5 s), then quit."""
        main = window()
        if main is None or not main.painted:
            return
        ticks[0] += 1
        seen["threads"] = [t.name for t in threading.enumerate()]
        if THREAD in seen["threads"] or ticks[0] > 250:
            timer.stop()
            main.quit_application()

    def give_up() -> None:
        if (main := window()) is not None:
            main.quit_application()

    timer = QTimer()
    timer.timeout.connect(look_then_quit)
    timer.start(20)
    guard = QTimer()  # a window that never paints must not keep the test waiting
    guard.setSingleShot(True)
    guard.timeout.connect(give_up)
    guard.start(30_000)
    try:
        code = run_on_folder(
            QApplication.instance(), data_dir, clock=lambda: NOW, handle_signals=False
        )
    finally:
        guard.stop()
        timer.stop()
    assert code == 0
    assert seen["threads"].count(THREAD) == 1
    assert THREAD not in [t.name for t in threading.enumerate()]
    assert not database_path(data_dir).with_name("mentee.db-wal").exists()
