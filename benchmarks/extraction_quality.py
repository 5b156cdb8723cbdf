"""Field accuracy of each extractor on the natural-voice set, per transcript source and field.

Every extraction goes through ``stages.extract.extract``, the function the extract stage
calls, so the evidence check applies: a value nothing in the transcript supports is
scored as the "-" the stage would deliver. Two sources of transcript:

- the reference script: the written turns, as ``Agent:``/``Client:`` utterances timed by
  the render's spans (what a perfect transcriber with known roles would give);
- local Whisper's transcript of the trimmed audio, wrapped by ``stages.transcribe.transcribe``
  exactly as the transcribe stage wraps it (mono: roles unknown).

``--held-out`` scores ``benchmarks.calls.HELD_OUT`` instead: calls written after the rules
were tuned on the natural set, never rendered, so only from their reference script (the
turns timed by word count, ``HELD_OUT_SOURCE``); no audio, no Whisper. ``--held-out 2``
scores the second such set, ``benchmarks.calls.HELD_OUT_2`` (``HELD_OUT_2_SOURCE``), and
``--held-out 3`` the third, ``benchmarks.calls.HELD_OUT_3`` (``HELD_OUT_3_SOURCE``),
``--held-out 4`` the fourth, ``benchmarks.calls.HELD_OUT_4`` (``HELD_OUT_4_SOURCE``),
``--held-out 5`` the fifth, ``benchmarks.calls.HELD_OUT_5`` (``HELD_OUT_5_SOURCE``),
``--held-out 6`` the sixth, ``benchmarks.calls.HELD_OUT_6`` (``HELD_OUT_6_SOURCE``),
``--held-out 7`` the seventh, ``benchmarks.calls.HELD_OUT_7`` (``HELD_OUT_7_SOURCE``),
``--held-out 8`` the eighth, ``benchmarks.calls.HELD_OUT_8`` (``HELD_OUT_8_SOURCE``),
``--held-out 9`` the ninth, ``benchmarks.calls.HELD_OUT_9`` (``HELD_OUT_9_SOURCE``),
``--held-out 10`` the tenth, ``benchmarks.calls.HELD_OUT_10`` (``HELD_OUT_10_SOURCE``),
``--held-out 11`` the eleventh, ``benchmarks.calls.HELD_OUT_11`` (``HELD_OUT_11_SOURCE``),
``--held-out 12`` the twelfth, ``benchmarks.calls.HELD_OUT_12`` (``HELD_OUT_12_SOURCE``),
``--held-out 13`` the thirteenth, ``benchmarks.calls.HELD_OUT_13`` (``HELD_OUT_13_SOURCE``),
``--held-out 14`` the fourteenth, ``benchmarks.calls.HELD_OUT_14`` (``HELD_OUT_14_SOURCE``),
``--held-out 15`` the fifteenth, ``benchmarks.calls.HELD_OUT_15`` (``HELD_OUT_15_SOURCE``),
``--held-out 16`` the sixteenth, ``benchmarks.calls.HELD_OUT_16`` (``HELD_OUT_16_SOURCE``),
``--held-out 17`` the seventeenth, ``benchmarks.calls.HELD_OUT_17`` (``HELD_OUT_17_SOURCE``),
``--held-out 18`` the eighteenth, ``benchmarks.calls.HELD_OUT_18`` (``HELD_OUT_18_SOURCE``),
``--held-out 19`` the nineteenth, ``benchmarks.calls.HELD_OUT_19`` (``HELD_OUT_19_SOURCE``),
``--held-out 20`` the twentieth, ``benchmarks.calls.HELD_OUT_20`` (``HELD_OUT_20_SOURCE``),
``--held-out 21`` the twenty-first, ``benchmarks.calls.HELD_OUT_21`` (``HELD_OUT_21_SOURCE``),
``--held-out 22`` the twenty-second, ``benchmarks.calls.HELD_OUT_22`` (``HELD_OUT_22_SOURCE``),
``--held-out 23`` the twenty-third, ``benchmarks.calls.HELD_OUT_23`` (``HELD_OUT_23_SOURCE``),
``--held-out 24`` the twenty-fourth, ``benchmarks.calls.HELD_OUT_24`` (``HELD_OUT_24_SOURCE``),
``--held-out 25`` the twenty-fifth, ``benchmarks.calls.HELD_OUT_25`` (``HELD_OUT_25_SOURCE``),
``--held-out 26`` the twenty-sixth, ``benchmarks.calls.HELD_OUT_26`` (``HELD_OUT_26_SOURCE``), and
``--held-out 27`` the twenty-seventh, ``benchmarks.calls.HELD_OUT_27`` (``HELD_OUT_27_SOURCE``), the
same way; ``--held-out`` alone, or ``--held-out 1``, is the first (``HELD_OUT_SETS``).
With ``--held-out-audio`` a held-out set is also rendered as the natural set is (quiet,
mono, PCM, cached) and heard by default Whisper: calls the rules were never tuned on, from
their audio.

Scored keys are ``benchmarks.calls.GOLD_KEYS``, compared after case and accent folding
(docs/quality.md). Per extractor and source: accuracy over the fields the call says (gold
not "-"), the invented rate (a value where the gold is "-", over the gold "-" fields), hits
per field, and extraction seconds per call.

Extractors by name (``EXTRACTORS``): ``rules`` always; ``local`` when the llama-server and
its model are installed (``make local-llm``); ``openai`` when OPENAI_API_KEY is set
(OPENAI_MODEL and OPENAI_BASE_URL are honoured). One that cannot run is skipped with a note.

    python -m benchmarks.extraction_quality [--calls 12] [--whisper-calls 2]
        [--extractors rules local openai]
    python -m benchmarks.extraction_quality --held-out [1-27] [--held-out-audio]
        [--extractors rules local]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import messages
from benchmarks import calls as natural_calls
from benchmarks.evalset import EvalCall
from benchmarks.natural_set import Variant, build_natural_set, render
from benchmarks.transcribe_quality import Heard, evaluate, fold
from stages import extract
from stages.errors import PermanentError
from stages.extract.profiles import SOLAR
from stages.transcribe import TranscriptionResult, transcribe

__all__ = [
    "EXTRACTORS",
    "HELD_OUT_2_SOURCE",
    "HELD_OUT_3_SOURCE",
    "HELD_OUT_4_SOURCE",
    "HELD_OUT_5_SOURCE",
    "HELD_OUT_6_SOURCE",
    "HELD_OUT_7_SOURCE",
    "HELD_OUT_8_SOURCE",
    "HELD_OUT_9_SOURCE",
    "HELD_OUT_10_SOURCE",
    "HELD_OUT_11_SOURCE",
    "HELD_OUT_12_SOURCE",
    "HELD_OUT_13_SOURCE",
    "HELD_OUT_14_SOURCE",
    "HELD_OUT_15_SOURCE",
    "HELD_OUT_16_SOURCE",
    "HELD_OUT_17_SOURCE",
    "HELD_OUT_18_SOURCE",
    "HELD_OUT_19_SOURCE",
    "HELD_OUT_20_SOURCE",
    "HELD_OUT_21_SOURCE",
    "HELD_OUT_22_SOURCE",
    "HELD_OUT_23_SOURCE",
    "HELD_OUT_24_SOURCE",
    "HELD_OUT_25_SOURCE",
    "HELD_OUT_26_SOURCE",
    "HELD_OUT_27_SOURCE",
    "HELD_OUT_SETS",
    "HELD_OUT_SOURCE",
    "SCRIPT_SOURCE",
    "FieldTally",
    "Sample",
    "Score",
    "field_table",
    "held_out_sample",
    "measure",
    "open_extractor",
    "score_fields",
    "script_sample",
    "summary",
    "unavailable",
    "whisper_sample",
]

# "local" is the local LLM as EXTRACTOR=local runs it (the profile's local keys asked, the
# rules filling the rest); "local-whole" asks it every key, as OpenAI is asked.
EXTRACTORS: tuple[str, ...] = ("rules", "local", "local-whole", "openai")
SCRIPT_SOURCE = "reference script"
HELD_OUT_SOURCE = "held-out reference script"
HELD_OUT_2_SOURCE = "held-out 2 reference script"
HELD_OUT_3_SOURCE = "held-out 3 reference script"
HELD_OUT_4_SOURCE = "held-out 4 reference script"
HELD_OUT_5_SOURCE = "held-out 5 reference script"
HELD_OUT_6_SOURCE = "held-out 6 reference script"
HELD_OUT_7_SOURCE = "held-out 7 reference script"
HELD_OUT_8_SOURCE = "held-out 8 reference script"
HELD_OUT_9_SOURCE = "held-out 9 reference script"
HELD_OUT_10_SOURCE = "held-out 10 reference script"
HELD_OUT_11_SOURCE = "held-out 11 reference script"
HELD_OUT_12_SOURCE = "held-out 12 reference script"
HELD_OUT_13_SOURCE = "held-out 13 reference script"
HELD_OUT_14_SOURCE = "held-out 14 reference script"
HELD_OUT_15_SOURCE = "held-out 15 reference script"
HELD_OUT_16_SOURCE = "held-out 16 reference script"
HELD_OUT_17_SOURCE = "held-out 17 reference script"
HELD_OUT_18_SOURCE = "held-out 18 reference script"
HELD_OUT_19_SOURCE = "held-out 19 reference script"
HELD_OUT_20_SOURCE = "held-out 20 reference script"
HELD_OUT_21_SOURCE = "held-out 21 reference script"
HELD_OUT_22_SOURCE = "held-out 22 reference script"
HELD_OUT_23_SOURCE = "held-out 23 reference script"
HELD_OUT_24_SOURCE = "held-out 24 reference script"
HELD_OUT_25_SOURCE = "held-out 25 reference script"
HELD_OUT_26_SOURCE = "held-out 26 reference script"
HELD_OUT_27_SOURCE = "held-out 27 reference script"
# The held-out sets ``--held-out N`` scores: their scripts and the source they are scored as.
HELD_OUT_SETS: dict[int, tuple[tuple[natural_calls.Script, ...], str]] = {
    1: (natural_calls.HELD_OUT, HELD_OUT_SOURCE),
    2: (natural_calls.HELD_OUT_2, HELD_OUT_2_SOURCE),
    3: (natural_calls.HELD_OUT_3, HELD_OUT_3_SOURCE),
    4: (natural_calls.HELD_OUT_4, HELD_OUT_4_SOURCE),
    5: (natural_calls.HELD_OUT_5, HELD_OUT_5_SOURCE),
    6: (natural_calls.HELD_OUT_6, HELD_OUT_6_SOURCE),
    7: (natural_calls.HELD_OUT_7, HELD_OUT_7_SOURCE),
    8: (natural_calls.HELD_OUT_8, HELD_OUT_8_SOURCE),
    9: (natural_calls.HELD_OUT_9, HELD_OUT_9_SOURCE),
    10: (natural_calls.HELD_OUT_10, HELD_OUT_10_SOURCE),
    11: (natural_calls.HELD_OUT_11, HELD_OUT_11_SOURCE),
    12: (natural_calls.HELD_OUT_12, HELD_OUT_12_SOURCE),
    13: (natural_calls.HELD_OUT_13, HELD_OUT_13_SOURCE),
    14: (natural_calls.HELD_OUT_14, HELD_OUT_14_SOURCE),
    15: (natural_calls.HELD_OUT_15, HELD_OUT_15_SOURCE),
    16: (natural_calls.HELD_OUT_16, HELD_OUT_16_SOURCE),
    17: (natural_calls.HELD_OUT_17, HELD_OUT_17_SOURCE),
    18: (natural_calls.HELD_OUT_18, HELD_OUT_18_SOURCE),
    19: (natural_calls.HELD_OUT_19, HELD_OUT_19_SOURCE),
    20: (natural_calls.HELD_OUT_20, HELD_OUT_20_SOURCE),
    21: (natural_calls.HELD_OUT_21, HELD_OUT_21_SOURCE),
    22: (natural_calls.HELD_OUT_22, HELD_OUT_22_SOURCE),
    23: (natural_calls.HELD_OUT_23, HELD_OUT_23_SOURCE),
    24: (natural_calls.HELD_OUT_24, HELD_OUT_24_SOURCE),
    25: (natural_calls.HELD_OUT_25, HELD_OUT_25_SOURCE),
    26: (natural_calls.HELD_OUT_26, HELD_OUT_26_SOURCE),
    27: (natural_calls.HELD_OUT_27, HELD_OUT_27_SOURCE),
}
UNSAID = "-"
# Named in a source heard with ``--one-voice``, a default overridden.
ONE_VOICE = " (override: one voice)"
# The timing given to a held-out script's turns, which no render timed: about the Kokoro
# voices' pace, and a pause between turns.
WORD_MS = 350
GAP_MS = 600


@dataclass(frozen=True)
class Sample:
    """One transcript to extract from, with the gold of its call."""

    call: str
    transcript: messages.Transcript
    gold: Mapping[str, str]


@dataclass
class FieldTally:
    """One field over the calls: found right where said, filled where not said."""

    hits: int = 0
    said: int = 0
    invented: int = 0
    unsaid: int = 0


@dataclass
class Score:
    """One extractor on one source."""

    extractor: str
    source: str
    fields: dict[str, FieldTally] = field(default_factory=dict)
    calls: int = 0
    seconds: float = 0.0
    # Calls whose extraction failed (the answer still invalid after the corrective retry):
    # scored as if nothing was found, as the pipeline would dead-letter them.
    failed: int = 0

    def total(self) -> FieldTally:
        out = FieldTally()
        for tally in self.fields.values():
            out.hits += tally.hits
            out.said += tally.said
            out.invented += tally.invented
            out.unsaid += tally.unsaid
        return out

    @property
    def accuracy(self) -> float:
        total = self.total()
        return total.hits / total.said if total.said else 0.0

    @property
    def invented_rate(self) -> float:
        total = self.total()
        return total.invented / total.unsaid if total.unsaid else 0.0

    @property
    def seconds_per_call(self) -> float:
        return self.seconds / self.calls if self.calls else 0.0

    def add(self, found: Mapping[str, object], gold: Mapping[str, str]) -> None:
        for key, (hit, invented) in score_fields(found, gold).items():
            tally = self.fields.setdefault(key, FieldTally())
            if gold[key] == UNSAID:
                tally.unsaid += 1
                tally.invented += invented
            else:
                tally.said += 1
                tally.hits += hit


def _filled(value: object) -> bool:
    return fold(str(value)) not in ("", UNSAID)


def score_fields(
    found: Mapping[str, object], gold: Mapping[str, str]
) -> dict[str, tuple[bool, bool]]:
    """(right, invented) for every scored key of ``gold``.

    Right: the gold is said and the found value equals it, case and accents folded.
    Invented: the gold is "-" and a value was filled anyway.
    """
    scored: dict[str, tuple[bool, bool]] = {}
    for key in natural_calls.GOLD_KEYS:
        expected = gold[key]
        value = found.get(key, UNSAID)
        if expected == UNSAID:
            scored[key] = (False, _filled(value))
        else:
            scored[key] = (fold(str(value)) == fold(expected), False)
    return scored


def _reference_transcript(
    turns: Sequence[tuple[str, str, int, int]], seconds: float
) -> messages.Transcript:
    """(speaker, text, start ms, end ms) turns as utterances of known roles."""
    utterances = [
        messages.Utterance(
            speaker=speaker,
            role=speaker.lower(),
            text=text,
            start_ms=start,
            end_ms=end,
            original_start_ms=start,
            original_end_ms=end,
        )
        for speaker, text, start, end in turns
    ]
    return messages.Transcript(
        fiche_id=0,
        text=" ".join(u.text for u in utterances),
        utterances=utterances,
        language="fr",
        backend="script",
        original_seconds=seconds,
    )


def script_sample(call: EvalCall) -> Sample:
    """The reference script as utterances of known roles, timed by the render's spans."""
    turns = [
        (
            str(said["speaker"]),
            str(said["text"]),
            round(int(str(said["start_sample"])) * 1000 / call.sample_rate),
            round(int(str(said["end_sample"])) * 1000 / call.sample_rate),
        )
        for said in call.utterances
    ]
    transcript = _reference_transcript(turns, call.duration_seconds)
    return Sample(str(call.extra.get("script_name", call.name)), transcript, call.fields)


