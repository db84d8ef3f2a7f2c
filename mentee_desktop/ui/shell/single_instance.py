"""One window per data folder: a second launch asks the first to show itself, then exits.

The first instance holds the data folder's lock (released by the OS on any exit, even
SIGKILL) and listens on a local socket named after a hash of the folder. Because only the
lock holder listens, a socket file left behind by a crash is simply removed and replaced.
Where the lock cannot be taken (no ``fcntl``, read-only folder), the socket alone decides:
a failed connection means nobody is listening, so the stale name is removed.

The lock decides without QtNetwork, so the app can take the folder, paint its window and
only then start listening (:meth:`SingleInstance.listen`); a second launch in between keeps
trying to connect for a few seconds. QtNetwork is imported only where a socket is used.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from mentee_desktop.data.folder_lock import FolderLock, lock_data_folder

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

SHOW_REQUEST = b"show\n"
#: after the show request, one line per file to open: ``open <absolute path>``
OPEN_PREFIX = b"open "


def open_request(files: list[Path]) -> bytes:
    """The show request, then one ``open`` line per file (paths never hold a newline)."""
    lines = [
        OPEN_PREFIX + os.fsencode(str(Path(f).absolute())) for f in files if "\n" not in str(f)
    ]
    return SHOW_REQUEST + b"".join(line + b"\n" for line in lines)


def opened_files(request: bytes) -> list[Path]:
    """The files named in a request (see :func:`open_request`)."""
    return [
        Path(os.fsdecode(line[len(OPEN_PREFIX) :]))
        for line in request.split(b"\n")[1:]
        if line.startswith(OPEN_PREFIX) and len(line) > len(OPEN_PREFIX)
    ]


def server_name(data_dir: Path) -> str:
    """A socket name unique to this user and folder, short enough for any platform."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    key = f"{user}:{Path(data_dir).absolute().resolve()}".encode()
    return f"mentee-desktop-{hashlib.sha256(key).hexdigest()[:24]}"


class SingleInstance(QObject):
    """Decides whether this process is the window for ``data_dir``."""

    #: another launch asked this window to show itself
    show_requested = Signal()
    #: another launch was given files to open (calendar invitations), as a list of Paths
    files_received = Signal(list)

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.name = server_name(self.data_dir)
        self._lock: FolderLock | None = None
        self._server: QLocalServer | None = None

    @property
    def is_primary(self) -> bool:
        return self._server is not None or self._lock is not None

    @property
    def lock_problem(self) -> str | None:
        """Why the folder's lock could not be taken: the window must then open read-only."""
        if self._lock is None or self._lock.exclusive:
            return None
        return self._lock.problem

    def become_primary(self, *, listen: bool = True) -> bool:
        """Take the folder (and listen, unless ``listen`` is False: then call :meth:`listen`
        later); False when another instance already has it."""
        lock = lock_data_folder(self.data_dir) if self.data_dir.is_dir() else FolderLock(None)
        if lock is None:
            return False
        if not lock.exclusive and self._connect(wait_ms=300) is not None:
            return False
        self._lock = lock
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Start answering other launches (once; only after :meth:`become_primary`)."""
        if self._lock is None or self._server is not None:
            return
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)  # a stale name from a crash; nobody listens
        server = QLocalServer()  # no parent: released explicitly, never deleted mid-event
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("cannot listen on %s: %s", self.name, server.errorString())
            return  # still the window for this folder; a second launch just cannot reach it
        server.newConnection.connect(self._accept)
        self._server = server

    def ask_primary_to_show(self, timeout: float = 5.0, files: list[Path] = ()) -> bool:
        """Ask the running instance to raise its window; True when the request was sent.

        The first instance may still be starting (it holds the lock before it listens), so
        connecting is retried until ``timeout`` seconds have passed. ``files`` are handed over
        to be opened there.
        """
        deadline = time.monotonic() + timeout
        while True:
            socket = self._connect(wait_ms=500)
            if socket is not None:
                socket.write(open_request(list(files)))
                sent = socket.waitForBytesWritten(1000)
                socket.disconnectFromServer()
                if socket.state() != socket.LocalSocketState.UnconnectedState:
                    socket.waitForDisconnected(1000)
                return sent
            if time.monotonic() > deadline:
                return False
            time.sleep(0.1)

    def release(self) -> None:
        """Stop listening and drop the folder's lock (at quit)."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _connect(self, wait_ms: int) -> QLocalSocket | None:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if socket.waitForConnected(wait_ms):
            return socket
        socket.abort()
        return None

    def _accept(self) -> None:
        """Read each request at once (a launch writes it right after connecting)."""
        while self._server is not None and self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            if connection.bytesAvailable() or connection.waitForReadyRead(1000):
                request = bytes(connection.readAll().data())
                while len(request) < 64_000 and connection.waitForReadyRead(50):
                    request += bytes(connection.readAll().data())
                if request.startswith(SHOW_REQUEST.strip()):
                    log.info("another launch asked to show the window")
                    self.show_requested.emit()
                    if files := opened_files(request):
                        self.files_received.emit(files)
            connection.disconnectFromServer()
            connection.deleteLater()
