"""The rules extractor on real French phrasings: numbers, phones, and each field."""

from __future__ import annotations

from datetime import date

import pytest

from devkit.emulators.samples import DEFAULT_CALL_TEXT
from messages import UNKNOWN, LeadFields
from stages.extract.rules import (
    extract_fields,
    french_number_values,
    numberize,
    parse_french_number,
    parse_phone,
    split_turns,
    tidy_city,
    tidy_hour,
    unknown_fields,
)


@pytest.mark.parametrize(
    ("spoken", "value"),
    [
        ("cent vingt-huit euros", 128),
        ("quatre-vingt-dix mètres carrés", 90),
        ("soixante-dix", 70),
        ("soixante et onze", 71),
        ("soixante-dix-sept", 77),
        ("quatre-vingts", 80),
        ("quatre-vingt-onze", 91),
        ("quatre-vingt-dix-neuf", 99),
        ("vingt et un", 21),
        ("trente-deux", 32),
        ("dix-sept", 17),
        ("mille deux cents", 1200),
        ("deux mille vingt-quatre", 2024),
        ("trois cent mille", 300_000),
        ("Cent vingt euros par mois", 120),
        ("septante-deux", 72),
        ("nonante", 90),
        ("zéro", 0),
        ("128", 128),
        ("1 200 euros", 1200),
    ],
)
def test_parse_french_number(spoken: str, value: int) -> None:
    assert parse_french_number(spoken) == value


def test_parse_french_number_without_a_number() -> None:
    assert parse_french_number("je ne sais pas") is None
    assert parse_french_number("un peu") is None  # the article is not the number one


def test_adjacent_numbers_stay_apart() -> None:
    assert french_number_values(["six", "douze"]) == [6, 12]
    assert french_number_values(["vingt", "trente"]) == [20, 30]
    assert numberize("j'ai un chien et deux chats") == "j'ai un chien et 2 chats"


@pytest.mark.parametrize(
    "spoken",
    [
        "zéro six douze trente-quatre cinquante-six soixante-dix-huit",
        "Mon numéro c'est le zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit.",
        "06 12 34 56 78",
        "06.12.34.56.78",
        "0612345678",
        "+33 6 12 34 56 78",
        "zéro six un deux trois quatre cinq six sept huit",
    ],
)
def test_parse_phone(spoken: str) -> None:
    assert parse_phone(spoken) == "0612345678"


def test_parse_phone_rejects_what_is_not_a_phone() -> None:
    assert parse_phone("j'ai 54 ans et 3 enfants") is None
    assert parse_phone("31200 Toulouse") is None


def test_default_call_sample() -> None:
    fields = extract_fields(DEFAULT_CALL_TEXT)
    assert fields.client_first_name_data_ia == "Pierre"
    assert fields.client_last_name_data_ia == "Martin"
    assert fields.client_phone_number == "0612345678"
    assert fields.tel2_data_ia == "0798765432"
    assert fields.client_address_data_ia == "14 rue des Lilas"
    assert fields.client_city_data_ia == "Toulouse"
    assert fields.client_postal_code_data_ia == "31200"
    assert fields.proprietaire_data_ia == "oui"
    assert fields.mode_chauffage_data_ia == "électrique"
    assert (fields.facture_data_ia, fields.mensuelle_annuelle_data_ia) == ("120", "mensuelle")
    assert fields.superficie_data_ia == "110"
    assert fields.toiture_data_ia == "tuiles"
    assert fields.orientation_data_ia == "sud"
    assert fields.surface_toit_libre_data_ia == "20m"
    assert (fields.age_mr_data_ia, fields.age_mme_data_ia) == ("52", "49")
    assert fields.situation_familiale_data_ia == "marié, 2 enfants"
    assert fields.activite_mr_data_ia == "CDI"  # the field guide dates self-employment only
    assert fields.activite_mme_data_ia == "infirmière"
    assert (fields.creneau_rappel_data_ia, fields.heure_rappel_data_ia) == ("mardi matin", "10h")
    assert fields.entretien_data_ia == "Mr"
    assert fields.classement == "Valide"
    assert fields.disponibilite == "Oui"
    assert 5 <= fields.score_interet <= 10
    assert fields.revenu_data_ia == UNKNOWN
    assert fields.adresse_modifiee == 0


SPOKEN_CALL = """\
Agent: Bonjour madame, je suis Marc de Éco Habitat. Vous êtes bien madame Durand ?
Client: Oui, je m'appelle Sophie Durand.
Agent: Vous êtes propriétaire de votre maison ?
Client: Oui.
Agent: Comment vous chauffez-vous ?
Client: Au fioul, et on a aussi un poêle à bois.
Agent: Et votre facture ?
Client: On paie mille deux cents euros par an à peu près.
Agent: La surface ?
Client: Quatre-vingt-dix mètres carrés.
Agent: Et le toit ?
Client: Des ardoises, orienté est-ouest, moins de quinze mètres carrés de libre.
Agent: Quel âge avez-vous ?
Client: J'ai cinquante et un ans, mon mari a cinquante-quatre ans. Il est retraité.
Agent: Et vous, vous travaillez ?
Client: Je suis fonctionnaire.
Agent: Votre adresse ?
Client: J'habite au 12 rue des Lilas à Lyon, soixante-neuf mille trois.
Agent: Un numéro pour vous joindre ?
Client: Zéro six douze trente-quatre cinquante-six soixante-dix-huit.
Agent: Quand puis-je vous rappeler ?
Client: Jeudi après-midi, vers quatorze heures trente.
"""


def test_spoken_call() -> None:
    fields = extract_fields(SPOKEN_CALL)
    assert (fields.client_first_name_data_ia, fields.client_last_name_data_ia) == (
        "Sophie",
        "Durand",
    )
    assert fields.entretien_data_ia == "Mme"
    assert fields.proprietaire_data_ia == "oui"
    assert fields.mode_chauffage_data_ia == "fioul et bois"
    assert (fields.facture_data_ia, fields.mensuelle_annuelle_data_ia) == ("1200", "annuelle")
    assert fields.superficie_data_ia == "90"
    assert fields.toiture_data_ia == "ardoises"
    assert fields.orientation_data_ia == "est-ouest"
    assert fields.surface_toit_libre_data_ia == "moins de 20m"
    assert (fields.age_mr_data_ia, fields.age_mme_data_ia) == ("54", "51")
    assert fields.activite_mr_data_ia == "retraité"
    assert fields.activite_mme_data_ia == "fonctionnaire"
    assert fields.client_address_data_ia == "12 rue des Lilas"
    assert fields.client_city_data_ia == "Lyon"
    assert fields.client_postal_code_data_ia == "69003"
    assert fields.client_phone_number == "0612345678"
    assert fields.tel2_data_ia == UNKNOWN
    assert fields.creneau_rappel_data_ia == "jeudi après-midi"
    assert fields.heure_rappel_data_ia == "14h30"


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Client: Je suis propriétaire.", "oui"),
        ("Client: Non, je suis locataire.", "non"),
        ("Client: Je ne suis pas propriétaire.", "non"),
        ("Agent: Vous êtes propriétaire ?\nClient: Non, pas du tout.", "non"),
        ("Agent: Vous êtes propriétaire ou locataire ?\nClient: Locataire.", "non"),
        ("Agent: Vous êtes propriétaire ou locataire ?\nClient: Propriétaire.", "oui"),
        ("Client: Bonjour.", "-"),
        # The owner after an article is someone else: the client's landlord.
        (
            "Client: Mes parents sont locataires.\nAgent: Donc vous n'êtes pas propriétaires.\n"
            "Client: Non. Mais le propriétaire pourrait être intéressé.",
            "non",
        ),
    ],
)
def test_owner(text: str, owner: str) -> None:
    assert extract_fields(text).proprietaire_data_ia == owner


@pytest.mark.parametrize(
    ("said", "classement"),
    [
        # A home that is no house, said outright, beats a house spoken of otherwise.
        (
            "Agent: Vous êtes propriétaire ?\nClient: Oui. J'habite dans un mobil-home, à "
            "l'année. J'ai vendu la maison il y a huit ans.",
            "Non intéressant",
        ),
        (
            "Agent: Vous êtes propriétaire ?\nClient: Oui, mais c'est un appartement.",
            "Non intéressant",
        ),
        (
            "Agent: Vous êtes propriétaire ?\nClient: Oui. On habite une maison, mon fils a un "
            "appartement en ville.",
            "Valide",
        ),
    ],
)
def test_a_home_that_is_no_house_is_not_interesting(said: str, classement: str) -> None:
    assert extract_fields(said).classement == classement


def test_tenant_is_not_interesting() -> None:
    fields = extract_fields("Agent: Vous êtes propriétaire ?\nClient: Non, je loue un appartement.")
    assert fields.proprietaire_data_ia == "non"
    assert fields.classement == "Non intéressant"


@pytest.mark.parametrize(
    ("said", "amount", "period"),
    [
        ("Client: Ma facture d'électricité c'est cent vingt-huit euros.", "128", "mensuelle"),
        ("Client: Je paie 90 € par mois.", "90", "mensuelle"),
        ("Client: La facture fait 1 500 euros par an.", "1500", "annuelle"),
        ("Client: On paie plus de cent euros.", "plus_de_100", "mensuelle"),
        (
            "Client: La facture est entre quatre-vingts et cent euros.",
            "entre 80 et 100",
            "mensuelle",
        ),
        ("Client: La facture, je ne sais pas.", "-", "-"),
        # Paid every two months: the monthly figure, worked out by the client or halved.
        (
            "Client: La facture tombe tous les deux mois. Deux cent trente euros, ça fait cent "
            "quinze par mois.",
            "115",
            "mensuelle",
        ),
        ("Client: On paie l'électricité tous les deux mois : 180 euros.", "90", "mensuelle"),
    ],
)
def test_bill(said: str, amount: str, period: str) -> None:
    fields = extract_fields(said)
    assert (fields.facture_data_ia, fields.mensuelle_annuelle_data_ia) == (amount, period)


@pytest.mark.parametrize(
    ("said", "mr", "mme"),
    [
        ("Agent: Bonjour monsieur.\nClient: Monsieur a 54 ans.", "54", "-"),
        ("Agent: Bonjour monsieur Petit.\nClient: J'ai 54 ans.", "54", "-"),
        ("Agent: Bonjour madame Petit.\nClient: J'ai 54 ans.", "-", "54"),
        ("Client: Ma femme a 51 ans.", "-", "51"),
        ("Client: Moi j'ai soixante-deux ans et ma femme a cinquante-neuf ans.", "62", "59"),
        ("Client: J'ai 54 ans.", "-", "-"),  # who is speaking is unknown: not guessed
        ("Client: Je travaille depuis 20 ans dans le bâtiment.", "-", "-"),
    ],
)
def test_ages(said: str, mr: str, mme: str) -> None:
    fields = extract_fields(said)
    assert (fields.age_mr_data_ia, fields.age_mme_data_ia) == (mr, mme)


@pytest.mark.parametrize(
    ("said", "heating"),
    [
        ("Client: On se chauffe au gaz.", "gaz"),
        ("Client: Le chauffage, c'est une pompe à chaleur.", "pompe à chaleur"),
        ("Agent: Votre chauffage ?\nClient: Électrique, des convecteurs.", "électrique"),
        ("Client: La facture d'électricité est de 100 euros.", "-"),
    ],
)
def test_heating(said: str, heating: str) -> None:
    assert extract_fields(said).mode_chauffage_data_ia == heating


@pytest.mark.parametrize(
    ("said", "orientation"),
    [
        ("Client: Le toit est orienté plein sud.", "sud"),
        ("Client: Le toit est exposé à l'est.", "est"),
        ("Client: C'est un toit est-ouest.", "est-ouest"),
        ("Client: Deux pans, un à l'est et un à l'ouest.", "est-ouest"),
        ("Client: Un pan côté ouest, l'autre plein est.", "est-ouest"),
        ("Client: Le toit est orienté nord.", "nord"),
        ("Client: Le toit est en tuiles, il est grand.", "-"),  # "est" the verb
    ],
)
def test_orientation(said: str, orientation: str) -> None:
    assert extract_fields(said).orientation_data_ia == orientation


def test_address_city_postal_code() -> None:
    fields = extract_fields("Client: J'habite au 12 rue des Lilas à Lyon, 69003.")
    assert fields.client_address_data_ia == "12 rue des Lilas"
    assert fields.client_city_data_ia == "Lyon"
    assert fields.client_postal_code_data_ia == "69003"


def test_spoken_address_number_and_compound_city() -> None:
    fields = extract_fields("Client: Nous habitons au douze avenue Jean Jaurès à Saint-Étienne.")
    assert fields.client_address_data_ia == "12 avenue Jean Jaurès"
    assert fields.client_city_data_ia == "Saint-Étienne"


def test_moved() -> None:
    assert extract_fields("Client: On a déménagé l'an dernier.").adresse_modifiee == 1
    assert extract_fields("Client: Je n'ai pas déménagé.").adresse_modifiee == 0
    said = "Agent: Vous avez déménagé ?\nClient: Oui, nouvelle adresse."
    assert extract_fields(said).adresse_modifiee == 1


def test_two_phones() -> None:
    said = (
        "Client: Mon portable c'est le 06 12 34 56 78 et le fixe "
        "zéro quatre soixante-douze dix vingt trente."
    )
    fields = extract_fields(said)
    assert fields.client_phone_number == "0612345678"
    assert fields.tel2_data_ia == "0472102030"


def test_refusal() -> None:
    said = (
        "Agent: Je vous appelle pour les panneaux solaires.\n"
        "Client: Non merci, ça ne m'intéresse pas."
    )
    fields = extract_fields(said)
    assert fields.classement == "Non intéressant"
    assert fields.score_interet <= 1
    assert fields.disponibilite == "Non"
    assert "refus" in fields.objections


def test_income_and_family() -> None:
    said = (
        "Agent: Vos revenus ?\nClient: On gagne trois mille euros par mois à deux.\n"
        "Agent: Situation familiale ?\nClient: Pacsés, trois enfants."
    )
    fields = extract_fields(said)
    assert fields.revenu_data_ia == "3000 euros par mois à 2"
    assert fields.situation_familiale_data_ia == "pacsé, 3 enfants"


def test_unlabelled_transcript() -> None:
    text = "Bonjour. Vous êtes propriétaire ? Oui. Je paie cent vingt euros par mois d'électricité."
    assert [t.speaker for t in split_turns(text)] == ["?", "?", "?", "?"]
    fields = extract_fields(text)
    assert fields.proprietaire_data_ia == "oui"
    assert fields.facture_data_ia == "120"


def test_nothing_invented_from_small_talk() -> None:
    fields = extract_fields("Agent: Bonjour.\nClient: Bonjour, c'est à quel sujet ?")
    payload = fields.to_payload()
    for key in ("client_phone_number", "client_city_data_ia", "facture_data_ia", "age_mr_data_ia"):
        assert payload[key] == UNKNOWN


def test_empty_transcript() -> None:
    for text in ("", "   \n", "Agent:\nClient:"):
        fields = extract_fields(text)
        assert fields == unknown_fields()
        assert fields.score_interet == 0
        assert fields.classement == "Non intéressant"
        LeadFields.model_validate(fields.to_payload())


def test_diarised_labels_first_speaker_is_the_agent() -> None:
    said = (
        "A: Bonjour monsieur Lefebvre.\nB: Oui bonjour. Je suis Jean Lefebvre.\n"
        "A: Vous êtes propriétaire ?\nB: Oui oui."
    )
    assert [t.speaker for t in split_turns(said)] == ["agent", "client", "agent", "client"]
    fields = extract_fields(said)
    assert (fields.client_first_name_data_ia, fields.client_last_name_data_ia) == (
        "Jean",
        "Lefebvre",
    )
    assert fields.proprietaire_data_ia == "oui"
    assert fields.entretien_data_ia == "Mr"


@pytest.mark.parametrize(
    ("said", "house", "roof"),
    [
        (
            "Agent: Et la maison ?\nClient: Cent cinquante m², avec un terrain de 800 m².",
            "150",
            "-",
        ),
        ("Client: Le toit, il fait 30 mètres carrés.", "-", "20m"),
        (
            "Agent: La surface de votre toit ?\nClient: Environ 12 mètres carrés.",
            "-",
            "moins de 20m",
        ),
        ("Client: La maison fait quatre-vingt-dix mètres carrés.", "90", "-"),
    ],
)
def test_house_and_roof_surfaces(said: str, house: str, roof: str) -> None:
    fields = extract_fields(said)
    assert (fields.superficie_data_ia, fields.surface_toit_libre_data_ia) == (house, roof)


@pytest.mark.parametrize(
    ("said", "first", "last"),
    [
        # A recogniser joined first and last name; the surname said alone splits them.
        (
            "Bonjour, je suis bien chez Monsieur Jean-Dupont. Oui, c'est moi. "
            "Merci, monsieur du pont, bonne journée.",
            "Jean",
            "Dupont",
        ),
        (
            "Agent: Madame Claire-Martin ?\nClient: Oui.\nAgent: Merci madame Martin.",
            "Claire",
            "Martin",
        ),
        # Nothing says where the first name ends: a compound is kept whole.
        ("Agent: Bonjour monsieur Jean-Pierre.\nClient: Oui, bonjour.", "-", "Jean-Pierre"),
    ],
)
def test_hyphenated_name_split_by_the_surname_said_alone(said: str, first: str, last: str) -> None:
    fields = extract_fields(said)
    assert (fields.client_first_name_data_ia, fields.client_last_name_data_ia) == (first, last)


def test_job_answers_a_question_without_its_question_mark() -> None:
    # Whisper often writes the agent's question as a statement.
    said = (
        "Vous travaillez tous les deux. Je suis en CDI dans une banque et ma femme est "
        "enseignante. Quelle est votre adresse ?"
    )
    fields = extract_fields(said)
    assert (fields.activite_mr_data_ia, fields.activite_mme_data_ia) == ("CDI", "enseignante")
    # Without any talk of work, "est <word>" is no job.
    assert extract_fields("Ma femme est fatiguée ce soir.").activite_mme_data_ia == "-"


async def test_plural_roof_label_survives_a_singular_transcript() -> None:
    from messages import Transcript
    from stages.extract import RulesExtractor, extract

    said = "Et la toiture, c'est en tuile. Oui, un toit en tuile, orienté plein sud."
    message = Transcript(fiche_id=1, text=said, language="fr", backend="whisper")
    result = await extract(message, RulesExtractor())
    assert isinstance(result.fields, LeadFields)
    assert result.fields.toiture_data_ia == "tuiles"
    assert "tuile" in result.evidence["toiture_data_ia"].quote


# --- the gold conventions (docs/quality.md), each on phrasings of its own -------------


@pytest.mark.parametrize(
    ("said", "first", "last"),
    [
        # The first name said next to the surname the agent asked for.
        (
            "Agent: Bonsoir, je cherche madame Brunet ?\nClient: Oui, Hélène Brunet à l'appareil.",
            "Hélène",
            "Brunet",
        ),
        ("Agent: Monsieur Texier ?\nClient: C'est monsieur Texier, Yves.", "Yves", "Texier"),
        # A surname opening on a particle is one surname, not a first name.
        (
            "Agent: Je suis bien chez monsieur Le Goff ?\nClient: Oui, Yann Le Goff.",
            "Yann",
            "Le Goff",
        ),
        # A relative answering names herself after the relation.
        (
            "Agent: Je souhaiterais parler à monsieur Carpentier.\n"
            "Client: Il n'est pas là. Je suis sa femme, Sandrine Carpentier.",
            "Sandrine",
            "Carpentier",
        ),
        # A wrong number: the name on file is not the person's who answers.
        (
            "Agent: Bonjour, je voudrais parler à madame Poulain.\n"
            "Client: Vous vous trompez de numéro, il n'y a aucune madame Poulain chez moi.",
            "-",
            "-",
        ),
    ],
)
def test_names_of_the_client_only(said: str, first: str, last: str) -> None:
    fields = extract_fields(said)
    assert (fields.client_first_name_data_ia, fields.client_last_name_data_ia) == (first, last)


def test_a_line_the_lead_has_left_gives_neither_their_name_nor_their_number() -> None:
    said = (
        "Agent: Je souhaiterais parler à madame Chantal Roy.\n"
        "Client: Elle ne travaille plus ici. Vous êtes à la boulangerie, ici.\n"
        "Agent: Vous sauriez comment la joindre ?\n"
        "Client: Elle nous a laissé son portable : 06 11 22 33 44.\n"
        "Agent: Le 06 11 22 33 44, merci.\n"
    )
    fields = extract_fields(said)
    assert (fields.client_first_name_data_ia, fields.client_last_name_data_ia) == ("-", "-")
    assert fields.client_phone_number == "-"
    # A spouse who died "n'est plus là" on the right line: the names stand.
    widow = (
        "Agent: Je suis bien chez monsieur Roy ?\n"
        "Client: Il n'est plus là, il est décédé l'an dernier. Je suis Chantal Roy, sa veuve."
    )
    assert extract_fields(widow).client_last_name_data_ia == "Roy"
    # Elsewhere a relative's number, said as theirs, is a second number.
    relative = (
        "Agent: Un numéro ?\nClient: Le mien, 07 52 60 18 34. Mon mari, son portable, "
        "c'est le 06 88 23 41 90."
    )
    assert extract_fields(relative).tel2_data_ia == "0688234190"


def test_a_value_taken_back_is_replaced_by_the_corrected_one() -> None:
    said = (
        "Agent: Vous vous chauffez comment ?\n"
        "Client: À l'électrique. Non, je me trompe, c'est une pompe à chaleur maintenant.\n"
        "Agent: Et l'électricité, vous payez combien ?\n"
        "Client: Dans les 90 euros. Pardon, 95 euros par mois.\n"
        "Agent: Votre numéro ?\n"
        "Client: Notez le 06 11 22 33 44, non, je veux dire le 06 11 22 33 45.\n"
    )
    fields = extract_fields(said)
    assert fields.mode_chauffage_data_ia == "pompe à chaleur"
    assert (fields.facture_data_ia, fields.mensuelle_annuelle_data_ia) == ("95", "mensuelle")
    # The number taken back is no second number.
    assert (fields.client_phone_number, fields.tel2_data_ia) == ("0611223345", "-")
    # Two numbers without a correction are the main and the second.
    two = extract_fields("Client: Le 06 11 22 33 44, ou le fixe, 02 40 11 22 33.")
    assert (two.client_phone_number, two.tel2_data_ia) == ("0611223344", "0240112233")


@pytest.mark.parametrize(
    ("said", "heating"),
    [
        # A heating replaced by another is gone.
        (
            "Agent: Le chauffage ?\nClient: On a changé la chaudière gaz pour une pompe à "
            "chaleur l'an dernier.",
            "pompe à chaleur",
        ),
        # The one said to heat the whole house is the main one.
        (
            "Agent: Vous vous chauffez comment ?\nClient: Un poêle à bois. Il chauffe toute "
            "la maison. Il y a des convecteurs électriques dans les chambres.",
            "bois",
        ),
        ("Agent: Le chauffage ?\nClient: Gaz et électrique.", "gaz et électrique"),
    ],
)
def test_heating_replaced_or_topped_up(said: str, heating: str) -> None:
    assert extract_fields(said).mode_chauffage_data_ia == heating


def test_wood_pellets_are_wood_heating() -> None:
    said = "Agent: Le chauffage ?\nClient: Une chaudière à granulés, depuis trois hivers."
    assert extract_fields(said).mode_chauffage_data_ia == "bois"


