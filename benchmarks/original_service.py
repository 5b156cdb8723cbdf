"""Benchmark 8: the original single-process service, rebuilt, beside the pipeline.

The original (``/work/shared/seed/original-README.md``) was one FastAPI process:
``POST /process`` queued a ``BackgroundTasks`` job and each job ran, in Starlette's
thread pool, download → silence trim (pydub's ffmpeg decode to 16 kHz, webrtcvad,
WAV out) → AssemblyAI's blocking ``Transcriber`` polling every 3 s → the sync OpenAI
client's structured output → an ``httpx`` POST to the PHP backend. This module is that
service (``python -m benchmarks.original_service --port N``) and the benchmark that runs
it and the pipeline at its default settings on the same emulators (same latency) and
the same calls, one after the other, and prints both rates and their ratio.

Only the transcript cache is switched off on the pipeline side: every job sends the
same recording, and real calls are all different.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import subprocess
import time
import uuid
import wave
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import assemblyai as aai
import httpx
import uvicorn
import webrtcvad
from fastapi import BackgroundTasks, FastAPI
from openai import OpenAI
from pydantic import BaseModel

from benchmarks.common import CACHE_DIR, CORES, Row, Sizes, call_recording, cpu_times, median
from benchmarks.pipeline import _received_at, _submit_burst
from consumers.broker import Topology, delete_topology
from devkit.stack import (
    LocalStack,
    free_port,
    local_stack,
    serve_directory,
    spawn,
    start_emulators,
    wait_until_answers,
)
from stages.extract import user_prompt
from stages.extract.profiles import SOLAR, answer_model

log = logging.getLogger("original_service")

TARGET_RATIO = 2.0
VAD_RATE = 16_000
FRAME_MS = 30
VAD_MODE = 3
_FFMPEG = ("ffmpeg", "-nostdin", "-loglevel", "error")


# --- the service -----------------------------------------------------------------


class ProcessRequest(BaseModel):
    fiche_id: int
    audio_url: str


def create_app(env: Mapping[str, str]) -> FastAPI:
    """The original's app: ``/health`` and ``/process``, with the providers set up once.

    Args:
        env: ``ASSEMBLYAI_BASE_URL``, ``OPENAI_BASE_URL``, the two keys, ``PHP_API_URL``,
            ``ASSEMBLYAI_POLL_SECONDS`` and ``DATA_DIR``, as the original read its ``.env``.
    """
    aai.settings.api_key = env["ASSEMBLYAI_API_KEY"]
    aai.settings.base_url = env["ASSEMBLYAI_BASE_URL"]
    aai.settings.polling_interval = float(env.get("ASSEMBLYAI_POLL_SECONDS", "3"))
    openai_client = OpenAI(base_url=env["OPENAI_BASE_URL"], api_key=env["OPENAI_API_KEY"])
    php_url = env["PHP_API_URL"]
    data_dir = Path(env["DATA_DIR"])
    data_dir.mkdir(parents=True, exist_ok=True)
    app = FastAPI(title="original audio-nlp-api (benchmark baseline)")

    @app.get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/process")
    async def process(request: ProcessRequest, background: BackgroundTasks) -> dict[str, Any]:
        # A sync function: Starlette runs it in its thread pool, as the original's did.
        background.add_task(
            process_job, request.fiche_id, request.audio_url, openai_client, php_url, data_dir
        )
        return {
            "status": "queued",
            "fiche_id": request.fiche_id,
            "message": "Processing started in background. Results will be sent to PHP when ready.",
        }

    return app


def process_job(
    fiche_id: int, audio_url: str, client: OpenAI, php_url: str, data_dir: Path
) -> None:
    """One call from URL to delivery, blocking all the way; a failure is logged, as the
    original did, and the call is lost (one of the things the pipeline fixes)."""
    downloaded = data_dir / f"{fiche_id}-{uuid.uuid4().hex}.wav"
    trimmed = downloaded.with_suffix(".trimmed.wav")
    try:
        _download(audio_url, downloaded)
        trim_silence(downloaded, trimmed)
        text = _transcribe(trimmed)
        fields = _extract(client, text)
        response = httpx.post(
            php_url,
            params={"fiche_id": fiche_id},
            json={"fiche_id": fiche_id, **fields},
            timeout=30,
        )
        response.raise_for_status()
    except Exception:
        log.exception("fiche %s failed", fiche_id)
    finally:
        downloaded.unlink(missing_ok=True)
        trimmed.unlink(missing_ok=True)


def _download(url: str, destination: Path) -> None:
    with httpx.stream("GET", url, timeout=60) as response:
        response.raise_for_status()
        with destination.open("wb") as out:
            for chunk in response.iter_bytes():
                out.write(chunk)


def trim_silence(source: Path, destination: Path) -> None:
    """pydub's way: ffmpeg decodes to 16 kHz mono PCM, webrtcvad keeps the voiced frames."""
    pcm = subprocess.run(
        [*_FFMPEG, "-i", str(source), "-ac", "1", "-ar", str(VAD_RATE), "-f", "s16le", "-"],
        check=True,
        capture_output=True,
    ).stdout
    vad = webrtcvad.Vad(VAD_MODE)
    frame_bytes = VAD_RATE * FRAME_MS // 1000 * 2
    frames = (pcm[i : i + frame_bytes] for i in range(0, len(pcm) - frame_bytes + 1, frame_bytes))
    voiced = b"".join(frame for frame in frames if vad.is_speech(frame, VAD_RATE))
    with wave.open(str(destination), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(VAD_RATE)
        out.writeframes(voiced)


def _transcribe(path: Path) -> str:
    config = aai.TranscriptionConfig(language_code="fr", speaker_labels=True)
    transcript = aai.Transcriber(config=config).transcribe(str(path))
    if transcript.status == aai.TranscriptStatus.error:
        raise RuntimeError(f"AssemblyAI: {transcript.error}")
    return transcript.text or ""


def _extract(client: OpenAI, text: str) -> dict[str, Any]:
    completion = client.chat.completions.parse(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": SOLAR.system_prompt},
            {"role": "user", "content": user_prompt(text)},
        ],
        response_format=answer_model(SOLAR.schema),
        temperature=0,
    )
    parsed = completion.choices[0].message.parsed
    if parsed is None:
        raise RuntimeError("OpenAI gave no structured answer")
    return parsed.model_dump(mode="json", by_alias=True, exclude={"citations"})


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.original_service")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    app = create_app(os.environ)
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning")


