"""Plain text, for places that show no formatting: a calendar event's description."""

from __future__ import annotations

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


def _item(item: Item, marker: str) -> list[str]:
    indent = " " * (len(marker) + 1)
    lines = words.lines_of(item.text)
    remark = "(" + "; ".join(item.meta) + ")" if item.meta else ""
    if remark and lines:
        lines[-1] += " " + remark
    for label, text in item.lines:
        body = words.lines_of(text)
        if body:
            lines += [f"{label}: {body[0]}", *body[1:]]
    if remark and not words.lines_of(item.text):
        lines.append(remark)
    return [(marker if i == 0 else indent[:-1]) + " " + line for i, line in enumerate(lines)]


def render_outline(outline: Outline) -> str:
    out = [words.one_line(outline.title), ""]
    out += [f"{label}: {words.one_line(value)}" for label, value in outline.facts]
    for block in outline.blocks:
        if isinstance(block, Heading):
            text = words.one_line(block.text)
            out += ["", text.upper() if block.level == 2 else text]
        elif isinstance(block, Paragraph):
            out += ["", *words.lines_of(block.text)]
        elif isinstance(block, ItemList):
            for number, item in enumerate(block.items, start=1):
                marker = f"{number}." if block.numbered else "-"
                if item.checked is not None:
                    marker = "[x]" if item.checked else "[ ]"
                out += _item(item, marker)
    return "\n".join(out).strip() + "\n"


def render_agenda(agenda: Agenda) -> str:
    return render_outline(agenda_outline(agenda))


def render_recap(recap: Recap) -> str:
    return render_outline(recap_outline(recap))
