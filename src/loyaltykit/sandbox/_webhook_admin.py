"""The admin API of webhooks: endpoints (list, register, remove) and the delivery log."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ._admin import _body, _guard, _json
from ._admin_input import AdminInputError, boolean, only
from ._runtime import Runtime
from ._webhooks import check_vendor


async def endpoints(rt: Runtime, request: Request) -> Response:
    """GET lists the endpoints; POST {"vendor", "url", "headers"?} registers one (201)."""
    if request.method == "POST":
        body = await _body(request, ("vendor", "url", "headers"))
        for name in ("vendor", "url"):
            if name not in body:
                raise AdminInputError(name, "is required")
        endpoint = rt.webhooks.register(body["vendor"], body["url"], body.get("headers"))
        return _json({"endpoint": endpoint.view()}, 201)
    return _json({"endpoints": [endpoint.view() for endpoint in rt.webhooks.endpoints()]})


async def endpoint(rt: Runtime, request: Request) -> Response:
    """POST {"active": bool} pauses or resumes one endpoint; DELETE removes it (its pending
    retries with it, either way); 404 when there is none."""
    endpoint_id = _endpoint_id(request.path_params["id"])
    missing = _json({"error": f"no webhook endpoint {endpoint_id}"}, 404)
    if request.method == "POST":
        body = await _body(request, ("active",))
        if "active" not in body:
            raise AdminInputError("active", "is required")
        found = rt.webhooks.set_active(endpoint_id, boolean(body, "active"))
        return missing if found is None else _json({"endpoint": found.view()})
    if not rt.webhooks.remove(endpoint_id):
        return missing
    return _json({"removed": endpoint_id})


def _endpoint_id(text: str) -> int:
    if not text.isdigit() or len(text) > 18:
        raise AdminInputError("id", "must be an endpoint id (digits)")
    return int(text)


async def deliveries(rt: Runtime, request: Request) -> Response:
    """GET the delivery log, oldest first (``?vendor=``, ``?endpoint=``); DELETE forgets it."""
    query = request.query_params
    only(query, ("vendor", "endpoint"))
    vendor = check_vendor(query["vendor"]) if "vendor" in query else None
    endpoint_id = _endpoint_id(query["endpoint"]) if "endpoint" in query else None
    if request.method == "DELETE":
        rt.webhooks.clear_log()
    return _json({"deliveries": rt.webhooks.deliveries(vendor, endpoint_id)})


def webhook_routes(rt: Runtime) -> list[Route]:
    return [
        Route("/webhooks", _guard(endpoints, rt), methods=["GET", "POST"]),
        Route("/webhooks/deliveries", _guard(deliveries, rt), methods=["GET", "DELETE"]),
        Route("/webhooks/{id}", _guard(endpoint, rt), methods=["POST", "DELETE"]),
    ]
