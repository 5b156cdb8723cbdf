"""Hostile and broken recordings through real download and trim workers on the real broker.

Each case is generated here, served from loopback, and pushed through a download worker
and a trim worker running in-process. Each must end in a readable dead letter (or, where
the file is valid, a trimmed message), and the workers must then still handle a good call.
"""

from __future__ import annotations

import asyncio
import random
import struct
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import aio_pika
import pytest
from aio_pika.abc import AbstractChannel
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from consumers import broker, failures, metrics
from consumers.broker import Topology
from consumers.failures import RetryPolicy
from consumers.worker import Worker
from messages import AudioDownloaded, AudioTrimmed, JobRequest, StageMessage
from stages.download import DownloadOptions, download
from stages.trim import TrimOptions, trim
from tests import http_fixtures as hf
from tests.audio import synth_call, write_silence
from tests.broker import drain
from tests.http_fixtures import Behaviour, FixtureServer
from tests.waiting import wait_until_async

pytestmark = pytest.mark.broker

# One attempt: a transient failure is dead-lettered at once, so every case ends quickly.
ONE_ATTEMPT = RetryPolicy(delays=(0.1,), max_attempts=1, jitter=0.0)
TOTAL_TIMEOUT = 2.5
THREE_HOURS = 3 * 3600


def wav_header(data_bytes: int, *, rate: int = 8000, channels: int = 1, bits: int = 16) -> bytes:
    """A canonical 44-byte PCM WAV header declaring ``data_bytes`` of samples."""
    block = channels * bits // 8
    fmt = struct.pack("<IHHIIHH", 16, 1, channels, rate, rate * block, block, bits)
    riff_size = min(data_bytes + 36, 0xFFFFFFFF)
    return (
        b"RIFF"
        + struct.pack("<I", riff_size)
        + b"WAVEfmt "
        + fmt
        + b"data"
        + struct.pack("<I", data_bytes)
    )


def streamed(head: bytes, fill: bytes, total: int, chunk: int = 1 << 20) -> Behaviour:
    """``head`` then ``total`` bytes of ``fill``, chunked, never held in memory at once."""

    async def respond(_: Request) -> Response:
        async def body() -> AsyncIterator[bytes]:
            yield head
            block = fill * chunk
            left = total
            while left > 0:
                yield block[: min(chunk, left)]
                left -= chunk

        return StreamingResponse(body(), 200, media_type="audio/wav")

    return respond


@dataclass(frozen=True)
class Case:
    """What to serve and how it must end: ``stage`` None means success."""

    behaviour: Callable[[FixtureServer, Path], Behaviour]
    stage: str | None
    reason: str = ""
    error_class: str = "permanent"
    max_bytes: int = 200 * 1024 * 1024  # the production default
    check: Callable[[AudioTrimmed], None] | None = None


def _silent_call(_: FixtureServer, tmp: Path) -> Behaviour:
    return hf.body(write_silence(tmp / "silence.wav", 20.0).read_bytes())


def _stereo_48k(_: FixtureServer, tmp: Path) -> Behaviour:
    call = synth_call(
        [("Agent", "Bonjour madame, je vous appelle pour votre projet."), ("Client", "Oui.")],
        tmp / "stereo.wav",
        sample_rate=48000,
        channels=2,
        pauses=[1.5],
    )
    return hf.body(call.path.read_bytes())


def _expect_speech(result: AudioTrimmed) -> None:
    assert result.original_seconds > 3.0
    assert 0.5 < result.trimmed_seconds < result.original_seconds
    assert result.kept_spans


def _expect_nothing_kept(result: AudioTrimmed) -> None:
    assert result.original_seconds == pytest.approx(20.0, abs=0.05)
    assert result.trimmed_seconds == 0.0
    assert result.kept_spans == []


def _expect_real_length(result: AudioTrimmed) -> None:
    # The header claimed 4 GB; what counts is the second of samples actually sent.
    assert result.original_seconds == pytest.approx(1.0, abs=0.05)


def _expect_partial(result: AudioTrimmed) -> None:
    assert 0.2 < result.original_seconds < 1.0


MP3 = hf.mp3_bytes

