from __future__ import annotations

import pytest

from facade.fakes import Harness


@pytest.fixture(params=["sync", "async"])
def harness(request: pytest.FixtureRequest) -> Harness:
    return Harness(request.param)
