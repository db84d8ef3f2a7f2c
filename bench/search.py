"""Search on the heavy ten-year store: median and 95th percentile per typical query.

    python bench/search.py [--data-dir DIR] [--runs 21]

Each query runs through ``mentee_desktop.data.search.search`` (what Ctrl+F and the
``search`` command call), 50 hits with their snippets, on a warm connection. The goal is a
median under 10 ms over all the queries. The heavy store is built in bench/out/heavy when the
folder has none (about 20 s).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from mentee_desktop.data.search import build_query, search  # noqa: E402
from mentee_desktop.data.store import open_store  # noqa: E402

DEFAULT_STORE = HERE / "out" / "heavy"
#: what a mentee types, and why it is typical
QUERIES = [
    ("stakeholder ", "one word, typed in full"),
    ("stakehol", "one word, still typing (a prefix)"),
    ("cafe ", "without its accent (café)"),
    ("promotion roadmap ", "two words"),
    ("interview onboarding risk ", "three words"),
    ("Mentor 07", "a mentor's name"),
    ("Café Lumen", "a meeting place"),
    ("conference talk", "two words, the last a prefix"),
    ("co", "two letters typed"),
    ("quarterly OKR", "words never written"),
]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_STORE)
    parser.add_argument("--runs", type=int, default=21, help="runs of each query")
    args = parser.parse_args()
    if not (args.data_dir / "mentee.db").exists():
        import make_store

        print(f"building the heavy store in {args.data_dir} ...", flush=True)
        make_store.build(args.data_dir)
    db = open_store(args.data_dir)
    every: list[float] = []
    print(f"search on {args.data_dir}, {args.runs} runs of each query, milliseconds")
    print(f"{'query':<28}{'matches':>9}{'hits':>6}{'median':>9}{'p95':>8}  why")
    for text, why in QUERIES:
        query = build_query(text)
        matches = (
            db.execute(
                "SELECT count(*) FROM search_index WHERE search_index MATCH ?", [query]
            ).fetchone()[0]
            if query
            else 0
        )
        search(db, text)  # warm the page cache for this query
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            hits = search(db, text)
            times.append((time.perf_counter() - started) * 1000)
        every += times
        median, p95 = statistics.median(times), percentile(times, 0.95)
        print(f"{text!r:<28}{matches:>9,}{len(hits):>6}{median:>9.1f}{p95:>8.1f}  {why}")
    median, p95 = statistics.median(every), percentile(every, 0.95)
    print(f"{'all queries':<43}{median:>9.1f}{p95:>8.1f}  (goal: median < 10)")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
