"""Goals both partners set, progress, links, and relationship check-ins."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from mentee_desktop.data import agenda_items, checkins, goals, meetings
from mentee_desktop.data.agenda_items import AgendaItem
from mentee_desktop.data.checkins import Checkin
from mentee_desktop.data.goals import Goal, GoalProgress
from mentee_desktop.data.search import search
from mentee_desktop.data.search_index import check_index
from mentee_desktop.data.store import open_store
from tests.helpers import add_meeting, add_mentor

FIXTURES = Path(__file__).parent / "fixtures"


def test_goals_with_progress_links_and_undo(db, now):
    mentor = add_mentor(db)
    meeting = add_meeting(db, mentor.id, now)
    goal = goals.add(db, Goal(mentor_id=mentor.id, title="Speak at a conference", set_by="both"))
    goals.add_progress(db, GoalProgress(goal.id, "Submitted a talk proposal", date(2026, 11, 1)))
    item = agenda_items.add(db, AgendaItem(meeting_id=meeting.id, kind="topic", text="Talk ideas"))
    goals.link(db, goal.id, "agenda_item", item.id)
    goals.link(db, goal.id, "agenda_item", item.id)  # twice: still one link
    assert goals.linked_counts(db, goal.id) == {"agenda_item": 1, "note": 0, "action_item": 0}
    assert [g.id for g in goals.goals_of(db, "agenda_item", item.id)] == [goal.id]
    assert [g.title for g in goals.in_focus(db, mentor.id)] == ["Speak at a conference"]
    removed, progress = goals.delete(db, goal.id)
    assert goals.list_for_mentor(db, mentor.id) == []
    goals.restore(db, removed, progress)
    assert [p.text for p in goals.list_progress(db, goal.id)] == ["Submitted a talk proposal"]
    with pytest.raises(ValueError):
        goals.add(db, Goal(mentor_id=mentor.id, title="  "))


def test_checkins_rated_and_due_every_n_meetings(db, now):
    mentor = add_mentor(db)
    for days in (-60, -45, -30):
        add_meeting(db, mentor.id, now, days=days, status="held")
    assert checkins.checkin_due(db, mentor.id, every_n_meetings=3)
    checkins.add(db, Checkin(mentor.id, date(2026, 11, 1), trust=4, communication=5))
    assert not checkins.checkin_due(db, mentor.id, every_n_meetings=1)
    add_meeting(db, mentor.id, now, days=-10, status="held")
    assert checkins.checkin_due(db, mentor.id, every_n_meetings=1)
    with pytest.raises(ValueError, match="1 to 5"):
        checkins.add(db, Checkin(mentor.id, date(2026, 11, 2), trust=6))
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO checkins (mentor_id, held_on, trust, communication, mutual_learning,"
            " created_at) VALUES (?, '2026-01-01', 0, 3, 3, 'x')",
            [mentor.id],
        )
    assert [c.trust for c in checkins.list_for_mentor(db, mentor.id)] == [4]


def test_v1_database_migrates_keeping_rows_and_indexing_them(data_dir: Path):
    data_dir.mkdir()
    shutil.copy(FIXTURES / "schema-v1.db", data_dir / "mentee.db")
    old = sqlite3.connect(data_dir / "mentee.db")
    counts = {
        t: old.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("mentors", "meetings", "agenda_items", "listening_notes", "action_items")
    }
    old.close()
    db = open_store(data_dir)
    try:
        for table, count in counts.items():
            assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == count
        assert {h.kind for h in search(db, "negotiation")} >= {"agenda_item"}
        assert check_index(db)
        assert meetings.list_all(db)
    finally:
        db.close()
    backups = list((data_dir / "backups").glob("*.db"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    assert copy.execute("SELECT count(*) FROM meetings").fetchone()[0] == counts["meetings"]
    copy.close()


def test_goals_in_focus_appear_on_the_agenda(db, now):
    from mentee_desktop.agenda.build import build_agenda

    mentor = add_mentor(db)
    meeting = add_meeting(db, mentor.id, now)
    goals.add(db, Goal(mentor_id=mentor.id, title="Lead a project", why="Grow my scope"))
    goals.add(db, Goal(mentor_id=mentor.id, title="Paused goal", status="paused"))
    goals.add(db, Goal(mentor_id=mentor.id, title="Not in focus", in_focus=False))
    agenda = build_agenda(db, meeting.id, now=now)
    assert [(g.title, g.why) for g in agenda.goals] == [("Lead a project", "Grow my scope")]
