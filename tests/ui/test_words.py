"""The ladder's words marked for translation are the domain's own, every one of them."""

from loyaltydesk.domain.ladder import LADDER, STAGE_MEANINGS
from loyaltydesk.ui.words import STAGE_MEANING_TEXTS, STAGE_NAMES


def test_every_rung_and_meaning_is_marked_for_translation():
    assert STAGE_NAMES == tuple(stage.label for stage in LADDER)
    assert STAGE_MEANING_TEXTS == tuple(STAGE_MEANINGS[stage] for stage in LADDER)
