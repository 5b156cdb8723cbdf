"""The contracts between stages: the only thing two stages share."""

from messages.customer_service import CustomerServiceFields
from messages.jobs import (
    FIELD_MODELS,
    SCHEMA_VERSION,
    AudioDownloaded,
    AudioTrimmed,
    DeadLetterInfo,
    Delivered,
    Evidence,
    ExtractedFields,
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
    "FIELD_MODELS",
    "PHP_KEYS",
    "SCHEMA_VERSION",
    "UNKNOWN",
    "AudioDownloaded",
    "AudioTrimmed",
    "CustomerServiceFields",
    "DeadLetterInfo",
    "Delivered",
    "Evidence",
    "ExtractedFields",
    "Extraction",
    "JobRequest",
    "LeadFields",
    "Span",
    "StageMessage",
    "TokenUsage",
    "Transcript",
    "Utterance",
]
