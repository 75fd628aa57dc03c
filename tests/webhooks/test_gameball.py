"""Gameball: the documented signature (sha1(body + ":" + SecretKey), lowercase hex) and the v4/legacy events."""

from __future__ import annotations

import base64
import hashlib
import json
from decimal import Decimal

import pytest

from loyaltykit.errors import InvalidArgumentError, WebhookPayloadError, WebhookVerificationError
from loyaltykit.webhooks import gameball, tier_change
from loyaltykit.webhooks._js_json import js_number

from .conftest import SECRET, compact, fixture_names, payload

PROFILE = payload("gameball", "customer.profile.updated")
NOTIFICATION = payload("gameball", "customer.notification.push")


def signed(body: bytes, key: str = SECRET, **extra: str) -> dict[str, str]:
    return {
        "X-GB-Signature": hashlib.sha1(body + b":" + key.encode()).hexdigest(),
        "X-GB-Webhook-Version": "v4",
        **extra,
    }


# Verification vectors


def test_documented_example_vector() -> None:
    # The documented profile sample, compact (379 bytes), with a known secret: the value Node
    # gives for crypto.createHash("sha1").update(JSON.stringify(body) + ":" + secret) (no vendor
    # publishes a body, key and signature together).
    body = compact(PROFILE)
    assert len(body) == 379
    assert gameball.compute_signature(body, SECRET) == "d57bce1833611ec95787bd60a56d085a8b0830a3"
    headers = {"X-GB-Signature": "d57bce1833611ec95787bd60a56d085a8b0830a3", "X-GB-Webhook-Version": "v4"}
    event = gameball.construct_event(body, headers, SECRET)
    assert isinstance(event, gameball.ProfileUpdatedEvent)


def test_hmac_is_not_the_scheme() -> None:
    body = compact(PROFILE)
    headers = {"X-GB-Signature": "10737c6c977a252291b8b72f4166456c6a731ebf"}  # HMAC-SHA1(secret, body)
    with pytest.raises(WebhookVerificationError):
        gameball.construct_event(body, headers, SECRET)


def test_non_ascii_payload_is_signed_over_its_utf8_bytes() -> None:
    body = compact(NOTIFICATION)
    assert "Félicitations".encode() in body
    # Node: sha1(JSON.stringify(the documented notification sample) + ":" + "test_secret_key").
    assert gameball.compute_signature(body, SECRET) == "1c8ff091f3dff87ad883f0c4522638ac539949ef"
    escaped = json.dumps(NOTIFICATION).encode()  # \u00e9: other bytes, the same JSON.stringify
    headers = {"X-GB-Signature": "1c8ff091f3dff87ad883f0c4522638ac539949ef"}
    assert gameball.construct_event(escaped, headers, SECRET).type == NOTIFICATION["event"]
    event = gameball.construct_event(body, signed(body), SECRET)
    assert isinstance(event, gameball.NotificationPushEvent)
    assert event.notifications[1].body is not None and event.notifications[1].body.startswith("Félicitations")


def test_header_name_any_case_value_upper_case_and_quoted() -> None:
    body = compact(PROFILE)
    signature = gameball.compute_signature(body, SECRET)
    for headers in ({"x-gb-signature": signature.upper()}, {"X-Gb-Signature": f"'{signature}'"}):
        assert gameball.construct_event(body, headers, SECRET).type == "customer.profile.updated"


def test_wrong_key_is_refused() -> None:
    body = compact(PROFILE)
    with pytest.raises(WebhookVerificationError) as caught:
        gameball.construct_event(body, signed(body, "another_key"), SECRET)
    assert SECRET not in str(caught.value) and "webhook-test" not in str(caught.value)


def test_tampered_body_is_refused() -> None:
    body = compact(PROFILE)
    headers = signed(body)
    tampered = body.replace(b'"total_points":100', b'"total_points":900')
    assert tampered != body
    with pytest.raises(WebhookVerificationError):
        gameball.construct_event(tampered, headers, SECRET)


