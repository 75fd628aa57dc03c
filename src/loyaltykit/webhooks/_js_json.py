"""Compact JSON as JavaScript's ``JSON.stringify`` writes it, for Gameball's signature only.

Gameball's reference verifier hashes ``JSON.stringify(req.body)``: the body parsed, then
written again by JavaScript. A sender that signs that way signs these bytes, which differ from
the raw body when the body was not written compactly by JavaScript (spaces, ``1.50``, ``1E2``,
escaped non-ASCII). Strings are written as ``json.dumps(..., ensure_ascii=False)`` writes them,
which escapes exactly what ``JSON.stringify`` escapes (quote, backslash, control characters,
lowercase ``\\u00xx``); numbers are JavaScript doubles printed by ``Number.prototype.toString``.
Nothing here is an amount: the text only feeds the SHA-1, the event keeps the exact Decimals.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

__all__ = ["js_compact"]

_SAFE_INTEGER = 2**53  # a JavaScript number holds every integer below this exactly


def js_number(value: int | Decimal) -> str:
    """``value`` as JavaScript prints the double it parses to (ECMA-262 Number::toString)."""
    if isinstance(value, int) and -_SAFE_INTEGER < value < _SAFE_INTEGER:
        return str(value)
    # A double is what JavaScript holds; Python's repr gives its shortest round-tripping
    # digits, the same digits Number::toString uses. Then JavaScript's layout of them.
    double = float(value)
    if double != double or double in (float("inf"), float("-inf")):
        return "null"  # JSON.stringify writes non-finite numbers so
    if double == 0:
        return "0"  # -0 too
    sign, digits, exponent = Decimal(repr(double)).normalize().as_tuple()
    assert isinstance(exponent, int)
    shown = "".join(map(str, digits))
    k = len(shown)
    n = exponent + k  # the value is 0.<digits> x 10^n
    if k <= n <= 21:
        body = shown + "0" * (n - k)
    elif 0 < n <= 21:
        body = f"{shown[:n]}.{shown[n:]}"
    elif -6 < n <= 0:
        body = "0." + "0" * -n + shown
    else:
        mantissa = shown if k == 1 else f"{shown[0]}.{shown[1:]}"
        body = f"{mantissa}e{'+' if n - 1 >= 0 else '-'}{abs(n - 1)}"
    return "-" + body if sign else body


def js_compact(value: Any) -> bytes:
    """``JSON.stringify(value)`` of a value ``loyaltykit._json.decode_json`` read, as UTF-8."""
    return _write(value).encode("utf-8", "surrogatepass")


def _write(value: Any) -> str:
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return "null"
    if isinstance(value, int | Decimal):
        return js_number(value)
    if isinstance(value, dict):
        return (
            "{" + ",".join(f"{json.dumps(key, ensure_ascii=False)}:{_write(item)}" for key, item in value.items()) + "}"
        )
    return "[" + ",".join(_write(item) for item in value) + "]"
