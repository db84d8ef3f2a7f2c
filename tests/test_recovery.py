"""Recovery at start: a damaged file is named plainly, kept aside (never deleted) and the
newest good backup restored on request; a newer file is refused untouched; a read-only file
opens read-only with a visible notice, and nothing is written to it.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
from collections.abc import Callable
from datetime import UTC
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from mentee_desktop.app import build_window, open_for_window
from mentee_desktop.data import mentors, schema
from mentee_desktop.data.backups import list_backups, make_backup
from mentee_desktop.data.errors import NotADatabaseError, ReadOnlyStoreError
from mentee_desktop.data.mentors import Mentor
from mentee_desktop.data.store import DamagedDatabaseError, is_read_only, open_store
from tests.helpers import add_mentor


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with a digest of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def damage(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "random":
        path.write_bytes(os.urandom(len(data)))
    elif how == "truncated":
        path.write_bytes(bytes(data[: len(data) // 3]))
    elif how == "malformed":  # a valid header over a scribbled schema page
        data[100:400] = os.urandom(300)
        path.write_bytes(bytes(data))


@pytest.fixture
def damaged(data_dir: Path, now):
    """A store with two backups (the newer one itself damaged), then mentee.db damaged."""
    db = open_store(data_dir)
    add_mentor(db, "In the good backup")
    good = make_backup(db, data_dir / "backups", now=now, reason="daily")
    add_mentor(db, "Only in the newer backup")
    newer = make_backup(db, data_dir / "backups", now=now.replace(hour=18), reason="quit")
    db.close()
    damage(newer.path, "truncated")
    damage(data_dir / "mentee.db", "random")
    return good


def answer_next_dialog(act: Callable) -> list:
    """Run ``act`` on the next modal dialog once it shows; returns what it saw."""
    seen: list = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, run)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, run)
    return seen


# ----- damaged file: the store and the command line ---------------------------------------


@pytest.mark.parametrize("how", ["random", "truncated", "malformed"])
def test_a_damaged_file_names_the_newest_good_backup(data_dir: Path, now, how: str):
    db = open_store(data_dir)
    add_mentor(db)
    make_backup(db, data_dir / "backups", now=now, reason="daily")
    db.close()
    damage(data_dir / "mentee.db", how)
    before = snapshot(data_dir)
    with pytest.raises(DamagedDatabaseError) as error:
        open_store(data_dir)
    assert "The newest good backup is from 2026-11-25 09:30 UTC" in str(error.value)
    assert "mentee-desktop recover" in str(error.value)
    assert snapshot(data_dir) == before


def test_the_command_line_says_so_plainly_and_offers_recover(cli, data_dir: Path, damaged):
    before = snapshot(data_dir)
    result = cli("--data-dir", str(data_dir), "meetings")
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("mentee-desktop: error: ")
    assert "is not a database file" in line
    assert f"newest good backup is from 2026-11-25 09:30 UTC ({damaged.path.name})" in line
    assert "run “mentee-desktop recover”" in line
    assert snapshot(data_dir) == before


def test_recover_keeps_the_bad_file_and_restores_the_newest_good_backup(
    cli, data_dir: Path, damaged
):
    bad_bytes = (data_dir / "mentee.db").read_bytes()
    result = cli("--data-dir", str(data_dir), "recover")
    assert result.returncode == 0, result.stderr
    [aside] = [p for p in data_dir.iterdir() if p.name.startswith("mentee.db.corrupt-")]
    assert aside.read_bytes() == bad_bytes  # kept, byte for byte
    assert str(aside) in result.stdout
    assert damaged.path.name in result.stdout
    db = open_store(data_dir)
    try:
        assert [m.name for m in mentors.list_all(db)] == ["In the good backup"]
    finally:
        db.close()
    again = cli("--data-dir", str(data_dir), "recover")
    assert again.returncode == 0
    assert "nothing to recover" in again.stdout


def test_recover_without_a_good_backup_changes_nothing(cli, data_dir: Path):
    data_dir.mkdir()
    (data_dir / "mentee.db").write_bytes(os.urandom(8192))
    before = snapshot(data_dir)
    result = cli("--data-dir", str(data_dir), "recover")
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert "no good backup was found" in line and "left untouched" in line
    assert snapshot(data_dir) == before


# ----- damaged file: the window ---------------------------------------------------------


def test_the_window_offers_the_newest_good_backup_and_restores_it(qtbot, data_dir: Path, damaged):
    bad_bytes = (data_dir / "mentee.db").read_bytes()
    seen = answer_next_dialog(
        lambda d: qtbot.mouseClick(d.restore_button, Qt.MouseButton.LeftButton)
    )
    db = open_for_window(data_dir, zone=UTC)
    assert db is not None
    try:
        [dialog] = seen
        assert "is not a database file" in dialog.problem.text()
        assert "The newest good backup is from" in dialog.offer.text()
        assert [m.name for m in mentors.list_all(db)] == ["In the good backup"]
    finally:
        db.close()
    [aside] = [p for p in data_dir.iterdir() if p.name.startswith("mentee.db.corrupt-")]
    assert aside.read_bytes() == bad_bytes


def test_quitting_the_recovery_dialog_changes_nothing(qtbot, data_dir: Path, damaged):
    before = snapshot(data_dir)
    answer_next_dialog(lambda d: qtbot.mouseClick(d.quit_button, Qt.MouseButton.LeftButton))
    assert open_for_window(data_dir, zone=UTC) is None
    assert snapshot(data_dir) == before


def test_without_a_backup_the_window_can_start_empty_and_keeps_the_bad_file(qtbot, data_dir: Path):
    data_dir.mkdir()
    bad = os.urandom(4096)
    (data_dir / "mentee.db").write_bytes(bad)
    seen = answer_next_dialog(lambda d: qtbot.mouseClick(d.empty_button, Qt.MouseButton.LeftButton))
    db = open_for_window(data_dir, zone=UTC)
    assert db is not None
    try:
        assert seen[0].restore_button is None
        assert mentors.list_all(db) == []
    finally:
        db.close()
    [aside] = [p for p in data_dir.iterdir() if p.name.startswith("mentee.db.corrupt-")]
    assert aside.read_bytes() == bad


def test_a_newer_database_is_refused_untouched_in_the_window(qtbot, data_dir: Path):
    data_dir.mkdir()
    conn = sqlite3.connect(data_dir / "mentee.db")
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")  # a newer store of ours
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = snapshot(data_dir)
    shown: list[str] = []
    answer_next_dialog(lambda d: (shown.append(d.text()), d.accept()))
    assert open_for_window(data_dir, zone=UTC) is None
    assert "newer version of Mentee Desktop" in shown[0]
    assert snapshot(data_dir) == before


# ----- read-only file ---------------------------------------------------------------------


@pytest.fixture
def readonly_store(tmp_path: Path):
    """A store with one mentor on a read-only file system (root) or with 0444/0555 modes."""
    mount_point = tmp_path / "medium"
    mount_point.mkdir()
    mounted = (
        os.geteuid() == 0
        and subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount_point)],
            capture_output=True,
        ).returncode
        == 0
    )
    if os.geteuid() == 0 and not mounted:
        pytest.skip("root without mount: file modes cannot make a file read-only for root")
    data_dir = mount_point / "data"
    db = open_store(data_dir)
    add_mentor(db, "Readable")
    db.close()
    if mounted:
        subprocess.run(["mount", "-o", "remount,ro", str(mount_point)], check=True)
    else:
        (data_dir / "mentee.db").chmod(0o444)
        data_dir.chmod(0o555)
    yield data_dir
    if mounted:
        subprocess.run(["umount", "-l", str(mount_point)], check=True)
    else:
        data_dir.chmod(0o700)


def test_a_read_only_store_is_refused_clearly_unless_read_only_is_allowed(readonly_store):
    before = snapshot(readonly_store)
    with pytest.raises(ReadOnlyStoreError, match="is read-only"):
        open_store(readonly_store)
    db = open_store(readonly_store, allow_read_only=True)
    try:
        assert is_read_only(db)
        assert [m.name for m in mentors.list_all(db)] == ["Readable"]
        with pytest.raises(ReadOnlyStoreError):
            mentors.add(db, Mentor(name="Not saved"))
    finally:
        db.close()
    assert snapshot(readonly_store) == before


def test_the_command_line_on_a_read_only_store(cli, readonly_store, tmp_path: Path):
    before = snapshot(readonly_store)
    result = cli("--data-dir", str(readonly_store), "sample-data")  # a change: refused
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert "is read-only" in line
    for reading in (["meetings"], ["search", "Readable"], ["check"], ["backups"]):
        shown = cli("--data-dir", str(readonly_store), *reading)
        assert shown.returncode == 0, (reading, shown.stderr)
    assert "Readable" in cli("--data-dir", str(readonly_store), "search", "Readable").stdout
    out = tmp_path / "rescued.json"
    exported = cli("--data-dir", str(readonly_store), "export-json", "--output", str(out))
    assert exported.returncode == 0, exported.stderr
    assert "Readable" in out.read_text(encoding="utf-8")
    assert snapshot(readonly_store) == before


def test_the_window_opens_a_read_only_store_with_a_visible_notice(qtbot, readonly_store, now):
    before = snapshot(readonly_store)
    db = open_for_window(readonly_store, zone=UTC)
    assert db is not None and is_read_only(db)
    window = build_window(db, readonly_store, clock=lambda: now, zone_name="Europe/Berlin")
    qtbot.addWidget(window)
    window.show()
    notice = window.safety_actions.notice
    assert notice is not None and notice.isVisible()
    assert "Read-only" in notice.text()
    assert window.windowTitle().endswith("(read-only)")
    assert not window.safety_actions.restore_action.isEnabled()
    assert window.services.call("mentor", mentors.add, Mentor(name="Not saved")) is None
    assert "read-only" in window.message_bar.label.text()
    window.close()
    db.close()
    assert snapshot(readonly_store) == before
    assert list_backups(readonly_store / "backups") == []


def test_a_damaged_read_only_file_is_still_named_as_damaged(data_dir: Path):
    data_dir.mkdir()
    (data_dir / "mentee.db").write_bytes(b"not a database at all" * 100)
    with pytest.raises(NotADatabaseError, match="is not a database file"):
        open_store(data_dir, allow_read_only=True)


def test_a_log_without_its_database_is_kept_aside_not_replayed(data_dir: Path):
    """A -wal left without mentee.db would be replayed into a new database: move it away."""
    data_dir.mkdir()
    orphan = os.urandom(4096)
    (data_dir / "mentee.db-wal").write_bytes(orphan)
    db = open_store(data_dir)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        db.close()
    [kept] = [p for p in data_dir.iterdir() if p.name.startswith("mentee.db.orphan-")]
    assert kept.name.endswith("-wal") and kept.read_bytes() == orphan


def test_exporting_onto_a_folder_is_a_clear_error(cli, data_dir: Path, tmp_path: Path):
    open_store(data_dir).close()
    result = cli("--data-dir", str(data_dir), "export-json", "--output", str(tmp_path))
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert "is a folder" in line
