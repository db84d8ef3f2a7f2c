"""Opening the store: layout, permissions, pragmas, indexes, and refusing bad files."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from mentee_desktop.data import schema
from mentee_desktop.data.errors import DataFolderError, NewerSchemaError, NotADatabaseError
from mentee_desktop.data.store import open_store


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_store_is_private_versioned_wal_with_foreign_keys(data_dir: Path):
    db = open_store(data_dir)
    try:
        assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
        assert stat.S_IMODE((data_dir / "mentee.db").stat().st_mode) == 0o600
        assert db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        db.close()


def test_reopening_keeps_version_and_data(data_dir: Path):
    from tests.helpers import add_mentor

    db = open_store(data_dir)
    add_mentor(db, "Ada")
    db.close()
    db = open_store(data_dir)
    assert [r["name"] for r in db.query("SELECT name FROM mentors")] == ["Ada"]
    db.close()


@pytest.mark.parametrize(
    ("sql", "index"),
    [
        (
            "SELECT * FROM meetings WHERE mentor_id = 1 ORDER BY starts_at DESC",
            "meetings_by_mentor_start",
        ),
        (
            "SELECT * FROM agenda_items WHERE meeting_id = 1 ORDER BY position",
            "agenda_items_by_meeting",
        ),
        (
            "SELECT * FROM action_items WHERE status = 'open' ORDER BY due_on",
            "action_items_open_by_due",
        ),
        (
            "SELECT * FROM action_items WHERE mentor_id = 3 AND status = 'open' ORDER BY due_on",
            "action_items_by_mentor",
        ),
    ],
)
def test_lists_the_ui_shows_use_an_index(db, sql: str, index: str):
    plan = " ".join(row[3] for row in db.execute("EXPLAIN QUERY PLAN " + sql).fetchall())
    assert index in plan
    assert "TEMP B-TREE" not in plan


def write_bad_file(path: Path, kind: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "random":
        path.write_bytes(os.urandom(8192))
    elif kind == "zero":
        path.write_bytes(b"")
    elif kind == "truncated":
        good = path.parent / "good.db"
        conn = sqlite3.connect(good)
        conn.execute("CREATE TABLE t (x)")
        conn.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 200)
        conn.commit()
        conn.close()
        data = good.read_bytes()
        good.unlink()
        path.write_bytes(data[: len(data) // 2])
    elif kind == "text":
        path.write_text("these are my notes, not a database\n" * 20)


@pytest.mark.parametrize("kind", ["random", "zero", "truncated", "text"])
def test_unreadable_database_is_refused_and_untouched(data_dir: Path, kind: str):
    path = data_dir / "mentee.db"
    write_bad_file(path, kind)
    before = digest(path)
    with pytest.raises(NotADatabaseError):
        open_store(data_dir)
    assert digest(path) == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["mentee.db"]


def test_newer_database_is_refused_by_name_and_untouched(data_dir: Path):
    data_dir.mkdir()
    path = data_dir / "mentee.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")  # a newer store of ours
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NewerSchemaError, match="newer version"):
        open_store(data_dir)
    assert digest(path) == before


def test_data_folder_under_a_file_is_a_clear_error(tmp_path: Path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(DataFolderError, match="cannot create the data folder"):
        open_store(blocker / "data")


def test_data_folder_in_a_read_only_place_is_a_clear_error(readonly_dir: Path):
    with pytest.raises(DataFolderError):
        open_store(readonly_dir / "data")
    assert not (readonly_dir / "data").exists()


def test_store_modules_never_import_qt():
    code = (
        "import pkgutil, importlib, sys, mentee_desktop.data as d\n"
        "for m in pkgutil.iter_modules(d.__path__):\n"
        "    importlib.import_module('mentee_desktop.data.' + m.name)\n"
        "import mentee_desktop.cli, mentee_desktop.paths\n"
        "print(sorted(n for n in sys.modules if n.startswith('PySide6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