# --- benchmark 8 -----------------------------------------------------------------


def run(url: str, sizes: Sizes, workdir: Path) -> list[Row]:
    """Both sides on the same call, emulator latency and job count; the ratio row."""
    call = call_recording(sizes.baseline_call_seconds / 60, "wav")
    latency = ["--latency", f"{sizes.baseline_latency_seconds:g}"]
    originals: list[float] = []
    original_cpus: list[float] = []
    pipelines: list[float] = []
    with serve_directory(CACHE_DIR) as audio_host:
        audio_url = f"{audio_host}/{call.name}"
        # Alternated, so the machine's drift falls on both sides alike.
        for round_ in range(sizes.baseline_rounds):
            rate, cpu = _run_baseline(audio_url, sizes, workdir / f"original-{round_}", latency)
            originals.append(rate)
            original_cpus.append(cpu)
            pipelines.append(
                _run_pipeline(url, audio_url, sizes, workdir / f"pipeline-2s-{round_}", latency)
            )
    baseline, baseline_cpu, pipeline = median(originals), median(original_cpus), median(pipelines)
    ratio = pipeline / baseline
    load = (
        f"{sizes.baseline_jobs} × {sizes.baseline_call_seconds:g} s WAV calls, 8 kHz; "
        f"emulators at {sizes.baseline_latency_seconds:g} s latency; "
        f"AssemblyAI polled every {sizes.baseline_poll_seconds:g} s on both sides; "
        f"median of {sizes.baseline_rounds} alternated rounds"
    )
    rounds = ", ".join(f"{p / o:.2f}" for o, p in zip(originals, pipelines, strict=True))
    return [
        Row(
            bench=8,
            name="original architecture (FastAPI BackgroundTasks, blocking SDKs)",
            value=baseline,
            unit="jobs/s",
            baseline="—",
            target="(the baseline)",
            met=None,
            notes=f"{load}; webrtcvad trim; one process, {CORES} cores",
            extra={"cpu_ms_per_job": baseline_cpu, "rounds_jobs_per_second": originals},
        ),
        Row(
            bench=8,
            name="pipeline at default settings vs the original (override: TRANSCRIPT_CACHE=false)",
            value=pipeline,
            unit="jobs/s",
            baseline=f"{baseline:.3g} jobs/s original",
            target=f"≥ {TARGET_RATIO:g}× the original",
            met=ratio >= TARGET_RATIO,
            ratio=ratio,
            notes=f"{load}; five workers, VAD default (silero); ratio per round {rounds}",
            extra={
                "baseline_jobs_per_second": baseline,
                "pipeline_jobs_per_second": pipeline,
                "rounds_jobs_per_second": pipelines,
            },
        ),
    ]


