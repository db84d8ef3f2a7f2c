"""How reminders quote user text: one line, shortened, shown literally."""

from __future__ import annotations

#: longest piece of user text (a question, a title) quoted inside a reminder
QUOTE_LIMIT = 160
NAME_LIMIT = 60


def shorten(text: str, limit: int = QUOTE_LIMIT) -> str:
    """One line of at most ``limit`` characters, with an ellipsis when cut."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def name(text: str) -> str:
    return shorten(text, NAME_LIMIT)
