"""What the tray needs while the store is locked: when a reminder is (or will be) due.

``mentee.due`` is the only thing a protected store keeps unencrypted: a few times, no text,
no names. It is written when the window locks and read by the locked tray.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

DUE_NAME = "mentee.due"


def due_path(data_dir: Path) -> Path:
    return data_dir / DUE_NAME


def write_due_times(data_dir: Path, *, due_now: bool, next_at: datetime | None) -> None:
    """Record whether something is due and when the next thing falls due (times only)."""
    document = {"due_now": due_now, "next_at": next_at.isoformat() if next_at else None}
    partial = due_path(data_dir).with_name(f".{DUE_NAME}.partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        json.dump(document, handle)
    os.replace(partial, due_path(data_dir))


def reminder_due(data_dir: Path, now: datetime) -> bool:
    """True when a reminder was due at locking or has fallen due since (False if unknown)."""
    try:
        document = json.loads(due_path(data_dir).read_text(encoding="ascii"))
        if document.get("due_now"):
            return True
        next_at = document.get("next_at")
        return bool(next_at) and datetime.fromisoformat(next_at) <= now
    except (OSError, ValueError, TypeError, AttributeError):
        return False


def next_due(data_dir: Path) -> datetime | None:
    try:
        value = json.loads(due_path(data_dir).read_text(encoding="ascii")).get("next_at")
        return datetime.fromisoformat(value) if value else None
    except (OSError, ValueError, TypeError, AttributeError):
        return None
