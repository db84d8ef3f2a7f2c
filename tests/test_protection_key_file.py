"""A protected store whose key file is missing, cut short or from another store: the command
line and the window name what is wrong, never call the file damaged, never offer to replace
it, and leave every byte as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mentee_desktop.data.protection import keyslots, switch
from tests.protection_helpers import TEST_COST, make_store_with_note, snapshot
from tests.test_cli import assert_clear_error

PASSPHRASE = "first passphrase"
WHAT_IS_WRONG = {
    "missing": "its key file mentee.keys is missing",
    "cut short": "is damaged or cut short",
    "from another store": "belongs to another store",
}


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyslots, "SCRYPT_N", TEST_COST)


def break_key_file(tmp_path: Path, data_dir: Path, how: str) -> None:
    """A protected store (with its encrypted backup), then its key file broken ``how``."""
    make_store_with_note(data_dir)
    switch.protect(data_dir, PASSPHRASE)
    keys = data_dir / "mentee.keys"
    if how == "missing":
        keys.unlink()
    elif how == "cut short":
        keys.write_bytes(keys.read_bytes()[:90])
    else:
        other = tmp_path / "other"
        make_store_with_note(other)
        switch.protect(other, PASSPHRASE)  # even the same passphrase does not open it
        shutil.copyfile(other / "mentee.keys", keys)


@pytest.mark.parametrize("how", sorted(WHAT_IS_WRONG))
def test_the_command_line_names_the_key_file_problem(cli, tmp_path, data_dir: Path, how: str):
    break_key_file(tmp_path, data_dir, how)
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    (backup,) = (data_dir / "backups").iterdir()
    before = snapshot(data_dir)
    for command in (["meetings"], ["check"], ["recover"], ["restore", str(backup)]):
        result = cli("--data-dir", str(data_dir), "--passphrase-file", str(secret), *command)
        assert_clear_error(result, WHAT_IS_WRONG[how])
        assert "damaged" not in result.stderr.replace("damaged or cut short", "")
        assert snapshot(data_dir) == before, command
    # a person at a terminal is told before being asked for anything
    result = cli("--data-dir", str(data_dir), "meetings")
    assert_clear_error(result, WHAT_IS_WRONG[how])


@pytest.mark.parametrize("how", sorted(WHAT_IS_WRONG))
def test_the_window_names_the_key_file_problem_and_offers_nothing(
    qtbot, tmp_path, data_dir: Path, how: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication

    from mentee_desktop import app, app_session
    from mentee_desktop.ui.protection import start
    from mentee_desktop.ui.safety import recovery_dialog

    break_key_file(tmp_path, data_dir, how)
    shown: list[str] = []
    monkeypatch.setattr(app, "show_problem", shown.append)
    monkeypatch.setattr(app_session, "show_problem", shown.append)

    def never(*args, **kwargs):
        raise AssertionError("offered to recover or unlock a store whose key file is broken")

    monkeypatch.setattr(recovery_dialog, "ask_how_to_recover", never)
    monkeypatch.setattr(start, "unlock_at_start", never)
    before = snapshot(data_dir)
    code = app_session.run_on_folder(QApplication.instance(), data_dir, handle_signals=False)
    assert code == 1
    assert len(shown) == 1 and WHAT_IS_WRONG[how] in shown[0]
    assert "damaged" not in shown[0].replace("damaged or cut short", "")
    assert snapshot(data_dir) == before
