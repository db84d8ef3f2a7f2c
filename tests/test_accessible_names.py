"""What a screen reader announces: every control of the real window has a name and a role,
and list items say their state in words ("carried over", "discussed", "done")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from mentee_desktop.data import (
    action_items,
    agenda_items,
    feedback,
    goals,
    lifecycle,
    listening_notes,
)
from mentee_desktop.data.action_items import ActionItem
from mentee_desktop.data.agenda_items import AgendaItem
from mentee_desktop.data.feedback import FeedbackRequest
from mentee_desktop.data.goals import Goal
from mentee_desktop.data.listening_notes import ListeningNote
from tests.helpers import add_meeting, add_mentor
from tests.test_keyboard import all_dialogs

#: the kinds of widget a user acts on (check boxes and radio buttons are buttons too)
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,  # spin boxes, date and time edits
    QAbstractItemView,  # lists, trees, tables
    QTabBar,
)
#: roles that tell a screen reader nothing about what the control is
NO_ROLE = {QAccessible.Role.NoRole, QAccessible.Role.Client}


def is_qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside a control and names through it (a spin box's line edit, a
    view's headers and scroll bars, a combo box's popup list)."""
    return (
        widget.objectName().startswith("qt_")
        or isinstance(widget, QHeaderView)
        or widget.window().inherits("QComboBoxPrivateContainer")
    )


def unnamed_controls(top: QWidget) -> list[str]:
    """The visible controls under ``top`` a screen reader would announce without a name or
    without a role."""
    found = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible():
            continue
        if is_qt_internal(widget):
            continue
        accessible = QAccessible.queryAccessibleInterface(widget)
        name = accessible.text(QAccessible.Text.Name).strip()
        where = f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}"
        if not name:
            found.append(f"no name: {where} {widget.toolTip()!r}")
        if accessible.role() in NO_ROLE:
            found.append(f"no role: {where} {name!r}")
    return found


@pytest.fixture
def store(db, now):
    mentor = add_mentor(db)
    held = add_meeting(db, mentor.id, now, days=-7)
    agenda_items.add(
        db, AgendaItem(meeting_id=held.id, kind="question", text="Ask about the roadmap")
    )
    upcoming = add_meeting(db, mentor.id, now, days=2)
    lifecycle.mark_held(db, held.id, now=now)  # its open question moves on: carried over
    discussed = agenda_items.add(
        db, AgendaItem(meeting_id=upcoming.id, kind="topic", text="My first talk")
    )
    agenda_items.set_status(db, discussed.id, "discussed")
    past = add_meeting(db, mentor.id, now, days=-1)  # over, not yet said whether held
    note = listening_notes.add(db, ListeningNote(meeting_id=upcoming.id, heard="Plan ahead"))
    request = feedback.add(db, FeedbackRequest(mentor_id=mentor.id, question="Was I clear?"))
    action_items.add(
        db, ActionItem(mentor_id=mentor.id, title="Send the slides", due_on=now.date())
    )  # due today: the reminders bar shows
    done = action_items.add(db, ActionItem(mentor_id=mentor.id, title="Book the room"))
    action_items.set_status(db, done.id, "done", now=now)
    goal = goals.add(db, Goal(mentor_id=mentor.id, title="Speak up in meetings"))
    return {
        "mentor": mentor.id,
        "past": past.id,
        "upcoming": upcoming.id,
        "records": {
            "notes": note.id,
            "feedback": request.id,
            "relationship": goal.id,
        },
    }


@pytest.fixture
def window(make_window, qtbot, store):
    window = make_window()
    qtbot.waitExposed(window)
    window.selector.select(store["mentor"], store["upcoming"])
    return window


def test_every_control_on_every_tab_has_a_name_and_a_role(qtbot, window, store):
    qtbot.waitUntil(lambda: window.reminders.bar.isVisible(), timeout=3000)
    window.reminders.bar.expand_button.click()  # its rows and their buttons
    bar_buttons = window.reminders.bar.findChildren(QAbstractButton)
    assert len([b for b in bar_buttons if b.isVisible()]) >= 2
    window.show_info("Saved")  # the message line shows too
    found = {}
    for key in window.tab_by_key:
        tab = window.tab_by_key[key]
        window.tabs.setCurrentWidget(tab)
        if key in store["records"]:
            assert tab.select_record(store["records"][key])
        QApplication.processEvents()
        found[key] = unnamed_controls(window)
    assert found == {key: [] for key in window.tab_by_key}


def test_the_question_whether_a_meeting_took_place_has_names(window, store):
    window.selector.select(store["mentor"], store["past"])
    assert window.outcome_bar.isVisible()
    assert unnamed_controls(window.outcome_bar) == []
    assert unnamed_controls(window) == []


def test_every_dialog_has_names_for_its_controls(qtbot):
    found = {}
    for dialog in all_dialogs():
        qtbot.addWidget(dialog)
        dialog.show()
        found[dialog.windowTitle()] = unnamed_controls(dialog)
        dialog.hide()
    assert {title: unnamed for title, unnamed in found.items() if unnamed} == {}


def test_the_welcome_page_has_names(make_window, qtbot):
    window = make_window()
    qtbot.waitExposed(window)
    assert window.welcome.isVisible()
    assert unnamed_controls(window) == []


def test_the_check_finds_an_unnamed_control(window):
    bare = QToolButton(window.tab_by_key["prepare"])
    bare.show()
    assert any(line.startswith("no name: QToolButton") for line in unnamed_controls(window))
    bare.deleteLater()


def cell_names(view: QAbstractItemView) -> list[str]:
    """What a screen reader reads for each cell of a view (through Qt's accessibility)."""
    accessible = QAccessible.queryAccessibleInterface(view)
    return [
        accessible.child(i).text(QAccessible.Text.Name)
        for i in range(accessible.childCount())
        if accessible.child(i) is not None
    ]


def rows_of(model, parent: QModelIndex | None = None) -> list[QModelIndex]:
    parent = parent if parent is not None else QModelIndex()
    rows = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        rows.append(index)
        rows.extend(rows_of(model, index))
    return rows


def test_agenda_items_say_they_were_carried_over_or_discussed(window):
    tab = window.tab_by_key["prepare"]
    window.tabs.setCurrentWidget(tab)
    tab.tree.expandAll()
    QApplication.processEvents()
    said = [i.data(Qt.ItemDataRole.AccessibleTextRole) for i in rows_of(tab.tree.model())]
    assert "Ask about the roadmap, carried over" in said
    assert "My first talk, discussed" in said
    announced = cell_names(tab.tree)
    assert any("Ask about the roadmap" in n and "carried over" in n for n in announced)


def test_action_items_say_they_are_done(window):
    tab = window.tab_by_key["actions"]
    window.tabs.setCurrentWidget(tab)
    tab.filter_bar.show_buttons["all"].click()
    QApplication.processEvents()
    model = tab.model
    said = {
        model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole)
        for row in range(model.rowCount())
    } | {
        model.index(row, column).data(Qt.ItemDataRole.AccessibleTextRole)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    }
    assert any(text and "Book the room" in text and "done" in text for text in said)
    assert not any(text and "Send the slides" in text and "done" in text for text in said)
    announced = cell_names(tab.table)
    assert any("Book the room" in n and "done" in n for n in announced)
