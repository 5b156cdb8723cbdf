"""The pipeline over S3 storage: every worker its own process with a private DATA_DIR.

The store is a real S3-compatible server (moto's server mode) on loopback, reached
through an endpoint process the test kills for 20 s mid-run. As root, each worker runs
in its own mount namespace with a private tmpfs on its DATA_DIR: what one stage writes
there no other process (the test included) can see, so the stages can only hand audio
on through the bucket. Half the jobs come through ``POST /process``, half from the PHP
publisher example.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from uuid import uuid4

import httpx
import pytest

from consumers.cleanup import cleanup_storage_url
from consumers.stage_table import STAGES
from devkit.stack import (
    LocalStack,
    ManagedProcess,
    free_port,
    serve_directory,
    spawn,
    stack_env,
    start_emulators,
    wait_until_answers,
)
from messages import PHP_KEYS
from tests.audio import synth_call
from tests.s3_server import S3Endpoint, S3Server, moto_server
from tests.test_end_to_end import CALL, metric_total, submit_both_ways
from tests.waiting import wait_until

pytestmark = [pytest.mark.broker, pytest.mark.slow]

JOBS = 50
OUTAGE_SECONDS = 20.0
BUCKET = "calls"
PRIVATE_MOUNTS = os.geteuid() == 0 and shutil.which("unshare") is not None


@pytest.fixture(scope="module")
def audio_host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("audio")
    synth_call(CALL, folder / "call.wav", pauses=[1.5, 2.0], seed=1)
    synth_call(CALL, folder / "call.mp3", pauses=[0.3, 2.5], seed=2, fmt="mp3")
    # A WAV header over noise: downloaded and stored, then refused by the trim stage.
    (folder / "broken.wav").write_bytes(b"RIFF\x24\x00\x00\x00WAVEjunk" + os.urandom(4000))
    with serve_directory(folder) as url:
        yield url


def _worker(workdir: Path, env: dict[str, str], stage: str) -> tuple[ManagedProcess, str, Path]:
    """One stage worker with its own DATA_DIR (a private tmpfs in its own mount namespace)."""
    data_dir = workdir / f"data-{stage}"
    data_dir.mkdir()
    port = free_port()
    args = ["worker", stage, "--metrics-port", str(port)]
    own = {**env, "DATA_DIR": str(data_dir)}
    if not PRIVATE_MOUNTS:
        process = spawn(f"worker-{stage}", args, env=own, log_dir=workdir)
    else:
        script = 'mount -t tmpfs -o size=256m tmpfs "$DATA_DIR" && exec "$@"'
        command = ["unshare", "-m", "--propagation", "private", "sh", "-c", script, "sh"]
        log_path = workdir / f"worker-{stage}.log"
        with log_path.open("ab") as log:
            popen = subprocess.Popen(
                [*command, sys.executable, "-m", "consumers.cli", *args],
                env={**os.environ, "PYTHONUNBUFFERED": "1", **own},
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        process = ManagedProcess(f"worker-{stage}", popen, log_path, args)
    url = f"http://127.0.0.1:{port}"
    wait_until_answers(f"{url}/healthz", process=process.popen)
    return process, f"{url}/metrics", data_dir


class S3Stack:
    def __init__(
        self, stack: LocalStack, s3: S3Server, endpoint: S3Endpoint, dirs: dict[str, Path]
    ):
        self.stack, self.s3, self.endpoint, self.data_dirs = stack, s3, endpoint, dirs

    def scrape(self, stage: str) -> str:
        return "\n".join(httpx.get(url).text for url in self.stack.metrics_urls[stage])

    def private_files(self, stage: str) -> list[str]:
        """What the worker of ``stage`` sees under its own DATA_DIR (from inside its namespace)."""
        process = self.stack.processes[f"worker-{stage}"]
        folder = self.data_dirs[stage]
        if not PRIVATE_MOUNTS:
            return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
        inner = _python_pid(process.popen.pid)
        listing = subprocess.run(
            ["nsenter", "-t", str(inner), "-m", "find", str(folder), "-type", "f"],
            capture_output=True,
            text=True,
            check=True,
        )
        return sorted(line for line in listing.stdout.splitlines() if line)


def _python_pid(pid: int) -> int:
    """``exec`` keeps the pid: the shell became the worker."""
    return pid


@pytest.fixture(scope="module")
def s3_stack(broker_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[S3Stack]:
    workdir = tmp_path_factory.mktemp("s3stack")
    with moto_server(workdir) as s3, S3Endpoint(int(s3.url.rsplit(":", 1)[1]), workdir) as endpoint:
        s3.create_bucket(BUCKET)
        ports = {name: free_port() for name in ("assemblyai", "openai", "receiver", "ingress")}
        prefix = f"s3e2e-{uuid4().hex[:8]}"
        env = stack_env(workdir=workdir, rabbitmq_url=broker_url, queue_prefix=prefix, ports=ports)
        env.update(s3.env(endpoint.url))
        env.update(
            {
                "STORAGE_URL": f"s3://{BUCKET}/jobs",
                "RETRY_DELAYS": "1,3,6,10",
                "MAX_ATTEMPTS": "9",
                "EXTRACTOR": "rules",
            }
        )
        stack = LocalStack(workdir, env, receiver_jsonl=workdir / "receiver.jsonl")
        dirs: dict[str, Path] = {}
        try:
            stack.processes["emulators"] = start_emulators(
                ports, stack.receiver_jsonl, env=env, log_dir=workdir
            )
            for stage in STAGES:
                process, metrics_url, dirs[stage] = _worker(workdir, env, stage)
                stack.processes[process.name] = process
                stack.metrics_urls[stage] = [metrics_url]
            ingress = spawn(
                "ingress",
                ["ingress", "--host", "127.0.0.1", "--port", str(ports["ingress"])],
                env={**env, "DATA_DIR": str(workdir / "data-ingress")},
                log_dir=workdir,
            )
            stack.processes["ingress"] = ingress
            stack.ingress_url = f"http://127.0.0.1:{ports['ingress']}"
            wait_until(
                lambda: _broker_connected(stack.ingress_url),
                timeout=60,
                message="the ingress connected to the broker",
            )
            yield S3Stack(stack, s3, endpoint, dirs)
        finally:
            for process in reversed(list(stack.processes.values())):
                process.stop()


def _total(text: str, name: str) -> float:
    """A metric's samples summed, with or without labels."""
    unlabelled = [line for line in text.splitlines() if line.startswith(name + " ")]
    return metric_total(text, name) + sum(float(line.split()[-1]) for line in unlabelled)


