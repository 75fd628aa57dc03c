"""``WebhookReceiver``: verify, de-duplicate, hand each event to its handler, say what to answer.

Framework-free: it takes the raw body and the headers and returns a ``WebhookResponse`` (a
status and a small JSON body), so an ASGI app (``loyaltykit.webhooks.asgi``), a Flask view or
a Django view is a few lines around it. The answers:

- 401 the signature (Gameball) or configured headers (BonifiQ) do not match; 400 the body is
  not a JSON object: the vendor's retry will not fix either, but the vendor learns of it;
- 200 ``handled``, ``duplicate`` (handled already, or being handled) or ``ignored`` (no handler
  for the type): nothing for the vendor to do again;
- 500 the handler raised: the claim is released, so the vendor's redelivery is handled again.

No answer carries a stack trace, a secret or the body; the handler's error is logged on the
``loyaltykit`` logger by class only (its message may hold customer data).
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, TypeVar

import attrs

from .._logging import logger
from .._redaction import redact_text
from ..errors import InvalidArgumentError, WebhookError, WebhookPayloadError, WebhookVerificationError
from ._dedupe import WebhookDeduplicator
from ._event import WebhookEvent

__all__ = ["Handler", "WebhookReceiver", "WebhookResponse"]

Handler = Callable[[Any], Any]
"""Called with the event; ``receive_async`` also awaits what it returns if that is awaitable."""
_H = TypeVar("_H", bound=Handler)


@attrs.frozen
class WebhookResponse:
    """What to answer the vendor: ``status`` and a JSON ``body`` (``{"status": ...}`` or ``{"error": ...}``)."""

    status: int
    body: Mapping[str, str]

    @property
    def content(self) -> bytes:
        return json.dumps(dict(self.body)).encode()


_HANDLED = WebhookResponse(200, {"status": "handled"})
_DUPLICATE = WebhookResponse(200, {"status": "duplicate"})
_IGNORED = WebhookResponse(200, {"status": "ignored"})
_UNVERIFIED = WebhookResponse(401, {"error": "the webhook could not be verified"})
_MALFORMED = WebhookResponse(400, {"error": "the webhook body is not a JSON object"})
_FAILED = WebhookResponse(500, {"error": "the webhook could not be handled; send it again"})


class WebhookReceiver:
    """Receives one vendor's webhooks at one URL.

    ``construct`` turns ``(body, headers)`` into an event or raises ``WebhookError``: use
    ``WebhookReceiver.gameball(...)`` / ``.bonifiq(...)``, or pass your own (e.g. a
    ``functools.partial`` of a vendor's ``construct_event``). ``deduplicator`` remembers handled
    events; the default, an in-memory ``SQLiteDeduplicator``, protects this process only and
    forgets on restart: pass a file's for production. Handlers are registered with ``on``.
    """

    def __init__(
        self,
        construct: Callable[[bytes, Mapping[str, str]], WebhookEvent],
        *,
        deduplicator: WebhookDeduplicator | None = None,
    ) -> None:
        if not callable(construct):
            raise InvalidArgumentError("construct", "must be a function (body, headers) -> WebhookEvent")
        if deduplicator is None:
            from ._sqlite import SQLiteDeduplicator

            deduplicator = SQLiteDeduplicator()
        elif not isinstance(deduplicator, WebhookDeduplicator):
            raise InvalidArgumentError(
                "deduplicator", "must be a WebhookDeduplicator (claim, complete, release, close)"
            )
        self.construct = construct
        self.deduplicator = deduplicator
        self._handlers: dict[str | None, Handler] = {}

    @classmethod
    def gameball(
        cls,
        secret_keys: str | Sequence[str],
        *,
        allow_base64: bool = False,
        deduplicator: WebhookDeduplicator | None = None,
    ) -> WebhookReceiver:
        """A receiver of Gameball's webhooks signed with one of ``secret_keys``."""
        from . import gameball

        gameball._secret_keys(secret_keys)  # refused now, not at the first delivery

        def construct(body: bytes, headers: Mapping[str, str]) -> WebhookEvent:
            return gameball.construct_event(body, headers, secret_keys, allow_base64=allow_base64)

        return cls(construct, deduplicator=deduplicator)

    @classmethod
    def bonifiq(
        cls, required_headers: Mapping[str, str], *, deduplicator: WebhookDeduplicator | None = None
    ) -> WebhookReceiver:
        """A receiver of BonifiQ's webhooks that carry ``required_headers``."""
        from . import bonifiq

        required = bonifiq._required_headers(required_headers)  # refused now, not at the first delivery

        def construct(body: bytes, headers: Mapping[str, str]) -> WebhookEvent:
            return bonifiq.construct_event(body, headers, required)

        return cls(construct, deduplicator=deduplicator)

    def on(self, event_type: str | None = None) -> Callable[[_H], _H]:
        """Decorator: the handler of ``event_type`` (the event's ``type``), or, with None, of every
        type without its own handler. One handler per type; registering again replaces it."""
        if event_type is not None and (not isinstance(event_type, str) or not event_type):
            raise InvalidArgumentError("event_type", "must be an event type (non-empty str) or None for the rest")

        def register(handler: _H) -> _H:
            if not callable(handler):
                raise InvalidArgumentError("handler", "must be callable with the event")
            self._handlers[event_type] = handler
            return handler

        return register

    # The steps both ``receive`` and ``receive_async`` take around the handler.

    def _accept(self, body: bytes, headers: Mapping[str, str]) -> WebhookResponse | tuple[WebhookEvent, Handler]:
        try:
            event = self.construct(body, headers)
        except WebhookVerificationError:
            return _UNVERIFIED
        except WebhookPayloadError:
            return _MALFORMED
        handler = self._handlers.get(event.type) or self._handlers.get(None)
        if handler is None:
            return _IGNORED
        try:
            claimed = self.deduplicator.claim(event.dedupe_key)
        except WebhookError as error:
            logger.error("webhook %s: %s", event.type, redact_text(str(error)))
            return _FAILED
        return (event, handler) if claimed else _DUPLICATE

    def _settle(self, event: WebhookEvent, error: BaseException | None) -> WebhookResponse:
        try:
            if error is None:
                self.deduplicator.complete(event.dedupe_key)
            else:
                self.deduplicator.release(event.dedupe_key)
        except WebhookError as failure:
            # Handled but not remembered: the claim lapses, and a redelivery would be handled again.
            logger.error("webhook %s: %s", event.type, redact_text(str(failure)))
        if error is None:
            return _HANDLED
        logger.error("webhook %s: the handler raised %s", event.type, type(error).__name__)
        return _FAILED

    def receive(self, body: bytes, headers: Mapping[str, str]) -> WebhookResponse:
        """Verify, parse, de-duplicate and handle one delivery; what to answer the vendor."""
        accepted = self._accept(body, headers)
        if isinstance(accepted, WebhookResponse):
            return accepted
        event, handler = accepted
        try:
            result = handler(event)
            if inspect.isawaitable(result):
                if inspect.iscoroutine(result):
                    result.close()  # never run: no "never awaited" warning
                raise TypeError("an async handler needs receive_async (or loyaltykit.webhooks.asgi)")
        except Exception as error:
            return self._settle(event, error)
        except BaseException as interrupted:  # cancelled, interrupted: not handled, so not seen
            self._settle(event, interrupted)
            raise
        return self._settle(event, None)

    async def receive_async(
        self,
        body: bytes,
        headers: Mapping[str, str],
        *,
        run_sync: Callable[[Callable[[], Any]], Awaitable[Any]] | None = None,
    ) -> WebhookResponse:
        """``receive`` for async code: an async handler is awaited; a sync one runs through
        ``run_sync`` (e.g. a thread pool) if given, else in the event loop."""
        accepted = self._accept(body, headers)
        if isinstance(accepted, WebhookResponse):
            return accepted
        event, handler = accepted
        try:
            if run_sync is None or inspect.iscoroutinefunction(handler):
                result = handler(event)
            else:
                result = await run_sync(lambda: handler(event))
            if inspect.isawaitable(result):
                await result
        except Exception as error:
            return self._settle(event, error)
        except BaseException as interrupted:  # cancelled, interrupted: not handled, so not seen
            self._settle(event, interrupted)
            raise
        return self._settle(event, None)

    def close(self) -> None:
        self.deduplicator.close()
