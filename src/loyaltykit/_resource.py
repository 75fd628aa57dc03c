"""Base classes of the resource groups (``bq.customers``, ``gb.transactions``...)."""

from __future__ import annotations

import inspect
from typing import TYPE_CHECKING, Any

from ._raw import RAW_MODE

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient


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

            async def call_async(*args: Any, **kwargs: Any) -> Any:
                token = RAW_MODE.set(True)
                try:
                    return await attribute(*args, **kwargs)
                finally:
                    RAW_MODE.reset(token)

            return call_async
        if callable(attribute):

            def call(*args: Any, **kwargs: Any) -> Any:
                token = RAW_MODE.set(True)
                try:
                    return attribute(*args, **kwargs)
                finally:
                    RAW_MODE.reset(token)

            return call
        raise AttributeError(f"{name} is not a resource or a method")
