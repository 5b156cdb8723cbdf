"""Time map, transcript cache, OpenAI-compatible transcription and cost, end to end per stage.

The OpenAI transcriptions endpoint is the emulator on loopback, reached by the real
``openai`` SDK; the cache is a real directory; metrics are read from the registry.
"""

from __future__ import annotations

import json
import wave
from pathlib import Path

import numpy as np
import pytest

from consumers import metrics
from consumers.cli import main as cli_main
from consumers.settings import load_settings
from consumers.stage_table import open_handler
from devkit.emulators.openai import create_app
from messages import AudioTrimmed, Span, TokenUsage, Transcript, Utterance
from stages.cost import Prices, extraction_cost, transcription_cost
from stages.errors import PermanentError
from stages.transcribe import TranscriptionResult, transcribe
from stages.transcribe._timemap import TimeMap
from stages.transcribe.cache import TranscriptCache
from stages.transcribe.openai_audio import OpenAITranscriber
from tests.audio import synth_call
from tests.servers import serve_app

KEY = "sk-test-0123456789abcdef"


def write_wav(path: Path, seconds: float, rate: int = 16_000) -> Path:
    t = np.arange(int(seconds * rate)) / rate
    signal = 0.3 * np.sin(2 * np.pi * 220 * t)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes((signal * 32767).astype("<i2").tobytes())
    return path


# --- time map ---------------------------------------------------------------------------

SPANS = [Span(start=1.0, end=3.0), Span(start=10.0, end=12.5), Span(start=20.0, end=21.0)]


@pytest.mark.parametrize(
    ("trimmed", "original"),
    [(0.0, 1.0), (1.5, 2.5), (2.0, 10.0), (3.0, 11.0), (4.49, 12.49), (4.5, 20.0), (5.5, 21.0)],
)
def test_time_map_starts(trimmed: float, original: float) -> None:
    assert TimeMap(SPANS).original_seconds(trimmed) == pytest.approx(original)


def test_time_map_ends_stay_in_the_earlier_span_at_a_seam() -> None:
    time_map = TimeMap(SPANS)
    assert time_map.original_seconds(2.0, end=True) == pytest.approx(3.0)
    assert time_map.original_seconds(4.5, end=True) == pytest.approx(12.5)
    assert time_map.original_seconds(99.0, end=True) == pytest.approx(21.0)


def test_time_map_without_spans_is_the_identity() -> None:
    assert TimeMap([]).original_seconds(7.25) == 7.25


def test_utterance_gets_both_timelines() -> None:
    utterance = Utterance(speaker="A", text="oui", start_ms=2100, end_ms=4000)
    mapped = TimeMap(SPANS).utterance(utterance)
    assert (mapped.start_ms, mapped.end_ms) == (2100, 4000)
    assert (mapped.original_start_ms, mapped.original_end_ms) == (10100, 12000)


def test_old_messages_without_original_times_still_validate() -> None:
    old = {"speaker": "A", "text": "oui", "start_ms": 0, "end_ms": 10}
    assert Utterance.model_validate(old).original_start_ms is None


async def test_whisper_style_times_map_back_on_a_real_trim(tmp_path: Path) -> None:
    """A real trimmed call: each utterance's mapped start lands on its spoken original."""
    from stages.trim import TrimOptions, trim_file

    turns = [("Agent", "Bonjour madame."), ("Client", "Oui bonjour."), ("Agent", "Au revoir.")]
    call = synth_call(turns, tmp_path / "call.wav", pauses=[4.0, 6.0], seed=3)
    result = trim_file(call.path, tmp_path / "trimmed.wav", TrimOptions())
    time_map = TimeMap(result.kept_spans)
    cursor = 0.0
    for span in result.kept_spans:
        # The kept span starts just before an utterance: the trimmed file's seam maps there.
        assert time_map.original_seconds(cursor) == pytest.approx(span.start)
        cursor += span.end - span.start
    starts = [start for start, _ in call.utterance_seconds]
    assert len(result.kept_spans) == len(starts)
    for span, spoken in zip(result.kept_spans, starts, strict=True):
        assert 0.0 <= spoken - span.start <= 0.5


# --- transcript cache -----------------------------------------------------------------


