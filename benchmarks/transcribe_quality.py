"""Word error rate and speed of a transcriber on the evaluation set, trimmed vs untrimmed.

Each recording is transcribed twice by the same backend: as recorded, and after the
trim stage with the default settings. WER is computed against the script that was
spoken, after the same normalisation on both sides (lower case, no punctuation,
spoken numbers written in digits), so "cent vingt-huit" and "128" are the same word.
Speed is seconds of original recording per wall-clock second (× real time).

The rules extractor's field accuracy is measured on the same calls: from the reference
script (with Agent:/Client: turns) and from the transcript of the trimmed audio.

``measure_settings`` does the same for each of Whisper's decoding settings
(``whisper_settings()``: the default, then one option changed at a time), so the
default can be chosen from WER and real-time factor (wall-clock seconds per second of
recording) rather than by habit.

    python -m benchmarks.transcribe_quality [--calls 4] [--transcriber whisper]
"""

from __future__ import annotations

import argparse
import asyncio
import re
import sys
import tempfile
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.evalset import EvalCall, build_set
from stages.extract.rules import extract_fields, numberize
from stages.transcribe import Transcriber, TranscriptionResult
from stages.trim import TrimOptions, TrimResult, trim_file
from tests.audio import write_tone

INPUTS = ("untrimmed", "trimmed")


def normalise(text: str) -> list[str]:
    """Words to compare: lower case, digits for numbers, no punctuation or apostrophes."""
    text = numberize(text.lower().replace("’", "'"))
    text = re.sub(r"(?<=\d)[\s.](?=\d{3}\b)", "", text)  # "1 200" -> "1200"
    text = re.sub(r"[^\w\s]", " ", text)
    return text.split()


def word_errors(reference: Sequence[str], hypothesis: Sequence[str]) -> int:
    """Substitutions + deletions + insertions (Levenshtein distance over words)."""
    previous = list(range(len(hypothesis) + 1))
    for i, ref_word in enumerate(reference, start=1):
        current = [i]
        for j, hyp_word in enumerate(hypothesis, start=1):
            current.append(
                min(
                    previous[j] + 1,
                    current[j - 1] + 1,
                    previous[j - 1] + (ref_word != hyp_word),
                )
            )
        previous = current
    return previous[-1]


def fold(value: str) -> str:
    """Case and accents folded: how a found value is compared with the gold."""
    decomposed = unicodedata.normalize("NFKD", value.casefold().strip())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def field_hits(transcript: str, truth: dict[str, str]) -> tuple[int, int]:
    """(fields the rules extractor got right, fields said in the call).

    A gold "-" (the call does not say it) is not counted: this is the share of what was
    said that was found.
    """
    found = extract_fields(transcript).to_payload()
    said = {key: value for key, value in truth.items() if value != "-"}
    hits = sum(fold(str(found.get(key, ""))) == fold(value) for key, value in said.items())
    return hits, len(said)


@dataclass
class Tally:
    errors: int = 0
    words: int = 0
    audio_seconds: float = 0.0
    wall_seconds: float = 0.0
    transcribed_seconds: float = 0.0

    @property
    def wer(self) -> float:
        return self.errors / self.words if self.words else 0.0

    @property
    def speed(self) -> float:
        return self.audio_seconds / self.wall_seconds if self.wall_seconds else 0.0

    @property
    def rtf(self) -> float:
        """Real-time factor: wall-clock seconds per second of recording (lower is faster)."""
        return self.wall_seconds / self.audio_seconds if self.audio_seconds else 0.0


@dataclass(frozen=True)
class Heard:
    """One transcription kept for later use (the extraction benchmark reads it)."""

    call: EvalCall
    kind: str
    result: TranscriptionResult
    trim: TrimResult


@dataclass
class Report:
    transcriber: str
    tallies: dict[tuple[str, str], Tally] = field(default_factory=dict)
    field_hits: dict[str, list[int]] = field(default_factory=dict)

    def add_fields(self, source: str, hits: tuple[int, int]) -> None:
        total = self.field_hits.setdefault(source, [0, 0])
        total[0] += hits[0]
        total[1] += hits[1]

    def accuracy(self, source: str) -> float:
        hits, total = self.field_hits.get(source, [0, 0])
        return hits / total if total else 0.0


async def _timed(
    transcriber: Transcriber, audio: Path, language: str
) -> tuple[TranscriptionResult, float]:
    started = time.perf_counter()
    result = await transcriber.transcribe(audio, language=language)
    return result, time.perf_counter() - started


