"""JSON in and out without float: money stays ``Decimal`` on the wire and in memory."""

from __future__ import annotations

import json
import re
import secrets
from decimal import Decimal
from typing import Any


def decode_json(content: bytes | str) -> Any:
    """Decode JSON with every non-integer number as an exact ``Decimal``."""
    return json.loads(content, parse_float=Decimal)


def encode_json(value: Any) -> bytes:
    """Encode to compact UTF-8 JSON; Decimals become JSON numbers with their exact digits.

    ``json`` can only write numbers it got as int or float, so each Decimal is first replaced
    by a unique placeholder string, which is then swapped for the Decimal's own text.
    """
    nonce = secrets.token_hex(8)
    numbers: list[str] = []

    def prepare(item: Any) -> Any:
        if isinstance(item, Decimal):
            if not item.is_finite():
                raise ValueError(f"{item} cannot be sent as a JSON number")
            numbers.append(format(item, "f"))
            return f"{nonce}:{len(numbers) - 1}"
        if isinstance(item, float):
            raise TypeError("floats are not accepted in request bodies; use decimal.Decimal")
        if isinstance(item, dict):
            return {key: prepare(child) for key, child in item.items()}
        if isinstance(item, list | tuple):
            return [prepare(child) for child in item]
        return item

    text = json.dumps(prepare(value), ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    if numbers:
        text = re.sub(f'"{nonce}:(\\d+)"', lambda m: numbers[int(m.group(1))], text)
    return text.encode()
