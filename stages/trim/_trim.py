"""Trim stage: cut long pauses out of a call so transcription pays only for speech.

The recording is decoded once to 16 kHz 16-bit PCM, in process when it allows: a PCM,
μ-law or A-law WAV at 8 or 16 kHz is read straight into numpy, an MP3 at those rates is
decoded by PyAV, and an 8 kHz call is then upsampled by a half-band filter; anything
else goes through ffmpeg (whose log also words the reason a bad file is refused). A voice
activity detector marks speech window by window (Silero VAD by default, webrtcvad
selectable), and every pause longer than ``min_silence_ms`` is cut down to
``padding_ms`` on each side. Kept spans are reported on the original timeline so a
transcript position can be traced back to the recording.

A stereo call recorded one party per channel stays stereo: each channel is scored on its
own and a pause is cut only where both are quiet, so the channels stay aligned and one
time map serves both. A stereo file carrying one voice (the same signal twice, or one
silent side) is mixed down to mono, as ffmpeg did before.

Silero is the default because it tells speech from hold music and line noise, where
webrtcvad's GMM marks both as voice; ``benchmarks/trim_quality.py`` measures the two.
Silero's cost is kept down (``docs/performance.md``, benchmark 3): the model runs in numpy
(``_silero.py``), its stateless part over many windows at once; the call is cut into
stretches stepped side by side as one batch; long quiet stretches at the call's own noise
floor never reach the model, which resumes after each from the state the call's silence
leads it to.
"""

from __future__ import annotations

import asyncio
import bisect
import contextlib
import itertools
import os
import re
import shutil
import struct
import subprocess
import tempfile
import wave
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np
import numpy.typing as npt
import webrtcvad

from messages import AudioDownloaded, AudioTrimmed, Span
from stages.errors import InputMissing, PermanentError
from stages.trim import _silero

# The rate of the trimmed WAV the transcribers read.
SAMPLE_RATE = 16000
TRIMMED_NAME = "trimmed.wav"
# Rates decoded in process (8 kHz then upsampled); others go through ffmpeg to 16 kHz.
_NATIVE_RATES = (8000, 16000)

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
# Frames per block when comparing channels or upsampling: bounds the temporaries.
_COMPARE_BLOCK = 1 << 18
# Stretches of about 13 s (400 windows), each warmed up on the 1 s before it, up to 64
# side by side: batching cuts the model's per-call overhead to a
# third, and the quality benchmark scores the same with these as with one stream.
_STREAM_WINDOWS = 400
_WARM_UP_WINDOWS = 32
_MAX_STREAMS = 64
# Windows through the model's stateless part at once: large products, few MB of scratch.
_BLOCK_ROWS = 1024
# A window both near the noise floor (10th percentile of window levels) and far under
# the speech level (95th percentile) is silence. Only stretches of 2 s of such windows
# are skipped, less 256 ms each side that are still scored: restarting the model after
# every short pause cost removal 0.83 -> 0.80 on noisy calls, and a soft onset next to
# a pause keeps its probabilities. Silero scores a time-compressed stream (a pause's
# middle, or one window in a few of speech, left out without a restart) far worse:
# onsets early and words cut on natural voices (docs/performance.md, benchmark 3).
_NOISE_PERCENTILE = 10
_SPEECH_PERCENTILE = 95
_ABOVE_NOISE_DB = 6.0
_BELOW_SPEECH_DB = 25.0
_MIN_SKIPPED_WINDOWS = 62
_GATE_MARGIN_WINDOWS = 8
# After a skipped stretch the model starts from its state after this many of the call's
# quiet windows (computed once per call), not from zero plus a 32-window warm-up: as if
# it had heard the pause, for a sixth of the windows.
_SILENCE_WINDOWS = 48
# A speech probability this high just before a voiced run is the word's onset (silence
# and line noise score about 0); at most this many windows (256 ms) are taken back.
_ONSET_FLOOR = 0.02
_ONSET_MAX_WINDOWS = 8
# Weak voicing this close before confirmed speech belongs to it (12 windows: 384 ms).
_WEAK_SPEECH = 0.25
_WEAK_LOOKBACK_WINDOWS = 12
# Half-band interpolation filter (8 kHz -> 16 kHz): taps of the odd output phase each side
# of it, Kaiser-windowed; flat to 3.4 kHz, images past 4.6 kHz down by about 70 dB.
_HALF_BAND_TAPS = 16
_HALF_BAND_BETA = 7.0
VadName = Literal["webrtc", "silero"]
VADS: tuple[VadName, ...] = ("webrtc", "silero")
SILERO_RATES: tuple[_silero.Rate, ...] = (16000, 8000)

