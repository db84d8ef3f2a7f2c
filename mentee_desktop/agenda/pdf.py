"""PDF (and printing) with Qt's own text engine: QTextDocument laid out page by page.

Each page is painted from the laid-out document, then a footer with "Page N of M" is drawn
under it. Qt shapes Arabic, Hebrew and Chinese text and falls back to an installed font that
has the glyphs. The paper follows the user's locale: Letter where it is the custom, else A4.
Qt is imported only inside these functions; a QGuiApplication must exist: the window's, or
the one the command line makes (:func:`mentee_desktop.cli.context.gui_application`), or the
PDF child process's (:mod:`mentee_desktop.pdf_child`). This module never sets the environment
or creates the application itself.

Drawing starts from a :class:`PdfDocument`: plain values (the outline's HTML, title, footer and
paper size) that cross to the child process as JSON, so the window's export (rendered in that
child) and the command line's (rendered in its own process) paint the same document.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from mentee_desktop.agenda import html as agenda_html
from mentee_desktop.agenda.model import Agenda, Recap
from mentee_desktop.agenda.outline import Outline, agenda_outline, recap_outline

#: territories (QLocale.Territory names) that use US Letter paper
LETTER_TERRITORIES = frozenset(
    {
        "UnitedStates",
        "Canada",
        "Mexico",
        "Chile",
        "Colombia",
        "CostaRica",
        "DominicanRepublic",
        "ElSalvador",
        "Guatemala",
        "Nicaragua",
        "Panama",
        "Philippines",
        "PuertoRico",
        "Venezuela",
        "Belize",
    }
)
#: the last one draws emoji and symbols (Debian: fonts-symbola; outlines, so they print)
FONT_FAMILIES = ["Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "Symbola"]
BODY_POINT_SIZE = 10.5
MARGINS_MM = (20.0, 18.0, 20.0, 14.0)  # left, top, right, bottom
FOOTER_GAP_MM = 6.0
PAGE_SIZES = ("A4", "Letter")


@dataclass(frozen=True)
class PdfDocument:
    """Everything a PDF is drawn from, as plain values (no Qt): what the child process gets."""

    html: str  # the outline as HTML (agenda.html.render_outline)
    title: str  # the PDF's title (document properties)
    footer: str  # the short line left in every page's footer
    page_size: str  # "A4" or "Letter"

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str | bytes) -> PdfDocument:
        """The document a :meth:`to_json` text describes; ValueError when it is not one."""
        values = json.loads(text)
        if not isinstance(values, dict) or set(values) != {"html", "title", "footer", "page_size"}:
            raise ValueError("expected an object with html, title, footer and page_size")
        if not all(isinstance(value, str) for value in values.values()):
            raise ValueError("html, title, footer and page_size must be strings")
        if values["page_size"] not in PAGE_SIZES:
            raise ValueError(f"unknown page size {values['page_size']!r}")
        return cls(**values)


def document_of(outline: Outline, *, page_size: str | None = None) -> PdfDocument:
    """The plain values the PDF of ``outline`` is drawn from; the paper follows the locale
    unless ``page_size`` is given."""
    return PdfDocument(
        html=agenda_html.render_outline(outline),
        title=outline.title,
        footer=outline.footer,
        page_size=page_size or page_size_for_locale(),
    )


def page_size_for_locale(locale=None) -> str:
    """``"Letter"`` where the locale's territory uses it, else ``"A4"``."""
    from PySide6.QtCore import QLocale

    territory = (locale or QLocale()).territory()
    return "Letter" if territory.name in LETTER_TERRITORIES else "A4"