CASES: dict[str, Case] = {
    "zero-bytes": Case(lambda s, t: hf.body(b""), "download", "empty file"),
    "html-404-page-as-200": Case(
        lambda s, t: hf.body(hf.HTML_PAGE, "text/html"),
        "download",
        "not audio: received text/html starting with '<!DOCTYPE html>'",
    ),
    "random-bytes-named-wav": Case(
        lambda s, t: hf.body(random.Random(1).randbytes(50_000), "audio/wav"),
        "download",
        "not audio: received audio/wav",
    ),
    "wav-header-claiming-4gb": Case(
        lambda s, t: hf.body(wav_header(0xFFFFFF00) + hf.wav_bytes()[44:]),
        None,
        check=_expect_real_length,
    ),
    "mp3-cut-inside-the-first-frame": Case(
        lambda s, t: hf.body(MP3()[:200], "audio/mpeg"), "trim", "cannot decode audio"
    ),
    "mp3-cut-halfway": Case(
        lambda s, t: hf.body(MP3()[: len(MP3()) // 2], "audio/mpeg"), None, check=_expect_partial
    ),
    "three-hour-silent-wav": Case(
        # 8-bit 8 kHz (a telephony format): 86 MB of real samples, streamed.
        lambda s, t: streamed(wav_header(THREE_HOURS * 8000, bits=8), b"\x80", THREE_HOURS * 8000),
        "trim",
        "audio is 10800 s long, over the 7200 s limit",
    ),
    "48khz-stereo-wav": Case(_stereo_48k, None, check=_expect_speech),
    "all-silence-call": Case(_silent_call, None, check=_expect_nothing_kept),
    "one-byte-per-second": Case(
        lambda s, t: hf.drip(head=wav_header(80_000), interval=1.0, count=30),
        "download",
        f"did not finish within {TOTAL_TIMEOUT:g}s",
        error_class="transient",
    ),
    "redirect-loop": Case(
        lambda s, t: hf.redirect("/torture"), "download", "more than 5 redirects"
    ),
    "body-over-the-byte-cap": Case(
        lambda s, t: hf.body(hf.wav_bytes(seconds=10.0), chunked=True),
        "download",
        "file too large: more than 100000 bytes",
        max_bytes=100_000,
    ),
}


@dataclass
class Outcome:
    dead_stage: str | None
    headers: dict[str, object]
    trimmed: AudioTrimmed | None


@asynccontextmanager
async def workers(
    url: str, topology: Topology, download_options: DownloadOptions
) -> AsyncIterator[None]:
    async def handle_download(message: StageMessage) -> StageMessage:
        assert isinstance(message, JobRequest)
        return await download(message, download_options)

    async def handle_trim(message: StageMessage) -> StageMessage:
        assert isinstance(message, AudioDownloaded)
        return await trim(message, TrimOptions())

    running = [
        Worker(
            stage,
            handle,
            rabbitmq_url=url,
            topology=topology,
            prefetch=2,
            retry=ONE_ATTEMPT,
            # Their own registry: other modules read the process-wide one as untouched.
            stage_metrics=metrics.Metrics(),
        )
        for stage, handle in (("download", handle_download), ("trim", handle_trim))
    ]
    tasks = [asyncio.create_task(worker.run()) for worker in running]
    try:
        for stage in ("download", "trim"):
            await wait_until_async(
                _consuming(url, topology, stage), timeout=20, message=f"the {stage} worker"
            )
        yield
    finally:
        for worker in running:
            worker.stop()
        await asyncio.wait_for(asyncio.gather(*tasks), 30)


def _consuming(url: str, topology: Topology, stage: str) -> Callable[[], Awaitable[bool]]:
    async def probe() -> bool:
        connection = await aio_pika.connect(url)
        async with connection:
            channel = await connection.channel()
            try:
                queue = await channel.declare_queue(topology.work(stage), passive=True)
            except aio_pika.exceptions.ChannelClosed:
                return False
            return bool(queue.declaration_result.consumer_count)

    return probe


async def outcome_of(channel: AbstractChannel, topology: Topology, job: JobRequest) -> Outcome:
    """Wait until ``job`` shows up trimmed or in a dead-letter queue."""
    found: list[Outcome] = []

    async def probe() -> bool:
        for message in await drain(channel, topology.work("transcribe")):
            trimmed = AudioTrimmed.model_validate_json(message.body)
            if trimmed.job_id == job.job_id:
                found.append(Outcome(None, {}, trimmed))
        for stage in ("download", "trim"):
            for message in await drain(channel, topology.dead(stage)):
                found.append(Outcome(stage, dict(message.headers), None))
        return bool(found)

    await wait_until_async(probe, timeout=60, message=f"job {job.job_id} to finish")
    assert len(found) == 1, found
    return found[0]


async def submit(channel: AbstractChannel, topology: Topology, url: str) -> JobRequest:
    job = JobRequest.model_validate({"fiche_id": 99, "audio_url": url})
    await broker.publish(channel, topology.work("download"), job.model_dump_json().encode())
    return job


@pytest.mark.parametrize("name", list(CASES))
async def test_torture_case_ends_cleanly_and_the_workers_carry_on(
    name: str, server: FixtureServer, broker_url: str, topology: Topology, tmp_path: Path
) -> None:
    case = CASES[name]
    torture_url = server.route("/torture", case.behaviour(server, tmp_path))
    good_url = server.route("/good.wav", hf.body(hf.wav_bytes()))
    options = DownloadOptions(
        data_dir=tmp_path / "data",
        allow_private_urls=True,  # the fixture server is on loopback
        total_timeout=TOTAL_TIMEOUT,
        max_bytes=case.max_bytes,
    )
    async with workers(broker_url, topology, options):
        connection = await aio_pika.connect(broker_url)
        async with connection:
            channel = await connection.channel(publisher_confirms=True)
            result = await outcome_of(
                channel, topology, await submit(channel, topology, torture_url)
            )
            after = await outcome_of(channel, topology, await submit(channel, topology, good_url))

    if case.stage is None:
        assert result.dead_stage is None, result.headers
        assert result.trimmed is not None
        assert case.check is not None
        case.check(result.trimmed)
    else:
        assert result.dead_stage == case.stage, result.headers
        assert result.headers[failures.DEAD_ERROR_CLASS] == case.error_class
        assert case.reason in str(result.headers[failures.DEAD_ERROR])
    assert after.dead_stage is None and after.trimmed is not None, after.headers
    assert after.trimmed.original_seconds == pytest.approx(1.0, abs=0.05)
