"""The format of a scripted call (``benchmarks.calls``, ``benchmarks.held_out``): its turns,
its voices and its gold fields, and the scored keys of a lead."""

from __future__ import annotations

import re
from dataclasses import dataclass

from messages.lead import LeadFields

__all__ = [
    "FREE_TEXT_KEYS",
    "GOLD_KEYS",
    "LOST",
    "OWNER",
    "SPEAKERS",
    "Script",
    "Turn",
    "script",
]

# Derived or free-text fields: no single right wording, so never scored by exact match.
FREE_TEXT_KEYS: tuple[str, ...] = (
    "commentaire_suggestion_ia",
    "score_interet",
    "interet_exprime",
    "infos_collectees",
    "objections",
    "analyse_agent",
    "recommandations_qualiticien",
)
GOLD_KEYS: tuple[str, ...] = tuple(
    field.alias or name
    for name, field in LeadFields.model_fields.items()
    if (field.alias or name) not in FREE_TEXT_KEYS
)
SPEAKERS = {"A": "Agent", "C": "Client"}
_RESPELLING = re.compile(r"\{([^|{}]*)\|([^|{}]*)\}")


@dataclass(frozen=True)
class Turn:
    """One utterance: who says it, the reference text and what the voice is given."""

    speaker: str
    text: str
    spoken: str


@dataclass(frozen=True)
class Script:
    """One call: its turns, the voices of its two speakers and its gold fields."""

    name: str
    summary: str
    voices: dict[str, str]
    turns: tuple[Turn, ...]
    # Index of the turn after which the client waits on hold, if any.
    hold_after: int | None
    gold: dict[str, str]
    objections: str

    @property
    def script(self) -> str:
        """``Agent:``/``Client:`` lines, the format of ``devkit/samples/*.txt``."""
        return "".join(f"{t.speaker}: {t.text}\n" for t in self.turns)


def _parse(body: str) -> tuple[tuple[Turn, ...], int | None]:
    turns: list[Turn] = []
    hold: int | None = None
    lines: list[str] = []
    for raw in body.strip().splitlines():
        line = raw.strip()
        # A line that is neither a turn nor a hold continues the turn above it.
        if lines and line != "~" and line[:3] not in ("A: ", "C: "):
            lines[-1] += " " + line
        else:
            lines.append(line)
    for line in lines:
        if line == "~":
            hold = len(turns) - 1
            continue
        tag, _, said = line.partition(": ")
        text = _RESPELLING.sub(r"\1", said)
        spoken = _RESPELLING.sub(r"\2", said)
        turns.append(Turn(SPEAKERS[tag], text, spoken))
    return tuple(turns), hold


def script(
    name: str,
    summary: str,
    body: str,
    *,
    client: str,
    objections: str = "-",
    **gold: str,
) -> Script:
    """A script whose client is ``client`` ("Mr" or "Mme"); unnamed gold fields are "-"."""
    # The agent speaks in the other voice, so the two are never the same timbre.
    voices = (
        {"Agent": "femme", "Client": "homme"}
        if client == "Mr"
        else {"Agent": "homme", "Client": "femme"}
    )
    fields = {key: "-" for key in GOLD_KEYS}
    fields["adresse_modifiee"] = "0"
    fields["entretien_data_ia"] = client
    for key, value in gold.items():
        php_key = "20m_data_ia" if key == "toit_libre" else key
        if php_key not in fields:
            raise KeyError(f"{name}: {key} is not a scored lead field")
        fields[php_key] = value
    turns, hold = _parse(body)
    return Script(name, summary, voices, turns, hold, fields, objections)


# The closing fields of a call that qualifies, and of one that does not.
OWNER = {"classement": "Valide", "disponibilite": "Oui"}
LOST = {"classement": "Non intéressant", "disponibilite": "Non"}
