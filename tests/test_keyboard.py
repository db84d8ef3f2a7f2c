"""Keyboard complete: unique mnemonics, natural dates and times, Ctrl+Enter, a sensible Tab."""

from __future__ import annotations

import itertools
import re
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMenuBar,
    QRadioButton,
    QTabBar,
    QWidget,
)

from mentee_desktop.data import action_items, feedback
from mentee_desktop.data.feedback import FeedbackRequest
from mentee_desktop.data.meetings import Meeting
from mentee_desktop.data.mentors import Mentor
from mentee_desktop.reminders.options import ReminderOptions
from mentee_desktop.ui.actions.item_dialog import ActionItemDialog
from mentee_desktop.ui.relationship.checkin_dialog import CheckinDialog
from mentee_desktop.ui.relationship.goal_dialog import GoalDialog
from mentee_desktop.ui.reminders.settings_dialog import ReminderSettingsDialog
from mentee_desktop.ui.shell.mentor_meeting_dialogs import MeetingDialog, MentorDialog
from mentee_desktop.ui.widgets.dates import DateField, parse_time
from mentee_desktop.ui.widgets.quick_action_dialog import QuickActionItemDialog
from tests.helpers import add_meeting, add_mentor

TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 9, 30).astimezone()


def mnemonic_letters(text: str) -> list[str]:
    return [letter.lower() for letter in re.findall(r"&([^&\s])", text.replace("&&", ""))]


def mnemonic_clashes(top: QWidget) -> dict[str, list[str]]:
    """Letters used by more than one visible label, button, group, tab or menu of ``top``."""
    found: dict[str, list[str]] = {}

    def add(text: str) -> None:
        for letter in mnemonic_letters(text):
            found.setdefault(letter, []).append(text)

    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.window() is not top:
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            add(widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget.tabText(index))
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                add(action.text())
    return {letter: texts for letter, texts in found.items() if len(texts) > 1}


def all_dialogs() -> list[QDialog]:
    mentor = Mentor(id=1, name="Ada")
    meeting = Meeting(id=1, mentor_id=1, starts_at=NOW, timezone="Europe/Berlin")
    return [
        MentorDialog(),
        MentorDialog(mentor),
        MeetingDialog(1, "Europe/Berlin", NOW),
        MeetingDialog(1, "Europe/Berlin", NOW, meeting),
        ActionItemDialog(1, TODAY, lambda: NOW),
        GoalDialog(1, TODAY),
        CheckinDialog(1, TODAY),
        ReminderSettingsDialog(ReminderOptions(), tray_available=True, autostart_on=False),
        QuickActionItemDialog(title="Ask for the slides", today=TODAY, source="the answer"),
    ]


@pytest.fixture
def dialogs(qtbot):
    made = all_dialogs()
    for dialog in made:
        qtbot.addWidget(dialog)
    return made


@pytest.fixture
def window(make_window, qtbot, db, now):
    mentor = add_mentor(db)
    add_meeting(db, mentor.id, now, days=2)
    feedback.add(db, FeedbackRequest(mentor_id=mentor.id, question="Was I clear?"))
    window = make_window()
    qtbot.waitExposed(window)
    return window


def test_no_two_mnemonics_clash_on_any_tab_or_menu(window):
    for key in window.tab_by_key.keys_in_order:
        window.tabs.setCurrentWidget(window.tab_by_key[key])
        assert mnemonic_clashes(window) == {}, key
    for menu_action in window.menuBar().actions():
        letters = [
            letter for a in menu_action.menu().actions() for letter in mnemonic_letters(a.text())
        ]
        assert len(letters) == len(set(letters)), menu_action.text()


def test_alt_e_opens_the_edit_menu_not_the_meeting_list(window):
    labels = [label.text() for label in window.selector.findChildren(QLabel)]
    assert "Mee&ting" in labels
    assert "e" not in [c for text in labels for c in mnemonic_letters(text)]


def test_no_two_mnemonics_clash_in_any_dialog(dialogs):
    for dialog in dialogs:
        dialog.show()
        assert mnemonic_clashes(dialog) == {}, dialog.windowTitle()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("16:00", time(16, 0)),
        ("1600", time(16, 0)),
        ("16.30", time(16, 30)),
        ("4pm", time(16, 0)),
        ("4:30 pm", time(16, 30)),
        ("4 PM", time(16, 0)),
        ("12am", time(0, 0)),
        ("12 p.m.", time(12, 0)),
        ("9", time(9, 0)),
        ("16h", time(16, 0)),
    ],
)
def test_a_time_is_read_as_people_type_it(typed, expected):
    assert parse_time(typed) == expected


@pytest.mark.parametrize("typed", ["", "25:00", "13pm", "4:75", "tea time", "0pm"])
def test_what_is_no_time_is_refused(typed):
    assert parse_time(typed) is None


