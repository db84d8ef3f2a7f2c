"""``install-desktop-entry [--remove]``: show Mentee Desktop in the application launcher."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mentee_desktop.cli.context import CommandError, Context

FREEDESKTOP_PLATFORMS = ("linux", "freebsd", "openbsd", "netbsd")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "install-desktop-entry",
        help="add Mentee Desktop and its icon to your application launcher (Linux)",
        description="Write the desktop entry and the icon into your XDG data folder "
        "($XDG_DATA_HOME, else ~/.local/share), starting this installation of the program.",
    )
    parser.add_argument(
        "--remove", action="store_true", help="take the desktop entry and the icon out again"
    )
    parser.set_defaults(handler=install_desktop_entry)


def check_platform(platform: str) -> None:
    """Desktop entries are a freedesktop.org convention; elsewhere say what to do instead."""
    if not platform.startswith(FREEDESKTOP_PLATFORMS):
        raise CommandError(
            "install-desktop-entry is for Linux and BSD desktops; "
            "on this system start Mentee Desktop with the mentee-desktop-gui command"
        )


def install_desktop_entry(args: argparse.Namespace, context: Context) -> int:
    from mentee_desktop import desktop_entry

    check_platform(sys.platform)
    folder = desktop_entry.data_home(context.environ, Path.home())
    try:
        if args.remove:
            removed = desktop_entry.remove(folder)
        else:
            command = desktop_entry.current_launch_command()
            files = desktop_entry.install(folder, command)
    except (OSError, ValueError) as exc:
        raise CommandError(f"cannot change the application launcher: {exc}") from exc
    if args.remove and removed:
        print("Removed Mentee Desktop from your application launcher:")
        for path in removed:
            print(f"  {path}")
    elif args.remove:
        print("Mentee Desktop was not in your application launcher; nothing removed")
    else:
        print("Added Mentee Desktop to your application launcher:")
        for path in files.all:
            print(f"  {path}")
        print(f"It starts: {' '.join(command)}")
    return 0
