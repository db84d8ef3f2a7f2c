"""restore, recover and check on a protected store, from the command line and the window:
they ask for the passphrase (or the recovery key), read encrypted backups, write only
encrypted files, and refuse a wrong secret or a foreign backup leaving every byte as it was."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mentee_desktop.data import mentors
from mentee_desktop.data.backups import list_backups, make_backup
from mentee_desktop.data.protection import folder, keyslots, switch
from mentee_desktop.data.protection.cipher import is_plain_file
from mentee_desktop.data.store import open_store
from tests.helpers import add_mentor
from tests.protection_helpers import (
    SECRET_WORD,
    TEST_COST,
    files_holding,
    make_store_with_note,
    snapshot,
)
from tests.test_cli import assert_clear_error
from tests.test_protection_cli import run_on_terminal

PASSPHRASE = "first passphrase"
LATER = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)


@pytest.fixture
def passphrase_files(tmp_path: Path) -> dict[str, Path]:
    files = {}
    for name, text in [("right", PASSPHRASE), ("wrong", "not the passphrase")]:
        files[name] = tmp_path / f"{name}.txt"
        files[name].write_text(text + "\n")
    return files


def protect(data_dir: Path, **options) -> switch.Protected:
    make_store_with_note(data_dir)
    return switch.protect(data_dir, PASSPHRASE, cost=TEST_COST, **options)


def add_mentor_later(data_dir: Path, key, name: str = "Added Later") -> None:
    db = open_store(data_dir, key=key)
    try:
        add_mentor(db, name)
    finally:
        db.close()


def mentor_names(data_dir: Path) -> list[str]:
    db = open_store(data_dir, key=folder.unlock(data_dir, PASSPHRASE))
    try:
        return sorted(m.name for m in mentors.list_all(db, include_archived=True))
    finally:
        db.close()


def run(cli, data_dir: Path, *args: str, secret: Path | None = None):
    options = ["--passphrase-file", str(secret)] if secret is not None else []
    return cli("--data-dir", str(data_dir), *options, *args)


def test_restore_asks_for_the_passphrase_and_keeps_everything_encrypted(
    cli, data_dir: Path, passphrase_files
) -> None:
    protected = protect(data_dir)
    (backup,) = list_backups(data_dir / "backups")  # the note's backup, encrypted by protect
    add_mentor_later(data_dir, protected.key)
    before = snapshot(data_dir)
    assert_clear_error(run(cli, data_dir, "restore", backup.path.name), "--passphrase-file")
    wrong = run(cli, data_dir, "restore", backup.path.name, secret=passphrase_files["wrong"])
    assert_clear_error(wrong, "wrong passphrase")
    assert snapshot(data_dir) == before
    restored = run(cli, data_dir, "restore", backup.path.name, secret=passphrase_files["right"])
    assert restored.returncode == 0, restored.stderr
    assert "before the restore is kept in" in restored.stdout
    assert mentor_names(data_dir) == ["Grace Hopper"]  # the later mentor is gone
    kinds = sorted(b.kind for b in list_backups(data_dir / "backups"))
    assert kinds == ["before-restore", "manual"]
    assert not any(is_plain_file(p) for p in (data_dir / "backups").iterdir())
    assert files_holding(data_dir, SECRET_WORD) == []
    check = run(cli, data_dir, "check", secret=passphrase_files["right"])
    assert check.returncode == 0 and "integrity: ok" in check.stdout
    (before_restore,) = [b for b in list_backups(data_dir / "backups") if b.kind != "manual"]
    again = run(
        cli, data_dir, "restore", str(before_restore.path), secret=passphrase_files["right"]
    )
    assert again.returncode == 0, again.stderr
    assert mentor_names(data_dir) == ["Added Later", "Grace Hopper"]


def test_restore_with_the_recovery_key_typed_on_a_terminal(data_dir: Path) -> None:
    protected = protect(data_dir)
    (backup,) = list_backups(data_dir / "backups")
    add_mentor_later(data_dir, protected.key)
    args = ["--data-dir", str(data_dir), "restore", "--use-recovery-key", backup.path.name]
    code, said = run_on_terminal(args, [protected.recovery_key.lower()])
    assert code == 0, said
    assert "Recovery key:" in said and protected.recovery_key.lower() not in said
    assert mentor_names(data_dir) == ["Grace Hopper"]


def test_a_plain_backup_from_before_protection_is_restored_encrypted(
    cli, data_dir: Path, passphrase_files
) -> None:
    protected = protect(data_dir, old_backups=switch.KEEP)
    (plain,) = list_backups(data_dir / "backups")
    assert is_plain_file(plain.path)
    add_mentor_later(data_dir, protected.key)
    restored = run(cli, data_dir, "restore", str(plain.path), secret=passphrase_files["right"])
    assert restored.returncode == 0, restored.stderr
    assert not is_plain_file(data_dir / "mentee.db")
    assert SECRET_WORD.encode() not in (data_dir / "mentee.db").read_bytes()
    assert mentor_names(data_dir) == ["Grace Hopper"]


def test_a_backup_of_another_protected_store_is_refused(
    cli, tmp_path: Path, data_dir: Path, passphrase_files
) -> None:
    protect(data_dir)
    other = tmp_path / "other"
    protect(other)
    (foreign,) = list_backups(other / "backups")
    before = snapshot(data_dir)
    result = run(cli, data_dir, "restore", str(foreign.path), secret=passphrase_files["right"])
    assert_clear_error(result, "another store's key")
    assert snapshot(data_dir) == before


def damage(path: Path) -> None:
    """Scramble the second page of an encrypted file (its salt and first page stay)."""
    with path.open("r+b") as handle:
        handle.seek(4096 + 100)
        handle.write(b"\xa5" * 512)


def test_recover_a_damaged_protected_store_with_its_passphrase(
    cli, data_dir: Path, passphrase_files
) -> None:
    protect(data_dir)
    healthy = run(cli, data_dir, "recover", secret=passphrase_files["right"])
    assert healthy.returncode == 0 and "nothing to recover" in healthy.stdout
    damage(data_dir / "mentee.db")
    damaged = (data_dir / "mentee.db").read_bytes()
    before = snapshot(data_dir)
    assert_clear_error(run(cli, data_dir, "recover"), "--passphrase-file")
    assert_clear_error(
        run(cli, data_dir, "recover", secret=passphrase_files["wrong"]), "wrong passphrase"
    )
    assert snapshot(data_dir) == before
    result = run(cli, data_dir, "recover", secret=passphrase_files["right"])
    assert result.returncode == 0, result.stderr
    aside = Path(re.search(r"kept as (\S+)\.\n", result.stdout).group(1))
    assert aside.read_bytes() == damaged  # kept aside as it was
    assert mentor_names(data_dir) == ["Grace Hopper"]
    assert not is_plain_file(data_dir / "mentee.db")
    assert files_holding(data_dir, SECRET_WORD) == []
    check = run(cli, data_dir, "check", secret=passphrase_files["right"])
    assert check.returncode == 0 and "integrity: ok" in check.stdout


def test_recover_with_the_recovery_key_even_when_the_database_is_damaged(
    cli, tmp_path: Path, data_dir: Path
) -> None:
    protected = protect(data_dir)
    damage(data_dir / "mentee.db")
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(protected.recovery_key + "\n")
    result = cli(
        "--data-dir",
        str(data_dir),
        "--passphrase-file",
        str(key_file),
        "recover",
        "--use-recovery-key",
    )
    assert result.returncode == 0, result.stderr
    assert mentor_names(data_dir) == ["Grace Hopper"]


def test_check_on_a_protected_store_needs_its_passphrase(cli, data_dir, passphrase_files):
    protect(data_dir)
    before = snapshot(data_dir)
    assert_clear_error(
        run(cli, data_dir, "check", secret=passphrase_files["wrong"]), "wrong passphrase"
    )
    assert snapshot(data_dir) == before
    check = run(cli, data_dir, "check", secret=passphrase_files["right"])
    assert check.returncode == 0, check.stderr
    assert "integrity: ok" in check.stdout and "foreign keys: ok" in check.stdout


def test_the_window_restores_a_backup_of_a_protected_store(qtbot, data_dir: Path, now) -> None:
    from mentee_desktop.app import build_window, drop_window

    protected = protect(data_dir, old_backups=switch.KEEP)
    (plain,) = list_backups(data_dir / "backups")
    key = folder.unlock(data_dir, PASSPHRASE)
    db = open_store(data_dir, key=key)
    encrypted = make_backup(db, data_dir / "backups", now=LATER, reason="manual", key=key)
    add_mentor(db, "Added Later")
    window = build_window(db, data_dir, clock=lambda: now, zone_name="UTC", key=key)
    try:
        actions = window.safety_actions
        assert actions.restore_action.isEnabled()
        dialog = actions.choose_backup()
        assert {b.path for b in dialog.backups} >= {plain.path, encrypted.path}
        dialog.reject()
        assert actions.restore(encrypted)
        assert sorted(m.name for m in mentors.list_all(db)) == ["Grace Hopper"]
        add_mentor(db, "Added Again")
        assert actions.restore(plain)  # a plain backup is encrypted on the way in
        assert sorted(m.name for m in mentors.list_all(db)) == ["Grace Hopper"]
    finally:
        window._quitting = True
        window.close()
        drop_window(window)
        db.close()
    assert protected.key.key == key.key
    assert files_holding(data_dir, SECRET_WORD) == [str(plain.path)]  # kept at the user's word
    assert all(
        not is_plain_file(b.path)
        for b in list_backups(data_dir / "backups")
        if b.path != plain.path
    )
    assert keyslots.read(data_dir / "mentee.keys").salt == key.salt