def test_a_reading_the_client_denies_gives_way_to_the_client_s_words() -> None:
    said = (
        "Agent: Vous habitez bien à Vannes ? Code postal 56 000 ?\n"
        "Client: Non, à Lorient maintenant, le code postal c'est 56 100.\n"
    )
    fields = extract_fields(said)
    assert (fields.client_city_data_ia, fields.client_postal_code_data_ia) == ("Lorient", "56100")
    # A postal code said in two groups counts when the postal code is what is asked.
    asked = "Agent: Et votre code postal ?\nClient: Le 44 330."
    assert extract_fields(asked).client_postal_code_data_ia == "44330"


@pytest.mark.parametrize(
    ("said", "code"),
    [
        # Whisper writes "soixante-quatre mille" as a grouped number.
        ("Agent: Votre adresse ?\nClient: 7 chemin des Vignes à Pau, 64 000.", "64000"),
        # ... "code postal" heard as "côte postal", the groups joined by a dot.
        ("Agent: Et le côte postal ?\nClient: C'est le 13.090.", "13090"),
        ("Agent: Le Côte-Postal, c'est lequel ?\nClient: 21 000 je crois.", "21000"),
        # "soixante-quinze mille quinze": the thousand, then the rest.
        ("Agent: Votre adresse ?\nClient: 3 rue Blanche, 75 000 15 Paris.", "75015"),
        # "code postal" heard as "code bostale", "code postel"; groups joined by a hyphen.
        ("Agent: Le code bostale ?\nClient: 52 200.", "52200"),
        ("Agent: Et le code postel ?\nClient: C'est le 33 200.", "33200"),
        ("Agent: Et votre code postal ?\nClient: À Orthez, oui, 64-300.", "64300"),
    ],
)
def test_a_postal_code_as_whisper_writes_it(said: str, code: str) -> None:
    assert extract_fields(said).client_postal_code_data_ia == code


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("69 000 3 Lyon", "69003 Lyon"),
        ("le 75.000 15", "le 75015"),
        ("1 000 500 euros", "1 000 500 euros"),  # a million and a half: thousands groups
        ("35 000.", "35 000."),
    ],
)
def test_numberize_reads_whisper_s_thousand_then_rest(written: str, read: str) -> None:
    assert numberize(written) == read


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # "cent quarante-cinq" as Whisper writes it, and "deux cent trente".
        ("cent 45 euros", "145 euros"),
        ("deux cent 30 euros", "230 euros"),
        # "cent" heard as "sans" before an amount or an area; "mètres carrés" as "mettre carré".
        ("Sans 20 mètres carrés à peu près.", "120 mètres carrés à peu près."),
        ("Sans mettre carré environ.", "100 mètres carrés environ."),
        ("je paie sans soixante euros", "je paie 160 euros"),
        # Not before anything else, and not a hundred inside a run of digit groups.
        ("sans doute 20 euros", "sans doute 20 euros"),
        ("une maison sans 2 chambres", "une maison sans 2 chambres"),
        ("13 100 45", "13 100 45"),
        ("1 100 20", "1 100 20"),
    ],
)
def test_numberize_reads_whisper_s_hundreds(written: str, read: str) -> None:
    assert numberize(written) == read


@pytest.mark.parametrize(
    ("said", "surface", "bill"),
    [
        (
            "Agent: La surface de la maison ?\nClient: Sans 20 mètres carrés à peu près.\n"
            "Agent: Et votre facture d'électricité ?\nClient: Cent 45 euros par mois.",
            "120",
            "145",
        ),
        ("Agent: Et la surface de la maison ?\nClient: Sans mettre carré environ.", "100", "-"),
    ],
)
def test_hundreds_as_whisper_writes_them_are_read(said: str, surface: str, bill: str) -> None:
    fields = extract_fields(said)
    assert (fields.superficie_data_ia, fields.facture_data_ia) == (surface, bill)


def test_a_grouped_amount_is_not_a_postal_code() -> None:
    said = "Agent: Vos revenus ?\nClient: 32 000 euros par an, rue du Port."
    assert extract_fields(said).client_postal_code_data_ia == "-"


@pytest.mark.parametrize(
    ("said", "city", "address"),
    [
        ("Agent: Vous êtes dans quelle ville ?\nClient: Oui alors à Montauban.", "Montauban", "-"),
        ("Client: Dix-sept, boulevard Carnot, à Agen.", "Agen", "17 boulevard Carnot"),
        ("Agent: Votre code postal ?\nClient: Le 64100, à Bayonne.", "Bayonne", "-"),
        (
            "Agent: Vous habitez un pavillon ?\nClient: Oui, un pavillon, à Saint-Malo.",
            "Saint-Malo",
            "-",
        ),
    ],
)
def test_city_from_an_answer_or_after_the_street(said: str, city: str, address: str) -> None:
    fields = extract_fields(said)
    assert (fields.client_city_data_ia, fields.client_address_data_ia) == (city, address)


def test_orientation_is_the_answer_to_the_orientation_question() -> None:
    said = (
        "Client: Ici dans le Nord on n'a pas beaucoup de soleil, vous savez.\n"
        "Agent: Votre toit est exposé comment ?\n"
        "Client: Plein ouest.\n"
    )
    assert extract_fields(said).orientation_data_ia == "ouest"


def test_free_roof_space_the_client_agrees_to() -> None:
    said = (
        "Agent: Il reste au moins trente mètres carrés libres sur le toit ?\n"
        "Client: Oui, sans problème.\n"
    )
    assert extract_fields(said).surface_toit_libre_data_ia == "20m"


@pytest.mark.parametrize(
    ("said", "mr", "mme"),
    [
        # A pronoun answering about the spouse; the caller is madame.
        ("Agent: Et votre mari, quel âge a-t-il ?\nClient: Il a 63 ans.", "63", "-"),
        # "ans" left out once the ages are asked.
        ("Agent: Vos âges ?\nClient: J'ai 45 ans et ma femme 43.", "45", "43"),
        ("Agent: Quel âge avez-vous ?\nClient: Moi 70 ans, mon époux en a 72.", "72", "70"),
        ("Agent: Bonjour madame. Vos âges ?\nClient: J'ai 38 ans, lui 40.", "40", "38"),
    ],
)
def test_ages_by_the_person_s_sex(said: str, mr: str, mme: str) -> None:
    fields = extract_fields(said)
    assert (fields.age_mr_data_ia, fields.age_mme_data_ia) == (mr, mme)


@pytest.mark.parametrize(
    ("said", "mr", "mme"),
    [
        # An answer that ends on a question of the client's own is still an answer.
        ("Agent: Bonjour monsieur. Votre âge ?\nClient: 41 ans. Ça sert à quoi ?", "41", "-"),
        # The spouse as "il"/"elle" after the client's own age.
        ("Agent: Bonjour madame. Vos âges ?\nClient: J'ai 58 ans, il en a 60.", "60", "58"),
        # The spouse the turn just named, by a pronoun of the same sex.
        (
            "Agent: Bonjour madame. Vous vivez seule ?\nClient: Non, avec mon mari. Il a 70 ans.",
            "70",
            "-",
        ),
        (
            "Agent: Bonjour madame. Vous vivez seule ?\nClient: Non, avec mon mari. Elle a 30 "
            "ans, la maison.",
            "-",
            "-",
        ),
        # The spouse asked about, by first name after the client's own age.
        (
            "Agent: Bonjour monsieur. Votre âge, et celui de votre femme ?\nClient: J'ai 72 "
            "ans, et Monique, 70.",
            "72",
            "70",
        ),
    ],
)
def test_spouse_age_by_pronoun_or_name(said: str, mr: str, mme: str) -> None:
    fields = extract_fields(said)
    assert (fields.age_mr_data_ia, fields.age_mme_data_ia) == (mr, mme)


@pytest.mark.parametrize(
    ("said", "family"),
    [
        # The status in the client's gender.
        ("Agent: Bonjour madame.\nClient: Mon mari et moi sommes pacsés.", "pacsée"),
        ("Agent: Bonjour madame.\nClient: Je suis veuve, oui.", "veuve"),
        # No status said, but a husband or a wife is.
        ("Agent: Bonjour monsieur.\nClient: Je dois en parler à ma femme.", "marié"),
        ("Agent: Bonjour monsieur.\nClient: Il faut que je voie avec ma compagne.", "en couple"),
        # Children counted, status first, whatever order they come in.
        (
            "Agent: Des enfants ?\nClient: Oui, un fils de douze ans.\n"
            "Agent: Bien.\nClient: Et on est divorcés.",
            "divorcé, 1 enfant",
        ),
        # "mon fils" alone is no count.
        ("Agent: Bonjour madame.\nClient: Mon fils vient le lundi.", "-"),
        # ... but in the household listed it is one child.
        (
            "Agent: Bonjour madame. Vous vivez seule ?\nClient: Avec mon mari et notre fille. "
            "On est mariés depuis vingt ans.",
            "mariée, 1 enfant",
        ),
        # A child counted with an adjective between.
        (
            "Agent: Bonjour madame. Vous êtes mariés ?\nClient: Non, pacsés. On a un petit "
            "garçon de quatre ans.",
            "pacsée, 1 enfant",
        ),
    ],
)
def test_family_situation(said: str, family: str) -> None:
    assert extract_fields(said).situation_familiale_data_ia == family


@pytest.mark.parametrize(
    ("said", "mr", "mme"),
    [
        # The status beats the job title; a clause without its subject continues the last.
        (
            "Agent: Et votre métier ?\nClient: Je suis menuisier, auto-entrepreneur depuis "
            "quatre ans. Ma compagne, elle, est aide-soignante, en CDD.",
            "indépendant depuis 4 ans",
            "CDD",
        ),
        # An answer without a subject speaks of whom the question addressed.
        (
            "Agent: Bonjour madame. Vous êtes encore en activité ?\nClient: Non, retraitée "
            "depuis peu.",
            "-",
            "retraitée",
        ),
        # A pronoun answering about the spouse is the spouse.
        (
            "Agent: Bonjour madame. Et votre compagnon, il travaille ?\nClient: Oui, il est "
            "maçon, salarié d'une petite entreprise.",
            "salarié",
            "-",
        ),
        # The job title, with its adjective, when no status is said.
        (
            "Agent: Bonjour madame. Quel est votre métier ?\nClient: Je suis conductrice routière.",
            "-",
            "conductrice routière",
        ),
    ],
)
def test_activity_status_per_person(said: str, mr: str, mme: str) -> None:
    fields = extract_fields(said)
    assert (fields.activite_mr_data_ia, fields.activite_mme_data_ia) == (mr, mme)


def test_callback_slot_and_hour_finally_agreed() -> None:
    said = (
        "Agent: Quand peut-on vous rappeler ?\n"
        "Client: Le lundi, non, je travaille. Plutôt en fin de matinée, le vendredi par exemple.\n"
        "Agent: Je vous propose vendredi à 9 heures ?\n"
        "Client: Trop tôt. Plutôt 11 heures et demie.\n"
        "Agent: Parfait, vendredi, 11 heures 30.\n"
    )
    fields = extract_fields(said)
    assert (fields.creneau_rappel_data_ia, fields.heure_rappel_data_ia) == (
        "vendredi fin de matinée",
        "11h30",
    )
    # A day named in a refusal is no slot.
    put_off = "Agent: Ça vous intéresse ?\nClient: Demain, ce n'est pas le moment, non."
    assert extract_fields(put_off).creneau_rappel_data_ia == "-"
    # "et demie" is half past.
    half = "Agent: À quelle heure ?\nClient: Vers 15 heures et demie."
    assert extract_fields(half).heure_rappel_data_ia == "15h30"


@pytest.mark.parametrize(
    ("said", "slot", "hour"),
    [
        # A vague slot narrowed down later: the last offer stands.
        (
            "Agent: Quand est-ce que votre mari est disponible ?\n"
            "Client: Rappelez la semaine prochaine, le soir.\n"
            "Agent: La semaine prochaine, le soir. Lundi soir, ça irait ?\n"
            "Client: Lundi, il a le foot. Mardi soir, plutôt, après dix-neuf heures.\n",
            "mardi soir",
            "19h",
        ),
        # A day, then the moment alone; the agent's pitch in between keeps the exchange.
        (
            "Agent: Un conseiller peut vous rappeler. Ça vous irait ?\n"
            "Client: Je ne sais pas.\n"
            "Agent: L'étude est gratuite et sans engagement.\n"
            "Client: Bon, d'accord. Samedi, peut-être.\n"
            "Agent: Samedi matin ou samedi après-midi ?\n"
            "Client: Plutôt l'après-midi. Vers quinze heures.\n",
            "samedi après-midi",
            "15h",
        ),
        # A slot ruled out is no offer; the agent's reading back in full stands.
        (
            "Agent: Quel jour vous arrange ?\n"
            "Client: En semaine, c'est compliqué. Samedi après-midi, ça irait ? Vers 14 heures.\n"
            "Agent: Samedi après-midi, quatorze heures, c'est noté. Bonne soirée.\n",
            "samedi après-midi",
            "14h",
        ),
        # The agent's proposal the client says yes to.
        (
            "Agent: Je peux vous rappeler jeudi matin, à 10 heures ?\nClient: Oui, parfait.\n",
            "jeudi matin",
            "10h",
        ),
        # A day excepted is not the slot; an agent's day alone does not undo the client's.
        (
            "Agent: Quand vous rappeler ?\n"
            "Client: En fin de journée, sauf le mercredi.\n"
            "Agent: En fin de journée, sauf le mercredi. Vous aurez un SMS demain.\n",
            "fin de journée",
            "-",
        ),
    ],
)
def test_callback_slot_negotiated_over_several_turns(said: str, slot: str, hour: str) -> None:
    fields = extract_fields(said)
    assert (fields.creneau_rappel_data_ia, fields.heure_rappel_data_ia) == (slot, hour)
    assert fields.disponibilite == "Oui"


@pytest.mark.parametrize(
    ("written", "hour"),
    [
        ("16 heures", "16h"),
        ("16:00", "16h"),
        ("8:45 AM", "8h45"),
        ("3:15 PM", "15h15"),
        ("à partir de 20 heures", "20h"),
        ("onze heures et quart", "11h15"),
        ("vers midi", "12h"),
        ("17H00", "17h"),
        ("-", "-"),
        ("en soirée", "en soirée"),  # no hour in it: left for the evidence check
    ],
)
def test_a_model_s_hour_tidied_to_the_field_guide(written: str, hour: str) -> None:
    assert tidy_hour(written) == hour


def test_a_refusal_in_the_plural_is_a_refusal() -> None:
    said = "Agent: Un conseiller peut passer ?\nClient: Non, ça ne nous intéresse pas."
    assert extract_fields(said).classement == "Non intéressant"


def test_whisper_writings_without_question_marks_or_hyphens() -> None:
    # No roles, no question mark on the agent's question, "après midi" in two words.
    said = (
        "Et chez vous, le chauffage, c'est quoi. Une chaudière fioul, elle a vingt ans. "
        "Quand voulez-vous être rappelé. Lundi après midi, vers 14h."
    )
    fields = extract_fields(said)
    assert fields.mode_chauffage_data_ia == "fioul"
    assert (fields.creneau_rappel_data_ia, fields.heure_rappel_data_ia) == (
        "lundi après-midi",
        "14h",
    )


# --- general rules for phrasings the held-out calls showed (each on other words) -------


@pytest.mark.parametrize(
    ("said", "owner"),
    [
        ("Agent: Vous habitez une maison ?\nClient: Oui, elle est à moi depuis 2005.", "oui"),
        ("Agent: Et la maison ?\nClient: Nous l'avons achetée en 2012.", "oui"),
        ("Client: On a acheté une maison l'an dernier, près du lac.", "oui"),
        ("Client: Nous avons fait construire il y a quinze ans.", "oui"),
        # Other things bought or built say nothing of the house.
        ("Client: On a acheté une voiture électrique.", "-"),
        ("Client: On a fait construire une véranda.", "-"),
        ("Client: C'est à moi de décider.", "-"),
        # Renting wins: buying elsewhere is not owning this house.
        ("Client: On loue. On a acheté un terrain en 2020.", "non"),
    ],
)
def test_owner_said_without_the_word(said: str, owner: str) -> None:
    assert extract_fields(said).proprietaire_data_ia == owner


@pytest.mark.parametrize(
    ("said", "heating"),
    [
        # A heating only thought of is not the one the house has.
        ("Agent: Le chauffage ?\nClient: Au gaz. On envisage une pompe à chaleur.", "gaz"),
        (
            "Agent: Vous chauffez comment ?\nClient: Une chaudière au fioul. On songe à un poêle "
            "à granulés.",
            "fioul",
        ),
        # The main one wins; a heater that only tops up another is left out.
        (
            "Agent: Votre chauffage ?\nClient: Surtout la pompe à chaleur. Et un poêle à bois "
            "pour les grands froids.",
            "pompe à chaleur",
        ),
        (
            "Agent: Votre chauffage ?\nClient: Le gaz, avec des convecteurs d'appoint à l'étage.",
            "gaz",
        ),
        # A heating said not to be there, or no longer.
        (
            "Agent: Votre chauffage ?\nClient: On ne se chauffe plus au fioul, c'est le gaz.",
            "gaz",
        ),
        # Alone, a top-up heater is still the heating said.
        ("Agent: Votre chauffage ?\nClient: Des radiateurs électriques d'appoint.", "électrique"),
        # The heating the client wants to switch to is not the one they have.
        (
            "Agent: Votre chauffage ?\nClient: Au fioul. Je veux passer à la pompe à chaleur.",
            "fioul",
        ),
        # A turn ending on the client's own question still states what came before it.
        (
            "Agent: Comment vous vous chauffez ?\nClient: J'ai déjà une pompe à chaleur. "
            "C'est clair ?",
            "pompe à chaleur",
        ),
    ],
)
def test_heating_planned_main_and_top_up(said: str, heating: str) -> None:
    assert extract_fields(said).mode_chauffage_data_ia == heating


@pytest.mark.parametrize(
    ("said", "house", "roof"),
    [
        # A number alone answers the surface question.
        (
            "Agent: Elle fait combien de mètres carrés, la maison ?\nClient: Cent quarante, "
            "garage compris.",
            "140",
            "-",
        ),
        ("Agent: Quelle superficie ?\nClient: Quatre-vingt-douze.", "92", "-"),
        # ... not any question: an age is no surface.
        ("Agent: Et votre âge ?\nClient: Soixante-deux.", "-", "-"),
        # The question is the last sentence: a remark about the roof before it does not
        # make the house's surface a roof area.
        (
            "Agent: Un toit plein est, ça reste correct. Et la maison, quelle surface ?\n"
            "Client: Cent cinq mètres carrés.",
            "105",
            "-",
        ),
        # The agent's question followed by a remark is still the question answered.
        (
            "Agent: Il y a de la place sur le toit ? On a besoin d'une vingtaine de mètres "
            "carrés.\nClient: Oui. Il y a bien vingt-cinq mètres carrés.",
            "-",
            "20m",
        ),
    ],
)
def test_surfaces_from_the_question_asked(said: str, house: str, roof: str) -> None:
    fields = extract_fields(said)
    assert (fields.superficie_data_ia, fields.surface_toit_libre_data_ia) == (house, roof)


@pytest.mark.parametrize(
    ("said", "family"),
    [
        # A count alone answers the question about children.
        (
            "Agent: Bonjour monsieur. Vous avez des enfants ?\n"
            "Client: Quatre, tous partis de la maison.",
            "4 enfants",
        ),
        # A baby is a child; one still expected is not.
        (
            "Agent: Bonjour madame.\nClient: Je suis pacsée, avec un bébé de huit mois.",
            "pacsée, 1 enfant",
        ),
        ("Agent: Bonjour madame.\nClient: Nous attendons un bébé pour l'été.", "-"),
        # A death makes a widow or a widower, not a married person.
        ("Agent: Bonjour madame.\nClient: Mon époux est décédé il y a trois ans.", "veuve"),
        ("Agent: Bonjour monsieur.\nClient: Je vis seul depuis le décès de ma femme.", "veuf"),
        # A yes to the agent naming the spouse, as "avec mon mari" is.
        (
            "Agent: Bonjour madame. Vous avez acheté, votre mari et vous ?\nClient: Oui, en 2010.",
            "mariée",
        ),
        ("Agent: Bonjour monsieur. Vous vivez en couple ?\nClient: Oui, depuis peu.", "en couple"),
        ("Agent: Bonjour madame.\nClient: Je dois voir avec ma conjointe.", "en couple"),
    ],
)
def test_family_from_answers_and_spouse_words(said: str, family: str) -> None:
    assert extract_fields(said).situation_familiale_data_ia == family


@pytest.mark.parametrize(
    ("said", "mr", "mme"),
    [
        # A title with its complement is kept whole.
        (
            "Agent: Bonjour madame. Votre métier ?\nClient: Je suis auxiliaire de puériculture.",
            "-",
            "auxiliaire de puériculture",
        ),
        (
            "Agent: Bonjour monsieur. Votre métier ?\nClient: Je suis conducteur de travaux.",
            "conducteur de travaux",
            "-",
        ),
        # ... but a town or a workplace is not part of it.
        (
            "Agent: Bonjour monsieur. Votre métier ?\nClient: Je suis boulanger à Dax.",
            "boulanger",
            "-",
        ),
        # Self-employed for a number of years, said the other way round.
        (
            "Agent: Bonjour monsieur. Et vous travaillez ?\nClient: Je suis plombier. Ça fait "
            "onze ans que je suis à mon compte.",
            "indépendant depuis 11 ans",
            "-",
        ),
        # Only self-employment is dated: retired for two years is "retraité".
        (
            "Agent: Bonjour monsieur. Vous travaillez ?\nClient: Je suis retraité depuis deux ans.",
            "retraité",
            "-",
        ),
        # The other one of the couple by a stressed pronoun.
        (
            "Agent: Bonjour madame. Et vos professions ?\nClient: Je suis en CDI. Lui, il est "
            "pompier professionnel, donc fonctionnaire.",
            "fonctionnaire",
            "CDI",
        ),
        # A function word after "est" is no job title, and comments before the agent's
        # question do not make it about work.
        (
            "Agent: Bonjour madame. Nous ne travaillons pas sur les immeubles. Comment vous "
            "chauffez-vous ?\nClient: Des convecteurs. C'est pour ça que je cherchais.",
            "-",
            "-",
        ),
    ],
)
def test_activity_titles_and_self_employment(said: str, mr: str, mme: str) -> None:
    fields = extract_fields(said)
    assert (fields.activite_mr_data_ia, fields.activite_mme_data_ia) == (mr, mme)


@pytest.mark.parametrize(
    ("said", "mr", "mme"),
    [
        # A sector for the status.
        (
            "Agent: Bonjour madame. Vous travaillez ?\nClient: Je suis dans la fonction "
            "publique, à la mairie.",
            "-",
            "fonctionnaire",
        ),
        # A trade said while talking of something else.
        (
            "Agent: Bonjour monsieur. Le toit, c'est des tuiles ?\nClient: Oui. Moi, je suis "
            "couvreur, je les ai posées moi-même.",
            "couvreur",
            "-",
        ),
        (
            "Agent: Bonjour madame. Vous êtes souvent chez vous ?\nClient: Non, je suis "
            "aide-soignante, je fais les nuits.",
            "-",
            "aide-soignante",
        ),
        # ... but not any word after "je suis".
        (
            "Agent: Bonjour madame. Le toit, c'est des tuiles ?\nClient: Oui, je suis "
            "certaine, des tuiles rouges.",
            "-",
            "-",
        ),
        # A sentence without a subject goes on about the one before; a status hoped
        # for is not held.
        (
            "Agent: Bonjour monsieur. Vous travaillez ?\nClient: Je suis magasinier. En "
            "CDD pour le moment. J'espère passer en CDI l'an prochain.",
            "CDD",
            "-",
        ),
        # A yes to a question naming the status, for both when both were asked.
        (
            "Agent: Bonjour monsieur. Vous êtes à la retraite, tous les deux ?\nClient: "
            "Tous les deux, oui. Moi, j'étais à la SNCF.",
            "retraité",
            "retraitée",
        ),
        # ... not to a choice.
        (
            "Agent: Bonjour monsieur. Vous êtes à la retraite ou vous travaillez ?\n"
            "Client: Oui, oui.",
            "-",
            "-",
        ),
        # The spouse named by first name, then "il".
        (
            "Agent: Bonjour madame. Vous vivez en couple ?\nClient: Oui, avec mon "
            "compagnon, Marc.\nAgent: Et Marc travaille ?\nClient: Oui, il est à l'usine, "
            "en CDI.",
            "CDI",
            "-",
        ),
        # The dated form of self-employment over its kind.
        (
            "Agent: Bonjour monsieur. Votre métier ?\nClient: Artisan. Je suis à mon "
            "compte depuis neuf ans.",
            "indépendant depuis 9 ans",
            "-",
        ),
    ],
)
def test_activity_sectors_trades_and_yes_answers(said: str, mr: str, mme: str) -> None:
    fields = extract_fields(said)
    assert (fields.activite_mr_data_ia, fields.activite_mme_data_ia) == (mr, mme)


