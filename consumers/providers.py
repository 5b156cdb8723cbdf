"""Pick the transcription and extraction backends from the settings.

Backends plug in like httpx transports: each is a small class with one async method,
and only this module knows which one a deployment uses.
"""

from __future__ import annotations

from consumers.settings import Settings, SettingsError
from stages.extract import Extractor, RulesExtractor
from stages.extract.profiles import get_profile
from stages.transcribe import Transcriber


def build_transcriber(settings: Settings) -> Transcriber:
    if settings.transcriber == "whisper":
        from stages.transcribe.whisper import WhisperTranscriber

        return WhisperTranscriber(settings.whisper_model)
    if settings.transcriber == "openai":
        from stages.transcribe.openai_audio import OpenAITranscriber

        if settings.openai_api_key is None:
            raise SettingsError("OPENAI_API_KEY is not set: needed with TRANSCRIBER=openai")
        return OpenAITranscriber(
            api_key=settings.openai_api_key.get_secret_value(),
            base_url=settings.openai_base_url,
            model=settings.openai_transcribe_model,
        )
    from stages.transcribe.assemblyai import AssemblyAITranscriber

    if settings.assemblyai_api_key is None:
        raise SettingsError("ASSEMBLYAI_API_KEY is not set: needed with TRANSCRIBER=assemblyai")
    return AssemblyAITranscriber(
        settings.assemblyai_api_key.get_secret_value(),
        base_url=settings.assemblyai_base_url,
        poll_seconds=settings.assemblyai_poll_seconds,
        http_timeout=settings.assemblyai_timeout_seconds,
        max_concurrency=settings.prefetch or 16,
    )


def build_extractor(settings: Settings) -> Extractor:
    profile = get_profile(settings.profile)
    if settings.extractor == "rules":
        if profile.rules is None:
            raise SettingsError(f"PROFILE={profile.name} has no rules extractor: EXTRACTOR=rules")
        return RulesExtractor(profile)
    from stages.extract.llm import OpenAIExtractor

    if settings.openai_api_key is None:
        raise SettingsError("OPENAI_API_KEY is not set: the extract stage needs it")
    return OpenAIExtractor(
        api_key=settings.openai_api_key.get_secret_value(),
        base_url=settings.openai_base_url,
        model=settings.openai_model,
        timeout=settings.openai_timeout_seconds,
        profile=profile,
    )
