"""A real ``audio-nlp worker deliver`` process posting to a receiver emulator in a thread.

The deliver stage is the one whose work is easy to make slow or failing with real parts:
the receiver emulator's ``latency_seconds`` holds each POST, ``fail_next`` answers 500.
Shared by the shutdown and broker-loss tests.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aio_pika
from fastapi import FastAPI

from consumers import broker
from consumers.broker import Topology
from devkit.emulators import receiver
from tests.factories import extraction
from tests.processes import Process, free_port, started, wait_http
from tests.servers import serve_app


@dataclass
class Receiver:
    app: FastAPI
    url: str
    jsonl: Path

    def records(self) -> list[dict[str, Any]]:
        return receiver.read_records(self.jsonl)

    def keys(self) -> list[str]:
        return [str(r["headers"].get("idempotency-key")) for r in self.records()]


@contextmanager
def running_receiver(workdir: Path, *, latency_seconds: float = 0.0) -> Iterator[Receiver]:
    jsonl = workdir / "receiver.jsonl"
    app = receiver.create_app(jsonl_path=jsonl, latency_seconds=latency_seconds)
    with serve_app(app) as url:
        yield Receiver(app, url, jsonl)


def deliver_env(
    rabbitmq_url: str, topology: Topology, receiver_url: str, workdir: Path, **extra: str
) -> dict[str, str]:
    return {
        "RABBITMQ_URL": rabbitmq_url,
        "QUEUE_PREFIX": topology.prefix,
        "PHP_API_URL": f"{receiver_url}/fiche_ai_data_post.php",
        "DATA_DIR": str(workdir / "data"),
        "LOG_LEVEL": "INFO",
        **extra,
    }


@contextmanager
def deliver_worker(
    env: dict[str, str], workdir: Path, *, name: str = "deliver"
) -> Iterator[tuple[Process, str]]:
    """The worker process and its base URL (``/healthz``, ``/metrics``), once consuming."""
    port = free_port()
    with started(
        name,
        ["worker", "deliver", "--metrics-port", str(port)],
        env=env,
        log_dir=workdir,
        health_url=f"http://127.0.0.1:{port}/healthz",
    ) as process:
        yield process, f"http://127.0.0.1:{port}"


async def publish_extractions(
    url: str, topology: Topology, count: int, first: int = 1
) -> list[str]:
    """``count`` deliver-queue messages; returns their job ids in order."""
    connection = await aio_pika.connect(url)
    job_ids = []
    async with connection:
        channel = await broker.open_channel(connection)
        await broker.declare_stage(channel, topology, "deliver")
        for fiche_id in range(first, first + count):
            job = extraction(fiche_id=fiche_id)
            await broker.publish(
                channel,
                topology.work("deliver"),
                job.model_dump_json().encode(),
                message_id=str(job.job_id),
            )
            job_ids.append(str(job.job_id))
    return job_ids


async def queue_depth(url: str, name: str) -> int:
    """Messages ready in a queue (not those delivered and unacked)."""
    connection = await aio_pika.connect(url)
    async with connection:
        channel = await connection.channel()
        declared = await channel.declare_queue(name, passive=True)
        return declared.declaration_result.message_count or 0


def in_flight(metrics_url: str) -> float:
    """The worker's ``audio_nlp_in_flight`` gauge for the deliver stage."""
    text = wait_http(f"{metrics_url}/metrics").text
    for line in text.splitlines():
        if line.startswith('audio_nlp_in_flight{stage="deliver"}'):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def run(coroutine: Any) -> Any:
    """Run one aio-pika check from a blocking test (each opens its own connection)."""
    return asyncio.run(coroutine)