def held_out_sample(script: natural_calls.Script) -> Sample:
    """An unrendered script's turns as utterances of known roles, timed by word count."""
    turns: list[tuple[str, str, int, int]] = []
    clock = GAP_MS
    for turn in script.turns:
        end = clock + WORD_MS * len(turn.text.split())
        turns.append((turn.speaker, turn.text, clock, end))
        clock = end + GAP_MS
    return Sample(script.name, _reference_transcript(turns, clock / 1000), script.gold)


class _Replay:
    """Answers the transcription already made, so the stage's own wrapping can be reused."""

    def __init__(self, name: str, result: TranscriptionResult) -> None:
        self.name = name
        self._result = result

    async def transcribe(self, path: Path, *, language: str) -> TranscriptionResult:
        return self._result


async def whisper_sample(heard: Heard, backend: str = "whisper") -> Sample:
    """A kept transcription of trimmed audio as the transcribe stage's message."""
    trimmed = messages.AudioTrimmed(
        fiche_id=0,
        path=str(heard.call.path),
        original_seconds=heard.trim.original_seconds,
        trimmed_seconds=heard.trim.trimmed_seconds,
        kept_spans=heard.trim.kept_spans,
        channels=heard.trim.channels,
    )
    transcript = await transcribe(trimmed, _Replay(backend, heard.result), language="fr")
    name = str(heard.call.extra.get("script_name", heard.call.name))
    return Sample(name, transcript, heard.call.fields)


