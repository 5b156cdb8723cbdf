"""Every stage as its own process against a real RabbitMQ, with the provider emulators.

Half the jobs come through ``POST /process``, half straight from the PHP publisher example.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from uuid import uuid4

import httpx
import pytest

from consumers.stage_table import STAGES
from devkit.stack import LocalStack, local_stack, serve_directory
from messages import PHP_KEYS
from tests.audio import synth_call
from tests.waiting import wait_until

pytestmark = [pytest.mark.broker, pytest.mark.slow]

JOBS = 50
PHP_SUBMIT = Path(__file__).parents[1] / "examples" / "php" / "submit.php"


def submit_both_ways(
    stack: LocalStack, http_half: list[int], php_half: list[int], audio_host: str
) -> set[str]:
    """``http_half`` through ``POST /process``, ``php_half`` through the PHP example.

    Even fiches get ``call.wav``, odd ones ``call.mp3``; returns the ingress's job ids.
    """
    audio = [f"{audio_host}/call.wav", f"{audio_host}/call.mp3"]
    job_ids = {str(stack.submit(fiche, audio[fiche % 2])["job_id"]) for fiche in http_half}
    php_args = [arg for fiche in php_half for arg in (str(fiche), audio[fiche % 2])]
    php = subprocess.run(
        ["php", str(PHP_SUBMIT), *php_args],
        env={"RABBITMQ_URL": stack.env["RABBITMQ_URL"], "QUEUE_PREFIX": stack.env["QUEUE_PREFIX"]},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert php.stdout.count('"status":"queued"') == len(php_half), php.stderr
    return job_ids


CALL = [
    ("Agent", "Bonjour, je suis bien chez monsieur Martin ?"),
    ("Client", "Oui. Je suis propriétaire de ma maison à Nantes."),
    ("Agent", "Très bien, merci pour votre temps."),
]


@pytest.fixture(scope="module")
def audio_host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("audio")
    synth_call(CALL, folder / "call.wav", pauses=[1.5, 2.0], seed=1)
    synth_call(CALL, folder / "call.mp3", pauses=[0.3, 2.5], seed=2, fmt="mp3")
    with serve_directory(folder) as url:
        yield url


@pytest.fixture(scope="module")
def stack(broker_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalStack]:
    workdir = tmp_path_factory.mktemp("stack")
    with local_stack(
        workdir,
        rabbitmq_url=broker_url,
        queue_prefix=f"e2e-{uuid4().hex[:8]}",
        extra_env={"RETRY_DELAYS": "0.2,0.5", "MAX_ATTEMPTS": "3"},
    ) as running:
        yield running


def metric_total(text: str, name: str, **labels: str) -> float:
    """Sum of a metric's samples whose labels include ``labels``."""
    total = 0.0
    for line in text.splitlines():
        if not line.startswith(name + "{"):
            continue
        found = dict(re.findall(r'(\w+)="([^"]*)"', line.split("}")[0]))
        if all(found.get(key) == value for key, value in labels.items()):
            total += float(line.rsplit(" ", 1)[1])
    return total


def scrape(stack: LocalStack, stage: str) -> str:
    return "\n".join(httpx.get(url).text for url in stack.metrics_urls[stage])


def test_fifty_jobs_reach_the_backend_with_the_original_keys(
    stack: LocalStack, audio_host: str
) -> None:
    before = len(stack.deliveries())
    fiche_ids = list(range(100_000, 100_000 + JOBS))
    http_half, php_half = fiche_ids[: JOBS // 2], fiche_ids[JOBS // 2 :]
    job_ids = submit_both_ways(stack, http_half, php_half, audio_host)

    deliveries = stack.wait_for_deliveries(before + JOBS, timeout=240)[before:]
    assert len(deliveries) == JOBS
    bodies = [d["body"] for d in deliveries]
    assert sorted(b["fiche_id"] for b in bodies) == fiche_ids  # type: ignore[index]
    for delivery, body in zip(deliveries, bodies, strict=True):
        assert set(body) == {*PHP_KEYS, "job_id", "cost_usd", "evidence"}  # type: ignore[arg-type]
        assert delivery["query"] == {"fiche_id": str(body["fiche_id"])}  # type: ignore[index]
        assert delivery["headers"]["idempotency-key"] == body["job_id"]  # type: ignore[index]
        assert body["proprietaire_data_ia"] == "oui"  # type: ignore[index]
        assert "proprietaire_data_ia" in body["evidence"]  # type: ignore[index]
    assert job_ids <= {b["job_id"] for b in bodies}  # type: ignore[index]

    for stage in STAGES:
        text = scrape(stack, stage)
        assert metric_total(text, "audio_nlp_messages_total", stage=stage, outcome="ok") >= JOBS
        assert metric_total(text, "audio_nlp_stage_seconds_count", stage=stage) >= JOBS
    trim = scrape(stack, "trim")
    original = metric_total(trim, "audio_nlp_audio_seconds_total", kind="original")
    trimmed = metric_total(trim, "audio_nlp_audio_seconds_total", kind="trimmed")
    assert 0 < trimmed < original
    assert metric_total(scrape(stack, "extract"), "audio_nlp_llm_tokens_total", kind="prompt") > 0


def test_a_bad_url_is_dead_lettered_and_the_workers_keep_serving(
    stack: LocalStack, audio_host: str
) -> None:
    before = len(stack.deliveries())
    stack.submit(1, f"{audio_host}/missing.wav")
    stack.submit(2, f"{audio_host}/call.wav")
    delivered = stack.wait_for_deliveries(before + 1, timeout=60)[before:]
    assert [d["body"]["fiche_id"] for d in delivered] == [2]  # type: ignore[index]

    def dead_count() -> float:
        return metric_total(
            scrape(stack, "download"),
            "audio_nlp_dead_letters_total",
            stage="download",
            error_class="permanent",
        )

    wait_until(
        lambda: dead_count() >= 1, timeout=30, message="the 404 job in the dead-letter count"
    )
    assert "404" in stack.processes["worker-download-0"].log()
    assert all(p.popen.poll() is None for p in stack.processes.values())
