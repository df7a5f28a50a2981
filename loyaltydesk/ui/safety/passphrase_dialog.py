"""Asking for a passphrase: the one that opens the data, or a new one typed twice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.services import passphrases
from loyaltydesk.ui.theme import use_font
from loyaltydesk.ui.widgets.ctrl_enter import save_on_ctrl_enter

MIN_LENGTH = 8


class PassphraseDialog(QDialog):
    """`new=False`: the passphrase that opens the data; `new=True`: a new one, typed twice."""

    def __init__(self, message: str, *, new: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new = new
        self.setWindowTitle(self.tr("New Passphrase") if new else self.tr("Passphrase"))
        text = QLabel(message)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        self.passphrase = self._field(self.tr("Passphrase"))
        self.again = self._field(self.tr("Passphrase again"))
        self.remember = QCheckBox(self.tr("&Remember it in the system keyring"))
        self.remember.setAccessibleName(self.tr("Remember the passphrase in the system keyring"))
        self.remember.setEnabled(passphrases.keyring_available())
        if not self.remember.isEnabled():
            self.remember.setToolTip(self.tr("No system keyring is available"))
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem with the passphrase"))
        use_font(self.error, 1.0, bold=True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        if new:
            form.addRow(self.tr("&Again:"), self.again)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept_if_valid)
        save_on_ctrl_enter(self, self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        return field

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def problem(self) -> str | None:
        text = self.passphrase.text()
        if not text:
            return self.tr("Type the passphrase.")
        if "\x00" in text:
            return self.tr("A passphrase cannot hold a NUL character.")
        if self.new and len(text) < MIN_LENGTH:
            return self.tr("Use at least %d characters.") % MIN_LENGTH
        if self.new and text != self.again.text():
            return self.tr("The two passphrases differ.")
        return None

    def _accept_if_valid(self) -> None:
        found = self.problem()
        if found:
            self.show_error(found)
            return
        self.accept()

    def value(self) -> str:
        return self.passphrase.text()
