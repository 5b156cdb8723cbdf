"""``audio-nlp-dev demo``: the whole pipeline on the bundled sample call, end to end.

Starts the emulators, the five workers and the ingress against the broker, submits the
sample through ``POST /process``, waits for the delivery, prints it, stops everything,
and scores the delivery against the fields the sample's script says
(``samples/sample_call.json``). Real provider keys in the environment or ``.env``
replace the matching emulator; the delivery always goes to the local receiver, so a demo
never writes into a real CRM.

Without keys the work is real and offline: local Whisper hears the recording and the
built-in French rules (``EXTRACTOR=rules``) read the fields, in seconds. ``--extractor
local`` runs the local LLM instead (the rules plus the model's city, about
10-20 s per call on two cores).
"""

from __future__ import annotations

import json
import sys
import time
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from consumers.settings import Settings
from devkit.stack import SAMPLES_DIR, local_stack, serve_directory
from messages import UNKNOWN, LeadFields, Transcript
from stages.extract import evidence
from stages.extract.profiles import SOLAR
from stages.extract.rules import unknown_fields

__all__ = [
    "DEMO_FICHE_ID",
    "GOLD",
    "SAMPLE",
    "DemoRun",
    "Miss",
    "Score",
    "default_extractor",
    "run_demo",
    "score",
]

SAMPLE = "sample_call.mp3"
SAMPLE_SCRIPT = SAMPLES_DIR / "sample_call.txt"
GOLD = SAMPLES_DIR / "sample_call.json"
DEMO_FICHE_ID = 12345

Extractor = Literal["rules", "openai", "local"]


def _say(text: str) -> None:
    print(f"demo: {text}", file=sys.stderr, flush=True)


@dataclass(frozen=True)
class DemoRun:
    """What the demo did: the payload the backend received and how it was made."""

    payload: dict[str, object]
    transcriber: str
    extractor: str
    seconds: float


def default_extractor(settings: Settings) -> Extractor:
    """OpenAI with a real key; otherwise the rules: offline, and done in seconds."""
    return "openai" if settings.openai_api_key is not None else "rules"


def run_demo(
    settings: Settings,
    workdir: Path,
    *,
    timeout: float = 180.0,
    extractor: Extractor | None = None,
) -> DemoRun:
    """Run the demo and return the payload the backend received (with the transcript)."""
    chosen = extractor or default_extractor(settings)
    real_assemblyai = settings.assemblyai_api_key is not None
    real_openai = chosen == "openai" and settings.openai_api_key is not None
    local_model = None if real_assemblyai else _local_whisper_model()
    transcription = (
        "AssemblyAI" if real_assemblyai
        else f"local Whisper base ({local_model})" if local_model
        else "AssemblyAI emulator (the script's canned text)"
    )  # fmt: skip
    extraction = {
        "rules": "built-in French rules (EXTRACTOR=rules)",
        "local": "local LLM (EXTRACTOR=local)",
        "openai": "OpenAI" if real_openai else "OpenAI emulator (a small keyword table)",
    }[chosen]
    _say(f"transcriber: {transcription}")
    _say(f"extractor: {extraction}")
    env = {
        # The transcript rides along so the score can tell misheard from missed.
        "DELIVER_INCLUDE_TRANSCRIPT": "true",
        "EXTRACTOR": chosen,
        # The sample's answers would otherwise be served from an earlier run's cache.
        "TRANSCRIPT_CACHE": "false",
    }
    if local_model:
        env |= {"TRANSCRIBER": "whisper", "WHISPER_MODEL": str(local_model)}
    started = time.perf_counter()
    with (
        serve_directory(SAMPLES_DIR) as audio_host,
        local_stack(
            workdir,
            rabbitmq_url=settings.rabbitmq_url.get_secret_value(),
            queue_prefix=f"{settings.queue_prefix}-demo-{uuid.uuid4().hex[:6]}",
            emulator_args=["--transcript-file", str(SAMPLE_SCRIPT)],
            real_assemblyai=real_assemblyai,
            real_openai=real_openai,
            extra_env=env,
        ) as stack,
    ):
        _say(f"emulators, 5 workers and the ingress are up ({time.perf_counter() - started:.1f}s)")
        submitted = time.perf_counter()
        answer = stack.submit(DEMO_FICHE_ID, f"{audio_host}/{SAMPLE}")
        _say(f"POST /process answered: {json.dumps(answer)}")
        delivery = stack.wait_for_deliveries(1, timeout=timeout)[0]
        assert delivery["body"]["job_id"] == answer["job_id"], "the receiver got another job"  # type: ignore[index]
        took = time.perf_counter() - submitted
        _say(
            f"delivered to the backend {took:.1f}s after the submission "
            f"({time.perf_counter() - started:.1f}s with start-up); logs in {workdir}"
        )
    body: dict[str, object] = delivery["body"]  # type: ignore[assignment]
    return DemoRun(body, transcription, extraction, took)


