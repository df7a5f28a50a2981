"""Encryption at rest in the window: encrypt, change the passphrase, or decrypt."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from loyaltydesk.services import encryption, passphrases
from loyaltydesk.services.session import open_data
from loyaltydesk.store import cipher
from loyaltydesk.store.database import DatabaseError
from loyaltydesk.ui.safety.passphrase_dialog import PassphraseDialog
from loyaltydesk.ui.safety.recovery import warning


class EncryptionDialog(QDialog):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.main_window = window
        self.setWindowTitle(self.tr("Encryption"))
        self.state = QLabel()
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setWordWrap(True)
        self.encrypt_button = QPushButton(self.tr("&Encrypt…"))
        self.change_button = QPushButton(self.tr("&Change Passphrase…"))
        self.decrypt_button = QPushButton(self.tr("&Decrypt…"))
        for button, name in ((self.encrypt_button, self.tr("Encrypt the data")),
                             (self.change_button, self.tr("Change the passphrase")),
                             (self.decrypt_button, self.tr("Decrypt the data"))):
            button.setAccessibleName(name)
        self.encrypt_button.clicked.connect(self.encrypt)
        self.change_button.clicked.connect(self.change)
        self.decrypt_button.clicked.connect(self.decrypt)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.encrypt_button, self.change_button, self.decrypt_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.refresh()

    @property
    def encrypted(self) -> bool:
        return self.main_window.data.passphrase is not None

    def refresh(self) -> None:
        if not cipher.available():
            text = self.tr("Encryption needs SQLCipher, which is not installed. Install "
                           "LoyaltyDesk with its “encryption” extra to use it.")
        elif self.encrypted:
            text = self.tr("Your data is encrypted. Without the passphrase, neither the "
                           "database nor its backups can be read. If the passphrase is lost, "
                           "so is the data.")
        else:
            text = self.tr("Your data is not encrypted: anyone who gets this computer's disk "
                           "can read the database and its backups.")
        self.state.setText(text)
        usable = cipher.available() and not self.main_window.data.readonly
        self.encrypt_button.setVisible(not self.encrypted)
        self.encrypt_button.setEnabled(usable)
        self.change_button.setVisible(self.encrypted)
        self.decrypt_button.setVisible(self.encrypted)
        self.change_button.setEnabled(usable)
        self.decrypt_button.setEnabled(usable)

    def _new_passphrase(self, message: str) -> tuple[str, bool] | None:
        dialog = PassphraseDialog(message, new=True, parent=self)
        if not dialog.exec():
            return None
        return dialog.value(), dialog.remember.isChecked()

    def encrypt(self) -> None:
        chosen = self._new_passphrase(self.tr(
            "Choose a passphrase. It will be needed to open the data; nobody can recover it "
            "for you."))
        if chosen:
            folder = self.main_window.data.folder
            self._convert(lambda: encryption.encrypt(folder, chosen[0]), *chosen)

    def change(self) -> None:
        chosen = self._new_passphrase(self.tr("Choose the new passphrase."))
        if chosen:
            data = self.main_window.data
            self._convert(lambda: encryption.change_passphrase(data.folder, data.passphrase,
                                                               chosen[0]), *chosen)

    def decrypt(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Decrypt"),
                          self.tr("Store the database and its backups without encryption?"),
                          QMessageBox.StandardButton.Cancel, self)
        plain = box.addButton(self.tr("Decrypt"), QMessageBox.ButtonRole.DestructiveRole)
        box.exec()
        if box.clickedButton() is plain:
            data = self.main_window.data
            self._convert(lambda: encryption.decrypt(data.folder, data.passphrase), None, False)
            passphrases.forget(data.folder)

    def _convert(self, work: Callable[[], object], passphrase: str | None,
                 remember: bool) -> None:
        data = self.main_window.data
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            work()
        except (DatabaseError, cipher.PassphraseError) as exc:
            passphrase = data.passphrase
            warning(self, self.tr("Encryption"), str(exc))
        finally:
            self.main_window.data = open_data(data.folder, passphrase=passphrase)
            QGuiApplication.restoreOverrideCursor()
        if remember and passphrase:
            passphrases.remember(data.folder, passphrase)
        self.main_window.data_replaced.emit()
        self.refresh()
