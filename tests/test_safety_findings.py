"""Nothing a mistake or an unlucky moment can do makes notes look lost, lands them in another
program's file, or writes through a device or a link: one test per way it once went wrong.

Several tests need root (a real tmpfs for a full disk, a second user for a lock file or a
read-only file, device nodes in a temporary folder); they are skipped elsewhere.
"""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC
from pathlib import Path

import pytest

from mentee_desktop.data import mentors, schema
from mentee_desktop.data.backups import make_backup, restore_backup
from mentee_desktop.data.errors import (
    ForeignDatabaseError,
    LockUnavailableError,
    NotADatabaseError,
    StoreError,
)
from mentee_desktop.data.folder import (
    open_partial,
    remove_abandoned_partials,
)
from mentee_desktop.data.folder_lock import LOCK_NAME, lock_data_folder
from mentee_desktop.data.mentors import Mentor
from mentee_desktop.data.store import is_read_only, open_store
from tests.helpers import add_meeting, add_mentor
from tests.test_recovery import answer_next_dialog, snapshot

ROOT = os.geteuid() == 0
needs_root = pytest.mark.skipif(not ROOT, reason="needs root (tmpfs, another user, mknod)")
NOBODY = 65534


def fill_disk(folder: Path) -> None:
    """Write until the file system is full."""
    try:  # closing may fail too: a write cut short leaves its rest in the file's buffer
        with open(folder / "filler", "wb") as handle:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
    except OSError:
        pass
    try:  # the last few blocks
        with open(folder / "filler-2", "wb") as handle:
            while True:
                handle.write(b"\0" * 512)
                handle.flush()
    except OSError:
        pass


