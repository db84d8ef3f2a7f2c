"""The tray icon: its menu for a given store, the badge, notifications, closing to the tray."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from mentee_desktop.data import action_items, meetings, reminder_state, settings
from mentee_desktop.data.action_items import ActionItem
from mentee_desktop.data.meetings import Meeting
from mentee_desktop.reminders.options import TRAY_NOTE_SHOWN
from mentee_desktop.ui.reminders.install import install
from mentee_desktop.ui.reminders.tray import MENU_LIMIT, tray_icon
from tests.helpers import add_mentor

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


@pytest.fixture
def store(db):
    mentor = add_mentor(db, "Grace & Co", cadence_days=60)
    meetings.insert(
        db, Meeting(mentor_id=mentor.id, starts_at=NOW - timedelta(days=7), status="held")
    )
    meeting_id = meetings.insert(
        db,
        Meeting(mentor_id=mentor.id, starts_at=NOW + timedelta(hours=1), timezone="Europe/Berlin"),
    )
    item = action_items.add(
        db,
        ActionItem(mentor_id=mentor.id, title="Send the <b>draft</b>", due_on=date(2026, 11, 25)),
    )
    return {"mentor": mentor.id, "meeting": meeting_id, "item": item.id}


@pytest.fixture
def window(qtbot, make_window, store):
    built = make_window(clock=lambda: NOW, tray_available=True, show=False)
    qtbot.waitUntil(lambda: built.reminders.scheduler.started, timeout=2000)
    built.show()
    yield built
    built.reminders.tray.icon.hide()
    built.reminders.scheduler.timer.stop()


def menu_labels(window) -> list[str]:
    tray = window.reminders.tray
    tray.menu.aboutToShow.emit()  # what Qt does before it shows the menu
    return tray.actions_text()


def test_the_menu_lists_the_next_meeting_the_due_reminders_and_the_commands(window):
    assert menu_labels(window) == [
        "Next: Grace & Co · Wed 25 Nov 11:30",
        "---",
        "Prepare for your meeting with Grace & Co",
        "Due today: Send the <b>draft</b>",
        "---",
        "Snooze all for 1 hour",
        "Reminder settings…",
        "---",
        "Open Mentee Desktop",
        "Quit",
    ]
    actions = window.reminders.tray.menu.actions()
    assert actions[2].font().bold()  # an empty agenda makes preparing urgent
    assert actions[2].toolTip().startswith("Wed 25 Nov 11:30. The agenda is empty")


def test_the_menu_is_rebuilt_from_the_store_each_time(db, window, store):
    assert "Due today: Send the <b>draft</b>" in menu_labels(window)
    action_items.set_done(db, store["item"], True, now=NOW)  # changed behind the window's back
    labels = menu_labels(window)
    assert "Due today: Send the <b>draft</b>" not in labels
    assert labels.count("Snooze all for 1 hour") == 1


def test_clicking_a_reminder_opens_its_record_in_its_tab(window, store):
    window.tabs.setCurrentIndex(0)
    menu_labels(window)
    action = next(
        a for a in window.reminders.tray.menu.actions() if a.text().startswith("Due today")
    )
    action.trigger()
    assert window.current_tab() is window.tab_by_key["actions"]
    assert window.current_mentor_id() == store["mentor"]


def test_the_next_meeting_opens_in_the_prepare_tab(window, store):
    window.tabs.setCurrentWidget(window.tab_by_key["feedback"])
    menu_labels(window)
    window.reminders.tray.menu.actions()[0].trigger()
    assert window.current_tab() is window.tab_by_key["prepare"]
    assert window.current_meeting_id() == store["meeting"]


def test_snooze_all_for_one_hour(db, window):
    menu_labels(window)
    snooze = next(a for a in window.reminders.tray.menu.actions() if a.text().startswith("Snooze"))
    snooze.trigger()
    keys = [r[0] for r in db.execute("SELECT key FROM reminder_state").fetchall()]
    assert len(keys) == 2
    for key in keys:
        assert reminder_state.get(db, key).snoozed_until == NOW + timedelta(hours=1)
    labels = menu_labels(window)
    assert "Nothing due — well done" in labels
    assert window.reminders.tray.count == 0


def test_many_reminders_are_cut_short_in_the_menu(db, window, store):
    for number in range(MENU_LIMIT + 3):  # one reminder per mentor: a late item each
        mentor = add_mentor(db, f"Mentor {number}", started_on=date(2026, 11, 20))
        action_items.add(
            db,
            ActionItem(mentor_id=mentor.id, title=f"Item {number}", due_on=date(2026, 11, 20)),
        )
    labels = menu_labels(window)
    assert "5 more…" in labels
    assert sum(label.startswith(("Overdue", "Due today", "Prepare")) for label in labels) == 10


def test_the_icon_carries_a_count_badge(qtbot, window):
    tray = window.reminders.tray
    assert tray.count == 2
    assert tray.icon.toolTip() == "Mentee Desktop — 2 reminders"

    def red_top_right(icon) -> bool:
        image = icon.pixmap(32, 32).toImage()
        red = 0
        for x in range(16, 32):
            for y in range(16):
                colour = QColor.fromRgba(image.pixel(x, y))
                red += colour.alpha() > 200 and colour.red() > 150 and colour.green() < 90
        return red > 60

    assert red_top_right(tray_icon(2, dark_panel=True))
    assert not red_top_right(tray_icon(0, dark_panel=True))
    assert not tray_icon(12, dark_panel=False).isNull()


def test_a_notification_announces_what_fell_due_and_opens_it(window, store):
    tray = window.reminders.tray
    assert tray.last_message[0] == "While you were away"
    assert "• Prepare for your meeting with Grace & Co" in tray.last_message[1]
    window.tabs.setCurrentWidget(window.tab_by_key["notes"])
    tray.icon.messageClicked.emit()
    assert window.current_tab() is window.tab_by_key["prepare"]
    assert window.current_meeting_id() == store["meeting"]


def test_closing_keeps_the_app_in_the_tray_and_says_so_once(qtbot, db, window):
    assert not QApplication.instance().quitOnLastWindowClosed()
    window.close()
    assert not window.isVisible()
    assert window.reminders.tray.icon.isVisible()
    assert window.reminders.tray.last_message[0] == "Mentee Desktop is still running"
    assert settings.get(db, TRAY_NOTE_SHOWN) is True
    window.show()
    window.reminders.tray.last_message = None
    window.close()
    assert not window.isVisible()
    assert window.reminders.tray.last_message is None  # said once only

    menu_labels(window)
    window.reminders.tray.menu.actions()[-1].trigger()  # Quit really closes
    assert not window.isVisible()
    assert not window.reminders.tray.icon.isVisible()  # and takes the icon away


def test_when_the_tray_goes_away_closing_quits(window):
    tray = window.reminders.tray
    assert tray.keep_running()
    tray.icon.hide()
    assert not tray.keep_running()


def test_start_hidden_in_the_tray(qtbot, make_window, db, store):
    settings.put(db, "reminders.start_hidden", True)
    built = make_window(clock=lambda: NOW, tray_available=True)  # shown, as the app does
    qtbot.waitUntil(lambda: not built.isVisible(), timeout=2000)
    assert built.start_hidden
    built.reminders.tray.icon.hide()
    built.reminders.scheduler.timer.stop()


def test_settings_from_the_tray_bring_the_window_back(qtbot, window):
    from mentee_desktop.ui.reminders.settings_dialog import ReminderSettingsDialog

    window.close()
    assert not window.isVisible()
    menu_labels(window)
    action = next(
        a for a in window.reminders.tray.menu.actions() if a.text() == "Reminder settings…"
    )
    action.trigger()
    assert window.isVisible()
    dialog = window.findChild(ReminderSettingsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.start_hidden.isEnabled()  # with a tray, starting hidden makes sense
    dialog.reject()


def test_installing_reminders_again_is_refused(make_window, store):
    from mentee_desktop.ui.shell.features import FeatureInstalledTwiceError

    built = make_window(clock=lambda: NOW, show=False)
    with pytest.raises(FeatureInstalledTwiceError):
        install(built, tray_available=True)
    texts = [a.text() for a in built.edit_menu.actions()]
    assert texts.count("&Reminders…") == 1
    assert built.reminders.tray is None