def test_hours_are_typed_into_the_meeting_time(qtbot):
    dialog = MeetingDialog(1, "Europe/Berlin", NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.time.setFocus()
    dialog.time.selectAll()
    qtbot.keyClicks(dialog.time, "1600")
    qtbot.keyClick(dialog.time, Qt.Key.Key_Tab)
    assert dialog.time.time() == QTime(16, 0)
    assert dialog.meeting().local_start.time() == time(16, 0)
    dialog.time.setFocus()
    dialog.time.selectAll()
    qtbot.keyClicks(dialog.time, "4:30pm")
    assert dialog.meeting().local_start.time() == time(16, 30)
    qtbot.keyClick(dialog.time, Qt.Key.Key_Up)
    assert dialog.time.time() == QTime(16, 45)


def test_a_wrong_time_is_said_and_keeps_the_dialog_open(qtbot):
    dialog = MeetingDialog(1, "Europe/Berlin", NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.time.selectAll()
    qtbot.keyClicks(dialog.time, "tea time")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() == 0
    assert "16:00" in dialog.error.text()


def test_tab_leaves_a_date_field_in_one_step(qtbot):
    dialog = MeetingDialog(1, "Europe/Berlin", NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.day.setFocus()
    qtbot.keyClick(dialog.day, Qt.Key.Key_Tab)
    assert dialog.time.hasFocus()


def test_every_date_field_shows_one_date_style(dialogs):
    for dialog in dialogs:
        for field in dialog.findChildren(DateField):
            field.setDate(QDate(2027, 1, 4))
            assert field.text() == "4 Jan 2027", dialog.windowTitle()


def test_ctrl_enter_accepts_a_dialog_from_a_multi_line_field(qtbot, window, db):
    tab = window.tab_by_key["actions"]
    window.tabs.setCurrentWidget(tab)
    window.new_item_action.trigger()
    dialog = tab.dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.title.setText("Send the slides")
    dialog.details.setFocus()
    qtbot.keyClicks(dialog.details, "to the team")
    qtbot.keyClick(dialog.details, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    [item] = action_items.list_items(db)
    assert (item.title, item.details) == ("Send the slides", "to the team")


def test_ctrl_enter_in_a_dialog_still_runs_its_checks(qtbot):
    dialog = MentorDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.guidance.setFocus()
    qtbot.keyClick(dialog.guidance, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.error.text() == "Please enter the mentor's name."


def tab_walk(top: QWidget, start: QWidget, steps: int = 60) -> list[QWidget]:
    """The widgets Tab visits from ``start`` until it comes back (or ``steps`` run out)."""
    start.setFocus()
    seen = [start]
    for _ in range(steps):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        current = QApplication.focusWidget()
        if current is start or current in seen:
            break
        seen.append(current)
    return seen


def reading_order_breaks(top: QWidget, walk: list[QWidget]) -> list[tuple[str, str]]:
    """Pairs where Tab goes up the dialog (a later field is drawn above an earlier one)."""
    breaks = []
    for before, after in itertools.pairwise(walk):
        y_before = before.mapTo(top, before.rect().topLeft()).y()
        y_after = after.mapTo(top, after.rect().topLeft()).y()
        if y_after + 8 < y_before:
            breaks.append((before.accessibleName(), after.accessibleName()))
    return breaks


def test_tab_walks_every_dialog_top_to_bottom_and_reaches_every_input(qtbot, dialogs):
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda d=dialog: QApplication.activeWindow() is d)
        inputs = [
            w
            for w in dialog.findChildren(QWidget)
            if w.isVisibleTo(dialog)
            and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not isinstance(w, QTabBar)
            and w.focusProxy() is None
            # Tab enters a group of radio buttons once; arrows move within it
            and not (
                isinstance(w, QRadioButton)
                and w.parentWidget().findChildren(QRadioButton)[0] is not w
            )
        ]
        first = dialog.focusWidget() or inputs[0]
        walk = tab_walk(dialog, first)
        missing = [w.accessibleName() or type(w).__name__ for w in inputs if w not in walk]
        assert missing == [], dialog.windowTitle()
        # the buttons come last; everything before them reads top to bottom
        fields = [w for w in walk if not isinstance(w, QAbstractButton) or w.isCheckable()]
        assert reading_order_breaks(dialog, fields) == [], dialog.windowTitle()
        dialog.hide()


def test_a_validation_message_goes_once_the_field_is_fixed(qtbot):
    dialog = MentorDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.error.isVisible()
    qtbot.keyClicks(dialog.name, "Ada")
    assert not dialog.error.isVisible()
    action = QuickActionItemDialog(title="", today=TODAY, source="")
    qtbot.addWidget(action)
    action.show()
    action.accept()
    assert action.error.isVisible()
    qtbot.keyClicks(action.title, "Ask")
    assert not action.error.isVisible()


def test_ctrl_enter_accepts_from_a_one_line_field_too(qtbot):
    """A one-line field ignores Ctrl+Enter on its own; in a dialog it accepts, as from any
    other field (and the dialog's checks run)."""
    dialog = MentorDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.role.setFocus()
    qtbot.keyClick(dialog.role, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.error.text() == "Please enter the mentor's name."
    qtbot.keyClicks(dialog.name, "Kenji Sato")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
