"""Replayed writes must send the same body: a changed OriginalKey or Value fails loudly."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
import vcr
from vcr.errors import CannotOverwriteExistingCassetteException

import loyaltykit
from loyaltykit.sandbox import Credentials
from loyaltykit.testing import vcr_config, write_body_matcher

CASSETTE = Path(__file__).resolve().parent / "cassettes" / "test_bonifiq_methods" / "test_pos_available_and_redeem.yaml"
CREDENTIALS = Credentials()


@pytest.fixture
def bq() -> Iterator[loyaltykit.BonifiQ]:
    with loyaltykit.BonifiQ(
        CREDENTIALS.bonifiq_api_token, CREDENTIALS.bonifiq_api_key, base_url="http://127.0.0.1:18765", max_retries=0
    ) as client:
        yield client


def replaying() -> vcr.VCR:
    recorder = vcr.VCR(record_mode="none", **vcr_config())
    recorder.register_matcher("loyaltykit_write_body", write_body_matcher)
    return recorder


def test_the_recorded_redeem_replays(bq: loyaltykit.BonifiQ) -> None:
    with replaying().use_cassette(str(CASSETTE)):
        assert bq.pos.redeem(1, "ana@example.com", original_key="replay-redeem-1").external_code


@pytest.mark.parametrize(
    ("key", "value"), [("replay-redeem-CHANGED", None), ("replay-redeem-1", Decimal("1.00"))], ids=["key", "value"]
)
def test_a_changed_write_body_does_not_replay(bq: loyaltykit.BonifiQ, key: str, value: Decimal | None) -> None:
    with replaying().use_cassette(str(CASSETTE)), pytest.raises(CannotOverwriteExistingCassetteException):
        bq.pos.redeem(1, "ana@example.com", original_key=key, value=value)