def _local_whisper_model() -> Path | None:
    """The packaged Whisper base, joined once before the workers start; None if absent.

    Without an AssemblyAI key the demo transcribes the sample for real with it, so the
    transcript shown is what was heard, not the emulator's canned text.
    """
    from stages.transcribe.whisper_model import (
        default_cache_dir,
        ensure_packaged_model,
        packaged_model_available,
    )

    if not packaged_model_available():
        _say("the whisper extra is not installed: using the AssemblyAI emulator's canned text")
        return None
    return ensure_packaged_model(default_cache_dir())


# --- the score --------------------------------------------------------------------------


@dataclass(frozen=True)
class Miss:
    """A scripted field the delivery got wrong; ``heard`` says whether the transcript
    says the scripted value at all (if not, the transcriber lost it, not the extractor)."""

    key: str
    expected: str
    delivered: str
    heard: bool


@dataclass(frozen=True)
class Score:
    """The delivery against the script's fields (its non-"-" ones)."""

    delivered: list[str] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.delivered) + len(self.misses)

    @property
    def heard(self) -> int:
        """The scripted fields whose value the transcript carries."""
        return len(self.delivered) + sum(miss.heard for miss in self.misses)

    def lines(self) -> list[str]:
        """The score line, then one line per miss."""
        out = [f"{len(self.delivered)}/{self.total} scripted fields delivered"]
        for miss in self.misses:
            why = "said in the transcript, missed" if miss.heard else "not in the transcript"
            out.append(
                f"  missed {miss.key}: expected {miss.expected!r}, "
                f"delivered {miss.delivered!r} ({why})"
            )
        return out


def _fold(value: object) -> str:
    text = unicodedata.normalize("NFKD", str(value).strip().lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def score(payload: dict[str, object], gold_path: Path = GOLD) -> Score:
    """Which of the script's fields the payload delivered (case and accents folded)."""
    gold: dict[str, str] = json.loads(gold_path.read_text(encoding="utf-8"))["fields"]
    expected = {key: value for key, value in gold.items() if value != UNKNOWN}
    heard = _heard(expected, str(payload.get("transcript", "")))
    result = Score()
    for key, value in expected.items():
        got = payload.get(key, UNKNOWN)
        if _fold(got) == _fold(value):
            result.delivered.append(key)
        else:
            result.misses.append(Miss(key, value, str(got), key in heard))
    return result


def _heard(expected: dict[str, str], transcript: str) -> set[str]:
    """The keys whose scripted value the transcript supports, by the evidence checker."""
    values = unknown_fields().model_dump(by_alias=True)
    for key, value in expected.items():
        # The script writes every value as text; a flag field holds 0 or 1.
        values[key] = int(value) if isinstance(values.get(key), int) else value
    fields = LeadFields.model_validate(values)
    said = Transcript(fiche_id=DEMO_FICHE_ID, text=transcript, language="fr", backend="demo")
    checked = evidence.support(fields, {}, said, SOLAR.kinds)
    return {key for key in expected if key not in checked.unsupported}
