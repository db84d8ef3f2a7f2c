"""Listening notes: what I heard, in my words, the follow-up it raises, the insight to act on."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime

from sqlite_utils import Database

from mentee_desktop.data import insights
from mentee_desktop.data.errors import RecordNotFoundError, transaction
from mentee_desktop.data.insights import Insight
from mentee_desktop.data.rows import update_by_id
from mentee_desktop.data.timestamps import from_db, to_db, utc_now

TEXT_FIELDS = ("heard", "in_my_words", "follow_up", "insight", "tags")


@dataclass
class ListeningNote:
    meeting_id: int
    heard: str = ""
    in_my_words: str = ""
    follow_up: str = ""
    insight: str = ""
    tags: str = ""
    id: int | None = None
    created_at: datetime | None = field(default=None, compare=False)

    @property
    def tag_list(self) -> list[str]:
        return [t.strip() for t in self.tags.replace(";", ",").split(",") if t.strip()]

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, name).strip() for name in TEXT_FIELDS)


def _from_row(row: dict) -> ListeningNote:
    return ListeningNote(**(row | {"created_at": from_db(row["created_at"])}))


def _to_row(note: ListeningNote) -> dict:
    row = asdict(note)
    row.pop("id")
    row["created_at"] = to_db(note.created_at) if note.created_at else None
    return row


def add(db: Database, note: ListeningNote, *, now: datetime | None = None) -> ListeningNote:
    row = _to_row(note)
    row["created_at"] = row["created_at"] or to_db(now or utc_now())
    if note.id is not None:
        row["id"] = note.id
    with transaction(db):
        new_id = db.table("listening_notes").insert(row).last_pk
    return get(db, new_id)


def restore(db: Database, note: ListeningNote) -> ListeningNote:
    """Put a deleted note back with its id (for undo)."""
    return add(db, note)


def update(db: Database, note: ListeningNote) -> ListeningNote:
    if note.id is None:
        raise ValueError("cannot update a note that was never added")
    row = {name: getattr(note, name) for name in TEXT_FIELDS}
    with transaction(db):
        update_by_id(db, "listening_notes", note.id, row, "listening note")
    return get(db, note.id)


def delete(db: Database, note_id: int) -> ListeningNote:
    note = get(db, note_id)
    with transaction(db):
        db.execute("DELETE FROM listening_notes WHERE id = ?", [note_id])
    return note


def get(db: Database, note_id: int) -> ListeningNote:
    rows = list(db.query("SELECT * FROM listening_notes WHERE id = ?", [note_id]))
    if not rows:
        raise RecordNotFoundError(f"listening note {note_id} does not exist")
    return _from_row(rows[0])


def list_for_meeting(db: Database, meeting_id: int) -> list[ListeningNote]:
    rows = db.query("SELECT * FROM listening_notes WHERE meeting_id = ? ORDER BY id", [meeting_id])
    return [_from_row(r) for r in rows]


# ----- for the Listening notes tab: pages, linked action items, delete with undo


def count_for_meeting(db: Database, meeting_id: int) -> int:
    return db.execute(
        "SELECT count(*) FROM listening_notes WHERE meeting_id = ?", [meeting_id]
    ).fetchone()[0]


def page_for_meeting(
    db: Database, meeting_id: int, *, limit: int = -1, offset: int = 0
) -> list[ListeningNote]:
    """One page of a meeting's notes in the order they were written."""
    rows = db.query(
        "SELECT * FROM listening_notes WHERE meeting_id = ? ORDER BY id LIMIT ? OFFSET ?",
        [meeting_id, limit, offset],
    )
    return [_from_row(r) for r in rows]


def action_item_titles(db: Database, note_ids: list[int]) -> dict[int, list[str]]:
    """The titles of the action items made from each of these notes (oldest first)."""
    titles: dict[int, list[str]] = {}
    for start in range(0, len(note_ids), 500):
        chunk = note_ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        rows = db.execute(
            # the index by note_id, named: after ANALYZE, SQLite takes most items (no source
            # of this kind, NULL) for one value and would read the whole table instead
            f"SELECT note_id, title FROM action_items INDEXED BY action_items_by_note "
            f"WHERE note_id IN ({marks}) ORDER BY id",
            chunk,
        ).fetchall()
        for note_id, title in rows:
            titles.setdefault(note_id, []).append(title)
    return titles


@dataclass(frozen=True)
class DeletedNote:
    """A deleted note and the action items that were made from it, so undo can relink them."""

    note: ListeningNote
    action_item_ids: tuple[int, ...]
    #: how putting its insight to work went, so undo brings that back too
    insight: Insight | None = None


def delete_for_undo(db: Database, note_id: int) -> DeletedNote:
    """Delete a note, remembering which action items pointed at it."""
    with transaction(db):
        linked = tuple(
            row[0]
            for row in db.execute(
                "SELECT id FROM action_items WHERE note_id = ? ORDER BY id", [note_id]
            ).fetchall()
        )
        insight = insights.for_note(db, note_id)
        note = delete(db, note_id)
    return DeletedNote(note, linked, insight)


def undo_delete(db: Database, deleted: DeletedNote) -> ListeningNote:
    """Put a deleted note back (with its id while that is free) and relink its action items."""
    from dataclasses import replace

    note = deleted.note
    with transaction(db):
        if not db.execute("SELECT 1 FROM meetings WHERE id = ?", [note.meeting_id]).fetchone():
            raise RecordNotFoundError("the note's meeting no longer exists")
        taken = db.execute("SELECT 1 FROM listening_notes WHERE id = ?", [note.id]).fetchone()
        restored = add(db, replace(note, id=None) if taken else note)
        for item_id in deleted.action_item_ids:
            db.execute(
                "UPDATE action_items SET note_id = ? WHERE id = ? AND note_id IS NULL",
                [restored.id, item_id],
            )
        if deleted.insight is not None:
            insights.restore_state(db, deleted.insight, note_id=restored.id)
    return restored
