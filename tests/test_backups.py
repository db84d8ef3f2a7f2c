"""Backups: checked copies with sortable names, 7 daily / 4 weekly / 12 monthly, made at the
right moments (start, before a migration, quit, on request) and never during a write.
"""

from __future__ import annotations

import os
import random
import sqlite3
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from mentee_desktop.data import backups, mentors, schema, settings
from mentee_desktop.data.backups import (
    NAME,
    BackupBusyError,
    back_up_if_due,
    backups_to_delete,
    list_backups,
    make_backup,
    prune_backups,
)
from mentee_desktop.data.mentors import Mentor
from mentee_desktop.data.store import open_store
from tests.helpers import add_mentor


def rows(path: Path, sql: str) -> list:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


# ----- making a backup --------------------------------------------------------------------


def test_a_backup_is_a_checked_private_self_contained_copy(db, data_dir: Path, now):
    add_mentor(db, "Ada Lovelace")
    made = make_backup(db, data_dir / "backups", now=now, reason="manual")
    assert made.path.name == "mentee-20261125T093000Z-manual.db"
    assert NAME.match(made.path.name)
    assert made.size == made.path.stat().st_size > 0
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    assert rows(made.path, "SELECT name FROM mentors") == [("Ada Lovelace",)]
    assert rows(made.path, "PRAGMA journal_mode") == [("delete",)]  # no -wal beside it
    assert rows(made.path, "PRAGMA user_version") == [(schema.SCHEMA_VERSION,)]
    assert sorted(p.name for p in (data_dir / "backups").iterdir()) == [made.path.name]
    assert list_backups(data_dir / "backups") == [made]


def test_names_sort_by_date_and_two_in_one_second_both_stay(db, data_dir: Path, now):
    folder = data_dir / "backups"
    later = make_backup(db, folder, now=now + timedelta(days=400), reason="daily")
    first = make_backup(db, folder, now=now, reason="manual")
    second = make_backup(db, folder, now=now, reason="manual")
    assert second.path != first.path
    assert second.kind == "manual"
    assert sorted(p.name for p in folder.iterdir())[-1] == later.path.name
    assert list_backups(folder)[0].path == later.path


def test_no_backup_while_a_write_is_open_on_the_same_connection(db, data_dir: Path, now):
    with db.atomic():
        db.execute("INSERT INTO settings (key, value) VALUES ('half', 'done')")
        with pytest.raises(BackupBusyError, match="a change is being saved"):
            make_backup(db, data_dir / "backups", now=now, reason="manual")
    assert not (data_dir / "backups").exists()


def test_a_backup_from_another_connection_copies_only_what_was_committed(db, data_dir: Path, now):
    add_mentor(db, "Committed")
    other = sqlite3.connect(data_dir / "mentee.db")
    other.execute("BEGIN IMMEDIATE")
    other.execute(
        "INSERT INTO mentors (name, created_at) VALUES ('Not yet committed', '2026-01-01')"
    )
    made = make_backup(data_dir / "mentee.db", data_dir / "backups", now=now, reason="manual")
    other.rollback()
    other.close()
    assert rows(made.path, "SELECT name FROM mentors") == [("Committed",)]


def test_a_backup_waits_for_a_write_then_reports_clearly(tmp_path: Path, now):
    """In rollback-journal mode a writer blocks readers: the backup waits, then gives up."""
    path = tmp_path / "old-style.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (text)")
    conn.execute("INSERT INTO notes VALUES ('kept')")
    conn.commit()
    conn.execute("BEGIN EXCLUSIVE")
    with pytest.raises(BackupBusyError, match=r"stayed busy with another change for 0\.3 s"):
        make_backup(path, tmp_path / "backups", now=now, reason="manual", busy_timeout=0.3)
    assert list((tmp_path / "backups").iterdir()) == []
    conn.rollback()
    made = make_backup(path, tmp_path / "backups", now=now, reason="manual", busy_timeout=0.3)
    conn.close()
    assert rows(made.path, "SELECT text FROM notes") == [("kept",)]


def test_temporary_files_of_a_crashed_backup_are_not_listed_and_get_cleaned(
    db, data_dir: Path, now
):
    folder = data_dir / "backups"
    folder.mkdir()
    crashed = folder / ".mentee-20261101T000000Z-quit.db.partial"
    crashed.write_bytes(b"half a database")
    empty = folder / "mentee-20261101T000000Z-quit.db"
    empty.write_bytes(b"")  # a 0-byte file named like a backup (not made by us)
    old = (now - timedelta(hours=2)).timestamp()
    os.utime(crashed, (old, old))
    assert [b.path for b in list_backups(folder)] == [empty]
    assert backups.newest_good_backup(folder) is None  # an empty file never counts
    make_backup(db, folder, now=now, reason="manual")
    assert not crashed.exists()


