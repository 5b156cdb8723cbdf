"""The natural-voice evaluation set: the scripts of ``benchmarks/calls.py`` spoken by Kokoro.

Every utterance is synthesised once (``benchmarks/voices.py``, 24 kHz), band-limited to
the telephone band at 8 kHz and cached by its text, voice and model. A call is then laid
out with seeded pauses (and a 12-25 s hold where the script has one) and written in any
of eight variants: ``quiet`` (a clean line) or ``noisy`` (line noise, and hold music
during the hold), ``mono`` or ``stereo`` (agent left, client right), 16-bit PCM or
μ-law WAV. Beside each ``<variant>.wav`` lies ``<variant>.json``: the exact utterance
spans (samples, with their channel), text and speaker per utterance, and the gold fields.

Rendered files are cached under ``${XDG_CACHE_HOME:-~/.cache}/audio-nlp-pipeline/evalset/``
by script digest and renderer version; same digest, same bytes.

    python -m benchmarks.natural_set [--calls 12] [--variants quiet-mono-pcm ...]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import wave
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from benchmarks import calls, voices
from benchmarks.evalset import EvalCall, hold_music, load_call

__all__ = [
    "ALL_VARIANTS",
    "SAMPLE_RATE",
    "Variant",
    "build_natural_set",
    "ci_subset",
    "render",
    "synthesise",
]

FloatArray = npt.NDArray[np.float32]

# Bumped whenever the layout or the mixing changes, so stale renders are not reused.
RENDERER_VERSION = 1
SAMPLE_RATE = 8000
SEED = 11
EDGE_SECONDS = 0.5
PAUSE_RANGE = (0.25, 1.4)
# About one gap in seven is a longer silence: someone thinking, looking for a bill.
LONG_PAUSE_RANGE = (2.0, 4.0)
LONG_PAUSE_SHARE = 0.15
HOLD_RANGE = (12.0, 25.0)
HOLD_MARGIN_SECONDS = 0.3
QUIET_DBFS = -70.0
LINE_NOISE_DBFS = -45.0
# Mains buzz leaking into an analogue line, above the band's 300 Hz floor.
BUZZ_DBFS = -52.0
_UTTERANCE_PEAK = 0.5
_BAND = ("sinc", "300-3400", "rate", "-h", str(SAMPLE_RATE))
_EDGE_THRESHOLD = 10 ** (-45 / 20)


@dataclass(frozen=True)
class Variant:
    """One way of recording a call."""

    condition: str = "quiet"
    layout: str = "mono"
    encoding: str = "pcm"

    @property
    def label(self) -> str:
        return f"{self.condition}-{self.layout}-{self.encoding}"

    @classmethod
    def parse(cls, label: str) -> Variant:
        condition, layout, encoding = label.split("-")
        variant = cls(condition, layout, encoding)
        if variant not in ALL_VARIANTS:
            raise ValueError(f"unknown variant {label!r}")
        return variant


ALL_VARIANTS: tuple[Variant, ...] = tuple(
    Variant(c, layout, e)
    for c in ("quiet", "noisy")
    for layout in ("mono", "stereo")
    for e in ("pcm", "mulaw")
)


def cache_root() -> Path:
    """The rendered set's cache (respects XDG_CACHE_HOME)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "audio-nlp-pipeline" / "evalset"


def _digest(value: object) -> str:
    return hashlib.sha256(json.dumps(value, ensure_ascii=False).encode()).hexdigest()[:16]


def script_digest(script: calls.Script) -> str:
    """Changes with the words, voices, gold, renderer and model: the render's cache key."""
    return _digest(
        [
            [asdict(t) for t in script.turns],
            script.voices,
            script.hold_after,
            script.gold,
            script.objections,
            RENDERER_VERSION,
            voices.model_identity(),
        ]
    )


def _band_limit(samples: FloatArray) -> FloatArray:
    """24 kHz float -> 8 kHz telephone band (300-3400 Hz), by sox (deterministic, no dither)."""
    raw = ("-t", "raw", "-e", "floating-point", "-b", "32", "-c", "1")
    completed = subprocess.run(
        ["sox", "-R", *raw, "-r", str(voices.SAMPLE_RATE), "-", *raw, "-", *_BAND],
        input=samples.astype("<f4").tobytes(),
        check=True,
        capture_output=True,
    )
    return np.frombuffer(completed.stdout, dtype="<f4").astype(np.float32)


