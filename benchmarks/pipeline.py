"""Benchmarks 4, 5 and 6: the whole pipeline as processes, emulators at zero latency.

One stack (``devkit.stack.local_stack``: emulators, five workers, ingress) serves
all three:

- 6 reads each worker's RSS once it is up and idle;
- 4 submits every call through ``POST /process`` at once and times the deliveries,
  reading each worker's CPU seconds from ``/proc/<pid>/stat`` before and after (its
  ffmpeg children included, since the trim stage's decoding runs there);
- 6 then reads each worker's peak RSS (``VmHWM``), reached under benchmark 4;
- 5 submits at a steady rate and measures submission to the receiver's timestamp.

Calls are three-minute 8 kHz recordings, half WAV and half MP3, served over HTTP from
this process like the recordings server of a call centre.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import httpx

from benchmarks.common import (
    CACHE_DIR,
    CORES,
    CpuTimes,
    Row,
    Sizes,
    call_recording,
    cpu_times,
    memory_mb,
    percentile,
)
from consumers.broker import Topology, delete_topology
from consumers.stage_table import STAGES
from devkit.stack import LocalStack, local_stack, serve_directory

SUBMIT_CONCURRENCY = 16
# Every job sends one of two recordings: without this all but two would be answered from
# the transcript cache, and real calls are all different.
STACK_ENV = {"TRANSCRIPT_CACHE": "false"}
RSS_LIMIT_MB = 150.0
# Issue 12: the five workers together, the local models excluded.
CPU_TARGET_MS = 80.0


@dataclass(frozen=True)
class Submitted:
    job_id: str
    at: float  # wall clock, comparable with the receiver's received_at


def run(url: str, sizes: Sizes, workdir: Path, chosen: tuple[int, ...]) -> list[Row]:
    prefix = f"bench-pipeline-{uuid.uuid4().hex[:8]}"
    calls = [
        call_recording(sizes.pipeline_call_minutes, "wav").name,
        call_recording(sizes.pipeline_call_minutes, "mp3").name,
    ]
    rows: list[Row] = []
    try:
        with (
            serve_directory(CACHE_DIR) as audio_host,
            local_stack(
                workdir,
                rabbitmq_url=url,
                queue_prefix=prefix,
                extra_env={
                    **STACK_ENV,
                    **({"VAD": sizes.pipeline_vad} if sizes.pipeline_vad else {}),
                },
            ) as stack,
        ):
            urls = [f"{audio_host}/{name}" for name in calls]
            idle = {stage: memory_mb(_pid(stack, stage))["VmRSS"] for stage in STAGES}
            if 4 in chosen or 6 in chosen:
                rows += _throughput(stack, urls, sizes)
            if 6 in chosen:
                rows += _memory(stack, idle, measured_under_load=4 in chosen or 6 in chosen)
            if 5 in chosen:
                rows += _latency(stack, urls, sizes)
    finally:
        asyncio.run(delete_topology(url, Topology(prefix)))
    return [row for row in rows if row.bench in chosen]


def _override(sizes: Sizes) -> str:
    """Said in a row's name when it does not run the default settings."""
    return f" (override: VAD={sizes.pipeline_vad})" if sizes.pipeline_vad else ""


def _pid(stack: LocalStack, stage: str) -> int:
    return stack.processes[f"worker-{stage}-0"].popen.pid


# --- benchmark 4 -------------------------------------------------------------------


def _throughput(stack: LocalStack, urls: list[str], sizes: Sizes) -> list[Row]:
    jobs = sizes.pipeline_jobs
    before = {stage: cpu_times(_pid(stack, stage)) for stage in STAGES}
    delivered_before = len(stack.deliveries())
    submitted = asyncio.run(_submit_burst(stack.ingress_url, urls, jobs))
    deliveries = stack.wait_for_deliveries(delivered_before + jobs, timeout=120 + jobs * 2.0)
    used = {stage: cpu_times(_pid(stack, stage)) - before[stage] for stage in STAGES}
    last = max(_received_at(d) for d in deliveries[delivered_before:])
    rate = jobs / (last - min(s.at for s in submitted))
    per_job_ms = {stage: used[stage].total / jobs * 1000 for stage in STAGES}
    total_ms = sum(per_job_ms.values())
    rows = [
        Row(
            bench=4,
            name=f"pipeline throughput, {jobs} × {sizes.pipeline_call_minutes:g} min calls"
            + _override(sizes),
            value=rate,
            unit="jobs/s",
            baseline=f"— ({CORES} cores, emulators on the same machine)",
            target="≥ 15 jobs/s on 2 cores",
            met=rate >= 15.0,
            notes=(
                f"five workers, one process each; half WAV, half MP3; 8 kHz; "
                f"VAD={sizes.pipeline_vad or 'default (silero)'}"
            ),
        ),
        Row(
            bench=4,
            name="pipeline CPU per job, five workers together",
            value=total_ms,
            unit="ms/job",
            baseline="—",
            target=f"≤ {CPU_TARGET_MS:g} ms/job",
            met=total_ms <= CPU_TARGET_MS,
            notes="utime+stime of the worker processes and their children (ffmpeg)",
            extra={"per_stage_ms": per_job_ms},
        ),
    ]
    rows += [_stage_cpu_row(stage, used[stage], jobs) for stage in STAGES]
    return rows


