"""The built-in suggested questions and the mentee's own (no Qt)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentee_desktop.data import suggested_questions as sq
from mentee_desktop.data.errors import RecordNotFoundError


def test_every_purpose_has_about_five_distinct_specific_suggestions():
    assert set(sq.BUILT_IN) == set(sq.PURPOSES) == set(sq.PURPOSE_LABELS)
    all_texts = [text for texts in sq.BUILT_IN.values() for text in texts]
    assert len(all_texts) == len(set(all_texts))
    for purpose, texts in sq.BUILT_IN.items():
        assert 4 <= len(texts) <= 7, purpose
        for text in texts:
            assert text == text.strip() and "  " not in text
            assert 30 <= len(text) <= 140, text  # specific, yet readable in a list
            assert "advice" not in text.lower()  # "any advice?" is what we want to avoid
            if purpose != "offer":
                assert text.endswith("?"), text


def test_offers_are_shared_everything_else_is_asked():
    assert sq.agenda_kind("offer") == "share"
    assert {sq.agenda_kind(p) for p in sq.PURPOSES if p != "offer"} == {"question"}
    with pytest.raises(ValueError, match="unknown purpose"):
        sq.agenda_kind("gossip")


def test_built_in_suggestions_are_not_custom():
    suggestions = sq.built_in("skills")
    assert [s.text for s in suggestions] == list(sq.BUILT_IN["skills"])
    assert not any(s.is_custom for s in suggestions)


def test_own_suggestions_are_added_listed_by_purpose_and_deleted(db, now):
    first = sq.add_custom(db, "career", "Which role would you create for me?", now=now)
    second = sq.add_custom(db, "mentoring", "Is once a month enough?", now=now)
    assert first.is_custom and first.created_at == now
    assert sq.list_custom(db) == [first, second]
    assert sq.list_custom(db, "career") == [first]
    assert sq.for_purpose(db, "career")[-1] == first
    assert len(sq.for_purpose(db, "career")) == len(sq.BUILT_IN["career"]) + 1
    removed = sq.delete_custom(db, first.id)
    assert removed == first
    assert sq.list_custom(db) == [second]
    with pytest.raises(RecordNotFoundError):
        sq.delete_custom(db, first.id)
    assert sq.restore_custom(db, removed) == first
    assert sq.list_custom(db) == [first, second]


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_an_empty_suggestion_is_refused(db, text):
    with pytest.raises(ValueError, match="needs some text"):
        sq.add_custom(db, "skills", text)
    assert sq.list_custom(db) == []


def test_an_unknown_purpose_is_refused(db):
    with pytest.raises(ValueError, match="unknown purpose"):
        sq.add_custom(db, "weather", "Is it raining?")
    with pytest.raises(ValueError):
        sq.list_custom(db, "weather")


def test_a_built_in_suggestion_cannot_be_restored(db):
    with pytest.raises(ValueError):
        sq.restore_custom(db, sq.built_in("career")[0])


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(min_size=1).filter(str.strip), purpose=st.sampled_from(sq.PURPOSES))
def test_any_text_comes_back_unchanged(db, text, purpose):
    kept = sq.add_custom(db, purpose, text)
    assert sq.get_custom(db, kept.id).text == text
    assert sq.list_custom(db, purpose)[-1].text == text


def test_a_megabyte_suggestion_comes_back_unchanged(db):
    text = "<b>x</b> مرحبا 你好 🙏🏽 " * 40_000
    kept = sq.add_custom(db, "offer", text)
    assert sq.get_custom(db, kept.id).text == text
