"""France's communes by postal code: the city settled against the postal code said.

The city is the field a call gets wrong most while its postal code is right: the
agent's file names the bigger town next door ("vous êtes à Cholet ?", "à côté, La
Séguinière"), a hamlet or a district comes before its commune, a town is said once in
passing ("on l'a fait construire à Plouarzel"). The postal code is the steadier of the
two: digits, said in pairs and confirmed. So when a postal code is delivered, the city
is the commune of that code that the call names; and a code said right beside its
commune ("28 000 Chartres", as an ASR writes an address line) is a postal code even
where no question asked for one. Nothing is filled that the call does not say: with no
commune of the code named, the city stays as extracted, and neither field is ever
filled from the other.

The list is La Poste's base of postal codes as the Base Adresse Nationale publishes it
(the npm package ``codes-postaux`` 4.1.2, MIT licence), reduced to ``code<TAB>commune``
lines in ``communes-fr.tsv.gz`` beside this module (its licence in ``communes-fr.LICENSE``);
``python -m stages.extract.places codes-postaux.json`` rebuilds it from the package's JSON.
"""

from __future__ import annotations

import functools
import gzip
import json
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import messages
from messages.lead import UNKNOWN
from stages.extract.evidence import contracted_forms, normalize, spelt_alike

__all__ = [
    "COMMUNES_FILE",
    "Gazetteer",
    "france",
    "named_commune",
    "said_with_its_commune",
    "settle_place",
]

COMMUNES_FILE = Path(__file__).with_name("communes-fr.tsv.gz")

# Paris, Lyon and Marseille are listed by arrondissement ("Lyon 3e Arrondissement"); the
# city is written without it, as a caller says it and the CRM files it.
_ARRONDISSEMENT = re.compile(r"\s+\d+(?:er|e)\s+arrondissement$", re.IGNORECASE)
_POSTAL_CODE = re.compile(r"\d{5}")
# Not right after "de", "d'", "du" or "des" (normalised text: "d'Annecy" is "d annecy").
_NOT_AFTER_DE = r"(?<!\bde )(?<!\bd )(?<!\bdu )(?<!\bdes )"


@dataclass(frozen=True)
class Gazetteer:
    """Commune names by postal code, as the city field writes them."""

    by_code: Mapping[str, tuple[str, ...]]

    @classmethod
    def from_lines(cls, lines: Iterable[str]) -> Gazetteer:
        """From ``code<TAB>commune`` lines."""
        by_code: dict[str, list[str]] = {}
        for line in lines:
            code, _, name = line.rstrip("\n").partition("\t")
            if not name:
                continue
            names = by_code.setdefault(code, [])
            city = _ARRONDISSEMENT.sub("", name)
            if city not in names:
                names.append(city)
        return cls({code: tuple(names) for code, names in by_code.items()})

    def communes(self, postal_code: str) -> tuple[str, ...]:
        """The communes ``postal_code`` serves; none for a code La Poste does not use."""
        return self.by_code.get(postal_code.strip(), ())


@functools.cache
def france() -> Gazetteer:
    """The packaged list, read once per process (about 36,000 lines)."""
    with gzip.open(COMMUNES_FILE, "rt", encoding="utf-8") as lines:
        return Gazetteer.from_lines(lines)


def named_commune(postal_code: str, text: str, gazetteer: Gazetteer) -> str | None:
    """The commune of ``postal_code`` that ``text`` names last, or None.

    Names are compared normalised (case, accents, hyphens), whole words only, also as
    French contracts them after "à" ("au Mans", "aux Herbiers"); the last one named
    wins, as a correction comes after what it corrects. A name after "de" is not where
    anyone lives but what belongs to or lies near a place: "route d'Annecy", "l'hôpital
    d'Annecy", "à côté de Cholet"; it does not count. With none named so, a commune a
    recogniser spelt nearly right counts (``evidence.spelt_alike``).
    """
    said = normalize(text)
    found: tuple[int, str] | None = None
    communes = gazetteer.communes(postal_code)
    for commune in communes:
        for form in contracted_forms(normalize(commune)):
            if form.startswith(("du ", "des ")):
                continue
            for match in re.finditer(rf"{_NOT_AFTER_DE}\b{re.escape(form)}\b", said):
                if found is None or match.start() > found[0]:
                    found = (match.start(), commune)
    if found is None:
        # As a recogniser spelt it ("un bordeau" for Bordeaux, 33200): the code already
        # narrows the list to a few names, so a near spelling can only be one of them.
        spelt = [(commune, spelt_alike(normalize(commune), said)) for commune in communes]
        named = [(said.rfind(span), commune) for commune, span in spelt if span]
        after_de = re.compile(rf"{_NOT_AFTER_DE}$")
        found = max(
            ((at, commune) for at, commune in named if after_de.search(said[:at])), default=None
        )
    return found[1] if found else None


def said_with_its_commune(text: str, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """The last postal code ``text`` says right beside one of its communes, and that commune.

    "28 000 Chartres", "à Rennes, 35 000": an address line, the code and the town
    together, as a client reads them off an envelope. A number beside a town is a postal
    code only when La Poste's list pairs the two, so an amount or a year next to a town
    is not taken for one.
    """
    said = normalize(text)
    found: tuple[str, str] | None = None
    for match in re.finditer(r"(?<!\d)\d{5}(?!\d)", said):
        code = match.group()
        before, after = said[: match.start()], said[match.end() :]
        for commune in gazetteer.communes(code):
            form = normalize(commune)
            if re.match(rf" {re.escape(form)}\b", after) or re.search(
                rf"\b{re.escape(form)} $", before
            ):
                found = (code, commune)
                break
    return found


def settle_place(
    fields: messages.ExtractedFields,
    text: str,
    *,
    postal_key: str,
    city_key: str,
    gazetteer: Gazetteer | None = None,
) -> messages.ExtractedFields:
    """``fields`` with the city made the commune of the postal code that ``text`` names.

    A city already among the code's communes is kept as written; so is every field when
    none of the code's communes is named in ``text``. With no postal code, the code and
    the town are taken from where ``text`` says them side by side (``said_with_its_commune``).
    """
    values: dict[str, object] = fields.model_dump(by_alias=True)
    places = gazetteer or france()
    code = str(values.get(postal_key, UNKNOWN)).strip()
    if not _POSTAL_CODE.fullmatch(code):
        line = said_with_its_commune(text, places)
        if line is None:
            return fields
        values[postal_key], values[city_key] = line
        return type(fields).model_validate(values)
    city = str(values.get(city_key, UNKNOWN))
    if normalize(city) in {normalize(commune) for commune in places.communes(code)}:
        return fields
    commune = named_commune(code, text, places)
    if commune is None:
        return fields
    values[city_key] = commune
    return type(fields).model_validate(values)


def _rebuild(source: Path) -> None:
    """``communes-fr.tsv.gz`` from the ``codes-postaux.json`` of the npm package."""
    rows = json.loads(source.read_text(encoding="utf-8"))
    pairs = sorted({(row["codePostal"], row["nomCommune"]) for row in rows})
    body = "".join(f"{code}\t{name}\n" for code, name in pairs)
    # mtime=0: the same list gives the same bytes.
    COMMUNES_FILE.write_bytes(gzip.compress(body.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{COMMUNES_FILE}: {len(pairs)} (postal code, commune) pairs", file=sys.stderr)


if __name__ == "__main__":
    _rebuild(Path(sys.argv[1]))
