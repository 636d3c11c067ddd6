"""One storeapp per user and data folder: a second launch brings the running window forward.

Two copies writing the same journal would serialise fine in SQLite, but two windows on one PC
confuse people (which one did I sign in on?) and double the sync load. The first instance
listens on a local socket (a named pipe on Windows) named after the data folder; a later launch
connects, says "activate", and exits.
"""

from __future__ import annotations

import getpass
import hashlib
import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"


def server_name(data_dir: str) -> str:
    """Stable per user and data folder, short enough for every platform's socket path."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name (odd containers): the folder alone is enough
        user = "user"
    digest = hashlib.sha256(f"{user}\0{data_dir}".encode()).hexdigest()[:16]
    return f"storeapp-{digest}"


class SingleInstance(QObject):
    """`claim()` True: we are the first (and now listen). False: another one runs and was asked
    to come forward; this process should exit."""

    activation_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server: QLocalServer | None = None

    def notify_running(self, timeout_ms: int = 500) -> bool:
        """True when another instance answers (it was asked to come forward): exit then.

        Works before QApplication exists (blocking waits need no event loop), so a second
        launch leaves before loading anything heavy."""
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if not probe.waitForConnected(timeout_ms):
            return False
        probe.write(ACTIVATE)
        probe.flush()
        probe.waitForBytesWritten(timeout_ms)
        probe.disconnectFromServer()
        log.info("storeapp already runs for this data folder; asked it to come forward")
        return True

    def listen(self) -> bool:
        """Become the instance others find. Needs the QApplication (the server is driven by
        its event loop). False only if the name could not be taken."""
        # Nobody answered: a socket file left by a crashed instance would block listen().
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("single-instance guard could not listen: %s", server.errorString())
            return False
        server.newConnection.connect(self._connection)
        self.server = server
        return True

    def claim(self, timeout_ms: int = 500) -> bool:
        """Both steps at once (when the QApplication already exists): True when we are first."""
        if self.notify_running(timeout_ms):
            return False
        self.listen()
        return True

    def _connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(ACTIVATE.strip()):
            self.activation_requested.emit()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None


def bring_forward(window) -> None:  # a QWidget
    """Show, un-minimise and raise the window (the OS may still refuse focus stealing)."""
    from PySide6.QtCore import Qt

    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
