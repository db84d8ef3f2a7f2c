"""The scheduler: one single-shot timer to the next due time, re-armed after edits and jumps."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from mentee_desktop.data import action_items, meetings, reminder_state
from mentee_desktop.data.action_items import ActionItem
from mentee_desktop.data.meetings import Meeting
from mentee_desktop.data.record_kind import RecordKind
from mentee_desktop.ui.reminders.scheduler import (
    LONGEST_WAIT_MS,
    QT_TIMER_LIMIT_MS,
    SETTLE_MS,
    ReminderScheduler,
    timer_interval_ms,
)
from mentee_desktop.ui.shell.services import AppServices
from tests.helpers import add_mentor

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


# ----- the pure interval
def test_interval_for_a_due_time_far_in_the_future_is_clamped():
    far = NOW + timedelta(days=30)  # more than 2**31-1 ms (24.8 days) away
    assert timer_interval_ms(NOW, far) == LONGEST_WAIT_MS == 15 * 60 * 1000
    assert timer_interval_ms(NOW, far, longest_ms=10**12) == QT_TIMER_LIMIT_MS
    assert timer_interval_ms(NOW, NOW + timedelta(days=10_000), longest_ms=10**12) == 2**31 - 1
    assert timer_interval_ms(NOW, datetime.max.replace(tzinfo=UTC)) == LONGEST_WAIT_MS


def test_interval_for_a_due_time_in_the_past_is_zero():
    assert timer_interval_ms(NOW, NOW - timedelta(seconds=1)) == 0
    assert timer_interval_ms(NOW, NOW - timedelta(days=400)) == 0
    assert timer_interval_ms(NOW, NOW) == 0


def test_interval_is_exact_below_the_limit_and_never_early():
    assert timer_interval_ms(NOW, NOW + timedelta(seconds=90)) == 90_000
    assert timer_interval_ms(NOW, NOW + timedelta(microseconds=1)) == 1
    assert timer_interval_ms(NOW, None) == LONGEST_WAIT_MS


# ----- the scheduler with a store and a clock we move
class Clock:
    def __init__(self, moment: datetime):
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def services(qtbot, db, clock):
    return AppServices(db, clock=clock, zone_name="Europe/Berlin")


@pytest.fixture
def scheduler(services):
    found = ReminderScheduler(services)
    yield found
    found.timer.stop()


@pytest.fixture
def mentor(db):
    person = add_mentor(db, cadence_days=60)
    meetings.insert(
        db, Meeting(mentor_id=person.id, starts_at=NOW - timedelta(days=1), status="held")
    )
    return person


def test_start_arms_one_single_shot_timer_to_the_next_due_time(db, scheduler, mentor):
    meetings.insert(
        db, Meeting(mentor_id=mentor.id, starts_at=NOW + timedelta(hours=24, minutes=5))
    )
    scheduler.start()
    assert scheduler.due == []
    assert scheduler.next_at == NOW + timedelta(minutes=5)  # when preparing falls due
    assert scheduler.timer.isSingleShot() and scheduler.timer.isActive()
    assert 4 * 60_000 < scheduler.timer.interval() <= 5 * 60_000


def test_nothing_due_soon_means_a_look_every_15_minutes_at_most(scheduler):
    scheduler.start()
    assert scheduler.next_at is None
    assert scheduler.timer.interval() == LONGEST_WAIT_MS


def test_an_edit_is_noticed_without_polling(qtbot, db, services, scheduler, mentor):
    scheduler.start()
    looks = scheduler.looks
    with qtbot.waitSignal(scheduler.due_changed, timeout=2000) as changed:
        services.call(
            "action_item",
            action_items.add,
            ActionItem(mentor_id=mentor.id, title="Send it", due_on=date(2026, 11, 25)),
        )
    assert [r.title for r in changed.args[0]] == ["Due today: Send it"]
    assert scheduler.looks == looks + 1


def test_settings_alone_bring_a_look_only_when_the_reminders_options_change(
    qtbot, db, services, scheduler, mentor
):
    """A window's size or an export's folder changes nothing that is due: no look (it reads
    every record that can fall due). The reminders' own options, or a record, do."""
    from mentee_desktop.data import settings
    from mentee_desktop.reminders.options import FEEDBACK_DAYS

    scheduler.start()
    looks = scheduler.looks
    services.call(RecordKind.SETTINGS, settings.put, "window.geometry", "AAAA")
    services.call(RecordKind.SETTINGS, settings.put, "export.last_folder", "/tmp")
    qtbot.wait(SETTLE_MS * 2)
    assert scheduler.looks == looks
    with qtbot.waitSignal(scheduler.due_changed, timeout=2000):
        services.call(RecordKind.SETTINGS, settings.put, FEEDBACK_DAYS, 3)
    assert scheduler.looks == looks + 1
    services.call(RecordKind.SETTINGS, settings.put, "window.geometry", "BBBB")
    with qtbot.waitSignal(scheduler.due_changed, timeout=2000):  # a record with it: a look
        services.call(
            "action_item", action_items.add, ActionItem(mentor_id=mentor.id, title="Call")
        )
    assert scheduler.looks == looks + 2


