"""One PDF rendered in a child process (:mod:`mentee_desktop.pdf_child`) while the window's
event loop keeps turning.

Laying out and painting a long agenda takes Qt 50 to 200 ms and more; in a thread beside the
window PySide still holds Python's lock for each Qt call of the layout, so the window stalled
anyway. A child process has its own interpreter. The window hands it the plain values
(:class:`~mentee_desktop.agenda.pdf.PdfDocument`) as JSON on its standard input and reads
the PDF from its standard output through QProcess's signals; nothing here waits, except
:meth:`PdfJob.finish_now` when the window closes.

When the child cannot start, crashes, takes longer than :data:`TIMEOUT_MS` or hands back
something that is not a PDF, the document is rendered here on the window's thread, as before
the child existed, with a warning (and the child's standard error) in the log.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QTimer, Signal

import mentee_desktop
from mentee_desktop.agenda.pdf import PdfDocument

log = logging.getLogger(__name__)

CHILD_MODULE = "mentee_desktop.pdf_child"
TIMEOUT_MS = 60_000
#: how much of the child's standard error goes into the log
STDERR_LOGGED = 4000


def child_command() -> list[str]:
    """How the child starts: this interpreter with ``-m``, or the bundle's own executable with
    its hidden argument (packaging/pyinstaller/launcher.py)."""
    if getattr(sys, "frozen", False):
        from mentee_desktop.pdf_child import BUNDLE_ARGUMENT

        return [sys.executable, BUNDLE_ARGUMENT]
    return [sys.executable, "-m", CHILD_MODULE]


def looks_like_pdf(data: bytes) -> bool:
    return data.startswith(b"%PDF-") and b"%%EOF" in data[-64:]


class PdfJob(QObject):
    """Render ``document``; :attr:`rendered` carries the PDF (from the child or, when that
    failed, rendered here), :attr:`failed` a short reason when even that failed (empty for a
    bug, which is logged with its traceback). Exactly one of them is emitted, once."""

    rendered = Signal(bytes)
    failed = Signal(str)

    def __init__(
        self,
        document: PdfDocument,
        parent: QObject | None = None,
        *,
        command: list[str] | None = None,
        timeout_ms: int = TIMEOUT_MS,
        render_here: Callable[[PdfDocument], bytes] | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.command = command or child_command()
        self.render_here = render_here
        self.done = False
        #: "child" or "window": where the PDF was made (for tests and the log)
        self.made_by = ""
        self.started_at = 0.0
        self.process = QProcess(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_ms)
        self.process.started.connect(self._send)
        self.process.errorOccurred.connect(self._error)
        self.process.finished.connect(self._finished)
        self.timer.timeout.connect(self._timed_out)

    def start(self) -> None:
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert("QT_QPA_PLATFORM", "offscreen")  # never a window, never a display
        self.process.setProcessEnvironment(environment)
        if not getattr(sys, "frozen", False):
            # ``-m`` finds the module in the working folder first: this very copy of the app
            self.process.setWorkingDirectory(str(Path(mentee_desktop.__file__).parent.parent))
        self.process.setProgram(self.command[0])
        self.process.setArguments(self.command[1:])
        self.started_at = time.perf_counter()
        self.timer.start()
        self.process.start()

    def finish_now(self, wait_ms: int = 3000) -> None:
        """Bring the job to its end now (the window closes): wait up to ``wait_ms`` for the
        child, else stop it and render here; either way :attr:`rendered` or :attr:`failed`
        has been emitted when this returns."""
        if self.done:
            return
        if self.process.state() != QProcess.ProcessState.NotRunning:
            self.process.waitForFinished(wait_ms)  # delivers finished() on the way
        if not self.done:
            self._fall_back(f"the window closes and the child did not finish in {wait_ms} ms")

    # ----- the child's signals
    def _send(self) -> None:
        self.process.write(self.document.to_json().encode("utf-8"))
        self.process.closeWriteChannel()  # after the buffered bytes are written

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and not self.done:
            self._fall_back(f"the child could not start ({self.process.errorString()})")
        # every other error (a crash, a broken pipe) is followed by finished()

    def _finished(self, exit_code: int, exit_status: QProcess.ExitStatus) -> None:
        if self.done:
            return
        data = bytes(self.process.readAllStandardOutput().data())
        if exit_status == QProcess.ExitStatus.NormalExit and exit_code == 0:
            if looks_like_pdf(data):
                self._deliver(data, "child")
                return
            self._fall_back(f"the child's output is not a PDF ({len(data)} bytes)")
        elif exit_status == QProcess.ExitStatus.CrashExit:
            self._fall_back("the child crashed")
        else:
            self._fall_back(f"the child ended with exit code {exit_code}")

    def _timed_out(self) -> None:
        if not self.done:
            self._fall_back(f"the child took longer than {self.timer.interval() / 1000:g} s")

    # ----- the end
    def _stop_child(self) -> str:
        """Stop the child if it still runs; returns what it wrote on standard error."""
        self.timer.stop()
        if self.process.state() != QProcess.ProcessState.NotRunning:
            self.process.kill()
            self.process.waitForFinished(1000)
        stderr = bytes(self.process.readAllStandardError().data())
        return stderr.decode("utf-8", "replace").strip()[-STDERR_LOGGED:]

    def _deliver(self, data: bytes, made_by: str) -> None:
        self.done = True
        self.made_by = made_by
        self._stop_child()
        log.info(
            "PDF of %d bytes made by the %s in %.0f ms",
            len(data),
            made_by,
            (time.perf_counter() - self.started_at) * 1000,
        )
        self.rendered.emit(data)

    def _fall_back(self, why: str) -> None:
        from mentee_desktop.agenda import pdf

        self.done = True
        stderr = self._stop_child()
        log.warning(
            "rendering the PDF in the window instead: %s; command %s; its standard error: %s",
            why,
            self.command,
            stderr or "(empty)",
        )
        try:
            data = (self.render_here or pdf.render_document)(self.document)
        except OSError as exc:
            log.warning("the PDF could not be rendered: %s", exc)
            self.made_by = "window"
            self.failed.emit(str(exc))
            return
        except Exception:
            log.exception("rendering the PDF failed (a bug)")
            self.made_by = "window"
            self.failed.emit("")
            return
        self._deliver(data, "window")
