"""The transcribe stage: trimmed audio in, ``Transcript`` out, through a pluggable backend."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

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


async def transcribe(
    message: AudioTrimmed,
    transcriber: Transcriber,
    *,
    language: str,
    cache: TranscriptCache | None = None,
    channel_roles: Sequence[str] = DEFAULT_CHANNEL_ROLES,
) -> Transcript:
    """Transcribe the trimmed audio named by ``message``.

    A recording trimmed to nothing (all silence) is a valid, empty transcript: the
    provider is not called, since it would bill for or reject an empty file. With a
    ``cache``, audio already transcribed by the same backend in the same language is
    answered from it. Utterance times are given on both timelines (``TimeMap``). On a
    stereo call each channel's utterances are labelled by ``channel_roles`` (channel 1
    the first role) and merged by time; the cache keeps them unlabelled, so changing the
    roles needs no new transcription.
    """
    cached = False
    if message.trimmed_seconds <= 0:
        result = TranscriptionResult(text="", utterances=[], language=language)
    elif cache is None:
        result = await transcriber.transcribe(Path(message.path), language=language)
    else:
        key = await cache.key(Path(message.path), transcriber.name, language)
        hit = await cache.get(key)
        cached = hit is not None
        if hit is None:
            result = await transcriber.transcribe(Path(message.path), language=language)
            await cache.put(key, result)
        else:
            result = hit
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
        path=message.path,
    )
