"""Bad input at every stage: a clear error logged with the job id, the message in that
stage's dead-letter queue with the reason in its headers, and the worker still serving.

Each stage runs in a real ``Worker`` with its real handler against the real broker, real
HTTP servers and the provider emulators.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aio_pika
import pytest
from fastapi import FastAPI

from consumers import broker, failures
from consumers.broker import Topology
from consumers.failures import RetryPolicy
from consumers.settings import Settings, load_settings
from consumers.stage_table import open_handler
from consumers.worker import Worker
from devkit.emulators import openai as openai_emulator
from devkit.emulators import receiver as receiver_emulator
from messages import AudioDownloaded, JobRequest, StageMessage, Transcript
from tests import factories
from tests.broker import drain, has_consumer
from tests.http_fixtures import FixtureServer, body, fixture_server, wav_bytes
from tests.servers import serve_app
from tests.waiting import wait_until_async

pytestmark = pytest.mark.broker

RETRY = RetryPolicy(delays=(0.1,), max_attempts=2, jitter=0.0)


@pytest.fixture
def audio_host() -> Iterator[FixtureServer]:
    with fixture_server() as server:
        yield server


@pytest.fixture
def openai_app() -> FastAPI:
    return openai_emulator.create_app()


@pytest.fixture
def receiver_app(tmp_path: Path) -> FastAPI:
    return receiver_emulator.create_app(jsonl_path=tmp_path / "receiver.jsonl")


@pytest.fixture
def settings(
    tmp_path: Path, openai_app: FastAPI, receiver_app: FastAPI, broker_url: str
) -> Iterator[Settings]:
    with serve_app(openai_app) as openai_url, serve_app(receiver_app) as receiver_url:
        yield load_settings(
            rabbitmq_url=broker_url,
            data_dir=tmp_path / "data",
            php_api_url=f"{receiver_url}/fiche_ai_data_post.php",
            openai_api_key="test-key",
            openai_base_url=f"{openai_url}/v1",
            allow_private_urls=True,
        )


@asynccontextmanager
async def stage_worker(stage: str, settings: Settings, topology: Topology) -> AsyncIterator[None]:
    async with open_handler(stage, settings) as handle:
        worker = Worker(
            stage,
            handle,
            rabbitmq_url=settings.rabbitmq_url.get_secret_value(),
            topology=topology,
            prefetch=4,
            retry=RETRY,
        )
        task = asyncio.create_task(worker.run())
        url = settings.rabbitmq_url.get_secret_value()
        try:
            await wait_until_async(
                lambda: has_consumer(url, topology.work(stage)),
                timeout=20,
                message=f"the {stage} worker to consume",
            )
            yield
        finally:
            worker.stop()
            await asyncio.wait_for(task, 30)
            assert task.exception() is None


async def publish_and_collect(
    settings: Settings,
    topology: Topology,
    stage: str,
    jobs: list[StageMessage],
    *,
    dead: int,
    forwarded: int,
    next_stage: str | None,
) -> tuple[list[aio_pika.abc.AbstractIncomingMessage], list[Any]]:
    """Publish ``jobs`` to ``stage``; wait for ``dead`` dead letters and ``forwarded`` outputs."""
    connection = await aio_pika.connect(settings.rabbitmq_url.get_secret_value())
    dead_letters: list[aio_pika.abc.AbstractIncomingMessage] = []
    outputs: list[Any] = []
    async with connection:
        channel = await connection.channel(publisher_confirms=True)
        for job in jobs:
            await broker.publish(channel, topology.work(stage), job.model_dump_json().encode())

        async def probe() -> bool:
            dead_letters.extend(await drain(channel, topology.dead(stage)))
            if next_stage:
                outputs.extend(await drain(channel, topology.work(next_stage)))
            return len(dead_letters) >= dead and len(outputs) >= forwarded

        await wait_until_async(
            probe, timeout=30, message=f"{dead} dead and {forwarded} forwarded in {stage}"
        )
    return dead_letters, outputs


def reasons(dead: list[aio_pika.abc.AbstractIncomingMessage]) -> dict[str, str]:
    """job id → the reason in the dead-letter headers."""
    found = {}
    for message in dead:
        job = JobRequest.model_validate_json(message.body) if b"audio_url" in message.body else None
        key = str(job.job_id) if job else message.message_id or ""
        found[key] = str(message.headers[failures.DEAD_ERROR])
    return found


def assert_logged_with_job_id(
    caplog: pytest.LogCaptureFixture, job: StageMessage, text: str
) -> None:
    lines = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert any(str(job.job_id) in line and text in line for line in lines), lines


async def test_download_bad_urls_are_dead_lettered_with_reasons(
    settings: Settings,
    topology: Topology,
    audio_host: FixtureServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    missing = JobRequest(fiche_id=1, audio_url=audio_host.url("/missing.wav"))  # type: ignore[arg-type]
    html = JobRequest(
        fiche_id=2,
        audio_url=audio_host.route(
            "/page.wav", body(b"<!DOCTYPE html><html>login</html>", "text/html")
        ),  # type: ignore[arg-type]
    )
    empty = JobRequest(fiche_id=3, audio_url=audio_host.route("/empty.wav", body(b"")))  # type: ignore[arg-type]
    good = JobRequest(fiche_id=4, audio_url=audio_host.route("/ok.wav", body(wav_bytes())))  # type: ignore[arg-type]

    async with stage_worker("download", settings, topology):
        dead, out = await publish_and_collect(
            settings,
            topology,
            "download",
            [missing, html, empty, good],
            dead=3,
            forwarded=1,
            next_stage="trim",
        )
    why = reasons(dead)
    assert "404" in why[str(missing.job_id)]
    assert "not audio" in why[str(html.job_id)] and "html" in why[str(html.job_id)].lower()
    assert "empty" in why[str(empty.job_id)]
    assert AudioDownloaded.model_validate_json(out[0].body).job_id == good.job_id
    assert_logged_with_job_id(caplog, missing, "404")


async def test_trim_corrupt_audio_is_dead_lettered(
    settings: Settings, topology: Topology, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    corrupt = tmp_path / "corrupt.wav"
    corrupt.write_bytes(b"RIFF\x00\x00\x00\x00WAVEfmt " + bytes(range(256)) * 4)
    job = AudioDownloaded(
        fiche_id=5,
        audio_url="http://a.test/x.wav",
        path=str(corrupt),
        size_bytes=corrupt.stat().st_size,
    )
    async with stage_worker("trim", settings, topology):
        dead, _ = await publish_and_collect(
            settings, topology, "trim", [job], dead=1, forwarded=0, next_stage=None
        )
    assert "cannot decode audio" in str(dead[0].headers[failures.DEAD_ERROR])
    assert dead[0].headers[failures.DEAD_ERROR_CLASS] == "permanent"
    assert_logged_with_job_id(caplog, job, "cannot decode audio")


async def test_extractor_answer_failing_validation_is_dead_lettered(
    settings: Settings, topology: Topology, openai_app: FastAPI, caplog: pytest.LogCaptureFixture
) -> None:
    openai_app.state.invalid_answers = 2  # the first answer and the corrective retry
    bad = Transcript(
        fiche_id=6,
        text="Agent: Bonjour.\nClient: Je suis propriétaire.",
        language="fr",
        backend="test",
    )
    good = Transcript(
        fiche_id=7,
        text="Agent: Bonjour.\nClient: Je suis locataire.",
        language="fr",
        backend="test",
    )
    async with stage_worker("extract", settings, topology):
        dead, _ = await publish_and_collect(
            settings, topology, "extract", [bad], dead=1, forwarded=0, next_stage=None
        )
        _, out = await publish_and_collect(
            settings, topology, "extract", [good], dead=0, forwarded=1, next_stage="deliver"
        )
    assert dead[0].headers[failures.DEAD_ERROR_CLASS] == "permanent"
    assert "score_interet" in str(dead[0].headers[failures.DEAD_ERROR])
    assert b'"proprietaire_data_ia":"non"' in out[0].body
    assert_logged_with_job_id(caplog, bad, "score_interet")


async def test_backend_500_is_retried_then_dead_lettered(
    settings: Settings, topology: Topology, receiver_app: FastAPI, caplog: pytest.LogCaptureFixture
) -> None:
    receiver_app.state.fail_next = RETRY.max_attempts
    job = factories.extraction(fiche_id=8)
    async with stage_worker("deliver", settings, topology):
        dead, _ = await publish_and_collect(
            settings, topology, "deliver", [job], dead=1, forwarded=0, next_stage=None
        )
        assert receiver_app.state.accepted == 0
        receiver_app.state.fail_next = 0
        after = factories.extraction(fiche_id=9)
        await publish_and_collect(
            settings, topology, "deliver", [after], dead=0, forwarded=0, next_stage=None
        )
        await wait_until_async(
            _accepted(receiver_app, 1), timeout=20, message="the next delivery to be accepted"
        )
    headers = dead[0].headers
    assert "500" in str(headers[failures.DEAD_ERROR])
    assert headers[failures.DEAD_ERROR_CLASS] == "transient"
    assert headers[failures.DEAD_ATTEMPTS] == RETRY.max_attempts
    assert_logged_with_job_id(caplog, job, "500")


def _accepted(app: FastAPI, count: int) -> Any:
    async def probe() -> bool:
        return bool(app.state.accepted >= count)

    return probe
