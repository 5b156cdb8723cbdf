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


class Metrics:
    """Every series the pipeline exposes, on one registry.

    Args:
        registry: where the series live; a process serves the module's ``REGISTRY`` and a
            test passes its own ``CollectorRegistry()`` so that nothing needs resetting.
    """

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        registry = registry if registry is not None else CollectorRegistry(auto_describe=True)
        self.registry = registry
        self.messages = Counter(
            "audio_nlp_messages",
            "Messages handled, by stage and outcome (ok, retry, dead).",
            ["stage", "outcome"],
            registry=registry,
        )
        self.stage_seconds = Histogram(
            "audio_nlp_stage_seconds",
            "Time spent handling one message in a stage.",
            ["stage"],
            buckets=STAGE_BUCKETS,
            registry=registry,
        )
        self.in_flight = Gauge(
            "audio_nlp_in_flight", "Messages being handled now.", ["stage"], registry=registry
        )
        self.audio_seconds = Counter(
            "audio_nlp_audio_seconds",
            "Seconds of audio seen by a stage (kind: original, trimmed, transcribed).",
            ["stage", "kind"],
            registry=registry,
        )
        self.llm_tokens = Counter(
            "audio_nlp_llm_tokens",
            "LLM tokens used (kind: prompt, completion).",
            ["kind"],
            registry=registry,
        )
        self.cost_usd = Counter(
            "audio_nlp_cost_usd",
            "Provider cost in USD (provider: assemblyai, openai, whisper, rules…).",
            ["provider"],
            registry=registry,
        )
        self.transcript_cache_hits = Counter(
            "audio_nlp_transcript_cache_hits",
            "Transcriptions answered from the transcript cache instead of the provider.",
            registry=registry,
        )
        self.retries = Counter(
            "audio_nlp_retries",
            "Messages scheduled for another attempt.",
            ["stage"],
            registry=registry,
        )
        self.dead_letters = Counter(
            "audio_nlp_dead_letters",
            "Messages moved to a dead-letter queue.",
            ["stage", "error_class"],
            registry=registry,
        )
        self.end_to_end_seconds = Histogram(
            "audio_nlp_end_to_end_seconds",
            "Time from submission to successful delivery.",
            buckets=STAGE_BUCKETS,
            registry=registry,
        )
        self.queue_depth = Gauge(
            "audio_nlp_queue_depth",
            "Messages ready in a stage's queues (queue: work, retry, dead, suspect), "
            "as its workers last saw.",
            ["stage", "queue"],
            registry=registry,
        )
        self.queue_consumers = Gauge(
            "audio_nlp_queue_consumers",
            "Consumers on a stage's work queue, as its workers last saw.",
            ["stage"],
            registry=registry,
        )
        self.unsupported_values = Counter(
            "audio_nlp_unsupported_values",
            "Extracted values nothing in the transcript supports, delivered as '-' "
            "(by delivered key).",
            ["field"],
            registry=registry,
        )
        self.ingress_requests = Counter(
            "audio_nlp_ingress_requests",
            "Ingress submissions by HTTP status.",
            ["status"],
            registry=registry,
        )

    def init_stage(self, stage: str) -> None:
        """Create the stage's series at zero so dashboards and alerts see them before traffic."""
        for outcome in ("ok", "retry", "dead"):
            self.messages.labels(stage=stage, outcome=outcome)
        self.stage_seconds.labels(stage=stage)
        self.in_flight.labels(stage=stage)
        self.retries.labels(stage=stage)
        for error_class in ("permanent", "transient", "crash-loop"):
            self.dead_letters.labels(stage=stage, error_class=error_class)
        for queue in ("work", "retry", "dead"):
            self.queue_depth.labels(stage=stage, queue=queue)
        self.queue_consumers.labels(stage=stage)
        for audio_stage, kind in (
            ("trim", "original"),
            ("trim", "trimmed"),
            ("transcribe", "transcribed"),
        ):
            if audio_stage == stage:
                self.audio_seconds.labels(stage=stage, kind=kind)
        if stage == "extract":
            for kind in ("prompt", "completion"):
                self.llm_tokens.labels(kind=kind)


DEFAULT = Metrics(REGISTRY)
"""The process's metrics, served on ``/metrics``."""

# The default series by name, for code that reports into the process's registry.
MESSAGES = DEFAULT.messages
STAGE_SECONDS = DEFAULT.stage_seconds
IN_FLIGHT = DEFAULT.in_flight
AUDIO_SECONDS = DEFAULT.audio_seconds
LLM_TOKENS = DEFAULT.llm_tokens
COST_USD = DEFAULT.cost_usd
TRANSCRIPT_CACHE_HITS = DEFAULT.transcript_cache_hits
RETRIES = DEFAULT.retries
DEAD_LETTERS = DEFAULT.dead_letters
END_TO_END_SECONDS = DEFAULT.end_to_end_seconds
QUEUE_DEPTH = DEFAULT.queue_depth
QUEUE_CONSUMERS = DEFAULT.queue_consumers
UNSUPPORTED_VALUES = DEFAULT.unsupported_values
INGRESS_REQUESTS = DEFAULT.ingress_requests


def init_stage(stage: str) -> None:
    """Create the stage's series at zero on the default registry."""
    DEFAULT.init_stage(stage)


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Scrapes every few seconds would drown the worker's own log."""


HealthCheck = Callable[[], tuple[bool, str]]
StartResponse = Callable[[str, list[tuple[str, str]]], object]


def _app(
    health: HealthCheck, registry: CollectorRegistry
) -> Callable[[dict[str, object], StartResponse], Iterable[bytes]]:
    metrics_app = make_wsgi_app(registry)

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

    def __init__(
        self,
        port: int,
        health: HealthCheck,
        host: str = "0.0.0.0",
        registry: CollectorRegistry = REGISTRY,
    ) -> None:
        self._server: WSGIServer = make_server(
            host, port, _app(health, registry), handler_class=_QuietHandler
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