@pytest.mark.parametrize(
    "headers", [{}, {"X-GB-Webhook-Version": "v4"}, {"X-GB-Signature": ""}, {"X-GB-Signature": "''"}]
)
def test_missing_signature_is_refused(headers: dict[str, str]) -> None:
    with pytest.raises(WebhookVerificationError, match="X-GB-Signature header is missing"):
        gameball.construct_event(compact(PROFILE), headers, SECRET)


def test_second_key_during_rotation() -> None:
    body = compact(PROFILE)
    assert gameball.construct_event(body, signed(body, "new_key"), ["old_key", "new_key"]).customer_id == "webhook-test"
    assert gameball.construct_event(body, signed(body, "old_key"), ("old_key", "new_key")).customer_id == "webhook-test"
    with pytest.raises(WebhookVerificationError):
        gameball.construct_event(body, signed(body, "retired_key"), ["old_key", "new_key"])


def test_base64_only_with_the_flag() -> None:
    body = compact(PROFILE)
    digest = hashlib.sha1(body + b":" + SECRET.encode()).digest()
    headers = {"X-GB-Signature": base64.b64encode(digest).decode()}
    assert headers["X-GB-Signature"] == "1XvOGDNhHslXh71gpW0IWosIMKM="
    with pytest.raises(WebhookVerificationError):
        gameball.construct_event(body, headers, SECRET)
    assert gameball.construct_event(body, headers, SECRET, allow_base64=True).type == "customer.profile.updated"
    # Base64 is case-sensitive: lower-casing it, as hex allows, must not pass.
    with pytest.raises(WebhookVerificationError):
        gameball.construct_event(body, {"X-GB-Signature": headers["X-GB-Signature"].lower()}, SECRET, allow_base64=True)


def test_signature_over_javascript_compact_json_when_the_raw_body_differs() -> None:
    # Gameball's reference code hashes JSON.stringify(parsed body): a sender that signs so and
    # sends pretty-printed, ASCII-escaped JSON with 1.50 and 1E2 signs other bytes than it sends.
    sent = (
        json.dumps(PROFILE, indent=2)
        .replace('"total_points": 100', '"total_points": 1.50')
        .replace('"pending_points": 10', '"pending_points": 1E2')
        .encode()
    )
    js = (
        compact(PROFILE)
        .replace(b'"pending_points":10', b'"pending_points":100')
        .replace(b'"total_points":100', b'"total_points":1.5')
    )
    event = gameball.construct_event(sent, signed(js), SECRET)
    assert event.profile.total_points == Decimal("1.50")  # the event keeps the exact value sent
    # Non-ASCII escaped in the raw body, raw in JSON.stringify's output.
    escaped = json.dumps(NOTIFICATION).encode()
    assert b"\\u00e9" in escaped
    assert gameball.construct_event(escaped, signed(compact(NOTIFICATION)), SECRET).type == NOTIFICATION["event"]
    # A signature over something else still fails after both tries.
    with pytest.raises(WebhookVerificationError):
        gameball.construct_event(sent, signed(js + b" "), SECRET)


@pytest.mark.parametrize(
    ("value", "javascript"),
    [
        (1, "1"),
        (Decimal("1.50"), "1.5"),
        (Decimal("1E2"), "100"),
        (Decimal("0.000001"), "0.000001"),
        (Decimal("1.5E-7"), "1.5e-7"),
        (Decimal("1E21"), "1e+21"),
        (Decimal("123456789012345678901"), "123456789012345680000"),
        (2**53 + 1, "9007199254740992"),
        (Decimal("-0.0"), "0"),
        (Decimal("-2.5"), "-2.5"),
    ],
)  # each as Node prints JSON.stringify(JSON.parse(text))
def test_numbers_as_javascript_prints_them(value: int | Decimal, javascript: str) -> None:
    assert js_number(value) == javascript


def test_unsigned_garbage_is_a_verification_error_not_a_payload_error() -> None:
    with pytest.raises(WebhookVerificationError):
        gameball.construct_event(b"not json", {"X-GB-Signature": "0" * 40}, SECRET)


def test_signed_body_that_is_not_an_object_is_a_payload_error() -> None:
    for body in (b"not json", b"[1, 2]", b'"text"'):
        with pytest.raises(WebhookPayloadError) as caught:
            gameball.construct_event(body, signed(body), SECRET)
        assert body.decode() not in str(caught.value)


