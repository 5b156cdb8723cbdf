"""Valid message instances for tests: every field "-" or a neutral default unless overridden."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import messages
from messages import UNKNOWN, LeadFields
from stages.trim import TrimResult

# Fields that are not free text: a neutral valid value each.
_NON_TEXT_DEFAULTS: dict[str, object] = {
    "adresse_modifiee": 0,
    "score_interet": 0,
    "classement": "Valide",
    "disponibilite": "Non",
    "analyse_agent": [],
    "recommandations_qualiticien": [],
}

DEFAULT_TRANSCRIPT = "Agent: Bonjour madame.\nClient: Bonjour."


def _field_name(key: str) -> str:
    """Accept a PHP key (alias, e.g. ``20m_data_ia``) as well as the Python field name."""
    for name, field in LeadFields.model_fields.items():
        if key in (name, field.alias):
            return name
    raise TypeError(f"LeadFields has no field {key!r}")


def lead_fields(**overrides: Any) -> LeadFields:
    """A valid LeadFields; keyword arguments may use field names or PHP keys."""
    values: dict[str, object] = {
        name: _NON_TEXT_DEFAULTS.get(name, UNKNOWN) for name in LeadFields.model_fields
    }
    values.update({_field_name(key): value for key, value in overrides.items()})
    return LeadFields.model_validate(values)


def extraction(
    job_id: UUID | None = None,
    fiche_id: int = 12345,
    *,
    transcript: str = DEFAULT_TRANSCRIPT,
    **fields: Any,
) -> messages.Extraction:
    """A deliver-queue message; ``fields`` override lead fields (see ``lead_fields``)."""
    return messages.Extraction(
        job_id=job_id or uuid4(),
        fiche_id=fiche_id,
        fields=lead_fields(**fields),
        transcript=transcript,
        model="gpt-4o-mini",
        usage=messages.TokenUsage(prompt_tokens=0, completion_tokens=0),
    )


def audio_trimmed(path: Path, result: TrimResult, fiche_id: int = 7) -> messages.AudioTrimmed:
    """The transcribe stage's message for ``path``, which the trim wrote as ``result`` says."""
    return messages.AudioTrimmed(
        fiche_id=fiche_id,
        path=str(path),
        original_seconds=result.original_seconds,
        trimmed_seconds=result.trimmed_seconds,
        kept_spans=result.kept_spans,
        channels=result.channels,
    )
