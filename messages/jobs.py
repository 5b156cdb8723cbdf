"""What each queue carries. Every message is a ``StageMessage``: it names its job."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Literal
from uuid import UUID, uuid4

from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field, NonNegativeFloat, model_validator

from messages.customer_service import CustomerServiceFields
from messages.lead import LeadFields

SCHEMA_VERSION = 1


def _now() -> datetime:
    return datetime.now(UTC)


class StageMessage(BaseModel):
    """Fields every message carries from submission to delivery."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    schema_version: int = SCHEMA_VERSION
    job_id: UUID = Field(default_factory=uuid4)
    fiche_id: Annotated[int, Field(ge=0, strict=False)]
    submitted_at: datetime = Field(default_factory=_now)

    def carry(self) -> dict[str, object]:
        """The identity fields, to build the next stage's message from this one."""
        return {
            "schema_version": SCHEMA_VERSION,
            "job_id": self.job_id,
            "fiche_id": self.fiche_id,
            "submitted_at": self.submitted_at,
        }


class JobRequest(StageMessage):
    """A submitted call: the download queue's message.

    Publishers may send only ``{"fiche_id": int, "audio_url": str}``; ``job_id``
    and ``submitted_at`` are filled in on first read when absent.
    """

    audio_url: AnyHttpUrl


def _key_or_path(message: AudioDownloaded | AudioTrimmed) -> None:
    if not message.key and not message.path:
        raise ValueError("the message names no audio: set key (or, before storage keys, path)")


_KEY = Field(
    "",
    description="The audio's object key in STORAGE_URL (<job_id>/<name>); empty only in "
    "messages of the release before storage keys, which carry a path instead.",
)
_PATH = Field(
    "",
    description="The audio's file with file storage, for workers of the previous release "
    "(empty with S3 storage). Read only when key is empty.",
)


class AudioDownloaded(StageMessage):
    """The recording is stored: the trim queue's message."""

    audio_url: str
    key: str = _KEY
    path: str = _PATH
    size_bytes: int = Field(ge=0)
    content_type: str | None = None

    @model_validator(mode="after")
    def _names_audio(self) -> AudioDownloaded:
        _key_or_path(self)
        return self


class Span(BaseModel):
    """A kept stretch of the original recording, in seconds."""

    model_config = ConfigDict(frozen=True)

    start: NonNegativeFloat
    end: NonNegativeFloat


class AudioTrimmed(StageMessage):
    """Silence removed, 16 kHz WAV (mono, or stereo for a two-channel call): the transcribe
    queue's message."""

    key: str = _KEY
    path: str = _PATH
    # SHA-256 of the trimmed WAV: the transcript cache's key without fetching the audio
    # (None in messages from before; the file is hashed then).
    sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    original_seconds: NonNegativeFloat
    trimmed_seconds: NonNegativeFloat
    kept_spans: list[Span] = Field(default_factory=list)
    # 2 when the recording kept one speaker per channel (messages from before: mono).
    channels: int = Field(default=1, ge=1, le=2)

    @model_validator(mode="after")
    def _names_audio(self) -> AudioTrimmed:
        _key_or_path(self)
        return self


class Utterance(BaseModel):
    model_config = ConfigDict(frozen=True)

    speaker: str
    text: str
    start_ms: int = Field(ge=0)
    end_ms: int = Field(ge=0)
    # start_ms/end_ms are on the trimmed audio the transcriber heard; these are the same
    # moments on the original recording (None in messages from before the time map).
    original_start_ms: int | None = Field(default=None, ge=0)
    original_end_ms: int | None = Field(default=None, ge=0)
    # Set for a stereo call: the channel (1 = left) the words were heard on, and the role
    # CHANNEL_ROLES gives that channel ("agent", "client"). None when diarized or mono.
    channel: int | None = Field(default=None, ge=1)
    role: str | None = None


class Transcript(StageMessage):
    """What was said: the extract queue's message."""

    text: str
    utterances: list[Utterance] = Field(default_factory=list)
    language: str
    backend: str
    audio_seconds: NonNegativeFloat = 0.0
    key: str | None = Field(
        default=None, description="The trimmed audio's object key, kept until delivery."
    )
    path: str | None = Field(
        default=None, description="The trimmed audio's file with file storage (see key)."
    )
    original_seconds: NonNegativeFloat = Field(
        default=0.0, description="Length of the recording before trimming."
    )
    cached: bool = Field(default=False, description="Served from the transcript cache.")
    cost_usd: NonNegativeFloat = Field(default=0.0, description="What transcription cost.")


class TokenUsage(BaseModel):
    model_config = ConfigDict(frozen=True)

    prompt_tokens: int = Field(ge=0)
    completion_tokens: int = Field(ge=0)


class Evidence(BaseModel):
    """What one delivered value rests on: the words of the call and when they were said."""

    model_config = ConfigDict(frozen=True)

    quote: str = Field(description="The supporting words, as cited or as said.")
    # On the original recording's timeline; None when the transcript had no timed utterances.
    start_ms: int | None = Field(default=None, ge=0)
    end_ms: int | None = Field(default=None, ge=0)
    confidence: float = Field(
        ge=0.0, le=1.0, description="1 for an exact quote, less for a fuzzy or located one."
    )


ExtractedFields = LeadFields | CustomerServiceFields
"""What an extraction profile fills; ``FIELD_MODELS`` says which one each profile uses."""

FIELD_MODELS: dict[str, type[ExtractedFields]] = {
    "solar": LeadFields,
    "customer_service": CustomerServiceFields,
}


class Extraction(StageMessage):
    """The extracted fields: the deliver queue's message."""

    # Which extraction profile filled ``fields``, so delivery maps them to the right keys;
    # messages from before profiles existed carry lead fields and are "solar".
    profile: str = "solar"
    fields: ExtractedFields
    transcript: str
    model: str
    usage: TokenUsage
    transcription_cost_usd: NonNegativeFloat = 0.0
    extraction_cost_usd: NonNegativeFloat = 0.0
    # By delivered key, for every checked value that is not "-" (and derived ones that
    # cited a quote); messages from before evidence carry none.
    evidence: dict[str, Evidence] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _fields_fit_profile(self) -> Extraction:
        expected = FIELD_MODELS.get(self.profile)
        if expected is None:
            raise ValueError(f"unknown extraction profile {self.profile!r}")
        if not isinstance(self.fields, expected):
            raise ValueError(
                f"profile {self.profile!r} carries {expected.__name__}, "
                f"not {type(self.fields).__name__}"
            )
        return self


class Delivered(StageMessage):
    """The outcome of the last stage; nothing consumes it, it is returned and logged."""

    status_code: int
    payload: dict[str, object]


class DeadLetterInfo(BaseModel):
    """Why a message sits in a dead-letter queue (carried as headers, shown by tooling)."""

    stage: str
    error_class: Literal["permanent", "transient", "crash-loop"]
    error_type: str
    error: str
    attempts: int = 1
