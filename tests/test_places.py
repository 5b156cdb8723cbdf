"""The city settled against France's communes of the postal code said (stages.extract.places).

Unit cases on a small list of lines, the packaged list itself, and the whole extract
stage: the rules and a model (the openai SDK against the emulator) each deliver the
commune the call names for its postal code, with evidence quoting it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi import FastAPI

from messages import UNKNOWN
from stages.deliver import build_payload
from stages.extract import RulesExtractor, extract
from stages.extract.evidence import find_quote, normalize
from stages.extract.places import (
    Gazetteer,
    france,
    named_commune,
    said_with_its_commune,
    settle_place,
)
from tests.factories import lead_fields
from tests.test_evidence import model_extracts, timed_call, unsupported_count

POSTAL = "client_postal_code_data_ia"
CITY = "client_city_data_ia"

LINES = [
    "49280\tLa Séguinière\n",
    "49280\tSaint-Christophe-du-Bois\n",
    "49300\tCholet\n",
    "74600\tAnnecy\n",
    "72000\tLe Mans\n",
    "13005\tMarseille 5e Arrondissement\n",
    "69001\tLyon 1er Arrondissement\n",
]
SMALL = Gazetteer.from_lines(LINES)


def settled(city: str, code: str, text: str) -> str:
    fields = lead_fields(**{CITY: city, POSTAL: code})
    out = settle_place(fields, text, postal_key=POSTAL, city_key=CITY, gazetteer=SMALL)
    return str(out.model_dump(by_alias=True)[CITY])


def test_the_list_reads_lines_and_drops_the_arrondissement() -> None:
    assert SMALL.communes("49280") == ("La Séguinière", "Saint-Christophe-du-Bois")
    assert SMALL.communes("13005") == ("Marseille",)
    assert SMALL.communes("69001") == ("Lyon",)
    assert SMALL.communes("99999") == ()


def test_the_packaged_list_knows_real_codes() -> None:
    places = france()
    assert "La Séguinière" in places.communes("49280")
    assert "Cholet" in places.communes("49300")
    assert "Cholet" not in places.communes("49280")
    assert places.communes("13005") == ("Marseille",)
    assert "Chambray-lès-Tours" in places.communes("37170")
    assert len(places.by_code) > 6000  # every postal code of France, not a sample


def test_the_bigger_town_next_door_gives_way_to_the_commune_of_the_code() -> None:
    text = "Agent: Et vous êtes à Cholet ?\nClient: À côté. La Séguinière. Le code, 49280."
    assert settled("Cholet", "49280", text) == "La Séguinière"


def test_a_city_missed_is_filled_when_the_call_names_the_commune_of_the_code() -> None:
    text = "Client: On l'a fait construire à la séguinière, en 99."
    assert settled(UNKNOWN, "49280", text) == "La Séguinière"


def test_a_city_among_the_code_s_communes_is_kept_as_written() -> None:
    text = "Client: Saint-Christophe-du-Bois, mais on dit souvent La Séguinière."
    assert settled("Saint-Christophe-du-Bois", "49280", text) == "Saint-Christophe-du-Bois"


def test_nothing_changes_when_no_commune_of_the_code_is_named() -> None:
    text = "Client: J'habite à Seynod, 74600, je travaille à l'hôpital."
    assert settled("Seynod", "74600", text) == "Seynod"
    assert settled(UNKNOWN, "74600", text) == UNKNOWN


def test_a_name_after_de_is_not_where_the_client_lives() -> None:
    text = "Client: 27 route d'Annecy, à Seynod. Ma compagne est à l'hôpital d'Annecy."
    assert settled("Seynod", "74600", text) == "Seynod"
    assert settled("Cholet", "49280", "Client: Juste à côté de la Séguinière.") == "Cholet"


def test_a_contracted_name_counts_and_the_last_one_named_wins() -> None:
    assert settled(UNKNOWN, "72000", "Client: On habite au Mans depuis dix ans.") == "Le Mans"
    text = "Client: Saint-Christophe-du-Bois... non, pardon, La Séguinière."
    assert settled(UNKNOWN, "49280", text) == "La Séguinière"


@pytest.mark.parametrize("code", [UNKNOWN, "99999"])
def test_without_a_postal_code_la_poste_uses_the_city_stays(code: str) -> None:
    text = "Client: À côté. La Séguinière."
    assert settled("Cholet", code, text) == "Cholet"


def test_named_commune_reads_words_not_parts_of_words() -> None:
    assert named_commune("72000", "Client: le mansard est refait", SMALL) is None


# --- the whole extract stage -------------------------------------------------------------

CALL = (
    "Agent: Bonjour, je suis bien chez monsieur Girard ?\n"
    "Client: Oui, c'est moi.\n"
    "Agent: Vous habitez bien à Cholet ?\n"
    "Client: À côté. La Séguinière. C'est collé à Cholet.\n"
    "Agent: Et le code postal ?\n"
    "Client: 49280.\n"
)


async def test_the_rules_deliver_the_commune_with_its_evidence() -> None:
    call = timed_call(CALL)
    payload = build_payload(await extract(call, RulesExtractor()), include_transcript=False)
    assert payload[POSTAL] == "49280"
    assert payload[CITY] == "La Séguinière"
    evidence = payload["evidence"]
    assert isinstance(evidence, dict)
    assert "la seguiniere" in normalize(evidence[CITY]["quote"])
    assert find_quote(evidence[CITY]["quote"], call) is not None


async def test_a_model_s_town_next_door_is_settled_too(
    openai_app: tuple[FastAPI, str], tmp_path: Path
) -> None:
    answer, payload = await model_extracts(
        openai_app,
        tmp_path,
        timed_call(CALL),
        {CITY: "Cholet", POSTAL: "49280"},
        {CITY: "Vous habitez bien à Cholet ?", POSTAL: "49280."},
    )
    assert answer[CITY] == "Cholet"  # what the model answered...
    assert payload[CITY] == "La Séguinière"  # ...and what was delivered
    evidence = payload["evidence"]
    assert isinstance(evidence, dict)
    assert "la seguiniere" in normalize(evidence[CITY]["quote"])


async def test_a_made_up_city_gives_way_to_the_commune_of_the_code_said(
    openai_app: tuple[FastAPI, str], tmp_path: Path
) -> None:
    """The model's invented city is counted as unsupported and the call's commune delivered;
    a made-up postal code moves nothing."""
    before = unsupported_count(CITY)
    invented = {CITY: "Angers", POSTAL: "49280"}
    _, payload = await model_extracts(
        openai_app, tmp_path, timed_call(CALL), invented, {CITY: "j'habite à Angers"}
    )
    assert payload[CITY] == "La Séguinière"
    assert unsupported_count(CITY) == before + 1

    # A code the call never says: blanked, and the commune it would give not taken.
    unsaid = timed_call(CALL.replace("49280", "quarante-neuf"))
    _, payload = await model_extracts(
        openai_app, tmp_path, unsaid, {CITY: "Cholet", POSTAL: "49280"}, {}
    )
    assert payload[POSTAL] == UNKNOWN
    assert payload[CITY] == "Cholet"


@pytest.mark.parametrize(
    "text",
    [
        "Oui, toujours, 19 rue de la gare, 49 280 la séguinière.",
        "42 avenue du Général de Gaulle à La Séguinière 49280.",
        "C'est à la Séguinière, 49.280.",
    ],
)
def test_a_code_said_beside_its_commune_gives_both(text: str) -> None:
    assert said_with_its_commune(text, SMALL) == ("49280", "La Séguinière")
    fields = settle_place(
        lead_fields(), text, postal_key=POSTAL, city_key=CITY, gazetteer=SMALL
    ).model_dump(by_alias=True)
    assert (fields[POSTAL], fields[CITY]) == ("49280", "La Séguinière")


@pytest.mark.parametrize(
    "text",
    [
        "On gagne 49 280 euros par an, à la Séguinière.",  # an amount, then the town
        "Cholet 49280, ou presque.",  # a town the list does not pair with that code
        "J'habite à la Séguinière. Le code, je ne sais plus, 49 000 quelque chose.",
    ],
)
def test_a_number_beside_a_town_is_no_code_unless_the_list_pairs_them(text: str) -> None:
    assert said_with_its_commune(text, SMALL) is None


def test_a_commune_a_recogniser_spelt_nearly_right_counts_when_none_is_named() -> None:
    places = Gazetteer.from_lines(["33200\tBordeaux\n", "59650\tVilleneuve-d'Ascq\n"])
    text = "Client: Un bordeau, quartier de Caudéran. Le code postal, c'est 33 200."
    assert named_commune("33200", text, places) == "Bordeaux"
    assert named_commune("59650", "Client: Non, à Villeneuve-Dasque.", places) == (
        "Villeneuve-d'Ascq"
    )
    # Not a word that only looks like it, nor one after "de".
    assert named_commune("33200", "Client: On a un bureau à la maison.", places) is None
    assert named_commune("33200", "Client: La route de bordeau.", places) is None


async def test_a_town_a_recogniser_spelt_nearly_right_is_delivered_with_its_evidence() -> None:
    call = timed_call(
        "Agent: Vous habitez où ?\n"
        "Client: Un bordeau, quartier de Caudéran.\n"
        "Agent: Et le code bostale ?\n"
        "Client: 33 200 33 200.\n"
    )
    payload = build_payload(await extract(call, RulesExtractor()), include_transcript=False)
    assert (payload[POSTAL], payload[CITY]) == ("33200", "Bordeaux")
    evidence = payload["evidence"]
    assert isinstance(evidence, dict)
    assert "bordeau" in normalize(evidence[CITY]["quote"])
    assert "33 200" in evidence[POSTAL]["quote"]
