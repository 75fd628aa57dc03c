"""A ceiling on request bodies, for every route: 413 without reading what is beyond it.

A declared ``Content-Length`` over the limit is answered at once, before a byte of the body
is read. A body without one (chunked) is counted as it arrives: past the limit the app is
told the client left (it stops reading and answers nothing) and the 413 is sent in its place.
The connection is closed after a 413, so the rest of the body is never read either.
"""

from __future__ import annotations

from collections.abc import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._wire import Reply, send_reply


def declared_length(scope: Scope) -> int | None:
    for name, value in scope["headers"]:
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def limit_body(
    app: ASGIApp, scope: Scope, receive: Receive, send: Send, limit: int, too_large: Callable[[str], Reply]
) -> None:
    """Run ``app`` on this request unless its body exceeds ``limit`` bytes; ``too_large`` words the 413."""
    message = f"The request body exceeds the sandbox's limit of {limit} bytes."
    declared = declared_length(scope)
    if declared is not None and declared > limit:
        await _refuse(send, too_large(message))
        return
    received = 0
    tripped = False
    started = False

    async def counted() -> Message:
        nonlocal received, tripped
        if tripped:
            return {"type": "http.disconnect"}
        message = await receive()
        if message["type"] == "http.request":
            received += len(message.get("body", b""))
            if received > limit:
                tripped = True
                return {"type": "http.disconnect"}
        return message

    async def guarded(message: Message) -> None:
        nonlocal started
        if tripped:
            return  # the app's answer to a "disconnect" it was told of: the 413 replaces it
        started = started or message["type"] == "http.response.start"
        await send(message)

    try:
        await app(scope, counted, guarded)
    except Exception:
        if not tripped:
            raise  # an app that fails on a "disconnected" client is what the limit expects
    if tripped and not started:
        await _refuse(send, too_large(message))


async def _refuse(send: Send, reply: Reply) -> None:
    reply.headers["Connection"] = "close"
    await send_reply(send, reply)
