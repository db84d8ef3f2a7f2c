"""The HTML subset Qt's rich-text engine lays out, for the PDF, printing and the preview.

No Qt here: it only writes text. User text is HTML-escaped, and a paragraph whose first
strong character is right-to-left (Arabic, Hebrew, ...) is marked ``dir="rtl"`` so it is
aligned and ordered the way its reader expects.
"""

from __future__ import annotations

import html

from mentee_desktop.agenda import words
from mentee_desktop.agenda.outline import Heading, Item, ItemList, Outline, Paragraph

INK = "#1d2433"
ACCENT = "#1f4e79"
MUTED = "#5b6270"
RULE = "#c9ced6"
CHECKED = "\u2611"  # ☑
UNCHECKED = "\u2610"  # ☐
#: how many ruled lines to leave under an item for handwritten notes
NOTE_LINES = 2


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _block(tag: str, text_html: str, plain: str, style: str = "") -> str:
    """A block element whose direction follows its text."""
    rtl = words.is_right_to_left(plain)
    if rtl:
        style = style.replace("margin-left", "margin-right")
    direction = ' dir="rtl" align="right"' if rtl else ""
    styled = f' style="{style}"' if style else ""
    return f"<{tag}{direction}{styled}>{text_html}</{tag}>"


def _lines_html(text: str) -> str:
    return "<br/>".join(_esc(line) for line in words.lines_of(text))


def _cell(text_html: str, plain: str, style: str = "") -> str:
    """A table cell whose alignment and direction follow its text."""
    rtl = words.is_right_to_left(plain)
    attrs = ' dir="rtl" align="right"' if rtl else ""
    return f'<td valign="top"{attrs} style="{style}">{text_html}</td>'


def _item_body(item: Item) -> tuple[str, str]:
    """The item's text and labelled lines as HTML, and the plain text deciding direction."""
    paragraphs = []
    text = _lines_html(item.text)
    meta = ""
    if item.meta:
        meta = f'<span style="color:{MUTED}; font-size:9pt">({_esc("; ".join(item.meta))})</span>'
    if text:
        paragraphs.append(f"{text} {meta}" if meta else text)
    for label, value in item.lines:
        body = _lines_html(value)
        if body:
            direction = ' dir="rtl"' if words.is_right_to_left(words.one_line(value)) else ""
            paragraphs.append(
                f'<span style="color:{MUTED}">{_esc(label)}:</span> <span{direction}>{body}</span>'
            )
    if meta and not text:
        paragraphs.append(meta)
    first = item.text if item.text.strip() else (item.lines[0][1] if item.lines else "")
    return "".join(f'<p style="margin-top:0; margin-bottom:2px">{p}</p>' for p in paragraphs), first


def _item(item: Item, marker: str, room_for_notes: bool) -> str:
    """One item as a small table: the marker in a narrow column, its text beside it.

    A table gives wrapped lines a hanging indent; for right-to-left text the columns swap.
    """
    body, plain = _item_body(item)
    if item.checked is not None:
        marker_html = (
            f'<span style="font-size:12pt">{CHECKED if item.checked else UNCHECKED}</span>'
        )
    else:
        marker_html = f'<span style="color:{ACCENT}; font-weight:600">{_esc(marker)}</span>'
    rtl = words.is_right_to_left(words.one_line(plain))
    mark = f'<td width="22" valign="top" align="{"right" if rtl else "left"}">{marker_html}</td>'
    text = _cell(body, plain, "padding-bottom:4px")
    rows = [f"<tr>{text}{mark}</tr>" if rtl else f"<tr>{mark}{text}</tr>"]
    if room_for_notes:
        line = f'<td height="24" style="border-bottom:1px dotted {RULE}">&nbsp;</td>'
        rows += [f"<tr>{line}<td></td></tr>" if rtl else f"<tr><td></td>{line}</tr>"] * NOTE_LINES
    return (
        '<table width="100%" cellspacing="0" cellpadding="1" '
        f'style="margin-bottom:{10 if room_for_notes else 4}px">' + "".join(rows) + "</table>"
    )


def render_outline(outline: Outline) -> str:
    """A complete HTML document for :class:`PySide6.QtGui.QTextDocument`."""
    out = [
        f'<html><head><meta charset="utf-8"><title>{_esc(outline.title)}</title></head>'
        f'<body style="color:{INK}">'
    ]
    if outline.label:
        label_style = f"color:{MUTED}; font-size:9pt; font-weight:600; margin-bottom:0"
        out.append(f'<p style="{label_style}">{_esc(outline.label.upper())}</p>')
    title = words.one_line(outline.subject or outline.title)
    out.append(
        _block(
            "h1",
            _esc(title),
            title,
            f"color:{ACCENT}; font-size:20pt; margin-top:2px; margin-bottom:8px",
        )
    )
    rows = "".join(
        f'<tr><td width="90" style="color:{MUTED}; padding:2px 12px 2px 0">{_esc(label)}</td>'
        f'<td style="padding:2px 0">{_esc(words.one_line(value))}</td></tr>'
        for label, value in outline.facts
    )
    out.append(f'<table cellspacing="0" cellpadding="0" style="margin-bottom:6px">{rows}</table>')
    out.append(
        '<table width="100%" cellspacing="0" cellpadding="0" style="margin-bottom:4px">'
        f'<tr><td height="1" style="border-bottom:1.5px solid {RULE}"></td></tr></table>'
    )
    for block in outline.blocks:
        if isinstance(block, Heading):
            text = words.one_line(block.text)
            if block.level == 2:
                style = f"color:{ACCENT}; font-size:14pt; margin-top:16px; margin-bottom:6px"
                out.append(_block("h2", _esc(text), text, style))
            else:
                style = f"color:{INK}; font-size:11pt; margin-top:8px; margin-bottom:4px"
                out.append(_block("h3", _esc(text), text, style))
        elif isinstance(block, Paragraph):
            style = f"color:{MUTED}; font-size:9.5pt" if block.quiet else ""
            out.append(_block("p", _lines_html(block.text), block.text, style))
        elif isinstance(block, ItemList):
            for number, item in enumerate(block.items, start=1):
                marker = f"{number}." if block.numbered else "•"
                out.append(_item(item, marker, block.room_for_notes))
    out.append("</body></html>")
    return "\n".join(out)
