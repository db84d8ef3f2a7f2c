"""The Action items tab, driven through the real window: add, tick, filter, sort, delete, undo."""

from __future__ import annotations

import time
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from mentee_desktop.app import build_window
from mentee_desktop.data import (
    action_item_table,
    action_items,
    follow_through,
    listening_notes,
    meetings,
)
from mentee_desktop.data.action_items import ActionItem
from mentee_desktop.data.listening_notes import ListeningNote
from mentee_desktop.data.sample import add_sample
from mentee_desktop.ui.actions.model import (
    BLOCK,
    ActionItemsModel,
    Column,
    medium_date_format,
)
from mentee_desktop.ui.actions.tab import ActionsTab
from tests.helpers import add_meeting, add_mentor

ZONE = "Europe/Berlin"
TODAY = date(2026, 11, 25)  # the `now` fixture, in Berlin


@pytest.fixture
def window(qtbot, db, data_dir, now):
    window = build_window(db, data_dir, clock=lambda: now, zone_name=ZONE)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def open_tab(window, mentor_id: int, meeting_id: int | None = None) -> ActionsTab:
    window.selector.select(mentor_id, meeting_id)
    tab = window.tab_by_key["actions"]
    window.tabs.setCurrentWidget(tab)
    return tab


def titles(tab: ActionsTab) -> list[str]:
    return [tab.model.item_at(row).title for row in range(tab.model.rowCount())]


def row_of_title(tab: ActionsTab, title: str) -> int:
    return titles(tab).index(title)


def click_cell(qtbot, tab: ActionsTab, row: int, column: int, *, double: bool = False) -> None:
    index = tab.model.index(row, column)
    tab.table.scrollTo(index)
    center = tab.table.visualRect(index).center()
    if double:
        qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=center)
        qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    else:
        qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=center)


def click_header(qtbot, tab: ActionsTab, column: int) -> None:
    header = tab.table.horizontalHeader()
    pos = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def add_items(db, mentor_id: int, now, specs: list[dict]) -> dict[str, ActionItem]:
    return {
        spec["title"]: action_items.add(db, ActionItem(mentor_id=mentor_id, **spec), now=now)
        for spec in specs
    }


@pytest.fixture
def mixed(db, now):
    """One mentor with open, overdue, done and dropped items of both owners."""
    mentor = add_mentor(db)
    items = add_items(
        db,
        mentor.id,
        now,
        [
            {"title": "Mine, due soon", "due_on": TODAY + timedelta(days=3)},
            {"title": "Mine, overdue", "due_on": TODAY - timedelta(days=2)},
            {"title": "Mine, no date"},
            {"title": "Mentor's, overdue", "owner": "mentor", "due_on": TODAY - timedelta(1)},
            {"title": "Mentor's, open", "owner": "mentor", "due_on": TODAY + timedelta(days=9)},
            {"title": "Mine, dropped", "status": "dropped", "due_on": TODAY - timedelta(30)},
        ],
    )
    for title in ("Mine, done", "Mentor's, done"):
        owner = "mentor" if title.startswith("Mentor") else "me"
        extra = add_items(
            db, mentor.id, now, [{"title": title, "owner": owner, "due_on": TODAY - timedelta(5)}]
        )
        action_items.set_done(db, extra[title].id, True, now=now - timedelta(days=10))
        items |= extra
    return mentor, items


# ----- adding and editing


