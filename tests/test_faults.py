"""Full disk and Unicode: a failed change fails whole, and any text comes back unchanged."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from mentee_desktop.data import (
    action_items,
    agenda_items,
    lifecycle,
    listening_notes,
    meetings,
    mentors,
)
from mentee_desktop.data.action_items import ActionItem
from mentee_desktop.data.agenda_items import AgendaItem
from mentee_desktop.data.errors import DiskFullError
from mentee_desktop.data.listening_notes import ListeningNote
from mentee_desktop.data.meetings import Meeting
from mentee_desktop.data.store import open_store
from tests.helpers import add_meeting, add_mentor

HARD_TEXTS = [
    "Thanks 🙏🏽 — let's talk about 👩🏽‍💻 next time",
    "مرحبا، كيف يمكنني تحسين مهاراتي في القيادة؟",
    "我想请教如何更好地管理时间。",
    "שלום mixed with English and ١٢٣",
    "<script>alert(1)</script> **bold** [x](javascript:alert(1)) # heading | pipe |",
    "line one\nline two\r\nline three\ttab \x00 nul",
    "x" * (1024 * 1024),
]


@pytest.mark.parametrize("text", HARD_TEXTS, ids=lambda t: repr(t[:12]))
def test_any_text_comes_back_unchanged(db, now, text: str):
    mentor = add_mentor(db, text)
    meeting = add_meeting(db, mentor.id, now, place=text, summary=text)
    item = agenda_items.add(db, AgendaItem(meeting_id=meeting.id, kind="question", text=text))
    note = listening_notes.add(
        db, ListeningNote(meeting_id=meeting.id, heard=text, in_my_words=text, insight=text)
    )
    action = action_items.add(db, ActionItem(mentor_id=mentor.id, title=text, details=text))
    assert mentors.get(db, mentor.id).name == text
    assert meetings.get(db, meeting.id).place == text
    assert agenda_items.get(db, item.id).text == text
    assert listening_notes.get(db, note.id).in_my_words == text
    assert action_items.get(db, action.id).details == text


def test_a_full_database_fails_the_whole_change_and_keeps_earlier_data(db, now):
    mentor = add_mentor(db)
    first = add_meeting(db, mentor.id, now, status="held")
    for n in range(30):
        agenda_items.add(
            db, AgendaItem(meeting_id=first.id, kind="topic", text=f"topic {n}", details="y" * 4000)
        )
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(DiskFullError):
        # carrying 30 items of 4 kB over needs far more than two free pages
        lifecycle.plan(db, Meeting(mentor_id=mentor.id, starts_at=now + timedelta(days=14)))
    assert [m.id for m in meetings.list_all(db)] == [first.id]
    assert db.execute("SELECT count(*) FROM agenda_items").fetchone()[0] == 30
    assert {i.status for i in agenda_items.list_for_meeting(db, first.id)} == {"open"}
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_real_full_disk_keeps_what_was_saved(small_disk: Path, now):
    data_dir = small_disk / "data"
    db = open_store(data_dir)
    mentor = add_mentor(db, "Saved before the disk filled")
    saved = add_meeting(db, mentor.id, now)
    with pytest.raises(DiskFullError):
        for n in range(1000):
            listening_notes.add(db, ListeningNote(meeting_id=saved.id, heard=f"{n} " + "z" * 8000))
    db.close()
    db = open_store(data_dir)
    assert mentors.get(db, mentor.id).name == "Saved before the disk filled"
    assert meetings.get(db, saved.id).mentor_id == mentor.id
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
