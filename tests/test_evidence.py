"""Every delivered value rests on words of the call, or it is delivered as "-".

The checking (``stages.extract.evidence``) is tested on its own, then through the real
openai SDK against the OpenAI emulator, whose ``script``/``script_citations`` switches
make it invent a value with a made-up quote the way a model does.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from fastapi import FastAPI

import messages
from consumers import metrics
from consumers.settings import load_settings
from consumers.stage_table import open_handler
from devkit.emulators.samples import DEFAULT_CALL_TEXT
from messages import UNKNOWN, LeadFields
from stages.deliver import build_payload
from stages.extract import RulesExtractor, extract
from stages.extract.evidence import (
    EXACT,
    SOLAR_KINDS,
    Kind,
    find_quote,
    normalize,
    spelt_alike,
    support,
)

API_KEY = "sk-test-emulator-evidence"
STEP_MS = 4000
OFFSET_MS = 1500  # leading silence the trim removed: original times start later


def timed_call(text: str = DEFAULT_CALL_TEXT) -> messages.Transcript:
    """The call as diarized utterances with times on the original recording."""
    utterances = []
    for index, line in enumerate(line for line in text.splitlines() if line.strip()):
        role, said = line.split(":", 1)
        start = OFFSET_MS + index * STEP_MS
        utterances.append(
            messages.Utterance(
                speaker="A" if role == "Agent" else "B",
                text=said.strip(),
                start_ms=index * STEP_MS,
                end_ms=index * STEP_MS + STEP_MS - 200,
                original_start_ms=start,
                original_end_ms=start + STEP_MS - 200,
            )
        )
    return _transcript(utterances, (OFFSET_MS + len(utterances) * STEP_MS) / 1000)


def _transcript(utterances: list[messages.Utterance], seconds: float) -> messages.Transcript:
    return messages.Transcript(
        fiche_id=5,
        text=" ".join(u.text for u in utterances),
        utterances=utterances,
        language="fr",
        backend="test",
        original_seconds=seconds,
    )


def unsupported_count(key: str) -> float:
    value = metrics.REGISTRY.get_sample_value("audio_nlp_unsupported_values_total", {"field": key})
    return value or 0.0


# --- normalisation and quote matching -------------------------------------------------


def test_normalize_folds_case_accents_and_punctuation() -> None:
    assert normalize("Élodie habite À Besançon, rue de l'Église !") == (
        "elodie habite a besancon rue de l eglise"
    )


def test_normalize_reads_spoken_numbers_as_digits() -> None:
    assert normalize("cent vingt-huit euros") == normalize("128 euros") == "128 euros"
    assert normalize("j'ai cinquante-deux ans") == "j ai 52 ans"


def test_normalize_joins_a_phone_number_however_it_is_spaced() -> None:
    spoken = normalize("zéro six, douze trente-quatre cinquante-six soixante-dix-huit")
    assert "612345678" in spoken.replace(" ", "")
    assert normalize("06 12 34 56 78") == normalize("06.12.34.56.78") == "0612345678"
    assert normalize("+33 6 12 34 56 78") == "0612345678"


def test_an_exact_quote_is_found_with_full_confidence() -> None:
    found = find_quote("Client: Je suis propriétaire", timed_call())
    assert found is not None
    said, confidence = found
    assert "je suis proprietaire" in said and confidence == EXACT


def test_a_quote_with_asr_spacing_and_a_typo_is_found_fuzzily() -> None:
    # The model re-spaced a word and dropped a letter: the same words, not exactly.
    found = find_quote("vous pouvez aussi joind re ma fem au 07 98 76 54 32", timed_call())
    assert found is not None
    said, confidence = found
    assert "0798765432" in said and 0.5 < confidence < EXACT


def test_an_invented_quote_is_rejected() -> None:
    assert find_quote("j'habite à Lyon depuis dix ans", timed_call()) is None
    assert find_quote("mon numéro est le 06 99 88 77 66", timed_call()) is None
    assert find_quote("oui", timed_call()) is None  # too short to prove anything


def test_a_true_quote_that_does_not_hold_the_value_does_not_support_it() -> None:
    fields = rules_fields(client_city_data_ia="Lyon")
    # A real sentence of the call, but "Lyon" is not in it.
    checked = support(
        fields, {"client_city_data_ia": "Oui, c'est moi, Pierre Martin"}, timed_call(), SOLAR_KINDS
    )
    assert isinstance(checked.fields, LeadFields)
    assert checked.fields.client_city_data_ia == UNKNOWN
    assert checked.unsupported == ["client_city_data_ia"]


@pytest.mark.parametrize(
    ("city", "backed"),
    [
        ("Toulouse", True),  # said as written
        ("Toulousse", True),  # a recogniser's near spelling of a long name
        ("Toulon", False),  # another town
        ("Lyon", False),  # a town not said
        ("Tours", False),  # not said: "tous" is as near, and too short a name to tell
    ],
)
def test_a_town_is_backed_by_its_words_or_a_near_spelling(city: str, backed: bool) -> None:
    fields = rules_fields(client_city_data_ia=city)
    checked = support(fields, {}, timed_call(), SOLAR_KINDS)
    assert isinstance(checked.fields, LeadFields)
    assert (checked.fields.client_city_data_ia == city) is backed


def test_a_near_spelling_is_words_of_about_as_many_letters() -> None:
    assert spelt_alike("villeneuve d ascq", "non a villeneuve dasque") == "villeneuve dasque"
    assert spelt_alike("bordeaux", "un bordeau quartier") == "bordeau"
    assert spelt_alike("gap", "un gab") is None  # too short to tell from other words
    assert spelt_alike("tours", "vous travaillez tous les deux") is None
    assert spelt_alike("bordeaux", "un bureau a la maison") is None


def test_a_literal_without_quote_is_located_in_the_utterances() -> None:
    fields = rules_fields(age_mme_data_ia="49")
    checked = support(fields, {}, timed_call(), {"age_mme_data_ia": Kind.NUMBERS})
    item = checked.evidence["age_mme_data_ia"]
    assert "49" in item.quote and item.confidence < EXACT
    assert checked.unsupported == []


def test_a_postal_code_said_in_two_groups_is_supported() -> None:
    fields = rules_fields(client_postal_code_data_ia="45160")
    said = stereo_call(
        ("agent", "C'est bien à Olivet ?"), ("client", "Oui. Quarante-cinq, cent soixante.")
    )
    checked = support(fields, {}, said, {"client_postal_code_data_ia": Kind.NUMBERS})
    assert checked.unsupported == []
    other = stereo_call(("agent", "C'est bien à Olivet ?"), ("client", "Oui. Quarante-cinq."))
    checked = support(fields, {}, other, {"client_postal_code_data_ia": Kind.NUMBERS})
    assert checked.unsupported == ["client_postal_code_data_ia"]


def test_a_postal_code_said_as_a_thousand_is_supported() -> None:
    fields = rules_fields(client_postal_code_data_ia="05000")
    said = stereo_call(("agent", "Votre code postal ?"), ("client", "Cinq mille."))
    assert support(fields, {}, said, SOLAR_KINDS).unsupported == []
    other = stereo_call(("agent", "Votre code postal ?"), ("client", "Cinq mille cent."))
    assert support(fields, {}, other, SOLAR_KINDS).unsupported == ["client_postal_code_data_ia"]


@pytest.mark.parametrize(("age", "supported"), [("54", True), ("52", True), ("50", False)])
def test_an_age_said_against_another_is_supported(age: str, supported: bool) -> None:
    fields = rules_fields(age_mme_data_ia=age)
    said = stereo_call(
        ("agent", "Votre âge ?"),
        ("client", "Cinquante-quatre ans."),
        ("agent", "Et votre épouse ?"),
        ("client", "Elle a deux ans de moins que moi."),
    )
    # 54 is said; 52 is two less than the 54 said; 50 would need a 52 said.
    checked = support(fields, {}, said, SOLAR_KINDS)
    assert checked.unsupported == ([] if supported else ["age_mme_data_ia"])
    # A model quoting the difference is backed the same way.
    quoted = support(fields, {"age_mme_data_ia": "deux ans de moins que moi"}, said, SOLAR_KINDS)
    assert quoted.unsupported == checked.unsupported


RULES_NEUTRAL: dict[str, object] = {
    **{(f.alias or name): UNKNOWN for name, f in LeadFields.model_fields.items()},
    "adresse_modifiee": 0,
    "score_interet": 0,
    "classement": "Valide",
    "disponibilite": "Non",
    "analyse_agent": [],
    "recommandations_qualiticien": [],
}


# --- names are the client's own when the roles are known --------------------------------


def stereo_call(*lines: tuple[str, str]) -> messages.Transcript:
    """Utterances of known roles, as a stereo recording gives them."""
    utterances = [
        messages.Utterance(
            speaker=role.capitalize(),
            role=role,
            text=said,
            start_ms=index * STEP_MS,
            end_ms=index * STEP_MS + STEP_MS - 200,
            original_start_ms=index * STEP_MS,
            original_end_ms=index * STEP_MS + STEP_MS - 200,
        )
        for index, (role, said) in enumerate(lines)
    ]
    return _transcript(utterances, len(lines) * STEP_MS / 1000)


def rules_fields(**values: object) -> LeadFields:
    """The rules' neutral answer with ``values`` (keys as delivered) filled."""
    return LeadFields.model_validate({**RULES_NEUTRAL, **values}, by_alias=True)


