"""Serve the three emulators (AssemblyAI, OpenAI, PHP receiver) in one asyncio loop."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterator
from pathlib import Path

import uvicorn
from fastapi import FastAPI

from devkit.emulators import assemblyai, openai, receiver

log = logging.getLogger(__name__)


class _Server(uvicorn.Server):
    """A uvicorn server that leaves signals alone.

    Three servers share one loop: if each captured SIGINT, only the last installed
    would see it. The runner's caller (``asyncio.run``) turns Ctrl-C into cancellation
    and the runner stops all three.
    """

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


def build_apps(
    *,
    receiver_jsonl: Path,
    transcript_text: str | None = None,
    latency_seconds: float = 0.0,
    failure_rate: float = 0.0,
    seed: int | None = None,
    timeout_rate: float = 0.0,
    hang_seconds: float = 30.0,
    receiver_failure_rate: float | None = None,
) -> dict[str, FastAPI]:
    """The three apps by name, configured alike.

    ``timeout_rate`` (hangs of ``hang_seconds``) applies to the two providers;
    ``receiver_failure_rate``, when given, replaces ``failure_rate`` for the receiver.
    """
    common = {"latency_seconds": latency_seconds, "failure_rate": failure_rate, "seed": seed}
    hangs = {"timeout_rate": timeout_rate, "hang_seconds": hang_seconds}
    text = {"text": transcript_text} if transcript_text is not None else {}
    to_receiver = {
        **common,
        "failure_rate": failure_rate if receiver_failure_rate is None else receiver_failure_rate,
    }
    apps = {
        "assemblyai": assemblyai.create_app(**text, **common, **hangs),  # type: ignore[arg-type]
        "openai": openai.create_app(**common, **hangs),  # type: ignore[arg-type]
        "receiver": receiver.create_app(jsonl_path=receiver_jsonl, **to_receiver),  # type: ignore[arg-type]
    }
    if transcript_text is not None:
        # The OpenAI emulator's audio transcriptions endpoint says the same call.
        apps["openai"].state.transcript_text = transcript_text
    return apps


async def serve_emulators(
    *,
    host: str = "127.0.0.1",
    assemblyai_port: int = 8101,
    openai_port: int = 8102,
    receiver_port: int = 8103,
    receiver_jsonl: Path,
    transcript_text: str | None,
    latency_seconds: float,
    failure_rate: float,
    ready: asyncio.Event | None = None,
    timeout_rate: float = 0.0,
    hang_seconds: float = 30.0,
    receiver_failure_rate: float | None = None,
) -> None:
    """Run until cancelled; ``ready`` is set once all three accept connections."""
    apps = build_apps(
        receiver_jsonl=receiver_jsonl,
        transcript_text=transcript_text,
        latency_seconds=latency_seconds,
        failure_rate=failure_rate,
        timeout_rate=timeout_rate,
        hang_seconds=hang_seconds,
        receiver_failure_rate=receiver_failure_rate,
    )
    ports = {"assemblyai": assemblyai_port, "openai": openai_port, "receiver": receiver_port}
    servers = {
        name: _Server(
            uvicorn.Config(app, host=host, port=ports[name], log_level="warning", lifespan="off")
        )
        for name, app in apps.items()
    }
    tasks = [
        asyncio.create_task(server.serve(), name=f"emulator-{n}") for n, server in servers.items()
    ]
    try:
        await _announce(servers, tasks, host, ports, ready)
        # Returns only if a server stops by itself (a port in use, for instance).
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for server in servers.values():
            server.should_exit = True
        await asyncio.wait(tasks)
    for task in tasks:
        if not task.cancelled() and task.exception() is not None:
            raise RuntimeError(f"{task.get_name()} stopped") from task.exception()


async def _announce(
    servers: dict[str, _Server],
    tasks: list[asyncio.Task[None]],
    host: str,
    ports: dict[str, int],
    ready: asyncio.Event | None,
) -> None:
    while not all(server.started for server in servers.values()):
        if any(task.done() for task in tasks):
            return
        await asyncio.sleep(0.02)
    for name, port in ports.items():
        suffix = "/v1" if name == "openai" else ""
        log.warning("%s emulator on http://%s:%d%s", name, host, port, suffix)
    if ready is not None:
        ready.set()
