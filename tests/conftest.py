"""Shared fixtures. Qt must never try to reach a display, and no test may touch real user data."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt
os.environ.pop("MENTEE_DESKTOP_DATA_DIR", None)

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests check what is true, never how fast: a shared 2-core machine (CI) must not
# turn a slow example into a failure.
settings.register_profile("mentee", deadline=None)
settings.load_profile("mentee")

REAL_DATA_DIR = None


def _real_data_dir() -> Path:
    import platformdirs

    return platformdirs.user_data_path("mentee-desktop", appauthor=False)


def _snapshot(folder: Path) -> object:
    if not folder.exists():
        return None
    return sorted((p.name, p.stat().st_mtime_ns) for p in folder.iterdir())


def pytest_sessionstart(session: pytest.Session) -> None:
    global REAL_DATA_DIR
    REAL_DATA_DIR = (_real_data_dir(), _snapshot(_real_data_dir()))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    folder, before = REAL_DATA_DIR
    if _snapshot(folder) != before:
        print(f"\nA test touched the real user data folder {folder}", file=sys.stderr)
        session.exitstatus = 1


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point every per-user folder at a temporary one, so nothing lands in the real home."""
    home = tmp_path_factory.mktemp("home")
    for name, sub in [
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ]:
        monkeypatch.setenv(name, str(home / sub))
    monkeypatch.delenv("MENTEE_DESKTOP_DATA_DIR", raising=False)
    yield home


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, not yet created data folder."""
    return tmp_path / "data"


@pytest.fixture
def db(data_dir: Path):
    from mentee_desktop.data.store import open_store

    database = open_store(data_dir)
    yield database
    database.close()


@pytest.fixture
def now() -> datetime:
    return datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


@pytest.fixture
def sample_window(make_window, db):
    """The window on the sample mentor (added at 25 Nov 2026, 09:30 UTC, which is also the
    window's clock) with the next meeting chosen: what the export tests start from."""
    from mentee_desktop.agenda.build import find_next_meeting
    from mentee_desktop.data.sample import add_sample

    fixed = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
    result = add_sample(db, now=fixed, zone_name="Europe/Berlin")
    window = make_window(clock=lambda: fixed, show=False)
    window.selector.select(result.mentor.id, find_next_meeting(db, fixed))
    window.show()
    return window


@pytest.fixture
def make_window(qtbot, db, data_dir: Path, now: datetime):
    """Build exactly the window users get (``app.build_window``), shown unless asked not to.

    Defaults: the ``db`` store in ``data_dir``, the fixed ``now``, Berlin, and no system tray
    (pass ``tray_available=True`` for the tray). Windows are closed after the test while their
    store is still open (closing saves the window's state).
    """
    from mentee_desktop.app import build_window

    built = []

    def make(
        *,
        database=None,
        folder: Path | None = None,
        clock=None,
        zone_name: str = "Europe/Berlin",
        tray_available: bool = False,
        show: bool = True,
    ):
        window = build_window(
            database if database is not None else db,
            folder if folder is not None else data_dir,
            clock=clock or (lambda: now),
            zone_name=zone_name,
            tray_available=tray_available,
        )
        qtbot.addWidget(window)
        built.append(window)
        if show:
            window.show()
        return window

    yield make
    for window in built:
        reminders = getattr(window, "reminders", None)
        if reminders is not None and reminders.tray is not None:
            reminders.tray.icon.hide()
        window.close()


def run_cli(*args: str, env: dict | None = None, input: str | None = None, at: str | None = None):
    """Run the real command line in a subprocess and return the completed process; with
    ``at`` ("2027-05-10 12:00:00", local time) under ``faketime``, so its clock starts then."""
    full_env = os.environ.copy()
    full_env.pop("MENTEE_DESKTOP_DATA_DIR", None)
    if env:
        full_env.update(env)
    return subprocess.run(
        [*(["faketime", at] if at else []), sys.executable, "-m", "mentee_desktop", *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=input,
        timeout=120,
    )


@pytest.fixture
def cli():
    return run_cli


def _mount_tmpfs(target: Path, options: str) -> bool:
    """Mount a small tmpfs (root only); False where the machine does not allow it."""
    if os.geteuid() != 0:
        return False
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True
    )
    return result.returncode == 0


@pytest.fixture
def readonly_dir(tmp_path: Path):
    """A folder nobody can write into: a read-only tmpfs as root, else permissions."""
    target = tmp_path / "readonly"
    target.mkdir()
    if _mount_tmpfs(target, "ro,size=1m"):
        yield target
        subprocess.run(["umount", str(target)], check=True)
    else:
        target.chmod(0o555)
        yield target
        target.chmod(0o755)


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 1 MiB file system that a test can fill up (a tmpfs; needs root)."""
    target = tmp_path / "small-disk"
    target.mkdir()
    if not _mount_tmpfs(target, "size=1m,mode=0755"):
        pytest.skip("mounting a small tmpfs needs root; the size-limit test covers the logic")
    yield target
    subprocess.run(["umount", "-l", str(target)], check=True)


@pytest.fixture(autouse=True, scope="session")
def english_as_users_see_it(qapp):
    """The translators the app installs at start (for the tests' locale: English with its
    plural forms, "1 update" not "1 update(s)"), whichever test happens to run first."""
    from mentee_desktop.i18n import install_translators

    if not getattr(qapp, "_mentee_translated", False):
        install_translators(qapp)
        qapp._mentee_translated = True
    yield


@pytest.fixture
def rows_read(monkeypatch):
    """How many action-item rows the action list read from the store (one count per block),
    counted at the store function every read goes through."""
    from mentee_desktop.data import action_items

    counted: list[int] = []
    read_listed = action_items.read_listed

    def counting(db, item_ids):
        counted.append(len(item_ids))
        return read_listed(db, item_ids)

    monkeypatch.setattr(action_items, "read_listed", counting)
    return counted