def _run_baseline(
    audio_url: str, sizes: Sizes, workdir: Path, latency: list[str]
) -> tuple[float, float]:
    """The original's jobs/s and CPU ms per job (its ffmpeg children included)."""
    workdir.mkdir(parents=True, exist_ok=True)
    ports = {name: free_port() for name in ("assemblyai", "openai", "receiver", "service")}
    env = {
        "ASSEMBLYAI_BASE_URL": f"http://127.0.0.1:{ports['assemblyai']}",
        "ASSEMBLYAI_API_KEY": "emulator-key",
        "ASSEMBLYAI_POLL_SECONDS": f"{sizes.baseline_poll_seconds:g}",
        "OPENAI_BASE_URL": f"http://127.0.0.1:{ports['openai']}/v1",
        "OPENAI_API_KEY": "emulator-key",
        "PHP_API_URL": f"http://127.0.0.1:{ports['receiver']}/fiche_ai_data_post.php",
        "DATA_DIR": str(workdir / "data"),
    }
    stack = LocalStack(workdir, env, receiver_jsonl=workdir / "receiver.jsonl")
    stack.receiver_jsonl.unlink(missing_ok=True)
    try:
        stack.processes["emulators"] = start_emulators(
            ports, stack.receiver_jsonl, env=env, log_dir=workdir, extra=latency
        )
        service = spawn(
            "original-service",
            ["--port", str(ports["service"])],
            env=env,
            log_dir=workdir,
            module="benchmarks.original_service",
        )
        stack.processes["original-service"] = service
        stack.ingress_url = f"http://127.0.0.1:{ports['service']}"
        wait_until_answers(f"{stack.ingress_url}/health", process=service.popen)
        before = cpu_times(service.popen.pid)
        rate = _burst_rate(stack, audio_url, sizes.baseline_jobs, _submit_original)
        used = cpu_times(service.popen.pid) - before
    finally:
        for process in reversed(list(stack.processes.values())):
            process.stop()
    return rate, used.total / sizes.baseline_jobs * 1000


def _run_pipeline(
    url: str, audio_url: str, sizes: Sizes, workdir: Path, latency: list[str]
) -> float:
    prefix = f"bench-vs-original-{uuid.uuid4().hex[:8]}"
    extra_env = {
        "TRANSCRIPT_CACHE": "false",
        # stack_env polls the emulator every 0.2 s for tests; the product default is 3 s.
        "ASSEMBLYAI_POLL_SECONDS": f"{sizes.baseline_poll_seconds:g}",
    }
    try:
        with local_stack(
            workdir,
            rabbitmq_url=url,
            queue_prefix=prefix,
            extra_env=extra_env,
            emulator_args=latency,
        ) as stack:
            return _burst_rate(stack, audio_url, sizes.baseline_jobs, _submit_pipeline)
    finally:
        asyncio.run(delete_topology(url, Topology(prefix)))


def _submit_pipeline(ingress_url: str, audio_url: str, jobs: int) -> float:
    submitted = asyncio.run(_submit_burst(ingress_url, [audio_url], jobs))
    return min(s.at for s in submitted)


def _submit_original(service_url: str, audio_url: str, jobs: int) -> float:
    async def burst() -> float:
        started = time.time()
        async with httpx.AsyncClient(timeout=60) as client:
            for fiche_id in range(jobs):
                response = await client.post(
                    f"{service_url}/process", json={"fiche_id": fiche_id, "audio_url": audio_url}
                )
                response.raise_for_status()
        return started

    return asyncio.run(burst())


def _burst_rate(
    stack: LocalStack, audio_url: str, jobs: int, submit: Callable[[str, str, int], float]
) -> float:
    """Submit ``jobs`` at once; jobs over the span from the first submission to the last
    delivery the receiver recorded."""
    first = submit(stack.ingress_url, audio_url, jobs)
    deliveries = stack.wait_for_deliveries(jobs, timeout=120 + jobs * 3.0)
    fiches = {d["body"]["fiche_id"] for d in deliveries}  # type: ignore[index]
    if len(fiches) != jobs:
        raise RuntimeError(f"{len(fiches)} distinct fiches among {len(deliveries)} deliveries")
    last = max(_received_at(d) for d in deliveries)
    return jobs / (last - first)


if __name__ == "__main__":
    main()
