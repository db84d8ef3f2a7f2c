"""The process that renders one PDF for the window, so the window's event loop keeps turning.

    python -m mentee_desktop.pdf_child < document.json > document.pdf
    mentee-desktop --pdf-child < document.json > document.pdf     (the PyInstaller bundle)

Standard input holds a :class:`~mentee_desktop.agenda.pdf.PdfDocument` as JSON; standard
output gets the PDF's bytes. On failure the exit code is not 0 and standard error says why in
one line (a known problem) or holds the traceback (a bug). The window starts this with
``QT_QPA_PLATFORM=offscreen`` in the environment (:mod:`mentee_desktop.ui.export.pdf_job`).

It imports only what drawing needs: QtGui, the PDF module and the fonts, no store and no
widgets.
"""

from __future__ import annotations

import sys

#: the argument that makes the bundle's executable this process (packaging/pyinstaller)
BUNDLE_ARGUMENT = "--pdf-child"
PROG = "mentee-desktop pdf"


def main() -> int:
    from mentee_desktop.agenda.pdf import PdfDocument, render_document

    try:
        document = PdfDocument.from_json(sys.stdin.buffer.read())
    except (ValueError, UnicodeDecodeError) as exc:  # json's errors are ValueErrors
        print(f"{PROG}: not a document: {exc}", file=sys.stderr)
        return 2
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([PROG])  # noqa: F841 (the PDF writer and fonts need it alive)
    try:
        data = render_document(document)
    except OSError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    try:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    except OSError as exc:  # the window went away (a broken pipe)
        print(f"{PROG}: cannot hand the PDF over: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
