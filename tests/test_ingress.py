"""The ingress process: the original ``POST /process`` contract, backed by a confirmed publish."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import aio_pika
import httpx
import pytest

from consumers.broker import Topology
from messages import JobRequest
from tests.broker import drain
from tests.processes import Process, free_port, started

pytestmark = pytest.mark.broker


@pytest.fixture
def ingress(broker_url: str, topology: Topology, tmp_path: Path) -> Iterator[tuple[str, Process]]:
    port = free_port()
    env = {"RABBITMQ_URL": broker_url, "QUEUE_PREFIX": topology.prefix}
    base = f"http://127.0.0.1:{port}"
    with started(
        "ingress",
        ["ingress", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        log_dir=tmp_path,
        health_url=f"{base}/health",
    ) as process:
        # /health answers before the broker link is up; wait until it is.
        _wait_connected(base)
        yield base, process


def _wait_connected(base: str) -> None:
    import time

    deadline = time.monotonic() + 20
    while httpx.get(f"{base}/health").json()["broker"] != "connected":
        assert time.monotonic() < deadline, "ingress never connected to the broker"
        time.sleep(0.05)


async def test_process_queues_a_confirmed_job(
    ingress: tuple[str, Process], broker_url: str, topology: Topology
) -> None:
    base, _ = ingress
    async with httpx.AsyncClient() as client:
        response = await client.post(
            f"{base}/process",
            json={"fiche_id": 12345, "audio_url": "https://exemple.com/audio/12345.wav"},
        )
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "queued" and body["fiche_id"] == 12345
    assert body["message"].startswith("Processing started in background")
    job_id = UUID(body["job_id"])

    connection = await aio_pika.connect(broker_url)
    async with connection:
        queued = await drain(await connection.channel(), topology.work("download"))
    assert len(queued) == 1
    job = JobRequest.model_validate_json(queued[0].body)
    assert job.job_id == job_id and job.fiche_id == 12345
    assert str(job.audio_url) == "https://exemple.com/audio/12345.wav"
    assert queued[0].delivery_mode == aio_pika.DeliveryMode.PERSISTENT


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"fiche_id": "abc", "audio_url": "https://a.test/x.wav"}, "fiche_id"),
        ({"fiche_id": 1, "audio_url": "not a url"}, "audio_url"),
        ({"fiche_id": 1}, "audio_url"),
        ({"fiche_id": 1, "audio_url": "ftp://a.test/x.wav"}, "audio_url"),
    ],
)
def test_bad_body_is_422_naming_the_field(
    ingress: tuple[str, Process], body: dict[str, object], field: str
) -> None:
    base, _ = ingress
    response = httpx.post(f"{base}/process", json=body)
    assert response.status_code == 422
    assert field in response.text


def test_health_and_metrics_answer(ingress: tuple[str, Process]) -> None:
    base, _ = ingress
    assert httpx.get(f"{base}/health").json() == {"status": "ok", "broker": "connected"}
    httpx.post(f"{base}/process", json={"fiche_id": 1, "audio_url": "https://a.test/x.wav"})
    assert 'audio_nlp_ingress_requests_total{status="200"} 1.0' in httpx.get(f"{base}/metrics").text


def test_answers_503_without_a_broker(tmp_path: Path) -> None:
    port = free_port()
    dead_broker = f"amqp://guest:guest@127.0.0.1:{free_port()}/"
    base = f"http://127.0.0.1:{port}"
    with started(
        "ingress",
        ["ingress", "--host", "127.0.0.1", "--port", str(port)],
        env={"RABBITMQ_URL": dead_broker},
        log_dir=tmp_path,
        health_url=f"{base}/health",
    ) as process:
        response = httpx.post(
            f"{base}/process", json={"fiche_id": 1, "audio_url": "https://a.test/x"}
        )
        assert response.status_code == 503
        assert response.headers["retry-after"]
        assert "guest:guest" not in process.log()


async def test_a_submission_no_queue_takes_is_503_never_200(
    ingress: tuple[str, Process], broker_url: str, topology: Topology
) -> None:
    base, process = ingress
    connection = await aio_pika.connect(broker_url)
    async with connection:
        channel = await connection.channel()
        await channel.queue_delete(topology.work("download"))  # nothing routes the job now
    async with httpx.AsyncClient() as client:
        answers = [
            await client.post(
                f"{base}/process", json={"fiche_id": n, "audio_url": "https://a.test/x.wav"}
            )
            for n in range(3)
        ]
    assert [a.status_code for a in answers] == [503, 503, 503], [a.text for a in answers]
    assert all(a.headers["retry-after"] for a in answers)
    log = process.log()
    assert log.count("returned it unroutable") == 3, log[-2000:]
    assert "Traceback" not in log
