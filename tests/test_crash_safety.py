"""Crashes and full disks: every change is all there or not at all; no half backups.

The crash test kills a process that keeps changing the store (SIGKILL, at random moments,
at least 30 times) and checks the database after every kill.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from mentee_desktop.data import listening_notes, mentors
from mentee_desktop.data.backups import check_database_file, list_backups, make_backup
from mentee_desktop.data.errors import DiskFullError, StoreError
from mentee_desktop.data.json_io import write_export
from mentee_desktop.data.listening_notes import ListeningNote
from mentee_desktop.data.store import open_store
from tests.helpers import add_meeting, add_mentor

WORKER = Path(__file__).parent / "fixtures" / "crash_worker.py"
KILLS = 32


def check_everything_whole(path: Path) -> dict:
    """The checks after a kill; returns what the database holds (for the durability check)."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        # every reorder and every carry-over leaves positions 0..n-1 in each meeting
        for meeting_id, positions in conn.execute(
            "SELECT meeting_id, group_concat(position) FROM agenda_items GROUP BY meeting_id"
        ):
            assert sorted(int(p) for p in positions.split(",")) == list(
                range(len(positions.split(",")))
            ), f"meeting {meeting_id} has positions {positions}"
        # a carried-over item has its copy in a later meeting, and every copy its origin
        marked = {
            r[0]
            for r in conn.execute("SELECT id FROM agenda_items WHERE status = ?", ["carried_over"])
        }
        copied = {
            r[0]
            for r in conn.execute(
                "SELECT carried_from_id FROM agenda_items WHERE carried_from_id IS NOT NULL"
            )
        }
        assert marked == copied
        # each batch of notes is complete
        for tag, count in conn.execute("SELECT tags, count(*) FROM listening_notes GROUP BY tags"):
            assert count == int(tag.rsplit("-", 1)[1]), f"{tag} has {count} notes"
        meetings = {r[0] for r in conn.execute("SELECT id FROM meetings")}
        batches = {r[0] for r in conn.execute("SELECT DISTINCT tags FROM listening_notes")}
    finally:
        conn.close()
    return {"meetings": meetings, "batches": batches}


