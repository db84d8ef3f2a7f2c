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
        "with --mentor. Every imported series is kept: --extend (without FILE) adds the "
        "occurrences that have come within the horizon since; the window does this by itself "
        "once a day.",
    )
    command.add_argument(
        "file", metavar="FILE", nargs="?", help="the .ics file, or - for standard input"
    )
    command.add_argument("--mentor", metavar="NAME", help="the mentor for unmatched events")
    command.add_argument(
        "--extend",
        action="store_true",
        help="add the meetings of kept series up to the horizon from today (no FILE)",
    )
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


def extend(context: Context) -> int:
    """Plan every kept series up to today + the horizon; one line per series that gained."""
    from mentee_desktop.cli.store_commands import known_errors
    from mentee_desktop.data.timestamps import utc_now
    from mentee_desktop.invitations.series import extend_series
    from mentee_desktop.localzone import local_timezone_name

    db = context.store()
    with known_errors():
        extended = extend_series(db, utc_now(), local_timezone_name())
    for one in extended:
        count = len(one.added)
        meetings = "1 more meeting" if count == 1 else f"{count} more meetings"
        line = f"{meetings} from the series “{one.title}” added"
        if one.result.moved or one.result.cancelled:
            line += f" ({len(one.result.moved)} moved, {len(one.result.cancelled)} cancelled)"
        print(line + ".")
    if not extended:
        print("Nothing to add: every kept series is planned up to the horizon.")
    return 0


def import_ics(args: argparse.Namespace, context: Context) -> int:
    from pathlib import Path

    from mentee_desktop.cli.store_commands import known_errors
    from mentee_desktop.data.timestamps import utc_now
    from mentee_desktop.invitations import source, words
    from mentee_desktop.invitations.apply import apply_plan
    from mentee_desktop.invitations.plan import NoMentorError, make_plan
    from mentee_desktop.invitations.read import InvitationError, read_invitation
    from mentee_desktop.localzone import local_timezone_name

    if args.extend:
        if args.file is not None or args.mentor is not None:
            raise CommandError("--extend takes no FILE and no --mentor")
        return extend(context)
    if args.file is None:
        raise CommandError("import-ics needs a FILE (or - for standard input), or --extend")
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
