"""``audio-nlp run``: the five stages in one process, no broker: the way to try one recording."""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path
from uuid import uuid4

import httpx

from consumers.handlers import deliver_options, download_options, trim_options
from consumers.providers import build_extractor, build_transcriber
from consumers.settings import Settings
from messages import AudioDownloaded, JobRequest
from stages import deliver, download, extract, transcribe, trim
from stages.errors import PermanentError
from stages.extract.profiles import get_profile


def _progress(step: str, started: float) -> None:
    print(f"[{time.perf_counter() - started:6.2f}s] {step}", file=sys.stderr, flush=True)


def _local_file(source: Path, settings: Settings, fiche_id: int) -> AudioDownloaded:
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


async def run_once(source: str, settings: Settings, *, fiche_id: int = 0) -> dict[str, object]:
    """Run every stage on ``source`` (a path or URL); deliver when ``PHP_API_URL`` is set."""
    started = time.perf_counter()
    async with httpx.AsyncClient() as client:
        if source.startswith(("http://", "https://")):
            job = JobRequest.model_validate({"fiche_id": fiche_id, "audio_url": source})
            downloaded = await download.download(job, download_options(settings), client)
        else:
            downloaded = _local_file(Path(source), settings, fiche_id)
        _progress(f"downloaded {downloaded.size_bytes} bytes", started)
        trimmed = await trim.trim(downloaded, trim_options(settings))
        _progress(
            f"trimmed {trimmed.original_seconds:.1f}s to {trimmed.trimmed_seconds:.1f}s", started
        )
        transcript = await transcribe.transcribe(
            trimmed, build_transcriber(settings), language=settings.language
        )
        _progress(f"transcribed {len(transcript.text)} characters ({transcript.backend})", started)
        extraction = await extract.extract(
            transcript, build_extractor(settings), profile=get_profile(settings.profile)
        )
        _progress(f"extracted fields with {extraction.model}", started)
        if not settings.php_api_url:
            _progress("PHP_API_URL not set: printing the payload without delivering", started)
            shutil.rmtree(settings.data_dir / str(extraction.job_id), ignore_errors=True)
            return deliver.build_payload(
                extraction, include_transcript=settings.deliver_include_transcript
            )
        delivered = await deliver.deliver(extraction, deliver_options(settings), client)
        _progress(f"delivered: HTTP {delivered.status_code}", started)
        return delivered.payload
