"""A private RabbitMQ node for tests that stop and restart the broker.

The machine's own broker (``rabbit@localhost`` on 5672) is never touched: this node has
its own name, AMQP and distribution ports, data directory, config, plugin list and
Erlang cookie (``HOME`` points into the node's directory). ``stop()`` / ``start()`` keep
the data directory, so quorum queues and persistent messages survive a restart.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.waiting import wait_until

SBIN_CANDIDATES = ("/usr/lib/rabbitmq/bin", "/usr/lib/rabbitmq/sbin")
START_TIMEOUT_SECONDS = 90.0
STOP_TIMEOUT_SECONDS = 60.0


def _tool(name: str) -> str:
    # The unwrapped scripts: the /usr/sbin wrappers switch to the rabbitmq user and
    # drop our environment, which would start (or stop!) the machine's node instead.
    for folder in SBIN_CANDIDATES:
        candidate = Path(folder) / name
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise RuntimeError(f"{name} not found: apt-get install rabbitmq-server")
    return found


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def port_open(port: int, host: str = "127.0.0.1") -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


class RabbitNode:
    """One RabbitMQ node in ``base_dir`` on a free loopback port.

    Args:
        base_dir: data, logs, config and cookie live here; it survives ``stop()``.
        consumer_timeout_ms: RabbitMQ's ``consumer_timeout`` for this node (default 30 min).
    """

    def __init__(self, base_dir: Path, *, consumer_timeout_ms: int | None = None) -> None:
        self.base_dir = base_dir
        self.name = f"chaos-{uuid.uuid4().hex[:8]}@localhost"
        self.port = _free_port()
        self.dist_port = _free_port()
        self.consumer_timeout_ms = consumer_timeout_ms
        self._process: subprocess.Popen[bytes] | None = None
        self.restarts = 0
        self._write_config()

    @property
    def url(self) -> str:
        return f"amqp://guest:guest@127.0.0.1:{self.port}/"

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def _write_config(self) -> None:
        self.base_dir.mkdir(parents=True, exist_ok=True)
        lines = [f"listeners.tcp.local = 127.0.0.1:{self.port}"]
        if self.consumer_timeout_ms is not None:
            lines.append(f"consumer_timeout = {self.consumer_timeout_ms}")
        (self.base_dir / "rabbitmq.conf").write_text("\n".join(lines) + "\n")
        (self.base_dir / "enabled_plugins").write_text("[].\n")
        # Replaces /etc/rabbitmq/rabbitmq-env.conf, which names the machine's node.
        (self.base_dir / "rabbitmq-env.conf").write_text("ERL_EPMD_ADDRESS=127.0.0.1\n")

    def env(self) -> dict[str, str]:
        base = self.base_dir
        return {
            **os.environ,
            "HOME": str(base),
            "RABBITMQ_CONF_ENV_FILE": str(base / "rabbitmq-env.conf"),
            "RABBITMQ_CONFIG_FILE": str(base / "rabbitmq.conf"),
            "RABBITMQ_ENABLED_PLUGINS_FILE": str(base / "enabled_plugins"),
            "RABBITMQ_NODENAME": self.name,
            "RABBITMQ_NODE_IP_ADDRESS": "127.0.0.1",
            "RABBITMQ_NODE_PORT": str(self.port),
            "RABBITMQ_DIST_PORT": str(self.dist_port),
            "RABBITMQ_MNESIA_BASE": str(base / "mnesia"),
            "RABBITMQ_LOG_BASE": str(base / "log"),
            "RABBITMQ_PID_FILE": str(base / "node.pid"),
            "RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS": "-kernel inet_dist_use_interface {127,0,0,1}",
        }

    def ctl(self, *args: str, timeout: float = 60.0) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [_tool("rabbitmqctl"), "-n", self.name, *args],
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def start(self) -> None:
        """Start the node and return once it accepts AMQP connections."""
        if self.running:
            return
        log = (self.base_dir / "server.out").open("ab")
        with log:
            self._process = subprocess.Popen(
                [_tool("rabbitmq-server")],
                env=self.env(),
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # a Ctrl-C on pytest must not reach the node first
            )
        process = self._process

        def listening() -> bool:
            if process.poll() is not None:
                raise RuntimeError(f"rabbitmq-server exited:\n{self._tail()}")
            return port_open(self.port)

        wait_until(
            listening,
            timeout=START_TIMEOUT_SECONDS,
            message=f"{self.name} to open port {self.port} (log: {self.base_dir / 'server.out'})",
            interval=0.2,
        )
        ready = self.ctl("await_startup", "--timeout", str(int(START_TIMEOUT_SECONDS)))
        if ready.returncode != 0:
            raise RuntimeError(f"{self.name} did not finish starting: {ready.stderr}")

    def stop(self) -> None:
        """Stop the node cleanly (its data directory stays); return once it is gone."""
        if not self.running:
            return
        assert self._process is not None
        # SIGTERM to the Erlang VM is RabbitMQ's graceful stop, without booting a second
        # VM for rabbitmqctl (seconds on a loaded machine, counted as downtime).
        pid_file = self.base_dir / "node.pid"
        try:
            os.kill(int(pid_file.read_text().strip()), signal.SIGTERM)
        except (OSError, ValueError):
            self.ctl("shutdown", timeout=STOP_TIMEOUT_SECONDS)
        try:
            self._process.wait(STOP_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(10)
        wait_until(
            lambda: not port_open(self.port),
            timeout=STOP_TIMEOUT_SECONDS,
            message=f"{self.name} to close port {self.port} after stop",
        )

    def restart(self) -> float:
        """Stop then start; returns the seconds the broker was unreachable."""
        began = time.monotonic()
        self.stop()
        self.start()
        self.restarts += 1
        return time.monotonic() - began

    def _tail(self, chars: int = 3000) -> str:
        path = self.base_dir / "server.out"
        return path.read_text(errors="replace")[-chars:] if path.exists() else ""


@contextmanager
def private_rabbit(base_dir: Path, **options: int | None) -> Iterator[RabbitNode]:
    """A started private node, stopped (and its Erlang VM gone) on exit."""
    node = RabbitNode(base_dir, **options)
    try:
        node.start()
        yield node
    finally:
        node.stop()


def _answers(url: str) -> bool:
    """The URL answers HTTP at all (a 401 without credentials counts: the API is up)."""
    try:
        urllib.request.urlopen(url, timeout=2)
    except urllib.error.HTTPError:
        return True
    except OSError:
        return False
    return True


@contextmanager
def managed_rabbit(base_dir: Path) -> Iterator[tuple[RabbitNode, str]]:
    """A started private node with the management plugin on a free loopback port.

    Yields the node and its management API's URL with credentials
    (``http://guest:guest@127.0.0.1:PORT``); the machine's own broker has no plugin.
    """
    node = RabbitNode(base_dir)
    api_port = _free_port()
    (base_dir / "enabled_plugins").write_text("[rabbitmq_management].\n")
    with (base_dir / "rabbitmq.conf").open("a") as conf:
        conf.write(f"management.tcp.ip = 127.0.0.1\nmanagement.tcp.port = {api_port}\n")
    try:
        node.start()
        wait_until(
            lambda: _answers(f"http://127.0.0.1:{api_port}/api/overview"),
            timeout=START_TIMEOUT_SECONDS,
            message=f"the management API on port {api_port}",
            interval=0.2,
        )
        yield node, f"http://guest:guest@127.0.0.1:{api_port}"
    finally:
        node.stop()
