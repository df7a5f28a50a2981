"""Window tests: whatever waits for a modal dialog ends with the test that made it."""

from __future__ import annotations

import pytest

from tests.ui.safety.modal import end_watches


@pytest.fixture(autouse=True)
def _modal_watches_end_with_their_test():
    yield
    end_watches()
