"""A stand-in for the OpenAI chat-completions API that the real SDK accepts.

It answers a structured-output request from the schema the request carried: every
property the emulator's own keyword table (``keywords.py``) finds in the transcript gets
that value, every other one a neutral value valid under its schema ("-", 0, false...),
so the whole pipeline runs offline and deterministically. It is strict where the real
API is strict (a bearer key, a ``json_schema`` response format) and checks its own answer
against the request's schema with ``jsonschema``, so a drift between a profile's schema
and what the SDK sends shows up here rather than in production.

When the schema asks for ``citations`` (what the profiles send), each value the keyword
table found is cited with the words it was read from, cut from the transcript.

Test switches on ``app.state``: ``script`` (fields every answer carries, whatever the
transcript says), ``script_citations`` (quotes by field every answer cites, e.g. a
made-up one beside an invented ``script`` value: how a model invents), ``invalid_answers``
(the next N answers break the schema),
``fail_next``/``fail_status`` (the next N requests fail with that status), ``api_key``
(when set, only that key is accepted). Records: ``transcripts`` (what each completion
was asked about) and ``answers`` (what it answered), the latest last. Counters:
``requests``, ``by_status``, ``hangs``. ``timeout_rate`` makes that share of requests
hang ``hang_seconds`` before answering: longer than the client's timeout, it is a
provider timeout.
"""

from __future__ import annotations

import asyncio
import io
import json
import random
import re
import time
import wave
from collections import Counter, deque
from typing import Any

import jsonschema
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from devkit.emulators.assemblyai import split_turns
from devkit.emulators.keywords import keyword_citations, keyword_fields
from devkit.emulators.samples import DEFAULT_CALL_TEXT
from stages.extract import TRANSCRIPT_OPEN, transcript_from_prompt

INVALID_SCORE = 42  # outside score_interet's 0..10: what an "invalid answer" carries
# Enough for any test or demo; a long chaos run must not grow the emulator without end.
_RECORDED = 1000


def create_app(
    *,
    latency_seconds: float = 0.0,
    failure_rate: float = 0.0,
    seed: int | None = None,
    timeout_rate: float = 0.0,
    hang_seconds: float = 30.0,
) -> FastAPI:
    app = FastAPI(title="OpenAI emulator")
    app.state.requests = 0
    app.state.hangs = 0
    app.state.by_status = Counter()
    app.state.invalid_answers = 0
    app.state.fail_next = 0
    app.state.fail_status = 500
    app.state.api_key = None
    app.state.script = {}
    app.state.script_citations = {}
    app.state.transcripts = deque(maxlen=_RECORDED)
    app.state.answers = deque(maxlen=_RECORDED)
    rng = random.Random(seed)

    async def completions(request: Request) -> JSONResponse:
        app.state.requests += 1
        if latency_seconds > 0:
            await asyncio.sleep(latency_seconds)
        if timeout_rate > 0 and rng.random() < timeout_rate:
            app.state.hangs += 1
            await asyncio.sleep(hang_seconds)
        response = await _answer(app, request, rng, failure_rate)
        app.state.by_status[response.status_code] += 1
        return response

    app.add_api_route("/v1/chat/completions", completions, methods=["POST"])
    app.add_api_route("/chat/completions", completions, methods=["POST"])
    app.state.transcript_text = DEFAULT_CALL_TEXT
    app.state.transcriptions = 0

    async def transcriptions(request: Request) -> JSONResponse:
        app.state.requests += 1
        if not _authorized(request, app.state.api_key):
            return _error(401, "Incorrect API key provided.", "invalid_api_key")
        response = await _transcription(app, request)
        app.state.by_status[response.status_code] += 1
        return response

    # Whisper's endpoint, so TRANSCRIBER=openai runs offline like the rest.
    app.add_api_route("/v1/audio/transcriptions", transcriptions, methods=["POST"])
    app.add_api_route("/audio/transcriptions", transcriptions, methods=["POST"])

    @app.get("/health")
    async def health() -> dict[str, object]:
        return {"status": "ok", "requests": app.state.requests}

    return app