Int16Array = npt.NDArray[np.int16]
FloatArray = npt.NDArray[np.float32]
BoolArray = npt.NDArray[np.bool_]
Regions = list[tuple[int, int]]
# Silero's recurrent state for some streams: hidden, cell.
_State = tuple[FloatArray, FloatArray]


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
    # Silero's branch for an 8 kHz call: 16000 scores the call upsampled (the default),
    # 8000 its own samples with the model's 8 kHz branch (32 ms windows either way, so
    # the regions are the same 16 kHz ranges). A 16 kHz call is always scored at 16 kHz.
    # The 8 kHz branch costs about 27 % less CPU per trim, but holds the goal on neither
    # set better than 16 kHz: at threshold 0.5, espeak quiet/noisy removal 0.834/0.808
    # (16 kHz 0.843/0.840); natural voices retention 0.979/0.982 (16 kHz 0.986/0.990).
    silero_rate: _silero.Rate = 16000

    def __post_init__(self) -> None:
        # Checked here so a bad setting fails at start-up, not on the first message.
        if self.vad not in VADS:
            raise ValueError(f"vad must be one of {VADS}, got {self.vad!r}")
        if not 0.0 < self.silero_threshold < 1.0:
            raise ValueError(f"silero_threshold must be in (0, 1), got {self.silero_threshold}")
        if self.silero_rate not in SILERO_RATES:
            raise ValueError(f"silero_rate must be one of {SILERO_RATES}, got {self.silero_rate}")
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
    frames, source_rate = _decode_to_16k(source, options.max_audio_seconds)
    channels = frames.shape[1]
    if channels == 1:
        regions = speech_regions(frames[:, 0], options, source_rate=source_rate)
    else:
        regions = _stereo_regions(frames, options, source_rate)
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
    Refused when over ``max_seconds``. An 8 kHz recording is upsampled once here: the
    same frames feed the VAD and the output.
    """
    return _decode_to_16k(source, max_seconds)[0]


def _decode_to_16k(source: Path, max_seconds: float) -> tuple[Int16Array, int]:
    """``decode``'s frames, and the rate they were decoded at before any upsampling: 8000
    when they are an 8 kHz call's own samples at even positions (``_upsample``)."""
    frames, rate, declared_seconds = _decode(source, max_seconds)
    decoded_seconds = frames.shape[0] / rate
    if decoded_seconds > max_seconds:
        # Decoding stopped at the limit: the header's figure, when it has one, is the
        # real length to report.
        _refuse_if_too_long(max(decoded_seconds, declared_seconds or 0.0), max_seconds)
    if frames.shape[1] == 2 and _one_voice(frames):
        frames = _mix_down(frames)
    return (frames, rate) if rate == SAMPLE_RATE else (_upsample(frames), rate)


def speech_regions(
    samples: Int16Array, options: TrimOptions, *, source_rate: int = SAMPLE_RATE
) -> Regions:
    """Sample ranges ``[start, end)`` to keep: padded speech, short pauses merged.

    ``samples`` are 16 kHz; ``source_rate`` 8000 says they are an 8 kHz call as
    ``decode`` upsampled it (its own samples at even positions), which Silero's 8 kHz
    branch scores when ``options.silero_rate`` asks for it.
    """
    return _kept(_voiced_runs(samples, options, source_rate), samples.size, options)


