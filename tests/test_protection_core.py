"""A protected store: round trips, nothing plain left behind, clear refusals that change nothing."""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mentee_desktop.data.protection import (
    KeyFileError,
    LockedStoreError,
    WrongPassphraseError,
    folder,
    keyslots,
    switch,
)
from mentee_desktop.data.store import open_store
from tests.protection_helpers import (
    SECRET_WORD,
    TEST_COST,
    files_holding,
    make_store_with_note,
    records,
    snapshot,
)

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyslots, "SCRYPT_N", TEST_COST)


@pytest.fixture
def plain_store(data_dir: Path) -> Path:
    make_store_with_note(data_dir)
    return data_dir


def _records_of(data_dir: Path, key=None) -> dict:
    db = open_store(data_dir, key=key)
    try:
        return records(db)
    finally:
        db.close()


def test_protect_reopen_change_passphrase_and_unprotect_keep_every_record(
    plain_store: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    before = _records_of(plain_store)
    result = switch.protect(plain_store, PASSPHRASE)
    with pytest.raises(LockedStoreError, match="protected with a passphrase"):
        open_store(plain_store)
    key = folder.unlock(plain_store, PASSPHRASE)
    assert _records_of(plain_store, key) == before

    switch.change_passphrase(plain_store, PASSPHRASE, "a new passphrase")
    with pytest.raises(WrongPassphraseError, match="wrong passphrase"):
        folder.unlock(plain_store, PASSPHRASE)
    assert _records_of(plain_store, folder.unlock(plain_store, "a new passphrase")) == before
    typed = result.recovery_key.lower().replace("-", " ")  # as a person might copy it
    by_recovery = folder.unlock(plain_store, typed, kind=keyslots.RECOVERY)
    assert _records_of(plain_store, by_recovery) == before

    switch.unprotect(plain_store, by_recovery)
    assert not (plain_store / "mentee.keys").exists()
    assert _records_of(plain_store) == before
    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    for secret in (PASSPHRASE, "a new passphrase", result.recovery_key, SECRET_WORD):
        assert secret not in logged


def test_the_recovery_key_can_set_a_new_passphrase(plain_store: Path) -> None:
    result = switch.protect(plain_store, PASSPHRASE)
    switch.change_passphrase(
        plain_store, result.recovery_key, "forgot the old one", kind=keyslots.RECOVERY
    )
    folder.unlock(plain_store, "forgot the old one")
    with pytest.raises(WrongPassphraseError):
        folder.unlock(plain_store, PASSPHRASE)


def test_after_protecting_no_file_in_the_data_folder_holds_the_note(plain_store: Path) -> None:
    from mentee_desktop.data.backups import list_backups, make_backup

    db = open_store(plain_store)
    db.execute("PRAGMA wal_autocheckpoint = 0")  # leave the note in the write-ahead log too
    db.close()
    assert files_holding(plain_store, SECRET_WORD)  # the test would notice a plain copy
    result = switch.protect(plain_store, PASSPHRASE)
    assert result.plain_files == ()
    assert files_holding(plain_store, SECRET_WORD) == []
    key = folder.unlock(plain_store, PASSPHRASE)
    db = open_store(plain_store, key=key)
    try:
        assert SECRET_WORD in str(records(db)["listening_notes"])
        now = datetime(2026, 12, 1, tzinfo=UTC)
        made = make_backup(db, plain_store / "backups", now=now, reason="manual", key=key)
    finally:
        db.close()
    assert files_holding(plain_store, SECRET_WORD) == []
    assert len(list_backups(plain_store / "backups")) == 2
    assert made.path.read_bytes()[:16] == key.salt  # encrypted with the store's key


def test_old_plain_backups_can_be_deleted_or_kept_and_named(data_dir: Path) -> None:
    make_store_with_note(data_dir)
    kept = switch.protect(data_dir, PASSPHRASE, old_backups=switch.KEEP)
    assert len(kept.plain_files) == 1
    assert files_holding(data_dir, SECRET_WORD) == [str(kept.plain_files[0])]
    left = switch.protect_old_backups(data_dir, kept.key, switch.DELETE)
    assert left == ()
    assert files_holding(data_dir, SECRET_WORD) == []


def test_encrypted_backups_open_with_the_key_and_become_plain_again(plain_store: Path) -> None:
    from mentee_desktop.data.backups import check_database_file, list_backups
    from mentee_desktop.data.protection.opening import check_protected_file

    result = switch.protect(plain_store, PASSPHRASE)
    (backup,) = list_backups(plain_store / "backups")
    assert check_protected_file(backup.path, result.key) >= 1
    switch.unprotect(plain_store, result.key)
    assert check_database_file(backup.path) >= 1
    assert SECRET_WORD.encode() in backup.path.read_bytes()


def test_the_real_scrypt_cost_takes_a_noticeable_time(monkeypatch) -> None:
    """The passphrase slot must be slow to guess: at least 0.1 s here (aimed at ~0.3 s)."""
    from mentee_desktop.data.protection.cipher import StoreKey

    monkeypatch.setattr(keyslots, "SCRYPT_N", 2**17)
    slots = keyslots.create(StoreKey.new(), PASSPHRASE, keyslots.new_recovery_key())
    assert slots.slot(keyslots.PASSPHRASE).kdf["n"] == 2**17
    started = time.perf_counter()
    keyslots.unlock(slots, PASSPHRASE)
    assert time.perf_counter() - started > 0.1


# ----- refusals that change nothing --------------------------------------------------------


@pytest.fixture
def protected_store(plain_store: Path) -> Path:
    switch.protect(plain_store, PASSPHRASE)
    return plain_store


def test_a_wrong_passphrase_is_refused_and_nothing_changes(protected_store: Path) -> None:
    before = snapshot(protected_store)
    with pytest.raises(WrongPassphraseError, match="wrong passphrase"):
        folder.unlock(protected_store, "not it")
    with pytest.raises(WrongPassphraseError, match="wrong passphrase"):
        switch.change_passphrase(protected_store, "not it", "whatever")
    with pytest.raises(WrongPassphraseError, match="recovery key"):
        folder.unlock(protected_store, "AAAA-BBBB", kind=keyslots.RECOVERY)
    assert snapshot(protected_store) == before


def test_a_truncated_key_file_is_named(protected_store: Path) -> None:
    keys = protected_store / "mentee.keys"
    keys.write_bytes(keys.read_bytes()[:150])
    before = snapshot(protected_store)
    with pytest.raises(KeyFileError, match=r"mentee.keys is damaged or cut short"):
        folder.unlock(protected_store, PASSPHRASE)
    with pytest.raises(LockedStoreError):  # never mistaken for a damaged database
        open_store(protected_store)
    assert snapshot(protected_store) == before


def test_a_key_file_from_another_store_is_named(protected_store: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    make_store_with_note(other, backup=False)
    switch.protect(other, PASSPHRASE)  # even the same passphrase
    (protected_store / "mentee.keys").write_bytes((other / "mentee.keys").read_bytes())
    before = snapshot(protected_store)
    with pytest.raises(KeyFileError, match="belongs to another store"):
        folder.unlock(protected_store, PASSPHRASE)
    assert snapshot(protected_store) == before


def test_a_missing_key_file_is_named(protected_store: Path) -> None:
    (protected_store / "mentee.keys").unlink()
    before = snapshot(protected_store)
    with pytest.raises(KeyFileError, match=r"key file mentee\.keys is missing"):
        folder.unlock(protected_store, PASSPHRASE)
    assert snapshot(protected_store) == before


def test_a_key_file_beside_a_plain_database_is_an_interrupted_change(plain_store: Path) -> None:
    """Turning on puts the key file first: with the plain database still there, it is plain."""
    before = _records_of(plain_store)
    (plain_store / "mentee.keys").write_text("left by a crash")
    assert not folder.is_protected(plain_store)
    assert _records_of(plain_store) == before
    folder.tidy(plain_store)
    assert not (plain_store / "mentee.keys").exists()
