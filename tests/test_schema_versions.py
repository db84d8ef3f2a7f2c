"""Every schema version we ever shipped opens, keeps its rows, and is backed up before migrating."""

from __future__ import annotations

import itertools
import shutil
import sqlite3
from pathlib import Path

import pytest

from mentee_desktop.data import meetings, mentors, schema
from mentee_desktop.data.store import open_store

FIXTURES = Path(__file__).parent / "fixtures"
SHIPPED = sorted(FIXTURES.glob("schema-v*.db"))


def test_a_fixture_exists_for_every_shipped_version():
    versions = {int(p.stem.split("-v")[1]) for p in SHIPPED}
    assert versions == set(range(1, schema.SCHEMA_VERSION + 1))


@pytest.mark.parametrize("fixture", SHIPPED, ids=lambda p: p.name)
def test_shipped_version_opens_with_its_data(fixture: Path, data_dir: Path):
    data_dir.mkdir()
    shutil.copy(fixture, data_dir / "mentee.db")
    db = open_store(data_dir)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        sample = mentors.sample_mentor(db)
        assert sample is not None
        assert len(meetings.list_all(db, mentor_id=sample.id)) == 3
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.close()


def test_migration_is_backed_up_first_and_runs_in_a_transaction(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    db = open_store(data_dir)
    db.execute("INSERT INTO settings (key, value) VALUES ('kept', 'yes')")
    db.conn.commit()
    db.close()

    current = schema.SCHEMA_VERSION

    def next_add_column(database):
        database.execute("ALTER TABLE mentors ADD COLUMN nickname TEXT NOT NULL DEFAULT ''")

    def then_broken(database):
        database.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("simulated failure inside a migration")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, next_add_column, then_broken])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", current + 2)
    with pytest.raises(sqlite3.OperationalError, match="simulated failure"):
        open_store(data_dir)

    backups = sorted((data_dir / "backups").glob("*.db"))
    assert len(backups) == 1
    conn = sqlite3.connect(backups[0])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == current
    assert conn.execute("SELECT value FROM settings").fetchone()[0] == "yes"
    conn.close()

    conn = sqlite3.connect(data_dir / "mentee.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == current + 1  # one landed
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "half_done" not in tables
    conn.close()


def test_version_6_links_feedback_items_to_their_one_matching_request(data_dir: Path):
    """A "feedback I want" item and a request of mine with the same words become one record."""
    data_dir.mkdir()
    shutil.copy(FIXTURES / "schema-v2.db", data_dir / "mentee.db")
    with sqlite3.connect(data_dir / "mentee.db") as conn:
        meeting_id, mentor_id = conn.execute(
            "SELECT a.meeting_id, m.mentor_id FROM agenda_items a JOIN meetings m "
            "ON m.id = a.meeting_id WHERE a.kind = 'feedback'"
        ).fetchone()
        stamp = "2026-11-01T09:00:00+00:00"
        for question in (
            "  how did my DESIGN-review facilitation come across? ",
            "Twice?",
            "Twice?",
        ):
            conn.execute(
                "INSERT INTO feedback_requests (mentor_id, question, created_at) VALUES (?, ?, ?)",
                [mentor_id, question, stamp],
            )
        conn.execute(
            "INSERT INTO agenda_items (meeting_id, kind, text, created_at) "
            "VALUES (?, 'feedback', 'Twice?', ?)",
            [meeting_id, stamp],
        )
    db = open_store(data_dir)
    try:
        linked = dict(
            db.execute(
                "SELECT a.text, f.question FROM agenda_items a "
                "LEFT JOIN feedback_requests f ON f.id = a.feedback_id WHERE a.kind = 'feedback'"
            ).fetchall()
        )
    finally:
        db.close()
    assert linked == {
        "How did my design-review facilitation come across?": (
            "  how did my DESIGN-review facilitation come across? "
        ),
        "Twice?": None,  # two requests say the same: left for the mentee to link
    }


def test_version_8_reads_action_item_pages_in_index_order(data_dir: Path):
    """A page of a mentor's action items (due-date order, any or one status) needs no sort."""
    data_dir.mkdir()
    shutil.copy(FIXTURES / "schema-v7.db", data_dir / "mentee.db")
    db = open_store(data_dir)
    try:
        key = "coalesce(due_on, '9999-12-31')"
        for analyzed, status_clause in itertools.product(
            (False, True), ("", " AND status = 'open'")
        ):
            if analyzed:  # as after PRAGMA optimize: the plan must not depend on it
                db.execute("ANALYZE")
            plan = db.execute(
                "EXPLAIN QUERY PLAN SELECT * FROM action_items "
                f"WHERE mentor_id = 1{status_clause} AND {key} >= '2026-01-01' "
                f"ORDER BY {key}, id LIMIT 200"
            ).fetchall()
            steps = " ".join(row[3] for row in plan)
            assert "action_items_page_by" in steps
            assert "TEMP B-TREE" not in steps
    finally:
        db.close()
