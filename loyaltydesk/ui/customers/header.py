"""The customer card at the top of the page: who, where on the ladder, worth, last and next
contact, keep-in-touch state, how to reach them, and the big actions."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from loyaltydesk import formats
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.domain.personal import KeptFields, day_parts
from loyaltydesk.domain.rhythm import GapState
from loyaltydesk.services import figures
from loyaltydesk.services.customer_card import CustomerCard, LastContact
from loyaltydesk.services.followups import FollowUpRow
from loyaltydesk.services.rhythm import CustomerRhythm
from loyaltydesk.translations import QT_TRANSLATE_NOOP
from loyaltydesk.ui.customers.formatting import count_text, day_text, stage_label, tr
from loyaltydesk.ui.customers.links import ContactLink, CopyableText, mail_url, phone_url, web_url
from loyaltydesk.ui.followups.formatting import kind_label
from loyaltydesk.ui.widgets.flow_layout import FlowLayout
from loyaltydesk.ui.widgets.marks import gap_icon, gap_sheet, money_text
from loyaltydesk.ui.widgets.palette_sheet import dress_with_palette

# The big actions: the window's customer commands hold these keys (Customer menu).
ACTIONS = (("log_contact", QT_TRANSLATE_NOOP("CustomerHeader", "Log contact"), "Ctrl+L"),
           ("record_purchase", QT_TRANSLATE_NOOP("CustomerHeader", "Record purchase"),
            "Ctrl+Shift+P"),
           ("plan_next_step", QT_TRANSLATE_NOOP("CustomerHeader", "Plan next step"),
            "Ctrl+Shift+N"),
           ("move_stage", QT_TRANSLATE_NOOP("CustomerHeader", "Move stage"), "Ctrl+Shift+M"))

_HOW = {"call": QT_TRANSLATE_NOOP("Customers", "call"),
        "phone": QT_TRANSLATE_NOOP("Customers", "call"),
        "email": QT_TRANSLATE_NOOP("Customers", "email"),
        "meeting": QT_TRANSLATE_NOOP("Customers", "meeting"),
        "visit": QT_TRANSLATE_NOOP("Customers", "visit"),
        "event": QT_TRANSLATE_NOOP("Customers", "event"),
        "message": QT_TRANSLATE_NOOP("Customers", "message")}


def rhythm_source_text(current: CustomerRhythm) -> str:
    if current.source == "customer":
        return tr("set for this customer")
    if current.source.startswith("tag "):
        return tr("from the tag “%s”") % current.source.removeprefix("tag ")
    return tr("from the stage")


def rhythm_summary(current: CustomerRhythm) -> str:
    return (tr("Now ideally every {ideal} days, at most every {most} ({source}).")
            .format(ideal=current.rhythm.ideal_days, most=current.rhythm.max_days,
                    source=rhythm_source_text(current)))


def rhythm_state_text(current: CustomerRhythm) -> str:
    days = (figures.today() - current.last_contact).days
    gap = count_text(days, "{n} day without contact", "{n} days without contact")
    if current.state is GapState.RED:
        return tr("Red: %s, past the longest gap") % gap
    if current.state is GapState.AMBER:
        return tr("Amber: %s, past the ideal gap") % gap
    return tr("In touch: %s; amber from %s") % (gap, day_text(current.amber_on))


def last_contact_text(last: LastContact | None) -> str:
    """'9 days ago, call'."""
    if last is None:
        return tr("No contact yet")
    how = QCoreApplication.translate("Customers", _HOW.get(last.how, last.how))
    return f"{formats.ago(last.at)}, {how}"


def next_step_text(step: FollowUpRow | None) -> str:
    """'Thu 10 Dec 10:00, survey'; 'No next step'."""
    if step is None:
        return tr("No next step")
    local = formats.local(step.remind_at)
    late = tr(" (overdue)") if local.date() < formats.today() else ""
    return (f"{formats.weekday_day(local.date())} {formats.time(step.remind_at)}, "
            f"{kind_label(step.kind).lower()}{late}")


def _key_text(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


class CustomerHeader(QFrame):
    """Plain-text labels only: every value here may come from what a user typed."""

    move_stage_requested = Signal()
    plan_next_step_requested = Signal()
    log_contact_requested = Signal()
    record_purchase_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer_card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        # as tall as its wrapped lines need: the tabs below give way on a short screen
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.name = self._label(self.tr("Customer name"), scale=1.5, bold=True)
        self.company = self._label(self.tr("Company"), scale=1.1)
        self.stage = self._label(self.tr("Stage"))
        self.stage.setObjectName("stage_chip")
        self.figures = self._label(self.tr("Lifetime value and purchases"), bold=True)
        self.days = self._label(self.tr("Birthday and anniversary"))
        self.last_contact = self._label(self.tr("Last contact"))
        self.next_step = self._label(self.tr("Next step"))
        self.plan_button = QPushButton(self.tr("Plan…"))
        self.plan_button.setAccessibleName(self.tr("Plan the next step"))
        self.plan_button.clicked.connect(self.plan_next_step_requested)
        self.rhythm_icon = QLabel()
        self.rhythm = self._label(self.tr("Keep-in-touch state"))
        self.owner_tags = self._label(self.tr("Owner and tags"))
        self.email = ContactLink(self.tr("Email"), mail_url)
        self.phone = ContactLink(self.tr("Phone"), phone_url)
        self.website = ContactLink(self.tr("Website"), web_url)
        self.address = CopyableText(self.tr("Address"))
        self.buttons: dict[str, QPushButton] = {}
        self._build()

    def _build(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 10, 12, 10)
        grid.setVerticalSpacing(4)
        # a long rung and its date wrap under each other on a narrow card, rather than cut
        self.stage.setWordWrap(True)
        grid.addWidget(self.name, 0, 0, 1, 3)
        grid.addWidget(self.stage, 0, 3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.company, 1, 0, 1, 4)
        grid.addWidget(self.figures, 2, 0, 1, 4)
        grid.addWidget(self.days, 3, 0, 1, 4)
        grid.addWidget(self.last_contact, 6, 0, 1, 4)
        step = QHBoxLayout()
        step.addWidget(self.next_step, 1)
        step.addWidget(self.plan_button)
        grid.addLayout(step, 7, 0, 1, 4)
        rhythm = QHBoxLayout()
        rhythm.addWidget(self.rhythm_icon)
        rhythm.addWidget(self.rhythm, 1)
        grid.addLayout(rhythm, 8, 0, 1, 4)
        grid.addWidget(self.owner_tags, 9, 0, 1, 4)
        links = FlowLayout()
        for link in (self.email, self.phone, self.website):
            links.addWidget(link)
        grid.addLayout(links, 10, 0, 1, 4)
        grid.addWidget(self.address, 11, 0, 1, 4)
        actions = FlowLayout(columns=2)  # two rows of two when the words are long
        signals = {"log_contact": self.log_contact_requested,
                   "record_purchase": self.record_purchase_requested,
                   "plan_next_step": self.plan_next_step_requested,
                   "move_stage": self.move_stage_requested}
        for key, text, shortcut in ACTIONS:
            button = QPushButton(f"{self.tr(text)}\n{_key_text(shortcut)}")
            button.setObjectName(f"card_{key}")
            button.setAccessibleName(self.tr(text))
            button.setToolTip(f"{self.tr(text)} ({_key_text(shortcut)})")
            button.setMinimumHeight(44)
            button.clicked.connect(signals[key])
            self.buttons[key] = button
            actions.addWidget(button)
        grid.addLayout(actions, 12, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.move_button = self.buttons["move_stage"]

    def _label(self, name: str, scale: float = 1.0, bold: bool = False) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setAccessibleName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        if scale != 1.0 or bold:
            font = QFont(label.font())
            font.setPointSizeF(font.pointSizeF() * scale)
            font.setBold(bold)
            label.setFont(font)
        return label

    @staticmethod
    def _chip_style(palette: QPalette) -> str:
        back = palette.color(QPalette.ColorRole.Highlight)
        text = palette.color(QPalette.ColorRole.HighlightedText)
        return (f"background: {back.name()}; color: {text.name()}; border-radius: 9px; "
                "padding: 2px 10px;")

    def show_new(self) -> None:
        self.name.setText(self.tr("New customer"))
        self.stage.setText(self.tr("Starts as %s, the first rung of the ladder")
                           % stage_label(Stage.SUSPECT))
        self.stage.setStyleSheet("")
        for label in (self.company, self.rhythm, self.figures, self.rhythm_icon,
                      self.last_contact, self.next_step, self.owner_tags, self.days):
            label.clear()
        self.days.hide()
        for link in (self.email, self.phone, self.website, self.address):
            link.set_value("")
        self.rhythm.setStyleSheet("")
        self.plan_button.hide()
        for button in self.buttons.values():
            button.hide()
        self._speak(self.name.text())

    def show_card(self, card: CustomerCard) -> None:
        record, details = card.record, card.record.details
        self.name.setText(record.display_name)
        self.company.setText(details.company if details.name and details.company else "")
        self.company.setVisible(bool(self.company.text()))
        self.stage.setText(tr("{stage} · since {day}").format(
            stage=stage_label(record.stage), day=formats.day(record.stage_since)))
        dress_with_palette(self.stage, self._chip_style)
        self.figures.setText(" · ".join([
            tr("LTV (3 years) %s") % money_text(record.ltv_cents),
            count_text(record.purchase_count, "{n} purchase", "{n} purchases")]))
        self.days.setText(personal_days_text(record.kept))
        self.days.setVisible(bool(self.days.text()))
        self.last_contact.setText(tr("Last contact: %s") % last_contact_text(card.last_contact))
        self.next_step.setText(tr("Next step: %s") % next_step_text(card.next_step)
                               if card.next_step else tr("No next step"))
        self.plan_button.setVisible(card.next_step is None)
        self._show_rhythm(card.rhythm)
        extra = [tr("Owner: %s") % details.owner if details.owner else tr("No owner")]
        if details.tags:
            extra.append(tr("Tags: %s") % ", ".join(details.tags))
        if record.last_score is not None:
            extra.append(tr("last score %d/10") % record.last_score)
        self.owner_tags.setText(" · ".join(extra))
        self.email.set_value(details.email)
        self.phone.set_value(details.phone)
        self.website.set_value(details.website)
        self.address.set_value(details.postal_address())
        for button in self.buttons.values():
            button.show()
            button.setEnabled(record.deleted_at is None)
        self._speak(record.display_name, stage_label(record.stage), self.rhythm.text())

    def _speak(self, *summary: str) -> None:
        """A screen reader reads the card as one line ('Agnès Andersen, First purchase, Red:
        …'), and each label's value after its name."""
        self.setAccessibleName(", ".join(part for part in summary if part))
        for label in (self.name, self.company, self.stage, self.figures, self.days,
                      self.last_contact, self.next_step, self.rhythm, self.owner_tags):
            label.setAccessibleDescription(label.text())

    def _show_rhythm(self, current: CustomerRhythm) -> None:
        self.rhythm.setText(rhythm_state_text(current))
        dress_with_palette(self.rhythm, partial(gap_sheet, current.state))
        self.rhythm_icon.setPixmap(gap_icon(current.state).pixmap(12, 12))
        self.rhythm_icon.setVisible(current.state is not GapState.OK)


def personal_day_text(text: str) -> str:
    """A stored birthday or anniversary in the locale's words ("12 April" without a year)."""
    year, month, day = day_parts(text)
    locale = QLocale()
    if year is None:
        return locale.toString(QDate(2000, month, day), tr("d MMMM"))
    return locale.toString(QDate(year, month, day), QLocale.FormatType.LongFormat)


def personal_days_text(kept: KeptFields) -> str:
    parts = []
    if kept.birthday:
        parts.append(tr("Birthday: %s") % personal_day_text(kept.birthday))
    if kept.anniversary:
        parts.append(tr("Anniversary: %s") % personal_day_text(kept.anniversary))
    return " · ".join(parts)
