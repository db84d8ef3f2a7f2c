"""Sub-commands over the store itself: sample-data, meetings, check."""

from __future__ import annotations

import argparse

from mentee_desktop.cli.context import CommandError, Context, known_errors, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    sample = subparsers.add_parser(
        "sample-data", help="add a sample mentor with a short history (once)"
    )
    sample.set_defaults(handler=sample_data)

    listing = subparsers.add_parser("meetings", help="list meetings")
    listing.add_argument("--mentor", metavar="NAME", help="only this mentor's meetings")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=list_meetings)

    check = subparsers.add_parser("check", help="check the database's integrity")
    check.set_defaults(handler=check_store)


def sample_data(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.data.sample import add_sample
    from mentee_desktop.data.timestamps import utc_now
    from mentee_desktop.localzone import local_timezone_name

    db = context.store()
    with known_errors():
        result = add_sample(db, now=utc_now(), zone_name=local_timezone_name())
    if result.created:
        print(f"Added the sample mentor {result.mentor.name!r} in {context.data_dir}")
    else:
        print(f"The sample mentor {result.mentor.name!r} is already there; nothing added")
    return 0


def list_meetings(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.data import meetings, mentors

    db = context.reading_store()
    mentor_id = None
    if args.mentor is not None:
        found = mentors.find_by_name(db, args.mentor)
        if not found:
            raise CommandError(f"no mentor named {args.mentor!r}")
        if len(found) > 1:
            names = ", ".join(m.name for m in found)
            raise CommandError(f"{args.mentor!r} matches several mentors: {names}")
        mentor_id = found[0].id
    names = {m.id: m.name for m in mentors.list_all(db, include_archived=True)}
    rows = [
        {
            "id": meeting.id,
            "mentor": names.get(meeting.mentor_id, "?"),
            "start": meeting.starts_at.astimezone().isoformat(timespec="minutes"),
            "status": meeting.status,
        }
        for meeting in meetings.list_all(db, mentor_id=mentor_id)
    ]
    if args.json:
        return print_json(rows)
    if not rows:
        print("No meetings yet.")
        return 0
    width = max(len(r["mentor"]) for r in rows)
    for row in rows:
        start = row["start"].replace("T", " ")
        print(f"{row['id']:>6}  {start:<22}  {row['mentor']:<{width}}  {row['status']}")
    return 0


def check_store(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.data.health import run_checks

    report = run_checks(context.reading_store())
    print(f"schema version: {report.schema_version}")
    print(f"integrity: {'ok' if report.integrity_ok else 'FAILED'}")
    for problem in report.integrity_problems + report.schema_problems:
        print(f"  {problem}")
    print(f"foreign keys: {'ok' if not report.foreign_key_problems else 'FAILED'}")
    for problem in report.foreign_key_problems:
        print(f"  {problem}")
    return 0 if report.healthy else 1
