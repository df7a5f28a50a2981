"""The passphrase: any text typed is judged without a crash; a kept one opens without asking."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.services import customers, encryption, passphrases
from loyaltydesk.store import cipher, database
from loyaltydesk.ui.safety import startup
from loyaltydesk.ui.safety.passphrase_dialog import MIN_LENGTH, PassphraseDialog
from tests.ui.safety.modal import on_next_modal

keyring = pytest.importorskip("keyring")
from keyring.backend import KeyringBackend  # noqa: E402


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in memory: the system's own is not there in a test run."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(previous)


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=st.text(max_size=40), second=st.text(max_size=40), new=st.booleans())
def test_any_typed_passphrase_is_accepted_only_when_usable(qtbot, first, second, new):
    dialog = PassphraseDialog("Type it", new=new)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(first)
    dialog.again.setText(second)
    dialog.buttons.accepted.emit()
    usable = bool(first) and "\x00" not in first and (
        not new or (len(first) >= MIN_LENGTH and first == second))
    assert (dialog.result() == dialog.DialogCode.Accepted) is usable
    assert dialog.error.isVisibleTo(dialog) is not usable


@pytest.mark.skipif(not cipher.available(), reason="SQLCipher is not installed")
def test_a_passphrase_kept_in_the_keyring_opens_the_data_without_asking(data, memory_keyring):
    customers.create_customer(ContactDetails(name="Ann"))
    database.close()
    encryption.encrypt(data.folder, "kept in the keyring")
    assert passphrases.keyring_available()
    assert passphrases.remember(data.folder, "kept in the keyring")
    asked = on_next_modal(lambda dialog: dialog.reject())
    opened = startup.open_checked(data.folder)
    asked.cancel()
    assert not asked.acted
    assert opened.passphrase == "kept in the keyring" and customers.customer_count() == 1
    passphrases.forget(data.folder)
    assert memory_keyring.kept == {}


def test_ctrl_enter_accepts_a_usable_passphrase_and_refuses_a_short_new_one(qtbot):
    from PySide6.QtCore import Qt

    for typed, new, accepted in (("open sesame", False, True), ("abc", True, False)):
        dialog = PassphraseDialog("Type it", new=new)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.passphrase.setText(typed)
        dialog.again.setText(typed)
        dialog.passphrase.setFocus()
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert (dialog.result() == dialog.DialogCode.Accepted) is accepted
        assert dialog.error.isVisibleTo(dialog) is not accepted