def test_the_spouse_named_by_first_name_gets_their_age_and_job() -> None:
    said = (
        "Agent: Bonjour madame. Vous êtes propriétaire ?\n"
        "Client: Oui, avec mon compagnon, Rémi.\n"
        "Agent: Vos âges ?\n"
        "Client: Cinquante et un ans. Rémi en a cinquante-cinq.\n"
        "Agent: Vous travaillez ?\n"
        "Client: Je suis fonctionnaire. Rémi est retraité.\n"
    )
    fields = extract_fields(said)
    assert (fields.age_mr_data_ia, fields.age_mme_data_ia) == ("55", "51")
    assert (fields.activite_mr_data_ia, fields.activite_mme_data_ia) == (
        "retraité",
        "fonctionnaire",
    )
    # The spouse's first name is not the client's.
    assert fields.client_first_name_data_ia == "-"
    # The name may come first: "Franck, mon mari, en a 47."
    said = (
        "Agent: Bonjour madame. Vos âges ?\n"
        "Client: Moi, 45 ans. Franck, mon mari, en a 47.\n"
        "Agent: Et vos activités ?\n"
        "Client: Franck est couvreur, à son compte depuis onze ans.\n"
    )
    fields = extract_fields(said)
    assert (fields.age_mr_data_ia, fields.age_mme_data_ia) == ("47", "45")
    assert fields.activite_mr_data_ia == "indépendant depuis 11 ans"


@pytest.mark.parametrize(
    ("said", "mr", "mme"),
    [
        (
            "Agent: Bonjour madame. Votre âge ?\n"
            "Client: Quarante-deux ans. Pardon, quarante-trois.",
            "-",
            "43",
        ),
        # A correction of the spouse's age, right after it.
        ("Agent: Vos âges ?\nClient: J'ai 60 ans, ma femme 57. Non, elle a 58.", "60", "58"),
        # Without a correction, the next number is someone else's.
        ("Agent: Bonjour madame. Vos âges ?\nClient: J'ai 44 ans, lui 47.", "47", "44"),
    ],
)
def test_an_age_taken_back(said: str, mr: str, mme: str) -> None:
    fields = extract_fields(said)
    assert (fields.age_mr_data_ia, fields.age_mme_data_ia) == (mr, mme)


@pytest.mark.parametrize(
    ("said", "first", "last"),
    [
        # The client's own reading beats the agent's first name.
        (
            "Agent: Je parle bien à madame Anne-Laure Perrin ?\nClient: Anne-Lise. Anne-Lise "
            "Perrin, c'est une erreur fréquente.",
            "Anne-Lise",
            "Perrin",
        ),
        # The first name in the agent's question the client says yes to.
        (
            "Agent: Bonjour monsieur Vidal ? Ici Camille Martin, de Soleil 2000.\n"
            "Client: Oui.\nAgent: C'est bien vous, Paul Vidal ?\nClient: Oui, tout à fait.",
            "Paul",
            "Vidal",
        ),
        # ... not when the client says no.
        (
            "Agent: Bonjour monsieur Vidal ?\nClient: Oui.\nAgent: Paul Vidal ?\n"
            "Client: Non, son frère.",
            "-",
            "Vidal",
        ),
        # Surname, yes, first name.
        (
            "Agent: Je suis chez monsieur Garnier ?\nClient: Garnier, oui, Thomas.",
            "Thomas",
            "Garnier",
        ),
        # A relative's full name is not the client's.
        (
            "Agent: Je parle à madame Marie Fontaine ?\nClient: Oui. C'est mon mari, Luc "
            "Fontaine, qui s'occupe de ça.",
            "Marie",
            "Fontaine",
        ),
    ],
)
def test_first_name_corrected_or_confirmed(said: str, first: str, last: str) -> None:
    fields = extract_fields(said)
    assert (fields.client_first_name_data_ia, fields.client_last_name_data_ia) == (first, last)


@pytest.mark.parametrize(
    ("said", "city"),
    [
        # The household named with its town, which the client confirms.
        ("Agent: Je suis bien chez madame Roux, à Albi ?\nClient: Oui, c'est moi.", "Albi"),
        ("Agent: Je suis bien chez madame Roux, à Albi ?\nClient: Non, erreur.", "-"),
        # The house with its town.
        ("Agent: Vous êtes propriétaire ?\nClient: Oui, une maison à Rodez, au calme.", "Rodez"),
        ("Agent: Vous habitez une maison ?\nClient: Oui, ma maison, à Saint-Lô.", "Saint-Lô"),
        (
            "Agent: Vous êtes propriétaire de votre maison, à Salon-de-Provence ?\n"
            "Client: Oui, et alors ?",
            "Salon-de-Provence",
        ),
        ("Agent: Votre maison, à Salon-de-Provence ?\nClient: Non, à Istres.", "Istres"),
        # A move: the agent's old address is not the client's any more.
        (
            "Agent: Je suis bien chez monsieur Abadie, au 5 rue Neuve, à Tarbes ?\n"
            "Client: Oui, mais on n'habite plus rue Neuve depuis l'été.\n"
            "Agent: Et vous êtes où, maintenant ?\nClient: À Bagnères-de-Bigorre.",
            "Bagnères-de-Bigorre",
        ),
    ],
)
def test_city_cues(said: str, city: str) -> None:
    assert extract_fields(said).client_city_data_ia == city


@pytest.mark.parametrize(
    ("said", "city", "code"),
    [
        # The town the agent asks about, confirmed by its short name, in its full name; the
        # postal code said as the department, then the rest.
        (
            "Agent: Vous êtes à Romans-sur-Isère ?\nClient: Romans, oui. Vingt-six, cent.",
            "Romans-sur-Isère",
            "26100",
        ),
        (
            "Agent: Vous êtes à Montargis, c'est ça ?\nClient: Oui. Quarante-cinq, deux cents.",
            "Montargis",
            "45200",
        ),
        ("Agent: C'est bien à Montargis ?\nClient: Non, à côté.", "-", "-"),
        # A sentence of the answer that is a place, then its full name.
        (
            "Agent: Vous habitez une maison ?\nClient: Oui, avec un jardin. À Bourg. "
            "Bourg-en-Bresse, dans l'Ain.",
            "Bourg-en-Bresse",
            "-",
        ),
        # The client placing themself in a town the agent named.
        (
            "Agent: Nous faisons des études dans votre secteur, à Rodez.\nClient: Je suis à "
            "Rodez, oui, mais ça ne m'intéresse pas.",
            "Rodez",
            "-",
        ),
        ("Agent: Vous avez un moment ?\nClient: Je suis à Rodez pour le travail.", "-", "-"),
        # Two numbers of another answer are no postal code.
        ("Agent: Vous avez quel âge ?\nClient: 45, 160 centimètres.", "-", "-"),
    ],
)
def test_town_confirmed_and_postal_code_in_two_groups(said: str, city: str, code: str) -> None:
    fields = extract_fields(said)
    assert (fields.client_city_data_ia, fields.client_postal_code_data_ia) == (city, code)


@pytest.mark.parametrize(
    ("said", "first"),
    [
        ("Agent: Et votre prénom, madame Guérin ?\nClient: Aurore.", "Aurore"),
        ("Agent: Votre prénom, c'est... ?\nClient: Gilles.", "Gilles"),
        ("Agent: Le prénom de votre mari ?\nClient: Gilles.", "-"),
        ("Agent: Votre prénom ?\nClient: Pourquoi faire ?", "-"),
    ],
)
def test_first_name_answered_alone(said: str, first: str) -> None:
    assert extract_fields(said).client_first_name_data_ia == first


@pytest.mark.parametrize(
    "refusal",
    [
        "Je ne veux pas de devis, merci.",
        "Non, on ne veut pas d'installation.",
        "Je ne veux pas qu'on me recontacte.",
    ],
)
def test_a_refusal_said_as_what_the_client_does_not_want(refusal: str) -> None:
    fields = extract_fields(f"Agent: Une étude, ça vous dirait ?\nClient: {refusal}")
    assert (fields.classement, fields.disponibilite) == ("Non intéressant", "Non")


def test_what_the_client_does_not_want_is_no_refusal_when_it_names_a_slot() -> None:
    said = (
        "Agent: On vous rappelle ?\n"
        "Client: Je ne veux pas qu'on me rappelle le matin. Le soir, oui, vers 19 heures."
    )
    assert extract_fields(said).classement == "Valide"


def test_a_number_read_back_and_denied_is_dropped() -> None:
    said = (
        "Agent: Je lis le 07 12 34 56 89 sur la fiche ?\n"
        "Client: Non, c'est le 07 12 34 56 98.\n"
        "Agent: 07 12 34 56 98, noté.\n"
    )
    fields = extract_fields(said)
    assert (fields.client_phone_number, fields.tel2_data_ia) == ("0712345698", "-")
    # A confirmed reading stays the main number.
    kept = extract_fields(
        "Agent: Votre numéro, c'est le 07 12 34 56 89 ?\nClient: Oui. Et le fixe, 03 20 11 22 33."
    )
    assert (kept.client_phone_number, kept.tel2_data_ia) == ("0712345689", "0320112233")


def test_the_day_after_plutot_is_the_slot() -> None:
    said = (
        "Agent: Un conseiller peut vous rappeler lundi ?\n"
        "Client: Lundi, je suis chez ma mère. Plutôt mercredi matin, vers dix heures.\n"
    )
    fields = extract_fields(said)
    assert (fields.creneau_rappel_data_ia, fields.heure_rappel_data_ia) == ("mercredi matin", "10h")
    # "plutôt" after the slot leaves it as said.
    after = extract_fields("Agent: Quand vous rappeler ?\nClient: Jeudi, le soir plutôt.")
    assert after.creneau_rappel_data_ia == "jeudi soir"
    # "plutôt que" turns down what follows it.
    rather = extract_fields(
        "Agent: Quand vous rappeler ?\nClient: Mardi, le matin plutôt que le soir."
    )
    assert rather.creneau_rappel_data_ia == "mardi matin"


@pytest.mark.parametrize(
    ("said", "amount"),
    [
        # The corrected amount without its unit.
        (
            "Agent: Votre facture d'électricité ?\nClient: Quatre-vingt-dix euros par mois. "
            "Non, attendez, cent cinq, ça a augmenté.",
            "105",
        ),
        # An amount the client says is another energy's gives way to the electricity's.
        (
            "Agent: Et l'électricité, combien ?\nClient: Deux cents euros par mois. Ah non, "
            "pardon, ça c'est le fioul. L'électricité, c'est quatre-vingts.",
            "80",
        ),
        # A number without a correction before it is no amount.
        ("Agent: Votre facture ?\nClient: Cent euros par mois. On est 4 à la maison.", "100"),
    ],
)
def test_a_bill_corrected_without_euros(said: str, amount: str) -> None:
    fields = extract_fields(said)
    assert (fields.facture_data_ia, fields.mensuelle_annuelle_data_ia) == (amount, "mensuelle")


def test_half_past_noon() -> None:
    said = "Agent: Quand êtes-vous joignable ?\nClient: Vendredi midi. Vers midi et quart."
    fields = extract_fields(said)
    assert (fields.creneau_rappel_data_ia, fields.heure_rappel_data_ia) == (
        "vendredi midi",
        "12h15",
    )
    assert tidy_hour("à midi et demie") == "12h30"


def test_roof_is_the_answer_about_the_house_s_roof() -> None:
    said = (
        "Agent: Orientation ?\nClient: Sud. Derrière, l'abri de jardin est en tôle.\n"
        "Agent: Et le toit de la maison, il est en quoi ?\nClient: En ardoises.\n"
    )
    assert extract_fields(said).toiture_data_ia == "ardoises"
    # An outbuilding's roof alone is not the house's.
    garage = "Agent: Orientation ?\nClient: Ouest. Le garage a un toit plat."
    assert extract_fields(garage).toiture_data_ia == "-"


@pytest.mark.parametrize(
    ("said", "roof"),
    [
        ("Agent: Et la toiture ?\nClient: Du bac acier.", "bac acier"),
        ("Agent: Et la toiture ?\nClient: En tôle ondulée.", "tôle"),
        ("Agent: Le toit ?\nClient: C'est du shingle, des bardeaux bitumés.", "shingle"),
        ("Agent: Le toit ?\nClient: Des bardeaux de bois.", "bardeaux"),
    ],
)
def test_roof_named_as_said(said: str, roof: str) -> None:
    assert extract_fields(said).toiture_data_ia == roof


def test_income_without_net_or_gross() -> None:
    said = "Agent: Vos revenus ?\nClient: Mille neuf cents euros brut par mois."
    assert extract_fields(said).revenu_data_ia == "1900 euros par mois"


def test_income_period_said_elsewhere_in_the_sentence() -> None:
    said = "Agent: Et le revenu du foyer ?\nClient: Sur l'année, on déclare 48 000 euros."
    assert extract_fields(said).revenu_data_ia == "48000 euros par an"


@pytest.mark.parametrize(
    ("said", "income"),
    [
        # Asked without a question mark, the amount in a sentence of its own.
        (
            "Agent: Il me faut le revenu du foyer, à peu près.\nClient: Nos 2 salaires... "
            "2 500 euros par mois.",
            "2500 euros par mois",
        ),
        # The amount and its period, without "euros", when the income was asked.
        (
            "Agent: Et vos revenus, à peu près ?\nClient: À nous 2... 3 100 par mois.",
            "3100 euros par mois",
        ),
        ("Agent: Vos revenus ?\nClient: On sort 2 par mois, au resto.", "-"),
        ("Agent: Vous payez combien ?\nClient: 120 par mois.", "-"),
    ],
)
def test_income_asked_by_a_request_or_said_without_euros(said: str, income: str) -> None:
    assert extract_fields(said).revenu_data_ia == income


@pytest.mark.parametrize(
    ("said", "owner"),
    [
        # A hesitation before the no; an answer that ends on the client's own question.
        ("Agent: Vous êtes propriétaire ?\nClient: Euh, non. On loue. Ça change quoi ?", "non"),
        ("Agent: Vous êtes propriétaire ?\nClient: Ben oui.", "oui"),
    ],
)
def test_owner_after_a_hesitation(said: str, owner: str) -> None:
    assert extract_fields(said).proprietaire_data_ia == owner


@pytest.mark.parametrize(
    ("said", "surface", "roof_space"),
    [
        # A round number said as an approximation.
        (
            "Agent: La surface de la maison ?\nClient: Une centaine de mètres carrés.",
            "100",
            "-",
        ),
        (
            "Agent: Il y a au moins 20 mètres carrés libres sur le toit ?\nClient: Oh oui, une "
            "trentaine.",
            "-",
            "20m",
        ),
        # An area the client doubts is not stated.
        (
            "Agent: Les pans sont libres ?\nClient: Oui, mais je ne sais pas si ça fait 20 "
            "mètres carrés.",
            "-",
            "-",
        ),
    ],
)
def test_areas_said_approximately_or_doubted(said: str, surface: str, roof_space: str) -> None:
    fields = extract_fields(said)
    assert (fields.superficie_data_ia, fields.surface_toit_libre_data_ia) == (surface, roof_space)


@pytest.mark.parametrize(
    ("said", "orientation"),
    [
        (
            "Agent: Le toit est orienté comment ?\nClient: Je ne sais pas si c'est le sud, "
            "demandez à mon mari.",
            "-",
        ),
        (
            "Agent: Le toit est orienté comment ?\nClient: Je ne sais pas trop, mais plein sud.",
            "sud",
        ),
    ],
)
def test_an_orientation_doubted_is_not_said(said: str, orientation: str) -> None:
    assert extract_fields(said).orientation_data_ia == orientation


def test_a_no_to_the_agent_s_next_question_keeps_what_was_read_back() -> None:
    said = (
        "Agent: Le code postal ?\nClient: Cinq, neuf, deux, zéro, zéro.\n"
        "Agent: 59200. Et vous êtes propriétaire ?\nClient: Euh, non, locataire."
    )
    fields = extract_fields(said)
    assert (fields.client_postal_code_data_ia, fields.proprietaire_data_ia) == ("59200", "non")
    said = "Agent: Vous êtes au 59200. C'est bien ça ?\nClient: Non."
    assert extract_fields(said).client_postal_code_data_ia == "-"


def test_surface_and_job_in_an_answer_that_ends_on_a_question() -> None:
    said = (
        "Agent: Bonjour monsieur. La maison fait quelle surface ?\nClient: 95 mètres carrés. "
        "Pourquoi, c'est important ?\nAgent: Un peu. Vous travaillez ?\nClient: Je suis en "
        "CDI. Et vous ?"
    )
    fields = extract_fields(said)
    assert (fields.superficie_data_ia, fields.activite_mr_data_ia) == ("95", "CDI")


@pytest.mark.parametrize(
    ("written", "city"),
    [
        ("Brest, France", "Brest"),
        ("Annemasse, Haute-Savoie, France", "Annemasse"),
        ("Villeneuve-d'Ascq", "Villeneuve-d'Ascq"),
        ("-", "-"),
    ],
)
def test_a_model_s_city_tidied_to_the_town(written: str, city: str) -> None:
    assert tidy_city(written) == city


@pytest.mark.parametrize(
    ("said", "city"),
    [
        # The town's article merged with "à" is given back: "au Mans" is Le Mans.
        ("Agent: Et la maison se trouve où ?\nClient: Au Mans. Côté gare.", "Le Mans"),
        (
            "Agent: Vous habitez où ?\nClient: Aux Pennes-Mirabeau, près de Marseille.",
            "Les Pennes-Mirabeau",
        ),
        # The agent's question on the town, confirmed.
        ("Agent: C'est bien au Touquet ?\nClient: Au Touquet, oui.", "Le Touquet"),
        ("Agent: Elle se situe où, votre maison ?\nClient: À Quimperlé.", "Quimperlé"),
        # "au" before a common noun is no town.
        ("Agent: Vous habitez où ?\nClient: Au calme, à la campagne.", "-"),
    ],
)
def test_a_town_with_its_article(said: str, city: str) -> None:
    assert extract_fields(said).client_city_data_ia == city


@pytest.mark.parametrize(
    ("said", "mr", "mme"),
    [
        # Unemployment as said.
        (
            "Agent: Bonjour madame. Votre mari travaille ?\nClient: Il est au chômage.",
            "au chômage",
            "-",
        ),
        ("Agent: Bonjour monsieur. Et vous ?\nClient: Je suis sans emploi.", "sans emploi", "-"),
        # A leave from a job only when no lasting status is said.
        (
            "Agent: Bonjour madame. Vous travaillez ?\nClient: Je suis en congé maternité.",
            "-",
            "en congé maternité",
        ),
        (
            "Agent: Bonjour madame.\nClient: Je suis en arrêt maladie en ce moment.\n"
            "Agent: Et sinon, vous travaillez ?\nClient: Oui, je suis en CDD, à la poste.",
            "-",
            "CDD",
        ),
        # Retirement said as taken; a retirement to come is not the status.
        (
            "Agent: Bonjour madame. Votre mari ?\nClient: Il a pris sa retraite en mai.",
            "retraité",
            "-",
        ),
        (
            "Agent: Bonjour monsieur. Votre métier ?\nClient: Dans dix ans, je serai à la "
            "retraite. Là, je suis électricien.",
            "électricien",
            "-",
        ),
        # A trade said without a question on work; a sector said for the job.
        (
            "Agent: Bonjour madame.\nClient: Je suis aide ménagère, je finis à midi.",
            "-",
            "aide ménagère",
        ),
        (
            "Agent: Bonjour madame. Et votre mari, il travaille ?\nClient: Il est dans le "
            "transport, chez un grossiste.",
            "transport",
            "-",
        ),
        # The years of self-employment in the clause after it, after a pause.
        (
            "Agent: Bonjour monsieur. Votre métier ?\nClient: Je suis électricien. À mon "
            "compte, depuis... vingt ans.",
            "indépendant depuis 20 ans",
            "-",
        ),
        (
            "Agent: Bonjour monsieur. Et votre femme ?\nClient: Elle est mère au foyer.",
            "-",
            "femme au foyer",
        ),
        # The spouse named in the answer on living together.
        (
            "Agent: Bonjour monsieur. Vous êtes marié ?\nClient: Oui, avec Nadine.\n"
            "Agent: Vous travaillez ?\nClient: Je suis maçon. Nadine est secrétaire médicale.",
            "maçon",
            "secrétaire médicale",
        ),
    ],
)
def test_activity_leaves_sectors_and_unemployment(said: str, mr: str, mme: str) -> None:
    fields = extract_fields(said)
    assert (fields.activite_mr_data_ia, fields.activite_mme_data_ia) == (mr, mme)


@pytest.mark.parametrize(
    ("said", "mr", "mme"),
    [
        # The spouse's age against the client's own.
        (
            "Agent: Bonjour monsieur. Votre âge ?\nClient: Soixante ans.\n"
            "Agent: Et votre femme ?\nClient: Elle a trois ans de moins que moi.",
            "60",
            "57",
        ),
        (
            "Agent: Bonjour madame. Je vais vous demander votre âge.\nClient: Trente-neuf "
            "ans. Mon mari en a quatre de plus.",
            "43",
            "39",
        ),
        (
            "Agent: Bonjour monsieur. Votre âge ?\nClient: Quarante ans, et ma femme aussi.",
            "40",
            "40",
        ),
        (
            "Agent: Bonjour madame. Vos âges ?\nClient: Soixante-deux ans. On a le même âge.",
            "62",
            "62",
        ),
        # A difference that is no age: "deux de plus" of something else, ages not asked.
        (
            "Agent: Bonjour monsieur. Votre âge ?\nClient: Quarante ans.\n"
            "Agent: Et votre frère ?\nClient: Mon frère a deux ans de plus que moi.",
            "40",
            "-",
        ),
        # The years alone; the spouse's age asked alone after the client's.
        (
            "Agent: Bonjour monsieur. Votre âge ?\nClient: Cinquante-huit.\n"
            "Agent: Et votre épouse ?\nClient: Ah, ça... Cinquante-six, je crois.",
            "58",
            "56",
        ),
        # Said with its verb or against the client, without "ans", and a hesitant restart.
        (
            "Agent: Bonjour monsieur. Vous êtes marié ?\nClient: Non, ma compagne est plus "
            "âgée, quarante-cinq.",
            "-",
            "45",
        ),
        (
            "Agent: Bonjour madame. Vous êtes mariée ?\nClient: Oui. Mon mari, il a... "
            "soixante, soixante et un ? Soixante et un.",
            "61",
            "-",
        ),
    ],
)
def test_a_spouse_s_age_said_against_the_client_s(said: str, mr: str, mme: str) -> None:
    fields = extract_fields(said)
    assert (fields.age_mr_data_ia, fields.age_mme_data_ia) == (mr, mme)