async def _answer(
    app: FastAPI, request: Request, rng: random.Random, failure_rate: float
) -> JSONResponse:
    if not _authorized(request, app.state.api_key):
        return _error(401, "Incorrect API key provided.", "invalid_api_key")
    if app.state.fail_next > 0:
        app.state.fail_next -= 1
        return _failure(app.state.fail_status)
    if failure_rate > 0 and rng.random() < failure_rate:
        return _failure(rng.choice((500, 429)))
    try:
        body = await request.json()
    except ValueError:
        return _error(400, "The request body is not valid JSON.", "invalid_json")
    schema = _json_schema(body)
    if schema is None:
        return _error(400, "This emulator needs response_format of type json_schema.", None)
    return _completion(app, body, schema)


async def _transcription(app: FastAPI, request: Request) -> JSONResponse:
    """A ``verbose_json`` answer: the configured call text, sentences spread over the audio."""
    form = await request.form()
    upload = form.get("file")
    if upload is None or isinstance(upload, str) or not form.get("model"):
        return _error(400, "file and model are required multipart fields.", None)
    audio = await upload.read()
    seconds = _wav_seconds(audio)
    if seconds is None:
        return _error(400, "Invalid file format. The audio could not be decoded.", None)
    app.state.transcriptions += 1
    sentences = [text for _, text in split_turns(str(app.state.transcript_text))]
    step = seconds / max(len(sentences), 1)
    segments = [
        {"id": index, "start": round(index * step, 3), "end": round((index + 1) * step, 3),
         "text": f" {sentence}"}
        for index, sentence in enumerate(sentences)
    ]  # fmt: skip
    language = str(form.get("language") or "fr")
    return JSONResponse(
        {
            "task": "transcribe",
            "language": {"fr": "french", "en": "english"}.get(language, language),
            "duration": seconds,
            "text": " ".join(sentences),
            "segments": segments,
        }
    )


def _wav_seconds(audio: bytes) -> float | None:
    try:
        with wave.open(io.BytesIO(audio), "rb") as wav:
            return wav.getnframes() / wav.getframerate()
    except (wave.Error, EOFError):
        return None


def _authorized(request: Request, expected: str | None) -> bool:
    header = request.headers.get("authorization", "")
    match = re.fullmatch(r"Bearer\s+(\S+)", header)
    if match is None:
        return False
    return expected is None or match.group(1) == expected


def _error(status: int, message: str, code: str | None) -> JSONResponse:
    kind = "invalid_request_error" if status < 500 else "server_error"
    body = {"error": {"message": message, "type": kind, "param": None, "code": code}}
    return JSONResponse(body, status_code=status)


def _failure(status: int) -> JSONResponse:
    response = _error(status, f"Emulated failure ({status}).", None)
    if status == 429:
        response.headers["retry-after"] = "1"
    return response


def _json_schema(body: Any) -> dict[str, Any] | None:
    if not isinstance(body, dict):
        return None
    response_format = body.get("response_format")
    if not isinstance(response_format, dict) or response_format.get("type") != "json_schema":
        return None
    schema = (response_format.get("json_schema") or {}).get("schema")
    return schema if isinstance(schema, dict) else None


CITATIONS = "citations"


