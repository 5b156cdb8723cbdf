"""A stand-in for the OpenAI chat-completions API that the real SDK accepts.

It answers structured-output requests with what the rules extractor of the matching
extraction profile (found by the schema's name, which the SDK sets to the model's class
name) finds in the transcript, so the whole pipeline runs offline and
deterministically; a schema no profile knows gets neutral values valid under it. It is
strict where the real API is strict (a bearer key, a ``json_schema`` response format)
and checks its own answer against the schema the request carried, so a drift between
a profile's schema and what the SDK sends shows up here rather than in production.

Test switches on ``app.state``: ``invalid_answers`` (the next N answers break the
schema), ``fail_next``/``fail_status`` (the next N requests fail with that status),
``api_key`` (when set, only that key is accepted). Counters: ``requests``, ``by_status``,
``hangs``. ``timeout_rate`` makes that share of requests hang ``hang_seconds`` before
answering: longer than the client's timeout, it is a provider timeout.
"""

from __future__ import annotations

import asyncio
import io
import json
import random
import re
import time
import wave
from collections import Counter
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from devkit.emulators.assemblyai import split_turns
from devkit.emulators.samples import DEFAULT_CALL_TEXT
from stages.extract import TRANSCRIPT_OPEN, transcript_from_prompt
from stages.extract.profiles import profile_for_schema

INVALID_SCORE = 42  # outside score_interet's 0..10: what an "invalid answer" carries


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
    return _completion(app, body, schema, _schema_name(body))


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


def _schema_name(body: dict[str, Any]) -> str:
    return str((body["response_format"].get("json_schema") or {}).get("name") or "")


def fields_for(schema_name: str, schema: dict[str, Any], transcript: str) -> dict[str, Any]:
    """The answer: the matching profile's rules on the transcript, else neutral values."""
    profile = profile_for_schema(schema_name)
    if profile is not None and profile.rules is not None:
        return profile.payload(profile.rules(transcript))
    value = neutral_value(schema, schema)
    return value if isinstance(value, dict) else {}


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


def _completion(
    app: FastAPI, body: dict[str, Any], schema: dict[str, Any], schema_name: str
) -> JSONResponse:
    messages = body.get("messages") or []
    transcript = transcript_from_prompt(_transcript_message(messages))
    payload = fields_for(schema_name, schema, transcript)
    if app.state.invalid_answers > 0:
        app.state.invalid_answers -= 1
        _break(payload, schema)
    else:
        problems = schema_problems(payload, schema)
        if problems:
            return _error(
                500, "Emulator answer does not fit the schema: " + "; ".join(problems), None
            )
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


_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
    "null": (type(None),),
}


def schema_problems(value: Any, schema: dict[str, Any], where: str = "$") -> list[str]:
    """What in ``value`` breaks ``schema``: the subset of JSON Schema strict mode uses."""
    problems = _type_problems(value, schema, where)
    if problems:
        return problems
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{where}: {value!r} not in {schema['enum']}")
    if isinstance(value, str) and "pattern" in schema and not re.search(schema["pattern"], value):
        problems.append(f"{where}: {value!r} does not match {schema['pattern']}")
    if isinstance(value, int | float) and not isinstance(value, bool):
        problems += _range_problems(value, schema, where)
    if isinstance(value, dict):
        problems += _object_problems(value, schema, where)
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        for index, item in enumerate(value):
            problems += schema_problems(item, schema["items"], f"{where}[{index}]")
    return problems


def _type_problems(value: Any, schema: dict[str, Any], where: str) -> list[str]:
    declared = schema.get("type")
    if declared is None:
        return []
    names = declared if isinstance(declared, list) else [declared]
    for name in names:
        types = _TYPES.get(name, (object,))
        if isinstance(value, types) and not (isinstance(value, bool) and name != "boolean"):
            return []
    return [f"{where}: {type(value).__name__} is not {declared}"]


def _range_problems(value: float, schema: dict[str, Any], where: str) -> list[str]:
    problems = []
    if "minimum" in schema and value < schema["minimum"]:
        problems.append(f"{where}: {value} < minimum {schema['minimum']}")
    if "maximum" in schema and value > schema["maximum"]:
        problems.append(f"{where}: {value} > maximum {schema['maximum']}")
    return problems


def _object_problems(value: dict[str, Any], schema: dict[str, Any], where: str) -> list[str]:
    properties: dict[str, Any] = schema.get("properties") or {}
    problems = [
        f"{where}: missing {key!r}" for key in schema.get("required", []) if key not in value
    ]
    if schema.get("additionalProperties") is False:
        problems += [f"{where}: unexpected {key!r}" for key in value if key not in properties]
    for key, item in value.items():
        if isinstance(properties.get(key), dict):
            problems += schema_problems(item, properties[key], f"{where}.{key}")
    return problems
