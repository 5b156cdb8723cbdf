"""The whole pipeline on one machine: emulators, five workers and the ingress as processes.

``make demo`` and the end-to-end tests both start it, so what the demo shows is what
the tests check.
"""

from __future__ import annotations

import asyncio
import functools
import http.server
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from consumers.broker import Topology, delete_topology
from consumers.stage_table import STAGES
from devkit.emulators import receiver

SAMPLES_DIR = Path(__file__).parent / "samples"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_answers(
    url: str,
    *,
    timeout: float = 60.0,
    process: subprocess.Popen[bytes] | None = None,
    expect: int | None = 200,
) -> httpx.Response:
    """Poll ``url`` until it answers (``expect``, or anything when None); fail early if
    ``process`` dies."""
    deadline = time.monotonic() + timeout
    last = "no answer"
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{process.args!r} exited with {process.returncode}")
        try:
            response = httpx.get(url, timeout=2.0)
            if expect is None or response.status_code == expect:
                return response
            last = f"HTTP {response.status_code}"
        except httpx.HTTPError as error:
            last = type(error).__name__
        time.sleep(0.1)
    raise TimeoutError(f"{url} did not answer within {timeout:.0f}s ({last})")


@dataclass
class ManagedProcess:
    """One ``audio-nlp`` subprocess with its log file."""

    name: str
    popen: subprocess.Popen[bytes]
    log_path: Path
    args: list[str] = field(default_factory=list)
    module: str = "consumers.cli"

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