def _tighten_and_level(samples: FloatArray) -> FloatArray:
    peak = float(np.abs(samples).max()) if samples.size else 0.0
    if peak == 0.0:
        return samples
    loud = np.flatnonzero(np.abs(samples) > _EDGE_THRESHOLD * peak)
    said = samples[loud[0] : loud[-1] + 1]
    return (said * (_UTTERANCE_PEAK / peak)).astype(np.float32)


def synthesise(text: str, voice: str, speaker: voices.Speaker, root: Path) -> FloatArray:
    """One utterance at 8 kHz in the telephone band, from the cache or the model."""
    key = _digest([text, voice, voices.VOICES[voice], speaker.speed, voices.model_identity()])
    path = root / "utterances" / f"{key}.npy"
    if path.is_file():
        return np.asarray(np.load(path), dtype=np.float32)
    said = _tighten_and_level(_band_limit(speaker.speak(text, voice)))
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{key}.partial.npy")
    np.save(partial, said)
    partial.replace(path)
    return said


@dataclass
class _Layout:
    agent: FloatArray
    client: FloatArray
    spans: list[tuple[int, int]]
    hold_span: tuple[int, int] | None


def _lay_out(script: calls.Script, said: list[FloatArray], rng: np.random.Generator) -> _Layout:
    gaps: list[float] = []
    for index in range(len(said) - 1):
        if index == script.hold_after:
            gaps.append(float(rng.uniform(*HOLD_RANGE)))
        elif rng.random() < LONG_PAUSE_SHARE:
            gaps.append(float(rng.uniform(*LONG_PAUSE_RANGE)))
        else:
            gaps.append(float(rng.uniform(*PAUSE_RANGE)))
    edge = round(EDGE_SECONDS * SAMPLE_RATE)
    spans: list[tuple[int, int]] = []
    cursor = edge
    for index, piece in enumerate(said):
        spans.append((cursor, cursor + piece.size))
        cursor += piece.size + (round(gaps[index] * SAMPLE_RATE) if index < len(gaps) else edge)
    tracks = {"Agent": np.zeros(cursor, np.float32), "Client": np.zeros(cursor, np.float32)}
    for turn, piece, (start, end) in zip(script.turns, said, spans, strict=True):
        tracks[turn.speaker][start:end] += piece
    hold_span = None
    if script.hold_after is not None:
        margin = round(HOLD_MARGIN_SECONDS * SAMPLE_RATE)
        hold_span = (spans[script.hold_after][1] + margin, spans[script.hold_after + 1][0] - margin)
    return _Layout(tracks["Agent"], tracks["Client"], spans, hold_span)


def _line(size: int, condition: str, rng: np.random.Generator) -> FloatArray:
    if condition == "quiet":
        return rng.normal(0.0, 10 ** (QUIET_DBFS / 20), size).astype(np.float32)
    t = np.arange(size) / SAMPLE_RATE
    buzz = np.zeros(size)
    for k, frequency in enumerate((350, 450, 550), start=1):
        buzz += np.sin(2 * np.pi * frequency * t + rng.uniform(0, 6.3)) / k
    buzz *= 10 ** (BUZZ_DBFS / 20) / (float(np.abs(buzz).max()) or 1.0)
    hiss = rng.normal(0.0, 10 ** (LINE_NOISE_DBFS / 20), size)
    return (hiss + buzz).astype(np.float32)


def _mix(layout: _Layout, variant: Variant, seed: list[int]) -> FloatArray:
    """(frames, channels) float samples of ``layout`` in ``variant``'s condition and layout."""
    rng = np.random.default_rng(seed)
    music = np.zeros(layout.agent.size, np.float32)
    if variant.condition == "noisy" and layout.hold_span is not None:
        start, end = layout.hold_span
        music[start:end] = hold_music((end - start) / SAMPLE_RATE, SAMPLE_RATE, rng)
    size = layout.agent.size
    if variant.layout == "mono":
        mono = layout.agent + layout.client + music + _line(size, variant.condition, rng)
        return mono[:, np.newaxis]
    left = layout.agent + music + _line(size, variant.condition, rng)
    right = layout.client + music + _line(size, variant.condition, rng)
    return np.stack([left, right], axis=1)


def _write(path: Path, frames: FloatArray, encoding: str) -> None:
    pcm = (np.clip(frames, -1.0, 1.0) * 32767).round().astype("<i2")
    channels = frames.shape[1]
    partial = path.with_name(path.stem + ".partial.wav")
    if encoding == "pcm":
        with wave.open(str(partial), "wb") as out:
            out.setnchannels(channels)
            out.setsampwidth(2)
            out.setframerate(SAMPLE_RATE)
            out.writeframes(pcm.tobytes())
    else:
        subprocess.run(
            [
                *("ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y"),
                *("-f", "s16le", "-ar", str(SAMPLE_RATE), "-ac", str(channels), "-i", "-"),
                *("-c:a", "pcm_mulaw", "-bitexact", "-f", "wav", str(partial)),
            ],
            input=pcm.tobytes(),
            check=True,
            capture_output=True,
        )
    partial.replace(path)


