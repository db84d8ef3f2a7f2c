"""Months with two mentors in two time zones across a DST change: no prepared item goes missing.

Hypothesis plans, reschedules, holds, cancels, reopens and deletes meetings, adds, discusses and
deletes items, and moves the clock forward. After every step the store must still keep the
promises of docs/meeting-lifecycle.md, and the health check must pass.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    initialize,
    invariant,
    rule,
)
from sqlite_utils import Database

from mentee_desktop.data import agenda_items, lifecycle, meetings, mentors, schema
from mentee_desktop.data.agenda_items import AgendaItem
from mentee_desktop.data.errors import RecordNotFoundError
from mentee_desktop.data.health import run_checks
from mentee_desktop.data.meetings import Meeting
from mentee_desktop.data.mentors import Mentor

#: Europe changes to summer time on 28 March 2027, New York on 14 March: the clock starts
#: before both and walks through them
ZONES = ("Europe/Berlin", "America/New_York")
START = datetime(2027, 3, 1, 8, 0, tzinfo=UTC)


class MeetingLife(RuleBasedStateMachine):
    meeting_ids = Bundle("meetings")
    item_ids = Bundle("items")

    @initialize()
    def open_store(self) -> None:
        self.db = Database(memory=True)
        self.db.execute("PRAGMA foreign_keys = ON")
        schema.migrate(self.db)
        self.clock = START
        self.mentor_ids = [
            mentors.add(self.db, Mentor(name=f"Mentor in {zone}"), now=START).id for zone in ZONES
        ]
        self.zone_of = dict(zip(self.mentor_ids, ZONES, strict=True))
        self.counter = 0
        #: texts of items still open: each must be open on exactly one meeting
        self.live: set[str] = set()
        #: items on planned meetings after the last step, and what this step may change
        self.on_upcoming: dict[int, int] = {}
        self.changed_meetings: set[int] = set()
        self.deleted_items: set[int] = set()
        #: moved items whose copy the mentee deleted (with its meeting or by itself)
        self.copy_deleted: set[int] = set()

    # ----- meetings

    @rule(
        target=meeting_ids,
        which=st.integers(0, 1),
        days=st.integers(-10, 45),
        hour=st.integers(7, 19),
    )
    def plan(self, which: int, days: int, hour: int) -> int:
        mentor_id = self.mentor_ids[which]
        start = self._local_start(mentor_id, days, hour)
        planned = lifecycle.plan(
            self.db,
            Meeting(mentor_id=mentor_id, starts_at=start, timezone=self.zone_of[mentor_id]),
            now=self.clock,
        )
        assert planned.local_start.time() == time(hour)  # the same wall-clock time, DST or not
        return planned.id

    @rule(meeting_id=meeting_ids, days=st.integers(-10, 45), hour=st.integers(7, 19))
    def reschedule(self, meeting_id: int, days: int, hour: int) -> None:
        meeting = self._meeting(meeting_id)
        if meeting is None:
            return
        start = self._local_start(meeting.mentor_id, days, hour)
        moved = lifecycle.reschedule(self.db, meeting_id, start, now=self.clock)
        assert moved.local_start.time() == time(hour)

    @rule(meeting_id=meeting_ids, status=st.sampled_from(["held", "cancelled", "planned"]))
    def set_status(self, meeting_id: int, status: str) -> None:
        meeting = self._meeting(meeting_id)
        if meeting is None:
            return
        if meeting.status != status:
            self.changed_meetings.add(meeting_id)
        if meeting.status != "planned" and status == "planned":
            # undo: the copies it handed on may be taken back from the next meeting
            self.deleted_items |= {
                row[0]
                for row in self.db.execute(
                    "SELECT c.id FROM agenda_items c JOIN agenda_items o "
                    "ON o.id = c.carried_from_id WHERE o.meeting_id = ?",
                    [meeting_id],
                ).fetchall()
            }
        lifecycle.set_status(self.db, meeting_id, status, now=self.clock)

    @rule(meeting_id=consumes(meeting_ids))
    def delete_meeting(self, meeting_id: int) -> None:
        if self._meeting(meeting_id) is None:
            return
        for item in agenda_items.list_for_meeting(self.db, meeting_id):
            if item.status == "open" and item.carried_from_id is None:
                self.live.discard(item.text)  # typed on this meeting: it goes with it
            if item.status != "open" and item.carried_from_id is not None:
                self.copy_deleted.add(item.carried_from_id)
        self.changed_meetings.add(meeting_id)
        lifecycle.delete(self.db, meeting_id, now=self.clock)

    # ----- agenda items

    @rule(
        target=item_ids,
        meeting_id=meeting_ids,
        kind=st.sampled_from(["question", "topic", "share", "feedback"]),
    )
    def add_item(self, meeting_id: int, kind: str) -> int:
        meeting = self._meeting(meeting_id)
        if meeting is None or meeting.status != "planned":
            return -1  # the mentee prepares planned meetings
        self.counter += 1
        text = f"item {self.counter}"
        added = agenda_items.add(
            self.db, AgendaItem(meeting_id=meeting_id, kind=kind, text=text), now=self.clock
        )
        self.live.add(text)
        return added.id

    @rule(item_id=item_ids)
    def discuss(self, item_id: int) -> None:
        item = self._item(item_id)
        if item is None or item.status != "open":
            return
        agenda_items.set_status(self.db, item_id, "discussed")
        self.live.discard(item.text)

    @rule(item_id=consumes(item_ids))
    def delete_item(self, item_id: int) -> None:
        item = self._item(item_id)
        if item is None:
            return
        agenda_items.delete(self.db, item_id)
        self.deleted_items.add(item_id)
        if item.carried_from_id is not None:
            self.copy_deleted.add(item.carried_from_id)
        if item.status == "open":
            self.live.discard(item.text)

    @rule(hours=st.integers(1, 24 * 12))
    def time_passes(self, hours: int) -> None:
        self.clock += timedelta(hours=hours)

    # ----- what must hold after every step

    @invariant()
    def every_open_item_is_on_exactly_one_meeting(self) -> None:
        open_texts = [
            row["text"]
            for row in self.db.query(
                "SELECT text FROM agenda_items WHERE status = 'open' AND action_item_id IS NULL"
            )
        ]
        assert sorted(open_texts) == sorted(self.live)

    @invariant()
    def open_items_sit_on_a_planned_meeting_or_wait_for_one(self) -> None:
        rows = self.db.query(
            "SELECT a.id, m.id AS meeting, m.mentor_id, m.starts_at, m.status FROM agenda_items a "
            "JOIN meetings m ON m.id = a.meeting_id WHERE a.status = 'open' "
            "AND a.action_item_id IS NULL AND m.status != 'planned'"
        )
        for row in rows:
            later = self.db.execute(
                "SELECT count(*) FROM meetings WHERE mentor_id = ? AND status = 'planned' "
                "AND starts_at >= ? AND id != ?",
                [row["mentor_id"], row["starts_at"], row["meeting"]],
            ).fetchone()[0]
            assert later == 0, f"item {row['id']} waits although a meeting is planned after it"

    @invariant()
    def nothing_left_an_upcoming_meeting(self) -> None:
        for item_id, meeting_id in self.on_upcoming.items():
            if meeting_id in self.changed_meetings or item_id in self.deleted_items:
                continue
            item = self._item(item_id)
            assert item is not None, f"item {item_id} vanished from planned meeting {meeting_id}"
            assert item.meeting_id == meeting_id
            assert item.status in ("open", "discussed")
        self.on_upcoming = {
            row["id"]: row["meeting_id"]
            for row in self.db.query(
                "SELECT a.id, a.meeting_id FROM agenda_items a JOIN meetings m "
                "ON m.id = a.meeting_id WHERE m.status = 'planned' "
                "AND a.status IN ('open', 'discussed')"
            )
        }
        self.changed_meetings = set()
        self.deleted_items = set()

    @invariant()
    def every_moved_item_links_back(self) -> None:
        rows = self.db.query(
            "SELECT c.id, o.status, mo.mentor_id AS from_mentor, mc.mentor_id AS to_mentor "
            "FROM agenda_items c JOIN agenda_items o ON o.id = c.carried_from_id "
            "JOIN meetings mo ON mo.id = o.meeting_id JOIN meetings mc ON mc.id = c.meeting_id"
        )
        for row in rows:
            assert row["status"] == "carried_over", f"copy {row['id']} of an item not moved"
            assert row["from_mentor"] == row["to_mentor"]
        moved_without_copy = {
            row[0]
            for row in self.db.execute(
                "SELECT o.id FROM agenda_items o WHERE o.status = 'carried_over' AND NOT EXISTS "
                "(SELECT 1 FROM agenda_items c WHERE c.carried_from_id = o.id)"
            ).fetchall()
        }
        assert moved_without_copy <= self.copy_deleted

    @invariant()
    def the_health_check_passes(self) -> None:
        report = run_checks(self.db)
        assert report.healthy, report

    # ----- helpers

    def _local_start(self, mentor_id: int, days: int, hour: int) -> datetime:
        zone = ZoneInfo(self.zone_of[mentor_id])
        day = self.clock.astimezone(zone).date() + timedelta(days=days)
        return datetime.combine(day, time(hour), zone).astimezone(UTC)

    def _meeting(self, meeting_id: int) -> Meeting | None:
        try:
            return meetings.get(self.db, meeting_id)
        except RecordNotFoundError:
            return None

    def _item(self, item_id: int) -> AgendaItem | None:
        if item_id < 0:
            return None
        try:
            return agenda_items.get(self.db, item_id)
        except RecordNotFoundError:
            return None

    def teardown(self) -> None:
        self.db.close()


MeetingLife.TestCase.settings = settings(
    max_examples=60,
    stateful_step_count=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_a_year_of_meetings_loses_no_prepared_item = MeetingLife.TestCase
