"""Insights to put to work: what I heard (or a feedback answer I chose to act on), and how
trying it went.

Every listening note with an insight, and every request for feedback I asked and marked "acted
on" (the mentor's answer is the insight), has one
row in ``insights`` (made by triggers in the same transaction as the note or request, so no
insight is ever without its state). The state moves new → trying → applied (with what
happened) or let go (with why); the moment a state was entered is kept, and a repeated change
to the same state keeps the first moment (a double click changes nothing).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from mentee_desktop.data.errors import RecordNotFoundError, transaction
from mentee_desktop.data.timestamps import from_db, to_db, utc_now

NEW, TRYING, APPLIED, LET_GO = "new", "trying", "applied", "let_go"
STATES = (NEW, TRYING, APPLIED, LET_GO)
#: states in which an insight still waits to be put to work (and may be brought back)
OPEN_STATES = (NEW, TRYING)
#: states that end the insight's returns: it was put to work or let go
DECIDED_STATES = (APPLIED, LET_GO)
#: longest "what happened" / "why" line kept
OUTCOME_LIMIT = 2000


@dataclass(frozen=True)
class Insight:
    """One insight with where it came from and how putting it to work went."""

    id: int
    mentor_id: int
    mentor_name: str
    #: the meeting where it was heard (a feedback answer may have none)
    meeting_id: int | None
    #: when it was heard: the meeting's start, else when the answer was acted on
    heard_at: datetime
    #: the insight as written (or the mentor's answer)
    text: str
    #: "note" or "feedback", and that record's id
    source: str
    source_id: int
    state: str
    #: what happened (applied) or why it was let go
    outcome: str
    #: when the present state was entered (None while new)
    state_at: datetime | None

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES


_SELECT = """
SELECT i.id, i.state, i.outcome, i.state_at, i.note_id, i.feedback_id,
       coalesce(m.mentor_id, f.mentor_id) AS mentor_id,
       r.name AS mentor_name,
       coalesce(n.meeting_id, f.meeting_id) AS meeting_id,
       coalesce(m.starts_at, fm.starts_at, f.acted_at, f.answered_at, f.created_at) AS heard_at,
       coalesce(n.insight, f.answer) AS text
