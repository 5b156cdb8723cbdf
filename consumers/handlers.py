"""Each stage's work bound to its settings and providers, plus the metrics only it can report.

This is where a plain stage function meets configuration; the worker just calls the result.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import httpx

from consumers import metrics
from consumers.settings import Settings
from consumers.worker import Handler
from messages import (
    AudioDownloaded,
    AudioTrimmed,
    Delivered,
    Extraction,
    JobRequest,
    StageMessage,
    Transcript,
)
from stages import deliver, download, extract, transcribe, trim
from consumers.providers import build_extractor, build_transcriber


def download_options(settings: Settings) -> download.DownloadOptions:
    return download.DownloadOptions(
        data_dir=settings.data_dir,
        max_bytes=settings.download_max_bytes,
        connect_timeout=settings.download_connect_timeout,
        read_timeout=settings.download_read_timeout,
        rewrite_mp3_to_orig_wav=settings.download_rewrite_mp3_to_orig_wav,
    )


def trim_options(settings: Settings) -> trim.TrimOptions:
    return trim.TrimOptions(
        min_silence_ms=settings.trim_min_silence_ms,
        padding_ms=settings.trim_padding_ms,
        vad_mode=settings.trim_vad_mode,
    )


def deliver_options(settings: Settings) -> deliver.DeliverOptions:
    assert settings.php_api_url, "checked by Settings.require_for('deliver')"
    return deliver.DeliverOptions(
        php_api_url=settings.php_api_url,
        data_dir=settings.data_dir,
        timeout=settings.deliver_timeout_seconds,
        include_transcript=settings.deliver_include_transcript,
    )


def observe(result: StageMessage) -> None:
    """Record what a stage's output says about the work (audio seconds, tokens, latency)."""
    if isinstance(result, AudioTrimmed):
        metrics.AUDIO_SECONDS.labels(stage="trim", kind="original").inc(result.original_seconds)
        metrics.AUDIO_SECONDS.labels(stage="trim", kind="trimmed").inc(result.trimmed_seconds)
    elif isinstance(result, Transcript):
        metrics.AUDIO_SECONDS.labels(stage="transcribe", kind="transcribed").inc(
            result.audio_seconds
        )
    elif isinstance(result, Extraction):
        metrics.LLM_TOKENS.labels(kind="prompt").inc(result.usage.prompt_tokens)
        metrics.LLM_TOKENS.labels(kind="completion").inc(result.usage.completion_tokens)
    elif isinstance(result, Delivered):
        age = (datetime.now(UTC) - result.submitted_at).total_seconds()
        metrics.END_TO_END_SECONDS.observe(max(age, 0.0))


@contextlib.asynccontextmanager
async def stage_handler(stage: str, settings: Settings) -> AsyncIterator[Handler]:
    """The handler for ``stage``, with its pooled clients open for the worker's lifetime."""
    async with httpx.AsyncClient() as client:
        handle = _bind(stage, settings, client)

        async def observed(message: StageMessage) -> StageMessage:
            result = await handle(message)
            observe(result)
            return result

        yield observed


def _bind(stage: str, settings: Settings, client: httpx.AsyncClient) -> Handler:
    if stage == "download":
        options = download_options(settings)

        async def handle_download(message: StageMessage) -> StageMessage:
            assert isinstance(message, JobRequest)
            return await download.download(message, options, client)

        return handle_download
    if stage == "trim":
        t_options = trim_options(settings)

        async def handle_trim(message: StageMessage) -> StageMessage:
            assert isinstance(message, AudioDownloaded)
            return await trim.trim(message, t_options)

        return handle_trim
    if stage == "transcribe":
        transcriber = build_transcriber(settings)

        async def handle_transcribe(message: StageMessage) -> StageMessage:
            assert isinstance(message, AudioTrimmed)
            return await transcribe.transcribe(message, transcriber, language=settings.language)

        return handle_transcribe
    if stage == "extract":
        extractor = build_extractor(settings)

        async def handle_extract(message: StageMessage) -> StageMessage:
            assert isinstance(message, Transcript)
            return await extract.extract(message, extractor)

        return handle_extract
    if stage == "deliver":
        d_options = deliver_options(settings)

        async def handle_deliver(message: StageMessage) -> StageMessage:
            assert isinstance(message, Extraction)
            return await deliver.deliver(message, d_options, client)

        return handle_deliver
    raise ValueError(f"unknown stage {stage!r}")
