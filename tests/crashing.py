"""A download worker that a poison URL kills: the crash loop of a real process, on demand.

``Crasher`` maps a path of the loopback HTTP server to a behaviour that records the
request (the server does) and SIGKILLs the worker process currently running, as an OOM
on a huge decode would. ``run_until_dead_lettered`` restarts the worker every time it
died, until the message is in the stage's dead-letter queue.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import aio_pika
from starlette.requests import Request
from starlette.responses import Response

from consumers import broker
from consumers.broker import Topology
from messages import JobRequest
from tests.http_fixtures import FixtureServer
from tests.processes import Process, free_port
from tests.processes import spawn as spawn_process

# Bound on waiting for a SIGKILLed worker to be gone before answering.
HOLD_SECONDS = 30.0


@dataclass
class Crasher:
    """Kills whichever worker process is current when the poison path is requested."""

    server: FixtureServer
    path: str = "/poison.wav"
    current: Process | None = None
    kills: int = 0
    workers: list[Process] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.server.route(self.path, self._kill_the_worker)

    @property
    def url(self) -> str:
        return self.server.url(self.path)

    def deliveries(self) -> int:
        """Deliveries that reached the work, counted from the requests the server recorded."""
        return sum(1 for request in self.server.seen if request.path == self.path)

    async def _kill_the_worker(self, _: Request) -> Response:
        victim = self.current
        if victim is not None and victim.popen.poll() is None:
            os.kill(victim.popen.pid, signal.SIGKILL)
            self.kills += 1
            # Answer only once it is gone, so the worker never sees a response.
            with contextlib.suppress(subprocess.TimeoutExpired):
                await asyncio.to_thread(victim.popen.wait, HOLD_SECONDS)
        return Response(b"", status_code=500)

    def start(self, env: dict[str, str], log_dir: Path, stage: str = "download") -> Process:
        name = f"{stage}-{len(self.workers) + 1}"
        args = ["worker", stage, "--metrics-port", str(free_port())]
        self.current = spawn_process(name, args, env=env, log_dir=log_dir)
        self.workers.append(self.current)
        return self.current

    def stop(self) -> None:
        for worker in self.workers:
            worker.stop()


def audio_nlp(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """One ``audio-nlp`` command with only ``env`` (and PATH), as an operator would run it."""
    return subprocess.run(
        [sys.executable, "-m", "consumers.cli", *args],
        env={"PATH": "/usr/bin:/bin", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


async def queue_depth(url: str, name: str) -> int:
    connection = await aio_pika.connect(url)
    async with connection:
        channel = await connection.channel()
        declared = await channel.declare_queue(name, passive=True)
        return declared.declaration_result.message_count or 0


async def publish_job(url: str, topology: Topology, job: JobRequest) -> None:
    """Publish as the ingress does (body, message id, job and fiche headers)."""
    connection = await aio_pika.connect(url)
    async with connection:
        channel = await broker.open_channel(connection)
        await broker.declare_stage(channel, topology, "download")
        await broker.publish(
            channel,
            topology.work("download"),
            job.model_dump_json().encode(),
            message_id=str(job.job_id),
            headers={"x-job-id": str(job.job_id), "x-fiche-id": job.fiche_id},
        )


async def run_until_dead_lettered(
    crasher: Crasher,
    url: str,
    topology: Topology,
    env: dict[str, str],
    log_dir: Path,
    *,
    timeout: float = 240.0,
    stage: str = "download",
) -> Process:
    """Start the worker, restart it whenever it died, until the stage's dead queue has one.

    Returns the worker running when the message was dead-lettered (it must still be alive).
    """
    deadline = time.monotonic() + timeout
    worker = crasher.start(env, log_dir, stage)
    while await queue_depth(url, topology.dead(stage)) == 0:
        if time.monotonic() > deadline:
            raise AssertionError(
                f"not dead-lettered within {timeout}s after {crasher.kills} kills:\n"
                f"{worker.log()[-3000:]}"
            )
        if worker.popen.poll() is not None:
            assert worker.popen.returncode == -signal.SIGKILL, worker.log()[-3000:]
            worker = crasher.start(env, log_dir, stage)
        await asyncio.sleep(0.1)
    return worker
