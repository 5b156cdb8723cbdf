"""The pipeline's stages, each described once: the one place a stage is wired in.

A row names the stage, the message it reads and the one it publishes, how many messages a
worker holds by default, the settings it cannot start without, and a factory that opens
its resources (clients, backends, cache) for a worker's lifetime and yields its handler:
a plain typed async function from input message to output message. The worker, the
topology, ``audio-nlp run``, ``audio-nlp dlq`` and the startup check all read this table.

Adding a stage means one row here, its ``stages/`` module and its message model.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Generic, TypeVar

import httpx
from pydantic import SecretStr

from consumers import metrics
from consumers.settings import Settings, SettingsError
from messages import (
    AudioDownloaded,
    AudioTrimmed,
    Delivered,
    Extraction,
    JobRequest,
    StageMessage,
    Transcript,
)
from stages import cost, deliver, download, extract, storage, transcribe, trim
from stages.extract.llm import OpenAIExtractor
from stages.extract.local import SLOTS as LOCAL_LLM_SLOTS
from stages.extract.local import LocalExtractor, LocalLLMServer, bounded
from stages.extract.profiles import Profile, answer_model, get_profile
from stages.transcribe.assemblyai import AssemblyAITranscriber
from stages.transcribe.cache import TranscriptCache, sha256_file
from stages.transcribe.openai_audio import OpenAITranscriber
from stages.transcribe.whisper import WhisperTranscriber

__all__ = [
    "PIPELINE",
    "STAGES",
    "Handler",
    "Need",
    "Stage",
    "after",
    "download_options",
    "open_handler",
    "stage",
    "trim_options",
]

log = logging.getLogger(__name__)

In = TypeVar("In", bound=StageMessage)
Out = TypeVar("Out", bound=StageMessage)

Handler = Callable[[StageMessage], Awaitable[StageMessage]]
"""What a worker calls: the stage's input message in, its output message out."""


def _is_set(value: object) -> bool:
    if isinstance(value, SecretStr):
        return bool(value.get_secret_value())
    return value is not None and value != ""


@dataclass(frozen=True)
class Need:
    """A setting a stage cannot start without.

    Args:
        setting: its environment name.
        why: the end of the one-line error (after "SETTING is not set: ").
        when: ``(SETTING, value)`` when it is needed only with that other setting's value.
    """

    setting: str
    why: str
    when: tuple[str, str] | None = None

    def unmet(self, settings: Settings) -> bool:
        if self.when is not None:
            name, value = self.when
            if str(getattr(settings, name.lower())) != value:
                return False
        return not _is_set(getattr(settings, self.setting.lower()))

    def problem(self) -> str:
        return f"{self.setting} is not set: {self.why}"

    def label(self) -> str:
        """How the README's stage list names it."""
        return self.setting if self.when is None else f"{self.setting} (if {'='.join(self.when)})"


def _no_prefetch_override(settings: Settings) -> int | None:
    return None


def _no_metrics(message: StageMessage) -> None:
    """Default ``observe``: the stage's output says nothing worth a metric."""


@dataclass(frozen=True)
class Stage(Generic[In, Out]):
    """One stage of the pipeline.

    Args:
        name: queue and process name (``audio-nlp worker NAME``).
        input: the message its queue carries.
        output: the message it publishes to the next stage (or returns, for the last).
        prefetch: messages a worker holds at once unless ``PREFETCH`` says otherwise.
        prefetch_for_settings: a smaller hold that some settings call for (None: the
            default stands).
        needs: settings checked before anything starts.
        factory: opens the stage's resources and yields its typed handler; they are
            closed when the context exits.
        observe: records what an output says about the work (metrics).
        summary: one line about an output, for ``audio-nlp run``'s progress.
    """

    name: str
    input: type[In]
    output: type[Out]
    prefetch: int
    needs: tuple[Need, ...]
    factory: Callable[[Settings], AbstractAsyncContextManager[Callable[[In], Awaitable[Out]]]]
    observe: Callable[[Out], None] = _no_metrics
    summary: Callable[[Out], str] = repr
    prefetch_for_settings: Callable[[Settings], int | None] = _no_prefetch_override

    def prefetch_under(self, settings: Settings) -> int:
        """What a worker of this stage holds at once: ``PREFETCH``, or what ``settings``
        call for, or the stage's default."""
        return settings.prefetch or self.prefetch_for_settings(settings) or self.prefetch

    def check(self, settings: Settings) -> None:
        """Raise ``SettingsError`` naming the first setting this stage lacks."""
        for need in self.needs:
            if need.unmet(settings):
                raise SettingsError(need.problem())

    @asynccontextmanager
    async def open(self, settings: Settings) -> AsyncIterator[Handler]:
        """The stage's handler with its resources open; they close when this exits."""
        self.check(settings)
        async with self.factory(settings) as handle:

            async def handler(message: StageMessage) -> StageMessage:
                if not isinstance(message, self.input):
                    raise TypeError(
                        f"the {self.name} stage takes {self.input.__name__}, "
                        f"not {type(message).__name__}"
                    )
                result = await handle(message)
                self.observe(result)
                return result

            yield handler


