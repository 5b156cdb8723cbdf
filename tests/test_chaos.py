"""Chaos: 300 jobs through the whole stack while everything that can fail, fails.

On a private RabbitMQ node (the machine's broker is never touched): the five stages as
processes (two replicas of trim and of deliver), the provider emulators failing 10 % of
calls and hanging 2 % past the client timeout, the receiver answering 500 to 5 % of
POSTs, a random worker SIGKILLed and restarted every few seconds, and the broker itself
restarted once mid-run. Six jobs point at audio that is missing (404, a permanent error)
until the test "fixes" the audio host and replays the dead-letter queue.

At the end, judged from what the receiver recorded (one JSON line per POST: headers and
body): every job delivered at least once, none lost, every POST of a job carries the same
Idempotency-Key and the same body (so the backend, overwriting the fiche, ends with one
effective delivery per job), and the figures printed (run with -s) and written to
``chaos-figures.json`` in the test's workdir.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from devkit.stack import LocalStack, local_stack, serve_directory
from tests.audio import synth_call
from tests.rabbit_node import RabbitNode, private_rabbit
from tests.waiting import wait_until

# Minutes on a busy two-core machine; the deadline below fails it with its logs first.
pytestmark = [pytest.mark.broker, pytest.mark.slow, pytest.mark.chaos, pytest.mark.timeout(900)]

JOBS = 300
BROKEN_EVERY = 50  # one job in 50 points at missing audio: 6 permanent failures
KILL_EVERY_SECONDS = (3.0, 6.0)
BROKER_RESTART_AFTER_SECONDS = 20.0
SUBMIT_PAUSE_SECONDS = 0.12
RUN_DEADLINE_SECONDS = 600.0
CLIENT_TIMEOUT_SECONDS = 3.0

CALLS = {
    "call.wav": [
        ("Agent", "Bonjour, je suis bien chez monsieur Martin ?"),
        ("Client", "Oui. Je suis propriétaire de ma maison à Nantes."),
        ("Agent", "Très bien, merci pour votre temps."),
    ],
    "call.mp3": [
        ("Agent", "Bonjour madame, vous êtes locataire ou propriétaire ?"),
        ("Client", "Propriétaire, chauffage au gaz."),
    ],
}


@dataclass
class Figures:
    jobs: int = JOBS
    permanent_failures: int = 0
    deliveries: int = 0
    repeats: int = 0
    unique_delivered: int = 0
    lost: int = 0
    retries: int = 0
    kills: int = 0
    worker_crashes: int = 0
    broker_restarts: int = 0
    broker_downtime_seconds: float = 0.0
    ingress_503: int = 0
    dead_letters_before_replay: dict[str, int] = field(default_factory=dict)
    replayed: int = 0
    wall_seconds: float = 0.0


@pytest.fixture(scope="module")
def node(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RabbitNode]:
    with private_rabbit(tmp_path_factory.mktemp("chaos-rabbit")) as running:
        yield running


@pytest.fixture(scope="module")
def audio_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("chaos-audio")
    for seed, (name, call) in enumerate(CALLS.items(), start=1):
        fmt = "mp3" if name.endswith(".mp3") else "wav"
        synth_call(call, folder / name, pauses=[1.5] * (len(call) - 1), seed=seed, fmt=fmt)
    (folder / "late").mkdir()
    return folder


class Submitter(threading.Thread):
    """POSTs every job, pacing them; a 503 (broker down) is retried, as the contract says.

    Each job carries its own job_id, so a resubmission after an ambiguous failure is the
    same job, never a second one.
    """

    def __init__(self, ingress: str, jobs: list[tuple[str, int, str]]) -> None:
        super().__init__(daemon=True)
        self.ingress = ingress
        self.jobs = jobs
        self.unavailable = 0
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            with httpx.Client(timeout=10) as client:
                for job_id, fiche_id, url in self.jobs:
                    self._submit(client, job_id, fiche_id, url)
                    time.sleep(SUBMIT_PAUSE_SECONDS)
        except BaseException as error:  # reported to the test thread
            self.error = error

    def _submit(self, client: httpx.Client, job_id: str, fiche_id: int, url: str) -> None:
        body = {"fiche_id": fiche_id, "audio_url": url, "job_id": job_id}

        def accepted() -> bool:
            try:
                response = client.post(f"{self.ingress}/process", json=body)
            except httpx.TransportError:
                self.unavailable += 1
                return False
            if response.status_code == 200:
                return True
            assert response.status_code == 503, response.text
            self.unavailable += 1
            return False

        wait_until(
            accepted, timeout=120, message=f"the ingress to accept job {job_id}", interval=0.5
        )


def _plan(audio_host: str) -> tuple[list[tuple[str, int, str]], dict[str, str]]:
    """Every job (job_id, fiche_id, url) and, for the broken ones, their missing file."""
    jobs, broken = [], {}
    names = list(CALLS)
    for index in range(JOBS):
        job_id, fiche_id = str(uuid.uuid4()), 500_000 + index
        if index % BROKEN_EVERY == BROKEN_EVERY - 1:
            name = f"late/fiche-{fiche_id}.wav"
            broken[job_id] = name
        else:
            name = names[index % len(names)]
        jobs.append((job_id, fiche_id, f"{audio_host}/{name}"))
    return jobs, broken


def _by_key(records: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The receiver's recorded POSTs grouped by their Idempotency-Key header."""
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        grouped[str(record["headers"].get("idempotency-key"))].append(record)
    return dict(grouped)


