"""The HTTP shim in front of the download queue: the original service's ``POST /process``.

A submission is answered 200 only after the broker confirmed the message, so a 200
means the job cannot be lost; 503 means "try again", never "maybe queued".
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
from collections.abc import AsyncIterator, Iterable
from typing import Annotated
from uuid import UUID, uuid4

from aio_pika.abc import AbstractChannel, AbstractRobustConnection
from aio_pika.exceptions import (
    AMQPError,
    ChannelInvalidStateError,
    DeliveryError,
    PublishError,
)
from fastapi import FastAPI, Response
from fastapi.responses import JSONResponse
from pamqp.commands import Basic
from prometheus_client import CONTENT_TYPE_LATEST, Counter, generate_latest
from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field, SecretStr
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from consumers import broker, metrics, sdnotify, timeline, tracing
from messages import JobRequest

log = logging.getLogger(__name__)

QUEUED_MESSAGE = "Processing started in background. Results will be sent to PHP when ready."
CONNECT_RETRY_SECONDS = 2.0
# What a publish raises when the broker, not our code, is the trouble (one warning line).
BROKER_ERRORS = (AMQPError, ChannelInvalidStateError, ConnectionError, OSError, TimeoutError)
# Probes and scrapers carry no token; neither path reveals or changes anything.
OPEN_PATHS = frozenset({"/health", "/metrics"})


class Submission(BaseModel):
    """The original service's request body."""

    model_config = ConfigDict(extra="forbid")

    # At most int64: the id travels as an AMQP header (x-fiche-id), a signed 64-bit field.
    fiche_id: Annotated[int, Field(ge=0, le=2**63 - 1, examples=[12345])]
    audio_url: Annotated[AnyHttpUrl, Field(examples=["https://exemple.com/audio/12345.wav"])]
    job_id: UUID | None = None


class Queued(BaseModel):
    status: str = "queued"
    fiche_id: int
    job_id: UUID
    message: str = QUEUED_MESSAGE


class BrokerLink:
    """The ingress's one connection and confirming channel, opened in the background.

    The ingress starts (and answers /health) even while the broker is down.
    """

    def __init__(
        self, url: str, topology: broker.Topology, limits: timeline.Limits | None = None
    ) -> None:
        self.url = url
        self.topology = topology
        self.recorder: timeline.Recorder | None = None
        self._limits = limits or timeline.Limits()
        self.connection: AbstractRobustConnection | None = None
        self.channel: AbstractChannel | None = None
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._connect_until_up())

    async def _connect_until_up(self) -> None:
        while True:
            try:
                self.connection = await broker.connect(self.url)
                # Confirms and returns: a job that no queue took is an error, never a 200.
                channel = await broker.open_channel(self.connection)
                await broker.declare_stage(channel, self.topology, "download")
                self.recorder = await timeline.Recorder(
                    self.connection, self.topology, self._limits
                ).__aenter__()
                self.channel = channel
                log.info("ingress connected to the broker")
                sdnotify.notify("READY=1")  # it can publish: Type=notify counts it started
                return
            except (TimeoutError, OSError, ConnectionError) as error:
                log.warning("broker unavailable (%s); retrying", type(error).__name__)
                await asyncio.sleep(CONNECT_RETRY_SECONDS)

    @property
    def ready(self) -> bool:
        return (
            self.channel is not None
            and not self.channel.is_closed
            and self.connection is not None
            and not self.connection.is_closed
        )

    async def close(self) -> None:
        if self._task:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self.recorder:
            await self.recorder.__aexit__(None, None, None)
        if self.connection:
            await self.connection.close()


