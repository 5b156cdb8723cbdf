"""An AssemblyAI v2 API emulator the real ``assemblyai`` SDK can talk to.

Point the SDK at it with ``Settings(base_url=...)`` (or ``aai.settings.base_url``).
It serves what the SDK's prerecorded transcriber uses:

* ``POST /v2/upload`` (raw body) -> ``{"upload_url": ...}``
* ``POST /v2/transcript`` (JSON with ``audio_url``) -> the queued transcript
* ``GET /v2/transcript/{id}`` -> ``queued``/``processing`` until ``latency_seconds``
  have passed since creation, then ``completed`` (or ``error``)
* ``DELETE /v2/transcript/{id}``

Nothing ever blocks: a transcript's status is computed from the loop clock when it
is read, so thousands can be "processing" at once without a task each.

Run it by hand: ``uvicorn --factory devkit.emulators.assemblyai:create_app --port 8010``.

Test knobs live on ``app.state``: ``text`` (what the next transcripts say),
``failure_rate``, ``latency_seconds``, ``error_message``, ``stats`` (counters) and
``requests`` (the body of every transcript creation, in order).

``multichannel`` is honoured: the scripted turns are dealt to the uploaded WAV's
channels (first speaker on channel "1", the next on "2"), each utterance and word
carrying its ``channel``, as the real API answers a stereo call.
An ``audio_url`` on loopback (a pre-signed URL of the local S3 server, say) is fetched
and measured as the real API fetches what it is given; ``stats.fetches`` counts those,
and an answer other than 2xx fails the transcript with the API's "Download error".
Other URLs cannot be reached here and are taken for a 60 s call.
``timeout_rate`` makes that share of transcript creations hang ``hang_seconds`` before
answering: longer than the client's HTTP timeout, it is a provider timeout.
"""

from __future__ import annotations

import asyncio
import heapq
import io
import random
import re
import time
import uuid
import wave
from dataclasses import dataclass, field
from typing import Annotated, Any

import httpx
from fastapi import Depends, FastAPI, Header, Request
from fastapi.responses import JSONResponse

from devkit.emulators.samples import DEFAULT_CALL_TEXT

__all__ = ["DEFAULT_CALL_TEXT", "EmulatorStats", "create_app"]

UPLOAD_URL_PREFIX = "https://cdn.assemblyai.com/upload/"
DEFAULT_ERROR_MESSAGE = "Internal server error, developers have been alerted."
NOT_AUDIO_ERROR = (
    "Transcoding failed. File does not appear to contain audio. "
    "File type is application/octet-stream (data)."
)
# Used when an upload is audio we cannot measure (mp3, ogg...) or a remote URL.
DEFAULT_AUDIO_SECONDS = 60.0
# mp3 and friends: assume a common telephony-archive bitrate to guess a duration.
_ASSUMED_COMPRESSED_BYTES_PER_SECOND = 128_000 / 8

