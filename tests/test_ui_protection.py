"""The window's side of protection, driven with qtbot: the unlock window, turning protection
on, the recovery key shown once, the idle lock that keeps what was typed, the locked tray."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from mentee_desktop.data import listening_notes
from mentee_desktop.data.protection import folder, keyslots, switch
from mentee_desktop.data.protection.due_times import write_due_times
from mentee_desktop.data.store import open_store
from mentee_desktop.ui.protection.install import LOCK, PROTECT
from mentee_desktop.ui.protection.locked_tray import LockedTray
from mentee_desktop.ui.protection.protect_dialog import ProtectDialog, RecoveryKeyDialog
from mentee_desktop.ui.protection.unlock_dialog import UnlockDialog
from tests.helpers import add_meeting, add_mentor
from tests.protection_helpers import TEST_COST, make_store_with_note, snapshot

PASSPHRASE = "a long passphrase"


def close_like_the_start_path(window, db) -> None:
    """What ``app_session`` does when a window's loop ends: close it, then the store."""
    from mentee_desktop.app import drop_window

    window._quitting = True
    window.close()
    drop_window(window)
    db.close()


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyslots, "SCRYPT_N", TEST_COST)


@pytest.fixture
def protected(data_dir: Path) -> switch.Protected:
    make_store_with_note(data_dir)
    return switch.protect(data_dir, PASSPHRASE)


def test_the_unlock_window_refuses_slower_each_time_then_unlocks(
    qtbot, data_dir: Path, protected
) -> None:
    dialog = UnlockDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    before = snapshot(data_dir)
    qtbot.keyClicks(dialog.secret, "wrong guess")
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    assert "not right" in dialog.message.text()
    assert not dialog.unlock_button.isEnabled() and dialog.delay_ms == 1000
    qtbot.waitUntil(dialog.unlock_button.isEnabled, timeout=3000)
    qtbot.keyClicks(dialog.secret, "another guess")
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    assert dialog.delay_ms == 2000
    assert snapshot(data_dir) == before  # nothing written by a wrong try
    assert dialog.key is None
    qtbot.waitUntil(dialog.unlock_button.isEnabled, timeout=4000)
    dialog.secret.clear()
    qtbot.keyClicks(dialog.secret, PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == UnlockDialog.DialogCode.Accepted
    assert dialog.key.key == protected.key.key
    assert dialog.secret.text() == ""


def test_the_recovery_key_unlocks_and_caps_lock_is_noticed(qtbot, data_dir: Path, protected):
    dialog = UnlockDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.secret, "A")  # a capital without Shift
    assert dialog.caps_hint.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.recovery_button, Qt.MouseButton.LeftButton)
    assert dialog.secret.echoMode() == dialog.secret.EchoMode.Normal
    qtbot.keyClicks(dialog.secret, protected.recovery_key)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.key is not None and dialog.key.key == protected.key.key


def test_a_missing_key_file_is_named_in_the_unlock_window(qtbot, data_dir: Path, protected):
    (data_dir / "mentee.keys").unlink()
    dialog = UnlockDialog(data_dir)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.secret, PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert "mentee.keys is missing" in dialog.message.text()
    assert dialog.key is None


