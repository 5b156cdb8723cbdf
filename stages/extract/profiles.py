"""Extraction profiles: the prompt, the schema and the delivered keys of one kind of call.

A profile is to the extract and deliver stages what a transport is to httpx: the
stages stay the same, ``PROFILE`` picks which one a deployment runs. The delivered keys
are the schema's field aliases (or names), so the mapping cannot drift from the schema;
the prompt's field guide is generated from the same descriptions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pydantic import BaseModel

from messages import FIELD_MODELS, CustomerServiceFields, ExtractedFields, LeadFields
from stages.extract import customer_service, rules

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


_SOLAR_PROMPT = f"""\
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
{field_guide(LeadFields)}
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

Champs :
{field_guide(CustomerServiceFields)}
"""

SOLAR = Profile(
    name="solar",
    schema=LeadFields,
    system_prompt=_SOLAR_PROMPT,
    unknown=rules.unknown_fields,
    rules=rules.extract_fields,
)
CUSTOMER_SERVICE = Profile(
    name="customer_service",
    schema=CustomerServiceFields,
    system_prompt=_CUSTOMER_SERVICE_PROMPT,
    unknown=customer_service.unknown_fields,
    rules=customer_service.extract_fields,
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
