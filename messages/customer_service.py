"""The customer-service call fields: why the customer called and what happens next.

The second extraction profile's schema. As with ``LeadFields``, field names (or
aliases) are the delivered keys and every field is required (OpenAI strict mode).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Sentiment = Literal["positive", "neutral", "negative"]


class CustomerServiceFields(BaseModel):
    """What the support team wants from one customer-service call."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid")

    reason: str = Field(
        description="Motif de l'appel en quelques mots (ex. 'facture contestée'), ou '-'."
    )
    sentiment: Sentiment = Field(
        description=(
            "Ton du client sur l'ensemble de l'appel : 'positive', 'neutral' ou 'negative'."
        )
    )
    follow_up_needed: bool = Field(
        description="true si l'agent ou le client prévoit un rappel ou une suite, sinon false."
    )
    callback_number: str = Field(
        description="Numéro de rappel donné dans l'appel, en chiffres sans espace, ou '-'.",
        pattern=r"^(\d{6,15}|-)$",
    )
    summary: str = Field(description="Résumé de l'appel en une ou deux phrases.")