@pytest.mark.parametrize(
    ("said", "heating"),
    [
        # A heating had before is gone.
        (
            "Agent: Votre chauffage ?\nClient: Au gaz. Avant, on avait du fioul, ça sentait.",
            "gaz",
        ),
        # The one named as the heating, and the one that does it all, are the main one.
        (
            "Agent: Comment vous chauffez-vous ?\nClient: On a une cheminée pour les soirées, "
            "mais le chauffage, c'est le gaz.",
            "gaz",
        ),
        (
            "Agent: Votre chauffage ?\nClient: Des radiateurs électriques, et un insert. "
            "C'est l'insert qui fait tout.",
            "bois",
        ),
        # A top-up said in the clause after the heater.
        (
            "Agent: Votre chauffage ?\nClient: Une pompe à chaleur. L'électrique, c'est "
            "juste dans la véranda.",
            "pompe à chaleur",
        ),
        ("Agent: Votre chauffage ?\nClient: Le fioul, et un poêle pour le plaisir.", "fioul"),
    ],
)
def test_heating_former_named_main_and_top_up_after(said: str, heating: str) -> None:
    assert extract_fields(said).mode_chauffage_data_ia == heating


@pytest.mark.parametrize(
    ("said", "bill", "period"),
    [
        # Asked for the bill, an amount without "euros" when the answer gives its period.
        (
            "Agent: Votre facture d'électricité ?\nClient: Deux cent dix par mois, environ.",
            "210",
            "mensuelle",
        ),
        (
            "Agent: Vous payez combien d'électricité ?\nClient: Mille huit cents, je crois. "
            "Sur l'année.",
            "1800",
            "annuelle",
        ),
        # A value broken off and said again.
        (
            "Agent: Et la facture d'électricité ?\nClient: Quatre-vingt-dix... "
            "quatre-vingt-quinze. Par mois.",
            "95",
            "mensuelle",
        ),
        # No period said: a number alone is not taken for the bill.
        ("Agent: Et la facture d'électricité ?\nClient: Trois, on est trois.", "-", "-"),
    ],
)
def test_a_bill_without_euros_when_its_period_is_said(said: str, bill: str, period: str) -> None:
    fields = extract_fields(said)
    assert (fields.facture_data_ia, fields.mensuelle_annuelle_data_ia) == (bill, period)


def test_an_income_without_euros_its_period_in_another_sentence() -> None:
    said = (
        "Agent: Et le revenu du foyer, à peu près ?\n"
        "Client: À nous deux... trois mille cent, à peu près. Par mois."
    )
    assert extract_fields(said).revenu_data_ia == "3100 euros par mois"


@pytest.mark.parametrize(
    ("said", "orientation"),
    [
        # The side preferred after a first answer.
        ("Agent: L'orientation ?\nClient: Sud-est. Enfin, plutôt est, je dirais.", "est"),
        ("Agent: L'orientation ?\nClient: Plein sud, plutôt que l'ouest.", "sud"),
        # A region is no side of the roof...
        ("Agent: Vous êtes où ?\nClient: À Lens, dans le Nord.", "-"),
        # ... but in the answer about the roof it is.
        ("Agent: Le toit est orienté comment ?\nClient: Dans le nord, hélas.", "nord"),
    ],
)
def test_orientation_preferred_and_regions(said: str, orientation: str) -> None:
    assert extract_fields(said).orientation_data_ia == orientation


@pytest.mark.parametrize(
    ("said", "slot"),
    [
        # Today's slot, said so.
        ("Agent: Quand peut-on vous rappeler ?\nClient: Ce soir, après le dîner.", "ce soir"),
        (
            "Agent: Quand peut-on vous rappeler ?\nClient: Cet après-midi, si possible.",
            "cet après-midi",
        ),
        # The slot the agent reads back before asking for the hour.
        (
            "Agent: Quand peut-on vous rappeler ?\nClient: Le mercredi, j'ai les petits. "
            "Jeudi, alors. Jeudi matin ?\nAgent: Jeudi matin, à quelle heure ?\n"
            "Client: Neuf heures.",
            "jeudi matin",
        ),
        # ... not when the client turns it down.
        (
            "Agent: Quand peut-on vous rappeler ?\nClient: Vendredi.\n"
            "Agent: Lundi soir, ça vous irait ?\nClient: Non, vendredi.",
            "vendredi",
        ),
    ],
)
def test_callback_today_and_read_back_before_the_hour(said: str, slot: str) -> None:
    assert extract_fields(said).creneau_rappel_data_ia == slot


@pytest.mark.parametrize(
    ("answer", "slot"),
    [
        # Weekdays as Whisper writes them before the moment of the day.
        ("Samdi matin, vers 10 heures.", "samedi matin"),
        ("Mercudie matin vers 11 heures.", "mercredi matin"),
        ("Je dis après-midi, c'est le mieux pour moi.", "jeudi après-midi"),
        ("Sam dit après-midi, vers trois heures.", "samedi après-midi"),
        # "Pas trop tôt" narrows the slot, it turns nothing down.
        ("Samdi matin, pas trop tôt, 9 heures et demie.", "samedi matin"),
        ("Samedi matin, pas trop tard.", "samedi matin"),
        # Nothing like a weekday: the moment alone.
        ("Demain matin, si vous voulez.", "demain matin"),
        ("Le matin, plutôt.", "matin"),
        ("Je dirais le soir.", "soir"),
    ],
)
def test_callback_weekday_as_a_recogniser_spells_it(answer: str, slot: str) -> None:
    said = f"Agent: Quand peut-on vous rappeler ?\nClient: {answer}"
    assert extract_fields(said).creneau_rappel_data_ia == slot


@pytest.mark.parametrize(
    ("said", "surface", "roof_space"),
    [
        # A no to at least 20 m² free is less than 20...
        (
            "Agent: Sur le toit, vous avez au moins vingt mètres carrés libres ?\n"
            "Client: Non, il y a deux lucarnes.",
            "-",
            "moins de 20m",
        ),
        # ... not a no that is not knowing, nor a no to more than 20.
        (
            "Agent: Sur le toit, vous avez au moins vingt mètres carrés libres ?\n"
            "Client: Non, je ne sais pas du tout.",
            "-",
            "-",
        ),
        (
            "Agent: Sur le toit, vous avez au moins trente mètres carrés libres ?\nClient: Non.",
            "-",
            "-",
        ),
        # An area made more precise right after it.
        (
            "Agent: La surface de la maison ?\nClient: Quatre-vingts mètres carrés, un peu "
            "moins. Soixante-dix-huit.",
            "78",
            "-",
        ),
        (
            "Agent: La surface de la maison ?\nClient: Quatre-vingts mètres carrés. Cent "
            "vingt avec le garage.",
            "80",
            "-",
        ),
    ],
)
def test_roof_space_refused_and_area_made_precise(said: str, surface: str, roof_space: str) -> None:
    fields = extract_fields(said)
    assert (fields.superficie_data_ia, fields.surface_toit_libre_data_ia) == (surface, roof_space)


@pytest.mark.parametrize(
    ("said", "code"),
    [
        # A code of the departments 01 to 09 said as a thousand.
        ("Agent: Votre code postal ?\nClient: Huit mille deux cents.", "08200"),
        ("Agent: Votre code postal ?\nClient: Je ne sais plus, huit mille quelque chose.", "-"),
        ("Agent: Votre facture ?\nClient: Deux mille cent.", "-"),
    ],
)
def test_a_postal_code_said_as_a_thousand(said: str, code: str) -> None:
    assert extract_fields(said).client_postal_code_data_ia == code


def test_one_child_in_the_answer_on_living_alone() -> None:
    said = "Agent: Vous vivez seule ?\nClient: Avec ma fille. Je suis veuve."
    assert extract_fields(said).situation_familiale_data_ia == "veuve, 1 enfant"


def test_what_the_new_patterns_leave_alone() -> None:
    # A pluperfect is no former heating.
    said = "Agent: Votre chauffage ?\nClient: On avait fait poser une pompe à chaleur en 2015."
    assert extract_fields(said).mode_chauffage_data_ia == "pompe à chaleur"
    # "Ma femme aussi" going on about something else is no age.
    said = "Agent: Votre âge ?\nClient: J'ai 66 ans, ma femme aussi, elle est retraitée."
    assert extract_fields(said).age_mme_data_ia == "-"
    # A duration is no age of the spouse.
    said = (
        "Agent: Bonjour monsieur. Votre âge ?\nClient: Soixante-dix ans.\n"
        "Agent: Et votre épouse ?\nClient: Elle est à la retraite depuis vingt ans."
    )
    assert extract_fields(said).age_mme_data_ia == "-"
    # A small number in the answer to the bill is something else.
    said = "Agent: Et la facture d'électricité ?\nClient: On a 12 prélèvements par an."
    assert extract_fields(said).facture_data_ia == "-"


def test_the_company_number_the_agent_dictates_is_not_the_clients() -> None:
    said = (
        "Agent: Si votre mari veut nous joindre, je vous donne notre numéro ?\n"
        "Client: Oui, allez-y.\n"
        "Agent: C'est le zéro un, quarante-deux, dix-huit, trente, vingt.\n"
        "Client: Zéro un, quarante-deux, dix-huit, trente, vingt. C'est noté."
    )
    assert extract_fields(said).client_phone_number == "-"
    said = (
        "Agent: Vous pouvez nous appeler au zéro un, quarante-deux, dix-huit, trente, vingt. "
        "Et votre numéro à vous ?\n"
        "Client: Zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit."
    )
    fields = extract_fields(said)
    assert (fields.client_phone_number, fields.tel2_data_ia) == ("0612345678", "-")


@pytest.mark.parametrize(
    ("said", "slot"),
    [
        # A wish for the evening is no slot.
        ("Agent: Très bien, on vous rappelle jeudi. Bon match ce soir !\nClient: Merci.", "jeudi"),
        ("Agent: Merci, et bon courage pour cet après-midi.\nClient: Merci, au revoir.", "-"),
        # "Bon ben" opens an answer.
        ("Agent: Quand peut-on vous rappeler ?\nClient: Bon ben ce soir, alors.", "ce soir"),
    ],
)
def test_a_wish_for_the_evening_is_no_slot(said: str, slot: str) -> None:
    assert extract_fields(said).creneau_rappel_data_ia == slot


@pytest.mark.parametrize(
    ("said", "surface"),
    [
        (
            "Agent: Et la surface habitable ?\n"
            "Client: Quatre-vingt-dix ? Cent ? Je ne sais pas trop, c'est ma fille qui sait.",
            "-",
        ),
        (
            "Agent: Et la surface habitable ?\n"
            "Client: Quatre-vingt-dix. Je ne sais pas si ça compte le garage.",
            "90",
        ),
    ],
)
def test_a_surface_only_guessed_is_not_said(said: str, surface: str) -> None:
    assert extract_fields(said).superficie_data_ia == surface


@pytest.mark.parametrize(
    ("said", "family"),
    [
        # A child named with the answer on the couple.
        (
            "Agent: Bonjour monsieur. Vous êtes pacsés ?\n"
            "Client: Oui, pacsés. Et une fille de trois ans.",
            "pacsé, 1 enfant",
        ),
        (
            "Agent: Bonjour monsieur. Vous êtes marié ?\n"
            "Client: Oui, avec un petit bonhomme de deux ans à la maison.",
            "marié, 1 enfant",
        ),
        # The total after counting apart; not the household's.
        (
            "Agent: Bonjour monsieur. Vous avez des enfants ?\n"
            "Client: Elle en a un, moi deux. Trois en tout.",
            "3 enfants",
        ),
        (
            "Agent: Bonjour monsieur. Vous avez des enfants ?\n"
            "Client: On est quatre en tout, avec les deux grands.",
            "-",
        ),
        # One child in the answer on living alone, and in the household listed.
        (
            "Agent: Bonjour monsieur. Vous vivez seul ?\n"
            "Client: Séparé. J'ai mon fils un mercredi sur deux.",
            "séparé, 1 enfant",
        ),
        (
            "Agent: Bonjour madame. Vous êtes combien à la maison ?\n"
            "Client: Mon mari, la petite et moi.",
            "mariée, 1 enfant",
        ),
    ],
)
def test_children_said_with_the_couple_or_the_household(said: str, family: str) -> None:
    assert extract_fields(said).situation_familiale_data_ia == family


@pytest.mark.parametrize(
    ("said", "orientation"),
    [
        # The side of the roof told by the sun, in the answer about it.
        (
            "Agent: Et votre toit, il est orienté comment ?\n"
            "Client: Le long pan regarde le soleil levant, du côté de la route.",
            "est",
        ),
        ("Agent: Et l'orientation ?\nClient: Il a le soleil couchant, la terrasse aussi.", "ouest"),
        ("Agent: Le toit est orienté comment ?\nClient: Euh, on l'a plein midi.", "sud"),
        (
            "Agent: Et l'orientation ?\nClient: Un pan a le soleil le matin, l'autre pan le soir.",
            "est-ouest",
        ),
        (
            "Agent: Et le toit, de quel côté il est tourné ?\n"
            "Client: Alors là... Par contre le soleil, on l'a dessus toute la journée.",
            "bien ensoleillée",
        ),
        # "l'est" opening a phrase, and the answer to the agent's summing up.
        ("Agent: Et l'orientation ?\nClient: Je ne sais pas. Alors... l'est, peut-être.", "est"),
        (
            "Agent: Vous habitez où ?\nClient: À Nantes, côté sud.\n"
            "Agent: L'orientation du toit ?\nClient: Le pan de la rue, je ne sais pas.\n"
            "Agent: Donc un pan à l'ouest, ça.\nClient: Voilà, ouest.",
            "ouest",
        ),
        # The sun outside an answer about the roof, and "l'est" as a verb, say no side.
        (
            "Agent: Vous mangez à quelle heure ?\n"
            "Client: Le soleil le matin, et le soir, on dîne tard. Elle l'est, gentille.",
            "-",
        ),
    ],
)
def test_the_side_of_the_roof_told_by_the_sun(said: str, orientation: str) -> None:
    assert extract_fields(said).orientation_data_ia == orientation


@pytest.mark.parametrize(
    ("said", "heating"),
    [
        # A top-up said in a sentence about the heater alone, wherever else it is named.
        (
            "Agent: Comment vous chauffez-vous ?\nClient: Une chaudière gaz et une cheminée. "
            "La cheminée, on la fait pour le plaisir, le dimanche.",
            "gaz",
        ),
        # Kept for the cold snaps, or only cooling in summer.
        (
            "Agent: Votre chauffage ?\nClient: Des radiateurs électriques. On a aussi un poêle "
            "à bois pour les grands froids.",
            "électrique",
        ),
        ("Agent: Votre chauffage ?\nClient: Au bois, et une clim réversible en été.", "bois"),
        (
            "Agent: Votre chauffage ?\nClient: Une pompe à chaleur, posée l'été dernier, et un "
            "poêle à bois d'appoint.",
            "pompe à chaleur",
        ),
        # A heating had before.
        (
            "Agent: Votre chauffage ?\nClient: Une pompe à chaleur. Avant, c'était le fioul.",
            "pompe à chaleur",
        ),
        ("Agent: Votre chauffage ?\nClient: Le gaz. Avant, des convecteurs partout.", "gaz"),
    ],
)
def test_heating_topped_up_or_had_before(said: str, heating: str) -> None:
    assert extract_fields(said).mode_chauffage_data_ia == heating


@pytest.mark.parametrize(
    ("said", "jobs"),
    [
        # The years after a hesitation.
        (
            "Agent: Bonjour monsieur. Vous travaillez ?\n"
            "Client: Je suis plombier. À mon compte, depuis... ben, onze ans.",
            ("indépendant depuis 11 ans", "-"),
        ),
        # The contract says more than "salariée".
        (
            "Agent: Bonjour madame. Vous travaillez ?\n"
            "Client: Salariée, dans une clinique. En CDD, jusqu'en juin.",
            ("-", "CDD"),
        ),
        # The subject said after the status.
        (
            "Agent: Bonjour madame. Et côté travail ?\nClient: À la retraite, nous deux.",
            ("retraité", "retraitée"),
        ),
        # An adviser is a job title; advised is not.
        (
            "Agent: Bonjour monsieur, vous avez deux minutes ?\n"
            "Client: Pas trop, je suis conseiller clientèle, j'ai des rendez-vous.",
            ("conseiller clientèle", "-"),
        ),
        (
            "Agent: Bonjour monsieur, vous avez deux minutes ?\n"
            "Client: Oui, je suis conseillé par mon fils, il connaît.",
            ("-", "-"),
        ),
    ],
)
def test_jobs_dated_after_a_pause_made_precise_or_said_before_whom(
    said: str, jobs: tuple[str, str]
) -> None:
    fields = extract_fields(said)
    assert (fields.activite_mr_data_ia, fields.activite_mme_data_ia) == jobs


@pytest.mark.parametrize(
    ("said", "code"),
    [
        # The code settled on in the answer to the postal code question.
        (
            "Agent: Votre code postal ?\n"
            "Client: Quarante-quatre mille... non, pardon, quarante-quatre, cent vingt.",
            "44120",
        ),
        ("Agent: Le code postal ?\nClient: Vingt-neuf, deux cents.", "29200"),
        # An income is no code.
        (
            "Agent: Et le revenu du foyer ?\n"
            "Client: Quarante-deux mille par an. Mettez quarante-deux mille.",
            "-",
        ),
    ],
)
def test_the_postal_code_settled_on_in_its_answer(said: str, code: str) -> None:
    assert extract_fields(said).client_postal_code_data_ia == code


@pytest.mark.parametrize(
    ("said", "city"),
    [
        # The commune a hamlet belongs to.
        (
            "Agent: Vous habitez bien à Vannes ?\n"
            "Client: Pas tout à fait. On est à Kerbellec, c'est un hameau de Theix, à côté de "
            "Vannes.",
            "Theix",
        ),
        # The town left is not the town.
        (
            "Agent: C'est bien à Brest ?\n"
            "Client: Oui enfin, plus à Brest. À Guipavas, depuis mars.",
            "Guipavas",
        ),
    ],
)
def test_the_town_of_a_hamlet_and_not_the_town_left(said: str, city: str) -> None:
    assert extract_fields(said).client_city_data_ia == city


def test_the_street_taken_back_after_the_number() -> None:
    said = (
        "Agent: Et l'adresse ?\n"
        "Client: Douze, rue des Lilas... non, pardon, impasse des Lilas. Je me trompe toujours."
    )
    assert extract_fields(said).client_address_data_ia == "12 impasse des Lilas"
    said = "Agent: Et l'adresse ?\nClient: Douze, rue des Lilas. Non, c'est tout."
    assert extract_fields(said).client_address_data_ia == "12 rue des Lilas"


def test_the_clients_own_age_without_ans_after_the_spouses() -> None:
    said = (
        "Agent: Bonjour madame. Vous êtes à la retraite ?\n"
        "Client: Oui. Mon mari a soixante-dix ans, moi soixante-six."
    )
    fields = extract_fields(said)
    assert (fields.age_mr_data_ia, fields.age_mme_data_ia) == ("70", "66")
    said = (
        "Agent: Bonjour madame. Vous travaillez ?\n"
        "Client: Mon mari a 50 ans, moi, 35 heures par semaine."
    )
    assert extract_fields(said).age_mme_data_ia == "-"


@pytest.mark.parametrize(
    ("said", "owner"),
    [
        # "Pas vraiment" answering the question is a no.
        (
            "Agent: Vous êtes propriétaire ?\nClient: Pas vraiment. C'est la maison de ma tante.",
            "non",
        ),
        ("Agent: Vous êtes propriétaire ?\nClient: Oui, pas vraiment de souci là-dessus.", "oui"),
    ],
)
def test_pas_vraiment_is_a_no(said: str, owner: str) -> None:
    assert extract_fields(said).proprietaire_data_ia == owner


def test_what_the_held_out_6_patterns_leave_alone() -> None:
    # A number the agent confirms as the client's, next to the offer to call the company.
    said = (
        "Agent: Vous pouvez aussi nous appeler si besoin. Votre numéro, c'est bien le zéro six, "
        "douze, trente-quatre, cinquante-six, soixante-dix-huit ?\nClient: Oui."
    )
    assert extract_fields(said).client_phone_number == "0612345678"
    # A good moment this evening is a slot, not a wish.
    said = "Agent: Quand peut-on vous rappeler ?\nClient: Oui, c'est un bon moment ce soir."
    assert extract_fields(said).creneau_rappel_data_ia == "ce soir"
    # A doubt about what the surface counts is no guess.
    said = (
        "Agent: La surface de la maison ?\n"
        "Client: Cent vingt ? Je ne sais pas si ça compte le garage."
    )
    assert extract_fields(said).superficie_data_ia == "120"
    # The household counted is no total of children.
    said = (
        "Agent: Bonjour madame. Vous avez des enfants ?\n"
        "Client: Deux, et avec mon mari et moi, ça fait 4 en tout."
    )
    assert extract_fields(said).situation_familiale_data_ia == "mariée, 2 enfants"
    # A child named with the client outside an answer about the household is no count.
    said = (
        "Agent: Bonjour madame. Qui a rempli le formulaire ?\n"
        "Client: Ma fille et moi, on l'a fait ensemble."
    )
    assert extract_fields(said).situation_familiale_data_ia == "-"
    # "C'est juste ça" is all the heating there is.
    said = (
        "Agent: Votre chauffage ?\nClient: Des radiateurs électriques, c'est juste ça. On a une "
        "cheminée aussi, qu'on n'allume jamais."
    )
    assert extract_fields(said).mode_chauffage_data_ia == "électrique"


@pytest.mark.parametrize(
    "spoken",
    [
        "Zéro sept, douze... Zéro sept, douze, trente-quatre, cinquante-six, soixante-dix-huit.",
        "Le zéro sept... zéro sept, douze, trente-quatre, cinquante-six, soixante-dix-huit.",
        "07 12 34... 07 12 34 56 78",
    ],
)
def test_phone_said_again_after_a_pause(spoken: str) -> None:
    assert parse_phone(spoken) == "0712345678"


def test_phone_paused_in_the_middle_goes_on() -> None:
    # The groups after the pause make no number of their own: the number goes on.
    assert parse_phone("Zéro six, soixante-deux... zéro cinq, quarante, trente et un.") == (
        "0662054031"
    )


@pytest.mark.parametrize(
    "said",
    [
        "On m'a déjà appelé mardi, et jeudi, et encore hier.",
        "Vous avez téléphoné vendredi dernier, déjà.",
        "Quelqu'un de chez vous a appelé lundi.",
    ],
)
def test_a_day_gone_by_is_no_slot(said: str) -> None:
    call = (
        "Agent: Bonjour monsieur, nous proposons en ce moment des panneaux solaires.\n"
        f"Client: C'est la troisième fois. {said}\n"
        "Agent: Vous êtes propriétaire ?\nClient: Oui."
    )
    assert extract_fields(call).creneau_rappel_data_ia == "-"


@pytest.mark.parametrize(
    ("answer", "main"),
    [
        ("Au gaz. Et une cheminée, mais ça, c'est pour le plaisir.", "gaz"),
        ("Le fioul. Et un poêle, mais le poêle, c'est pour le week-end.", "fioul"),
        ("Au fioul. Et la cheminée, l'hiver, pour le moral.", "fioul"),
        ("L'électrique. Il y a un insert, mais on l'allume à Noël, pour l'ambiance.", "électrique"),
        ("Au gaz. Et deux convecteurs, pour quand on a des amis qui dorment là.", "gaz"),
        ("Radiateurs. Et un poêle à granulés, mais c'est pour l'appoint.", "électrique"),
        ("Un poêle et des convecteurs. L'essentiel, c'est le poêle.", "bois"),
        ("Une pompe à chaleur, géothermique, avec des capteurs dans le jardin.", "pompe à chaleur"),
    ],
)
def test_heater_lit_now_and_then_or_for_the_mood_is_a_top_up(answer: str, main: str) -> None:
    call = f"Agent: Comment vous chauffez-vous ?\nClient: {answer}"
    assert extract_fields(call).mode_chauffage_data_ia == main


