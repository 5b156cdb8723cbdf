"""``audio-nlp status`` and ``GET /jobs/{id}`` answer from the timeline stream, across restarts.

Every process is real: the stage workers, the ingress with a token, the CLI as a
subprocess; the workers are killed and started again before anything is asked.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from uuid import UUID, uuid4

import aio_pika
import httpx
import pytest

from consumers.broker import Topology
from consumers.stage_table import STAGES
from devkit.stack import LocalStack, local_stack, serve_directory, wait_until_answers
from messages import AudioDownloaded
from tests.audio import synth_call
from tests.crashing import queue_depth
from tests.waiting import wait_until

pytestmark = [pytest.mark.broker, pytest.mark.slow]

TOKEN = "timeline-test-token"
CALL = [("Agent", "Bonjour."), ("Client", "Je suis propriétaire de ma maison.")]


@pytest.fixture(scope="module")
def audio_host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("audio")
    synth_call(CALL, folder / "call.wav", pauses=[1.0], seed=5)
    with serve_directory(folder) as url:
        yield url


@pytest.fixture(scope="module")
def stack(broker_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalStack]:
    with local_stack(
        tmp_path_factory.mktemp("stack"),
        rabbitmq_url=broker_url,
        queue_prefix=f"timeline-{uuid4().hex[:8]}",
        extra_env={
            "INGRESS_TOKENS": TOKEN,
            "RETRY_DELAYS": "0.2",
            "MAX_ATTEMPTS": "2",
            "TIMELINE_MAX_AGE": "2D",
            "TIMELINE_MAX_BYTES": "5000000",
        },
    ) as running:
        yield running


def status(stack: LocalStack, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "consumers.cli", "status", *args],
        env={**os.environ, **stack.env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def restart_workers(stack: LocalStack) -> None:
    for name in [name for name in stack.processes if name.startswith("worker-")]:
        fresh = stack.restart(name)
        stage = name.split("-")[1]
        port = fresh.args[fresh.args.index("--metrics-port") + 1]
        wait_until_answers(f"http://127.0.0.1:{port}/healthz", process=fresh.popen)
        assert stage in STAGES


def test_status_survives_a_worker_restart(stack: LocalStack, audio_host: str) -> None:
    before = len(stack.deliveries())
    good = str(stack.submit(7001, f"{audio_host}/call.wav", token=TOKEN)["job_id"])
    bad = str(stack.submit(7002, f"{audio_host}/missing.wav", token=TOKEN)["job_id"])
    stack.wait_for_deliveries(before + 1, timeout=120)
    wait_until(
        lambda: "dead-lettered" in status(stack, bad).stdout,
        timeout=30,
        message="the missing recording dead-lettered in the timeline",
    )

    restart_workers(stack)

    delivered = status(stack, good, "--json")
    assert delivered.returncode == 0, delivered.stderr
    (timeline,) = json.loads(delivered.stdout)
    assert [item["stage"] for item in timeline["stages"]] == list(STAGES)
    assert all(item["started_at"] and item["finished_at"] for item in timeline["stages"])
    assert timeline["state"] == "delivered"
    assert timeline["current_stage"] is None
    assert timeline["delivery_status_code"] == 200
    assert timeline["queued_at"]
    assert timeline["cost_usd"] > 0  # the emulated AssemblyAI and OpenAI calls are priced

    human = status(stack, bad)
    assert human.returncode == 0, human.stderr
    assert "dead-lettered" in human.stdout
    assert "404" in human.stdout  # the reason: the audio host answered 404
    assert "current stage: download" in human.stdout

    by_fiche = status(stack, "--fiche", "7001")
    assert by_fiche.returncode == 0
    assert good in by_fiche.stdout and bad not in by_fiche.stdout

    unknown = status(stack, str(uuid4()))
    assert unknown.returncode == 1 and "no event" in unknown.stderr


def test_get_jobs_needs_the_token_and_knows_the_job(stack: LocalStack, audio_host: str) -> None:
    before = len(stack.deliveries())
    job_id = str(stack.submit(7003, f"{audio_host}/call.wav", token=TOKEN)["job_id"])
    stack.wait_for_deliveries(before + 1, timeout=120)
    url = f"{stack.ingress_url}/jobs/{job_id}"
    auth = {"Authorization": f"Bearer {TOKEN}"}

    assert httpx.get(url).status_code == 401
    assert httpx.get(url, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert httpx.get(f"{stack.ingress_url}/jobs/{uuid4()}", headers=auth).status_code == 404

    def answer() -> dict[str, object] | None:
        response = httpx.get(url, headers=auth, timeout=30)
        assert response.status_code == 200, response.text
        body: dict[str, object] = response.json()
        return body if body["state"] == "delivered" else None

    body = wait_until(answer, timeout=20, message="the delivery in GET /jobs")
    assert body["fiche_id"] == 7003
    assert body["delivery_status_code"] == 200
    assert [item["stage"] for item in body["stages"]] == list(STAGES)  # type: ignore[attr-defined]


def test_a_repeat_of_a_delivered_job_is_dropped_not_dead_lettered(
    stack: LocalStack, audio_host: str
) -> None:
    """A publish repeated after a broker restart can reach trim after delivery deleted the
    audio: the timeline says the job was delivered, so the repeat is dropped. A message
    whose audio is missing for a job never delivered is still dead-lettered."""
    before = len(stack.deliveries())
    delivered = str(stack.submit(7004, f"{audio_host}/call.wav", token=TOKEN)["job_id"])
    stack.wait_for_deliveries(before + 1, timeout=120)
    wait_until(
        lambda: "delivered" in status(stack, delivered).stdout,
        timeout=30,
        message="the delivery in the timeline",
    )
    topology = Topology(stack.env["QUEUE_PREFIX"])
    url = stack.env["RABBITMQ_URL"]
    never = uuid4()
    for job_id, fiche in ((UUID(delivered), 7004), (never, 7005)):
        repeat = AudioDownloaded(
            job_id=job_id,
            fiche_id=fiche,
            audio_url=f"{audio_host}/call.wav",
            key=f"{job_id}/source.wav",
            size_bytes=1,
        )
        asyncio.run(publish_body(url, topology.work("trim"), repeat.model_dump_json().encode()))

    trim = stack.processes["worker-trim-0"]
    wait_until(
        lambda: asyncio.run(queue_depth(url, topology.dead("trim"))) >= 1,
        timeout=60,
        message="the never-delivered job in the trim dead letters",
    )
    wait_until(
        lambda: f"job {delivered}" in trim.log() and "duplicate, dropped" in trim.log(),
        timeout=60,
        message="the repeat dropped as a duplicate",
    )
    assert asyncio.run(queue_depth(url, topology.dead("trim"))) == 1
    dead = status(stack, str(never))
    assert "dead-lettered" in dead.stdout and "audio" in dead.stdout, dead.stdout
    # The delivered job's timeline is unchanged by its repeat.
    assert "delivered" in status(stack, delivered).stdout


async def publish_body(url: str, queue: str, body: bytes) -> None:
    connection = await aio_pika.connect(url)
    async with connection:
        channel = await connection.channel()
        await channel.default_exchange.publish(
            aio_pika.Message(body, delivery_mode=aio_pika.DeliveryMode.PERSISTENT),
            routing_key=queue,
        )


def test_the_history_is_bounded(stack: LocalStack) -> None:
    """The stream exists with the configured retention: redeclaring it otherwise is refused."""
    name = f"{stack.env['QUEUE_PREFIX']}.timeline"

    async def declare(arguments: dict[str, object]) -> str:
        connection = await aio_pika.connect(stack.env["RABBITMQ_URL"])
        async with connection:
            channel = await connection.channel()
            try:
                await channel.declare_queue(name, durable=True, arguments=arguments)
            except aio_pika.exceptions.ChannelPreconditionFailed as error:
                return f"refused: {error}"
            return "accepted"

    wanted = {
        "x-queue-type": "stream",
        "x-max-age": "2D",
        "x-max-length-bytes": 5_000_000,
        "x-stream-max-segment-size-bytes": 5_000_000,
    }
    assert asyncio.run(declare(wanted)) == "accepted"
    unbounded = {"x-queue-type": "stream"}
    assert asyncio.run(declare(unbounded)).startswith("refused")
    assert asyncio.run(declare({**wanted, "x-max-length-bytes": 10**12})).startswith("refused")
