"""The schema, one migration per version. ``PRAGMA user_version`` holds the version reached.

Each migration runs inside one transaction together with its version bump, so a crash leaves
the database at the old version or the new one, never between.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database

from mentee_desktop.data.errors import transaction


def _v1_initial(db: Database) -> None:
    """Mentors, meetings, agenda, notes, feedback, action items, settings, reminder state."""
    statements = [
        """CREATE TABLE mentors (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            contact TEXT NOT NULL DEFAULT '',
            started_on TEXT,
            cadence_days INTEGER NOT NULL DEFAULT 14 CHECK (cadence_days > 0),
            guidance_style TEXT NOT NULL DEFAULT '',
            archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
            is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX mentors_by_name ON mentors (archived, name COLLATE NOCASE)",
        """CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            mentor_id INTEGER NOT NULL REFERENCES mentors (id) ON DELETE CASCADE,
            starts_at TEXT NOT NULL,
            timezone TEXT NOT NULL,
            duration_minutes INTEGER NOT NULL DEFAULT 60 CHECK (duration_minutes > 0),
            place TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'planned'
                CHECK (status IN ('planned', 'held', 'cancelled')),
            summary TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX meetings_by_mentor_start ON meetings (mentor_id, starts_at)",
        "CREATE INDEX meetings_by_start ON meetings (starts_at)",
        """CREATE TABLE action_items (
            id INTEGER PRIMARY KEY,
            mentor_id INTEGER NOT NULL REFERENCES mentors (id) ON DELETE CASCADE,
            owner TEXT NOT NULL DEFAULT 'me' CHECK (owner IN ('me', 'mentor')),
            title TEXT NOT NULL,
            details TEXT NOT NULL DEFAULT '',
            due_on TEXT,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
            created_at TEXT NOT NULL,
            completed_at TEXT,
            meeting_id INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
            note_id INTEGER REFERENCES listening_notes (id) ON DELETE SET NULL,
            feedback_id INTEGER REFERENCES feedback_requests (id) ON DELETE SET NULL
        )""",
        "CREATE INDEX action_items_open_by_due ON action_items (status, due_on)",
        "CREATE INDEX action_items_by_mentor ON action_items (mentor_id, status, due_on)",
        "CREATE INDEX action_items_by_meeting ON action_items (meeting_id)",
        "CREATE INDEX action_items_by_note ON action_items (note_id)",
        "CREATE INDEX action_items_by_feedback ON action_items (feedback_id)",
        """CREATE TABLE agenda_items (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
            kind TEXT NOT NULL
                CHECK (kind IN ('question', 'topic', 'update', 'share', 'feedback')),
            text TEXT NOT NULL,
            details TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            raised_by TEXT NOT NULL DEFAULT 'me' CHECK (raised_by IN ('me', 'mentor')),
            status TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'discussed', 'carried_over')),
            carried_from_id INTEGER REFERENCES agenda_items (id) ON DELETE SET NULL,
            action_item_id INTEGER REFERENCES action_items (id) ON DELETE SET NULL,
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX agenda_items_by_meeting ON agenda_items (meeting_id, position)",
        """CREATE UNIQUE INDEX agenda_items_carried_once
            ON agenda_items (meeting_id, carried_from_id) WHERE carried_from_id IS NOT NULL""",
        """CREATE UNIQUE INDEX agenda_items_update_once
            ON agenda_items (meeting_id, action_item_id) WHERE action_item_id IS NOT NULL""",
        "CREATE INDEX agenda_items_by_origin ON agenda_items (carried_from_id)",
        "CREATE INDEX agenda_items_by_action ON agenda_items (action_item_id)",
        """CREATE TABLE listening_notes (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
            heard TEXT NOT NULL DEFAULT '',
            in_my_words TEXT NOT NULL DEFAULT '',
            follow_up TEXT NOT NULL DEFAULT '',
            insight TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX listening_notes_by_meeting ON listening_notes (meeting_id, id)",
        """CREATE TABLE feedback_requests (
            id INTEGER PRIMARY KEY,
            mentor_id INTEGER NOT NULL REFERENCES mentors (id) ON DELETE CASCADE,
            meeting_id INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
            direction TEXT NOT NULL DEFAULT 'i_ask'
                CHECK (direction IN ('i_ask', 'mentor_asks')),
            question TEXT NOT NULL,
            my_observation TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft'
                CHECK (status IN ('draft', 'asked', 'answered', 'acted_on')),
            answer TEXT NOT NULL DEFAULT '',
            what_i_did TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            asked_at TEXT,
            answered_at TEXT,
            acted_at TEXT
        )""",
        "CREATE INDEX feedback_by_mentor ON feedback_requests (mentor_id, created_at)",
        "CREATE INDEX feedback_by_status ON feedback_requests (status, asked_at)",
        "CREATE INDEX feedback_by_meeting ON feedback_requests (meeting_id)",
        """CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )""",
        """CREATE TABLE reminder_state (
            key TEXT PRIMARY KEY,
            first_shown_at TEXT,
            last_shown_at TEXT,
            snoozed_until TEXT,
            dismissed_at TEXT
        )""",
        """CREATE TABLE custom_questions (
            id INTEGER PRIMARY KEY,
            purpose TEXT NOT NULL,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""",
    ]
    for statement in statements:
        db.execute(statement)


def _v2_relationship_and_search(db: Database) -> None:
    """Goals (with progress and links), relationship check-ins, and the full-text index."""
    from mentee_desktop.data.search_index import create_index

    statements = [
        """CREATE TABLE goals (
            id INTEGER PRIMARY KEY,
            mentor_id INTEGER NOT NULL REFERENCES mentors (id) ON DELETE CASCADE,
            set_by TEXT NOT NULL DEFAULT 'me' CHECK (set_by IN ('me', 'mentor', 'both')),
            title TEXT NOT NULL,
            why TEXT NOT NULL DEFAULT '',
            target_on TEXT,
            status TEXT NOT NULL DEFAULT 'active'
                CHECK (status IN ('active', 'achieved', 'paused', 'dropped')),
            in_focus INTEGER NOT NULL DEFAULT 1 CHECK (in_focus IN (0, 1)),
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX goals_by_mentor ON goals (mentor_id, status)",
        """CREATE TABLE goal_progress (
            id INTEGER PRIMARY KEY,
            goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            noted_on TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX goal_progress_by_goal ON goal_progress (goal_id, noted_on)",
        """CREATE TABLE goal_links (
            id INTEGER PRIMARY KEY,
            goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
            agenda_item_id INTEGER REFERENCES agenda_items (id) ON DELETE CASCADE,
            note_id INTEGER REFERENCES listening_notes (id) ON DELETE CASCADE,
            action_item_id INTEGER REFERENCES action_items (id) ON DELETE CASCADE,
            CHECK ((agenda_item_id IS NOT NULL) + (note_id IS NOT NULL)
                   + (action_item_id IS NOT NULL) = 1)
        )""",
        "CREATE INDEX goal_links_by_goal ON goal_links (goal_id)",
        """CREATE UNIQUE INDEX goal_links_once ON goal_links
            (goal_id, coalesce(agenda_item_id, 0), coalesce(note_id, 0),
             coalesce(action_item_id, 0))""",
        "CREATE INDEX goal_links_by_agenda_item ON goal_links (agenda_item_id)",
        "CREATE INDEX goal_links_by_note ON goal_links (note_id)",
        "CREATE INDEX goal_links_by_action_item ON goal_links (action_item_id)",
        """CREATE TABLE checkins (
            id INTEGER PRIMARY KEY,
            mentor_id INTEGER NOT NULL REFERENCES mentors (id) ON DELETE CASCADE,
            held_on TEXT NOT NULL,
            trust INTEGER NOT NULL CHECK (trust BETWEEN 1 AND 5),
            communication INTEGER NOT NULL CHECK (communication BETWEEN 1 AND 5),
            mutual_learning INTEGER NOT NULL CHECK (mutual_learning BETWEEN 1 AND 5),
            what_works TEXT NOT NULL DEFAULT '',
            what_to_change TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX checkins_by_mentor ON checkins (mentor_id, held_on)",
    ]
    for statement in statements:
        db.execute(statement)
    create_index(db)


def _v3_insights(db: Database) -> None:
    """Insights to put to work (state, what happened), kept by triggers, and searchable."""
    from mentee_desktop.data.insights import create_table
    from mentee_desktop.data.search_index import index_kind

    create_table(db)
    index_kind(db, "insight")


def _v4_calendar_links(db: Database) -> None:
    """The calendar event a meeting came from: its UID and, for one occurrence of a series,
    its RECURRENCE-ID (UTC text; "" for a single event), with the SEQUENCE last imported."""
    statements = [
        "ALTER TABLE meetings ADD COLUMN calendar_uid TEXT",
        "ALTER TABLE meetings ADD COLUMN calendar_recurrence_id TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE meetings ADD COLUMN calendar_sequence INTEGER NOT NULL DEFAULT 0",
        """CREATE UNIQUE INDEX meetings_by_calendar_event
            ON meetings (calendar_uid, calendar_recurrence_id) WHERE calendar_uid IS NOT NULL""",
    ]
    for statement in statements:
        db.execute(statement)


#: ``PRAGMA application_id`` of every Mentee Desktop store: "MNTD" in ASCII. It tells our
#: files apart from any other program's SQLite file (see ``data/identity.py``).
APPLICATION_ID = 0x4D4E5444


def _v5_application_id(db: Database) -> None:
    """Mark the file as a Mentee Desktop store (``PRAGMA application_id``)."""
    db.execute(f"PRAGMA application_id = {int(APPLICATION_ID)}")


def _v6_meeting_lifecycle(db: Database) -> None:
    """Mentor time zones, one record for "feedback I want", a quick look at unconfirmed meetings.

    ``mentors.timezone`` is an IANA name, or '' for the user's own zone. A "feedback I want"
    agenda item points to its feedback request (``agenda_items.feedback_id``); existing pairs
    are linked when exactly one request of the same mentor, asked by me, has the item's text
    as its question (ignoring case and surrounding blanks). The rest stay as they are.
    """
    statements = [
        "ALTER TABLE mentors ADD COLUMN timezone TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE agenda_items ADD COLUMN feedback_id INTEGER "
        "REFERENCES feedback_requests (id) ON DELETE SET NULL",
        "CREATE INDEX agenda_items_by_feedback ON agenda_items (feedback_id)",
        "CREATE INDEX meetings_planned_by_start ON meetings (starts_at) WHERE status = 'planned'",
        """UPDATE agenda_items SET feedback_id = (
            SELECT min(f.id) FROM feedback_requests f JOIN meetings m ON m.mentor_id = f.mentor_id
            WHERE m.id = agenda_items.meeting_id AND f.direction = 'i_ask'
            AND lower(trim(f.question)) = lower(trim(agenda_items.text)))
        WHERE kind = 'feedback' AND (
            SELECT count(*) FROM feedback_requests f JOIN meetings m ON m.mentor_id = f.mentor_id
            WHERE m.id = agenda_items.meeting_id AND f.direction = 'i_ask'
            AND lower(trim(f.question)) = lower(trim(agenda_items.text))) = 1""",
    ]
    for statement in statements:
        db.execute(statement)


def _v7_calendar_series(db: Database) -> None:
    """Each imported recurring series, kept so that later occurrences are added as time passes.

    ``calendar_text`` is the series as imported (a VCALENDAR holding only the VEVENTs of that
    UID and the VTIMEZONEs they use); ``extended_until`` is the moment up to which its
    occurrences have become meetings. A handful of rows: no index
    beside the key.
    """
    db.execute(
        """CREATE TABLE calendar_series (
            uid TEXT PRIMARY KEY,
            mentor_id INTEGER NOT NULL REFERENCES mentors (id) ON DELETE CASCADE,
            calendar_text TEXT NOT NULL,
            sequence INTEGER NOT NULL DEFAULT 0,
            imported_at TEXT NOT NULL,
            extended_until TEXT NOT NULL
        )"""
    )


def _v8_indexes_for_years_of_records(db: Database) -> None:
    """Indexes for two reads that grew with the years of records a mentee keeps.

    The action items table reads one mentor's items a page at a time in due-date order; without
    an index in that order each page sorted all of the mentor's items (thousands after years)
    to return 200. The key is the list's own "due_on" order (no date last, then by id), once for
    every status and once for one status (the "open" and "done" filters).

    Planning or changing a meeting looks for items still waiting in meetings that are over;
    without an index it read every agenda item of every past meeting of the mentor. Waiting
    items are few, so the index holds only them.
    """
    due = "coalesce(due_on, '9999-12-31')"
    db.execute(f"CREATE INDEX action_items_page_by_due ON action_items (mentor_id, {due}, id)")
    db.execute(
        "CREATE INDEX action_items_page_by_status_due "
        f"ON action_items (mentor_id, status, {due}, id)"
    )
    db.execute(
        "CREATE INDEX agenda_items_waiting ON agenda_items (meeting_id) "
        "WHERE status = 'open' AND action_item_id IS NULL"
    )


def _v9_follow_through_index(db: Database) -> None:
    """An index holding every column the follow-through record counts.

    The record above the action items counts a mentor's promises by owner and status, and
    for the done ones compares the completion day with the due date. Without this index
    each count looked up every one of the mentor's rows (thousands after years) in the table
    itself; with it the count reads the index alone. Lists filtered by owner use it too.
    """
    db.execute(
        "CREATE INDEX action_items_follow_through "
        "ON action_items (mentor_id, owner, status, due_on, completed_at)"
    )


def _v10_index_again_only_when_text_changes(db: Database) -> None:
    """The search index's update triggers fire only when an indexed column changes.

    They fired on every update: planning a meeting moves every waiting item to it, and each
    move deleted and inserted the item's unchanged text in the index; so did every tick of a
    promise and every reordering. After years that is most of the index's writes, and the
    pieces they leave slow every search down.
    """
    from mentee_desktop.data.search_index import INDEXED, update_trigger

    for kind in INDEXED:
        db.execute(f"DROP TRIGGER IF EXISTS search_{kind}_update")
        db.execute(update_trigger(kind))


MIGRATIONS: list[Callable[[Database], None]] = [
    _v1_initial,
    _v2_relationship_and_search,
    _v3_insights,
    _v4_calendar_links,
    _v5_application_id,
    _v6_meeting_lifecycle,
    _v7_calendar_series,
    _v8_indexes_for_years_of_records,
    _v9_follow_through_index,
    _v10_index_again_only_when_text_changes,
]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def pending_migrations(db: Database) -> list[int]:
    """The versions still to reach, in order."""
    return list(range(schema_version(db) + 1, SCHEMA_VERSION + 1))


def migrate(db: Database) -> list[int]:
    """Bring the schema up to :data:`SCHEMA_VERSION`; each step is its own transaction."""
    applied = []
    for version in pending_migrations(db):
        with transaction(db):
            MIGRATIONS[version - 1](db)
            db.execute(f"PRAGMA user_version = {int(version)}")
        applied.append(version)
    return applied
