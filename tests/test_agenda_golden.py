"""Golden files: the sample meeting's agenda (Markdown, iCalendar) and last recap, byte for byte.

Run with ``MENTEE_UPDATE_GOLDEN=1`` to write the files again after an intended change, then
read the diff before committing it.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mentee_desktop.agenda import ics
from mentee_desktop.agenda.build import (
    build_agenda,
    build_recap,
    find_last_held_meeting,
    find_next_meeting,
)
from mentee_desktop.agenda.markdown import render_agenda, render_recap
from mentee_desktop.data.sample import add_sample

GOLDEN = Path(__file__).parent / "golden"
FIXED = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
NAMESPACE = "5f0c7d1e-8a61-4c0e-9a55-3f1f7c2b9d10"


def check_golden(name: str, data: bytes) -> None:
    path = GOLDEN / name
    if os.environ.get("MENTEE_UPDATE_GOLDEN") == "1":
        path.write_bytes(data)
    assert path.exists(), f"{path} is missing; run with MENTEE_UPDATE_GOLDEN=1 to create it"
    assert data == path.read_bytes(), f"{name} differs; MENTEE_UPDATE_GOLDEN=1 rewrites it"


@pytest.fixture
def sample_db(db):
    add_sample(db, now=FIXED, zone_name="Europe/Berlin")
    return db


def test_sample_agenda_markdown(sample_db):
    agenda = build_agenda(sample_db, find_next_meeting(sample_db, FIXED), now=FIXED)
    check_golden("agenda-sample.md", render_agenda(agenda).encode("utf-8"))


def test_sample_agenda_icalendar(sample_db):
    agenda = build_agenda(sample_db, find_next_meeting(sample_db, FIXED), now=FIXED)
    options = ics.CalendarOptions(uid_namespace=NAMESPACE, alarm_minutes=60)
    check_golden("agenda-sample.ics", ics.render_agenda(agenda, options=options, now=FIXED))


def test_sample_recap_markdown(sample_db):
    recap = build_recap(sample_db, find_last_held_meeting(sample_db, FIXED), now=FIXED)
    check_golden("recap-sample.md", render_recap(recap).encode("utf-8"))