@pytest.mark.parametrize(
    ("question", "answer", "town"),
    [
        (
            "Et la maison est aux Sables-d'Olonne ?",
            "Aux Sables-d'Olonne, oui.",
            "Les Sables-d'Olonne",
        ),
        ("Et la maison est à Privas ?", "Privas, oui. Dans le centre.", "Privas"),
        ("Votre maison se trouve à Figeac ?", "Figeac, c'est ça.", "Figeac"),
        (
            "Vous êtes bien à Compiègne ?",
            "Non, Margny. Margny-lès-Compiègne.",
            "Margny-lès-Compiègne",
        ),
        ("Vous habitez à Rennes ?", "Non, c'est Cesson. Juste à côté.", "Cesson"),
    ],
)
def test_town_asked_of_the_house_or_turned_down(question: str, answer: str, town: str) -> None:
    call = f"Agent: {question}\nClient: {answer}\nAgent: Le code postal ?"
    assert extract_fields(call).client_city_data_ia == town


@pytest.mark.parametrize(
    ("answer", "area"),
    [
        ("Euh... Quatre-vingt-dix ? Quatre-vingt-dix, oui.", "90"),
        ("Oh, cent trente, à peu près.", "130"),
        ("Ben, soixante-dix.", "70"),
        ("Cinquante mètres au sol, sur deux niveaux. Cent, quoi.", "100"),
        ("Soixante mètres carrés par étage, donc cent vingt en tout.", "120"),
        ("Quarante-cinq au sol, sur deux étages. Ça fait quatre-vingt-dix.", "90"),
    ],
)
def test_house_area_after_a_hesitation_or_worked_out_from_its_floors(
    answer: str, area: str
) -> None:
    call = f"Agent: La surface de la maison ?\nClient: {answer}"
    assert extract_fields(call).superficie_data_ia == area


@pytest.mark.parametrize(
    ("answer", "space"),
    [
        ("Largement. Il n'y a rien dessus.", "20m"),
        ("Je pense, oui. Il n'y a qu'un velux.", "20m"),
        ("Je crois que oui.", "20m"),
        ("Sans problème, c'est un grand toit.", "20m"),
        ("Ah, je ne pense pas. Il y a deux velux et la cheminée.", "moins de 20m"),
        ("Je crois pas, non, c'est petit.", "moins de 20m"),
        ("Je crois que non.", "moins de 20m"),
    ],
)
def test_hedged_or_generous_answer_on_twenty_square_metres(answer: str, space: str) -> None:
    call = f"Agent: Il y a au moins vingt mètres carrés libres sur ce pan ?\nClient: {answer}"
    assert extract_fields(call).surface_toit_libre_data_ia == space


@pytest.mark.parametrize(
    ("answer", "age"),
    [
        ("Quarante-quatre. Non, quarante-cinq, il a eu son anniversaire en mai.", "45"),
        ("Il est né en soixante-deux. Ça lui fait... soixante-quatre ? Oui.", "64"),
        ("Cinquante, enfin non, cinquante et un.", "51"),
        ("Il est né en 71, il a 55 ans.", "55"),
    ],
)
def test_spouse_age_corrected_or_after_a_birth_year(answer: str, age: str) -> None:
    call = (
        "Agent: Bonjour madame. Votre âge ?\nClient: Quarante-huit ans.\n"
        f"Agent: Et votre mari ?\nClient: {answer}"
    )
    assert extract_fields(call).age_mr_data_ia == age


@pytest.mark.parametrize(
    "said",
    [
        "J'ai racheté sa part à mon ex-mari.",
        "Depuis le divorce, la maison est à moi.",
        "Mon ex-femme est partie avec les meubles.",
    ],
)
def test_divorce_said_through_what_it_left(said: str) -> None:
    call = f"Agent: Bonjour madame. Vous êtes propriétaire ?\nClient: Oui. {said}"
    assert extract_fields(call).situation_familiale_data_ia == "divorcée"


@pytest.mark.parametrize(
    ("answer", "status"),
    [
        ("Pacsés. Pas d'enfants. Pas encore.", "pacsée"),
        ("Mariée, oui, sans enfants.", "mariée"),
        ("Célibataire. Pas d'enfant.", "célibataire"),
    ],
)
def test_no_children_adds_nothing_to_the_status(answer: str, status: str) -> None:
    call = f"Agent: Bonjour madame. Vous êtes mariée ?\nClient: {answer}"
    assert extract_fields(call).situation_familiale_data_ia == status


@pytest.mark.parametrize(
    ("answer", "job"),
    [
        ("Je suis auto-entrepreneuse. Depuis quatre ans.", "indépendante depuis 4 ans"),
        ("À mon compte, pour les deux. Depuis... sept ans ?", "indépendante depuis 7 ans"),
        ("Indépendante, oui. Depuis huit ans, maintenant.", "indépendante depuis 8 ans"),
        ("Je suis étudiante, en master.", "étudiante"),
    ],
)
def test_self_employment_dated_in_the_next_sentence_and_students(answer: str, job: str) -> None:
    call = f"Agent: Bonjour madame. Et vous travaillez dans quoi ?\nClient: {answer}"
    assert extract_fields(call).activite_mme_data_ia == job


def test_on_of_a_general_truth_is_not_the_couple() -> None:
    call = (
        "Agent: Bonjour monsieur. Votre facture d'électricité ?\n"
        "Client: Cent vingt euros par mois. Ça pèse, quand on est au chômage.\n"
        "Agent: Et votre compagne, elle travaille ?\nClient: Elle est étudiante."
    )
    fields = extract_fields(call)
    assert (fields.activite_mr_data_ia, fields.activite_mme_data_ia) == ("-", "étudiante")


@pytest.mark.parametrize(
    ("answer", "bill"),
    [
        ("Ça ne monte jamais à quatre-vingts euros, par mois.", "moins_de_80"),
        ("Ça ne dépasse pas quatre-vingts euros par mois.", "moins_de_80"),
        ("Même pas quatre-vingts euros par mois, je fais attention.", "moins_de_80"),
        ("En dessous de quatre-vingts euros par mois.", "moins_de_80"),
        ("Ça dépasse les cent euros par mois, l'hiver.", "plus_de_100"),
        ("Au-dessus de cent euros par mois.", "plus_de_100"),
    ],
)
def test_bill_band_said_as_a_ceiling_or_a_floor(answer: str, bill: str) -> None:
    call = f"Agent: Et votre facture d'électricité ?\nClient: {answer}"
    assert extract_fields(call).facture_data_ia == bill


@pytest.mark.parametrize(
    ("answer", "period"),
    [
        ("1200 euros sur l'année. Par an, hein, pas par mois.", "annuelle"),
        ("Quatre-vingts euros. Pas par an, par mois.", "mensuelle"),
    ],
)
def test_bill_period_said_not_to_be_the_one(answer: str, period: str) -> None:
    call = f"Agent: Et votre facture d'électricité ?\nClient: {answer}"
    assert extract_fields(call).mensuelle_annuelle_data_ia == period


def test_unasked_bill_is_in_the_sentence_about_it() -> None:
    call = (
        "Agent: Les panneaux sont rentables en dix ans...\n"
        "Client: Trente mille euros, pour quoi faire ? On paie cent dix euros par mois, "
        "d'électricité."
    )
    assert extract_fields(call).facture_data_ia == "110"


@pytest.mark.parametrize(
    ("answer", "address"),
    [
        ("Vingt-six, rue des Peupliers... euh, non, vingt-huit.", "28 rue des Peupliers"),
        ("Quatorze, allée des Tilleuls. Pardon, seize.", "16 allée des Tilleuls"),
        ("Trois, chemin Vert, enfin non, trois bis.", "3 bis chemin Vert"),
        ("Cinq, montée des Oliviers.", "5 montée des Oliviers"),
        ("Neuf, ruelle du Four.", "9 ruelle du Four"),
        ("Deux, cité des Fleurs.", "2 cité des Fleurs"),
    ],
)
def test_house_number_corrected_after_the_street_and_more_street_kinds(
    answer: str, address: str
) -> None:
    call = f"Agent: Et l'adresse ?\nClient: {answer}"
    assert extract_fields(call).client_address_data_ia == address


@pytest.mark.parametrize(
    ("answer", "side"),
    [
        ("Le toit côté cour est au midi.", "sud"),
        ("Le grand pan donne au couchant.", "ouest"),
        ("Côté levant, je crois.", "est"),
        (
            "Le nord, le sud, je ne sais pas. Mais on a le soleil du matin au soir.",
            "bien ensoleillée",
        ),
        ("Sud ou ouest, je ne sais plus. Le soleil, on l'a toute la journée.", "bien ensoleillée"),
        ("Le nord ou le sud, aucune idée, je ne sais pas.", "-"),
    ],
)
def test_side_said_in_the_old_words_or_sides_not_known(answer: str, side: str) -> None:
    call = f"Agent: Vous savez comment le toit est orienté ?\nClient: {answer}"
    assert extract_fields(call).orientation_data_ia == side


@pytest.mark.parametrize(
    "answer",
    [
        "En bac acier. C'était moins cher que la tuile.",
        "Du bac acier, au lieu de la tuile, à cause de la neige.",
        "Bac acier, plutôt que des tuiles.",
        "Bac acier. Pas de tuiles, c'est trop lourd.",
    ],
)
def test_roof_named_to_compare_is_not_had(answer: str) -> None:
    call = f"Agent: Et le toit, il est en quoi ?\nClient: {answer}"
    assert extract_fields(call).toiture_data_ia == "bac acier"


@pytest.mark.parametrize(
    ("greeting", "answer", "first"),
    [
        ("Monsieur Bertin ?", "Oui, c'est moi. Olivier. C'est pour quoi ?", "Olivier"),
        ("Madame Roux ?", "C'est moi. Nadège Roux.", "Nadège"),
        ("Monsieur Perrin ?", "Ouais, c'est moi. Pourquoi ?", "-"),
        ("Madame Lenoir ?", "C'est moi. Attendez, je baisse la radio.", "-"),
    ],
)
def test_first_name_said_alone_after_owning_up(greeting: str, answer: str, first: str) -> None:
    call = f"Agent: Bonjour, Julie, de Soleil Conseil. {greeting}\nClient: {answer}"
    assert extract_fields(call).client_first_name_data_ia == first


@pytest.mark.parametrize(
    ("agent", "client", "last"),
    [
        (
            "Monsieur Guillot ? G, U, I, L, L, O, T ?",
            "Non, avec un E. G, U, I, L, L, E, T.",
            "Guillet",
        ),
        ("Madame Bonet ?", "Bonnet. B, O, deux N, E, T.", "Bonnet"),
        ("Monsieur Lefèvre ?", "Oui. L, E, F, E, V, R, E. Lefèvre.", "Lefèvre"),
        ("Monsieur Le Goff ?", "Oui, L, E, G, O, F, F.", "Le Goff"),
    ],
)
def test_surname_as_the_client_spells_it(agent: str, client: str, last: str) -> None:
    call = f"Agent: Bonjour. {agent}\nClient: {client}"
    assert extract_fields(call).client_last_name_data_ia == last


@pytest.mark.parametrize(
    ("last", "classement"),
    [
        ("Mon mari, ce n'est pas la peine, il ne répond jamais au travail.", "Valide"),
        ("Le portable de ma fille, pas besoin, elle ne décroche pas.", "Valide"),
        ("Non, c'est pas la peine de rappeler, ça ne m'intéresse plus.", "Non intéressant"),
        ("Pas la peine, je ne veux pas de panneaux.", "Non intéressant"),
    ],
)
def test_waving_off_someone_else_is_no_refusal(last: str, classement: str) -> None:
    call = (
        "Agent: Bonjour madame. Vous êtes propriétaire ?\nClient: Oui.\n"
        "Agent: Un conseiller peut vous rappeler jeudi matin ?\nClient: Oui, jeudi matin.\n"
        f"Agent: Et un autre numéro ?\nClient: {last}"
    )
    assert extract_fields(call).classement == classement


def test_the_new_patterns_stay_narrow() -> None:
    only = "Agent: Et le toit, il est en quoi ?\nClient: Il n'y a que des tuiles, des rouges."
    assert extract_fields(only).toiture_data_ia == "tuiles"
    at_home = (
        "Agent: Quand est-ce qu'un conseiller peut vous rappeler ?\n"
        "Client: Mardi matin, je suis déjà à la maison."
    )
    assert extract_fields(at_home).creneau_rappel_data_ia == "mardi matin"
    daughter = (
        "Agent: Bonjour madame. Vous êtes propriétaire ?\n"
        "Client: Oui, depuis le divorce de ma fille, elle vit avec moi."
    )
    assert extract_fields(daughter).situation_familiale_data_ia != "divorcée"
    greeting = "Agent: Monsieur Roche ?\nClient: Oui, c'est moi. Bonsoir."
    assert extract_fields(greeting).client_first_name_data_ia == "-"


@pytest.mark.parametrize(
    ("answer", "period"),
    [
        ("Par mois, je ne sais pas. Mais sur l'année, on a payé 1500 euros.", "annuelle"),
        ("1400 euros, sur l'année. La régularisation est arrivée le mois dernier.", "annuelle"),
        ("Le mois passé, on a reçu la facture : 95 euros par mois.", "mensuelle"),
    ],
)
def test_bill_period_said_with_the_amount_first(answer: str, period: str) -> None:
    call = f"Agent: Et votre facture d'électricité ?\nClient: {answer}"
    assert extract_fields(call).mensuelle_annuelle_data_ia == period


@pytest.mark.parametrize(
    ("answer", "family"),
    [
        ("Trois. Deux filles et un garçon.", "marié, 3 enfants"),
        ("Quatre, dont deux jumeaux. Un fils et trois filles.", "marié, 4 enfants"),
        ("Deux filles.", "marié, 2 enfants"),
    ],
)
def test_child_count_opening_the_answer_before_the_detail(answer: str, family: str) -> None:
    call = (
        "Agent: Bonjour monsieur. Vous êtes marié ?\nClient: Oui.\n"
        f"Agent: Vous avez des enfants ?\nClient: {answer}"
    )
    assert extract_fields(call).situation_familiale_data_ia == family


@pytest.mark.parametrize(
    ("answer", "space"),
    [
        ("La cheminée est de l'autre côté. Oui, oui, il y a de la place.", "20m"),
        ("Il y a largement la place, c'est un grand pan.", "20m"),
        ("Avec les deux velux, il n'y a pas la place.", "moins de 20m"),
        ("Ah, il n'y a pas assez de place, je pense.", "moins de 20m"),
    ],
)
def test_room_on_the_roof_said_in_other_words(answer: str, space: str) -> None:
    call = (
        f"Agent: Sur ce pan, il y aurait au moins vingt mètres carrés de libres ?\nClient: {answer}"
    )
    assert extract_fields(call).surface_toit_libre_data_ia == space


def test_another_s_ex_is_no_divorce() -> None:
    call = (
        "Agent: Bonjour madame. Vous êtes propriétaire ?\n"
        "Client: Oui. Ma fille vit chez moi, avec son ex-mari c'était compliqué."
    )
    assert extract_fields(call).situation_familiale_data_ia != "divorcée"


def test_a_first_name_offered_unasked_or_put_right() -> None:
    offered = (
        "Agent: Je vérifie votre nom : Thiébaut, T, H, I, É, B, A, U, T ?\n"
        "Client: C'est ça. Avec le H, oui. Et le prénom, c'est Roland."
    )
    assert extract_fields(offered).client_first_name_data_ia == "Roland"
    corrected = (
        "Agent: Bonjour monsieur. Monsieur Johann Ferreira ?\n"
        "Client: Non, Jonathan. Johann, c'est mon frère.\n"
        "Agent: Pardon, monsieur Jonathan Ferreira."
    )
    fields = extract_fields(corrected)
    assert (fields.client_first_name_data_ia, fields.client_last_name_data_ia) == (
        "Jonathan",
        "Ferreira",
    )
    in_full = (
        "Agent: Votre prénom, monsieur ?\nClient: Fred. Frédéric, enfin. Tout le monde dit Fred."
    )
    assert extract_fields(in_full).client_first_name_data_ia == "Frédéric"
    # A different name after "enfin" is no longer form of the first.
    other = "Agent: Votre prénom, monsieur ?\nClient: Paul. Enfin, Marc, mon frère, lui…"
    assert extract_fields(other).client_first_name_data_ia == "Paul"


def test_the_age_to_come_is_not_the_age() -> None:
    call = "Agent: Bonjour monsieur. Votre âge ?\nClient: Quarante-neuf. Cinquante en juin, hélas."
    assert extract_fields(call).age_mr_data_ia == "49"
    # A correction right after is still one.
    call = (
        "Agent: Bonjour monsieur. Votre âge ?\nClient: Cinquante ans. Non, pardon, cinquante et un."
    )
    assert extract_fields(call).age_mr_data_ia == "51"


@pytest.mark.parametrize(
    ("call", "heating"),
    [
        # The answer to the question, not another canvasser's product said before it.
        (
            "Client: C'est le troisième appel. À midi, la pompe à chaleur, et maintenant vous.\n"
            "Agent: Je voulais juste savoir comment vous vous chauffez.\n"
            "Client: Au gaz.",
            "gaz",
        ),
        (
            "Agent: Vous vous chauffez comment ?\n"
            "Client: Par aérothermie, avec les radiateurs à eau.",
            "pompe à chaleur",
        ),
        (
            "Agent: Vous êtes locataire ?\n"
            "Client: Oui. Des convecteurs partout, c'est tout électrique.",
            "électrique",
        ),
    ],
)
def test_heating_said_in_other_words(call: str, heating: str) -> None:
    assert extract_fields(call).mode_chauffage_data_ia == heating


@pytest.mark.parametrize(
    ("call", "owner"),
    [
        (
            "Agent: Vous êtes propriétaire de votre maison ?\n"
            "Client: Je suis chez moi depuis cinquante ans, oui.",
            "oui",
        ),
        ("Agent: Vous êtes propriétaire de votre maison ?\nClient: Je ne sais pas, oui.", "-"),
    ],
)
def test_a_yes_said_last(call: str, owner: str) -> None:
    assert extract_fields(call).proprietaire_data_ia == owner


@pytest.mark.parametrize(
    ("said", "space"),
    [
        (
            "Agent: Il y a au moins vingt mètres carrés de libres dessus ?\n"
            "Client: Oh, au moins, oui, facilement.",
            "20m",
        ),
        (
            "Agent: Vous savez de quel côté il est orienté ?\n"
            "Client: Au sud. Il reste peut-être douze, quinze mètres carrés.",
            "moins de 20m",
        ),
        (
            "Agent: Et il y a au moins vingt mètres carrés de libres sur ce pan ?\n"
            "Client: Il reste... dix-huit mètres, pas plus.",
            "moins de 20m",
        ),
        # Lengths are no area.
        (
            "Agent: Et il y a au moins vingt mètres carrés de libres sur ce pan ?\n"
            "Client: Il fait douze mètres de long.",
            "-",
        ),
    ],
)
def test_free_roof_said_as_what_is_left_or_in_metres(said: str, space: str) -> None:
    assert extract_fields(said).surface_toit_libre_data_ia == space


def test_the_ground_floor_then_the_whole_house() -> None:
    call = (
        "Agent: La surface de la maison ?\n"
        "Client: Soixante-dix en bas, à l'origine. On a fait surélever, "
        "alors maintenant, cent dix en tout."
    )
    assert extract_fields(call).superficie_data_ia == "110"


def test_the_agent_s_reading_of_a_number_put_right_is_one_number() -> None:
    call = (
        "Agent: J'ai pris celui du cabinet. J'ai le 06 68 12 34 09.\n"
        "Client: Ah, c'est une faute de frappe. C'est un zéro sept, pas un zéro six. "
        "Zéro sept, soixante-huit, douze, trente-quatre, zéro neuf.\n"
        "Agent: 07 68 12 34 09, je corrige."
    )
    fields = extract_fields(call)
    assert (fields.client_phone_number, fields.tel2_data_ia) == ("0768123409", "-")
    # Two numbers of the client's own stay two.
    two = (
        "Agent: Un numéro où vous joindre ?\n"
        "Client: Le 06 37 62 91 08. Et le fixe, le 05 59 67 14 25."
    )
    fields = extract_fields(two)
    assert (fields.client_phone_number, fields.tel2_data_ia) == ("0637629108", "0559671425")


def test_a_job_alone_answering_the_question_and_what_is_no_job() -> None:
    call = (
        "Agent: Bonjour madame. C'est un mauvais moment ?\n"
        "Client: Je suis au travail, à la crèche, c'est l'heure du goûter. Allez-y.\n"
        "Agent: Vous travaillez à la crèche, vous me disiez ?\n"
        "Client: Auxiliaire de puériculture. Oh là, ma collègue est seule."
    )
    assert extract_fields(call).activite_mme_data_ia == "auxiliaire de puériculture"
    # A job said of someone else is not the client's.
    call = (
        "Agent: Bonjour madame. Et elle travaillait dans quoi ?\n"
        "Client: Institutrice. Retraitée depuis longtemps."
    )
    assert extract_fields(call).activite_mme_data_ia == "-"


def test_self_employment_and_teenagers_counted() -> None:
    call = (
        "Agent: Bonjour madame. Vous êtes mariés ?\n"
        "Client: Mariés, oui. Deux ados, quatorze et seize ans.\n"
        "Agent: Vous travaillez à votre compte ?\n"
        "Client: Oui, je suis esthéticienne à domicile. Micro-entrepreneuse, depuis six ans."
    )
    fields = extract_fields(call)
    assert fields.situation_familiale_data_ia == "mariée, 2 enfants"
    assert fields.activite_mme_data_ia == "indépendante depuis 6 ans"


def test_the_reason_for_the_call_is_no_callback() -> None:
    call = (
        "Agent: Je vous rappelle pour l'étude.\n"
        "Client: Ah oui, j'ai cliqué sur une pub, un soir.\n"
        "Agent: Bonne soirée.\n"
        "Client: Bonne soirée."
    )
    assert extract_fields(call).creneau_rappel_data_ia == "-"


def test_what_the_spouse_says_on_the_phone_handed_over_is_theirs() -> None:
    call = (
        "Agent: Bonjour monsieur Larrieu. Votre âge ?\n"
        "Client: Quarante-neuf ans.\n"
        "Agent: Et votre compagne ?\n"
        "Client: Elle est là, je vous la passe. Maylis !\n"
        "Client: Allô ? Je suis agent immobilier, à mon compte depuis quatre ans. "
        "Et j'ai quarante-sept ans. Je vous rends Xavier.\n"
        "Client: Me revoilà. Je suis opérateur, en CDI."
    )
    fields = extract_fields(call)
    assert (fields.age_mr_data_ia, fields.age_mme_data_ia) == ("49", "47")
    assert fields.activite_mme_data_ia == "indépendante depuis 4 ans"
    assert fields.activite_mr_data_ia == "CDI"