def as_user(uid: int, work: Callable[[], object]) -> object:
    """Run ``work`` in a child process as ``uid``; return its result or raise its error."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        os.close(reader)
        try:
            os.setgid(uid)
            os.setuid(uid)
            payload = ("ok", work())
        except BaseException as exc:
            payload = ("error", f"{type(exc).__name__}: {exc}")
        with os.fdopen(writer, "wb") as out:
            out.write(pickle.dumps(payload))
        os._exit(0)
    os.close(writer)
    with os.fdopen(reader, "rb") as incoming:
        data = incoming.read()
    os.waitpid(pid, 0)
    kind, value = pickle.loads(data)
    if kind == "error":
        raise AssertionError(f"in the child: {value}")
    return value


@pytest.fixture
def shared_dir():
    """A folder another user may enter (pytest's own are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="mentee-shared-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def chown_tree(folder: Path, uid: int) -> None:
    for path in [folder, *folder.rglob("*")]:
        os.chown(path, uid, uid, follow_symlinks=False)


# ----- 1. a full disk at start is not damage -----------------------------------------------


@pytest.fixture
def full_disk_store(small_disk: Path, now):
    data_dir = small_disk / "data"
    db = open_store(data_dir)
    mentor = add_mentor(db, "Kept on a full disk")
    add_meeting(db, mentor.id, now)
    db.close()
    fill_disk(small_disk)
    return data_dir


def test_1_a_full_disk_is_never_called_damage_and_reading_still_works(
    full_disk_store: Path, cli, tmp_path: Path
):
    data_dir = full_disk_store
    before = snapshot(data_dir)
    with pytest.raises(StoreError, match="full") as raised:
        open_store(data_dir)
    assert not isinstance(raised.value, NotADatabaseError)
    db = open_store(data_dir, allow_read_only=True)
    try:
        assert is_read_only(db)
        assert [m.name for m in mentors.list_all(db)] == ["Kept on a full disk"]
    finally:
        db.close()
    out = tmp_path / "rescued.json"
    folder = ["--data-dir", str(data_dir)]
    exported = cli(*folder, "export-json", "--output", str(out))
    assert exported.returncode == 0, exported.stderr
    assert "Kept on a full disk" in out.read_text(encoding="utf-8")
    for reading in (["meetings"], ["search", "Kept"], ["check"], ["backups"]):
        result = cli(*folder, *reading)
        assert result.returncode == 0, (reading, result.stderr)
    agenda = cli(*folder, "export-agenda", "--meeting", "1", "--output", "-")
    assert agenda.returncode == 0, agenda.stderr
    assert snapshot(data_dir) == before
    assert not any("corrupt" in p.name for p in data_dir.iterdir())


def test_1_the_window_on_a_full_disk_opens_read_only_and_offers_no_empty_start(
    qtbot, full_disk_store: Path
):
    from mentee_desktop.app import open_for_window

    def never(*args):
        raise AssertionError("the recovery dialog must not be offered for a full disk")

    db = open_for_window(full_disk_store, zone=UTC, ask=never)
    assert db is not None
    try:
        assert is_read_only(db)
        assert [m.name for m in mentors.list_all(db)] == ["Kept on a full disk"]
    finally:
        db.close()
    assert not any("corrupt" in p.name for p in full_disk_store.iterdir())


def test_1_the_recovery_dialog_never_makes_an_empty_start_the_default(qtbot, tmp_path: Path):
    from mentee_desktop.ui.safety.recovery_dialog import RecoveryDialog

    dialog = RecoveryDialog("damaged", tmp_path / "mentee.db", None, UTC)
    qtbot.addWidget(dialog)
    assert dialog.quit_button.isDefault()
    assert not dialog.empty_button.isDefault() and not dialog.empty_button.autoDefault()


def test_1_a_file_kept_aside_is_shown_at_every_start_until_dismissed(
    qtbot, data_dir: Path, cli, now
):
    from mentee_desktop.app import open_for_window
    from mentee_desktop.data.folder import keep_damaged_aside
    from mentee_desktop.ui.safety import set_aside_dialog

    db = open_store(data_dir)
    add_mentor(db, "Set aside while the disk was full")
    db.close()
    aside = keep_damaged_aside(data_dir / "mentee.db", now)
    assert str(aside) in cli("--data-dir", str(data_dir), "recover").stdout

    shown: list[Path] = []

    def later(path, zone):
        shown.append(path)
        return set_aside_dialog.LATER

    for _start in range(2):
        open_for_window(data_dir, zone=UTC, ask_about_set_aside=later).close()
    assert shown == [aside, aside]

    def restore(path, zone):
        return set_aside_dialog.RESTORE

    db = open_for_window(data_dir, zone=UTC, ask_about_set_aside=restore)
    try:
        assert [m.name for m in mentors.list_all(db)] == ["Set aside while the disk was full"]
    finally:
        db.close()
    shown.clear()
    open_for_window(data_dir, zone=UTC, ask_about_set_aside=later).close()
    assert shown == []
    assert aside.exists()  # restored from, dismissed, never deleted


# ----- 2. a lock file of another user -------------------------------------------------------


@needs_root
def test_2_a_lock_file_of_another_user_is_never_ignored(shared_dir: Path, now):
    data_dir = shared_dir / "data"
    db = open_store(data_dir)
    add_mentor(db, "Original")
    db.close()
    backup = make_backup(data_dir / "mentee.db", shared_dir / "elsewhere", now=now, reason="manual")
    chown_tree(shared_dir, NOBODY)
    lock = data_dir / LOCK_NAME
    lock.touch()
    lock.chmod(0o600)
    os.chown(lock, 0, 0)  # left by "sudo mentee-desktop restore"
    before = snapshot(data_dir)

    def as_the_user():
        taken = lock_data_folder(data_dir)
        outcome = {"exclusive": taken.exclusive, "problem": getattr(taken, "problem", None)}
        try:
            restore_backup(backup.path, data_dir, now=now)
            outcome["restore"] = "done"
        except LockUnavailableError as exc:
            outcome["restore"] = str(exc)
        opened = open_store(data_dir, read_only=not taken.exclusive)
        outcome["read_only"] = is_read_only(opened)
        opened.close()
        return outcome

    outcome = as_user(NOBODY, as_the_user)
    assert "nothing was changed" in outcome["restore"]
    assert outcome["exclusive"] is False
    assert str(lock) in outcome["problem"] and "another user" in outcome["problem"]
    assert outcome["read_only"] is True
    assert snapshot(data_dir) == before


# ----- 3. outputs go where the user meant ---------------------------------------------------


@pytest.fixture
def store_with_meeting(data_dir: Path, now):
    db = open_store(data_dir)
    mentor = add_mentor(db, "Ada")
    add_meeting(db, mentor.id, now)
    db.close()
    return data_dir


@needs_root
@pytest.mark.parametrize("command", ["agenda", "json"])
@pytest.mark.parametrize("device", [(1, 3), (1, 7), (1, 5)], ids=["null", "full", "zero"])
def test_3_a_device_is_refused_and_stays_a_device(
    cli, store_with_meeting: Path, tmp_path: Path, command: str, device: tuple[int, int]
):
    node = tmp_path / "device"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(*device))
    mode = node.lstat().st_mode
    args = (
        ["export-agenda", "--meeting", "1", "--format", "md", "--output", str(node)]
        if command == "agenda"
        else ["export-json", "--output", str(node)]
    )
    result = cli("--data-dir", str(store_with_meeting), *args)
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("mentee-desktop: error: ") and "a device" in line
    assert node.lstat().st_mode == mode and stat.S_ISCHR(mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "device"]


