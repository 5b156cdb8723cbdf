"""Benchmark 3: the trim stage against ffmpeg alone decoding the same file to PCM.

Each trim runs in a fresh process (``benchmarks.trim_probe``) so its peak RSS is its
own (ffmpeg's few MB beside it are not counted). The baseline is the decode the trim
cannot avoid: ffmpeg turning the file into 16 kHz mono PCM, written nowhere. Medians
over the repeats. The default VAD (Silero) is measured against the target; webrtcvad,
the cheap alternative ``TRIM_VAD`` offers, is measured beside it to show what the
model costs.
"""

from __future__ import annotations

import json
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
            decode = median([_decode_seconds(source) for _ in range(sizes.trim_repeats)])
            for vad in VADS:
                rows.extend(_one_file(source, minutes, fmt, vad, decode, sizes.trim_repeats))
    return rows


def _one_file(
    source: Path, minutes: float, fmt: str, vad: str, decode: float, repeats: int
) -> list[Row]:
    probes = [_trim_probe(source, vad) for _ in range(repeats)]
    trim = median([p["seconds"] for p in probes])
    pcm_mb = probes[0]["original_seconds"] * BYTES_PER_SECOND_PCM / 2**20
    peak = max(p["peak_rss_mb"] for p in probes)
    rss_limit = 3 * pcm_mb + RSS_ALLOWANCE_MB
    label = f"{minutes:g} min {fmt.upper()}, {vad}"
    return [
        Row(
            bench=3,
            name=f"trim time, {label}",
            value=trim,
            unit="s",
            baseline=f"ffmpeg decode to PCM {decode:.3f} s",
            ratio=trim / decode,
            target="≤ 1.5 × decode",
            met=trim / decode <= 1.5,
            notes=f"median of {repeats}; {source.stat().st_size / 2**20:.1f} MB file",
            extra={"decode_seconds": decode, "trim_seconds": [p["seconds"] for p in probes]},
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


def _decode_seconds(source: Path) -> float:
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
    return time.perf_counter() - started


def _trim_probe(source: Path, vad: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-trim-") as scratch:
        completed = subprocess.run(
            [sys.executable, "-m", "benchmarks.trim_probe", str(source), f"{scratch}/out.wav", vad],
            capture_output=True,
            check=True,
        )
    probe: dict[str, Any] = json.loads(completed.stdout)
    return probe
