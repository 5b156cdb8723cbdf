"""Transcription through AssemblyAI with the official SDK's asyncio client.

The SDK (1.8+) ships ``AsyncClient``/``AsyncTranscriber``: uploads stream the file
off the loop and polling is ``asyncio.sleep`` between GETs, so a transcription in
flight holds no thread and hundreds can wait at once. Each instance has its own
``Settings`` copy (key, base URL, poll interval); the global ``aai.settings`` is
never touched, so two transcribers with different keys or hosts can coexist.

A stereo file is sent with ``multichannel``: the API transcribes each channel apart
and marks every utterance with its channel (numbered from "1"), which says who speaks,
so speaker labels are not asked for then.

With S3 storage the worker sends no audio: ``transcribe_url`` hands AssemblyAI a
short-lived pre-signed URL of the trimmed audio and the API fetches it itself.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import assemblyai as aai
import httpx

from messages import Utterance
from stages._resource import AsyncResource
from stages.errors import InputMissing, PermanentError, StageError, TransientError
from stages.transcribe._channels import wav_channels
from stages.transcribe._transcribe import TranscriptionResult

# RabbitMQ cancels a consumer that holds a message unacked for 30 minutes
# (consumer_timeout); give up well before so the runtime can nack and retry cleanly.
DEFAULT_DEADLINE_SECONDS = 20 * 60.0

# Transcript errors no retry can fix: the file itself is the problem.
_BAD_AUDIO = re.compile(
    r"invalid|unsupported|not supported|does not appear to contain audio|no spoken audio"
    r"|no speech|not contain (?:any )?speech|too short|transcoding failed|could not be decoded",
    re.IGNORECASE,
)
# Client errors that may succeed later: timeout, conflict, too early, rate limit.
_RETRYABLE_4XX = frozenset({408, 409, 425, 429})


class AssemblyAITranscriber(AsyncResource):
    """A ``stages.transcribe.Transcriber`` backed by AssemblyAI."""

    name = "assemblyai"

    def __init__(
        self,
        api_key: str,
        *,
        base_url: str = "https://api.assemblyai.com",
        poll_seconds: float = 3.0,
        speaker_labels: bool = True,
        max_concurrency: int = 16,
        deadline_seconds: float = DEFAULT_DEADLINE_SECONDS,
        http_timeout: float = 30.0,
    ) -> None:
        if max_concurrency < 1:
            raise ValueError("max_concurrency must be at least 1")
        self._api_key = api_key
        self._settings = aai.Settings(
            api_key=api_key,
            base_url=base_url.rstrip("/"),
            polling_interval=poll_seconds,
            http_timeout=http_timeout,
        )
        self._speaker_labels = speaker_labels
        self._max_concurrency = max_concurrency
        self._deadline_seconds = deadline_seconds
        # An httpx.AsyncClient pool and an asyncio.Semaphore belong to the loop
        # that first used them, so both are made on first use and remade if the
        # loop changes (tests run one loop per test).
        self._loop: asyncio.AbstractEventLoop | None = None
        self._client: aai.AsyncClient | None = None
        self._slots: asyncio.Semaphore | None = None

    async def transcribe(self, path: Path, *, language: str) -> TranscriptionResult:
        """Upload the file at ``path`` and transcribe it."""
        return await self._within_deadline(path, language, channels=None)

    async def transcribe_url(
        self, url: str, *, language: str, channels: int
    ) -> TranscriptionResult:
        """Transcribe audio the API fetches from ``url`` (``channels``: 2 for a stereo call)."""
        return await self._within_deadline(url, language, channels=channels)

    async def _within_deadline(
        self, audio: Path | str, language: str, *, channels: int | None
    ) -> TranscriptionResult:
        client, slots = self._for_this_loop()
        try:
            # The deadline covers the wait for a slot too: a message held unacked
            # behind others counts against RabbitMQ's consumer timeout all the same.
            async with asyncio.timeout(self._deadline_seconds), slots:
                transcript = await self._run(client, audio, language, channels)
        except TimeoutError:
            # The job may still finish server-side; a retry submits it again.
            raise TransientError(
                f"AssemblyAI gave no result within {self._deadline_seconds:.0f} s"
            ) from None
        return _to_result(transcript, language)

    async def aclose(self) -> None:
        """Close the connection pool; the transcriber can still be used afterwards."""
        client, self._client, self._loop, self._slots = self._client, None, None, None
        if client is not None:
            await client.aclose()

    def _for_this_loop(self) -> tuple[aai.AsyncClient, asyncio.Semaphore]:
        loop = asyncio.get_running_loop()
        if self._client is None or self._slots is None or self._loop is not loop:
            # The old pool's loop is gone or elsewhere; dropping it is all we can do.
            # An empty key still builds a client: the API answers 401, which
            # ``_http_error`` turns into a PermanentError with a clear reason.
            self._client = aai.AsyncClient(settings=self._settings, api_key_required=False)
            self._slots = asyncio.Semaphore(self._max_concurrency)
            self._loop = loop
        return self._client, self._slots

    async def _run(
        self, client: aai.AsyncClient, audio: Path | str, language: str, channels: int | None
    ) -> aai.AsyncTranscript:
        try:
            if channels is None:
                assert isinstance(audio, Path), "a URL comes with its channel count"
                channels = await asyncio.to_thread(wav_channels, audio)
            transcriber = aai.AsyncTranscriber(
                client=client, config=self._config(language, multichannel=channels == 2)
            )
            # A URL string is sent as ``audio_url``; a path is uploaded first.
            transcript = await transcriber.transcribe(audio)
        except aai.AssemblyAIError as error:
            raise self._http_error(error) from None
        except httpx.TimeoutException as error:
            raise TransientError(f"AssemblyAI timed out: {type(error).__name__}") from None
        except httpx.TransportError as error:
            raise TransientError(f"cannot reach AssemblyAI: {type(error).__name__}") from None
        except FileNotFoundError:
            raise InputMissing(f"audio file not found: {audio}") from None
        if transcript.status == aai.TranscriptStatus.error:
            raise self._transcript_error(transcript.error or "no reason given")
        return transcript

    def _config(self, language: str, *, multichannel: bool) -> aai.TranscriptionConfig:
        # Unset (None) options are left out of the request.
        speaker_labels = None if multichannel else self._speaker_labels
        channels = True if multichannel else None
        if language in ("", "auto"):
            return aai.TranscriptionConfig(
                language_detection=True, speaker_labels=speaker_labels, multichannel=channels
            )
        return aai.TranscriptionConfig(
            language_code=language, speaker_labels=speaker_labels, multichannel=channels
        )

    def _http_error(self, error: aai.AssemblyAIError) -> StageError:
        status = error.status_code
        reason = self._scrub(f"AssemblyAI request failed ({status or 'no status'}): {error}")
        if status is not None and 400 <= status < 500 and status not in _RETRYABLE_4XX:
            return PermanentError(reason)
        return TransientError(reason)

    def _transcript_error(self, message: str) -> StageError:
        reason = self._scrub(f"AssemblyAI could not transcribe: {message}")
        if _BAD_AUDIO.search(message):
            return PermanentError(reason)
        return TransientError(reason)

    def _scrub(self, text: str) -> str:
        # The SDK's messages carry server text and URLs; make sure no key leaks.
        text = " ".join(text.split())
        return text.replace(self._api_key, "***") if self._api_key else text


def _to_result(transcript: aai.AsyncTranscript, language: str) -> TranscriptionResult:
    return TranscriptionResult(
        text=transcript.text or "",
        utterances=_utterances(transcript),
        language=_language(transcript.language_code) or language,
    )


def _utterances(transcript: aai.AsyncTranscript) -> list[Utterance]:
    if transcript.utterances:
        return [
            Utterance(
                speaker=item.channel or item.speaker or "A",
                channel=_channel(item.channel),
                text=item.text,
                start_ms=max(item.start, 0),
                end_ms=max(item.end, 0),
            )
            for item in transcript.utterances
        ]
    # Without diarization the API sends words only: keep the call as one turn.
    words = transcript.words or []
    if not transcript.text or not words:
        return []
    return [
        Utterance(
            speaker="A",
            text=transcript.text,
            start_ms=max(words[0].start, 0),
            end_ms=max(words[-1].end, 0),
        )
    ]


def _channel(channel: str | None) -> int | None:
    """The API numbers channels from "1"; anything else is no channel."""
    return int(channel) if channel and channel.isdigit() and int(channel) >= 1 else None


def _language(code: str | aai.LanguageCode | None) -> str:
    if isinstance(code, aai.LanguageCode):
        return str(code.value)
    return code or ""
