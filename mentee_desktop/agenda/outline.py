"""The shape of an agenda or recap document, shared by every renderer.

An :class:`Outline` is a title, a few facts (when, where, with whom) and a list of blocks:
headings, paragraphs and lists of items. Each renderer only decides how a block looks, so the
Markdown, plain text, PDF and calendar versions always say the same things in the same order.
Text in ``Item.text``, ``Item.lines`` and ``Paragraph.text`` is the user's and must be shown
literally; labels and ``Item.meta`` are ours.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mentee_desktop.agenda import words
from mentee_desktop.agenda.model import Agenda, Entry, MeetingInfo, Promise, PutToWork, Recap


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 2  # 2: a section, 3: a part of one


@dataclass(frozen=True)
class Paragraph:
    text: str
    quiet: bool = False  # a side remark (smaller, muted)


@dataclass(frozen=True)
class Item:
    text: str
    checked: bool | None = None  # None: no checkbox; else a task that is done or open
    meta: tuple[str, ...] = ()  # our short remarks: "due Fri 27 Nov 2026", "carried over"
    lines: tuple[tuple[str, str], ...] = ()  # (label, user text) shown under the item


@dataclass(frozen=True)
class ItemList:
    items: tuple[Item, ...]
    numbered: bool = False
    room_for_notes: bool = False  # leave space for handwriting under each item (print)


Block = Heading | Paragraph | ItemList


@dataclass(frozen=True)
class Outline:
    kind: str  # "agenda" or "recap"
    title: str
    facts: tuple[tuple[str, str], ...]
    blocks: tuple[Block, ...] = field(default_factory=tuple)
    footer: str = ""  # a short line for page footers
    label: str = ""  # what the document is, shown small above the subject: "Agenda"
    subject: str = ""  # the big heading of a printed page: "Mentoring with Amara"


def _facts(meeting: MeetingInfo, *, with_mentor: bool = True) -> tuple[tuple[str, str], ...]:
    facts = [("When", words.when(meeting)), ("Duration", words.duration(meeting.duration_minutes))]
    if meeting.place.strip():
        facts.append(("Where", words.one_line(meeting.place)))
    if with_mentor:
        who = words.one_line(meeting.mentor_name)
        role = words.one_line(meeting.mentor_role)
        facts.append(("With", f"{who}, {role}" if role else who))
    return tuple(facts)


def _entry_item(entry: Entry, mentor: str, observation_label: str = "Notes") -> Item:
    meta = []
    if entry.raised_by == "mentor":
        meta.append(f"raised by {mentor}")
    if entry.carried_over:
        meta.append("carried over from last time")
    if entry.discussed:
        meta.append("discussed")
    details = entry.details.strip()
    if details.lower().startswith(observation_label.lower() + ":"):
        details = details[len(observation_label) + 1 :].strip()  # typed the label already
    lines = ((observation_label, details),) if details else ()
    return Item(entry.text, meta=tuple(meta), lines=lines)


def _promise_item(promise: Promise) -> Item:
    if promise.done:
        meta = (f"done {words.short_date(promise.completed_on)}",) if promise.completed_on else ()
    else:
        meta = (f"due {words.short_date(promise.due_on)}",) if promise.due_on else ()
    lines = (("Notes", promise.details),) if promise.details.strip() else ()
    return Item(promise.title, checked=promise.done, meta=meta, lines=lines)


def _promises(promises: list[Promise], mentor: str, mine: str, theirs: str) -> list[Block]:
    blocks: list[Block] = []
    for owner, heading in (("me", mine), ("mentor", theirs.format(mentor=mentor))):
        own = tuple(_promise_item(p) for p in promises if p.owner == owner)
        if own:
            blocks += [Heading(heading, 3), ItemList(own)]
    return blocks


def _outline(kind: str, name: str, label: str, meeting: MeetingInfo, blocks: list) -> Outline:
    """The document around the blocks: its title, facts and footer name the mentor and day."""
    mentor = words.one_line(meeting.mentor_name)
    return Outline(
        kind=kind,
        title=f"{name}: mentoring with {mentor}",
        facts=_facts(meeting),
        blocks=tuple(blocks),
        footer=f"{name} · {mentor} · {words.short_date(meeting.starts_at.date())}",
        label=label,
        subject=f"Mentoring with {mentor}",
    )


def agenda_outline(agenda: Agenda) -> Outline:
    meeting = agenda.meeting
    mentor = words.one_line(meeting.mentor_name)
    blocks: list[Block] = []
    if note := words.status_note(meeting):
        blocks.append(Paragraph(note))
    if agenda.put_to_work:
        blocks.append(Heading("What I put to work"))
        blocks.append(Paragraph(f"Advice from {mentor} I tried, and what happened.", quiet=True))
        blocks.append(ItemList(tuple(_put_to_work_item(p, mentor) for p in agenda.put_to_work)))
    if agenda.updates:
        blocks.append(Heading("Updates on what we promised"))
        if agenda.previous_meeting_on:
            since = words.long_date(agenda.previous_meeting_on)
            blocks.append(Paragraph(f"Since our last meeting on {since}.", quiet=True))
        blocks += _promises(agenda.updates, mentor, "What I promised", "What {mentor} promised")
    for title, entries, numbered, room in (
        ("Questions", agenda.questions, True, True),
        ("Topics to discuss", agenda.topics, False, False),
        ("Something I can share", agenda.shares, False, False),
    ):
        if entries:
            items = tuple(_entry_item(e, mentor) for e in entries)
            blocks += [Heading(title), ItemList(items, numbered=numbered, room_for_notes=room)]
    if agenda.feedback_wanted:
        items = tuple(_entry_item(e, mentor, "My own view") for e in agenda.feedback_wanted)
        blocks += [Heading("Feedback I would like"), ItemList(items, room_for_notes=True)]
    if agenda.goals:
        goals = tuple(
            Item(
                g.title,
                meta=(f"by {words.short_date(g.target_on)}",) if g.target_on else (),
                lines=(("Why it matters", g.why),) if g.why.strip() else (),
            )
            for g in agenda.goals
        )
        blocks += [Heading("Goals in focus"), ItemList(goals)]
    if agenda.is_empty:
        blocks.append(Paragraph("Nothing on the agenda yet.", quiet=True))
    return _outline("agenda", "Agenda", "Agenda", meeting, blocks)


def _put_to_work_item(tried: PutToWork, mentor: str) -> Item:
    meta = []
    if tried.heard_on:
        meta.append(f"heard {words.short_date(tried.heard_on)}")
    if tried.applied_on:
        meta.append(f"tried by {words.short_date(tried.applied_on)}")
    lines = ((f"{mentor} suggested", tried.insight), ("What happened", tried.outcome))
    return Item("", meta=tuple(meta), lines=lines)


def _feedback_item(exchange, mentor: str) -> Item:
    if exchange.direction == "mentor_asks":
        lines = [(f"{mentor} asked me", exchange.question)]
        if exchange.answer.strip():
            lines.append(("My answer", exchange.answer))
        meta = () if exchange.answer.strip() else ("I will answer this next time",)
        return Item("", meta=meta, lines=tuple(lines))
    lines = [("I asked", exchange.question)]
    if exchange.answer.strip():
        lines.append((f"{mentor}'s answer", exchange.answer))
    if exchange.what_i_do.strip():
        lines.append(("What I will do with it", exchange.what_i_do))
    return Item("", lines=tuple(lines))


def recap_outline(recap: Recap) -> Outline:
    meeting = recap.meeting
    mentor = words.one_line(meeting.mentor_name)
    blocks: list[Block] = []
    if note := words.status_note(meeting):
        blocks.append(Paragraph(note))
    if recap.summary.strip():
        blocks.append(Paragraph(recap.summary))
    if recap.discussed:
        items = tuple(Item(e.text) for e in recap.discussed)
        blocks += [Heading("What we talked about"), ItemList(items)]
    if recap.heard:
        items = []
        for note in recap.heard:
            labelled = [
                ("I heard", note.heard),
                ("In my own words", note.in_my_words),
                ("My follow-up question", note.follow_up),
                ("What I take from it", note.insight),
            ]
            if note.insight_state == "applied":
                labelled.append(("What happened when I tried it", note.insight_outcome))
            elif note.insight_state == "let_go":
                labelled.append(("Why I let it go", note.insight_outcome))
            items.append(Item("", lines=tuple((k, v) for k, v in labelled if v.strip())))
        blocks += [Heading("What I heard"), ItemList(tuple(items))]
    if recap.agreed:
        blocks.append(Heading("What we agreed"))
        blocks += _promises(recap.agreed, mentor, "My next steps", "{mentor}'s next steps")
    if recap.feedback:
        items = tuple(_feedback_item(f, mentor) for f in recap.feedback)
        blocks += [Heading("Feedback"), ItemList(items)]
    if recap.next_meeting is not None:
        following = recap.next_meeting
        lines = [("When", words.when(following))]
        if following.place.strip():
            lines.append(("Where", words.one_line(following.place)))
        blocks += [Heading("Next meeting"), ItemList((Item("", lines=tuple(lines)),))]
    return _outline("recap", "Recap", "Meeting recap", meeting, blocks)