@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_3_a_fifo_or_a_folder_is_refused(cli, store_with_meeting: Path, tmp_path: Path, kind):
    target = tmp_path / "out.json"
    if kind == "fifo":
        os.mkfifo(target)
    else:
        target.mkdir()
    result = cli("--data-dir", str(store_with_meeting), "export-json", "--output", str(target))
    assert result.returncode == 1
    assert ("named pipe" if kind == "fifo" else "a folder") in result.stderr
    assert stat.S_ISFIFO(target.lstat().st_mode) if kind == "fifo" else target.is_dir()


@pytest.mark.parametrize("command", ["agenda", "recap", "json"])
def test_3_a_link_is_followed_and_its_target_replaced_privately(
    cli, store_with_meeting: Path, tmp_path: Path, command: str, now
):
    target = tmp_path / "real" / "notes.md"
    target.parent.mkdir()
    target.write_text("old")
    target.chmod(0o600)
    link = tmp_path / "link.md"
    link.symlink_to(target)
    args = {
        "agenda": ["export-agenda", "--meeting", "1"],
        "recap": ["export-recap", "--meeting", "1", "--format", "md"],
        "json": ["export-json"],
    }[command]
    result = cli("--data-dir", str(store_with_meeting), *args, "--output", str(link))
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and link.resolve() == target
    assert target.read_text(encoding="utf-8") != "old"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    new = tmp_path / "new.md"
    assert cli("--data-dir", str(store_with_meeting), *args, "--output", str(new)).returncode == 0
    assert stat.S_IMODE(new.stat().st_mode) == 0o600


def test_3_a_target_keeps_the_permissions_the_user_chose(store_with_meeting, tmp_path, cli):
    target = tmp_path / "shared.json"
    target.write_text("old")
    target.chmod(0o644)
    result = cli("--data-dir", str(store_with_meeting), "export-json", "--output", str(target))
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


# ----- 4. another program's database --------------------------------------------------------


def contacts_database(path: Path, *, version: int, tables: bool = True, app_id: int = 0) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    if tables:
        conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO contacts (name) VALUES ('Someone')")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute(f"PRAGMA application_id = {app_id}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "shape",
    [
        {"version": 0},
        {"version": 1},
        {"version": schema.SCHEMA_VERSION - 1, "tables": False},
        {"version": 1, "app_id": 0x12345678},
    ],
    ids=["contacts-v0", "contacts-v1", "our-version-no-tables", "other-application-id"],
)
def test_4_another_programs_database_is_refused_untouched_everywhere(
    qtbot, data_dir: Path, cli, shape: dict, tmp_path: Path, now
):
    from mentee_desktop.app import open_for_window

    contacts_database(data_dir / "mentee.db", **shape)
    before = snapshot(data_dir)
    with pytest.raises(ForeignDatabaseError):
        open_store(data_dir, allow_read_only=True)
    for args in (["meetings"], ["check"], ["backup"], ["recover"], ["sample-data"]):
        for _run in range(2):  # never a second backup, never a traceback
            result = cli("--data-dir", str(data_dir), *args)
            assert result.returncode == 1, (args, result.stdout)
            [line] = result.stderr.strip().splitlines()
            assert "not Mentee Desktop" in line or "not a Mentee Desktop" in line, line
    shown: list[str] = []

    answer_next_dialog(lambda d: (shown.append(d.text()), d.accept()))
    assert open_for_window(data_dir, zone=UTC) is None
    assert "Mentee Desktop" in shown[0]
    assert snapshot(data_dir) == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["mentee.db"]

    stranger = tmp_path / "stranger.db"
    contacts_database(stranger, **shape)
    elsewhere = tmp_path / "other-data"
    open_store(elsewhere).close()
    kept = snapshot(elsewhere)
    with pytest.raises(StoreError):
        restore_backup(stranger, elsewhere, now=now)
    assert snapshot(elsewhere) == kept


