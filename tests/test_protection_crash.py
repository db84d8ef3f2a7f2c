"""SIGKILL at random moments while protecting, unprotecting and changing the passphrase:
afterwards the store opens with exactly one of the old and new credentials, passes its
check, and holds every record."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mentee_desktop.data.protection import ProtectionError, folder, keyslots, switch
from mentee_desktop.data.store import open_store
from tests.protection_helpers import TEST_COST, make_store_with_note, records

pytestmark = pytest.mark.slow

TRIES_PER_CHANGE = 8
WORKER = f"""
import sys
from pathlib import Path
from mentee_desktop.data.protection import folder, keyslots, switch
keyslots.SCRYPT_N = {TEST_COST}
change, data_dir = sys.argv[1], Path(sys.argv[2])
print("ready", flush=True)
if change == "protect":
    switch.protect(data_dir, "new")
elif change == "unprotect":
    switch.unprotect(data_dir, folder.unlock(data_dir, "old"))
else:
    switch.change_passphrase(data_dir, "old", "new")
print("done", flush=True)
"""


def _start(change: str, data_dir: Path) -> subprocess.Popen:
    worker = subprocess.Popen(
        [sys.executable, "-c", WORKER, change, str(data_dir)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert worker.stdout.readline().strip() == "ready"
    return worker


def _opens_with(data_dir: Path, passphrase: str | None):
    """The open store with this credential (None: no passphrase), or None when refused."""
    try:
        key = None if passphrase is None else folder.unlock(data_dir, passphrase)
        return open_store(data_dir, key=key)
    except ProtectionError:
        return None


def _prepare(change: str, data_dir: Path) -> tuple[str | None, str | None]:
    make_store_with_note(data_dir)
    if change == "protect":
        return None, "new"
    switch.protect(data_dir, "old")
    return "old", (None if change == "unprotect" else "new")


@pytest.mark.parametrize("change", ["protect", "unprotect", "change-passphrase"])
def test_a_kill_at_any_moment_leaves_one_working_credential(
    change: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentee_desktop.data.health import run_checks

    monkeypatch.setattr(keyslots, "SCRYPT_N", TEST_COST)
    template = tmp_path / "template"
    old, new = _prepare(change, template)
    expected = records(_opens_with(template, old))
    timing = tmp_path / "timing"
    shutil.copytree(template, timing)
    worker = _start(change, timing)
    started = time.perf_counter()
    assert worker.wait(timeout=60) == 0
    duration = time.perf_counter() - started
    rng = random.Random(15)
    for attempt in range(TRIES_PER_CHANGE):
        data_dir = tmp_path / f"try-{attempt}"
        shutil.copytree(template, data_dir)
        worker = _start(change, data_dir)
        time.sleep(rng.uniform(0, duration * 1.2))
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait()
        opened = {cred: _opens_with(data_dir, cred) for cred in (old, new)}
        working = [cred for cred, db in opened.items() if db is not None]
        assert len(working) == 1, f"try {attempt}: {working} open the store"
        db = opened[working[0]]
        try:
            assert run_checks(db).healthy
            assert records(db) == expected
        finally:
            db.close()
