"""A stand-in for the PHP backend (``fiche_ai_data_post.php?fiche_id=N``).

It accepts a JSON POST on any path and appends one JSON line per accepted request, so
tests and demos can read exactly what the deliver stage sent. It judges nothing: a POST
repeating an ``Idempotency-Key`` is accepted and recorded like any other (the real
backend overwrites the fiche); whoever reads the lines decides what a repeat means.

Test switches on ``app.state``: ``fail_next`` (the next N POSTs answer 500).
Counters: ``accepted``, ``failed``.
"""

from __future__ import annotations

import asyncio
import json
import random
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

_KEPT_HEADERS = ("idempotency-key", "content-type")


def create_app(
    *,
    jsonl_path: Path,
    latency_seconds: float = 0.0,
    failure_rate: float = 0.0,
    seed: int | None = None,
) -> FastAPI:
    app = FastAPI(title="PHP backend receiver emulator")
    app.state.accepted = 0
    app.state.failed = 0
    app.state.fail_next = 0
    app.state.jsonl_path = jsonl_path
    rng = random.Random(seed)
    # Appends from concurrent requests must not interleave within a line.
    write_lock = asyncio.Lock()

    @app.get("/health")
    async def health() -> dict[str, object]:
        return {"status": "ok", "accepted": app.state.accepted}

    async def receive(request: Request, path: str) -> JSONResponse:
        if latency_seconds > 0:
            await asyncio.sleep(latency_seconds)
        if _should_fail(app, rng, failure_rate):
            app.state.failed += 1
            return JSONResponse({"status": "error", "message": "emulated failure"}, 500)
        try:
            body = await request.json()
        except ValueError:
            return JSONResponse({"status": "error", "message": "body is not JSON"}, 400)
        record = _record(request, body)
        async with write_lock:
            await asyncio.to_thread(_append, jsonl_path, record)
        app.state.accepted += 1
        return JSONResponse({"status": "ok"})

    app.add_api_route("/{path:path}", receive, methods=["POST"])
    return app


def _should_fail(app: FastAPI, rng: random.Random, failure_rate: float) -> bool:
    if app.state.fail_next > 0:
        app.state.fail_next -= 1
        return True
    return failure_rate > 0 and rng.random() < failure_rate


def _record(request: Request, body: Any) -> dict[str, Any]:
    headers = {
        name: value
        for name, value in request.headers.items()
        if name in _KEPT_HEADERS or name.startswith("webhook-")
    }
    return {
        "received_at": datetime.now(UTC).isoformat(),
        "path": request.url.path,
        "query": dict(request.query_params),
        "headers": headers,
        "body": body,
    }


def _append(path: Path, record: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def read_records(path: Path) -> list[dict[str, Any]]:
    """The lines written so far (for tests and the demo).

    Only whole lines: a long record can reach the file in more than one write, and a
    reader between them sees its first part without the newline that ends it.
    """
    if not path.exists():
        return []
    written, _, _ = path.read_text(encoding="utf-8").rpartition("\n")
    return [json.loads(line) for line in written.splitlines() if line.strip()]
