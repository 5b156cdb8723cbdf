"""Retry queues per delay step: a short retry is never held behind a long one.

RabbitMQ expires a message only at the head of its queue, so with a single retry queue a
message waiting 30 s would hold a 0.3 s retry published after it for the full 30 s.
"""

from __future__ import annotations

import asyncio

import aio_pika
import pytest

from consumers import broker, failures
from consumers.broker import Topology
from consumers.failures import RetryPolicy
from consumers.worker import Worker
from messages import AudioDownloaded, JobRequest, StageMessage
from stages.errors import TransientError
from tests.broker import has_consumer
from tests.deliver_worker import queue_depth
from tests.test_worker import channel_to, collect
from tests.waiting import wait_until_async

pytestmark = pytest.mark.broker

TIERED = RetryPolicy(delays=(0.3, 60.0), max_attempts=4, jitter=0.0)


def test_tier_is_the_step_nearest_to_the_delay() -> None:
    policy = RetryPolicy(delays=(5, 30, 120, 600, 1800), jitter=0.2)
    assert policy.tier_for(policy.delay_before(2)) == 0
    assert policy.tier_for(policy.delay_before(3)) == 1
    assert policy.tier_for(policy.delay_before(9)) == 4
    assert policy.tier_for(100) == 2  # a Retry-After of 100 s waits with the 120 s step
    assert Topology("p").retry_tiers("trim", 3) == [
        "p.trim.retry",
        "p.trim.retry.2",
        "p.trim.retry.3",
    ]


async def test_a_short_retry_is_not_held_behind_a_long_one(
    broker_url: str, topology: Topology
) -> None:
    failed_once: set[str] = set()

    async def handle(message: StageMessage) -> StageMessage:
        if str(message.job_id) not in failed_once:
            failed_once.add(str(message.job_id))
            raise TransientError("provider answered 503")
        return AudioDownloaded(
            **message.carry(), audio_url="http://a.test/x.wav", path="/x", size_bytes=1
        )

    # The download stage, so the trim counters test_worker reads stay untouched.
    worker = Worker(
        "download", handle, rabbitmq_url=broker_url, topology=topology, prefetch=4, retry=TIERED
    )
    task = asyncio.create_task(worker.run())
    slow, quick = (JobRequest(fiche_id=n, audio_url="http://a.test/x.wav") for n in (1, 2))
    try:
        await wait_until_async(
            lambda: has_consumer(broker_url, topology.work("download")),
            timeout=20,
            message="the download worker to consume",
        )
        out = await _quick_overtakes_slow(broker_url, topology, slow, quick)
    finally:
        worker.stop()
        await asyncio.wait_for(task, 30)
    assert [m.headers.get("x-job-id") for m in out] == [str(quick.job_id)]


async def _quick_overtakes_slow(
    broker_url: str, topology: Topology, slow: JobRequest, quick: JobRequest
) -> list[aio_pika.abc.AbstractIncomingMessage]:
    async with channel_to(broker_url) as channel:
        # Already retried once: its next wait is the 60 s step.
        await broker.publish(
            channel,
            topology.work("download"),
            slow.model_dump_json().encode(),
            headers={failures.ATTEMPTS: 1},
        )

        async def slow_is_waiting() -> bool:
            return await queue_depth(broker_url, topology.retry("download", 1)) == 1

        await wait_until_async(
            slow_is_waiting, timeout=20, message="the slow retry to wait in .retry.2"
        )
        await broker.publish(channel, topology.work("download"), quick.model_dump_json().encode())
        out = await collect(channel, topology.work("trim"), 1, timeout=15)
        assert await queue_depth(broker_url, topology.retry("download", 1)) == 1
    return out
