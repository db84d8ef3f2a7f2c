"""The rest of the loop on the command line: agenda items, listening notes, feedback requests
and action items, each listing with ``--json`` and stable ids."""

from __future__ import annotations

import argparse

from mentee_desktop.cli.context import CommandError, Context, record_id
from mentee_desktop.cli.loop_support import find_mentor, loop_errors, parse_day, show

KINDS = ("question", "topic", "update", "share", "feedback")


def register(subparsers: argparse._SubParsersAction) -> None:
    agenda = subparsers.add_parser("agenda", help="a meeting's agenda items")
    steps = agenda.add_subparsers(dest="agenda_action", metavar="ACTION", required=True)
    add = steps.add_parser("add", help="add an item to a meeting's agenda")
    add.add_argument("meeting", type=record_id, help="the meeting's id")
    add.add_argument("text")
    add.add_argument("--kind", choices=KINDS, default="question")
    add.add_argument("--details", default="")
    add.add_argument("--raised-by", choices=("me", "mentor"), default="me")
    add.set_defaults(handler=add_item)
    listing = steps.add_parser("list", help="list a meeting's agenda")
    listing.add_argument("meeting", type=record_id, help="the meeting's id")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=list_items)
    discussed = steps.add_parser("discussed", help="mark an item discussed")
    discussed.add_argument("id", type=record_id)
    discussed.set_defaults(handler=mark_discussed)
    move = steps.add_parser("move", help="move an item to another meeting of the same mentor")
    move.add_argument("id", type=record_id)
    move.add_argument("--to", type=record_id, required=True, metavar="MEETING")
    move.set_defaults(handler=move_item)

    notes = subparsers.add_parser("notes", help="listening notes")
    note_steps = notes.add_subparsers(dest="notes_action", metavar="ACTION", required=True)
    note = note_steps.add_parser("add", help="add a listening note to a meeting")
    note.add_argument("meeting", type=record_id, help="the meeting's id")
    note.add_argument("--heard", default="", help="what I heard")
    note.add_argument("--in-my-words", default="", help="my paraphrase")
    note.add_argument("--follow-up", default="", help="the follow-up question")
    note.add_argument("--insight", default="", help="the insight to act on")
    note.set_defaults(handler=add_note)

    feedback = subparsers.add_parser("feedback", help="feedback requests")
    fb_steps = feedback.add_subparsers(dest="feedback_action", metavar="ACTION", required=True)
    ask = fb_steps.add_parser("add", help="write down a feedback request")
    ask.add_argument("--mentor", metavar="NAME", required=True)
    ask.add_argument("question")
    ask.add_argument("--observation", default="", help="my own observation first")
    ask.add_argument("--mentor-asks", action="store_true", help="the mentor asks me")
    ask.add_argument("--meeting", type=record_id, help="the meeting it belongs to")
    ask.set_defaults(handler=add_feedback)
    asked = fb_steps.add_parser("asked", help="record that a request was asked")
    asked.add_argument("id", type=record_id)
    asked.set_defaults(handler=feedback_asked)
    answered = fb_steps.add_parser("answered", help="record the answer")
    answered.add_argument("id", type=record_id)
    answered.add_argument("answer")
    answered.set_defaults(handler=feedback_answered)

    actions = subparsers.add_parser("actions", help="action items")
    act_steps = actions.add_subparsers(dest="actions_action", metavar="ACTION", required=True)
    promise = act_steps.add_parser("add", help="add an action item")
    promise.add_argument("--mentor", metavar="NAME", required=True)
    promise.add_argument("title")
    promise.add_argument("--due", help="due date (YYYY-MM-DD)")
    promise.add_argument("--owner", choices=("me", "mentor"), default="me")
    promise.add_argument("--meeting", type=record_id, help="the meeting it was agreed at")
    promise.set_defaults(handler=add_action)
    done = act_steps.add_parser("done", help="tick an action item done")
    done.add_argument("id", type=record_id)
    done.set_defaults(handler=action_done)
    listed = act_steps.add_parser("list", help="list action items")
    listed.add_argument("--mentor", metavar="NAME")
    listed.add_argument("--status", choices=("open", "done", "dropped"))
    listed.add_argument("--json", action="store_true", help="print a JSON array")
    listed.set_defaults(handler=list_actions)


def _meeting(db, meeting_id: int):
    from mentee_desktop.data import meetings
    from mentee_desktop.data.errors import RecordNotFoundError

    try:
        return meetings.get(db, meeting_id)
    except RecordNotFoundError as exc:
        raise CommandError(f"there is no meeting with id {meeting_id}") from exc


