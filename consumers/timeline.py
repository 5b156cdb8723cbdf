"""The job timeline: small events on a RabbitMQ stream, read back as "where is job X?".

Every worker, the ingress and ``audio-nlp dlq replay`` append one event per outcome
(queued, a stage done, a retry, a dead letter, a replay) to the stream queue
``{prefix}.timeline``. ``audio-nlp status`` and ``GET /jobs/{id}`` read the stream from
its first retained offset to its tail and fold one job's events into a ``JobTimeline``.

Why a stream: it lives on the broker the pipeline already runs (no new service), it is
replicated and durable like the work queues (a worker restart loses nothing), any number
of readers (ingress replicas, the CLI) read it without taking anything from each other,
and its retention (``x-max-age``, ``x-max-length-bytes``) bounds the history by itself.
Reading scans the retained events, which is fine for an operator's question, not for a
dashboard's per-second polling.

Recording is fire-and-forget: events are published (with a confirm) by a background
task, and a failure is logged once and never fails the job. An event waits a moment
(``LINGER_SECONDS``) for the ones that follow it, and those that come while a publish
waits for its confirm join the next message (a JSON array): a busy worker pays one publish
per batch, not per job. Each publish to the stream costs the broker a write and a confirm;
one per job was the whole of the runtime's cost in benchmark 1 (docs/performance.md).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import socket
from collections.abc import AsyncIterator, Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from types import TracebackType
from typing import Any

import aio_pika
from aio_pika.abc import (
    AbstractChannel,
    AbstractConnection,
    AbstractIncomingMessage,
    AbstractQueue,
)

from consumers import broker
from consumers.stage_table import STAGES
from messages import Delivered, Extraction, StageMessage, Transcript

__all__ = [
    "Event",
    "JobTimeline",
    "Limits",
    "Recorder",
    "declare",
    "encode_batch",
    "fold",
    "format_timeline",
    "read_events",
]

log = logging.getLogger(__name__)

# Readers stop once the tail was reached and nothing more came for this long.
TAIL_IDLE_SECONDS = 0.25
READ_PREFETCH = 1000
# Waiting on confirms of pending events at shutdown.
CLOSE_TIMEOUT_SECONDS = 5.0
# How long a recorded event waits for others to share its message: nothing to a person
# asking where a job is, and a busy worker's hundreds of events a second go out as a few.
LINGER_SECONDS = 0.05
_HOST = socket.gethostname()


@dataclass(frozen=True)
class Limits:
    """How much history the stream keeps (the broker drops whole old segments).

    Args:
        max_age: RabbitMQ duration, e.g. ``7D``, ``12h``.
        max_bytes: total size kept.
        segment_bytes: segment size; retention removes whole segments, so it must be
            well under ``max_bytes`` for that bound to mean anything.
    """

    max_age: str = "7D"
    max_bytes: int = 200 * 1024 * 1024
    segment_bytes: int = 8 * 1024 * 1024

    def arguments(self) -> dict[str, Any]:
        return {
            "x-queue-type": "stream",
            "x-max-age": self.max_age,
            "x-max-length-bytes": self.max_bytes,
            "x-stream-max-segment-size-bytes": min(self.segment_bytes, self.max_bytes),
        }


@dataclass(frozen=True)
class Event:
    """One thing that happened to a job; ``kind`` is queued, done, retry, dead, suspect or
    replayed."""

    job_id: str
    fiche_id: int | None
    stage: str
    kind: str
    at: str
    attempt: int = 1
    started_at: str | None = None
    error: str | None = None
    cost_usd: float | None = None
    status_code: int | None = None
    host: str = _HOST

    def encode(self) -> bytes:
        # vars, not dataclasses.asdict: every field is a scalar, and asdict deep-copies each
        # one (a tenth of a millisecond per event, on every worker's hot path).
        return json.dumps(
            {key: value for key, value in vars(self).items() if value is not None}
        ).encode()

    @classmethod
    def decode(cls, body: bytes) -> list[Event]:
        """The events of one stream message: one event, or a batch as a JSON array."""
        try:
            data = json.loads(body)
        except ValueError:
            return []
        events = []
        for item in data if isinstance(data, list) else [data]:
            try:
                events.append(cls(**item))
            except TypeError:
                continue  # a foreign or future event: skipped, not fatal
        return events


def encode_batch(events: Iterable[Event]) -> bytes:
    """One stream message carrying ``events``, oldest first."""
    return b"[" + b",".join(event.encode() for event in events) + b"]"


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def outcome(stage: str, result: StageMessage, *, started_at: str, attempt: int) -> Event:
    """The ``done`` event of a stage, with what its output says (cost, delivery status)."""
    cost: float | None = None
    status: int | None = None
    if isinstance(result, Transcript):
        cost = result.cost_usd
    elif isinstance(result, Extraction):
        cost = result.extraction_cost_usd
    elif isinstance(result, Delivered):
        status = result.status_code
    return Event(
        job_id=str(result.job_id),
        fiche_id=result.fiche_id,
        stage=stage,
        kind="done",
        at=now(),
        attempt=attempt,
        started_at=started_at,
        cost_usd=cost,
        status_code=status,
    )


async def declare(
    channel: AbstractChannel, topology: broker.Topology, limits: Limits
) -> AbstractQueue:
    return await channel.declare_queue(
        topology.timeline(), durable=True, arguments=limits.arguments()
    )


class Recorder:
    """Appends events to the timeline stream in the background, on a channel of its own.

    Args:
        connection: an open (robust) connection; the recorder opens and closes its channel.
        topology: names the stream.
        limits: the stream's retention, declared on open.
        linger: seconds a recorded event waits for more to send with it; closing the
            recorder sends what waits at once.
    """

    def __init__(
        self,
        connection: AbstractConnection,
        topology: broker.Topology,
        limits: Limits,
        *,
        linger: float = LINGER_SECONDS,
    ) -> None:
        self.connection = connection
        self.topology = topology
        self.limits = limits
        self.linger = linger
        self._channel: AbstractChannel | None = None
        self._waiting: list[Event] = []
        self._sender: asyncio.Task[None] | None = None
        self._closing = asyncio.Event()
        self._failing = False

    async def __aenter__(self) -> Recorder:
        try:
            self._channel = await broker.open_channel(self.connection)
            await declare(self._channel, self.topology, self.limits)
        except Exception as error:  # no timeline is no reason not to work
            self._note_failure(error)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._closing.set()
        if self._sender is not None:
            await asyncio.wait([self._sender], timeout=CLOSE_TIMEOUT_SECONDS)
        if self._channel is not None and not self._channel.is_closed:
            with contextlib.suppress(Exception):
                await self._channel.close()

    def record(self, event: Event) -> None:
        """Publish ``event`` without waiting; never raises."""
        if self._channel is None:
            return
        self._waiting.append(event)
        if self._sender is None or self._sender.done():
            self._sender = asyncio.create_task(self._send_waiting(self._channel))

    async def publish(self, event: Event) -> None:
        """Publish ``event`` and wait for the confirm; never raises."""
        if self._channel is not None:
            await self._publish(self._channel, event.encode(), message_id=event.job_id)

    async def _send_waiting(self, channel: AbstractChannel) -> None:
        # Whatever was recorded while the last batch lingered or awaited its confirm is the
        # next batch.
        while self._waiting:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._closing.wait(), self.linger)
            batch, self._waiting = self._waiting, []
            await self._publish(channel, encode_batch(batch))

    async def _publish(
        self, channel: AbstractChannel, body: bytes, *, message_id: str | None = None
    ) -> None:
        try:
            await broker.publish(channel, self.topology.timeline(), body, message_id=message_id)
        except Exception as error:
            self._note_failure(error)
            return
        if self._failing:
            self._failing = False
            log.info("timeline events are recorded again")

    def _note_failure(self, error: Exception) -> None:
        # Once per failing stretch: a broker outage must not turn into a log line per job.
        if not self._failing:
            self._failing = True
            log.warning(
                "timeline events are being dropped (%s: %s); jobs are not affected",
                type(error).__name__,
                error,
            )


async def read_events(
    rabbitmq_url: str,
    topology: broker.Topology,
    limits: Limits,
    *,
    job_id: str | None = None,
    fiche_id: int | None = None,
    timeout: float = 30.0,
) -> list[Event]:
    """Every retained event of a job (or of a fiche's jobs), oldest first."""
    connection = await aio_pika.connect(rabbitmq_url)
    async with connection:
        channel = await connection.channel()
        await channel.set_qos(prefetch_count=READ_PREFETCH)
        queue = await declare(channel, topology, limits)
        tail = await _tail_offset(queue)
        found: list[Event] = []
        if tail is None:
            return found
        async with asyncio.timeout(timeout):
            await _scan(queue, tail, found, job_id, fiche_id)
        return found


@contextlib.asynccontextmanager
async def _deliveries(
    queue: AbstractQueue, offset: str
) -> AsyncIterator[asyncio.Queue[AbstractIncomingMessage]]:
    """The stream's messages from ``offset``, each acked (credit) as it arrives.

    Not ``queue.iterator()``: on close it nacks what it buffered, which a stream refuses
    by closing the whole connection.
    """
    arrived: asyncio.Queue[AbstractIncomingMessage] = asyncio.Queue()

    async def take(message: AbstractIncomingMessage) -> None:
        await message.ack()
        arrived.put_nowait(message)

    tag = await queue.consume(take, arguments={"x-stream-offset": offset})
    try:
        yield arrived
    finally:
        with contextlib.suppress(Exception):
            await queue.cancel(tag)


async def _tail_offset(queue: AbstractQueue) -> int | None:
    """The offset of the last chunk's first event, or None for an empty stream.

    The broker does not tell the tail over AMQP 0.9.1; ``last`` starts at the last chunk,
    so a scan from ``first`` that passes this offset has seen everything up to then.
    """
    async with _deliveries(queue, "last") as arrived:
        try:
            async with asyncio.timeout(1.0):
                return _offset((await arrived.get()).headers)
        except TimeoutError:
            return None


async def _scan(
    queue: AbstractQueue,
    tail: int,
    found: list[Event],
    job_id: str | None,
    fiche_id: int | None,
) -> None:
    async with _deliveries(queue, "first") as arrived:
        reached = False
        while True:
            try:
                async with asyncio.timeout(TAIL_IDLE_SECONDS):
                    message = await arrived.get()
            except TimeoutError:
                if reached:
                    return
                continue
            reached = reached or _offset(message.headers) >= tail
            found.extend(
                event
                for event in Event.decode(message.body)
                if (job_id is not None and event.job_id == job_id)
                or (fiche_id is not None and event.fiche_id == fiche_id)
            )


def _offset(headers: dict[str, Any] | None) -> int:
    value = (headers or {}).get("x-stream-offset")
    return value if isinstance(value, int) else -1


@dataclass
class StageTimes:
    stage: str
    started_at: str | None = None
    finished_at: str | None = None
    attempts: int = 0


@dataclass
class JobTimeline:
    """What ``audio-nlp status`` and ``GET /jobs/{id}`` answer about one job."""

    job_id: str
    fiche_id: int | None = None
    queued_at: str | None = None
    stages: list[StageTimes] = field(default_factory=list)
    current_stage: str | None = None
    state: str = "unknown"
    attempts: int = 0
    last_error: str | None = None
    dead_letter_reason: str | None = None
    cost_usd: float = 0.0
    delivery_status_code: int | None = None
    events: int = 0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def fold(events: Iterable[Event]) -> list[JobTimeline]:
    """One timeline per job, in order of first appearance."""
    timelines: dict[str, JobTimeline] = {}
    for event in sorted(events, key=lambda e: e.at):
        timeline = timelines.setdefault(event.job_id, JobTimeline(job_id=event.job_id))
        _apply(timeline, event)
    return list(timelines.values())


def _apply(timeline: JobTimeline, event: Event) -> None:
    timeline.events += 1
    timeline.fiche_id = event.fiche_id if event.fiche_id is not None else timeline.fiche_id
    if event.kind == "queued":
        timeline.queued_at = timeline.queued_at or event.at
        timeline.state, timeline.current_stage = "queued", event.stage
        return
    if event.kind == "replayed":
        timeline.state, timeline.current_stage = "replayed", event.stage
        timeline.dead_letter_reason = None
        return
    times = _stage_times(timeline, event.stage)
    times.attempts = max(times.attempts, event.attempt)
    timeline.attempts = sum(item.attempts for item in timeline.stages)
    if event.kind == "done":
        times.started_at, times.finished_at = event.started_at, event.at
        timeline.cost_usd = round(timeline.cost_usd + (event.cost_usd or 0.0), 6)
        if event.status_code is not None:
            timeline.delivery_status_code = event.status_code
        following = _after(event.stage)
        timeline.current_stage = following
        timeline.state = "delivered" if following is None else "in progress"
    elif event.kind in ("retry", "suspect"):
        timeline.last_error = event.error or timeline.last_error
        timeline.current_stage, timeline.state = event.stage, "retrying"
    elif event.kind == "dead":
        timeline.last_error = event.error
        timeline.dead_letter_reason = event.error
        timeline.current_stage, timeline.state = event.stage, "dead-lettered"


def _stage_times(timeline: JobTimeline, stage: str) -> StageTimes:
    for item in timeline.stages:
        if item.stage == stage:
            return item
    item = StageTimes(stage)
    timeline.stages.append(item)
    timeline.stages.sort(key=lambda s: STAGES.index(s.stage) if s.stage in STAGES else 99)
    return item


def _after(stage: str) -> str | None:
    position = STAGES.index(stage) if stage in STAGES else len(STAGES)
    return STAGES[position + 1] if position + 1 < len(STAGES) else None


def format_timeline(timeline: JobTimeline) -> str:
    lines = [
        f"job {timeline.job_id} (fiche {timeline.fiche_id}): {timeline.state}",
        f"  queued:        {timeline.queued_at or '-'}",
    ]
    for item in timeline.stages:
        span = f"{item.started_at or '?'} → {item.finished_at or '(not finished)'}"
        lines.append(f"  {item.stage:<13}  {span}  attempts {item.attempts}")
    lines += [
        f"  current stage: {timeline.current_stage or '-'}",
        f"  attempts:      {timeline.attempts}",
        f"  last error:    {timeline.last_error or '-'}",
        f"  dead letter:   {timeline.dead_letter_reason or '-'}",
        f"  cost:          ${timeline.cost_usd:.4f}",
        f"  delivery:      {timeline.delivery_status_code or '-'}",
    ]
    return "\n".join(lines)
