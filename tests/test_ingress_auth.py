"""Ingress authentication and body limits, against the real ``audio-nlp ingress`` process."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import aio_pika
import httpx
import pytest

from consumers.broker import Topology
from consumers.ingress import token_matches
from messages import JobRequest
from tests.broker import drain
from tests.processes import Process, free_port, started
from tests.waiting import wait_until

pytestmark = pytest.mark.broker

TOKENS = ("tok-ALPHA-canary-1111", "tok-BRAVO-canary-2222")
MAX_BODY = 2048
JOB = {"fiche_id": 12, "audio_url": "https://exemple.com/audio/12.wav"}


def _start(
    topology: Topology, broker_url: str, log_dir: Path, tokens: str
) -> Iterator[tuple[str, Process]]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        "RABBITMQ_URL": broker_url,
        "QUEUE_PREFIX": topology.prefix,
        "INGRESS_TOKENS": tokens,
        "INGRESS_MAX_BODY_BYTES": str(MAX_BODY),
    }
    with started(
        "ingress",
        ["ingress", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        log_dir=log_dir,
        health_url=f"{base}/health",
    ) as process:
        wait_until(
            lambda: httpx.get(f"{base}/health").json()["broker"] == "connected",
            timeout=20,
            message="the ingress to connect to the broker",
            interval=0.05,
        )
        yield base, process


@pytest.fixture
def ingress(broker_url: str, topology: Topology, tmp_path: Path) -> Iterator[tuple[str, Process]]:
    yield from _start(topology, broker_url, tmp_path, f" {TOKENS[0]} ,{TOKENS[1]}")


@pytest.fixture
def open_ingress(
    broker_url: str, topology: Topology, tmp_path: Path
) -> Iterator[tuple[str, Process]]:
    yield from _start(topology, broker_url, tmp_path, "")


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def queued_jobs(broker_url: str, topology: Topology) -> list[JobRequest]:
    connection = await aio_pika.connect(broker_url)
    async with connection:
        found = await drain(await connection.channel(), topology.work("download"))
    return [JobRequest.model_validate_json(message.body) for message in found]


async def test_only_a_configured_token_gets_a_job_queued(
    ingress: tuple[str, Process], broker_url: str, topology: Topology
) -> None:
    base, process = ingress
    async with httpx.AsyncClient(base_url=base) as client:
        missing = await client.post("/process", json=JOB)
        wrong = await client.post("/process", json=JOB, headers=bearer("tok-ALPHA-canary-111"))
        basic = await client.post("/process", json=JOB, headers={"Authorization": "Basic eDp5"})
        good = await client.post("/process", json=JOB, headers=bearer(TOKENS[1]))

    assert missing.status_code == 401
    assert missing.headers["www-authenticate"] == "Bearer"
    assert wrong.status_code == 401
    assert wrong.headers["www-authenticate"] == 'Bearer error="invalid_token"'
    assert basic.status_code == 401
    assert good.status_code == 200, good.text
    jobs = await queued_jobs(broker_url, topology)
    assert [str(job.job_id) for job in jobs] == [good.json()["job_id"]]
    log = process.log()
    assert "INGRESS_TOKENS is empty" not in log
    assert all(token not in log for token in TOKENS)


def test_unauthenticated_requests_learn_nothing_about_the_body(
    ingress: tuple[str, Process],
) -> None:
    base, _ = ingress
    # Without a token even a malformed or oversized body is simply 401: never parsed.
    assert httpx.post(f"{base}/process", json={"fiche_id": "x"}).status_code == 401
    assert httpx.post(f"{base}/process", content=b"x" * (MAX_BODY * 4)).status_code == 401
    assert httpx.get(f"{base}/docs").status_code == 401


def test_health_and_metrics_stay_open(ingress: tuple[str, Process]) -> None:
    base, _ = ingress
    assert httpx.get(f"{base}/health").status_code == 200
    httpx.post(f"{base}/process", json=JOB)
    scrape = httpx.get(f"{base}/metrics")
    assert scrape.status_code == 200
    assert 'audio_nlp_ingress_requests_total{status="401"} 1.0' in scrape.text


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"fiche_id": "abc", "audio_url": "https://a.test/x.wav"}, "fiche_id"),
        ({"fiche_id": 1, "audio_url": "ftp://a.test/x.wav"}, "audio_url"),
        ({"fiche_id": -1, "audio_url": "https://a.test/x.wav"}, "fiche_id"),
    ],
)
def test_authenticated_bad_body_is_422_naming_the_field(
    ingress: tuple[str, Process], body: dict[str, object], field: str
) -> None:
    base, _ = ingress
    response = httpx.post(f"{base}/process", json=body, headers=bearer(TOKENS[0]))
    assert response.status_code == 422
    assert field in response.text


def test_body_cap_holds_with_and_without_content_length(ingress: tuple[str, Process]) -> None:
    base, _ = ingress
    oversized = b'{"fiche_id": 1, "audio_url": "https://a.test/' + b"x" * MAX_BODY + b'"}'

    def chunks() -> Iterator[bytes]:
        for start in range(0, len(oversized), 512):
            yield oversized[start : start + 512]

    declared = httpx.post(f"{base}/process", content=oversized, headers=bearer(TOKENS[0]))
    chunked_request = httpx.Request(
        "POST", f"{base}/process", content=chunks(), headers=bearer(TOKENS[0])
    )
    assert "content-length" not in chunked_request.headers  # the premise: nothing declared
    with httpx.Client() as client:
        chunked = client.send(chunked_request)

    assert declared.status_code == 413
    assert chunked.status_code == 413
    assert chunked.json() == {"detail": "request body too large"}


def test_a_small_chunked_body_still_reaches_the_app(ingress: tuple[str, Process]) -> None:
    base, _ = ingress
    payload = b'{"fiche_id": 5, "audio_url": "https://a.test/x.wav"}'
    response = httpx.post(
        f"{base}/process",
        content=iter([payload[:10], payload[10:]]),
        headers={**bearer(TOKENS[0]), "Content-Type": "application/json"},
    )
    assert response.status_code == 200, response.text
    assert response.json()["fiche_id"] == 5


def test_without_tokens_the_ingress_is_open_and_says_so(
    open_ingress: tuple[str, Process],
) -> None:
    base, process = open_ingress
    assert httpx.post(f"{base}/process", json=JOB).status_code == 200
    assert "INGRESS_TOKENS is empty" in process.log()


def test_token_matches_checks_every_token() -> None:
    tokens = [token.encode() for token in TOKENS]
    assert token_matches(TOKENS[1].encode(), tokens)
    assert not token_matches(b"tok-ALPHA", tokens)
    assert not token_matches(b"", tokens)


def test_schemathesis_finds_no_server_error(ingress: tuple[str, Process], tmp_path: Path) -> None:
    """Property-based requests generated from the ingress's own OpenAPI schema: never a 5xx.

    Each generated submission that is valid really goes through the broker, so this is
    also the broker-confirm path under odd but valid input.
    """
    base, process = ingress
    result = subprocess.run(
        [
            str(Path(sys.executable).parent / "schemathesis"),
            "run",
            f"{base}/openapi.json",
            "--checks",
            "not_a_server_error",
            "--max-examples",
            "60",
            "--header",
            f"Authorization: Bearer {TOKENS[0]}",
            "--seed",
            "1",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    passed = re.search(r"\d+ generated, (\d+) passed", result.stdout)
    assert passed and int(passed.group(1)) >= 50, result.stdout[-2000:]
    assert "Traceback" not in process.log()