# --- settings into stage options --------------------------------------------------------


def download_options(settings: Settings) -> download.DownloadOptions:
    """The download stage's options from the settings."""
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
    """The trim stage's options from the settings (``audio-nlp trim`` uses them too)."""
    return trim.TrimOptions(
        min_silence_ms=settings.trim_min_silence_ms,
        padding_ms=settings.trim_padding_ms,
        vad_mode=settings.trim_vad_mode,
        max_audio_seconds=settings.max_audio_seconds,
        vad=settings.vad,
        silero_threshold=settings.vad_threshold,
    )


def _prices(settings: Settings) -> cost.Prices:
    # A model on our own machine bills no tokens.
    local = settings.extractor == "local"
    return cost.Prices(
        assemblyai_per_hour=settings.price_assemblyai_per_hour,
        openai_transcribe_per_minute=settings.price_openai_transcribe_per_minute,
        llm_input_per_million=0.0 if local else settings.price_llm_input_per_million,
        llm_output_per_million=0.0 if local else settings.price_llm_output_per_million,
    )


# --- download ---------------------------------------------------------------------------


@asynccontextmanager
async def _open_download(
    settings: Settings,
) -> AsyncIterator[Callable[[JobRequest], Awaitable[AudioDownloaded]]]:
    options = download_options(settings)
    if settings.allow_private_urls:
        log.warning(
            "ALLOW_PRIVATE_URLS=true: audio URLs may reach loopback and internal networks; "
            "never run production like this"
        )
    # One pooled client per worker; it carries the SSRF guard.
    async with _open_storage(settings) as store, download.new_client(options) as client:
        # With file storage the recording is written in place; otherwise to scratch.
        workspace = store.workspace(settings.data_dir)
        options = replace(options, data_dir=workspace)

        async def handle(job: JobRequest) -> AudioDownloaded:
            try:
                fetched = await download.download(job, options, client)
                key, path = await storage.store_output(store, Path(fetched.path), workspace)
            finally:
                await storage.remove_scratch(store, workspace / str(job.job_id))
            return fetched.model_copy(update={"key": key, "path": path})

        yield handle


def _open_storage(settings: Settings) -> AbstractAsyncContextManager[storage.Storage]:
    """The job store of ``STORAGE_URL`` (DATA_DIR by default)."""
    return storage.open_storage(settings.storage_url, data_dir=settings.data_dir)


def _downloaded(message: AudioDownloaded) -> str:
    return f"downloaded {message.size_bytes} bytes"


# --- trim -------------------------------------------------------------------------------


@asynccontextmanager
async def _open_trim(
    settings: Settings,
) -> AsyncIterator[Callable[[AudioDownloaded], Awaitable[AudioTrimmed]]]:
    options = trim_options(settings)
    async with _open_storage(settings) as store:
        scratch = settings.data_dir

        async def handle(message: AudioDownloaded) -> AudioTrimmed:
            try:
                return await _trim_stored(store, scratch, message, options)
            finally:
                await storage.remove_scratch(store, scratch / str(message.job_id))

        yield handle


