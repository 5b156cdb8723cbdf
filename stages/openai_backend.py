"""OpenAI structured-output extraction, with one corrective retry for a bad answer.

The SDK's own retries are off (``max_retries=0``): the pipeline retries a whole
message with back-off, and a second retry layer here would multiply the wait and the
cost. Provider errors become ``TransientError``/``PermanentError`` so the runtime
knows whether to retry or dead-letter.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any

import openai
import pydantic
from openai import AsyncOpenAI
from openai.types.chat import ChatCompletionMessageParam

import messages
from stages.errors import PermanentError, StageError, TransientError
from stages.extract import ExtractionResult, user_prompt
from stages.profiles import SOLAR, Profile

DEFAULT_MODEL = "gpt-4o-mini"
_MAX_PROBLEMS = 8


@dataclass(frozen=True)
class _Answer:
    """One model reply: the fields when valid, else what was wrong with it."""

    fields: messages.ExtractedFields | None
    content: str
    problem: str
    model: str
    usage: messages.TokenUsage


class OpenAIExtractor:
    """Extracts a profile's fields with the chat-completions structured-output API."""

    name = "openai"

    def __init__(
        self,
        *,
        api_key: str,
        base_url: str | None = None,
        model: str = DEFAULT_MODEL,
        timeout: float = 120.0,
        client: AsyncOpenAI | None = None,
        profile: Profile = SOLAR,
    ) -> None:
        self.model = model
        self.profile = profile
        self._secret = api_key
        self._client = client or AsyncOpenAI(
            api_key=api_key, base_url=base_url, timeout=timeout, max_retries=0
        )

    async def aclose(self) -> None:
        await self._client.close()

    async def extract(self, transcript: str) -> ExtractionResult:
        conversation: list[ChatCompletionMessageParam] = [
            {"role": "system", "content": self.profile.system_prompt},
            {"role": "user", "content": user_prompt(transcript)},
        ]
        first = await self._ask(conversation)
        if first.fields is not None:
            return ExtractionResult(first.fields, first.model, first.usage)
        conversation += [
            {"role": "assistant", "content": first.content or "(réponse vide)"},
            {"role": "user", "content": _correction(first.problem)},
        ]
        second = await self._ask(conversation)
        usage = _add(first.usage, second.usage)
        if second.fields is not None:
            return ExtractionResult(second.fields, second.model, usage)
        raise PermanentError(
            f"OpenAI answer still invalid after a corrective retry: {second.problem}"
        )

    async def _ask(self, conversation: list[ChatCompletionMessageParam]) -> _Answer:
        try:
            raw = await self._client.chat.completions.with_raw_response.parse(
                model=self.model,
                messages=conversation,
                response_format=self.profile.schema,
                temperature=0,
            )
        except openai.OpenAIError as error:
            raise self._stage_error(error) from None
        body = _json_body(raw.http_response)
        usage = _usage(body)
        model = str(body.get("model") or self.model)
        try:
            completion = raw.parse()
        except (
            pydantic.ValidationError,
            ValueError,
            openai.LengthFinishReasonError,
            openai.ContentFilterFinishReasonError,
        ) as error:
            return _Answer(None, _content(body), _describe(error), model, usage)
        message = completion.choices[0].message if completion.choices else None
        # parse() built the profile's schema; the check only narrows the type for mypy.
        if message is None or not isinstance(message.parsed, self.profile.schema):
            problem = (
                f"refus : {message.refusal}" if message and message.refusal else "réponse vide"
            )
            return _Answer(None, _content(body), problem, model, usage)
        return _Answer(message.parsed, message.content or "", "", model, usage)

    def _stage_error(self, error: openai.OpenAIError) -> StageError:
        return stage_error(error, secret=self._secret, what="OpenAI")


def stage_error(error: openai.OpenAIError, *, secret: str | None, what: str) -> StageError:
    """An OpenAI SDK error as a pipeline error: 429, 5xx and network trouble are transient.

    Shared by every OpenAI-speaking backend; the key never reaches the reason.
    """
    if isinstance(error, openai.AuthenticationError):
        # The provider's message can echo part of the key: say only what happened.
        return PermanentError("OpenAI rejected the API key (401)")
    reason = scrub(f"{what} {type(error).__name__}: {_status_text(error)}", secret)
    if isinstance(error, openai.APIConnectionError):  # includes APITimeoutError
        return TransientError(reason)
    if isinstance(error, openai.APIStatusError):
        status = error.status_code
        if status == 429 or status >= 500 or status in (408, 409):
            return TransientError(reason, defer=_retry_after(error.response.headers))
        return PermanentError(reason)
    return TransientError(reason)


def scrub(text: str, secret: str | None) -> str:
    """``text`` without the API key or anything shaped like one."""
    text = text.replace(secret, "***") if secret else text
    return re.sub(r"sk-[A-Za-z0-9_\-*]{4,}", "sk-***", text)


def _status_text(error: openai.OpenAIError) -> str:
    if isinstance(error, openai.APIStatusError):
        return f"HTTP {error.status_code}: {str(error.message)[:300]}"
    return str(error)[:300]


def _retry_after(headers: Any) -> float | None:
    """Seconds asked by ``retry-after-ms`` or ``Retry-After`` (seconds or HTTP date)."""
    millis = headers.get("retry-after-ms")
    if millis:
        try:
            return max(0.0, float(millis) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def _json_body(response: Any) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _usage(body: dict[str, Any]) -> messages.TokenUsage:
    usage = body.get("usage") or {}
    return messages.TokenUsage(
        prompt_tokens=int(usage.get("prompt_tokens") or 0),
        completion_tokens=int(usage.get("completion_tokens") or 0),
    )


def _content(body: dict[str, Any]) -> str:
    try:
        return str(body["choices"][0]["message"]["content"] or "")
    except (KeyError, IndexError, TypeError):
        return ""


def _describe(error: Exception) -> str:
    if isinstance(error, pydantic.ValidationError):
        problems = [
            f"{'.'.join(str(p) for p in e['loc']) or 'réponse'} : {e['msg']}"
            for e in error.errors()[:_MAX_PROBLEMS]
        ]
        more = error.error_count() - len(problems)
        return "; ".join(problems) + (f" (et {more} autres)" if more > 0 else "")
    if isinstance(error, openai.LengthFinishReasonError):
        return "réponse tronquée (limite de longueur atteinte)"
    if isinstance(error, openai.ContentFilterFinishReasonError):
        return "réponse bloquée par le filtre de contenu"
    return f"réponse illisible : {str(error)[:200]}"


def _correction(problem: str) -> str:
    return (
        f"Ta réponse précédente n'est pas valide : {problem}. "
        "Réponds de nouveau avec un unique objet JSON conforme au schéma, avec tous les "
        'champs, en respectant les valeurs autorisées, et "-" pour toute information '
        "non dite dans l'appel."
    )


def _add(a: messages.TokenUsage, b: messages.TokenUsage) -> messages.TokenUsage:
    return messages.TokenUsage(
        prompt_tokens=a.prompt_tokens + b.prompt_tokens,
        completion_tokens=a.completion_tokens + b.completion_tokens,
    )
