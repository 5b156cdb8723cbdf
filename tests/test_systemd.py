"""The systemd units of systemd/ for a VM without containers (docs/operations.md).

Rendered by the Makefile's own target with this checkout's venv as the install path, then
checked by systemd's tools (``systemd-analyze verify``, ``security``, ``calendar``), read
for the contract (user, hardening, timeouts), and run: the command line and environment a
unit gives its process, taken from the rendered file, start a real worker and a real
ingress against the test broker, with ``NOTIFY_SOCKET`` bound here.
"""

from __future__ import annotations

import array
import asyncio
import itertools
import os
import re
import shlex
import shutil
import signal
import socket
import struct
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import aio_pika
import httpx
import pytest

from consumers.broker import Topology
from consumers.instance import MAX_REPLICAS, parse_instance
from consumers.sdnotify import notify
from consumers.settings import Settings
from consumers.stage_table import STAGES
from tests.waiting import wait_until_async

ROOT = Path(__file__).resolve().parent.parent
UNITS = ROOT / "systemd"
# The install path: the venv running these tests, so ExecStart's binary exists.
PREFIX = Path(sys.executable).parent.parent
SERVICES = ("audio-nlp-worker@.service", "audio-nlp-ingress.service", "audio-nlp-cleanup.service")
LONG_RUNNING = ("audio-nlp-worker@.service", "audio-nlp-ingress.service")
# What systemd gives every service before Environment= and EnvironmentFile=.
BASE_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
NO_SYSTEMD_ANALYZE = (
    "systemd-analyze is missing: apt-get update && apt-get install -y systemd "
    "(make system-deps installs it)"
)
HARDENING = {
    "NoNewPrivileges": "yes",
    "ProtectSystem": "strict",
    "ProtectHome": "yes",
    "PrivateTmp": "yes",
    "PrivateDevices": "yes",
    "ProtectKernelTunables": "yes",
    "ProtectKernelModules": "yes",
    "ProtectControlGroups": "yes",
    "RestrictNamespaces": "yes",
    "RestrictSUIDSGID": "yes",
    "LockPersonality": "yes",
    "SystemCallArchitectures": "native",
}


