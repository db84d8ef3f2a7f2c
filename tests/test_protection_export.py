"""Encrypted JSON exports: the standard age format, opened by the real ``age`` tool."""

from __future__ import annotations

import json
import os
import pty
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mentee_desktop.data.json_io import import_file
from mentee_desktop.data.protection import WrongPassphraseError
from mentee_desktop.data.protection.exports import (
    is_encrypted_export,
    read_encrypted_export,
    write_encrypted_export,
)
from mentee_desktop.data.store import open_store
from tests.protection_helpers import SECRET_WORD, make_store_with_note, records

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


def age_decrypt(source: Path, output: Path, passphrase: str) -> tuple[int, str]:
    """Run ``age -d`` on a terminal (age asks for a passphrase only there); its exit status
    and what it printed."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: age on the pseudo-terminal
        os.execvp("age", ["age", "-d", "-o", str(output), str(source)])
    said = b""
    answered = False
    while True:
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        said += chunk
        if not answered and b"passphrase" in said.lower():
            os.write(fd, passphrase.encode() + b"\n")
            answered = True
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), said.decode(errors="replace")


@pytest.fixture
def export(data_dir: Path, tmp_path: Path) -> tuple[Path, dict]:
    make_store_with_note(data_dir, backup=False)
    db = open_store(data_dir)
    try:
        written = write_encrypted_export(db, tmp_path / "notes.json.age", "export pass", now=NOW)
        return written, records(db)
    finally:
        db.close()


@pytest.mark.skipif(shutil.which("age") is None, reason="needs Debian's age (debian-test.txt)")
def test_the_age_tool_decrypts_an_export(export, tmp_path: Path) -> None:
    path, expected = export
    assert is_encrypted_export(path)
    assert SECRET_WORD.encode() not in path.read_bytes()
    code, said = age_decrypt(path, tmp_path / "plain.json", "export pass")
    assert code == 0, said
    document = json.loads((tmp_path / "plain.json").read_text())
    assert document["tables"] == expected
    code, said = age_decrypt(path, tmp_path / "wrong.json", "not the passphrase")
    assert code != 0
    assert not (tmp_path / "wrong.json").exists() or not (tmp_path / "wrong.json").read_bytes()


def test_an_encrypted_export_imports_into_an_empty_folder(export, tmp_path: Path) -> None:
    path, expected = export
    text = read_encrypted_export(path, "export pass")
    target = tmp_path / "imported"
    import_file(path, target, text=text)
    db = open_store(target)
    try:
        assert records(db) == expected
    finally:
        db.close()


def test_a_wrong_export_passphrase_is_refused_clearly(export) -> None:
    path, _ = export
    with pytest.raises(WrongPassphraseError, match="could not be decrypted: wrong passphrase"):
        read_encrypted_export(path, "nope")
