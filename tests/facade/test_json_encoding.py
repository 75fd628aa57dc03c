"""Request bodies: Decimals written with their exact digits, and nothing else rewritten."""

from __future__ import annotations

import json
from decimal import Decimal

from loyaltykit._json import encode_json


def test_decimals_keep_their_digits_and_strings_that_look_like_placeholders_stay() -> None:
    body = {
        "Value": Decimal("10.00"),
        "Items": [Decimal("0.10"), "0123456789abcdef:0", '"0123456789abcdef:1"'],
        "Note": "ffffffffffffffff:0",
    }
    text = encode_json(body)
    assert b'"Value":10.00' in text and b"[0.10," in text
    decoded = json.loads(text, parse_float=Decimal)
    assert decoded["Items"][1:] == ["0123456789abcdef:0", '"0123456789abcdef:1"']
    assert decoded["Note"] == "ffffffffffffffff:0"


def test_many_bodies_with_decimals_each_get_their_own_numbers() -> None:
    for cents in range(1, 300):
        amount = Decimal(cents).scaleb(-2)
        assert json.loads(encode_json({"amount": amount}), parse_float=Decimal) == {"amount": amount}
