"""``search QUERY``: find any word ever written, from the command line."""

from __future__ import annotations

import argparse

from mentee_desktop.cli.context import Context, int_in_range, print_json
from mentee_desktop.data.record_kind import RecordKindWords

MAX_LIMIT = 10_000


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("search", help="search everything you wrote")
    parser.add_argument("query", metavar="QUERY", help="words to find (prefixes match)")
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    parser.add_argument(
        "--limit",
        type=int_in_range(1, MAX_LIMIT),
        default=50,
        help=f"at most this many results (1 to {MAX_LIMIT})",
    )
    parser.set_defaults(handler=run_search)


def run_search(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.data.search import grouped, search

    hits = search(context.reading_store(), args.query, limit=args.limit)
    if args.json:
        rows = [
            {
                "kind": hit.kind,
                "id": hit.record_id,
                "title": hit.title,
                "snippet": hit.snippet_plain(),
                "rank": round(hit.rank, 4),
            }
            for hit in hits
        ]
        return print_json(rows)
    if not hits:
        print("No matches.")
        return 0
    for kind, group in grouped(hits).items():
        print(f"{RecordKindWords().heading(kind)}:")
        for hit in group:
            snippet = hit.snippet.replace("\ue000", "[").replace("\ue001", "]")
            print(f"  #{hit.record_id}  {' '.join(snippet.split())}")
    return 0
