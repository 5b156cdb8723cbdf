"""What every benchmark shares: sizes, result rows, process readings and test audio.

A figure is either a ratio against a baseline measured in the same run or a rate with
the machine's core count beside it, so a result read on another machine still means
something.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import tempfile
import time
import uuid
import wave
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from consumers.broker import Topology

CORES = os.cpu_count() or 1
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
CACHE_DIR = Path(tempfile.gettempdir()) / "audio-nlp-bench"
# The base call is tiled to any length: synthesising ten minutes of speech with
# espeak every run would cost more than the benchmarks themselves.
BASE_TURNS = [
    ("Agent", "Bonjour madame, je suis bien chez madame Lefebvre ?"),
    ("Client", "Oui c'est moi, c'est à quel sujet ?"),
    ("Agent", "Je vous appelle au sujet des panneaux solaires sur votre toiture."),
    ("Client", "Nous sommes propriétaires de la maison depuis dix ans, à Rennes."),
    ("Agent", "Vous chauffez la maison à l'électricité ou au gaz ?"),
    ("Client", "À l'électricité, et la facture est de deux cents euros par mois."),
    ("Agent", "Très bien, un conseiller peut passer jeudi après-midi ?"),
    ("Client", "Jeudi vers quinze heures, cela me va."),
]
BASE_PAUSES = [0.4, 1.6, 0.3, 2.4, 0.5, 1.2, 0.8]


@dataclass(frozen=True)
class Sizes:
    """How big each benchmark runs; ``smoke()`` is the same code in seconds."""

    overhead_messages: int = 3000
    overhead_prefetch: int = 64
    overhead_rounds: int = 3
    io_in_flight: int = 64
    io_waves: int = 4
    io_latency_seconds: float = 2.0
    io_poll_seconds: float = 0.5
    io_clip_seconds: float = 10.0
    scale_workers: tuple[int, ...] = (1, 2, 4)
    scale_in_flight: int = 16
    trim_minutes: tuple[float, ...] = (3.0, 10.0)
    trim_repeats: int = 2
    pipeline_jobs: int = 300
    pipeline_call_minutes: float = 3.0
    # The default VAD (Silero), as a user gets it: a figure measured with an override
    # would describe a configuration nobody runs (issue 12). "" = the stack's default.
    pipeline_vad: str = ""
    latency_rate_per_second: float = 5.0
    latency_duration_seconds: float = 60.0
    # Benchmark 8, the original architecture against the pipeline: the 120 ~80 s WAV
    # calls, emulators at 2 s latency, AssemblyAI polled every 3 s (the original's and
    # the product's default) on both sides.
    baseline_jobs: int = 120
    baseline_call_seconds: float = 80.0
    baseline_latency_seconds: float = 2.0
    baseline_poll_seconds: float = 3.0
    # Rounds of both sides, alternated: one run of each swung the ratio by ±0.1.
    baseline_rounds: int = 3
    # Benchmark 9, the offline path: a natural-voice call of the evaluation set by name.
    offline_call: str = "proprietaire_complet"

    @classmethod
    def smoke(cls) -> Sizes:
        return cls(
            overhead_messages=40,
            overhead_prefetch=8,
            overhead_rounds=1,
            io_in_flight=4,
            io_waves=2,
            io_latency_seconds=0.3,
            io_poll_seconds=0.05,
            io_clip_seconds=2.0,
            scale_workers=(1, 2),
            scale_in_flight=2,
            trim_minutes=(0.25,),
            trim_repeats=1,
            pipeline_jobs=3,
            pipeline_call_minutes=0.25,
            latency_rate_per_second=2.0,
            latency_duration_seconds=2.0,
            baseline_jobs=3,
            baseline_call_seconds=10.0,
            baseline_latency_seconds=0.3,
            baseline_poll_seconds=0.3,
            baseline_rounds=1,
            offline_call="court",
        )


@dataclass
class Row:
    """One line of the table.

    Args:
        bench: the issue's benchmark number.
        name: what was measured.
        value, unit: the figure.
        baseline: what it is compared with, measured in the same run (a description
            when the baseline is an ideal or there is none).
        ratio: value over baseline, when there is one.
        target: the issue's target, as text.
        met: whether the target was met (None: no target for this line).
        notes: anything a reader needs to judge the figure.
    """

    bench: int
    name: str
    value: float
    unit: str
    baseline: str
    target: str
    met: bool | None
    ratio: float | None = None
    notes: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def unique_topology(label: str) -> Topology:
    return Topology(f"bench-{label}-{uuid.uuid4().hex[:8]}")


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile; enough for latency tails of a few hundred samples."""
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[index]


