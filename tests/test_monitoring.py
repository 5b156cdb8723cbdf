"""What operators see: every worker's /metrics against the dashboard and alert rules, read
by promtool and by a real Prometheus scraping the running stack."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from uuid import uuid4

import httpx
import pytest
import yaml

from consumers.stage_table import STAGES
from devkit.stack import LocalStack, free_port, local_stack, serve_directory
from tests.audio import synth_call
from tests.waiting import wait_until

pytestmark = [pytest.mark.broker, pytest.mark.slow]

ROOT = Path(__file__).parents[1]
DASHBOARD = ROOT / "docker" / "grafana" / "dashboards" / "audio-nlp.json"
ALERTS = ROOT / "docker" / "prometheus" / "alerts.yaml"
SUFFIXES = ("_bucket", "_sum", "_count", "_total", "_created")


@pytest.fixture(scope="module")
def stack(broker_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalStack]:
    audio = tmp_path_factory.mktemp("audio")
    synth_call(
        [("Agent", "Bonjour monsieur."), ("Client", "Je suis propriétaire.")],
        audio / "call.wav",
        pauses=[1.5],
        seed=3,
    )
    with (
        serve_directory(audio) as host,
        local_stack(
            tmp_path_factory.mktemp("stack"),
            rabbitmq_url=broker_url,
            queue_prefix=f"mon-{uuid4().hex[:8]}",
        ) as running,
    ):
        running.submit(4242, f"{host}/call.wav")
        running.wait_for_deliveries(1, timeout=60)
        yield running


def scrapes(stack: LocalStack) -> dict[str, str]:
    urls = {stage: urls[0] for stage, urls in stack.metrics_urls.items()}
    urls["ingress"] = f"{stack.ingress_url}/metrics"
    return {name: httpx.get(url).text for name, url in urls.items()}


def exposed_names(text: str) -> set[str]:
    return {
        line.split("{")[0].split(" ")[0]
        for line in text.splitlines()
        if line and not line.startswith("#")
    }


def used_names() -> set[str]:
    dashboard = json.loads(DASHBOARD.read_text())
    exprs = [t["expr"] for p in dashboard["panels"] for t in p.get("targets", [])]
    exprs += [
        str(r["expr"]) for g in yaml.safe_load(ALERTS.read_text())["groups"] for r in g["rules"]
    ]
    return {name for expr in exprs for name in re.findall(r"\baudio_nlp_[a-z0-9_]+", expr)}


def test_every_metric_the_dashboard_and_alerts_use_is_exposed(stack: LocalStack) -> None:
    exposed = set().union(*(exposed_names(text) for text in scrapes(stack).values()))
    missing = used_names() - exposed
    assert not missing, f"dashboard/alerts query metrics no process exposes: {sorted(missing)}"


def test_promtool_accepts_every_scrape(stack: LocalStack) -> None:
    for name, text in scrapes(stack).items():
        result = subprocess.run(
            ["promtool", "check", "metrics"], input=text, capture_output=True, text=True, timeout=30
        )
        # promtool exits 3 for lint warnings only; anything else is a broken exposition.
        assert result.returncode in (0, 3), f"{name}: {result.stderr}"
        assert "error" not in result.stderr.lower(), f"{name}: {result.stderr}"


def test_prometheus_scrapes_the_stage_series(stack: LocalStack, tmp_path: Path) -> None:
    targets = [
        url.removeprefix("http://").removesuffix("/metrics")
        for urls in stack.metrics_urls.values()
        for url in urls
    ]
    config = {
        "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
        "rule_files": [str(ALERTS)],
        "scrape_configs": [
            {"job_name": "audio-nlp-worker", "static_configs": [{"targets": targets}]}
        ],
    }
    (tmp_path / "prometheus.yml").write_text(yaml.safe_dump(config))
    port = free_port()
    with (tmp_path / "prometheus.log").open("wb") as log:
        prometheus = subprocess.Popen(
            [
                "prometheus",
                f"--config.file={tmp_path / 'prometheus.yml'}",
                f"--storage.tsdb.path={tmp_path / 'tsdb'}",
                f"--web.listen-address=127.0.0.1:{port}",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        api = f"http://127.0.0.1:{port}/api/v1"
        stages = _wait_for_series(api, prometheus)
        rules = httpx.get(f"{api}/rules").json()["data"]["groups"]
    finally:
        prometheus.terminate()
        prometheus.wait(30)
    assert stages == set(STAGES)
    assert sum(len(group["rules"]) for group in rules) >= 5
    assert all(rule["health"] == "ok" for group in rules for rule in group["rules"]), rules


def _wait_for_series(api: str, prometheus: subprocess.Popen[bytes]) -> set[str]:
    """Stages with a non-zero ``ok`` count in Prometheus, once all of them are there."""
    query = 'sum by (stage) (audio_nlp_messages_total{outcome="ok"}) > 0'

    def every_stage() -> set[str]:
        assert prometheus.poll() is None, "prometheus exited"
        try:
            result = httpx.get(f"{api}/query", params={"query": query}).json()["data"]["result"]
        except (httpx.HTTPError, KeyError, ValueError):
            return set()
        found = {series["metric"]["stage"] for series in result}
        return found if found == set(STAGES) else set()

    return wait_until(
        every_stage,
        timeout=60,
        message="Prometheus to see an ok count from every stage",
        interval=0.5,
    )
