"""How well the trim stage keeps speech and cuts the rest, per VAD setting and condition.

Two figures per setting, over the evaluation set (``benchmarks/evalset.py``):

- **speech retention**: the share of utterance samples present in the output, and
  intact, that is inside one kept span with the rest of their utterance (an utterance
  split by a cut counts as lost in its smaller pieces). 1.0 means no word was clipped.
- **silence removal**: the share of non-speech samples cut (pauses, hold music,
  the call's opening and closing silence). A trimmer that keeps about 0.3 s of every
  pause longer than 0.5 s scores about 0.84 on this set: that is near the ceiling.

The goal for the default settings is retention >= 0.99 and removal >= 0.80 in both
the quiet and the noisy condition.

    python -m benchmarks.trim_quality [--calls 8] [--seed 7] [--dir .eval]
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import numpy.typing as npt

from benchmarks.evalset import EvalCall, build_set
from stages.trim import SAMPLE_RATE, TrimOptions, decode, speech_regions

RETENTION_GOAL = 0.99
REMOVAL_GOAL = 0.80
BoolArray = npt.NDArray[np.bool_]


@dataclass(frozen=True)
class Setting:
    label: str
    options: TrimOptions


def settings_to_compare() -> list[Setting]:
    """The default, webrtcvad's four modes, Silero at other thresholds and Silero's 8 kHz
    branch on the calls' own samples, same timings."""
    default = TrimOptions()
    settings = [Setting(f"default ({_describe(default)})", default)]
    for mode in range(4):
        options = replace(default, vad="webrtc", vad_mode=mode)
        settings.append(Setting(f"webrtc mode {mode}", options))
    for threshold in (0.3, 0.5, 0.7):
        options = replace(default, vad="silero", silero_threshold=threshold)
        settings.append(Setting(f"silero threshold {threshold}", options))
    for threshold in (0.3, 0.4, 0.5, 0.6, 0.7):
        options = replace(default, vad="silero", silero_rate=8000, silero_threshold=threshold)
        settings.append(Setting(f"silero 8 kHz branch threshold {threshold}", options))
    return settings


def _describe(options: TrimOptions) -> str:
    detail = (
        f"threshold {options.silero_threshold}"
        if options.vad == "silero"
        else f"mode {options.vad_mode}"
    )
    return (
        f"{options.vad} {detail}, min silence {options.min_silence_ms} ms, "
        f"padding {options.padding_ms} ms"
    )


@dataclass(frozen=True)
class Score:
    speech_samples: int
    speech_kept: int
    silence_samples: int
    silence_cut: int
    clipped_utterances: int
    original_seconds: float
    kept_seconds: float

    def __add__(self, other: Score) -> Score:
        return Score(*(a + b for a, b in zip(_values(self), _values(other), strict=True)))

    @property
    def retention(self) -> float:
        return self.speech_kept / self.speech_samples if self.speech_samples else 1.0

    @property
    def removal(self) -> float:
        return self.silence_cut / self.silence_samples if self.silence_samples else 1.0


def _values(score: Score) -> tuple[float, ...]:
    return (
        score.speech_samples,
        score.speech_kept,
        score.silence_samples,
        score.silence_cut,
        score.clipped_utterances,
        score.original_seconds,
        score.kept_seconds,
    )


def score_regions(call: EvalCall, regions: Sequence[tuple[int, int]]) -> Score:
    """Compare kept 16 kHz sample ranges with the call's utterance spans (its own rate)."""
    size = round(call.duration_seconds * call.sample_rate)
    scale = call.sample_rate / SAMPLE_RATE
    kept = np.zeros(size, dtype=np.bool_)
    for start, end in regions:
        kept[round(start * scale) : round(end * scale)] = True
    speech = np.zeros(size, dtype=np.bool_)
    intact = 0
    clipped = 0
    for start, end in call.speech_spans():
        speech[start:end] = True
        held = _largest_kept_piece(kept[start:end])
        intact += held
        clipped += held < end - start
    silence = ~speech
    return Score(
        speech_samples=int(speech.sum()),
        speech_kept=intact,
        silence_samples=int(silence.sum()),
        silence_cut=int((silence & ~kept).sum()),
        clipped_utterances=clipped,
        original_seconds=size / call.sample_rate,
        kept_seconds=float(kept.sum()) / call.sample_rate,
    )


def _largest_kept_piece(kept: BoolArray) -> int:
    """Samples of the longest unbroken kept stretch: the part of an utterance heard whole."""
    if kept.all():
        return int(kept.size)
    edges = np.flatnonzero(np.diff(np.concatenate(([0], kept.astype(np.int8), [0]))))
    lengths = edges[1::2] - edges[0::2]
    return int(lengths.max()) if lengths.size else 0


@dataclass(frozen=True)
class Row:
    setting: Setting
    condition: str
    score: Score

    def meets_goal(self) -> bool:
        return self.score.retention >= RETENTION_GOAL and self.score.removal >= REMOVAL_GOAL


def measure(calls: Sequence[EvalCall], settings: Sequence[Setting]) -> list[Row]:
    """Every setting on every call, summed per condition; each file decoded once."""
    totals: dict[tuple[int, str], Score] = {}
    for call in calls:
        frames = decode(call.path)
        # The sets are scored mono; decode gives (frames, channels) for a stereo-aware trim.
        samples = frames[:, 0] if frames.ndim == 2 else frames
        for index, setting in enumerate(settings):
            # An 8 kHz call's own samples are every other one of decode's (the 8 kHz branch).
            regions = speech_regions(samples, setting.options, source_rate=call.sample_rate)
            score = score_regions(call, regions)
            key = (index, call.condition)
            totals[key] = totals[key] + score if key in totals else score
    conditions = sorted({call.condition for call in calls}, key=["quiet", "noisy"].index)
    return [
        Row(setting, condition, totals[(index, condition)])
        for index, setting in enumerate(settings)
        for condition in conditions
    ]


def format_rows(rows: Sequence[Row]) -> str:
    header = (
        f"{'VAD setting':<70} {'condition':<9} {'retention':>9} {'removal':>8} "
        f"{'clipped':>7} {'audio s':>8} {'kept s':>7}"
    )
    lines = [header, "-" * len(header)]
    for row in rows:
        s = row.score
        mark = "" if row.meets_goal() else "  below goal"
        lines.append(
            f"{row.setting.label:<70} {row.condition:<9} {s.retention:>9.4f} {s.removal:>8.3f} "
            f"{s.clipped_utterances:>7d} {s.original_seconds:>8.1f} {s.kept_seconds:>7.1f}{mark}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=8)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--dir", type=Path, default=Path(".eval"))
    args = parser.parse_args(argv)
    calls = build_set(args.dir, calls=args.calls, seed=args.seed)
    print(format_rows(measure(calls, settings_to_compare())))


if __name__ == "__main__":
    main()
