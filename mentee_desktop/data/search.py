"""Searching everything a mentee wrote: whatever they type becomes a safe FTS5 query."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from sqlite_utils import Database

from mentee_desktop.data.record_kind import RecordKind
from mentee_desktop.data.search_index import KIND_BY_CODE, ROWID_FACTOR

#: marks around matched words in snippets (private-use characters never typed by people)
MATCH_START = "\ue000"
MATCH_END = "\ue001"
_WORD = re.compile(r"\w+", re.UNICODE)
#: a word as the index splits text: letters and digits (an underscore separates)
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
MAX_TERMS = 12


@dataclass(frozen=True)
class SearchHit:
    kind: RecordKind
    record_id: int
    title: str
    snippet: str
    rank: float

    def snippet_plain(self) -> str:
        return self.snippet.replace(MATCH_START, "").replace(MATCH_END, "")


def _typed_words(text: str) -> tuple[list[str], bool]:
    """The words to look for, and whether the last one is still being typed (a prefix).

    A single letter is not taken as a prefix: it would match nearly every record, and
    gathering those costs more than it shows.
    """
    words = [w for w in _WORD.findall(text) if any(c.isalnum() for c in w)][:MAX_TERMS]
    typing = bool(words) and not text[-1].isspace()
    return words, typing and (len(words[-1]) > 1 or not words[-1].isascii())


def build_query(text: str) -> str | None:
    """Turn anything typed into an FTS5 query: every word quoted, all required, last a prefix.

    Quotes, brackets, ``AND``/``OR``/``NOT``, ``*``, ``-`` and ``:`` lose their meaning, so no
    input can raise a syntax error. Returns None when there is no word to look for.
    """
    words, prefix = _typed_words(text)
    if not words:
        return None
    quoted = [f'"{word}"' for word in words]
    if prefix:  # still typing the last word: match it as a prefix
        quoted[-1] += "*"
    return " ".join(quoted)


#: at most this many matches are ranked: the newest (by record number) when there are more
RANKED_MATCHES = 2000
SNIPPET_WORDS = 12
#: a passage is looked for in the first this-many characters of a long text
SNIPPET_SOURCE_LIMIT = 20_000


def search(db: Database, text: str, *, limit: int = 50) -> list[SearchHit]:
    """The best matches, ranked (bm25, titles weigh more), each with a marked snippet.

    Ranking looks at every match it is given, so a query matching more than
    :data:`RANKED_MATCHES` records (a common word) ranks the newest of them: one pass over
    the index, whatever the size of the store. Snippets are made here for the hits shown
    (asking the index for each would search again for each).
    """
    query = build_query(text)
    if query is None:
        return []
    rows = db.execute(
        "SELECT rowid, score FROM (SELECT rowid, bm25(search_index, 4.0, 1.0) AS score "
        "FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?) "
        "ORDER BY score LIMIT ?",
        [query, RANKED_MATCHES, limit],
    ).fetchall()
    texts = _texts(db, [rowid for rowid, _ in rows])
    words, prefix = _typed_words(text)
    marker = _Marker(words, prefix)
    hits = []
    for rowid, score in rows:
        kind = KIND_BY_CODE.get(rowid % ROWID_FACTOR)
        if kind is None:
            continue
        title, body = texts.get(rowid, ("", ""))
        snippet = marker.snippet(title, body)
        hits.append(SearchHit(kind, rowid // ROWID_FACTOR, title, snippet, score))
    return hits


def _texts(db: Database, rowids: list[int]) -> dict[int, tuple[str, str]]:
    """Title and body of index entries, by rowid (no full-text query: a direct look-up)."""
    if not rowids:
        return {}
    marks = ", ".join("?" * len(rowids))
    found = db.execute(
        f"SELECT rowid, title, body FROM search_index WHERE rowid IN ({marks})", rowids
    ).fetchall()
    return {rowid: (title or "", body or "") for rowid, title, body in found}


@lru_cache(maxsize=8192)
def _folded(word: str) -> str:
    """A word as the index compares it: lower case, accents removed ("Café" -> "cafe")."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class _Marker:
    """Marks the matched words of a text and cuts the best short passage, as FTS5's
    ``snippet()`` does: the passage of :data:`SNIPPET_WORDS` words holding the most
    different query words, from the title when it holds as many as the body."""

    def __init__(self, words: list[str], prefix: bool):
        parts = [[_folded(p) for p in _TOKEN.findall(word)] for word in words]
        self.terms = {p for group in parts for p in group if p}
        self.prefix = parts[-1][-1] if prefix and parts and parts[-1] else None

    def _term_of(self, token: str) -> str | None:
        folded = _folded(token)
        if folded in self.terms:
            return folded
        if self.prefix and folded.startswith(self.prefix):
            return self.prefix
        return None

    def snippet(self, title: str, body: str) -> str:
        best: tuple[int, int, str, list[re.Match[str]], list[str | None]] | None = None
        for text in (title, body):  # the title wins a tie
            tokens = list(_TOKEN.finditer(text, 0, SNIPPET_SOURCE_LIMIT))
            if not tokens:
                continue
            terms = [self._term_of(t.group()) for t in tokens]
            start, score = self._best_start(terms)
            if best is None or score > best[0]:
                best = (score, start, text, tokens, terms)
        if best is None:
            return ""
        _score, start, text, tokens, terms = best
        end = min(len(tokens), start + SNIPPET_WORDS)
        pieces = ["…" if start else text[: tokens[0].start()]]
        for index in range(start, end):
            token = tokens[index]
            if index > start:
                pieces.append(text[tokens[index - 1].end() : token.start()])
            word = token.group()
            pieces.append(f"{MATCH_START}{word}{MATCH_END}" if terms[index] else word)
        whole = end == len(tokens) and len(text) <= SNIPPET_SOURCE_LIMIT
        pieces.append(text[tokens[-1].end() :] if whole else "…")
        return "".join(pieces)

    @staticmethod
    def _best_start(terms: list[str | None]) -> tuple[int, int]:
        """Where the passage starts and its score (1000 per different word, 1 per repeat)."""
        best_start, best_score = 0, -1
        starts = {max(0, i - 2) for i, term in enumerate(terms) if term} or {0}
        last = max(0, len(terms) - SNIPPET_WORDS)
        for start in sorted(min(s, last) for s in starts):
            window = [t for t in terms[start : start + SNIPPET_WORDS] if t]
            score = 1000 * len(set(window)) + len(window)
            if score > best_score:
                best_start, best_score = start, score
        return best_start, best_score


def grouped(hits: list[SearchHit]) -> dict[str, list[SearchHit]]:
    """Hits grouped by kind, groups ordered by their best hit."""
    groups: dict[str, list[SearchHit]] = {}
    for hit in hits:
        groups.setdefault(hit.kind, []).append(hit)
    return groups
