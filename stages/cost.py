"""What one call cost: provider prices applied to audio seconds sent and tokens used.

Whisper run locally and the rules extractor are free; a transcript served from the
cache costs nothing again. Trimming lowers the audio seconds billed, which is the
saving ``audio_nlp_audio_seconds_total{kind="not_sent"}`` counts.
"""

from __future__ import annotations

from dataclasses import dataclass

from messages import TokenUsage


@dataclass(frozen=True)
class Prices:
    """USD prices; the defaults are the providers' list prices when this was written."""

    assemblyai_per_hour: float = 0.37
    openai_transcribe_per_minute: float = 0.006
    llm_input_per_million: float = 0.15
    llm_output_per_million: float = 0.60


def transcription_cost(backend: str, audio_seconds: float, prices: Prices) -> float:
    if backend == "assemblyai":
        return audio_seconds / 3600 * prices.assemblyai_per_hour
    if backend == "openai":
        return audio_seconds / 60 * prices.openai_transcribe_per_minute
    return 0.0


def extraction_cost(usage: TokenUsage, prices: Prices) -> float:
    return (
        usage.prompt_tokens * prices.llm_input_per_million
        + usage.completion_tokens * prices.llm_output_per_million
    ) / 1_000_000
