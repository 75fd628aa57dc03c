"""Using any generated operation module through the facade.

A generated module (e.g. ``loyaltykit_bonifiq_api.api.pos.pos_redeem``) has one public
function, ``request(...)``, which returns the request as data (an ``OperationRequest``: the
operation's name, method, URL, query, headers, body, the parser of its documented success
answers, and whether it is safe to repeat). The facade copies it whole into a ``Call`` and
sends it itself (auth, retries, errors).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeVar, overload

import httpx

from ._call import Call
from ._response import RawResponse

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class OperationRequest(Protocol[T_co]):
    """A generated ``types.OperationRequest`` (each generated package has its own class)."""

    @property
    def operation(self) -> str: ...

    @property
    def method(self) -> str: ...

    @property
    def url(self) -> str: ...

    @property
    def params(self) -> Mapping[str, Any]: ...

    @property
    def headers(self) -> Mapping[str, str]: ...

    @property
    def json(self) -> Any: ...

    @property
    def parse(self) -> Callable[[httpx.Response], T_co]: ...

    @property
    def retry_safe(self) -> bool: ...


class Operation(Protocol[T_co]):
    """What a generated operation module looks like to the facade."""

    __name__: str
    OPERATION_ID: str

    def request(self, *args: Any, **kwargs: Any) -> OperationRequest[T_co]: ...


def request_parser(request: OperationRequest[T_co]) -> Callable[[RawResponse], T_co]:
    """The operation's own parser of its documented success answers (others are refused)."""
    parse = request.parse

    def parse_raw(raw: RawResponse) -> T_co:
        return parse(raw.http_response)

    return parse_raw


@overload
def generated_call(
    module: Operation[T],
    args: dict[str, Any],
    parse: None = None,
    *,
    read_only: bool = False,
    idempotent: bool = False,
) -> Call[T]: ...


@overload
def generated_call(
    module: Operation[Any],
    args: dict[str, Any],
    parse: Callable[[RawResponse], T],
    *,
    read_only: bool = False,
    idempotent: bool = False,
) -> Call[T]: ...


def generated_call(
    module: Operation[Any],
    args: dict[str, Any],
    parse: Callable[[RawResponse], Any] | None = None,
    *,
    read_only: bool = False,
    idempotent: bool = False,
) -> Call[Any]:
    """A call built by the generated ``module.request(**args)``, read by ``parse``.

    Without ``parse`` the operation's own parser reads the answer (what ``client.call`` does),
    so a named method and ``client.call`` of the same module return the same thing.
    """
    request = module.request(**args)
    return Call.from_request(
        request,
        request_parser(request) if parse is None else parse,
        read_only=read_only,
        idempotent=idempotent,
    )