def unavailable(name: str) -> str | None:
    """Why extractor ``name`` cannot run here, or None when it can."""
    if name == "rules":
        return None
    if name == "openai":
        return None if os.environ.get("OPENAI_API_KEY") else "OPENAI_API_KEY is not set"
    if name in ("local", "local-whole"):
        try:
            from stages.extract import local
        except ImportError:
            return "stages.extract.local is not there"
        for path in (local.default_model_path(), local.default_server_path()):
            if not path.is_file():
                return f"{path} is missing (make local-llm)"
        return None
    return f"no extractor named {name!r} (known: {', '.join(EXTRACTORS)})"


@contextlib.asynccontextmanager
async def open_extractor(name: str) -> AsyncIterator[extract.Extractor]:
    """Extractor ``name``, configured as the extract stage's defaults configure it."""
    from consumers.settings import Settings
    from stages.extract.llm import OpenAIExtractor

    defaults = Settings.model_fields
    if name == "rules":
        yield extract.RulesExtractor()
    elif name == "openai":
        async with OpenAIExtractor(
            api_key=os.environ["OPENAI_API_KEY"],
            base_url=os.environ.get("OPENAI_BASE_URL") or None,
            model=os.environ.get("OPENAI_MODEL") or str(defaults["openai_model"].default),
        ) as extractor:
            yield extractor
    elif name in ("local", "local-whole"):
        from stages.extract.local import (
            LocalExtractor,
            LocalLLMServer,
            bounded,
            default_model_path,
            default_server_path,
        )

        with tempfile.TemporaryDirectory(prefix="eval-llm-") as logs:
            server = LocalLLMServer(
                model=default_model_path(), server=default_server_path(), log_dir=Path(logs)
            )
            async with server:
                client = OpenAIExtractor(
                    api_key="local",  # llama-server asks for none; the SDK wants one
                    base_url=f"{server.base_url}/v1",
                    model="local",
                    timeout=float(defaults["local_llm_timeout_seconds"].default),
                    max_tokens=int(defaults["local_llm_max_tokens"].default),
                    name="local",
                    answer=bounded(SOLAR.schema),  # as the stage asks it, no citations
                )
                whole = name == "local-whole"
                async with LocalExtractor(client, server, whole=whole) as extractor:
                    yield extractor
    else:
        raise ValueError(unavailable(name))


