"""A local llama-server for ``EXTRACTOR=local``: started, watched and stopped by the worker.

The extract stage talks to it through the same OpenAI SDK code path as OpenAI
(``stages.extract.llm.OpenAIExtractor`` with ``base_url`` pointing here); this module only
owns the process. ``make local-llm`` installs the model and builds the binary into
``default_llm_dir()``; nothing is downloaded or built at run time.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import time
import typing
from pathlib import Path
from typing import IO, Annotated, Any

import httpx
from pydantic import BaseModel, Field, create_model

from stages._resource import AsyncResource
from stages.extract._extract import ExtractionResult
from stages.extract.llm import OpenAIExtractor
from stages.extract.profiles import CITATIONS, answer_model, partial_schema

__all__ = [
    "SLOTS",
    "LocalExtractor",
    "LocalLLMMissing",
    "LocalLLMServer",
    "bounded",
    "default_llm_dir",
    "default_model_path",
    "default_server_path",
]

log = logging.getLogger(__name__)

MODEL_FILE = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
SERVER_FILE = "llama-server"
# A 10-minute call is about 2,500 tokens of French; the prompt and the answer fit beside it.
DEFAULT_CONTEXT = 8192
# Calls the supervised server answers at once. One slot, so consecutive calls share its KV
# cache: the system prompt, the same for every call, is evaluated once and reused.
SLOTS = 1
_POLL_SECONDS = 0.25
_STOP_SECONDS = 10.0
_REAP_SECONDS = 5.0
# /health answers at once even while a completion runs (one HTTP thread, one slot).
_PROBE_SECONDS = 10.0


def default_llm_dir() -> Path:
    """Where ``make local-llm`` puts the model and the binary."""
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "audio-nlp-pipeline" / "llm"


def default_model_path() -> Path:
    return default_llm_dir() / MODEL_FILE


def default_server_path() -> Path:
    return default_llm_dir() / SERVER_FILE


class LocalLLMMissing(FileNotFoundError):
    """The model or the llama-server binary is not installed."""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class LocalLLMServer(AsyncResource):
    """A llama-server subprocess on 127.0.0.1 serving the OpenAI chat-completions API.

    ``async with`` starts it and returns once ``/health`` answers; ``ensure_running()``
    starts it again if it died since; closing terminates it (then kills it).

    Args:
        model: the GGUF file.
        server: the llama-server binary.
        threads: CPU threads (default: the machine's cores).
        context: context size in tokens.
        log_dir: where the server's log goes (a file per start).
        startup_seconds: how long loading the model may take before giving up.
    """

    def __init__(
        self,
        *,
        model: Path,
        server: Path,
        threads: int | None = None,
        context: int = DEFAULT_CONTEXT,
        log_dir: Path,
        startup_seconds: float = 180.0,
    ) -> None:
        self.model = model
        self.server = server
        self.threads = threads or os.cpu_count() or 1
        self.context = context
        self.log_dir = log_dir
        self.startup_seconds = startup_seconds
        self.port = 0
        self.log_path: Path | None = None
        self.starts = 0
        self._process: asyncio.subprocess.Process | None = None
        self._log: IO[bytes] | None = None
        self._lock = asyncio.Lock()

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT`` of the running server (the OpenAI API is under /v1)."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def running(self) -> bool:
        return self._process is not None and self._process.returncode is None

    async def __aenter__(self) -> LocalLLMServer:
        await self.ensure_running()
        return self

    async def ensure_running(self) -> None:
        """Start the server unless it answers; one that died or hangs is logged and restarted."""
        async with self._lock:
            if self.running() and await self._answers():
                return
            if self.running():
                # Killed a moment ago (the loop has not reaped it yet) or hung: make sure.
                assert self._process is not None
                try:
                    await asyncio.wait_for(self._process.wait(), _REAP_SECONDS)
                except TimeoutError:
                    log.warning("llama-server (pid %s) stopped answering", self._process.pid)
                    await self._stop()
            if self._process is not None:
                log.warning(
                    "llama-server (pid %s) exited with code %s; restarting it (log: %s)",
                    self._process.pid,
                    self._process.returncode,
                    self.log_path,
                )
                self._close_log()
            await self._start()

    async def _start(self) -> None:
        for path, what in ((self.model, "model"), (self.server, "llama-server binary")):
            if not path.is_file():
                raise LocalLLMMissing(
                    f"the local LLM {what} is not at {path}: run `make local-llm`"
                )
        self.log_dir.mkdir(parents=True, exist_ok=True)
        # A restart keeps the port: the SDK client was given this base URL.
        self.port = self.port or _free_port()
        self.log_path = self.log_dir / f"llama-server-{self.port}-{self.starts + 1}.log"
        self._log = self.log_path.open("ab")
        args = [
            *("-m", str(self.model), "-c", str(self.context), "-np", str(SLOTS)),
            *("-t", str(self.threads), "--cache-ram", "256", "--cache-reuse", "256"),
            *("--host", "127.0.0.1", "--port", str(self.port), "--no-webui"),
        ]
        self._process = await asyncio.create_subprocess_exec(
            str(self.server), *args, stdout=self._log, stderr=asyncio.subprocess.STDOUT
        )
        self.starts += 1
        log.info("llama-server started (pid %s, port %s)", self._process.pid, self.port)
        try:
            await self._wait_healthy()
        except BaseException:
            await self._stop()
            raise

    async def _answers(self) -> bool:
        try:
            async with httpx.AsyncClient(timeout=_PROBE_SECONDS) as client:
                return (await client.get(f"{self.base_url}/health")).status_code == 200
        except httpx.HTTPError:
            return False

    async def _wait_healthy(self) -> None:
        deadline = time.monotonic() + self.startup_seconds
        async with httpx.AsyncClient(timeout=5.0) as client:
            while True:
                assert self._process is not None
                if self._process.returncode is not None:
                    raise RuntimeError(
                        f"llama-server exited with code {self._process.returncode} while "
                        f"starting; see {self.log_path}"
                    )
                with contextlib.suppress(httpx.HTTPError):
                    # 503 while the model loads, 200 once it serves.
                    if (await client.get(f"{self.base_url}/health")).status_code == 200:
                        return
                if time.monotonic() > deadline:
                    raise TimeoutError(
                        f"llama-server did not answer /health within {self.startup_seconds:.0f}"
                        f" s; see {self.log_path}"
                    )
                await asyncio.sleep(_POLL_SECONDS)

    async def aclose(self) -> None:
        """Terminate the server (kill it if it lingers) and close its log."""
        async with self._lock:
            await self._stop()

    async def _stop(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.returncode is None:
            process.terminate()
            try:
                await asyncio.wait_for(process.wait(), _STOP_SECONDS)
            except TimeoutError:
                process.kill()
                await process.wait()
        self._close_log()

    def _close_log(self) -> None:
        if self._log is not None:
            self._log.close()
            self._log = None


def bounded(model: type[BaseModel], *, chars: int = 80, items: int = 2) -> type[BaseModel]:
    """``model`` with every string capped at ``chars`` and every list at ``items``.

    The bounds become ``maxLength``/``maxItems`` in the JSON schema, which llama-server's
    grammar enforces: a small model otherwise writes summaries and lists until the token
    cap cuts the JSON. Field names, aliases and descriptions stay, so the delivered keys do
    not change; the result is a subclass of ``model``. Nested models are bounded too, and a
    list of models (the citations) keeps one item per field of the item's ``field`` enum.
    """
    overrides: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        kind = info.annotation
        if kind is str:
            bound: Any = Annotated[str, *info.metadata, Field(max_length=chars)]
        elif typing.get_origin(kind) is list:
            (item,) = typing.get_args(kind)
            limit = items
            if isinstance(item, type) and issubclass(item, BaseModel):
                limit = _choices(item) or items
                item = bounded(item, chars=chars // 2, items=items)
            elif item is str:
                item = Annotated[str, Field(max_length=chars)]
            bound = Annotated[list[item], Field(max_length=limit)]  # type: ignore[valid-type]
        else:
            continue
        overrides[name] = (bound, Field(alias=info.alias, description=info.description))
    if not overrides:
        return model
    result: type[BaseModel] = create_model(model.__name__, __base__=model, **overrides)
    return result


def _choices(item: type[BaseModel]) -> int:
    """How many values the item model's ``field`` enum has (0 without one)."""
    info = item.model_fields.get("field")
    if info is None or typing.get_origin(info.annotation) is not typing.Literal:
        return 0
    return len(typing.get_args(info.annotation))


class LocalExtractor(AsyncResource):
    """``OpenAIExtractor`` against a local server, restarting the server first if it died.

    A 1.5B model on two cores writes about ten tokens a second, and the whole fiche is some
    560 of them; so by default it is asked only the profile's ``local_keys`` (the keys where
    it beats the rules: the city, docs/quality.md), with the same prompt rules and
    that part of the field guide, and the profile's rules fill the rest from the same
    transcript (docs/quality.md, "Local LLM").

    Args:
        extractor: the OpenAI-SDK extractor whose ``base_url`` is the server's; its answer
            model's bounds and citations choice carry over to the part asked.
        server: the supervised server, or None for one run elsewhere (``LOCAL_LLM_URL``).
        whole: ask the model every key, as OpenAI is asked (no rules pre-pass).
    """

    name = "local"

    def __init__(
        self, extractor: OpenAIExtractor, server: LocalLLMServer | None, *, whole: bool = False
    ) -> None:
        self.extractor = extractor
        self.server = server
        keys = () if whole or extractor.profile.rules is None else extractor.profile.local_keys
        self.asking = extractor
        if keys:
            part = partial_schema(extractor.profile.schema, keys)
            cited = CITATIONS in extractor.answer.model_fields
            answer = bounded(answer_model(part) if cited else part)
            self.asking = extractor.narrowed(keys, answer=answer)

    async def extract(self, transcript: str) -> ExtractionResult:
        if self.server is not None:
            await self.server.ensure_running()
        return await self.asking.extract(transcript)

    async def aclose(self) -> None:
        """Close the SDK client, then stop the server."""
        try:
            await self.extractor.aclose()
        finally:
            if self.server is not None:
                await self.server.aclose()