def names(first: str, last: str = UNKNOWN) -> LeadFields:
    return rules_fields(client_first_name_data_ia=first, client_last_name_data_ia=last)


def test_a_name_only_the_agent_says_is_not_the_client_s() -> None:
    call = stereo_call(
        ("agent", "Bonsoir, ici Romain, de la société Toits Verts. Je parle à monsieur Vidal ?"),
        ("client", "Non, vous avez un mauvais numéro."),
    )
    # The agent's own first name, and a surname the client denies, even quoted exactly.
    checked = support(
        names("Romain", "Vidal"), {"client_first_name_data_ia": "ici Romain"}, call, SOLAR_KINDS
    )
    assert checked.unsupported == ["client_first_name_data_ia", "client_last_name_data_ia"]


def test_a_name_the_client_says_or_confirms_is_kept() -> None:
    call = stereo_call(
        ("agent", "Bonsoir, ici Romain, des Toits Verts. Je parle bien à monsieur Vidal ?"),
        ("client", "Tout à fait. Enfin, Marc Vidal, oui."),
    )
    checked = support(names("Marc", "Vidal"), {}, call, SOLAR_KINDS)
    assert checked.unsupported == []
    # Located in the client's words, not in the agent's question.
    assert "Marc" in checked.evidence["client_first_name_data_ia"].quote
    # The agent's question the client agrees to backs the surname on its own.
    confirmed = stereo_call(
        ("agent", "Ici Romain, des Toits Verts. Je parle bien à monsieur Vidal ?"),
        ("client", "Oui, c'est moi."),
    )
    checked = support(names(UNKNOWN, "Vidal"), {}, confirmed, SOLAR_KINDS)
    assert checked.unsupported == []
    # A hesitation before the yes is still a yes.
    hesitant = stereo_call(
        ("agent", "Je parle bien à monsieur Vidal ?"), ("client", "Euh... oui, oui.")
    )
    assert support(names(UNKNOWN, "Vidal"), {}, hesitant, SOLAR_KINDS).unsupported == []
    # ... but not the agent's own name, said outside the question.
    checked = support(names("Romain"), {}, confirmed, SOLAR_KINDS)
    assert checked.unsupported == ["client_first_name_data_ia"]


