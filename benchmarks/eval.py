"""``make eval``: every quality figure of the pipeline in one table.

Builds (or reuses) the seeded evaluation set, then measures:

- trim: speech retention and silence removal per VAD setting and condition;
- transcription: word error rate per transcriber and input (trimmed or not), and speed;
- extraction: the rules extractor's field accuracy, from the reference script and from
  the transcript;
- saving: seconds of audio the trim stage kept away from the transcriber.

Whisper is the heavy part (CPU): ``--whisper-calls`` bounds how many calls it hears.

    python -m benchmarks.eval [--calls 8] [--whisper-calls 4] [--seed 7] [--dir .eval]
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks import transcribe_quality, trim_quality
from benchmarks.evalset import build_set

Row = tuple[str, str, str, str]


def trim_rows(rows: Sequence[trim_quality.Row]) -> list[Row]:
    table: list[Row] = []
    for row in rows:
        s = row.score
        goal = "" if row.meets_goal() else " (below goal)"
        table.append(
            (
                "trim retention / removal",
                row.setting.label,
                row.condition,
                f"{s.retention:.4f} / {s.removal:.3f}{goal}",
            )
        )
    return table


def saving_rows(rows: Sequence[trim_quality.Row]) -> list[Row]:
    default = rows[0].setting.label
    table: list[Row] = []
    for row in rows:
        if row.setting.label != default:
            continue
        s = row.score
        saved = s.original_seconds - s.kept_seconds
        table.append(
            (
                "audio not sent (default trim)",
                f"{s.original_seconds:.0f} s recorded",
                row.condition,
                f"{saved:.0f} s saved ({saved / s.original_seconds:.0%})",
            )
        )
    return table


def transcription_rows(report: transcribe_quality.Report) -> list[Row]:
    table: list[Row] = []
    for (kind, condition), tally in sorted(
        report.tallies.items(),
        key=lambda item: (transcribe_quality.INPUTS.index(item[0][0]), item[0][1] != "quiet"),
    ):
        table.append(
            (
                "WER / speed",
                f"{report.transcriber}, {kind} input",
                condition,
                f"{tally.wer:.3f} / {tally.speed:.1f}× real time",
            )
        )
    for source in report.field_hits:
        hits, total = report.field_hits[source]
        table.append(
            (
                "rules extractor field accuracy",
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


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=8)
    parser.add_argument("--whisper-calls", type=int, default=4)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--dir", type=Path, default=Path(".eval"))
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
    print(format_table([*trim_rows(trimmed), *saving_rows(trimmed), *transcription_rows(report)]))
    print(f"(took {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
