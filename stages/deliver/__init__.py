"""The deliver stage: the fields POSTed to the PHP backend under the original keys."""

from stages.deliver._deliver import (
    SNIPPET_CHARS,
    DeliverOptions,
    build_payload,
    deliver,
    delivery_url,
    webhook_headers,
    webhook_key,
)

__all__ = [
    "SNIPPET_CHARS",
    "DeliverOptions",
    "build_payload",
    "deliver",
    "delivery_url",
    "webhook_headers",
    "webhook_key",
]
