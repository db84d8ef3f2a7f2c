"""The ``reminders`` sub-command: what is due at a moment, for scripts and tests (read-only)."""

from __future__ import annotations

import argparse
from datetime import datetime

from mentee_desktop.cli.context import print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    listing = subparsers.add_parser(
        "reminders",
        help="list the reminders due now (or at --at); marks nothing as shown",
    )
    listing.add_argument(
        "--at",
        metavar="ISO-8601",
        type=parse_moment,
        help="the moment to ask about, e.g. 2026-11-25T09:30 (local time) or with an offset",
    )
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=list_reminders)


def parse_moment(text: str) -> datetime:
    """An ISO-8601 moment; without an offset it is read in the user's timezone."""
    from zoneinfo import ZoneInfo

    from mentee_desktop.localzone import local_timezone_name

    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an ISO-8601 moment (e.g. 2026-11-25T09:30 or 2026-11-25T09:30+01:00)"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(local_timezone_name()))
    return moment


def list_reminders(args: argparse.Namespace, context) -> int:
    from zoneinfo import ZoneInfo

    from mentee_desktop.data.timestamps import utc_now
    from mentee_desktop.localzone import local_timezone_name
    from mentee_desktop.reminders import due_reminders

    zone = ZoneInfo(local_timezone_name())
    moment = args.at or utc_now()
    due = due_reminders(context.reading_store(), moment, zone)
    if args.json:
        return print_json([r.as_dict() for r in due])
    if not due:
        print(f"Nothing due at {moment.astimezone(zone):%Y-%m-%d %H:%M %Z}.")
        return 0
    for reminder in due:
        record = f"{reminder.record_kind} {reminder.record_id}"
        mark = "!" if reminder.urgent else " "
        print(f"{mark} {reminder.kind:<20} {record:<16} {reminder.title}")
        print(f"  {'':<20} {'':<16} {reminder.text}")
    return 0