# --------------------------------------------------------------------------------------
# Rendering and reading units
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rendered:
    units: Path
    env_file: Path


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    base = tmp_path_factory.mktemp("systemd")
    env_file = base / "audio-nlp.env"
    env_file.write_text("# filled per test\n")
    out = base / "units"
    result = subprocess.run(
        [
            "make",
            "-s",
            "systemd-units",
            f"PREFIX={PREFIX}",
            f"ENV_FILE={env_file}",
            f"UNITS_OUT={out}",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    sources = sorted(path.name for path in UNITS.iterdir() if path.suffix != ".md")
    assert sorted(path.name for path in out.iterdir()) == sources
    return Rendered(out, env_file)


Unit = dict[str, dict[str, list[str]]]


def read_unit(path: Path) -> Unit:
    """Sections → key → values in order; an empty assignment resets the list, as in systemd."""
    sections: Unit = {}
    current: dict[str, list[str]] | None = None
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        assert current is not None, f"{path.name}: {line!r} outside a section"
        key, _, value = line.partition("=")
        values = current.setdefault(key.strip(), [])
        if not value.strip():
            values.clear()
        values.append(value.strip())
    return sections


def one(unit: Unit, section: str, key: str) -> str:
    values = unit[section].get(key, [])
    assert len(values) == 1, f"[{section}] {key}= should be set once, found {values}"
    return values[0]


def seconds(value: str) -> float:
    """A systemd time span such as 90s, 5min or 1h 30min."""
    factors = {"": 1, "s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "ms": 0.001}
    total = 0.0
    for number, unit in re.findall(r"(\d+(?:\.\d+)?)\s*([a-z]*)", value):
        total += float(number) * factors[unit]
    return total


def expand_specifiers(text: str, specifiers: dict[str, str]) -> str:
    def one_specifier(match: re.Match[str]) -> str:
        letter = match[1]
        if letter == "%":
            return "%"
        assert letter in specifiers, f"specifier %{letter} in {text!r} not handled by this test"
        return specifiers[letter]

    return re.sub(r"%(.)", one_specifier, text)


def read_environment_file(path: Path) -> dict[str, str]:
    """KEY=VALUE lines, # comments, optional quotes: the part of systemd's format we use."""
    values = {}
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        key, _, value = line.partition("=")
        values[key.strip()] = " ".join(shlex.split(value))
    return values


@dataclass(frozen=True)
class Command:
    argv: list[str]
    env: dict[str, str]
    cwd: Path


def command_of(unit: Unit, specifiers: dict[str, str], notify_socket: Path) -> Command:
    """What systemd would exec for this unit: ExecStart= with its environment."""
    service = unit["Service"]
    env = {"PATH": BASE_PATH, "LANG": "C.UTF-8"}
    for line in service.get("Environment", []):
        for assignment in shlex.split(expand_specifiers(line, specifiers)):
            key, _, value = assignment.partition("=")
            env[key] = value
    # EnvironmentFile= comes after Environment= and wins over it.
    for line in service.get("EnvironmentFile", []):
        env.update(read_environment_file(Path(line.removeprefix("-"))))
    env["NOTIFY_SOCKET"] = str(notify_socket)

    def expand_variables(word: str) -> str:
        return re.sub(r"\$\{(\w+)\}", lambda match: env[match[1]], word)

    (exec_start,) = service["ExecStart"]
    argv = [
        expand_variables(word) for word in shlex.split(expand_specifiers(exec_start, specifiers))
    ]
    cwd = Path(expand_specifiers(one(unit, "Service", "WorkingDirectory"), specifiers))
    return Command(argv, env, cwd)


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(NO_SYSTEMD_ANALYZE, pytrace=False)
    return found


# --------------------------------------------------------------------------------------
# systemd's own checks
# --------------------------------------------------------------------------------------


def test_every_unit_verifies(rendered: Rendered) -> None:
    analyze = tool("systemd-analyze")
    for path in sorted(rendered.units.iterdir()):
        result = subprocess.run(
            [analyze, "verify", str(path)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            cwd=rendered.units,
        )
        # verify exits 0 on unknown keys and bad values: any message at all is a failure.
        assert result.returncode == 0 and not result.stderr.strip(), (
            f"{path.name}:\n{result.stdout}{result.stderr}"
        )


def test_verify_catches_a_missing_binary(rendered: Rendered, tmp_path: Path) -> None:
    """The check above means something: a wrong install path fails it."""
    broken = tmp_path / "audio-nlp-worker@.service"
    text = (rendered.units / broken.name).read_text()
    broken.write_text(text.replace(str(PREFIX), str(tmp_path / "nowhere")))
    result = subprocess.run(
        [tool("systemd-analyze"), "verify", str(broken)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    assert "nowhere/bin/audio-nlp" in result.stderr


@pytest.mark.parametrize("name", SERVICES)
def test_security_exposure_is_low(rendered: Rendered, name: str) -> None:
    result = subprocess.run(
        [tool("systemd-analyze"), "security", "--offline=yes", "--no-pager", name],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=rendered.units,
    )
    found = re.search(r"Overall exposure level for \S+: (\d+\.\d+)", result.stdout)
    assert found, result.stdout + result.stderr
    # systemd's scale: below 2 is "OK", 10 is an unconfined root service.
    assert float(found[1]) < 2.0, result.stdout


def test_cleanup_timer_is_nightly(rendered: Rendered) -> None:
    timer = read_unit(rendered.units / "audio-nlp-cleanup.timer")
    calendar = one(timer, "Timer", "OnCalendar")
    result = subprocess.run(
        [tool("systemd-analyze"), "calendar", "--iterations=3", calendar],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={**os.environ, "TZ": "UTC", "LC_ALL": "C"},
    )
    elapses = re.findall(r"(?:Next elapse|Iter\. #\d): \w+ (\S+ \S+)", result.stdout)
    assert len(elapses) == 3, result.stdout
    times = [datetime.fromisoformat(elapse) for elapse in elapses]
    assert {(b - a).total_seconds() for a, b in itertools.pairwise(times)} == {86400.0}
    assert all(0 <= when.hour < 6 for when in times), "not at night"
    assert one(timer, "Timer", "Persistent") == "true"
    assert one(timer, "Timer", "Unit") == "audio-nlp-cleanup.service"


# --------------------------------------------------------------------------------------
# The contract, read from the rendered units
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", SERVICES)
def test_services_are_unprivileged_and_hardened(rendered: Rendered, name: str) -> None:
    unit = read_unit(rendered.units / name)
    service = unit["Service"]
    user = one(unit, "Service", "User")
    assert user not in ("root", "0")
    assert one(unit, "Service", "DynamicUser") == "yes"
    for key, expected in HARDENING.items():
        assert one(unit, "Service", key) == expected, f"{name}: {key}"
    assert service["CapabilityBoundingSet"] == [""], "capabilities must be dropped"
    assert "@system-service" in service["SystemCallFilter"]
    families = set(one(unit, "Service", "RestrictAddressFamilies").split())
    assert families <= {"AF_UNIX", "AF_INET", "AF_INET6"}
    assert one(unit, "Service", "EnvironmentFile") == str(rendered.env_file)
    assert one(unit, "Service", "ExecStart").startswith(f"{PREFIX}/bin/audio-nlp ")
    assert one(unit, "Service", "SyslogIdentifier").startswith("audio-nlp-")
    assert one(unit, "Service", "KillMode") == "mixed"


@pytest.mark.parametrize("name", LONG_RUNNING)
def test_long_running_services_restart_and_notify(rendered: Rendered, name: str) -> None:
    unit = read_unit(rendered.units / name)
    assert one(unit, "Service", "Type") == "notify"
    assert one(unit, "Service", "NotifyAccess") == "main"
    assert one(unit, "Service", "Restart") == "on-failure"
    burst = int(one(unit, "Unit", "StartLimitBurst"))
    interval = seconds(one(unit, "Unit", "StartLimitIntervalSec"))
    assert 1 < burst <= 10 and interval >= 60
    # A start that waits for the broker must not count as a quick crash: the burst limit
    # is reached only by processes dying faster than the start timeout allows.
    assert seconds(one(unit, "Service", "TimeoutStartSec")) * burst > interval
    assert one(unit, "Install", "WantedBy") == "audio-nlp.target"
    assert one(unit, "Unit", "PartOf") == "audio-nlp.target"


def test_worker_outlives_its_drain(rendered: Rendered) -> None:
    unit = read_unit(rendered.units / "audio-nlp-worker@.service")
    grace = Settings.model_fields["shutdown_grace_seconds"].default
    assert grace == 60.0
    assert seconds(one(unit, "Service", "TimeoutStopSec")) > grace
    # A missing setting exits 2 at start: restarting would only loop.
    assert "2" in one(unit, "Service", "RestartPreventExitStatus").split()


@pytest.mark.parametrize("name", ("audio-nlp-worker@.service", "audio-nlp-cleanup.service"))
def test_files_live_in_the_state_and_cache_directories(rendered: Rendered, name: str) -> None:
    unit = read_unit(rendered.units / name)
    state = one(unit, "Service", "StateDirectory")
    cache = one(unit, "Service", "CacheDirectory")
    env = dict(
        assignment.partition("=")[::2]
        for line in unit["Service"]["Environment"]
        for assignment in shlex.split(line)
    )
    assert env["DATA_DIR"] == f"%S/{state}"
    # The Whisper model is joined under XDG_CACHE_HOME (stages/transcribe/whisper_model.py).
    assert env["XDG_CACHE_HOME"] == f"%C/{cache}"
    assert one(unit, "Service", "WorkingDirectory") == f"%S/{state}"


def test_target_starts_everything(rendered: Rendered) -> None:
    target = read_unit(rendered.units / "audio-nlp.target")
    wanted = {name for line in target["Unit"]["Wants"] for name in line.split()}
    expected = {f"audio-nlp-worker@{stage}.service" for stage in STAGES}
    expected |= {"audio-nlp-ingress.service", "audio-nlp-cleanup.timer"}
    assert wanted == expected
    assert one(target, "Install", "WantedBy") == "multi-user.target"


# --------------------------------------------------------------------------------------
# Instance names and sd_notify
# --------------------------------------------------------------------------------------


def test_instance_names_give_stage_and_port() -> None:
    assert parse_instance("trim", 9100) == parse_instance("trim-1", 9100)
    first = {stage: parse_instance(stage, 9100).metrics_port for stage in STAGES}
    assert first == {"download": 9100, "trim": 9110, "transcribe": 9120, "extract": 9130,
                     "deliver": 9140}  # fmt: skip
    second = parse_instance("transcribe-2", 9100)
    assert (second.stage, second.replica, second.metrics_port) == ("transcribe", 2, 9121)
    ports = {
        parse_instance(f"{stage}-{n}", 9100).metrics_port
        for stage in STAGES
        for n in range(1, MAX_REPLICAS + 1)
    }
    assert len(ports) == len(STAGES) * MAX_REPLICAS, "two instances share a port"
    assert parse_instance("deliver-3", 0).metrics_port == 0
    for bad in ("", "trims", "trim-0", f"trim-{MAX_REPLICAS + 1}", "trim-x", "Trim", "trim-2-3"):
        with pytest.raises(ValueError, match="worker instance"):
            parse_instance(bad, 9100)


@pytest.fixture
def notify_socket(tmp_path: Path) -> Iterator[tuple[socket.socket, Path]]:
    path = tmp_path / "notify.sock"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    # As systemd does: the kernel then tells the receiver which process sent each datagram.
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
    sock.setblocking(False)
    with sock:
        yield sock, path


def received(sock: socket.socket) -> list[tuple[str, int]]:
    """Every datagram waiting on the socket, with the sender's pid."""
    messages: list[tuple[str, int]] = []
    ucred = struct.calcsize("3i")
    while True:
        try:
            data, ancillary, _, _ = sock.recvmsg(4096, socket.CMSG_SPACE(ucred))
        except BlockingIOError:
            return messages
        pid = -1
        for level, kind, payload in ancillary:
            if level == socket.SOL_SOCKET and kind == socket.SCM_CREDENTIALS:
                pid = array.array("i", payload[:ucred])[0]
        messages.append((data.decode(), pid))


def test_sdnotify_sends_to_the_socket(
    notify_socket: tuple[socket.socket, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    sock, path = notify_socket
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    assert notify("READY=1") is False  # not under systemd: nothing to do
    assert received(sock) == []
    monkeypatch.setenv("NOTIFY_SOCKET", str(path))
    assert notify("READY=1") is True
    assert received(sock) == [("READY=1", os.getpid())]


def test_sdnotify_abstract_socket_and_failure(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    name = f"audio-nlp-test-{os.getpid()}-{id(tmp_path)}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind("\0" + name)
        monkeypatch.setenv("NOTIFY_SOCKET", "@" + name)
        assert notify("STATUS=draining") is True
        assert sock.recv(100) == b"STATUS=draining"
    monkeypatch.setenv("NOTIFY_SOCKET", str(tmp_path / "nobody-listens.sock"))
    assert notify("READY=1") is False
    assert "could not notify systemd" in caplog.text


# --------------------------------------------------------------------------------------
# Running what the units run
# --------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Started:
    process: asyncio.subprocess.Process
    log: Path


async def start(command: Command, log: Path) -> Started:
    command.cwd.mkdir(parents=True, exist_ok=True)  # systemd creates StateDirectory=
    with log.open("wb") as stderr:
        process = await asyncio.create_subprocess_exec(
            *command.argv,
            env=command.env,
            cwd=command.cwd,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=stderr,
            stderr=stderr,
        )
    return Started(process, log)


async def wait_ready(started: Started, sock: socket.socket, timeout: float) -> list[str]:
    """READY=1 from the main process itself (NotifyAccess=main), before any exit."""
    seen: list[tuple[str, int]] = []

    def ready() -> bool:
        assert started.process.returncode is None, (
            f"exited {started.process.returncode} before READY=1:\n{started.log.read_text()}"
        )
        seen.extend(received(sock))
        return any("READY=1" in text.splitlines() for text, _ in seen)

    await wait_until_async(ready, timeout=timeout, message="READY=1 on NOTIFY_SOCKET")
    senders = {pid for text, pid in seen}
    assert senders == {started.process.pid}, "sd_notify must come from the main process"
    return [text for text, _ in seen]


async def stop(started: Started, timeout: float) -> int:
    started.process.send_signal(signal.SIGTERM)
    try:
        return await asyncio.wait_for(started.process.wait(), timeout)
    except TimeoutError:
        started.process.kill()
        await started.process.wait()
        raise AssertionError(f"still running {timeout:g}s after SIGTERM") from None


@pytest.mark.broker
async def test_worker_template_runs_as_the_unit_says(
    rendered: Rendered,
    broker_url: str,
    topology: Topology,
    notify_socket: tuple[socket.socket, Path],
    tmp_path: Path,
) -> None:
    sock, socket_path = notify_socket
    # deliver-2: the second deliver worker of the machine, on base + 10 × 4 + 1.
    port = free_port()
    base = port - MAX_REPLICAS * STAGES.index("deliver") - 1
    # The original service's .env, lower-case php_api_url included: the deliver stage
    # refuses to start without a backend URL, so this also checks that spelling arrives.
    rendered.env_file.write_text(
        "# audio-nlp-api's .env\n"
        f"RABBITMQ_URL={broker_url}\n"
        f"QUEUE_PREFIX={topology.prefix}\n"
        "php_api_url=http://127.0.0.1:9/fiche_ai_data_post.php\n"
        f"METRICS_PORT={base}\n"
    )
    unit = read_unit(rendered.units / "audio-nlp-worker@.service")
    state, cache = tmp_path / "state", tmp_path / "cache"
    command = command_of(unit, {"i": "deliver-2", "S": str(state), "C": str(cache)}, socket_path)
    assert command.env["DATA_DIR"] == str(state / "audio-nlp")
    assert "php_api_url" in command.env and "PHP_API_URL" not in command.env

    started = await start(command, tmp_path / "worker.log")
    try:
        timeout = min(seconds(one(unit, "Service", "TimeoutStartSec")), 60.0)
        await wait_ready(started, sock, timeout)
        # READY=1 means consuming: the broker already counts this worker on its queue.
        connection = await aio_pika.connect(broker_url)
        async with connection:
            channel = await connection.channel()
            queue = await channel.declare_queue(topology.work("deliver"), passive=True)
            assert queue.declaration_result.consumer_count == 1
        async with httpx.AsyncClient(timeout=5.0) as client:
            health = await client.get(f"http://127.0.0.1:{port}/healthz")
        assert health.status_code == 200, health.text
    finally:
        code = await stop(started, seconds(one(unit, "Service", "TimeoutStopSec")))
    log = started.log.read_text()
    assert code == 0, log
    assert f"stage deliver, metrics port {port}" in log
    assert "deliver worker stopped" in log


@pytest.mark.broker
async def test_ingress_unit_runs_as_the_unit_says(
    rendered: Rendered,
    broker_url: str,
    topology: Topology,
    notify_socket: tuple[socket.socket, Path],
    tmp_path: Path,
) -> None:
    sock, socket_path = notify_socket
    port = free_port()
    # INGRESS_PORT in the .env overrides the unit's 8000.
    rendered.env_file.write_text(
        f"RABBITMQ_URL={broker_url}\nQUEUE_PREFIX={topology.prefix}\nINGRESS_PORT={port}\n"
    )
    unit = read_unit(rendered.units / "audio-nlp-ingress.service")
    defaults = dict(a.partition("=")[::2] for a in shlex.split(unit["Service"]["Environment"][0]))
    assert defaults["INGRESS_PORT"] == "8000"  # the original service's port
    command = command_of(unit, {}, socket_path)
    assert command.argv[-2:] == ["--port", str(port)]

    started = await start(command, tmp_path / "ingress.log")
    try:
        await wait_ready(started, sock, 60.0)
        async with httpx.AsyncClient(timeout=5.0) as client:
            health = await client.get(f"http://127.0.0.1:{port}/health")
        assert health.status_code == 200
        assert health.json()["broker"] == "connected"
    finally:
        code = await stop(started, seconds(one(unit, "Service", "TimeoutStopSec")))
    # Uvicorn shuts down, then re-raises the SIGTERM it caught; systemd counts death by
    # SIGTERM as a clean stop, like exit 0 (SuccessExitStatus= needs nothing for it).
    assert code in (0, -signal.SIGTERM), started.log.read_text()
