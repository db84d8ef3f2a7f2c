"""Insights put to work: their state in the store, and when they come back as reminders."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from mentee_desktop.data import (
    feedback,
    insights,
    lifecycle,
    listening_notes,
    meetings,
    reminder_state,
)
from mentee_desktop.data.feedback import FeedbackRequest
from mentee_desktop.data.listening_notes import ListeningNote
from mentee_desktop.data.meetings import Meeting
from mentee_desktop.reminders import ReminderOptions, check, due_reminders
from mentee_desktop.reminders.insight_rule import returns
from mentee_desktop.reminders.options import QuietHours
from tests.helpers import add_mentor

BERLIN = ZoneInfo("Europe/Berlin")
QUIET_OFF = ReminderOptions(quiet_hours=QuietHours(enabled=False))
#: a Tuesday before the end of summer time in Berlin (25 Oct 2026)
HEARD = datetime(2026, 10, 20, 16, 0, tzinfo=UTC)


def held_meeting(db, mentor_id: int, start: datetime) -> int:
    return meetings.insert(
        db, Meeting(mentor_id=mentor_id, starts_at=start, timezone="Europe/Berlin", status="held")
    )


def note(db, meeting_id: int, insight: str, **fields) -> ListeningNote:
    return listening_notes.add(
        db, ListeningNote(meeting_id=meeting_id, heard="said", insight=insight, **fields)
    )


def insight_of(db, note_id: int) -> insights.Insight:
    (found,) = [i for i in insights.list_insights(db) if i.source_id == note_id]
    return found


def insight_reminders(db, at: datetime, options: ReminderOptions = QUIET_OFF):
    return [r for r in due_reminders(db, at, BERLIN, options) if r.kind == "insight_to_try"]


# ----- the store
def test_every_note_with_an_insight_has_one_and_only_those(db, now):
    mentor = add_mentor(db)
    meeting_id = held_meeting(db, mentor.id, now - timedelta(days=2))
    with_words = note(db, meeting_id, "Say no to one meeting a week")
    without = note(db, meeting_id, "   ")
    assert [i.text for i in insights.list_insights(db)] == ["Say no to one meeting a week"]
    assert insight_of(db, with_words.id).state == "new"

    listening_notes.update(db, ListeningNote(meeting_id=meeting_id, id=without.id, insight="Later"))
    assert sorted(i.text for i in insights.list_insights(db)) == [
        "Later",
        "Say no to one meeting a week",
    ]


def test_a_feedback_answer_i_acted_on_is_an_insight_but_not_one_i_gave(db, now):
    mentor = add_mentor(db)
    mine = feedback.add(db, FeedbackRequest(mentor_id=mentor.id, question="My talk?"))
    theirs = feedback.add(
        db, FeedbackRequest(mentor_id=mentor.id, question="My slides?", direction="mentor_asks")
    )
    for request in (mine, theirs):
        feedback.update(db, FeedbackRequest(**{**request.__dict__, "answer": "Slow down"}))
        feedback.set_status(db, request.id, "acted_on", now=now)
    found = insights.list_insights(db)
    assert [(i.source, i.source_id, i.text) for i in found] == [("feedback", mine.id, "Slow down")]
    assert found[0].heard_at == now


def test_a_state_is_stamped_once_and_going_back_clears_it(db, now):
    mentor = add_mentor(db)
    written = note(db, held_meeting(db, mentor.id, now), "Write the design note first")
    insight_id = insight_of(db, written.id).id

    trying = insights.mark(db, insight_id, "trying", now=now)
    again = insights.mark(db, insight_id, "trying", now=now + timedelta(hours=1))
    assert trying.state_at == again.state_at == now

    applied = insights.mark(db, insight_id, "applied", "It cut review time", now=now + timedelta(1))
    assert (applied.state, applied.outcome, applied.state_at) == (
        "applied",
        "It cut review time",
        now + timedelta(days=1),
    )
    back = insights.mark(db, insight_id, "new", now=now + timedelta(days=2))
    assert (back.state, back.outcome, back.state_at) == ("new", "", None)


@pytest.mark.parametrize(
    ("state", "words", "message"),
    [("done", None, "unknown insight state"), ("applied", "x" * 2001, "too long")],
)
def test_bad_marks_are_refused_and_change_nothing(db, now, state, words, message):
    mentor = add_mentor(db)
    written = note(db, held_meeting(db, mentor.id, now), "Ask for the budget early")
    insight_id = insight_of(db, written.id).id
    with pytest.raises(ValueError, match=message):
        insights.mark(db, insight_id, state, words, now=now)
    assert insights.get(db, insight_id).state == "new"


def test_deleting_the_note_deletes_its_insight(db, now):
    mentor = add_mentor(db)
    written = note(db, held_meeting(db, mentor.id, now), "Pair on the migration")
    listening_notes.delete(db, written.id)
    assert insights.list_insights(db) == []
    assert db.execute("SELECT count(*) FROM insights").fetchone()[0] == 0


def test_undoing_a_note_deletion_brings_back_how_trying_it_went(db, now):
    mentor = add_mentor(db)
    written = note(db, held_meeting(db, mentor.id, now), "Pair on the migration")
    insights.mark(db, insight_of(db, written.id).id, "applied", "We did; it went well", now=now)
    deleted = listening_notes.delete_for_undo(db, written.id)
    assert insights.list_insights(db) == []
    restored = listening_notes.undo_delete(db, deleted)
    back = insights.for_note(db, restored.id)
    assert (back.state, back.outcome, back.state_at) == ("applied", "We did; it went well", now)


def test_states_travel_through_the_json_export(cli, tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    assert cli("--data-dir", str(first), "sample-data").returncode == 0
    exported = cli("--data-dir", str(first), "export-json", "--output", str(tmp_path / "x.json"))
    assert exported.returncode == 0, exported.stderr
    imported = cli("--data-dir", str(second), "import-json", str(tmp_path / "x.json"))
    assert imported.returncode == 0, imported.stderr
    listed = [
        cli("--data-dir", str(folder), "insights", "--json").stdout for folder in (first, second)
    ]
    assert listed[0] == listed[1]
    assert '"state": "applied"' in listed[1]


def test_search_finds_what_happened(db, now):
    from mentee_desktop.data.search import search

    mentor = add_mentor(db)
    written = note(db, held_meeting(db, mentor.id, now), "Pair on the migration")
    insights.mark(db, insight_of(db, written.id).id, "applied", "Zanzibar rollout halved", now=now)
    hits = search(db, "zanzibar")
    assert [(h.kind, h.record_id) for h in hits] == [("insight", insight_of(db, written.id).id)]


def test_put_to_work_counts_per_mentor(db, now):
    ada, grace = add_mentor(db, "Ada"), add_mentor(db, "Grace")
    first = note(db, held_meeting(db, ada.id, now), "One")
    note(db, held_meeting(db, ada.id, now + timedelta(1)), "Two")
    note(db, held_meeting(db, grace.id, now), "Three")
    insights.mark(db, insight_of(db, first.id).id, "applied", "Worked", now=now)
    assert insights.put_to_work_count(db, ada.id) == (1, 2)
    assert insights.put_to_work_count(db, grace.id) == (0, 1)


# ----- the spacing rule
def test_returns_are_spaced_wider_and_one_comes_before_the_next_meeting():
    next_meeting = datetime(2026, 11, 3, 16, 0, tzinfo=UTC)
    assert returns(HEARD, next_meeting) == [
        datetime(2026, 10, 23, 16, 0, tzinfo=UTC),  # three days on
        datetime(2026, 10, 30, 16, 0, tzinfo=UTC),  # a week later
        datetime(2026, 11, 2, 16, 0, tzinfo=UTC),  # the day before the next meeting
        datetime(2026, 11, 13, 16, 0, tzinfo=UTC),  # two weeks after the second
        datetime(2026, 12, 11, 16, 0, tzinfo=UTC),  # four weeks on
        datetime(2027, 2, 5, 16, 0, tzinfo=UTC),  # eight weeks on
    ]


def test_a_meeting_close_to_a_spaced_return_replaces_it():
    next_meeting = datetime(2026, 10, 31, 10, 0, tzinfo=UTC)  # its eve is within a day of 30 Oct
    assert datetime(2026, 10, 30, 16, 0, tzinfo=UTC) not in returns(HEARD, next_meeting)
    assert datetime(2026, 10, 30, 10, 0, tzinfo=UTC) in returns(HEARD, next_meeting)


def _walk(db, start: datetime, days: int, *, act=None):
    """Each hour for ``days`` days: the moments a new insight reminder appeared."""
    seen: list[tuple[datetime, str]] = []
    keys: set[str] = set()
    moment = start
    while moment < start + timedelta(days=days):
        if act:
            act(moment)
        for reminder in insight_reminders(db, moment):
            if reminder.key not in keys:
                keys.add(reminder.key)
                seen.append((moment, reminder.text))
        moment += timedelta(hours=1)
    return seen


def test_three_months_with_one_insight_across_the_change_to_winter_time(db):
    mentor = add_mentor(db, "Amara")
    meeting_id = held_meeting(db, mentor.id, HEARD)
    note(db, meeting_id, "Share the draft before it feels ready")
    meetings.insert(
        db,
        Meeting(
            mentor_id=mentor.id,
            starts_at=datetime(2026, 11, 3, 16, 0, tzinfo=UTC),
            timezone="Europe/Berlin",
        ),
    )
    seen = _walk(db, HEARD, 130)
    assert [moment for moment, _ in seen] == returns(HEARD, datetime(2026, 11, 3, 16, tzinfo=UTC))
    assert seen[0][1] == "You heard: “Share the draft before it feels ready” — tried it yet?"
    # after the last return it stays listed two weeks, then only on the review list
    assert insight_reminders(db, datetime(2027, 2, 19, 15, 0, tzinfo=UTC))
    assert not insight_reminders(db, datetime(2027, 2, 19, 17, 0, tzinfo=UTC))


@pytest.mark.parametrize("final", ["applied", "let_go"])
def test_an_applied_or_let_go_insight_never_comes_back(db, final):
    mentor = add_mentor(db)
    written = note(db, held_meeting(db, mentor.id, HEARD), "Block two hours for deep work")
    insight_id = insight_of(db, written.id).id
    decided = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)

    def act(moment: datetime) -> None:
        if moment == decided:
            insights.mark(db, insight_id, final, "Tried on Monday", now=moment)

    seen = _walk(db, HEARD, 120, act=act)
    assert [moment for moment, _ in seen] == [
        datetime(2026, 10, 23, 16, 0, tzinfo=UTC),
        datetime(2026, 10, 30, 16, 0, tzinfo=UTC),
    ]


def test_trying_still_comes_back_until_applied(db):
    mentor = add_mentor(db)
    written = note(db, held_meeting(db, mentor.id, HEARD), "Ask one question per meeting")
    insights.mark(db, insight_of(db, written.id).id, "trying", now=HEARD + timedelta(days=1))
    assert insight_reminders(db, HEARD + timedelta(days=3, hours=1))


def test_one_reminder_per_mentor_gathers_what_is_due(db):
    ada, grace = add_mentor(db, "Ada"), add_mentor(db, "Grace")
    first = held_meeting(db, ada.id, HEARD)
    note(db, first, "One")
    note(db, first, "Two")
    note(db, held_meeting(db, grace.id, HEARD), "Three")
    found = insight_reminders(db, HEARD + timedelta(days=4))
    assert sorted((r.title, r.facts.count) for r in found) == [
        ("Put to work what Ada said", 2),
        ("Put to work what Grace said", 1),
    ]
    (ada_reminder,) = [r for r in found if "Ada" in r.title]
    assert ada_reminder.text.endswith("(1 more from Ada waiting)")


def test_a_cancelled_meeting_brings_nothing_back(db):
    mentor = add_mentor(db)
    cancelled = meetings.insert(
        db, Meeting(mentor_id=mentor.id, starts_at=HEARD, status="cancelled")
    )
    note(db, cancelled, "Never said")
    assert insight_reminders(db, HEARD + timedelta(days=4)) == []


def test_dismissing_quiets_one_return_and_the_next_one_comes(db):
    mentor = add_mentor(db)
    note(db, held_meeting(db, mentor.id, HEARD), "Write it down the same day")
    (first,) = insight_reminders(db, HEARD + timedelta(days=4))
    reminder_state.dismiss(db, [first.key], HEARD + timedelta(days=4))
    assert insight_reminders(db, HEARD + timedelta(days=6)) == []
    (second,) = insight_reminders(db, HEARD + timedelta(days=10, hours=1))
    assert second.key != first.key


def test_a_snooze_holds_and_quiet_hours_hold_the_notification(db):
    mentor = add_mentor(db)
    # heard at 02:00 Berlin, so the first return falls at night
    night = datetime(2026, 11, 10, 1, 0, tzinfo=UTC)
    note(db, held_meeting(db, mentor.id, night), "Say it plainly")
    quiet = ReminderOptions(quiet_hours=QuietHours(enabled=True))
    at = night + timedelta(days=3, minutes=5)
    answer = check(db, at, BERLIN, quiet)
    assert [r.kind for r in answer.held_back] == ["insight_to_try"]
    assert answer.to_notify == []
    assert answer.next_at == datetime(2026, 11, 13, 6, 0, tzinfo=UTC)  # 07:00 in Berlin

    (due,) = insight_reminders(db, at)
    reminder_state.snooze(db, [due.key], at + timedelta(hours=2))
    assert insight_reminders(db, at + timedelta(hours=1)) == []
    assert insight_reminders(db, at + timedelta(hours=3))


def test_the_kind_can_be_switched_off(db):
    mentor = add_mentor(db)
    note(db, held_meeting(db, mentor.id, HEARD), "Keep a brag document")
    off = QUIET_OFF.with_kinds(insight_to_try=False)
    assert insight_reminders(db, HEARD + timedelta(days=4), off) == []


# ----- told back to the mentor
def _plan(db, mentor_id: int, start: datetime) -> int:
    return meetings.insert(
        db, Meeting(mentor_id=mentor_id, starts_at=start, timezone="Europe/Berlin")
    )


def test_an_applied_insight_is_told_on_the_next_agenda_only(db):
    from mentee_desktop.agenda.build import build_agenda, build_recap

    mentor = add_mentor(db, "Amara")
    first = held_meeting(db, mentor.id, HEARD)
    written = note(db, first, "Share the draft before it feels ready")
    second = _plan(db, mentor.id, HEARD + timedelta(days=14))
    third = _plan(db, mentor.id, HEARD + timedelta(days=28))
    insight_id = insight_of(db, written.id).id
    applied_at = HEARD + timedelta(days=5)
    insights.mark(
        db, insight_id, "applied", "Sent it on Friday; two bugs found early", now=applied_at
    )

    now = HEARD + timedelta(days=6)
    told = build_agenda(db, second, now=now).put_to_work
    assert [(t.insight, t.outcome, t.heard_on, t.applied_on) for t in told] == [
        (
            "Share the draft before it feels ready",
            "Sent it on Friday; two bugs found early",
            HEARD.date(),
            applied_at.date(),
        )
    ]
    # planned ahead: until the second meeting is held, the third also reports since the first
    assert [t.insight for t in build_agenda(db, third, now=now).put_to_work] == [
        "Share the draft before it feels ready"
    ]
    lifecycle.mark_held(db, second, now=HEARD + timedelta(days=14, hours=1))
    assert build_agenda(db, third, now=now).put_to_work == []
    (heard,) = build_recap(db, first, now=now).heard
    assert (heard.insight_state, heard.insight_outcome) == (
        "applied",
        "Sent it on Friday; two bugs found early",
    )


def test_an_insight_applied_without_words_is_not_told(db):
    from mentee_desktop.agenda.build import build_agenda

    mentor = add_mentor(db)
    written = note(db, held_meeting(db, mentor.id, HEARD), "Ask for the budget early")
    later = _plan(db, mentor.id, HEARD + timedelta(days=14))
    insights.mark(db, insight_of(db, written.id).id, "applied", "", now=HEARD + timedelta(1))
    assert build_agenda(db, later, now=HEARD + timedelta(days=2)).put_to_work == []


HOSTILE_OUTCOME = "<script>x</script> **bold** [l](javascript:1)\n# heading\n- list"


def test_what_happened_stays_literal_in_markdown_and_pdf(qapp, tmp_path):
    from markdown_it import MarkdownIt

    from mentee_desktop.agenda import markdown, pdf
    from mentee_desktop.agenda.model import Agenda, MeetingInfo, PutToWork

    info = MeetingInfo(
        meeting_id=1,
        mentor_name="Amara",
        mentor_role="",
        starts_at=datetime(2026, 11, 28, 15, 0, tzinfo=BERLIN),
        timezone="Europe/Berlin",
        duration_minutes=45,
        place="",
        status="planned",
    )
    agenda = Agenda(meeting=info, put_to_work=[PutToWork("Try *this* <b>", HOSTILE_OUTCOME)])
    html = MarkdownIt("commonmark").render(markdown.render_agenda(agenda))
    for tag in ("<script", "<a ", "<strong>bold", "<h1>heading", "<li>list"):
        assert tag not in html
    assert "&lt;script&gt;x&lt;/script&gt; **bold** [l](javascript:1)" in html
    assert "Try *this* &lt;b&gt;" in html

    path = tmp_path / "agenda.pdf"
    path.write_bytes(pdf.render_agenda(agenda, page_size="A4"))
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "WHAT I PUT TO WORK" in text.upper()
    assert "What happened: <script>x</script> **bold** [l](javascript:1) # heading - list" in text


def test_the_command_line_round_trip(cli, data_dir):
    import json

    assert cli("--data-dir", str(data_dir), "sample-data").returncode == 0
    listed = cli("--data-dir", str(data_dir), "insights", "--state", "open", "--json")
    found = json.loads(listed.stdout)
    assert [i["state"] for i in found] == ["new", "new"]
    target = found[0]
    done = cli(
        "--data-dir", str(data_dir), "insights", "applied", str(target["id"]),
        "--what", "Tried it in the planning meeting; we chose option B",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "is now applied" in done.stdout
    after = json.loads(
        cli("--data-dir", str(data_dir), "insights", "--state", "applied", "--json").stdout
    )
    assert {i["id"] for i in after} >= {target["id"]}
    agenda = cli("--data-dir", str(data_dir), "export-agenda", "--meeting", "next",
                 "--format", "md", "--output", "-")  # fmt: skip
    assert "we chose option B" in agenda.stdout

    for bad in (["letgo", "99999", "--why", "x"], ["applied", "1", "--what", "  "]):
        failed = cli("--data-dir", str(data_dir), "insights", *bad)
        assert failed.returncode == 1
        assert failed.stderr.startswith("mentee-desktop: error: ")
    usage = cli("--data-dir", str(data_dir), "insights", "applied", str(2**70), "--what", "x")
    assert usage.returncode == 2
    assert "Traceback" not in usage.stderr
