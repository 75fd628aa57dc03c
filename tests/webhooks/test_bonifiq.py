"""BonifiQ: the merchant's configured headers (constant-time), the envelope and its topics."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from loyaltykit.errors import InvalidArgumentError, WebhookPayloadError, WebhookVerificationError
from loyaltykit.webhooks import bonifiq

from .conftest import compact, fixture_names, payload

TOKEN = "s3cr3t-token-from-the-panel"
REQUIRED = {"X-Webhook-Token": TOKEN}
HEADERS = {"x-webhook-token": TOKEN, "content-type": "application/json"}
PURCHASE = payload("bonifiq", "Communication_EarnPurchasePoints")


def test_header_auth_right() -> None:
    event = bonifiq.construct_event(compact(PURCHASE), HEADERS, REQUIRED)
    assert event.type == "Communication_EarnPurchasePoints"
    both = {"X-Webhook-Token": TOKEN, "X-Tenant": "store-1"}
    assert bonifiq.construct_event(compact(PURCHASE), {**HEADERS, "X-TENANT": "store-1"}, both).uuid == PURCHASE["Uuid"]


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"x-webhook-token": TOKEN + "x"},
        {"x-webhook-token": TOKEN.upper()},
        {"x-webhook-token": ""},
        {"x-other": TOKEN},
    ],
)
def test_header_auth_wrong(headers: dict[str, str]) -> None:
    with pytest.raises(WebhookVerificationError) as caught:
        bonifiq.construct_event(compact(PURCHASE), headers, REQUIRED)
    assert TOKEN not in str(caught.value) and "X-Webhook-Token" not in str(caught.value)


def test_every_required_header_must_match() -> None:
    both = {"X-Webhook-Token": TOKEN, "X-Tenant": "store-1"}
    with pytest.raises(WebhookVerificationError):
        bonifiq.construct_event(compact(PURCHASE), {**HEADERS, "x-tenant": "store-2"}, both)


@pytest.mark.parametrize("required", [{}, {"X-Token": ""}, {"": "value"}, {"X-Token": 1}, None])
def test_required_headers_must_name_something(required: object) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        bonifiq.construct_event(compact(PURCHASE), HEADERS, required)  # type: ignore[arg-type]
    assert caught.value.field == "required_headers"


def test_every_example_payload_parses_into_its_typed_event() -> None:
    expected = {
        "Communication_EarnBirthdayPoints": (bonifiq.EarnBirthdayPointsEvent, 4),
        "Communication_EarnPurchasePoints": (bonifiq.EarnPurchasePointsEvent, 3),
        "envelope-string-topic": (bonifiq.EarnPurchasePointsEvent, "Communication_EarnPurchasePoints"),
    }
    assert fixture_names("bonifiq") == sorted(expected)
    for name, (kind, topic) in expected.items():
        event = bonifiq.construct_event(compact(payload("bonifiq", name)), HEADERS, REQUIRED)
        assert type(event) is kind, name
        assert event.topic == topic, name
        assert event.raw == payload("bonifiq", name) and event.data == payload("bonifiq", name)["Payload"]


def test_purchase_points_fields() -> None:
    event = bonifiq.construct_event(compact(PURCHASE), HEADERS, REQUIRED)
    assert isinstance(event, bonifiq.EarnPurchasePointsEvent)
    assert (event.earned_points, event.objective_type) == (Decimal(10), 0)
    assert type(event.earned_points) is Decimal
    assert event.timestamp == datetime(2024, 6, 20, 16, 50, 13, 395189, tzinfo=UTC)  # seven digits, .NET style
    assert event.customer is not None
    assert (event.customer.id, event.customer_id, event.customer.name) == (None, None, "Teste Rath")
    assert event.customer.birthday_date == datetime(2024, 8, 30, 14, 34, 32)  # naive, as sent
    assert event.dedupe_key == "bonifiq:" + PURCHASE["Uuid"]


def test_string_topic_envelope_and_full_customer() -> None:
    event = bonifiq.construct_event(compact(payload("bonifiq", "envelope-string-topic")), HEADERS, REQUIRED)
    assert isinstance(event, bonifiq.EarnPurchasePointsEvent)
    assert event.customer is not None
    assert (event.customer_id, event.customer.document, event.customer.points_balance) == (
        "original_customer_id_123",
        "12345678900",
        Decimal(1500),
    )


def test_unknown_and_points_topics_are_kept_as_data() -> None:
    body = {
        "Uuid": "u-1",
        "Timestamp": "2025-01-01T00:00:00Z",
        "Topic": 1,
        "Payload": {"Points": 12.5, "Customer": {"Id": "c-9", "PointsBalance": "100.25"}, "New": [1]},
    }
    event = bonifiq.construct_event(compact(body), HEADERS, REQUIRED)
    assert type(event) is bonifiq.BonifiQEvent
    assert (event.type, event.topic, event.customer_id) == ("1", 1, "c-9")
    assert event.data["Points"] == Decimal("12.5")
    assert event.customer is not None and event.customer.points_balance == Decimal("100.25")
    named = bonifiq.construct_event(compact(dict(body, Topic="Ponto_Adicionado")), HEADERS, REQUIRED)
    assert (type(named), named.type) == (bonifiq.BonifiQEvent, "Ponto_Adicionado")


def test_extra_fields_nulls_and_camel_case_do_not_break_parsing() -> None:
    odd = dict(PURCHASE, Extra={"x": 1}, TopicName=None)
    odd["Payload"] = dict(PURCHASE["Payload"], EarnedPoints=None, Customer=None, More="yes")
    event = bonifiq.construct_event(compact(odd), HEADERS, REQUIRED)
    assert isinstance(event, bonifiq.EarnPurchasePointsEvent)  # the name from the topic number
    assert (event.earned_points, event.customer, event.customer_id) == (None, None, None)
    camel = {
        "uuid": "u-2",
        "topic": 4,
        "payload": {"earnedPoints": 5, "customer": {"id": "c-1", "email": "a@b.co"}},
    }
    event = bonifiq.construct_event(compact(camel), HEADERS, REQUIRED)
    assert isinstance(event, bonifiq.EarnBirthdayPointsEvent)
    assert (event.uuid, event.earned_points, event.customer_id) == ("u-2", 5, "c-1")


def test_bare_body_without_envelope() -> None:
    bare = {"Customer": {"Id": "c-7", "PointsBalance": 40}}
    event = bonifiq.construct_event(compact(bare), HEADERS, REQUIRED)
    assert type(event) is bonifiq.BonifiQEvent
    assert (event.type, event.uuid, event.customer_id, event.data) == ("unknown", None, "c-7", bare)
    assert event.dedupe_key.startswith("bonifiq:") and len(event.dedupe_key) == len("bonifiq:") + 64
    other = bonifiq.construct_event(compact({"Customer": {"Id": "c-7", "PointsBalance": 41}}), HEADERS, REQUIRED)
    assert other.dedupe_key != event.dedupe_key


def test_body_errors() -> None:
    for body in (b"{", b"[]", b"null", b"\xff\xfe\x00"):
        with pytest.raises(WebhookPayloadError) as caught:
            bonifiq.construct_event(body, HEADERS, REQUIRED)
        assert TOKEN not in str(caught.value)
    # The headers are checked before the body is read: an unauthenticated sender learns nothing.
    with pytest.raises(WebhookVerificationError):
        bonifiq.construct_event(b"{", {}, REQUIRED)


def test_repr_redacts_personal_data() -> None:
    body = payload("bonifiq", "envelope-string-topic")
    body["Payload"]["Customer"]["Id"] = "123.456.789-09"  # a platform whose id is the CPF
    shown = repr(bonifiq.construct_event(compact(body), HEADERS, REQUIRED))
    for personal in ("John", "Doe", "customer@example.com", "5551234567", "12345678900", "1990", "123.456.789-09"):
        assert personal not in shown, personal
    assert "earned_points=Decimal('25')" in shown and "[redacted]" in shown
