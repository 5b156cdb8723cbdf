"""The extract stage: a transcript in, the profile's fields out, through an LLM or the rules."""

from stages.extract._extract import (
    NO_USAGE,
    SYSTEM_PROMPT,
    TRANSCRIPT_CLOSE,
    TRANSCRIPT_OPEN,
    ExtractionResult,
    Extractor,
    RulesExtractor,
    dialogue,
    extract,
    speaker_roles,
    transcript_from_prompt,
    user_prompt,
)

__all__ = [
    "NO_USAGE",
    "SYSTEM_PROMPT",
    "TRANSCRIPT_CLOSE",
    "TRANSCRIPT_OPEN",
    "ExtractionResult",
    "Extractor",
    "RulesExtractor",
    "dialogue",
    "extract",
    "speaker_roles",
    "transcript_from_prompt",
    "user_prompt",
]
