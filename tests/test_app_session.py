"""The window's whole life on a protected store, driven like a person drives it: the unlock
window, the main window, a lock from the tray's menu and a lock after idle time (with a clock
the test moves on), each dropping the window and its content and showing the unlock window
again; what was being typed is in the store afterwards."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from mentee_desktop.app_session import run_on_folder
from mentee_desktop.data import listening_notes
from mentee_desktop.data.protection import folder, keyslots, switch
from mentee_desktop.data.store import open_store
from mentee_desktop.ui.protection import install as protection_install
from mentee_desktop.ui.protection.unlock_dialog import UnlockDialog
from mentee_desktop.ui.shell.main_window import MainWindow
from tests.helpers import add_meeting
from tests.protection_helpers import TEST_COST, make_store_with_note, records

PASSPHRASE = "a long passphrase"
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
Step = tuple[str, Callable[[], object], Callable[[object], None]]


class Person:
    """Works through ``steps`` as the windows appear: each waits until its condition gives a
    widget, then acts on it. Gives up (and ends the run) after ``patience_ms``."""

    def __init__(self, steps: list[Step], patience_ms: int = 60_000):
        self.steps = list(steps)
        self.done: list[str] = []
        self.failure: BaseException | None = None
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        QTimer.singleShot(patience_ms, self.give_up)

    def tick(self) -> None:
        if not self.steps or self.failure is not None:
            return
        name, condition, action = self.steps[0]
        found = condition()
        if not found:
            return
        self.steps.pop(0)
        try:
            action(found)
        except BaseException as exc:  # end the run; the test reports it
            self.failure = exc
            self.give_up()
            return
        self.done.append(name)

    def give_up(self) -> None:
        if not self.steps and self.failure is None:
            return
        self.failure = self.failure or TimeoutError(f"still waiting for {self.steps[0][0]}")
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, UnlockDialog) and widget.isVisible():
                widget.reject()
            elif isinstance(widget, MainWindow) and shiboken6.isValid(widget):
                widget.quit_application()


def unlock_window():
    shown = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, UnlockDialog) and w.isVisible()
    ]
    return shown[0] if shown and shown[0].secret.isEnabled() else None


def main_window():
    shown = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow) and w.isVisible() and w.features_installed
    ]
    return shown[0] if shown else None


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyslots, "SCRYPT_N", TEST_COST)


def test_unlock_lock_from_the_tray_and_after_idle_time_keeps_every_word(
    qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_store_with_note(data_dir)
    key = switch.protect(data_dir, PASSPHRASE).key
    db = open_store(data_dir, key=key)
    meeting = add_meeting(db, 1, NOW, days=-1)
    db.close()
    # a desktop with a tray (its menu carries "Lock now"); the idle time looked at often
    monkeypatch.setattr("mentee_desktop.ui.reminders.install.tray_is_available", lambda: True)
    monkeypatch.setattr(protection_install, "CHECK_EVERY_MS", 50)
    ticks = [5000.0]
    seen: dict = {}

    def unlock(dialog) -> None:
        qtbot.keyClicks(dialog.secret, PASSPHRASE)
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)

    def start_typing(window) -> None:
        seen.setdefault("windows", []).append(window)
        seen.setdefault("records", []).append(records(window.services.db))
        window.selector.select(1, meeting.id)
        tab = window.tab_by_key["notes"]
        window.tabs.setCurrentWidget(tab)
        window.activateWindow()
        window.add_new_in_current_tab()  # what Ctrl+N does
        seen["editor"] = tab.editor.heard

    def editor_has_focus():
        editor = seen.get("editor")
        return editor if editor is not None and editor.hasFocus() else None

    def type_and_lock_from_the_tray(editor) -> None:
        qtbot.keyClicks(editor, "Half a thought about delegat")
        tray = seen["windows"][-1].reminders.tray
        tray.menu.aboutToShow.emit()  # the tray rebuilds its menu as it opens
        (lock,) = [a for a in tray.menu.actions() if a.text() == "Loc&k now"]
        lock.trigger()

    def unlocked_again_after_the_lock(dialog) -> None:
        window = seen["windows"][0]
        assert not shiboken6.isValid(window)  # dropped with every tab and editor
        assert main_window() is None
        unlock(dialog)

    def same_records_then_type_and_wait(window) -> None:
        assert window is not seen["windows"][0]
        notes = listening_notes.list_for_meeting(window.services.db, meeting.id)
        assert [n.heard for n in notes] == ["Half a thought about delegat"]
        now, before = records(window.services.db), seen["records"][0]
        for table in before:
            # the window keeps its place (settings), the reminders what they showed
            if table not in ("listening_notes", "settings", "reminder_state"):
                assert now[table] == before[table], table
        start_typing(window)

    def type_then_go_idle(editor) -> None:
        qtbot.keyClicks(editor, "A second thought, unfinished")
        assert seen["windows"][-1].protection.next_step is None
        ticks[0] += 16 * 60  # nobody touches the app for 16 minutes

    def locked_after_idle_time(dialog) -> None:
        assert not shiboken6.isValid(seen["windows"][1])
        dialog.reject()  # the user quits from the unlock window

    person = Person(
        [
            ("the unlock window at start", unlock_window, unlock),
            ("the window", main_window, start_typing),
            ("the note's editor", editor_has_focus, type_and_lock_from_the_tray),
            ("the unlock window after the lock", unlock_window, unlocked_again_after_the_lock),
            ("the window again", main_window, same_records_then_type_and_wait),
            ("the new note's editor", editor_has_focus, type_then_go_idle),
            ("the unlock window after idle time", unlock_window, locked_after_idle_time),
        ]
    )
    code = run_on_folder(
        QApplication.instance(),
        data_dir,
        clock=lambda: NOW,
        monotonic=lambda: ticks[0],
        handle_signals=False,
    )
    person.timer.stop()
    if person.failure is not None:
        raise person.failure
    assert code == 0
    assert len(person.done) == 7
    reopened = open_store(data_dir, key=folder.unlock(data_dir, PASSPHRASE))
    try:
        heard = sorted(n.heard for n in listening_notes.list_for_meeting(reopened, meeting.id))
    finally:
        reopened.close()
    assert heard == ["A second thought, unfinished", "Half a thought about delegat"]