def _stereo_regions(frames: Int16Array, options: TrimOptions, source_rate: int) -> Regions:
    """Frame ranges to keep in a two-channel call: wherever either party speaks.

    Each channel is scored alone (a copy of it, as the VAD wants contiguous samples); the
    union of their speech is then merged and padded as one channel's would be, so a pause
    is cut only when both parties are quiet.
    """
    runs = sorted(
        run
        for channel in range(frames.shape[1])
        for run in _voiced_runs(np.ascontiguousarray(frames[:, channel]), options, source_rate)
    )
    return _kept(runs, frames.shape[0], options)


def _voiced_runs(samples: Int16Array, options: TrimOptions, source_rate: int) -> Regions:
    """Sample ranges the VAD heard speech in, clicks dropped and word tails held."""
    voiced: BoolArray | list[bool]
    if options.vad == "silero":
        if options.silero_rate == 8000 and source_rate == 8000:
            # The call's own 8 kHz samples: every other one of ``_upsample``'s output.
            vad = _silero.silero_vad(8000)
            scored = np.ascontiguousarray(samples[::2])
        else:
            vad, scored = _silero.silero_vad(16000), samples
        # A window is 32 ms in both branches: 512 samples of the 16 kHz output.
        frame = vad.branch.window * SAMPLE_RATE // vad.branch.rate
        voiced = _silero_voiced_frames(scored, options.silero_threshold, vad)
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


def _silero_voiced_frames(
    samples: Int16Array, threshold: float, vad: _silero.SileroVad
) -> BoolArray:
    """Per 32 ms window of ``samples`` (at ``vad``'s rate): speech or not, with hysteresis
    as Silero's own tooling does.

    A window above ``threshold`` starts speech; speech continues until the probability
    falls below ``threshold - 0.15``, so a soft syllable inside a word is not a pause.
    After a long pause or hold music the model's confidence climbs over a few windows,
    so each speech run is also extended back over the rising windows before it.
    """
    probabilities = _silero_probabilities(samples, vad)
    flags = _hysteresis(probabilities, threshold, max(threshold - 0.15, 0.01))
    for start, _ in _runs(flags):
        flags[_onset(probabilities, start) : start] = True
    return flags


def _hysteresis(probabilities: FloatArray, high: float, low: float) -> BoolArray:
    """On at ``high`` or more, off under ``low``, and in between as the window before."""
    decided = np.where(probabilities >= high, 1, np.where(probabilities < low, 0, -1))
    # Each window takes the last decided window's value at or before it (off at first).
    decided = np.concatenate(([0], decided))
    last = np.where(decided >= 0, np.arange(decided.size), 0)
    flags: BoolArray = decided[np.maximum.accumulate(last)][1:] == 1
    return flags


def _onset(probabilities: FloatArray, start: int) -> int:
    """Where the speech that Silero confirmed at window ``start`` really began.

    A short first word ("Oui") can score well under the threshold and sit a breath
    before the confirmed run: take a weakly voiced window just before it, then walk
    back over the rising probability in front of that.
    """
    first = max(start - _WEAK_LOOKBACK_WINDOWS, 0)
    weak = np.flatnonzero(probabilities[first:start] >= _WEAK_SPEECH)
    onset = first + int(weak[0]) if weak.size else start
    earliest = max(onset - _ONSET_MAX_WINDOWS, 0)
    below = np.flatnonzero(probabilities[earliest:onset] < _ONSET_FLOOR)
    return earliest + int(below[-1]) + 1 if below.size else earliest


