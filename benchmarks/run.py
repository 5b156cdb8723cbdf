"""``make bench``: run the benchmarks, print one table, write ``results/latest.json``.

    python -m benchmarks.run                 # the full run (a few minutes)
    python -m benchmarks.run --smoke         # every benchmark in seconds (CI)
    python -m benchmarks.run --only 1,3      # some of them

Benchmarks 4, 5 and 6 share one running stack (6 reads memory idle and under 4); 8 runs
the original architecture and the pipeline one after the other on 2 s-latency emulators;
9 runs local Whisper and the local LLM (the offline path) on a natural-voice call.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks import (
    io_concurrency,
    offline_path,
    original_service,
    pipeline,
    runtime_overhead,
    trim_cost,
)
from benchmarks.common import CACHE_DIR, CORES, Row, Sizes, load_average

RESULTS = Path(__file__).parent / "results" / "latest.json"
ALL = (1, 2, 3, 4, 5, 6, 7, 8, 9)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    sizes = Sizes.smoke() if args.smoke else Sizes()
    chosen = _chosen(args.only)
    url = os.environ.get("RABBITMQ_URL", "amqp://guest:guest@127.0.0.1:5672/")
    started = time.monotonic()
    load_before = load_average()
    rows, failures = _run_all(chosen, url, sizes, workdir=Path(args.workdir))
    machine = {
        "cores": CORES,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_before": load_before,
        "load_after": load_average(),
    }
    report = {
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "mode": "smoke" if args.smoke else "full",
        "machine": machine,
        "duration_seconds": round(time.monotonic() - started, 1),
        "sizes": {key: list(v) if isinstance(v, tuple) else v for key, v in vars(sizes).items()},
        "rows": [row.as_dict() for row in rows],
        "failures": failures,
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    scratch = out.with_suffix(".json.tmp")
    scratch.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    scratch.replace(out)
    print(format_table(rows, machine))
    print(f"\nwritten to {out} in {report['duration_seconds']} s")
    for failure in failures:
        print(f"benchmark {failure['bench']} failed: {failure['error']}", file=sys.stderr)
    return 1 if failures else 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run")
    parser.add_argument("--smoke", action="store_true", help="tiny sizes: checks, not figures")
    parser.add_argument("--only", default="", help="comma-separated benchmark numbers")
    parser.add_argument("--out", default=str(RESULTS))
    parser.add_argument(
        "--workdir", default=str(CACHE_DIR / "work"), help="logs and data of started processes"
    )
    return parser


def _chosen(only: str) -> tuple[int, ...]:
    if not only.strip():
        return ALL
    wanted = tuple(sorted({int(part) for part in only.split(",") if part.strip()}))
    unknown = set(wanted) - set(ALL)
    if unknown:
        raise SystemExit(f"no benchmark {sorted(unknown)}; they are {ALL}")
    return wanted


def _run_all(
    chosen: tuple[int, ...], url: str, sizes: Sizes, *, workdir: Path
) -> tuple[list[Row], list[dict[str, Any]]]:
    """Every chosen benchmark; one that fails is reported and the others still run."""
    steps: list[tuple[tuple[int, ...], Callable[[], list[Row]]]] = [
        ((1,), lambda: asyncio.run(runtime_overhead.run(url, sizes))),
        ((2,), lambda: io_concurrency.run_concurrency(url, sizes, workdir / "io")),
        ((3,), lambda: trim_cost.run(sizes)),
        (
            tuple(n for n in (4, 5, 6) if n in chosen),
            lambda: pipeline.run(url, sizes, workdir / "pipeline", chosen),
        ),
        ((7,), lambda: io_concurrency.run_scale_out(url, sizes, workdir / "scale")),
        ((8,), lambda: original_service.run(url, sizes, workdir / "versus-original")),
        ((9,), lambda: offline_path.run(sizes, workdir / "offline")),
    ]
    rows: list[Row] = []
    failures: list[dict[str, Any]] = []
    for numbers, step in steps:
        if not numbers or not set(numbers) & set(chosen):
            continue
        label = ",".join(map(str, numbers))
        print(f"bench {label}: running (load {load_average()})", file=sys.stderr, flush=True)
        began = time.monotonic()
        try:
            rows.extend(step())
        except Exception as error:  # one broken benchmark must not hide the others
            failures.append({"bench": label, "error": f"{type(error).__name__}: {error}"})
        print(
            f"bench {label}: done in {time.monotonic() - began:.1f}s", file=sys.stderr, flush=True
        )
    return rows, failures


def format_table(rows: list[Row], machine: dict[str, Any]) -> str:
    header = ("#", "benchmark", "measured", "baseline", "ratio", "target", "met")
    lines = [
        [
            str(row.bench),
            row.name,
            f"{row.value:.4g} {row.unit}",
            row.baseline,
            "" if row.ratio is None else f"{row.ratio:.2f}",
            row.target,
            {True: "yes", False: "NO", None: "-"}[row.met],
        ]
        for row in rows
    ]
    widths = [max([len(h), *(len(line[i]) for line in lines)]) for i, h in enumerate(header)]

    def render(cells: tuple[str, ...] | list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    table = [render(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    table += [render(line) for line in lines]
    table.append(
        f"\n{machine['cores']} cores, load average {machine['load_before']} before, "
        f"{machine['load_after']} after (1, 5, 15 min)"
    )
    return "\n".join(table)


if __name__ == "__main__":
    sys.exit(main())
