"""Run the project's own processes (workers, ingress, emulators) as real subprocesses."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

AUDIO_NLP = [sys.executable, "-m", "consumers.cli"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_http(
    url: str,
    *,
    timeout: float = 30.0,
    process: subprocess.Popen[bytes] | None = None,
    expect: int | None = 200,
) -> httpx.Response:
    """Poll ``url`` until it answers (with ``expect`` when given) or fail with a deadline."""
    deadline = time.monotonic() + timeout
    last: str = "no answer"
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"process exited with {process.returncode} before {url} answered")
        try:
            response = httpx.get(url, timeout=2.0)
            if expect is None or response.status_code == expect:
                return response
            last = f"HTTP {response.status_code}"
        except httpx.HTTPError as error:
            last = type(error).__name__
        time.sleep(0.1)
    raise TimeoutError(f"{url} did not answer in {timeout}s ({last})")


@dataclass
class Process:
    name: str
    popen: subprocess.Popen[bytes]
    log_path: Path
    port: int | None = None
    env: dict[str, str] = field(default_factory=dict)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30.0) -> int:
        if self.popen.poll() is None:
            self.popen.send_signal(sig)
            try:
                self.popen.wait(timeout)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait(10)
        return self.popen.returncode


@contextmanager
def started(
    name: str,
    args: list[str],
    *,
    env: Mapping[str, str],
    log_dir: Path,
    health_url: str | None = None,
    expect: int | None = 200,
) -> Iterator[Process]:
    """Start ``audio-nlp ARGS``, wait for ``health_url``, and stop it (SIGTERM) on exit."""
    log_path = log_dir / f"{name}.log"
    full_env = {**os.environ, "PYTHONUNBUFFERED": "1", **env}
    with log_path.open("wb") as log_file:
        popen = subprocess.Popen(
            [*AUDIO_NLP, *args], env=full_env, stdout=log_file, stderr=subprocess.STDOUT
        )
    process = Process(name, popen, log_path, env=dict(env))
    try:
        if health_url:
            wait_http(health_url, process=popen, expect=expect)
        yield process
    finally:
        process.stop()