def test_without_roles_a_name_anywhere_in_the_call_still_counts() -> None:
    # Mono, diarized A/B: who is the agent is a guess, so nothing is restricted.
    call = timed_call("Agent: Bonsoir, ici Romain, des Toits Verts.\nClient: Oui, bonsoir.")
    checked = support(names("Romain"), {}, call, SOLAR_KINDS)
    assert checked.unsupported == []


def test_married_is_said_through_the_spouse() -> None:
    call = stereo_call(("agent", "Bonjour madame."), ("client", "Je dois voir avec mon mari."))
    fields = rules_fields(situation_familiale_data_ia="mariée")
    assert support(fields, {}, call, SOLAR_KINDS).unsupported == []


@pytest.mark.parametrize(
    ("key", "value", "agent", "client", "supported"),
    [
        # "fuel" is fioul as many say and write it.
        ("mode_chauffage_data_ia", "fioul", "Votre chauffage ?", "Une chaudière fuel.", True),
        ("mode_chauffage_data_ia", "fioul", "Votre chauffage ?", "Au feu de bois.", False),
        # Working on one's own account is self-employed.
        ("activite_mr_data_ia", "indépendant", "Et vous ?", "Je suis à mon compte.", True),
        ("activite_mr_data_ia", "indépendant", "Et vous ?", "J'ai un patron.", False),
        # A spouse's death is widowhood; another relative's is not.
        ("situation_familiale_data_ia", "veuve", "Bonjour.", "Mon époux est décédé.", True),
        ("situation_familiale_data_ia", "veuve", "Bonjour.", "Mon père est décédé.", False),
        # The spouse named in the agent's question, as in the client's words.
        ("situation_familiale_data_ia", "mariée", "Votre mari et vous ?", "Oui.", True),
        ("situation_familiale_data_ia", "en couple", "Bonjour.", "Mon conjoint décide.", True),
        # A pellet stove burns wood; a gas boiler does not.
        ("mode_chauffage_data_ia", "bois", "Et le chauffage ?", "Un poêle à granulés.", True),
        ("mode_chauffage_data_ia", "bois", "Et le chauffage ?", "Une chaudière gaz.", False),
        # A town with its article, said after "à" or "de".
        ("client_city_data_ia", "Le Tampon", "Vous habitez où ?", "Au Tampon, en haut.", True),
        ("client_city_data_ia", "Les Abymes", "Et la commune ?", "On est aux Abymes.", True),
        ("client_city_data_ia", "Le Tampon", "Vous habitez où ?", "À Saint-Pierre.", False),
        # The street corrected after the number, with no read-back.
        (
            "client_address_data_ia",
            "12 impasse des Lilas",
            "L'adresse ?",
            "Douze, rue des Lilas... non, impasse des Lilas.",
            True,
        ),
        (
            "client_address_data_ia",
            "12 impasse des Lilas",
            "L'adresse ?",
            "Impasse des Lilas, au numéro 21... 12.",
            False,
        ),
        # The number corrected after the street, with no read-back.
        (
            "client_address_data_ia",
            "28 rue des Peupliers",
            "L'adresse ?",
            "Vingt-six, rue des Peupliers... euh, non, vingt-huit.",
            True,
        ),
        (
            "client_address_data_ia",
            "28 rue des Peupliers",
            "L'adresse ?",
            "Vingt-six, rue des Peupliers. Le vingt-huit, c'est en face, au 12.",
            False,
        ),
        # A side of the roof told by the sun.
        ("orientation_data_ia", "sud", "Le toit ?", "Il est orienté plein midi.", True),
        ("orientation_data_ia", "sud", "Le toit ?", "On mange à midi.", False),
        ("orientation_data_ia", "ouest", "Le pan ?", "Il a le soleil couchant.", True),
        ("orientation_data_ia", "ouest", "Le pan ?", "Il a le soleil levant.", False),
        ("orientation_data_ia", "sud", "Le toit ?", "La cour est au midi.", True),
        ("orientation_data_ia", "ouest", "Le toit ?", "Le grand pan, côté couchant.", True),
        ("orientation_data_ia", "est", "Le toit ?", "Il est au levant.", True),
        (
            "orientation_data_ia",
            "bien ensoleillée",
            "Le toit ?",
            "Le soleil, on l'a du matin au soir.",
            True,
        ),
        ("orientation_data_ia", "bien ensoleillée", "Le toit ?", "Il fait beau ce matin.", False),
    ],
)
def test_a_label_said_in_other_words(
    key: str, value: str, agent: str, client: str, supported: bool
) -> None:
    call = stereo_call(("agent", agent), ("client", client))
    fields = rules_fields(**{key: value})
    assert support(fields, {}, call, SOLAR_KINDS).unsupported == ([] if supported else [key])


