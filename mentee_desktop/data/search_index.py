"""The full-text index (SQLite FTS5) over every text a mentee writes, kept in step by triggers.

Each indexed record gets the FTS rowid ``record_id * 16 + kind code``, so triggers update or
delete one entry by rowid (no scan), inside the same transaction as the change itself.
"""

from __future__ import annotations

import re

from sqlite_utils import Database

from mentee_desktop.data.record_kind import RecordKind

#: kind -> (code, source table, title expression, body expression)
INDEXED = {
    RecordKind.MENTOR: (
        1,
        "mentors",
        "{p}.name",
        "{p}.role || ' ' || {p}.contact || ' ' || {p}.guidance_style",
    ),
    RecordKind.MEETING: (2, "meetings", "{p}.place", "{p}.summary"),
    RecordKind.AGENDA_ITEM: (3, "agenda_items", "{p}.text", "{p}.details"),
    RecordKind.NOTE: (
        4,
        "listening_notes",
        "{p}.in_my_words",
        "{p}.heard || ' ' || {p}.follow_up || ' ' || {p}.insight || ' ' || {p}.tags",
    ),
    RecordKind.FEEDBACK: (
        5,
        "feedback_requests",
        "{p}.question",
        "{p}.my_observation || ' ' || {p}.answer || ' ' || {p}.what_i_did",
    ),
    RecordKind.ACTION_ITEM: (6, "action_items", "{p}.title", "{p}.details"),
    RecordKind.GOAL: (7, "goals", "{p}.title", "{p}.why"),
    RecordKind.GOAL_PROGRESS: (8, "goal_progress", "''", "{p}.text"),
    RecordKind.CHECKIN: (9, "checkins", "''", "{p}.what_works || ' ' || {p}.what_to_change"),
    RecordKind.INSIGHT: (10, "insights", "''", "{p}.outcome"),
}
#: the kinds indexed since schema v2 (a migration indexes only the kinds it adds)
V2_KINDS = (
    "mentor",
    "meeting",
    "agenda_item",
    "note",
    "feedback",
    "action_item",
    "goal",
    "goal_progress",
    "checkin",
)
KIND_BY_CODE = {code: kind for kind, (code, *_rest) in INDEXED.items()}
ROWID_FACTOR = 16


def create_index(db: Database, kinds: tuple[str, ...] = V2_KINDS) -> None:
    """Create the FTS table, then index ``kinds`` (schema v2)."""
    db.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    for kind in kinds:
        index_kind(db, kind)


def index_kind(db: Database, kind: str) -> None:
    """Keep one kind's records in the index by triggers, and index what is already stored."""
    code, table, title, body = INDEXED[kind]
    new_title, new_body = title.format(p="NEW"), body.format(p="NEW")
    rowid_new = f"NEW.id * {ROWID_FACTOR} + {code}"
    rowid_old = f"OLD.id * {ROWID_FACTOR} + {code}"
    db.execute(
        f"CREATE TRIGGER search_{kind}_insert AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO search_index (rowid, title, body) "
        f"VALUES ({rowid_new}, {new_title}, {new_body}); END"
    )
    db.execute(update_trigger(kind))
    db.execute(
        f"CREATE TRIGGER search_{kind}_delete AFTER DELETE ON {table} BEGIN "
        f"DELETE FROM search_index WHERE rowid = {rowid_old}; END"
    )
    db.execute(
        f"INSERT INTO search_index (rowid, title, body) "
        f"SELECT p.id * {ROWID_FACTOR} + {code}, {title.format(p='p')}, "
        f"{body.format(p='p')} FROM {table} p"
    )


def indexed_columns(kind: str) -> list[str]:
    """The columns of a kind's table that its index entry is made of (and its id)."""
    _code, _table, title, body = INDEXED[kind]
    return ["id", *dict.fromkeys(re.findall(r"\{p\}\.(\w+)", title + " " + body))]


def update_trigger(kind: str) -> str:
    """The trigger that indexes a record again when a column its entry is made of changes.

    Only those columns: moving an agenda item to the next meeting, ticking a promise done or
    putting an item in another place changes no indexed text, and indexing it again would
    cost a delete and an insert in the index for each record (hundreds when a meeting is
    planned) and leave the index in more pieces for every search to read.
    """
    code, table, title, body = INDEXED[kind]
    columns = ", ".join(indexed_columns(kind))
    return (
        f"CREATE TRIGGER search_{kind}_update AFTER UPDATE OF {columns} ON {table} BEGIN "
        f"DELETE FROM search_index WHERE rowid = OLD.id * {ROWID_FACTOR} + {code}; "
        f"INSERT INTO search_index (rowid, title, body) VALUES (NEW.id * {ROWID_FACTOR} + "
        f"{code}, {title.format(p='NEW')}, {body.format(p='NEW')}); END"
    )


def check_index(db: Database) -> bool:
    """FTS5's own integrity check; True when the index matches its content."""
    import sqlite3

    try:
        db.execute("INSERT INTO search_index (search_index) VALUES ('integrity-check')")
    except sqlite3.DatabaseError:
        return False
    return True


def rebuild_index(db: Database) -> None:
    """Re-create every entry from the source tables (after an import or a repair)."""
    from mentee_desktop.data.errors import transaction

    with transaction(db):
        db.execute("DELETE FROM search_index")
        for _kind, (code, table, title, body) in INDEXED.items():
            db.execute(
                f"INSERT INTO search_index (rowid, title, body) "
                f"SELECT p.id * {ROWID_FACTOR} + {code}, {title.format(p='p')}, "
                f"{body.format(p='p')} FROM {table} p"
            )
