"""Feedback requests, both ways: a specific question, my own observation first, the answer."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime

from sqlite_utils import Database

from mentee_desktop.data.errors import RecordNotFoundError, transaction
from mentee_desktop.data.rows import update_by_id
from mentee_desktop.data.timestamps import from_db, to_db, utc_now

DIRECTIONS = ("i_ask", "mentor_asks")
STATUSES = ("draft", "asked", "answered", "acted_on")
#: the date column each status records when it is reached
STATUS_DATES = {"asked": "asked_at", "answered": "answered_at", "acted_on": "acted_at"}
DATE_FIELDS = ("created_at", "asked_at", "answered_at", "acted_at")


@dataclass
class FeedbackRequest:
    mentor_id: int
    question: str
    direction: str = "i_ask"
    my_observation: str = ""
    status: str = "draft"
    answer: str = ""
    what_i_did: str = ""
    meeting_id: int | None = None
    id: int | None = None
    created_at: datetime | None = field(default=None, compare=False)
    asked_at: datetime | None = None
    answered_at: datetime | None = None
    acted_at: datetime | None = None


def _from_row(row: dict) -> FeedbackRequest:
    return FeedbackRequest(**(row | {name: from_db(row[name]) for name in DATE_FIELDS}))


def _to_row(request: FeedbackRequest) -> dict:
    if request.direction not in DIRECTIONS:
        raise ValueError(f"direction must be one of {DIRECTIONS}")
    if request.status not in STATUSES:
        raise ValueError(f"unknown feedback status {request.status!r}")
    row = asdict(request)
    row.pop("id")
    for name in DATE_FIELDS:
        row[name] = to_db(getattr(request, name))
    return row


def add(
    db: Database,
    request: FeedbackRequest,
    *,
    now: datetime | None = None,
    on_agenda: bool = True,
) -> FeedbackRequest:
    """Store a request; one of mine for a planned meeting also shows on its agenda as
    "feedback I want" (the same record seen from Prepare) unless ``on_agenda`` is False."""
    row = _to_row(request)
    row["created_at"] = row["created_at"] or to_db(now or utc_now())
    if request.id is not None:
        row["id"] = request.id
    with transaction(db):
        new_id = db.table("feedback_requests").insert(row).last_pk
        if on_agenda and request.direction == "i_ask" and request.meeting_id is not None:
            db.execute(
                "INSERT INTO agenda_items (meeting_id, kind, text, details, position, raised_by, "
                "status, feedback_id, created_at) SELECT m.id, 'feedback', :question, "
                ":observation, (SELECT coalesce(max(position), -1) + 1 FROM agenda_items "
                "WHERE meeting_id = m.id), 'me', 'open', :request, :stamp FROM meetings m "
                "WHERE m.id = :meeting AND m.status = 'planned'",
                {
                    "question": request.question,
                    "observation": request.my_observation,
                    "request": new_id,
                    "stamp": row["created_at"],
                    "meeting": request.meeting_id,
                },
            )
    return get(db, new_id)


def add_for_agenda_item(
    db: Database, mentor_id: int, meeting_id: int, question: str, observation: str, stamp: str
) -> int:
    """The request behind a new "feedback I want" agenda item (a draft, asked by me)."""
    return (
        db.table("feedback_requests")
        .insert(
            {
                "mentor_id": mentor_id,
                "meeting_id": meeting_id,
                "direction": "i_ask",
                "question": question,
                "my_observation": observation,
                "status": "draft",
                "answer": "",
                "what_i_did": "",
                "created_at": stamp,
            }
        )
        .last_pk
    )


def follow_agenda_item(db: Database, request_id: int, question: str, observation: str) -> None:
    """An edit of the "feedback I want" item reaches its request (no transaction of its own)."""
    db.execute(
        "UPDATE feedback_requests SET question = ?, my_observation = ? WHERE id = ?",
        [question, observation, request_id],
    )


def answers_for_meeting(db: Database, meeting_id: int) -> dict[int, str]:
    """Agenda item id -> the answer of its feedback request, for answered ones."""
    rows = db.execute(
        "SELECT a.id, f.answer FROM agenda_items a JOIN feedback_requests f "
        "ON f.id = a.feedback_id WHERE a.meeting_id = ? AND f.status IN ('answered', 'acted_on')",
        [meeting_id],
    ).fetchall()
    return {row[0]: row[1] for row in rows}


def restore(db: Database, request: FeedbackRequest) -> FeedbackRequest:
    """Put a deleted request back with its id (for undo), without a second agenda item."""
    return add(db, request, on_agenda=False)


def update(db: Database, request: FeedbackRequest) -> FeedbackRequest:
    if request.id is None:
        raise ValueError("cannot update a feedback request that was never added")
    row = _to_row(request)
    row.pop("created_at")
    with transaction(db):
        db.execute(
            "UPDATE agenda_items SET text = ?, details = ? WHERE feedback_id = ? "
            "AND status = 'open'",
            [request.question, request.my_observation, request.id],
        )
        update_by_id(db, "feedback_requests", request.id, row, "feedback request")
    return get(db, request.id)


def set_status(
    db: Database, request_id: int, status: str, *, now: datetime | None = None
) -> FeedbackRequest:
    """Move to a status; its dates follow it.

    The date of each status reached is set once (the first time, kept after); going back
    clears the dates of the statuses left behind, so "answered" never shows on a request that
    is only asked.
    """
    if status not in STATUSES:
        raise ValueError(f"unknown feedback status {status!r}")
    moment = to_db(now or utc_now())
    reached = STATUSES.index(status)
    with transaction(db):
        db.execute("UPDATE feedback_requests SET status = ? WHERE id = ?", [status, request_id])
        for index, name in enumerate(STATUSES):
            column = STATUS_DATES.get(name)
            if column is None:
                continue
            if index <= reached:
                db.execute(
                    f"UPDATE feedback_requests SET {column} = coalesce({column}, ?) WHERE id = ?",
                    [moment, request_id],
                )
            else:
                db.execute(
                    f"UPDATE feedback_requests SET {column} = NULL WHERE id = ?", [request_id]
                )
    return get(db, request_id)


def delete(db: Database, request_id: int) -> FeedbackRequest:
    request = get(db, request_id)
    with transaction(db):
        db.execute("DELETE FROM feedback_requests WHERE id = ?", [request_id])
    return request


def get(db: Database, request_id: int) -> FeedbackRequest:
    rows = list(db.query("SELECT * FROM feedback_requests WHERE id = ?", [request_id]))
    if not rows:
        raise RecordNotFoundError(f"feedback request {request_id} does not exist")
    return _from_row(rows[0])


def list_for_mentor(db: Database, mentor_id: int) -> list[FeedbackRequest]:
    """A mentor's requests, newest first."""
    rows = db.query(
        "SELECT * FROM feedback_requests WHERE mentor_id = ? ORDER BY created_at DESC, id DESC",
        [mentor_id],
    )
    return [_from_row(r) for r in rows]


