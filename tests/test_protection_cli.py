"""protect, unprotect, change-passphrase and every store command on a protected store, as a
script (--passphrase-file) and as a person at a terminal (no echo) runs them."""

from __future__ import annotations

import os
import pty
import re
import shutil
import sys
import termios
import time
from pathlib import Path

import pytest

from tests.protection_helpers import SECRET_WORD, files_holding, make_store_with_note, snapshot
from tests.test_cli import assert_clear_error

RECOVERY = re.compile(r"Recovery key:\s+([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})")


@pytest.fixture
def secret_files(tmp_path: Path) -> dict[str, Path]:
    files = {}
    for name, text in [("first", "first passphrase"), ("second", "second passphrase")]:
        files[name] = tmp_path / f"{name}.txt"
        files[name].write_text(text + "\n")
    return files


@pytest.fixture
def protected(cli, data_dir: Path, secret_files) -> str:
    """A protected store; returns its recovery key."""
    make_store_with_note(data_dir)
    result = cli(
        "--data-dir", str(data_dir), "--passphrase-file", str(secret_files["first"]), "protect"
    )
    assert result.returncode == 0, result.stderr
    assert "cannot be read by anyone" in result.stdout
    return RECOVERY.search(result.stdout).group(1)


def test_a_script_needs_a_passphrase_file(cli, data_dir: Path, protected: str, secret_files):
    before = snapshot(data_dir)
    assert_clear_error(cli("--data-dir", str(data_dir), "meetings"), "--passphrase-file")
    wrong = secret_files["second"]
    assert_clear_error(
        cli("--data-dir", str(data_dir), "--passphrase-file", str(wrong), "meetings"),
        "wrong passphrase",
    )
    assert snapshot(data_dir) == before
    first = str(secret_files["first"])
    listing = cli("--data-dir", str(data_dir), "--passphrase-file", first, "meetings")
    assert listing.returncode == 0, listing.stderr
    assert "Grace Hopper" in listing.stdout
    check = cli("--data-dir", str(data_dir), "--passphrase-file", first, "check")
    assert check.returncode == 0 and "integrity: ok" in check.stdout
    backup = cli("--data-dir", str(data_dir), "--passphrase-file", first, "backup")
    assert backup.returncode == 0, backup.stderr
    assert files_holding(data_dir, SECRET_WORD) == []
    restored = cli(
        "--data-dir", str(data_dir), "--passphrase-file", first, "restore", backup.stdout.strip()
    )
    assert restored.returncode == 0, restored.stderr
    assert files_holding(data_dir, SECRET_WORD) == []


def test_change_passphrase_then_unprotect_with_the_recovery_key(
    cli, data_dir: Path, protected: str, secret_files, tmp_path: Path
):
    first, second = str(secret_files["first"]), str(secret_files["second"])
    changed = cli(
        "--data-dir",
        str(data_dir),
        "--passphrase-file",
        first,
        "change-passphrase",
        "--new-passphrase-file",
        second,
    )
    assert changed.returncode == 0, changed.stderr
    assert_clear_error(
        cli("--data-dir", str(data_dir), "--passphrase-file", first, "meetings"),
        "wrong passphrase",
    )
    assert cli("--data-dir", str(data_dir), "--passphrase-file", second, "meetings").returncode == 0
    recovery_file = tmp_path / "recovery.txt"
    recovery_file.write_text(protected.lower() + "\n")
    plain = cli(
        "--data-dir",
        str(data_dir),
        "--passphrase-file",
        str(recovery_file),
        "unprotect",
        "--use-recovery-key",
    )
    assert plain.returncode == 0, plain.stderr
    assert not (data_dir / "mentee.keys").exists()
    assert cli("--data-dir", str(data_dir), "meetings").returncode == 0
    assert files_holding(data_dir, SECRET_WORD)  # plain again, as asked


@pytest.mark.skipif(shutil.which("age") is None, reason="needs Debian's age (debian-test.txt)")
def test_export_of_a_protected_store_is_encrypted_and_imports_back(
    cli, data_dir: Path, protected: str, secret_files, tmp_path: Path
):
    from tests.test_protection_export import age_decrypt

    first = str(secret_files["first"])
    output = tmp_path / "notes.json.age"
    exported = cli(
        "--data-dir", str(data_dir), "--passphrase-file", first, "export-json", "-o", str(output)
    )
    assert exported.returncode == 0, exported.stderr
    assert SECRET_WORD.encode() not in output.read_bytes()
    code, said = age_decrypt(output, tmp_path / "plain.json", "first passphrase")
    assert code == 0, said
    assert SECRET_WORD in (tmp_path / "plain.json").read_text()
    target = tmp_path / "imported"
    imported = cli(
        "--data-dir", str(target), "--passphrase-file", first, "import-json", str(output)
    )
    assert imported.returncode == 0, imported.stderr
    listing = cli("--data-dir", str(target), "meetings")
    assert "Grace Hopper" in listing.stdout


def _wait_for_hidden_input(fd: int) -> None:
    """Wait until the program has switched echo off (as getpass does before reading)."""
    deadline = time.monotonic() + 10
    while termios.tcgetattr(fd)[3] & termios.ECHO and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.05)


def run_on_terminal(args: list[str], answers: list[str]) -> tuple[int, str]:
    """Run the command line on a pseudo-terminal, answering each prompt in turn."""
    pid, fd = pty.fork()
    if pid == 0:
        os.execv(sys.executable, [sys.executable, "-m", "mentee_desktop", *args])
    said, pending = b"", list(answers)
    while True:
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        said += chunk
        if pending and said.rstrip().endswith(b":"):
            _wait_for_hidden_input(fd)
            os.write(fd, pending.pop(0).encode() + b"\n")
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), said.decode(errors="replace")


def test_a_person_types_the_passphrase_twice_and_it_is_never_echoed(data_dir: Path):
    make_store_with_note(data_dir, backup=False)
    code, said = run_on_terminal(
        ["--data-dir", str(data_dir), "protect"], ["typed secret", "typed secret"]
    )
    assert code == 0, said
    assert "typed secret" not in said
    assert RECOVERY.search(said)
    code, said = run_on_terminal(["--data-dir", str(data_dir), "meetings"], ["typed secret"])
    assert code == 0, said
    assert "Grace Hopper" in said and "typed secret" not in said