def _silero_probabilities(samples: Int16Array, vad: _silero.SileroVad) -> FloatArray:
    """Silero's speech probability per 32 ms window; 0 where the level rules speech out."""
    window = vad.branch.window
    windows = samples.size // window
    probabilities = np.zeros(windows, dtype=np.float32)
    if windows == 0:
        return probabilities
    asked = _worth_asking(samples, windows, window)
    heard = np.flatnonzero(asked)
    if heard.size == 0:
        return probabilities
    model_input = _ModelInput(samples, windows, vad.branch)
    # After a quiet stretch left out the model resumes from the state this call's own
    # silence leads it to, as if it had heard the stretch; each resumption starts a
    # stream of its own, with nothing to warm up.
    resumes = np.flatnonzero(np.diff(heard, prepend=-1) > 1)
    streams = sorted(_streams(heard.size, resumes.tolist()), key=_stream_length, reverse=True)
    scores = np.zeros(heard.size, dtype=np.float32)
    silence = _silence_state(vad, model_input, np.flatnonzero(~asked)) if resumes.size else None
    for first in range(0, len(streams), _MAX_STREAMS):
        batch = streams[first : first + _MAX_STREAMS]
        _run_batch(vad, model_input, heard, batch, scores, silence)
    probabilities[heard] = scores
    return probabilities


class _ModelInput:
    """Window i with its context (the samples before it: 64 at 16 kHz), as float32 in
    [-1, 1], for any windows.

    Views of the decoded samples, so only the rows of one model call are ever converted
    to float32, never the whole call. Window 0 has zero context, as when the model starts
    a stream.
    """

    def __init__(self, samples: Int16Array, windows: int, branch: _silero.Branch) -> None:
        window, context = branch.window, branch.context
        # Row k is window k + 1 with its context.
        self._rows = np.lib.stride_tricks.as_strided(
            samples[window - context :],
            shape=(windows - 1, branch.width),
            strides=(window * samples.itemsize, samples.itemsize),
            writeable=False,
        )
        self._first = np.zeros(branch.width, dtype=np.int16)
        self._first[context:] = samples[:window]

    def __getitem__(self, windows: npt.NDArray[np.int64]) -> FloatArray:
        rows = self._rows[np.maximum(windows - 1, 0)]
        rows[windows == 0] = self._first
        scaled: FloatArray = rows.astype(np.float32) * np.float32(1 / 32768)
        return scaled


def _worth_asking(samples: Int16Array, windows: int, window: int) -> BoolArray:
    """Windows the model must judge: all but long stretches at the call's noise floor."""
    levels = _levels_db(samples, windows, window)
    noise, speech = np.percentile(levels, [_NOISE_PERCENTILE, _SPEECH_PERCENTILE])
    floor = min(noise + _ABOVE_NOISE_DB, speech - _BELOW_SPEECH_DB)
    asked = np.ones(windows, dtype=np.bool_)
    for start, end in _runs(levels < floor):
        if end - start >= _MIN_SKIPPED_WINDOWS:
            asked[start + _GATE_MARGIN_WINDOWS : end - _GATE_MARGIN_WINDOWS] = False
    return asked


def _silence_state(
    vad: _silero.SileroVad, model_input: _ModelInput, quiet: npt.NDArray[np.int64]
) -> _State:
    """The model's (hidden, cell) after hearing ``_SILENCE_WINDOWS`` of the call's quiet
    windows."""
    hidden, cell = np.zeros((2, 1, _silero.STATE), dtype=np.float32)
    gates = vad.gate_inputs(model_input[quiet[:_SILENCE_WINDOWS]])
    for row in range(gates.shape[0]):
        hidden, cell = vad.step(gates[row : row + 1], hidden, cell)
    return hidden, cell


def _levels_db(samples: Int16Array, windows: int, window: int) -> FloatArray:
    """Mean power of each ``window``-sample window in dB, a block at a time (float32 of a
    block only)."""
    levels = np.empty(windows, dtype=np.float32)
    block = 2048
    for begin in range(0, windows, block):
        stop = min(begin + block, windows)
        chunk = samples[begin * window : stop * window].astype(np.float32)
        power = np.square(chunk).reshape(-1, window).mean(axis=1)
        levels[begin:stop] = 10.0 * np.log10(power + 1.0)
    return levels


