"""The project's own processes (workers, ingress, emulators) as real subprocesses in tests.

A thin layer over ``devkit.stack``, which ``make demo`` uses too.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from devkit.stack import ManagedProcess as Process
from devkit.stack import free_port, spawn
from devkit.stack import wait_until_answers as wait_http

__all__ = ["Process", "free_port", "started", "wait_http"]


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
    process = spawn(name, args, env=env, log_dir=log_dir)
    try:
        if health_url:
            wait_http(health_url, process=process.popen, expect=expect, timeout=30.0)
        yield process
    finally:
        process.stop()
