"""Search: words, prefixes, accents, any typed syntax, and an index that stays in step."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentee_desktop.data import action_items, agenda_items, listening_notes, mentors
from mentee_desktop.data.action_items import ActionItem
from mentee_desktop.data.agenda_items import AgendaItem
from mentee_desktop.data.listening_notes import ListeningNote
from mentee_desktop.data.search import build_query, search
from mentee_desktop.data.search_index import check_index
from tests.helpers import add_meeting, add_mentor


@pytest.fixture
def filled(db, now):
    mentor = add_mentor(db, "Zoë Müller", role="Staff engineer at Café Systems")
    meeting = add_meeting(db, mentor.id, now, place="Café Lumen")
    question = agenda_items.add(
        db, AgendaItem(meeting_id=meeting.id, kind="question", text="How do I delegate well?")
    )
    note = listening_notes.add(
        db,
        ListeningNote(
            meeting_id=meeting.id,
            heard="Delegation is teaching, not dumping.",
            in_my_words="Hand over the why, not only the what.",
            insight="Pair on the first delegated task.",
        ),
    )
    action = action_items.add(db, ActionItem(mentor_id=mentor.id, title="Read about négociation"))
    return dict(mentor=mentor, meeting=meeting, question=question, note=note, action=action)


def kinds(hits):
    return {(h.kind, h.record_id) for h in hits}


def test_finds_by_word_prefix_and_without_accents(db, filled):
    assert ("agenda_item", filled["question"].id) in kinds(search(db, "delegate"))
    assert ("note", filled["note"].id) in kinds(search(db, "delegat"))  # prefix while typing
    assert ("mentor", filled["mentor"].id) in kinds(search(db, "cafe"))
    assert ("meeting", filled["meeting"].id) in kinds(search(db, "CAFE lumen"))
    assert ("action_item", filled["action"].id) in kinds(search(db, "negociation"))
    assert ("mentor", filled["mentor"].id) in kinds(search(db, "zoe muller"))
    assert search(db, "nothing-like-this-anywhere") == []


def test_results_are_ranked_and_carry_a_marked_snippet(db, filled):
    hits = search(db, "delegat")
    assert hits == sorted(hits, key=lambda h: h.rank)
    assert all("\ue000" in h.snippet for h in hits)


@pytest.mark.parametrize(
    "typed",
    ['"', "AND (", "*", "-", "NEAR(", "a OR", "NOT", ":", "title:x", "^", "((", '"""', "", "   "],
)
def test_fts_syntax_typed_alone_never_fails(db, filled, typed):
    assert isinstance(search(db, typed), list)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_becomes_a_valid_query(text):
    import sqlite3

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 2')")
    conn.execute("INSERT INTO t VALUES ('some text here')")
    query = build_query(text)
    if query is not None:
        conn.execute("SELECT * FROM t WHERE t MATCH ?", [query]).fetchall()


def test_edits_deletions_and_undo_keep_the_index_in_step(db, filled):
    question = filled["question"]
    agenda_items.update(db, AgendaItem(**{**question.__dict__, "text": "How do I prioritise?"}))
    assert search(db, "delegate") == [] or ("agenda_item", question.id) not in kinds(
        search(db, "delegate")
    )
    assert ("agenda_item", question.id) in kinds(search(db, "prioritise"))
    deleted = agenda_items.delete(db, question.id)
    assert ("agenda_item", question.id) not in kinds(search(db, "prioritise"))
    agenda_items.restore(db, deleted)
    assert ("agenda_item", question.id) in kinds(search(db, "prioritise"))
    mentors.delete(db, filled["mentor"].id)  # cascades to meetings, items, notes
    assert search(db, "delegat") == []
    assert check_index(db)
    assert db.execute("SELECT count(*) FROM search_index").fetchone()[0] == 0


def test_cli_search_text_and_json(cli, data_dir):
    cli("--data-dir", str(data_dir), "sample-data")
    text = cli("--data-dir", str(data_dir), "search", "negotiation")
    assert text.returncode == 0, text.stderr
    assert "Agenda items:" in text.stdout and "[negotiation]" in text.stdout
    rows = json.loads(cli("--data-dir", str(data_dir), "search", "cafe", "--json").stdout)
    assert {"kind", "id", "title", "snippet", "rank"} <= set(rows[0])
    assert any(r["kind"] == "meeting" for r in rows)
    odd = cli("--data-dir", str(data_dir), "search", 'AND ( " * -')
    assert odd.returncode == 0 and "[and]" in odd.stdout  # the word "and", found literally
    none = cli("--data-dir", str(data_dir), "search", '" * - ( :')
    assert none.returncode == 0 and "No matches." in none.stdout


def index_writes(db, change) -> int:
    """How many statements wrote the index's stored texts while ``change`` ran (triggers'
    statements are traced too)."""
    seen: list[str] = []
    db.conn.set_trace_callback(seen.append)
    try:
        change()
    finally:
        db.conn.set_trace_callback(None)
    return sum("search_index_content" in statement for statement in seen)


def test_only_a_change_of_indexed_text_writes_the_index(db, filled, now):
    """Planning carries waiting items on, ticks and reorders change no words: the index is
    left alone for those, and written when the words themselves change."""
    question, action = filled["question"], filled["action"]
    later = add_meeting(db, filled["mentor"].id, now, days=7)
    assert index_writes(db, lambda: agenda_items.set_status(db, question.id, "discussed")) == 0
    assert index_writes(db, lambda: agenda_items.move(db, question.id, 1)) == 0
    assert index_writes(db, lambda: action_items.set_status(db, action.id, "done", now=now)) == 0
    moved = lambda: db.execute(  # noqa: E731 - as planning moves a waiting item
        "UPDATE agenda_items SET meeting_id = ? WHERE id = ?", [later.id, question.id]
    )
    assert index_writes(db, moved) == 0
    edited = AgendaItem(**{**question.__dict__, "meeting_id": later.id, "text": "How to coach?"})
    assert index_writes(db, lambda: agenda_items.update(db, edited)) > 0
    assert ("agenda_item", question.id) in kinds(search(db, "coach"))
    assert ("agenda_item", question.id) not in kinds(search(db, "delegate"))
    renamed = lambda: db.execute(  # noqa: E731
        "UPDATE mentors SET role = 'Coach' WHERE id = ?", [filled["mentor"].id]
    )
    assert index_writes(db, renamed) > 0
    assert ("mentor", filled["mentor"].id) in kinds(search(db, "coach"))
    assert check_index(db)
