"""Build, deterministically, the store of a heavy user after ten years of mentoring.

20 mentors, 10,000 meetings, 100,000 agenda items, 100,000 listening notes, 20,000 action
items, 2,000 feedback requests, goals and check-ins, with realistic text lengths. It writes
through the real schema (opened and migrated by the store), so it follows schema changes;
the search index is filled by the store's own triggers.

    python bench/make_store.py --data-dir /tmp/heavy
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mentee_desktop.data.errors import transaction
from mentee_desktop.data.store import open_store
from mentee_desktop.data.timestamps import to_db

WORDS = [
    "team",
    "project",
    "feedback",
    "design",
    "review",
    "career",
    "growth",
    "lead",
    "influence",
    "delegate",
    "promotion",
    "planning",
    "roadmap",
    "customer",
    "incident",
    "learning",
    "mentor",
    "question",
    "trust",
    "communication",
    "conference",
    "talk",
    "writing",
    "architecture",
    "migration",
    "testing",
    "quality",
    "priority",
    "scope",
    "stakeholder",
    "meeting",
    "presentation",
    "manager",
    "staff",
    "senior",
    "engineer",
    "skill",
    "habit",
    "goal",
    "deadline",
    "estimate",
    "risk",
    "decision",
    "tradeoff",
    "hiring",
    "interview",
    "onboarding",
    "culture",
    "café",
    "naïve",
    "résumé",
    "über",
    "coöperate",
]

MENTORS = 20
MEETINGS = 10_000
AGENDA_ITEMS = 100_000
NOTES = 100_000
ACTION_ITEMS = 20_000
FEEDBACK = 2_000
#: one mentor carries a quarter of all action items (a list with thousands of rows)
HEAVY_MENTOR_SHARE = 0.25
START = datetime(2016, 11, 25, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def sentence(rng: random.Random, low: int, high: int) -> str:
    words = rng.choices(WORDS, k=rng.randint(low, high))
    return (" ".join(words)).capitalize() + rng.choice([".", "?", "."])


def build(data_dir: Path, seed: int = 20261125) -> dict[str, int]:
    rng = random.Random(seed)
    db = open_store(data_dir)
    created = to_db(NOW)
    with transaction(db):
        db.table("mentors").insert_all(
            {
                "id": m,
                "name": f"Mentor {m:02d} {rng.choice(WORDS).title()}",
                "role": sentence(rng, 3, 6),
                "contact": f"mentor{m}@example.org",
                "started_on": (START.date() + timedelta(days=m * 30)).isoformat(),
                "cadence_days": rng.choice([7, 14, 21, 28]),
                "guidance_style": sentence(rng, 8, 20),
                "archived": int(m > 16),
                "created_at": created,
            }
            for m in range(1, MENTORS + 1)
        )
        span = (NOW - START).total_seconds()
        meetings = []
        for n in range(1, MEETINGS + 1):
            mentor = (n % MENTORS) + 1
            start = START + timedelta(seconds=span * n / MEETINGS)
            start = start.replace(minute=0, second=0)
            meetings.append(
                {
                    "id": n,
                    "mentor_id": mentor,
                    "starts_at": to_db(start),
                    "timezone": rng.choice(["Europe/Berlin", "America/New_York", "Asia/Tokyo"]),
                    "duration_minutes": rng.choice([30, 45, 60]),
                    "place": rng.choice(["Video call", "Café Lumen", "Office 3.14", ""]),
                    "status": "held" if start < NOW else "planned",
                    "summary": sentence(rng, 10, 40),
                    "created_at": to_db(start - timedelta(days=7)),
                }
            )
        db.table("meetings").insert_all(meetings, batch_size=1000)
        kinds = ["question", "topic", "update", "share", "feedback"]
        db.table("agenda_items").insert_all(
            (
                {
                    "meeting_id": (i % MEETINGS) + 1,
                    "kind": rng.choice(kinds),
                    "text": sentence(rng, 6, 25),
                    "details": sentence(rng, 0, 30) if rng.random() < 0.4 else "",
                    "position": i // MEETINGS,
                    "raised_by": "me" if rng.random() < 0.8 else "mentor",
                    "status": "discussed",
                    "created_at": created,
                }
                for i in range(AGENDA_ITEMS)
            ),
            batch_size=2000,
        )
        db.table("listening_notes").insert_all(
            (
                {
                    "meeting_id": (i % MEETINGS) + 1,
                    "heard": sentence(rng, 10, 60),
                    "in_my_words": sentence(rng, 8, 40),
                    "follow_up": sentence(rng, 5, 20),
                    "insight": sentence(rng, 5, 25),
                    "tags": ", ".join(rng.sample(WORDS, 2)),
                    "created_at": created,
                }
                for i in range(NOTES)
            ),
            batch_size=2000,
        )
        heavy = int(ACTION_ITEMS * HEAVY_MENTOR_SHARE)
        actions = []
        for i in range(ACTION_ITEMS):
            mentor = 1 if i < heavy else rng.randint(2, MENTORS)
            due = START.date() + timedelta(days=rng.randint(0, 3650))
            done = due < NOW.date() and rng.random() < 0.9
            finished = datetime.combine(
                due + timedelta(days=rng.randint(-5, 6)), datetime.min.time(), UTC
            )
            actions.append(
                {
                    "mentor_id": mentor,
                    "owner": "me" if rng.random() < 0.75 else "mentor",
                    "title": sentence(rng, 4, 12),
                    "details": sentence(rng, 0, 30),
                    "due_on": due.isoformat(),
                    "status": "done" if done else "open",
                    "created_at": to_db(finished - timedelta(days=14)),
                    "completed_at": to_db(finished) if done else None,
                    "meeting_id": rng.randint(1, MEETINGS),
                }
            )
        db.table("action_items").insert_all(actions, batch_size=2000)
        db.table("feedback_requests").insert_all(
            (
                {
                    "mentor_id": rng.randint(1, MENTORS),
                    "meeting_id": rng.randint(1, MEETINGS),
                    "direction": "i_ask" if rng.random() < 0.7 else "mentor_asks",
                    "question": sentence(rng, 6, 20),
                    "my_observation": sentence(rng, 10, 40),
                    "status": rng.choice(["answered", "acted_on", "asked"]),
                    "answer": sentence(rng, 10, 60),
                    "what_i_did": sentence(rng, 5, 20),
                    "created_at": created,
                    "asked_at": created,
                }
                for _ in range(FEEDBACK)
            ),
            batch_size=1000,
        )
        if db["goals"].exists():
            db.table("goals").insert_all(
                {
                    "mentor_id": (g % MENTORS) + 1,
                    "set_by": rng.choice(["me", "mentor", "both"]),
                    "title": sentence(rng, 4, 10),
                    "why": sentence(rng, 8, 25),
                    "target_on": (date(2017, 1, 1) + timedelta(days=g * 30)).isoformat(),
                    "status": "achieved" if g < 100 else "active",
                    "created_at": created,
                }
                for g in range(120)
            )
            db.table("checkins").insert_all(
                {
                    "mentor_id": (c % MENTORS) + 1,
                    "held_on": (START.date() + timedelta(days=c * 7)).isoformat(),
                    "trust": rng.randint(2, 5),
                    "communication": rng.randint(2, 5),
                    "mutual_learning": rng.randint(1, 5),
                    "what_works": sentence(rng, 5, 20),
                    "what_to_change": sentence(rng, 5, 20),
                    "created_at": created,
                }
                for c in range(500)
            )
    counts = {
        table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in (
            "mentors",
            "meetings",
            "agenda_items",
            "listening_notes",
            "action_items",
            "feedback_requests",
        )
    }
    db.execute("ANALYZE")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--seed", type=int, default=20261125)
    args = parser.parse_args()
    if (args.data_dir / "mentee.db").exists():
        print(f"{args.data_dir}/mentee.db exists already; choose an empty folder", file=sys.stderr)
        return 1
    started = time.perf_counter()
    counts = build(args.data_dir, args.seed)
    size = (args.data_dir / "mentee.db").stat().st_size / 1e6
    for table, count in counts.items():
        print(f"{table:>18}: {count:>7,}")
    print(f"built in {time.perf_counter() - started:.1f} s, {size:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
