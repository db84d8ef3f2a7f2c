"""One window per data folder: a second launch raises the first and exits 0; a crash (SIGKILL)
leaves nothing that stops the next start.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mentee_desktop.data.backups import list_backups
from mentee_desktop.data.store import data_folder_in_use, ensure_private_folder
from mentee_desktop.ui.shell.single_instance import SingleInstance, server_name


def wait_until(condition, timeout: float = 30.0) -> None:
    """Poll until ``condition()`` holds (a deadline for slow machines, not a timing assert)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("gave up waiting")
        time.sleep(0.05)


@pytest.fixture
def folder(data_dir: Path) -> Path:
    ensure_private_folder(data_dir)
    return data_dir


def test_the_socket_name_is_per_folder_and_short(tmp_path: Path):
    one, other = server_name(tmp_path / "a"), server_name(tmp_path / "b")
    assert one != other
    assert server_name(tmp_path / "a") == one
    assert server_name(tmp_path / "x" / ".." / "a") == one  # the same folder, spelt otherwise
    assert len(one) < 60 and one.startswith("mentee-desktop-")


def test_a_second_instance_asks_the_first_to_show_itself(qtbot, folder: Path):
    first, second = SingleInstance(folder), SingleInstance(folder)
    try:
        assert first.become_primary()
        assert data_folder_in_use(folder)
        assert not second.become_primary()
        with qtbot.waitSignal(first.show_requested, timeout=5000):
            assert second.ask_primary_to_show(timeout=2)
    finally:
        first.release()
        second.release()
    assert not data_folder_in_use(folder)


def test_a_second_launch_hands_its_calendar_files_to_the_first(qtbot, folder: Path):
    first, second = SingleInstance(folder), SingleInstance(folder)
    files = [folder.parent / "Einladung März.ics", folder.parent / "with space.ics"]
    try:
        assert first.become_primary()
        assert not second.become_primary()
        with (
            qtbot.waitSignal(first.show_requested, timeout=5000),
            qtbot.waitSignal(first.files_received, timeout=5000) as received,
        ):
            assert second.ask_primary_to_show(timeout=2, files=files)
        assert received.args == [files]
    finally:
        first.release()
        second.release()


def test_the_command_line_opens_calendar_files_in_the_window():
    from mentee_desktop.cli import opens_the_window, window_files

    argv = ["--data-dir", "/d", "/tmp/invite.ICS"]
    assert opens_the_window(argv) and window_files(argv) == ["/tmp/invite.ICS"]
    assert not opens_the_window(["import-ics", "/tmp/invite.ics"])
    assert opens_the_window(["--data-dir", "/d"]) and window_files(["--data-dir", "/d"]) == []


def test_other_folders_are_independent(qtbot, tmp_path: Path):
    a, b = tmp_path / "a", tmp_path / "b"
    ensure_private_folder(a)
    ensure_private_folder(b)
    one, two = SingleInstance(a), SingleInstance(b)
    try:
        assert one.become_primary()
        assert two.become_primary()
    finally:
        one.release()
        two.release()


def test_after_the_first_quits_the_next_start_is_the_window(qtbot, folder: Path):
    first = SingleInstance(folder)
    assert first.become_primary()
    first.release()
    again = SingleInstance(folder)
    try:
        assert again.become_primary()
    finally:
        again.release()


def test_a_stale_socket_from_a_killed_instance_does_not_stop_the_next(qtbot, folder: Path):
    code = (
        "import os, sys, pathlib\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from mentee_desktop.ui.shell.single_instance import SingleInstance\n"
        "app = QCoreApplication([])\n"
        "instance = SingleInstance(pathlib.Path(sys.argv[1]))\n"
        "assert instance.become_primary()\n"
        "print('listening', flush=True)\n"
        "os.kill(os.getpid(), 9)\n"
    )
    killed = subprocess.run(
        [sys.executable, "-c", code, str(folder)], capture_output=True, text=True, timeout=60
    )
    assert killed.stdout.strip() == "listening", killed.stderr
    assert killed.returncode == -signal.SIGKILL
    stale = Path("/tmp") / server_name(folder)
    if sys.platform.startswith("linux"):
        assert stale.exists()  # the socket file the crash left behind
    nobody = SingleInstance(folder)
    assert not nobody.ask_primary_to_show(timeout=0.2)  # nobody answers on it
    restarted, second = SingleInstance(folder), SingleInstance(folder)
    try:
        assert restarted.become_primary()
        with qtbot.waitSignal(restarted.show_requested, timeout=5000):
            assert second.ask_primary_to_show(timeout=2)
    finally:
        restarted.release()
        nobody.release()


def launch(data_dir: Path, private_home: Path) -> subprocess.Popen:
    env = os.environ.copy()
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.Popen(
        [sys.executable, "-m", "mentee_desktop", "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def log_text(private_home: Path) -> str:
    logs = list((private_home / "state").rglob("mentee-desktop.log"))
    return logs[0].read_text(encoding="utf-8") if logs else ""


@pytest.mark.slow
def test_two_real_launches_give_one_window_and_a_killed_one_restarts(
    cli, data_dir: Path, private_home: Path
):
    assert cli("--data-dir", str(data_dir), "sample-data").returncode == 0
    first = launch(data_dir, private_home)
    try:
        wait_until(lambda: data_folder_in_use(data_dir) or first.poll() is not None)
        assert first.poll() is None, first.stderr.read()
        # the start made the daily backup (there was none yet)
        wait_until(lambda: [b.kind for b in list_backups(data_dir / "backups")] == ["daily"])
        second = launch(data_dir, private_home)
        out, err = second.communicate(timeout=60)
        assert second.returncode == 0, err
        assert "already open" in out
        wait_until(lambda: "asked to show the window" in log_text(private_home))
        # while the window runs, a restore on its folder is refused
        backup = cli("--data-dir", str(data_dir), "backup")
        assert backup.returncode == 0, backup.stderr
        refused = cli("--data-dir", str(data_dir), "restore", backup.stdout.strip())
        assert refused.returncode == 1
        assert "Mentee Desktop is running on" in refused.stderr
        assert sorted(b.kind for b in list_backups(data_dir / "backups")) == ["daily", "manual"]
    finally:
        first.send_signal(signal.SIGKILL)
        first.communicate(timeout=30)
    assert not data_folder_in_use(data_dir)  # the OS dropped the lock with the process

    third = launch(data_dir, private_home)
    try:
        wait_until(lambda: data_folder_in_use(data_dir) or third.poll() is not None)
        assert third.poll() is None, third.stderr.read()
        fourth = launch(data_dir, private_home)
        out, err = fourth.communicate(timeout=60)
        assert fourth.returncode == 0, err
        assert "already open" in out
    finally:
        third.send_signal(signal.SIGTERM)
        third.communicate(timeout=30)
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(server_name(data_dir))  # what SIGTERM left in /tmp
