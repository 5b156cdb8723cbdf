"""The trim stage on real synthetic speech made at test time with tests/audio.py."""

from __future__ import annotations

import itertools
import random
import wave
from pathlib import Path
from typing import Any

import pytest

from messages import AudioDownloaded, Span
from stages.errors import PermanentError
from stages.trim import (
    SAMPLE_RATE,
    TrimOptions,
    TrimResult,
    decode,
    speech_regions,
    trim,
    trim_file,
)
from tests.audio import SyntheticCall, synth_call, write_silence

TURNS = [
    ("Agent", "Bonjour madame, je vous appelle au sujet de votre chauffage."),
    ("Client", "Oui bonjour."),
    ("Agent", "Vous êtes propriétaire de votre maison ?"),
    ("Client", "Oui, depuis dix ans."),
    ("Agent", "Très bien, je vous rappelle mardi matin."),
]
LONG_PAUSES = [2.5, 3.0, 0.4, 2.0]
OPTIONS = TrimOptions()
# Silero's 8 kHz branch on an 8 kHz call's own samples.
NATIVE_8K = TrimOptions(silero_rate=8000)
# webrtcvad decides per 30 ms frame and may notice a soft onset a frame or two late.
VAD_SLACK = 0.1


@pytest.fixture(scope="module")
def call(tmp_path_factory: pytest.TempPathFactory) -> SyntheticCall:
    path = tmp_path_factory.mktemp("call") / "call.wav"
    return synth_call(TURNS, path, pauses=LONG_PAUSES, seed=1)


def read_wav(path: Path) -> tuple[int, int, int, int]:
    with wave.open(str(path), "rb") as wav:
        return wav.getnchannels(), wav.getsampwidth(), wav.getframerate(), wav.getnframes()


def assert_speech_kept(result: TrimResult, call: SyntheticCall, options: TrimOptions) -> None:
    """Every utterance lies inside one kept span, with (nearly) the padding around it."""
    pad = options.padding_ms / 1000
    for (start, end), utterance in zip(call.utterance_seconds, call.utterances, strict=True):
        holders = [s for s in result.kept_spans if s.start <= start and s.end >= end]
        assert holders, f"{utterance.text!r} [{start:.2f}, {end:.2f}] not kept"
        span = holders[0]
        assert span.start <= max(0.0, start - pad + VAD_SLACK), utterance.text
        assert span.end >= min(result.original_seconds, end + pad - VAD_SLACK), utterance.text


def assert_consistent(result: TrimResult, output: Path) -> None:
    """Spans are ordered, disjoint, inside the recording and add up to the output."""
    spans = result.kept_spans
    for span in spans:
        assert 0.0 <= span.start < span.end <= result.original_seconds
    for before, after in itertools.pairwise(spans):
        assert before.end < after.start
    kept = sum(s.end - s.start for s in spans)
    assert result.trimmed_seconds == pytest.approx(kept, abs=1e-6)
    assert result.channels == 1
    assert read_wav(output) == (1, 2, SAMPLE_RATE, round(result.trimmed_seconds * SAMPLE_RATE))


@pytest.mark.parametrize("options", [OPTIONS, NATIVE_8K], ids=["16k-branch", "8k-branch"])
def test_long_pauses_are_cut_and_speech_kept(
    call: SyntheticCall, tmp_path: Path, options: TrimOptions
) -> None:
    output = tmp_path / "trimmed.wav"
    result = trim_file(call.path, output, options)

    assert result.original_seconds == pytest.approx(call.duration_seconds, abs=0.01)
    # Each long pause shrinks to at most 2 × padding plus VAD hangover and frame rounding.
    longest_kept_pause = 2 * options.padding_ms / 1000 + 0.2
    removable = sum(p - longest_kept_pause for p in LONG_PAUSES if p > 0.7)
    assert result.trimmed_seconds <= result.original_seconds - removable
    speech = sum(end - start for start, end in call.utterance_seconds)
    assert result.trimmed_seconds >= speech
    assert_speech_kept(result, call, options)
    assert_consistent(result, output)


def test_8k_branch_scores_the_calls_own_samples(
    call: SyntheticCall, monkeypatch: pytest.MonkeyPatch
) -> None:
    """decode keeps an 8 kHz call's samples at the even positions of its 16 kHz frames, so
    the 8 kHz branch hears the recording itself; a 16 kHz call is scored at 16 kHz."""
    import numpy as np

    from stages.trim import _silero

    frames = decode(call.path)
    with wave.open(str(call.path), "rb") as wav:
        assert wav.getframerate() == 8000
        native = np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2")
    assert np.array_equal(frames[::2, 0], native)

    branches: list[int] = []
    load = _silero.silero_vad

    def recording(rate: _silero.Rate = 16000) -> _silero.SileroVad:
        branches.append(rate)
        return load(rate)

    monkeypatch.setattr(_silero, "silero_vad", recording)
    samples = frames[:, 0]
    at_16k = speech_regions(samples, NATIVE_8K)  # as if the call were 16 kHz
    assert at_16k == speech_regions(samples, OPTIONS, source_rate=8000)
    assert set(branches) == {16000}
    branches.clear()
    speech_regions(samples, NATIVE_8K, source_rate=8000)
    assert set(branches) == {8000}


