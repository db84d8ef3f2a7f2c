"""Search stays quick on a large store: broad queries rank the newest matches, snippets are
cut and marked without searching again, a single letter is not a prefix."""

from __future__ import annotations

import pytest

from mentee_desktop.data import agenda_items, search
from mentee_desktop.data.agenda_items import AgendaItem
from mentee_desktop.data.errors import transaction
from mentee_desktop.data.search import MATCH_END, MATCH_START, build_query
from tests.helpers import add_meeting, add_mentor

S, E = MATCH_START, MATCH_END


@pytest.fixture
def meeting(db, now):
    mentor = add_mentor(db, "Zoë Müller")
    return add_meeting(db, mentor.id, now, place="Café Lumen")


def add_items(db, meeting_id: int, texts: list[str]) -> list[int]:
    with transaction(db):
        return [
            agenda_items.insert(db, AgendaItem(meeting_id=meeting_id, kind="topic", text=text))
            for text in texts
        ]


def test_a_broad_query_ranks_the_newest_matches(db, meeting, monkeypatch):
    ids = add_items(db, meeting.id, [f"Roadmap review number {n}" for n in range(12)])
    monkeypatch.setattr(search, "RANKED_MATCHES", 5)
    hits = search.search(db, "roadmap ")
    assert sorted(h.record_id for h in hits) == sorted(ids[-5:])
    assert hits == sorted(hits, key=lambda h: h.rank)


def test_a_narrow_query_ranks_every_match_best_first(db, meeting):
    best, other = add_items(db, meeting.id, ["Delegation", "How to hand over work: delegation"])
    hits = search.search(db, "delegation ")
    assert [h.record_id for h in hits] == [best, other]  # the shorter text weighs more


def test_a_single_letter_is_not_a_prefix():
    assert build_query("d") == '"d"'
    assert build_query("de") == '"de"*'
    assert build_query("roadmap d") == '"roadmap" "d"'
    assert build_query("你") == '"你"*'  # one CJK character is a word


def test_snippets_mark_words_prefixes_and_words_without_accents(db, meeting):
    [hit] = [h for h in search.search(db, "cafe lum") if h.kind == "meeting"]
    assert hit.snippet == f"{S}Café{E} {S}Lumen{E}"
    [mentor] = search.search(db, "zoe muller ")
    assert mentor.snippet == f"{S}Zoë{E} {S}Müller{E}"


def test_a_long_text_gives_a_short_passage_around_the_words(db, meeting):
    text = " ".join(["filler"] * 40 + ["<b>stakeholder</b>", "map"] + ["tail"] * 40)
    add_items(db, meeting.id, [text])
    [hit] = search.search(db, "stakeholder map ")
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert f"<b>{S}stakeholder{E}</b> {S}map{E}" in hit.snippet  # user text kept literally
    assert len(hit.snippet_plain().split()) <= search.SNIPPET_WORDS + 2


def test_a_huge_text_is_searched_and_cut_quickly(db, meeting):
    add_items(db, meeting.id, ["needle " + "hay " * 300_000])
    [hit] = search.search(db, "needle")
    assert hit.snippet.startswith(f"{S}needle{E} hay")
    assert hit.snippet.endswith("…") and len(hit.snippet) < 200
