"""The benchmarks in their tiny form, so they keep working between full runs.

No timing is asserted: a smoke run on a busy CI machine says nothing about speed. What
is asserted is that every benchmark ran against the real broker, processes and
emulators and produced well-formed figures.
"""

from __future__ import annotations

import json
import math
import os
import statistics
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from benchmarks.common import Sizes
from benchmarks.run import ALL
from consumers.stage_table import STAGES

pytestmark = [pytest.mark.broker, pytest.mark.slow]

ROOT = Path(__file__).parents[1]


@pytest.fixture(scope="module")
def smoke(broker_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    folder = tmp_path_factory.mktemp("bench")
    out = folder / "latest.json"
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.run",
            "--smoke",
            "--out",
            str(out),
            "--workdir",
            str(folder / "work"),
        ],
        cwd=ROOT,
        env={**os.environ, "RABBITMQ_URL": broker_url},
        capture_output=True,
        text=True,
        timeout=480,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    report: dict[str, Any] = json.loads(out.read_text())
    report["stdout"] = completed.stdout
    yield report


def rows_of(report: dict[str, Any], bench: int) -> list[dict[str, Any]]:
    return [row for row in report["rows"] if row["bench"] == bench]


def test_every_benchmark_produced_rows_and_none_failed(smoke: dict[str, Any]) -> None:
    assert smoke["failures"] == []
    assert smoke["mode"] == "smoke"
    assert {row["bench"] for row in smoke["rows"]} == set(ALL)
    assert smoke["machine"]["cores"] >= 1


@pytest.mark.parametrize("bench", ALL)
def test_each_figure_is_well_formed(smoke: dict[str, Any], bench: int) -> None:
    for row in rows_of(smoke, bench):
        assert math.isfinite(row["value"]) and row["value"] > 0, row
        assert row["unit"] and row["target"] and row["name"], row
        assert row["met"] in (True, False, None), row
        if row["ratio"] is not None:
            assert math.isfinite(row["ratio"]) and row["ratio"] > 0, row


def test_ratio_rows_compare_with_a_baseline_of_the_same_run(smoke: dict[str, Any]) -> None:
    [overhead] = rows_of(smoke, 1)
    extra = overhead["extra"]
    bare, runtime = extra["bare_rates"], extra["runtime_rates"]
    assert len(bare) == len(runtime) == Sizes.smoke().overhead_rounds
    assert overhead["ratio"] == pytest.approx(statistics.median(runtime) / statistics.median(bare))

    [concurrency] = rows_of(smoke, 2)
    ideal = Sizes.smoke().io_in_flight / Sizes.smoke().io_latency_seconds
    assert concurrency["ratio"] == pytest.approx(concurrency["value"] / ideal)

    scale = rows_of(smoke, 7)
    assert len(scale) == len(Sizes.smoke().scale_workers)
    assert scale[0]["ratio"] == pytest.approx(1.0)


def test_trim_rows_cover_both_formats_time_and_memory(smoke: dict[str, Any]) -> None:
    names = [row["name"] for row in rows_of(smoke, 3)]
    for fmt in ("MP3", "WAV"):
        assert any("time" in name and fmt in name for name in names), names
        assert any("RSS" in name and fmt in name for name in names), names
    for row in rows_of(smoke, 3):
        if "time" in row["name"]:
            assert row["extra"]["decode_seconds"] > 0


def test_pipeline_rows_report_every_stage(smoke: dict[str, Any]) -> None:
    per_stage = rows_of(smoke, 4)[1]["extra"]["per_stage_ms"]
    assert set(per_stage) == set(STAGES)
    assert all(ms > 0 for ms in per_stage.values()), per_stage
    memory = rows_of(smoke, 6)
    assert len(memory) == len(STAGES)
    assert all(row["extra"]["idle_mb"] > 10 for row in memory), memory
    p50, p99 = (row["value"] for row in rows_of(smoke, 5))
    assert 0 < p50 <= p99


def test_the_original_architecture_row_has_both_rates_and_their_ratio(
    smoke: dict[str, Any],
) -> None:
    original, versus = rows_of(smoke, 8)
    assert original["unit"] == versus["unit"] == "jobs/s"
    rates = versus["extra"]
    assert rates["baseline_jobs_per_second"] == pytest.approx(original["value"])
    assert rates["pipeline_jobs_per_second"] == pytest.approx(versus["value"])
    assert versus["ratio"] > 0
    assert versus["ratio"] == pytest.approx(versus["value"] / original["value"])
    assert versus["met"] == (versus["ratio"] >= 2.0)
    assert original["extra"]["cpu_ms_per_job"] > 0
    assert "ratio" in smoke["stdout"].splitlines()[0]


def test_the_offline_path_rows_compare_batched_whisper_with_sequential(
    smoke: dict[str, Any],
) -> None:
    sequential, batched, llm = rows_of(smoke, 9)
    assert "sequential (default)" in sequential["name"]
    assert "override" in batched["name"]
    for row in (sequential, batched):
        assert row["value"] > 0
        assert row["extra"]["cpu_seconds"] > 0
        # A transcript of the call, not silence or noise: most of its words are right.
        assert row["extra"]["wer"] < 0.5, row
    assert batched["ratio"] == pytest.approx(sequential["value"] / batched["value"])
    assert llm["unit"] == "s/call"
    assert llm["value"] > 0
    assert llm["met"] == (llm["value"] <= 60.0)


def test_the_table_is_printed(smoke: dict[str, Any]) -> None:
    header = smoke["stdout"].splitlines()[0]
    assert header.startswith("| # | benchmark")
    assert (
        len([line for line in smoke["stdout"].splitlines() if line.startswith("| ")])
        == len(smoke["rows"]) + 1
    )
