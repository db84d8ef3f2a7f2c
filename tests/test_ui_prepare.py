"""The Prepare tab, driven through the real window: type, click, press keys, read the store."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from mentee_desktop.app import build_window
from mentee_desktop.data import action_items, agenda_items, lifecycle, suggested_questions
from mentee_desktop.data.action_items import ActionItem
from mentee_desktop.data.agenda_items import AgendaItem
from mentee_desktop.data.meetings import Meeting
from mentee_desktop.ui.prepare.agenda_model import AgendaModel
from mentee_desktop.ui.prepare.words import readiness_text
from tests.helpers import add_meeting, add_mentor

ZONE = "Europe/Berlin"
HARD_TEXTS = {
    "emoji": "Thanks 🙏🏽 — next time 👩🏽‍💻 and 🇩🇪",
    "arabic": "مرحبا، كيف يمكنني تحسين مهاراتي في القيادة؟",
    "chinese": "我想请教如何更好地管理时间。",
    "html": "<b>x</b> <script>alert(1)</script> **bold** &amp; <i>",
}


@pytest.fixture
def meeting(db, now):
    mentor = add_mentor(db)
    return add_meeting(db, mentor.id, now, days=2)


def open_window(qtbot, db, data_dir, now):
    window = build_window(db, data_dir, clock=lambda: now, zone_name=ZONE)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    tab = window.tab_by_key["prepare"]
    window.tabs.setCurrentWidget(tab)
    return window, tab


@pytest.fixture
def window(qtbot, db, data_dir, now, meeting):
    return open_window(qtbot, db, data_dir, now)[0]


@pytest.fixture
def tab(window):
    return window.tab_by_key["prepare"]


def stored(db, meeting_id: int) -> list[AgendaItem]:
    return agenda_items.list_for_meeting(db, meeting_id)


def add(db, meeting_id: int, text: str, kind: str = "question", **fields) -> AgendaItem:
    return agenda_items.add(db, AgendaItem(meeting_id=meeting_id, kind=kind, text=text, **fields))


def paste(qtbot, editor: QPlainTextEdit, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


# ----- adding and editing


def test_ctrl_n_starts_a_question_and_typing_saves_it_after_a_pause(qtbot, db, tab, meeting):
    qtbot.keyClick(tab.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is tab.editor.text_edit
    qtbot.keyClicks(tab.editor.text_edit, "What should I learn next?")
    assert stored(db, meeting.id) == []  # not before the pause
    qtbot.waitUntil(
        lambda: [i.text for i in stored(db, meeting.id)] == ["What should I learn next?"]
    )
    item = stored(db, meeting.id)[0]
    assert (item.kind, item.raised_by, item.status) == ("question", "me", "open")
    assert tab.model.index_of(item.id).isValid()
    assert tab.editor.item_id == item.id
    qtbot.keyClicks(tab.editor.text_edit, " And how?")
    qtbot.waitUntil(lambda: stored(db, meeting.id)[0].text.endswith("And how?"))
    assert len(stored(db, meeting.id)) == 1


def test_add_new_uses_the_kind_selected_in_the_agenda(qtbot, db, tab, meeting):
    tab.tree.setCurrentIndex(tab.model.heading_index("share"))
    assert tab.add_button.text() == "Add something to share"
    tab.add_new()
    qtbot.keyClicks(tab.editor.text_edit, "A tool I use")
    tab.flush()
    assert [(i.kind, i.text) for i in stored(db, meeting.id)] == [("share", "A tool I use")]


def test_an_empty_new_item_is_not_stored(qtbot, db, tab, meeting):
    tab.add_new()
    tab.tree.setFocus()
    tab.flush()
    tab.tree.setCurrentIndex(tab.model.heading_index("topic"))
    assert stored(db, meeting.id) == []
    assert tab.editor_stack.currentWidget() is tab.hint_page


def test_raised_by_and_discussed_are_stored(qtbot, db, tab, meeting):
    item = add(db, meeting.id, "How do you plan your week?")
    tab.reload()
    assert tab.select_record(item.id)
    qtbot.mouseClick(tab.editor.raised_mentor, Qt.MouseButton.LeftButton)
    assert agenda_items.get(db, item.id).raised_by == "mentor"
    qtbot.mouseClick(tab.editor.discussed_check, Qt.MouseButton.LeftButton)
    assert agenda_items.get(db, item.id).status == "discussed"
    assert "from mentor" in [
        label for label, _ in tab.model.index_of(item.id).data(AgendaModel.BadgesRole)
    ]
    qtbot.mouseClick(tab.editor.raised_me, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.editor.discussed_check, Qt.MouseButton.LeftButton)
    assert (agenda_items.get(db, item.id).raised_by, agenda_items.get(db, item.id).status) == (
        "me",
        "open",
    )


def test_space_in_the_agenda_ticks_an_item_discussed(qtbot, db, tab, meeting):
    item = add(db, meeting.id, "Which conference is worth it?")
    tab.reload()
    tab.select_record(item.id)
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Space)
    assert agenda_items.get(db, item.id).status == "discussed"
    assert tab.editor.discussed_check.isChecked()
    assert tab.readiness_label.text() == "Everything on this agenda has been discussed."
    qtbot.keyClick(tab.tree, Qt.Key.Key_Space)
    assert agenda_items.get(db, item.id).status == "open"


def test_changing_the_kind_moves_the_item_to_its_group(qtbot, db, tab, meeting):
    item = add(db, meeting.id, "My review went well")
    tab.reload()
    tab.select_record(item.id)
    tab.editor.kind_combo.setCurrentIndex(tab.editor.kind_combo.findData("feedback"))
    assert agenda_items.get(db, item.id).kind == "feedback"
    assert tab.model.index_of(item.id).parent().row() == tab.model.heading_index("feedback").row()
    assert tab.editor.details_label.text() == "My own observation"
    assert tab.editor.details_edit.accessibleName() == "My own observation"


# ----- order


def test_alt_down_and_alt_up_reorder_within_the_kind(qtbot, db, tab, meeting):
    first = add(db, meeting.id, "first")
    topic = add(db, meeting.id, "a topic", kind="topic")
    second = add(db, meeting.id, "second")
    third = add(db, meeting.id, "third")
    tab.reload()
    tab.select_record(first.id)
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    order = [i.id for i in stored(db, meeting.id) if i.kind == "question"]
    assert order == [second.id, first.id, third.id]
    assert tab.editor.item_id == first.id  # the moved item stays selected
    qtbot.keyClick(tab.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(tab.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # already last
    assert [i.id for i in stored(db, meeting.id) if i.kind == "question"] == [
        second.id,
        third.id,
        first.id,
    ]
    # from the text editor too
    qtbot.keyClick(tab.editor.text_edit, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    positions = {i.id: i.position for i in stored(db, meeting.id)}
    assert positions[second.id] < positions[first.id] < positions[third.id]
    assert topic.id in positions
    rows = [tab.model.index(r, 0, tab.model.heading_index("question")) for r in range(3)]
    assert [index.data(AgendaModel.ItemIdRole) for index in rows] == [
        second.id,
        first.id,
        third.id,
    ]


def test_drag_and_drop_stays_within_the_kind(qtbot, db, tab, meeting):
    first = add(db, meeting.id, "first")
    second = add(db, meeting.id, "second")
    third = add(db, meeting.id, "third")
    add(db, meeting.id, "a topic", kind="topic")
    tab.reload()
    model = tab.model
    questions = model.heading_index("question")
    data = model.mimeData([model.index_of(first.id)])
    # dropped between "second" and "third"
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 2, 0, questions)
    assert not model.canDropMimeData(
        data, Qt.DropAction.MoveAction, 0, 0, model.heading_index("topic")
    )
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 2, 0, questions)
    qtbot.waitUntil(
        lambda: (
            [i.id for i in stored(db, meeting.id) if i.kind == "question"]
            == [second.id, first.id, third.id]
        )
    )
    assert not model.dropMimeData(
        data, Qt.DropAction.MoveAction, 0, 0, model.heading_index("topic")
    )


def test_order_within_kind_keeps_other_kinds_in_place():
    items = [
        AgendaItem(meeting_id=1, kind=kind, text=str(n), id=n)
        for n, kind in enumerate(["question", "topic", "question", "share", "question"], 1)
    ]
    assert agenda_items.order_within_kind(items, 5, 0) == [5, 2, 1, 4, 3]
    assert agenda_items.order_within_kind(items, 1, 99) == [3, 2, 5, 4, 1]
    assert agenda_items.order_within_kind(items, 3, 1) == [1, 2, 3, 4, 5]


@given(
    kinds=st.lists(st.sampled_from(agenda_items.KINDS), min_size=1, max_size=12),
    pick=st.integers(min_value=0, max_value=11),
    index=st.integers(min_value=-2, max_value=14),
)
def test_order_within_kind_moves_one_item_and_nothing_else(kinds, pick, index):
    items = [AgendaItem(meeting_id=1, kind=k, text="", id=n) for n, k in enumerate(kinds, 1)]
    moving = items[pick % len(items)]
    order = agenda_items.order_within_kind(items, moving.id, index)
    assert sorted(order) == [i.id for i in items]
    by_id = {i.id: i for i in items}
    assert [by_id[i].kind for i in order] == kinds  # every slot keeps its kind
    same = [i for i in order if by_id[i].kind == moving.kind]
    assert same.index(moving.id) == max(0, min(len(same) - 1, index))
    others = [i for i in order if i != moving.id]
    assert [i for i in others if by_id[i].kind == moving.kind] == [
        i.id for i in items if i.kind == moving.kind and i.id != moving.id
    ]


def test_the_add_menu_starts_an_item_of_that_kind(qtbot, db, tab, meeting):
    action = next(a for a in tab.add_menu.actions() if a.data() == "feedback")
    action.trigger()
    assert tab.editor.heading.text() == "Feedback I want"
    assert tab.editor.details_label.text() == "My own observation"
    qtbot.keyClicks(tab.editor.text_edit, "My demo on Friday")
    qtbot.keyClick(tab.editor.text_edit, Qt.Key.Key_Tab)  # on to my own observation
    qtbot.keyClicks(QApplication.focusWidget(), "Too fast at the start")
    tab.flush()
    item = stored(db, meeting.id)[0]
    assert (item.kind, item.text, item.details) == (
        "feedback",
        "My demo on Friday",
        "Too fast at the start",
    )


# ----- delete and undo


def test_delete_then_undo_from_the_edit_menu_brings_the_item_back(qtbot, db, window, tab, meeting):
    keep = add(db, meeting.id, "keep me")
    doomed = add(db, meeting.id, "delete me", details="with details", raised_by="mentor")
    tab.reload()
    tab.select_record(doomed.id)
    qtbot.mouseClick(tab.editor.delete_button, Qt.MouseButton.LeftButton)
    assert [i.id for i in stored(db, meeting.id)] == [keep.id]
    assert not tab.model.index_of(doomed.id).isValid()
    assert tab.editor.item_id == keep.id  # the neighbour is selected
    assert window.message_bar.can_undo and "delete me" in window.message_bar.label.text()
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    back = agenda_items.get(db, doomed.id)
    assert (back.text, back.details, back.raised_by, back.position) == (
        "delete me",
        "with details",
        "mentor",
        doomed.position,
    )
    assert tab.model.index_of(doomed.id).isValid()


def test_delete_key_then_ctrl_z_undoes(qtbot, db, window, tab, meeting):
    item = add(db, meeting.id, "press delete")
    tab.reload()
    tab.select_record(item.id)
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Delete)
    assert stored(db, meeting.id) == []
    assert tab.editor_stack.currentWidget() is tab.hint_page
    qtbot.keyClick(tab.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [i.text for i in stored(db, meeting.id)] == ["press delete"]


def test_delete_stores_the_latest_text_first_so_undo_restores_it(qtbot, db, window, tab, meeting):
    item = add(db, meeting.id, "old words")
    tab.reload()
    tab.select_record(item.id)
    tab.editor.text_edit.selectAll()
    qtbot.keyClicks(tab.editor.text_edit, "new words")
    tab.delete_current()
    window.undo_last_delete()
    assert agenda_items.get(db, item.id).text == "new words"


# ----- markers, readiness, empty states


def test_carried_over_items_are_marked(qtbot, db, data_dir, now):
    mentor = add_mentor(db)
    last = add_meeting(db, mentor.id, now, days=-14, status="held")
    add(db, last.id, "Still open from last time")
    action_items.add(db, ActionItem(mentor_id=mentor.id, title="Send the draft"))
    upcoming = lifecycle.plan(
        db, Meeting(mentor_id=mentor.id, starts_at=now + timedelta(days=3), timezone=ZONE)
    )
    window, tab = open_window(qtbot, db, data_dir, now)
    assert window.current_meeting_id() == upcoming.id
    carried = next(i for i in stored(db, upcoming.id) if i.is_carried_over)
    update = next(i for i in stored(db, upcoming.id) if i.action_item_id is not None)
    index = tab.model.index_of(carried.id)
    assert ("carried over", "carried") in index.data(AgendaModel.BadgesRole)
    assert "Carried over" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "carried over" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert tab.select_record(carried.id)
    assert tab.editor.origin_label.isVisible()
    day = last.starts_at.astimezone(tab.services.zone)
    assert str(day.day) in tab.editor.origin_label.text()
    assert tab.editor.origin_label.text().startswith("Carried over from the meeting on")
    tab.select_record(update.id)
    assert ("promise", "promise") in tab.model.index_of(update.id).data(AgendaModel.BadgesRole)
    assert tab.editor.open_action_button.isVisible()
    assert tab.model.index_of(update.id).parent() == tab.model.heading_index("update")


def test_readiness_line_counts_open_items_per_kind(qtbot, db, tab, meeting):
    assert tab.readiness_label.text() == "Nothing prepared yet. One good question is a fine start."
    for n in range(3):
        add(db, meeting.id, f"question {n}")
    add(db, meeting.id, "an article", kind="share")
    add(db, meeting.id, "promise one", kind="update")
    add(db, meeting.id, "promise two", kind="update")
    add(db, meeting.id, "done already", kind="topic", status="discussed")
    tab.reload()
    assert tab.readiness_label.text() == "3 questions · 2 updates · 1 thing to share"


def test_readiness_wording_singular_and_plural():
    from collections import Counter

    assert readiness_text(Counter(question=1, feedback=1), 2) == "1 question · 1 feedback request"
    assert (
        readiness_text(Counter(topic=2, share=2, feedback=3), 7)
        == "2 topics · 2 things to share · 3 feedback requests"
    )
    assert readiness_text(Counter(update=1), 1) == "1 update"
    assert readiness_text(Counter(), 3) == "Everything on this agenda has been discussed."


def test_no_meeting_says_how_to_start(qtbot, db, data_dir, now):
    add_mentor(db)
    _, tab = open_window(qtbot, db, data_dir, now)
    assert tab.pages.currentWidget() is tab.no_meeting_page
    assert tab.no_meeting_page.message.text() == (
        "Plan a meeting with New meeting… to start preparing"
    )
    tab.add_new()  # nothing to add to: no crash, nothing stored
    assert db.execute("SELECT count(*) FROM agenda_items").fetchone()[0] == 0


def test_an_empty_agenda_gives_a_hint(tab):
    assert tab.pages.currentWidget() is tab.work_page
    assert tab.editor_stack.currentWidget() is tab.hint_page
    assert tab.hint_page.title.text() == "What will you bring to this meeting?"
    tab.tree.setCurrentIndex(tab.model.heading_index("share"))
    assert tab.hint_page.title.text() == "Something I can share"
    assert "both ways" in tab.hint_page.text.text()


def test_add_my_open_promises_is_idempotent(qtbot, db, window, tab, meeting):
    promise = action_items.add(
        db, ActionItem(mentor_id=meeting.mentor_id, title="Write the retro notes")
    )
    action_items.add(db, ActionItem(mentor_id=meeting.mentor_id, title="theirs", owner="mentor"))
    qtbot.mouseClick(tab.promises_button, Qt.MouseButton.LeftButton)
    updates = [i for i in stored(db, meeting.id) if i.kind == "update"]
    assert [(i.text, i.action_item_id) for i in updates] == [("Write the retro notes", promise.id)]
    assert window.message_bar.label.text() == "Added 1 update on what you promised."
    assert tab.readiness_label.text() == "1 update"
    qtbot.mouseClick(tab.promises_button, Qt.MouseButton.LeftButton)
    assert len(stored(db, meeting.id)) == 1
    assert "already on this agenda" in window.message_bar.label.text()


# ----- suggestions


def _click_suggestion(qtbot, tab, row: int) -> None:
    rect = tab.suggestions.list.visualItemRect(tab.suggestions.list.item(row))
    qtbot.mouseClick(tab.suggestions.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_suggested_question_is_added_in_one_click(qtbot, db, tab, meeting):
    tab.suggestions.set_purpose("skills")
    expected = suggested_questions.BUILT_IN["skills"][1]
    _click_suggestion(qtbot, tab, 1)
    assert [(i.kind, i.text) for i in stored(db, meeting.id)] == [("question", expected)]
    assert tab.suggestions.list.item(1).text().startswith("✓ ")
    _click_suggestion(qtbot, tab, 1)  # already on the agenda: not added twice
    assert len(stored(db, meeting.id)) == 1
    tab.suggestions.set_purpose("offer")
    _click_suggestion(qtbot, tab, 0)
    assert stored(db, meeting.id)[-1].kind == "share"
    assert tab.readiness_label.text() == "1 question · 1 thing to share"


def test_enter_on_a_suggestion_adds_it(qtbot, db, tab, meeting):
    tab.suggestions.set_purpose("mentoring")
    tab.suggestions.list.setFocus()
    tab.suggestions.list.setCurrentRow(2)
    qtbot.keyClick(tab.suggestions.list, Qt.Key.Key_Return)
    assert [i.text for i in stored(db, meeting.id)] == [
        suggested_questions.BUILT_IN["mentoring"][2]
    ]


def test_my_own_suggestion_is_kept_and_can_be_removed_and_restored(qtbot, db, window, tab):
    tab.suggestions.set_purpose("career")
    qtbot.keyClicks(tab.suggestions.own_edit, "What would you do in my place?")
    qtbot.mouseClick(tab.suggestions.keep_button, Qt.MouseButton.LeftButton)
    kept = suggested_questions.list_custom(db)
    assert [(s.purpose, s.text) for s in kept] == [("career", "What would you do in my place?")]
    assert tab.suggestions.own_edit.text() == ""
    last = tab.suggestions.list.count() - 1
    assert tab.suggestions.suggestion_at(last) == kept[0]
    tab.suggestions.list.setFocus()
    tab.suggestions.list.setCurrentRow(last)
    qtbot.keyClick(tab.suggestions.list, Qt.Key.Key_Delete)
    assert suggested_questions.list_custom(db) == []
    window.undo_last_delete()
    assert suggested_questions.list_custom(db) == kept
    assert tab.suggestions.list.count() == last + 1


# ----- any text, autosave, failures


@pytest.mark.parametrize("name", HARD_TEXTS)
def test_any_text_round_trips_and_shows_literally(qtbot, db, data_dir, now, tab, meeting, name):
    text = HARD_TEXTS[name]
    tab.add_new()
    paste(qtbot, tab.editor.text_edit, text)
    paste(qtbot, tab.editor.details_edit, text)
    tab.flush()
    item = stored(db, meeting.id)[0]
    assert (item.text, item.details) == (text, text)
    assert tab.model.index_of(item.id).data() == text.strip()
    tab.window().close()
    _, again = open_window(qtbot, db, data_dir, now)
    assert again.select_record(item.id)
    assert again.editor.text_edit.text() == text
    assert again.editor.details_edit.text() == text


def test_a_megabyte_paste_round_trips(qtbot, db, tab, meeting):
    text = ("Ünïcödé 😀 مرحبا 你好 <b>x</b>\n" * 30_000)[: 1024 * 1024]
    tab.add_new()
    paste(qtbot, tab.editor.text_edit, text)
    assert tab.flush()
    item = stored(db, meeting.id)[0]
    assert item.text == text
    assert len(tab.model.index_of(item.id).data()) < 300  # the list shows a short line


def test_leaving_the_editor_saves_at_once(qtbot, db, tab, meeting):
    item = add(db, meeting.id, "a question")
    tab.reload()
    tab.select_record(item.id)
    tab.editor.details_edit.setFocus()
    qtbot.keyClicks(tab.editor.details_edit, "context for it")
    assert agenda_items.get(db, item.id).details == ""
    tab.tree.setFocus()  # focus leaves the editor: stored now, no pause needed
    assert agenda_items.get(db, item.id).details == "context for it"
    assert not tab._save_timer.isActive()


def test_flush_and_closing_the_window_store_pending_edits(qtbot, db, data_dir, now, meeting):
    window, tab = open_window(qtbot, db, data_dir, now)
    tab.add_new()
    qtbot.keyClicks(tab.editor.text_edit, "typed just before closing")
    assert stored(db, meeting.id) == []
    window.close()
    assert [i.text for i in stored(db, meeting.id)] == ["typed just before closing"]
    item = stored(db, meeting.id)[0]
    _, again = open_window(qtbot, db, data_dir, now)
    assert again.select_record(item.id)
    again.tree.setFocus()
    qtbot.keyClick(again.tree, Qt.Key.Key_Return)  # Enter opens the item's text, cursor at end
    assert QApplication.focusWidget() is again.editor.text_edit
    qtbot.keyClicks(again.editor.text_edit, "!")
    again.flush()
    assert agenda_items.get(db, item.id).text == "typed just before closing!"


def test_a_refused_write_shows_why_and_keeps_the_typed_text(qtbot, db, window, tab, meeting):
    other = add(db, meeting.id, "another item")
    tab.reload()
    tab.add_new()
    qtbot.keyClicks(tab.editor.text_edit, "Nicht verlieren")
    paste(qtbot, tab.editor.text_edit, " 🙏")
    db.execute("PRAGMA query_only = ON")  # every write now fails as read-only
    assert not tab.flush()
    assert not window.message_bar.isHidden()
    assert window.message_bar.label.text().startswith("Not saved:")
    assert "read-only" in window.message_bar.label.text()
    assert tab.editor.text_edit.text() == "Nicht verlieren 🙏"
    tab.tree.setCurrentIndex(tab.model.index_of(other.id))  # moving away keeps the text too
    assert tab.editor.text_edit.text() == "Nicht verlieren 🙏"
    db.execute("PRAGMA query_only = OFF")
    assert tab.flush()
    assert "Nicht verlieren 🙏" in [i.text for i in stored(db, meeting.id)]


def test_a_full_disk_keeps_a_large_paste_in_the_editor(qtbot, db, window, tab, meeting):
    item = add(db, meeting.id, "short")
    tab.reload()
    tab.select_record(item.id)
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    text = "z" * (256 * 1024)
    tab.editor.text_edit.selectAll()
    paste(qtbot, tab.editor.text_edit, text)
    assert not tab.flush()
    assert "full" in window.message_bar.label.text()
    assert tab.editor.text_edit.text() == text
    assert agenda_items.get(db, item.id).text == "short"
    db.execute("PRAGMA max_page_count = 1073741823")
    assert tab.flush()
    assert agenda_items.get(db, item.id).text == text


# ----- models, keyboard, accessibility


def test_the_agenda_model_passes_the_model_tester(qtmodeltester, db, tab, meeting):
    add(db, meeting.id, "one")
    add(db, meeting.id, HARD_TEXTS["arabic"], kind="topic")
    add(db, meeting.id, "two", kind="feedback", details="mine", raised_by="mentor")
    add(db, meeting.id, "three", kind="update", status="discussed")
    tab.reload()
    qtmodeltester.check(tab.model)


def test_select_record_shows_the_item(db, tab, meeting):
    item = add(db, meeting.id, "find me")
    tab.reload()
    assert tab.select_record(item.id)
    assert tab.editor.text_edit.text() == "find me"
    assert not tab.select_record(item.id + 1000)


def test_tab_order_follows_the_layout(qtbot, db, tab, meeting):
    item = add(db, meeting.id, "a question")
    tab.reload()
    tab.select_record(item.id)
    tab.tree.setFocus()
    expected = [
        tab.editor.text_edit,
        tab.editor.details_edit,
        tab.editor.kind_combo,
        tab.editor.raised_me,
    ]
    for widget in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is widget


def _ancestors(widget: QWidget) -> list[QWidget]:
    found = []
    while (widget := widget.parentWidget()) is not None:
        found.append(widget)
    return found


def test_every_input_has_an_accessible_name(db, tab, meeting):
    add(db, meeting.id, "a question")
    tab.reload()
    kinds = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit)
    inputs = [
        w
        for w in tab.findChildren(QWidget)
        if isinstance(w, kinds)
        and not isinstance(w, QHeaderView)
        and not isinstance(w.parent(), QComboBox)  # a combo's own popup parts
        and not any(isinstance(a, QComboBox) for a in _ancestors(w))
    ]
    assert len(inputs) >= 15
    unnamed = [type(w).__name__ + ":" + w.objectName() for w in inputs if not w.accessibleName()]
    assert unnamed == []


def test_the_agenda_shows_html_as_text(qtbot, db, tab, meeting):
    item = add(db, meeting.id, "<b>bold?</b>")
    tab.reload()
    index = tab.model.index_of(item.id)
    assert index.data() == "<b>bold?</b>"
    assert "&lt;b&gt;bold?&lt;/b&gt;" in index.data(Qt.ItemDataRole.ToolTipRole)
    tab.select_record(item.id)
    assert tab.editor.text_edit.text() == "<b>bold?</b>"
    rect = tab.tree.visualRect(index)
    assert tab.tree.indexAt(QPoint(rect.center())) == index


def test_right_to_left_text_is_aligned_right_in_the_agenda(db, tab, meeting):
    arabic = add(db, meeting.id, HARD_TEXTS["arabic"])
    english = add(db, meeting.id, "Left to right")
    tab.reload()
    align = Qt.ItemDataRole.TextAlignmentRole
    assert tab.model.index_of(arabic.id).data(align) & Qt.AlignmentFlag.AlignRight
    assert tab.model.index_of(english.id).data(align) is None


def test_changes_made_elsewhere_show_up(qtbot, db, tab, meeting):
    """Another part of the window (undo, a restored backup) changes the agenda."""
    heading = tab.model.heading_index("topic")
    assert tab.model.rowCount(heading) == 0
    tab.services.call(
        "agenda_item", agenda_items.add, AgendaItem(meeting_id=meeting.id, kind="topic", text="t")
    )
    # the tab reloads once the event loop runs (so several changes cost one read)
    heading = tab.model.heading_index("topic")
    qtbot.waitUntil(lambda: tab.model.rowCount(tab.model.heading_index("topic")) == 1)
    heading = tab.model.heading_index("topic")
    assert tab.readiness_label.text() == "1 topic"
    assert heading.data(Qt.ItemDataRole.ToolTipRole) == "Topics: 1 open, 1 in all"


def test_the_next_window_opens_the_prepare_tab_as_it_was_left(qtbot, make_window, meeting):
    """Hidden suggestions and a wider agenda stay so after the window is opened again."""
    first = make_window()
    tab = first.tab_by_key["prepare"]
    first.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(tab.splitter.isVisible)
    assert tab.suggestions.isVisible()
    qtbot.mouseClick(tab.suggestions_button, Qt.MouseButton.LeftButton)
    assert not tab.suggestions.isVisible()
    tab.splitter.setSizes([600, 300, 0])
    wanted = tab.splitter.sizes()
    tab.flush()  # what leaving the tab or closing the window does
    first.close()

    second = make_window()
    again = second.tab_by_key["prepare"]
    second.tabs.setCurrentWidget(again)
    qtbot.waitUntil(again.splitter.isVisible)
    assert not again.suggestions_button.isChecked()
    assert not again.suggestions.isVisible()
    agenda, editor = again.splitter.sizes()[:2]
    assert agenda / editor == pytest.approx(wanted[0] / wanted[1], rel=0.05)  # widths scale


def test_a_promise_ticked_in_another_tab_shows_done_once_prepare_is_shown(
    qtbot, db, window, tab, meeting, now
):
    promise = action_items.add(
        db, ActionItem(mentor_id=meeting.mentor_id, title="Write the retro notes")
    )
    qtbot.mouseClick(tab.promises_button, Qt.MouseButton.LeftButton)
    update = next(i for i in stored(db, meeting.id) if i.kind == "update")
    window.tabs.setCurrentWidget(window.tab_by_key["actions"])
    window.services.call("action_item", action_items.set_done, promise.id, True, now=now)
    QApplication.processEvents()

    def badges() -> list[str]:
        index = tab.model.index_of(update.id)
        return [label for label, _tone in index.data(AgendaModel.BadgesRole)]

    assert badges() == ["promise"]  # behind: read when the tab is shown, not before
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: badges() == ["promise done"])
