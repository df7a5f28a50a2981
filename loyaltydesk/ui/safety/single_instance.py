"""One window per data folder: a second launch brings the first window forward and exits."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QWidget

from loyaltydesk.services import folder_lock
from loyaltydesk.services.folder_lock import FolderLock
from loyaltydesk.ui.widgets.first_paint import after_first_paint

if TYPE_CHECKING:  # QtNetwork loads when first needed, not before the window paints
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE = b"activate\n"


def server_name(folder: Path) -> str:
    digest = hashlib.sha256(os.fsencode(folder.expanduser().resolve())).hexdigest()[:16]
    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    return f"loyaltydesk-{user}-{digest}"


class SingleInstance(QObject):
    """Holds the folder's lock and answers later launches; `activated` when one knocks."""

    activated = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(folder)
        self.folder = folder
        self.lock = FolderLock(folder)
        self.server: QLocalServer | None = None

    def claim(self, listen: bool = True) -> bool:
        """True when this program is the first on the folder; False when another one is.

        Without `listen`, later launches are answered once `watch` has a window on screen;
        until then they keep knocking, as for a program still starting.
        """
        try:
            first = self.lock.acquire()
        except OSError:
            first = True  # nowhere to keep a lock (read-only everywhere): run unguarded
        if not first:
            return False
        folder_lock.register(self.folder, self.lock)  # the window's writes go on under it
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        # We hold the lock, so a socket left by a crashed run is stale: remove it.
        QLocalServer.removeServer(self.name)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._answer)
        self.server.listen(self.name)

    def _answer(self) -> None:
        while self.server and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(ACTIVATE.strip()):
            self.activated.emit()

    def knock(self, attempts: int = 20) -> bool:
        """Ask the first program to come forward; False if it never answered."""
        from PySide6.QtNetwork import QLocalSocket

        for _ in range(attempts):
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(250):
                socket.write(ACTIVATE)
                socket.waitForBytesWritten(1000)
                socket.disconnectFromServer()
                return True
            QThread.msleep(100)  # the first program may still be starting up
        return False

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        folder_lock.unregister(self.folder)
        self.lock.release()

    def watch(self, window: QWidget) -> None:
        """Bring `window` forward whenever a later launch knocks."""
        self.activated.connect(lambda: bring_forward(window))
        if self.server is None:
            after_first_paint(window, self.listen)


def bring_forward(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
