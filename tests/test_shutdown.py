"""A worker process under SIGTERM and SIGKILL, busy on real work (slow POSTs to the receiver).

SIGTERM: stop consuming, finish what is in flight within SHUTDOWN_GRACE_SECONDS, exit 0,
leaving nothing to redeliver. SIGKILL: nothing is lost, the broker redelivers.
"""

from __future__ import annotations

import asyncio
import signal
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from consumers.broker import Topology
from tests.broker import has_consumer
from tests.deliver_worker import (
    deliver_env,
    deliver_worker,
    in_flight,
    publish_extractions,
    queue_depth,
    running_receiver,
)
from tests.waiting import wait_until, wait_until_async

pytestmark = [pytest.mark.broker, pytest.mark.slow]

MESSAGES = 10
POST_SECONDS = 3.0
GRACE_SECONDS = 20.0


async def _busy_on_all(metrics_url: str) -> None:
    await asyncio.to_thread(
        wait_until,
        lambda: in_flight(metrics_url) >= MESSAGES,
        timeout=30,
        message=f"{MESSAGES} messages in flight",
    )


async def _no_consumer_left(url: str, queue: str) -> None:
    # Once the worker's connection is gone, anything it held unacked is back in the queue.
    async def gone() -> bool:
        return not await has_consumer(url, queue)

    await wait_until_async(gone, timeout=20, message=f"no consumer on {queue}")


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
    # One POST per job, each carrying its own job: nothing delivered twice, nothing lost.
    assert sorted(receiver_key(r) for r in records) == sorted(job_ids)
    assert all(r["body"]["job_id"] == receiver_key(r) for r in records)
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
                message="every job delivered after the restart",
            )
        await _no_consumer_left(broker_url, topology.work("deliver"))
        records = receiver.records()

    per_key = posts_by_key(records)
    assert set(per_key) == set(job_ids)
    # A POST cut short by the kill is redone after the restart: the backend overwrites the
    # fiche, so that is one effective delivery only if every POST of a job says the same.
    for key, posts in per_key.items():
        assert all(post["body"]["job_id"] == key for post in posts), posts
        assert all(post["body"] == posts[0]["body"] for post in posts), posts
    assert await queue_depth(broker_url, topology.work("deliver")) == 0


def posts_by_key(records: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The receiver's recorded POSTs grouped by Idempotency-Key."""
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        grouped[receiver_key(record)].append(record)
    return dict(grouped)


def receiver_key(record: dict[str, Any]) -> str:
    headers = record["headers"]
    assert isinstance(headers, dict)
    return str(headers["idempotency-key"])