def test_each_reminder_is_announced_once_and_marked_shown(qtbot, db, scheduler, mentor):
    item = action_items.add(
        db, ActionItem(mentor_id=mentor.id, title="Send it", due_on=date(2026, 11, 25))
    )
    announced = []
    scheduler.announce.connect(lambda reminders, away: announced.append((reminders, away)))
    scheduler.start()
    [(reminders, away)] = announced
    assert [r.record_id for r in reminders] == [item.id] and away  # fell due before the start
    assert reminder_state.get(db, reminders[0].key).last_shown_at == NOW
    scheduler.look()
    scheduler.look()
    assert len(announced) == 1


def test_the_timer_firing_late_means_the_clock_jumped(qtbot, db, clock, scheduler, mentor):
    scheduler.start()
    assert scheduler.timer.interval() == LONGEST_WAIT_MS
    action_items.add(
        db, ActionItem(mentor_id=mentor.id, title="While asleep", due_on=date(2026, 11, 26))
    )
    announced = []
    scheduler.announce.connect(lambda reminders, away: announced.append((reminders, away)))
    clock.moment = NOW + timedelta(days=1)  # the laptop slept through the night
    scheduler.timer.timeout.emit()
    assert scheduler.clock_jumps == 1
    [(reminders, away)] = announced
    assert [r.title for r in reminders] == ["Due today: While asleep"] and away

    clock.moment = clock.moment + timedelta(minutes=15)  # on time: no jump
    scheduler.timer.timeout.emit()
    assert scheduler.clock_jumps == 1


def test_snooze_and_dismiss_are_stored_and_rearm_the_timer(db, clock, scheduler, mentor):
    other = add_mentor(db, "Amara", started_on=date(2026, 11, 20))
    for title, mentor_id in (("One", mentor.id), ("Two", other.id)):
        action_items.add(
            db, ActionItem(mentor_id=mentor_id, title=title, due_on=date(2026, 11, 25))
        )
    scheduler.start()
    one, two = scheduler.due
    assert scheduler.snooze([one], timedelta(hours=1))
    assert reminder_state.get(db, one.key).snoozed_until == NOW + timedelta(hours=1)
    assert scheduler.due == [two]
    assert scheduler.next_at == NOW + timedelta(hours=1)
    assert scheduler.dismiss([two])
    assert reminder_state.get(db, two.key).dismissed_at == NOW
    assert scheduler.due == []
    clock.moment = NOW + timedelta(hours=1)
    scheduler.timer.timeout.emit()
    assert scheduler.due == [one]


def test_a_closed_store_stops_the_looking_quietly(db, scheduler, mentor):
    scheduler.start()
    assert scheduler.timer.isActive()
    db.close()  # the app is ending
    scheduler.timer.timeout.emit()
    assert not scheduler.timer.isActive()
    scheduler.look()  # and stays stopped
    assert not scheduler.timer.isActive()
