"""The meeting selector's popup is as tall as its meetings, also when they change while it
is open (it used to stay one row tall)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication

from tests.helpers import add_meeting, add_mentor


def rows_shown(combo) -> float:
    view = combo.view()
    return view.viewport().height() / view.sizeHintForRow(0)


@pytest.fixture
def mentors(db, now):
    many = add_mentor(db, "Grace Hopper")
    for week in range(-4, 4):
        add_meeting(db, many.id, now + timedelta(days=7 * week, hours=1))
    one = add_mentor(db, "Ada Lovelace")
    add_meeting(db, one.id, now, days=3)
    return many, one


def test_the_popup_shows_every_meeting_when_it_opens(qtbot, make_window, mentors):
    many, _one = mentors
    window = make_window()
    qtbot.waitExposed(window)
    window.selector.select(many.id, None)
    combo = window.selector.meeting_combo
    assert combo.count() == 8
    combo.showPopup()
    qtbot.waitUntil(combo.view().isVisible)
    assert rows_shown(combo) >= 8
    combo.hidePopup()


def test_the_open_popup_grows_when_the_meetings_are_read_again(qtbot, make_window, mentors):
    many, one = mentors
    window = make_window()
    qtbot.waitExposed(window)
    window.selector.select(one.id, None)
    combo = window.selector.meeting_combo
    combo.showPopup()
    qtbot.waitUntil(combo.view().isVisible)
    assert rows_shown(combo) == pytest.approx(1, abs=0.2)
    # another mentor is picked while the popup is open (from a reminder, say)
    window.selector.select(many.id, None)
    qtbot.waitUntil(lambda: rows_shown(combo) >= 8)
    # and back to one meeting: no empty space under it
    window.selector.select(one.id, None)
    qtbot.waitUntil(lambda: rows_shown(combo) < 2)
    assert combo.view().isVisible()
    combo.hidePopup()


def test_the_popup_closes_when_its_meetings_are_gone(qtbot, make_window, mentors, db):
    many, _one = mentors
    nobody = add_mentor(db, "Nobody Yet")
    window = make_window()
    qtbot.waitExposed(window)
    window.selector.select(many.id, None)
    combo = window.selector.meeting_combo
    combo.showPopup()
    qtbot.waitUntil(combo.view().isVisible)
    window.selector.select(nobody.id, None)
    qtbot.waitUntil(lambda: not combo.view().isVisible())
    QApplication.processEvents()