def test_add_an_item_through_the_dialog(qtbot, window, db, now):
    mentor = add_mentor(db)
    meeting = add_meeting(db, mentor.id, now, days=-1)
    tab = open_tab(window, mentor.id, meeting.id)
    assert "Promises you and your mentor make show up here" in tab.empty_label.text()
    assert tab.stack.currentWidget() is tab.empty_page

    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # no title yet: refused
    assert dialog.isVisible() and dialog.error.isVisible()
    assert action_items.count_items(db, mentor_id=mentor.id) == 0

    title = "Send Amara the draft <b>not bold</b> 🙏🏽 مرحبا 你好"
    qtbot.keyClicks(dialog.title, "Send Amara the draft <b>not bold</b>")
    dialog.title.insert(" 🙏🏽 مرحبا 你好")  # pasted: QTest types ASCII only
    qtbot.keyClicks(dialog.details, "First step: re-read section 2.")
    qtbot.keyClick(dialog.details, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.details, "Then send it.")
    dialog.owner.setFocus()
    qtbot.keyClick(dialog.owner, Qt.Key.Key_Down)  # "My mentor"
    qtbot.mouseClick(dialog.has_due, Qt.MouseButton.LeftButton)
    assert dialog.due.isEnabled()
    dialog.due.setDate(TODAY + timedelta(days=4))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert tab.dialog is None

    [stored] = action_items.list_items(db, mentor_id=mentor.id)
    assert stored.title == title
    assert stored.details == "First step: re-read section 2.\nThen send it."
    assert stored.owner == "mentor"
    assert stored.due_on == TODAY + timedelta(days=4)
    assert (stored.meeting_id, stored.status, stored.created_at) == (meeting.id, "open", now)
    assert tab.stack.currentWidget() is tab.table
    assert tab.current_item().id == stored.id
    shown = tab.table.currentIndex().siblingAtColumn(Column.TITLE).data()
    assert shown == title  # HTML is shown as typed, never rendered


