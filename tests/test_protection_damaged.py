"""A protected store whose database file is damaged: the window says so and says how to get
the newest backup back (the command line's ``recover``, which asks for the passphrase); it
never offers to replace the file, and leaves every byte as it was."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from mentee_desktop.data.protection import folder as protection_folder
from mentee_desktop.data.protection import keyslots, switch
from tests.protection_helpers import TEST_COST, make_store_with_note, snapshot

PASSPHRASE = "first passphrase"


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyslots, "SCRYPT_N", TEST_COST)


def damage_first_page(data_dir: Path) -> None:
    database = data_dir / "mentee.db"
    content = bytearray(database.read_bytes())
    content[100:4000] = b"\x00" * 3900  # the first page (schema) damaged, its salt kept
    database.write_bytes(bytes(content))


def test_the_command_line_calls_it_damaged_and_names_recover(cli, tmp_path, data_dir: Path):
    make_store_with_note(data_dir)
    switch.protect(data_dir, PASSPHRASE)
    damage_first_page(data_dir)
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    before = snapshot(data_dir)
    run = cli("--data-dir", str(data_dir), "--passphrase-file", str(secret), "meetings")
    assert run.returncode == 1
    assert "is damaged" in run.stderr and "mentee-desktop recover" in run.stderr
    assert "cannot be read with this key" not in run.stderr  # not a wrong passphrase
    assert snapshot(data_dir) == before


def test_the_window_points_to_recover_for_a_damaged_protected_store(
    qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentee_desktop import app
    from mentee_desktop.ui.safety import recovery_dialog

    make_store_with_note(data_dir)
    switch.protect(data_dir, PASSPHRASE)
    key = protection_folder.unlock(data_dir, PASSPHRASE)
    damage_first_page(data_dir)
    shown: list[str] = []
    monkeypatch.setattr(app, "show_problem", shown.append)

    def never(*args, **kwargs):
        raise AssertionError("offered to replace a protected store")

    monkeypatch.setattr(recovery_dialog, "ask_how_to_recover", never)
    before = snapshot(data_dir)
    db = app.open_for_window(data_dir, zone=ZoneInfo("Europe/Berlin"), key=key)
    assert db is None
    assert len(shown) == 1
    assert "mentee-desktop recover" in shown[0]
    assert snapshot(data_dir) == before
