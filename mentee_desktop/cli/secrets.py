"""Reading a passphrase: from a file a script names, or typed on the terminal without echo.

Never from the command line itself (other users see it in the process list) and never
logged.
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from mentee_desktop.cli.context import CommandError


def read_secret(prompt: str, file: str | None) -> str:
    """The first line of ``file``, else what is typed at ``prompt`` on the terminal."""
    if file is not None:
        try:
            text = Path(file).expanduser().read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = getattr(exc, "strerror", None) or exc
            raise CommandError(f"cannot read the passphrase file {file}: {reason}") from exc
        secret = text.split("\n", 1)[0].rstrip("\r")
        if not secret:
            raise CommandError(f"the passphrase file {file} is empty")
        return secret
    if not sys.stdin.isatty():
        raise CommandError(
            "the passphrase is needed, but there is no terminal to ask on; "
            "give --passphrase-file FILE"
        )
    try:
        secret = getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        raise CommandError("no passphrase given; nothing was changed") from None
    if not secret:
        raise CommandError("no passphrase given; nothing was changed")
    return secret


def read_new_secret(prompt: str, file: str | None) -> str:
    """A new passphrase: from ``file``, or typed twice on the terminal (the same both times)."""
    first = read_secret(prompt, file)
    if file is None and read_secret("Type it again: ", None) != first:
        raise CommandError("the two passphrases differ; nothing was changed")
    return first