def test_bad_arguments() -> None:
    body = compact(PROFILE)
    for keys in ("", [], [""], [1]):
        with pytest.raises(InvalidArgumentError) as caught:
            gameball.construct_event(body, signed(body), keys)  # type: ignore[arg-type]
        assert caught.value.field == "secret_keys"
    with pytest.raises(InvalidArgumentError) as caught:
        gameball.construct_event(body.decode(), signed(body), SECRET)  # type: ignore[arg-type]
    assert caught.value.field == "body"


# Events


def test_every_example_payload_parses_into_its_typed_event() -> None:
    expected = {
        "customer.notification.push": (gameball.NotificationPushEvent, "customer.notification.push", False),
        "customer.profile.updated": (gameball.ProfileUpdatedEvent, "customer.profile.updated", False),
        "legacy-notifications": (gameball.NotificationPushEvent, "customer.notification.push", True),
        "legacy-profile": (gameball.ProfileUpdatedEvent, "customer.profile.updated", True),
    }
    assert fixture_names("gameball") == sorted(expected)
    for name, (kind, event_type, legacy) in expected.items():
        body = compact(payload("gameball", name))
        event = gameball.construct_event(body, signed(body), SECRET)
        assert type(event) is kind, name
        assert (event.type, event.legacy) == (event_type, legacy), name


def test_profile_updated_fields() -> None:
    body = compact(PROFILE)
    event = gameball.construct_event(body, signed(body), SECRET)
    assert isinstance(event, gameball.ProfileUpdatedEvent)
    assert (event.customer_id, event.client_id, event.gb_customer_id, event.version) == (
        "webhook-test",
        "2155",
        1234,
        "4",
    )
    assert event.created_at is not None and event.created_at.isoformat() == "2024-11-19T17:34:42.297000+00:00"
    profile = event.profile
    assert (profile.tier_name, profile.tier_order, profile.referral_code) == ("basic", 1, "referral_123")
    assert (profile.activated_points, profile.pending_points, profile.total_points) == (90, 10, 100)
    assert all(type(points) is Decimal for points in (profile.activated_points, profile.total_points))
    assert event.data == PROFILE["data"] and event.raw == PROFILE


def test_notification_fields() -> None:
    body = compact(NOTIFICATION)
    event = gameball.construct_event(body, signed(body), SECRET)
    assert isinstance(event, gameball.NotificationPushEvent)
    assert [(n.local, n.title) for n in event.notifications] == [("en", "Well Done!"), ("fr", "Bravo!")]
    assert event.notifications[0].icon == "https://example.com/image.webp"


def test_legacy_shapes() -> None:
    body = compact(payload("gameball", "legacy-profile") | {"walletPoints": 250, "levelOrder": 2})
    event = gameball.construct_event(body, signed(body, **{"X-GB-Webhook-Version": "3"}), SECRET)
    assert isinstance(event, gameball.ProfileUpdatedEvent)
    assert (event.version, event.customer_id, event.profile.tier_order, event.profile.total_points) == (
        "3",
        None,
        2,
        250,
    )
    body = compact(payload("gameball", "legacy-notifications"))
    event = gameball.construct_event(body, signed(body), SECRET)
    assert isinstance(event, gameball.NotificationPushEvent)
    assert event.customer_id == "player-1" and event.notifications[0].appearance == 1


def test_unknown_events_and_extra_fields_are_kept() -> None:
    unknown = {"event": "customer.referral.completed", "customer_id": 42, "created_at": "soon", "data": {"x": 1.25}}
    body = compact(unknown)
    event = gameball.construct_event(body, signed(body), SECRET)
    assert type(event) is gameball.GameballEvent
    assert (event.type, event.customer_id, event.created_at) == ("customer.referral.completed", "42", None)
    assert event.data == {"x": Decimal("1.25")}
    shapeless = compact({"hello": "world"})
    assert gameball.construct_event(shapeless, signed(shapeless), SECRET).type == "unknown"
    # Extra fields, nulls and wrong types in a known event do not break it.
    odd = dict(PROFILE, extra={"nested": [1]}, gb_customer_id="abc")
    odd["data"] = {"tier_order": "high", "total_points": None, "new_field": True, "email": None}
    body = compact(odd)
    event = gameball.construct_event(body, signed(body), SECRET)
    assert isinstance(event, gameball.ProfileUpdatedEvent)
    assert (event.gb_customer_id, event.profile.tier_order, event.profile.total_points) == ("abc", None, None)
    body = compact(dict(NOTIFICATION, data="not a list"))
    event = gameball.construct_event(body, signed(body), SECRET)
    assert isinstance(event, gameball.NotificationPushEvent) and event.notifications == ()


