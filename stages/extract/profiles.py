"""Extraction profiles: the prompt, the schema and the delivered keys of one kind of call.

A profile is to the extract and deliver stages what a transport is to httpx: the
stages stay the same, ``PROFILE`` picks which one a deployment runs. The delivered keys
are the schema's field aliases (or names), so the mapping cannot drift from the schema;
the prompt's field guide is generated from the same descriptions.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

from messages import FIELD_MODELS, CustomerServiceFields, ExtractedFields, LeadFields
from stages.extract import customer_service, evidence, rules

DEFAULT_PROFILE = "solar"


@dataclass(frozen=True)
class Profile:
    name: str
    schema: type[ExtractedFields]
    system_prompt: str
    # The fields of a call in which nothing was said: no model is asked for those.
    unknown: Callable[[], ExtractedFields]
    # The offline keyword extractor (EXTRACTOR=rules, the OpenAI emulator), if any.
    rules: Callable[[str], ExtractedFields] | None = None
    # How each delivered key is checked against the transcript (absent: derived).
    kinds: Mapping[str, evidence.Kind] = field(default_factory=dict)
    # The system prompt for a part of the schema (``partial_schema``): the same rules,
    # the field guide of the asked keys only. None: the profile is always asked whole.
    prompt_for: Callable[[type[BaseModel]], str] | None = None
    # What a small local model is asked when the rules fill the rest (``stages.extract.
    # local``): the keys the rules get wrong most. Empty: the model answers every key.
    local_keys: tuple[str, ...] = ()
    # A model's answer written the profile's way ("14 heures" as "14h"), by delivered key:
    # the conventions the rules follow by construction, applied to what a model wrote.
    tidy: Mapping[str, Callable[[str], str]] = field(default_factory=dict)
    # (postal code key, city key): the city settled against France's communes of the
    # postal code said (``stages.extract.places``). None: the profile has no such pair.
    places: tuple[str, str] | None = None

    def tidied(self, answered: dict[str, object]) -> dict[str, object]:
        """``answered`` with every string value of a key in ``tidy`` rewritten."""
        return {
            key: self.tidy[key](value) if key in self.tidy and isinstance(value, str) else value
            for key, value in answered.items()
        }

    def prompt(self, keys: Sequence[str] | None = None) -> str:
        """The system prompt asking ``keys`` (every key when None)."""
        if keys is None:
            return self.system_prompt
        if self.prompt_for is None:
            raise ValueError(f"profile {self.name!r} cannot be asked part of its fields")
        return self.prompt_for(partial_schema(self.schema, tuple(keys)))

    def payload(self, fields: BaseModel) -> dict[str, object]:
        """The fields under the keys the backend reads."""
        if not isinstance(fields, self.schema):
            raise TypeError(f"profile {self.name!r} cannot deliver {type(fields).__name__}")
        return fields.model_dump(mode="json", by_alias=True)


class UnknownProfileError(ValueError):
    """A profile name no profile answers to; the message names it and the known ones."""


def field_guide(schema: type[BaseModel]) -> str:
    """One ``- key : description`` line per field, in the schema's order."""
    return "\n".join(
        f"- {field.alias or name} : {field.description}"
        for name, field in schema.model_fields.items()
    )


CITATIONS = "citations"
"""The answer's extra part: the model's quote for each value, checked by ``evidence``."""

# The same rule for every profile and every model (OpenAI or local): short quotes, since a
# local model writes about ten tokens a second, and none for "-".
_CITATION_RULE = f"""\
- Dans \"{CITATIONS}\", pour chaque champ dont la valeur n'est pas \"-\" (sauf résumés, \
scores et appréciations), cite l'extrait le plus court (quelques mots) copié mot pour mot \
de la transcription qui le justifie. Une valeur qu'aucun extrait ne justifie sera remplacée \
par \"-\".
"""


def delivered_keys(schema: type[BaseModel]) -> tuple[str, ...]:
    """The schema's keys as the backend reads them (aliases where there are)."""
    return tuple(f.alias or name for name, f in schema.model_fields.items())


@functools.cache
def answer_model(schema: type[BaseModel]) -> type[BaseModel]:
    """What the model is asked to answer: ``schema``'s fields plus ``citations``.

    A list of ``{field, quote}`` rather than an object keyed by field: strict structured
    output needs every key of an object, and only the filled fields should cost tokens.
    """
    key: Any = Literal[delivered_keys(schema)]  # the field names, as an enum
    citation = create_model(
        f"{schema.__name__}Citation",
        __config__=ConfigDict(extra="forbid"),
        field=(key, Field(description="Le champ justifié.")),
        quote=(str, Field(description="Extrait court, mot pour mot, de la transcription.")),
    )
    fields: dict[str, Any] = {
        CITATIONS: (
            list[citation],
            Field(description="Un extrait par champ rempli (valeur autre que '-')."),
        )
    }
    model: type[BaseModel] = create_model(f"{schema.__name__}Answer", __base__=schema, **fields)
    return model


