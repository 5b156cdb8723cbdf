"""Transcripts kept by what was heard, so a resubmitted recording is not paid for twice.

The key is the SHA-256 of the trimmed audio file plus the backend and the language:
the same call trimmed the same way and sent to the same provider gives the same
words. Each entry is one small JSON file written atomically; a damaged or unreadable
entry is a miss, never an error.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from pydantic import ValidationError

from messages import Utterance
from stages.transcribe._transcribe import TranscriptionResult

log = logging.getLogger(__name__)
_CHUNK = 1024 * 1024


def _no_hit() -> None:
    """Default hit hook: nothing to count."""


class TranscriptCache:
    """A directory of transcription results; ``on_hit`` is called once per hit (metrics)."""

    def __init__(self, directory: Path, *, on_hit: Callable[[], None] = _no_hit) -> None:
        self.directory = directory
        self._on_hit = on_hit

    async def key(self, audio: Path, backend: str, language: str) -> str:
        return self.key_of_digest(await asyncio.to_thread(sha256_file, audio), backend, language)

    @staticmethod
    def key_of_digest(digest: str, backend: str, language: str) -> str:
        """The key of audio whose SHA-256 is ``digest`` (the trim stage sends it along)."""
        return hashlib.sha256(f"{digest}\0{backend}\0{language}".encode()).hexdigest()

    async def get(self, key: str) -> TranscriptionResult | None:
        result = await asyncio.to_thread(self._read, key)
        if result is not None:
            self._on_hit()
        return result

    async def put(self, key: str, result: TranscriptionResult) -> None:
        await asyncio.to_thread(self._write, key, result)

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def _read(self, key: str) -> TranscriptionResult | None:
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
            return TranscriptionResult(
                text=str(data["text"]),
                utterances=[Utterance.model_validate(u) for u in data["utterances"]],
                language=str(data["language"]),
            )
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, ValidationError) as error:
            log.warning("ignoring unreadable transcript cache entry %s: %s", key[:12], error)
            return None

    def _write(self, key: str, result: TranscriptionResult) -> None:
        path = self._path(key)
        body = json.dumps(
            {
                "text": result.text,
                "utterances": [u.model_dump(mode="json") for u in result.utterances],
                "language": result.language,
            },
            ensure_ascii=False,
        )
        temp: str | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(prefix=f".{key[:12]}.", suffix=".tmp", dir=path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(body)
            os.replace(temp, path)
        except OSError as error:
            # The transcript is good; losing its cache entry only costs a future call.
            log.warning("could not write transcript cache entry: %s", error)
            if temp is not None:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(temp)


def sha256_file(path: Path) -> str:
    """The hex SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as audio:
        while chunk := audio.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