def test_questions_a_recogniser_wrote_as_statements_are_asked() -> None:
    # Whisper on a stereo call: roles known, question marks mostly lost.
    call = (
        "Agent: Bonjour madame, Nicolas de Soleil Rénovation, je suis bien chez madame Perrin.\n"
        "Client: Oui, c'est pourquoi ?\n"
        "Agent: Vous êtes propriétaire de votre maison, madame Perrin.\n"
        "Client: Oui, depuis 40 ans.\n"
        "Agent: Votre facture d'électricité par mois.\n"
        "Client: Autour de 75 euros.\n"
        "Agent: Et la maison fait quelle surface.\n"
        "Client: Cent dix mètres carrés."
    )
    fields = extract_fields(call)
    assert fields.proprietaire_data_ia == "oui"
    assert (fields.facture_data_ia, fields.mensuelle_annuelle_data_ia) == ("75", "mensuelle")
    assert fields.superficie_data_ia == "110"
    # A statement the client does not answer yes or no to asks nothing.
    told = "Agent: Vous êtes propriétaire, c'est important pour les aides.\nClient: Ah bon."
    assert extract_fields(told).proprietaire_data_ia == "-"


def test_a_surname_particle_a_recogniser_wrote_in_lower_case() -> None:
    call = (
        "Agent: Bonjour monsieur, je suis bien chez monsieur da Silva ?\n"
        "Client: Oui, Carlo da Silva."
    )
    assert extract_fields(call).client_last_name_data_ia == "da Silva"


def test_an_age_from_a_birth_year_or_a_difference_said_without_its_verb() -> None:
    year = date.today().year
    call = (
        "Agent: Je peux vous demander votre âge, madame ?\n"
        "Client: Je suis née en quarante-neuf. Alors faites le compte.\n"
        "Agent: Et votre mari ?\n"
        "Client: Il est né en soixante-deux."
    )
    fields = extract_fields(call)
    assert (fields.age_mme_data_ia, fields.age_mr_data_ia) == (str(year - 1949), str(year - 1962))
    call = (
        "Agent: Votre âge, madame ?\nClient: Quarante ans. Et Fabien, mon compagnon, trois de plus."
    )
    fields = extract_fields(call)
    assert (fields.age_mme_data_ia, fields.age_mr_data_ia) == ("40", "43")
    just = (
        "Agent: Vos âges ?\nClient: Moi, quarante-sept ans. Mon mari vient d'avoir cinquante ans."
    )
    assert extract_fields(just).age_mr_data_ia == "50"


@pytest.mark.parametrize(
    ("said", "heating"),
    [
        ("Au fioul, avec des radiateurs en fonte. Et un poêle à bois le dimanche.", "fioul"),
        ("Une pompe à chaleur. Elle a remplacé la chaudière au fioul.", "pompe à chaleur"),
        (
            "On a fait mettre la clim. Le monsieur a dit que c'était une pompe à chaleur air-air.",
            "pompe à chaleur",
        ),
    ],
)
def test_heating_that_is_gone_or_only_carries_the_water(said: str, heating: str) -> None:
    call = f"Agent: Comment vous chauffez-vous ?\nClient: {said}"
    assert extract_fields(call).mode_chauffage_data_ia == heating


def test_jobs_said_as_tenure_a_shared_business_or_a_trade_with_its_season() -> None:
    call = (
        "Agent: Bonjour madame. Vous travaillez encore ?\n"
        "Client: Oui, je suis secrétaire à la mairie. Titulaire, depuis vingt ans."
    )
    assert extract_fields(call).activite_mme_data_ia == "fonctionnaire"
    shared = (
        "Agent: Bonjour madame. Et vous travaillez tous les deux au domaine ?\n"
        "Client: Oui, on est à notre compte tous les deux."
    )
    fields = extract_fields(shared)
    assert (fields.activite_mr_data_ia, fields.activite_mme_data_ia) == (
        "indépendant",
        "indépendante",
    )
    season = (
        "Agent: Bonjour monsieur. Vous travaillez sur les pistes, vous disiez ?\n"
        "Client: Moniteur de ski, l'hiver. Je dois y aller."
    )
    assert extract_fields(season).activite_mr_data_ia == "moniteur de ski"


def test_a_first_name_put_right_after_the_surname_is_confirmed() -> None:
    call = (
        "Agent: Bonjour madame. Je suis bien chez madame Marie Etcheverry ?\n"
        "Client: Etcheverry, oui, mais pas Marie. Miren. M, I, R, E, N."
    )
    assert extract_fields(call).client_first_name_data_ia == "Miren"


def test_a_number_given_up_by_its_owner_is_a_wrong_number() -> None:
    call = (
        "Agent: Bonjour madame. Je voudrais parler à monsieur Hervé Lemaître.\n"
        "Client: Hervé Lemaître ? Je ne connais pas.\n"
        "Agent: J'ai ce numéro au nom de monsieur Lemaître.\n"
        "Client: Eh bien, ce n'est plus le sien."
    )
    fields = extract_fields(call)
    assert (fields.client_first_name_data_ia, fields.client_last_name_data_ia) == ("-", "-")


def test_when_the_client_uses_power_is_no_callback_slot() -> None:
    call = (
        "Agent: Avec l'autoconsommation, vous consommez votre production.\n"
        "Client: On consomme quand il y a du soleil. Moi, je consomme le soir."
    )
    assert extract_fields(call).creneau_rappel_data_ia == "-"
    asked = "Agent: Quand peut-on vous rappeler ?\nClient: Le soir, après dix-huit heures."
    assert extract_fields(asked).creneau_rappel_data_ia == "soir"


def test_a_first_name_offered_as_moi_cest() -> None:
    call = (
        "Agent: Bonjour, je cherche à joindre monsieur Larrieu.\n"
        "Client: C'est moi. Enfin, il y a mon frère aussi. Moi, c'est Pierre-Yves."
    )
    assert extract_fields(call).client_first_name_data_ia == "Pierre-Yves"


def test_a_first_name_said_after_a_remark_closes_the_answer() -> None:
    call = (
        "Agent: Votre prénom, pour le dossier ?\n"
        "Client: Ah, vous ne l'avez pas ? C'est ma fille qui a rempli ça. Solange."
    )
    assert extract_fields(call).client_first_name_data_ia == "Solange"


def test_a_house_the_client_built_is_owned() -> None:
    call = (
        "Agent: Vous êtes propriétaire de votre maison ?\n"
        "Client: Je l'ai bâtie moi-même, avec mes cousins, dans les années quatre-vingt."
    )
    assert extract_fields(call).proprietaire_data_ia == "oui"


def test_remarried_is_married() -> None:
    call = "Agent: Bonjour madame. Vous êtes mariée ?\nClient: Remariée, depuis six ans."
    assert extract_fields(call).situation_familiale_data_ia == "mariée"


def test_the_little_ones_are_children() -> None:
    call = "Agent: Vous êtes combien à la maison ?\nClient: Mon mari, moi et les deux petits."
    assert extract_fields(call).situation_familiale_data_ia == "mariée, 2 enfants"


def test_an_income_kept_back_is_not_read_from_the_rest_of_the_answer() -> None:
    call = (
        "Agent: Et le revenu du foyer, à peu près ?\n"
        "Client: Ça, je préfère ne pas le dire. Mon voisin a payé trente mille euros, lui."
    )
    assert extract_fields(call).revenu_data_ia == "-"


def test_a_price_is_no_electricity_bill() -> None:
    call = (
        "Agent: Une pompe à chaleur consomme de l'électricité, et des panneaux en couvriraient.\n"
        "Client: Ma sœur a signé avec une société comme la vôtre. Quinze mille euros. Rien n'a "
        "jamais marché, et elle paie toujours le crédit."
    )
    assert extract_fields(call).facture_data_ia == "-"


def test_the_end_of_a_morning_is_kept_in_the_slot() -> None:
    call = (
        "Agent: Quand est-ce que le conseiller peut vous rappeler ?\n"
        "Client: Jeudi, vers la fin de la matinée, je rentre du marché."
    )
    assert extract_fields(call).creneau_rappel_data_ia == "jeudi fin de matinée"


def test_a_count_of_square_metres_answers_the_roof_question() -> None:
    call = (
        "Agent: Et sur ce pan, vous avez au moins vingt mètres carrés de libres ?\n"
        "Client: Oh, il y en a quarante, rien dessus."
    )
    assert extract_fields(call).surface_toit_libre_data_ia == "20m"


@pytest.mark.parametrize(
    "said",
    [
        "Client: Douze, chemin des Vignes, 84,110.",  # a comma, as Whisper writes it
        "Client: Douze chemins des Vignes, 84, 110.",  # the street word plural, as heard
        "Agent: Votre adresse ?\nClient: Douze, les Vignes, 84, 110.",  # the address asked
    ],
)
def test_a_postal_code_in_two_groups_parted_by_a_comma(said: str) -> None:
    call = f"Agent: Bonjour madame Roux.\n{said}"
    assert extract_fields(call).client_postal_code_data_ia == "84110"


@pytest.mark.parametrize(
    ("said", "mr", "mme"),
    [
        # A first try broken off, then the age.
        (
            "Agent: Vous avez quel âge, monsieur Escande ?\n"
            "Client: Cinquante... cinquante et un. Depuis cinquante, je suis obligé de compter.",
            "51",
            "-",
        ),
        # The spouse's age as a difference, said first in the answer about the spouse.
        (
            "Agent: Vous avez quel âge, monsieur ?\nClient: Cinquante et un.\n"
            "Agent: Et votre épouse ?\nClient: Trois ans de plus que moi.",
            "51",
            "54",
        ),
        # A birth year alone, when ages are asked.
        ("Agent: Votre âge, monsieur ?\nClient: Je suis de soixante-dix-huit.", "48", "-"),
        (
            "Agent: Votre âge, madame ?\n"
            "Client: Trente-neuf ans. Et mon mari, il est de quatre-vingt-cinq.",
            "41",
            "39",
        ),
        # ... but not a height, nor a year when ages are not the topic.
        ("Agent: Votre âge, monsieur ?\nClient: Je suis de 1,78 mètre, moi.", "-", "-"),
        ("Agent: Vous êtes d'où ?\nClient: Je suis de 78, les Yvelines.", "-", "-"),
        # The age said, then "moi"; not a duration.
        (
            "Agent: Votre âge, monsieur ?\nClient: Je suis de 78. Nathalie, t'as quel âge ? "
            "... Je vous la passe.\nClient: Bonjour ! Quarante-six ans, moi.",
            "48",
            "46",
        ),
        ("Agent: Vous travaillez ?\nClient: Depuis vingt ans, moi.", "-", "-"),
        # A birthday just passed is the age now.
        ("Agent: Votre âge, madame ?\nClient: J'ai eu cinquante ans en janvier.", "-", "50"),
        # The wife came to the phone: "mon mari" says who speaks.
        (
            "Agent: Bonjour monsieur Chastang.\nClient: Oui, c'est moi. Ma femme arrive.\n"
            "Agent: Et vos âges ?\n"
            "Client: Moi, j'ai soixante et onze ans. Mon mari, huit de plus.",
            "79",
            "71",
        ),
    ],
)
def test_ages_said_in_passing(said: str, mr: str, mme: str) -> None:
    fields = extract_fields(said)
    assert (fields.age_mr_data_ia, fields.age_mme_data_ia) == (mr, mme)


@pytest.mark.parametrize(
    ("said", "slot"),
    [
        # A client proposes a time as a question.
        (
            "Agent: Quand le conseiller peut-il vous rappeler ?\n"
            "Client: Samedi après-midi ? Vers quatre heures.",
            "samedi après-midi",
        ),
        (
            "Agent: Quel moment vous arrange ?\n"
            "Client: L'après-midi. Je dors jusqu'à deux heures. Mercredi ? Trois heures.",
            "mercredi après-midi",
        ),
        # A day off is a day free.
        (
            "Agent: Quand est-ce qu'un conseiller peut vous rappeler ?\n"
            "Client: Le mercredi, je ne travaille pas. En début d'après-midi ? Deux heures.",
            "mercredi début d'après-midi",
        ),
        # A question turned down right after is no offer.
        (
            "Agent: Quand peut-on vous rappeler ?\n"
            "Client: Le matin ? Non, le matin je travaille. Le soir.",
            "soir",
        ),
    ],
)
def test_a_slot_proposed_as_a_question(said: str, slot: str) -> None:
    assert extract_fields(said).creneau_rappel_data_ia == slot


@pytest.mark.parametrize(
    ("said", "space"),
    [
        # The agent states rather than asks; a rough count of square metres.
        (
            "Agent: Il y a de la place sur le toit, de ce côté.\n"
            "Client: Oh, de la place, il y en a. Une bonne trentaine de mètres carrés.",
            "20m",
        ),
        (
            "Agent: Il faut une vingtaine de mètres carrés libres sur le toit.\n"
            "Client: Il doit rester... dix, douze mètres ? Pas vingt, non.",
            "moins de 20m",
        ),
        # The roof's length and width.
        (
            "Agent: Il y a de la place sur le toit.\n"
            "Client: Il fait douze mètres de long, sur cinq de large, et il n'y a rien dessus.",
            "20m",
        ),
        # A room's size is no roof.
        (
            "Agent: Votre chauffage ?\n"
            "Client: Le salon fait six mètres de long sur quatre de large, avec un poêle.",
            "-",
        ),
    ],
)
def test_free_roof_space_stated_or_measured(said: str, space: str) -> None:
    assert extract_fields(said).model_dump(by_alias=True)["20m_data_ia"] == space


@pytest.mark.parametrize(
    ("said", "family"),
    [
        (
            "Agent: Vous avez des enfants ?\nClient: Deux. On vit ensemble depuis quinze ans, "
            "sans être mariés ni pacsés.",
            "en couple, 2 enfants",
        ),
        (
            "Agent: Vous êtes combien dans la maison ?\nClient: Ma copine, moi, et notre petite, "
            "elle a deux ans. On n'est pas mariés, on est juste ensemble.",
            "en couple, 1 enfant",
        ),
        (
            "Agent: Bonjour madame. Vous êtes mariée ?\n"
            "Client: Divorcée. Je vis avec ma fille, elle a dix-sept ans.",
            "divorcée, 1 enfant",
        ),
    ],
)
def test_a_couple_not_married_and_children_in_the_household(said: str, family: str) -> None:
    assert extract_fields(said).situation_familiale_data_ia == family


@pytest.mark.parametrize(
    ("said", "mr", "mme"),
    [
        (
            "Agent: Et madame ?\nClient: Elle est partie en retraite l'année dernière.",
            "-",
            "retraitée",
        ),
        (
            "Agent: Et votre mari ?\nClient: Il est marin-pêcheur, sur un chalutier.",
            "marin-pêcheur",
            "-",
        ),
    ],
)
def test_a_retirement_and_a_trade_at_sea(said: str, mr: str, mme: str) -> None:
    fields = extract_fields(said)
    assert (fields.activite_mr_data_ia, fields.activite_mme_data_ia) == (mr, mme)


def _years_since(year: int) -> int:
    return date.today().year - year


@pytest.mark.parametrize(
    ("said", "mr", "mme"),
    [
        # Self-employment dated by the year it began.
        (
            "Agent: Vous êtes à votre compte, monsieur ?\n"
            "Client: Oui, électricien, à mon compte depuis deux mille dix-neuf.",
            f"indépendant depuis {_years_since(2019)} ans",
            "-",
        ),
        (
            "Agent: Vous êtes vigneron, monsieur ?\n"
            "Client: Je suis installé à mon compte depuis quatre-vingt-dix-huit.",
            f"indépendant depuis {_years_since(1998)} ans",
            "-",
        ),
        # The agent's request as a statement, for the client then for the spouse.
        (
            "Agent: Bonjour monsieur Collard.\nClient: Oui.\nAgent: Votre profession.\n"
            "Client: Technicien de maintenance, dans une usine. En CDI, depuis neuf ans.\n"
            "Agent: Et celle de votre compagne.\n"
            "Client: Aide-soignante, à l'EHPAD. En CDD pour l'instant.",
            "CDI",
            "CDD",
        ),
        # A title of three words or two.
        (
            "Agent: Et vos activités, madame ?\n"
            "Client: Je suis à mon compte. Jean-Luc, mon mari, lui, est guide de haute montagne.",
            "guide de haute montagne",
            "indépendante",
        ),
        (
            "Agent: Vous travaillez sur la route, monsieur ?\n"
            "Client: Je suis chauffeur poids lourd, depuis vingt ans.",
            "chauffeur poids lourd",
            "-",
        ),
        # "Et votre épouse ?" right after the client's work asks the spouse's.
        (
            "Agent: Bonjour monsieur. Et vous travailliez dans quoi ?\n"
            "Client: Mécanicien, jusqu'à la retraite. Maintenant, je suis retraité.\n"
            "Agent: Et votre épouse ?\nClient: Au foyer, toute sa vie.",
            "retraité",
            "femme au foyer",
        ),
        # ... but not any question: "Ça pèse, quand on est au chômage" is no one's job.
        (
            "Agent: Bonjour monsieur. Votre facture ?\n"
            "Client: Cent euros. Ça pèse, quand on est au chômage.",
            "-",
            "-",
        ),
        # Someone else's job is nobody's of the couple.
        (
            "Agent: Bonjour madame.\nClient: On n'achète rien. Notre gendre est électricien, "
            "il nous les posera lui-même.",
            "-",
            "-",
        ),
        # The one asked "Votre mari… ?" is the wife, whoever placed the call.
        (
            "Agent: Bonjour monsieur Nowak.\nClient: Oui, c'est moi. Ma femme va vous répondre.\n"
            "Agent: Votre mari travaillait à la mine ?\n"
            "Client: Au fond, d'abord. Moi, j'ai toujours été femme au foyer.",
            "-",
            "femme au foyer",
        ),
    ],
)
def test_jobs_dated_requested_or_someone_elses(said: str, mr: str, mme: str) -> None:
    fields = extract_fields(said)
    assert (fields.activite_mr_data_ia, fields.activite_mme_data_ia) == (mr, mme)


@pytest.mark.parametrize(
    ("said", "mr", "mme"),
    [
        # The agent calls the one who answers.
        (
            "Agent: Bonjour monsieur Nowak.\nClient: Oui. Je vous passe ma femme.\n"
            "Agent: Et vos âges, madame ?\nClient: Moi, soixante-neuf ans. Lui, soixante et onze.",
            "71",
            "69",
        ),
        # "Et celui de votre compagne." asks the spouse's age; the answer corrected.
        (
            "Agent: Bonjour monsieur. Votre âge.\nClient: Trente-sept ans.\n"
            "Agent: Et celui de votre compagne.\n"
            "Client: Trente-quatre. Non, trente-cinq : elle a eu son anniversaire.",
            "37",
            "35",
        ),
        # The spouse's birth year is no age of 88.
        (
            "Agent: Votre âge, monsieur ?\nClient: Quarante ans.\nAgent: Et votre épouse ?\n"
            "Client: Elle est de quatre-vingt-huit.",
            "40",
            str(_years_since(1988)),
        ),
        # The age as one's lot now, not then.
        (
            "Agent: Bonjour madame.\nClient: À soixante-sept ans, on ne m'appelle plus beaucoup.",
            "-",
            "67",
        ),
        ("Agent: Bonjour madame.\nClient: À vingt-cinq ans, j'étais déjà mariée.", "-", "-"),
    ],
)
def test_ages_by_who_is_called_and_by_year(said: str, mr: str, mme: str) -> None:
    fields = extract_fields(said)
    assert (fields.age_mr_data_ia, fields.age_mme_data_ia) == (mr, mme)


@pytest.mark.parametrize(
    ("said", "slot", "hour"),
    [
        # A proposal as a question, then a reason it suits, not a refusal.
        (
            "Agent: Quand est-ce qu'un conseiller peut vous rappeler ?\n"
            "Client: Le matin, avant la chaleur. Samedi matin, vers huit heures ? Le samedi, "
            "mon mari ne va pas aux champs.",
            "samedi matin",
            "8h",
        ),
        # A shift is no slot offered.
        (
            "Agent: Quand est-ce qu'un conseiller peut vous rappeler ?\n"
            "Client: La semaine prochaine, je suis du matin. Alors l'après-midi. Disons lundi, "
            "vers quinze heures ?",
            "lundi après-midi",
            "15h",
        ),
        # The agent's slot confirmed with "très bien" said last.
        (
            "Agent: Quel moment vous arrange ?\n"
            "Client: Le soir, après dix-neuf heures, n'importe quel jour.\n"
            "Agent: Je vous mets mardi soir, dix-neuf heures ?\nClient: Mardi, très bien.",
            "mardi soir",
            "19h",
        ),
        # A moment said before any day is kept with the day said after.
        (
            "Agent: Pour le rappel…\nClient: L'après-midi, après deux heures.\n"
            "Agent: Jeudi, quatorze heures trente ?\nClient: Jeudi, quatorze heures trente, ça va.",
            "jeudi après-midi",
            "14h30",
        ),
        # The phone passed on for the slot.
        (
            "Agent: Pour le rappel du conseiller…\n"
            "Client: Il faut que Sandrine soit là. Je vous la repasse.\n"
            "Client: Oui, c'est moi. Mercredi prochain, en fin de matinée ? Vers onze heures et "
            "demie.",
            "mercredi fin de matinée",
            "11h30",
        ),
    ],
)
def test_callback_slots_proposed_confirmed_and_passed_on(said: str, slot: str, hour: str) -> None:
    fields = extract_fields(said)
    assert (fields.creneau_rappel_data_ia, fields.heure_rappel_data_ia) == (slot, hour)


@pytest.mark.parametrize(
    ("said", "heating"),
    [
        (
            "Agent: Le chauffage ?\nClient: Une pompe à chaleur air-eau. On l'a fait poser à la "
            "place de la vieille chaudière au fioul.",
            "pompe à chaleur",
        ),
        (
            "Agent: Et vous vous chauffez comment ?\nClient: À l'électrique. Avant, j'avais la "
            "cuisinière à bois, mais à mon âge, porter le bois...",
            "électrique",
        ),
        (
            "Agent: Vous vous chauffez comment ?\nClient: Au gaz. Une chaudière gaz, et un poêle "
            "à bois, mais le poêle, c'est surtout pour regarder le feu.",
            "gaz",
        ),
        (
            "Agent: Pour le chauffage ?\nClient: Pas de chauffage. On a la clim dans les "
            "chambres, c'est tout, et le chauffe-eau électrique.",
            "-",
        ),
        # A clause of now after the past one.
        (
            "Agent: Le chauffage ?\nClient: Avant, le fioul, maintenant la pompe à chaleur.",
            "pompe à chaleur",
        ),
    ],
)
def test_heating_replaced_past_decorative_or_water_only(said: str, heating: str) -> None:
    assert extract_fields(said).mode_chauffage_data_ia == heating


def test_a_relative_hands_the_phone_back_and_over_again() -> None:
    said = (
        "Agent: Bonjour madame. Madame Agnel ?\nClient: Oui, c'est moi.\n"
        "Agent: Et votre facture ?\nClient: Ça, c'est Sandrine. Je vous la passe.\n"
        "Client: Bonjour, Sandrine, la fille. Plus de cent euros par mois.\n"
        "Agent: Je peux reparler à votre maman ?\nClient: Je vous la repasse.\n"
        "Client: Oui ?\nAgent: Votre âge, madame Agnel ?\nClient: Quatre-vingt-quatre ans.\n"
        "Agent: Il faudrait une vingtaine de mètres carrés libres sur le toit.\n"
        "Client: Il reste une quinzaine de mètres, pas plus."
    )
    fields = extract_fields(said)
    assert (fields.age_mr_data_ia, fields.age_mme_data_ia) == ("-", "84")
    assert fields.model_dump(by_alias=True)["20m_data_ia"] == "moins de 20m"


def test_a_threat_on_a_condition_is_no_refusal() -> None:
    said = (
        "Agent: Bonjour monsieur.\nClient: Je vous préviens : si vous me parlez de panneaux à "
        "un euro, je raccroche.\nAgent: Quand est-ce qu'un conseiller peut vous rappeler ?\n"
        "Client: Lundi, en fin de journée."
    )
    fields = extract_fields(said)
    assert (fields.classement, fields.disponibilite) == ("Valide", "Oui")
    plain = extract_fields("Agent: Bonjour monsieur.\nClient: Non, je raccroche.")
    assert plain.classement == "Non intéressant"


