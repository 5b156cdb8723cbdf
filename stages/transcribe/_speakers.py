"""Two voices told apart in a mono call: which of Whisper's words each party said.

A mono recording mixes the agent and the client on one track and Whisper hears one
speaker, so the extractor cannot tell an answer from the question it answers (the
client's "oui" to "vous êtes propriétaire ?"). Each party keeps the same voice and the
same line from one turn to the next: pitch and the shape of the spectrum. So:

1. the words are cut into runs at pauses and sentence ends, where turns change;
2. each run is described by its mean cepstrum and median pitch, and the runs are split
   into two groups by 2-means, each group at least ``MIN_SHARE`` of the speech so that
   a few odd runs (a cough, a laugh) cannot make a "speaker";
3. each group's frames give a Gaussian of that voice, and a two-state Viterbi pass over
   the words reads every word again by those voices, a change of speaker cheap at a
   pause and dear inside a run: a run Whisper ran on across both parties is split where
   the voice changes.

Nothing here decides whether there are two voices: a sales call has two parties, and a
recording with one (a voicemail) split in two costs only a guess at roles, which the
extractor is told are guessed. Measured on the natural-voice calls in docs/quality.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

__all__ = ["Word", "two_voices"]

FloatArray = npt.NDArray[np.float32]

# Fewer runs than this say too little about two voices to tell them apart.
MIN_RUNS = 4
# The smaller voice holds at least this share of the speech.
MIN_SHARE = 0.15
# A run ends where the next word starts this long after the last one ends (seconds).
RUN_GAP = 0.15
# The Viterbi pass: frame log-likelihoods are scaled by this (neighbouring frames are far
# from independent), and a change of voice costs SWITCH_AT_PAUSE where a run ends,
# SWITCH_IN_RUN inside one.
EMISSION_SCALE = 0.1
SWITCH_AT_PAUSE = 1.0
SWITCH_IN_RUN = 6.0

_RATE = 16000
_FRAME = 400  # 25 ms
_HOP = 160  # 10 ms
_FFT = 512
_CEPSTRA = slice(1, 13)  # c0 is loudness, which moves within a voice
_PITCH_LAGS = (_RATE // 400, _RATE // 60)  # 60–400 Hz


@dataclass(frozen=True)
class Word:
    """One recognised word and when it was said (seconds into the audio)."""

    start: float
    end: float
    word: str


def two_voices(samples: FloatArray, rate: int, words: Sequence[Word]) -> list[int] | None:
    """0 or 1 for each word, 0 for the voice of the first; None when too little was said.

    ``samples`` is the mono audio the word times count in, at ``rate`` (16 kHz, as
    Whisper takes it).
    """
    if rate != _RATE:
        raise ValueError(f"two_voices reads 16 kHz audio, not {rate} Hz")
    runs = _runs(words)
    if len(runs) < MIN_RUNS:
        return None
    frames = [_cepstra(samples, word) for word in words]
    points, weights = _run_points(samples, words, runs, frames)
    groups = _two_means(points, weights)
    if groups is None:
        return None
    voice = np.zeros(len(words), dtype=np.int64)
    for run, group in zip(runs, groups, strict=True):
        voice[run] = group
    voice = _reread(words, frames, voice)
    return [int(v != voice[0]) for v in voice]


def _runs(words: Sequence[Word]) -> list[list[int]]:
    """Word indices in runs: a run ends at a pause or after a sentence's last word."""
    runs: list[list[int]] = []
    current: list[int] = []
    for index, word in enumerate(words):
        if current and _turn_may_change(words[index - 1], word):
            runs.append(current)
            current = []
        current.append(index)
    if current:
        runs.append(current)
    return runs


def _turn_may_change(before: Word, after: Word) -> bool:
    return after.start - before.end >= RUN_GAP or before.word.rstrip()[-1:] in ".?!"