class CountingTranscriber:
    name = "counting"

    def __init__(self) -> None:
        self.calls = 0

    async def transcribe(self, path: Path, *, language: str) -> TranscriptionResult:
        self.calls += 1
        utterance = Utterance(speaker="A", text=f"appel {self.calls}", start_ms=0, end_ms=900)
        return TranscriptionResult(text=utterance.text, utterances=[utterance], language=language)


def trimmed_message(path: Path, seconds: float = 1.0) -> AudioTrimmed:
    return AudioTrimmed(
        fiche_id=1,
        path=str(path),
        original_seconds=seconds + 5,
        trimmed_seconds=seconds,
        kept_spans=[Span(start=5.0, end=5.0 + seconds)],
    )


async def test_cache_answers_the_same_audio_backend_and_language(tmp_path: Path) -> None:
    hits: list[int] = []
    cache = TranscriptCache(tmp_path / "cache", on_hit=lambda: hits.append(1))
    backend = CountingTranscriber()
    first_audio = write_wav(tmp_path / "a.wav", 1.0)
    copy = tmp_path / "copy.wav"
    copy.write_bytes(first_audio.read_bytes())

    first = await transcribe(trimmed_message(first_audio), backend, language="fr", cache=cache)
    again = await transcribe(trimmed_message(copy), backend, language="fr", cache=cache)
    english = await transcribe(trimmed_message(copy), backend, language="en", cache=cache)

    assert (first.cached, again.cached, english.cached) == (False, True, False)
    assert backend.calls == 2 and len(hits) == 1
    assert again.text == first.text == "appel 1"
    assert again.utterances[0].original_start_ms == 5000
    assert english.text == "appel 2"


async def test_a_damaged_cache_entry_is_a_miss(tmp_path: Path) -> None:
    cache = TranscriptCache(tmp_path / "cache")
    backend = CountingTranscriber()
    audio = write_wav(tmp_path / "a.wav", 1.0)
    await transcribe(trimmed_message(audio), backend, language="fr", cache=cache)
    [entry] = (tmp_path / "cache").rglob("*.json")
    entry.write_text("{not json", encoding="utf-8")

    result = await transcribe(trimmed_message(audio), backend, language="fr", cache=cache)

    assert not result.cached and backend.calls == 2
    assert json.loads(entry.read_text(encoding="utf-8"))["text"] == "appel 2"


# --- OpenAI-compatible transcription ----------------------------------------------------


async def test_openai_sdk_against_the_emulator_transcriptions_endpoint(tmp_path: Path) -> None:
    app = create_app()
    app.state.transcript_text = "Agent: Bonjour madame.\nClient: Je suis propriétaire."
    audio = write_wav(tmp_path / "t.wav", 4.0)
    with serve_app(app) as url:
        backend = OpenAITranscriber(api_key=KEY, base_url=f"{url}/v1")
        result = await backend.transcribe(audio, language="fr")
        await backend.aclose()

    assert app.state.transcriptions == 1
    assert result.text == "Bonjour madame. Je suis propriétaire."
    assert result.language == "fr"
    assert [(u.text, u.start_ms, u.end_ms) for u in result.utterances] == [
        ("Bonjour madame.", 0, 2000),
        ("Je suis propriétaire.", 2000, 4000),
    ]


async def test_openai_transcription_errors_are_classified(tmp_path: Path) -> None:
    app = create_app()
    app.state.api_key = KEY
    not_audio = tmp_path / "x.wav"
    not_audio.write_bytes(b"definitely not a wav file")
    with serve_app(app) as url:
        wrong_key = OpenAITranscriber(api_key="sk-wrong-key-000000", base_url=f"{url}/v1")
        with pytest.raises(PermanentError, match="401") as caught:
            await wrong_key.transcribe(write_wav(tmp_path / "ok.wav", 1.0), language="fr")
        assert "sk-wrong" not in caught.value.reason
        good = OpenAITranscriber(api_key=KEY, base_url=f"{url}/v1")
        with pytest.raises(PermanentError, match="could not be decoded"):
            await good.transcribe(not_audio, language="fr")
        with pytest.raises(PermanentError, match="not found"):
            await good.transcribe(tmp_path / "absent.wav", language="fr")
        await good.aclose()
        await wrong_key.aclose()


# --- the transcribe worker's handler: cache, metric and cost -----------------------------


def sample(name: str, **labels: str) -> float:
    return metrics.REGISTRY.get_sample_value(name, labels) or 0.0


