"""JSON in and out without float: money stays ``Decimal`` on the wire and in memory."""

from __future__ import annotations

import json
import re
import secrets
from decimal import Decimal
from typing import Any

# Built once: ``json.loads``/``json.dumps`` with any option build a new decoder or encoder on
# every call, which is a measurable part of a call's overhead (bench/results.md).
_DECODER = json.JSONDecoder(parse_float=Decimal)
_scan_once: Any = _DECODER.scan_once  # type: ignore[attr-defined]  # set by JSONDecoder.__init__
_WHITESPACE = re.compile(r"[ \t\n\r]*")  # JSON's whitespace, as json.decoder matches it
_OPENERS = (b"{", b"[")
# Exact types only (``type(x) in _PLAIN``): a subclass, such as an enum, goes through ``prepare``.
_PLAIN = frozenset({str, int, bool, type(None)})
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)
# ``JSONEncoder.encode`` builds a C encoder on every call; this one is built once. No cycle
# check (``markers=None``): bodies are trees built from models, and ``prepare`` has walked them.
_c_make_encoder: Any = getattr(json.encoder, "c_make_encoder", None)  # CPython's C encoder; absent on some VMs
_encode_chunks = (
    _c_make_encoder(None, _ENCODER.default, json.encoder.encode_basestring, None, ":", ",", False, False, False)
    if _c_make_encoder is not None
    else None
)


def decode_json(content: bytes | str) -> Any:
    """Decode JSON with every non-integer number as an exact ``Decimal``."""
    if isinstance(content, str):
        # ``json.loads`` refuses a leading BOM in text; keep that error.
        return json.loads(content, parse_float=Decimal) if content.startswith("\ufeff") else _DECODER.decode(content)
    if content[:1] in _OPENERS and content[1:2] not in (b"", b"\x00"):
        # The usual answer: UTF-8 (no BOM, no NUL after the first byte, so not UTF-16/32) that
        # starts with its object or array. Scanned directly, without the layers of
        # ``JSONDecoder.decode`` around it, which cost as much as the scan (bench/NOTES.md).
        text = content.decode("utf-8", "surrogatepass")
        try:
            value, end = _scan_once(text, 0)
        except StopIteration as exc:
            raise json.JSONDecodeError("Expecting value", text, exc.value) from None
        if end != len(text) and _WHITESPACE.fullmatch(text, end) is None:
            raise json.JSONDecodeError("Extra data", text, end)
        return value
    # Bytes: the encoding detection ``json.loads`` does (UTF-8, -16 or -32, with or without BOM).
    return _DECODER.decode(content.decode(json.detect_encoding(content), "surrogatepass"))


# Compiled once: a pattern with the nonce in it was compiled anew on every call (~140 µs a body).
_PLACEHOLDER = re.compile(r'"([0-9a-f]{16}):(\d+)"')


def encode_json(value: Any) -> bytes:
    """Encode to compact UTF-8 JSON; Decimals become JSON numbers with their exact digits.

    ``json`` can only write numbers it got as int or float, so each Decimal is first replaced
    by a unique placeholder string, which is then swapped for the Decimal's own text. The
    placeholder's random part is drawn only when the body holds a Decimal.
    """
    nonce = ""
    numbers: list[str] = []

    def prepare(item: Any) -> Any:
        nonlocal nonce
        if isinstance(item, str | int) or item is None:  # bool is an int
            return item
        if isinstance(item, Decimal):
            if not item.is_finite():
                raise ValueError(f"{item} cannot be sent as a JSON number")
            if not nonce:
                nonce = secrets.token_hex(8)
            numbers.append(format(item, "f"))
            return f"{nonce}:{len(numbers) - 1}"
        if isinstance(item, float):
            raise TypeError("floats are not accepted in request bodies; use decimal.Decimal")
        # Plain children are kept without a call: most of a body is strings and integers.
        if isinstance(item, dict):
            return {key: child if type(child) in _PLAIN else prepare(child) for key, child in item.items()}
        if isinstance(item, list | tuple):
            return [child if type(child) in _PLAIN else prepare(child) for child in item]
        return item

    prepared = prepare(value)
    text = "".join(_encode_chunks(prepared, 0)) if _encode_chunks is not None else _ENCODER.encode(prepared)
    if numbers:

        def number(match: re.Match[str]) -> str:
            # A string of the body that only looks like a placeholder (another nonce) stays as it is.
            return numbers[int(match.group(2))] if match.group(1) == nonce else match.group(0)

        text = _PLACEHOLDER.sub(number, text)
    return text.encode()