def _stage_cpu_row(stage: str, used: CpuTimes, jobs: int) -> Row:
    return Row(
        bench=4,
        name=f"  CPU per job, {stage}",
        value=used.total / jobs * 1000,
        unit="ms/job",
        baseline="—",
        target=f"(part of {CPU_TARGET_MS:g})",
        met=None,
        notes=(
            f"worker {used.own / jobs * 1000:.1f} ms"
            f" + children {used.children / jobs * 1000:.1f} ms"
        ),
    )


async def _submit_burst(ingress_url: str, urls: list[str], jobs: int) -> list[Submitted]:
    slots = asyncio.Semaphore(SUBMIT_CONCURRENCY)
    async with httpx.AsyncClient(timeout=60) as client:

        async def one(index: int) -> Submitted:
            async with slots:
                return await _submit(client, ingress_url, index, urls[index % len(urls)])

        return list(await asyncio.gather(*(one(index) for index in range(jobs))))


async def _submit(
    client: httpx.AsyncClient, ingress_url: str, fiche_id: int, audio_url: str
) -> Submitted:
    at = time.time()
    response = await client.post(
        f"{ingress_url}/process", json={"fiche_id": fiche_id, "audio_url": audio_url}
    )
    response.raise_for_status()
    return Submitted(str(response.json()["job_id"]), at)


def _received_at(delivery: dict[str, object]) -> float:
    return datetime.fromisoformat(str(delivery["received_at"])).timestamp()


# --- benchmark 6 -------------------------------------------------------------------


def _memory(stack: LocalStack, idle: dict[str, float], *, measured_under_load: bool) -> list[Row]:
    rows = []
    for stage in STAGES:
        peak = memory_mb(_pid(stack, stage))["VmHWM"]
        worst = max(peak, idle[stage])
        rows.append(
            Row(
                bench=6,
                name=f"RSS of the {stage} worker, idle / peak under bench 4",
                value=peak,
                unit="MB",
                baseline=f"idle {idle[stage]:.0f} MB",
                target="≤ 150 MB",
                met=worst <= RSS_LIMIT_MB,
                notes="VmRSS at rest; VmHWM after benchmark 4"
                if measured_under_load
                else "VmHWM without load",
                extra={"idle_mb": idle[stage], "peak_mb": peak},
            )
        )
    return rows


# --- benchmark 5 -------------------------------------------------------------------


def _latency(stack: LocalStack, urls: list[str], sizes: Sizes) -> list[Row]:
    jobs = round(sizes.latency_rate_per_second * sizes.latency_duration_seconds)
    delivered_before = len(stack.deliveries())
    submitted = asyncio.run(_submit_steadily(stack.ingress_url, urls, jobs, sizes))
    deliveries = stack.wait_for_deliveries(delivered_before + jobs, timeout=120 + jobs * 1.0)
    received = {
        str(d["body"]["job_id"]): _received_at(d)  # type: ignore[index]
        for d in deliveries[delivered_before:]
    }
    latencies = [received[s.job_id] - s.at for s in submitted]
    p50, p99 = percentile(latencies, 0.5), percentile(latencies, 0.99)
    load = (
        f"{sizes.latency_rate_per_second:g} jobs/s for {sizes.latency_duration_seconds:g} s "
        f"({jobs} jobs), {sizes.pipeline_call_minutes:g} min calls, "
        f"VAD={sizes.pipeline_vad or 'default (silero)'}"
    )
    return [
        Row(
            bench=5,
            name="added latency ingress → receiver, p50",
            value=p50 * 1000,
            unit="ms",
            baseline="—",
            target="≤ 150 ms",
            met=p50 <= 0.150,
            notes=load,
            extra={"latencies_ms": sorted(round(x * 1000, 1) for x in latencies)},
        ),
        Row(
            bench=5,
            name="added latency ingress → receiver, p99",
            value=p99 * 1000,
            unit="ms",
            baseline="—",
            target="≤ 1000 ms",
            met=p99 <= 1.0,
            notes=load,
        ),
    ]


async def _submit_steadily(
    ingress_url: str, urls: list[str], jobs: int, sizes: Sizes
) -> list[Submitted]:
    interval = 1.0 / sizes.latency_rate_per_second
    async with httpx.AsyncClient(timeout=60) as client:
        started = time.monotonic()
        tasks = []
        for index in range(jobs):
            # Scheduled times, not "sleep after each": a slow answer must not lower the rate.
            await asyncio.sleep(max(0.0, started + index * interval - time.monotonic()))
            audio_url = urls[index % len(urls)]
            tasks.append(
                asyncio.create_task(_submit(client, ingress_url, 10_000 + index, audio_url))
            )
        return list(await asyncio.gather(*tasks))