async def test_transcribe_handler_caches_counts_hits_and_prices_calls(tmp_path: Path) -> None:
    app = create_app()
    audio = write_wav(tmp_path / "call.wav", 6.0)
    with serve_app(app) as url:
        settings = load_settings(
            transcriber="openai",
            openai_api_key=KEY,
            openai_base_url=f"{url}/v1",
            data_dir=tmp_path / "data",
            price_openai_transcribe_per_minute=0.01,
        )
        hits_before = sample("audio_nlp_transcript_cache_hits_total")
        cost_before = sample("audio_nlp_cost_usd_total", provider="openai")
        async with open_handler("transcribe", settings) as handle:
            first = await handle(trimmed_message(audio, 6.0))
            second = await handle(trimmed_message(audio, 6.0))

    assert isinstance(first, Transcript) and isinstance(second, Transcript)
    assert app.state.transcriptions == 1
    assert (first.cached, second.cached) == (False, True)
    assert first.cost_usd == pytest.approx(0.001)  # 6 s at 0.01 USD a minute
    assert second.cost_usd == 0.0
    assert sample("audio_nlp_transcript_cache_hits_total") == hits_before + 1
    assert sample("audio_nlp_cost_usd_total", provider="openai") == pytest.approx(
        cost_before + 0.001
    )
    assert list((tmp_path / "data" / ".transcript-cache").rglob("*.json"))


def test_prices() -> None:
    prices = Prices(assemblyai_per_hour=0.36, llm_input_per_million=0.2, llm_output_per_million=1)
    assert transcription_cost("assemblyai", 600, prices) == pytest.approx(0.06)
    assert transcription_cost("whisper", 600, prices) == 0.0
    usage = TokenUsage(prompt_tokens=1000, completion_tokens=500)
    assert extraction_cost(usage, prices) == pytest.approx(0.0007)


# --- audio-nlp trim -----------------------------------------------------------------------


def test_cli_trim_prints_original_and_trimmed_seconds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    turns = [("Agent", "Bonjour madame."), ("Client", "Oui bonjour.")]
    call = synth_call(turns, tmp_path / "in.wav", pauses=[5.0], seed=2)
    output = tmp_path / "out.wav"
    monkeypatch.chdir(tmp_path)  # no stray .env from the working copy

    assert cli_main(["trim", str(call.path), str(output)]) == 0

    printed = capsys.readouterr().out
    original = float(printed.split("original:")[1].split("s")[0])
    trimmed = float(printed.split("trimmed:")[1].split("s")[0])
    assert original == pytest.approx(call.duration_seconds, abs=0.01)
    with wave.open(str(output), "rb") as wav:
        assert trimmed == pytest.approx(wav.getnframes() / wav.getframerate(), abs=0.01)
    assert trimmed < original - 4.0
    assert "VAD=silero" in printed


def test_cli_trim_follows_the_vad_setting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    call = synth_call([("Agent", "Bonjour.")], tmp_path / "in.wav", seed=2)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("VAD", "webrtc")
    assert cli_main(["trim", str(call.path), str(tmp_path / "out.wav")]) == 0
    assert "VAD=webrtc" in capsys.readouterr().out
    monkeypatch.setenv("VAD", "energy")
    assert cli_main(["trim", str(call.path), str(tmp_path / "out.wav")]) == 2


# --- speaker turns before extraction ----------------------------------------------------


def test_turns_are_labelled_agent_and_client_before_extraction() -> None:
    from stages.extract import dialogue

    said = [
        ("A", "Allô ?"),
        ("B", "Bonjour, je suis bien chez madame Roux ? Vous êtes propriétaire ?"),
        ("A", "Oui, je suis propriétaire."),
    ]
    transcript = Transcript(
        fiche_id=1,
        text=" ".join(text for _, text in said),
        utterances=[
            Utterance(speaker=who, text=text, start_ms=i, end_ms=i + 1)
            for i, (who, text) in enumerate(said)
        ],
        language="fr",
        backend="assemblyai",
    )
    # The client picked up with "Allô ?": the agent is who asks the questions (a guess,
    # which the first line says).
    assert dialogue(transcript).splitlines() == [
        "(Rôles devinés : l'agent est l'interlocuteur qui pose le plus de questions.)",
        "Client: Allô ?",
        "Agent: Bonjour, je suis bien chez madame Roux ? Vous êtes propriétaire ?",
        "Client: Oui, je suis propriétaire.",
    ]
