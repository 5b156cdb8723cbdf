"""Synthetic telephone calls for tests, the demo and benchmarks.

Everything here is real audio made with espeak-ng and sox, so the trim and transcribe
stages are exercised on speech rather than on tones. Output is deterministic for a
given seed: espeak-ng and sox are deterministic, sox writes floats (so no dither) and
noise and pauses come from a seeded generator.

Importable without pytest: ``from tests.audio import synth_call``.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import wave
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float32]

ESPEAK_RATE_HZ = 22050
DEFAULT_VOICES: tuple[str, ...] = ("fr+m3", "fr+f3", "fr+m1", "fr+f2")
# Samples quieter than this (relative to full scale) count as espeak's own silence
# when tightening utterance spans.
_EDGE_THRESHOLD = 10 ** (-45 / 20)
# Every utterance is scaled to this peak so agent and client sound equally loud.
_UTTERANCE_PEAK = 0.5


@dataclass
class Utterance:
    """One turn, with its exact place in the call's samples (end exclusive)."""

    speaker: str
    text: str
    start_sample: int
    end_sample: int


@dataclass
class SyntheticCall:
    path: Path
    sample_rate: int
    utterances: list[Utterance]
    text: str
    duration_seconds: float
    channels: int = 1
    utterance_seconds: list[tuple[float, float]] = field(default_factory=list)

    @property
    def script(self) -> str:
        """``Speaker: text`` lines, the format of ``devkit/samples/*.txt``."""
        return "".join(f"{u.speaker}: {u.text}\n" for u in self.utterances)