def test_dedupe_key_is_the_content() -> None:
    body = compact(PROFILE)
    first = gameball.construct_event(body, signed(body), SECRET)
    again = gameball.construct_event(body, signed(body), SECRET)
    later = compact(dict(PROFILE, created_at="2024-11-19T17:34:43.000Z"))
    other = gameball.construct_event(later, signed(later), SECRET)
    assert first.dedupe_key == again.dedupe_key != other.dedupe_key
    assert first.dedupe_key.startswith("gameball:")


def test_repr_redacts_personal_data() -> None:
    data = dict(PROFILE["data"], email="maria.silva@example.com", mobile_number="+55 11 98765-4321")
    body = compact(dict(PROFILE, customer_id="maria.silva@example.com", data=data))
    shown = repr(gameball.construct_event(body, signed(body), SECRET))
    assert "maria" not in shown and "98765" not in shown and "[redacted]" in shown
    assert "tier_order=1" in shown  # what is not personal stays useful
    body = compact(NOTIFICATION)
    shown = repr(gameball.construct_event(body, signed(body), SECRET))
    assert "Well Done" not in shown and "Félicitations" not in shown


def test_tier_change() -> None:
    def profile(order: int | None, name: str | None = None) -> gameball.Profile:
        return gameball.Profile(tier_order=order, tier_name=name)

    change = tier_change(profile(1, "basic"), profile(2, "silver"))
    assert change is not None and change.upgraded and (change.before_name, change.after_name) == ("basic", "silver")
    down = tier_change(profile(2), profile(1))
    assert down is not None and not down.upgraded
    assert tier_change(profile(1), profile(1)) is None
    assert tier_change(None, profile(1)) is None
    assert tier_change(profile(None), profile(1)) is None
    body = compact(PROFILE)
    event = gameball.construct_event(body, signed(body), SECRET)
    assert isinstance(event, gameball.ProfileUpdatedEvent)
    change = tier_change(profile(0, "none"), event)
    assert change is not None and change.after_order == 1


@pytest.mark.parametrize(
    ("header", "version"), [("v4", "4"), ("4", "4"), ("V4", "4"), ("4.0", "4"), (" 'v4' ", "4"), ("3", "3")]
)
def test_webhook_version_header(header: str, version: str) -> None:
    # The sandbox sends "4", Gameball's page shows 'v4': both are version 4.
    body = compact(PROFILE)
    event = gameball.construct_event(body, signed(body, **{"X-GB-Webhook-Version": header}), SECRET)
    assert event.version == version and not event.legacy
    assert gameball.construct_event(body, {"X-GB-Signature": signed(body)["X-GB-Signature"]}, SECRET).version is None


def test_webhook_errors_are_one_hierarchy() -> None:
    from loyaltykit import errors

    assert issubclass(errors.WebhookVerificationError, errors.WebhookError)
    assert issubclass(errors.WebhookPayloadError, errors.WebhookError)
    assert issubclass(errors.WebhookError, errors.LoyaltyError)
    assert {"WebhookError", "WebhookPayloadError", "WebhookVerificationError"} <= set(errors.__all__)


def test_verify_signature_alone() -> None:
    body = b"signed, but not JSON"
    gameball.verify_signature(body, signed(body), SECRET)  # verifying does not parse
    with pytest.raises(WebhookVerificationError):
        gameball.verify_signature(body, signed(body, "wrong"), [SECRET + "x", "other"])
    assert gameball.compute_signature(body, SECRET) == signed(body)["X-GB-Signature"]
