"""The File menu of a protected store, driven with qtbot: Change passphrase…, Remove
protection… (through the real start path), Lock when idle (kept with the settings), and
Export all data… encrypted to a passphrase."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from mentee_desktop.app import build_window, drop_window
from mentee_desktop.data import settings
from mentee_desktop.data.protection import WrongPassphraseError, folder, keyslots, switch
from mentee_desktop.data.protection.cipher import is_plain_file
from mentee_desktop.data.protection.exports import AGE_MAGIC, read_encrypted_export
from mentee_desktop.data.store import open_store
from mentee_desktop.ui.protection.install import IDLE_SETTING, LOCK
from tests.protection_helpers import SECRET_WORD, TEST_COST, make_store_with_note, records
from tests.test_app_session import Person, main_window, unlock_window

PASSPHRASE = "a long passphrase"
NEW_PASSPHRASE = "quite another passphrase"
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyslots, "SCRYPT_N", TEST_COST)


@pytest.fixture
def protected(data_dir: Path) -> switch.Protected:
    make_store_with_note(data_dir)
    return switch.protect(data_dir, PASSPHRASE)


@pytest.fixture
def window(qtbot, data_dir: Path, protected):
    key = folder.unlock(data_dir, PASSPHRASE)
    db = open_store(data_dir, key=key)
    built = build_window(db, data_dir, clock=lambda: NOW, zone_name="UTC", key=key)
    built.show()
    qtbot.waitExposed(built)
    yield built
    built._quitting = True
    built.close()
    drop_window(built)
    db.close()


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_change_passphrase_from_the_file_menu(qtbot, window, data_dir: Path, protected):
    protection = window.protection
    assert protection.change_action in window.file_menu.actions()
    protection.change_action.trigger()
    dialog = protection.change_dialog
    assert dialog.isVisible()
    keys_before = (data_dir / "mentee.keys").read_bytes()
    qtbot.keyClicks(dialog.current, "not it at all")
    qtbot.keyClicks(dialog.new, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.repeat, NEW_PASSPHRASE)
    click(qtbot, dialog.confirm_button)
    assert "not right" in dialog.message.text() and dialog.isVisible()
    assert "Try again in 1 s" in dialog.message.text()
    assert (data_dir / "mentee.keys").read_bytes() == keys_before
    assert not dialog.confirm_button.isEnabled()  # a wrong try waits before the next
    qtbot.waitUntil(dialog.confirm_button.isEnabled, timeout=3000)
    dialog.current.clear()
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, NEW_PASSPHRASE + "!")
    click(qtbot, dialog.confirm_button)
    assert "differ" in dialog.message.text()
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, NEW_PASSPHRASE)
    click(qtbot, dialog.confirm_button)
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    assert dialog.current.text() == dialog.new.text() == ""  # nothing kept in the widgets
    assert folder.unlock(data_dir, NEW_PASSPHRASE).key == protected.key.key
    with pytest.raises(WrongPassphraseError):
        folder.unlock(data_dir, PASSPHRASE)
    recovered = folder.unlock(data_dir, protected.recovery_key, kind=keyslots.RECOVERY)
    assert recovered.key == protected.key.key
    assert window.protection.next_step is None  # the window stays open


def test_each_wrong_passphrase_makes_the_next_try_wait_longer(
    qtbot, window, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentee_desktop.ui.protection import unlock_dialog

    monkeypatch.setattr(unlock_dialog, "FIRST_DELAY_MS", 2000)
    dialog = window.protection.ask_to_change_passphrase()
    keys_before = (data_dir / "mentee.keys").read_bytes()
    for wanted in ("2 s", "4 s"):
        qtbot.waitUntil(dialog.confirm_button.isEnabled, timeout=6000)
        dialog.current.clear()
        qtbot.keyClicks(dialog.current, "wrong again")
        for field in (dialog.new, dialog.repeat):
            field.clear()
            qtbot.keyClicks(field, NEW_PASSPHRASE)
        click(qtbot, dialog.confirm_button)
        assert f"Try again in {wanted}" in dialog.message.text()
        assert not dialog.confirm_button.isEnabled() and not dialog.current.isEnabled()
    assert (data_dir / "mentee.keys").read_bytes() == keys_before


def test_a_forgotten_passphrase_is_changed_with_the_recovery_key(
    qtbot, window, data_dir, protected
):
    dialog = window.protection.ask_to_change_passphrase()
    click(qtbot, dialog.use_recovery_key)
    assert dialog.current.echoMode() == dialog.current.EchoMode.Normal
    qtbot.keyClicks(dialog.current, protected.recovery_key)
    qtbot.keyClicks(dialog.new, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.repeat, NEW_PASSPHRASE)
    click(qtbot, dialog.confirm_button)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert folder.unlock(data_dir, NEW_PASSPHRASE).key == protected.key.key


def test_lock_when_idle_is_a_setting_with_never(qtbot, window, data_dir: Path) -> None:
    protection = window.protection
    ticks = [100.0]
    protection.monotonic = lambda: ticks[0]
    protection.last_activity = ticks[0]
    window.quit_application = lambda: None  # the start path would take over here
    choices = {a.text(): a for a in protection.idle_menu.actions()}
    assert list(choices) == [
        "After 5 minutes",
        "After 10 minutes",
        "After 15 minutes",
        "After 30 minutes",
        "After 60 minutes",
        "Never",
    ]
    assert choices["After 15 minutes"].isChecked()  # the default
    choices["Never"].trigger()
    assert choices["Never"].isChecked() and not choices["After 15 minutes"].isChecked()
    assert window.services.read(settings.get, IDLE_SETTING) == 0
    ticks[0] += 24 * 3600
    assert not protection.check_idle()
    choices["After 5 minutes"].trigger()
    assert window.services.read(settings.get, IDLE_SETTING) == 5
    ticks[0] += 4 * 60
    assert not protection.check_idle()
    ticks[0] += 61
    assert protection.check_idle() and protection.next_step == (LOCK,)


def test_the_idle_time_chosen_holds_for_the_next_window(qtbot, data_dir: Path, protected):
    key = folder.unlock(data_dir, PASSPHRASE)
    db = open_store(data_dir, key=key)
    settings.put(db, IDLE_SETTING, 30)
    built = build_window(db, data_dir, clock=lambda: NOW, zone_name="UTC", key=key)
    try:
        checked = [a.text() for a in built.protection.idle_menu.actions() if a.isChecked()]
        assert checked == ["After 30 minutes"] and built.protection.idle_minutes == 30
    finally:
        built._quitting = True
        built.close()
        drop_window(built)
        db.close()


def test_export_all_data_of_a_protected_store_is_encrypted(qtbot, window, tmp_path: Path):
    actions = window.safety_actions
    assert actions.export_action.isEnabled()
    actions.export_action.trigger()
    dialog = actions.export_dialog
    assert dialog.isVisible() and dialog.encrypted.isChecked() and not dialog.plain.isEnabled()
    qtbot.keyClicks(dialog.passphrase, "short")
    qtbot.keyClicks(dialog.repeat, "short")
    click(qtbot, dialog.next_button)
    assert "at least" in dialog.message.text() and actions.file_dialog is None
    for field in (dialog.passphrase, dialog.repeat):
        field.clear()
        qtbot.keyClicks(field, "export passphrase")
    click(qtbot, dialog.next_button)
    chooser = actions.file_dialog
    assert chooser is not None and chooser.isVisible()
    assert dialog.passphrase.text() == ""  # the passphrase left the widgets
    target = tmp_path / "out" / "all.json.age"
    target.parent.mkdir()
    chooser.setDirectory(str(target.parent))
    chooser.selectFile(target.name)
    chooser.accept()
    data = target.read_bytes()
    assert data.startswith(AGE_MAGIC) and SECRET_WORD.encode() not in data
    document = json.loads(read_encrypted_export(target, "export passphrase"))
    notes = document["tables"]["listening_notes"]
    assert any(SECRET_WORD in note["heard"] for note in notes)
    with pytest.raises(WrongPassphraseError):
        read_encrypted_export(target, "not the export passphrase")


def test_a_plain_store_exports_plain_by_default_or_encrypted_on_request(
    qtbot, make_window, tmp_path: Path
) -> None:
    window = make_window()
    actions = window.safety_actions
    dialog = actions.export_all()
    assert dialog.plain.isChecked() and not dialog.passphrase.isEnabled()
    click(qtbot, dialog.next_button)
    plain_target = tmp_path / "plain.json"
    actions.file_dialog.setDirectory(str(tmp_path))
    actions.file_dialog.selectFile(plain_target.name)
    actions.file_dialog.accept()
    assert json.loads(plain_target.read_text())["tables"] is not None
    dialog = actions.export_all()
    click(qtbot, dialog.encrypted)
    for field in (dialog.passphrase, dialog.repeat):
        qtbot.keyClicks(field, "export passphrase")
    click(qtbot, dialog.next_button)
    sealed = tmp_path / "sealed.json.age"
    actions.file_dialog.setDirectory(str(tmp_path))
    actions.file_dialog.selectFile(sealed.name)
    actions.file_dialog.accept()
    assert sealed.read_bytes().startswith(AGE_MAGIC)


def test_remove_protection_from_the_file_menu_through_the_start_path(
    qtbot, data_dir: Path, protected
) -> None:
    from mentee_desktop.app_session import run_on_folder

    seen: dict = {}

    def unlock(dialog) -> None:
        qtbot.keyClicks(dialog.secret, PASSPHRASE)
        click(qtbot, dialog.unlock_button)

    def ask_to_remove(window) -> None:
        seen["records"] = records(window.services.db)
        assert window.protection.unprotect_action in window.file_menu.actions()
        dialog = window.protection.ask_to_unprotect()
        labels = [label.text() for label in dialog.findChildren(type(dialog.message))]
        assert any("stored unencrypted" in text for text in labels)
        qtbot.keyClicks(dialog.current, "not it at all")
        click(qtbot, dialog.confirm_button)
        assert "not right" in dialog.message.text()
        assert window.protection.next_step is None
        qtbot.waitUntil(dialog.confirm_button.isEnabled, timeout=3000)  # waits after a wrong try
        dialog.current.clear()
        qtbot.keyClicks(dialog.current, PASSPHRASE)
        click(qtbot, dialog.confirm_button)  # the window closes; the store is decrypted

    def plain_window_again(window) -> None:
        assert window.services.store_key is None
        assert window.protection.protect_action in window.file_menu.actions()
        now = records(window.services.db)
        for table in seen["records"]:
            if table not in ("settings", "reminder_state"):
                assert now[table] == seen["records"][table], table
        window.quit_application()

    person = Person(
        [
            ("the unlock window", unlock_window, unlock),
            ("the protected window", main_window, ask_to_remove),
            ("the plain window", main_window, plain_window_again),
        ]
    )
    code = run_on_folder(QApplication.instance(), data_dir, clock=lambda: NOW, handle_signals=False)
    person.timer.stop()
    if person.failure is not None:
        raise person.failure
    assert code == 0 and len(person.done) == 3
    # the windows' last quit was handled in the application's loop: a nested loop (a
    # dialog's exec(), qtbot's waiting) still runs instead of returning at once
    QApplication.processEvents()  # what the windows left queued runs (as between tests)
    fired: list[int] = []
    QTimer.singleShot(10, lambda: fired.append(1))
    qtbot.waitUntil(lambda: fired == [1], timeout=2000)
    assert not folder.is_protected(data_dir) and not (data_dir / "mentee.keys").exists()
    assert is_plain_file(data_dir / "mentee.db")
    assert all(is_plain_file(p) for p in (data_dir / "backups").iterdir())