FROM insights i
LEFT JOIN listening_notes n ON n.id = i.note_id
LEFT JOIN meetings m ON m.id = n.meeting_id
LEFT JOIN feedback_requests f ON f.id = i.feedback_id
LEFT JOIN meetings fm ON fm.id = f.meeting_id
JOIN mentors r ON r.id = coalesce(m.mentor_id, f.mentor_id)
"""
#: an insight counts only while it has words (a note's insight may be cleared later)
_HAS_TEXT = "trim(coalesce(n.insight, f.answer)) != ''"


def _from_row(row: dict) -> Insight:
    from_note = row["note_id"] is not None
    return Insight(
        id=row["id"],
        mentor_id=row["mentor_id"],
        mentor_name=row["mentor_name"],
        meeting_id=row["meeting_id"],
        heard_at=from_db(row["heard_at"]),
        text=row["text"],
        source="note" if from_note else "feedback",
        source_id=row["note_id"] if from_note else row["feedback_id"],
        state=row["state"],
        outcome=row["outcome"],
        state_at=from_db(row["state_at"]),
    )


def get(db: Database, insight_id: int) -> Insight:
    rows = list(db.query(_SELECT + " WHERE i.id = ?", [insight_id]))
    if not rows:
        raise RecordNotFoundError(f"insight {insight_id} does not exist")
    return _from_row(rows[0])


def for_note(db: Database, note_id: int) -> Insight | None:
    """The insight of one listening note (None while the note has no insight)."""
    rows = list(db.query(_SELECT + f" WHERE i.note_id = ? AND {_HAS_TEXT}", [note_id]))
    return _from_row(rows[0]) if rows else None


def list_insights(
    db: Database,
    *,
    mentor_id: int | None = None,
    states: tuple[str, ...] | None = None,
    meeting_id: int | None = None,
    limit: int = -1,
) -> list[Insight]:
    """Insights with words, newest heard first (ties: newest written first); at most
    ``limit`` of them (-1: all)."""
    where, params = [_HAS_TEXT], []
    if mentor_id is not None:  # through the mentor's meetings and requests (indexed)
        where.append(
            "i.id IN (SELECT i2.id FROM meetings m2 "
            "JOIN listening_notes n2 ON n2.meeting_id = m2.id "
            "JOIN insights i2 ON i2.note_id = n2.id WHERE m2.mentor_id = ? "
            "UNION ALL SELECT i3.id FROM feedback_requests f3 "
            "JOIN insights i3 ON i3.feedback_id = f3.id WHERE f3.mentor_id = ?)"
        )
        params += [mentor_id, mentor_id]
    if states:
        _check_states(states)
        where.append(f"i.state IN ({', '.join('?' for _ in states)})")
        params += list(states)
    if meeting_id is not None:
        where.append("coalesce(n.meeting_id, f.meeting_id) = ?")
        params.append(meeting_id)
    sql = _SELECT + " WHERE " + " AND ".join(where) + " ORDER BY heard_at DESC, i.id DESC LIMIT ?"
    return [_from_row(row) for row in db.query(sql, [*params, limit])]


def open_insights_heard_since(db: Database, since: datetime) -> list[Insight]:
    """Insights still to put to work that were heard at meetings starting at ``since`` or
    later, read through the meetings' start index (what reminders look at)."""
    sql = (
        "SELECT i.id FROM meetings m "
        "JOIN listening_notes n ON n.meeting_id = m.id "
        "JOIN insights i ON i.note_id = n.id "
        "WHERE m.starts_at >= ? AND m.status != 'cancelled' AND i.state IN ('new', 'trying') "
        "AND trim(n.insight) != '' "
        "UNION SELECT i.id FROM feedback_requests f JOIN insights i ON i.feedback_id = f.id "
        "WHERE f.status = 'acted_on' AND f.direction = 'i_ask' "
        "AND coalesce(f.acted_at, f.answered_at) >= ? "
        "AND i.state IN ('new', 'trying') AND trim(f.answer) != ''"
    )
    stamp = to_db(since)
    ids = [row["id"] for row in db.query(sql, [stamp, stamp])]
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    rows = db.query(_SELECT + f" WHERE i.id IN ({marks}) ORDER BY heard_at, i.id", ids)
    return [_from_row(row) for row in rows]


def told_back(
    db: Database, mentor_id: int, after: datetime | None, until: datetime
) -> list[Insight]:
    """Insights of one mentor applied (with what happened) after ``after`` and up to
    ``until``: what the next agenda tells the mentor."""
    where = [_HAS_TEXT, "r.id = ?", "i.state = 'applied'", "trim(i.outcome) != ''"]
    where.append("i.state_at <= ?")
    params: list = [mentor_id, to_db(until)]
    if after is not None:
        where.append("i.state_at > ?")
        params.append(to_db(after))
    sql = _SELECT + " WHERE " + " AND ".join(where) + " ORDER BY i.state_at, i.id"
    return [_from_row(row) for row in db.query(sql, params)]


def put_to_work_count(db: Database, mentor_id: int) -> tuple[int, int]:
    """(insights applied, insights in all) of one mentor: told beside the follow-through."""
    row = db.execute(
        "SELECT coalesce(sum(state = 'applied'), 0), count(*) FROM ("
        "SELECT i.state FROM meetings m JOIN listening_notes n ON n.meeting_id = m.id "
        "JOIN insights i ON i.note_id = n.id WHERE m.mentor_id = ? AND trim(n.insight) != '' "
        "UNION ALL SELECT i.state FROM feedback_requests f "
        "JOIN insights i ON i.feedback_id = f.id WHERE f.mentor_id = ? AND trim(f.answer) != '')",
        [mentor_id, mentor_id],
    ).fetchone()
    return row[0], row[1]


def _check_states(states: tuple[str, ...]) -> None:
    unknown = [s for s in states if s not in STATES]
    if unknown:
        raise ValueError(f"unknown insight state {unknown[0]!r}; use one of {', '.join(STATES)}")


