"""Sub-commands over the store itself: sample-data, check (meetings: meeting_commands)."""

from __future__ import annotations

import argparse

from mentee_desktop.cli.context import Context, known_errors


def register(subparsers: argparse._SubParsersAction) -> None:
    sample = subparsers.add_parser(
        "sample-data", help="add a sample mentor with a short history (once)"
    )
    sample.set_defaults(handler=sample_data)

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
