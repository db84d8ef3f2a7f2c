"""Goals for the mentoring relationship, set by me, my mentor or both, with dated progress."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime

from sqlite_utils import Database

from mentee_desktop.data.errors import RecordNotFoundError, transaction
from mentee_desktop.data.rows import update_by_id
from mentee_desktop.data.timestamps import date_from_db, date_to_db, from_db, to_db, utc_now

SET_BY = ("me", "mentor", "both")
STATUSES = ("active", "achieved", "paused", "dropped")


@dataclass
class Goal:
    mentor_id: int
    title: str
    set_by: str = "me"
    why: str = ""
    target_on: date | None = None
    status: str = "active"
    in_focus: bool = True
    id: int | None = None
    created_at: datetime | None = field(default=None, compare=False)


@dataclass
class GoalProgress:
    goal_id: int
    text: str
    noted_on: date
    id: int | None = None
    created_at: datetime | None = field(default=None, compare=False)


def _goal_from_row(row: dict) -> Goal:
    return Goal(
        **(
            row
            | {
                "target_on": date_from_db(row["target_on"]),
                "in_focus": bool(row["in_focus"]),
                "created_at": from_db(row["created_at"]),
            }
        )
    )


def _goal_to_row(goal: Goal) -> dict:
    if not goal.title.strip():
        raise ValueError("a goal needs a title")
    if goal.set_by not in SET_BY:
        raise ValueError(f"set_by must be one of {SET_BY}")
    if goal.status not in STATUSES:
        raise ValueError(f"unknown goal status {goal.status!r}")
    row = asdict(goal)
    row.pop("id")
    row["target_on"] = date_to_db(goal.target_on)
    row["in_focus"] = int(goal.in_focus)
    row["created_at"] = to_db(goal.created_at)
    return row


def add(db: Database, goal: Goal, *, now: datetime | None = None) -> Goal:
    row = _goal_to_row(goal)
    row["created_at"] = row["created_at"] or to_db(now or utc_now())
    if goal.id is not None:
        row["id"] = goal.id
    with transaction(db):
        new_id = db.table("goals").insert(row).last_pk
    return get(db, new_id)


def update(db: Database, goal: Goal) -> Goal:
    if goal.id is None:
        raise ValueError("cannot update a goal that was never added")
    row = _goal_to_row(goal)
    row.pop("created_at")
    with transaction(db):
        update_by_id(db, "goals", goal.id, row, "goal")
    return get(db, goal.id)


def delete(db: Database, goal_id: int) -> tuple[Goal, list[GoalProgress]]:
    """Delete a goal with its progress notes; both are returned for undo."""
    goal = get(db, goal_id)
    progress = list_progress(db, goal_id)
    with transaction(db):
        db.execute("DELETE FROM goals WHERE id = ?", [goal_id])
    return goal, progress


def restore(db: Database, goal: Goal, progress: list[GoalProgress]) -> Goal:
    """Undo a deletion: the goal and its progress notes come back with their ids."""
    with transaction(db):
        add(db, goal)
        for entry in progress:
            add_progress(db, entry)
    return get(db, goal.id)


def get(db: Database, goal_id: int) -> Goal:
    rows = list(db.query("SELECT * FROM goals WHERE id = ?", [goal_id]))
    if not rows:
        raise RecordNotFoundError(f"goal {goal_id} does not exist")
    return _goal_from_row(rows[0])


def list_for_mentor(db: Database, mentor_id: int) -> list[Goal]:
    """Active goals first, then by target date."""
    rows = db.query(
        "SELECT * FROM goals WHERE mentor_id = ? ORDER BY status != 'active', "
        "coalesce(target_on, '9999-12-31'), id",
        [mentor_id],
    )
    return [_goal_from_row(r) for r in rows]


def in_focus(db: Database, mentor_id: int) -> list[Goal]:
    """The active goals marked as in focus: the ones an agenda shows."""
    return [g for g in list_for_mentor(db, mentor_id) if g.status == "active" and g.in_focus]


def add_progress(db: Database, entry: GoalProgress, *, now: datetime | None = None) -> GoalProgress:
    if not entry.text.strip():
        raise ValueError("a progress note needs some text")
    row = {
        "goal_id": entry.goal_id,
        "text": entry.text,
        "noted_on": date_to_db(entry.noted_on),
        "created_at": to_db(entry.created_at or now or utc_now()),
    }
    if entry.id is not None:
        row["id"] = entry.id
    with transaction(db):
        new_id = db.table("goal_progress").insert(row).last_pk
    rows = list(db.query("SELECT * FROM goal_progress WHERE id = ?", [new_id]))
    return _progress_from_row(rows[0])


def delete_progress(db: Database, progress_id: int) -> None:
    with transaction(db):
        db.execute("DELETE FROM goal_progress WHERE id = ?", [progress_id])


def _progress_from_row(row: dict) -> GoalProgress:
    return GoalProgress(
        id=row["id"],
        goal_id=row["goal_id"],
        text=row["text"],
        noted_on=date_from_db(row["noted_on"]),
        created_at=from_db(row["created_at"]),
    )


def list_progress(db: Database, goal_id: int) -> list[GoalProgress]:
    rows = db.query(
        "SELECT * FROM goal_progress WHERE goal_id = ? ORDER BY noted_on, id", [goal_id]
    )
    return [_progress_from_row(r) for r in rows]


#: the record kinds a goal can be linked to, and their column in goal_links
LINK_COLUMNS = {"agenda_item": "agenda_item_id", "note": "note_id", "action_item": "action_item_id"}


def link(db: Database, goal_id: int, kind: str, record_id: int) -> None:
    """Link an agenda item, listening note or action item to a goal (once)."""
    column = LINK_COLUMNS[kind]
    with transaction(db):
        db.execute(
            f"INSERT OR IGNORE INTO goal_links (goal_id, {column}) VALUES (?, ?)",
            [goal_id, record_id],
        )


def unlink(db: Database, goal_id: int, kind: str, record_id: int) -> None:
    column = LINK_COLUMNS[kind]
    with transaction(db):
        db.execute(
            f"DELETE FROM goal_links WHERE goal_id = ? AND {column} = ?", [goal_id, record_id]
        )


def goals_of(db: Database, kind: str, record_id: int) -> list[Goal]:
    """The goals a record is linked to."""
    column = LINK_COLUMNS[kind]
    rows = db.query(
        f"SELECT g.* FROM goals g JOIN goal_links l ON l.goal_id = g.id WHERE l.{column} = ? "
        "ORDER BY g.id",
        [record_id],
    )
    return [_goal_from_row(r) for r in rows]


def linked_counts(db: Database, goal_id: int) -> dict[str, int]:
    """How many agenda items, notes and action items serve this goal."""
    row = db.execute(
        "SELECT count(agenda_item_id), count(note_id), count(action_item_id) "
        "FROM goal_links WHERE goal_id = ?",
        [goal_id],
    ).fetchone()
    return dict(zip(LINK_COLUMNS, row, strict=True))


# ----- for the Relationship tab: one progress note, links kept through delete and undo


def get_progress(db: Database, progress_id: int) -> GoalProgress:
    """One progress note (to open it from search: its goal is selected with it)."""
    rows = list(db.query("SELECT * FROM goal_progress WHERE id = ?", [progress_id]))
    if not rows:
        raise RecordNotFoundError(f"progress note {progress_id} does not exist")
    return _progress_from_row(rows[0])


@dataclass(frozen=True)
class DeletedGoal:
    """Everything a goal deletion removed, so that undo brings all of it back."""

    goal: Goal
    progress: list[GoalProgress]
    links: list[tuple[str, int]]


def links_of(db: Database, goal_id: int) -> list[tuple[str, int]]:
    """The (kind, record id) pairs linked to a goal, in the order they were linked."""
    rows = db.execute(
        "SELECT agenda_item_id, note_id, action_item_id FROM goal_links WHERE goal_id = ? "
        "ORDER BY id",
        [goal_id],
    ).fetchall()
    return [
        (kind, record_id)
        for row in rows
        for kind, record_id in zip(LINK_COLUMNS, row, strict=True)
        if record_id is not None
    ]


def delete_keeping_links(db: Database, goal_id: int) -> DeletedGoal:
    """Delete a goal with its progress notes and links; all three are returned for undo."""
    links = links_of(db, goal_id)
    goal, progress = delete(db, goal_id)
    return DeletedGoal(goal, progress, links)


def restore_with_links(db: Database, deleted: DeletedGoal) -> Goal:
    """Undo :func:`delete_keeping_links`: goal, progress and links come back in one step.

    A linked record deleted in the meantime is skipped; its link has nothing to point at.
    """
    tables = {
        "agenda_item": "agenda_items",
        "note": "listening_notes",
        "action_item": "action_items",
    }
    with transaction(db):
        restored = restore(db, deleted.goal, deleted.progress)
        for kind, record_id in deleted.links:
            exists = db.execute(
                f"SELECT 1 FROM {tables[kind]} WHERE id = ?", [record_id]
            ).fetchone()
            if exists:
                link(db, restored.id, kind, record_id)
    return restored


def remove_progress(db: Database, progress_id: int) -> GoalProgress:
    """Delete one progress note and return it, so that undo can add it back with its id."""
    entry = get_progress(db, progress_id)
    delete_progress(db, progress_id)
    return entry