def test_4_every_new_store_carries_our_application_id(data_dir: Path):
    open_store(data_dir).close()
    with open(data_dir / "mentee.db", "rb") as handle:
        header = handle.read(100)
    assert int.from_bytes(header[68:72], "big") == schema.APPLICATION_ID == 0x4D4E5444


# ----- 5. read-only leftovers ---------------------------------------------------------------


@needs_root
def test_5_a_read_only_open_leaves_nothing_that_blocks_later_edits(shared_dir: Path):
    data_dir = shared_dir / "data"
    data_dir.mkdir()
    chown_tree(shared_dir, NOBODY)
    path = data_dir / "mentee.db"

    def as_the_user():
        db = open_store(data_dir)
        mentors.add(db, Mentor(name="Before"))
        db.close()
        path.chmod(0o400)
        db = open_store(data_dir, allow_read_only=True)
        seen = [m.name for m in mentors.list_all(db)]
        db.close()
        left = sorted(p.name for p in data_dir.iterdir() if p.name.startswith("mentee.db-"))
        path.chmod(0o600)
        db = open_store(data_dir)
        mentors.add(db, Mentor(name="After"))
        db.close()
        db = open_store(data_dir)
        names = [m.name for m in mentors.list_all(db)]
        db.close()
        return seen, left, names

    seen, left, names = as_user(NOBODY, as_the_user)
    assert seen == ["Before"]
    assert left == []
    assert names == ["After", "Before"]


@needs_root
def test_5_stale_read_only_side_files_are_made_writable_again(shared_dir: Path):
    data_dir = shared_dir / "data"
    data_dir.mkdir()
    chown_tree(shared_dir, NOBODY)

    def as_the_user():
        db = open_store(data_dir)
        db.close()
        for suffix in ("-wal", "-shm"):  # what an older version left after a read-only open
            side = data_dir / f"mentee.db{suffix}"
            side.touch()
            side.chmod(0o400)
        db = open_store(data_dir)
        mentors.add(db, Mentor(name="Saved"))
        db.close()
        db = open_store(data_dir)
        names = [m.name for m in mentors.list_all(db)]
        db.close()
        return names

    assert as_user(NOBODY, as_the_user) == ["Saved"]


def test_5_backup_in_a_read_only_folder_names_the_backup_folder(cli, readonly_dir: Path):
    if not ROOT:
        pytest.skip("a read-only tmpfs needs root")
    subprocess.run(["mount", "-o", "remount,rw", str(readonly_dir)], check=True)
    data_dir = readonly_dir / "data"
    open_store(data_dir).close()
    subprocess.run(["mount", "-o", "remount,ro", str(readonly_dir)], check=True)
    result = cli("--data-dir", str(data_dir), "backup")
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert f"backup folder {data_dir / 'backups'}" in line


# ----- 6. killed backups --------------------------------------------------------------------

BACKUP_WORKER = """
import sys
from datetime import UTC, datetime
from pathlib import Path
from mentee_desktop.data.backups import make_backup
print("start", flush=True)
while True:
    make_backup(Path(sys.argv[1]), Path(sys.argv[2]), now=datetime.now(UTC), reason="quit")
"""


def test_6_a_killed_backup_leaves_no_partial_after_the_next_start(data_dir: Path):
    db = open_store(data_dir)
    mentor = add_mentor(db, "Large")
    db.execute("CREATE TEMP TABLE n (x)")
    with db.atomic():
        for number in range(4000):
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)",
                (f"filler-{number}", "x" * 2000),
            )
    db.close()
    backups = data_dir / "backups"
    seen_modes: set[int] = set()
    left_behind: list[Path] = []
    # each worker's first backup removes the copy the previous kill left; a kill can also land
    # between two copies and leave none: kill at least three times, and until one leaves a copy
    for kill in range(12):
        if kill >= 3 and left_behind:
            break
        worker = subprocess.Popen(
            [sys.executable, "-c", BACKUP_WORKER, str(data_dir / "mentee.db"), str(backups)],
            stdout=subprocess.PIPE,
        )
        assert worker.stdout.readline().strip() == b"start"
        deadline = time.monotonic() + 20
        partials: list[Path] = []
        while not partials and time.monotonic() < deadline:
            partials = list(backups.glob(".*.partial")) if backups.exists() else []
        for partial in partials:
            with contextlib.suppress(FileNotFoundError):
                seen_modes.add(stat.S_IMODE(partial.stat().st_mode))
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        left_behind = list(backups.glob(".*.partial*"))
    assert seen_modes == {0o600}
    assert left_behind  # the last kill left a copy behind
    db = open_store(data_dir)  # the next start
    try:
        assert mentors.get(db, mentor.id).name == "Large"
    finally:
        db.close()
    assert list(backups.glob(".*.partial*")) == []


