"""The consumer runtime against a real RabbitMQ, with stand-in stage work."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from uuid import uuid4

import aio_pika
import httpx
import pytest

from consumers import broker, failures, metrics
from consumers.broker import Topology
from consumers.failures import RetryPolicy
from consumers.worker import Worker
from messages import AudioDownloaded, AudioTrimmed, StageMessage
from stages.errors import PermanentError, TransientError
from tests.broker import drain, has_consumer
from tests.conftest import wait_for

pytestmark = pytest.mark.broker

FAST_RETRY = RetryPolicy(delays=(0.2, 0.4), max_attempts=3, jitter=0.0)


def downloaded(fiche_id: int = 7) -> AudioDownloaded:
    return AudioDownloaded(
        fiche_id=fiche_id, audio_url="http://example.test/a.wav", path="/tmp/a.wav", size_bytes=10
    )


def trimmed_from(message: StageMessage) -> AudioTrimmed:
    return AudioTrimmed(**message.carry(), path="/tmp/t.wav", original_seconds=2, trimmed_seconds=1)


@asynccontextmanager
async def running(
    url: str,
    topology: Topology,
    handle: Callable[[StageMessage], Awaitable[StageMessage]],
    **options: object,
) -> AsyncIterator[Worker]:
    settings: dict[str, object] = {"prefetch": 4, "retry": FAST_RETRY, "metrics_port": 0}
    settings.update(options)
    worker = Worker("trim", handle, rabbitmq_url=url, topology=topology, **settings)  # type: ignore[arg-type]
    task = asyncio.create_task(worker.run())
    try:
        await wait_for(
            lambda: has_consumer(url, topology.work("trim")), what="the worker to consume"
        )
        yield worker
    finally:
        worker.stop()
        await asyncio.wait_for(task, 30)


@asynccontextmanager
async def channel_to(url: str) -> AsyncIterator[aio_pika.abc.AbstractChannel]:
    connection = await aio_pika.connect(url)
    async with connection:
        yield await connection.channel(publisher_confirms=True)


async def collect(
    channel: aio_pika.abc.AbstractChannel, queue: str, count: int, timeout: float = 20
) -> list[aio_pika.abc.AbstractIncomingMessage]:
    got: list[aio_pika.abc.AbstractIncomingMessage] = []

    async def probe() -> bool:
        got.extend(await drain(channel, queue))
        return len(got) >= count

    await wait_for(probe, timeout=timeout, what=f"{count} messages on {queue}")
    return got


async def test_forwards_output_to_next_stage_and_acks(broker_url: str, topology: Topology) -> None:
    async def handle(message: StageMessage) -> StageMessage:
        return trimmed_from(message)

    async with running(broker_url, topology, handle) as worker, channel_to(broker_url) as channel:
        jobs = [downloaded(fiche_id=i) for i in range(5)]
        for job in jobs:
            await broker.publish(channel, topology.work("trim"), job.model_dump_json().encode())
        out = await collect(channel, topology.work("transcribe"), 5)
        assert worker.metrics_server is not None
        base = f"http://127.0.0.1:{worker.metrics_server.port}"
        async with httpx.AsyncClient(base_url=base) as client:
            scrape = (await client.get("/metrics")).text
            health = await client.get("/healthz")
    forwarded = {AudioTrimmed.model_validate_json(m.body).job_id for m in out}
    assert forwarded == {job.job_id for job in jobs}
    assert all(m.delivery_mode == aio_pika.DeliveryMode.PERSISTENT for m in out)
    assert 'audio_nlp_messages_total{outcome="ok",stage="trim"} 5.0' in scrape
    assert health.status_code == 200


async def test_invalid_body_goes_to_dead_letter_queue_with_reason(
    broker_url: str, topology: Topology
) -> None:
    calls = 0

    async def handle(message: StageMessage) -> StageMessage:
        nonlocal calls
        calls += 1
        return trimmed_from(message)

    async with running(broker_url, topology, handle), channel_to(broker_url) as channel:
        await broker.publish(channel, topology.work("trim"), b"{not json")
        await broker.publish(channel, topology.work("trim"), json.dumps({"fiche_id": 1}).encode())
        good = downloaded()
        await broker.publish(channel, topology.work("trim"), good.model_dump_json().encode())
        dead = await collect(channel, topology.dead("trim"), 2)
        out = await collect(channel, topology.work("transcribe"), 1)
    assert calls == 1, "a poison message must never reach the stage"
    assert AudioTrimmed.model_validate_json(out[0].body).job_id == good.job_id
    reasons = sorted(str(m.headers[failures.DEAD_ERROR]) for m in dead)
    assert "invalid trim message" in reasons[0]
    assert any("audio_url" in r for r in reasons), reasons
    assert {m.body for m in dead} == {b"{not json", json.dumps({"fiche_id": 1}).encode()}
    for message in dead:
        assert message.headers[failures.DEAD_ERROR_CLASS] == "permanent"
        assert message.headers[failures.DEAD_STAGE] == "trim"


async def test_permanent_error_dead_letters_at_once(broker_url: str, topology: Topology) -> None:
    attempts = 0

    async def handle(message: StageMessage) -> StageMessage:
        nonlocal attempts
        attempts += 1
        raise PermanentError("cannot decode audio: invalid data")

    job = downloaded()
    async with running(broker_url, topology, handle), channel_to(broker_url) as channel:
        await broker.publish(channel, topology.work("trim"), job.model_dump_json().encode())
        dead = await collect(channel, topology.dead("trim"), 1)
    headers = dead[0].headers
    assert attempts == 1
    assert headers[failures.DEAD_ERROR] == "cannot decode audio: invalid data"
    assert headers[failures.DEAD_ATTEMPTS] == 1
    assert headers[failures.DEAD_ERROR_TYPE] == "PermanentError"
    assert headers[failures.DEAD_HOST]
    assert AudioDownloaded.model_validate_json(dead[0].body) == job


async def test_transient_error_is_retried_through_the_broker(
    broker_url: str, topology: Topology
) -> None:
    attempts = 0

    async def handle(message: StageMessage) -> StageMessage:
        nonlocal attempts
        attempts += 1
        if attempts < 3:
            raise TransientError("provider answered 503")
        return trimmed_from(message)

    async with running(broker_url, topology, handle), channel_to(broker_url) as channel:
        await broker.publish(
            channel, topology.work("trim"), downloaded().model_dump_json().encode()
        )
        out = await collect(channel, topology.work("transcribe"), 1)
        assert await drain(channel, topology.dead("trim")) == []
    assert attempts == 3
    assert len(out) == 1


async def test_gives_up_after_the_attempt_limit(broker_url: str, topology: Topology) -> None:
    async def handle(message: StageMessage) -> StageMessage:
        raise ConnectionError("backend unreachable")

    async with running(broker_url, topology, handle), channel_to(broker_url) as channel:
        await broker.publish(
            channel, topology.work("trim"), downloaded().model_dump_json().encode()
        )
        dead = await collect(channel, topology.dead("trim"), 1)
    headers = dead[0].headers
    assert headers[failures.DEAD_ATTEMPTS] == FAST_RETRY.max_attempts
    assert headers[failures.DEAD_ERROR_CLASS] == "transient"
    assert "ConnectionError: backend unreachable" in str(headers[failures.DEAD_ERROR])
    assert headers[failures.DEAD_FIRST_FAILURE_AT] <= headers[failures.DEAD_LAST_FAILURE_AT]


async def test_stop_finishes_in_flight_messages_before_closing(
    broker_url: str, topology: Topology
) -> None:
    started = asyncio.Event()
    release = asyncio.Event()
    finished = 0

    async def handle(message: StageMessage) -> StageMessage:
        nonlocal finished
        started.set()
        await release.wait()
        finished += 1
        return trimmed_from(message)

    async with channel_to(broker_url) as channel:
        async with running(broker_url, topology, handle, shutdown_grace_seconds=20) as worker:
            for i in range(3):
                await broker.publish(
                    channel, topology.work("trim"), downloaded(i).model_dump_json().encode()
                )
            await asyncio.wait_for(started.wait(), 10)
            worker.stop()
            asyncio.get_running_loop().call_later(0.3, release.set)
        out = await collect(channel, topology.work("transcribe"), 3)
        assert await drain(channel, topology.work("trim")) == []
    assert finished == 3 and len(out) == 3


def test_retry_policy_backs_off_with_jitter_and_honours_defer() -> None:
    policy = RetryPolicy(delays=(5, 30, 120), max_attempts=5, jitter=0.2)
    assert 4 <= policy.delay_before(2) <= 6
    assert 24 <= policy.delay_before(3) <= 36
    assert 96 <= policy.delay_before(9) <= 144
    assert policy.delay_before(2, defer=60) == 60
    assert policy.gives_up(1, PermanentError("x"))
    assert not policy.gives_up(4, TransientError("x"))
    assert policy.gives_up(5, RuntimeError("x"))


async def test_raw_submission_keeps_job_id_from_message_id() -> None:
    from consumers.worker import parse_input

    body = json.dumps({"fiche_id": 1, "audio_url": "https://a.test/x.wav"}).encode()
    message_id = str(uuid4())
    first = parse_input("download", body, message_id)
    again = parse_input("download", body, message_id)
    assert str(first.job_id) == message_id and first.job_id == again.job_id


async def test_a_programming_error_logs_its_traceback_once_per_attempt_then_dead_letters(
    broker_url: str, topology: Topology, caplog: pytest.LogCaptureFixture
) -> None:
    calls = 0

    async def handle(message: StageMessage) -> StageMessage:
        nonlocal calls
        calls += 1
        return {"a": 1}["missing"]  # type: ignore[return-value]  # a bug: KeyError

    job = downloaded(fiche_id=4242)
    caplog.set_level(logging.INFO, logger="consumers.worker")
    async with running(broker_url, topology, handle), channel_to(broker_url) as channel:
        await broker.publish(channel, topology.work("trim"), job.model_dump_json().encode())
        dead = await collect(channel, topology.dead("trim"), 1)
    headers = dead[0].headers
    assert headers[failures.DEAD_ERROR_TYPE] == "KeyError"
    assert headers[failures.DEAD_ATTEMPTS] == FAST_RETRY.max_attempts == calls
    with_traceback = [r for r in caplog.records if r.exc_info and r.exc_info[0] is KeyError]
    assert len(with_traceback) == calls, [r.getMessage() for r in with_traceback]
    for record in with_traceback:
        text = caplog.handler.format(record)
        assert "Traceback (most recent call last)" in text and "'missing'" in text
        assert f"job {job.job_id} (fiche 4242)" in record.getMessage()
        assert record.getMessage().startswith("trim: ")
        assert (record.stage, record.job_id, record.fiche_id) == ("trim", str(job.job_id), 4242)  # type: ignore[attr-defined]
    outcomes = [r.getMessage() for r in with_traceback]
    assert sum("retry in" in m for m in outcomes) == calls - 1
    assert "dead-lettered after 3 attempt(s)" in outcomes[-1]


async def test_an_expected_stage_error_stays_one_line(
    broker_url: str, topology: Topology, caplog: pytest.LogCaptureFixture
) -> None:
    async def handle(message: StageMessage) -> StageMessage:
        raise PermanentError("cannot decode audio: invalid data")

    caplog.set_level(logging.INFO, logger="consumers.worker")
    async with running(broker_url, topology, handle), channel_to(broker_url) as channel:
        await broker.publish(
            channel, topology.work("trim"), downloaded().model_dump_json().encode()
        )
        await collect(channel, topology.dead("trim"), 1)
    failed = [r for r in caplog.records if "cannot decode audio" in r.getMessage()]
    assert len(failed) == 1 and failed[0].exc_info is None


async def test_a_worker_counts_into_the_registry_it_is_given(
    broker_url: str, topology: Topology
) -> None:
    """Injected metrics: the worker's counts land in the test's registry, not the process's."""
    own = metrics.Metrics()
    ok = {"stage": "trim", "outcome": "ok"}
    before = metrics.REGISTRY.get_sample_value("audio_nlp_messages_total", ok)

    async def handle(message: StageMessage) -> StageMessage:
        return trimmed_from(message)

    async with (
        running(broker_url, topology, handle, stage_metrics=own),
        channel_to(broker_url) as channel,
    ):
        for _ in range(3):
            body = downloaded().model_dump_json().encode()
            await broker.publish(channel, topology.work("trim"), body)
        await collect(channel, topology.work("transcribe"), 3)
    assert own.registry.get_sample_value("audio_nlp_messages_total", ok) == 3
    assert metrics.REGISTRY.get_sample_value("audio_nlp_messages_total", ok) == before
