"""``audio-nlp dlq`` against a real RabbitMQ: list, show, replay (filters, dry run), purge."""

from __future__ import annotations

import json
import subprocess
import sys

import aio_pika
import pytest

from consumers import broker, failures
from consumers.broker import Topology
from messages import AudioDownloaded
from stages.errors import PermanentError, TransientError
from tests.broker import drain

pytestmark = pytest.mark.broker


def dlq(broker_url: str, topology: Topology, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "consumers.cli", "dlq", *args],
        env={"RABBITMQ_URL": broker_url, "QUEUE_PREFIX": topology.prefix, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )


async def bury(
    broker_url: str, topology: Topology, stage: str, error: Exception, fiche: int
) -> str:
    """Put one message in a stage's dead-letter queue, headers as the worker writes them."""
    job = AudioDownloaded(fiche_id=fiche, audio_url="http://a.test/x.wav", path="/x", size_bytes=1)
    connection = await aio_pika.connect(broker_url)
    async with connection:
        channel = await connection.channel(publisher_confirms=True)
        for name in ("trim", "download"):
            await broker.declare_stage(channel, topology, name)
        headers = failures.dead_letter_headers(stage, {failures.ATTEMPTS: 2}, error)
        await broker.publish(
            channel,
            topology.dead(stage),
            job.model_dump_json().encode(),
            message_id=str(job.job_id),
            headers=headers,
        )
    return str(job.job_id)


async def test_list_show_replay_purge(broker_url: str, topology: Topology) -> None:
    decode = await bury(broker_url, topology, "trim", PermanentError("cannot decode audio: x"), 1)
    again = await bury(broker_url, topology, "trim", PermanentError("cannot decode audio: y"), 2)
    timeout = await bury(broker_url, topology, "trim", TransientError("provider timed out"), 3)
    other = await bury(
        broker_url, topology, "download", PermanentError("audio host answered 404"), 4
    )

    listed = dlq(broker_url, topology, "list")
    assert listed.returncode == 0, listed.stderr
    assert "trim            3" in listed.stdout
    assert "2  × cannot decode audio" not in listed.stdout  # distinct messages stay distinct
    summary = {
        s["stage"]: s for s in json.loads(dlq(broker_url, topology, "--json", "list").stdout)
    }
    assert summary["trim"]["count"] == 3 and summary["download"]["count"] == 1
    assert summary["trim"]["errors"]["provider timed out"] == 1

    shown = dlq(broker_url, topology, "show", decode)
    assert "cannot decode audio: x" in shown.stdout and "attempts: 3" in shown.stdout
    assert dlq(broker_url, topology, "show", "no-such-job").returncode == 1

    dry = json.loads(
        dlq(
            broker_url,
            topology,
            "--json",
            "replay",
            "--stage",
            "trim",
            "--error-contains",
            "DECODE",
            "--dry-run",
        ).stdout
    )
    assert {r["job_id"] for r in dry["replayed"]} == {decode, again}
    assert json.loads(dlq(broker_url, topology, "--json", "list").stdout)[1]["count"] == 3

    replayed = dlq(
        broker_url,
        topology,
        "replay",
        "--stage",
        "trim",
        "--error-contains",
        "decode",
        "--limit",
        "1",
    )
    assert "replayed 1 message(s)" in replayed.stdout
    by_job = dlq(broker_url, topology, "replay", "--job", timeout)
    assert "replayed 1 message(s)" in by_job.stdout

    connection = await aio_pika.connect(broker_url)
    async with connection:
        work = await drain(await connection.channel(), topology.work("trim"))
    assert {AudioDownloaded.model_validate_json(m.body).job_id.hex for m in work} <= {
        j.replace("-", "") for j in (decode, again, timeout)
    }
    assert len(work) == 2
    for message in work:
        assert failures.ATTEMPTS not in message.headers
        assert not any(key.startswith("x-dead-") for key in message.headers)

    left = {
        s["stage"]: s["count"]
        for s in json.loads(dlq(broker_url, topology, "--json", "list").stdout)
    }
    assert left["trim"] == 1 and left["download"] == 1

    assert dlq(broker_url, topology, "purge", "--stage", "download").returncode == 2
    purged = dlq(broker_url, topology, "purge", "--stage", "download", "--yes")
    assert "purged 1" in purged.stdout
    # The purged letter is gone for good: none left in download, and ``show`` cannot find it.
    after = {
        s["stage"]: s["count"]
        for s in json.loads(dlq(broker_url, topology, "--json", "list").stdout)
    }
    assert after["download"] == 0 and after["trim"] == 1
    assert dlq(broker_url, topology, "show", other).returncode == 1
