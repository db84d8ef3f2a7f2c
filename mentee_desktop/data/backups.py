"""Backups of the database: made safely, checked before they count, kept 7 daily, 4 weekly,
12 monthly; and restoring one.

A backup is written under a hidden temporary name with SQLite's online backup, checked with
``PRAGMA quick_check``, flushed to disk, and only then renamed to
``mentee-<UTC stamp>-<reason>.db``. A full disk or a crash therefore never leaves a half
written or empty file that looks like a backup. Names sort by date.
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path

from sqlite_utils import Database

from mentee_desktop.data import schema
from mentee_desktop.data.errors import (
    DataFolderError,
    DiskFullError,
    NotADatabaseError,
    StoreError,
    database_errors,
    translate_sqlite_error,
)
from mentee_desktop.data.folder import (
    PARTIAL,
    discard,
    ensure_private_folder,
    fsync_folder,
    install_database_file,
    keep_damaged_aside,
    open_partial,
    put_in_place_of_damaged,
    read_only_uri,
    remove_abandoned_partials,
)
from mentee_desktop.data.folder_lock import hold_data_folder
from mentee_desktop.data.identity import inspect_file
from mentee_desktop.data.json_io import holds_records
from mentee_desktop.paths import backup_dir, database_path

_DISK_FULL_ERRNOS = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
NAME = re.compile(r"^mentee-(\d{8}T\d{6}Z)-([a-z0-9][a-z0-9-]*)\.db$")
STAMP = "%Y%m%dT%H%M%SZ"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
#: reasons the automatic clean-up never deletes: asked for by the user, or the only copy of
#: the data as it was before an upgrade, a restore or a recovery
KEPT_REASONS = ("manual", "before-")


class BackupBusyError(StoreError):
    """A change is being saved right now; the backup was not made."""


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    reason: str
    size: int

    @property
    def kind(self) -> str:
        """The reason without the counter that keeps two names of one second apart."""
        return re.sub(r"-\d+$", "", self.reason)

    @property
    def sequence(self) -> int:
        """1 for the first backup of its second, 2 for the next (``-2`` in the name), ..."""
        counter = re.search(r"-(\d+)$", self.reason)
        return int(counter.group(1)) if counter else 1

    @property
    def pruned_automatically(self) -> bool:
        """Automatic backups are thinned out; the others stay until the user deletes them."""
        return not self.reason.startswith(KEPT_REASONS)


def backup_name(taken_at: datetime, reason: str) -> str:
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", reason):
        raise ValueError(f"a backup reason is lower-case words joined by '-', not {reason!r}")
    return f"mentee-{taken_at.astimezone(UTC).strftime(STAMP)}-{reason}.db"


def list_backups(folder: Path) -> list[Backup]:
    """The finished backups in ``folder``, newest first (temporary files are not listed)."""
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        match = NAME.match(path.name)
        if not match or not path.is_file():
            continue
        taken = datetime.strptime(match.group(1), STAMP).replace(tzinfo=UTC)
        found.append(Backup(path, taken, match.group(2), path.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.sequence, b.path.name), reverse=True)


def backup_is_due(backups: list[Backup], now: datetime, *, every=timedelta(days=1)) -> bool:
    """True when the newest backup is older than ``every`` (or there is none)."""
    return not backups or max(b.taken_at for b in backups) <= now - every


def make_backup(
    source: Database | Path,
    folder: Path,
    *,
    now: datetime,
    reason: str,
    busy_timeout: float = 10.0,
    key=None,
) -> Backup:
    """Copy the database into ``folder`` and return the checked backup.

    ``source`` is the open store (refused while it has a write open) or a database file,
    read through its own read-only connection, which waits up to ``busy_timeout`` seconds
    for another connection's write to finish. A protected store's ``key`` keeps the
    backup encrypted with it.
    """
    if isinstance(source, Database) and source.conn.in_transaction:
        raise BackupBusyError(
            "a change is being saved right now, so the backup was not made; try again"
        )
    ensure_private_folder(folder, "backup folder")
    remove_abandoned_partials(folder)  # a killed backup's copy: never more than one database
    target = folder / backup_name(now, reason)
    counter = 2
    while target.exists():
        target = folder / backup_name(now, f"{reason}-{counter}")
        counter += 1
    partial = folder / f".{target.name}{PARTIAL}"
    held: int | None = None
    try:
        held = open_partial(partial)  # private (0600) from its first byte
        if key is not None:  # a protected store: the copy is encrypted with its key
            from mentee_desktop.data.protection.backups import copy_encrypted

            copy_encrypted(source, partial, key, busy_timeout)
        elif isinstance(source, Database):
            copy_checked(source.conn, partial, busy_timeout)
        else:
            connection = sqlite3.connect(_ro_uri(source), uri=True, timeout=busy_timeout)
            try:
                copy_checked(connection, partial, busy_timeout)
            finally:
                connection.close()
        os.replace(partial, target)
        fsync_folder(folder)
    except (OSError, *database_errors(), StoreError) as exc:
        discard(partial)
        raise _explain(exc, "the backup was not made") from exc
    finally:
        if held is not None:
            os.close(held)
    return Backup(target, now.astimezone(UTC).replace(microsecond=0), reason, target.stat().st_size)


def copy_checked(source: sqlite3.Connection, dest: Path, busy_timeout: float) -> None:
    """Write a consistent copy of ``source`` to ``dest``, check it, and flush it to disk."""
    deadline = time.monotonic() + busy_timeout

    def give_up_when_late(status: int, remaining: int, total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise BackupBusyError(
                f"the database stayed busy with another change for {busy_timeout:g} s; "
                "nothing was copied, try again"
            )

    target = sqlite3.connect(str(dest))
    try:
        source.backup(target, progress=give_up_when_late)
        target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        problems = [row[0] for row in target.execute("PRAGMA quick_check").fetchall()]
    finally:
        target.close()
    if problems != ["ok"]:
        raise StoreError(f"the copy failed its check ({problems[0]})")
    os.chmod(dest, 0o600)
    fd = os.open(dest, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _explain(exc: BaseException, outcome: str) -> StoreError:
    """A clear message for a failed copy; the original data is never affected by it."""
    if isinstance(exc, BackupBusyError):
        return exc
    if isinstance(exc, OSError):
        if exc.errno in _DISK_FULL_ERRNOS:
            return DiskFullError(f"the disk is full; {outcome} (your data is safe)")
        return DataFolderError(f"{outcome}: {exc.strerror or exc}")
    if isinstance(exc, database_errors()):
        if "locked" in str(exc) or "busy" in str(exc):
            return BackupBusyError(f"the database is busy; {outcome}, try again")
        known = translate_sqlite_error(exc)
        if isinstance(known, DiskFullError):
            return DiskFullError(f"the disk is full; {outcome} (your data is safe)")
        if isinstance(known, NotADatabaseError):
            return NotADatabaseError(f"the database could not be read; {outcome} ({exc})")
        return StoreError(f"{outcome}: {exc}")
    if isinstance(exc, DataFolderError | DiskFullError):
        return exc
    return StoreError(f"{outcome}: {exc}")


def _ro_uri(path: Path) -> str:
    return read_only_uri(path)


# ----- retention --------------------------------------------------------------------------


def backups_to_delete(
    taken: Iterable[datetime], now: datetime, *, zone: tzinfo = UTC
) -> set[datetime]:
    """Which backup times to delete so that 7 daily, 4 weekly and 12 monthly remain.

    Each rule keeps the newest backup of each of its most recent periods that have a
    backup (so a long pause never empties the folder). Backups dated after ``now`` (a clock
    that went back) are kept.
    """
    times = sorted(set(taken), reverse=True)
    keep = {t for t in times if t > now}
    past = [t for t in times if t <= now]
    rules = [
        (KEEP_DAILY, lambda d: d.date()),
        (KEEP_WEEKLY, lambda d: d.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda d: (d.year, d.month)),
    ]
    for count, period in rules:
        seen: set = set()
        for moment in past:
            key = period(moment.astimezone(zone))
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.add(key)
            keep.add(moment)
    return {t for t in times if t not in keep}


def prune_backups(folder: Path, now: datetime, *, zone: tzinfo = UTC) -> list[Path]:
    """Delete the automatic backups the retention rules no longer need; returns them."""
    automatic = [b for b in list_backups(folder) if b.pruned_automatically]
    doomed = backups_to_delete([b.taken_at for b in automatic], now, zone=zone)
    removed = []
    for backup in automatic:
        if backup.taken_at in doomed:
            try:
                backup.path.unlink()
            except OSError:
                continue
            removed.append(backup.path)
    return removed


# ----- checking and restoring -------------------------------------------------------------


def check_database_file(path: Path) -> int:
    """The schema version of a database this version can open; refuses anything else.

    Not a database, damaged (``quick_check``) or written by a newer version: a clear
    :class:`StoreError`. Nothing is written to the file.
    """
    if not path.is_file():
        raise NotADatabaseError(f"{path} does not exist or is not a file")
    found = inspect_file(path)
    if found.version == 0:
        raise NotADatabaseError(f"{path} is not a Mentee Desktop database (it has no schema)")
    try:
        conn = sqlite3.connect(_ro_uri(path), uri=True)
        try:
            problems = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise NotADatabaseError(f"{path} cannot be read as a database ({exc})") from exc
    if problems != ["ok"]:
        raise NotADatabaseError(f"{path} is damaged ({problems[0]})")
    return found.version


def newest_good_backup(folder: Path) -> Backup | None:
    """The newest backup that passes :func:`check_database_file`."""
    for backup in list_backups(folder):
        try:
            check_database_file(backup.path)
        except StoreError:
            continue
        return backup
    return None


def recovery_hint(data_dir: Path) -> str:
    """One sentence on how to get the data back when ``mentee.db`` cannot be read."""
    backup = newest_good_backup(backup_dir(data_dir))
    if backup is None:
        return "No good backup was found; the file was left untouched"
    stamp = backup.taken_at.strftime("%Y-%m-%d %H:%M UTC")
    return (
        f"The newest good backup is from {stamp} ({backup.path.name}); "
        "run “mentee-desktop recover” to restore it (the damaged file is kept aside)"
    )


def _copy_into_folder(source: Path, data_dir: Path, label: str) -> Path:
    """A checked copy of ``source`` inside the data folder, under a temporary name."""
    temp = data_dir / f".mentee.db.{label}-{os.getpid()}{PARTIAL}"
    discard(temp)
    held: int | None = None
    try:
        held = open_partial(temp)
        connection = sqlite3.connect(_ro_uri(source), uri=True, timeout=10)
        try:
            copy_checked(connection, temp, 10.0)
        finally:
            connection.close()
    except (OSError, sqlite3.Error, StoreError) as exc:
        discard(temp)
        raise _explain(exc, "nothing was restored") from exc
    finally:
        if held is not None:
            os.close(held)
    return temp


@dataclass(frozen=True)
class RestoreResult:
    #: the copy of the data as it was before the restore (None when there was none)
    before: Backup | None
    #: where an unreadable ``mentee.db`` was moved instead (``mentee.db.corrupt-<stamp>``)
    kept_aside: Path | None = None


def restore_backup(source: Path, data_dir: Path, *, now: datetime) -> RestoreResult:
    """Replace ``mentee.db`` by the database in ``source``.

    The source is checked first (a database this version can open, undamaged). The current
    database is backed up (or, when it cannot be read, kept aside as
    ``mentee.db.corrupt-<stamp>``), then replaced atomically. Refused while the app runs on
    the folder.
    """
    check_database_file(source)
    current = database_path(data_dir)
    if current.exists() and current.resolve() == source.resolve():
        raise StoreError(f"{source} is the database in use; choose a backup file")
    ensure_private_folder(data_dir)
    with hold_data_folder(data_dir):
        before, aside = None, None
        if current.exists():
            try:
                check_database_file(current)
            except NotADatabaseError:
                aside = keep_damaged_aside(current, now)
            else:
                before = make_backup(
                    current, backup_dir(data_dir), now=now, reason="before-restore"
                )
        temp = _copy_into_folder(source, data_dir, "restoring")
        try:
            install_database_file(temp, current)
        finally:
            discard(temp)
    return RestoreResult(before, aside)


def recover(data_dir: Path, backup: Backup | None, *, now: datetime, lock_held=False) -> Path:
    """Keep the unreadable ``mentee.db`` aside and put ``backup`` (if any) in its place.

    Returns where the damaged file went. ``lock_held`` is for the window, which holds the
    folder's lock itself.
    """
    if backup is not None:
        check_database_file(backup.path)
    return put_in_place_of_damaged(
        data_dir,
        backup.path if backup else None,
        lambda source: _copy_into_folder(source, data_dir, "recovering"),
        now=now,
        lock_held=lock_held,
    )


def restore_into(db: Database, source: Path, backup_folder: Path, *, now: datetime) -> Backup:
    """Restore ``source`` into the open store (the running window); returns the old data.

    SQLite's backup API writes the pages into the live database in one transaction, so
    every connection keeps working and a crash leaves the old data or the restored data.
    An older backup is migrated afterwards.
    """
    check_database_file(source)
    before = make_backup(db, backup_folder, now=now, reason="before-restore")
    try:
        connection = sqlite3.connect(_ro_uri(source), uri=True, timeout=10)
        try:
            connection.backup(db.conn)
        finally:
            connection.close()
    except (sqlite3.Error, StoreError) as exc:
        raise _explain(exc, "nothing was restored") from exc
    schema.migrate(db)
    return before


def back_up_if_due(
    source: Path, folder: Path, *, now: datetime, zone: tzinfo = UTC, key=None
) -> Backup | None:
    """The daily backup at start: made when the newest is older than a day and the store
    holds notes. Reads through its own connections, so it may run in a background thread.
    Raises :class:`StoreError`."""
    if not backup_is_due(list_backups(folder), now):
        return None
    if key is not None:  # protected store: an encrypted daily backup (data/protection)
        made = make_backup(source, folder, now=now, reason="daily", key=key)
        prune_backups(folder, now, zone=zone)
        return made
    try:
        connection = sqlite3.connect(_ro_uri(source), uri=True, timeout=10)
        try:
            worth_keeping = holds_records(
                Database(connection, execute_plugins=False, recursive_triggers=False)
            )
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise _explain(exc, "the daily backup was not made") from exc
    if not worth_keeping:
        return None
    made = make_backup(source, folder, now=now, reason="daily")
    prune_backups(folder, now, zone=zone)
    return made