def list_for_meeting(db: Database, meeting_id: int) -> list[FeedbackRequest]:
    rows = db.query(
        "SELECT * FROM feedback_requests WHERE meeting_id = ? ORDER BY id", [meeting_id]
    )
    return [_from_row(r) for r in rows]


# ----- for the Feedback tab: filtered pages, linked action items, delete with undo


def _mentor_filter(mentor_id: int, direction: str | None) -> tuple[str, list]:
    if direction is None:
        return "mentor_id = ?", [mentor_id]
    if direction not in DIRECTIONS:
        raise ValueError(f"direction must be one of {DIRECTIONS}")
    return "mentor_id = ? AND direction = ?", [mentor_id, direction]


def count_for_mentor(db: Database, mentor_id: int, *, direction: str | None = None) -> int:
    where, params = _mentor_filter(mentor_id, direction)
    return db.execute(f"SELECT count(*) FROM feedback_requests WHERE {where}", params).fetchone()[0]


def page_for_mentor(
    db: Database,
    mentor_id: int,
    *,
    direction: str | None = None,
    limit: int = -1,
    offset: int = 0,
) -> list[FeedbackRequest]:
    """One page of a mentor's requests (one direction, or both), newest first."""
    where, params = _mentor_filter(mentor_id, direction)
    rows = db.query(
        f"SELECT * FROM feedback_requests WHERE {where} "
        "ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return [_from_row(r) for r in rows]


def action_item_titles(db: Database, request_ids: list[int]) -> dict[int, list[str]]:
    """The titles of the action items made from each of these requests (oldest first)."""
    titles: dict[int, list[str]] = {}
    for start in range(0, len(request_ids), 500):
        chunk = request_ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        rows = db.execute(
            # the index by feedback_id, named: after ANALYZE, SQLite takes most items (no source
            # of this kind, NULL) for one value and would read the whole table instead
            "SELECT feedback_id, title FROM action_items INDEXED BY action_items_by_feedback "
            f"WHERE feedback_id IN ({marks}) "
            "ORDER BY id",
            chunk,
        ).fetchall()
        for request_id, title in rows:
            titles.setdefault(request_id, []).append(title)
    return titles


@dataclass(frozen=True)
class DeletedRequest:
    """A deleted request and the action items made from it, so undo can relink them."""

    request: FeedbackRequest
    action_item_ids: tuple[int, ...]
    #: its "feedback I want" agenda items
    agenda_item_ids: tuple[int, ...] = ()


def delete_for_undo(db: Database, request_id: int) -> DeletedRequest:
    """Delete a request, remembering which action items pointed at it."""
    with transaction(db):
        linked = tuple(
            row[0]
            for row in db.execute(
                "SELECT id FROM action_items WHERE feedback_id = ? ORDER BY id", [request_id]
            ).fetchall()
        )
        on_agenda = tuple(
            row[0]
            for row in db.execute(
                "SELECT id FROM agenda_items WHERE feedback_id = ? ORDER BY id", [request_id]
            ).fetchall()
        )
        request = delete(db, request_id)
    return DeletedRequest(request, linked, on_agenda)


def undo_delete(db: Database, deleted: DeletedRequest) -> FeedbackRequest:
    """Put a deleted request back (with its id while that is free) and relink its items."""
    from dataclasses import replace

    request = deleted.request
    with transaction(db):
        if not db.execute("SELECT 1 FROM mentors WHERE id = ?", [request.mentor_id]).fetchone():
            raise RecordNotFoundError("the request's mentor no longer exists")
        if (
            request.meeting_id is not None
            and not db.execute(
                "SELECT 1 FROM meetings WHERE id = ?", [request.meeting_id]
            ).fetchone()
        ):
            request = replace(request, meeting_id=None)
        taken = db.execute("SELECT 1 FROM feedback_requests WHERE id = ?", [request.id]).fetchone()
        restored = add(db, replace(request, id=None) if taken else request, on_agenda=False)
        for item_id in deleted.action_item_ids:
            db.execute(
                "UPDATE action_items SET feedback_id = ? WHERE id = ? AND feedback_id IS NULL",
                [restored.id, item_id],
            )
        for item_id in deleted.agenda_item_ids:
            db.execute(
                "UPDATE agenda_items SET feedback_id = ? WHERE id = ? AND feedback_id IS NULL",
                [restored.id, item_id],
            )
    return restored