async def evaluate(
    calls: Sequence[EvalCall],
    transcriber: Transcriber,
    *,
    language: str = "fr",
    inputs: Sequence[str] = INPUTS,
    keep: list[Heard] | None = None,
    label: str | None = None,
) -> Report:
    """WER and speed of ``transcriber`` on ``calls``, for each of ``inputs`` (see ``INPUTS``).

    Every transcription is appended to ``keep`` when given; ``label`` names the report
    (default: the transcriber's name).
    """
    report = Report(label or transcriber.name)
    with tempfile.TemporaryDirectory(prefix="eval-trim-") as scratch:
        # Load the model outside the timing, on one second of tone rather than a call.
        await _timed(transcriber, write_tone(Path(scratch) / "warm.wav", 1.0), language)
        for call in calls:
            trimmed = Path(scratch) / f"{call.name}.wav"
            trim_result = trim_file(call.path, trimmed, TrimOptions())
            reference = normalise(call.text)
            for kind, audio, seconds in (
                ("untrimmed", call.path, trim_result.original_seconds),
                ("trimmed", trimmed, trim_result.trimmed_seconds),
            ):
                if kind not in inputs:
                    continue
                heard, wall = await _timed(transcriber, audio, language)
                text = heard.text
                if keep is not None:
                    keep.append(Heard(call, kind, heard, trim_result))
                print(
                    f"  {call.name} {kind}: {seconds:.0f} s of audio in {wall:.0f} s",
                    file=sys.stderr,
                    flush=True,
                )
                tally = report.tallies.setdefault((kind, call.condition), Tally())
                tally.errors += word_errors(reference, normalise(text))
                tally.words += len(reference)
                tally.audio_seconds += trim_result.original_seconds
                tally.transcribed_seconds += seconds
                tally.wall_seconds += wall
                if kind == "trimmed":
                    report.add_fields(
                        f"{transcriber.name} transcript", field_hits(text, call.fields)
                    )
            report.add_fields("reference script", field_hits(call.script, call.fields))
    return report


def format_report(report: Report) -> str:
    header = (
        f"{'transcriber':<12} {'input':<10} {'condition':<9} {'WER':>6} "
        f"{'sent s':>8} {'× real time':>11}"
    )
    lines = [header, "-" * len(header)]
    for (kind, condition), tally in sorted(
        report.tallies.items(), key=lambda item: (INPUTS.index(item[0][0]), item[0][1] != "quiet")
    ):
        lines.append(
            f"{report.transcriber:<12} {kind:<10} {condition:<9} {tally.wer:>6.3f} "
            f"{tally.transcribed_seconds:>8.1f} {tally.speed:>11.1f}"
        )
    return "\n".join(lines)


@dataclass(frozen=True)
class WhisperSetting:
    """One way of decoding with local Whisper (base); the defaults are the transcriber's."""

    label: str
    beam_size: int = 5
    condition_on_previous_text: bool = False
    vad_filter: bool | None = None


def whisper_settings() -> list[WhisperSetting]:
    """The default first, then each decoding option changed on its own."""
    return [
        WhisperSetting("default (beam 5, vad_filter off, condition off)"),
        WhisperSetting("vad_filter on", vad_filter=True),
        WhisperSetting("beam 1", beam_size=1),
        WhisperSetting("condition_on_previous_text on", condition_on_previous_text=True),
    ]


async def measure_settings(
    calls: Sequence[EvalCall],
    settings: Sequence[WhisperSetting],
    *,
    inputs: Sequence[str] = INPUTS,
    keep: list[Heard] | None = None,
) -> list[Report]:
    """One report per setting on ``calls``; the first setting's transcriptions go to ``keep``."""
    from stages.transcribe.whisper import WhisperTranscriber

    if calls:
        # CTranslate2's first full-length decode in a process is slower than the next ones:
        # pay it here, untimed, so the first setting is not penalised for going first.
        async with WhisperTranscriber("base") as warm:
            await warm.transcribe(calls[0].path, language="fr")
    reports = []
    for index, setting in enumerate(settings):
        print(f" whisper setting: {setting.label}", file=sys.stderr, flush=True)
        async with WhisperTranscriber(
            "base",
            beam_size=setting.beam_size,
            condition_on_previous_text=setting.condition_on_previous_text,
            vad_filter=setting.vad_filter,
        ) as transcriber:
            reports.append(
                await evaluate(
                    calls,
                    transcriber,
                    inputs=inputs,
                    keep=keep if index == 0 else None,
                    label=setting.label,
                )
            )
    return reports


def build_transcriber(name: str) -> Transcriber:
    if name == "whisper":
        from stages.transcribe.whisper import WhisperTranscriber

        return WhisperTranscriber("base")
    raise SystemExit(f"no offline transcriber named {name!r} (only whisper runs here)")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=4)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--dir", type=Path, default=Path(".eval"))
    parser.add_argument("--transcriber", default="whisper")
    args = parser.parse_args(argv)
    calls = build_set(args.dir, calls=args.calls, seed=args.seed)
    report = asyncio.run(evaluate(calls, build_transcriber(args.transcriber)))
    print(format_report(report))
    for source in report.field_hits:
        print(f"rules extractor field accuracy from {source}: {report.accuracy(source):.3f}")


if __name__ == "__main__":
    main()
