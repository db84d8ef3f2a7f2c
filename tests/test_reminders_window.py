"""Without a system tray: reminders in a bar above the tabs, the count in the title; settings."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from mentee_desktop.data import action_items, meetings, reminder_state, settings
from mentee_desktop.data.action_items import ActionItem
from mentee_desktop.data.meetings import Meeting
from mentee_desktop.reminders import load_options
from mentee_desktop.reminders.autostart import ENTRY_NAME
from tests.helpers import add_mentor

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


class Clock:
    def __init__(self, moment: datetime):
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture
def store(db):
    mentor = add_mentor(db, "Amara", cadence_days=60)
    meetings.insert(
        db, Meeting(mentor_id=mentor.id, starts_at=NOW - timedelta(days=7), status="held")
    )
    meeting_id = meetings.insert(
        db, Meeting(mentor_id=mentor.id, starts_at=NOW + timedelta(hours=1))
    )
    item = action_items.add(
        db, ActionItem(mentor_id=mentor.id, title="Send the draft", due_on=date(2026, 11, 25))
    )
    return {"mentor": mentor.id, "meeting": meeting_id, "item": item.id}


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def window(qtbot, make_window, store, clock):
    built = make_window(clock=clock)
    qtbot.waitUntil(lambda: built.reminders.scheduler.started, timeout=2000)
    yield built
    built.reminders.scheduler.timer.stop()


def unfold(bar) -> None:
    """Show the reminders' rows (the bar starts folded to one line)."""
    if not bar.expanded:
        bar.expand_button.click()


def titles(bar) -> list[str]:
    unfold(bar)
    return [row.title.text() for row in bar.rows]


def test_without_a_tray_reminders_show_in_a_bar_above_the_tabs(window):
    feature = window.reminders
    assert feature.tray is None and not feature.has_tray
    bar = feature.bar
    assert bar.isVisible()
    assert window.notices.column.indexOf(bar) >= 0  # in the line kept free at the top
    assert titles(bar) == ["Prepare for your meeting with Amara", "Due today: Send the draft"]
    assert bar.heading.text() == "While you were away, 2 reminders fell due"
    assert window.windowTitle() == "Mentee Desktop (2)"
    assert window.close_guards == []  # closing quits: nothing would remind from a tray


def test_dismiss_from_the_bar_is_stored_and_the_title_follows(qtbot, db, window):
    bar = window.reminders.bar
    unfold(bar)
    row = bar.rows[1]
    qtbot.mouseClick(row.dismiss_button, Qt.MouseButton.LeftButton)
    assert reminder_state.get(db, row.reminder.key).dismissed_at == NOW
    assert titles(bar) == ["Prepare for your meeting with Amara"]
    assert bar.heading.text() == "1 reminder due"  # the "while away" heading did its job
    assert window.windowTitle() == "Mentee Desktop (1)"


