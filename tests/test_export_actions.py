"""The File menu's export, copy, preview and print actions, driven like a user would."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QLineEdit

from mentee_desktop.agenda.build import build_agenda, find_last_held_meeting, find_next_meeting
from mentee_desktop.agenda.markdown import render_agenda
from mentee_desktop.data import settings
from mentee_desktop.ui.export.actions import LAST_FOLDER_KEY, LAST_FORMAT_KEY

FIXED = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


@pytest.fixture
def window(sample_window):
    return sample_window


def pick_file_type(qtbot, dialog, starts_with: str) -> None:
    """Choose a file type the way a user does: arrow keys in the dialog's combo box."""
    types = dialog.findChild(QComboBox, "fileTypeCombo")
    target = next(i for i, f in enumerate(dialog.nameFilters()) if f.startswith(starts_with))
    key = Qt.Key.Key_Down if target > types.currentIndex() else Qt.Key.Key_Up
    while types.currentIndex() != target:
        qtbot.keyClick(types, key)
    assert dialog.selectedNameFilter().startswith(starts_with)


def choose_file(qtbot, window, path: Path, name_filter: str | None = None) -> None:
    dialog = window.export_actions.file_dialog
    assert dialog is not None and dialog.isVisible()
    if name_filter is not None:
        pick_file_type(qtbot, dialog, name_filter)
    dialog.setDirectory(str(path.parent))
    dialog.selectFile(path.name)
    dialog.accept()


def test_menu_items_sit_before_quit(window):
    menu = window.file_menu.actions()
    texts = [a.text().replace("&", "") for a in menu]
    export = texts.index("Export agenda…")
    assert texts[export : export + 5] == [
        "Export agenda…",
        "Export recap…",
        "Copy agenda as Markdown",
        "Preview agenda…",
        "Print agenda…",
    ]
    assert menu.index(window.file_export_separator) > export + 4
    assert texts.index("Quit") > menu.index(window.file_export_separator)
    assert window.export_actions.export_agenda_action.shortcut().toString() == "Ctrl+E"
    assert window.export_actions.export_agenda_action.isEnabled()


def test_export_agenda_as_pdf_through_the_dialog(qtbot, window, db, tmp_path: Path):
    window.export_actions.export_agenda_action.trigger()
    dialog = window.export_actions.file_dialog
    name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name_edit.text() == "agenda-2026-11-28-amara-okafor-sample.md"  # a name to start
    pick_file_type(qtbot, dialog, "PDF")
    assert name_edit.text() == "agenda-2026-11-28-amara-okafor-sample.pdf"  # follows the type
    choose_file(qtbot, window, tmp_path / "for-amara")
    written = tmp_path / "for-amara.pdf"  # the chosen type's extension is added
    qtbot.waitUntil(written.exists, timeout=30_000)  # rendered in a child process
    assert written.read_bytes().startswith(b"%PDF-")
    text = subprocess.run(["pdftotext", str(written), "-"], capture_output=True, text=True).stdout
    assert "How did you decide when to stop coding" in text
    assert settings.get(db, LAST_FOLDER_KEY) == str(tmp_path)
    assert settings.get(db, LAST_FORMAT_KEY) == "pdf"
    assert written.name in window.message_bar.label.text()


def test_the_agenda_is_read_once_to_open_the_dialog_and_again_to_write(
    qtbot, window, tmp_path: Path, monkeypatch
):
    import mentee_desktop.agenda.build as build

    reads: list[int] = []
    real = build.build_agenda

    def counted(db, meeting_id, **options):
        reads.append(meeting_id)
        return real(db, meeting_id, **options)

    monkeypatch.setattr(build, "build_agenda", counted)
    window.export_actions.export_agenda_action.trigger()
    assert len(reads) == 1  # the dialog's name comes from the agenda read to check it
    choose_file(qtbot, window, tmp_path / "agenda.md")
    assert len(reads) == 2  # written from the store as it is when the file is chosen
    assert "How did you decide when to stop coding" in (tmp_path / "agenda.md").read_text()


def test_the_extension_typed_wins_over_the_filter(qtbot, window, db, tmp_path: Path):
    window.export_actions.export_agenda_action.trigger()
    choose_file(qtbot, window, tmp_path / "meeting.ics", name_filter="Markdown")
    calendar = icalendar.Calendar.from_ical((tmp_path / "meeting.ics").read_bytes())
    assert str(calendar.walk("VEVENT")[0]["SUMMARY"]) == "Mentoring with Amara Okafor (sample)"
    assert settings.get(db, "ics.uid_namespace")  # created on first calendar export


def test_export_recap_needs_a_held_meeting(qtbot, window, db, tmp_path: Path):
    window.export_actions.export_recap_action.trigger()
    assert window.message_bar.isVisible()
    assert "not taken place yet" in window.message_bar.label.text()
    window.selector.select(window.current_mentor_id(), find_last_held_meeting(db, FIXED))
    window.export_actions.export_recap_action.trigger()
    choose_file(qtbot, window, tmp_path / "recap.md")
    text = (tmp_path / "recap.md").read_text(encoding="utf-8")
    assert text.startswith("# Recap: mentoring with Amara Okafor (sample)")


def test_failed_export_is_a_message_not_a_traceback(qtbot, window, readonly_dir: Path):
    window.export_actions.export_agenda_action.trigger()
    choose_file(qtbot, window, readonly_dir / "agenda.md")
    assert window.message_bar.property("error") is True
    assert window.message_bar.label.text().startswith("Not exported: cannot write")
    assert list(readonly_dir.iterdir()) == []


def test_copy_agenda_as_markdown(window, db):
    window.export_actions.copy_agenda_action.trigger()
    expected = render_agenda(build_agenda(db, find_next_meeting(db, FIXED), now=FIXED))
    assert QGuiApplication.clipboard().text() == expected


def test_preview_is_read_only_and_shows_the_agenda(qtbot, window):
    window.export_actions.preview_action.trigger()
    preview = window.export_actions.preview
    assert preview.isVisible()
    assert preview.browser.isReadOnly()
    text = preview.text()
    assert "Mentoring with Amara Okafor (sample)" in text
    assert "How did my design-review facilitation come across?" in text
    qtbot.keyClicks(preview.browser, "typed")
    assert "typed" not in preview.text()
    qtbot.mouseClick(preview.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text().startswith("# Agenda")


def test_print_through_the_print_dialog(qtbot, window, tmp_path: Path):
    from PySide6.QtWidgets import QLineEdit

    window.export_actions.print_action.trigger()
    dialog = window.export_actions.print_dialog
    assert dialog is not None and dialog.isVisible()
    # no printer on a test machine: the dialog offers "Print to File (PDF)" with a file name
    target = tmp_path / "printed.pdf"
    file_name = dialog.findChild(QLineEdit, "filename")
    file_name.clear()
    qtbot.keyClicks(file_name, str(target))
    dialog.accept()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    assert "Page 1 of" in text
    assert "Which book on negotiation would you recommend?" in text
    assert "to the printer" in window.message_bar.label.text()


def test_actions_need_a_meeting(qtbot, window, db):
    from tests.helpers import add_mentor

    window.selector.reload_mentors(add_mentor(db, "No meetings yet").id)
    assert window.current_meeting_id() is None
    assert not window.export_actions.export_agenda_action.isEnabled()
    window.export_actions.copy_agenda()
    assert "Choose a meeting first." in window.message_bar.label.text()
