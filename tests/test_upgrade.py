"""Upgrading a deployment whose queues the previous release declared: nothing lost, loops bounded.

On a private RabbitMQ node with the management plugin (the machine's broker has none),
the queues are declared exactly as the previous release declared them (quorum, no
delivery limit, no dead-lettering on the work queues), messages wait in them, then the
new release arrives: ``audio-nlp queues protect`` applies the policies through the
management API, and a new download worker starts on the old queues.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import aio_pika
import pytest

from consumers import broker, failures, policies
from consumers.broker import Topology, delete_topology
from consumers.stage_table import STAGES
from messages import AudioDownloaded, JobRequest
from tests.broker import drain, unique_topology
from tests.conftest import wait_for
from tests.crashing import Crasher, audio_nlp, publish_job, queue_depth, run_until_dead_lettered
from tests.http_fixtures import FixtureServer, body, wav_bytes
from tests.rabbit_node import RabbitNode, managed_rabbit

pytestmark = [pytest.mark.broker, pytest.mark.slow]

DELIVERY_LIMIT = 2
ORDINARY_JOBS = 4

# The previous release's declarations, copied literally (consumers/broker.py before the
# upgrade): the new release must declare the same, or the broker refuses the worker.
PREVIOUS_WORK_AND_DEAD_ARGUMENTS = {"x-queue-type": "quorum"}


def previous_retry_arguments(work_queue: str) -> dict[str, str]:
    return {
        "x-queue-type": "quorum",
        "x-dead-letter-exchange": "",
        "x-dead-letter-routing-key": work_queue,
        "x-dead-letter-strategy": "at-least-once",
        "x-overflow": "reject-publish",
    }


# A worker of the previous release, which knows nothing of delivery counts: it takes one
# message and dies holding it (SIGKILL), after printing what it got.
PREVIOUS_RELEASE_WORKER = """
import asyncio, os, signal, sys
import aio_pika

async def main():
    connection = await aio_pika.connect(sys.argv[1])
    channel = await connection.channel()
    queue = await channel.get_queue(sys.argv[2])
    async with queue.iterator() as messages:
        async for message in messages:
            print("delivered", message.message_id, flush=True)
            os.kill(os.getpid(), signal.SIGKILL)

