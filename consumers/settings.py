"""Configuration from the environment or ``.env``; one clear line when something is wrong."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from stages.extract.local import default_model_path, default_server_path
from stages.extract.profiles import get_profile

if TYPE_CHECKING:
    from consumers.timeline import Limits as TimelineLimits


class SettingsError(Exception):
    """A missing or invalid setting; the message names it and is safe to print."""


class Settings(BaseSettings):
    """Every setting, read once at process start; environment names are the field names."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", case_sensitive=False
    )

    rabbitmq_url: SecretStr = SecretStr("amqp://guest:guest@127.0.0.1:5672/")
    queue_prefix: str = Field("audio-nlp", pattern=r"^[A-Za-z0-9_.\-]+$")
    data_dir: Path = Path("data")
    # Where a job's audio lives between stages: "" (or file://) is DATA_DIR itself, shared
    # by the workers; s3://bucket/prefix an S3-compatible store (AWS_* settings), with
    # DATA_DIR only each worker's own scratch.
    storage_url: str = Field("", pattern=r"^(|file:.*|s3://[^/]+(/.*)?)$")
    # How long a pre-signed URL given to AssemblyAI for the trimmed audio stays valid.
    storage_presign_seconds: int = Field(3600, ge=60, le=7 * 24 * 3600)

    # The original service read a lower-case ``php_api_url``; both spellings work.
    php_api_url: str | None = Field(
        None, validation_alias=AliasChoices("PHP_API_URL", "php_api_url")
    )
    deliver_timeout_seconds: float = Field(30.0, gt=0)
    deliver_include_transcript: bool = False

    download_max_bytes: int = Field(200 * 1024 * 1024, gt=0)
    download_connect_timeout: float = Field(10.0, gt=0)
    download_read_timeout: float = Field(30.0, gt=0)
    # The original service fetched /RECORDINGS/ORIG/x.wav for /RECORDINGS/MP3/x.mp3.
    download_rewrite_mp3_to_orig_wav: bool = False

    trim_min_silence_ms: int = Field(400, ge=30)
    trim_padding_ms: int = Field(100, ge=0)
    trim_vad_mode: int = Field(2, ge=0, le=3)

    transcriber: Literal["assemblyai", "whisper", "openai"] = "assemblyai"
    assemblyai_api_key: SecretStr | None = None
    assemblyai_base_url: str = "https://api.assemblyai.com"
    assemblyai_poll_seconds: float = Field(3.0, gt=0)
    # Per HTTP request (upload, create, each poll); the whole wait is bounded separately.
    assemblyai_timeout_seconds: float = Field(30.0, gt=0)
    whisper_model: str = "base"
    language: str = "fr"

    openai_api_key: SecretStr | None = None
    openai_base_url: str | None = None
    openai_model: str = "gpt-4o-mini"
    openai_timeout_seconds: float = Field(120.0, gt=0)
    # "rules" runs the built-in French keyword extractor: offline, free, less thorough;
    # "local" a llama-server on this machine (``make local-llm``), through the OpenAI SDK.
    extractor: Literal["openai", "rules", "local"] = "openai"
    # EXTRACTOR=local: an already-running llama-server (e.g. the Kubernetes Service); then
    # nothing is started. Its OpenAI API is under /v1.
    local_llm_url: str | None = None
    local_llm_model: Path = Field(default_factory=default_model_path)
    local_llm_server: Path = Field(default_factory=default_server_path)
    local_llm_threads: int | None = Field(None, ge=1, description="Defaults to the cores.")
    # The answer's token cap: without one a small model can loop for minutes.
    local_llm_max_tokens: int = Field(700, ge=64)
    local_llm_timeout_seconds: float = Field(600.0, gt=0)
    # Ask the local model for a quote per value too (about twice the answer's tokens).
    local_llm_citations: bool = False

    metrics_port: int = Field(9100, ge=0, le=65535)
    prefetch: int | None = Field(None, ge=1, description="Overrides the stage's default prefetch.")
    max_attempts: int = Field(5, ge=1)
    retry_delays: str = Field("5,30,120,600,1800", pattern=r"^\d+(\.\d+)?(,\d+(\.\d+)?)*$")
    shutdown_grace_seconds: float = Field(60.0, ge=0)
    # Deliveries a message may take without an outcome (its worker died holding it) before
    # the worker dead-letters it; the queues' policy backstop sits 2 above (at most 19).
    delivery_limit: int = Field(10, ge=1, le=17)
    # For ``audio-nlp queues protect``: http(s)://user:password@host:15672 of the broker.
    rabbitmq_management_url: SecretStr | None = None

    ingress_max_body_bytes: int = Field(64 * 1024, gt=0)
    # The job timeline stream's retention (consumers.timeline): age, then total size.
    timeline_max_age: str = Field("7D", pattern=r"^\d+[YMDhms]$")
    timeline_max_bytes: int = Field(200 * 1024 * 1024, gt=0)

    # --- security ---
    # Turns the download stage's private-address check off: tests and loopback demos only.
    allow_private_urls: bool = False
    # Comma-separated exact hosts or "*.suffix"; empty allows any public host.
    audio_url_allowed_hosts: str = ""
    download_total_timeout: float = Field(600.0, gt=0)
    max_audio_seconds: float = Field(7200.0, gt=0)
    # Comma-separated bearer tokens for POST /process; empty leaves the ingress open.
    ingress_tokens: SecretStr = SecretStr("")
    # Standard Webhooks secret ("whsec_<base64>" or raw) signing deliveries to the backend.
    webhook_secret: SecretStr | None = None

    # --- quality ---
    # Voice activity detector of the trim stage: Silero tells speech from hold music.
    vad: Literal["webrtc", "silero"] = "silero"
    vad_threshold: float = Field(0.5, gt=0, lt=1, description="Silero speech probability.")
    # TRANSCRIBER=openai: any server speaking OpenAI's /v1/audio/transcriptions.
    openai_transcribe_model: str = "whisper-1"
    transcript_cache: bool = True
    # Who speaks on each channel of a stereo call: channel 1 (left), then channel 2.
    channel_roles: str = "agent,client"
    transcript_cache_dir: Path | None = Field(
        None, description="Defaults to DATA_DIR/.transcript-cache."
    )
    # Named extraction profile: prompt, schema and delivered keys (stages.extract.profiles).
    profile: str = "solar"
    # Provider prices in USD, for the cost per call in the payload and metrics.
    price_assemblyai_per_hour: float = Field(0.37, ge=0)
    price_openai_transcribe_per_minute: float = Field(0.006, ge=0)
    price_llm_input_per_million: float = Field(0.15, ge=0)
    price_llm_output_per_million: float = Field(0.60, ge=0)

    def transcript_cache_path(self) -> Path:
        return self.transcript_cache_dir or self.data_dir / ".transcript-cache"

    @field_validator("profile")
    @classmethod
    def _known_profile(cls, value: str) -> str:
        get_profile(value)  # raises naming the profile and the known ones
        return value

    @field_validator("channel_roles")
    @classmethod
    def _two_roles(cls, value: str) -> str:
        roles = [role.strip().lower() for role in value.split(",")]
        if len(roles) != 2 or not all(roles) or roles[0] == roles[1]:
            raise ValueError("must be two different comma-separated roles, e.g. agent,client")
        return ",".join(roles)

    def channel_role_names(self) -> tuple[str, str]:
        """CHANNEL_ROLES as (channel 1's role, channel 2's role)."""
        first, second = self.channel_roles.split(",")
        return first, second

    @field_validator("php_api_url", "local_llm_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("must be an http:// or https:// URL")
        return value

    def timeline_limits(self) -> TimelineLimits:
        from consumers.timeline import Limits

        return Limits(max_age=self.timeline_max_age, max_bytes=self.timeline_max_bytes)

    def retry_delay_steps(self) -> tuple[float, ...]:
        return tuple(float(step) for step in self.retry_delays.split(","))


def load_settings(**overrides: object) -> Settings:
    """Read the settings, turning pydantic's report into one line naming the setting."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as error:
        first = error.errors()[0]
        name = ".".join(str(part) for part in first["loc"]).upper() or "settings"
        raise SettingsError(f"invalid setting {name}: {first['msg']}") from None