def _delivered(stack: LocalStack) -> set[str]:
    return set(_by_key(stack.deliveries()))


def _workers(stack: LocalStack) -> list[str]:
    return [name for name in stack.processes if name.startswith("worker-")]


def _restart_crashed(stack: LocalStack, figures: Figures) -> None:
    """What an orchestrator does: a worker that exited by itself is started again."""
    for name in _workers(stack):
        if stack.processes[name].popen.poll() is not None:
            figures.worker_crashes += 1
            stack.restart(name)


class Chaos:
    """Kills a random worker every few seconds and restarts the broker once, one tick at a time."""

    def __init__(self, stack: LocalStack, node: RabbitNode, figures: Figures) -> None:
        self.stack, self.node, self.figures = stack, node, figures
        self.rng = random.Random(7)
        self.started = time.monotonic()
        self.next_kill = self.started + self.rng.uniform(*KILL_EVERY_SECONDS)
        self.broker_thread: threading.Thread | None = None

    def tick(self) -> None:
        now = time.monotonic()
        if self.broker_thread is None and now - self.started > BROKER_RESTART_AFTER_SECONDS:
            self.broker_thread = threading.Thread(target=self._restart_broker, daemon=True)
            self.broker_thread.start()
        if now >= self.next_kill:
            self.stack.restart(self.rng.choice(_workers(self.stack)))
            self.figures.kills += 1
            self.next_kill = now + self.rng.uniform(*KILL_EVERY_SECONDS)
        _restart_crashed(self.stack, self.figures)
        for name in ("ingress", "emulators"):
            process = self.stack.processes[name]
            assert process.popen.poll() is None, f"{name} died:\n{process.log()[-2000:]}"

    def settle(self) -> None:
        if self.broker_thread is not None:
            self.broker_thread.join(120)

    def _restart_broker(self) -> None:
        self.figures.broker_downtime_seconds = round(self.node.restart(), 1)
        self.figures.broker_restarts += 1