_SPEAKER_PREFIX = re.compile(r"^\s*(Agent|Client|Speaker [A-Z])\s*:\s*", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_AUDIO_MAGIC: tuple[bytes, ...] = (b"RIFF", b"ID3", b"OggS", b"fLaC", b"\xff\xfb", b"\xff\xf3")


@dataclass
class EmulatorStats:
    """What the emulator has seen; tests assert on these."""

    uploads: int = 0
    upload_bytes: int = 0
    transcripts_created: int = 0
    polls: int = 0
    completed: int = 0
    errors: int = 0
    max_in_flight: int = 0
    auth_failures: int = 0
    hangs: int = 0
    fetches: int = 0
    fetch_bytes: int = 0


@dataclass
class _Upload:
    size: int
    seconds: float
    is_audio: bool
    channels: int = 1
    error: str | None = None


@dataclass
class _Job:
    id: str
    request: dict[str, Any]
    created_at: float
    done_at: float
    seconds: float
    text: str
    error: str | None
    channels: int = 1
    reported: bool = False


@dataclass
class _State:
    uploads: dict[str, _Upload] = field(default_factory=dict)
    jobs: dict[str, _Job] = field(default_factory=dict)
    # Finish times of transcripts still processing: their count is the load.
    pending: list[float] = field(default_factory=list)


class _ApiError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def create_app(
    *,
    text: str = DEFAULT_CALL_TEXT,
    latency_seconds: float = 0.0,
    failure_rate: float = 0.0,
    seed: int | None = None,
    timeout_rate: float = 0.0,
    hang_seconds: float = 30.0,
) -> FastAPI:
    """Build a fresh emulator; every app has its own transcripts and counters."""
    app = FastAPI(title="AssemblyAI emulator")
    app.state.text = text
    app.state.latency_seconds = latency_seconds
    app.state.failure_rate = failure_rate
    app.state.timeout_rate = timeout_rate
    app.state.hang_seconds = hang_seconds
    app.state.error_message = DEFAULT_ERROR_MESSAGE
    app.state.rng = random.Random(seed)
    app.state.stats = EmulatorStats()
    app.state.store = _State()
    app.state.requests = []

    @app.exception_handler(_ApiError)
    async def _api_error(_: Request, error: _ApiError) -> JSONResponse:
        # The SDK reads the message from an ``error`` key, as the real API sends it.
        return JSONResponse({"error": error.message}, status_code=error.status)

    authorized = [Depends(_require_key)]
    app.add_api_route("/v2/upload", _upload, methods=["POST"], dependencies=authorized)
    app.add_api_route("/v2/transcript", _create, methods=["POST"], dependencies=authorized)
    app.add_api_route(
        "/v2/transcript/{transcript_id}", _get, methods=["GET"], dependencies=authorized
    )
    app.add_api_route(
        "/v2/transcript/{transcript_id}", _delete, methods=["DELETE"], dependencies=authorized
    )
    return app


async def _require_key(
    request: Request, authorization: Annotated[str | None, Header()] = None
) -> None:
    if not authorization or not authorization.strip():
        request.app.state.stats.auth_failures += 1
        raise _ApiError(401, "Authentication error, API token missing/invalid")


async def _upload(request: Request) -> dict[str, str]:
    body = await request.body()
    upload_id = uuid.uuid4().hex
    _store(request).uploads[upload_id] = _describe_upload(body)
    stats: EmulatorStats = request.app.state.stats
    stats.uploads += 1
    stats.upload_bytes += len(body)
    return {"upload_url": UPLOAD_URL_PREFIX + upload_id}


async def _create(request: Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except ValueError:
        raise _ApiError(400, "Invalid JSON body") from None
    if not isinstance(body, dict) or not isinstance(body.get("audio_url"), str):
        raise _ApiError(400, "audio_url is required")
    state = request.app.state
    if state.timeout_rate > 0 and state.rng.random() < state.timeout_rate:
        state.stats.hangs += 1
        await asyncio.sleep(state.hang_seconds)
    state.requests.append(dict(body))
    upload = await _fetch_or_lookup(request.app, body["audio_url"])
    job = _new_job(request.app, body, upload)
    # The real API always answers a creation with "queued", however fast it is.
    return _render(job, "queued")


async def _get(request: Request, transcript_id: str) -> dict[str, Any]:
    job = _find(request, transcript_id)
    request.app.state.stats.polls += 1
    now = time.monotonic()
    _settle(request.app.state.stats, job, now)
    return _render(job, _status(job, now))


async def _delete(request: Request, transcript_id: str) -> dict[str, Any]:
    job = _find(request, transcript_id)
    del _store(request).jobs[transcript_id]
    return _render(job, _status(job, time.monotonic()))


def _store(request: Request) -> _State:
    store: _State = request.app.state.store
    return store


def _find(request: Request, transcript_id: str) -> _Job:
    job = _store(request).jobs.get(transcript_id)
    if job is None:
        raise _ApiError(400, "Transcript lookup error, transcript id not found")
    return job


def _new_job(app: FastAPI, body: dict[str, Any], upload: _Upload) -> _Job:
    state = app.state
    store: _State = state.store
    now = time.monotonic()
    error: str | None = None
    if upload.error is not None:
        error = upload.error
    elif not upload.is_audio:
        error = NOT_AUDIO_ERROR
    elif state.rng.random() < state.failure_rate:
        error = state.error_message
    job = _Job(
        id=uuid.uuid4().hex,
        request=body,
        created_at=now,
        done_at=now + max(0.0, float(state.latency_seconds)),
        seconds=upload.seconds,
        text=state.text,
        error=error,
        channels=upload.channels,
    )
    store.jobs[job.id] = job
    _track_load(store, state.stats, job, now)
    state.stats.transcripts_created += 1
    return job


def _track_load(store: _State, stats: EmulatorStats, job: _Job, now: float) -> None:
    while store.pending and store.pending[0] <= now:
        heapq.heappop(store.pending)
    heapq.heappush(store.pending, job.done_at)
    stats.max_in_flight = max(stats.max_in_flight, len(store.pending))


def _settle(stats: EmulatorStats, job: _Job, now: float) -> None:
    """Count a transcript's outcome once, the first time it is seen finished."""
    if job.reported or now < job.done_at:
        return
    job.reported = True
    if job.error is None:
        stats.completed += 1
    else:
        stats.errors += 1


_LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


async def _fetch_or_lookup(app: FastAPI, audio_url: str) -> _Upload:
    """What ``audio_url`` holds: an upload, a loopback URL fetched now, or a pretend call."""
    if httpx.URL(audio_url).host not in _LOOPBACK_HOSTS:
        return _lookup_upload(app.state.store, audio_url)
    stats: EmulatorStats = app.state.stats
    stats.fetches += 1
    try:
        async with httpx.AsyncClient(timeout=30.0, trust_env=False) as client:
            response = await client.get(audio_url)
    except httpx.HTTPError as error:
        return _download_error(audio_url, type(error).__name__)
    if not response.is_success:
        return _download_error(audio_url, f"HTTP {response.status_code}")
    stats.fetch_bytes += len(response.content)
    return _describe_upload(response.content)


def _download_error(audio_url: str, why: str) -> _Upload:
    # The real API's wording, without the URL's query (a signature).
    where = audio_url.split("?", 1)[0]
    return _Upload(0, 0.0, False, error=f"Download error, unable to download {where} ({why})")


def _lookup_upload(store: _State, audio_url: str) -> _Upload:
    if audio_url.startswith(UPLOAD_URL_PREFIX):
        upload = store.uploads.get(audio_url.removeprefix(UPLOAD_URL_PREFIX))
        if upload is not None:
            return upload
    # A remote URL: the emulator never fetches anything, so pretend it is a call.
    return _Upload(size=0, seconds=DEFAULT_AUDIO_SECONDS, is_audio=True)


def _describe_upload(body: bytes) -> _Upload:
    if body.startswith(b"RIFF"):
        layout = _wav_layout(body)
        if layout is not None:
            seconds, channels = layout
            return _Upload(size=len(body), seconds=seconds, is_audio=True, channels=channels)
    if body.startswith(_AUDIO_MAGIC) or body[4:8] == b"ftyp":
        seconds = len(body) / _ASSUMED_COMPRESSED_BYTES_PER_SECOND
        return _Upload(size=len(body), seconds=seconds, is_audio=True)
    return _Upload(size=len(body), seconds=0.0, is_audio=False)


def _wav_layout(body: bytes) -> tuple[float, int] | None:
    """A WAV upload's length in seconds and its channel count."""
    try:
        with wave.open(io.BytesIO(body), "rb") as reader:
            rate = reader.getframerate()
            if not rate:
                return None
            return reader.getnframes() / rate, reader.getnchannels()
    except (wave.Error, EOFError):
        return None


def _render(job: _Job, status: str) -> dict[str, Any]:
    """The transcript as the real API shows it in ``status``."""
    response: dict[str, Any] = {
        **job.request,
        "id": job.id,
        "status": status,
        "language_code": job.request.get("language_code") or "en_us",
        "audio_duration": None,
        "text": None,
        "words": None,
        "utterances": None,
        "confidence": None,
        "error": None,
    }
    if status == "completed":
        response.update(_completed_fields(job))
    elif status == "error":
        response["error"] = job.error
    return response


def _status(job: _Job, now: float) -> str:
    if now >= job.done_at:
        return "completed" if job.error is None else "error"
    # The real API reports "queued" briefly before it starts working.
    queued_until = job.created_at + (job.done_at - job.created_at) * 0.1
    return "queued" if now < queued_until else "processing"


def _completed_fields(job: _Job) -> dict[str, Any]:
    turns = split_turns(job.text)
    duration_ms = round(job.seconds * 1000)
    timed = _time_turns(turns, duration_ms)
    words = [word for turn in timed for word in turn["words"]]
    multichannel = bool(job.request.get("multichannel"))
    with_speakers = bool(job.request.get("speaker_labels"))
    if multichannel:
        _deal_to_channels(timed, job.channels)
    elif not with_speakers:
        for word in words:
            word["speaker"] = None
    fields: dict[str, Any] = {
        "text": " ".join(text for _, text in turns),
        "words": words,
        "utterances": timed if with_speakers or multichannel else None,
        "confidence": 0.93 if words else None,
        "audio_duration": round(job.seconds),
    }
    if multichannel:
        fields["audio_channels"] = job.channels
    return fields


def _deal_to_channels(utterances: list[dict[str, Any]], channels: int) -> None:
    """Speaker A's turns on channel "1", B's on "2"…: what a stereo call's answer says.

    As the real API does, the channel also stands in for the speaker label.
    """
    for utterance in utterances:
        index = ord(utterance["speaker"]) - ord("A")
        channel = str(index % max(channels, 1) + 1)
        utterance["speaker"] = utterance["channel"] = channel
        for word in utterance["words"]:
            word["speaker"] = word["channel"] = channel


def split_turns(text: str) -> list[tuple[str, str]]:
    """Speaker-labelled turns: ``Agent:``/``Client:`` lines, else sentences alternating A/B."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if any(_SPEAKER_PREFIX.match(line) for line in lines):
        return _labelled_turns(lines)
    sentences = [part.strip() for part in _SENTENCE_END.split(text) if part.strip()]
    return [("AB"[index % 2], sentence) for index, sentence in enumerate(sentences)]


def _labelled_turns(lines: list[str]) -> list[tuple[str, str]]:
    letters: dict[str, str] = {}
    turns: list[tuple[str, str]] = []
    speaker = "A"
    for line in lines:
        match = _SPEAKER_PREFIX.match(line)
        if match:
            # Diarization names speakers A, B... in order of first appearance.
            name = match.group(1).lower()
            speaker = letters.setdefault(name, chr(ord("A") + len(letters)))
            line = line[match.end() :]
        if line:
            turns.append((speaker, line))
    return turns


def _time_turns(turns: list[tuple[str, str]], duration_ms: int) -> list[dict[str, Any]]:
    """Spread the words evenly over the audio so timestamps stay inside it."""
    word_count = sum(len(text.split()) for _, text in turns)
    if not word_count:
        return []
    step = max(duration_ms, word_count) / word_count
    position = 0
    utterances: list[dict[str, Any]] = []
    for speaker, text in turns:
        words = []
        for token in text.split():
            start, end = int(position * step), int((position + 1) * step)
            words.append(
                {"text": token, "start": start, "end": end, "confidence": 0.93, "speaker": speaker}
            )
            position += 1
        utterances.append(
            {
                "speaker": speaker,
                "text": text,
                "start": words[0]["start"],
                "end": words[-1]["end"],
                "confidence": 0.93,
                "words": [dict(word) for word in words],
            }
        )
    return utterances
