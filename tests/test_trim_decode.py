"""The trim stage's decoders: in process where it can, ffmpeg for the rest.

Every recording is made at test time (numpy, espeak-ng through tests/audio.py, ffmpeg
to encode); none is committed. Each in-process path is checked against ffmpeg decoding
the same file at its own rate, and shown not to start ffmpeg at all.
"""

from __future__ import annotations

import subprocess
import wave
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest

from stages.errors import PermanentError
from stages.trim import SAMPLE_RATE, TrimOptions, decode, trim_file
from stages.trim import _trim as trim_module
from tests.audio import synth_call, write_tone

TURNS = [
    ("Agent", "Bonjour madame, je vous appelle au sujet de votre chauffage."),
    ("Client", "Oui bonjour, nous sommes propriétaires."),
]

Int16Array = npt.NDArray[np.int16]


def ffmpeg_native(source: Path, rate: int, channels: int = 1) -> Int16Array:
    """ffmpeg's own decode of ``source`` to s16 at ``rate`` (no resampling when native)."""
    completed = subprocess.run(
        [
            *("ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-i", str(source)),
            *("-ar", str(rate), "-ac", str(channels), "-f", "s16le", "-bitexact", "pipe:1"),
        ],
        capture_output=True,
        check=True,
    )
    return np.frombuffer(completed.stdout, dtype="<i2").reshape(-1, channels)


def encode(source: Path, destination: Path, *codec: str) -> Path:
    subprocess.run(
        [
            *("ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y", "-i", str(source)),
            *codec,
            *("-bitexact", str(destination)),
        ],
        capture_output=True,
        check=True,
    )
    return destination


