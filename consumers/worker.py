"""One stage consumer: read a queue, run the stage, publish the result, then ack.

Lifecycle, top to bottom in ``Worker.run``: connect, declare, serve metrics, consume until
SIGTERM, stop consuming, let in-flight messages finish within the grace period, close.
Anything unfinished stays unacked and the broker hands it to another worker.

Two consumers: the work queue, and the stage's suspect queue (prefetch 1). A message the
work queue redelivers (a worker died holding it, along with whatever else it held) is
moved to the suspect queue untouched; a suspect runs only while nothing else runs
(``consumers.solo``), so the suspect queue's delivery count is that message's own crashes
and only the poison reaches ``DELIVERY_LIMIT``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import time
import uuid
from typing import Any

from aio_pika.abc import (
    AbstractChannel,
    AbstractIncomingMessage,
    AbstractQueue,
    AbstractRobustConnection,
)
from aio_pika.exceptions import ChannelInvalidStateError
from pydantic import ValidationError

from consumers import broker, failures, metrics, sdnotify, solo, stage_table, timeline, tracing
from consumers.failures import RetryPolicy
from consumers.stage_table import Handler
from messages import JobRequest, StageMessage
from stages.errors import InputMissing, PermanentError

log = logging.getLogger(__name__)


# Namespace for job ids derived from a publisher's message_id (same id, same job).
JOB_ID_NAMESPACE = uuid.UUID("5f1d8f5e-2a43-4b7e-9a39-8d6c1f0c7a11")
HEARTBEAT_SECONDS = 5.0
QUEUE_DEPTH_SECONDS = 15.0
CONNECT_RETRY_SECONDS = 1.0
# A depth reading during a broker outage must not hold up the heartbeat or a SIGTERM.
QUEUE_DEPTH_TIMEOUT_SECONDS = 5.0
# One suspect at a time: with more, a death could not be blamed on one of them.
SUSPECT_PREFETCH = 1
# How long a worker reads the timeline to tell a duplicate of a delivered job.
DUPLICATE_CHECK_SECONDS = 10.0


def parse_input(stage: str, body: bytes, message_id: str | None) -> StageMessage:
    """Validate a queue body; raise PermanentError naming what is wrong."""
    model: type[StageMessage] = stage_table.stage(stage).input
    try:
        parsed = model.model_validate_json(body)
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'body'}: {e['msg']}" for e in error.errors()
        )
        raise PermanentError(f"invalid {stage} message: {problems}") from None
    if isinstance(parsed, JobRequest) and message_id and b'"job_id"' not in body:
        # A redelivered raw submission must keep its job id, or the backend sees two jobs.
        parsed = parsed.model_copy(update={"job_id": _job_id_from(message_id)})
    return parsed


def _delivery_lost(message: AbstractIncomingMessage) -> bool:
    """Whether the channel that delivered ``message`` is gone (its tag can no longer be acked)."""
    try:
        return message.channel.is_closed
    except ChannelInvalidStateError:
        return True


def _job_id_from(message_id: str) -> uuid.UUID:
    try:
        return uuid.UUID(message_id)
    except ValueError:
        return uuid.uuid5(JOB_ID_NAMESPACE, message_id)


class Worker:
    """Consume one stage's queue until told to stop.

    Args:
        stage: the stage name (``download`` … ``deliver``); picks queue and input model.
        handle: the stage's work: takes the input message, returns the next stage's message
            (``consumers.stage_table`` says which; the last stage's result is not forwarded).
        rabbitmq_url: the broker.
        topology: queue names for this deployment.
        prefetch: messages in flight at once in this process (plus one suspect).
        retry: when to try again and when to give up.
        metrics_port: port of ``/metrics`` and ``/healthz`` (0: any free port, None: none).
        shutdown_grace_seconds: how long in-flight messages may take after SIGTERM.
        stage_metrics: where the worker counts (default: the process's registry).
        timeline_limits: retention of the job timeline stream it records to.
    """

    def __init__(
        self,
        stage: str,
        handle: Handler,
        *,
        rabbitmq_url: str,
        topology: broker.Topology,
        prefetch: int,
        retry: RetryPolicy,
        metrics_port: int | None = None,
        shutdown_grace_seconds: float = 60.0,
        stage_metrics: metrics.Metrics | None = None,
        timeline_limits: timeline.Limits | None = None,
    ) -> None:
        self.stage = stage
        self.handle = handle
        self.rabbitmq_url = rabbitmq_url
        self.topology = topology
        self.prefetch = prefetch
        self.retry = retry
        self.metrics_port = metrics_port
        self.shutdown_grace_seconds = shutdown_grace_seconds
        self.metrics = stage_metrics if stage_metrics is not None else metrics.DEFAULT
        self.heartbeat = metrics.Heartbeat()
        self.metrics_server: metrics.MetricsServer | None = None
        self._stopping = asyncio.Event()
        self._in_flight: set[asyncio.Task[Any]] = set()
        self._connection: AbstractRobustConnection | None = None
        self._channel: AbstractChannel | None = None
        self._gate = solo.SoloGate()
        self.timeline_limits = timeline_limits or timeline.Limits()
        self._recorder: timeline.Recorder | None = None

    async def run(self) -> None:
        self.metrics.init_stage(self.stage)
        self._install_signal_handlers()
        self._start_metrics()
        try:
            self._connection = await self._connect()
            if self._connection is None:
                return  # told to stop before the broker ever answered
            channel = await broker.open_channel(self._connection)
            self._channel = channel
            await channel.set_qos(prefetch_count=self.prefetch)
            queue = await broker.declare_stage(channel, self.topology, self.stage)
            await broker.declare_retry_tiers(
                channel, self.topology, self.stage, len(self.retry.delays)
            )
            await self._declare_next_stage(channel)
            async with timeline.Recorder(
                self._connection, self.topology, self.timeline_limits
            ) as self._recorder:
                await self._serve(self._connection, queue)
        finally:
            if self._connection is not None:
                await self._connection.close()
            if self.metrics_server:
                self.metrics_server.stop()
        log.info("%s worker stopped", self.stage)

    async def _serve(self, connection: AbstractRobustConnection, queue: AbstractQueue) -> None:
        """Consume the work and suspect queues until told to stop, then drain."""
        suspects = await self._suspect_queue(connection)
        consumer_tag = await queue.consume(self._on_message)
        suspect_tag = await suspects.consume(self._on_suspect)
        log.info(
            "%s worker consuming %s (prefetch %d) and %s (prefetch %d)",
            self.stage,
            queue.name,
            self.prefetch,
            suspects.name,
            SUSPECT_PREFETCH,
        )
        sdnotify.notify("READY=1")  # Type=notify units count as started from here
        await self._beat_until_stopped()
        await self._stop_consuming(queue, consumer_tag)
        await self._stop_consuming(suspects, suspect_tag)
        await self._drain()

    async def _connect(self) -> AbstractRobustConnection | None:
        """The first connection, retried while the broker is down (a restart in an outage).

        Once connected, aio-pika's robust connection reconnects, reopens the channel,
        redeclares the queues and resumes consuming by itself.
        """
        while not self._stopping.is_set():
            try:
                return await broker.connect(self.rabbitmq_url)
            except (ConnectionError, OSError) as error:
                log.warning("broker unavailable (%s); retrying", type(error).__name__)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stopping.wait(), CONNECT_RETRY_SECONDS)
        return None

    async def _suspect_queue(self, connection: AbstractRobustConnection) -> AbstractQueue:
        """The suspect queue on a channel of its own: its prefetch must be 1, the work's not.

        Publishing (forward, retry, dead letter) stays on the confirmed channel; only the
        ack of a suspect goes through this one.
        """
        channel = await connection.channel()
        await channel.set_qos(prefetch_count=SUSPECT_PREFETCH)
        return await broker.declare_suspects(channel, self.topology, self.stage)

    async def _stop_consuming(self, queue: AbstractQueue, consumer_tag: str) -> None:
        try:
            await asyncio.wait_for(queue.cancel(consumer_tag), QUEUE_DEPTH_TIMEOUT_SECONDS)
        except Exception as error:  # broker gone: nothing more will be delivered anyway
            log.warning("could not cancel the consumer: %s", type(error).__name__)

    def stop(self) -> None:
        self._stopping.set()

    def healthy(self) -> tuple[bool, str]:
        """For liveness probes: the loop must tick and the broker connection must be up."""
        age = self.heartbeat.age()
        if age > 6 * HEARTBEAT_SECONDS:
            return False, f"event loop stuck for {age:.0f}s"
        # A robust connection is not "closed" while it reconnects; ``connected`` says
        # whether it is up right now.
        if self._connection is None or not self._connection.connected.is_set():
            return False, "broker connection is down"
        return True, "ok"

    def _install_signal_handlers(self) -> None:
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(signum, self.stop)

    def _start_metrics(self) -> None:
        if self.metrics_port is not None:
            self.metrics_server = metrics.MetricsServer(
                self.metrics_port, self.healthy, registry=self.metrics.registry
            ).start()
            log.info("metrics on :%d", self.metrics_server.port)

    async def _declare_next_stage(self, channel: AbstractChannel) -> None:
        following = stage_table.after(self.stage)
        if following is not None:
            await broker.declare_stage(channel, self.topology, following.name)

    async def _beat_until_stopped(self) -> None:
        next_depth_check = 0.0
        while not self._stopping.is_set():
            self.heartbeat.beat()
            if time.monotonic() >= next_depth_check:
                await self._observe_queue_depths()
                next_depth_check = time.monotonic() + QUEUE_DEPTH_SECONDS
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), HEARTBEAT_SECONDS)

    async def _observe_queue_depths(self) -> None:
        """Queue depths for dashboards and alerts, without the management plugin."""
        assert self._connection is not None
        try:
            async with asyncio.timeout(QUEUE_DEPTH_TIMEOUT_SECONDS):
                await self._read_queue_depths(self._connection)
        except Exception as error:  # a missed reading must not stop the worker
            log.warning("could not read queue depths: %s", type(error).__name__)

    async def _read_queue_depths(self, connection: AbstractRobustConnection) -> None:
        channel = await connection.channel()
        async with channel:
            names = {
                "work": [self.topology.work(self.stage)],
                "retry": self.topology.retry_tiers(self.stage, len(self.retry.delays)),
                "dead": [self.topology.dead(self.stage)],
                "suspect": [self.topology.suspect(self.stage)],
            }
            for kind, queues in names.items():
                depth = 0
                for name in queues:
                    declared = (await channel.declare_queue(name, passive=True)).declaration_result
                    depth += declared.message_count or 0
                    if kind == "work":
                        self.metrics.queue_consumers.labels(stage=self.stage).set(
                            declared.consumer_count or 0
                        )
                self.metrics.queue_depth.labels(stage=self.stage, queue=kind).set(depth)

    async def _drain(self) -> None:
        if not self._in_flight:
            return
        log.info(
            "waiting up to %.0fs for %d in-flight messages",
            self.shutdown_grace_seconds,
            len(self._in_flight),
        )
        _, unfinished = await asyncio.wait(self._in_flight, timeout=self.shutdown_grace_seconds)
        for task in unfinished:
            task.cancel()
        if unfinished:
            # Cancelled messages are never acked: closing the channel returns them to the queue.
            await asyncio.wait(unfinished)
            log.warning("%d messages returned to the queue unfinished", len(unfinished))

    async def _on_message(self, message: AbstractIncomingMessage) -> None:
        await self._track(message, suspect=False)

    async def _on_suspect(self, message: AbstractIncomingMessage) -> None:
        await self._track(message, suspect=True)

    async def _track(self, message: AbstractIncomingMessage, *, suspect: bool) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._in_flight.add(task)
        in_flight = self.metrics.in_flight.labels(stage=self.stage)
        in_flight.inc()
        started = time.perf_counter()
        try:
            if tracing.enabled():
                await self._traced(message, suspect=suspect)
            else:
                await self._process(message, suspect=suspect)
        finally:
            in_flight.dec()
            self.metrics.stage_seconds.labels(stage=self.stage).observe(
                time.perf_counter() - started
            )
            self._in_flight.discard(task)

    async def _traced(self, message: AbstractIncomingMessage, *, suspect: bool) -> None:
        context = _log_context(self.stage, None, message)
        fiche = context["fiche_id"]
        with tracing.stage_span(
            self.stage,
            job_id=str(context["job_id"]) if context["job_id"] else None,
            fiche_id=fiche if isinstance(fiche, int) else None,
            attempt=failures.attempts_made(dict(message.headers or {})) + 1,
        ):
            await self._process(message, suspect=suspect)

    async def _handle(self, job: StageMessage) -> StageMessage:
        if not tracing.enabled():
            return await self.handle(job)
        with tracing.provider_span(self.stage) as call:
            result = await self.handle(job)
            tracing.annotate(call, result)
        return result

    def _record(self, event: timeline.Event) -> None:
        if self._recorder is not None:
            self._recorder.record(event)

    async def _process(self, message: AbstractIncomingMessage, *, suspect: bool) -> None:
        started_at = timeline.now()
        headers = dict(message.headers or {})
        if not suspect and failures.redelivered(headers):
            await self._set_aside(message, headers)
            return
        job = None
        try:
            # Checked before any work: the work itself is what killed the earlier deliveries.
            if suspect and (crash_loop := self.retry.crash_loop(headers)):
                raise crash_loop
            job = parse_input(self.stage, message.body, message.message_id)
            async with self._gate.alone() if suspect else self._gate.shared():
                result = await self._handle(job)
            await self._forward(result, message)
            self._record(
                timeline.outcome(
                    self.stage,
                    result,
                    started_at=started_at,
                    attempt=failures.attempts_made(headers) + 1,
                )
            )
        except asyncio.CancelledError:
            raise
        except Exception as error:  # every failure is routed; none may crash the worker
            if _delivery_lost(message):
                # The broker connection dropped under us (a publish failed with it): the
                # broker has requeued the message already; it is neither a stage failure
                # nor an attempt.
                log.warning(
                    "%s: broker channel lost while handling a message (%s); it will be redelivered",
                    self.stage,
                    type(error).__name__,
                    exc_info=_traceback_of(error),
                )
                return
            duplicate = isinstance(error, InputMissing) and job is not None
            if duplicate and job is not None and await self._already_delivered(job):
                log.info(
                    "%s: %s was delivered already and its audio deleted: "
                    "this message is a duplicate, dropped",
                    self.stage,
                    _job_label(job, message),
                    extra=_log_context(self.stage, job, message),
                )
                await self._ack(message)
                self.metrics.messages.labels(stage=self.stage, outcome="duplicate").inc()
                return
            try:
                await self._fail(message, job, error)
            except Exception as routing_error:
                # Broker trouble: leave it unacked, the broker redelivers it after reconnecting.
                log.warning(
                    "%s: could not route a failed message of %s (%s); left for redelivery",
                    self.stage,
                    _job_label(job, message),
                    type(routing_error).__name__,
                    exc_info=_traceback_of(error),
                    extra=_log_context(self.stage, job, message),
                )
            return
        await self._ack(message)
        self.metrics.messages.labels(stage=self.stage, outcome="ok").inc()

    async def _already_delivered(self, job: StageMessage) -> bool:
        """Whether the timeline saw ``job`` delivered (a repeated publish after a broker
        restart or a kill can outlive the job's files). Unknown counts as no: the message
        is then dead-lettered, where a person can look."""
        try:
            events = await timeline.read_events(
                self.rabbitmq_url,
                self.topology,
                self.timeline_limits,
                job_id=str(job.job_id),
                timeout=DUPLICATE_CHECK_SECONDS,
            )
        except Exception as error:
            log.warning(
                "%s: could not read the timeline of job %s (%s: %s)",
                self.stage,
                job.job_id,
                type(error).__name__,
                error,
            )
            return False
        last = stage_table.STAGES[-1]
        return any(event.kind == "done" and event.stage == last for event in events)

    async def _set_aside(self, message: AbstractIncomingMessage, headers: dict[str, Any]) -> None:
        """Move a redelivered work message to the suspect queue: confirmed publish, then ack."""
        assert self._channel is not None
        try:
            await broker.publish(
                self._channel,
                self.topology.suspect(self.stage),
                message.body,
                message_id=message.message_id,
                headers=failures.suspect_headers(headers),
            )
        except asyncio.CancelledError:
            raise
        except Exception as error:
            # Unacked, it comes back from the work queue and is moved then.
            log.warning(
                "%s: could not move %s to the suspect queue (%s); left for redelivery",
                self.stage,
                _job_label(None, message),
                type(error).__name__,
                extra=_log_context(self.stage, None, message),
            )
            return
        await self._ack(message)
        log.warning(
            "%s: %s came back after a worker died holding it; it will be handled alone",
            self.stage,
            _job_label(None, message),
            extra=_log_context(self.stage, None, message),
        )

    async def _ack(self, message: AbstractIncomingMessage) -> None:
        """Ack, unless the channel that delivered the message died meanwhile.

        A delivery tag belongs to its channel: after a reconnect the broker has already
        put the message back, and it will come again (at-least-once; the job id keys
        every output, so the repeat overwrites rather than duplicates).
        """
        try:
            await message.ack()
        except Exception as error:
            log.warning(
                "%s: ack lost with the broker channel (%s); the message will be redelivered",
                self.stage,
                type(error).__name__,
            )

    async def _forward(self, result: StageMessage, source: AbstractIncomingMessage) -> None:
        following = stage_table.after(self.stage)
        if following is None:
            return  # the last stage's result is its own record
        if not isinstance(result, following.input):
            raise TypeError(
                f"the {self.stage} handler returned {type(result).__name__}, "
                f"not the {following.input.__name__} the {following.name} stage reads"
            )
        assert self._channel is not None
        await broker.publish(
            self._channel,
            self.topology.work(following.name),
            result.model_dump_json().encode(),
            message_id=str(result.job_id),
            headers={"x-job-id": str(result.job_id), "x-fiche-id": result.fiche_id},
        )

    async def _fail(
        self, message: AbstractIncomingMessage, job: StageMessage | None, error: Exception
    ) -> None:
        """Retry or dead-letter a failed message, then ack it.

        The one log line says what happened; an unexpected exception (a bug, not a stage's
        verdict) carries its traceback on that same line, so it is logged once.
        """
        assert self._channel is not None
        headers = dict(message.headers or {})
        made = failures.attempts_made(headers) + 1
        job_label = _job_label(job, message)
        context = _log_context(self.stage, job, message)
        tracing.record_failure(error)
        gives_up = self.retry.gives_up(made, error)
        self._record_failure(context, made, error, dead=gives_up)
        if gives_up:
            dead_headers = failures.dead_letter_headers(self.stage, headers, error)
            await broker.publish(
                self._channel,
                self.topology.dead(self.stage),
                message.body,
                message_id=message.message_id,
                headers=dead_headers,
            )
            error_class = failures.classify(error)
            self.metrics.dead_letters.labels(stage=self.stage, error_class=error_class).inc()
            self.metrics.messages.labels(stage=self.stage, outcome="dead").inc()
            log.error(
                "%s: %s dead-lettered after %d attempt(s): %s",
                self.stage,
                job_label,
                dead_headers[failures.DEAD_ATTEMPTS],
                failures.describe(error),
                exc_info=_traceback_of(error),
                extra=context,
            )
        else:
            delay = self.retry.delay_before(made + 1, failures.transient_defer(error))
            await broker.publish(
                self._channel,
                self.topology.retry(self.stage, self.retry.tier_for(delay)),
                message.body,
                message_id=message.message_id,
                headers=failures.retry_headers(headers, error),
                expiration_seconds=delay,
            )
            self.metrics.retries.labels(stage=self.stage).inc()
            self.metrics.messages.labels(stage=self.stage, outcome="retry").inc()
            log.warning(
                "%s: %s attempt %d failed, retry in %.1fs: %s",
                self.stage,
                job_label,
                made,
                delay,
                failures.describe(error),
                exc_info=_traceback_of(error),
                extra=context,
            )
        await self._ack(message)

    def _record_failure(
        self, context: dict[str, object], made: int, error: Exception, *, dead: bool
    ) -> None:
        job_id = context["job_id"]
        if job_id is None:
            return  # nothing to file it under
        fiche = context["fiche_id"]
        self._record(
            timeline.Event(
                job_id=str(job_id),
                fiche_id=fiche if isinstance(fiche, int) else None,
                stage=self.stage,
                kind="dead" if dead else "retry",
                at=timeline.now(),
                attempt=made,
                error=failures.describe(error),
            )
        )


def _traceback_of(error: Exception) -> Exception | None:
    """``exc_info`` for a log line: the traceback of a bug, nothing for an expected error."""
    return None if failures.expected(error) else error


def _job_label(job: StageMessage | None, message: AbstractIncomingMessage) -> str:
    """``job <id> (fiche <id>)`` from the parsed message, else from the publisher's headers."""
    if job is not None:
        return f"job {job.job_id} (fiche {job.fiche_id})"
    context = _log_context("", job, message)
    if context["job_id"] is None:
        return "unparsed message"
    return f"job {context['job_id']} (fiche {context['fiche_id'] or '?'})"


def _log_context(
    stage: str, job: StageMessage | None, message: AbstractIncomingMessage
) -> dict[str, object]:
    """The same identifiers as log record attributes, for structured log handlers."""
    if job is not None:
        return {"stage": stage, "job_id": str(job.job_id), "fiche_id": job.fiche_id}
    headers = message.headers or {}
    job_id = _header_text(headers.get("x-job-id")) or message.message_id
    fiche = headers.get("x-fiche-id")
    return {"stage": stage, "job_id": job_id, "fiche_id": fiche if isinstance(fiche, int) else None}


def _header_text(value: object) -> str | None:
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value) if value is not None else None
