"""Transcription through an OpenAI-compatible ``/v1/audio/transcriptions`` endpoint.

OpenAI's own Whisper API and self-hosted servers that speak the same protocol
(faster-whisper-server, whisper.cpp's server, vLLM…) are all reached through
``OPENAI_BASE_URL`` with the official SDK. ``verbose_json`` gives segments with
times, which become utterances; the endpoint does not tell speakers apart.

Nor does it take a stereo file apart: sent whole, its channels would be mixed into one
and who said what lost. So a stereo call goes as one mono request per channel, side by
side, each request's segments marked with its channel. That is billed per channel
(twice the minutes), which the pipeline's cost accounts for.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import IO, Any

import openai
from openai import AsyncOpenAI

from messages import Utterance
from stages._openai import stage_error
from stages._resource import AsyncResource
from stages.errors import InputMissing, StageError
from stages.transcribe._channels import split_wavs, wav_channels
from stages.transcribe._transcribe import TranscriptionResult

DEFAULT_TRANSCRIBE_MODEL = "whisper-1"


class OpenAITranscriber(AsyncResource):
    """A ``stages.transcribe.Transcriber`` over the OpenAI audio transcriptions API."""

    name = "openai"

    def __init__(
        self,
        *,
        api_key: str,
        base_url: str | None = None,
        model: str = DEFAULT_TRANSCRIBE_MODEL,
        timeout: float = 600.0,
        client: AsyncOpenAI | None = None,
    ) -> None:
        self.model = model
        self._secret = api_key
        # The pipeline retries whole messages with back-off; no second layer here.
        self._client = client or AsyncOpenAI(
            api_key=api_key, base_url=base_url, timeout=timeout, max_retries=0
        )

    async def aclose(self) -> None:
        """Close the SDK client's connection pool."""
        await self._client.close()

    async def transcribe(self, path: Path, *, language: str) -> TranscriptionResult:
        try:
            if await asyncio.to_thread(wav_channels, path) == 2:
                return await self._by_channel(path, language)
            with path.open("rb") as audio:
                answer = await self._request(path.name, audio, language)
        except FileNotFoundError:
            raise InputMissing(f"audio file not found: {path}") from None
        except openai.OpenAIError as error:
            raise self._stage_error(error) from None
        return _to_result(answer, language)

    async def _by_channel(self, path: Path, language: str) -> TranscriptionResult:
        """One request per channel, at once; their segments merged by start time."""
        files = await asyncio.to_thread(split_wavs, path)
        answers = await asyncio.gather(
            *(
                self._request(f"{path.stem}-{index}.wav", audio, language)
                for index, audio in enumerate(files, start=1)
            )
        )
        results = [
            _to_result(answer, language, channel=index)
            for index, answer in enumerate(answers, start=1)
        ]
        utterances = sorted(
            (u for result in results for u in result.utterances), key=lambda u: u.start_ms
        )
        return TranscriptionResult(
            text=" ".join(u.text for u in utterances),
            utterances=utterances,
            language=next((r.language for r in results if r.utterances), language),
        )

    async def _request(self, name: str, audio: IO[bytes] | bytes, language: str) -> Any:
        options: dict[str, Any] = {}
        if language not in ("", "auto"):
            options["language"] = language
        return await self._client.audio.transcriptions.create(
            file=(name, audio, "audio/wav"),
            model=self.model,
            response_format="verbose_json",
            timestamp_granularities=["segment"],
            **options,
        )

    def _stage_error(self, error: openai.OpenAIError) -> StageError:
        return stage_error(error, secret=self._secret, what="OpenAI transcription")


def _to_result(answer: Any, language: str, *, channel: int | None = None) -> TranscriptionResult:
    text = str(getattr(answer, "text", "") or "").strip()
    segments = getattr(answer, "segments", None) or []
    speaker = "A" if channel is None else str(channel)
    utterances = [
        Utterance(
            speaker=speaker,
            channel=channel,
            text=str(segment.text).strip(),
            start_ms=max(round(float(segment.start) * 1000), 0),
            end_ms=max(round(float(segment.end) * 1000), 0),
        )
        for segment in segments
        if str(segment.text).strip()
    ]
    if not utterances and text:
        # A server that sends no segments still said something: one turn, no times known.
        utterances = [Utterance(speaker=speaker, channel=channel, text=text, start_ms=0, end_ms=0)]
    detected = str(getattr(answer, "language", "") or "")
    return TranscriptionResult(
        text=text, utterances=utterances, language=_code(detected) or language
    )


_LANGUAGE_NAMES = {
    "french": "fr",
    "english": "en",
    "spanish": "es",
    "german": "de",
    "italian": "it",
}


def _code(language: str) -> str:
    """OpenAI's verbose_json names the language ("french"); messages carry codes."""
    return _LANGUAGE_NAMES.get(language.lower(), language.lower())
