"""``audio-nlp-dev demo``: the whole pipeline on the bundled sample call, end to end.

Starts the emulators, the five workers and the ingress against the broker, submits the
sample through ``POST /process``, waits for the delivery, prints it, stops everything.
Real provider keys in the environment or ``.env`` replace the matching emulator; the
delivery always goes to the local receiver, so a demo never writes into a real CRM.
"""

from __future__ import annotations

import json
import sys
import time
import uuid
from pathlib import Path

from consumers.settings import Settings
from devkit.stack import SAMPLES_DIR, local_stack, serve_directory

SAMPLE = "sample_call.mp3"
SAMPLE_SCRIPT = SAMPLES_DIR / "sample_call.txt"
DEMO_FICHE_ID = 12345


def _say(text: str) -> None:
    print(f"demo: {text}", file=sys.stderr, flush=True)


def run_demo(settings: Settings, workdir: Path, *, timeout: float = 180.0) -> dict[str, object]:
    """Run the demo and return the payload the backend received."""
    real_assemblyai = settings.assemblyai_api_key is not None
    real_openai = settings.openai_api_key is not None
    local_model = None if real_assemblyai else _local_whisper_model()
    transcription = (
        "AssemblyAI" if real_assemblyai
        else f"local Whisper ({local_model})" if local_model
        else "AssemblyAI emulator"
    )  # fmt: skip
    extraction = "OpenAI" if real_openai else "OpenAI emulator"
    _say(f"transcription: {transcription}; extraction: {extraction}")
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
            extra_env=(
                {"TRANSCRIBER": "whisper", "WHISPER_MODEL": str(local_model)}
                if local_model
                else None
            ),
        ) as stack,
    ):
        _say(f"emulators, 5 workers and the ingress are up ({time.perf_counter() - started:.1f}s)")
        answer = stack.submit(DEMO_FICHE_ID, f"{audio_host}/{SAMPLE}")
        _say(f"POST /process answered: {json.dumps(answer)}")
        delivery = stack.wait_for_deliveries(1, timeout=timeout)[0]
        assert delivery["body"]["job_id"] == answer["job_id"], "the receiver got another job"  # type: ignore[index]
        _say(f"delivered to the backend in {time.perf_counter() - started:.1f}s; logs in {workdir}")
    body: dict[str, object] = delivery["body"]  # type: ignore[assignment]
    return body


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
