"""A customer's follow-ups: what is planned, what was done, skipped or snoozed, and when; the
selected one is done, snoozed, rescheduled or skipped with the same keys and forms as Today."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.built_in import shown
from loyaltydesk.domain.followups import Status
from loyaltydesk.services import followups
from loyaltydesk.services.followups import FollowUpRow
from loyaltydesk.ui.customers.formatting import count_text, moment_time_text, plain_tooltip, tr
from loyaltydesk.ui.followups.actions import FollowUpActions
from loyaltydesk.ui.widgets.action_row import ActionRow

_FOLLOWUP_ID = Qt.ItemDataRole.UserRole + 1
_ACTIONS = {"scheduled": "Scheduled", "raised": "Reminder shown", "snoozed": "Snoozed until",
            "rescheduled": "Moved to", "done": "Done", "skipped": "Skipped",
            "dropped": "Moved to the trash", "restored": "Restored"}


def _status_text(row: FollowUpRow) -> str:
    if row.status is Status.DONE:
        return tr("Done %s") % moment_time_text(row.completed_at) if row.completed_at \
            else tr("Done")
    if row.status is Status.SKIPPED:
        return tr("Skipped %s") % moment_time_text(row.completed_at) if row.completed_at \
            else tr("Skipped")
    if row.snoozed_until is not None:
        return tr("Snoozed until %s") % moment_time_text(row.snoozed_until)
    return tr("Open")


def _event_detail(action: str, detail: str) -> str:
    if action in ("snoozed", "rescheduled") and detail:
        try:
            return moment_time_text(datetime.fromisoformat(detail))
        except ValueError:
            return detail
    return detail


class FollowUpsPanel(QWidget):
    """Two groups: planned (soonest first) and past (latest first); each opens its history."""

    plan_next_step_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Follow-ups of this customer"))
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Follow-up"), self.tr("Status")])
        self.tree.setUniformRowHeights(True)
        self.tree.itemExpanded.connect(self._expanded)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel()
        self.plan_button = QPushButton(self.tr("Plan next step"))
        self.plan_button.setAccessibleName(self.tr("Plan the next step"))
        self.plan_button.setToolTip(self.tr("A keep-in-touch follow-up before the ideal gap "
                                            "runs out (Ctrl+Shift+N)"))
        self.plan_button.clicked.connect(self.plan_next_step_requested)
        self._rows: dict[int, FollowUpRow] = {}
        self._customer_id: int | None = None
        self._stale = False  # the list waits to be filled for the customer shown
        self._chosen: FollowUpRow | None = None  # chosen before the list was filled again
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("What the last action did"))
        self.followup_actions = FollowUpActions(self.tree, self.current, lambda _id: None,
                                       self.message.setText, self._popup_at)
        self.tree.currentItemChanged.connect(lambda *_: self.followup_actions.update_enabled())
        bar = ActionRow(self.tr("Follow-up actions"))  # wraps rather than hide an action
        actions = self.followup_actions
        bar.add_actions([actions.done, actions.snooze_action, actions.reschedule, actions.skip])
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.plan_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(bar)
        layout.addWidget(self.tree)
        layout.addWidget(self.message)

    def _popup_at(self):
        item = self.tree.currentItem()
        rect = self.tree.visualItemRect(item) if item else self.tree.rect()
        return self.tree.viewport().mapToGlobal(rect.bottomLeft())

    def current(self) -> FollowUpRow | None:
        """The follow-up chosen in the list (or the one whose history line is chosen)."""
        self._fill_if_stale()
        item = self.tree.currentItem()
        while item is not None and item.data(0, _FOLLOWUP_ID) is None:
            item = item.parent()
        return self._rows.get(item.data(0, _FOLLOWUP_ID)) if item is not None else None

    def select_followup(self, followup_id: int) -> bool:
        self._fill_if_stale()
        for top in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(top)
            assert group is not None  # the index is below the count
            for child in range(group.childCount()):
                item = group.child(child)
                if item is not None and item.data(0, _FOLLOWUP_ID) == followup_id:
                    self.tree.setCurrentItem(item)
                    return True
        return False

    def show_customer(self, customer_id: int | None) -> None:
        """Show the customer's follow-ups: now if the panel is in sight, else when it comes
        into sight (a long-standing client has hundreds, and the page opens on its details)."""
        if customer_id != self._customer_id:
            self.message.clear()
            self._chosen = None
        elif not self._stale:
            self._chosen = self.current()
        self._customer_id = customer_id
        self._stale = True
        if self.isVisible():
            self._fill_if_stale()

    def showEvent(self, event) -> None:  # Qt's name
        self._fill_if_stale()
        super().showEvent(event)

    def _fill_if_stale(self) -> None:
        if not self._stale:
            return
        self._stale = False
        chosen, self._chosen = self._chosen, None
        customer_id = self._customer_id
        self.tree.clear()
        rows = followups.followups_of(customer_id) if customer_id is not None else []
        self._rows = {r.id: r for r in rows}
        planned = [r for r in rows if r.status is Status.OPEN]
        past = sorted((r for r in rows if r.status is not Status.OPEN),
                      key=lambda r: r.completed_at or r.remind_at, reverse=True)
        self.plan_button.setEnabled(customer_id is not None and not planned)
        self.summary.setText(count_text(len(planned), "{n} follow-up planned",
                                        "{n} follow-ups planned") if planned
                             else self.tr("Nothing planned"))
        for title, group in ((count_text(len(planned), "Planned ({n})", "Planned ({n})"),
                              planned),
                             (count_text(len(past), "Done or skipped ({n})",
                                         "Done or skipped ({n})"), past)):
            parent = QTreeWidgetItem(self.tree, [title])
            parent.setFirstColumnSpanned(True)
            for row in group:
                self._add(parent, row)
            parent.setExpanded(True)
        if not (chosen and self.select_followup(chosen.id)) and planned:
            self.select_followup(planned[0].id)
        self.followup_actions.update_enabled()

    def _add(self, parent: QTreeWidgetItem, row: FollowUpRow) -> None:
        item = QTreeWidgetItem(parent, [moment_time_text(row.remind_at), shown(row.title),
                                        _status_text(row)])
        item.setToolTip(1, plain_tooltip(shown(row.outcome or row.script or row.title)))
        # The history is read when the follow-up is opened: a long-standing client has many.
        item.setData(0, _FOLLOWUP_ID, row.id)
        item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)

    def _expanded(self, item: QTreeWidgetItem) -> None:
        followup_id = item.data(0, _FOLLOWUP_ID)
        if followup_id is None or item.childCount():
            return
        for at, action, detail in followups.history_of(followup_id):
            label = tr(_ACTIONS.get(action, action.capitalize()))
            text = f"{label} {_event_detail(action, detail)}".strip()
            child = QTreeWidgetItem(item, [moment_time_text(at), text])
            child.setToolTip(1, plain_tooltip(text))
        item.setChildIndicatorPolicy(
            QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicatorWhenChildless)
