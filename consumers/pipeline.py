"""``audio-nlp run``: one recording through the stages in one process, no broker.

The stages are the workers' own (``consumers.stage_table``): the same handlers with the
same transcript cache, prices and profile; only the queues between them are replaced by
direct calls. A URL starts at the download stage, a local file at the trim stage; the
deliver stage runs only when ``PHP_API_URL`` is set.
"""

from __future__ import annotations

import shutil
import sys
import time
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any
from uuid import uuid4

from consumers.settings import Settings
from consumers.stage_table import PIPELINE, Handler, Stage, stage
from messages import AudioDownloaded, Delivered, Extraction, JobRequest, StageMessage
from stages import deliver
from stages.errors import PermanentError


def _progress(step: str, started: float) -> None:
    print(f"[{time.perf_counter() - started:6.2f}s] {step}", file=sys.stderr, flush=True)


def _local_file(source: Path, settings: Settings, fiche_id: int) -> AudioDownloaded:
    """What the download stage would have published for a file already on this machine."""
    if not source.is_file():
        raise PermanentError(f"no such file: {source}")
    job_id = uuid4()
    folder = settings.data_dir / str(job_id)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"source{source.suffix.lower() or '.audio'}"
    shutil.copyfile(source, target)
    return AudioDownloaded(
        job_id=job_id,
        fiche_id=fiche_id,
        audio_url=source.resolve().as_uri(),
        path=str(target),
        size_bytes=target.stat().st_size,
    )


def _first_message(source: str, settings: Settings, fiche_id: int) -> StageMessage:
    if source.startswith(("http://", "https://")):
        return JobRequest.model_validate({"fiche_id": fiche_id, "audio_url": source})
    return _local_file(Path(source), settings, fiche_id)


def _stages_for(first: StageMessage, settings: Settings) -> list[Stage[Any, Any]]:
    start = next(index for index, row in enumerate(PIPELINE) if isinstance(first, row.input))
    rows = list(PIPELINE[start:])
    if not settings.php_api_url:
        rows = [row for row in rows if row is not stage("deliver")]
    return rows


async def run_once(source: str, settings: Settings, *, fiche_id: int = 0) -> dict[str, object]:
    """Run the stages on ``source`` (a path or URL); return the payload delivered (or not).

    Every stage's settings are checked and its resources opened before the first one
    runs, so a missing key fails before any download; all are closed on the way out.
    """
    started = time.perf_counter()
    message = _first_message(source, settings, fiche_id)
    rows = _stages_for(message, settings)
    for row in rows:
        row.check(settings)
    async with AsyncExitStack() as opened:
        handlers: list[tuple[Stage[Any, Any], Handler]] = [
            (row, await opened.enter_async_context(row.open(settings))) for row in rows
        ]
        for row, handle in handlers:
            message = await handle(message)
            _progress(row.summary(message), started)
    if isinstance(message, Delivered):
        return message.payload
    assert isinstance(message, Extraction), "every stage but deliver ran"
    _progress("PHP_API_URL not set: printing the payload without delivering", started)
    shutil.rmtree(settings.data_dir / str(message.job_id), ignore_errors=True)
    return deliver.build_payload(message, include_transcript=settings.deliver_include_transcript)
