"""``APIResponse``: what ``with_raw_response`` returns, a response with its parse on demand.

Apart from the client so that ``from loyaltykit import BonifiQ`` does not load attrs (about
30 ms, more than the rest of loyaltykit): raw mode imports this module when first used.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import attrs
import httpx

from ._response import RawResponse, parse_or_raise

T = TypeVar("T")


@attrs.frozen(repr=False)
class APIResponse(Generic[T]):
    """A call's raw response, with the parse to ``T`` on demand (``with_raw_response``)."""

    raw: RawResponse
    _parse: Callable[[RawResponse], T]
    operation: str = "the call"
    """The spec's operationId, which names the call in a parse error."""

    @property
    def status_code(self) -> int:
        return self.raw.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.raw.headers

    @property
    def content(self) -> bytes:
        return self.raw.content

    def json(self) -> Any:
        return self.raw.json()

    def parse(self) -> T:
        return parse_or_raise(self._parse, self.raw, self.operation)

    def __repr__(self) -> str:
        return f"<APIResponse {self.raw.status_code}>"
