"""A deterministic French field extractor: keywords and regular expressions, no model."""

from stages.extract.rules._fields import (
    age_from_birth_year,
    extract_fields,
    tidy_city,
    tidy_hour,
    unknown_fields,
)
from stages.extract.rules._numbers import (
    french_number_values,
    numberize,
    parse_french_number,
    parse_phone,
)
from stages.extract.rules._turns import (
    HESITATION,
    Speaker,
    Turn,
    affirmed,
    last_question,
    split_turns,
)

__all__ = [
    "HESITATION",
    "Speaker",
    "Turn",
    "affirmed",
    "age_from_birth_year",
    "extract_fields",
    "french_number_values",
    "last_question",
    "numberize",
    "parse_french_number",
    "parse_phone",
    "split_turns",
    "tidy_city",
    "tidy_hour",
    "unknown_fields",
]