@dataclass(frozen=True)
class _Stream:
    """Heard windows ``[start, end)`` (positions in the list of heard windows) to score,
    fed to the model from position ``warm_from``; from the silence state if ``resumed``."""

    warm_from: int
    start: int
    end: int
    resumed: bool


def _stream_length(stream: _Stream) -> int:
    return stream.end - stream.warm_from


def _streams(heard: int, resumes: list[int]) -> Iterator[_Stream]:
    """The heard windows in pieces of at most ``_STREAM_WINDOWS``.

    A piece that starts where the model resumes after a quiet stretch starts from the
    silence state; a piece that continues one is warmed up on the windows before it.
    """
    bounds = [0, *[r for r in resumes if r > 0], heard]
    resumed = set(resumes)
    for first, stop in itertools.pairwise(bounds):
        for start in range(first, stop, _STREAM_WINDOWS):
            end = min(start + _STREAM_WINDOWS, stop)
            if start == first:
                yield _Stream(start, start, end, resumed=start in resumed)
            else:
                yield _Stream(max(start - _WARM_UP_WINDOWS, first), start, end, resumed=False)


def _run_batch(
    vad: _silero.SileroVad,
    model_input: _ModelInput,
    heard: npt.NDArray[np.int64],
    streams: list[_Stream],
    scores: FloatArray,
    silence: _State | None,
) -> None:
    """Run ``streams`` (longest first) side by side, one window of each per step.

    A stream that has ended drops out of the batch; longest-first keeps the live ones a
    prefix, so its state rows are a slice. The windows of several steps go through the
    model's stateless part together (``_BLOCK_ROWS`` at most), then are stepped.
    """
    warm_from = np.array([s.warm_from for s in streams])
    starts = np.array([s.start for s in streams])
    remaining = [-_stream_length(s) for s in streams]  # ascending, for bisect
    hidden, cell = np.zeros((2, len(streams), _silero.STATE), dtype=np.float32)
    resumed = [index for index, stream in enumerate(streams) if stream.resumed]
    if resumed and silence is not None:
        hidden[resumed], cell[resumed] = silence
    steps = -remaining[0]
    per_block = max(_BLOCK_ROWS // len(streams), 1)
    for first_step in range(0, steps, per_block):
        block = range(first_step, min(first_step + per_block, steps))
        positions = [warm_from[: bisect.bisect_left(remaining, -step)] + step for step in block]
        heard_rows = np.concatenate(positions)
        gates = vad.gate_inputs(model_input[heard[heard_rows]])
        outputs = np.empty((heard_rows.size, _silero.STATE), dtype=np.float32)
        offset = 0
        for position in positions:
            live = position.size
            rows = slice(offset, offset + live)
            hidden, cell = vad.step(gates[rows], hidden[:live], cell[:live])
            outputs[rows] = hidden
            offset += live
        counted = heard_rows >= np.concatenate([starts[: p.size] for p in positions])
        scores[heard_rows[counted]] = vad.probability(outputs[counted])


def _runs(flags: BoolArray | list[bool]) -> Regions:
    """Index ranges ``[start, end)`` of consecutive True values."""
    padded = np.concatenate(([False], np.asarray(flags, dtype=np.bool_), [False]))
    edges = np.flatnonzero(padded[1:] != padded[:-1]).tolist()
    return list(zip(edges[0::2], edges[1::2], strict=True))


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


# Decoding ---------------------------------------------------------------------------

Decoded = tuple[Int16Array, int, float | None]


def _decode(source: Path, max_seconds: float) -> Decoded:
    """Frames ``(n, channels)``, their rate and the header's duration (None if unstated).

    In process when the file allows it (a WAV of PCM, μ-law or A-law, an MP3, at 8 or
    16 kHz, one or two channels); otherwise, and for every file the in-process readers
    do not take, by ffmpeg, whose log also words the reason a bad file is refused.
    """
    decoded = _decode_wav(source, max_seconds)
    if decoded is None:
        decoded = _decode_mp3(source, max_seconds)
    if decoded is None:
        decoded = _decode_with_ffmpeg(source, max_seconds)
    return decoded


@dataclass(frozen=True)
class _WavLayout:
    codec: int  # WAVE format tag: 1 PCM, 6 A-law, 7 μ-law
    channels: int
    rate: int
    data_offset: int
    frames: int
    declared_seconds: float | None


# WAVE format tag -> bits per sample read in process.
_WAV_CODECS = {1: 16, 6: 8, 7: 8}
_WAV_EXTENSIBLE = 0xFFFE
_WAV_UNKNOWN_SIZES = (0, 0xFFFFFFFF)


def _wav_file_layout(source: Path) -> _WavLayout | None:
    """The layout of a WAV the trim reads itself; None for anything else.

    A streaming writer leaves the data size unknown (0 or 0xFFFFFFFF) and a cut-off file
    has less than its header says: the samples then run to the end of the file.
    """
    with open(source, "rb") as wav:
        head = wav.read(12)
        if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
            return None
        file_size = os.fstat(wav.fileno()).st_size
        fmt: tuple[int, int, int, int, int] | None = None
        while True:
            chunk = wav.read(8)
            if len(chunk) < 8:
                return None
            name, size = chunk[:4], int.from_bytes(chunk[4:], "little")
            if name == b"fmt ":
                body = wav.read(size)
                fmt = _wav_format(body)
                if fmt is None:
                    return None
                wav.seek(size % 2, os.SEEK_CUR)
            elif name == b"data":
                if fmt is None:
                    return None
                codec, channels, rate, block, _ = fmt
                offset = wav.tell()
                available = (file_size - offset) // block
                stated = None if size in _WAV_UNKNOWN_SIZES else size // block
                frames = available if stated is None else min(stated, available)
                declared = None if stated is None else stated / rate
                return _WavLayout(codec, channels, rate, offset, frames, declared)
            else:
                wav.seek(size + size % 2, os.SEEK_CUR)


def _wav_format(body: bytes) -> tuple[int, int, int, int, int] | None:
    """(codec, channels, rate, block align, bits) of a ``fmt `` chunk read in process."""
    if len(body) < 16:
        return None
    codec, channels, rate, _, block, bits = struct.unpack("<HHIIHH", body[:16])
    if codec == _WAV_EXTENSIBLE and len(body) >= 26:
        codec = int.from_bytes(body[24:26], "little")
    if _WAV_CODECS.get(codec) != bits or channels not in (1, 2) or rate not in _NATIVE_RATES:
        return None
    if block != channels * bits // 8:
        return None
    return codec, channels, rate, block, bits


def _decode_wav(source: Path, max_seconds: float) -> Decoded | None:
    """A WAV of 16-bit PCM, μ-law or A-law at 8 or 16 kHz, read with numpy; else None.

    The length is known from the file before any sample is read, so an over-long call is
    refused without reading it.
    """
    try:
        layout = _wav_file_layout(source)
    except OSError:
        return None
    if layout is None:
        return None
    seconds = layout.frames / layout.rate
    _refuse_if_too_long(seconds, max_seconds)
    if layout.frames == 0:
        raise PermanentError("cannot decode audio: no audio samples")
    count = layout.frames * layout.channels
    with open(source, "rb") as wav:
        wav.seek(layout.data_offset)
        if layout.codec == 1:
            samples = np.fromfile(wav, dtype="<i2", count=count).astype(np.int16, copy=False)
        else:
            table = _MU_LAW if layout.codec == 7 else _A_LAW
            samples = table[np.fromfile(wav, dtype=np.uint8, count=count)]
    frames = samples[: samples.size - samples.size % layout.channels]
    return frames.reshape(-1, layout.channels), layout.rate, layout.declared_seconds


def _g711_tables() -> tuple[Int16Array, Int16Array]:
    """μ-law and A-law byte -> linear int16, as ffmpeg's pcm_mulaw/pcm_alaw decode them."""
    code = np.arange(256, dtype=np.int32)
    mu = ~code & 0xFF
    magnitude = (((mu & 0x0F) << 3) + 0x84) << ((mu & 0x70) >> 4)
    mu_law = np.where(mu & 0x80, 0x84 - magnitude, magnitude - 0x84)
    a = code ^ 0x55
    segment = (a & 0x70) >> 4
    quantum = a & 0x0F
    linear = np.where(
        segment > 0, (quantum * 2 + 1 + 32) << (segment + 2).clip(min=0), (quantum * 2 + 1) << 3
    )
    a_law = np.where(a & 0x80, linear, -linear)
    return mu_law.astype(np.int16), a_law.astype(np.int16)


_MU_LAW, _A_LAW = _g711_tables()
# PyAV's MP3 frames are gathered into blocks of this many samples before conversion.
_MP3_BLOCK = 1 << 16


def _decode_mp3(source: Path, max_seconds: float) -> Decoded | None:
    """An MP3 at 8 or 16 kHz, mono or stereo, decoded in process by PyAV; else None.

    Each decoded frame's planes are kept as bytes and converted once per block of
    ``_MP3_BLOCK`` samples, not frame by frame. Decoding stops just past the limit, as
    ffmpeg's ``-t`` did. Any error on the way returns None: ffmpeg then decodes the file
    (or words why it cannot).
    """
    try:
        import av  # imported on the first MP3 only
    except ImportError:  # pragma: no cover - a dependency of the main distribution
        return None
    try:
        with av.open(str(source), metadata_errors="ignore") as container:
            if container.format.name != "mp3" or not container.streams.audio:
                return None
            stream = container.streams.audio[0]
            rate, channels = stream.codec_context.sample_rate, stream.codec_context.channels
            if rate not in _NATIVE_RATES or channels not in (1, 2):
                return None
            declared = container.duration / 1_000_000 if container.duration else None
            limit = round((max_seconds + 1) * rate)
            blocks: list[Int16Array] = []
            pending: list[list[memoryview]] = [[], []]
            pending_frames = total = 0
            sample_format = ""
            for frame in container.decode(stream):
                name = frame.format.name
                if (
                    frame.layout.nb_channels != channels
                    or frame.sample_rate != rate
                    or name not in _PYAV_FORMATS
                    or (sample_format and name != sample_format)
                ):
                    return None  # a stream changing layout midway: ffmpeg resamples it
                sample_format = name
                planar = frame.format.is_planar
                size = frame.samples * frame.format.bytes * (1 if planar else channels)
                for plane, kept in zip(frame.planes, pending, strict=False):
                    kept.append(memoryview(plane)[:size])
                pending_frames += frame.samples
                if pending_frames >= _MP3_BLOCK:
                    blocks.append(_to_frames(pending, channels, sample_format))
                    total += pending_frames
                    pending, pending_frames = [[], []], 0
                    if total > limit:
                        break
            if pending_frames:
                blocks.append(_to_frames(pending, channels, sample_format))
    except (av.error.FFmpegError, OSError, ValueError):
        return None
    if not blocks:
        return None
    frames = np.concatenate(blocks) if len(blocks) > 1 else blocks[0]
    return frames, rate, declared


# PyAV sample formats read in process (the MP3 decoder gives fltp), and their dtypes.
_PYAV_FORMATS = {"fltp": "<f4", "flt": "<f4", "s16p": "<i2", "s16": "<i2"}


def _to_frames(planes: list[list[memoryview]], channels: int, sample_format: str) -> Int16Array:
    """PyAV frames' planes as int16 ``(n, channels)``; floats rounded as ffmpeg's swr does."""
    dtype = _PYAV_FORMATS[sample_format]
    if sample_format.endswith("p"):
        columns = [np.frombuffer(b"".join(planes[c]), dtype=dtype) for c in range(channels)]
        samples = np.stack(columns, axis=1) if channels > 1 else columns[0][:, np.newaxis]
    else:
        samples = np.frombuffer(b"".join(planes[0]), dtype=dtype).reshape(-1, channels)
    if samples.dtype == np.int16:
        return samples.astype(np.int16)  # a copy: the frames' buffers are let go
    scaled = np.rint(samples * np.float32(32768.0))
    return np.clip(scaled, -32768, 32767).astype(np.int16)


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


def _decode_with_ffmpeg(source: Path, max_seconds: float) -> Decoded:
    """Decode once to 16 kHz s16 frames ``(n, channels)``; also the header's duration.

    The fallback for what is not read in process (other codecs and rates), and the voice
    of every refusal: its log words why a file cannot be decoded. ffmpeg keeps a mono or
    stereo input's channels (more are mixed to stereo) and writes a WAV, whose header says
    which it chose: no probe is needed to know the layout.

    Decoding stops just past the limit so a file whose header hid (or lied about) its
    length cannot make us decode hours of audio; the caller then sees it is too long.
    The log is read at info level, each line tagged with its level, for the header's
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
    return samples.reshape(-1, channels), SAMPLE_RATE, _declared_seconds(log)


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


# Writing ----------------------------------------------------------------------------


def _half_band() -> FloatArray:
    """The odd-phase taps of a Kaiser-windowed half-band filter (8 -> 16 kHz)."""
    offsets = np.arange(-_HALF_BAND_TAPS + 1, _HALF_BAND_TAPS + 1) - 0.5
    window = np.kaiser(2 * _HALF_BAND_TAPS, _HALF_BAND_BETA)
    taps = np.sinc(offsets) * window
    normalised: FloatArray = (taps / taps.sum()).astype(np.float32)
    return normalised


_HALF_BAND = _half_band()


def _upsample(frames: Int16Array) -> Int16Array:
    """8 kHz frames at 16 kHz, a block at a time.

    Each even output sample is the input sample; each odd one is interpolated by the
    half-band filter from the ``_HALF_BAND_TAPS`` input samples on each side of it
    (zeros past the recording's ends).
    """
    total, channels = frames.shape
    reach = _HALF_BAND_TAPS
    upsampled = np.empty((total, 2, channels), dtype=np.int16)
    upsampled[:, 0] = frames
    odd = upsampled[:, 1]
    for channel in range(channels):
        for begin in range(0, total, _COMPARE_BLOCK):
            stop = min(begin + _COMPARE_BLOCK, total)
            low, high = max(begin - reach + 1, 0), min(stop + reach, total)
            padded = np.zeros(stop - begin + 2 * reach - 1, dtype=np.float32)
            first = low - (begin - reach + 1)
            padded[first : first + high - low] = frames[low:high, channel]
            # Odd sample after input n: taps over inputs n - reach + 1 .. n + reach.
            block = _interpolate(padded, stop - begin)
            odd[begin:stop, channel] = np.clip(np.rint(block), -32768, 32767)
    return upsampled.reshape(-1, channels)


def _interpolate(padded: FloatArray, size: int) -> FloatArray:
    """``padded`` filtered by the half-band taps: ``size`` outputs from ``size + 2·reach − 1``.

    The taps are symmetric, so each pair of inputs at equal distance is added first:
    half the products of ``np.convolve``, and whole-array passes that numpy vectorises
    (about twice as fast as its convolution here).
    """
    last = 2 * _HALF_BAND_TAPS - 1
    total = np.zeros(size, dtype=np.float32)
    pair = np.empty(size, dtype=np.float32)
    for k in range(_HALF_BAND_TAPS):
        np.add(padded[k : k + size], padded[last - k : last - k + size], out=pair)
        pair *= _HALF_BAND[k]
        total += pair
    return total


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