def test_short_pause_is_not_cut(call: SyntheticCall, tmp_path: Path) -> None:
    """The 0.4 s pause between turns 3 and 4 is under min_silence_ms: one span holds both."""
    result = trim_file(call.path, tmp_path / "trimmed.wav", OPTIONS)

    third_start = call.utterance_seconds[2][0]
    fourth_end = call.utterance_seconds[3][1]
    assert any(s.start <= third_start and s.end >= fourth_end for s in result.kept_spans)


def test_larger_min_silence_keeps_more(call: SyntheticCall, tmp_path: Path) -> None:
    relaxed = TrimOptions(min_silence_ms=3500)
    result = trim_file(call.path, tmp_path / "trimmed.wav", relaxed)

    assert len(result.kept_spans) == 1
    assert_speech_kept(result, call, relaxed)


def test_mp3_input(tmp_path: Path) -> None:
    call = synth_call(TURNS, tmp_path / "call.mp3", pauses=LONG_PAUSES, fmt="mp3", seed=2)
    output = tmp_path / "trimmed.wav"
    result = trim_file(call.path, output, OPTIONS)

    assert result.original_seconds == pytest.approx(call.duration_seconds, abs=0.1)
    assert result.trimmed_seconds < result.original_seconds - 4.0
    assert_speech_kept(result, call, OPTIONS)
    assert_consistent(result, output)


def test_noisy_line_still_trims(tmp_path: Path) -> None:
    call = synth_call(TURNS, tmp_path / "noisy.wav", pauses=LONG_PAUSES, noise_dbfs=-50, seed=3)
    output = tmp_path / "trimmed.wav"
    result = trim_file(call.path, output, OPTIONS)

    assert result.trimmed_seconds < result.original_seconds - 3.0
    assert_speech_kept(result, call, OPTIONS)
    assert_consistent(result, output)


def test_48khz_stereo_input(tmp_path: Path) -> None:
    """The same voice on both channels is one voice: trimmed to mono, as before stereo calls."""
    call = synth_call(
        TURNS,
        tmp_path / "hifi.wav",
        pauses=LONG_PAUSES,
        sample_rate=48000,
        channels=2,
        telephone_band=False,
        seed=4,
    )
    assert read_wav(call.path)[:3] == (2, 2, 48000)
    output = tmp_path / "trimmed.wav"
    result = trim_file(call.path, output, OPTIONS)

    assert result.original_seconds == pytest.approx(call.duration_seconds, abs=0.01)
    assert result.trimmed_seconds < result.original_seconds - 4.0
    assert_speech_kept(result, call, OPTIONS)
    assert_consistent(result, output)


def test_all_silence_gives_empty_wav(tmp_path: Path) -> None:
    source = write_silence(tmp_path / "silence.wav", 5.0)
    output = tmp_path / "trimmed.wav"
    result = trim_file(source, output, OPTIONS)

    assert result.original_seconds == pytest.approx(5.0)
    assert result.trimmed_seconds == 0.0
    assert result.kept_spans == []
    assert read_wav(output) == (1, 2, SAMPLE_RATE, 0)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("random.wav", random.Random(7).randbytes(50_000)),
        ("empty.wav", b""),
        ("header-only.wav", b"RIFF\x24\x00\x00\x00WAVEfmt "),
        ("text.mp3", b"<html>404 Not Found</html>\n" * 20),
    ],
)
def test_undecodable_input_is_permanent(tmp_path: Path, name: str, content: bytes) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    output = tmp_path / "trimmed.wav"

    with pytest.raises(PermanentError, match=r"^cannot decode audio: ") as caught:
        trim_file(source, output, OPTIONS)
    assert str(tmp_path) not in caught.value.reason
    assert not output.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_missing_file_is_permanent(tmp_path: Path) -> None:
    with pytest.raises(PermanentError, match="not found"):
        trim_file(tmp_path / "absent.wav", tmp_path / "trimmed.wav", OPTIONS)


def test_over_max_duration_is_permanent(tmp_path: Path) -> None:
    source = write_silence(tmp_path / "long.wav", 3.0)
    output = tmp_path / "trimmed.wav"

    with pytest.raises(PermanentError, match="over the 2 s limit"):
        trim_file(source, output, TrimOptions(max_audio_seconds=2.0))
    assert not output.exists()