# --- the rules extractor gets evidence through the locator ----------------------------


async def test_every_literal_the_rules_deliver_has_evidence_found_in_the_call() -> None:
    call = timed_call()
    out = await extract(call, RulesExtractor())
    payload = build_payload(out, include_transcript=False)

    literal = [key for key, kind in SOLAR_KINDS.items() if kind is not Kind.CATEGORY]
    filled = [key for key in literal if payload[key] != UNKNOWN]
    assert len(filled) >= 8  # the sample call says names, phones, address, ages…
    evidence = payload["evidence"]
    assert isinstance(evidence, dict)
    for key in filled:
        item = evidence[key]
        assert find_quote(item["quote"], call) is not None, key
        assert normalize(str(payload[key])).replace(" ", "") in normalize(item["quote"]).replace(
            " ", ""
        ), key
        assert 0 <= item["start_ms"] <= item["end_ms"] <= call.original_seconds * 1000


async def test_a_postal_code_whisper_wrote_in_groups_keeps_its_evidence() -> None:
    call = timed_call(
        "Agent: Quelle est votre adresse ?\n"
        "Client: 5 rue des Forges à Nancy, 54 000 3.\n"
        "Agent: Un numéro pour vous joindre ?\n"
        "Client: 06-41-2837-55.\n"
    )
    payload = build_payload(await extract(call, RulesExtractor()), include_transcript=False)
    assert payload["client_postal_code_data_ia"] == "54003"
    assert payload["client_phone_number"] == "0641283755"
    evidence = payload["evidence"]
    assert isinstance(evidence, dict)
    assert "54 000 3" in evidence["client_postal_code_data_ia"]["quote"]
    assert "06-41-2837-55" in evidence["client_phone_number"]["quote"]