async def measure(
    sources: Mapping[str, Sequence[Sample]],
    extractors: Sequence[str],
    *,
    note: Callable[[str], None] = lambda line: print(line, file=sys.stderr, flush=True),
) -> list[Score]:
    """Every available extractor on every source; one that cannot run is noted and skipped."""
    scores: list[Score] = []
    for name in extractors:
        reason = unavailable(name)
        if reason is not None:
            note(f" extractor {name} skipped: {reason}")
            continue
        async with open_extractor(name) as extractor:
            for source, samples in sources.items():
                if not samples:
                    continue
                score = Score(name, source)
                for sample in samples:
                    started = time.perf_counter()
                    try:
                        result = await extract.extract(sample.transcript, extractor)
                        found = result.fields.model_dump(mode="json", by_alias=True)
                        outcome = ""
                    except PermanentError as error:
                        found = SOLAR.unknown().model_dump(mode="json", by_alias=True)
                        score.failed += 1
                        outcome = f", failed: {error}"
                    took = time.perf_counter() - started
                    score.seconds += took
                    score.calls += 1
                    score.add(found, sample.gold)
                    note(f"  {name} / {source} / {sample.call}: {took:.1f} s{outcome}")
                scores.append(score)
    return scores


def summary(score: Score) -> str:
    total = score.total()
    return (
        f"{score.accuracy:.3f} ({total.hits}/{total.said}) / "
        f"invented {score.invented_rate:.3f} ({total.invented}/{total.unsaid}) / "
        f"{score.seconds_per_call:.2f} s per call"
        + (f" / {score.failed} of {score.calls} calls failed" if score.failed else "")
    )