def _require(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        raise RuntimeError(f"{tool} is not installed; the audio toolkit needs it")
    return found


def speak(text: str, path: Path, *, voice: str = "fr", rate: int = 150) -> Path:
    """Say ``text`` with espeak-ng into a 22.05 kHz mono WAV at ``path``."""
    # Text goes through stdin so a leading "-" is never read as an option.
    subprocess.run(
        [_require("espeak-ng"), "-v", voice, "-s", str(rate), "-b", "1", "-w", str(path)],
        input=text.encode("utf-8"),
        check=True,
        capture_output=True,
    )
    return path


def _render(source: Path, sample_rate: int, telephone_band: bool) -> FloatArray:
    """Resample an espeak WAV with sox, band-limited like a phone line when asked."""
    effects = ["sinc", "300-3400"] if telephone_band else []
    # Float output means sox never dithers, which keeps results bit-identical.
    completed = subprocess.run(
        [
            _require("sox"),
            "-R",
            str(source),
            "-t",
            "raw",
            "-e",
            "floating-point",
            "-b",
            "32",
            "-c",
            "1",
            "-",
            *effects,
            "rate",
            "-h",
            str(sample_rate),
        ],
        check=True,
        capture_output=True,
    )
    return np.frombuffer(completed.stdout, dtype=np.float32).copy()


def _tighten(samples: FloatArray) -> FloatArray:
    """Drop espeak's leading and trailing silence so spans hug the speech."""
    loud = np.flatnonzero(np.abs(samples) > _EDGE_THRESHOLD * float(np.abs(samples).max()))
    if loud.size == 0:
        return samples[:0]
    return samples[loud[0] : loud[-1] + 1]


def _normalise(samples: FloatArray) -> FloatArray:
    peak = float(np.abs(samples).max()) if samples.size else 0.0
    if peak == 0.0:
        return samples
    return (samples * (_UTTERANCE_PEAK / peak)).astype(np.float32)


def _voice_for(speaker: str, assigned: dict[str, str], voices: Mapping[str, str]) -> str:
    if speaker not in assigned:
        assigned[speaker] = voices.get(speaker, DEFAULT_VOICES[len(assigned) % len(DEFAULT_VOICES)])
    return assigned[speaker]


def _pauses(count: int, given: Sequence[float] | None, rng: np.random.Generator) -> list[float]:
    if given is None:
        return [float(p) for p in rng.uniform(0.2, 3.0, size=count)]
    if len(given) != count:
        raise ValueError(f"pauses needs {count} values (one between each turn), got {len(given)}")
    return [float(p) for p in given]


def _to_pcm16(samples: FloatArray, channels: int) -> bytes:
    pcm = (np.clip(samples, -1.0, 1.0) * 32767.0).round().astype("<i2")
    if channels > 1:
        pcm = np.repeat(pcm[:, np.newaxis], channels, axis=1)
    return pcm.tobytes()


def _write_wav(path: Path, pcm: bytes, sample_rate: int, channels: int = 1) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(2)
        out.setframerate(sample_rate)
        out.writeframes(pcm)


def _encode_mp3(wav: Path, mp3: Path, bitrate: str) -> None:
    subprocess.run(
        [
            _require("ffmpeg"),
            "-nostdin",
            "-hide_banner",
            "-loglevel",
            "error",
            "-y",
            "-i",
            str(wav),
            "-codec:a",
            "libmp3lame",
            "-b:a",
            bitrate,
            "-bitexact",
            str(mp3),
        ],
        check=True,
        capture_output=True,
    )


def synth_call(
    turns: list[tuple[str, str]],
    path: Path,
    *,
    sample_rate: int = 8000,
    pauses: Sequence[float] | None = None,
    noise_dbfs: float | None = None,
    seed: int = 0,
    telephone_band: bool = True,
    fmt: str = "wav",
    voices: Mapping[str, str] | None = None,
    rate: int = 150,
    edge_seconds: float = 0.5,
    channels: int = 1,
    mp3_bitrate: str = "32k",
) -> SyntheticCall:
    """Speak ``turns`` (``(speaker, text)`` pairs) into one call recording at ``path``.

    Each speaker gets its own espeak voice (first-seen order through ``DEFAULT_VOICES``
    unless ``voices`` names one). ``pauses`` are the gaps between turns in seconds;
    without them gaps are drawn from 0.2–3 s with ``seed``. ``edge_seconds`` of
    silence open and close the call. Utterance spans are exact for the PCM written;
    an MP3 adds a few milliseconds of codec delay/smear around them.
    """
    if fmt not in ("wav", "mp3"):
        raise ValueError(f"fmt must be 'wav' or 'mp3', got {fmt!r}")
    if not turns:
        raise ValueError("a call needs at least one turn")
    rng = np.random.default_rng(seed)
    gaps = _pauses(len(turns) - 1, pauses, rng)
    assigned: dict[str, str] = {}
    chosen = dict(voices or {})
    pieces: list[FloatArray] = []
    utterances: list[Utterance] = []
    edge = np.zeros(round(edge_seconds * sample_rate), dtype=np.float32)
    cursor = edge.size
    pieces.append(edge)
    with tempfile.TemporaryDirectory(prefix="synth-") as scratch:
        for index, (speaker, text) in enumerate(turns):
            raw = speak(
                text,
                Path(scratch) / f"turn{index}.wav",
                voice=_voice_for(speaker, assigned, chosen),
                rate=rate,
            )
            said = _normalise(_tighten(_render(raw, sample_rate, telephone_band)))
            utterances.append(Utterance(speaker, text, cursor, cursor + said.size))
            pieces.append(said)
            cursor += said.size
            gap = gaps[index] if index < len(gaps) else edge_seconds
            silence = np.zeros(round(gap * sample_rate), dtype=np.float32)
            pieces.append(silence)
            cursor += silence.size
        mix = np.concatenate(pieces)
        if noise_dbfs is not None:
            rms = 10 ** (noise_dbfs / 20)
            mix = (mix + rng.normal(0.0, rms, size=mix.size)).astype(np.float32)
        pcm = _to_pcm16(mix, channels)
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "wav":
            _write_wav(path, pcm, sample_rate, channels)
        else:
            wav = Path(scratch) / "call.wav"
            _write_wav(wav, pcm, sample_rate, channels)
            _encode_mp3(wav, path, mp3_bitrate)
    return SyntheticCall(
        path=path,
        sample_rate=sample_rate,
        utterances=utterances,
        text=" ".join(text for _, text in turns),
        duration_seconds=mix.size / sample_rate,
        channels=channels,
        utterance_seconds=[
            (u.start_sample / sample_rate, u.end_sample / sample_rate) for u in utterances
        ],
    )


def write_silence(
    path: Path, seconds: float, sample_rate: int = 8000, *, channels: int = 1
) -> Path:
    """Digital silence: the all-zero recording of a call nobody spoke on."""
    frames = round(seconds * sample_rate)
    _write_wav(path, bytes(2 * frames * channels), sample_rate, channels)
    return path


def write_tone(
    path: Path,
    seconds: float,
    frequency: float = 440.0,
    sample_rate: int = 8000,
    *,
    dbfs: float = -6.0,
    channels: int = 1,
) -> Path:
    """A sine tone at ``dbfs`` peak (a dial tone, a hold beep)."""
    t = np.arange(round(seconds * sample_rate), dtype=np.float64) / sample_rate
    samples = (10 ** (dbfs / 20) * np.sin(2 * np.pi * frequency * t)).astype(np.float32)
    _write_wav(path, _to_pcm16(samples, channels), sample_rate, channels)
    return path