def _frames(samples: FloatArray, start: float, end: float) -> FloatArray:
    """Hann-windowed 25 ms frames every 10 ms over [start, end) seconds (at least one)."""
    first = min(max(int(start * _RATE), 0), max(len(samples) - 1, 0))
    piece = samples[first : max(int(end * _RATE), first + _FRAME + 1)]
    if len(piece) == 0:
        piece = np.zeros(_FRAME, dtype=np.float32)
    count = 1 + max(0, (len(piece) - _FRAME) // _HOP)
    index = np.arange(_FRAME)[None, :] + _HOP * np.arange(count)[:, None]
    framed: FloatArray = piece[np.minimum(index, len(piece) - 1)] * _WINDOW
    return framed


def _cepstra(samples: FloatArray, word: Word) -> FloatArray:
    """The word's loudest 70 % of frames as cepstra (the quietest are mostly the line)."""
    power = np.abs(np.fft.rfft(_frames(samples, word.start, word.end), _FFT)) ** 2
    energy = power.sum(axis=1)
    loud = power[energy >= np.quantile(energy, 0.3)]
    return np.asarray((np.log(loud @ _MEL.T + 1e-8) @ _DCT)[:, _CEPSTRA], dtype=np.float32)


def _run_points(
    samples: FloatArray,
    words: Sequence[Word],
    runs: list[list[int]],
    frames: list[FloatArray],
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Each run as its mean cepstrum and median log pitch, weighted by its length."""
    points, weights = [], []
    for run in runs:
        start, end = words[run[0]].start, words[run[-1]].end
        cepstra = np.concatenate([frames[i] for i in run])
        points.append([*cepstra.mean(axis=0), _log_pitch(_frames(samples, start, end))])
        weights.append(max(end - start, 0.01))
    table = np.array(points, dtype=np.float64)
    pitch = table[:, -1]
    known = ~np.isnan(pitch)
    pitch[~known] = np.median(pitch[known]) if known.any() else 0.0
    return table, np.array(weights)


def _log_pitch(frames: FloatArray) -> float:
    """The median log pitch of the voiced frames, by autocorrelation; NaN when unvoiced."""
    centred = frames - frames.mean(axis=1, keepdims=True)
    spectrum = np.fft.rfft(centred, 2 * _FRAME + 224)
    correlation = np.fft.irfft(np.abs(spectrum) ** 2)[:, : _PITCH_LAGS[1]]
    low, high = _PITCH_LAGS
    lag = low + np.argmax(correlation[:, low:high], axis=1)
    strength = correlation[np.arange(len(lag)), lag] / np.maximum(correlation[:, 0], 1e-9)
    voiced = strength > 0.4
    if voiced.sum() < 3:
        return float("nan")
    return float(np.log(np.median(_RATE / lag[voiced])))


def _two_means(
    points: npt.NDArray[np.float64], weights: npt.NDArray[np.float64]
) -> npt.NDArray[np.int64] | None:
    """The best split of the runs in two (least weighted spread), from several starts.

    Every pair of the dozen longest runs seeds one 2-means; a split whose smaller group
    holds under ``MIN_SHARE`` of the speech is not a second voice.
    """
    scaled = (points - np.average(points, axis=0, weights=weights)) / (points.std(axis=0) + 1e-9)
    seeds = np.argsort(-weights)[:12]
    best: tuple[float, npt.NDArray[np.int64]] | None = None
    for position, first in enumerate(seeds):
        for second in seeds[position + 1 :]:
            groups = _two_means_from(scaled, weights, scaled[[first, second]])
            share = weights[groups == 1].sum() / weights.sum()
            if min(share, 1 - share) < MIN_SHARE:
                continue
            centres = np.stack([_centre(scaled, weights, groups == k) for k in (0, 1)])
            distances = ((scaled - centres[groups]) ** 2).sum(axis=1)
            spread = float(np.average(distances, weights=weights))
            if best is None or spread < best[0]:
                best = (spread, groups)
    return None if best is None else best[1]


def _two_means_from(
    points: npt.NDArray[np.float64],
    weights: npt.NDArray[np.float64],
    centres: npt.NDArray[np.float64],
) -> npt.NDArray[np.int64]:
    groups = np.zeros(len(points), dtype=np.int64)
    for _ in range(30):
        groups = ((points[:, None, :] - centres[None]) ** 2).sum(axis=-1).argmin(axis=1)
        if groups.min() == groups.max():
            break
        moved = np.stack([_centre(points, weights, groups == k) for k in (0, 1)])
        if np.allclose(moved, centres):
            break
        centres = moved
    return groups


def _centre(
    points: npt.NDArray[np.float64],
    weights: npt.NDArray[np.float64],
    members: npt.NDArray[np.bool_],
) -> npt.NDArray[np.float64]:
    return np.average(points[members], axis=0, weights=weights[members])


def _reread(
    words: Sequence[Word], frames: list[FloatArray], voice: npt.NDArray[np.int64]
) -> npt.NDArray[np.int64]:
    """Each word's voice again, by a Gaussian of each voice's frames and a Viterbi pass."""
    scores = np.zeros((len(words), 2))
    for k in (0, 1):
        own = np.concatenate([frames[i] for i in np.flatnonzero(voice == k)])
        mean, variance = own.mean(axis=0), own.var(axis=0) + 1e-3
        for index, cepstra in enumerate(frames):
            scores[index, k] = -0.5 * float(
                (((cepstra - mean) ** 2) / variance + np.log(variance)).sum()
            )
    scores *= EMISSION_SCALE
    cost = -scores[0].copy()
    back = np.zeros((len(words), 2), dtype=np.int64)
    for index in range(1, len(words)):
        switch = (
            SWITCH_AT_PAUSE if _turn_may_change(words[index - 1], words[index]) else SWITCH_IN_RUN
        )
        stay, change = cost, cost[::-1] + switch
        back[index] = np.where(stay <= change, [0, 1], [1, 0])
        cost = np.minimum(stay, change) - scores[index]
    path = np.zeros(len(words), dtype=np.int64)
    path[-1] = int(np.argmin(cost))
    for index in range(len(words) - 1, 0, -1):
        path[index - 1] = back[index, path[index]]
    return path


def _mel_bank(bands: int = 24, low: float = 150.0, high: float = 3800.0) -> FloatArray:
    """Triangular mel filters over the telephone band."""

    def mel(hz: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        return 2595 * np.log10(1 + hz / 700)

    low_mel, high_mel = mel(np.array([low, high]))
    edges = 700 * (10 ** (np.linspace(float(low_mel), float(high_mel), bands + 2) / 2595) - 1)
    bins = np.fft.rfftfreq(_FFT, 1 / _RATE)
    bank = np.zeros((bands, bins.size), dtype=np.float32)
    for band in range(bands):
        left, centre, right = edges[band : band + 3]
        rising, falling = (bins - left) / (centre - left), (right - bins) / (right - centre)
        bank[band] = np.clip(np.minimum(rising, falling), 0, None)
    return bank


_WINDOW = np.hanning(_FRAME).astype(np.float32)
_MEL = _mel_bank()
_DCT = np.cos(
    np.pi / _MEL.shape[0] * (np.arange(_MEL.shape[0])[:, None] + 0.5) * np.arange(_MEL.shape[0])
).astype(np.float32)