def _broker_connected(url: str) -> bool:
    try:
        return httpx.get(f"{url}/health", timeout=2).json().get("broker") == "connected"
    except httpx.HTTPError:
        return False


def test_fifty_jobs_over_s3_survive_a_20_s_outage_and_leave_nothing(
    s3_stack: S3Stack, audio_host: str
) -> None:
    stack, s3 = s3_stack.stack, s3_stack.s3
    started = time.monotonic()
    fiche_ids = list(range(300_000, 300_000 + JOBS))
    http_half, php_half = fiche_ids[: JOBS // 2], fiche_ids[JOBS // 2 :]
    job_ids = submit_both_ways(stack, http_half, php_half, audio_host)

    # The store goes away while jobs are between stages.
    wait_until(lambda: s3.keys(BUCKET), timeout=60, message="a first object in the bucket")
    s3_stack.endpoint.kill()
    killed_at = len(stack.deliveries())
    outage_end = time.monotonic() + OUTAGE_SECONDS
    retries = wait_until(
        lambda: sum(
            metric_total(s3_stack.scrape(stage), "audio_nlp_retries_total") for stage in STAGES
        ),
        timeout=OUTAGE_SECONDS,
        message="a retry scheduled for an S3 failure",
    )
    time.sleep(max(0.0, outage_end - time.monotonic()))  # the outage lasts its 20 s
    s3_stack.endpoint.start()

    deliveries = stack.wait_for_deliveries(JOBS, timeout=150)
    elapsed = time.monotonic() - started
    bodies = [d["body"] for d in deliveries]
    print(
        f"{JOBS} jobs in {elapsed:.0f}s; {killed_at} delivered before the outage, "
        f"{retries:.0f} retries scheduled during it"
    )
    assert killed_at < JOBS
    assert sorted(b["fiche_id"] for b in bodies) == fiche_ids  # type: ignore[index]  # once each
    for delivery, body in zip(deliveries, bodies, strict=True):
        assert set(body) == {*PHP_KEYS, "job_id", "cost_usd", "evidence"}  # type: ignore[arg-type]
        assert delivery["headers"]["idempotency-key"] == body["job_id"]  # type: ignore[index]
        assert body["proprietaire_data_ia"] == "oui"  # type: ignore[index]
    assert job_ids <= {b["job_id"] for b in bodies}  # type: ignore[index]
    assert sum(metric_total(s3_stack.scrape(s), "audio_nlp_retries_total") for s in STAGES) >= 1

    # Delivered jobs leave nothing in the bucket, and no worker keeps a file of theirs.
    wait_until(lambda: s3.keys(BUCKET) == [], timeout=30, message="an empty bucket")
    for stage in STAGES:
        leftovers = [f for f in s3_stack.private_files(stage) if ".transcript-cache" not in f]
        assert leftovers == [], f"{stage} kept scratch files: {leftovers}"
        # Outside its namespace, its DATA_DIR was never written at all.
        assert list(s3_stack.data_dirs[stage].iterdir()) == [] or not PRIVATE_MOUNTS
    # AssemblyAI fetched the trimmed audio from the store through pre-signed GETs; the
    # rest came from the transcript cache (the same two recordings, by their digest).
    moto_log = (stack.workdir / "moto.log").read_text(errors="replace")
    fetched = len(
        re.findall(r'"GET /calls/jobs/[^/ ]+/trimmed\.wav\?[^ ]*X-Amz-Signature=', moto_log)
    )
    hits = _total(s3_stack.scrape("transcribe"), "audio_nlp_transcript_cache_hits_total")
    print(f"transcribe: {fetched} pre-signed fetches by the provider, {hits:.0f} cache hits")
    assert fetched >= 1
    assert fetched + hits >= JOBS


def test_a_dead_lettered_jobs_objects_stay_until_cleanup(
    s3_stack: S3Stack, audio_host: str
) -> None:
    stack, s3 = s3_stack.stack, s3_stack.s3
    job_id = stack.submit(1, f"{audio_host}/broken.wav")["job_id"]

    def dead() -> float:
        return metric_total(s3_stack.scrape("trim"), "audio_nlp_dead_letters_total", stage="trim")

    wait_until(lambda: dead() >= 1, timeout=60, message="the broken recording dead-lettered")
    assert s3.keys(BUCKET) == [f"jobs/{job_id}/source.wav"]
    env = {k: v for k, v in stack.env.items() if k.startswith("AWS_")}
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        assert cleanup_storage_url(stack.env["STORAGE_URL"], 3600) == []  # young: kept
        removed = cleanup_storage_url(stack.env["STORAGE_URL"], 0)
    finally:
        for key, value in saved.items():
            os.environ.pop(key) if value is None else os.environ.__setitem__(key, value)
    assert [str(item.path) for item in removed] == [f"s3://{BUCKET}/jobs/{job_id}/"]
    assert s3.keys(BUCKET) == []
