"""The Markdown agenda and recap, read back with markdown-it-py as a Markdown viewer would."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from mentee_desktop.agenda import words
from mentee_desktop.agenda.markdown import escape_line, render_agenda, render_recap
from mentee_desktop.agenda.model import (
    Agenda,
    Entry,
    FeedbackExchange,
    GoalInFocus,
    HeardNote,
    MeetingInfo,
    Promise,
    Recap,
)

HOSTILE = [
    "<script>alert('x')</script>",
    "**bold** and __bold__ and *em* and _em_",
    "[x](javascript:alert(1)) and ![img](http://e.org/i.png)",
    "# heading",
    "## also a heading ##",
    "`code` and ``more code``",
    "```\nfenced\n```",
    "~~~\nfenced\n~~~",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "> quoted",
    "- not a list",
    "+ not a list",
    "* not a list",
    "1. not a list",
    "2) not a list",
    "---",
    "Title\n===",
    "Title\n---",
    "<div>block</div>",
    "<http://example.org> and <a@b.org>",
    "&amp; &#35; &#x41; & Q&A",
    "a\\*b\\ back\\",
    "~~strike~~ and $x^2$",
    "    indented code",
    "[ ] not a task\n[x] also not",
    "line one\nline two\n\n\nline after blanks",
    "[link][ref]\n\n[ref]: http://example.org",
    "text with trailing spaces   \nnext",
    "\\",
    "snake_case_name and 2*3*4",
]

MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def meeting(**changes) -> MeetingInfo:
    values = dict(
        meeting_id=7,
        mentor_name="Grace Hopper",
        mentor_role="Rear Admiral",
        starts_at=datetime(2026, 12, 3, 14, 0, tzinfo=ZoneInfo("Europe/Berlin")),
        timezone="Europe/Berlin",
        duration_minutes=60,
        place="Room 4",
        status="planned",
    )
    return MeetingInfo(**(values | changes))


def inline_text(token) -> tuple[str, set[str]]:
    """The literal text an inline token shows (hard breaks as newlines) and its child kinds."""
    kinds = {child.type for child in token.children}
    text = "".join(
        "\n" if child.type in ("hardbreak", "softbreak") else child.content
        for child in token.children
    )
    return text, kinds


def list_items(tokens) -> list[str]:
    """The text of every list item's first paragraph."""
    items = []
    for index, token in enumerate(tokens):
        if token.type == "list_item_open":
            inline = next(t for t in tokens[index:] if t.type == "inline")
            items.append(inline)
    return items


def headings(tokens) -> list[tuple[str, str]]:
    return [
        (token.tag, tokens[i + 1].content)
        for i, token in enumerate(tokens)
        if token.type == "heading_open"
    ]


def test_agenda_sections_headings_and_task_items():
    agenda = Agenda(
        meeting=meeting(),
        previous_meeting_on=date(2026, 11, 19),
        updates=[
            Promise("Send the draft", "me", done=True, completed_on=date(2026, 11, 20)),
            Promise("Read chapter 3", "me", done=False, due_on=date(2026, 12, 1)),
            Promise("Introduce me to Ada", "mentor", done=False),
        ],
        questions=[Entry("How do you plan your week?"), Entry("What next?", carried_over=True)],
        topics=[Entry("Career path", raised_by="mentor")],
        shares=[Entry("My notes on the outage")],
        feedback_wanted=[Entry("My demo", details="I rushed the ending.")],
        goals=[GoalInFocus("Lead a project", target_on=date(2027, 3, 1))],
    )
    tokens = MD.parse(render_agenda(agenda))
    assert headings(tokens) == [
        ("h1", "Agenda: mentoring with Grace Hopper"),
        ("h2", "Updates on what we promised"),
        ("h3", "What I promised"),
        ("h3", "What Grace Hopper promised"),
        ("h2", "Questions"),
        ("h2", "Topics to discuss"),
        ("h2", "Something I can share"),
        ("h2", "Feedback I would like"),
        ("h2", "Goals in focus"),
    ]
    texts = [inline_text(t)[0] for t in list_items(tokens)]
    assert "[x] Send the draft (done Fri 20 Nov 2026)" in texts
    assert "[ ] Read chapter 3 (due Tue 1 Dec 2026)" in texts
    assert "[ ] Introduce me to Ada" in texts
    assert "What next? (carried over from last time)" in texts
    assert "Career path (raised by Grace Hopper)" in texts
    assert "My demo\nMy own view: I rushed the ending." in texts
    assert "Lead a project (by Mon 1 Mar 2027)" in texts
    ordered = [t for t in tokens if t.type == "ordered_list_open"]
    assert len(ordered) == 1  # the questions are numbered