asyncio.run(main())
"""


@pytest.fixture(scope="module")
def managed_node(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RabbitNode, str]]:
    """A private node with the management plugin on loopback; its API URL with credentials."""
    with managed_rabbit(tmp_path_factory.mktemp("rabbit-upgrade")) as managed:
        yield managed


async def declare_as_previous_release(url: str, topology: Topology) -> None:
    connection = await aio_pika.connect(url)
    async with connection:
        channel = await connection.channel()
        for stage in STAGES:
            for name in (topology.work(stage), topology.dead(stage)):
                await channel.declare_queue(
                    name, durable=True, arguments=PREVIOUS_WORK_AND_DEAD_ARGUMENTS
                )
            await channel.declare_queue(
                topology.retry(stage),
                durable=True,
                arguments=previous_retry_arguments(topology.work(stage)),
            )


async def publish_trim_job(url: str, topology: Topology, job: AudioDownloaded) -> None:
    connection = await aio_pika.connect(url)
    async with connection:
        channel = await broker.open_channel(connection)
        await broker.publish(
            channel, topology.work("trim"), job.model_dump_json().encode(), message_id="old-poison"
        )


async def kill_previous_release_workers_until_dead_lettered(
    url: str, topology: Topology, timeout: float = 120.0
) -> int:
    """Run previous-release trim workers that die on each delivery; return the deliveries."""
    deadline = time.monotonic() + timeout
    deliveries = 0
    while await queue_depth(url, topology.dead("trim")) == 0:
        assert time.monotonic() < deadline, f"no broker dead letter after {deliveries} deliveries"
        child = await asyncio.create_subprocess_exec(
            *(sys.executable, "-c", PREVIOUS_RELEASE_WORKER, url, topology.work("trim")),
            stdout=asyncio.subprocess.PIPE,
        )
        try:
            while child.returncode is None and await queue_depth(url, topology.dead("trim")) == 0:
                assert time.monotonic() < deadline, "a previous-release worker never got it"
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(child.wait(), 0.2)
        finally:
            if child.returncode is None:
                child.kill()
            out, _ = await child.communicate()
        if child.returncode == -signal.SIGKILL and b"delivered old-poison" in out:
            deliveries += 1
    return deliveries


async def test_upgrading_queues_of_the_previous_release_loses_nothing_and_bounds_loops(
    managed_node: tuple[RabbitNode, str], server: FixtureServer, tmp_path: Path
) -> None:
    node, management_url = managed_node
    topology = unique_topology()
    env = {
        "RABBITMQ_URL": node.url,
        "QUEUE_PREFIX": topology.prefix,
        "DATA_DIR": str(tmp_path / "data"),
        "ALLOW_PRIVATE_URLS": "true",
        "DELIVERY_LIMIT": str(DELIVERY_LIMIT),
        # The stage's default prefetch: the ordinary jobs are held beside the poison at
        # its first kill, and must still be forwarded, not dead-lettered with it.
        "LOG_LEVEL": "INFO",
    }
    try:
        # Before: the previous release's queues, with work waiting in them.
        await declare_as_previous_release(node.url, topology)
        crasher = Crasher(server)
        audio = server.route("/ok.wav", body(wav_bytes()))
        ordinary = [JobRequest(fiche_id=100 + n, audio_url=audio) for n in range(ORDINARY_JOBS)]
        poison = JobRequest(fiche_id=666, audio_url=crasher.url)
        for job in [*ordinary[:2], poison, *ordinary[2:]]:
            await publish_job(node.url, topology, job)
        old_poison = AudioDownloaded(
            fiche_id=667, audio_url="http://a.test/x.wav", path="/x.wav", size_bytes=1
        )
        await publish_trim_job(node.url, topology, old_poison)

        # The upgrade, step 1: the policies, through the management API.
        applied = audio_nlp({**env, "RABBITMQ_MANAGEMENT_URL": management_url}, "queues", "protect")
        assert applied.returncode == 0, applied.stderr
        assert "guest" not in applied.stdout + applied.stderr
        limit = failures.broker_delivery_limit(DELIVERY_LIMIT)
        async with policies.ManagementApi(management_url) as api:
            for stage in STAGES:
                effective = await wait_for_policy(api, topology.work(stage))
                assert effective == {
                    "delivery-limit": limit,
                    "dead-letter-exchange": "",
                    "dead-letter-routing-key": topology.dead(stage),
                    "dead-letter-strategy": "at-least-once",
                    "overflow": "reject-publish",
                }
                assert await api.effective_policy(topology.dead(stage)) is None
                assert await api.effective_policy(topology.retry(stage)) is None

        # A previous-release worker still running during the rollout: the policy bounds it.
        backstop_deliveries = await kill_previous_release_workers_until_dead_lettered(
            node.url, topology
        )

        # Step 2: the new worker on the old queues (same declarations: no PRECONDITION_FAILED).
        await run_until_dead_lettered(crasher, node.url, topology, env, tmp_path)
        connection = await aio_pika.connect(node.url)
        async with connection:
            channel = await connection.channel()
            forwarded: list[aio_pika.abc.AbstractIncomingMessage] = []

            async def all_forwarded() -> bool:
                forwarded.extend(await drain(channel, topology.work("trim")))
                return len(forwarded) >= ORDINARY_JOBS

            await wait_for(all_forwarded, timeout=60, what="every ordinary job on the trim queue")
            broker_made = json.loads(
                audio_nlp(env, "dlq", "--json", "show", str(old_poison.job_id)).stdout
            )
            crash = json.loads(audio_nlp(env, "dlq", "--json", "show", str(poison.job_id)).stdout)
            left = {name: await queue_depth(node.url, name) for name in _all_queues(topology)}
        worker_log = "\n".join(worker.log() for worker in crasher.workers)
        crasher.stop()
    finally:
        await delete_topology(node.url, topology)

    print(
        f"\nupgrade: backstop dead-lettered a previous-release loop after {backstop_deliveries} "
        f"deliveries (policy delivery-limit {limit}); the new worker after "
        f"{crasher.deliveries()} (DELIVERY_LIMIT {DELIVERY_LIMIT})"
    )
    assert "PRECONDITION_FAILED" not in worker_log
    assert sorted(AudioDownloaded.model_validate_json(m.body).job_id for m in forwarded) == sorted(
        job.job_id for job in ordinary
    )
    assert backstop_deliveries == limit + 1
    assert crasher.deliveries() == DELIVERY_LIMIT
    broker_reason = failures.crash_loop_reason(limit + 1)
    assert [(x["error"], x["error_class"], x["stage"]) for x in broker_made] == [
        (broker_reason, "crash-loop", "trim")
    ]
    assert [(x["error"], x["attempts"]) for x in crash] == [
        (failures.crash_loop_reason(DELIVERY_LIMIT), DELIVERY_LIMIT)
    ]
    expected_left = {name: 0 for name in _all_queues(topology)}
    expected_left[topology.dead("download")] = 1
    expected_left[topology.dead("trim")] = 1
    assert left == expected_left


def _all_queues(topology: Topology) -> list[str]:
    return [
        name
        for stage in STAGES
        for name in (
            topology.work(stage),
            topology.suspect(stage),
            topology.retry(stage),
            topology.dead(stage),
        )
    ]


async def wait_for_policy(api: policies.ManagementApi, queue: str) -> dict[str, object]:
    """Policies reach queues asynchronously; wait until the queue reports its own."""
    deadline = time.monotonic() + 30
    while (effective := await api.effective_policy(queue)) is None:
        assert time.monotonic() < deadline, f"no effective policy on {queue}"
        await asyncio.sleep(0.1)
    return effective
