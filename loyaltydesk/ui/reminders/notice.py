"""Saying that follow-ups are due: the words, and the notice shown inside the window."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.built_in import shown
from loyaltydesk.services.reminders import Catching
from loyaltydesk.ui.followups.formatting import tr, when_text
from loyaltydesk.ui.reminders.timer import Notice
from loyaltydesk.ui.theme import GAP, SPACE


def notice_text(notice: Notice) -> tuple[str, str]:
    """The title and a one-line body of a reminder, naming the first customers and counting
    the rest."""
    why = {Catching.LIVE: "",
           Catching.SINCE_CLOSED: tr("fell due while LoyaltyDesk was closed"),
           Catching.SINCE_AWAY: tr("fell due while you were away")}[notice.catching]
    if notice.total == 1:
        f = notice.followups[0]
        when = when_text(f.remind_at) + (f" ({why})" if why else "")
        return (tr("Follow-up due: %1").replace("%1", f.customer_name),
                f"{shown(f.title)} · {when}")
    count = str(notice.total)
    title = (tr("%1 follow-ups %2").replace("%2", why) if why
             else tr("%1 follow-ups are due")).replace("%1", count)
    names = list(dict.fromkeys(f.customer_name for f in notice.followups))[:2]
    rest = notice.total - len(names)
    body = ", ".join(names)
    if rest > 0:
        body = tr("%1 and %2 more").replace("%1", body).replace("%2", str(rest))
    return title, body


class NoticeBar(QToolBar):
    """A reminder shown as a bar along the bottom of the window, for desktops with no tray.

    It takes its own room (it never covers a form or its buttons), never takes the focus from
    what the user is typing, and stays until dismissed or replaced by the next reminder.
    """

    show_today = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(tr("Reminder"), window)
        self.setObjectName("ReminderNotice")
        self.setAccessibleName(tr("Reminder"))
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.body = QLabel()
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton(tr("Show &Today"))
        self.open_button.setAccessibleName(tr("Show today's follow-ups"))
        self.open_button.clicked.connect(self._open)
        self.dismiss_button = QPushButton(tr("Dis&miss"))
        self.dismiss_button.clicked.connect(self.hide)
        # the title over the names: side by side, long names in large fonts would widen the
        # window past the screen
        self.body.setWordWrap(True)
        words = QVBoxLayout()
        words.setSpacing(0)
        words.addWidget(self.title)
        words.addWidget(self.body)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(SPACE, 2, SPACE, 2)
        layout.setSpacing(GAP)
        layout.addLayout(words, 1)
        layout.addWidget(self.dismiss_button)
        layout.addWidget(self.open_button)
        self.addWidget(row)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.hide,
                  Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self)
        self.hide()

    def present(self, title: str, body: str) -> None:
        self.title.setText(title)
        self.body.setText(body)
        self.show()

    def _open(self) -> None:
        self.hide()
        self.show_today.emit()
