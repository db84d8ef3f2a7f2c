"""A protected store against a plain one: opening and the usual store actions, as a ratio
measured in one run (aim: at most 1.3), and the time to unlock (the passphrase's scrypt).

    python bench/protection.py                       # the ten-year store (bench/out/heavy)
    python bench/protection.py --data-dir DIR        # any plain store (copied, not changed)

The store is copied twice into a temporary folder; one copy is protected. Each action runs
on both copies in turn, so both see the same machine load; the median of the runs counts.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import make_store  # noqa: E402
from sqlite_utils import Database  # noqa: E402

from mentee_desktop.data import listening_notes, meetings, search  # noqa: E402
from mentee_desktop.data.listening_notes import ListeningNote  # noqa: E402
from mentee_desktop.data.protection import cipher, folder, switch  # noqa: E402
from mentee_desktop.data.store import open_store  # noqa: E402

DEFAULT_STORE = HERE / "out" / "heavy"
PASSPHRASE = "bench passphrase"
HEAVY_MENTOR = 1


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def actions(db) -> dict[str, Callable[[], object]]:
    """The store work behind what a user does most: each returns when the data is read."""
    latest = meetings.list_for_mentor(db, HEAVY_MENTOR, limit=1)[0]
    counter = iter(range(10**9))

    def write_note() -> None:
        note = listening_notes.add(
            db, ListeningNote(meeting_id=latest.id, heard=f"bench note {next(counter)}")
        )
        listening_notes.delete(db, note.id)

    return {
        "list a mentor's meetings": lambda: meetings.list_for_mentor(db, HEAVY_MENTOR, limit=50),
        "open a meeting's notes": lambda: listening_notes.list_for_meeting(db, latest.id),
        "search": lambda: search.search(db, "promotion roadmap"),
        "search (rare word)": lambda: search.search(db, "Café Lumen"),
        "write and delete a note": write_note,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_STORE)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    if not (args.data_dir / "mentee.db").exists():
        print(f"building the ten-year store in {args.data_dir} (once) …", flush=True)
        make_store.build(args.data_dir)
    with tempfile.TemporaryDirectory() as scratch:
        plain, protected = Path(scratch) / "plain", Path(scratch) / "protected"
        for target in (plain, protected):
            target.mkdir()
            shutil.copy2(args.data_dir / "mentee.db", target / "mentee.db")
        started = time.perf_counter()
        switch.protect(protected, PASSPHRASE, old_backups=switch.KEEP)
        print(
            f"protecting took {time.perf_counter() - started:.1f} s "
            f"({(plain / 'mentee.db').stat().st_size / 1e6:.0f} MB)"
        )
        unlock_ms = median_ms(lambda: folder.unlock(protected, PASSPHRASE), 5)
        key = folder.unlock(protected, PASSPHRASE)
        rows = []
        opened = {
            "plain": lambda: open_store(plain).close(),
            "protected": lambda: open_store(protected, key=key).close(),
        }
        rows.append(("open the store", *_pair(opened, args.runs), None))
        dbs = {
            "plain": open_store(plain),
            "protected": open_store(protected, key=key),
            # the plain file through SQLCipher's own SQLite build: what the build costs alone
            "plain, SQLCipher's SQLite": Database(cipher.connect(plain / "mentee.db", None)),
        }
        try:
            work = {name: actions(db) for name, db in dbs.items()}
            for label in work["plain"]:
                same = {name: work[name][label] for name in dbs}
                rows.append((label, *_pair(same, args.runs)))
        finally:
            for db in dbs.values():
                db.close()
    print(f"\nunlock (scrypt n=2^17, r=8): {unlock_ms:.0f} ms\n")
    print(f"{'action':<28}{'plain ms':>10}{'protected ms':>14}{'ratio':>8}{'build only':>12}")
    for label, plain_ms, protected_ms, build_ms in rows:
        build = f"{build_ms / plain_ms:>12.2f}" if build_ms is not None else ""
        print(
            f"{label:<28}{plain_ms:>10.2f}{protected_ms:>14.2f}"
            f"{protected_ms / plain_ms:>8.2f}{build}"
        )
    total = sum(r[2] for r in rows) / sum(r[1] for r in rows)
    print(f"{'all actions together':<28}{'':>24}{total:>8.2f}")
    print("(build only: the plain file read through SQLCipher's SQLite, without a key)")
    return 0


def _pair(actions_by_store: dict[str, Callable[[], object]], runs: int) -> tuple[float, ...]:
    """Median times of the same action on each store, interleaved run by run."""
    times: dict[str, list[float]] = {name: [] for name in actions_by_store}
    for action in actions_by_store.values():
        action()  # warm the page cache once
    for _ in range(runs):
        for name, action in actions_by_store.items():
            started = time.perf_counter()
            action()
            times[name].append((time.perf_counter() - started) * 1000)
    return tuple(statistics.median(times[name]) for name in actions_by_store)


if __name__ == "__main__":
    sys.exit(main())
