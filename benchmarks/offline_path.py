"""Benchmark 9: the offline path's throughput (local Whisper and the local LLM).

What one machine without provider keys can do: ``TRANSCRIBER=whisper`` and
``EXTRACTOR=local``, each on a natural-voice call of the evaluation set (three minutes,
quiet, mono; ``court``, 26 s, in the smoke run), trimmed by the trim stage first as the
pipeline does.

- Whisper base as the transcribe stage runs it (``WhisperTranscriber`` at its defaults),
  beside faster-whisper's batched pipeline (``BatchedInferencePipeline``: its own VAD cuts
  the audio into chunks decoded as one batch) on the same trimmed file. Each: the
  real-time factor (wall seconds per second of the original recording), calls per hour per
  core from the process's CPU seconds, and the WER against the script, so a speed-up that
  costs words shows.
- The local LLM as ``EXTRACTOR=local`` runs it (``benchmarks.extraction_quality``'s
  ``open_extractor("local")``: the server started once, the rules filling what the model is
  not asked) on the call's reference script: seconds per call, against the issue's
  60 s per three-minute call, and calls per hour per core (llama-server uses every core).

The model loads and the server start are paid before timing: a worker pays them once.
"""

from __future__ import annotations

import asyncio
import functools
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.common import CORES, Row, Sizes
from benchmarks.evalset import EvalCall
from benchmarks.extraction_quality import open_extractor, script_sample, unavailable
from benchmarks.natural_set import Variant, build_natural_set
from benchmarks.transcribe_quality import normalise, word_errors
from stages import extract
from stages.trim import TrimOptions, trim_file

__all__ = ["run"]

BATCH_SIZE = 8
WARM_UP_CALL = "demo"
LLM_TARGET_SECONDS = 60.0


def run(sizes: Sizes, workdir: Path) -> list[Row]:
    call = _call(sizes)
    workdir.mkdir(parents=True, exist_ok=True)
    trimmed = workdir / f"{Path(call.path).stem}-trimmed.wav"
    trim_file(Path(call.path), trimmed, TrimOptions())
    label = f"{call.duration_seconds / 60:.1f} min natural-voice call"
    reference = normalise(" ".join(str(u["text"]) for u in call.utterances))
    sequential = _timed(lambda: _whisper_sequential(trimmed), call.duration_seconds, reference)
    batched = _timed(lambda: _whisper_batched(trimmed), call.duration_seconds, reference)
    rows = [
        _whisper_row(f"local Whisper base, sequential (default), {label}", sequential, None),
        _whisper_row(
            f"local Whisper base, batched (override: BatchedInferencePipeline, "
            f"batch {BATCH_SIZE}), {label}",
            batched,
            sequential,
        ),
    ]
    reason = unavailable("local")
    if reason is None:
        rows.append(_llm_row(call, label))
    return rows


def _call(sizes: Sizes) -> EvalCall:
    return build_natural_set([sizes.offline_call], [Variant()])[0]


class _Timing:
    def __init__(self, wall: float, cpu: float, recording_seconds: float, wer: float) -> None:
        self.wall = wall
        self.cpu = cpu
        self.rtf = wall / recording_seconds
        self.calls_per_core_hour = 3600.0 / cpu if cpu > 0 else 0.0
        self.wer = wer


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _timed(
    transcribe: Callable[[], str], recording_seconds: float, reference: list[str]
) -> _Timing:
    transcribe()  # the model's load and CTranslate2's first full-length decode, untimed
    cpu, wall = _cpu_seconds(), time.perf_counter()
    text = transcribe()
    wall, cpu = time.perf_counter() - wall, _cpu_seconds() - cpu
    hypothesis = normalise(text)
    wer = word_errors(reference, hypothesis) / max(len(reference), 1)
    return _Timing(wall, cpu, recording_seconds, wer)


@functools.lru_cache(maxsize=1)
def _model() -> Any:
    from faster_whisper import WhisperModel

    from stages.transcribe.whisper import resolve_model

    return WhisperModel(resolve_model("base"), device="cpu", compute_type="int8")


def _whisper_sequential(path: Path) -> str:
    from stages.transcribe.whisper import WhisperTranscriber

    async def once() -> str:
        async with WhisperTranscriber("base") as whisper:
            return (await whisper.transcribe(path, language="fr")).text

    return asyncio.run(once())


def _whisper_batched(path: Path) -> str:
    from faster_whisper import BatchedInferencePipeline

    pipeline = BatchedInferencePipeline(model=_model())
    segments, _ = pipeline.transcribe(str(path), language="fr", batch_size=BATCH_SIZE)
    return " ".join(str(segment.text).strip() for segment in segments)


def _whisper_row(name: str, timing: _Timing, baseline: _Timing | None) -> Row:
    return Row(
        bench=9,
        name=name,
        value=timing.rtf,
        unit="× real time (RTF)",
        baseline="—" if baseline is None else f"sequential RTF {baseline.rtf:.3f}",
        ratio=None if baseline is None else baseline.rtf / timing.rtf,
        target="(measured)",
        met=None,
        notes=(
            f"{timing.wall:.1f} s wall, {timing.cpu:.1f} s CPU per call; "
            f"{timing.calls_per_core_hour:.0f} calls per hour per core; WER {timing.wer:.3f}; "
            f"{CORES} cores"
        ),
        extra={
            "wall_seconds": timing.wall,
            "cpu_seconds": timing.cpu,
            "calls_per_core_hour": timing.calls_per_core_hour,
            "wer": timing.wer,
        },
    )


def _llm_row(call: EvalCall, label: str) -> Row:
    sample = script_sample(call)
    # The warm-up reads another call: llama-server caches the prompt it last evaluated, so
    # the same transcript twice would time the answer alone.
    other = build_natural_set([WARM_UP_CALL], [Variant()])[0]

    async def measure() -> float:
        async with open_extractor("local") as extractor:
            # The server's start and the fixed system prompt, paid once per worker.
            await extract.extract(script_sample(other).transcript, extractor)
            started = time.perf_counter()
            await extract.extract(sample.transcript, extractor)
            return time.perf_counter() - started

    seconds = asyncio.run(measure())
    per_core_hour = 3600.0 / (seconds * CORES)
    return Row(
        bench=9,
        name=f"local LLM extraction (EXTRACTOR=local), {label}, reference script",
        value=seconds,
        unit="s/call",
        baseline="—",
        target=f"≤ {LLM_TARGET_SECONDS:g} s per 3-min call",
        met=seconds <= LLM_TARGET_SECONDS,
        notes=(
            f"{per_core_hour:.0f} calls per hour per core (llama-server on all {CORES} cores); "
            "Qwen2.5-Coder-1.5B Q4_K_M, asked the profile's local keys"
        ),
        extra={"calls_per_core_hour": per_core_hour},
    )


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as scratch:
        for row in run(Sizes(), Path(scratch)):
            print(row.name, f"{row.value:.3f}", row.unit, row.notes)
