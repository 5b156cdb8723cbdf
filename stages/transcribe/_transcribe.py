"""The transcribe stage: trimmed audio in, ``Transcript`` out, through a pluggable backend."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from messages import AudioTrimmed, Transcript, Utterance
from stages.transcribe._channels import DEFAULT_CHANNEL_ROLES, label_roles
from stages.transcribe._timemap import TimeMap

if TYPE_CHECKING:
    from stages.transcribe.cache import TranscriptCache


@dataclass(frozen=True)
class TranscriptionResult:
    """What a backend heard, before it is wrapped in a message."""

    text: str
    utterances: list[Utterance]
    language: str


class Transcriber(Protocol):
    """A speech-to-text backend; raises ``stages.errors`` types on failure.

    Given a stereo WAV (one party per channel) a backend sets ``Utterance.channel`` on
    what it heard (1 = left); the stage turns channels into roles.
    """

    name: str

    async def transcribe(self, path: Path, *, language: str) -> TranscriptionResult: ...


@runtime_checkable
class UrlTranscriber(Protocol):
    """A backend that can fetch the audio itself from a URL (a pre-signed object URL)."""

    async def transcribe_url(
        self, url: str, *, language: str, channels: int
    ) -> TranscriptionResult: ...


AudioOpener = Callable[[], AbstractAsyncContextManager[Path | str]]
"""Opens the trimmed audio for the provider: a local file, or a URL the provider fetches;
called only when the provider is (not on an empty recording or a cache hit by digest)."""


async def transcribe(
    message: AudioTrimmed,
    transcriber: Transcriber,
    *,
    language: str,
    cache: TranscriptCache | None = None,
    channel_roles: Sequence[str] = DEFAULT_CHANNEL_ROLES,
    audio: AudioOpener | None = None,
) -> Transcript:
    """Transcribe the trimmed audio named by ``message``.

    A recording trimmed to nothing (all silence) is a valid, empty transcript: the
    provider is not called, since it would bill for or reject an empty file. With a
    ``cache``, audio already transcribed by the same backend in the same language is
    answered from it. Utterance times are given on both timelines (``TimeMap``). On a
    stereo call each channel's utterances are labelled by ``channel_roles`` (channel 1
    the first role) and merged by time; the cache keeps them unlabelled, so changing the
    roles needs no new transcription. ``audio`` says where the provider gets the audio
    (default: the message's ``path``); with the message's ``sha256`` a cache hit needs
    no audio at all.
    """
    cached = False
    if message.trimmed_seconds <= 0:
        result = TranscriptionResult(text="", utterances=[], language=language)
    else:
        opener = audio or (lambda: _message_file(message))
        result, cached = await _heard(message, transcriber, language, cache, opener)
    time_map = TimeMap(message.kept_spans)
    return Transcript(
        **message.carry(),
        text=result.text,
        utterances=[time_map.utterance(u) for u in label_roles(result.utterances, channel_roles)],
        language=result.language or language,
        backend=transcriber.name,
        audio_seconds=message.trimmed_seconds,
        original_seconds=message.original_seconds,
        cached=cached,
        key=message.key or None,
        path=message.path or None,
    )


async def _heard(
    message: AudioTrimmed,
    transcriber: Transcriber,
    language: str,
    cache: TranscriptCache | None,
    opener: AudioOpener,
) -> tuple[TranscriptionResult, bool]:
    """The provider's result, or the cache's; and whether it came from the cache."""
    key = None
    if cache is not None and message.sha256:
        key = cache.key_of_digest(message.sha256, transcriber.name, language)
        if (hit := await cache.get(key)) is not None:
            return hit, True
    async with opener() as source:
        if cache is not None and key is None and isinstance(source, Path):
            key = await cache.key(source, transcriber.name, language)
            if (hit := await cache.get(key)) is not None:
                return hit, True
        result = await _send(transcriber, source, language, message.channels)
    if cache is not None and key is not None:
        await cache.put(key, result)
    return result, False


async def _send(
    transcriber: Transcriber, source: Path | str, language: str, channels: int
) -> TranscriptionResult:
    if isinstance(source, Path):
        return await transcriber.transcribe(source, language=language)
    if not isinstance(transcriber, UrlTranscriber):
        raise TypeError(f"the {transcriber.name} transcriber takes files, not URLs")
    return await transcriber.transcribe_url(source, language=language, channels=channels)


@contextlib.asynccontextmanager
async def _message_file(message: AudioTrimmed) -> AsyncIterator[Path | str]:
    yield Path(message.path)