def spawn(
    name: str,
    args: list[str],
    *,
    env: Mapping[str, str],
    log_dir: Path,
    module: str = "consumers.cli",
) -> ManagedProcess:
    """``python -m module *args`` (the production CLI unless told otherwise), logging to a file."""
    log_path = log_dir / f"{name}.log"
    with log_path.open("ab") as log_file:
        popen = subprocess.Popen(
            [sys.executable, "-m", module, *args],
            env={**os.environ, "PYTHONUNBUFFERED": "1", **env},
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    return ManagedProcess(name, popen, log_path, list(args), module)


@contextmanager
def serve_directory(directory: Path) -> Iterator[str]:
    """Serve ``directory`` over HTTP on loopback (the demo's stand-in audio host)."""
    handler = functools.partial(_QuietFileHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


class _QuietFileHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """The demo prints the delivery, not every file request."""


@dataclass
class LocalStack:
    """Where each part of a running stack answers.

    Args:
        workdir: logs, ``data/`` (DATA_DIR) and ``receiver.jsonl`` go here.
        env: the environment every process shares (broker, prefix, provider URLs…).
    """

    workdir: Path
    env: dict[str, str]
    ingress_url: str = ""
    receiver_jsonl: Path = field(default_factory=Path)
    metrics_urls: dict[str, list[str]] = field(default_factory=dict)
    processes: dict[str, ManagedProcess] = field(default_factory=dict)

    def deliveries(self) -> list[dict[str, object]]:
        return receiver.read_records(self.receiver_jsonl)

    def submit(
        self, fiche_id: int, audio_url: str, *, token: str | None = None
    ) -> dict[str, object]:
        """POST /process; ``token`` is sent as a bearer token (needed with INGRESS_TOKENS)."""
        response = httpx.post(
            f"{self.ingress_url}/process",
            json={"fiche_id": fiche_id, "audio_url": audio_url},
            headers={"Authorization": f"Bearer {token}"} if token else None,
            timeout=30,
        )
        response.raise_for_status()
        answer: dict[str, object] = response.json()
        return answer

    def wait_for_deliveries(self, count: int, timeout: float = 120.0) -> list[dict[str, object]]:
        """Wait until the receiver has recorded ``count`` POSTs; fail early if a process died."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(found := self.deliveries()) >= count:
                return found
            self._check_alive()
            time.sleep(0.1)
        raise TimeoutError(
            f"{len(self.deliveries())} of {count} deliveries after {timeout:.0f}s; "
            f"logs in {self.workdir}"
        )

    def restart(self, name: str, sig: int = signal.SIGKILL) -> ManagedProcess:
        """Stop one process (SIGKILL by default: a crash) and start it again, same command.

        Returns at once; a worker is ready again when its ``/healthz`` answers 200.
        """
        old = self.processes[name]
        old.stop(sig)
        fresh = spawn(name, old.args, env=self.env, log_dir=self.workdir, module=old.module)
        self.processes[name] = fresh
        return fresh

    def _check_alive(self) -> None:
        for name, process in self.processes.items():
            if process.popen.poll() is not None:
                raise RuntimeError(
                    f"{name} exited with {process.popen.returncode}:\n{process.log()[-2000:]}"
                )


def stack_env(
    *,
    workdir: Path,
    rabbitmq_url: str,
    queue_prefix: str,
    ports: Mapping[str, int],
    real_assemblyai: bool = False,
    real_openai: bool = False,
) -> dict[str, str]:
    """Settings shared by every process; providers point at the emulators unless real."""
    env = {
        "RABBITMQ_URL": rabbitmq_url,
        "QUEUE_PREFIX": queue_prefix,
        "DATA_DIR": str(workdir / "data"),
        "PHP_API_URL": f"http://127.0.0.1:{ports['receiver']}/fiche_ai_data_post.php",
        "ALLOW_PRIVATE_URLS": "true",
        "LOG_LEVEL": "INFO",
    }
    if not real_assemblyai:
        env["ASSEMBLYAI_BASE_URL"] = f"http://127.0.0.1:{ports['assemblyai']}"
        env["ASSEMBLYAI_API_KEY"] = "emulator-key"
        env["ASSEMBLYAI_POLL_SECONDS"] = "0.2"
    if not real_openai:
        env["OPENAI_BASE_URL"] = f"http://127.0.0.1:{ports['openai']}/v1"
        env["OPENAI_API_KEY"] = "emulator-key"
    return env


@contextmanager
def local_stack(
    workdir: Path,
    *,
    rabbitmq_url: str,
    queue_prefix: str = "audio-nlp",
    extra_env: Mapping[str, str] | None = None,
    replicas: Mapping[str, int] | None = None,
    emulator_args: list[str] | None = None,
    real_assemblyai: bool = False,
    real_openai: bool = False,
    delete_queues: bool = True,
) -> Iterator[LocalStack]:
    """Start emulators, every stage worker and the ingress; stop them all on exit.

    With ``delete_queues`` the prefix's queues go too: throwaway prefixes would otherwise
    pile up as quorum queues on the broker, run after run.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    ports = {name: free_port() for name in ("assemblyai", "openai", "receiver", "ingress")}
    env = stack_env(
        workdir=workdir,
        rabbitmq_url=rabbitmq_url,
        queue_prefix=queue_prefix,
        ports=ports,
        real_assemblyai=real_assemblyai,
        real_openai=real_openai,
    )
    env.update(extra_env or {})
    stack = LocalStack(workdir, env, receiver_jsonl=workdir / "receiver.jsonl")
    stack.receiver_jsonl.unlink(missing_ok=True)  # a reused workdir must not replay old deliveries
    with ExitStack() as cleanup:
        if delete_queues:
            cleanup.callback(
                lambda: asyncio.run(delete_topology(rabbitmq_url, Topology(queue_prefix)))
            )
        cleanup.callback(_stop_all, stack)
        _start_emulators(stack, ports, emulator_args or [])
        for stage in STAGES:
            for replica in range((replicas or {}).get(stage, 1)):
                _start_worker(stack, stage, replica)
        _start_ingress(stack, ports["ingress"])
        yield stack


def start_emulators(
    ports: Mapping[str, int],
    receiver_jsonl: Path,
    *,
    env: Mapping[str, str],
    log_dir: Path,
    extra: Sequence[str] = (),
) -> ManagedProcess:
    """``audio-nlp-dev emulate`` on the given ports, once its receiver answers."""
    args = [
        "emulate",
        "--assemblyai-port",
        str(ports["assemblyai"]),
        "--openai-port",
        str(ports["openai"]),
        "--receiver-port",
        str(ports["receiver"]),
        "--receiver-jsonl",
        str(receiver_jsonl),
        *extra,
    ]
    process = spawn("emulators", args, env=env, log_dir=log_dir, module="devkit.cli")
    try:
        wait_until_answers(f"http://127.0.0.1:{ports['receiver']}/health", process=process.popen)
    except BaseException:
        process.stop()
        raise
    return process


def _start_emulators(stack: LocalStack, ports: Mapping[str, int], extra: list[str]) -> None:
    stack.processes["emulators"] = start_emulators(
        ports, stack.receiver_jsonl, env=stack.env, log_dir=stack.workdir, extra=extra
    )


def _start_worker(stack: LocalStack, stage: str, replica: int) -> None:
    port = free_port()
    name = f"worker-{stage}-{replica}"
    process = spawn(
        name, ["worker", stage, "--metrics-port", str(port)], env=stack.env, log_dir=stack.workdir
    )
    stack.processes[name] = process
    url = f"http://127.0.0.1:{port}"
    wait_until_answers(f"{url}/healthz", process=process.popen)
    stack.metrics_urls.setdefault(stage, []).append(f"{url}/metrics")


def _start_ingress(stack: LocalStack, port: int) -> None:
    process = spawn(
        "ingress",
        ["ingress", "--host", "127.0.0.1", "--port", str(port)],
        env=stack.env,
        log_dir=stack.workdir,
    )
    stack.processes["ingress"] = process
    stack.ingress_url = f"http://127.0.0.1:{port}"
    wait_until_answers(f"{stack.ingress_url}/health", process=process.popen)
    deadline = time.monotonic() + 30
    while httpx.get(f"{stack.ingress_url}/health").json().get("broker") != "connected":
        if time.monotonic() > deadline:
            raise TimeoutError("the ingress did not connect to the broker")
        time.sleep(0.1)


def _stop_all(stack: LocalStack) -> None:
    # Ingress first, emulators last, so nothing in flight loses the service it calls.
    for process in reversed(list(stack.processes.values())):
        process.stop()
