"""What the mentoring-loop sub-commands share: finding records by name or id, known errors,
and printing a listing as text or JSON with stable ids."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime

from sqlite_utils import Database

from mentee_desktop.cli.context import CommandError


@contextmanager
def loop_errors() -> Iterator[None]:
    """Store errors and refused values (a bad zone, empty text) become one clear line."""
    from mentee_desktop.data.errors import StoreError

    try:
        yield
    except (StoreError, ValueError) as exc:
        raise CommandError(str(exc)) from exc


def find_mentor(db: Database, name: str):
    """The one mentor a name points to (exact, else part of a name); a clear error otherwise."""
    from mentee_desktop.data import mentors

    found = mentors.find_by_name(db, name)
    if not found:
        raise CommandError(f"no mentor named {name!r}")
    if len(found) > 1:
        names = ", ".join(m.name for m in found)
        raise CommandError(f"{name!r} matches several mentors: {names}")
    return found[0]


def parse_moment(text: str, zone_name: str) -> datetime:
    """An ISO-8601 date and time; without an offset it is read in ``zone_name``."""
    from zoneinfo import ZoneInfo

    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise CommandError(f"{text!r} is not an ISO-8601 date and time") from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(zone_name))
    return moment


def parse_day(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise CommandError(f"{text!r} is not an ISO-8601 date (YYYY-MM-DD)") from exc


def check_zone(name: str) -> str:
    from mentee_desktop.data.meetings import check_timezone

    try:
        check_timezone(name)
    except ValueError as exc:
        raise CommandError(str(exc)) from exc
    return name


def show(rows: list[dict], as_json: bool, columns: list[str], empty: str) -> int:
    """Print rows as a JSON array, or one aligned line each with the given columns."""
    if as_json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not rows:
        print(empty)
        return 0
    widths = {c: max(len(str(r[c] if r[c] is not None else "")) for r in rows) for c in columns}
    for row in rows:
        cells = [str(row[c] if row[c] is not None else "").ljust(widths[c]) for c in columns]
        print("  ".join(cells).rstrip())
    return 0


def open_items(count: int) -> str:
    """ "1 open item", "3 open items": the command line's English, counted properly."""
    return "1 open item" if count == 1 else f"{count} open items"
