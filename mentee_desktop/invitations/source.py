"""Where an invitation comes from (a file, or standard input) and how far ahead to read it."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from sqlite_utils import Database

from mentee_desktop.invitations.read import MAX_FILE_BYTES, InvitationError

HORIZON_KEY = "invitations.horizon_months"
DEFAULT_HORIZON_MONTHS = 6
MAX_HORIZON_MONTHS = 24


def horizon_months(db: Database) -> int:
    """How far ahead a series is expanded, in months (the setting; default six)."""
    from mentee_desktop.data import settings

    value = settings.get(db, HORIZON_KEY, DEFAULT_HORIZON_MONTHS)
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or not 1 <= value <= MAX_HORIZON_MONTHS
    ):
        value = DEFAULT_HORIZON_MONTHS
    return value


def days_in(months: int) -> int:
    """A horizon of ``months`` in days (a month counted as 30.5 days)."""
    return round(months * 30.5)


def horizon_days(db: Database) -> int:
    """The horizon setting in days."""
    return days_in(horizon_months(db))


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing a huge file before reading it all."""
    try:
        with open(path, "rb") as handle:
            return read_stream(handle)
    except IsADirectoryError as exc:
        raise InvitationError(f"{path} is a folder, not a calendar file") from exc
    except FileNotFoundError as exc:
        raise InvitationError(f"{path} does not exist") from exc
    except OSError as exc:
        raise InvitationError(f"cannot read {path}: {exc.strerror or exc}") from exc


def read_stream(stream: BinaryIO) -> bytes:
    data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise InvitationError(
            f"the file is too large for an invitation (more than {MAX_FILE_BYTES // 1_000_000} MB)"
        )
    return data
