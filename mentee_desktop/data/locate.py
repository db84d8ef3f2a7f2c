"""Where a record lives (its mentor and meeting), so the window can open it in its tab."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from mentee_desktop.data.record_kind import RecordKind

#: for each record kind: the record's id, its mentor and its meeting, and the id column to
#: look records up by
_QUERIES = {
    RecordKind.MENTOR: ("SELECT id, id, NULL FROM mentors", "id"),
    RecordKind.MEETING: ("SELECT id, mentor_id, id FROM meetings", "id"),
    RecordKind.AGENDA_ITEM: (
        "SELECT a.id, m.mentor_id, m.id FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id",
        "a.id",
    ),
    RecordKind.NOTE: (
        "SELECT n.id, m.mentor_id, m.id FROM listening_notes n "
        "JOIN meetings m ON m.id = n.meeting_id",
        "n.id",
    ),
    RecordKind.FEEDBACK: ("SELECT id, mentor_id, meeting_id FROM feedback_requests", "id"),
    RecordKind.ACTION_ITEM: ("SELECT id, mentor_id, meeting_id FROM action_items", "id"),
    RecordKind.GOAL: ("SELECT id, mentor_id, NULL FROM goals", "id"),
    RecordKind.GOAL_PROGRESS: (
        "SELECT p.id, g.mentor_id, NULL FROM goal_progress p JOIN goals g ON g.id = p.goal_id",
        "p.id",
    ),
    RecordKind.CHECKIN: ("SELECT id, mentor_id, NULL FROM checkins", "id"),
    RecordKind.INSIGHT: (
        "SELECT i.id, coalesce(m.mentor_id, f.mentor_id), coalesce(n.meeting_id, f.meeting_id) "
        "FROM insights i LEFT JOIN listening_notes n ON n.id = i.note_id "
        "LEFT JOIN meetings m ON m.id = n.meeting_id "
        "LEFT JOIN feedback_requests f ON f.id = i.feedback_id",
        "i.id",
    ),
}
#: record ids looked up in one statement (well below SQLite's limit of bound values)
_CHUNK = 500


@dataclass(frozen=True)
class Location:
    mentor_id: int
    meeting_id: int | None


def locate(db: Database, kind: RecordKind | str, record_id: int) -> Location | None:
    """The mentor and meeting a record belongs to; None when it does not exist."""
    return locate_many(db, [(kind, record_id)]).get((kind, record_id))


def locate_many(
    db: Database, records: Iterable[tuple[RecordKind | str, int]]
) -> dict[tuple[str, int], Location]:
    """Where each of many records lives, by (kind, id), in one statement per kind (a list of
    search results asks for all of its records at once). Records that do not exist are left
    out."""
    wanted: dict[str, set[int]] = {}
    for kind, record_id in records:
        if kind not in _QUERIES:
            raise ValueError(f"unknown record kind {kind!r}")
        wanted.setdefault(kind, set()).add(record_id)
    found: dict[tuple[str, int], Location] = {}
    for kind, ids in wanted.items():
        select, id_column = _QUERIES[kind]
        ordered = sorted(ids)
        for start in range(0, len(ordered), _CHUNK):
            chunk = ordered[start : start + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            rows = db.execute(f"{select} WHERE {id_column} IN ({marks})", chunk).fetchall()
            for record_id, mentor_id, meeting_id in rows:
                found[(kind, record_id)] = Location(mentor_id, meeting_id)
    return found
