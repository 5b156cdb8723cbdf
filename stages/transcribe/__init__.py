"""The transcribe stage: trimmed audio in, a transcript out, through a pluggable backend.

Backends: ``assemblyai``, ``whisper`` (local faster-whisper), ``openai_audio``; ``cache``
keeps transcripts by audio hash.
"""

from stages.transcribe._channels import DEFAULT_CHANNEL_ROLES
from stages.transcribe._transcribe import (
    AudioOpener,
    Transcriber,
    TranscriptionResult,
    UrlTranscriber,
    transcribe,
)

__all__ = [
    "DEFAULT_CHANNEL_ROLES",
    "AudioOpener",
    "Transcriber",
    "TranscriptionResult",
    "UrlTranscriber",
    "transcribe",
]
