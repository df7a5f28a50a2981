"""The quick actions on a customer: menu entries and shortcuts that open the small dialogs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from loyaltydesk.built_in import shown
from loyaltydesk.domain.followups import Status
from loyaltydesk.services import followups, rhythm
from loyaltydesk.services.customers import CustomerError
from loyaltydesk.services.events import Change
from loyaltydesk.translations import QT_TRANSLATE_NOOP
from loyaltydesk.ui.dialogs.base import QuickDialog
from loyaltydesk.ui.dialogs.contact import LogInteractionDialog, ScheduleFollowUpDialog
from loyaltydesk.ui.dialogs.feedback import ReferralDialog, SurveyDialog, TestimonialDialog
from loyaltydesk.ui.dialogs.sale import RecordPurchaseDialog
from loyaltydesk.ui.dialogs.stage import MoveStageDialog
from loyaltydesk.ui.timeline.changes import ChangeWatcher
from loyaltydesk.ui.timeline.kinds import format_day

if TYPE_CHECKING:
    from loyaltydesk.ui.main_window import MainWindow

DialogFactory = Callable[[int, QWidget], QuickDialog]


@dataclass(frozen=True)
class QuickAction:
    key: str
    text: str
    shortcut: str
    opens: DialogFactory | None  # None: acts at once, no dialog


# The texts are marked for Qt Linguist here and translated where the actions are made.
QUICK_ACTIONS: tuple[QuickAction, ...] = (
    QuickAction("log_interaction", QT_TRANSLATE_NOOP("QuickActions", "&Log interaction…"),
                "Ctrl+L", LogInteractionDialog),
    QuickAction("record_purchase", QT_TRANSLATE_NOOP("QuickActions", "Record &purchase…"),
                "Ctrl+Shift+P", RecordPurchaseDialog),
    QuickAction("schedule_followup", QT_TRANSLATE_NOOP("QuickActions", "Schedule &follow-up…"),
                "Ctrl+Shift+F", ScheduleFollowUpDialog),
    QuickAction("plan_next_step", QT_TRANSLATE_NOOP("QuickActions", "Plan ne&xt step"),
                "Ctrl+Shift+N", None),
    QuickAction("record_survey",
                QT_TRANSLATE_NOOP("QuickActions", "Record satisfaction &survey…"),
                "Ctrl+Shift+S", SurveyDialog),
    QuickAction("add_referral", QT_TRANSLATE_NOOP("QuickActions", "Add &referral…"),
                "Ctrl+Shift+R", ReferralDialog),
    QuickAction("add_testimonial", QT_TRANSLATE_NOOP("QuickActions", "Add &testimonial…"),
                "Ctrl+Shift+T", TestimonialDialog),
    QuickAction("move_stage", QT_TRANSLATE_NOOP("QuickActions", "&Move to stage…"),
                "Ctrl+Shift+M", MoveStageDialog),
)


class QuickActions(QObject):
    """Acts on the first selected customer; every action is disabled while none is selected.

    The selection is the shown page's when that page offers `selected_customer_ids()` (a card
    on the pipeline board), else the customer list's.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("QuickActions")
        self.main_window = window
        self.actions: dict[str, QAction] = {}
        self._hooked: list[object] = []
        window.customer_menu.addSeparator()
        for spec in QUICK_ACTIONS:
            action = self._make_action(spec)
            self.actions[spec.key] = action
            window.customer_menu.addAction(action)
            window.customer_context_actions.append(action)
        window.customer_menu.aboutToShow.connect(self.update_enabled)
        # A slot of this object: Qt drops the connection when the window goes.
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # focus moves between widgets
        app.focusChanged.connect(self._focus_moved)
        watcher = ChangeWatcher((Change.CUSTOMERS,), self)
        watcher.changed.connect(self.update_enabled)
        window.data_replaced.connect(self.update_enabled)
        window.pages.currentChanged.connect(self.update_enabled)
        self.update_enabled()

    def _make_action(self, spec: QuickAction) -> QAction:
        action = QAction(self.tr(spec.text), self.main_window)
        action.setObjectName(f"quick_{spec.key}")
        action.setShortcut(QKeySequence(spec.shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if spec.opens is None:
            action.triggered.connect(self.plan_next_step)
        elif spec.opens is MoveStageDialog:
            action.triggered.connect(lambda _=False: self.open_dialog(self._undoable_move))
        else:
            action.triggered.connect(lambda _=False, s=spec: self.open_dialog(s.opens))
        return action

    def customer_id(self) -> int | None:
        ids = self.main_window.chosen_customer_ids()
        return ids[0] if ids else None

    def update_enabled(self) -> None:
        self._hook_selection()
        enabled = self.customer_id() is not None
        for action in self.actions.values():
            action.setEnabled(enabled)

    def _hook_selection(self) -> None:
        # Pages that offer a selection are built later than this object, when first shown.
        for source in (self.main_window.browser, self.main_window.selection_source()):
            if source is not None and not any(source is done for done in self._hooked):
                source.selection_changed.connect(self.update_enabled)
                self._hooked.append(source)

    def _focus_moved(self, _old: QWidget | None, _new: QWidget | None) -> None:
        # The click that moves the focus selects a row only after the focus moved.
        QTimer.singleShot(0, self, self.update_enabled)

    def _undoable_move(self, customer_id: int, parent: QWidget) -> MoveStageDialog:
        """The stage move, on the window's undo stack when the customers view offers one."""
        undo = getattr(self.main_window.browser, "undo", None)
        return MoveStageDialog(customer_id, parent,
                               mover=undo.move_stage if undo is not None else None)

    def open_dialog(self, factory: DialogFactory) -> QuickDialog | None:
        """The dialog for the selected customer, window-modal; the status bar tells the result."""
        customer_id = self.customer_id()
        if customer_id is None:
            return None
        try:
            dialog = factory(customer_id, self.main_window)
        except CustomerError as exc:
            self.main_window.statusBar().showMessage(str(exc), 8000)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(
            lambda result: self.main_window.statusBar().showMessage(dialog.summary(result), 10000))
        dialog.open()
        return dialog

    def plan_next_step(self) -> int | None:
        """One keystroke: a keep-in-touch follow-up at the ideal gap, unless one is planned."""
        customer_id = self.customer_id()
        if customer_id is None:
            return None
        planned = {f.id for f in followups.followups_of(customer_id) if f.status is Status.OPEN}
        followup_id = rhythm.plan_next_step(customer_id)
        row = followups.get_followup(followup_id)
        text = self.tr("Already planned: %1, %2") if followup_id in planned \
            else self.tr("Next step planned: %1, %2")
        self.main_window.statusBar().showMessage(
            text.replace("%1", shown(row.title)).replace("%2", format_day(row.remind_at)),
            10000)
        return followup_id

