"""Saying that follow-ups are due: the words, and the notice shown inside the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.services.reminders import Catching
from loyaltydesk.ui.followups.formatting import tr, when_text
from loyaltydesk.ui.reminders.timer import Notice


def notice_text(notice: Notice) -> tuple[str, str]:
    """The title and body of a reminder, naming the first follow-ups and counting the rest."""
    why = {Catching.LIVE: "",
           Catching.SINCE_CLOSED: tr("fell due while LoyaltyDesk was closed"),
           Catching.SINCE_AWAY: tr("fell due while you were away")}[notice.catching]
    if notice.total == 1:
        f = notice.followups[0]
        when = when_text(f.remind_at) + (f" ({why})" if why else "")
        return tr("Follow-up due: %1").replace("%1", f.customer_name), f"{f.title}\n{when}"
    count = str(notice.total)
    title = (tr("%1 follow-ups %2").replace("%2", why) if why
             else tr("%1 follow-ups are due")).replace("%1", count)
    lines = [f"{f.customer_name}: {f.title}" for f in notice.followups]
    if notice.total > len(notice.followups):
        lines.append(tr("and %1 more").replace("%1", str(notice.total - len(notice.followups))))
    return title, "\n".join(lines)


class NoticeBar(QFrame):
    """A reminder shown over the bottom right of the window, for desktops with no tray.

    It never takes the focus from what the user is typing; it stays until dismissed or
    replaced by the next reminder.
    """

    show_today = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("ReminderNotice")
        self.setAccessibleName(tr("Reminder"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet("#ReminderNotice { background: palette(base); "
                           "border: 1px solid palette(mid); border-radius: 6px; }")
        self.setFixedWidth(380)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold;")
        self.body = QLabel()
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setWordWrap(True)
        self.open_button = QPushButton(tr("Show &Today"))
        self.open_button.setAccessibleName(tr("Show today's follow-ups"))
        self.open_button.clicked.connect(self._open)
        self.dismiss_button = QPushButton(tr("Dis&miss"))
        self.dismiss_button.clicked.connect(self.hide)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.hide,
                  Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.installEventFilter(self)
        self.hide()

    def present(self, title: str, body: str) -> None:
        self.title.setText(title)
        self.body.setText(body)
        self.adjustSize()
        self._place()
        self.show()
        self.raise_()

    def _open(self) -> None:
        self.hide()
        self.show_today.emit()

    def _place(self) -> None:
        window = self.parentWidget()
        margin = 16
        bottom = window.height() - margin
        if isinstance(window, QMainWindow) and window.statusBar().isVisible():
            bottom = window.statusBar().geometry().top() - margin
        self.move(window.width() - self.width() - margin, bottom - self.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return super().eventFilter(watched, event)
