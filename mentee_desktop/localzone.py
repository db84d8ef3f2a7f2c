"""The user's IANA timezone name, read from the system (TZ, /etc/timezone, /etc/localtime)."""

from __future__ import annotations

import os
from collections.abc import Mapping
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


def local_timezone_name(environ: Mapping[str, str] | None = None, etc: Path = Path("/etc")) -> str:
    """Best guess of the system's zone as an IANA name; ``UTC`` when nothing says otherwise.

    ``environ`` (default: the process's) and ``etc`` are arguments so tests can stand in for
    the system.
    """
    environ = os.environ if environ is None else environ
    if found := _valid(environ.get("TZ", "")):
        return found
    try:
        if found := _valid((etc / "timezone").read_text(encoding="utf-8")):
            return found
    except OSError:
        pass
    try:
        target = str((etc / "localtime").resolve())
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