def _item_row(item) -> dict:
    return {
        "id": item.id,
        "meeting": item.meeting_id,
        "kind": item.kind,
        "text": item.text,
        "status": item.status,
        "raised_by": item.raised_by,
        "carried_from": item.carried_from_id,
        "action_item": item.action_item_id,
        "feedback": item.feedback_id,
    }


def add_item(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.data import agenda_items
    from mentee_desktop.data.agenda_items import AgendaItem

    db = context.store()
    _meeting(db, args.meeting)
    item = AgendaItem(
        meeting_id=args.meeting,
        kind=args.kind,
        text=args.text,
        details=args.details,
        raised_by=args.raised_by,
    )
    with loop_errors():
        added = agenda_items.add(db, item)
    print(f"Added agenda item {added.id} to meeting {args.meeting}")
    return 0


def list_items(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.data import agenda_items

    db = context.reading_store()
    _meeting(db, args.meeting)
    rows = [_item_row(i) for i in agenda_items.list_for_meeting(db, args.meeting)]
    return show(rows, args.json, ["id", "kind", "status", "text"], "The agenda is empty.")


def mark_discussed(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.data import agenda_items

    db = context.store()
    with loop_errors():
        agenda_items.get(db, args.id)
        agenda_items.set_status(db, args.id, "discussed")
    print(f"Agenda item {args.id} discussed.")
    return 0


def move_item(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.data import lifecycle

    db = context.store()
    _meeting(db, args.to)
    with loop_errors():
        moved = lifecycle.move_item(db, args.id, args.to)
    print(f"Agenda item {moved.id} is on meeting {moved.meeting_id} now.")
    return 0


def add_note(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.data import listening_notes
    from mentee_desktop.data.listening_notes import ListeningNote

    db = context.store()
    _meeting(db, args.meeting)
    note = ListeningNote(
        meeting_id=args.meeting,
        heard=args.heard,
        in_my_words=args.in_my_words,
        follow_up=args.follow_up,
        insight=args.insight,
    )
    if note.is_empty:
        raise CommandError("a note needs something: --heard, --in-my-words, ...")
    with loop_errors():
        added = listening_notes.add(db, note)
    print(f"Added note {added.id} to meeting {args.meeting}")
    return 0


def add_feedback(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.data import feedback
    from mentee_desktop.data.feedback import FeedbackRequest

    db = context.store()
    mentor = find_mentor(db, args.mentor)
    if args.meeting is not None:
        _meeting(db, args.meeting)
    request = FeedbackRequest(
        mentor_id=mentor.id,
        question=args.question,
        my_observation=args.observation,
        direction="mentor_asks" if args.mentor_asks else "i_ask",
        meeting_id=args.meeting,
    )
    with loop_errors():
        added = feedback.add(db, request)
    print(f"Added feedback request {added.id} for {mentor.name}")
    return 0


def feedback_asked(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.data import feedback

    db = context.store()
    with loop_errors():
        feedback.get(db, args.id)
        feedback.set_status(db, args.id, "asked")
    print(f"Feedback request {args.id} asked.")
    return 0


def feedback_answered(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.data import feedback
    from mentee_desktop.data.errors import transaction

    db = context.store()
    with loop_errors(), transaction(db):
        request = feedback.get(db, args.id)
        request.answer = args.answer
        feedback.update(db, request)
        feedback.set_status(db, args.id, "answered")
    print(f"Feedback request {args.id} answered.")
    return 0


def add_action(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.data import action_items
    from mentee_desktop.data.action_items import ActionItem

    db = context.store()
    mentor = find_mentor(db, args.mentor)
    if args.meeting is not None:
        _meeting(db, args.meeting)
    item = ActionItem(
        mentor_id=mentor.id,
        title=args.title,
        owner=args.owner,
        due_on=parse_day(args.due),
        meeting_id=args.meeting,
    )
    with loop_errors():
        added = action_items.add(db, item)
    print(f"Added action item {added.id} for {mentor.name}")
    return 0


def action_done(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.data import action_items

    db = context.store()
    with loop_errors():
        action_items.get(db, args.id)
        action_items.set_done(db, args.id, True)
    print(f"Action item {args.id} done.")
    return 0


def list_actions(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.data import action_items, mentors

    db = context.reading_store()
    mentor_id = find_mentor(db, args.mentor).id if args.mentor else None
    names = {m.id: m.name for m in mentors.list_all(db, include_archived=True)}
    rows = [
        {
            "id": item.id,
            "mentor": names.get(item.mentor_id, "?"),
            "owner": item.owner,
            "title": item.title,
            "due_on": item.due_on.isoformat() if item.due_on else None,
            "status": item.status,
            "meeting": item.meeting_id,
        }
        for item in action_items.list_items(db, mentor_id=mentor_id, status=args.status)
    ]
    return show(rows, args.json, ["id", "status", "due_on", "title"], "No action items.")
