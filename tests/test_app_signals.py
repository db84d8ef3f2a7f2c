"""The real app quits cleanly when the session ends (SIGTERM), saving its state."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path


def test_sigterm_quits_cleanly_and_saves_the_window_state(
    qtbot, tmp_path: Path, private_home: Path
):
    data_dir = tmp_path / "data"
    log = private_home / "state" / "mentee-desktop" / "log" / "mentee-desktop.log"
    env = os.environ | {
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_STATE_HOME": str(private_home / "state"),
        "XDG_CONFIG_HOME": str(private_home / "config"),
        "XDG_DATA_HOME": str(private_home / "data"),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "mentee_desktop", "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:

        def shown() -> bool:
            assert process.poll() is None, process.communicate()
            return log.is_file() and "the window is shown" in log.read_text(encoding="utf-8")

        qtbot.waitUntil(shown, timeout=30_000)
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
    conn = sqlite3.connect(data_dir / "mentee.db")
    saved = conn.execute("SELECT value FROM settings WHERE key = 'window.geometry'").fetchone()
    conn.close()
    assert saved is not None
    assert "asked to quit by a signal" in log.read_text(encoding="utf-8")
    assert log.stat().st_mode & 0o777 == 0o600