def test_the_client_puts_their_own_number_right() -> None:
    said = (
        "Agent: Sur quel numéro ?\n"
        "Client: Zéro six, quatre-vingt-un, vingt-quatre, trente-trois, soixante-dix-sept.\n"
        "Agent: 06 81 24 33 77 ?\n"
        "Client: Attendez... vous avez dit vingt-quatre ? Non, c'est vingt-cinq. C'est moi qui "
        "me suis trompé : zéro six, quatre-vingt-un, vingt-cinq, trente-trois, soixante-dix-sept."
    )
    fields = extract_fields(said)
    assert (fields.client_phone_number, fields.tel2_data_ia) == ("0681253377", "-")


@pytest.mark.parametrize(
    ("said", "family"),
    [
        (
            "Agent: Bonjour monsieur. Et vous êtes marié ?\n"
            "Client: Marié, un fils, qui est apprenti chez moi.",
            "marié, 1 enfant",
        ),
        (
            "Agent: Vous êtes mariés ?\nClient: Non, on n'est ni mariés ni pacsés. En couple, "
            "quoi. Avec une petite de deux ans.",
            "en couple, 1 enfant",
        ),
        (
            "Agent: Bonjour madame. Vous avez d'autres enfants que Cédric ?\n"
            "Client: Une fille, à Bordeaux. Deux enfants. Et veuve.",
            "veuve, 2 enfants",
        ),
    ],
)
def test_children_said_beside_the_status_or_counted(said: str, family: str) -> None:
    assert extract_fields(said).situation_familiale_data_ia == family


def test_the_spouse_born_in_a_year_and_a_son_greeting_on_the_phone() -> None:
    said = "Agent: Bonjour monsieur.\nClient: Ma femme est née en soixante-dix-neuf.\n"
    assert extract_fields(said).age_mme_data_ia == str(date.today().year - 1979)
    son = (
        "Agent: Bonjour madame. Madame Castagné ?\nClient: Oui, c'est moi.\n"
        "Agent: Et la facture ?\nClient: Cédric ! Le monsieur veut savoir.\n"
        "Client: Bonjour monsieur, Cédric, le fils. Plus de cent euros par mois.\n"
        "Agent: Je peux reparler à votre maman ?\nClient: Je vous la repasse.\n"
        "Client: Oui, c'est moi.\nAgent: Et vous travailliez ?\n"
        "Client: J'étais institutrice. À la retraite depuis deux mille quinze.\n"
        "Agent: Pour le rappel du conseiller...\nClient: Il faut que Cédric soit là. Cédric !\n"
        "Client: Oui. Ce samedi, en fin de matinée ? Vers onze heures."
    )
    fields = extract_fields(son)
    assert (fields.activite_mr_data_ia, fields.activite_mme_data_ia) == ("-", "retraitée")
    assert (fields.creneau_rappel_data_ia, fields.heure_rappel_data_ia) == (
        "samedi fin de matinée",
        "11h",
    )
    back = (
        "Agent: Bonjour madame.\nClient: Le toit, c'est mon mari. Jean-Luc ! Viens.\n"
        "Client: Bonjour. Du bac acier.\nAgent: Votre âge, monsieur ?\n"
        "Client: Cinquante-huit. Je vous repasse Pascale.\n"
        "Client: Me revoilà. Moi, j'ai cinquante-deux ans."
    )
    fields = extract_fields(back)
    assert (fields.age_mr_data_ia, fields.age_mme_data_ia) == ("58", "52")


@pytest.mark.parametrize(
    ("said", "first"),
    [
        (
            "Agent: Je vérifie votre nom : R, O, Y, E, R ?\n"
            "Client: C'est ça, Royer. Et le prénom, Aurore : A, U, R, O, R, E.",
            "Aurore",
        ),
        ("Agent: Je vérifie votre nom : Rigault ?\nClient: Oui. Et le prénom, Loïc.", "Loïc"),
        (
            "Agent: Je vérifie votre nom ?\nClient: Burgaud. Et mon prénom, Maryvonne, avec un Y.",
            "Maryvonne",
        ),
        # Not a word in lower case after it.
        ("Agent: Votre nom ?\nClient: Burgaud. Et le prénom, je vous l'épelle.", "-"),
    ],
)
def test_a_first_name_offered_after_le_prenom(said: str, first: str) -> None:
    assert extract_fields(said).client_first_name_data_ia == first


@pytest.mark.parametrize(
    ("said", "mr", "mme"),
    [
        # A homemaker is a woman, whoever the sentence before was about.
        (
            "Agent: Bonjour monsieur. Et vous êtes à la retraite ?\n"
            "Client: Oui. Retraité. Et Odette, elle a toujours été à la maison, avec les "
            "enfants. Femme au foyer, comme on disait.",
            "retraité",
            "femme au foyer",
        ),
        # "Et lui, il est cariste": the stressed pronoun after "et".
        (
            "Agent: Bonjour madame. Et vous travaillez ?\n"
            "Client: Je suis vendeuse. En CDI. Et lui, il est cariste, chez un transporteur.",
            "cariste",
            "CDI",
        ),
    ],
)
def test_jobs_whose_word_or_pronoun_says_whose(said: str, mr: str, mme: str) -> None:
    fields = extract_fields(said)
    assert (fields.activite_mr_data_ia, fields.activite_mme_data_ia) == (mr, mme)


@pytest.mark.parametrize(
    ("said", "heating"),
    [
        (
            "Agent: Vous vous chauffez comment ?\nClient: Avec un poêle à granulés. Il reste des "
            "convecteurs dans les chambres, des vieux, qu'on allume le moins possible.",
            "bois",
        ),
        (
            "Agent: Vous vous chauffez comment ?\nClient: Au gaz. Et un petit poêle à pétrole "
            "dans le garage, quand je bricole, mais ça, ça ne compte pas.",
            "gaz",
        ),
    ],
)
def test_heaters_hardly_used_are_no_heating(said: str, heating: str) -> None:
    assert extract_fields(said).mode_chauffage_data_ia == heating


@pytest.mark.parametrize(
    ("said", "heating"),
    [
        (
            "Agent: Et pour le chauffage ?\nClient: Le fioul. Une chaudière au fioul, et un "
            "poêle à bois dans la cuisine. Mais c'est la chaudière qui fait tout : le poêle, "
            "c'est surtout pour sécher les bottes.",
            "fioul",
        ),
        (
            "Agent: Il se chauffe comment ?\nClient: Avant, c'était le fioul ; on a fait mettre "
            "une pompe à chaleur, une air-eau, sur ses radiateurs. Il a gardé la cheminée, mais "
            "il ne la fait plus : porter le bois, à son âge...",
            "pompe à chaleur",
        ),
        (
            "Agent: Vous vous chauffez comment ?\nClient: Ah ! Avant, c'était le fioul. Depuis "
            "deux ans, on a un poêle à granulés, et c'est lui qui chauffe. La chaudière au "
            "fioul, on la rallume quand il fait moins quinze.",
            "bois",
        ),
        (
            "Agent: Vous vous chauffez comment ?\nClient: Au gaz de ville. Une chaudière. Et la "
            "cheminée, mais la cheminée, c'est pour griller les magrets, pas pour chauffer.",
            "gaz",
        ),
        (
            "Agent: Vous vous chauffez comment ?\nClient: À l'électrique. Des convecteurs, et "
            "un poêle à pétrole dans la pièce du bas, quand il fait vraiment froid.",
            "électrique",
        ),
        (
            "Agent: Vous vous chauffez comment ?\nClient: Au bois. Une chaudière à bois. Il y a "
            "encore la vieille chaudière au fioul à côté, mais elle ne tourne plus.",
            "bois",
        ),
        # The boiler heating the house is the one said with "chaudière", not the last named.
        (
            "Agent: Comment vous chauffez-vous ?\nClient: On a une vieille chaudière au fioul, "
            "et un insert. L'insert, on l'allume le soir, mais c'est la chaudière qui chauffe "
            "la maison.",
            "fioul",
        ),
    ],
)
def test_heaters_kept_for_something_else(said: str, heating: str) -> None:
    assert extract_fields(said).mode_chauffage_data_ia == heating


def test_what_the_agent_needs_not_is_no_refusal() -> None:
    said = (
        "Agent: Bonjour madame. Et votre facture ?\nClient: Entre 80 et 100 euros par mois. Je "
        "ne vous donnerai pas le chiffre exact : vous n'en avez pas besoin.\n"
        "Agent: Quand peut-on vous rappeler ?\nClient: Jeudi matin."
    )
    assert extract_fields(said).classement == "Valide"
    assert extract_fields("Agent: Bonjour.\nClient: Non, j'en ai pas besoin.").classement == (
        "Non intéressant"
    )


def test_an_evening_hour_said_back_on_the_twelve_hour_clock() -> None:
    said = (
        "Agent: Quand est-ce qu'un conseiller pourrait vous rappeler ?\n"
        "Client: Le soir, tard. Après huit heures. Mardi ou mercredi.\n"
        "Agent: Mercredi soir, vingt heures trente ?\n"
        "Client: Mercredi, huit heures et demie. Ça marche."
    )
    fields = extract_fields(said)
    assert (fields.creneau_rappel_data_ia, fields.heure_rappel_data_ia) == (
        "mercredi soir",
        "20h30",
    )


def test_the_spouse_on_the_phone_names_the_client_by_first_name() -> None:
    said = (
        "Agent: Bonjour monsieur. Monsieur Ramos ?\nClient: Oui, c'est moi. Jérémy Ramos.\n"
        "Agent: Votre facture ?\nClient: Ça, c'est ma compagne. Je vous la passe.\n"
        "Client: Bonjour ! Cent quarante-deux euros par mois.\nAgent: Et vos âges ?\n"
        "Client: Moi, vingt-sept ans. Jérémy, vingt-neuf."
    )
    fields = extract_fields(said)
    assert (fields.age_mr_data_ia, fields.age_mme_data_ia) == ("29", "27")


def test_a_postal_code_put_right_in_the_address_answer() -> None:
    said = (
        "Agent: Et l'adresse, c'est bien...\nClient: Onze, rue de la Valette, à Saint-Chamond. "
        "Quarante-deux, cent... Non, ça, c'était l'usine, à Saint-Étienne : quarante ans que je "
        "l'écris sur les papiers. Ici, c'est quarante-deux, quatre cents."
    )
    fields = extract_fields(said)
    assert (fields.client_postal_code_data_ia, fields.client_city_data_ia) == (
        "42400",
        "Saint-Chamond",
    )


def test_a_correction_takes_back_only_the_attempt_before_it() -> None:
    said = (
        "Agent: Sur quel numéro ?\nClient: Le fixe. Zéro quatre, soixante-dix-sept, vingt-deux, "
        "trente et un, quatre-vingt-huit. Et si je ne réponds pas, le portable de ma femme : "
        "zéro six, cinquante, trois, douze, soixante-neuf... Non : zéro six, cinquante, zéro "
        "trois, douze, soixante-neuf."
    )
    fields = extract_fields(said)
    assert (fields.client_phone_number, fields.tel2_data_ia) == ("0477223188", "0650031269")
    taken_back = extract_fields(
        "Agent: Votre numéro ?\nClient: Le zéro six, douze, trente-quatre, cinquante-six, "
        "soixante-dix-huit. Non, pardon : zéro six, douze, trente-quatre, cinquante-six, "
        "quatre-vingt-sept."
    )
    assert (taken_back.client_phone_number, taken_back.tel2_data_ia) == ("0612345687", "-")


def test_the_spouse_s_words_on_the_phone_do_not_make_the_caller() -> None:
    said = (
        "Agent: Bonjour madame. Madame Thouvenin ?\nClient: Oui, c'est moi.\n"
        "Agent: Le toit ?\nClient: Attendez, je vous passe mon mari, c'est lui qui sait.\n"
        "Client: Oui, bonjour. Des tuiles mécaniques.\nAgent: Et vous travaillez dans quoi ?\n"
        "Client: Chauffeur routier. En CDI. Je vous repasse ma femme.\n"
        "Client: C'est encore moi.\nAgent: Et vous travaillez à la biscuiterie ?\n"
        "Client: À la biscuiterie, oui, sur la ligne des madeleines. En CDD, jusqu'à Noël."
    )
    fields = extract_fields(said)
    assert fields.entretien_data_ia == "Mme"
    assert (fields.activite_mr_data_ia, fields.activite_mme_data_ia) == ("CDI", "CDD")


@pytest.mark.parametrize(
    ("said", "mr", "mme"),
    [
        (
            "Agent: Et vous travailliez dans quoi, monsieur ?\nClient: À l'aciérie. Ma femme, "
            "elle, est auxiliaire de vie, à mi-temps.",
            "-",
            "auxiliaire de vie",
        ),
        # The trade the agent names, said back with a yes.
        (
            "Agent: Bonjour monsieur.\nClient: Bonjour.\nAgent: Et vous êtes vigneron ?\n"
            "Client: Vigneron, oui, sur six hectares.",
            "vigneron",
            "-",
        ),
        # A title's complement is no determiner.
        (
            "Agent: Et votre travail, monsieur ?\nClient: Je suis gérant de son entreprise.",
            "gérant",
            "-",
        ),
    ],
)
def test_titles_with_a_short_complement_or_said_back(said: str, mr: str, mme: str) -> None:
    fields = extract_fields(said)
    assert (fields.activite_mr_data_ia, fields.activite_mme_data_ia) == (mr, mme)


@pytest.mark.parametrize(
    ("said", "heating"),
    [
        (
            "Agent: Vous vous chauffez comment ?\nClient: Un poêle à bois, dans la pièce de vie. "
            "Et des convecteurs dans les chambres, que je n'allume presque jamais. C'est le "
            "poêle qui fait l'essentiel.",
            "bois",
        ),
        (
            "Agent: Vous vous chauffez comment ?\nClient: La chaudière au fioul. Et la cuisinière "
            "à bois, l'hiver : ma femme fait la soupe dessus. Mais c'est la chaudière qui chauffe.",
            "fioul",
        ),
        (
            "Agent: Et pour le chauffage ?\nClient: La chaudière gaz a lâché l'hiver dernier. On "
            "a mis une pompe à chaleur, une air-eau.",
            "pompe à chaleur",
        ),
        (
            "Agent: Vous vous chauffez comment ?\nClient: Avec l'insert, dans le séjour. Et des "
            "radiateurs électriques dans les chambres, mais je ne les mets presque pas : l'insert "
            "chauffe toute la maison.",
            "bois",
        ),
        (
            "Agent: Vous vous chauffez comment ?\nClient: Une chaudière à granulés. On a enlevé "
            "le fioul il y a six ans, avec les aides.",
            "bois",
        ),
    ],
)
def test_the_heater_that_heats_and_the_one_gone(said: str, heating: str) -> None:
    assert extract_fields(said).mode_chauffage_data_ia == heating


_NAME_CHECKED = "Agent: Bonjour. Monsieur {0} ?\nClient: Oui.\nAgent: Je vérifie votre nom : "


@pytest.mark.parametrize(
    ("said", "first"),
    [
        (
            _NAME_CHECKED.format("Mairot")
            + "M, A, I, R...\nClient: M, A, I, R, O, T. Mairot, oui. Sébastien.",
            "Sébastien",
        ),
        (
            _NAME_CHECKED.format("Soula")
            + "S, O, U, L, A ?\nClient: Soula, c'est ça. Odette : O, D, deux T, E.",
            "Odette",
        ),
        (
            _NAME_CHECKED.format("Trinquet")
            + "T, R, I, N, Q, U, E, T ?\nClient: C'est ça. Et Cindy, le prénom : C, I, N, D, Y.",
            "Cindy",
        ),
        # A word that is no name after the surname.
        ("Agent: Monsieur Mairot ?\nClient: Mairot. Exact.", "-"),
    ],
)
def test_a_first_name_after_the_surname_or_before_le_prenom(said: str, first: str) -> None:
    assert extract_fields(said).client_first_name_data_ia == first


def test_the_roof_space_answered_as_less_than_and_sides_as_old_words() -> None:
    said = (
        "Agent: Il est orienté comment ?\nClient: Un pan vers le levant, un vers le couchant.\n"
        "Agent: Et vous auriez une vingtaine de mètres carrés libres sur un des pans ?\n"
        "Client: Moins de vingt, avec les velux et la lucarne."
    )
    fields = extract_fields(said).model_dump(by_alias=True)
    assert (fields["orientation_data_ia"], fields["20m_data_ia"]) == ("est-ouest", "moins de 20m")


def test_the_living_area_beside_the_one_with_the_cellar() -> None:
    said = (
        "Agent: Et la surface de la maison ?\nClient: Cent trente. Enfin, cent trente avec la "
        "cave, c'est ce que dit l'agence. Cent vingt-cinq, sans la cave."
    )
    assert extract_fields(said).superficie_data_ia == "125"


def test_an_answer_after_the_client_asked_why() -> None:
    said = (
        "Agent: Et vos revenus, à peu près ?\nClient: Pourquoi vous avez besoin de ça ?\n"
        "Agent: Pour savoir quelles aides vous concernent, monsieur.\n"
        "Client: Bon. Deux mille trois cents par mois, avec les primes."
    )
    assert extract_fields(said).revenu_data_ia == "2300 euros par mois"


def test_an_afternoon_hour_said_on_the_twelve_hour_clock_and_lauzes() -> None:
    said = (
        "Agent: Et le toit ?\nClient: Des lauzes. Des vraies lauzes, en phonolite.\n"
        "Agent: Quand est-ce qu'un conseiller pourrait vous rappeler ?\n"
        "Client: L'après-midi, après la sieste, vers trois heures. Le vendredi.\n"
        "Agent: Vendredi, quinze heures ?\nClient: Vendredi, trois heures, c'est ça."
    )
    fields = extract_fields(said)
    assert (fields.toiture_data_ia, fields.heure_rappel_data_ia) == ("lauzes", "15h")


@pytest.mark.parametrize(
    ("said", "city"),
    [
        ("Agent: Très bien, monsieur.\nClient: Ici, à Gien, vous êtes le troisième ce mois-ci.",
         "Gien"),
        ("Agent: Bonjour madame.\nClient: Moi, je suis à Tarascon, chez mes parents.",
         "Tarascon"),
        ("Agent: Bonjour madame.\nClient: Je ne suis pas à Tarascon, je suis en vacances.", "-"),
    ],
)  # fmt: skip
def test_the_town_the_client_places_themself_in(said: str, city: str) -> None:
    assert extract_fields(said).client_city_data_ia == city


def test_a_stranger_who_never_heard_of_the_name_is_no_lead() -> None:
    said = (
        "Agent: Bonjour madame, je souhaiterais parler à madame Mireille Bonnaud.\n"
        "Client: Mireille ? Ah non, encore ! Il n'y a pas de Mireille ici.\n"
        "Agent: Et chez vous, ce sont vos parents qui seraient concernés par des panneaux ?\n"
        "Client: Je ne sais pas, il faudrait leur demander."
    )
    fields = extract_fields(said)
    assert (fields.client_first_name_data_ia, fields.client_last_name_data_ia) == ("-", "-")
    assert fields.classement == "Non intéressant"


def test_asking_the_client_to_call_back_is_no_callback() -> None:
    said = (
        "Agent: Vous êtes propriétaire ?\nClient: Non, je suis locataire.\n"
        "Agent: Sans l'accord du propriétaire, nous ne pouvons pas faire l'étude. Si un jour il "
        "est d'accord, rappelez-nous.\nClient: D'accord."
    )
    assert extract_fields(said).disponibilite == "Non"


def test_the_side_asked_back_counts_and_the_one_wondered_about_does_not() -> None:
    wondered = (
        "Agent: Et le toit ?\nClient: Des tuiles. Le grand pan donne à l'est, le matin on a le "
        "soleil dès six heures.\nAgent: Et sur le pan est, une vingtaine de mètres carrés "
        "libres ?\nClient: Oui. Mais dites, à l'est, ça vaut le coup ? Ou il n'y a que le "
        "plein sud qui marche ?"
    )
    assert extract_fields(wondered).orientation_data_ia == "est"
    asked_back = (
        "Agent: Et l'orientation ?\nClient: Une pente côté route, l'autre côté jardin. Ça fait "
        "plein sud, c'est ça ?"
    )
    assert extract_fields(asked_back).orientation_data_ia == "sud"


@pytest.mark.parametrize(
    ("said", "heating"),
    [
        (
            "Agent: Vous vous chauffez comment ?\nClient: À l'électrique. J'ai mis des radiateurs "
            "partout, et un sèche-serviettes dans la salle de bains. Il y a un poêle, aussi, mais "
            "ça, c'est pour le plaisir, le soir.",
            "électrique",
        ),
        (
            "Agent: Comment chauffez-vous la maison ?\nClient: Une pompe à chaleur. Et un "
            "sèche-serviettes électrique dans la salle de bain, mais c'est tout.",
            "pompe à chaleur",
        ),
        (
            "Agent: Vous vous chauffez comment ?\nClient: Au fioul. Ah non, on a tout changé "
            "l'hiver dernier ! Une chaudière à granulés. Le fioul, c'est fini, la cuve est partie.",
            "bois",
        ),
    ],
)
def test_a_towel_rail_and_a_heating_given_up(said: str, heating: str) -> None:
    assert extract_fields(said).mode_chauffage_data_ia == heating


_CALLBACK = "Agent: Quand est-ce qu'un conseiller pourrait vous rappeler ?\nClient: "


@pytest.mark.parametrize(
    ("said", "slot", "hour"),
    [
        (
            _CALLBACK + "Le lundi, je suis en télétravail. Entre midi et deux, ou... non, plutôt "
            "en début d'après-midi.\nAgent: Lundi, quatorze heures ?\n"
            "Client: Quatorze heures, c'est parfait.",
            "lundi début d'après-midi",
            "14h",
        ),
        (
            _CALLBACK + "Demain soir, je ne suis plus de garde. Après dix-huit heures trente.",
            "demain soir",
            "18h30",
        ),
        (
            _CALLBACK + "Le soir. Mardi, après dix-huit heures : le mardi, la boutique ferme "
            "plus tôt.\nAgent: Mardi, dix-huit heures. Sur quel numéro ?",
            "mardi soir",
            "18h",
        ),
        (
            _CALLBACK + "Vendredi, entre midi et deux ?\nAgent: Vendredi, midi et quart ?\n"
            "Client: Midi et quart, c'est bon.",
            "vendredi midi",
            "12h15",
        ),
    ],
)
def test_slots_put_right_freed_or_read_back(said: str, slot: str, hour: str) -> None:
    fields = extract_fields(said)
    assert (fields.creneau_rappel_data_ia, fields.heure_rappel_data_ia) == (slot, hour)


def test_a_postal_code_broken_off_or_read_back_wrong() -> None:
    restarted = extract_fields(
        "Agent: L'adresse ?\nClient: Six, rue de la Madeleine, à Mayenne. Cinquante-trois "
        "mille... euh, cinquante-trois, cent. Voilà."
    )
    assert restarted.client_postal_code_data_ia == "53100"
    read_wrong = extract_fields(
        "Agent: L'adresse ?\nClient: Quatre, impasse des Amandiers, à Pézenas.\n"
        "Agent: 4 impasse des Amandiers, 34220 Pézenas ?\nClient: Non, cent vingt. "
        "Trente-quatre, cent vingt. Le 34220, je ne sais même pas où c'est."
    )
    assert read_wrong.client_postal_code_data_ia == "34120"