def field_table(scores: Sequence[Score]) -> str:
    """Field × (extractor, source): hits/said, and "+N" for N values invented where unsaid."""
    header = ["field", *(f"{s.extractor} / {s.source}" for s in scores)]
    rows = [header]
    for key in natural_calls.GOLD_KEYS:
        row = [key]
        for score in scores:
            tally = score.fields.get(key, FieldTally())
            cell = f"{tally.hits}/{tally.said}" if tally.said else "-"
            if tally.invented:
                cell += f" +{tally.invented}"
            row.append(cell)
        rows.append(row)
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]

    def line(row: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(rows[0]), rule, *(line(r) for r in rows[1:])])


async def _main(args: argparse.Namespace) -> list[Score]:
    sources: dict[str, list[Sample]]
    if args.held_out is not None:
        scripts, source = HELD_OUT_SETS[args.held_out]
        sources = {source: [held_out_sample(s) for s in scripts[: args.calls]]}
        if args.held_out_audio:
            # Rendered (and cached) like the natural set, quiet, mono, PCM.
            built = [render(s, [Variant()])[0] for s in scripts[: args.calls]]
            heard = await _heard(built, one_voice=args.one_voice)
            sources[f"{source}, {_whisper_source(args.one_voice)}"] = heard
        return await measure(sources, args.extractors)
    names = natural_calls.FULL[: args.calls]
    built = build_natural_set(names, [Variant()])
    sources = {SCRIPT_SOURCE: [script_sample(c) for c in built]}
    if args.whisper_calls > 0:
        heard = await _heard(built[: args.whisper_calls], one_voice=args.one_voice)
        sources[_whisper_source(args.one_voice)] = heard
    return await measure(sources, args.extractors)


