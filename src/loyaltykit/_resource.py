"""Base classes of the resource groups (``bq.customers``, ``gb.transactions``...)."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Awaitable, Callable
from importlib import import_module
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, Self, TypeVar, cast, overload

from ._raw import RAW_MODE

if TYPE_CHECKING:
    from ._api_response import APIResponse
    from ._base_client import AsyncAPIClient, SyncAPIClient

P = ParamSpec("P")
R = TypeVar("R")


class SyncResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client


class AsyncResource:
    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client


ResourceT = TypeVar("ResourceT")


class LazyResource(Generic[ResourceT]):
    """A client's resource group (``bq.customers``), created on first access with its module.

    ``customers: LazyResource[Customers] = LazyResource(".resources.customers", "Customers")``
    in a client class: importing the client imports no resource module (nor the generated
    models those import), so ``from loyaltykit import BonifiQ`` costs little more than httpx.
    The resource is then stored on the client, which later reads find before this descriptor.
    """

    def __init__(self, module: str, name: str) -> None:
        self._module = module
        self._name = name
        self._attribute = name

    def __set_name__(self, owner: type, attribute: str) -> None:
        self._attribute = attribute
        self._package = owner.__module__.rpartition(".")[0]  # the module path is relative to the client's

    def resource_class(self) -> Any:
        """The resource's class, imported now."""
        return getattr(import_module(self._module, self._package), self._name)

    @overload
    def __get__(self, client: None, owner: type | None = None) -> Self: ...
    @overload
    def __get__(self, client: object, owner: type | None = None) -> ResourceT: ...
    def __get__(self, client: object | None, owner: type | None = None) -> ResourceT | Self:
        if client is None:
            return self
        resource: ResourceT = self.resource_class()(client)
        vars(client)[self._attribute] = resource
        return resource


def is_resource(value: object) -> bool:
    """Whether ``value`` is a resource group, bound to the client it was created for."""
    return isinstance(value, SyncResource | AsyncResource)


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
