"""OpenAI SDK helpers shared by every OpenAI-speaking backend (extraction, transcription)."""

from __future__ import annotations

import re
import time
from email.utils import parsedate_to_datetime
from typing import Any

import openai

from stages.errors import PermanentError, StageError, TransientError

__all__ = ["scrub", "stage_error"]


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
