"""What start-up and planning a meeting rely on to stay quick: the window opens without the
sub-command modules, reports its first paint for bench/startup.py, and carry-over of
hundreds of promises is a couple of statements that keep their order."""

from __future__ import annotations

from datetime import date, timedelta

from mentee_desktop.cli import opens_the_window
from mentee_desktop.data import action_items, agenda_items, lifecycle
from mentee_desktop.data.action_items import ActionItem
from mentee_desktop.data.agenda_items import AgendaItem
from mentee_desktop.data.errors import transaction
from mentee_desktop.data.meetings import Meeting
from tests.helpers import add_meeting, add_mentor


def test_only_a_data_folder_means_the_window():
    assert opens_the_window([])
    assert opens_the_window(["--data-dir", "x"])
    assert opens_the_window(["--data-dir=x"])
    for argv in (["--data-dir"], ["search", "x"], ["--version"], ["-h"], ["--data-dir", "x", "y"]):
        assert not opens_the_window(argv)


def test_the_window_reports_its_first_paint_and_quits(cli, data_dir):
    result = cli("--data-dir", str(data_dir), env={"MENTEE_DESKTOP_REPORT_FIRST_PAINT": "1"})
    assert result.returncode == 0, result.stderr
    [line] = [x for x in result.stderr.splitlines() if x.startswith("first-paint ")]
    _, stamp, resident = line.split()
    assert float(stamp) > 0 and int(resident) > 10_000  # KiB: a Qt window takes megabytes


def test_hundreds_of_promises_are_carried_over_in_due_order(db, now):
    mentor = add_mentor(db)
    first = add_meeting(db, mentor.id, now, days=-7, status="held")
    agenda_items.add(db, AgendaItem(meeting_id=first.id, kind="question", text="Still open?"))
    with transaction(db):
        for number in range(300):
            action_items.insert(
                db,
                ActionItem(
                    mentor_id=mentor.id,
                    title=f"Promise {number}",
                    due_on=date(2026, 1, 1) + timedelta(days=(number * 7) % 300),
                ),
                now=now,
            )
    created = lifecycle.plan(
        db, Meeting(mentor_id=mentor.id, starts_at=now + timedelta(days=7)), now=now
    )
    agenda = agenda_items.list_for_meeting(db, created.id)
    assert [item.text for item in agenda[:1]] == ["Still open?"]
    updates = agenda[1:]
    assert len(updates) == 300 and all(item.kind == "update" for item in updates)
    due = [action_items.get(db, item.action_item_id).due_on for item in updates]
    assert due == sorted(due)
    assert [item.position for item in agenda] == list(range(301))
    assert lifecycle.bring_in(db, created.id, now=now).total == 0  # twice is harmless
    assert len(agenda_items.list_for_meeting(db, created.id)) == 301
