"""The transcribe stage: trimmed audio in, ``Transcript`` out, through a pluggable backend."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from messages import AudioTrimmed, Transcript, Utterance


@dataclass(frozen=True)
class TranscriptionResult:
    """What a backend heard, before it is wrapped in a message."""

    text: str
    utterances: list[Utterance]
    language: str


class Transcriber(Protocol):
    """A speech-to-text backend; raises ``stages.errors`` types on failure."""

    name: str

    async def transcribe(self, path: Path, *, language: str) -> TranscriptionResult: ...


async def transcribe(
    message: AudioTrimmed, transcriber: Transcriber, *, language: str
) -> Transcript:
    """Transcribe the trimmed audio named by ``message``.

    A recording trimmed to nothing (all silence) is a valid, empty transcript: the
    provider is not called, since it would bill for or reject an empty file.
    """
    if message.trimmed_seconds <= 0:
        result = TranscriptionResult(text="", utterances=[], language=language)
    else:
        result = await transcriber.transcribe(Path(message.path), language=language)
    return Transcript(
        **message.carry(),
        text=result.text,
        utterances=result.utterances,
        language=result.language or language,
        backend=transcriber.name,
        audio_seconds=message.trimmed_seconds,
        path=message.path,
    )
