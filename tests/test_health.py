"""The health check finds damaged files and records pointing at records that are gone."""

from __future__ import annotations

from mentee_desktop.data.health import run_checks
from tests.helpers import add_meeting, add_mentor


def test_a_fresh_store_is_healthy(db):
    report = run_checks(db)
    assert report.healthy and report.integrity_ok and report.foreign_key_problems == []


def test_a_meeting_whose_mentor_is_gone_is_reported(db, now):
    mentor = add_mentor(db)
    meeting = add_meeting(db, mentor.id, now)
    db.execute("PRAGMA foreign_keys = OFF")  # as another tool could have done
    db.execute("DELETE FROM mentors WHERE id = ?", [mentor.id])
    db.execute("PRAGMA foreign_keys = ON")
    report = run_checks(db)
    assert report.integrity_ok
    assert not report.healthy
    assert report.foreign_key_problems == [f"meetings row {meeting.id} points to a missing mentors"]
