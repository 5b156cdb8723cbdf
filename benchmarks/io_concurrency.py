"""Benchmarks 2 and 7: how many transcriptions the transcribe stage keeps in flight.

The AssemblyAI emulator answers every transcript after ``latency`` seconds, so a stage
that keeps ``C`` jobs in flight can at best finish ``C / latency`` jobs a second. The
benchmark publishes ``waves × C`` trimmed-call messages and times the outputs from the
end of the first wave to the last one, which leaves out start-up and the publishing.

Benchmark 2 runs one worker with 64 in flight; benchmark 7 runs 1, 2 and 4 worker
processes with 16 each and compares each with the single process.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import aio_pika
from aio_pika.abc import AbstractChannel, AbstractIncomingMessage

from benchmarks.common import (
    CORES,
    Row,
    Sizes,
    call_recording,
    cpu_times,
    unique_topology,
    wait_until,
)
from consumers import broker
from consumers.broker import delete_topology
from devkit.stack import ManagedProcess, free_port, spawn, start_emulators, wait_until_answers
from messages import AudioTrimmed

TIMEOUT_SECONDS = 300.0


@dataclass(frozen=True)
class Measured:
    workers: int
    in_flight_each: int
    jobs: int
    rate: float
    cpu_seconds_per_job: float


def run_concurrency(url: str, sizes: Sizes, workdir: Path) -> list[Row]:
    latency = sizes.io_latency_seconds
    with _emulator(workdir, latency) as assemblyai_url:
        measured = _measure(url, assemblyai_url, workdir, 1, sizes.io_in_flight, sizes)
    ideal = sizes.io_in_flight / latency
    ratio = measured.rate / ideal
    return [
        Row(
            bench=2,
            name=f"I/O concurrency: 1 transcribe worker, {sizes.io_in_flight} in flight",
            value=measured.rate,
            unit="jobs/s",
            baseline=f"ideal {sizes.io_in_flight}/{latency:g} s = {ideal:.1f} jobs/s",
            ratio=ratio,
            target="≥ 0.8 × ideal",
            met=ratio >= 0.8,
            notes=_notes(measured, sizes),
            extra={"cpu_seconds_per_job": measured.cpu_seconds_per_job},
        )
    ]


def run_scale_out(url: str, sizes: Sizes, workdir: Path) -> list[Row]:
    with _emulator(workdir, sizes.io_latency_seconds) as assemblyai_url:
        results = [
            _measure(url, assemblyai_url, workdir, count, sizes.scale_in_flight, sizes)
            for count in sizes.scale_workers
        ]
    single = results[0]
    rows = []
    for measured in results:
        scaling = measured.rate / single.rate
        rows.append(
            Row(
                bench=7,
                name=(
                    f"scale-out: {measured.workers} transcribe worker(s)"
                    f" × {measured.in_flight_each}"
                ),
                value=measured.rate,
                unit="jobs/s",
                baseline=f"1 worker {single.rate:.1f} jobs/s",
                ratio=scaling,
                target=f"≥ {0.8 * measured.workers:.1f} (0.8 × N)",
                met=scaling >= 0.8 * measured.workers,
                notes=_notes(measured, sizes),
                extra={"cpu_seconds_per_job": measured.cpu_seconds_per_job},
            )
        )
    return rows


def _notes(measured: Measured, sizes: Sizes) -> str:
    return (
        f"{measured.jobs} jobs, latency {sizes.io_latency_seconds:g} s, poll "
        f"{sizes.io_poll_seconds:g} s, {sizes.io_clip_seconds:g} s clip; "
        f"{measured.cpu_seconds_per_job * 1000:.1f} ms CPU/job; {CORES} cores"
    )


@contextmanager
def _emulator(workdir: Path, latency: float) -> Iterator[str]:
    """The emulators as their own process, AssemblyAI answering after ``latency`` s."""
    workdir.mkdir(parents=True, exist_ok=True)
    ports = {name: free_port() for name in ("assemblyai", "openai", "receiver")}
    process = start_emulators(
        ports,
        workdir / "receiver.jsonl",
        env={"LOG_LEVEL": "WARNING"},
        log_dir=workdir,
        extra=["--latency", str(latency)],
    )
    try:
        yield f"http://127.0.0.1:{ports['assemblyai']}"
    finally:
        process.stop()


def _measure(
    url: str, assemblyai_url: str, workdir: Path, workers: int, in_flight: int, sizes: Sizes
) -> Measured:
    topology = unique_topology(f"io{workers}")
    env = {
        "RABBITMQ_URL": url,
        "QUEUE_PREFIX": topology.prefix,
        "DATA_DIR": str(workdir / "data"),
        "TRANSCRIBER": "assemblyai",
        "ASSEMBLYAI_BASE_URL": assemblyai_url,
        "ASSEMBLYAI_API_KEY": "emulator-key",
        "ASSEMBLYAI_POLL_SECONDS": str(sizes.io_poll_seconds),
        # Every job sends the same clip: a cache hit would skip the provider altogether.
        "TRANSCRIPT_CACHE": "false",
        "LOG_LEVEL": "WARNING",
    }
    clip = call_recording(sizes.io_clip_seconds / 60, "wav", sample_rate=16000)
    jobs = sizes.io_waves * workers * in_flight
    try:
        with ExitStack() as stack:
            processes = [
                stack.enter_context(_transcribe_worker(index, in_flight, env, workdir))
                for index in range(workers)
            ]
            before = [cpu_times(p.popen.pid) for p in processes]
            rate = asyncio.run(
                _publish_and_time(url, topology, clip, sizes, jobs, workers * in_flight, workers)
            )
            after = [cpu_times(p.popen.pid) for p in processes]
            used = sum((a - b).total for a, b in zip(after, before, strict=True))
    finally:
        asyncio.run(delete_topology(url, topology))
    return Measured(workers, in_flight, jobs, rate, used / jobs)


@contextmanager
def _transcribe_worker(
    index: int, in_flight: int, env: dict[str, str], workdir: Path
) -> Iterator[ManagedProcess]:
    port = free_port()
    process = spawn(
        f"transcribe-{env['QUEUE_PREFIX']}-{index}",
        ["worker", "transcribe", "--prefetch", str(in_flight), "--metrics-port", str(port)],
        env=env,
        log_dir=workdir,
    )
    try:
        wait_until_answers(f"http://127.0.0.1:{port}/healthz", process=process.popen)
        yield process
    finally:
        process.stop()


async def _publish_and_time(
    url: str,
    topology: broker.Topology,
    clip: Path,
    sizes: Sizes,
    jobs: int,
    capacity: int,
    workers: int,
) -> float:
    connection = await aio_pika.connect(url)
    async with connection:
        channel = await broker.open_channel(connection)
        await broker.declare_stage(channel, topology, "transcribe")
        await broker.declare_stage(channel, topology, "extract")
        await wait_until(
            lambda: _consumers_at_least(channel, topology.work("transcribe"), workers),
            timeout=60,
            what=f"{workers} transcribe consumer(s)",
        )
        arrivals: list[float] = []
        done = asyncio.Event()

        async def arrived(message: AbstractIncomingMessage) -> None:
            await message.ack()
            arrivals.append(time.perf_counter())
            if len(arrivals) >= jobs:
                done.set()

        outputs = await channel.get_queue(topology.work("extract"))
        await outputs.consume(arrived)
        body = _message(clip, sizes.io_clip_seconds).model_dump_json().encode()
        name = topology.work("transcribe")
        await asyncio.gather(*(broker.publish(channel, name, body) for _ in range(jobs)))
        await asyncio.wait_for(done.wait(), TIMEOUT_SECONDS)
    # From the end of the first wave to the end of the last: steady state only.
    return (jobs - capacity) / (arrivals[-1] - arrivals[capacity - 1])


async def _consumers_at_least(channel: AbstractChannel, queue_name: str, count: int) -> bool:
    declared = await channel.declare_queue(queue_name, passive=True)
    return (declared.declaration_result.consumer_count or 0) >= count


def _message(clip: Path, seconds: float) -> AudioTrimmed:
    return AudioTrimmed(
        fiche_id=7,
        path=str(clip),
        original_seconds=seconds,
        trimmed_seconds=seconds,
        kept_spans=[{"start": 0.0, "end": seconds}],
    )
