"""Each stage's work bound to its settings and providers, plus the metrics only it can report.

This is where a plain stage function meets configuration; the worker just calls the result.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import httpx

from consumers import metrics
from consumers.providers import build_extractor, build_transcriber
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
from stages import cost, deliver, download, extract, transcribe, trim
from stages.extract.profiles import get_profile
from stages.transcribe.cache import TranscriptCache

log = logging.getLogger(__name__)


def download_options(settings: Settings) -> download.DownloadOptions:
    return download.DownloadOptions(
        data_dir=settings.data_dir,
        max_bytes=settings.download_max_bytes,
        connect_timeout=settings.download_connect_timeout,
        read_timeout=settings.download_read_timeout,
        total_timeout=settings.download_total_timeout,
        rewrite_mp3_to_orig_wav=settings.download_rewrite_mp3_to_orig_wav,
        allow_private_urls=settings.allow_private_urls,
        allowed_hosts=tuple(
            host.strip() for host in settings.audio_url_allowed_hosts.split(",") if host.strip()
        ),
    )


def trim_options(settings: Settings) -> trim.TrimOptions:
    return trim.TrimOptions(
        min_silence_ms=settings.trim_min_silence_ms,
        padding_ms=settings.trim_padding_ms,
        vad_mode=settings.trim_vad_mode,
        max_audio_seconds=settings.max_audio_seconds,
        vad=settings.vad,
        silero_threshold=settings.vad_threshold,
    )


def prices(settings: Settings) -> cost.Prices:
    return cost.Prices(
        assemblyai_per_hour=settings.price_assemblyai_per_hour,
        openai_transcribe_per_minute=settings.price_openai_transcribe_per_minute,
        llm_input_per_million=settings.price_llm_input_per_million,
        llm_output_per_million=settings.price_llm_output_per_million,
    )


def transcript_cache(settings: Settings) -> TranscriptCache | None:
    if not settings.transcript_cache:
        return None
    return TranscriptCache(
        settings.transcript_cache_path(), on_hit=metrics.TRANSCRIPT_CACHE_HITS.inc
    )


def deliver_options(settings: Settings) -> deliver.DeliverOptions:
    assert settings.php_api_url, "checked by Settings.require_for('deliver')"
    return deliver.DeliverOptions(
        php_api_url=settings.php_api_url,
        data_dir=settings.data_dir,
        timeout=settings.deliver_timeout_seconds,
        include_transcript=settings.deliver_include_transcript,
        webhook_secret=(
            settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
        ),
    )


def observe(result: StageMessage) -> None:
    """Record what a stage's output says about the work (audio seconds, tokens, latency)."""
    if isinstance(result, AudioTrimmed):
        metrics.AUDIO_SECONDS.labels(stage="trim", kind="original").inc(result.original_seconds)
        metrics.AUDIO_SECONDS.labels(stage="trim", kind="trimmed").inc(result.trimmed_seconds)
        # What trimming kept away from a per-second-billed transcriber.
        metrics.AUDIO_SECONDS.labels(stage="trim", kind="not_sent").inc(
            max(result.original_seconds - result.trimmed_seconds, 0.0)
        )
    elif isinstance(result, Transcript):
        metrics.AUDIO_SECONDS.labels(stage="transcribe", kind="transcribed").inc(
            result.audio_seconds
        )
        metrics.COST_USD.labels(provider=result.backend).inc(result.cost_usd)
    elif isinstance(result, Extraction):
        metrics.LLM_TOKENS.labels(kind="prompt").inc(result.usage.prompt_tokens)
        metrics.LLM_TOKENS.labels(kind="completion").inc(result.usage.completion_tokens)
    elif isinstance(result, Delivered):
        age = (datetime.now(UTC) - result.submitted_at).total_seconds()
        metrics.END_TO_END_SECONDS.observe(max(age, 0.0))


@contextlib.asynccontextmanager
async def stage_handler(stage: str, settings: Settings) -> AsyncIterator[Handler]:
    """The handler for ``stage``, with its pooled clients open for the worker's lifetime."""
    async with _pooled_client(stage, settings) as client:
        handle = _bind(stage, settings, client)

        async def observed(message: StageMessage) -> StageMessage:
            result = await handle(message)
            observe(result)
            return result

        yield observed


def _pooled_client(stage: str, settings: Settings) -> httpx.AsyncClient:
    """One client per worker; the download stage's carries the SSRF guard."""
    if stage != "download":
        return httpx.AsyncClient()
    if settings.allow_private_urls:
        log.warning(
            "ALLOW_PRIVATE_URLS=true: audio URLs may reach loopback and internal networks; "
            "never run production like this"
        )
    return download.new_client(download_options(settings))


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
        cache = transcript_cache(settings)
        tariff = prices(settings)

        async def handle_transcribe(message: StageMessage) -> StageMessage:
            assert isinstance(message, AudioTrimmed)
            result = await transcribe.transcribe(
                message, transcriber, language=settings.language, cache=cache
            )
            paid = (
                0.0
                if result.cached
                else cost.transcription_cost(result.backend, result.audio_seconds, tariff)
            )
            return result.model_copy(update={"cost_usd": paid})

        return handle_transcribe
    if stage == "extract":
        extractor = build_extractor(settings)
        profile = get_profile(settings.profile)
        e_tariff = prices(settings)

        async def handle_extract(message: StageMessage) -> StageMessage:
            assert isinstance(message, Transcript)
            result = await extract.extract(message, extractor, profile=profile)
            spent = cost.extraction_cost(result.usage, e_tariff)
            metrics.COST_USD.labels(provider=extractor.name).inc(spent)
            return result.model_copy(
                update={"transcription_cost_usd": message.cost_usd, "extraction_cost_usd": spent}
            )

        return handle_extract
    if stage == "deliver":
        d_options = deliver_options(settings)

        async def handle_deliver(message: StageMessage) -> StageMessage:
            assert isinstance(message, Extraction)
            return await deliver.deliver(message, d_options, client)

        return handle_deliver
    raise ValueError(f"unknown stage {stage!r}")
