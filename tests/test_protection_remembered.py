""" "Remember on this computer" with a keyring backend kept in memory (``keyring``'s own
backend interface): never the default, the window opens at start without the passphrase only
when chosen, never after a lock, and a keyring that fails, forgets or holds a key that no
longer fits leaves the passphrase as the way in."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mentee_desktop.data.protection import keyslots, remembered, switch
from mentee_desktop.ui.protection import start
from mentee_desktop.ui.protection.unlock_dialog import UnlockDialog
from tests.protection_helpers import TEST_COST, make_store_with_note
from tests.test_app_session import Person, main_window, unlock_window

PASSPHRASE = "a long passphrase"
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps its secrets in a dict; ``failing`` makes every call fail the way
    a locked or vanished Secret Service does."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}
        self.failing = False

    def _check(self) -> None:
        if self.failing:
            raise KeyringError("the Secret Service is not running")

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError("not there")


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyslots, "SCRYPT_N", TEST_COST)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def protected(data_dir: Path) -> switch.Protected:
    make_store_with_note(data_dir)
    return switch.protect(data_dir, PASSPHRASE)


def unlock_in(qtbot, dialog, *, remember: bool | None = None) -> None:
    qtbot.waitUntil(dialog.remember.isVisible)
    if remember is not None:
        dialog.remember.setChecked(remember)
    qtbot.keyClicks(dialog.secret, PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)


def never_asked(dialog) -> int:
    raise AssertionError("the unlock window was shown")


def test_remembering_is_offered_but_never_the_default(qtbot, data_dir, protected, memory_keyring):
    dialog = UnlockDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.remember.isVisible)
    assert not dialog.remember.isChecked()
    unlock_in(qtbot, dialog)
    assert dialog.key is not None
    assert memory_keyring.secrets == {} and not remembered.is_remembered(data_dir)


def test_without_a_keyring_nothing_is_offered(qtbot, data_dir, protected) -> None:
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = UnlockDialog(data_dir)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(50)
        assert not dialog.remember.isVisible()
    finally:
        keyring.set_keyring(before)


def test_a_remembered_key_opens_at_start_but_never_after_a_lock(
    qtbot, data_dir, protected, memory_keyring, monkeypatch
):
    dialog = UnlockDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    unlock_in(qtbot, dialog, remember=True)
    assert remembered.is_remembered(data_dir) and len(memory_keyring.secrets) == 1
    assert PASSPHRASE not in next(iter(memory_keyring.secrets.values()))
    monkeypatch.setattr(start, "run_between_windows", never_asked)
    key = start.unlock_at_start(data_dir, allow_remembered=True)
    assert key is not None and key.key == protected.key.key
    with pytest.raises(AssertionError, match="unlock window was shown"):
        start.unlock_at_start(data_dir, allow_remembered=False)  # after a lock: always asked


@pytest.mark.parametrize("how", ["keyring fails", "entry gone", "store protected anew"])
def test_a_keyring_that_lets_go_leaves_the_passphrase(
    qtbot, data_dir, protected, memory_keyring, how
) -> None:
    assert remembered.remember(data_dir, protected.key)
    if how == "keyring fails":
        memory_keyring.failing = True
    elif how == "entry gone":
        memory_keyring.secrets.clear()
    else:
        switch.unprotect(data_dir, protected.key)  # unprotecting forgets the key
        assert not remembered.is_remembered(data_dir) and memory_keyring.secrets == {}
        switch.protect(data_dir, PASSPHRASE)  # protected anew: a new key; the old one put back
        memory_keyring.secrets[("mentee-desktop", str(data_dir.resolve()))] = (
            protected.key.key.hex() + protected.key.salt.hex()
        )
        remembered.marker_path(data_dir).touch()
    assert remembered.remembered_key(data_dir) is None
    asked = []

    def type_the_passphrase(dialog) -> int:
        asked.append(dialog)
        dialog.secret.setText(PASSPHRASE)
        dialog.try_unlock()
        return dialog.result()

    start_run = start.run_between_windows
    try:
        start.run_between_windows = type_the_passphrase
        key = start.unlock_at_start(data_dir, allow_remembered=True)
    finally:
        start.run_between_windows = start_run
    assert len(asked) == 1 and key is not None  # the passphrase still opens it


def test_the_whole_start_remembers_then_asks_again_after_a_lock(
    qtbot, data_dir, protected, memory_keyring
) -> None:
    from mentee_desktop.app_session import run_on_folder

    def unlock_and_remember(dialog) -> None:
        unlock_in(qtbot, dialog, remember=True)

    def quit_window(window) -> None:
        window.quit_application()

    person = Person(
        [
            ("the unlock window", unlock_window, unlock_and_remember),
            ("the window", main_window, quit_window),
        ]
    )
    run = run_on_folder(QApplication.instance(), data_dir, clock=lambda: NOW, handle_signals=False)
    assert run == 0 and person.failure is None and len(person.done) == 2
    person.timer.stop()

    def lock_at_once(window) -> None:
        window.protection.lock()

    def asked_after_the_lock(dialog) -> None:
        assert dialog.remember.isChecked() or not dialog.remember.isVisible()
        dialog.reject()

    person = Person(
        [
            ("the window, without unlocking", main_window, lock_at_once),
            ("the unlock window after the lock", unlock_window, asked_after_the_lock),
        ]
    )
    run = run_on_folder(QApplication.instance(), data_dir, clock=lambda: NOW, handle_signals=False)
    person.timer.stop()
    if person.failure is not None:
        raise person.failure
    assert run == 0 and len(person.done) == 2
