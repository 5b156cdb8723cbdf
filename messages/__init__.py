"""The contracts between stages: the only thing two stages share."""

from messages.jobs import (
    SCHEMA_VERSION,
    STAGE_INPUTS,
    STAGES,
    AudioDownloaded,
    AudioTrimmed,
    DeadLetterInfo,
    Delivered,
    Extraction,
    JobRequest,
    Span,
    StageMessage,
    TokenUsage,
    Transcript,
    Utterance,
)
from messages.lead import PHP_KEYS, UNKNOWN, LeadFields

__all__ = [
    "PHP_KEYS",
    "SCHEMA_VERSION",
    "STAGES",
    "STAGE_INPUTS",
    "UNKNOWN",
    "AudioDownloaded",
    "AudioTrimmed",
    "DeadLetterInfo",
    "Delivered",
    "Extraction",
    "JobRequest",
    "LeadFields",
    "Span",
    "StageMessage",
    "TokenUsage",
    "Transcript",
    "Utterance",
]