async def _trim_stored(
    store: storage.Storage, scratch: Path, message: AudioDownloaded, options: trim.TrimOptions
) -> AudioTrimmed:
    """Trim on local files (the trim stage's own way), the recording fetched to scratch
    and the trimmed WAV stored beside it (``<job_id>/trimmed.wav``)."""
    async with storage.input_file(store, message.key, message.path, scratch) as source:
        result = await trim.trim(message.model_copy(update={"path": str(source)}), options)
    trimmed = Path(result.path)
    if message.key:
        workspace = store.workspace(scratch)
        wanted = workspace / storage.job_key(message.job_id, trimmed.name)
        if trimmed != wanted:  # the recording came from elsewhere (an old message's path)
            await asyncio.to_thread(_move, trimmed, wanted)
        key, path = await storage.store_output(store, wanted, workspace)
    else:
        key, path = "", str(trimmed)  # an old message: as the previous release did
    digest = await asyncio.to_thread(sha256_file, Path(path) if path else wanted)
    return result.model_copy(update={"key": key, "path": path, "sha256": digest})


def _move(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    source.replace(target)


def _observe_trim(result: AudioTrimmed) -> None:
    metrics.AUDIO_SECONDS.labels(stage="trim", kind="original").inc(result.original_seconds)
    metrics.AUDIO_SECONDS.labels(stage="trim", kind="trimmed").inc(result.trimmed_seconds)
    # What trimming kept away from a per-second-billed transcriber.
    metrics.AUDIO_SECONDS.labels(stage="trim", kind="not_sent").inc(
        max(result.original_seconds - result.trimmed_seconds, 0.0)
    )


def _trimmed(message: AudioTrimmed) -> str:
    stereo = ", stereo" if message.channels == 2 else ""
    return f"trimmed {message.original_seconds:.1f}s to {message.trimmed_seconds:.1f}s{stereo}"


# --- transcribe -------------------------------------------------------------------------


def _transcriber(
    settings: Settings,
) -> AssemblyAITranscriber | OpenAITranscriber | WhisperTranscriber:
    if settings.transcriber == "whisper":
        return WhisperTranscriber(settings.whisper_model)
    if settings.transcriber == "openai":
        assert settings.openai_api_key is not None, "checked by the stage's needs"
        return OpenAITranscriber(
            api_key=settings.openai_api_key.get_secret_value(),
            base_url=settings.openai_base_url,
            model=settings.openai_transcribe_model,
        )
    assert settings.assemblyai_api_key is not None, "checked by the stage's needs"
    return AssemblyAITranscriber(
        settings.assemblyai_api_key.get_secret_value(),
        base_url=settings.assemblyai_base_url,
        poll_seconds=settings.assemblyai_poll_seconds,
        http_timeout=settings.assemblyai_timeout_seconds,
        # The concurrency limit follows the messages the worker holds: with a lower one
        # held messages sit idle.
        max_concurrency=settings.prefetch or stage("transcribe").prefetch,
    )


@asynccontextmanager
async def _open_transcribe(
    settings: Settings,
) -> AsyncIterator[Callable[[AudioTrimmed], Awaitable[Transcript]]]:
    cache = (
        TranscriptCache(settings.transcript_cache_path(), on_hit=metrics.TRANSCRIPT_CACHE_HITS.inc)
        if settings.transcript_cache
        else None
    )
    tariff = _prices(settings)
    roles = settings.channel_role_names()
    expires = timedelta(seconds=settings.storage_presign_seconds)
    async with _open_storage(settings) as store, _transcriber(settings) as transcriber:

        def audio(message: AudioTrimmed) -> transcribe.AudioOpener:
            return lambda: _trimmed_audio(store, settings.data_dir, message, transcriber, expires)

        async def handle(message: AudioTrimmed) -> Transcript:
            result = await transcribe.transcribe(
                message,
                transcriber,
                language=settings.language,
                cache=cache,
                channel_roles=roles,
                audio=audio(message),
            )
            # The OpenAI backend sends a stereo call as one request per channel.
            billed = result.audio_seconds * (message.channels if result.backend == "openai" else 1)
            paid = 0.0 if result.cached else cost.transcription_cost(result.backend, billed, tariff)
            return result.model_copy(update={"cost_usd": paid})

        yield handle


@asynccontextmanager
async def _trimmed_audio(
    store: storage.Storage,
    scratch: Path,
    message: AudioTrimmed,
    transcriber: transcribe.Transcriber,
    expires: timedelta,
) -> AsyncIterator[Path | str]:
    """The trimmed audio for the provider: a pre-signed URL for a provider that fetches
    (AssemblyAI) from a remote store, else a local file (a scratch copy, removed after)."""
    if message.key and not store.is_local and isinstance(transcriber, transcribe.UrlTranscriber):
        url = await store.presign(message.key, expires)
        if url is not None:
            yield url
            return
    try:
        async with storage.input_file(store, message.key, message.path, scratch) as local:
            yield local
    finally:
        await storage.remove_scratch(store, scratch / str(message.job_id))


def _observe_transcribe(result: Transcript) -> None:
    metrics.AUDIO_SECONDS.labels(stage="transcribe", kind="transcribed").inc(result.audio_seconds)
    metrics.COST_USD.labels(provider=result.backend).inc(result.cost_usd)


def _transcribed(message: Transcript) -> str:
    origin = "from the cache" if message.cached else message.backend
    return f"transcribed {len(message.text)} characters ({origin})"


# --- extract ----------------------------------------------------------------------------


def _extractor(settings: Settings) -> AbstractAsyncContextManager[extract.Extractor]:
    profile = get_profile(settings.profile)
    if settings.extractor == "rules":
        if profile.rules is None:
            raise SettingsError(f"PROFILE={profile.name} has no rules extractor: EXTRACTOR=rules")
        return contextlib.nullcontext(extract.RulesExtractor(profile))
    if settings.extractor == "local":
        return _open_local(settings, profile)
    assert settings.openai_api_key is not None, "checked by the stage's needs"
    return OpenAIExtractor(
        api_key=settings.openai_api_key.get_secret_value(),
        base_url=settings.openai_base_url,
        model=settings.openai_model,
        timeout=settings.openai_timeout_seconds,
        profile=profile,
    )


@asynccontextmanager
async def _open_local(settings: Settings, profile: Profile) -> AsyncIterator[extract.Extractor]:
    """The OpenAI extractor against LOCAL_LLM_URL, or against a llama-server started here."""
    server = None
    if settings.local_llm_url is None:
        server = LocalLLMServer(
            model=settings.local_llm_model,
            server=settings.local_llm_server,
            threads=settings.local_llm_threads,
            log_dir=settings.data_dir / ".local-llm",
        )
    async with contextlib.AsyncExitStack() as stack:
        if server is not None:
            await stack.enter_async_context(server)
        root = server.base_url if server is not None else str(settings.local_llm_url)
        client = OpenAIExtractor(
            api_key="local",  # llama-server asks for none; the SDK wants one
            base_url=f"{root.rstrip('/')}/v1",
            model="local",
            timeout=settings.local_llm_timeout_seconds,
            profile=profile,
            max_tokens=settings.local_llm_max_tokens,
            name="local",
            # Citations double a small model's answer (a quote per filled field); without
            # them the evidence locator finds each value in the transcript instead.
            answer=bounded(
                answer_model(profile.schema) if settings.local_llm_citations else profile.schema
            ),
        )
        yield await stack.enter_async_context(LocalExtractor(client, server))


@asynccontextmanager
async def _open_extract(
    settings: Settings,
) -> AsyncIterator[Callable[[Transcript], Awaitable[Extraction]]]:
    profile = get_profile(settings.profile)
    tariff = _prices(settings)
    for key in profile.kinds:  # at zero, so an alert sees the series before a blank
        metrics.UNSUPPORTED_VALUES.labels(field=key)
    async with _extractor(settings) as extractor:

        async def handle(message: Transcript) -> Extraction:
            result = await extract.extract(
                message, extractor, profile=profile, on_unsupported=_count_unsupported
            )
            spent = cost.extraction_cost(result.usage, tariff)
            metrics.COST_USD.labels(provider=extractor.name).inc(spent)
            return result.model_copy(
                update={"transcription_cost_usd": message.cost_usd, "extraction_cost_usd": spent}
            )

        yield handle


def _extract_prefetch(settings: Settings) -> int | None:
    # The supervised llama-server answers LOCAL_LLM_SLOTS calls at a time: a worker holding
    # more would only let them wait out their HTTP timeout.
    return LOCAL_LLM_SLOTS if settings.extractor == "local" else None


def _count_unsupported(key: str) -> None:
    metrics.UNSUPPORTED_VALUES.labels(field=key).inc()


def _observe_extract(result: Extraction) -> None:
    metrics.LLM_TOKENS.labels(kind="prompt").inc(result.usage.prompt_tokens)
    metrics.LLM_TOKENS.labels(kind="completion").inc(result.usage.completion_tokens)


def _extracted(message: Extraction) -> str:
    return f"extracted fields with {message.model}"


# --- deliver ----------------------------------------------------------------------------


def _deliver_options(settings: Settings) -> deliver.DeliverOptions:
    assert settings.php_api_url, "checked by the stage's needs"
    return deliver.DeliverOptions(
        php_api_url=settings.php_api_url,
        data_dir=settings.data_dir,
        timeout=settings.deliver_timeout_seconds,
        include_transcript=settings.deliver_include_transcript,
        webhook_secret=(
            settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
        ),
    )


@asynccontextmanager
async def _open_deliver(
    settings: Settings,
) -> AsyncIterator[Callable[[Extraction], Awaitable[Delivered]]]:
    options = _deliver_options(settings)
    async with (
        _open_storage(settings) as store,
        httpx.AsyncClient(follow_redirects=False) as client,
    ):

        async def handle(message: Extraction) -> Delivered:
            return await deliver.deliver(message, options, client, storage=store)

        yield handle


def _observe_deliver(result: Delivered) -> None:
    age = (datetime.now(UTC) - result.submitted_at).total_seconds()
    metrics.END_TO_END_SECONDS.observe(max(age, 0.0))


def _delivered(message: Delivered) -> str:
    return f"delivered: HTTP {message.status_code}"


# --- the table --------------------------------------------------------------------------

# Prefetch: I/O-bound stages keep many jobs in flight; CPU-bound ones one per core-ish.
PIPELINE: tuple[Stage[Any, Any], ...] = (
    Stage(
        "download",
        JobRequest,
        AudioDownloaded,
        prefetch=16,
        needs=(),
        factory=_open_download,
        summary=_downloaded,
    ),
    Stage(
        "trim",
        AudioDownloaded,
        AudioTrimmed,
        prefetch=2,
        needs=(),
        factory=_open_trim,
        observe=_observe_trim,
        summary=_trimmed,
    ),
    Stage(
        "transcribe",
        AudioTrimmed,
        Transcript,
        prefetch=64,
        needs=(
            Need(
                "ASSEMBLYAI_API_KEY",
                "needed with TRANSCRIBER=assemblyai",
                when=("TRANSCRIBER", "assemblyai"),
            ),
            Need(
                "OPENAI_API_KEY", "needed with TRANSCRIBER=openai", when=("TRANSCRIBER", "openai")
            ),
        ),
        factory=_open_transcribe,
        observe=_observe_transcribe,
        summary=_transcribed,
    ),
    Stage(
        "extract",
        Transcript,
        Extraction,
        prefetch=48,
        needs=(
            Need(
                "OPENAI_API_KEY",
                "the extract stage needs it with EXTRACTOR=openai",
                when=("EXTRACTOR", "openai"),
            ),
        ),
        factory=_open_extract,
        observe=_observe_extract,
        summary=_extracted,
        prefetch_for_settings=_extract_prefetch,
    ),
    Stage(
        "deliver",
        Extraction,
        Delivered,
        prefetch=32,
        needs=(Need("PHP_API_URL", "the deliver stage needs the backend URL"),),
        factory=_open_deliver,
        observe=_observe_deliver,
        summary=_delivered,
    ),
)
"""Every stage, in the order a job goes through them."""

STAGES: tuple[str, ...] = tuple(row.name for row in PIPELINE)
"""The stage names, in order."""


def stage(name: str) -> Stage[Any, Any]:
    """The row of stage ``name``; ``ValueError`` naming the known ones otherwise."""
    for row in PIPELINE:
        if row.name == name:
            return row
    raise ValueError(f"unknown stage {name!r} (known: {', '.join(STAGES)})")


def after(name: str) -> Stage[Any, Any] | None:
    """The stage that reads what ``name`` publishes, or None after the last one."""
    position = STAGES.index(stage(name).name)
    return PIPELINE[position + 1] if position + 1 < len(PIPELINE) else None


def open_handler(name: str, settings: Settings) -> AbstractAsyncContextManager[Handler]:
    """Stage ``name``'s handler with its resources open (``async with``), settings checked."""
    return stage(name).open(settings)