def create_app(
    rabbitmq_url: str,
    topology: broker.Topology,
    *,
    max_body_bytes: int = 65536,
    tokens: Iterable[SecretStr | str] = (),
    app_metrics: metrics.Metrics | None = None,
    timeline_limits: timeline.Limits | None = None,
) -> FastAPI:
    """The ingress application; one broker link for the process's lifetime.

    With ``tokens``, every path but /health and /metrics needs ``Authorization: Bearer
    <one of them>``; without, the ingress is open and says so in its log at start.
    ``app_metrics`` is where it counts (default: the process's registry);
    ``timeline_limits`` the retention of the job timeline stream it records to and reads.
    """
    counts = app_metrics if app_metrics is not None else metrics.DEFAULT
    requests = counts.ingress_requests
    limits = timeline_limits or timeline.Limits()
    link = BrokerLink(rabbitmq_url, topology, limits)
    secrets = [_secret_bytes(token) for token in tokens]
    secrets = [secret for secret in secrets if secret]

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if not secrets:
            log.warning("INGRESS_TOKENS is empty: POST /process accepts unauthenticated requests")
        link.start()
        yield
        await link.close()

    app = FastAPI(title="audio-nlp-pipeline ingress", lifespan=lifespan)
    app.state.broker = link
    app.add_middleware(
        IngressGuard, tokens=secrets, max_body_bytes=max_body_bytes, requests=requests
    )

    @app.post("/process", response_model=Queued, responses={503: {"description": "broker down"}})
    async def process(submission: Submission) -> Response:
        job = JobRequest(
            fiche_id=submission.fiche_id,
            audio_url=submission.audio_url,
            job_id=submission.job_id or uuid4(),
        )
        if not link.ready or link.channel is None:
            return _unavailable(requests, "message broker unavailable")
        try:
            with tracing.job_span(str(job.job_id), job.fiche_id):
                await broker.publish(
                    link.channel,
                    topology.work("download"),
                    job.model_dump_json().encode(),
                    message_id=str(job.job_id),
                    headers={"x-job-id": str(job.job_id), "x-fiche-id": job.fiche_id},
                )
        except DeliveryError as error:
            # Returned (no queue took it, e.g. the queue was deleted) or nacked by the broker.
            log.warning("job %s not queued: the broker %s", job.job_id, _refusal(error))
            return _unavailable(requests, "message broker did not take the job")
        except BROKER_ERRORS as error:
            log.warning("job %s not queued: %s", job.job_id, type(error).__name__)
            return _unavailable(requests, "message broker did not confirm the job")
        except Exception:  # a bug, not the broker: its traceback, once; still "not queued"
            log.exception(
                "job %s (fiche %s) not queued: unexpected error", job.job_id, job.fiche_id
            )
            return _unavailable(requests, "message broker did not confirm the job")
        requests.labels(status="200").inc()
        if link.recorder is not None:
            link.recorder.record(
                timeline.Event(str(job.job_id), job.fiche_id, "download", "queued", timeline.now())
            )
        log.info("queued job %s for fiche %s", job.job_id, job.fiche_id)
        body = Queued(fiche_id=job.fiche_id, job_id=job.job_id)
        return JSONResponse(body.model_dump(mode="json"))

    @app.get("/jobs/{job_id}", responses={404: {"description": "no event of this job"}})
    async def job_status(job_id: UUID) -> Response:
        try:
            events = await timeline.read_events(rabbitmq_url, topology, limits, job_id=str(job_id))
        except BROKER_ERRORS as error:
            log.warning("timeline of job %s unreadable: %s", job_id, type(error).__name__)
            return _unavailable(requests, "message broker unavailable")
        except Exception:  # a bug, not the broker: its traceback, once
            log.exception("timeline of job %s unreadable: unexpected error", job_id)
            return _unavailable(requests, "timeline unreadable")
        found = timeline.fold(events)
        if not found:
            return JSONResponse({"detail": f"no event of job {job_id}"}, status_code=404)
        return JSONResponse(found[0].as_dict())

    @app.get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok", "broker": "connected" if link.ready else "disconnected"}

    @app.get("/metrics", include_in_schema=False)
    async def metrics_endpoint() -> Response:
        return Response(generate_latest(counts.registry), media_type=CONTENT_TYPE_LATEST)

    return app


def _refusal(error: DeliveryError) -> str:
    returned = error.message.delivery if error.message is not None else None
    if isinstance(error, PublishError) and isinstance(returned, Basic.Return):
        return f"returned it unroutable ({returned.reply_code} {returned.reply_text})"
    return f"refused it ({type(error.frame).__name__})"


def _unavailable(requests: Counter, reason: str) -> JSONResponse:
    requests.labels(status="503").inc()
    return JSONResponse({"detail": reason}, status_code=503, headers={"Retry-After": "5"})


def _secret_bytes(token: SecretStr | str) -> bytes:
    value = token.get_secret_value() if isinstance(token, SecretStr) else token
    return value.strip().encode("utf-8")


def token_matches(presented: bytes, tokens: Iterable[bytes]) -> bool:
    """Constant-time check against every token, so timing says neither which nor how close."""
    matches = [hmac.compare_digest(presented, token) for token in tokens]
    return any(matches)


class IngressGuard:
    """Authentication, then the body cap, before FastAPI reads or parses anything.

    A plain ASGI middleware rather than a FastAPI dependency: dependencies run after the
    body was read and parsed, so a stranger could still make us buffer and decode JSON.
    The cap counts the bytes actually received, so a chunked body without
    Content-Length is held to it too.
    """

    def __init__(
        self, app: ASGIApp, *, tokens: list[bytes], max_body_bytes: int, requests: Counter
    ) -> None:
        self.app = app
        self.requests = requests
        self.tokens = tokens
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in OPEN_PATHS:
            await self.app(scope, receive, send)
            return
        if self.tokens and not self._authorized(scope):
            await _reply(
                self.requests, send, 401, "missing or invalid bearer token", self._challenge(scope)
            )
            return
        if self._declared_length(scope) > self.max_body_bytes:
            await _reply(self.requests, send, 413, "request body too large")
            return
        body = await self._read_body(receive)
        if body is None:
            await _reply(self.requests, send, 413, "request body too large")
            return
        await self.app(scope, _replay(body, receive), send)

    def _authorized(self, scope: Scope) -> bool:
        scheme, _, presented = _header(scope, b"authorization").partition(b" ")
        if scheme.lower() != b"bearer" or not presented.strip():
            return False
        return token_matches(presented.strip(), self.tokens)

    @staticmethod
    def _challenge(scope: Scope) -> str:
        # RFC 6750: say "invalid_token" only when a token was offered.
        return 'Bearer error="invalid_token"' if _header(scope, b"authorization") else "Bearer"

    @staticmethod
    def _declared_length(scope: Scope) -> int:
        value = _header(scope, b"content-length")
        return int(value) if value.isdigit() else 0

    async def _read_body(self, receive: Receive) -> bytes | None:
        """The whole body, or None as soon as it passes the cap."""
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return b"".join(chunks)  # disconnect: the app will see an empty body
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)


def _header(scope: Scope, name: bytes) -> bytes:
    for key, value in scope["headers"]:
        if key.lower() == name:
            return bytes(value)
    return b""


def _replay(body: bytes, receive: Receive) -> Receive:
    """A receive channel that gives the app the already-read body, then the real channel."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _reply(
    requests: Counter, send: Send, status: int, detail: str, challenge: str | None = None
) -> None:
    requests.labels(status=str(status)).inc()
    body = json.dumps({"detail": detail}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if challenge:
        headers.append((b"www-authenticate", challenge.encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