@functools.cache
def partial_schema(schema: type[BaseModel], keys: tuple[str, ...]) -> type[BaseModel]:
    """``schema`` reduced to ``keys`` (delivered keys), in the schema's order.

    Each field keeps its type, alias, description and constraints, so the part asked is
    validated as the whole would be. Cached: the same keys give the same class.
    """
    wanted = set(keys)
    unknown = wanted - set(delivered_keys(schema))
    if unknown:
        raise ValueError(f"{schema.__name__} has no field {', '.join(sorted(unknown))}")
    fields: dict[str, Any] = {
        name: (info.annotation, copy.copy(info))
        for name, info in schema.model_fields.items()
        if (info.alias or name) in wanted
    }
    model: type[BaseModel] = create_model(
        f"{schema.__name__}Part",
        __config__=ConfigDict(extra="forbid", populate_by_name=True),
        **fields,
    )
    return model


def quotes_of(answer: BaseModel) -> dict[str, str]:
    """The citations of an ``answer_model`` answer by key (the first quote of a key wins)."""
    quotes: dict[str, str] = {}
    for citation in getattr(answer, CITATIONS, None) or []:
        quotes.setdefault(str(citation.field), str(citation.quote))
    return quotes


def _solar_prompt(schema: type[BaseModel]) -> str:
    return f"""\
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
{_CITATION_RULE}
Champs :
{field_guide(schema)}
"""


_CUSTOMER_SERVICE_PROMPT = f"""\
Tu es un assistant du service client. Tu reçois la transcription d'un appel téléphonique \
en français entre un agent du service client (\"Agent:\") et un client (\"Client:\"). Tu \
remplis la fiche de suivi de l'appel.

Règles :
- Réponds uniquement avec un objet JSON conforme au schéma fourni, avec tous les champs.
- \"-\" signifie \"inconnu\" : utilise-le pour toute information qui n'est pas dite dans \
l'appel. N'invente jamais rien.
- Le sentiment est celui du client, pas celui de l'agent.
- Le numéro de rappel est celui que le client donne, sur dix chiffres sans espace \
(\"06 12 34 56 78\" → \"0612345678\") ; jamais un numéro lu par l'agent.
{_CITATION_RULE}
Champs :
{field_guide(CustomerServiceFields)}
"""

# Measured in docs/quality.md ("Local LLM"), re-measured once the rules followed the gold
# conventions: on the twelve reference scripts the rules now read every field the 1.5B model
# was asked (first name 9/9, city 12/12); the model asked the city alone scores 10/12 there
# but fills the city the rules miss in Whisper's lower-case writing ("à valence"), and is
# the best split measured (Whisper: 55/70 against 54/70 for the rules, 52/70 with the first
# name asked too, which the model then loses). Asked the first name alone it finds 3/9.
_SOLAR_LOCAL_KEYS = ("client_city_data_ia",)

SOLAR = Profile(
    name="solar",
    schema=LeadFields,
    system_prompt=_solar_prompt(LeadFields),
    unknown=rules.unknown_fields,
    rules=rules.extract_fields,
    kinds=evidence.SOLAR_KINDS,
    prompt_for=_solar_prompt,
    local_keys=_SOLAR_LOCAL_KEYS,
    tidy={"heure_rappel_data_ia": rules.tidy_hour, "client_city_data_ia": rules.tidy_city},
    places=("client_postal_code_data_ia", "client_city_data_ia"),
)
CUSTOMER_SERVICE = Profile(
    name="customer_service",
    schema=CustomerServiceFields,
    system_prompt=_CUSTOMER_SERVICE_PROMPT,
    unknown=customer_service.unknown_fields,
    rules=customer_service.extract_fields,
    kinds=evidence.CUSTOMER_SERVICE_KINDS,
)

PROFILES: dict[str, Profile] = {profile.name: profile for profile in (SOLAR, CUSTOMER_SERVICE)}
# The deliver queue's message validates fields by profile name: both lists must agree.
assert {name: p.schema for name, p in PROFILES.items()} == FIELD_MODELS


def get_profile(name: str) -> Profile:
    """The profile called ``name``; an unknown name raises, naming it and the known ones."""
    try:
        return PROFILES[name]
    except KeyError:
        known = ", ".join(sorted(PROFILES))
        raise UnknownProfileError(f"unknown profile {name!r} (known: {known})") from None


def profile_for_schema(schema_name: str) -> Profile | None:
    """The profile whose schema model is called ``schema_name`` (what the SDK sends)."""
    return next((p for p in PROFILES.values() if p.schema.__name__ == schema_name), None)
