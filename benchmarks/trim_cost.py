"""Benchmark 3: the trim stage against ffmpeg alone decoding the same file to PCM.

Each probe (``benchmarks.trim_probe``) is a fresh process, so its peak RSS is its own
(ffmpeg's few MB beside it, when the trim still starts one, are not counted). Two
figures per file and VAD, named apart:

- **cold process**: the first trim of a fresh process, which also pays for loading what
  the stage loads on first use (the Silero weights, PyAV): a worker's first job;
- **warm worker**: the median of the trims that follow in the same process, as a
  long-lived worker trims every later job, with their CPU (the process and its waited-for
  children, ffmpeg when it runs) beside the decode's.

The baseline is the decode the trim cannot avoid: ffmpeg turning the file into 16 kHz
mono PCM, written nowhere (wall time, and CPU of the ffmpeg process). Medians over the
repeats. The default VAD (Silero) is measured against the target; webrtcvad, the cheap
alternative ``TRIM_VAD`` offers, is measured beside it to show what the model costs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import Row, Sizes, call_recording, median

BYTES_PER_SECOND_PCM = 16000 * 2
RSS_ALLOWANCE_MB = 60.0
VADS = ("silero", "webrtc")


def run(sizes: Sizes) -> list[Row]:
    rows = []
    for minutes in sizes.trim_minutes:
        for fmt in ("mp3", "wav"):
            source = call_recording(minutes, fmt)
            decodes = [_decode(source) for _ in range(sizes.trim_repeats)]
            decode = median([wall for wall, _ in decodes])
            decode_cpu = median([cpu for _, cpu in decodes])
            for vad in VADS:
                rows.extend(
                    _one_file(source, minutes, fmt, vad, decode, decode_cpu, sizes.trim_repeats)
                )
    return rows


def _one_file(
    source: Path,
    minutes: float,
    fmt: str,
    vad: str,
    decode: float,
    decode_cpu: float,
    repeats: int,
) -> list[Row]:
    warm_repeats = 2 * repeats + 1
    probes = [_trim_probe(source, vad, warm_repeats if i == 0 else 0) for i in range(repeats)]
    cold = median([p["seconds"] for p in probes])
    warm = median(probes[0]["warm_seconds"])
    warm_cpu = median(probes[0]["warm_cpu_seconds"])
    pcm_mb = probes[0]["original_seconds"] * BYTES_PER_SECOND_PCM / 2**20
    peak = max(p["peak_rss_mb"] for p in probes)
    rss_limit = 3 * pcm_mb + RSS_ALLOWANCE_MB
    label = f"{minutes:g} min {fmt.upper()}, {vad}"
    size = f"{source.stat().st_size / 2**20:.1f} MB file"
    extra = {"decode_seconds": decode, "decode_cpu_seconds": decode_cpu}
    return [
        Row(
            bench=3,
            name=f"trim time, cold process (first trim), {label}",
            value=cold,
            unit="s",
            baseline=f"ffmpeg decode to PCM {decode:.3f} s",
            ratio=cold / decode,
            target="≤ 1.5 × decode",
            met=cold / decode <= 1.5,
            notes=f"median of {repeats} fresh processes; loads the Silero weights/PyAV; {size}",
            extra={**extra, "trim_seconds": [p["seconds"] for p in probes]},
        ),
        Row(
            bench=3,
            name=f"trim time, warm worker, {label}",
            value=warm,
            unit="s",
            baseline=f"ffmpeg decode to PCM {decode:.3f} s",
            ratio=warm / decode,
            target="≤ 1.5 × decode",
            met=warm / decode <= 1.5,
            notes=f"median of {warm_repeats} trims after the first in one process; {size}",
            extra={**extra, "trim_seconds": probes[0]["warm_seconds"]},
        ),
        Row(
            bench=3,
            name=f"trim CPU per call, warm worker, {label}",
            value=warm_cpu * 1000,
            unit="ms",
            baseline=f"ffmpeg decode CPU {decode_cpu * 1000:.0f} ms",
            ratio=warm_cpu / decode_cpu,
            target="(informative)",
            met=None,
            notes="user + system of the worker and its ffmpeg, if any",
            extra={**extra, "cpu_seconds": probes[0]["warm_cpu_seconds"]},
        ),
        Row(
            bench=3,
            name=f"trim peak RSS, {label}",
            value=peak,
            unit="MB",
            baseline=f"3 × {pcm_mb:.1f} MB PCM + 60 MB = {rss_limit:.0f} MB",
            ratio=peak / rss_limit,
            target="≤ 3 × PCM + 60 MB",
            met=peak <= rss_limit,
            notes=f"of which {probes[0]['rss_before_mb']:.0f} MB before the trim (interpreter)",
        ),
    ]


def _decode(source: Path) -> tuple[float, float]:
    """Wall seconds and CPU seconds of ffmpeg decoding ``source`` to 16 kHz PCM."""
    before = os.times()
    started = time.perf_counter()
    subprocess.run(
        [
            "ffmpeg",
            "-nostdin",
            "-hide_banner",
            "-loglevel",
            "error",
            "-i",
            str(source),
            "-vn",
            "-ac",
            "1",
            "-ar",
            "16000",
            "-f",
            "s16le",
            "-acodec",
            "pcm_s16le",
            "pipe:1",
        ],
        stdout=subprocess.DEVNULL,
        check=True,
    )
    wall = time.perf_counter() - started
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    # os.times() ticks at 10 ms: never report a zero CPU baseline.
    return wall, max(cpu, 0.005)


def _trim_probe(source: Path, vad: str, warm: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-trim-") as scratch:
        completed = subprocess.run(
            [
                sys.executable,
                "-m",
                "benchmarks.trim_probe",
                str(source),
                f"{scratch}/out.wav",
                vad,
                "--warm",
                str(warm),
            ],
            capture_output=True,
            check=True,
        )
    probe: dict[str, Any] = json.loads(completed.stdout)
    return probe