@pytest.mark.parametrize("said", ["en cédéie dans une banque", "à durée indéterminée"])
async def test_a_cdi_said_in_other_words_keeps_its_evidence(said: str) -> None:
    call = timed_call(
        f"Agent: Vous travaillez tous les deux ?\nClient: Moi je suis {said}, ma femme est kiné.\n"
    )
    payload = build_payload(await extract(call, RulesExtractor()), include_transcript=False)
    assert payload["activite_mr_data_ia"] == "CDI"
    evidence = payload["evidence"]
    assert isinstance(evidence, dict)
    assert said in evidence["activite_mr_data_ia"]["quote"]


# --- through the SDK and the emulator --------------------------------------------------


async def model_extracts(
    openai_app: tuple[FastAPI, str],
    data_dir: Path,
    call: messages.Transcript,
    answer: dict[str, str],
    citations: dict[str, str],
) -> tuple[dict[str, object], dict[str, object]]:
    """The extract stage (EXTRACTOR=openai, the SDK against the emulator) on ``call``, the
    model scripted to answer ``answer`` citing ``citations``: what the model answered, and
    the payload delivered."""
    app, url = openai_app
    app.state.script, app.state.script_citations = answer, citations
    settings = load_settings(
        extractor="openai", openai_api_key=API_KEY, openai_base_url=f"{url}/v1", data_dir=data_dir
    )
    try:
        async with open_handler("extract", settings) as handle:
            out = await handle(call)
    finally:
        app.state.script, app.state.script_citations = {}, {}
    assert isinstance(out, messages.Extraction)
    [answered] = list(app.state.answers)[-1:]
    return answered, build_payload(out, include_transcript=False)


