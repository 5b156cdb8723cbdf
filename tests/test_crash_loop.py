"""A message whose handling kills the worker ends in the dead-letter queue, not in a loop.

A real ``audio-nlp worker download`` process; the loopback audio host SIGKILLs it when
the poison URL is requested (as an OOM on a huge decode would) and the test restarts it
each time, as Kubernetes would. The queues' policy backstop (``audio-nlp queues protect``)
is in place, and the worker's own, readable, dead letter must win.
"""

from __future__ import annotations

import json
import shlex
import subprocess
from collections.abc import Iterator
from pathlib import Path

import aio_pika
import pytest

from consumers import failures
from consumers.broker import Topology
from messages import AudioDownloaded, JobRequest
from tests.broker import drain
from tests.conftest import wait_for
from tests.crashing import Crasher, audio_nlp, publish_job, queue_depth, run_until_dead_lettered
from tests.http_fixtures import FixtureServer, body, wav_bytes

pytestmark = [pytest.mark.broker, pytest.mark.slow]

DELIVERY_LIMIT = 3


async def wait_on_trim(
    broker_url: str, topology: Topology, what: str
) -> list[aio_pika.abc.AbstractIncomingMessage]:
    """Until a job reaches the trim queue (the download stage forwarded it); what came."""
    connection = await aio_pika.connect(broker_url)
    async with connection:
        channel = await connection.channel()
        got: list[aio_pika.abc.AbstractIncomingMessage] = []

        async def trimmed() -> bool:
            got.extend(await drain(channel, topology.work("trim")))
            return bool(got)

        await wait_for(trimmed, timeout=60, what=what)
    return got


@pytest.fixture
def worker_env(broker_url: str, topology: Topology, tmp_path: Path) -> dict[str, str]:
    return {
        "RABBITMQ_URL": broker_url,
        "QUEUE_PREFIX": topology.prefix,
        "DATA_DIR": str(tmp_path / "data"),
        "ALLOW_PRIVATE_URLS": "true",
        "DELIVERY_LIMIT": str(DELIVERY_LIMIT),
        "LOG_LEVEL": "INFO",
    }


@pytest.fixture
def backstop(worker_env: dict[str, str]) -> Iterator[list[str]]:
    """The broker's policies for this test's queues, as ``queues protect`` prints them."""
    printed = audio_nlp(worker_env, "queues", "protect", "--print")
    assert printed.returncode == 0, printed.stderr
    lines = printed.stdout.splitlines()
    names = [shlex.split(line)[8] for line in lines]
    try:
        for line in lines:
            applied = subprocess.run(shlex.split(line), capture_output=True, text=True, timeout=60)
            assert applied.returncode == 0, applied.stderr
        yield names
    finally:
        for name in names:
            subprocess.run(["rabbitmqctl", "clear_policy", name], capture_output=True, timeout=60)


async def test_a_message_that_kills_the_worker_is_dead_lettered_within_the_limit(
    broker_url: str,
    topology: Topology,
    tmp_path: Path,
    server: FixtureServer,
    worker_env: dict[str, str],
    backstop: list[str],
) -> None:
    crasher = Crasher(server)
    poison = JobRequest(fiche_id=666, audio_url=crasher.url)
    await publish_job(broker_url, topology, poison)
    try:
        survivor = await run_until_dead_lettered(
            crasher, broker_url, topology, worker_env, tmp_path
        )
        deliveries = crasher.deliveries()
        kills = crasher.kills

        # The worker that dead-lettered it carries on: an ordinary job goes through.
        ordinary = JobRequest(fiche_id=7, audio_url=server.route("/ok.wav", body(wav_bytes())))
        await publish_job(broker_url, topology, ordinary)
        got = await wait_on_trim(broker_url, topology, "the ordinary job on the trim queue")
        assert survivor.popen.poll() is None, survivor.log()[-2000:]
        shown = audio_nlp(worker_env, "dlq", "show", str(poison.job_id))
        shown_json = json.loads(
            audio_nlp(worker_env, "dlq", "--json", "show", str(poison.job_id)).stdout
        )
        connection = await aio_pika.connect(broker_url)
        async with connection:
            dead = await drain(await connection.channel(), topology.dead("download"))
    finally:
        crasher.stop()

    print(
        f"\ncrash loop: DELIVERY_LIMIT={DELIVERY_LIMIT}, worker SIGKILLed {kills} times, "
        f"{deliveries} deliveries reached the work, dead-lettered on delivery {deliveries + 1} "
        f"(broker backstop delivery-limit {failures.broker_delivery_limit(DELIVERY_LIMIT)})"
    )
    assert deliveries == DELIVERY_LIMIT == kills
    assert [AudioDownloaded.model_validate_json(m.body).job_id for m in got] == [ordinary.job_id]
    assert len(dead) == 1
    headers = dead[0].headers
    reason = (
        f"delivered {DELIVERY_LIMIT} times without an outcome: the worker died while handling it"
    )
    assert headers[failures.DEAD_ERROR] == reason
    assert headers[failures.DEAD_STAGE] == "download"
    assert headers[failures.DEAD_ERROR_CLASS] == "crash-loop"
    assert headers[failures.DEAD_ERROR_TYPE] == "WorkerDied"
    assert headers[failures.DEAD_ATTEMPTS] == DELIVERY_LIMIT
    assert headers[failures.DEAD_HOST]
    assert headers[failures.DEAD_FIRST_FAILURE_AT] <= headers[failures.DEAD_LAST_FAILURE_AT]
    assert "x-death" not in headers, "the broker's backstop fired before the worker"
    assert JobRequest.model_validate_json(dead[0].body).job_id == poison.job_id

    assert shown.returncode == 0, shown.stderr
    assert reason in shown.stdout and "(crash-loop)" in shown.stdout
    assert f"attempts: {DELIVERY_LIMIT}" in shown.stdout
    assert [(x["error"], x["fiche_id"]) for x in shown_json] == [(reason, 666)]
    assert await queue_depth(broker_url, topology.work("download")) == 0


async def test_a_replayed_crash_loop_dead_letter_gets_a_fresh_delivery_budget(
    broker_url: str,
    topology: Topology,
    tmp_path: Path,
    server: FixtureServer,
    worker_env: dict[str, str],
) -> None:
    crasher = Crasher(server)
    poison = JobRequest(fiche_id=667, audio_url=crasher.url)
    await publish_job(broker_url, topology, poison)
    try:
        await run_until_dead_lettered(crasher, broker_url, topology, worker_env, tmp_path)
        first = crasher.deliveries()
        # Reading the dead letter hands it back to its queue, which counts a redelivery
        # each time: the replay must not carry those counts into the work queue.
        for _ in range(DELIVERY_LIMIT):
            assert audio_nlp(worker_env, "dlq", "list").returncode == 0
        # The URL is fixed now (the host serves audio); a replay must get to do the work.
        server.route(crasher.path, body(wav_bytes()))
        replayed = audio_nlp(worker_env, "dlq", "replay", "--job", str(poison.job_id))
        assert "replayed 1 message(s)" in replayed.stdout, replayed.stderr
        got = await wait_on_trim(broker_url, topology, "the replayed job on the trim queue")
    finally:
        crasher.stop()
    assert first == DELIVERY_LIMIT
    assert crasher.deliveries() == first + 1, "the replay was dead-lettered again, unworked"
    assert AudioDownloaded.model_validate_json(got[0].body).job_id == poison.job_id
