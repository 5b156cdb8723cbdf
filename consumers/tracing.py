"""OpenTelemetry tracing: one trace per job, across the ingress and the five stage processes.

Off unless ``OTEL_EXPORTER_OTLP_ENDPOINT`` is set: then no provider, no exporter and no
instrumentation is installed, and the worker's hot path skips every span (a flag check).
When on, the process gets one ``TracerProvider`` exporting over OTLP/HTTP in batches,
and two ecosystem instrumentations do the plumbing:

- ``opentelemetry-instrumentation-aio-pika`` injects the trace context into the headers of
  every published message and opens a consumer span in that context for every delivery,
  so a job's spans in five processes share the trace the ingress started;
- ``opentelemetry-instrumentation-httpx`` adds a client span per HTTP request (AssemblyAI
  and the deliver POST go through httpx, the OpenAI SDK through its httpx2 fork: both are
  instrumented).

On top of those, the worker adds a span per stage (stage, job id, fiche id, attempt) and,
for the stages that call a provider, a child span carrying what the call cost: audio
seconds, tokens and USD, read from the stage's output message.

Log lines carry the trace id through ``TraceIdFilter`` (``%(trace_id)s``).
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator, Mapping
from typing import Any

from opentelemetry import trace
from opentelemetry.trace import Span, Status, StatusCode

from messages import Delivered, Extraction, StageMessage, Transcript

__all__ = [
    "ENDPOINT_VARIABLE",
    "TraceIdFilter",
    "configure",
    "enabled",
    "job_span",
    "provider_span",
    "record_failure",
    "shutdown",
    "stage_span",
]

ENDPOINT_VARIABLE = "OTEL_EXPORTER_OTLP_ENDPOINT"
_TRACER_NAME = "audio_nlp"
# Stages whose handler is mostly one provider's work: their call gets a span of its own.
_PROVIDER_CALLS = {"transcribe": "transcription", "extract": "extraction"}

_state: dict[str, Any] = {"provider": None}


def enabled() -> bool:
    """Whether this process traces (``configure`` found an endpoint)."""
    return _state["provider"] is not None


def configure(service: str, environ: Mapping[str, str] = os.environ) -> bool:
    """Install the exporter and instrumentations if ``OTEL_EXPORTER_OTLP_ENDPOINT`` is set.

    Call once at process start, before any client is created. ``service`` becomes the
    ``service.name`` resource attribute (``OTEL_SERVICE_NAME`` overrides it). Returns whether
    tracing is on.
    """
    if enabled():
        return True
    if not environ.get(ENDPOINT_VARIABLE, "").strip():
        return False
    # Imported here: a process without an endpoint never loads the SDK or the exporter.
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    from opentelemetry.instrumentation.aio_pika import AioPikaInstrumentor
    from opentelemetry.instrumentation.httpx import (
        HTTPX2ClientInstrumentor,
        HTTPXClientInstrumentor,
    )
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor

    name = environ.get("OTEL_SERVICE_NAME") or service
    provider = TracerProvider(resource=Resource.create({"service.name": name}))
    # The exporter reads the endpoint, headers and timeout from the OTEL_* variables.
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    trace.set_tracer_provider(provider)
    AioPikaInstrumentor().instrument(tracer_provider=provider)
    HTTPXClientInstrumentor().instrument(tracer_provider=provider)
    # The OpenAI SDK is built on the httpx2 fork; AssemblyAI and delivery on httpx.
    HTTPX2ClientInstrumentor().instrument(tracer_provider=provider)
    _state["provider"] = provider
    _state["tracer"] = provider.get_tracer(_TRACER_NAME)
    logging.getLogger(__name__).info("tracing on: spans exported to %s", environ[ENDPOINT_VARIABLE])
    return True


def shutdown() -> None:
    """Flush the spans still batched and stop exporting (at process exit)."""
    provider = _state["provider"]
    if provider is not None:
        provider.shutdown()


def _tracer() -> trace.Tracer:
    tracer: trace.Tracer = _state["tracer"]
    return tracer


@contextlib.contextmanager
def job_span(job_id: str, fiche_id: int) -> Iterator[Span | None]:
    """The root of a job's trace, opened where the job enters (``POST /process``)."""
    if not enabled():
        yield None
        return
    attributes: dict[str, str | int] = {"audio_nlp.job_id": job_id, "audio_nlp.fiche_id": fiche_id}
    with _tracer().start_as_current_span("ingress submit", attributes=attributes) as span:
        yield span


@contextlib.contextmanager
def stage_span(
    stage: str, *, job_id: str | None, fiche_id: int | None, attempt: int
) -> Iterator[Span | None]:
    """A stage's span for one delivery, child of the consumer span (hence of the job's trace)."""
    if not enabled():
        yield None
        return
    attributes: dict[str, str | int] = {"audio_nlp.stage": stage, "audio_nlp.attempt": attempt}
    if job_id is not None:
        attributes["audio_nlp.job_id"] = job_id
    if fiche_id is not None:
        attributes["audio_nlp.fiche_id"] = fiche_id
    with _tracer().start_as_current_span(f"stage {stage}", attributes=attributes) as span:
        yield span


@contextlib.contextmanager
def provider_span(stage: str) -> Iterator[Span | None]:
    """The provider call of a stage that makes one; nothing for the others."""
    call = _PROVIDER_CALLS.get(stage)
    if call is None or not enabled():
        yield None
        return
    with _tracer().start_as_current_span(
        call, kind=trace.SpanKind.CLIENT, attributes={"audio_nlp.stage": stage}
    ) as span:
        yield span


def annotate(span: Span | None, result: StageMessage) -> None:
    """What the provider call cost, from the stage's output message."""
    if span is None:
        return
    if isinstance(result, Transcript):
        span.set_attributes(
            {
                "audio_nlp.audio_seconds": result.audio_seconds,
                "audio_nlp.cost_usd": result.cost_usd,
                "audio_nlp.backend": result.backend,
                "audio_nlp.cached": result.cached,
            }
        )
    elif isinstance(result, Extraction):
        span.set_attributes(
            {
                "gen_ai.request.model": result.model,
                "gen_ai.usage.input_tokens": result.usage.prompt_tokens,
                "gen_ai.usage.output_tokens": result.usage.completion_tokens,
                "audio_nlp.cost_usd": result.extraction_cost_usd,
            }
        )
    elif isinstance(result, Delivered):
        span.set_attribute("http.response.status_code", result.status_code)


def record_failure(error: BaseException) -> None:
    """Mark the current span failed (a retry or a dead letter follows)."""
    if not enabled():
        return
    span = trace.get_current_span()
    span.record_exception(error)
    span.set_status(Status(StatusCode.ERROR, type(error).__name__))


class TraceIdFilter(logging.Filter):
    """Give every record ``trace_id`` (32 hex digits, or ``-`` outside a trace)."""

    def filter(self, record: logging.LogRecord) -> bool:
        context = trace.get_current_span().get_span_context()
        record.trace_id = format(context.trace_id, "032x") if context.is_valid else "-"
        return True
