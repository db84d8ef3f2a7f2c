"""``mentee-desktop reminders``: what is due at a moment, for scripts; it changes nothing."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from mentee_desktop.data import action_items, meetings
from mentee_desktop.data.action_items import ActionItem
from mentee_desktop.data.meetings import Meeting
from mentee_desktop.data.store import open_store
from tests.helpers import add_mentor

START = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)


@pytest.fixture
def store_with_reminders(data_dir: Path) -> dict:
    db = open_store(data_dir)
    mentor = add_mentor(db, "Ada & <Lovelace>", cadence_days=30)
    meeting_id = meetings.insert(
        db, Meeting(mentor_id=mentor.id, starts_at=START, timezone="Europe/Berlin")
    )
    item = action_items.add(
        db, ActionItem(mentor_id=mentor.id, title="Send the notes", due_on=date(2026, 11, 25))
    )
    db.close()
    return {"meeting": meeting_id, "item": item.id, "mentor": mentor.id}


def state_rows(data_dir: Path) -> int:
    conn = sqlite3.connect(data_dir / "mentee.db")
    try:
        return conn.execute("SELECT count(*) FROM reminder_state").fetchone()[0]
    finally:
        conn.close()


def test_json_lists_what_is_due_at_that_moment_and_marks_nothing(
    cli, data_dir, store_with_reminders
):
    env = {"TZ": "Europe/Berlin"}
    at = (START - timedelta(hours=1)).isoformat()
    result = cli("--data-dir", str(data_dir), "reminders", "--at", at, "--json", env=env)
    assert result.returncode == 0, result.stderr
    listed = json.loads(result.stdout)
    assert [(r["kind"], r["record"]) for r in listed] == [
        ("prepare", {"kind": "meeting", "id": store_with_reminders["meeting"]}),
        ("action_due", {"kind": "action_item", "id": store_with_reminders["item"]}),
    ]
    assert listed[0]["title"] == "Prepare for your meeting with Ada & <Lovelace>"
    assert listed[0]["urgent"] is True
    assert listed[0]["due_at"] == "2026-11-24T14:00:00+00:00"
    assert listed[1]["key"] == f"due:actions:mentor:{store_with_reminders['mentor']}:2026-11-25"
    assert state_rows(data_dir) == 0  # read-only: nothing marked as shown

    again = cli("--data-dir", str(data_dir), "reminders", "--at", at, "--json", env=env)
    assert json.loads(again.stdout) == listed


def test_text_output_and_a_local_time_without_offset(cli, data_dir, store_with_reminders):
    env = {"TZ": "America/New_York"}
    # 08:50 in New York is 13:50 UTC: ten minutes before the meeting
    result = cli("--data-dir", str(data_dir), "reminders", "--at", "2026-11-25T08:50", env=env)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["!", "meeting_soon", "meeting"]
    assert "Meeting with Ada & <Lovelace> at 15:00" in lines[0]
    assert "Wed 25 Nov 15:00 Europe/Berlin (09:00 your time)" in lines[1]
    assert any("Due today: Send the notes" in line for line in lines)


def test_nothing_due_says_so(cli, data_dir, store_with_reminders):
    result = cli(
        "--data-dir",
        str(data_dir),
        "reminders",
        "--at",
        "2026-11-01T12:00+00:00",
        env={"TZ": "UTC"},
    )
    assert result.returncode == 0
    assert result.stdout.strip() == "Nothing due at 2026-11-01 12:00 UTC."


def test_a_bad_moment_is_a_usage_error(cli, data_dir):
    result = cli("--data-dir", str(data_dir), "reminders", "--at", "next tuesday")
    assert result.returncode == 2
    assert "is not an ISO-8601 moment" in result.stderr
    assert "Traceback" not in result.stderr