def test_a_wrong_number_s_talk_of_slots_and_calling_back_later() -> None:
    stranger = extract_fields(
        "Agent: Je souhaiterais parler à madame Annick Le Roux.\nClient: Il n'y a pas d'Annick "
        "ici. Il y a un kiné qui me laisse des messages pour elle. Mardi, dix heures."
    )
    assert (stranger.client_last_name_data_ia, stranger.disponibilite) == ("-", "Non")
    later = extract_fields(
        "Agent: Une fois que vous aurez signé, rappelez-nous.\nClient: D'accord. Je vous "
        "rappellerai cet été, quand on aura les clés."
    )
    assert later.disponibilite == "Non"


def test_retired_now_after_a_trade_of_one_s_own() -> None:
    said = (
        "Agent: Bonjour monsieur. Le toit ?\nClient: En ardoise. J'étais couvreur, vous savez. "
        "Quarante ans sur les toits du pays, à mon compte.\nAgent: Et vous êtes retraité ?\n"
        "Client: Retraité depuis l'an deux mille neuf."
    )
    assert extract_fields(said).activite_mr_data_ia == "retraité"


def test_the_roof_now_and_its_sides_by_the_sun() -> None:
    said = (
        "Agent: Et le toit, il est en quoi ?\nClient: En bac acier. Il y avait des vieilles "
        "tuiles, à moitié cassées, j'ai tout remplacé.\nAgent: Il est orienté comment ?\n"
        "Client: Un côté prend le soleil du matin, l'autre celui de l'après-midi."
    )
    fields = extract_fields(said)
    assert (fields.toiture_data_ia, fields.orientation_data_ia) == ("bac acier", "est-ouest")


@pytest.mark.parametrize(
    ("said", "space"),
    [
        (
            "Agent: Et il reste une vingtaine de mètres carrés libres, sur un des côtés ?\n"
            "Client: Avec les trois lucarnes, non. Il ne reste pas vingt mètres, entre les "
            "lucarnes.",
            "moins de 20m",
        ),
        (
            "Agent: Vous auriez une vingtaine de mètres carrés libres sur le toit ?\n"
            "Client: Non, pas tant que ça.",
            "moins de 20m",
        ),
        (
            "Agent: Et sur ce pan, une vingtaine de mètres carrés libres ?\n"
            "Client: Vingt ? Non, je ne pense pas. Il y a la lucarne et la cheminée.",
            "-",
        ),
    ],
)
def test_the_free_roof_turned_down_or_not_reached(said: str, space: str) -> None:
    assert extract_fields(said).model_dump(by_alias=True)["20m_data_ia"] == space


def test_a_yearly_adjustment_is_no_bill_and_a_name_respelt() -> None:
    said = (
        "Agent: Bonjour monsieur. Monsieur Faurie ?\nClient: Oui.\nAgent: J'ai ici Jérémy "
        "Faurie, à Romans ?\nClient: Jérémie, c'est avec I, E, "
        "pas avec un Y.\nAgent: Votre facture d'électricité, à peu près ?\nClient: On paie cent "
        "quinze par mois. On vient de recevoir la régularisation, en plus, deux cents euros."
    )
    fields = extract_fields(said)
    assert fields.client_first_name_data_ia == "Jérémie"
    assert (fields.facture_data_ia, fields.mensuelle_annuelle_data_ia) == ("115", "mensuelle")


def test_an_age_from_the_birthday_to_come() -> None:
    said = "Agent: Votre âge, madame ?\nClient: J'aurai cinquante ans en décembre."
    assert extract_fields(said).age_mme_data_ia == "49"


def test_a_surname_put_right_and_a_bill_that_came_down() -> None:
    said = (
        "Agent: Bonjour madame. Madame Mougel ?\nClient: Mougenot. Pas Mougel : Mougenot.\n"
        "Agent: Pardon, madame Mougenot. Vous en êtes satisfaite ?\nClient: Très. On payait "
        "cent vingt euros d'électricité par mois ; maintenant, on est à quarante. Alors vous "
        "voyez, je n'ai besoin de rien."
    )
    fields = extract_fields(said)
    assert (fields.client_first_name_data_ia, fields.client_last_name_data_ia) == (
        "-",
        "Mougenot",
    )
    assert (fields.facture_data_ia, fields.classement) == ("40", "Non intéressant")


def test_misheard_words_after_owning_up_are_no_wrong_number() -> None:
    said = (
        "Agent: Bonjour monsieur. Monsieur Bousquet ?\nClient: Oui, Bousquet, c'est moi.\n"
        "Agent: Je vous appelle pour votre demande d'étude de panneaux solaires.\n"
        "Client: Des pruneaux ? Vous vous trompez, il faut aller du côté d'Agen, pour ça."
    )
    fields = extract_fields(said)
    assert (fields.client_last_name_data_ia, fields.classement) == ("Bousquet", "Valide")
    stranger = extract_fields(
        "Agent: Je cherche monsieur Didier Lecomte.\nClient: Je ne connais pas de Lecomte. "
        "Moi, je suis à Bolbec.\nAgent: Vous avez quel âge ?\nClient: Moi, j'en ai "
        "soixante-dix-huit."
    )
    assert (stranger.client_last_name_data_ia, stranger.classement) == ("-", "Non intéressant")
    assert stranger.age_mme_data_ia == "-" and stranger.client_city_data_ia == "Bolbec"


def test_the_other_of_a_couple_on_a_speakerphone_puts_it_right() -> None:
    said = (
        "Agent: Vous vous chauffez comment ?\nClient: Au fuel.\nClient: Mais non, Gilbert ! On "
        "a fait mettre la pompe à chaleur il y a deux ans ; le fuel, c'est fini.\n"
        "Agent: Et votre facture d'électricité ?\nClient: Quatre-vingt-dix euros par mois.\n"
        "Client: Cent dix ! Tu regardes l'ancienne. C'est cent dix par mois, maintenant.\n"
        "Agent: Et le toit ?\nClient: Des tuiles. Le pan de derrière, il donne à l'est, je "
        "crois.\nClient: Mais non, à l'ouest ! Le soleil se couche de ce côté-là."
    )
    fields = extract_fields(said)
    assert (fields.mode_chauffage_data_ia, fields.facture_data_ia) == ("pompe à chaleur", "110")
    assert fields.orientation_data_ia == "ouest"


def test_the_roof_s_side_and_not_the_veranda_s() -> None:
    said = (
        "Agent: Et le toit ?\nClient: Des tuiles. Mais je vous préviens : le toit est au nord. "
        "Derrière, il y a la véranda, elle, elle est au sud, mais c'est du plastique."
    )
    assert extract_fields(said).orientation_data_ia == "nord"


def test_a_first_name_after_c_est_ca_and_the_gas_cut_off() -> None:
    said = (
        "Agent: Bonjour madame. Je vérifie votre nom : D, E, S, B, R, O, S, S, E, S ?\n"
        "Client: C'est ça. Aurélie.\nAgent: Vous vous chauffez comment ?\nClient: Au gaz de "
        "ville. Non, attendez : la chaudière a lâché, et j'ai fait mettre des radiateurs "
        "électriques. Le gaz, je l'ai fait couper."
    )
    fields = extract_fields(said)
    assert (fields.client_first_name_data_ia, fields.mode_chauffage_data_ia) == (
        "Aurélie",
        "électrique",
    )


def test_a_trade_said_yes_to_and_radiators_a_stove_runs() -> None:
    said = (
        "Agent: Bonjour madame. Vous vous chauffez comment ?\nClient: Au bois. On a un poêle "
        "bouilleur, dans le séjour, qui est relié aux radiateurs.\n"
        "Agent: Vous êtes assistante maternelle ?\nClient: Oui, agréée, je garde à la maison."
    )
    fields = extract_fields(said)
    assert (fields.mode_chauffage_data_ia, fields.activite_mme_data_ia) == (
        "bois",
        "assistante maternelle",
    )


def test_sun_all_day_when_the_north_is_unknown_and_a_morning_taken() -> None:
    said = (
        "Agent: Vous savez comment il est orienté ?\nClient: La maison est de travers, je n'ai "
        "jamais su où était le nord. Mais on a le soleil du lever au coucher.\n"
        "Agent: Quand est-ce qu'un conseiller pourrait vous rappeler ?\nClient: Je suis de repos "
        "vendredi. Mais le matin, je dors. En fin de matinée, vers onze heures ?\n"
        "Agent: Vendredi, onze heures."
    )
    fields = extract_fields(said)
    assert fields.orientation_data_ia == "bien ensoleillée"
    assert (fields.creneau_rappel_data_ia, fields.heure_rappel_data_ia) == (
        "vendredi fin de matinée",
        "11h",
    )


def test_a_move_into_a_bought_house_and_sides_by_the_morning_sun() -> None:
    said = (
        "Agent: J'ai une adresse à Rennes : c'est toujours ça ?\nClient: Ah non ! On a acheté une "
        "maison à Vitré, on a emménagé en avril.\nAgent: Vous savez comment il est orienté ?\n"
        "Client: Le matin, le soleil tape sur le pan côté rue, et l'après-midi, sur celui du "
        "jardin.\nAgent: Il y aurait de la place sur le toit ? Il faudrait une vingtaine de mètres "
        "carrés.\n"
        "Client: Oui, il est tout nu. Il y a de la place."
    )
    fields = extract_fields(said).model_dump(by_alias=True)
    assert (fields["adresse_modifiee"], fields["orientation_data_ia"]) == (1, "est-ouest")
    assert fields["20m_data_ia"] == "20m"


def test_the_area_totalled_after_the_floors() -> None:
    said = (
        "Agent: Et la surface de la maison ?\nClient: Quatre-vingts mètres en bas, et les "
        "chambres, en haut, encore quarante. Cent vingt, en tout."
    )
    assert extract_fields(said).superficie_data_ia == "120"


@pytest.mark.parametrize(
    ("said", "slot"),
    [
        (
            _CALLBACK + "La semaine prochaine, je suis encore d'après-midi. Donc le matin. Lundi "
            "matin ?\nAgent: Lundi, neuf heures trente.",
            "lundi matin",
        ),
        (
            _CALLBACK + "Un peu plus tard : le samedi, on fait la grasse matinée. En fin de "
            "matinée, onze heures.\nAgent: Samedi, onze heures.",
            "samedi fin de matinée",
        ),
        (
            _CALLBACK + "Mercredi, plutôt.\nAgent: Mercredi matin ?\nClient: Le matin, c'est la "
            "pétanque. L'après-midi. Après la sieste : trois heures.",
            "mercredi après-midi",
        ),
        (_CALLBACK + "Le soir, c'est le mieux. Mardi.", "mardi soir"),
    ],
)
def test_a_shift_a_lie_in_and_a_morning_taken_are_no_slot(said: str, slot: str) -> None:
    assert extract_fields(said).creneau_rappel_data_ia == slot


def test_the_other_on_the_extension_answers_and_puts_figures_right() -> None:
    said = (
        "Agent: Je suis bien chez monsieur Lalanne ?\nClient: Lalanne, oui. Pierre... enfin, "
        "Jean-Pierre.\nAgent: Et votre facture d'électricité ?\nClient: Nous, on paie une fois "
        "par an. Ça fait dans les mille six cents euros.\nClient: Mille six cent quatre-vingts. "
        "Je l'ai sous les yeux : mille six cent quatre-vingts euros, pour l'année.\n"
        "Agent: Et vos revenus, à tous les deux ?\nClient: Les deux retraites... Ginette, ça "
        "fait combien ?\nClient: Deux mille sept cent cinquante par mois."
    )
    fields = extract_fields(said)
    assert fields.client_first_name_data_ia == "Jean-Pierre"
    assert (fields.facture_data_ia, fields.mensuelle_annuelle_data_ia) == ("1680", "annuelle")
    assert fields.revenu_data_ia == "2750 euros par mois"


def test_a_stranger_addressed_as_monsieur_and_a_verb_that_is_no_job() -> None:
    said = (
        "Agent: Je souhaiterais parler à madame Josiane Peyrat.\nClient: Connais pas. Il n'y a "
        "pas de Josiane, ici.\nAgent: Madame Peyrat habite au Dorat.\nClient: Depuis que je "
        "suis arrivé à Bellac, pour ce boulot, on m'appelle pour elle.\nAgent: Non, monsieur, "
        "rien de tout ça.\nClient: J'ai vingt-quatre ans, je suis mécanicien."
    )
    fields = extract_fields(said)
    assert fields.entretien_data_ia == "Mr"
    assert (fields.age_mr_data_ia, fields.activite_mr_data_ia) == ("24", "mécanicien")
    assert fields.activite_mme_data_ia == "-"


def test_places_near_and_not_the_longer_name() -> None:
    near = extract_fields(
        "Agent: Elle se trouve à Pont-à-Mousson ?\nClient: En plein Pont-à-Mousson, à deux pas "
        "de l'abbaye."
    )
    assert near.client_city_data_ia == "Pont-à-Mousson"
    shorter = extract_fields(
        "Agent: Et vous êtes à Pithiviers ?\nClient: À Pithiviers, oui. Pas Pithiviers-le-Vieil, "
        "hein : Pithiviers, la ville."
    )
    assert shorter.client_city_data_ia == "Pithiviers"


@pytest.mark.parametrize(
    ("said", "heating", "roof"),
    [
        (
            "Agent: Vous vous chauffez comment ?\nClient: Une pompe à chaleur. Air-air... non, "
            "air-eau : celle qui envoie l'eau chaude dans les radiateurs.\nAgent: Et le toit ?\n"
            "Client: Du bac acier, couleur lauze.",
            "pompe à chaleur",
            "bac acier",
        ),
        (
            "Agent: Vous vous chauffez comment ?\nClient: Des clims réversibles, une dans chaque "
            "pièce.\nAgent: Des pompes à chaleur air-air, donc.\nClient: Voilà, c'est ce qui est "
            "écrit dessus.",
            "pompe à chaleur",
            "-",
        ),
    ],
)
def test_a_heating_in_the_agent_s_words_said_yes_to(said: str, heating: str, roof: str) -> None:
    fields = extract_fields(said)
    assert (fields.mode_chauffage_data_ia, fields.toiture_data_ia) == (heating, roof)


def test_a_first_name_asked_alone_and_said_yes_to() -> None:
    said = (
        "Agent: Je suis bien chez madame Fabregat ?\nClient: Oui, c'est moi.\nAgent: Vous êtes "
        "Audrey ?\nClient: Audrey, oui."
    )
    assert extract_fields(said).client_first_name_data_ia == "Audrey"


@pytest.mark.parametrize(
    ("said", "bill", "period"),
    [
        (
            "Agent: Et votre facture d'électricité ?\nClient: Il y a deux compteurs. L'atelier, "
            "ça monte à deux cents euros par mois. La maison, c'est quatre-vingt-cinq.\n"
            "Agent: L'étude se fait pour la maison. Je note quatre-vingt-cinq euros par mois ?\n"
            "Client: Oui, c'est ça.",
            "85",
            "mensuelle",
        ),
        (
            "Agent: Et votre facture d'électricité ?\nClient: On paie quatre-vingt-dix euros par "
            "mois.\nClient: Sandrine, c'est tous les deux mois ! Bonjour, monsieur, c'est le mari."
            "\nAgent: Bonjour, monsieur. Donc quarante-cinq euros par mois ?\n"
            "Client: Quarante-cinq par mois, voilà.",
            "45",
            "mensuelle",
        ),
        (
            "Agent: 22 rue du Bourg, 80600 Doullens. Et votre facture d'électricité ?\n"
            "Client: Ça, c'est Nathalie. Nathalie ! La facture d'électricité !\n"
            "Client: Bonjour, madame. Entre quatre-vingts et cent euros par mois.",
            "entre 80 et 100",
            "mensuelle",
        ),
    ],
)
def test_a_bill_read_back_or_answered_by_the_one_called(said: str, bill: str, period: str) -> None:
    fields = extract_fields(said)
    assert (fields.facture_data_ia, fields.mensuelle_annuelle_data_ia) == (bill, period)


def test_a_stranger_who_says_the_number_is_wrong_and_a_house_that_goes_with_the_job() -> None:
    stranger = extract_fields(
        "Agent: Je souhaiterais parler à monsieur Gérard Duhamel.\nClient: Duhamel ? Connais "
        "pas. Vous devez vous tromper de numéro."
    )
    assert (stranger.client_last_name_data_ia, stranger.classement) == ("-", "Non intéressant")
    housed = extract_fields(
        "Agent: Vous êtes propriétaire de votre maison ?\nClient: Alors, c'est compliqué. La "
        "maison, elle est au château. On ne paie pas de loyer : c'est un logement de fonction."
    )
    assert housed.proprietaire_data_ia == "non"


def test_the_roof_that_broke_its_look_and_radiators_kept() -> None:
    said = (
        "Agent: Vous vous chauffez comment ?\nClient: Pompe à chaleur. Une air-eau, à la place "
        "de la chaudière gaz. On a gardé les radiateurs d'avant.\nAgent: Et le toit ?\n"
        "Client: En bac acier. On l'a refait après la grosse neige : les vieilles tuiles avaient "
        "cassé. C'est du bac acier imitation tuile."
    )
    fields = extract_fields(said)
    assert (fields.mode_chauffage_data_ia, fields.toiture_data_ia) == (
        "pompe à chaleur",
        "bac acier",
    )


def test_a_short_broken_off_number_is_what_a_correction_takes_back() -> None:
    said = (
        "Agent: Sur quel numéro ?\nClient: Le fixe : zéro cinq, cinquante-neuf, vingt, "
        "quarante-quatre, soixante-huit. Et mon portable : zéro six, douze, trente-trois... "
        "non : zéro six, vingt et un, trente-trois, cinquante-sept, quatre-vingt-dix."
    )
    fields = extract_fields(said)
    assert (fields.client_phone_number, fields.tel2_data_ia) == ("0559204468", "0621335790")


def test_a_question_written_as_a_statement_that_opens_on_pour() -> None:
    # Whisper drops the question mark; "Pour les aides, …" asks, "Pour savoir …" answers.
    said = (
        "Agent: Pour les panneaux solaires et les aides à l'installation, vous êtes propriétaire "
        "de votre logement.\nClient: Oui, enfin, avec mon mari."
    )
    assert extract_fields(said).proprietaire_data_ia == "oui"


def test_a_call_cut_short_is_no_refusal() -> None:
    said = (
        "Agent: Et la maison, elle fait...\nClient: Attendez... Ah, c'est à nous. Il faut que je "
        "raccroche, excusez-moi.\nAgent: Quand est-ce que je peux vous rappeler ?\n"
        "Client: Demain, en fin de matinée."
    )
    fields = extract_fields(said)
    assert (fields.classement, fields.disponibilite) == ("Valide", "Oui")


def test_a_surname_said_back_respelt_and_a_sum_worked_out_by_the_agent() -> None:
    said = (
        "Agent: Bonjour monsieur. Monsieur Wagener ?\nClient: Wagner. Sans E au milieu, hein. "
        "Wagner, Patrick.\nAgent: Et votre facture d'électricité ?\nClient: On reçoit une "
        "facture tous les trois mois. La dernière, c'était trois cent quinze euros.\n"
        "Agent: Trois cent quinze pour trois mois... Ça fait à peu près cent cinq euros par mois."
        "\nClient: Cent cinq par mois, oui, si vous le dites."
    )
    fields = extract_fields(said)
    assert (fields.client_first_name_data_ia, fields.client_last_name_data_ia) == (
        "Patrick",
        "Wagner",
    )
    assert (fields.facture_data_ia, fields.mensuelle_annuelle_data_ia) == ("105", "mensuelle")


def test_the_spouse_s_birthday_to_come() -> None:
    said = (
        "Agent: Votre âge, monsieur ?\nClient: Trente-six ans.\nAgent: Et votre compagne ?\n"
        "Client: Elle aura trente-cinq ans en juin."
    )
    fields = extract_fields(said)
    assert (fields.age_mr_data_ia, fields.age_mme_data_ia) == ("36", "34")


def test_a_first_name_read_alone_and_put_right() -> None:
    said = (
        "Agent: Bonjour madame. Madame Dufourcq ?\nClient: Oui.\nAgent: J'ai votre prénom comme "
        "Nathalie, c'est bien ça ?\nClient: Non, Natacha. N, A, T, A, C, H, A."
    )
    assert extract_fields(said).client_first_name_data_ia == "Natacha"


def test_the_number_the_client_puts_second() -> None:
    said = (
        "Agent: Je vous rappelle sur ce numéro, le 03 85 24 16 79 ?\nClient: Ça, c'est le fixe : "
        "mettez-le en deuxième. Le portable d'abord : zéro six, soixante-sept, trente-deux, "
        "cinquante-huit, dix."
    )
    fields = extract_fields(said)
    assert (fields.client_phone_number, fields.tel2_data_ia) == ("0667325810", "0385241679")


def test_a_side_put_right_and_the_front_wall_s() -> None:
    said = (
        "Agent: Et il est orienté comment ?\nClient: Plein sud, le grand pan... Attendez, non, je "
        "dis des bêtises. Le soir, le soleil se couche derrière le Pech, et il tape sur le grand "
        "pan. C'est l'ouest. Le sud, c'est la façade, sur la rivière."
    )
    assert extract_fields(said).orientation_data_ia == "ouest"


def test_radiators_a_boiler_runs_and_sun_all_day_with_the_north_unknown() -> None:
    said = (
        "Agent: Comment vous chauffez-vous ?\nClient: Il y a une chaudière à granulés. Elle fait "
        "les radiateurs partout.\nAgent: Vous savez comment il est orienté ?\nClient: Aucune "
        "idée, je ne sais jamais où est le nord. Mais on a le soleil toute la journée."
    )
    fields = extract_fields(said)
    assert (fields.mode_chauffage_data_ia, fields.orientation_data_ia) == (
        "bois",
        "bien ensoleillée",
    )


def test_a_day_taken_by_someone_s_activity() -> None:
    said = (
        _CALLBACK + "Le mardi, elle a son cours de yoga. Le lundi, elle finit plus tôt. Lundi, "
        "dix-huit heures quarante-cinq."
    )
    fields = extract_fields(said)
    assert (fields.creneau_rappel_data_ia, fields.heure_rappel_data_ia) == ("lundi", "18h45")


@pytest.mark.parametrize(
    ("said", "first"),
    [
        ("Agent: Bonjour madame. C'est bien Véronique, votre prénom ?\nClient: Véronique, oui.",
         "Véronique"),
        ("Agent: Bonjour madame. Votre prénom, c'est bien Laëtitia ?\nClient: Laëtitia, oui, "
         "avec le tréma sur le E.", "Laëtitia"),
        # A surname checked so is no first name.
        ("Agent: Bonjour madame. C'est bien Dupont ?\nClient: Dupont, oui.", "-"),
    ],
)  # fmt: skip
def test_a_first_name_checked_and_said_back(said: str, first: str) -> None:
    assert extract_fields(said).client_first_name_data_ia == first


def test_a_status_put_right_and_a_heating_someone_had() -> None:
    said = (
        "Agent: Comment est-elle chauffée ?\nClient: Maman avait le fioul. On l'a fait enlever "
        "cet automne, et on a mis une pompe à chaleur. Air-eau, sur les anciens radiateurs.\n"
        "Agent: Vous vivez seul ?\nClient: Célibataire. Enfin... divorcé, pour être exact."
    )
    fields = extract_fields(said)
    assert fields.mode_chauffage_data_ia == "pompe à chaleur"
    assert fields.situation_familiale_data_ia == "divorcé"


def test_the_house_roof_said_with_the_barn_s() -> None:
    said = "Agent: Et la toiture ?\nClient: En ardoises, la maison comme la grange."
    assert extract_fields(said).toiture_data_ia == "ardoises"
    barn_only = "Agent: Et la toiture ?\nClient: La grange est en tôle."
    assert extract_fields(barn_only).toiture_data_ia == "-"
