"""Feedback requests, both ways: a specific question, my own observation first, the answer."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime

from sqlite_utils import Database

from mentee_desktop.data.errors import RecordNotFoundError, transaction
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


def add(db: Database, request: FeedbackRequest, *, now: datetime | None = None) -> FeedbackRequest:
    row = _to_row(request)
    row["created_at"] = row["created_at"] or to_db(now or utc_now())
    if request.id is not None:
        row["id"] = request.id
    with transaction(db):
        new_id = db.table("feedback_requests").insert(row).last_pk
    return get(db, new_id)


def restore(db: Database, request: FeedbackRequest) -> FeedbackRequest:
    """Put a deleted request back with its id (for undo)."""
    return add(db, request)


def update(db: Database, request: FeedbackRequest) -> FeedbackRequest:
    if request.id is None:
        raise ValueError("cannot update a feedback request that was never added")
    row = _to_row(request)
    row.pop("created_at")
    with transaction(db):
        cursor = db.execute(
            "UPDATE feedback_requests SET "
            + ", ".join(f"{name} = :{name}" for name in row)
            + " WHERE id = :id",
            row | {"id": request.id},
        )
    if cursor.rowcount == 0:
        raise RecordNotFoundError(f"feedback request {request.id} does not exist")
    return get(db, request.id)


def set_status(
    db: Database, request_id: int, status: str, *, now: datetime | None = None
) -> FeedbackRequest:
    """Move to a status and record when it was reached (earlier dates are kept)."""
    if status not in STATUSES:
        raise ValueError(f"unknown feedback status {status!r}")
    moment = to_db(now or utc_now())
    with transaction(db):
        db.execute("UPDATE feedback_requests SET status = ? WHERE id = ?", [status, request_id])
        reached = STATUSES[: STATUSES.index(status) + 1]
        for name in reached:
            column = STATUS_DATES.get(name)
            if column:
                db.execute(
                    f"UPDATE feedback_requests SET {column} = coalesce({column}, ?) WHERE id = ?",
                    [moment, request_id],
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


def waiting_for_answer(db: Database) -> list[FeedbackRequest]:
    """Requests I asked that have no answer yet, oldest first."""
    rows = db.query("SELECT * FROM feedback_requests WHERE status = 'asked' ORDER BY asked_at, id")
    return [_from_row(r) for r in rows]
