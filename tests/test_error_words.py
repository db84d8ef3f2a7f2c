"""The words a known error is told in: each cause of "cannot read" or "cannot write" says
what happened and what the user can do, instead of an errno or SQLite's own phrase."""

from __future__ import annotations

import errno
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mentee_desktop.data.folder import remove_unused_side_files
from mentee_desktop.data.identity import cannot_read
from mentee_desktop.data.output_file import reason


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "permission denied"),
        (OSError(errno.EPERM, "Operation not permitted"), "fix its permissions"),
        (sqlite3.OperationalError("database is locked"), "locked by another program"),
        (OSError(errno.EIO, "Input/output error"), "Input/output error"),
        (sqlite3.OperationalError("disk I/O error"), "check the disk"),
    ],
)
def test_why_a_file_cannot_be_read_now(tmp_path: Path, error, words: str) -> None:
    message = str(cannot_read(tmp_path / "mentee.db", error))
    assert words in message
    assert str(tmp_path / "mentee.db") in message


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.EACCES, "permission denied"),
        (errno.EROFS, "read-only"),
        (errno.ENOSPC, "disk is full"),
        (errno.EDQUOT, "disk is full"),
        (errno.ENAMETOOLONG, "too long"),
        (errno.EIO, "Input/output error"),
    ],
)
def test_why_a_file_cannot_be_written(code: int, words: str) -> None:
    assert words in reason(OSError(code, "Input/output error"))


HOLD_OPEN = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("PRAGMA journal_mode=WAL")
conn.execute("CREATE TABLE t (x)")
conn.execute("INSERT INTO t VALUES (1)")
conn.commit()
print("open", flush=True)
sys.stdin.readline()
print(conn.execute("SELECT x FROM t").fetchall(), flush=True)
conn.close()
"""


def test_side_files_in_use_by_another_process_are_left_alone(tmp_path: Path) -> None:
    """After an open that could not finish, only side files nobody uses are removed: the
    -shm of a database another program has open stays (removing it would break it)."""
    path = tmp_path / "mentee.db"
    other = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert other.stdout.readline().strip() == "open"
        created = [Path(f"{path}-wal"), Path(f"{path}-shm")]
        assert all(side.exists() for side in created)
        remove_unused_side_files(path, created)
        assert all(side.exists() for side in created)
        answer, _ = other.communicate("go\n", timeout=30)
        assert answer.strip() == "[(1,)]"  # the other program still reads its data
    finally:
        other.kill()
    Path(f"{path}-shm").write_bytes(b"\0" * 32768)  # left behind, as after a crash
    remove_unused_side_files(path, [Path(f"{path}-shm")])
    assert not Path(f"{path}-shm").exists()


def test_an_encrypted_export_refuses_what_it_cannot_do(db, tmp_path: Path, now) -> None:
    """An empty passphrase, a wrong one, a file that is not there or holds no export: each
    is said in words, nothing is written or imported."""
    from pyrage import passphrase as age_passphrase

    from mentee_desktop.data.errors import StoreError
    from mentee_desktop.data.protection import ProtectionError, WrongPassphraseError
    from mentee_desktop.data.protection.exports import (
        is_encrypted_export,
        read_encrypted_export,
        write_encrypted_export,
    )

    target = tmp_path / "export.json.age"
    with pytest.raises(ProtectionError, match="passphrase for the export is empty"):
        write_encrypted_export(db, target, "", now=now)
    assert not target.exists()
    write_encrypted_export(db, target, "long enough passphrase", now=now)
    assert is_encrypted_export(target)
    assert not is_encrypted_export(tmp_path / "missing.age")
    with pytest.raises(WrongPassphraseError, match="wrong passphrase"):
        read_encrypted_export(target, "not the passphrase")
    with pytest.raises(StoreError, match="cannot read"):
        read_encrypted_export(tmp_path / "missing.age", "long enough passphrase")
    not_text = tmp_path / "binary.age"
    not_text.write_bytes(age_passphrase.encrypt(b"\xff\xfe\x00 not text", "p4ssphrase!"))
    with pytest.raises(StoreError, match="does not hold a JSON export"):
        read_encrypted_export(not_text, "p4ssphrase!")
