"""Builders for the protection tests: a store with a note holding a word found nowhere else."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

#: typed into a note; after protecting, no byte of the data folder may contain it
SECRET_WORD = "Quokkaberrylimerick"
#: low scrypt cost so that tests run fast (the real cost is checked in test_protection_core)
TEST_COST = 2**12


def make_store_with_note(data_dir: Path, *, backup: bool = True) -> None:
    """A store with a mentor, a meeting, a listening note with the secret word, a backup."""
    from mentee_desktop.data import listening_notes
    from mentee_desktop.data.backups import make_backup
    from mentee_desktop.data.listening_notes import ListeningNote
    from mentee_desktop.data.store import open_store
    from tests.helpers import add_meeting, add_mentor

    now = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
    db = open_store(data_dir)
    try:
        mentor = add_mentor(db)
        meeting = add_meeting(db, mentor.id, now)
        listening_notes.add(
            db, ListeningNote(meeting_id=meeting.id, heard=f"She said {SECRET_WORD} twice")
        )
        if backup:
            make_backup(db, data_dir / "backups", now=now, reason="manual")
    finally:
        db.close()


def records(db) -> dict:
    """Every record of every table, as the JSON export sees them (the export's header aside)."""
    import json

    from mentee_desktop.data.json_io import export_chunks

    text = "".join(export_chunks(db, now=datetime(2026, 1, 1, tzinfo=UTC)))
    return json.loads(text)["tables"]


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (names and content hashes), to prove nothing changed."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def files_holding(folder: Path, word: str) -> list[str]:
    """Files under ``folder`` whose bytes contain ``word`` (like ``grep -a -l -r``)."""
    needle = word.encode("utf-8")
    return [str(p) for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]
