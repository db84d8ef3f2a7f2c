"""Living through the loop on the command line (real subprocesses), named after what was seen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_cli import assert_clear_error


@pytest.fixture
def run(cli, data_dir: Path):
    def run(*args: str, ok: bool = True):
        result = cli("--data-dir", str(data_dir), *args)
        if ok:
            assert result.returncode == 0, result.stderr
        return result

    return run


def listed(run, *args: str) -> list[dict]:
    return json.loads(run(*args, "--json").stdout)


def planned_id(run, *args: str) -> int:
    return json.loads(run("meetings", "plan", *args, "--json").stdout)[0]["id"]


def test_plan_ahead_keeps_the_upcoming_agenda(run):
    run("sample-data")
    upcoming = next(m for m in listed(run, "meetings") if m["status"] == "planned")
    before = listed(run, "agenda", "list", str(upcoming["id"]))
    assert [i for i in before if i["kind"] == "question" and i["status"] == "open"]

    later = planned_id(run, "--mentor", upcoming["mentor"])  # the window's defaults
    assert listed(run, "agenda", "list", str(upcoming["id"])) == before
    assert not [i for i in listed(run, "agenda", "list", str(later)) if i["carried_from"]]
    agenda = run("export-agenda", "--meeting", str(upcoming["id"]), "--output", "-").stdout
    assert before[0]["text"] in agenda


def test_planning_defaults_follow_the_mentors_zone_and_rhythm(run):
    run("mentors", "add", "Kenji Sato", "--zone", "Asia/Tokyo", "--cadence", "14")
    [kenji] = listed(run, "mentors")
    assert (kenji["zone"], kenji["cadence_days"]) == ("Asia/Tokyo", 14)
    first = json.loads(
        run(
            "meetings",
            "plan",
            "--mentor",
            "kenji",
            "--at",
            "2031-03-20T09:00",
            "--place",
            "https://meet.example.org/k",
            "--json",
        ).stdout
    )[0]
    assert first["local_start"] == "2031-03-20T09:00+09:00"
    second = json.loads(run("meetings", "plan", "--mentor", "Kenji", "--json").stdout)[0]
    assert second["local_start"] == "2031-04-03T09:00+09:00"  # + 14 days, same local time
    assert (second["zone"], second["place"]) == ("Asia/Tokyo", "https://meet.example.org/k")


def test_cancel_moves_items_on(run):
    run("mentors", "add", "Ada")
    first = planned_id(run, "--mentor", "Ada", "--at", "2031-01-10T09:00+00:00")
    second = planned_id(run, "--mentor", "Ada", "--at", "2031-01-24T09:00+00:00")
    run("agenda", "add", str(first), "What should I read next?")
    [question] = listed(run, "agenda", "list", str(first))
    assert "moved on" in run("meetings", "cancelled", str(first)).stdout
    [moved] = listed(run, "agenda", "list", str(second))
    assert (moved["text"], moved["carried_from"]) == ("What should I read next?", question["id"])
    assert listed(run, "agenda", "list", str(first))[0]["status"] == "carried_over"
    run("meetings", "planned", str(first))  # undo: the item is back where it was
    assert listed(run, "agenda", "list", str(second)) == []
    assert listed(run, "agenda", "list", str(first))[0]["status"] == "open"


def test_reschedule_reapplies_the_rule(run):
    run("mentors", "add", "Lin")
    held = planned_id(run, "--mentor", "Lin", "--at", "2030-05-01T10:00+00:00")
    early = planned_id(run, "--mentor", "Lin", "--at", "2030-04-01T10:00+00:00")
    run("agenda", "add", str(held), "Still open", "--kind", "topic")
    assert "wait for the next meeting" in run("meetings", "held", str(held)).stdout
    assert listed(run, "agenda", "list", str(early)) == []  # an earlier meeting takes nothing
    run("meetings", "edit", str(early), "--at", "2030-05-15T10:00+00:00")
    assert [i["text"] for i in listed(run, "agenda", "list", str(early))] == ["Still open"]


def test_a_mentor_with_only_past_meetings_lists_every_status(run):
    run("mentors", "add", "Grace")
    ids = [
        planned_id(run, "--mentor", "Grace", "--at", f"2020-0{month}-01T10:00+00:00")
        for month in (1, 2, 3)
    ]
    run("meetings", "held", str(ids[0]))
    run("meetings", "cancelled", str(ids[1]))
    rows = listed(run, "meetings", "--mentor", "Grace")
    assert [(r["id"], r["status"]) for r in rows] == [
        (ids[0], "held"),
        (ids[1], "cancelled"),
        (ids[2], "planned"),
    ]
    assert {"id", "mentor", "start", "status"} <= set(rows[0])


def test_an_item_moved_by_hand_and_the_rest_of_the_loop(run):
    run("mentors", "add", "Ada")
    run("mentors", "add", "Grace")
    one = planned_id(run, "--mentor", "Ada", "--at", "2031-01-10T09:00+00:00")
    two = planned_id(run, "--mentor", "Ada", "--at", "2031-01-24T09:00+00:00")
    other = planned_id(run, "--mentor", "Grace", "--at", "2031-01-12T09:00+00:00")
    run("agenda", "add", str(one), "Move me", "--kind", "share")
    [item] = listed(run, "agenda", "list", str(one))
    run("agenda", "move", str(item["id"]), "--to", str(two))
    assert [i["id"] for i in listed(run, "agenda", "list", str(two))] == [item["id"]]
    assert_clear_error(
        run("agenda", "move", str(item["id"]), "--to", str(other), ok=False), "same mentor"
    )
    run("agenda", "discussed", str(item["id"]))
    assert listed(run, "agenda", "list", str(two))[0]["status"] == "discussed"

    run("notes", "add", str(one), "--heard", "Write it down first", "--insight", "Draft daily")
    run("feedback", "add", "--mentor", "Ada", "Was my demo clear?", "--observation", "Too fast")
    run("feedback", "asked", "1")
    run("feedback", "answered", "1", "Clear, but slow down")
    run("actions", "add", "--mentor", "Ada", "Send the draft", "--due", "2031-01-20")
    run("actions", "done", "1")
    [action] = listed(run, "actions", "list", "--mentor", "Ada")
    assert (action["id"], action["title"], action["status"]) == (1, "Send the draft", "done")
    assert run("check").returncode == 0


def test_mistakes_get_one_clear_line(run):
    run("mentors", "add", "Ada")
    assert_clear_error(run("meetings", "held", "999", ok=False), "no meeting with id 999")
    assert_clear_error(
        run("mentors", "add", "Bo", "--zone", "Mars/Olympus", ok=False), "unknown timezone"
    )
    assert_clear_error(run("meetings", "plan", "--mentor", "Nobody", ok=False), "no mentor")
    assert_clear_error(
        run("meetings", "plan", "--mentor", "Ada", "--at", "next tuesday", ok=False), "ISO-8601"
    )
    assert_clear_error(run("agenda", "add", "999", "Q", ok=False), "no meeting with id 999")
    assert_clear_error(run("actions", "done", "42", ok=False), "42")
    assert run("agenda", "add", "1", ok=False).returncode == 2  # usage


def test_every_id_and_number_of_the_loop_commands_has_a_range(run):
    """An id beyond what SQLite holds is a usage error (exit 2), never a traceback."""
    huge = str(2**70)
    for args in (
        ["meetings", "held", huge],
        ["meetings", "edit", huge],
        ["agenda", "list", huge],
        ["agenda", "move", "1", "--to", huge],
        ["notes", "add", huge, "--heard", "x"],
        ["feedback", "answered", huge, "x"],
        ["actions", "done", huge],
        ["mentors", "add", "Lin", "--cadence", "0"],
        ["meetings", "plan", "--mentor", "Lin", "--duration", huge],
    ):
        done = run(*args, ok=False)
        assert done.returncode == 2, (args, done.stderr)
        assert "Traceback" not in done.stderr
