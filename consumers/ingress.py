"""The HTTP shim in front of the download queue: the original service's ``POST /process``.

A submission is answered 200 only after the broker confirmed the message, so a 200
means the job cannot be lost; 503 means "try again", never "maybe queued".
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Annotated, Any
from uuid import UUID, uuid4

from aio_pika.abc import AbstractChannel, AbstractRobustConnection
from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field

from consumers import broker, metrics
from messages import JobRequest

log = logging.getLogger(__name__)

QUEUED_MESSAGE = "Processing started in background. Results will be sent to PHP when ready."
CONNECT_RETRY_SECONDS = 2.0


class Submission(BaseModel):
    """The original service's request body."""

    model_config = ConfigDict(extra="forbid")

    fiche_id: Annotated[int, Field(ge=0, examples=[12345])]
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

    def __init__(self, url: str, topology: broker.Topology) -> None:
        self.url = url
        self.topology = topology
        self.connection: AbstractRobustConnection | None = None
        self.channel: AbstractChannel | None = None
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._connect_until_up())

    async def _connect_until_up(self) -> None:
        while True:
            try:
                self.connection = await broker.connect(self.url)
                channel = await self.connection.channel(publisher_confirms=True)
                await broker.declare_stage(channel, self.topology, "download")
                self.channel = channel
                log.info("ingress connected to the broker")
                return
            except (OSError, ConnectionError, asyncio.TimeoutError) as error:
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
        if self.connection:
            await self.connection.close()


def create_app(rabbitmq_url: str, topology: broker.Topology, *, max_body_bytes: int = 65536) -> FastAPI:
    """The ingress application; one broker link for the process's lifetime."""
    link = BrokerLink(rabbitmq_url, topology)

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        link.start()
        yield
        await link.close()

    app = FastAPI(title="audio-nlp-pipeline ingress", lifespan=lifespan)
    app.state.broker = link

    @app.middleware("http")
    async def limit_body(request: Request, call_next: Any) -> Response:
        length = request.headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > max_body_bytes:
            return JSONResponse({"detail": "request body too large"}, status_code=413)
        response: Response = await call_next(request)
        return response

    @app.post("/process", response_model=Queued, responses={503: {"description": "broker down"}})
    async def process(submission: Submission) -> Response:
        job = JobRequest(
            fiche_id=submission.fiche_id,
            audio_url=submission.audio_url,
            job_id=submission.job_id or uuid4(),
        )
        if not link.ready or link.channel is None:
            return _unavailable("message broker unavailable")
        try:
            await broker.publish(
                link.channel,
                topology.work("download"),
                job.model_dump_json().encode(),
                message_id=str(job.job_id),
                headers={"x-job-id": str(job.job_id), "x-fiche-id": job.fiche_id},
            )
        except Exception as error:  # noqa: BLE001 - any publish failure means "not queued"
            log.warning("job %s not queued: %s", job.job_id, type(error).__name__)
            return _unavailable("message broker did not confirm the job")
        metrics.INGRESS_REQUESTS.labels(status="200").inc()
        log.info("queued job %s for fiche %s", job.job_id, job.fiche_id)
        body = Queued(fiche_id=job.fiche_id, job_id=job.job_id)
        return JSONResponse(body.model_dump(mode="json"))

    @app.get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok", "broker": "connected" if link.ready else "disconnected"}

    @app.get("/metrics", include_in_schema=False)
    async def metrics_endpoint() -> Response:
        return Response(generate_latest(metrics.REGISTRY), media_type=CONTENT_TYPE_LATEST)

    return app


def _unavailable(reason: str) -> JSONResponse:
    metrics.INGRESS_REQUESTS.labels(status="503").inc()
    return JSONResponse({"detail": reason}, status_code=503, headers={"Retry-After": "5"})