def test_length_is_checked_after_decoding_when_undeclared(tmp_path: Path) -> None:
    """Streams that declare no duration are still refused once decoded past the limit."""
    source = write_silence(tmp_path / "long.wav", 3.0)
    # As a streaming writer leaves it: RIFF and data sizes unknown (0xFFFFFFFF).
    header = bytearray(source.read_bytes())
    header[4:8] = header[40:44] = b"\xff\xff\xff\xff"
    source.write_bytes(bytes(header))

    with pytest.raises(PermanentError, match="over the 2 s limit"):
        trim_file(source, tmp_path / "trimmed.wav", TrimOptions(max_audio_seconds=2.0))


def test_output_is_replaced_without_leftovers(call: SyntheticCall, tmp_path: Path) -> None:
    output = tmp_path / "trimmed.wav"
    output.write_bytes(b"stale")
    trim_file(call.path, output, OPTIONS)

    assert read_wav(output)[:3] == (1, 2, SAMPLE_RATE)
    assert [p.name for p in tmp_path.iterdir()] == ["trimmed.wav"]


@pytest.mark.parametrize(
    "bad",
    [
        {"vad_mode": 4},
        {"frame_ms": 25},
        {"padding_ms": -1},
        {"max_audio_seconds": 0},
        {"silero_rate": 11025},
    ],
)
def test_invalid_options_are_refused(bad: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        TrimOptions(**bad)


async def test_trim_message_writes_beside_input(tmp_path: Path) -> None:
    call = synth_call(TURNS[:2], tmp_path / "job" / "audio.wav", pauses=[2.0], seed=6)
    message = AudioDownloaded(
        fiche_id=42,
        audio_url="https://calls.example/RECORDINGS/MP3/42.mp3",
        path=str(call.path),
        size_bytes=call.path.stat().st_size,
        content_type="audio/wav",
    )

    trimmed = await trim(message, OPTIONS)

    assert trimmed.path == str(call.path.parent / "trimmed.wav")
    assert read_wav(Path(trimmed.path))[:3] == (1, 2, SAMPLE_RATE)
    assert (trimmed.job_id, trimmed.fiche_id, trimmed.submitted_at) == (
        message.job_id,
        message.fiche_id,
        message.submitted_at,
    )
    assert trimmed.original_seconds == pytest.approx(call.duration_seconds, abs=0.01)
    assert 0 < trimmed.trimmed_seconds < trimmed.original_seconds
    assert all(isinstance(span, Span) for span in trimmed.kept_spans)
    assert trimmed.channels == 1


async def test_trim_message_with_undecodable_input(tmp_path: Path) -> None:
    source = tmp_path / "audio.wav"
    source.write_bytes(b"not audio at all")
    message = AudioDownloaded(
        fiche_id=1, audio_url="https://calls.example/a.wav", path=str(source), size_bytes=16
    )

    with pytest.raises(PermanentError):
        await trim(message, OPTIONS)


@pytest.mark.parametrize("rate", [16000, 8000])
def test_numpy_silero_agrees_with_the_onnx_model(call: SyntheticCall, rate: int) -> None:
    """The numpy model gives onnxruntime's probabilities and state, window after window,
    in each sample-rate branch (8 kHz: the call's own samples, every other one decoded)."""
    import numpy as np
    import onnxruntime

    from stages.trim import _silero

    decoded = decode(call.path)[:, 0]
    samples = (decoded if rate == 16000 else decoded[::2]).astype(np.float32) / 32768
    vad = _silero.silero_vad(16000 if rate == 16000 else 8000)
    window, context = vad.branch.window, vad.branch.context
    windows = samples.size // window
    width = context + window
    padded = np.concatenate((np.zeros(context, dtype=np.float32), samples))
    rows = np.stack([padded[i * window : i * window + width] for i in range(windows)])
    # Two streams: the call, and the call backwards, so the batch rows differ.
    streams = np.stack((rows, rows[::-1]), axis=1)
    session = onnxruntime.InferenceSession(_silero.model_path(), providers=["CPUExecutionProvider"])
    expected_state = np.zeros((2, 2, _silero.STATE), dtype=np.float32)
    hidden, cell = expected_state.copy()
    expected, got = [], []
    sr = np.array(rate, dtype=np.int64)
    for audio in streams:
        output, expected_state = session.run(
            None, {"input": audio, "state": expected_state, "sr": sr}
        )
        hidden, cell = vad.step(vad.gate_inputs(audio), hidden, cell)
        expected.append(output[:, 0])
        got.append(vad.probability(hidden))
    expected_array, got_array = np.array(expected), np.array(got)
    assert expected_array.max() > 0.9  # the call's speech was heard
    np.testing.assert_allclose(got_array, expected_array, atol=1e-4)
    np.testing.assert_allclose(np.stack((hidden, cell)), expected_state, atol=1e-3)
