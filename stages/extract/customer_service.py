"""Keyword rules for the customer-service profile: free, offline, and never inventive.

They back ``EXTRACTOR=rules`` and the OpenAI emulator for this profile, like
``stages.extract.rules`` does for the solar one, and reuse its turn splitting and number
reading so "zéro six, douze…" is a phone number here too.
"""

from __future__ import annotations

import re

from messages.customer_service import CustomerServiceFields, Sentiment
from messages.lead import UNKNOWN
from stages.extract.rules import Turn, parse_phone, split_turns

# First match wins: a billing dispute that ends in a cancellation is about the bill.
_REASONS: tuple[tuple[str, str], ...] = (
    ("facture contestée", r"factur|prélèvement|prélevé|trop payé|montant"),
    ("panne ou dysfonctionnement", r"panne|ne marche plus|ne fonctionne plus|coupure|bug"),
    ("livraison", r"livraison|livré|colis|commande"),
    ("remboursement", r"rembours"),
    ("résiliation", r"résili|arrêter (?:mon|le) contrat|annuler (?:mon|l')abonnement"),
    ("prise de rendez-vous", r"rendez-vous|intervention|technicien"),
    ("changement de coordonnées", r"déménag|changer (?:mon|d')adresse|coordonnées"),
)
_NEGATIVE = re.compile(
    r"mécontent|inadmissible|scandale|inacceptable|en colère|énervé|déçu|ras-le-bol|"
    r"honte|nul\b|toujours pas|encore une fois|plainte|agacé",
    re.IGNORECASE,
)
_POSITIVE = re.compile(
    r"merci beaucoup|parfait|très bien|super|génial|content|satisfait|excellent|ravi",
    re.IGNORECASE,
)
_FOLLOW_UP = re.compile(
    r"rappel|recontact|reviens vers vous|reviendr|je vous tiens au courant|"
    r"on vous contacte|sous (?:\d+|quarante-huit) ?h|technicien passera",
    re.IGNORECASE,
)
_CALLBACK_CONTEXT = re.compile(r"rappel|joindre|numéro|contacter", re.IGNORECASE)


def unknown_fields() -> CustomerServiceFields:
    """Nothing said: what a silent call yields."""
    return CustomerServiceFields(
        reason=UNKNOWN,
        sentiment="neutral",
        follow_up_needed=False,
        callback_number=UNKNOWN,
        summary="Appel vide ou inaudible : aucune information recueillie.",
    )


def extract_fields(transcript: str) -> CustomerServiceFields:
    """What the rules can find in a French customer-service call; ``"-"`` for the rest."""
    turns = [t for t in split_turns(transcript) if t.text.strip()]
    if not turns:
        return unknown_fields()
    client = " ".join(t.text for t in turns if t.from_client)
    reason = _reason(client or " ".join(t.text for t in turns))
    sentiment = _sentiment(client)
    number = _callback_number(turns)
    follow_up = number != UNKNOWN or any(_FOLLOW_UP.search(t.text) for t in turns)
    return CustomerServiceFields(
        reason=reason,
        sentiment=sentiment,
        follow_up_needed=follow_up,
        callback_number=number,
        summary=_summary(reason, sentiment, follow_up, number),
    )


def _reason(text: str) -> str:
    for label, pattern in _REASONS:
        if re.search(pattern, text, re.IGNORECASE):
            return label
    return UNKNOWN


def _sentiment(client_text: str) -> Sentiment:
    negative = len(_NEGATIVE.findall(client_text))
    positive = len(_POSITIVE.findall(client_text))
    if negative > positive:
        return "negative"
    if positive > negative:
        return "positive"
    return "neutral"


def _callback_number(turns: list[Turn]) -> str:
    # The client's number, said when a callback or contact comes up (in the same turn or
    # in answer to the agent's question); a number the agent reads out is the company's.
    for turn in turns:
        asked = _CALLBACK_CONTEXT.search(turn.text) or _CALLBACK_CONTEXT.search(turn.question)
        phone = parse_phone(turn.text) if turn.from_client else None
        if asked and phone:
            return phone
    return UNKNOWN


def _summary(reason: str, sentiment: Sentiment, follow_up: bool, number: str) -> str:
    mood = {"positive": "satisfait", "neutral": "neutre", "negative": "mécontent"}[sentiment]
    about = "motif non précisé" if reason == UNKNOWN else reason
    if not follow_up:
        return f"Appel du client ({about}), client {mood}, sans suite prévue."
    where = f" au {number}" if number != UNKNOWN else ""
    return f"Appel du client ({about}), client {mood}, rappel prévu{where}."
