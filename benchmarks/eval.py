"""``make eval``: every quality figure of the pipeline in one table.

Builds (or reuses) the seeded evaluation set, then measures:

- trim: speech retention and silence removal per VAD setting and condition;
- transcription: word error rate per transcriber and input (trimmed or not), and speed;
- extraction: the rules extractor's field accuracy, from the reference script and from
  the transcript;
- saving: seconds of audio the trim stage kept away from the transcriber.

The same trim figures are then measured on the natural-voice set
(``benchmarks/natural_set.py``: Kokoro voices, mono, 8 kHz, 16-bit PCM and μ-law), with
Whisper's WER and real-time factor per decoding setting (``transcribe_quality.
whisper_settings()``, quiet and noisy, trimmed and untrimmed) and the field accuracy of
each extractor (``benchmarks/extraction_quality.py``: rules; local and openai when they
can run) from the reference script and from the default Whisper transcript of the trimmed
audio, with a per-field table after the main one. Its rows say "natural voices". The espeak
rows stay for comparison with earlier runs.

Whisper is the heavy part (CPU): ``--whisper-calls`` and ``--natural-whisper-calls`` bound
how many calls of each set it hears (the latter: per setting, both conditions, both inputs);
``--natural-extract-calls`` bounds the calls whose reference script the extractors read;
``--natural-calls 0`` leaves the natural set out.

    python -m benchmarks.eval [--calls 8] [--whisper-calls 4] [--seed 7] [--dir .eval]
        [--natural-calls 12] [--natural-whisper-calls 2] [--natural-extract-calls 12]
        [--extractors rules local openai]
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks import calls as natural_calls
from benchmarks import extraction_quality, transcribe_quality, trim_quality
from benchmarks.evalset import EvalCall, build_set
from benchmarks.natural_set import Variant, build_natural_set

Row = tuple[str, str, str, str]


NATURAL = ", natural voices"


def trim_rows(rows: Sequence[trim_quality.Row], suffix: str = "") -> list[Row]:
    table: list[Row] = []
    for row in rows:
        s = row.score
        goal = "" if row.meets_goal() else " (below goal)"
        table.append(
            (
                f"trim retention / removal{suffix}",
                row.setting.label,
                row.condition,
                f"{s.retention:.4f} / {s.removal:.3f}{goal}",
            )
        )
    return table


def saving_rows(rows: Sequence[trim_quality.Row], suffix: str = "") -> list[Row]:
    default = rows[0].setting.label
    table: list[Row] = []
    for row in rows:
        if row.setting.label != default:
            continue
        s = row.score
        saved = s.original_seconds - s.kept_seconds
        table.append(
            (
                f"audio not sent (default trim){suffix}",
                f"{s.original_seconds:.0f} s recorded",
                row.condition,
                f"{saved:.0f} s saved ({saved / s.original_seconds:.0%})",
            )
        )
    return table


def transcription_rows(report: transcribe_quality.Report, suffix: str = "") -> list[Row]:
    table: list[Row] = []
    for (kind, condition), tally in sorted(
        report.tallies.items(),
        key=lambda item: (transcribe_quality.INPUTS.index(item[0][0]), item[0][1] != "quiet"),
    ):
        table.append(
            (
                f"WER / speed{suffix}",
                f"{report.transcriber}, {kind} input",
                condition,
                f"{tally.wer:.3f} / {tally.speed:.1f}× real time",
            )
        )
    for source in report.field_hits:
        hits, total = report.field_hits[source]
        table.append(
            (
                f"rules extractor field accuracy{suffix}",
                f"from the {source}",
                "both",
                f"{report.accuracy(source):.3f} ({hits}/{total})",
            )
        )
    return table


def format_table(rows: Sequence[Row]) -> str:
    header: Row = ("measure", "setting / input", "condition", "figure")
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(4)]

    def line(row: Row) -> str:
        return "| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(header), rule, *(line(r) for r in rows)])


def setting_rows(reports: Sequence[transcribe_quality.Report], suffix: str = "") -> list[Row]:
    """One row per Whisper setting, input and condition: WER and real-time factor."""
    table: list[Row] = []
    for kind in transcribe_quality.INPUTS:
        for condition in ("quiet", "noisy"):
            for report in reports:
                tally = report.tallies.get((kind, condition))
                if tally is None:
                    continue
                table.append(
                    (
                        f"whisper WER / RTF{suffix}",
                        f"{report.transcriber}, {kind} input",
                        condition,
                        f"{tally.wer:.3f} / {tally.rtf:.3f}",
                    )
                )
    return table


def extraction_rows(scores: Sequence[extraction_quality.Score], suffix: str = "") -> list[Row]:
    """Accuracy (said fields) / invented (unsaid fields) / seconds per call, per score."""
    return [
        (
            f"field accuracy / invented / s per call{suffix}",
            f"{score.extractor} from the {score.source}",
            "quiet" if "noisy" not in score.source else "noisy",
            extraction_quality.summary(score),
        )
        for score in scores
    ]


@dataclass
class Natural:
    rows: list[Row]
    scores: list[extraction_quality.Score]


def natural_rows(
    calls: int, whisper_calls: int, extract_calls: int, extractors: Sequence[str]
) -> Natural:
    """Trim (PCM, all settings; μ-law, default), Whisper settings and extractors, natural set."""
    names = natural_calls.FULL[:calls]
    pcm = [Variant(c, "mono", "pcm") for c in ("quiet", "noisy")]
    mulaw = [Variant(c, "mono", "mulaw") for c in ("quiet", "noisy")]
    built = build_natural_set(names, [*pcm, *mulaw])
    audio = sum(c.duration_seconds for c in built if c.extra["encoding"] == "pcm") / 2
    print(f"natural-voice set: {len(names)} calls, {audio / 60:.1f} min each variant")

    def of(encoding: str) -> list[EvalCall]:
        return [c for c in built if c.extra["encoding"] == encoding]

    trimmed = trim_quality.measure(of("pcm"), trim_quality.settings_to_compare())
    default = trim_quality.settings_to_compare()[:1]
    trimmed_mulaw = trim_quality.measure(of("mulaw"), default)
    heard_calls = [c for c in of("pcm") if c.extra["script_name"] in names[:whisper_calls]]
    heard: list[transcribe_quality.Heard] = []
    reports = (
        asyncio.run(
            transcribe_quality.measure_settings(
                heard_calls, transcribe_quality.whisper_settings(), keep=heard
            )
        )
        if heard_calls
        else []
    )
    scores = asyncio.run(_extraction_scores(of("pcm"), names[:extract_calls], heard, extractors))
    rows = [
        *trim_rows(trimmed, NATURAL),
        *trim_rows(trimmed_mulaw, NATURAL + ", μ-law"),
        *saving_rows(trimmed, NATURAL),
        *setting_rows(reports, NATURAL),
        *extraction_rows(scores, NATURAL),
    ]
    return Natural(rows, scores)


async def _extraction_scores(
    pcm: Sequence[EvalCall],
    names: Sequence[str],
    heard: Sequence[transcribe_quality.Heard],
    extractors: Sequence[str],
) -> list[extraction_quality.Score]:
    scripts = [
        extraction_quality.script_sample(c)
        for c in pcm
        if c.condition == "quiet" and c.extra["script_name"] in names
    ]
    sources = {extraction_quality.SCRIPT_SOURCE: scripts}
    for condition in ("quiet", "noisy"):
        sources[f"whisper transcript, trimmed {condition}"] = [
            await extraction_quality.whisper_sample(h)
            for h in heard
            if h.kind == "trimmed" and h.call.condition == condition
        ]
    return await extraction_quality.measure(sources, extractors)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=8)
    parser.add_argument("--whisper-calls", type=int, default=4)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--dir", type=Path, default=Path(".eval"))
    parser.add_argument("--natural-calls", type=int, default=len(natural_calls.FULL))
    parser.add_argument("--natural-whisper-calls", type=int, default=2)
    parser.add_argument("--natural-extract-calls", type=int, default=len(natural_calls.FULL))
    parser.add_argument("--extractors", nargs="*", default=list(extraction_quality.EXTRACTORS))
    args = parser.parse_args(argv)
    started = time.perf_counter()
    calls = build_set(args.dir, calls=args.calls, seed=args.seed)
    audio = sum(c.duration_seconds for c in calls)
    print(f"evaluation set: {len(calls)} recordings, {audio / 60:.1f} min, seed {args.seed}")
    trimmed = trim_quality.measure(calls, trim_quality.settings_to_compare())
    heard = [c for c in calls if int(c.name[4:6]) < args.whisper_calls]
    report = asyncio.run(
        transcribe_quality.evaluate(heard, transcribe_quality.build_transcriber("whisper"))
    )
    rows = [*trim_rows(trimmed), *saving_rows(trimmed), *transcription_rows(report)]
    scores: list[extraction_quality.Score] = []
    if args.natural_calls > 0:
        natural = natural_rows(
            args.natural_calls,
            args.natural_whisper_calls,
            args.natural_extract_calls,
            args.extractors,
        )
        rows += natural.rows
        scores = natural.scores
    print(format_table(rows))
    if scores:
        print('\nhits/said per field (+N: values filled where the gold is "-")' + NATURAL)
        print(extraction_quality.field_table(scores))
    print(f"(took {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
