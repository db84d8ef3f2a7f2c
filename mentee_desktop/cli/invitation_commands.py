"""import-ics: calendar invitations in (a file, or '-' for standard input)."""

from __future__ import annotations

import argparse
import sys

from mentee_desktop.cli.context import CommandError, Context


def register(subparsers: argparse._SubParsersAction) -> None:
    command = subparsers.add_parser(
        "import-ics",
        help="add, move or cancel meetings from a calendar invitation (.ics)",
        description="Read a calendar invitation and add its meetings (a series up to the "
        "horizon, six months by default), move the ones it moved and cancel the ones it "
        "cancelled. Importing the same file twice changes nothing. The mentor is found by "
        "the organizer's or an attendee's e-mail in a mentor's contact; otherwise name one "
        "with --mentor.",
    )
    command.add_argument("file", metavar="FILE", help="the .ics file, or - for standard input")
    command.add_argument("--mentor", metavar="NAME", help="the mentor for unmatched events")
    command.set_defaults(handler=import_ics)


def _mentor_id(db, name: str | None) -> int | None:
    from mentee_desktop.data import mentors

    if name is None:
        return None
    found = mentors.find_by_name(db, name)
    if not found:
        raise CommandError(f"no mentor is called {name!r}")
    if len(found) > 1:
        names = ", ".join(m.name for m in found[:5])
        raise CommandError(f"{name!r} could be several mentors ({names}); be more precise")
    return found[0].id


def import_ics(args: argparse.Namespace, context: Context) -> int:
    from pathlib import Path

    from mentee_desktop.cli.store_commands import known_errors
    from mentee_desktop.data.timestamps import utc_now
    from mentee_desktop.invitations import source, words
    from mentee_desktop.invitations.apply import apply_plan
    from mentee_desktop.invitations.plan import NoMentorError, make_plan
    from mentee_desktop.invitations.read import InvitationError, read_invitation
    from mentee_desktop.localzone import local_timezone_name

    try:
        if args.file == "-":
            data = source.read_stream(sys.stdin.buffer)
        else:
            data = source.read_bytes(Path(args.file))
    except InvitationError as exc:
        raise CommandError(str(exc)) from exc
    db = context.store()
    now = utc_now()
    mentor_id = _mentor_id(db, args.mentor)
    try:
        invitation = read_invitation(
            data, now=now, user_zone=local_timezone_name(), horizon_days=source.horizon_days(db)
        )
        plan = make_plan(db, invitation, now=now, mentor_id=mentor_id)
    except InvitationError as exc:
        raise CommandError(f"not imported: {exc}") from exc
    except NoMentorError as exc:
        raise CommandError(
            f"no mentor's contact matches {exc}; name the mentor with --mentor NAME"
        ) from exc
    for reason in plan.skipped:
        print(f"Left out: {reason}", file=sys.stderr)
    with known_errors():
        result = apply_plan(db, plan, now=now)
    print(words.summary(result) + ".")
    return 0