def _dlq(stack: LocalStack, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "consumers.cli", "dlq", *args],
        env={
            "RABBITMQ_URL": stack.env["RABBITMQ_URL"],
            "QUEUE_PREFIX": stack.env["QUEUE_PREFIX"],
            "PATH": "/usr/bin:/bin",
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


def _dead_letters(stack: LocalStack) -> list[dict[str, object]]:
    listed: list[dict[str, object]] = json.loads(_dlq(stack, "--json", "list").stdout)
    return listed


def _count_retries(workdir: Path) -> int:
    return sum(
        log.read_text(errors="replace").count(", retry in ") for log in workdir.glob("worker-*.log")
    )


def test_three_hundred_jobs_survive_kills_faults_and_a_broker_restart(
    node: RabbitNode, audio_dir: Path, tmp_path: Path
) -> None:
    figures = Figures()
    started = time.monotonic()
    with (
        serve_directory(audio_dir) as audio_host,
        local_stack(
            tmp_path / "stack",
            rabbitmq_url=node.url,
            queue_prefix="chaos",
            replicas={"trim": 2, "deliver": 2},
            extra_env={
                "RETRY_DELAYS": "0.5,1,2,4",
                "MAX_ATTEMPTS": "10",
                "ASSEMBLYAI_TIMEOUT_SECONDS": str(CLIENT_TIMEOUT_SECONDS),
                "OPENAI_TIMEOUT_SECONDS": str(CLIENT_TIMEOUT_SECONDS),
                "DELIVER_TIMEOUT_SECONDS": str(CLIENT_TIMEOUT_SECONDS),
                "SHUTDOWN_GRACE_SECONDS": "5",
            },
            emulator_args=[
                "--failure-rate",
                "0.10",
                "--timeout-rate",
                "0.02",
                "--hang-seconds",
                str(CLIENT_TIMEOUT_SECONDS * 2),
                "--receiver-failure-rate",
                "0.05",
            ],
        ) as stack,
    ):
        jobs, broken = _plan(audio_host)
        figures.permanent_failures = len(broken)
        expected = {job_id for job_id, _, _ in jobs}
        healthy = expected - set(broken)

        submitter = Submitter(stack.ingress_url, jobs)
        chaos = Chaos(stack, node, figures)

        def healthy_delivered_under_chaos() -> bool:
            assert submitter.error is None, submitter.error
            chaos.tick()
            return not submitter.is_alive() and healthy <= _delivered(stack)

        submitter.start()
        try:
            wait_until(
                healthy_delivered_under_chaos,
                timeout=RUN_DEADLINE_SECONDS,
                message=f"every healthy job delivered under chaos; logs in {stack.workdir}",
                interval=0.2,
            )
        finally:
            chaos.settle()
        submitter.join(30)
        assert submitter.error is None, submitter.error
        figures.ingress_503 = submitter.unavailable
        assert figures.broker_restarts == 1, "the broker restart never happened"

        # The broken jobs wait in the download dead-letter queue, each with its reason.
        def all_broken_dead() -> bool:
            counts = {str(s["stage"]): int(s["count"]) for s in _dead_letters(stack)}  # type: ignore[call-overload]
            return bool(counts["download"] >= len(broken))

        wait_until(all_broken_dead, timeout=60, message="the broken jobs in the DLQ", interval=0.5)
        summary = _dead_letters(stack)
        figures.dead_letters_before_replay = {str(s["stage"]): int(s["count"]) for s in summary}  # type: ignore[call-overload]
        for job_id in broken:
            shown = json.loads(_dlq(stack, "--json", "show", job_id).stdout)
            assert [letter["stage"] for letter in shown] == ["download"]
            assert shown[0]["error_class"] == "permanent"
            assert "404" in shown[0]["error"], shown[0]["error"]
        assert not set(broken) & _delivered(stack), "a broken job was delivered"

        # Remove the fault, then replay: the broken jobs go through.
        for name in broken.values():
            shutil.copy(audio_dir / "call.wav", audio_dir / name)
        replay = json.loads(_dlq(stack, "--json", "replay", "--stage", "download").stdout)
        figures.replayed = len(replay["replayed"])
        wait_until(
            lambda: expected <= _delivered(stack),
            timeout=120,
            message=f"the replayed jobs to be delivered; logs in {stack.workdir}",
            interval=0.5,
        )
        records = stack.deliveries()
        remaining = {str(s["stage"]): int(s["count"]) for s in _dead_letters(stack)}  # type: ignore[call-overload]

    by_key = _by_key(records)
    fiche_of = {job_id: fiche_id for job_id, fiche_id, _ in jobs}
    figures.deliveries = len(records)
    figures.repeats = len(records) - len(by_key)
    figures.unique_delivered = len(set(by_key) & expected)
    figures.lost = len(expected - set(by_key))
    figures.retries = _count_retries(tmp_path / "stack")
    figures.wall_seconds = round(time.monotonic() - started, 1)
    report = json.dumps(asdict(figures), indent=2)
    (tmp_path / "chaos-figures.json").write_text(report)
    print(f"\nchaos figures:\n{report}")

    assert figures.lost == 0
    assert set(by_key) == expected, "a delivery carried no or an unknown Idempotency-Key"
    for key, posts in by_key.items():
        # Each POST of a job is the job's own delivery, to its own fiche...
        assert all(post["body"]["job_id"] == key for post in posts), posts
        assert {post["query"].get("fiche_id") for post in posts} == {str(fiche_of[key])}
        # ...and a repeat says exactly what the first said: overwriting changes nothing.
        assert all(post["body"] == posts[0]["body"] for post in posts), f"{key}: {posts}"
    assert figures.replayed == len(broken)
    assert figures.dead_letters_before_replay["download"] == len(broken)
    assert sum(remaining.values()) == 0, remaining
    # Enough kills that several land mid-work whatever the run's speed (about 60 s when quiet).
    assert figures.kills >= 5 and figures.retries > 0
