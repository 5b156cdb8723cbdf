"""The OpenAI emulator's own idea of a lead: a few keywords, nothing like a real extractor.

Enough that the scripted sample calls (``samples.DEFAULT_CALL_TEXT`` and the demo's
``samples/sample_call.txt``) come back with their name, phone numbers, address, postal
code, city, owner, heating, bill, surface, roof, orientation, ages and callback slot, so
a demo or an end-to-end run shows real values travelling to the backend. It shares no
code with the product's rules extractor (``stages.extract.rules``): a test that checks an
answer of the emulator checks what the OpenAI backend did with it, not the rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["keyword_citations", "keyword_fields"]

_PHONE = r"\b(0[1-9](?:[ .]?\d{2}){4})\b"
_STREET = r"(?:rue|avenue|boulevard|chemin|allée)"
_DAY = r"(?:lun|mar|mercre|jeu|vendre|same)di"

# (field, pattern, value): the first pattern of a field that matches gives its value,
# ``value`` being the match's expansion (``\1``...) or a fixed word.
_TABLE: tuple[tuple[str, str, str], ...] = (
    ("client_first_name_data_ia", r"(?:moi, |monsieur )([A-Z]\w+) [A-Z]\w+", r"\1"),
    ("client_last_name_data_ia", r"monsieur (?:[A-Z]\w+ )?([A-Z]\w+)", r"\1"),
    ("client_phone_number", _PHONE, r"\1"),
    ("tel2_data_ia", rf"(?s){_PHONE}.*?{_PHONE}", r"\2"),
    ("client_address_data_ia", rf"(\d+ {_STREET} [^,.?]+?)(?:,| à )", r"\1"),
    ("client_postal_code_data_ia", r"\b(\d{5}) [A-Z]", r"\1"),
    ("client_city_data_ia", r"\b\d{5} ([A-Z][\w-]+)", r"\1"),
    ("proprietaire_data_ia", r"(?m)^Client:.*\bpropriétaire\b", "oui"),
    ("proprietaire_data_ia", r"(?m)^Client:.*\blocataire\b", "non"),
    ("mode_chauffage_data_ia", r"(?i)chauffage (?:au )?(électrique|gaz|fioul|bois)", r"\1"),
    ("facture_data_ia", r"\b(\d+) euros", r"\1"),
    ("mensuelle_annuelle_data_ia", r"euros (?:par|tous les) mois", "mensuelle"),
    ("mensuelle_annuelle_data_ia", r"euros par an", "annuelle"),
    ("superficie_data_ia", r"\b(\d+) mètres carrés", r"\1"),
    ("toiture_data_ia", r"(?i)\b(tuiles|ardoises|bac acier|toit plat)\b", r"\1"),
    ("orientation_data_ia", r"(?i)orienté (?:plein )?(sud|nord|est|ouest)\b", r"\1"),
    ("age_mr_data_ia", r"J'ai (\d+) ans", r"\1"),
    ("age_mme_data_ia", r"(?:ma femme|madame)(?: a)? (\d+) ans", r"\1"),
    ("creneau_rappel_data_ia", rf"(?i)\b({_DAY} (?:matin|après-midi|soir))", r"\1"),
    ("heure_rappel_data_ia", r"\bvers (\d{1,2}h\d*)", r"\1"),
)  # fmt: skip

_CLEAN: dict[str, Callable[[str], str]] = {
    "client_phone_number": lambda number: re.sub(r"\D", "", number),
    "tel2_data_ia": lambda number: re.sub(r"\D", "", number),
    "creneau_rappel_data_ia": str.lower,
}


def keyword_fields(transcript: str) -> dict[str, str]:
    """The fields the table finds in ``transcript``, by JSON key; absent when not found."""
    found: dict[str, str] = {}
    for field, pattern, value in _TABLE:
        if field in found:
            continue
        match = re.search(pattern, transcript)
        if match is not None:
            found[field] = _CLEAN.get(field, str)(match.expand(value))
    return found


def keyword_citations(transcript: str) -> dict[str, str]:
    """For each field ``keyword_fields`` finds, the words of ``transcript`` it read it from.

    Cut from the transcript as a model is asked to quote: the line up to the end of the
    value (``"Client: ... propriétaire"``), or the whole match for a fixed word.
    """
    quotes: dict[str, str] = {}
    for field, pattern, _ in _TABLE:
        if field in quotes:
            continue
        match = re.search(pattern, transcript)
        if match is None:
            continue
        group = match.re.groups
        end = match.end(group) if group else match.end()
        value_start = match.start(group) if group else match.start()
        line_start = transcript.rfind("\n", 0, value_start) + 1
        # A few words before a bare value ("120") so the quote says something.
        start = max(line_start, min(match.start(), value_start - 20))
        if start > line_start and not transcript[start - 1].isspace():
            start = transcript.find(" ", start, value_start) + 1 or value_start
        quotes[field] = transcript[start:end].strip()
    return quotes
