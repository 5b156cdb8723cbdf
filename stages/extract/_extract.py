"""The extract stage: a transcript in, the profile's fields out, whichever extractor is used.

The prompt lives with the profile (``stages.extract.profiles``), not in a backend, so every
model is asked the same thing; its field guide is generated from the profile's schema
so the prompt and the schema never drift.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

import messages
from stages.extract import evidence, places
from stages.extract.profiles import SOLAR, Profile

TRANSCRIPT_OPEN = "<transcription>"
TRANSCRIPT_CLOSE = "</transcription>"


# The solar profile's prompt, kept importable here for callers from before profiles.
SYSTEM_PROMPT = SOLAR.system_prompt


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
    fields: messages.ExtractedFields
    model: str
    usage: messages.TokenUsage
    # The model's citations by delivered key; the rules cite nothing (the locator finds theirs).
    quotes: Mapping[str, str] = field(default_factory=dict)


class Extractor(Protocol):
    name: str

    async def extract(self, transcript: str) -> ExtractionResult: ...


NO_USAGE = messages.TokenUsage(prompt_tokens=0, completion_tokens=0)


class RulesExtractor:
    """The keyword extractor behind the same interface as a model: free and offline."""

    name = "rules"

    def __init__(self, profile: Profile = SOLAR) -> None:
        if profile.rules is None:
            raise ValueError(f"profile {profile.name!r} has no rules extractor")
        self._rules = profile.rules

    async def extract(self, transcript: str) -> ExtractionResult:
        return ExtractionResult(self._rules(transcript), model="rules", usage=NO_USAGE)


# The first line of what an extractor reads when the roles are not known from the
# recording, so a model weighs "Agent:"/"Client:" for what they are.
ROLES_GUESSED = "(Rôles devinés : l'agent est l'interlocuteur qui pose le plus de questions.)"
ROLES_UNKNOWN = "(Rôles des interlocuteurs inconnus.)"
# A plain text that already opens on a role ("Agent: Bonjour…"), as a scripted call does.
_LABELLED_TEXT = re.compile(r"\A\s*(?:agent|client)\s*:", re.IGNORECASE)


def dialogue(message: messages.Transcript) -> str:
    """The transcript as every extractor reads it: turns named by who speaks, when known.

    Who said what matters (the agent reads an address, the client confirms it), and the
    plain text loses it. A stereo call gives each turn its role from its channel:
    ``Agent:``/``Client:`` lines, no caveat. Diarization names speakers A, B…; the one
    asking the most questions is taken for the agent, and a first line says the roles
    are a guess. With one speaker or plain text, a first line says roles are unknown,
    unless the text names them itself.
    """
    utterances = message.utterances
    known = any(u.role for u in utterances)
    if not known and len({u.speaker for u in utterances}) < 2:
        if _LABELLED_TEXT.match(message.text):
            return message.text
        return f"{ROLES_UNKNOWN}\n{message.text}"
    roles = speaker_roles(utterances)
    lines = "\n".join(f"{roles[u.speaker]}: {u.text}" for u in utterances)
    return lines if known else f"{ROLES_GUESSED}\n{lines}"


def speaker_roles(utterances: list[messages.Utterance]) -> dict[str, str]:
    """The name to write for every speaker label: its role, else ``Agent`` or ``Client``.

    Utterances from a stereo call carry their role ("agent", "client"), written
    capitalised; diarized labels are guessed: the agent is the speaker who asks the most,
    by question marks and by words (recognisers write many questions as statements),
    and who speaks to the other ("vous", "votre") more than of themselves ("je", "mon");
    on a tie, the first to speak. Everyone else is the client.
    """
    if any(u.role for u in utterances):
        return {u.speaker: (u.role or u.speaker).capitalize() for u in utterances}
    order = list(dict.fromkeys(u.speaker for u in utterances))
    asking = dict.fromkeys(order, 0)
    for utterance in utterances:
        asking[utterance.speaker] += _asking(utterance.text)
    agent = max(order, key=lambda speaker: (asking[speaker], -order.index(speaker)))
    return {speaker: "Agent" if speaker == agent else "Client" for speaker in order}


# How an agent speaks: to the other party, asking; how a client speaks: of themselves.
_ADDRESSING = re.compile(r"\b(?:vous|votre|vos|est-ce que|quel(?:le)?s?|combien)\b", re.IGNORECASE)
_OF_ONESELF = re.compile(r"\b(?:je|moi|mon|ma|mes|nous|on)\b|\bj'", re.IGNORECASE)


def _asking(text: str) -> int:
    return 2 * text.count("?") + len(_ADDRESSING.findall(text)) - len(_OF_ONESELF.findall(text))


async def extract(
    message: messages.Transcript,
    extractor: Extractor,
    *,
    profile: Profile = SOLAR,
    on_unsupported: Callable[[str], None] | None = None,
) -> messages.Extraction:
    """The extraction for one transcript; a silent call never reaches the provider.

    ``profile`` must be the one ``extractor`` was built for: the message names it so the
    deliver stage maps the fields to that profile's keys. Every value is checked against
    the transcript (``stages.extract.evidence``): one nothing in the call supports is
    delivered as "-", and ``on_unsupported`` hears its key. Then the city is settled
    against the communes of the postal code the call supports (``stages.extract.places``).
    """
    if message.text.strip():
        result = await extractor.extract(dialogue(message))
    else:
        result = ExtractionResult(profile.unknown(), model="none", usage=NO_USAGE)
    checked = evidence.support(result.fields, result.quotes, message, profile.kinds)
    checked = _place_settled(checked, result.quotes, message, profile)
    for key in checked.unsupported:
        if on_unsupported is not None:
            on_unsupported(key)
    return messages.Extraction(
        **message.carry(),
        profile=profile.name,
        fields=checked.fields,
        transcript=message.text,
        model=result.model,
        usage=result.usage,
        evidence=checked.evidence,
    )


def _place_settled(
    checked: evidence.Supported,
    quotes: Mapping[str, str],
    message: messages.Transcript,
    profile: Profile,
) -> evidence.Supported:
    """``checked`` with the city made the commune of its postal code that the call names,
    or with both from where the call says them side by side when no code is supported.

    Only a postal code the call supports is used, so a made-up one cannot move the city;
    what changed is checked again like every value. What the first check blanked
    stays counted: the extractor did give an unsupported value.
    """
    if profile.places is None:
        return checked
    postal_key, city_key = profile.places
    fields = places.settle_place(
        checked.fields, message.text, postal_key=postal_key, city_key=city_key
    )
    if fields is checked.fields:
        return checked
    again = evidence.support(fields, quotes, message, profile.kinds)
    return evidence.Supported(
        again.fields, again.evidence, [*checked.unsupported, *again.unsupported]
    )
