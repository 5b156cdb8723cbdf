"""Prometheus metrics and the small HTTP server that exposes them with a health check.

The server runs in a thread, not on the event loop, so that ``/healthz`` can report a
stuck loop instead of getting stuck with it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, make_wsgi_app

REGISTRY = CollectorRegistry(auto_describe=True)

STAGE_BUCKETS = (0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600)

MESSAGES = Counter(
    "audio_nlp_messages",
    "Messages handled, by stage and outcome (ok, retry, dead).",
    ["stage", "outcome"],
    registry=REGISTRY,
)
STAGE_SECONDS = Histogram(
    "audio_nlp_stage_seconds",
    "Time spent handling one message in a stage.",
    ["stage"],
    buckets=STAGE_BUCKETS,
    registry=REGISTRY,
)
IN_FLIGHT = Gauge(
    "audio_nlp_in_flight", "Messages being handled now.", ["stage"], registry=REGISTRY
)
AUDIO_SECONDS = Counter(
    "audio_nlp_audio_seconds",
    "Seconds of audio seen by a stage (kind: original, trimmed, transcribed).",
    ["stage", "kind"],
    registry=REGISTRY,
)
LLM_TOKENS = Counter(
    "audio_nlp_llm_tokens",
    "LLM tokens used (kind: prompt, completion).",
    ["kind"],
    registry=REGISTRY,
)
COST_USD = Counter(
    "audio_nlp_cost_usd",
    "Provider cost in USD (provider: assemblyai, openai, whisper, rules…).",
    ["provider"],
    registry=REGISTRY,
)
TRANSCRIPT_CACHE_HITS = Counter(
    "audio_nlp_transcript_cache_hits",
    "Transcriptions answered from the transcript cache instead of the provider.",
    registry=REGISTRY,
)
RETRIES = Counter(
    "audio_nlp_retries", "Messages scheduled for another attempt.", ["stage"], registry=REGISTRY
)
DEAD_LETTERS = Counter(
    "audio_nlp_dead_letters",
    "Messages moved to a dead-letter queue.",
    ["stage", "error_class"],
    registry=REGISTRY,
)
END_TO_END_SECONDS = Histogram(
    "audio_nlp_end_to_end_seconds",
    "Time from submission to successful delivery.",
    buckets=STAGE_BUCKETS,
    registry=REGISTRY,
)
QUEUE_DEPTH = Gauge(
    "audio_nlp_queue_depth",
    "Messages ready in a stage's queues (queue: work, retry, dead), as its workers last saw.",
    ["stage", "queue"],
    registry=REGISTRY,
)
QUEUE_CONSUMERS = Gauge(
    "audio_nlp_queue_consumers",
    "Consumers on a stage's work queue, as its workers last saw.",
    ["stage"],
    registry=REGISTRY,
)
INGRESS_REQUESTS = Counter(
    "audio_nlp_ingress_requests",
    "Ingress submissions by HTTP status.",
    ["status"],
    registry=REGISTRY,
)


def init_stage(stage: str) -> None:
    """Create the stage's series at zero so dashboards and alerts see them before traffic."""
    for outcome in ("ok", "retry", "dead"):
        MESSAGES.labels(stage=stage, outcome=outcome)
    STAGE_SECONDS.labels(stage=stage)
    IN_FLIGHT.labels(stage=stage)
    RETRIES.labels(stage=stage)
    for error_class in ("permanent", "transient"):
        DEAD_LETTERS.labels(stage=stage, error_class=error_class)
    for queue in ("work", "retry", "dead"):
        QUEUE_DEPTH.labels(stage=stage, queue=queue)
    QUEUE_CONSUMERS.labels(stage=stage)
    for audio_stage, kind in (
        ("trim", "original"),
        ("trim", "trimmed"),
        ("transcribe", "transcribed"),
    ):
        if audio_stage == stage:
            AUDIO_SECONDS.labels(stage=stage, kind=kind)
    if stage == "extract":
        for kind in ("prompt", "completion"):
            LLM_TOKENS.labels(kind=kind)


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Scrapes every few seconds would drown the worker's own log."""


HealthCheck = Callable[[], tuple[bool, str]]
StartResponse = Callable[[str, list[tuple[str, str]]], object]


def _app(health: HealthCheck) -> Callable[[dict[str, object], StartResponse], Iterable[bytes]]:
    metrics_app = make_wsgi_app(REGISTRY)

    def app(environ: dict[str, object], start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == "/healthz":
            healthy, detail = health()
            status = "200 OK" if healthy else "503 Service Unavailable"
            start_response(status, [("Content-Type", "text/plain; charset=utf-8")])
            return [detail.encode()]
        scraped: Iterable[bytes] = metrics_app(environ, start_response)
        return scraped

    return app


class MetricsServer:
    """``/metrics`` and ``/healthz`` on ``port`` (0 picks a free one), in a daemon thread."""

    def __init__(self, port: int, health: HealthCheck, host: str = "0.0.0.0") -> None:
        self._server: WSGIServer = make_server(
            host, port, _app(health), handler_class=_QuietHandler
        )
        self.port: int = self._server.server_port
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="metrics", daemon=True
        )

    def start(self) -> MetricsServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


class Heartbeat:
    """The event loop ticks this; the metrics thread reads how long ago it last did."""

    def __init__(self) -> None:
        self._last = time.monotonic()

    def beat(self) -> None:
        self._last = time.monotonic()

    def age(self) -> float:
        return time.monotonic() - self._last