def test_empty_sections_are_left_out():
    agenda = Agenda(meeting=meeting(place=""), questions=[Entry("Only one question")])
    text = render_agenda(agenda)
    tokens = MD.parse(text)
    assert [h[1] for h in headings(tokens)] == ["Agenda: mentoring with Grace Hopper", "Questions"]
    assert "Where" not in text
    assert "Goals" not in text


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_shows_literally_everywhere(hostile: str):
    agenda = Agenda(
        meeting=meeting(mentor_name=hostile, mentor_role=hostile, place=hostile),
        updates=[Promise(hostile, "me", done=False, details=hostile)],
        questions=[Entry(hostile)],
        topics=[Entry(hostile, details=hostile)],
        feedback_wanted=[Entry(hostile, details=hostile)],
    )
    rendered = render_agenda(agenda)
    tokens = MD.parse(rendered)
    html = MD.render(rendered)
    assert "<script" not in html and "<div" not in html and "<a " not in html
    assert "<code" not in html and "<em>" not in html and "<del>" not in html
    assert "<table" not in html and "<blockquote" not in html and "<hr" not in html
    # only our headings and our lists: one list per section, one item per entry
    assert len(headings(tokens)) == 6
    assert sum(t.type == "bullet_list_open" for t in tokens) == 4
    assert sum(t.type == "ordered_list_open" for t in tokens) == 1
    assert sum(t.type == "list_item_open" for t in tokens) == 4 + 4  # facts + entries
    title, kinds = inline_text(next(t for t in tokens if t.type == "inline"))
    assert title == "Agenda: mentoring with " + words.one_line(hostile)
    assert kinds <= {"text"}
    question = list_items(tokens)[5]  # after the 4 facts and the one update
    text, kinds = inline_text(question)
    assert text == "\n".join(words.lines_of(hostile))
    assert kinds <= {"text", "hardbreak"}


def test_hostile_text_in_a_recap():
    hostile = "\n".join(HOSTILE)
    recap = Recap(
        meeting=meeting(status="held"),
        summary=hostile,
        heard=[HeardNote(hostile, hostile, hostile, hostile)],
        agreed=[Promise(hostile, "mentor", done=True, completed_on=date(2026, 12, 4))],
        feedback=[FeedbackExchange(hostile, "i_ask", hostile, hostile)],
        next_meeting=meeting(meeting_id=8, place=hostile),
    )
    rendered = render_recap(recap)
    html = MD.render(rendered)
    for tag in ("<script", "<div", "<a ", "<code", "<del>", "<table", "<blockquote", "<hr"):
        assert tag not in html
    assert html.count("<em>") == 1  # ours: the date the promise was kept
    assert "<em>(done Fri 4 Dec 2026)</em>" in html
    assert [h[1] for h in headings(MD.parse(rendered))] == [
        "Recap: mentoring with Grace Hopper",
        "What I heard",
        "What we agreed",
        "Grace Hopper's next steps",
        "Feedback",
        "Next meeting",
    ]


def test_same_data_gives_identical_bytes():
    agenda = Agenda(meeting=meeting(), questions=[Entry("Ünïcödé 中文 العربية")])
    assert render_agenda(agenda).encode() == render_agenda(agenda).encode()


def test_escape_keeps_ordinary_text_readable():
    assert escape_line("Director of Engineering, Northwind Labs") == (
        "Director of Engineering, Northwind Labs"
    )
    assert escape_line("snake_case stays, Q&A stays, C:\\Users stays") == (
        "snake_case stays, Q&A stays, C:\\Users stays"
    )


unicode_text = st.text(
    alphabet=st.characters(codec="utf-8"),
    min_size=1,
    max_size=80,
).filter(lambda t: words.lines_of(t))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=unicode_text)
def test_any_unicode_text_comes_out_literally(text: str):
    agenda = Agenda(
        meeting=meeting(),
        questions=[Entry(text)],
        feedback_wanted=[Entry("Fixed", details=text)],
    )
    tokens = MD.parse(render_agenda(agenda))
    assert [h[1] for h in headings(tokens)] == [
        "Agenda: mentoring with Grace Hopper",
        "Questions",
        "Feedback I would like",
    ]
    items = list_items(tokens)
    assert len(items) == 4 + 2
    shown, kinds = inline_text(items[4])
    assert shown == "\n".join(words.lines_of(text))
    assert kinds <= {"text", "hardbreak"}
    shown, _ = inline_text(items[5])
    assert shown == "Fixed\nMy own view: " + "\n".join(words.lines_of(text))


@settings(max_examples=150, deadline=None)
@given(name=unicode_text)
def test_any_mentor_name_stays_one_heading(name: str):
    agenda = Agenda(meeting=meeting(mentor_name=name), questions=[Entry("Q")])
    tokens = MD.parse(render_agenda(agenda))
    found = headings(tokens)
    assert [tag for tag, _ in found] == ["h1", "h2"]
    inline = next(t for t in tokens if t.type == "inline")
    shown, kinds = inline_text(inline)
    assert shown == "Agenda: mentoring with " + words.one_line(name)
    assert kinds <= {"text"}


def test_a_meeting_time_is_shown_in_its_own_zone():
    start = datetime(2026, 7, 1, 7, 30, tzinfo=UTC).astimezone(ZoneInfo("America/New_York"))
    text = render_agenda(
        Agenda(meeting=meeting(starts_at=start, timezone="America/New_York", duration_minutes=90))
    )
    assert "Wednesday 1 July 2026, 03:30–05:00 EDT (America/New_York)" in text
    assert "1 hour 30 minutes" in text
