"""HTTP helpers shared by the stages that speak HTTP themselves (download, deliver)."""

from __future__ import annotations

import email.utils
from datetime import UTC, datetime
from urllib.parse import urlsplit, urlunsplit

import httpx

from stages.errors import PermanentError, StageError, TransientError

__all__ = [
    "display_url",
    "is_transient_status",
    "retry_after_seconds",
    "status_error",
    "status_line",
    "transport_error",
]


def retry_after_seconds(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds asked for by a ``Retry-After`` header (delta-seconds or HTTP-date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def is_transient_status(status_code: int) -> bool:
    """Statuses a later attempt may get past: timeouts, throttling, server faults."""
    return status_code in (408, 429) or status_code >= 500


def display_url(url: str | httpx.URL) -> str:
    """The URL for error messages: signed query strings and credentials stay out of logs."""
    parts = urlsplit(str(url))
    netloc = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=netloc, query="…" if parts.query else "", fragment=""))


def transport_error(
    error: httpx.HTTPError, url: str | httpx.URL, *, do: str, doing: str
) -> StageError:
    """An httpx failure before any answer: a bad URL is permanent, the network transient.

    ``do``/``doing`` name the request in the reason ("fetch"/"fetching", "post to"/…).
    """
    if isinstance(error, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return PermanentError(f"cannot {do} {display_url(url)}: {error}")
    if isinstance(error, httpx.TimeoutException):
        return TransientError(f"timed out {doing} {display_url(url)} ({type(error).__name__})")
    return TransientError(f"could not {do} {display_url(url)}: {type(error).__name__}: {error}")


def status_line(response: httpx.Response) -> str:
    """``"503 Service Unavailable"``: the status as a person reads it."""
    return f"{response.status_code} {response.reason_phrase}".strip()


def status_error(response: httpx.Response, reason: str) -> StageError:
    """A non-2xx answer as a pipeline error: transient (honouring Retry-After) or permanent."""
    if is_transient_status(response.status_code):
        return TransientError(
            reason, defer=retry_after_seconds(response.headers.get("Retry-After"))
        )
    return PermanentError(reason)