def render(
    script: calls.Script,
    variants: Sequence[Variant] = ALL_VARIANTS,
    *,
    root: Path | None = None,
    speaker: voices.Speaker | None = None,
) -> list[EvalCall]:
    """``script`` in each of ``variants``, reusing a render of the same digest."""
    where = root or cache_root()
    digest = script_digest(script)
    folder = where / f"{script.name}-{digest}"
    wanted = {v: folder / f"{v.label}.json" for v in variants}
    missing = [v for v, truth in wanted.items() if not truth.is_file()]
    if missing:
        for stale in where.glob(f"{script.name}-*"):
            if stale != folder and stale.is_dir():
                for old in stale.iterdir():
                    old.unlink()
                stale.rmdir()
        folder.mkdir(parents=True, exist_ok=True)
        talker = speaker or voices.Speaker()
        said = []
        for index, turn in enumerate(script.turns, start=1):
            print(f"  {script.name}: utterance {index}/{len(script.turns)}", file=sys.stderr)
            said.append(synthesise(turn.spoken, script.voices[turn.speaker], talker, where))
        seed = int(digest[:8], 16)
        layout = _lay_out(script, said, np.random.default_rng([SEED, seed]))
        for variant in missing:
            _write_variant(
                script, variant, layout, folder, [SEED, seed, ALL_VARIANTS.index(variant)]
            )
    return [load_call(wanted[v]) for v in variants]


def _write_variant(
    script: calls.Script, variant: Variant, layout: _Layout, folder: Path, seed: list[int]
) -> None:
    frames = _mix(layout, variant, seed)
    path = folder / f"{variant.label}.wav"
    _write(path, frames, variant.encoding)
    stereo = variant.layout == "stereo"
    utterances: list[dict[str, object]] = [
        {
            "speaker": turn.speaker,
            "text": turn.text,
            "start_sample": start,
            "end_sample": end,
            "channel": (0 if turn.speaker == "Agent" else 1) if stereo else 0,
        }
        for turn, (start, end) in zip(script.turns, layout.spans, strict=True)
    ]
    call = EvalCall(
        name=f"{script.name}-{variant.label}",
        condition=variant.condition,
        path=path,
        sample_rate=SAMPLE_RATE,
        utterances=utterances,
        hold_span=layout.hold_span,
        text=" ".join(t.text for t in script.turns),
        script=script.script,
        fields=dict(script.gold),
        duration_seconds=frames.shape[0] / SAMPLE_RATE,
        extra={
            "set": "natural",
            "script_name": script.name,
            "summary": script.summary,
            "layout": variant.layout,
            "encoding": variant.encoding,
            "channels": frames.shape[1],
            "voices": script.voices,
            "objections": script.objections,
            "digest": script_digest(script),
            "renderer_version": RENDERER_VERSION,
        },
    )
    truth = folder / f"{variant.label}.json"
    partial = truth.with_name(truth.stem + ".partial.json")
    partial.write_text(call.truth_json(), encoding="utf-8")
    partial.replace(truth)


def build_natural_set(
    names: Sequence[str] = calls.FULL,
    variants: Sequence[Variant] = ALL_VARIANTS,
    *,
    root: Path | None = None,
) -> list[EvalCall]:
    """The named scripts in every variant asked, one model shared by all."""
    speaker = voices.Speaker()
    built: list[EvalCall] = []
    for name in names:
        built += render(calls.by_name(name), variants, root=root, speaker=speaker)
    return built


def ci_subset(root: Path | None = None) -> list[EvalCall]:
    """The fixed subset ``make test`` uses: the two short calls, quiet, mono, PCM."""
    return build_natural_set(calls.SUBSET, [Variant()], root=root)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=len(calls.FULL))
    parser.add_argument("--variants", nargs="*", default=[v.label for v in ALL_VARIANTS])
    parser.add_argument("--root", type=Path, default=None)
    args = parser.parse_args(argv)
    variants = [Variant.parse(v) for v in args.variants]
    built = build_natural_set(calls.FULL[: args.calls], variants, root=args.root)
    first = variants[0].label
    minutes = sum(c.duration_seconds for c in built if c.name.endswith(first)) / 60
    print(f"{len(built)} recordings of {args.calls} calls, {minutes:.1f} min per variant")


if __name__ == "__main__":
    main()
