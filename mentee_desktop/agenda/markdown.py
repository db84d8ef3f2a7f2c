"""CommonMark (with GitHub task lists) for pasting into a chat, an e-mail or a wiki.

Every piece of user text goes through :func:`escape_line`, so it shows exactly as typed: no
HTML, links, headings, emphasis, code, tables or lists can come from it. A line break inside
an item stays inside that item (a hard line break, indented under the item).
"""

from __future__ import annotations

import re

from mentee_desktop.agenda import words
from mentee_desktop.agenda.model import Agenda, Recap
from mentee_desktop.agenda.outline import (
    Heading,
    Item,
    ItemList,
    Outline,
    Paragraph,
    agenda_outline,
    recap_outline,
)

#: escaped wherever they appear: code, emphasis, links, HTML, tables, strikethrough, math
_ALWAYS = set("`*[]<|~$")
#: escaped at the start of a line: headings, block quotes, lists, setext underlines
_LINE_START = set("#>-+=")
_ASCII_PUNCTUATION = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")
_ORDERED_MARKER = re.compile(r"[0-9]{1,9}[.)]")


def _escapes_needed(line: str) -> set[int]:
    """Positions of characters that would otherwise be read as Markdown."""
    positions = set()
    for index, char in enumerate(line):
        before = line[index - 1] if index else ""
        after = line[index + 1] if index + 1 < len(line) else ""
        if (
            char in _ALWAYS
            or (index == 0 and char in _LINE_START)
            or (char == "\\" and (after == "" or after in _ASCII_PUNCTUATION))
            or (char == "_" and not (before.isalnum() and after.isalnum()))
            or (char == "#" and before in (" ", "\t"))
            or (char == "&" and _ENTITY.match(line, index))
        ):
            positions.add(index)
    if marker := _ORDERED_MARKER.match(line):
        positions.add(marker.end() - 1)
    return positions


#: a line holding none of these (and not starting with a digit) needs no escaping at all
_MAYBE_SPECIAL = frozenset(_ALWAYS | _LINE_START | {"\\", "_", "#", "&"})


def escape_line(line: str) -> str:
    """One line of user text (already stripped) as Markdown that shows it literally."""
    if _MAYBE_SPECIAL.isdisjoint(line) and not line[:1].isdigit():
        return line  # the common case, without the per-character walk
    needed = _escapes_needed(line)
    return "".join("\\" + c if i in needed else c for i, c in enumerate(line))


def escape_text(text: str) -> list[str]:
    """User text as escaped lines; blank lines are dropped (they would end the item)."""
    return [escape_line(line) for line in words.lines_of(text)]


def _join(lines: list[str], indent: str) -> str:
    """Lines kept in one block: a hard break (``\\``) ends each line but the last."""
    return ("\\\n" + indent).join(lines)


def _item_lines(item: Item) -> list[str]:
    lines = escape_text(item.text)
    remark = "*(" + escape_line("; ".join(item.meta)) + ")*" if item.meta else ""
    if remark and lines:
        lines[-1] += " " + remark
    for label, text in item.lines:
        body = escape_text(text)
        if body:
            lines.append(f"**{escape_line(label)}:** {body[0]}")
            lines += body[1:]
    if remark and not escape_text(item.text):
        lines.append(remark)
    return lines or [escape_line("(empty)")]


def _item_list(block: ItemList) -> str:
    rendered = []
    for number, item in enumerate(block.items, start=1):
        marker = f"{number}." if block.numbered else "-"
        if item.checked is not None:
            marker += " [x]" if item.checked else " [ ]"
        indent = " " * (len(marker.split(" ")[0]) + 1)
        rendered.append(f"{marker} {_join(_item_lines(item), indent)}")
    return "\n".join(rendered)


def render_outline(outline: Outline) -> str:
    parts = [f"# {escape_line(words.one_line(outline.title))}"]
    parts.append(
        "\n".join(
            f"- **{label}:** {escape_line(words.one_line(value))}" for label, value in outline.facts
        )
    )
    for block in outline.blocks:
        if isinstance(block, Heading):
            parts.append("#" * block.level + " " + escape_line(words.one_line(block.text)))
        elif isinstance(block, Paragraph):
            lines = escape_text(block.text)
            if lines:
                text = _join(lines, "")
                parts.append(f"*{text}*" if block.quiet and len(lines) == 1 else text)
        else:
            parts.append(_item_list(block))
    return "\n\n".join(parts) + "\n"


def render_agenda(agenda: Agenda) -> str:
    """The agenda as Markdown text (ends with one newline)."""
    return render_outline(agenda_outline(agenda))


def render_recap(recap: Recap) -> str:
    """The recap as Markdown text (ends with one newline)."""
    return render_outline(recap_outline(recap))
