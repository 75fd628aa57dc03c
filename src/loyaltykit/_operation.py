"""Using any generated operation module through the facade.

A generated module (e.g. ``loyaltykit_bonifiq_api.api.pos.pos_redeem``) has
``_get_kwargs(...)`` to build the request and ``_parse_response(...)`` to read it. The facade
sends the request itself (auth, retries, errors) and reuses both functions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol, Self, TypeVar

from ._call import Call
from ._response import RawResponse

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class Operation(Protocol[T_co]):
    """What a generated operation module looks like to the facade."""

    __name__: str

    def _get_kwargs(self, *args: Any, **kwargs: Any) -> dict[str, Any]: ...

    def _parse_response(self, *, client: Any, response: Any) -> T_co | None: ...


def operation_name(module: Operation[Any]) -> str:
    return module.__name__.rsplit(".", 1)[-1]


def parser_for(module: Operation[T_co], parse_client: Any) -> Callable[[RawResponse], T_co]:
    """The module's own response parser, refusing statuses the spec does not document."""

    def parse(raw: RawResponse) -> T_co:
        result = module._parse_response(client=parse_client, response=raw.http_response)
        if result is None:
            raise ValueError(f"HTTP {raw.status_code} is not a documented response of {operation_name(module)}")
        return result

    return parse


class GeneratedModel(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=GeneratedModel)


def model_parser(model: type[M]) -> Callable[[RawResponse], M]:
    """Parse a success body into ``model`` (the operation's documented 2xx model)."""

    def parse(raw: RawResponse) -> M:
        body = raw.json()
        if not isinstance(body, dict):
            raise TypeError(f"expected a JSON object for {model.__name__}, got {type(body).__name__}")
        return model.from_dict(body)

    return parse


def generated_call(
    module: Operation[Any],
    args: dict[str, Any],
    parse: Callable[[RawResponse], T],
    *,
    read_only: bool = False,
    idempotent: bool = False,
) -> Call[T]:
    """A call built by the generated ``module._get_kwargs(**args)``, read by ``parse``."""
    return Call.from_generated(
        operation_name(module),
        module._get_kwargs(**args),
        parse,
        read_only=read_only,
        idempotent=idempotent,
    )
