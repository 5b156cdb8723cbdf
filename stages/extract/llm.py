"""OpenAI structured-output extraction, with one corrective retry for a bad answer.

The SDK's own retries are off (``max_retries=0``): the pipeline retries a whole
message with back-off, and a second retry layer here would multiply the wait and the
cost. Provider errors become ``TransientError``/``PermanentError`` so the runtime
knows whether to retry or dead-letter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import openai
import pydantic
from openai import AsyncOpenAI
from openai.types.chat import ChatCompletionMessageParam

import messages
from stages._openai import stage_error
from stages._resource import AsyncResource
from stages.errors import PermanentError, StageError
from stages.extract._extract import ExtractionResult, user_prompt
from stages.extract.profiles import (
    CITATIONS,
    SOLAR,
    Profile,
    answer_model,
    partial_schema,
    quotes_of,
)

DEFAULT_MODEL = "gpt-4o-mini"
_MAX_PROBLEMS = 8


@dataclass(frozen=True)
class _Answer:
    """One model reply: the fields when valid, else what was wrong with it."""

    fields: messages.ExtractedFields | None
    quotes: dict[str, str]
    content: str
    problem: str
    model: str
    usage: messages.TokenUsage


class OpenAIExtractor(AsyncResource):
    """Extracts a profile's fields with the chat-completions structured-output API.

    Args:
        api_key: the provider's key (never logged; scrubbed from error messages).
        base_url: another OpenAI-compatible server (a local llama-server, the emulator).
        model: the model name sent.
        timeout: seconds per HTTP request.
        client: an SDK client to use instead of one made here (closed by ``aclose``).
        profile: the fields, the prompt and the rules of the kind of call.
        max_tokens: the answer's token cap (None: the provider's default).
        name: the provider, for metrics ("local" against a llama-server).
        answer: the model asked for (default: the profile's fields, or ``asked`` of them,
            plus citations); a subclass may bound lengths (``stages.extract.local``).
        asked: the delivered keys the model answers; the profile's rules fill the others
            from the same transcript, and the prompt's field guide lists only these (its
            rules unchanged). None: the model answers every key.
    """

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
        max_tokens: int | None = None,
        name: str = "openai",
        answer: type[pydantic.BaseModel] | None = None,
        asked: Sequence[str] | None = None,
    ) -> None:
        self.name = name
        self.model = model
        self.max_tokens = max_tokens
        self.asked = tuple(asked) if asked is not None else None
        if self.asked is not None and profile.rules is None:
            raise ValueError(f"profile {profile.name!r} has no rules to fill the keys not asked")
        asked_schema = partial_schema(profile.schema, self.asked) if self.asked else profile.schema
        # The fields plus the quotes they rest on (stages.extract.evidence).
        self.answer = answer or answer_model(asked_schema)
        self.profile = profile
        self.system_prompt = profile.prompt(self.asked)
        self._secret = api_key
        self._client = client or AsyncOpenAI(
            api_key=api_key, base_url=base_url, timeout=timeout, max_retries=0
        )

    def narrowed(
        self, keys: Sequence[str], *, answer: type[pydantic.BaseModel] | None = None
    ) -> OpenAIExtractor:
        """This extractor asking only ``keys`` (see ``asked``), on the same SDK client.

        The client stays this extractor's: close this one, not the narrowed one.
        """
        return OpenAIExtractor(
            api_key=self._secret,
            model=self.model,
            client=self._client,
            profile=self.profile,
            max_tokens=self.max_tokens,
            name=self.name,
            answer=answer,
            asked=keys,
        )

    async def aclose(self) -> None:
        """Close the SDK client's connection pool."""
        await self._client.close()

    def _prefilled(self, transcript: str) -> dict[str, object]:
        """The keys not asked, from the profile's rules on the same transcript."""
        if self.asked is None or self.profile.rules is None:
            return {}
        ruled = self.profile.rules(transcript).model_dump(by_alias=True)
        return {key: value for key, value in ruled.items() if key not in self.asked}

    async def extract(self, transcript: str) -> ExtractionResult:
        conversation: list[ChatCompletionMessageParam] = [
            {"role": "system", "content": self.system_prompt},
            {"role": "user", "content": user_prompt(transcript)},
        ]
        prefilled = self._prefilled(transcript)
        first = await self._ask(conversation, prefilled)
        if first.fields is not None:
            return ExtractionResult(first.fields, first.model, first.usage, first.quotes)
        conversation += [
            {"role": "assistant", "content": first.content or "(réponse vide)"},
            {"role": "user", "content": _correction(first.problem)},
        ]
        second = await self._ask(conversation, prefilled)
        usage = _add(first.usage, second.usage)
        if second.fields is not None:
            return ExtractionResult(second.fields, second.model, usage, second.quotes)
        raise PermanentError(
            f"OpenAI answer still invalid after a corrective retry: {second.problem}"
        )

    async def _ask(
        self, conversation: list[ChatCompletionMessageParam], prefilled: dict[str, object]
    ) -> _Answer:
        try:
            raw = await self._client.chat.completions.with_raw_response.parse(
                model=self.model,
                messages=conversation,
                response_format=self.answer,
                temperature=0,
                # A small local model can run away without a cap; OpenAI's default is none.
                max_tokens=self.max_tokens if self.max_tokens is not None else openai.omit,
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
            return _Answer(None, {}, _content(body), _describe(error), model, usage)
        message = completion.choices[0].message if completion.choices else None
        # parse() built the answer model; the check only narrows the type for mypy.
        if message is None or not isinstance(message.parsed, self.answer):
            problem = (
                f"refus : {message.refusal}" if message and message.refusal else "réponse vide"
            )
            return _Answer(None, {}, _content(body), problem, model, usage)
        # The fields as the profile's own model (the keys not asked from the rules); the
        # citations travel apart, as evidence.
        answered = self.profile.tidied(
            message.parsed.model_dump(by_alias=True, exclude={CITATIONS})
        )
        try:
            fields = self.profile.schema.model_validate(prefilled | answered)
        except pydantic.ValidationError as error:
            return _Answer(None, {}, _content(body), _describe(error), model, usage)
        return _Answer(fields, quotes_of(message.parsed), message.content or "", "", model, usage)

    def _stage_error(self, error: openai.OpenAIError) -> StageError:
        return stage_error(error, secret=self._secret, what="OpenAI")


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
