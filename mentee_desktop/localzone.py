"""The user's IANA timezone name, read from the system (TZ, /etc/timezone, /etc/localtime)."""

from __future__ import annotations

import os
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def _valid(name: str) -> str | None:
    name = name.strip().lstrip(":")
    if not name:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return name


def local_timezone_name() -> str:
    """Best guess of the system's zone as an IANA name; ``UTC`` when nothing says otherwise."""
    for candidate in (os.environ.get("TZ", ""),):
        if found := _valid(candidate):
            return found
    try:
        if found := _valid(Path("/etc/timezone").read_text(encoding="utf-8")):
            return found
    except OSError:
        pass
    try:
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target and (found := _valid(target.split("zoneinfo/", 1)[1])):
            return found
    except OSError:
        pass
    try:
        from PySide6.QtCore import QTimeZone  # only when Qt is already there (Windows, macOS)

        if found := _valid(bytes(QTimeZone.systemTimeZoneId()).decode()):
            return found
    except ImportError:
        pass
    return "UTC"