def mark(
    db: Database,
    insight_id: int,
    state: str,
    outcome: str | None = None,
    *,
    now: datetime | None = None,
) -> Insight:
    """Move an insight to ``state``; ``outcome`` is what happened (applied) or why (let go).

    Entering a state stamps the moment; marking the same state again only updates the words,
    so a repeated click or key press keeps the first moment. Going back to new clears both.
    """
    _check_states((state,))
    current = get(db, insight_id)
    words = current.outcome if outcome is None else outcome.strip()
    if len(words) > OUTCOME_LIMIT:
        raise ValueError(f"what happened is too long (at most {OUTCOME_LIMIT} characters)")
    if state in (NEW, TRYING) and outcome is None:
        words = current.outcome if state == TRYING else ""
    if state == current.state:
        stamp = to_db(current.state_at)
    else:
        stamp = None if state == NEW else to_db(now or utc_now())
    with transaction(db):
        db.execute(
            "UPDATE insights SET state = ?, outcome = ?, state_at = ? WHERE id = ?",
            [state, words, stamp, insight_id],
        )
    return get(db, insight_id)


def restore_state(db: Database, insight: Insight, *, note_id: int | None = None) -> None:
    """Put back a state saved before (undo of a note's deletion brings its insight back; the
    note may come back under ``note_id`` when its old id was taken meanwhile)."""
    column = "note_id" if insight.source == "note" else "feedback_id"
    source_id = note_id if note_id is not None and insight.source == "note" else insight.source_id
    with transaction(db):
        db.execute(
            f"UPDATE insights SET state = ?, outcome = ?, state_at = ? WHERE {column} = ?",
            [insight.state, insight.outcome, to_db(insight.state_at), source_id],
        )


def create_table(db: Database) -> None:
    """The table and the triggers that give every insight its row (schema migration)."""
    statements = [
        """CREATE TABLE insights (
            id INTEGER PRIMARY KEY,
            note_id INTEGER UNIQUE REFERENCES listening_notes (id) ON DELETE CASCADE,
            feedback_id INTEGER UNIQUE REFERENCES feedback_requests (id) ON DELETE CASCADE,
            state TEXT NOT NULL DEFAULT 'new'
                CHECK (state IN ('new', 'trying', 'applied', 'let_go')),
            outcome TEXT NOT NULL DEFAULT '',
            state_at TEXT,
            CHECK ((note_id IS NULL) + (feedback_id IS NULL) = 1)
        )""",
        "CREATE INDEX insights_by_state ON insights (state, state_at)",
        """CREATE TRIGGER insight_for_new_note AFTER INSERT ON listening_notes
            WHEN trim(NEW.insight) != '' BEGIN
            INSERT OR IGNORE INTO insights (note_id) VALUES (NEW.id); END""",
        """CREATE TRIGGER insight_for_changed_note AFTER UPDATE OF insight ON listening_notes
            WHEN trim(NEW.insight) != '' BEGIN
            INSERT OR IGNORE INTO insights (note_id) VALUES (NEW.id); END""",
        """CREATE TRIGGER insight_for_new_feedback AFTER INSERT ON feedback_requests
            WHEN NEW.status = 'acted_on' AND NEW.direction = 'i_ask' BEGIN
            INSERT OR IGNORE INTO insights (feedback_id) VALUES (NEW.id); END""",
        """CREATE TRIGGER insight_for_acted_feedback AFTER UPDATE OF status ON feedback_requests
            WHEN NEW.status = 'acted_on' AND NEW.direction = 'i_ask' BEGIN
            INSERT OR IGNORE INTO insights (feedback_id) VALUES (NEW.id); END""",
        """INSERT INTO insights (note_id)
            SELECT id FROM listening_notes WHERE trim(insight) != ''""",
        """INSERT INTO insights (feedback_id)
            SELECT id FROM feedback_requests WHERE status = 'acted_on' AND direction = 'i_ask'""",
    ]
    for statement in statements:
        db.execute(statement)
