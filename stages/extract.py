"""The extract stage: a transcript in, the lead fields out, whichever extractor is used.

The prompt lives here, not in a backend, so every model is asked the same thing; its
field guide is generated from ``LeadFields`` so the prompt and the schema never drift.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

import messages
from messages import LeadFields
from stages import rules

TRANSCRIPT_OPEN = "<transcription>"
TRANSCRIPT_CLOSE = "</transcription>"


def _field_guide() -> str:
    lines = []
    for name, field in LeadFields.model_fields.items():
        lines.append(f"- {field.alias or name} : {field.description}")
    return "\n".join(lines)


SYSTEM_PROMPT = f"""\
Tu es un assistant de qualification commerciale. Tu reçois la transcription d'un appel \
téléphonique en français entre un agent (\"Agent:\") et un prospect (\"Client:\") au sujet \
d'une installation solaire ou de rénovation énergétique. Tu remplis la fiche du prospect \
pour le CRM.

Règles :
- Réponds uniquement avec un objet JSON conforme au schéma fourni, avec tous les champs.
- \"-\" signifie \"inconnu\" : utilise-le pour toute information qui n'est pas dite dans \
l'appel. N'invente jamais rien, ne déduis pas une valeur qui n'a pas été énoncée.
- Écris les nombres en chiffres (\"cent vingt-huit euros\" → \"128\") et les numéros de \
téléphone sur dix chiffres sans espace (\"06 12 34 56 78\" → \"0612345678\").
- Une information confirmée par le client (\"oui\") après que l'agent l'a énoncée compte \
comme dite.
- Les champs de synthèse (commentaire, intérêt, informations, analyse, recommandations) \
s'appuient uniquement sur ce qui a été dit.

Champs :
{_field_guide()}
"""


def user_prompt(transcript: str) -> str:
    """The user message: the transcript between markers, so it cannot pass for instructions."""
    return (
        "Voici la transcription de l'appel. Remplis la fiche.\n"
        f"{TRANSCRIPT_OPEN}\n{transcript.strip()}\n{TRANSCRIPT_CLOSE}"
    )


def transcript_from_prompt(content: str) -> str:
    """The transcript back out of a user message built by ``user_prompt``."""
    match = re.search(
        rf"{re.escape(TRANSCRIPT_OPEN)}\n?(.*?)\n?{re.escape(TRANSCRIPT_CLOSE)}", content, re.S
    )
    return match.group(1) if match else content


@dataclass(frozen=True)
class ExtractionResult:
    fields: LeadFields
    model: str
    usage: messages.TokenUsage


class Extractor(Protocol):
    name: str

    async def extract(self, transcript: str) -> ExtractionResult: ...


NO_USAGE = messages.TokenUsage(prompt_tokens=0, completion_tokens=0)


class RulesExtractor:
    """The keyword extractor behind the same interface as a model: free and offline."""

    name = "rules"

    async def extract(self, transcript: str) -> ExtractionResult:
        return ExtractionResult(rules.extract_fields(transcript), model="rules", usage=NO_USAGE)


def dialogue(message: messages.Transcript) -> str:
    """The transcript as ``Agent:``/``Client:`` turns when the transcriber told speakers apart.

    Who said what matters (the agent reads an address, the client confirms it), and the
    plain text loses it. Diarization names speakers A, B…; the one asking the most
    questions is the agent (on a tie, the first to speak), everyone else the client.
    """
    speakers = {utterance.speaker for utterance in message.utterances}
    if len(speakers) < 2:
        return message.text
    roles = speaker_roles(message.utterances)
    return "\n".join(f"{roles[u.speaker]}: {u.text}" for u in message.utterances)


def speaker_roles(utterances: list[messages.Utterance]) -> dict[str, str]:
    """``Agent`` or ``Client`` for every diarized speaker label."""
    order = list(dict.fromkeys(u.speaker for u in utterances))
    questions = dict.fromkeys(order, 0)
    for utterance in utterances:
        questions[utterance.speaker] += utterance.text.count("?")
    agent = max(order, key=lambda speaker: (questions[speaker], -order.index(speaker)))
    return {speaker: "Agent" if speaker == agent else "Client" for speaker in order}


async def extract(message: messages.Transcript, extractor: Extractor) -> messages.Extraction:
    """The extraction for one transcript; a silent call never reaches the provider."""
    if message.text.strip():
        result = await extractor.extract(dialogue(message))
    else:
        result = ExtractionResult(rules.unknown_fields(), model="none", usage=NO_USAGE)
    return messages.Extraction(
        **message.carry(),
        fields=result.fields,
        transcript=message.text,
        model=result.model,
        usage=result.usage,
    )