def page_layout(page_size: str):
    """Portrait A4 or Letter with the margins every export uses."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize

    size_id = QPageSize.PageSizeId.Letter if page_size == "Letter" else QPageSize.PageSizeId.A4
    left, top, right, bottom = MARGINS_MM
    return QPageLayout(
        QPageSize(size_id),
        QPageLayout.Orientation.Portrait,
        QMarginsF(left, top, right, bottom),
        QPageLayout.Unit.Millimeter,
    )


def _base_font(point_size: float = BODY_POINT_SIZE):
    from PySide6.QtGui import QFont

    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(point_size)
    return font


def paint_outline(device, outline: Outline) -> int:
    """Lay the outline out on ``device`` (a QPdfWriter or QPrinter); returns the page count."""
    return paint_html(device, agenda_html.render_outline(outline), outline.footer)


def paint_html(device, document_html: str, footer: str) -> int:
    """Lay the document's HTML out on ``device`` page by page, each with ``footer`` and its
    page number under it; returns the page count."""
    from mentee_desktop.fonts import add_bundled_fonts

    add_bundled_fonts()  # Symbola in the bundle: emoji print as glyphs, not boxes
    from PySide6.QtCore import QRectF, QSizeF
    from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QTextDocument

    dpi = device.resolution()
    paint_rect = device.pageLayout().paintRectPixels(dpi)
    width = paint_rect.width()
    footer_font = _base_font(8.5)
    footer_height = FOOTER_GAP_MM / 25.4 * dpi + footer_font.pointSizeF() / 72 * dpi * 1.4
    body_height = paint_rect.height() - footer_height

    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(_base_font())
    document.setDocumentMargin(0)
    document.setHtml(document_html)
    document.setPageSize(QSizeF(width, body_height))
    pages = max(1, document.pageCount())

    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot start painting the document")
    try:
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * body_height)
            clip = QRectF(0, page * body_height, width, body_height)
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = clip
            context.palette.setColor(context.palette.ColorRole.Text, QColor(agenda_html.INK))
            document.documentLayout().draw(painter, context)
            painter.restore()
            _paint_footer(painter, footer, page + 1, pages, width, body_height, footer_height)
    finally:
        painter.end()
    return pages


def _paint_footer(painter, footer, page, pages, width, top, height) -> None:
    from PySide6.QtCore import QLineF, QRectF, Qt
    from PySide6.QtGui import QColor, QPen

    painter.save()
    painter.setFont(_base_font(8.5))
    pen = QPen(QColor(agenda_html.RULE))
    pen.setWidthF(max(1.0, painter.device().resolution() / 300))
    painter.setPen(pen)
    gap = height * 0.45
    painter.drawLine(QLineF(0, top + gap * 0.6, width, top + gap * 0.6))
    painter.setPen(QColor(agenda_html.MUTED))
    area = QRectF(0, top + gap, width, height - gap)
    flags = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(area, flags | Qt.AlignmentFlag.AlignLeft, footer)
    painter.drawText(area, flags | Qt.AlignmentFlag.AlignRight, f"Page {page} of {pages}")
    painter.restore()


def render_outline(outline: Outline, *, page_size: str | None = None) -> bytes:
    """The outline as PDF bytes (needs a QGuiApplication)."""
    return render_document(document_of(outline, page_size=page_size))


def render_document(document: PdfDocument) -> bytes:
    """The document as PDF bytes (needs a QGuiApplication)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QPdfWriter

    if QGuiApplication.instance() is None:
        raise RuntimeError("rendering a PDF needs a QGuiApplication; the caller creates it")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setPageLayout(page_layout(document.page_size))
    writer.setTitle(document.title)
    writer.setCreator("Mentee Desktop")
    paint_html(writer, document.html, document.footer)
    del writer  # finishes the file
    buffer.close()
    return bytes(data)


def render_agenda(agenda: Agenda, *, page_size: str | None = None) -> bytes:
    return render_outline(agenda_outline(agenda), page_size=page_size)


def render_recap(recap: Recap, *, page_size: str | None = None) -> bytes:
    return render_outline(recap_outline(recap), page_size=page_size)


def agenda_document(agenda: Agenda, *, page_size: str | None = None) -> PdfDocument:
    return document_of(agenda_outline(agenda), page_size=page_size)


def recap_document(recap: Recap, *, page_size: str | None = None) -> PdfDocument:
    return document_of(recap_outline(recap), page_size=page_size)
