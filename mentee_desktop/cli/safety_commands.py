"""Sub-commands that keep the data safe: backup, backups, restore, recover, export-json,
import-json. None of them needs the window; restore, recover and import refuse while it runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mentee_desktop.cli.context import CommandError, Context, int_in_range, known_errors


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser("backup", help="back up the database now; prints the file")
    backup.set_defaults(handler=backup_now)

    listing = subparsers.add_parser("backups", help="list the backups with date and size")
    listing.set_defaults(handler=list_all)

    restore = subparsers.add_parser(
        "restore", help="replace your data by a backup (the current data is backed up first)"
    )
    restore.add_argument(
        "file", metavar="FILE", help="a backup file (a path or a name from “backups”)"
    )
    _recovery_key_option(restore)
    restore.set_defaults(handler=restore_file)

    recover = subparsers.add_parser(
        "recover",
        help="when mentee.db cannot be read: keep it aside and restore the newest good backup",
    )
    _recovery_key_option(recover)
    recover.set_defaults(handler=recover_damaged)

    export = subparsers.add_parser("export-json", help="write all your data to one JSON file")
    export.add_argument(
        "--output", "-o", metavar="FILE", required=True, help="the file to write (- for stdout)"
    )
    export.add_argument(
        "--encrypt",
        action="store_true",
        help="encrypt the file to a passphrase (age format; `age -d FILE` opens it); "
        "always on for a protected store, with its passphrase",
    )
    export.set_defaults(handler=export_json)

    imported = subparsers.add_parser(
        "import-json", help="load an export into an empty data folder (all or nothing)"
    )
    imported.add_argument("file", metavar="FILE", help="a file written by export-json")
    imported.add_argument(
        "--max-size",
        metavar="MB",
        type=int_in_range(1, 1_000_000),
        default=1000,
        help="refuse files larger than this many megabytes (default 1000)",
    )
    imported.set_defaults(handler=import_json)


def _recovery_key_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--use-recovery-key",
        action="store_true",
        help="a protected store: unlock with the recovery key instead of the passphrase",
    )


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{size} bytes"


def backup_now(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.data.backups import make_backup, prune_backups
    from mentee_desktop.data.store import inspect_file
    from mentee_desktop.data.timestamps import utc_now
    from mentee_desktop.paths import backup_dir, database_path

    path = database_path(context.data_dir)
    key = context.store_key()  # a protected store's backup is encrypted with its key
    with known_errors():
        if key is not None:  # a protected store: ours-ness through its key slots and key
            from mentee_desktop.data.protection.opening import inspect_protected

            inspect_protected(path, key)
        elif not inspect_file(path).exists:
            raise CommandError(
                f"there is no database in {context.data_dir} yet; nothing to back up"
            )
        now = utc_now()
        made = make_backup(path, backup_dir(context.data_dir), now=now, reason="manual", key=key)
        prune_backups(backup_dir(context.data_dir), now)
    print(made.path)
    return 0


def list_all(args: argparse.Namespace, context: Context) -> int:
    from zoneinfo import ZoneInfo

    from mentee_desktop.data.backups import list_backups
    from mentee_desktop.localzone import local_timezone_name
    from mentee_desktop.paths import backup_dir

    folder = backup_dir(context.data_dir)
    found = list_backups(folder)
    if not found:
        print(f"No backups yet in {folder}.")
        return 0
    zone = ZoneInfo(local_timezone_name())
    for backup in found:
        when = backup.taken_at.astimezone(zone).strftime("%Y-%m-%d %H:%M %Z")
        print(f"{when:<22} {human_size(backup.size):>10}  {backup.kind:<24} {backup.path}")
    return 0


def _find_backup(name: str, context: Context) -> Path:
    """A path as given, or a file of that name in the backups folder."""
    from mentee_desktop.paths import backup_dir

    given = Path(name).expanduser()
    if given.exists():
        return given.absolute()
    in_folder = backup_dir(context.data_dir) / name
    if in_folder.exists():
        return in_folder
    raise CommandError(f"{name} does not exist (see “mentee-desktop backups”)")


def _key_for_restoring(args: argparse.Namespace, context: Context):
    """A protected store's key, from its key slots alone (its database may be the damaged
    file); None for a plain store."""
    from mentee_desktop.data.protection import keyslots
    from mentee_desktop.data.protection.folder import is_protected, missing_key_file
    from mentee_desktop.data.protection.restoring import store_slots, unlock_slots

    problem = missing_key_file(context.data_dir)  # never restore over a file that needs it
    if problem is not None:
        raise CommandError(str(problem))
    if not is_protected(context.data_dir):
        return None
    with known_errors():
        store_slots(context.data_dir)  # a damaged or foreign key file: said before asking
    if args.use_recovery_key:
        secret, kind = context.read_secret("Recovery key: "), keyslots.RECOVERY
    else:
        secret = context.read_secret(f"Passphrase for {context.data_dir}: ")
        kind = keyslots.PASSPHRASE
    with known_errors():
        return unlock_slots(context.data_dir, secret, kind=kind)


def restore_file(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.data.backups import restore_backup
    from mentee_desktop.data.timestamps import utc_now

    source = _find_backup(args.file, context)
    key = _key_for_restoring(args, context)
    with known_errors():
        if key is None:
            result = restore_backup(source, context.data_dir, now=utc_now())
        else:
            from mentee_desktop.data.protection.restoring import restore_protected

            result = restore_protected(source, context.data_dir, key, now=utc_now())
    print(f"Restored {source}.")
    if result.before is not None:
        print(f"Your data from before the restore is kept in {result.before.path}.")
    if result.kept_aside is not None:
        print(f"The unreadable database it replaced is kept as {result.kept_aside}.")
    return 0


def recover_damaged(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.data.backups import check_database_file, newest_good_backup, recover
    from mentee_desktop.data.errors import NotADatabaseError
    from mentee_desktop.data.folder import set_aside_files
    from mentee_desktop.data.timestamps import utc_now
    from mentee_desktop.paths import backup_dir, database_path

    path = database_path(context.data_dir)
    _list_set_aside(set_aside_files(path))
    key = _key_for_restoring(args, context)
    if key is not None:
        return _recover_protected(context, key)
    with known_errors():
        if not path.exists():
            raise CommandError(f"there is no {path.name} in {context.data_dir}; nothing to recover")
        try:
            check_database_file(path)  # another program's file, or one not readable now: refused
        except NotADatabaseError:
            pass
        else:
            print(f"{path} can be read; nothing to recover.")
            return 0
        backup = newest_good_backup(backup_dir(context.data_dir))
        if backup is None:
            raise CommandError(
                f"{path} cannot be read and no good backup was found in "
                f"{backup_dir(context.data_dir)}; the file was left untouched"
            )
        aside = recover(context.data_dir, backup, now=utc_now())
    _say_recovered(aside, backup)
    return 0


def _recover_protected(context: Context, key) -> int:
    from mentee_desktop.data.protection import restoring
    from mentee_desktop.data.timestamps import utc_now
    from mentee_desktop.paths import backup_dir, database_path

    path = database_path(context.data_dir)
    with known_errors():
        if not restoring.damaged(context.data_dir, key):
            print(f"{path} can be read; nothing to recover.")
            return 0
        backup = restoring.newest_good_backup(backup_dir(context.data_dir), key)
        if backup is None:
            raise CommandError(
                f"{path} cannot be read and no good backup was found in "
                f"{backup_dir(context.data_dir)}; the file was left untouched"
            )
        aside = restoring.recover_protected(context.data_dir, key, backup, now=utc_now())
    _say_recovered(aside, backup)
    return 0


def _say_recovered(aside: Path, backup) -> None:
    print(f"The damaged file is kept as {aside}.")
    print(f"Restored the backup from {backup.taken_at:%Y-%m-%d %H:%M} UTC ({backup.path.name}).")


def _list_set_aside(found: list[Path]) -> None:
    """Name every file kept aside earlier, so none is forgotten."""
    if not found:
        return
    print("Data files kept aside earlier (restore one with “mentee-desktop restore FILE”):")
    for aside in found:
        print(f"  {aside}")


def export_json(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.data.json_io import write_chunks, write_export
    from mentee_desktop.data.store import open_store
    from mentee_desktop.data.timestamps import utc_now

    with known_errors():
        # a read-only store can still be exported: that is how data leaves an old disk
        key = context.store_key()
        db = open_store(context.data_dir, allow_read_only=True, key=key)
        try:
            if key is not None or args.encrypt:  # protected store: never a plain export
                return _export_encrypted(args, context, db, protected=key is not None)
            if args.output == "-":
                write_chunks(db, sys.stdout, now=utc_now())
                return 0
            output = write_export(db, Path(args.output), now=utc_now())
        finally:
            db.close()
    print(f"Exported all your data to {output}")
    return 0


def _export_encrypted(args, context: Context, db, *, protected: bool) -> int:
    from mentee_desktop.cli.context import read_new_secret
    from mentee_desktop.data.protection.exports import write_encrypted_export
    from mentee_desktop.data.timestamps import utc_now

    if args.output == "-":
        raise CommandError("an encrypted export is written to a file; give --output FILE")
    if protected:  # the passphrase already given for the store
        passphrase = context.store_passphrase() or ""
    else:
        passphrase = read_new_secret("Passphrase for the export: ", context.passphrase_file)
    output = Path(args.output).expanduser().absolute()
    write_encrypted_export(db, output, passphrase, now=utc_now())
    print(f"Exported all your data, encrypted, to {output} (open it with “age -d”)")
    return 0


def import_json(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.data.json_io import import_file
    from mentee_desktop.data.protection.exports import is_encrypted_export, read_encrypted_export

    source = Path(args.file).expanduser()
    with known_errors():
        text = None
        if is_encrypted_export(source):  # age format: decrypted in memory only
            text = read_encrypted_export(source, context.read_secret("Passphrase of the export: "))
        counts = import_file(
            source, context.data_dir, max_bytes=args.max_size * 1_000_000, text=text
        )
    total = sum(counts.values())
    print(f"Imported {total} records into {context.data_dir}.")
    return 0
