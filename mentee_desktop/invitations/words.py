"""What an import did, in one English line for the command line (the window words its own,
translated): "2 meetings added, 1 moved to Thu 11 Feb, 1 cancelled"."""

from __future__ import annotations

from mentee_desktop.invitations.apply import ImportResult


def day(meeting) -> str:
    """ "Thu 11 Feb" in the meeting's own zone."""
    local = meeting.local_start
    return f"{local:%a} {local.day} {local:%b}"


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def summary(result: ImportResult) -> str:
    parts = []
    if result.added:
        parts.append(_count(len(result.added), "meeting added", "meetings added"))
    if len(result.moved) == 1:
        parts.append(f"1 moved to {day(result.moved[0])}")
    elif result.moved:
        parts.append(f"{len(result.moved)} moved")
    if result.cancelled:
        parts.append(f"{len(result.cancelled)} cancelled")
    if not parts:
        return "Nothing changed: your meetings already match the invitation"
    return ", ".join(parts)