@pytest.fixture(scope="module")
def speech(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Eight seconds or so of 8 kHz telephone speech as 16-bit PCM WAV."""
    path = tmp_path_factory.mktemp("decode") / "call.wav"
    return synth_call(TURNS, path, pauses=[1.0], noise_dbfs=-60, seed=3).path


@pytest.fixture
def no_ffmpeg(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Fail the test if the trim stage falls back to ffmpeg."""
    started: list[Any] = []

    def refuse(*args: Any) -> None:
        started.append(args)
        raise AssertionError(f"the trim fell back to ffmpeg: {args}")

    monkeypatch.setattr(trim_module, "_decode_with_ffmpeg", refuse)
    return started


@pytest.fixture
def ffmpeg_calls(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Record the trim stage's falls back to ffmpeg, and let them run."""
    started: list[Any] = []
    real = trim_module._decode_with_ffmpeg

    def record(*args: Any) -> Any:
        started.append(args)
        return real(*args)

    monkeypatch.setattr(trim_module, "_decode_with_ffmpeg", record)
    return started


def native(source: Path) -> tuple[Int16Array, int]:
    frames, rate, _ = trim_module._decode(source, 7200.0)
    return frames, rate


def test_pcm_wav_is_read_in_process_sample_for_sample(speech: Path, no_ffmpeg: list[Any]) -> None:
    frames, rate = native(speech)
    with wave.open(str(speech), "rb") as wav:
        expected = np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2")
    assert rate == 8000
    assert np.array_equal(frames[:, 0], expected)
    assert decode(speech).shape == (2 * expected.size, 1)  # 16 kHz out
    assert no_ffmpeg == []


@pytest.mark.parametrize("codec", ["pcm_mulaw", "pcm_alaw"])
def test_g711_wav_is_read_in_process_as_ffmpeg_decodes_it(
    speech: Path, tmp_path: Path, codec: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    law = encode(speech, tmp_path / f"{codec}.wav", "-c:a", codec)
    expected = ffmpeg_native(law, 8000)
    started: list[Any] = []
    monkeypatch.setattr(trim_module, "_decode_with_ffmpeg", lambda *a: started.append(a))
    frames, rate = native(law)

    assert started == []
    assert rate == 8000
    assert np.array_equal(frames, expected)


def test_every_g711_byte_decodes_as_ffmpeg_decodes_it(tmp_path: Path) -> None:
    every_byte = np.arange(256, dtype=np.uint8).tobytes() * 4
    for codec, tag, table in (("mulaw", 7, trim_module._MU_LAW), ("alaw", 6, trim_module._A_LAW)):
        raw = tmp_path / f"all.{codec}"
        raw.write_bytes(every_byte)
        completed = subprocess.run(
            [
                *("ffmpeg", "-nostdin", "-loglevel", "error", "-f", codec, "-ar", "8000"),
                *("-ac", "1", "-i", str(raw), "-f", "s16le", "pipe:1"),
            ],
            capture_output=True,
            check=True,
        )
        ffmpeg = np.frombuffer(completed.stdout, dtype="<i2")[:256]
        assert np.array_equal(table, ffmpeg), (codec, tag)


def test_16khz_wav_keeps_its_samples(tmp_path: Path, no_ffmpeg: list[Any]) -> None:
    source = write_tone(tmp_path / "tone16.wav", 2.0, 300.0, sample_rate=16000)
    with wave.open(str(source), "rb") as wav:
        expected = np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2")
    assert np.array_equal(decode(source)[:, 0], expected)


def test_wav_chunks_before_the_data_are_skipped(speech: Path, tmp_path: Path) -> None:
    body = speech.read_bytes()
    # An odd-sized LIST chunk (padded to even) between "fmt " and "data".
    fmt_end = 12 + 8 + int.from_bytes(body[16:20], "little")
    extra = b"LIST" + (5).to_bytes(4, "little") + b"INFOx\x00"
    tagged = tmp_path / "tagged.wav"
    tagged.write_bytes(
        body[:4]
        + (len(body) - 8 + len(extra)).to_bytes(4, "little")
        + body[8:fmt_end]
        + extra
        + body[fmt_end:]
    )
    assert np.array_equal(native(tagged)[0], native(speech)[0])


def test_mp3_is_decoded_in_process_as_ffmpeg_decodes_it(
    tmp_path: Path, no_ffmpeg: list[Any]
) -> None:
    call = synth_call(TURNS, tmp_path / "call.mp3", pauses=[1.0], fmt="mp3", seed=3)
    frames, rate = native(call.path)

    assert no_ffmpeg == []
    assert rate == 8000
    expected = subprocess.run(
        ["ffmpeg", "-nostdin", "-loglevel", "error", "-i", str(call.path), "-f", "s16le", "pipe:1"],
        capture_output=True,
        check=True,
    ).stdout
    ffmpeg = np.frombuffer(expected, dtype="<i2")
    assert frames.shape == (ffmpeg.size, 1)
    assert np.abs(frames[:, 0].astype(np.int32) - ffmpeg).max() <= 1
    assert abs(frames.shape[0] / rate - call.duration_seconds) < 0.1


def test_mp3_trim_keeps_the_speech(tmp_path: Path) -> None:
    call = synth_call(TURNS, tmp_path / "call.mp3", pauses=[2.5], fmt="mp3", seed=3)
    result = trim_file(call.path, tmp_path / "out.wav", TrimOptions())
    for start, end in call.utterance_seconds:
        assert any(s.start <= start and s.end >= end - 0.05 for s in result.kept_spans)
    assert result.trimmed_seconds < result.original_seconds - 1.5


def test_other_rates_and_codecs_go_through_ffmpeg(
    speech: Path, tmp_path: Path, ffmpeg_calls: list[Any]
) -> None:
    for name, codec in (
        ("call-22k.wav", ("-ar", "22050")),
        ("call-24bit.wav", ("-c:a", "pcm_s24le")),
        ("call.flac", ("-c:a", "flac")),
        ("call-44k.mp3", ("-ar", "44100", "-c:a", "libmp3lame")),
    ):
        source = encode(speech, tmp_path / name, *codec)
        ffmpeg_calls.clear()
        frames = decode(source)
        assert len(ffmpeg_calls) == 1, name
        with wave.open(str(speech), "rb") as wav:
            assert abs(frames.shape[0] - 2 * wav.getnframes()) < 0.05 * SAMPLE_RATE, name


def test_upsampling_matches_ffmpeg_resampling(speech: Path) -> None:
    ours = decode(speech)[:, 0].astype(np.float64)
    theirs = ffmpeg_native(speech, SAMPLE_RATE)[:, 0].astype(np.float64)
    assert ours.shape == theirs.shape
    # Same signal to within the two filters' differences: over 30 dB apart.
    error = np.sum((ours - theirs) ** 2) / np.sum(theirs**2)
    assert error < 10 ** (-30 / 10), error


def test_upsampling_leaves_no_image_above_the_band(tmp_path: Path) -> None:
    tone = write_tone(tmp_path / "tone.wav", 2.0, 1000.0, dbfs=-6.0)
    up = decode(tone)[:, 0].astype(np.float64)
    spectrum = np.abs(np.fft.rfft(up * np.hanning(up.size)))
    bins = np.fft.rfftfreq(up.size, 1 / SAMPLE_RATE)
    tone_level = spectrum[np.abs(bins - 1000) < 20].max()
    image_level = spectrum[np.abs(bins - 7000) < 20].max()
    assert 20 * np.log10(image_level / tone_level) < -60


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("cut-header.wav", b"RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00"),
        (
            "no-data.wav",
            b"RIFF\x1c\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00"
            + (8000).to_bytes(4, "little")
            + (16000).to_bytes(4, "little")
            + b"\x02\x00\x10\x00",
        ),
        ("garbage.mp3", b"ID3\x04\x00\x00\x00\x00\x00\x00" + bytes(range(256)) * 40),
    ],
)
def test_corrupt_files_are_permanent_errors_with_a_reason(
    tmp_path: Path, name: str, content: bytes
) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    with pytest.raises(PermanentError, match=r"^cannot decode audio: \S") as caught:
        trim_file(source, tmp_path / "out.wav", TrimOptions())
    assert str(tmp_path) not in caught.value.reason


def test_truncated_mp3_decodes_what_is_there(tmp_path: Path) -> None:
    call = synth_call(TURNS, tmp_path / "call.mp3", pauses=[1.0], fmt="mp3", seed=3)
    body = call.path.read_bytes()
    cut = tmp_path / "cut.mp3"
    cut.write_bytes(body[: len(body) // 2])
    frames = decode(cut)
    assert 0.3 < frames.shape[0] / SAMPLE_RATE / call.duration_seconds < 0.7


def test_too_long_wav_is_refused_before_its_samples_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_tone(tmp_path / "long.wav", 5.0)

    def no_reading(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("samples read")

    monkeypatch.setattr(trim_module.np, "fromfile", no_reading)
    with pytest.raises(PermanentError, match="audio is 5 s long, over the 4 s limit"):
        decode(source, max_seconds=4.0)


def test_too_long_mp3_is_refused(tmp_path: Path) -> None:
    wav = write_tone(tmp_path / "long.wav", 12.0)
    mp3 = encode(wav, tmp_path / "long.mp3", "-c:a", "libmp3lame", "-b:a", "32k")
    with pytest.raises(PermanentError, match="over the 3 s limit"):
        trim_file(mp3, tmp_path / "out.wav", TrimOptions(max_audio_seconds=3.0))
    assert not (tmp_path / "out.wav").exists()


def test_stereo_8khz_wav_keeps_two_distinct_channels(tmp_path: Path, no_ffmpeg: list[Any]) -> None:
    left = write_tone(tmp_path / "left.wav", 1.0, 440.0)
    right = write_tone(tmp_path / "right.wav", 1.0, 620.0)
    frames = []
    for path in (left, right):
        with wave.open(str(path), "rb") as wav:
            frames.append(np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2"))
    stereo = tmp_path / "stereo.wav"
    with wave.open(str(stereo), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(np.stack(frames, axis=1).astype("<i2").tobytes())
    decoded = decode(stereo)
    assert decoded.shape == (2 * frames[0].size, 2)
    assert np.array_equal(decoded[0::2, 0], frames[0])
    assert np.array_equal(decoded[0::2, 1], frames[1])