def test_snooze_from_the_bar_and_the_reminder_comes_back(qtbot, db, clock, window):
    bar = window.reminders.bar
    unfold(bar)
    row = bar.rows[0]
    qtbot.mouseClick(row.snooze_button, Qt.MouseButton.LeftButton)
    assert reminder_state.get(db, row.reminder.key).snoozed_until == NOW + timedelta(hours=1)
    assert titles(bar) == ["Due today: Send the draft"]
    qtbot.mouseClick(bar.snooze_all_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    assert window.windowTitle() == "Mentee Desktop"
    clock.moment = NOW + timedelta(hours=1)
    window.reminders.scheduler.timer.timeout.emit()
    # the snoozed item is back; preparing has given way to the meeting itself
    assert titles(bar) == ["Meeting with Amara at 10:30", "Due today: Send the draft"]


def test_open_from_the_bar_switches_tab_and_selection(qtbot, window, store):
    window.tabs.setCurrentWidget(window.tab_by_key["notes"])
    bar = window.reminders.bar
    unfold(bar)
    qtbot.mouseClick(bar.rows[1].open_button, Qt.MouseButton.LeftButton)
    assert window.current_tab() is window.tab_by_key["actions"]
    assert window.current_mentor_id() == store["mentor"]
    qtbot.mouseClick(bar.rows[0].open_button, Qt.MouseButton.LeftButton)
    assert window.current_tab() is window.tab_by_key["prepare"]
    assert window.current_meeting_id() == store["meeting"]


def test_an_edit_updates_the_bar(qtbot, db, window, store):
    bar = window.reminders.bar
    with qtbot.waitSignal(window.reminders.scheduler.due_changed, timeout=2000):
        window.services.call("action_item", action_items.set_done, store["item"], True, now=NOW)
    assert titles(bar) == ["Prepare for your meeting with Amara"]
    assert window.windowTitle() == "Mentee Desktop (1)"


def test_a_long_list_folds(qtbot, db, window, store):
    for number in range(5):  # one reminder per mentor: five mentors with a late promise each
        mentor = add_mentor(db, f"Mentor {number}", started_on=date(2026, 11, 20))
        action_items.add(
            db,
            ActionItem(mentor_id=mentor.id, title=f"Item {number}", due_on=date(2026, 11, 1)),
        )
    window.reminders.scheduler.look()
    bar = window.reminders.bar
    assert len(bar.rows) == 0  # folded to one line: how many, and the first
    assert bar.heading.text() == "While you were away, 2 reminders fell due"
    assert bar.first.text() == "— Prepare for your meeting with Amara"
    assert bar.expand_button.text() == "Show"
    qtbot.mouseClick(bar.expand_button, Qt.MouseButton.LeftButton)
    assert len(bar.rows) == 7
    assert bar.expand_button.text() == "Fold"
    assert window.windowTitle() == "Mentee Desktop (7)"


# ----- settings
def test_reminder_settings_from_the_edit_menu_are_stored(qtbot, db, window, private_home):
    action = window.reminders.settings_action
    assert action in window.edit_menu.actions()
    assert action.text() == "&Reminders…"
    action.trigger()
    dialog = window.findChild(type(window.reminders.open_settings()))
    assert dialog is not None and dialog.isVisible()
    assert not dialog.start_hidden.isEnabled()  # no tray: nothing to start hidden in
    dialog.prepare_hours.setValue(2)
    dialog.kind_boxes["keep_in_touch"].setChecked(False)
    dialog.quiet_on.setChecked(False)
    dialog.autostart.setChecked(True)
    with qtbot.waitSignal(window.reminders.scheduler.due_changed, timeout=2000):
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    options = load_options(db)
    assert options.prepare_hours == 2
    assert options.kinds["keep_in_touch"] is False
    assert not options.quiet_hours.enabled
    assert settings.get(db, "reminders.autostart") is True
    entry = private_home / "config" / "autostart" / ENTRY_NAME
    text = entry.read_text(encoding="utf-8")
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line.startswith("Exec=/")  # the running program, by its absolute path
    assert exec_line.endswith(f" --data-dir {window.data_dir}")
    # two hours of lead time: the meeting an hour away is still to prepare for
    assert "Prepare for your meeting with Amara" in titles(window.reminders.bar)

    window.reminders.open_settings()
    dialog = window.findChildren(type(dialog))[-1]
    assert dialog.autostart.isChecked()
    dialog.autostart.setChecked(False)
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert not entry.exists()


def test_cancel_changes_nothing(qtbot, db, window):
    dialog = window.reminders.open_settings()
    dialog.prepare_hours.setValue(99)
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert settings.get(db, "reminders.prepare_hours") is None


def test_a_check_in_reminder_selects_that_mentor(qtbot, db, window, store):
    other = add_mentor(db, "Quiet Mentor", cadence_days=7)
    meetings.insert(
        db, Meeting(mentor_id=other.id, starts_at=NOW - timedelta(days=30), status="held")
    )
    window.reminders.scheduler.look()
    bar = window.reminders.bar
    assert len(bar.due) == 3
    unfold(bar)
    row = next(r for r in bar.rows if r.reminder.kind == "keep_in_touch")
    assert row.title.text() == "Check in with Quiet Mentor"
    qtbot.mouseClick(row.open_button, Qt.MouseButton.LeftButton)
    assert window.current_mentor_id() == other.id


def test_the_bars_move_nothing_below_them(qtbot, window):
    """Reminders and a message come and go in the line kept for them: the tab pages stay."""
    page = window.tabs.currentWidget()
    where = page.mapTo(window, page.rect().topLeft())
    assert window.reminders.bar.isVisible()
    window.message_bar.show_info("Saved a copy")
    assert window.message_bar.isVisible()
    assert page.mapTo(window, page.rect().topLeft()) == where
    strip = window.notices.geometry()
    assert window.message_bar.geometry().bottom() <= strip.height()  # over the strip only
    window.message_bar.hide()
    window.reminders.bar.show_due([])
    assert not window.reminders.bar.isVisible()
    assert page.mapTo(window, page.rect().topLeft()) == where
    window.reminders.bar.show_due(window.reminders.scheduler.due)
    assert page.mapTo(window, page.rect().topLeft()) == where
