"""The lead-qualification fields: what the extractor fills and the PHP backend reads.

Field names are the PHP backend's keys, so a payload is ``model_dump(by_alias=True)``.
"-" always means "not said in the call"; the extractor must never invent a value.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

UNKNOWN = "-"

Orientation = Literal["sud", "est", "ouest", "est-ouest", "nord", "bien ensoleillée", "-"]
RoofSpace = Literal["20m", "moins de 20m", "-"]
YesNoUnknown = Literal["oui", "non", "-"]


class LeadFields(BaseModel):
    """Everything the sales team wants from one call.

    Every field is required (the OpenAI strict JSON-schema mode needs it); the
    descriptions double as the field guide in the extraction prompt and schema.
    """

    model_config = ConfigDict(populate_by_name=True, extra="forbid")

    client_first_name_data_ia: str = Field(description="Prénom du client, ou '-'.")
    client_last_name_data_ia: str = Field(description="Nom de famille du client, ou '-'.")
    client_phone_number: str = Field(
        description="Numéro de téléphone principal du client en chiffres (ex. 0612345678), ou '-'."
    )
    client_city_data_ia: str = Field(description="Ville du client, ou '-'.")
    client_address_data_ia: str = Field(description="Adresse postale (numéro et rue), ou '-'.")
    client_postal_code_data_ia: str = Field(
        description="Code postal à 5 chiffres, ou '-'.", pattern=r"^(\d{5}|-)$"
    )
    adresse_modifiee: Literal[0, 1] = Field(
        description=(
            "1 si le client dit que l'adresse connue est fausse ou qu'il a déménagé, sinon 0."
        )
    )
    proprietaire_data_ia: YesNoUnknown = Field(
        description="'oui' si le client est propriétaire, 'non' s'il est locataire, sinon '-'."
    )
    mode_chauffage_data_ia: str = Field(
        description="Mode de chauffage (électrique, gaz, fioul, bois, pompe à chaleur…), ou '-'."
    )
    facture_data_ia: str = Field(
        description=(
            "Facture d'électricité : le montant en euros (ex. '128'), ou 'plus_de_100', "
            "'entre 80 et 100', 'moins_de_80' si seule une fourchette est donnée, sinon '-'."
        )
    )
    mensuelle_annuelle_data_ia: Literal["mensuelle", "annuelle", "-"] = Field(
        description=(
            "'mensuelle' si la facture est mensuelle (montant inférieur à 300 €), "
            "'annuelle' si elle est annuelle, sinon '-'."
        )
    )
    superficie_data_ia: str = Field(description="Surface de la maison en m² (nombre), ou '-'.")
    toiture_data_ia: str = Field(description="Type de toiture (tuiles, ardoises, tôle…), ou '-'.")
    orientation_data_ia: Orientation = Field(description="Orientation du toit, ou '-'.")
    surface_toit_libre_data_ia: RoofSpace = Field(
        alias="20m_data_ia",
        description="Surface de toit libre : '20m' si au moins 20 m², 'moins de 20m', ou '-'.",
    )
    age_mr_data_ia: str = Field(description="Âge de monsieur en années, ou '-'.")
    age_mme_data_ia: str = Field(description="Âge de madame en années, ou '-'.")
    situation_familiale_data_ia: str = Field(
        description="Situation familiale (marié, célibataire, veuf, enfants…), ou '-'."
    )
    activite_mr_data_ia: str = Field(
        description="Activité de monsieur (CDI, retraité, indépendant depuis N ans…), ou '-'."
    )
    activite_mme_data_ia: str = Field(
        description="Activité de madame (CDI, retraitée, indépendante depuis N ans…), ou '-'."
    )
    revenu_data_ia: str = Field(description="Revenu du foyer tel qu'énoncé, ou '-'.")
    tel2_data_ia: str = Field(description="Second numéro de téléphone en chiffres, ou '-'.")
    creneau_rappel_data_ia: str = Field(
        description="Créneau de rappel préféré (jour ou moment, ex. 'mardi matin'), ou '-'."
    )
    heure_rappel_data_ia: str = Field(description="Heure de rappel préférée (ex. '14h'), ou '-'.")
    entretien_data_ia: Literal["Mr", "Mme", "-"] = Field(
        description="Qui a pris l'appel : 'Mr' (monsieur) ou 'Mme' (madame), ou '-'."
    )
    commentaire_suggestion_ia: str = Field(
        description="Une phrase qui qualifie le prospect pour le commercial."
    )
    score_interet: int = Field(ge=0, le=10, description="Intérêt du client de 0 à 10.")
    classement: Literal["Valide", "Non intéressant"] = Field(
        description=(
            "'Non intéressant' uniquement si le client n'est pas propriétaire, n'habite pas "
            "une maison, ou refuse clairement ; sinon 'Valide'."
        )
    )
    interet_exprime: str = Field(description="L'intérêt exprimé par le client, en une phrase.")
    disponibilite: Literal["Oui", "Non"] = Field(
        description=(
            "'Oui' si le client est disponible pour un rendez-vous ou un rappel, sinon 'Non'."
        )
    )
    infos_collectees: str = Field(description="Résumé des informations recueillies.")
    objections: str = Field(description="Objections formulées par le client, ou '-'.")
    analyse_agent: list[str] = Field(
        description="Observations sur la qualité du travail de l'agent (liste de phrases)."
    )
    recommandations_qualiticien: list[str] = Field(
        description="Recommandations pour le qualiticien (liste de phrases)."
    )

    def to_payload(self) -> dict[str, object]:
        """The fields under the PHP backend's keys."""
        return self.model_dump(mode="json", by_alias=True)


PHP_KEYS: tuple[str, ...] = (
    "fiche_id",
    *(field.alias or name for name, field in LeadFields.model_fields.items()),
)
