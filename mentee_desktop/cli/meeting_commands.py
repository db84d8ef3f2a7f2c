"""Mentors and meetings on the command line: add, edit, archive, plan, reschedule, record the
outcome. Meetings go through the lifecycle rule (docs/meeting-lifecycle.md)."""

from __future__ import annotations

import argparse

from mentee_desktop.cli.context import CommandError, Context, int_in_range, record_id
from mentee_desktop.cli.loop_support import (
    check_zone,
    find_mentor,
    loop_errors,
    open_items,
    parse_day,
    parse_moment,
    show,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    people = subparsers.add_parser("mentors", help="list, add, edit or archive mentors")
    people.add_argument("--json", action="store_true", help="print a JSON array")
    people.add_argument("--all", action="store_true", help="include archived mentors")
    people.set_defaults(handler=list_mentors)
    actions = people.add_subparsers(dest="mentors_action", metavar="ACTION")
    listing = actions.add_parser("list", help="list mentors")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.add_argument("--all", action="store_true", help="include archived mentors")
    listing.set_defaults(handler=list_mentors)
    for name, handler in (("add", add_mentor), ("edit", edit_mentor)):
        parser = actions.add_parser(name, help=f"{name} a mentor")
        parser.add_argument("name", help="the mentor's name" if name == "add" else "who")
        if name == "edit":
            parser.add_argument("--name", dest="new_name", help="a new name")
        parser.add_argument("--role", help="role and organisation")
        parser.add_argument("--contact", help="e-mail, phone or chat handle")
        parser.add_argument("--zone", help="the mentor's time zone (IANA, e.g. Asia/Tokyo)")
        parser.add_argument(
            "--cadence", type=int_in_range(1, 3650), help="how often you meet, in days"
        )
        parser.add_argument("--started", help="when the mentoring started (YYYY-MM-DD)")
        parser.set_defaults(handler=handler)
    archive = actions.add_parser("archive", help="archive (or --restore) a mentor")
    archive.add_argument("name")
    archive.add_argument("--restore", action="store_true", help="bring an archived mentor back")
    archive.set_defaults(handler=archive_mentor)

    meetings = subparsers.add_parser("meetings", help="list, plan or change meetings")
    meetings.add_argument("--mentor", metavar="NAME", help="only this mentor's meetings")
    meetings.add_argument("--json", action="store_true", help="print a JSON array")
    meetings.set_defaults(handler=list_meetings)
    steps = meetings.add_subparsers(dest="meetings_action", metavar="ACTION")
    plan = steps.add_parser("plan", help="plan a meeting (defaults as in the window)")
    plan.add_argument("--mentor", metavar="NAME", required=True)
    plan.add_argument("--at", metavar="ISO", help="start; without an offset, in --zone")
    plan.add_argument("--zone", help="the meeting's time zone (default: the mentor's)")
    plan.add_argument("--duration", type=int_in_range(1, 24 * 60), help="minutes")
    plan.add_argument("--place", help="place or link")
    plan.add_argument("--json", action="store_true", help="print the meeting as JSON")
    plan.set_defaults(handler=plan_meeting)
    edit = steps.add_parser("edit", help="reschedule or change a meeting")
    edit.add_argument("id", type=record_id)
    edit.add_argument("--at", metavar="ISO", help="new start; without an offset, in its zone")
    edit.add_argument("--zone", help="the meeting's time zone")
    edit.add_argument("--duration", type=int_in_range(1, 24 * 60), help="minutes")
    edit.add_argument("--place", help="place or link")
    edit.add_argument("--summary", help="what the meeting gave, in a sentence or two")
    edit.set_defaults(handler=edit_meeting)
    for name, status in (("held", "held"), ("cancelled", "cancelled"), ("planned", "planned")):
        step = steps.add_parser(name, help=f"record that a meeting is {name}")
        step.add_argument("id", type=record_id)
        step.set_defaults(handler=record_outcome, status=status)
    delete = steps.add_parser("delete", help="delete a meeting with its own agenda and notes")
    delete.add_argument("id", type=record_id)
    delete.set_defaults(handler=delete_meeting)


def _mentor_row(mentor) -> dict:
    return {
        "id": mentor.id,
        "name": mentor.name,
        "role": mentor.role,
        "contact": mentor.contact,
        "zone": mentor.timezone,
        "cadence_days": mentor.cadence_days,
        "started_on": mentor.started_on.isoformat() if mentor.started_on else None,
        "archived": mentor.archived,
    }


def list_mentors(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.data import mentors

    db = context.reading_store()
    rows = [_mentor_row(m) for m in mentors.list_all(db, include_archived=args.all)]
    return show(rows, args.json, ["id", "name", "zone", "role"], "No mentors yet.")


def _apply(mentor, args: argparse.Namespace):
    for option, attribute in (("role", "role"), ("contact", "contact")):
        value = getattr(args, option)
        if value is not None:
            setattr(mentor, attribute, value)
    if args.zone is not None:
        mentor.timezone = check_zone(args.zone) if args.zone else ""
    if args.cadence is not None:
        mentor.cadence_days = args.cadence
    if args.started is not None:
        mentor.started_on = parse_day(args.started)
    return mentor


def add_mentor(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.data import mentors
    from mentee_desktop.data.mentors import Mentor

    db = context.store()
    with loop_errors():
        added = mentors.add(db, _apply(Mentor(name=args.name.strip()), args))
    print(f"Added mentor {added.id}: {added.name}")
    return 0


def edit_mentor(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.data import mentors

    db = context.store()
    mentor = _apply(find_mentor(db, args.name), args)
    if args.new_name is not None:
        mentor.name = args.new_name.strip()
    with loop_errors():
        saved = mentors.update(db, mentor)
    print(f"Saved mentor {saved.id}: {saved.name}")
    return 0


def archive_mentor(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.data import mentors

    db = context.store()
    mentor = find_mentor(db, args.name)
    with loop_errors():
        mentors.set_archived(db, mentor.id, not args.restore)
    print(f"{'Restored' if args.restore else 'Archived'} mentor {mentor.id}: {mentor.name}")
    return 0


def _meeting_row(meeting, names: dict[int, str]) -> dict:
    return {
        "id": meeting.id,
        "mentor": names.get(meeting.mentor_id, "?"),
        "start": meeting.starts_at.astimezone().isoformat(timespec="minutes"),
        "status": meeting.status,
        "zone": meeting.timezone,
        "local_start": meeting.local_start.isoformat(timespec="minutes"),
        "duration_minutes": meeting.duration_minutes,
        "place": meeting.place,
    }


def list_meetings(args: argparse.Namespace, context: Context) -> int:
    """Every meeting, of every status, oldest first: id, mentor, start, status (``plan
    --json`` shows a meeting in full)."""
    from mentee_desktop.data import meetings, mentors

    db = context.reading_store()
    mentor_id = find_mentor(db, args.mentor).id if args.mentor is not None else None
    names = {m.id: m.name for m in mentors.list_all(db, include_archived=True)}
    fields = ("id", "mentor", "start", "status")
    rows = [
        {key: value for key, value in _meeting_row(m, names).items() if key in fields}
        for m in meetings.list_all(db, mentor_id=mentor_id)
    ]
    if not args.json:
        for row in rows:
            row["start"] = row["start"].replace("T", " ")
    return show(rows, args.json, ["id", "start", "mentor", "status"], "No meetings yet.")


def plan_meeting(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.data import agenda_items, lifecycle
    from mentee_desktop.data.timestamps import utc_now
    from mentee_desktop.localzone import local_timezone_name

    db = context.store()
    mentor = find_mentor(db, args.mentor)
    now = utc_now()
    with loop_errors():
        meeting = lifecycle.suggest_next(db, mentor.id, now, local_timezone_name())
    if args.zone is not None:
        meeting.timezone = check_zone(args.zone)
    if args.at is not None:
        meeting.starts_at = parse_moment(args.at, meeting.timezone)
    if args.duration is not None:
        meeting.duration_minutes = args.duration
    if args.place is not None:
        meeting.place = args.place
    with loop_errors():
        planned = lifecycle.plan(db, meeting, now=now)
    carried = [i for i in agenda_items.list_for_meeting(db, planned.id) if i.is_carried_over]
    if args.json:
        row = _meeting_row(planned, {mentor.id: mentor.name}) | {"carried_in": len(carried)}
        return show([row], True, [], "")
    local = planned.local_start.strftime("%Y-%m-%d %H:%M")
    print(f"Planned meeting {planned.id} with {mentor.name}: {local} {planned.timezone}")
    if carried:
        print(f"Brought in {open_items(len(carried))} from earlier meetings.")
    return 0


def _meeting(db, meeting_id: int):
    from mentee_desktop.data import meetings
    from mentee_desktop.data.errors import RecordNotFoundError

    try:
        return meetings.get(db, meeting_id)
    except RecordNotFoundError as exc:
        raise CommandError(f"there is no meeting with id {meeting_id}") from exc


def edit_meeting(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.data import lifecycle
    from mentee_desktop.data.timestamps import utc_now

    db = context.store()
    meeting = _meeting(db, args.id)
    if args.zone is not None:
        local = meeting.local_start.replace(tzinfo=None)
        meeting.timezone = check_zone(args.zone)
        meeting.starts_at = parse_moment(local.isoformat(), meeting.timezone)
    if args.at is not None:
        meeting.starts_at = parse_moment(args.at, meeting.timezone)
    for option, attribute in (
        ("duration", "duration_minutes"),
        ("place", "place"),
        ("summary", "summary"),
    ):
        if getattr(args, option) is not None:
            setattr(meeting, attribute, getattr(args, option))
    with loop_errors():
        saved = lifecycle.edit(db, meeting, now=utc_now())
    local = saved.local_start.strftime("%Y-%m-%d %H:%M")
    print(f"Saved meeting {saved.id}: {local} {saved.timezone}, {saved.status}")
    return 0


def record_outcome(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.data import agenda_items, lifecycle
    from mentee_desktop.data.timestamps import utc_now

    db = context.store()
    _meeting(db, args.id)
    with loop_errors():
        lifecycle.set_status(db, args.id, args.status, now=utc_now())
    agenda = agenda_items.list_for_meeting(db, args.id)
    moved = sum(1 for i in agenda if i.status == "carried_over")
    waiting = sum(1 for i in agenda if i.status == "open" and i.action_item_id is None)
    print(f"Meeting {args.id} is {args.status}.")
    if args.status != "planned" and moved:
        print(f"{open_items(moved).capitalize()} moved on to the next planned meeting.")
    if args.status != "planned" and waiting:
        print(f"{open_items(waiting).capitalize()} will wait for the next meeting you plan.")
    return 0


def delete_meeting(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.data import lifecycle
    from mentee_desktop.data.timestamps import utc_now

    db = context.store()
    _meeting(db, args.id)
    with loop_errors():
        lifecycle.delete(db, args.id, now=utc_now())
    print(f"Deleted meeting {args.id}.")
    return 0
