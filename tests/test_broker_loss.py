"""Losing the broker: the ingress and the workers ride out a RabbitMQ restart.

Runs on a private RabbitMQ node (tests/rabbit_node.py) so the machine's broker is never
stopped. Quorum queues and persistent messages survive the restart; the processes
reconnect by themselves (aio-pika robust connections).
"""

from __future__ import annotations

import asyncio
import signal
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from consumers.broker import Topology
from tests.deliver_worker import (
    deliver_env,
    deliver_worker,
    publish_extractions,
    queue_depth,
    running_receiver,
)
from tests.processes import free_port, started
from tests.rabbit_node import RabbitNode, private_rabbit
from tests.waiting import wait_until, wait_until_async

pytestmark = [pytest.mark.broker, pytest.mark.slow]


@pytest.fixture(scope="module")
def node(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RabbitNode]:
    with private_rabbit(tmp_path_factory.mktemp("rabbit")) as running:
        yield running


@pytest.fixture
def prefix() -> Topology:
    return Topology(f"loss-{uuid.uuid4().hex[:8]}")


def _submit(ingress: str, fiche_id: int) -> httpx.Response:
    return httpx.post(
        f"{ingress}/process",
        json={"fiche_id": fiche_id, "audio_url": "https://exemple.com/a.wav"},
        timeout=10,
    )


def _broker_state(ingress: str) -> str:
    return str(httpx.get(f"{ingress}/health", timeout=5).json()["broker"])


def _health_status(url: str) -> int:
    try:
        return httpx.get(url, timeout=2).status_code
    except httpx.HTTPError:
        return 0


async def test_ingress_answers_503_while_the_broker_is_down_and_200_after(
    node: RabbitNode, prefix: Topology, tmp_path: Path
) -> None:
    port = free_port()
    ingress = f"http://127.0.0.1:{port}"
    env = {"RABBITMQ_URL": node.url, "QUEUE_PREFIX": prefix.prefix}
    args = ["ingress", "--host", "127.0.0.1", "--port", str(port)]
    with started("ingress", args, env=env, log_dir=tmp_path, health_url=f"{ingress}/health"):
        accepted = await asyncio.to_thread(
            wait_until,
            lambda: _submit(ingress, 1).status_code == 200,
            timeout=30,
            message="the ingress to accept a job (200)",
        )
        assert accepted
        await asyncio.to_thread(node.stop)
        down = _submit(ingress, 2)
        assert down.status_code == 503
        assert down.headers["retry-after"]
        assert await asyncio.to_thread(_broker_state, ingress) == "disconnected"
        await asyncio.to_thread(node.start)
        await asyncio.to_thread(
            wait_until,
            lambda: _submit(ingress, 3).status_code == 200,
            timeout=30,
            message="the ingress to accept again",
        )
        assert await asyncio.to_thread(_broker_state, ingress) == "connected"
    # The job confirmed before the restart is still queued: a 200 meant durable.
    assert await queue_depth(node.url, prefix.work("download")) == 2


async def test_worker_resumes_consuming_after_a_broker_restart(
    node: RabbitNode, prefix: Topology, tmp_path: Path
) -> None:
    with running_receiver(tmp_path) as receiver:
        env = deliver_env(node.url, prefix, receiver.url, tmp_path)
        with deliver_worker(env, tmp_path) as (worker, base):
            before = await publish_extractions(node.url, prefix, 3)
            await asyncio.to_thread(
                wait_until,
                lambda: set(receiver.keys()) >= set(before),
                timeout=30,
                message="the first 3 deliveries",
            )
            await asyncio.to_thread(node.stop)
            await asyncio.to_thread(
                wait_until,
                lambda: _health_status(f"{base}/healthz") == 503,
                timeout=30,
                message="/healthz to report the broker down",
            )
            await asyncio.to_thread(node.start)
            await asyncio.to_thread(
                wait_until,
                lambda: _health_status(f"{base}/healthz") == 200,
                timeout=30,
                message="/healthz to recover",
            )
            after = await publish_extractions(node.url, prefix, 3, first=10)
            await asyncio.to_thread(
                wait_until,
                lambda: set(receiver.keys()) >= set(before + after),
                timeout=30,
                message="deliveries after the restart",
            )
            assert worker.popen.poll() is None
    assert "reconnect" in worker.log().lower()


async def test_a_scheduled_retry_survives_a_worker_kill_and_a_broker_restart(
    node: RabbitNode, prefix: Topology, tmp_path: Path
) -> None:
    with running_receiver(tmp_path) as receiver:
        receiver.app.state.fail_next = 1
        env = deliver_env(
            node.url, prefix, receiver.url, tmp_path, RETRY_DELAYS="6", MAX_ATTEMPTS="3"
        )
        with deliver_worker(env, tmp_path, name="deliver-first") as (worker, _):
            [job_id] = await publish_extractions(node.url, prefix, 1)
            await _wait_for_depth(node, prefix.retry("deliver"), 1)
            worker.popen.send_signal(signal.SIGKILL)
            await asyncio.to_thread(worker.popen.wait, 10)
        assert receiver.app.state.failed == 1 and receiver.records() == []
        await asyncio.to_thread(node.restart)
        with deliver_worker(env, tmp_path, name="deliver-second"):
            await asyncio.to_thread(
                wait_until, lambda: receiver.keys() == [job_id], timeout=60, message="the retry"
            )
    assert await queue_depth(node.url, prefix.dead("deliver")) == 0
    assert await queue_depth(node.url, prefix.retry("deliver")) == 0


async def _wait_for_depth(node: RabbitNode, queue: str, depth: int) -> None:
    async def holds() -> bool:
        return await queue_depth(node.url, queue) == depth

    await wait_until_async(holds, timeout=20, message=f"{queue} to hold {depth} messages")
