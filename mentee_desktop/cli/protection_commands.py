"""Sub-commands that turn passphrase protection on and off: protect, unprotect,
change-passphrase. The recovery key is shown once, by protect; there is no command that
shows it again."""

from __future__ import annotations

import argparse

from mentee_desktop.cli.context import CommandError, Context, known_errors

WARNING = (
    "Write the recovery key down (or print it) and keep it apart from this computer. "
    "If you forget your passphrase AND lose this key, your notes cannot be read by anyone, "
    "including you."
)


def register(subparsers: argparse._SubParsersAction) -> None:
    protect = subparsers.add_parser(
        "protect",
        help="encrypt your data with a passphrase (prints a recovery key, once)",
        description="Encrypt the database and its backups with a passphrase. "
        "The passphrase comes from --passphrase-file or is typed twice. " + WARNING,
    )
    protect.add_argument(
        "--old-backups",
        choices=("encrypt", "delete", "keep"),
        default="encrypt",
        help="what to do with backups made before (default: encrypt them)",
    )
    protect.set_defaults(handler=protect_store)

    unprotect = subparsers.add_parser(
        "unprotect", help="decrypt your data and its backups (asks for the passphrase)"
    )
    unprotect.add_argument(
        "--use-recovery-key",
        action="store_true",
        help="unlock with the recovery key instead of the passphrase",
    )
    unprotect.set_defaults(handler=unprotect_store)

    change = subparsers.add_parser(
        "change-passphrase", help="choose a new passphrase (the data is not rewritten)"
    )
    change.add_argument(
        "--use-recovery-key",
        action="store_true",
        help="prove it is you with the recovery key (when the passphrase is forgotten)",
    )
    change.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help="read the new passphrase from FILE instead of asking twice",
    )
    change.set_defaults(handler=change_passphrase)


def _unlock_secret(args: argparse.Namespace, context: Context) -> tuple[str, str]:
    from mentee_desktop.data.protection import keyslots

    if args.use_recovery_key:
        return context.read_secret("Recovery key: "), keyslots.RECOVERY
    return context.read_secret("Current passphrase: "), keyslots.PASSPHRASE


def protect_store(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.cli.context import read_new_secret
    from mentee_desktop.data.protection import switch

    passphrase = read_new_secret("New passphrase: ", context.passphrase_file)
    with known_errors():
        result = switch.protect(context.data_dir, passphrase, old_backups=args.old_backups)
    print(f"Your data in {context.data_dir} is now protected with your passphrase.")
    print()
    print(f"Recovery key:  {result.recovery_key}")
    print()
    print(WARNING)
    if result.plain_files:
        print()
        print("These files still hold your notes unencrypted:")
        for path in result.plain_files:
            print(f"  {path}")
    return 0


def unprotect_store(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.data.protection import folder, switch

    with known_errors():
        if not folder.is_protected(context.data_dir):
            raise CommandError(f"the data in {context.data_dir} is not protected")
        secret, kind = _unlock_secret(args, context)
        switch.unprotect(context.data_dir, folder.unlock(context.data_dir, secret, kind=kind))
    print(
        f"Your data in {context.data_dir} is no longer protected; anyone with the files can "
        "read it."
    )
    return 0


def change_passphrase(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop.cli.context import read_new_secret
    from mentee_desktop.data.protection import folder, switch

    with known_errors():
        if not folder.is_protected(context.data_dir):
            raise CommandError(
                f"the data in {context.data_dir} is not protected; use “protect” first"
            )
        secret, kind = _unlock_secret(args, context)
        folder.unlock(context.data_dir, secret, kind=kind)  # refuse before asking for more
        new = read_new_secret("New passphrase: ", args.new_passphrase_file)
        switch.change_passphrase(context.data_dir, secret, new, kind=kind)
    print("The passphrase was changed; the recovery key stays the same.")
    return 0