def test_6_a_live_copy_is_never_taken_away(tmp_path: Path):
    live = tmp_path / ".mentee-x.db.partial"
    fd = open_partial(live)
    try:
        assert stat.S_IMODE(live.stat().st_mode) == 0o600
        assert remove_abandoned_partials(tmp_path) == []
        assert live.exists()
    finally:
        os.close(fd)
    assert remove_abandoned_partials(tmp_path) == [live]


# ----- 7. hostile input gets one line, not a traceback --------------------------------------


def export_text(data_dir: Path, cli, tmp_path: Path) -> dict:
    out = tmp_path / "export.json"
    assert cli("--data-dir", str(data_dir), "export-json", "--output", str(out)).returncode == 0
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", ["nested", "huge-id", "surrogate", "nan"])
def test_7_hostile_imports_get_one_line(cli, store_with_meeting, tmp_path: Path, case: str):
    document = export_text(store_with_meeting, cli, tmp_path)
    source = tmp_path / "hostile.json"
    if case == "nested":
        source.write_text("[" * 100_000 + "]" * 100_000)
    else:
        if case == "huge-id":
            document["tables"]["mentors"][0]["id"] = 2**70
        elif case == "surrogate":
            document["tables"]["mentors"][0]["name"] = "\ud800"
        text = json.dumps(document)
        if case == "nan":
            text = text.replace('"duration_minutes": 60', '"duration_minutes": NaN')
            assert "NaN" in text
        source.write_text(text, encoding="utf-8")
    target = tmp_path / "new-data"
    result = cli("--data-dir", str(target), "import-json", str(source))
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("mentee-desktop: error: ")
    assert not target.exists()


@needs_root
def test_7_an_endless_device_is_not_read(cli, tmp_path: Path):
    zero = tmp_path / "zero"
    os.mknod(zero, stat.S_IFCHR | 0o666, os.makedev(1, 5))
    result = cli("--data-dir", str(tmp_path / "data"), "import-json", str(zero))
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert "not a regular file" in line


def test_7_an_import_larger_than_the_limit_is_refused(cli, tmp_path: Path):
    big = tmp_path / "big.json"
    big.write_text(" " * 2_000_001 + "{}")
    result = cli("--data-dir", str(tmp_path / "data"), "import-json", "--max-size", "2", str(big))
    assert result.returncode == 1
    assert "larger than the limit of 2 MB" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["search", "a", "--limit", str(2**70)],
        ["search", "a", "--limit", "0"],
        ["export-agenda", "--meeting", str(2**70), "--output", "-"],
        ["import-json", "--max-size", str(2**70), "x.json"],
    ],
)
def test_7_numeric_options_have_a_range(cli, data_dir: Path, args: list[str]):
    result = cli("--data-dir", str(data_dir), *args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "from 1 to" in result.stderr


def test_4_check_fails_on_a_file_with_our_version_and_none_of_our_tables(data_dir: Path):
    from mentee_desktop.data.health import run_checks

    db = open_store(data_dir)
    db.execute("DROP TABLE checkins")
    db.conn.commit()
    report = run_checks(db)
    db.close()
    assert not report.healthy
    assert report.schema_problems == ["the table “checkins” is missing"]


def test_2_the_window_opens_read_only_when_the_lock_cannot_be_taken(
    cli, data_dir: Path, private_home: Path
):
    db = open_store(data_dir)
    add_mentor(db, "Only read")
    db.close()
    elsewhere = data_dir.parent / "somewhere-else"
    elsewhere.write_text("")
    (data_dir / LOCK_NAME).symlink_to(elsewhere)  # a lock that must not be trusted
    before = (data_dir / "mentee.db").read_bytes()
    result = cli("--data-dir", str(data_dir), env={"MENTEE_DESKTOP_REPORT_FIRST_PAINT": "1"})
    assert result.returncode == 0, result.stderr
    log = next(private_home.rglob("mentee-desktop.log")).read_text(encoding="utf-8")
    assert "opening read-only" in log and "symbolic link" in log
    assert (data_dir / "mentee.db").read_bytes() == before
    assert not (data_dir / "backups").exists()  # not even the daily backup was written
    refused = cli("--data-dir", str(data_dir), "restore", "whatever.db")
    assert refused.returncode == 1
