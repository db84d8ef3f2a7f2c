"""``insights``: what I heard and how putting it to work went, from the command line.

``insights`` lists them (``--mentor``, ``--state``, ``--json``); ``insights trying ID``,
``insights applied ID --what TEXT`` and ``insights letgo ID --why TEXT`` record progress.
"""

from __future__ import annotations

import argparse

from mentee_desktop.cli.context import CommandError, Context, print_json, record_id
from mentee_desktop.cli.loop_support import find_mentor, loop_errors

STATE_WORDS = {"new": "new", "trying": "trying", "applied": "applied", "let_go": "let go"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("insights", help="what you heard and whether you put it to work")
    parser.add_argument("--mentor", metavar="NAME", help="only this mentor's insights")
    parser.add_argument(
        "--state",
        choices=("new", "trying", "applied", "let_go", "open"),
        help="only insights in this state (open: new or trying)",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    parser.set_defaults(handler=list_insights)
    actions = parser.add_subparsers(dest="insight_action", metavar="ACTION")
    trying = actions.add_parser("trying", help="say you are trying an insight")
    trying.add_argument("id", type=record_id, metavar="ID")
    trying.set_defaults(handler=mark, state="trying", words=None)
    applied = actions.add_parser("applied", help="say you put an insight to work")
    applied.add_argument("id", type=record_id, metavar="ID")
    applied.add_argument("--what", required=True, metavar="TEXT", help="what happened")
    applied.set_defaults(handler=mark, state="applied")
    letgo = actions.add_parser("letgo", help="let an insight go")
    letgo.add_argument("id", type=record_id, metavar="ID")
    letgo.add_argument("--why", required=True, metavar="TEXT", help="why you let it go")
    letgo.set_defaults(handler=mark, state="let_go")


def _as_dict(insight) -> dict:
    return {
        "id": insight.id,
        "mentor": insight.mentor_name,
        "heard_at": insight.heard_at.isoformat(timespec="seconds"),
        "meeting_id": insight.meeting_id,
        "source": {"kind": insight.source, "id": insight.source_id},
        "insight": insight.text,
        "state": insight.state,
        "outcome": insight.outcome,
        "state_at": insight.state_at.isoformat(timespec="seconds") if insight.state_at else None,
    }


def list_insights(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.data import insights

    db = context.reading_store()
    mentor_id = find_mentor(db, args.mentor).id if args.mentor else None
    states = insights.OPEN_STATES if args.state == "open" else (args.state,) if args.state else None
    found = insights.list_insights(db, mentor_id=mentor_id, states=states)
    if args.json:
        return print_json([_as_dict(i) for i in found])
    if not found:
        print("No insights.")
        return 0
    for insight in found:
        text = " ".join(insight.text.split())
        state = STATE_WORDS[insight.state]
        heard = f"{insight.heard_at:%Y-%m-%d}"
        print(f"#{insight.id:<5} {heard}  {insight.mentor_name}  [{state}]  {text}")
        if insight.outcome:
            print(f"        {' '.join(insight.outcome.split())}")
    return 0


def mark(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.data import insights
    from mentee_desktop.data.timestamps import utc_now

    words = getattr(args, "what", None) or getattr(args, "why", None)
    if args.state != "trying" and not (words or "").strip():
        raise CommandError("say in a few words what happened (or why you let it go)")
    with loop_errors():
        insight = insights.mark(context.store(), args.id, args.state, words, now=utc_now())
    text = " ".join(insight.text.split())
    print(f"Insight #{insight.id} is now {STATE_WORDS[insight.state]}: {text}")
    return 0