async def test_an_invented_value_is_delivered_as_unknown_and_counted(
    openai_app: tuple[FastAPI, str], tmp_path: Path
) -> None:
    invented = ("client_address_data_ia", "client_phone_number")
    before = {key: unsupported_count(key) for key in invented}
    call = timed_call()
    # (An invented town would be put right from the call's "31200 Toulouse":
    # tests/test_places.py.)
    answer, payload = await model_extracts(
        openai_app,
        tmp_path,
        call,
        {"client_address_data_ia": "3 rue de la Paix", "client_phone_number": "0699887766"},
        {
            "client_address_data_ia": "j'habite 3 rue de la Paix",
            "client_phone_number": "mon numéro est le 06 99 88 77 66",
        },
    )
    assert answer["client_address_data_ia"] == "3 rue de la Paix"  # the model invented it...
    assert payload["client_address_data_ia"] == UNKNOWN  # ...and it was not delivered
    assert payload["client_phone_number"] == UNKNOWN
    evidence = payload["evidence"]
    assert isinstance(evidence, dict)
    assert "client_address_data_ia" not in evidence and "client_phone_number" not in evidence
    for key, was in before.items():
        assert unsupported_count(key) == was + 1

    # A true value with a true quote keeps both, timed inside the recording.
    assert payload["client_last_name_data_ia"] == "Martin"
    item = evidence["client_last_name_data_ia"]
    assert find_quote(item["quote"], call) is not None
    assert "martin" in normalize(item["quote"])
    assert item["confidence"] == EXACT
    assert 0 <= item["start_ms"] <= item["end_ms"] <= call.original_seconds * 1000
    assert item["start_ms"] >= OFFSET_MS  # the original timeline, not the trimmed one
    assert payload["tel2_data_ia"] == "0798765432" and "tel2_data_ia" in evidence


@pytest.mark.parametrize(
    ("agent", "client"),
    [
        (
            "Bonjour madame, Alexandre, de Haute-Marne Habitat. Je cherche madame Humbert.",
            "C'est moi. Qu'est-ce que c'est ?",
        ),
        ("Bonjour monsieur, Jade, de Béarn Solaire. Monsieur Humbert ?", "Lui-même. Bonjour."),
    ],
)
def test_owning_up_to_the_name_the_agent_says_backs_it_asked_or_not(
    agent: str, client: str
) -> None:
    call = stereo_call(("agent", agent), ("client", client))
    assert support(names(UNKNOWN, "Humbert"), {}, call, SOLAR_KINDS).unsupported == []
    # Owning up backs the agent's last sentence only, not its greeting.
    assert support(names("Alexandre"), {}, call, SOLAR_KINDS).unsupported != []
    # A plain statement answered with something else backs nothing.
    other = stereo_call(("agent", agent), ("client", "Ah, vous faites erreur."))
    assert support(names(UNKNOWN, "Humbert"), {}, other, SOLAR_KINDS).unsupported != []


def test_a_yes_to_a_question_written_as_a_statement_backs_its_last_clause() -> None:
    call = stereo_call(
        (
            "agent",
            "Bonjour monsieur, Julie de Soleil Rénovation, je suis bien chez monsieur Fabre.",
        ),
        ("client", "Oui, c'est pourquoi ?"),
    )
    assert support(names(UNKNOWN, "Fabre"), {}, call, SOLAR_KINDS).unsupported == []
    # The greeting before it is the agent's own name, never confirmed.
    assert support(names("Julie"), {}, call, SOLAR_KINDS).unsupported == [
        "client_first_name_data_ia"
    ]


_THIS_YEAR = date.today().year


