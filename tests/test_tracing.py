"""One job through the five stage processes makes one trace, received over OTLP/HTTP.

The receiver is a real HTTP server on loopback decoding the exporter's protobuf with
``opentelemetry-proto``; every span counted here is one a process sent.
"""

from __future__ import annotations

import gzip
import http.server
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from uuid import uuid4

import pytest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue

from consumers.stage_table import STAGES
from devkit.stack import LocalStack, local_stack, serve_directory
from tests.audio import synth_call
from tests.waiting import wait_until

pytestmark = [pytest.mark.broker, pytest.mark.slow]

CALL = [
    ("Agent", "Bonjour, je suis bien chez monsieur Martin ?"),
    ("Client", "Oui. Je suis propriétaire de ma maison à Nantes."),
]


@dataclass(frozen=True)
class ReceivedSpan:
    service: str
    trace_id: str
    span_id: str
    parent_id: str
    name: str
    kind: int
    attributes: dict[str, object]


def _value(value: AnyValue) -> object:
    kind = value.WhichOneof("value")
    return getattr(value, kind) if kind else None


class _Receiver(http.server.BaseHTTPRequestHandler):
    spans: list[ReceivedSpan]
    lock: threading.Lock

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if self.headers.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        request = ExportTraceServiceRequest.FromString(body)
        found = []
        for resource in request.resource_spans:
            resource_attributes = {a.key: _value(a.value) for a in resource.resource.attributes}
            for scope in resource.scope_spans:
                for span in scope.spans:
                    found.append(
                        ReceivedSpan(
                            service=str(resource_attributes.get("service.name")),
                            trace_id=span.trace_id.hex(),
                            span_id=span.span_id.hex(),
                            parent_id=span.parent_span_id.hex(),
                            name=span.name,
                            kind=span.kind,
                            attributes={a.key: _value(a.value) for a in span.attributes},
                        )
                    )
        with self.lock:
            self.spans.extend(found)
        self.send_response(200)
        self.send_header("Content-Type", "application/x-protobuf")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the test reads the spans, not the request lines."""


@dataclass
class Receiver:
    url: str
    spans: list[ReceivedSpan]
    lock: threading.Lock

    def snapshot(self) -> list[ReceivedSpan]:
        with self.lock:
            return list(self.spans)


@pytest.fixture(scope="module")
def receiver() -> Iterator[Receiver]:
    spans: list[ReceivedSpan] = []
    lock = threading.Lock()
    handler = type("Handler", (_Receiver,), {"spans": spans, "lock": lock})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Receiver(f"http://127.0.0.1:{server.server_port}", spans, lock)
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def audio_host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("audio")
    synth_call(CALL, folder / "call.wav", pauses=[1.5], seed=3)
    with serve_directory(folder) as url:
        yield url


@pytest.fixture(scope="module")
def stack(
    broker_url: str, receiver: Receiver, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LocalStack]:
    with local_stack(
        tmp_path_factory.mktemp("stack"),
        rabbitmq_url=broker_url,
        queue_prefix=f"trace-{uuid4().hex[:8]}",
        extra_env={
            "OTEL_EXPORTER_OTLP_ENDPOINT": receiver.url,
            # Batches leave every 200 ms rather than every 5 s, so the test waits less.
            "OTEL_BSP_SCHEDULE_DELAY": "200",
            # The transcript cache would answer a repeated run without calling AssemblyAI.
            "TRANSCRIPT_CACHE": "false",
        },
    ) as running:
        yield running


def _port(url: str) -> str:
    return url.rsplit(":", 1)[1].split("/")[0]


def _calls_to(spans: list[ReceivedSpan], port: str) -> list[ReceivedSpan]:
    """HTTP client spans whose URL or peer attributes name ``port``."""
    return [
        span
        for span in spans
        if span.kind == 3  # SPAN_KIND_CLIENT
        and any("http" in key or "url" in key for key in span.attributes)
        and any(
            f":{port}" in str(value) or str(value) == port for value in span.attributes.values()
        )
    ]


def test_one_job_makes_one_trace_across_the_five_processes(
    stack: LocalStack, receiver: Receiver, audio_host: str
) -> None:
    before = len(stack.deliveries())
    job_id = str(stack.submit(4242, f"{audio_host}/call.wav")["job_id"])
    stack.wait_for_deliveries(before + 1, timeout=120)

    def stage_spans() -> dict[str, ReceivedSpan] | None:
        found = {
            span.attributes["audio_nlp.stage"]: span
            for span in receiver.snapshot()
            if span.name.startswith("stage ") and span.attributes.get("audio_nlp.job_id") == job_id
        }
        return found if set(found) == set(STAGES) else None  # type: ignore[return-value]

    stages = wait_until(stage_spans, timeout=30, message="a stage span from each of the five")
    trace_ids = {span.trace_id for span in stages.values()}
    assert len(trace_ids) == 1, trace_ids
    (trace_id,) = trace_ids
    for stage, span in stages.items():
        assert span.service == f"audio-nlp-{stage}"
        assert span.attributes["audio_nlp.fiche_id"] == 4242
        assert span.attributes["audio_nlp.attempt"] == 1
        assert span.parent_id, f"the {stage} span hangs off the message's consumer span"

    in_trace = [span for span in receiver.snapshot() if span.trace_id == trace_id]
    roots = [span for span in in_trace if not span.parent_id]
    # FastAPI's own server span ("POST /process") is the root; the job's span sits under it.
    assert [root.service for root in roots] == ["audio-nlp-ingress"]
    submits = [span for span in in_trace if span.name == "ingress submit"]
    assert [span.attributes["audio_nlp.job_id"] for span in submits] == [job_id]

    transcription = [span for span in in_trace if span.name == "transcription"]
    extraction = [span for span in in_trace if span.name == "extraction"]
    assert len(transcription) == 1 and len(extraction) == 1
    assert float(transcription[0].attributes["audio_nlp.audio_seconds"]) > 0  # type: ignore[arg-type]
    assert "audio_nlp.cost_usd" in transcription[0].attributes
    assert int(extraction[0].attributes["gen_ai.usage.input_tokens"]) > 0  # type: ignore[call-overload]
    assert int(extraction[0].attributes["gen_ai.usage.output_tokens"]) > 0  # type: ignore[call-overload]

    # The provider HTTP calls are there, under the provider call's span.
    assemblyai = _calls_to(in_trace, _port(stack.env["ASSEMBLYAI_BASE_URL"]))
    openai = _calls_to(in_trace, _port(stack.env["OPENAI_BASE_URL"]))
    receiver_calls = _calls_to(in_trace, _port(stack.env["PHP_API_URL"]))
    assert assemblyai and all(s.parent_id == transcription[0].span_id for s in assemblyai)
    assert openai and all(s.parent_id == extraction[0].span_id for s in openai)
    assert len(receiver_calls) == 1

    log = Path(stack.processes["worker-extract-0"].log_path).read_text()
    assert f"trace={trace_id}" in log
