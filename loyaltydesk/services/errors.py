"""The errors that mean "the user asked for something that cannot be done", not a bug."""

from __future__ import annotations

from loyaltydesk.domain.followups import FollowUpError
from loyaltydesk.domain.ladder import LadderError
from loyaltydesk.domain.money import MoneyError
from loyaltydesk.services.backups import BackupError
from loyaltydesk.services.cadences import CadenceError
from loyaltydesk.services.customers import CustomerError
from loyaltydesk.services.demo import DemoError
from loyaltydesk.services.feedback import FeedbackError
from loyaltydesk.services.interactions import InteractionError
from loyaltydesk.services.phone.account import PhoneSyncError
from loyaltydesk.services.purchases import PurchaseError
from loyaltydesk.services.team.server import TeamError
from loyaltydesk.store.cipher import PassphraseError
from loyaltydesk.store.database import DatabaseError

USER_ERRORS: tuple[type[Exception], ...] = (
    DatabaseError, LadderError, FollowUpError, MoneyError, CadenceError, CustomerError,
    DemoError, FeedbackError, InteractionError, PurchaseError, OSError,
    BackupError, PassphraseError, PhoneSyncError, TeamError,
)
