"""Where a record lives (its mentor and meeting), so the window can open it in its tab."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from mentee_desktop.data.record_kind import RecordKind

#: for each record kind: the SQL giving (mentor_id, meeting_id) of one record
_QUERIES = {
    RecordKind.MENTOR: "SELECT id, NULL FROM mentors WHERE id = ?",
    RecordKind.MEETING: "SELECT mentor_id, id FROM meetings WHERE id = ?",
    RecordKind.AGENDA_ITEM: "SELECT m.mentor_id, m.id FROM agenda_items a "
    "JOIN meetings m ON m.id = a.meeting_id WHERE a.id = ?",
    RecordKind.NOTE: "SELECT m.mentor_id, m.id FROM listening_notes n "
    "JOIN meetings m ON m.id = n.meeting_id WHERE n.id = ?",
    RecordKind.FEEDBACK: "SELECT mentor_id, meeting_id FROM feedback_requests WHERE id = ?",
    RecordKind.ACTION_ITEM: "SELECT mentor_id, meeting_id FROM action_items WHERE id = ?",
    RecordKind.GOAL: "SELECT mentor_id, NULL FROM goals WHERE id = ?",
    RecordKind.GOAL_PROGRESS: "SELECT g.mentor_id, NULL FROM goal_progress p "
    "JOIN goals g ON g.id = p.goal_id WHERE p.id = ?",
    RecordKind.CHECKIN: "SELECT mentor_id, NULL FROM checkins WHERE id = ?",
    RecordKind.INSIGHT: "SELECT coalesce(m.mentor_id, f.mentor_id), "
    "coalesce(n.meeting_id, f.meeting_id) "
    "FROM insights i LEFT JOIN listening_notes n ON n.id = i.note_id "
    "LEFT JOIN meetings m ON m.id = n.meeting_id "
    "LEFT JOIN feedback_requests f ON f.id = i.feedback_id WHERE i.id = ?",
}


@dataclass(frozen=True)
class Location:
    mentor_id: int
    meeting_id: int | None


def locate(db: Database, kind: RecordKind | str, record_id: int) -> Location | None:
    """The mentor and meeting a record belongs to; None when it does not exist."""
    sql = _QUERIES.get(kind)
    if sql is None:
        raise ValueError(f"unknown record kind {kind!r}")
    row = db.execute(sql, [record_id]).fetchone()
    return Location(row[0], row[1]) if row else None
