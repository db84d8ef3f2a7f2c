"""The command line: the window by default, plus sub-commands for scripts and tests.

Each sub-command group lives in its own ``*_commands`` module with a ``register(subparsers)``
function, found automatically;
handlers take the parsed arguments and a :class:`Context` and return an exit code.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable

from mentee_desktop import __version__
from mentee_desktop.cli.context import CommandError, Context


def command_modules() -> list[str]:
    """Every ``*_commands`` module in this package; each adds its own sub-commands."""
    import pkgutil

    here = __path__  # type: ignore[name-defined]
    names = [m.name for m in pkgutil.iter_modules(here) if m.name.endswith("_commands")]
    return sorted(names, key=lambda name: (name != "store_commands", name))


PROG = "mentee-desktop"

Handler = Callable[[argparse.Namespace, Context], int]


def window_files(argv: list[str]) -> list[str]:
    """The calendar files named on a command line that opens the window ("Open with")."""
    return [word for word in argv if _is_window_file(word)]


def _is_window_file(word: str) -> bool:
    from mentee_desktop.invitations import CALENDAR_SUFFIXES

    return not word.startswith("-") and word.lower().endswith(CALENDAR_SUFFIXES)


def opens_the_window(argv: list[str]) -> bool:
    """True when ``argv`` names no sub-command (at most ``--data-dir DIR`` and calendar files
    to open): the window opens, and the sub-command modules need not be loaded (start-up)."""
    words = list(argv)
    while words:
        word = words.pop(0)
        if word in ("--data-dir", "--passphrase-file") and words:
            words.pop(0)
        elif not (word.startswith(("--data-dir=", "--passphrase-file=")) or _is_window_file(word)):
            return False
    return True


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Prepare, listen, ask for feedback and follow through with your mentors.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder holding mentee.db (default: your user data folder, "
        "or $MENTEE_DESKTOP_DATA_DIR)",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="read the passphrase of a protected store from FILE (first line) instead of "
        "asking on the terminal",
    )
    if not with_commands:
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in command_modules():
        importlib.import_module(f"mentee_desktop.cli.{name}").register(subparsers)
    return parser


def run(argv: list[str]) -> int:
    """Parse, dispatch and turn known errors into one clear line and exit code 1."""
    for_window = opens_the_window(argv)
    files = window_files(argv) if for_window else []
    parser = build_parser(with_commands=not for_window)
    args = parser.parse_args([word for word in argv if word not in files])
    context = Context(
        data_dir_option=args.data_dir,
        environ=dict(os.environ),
        passphrase_file=args.passphrase_file,
    )
    handler: Handler | None = getattr(args, "handler", None)
    try:
        if handler is None:
            from mentee_desktop.app_session import run_gui

            return run_gui(context, files=[os.path.abspath(f) for f in files])
        return handler(args, context)
    except CommandError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        return 0
    finally:
        context.close()