@pytest.mark.slow
def test_sigkill_at_random_moments_never_leaves_half_a_change(data_dir: Path):
    rng = random.Random(20261125)
    database = data_dir / "mentee.db"
    inside_a_change = 0
    started = time.monotonic()
    for kill in range(KILLS):
        worker = subprocess.Popen(
            [sys.executable, str(WORKER), str(data_dir), str(kill)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert worker.stdout.readline().strip() == "ready", worker.stderr.read()
        time.sleep(rng.uniform(0.02, 0.35))  # the random moment of the crash (not an assert)
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=30)
        lines = worker.stdout.read().splitlines()
        worker.stdout.close()
        worker.stderr.close()
        if lines and lines[-1].startswith("begin"):
            inside_a_change += 1
        found = check_everything_whole(database)
        # what was reported done (committed) before the kill survived it
        done = [line.split(" ", 2) for line in lines if line.startswith("done")]
        for _, what, ident in done:
            if what == "meeting":
                assert int(ident) in found["meetings"]
            elif what == "batch":
                assert ident in found["batches"]
        for backup in list_backups(data_dir / "backups"):
            assert backup.size > 0
            check_database_file(backup.path)  # every listed backup is complete and sound
    elapsed = time.monotonic() - started
    print(f"{KILLS} kills, {inside_a_change} inside a change, {elapsed:.1f} s")
    assert inside_a_change >= KILLS // 3  # the kills really hit open transactions
    db = open_store(data_dir)  # and the app opens it normally afterwards
    assert len(mentors.list_all(db)) == 1
    db.close()


# ----- full disk ----------------------------------------------------------------------


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the file system under ``folder`` until at most ``leave`` bytes are free."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as handle:
        chunk = b"\0" * 4096
        try:
            while True:
                handle.write(chunk)
                if leave and os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize <= leave:
                    break
        except OSError:
            pass
    return filler


def digest_rows(db) -> str:
    rows = db.execute("SELECT * FROM listening_notes ORDER BY id").fetchall()
    rows += db.execute("SELECT * FROM mentors ORDER BY id").fetchall()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


@pytest.fixture
def full_store(small_disk: Path, now):
    """A store on a 1 MiB disk with ~200 kB of notes, then the disk filled up."""
    data_dir = small_disk / "data"
    db = open_store(data_dir)
    mentor = add_mentor(db, "Saved before the disk filled")
    meeting = add_meeting(db, mentor.id, now)
    for n in range(24):
        listening_notes.add(db, ListeningNote(meeting_id=meeting.id, heard=f"{n} " + "z" * 8000))
        if n % 2 == 1:  # a small WAL: the schema and the notes fit the disk with room to spare
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest_rows(db)
    fill(small_disk)
    yield db, data_dir, meeting, before
    db.close()


def test_full_disk_during_an_edit_in_the_window(qtbot, full_store, now):
    from mentee_desktop.app import build_window

    db, data_dir, meeting, before = full_store
    window = build_window(db, data_dir, clock=lambda: now, zone_name="Europe/Berlin")
    qtbot.addWidget(window)
    result = window.services.call(
        "note",
        listening_notes.add,
        ListeningNote(meeting_id=meeting.id, heard="a long note " * 20000),
    )
    assert result is None
    assert window.message_bar.isVisibleTo(window)
    assert "disk is full" in window.message_bar.label.text()
    assert digest_rows(db) == before
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_full_disk_during_a_backup_leaves_no_backup_file(full_store, now):
    db, data_dir, _, before = full_store
    with pytest.raises(DiskFullError, match="disk is full; the backup was not made"):
        make_backup(db, data_dir / "backups", now=now, reason="manual")
    assert list_backups(data_dir / "backups") == []
    assert [p.name for p in (data_dir / "backups").iterdir()] == []  # no 0-byte, no partial
    assert digest_rows(db) == before


def test_full_disk_during_an_export_leaves_no_file(full_store, now):
    db, data_dir, _, before = full_store
    output = data_dir.parent / "export.json"
    with pytest.raises(DiskFullError, match="the export was not written"):
        write_export(db, output, now=now)
    assert not output.exists()
    assert not any(p.name.endswith(".partial") for p in data_dir.parent.iterdir())
    assert digest_rows(db) == before


def test_full_disk_backup_from_the_command_line_is_one_clear_line(full_store, cli):
    db, data_dir, _, before = full_store
    db.close()
    result = cli("--data-dir", str(data_dir), "backup")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "mentee-desktop: error: the disk is full; the backup was not made (your data is safe)"
    ]
    assert list(Path(data_dir / "backups").iterdir()) == []
    reopened = open_store(data_dir)
    assert digest_rows(reopened) == before
    reopened.close()


def test_a_backup_that_fails_its_check_is_not_kept(data_dir: Path, now):
    """A damaged source gives a copy that fails quick_check: nothing counts as a backup."""
    db = open_store(data_dir)
    add_mentor(db)
    for n in range(200):
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", [f"k{n}", "v" * 500])
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    path = data_dir / "mentee.db"
    data = bytearray(path.read_bytes())
    page_size = 4096
    for offset in range(page_size * 5, min(len(data), page_size * 12), 97):
        data[offset] ^= 0x5A  # scribble over index and table pages, keep the header
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="the backup was not made"):
        make_backup(path, data_dir / "backups", now=now, reason="manual")
    assert list((data_dir / "backups").iterdir()) == []


def test_a_crash_while_putting_a_restore_in_place_keeps_the_old_file(
    data_dir: Path, now, monkeypatch: pytest.MonkeyPatch
):
    """The rename is the only step that changes mentee.db; when it fails, nothing changed."""
    from mentee_desktop.data import backups

    db = open_store(data_dir)
    add_mentor(db, "Before")
    made = make_backup(db, data_dir / "backups", now=now, reason="manual")
    add_mentor(db, "Kept when the restore fails")
    db.close()
    real_replace = os.replace

    def failing_replace(source, target):
        if Path(target).name == "mentee.db":
            raise OSError(5, "Input/output error")
        return real_replace(source, target)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(StoreError, match="cannot put the new database in place"):
        backups.restore_backup(made.path, data_dir, now=now)
    monkeypatch.setattr(os, "replace", real_replace)
    db = open_store(data_dir)
    assert [m.name for m in mentors.list_all(db)] == ["Before", "Kept when the restore fails"]
    db.close()
    assert not [p for p in data_dir.iterdir() if p.name.endswith(".partial")]
    assert Counter(b.kind for b in list_backups(data_dir / "backups")) == {
        "manual": 1,
        "before-restore": 1,
    }