def test_the_migration_backup_goes_through_the_backup_module(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, now
):
    db = open_store(data_dir)
    add_mentor(db, "Before the upgrade")
    db.close()
    current = schema.SCHEMA_VERSION

    def add_nickname(database):
        database.execute("ALTER TABLE mentors ADD COLUMN nickname TEXT NOT NULL DEFAULT ''")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, add_nickname])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", current + 1)
    db = open_store(data_dir, now=now)
    db.close()
    [made] = list_backups(data_dir / "backups")
    assert made.reason == f"before-v{current + 1}-from-v{current}"
    assert not made.pruned_automatically
    assert rows(made.path, "PRAGMA user_version") == [(current,)]
    assert rows(made.path, "PRAGMA quick_check") == [("ok",)]


# ----- when backups are made ------------------------------------------------------------


def test_the_daily_backup_runs_when_the_last_is_a_day_old(db, data_dir: Path, now):
    folder, path = data_dir / "backups", data_dir / "mentee.db"
    assert back_up_if_due(path, folder, now=now) is None  # nothing to keep yet
    add_mentor(db)
    first = back_up_if_due(path, folder, now=now)
    assert first is not None and first.kind == "daily"
    assert back_up_if_due(path, folder, now=now + timedelta(hours=23)) is None
    second = back_up_if_due(path, folder, now=now + timedelta(hours=24, minutes=1))
    assert second is not None
    assert len(list_backups(folder)) == 2


# ----- retention ------------------------------------------------------------------------


def test_retention_over_a_simulated_year_of_daily_use():
    rng = random.Random(7)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    kept: list[datetime] = []
    for day in range(365):
        if rng.random() < 0.15:
            continue  # days the app was not opened
        for _ in range(rng.randint(1, 3)):  # start and quit backups on the same day
            now = start + timedelta(days=day, hours=rng.randint(0, 23), minutes=rng.randint(0, 59))
            kept.append(now)
            kept = sorted(set(kept))
            doomed = backups_to_delete(kept, now)
            assert max(kept) not in doomed  # the newest always stays
            kept = sorted(set(kept) - doomed)
            assert len(kept) <= 7 + 4 + 12
    days = sorted({t.date() for t in kept}, reverse=True)
    assert len(days) >= 12  # a year of use leaves a year of history
    assert len({(t.year, t.month) for t in kept}) == 12
    assert (kept[-1] - kept[0]).days > 300
    for day in days[:7]:
        assert max(t for t in kept if t.date() == day) in kept


def test_a_long_pause_never_empties_the_folder():
    start = datetime(2026, 1, 1, 8, tzinfo=UTC)
    taken = [start + timedelta(days=d) for d in range(30)]
    back = start + timedelta(days=200)
    doomed = backups_to_delete([*taken, back], back)
    survivors = sorted(set(taken) - doomed)
    assert len(survivors) >= 6  # the last days before the pause are still there
    assert survivors[-1] == taken[-1]


def test_backups_from_the_future_are_kept():
    now = datetime(2026, 6, 1, tzinfo=UTC)
    future = now + timedelta(days=3)
    assert future not in backups_to_delete([future, now], now)


def test_pruning_deletes_only_automatic_backups(tmp_path: Path):
    folder = tmp_path / "backups"
    folder.mkdir()
    start = datetime(2026, 1, 1, 12, tzinfo=UTC)
    for day in range(60):
        (folder / backups.backup_name(start + timedelta(days=day), "daily")).write_bytes(b"x")
    manual = folder / backups.backup_name(start, "manual")
    migration = folder / backups.backup_name(start, "before-v2-from-v1")
    manual.write_bytes(b"x")
    migration.write_bytes(b"x")
    now = start + timedelta(days=59, hours=1)
    removed = prune_backups(folder, now)
    left = list_backups(folder)
    automatic = sorted(b.taken_at.date() for b in left if b.kind == "daily")
    # 1 Mar 2026 is a Sunday: the last 7 days, the Sundays ending the last 4 ISO weeks, and
    # the newest of each month
    assert automatic == [
        date(2026, 1, 31),
        date(2026, 2, 8),
        date(2026, 2, 15),
        *(date(2026, 2, day) for day in range(22, 29)),
        date(2026, 3, 1),
    ]
    assert len(removed) == 60 - 11
    assert manual.exists() and migration.exists()


