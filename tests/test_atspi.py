"""The app through a screen reader's eyes: AT-SPI, the accessibility bus Orca uses on Linux.

The real app runs on a private X display (Xvfb, openbox) with a private D-Bus session and the
AT-SPI bus; ``tests/atspi_driver.py`` (the system Python, where Debian's pyatspi lives) finds
the tabs, reads the agenda items with their state, finds the editor by its label, types a
question, presses buttons by their names and quits from the File menu. The store says whether
it all happened.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mentee_desktop.data import agenda_items, feedback, sample
from mentee_desktop.data.store import open_store

pytestmark = pytest.mark.atspi

HERE = Path(__file__).parent
NEEDS = ["dbus-run-session", "Xvfb", "openbox", "/usr/libexec/at-spi-bus-launcher"]
QUESTION = "What would you do first in my place?"


def test_a_screen_reader_can_prepare_a_meeting_and_move_a_request_on(data_dir: Path):
    missing = [tool for tool in NEEDS if shutil.which(tool) is None]
    assert missing == [], f"install the packages in packaging/debian-test.txt: {missing}"
    db = open_store(data_dir)
    made = sample.add_sample(db, now=datetime.now(UTC), zone_name="Europe/Berlin")
    meeting_id = max(m["id"] for m in db.query("SELECT id FROM meetings WHERE status = 'planned'"))
    first = agenda_items.list_for_meeting(db, meeting_id)[1]
    agenda_items.set_status(db, first.id, "discussed")
    before = {r.id: r.status for r in feedback.list_for_mentor(db, made.mentor.id)}
    db.close()

    env = os.environ | {"MENTEE_DESKTOP_DATA_DIR": str(data_dir)}
    run = subprocess.run(
        [
            "dbus-run-session",
            "--",
            sys.executable,
            str(HERE / "atspi_session.py"),
            str(data_dir),
            QUESTION,
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    seen = json.loads(run.stdout.strip().splitlines()[-1])

    assert seen["tabs"][:5] == [
        "Prepare",
        "Listening notes",
        "Feedback",
        "Action items",
        "Relationship",
    ]
    assert "page tab" in seen["tab_roles"]
    assert any(text.endswith(", carried over") for text in seen["agenda"])
    assert any(text.startswith(f"{first.text}, discussed") for text in seen["agenda"])
    assert seen["editor"] == {"name": "Agenda item text", "labels": ["Your question"]}
    assert QUESTION in seen["agenda_after"]

    db = open_store(data_dir)
    try:
        texts = [item.text for item in agenda_items.list_for_meeting(db, meeting_id)]
        assert QUESTION in texts
        after = {r.id: r.status for r in feedback.list_for_mentor(db, made.mentor.id)}
        changed = [(before[rid], now) for rid, now in after.items() if before[rid] != now]
        step = seen["feedback_step"].removeprefix("Mark as ").replace(" ", "_")
        assert changed == [(ORDER[ORDER.index(step) - 1], step)]
    finally:
        db.close()


ORDER = ["draft", "asked", "answered", "acted_on"]
