"""The sandbox shows its own default credentials, never ones adopted from the environment."""

from __future__ import annotations

from loyaltykit.sandbox import DEFAULT_GAMEBALL_API_KEY, Credentials
from loyaltykit.sandbox.__main__ import banner

REAL = {
    "BONIFIQ_API_TOKEN": "real-bonifiq-token-0001",
    "BONIFIQ_API_KEY": "real-bonifiq-key-0002",
    "GAMEBALL_SECRET_KEY": "real-gameball-secret-0003",
}


def test_repr_hides_values_from_the_environment() -> None:
    credentials = Credentials.from_env(REAL)
    shown = repr(credentials) + str(credentials)
    for value in REAL.values():
        assert value not in shown
    assert DEFAULT_GAMEBALL_API_KEY in shown  # the sandbox's own default is no secret


def test_the_banner_masks_adopted_credentials_and_prints_the_defaults() -> None:
    text = "\n".join(banner(Credentials.from_env(REAL), "127.0.0.1", 8080, ":memory:"))
    for value in REAL.values():
        assert value not in text
    assert DEFAULT_GAMEBALL_API_KEY in text
    for name in REAL:
        assert f"{name} taken from the environment (not shown)" in text


def test_the_banner_says_what_to_export_for_the_sdk() -> None:
    text = "\n".join(banner(Credentials(), "::1", 9000, "state.db"))
    assert "export BONIFIQ_BASE_URL=http://[::1]:9000" in text
    assert "export GAMEBALL_BASE_URL=http://[::1]:9000" in text
    assert "export GAMEBALL_API_KEY=sandbox-gameball-apikey" in text
