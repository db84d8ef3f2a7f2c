"""Sub-commands that export a meeting: export-agenda (Markdown, PDF, iCalendar, e-mail draft),
export-recap (Markdown, PDF, e-mail draft)."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from mentee_desktop.cli.context import (
    MAX_ID,
    CommandError,
    Context,
    gui_application,
    known_errors,
)

AGENDA_FORMATS = ("md", "pdf", "ics", "eml")
RECAP_FORMATS = ("md", "pdf", "eml")


def _meeting_choice(keyword: str):
    """An argparse type: a meeting id, or the keyword (``next`` / ``last``)."""

    def parse(value: str) -> int | str:
        if value.strip().lower() == keyword:
            return keyword
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"expected a meeting id or '{keyword}', not {value!r}"
            ) from None
        if not 0 < number <= MAX_ID:
            raise argparse.ArgumentTypeError(
                f"a meeting id is a number from 1 to {MAX_ID}, not {value}"
            )
        return number

    parse.__name__ = "meeting"
    return parse


def register(subparsers: argparse._SubParsersAction) -> None:
    agenda = subparsers.add_parser(
        "export-agenda",
        help="write a meeting's agenda as Markdown, PDF, iCalendar or an e-mail draft",
        description="Write a meeting's agenda. The format follows the file's extension "
        "(.md, .pdf, .ics, .eml) unless --format says otherwise; '--output -' writes to "
        "stdout. An .eml is a draft to the mentor with the PDF and calendar event attached.",
    )
    agenda.add_argument("--meeting", required=True, type=_meeting_choice("next"), metavar="ID|next")
    agenda.add_argument("--format", choices=AGENDA_FORMATS)
    agenda.add_argument("--output", required=True, metavar="FILE")
    agenda.set_defaults(handler=export_agenda)

    recap = subparsers.add_parser(
        "export-recap",
        help="write the recap of a held meeting as Markdown, PDF or an e-mail draft",
        description="Write what a held meeting gave: notes in my own words, what we agreed, "
        "feedback, the next meeting. 'last' is the most recent held meeting.",
    )
    recap.add_argument("--meeting", required=True, type=_meeting_choice("last"), metavar="ID|last")
    recap.add_argument("--format", choices=RECAP_FORMATS)
    recap.add_argument("--output", required=True, metavar="FILE")
    recap.set_defaults(handler=export_recap)


def _choose_format(args: argparse.Namespace, allowed: tuple[str, ...]) -> str:
    from mentee_desktop.agenda.files import format_from_path

    if args.format:
        chosen = args.format
    elif args.output == "-":
        chosen = "md"
    else:
        chosen = format_from_path(args.output)
        if chosen is None:
            names = "|".join(allowed)
            raise CommandError(
                f"cannot tell the format from {args.output!r}; add --format {names} "
                f"or use one of the extensions {', '.join('.' + f for f in allowed)}"
            )
    if chosen not in allowed:
        raise CommandError(f"this cannot be exported as {chosen}; choose {' or '.join(allowed)}")
    if chosen in ("pdf", "eml") and args.output == "-":
        raise CommandError(
            f"{chosen.upper()} is not written to the terminal; give a file name with --output"
        )
    return chosen


def _emit(args: argparse.Namespace, data: bytes) -> int:
    from mentee_desktop.agenda.files import ExportError, write_atomically

    if args.output == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return 0
    try:
        target = write_atomically(args.output, data)
    except ExportError as exc:
        raise CommandError(str(exc)) from exc
    print(f"Wrote {target}")
    return 0


def _meeting_id(db, choice: int | str, now: datetime) -> int:
    from mentee_desktop.agenda import build

    if choice == "next":
        return build.find_next_meeting(db, now)
    if choice == "last":
        return build.find_last_held_meeting(db, now)
    return int(choice)


def export_agenda(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.agenda import build
    from mentee_desktop.data.timestamps import utc_now

    chosen = _choose_format(args, AGENDA_FORMATS)
    db = context.reading_store()
    now = utc_now()
    try:
        agenda = build.build_agenda(db, _meeting_id(db, args.meeting, now), now=now)
    except build.NoSuchMeetingError as exc:
        raise CommandError(str(exc)) from exc
    if chosen == "md":
        from mentee_desktop.agenda.markdown import render_agenda

        data = render_agenda(agenda).encode("utf-8")
    elif chosen == "ics":
        from mentee_desktop.agenda import ics

        with known_errors():
            options = ics.calendar_options(db)
        data = ics.render_agenda(agenda, options=options, now=now)
    elif chosen == "eml":
        from mentee_desktop.agenda import eml, ics, pdf

        gui_application()

        with known_errors():
            options = ics.calendar_options(db)
        data = eml.agenda_message(
            agenda,
            to=_mentor_address(db, agenda.meeting.meeting_id),
            pdf=pdf.render_agenda(agenda),
            ics=ics.render_agenda(agenda, options=options, now=now),
            now=now,
        )
    else:
        from mentee_desktop.agenda import pdf

        gui_application()
        data = pdf.render_agenda(agenda)
    return _emit(args, data)


def _mentor_address(db, meeting_id: int) -> str:
    from mentee_desktop.agenda.eml import address_for_meeting

    return address_for_meeting(db, meeting_id)


def export_recap(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.agenda import build
    from mentee_desktop.data.timestamps import utc_now

    chosen = _choose_format(args, RECAP_FORMATS)
    db = context.reading_store()
    now = utc_now()
    try:
        meeting_id = _meeting_id(db, args.meeting, now)
        recap = build.build_recap(db, meeting_id, now=now)
    except build.NoSuchMeetingError as exc:
        raise CommandError(str(exc)) from exc
    if recap.meeting.status == "planned" and recap.meeting.starts_at > now:
        raise CommandError(
            f"meeting {meeting_id} has not taken place yet; a recap needs a held meeting"
        )
    if chosen == "md":
        from mentee_desktop.agenda.markdown import render_recap

        data = render_recap(recap).encode("utf-8")
    elif chosen == "eml":
        from mentee_desktop.agenda import eml, pdf

        gui_application()

        data = eml.recap_message(
            recap,
            to=_mentor_address(db, meeting_id),
            pdf=pdf.render_recap(recap),
            now=now,
        )
    else:
        from mentee_desktop.agenda import pdf

        gui_application()
        data = pdf.render_recap(recap)
    return _emit(args, data)