# ----- in the window -------------------------------------------------------------------


@pytest.fixture
def window(make_window):
    return make_window(show=False)


def file_menu_texts(window) -> list[str]:
    return [a.text() for a in window.file_menu.actions()]


def test_the_file_menu_has_the_safety_items_before_the_export_separator(window):
    texts = file_menu_texts(window)
    wanted = ["&Back up now", "&Restore from backup…", "E&xport all data…", "Open data &folder"]
    assert [t for t in texts if t in wanted] == wanted
    separator = window.file_menu.actions().index(window.file_export_separator)
    assert texts.index("Open data &folder") == separator - 1


def test_back_up_now_from_the_menu(qtbot, window, data_dir: Path, now):
    window.services.call("mentor", mentors.add, Mentor(name="Grace"), now=now)
    window.safety_actions.back_up_action.trigger()
    [made] = list_backups(data_dir / "backups")
    assert made.kind == "manual"
    assert rows(made.path, "SELECT name FROM mentors") == [("Grace",)]
    assert "Backed up to" in window.message_bar.label.text()
    assert window.message_bar.isVisibleTo(window)


def test_a_backup_is_made_at_quit_when_notes_changed(qtbot, window, data_dir: Path, now):
    window.services.call("mentor", mentors.add, Mentor(name="Katherine Johnson"), now=now)
    window.close()
    [made] = list_backups(data_dir / "backups")
    assert made.kind == "quit"
    assert rows(made.path, "SELECT name FROM mentors") == [("Katherine Johnson",)]


def test_no_backup_at_quit_when_only_window_preferences_changed(qtbot, window, data_dir: Path):
    window.services.call("settings", settings.put, "window.tab", 2)
    window.close()  # saving the window's size and tab is not a change worth a backup
    assert list_backups(data_dir / "backups") == []


def test_changes_by_another_program_also_count_at_quit(qtbot, window, data_dir: Path):
    other = open_store(data_dir)
    add_mentor(other, "Added from the command line")
    other.close()
    window.close()
    [made] = list_backups(data_dir / "backups")
    assert rows(made.path, "SELECT name FROM mentors") == [("Added from the command line",)]


def test_a_failed_backup_says_why_in_the_window(qtbot, window, data_dir: Path):
    (data_dir / "backups").write_text("a file where the backups folder should be")
    assert window.safety_actions.back_up_now() is None
    assert window.message_bar.property("error") is True
    assert "Backup failed" in window.message_bar.label.text()


def test_open_data_folder_asks_the_desktop_to_show_it(qtbot, window, data_dir: Path):
    from PySide6.QtCore import QObject, QUrl, Slot
    from PySide6.QtGui import QDesktopServices

    class FileManager(QObject):
        def __init__(self):
            super().__init__()
            self.opened: list[str] = []

        @Slot(QUrl)
        def show(self, url: QUrl) -> None:
            self.opened.append(url.toLocalFile())

    file_manager = FileManager()
    QDesktopServices.setUrlHandler("file", file_manager, "show")
    try:
        window.safety_actions.open_folder_action.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert file_manager.opened == [str(data_dir)]


def test_the_daily_backup_runs_in_the_background_after_the_window_shows(
    qtbot, window, data_dir: Path, now
):
    window.services.call("mentor", mentors.add, Mentor(name="Mary Jackson"), now=now)
    worker = window.safety_actions.start_daily_backup()
    with qtbot.waitSignal(worker.done, timeout=10_000) as finished:
        worker.start()
    made, problem = finished.args
    assert problem == ""
    assert made.kind == "daily"
    assert rows(made.path, "SELECT name FROM mentors") == [("Mary Jackson",)]
    again = window.safety_actions.start_daily_backup()
    with qtbot.waitSignal(again.done, timeout=10_000) as finished:
        again.start()
    assert finished.args == [None, ""]  # one a day is enough


def test_a_failed_daily_backup_is_reported_in_the_window(qtbot, window, data_dir: Path, now):
    window.services.call("mentor", mentors.add, Mentor(name="Dorothy Vaughan"), now=now)
    (data_dir / "backups").write_text("a file where the backups folder should be")
    worker = window.safety_actions.start_daily_backup()
    with qtbot.waitSignal(worker.done, timeout=10_000):
        worker.start()
    assert "The daily backup failed" in window.message_bar.label.text()
