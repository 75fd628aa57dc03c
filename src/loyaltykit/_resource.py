"""Base classes of the resource groups (``bq.customers``, ``gb.transactions``...)."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar, cast

from ._raw import RAW_MODE

if TYPE_CHECKING:
    from ._base_client import APIResponse, AsyncAPIClient, SyncAPIClient

P = ParamSpec("P")
R = TypeVar("R")


class SyncResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client


class AsyncResource:
    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client


class RawResponseView:
    """``client.with_raw_response.<resource>.<method>(...)`` returns an ``APIResponse``.

    The ``APIResponse`` gives the status, headers and body, and ``.parse()`` gives what the
    plain call would have returned. Applies to single-request methods; pagers expose each
    page's ``raw_response`` instead.
    """

    def __init__(self, target: object) -> None:
        self._target = target

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._target, name)
        if isinstance(attribute, SyncResource | AsyncResource):
            return RawResponseView(attribute)
        if inspect.iscoroutinefunction(attribute):
            return async_to_raw_response_wrapper(attribute)
        if callable(attribute):
            return to_raw_response_wrapper(attribute)
        raise AttributeError(f"{name} is not a resource or a method")


def to_raw_response_wrapper(method: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """``method`` with the same parameters, returning its ``APIResponse`` instead of the parsed ``R``.

    What ``resource.with_raw_response.<method>`` holds: typed, unlike ``client.with_raw_response``.
    """

    @functools.wraps(method)
    def raw(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = RAW_MODE.set(True)
        try:
            return cast("APIResponse[R]", method(*args, **kwargs))
        finally:
            RAW_MODE.reset(token)

    return raw


def async_to_raw_response_wrapper(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[APIResponse[R]]]:
    """The async twin of ``to_raw_response_wrapper``."""

    @functools.wraps(method)
    async def raw(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = RAW_MODE.set(True)
        try:
            return cast("APIResponse[R]", await method(*args, **kwargs))
        finally:
            RAW_MODE.reset(token)

    return raw
