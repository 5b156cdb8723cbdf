"""A worker process under SIGTERM and SIGKILL, busy on real work (slow POSTs to the receiver).

SIGTERM: stop consuming, finish what is in flight within SHUTDOWN_GRACE_SECONDS, exit 0,
leaving nothing to redeliver. SIGKILL: nothing is lost, the broker redelivers.
"""

from __future__ import annotations

import asyncio
import signal
from collections import Counter
from pathlib import Path

import pytest

from consumers.broker import Topology
from tests.broker import has_consumer
from tests.conftest import wait_for
from tests.deliver_worker import (
    deliver_env,
    deliver_worker,
    in_flight,
    publish_extractions,
    queue_depth,
    running_receiver,
    wait_until,
)

pytestmark = [pytest.mark.broker, pytest.mark.slow]

MESSAGES = 10
POST_SECONDS = 3.0
GRACE_SECONDS = 20.0


async def _busy_on_all(metrics_url: str) -> None:
    await asyncio.to_thread(
        wait_until,
        lambda: in_flight(metrics_url) >= MESSAGES,
        timeout=30,
        what=f"{MESSAGES} messages in flight",
    )


async def _no_consumer_left(url: str, queue: str) -> None:
    # Once the worker's connection is gone, anything it held unacked is back in the queue.
    async def gone() -> bool:
        return not await has_consumer(url, queue)

    await wait_for(gone, timeout=20, what=f"no consumer on {queue}")


async def test_sigterm_finishes_in_flight_work_within_the_grace_period_and_exits_0(
    broker_url: str, topology: Topology, tmp_path: Path
) -> None:
    with running_receiver(tmp_path, latency_seconds=POST_SECONDS) as receiver:
        env = deliver_env(
            broker_url, topology, receiver.url, tmp_path, SHUTDOWN_GRACE_SECONDS=str(GRACE_SECONDS)
        )
        with deliver_worker(env, tmp_path) as (worker, metrics_url):
            job_ids = await publish_extractions(broker_url, topology, MESSAGES)
            await _busy_on_all(metrics_url)
            assert receiver.records() == [], "the POSTs must still be in progress at SIGTERM"
            worker.popen.send_signal(signal.SIGTERM)
            exit_code = await asyncio.to_thread(worker.popen.wait, GRACE_SECONDS)
        await _no_consumer_left(broker_url, topology.work("deliver"))
        records = receiver.records()

    assert exit_code == 0, worker.log()[-2000:]
    assert sorted(receiver_key(r) for r in records) == sorted(job_ids)
    assert not any(r["repeat"] for r in records), "a message was delivered twice"
    assert await queue_depth(broker_url, topology.work("deliver")) == 0, "a message came back"
    assert f"for {MESSAGES} in-flight messages" in worker.log()
    assert "returned to the queue unfinished" not in worker.log()


async def test_sigterm_returns_work_that_outlasts_the_grace_period_to_the_queue(
    broker_url: str, topology: Topology, tmp_path: Path
) -> None:
    with running_receiver(tmp_path, latency_seconds=POST_SECONDS * 3) as receiver:
        env = deliver_env(
            broker_url, topology, receiver.url, tmp_path, SHUTDOWN_GRACE_SECONDS="0.5"
        )
        with deliver_worker(env, tmp_path) as (worker, metrics_url):
            await publish_extractions(broker_url, topology, MESSAGES)
            await _busy_on_all(metrics_url)
            worker.popen.send_signal(signal.SIGTERM)
            exit_code = await asyncio.to_thread(worker.popen.wait, GRACE_SECONDS)
        await _no_consumer_left(broker_url, topology.work("deliver"))

    assert exit_code == 0, worker.log()[-2000:]
    assert f"{MESSAGES} messages returned to the queue unfinished" in worker.log()
    assert await queue_depth(broker_url, topology.work("deliver")) == MESSAGES


async def test_sigkill_mid_work_loses_nothing_after_a_restart(
    broker_url: str, topology: Topology, tmp_path: Path
) -> None:
    with running_receiver(tmp_path, latency_seconds=POST_SECONDS) as receiver:
        env = deliver_env(broker_url, topology, receiver.url, tmp_path)
        with deliver_worker(env, tmp_path, name="deliver-killed") as (worker, metrics_url):
            job_ids = await publish_extractions(broker_url, topology, MESSAGES)
            await _busy_on_all(metrics_url)
            worker.popen.send_signal(signal.SIGKILL)
            await asyncio.to_thread(worker.popen.wait, 10)
        assert worker.popen.returncode == -signal.SIGKILL
        with deliver_worker(env, tmp_path, name="deliver-restarted"):
            await asyncio.to_thread(
                wait_until,
                lambda: set(receiver.keys()) >= set(job_ids),
                timeout=60,
                what="every job delivered after the restart",
            )
        await _no_consumer_left(broker_url, topology.work("deliver"))
        records = receiver.records()

    per_key = Counter(receiver_key(r) for r in records)
    assert set(per_key) == set(job_ids)
    # After dedupe by Idempotency-Key exactly one effective delivery per job: the first
    # POST of each key is the fresh one, every later one is flagged as a repeat.
    fresh = [receiver_key(r) for r in records if not r["repeat"]]
    assert sorted(fresh) == sorted(job_ids)
    assert await queue_depth(broker_url, topology.work("deliver")) == 0


def receiver_key(record: dict[str, object]) -> str:
    headers = record["headers"]
    assert isinstance(headers, dict)
    return str(headers["idempotency-key"])