def _whisper_source(one_voice: bool) -> str:
    return f"whisper{ONE_VOICE if one_voice else ''}, trimmed quiet"


async def _heard(built: Sequence[EvalCall], *, one_voice: bool = False) -> list[Sample]:
    """Default Whisper's transcripts of the trimmed calls, as the transcribe stage gives them
    (``one_voice``: a mono call's voices not told apart, as before 2026-12-07)."""
    from stages.transcribe.whisper import WhisperTranscriber

    heard: list[Heard] = []
    async with WhisperTranscriber("base", tell_voices_apart=not one_voice) as whisper:
        await evaluate(built, whisper, inputs=("trimmed",), keep=heard)
    return [await whisper_sample(h) for h in heard]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=None, help="default: every call")
    parser.add_argument("--whisper-calls", type=int, default=2)
    parser.add_argument("--extractors", nargs="*", default=list(EXTRACTORS))
    parser.add_argument(
        "--held-out",
        type=int,
        nargs="?",
        const=1,
        choices=sorted(HELD_OUT_SETS),
        metavar="SET",
        help=(
            "score a held-out set from the reference script only (no audio, no Whisper): "
            "1 (the default) calls.HELD_OUT, 2 calls.HELD_OUT_2, 3 calls.HELD_OUT_3, "
            "4 calls.HELD_OUT_4, 5 calls.HELD_OUT_5, 6 calls.HELD_OUT_6, "
            "7 calls.HELD_OUT_7, 8 calls.HELD_OUT_8, 9 calls.HELD_OUT_9, "
            "10 calls.HELD_OUT_10, 11 calls.HELD_OUT_11, 12 calls.HELD_OUT_12, "
            "13 calls.HELD_OUT_13, 14 calls.HELD_OUT_14, 15 calls.HELD_OUT_15, "
            "16 calls.HELD_OUT_16, 17 calls.HELD_OUT_17, 18 calls.HELD_OUT_18, "
            "19 calls.HELD_OUT_19, 20 calls.HELD_OUT_20, 21 calls.HELD_OUT_21, "
            "22 calls.HELD_OUT_22, 23 calls.HELD_OUT_23, 24 calls.HELD_OUT_24, "
            "25 calls.HELD_OUT_25, 26 calls.HELD_OUT_26, 27 calls.HELD_OUT_27"
        ),
    )
    parser.add_argument(
        "--held-out-audio",
        action="store_true",
        help=(
            "with --held-out: also render the set's calls (quiet, mono, PCM; cached as the "
            "natural set is) and score default Whisper's transcripts of them"
        ),
    )
    parser.add_argument(
        "--one-voice",
        action="store_true",
        help="override: Whisper hears a mono call as one voice (no speakers told apart)",
    )
    args = parser.parse_args(argv)
    if args.held_out_audio and args.held_out is None:
        parser.error("--held-out-audio needs --held-out")
    scores = asyncio.run(_main(args))
    for score in scores:
        print(f"{score.extractor} from the {score.source}: {summary(score)}")
    print(field_table(scores))


if __name__ == "__main__":
    main()