def test_ctrl_n_opens_the_dialog_and_a_failed_save_keeps_the_text(qtbot, window, db, now):
    mentor = add_mentor(db)
    tab = open_tab(window, mentor.id)
    window.new_item_action.trigger()  # Ctrl+N
    dialog = tab.dialog
    long_details = "x" * (1024 * 1024)
    dialog.title.setText("A promise made while the disk is read-only")
    QApplication.clipboard().setText(long_details)
    dialog.details.setFocus()
    started = time.perf_counter()
    qtbot.keyClick(dialog.details, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # paste
    QApplication.processEvents()
    print(f"\npasting 1 MB without spaces took {time.perf_counter() - started:.2f} s")
    assert dialog.details.toPlainText() == long_details

    db.execute("PRAGMA query_only = ON")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.title.text() == "A promise made while the disk is read-only"
    assert window.message_bar.isVisible()
    assert "Not saved" in window.message_bar.label.text()

    db.execute("PRAGMA query_only = OFF")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    [stored] = action_items.list_items(db, mentor_id=mentor.id)
    assert stored.details == long_details


def test_enter_edits_the_current_item_and_done_there_records_the_time(qtbot, window, db, now):
    mentor = add_mentor(db)
    items = add_items(db, mentor.id, now, [{"title": "Read the book", "due_on": TODAY}])
    tab = open_tab(window, mentor.id)
    click_cell(qtbot, tab, 0, Column.TITLE)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    dialog = tab.dialog
    assert dialog.title.text() == "Read the book"
    dialog.title.selectAll()
    qtbot.keyClicks(dialog.title, "Read chapters 1-3 of the book")
    dialog.status.setCurrentIndex(dialog.status.findData("done"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    stored = action_items.get(db, items["Read the book"].id)
    assert (stored.title, stored.status, stored.completed_at) == (
        "Read chapters 1-3 of the book",
        "done",
        now,
    )
    assert stored.due_on == TODAY


HARD_TEXTS = [
    "Thanks 🙏🏽 — let's talk about 👩🏽‍💻 next time",
    "مرحبا، كيف يمكنني تحسين مهاراتي في القيادة؟",
    "我想请教如何更好地管理时间。",
    "<script>alert(1)</script> **bold** [x](javascript:alert(1)) # heading | pipe |",
    "line one\nline two\r\nline three\ttab",
    "y" * (1024 * 1024),
]


@pytest.mark.parametrize("text", HARD_TEXTS, ids=lambda t: repr(t[:12]))
def test_saving_an_unchanged_edit_keeps_any_text_exactly(qtbot, window, db, now, text):
    mentor = add_mentor(db)
    original = action_items.add(
        db, ActionItem(mentor_id=mentor.id, title=text, details=text), now=now
    )
    tab = open_tab(window, mentor.id)
    shown = tab.model.index(0, Column.TITLE).data()
    assert "\n" not in shown and len(shown) <= 301
    click_cell(qtbot, tab, 0, Column.TITLE)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    qtbot.mouseClick(tab.dialog.ok_button, Qt.MouseButton.LeftButton)
    assert tab.dialog is None
    assert action_items.get(db, original.id) == original


def test_double_click_on_the_title_edits(qtbot, window, db, now):
    mentor = add_mentor(db)
    add_items(db, mentor.id, now, [{"title": "Double-click me"}])
    tab = open_tab(window, mentor.id)
    click_cell(qtbot, tab, 0, Column.TITLE, double=True)
    assert tab.dialog is not None and tab.dialog.title.text() == "Double-click me"
    tab.dialog.reject()


# ----- ticking done


def test_tick_done_by_click_and_by_space_records_completion(qtbot, window, db, now):
    mentor = add_mentor(db)
    items = add_items(
        db, mentor.id, now, [{"title": "Click me"}, {"title": "Space me", "due_on": TODAY}]
    )
    tab = open_tab(window, mentor.id)
    click_cell(qtbot, tab, row_of_title(tab, "Click me"), Column.DONE)
    clicked = action_items.get(db, items["Click me"].id)
    assert (clicked.status, clicked.completed_at) == ("done", now)
    assert "Done on time 1" in tab.summary_frame.mine_summary.text()
    assert titles(tab) == ["Space me", "Click me"]  # stays visible until the filter changes

    click_cell(qtbot, tab, row_of_title(tab, "Space me"), Column.TITLE)
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    spaced = action_items.get(db, items["Space me"].id)
    assert (spaced.status, spaced.completed_at) == ("done", now)
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    spaced = action_items.get(db, items["Space me"].id)
    assert (spaced.status, spaced.completed_at) == ("open", None)
    checked = tab.model.index(row_of_title(tab, "Click me"), Column.DONE)
    assert checked.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


# ----- filters, sorting, follow-through


@pytest.mark.parametrize(
    ("show", "owner", "expected"),
    [
        ("open", "everyone", {"Mine, due soon", "Mine, overdue", "Mine, no date"}
            | {"Mentor's, overdue", "Mentor's, open"}),
        ("overdue", "everyone", {"Mine, overdue", "Mentor's, overdue"}),
        ("overdue", "mentor", {"Mentor's, overdue"}),
        ("done", "everyone", {"Mine, done", "Mentor's, done"}),
        ("done", "me", {"Mine, done"}),
        ("open", "me", {"Mine, due soon", "Mine, overdue", "Mine, no date"}),
        ("all", "mentor", {"Mentor's, overdue", "Mentor's, open", "Mentor's, done"}),
        ("all", "me", {"Mine, due soon", "Mine, overdue", "Mine, no date", "Mine, dropped"}
            | {"Mine, done"}),
    ],
)  # fmt: skip
def test_filters_show_the_right_rows(qtbot, window, mixed, show, owner, expected):
    mentor, _items = mixed
    tab = open_tab(window, mentor.id)
    qtbot.mouseClick(tab.filter_bar.show_buttons[show], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.filter_bar.owner_buttons[owner], Qt.MouseButton.LeftButton)
    assert set(titles(tab)) == expected
    assert tab.model.total == len(expected)
    plural = "action item" if len(expected) == 1 else "action items"
    assert tab.filter_bar.count_label.text() == f"{len(expected)} {plural}"


def test_a_filter_with_no_match_says_so_and_offers_to_show_all(qtbot, window, db, now):
    mentor = add_mentor(db)
    add_items(db, mentor.id, now, [{"title": "Not overdue", "due_on": TODAY}])
    tab = open_tab(window, mentor.id)
    qtbot.mouseClick(tab.filter_bar.show_buttons["overdue"], Qt.MouseButton.LeftButton)
    assert tab.stack.currentWidget() is tab.empty_page
    assert tab.empty_label.text() == "No action items match these filters."
    qtbot.mouseClick(tab.empty_button, Qt.MouseButton.LeftButton)
    assert tab.filter_bar.show_buttons["all"].isChecked()
    assert titles(tab) == ["Not overdue"]
    assert tab.model.index(0, Column.DUE).data().endswith(" · today")


def test_no_mentor_shows_a_hint(qtbot, window):
    tab = window.tab_by_key["actions"]
    tab.set_context(None, None)
    assert tab.stack.currentWidget() is tab.empty_page
    assert "Choose or add a mentor" in tab.empty_label.text()
    assert not tab.add_button.isEnabled()
    tab.add_new()
    assert tab.dialog is None


def test_sorting_by_due_and_title_by_clicking_headers(qtbot, window, mixed):
    mentor, items = mixed
    tab = open_tab(window, mentor.id)
    qtbot.mouseClick(tab.filter_bar.show_buttons["all"], Qt.MouseButton.LeftButton)
    by_due = sorted(items.values(), key=lambda i: (i.due_on or date.max, i.id))
    assert titles(tab) == [i.title for i in by_due]  # due, ascending, is the first order

    click_header(qtbot, tab, Column.DUE)
    assert tab.model.query.descending
    assert titles(tab) == [i.title for i in reversed(by_due)]

    click_header(qtbot, tab, Column.TITLE)
    assert tab.model.query.sort == "title"
    ascending = sorted(items, key=str.casefold)
    if tab.model.query.descending:  # a new column keeps the header's current order
        click_header(qtbot, tab, Column.TITLE)
    assert titles(tab) == ascending
    click_header(qtbot, tab, Column.TITLE)
    assert titles(tab) == list(reversed(ascending))


def test_follow_through_line_matches_the_store_for_both_partners(qtbot, window, db, now, mixed):
    mentor, _items = mixed
    tab = open_tab(window, mentor.id)
    zone = window.services.zone
    mine = follow_through.follow_through(db, TODAY, zone, mentor_id=mentor.id, owner="me")
    theirs = follow_through.follow_through(db, TODAY, zone, mentor_id=mentor.id, owner="mentor")
    assert (mine.on_time, mine.late, mine.open, mine.overdue) == (1, 0, 3, 1)
    assert tab.summary_frame.mine_summary.text() == "Done on time 1 · late 0 · open 3 (1 overdue)"
    assert tab.summary_frame.mentor_summary.text() == "Done on time 1 · late 0 · open 2 (1 overdue)"
    assert theirs.open == 2

    click_cell(qtbot, tab, row_of_title(tab, "Mine, overdue"), Column.DONE)
    assert tab.summary_frame.mine_summary.text() == "Done on time 1 · late 1 · open 2"
    assert tab.summary_frame.isVisible()


def test_both_records_read_in_one_pass_count_as_each_read_alone(db, mixed):
    mentor, _items = mixed
    zone = ZoneInfo(ZONE)
    both = follow_through.follow_through_by_owner(db, TODAY, zone, mentor_id=mentor.id)
    for owner in ("me", "mentor"):
        alone = follow_through.follow_through(db, TODAY, zone, mentor_id=mentor.id, owner=owner)
        assert both[owner] == alone
    assert both["me"] != both["mentor"]
    nobody = add_mentor(db, name="Nobody Yet")
    empty = follow_through.follow_through_by_owner(db, TODAY, zone, mentor_id=nobody.id)
    nothing = follow_through.FollowThrough(0, 0, 0, 0)
    assert empty == {"me": nothing, "mentor": nothing}


def test_sample_data_follow_through_and_sources(qtbot, window, db, now):
    result = add_sample(db, now=now, zone_name=ZONE)
    tab = open_tab(window, result.mentor.id)
    assert tab.summary_frame.mine_summary.text() == "Done on time 1 · late 0 · open 1"
    assert tab.summary_frame.mentor_summary.text() == "Done on time 0 · late 1 · open 1 (1 overdue)"


# ----- opening the source


def test_double_click_on_the_source_opens_the_note(qtbot, window, db, now):
    mentor = add_mentor(db)
    meeting = add_meeting(db, mentor.id, now, days=-3)
    note = listening_notes.add(db, ListeningNote(meeting_id=meeting.id, insight="Ask more"))
    made = action_items.make_from_note(db, note.id, title="Ask one more question")
    tab = open_tab(window, mentor.id)
    assert tab.model.index(0, Column.SOURCE).data().startswith("Note, ")
    with qtbot.waitSignal(window.services.open_record_requested) as blocker:
        click_cell(qtbot, tab, 0, Column.SOURCE, double=True)
    assert blocker.args == ["note", note.id]
    assert tab.dialog is None
    assert made.note_id == note.id


def test_open_source_button_opens_the_meeting(qtbot, window, db, now):
    mentor = add_mentor(db)
    meeting = add_meeting(db, mentor.id, now, days=-3)
    add_items(db, mentor.id, now, [{"title": "From the meeting", "meeting_id": meeting.id}])
    add_items(db, mentor.id, now, [{"title": "From nowhere", "due_on": TODAY}])
    tab = open_tab(window, mentor.id)
    click_cell(qtbot, tab, row_of_title(tab, "From nowhere"), Column.TITLE)
    assert not tab.source_button.isEnabled()
    click_cell(qtbot, tab, row_of_title(tab, "From the meeting"), Column.TITLE)
    assert tab.source_button.isEnabled()
    with qtbot.waitSignal(window.services.open_record_requested) as blocker:
        qtbot.mouseClick(tab.source_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["meeting", meeting.id]
    assert window.tabs.currentWidget() is window.tab_by_key["prepare"]


# ----- deleting and undo


def test_delete_key_deletes_and_undo_restores_the_same_item(qtbot, window, db, now, mixed):
    mentor, items = mixed
    tab = open_tab(window, mentor.id)
    victim = items["Mine, overdue"]
    click_cell(qtbot, tab, row_of_title(tab, victim.title), Column.TITLE)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert victim.title not in titles(tab)
    assert action_items.count_items(db, mentor_id=mentor.id) == len(items) - 1
    assert window.message_bar.isVisible() and window.message_bar.can_undo
    assert "Mine, overdue" in window.message_bar.label.text()

    window.undo_action.trigger()  # Ctrl+Z
    assert action_items.get(db, victim.id) == victim
    assert victim.title in titles(tab)


def test_delete_several_with_the_button_and_undo_from_the_message_bar(qtbot, window, db, mixed):
    mentor, items = mixed
    tab = open_tab(window, mentor.id)
    tab.table.selectAll()
    selected = tab.selected_ids()
    assert len(selected) == 5
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert action_items.count_items(db, mentor_id=mentor.id, status="open") == 0
    assert window.message_bar.label.text() == "Deleted 5 action items."
    assert tab.stack.currentWidget() is tab.empty_page  # open filter: nothing left

    qtbot.mouseClick(window.message_bar.undo_button, Qt.MouseButton.LeftButton)
    assert sorted(i.id for i in action_items.list_items(db, mentor_id=mentor.id)) == sorted(
        i.id for i in items.values()
    )
    assert sorted(tab.model.item_at(r).id for r in range(tab.model.rowCount())) == sorted(selected)


# ----- keeping up with the store


def test_items_made_elsewhere_appear_and_a_hidden_tab_waits_until_shown(qtbot, window, db, now):
    mentor = add_mentor(db)
    meeting = add_meeting(db, mentor.id, now, days=-1)
    tab = open_tab(window, mentor.id)
    note = listening_notes.add(db, ListeningNote(meeting_id=meeting.id, insight="Try pairing"))
    window.services.call("action_item", action_items.make_from_note, note.id, title="Try pairing")
    assert titles(tab) == ["Try pairing"]

    window.tabs.setCurrentWidget(window.tab_by_key["notes"])
    reads = []
    tab.model.modelReset.connect(lambda: reads.append(1))
    for n in range(3):
        window.services.call(
            "action_item", action_items.add, ActionItem(mentor_id=mentor.id, title=f"Later {n}")
        )
    assert reads == []  # not read while another tab is in front
    window.tabs.setCurrentWidget(tab)
    assert reads == [1]  # read once when shown
    assert len(titles(tab)) == 4


def test_a_reload_keeps_the_selection_and_an_edit_keeps_the_filters(qtbot, window, db, mixed):
    mentor, items = mixed
    tab = open_tab(window, mentor.id)
    click_cell(qtbot, tab, row_of_title(tab, "Mine, no date"), Column.TITLE)
    qtbot.mouseClick(
        tab.table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        tab.table.visualRect(tab.model.index(row_of_title(tab, "Mentor's, open"), 1)).center(),
    )
    chosen = {items["Mine, no date"].id, items["Mentor's, open"].id}
    assert set(tab.selected_ids()) == chosen
    window.services.call(
        "action_item", action_items.add, ActionItem(mentor_id=mentor.id, title="Aaa, new")
    )
    assert "Aaa, new" in titles(tab)
    assert set(tab.selected_ids()) == chosen
    assert tab.current_item().id == items["Mentor's, open"].id

    qtbot.mouseClick(tab.filter_bar.owner_buttons["mentor"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    tab.dialog.owner.setCurrentIndex(tab.dialog.owner.findData("me"))
    qtbot.mouseClick(tab.dialog.ok_button, Qt.MouseButton.LeftButton)
    assert action_items.get(db, items["Mentor's, open"].id).owner == "me"
    assert tab.filter_bar.owner_buttons["mentor"].isChecked()
    assert "Mentor's, open" not in titles(tab)


def test_a_moved_meeting_relabels_its_items_once_the_change_is_done(qtbot, window, db, now):
    mentor = add_mentor(db)
    meeting = add_meeting(db, mentor.id, now, days=-3)
    add_items(db, mentor.id, now, [{"title": "From the meeting", "meeting_id": meeting.id}])
    tab = open_tab(window, mentor.id)
    before = tab.model.index(0, Column.SOURCE).data()
    meeting.starts_at -= timedelta(days=30)
    window.services.call("meeting", meetings.update, meeting)
    qtbot.waitUntil(lambda: tab.model.index(0, Column.SOURCE).data() != before)
    day = meeting.starts_at.astimezone(window.services.zone).date()
    assert tab.model.index(0, Column.SOURCE).data() == "Meeting " + QLocale().toString(
        day, medium_date_format(QLocale())
    )


def test_select_record_widens_the_filters_when_they_hide_the_item(qtbot, window, mixed):
    mentor, items = mixed
    tab = open_tab(window, mentor.id)
    done = items["Mentor's, done"]
    assert done.title not in titles(tab)
    assert tab.select_record(done.id)
    assert tab.current_item().id == done.id
    assert (
        tab.filter_bar.show_buttons["all"].isChecked()
        and tab.filter_bar.owner_buttons["everyone"].isChecked()
    )
    assert not tab.select_record(999_999)


def test_window_open_record_shows_an_action_item(qtbot, window, db, now, mixed):
    _mentor, items = mixed
    other = add_mentor(db, "Someone else")
    tab = open_tab(window, other.id)
    window.open_record("action_item", items["Mine, no date"].id)
    assert window.tabs.currentWidget() is tab
    assert tab.current_item().id == items["Mine, no date"].id


# ----- many items


def _many(db, mentor_id: int, count: int, now) -> None:
    action_items.add_many(
        db,
        [
            ActionItem(
                mentor_id=mentor_id,
                title=f"Promise number {n:05d}",
                owner="me" if n % 2 else "mentor",
                due_on=TODAY + timedelta(days=n % 400 - 100),
            )
            for n in range(count)
        ],
        now=now,
    )


def test_five_thousand_items_are_read_a_block_at_a_time(qtbot, window, db, now, rows_read):
    mentor = add_mentor(db)
    _many(db, mentor.id, 5000, now)
    tab = open_tab(window, mentor.id)
    qtbot.mouseClick(tab.filter_bar.show_buttons["all"], Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert tab.model.rowCount() == tab.model.total == 5000
    assert tab.filter_bar.count_label.text() == f"{QLocale().toString(5000)} action items"
    assert 0 < sum(rows_read) <= 2 * BLOCK  # what the first screen shows, not all 5,000

    rows_read.clear()
    scrollbar = tab.table.verticalScrollBar()
    scrollbar.setValue(scrollbar.maximum())
    QApplication.processEvents()
    assert rows_read == [BLOCK]  # only the block at the bottom

    order = action_item_table.list_order(db, mentor_id=mentor.id)
    deep = order[2345]
    rows_read.clear()
    assert tab.select_record(deep)
    assert tab.current_item().id == deep
    assert tab.table.currentIndex().row() == 2345
    assert tab.table.visualRect(tab.table.currentIndex()).intersects(tab.table.viewport().rect())
    assert sum(rows_read) <= 2 * BLOCK  # the rows around it, not the 2,345 before it

    rows_read.clear()
    tab.table.selectAll()  # Ctrl+A: all 5,000 selected, their ids known without reading them
    assert tab.selected_ids() == order
    assert sum(rows_read) <= 2 * BLOCK


def test_opening_the_tab_on_twenty_thousand_items(qtbot, window, db, now):
    """Measures (prints, asserts no timing) how long a mentor with 20,000 items takes to show."""
    mentor = add_mentor(db)
    _many(db, mentor.id, 20_000, now)
    small = add_mentor(db, "Ten items")
    _many(db, small.id, 10, now)
    tab = window.tab_by_key["actions"]

    def measure(action) -> str:
        started = time.perf_counter()
        action()
        QApplication.processEvents()  # includes painting the first rows
        return f"{(time.perf_counter() - started) * 1000:.0f} ms"

    timings = {}
    for name, who in [("10 items", small), ("20,000 items", mentor)]:
        window.tabs.setCurrentWidget(window.tab_by_key["prepare"])
        window.selector.select(who.id, None)
        QApplication.processEvents()
        timings[f"switch to the tab, {name}"] = measure(lambda: window.tabs.setCurrentWidget(tab))
        window.selector.select(small.id if who is mentor else mentor.id, None)
        QApplication.processEvents()
        timings[f"pick the mentor, {name}"] = measure(
            lambda w=who: window.selector.select(w.id, None)
        )
    assert (tab.model.total, tab.model.rowCount()) == (20_000, 20_000)
    timings["sort 20,000 by title"] = measure(lambda: click_header(qtbot, tab, Column.TITLE))
    timings["show all 20,000"] = measure(
        lambda: qtbot.mouseClick(tab.filter_bar.show_buttons["all"], Qt.MouseButton.LeftButton)
    )
    assert tab.model.rowCount() == 20_000
    print("\nAction items tab: " + "; ".join(f"{k} {v}" for k, v in timings.items()))


# ----- accessibility


def test_every_control_has_an_accessible_name(qtbot, window, db, now, mixed):
    mentor, _items = mixed
    tab = open_tab(window, mentor.id)
    controls: list[QWidget] = [*tab.findChildren(QAbstractButton), tab.table]
    unnamed = [w for w in controls if w.isVisible() and not w.accessibleName()]
    assert unnamed == []
    for label in (
        tab.summary_frame.mine_summary,
        tab.summary_frame.mentor_summary,
        tab.filter_bar.count_label,
    ):
        assert isinstance(label, QLabel) and label.accessibleName()
    tab.add_new()
    dialog = tab.dialog
    inputs = [dialog.title, dialog.details, dialog.owner, dialog.has_due, dialog.due]
    assert all(w.accessibleName() for w in inputs)
    dialog.reject()
    index = tab.model.index(0, Column.DONE)
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) in ("Done", "Not done")
    assert tab.model.index(0, 0).data(ActionItemsModel.ItemIdRole) is not None


def test_ctrl_end_shows_the_last_of_five_thousand_items_reading_one_block(
    qtbot, window, db, now, rows_read
):
    mentor = add_mentor(db)
    _many(db, mentor.id, 5000, now)
    tab = open_tab(window, mentor.id)
    tab.set_filters("all")
    QApplication.processEvents()
    tab.table.setFocus()
    rows_read.clear()
    qtbot.keyClick(tab.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()  # the table paints the rows now in view
    last = action_item_table.list_order(db, mentor_id=mentor.id, sort="due_on")[-1]
    assert tab.current_item().id == last
    assert tab.table.currentIndex().row() == 4999
    assert tab.table.visualRect(tab.table.currentIndex()).intersects(tab.table.viewport().rect())
    assert rows_read == [BLOCK]  # the last block, not the 4,800 rows before it
    qtbot.keyClick(tab.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert tab.table.currentIndex().row() == 0

    tab.table.setCurrentIndex(QModelIndex())  # as after choosing the mentor: no row is current
    qtbot.keyClick(tab.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert tab.current_item().id == last
    qtbot.keyClick(tab.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert tab.table.currentIndex().row() == 0