def test_protect_from_the_file_menu_asks_twice_and_says_what_is_lost(qtbot, db, data_dir, now):
    from mentee_desktop.app import build_window

    window = build_window(db, data_dir, clock=lambda: now, zone_name="UTC")
    qtbot.addWidget(window)
    assert window.protection.protect_action in window.file_menu.actions()
    dialog = ProtectDialog(window)
    qtbot.addWidget(dialog)
    text = dialog.findChildren(type(dialog.message))[0].text()
    assert "stolen laptop" in text and "your notes are gone" in text
    qtbot.keyClicks(dialog.passphrase, "short")
    qtbot.mouseClick(dialog.protect_button, Qt.MouseButton.LeftButton)
    assert "at least" in dialog.message.text()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat, PASSPHRASE + "!")
    qtbot.mouseClick(dialog.protect_button, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.message.text()
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, PASSPHRASE)
    qtbot.mouseClick(dialog.protect_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ProtectDialog.DialogCode.Accepted
    assert dialog.old_backups == switch.ENCRYPT


def test_the_recovery_key_window_insists_it_is_kept(qtbot) -> None:
    key = keyslots.new_recovery_key()
    dialog = RecoveryKeyDialog(key)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.key_label.text() == key
    dialog.reject()  # Escape does not throw the only copy away
    assert dialog.isVisible()
    assert not dialog.done_button.isEnabled()
    qtbot.keyClicks(dialog.check, "ZZZZ" if not key.endswith("ZZZZ") else "YYYY")
    assert not dialog.done_button.isEnabled()
    dialog.check.clear()
    qtbot.keyClicks(dialog.check, key.rsplit("-", 1)[1].lower())
    assert dialog.done_button.isEnabled()


def test_idle_lock_keeps_what_was_being_typed(qtbot, data_dir: Path, now, protected) -> None:
    from mentee_desktop.app import build_window

    key = folder.unlock(data_dir, PASSPHRASE)
    db = open_store(data_dir, key=key)
    mentor = add_mentor(db, "Ada Lovelace")
    meeting = add_meeting(db, mentor.id, now, days=-1)
    window = build_window(db, data_dir, clock=lambda: now, zone_name="UTC", key=key)
    ticks = [1000.0]
    window.protection.monotonic = lambda: ticks[0]
    window.protection.last_activity = ticks[0]
    ended = []
    window.quit_application = lambda: ended.append(True)  # the start path takes over here
    window.show()
    qtbot.waitExposed(window)
    window.selector.select(mentor.id, meeting.id)
    tab = window.tab_by_key["notes"]
    window.tabs.setCurrentWidget(tab)
    window.activateWindow()
    window.add_new_in_current_tab()  # what Ctrl+N does
    qtbot.waitUntil(lambda: tab.editor.heard.hasFocus())
    qtbot.keyClicks(tab.editor.heard, "Half a thought about delegat")
    ticks[0] += 14 * 60
    assert not window.protection.check_idle()
    ticks[0] += 61
    assert window.protection.check_idle()
    assert window.protection.next_step == (LOCK,) and ended
    assert (data_dir / "mentee.due").exists()
    assert b"Ada" not in (data_dir / "mentee.due").read_bytes()
    close_like_the_start_path(window, db)
    reopened = open_store(data_dir, key=folder.unlock(data_dir, PASSPHRASE))
    try:
        (note,) = listening_notes.list_for_meeting(reopened, meeting.id)
        assert note.heard == "Half a thought about delegat"
    finally:
        reopened.close()


def test_a_protected_window_offers_lock_now_and_no_plain_export(qtbot, data_dir, now, protected):
    from mentee_desktop.app import build_window

    key = folder.unlock(data_dir, PASSPHRASE)
    db = open_store(data_dir, key=key)
    window = build_window(db, data_dir, clock=lambda: now, zone_name="UTC", key=key)
    try:
        assert window.protection.lock_action in window.file_menu.actions()
        assert window.protection.protect_action not in window.file_menu.actions()
        export = window.safety_actions.export_all()  # offered, encrypted only
        assert export.encrypted.isChecked() and not export.plain.isEnabled()
        export.reject()
        made = window.safety_actions.back_up_now()
        assert made is not None and made.path.read_bytes()[:16] == key.salt
    finally:
        close_like_the_start_path(window, db)


def test_the_locked_tray_says_only_that_a_reminder_is_due(qtbot, data_dir, now, protected):
    write_due_times(data_dir, due_now=False, next_at=now - timedelta(minutes=5))
    unlocked = []
    tray = LockedTray(data_dir, lambda: now, on_unlock=lambda: unlocked.append(1), on_quit=list)
    try:
        assert tray.icon.toolTip() == "A mentoring reminder is due — unlock to see it"
        assert [a.text() for a in tray.menu.actions()] == ["Unlock…", "Quit"]
        tray.menu.actions()[0].trigger()
        assert unlocked == [1]
        write_due_times(data_dir, due_now=False, next_at=now + timedelta(hours=1))
        tray.refresh()
        assert tray.icon.toolTip() == "Mentee Desktop — locked"
        assert tray.timer.isActive()
    finally:
        tray.close()


def test_after_the_window_the_start_path_protects_and_shows_the_key_once(
    qtbot, data_dir: Path, monkeypatch
) -> None:
    from mentee_desktop.ui.protection import start

    make_store_with_note(data_dir)
    shown = []
    # the dialog runs in the application's loop between two windows: answer it at once
    monkeypatch.setattr(
        start, "run_between_windows", lambda dialog: shown.append(dialog.recovery_key)
    )
    key = start.after_window_closed(data_dir, (PROTECT, PASSPHRASE, switch.ENCRYPT), None)
    assert key is not None and folder.is_protected(data_dir)
    assert len(shown) == 1 and keyslots.normalise_recovery_key(shown[0])
    assert start.after_window_closed(data_dir, (LOCK,), key) is None
