"""No committed cassette holds a sandbox credential or a seed customer's real e-mail, CPF or phone."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest

from loyaltykit.sandbox import Credentials
from loyaltykit.sandbox._seed import DEMO_CUSTOMERS
from loyaltykit.testing import scrub_text

CASSETTES = Path(__file__).resolve().parent / "cassettes"
# The fakes of the scrubber test's text, pinned: the committed cassettes hold them, so a change
# in how fakes are derived would leave every cassette unmatched (re-record, then update this).
PINNED_FAKES = (
    "customer-8e43ca3770@example.invalid customer-8e43ca3770%40example.invalid "
    "doc-3063d153fa doc-3063d153fa tel-4ea5196804"
)


def forbidden() -> list[str]:
    credentials = Credentials()
    values = [
        credentials.bonifiq_api_token,
        credentials.bonifiq_api_key,
        credentials.gameball_api_key,
        credentials.gameball_secret_key,
        base64.b64encode(f"{credentials.bonifiq_api_token}:{credentials.bonifiq_api_key}".encode()).decode(),
    ]
    for customer in DEMO_CUSTOMERS:
        for value in (customer.email, customer.document, customer.phone, customer.external_id):
            if value:
                values += [value, value.replace("@", "%40"), re.sub(r"\D", "", value) if "@" not in value else value]
    return sorted({v for v in values if v})


def cassette_files() -> list[Path]:
    return sorted(CASSETTES.rglob("*.yaml"))


def test_every_replay_test_has_its_cassette() -> None:
    replay = Path(__file__).resolve().parent / "replay"
    expected = {
        CASSETTES / module.stem / f"{name}.yaml"
        for module in replay.glob("test_*.py")
        for name in re.findall(r"^def (test_\w+)\(", module.read_text(), flags=re.MULTILINE)
    }
    assert len(expected) >= 20
    assert sorted(str(p) for p in expected - set(cassette_files())) == []


@pytest.mark.parametrize("path", cassette_files(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_cassette_holds_no_secret_and_no_personal_data(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    leaks = [value for value in forbidden() if value in text]
    assert leaks == [], f"{path.name} contains {len(leaks)} forbidden value(s)"
    assert "authorization" not in text.lower() and "secretkey" not in text.lower()


def test_the_scrubber_replaces_each_kind_with_a_stable_fake() -> None:
    text = "ana@example.com ana%40example.com 000.000.001-91 00000000191 +55 11 90000-0001"
    once, twice = scrub_text(text), scrub_text(text)
    assert once == twice
    assert once == PINNED_FAKES
    assert scrub_text(once) == once  # vcrpy scrubs a live request again before matching
    for real in ("ana@example.com", "ana%40example.com", "000.000.001-91", "00000000191", "+55 11 90000-0001"):
        assert real not in once
    assert "%40example.invalid" in once and "@example.invalid" in once
