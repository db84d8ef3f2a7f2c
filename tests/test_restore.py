"""Restore: only a database this version can open, the current data backed up first, the
file replaced atomically, never while the app runs on the folder; and from the window.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mentee_desktop.data import mentors, schema
from mentee_desktop.data.backups import list_backups, make_backup, restore_backup
from mentee_desktop.data.errors import NewerSchemaError, NotADatabaseError
from mentee_desktop.data.mentors import Mentor
from mentee_desktop.data.store import DataFolderInUseError, lock_data_folder, open_store
from tests.helpers import add_mentor

FIXTURES = Path(__file__).parent / "fixtures"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def names(data_dir: Path) -> list[str]:
    db = open_store(data_dir)
    try:
        return [m.name for m in mentors.list_all(db, include_archived=True)]
    finally:
        db.close()


def assert_clear_error(result, text: str) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("mentee-desktop: error: ")
    assert text in line, line


@pytest.fixture
def store_with_backup(data_dir: Path, now):
    """A store whose backup holds Ada; Grace was added after the backup."""
    db = open_store(data_dir)
    add_mentor(db, "Ada")
    made = make_backup(db, data_dir / "backups", now=now, reason="manual")
    add_mentor(db, "Grace")
    db.close()
    return made


def test_restore_round_trip_on_the_command_line(cli, data_dir: Path, store_with_backup):
    result = cli("--data-dir", str(data_dir), "restore", store_with_backup.path.name)
    assert result.returncode == 0, result.stderr
    assert "Restored" in result.stdout
    assert names(data_dir) == ["Ada"]
    [before] = [b for b in list_backups(data_dir / "backups") if b.kind == "before-restore"]
    assert str(before.path) in result.stdout
    conn = sqlite3.connect(before.path)
    assert [r[0] for r in conn.execute("SELECT name FROM mentors ORDER BY id")] == ["Ada", "Grace"]
    conn.close()
    # and back again: restoring the copy made before the restore undoes it
    assert cli("--data-dir", str(data_dir), "restore", str(before.path)).returncode == 0
    assert names(data_dir) == ["Ada", "Grace"]


def test_restore_keeps_changes_still_in_the_write_ahead_log(data_dir: Path, store_with_backup, now):
    """A crashed app leaves committed changes in mentee.db-wal; the copy before must have them."""
    code = (
        "import os, sys\n"
        "from mentee_desktop.data.store import open_store\n"
        "from mentee_desktop.data import mentors\n"
        "db = open_store(__import__('pathlib').Path(sys.argv[1]))\n"
        "mentors.add(db, mentors.Mentor(name='Only in the log'))\n"
        "os.kill(os.getpid(), 9)\n"
    )
    crashed = subprocess.run([sys.executable, "-c", code, str(data_dir)], capture_output=True)
    assert crashed.returncode == -signal.SIGKILL
    assert (data_dir / "mentee.db-wal").stat().st_size > 0
    before = restore_backup(store_with_backup.path, data_dir, now=now).before
    conn = sqlite3.connect(before.path)
    assert "Only in the log" in {r[0] for r in conn.execute("SELECT name FROM mentors")}
    conn.close()
    assert not (data_dir / "mentee.db-wal").exists()  # no stale log beside the new file
    assert names(data_dir) == ["Ada"]
    db = open_store(data_dir)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


def make_not_a_database(path: Path) -> None:
    path.write_text("these are my notes, not a database\n" * 50)


def make_newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")  # a newer store of ours
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


def make_damaged(path: Path, source: Path) -> None:
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("not-a-database", "is not a database file"),
        ("newer", "newer version of Mentee Desktop"),
        ("damaged", "truncated"),
        ("missing", "does not exist"),
        ("empty-sqlite", "not a Mentee Desktop database"),
    ],
)
def test_restore_refuses_a_file_this_version_cannot_open(
    cli, data_dir: Path, tmp_path: Path, store_with_backup, kind: str, message: str
):
    bad = tmp_path / f"{kind}.db"
    if kind == "not-a-database":
        make_not_a_database(bad)
    elif kind == "newer":
        make_newer(bad)
    elif kind == "damaged":
        make_damaged(bad, store_with_backup.path)
    elif kind == "empty-sqlite":
        sqlite3.connect(bad).execute("CREATE TABLE other_app (x)").connection.close()
    before = digest(data_dir / "mentee.db")
    backups_before = list_backups(data_dir / "backups")
    result = cli("--data-dir", str(data_dir), "restore", str(bad))
    assert_clear_error(result, message)
    assert digest(data_dir / "mentee.db") == before
    assert list_backups(data_dir / "backups") == backups_before


def test_restore_is_refused_while_the_app_runs_on_the_folder(
    cli, data_dir: Path, store_with_backup
):
    held = lock_data_folder(data_dir)  # what the running window holds
    try:
        before = digest(data_dir / "mentee.db")
        result = cli("--data-dir", str(data_dir), "restore", str(store_with_backup.path))
        assert_clear_error(result, "Mentee Desktop is running on")
        assert digest(data_dir / "mentee.db") == before
        assert [b.kind for b in list_backups(data_dir / "backups")] == ["manual"]
    finally:
        held.release()


def test_restore_refuses_the_database_itself(data_dir: Path, store_with_backup, now):
    with pytest.raises(Exception, match="is the database in use"):
        restore_backup(data_dir / "mentee.db", data_dir, now=now)


def test_restore_data_level_errors_are_store_errors(tmp_path: Path, data_dir: Path, now):
    open_store(data_dir).close()
    newer = tmp_path / "newer.db"
    make_newer(newer)
    with pytest.raises(NewerSchemaError):
        restore_backup(newer, data_dir, now=now)
    text = tmp_path / "text.db"
    make_not_a_database(text)
    with pytest.raises(NotADatabaseError):
        restore_backup(text, data_dir, now=now)
    held = lock_data_folder(data_dir)
    try:
        with pytest.raises(DataFolderInUseError):
            restore_backup(FIXTURES / "schema-v1.db", data_dir, now=now)
    finally:
        held.release()


def test_restoring_an_older_schema_backup_upgrades_it(data_dir: Path, tmp_path: Path, now):
    open_store(data_dir).close()
    old = tmp_path / "mentee-old.db"
    shutil.copy(FIXTURES / "schema-v1.db", old)
    assert restore_backup(old, data_dir, now=now).kept_aside is None
    db = open_store(data_dir)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert mentors.sample_mentor(db) is not None
    finally:
        db.close()


# ----- in the window ---------------------------------------------------------------------


@pytest.fixture
def window(make_window):
    return make_window()


def test_restore_from_the_window_through_the_list_of_backups(qtbot, window, data_dir, now):
    from PySide6.QtCore import Qt

    services = window.services
    services.call("mentor", mentors.add, Mentor(name="Ada"), now=now)
    older = window.safety_actions.back_up_now()
    services.call("mentor", mentors.add, Mentor(name="Grace"), now=now)
    window.safety_actions.back_up_now()
    window.selector.reload_mentors()
    assert window.selector.mentor_combo.count() == 2

    window.safety_actions.restore_action.trigger()
    dialog = window.safety_actions.restore_dialog
    assert dialog.isVisible()
    assert dialog.table.topLevelItemCount() == 2
    assert not dialog.restore_button.isEnabled()
    # the list shows when, how big, and what kind; newest first
    first = dialog.table.topLevelItem(0)
    assert first.text(2) == "Made by you"
    assert first.text(1).strip()
    target = dialog.table.topLevelItem(1)
    assert target.toolTip(0) == str(older.path)
    rect = dialog.table.visualItemRect(target)
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert [m.name for m in mentors.list_all(services.db)] == ["Ada"]
    assert window.selector.mentor_combo.count() == 1
    assert "Restored the backup" in window.message_bar.label.text()
    [before] = [b for b in list_backups(data_dir / "backups") if b.kind == "before-restore"]
    conn = sqlite3.connect(before.path)
    assert {r[0] for r in conn.execute("SELECT name FROM mentors")} == {"Ada", "Grace"}
    conn.close()
    assert services.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_restore_list_says_when_there_are_no_backups(qtbot, window):
    window.safety_actions.restore_action.trigger()
    dialog = window.safety_actions.restore_dialog
    assert dialog.empty.isVisible()
    assert not dialog.table.isVisible()
    assert not dialog.restore_button.isEnabled()
    dialog.reject()


def test_a_failed_restore_in_the_window_changes_nothing(qtbot, window, data_dir, now, tmp_path):
    from mentee_desktop.data.backups import Backup

    window.services.call("mentor", mentors.add, Mentor(name="Kept"), now=now)
    bad = tmp_path / "mentee-20261101T000000Z-manual.db"
    make_not_a_database(bad)
    assert not window.safety_actions.restore(Backup(bad, now, "manual", bad.stat().st_size))
    assert "Not restored" in window.message_bar.label.text()
    assert [m.name for m in mentors.list_all(window.services.db)] == ["Kept"]


def test_restore_over_an_unreadable_database_keeps_it_aside(cli, data_dir: Path, store_with_backup):
    bad = os.urandom(8192)
    (data_dir / "mentee.db").write_bytes(bad)
    result = cli("--data-dir", str(data_dir), "restore", str(store_with_backup.path))
    assert result.returncode == 0, result.stderr
    [aside] = [p for p in data_dir.iterdir() if p.name.startswith("mentee.db.corrupt-")]
    assert aside.read_bytes() == bad
    assert f"kept as {aside}" in result.stdout
    assert names(data_dir) == ["Ada"]