def answer_for(
    schema: dict[str, Any],
    transcript: str,
    script: dict[str, Any] | None = None,
    script_citations: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The answer: neutral values, then what the keyword table found, then ``script``.

    A keyword value that the property's schema refuses (an enum without it, say) is left
    out: the emulator never answers outside the schema unless told to. When the schema
    has ``citations``, every keyword value is cited by the words it came from, a scripted
    value by its ``script_citations`` quote only.
    """
    answer = neutral_value(schema, schema)
    if not isinstance(answer, dict):
        return {}
    properties: dict[str, Any] = schema.get("properties") or {}
    quotes = keyword_citations(transcript)
    for key, value in keyword_fields(transcript).items():
        if key in properties and not schema_problems(value, _resolved(properties[key], schema)):
            answer[key] = value
        else:
            quotes.pop(key, None)
    scripted = {key: value for key, value in (script or {}).items() if key in properties}
    answer.update(scripted)
    for key in scripted:
        quotes.pop(key, None)
    quotes.update(script_citations or {})
    if CITATIONS in properties:
        answer[CITATIONS] = [
            {"field": key, "quote": quote}
            for key, quote in quotes.items()
            if key in properties and key != CITATIONS
        ]
    return answer


def _resolved(schema: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    """A property's schema with the root's ``$defs`` beside it, so its ``$ref`` resolve."""
    return {**schema, "$defs": root["$defs"]} if "$defs" in root else schema


def neutral_value(schema: dict[str, Any], root: dict[str, Any]) -> Any:
    """A value valid under ``schema`` that claims nothing: "-", 0, false, empty."""
    if isinstance(schema.get("$ref"), str):
        name = schema["$ref"].rsplit("/", 1)[-1]
        return neutral_value((root.get("$defs") or {}).get(name) or {}, root)
    if schema.get("anyOf"):
        return neutral_value(schema["anyOf"][0], root)
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return "-" if "-" in schema["enum"] else schema["enum"][0]
    declared = schema.get("type")
    kind = declared[0] if isinstance(declared, list) else declared
    if kind == "object":
        properties: dict[str, Any] = schema.get("properties") or {}
        return {key: neutral_value(item, root) for key, item in properties.items()}
    simple: dict[str, Any] = {"string": "-", "boolean": False, "array": [], "null": None}
    if kind in simple:
        return simple[kind]
    if kind in ("integer", "number"):
        return schema.get("minimum", 0)
    return None


def _break(payload: dict[str, Any], schema: dict[str, Any]) -> None:
    """Make the answer invalid the way a model does: a value out of range, a field missing."""
    if "score_interet" in payload:
        payload["score_interet"] = INVALID_SCORE
        return
    for key in schema.get("required") or list(payload)[:1]:
        payload.pop(key, None)
        return


def _completion(app: FastAPI, body: dict[str, Any], schema: dict[str, Any]) -> JSONResponse:
    messages = body.get("messages") or []
    transcript = transcript_from_prompt(_transcript_message(messages))
    payload = answer_for(schema, transcript, app.state.script, app.state.script_citations)
    if app.state.invalid_answers > 0:
        app.state.invalid_answers -= 1
        _break(payload, schema)
    else:
        problems = schema_problems(payload, schema)
        if problems:
            return _error(
                500, "Emulator answer does not fit the schema: " + "; ".join(problems), None
            )
    app.state.transcripts.append(transcript)
    app.state.answers.append(payload)
    content = json.dumps(payload, ensure_ascii=False)
    prompt_text = "".join(_text(m.get("content")) for m in messages if isinstance(m, dict))
    app.state.completions = getattr(app.state, "completions", 0) + 1
    return JSONResponse(
        {
            "id": f"chatcmpl-emulator-{app.state.completions}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": str(body.get("model") or "gpt-4o-mini"),
            "system_fingerprint": "emulator",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content, "refusal": None},
                    "finish_reason": "stop",
                    "logprobs": None,
                }
            ],
            "usage": _usage(prompt_text, content),
        }
    )


def _transcript_message(messages: list[Any]) -> str:
    """The user message carrying the transcript (not a later corrective message)."""
    users = [
        _text(m.get("content")) for m in messages if isinstance(m, dict) and m.get("role") == "user"
    ]
    marked = [text for text in users if TRANSCRIPT_OPEN in text]
    return (marked or users or [""])[0]


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # content parts: [{"type": "text", "text": ...}]
        return "".join(p.get("text", "") for p in content if isinstance(p, dict))
    return ""


def _usage(prompt: str, answer: str) -> dict[str, int]:
    # A rough token count (about four characters a token) is enough for cost metrics.
    prompt_tokens, completion_tokens = max(1, len(prompt) // 4), max(1, len(answer) // 4)
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }


def schema_problems(value: Any, schema: dict[str, Any]) -> list[str]:
    """What in ``value`` breaks ``schema`` (JSON Schema 2020-12, what strict mode sends)."""
    validator = jsonschema.Draft202012Validator(schema)
    return [
        f"{error.json_path}: {error.message}"
        for error in sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path))
    ]
