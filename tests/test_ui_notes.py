"""The Listening notes tab, driven like a user would: type, tab, click, then read the store."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from mentee_desktop.data import action_items, lifecycle, listening_notes, meetings
from mentee_desktop.data.listening_notes import ListeningNote
from mentee_desktop.ui.notes.tab import NoteListModel, NotesTab
from mentee_desktop.ui.widgets.record_list import RecordIdRole, SecondaryRole
from mentee_desktop.ui.widgets.text_fields import AUTOSAVE_DELAY_MS, LineField, PlainTextField
from tests.helpers import add_meeting, add_mentor

HARD_TEXTS = {
    "emoji": "Thanks 🙏🏽 — let's talk about 👩🏽‍💻 next time",
    "arabic": "مرحبا، كيف يمكنني تحسين مهاراتي في القيادة؟",
    "chinese": "我想请教如何更好地管理时间。",
    "html": "<b>x</b> <script>alert(1)</script> **bold** &amp; <i>",
    "lines": "line one\n\n  indented\ttab\nno-break\u00a0space",
    "1mb": "x" * (1024 * 1024),
}
#: the list heading each hard text gets: its first non-empty line, at most 200 characters
HEADINGS = {
    "emoji": HARD_TEXTS["emoji"],
    "arabic": HARD_TEXTS["arabic"],
    "chinese": HARD_TEXTS["chinese"],
    "html": HARD_TEXTS["html"],
    "lines": "line one",
    "1mb": "x" * 199 + "…",
}


@pytest.fixture
def context(db, now):
    mentor = add_mentor(db)
    meeting = add_meeting(db, mentor.id, now, days=-1, timezone="Europe/Berlin")
    return mentor, meeting


@pytest.fixture
def window(qtbot, db, data_dir, now, context):
    from mentee_desktop.app import build_window

    mentor, meeting = context
    window = build_window(db, data_dir, clock=lambda: now, zone_name="Europe/Berlin")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.selector.select(mentor.id, meeting.id)
    window.tabs.setCurrentWidget(window.tab_by_key["notes"])
    window.activateWindow()
    return window


@pytest.fixture
def tab(window) -> NotesTab:
    return window.tab_by_key["notes"]


def stored_notes(db, meeting_id: int) -> list[ListeningNote]:
    return listening_notes.list_for_meeting(db, meeting_id)


def paste(qtbot, field, text: str) -> None:
    """Put text on the clipboard and paste it with Ctrl+V, as a user would."""
    QApplication.clipboard().setText(text)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def type_with_input_method(widget, text: str) -> None:
    """Type text the way an Arabic or Chinese input method delivers it (a commit string)."""
    widget.setFocus()
    words = text.split(" ")
    for n, word in enumerate(words):
        event = QInputMethodEvent("", [])
        event.setCommitString(word if n == len(words) - 1 else word + " ")
        QApplication.sendEvent(widget, event)


def test_write_a_note_and_make_an_action_item_from_it(qtbot, db, now, window, tab, context):
    _, meeting = context
    assert tab.pages.currentWidget() is tab.empty_page
    assert "Write what you heard" in tab.empty_text()

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.editor.heard.hasFocus())
    assert tab.pages.currentWidget() is tab.splitter
    qtbot.keyClicks(tab.editor.heard, "Influence shows in decisions others make.")
    qtbot.keyClick(tab.editor.heard, Qt.Key.Key_Tab)
    assert tab.editor.in_my_words.hasFocus()
    qtbot.keyClicks(tab.editor.in_my_words, "Help other teams decide better.")
    qtbot.keyClick(tab.editor.in_my_words, Qt.Key.Key_Tab)
    qtbot.keyClicks(tab.editor.follow_up, "Which decision could I shape?")
    qtbot.keyClick(tab.editor.follow_up, Qt.Key.Key_Tab)
    qtbot.keyClicks(tab.editor.insight, "Write one reusable design note")
    qtbot.keyClick(tab.editor.insight, Qt.Key.Key_Tab)
    qtbot.keyClicks(tab.editor.tags, "career, influence")

    qtbot.mouseClick(tab.editor.make_action_button, Qt.MouseButton.LeftButton)
    (note,) = stored_notes(db, meeting.id)
    assert note.heard == "Influence shows in decisions others make."
    assert note.in_my_words == "Help other teams decide better."
    assert note.follow_up == "Which decision could I shape?"
    assert note.insight == "Write one reusable design note"
    assert note.tag_list == ["career", "influence"]

    dialog = tab.action_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.title.text() == "Write one reusable design note"
    assert dialog.due_on() == date(2026, 11, 25) + timedelta(days=7)
    qtbot.keyClicks(dialog.title, " for the platform team")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    (item,) = action_items.list_items(db)
    assert item.note_id == note.id
    assert item.meeting_id == meeting.id
    assert item.mentor_id == meeting.mentor_id
    assert item.title == "Write one reusable design note for the platform team"
    assert item.due_on == date(2026, 12, 2)
    assert item.owner == "me"
    assert "Action item added" in window.message_bar.label.text()
    assert window.message_bar.isVisibleTo(window)
    assert "→ action item: Write one reusable design note" in tab.editor.links_label.text()
    assert "→ action item" in tab.model.index(0).data(SecondaryRole)


def test_action_item_without_due_date_and_cancel(qtbot, db, window, tab, context):
    _, meeting = context
    tab.add_new()
    qtbot.keyClicks(tab.editor.insight, "Ask for the design doc template")
    qtbot.mouseClick(tab.editor.make_action_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(
        tab.action_dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel),
        Qt.MouseButton.LeftButton,
    )
    assert action_items.list_items(db) == []
    qtbot.mouseClick(tab.editor.make_action_button, Qt.MouseButton.LeftButton)
    dialog = tab.action_dialog
    qtbot.mouseClick(dialog.has_due, Qt.MouseButton.LeftButton)
    assert not dialog.due.isEnabled()
    dialog.title.clear()
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible() and dialog.error.isVisibleTo(dialog)  # a title is needed
    qtbot.keyClicks(dialog.title, "Ask Grace for the template")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    (item,) = action_items.list_items(db)
    assert (item.title, item.due_on, item.meeting_id) == (
        "Ask Grace for the template",
        None,
        meeting.id,
    )


def test_autosave_after_a_pause_on_focus_change_and_on_flush(qtbot, db, tab):
    tab.add_new()
    note_id = tab.record.id
    assert tab.autosaver.timer.interval() == AUTOSAVE_DELAY_MS == 700

    qtbot.keyClicks(tab.editor.heard, "typed, then a pause")
    assert tab.autosaver.timer.isActive()
    assert listening_notes.get(db, note_id).heard == ""  # not before the pause
    qtbot.waitUntil(lambda: listening_notes.get(db, note_id).heard == "typed, then a pause")

    qtbot.keyClicks(tab.editor.in_my_words, "stored when I leave the field")
    qtbot.mouseClick(tab.editor.insight.viewport(), Qt.MouseButton.LeftButton)
    assert tab.editor.insight.hasFocus()
    assert listening_notes.get(db, note_id).in_my_words == "stored when I leave the field"

    qtbot.keyClicks(tab.editor.insight, "stored by flush")
    tab.flush()
    assert listening_notes.get(db, note_id).insight == "stored by flush"
    assert not tab.autosaver.pending
    assert listening_notes.get(db, note_id).in_my_words == "stored when I leave the field"


def test_switching_meetings_stores_the_edit_first(qtbot, db, now, window, tab, context):
    mentor, meeting = context
    other = add_meeting(db, mentor.id, now, days=14)
    tab.add_new()
    qtbot.keyClicks(tab.editor.heard, "typed just before switching")
    window.selector.select(mentor.id, other.id)
    assert tab.meeting_id == other.id
    (note,) = stored_notes(db, meeting.id)
    assert note.heard == "typed just before switching"
    assert tab.pages.currentWidget() is tab.empty_page


def test_closing_the_window_right_after_typing_loses_nothing(qtbot, db, data_dir, now, window):
    from mentee_desktop.app import build_window

    tab = window.tab_by_key["notes"]
    tab.add_new()
    qtbot.keyClicks(tab.editor.follow_up, "What would a smaller yes look like?")
    tab.splitter.setSizes([250, 800])
    window.close()
    assert listening_notes.get(db, tab.record.id).follow_up == "What would a smaller yes look like?"

    again = build_window(db, data_dir, clock=lambda: now, zone_name="Europe/Berlin")
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    reopened = again.tab_by_key["notes"]
    assert again.tabs.currentWidget() is reopened  # the last tab is remembered
    assert reopened.editor.follow_up.text() == "What would a smaller yes look like?"
    assert reopened.splitter.sizes()[0] == 250  # where the splitter was left


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text())
@example(text="\ufeff")
@example(text="0\ufeff")
@example(text="\ufeff\ufeffa\ufeffb")
def test_fields_give_back_what_they_were_given(qapp, text):
    """Only line ends and one byte-order mark at the very start (Qt drops it: it is an
    invisible encoding marker, not text) are normalised; everything else is kept as is."""
    kept = text.removeprefix("\ufeff")
    field = PlainTextField("field")
    field.set_text(text)
    assert field.text() == kept.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n")
    line = LineField("line")
    line.set_text(text)
    assert line.text() == kept


@pytest.mark.parametrize("name", list(HARD_TEXTS))
def test_any_text_is_shown_literally_and_comes_back_unchanged(qtbot, db, tab, context, name):
    _, meeting = context
    text = HARD_TEXTS[name]
    tab.add_new()
    if name in ("arabic", "chinese"):
        type_with_input_method(tab.editor.in_my_words, text)
    else:
        paste(qtbot, tab.editor.in_my_words, text)
    second = text if name != "1mb" else "short"  # one 1 MB field keeps the test quick
    paste(qtbot, tab.editor.insight, second)
    tab.flush()
    (note,) = stored_notes(db, meeting.id)
    assert (note.in_my_words, note.insight) == (text, second)

    tab.reload()
    assert tab.editor.in_my_words.text() == text
    assert tab.editor.in_my_words.toPlainText().replace("\u00a0", " ") == text.replace(
        "\u00a0", " "
    )
    heading = tab.model.index(0).data()
    assert heading == HEADINGS[name]
    right_to_left = tab.editor.in_my_words.document().defaultTextOption().textDirection()
    assert (right_to_left == Qt.LayoutDirection.RightToLeft) == (name == "arabic")


def test_untouched_fields_keep_their_stored_text_exactly(qtbot, db, tab, context):
    """A Qt editor turns \\r\\n into \\n; a field the user did not touch is never rewritten."""
    _, meeting = context
    odd = "windows\r\nline ends\rand a \ufeffBOM"
    note = listening_notes.add(db, ListeningNote(meeting_id=meeting.id, heard=odd))
    tab.reload()
    assert tab.select_record(note.id)
    qtbot.keyClicks(tab.editor.tags, "kept")
    tab.flush()
    stored = listening_notes.get(db, note.id)
    assert (stored.heard, stored.tags) == (odd, "kept")


def test_a_failing_write_shows_the_error_and_keeps_the_text(qtbot, db, window, tab, context):
    _, meeting = context
    other = listening_notes.add(db, ListeningNote(meeting_id=meeting.id, heard="other note"))
    tab.add_new()
    note_id = tab.record.id
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    long_text = "A long thought I must not lose. " * 2_000
    paste(qtbot, tab.editor.heard, long_text)
    tab.flush()
    assert window.message_bar.isVisibleTo(window)
    assert window.message_bar.property("error") is True
    assert "Not saved" in window.message_bar.label.text()
    assert tab.editor.heard.text() == long_text
    assert tab.autosaver.pending
    assert listening_notes.get(db, note_id).heard == ""

    # picking another note does not throw the typed text away
    tab.list_view.setCurrentIndex(tab.model.index(tab.model.row_of(other.id)))
    assert tab.record.id == note_id
    assert tab.editor.heard.text() == long_text

    db.execute("PRAGMA max_page_count = 1073741823")
    tab.flush()
    assert listening_notes.get(db, note_id).heard == long_text
    assert not tab.autosaver.pending


def test_delete_and_undo_restores_the_note_and_its_action_item(qtbot, db, window, tab, context):
    _, meeting = context
    keep = listening_notes.add(db, ListeningNote(meeting_id=meeting.id, heard="keep me"))
    gone = listening_notes.add(db, ListeningNote(meeting_id=meeting.id, insight="delete me"))
    item = action_items.make_from_note(db, gone.id, title="follow up")
    tab.reload()
    assert tab.select_record(gone.id)
    assert "follow up" in tab.editor.links_label.text()

    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert [n.id for n in stored_notes(db, meeting.id)] == [keep.id]
    assert action_items.get(db, item.id).note_id is None
    assert tab.record.id == keep.id
    assert "delete me" in window.message_bar.label.text()
    assert window.message_bar.undo_button.isVisibleTo(window)

    qtbot.mouseClick(window.message_bar.undo_button, Qt.MouseButton.LeftButton)
    assert [n.id for n in stored_notes(db, meeting.id)] == [keep.id, gone.id]
    assert listening_notes.get(db, gone.id).insight == "delete me"
    assert action_items.get(db, item.id).note_id == gone.id
    assert tab.record.id == gone.id

    # the Delete key and Ctrl+Z do the same
    tab.list_view.setFocus()
    qtbot.keyClick(tab.list_view, Qt.Key.Key_Delete)
    assert [n.id for n in stored_notes(db, meeting.id)] == [keep.id]
    window.undo_action.trigger()
    assert [n.id for n in stored_notes(db, meeting.id)] == [keep.id, gone.id]


def test_undo_after_the_id_was_taken_again(db, context):
    _, meeting = context
    last = listening_notes.add(db, ListeningNote(meeting_id=meeting.id, heard="last"))
    item = action_items.make_from_note(db, last.id, title="linked")
    deleted = listening_notes.delete_for_undo(db, last.id)
    assert deleted.action_item_ids == (item.id,)
    newer = listening_notes.add(db, ListeningNote(meeting_id=meeting.id, heard="newer"))
    assert newer.id == last.id  # SQLite hands out the freed id again
    restored = listening_notes.undo_delete(db, deleted)
    assert restored.id != newer.id and restored.heard == "last"
    assert action_items.get(db, item.id).note_id == restored.id
    assert listening_notes.get(db, newer.id).heard == "newer"


def test_a_new_note_left_blank_is_not_kept(qtbot, db, tab, context):
    _, meeting = context
    written = listening_notes.add(db, ListeningNote(meeting_id=meeting.id, heard="written"))
    tab.reload()
    tab.add_new()
    tab.add_new()  # a second Ctrl+N does not pile up empty notes
    assert len(stored_notes(db, meeting.id)) == 2
    tab.list_view.setCurrentIndex(tab.model.index(0))
    assert [n.id for n in stored_notes(db, meeting.id)] == [written.id]
    assert tab.model.rowCount() == 1


def test_empty_states_and_opening_a_note_from_elsewhere(qtbot, db, now, window, tab, context):
    mentor, meeting = context
    window.selector.select(mentor.id, None)
    other = add_meeting(db, mentor.id, now, days=7)
    window.selector.select(mentor.id, other.id)
    assert tab.pages.currentWidget() is tab.empty_page
    qtbot.mouseClick(tab.hint_add_button, Qt.MouseButton.LeftButton)
    assert tab.pages.currentWidget() is tab.splitter
    assert [n.meeting_id for n in stored_notes(db, other.id)] == [other.id]

    note = listening_notes.add(db, ListeningNote(meeting_id=meeting.id, heard="from before"))
    window.tabs.setCurrentIndex(0)
    window.open_record("note", note.id)
    assert window.tabs.currentWidget() is tab
    assert window.current_meeting_id() == meeting.id
    assert tab.editor.heard.text() == "from before"
    assert stored_notes(db, other.id) == []  # the blank note was dropped on the way

    meetings.delete(db, meeting.id)
    meetings.delete(db, other.id)
    window.selector.reload_mentors(mentor.id)
    assert window.current_meeting_id() is None
    assert tab.pages.currentWidget() is tab.no_context_page


def test_every_input_is_named_and_tab_follows_the_layout(qtbot, tab):
    tab.add_new()
    editor = tab.editor
    chain = editor.focus_chain()
    for widget in [tab.list_view, tab.add_button, tab.delete_button, *chain]:
        assert widget.accessibleName(), widget
    editor.heard.setFocus()
    seen = []
    for _ in range(len(chain) - 1):
        seen.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    seen.append(QApplication.focusWidget())
    assert seen == chain


def test_the_list_loads_lazily_and_passes_the_model_tester(qtmodeltester, db, services_for):
    mentor = add_mentor(db)
    meeting = lifecycle.plan(
        db, meetings.Meeting(mentor_id=mentor.id, starts_at=services_for.now())
    )
    for n in range(450):
        listening_notes.add(db, ListeningNote(meeting_id=meeting.id, heard=f"note {n}"))
    model = NoteListModel(services_for)
    model.meeting_id = meeting.id
    model.reset()
    assert model.rowCount() == NoteListModel.PAGE
    assert model.canFetchMore()
    qtmodeltester.check(model)
    last = stored_notes(db, meeting.id)[-1]
    assert model.row_of(last.id) == 449
    assert model.index(449).data(RecordIdRole) == last.id
    assert not model.canFetchMore()


@pytest.fixture
def services_for(db, now):
    from mentee_desktop.ui.shell.services import AppServices

    return AppServices(db, clock=lambda: now, zone_name="Europe/Berlin")