def median(values: list[float]) -> float:
    return statistics.median(values)


# --- /proc readings -------------------------------------------------------------


@dataclass(frozen=True)
class CpuTimes:
    """CPU seconds of one process; ``children`` counts waited-for subprocesses (ffmpeg)."""

    own: float
    children: float

    @property
    def total(self) -> float:
        return self.own + self.children

    def __sub__(self, other: CpuTimes) -> CpuTimes:
        return CpuTimes(self.own - other.own, self.children - other.children)


def cpu_times(pid: int) -> CpuTimes:
    # The command name (field 2) may hold spaces; fields after its ")" are fixed.
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    utime, stime, cutime, cstime = (int(value) for value in fields[11:15])
    return CpuTimes((utime + stime) / CLOCK_TICKS, (cutime + cstime) / CLOCK_TICKS)


def memory_mb(pid: int) -> dict[str, float]:
    """``VmRSS`` (now) and ``VmHWM`` (peak so far) in MB."""
    found: dict[str, float] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            found[key] = int(value.split()[0]) / 1024
    return found


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


# --- waiting --------------------------------------------------------------------


async def wait_until(
    probe: Callable[[], Awaitable[bool]],
    *,
    timeout: float,
    what: str,
    interval: float = 0.02,
) -> None:
    deadline = time.monotonic() + timeout
    while not await probe():
        if time.monotonic() > deadline:
            raise TimeoutError(f"benchmark gave up after {timeout:.0f}s waiting for {what}")
        await asyncio.sleep(interval)


# --- audio ----------------------------------------------------------------------


def _base_call_pcm() -> tuple[bytes, int]:
    """The synthetic French call every longer recording is tiled from (8 kHz mono)."""
    path = CACHE_DIR / "base-8k.wav"
    if not path.exists():
        from tests.audio import synth_call

        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        scratch = path.with_suffix(f".{uuid.uuid4().hex}.tmp.wav")
        synth_call(BASE_TURNS, scratch, pauses=BASE_PAUSES, seed=7, noise_dbfs=-55)
        scratch.replace(path)
    with wave.open(str(path), "rb") as reader:
        return reader.readframes(reader.getnframes()), reader.getframerate()


def call_recording(minutes: float, fmt: str, *, sample_rate: int = 8000) -> Path:
    """A ``minutes``-long call as ``fmt`` (wav or mp3, 32 kb/s), made once and cached."""
    label = f"call-{minutes:g}min-{sample_rate}hz.{fmt}"
    path = CACHE_DIR / label
    if path.exists():
        return path
    pcm, rate = _base_call_pcm()
    samples = np.frombuffer(pcm, dtype="<i2")
    wanted = round(minutes * 60 * rate)
    tiled = np.resize(samples, wanted)  # repeats the call end to end
    wav = CACHE_DIR / f"call-{minutes:g}min-{uuid.uuid4().hex}.tmp.wav"
    with wave.open(str(wav), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(tiled.astype("<i2").tobytes())
    try:
        if fmt == "wav" and sample_rate == rate:
            wav.replace(path)
            return path
        _ffmpeg_convert(wav, path, fmt, sample_rate)
    finally:
        wav.unlink(missing_ok=True)
    return path


def _ffmpeg_convert(source: Path, destination: Path, fmt: str, sample_rate: int) -> None:
    scratch = destination.with_suffix(f".{uuid.uuid4().hex}.tmp.{fmt}")
    codec = ["-codec:a", "libmp3lame", "-b:a", "32k"] if fmt == "mp3" else []
    subprocess.run(
        [
            "ffmpeg",
            "-nostdin",
            "-hide_banner",
            "-loglevel",
            "error",
            "-y",
            "-i",
            str(source),
            "-ar",
            str(sample_rate),
            *codec,
            str(scratch),
        ],
        check=True,
        capture_output=True,
    )
    scratch.replace(destination)
