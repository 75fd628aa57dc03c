"""An ASGI app that receives one vendor's webhooks (needs the ``webhooks`` extra: starlette).

::

    from loyaltykit.webhooks import SQLiteDeduplicator, WebhookReceiver
    from loyaltykit.webhooks.asgi import create_app

    receiver = WebhookReceiver.gameball(SECRET_KEY, deduplicator=SQLiteDeduplicator("webhooks.db"))

    @receiver.on("customer.profile.updated")
    def profile_updated(event): ...

    app = create_app(receiver)          # uvicorn module:app, or mount it in FastAPI/Starlette

The app answers a POST to ``path`` as ``WebhookReceiver`` decides (see its module) and 405 to
any other method. Sync handlers run in Starlette's thread pool, async ones on the event loop.
"""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ._receiver import WebhookReceiver

__all__ = ["create_app"]


def create_app(receiver: WebhookReceiver, *, path: str = "/") -> Starlette:
    """A Starlette app that hands each POST to ``path`` to ``receiver``."""

    async def endpoint(request: Request) -> Response:
        body = await request.body()
        answer = await receiver.receive_async(body, request.headers, run_sync=run_in_threadpool)
        return Response(answer.content, status_code=answer.status, media_type="application/json")

    # No debug page: an exception the receiver lets through becomes a bare 500, never a traceback.
    return Starlette(routes=[Route(path, endpoint, methods=["POST"])], debug=False)