@pytest.mark.parametrize(
    ("said", "key", "age"),
    [
        ("Je suis née en quarante-neuf. Alors faites le compte.", "age_mme_data_ia", 1949),
        ("Trente-neuf ans. Et mon mari, il est de quatre-vingt-cinq.", "age_mr_data_ia", 1985),
        # The other age from a birth year, and a difference from it.
        ("Je suis de quatre-vingt-un. Mon mari, trois ans de plus.", "age_mr_data_ia", 1978),
    ],
)
def test_an_age_from_a_birth_year_is_backed_and_the_next_one_is_not(
    said: str, key: str, age: int
) -> None:
    call = stereo_call(("agent", "Votre âge, madame ?"), ("client", said))
    born_in = rules_fields(**{key: str(_THIS_YEAR - age)})
    assert support(born_in, {}, call, SOLAR_KINDS).unsupported == []
    a_year_off = rules_fields(**{key: str(_THIS_YEAR - age + 1)})
    assert support(a_year_off, {}, call, SOLAR_KINDS).unsupported == [key]


def test_an_age_backed_by_a_difference_without_its_verb() -> None:
    couple = stereo_call(
        ("agent", "Votre âge, madame ?"),
        ("client", "Quarante ans. Et Fabien, mon compagnon, trois de plus."),
    )
    ages = rules_fields(age_mr_data_ia="43")
    assert support(ages, {}, couple, SOLAR_KINDS).unsupported == []


def test_one_year_of_difference_said_in_words_backs_the_age() -> None:
    couple = stereo_call(
        ("agent", "Votre âge, madame ?"),
        ("client", "Cinquante-neuf ans. Et mon mari a un an de plus que moi."),
    )
    assert support(rules_fields(age_mr_data_ia="60"), {}, couple, SOLAR_KINDS).unsupported == []
    wrong = rules_fields(age_mr_data_ia="61")
    assert support(wrong, {}, couple, SOLAR_KINDS).unsupported == ["age_mr_data_ia"]


def test_a_birthday_to_come_backs_the_age_before_it() -> None:
    call = stereo_call(
        ("agent", "Votre âge, madame ?"), ("client", "J'aurai cinquante ans en décembre.")
    )
    assert support(rules_fields(age_mme_data_ia="49"), {}, call, SOLAR_KINDS).unsupported == []
    wrong = rules_fields(age_mme_data_ia="48")
    assert support(wrong, {}, call, SOLAR_KINDS).unsupported == ["age_mme_data_ia"]
    theirs = stereo_call(
        ("agent", "Et votre compagne ?"), ("client", "Elle aura trente-cinq ans en juin.")
    )
    assert support(rules_fields(age_mme_data_ia="34"), {}, theirs, SOLAR_KINDS).unsupported == []


def test_a_feminine_status_is_backed_by_the_plural_said() -> None:
    call = stereo_call(("agent", "Vous êtes mariés ?"), ("client", "Pacsés. Pas d'enfants."))
    pacsed = rules_fields(situation_familiale_data_ia="pacsée")
    assert support(pacsed, {}, call, SOLAR_KINDS).unsupported == []
    married = rules_fields(situation_familiale_data_ia="divorcée")
    assert support(married, {}, call, SOLAR_KINDS).unsupported == ["situation_familiale_data_ia"]


def test_a_couple_said_as_living_together_is_backed() -> None:
    together = stereo_call(
        ("agent", "Vous êtes combien dans la maison ?"),
        ("client", "Ma copine et moi. On n'est pas mariés, on est juste ensemble."),
    )
    couple = rules_fields(situation_familiale_data_ia="en couple")
    assert support(couple, {}, together, SOLAR_KINDS).unsupported == []
    apart = stereo_call(("agent", "Vous êtes combien ?"), ("client", "Ma copine et moi."))
    assert support(couple, {}, apart, SOLAR_KINDS).unsupported == ["situation_familiale_data_ia"]
