"""How long exporting an agenda takes: a typical one and one with 300 items.

    python bench/export.py [--runs N]

Prints the median of N runs (default 7) for building the agenda from the store and for each
format. Nothing is asserted; the numbers are for comparing changes on one machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mentee_desktop.agenda import ics, markdown, pdf
from mentee_desktop.agenda.build import build_agenda, find_next_meeting
from mentee_desktop.data import action_items, agenda_items, lifecycle, meetings, mentors
from mentee_desktop.data.action_items import ActionItem
from mentee_desktop.data.agenda_items import AgendaItem
from mentee_desktop.data.errors import transaction
from mentee_desktop.data.sample import add_sample
from mentee_desktop.data.store import open_store

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
KINDS = ("question", "topic", "share", "feedback")


def median_ms(function: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def big_meeting(db) -> int:
    """A meeting with 300 items: 260 agenda items of every kind and 40 open promises."""
    mentor_id = mentors.add(db, mentors.Mentor(name="Busy Mentor"), now=NOW).id
    meeting = lifecycle.plan(
        db,
        meetings.Meeting(
            mentor_id=mentor_id,
            starts_at=NOW + timedelta(days=1),
            timezone="Europe/Berlin",
            place="https://meet.example.org/big",
        ),
        now=NOW,
    )
    with transaction(db):
        for n in range(260):
            text = f"Item {n}: " + "a fairly long sentence about what I want to raise " * 3
            agenda_items.insert(
                db,
                AgendaItem(meeting.id, KINDS[n % 4], text, details="My own view: ok." * (n % 2)),
                now=NOW,
            )
        for n in range(40):
            action_items.insert(
                db, ActionItem(mentor_id, f"Promise {n}", owner=("me", "mentor")[n % 2]), now=NOW
            )
    return meeting.id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    pdf.ensure_gui_application()
    with tempfile.TemporaryDirectory() as folder:
        db = open_store(Path(folder) / "data")
        add_sample(db, now=NOW, zone_name="Europe/Berlin")
        cases = {"typical": find_next_meeting(db, NOW), "300 items": big_meeting(db)}
        options = ics.calendar_options(db)
        print(f"median of {runs} runs, milliseconds")
        print(f"{'agenda':<12}{'items':>6}{'build':>9}{'md':>9}{'ics':>9}{'pdf':>9}{'pages':>7}")
        for name, meeting_id in cases.items():
            agenda = build_agenda(db, meeting_id, now=NOW)
            pages = pdf.render_agenda(agenda).count(b"/Type /Page\n")
            row = [
                median_ms(lambda m=meeting_id: build_agenda(db, m, now=NOW), runs),
                median_ms(lambda a=agenda: markdown.render_agenda(a), runs),
                median_ms(lambda a=agenda: ics.render_agenda(a, options=options, now=NOW), runs),
                median_ms(lambda a=agenda: pdf.render_agenda(a), runs),
            ]
            cells = "".join(f"{value:>9.1f}" for value in row)
            print(f"{name:<12}{agenda.item_count:>6}{cells}{pages or '?':>7}")
        db.close()


if __name__ == "__main__":
    main()
