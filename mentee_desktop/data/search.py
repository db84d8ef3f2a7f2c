"""Searching everything a mentee wrote: whatever they type becomes a safe FTS5 query."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlite_utils import Database

from mentee_desktop.data.search_index import KIND_BY_CODE, ROWID_FACTOR

#: marks around matched words in snippets (private-use characters never typed by people)
MATCH_START = "\ue000"
MATCH_END = "\ue001"
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 12


@dataclass(frozen=True)
class SearchHit:
    kind: str
    record_id: int
    title: str
    snippet: str
    rank: float

    def snippet_plain(self) -> str:
        return self.snippet.replace(MATCH_START, "").replace(MATCH_END, "")


def build_query(text: str) -> str | None:
    """Turn anything typed into an FTS5 query: every word quoted, all required, last a prefix.

    Quotes, brackets, ``AND``/``OR``/``NOT``, ``*``, ``-`` and ``:`` lose their meaning, so no
    input can raise a syntax error. Returns None when there is no word to look for.
    """
    words = [w for w in _WORD.findall(text) if any(c.isalnum() for c in w)][:MAX_TERMS]
    if not words:
        return None
    quoted = [f'"{word}"' for word in words]
    if not text[-1].isspace():  # still typing the last word: match it as a prefix
        quoted[-1] += "*"
    return " ".join(quoted)


def search(db: Database, text: str, *, limit: int = 50) -> list[SearchHit]:
    """The best matches, ranked (bm25, titles weigh more), each with a marked snippet."""
    query = build_query(text)
    if query is None:
        return []
    rows = db.execute(
        "SELECT rowid, title, "
        f"snippet(search_index, -1, '{MATCH_START}', '{MATCH_END}', '…', 12), "
        "bm25(search_index, 4.0, 1.0) AS score "
        "FROM search_index WHERE search_index MATCH ? ORDER BY score LIMIT ?",
        [query, limit],
    ).fetchall()
    hits = []
    for rowid, title, snippet, score in rows:
        kind = KIND_BY_CODE.get(rowid % ROWID_FACTOR)
        if kind is None:
            continue
        hits.append(SearchHit(kind, rowid // ROWID_FACTOR, title or "", snippet or "", score))
    return hits


def grouped(hits: list[SearchHit]) -> dict[str, list[SearchHit]]:
    """Hits grouped by kind, groups ordered by their best hit."""
    groups: dict[str, list[SearchHit]] = {}
    for hit in hits:
        groups.setdefault(hit.kind, []).append(hit)
    return groups
