"""Tab walks the main window in reading order: the selector, the tab's list, the editor's
fields, its buttons, and back to the start; Shift+Tab walks the same way back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QRadioButton, QTabBar, QWidget

from mentee_desktop.data import action_items, agenda_items, feedback, goals, listening_notes
from mentee_desktop.data.action_items import ActionItem
from mentee_desktop.data.agenda_items import AgendaItem
from mentee_desktop.data.feedback import FeedbackRequest
from mentee_desktop.data.goals import Goal
from mentee_desktop.data.listening_notes import ListeningNote
from tests.helpers import add_meeting, add_mentor

SELECTOR = [
    "Mentor",
    "Add a mentor",
    "Edit this mentor",
    "More mentor actions",
    "Meeting",
    "Plan a new meeting",
    "Edit this meeting",
]

#: per tab, controls Tab must reach in this order (others may come between)
EXPECTED = {
    "prepare": [
        "Add a question",
        "Agenda",
        "Agenda item text",
        "Details",
        "Kind of agenda item",
        "Raised by me",
        "Discussed in the meeting",
        "Delete this agenda item",
    ],
    "notes": [
        "Listening notes of this meeting",
        "Add note",
        "Delete the selected item",
        "What I heard",
        "In my words (my paraphrase)",
        "Follow-up question it raises",
        "Insight to act on",
        "Tags, comma separated",
        "Make an action item from this insight",
    ],
    "feedback": [
        "Show requests in this direction",
        "Feedback requests with this mentor",
        "New request",
        "Delete the selected item",
        "Direction",
        "Status",
        "The specific question",
        "My own observation first",
        "My mentor's answer",
        "What I did with it",
        "Turn the answer into an action item",
    ],
    "actions": [
        "Show open action items",
        "Action items",
        "New action item",
        "Edit the selected action item",
    ],
    "relationship": [
        "Add a goal",
        "Goals",
        "Progress notes of the selected goal",
        "Progress note",
        "Record a relationship check-in",
        "Check-ins",
    ],
}


@pytest.fixture
def window(make_window, qtbot, db, now):
    mentor = add_mentor(db)
    meeting = add_meeting(db, mentor.id, now, days=2)
    question = agenda_items.add(
        db, AgendaItem(meeting_id=meeting.id, kind="question", text="What next?")
    )
    note = listening_notes.add(db, ListeningNote(meeting_id=meeting.id, heard="Plan ahead"))
    request = feedback.add(db, FeedbackRequest(mentor_id=mentor.id, question="Was I clear?"))
    action_items.add(db, ActionItem(mentor_id=mentor.id, title="Send the slides"))
    goal = goals.add(db, Goal(mentor_id=mentor.id, title="Speak up in meetings"))
    window = make_window()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.selected_records = {
        "prepare": question.id,
        "notes": note.id,
        "feedback": request.id,
        "relationship": goal.id,
    }
    return window


def walk(start: QWidget, key: Qt.Key, steps: int = 80) -> tuple[list[QWidget], bool]:
    """The widgets ``key`` visits from ``start``, and whether it came back to ``start``."""
    start.setFocus()
    seen = [start]
    for _ in range(steps):
        before = QApplication.focusWidget()
        QTest.keyClick(before, key)
        current = QApplication.focusWidget()
        if current is start:
            return seen, True
        if current is before or current in seen:  # stuck, or a loop that skips the start
            seen.append(current)
            return seen, False
        seen.append(current)
    return seen, False


def name_of(widget: QWidget) -> str:
    return widget.accessibleName() or type(widget).__name__


def in_order(names: list[str], expected: list[str]) -> bool:
    rest = iter(names)
    return all(name in rest for name in expected)


def reachable(tab: QWidget) -> list[QWidget]:
    """The controls a keyboard user must be able to reach on a tab."""
    return [
        w
        for w in tab.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        # Tab enters a group of radio buttons once; arrows move within it
        and not (
            isinstance(w, QRadioButton) and w.parentWidget().findChildren(QRadioButton)[0] is not w
        )
    ]


@pytest.mark.parametrize("key", list(EXPECTED))
def test_tab_walks_each_tab_in_reading_order_and_comes_back(window, key):
    tab = window.tab_by_key[key]
    window.tabs.setCurrentWidget(tab)
    if key in window.selected_records:
        assert tab.select_record(window.selected_records[key])
    QApplication.processEvents()
    start = window.selector.mentor_combo
    forward, closed = walk(start, Qt.Key.Key_Tab)
    names = [name_of(w) for w in forward]
    assert closed, f"Tab got stuck or looped: {names}"
    hidden = [name_of(w) for w in forward if not w.isVisible()]
    assert hidden == []
    # the selector first, then the tab bar, then only the tab in front
    assert names[: len(SELECTOR)] == SELECTOR
    assert isinstance(forward[len(SELECTOR)], QTabBar)
    inside = forward[len(SELECTOR) + 1 :]
    assert [name_of(w) for w in inside if not tab.isAncestorOf(w)] == []
    assert in_order(names, EXPECTED[key]), names
    missed = [name_of(w) for w in reachable(tab) if w not in forward]
    assert missed == []
    # Shift+Tab walks the same way back
    backward, closed_back = walk(start, Qt.Key.Key_Backtab)
    assert closed_back
    assert backward[1:] == forward[1:][::-1]


def test_tab_does_not_stop_on_scroll_areas_or_hidden_pages(window):
    for key in EXPECTED:
        tab = window.tab_by_key[key]
        window.tabs.setCurrentWidget(tab)
        QApplication.processEvents()
        forward, _closed = walk(window.selector.mentor_combo, Qt.Key.Key_Tab)
        kinds = {type(w).__name__ for w in forward}
        assert "QScrollArea" not in kinds, key
        assert all(w.isVisible() for w in forward), key


def test_buttons_of_an_editor_follow_its_fields(window):
    tab = window.tab_by_key["feedback"]
    window.tabs.setCurrentWidget(tab)
    tab.select_record(window.selected_records["feedback"])
    forward, _closed = walk(window.selector.mentor_combo, Qt.Key.Key_Tab)
    editor = [w for w in forward if tab.editor.isAncestorOf(w)]
    last_field = max(i for i, w in enumerate(editor) if not isinstance(w, QAbstractButton))
    assert isinstance(editor[-1], QAbstractButton)
    assert last_field < len(editor) - 1


def test_the_question_whether_a_meeting_took_place_is_reached_before_the_tabs(
    make_window, qtbot, db, now
):
    mentor = add_mentor(db)
    add_meeting(db, mentor.id, now, days=-3)  # over, and nobody said whether it was held
    window = make_window()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.outcome_bar.isVisible()
    forward, closed = walk(window.selector.mentor_combo, Qt.Key.Key_Tab)
    assert closed
    assert all(w.isVisible() for w in forward)
    bar = [i for i, w in enumerate(forward) if window.outcome_bar.isAncestorOf(w)]
    tab_bar = next(i for i, w in enumerate(forward) if isinstance(w, QTabBar))
    assert bar and len(SELECTOR) <= min(bar) and max(bar) < tab_bar
