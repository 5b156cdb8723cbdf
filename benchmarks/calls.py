"""The scripts of the natural-voice evaluation set: French solar sales calls and their gold.

Each ``Script`` is a two-speaker call (``A:`` the agent, ``C:`` the client; a line ``~``
is a hold: the agent puts the client on hold there) and the lead fields a careful human
would fill from it, under the PHP backend's keys (``GOLD_KEYS``; "-" where the call does
not say it). The conventions per field are in docs/quality.md, "The natural-voice set".

``{written|spoken}`` in a line gives the voice a respelling (a liaison espeak-ng would
make, a time written "10h") while the reference text, which WER and the extractors are
scored on, keeps ``written``.

Twelve calls of 1.5–4 minutes make the set; two short ones (``demo``, the bundled demo
sample, and ``court``) are the subset ``make test`` renders.

``HELD_OUT`` holds ten more calls (names ``ho_*``) written after the extractors were tuned
on ``SCRIPTS``, without looking at them: never rendered, scored from their reference text
only (``python -m benchmarks.extraction_quality --held-out``). ``HELD_OUT_2`` (``h2_*``),
``HELD_OUT_3`` (``h3_*``) and ``HELD_OUT_4`` (``h4_*``) are three more such sets, each written
later, without reading or running the extractors, once the set before had been used to tune
them (``--held-out 2``, ``--held-out 3``, ``--held-out 4``); the fourth is mostly ordinary
calls, to confirm on the common case what the third was used to choose. ``HELD_OUT_5``
(``h5_*``, ``--held-out 5``) is written the same way once the fourth had been used to tune
them: ordinary calls again, with more variety in jobs, ages, postal codes and towns.
``HELD_OUT_6`` (``h6_*``, ``--held-out 6``) is written the same way after the fifth had been
scored: an ordinary day again, written fresh, with names spelt and corrected, a hamlet and a
move, mixed heating, and roofs and orientations said indirectly. ``HELD_OUT_7`` (``h7_*``,
``--held-out 7``) is one more ordinary day written the same way after the sixth: names spelt
letter by letter or "comme", a house in indivision, every heating with a top-up, ages from a
birth year, and jobs from student to invalidity. ``HELD_OUT_8`` (``h8_*``, ``--held-out 8``) is
written the same way after the seventh: surnames spelt with first names, compound first names
and a maiden name, a commune nouvelle and a lieu-dit, a boiler just replaced by a heat pump,
fibre-cement and a roof-terrace, a farmer and a seasonal worker, and a neighbour who answers for
the lead. ``HELD_OUT_9`` (``h9_*``, ``--held-out 9``) is written the same way after the eighth:
heating in the client's words ("au gaz de ville", "des grille-pain", "une PAC air-eau", "un
insert", "le fioul, mais on va changer", propane), first names spelt, given by the spouse who
passes the phone or said only at the end, towns beside a bigger one or as a district, a move,
and a tenant who cannot decide. ``HELD_OUT_10`` (``h10_*``, ``--held-out 10``) is written the
same way after the ninth: heating said by its technology (storage heaters, "au mazout", a
pellet boiler, a ground-source pump, "aérothermie", a masonry stove), towns beside a bigger
one or by their district or hamlet, a move, a surname that is also a first name, addresses
and phone numbers corrected, and ages, slots and bills said relative to something else.
``HELD_OUT_11`` (``h11_*``, ``--held-out 11``) is written the same way after the tenth: an
ordinary day in towns no earlier set used (beside a bigger one, a former commune that is now a
district, a hamlet in the vineyards), postal codes in pairs, as thousands, digit by digit and
one corrected, surnames spelt or with "comme", first names corrected, "bis" and "ter", bills
per month, per year and as bands, ages from a birth year or relative to the spouse, heating
and roofs in everyday words, and a refusal, a tenant, a partial call and a wrong number.
``HELD_OUT_12`` (``h12_*``, ``--held-out 12``) is written the same way after the eleventh: an
ordinary day again in towns no earlier set used, with clients who answer before the question
ends, ask back and wander, a postal code, a phone number, a bill and a heating corrected by the
client, codes in pairs and digit by digit, bills per month, per year and as bands, ages from a
birth year or relative to the spouse, heating and roofs in everyday words, jobs with and without
a status, surnames and a first name spelt, and a refusal, a tenant, a partial call and an adult
son who answers for his father. ``HELD_OUT_13`` (``h13_*``, ``--held-out 13``) is written the same
way after the twelfth: an ordinary day again in towns no earlier set used, spread across France,
with spouses and a son who take the phone for part of a call, clients who answer before the
question ends, ask back and wander, a phone number, a bill, a surface and a postal code corrected,
a gas bill taken for the electricity one, codes in pairs, as thousands and digit by digit, bills
per month, per year and as all three bands, ages direct, relative and from a birth year, jobs with
and without a status, surnames and a first name spelt, and a refusal, a social-housing tenant, a
wrong number answered from a retirement home and a partial call from a shop till.
``HELD_OUT_14`` (``h14_*``, ``--held-out 14``) is written the same way after the thirteenth: an
ordinary day again in towns no earlier set used, spread across France, with agents who state
rather than ask, spouses who take the phone for part of a call, clients who answer before the
question ends, ask back and wander, a mobile, a house number, a surface, a town on a communal
boundary and a callback hour corrected, an old mobile replaced and a move to the next commune,
codes in pairs, as thousands, digit by digit and in digits, bills per month, per year and as all
three bands, ages direct, relative and from a birth year, jobs with and without a status, surnames
and a first name spelt, and a refusal on Bloctel, a tenant, a wrong number answered from a
seafront flat and a partial call from a doctor's waiting room.
``HELD_OUT_15`` (``h15_*``, ``--held-out 15``) is written the same way after the fourteenth: an
ordinary day again in towns no earlier set used, spread across France, with agents who state
rather than ask, a son and spouses who take the phone for part of a call, clients who answer
before the question ends, ask back, wander and hesitate, a postal code, a phone number, a bill
and two ages corrected by the client, codes in pairs, as thousands, digit by digit and in digits,
bills per month, per year and as all three bands, ages direct, relative and from a birth year,
jobs with and without a status, surnames and first names spelt, and a refusal, a tenant renting
through an agency, a wrong number answered across the Adour and a partial call from a lorry cab.
``HELD_OUT_16`` (``h16_*``, ``--held-out 16``) is written the same way after the fifteenth: an
ordinary day again in towns no earlier set used, spread across France with Guadeloupe and Corsica,
with agents who read back and state rather than ask, a wife, a daughter and a son-in-law who take
the phone for part of a call, clients who answer before the question ends, ask back, wander, joke
and hesitate, a postal code, a phone number, a surface and a callback day corrected by the client,
codes in pairs, as thousands, digit by digit and in digits, bills per month, per two months, per
year and as all three bands, ages direct, relative and from a birth year, jobs with and without a
status, surnames and first names spelt, callback slots given loosely, and a refusal, a tenant
renting from a landlord she never sees, a wrong number answered by a young man and a partial call
from a home nurse's car.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from messages.lead import LeadFields

__all__ = [
    "FREE_TEXT_KEYS",
    "GOLD_KEYS",
    "HELD_OUT",
    "HELD_OUT_2",
    "HELD_OUT_3",
    "HELD_OUT_4",
    "HELD_OUT_5",
    "HELD_OUT_6",
    "HELD_OUT_7",
    "HELD_OUT_8",
    "HELD_OUT_9",
    "HELD_OUT_10",
    "HELD_OUT_11",
    "HELD_OUT_12",
    "HELD_OUT_13",
    "HELD_OUT_14",
    "HELD_OUT_15",
    "HELD_OUT_16",
    "SCRIPTS",
    "SUBSET",
    "Script",
    "Turn",
    "by_name",
]

# Derived or free-text fields: no single right wording, so never scored by exact match.
FREE_TEXT_KEYS: tuple[str, ...] = (
    "commentaire_suggestion_ia",
    "score_interet",
    "interet_exprime",
    "infos_collectees",
    "objections",
    "analyse_agent",
    "recommandations_qualiticien",
)
GOLD_KEYS: tuple[str, ...] = tuple(
    field.alias or name
    for name, field in LeadFields.model_fields.items()
    if (field.alias or name) not in FREE_TEXT_KEYS
)
SPEAKERS = {"A": "Agent", "C": "Client"}
_RESPELLING = re.compile(r"\{([^|{}]*)\|([^|{}]*)\}")


@dataclass(frozen=True)
class Turn:
    """One utterance: who says it, the reference text and what the voice is given."""

    speaker: str
    text: str
    spoken: str


@dataclass(frozen=True)
class Script:
    """One call: its turns, the voices of its two speakers and its gold fields."""

    name: str
    summary: str
    voices: dict[str, str]
    turns: tuple[Turn, ...]
    # Index of the turn after which the client waits on hold, if any.
    hold_after: int | None
    gold: dict[str, str]
    objections: str

    @property
    def script(self) -> str:
        """``Agent:``/``Client:`` lines, the format of ``devkit/samples/*.txt``."""
        return "".join(f"{t.speaker}: {t.text}\n" for t in self.turns)


def _parse(body: str) -> tuple[tuple[Turn, ...], int | None]:
    turns: list[Turn] = []
    hold: int | None = None
    lines: list[str] = []
    for raw in body.strip().splitlines():
        line = raw.strip()
        # A line that is neither a turn nor a hold continues the turn above it.
        if lines and line != "~" and line[:3] not in ("A: ", "C: "):
            lines[-1] += " " + line
        else:
            lines.append(line)
    for line in lines:
        if line == "~":
            hold = len(turns) - 1
            continue
        tag, _, said = line.partition(": ")
        text = _RESPELLING.sub(r"\1", said)
        spoken = _RESPELLING.sub(r"\2", said)
        turns.append(Turn(SPEAKERS[tag], text, spoken))
    return tuple(turns), hold


def _script(
    name: str,
    summary: str,
    body: str,
    *,
    client: str,
    objections: str = "-",
    **gold: str,
) -> Script:
    """A script whose client is ``client`` ("Mr" or "Mme"); unnamed gold fields are "-"."""
    # The agent speaks in the other voice, so the two are never the same timbre.
    voices = (
        {"Agent": "femme", "Client": "homme"}
        if client == "Mr"
        else {"Agent": "homme", "Client": "femme"}
    )
    fields = {key: "-" for key in GOLD_KEYS}
    fields["adresse_modifiee"] = "0"
    fields["entretien_data_ia"] = client
    for key, value in gold.items():
        php_key = "20m_data_ia" if key == "toit_libre" else key
        if php_key not in fields:
            raise KeyError(f"{name}: {key} is not a scored lead field")
        fields[php_key] = value
    turns, hold = _parse(body)
    return Script(name, summary, voices, turns, hold, fields, objections)


_OWNER = {"classement": "Valide", "disponibilite": "Oui"}
_LOST = {"classement": "Non intéressant", "disponibilite": "Non"}

SCRIPTS: tuple[Script, ...] = (
    _script(
        "proprietaire_complet",
        "owner who answers everything, two phones, a hold before the callback slot",
        """
        A: Bonjour monsieur, Camille de la société Soleil Rénovation à l'appareil. Je suis bien chez
           monsieur Moreau ?
        C: Oui, c'est bien moi. C'est à quel sujet ?
        A: Je vous appelle au sujet des panneaux solaires et des aides de l'État pour
           l'autoconsommation. Vous avez deux minutes à m'accorder ?
        C: Deux minutes, d'accord, allez-y.
        A: Merci. Pour commencer, pouvez-vous me rappeler votre prénom ?
        C: Bernard. Bernard Moreau.
        A: Très bien, monsieur Moreau. Vous êtes propriétaire de votre maison ?
        C: Oui, on est propriétaires depuis une vingtaine d'années.
        A: Et vous vous chauffez comment ?
        C: À l'électrique, on a des radiateurs dans toutes les pièces.
        A: D'accord. Et votre facture d'électricité, elle tourne autour de combien ?
        C: En ce moment, on paie 145 euros par mois.
        A: C'est une belle somme. La maison fait quelle surface ?
        C: 120 mètres carrés, à peu près.
        A: Et le toit, il est en tuiles ou en ardoises ?
        C: En tuiles, des tuiles mécaniques.
        A: Il est orienté comment, le pan le plus grand ?
        C: Plein sud, on a le soleil toute la journée.
        A: Parfait. Et vous avez une surface libre d'au moins vingt mètres carrés sur ce pan ?
        C: Oui, largement, il n'y a ni fenêtre de toit ni cheminée de ce côté.
        A: Très bien. Je me permets quelques questions sur le foyer. Quel âge avez-vous, monsieur
           Moreau ?
        C: J'ai 58 ans.
        A: Et votre épouse ?
        C: Elle a 55 ans. On est mariés, on a deux enfants, mais ils ne vivent plus à la maison.
        A: Vous travaillez encore ?
        C: Oui, je suis en CDI chez un transporteur. Ma femme, elle, est retraitée depuis l'an
           dernier.
        A: Merci. Je vérifie votre adresse : vous êtes bien au 8 rue des Acacias ?
        C: Oui, 8 rue des Acacias, à Valence. Le code postal, c'est 26000.
        A: Je vais regarder les disponibilités de nos conseillers, je vous mets en attente quelques
           secondes.
        ~
        A: Merci de votre patience. Un conseiller peut vous rappeler pour préparer l'étude. Quel
           moment vous arrange ?
        C: Jeudi après-midi, c'est le mieux pour moi.
        A: Jeudi après-midi, vers quelle heure ?
        C: Disons 14 heures.
        A: C'est noté, jeudi à 14 heures. Le numéro pour vous joindre, c'est bien le 06 23 45 71 88
           ?
        C: Oui, c'est mon portable. Et si je ne réponds pas, vous pouvez appeler ma femme au 06 81
           14 29 63.
        A: Parfait, je note les deux numéros. Merci monsieur Moreau, bonne fin de journée.
        C: Merci, au revoir.
        """,
        client="Mr",
        client_first_name_data_ia="Bernard",
        client_last_name_data_ia="Moreau",
        client_phone_number="0623457188",
        client_city_data_ia="Valence",
        client_address_data_ia="8 rue des Acacias",
        client_postal_code_data_ia="26000",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="145",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="120",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="58",
        age_mme_data_ia="55",
        situation_familiale_data_ia="marié, 2 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="retraitée",
        tel2_data_ia="0681142963",
        creneau_rappel_data_ia="jeudi après-midi",
        heure_rappel_data_ia="14h",
        **_OWNER,
    ),
    _script(
        "locataire",
        "a tenant: polite, gives heating and bill, not eligible, asks to be removed",
        """
        A: Bonjour madame, Thomas de la société Énergie Sud Conseil. Je suis bien chez madame
           Lambert ?
        C: Oui, Sophie Lambert, c'est moi. Vous voulez quoi ?
        A: Je vous appelle pour vous présenter notre programme d'installation de panneaux solaires,
           avec les aides de l'État. Vous habitez une maison individuelle ?
        C: Oui, une maison, à Angers.
        A: Très bien. Et vous en êtes propriétaire ?
        C: Ah non, je suis locataire. La maison appartient à un particulier.
        A: D'accord. Vous pensez que votre propriétaire pourrait être intéressé par une installation
           ?
        C: Franchement, je ne pense pas. Il ne fait déjà pas les travaux qu'on lui demande.
        A: Je comprends. Et vous vous chauffez comment, par curiosité ?
        C: Au gaz, avec une vieille chaudière. Et l'électricité, c'est à peu près 90 euros par mois.
        A: Je vois. Vous comptez acheter une maison prochainement ?
        C: Peut-être dans deux ou trois ans, mais pas avant.
        A: Et à ce moment-là, le solaire pourrait vous intéresser ?
        C: Pourquoi pas, si c'est vraiment rentable. Mais aujourd'hui, ce n'est pas le moment, on a
           d'autres priorités.
        A: Malheureusement, nos offres sont réservées aux propriétaires, puisque les panneaux sont
           posés sur le toit.
        C: Oui, je m'en doutais. De toute façon, je ne suis pas intéressée.
        A: Pas de souci. Vous souhaitez que je retire votre numéro de notre liste ?
        C: Oui, s'il vous plaît, ça m'arrangerait. On m'appelle trois fois par semaine pour ce genre
           de choses.
        A: C'est noté, madame Lambert, vous ne serez plus rappelée. Je vous souhaite une bonne
           journée.
        C: Merci, au revoir.
        """,
        client="Mme",
        objections="locataire ; pas intéressée ; démarchée trop souvent",
        client_first_name_data_ia="Sophie",
        client_last_name_data_ia="Lambert",
        client_city_data_ia="Angers",
        proprietaire_data_ia="non",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="90",
        mensuelle_annuelle_data_ia="mensuelle",
        **_LOST,
    ),
    _script(
        "refus",
        "an owner who refuses outright: non intéressé, does not want a callback",
        """
        A: Bonjour monsieur, Julie de Soleil Rénovation. Je suis bien chez monsieur Fabre ?
        C: Oui. C'est pour quoi ?
        A: Je vous appelle au sujet de l'installation de panneaux solaires sur votre toiture, avec
           les aides disponibles cette année.
        C: Ah, encore les panneaux solaires. Non merci, ça ne m'intéresse pas.
        A: Je comprends, monsieur. Puis-je simplement vous demander si vous êtes propriétaire de
           votre maison ?
        C: Oui, je suis propriétaire, mais ça ne change rien.
        A: Votre maison est bien à Perpignan ?
        C: Oui, à Perpignan. Mais je vous le répète, ça ne m'intéresse pas.
        A: Beaucoup de nos clients pensaient la même chose avant de voir l'étude. Elle est gratuite
           et sans engagement.
        C: Gratuite, c'est ce qu'on dit toujours. Je n'ai pas besoin d'étude, mes factures, je les
           paie très bien.
        A: Vous savez que l'installation peut réduire votre facture de moitié ? Vous payez combien
           d'électricité en ce moment ?
        C: Ça, c'est mon affaire. Écoutez, j'ai déjà été démarché dix fois ce mois-ci.
        A: Je suis désolée pour le dérangement. Est-ce qu'un conseiller pourrait vous rappeler un
           autre jour, au moment qui vous convient ?
        C: Non. Je ne veux pas être rappelé. Je ne suis pas intéressé, c'est clair ?
        A: C'est très clair, monsieur Fabre. Je retire votre numéro de nos fichiers.
        C: Merci. Et dites à vos collègues d'arrêter aussi. Mon voisin s'est fait avoir avec une
           installation qui n'a jamais marché.
        A: Je suis désolée de l'apprendre. Je transmets votre demande à mon responsable. Bonne
           journée, monsieur.
        C: Au revoir.
        """,
        client="Mr",
        objections=(
            "non intéressé ; déjà démarché ; refuse d'être rappelé ; "
            "mauvaise expérience d'un voisin"
        ),
        client_last_name_data_ia="Fabre",
        client_city_data_ia="Perpignan",
        proprietaire_data_ia="oui",
        **_LOST,
    ),
    _script(
        "faux_numero",
        "a wrong number: the lead in the file is not the person who answers",
        """
        A: Bonjour madame, Thomas de la société Énergie Sud Conseil. Je souhaiterais parler à
           monsieur Garnier, s'il vous plaît.
        C: Monsieur Garnier ? Il n'y a pas de monsieur Garnier ici. Vous devez faire erreur.
        A: Ah, pardon. J'ai ce numéro dans notre fichier au nom de Paul Garnier, à Tours. Ce n'est
           pas vous ?
        C: Non, pas du tout. J'ai ce numéro depuis au moins trois ans, et j'habite à Orléans.
        A: Je suis vraiment désolé, le fichier n'a pas dû être mis à jour.
        C: Comment vous avez eu mon numéro, d'abord ?
        A: Il vient d'une liste de personnes qui ont demandé une étude d'économies d'énergie. Je ne
           peux pas vous en dire plus, malheureusement.
        C: Eh bien moi, je n'ai jamais rien demandé. Et je ne connais personne qui s'appelle
           Garnier, ni à Tours ni ailleurs.
        A: Je comprends votre agacement, madame. C'est sans doute une erreur de saisie dans le
           fichier.
        A: Je vous crois. Puisque je vous ai au téléphone, vous habitez une maison ?
        C: Non, un appartement, au quatrième étage.
        A: D'accord, alors nos panneaux solaires ne vous concernent pas.
        C: Non, et je ne suis pas intéressée de toute façon. Vous pouvez supprimer ce numéro de
           votre fichier ?
        A: Bien sûr, je le supprime tout de suite. Encore désolé pour le dérangement, madame.
        C: Ce n'est pas grave. Mais c'est la deuxième fois qu'on m'appelle pour ce monsieur.
        A: Je vais le signaler à notre service, pour que ça ne se reproduise pas. Bonne soirée,
           madame.
        C: Bonne soirée.
        """,
        client="Mme",
        objections="mauvais numéro ; habite un appartement ; pas intéressée",
        client_city_data_ia="Orléans",
        **_LOST,
    ),
    _script(
        "chiffres_en_lettres",
        "every number said in words, both ages, a slate roof facing east and west",
        """
        A: Bonjour madame, Lucas de Soleil Rénovation. Je suis bien chez madame Girard ?
        C: Oui, Martine Girard. Bonjour.
        A: Je vous appelle suite à votre demande d'étude pour des panneaux solaires. Vous avez un
           moment ?
        C: Oui, j'attendais votre appel.
        A: Parfait. Vous êtes bien propriétaire de la maison ?
        C: Oui, propriétaire, avec mon mari.
        A: Quel est votre mode de chauffage ?
        C: Nous avons une pompe à chaleur, installée il y a trois ans.
        A: Et votre facture d'électricité, elle est de combien par mois ?
        C: Quatre-vingt-quinze euros par mois, en mensualités.
        A: La surface habitable de la maison ?
        C: Cent trente-cinq mètres carrés, avec l'étage.
        A: Le toit est en tuiles ?
        C: Non, en ardoises. Et il est orienté est-ouest, avec deux pans.
        A: Très bien. Vous pouvez me donner vos âges, à votre mari et à vous ?
        C: Moi, j'ai soixante-deux ans, et mon mari soixante-sept.
        A: Vous êtes tous les deux à la retraite ?
        C: Mon mari est retraité, oui. Moi, je travaille encore à mi-temps, je suis secrétaire
           médicale.
        A: Votre adresse, s'il vous plaît ?
        C: Quarante-deux, avenue du Général de Gaulle, à Rennes. Trente-cinq mille.
        A: Et un numéro de téléphone pour le conseiller ?
        C: Zéro six, quarante-sept, dix-huit, quatre-vingt-douze, trente-trois.
        A: Je répète : zéro six, quarante-sept, dix-huit, quatre-vingt-douze, trente-trois. C'est
           bien ça ?
        C: C'est ça.
        A: Quand est-ce que le conseiller peut vous rappeler ?
        C: Vendredi matin, vers dix heures.
        A: Entendu, vendredi matin à dix heures. Merci madame Girard, au revoir.
        C: Au revoir, merci.
        """,
        client="Mme",
        client_first_name_data_ia="Martine",
        client_last_name_data_ia="Girard",
        client_phone_number="0647189233",
        client_city_data_ia="Rennes",
        client_address_data_ia="42 avenue du Général de Gaulle",
        client_postal_code_data_ia="35000",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="95",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="135",
        toiture_data_ia="ardoises",
        orientation_data_ia="est-ouest",
        age_mr_data_ia="67",
        age_mme_data_ia="62",
        situation_familiale_data_ia="mariée",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="secrétaire médicale",
        creneau_rappel_data_ia="vendredi matin",
        heure_rappel_data_ia="10h",
        **_OWNER,
    ),
    _script(
        "corrections",
        "a move (address changed) and corrections of postal code, heating, bill and phone",
        """
        A: Bonjour monsieur, Emma de Soleil Rénovation. Je suis bien chez monsieur Lefèvre, au 15
           rue du Moulin, à Rouen ?
        C: Oui, c'est moi, Antoine Lefèvre. Mais je n'habite plus rue du Moulin, on a déménagé l'an
           dernier.
        A: Ah, merci de me le dire. Quelle est votre nouvelle adresse ?
        C: 3 impasse des Tilleuls, à Saint-Aubin-sur-Mer.
        A: 3 impasse des Tilleuls, à Saint-Aubin-sur-Mer. Le code postal, c'est le 76 190 ?
        C: Non, c'est le 76 740.
        A: Pardon, 76 740. Vous êtes propriétaire de cette nouvelle maison ?
        C: Oui, on l'a achetée.
        A: Vous vous chauffez comment ?
        C: Au fioul. Enfin non, pardon, on a changé la chaudière cet hiver, maintenant c'est au gaz.
        A: D'accord, au gaz. Et votre facture d'électricité mensuelle ?
        C: Environ 110 euros. Non, je dis une bêtise, c'est 130 euros par mois depuis la hausse.
        A: 130 euros par mois, c'est noté. Et la surface de la maison ?
        C: 95 mètres carrés.
        A: Le toit est orienté comment ?
        C: Plutôt vers l'ouest.
        A: Et votre âge, si ce n'est pas indiscret ?
        C: 44 ans.
        A: Vous êtes marié ?
        C: Pacsé, avec deux enfants en bas âge.
        A: Et votre activité professionnelle ?
        C: Je suis électricien, à mon compte depuis six ans.
        A: Un numéro pour vous rappeler ?
        C: Le 07 62 18 43 95. Non, pardon, 07 62 18 43 59, j'inverse toujours.
        A: 07 62 18 43 59. Et quand êtes-vous disponible ?
        C: Mercredi matin, vers 11 heures.
        A: Mercredi matin à 11 heures. Merci monsieur Lefèvre, bonne journée.
        C: Bonne journée.
        """,
        client="Mr",
        client_first_name_data_ia="Antoine",
        client_last_name_data_ia="Lefèvre",
        client_phone_number="0762184359",
        client_city_data_ia="Saint-Aubin-sur-Mer",
        client_address_data_ia="3 impasse des Tilleuls",
        client_postal_code_data_ia="76740",
        adresse_modifiee="1",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="130",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="95",
        orientation_data_ia="ouest",
        age_mr_data_ia="44",
        situation_familiale_data_ia="pacsé, 2 enfants",
        activite_mr_data_ia="indépendant depuis 6 ans",
        creneau_rappel_data_ia="mercredi matin",
        heure_rappel_data_ia="11h",
        **_OWNER,
    ),
    _script(
        "facture_fourchette",
        "a widow who knows her bill only as 'more than 100 euros', little free roof",
        """
        A: Bonjour madame, Hugo de Soleil Rénovation. Je suis bien chez madame Chevalier ?
        C: Oui, Odile Chevalier, c'est moi.
        A: Je vous appelle au sujet des panneaux solaires, pour réduire vos factures d'électricité.
           Vous avez quelques minutes ?
        C: Oui, j'ai le temps, je suis à la retraite.
        A: Vous êtes propriétaire de votre maison, madame Chevalier ?
        C: Oui, depuis quarante ans. C'était la maison de mes parents.
        A: Et comment vous chauffez-vous ?
        C: Au bois, avec un poêle à granulés.
        A: Votre facture d'électricité, vous la connaissez ?
        C: Pas exactement, c'est mon fils qui s'occupe des papiers. Mais c'est plus de cent euros
           par mois, ça, j'en suis sûre.
        A: Plus de cent euros par mois, d'accord. Et la surface de la maison ?
        C: Cent mètres carrés, environ.
        A: Votre toiture est en quoi ?
        C: En tuiles. Le toit est orienté au sud, côté jardin.
        A: Et il y a de la place sur le toit ? Au moins vingt mètres carrés libres ?
        C: Il y a une grande lucarne au milieu, alors il ne reste pas beaucoup de place. Moins de
           vingt mètres carrés, je pense.
        A: Vous vivez seule ?
        C: Oui, je suis veuve depuis cinq ans.
        A: Puis-je vous demander votre âge ?
        C: J'ai 71 ans.
        A: Votre adresse, c'est bien le 27 chemin des Vignes, à Beaune ?
        C: Oui, 27 chemin des Vignes, 21200 Beaune.
        A: Et vous êtes joignable à quel numéro ?
        C: Sur le fixe, le 03 80 22 41 76. Je n'ai pas de portable.
        A: Un conseiller peut vous rappeler quand votre fils est là. Quel jour ?
        C: Samedi, mon fils vient le samedi. Le matin, vers 10 heures et demie.
        A: Samedi matin, 10 heures 30. Merci madame Chevalier, bonne journée.
        C: Merci jeune homme, au revoir.
        """,
        client="Mme",
        client_first_name_data_ia="Odile",
        client_last_name_data_ia="Chevalier",
        client_phone_number="0380224176",
        client_city_data_ia="Beaune",
        client_address_data_ia="27 chemin des Vignes",
        client_postal_code_data_ia="21200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="plus_de_100",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="100",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="moins de 20m",
        age_mme_data_ia="71",
        situation_familiale_data_ia="veuve",
        activite_mme_data_ia="retraitée",
        creneau_rappel_data_ia="samedi matin",
        heure_rappel_data_ia="10h30",
        **_OWNER,
    ),
    _script(
        "facture_annuelle",
        "a yearly bill, a sunny roof of unknown orientation, household income, a hold",
        """
        A: Bonjour, Léa de Soleil Rénovation. Je suis bien chez monsieur Roussel ?
        C: Oui, Julien Roussel. Vous êtes la société des panneaux solaires ? J'ai rempli un
           formulaire sur internet.
        A: C'est bien ça, je vous rappelle suite à votre demande. Vous êtes propriétaire ?
        C: Oui, depuis 2015. Une maison de plain-pied.
        A: Vous vous chauffez à quoi ?
        C: Tout électrique. Des radiateurs, et un ballon d'eau chaude.
        A: Et votre facture d'électricité ?
        C: Je la connais à l'année : {2 300|deux mille trois cents} euros par an, à peu près.
        A: {2 300|Deux mille trois cents} euros par an. Et la surface ?
        C: 150 mètres carrés.
        A: Votre toit est en tuiles ?
        C: En ardoises. Pour l'orientation, je ne sais pas trop, mais le toit est bien ensoleillé
           toute la journée, il n'y a pas d'arbres autour.
        A: Quel âge avez-vous ?
        C: 39 ans. Ma compagne en a 36.
        A: Vous avez des enfants ?
        C: Oui, une fille de huit ans. On est en couple, pas mariés.
        A: Et vos professions ?
        C: Je suis fonctionnaire, professeur des écoles. Ma compagne est infirmière, en CDI.
        A: Pour le dossier de financement, vous pouvez m'indiquer le revenu du foyer ?
        C: Ensemble, on gagne environ {4 200|quatre mille deux cents} euros par mois.
        A: Merci. Je vérifie l'éligibilité aux aides, je vous mets en attente un petit instant.
        ~
        A: Merci d'avoir patienté, vous êtes éligible. Votre adresse, s'il vous plaît ?
        C: 11 allée des Peupliers, à Niort. 79000.
        A: Le numéro du formulaire, c'est le 06 58 31 27 04 ?
        C: Oui. Et vous pouvez aussi appeler ma compagne, au 07 45 90 12 68.
        A: Un conseiller va vous rappeler. Quel créneau vous convient ?
        C: En semaine, le soir après 18 heures. Le mardi, par exemple.
        A: Mardi soir, à partir de 18 heures. Merci monsieur Roussel.
        C: Merci à vous, au revoir.
        """,
        client="Mr",
        client_first_name_data_ia="Julien",
        client_last_name_data_ia="Roussel",
        client_phone_number="0658312704",
        client_city_data_ia="Niort",
        client_address_data_ia="11 allée des Peupliers",
        client_postal_code_data_ia="79000",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="2300",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="150",
        toiture_data_ia="ardoises",
        orientation_data_ia="bien ensoleillée",
        age_mr_data_ia="39",
        age_mme_data_ia="36",
        situation_familiale_data_ia="en couple, 1 enfant",
        activite_mr_data_ia="fonctionnaire",
        activite_mme_data_ia="CDI",
        revenu_data_ia="4200 euros par mois",
        tel2_data_ia="0745901268",
        creneau_rappel_data_ia="mardi soir",
        heure_rappel_data_ia="18h",
        **_OWNER,
    ),
    _script(
        "reponses_partielles",
        "partial answers: heating unsure, a bill band, no surface, age refused, no address",
        """
        A: Bonjour madame, Nicolas de Soleil Rénovation. Je suis bien chez madame Perrin ?
        C: Oui... C'est pour quoi ?
        A: Pour les panneaux solaires et les aides à l'installation. Vous êtes propriétaire de votre
           logement ?
        C: Oui, enfin, avec mon mari.
        A: C'est une maison ?
        C: Oui, une maison.
        A: Vous vous chauffez comment ?
        C: Je ne sais pas trop. Au gaz, je crois. C'est mon mari qui gère tout ça.
        A: Et la facture d'électricité, à peu près ?
        C: Entre 80 et 100 euros par mois, je dirais.
        A: Et la surface de la maison ?
        C: Aucune idée, vraiment. Il faudrait demander à mon mari.
        A: Pas de problème. Le toit, il est orienté comment ?
        C: Je ne sais pas non plus, désolée. Je ne suis jamais montée voir.
        A: Ce n'est pas grave, le conseiller pourra le vérifier sur une photo aérienne. Le toit est
           en tuiles ?
        C: Oui, ça, je le sais, ce sont des tuiles. Pour le reste, voyez avec mon mari.
        A: Puis-je vous demander votre âge ?
        C: Ça, je préfère ne pas le dire.
        A: Bien sûr. Vous êtes dans quelle ville ?
        C: À Poitiers.
        A: Et l'adresse exacte ?
        C: Je préfère que mon mari vous la donne. Rappelez plutôt quand il est là.
        A: Quand est-ce que je peux le joindre ?
        C: En fin de journée, après 19 heures. Pas le mercredi, il rentre tard.
        A: Très bien, je note : en fin de journée, après 19 heures, sauf le mercredi. Merci madame
           Perrin, bonne soirée.
        C: Au revoir.
        """,
        client="Mme",
        objections="ne connaît pas les détails ; refuse de donner son âge et son adresse",
        client_last_name_data_ia="Perrin",
        client_city_data_ia="Poitiers",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        toiture_data_ia="tuiles",
        facture_data_ia="entre 80 et 100",
        mensuelle_annuelle_data_ia="mensuelle",
        situation_familiale_data_ia="mariée",
        creneau_rappel_data_ia="fin de journée",
        heure_rappel_data_ia="19h",
        **_OWNER,
    ),
    _script(
        "objections",
        "a wary owner: credit, price, scams, the northern weather; agrees to a study",
        """
        A: Bonjour monsieur, Sarah de Soleil Rénovation. Je suis bien chez monsieur Da Silva ?
        C: Oui, Carlos Da Silva. Si c'est pour vendre quelque chose, je vous arrête tout de suite.
        A: Je comprends, je ne vous vends rien aujourd'hui. Je vous propose une étude gratuite, pour
           voir si les panneaux solaires sont rentables chez vous.
        C: Gratuite, gratuite... Tout le monde dit ça, et après on se retrouve avec un crédit sur
           vingt ans.
        A: C'est une inquiétude légitime. L'étude n'engage à rien, et vous êtes libre de refuser le
           devis.
        C: Et puis c'est trop cher. Mon beau-frère a payé plus de quinze mille euros.
        A: Le prix dépend de la taille de l'installation, et les aides de l'État en couvrent une
           partie. Vous êtes propriétaire de votre maison ?
        C: Oui. Mais je ne suis pas sûr que ce soit rentable, dans le Nord, avec notre météo.
        A: Même dans le Nord, un toit bien orienté produit beaucoup. Le vôtre est orienté comment ?
        C: Vers l'est. On a le soleil le matin.
        A: C'est une bonne orientation. Et comment vous chauffez-vous ?
        C: Au gaz de ville. Et l'électricité, je paie 160 euros par mois. C'est bien trop.
        A: Justement, c'est là que le solaire aide. Ce qui vous inquiète, ce sont les arnaques,
           c'est ça ?
        C: Oui. On entend tellement d'histoires. Des entreprises qui disparaissent, des panneaux qui
           ne marchent pas.
        A: Nous sommes certifiés RGE, et nous avons une garantie décennale. Le conseiller vous
           montrera tous les documents.
        C: Bon. Si c'est juste une étude, d'accord. Je suis marié, je veux que ma femme soit
           présente.
        A: Bien sûr. Quel jour vous conviendrait ?
        C: Samedi matin. Vers 10 heures.
        A: Samedi à 10 heures. Votre adresse, c'est bien à Lille ?
        C: Non, à Villeneuve-d'Ascq. 5 rue Jean Jaurès, 59650.
        A: Et le numéro, c'est celui-ci, le 06 12 58 77 30 ?
        C: Oui, c'est ça.
        A: Merci monsieur Da Silva. Le conseiller viendra samedi à 10 heures. Bonne journée.
        C: Au revoir.
        """,
        client="Mr",
        objections=(
            "crainte d'un crédit ; trop cher ; doute sur la rentabilité dans le Nord ; "
            "peur des arnaques"
        ),
        client_first_name_data_ia="Carlos",
        client_last_name_data_ia="Da Silva",
        client_phone_number="0612587730",
        client_city_data_ia="Villeneuve-d'Ascq",
        client_address_data_ia="5 rue Jean Jaurès",
        client_postal_code_data_ia="59650",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="160",
        mensuelle_annuelle_data_ia="mensuelle",
        orientation_data_ia="est",
        situation_familiale_data_ia="marié",
        creneau_rappel_data_ia="samedi matin",
        heure_rappel_data_ia="10h",
        **_OWNER,
    ),
    _script(
        "couple",
        "madame answers for the couple: two ages, two jobs, income, two phones, a hold",
        """
        A: Bonjour madame, Maxime de Soleil Rénovation. Je suis bien chez monsieur et madame Lemoine
           ?
        C: Oui, c'est madame Lemoine, Nathalie. Mon mari n'est pas là, mais je peux vous répondre.
        A: Merci. Je vous appelle au sujet de votre projet solaire. Vous êtes propriétaires de votre
           maison ?
        C: Oui, nous sommes propriétaires. C'est une maison des années soixante-dix.
        A: Et le chauffage, c'est quoi ?
        C: Une chaudière au fioul. On voudrait bien s'en débarrasser, d'ailleurs.
        A: Votre facture d'électricité, par mois ?
        C: Autour de 75 euros. Mais le fioul, en plus, ça coûte une fortune.
        A: La surface de la maison ?
        C: 140 mètres carrés, avec le sous-sol aménagé.
        A: Le toit, il est en quoi ?
        C: En tuiles. Il est orienté à l'ouest.
        A: Vous pouvez me donner votre âge, et celui de votre mari ?
        C: J'ai 47 ans, et mon mari en a 51.
        A: Et vous travaillez tous les deux ?
        C: Oui. Je suis infirmière à l'hôpital, en CDI. Mon mari est plombier, à son compte depuis
           douze ans.
        A: Vous avez des enfants ?
        C: Trois enfants, dont deux encore à la maison. On est mariés depuis vingt ans.
        A: Pour le dossier d'aides, le revenu du foyer, approximativement ?
        C: À nous deux, environ {5 000|cinq mille} euros par mois.
        A: Merci. Je vérifie les aides auxquelles vous avez droit, je vous mets en attente.
        ~
        A: Merci de votre patience. Vous êtes toujours au 19 rue de la Gare, à Chartres ?
        C: Oui, toujours. 19 rue de la Gare, 28000 Chartres.
        A: Et le meilleur numéro pour vous joindre ?
        C: Mon portable, le 06 74 02 66 15. Mon mari, c'est le 06 30 91 48 27.
        A: Quand un conseiller peut-il vous rappeler, tous les deux ?
        C: Lundi soir, après 19 heures. Mon mari sera rentré.
        A: Lundi soir, à partir de 19 heures. Merci madame Lemoine, bonne journée.
        C: Merci, au revoir.
        """,
        client="Mme",
        client_first_name_data_ia="Nathalie",
        client_last_name_data_ia="Lemoine",
        client_phone_number="0674026615",
        client_city_data_ia="Chartres",
        client_address_data_ia="19 rue de la Gare",
        client_postal_code_data_ia="28000",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="75",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="140",
        toiture_data_ia="tuiles",
        orientation_data_ia="ouest",
        age_mr_data_ia="51",
        age_mme_data_ia="47",
        situation_familiale_data_ia="mariée, 3 enfants",
        activite_mr_data_ia="indépendant depuis 12 ans",
        activite_mme_data_ia="CDI",
        revenu_data_ia="5000 euros par mois",
        tel2_data_ia="0630914827",
        creneau_rappel_data_ia="lundi soir",
        heure_rappel_data_ia="19h",
        **_OWNER,
    ),
    _script(
        "creneaux",
        "a retired widower with a small bill band; the callback slot is negotiated",
        """
        A: Bonjour monsieur, Chloé de Soleil Rénovation. Je suis bien chez monsieur Marchand ?
        C: Oui, Gérard Marchand. Bonjour mademoiselle.
        A: Vous aviez demandé à être rappelé pour une étude solaire. C'est toujours d'actualité ?
        C: Oui, oui. Mais je n'ai pas beaucoup de temps aujourd'hui, j'ai un rendez-vous chez le
           médecin.
        A: Je serai rapide. Vous êtes propriétaire de votre maison ?
        C: Oui, propriétaire.
        A: Et le chauffage ?
        C: Électrique. Mais la maison est bien isolée, je paie moins de 80 euros par mois.
        A: Très bien. Vous êtes à la retraite ?
        C: Oui, retraité de la SNCF. Et veuf, depuis trois ans.
        A: Je suis désolée. Puis-je vous demander votre âge ?
        C: 74 ans.
        A: Votre adresse, c'est le 6 place de l'Église, à Cahors ?
        C: C'est ça, 6 place de l'Église, 46000 Cahors.
        A: Je regarde l'agenda des conseillers. Un instant, je vous mets en attente.
        ~
        A: Merci de votre patience. Je peux vous proposer mardi, à 15 heures ?
        C: Mardi ? Non, le mardi je garde mes petits-enfants. Mercredi, plutôt ?
        A: Mercredi, j'ai 11 heures.
        C: 11 heures, c'est un peu tôt. Et jeudi ?
        A: Jeudi matin, 9 heures 30, ou jeudi après-midi, 16 heures.
        C: Jeudi matin, 9 heures 30, c'est parfait.
        A: C'est noté : jeudi matin à 9 heures 30. Vous confirmez votre numéro, le 05 65 21 38 90 ?
        C: Oui, c'est le fixe. Sinon, mon portable, c'est le 06 44 17 83 52.
        A: Merci monsieur Marchand. Bonne journée, et bon rendez-vous chez le médecin.
        C: Merci, vous êtes gentille. Au revoir.
        """,
        client="Mr",
        client_first_name_data_ia="Gérard",
        client_last_name_data_ia="Marchand",
        client_phone_number="0565213890",
        client_city_data_ia="Cahors",
        client_address_data_ia="6 place de l'Église",
        client_postal_code_data_ia="46000",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="moins_de_80",
        mensuelle_annuelle_data_ia="mensuelle",
        age_mr_data_ia="74",
        situation_familiale_data_ia="veuf",
        activite_mr_data_ia="retraité",
        tel2_data_ia="0644178352",
        creneau_rappel_data_ia="jeudi matin",
        heure_rappel_data_ia="9h30",
        **_OWNER,
    ),
    _script(
        "demo",
        "the bundled demo sample: about a minute that states most fields",
        """
        A: Bonjour, Camille de Soleil Rénovation. Je suis bien chez monsieur Jean Dupont ?
        C: Oui, c'est moi.
        A: Je vous appelle au sujet des économies d'énergie. Vous êtes propriétaire ou locataire de
           votre logement ?
        C: Je suis propriétaire de ma maison.
        A: Et vous vous chauffez comment ?
        C: Au chauffage électrique. La facture fait environ 120 euros par mois.
        A: D'accord. Quelle est la surface de la maison ?
        C: 110 mètres carrés.
        A: Et la toiture, c'est en tuiles ?
        C: Oui, un toit en tuiles, orienté plein sud.
        A: Très bien. Puis-je vous demander votre âge, et celui de votre épouse ?
        C: J'ai 52 ans, et ma femme 49 ans. On est mariés, avec deux enfants.
        A: Vous travaillez tous les deux ?
        C: Je suis en CDI dans une banque, et ma femme est enseignante.
        A: Quelle est votre adresse ?
        C: 12 rue des Lilas, 69003 Lyon.
        A: Un numéro pour vous joindre ?
        C: C'est le 06 12 34 56 78.
        A: Un conseiller peut vous rappeler. Quand êtes-vous disponible ?
        C: Mardi matin, {vers 10h|vers dix heures}.
        A: C'est noté, mardi matin à 10 heures. Merci monsieur Dupont, bonne journée.
        """,
        client="Mr",
        client_first_name_data_ia="Jean",
        client_last_name_data_ia="Dupont",
        client_phone_number="0612345678",
        client_city_data_ia="Lyon",
        client_address_data_ia="12 rue des Lilas",
        client_postal_code_data_ia="69003",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="120",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="110",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        age_mr_data_ia="52",
        age_mme_data_ia="49",
        situation_familiale_data_ia="marié, 2 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="enseignante",
        creneau_rappel_data_ia="mardi matin",
        heure_rappel_data_ia="10h",
        **_OWNER,
    ),
    _script(
        "court",
        "half a minute: an owner at work asks to be called back",
        """
        A: Bonjour madame, Thomas de Soleil Rénovation. Je suis bien chez madame Roux ?
        C: Oui, Claire Roux. Je suis au travail, je ne peux pas parler longtemps.
        A: Je comprends. C'est au sujet de votre demande d'étude solaire. Vous êtes bien
           propriétaire ?
        C: Oui, propriétaire. Rappelez-moi plutôt vendredi après-midi, vers 17 heures.
        A: Vendredi à 17 heures, c'est noté. Au revoir, madame Roux.
        C: Merci, au revoir.
        """,
        client="Mme",
        client_first_name_data_ia="Claire",
        client_last_name_data_ia="Roux",
        proprietaire_data_ia="oui",
        creneau_rappel_data_ia="vendredi après-midi",
        heure_rappel_data_ia="17h",
        **_OWNER,
    ),
)
# The two short calls ``make test`` renders (quiet, mono PCM).
SUBSET: tuple[str, ...] = ("demo", "court")
# The full-length calls (1.5-4 minutes) the evaluation runs on.
FULL: tuple[str, ...] = tuple(s.name for s in SCRIPTS if s.name not in SUBSET)

# Held-out scripts: written after the rules were tuned, without looking at them, so the
# extractors' score on these is an honest estimate. Never rendered, never part of ``FULL``
# or ``SUBSET``; ``python -m benchmarks.extraction_quality --held-out`` scores them from
# their reference text.
HELD_OUT: tuple[Script, ...] = (
    _script(
        "ho_longere_fioul",
        "Brittany, a yearly bill, slate roof, fixed line in words and the wife's mobile",
        """
        A: Bonjour monsieur, Manon du cabinet Ouest Habitat Énergie. Je cherche à joindre
           monsieur Le Goff.
        C: C'est moi-même. Pierre-Yves Le Goff.
        A: Enchantée. Je vous contacte dans le cadre des aides à la rénovation énergétique : pompe
           à chaleur, panneaux photovoltaïques. Vous avez un petit moment ?
        C: Ça dépend combien de temps. Je suis en train de bricoler.
        A: Cinq minutes, pas plus. Vous habitez une maison ?
        C: Oui, une longère qu'on a retapée, ma femme et moi. Elle est à nous depuis
           quatre-vingt-dix-huit.
        A: Et aujourd'hui, quelle énergie pour le chauffage ?
        C: Le fioul. Une vieille chaudière qui a plus de vingt ans. Justement, on se pose la
           question d'une pompe à chaleur.
        A: C'est exactement le genre de projet qu'on accompagne. Côté électricité, vous dépensez
           combien ?
        C: Je regarde à l'année, moi. On est à mille neuf cents euros, à peu près, sur l'année.
        A: Mille neuf cents euros par an, d'accord. La maison fait combien de mètres carrés
           habitables ?
        C: Cent dix, avec les combles aménagés.
        A: Le toit, c'est de l'ardoise ?
        C: Oui, de l'ardoise naturelle, comme partout dans le coin.
        A: Et le grand pan du toit donne de quel côté ?
        C: Côté ouest. Côté jardin.
        A: Très bien. Pour le dossier d'aides, vous avez quel âge, vous et votre épouse ?
        C: Moi, soixante-quatre ans. Ma femme en a soixante et un.
        A: Vous êtes en activité ?
        C: Moi, je suis retraité de la marine. Ma femme travaille encore, elle est aide à
           domicile.
        A: Vous avez des enfants ?
        C: Trois, mais ils sont grands, ils sont partis depuis longtemps.
        A: L'adresse, c'est bien le 4 route de Bénodet ?
        C: C'est ça, quatre route de Bénodet, à Quimper. Vingt-neuf mille.
        A: Et pour vous joindre ?
        C: Le fixe : zéro deux, quatre-vingt-dix-huit, cinquante-cinq, treize, zéro sept.
        A: Zéro deux, quatre-vingt-dix-huit, cinquante-cinq, treize, zéro sept. Vous avez un
           portable aussi ?
        C: Celui de ma femme, c'est le 06 71 30 84 26. Moi, je n'en ai pas.
        A: Un technicien peut vous rappeler pour l'étude. Vous préférez quel jour ?
        C: Mardi matin, vers onze heures et demie. Avant, je suis au marché.
        A: Mardi matin, onze heures trente, c'est noté. Merci monsieur Le Goff, bonne journée.
        C: Au revoir, mademoiselle.
        """,
        client="Mr",
        client_first_name_data_ia="Pierre-Yves",
        client_last_name_data_ia="Le Goff",
        client_phone_number="0298551307",
        client_city_data_ia="Quimper",
        client_address_data_ia="4 route de Bénodet",
        client_postal_code_data_ia="29000",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="1900",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="110",
        toiture_data_ia="ardoises",
        orientation_data_ia="ouest",
        age_mr_data_ia="64",
        age_mme_data_ia="61",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="aide à domicile",
        tel2_data_ia="0671308426",
        creneau_rappel_data_ia="mardi matin",
        heure_rappel_data_ia="11h30",
        **_OWNER,
    ),
    _script(
        "ho_locataire_pac",
        "a tenant near Lyon: heat pump, a bill band, postal code in words, no callback",
        """
        A: Allô, bonjour madame. Kevin, de Rhône Solaire Conseil. Je suis bien chez madame
           Nguyen ?
        C: Oui, c'est moi. Anne-Sophie Nguyen. C'est pour quoi ?
        A: On fait une campagne d'information sur l'autoconsommation solaire dans votre quartier.
           Vous habitez bien une maison ?
        C: Oui, une petite maison de ville, à Villeurbanne.
        A: Vous savez comment elle est chauffée ?
        C: Par une pompe à chaleur. Elle a été installée avant qu'on arrive.
        A: Et vous en êtes propriétaire ?
        C: Non, on loue. Ça fait deux ans qu'on est locataires.
        A: D'accord. Et votre facture d'électricité, elle est de combien ?
        C: Je dirais entre quatre-vingts et cent euros par mois, ça dépend de l'hiver.
        A: Ce serait intéressant d'en parler à votre propriétaire. Vous pourriez lui transmettre
           nos coordonnées ?
        C: Honnêtement, non. C'est une agence qui gère, ils ne font jamais rien. Et je ne vais pas
           payer des panneaux sur une maison qui n'est pas à moi.
        A: Je comprends tout à fait. Vous êtes à quel code postal, pour nos statistiques ?
        C: Soixante-neuf mille cent.
        A: Merci. Vous ne voulez pas qu'on vous recontacte plus tard ?
        C: Non, ce n'est pas la peine. Bonne journée.
        A: Bonne journée, madame Nguyen.
        """,
        client="Mme",
        objections="locataire ; l'agence ne fait pas de travaux ; ne paiera pas pour un bien loué",
        client_first_name_data_ia="Anne-Sophie",
        client_last_name_data_ia="Nguyen",
        client_city_data_ia="Villeurbanne",
        client_postal_code_data_ia="69100",
        proprietaire_data_ia="non",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="entre 80 et 100",
        mensuelle_annuelle_data_ia="mensuelle",
        **_LOST,
    ),
    _script(
        "ho_refus_age",
        "an elderly widow refuses: too old for works, small bill band, no callback",
        """
        A: Bonjour madame, ici Yanis, de la société Éco Confort Habitat. Je suis bien chez madame
           Martinez, à Montauban ?
        C: Oui, c'est moi. Qui est à l'appareil ?
        A: Yanis, d'Éco Confort Habitat. On accompagne les propriétaires qui veulent baisser leurs
           factures avec des panneaux solaires. Vous êtes propriétaire de votre maison, madame ?
        C: Oui, la maison est à moi, mais...
        A: Et vous vous chauffez comment, actuellement ?
        C: Au fuel. Mais écoutez, jeune homme, j'ai quatre-vingt-deux ans. Je ne vais pas me
           lancer dans des travaux à mon âge.
        A: Je comprends. Pourtant, les économies se voient dès la première année. Votre
           électricité, ça vous coûte combien par mois ?
        C: Moins de quatre-vingts euros, je fais très attention. Je vis seule depuis que mon mari
           est décédé.
        A: Je suis désolé, madame. Même pour une petite facture, une étude gratuite permettrait
           de...
        C: Non. Je vous arrête. Je ne veux pas d'étude, je ne veux pas de panneaux, et je ne veux
           pas qu'on me rappelle. Mon neveu m'a dit de ne jamais rien signer au téléphone.
        A: Votre neveu a raison d'être prudent, on ne fait rien signer par téléphone. Mais je
           n'insiste pas.
        C: Merci. Au revoir, monsieur.
        A: Au revoir, madame Martinez.
        """,
        client="Mme",
        objections="trop âgée pour des travaux ; refuse étude et rappel ; méfiance du démarchage",
        client_last_name_data_ia="Martinez",
        client_city_data_ia="Montauban",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="moins_de_80",
        mensuelle_annuelle_data_ia="mensuelle",
        age_mme_data_ia="82",
        situation_familiale_data_ia="veuve",
        **_LOST,
    ),
    _script(
        "ho_corrections_alsace",
        "Alsace: first name, house number, age and phone corrected; the slot is moved",
        """
        A: Bonjour, Alexandre, du service rénovation d'Alsace Énergies Nouvelles. Je suis bien
           avec madame Marie-Claire Fontaine ?
        C: Marie-Claude. Marie-Claude Fontaine. On se trompe tout le temps.
        A: Pardon, madame Fontaine. Je vous appelle suite à votre simulation en ligne pour des
           panneaux solaires. Je vérifie quelques informations. Votre adresse, c'est le 9 rue
           des Jardins, à Colmar ?
        C: Non, ce n'est pas la bonne adresse. C'est le 19. Dix-neuf, rue des Jardins.
        A: Je corrige : 19 rue des Jardins, 68000 Colmar.
        C: Voilà.
        A: Vous êtes propriétaires, votre mari et vous ?
        C: Oui, depuis dix ans.
        A: Le chauffage, c'est au gaz ?
        C: Oui, une chaudière gaz, on l'a changée l'an dernier.
        A: Et la facture d'électricité par mois ?
        C: Cent dix euros, en prélèvement mensuel.
        A: Combien de mètres carrés ?
        C: Cent vingt-cinq.
        A: La toiture est en tuiles ?
        C: Oui, des tuiles plates, en bon état.
        A: Elle est orientée comment ?
        C: Plein sud, côté rue.
        A: Parfait pour le solaire. Vous avez quel âge, madame Fontaine ?
        C: Cinquante-trois ans. Non pardon, cinquante-quatre, depuis le mois de mars.
        A: Et votre mari ?
        C: Il a cinquante-huit ans. Il est retraité de la SNCF, il a pu partir tôt.
        A: Et vous, vous travaillez ?
        C: Oui, je suis infirmière libérale. Ça fait neuf ans que je suis à mon compte.
        A: Vous avez des enfants à charge ?
        C: Non, plus personne à la maison.
        A: Le numéro que j'ai, c'est le 06 45 18 72 39 ?
        C: Non, c'est le 06 45 18 72 93. Le neuf avant le trois.
        A: 06 45 18 72 93, je corrige. Un conseiller peut vous rappeler jeudi à 10 heures ?
        C: Jeudi, je suis en tournée toute la journée. Plutôt vendredi après-midi, vers quinze
           heures.
        A: Vendredi après-midi, quinze heures. C'est noté, madame Fontaine. Bonne journée.
        C: Merci, à vous aussi.
        """,
        client="Mme",
        client_first_name_data_ia="Marie-Claude",
        client_last_name_data_ia="Fontaine",
        client_phone_number="0645187293",
        client_city_data_ia="Colmar",
        client_address_data_ia="19 rue des Jardins",
        client_postal_code_data_ia="68000",
        adresse_modifiee="1",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="110",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="125",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        age_mr_data_ia="58",
        age_mme_data_ia="54",
        situation_familiale_data_ia="mariée",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="indépendante depuis 9 ans",
        creneau_rappel_data_ia="vendredi après-midi",
        heure_rappel_data_ia="15h",
        **_OWNER,
    ),
    _script(
        "ho_retraites_gironde",
        "two retirees near Bordeaux: convectors, free roof, income, fixed line in words",
        """
        A: Bonjour madame, Inès, de Gironde Solaire. Est-ce que je parle bien à madame Hamon ?
        C: Oui, Brigitte Hamon. Bonjour.
        A: Madame Hamon, on propose en ce moment des études gratuites pour l'installation de
           panneaux photovoltaïques. Est-ce que vous êtes propriétaire de votre logement ?
        C: Oui, avec mon mari, Jean-Luc. On a fait construire il y a trente ans.
        A: Comment est-ce que vous chauffez la maison ?
        C: À l'électricité. Des convecteurs, un peu partout.
        A: Ça doit faire une facture importante. Vous payez combien, à peu près ?
        C: Deux cent dix euros par mois. On a la mensualisation.
        A: Et la maison fait quelle superficie ?
        C: Cent soixante mètres carrés, de plain-pied.
        A: Le toit, c'est de la tuile ?
        C: De la tuile canal, oui, comme dans toute la région.
        A: Vous savez vers où il est orienté ?
        C: Sud-est. Enfin, surtout sud : le soleil tape dessus jusqu'au milieu de l'après-midi.
        A: Et sur ce pan, il y a de la place ? Il faut une vingtaine de mètres carrés libres.
        C: Oh, largement. Il n'y a rien dessus, pas de fenêtre, rien. Au moins trente mètres
           carrés.
        A: Très bien. Vous êtes à la retraite, tous les deux ?
        C: Oui. Moi, je suis retraitée de l'Éducation nationale. Mon mari est retraité de la
           SNCF.
        A: Et vos âges, s'il vous plaît ?
        C: J'ai soixante-six ans. Jean-Luc en a soixante-neuf.
        A: Vous avez des enfants ?
        C: Deux garçons, qui vivent à Bordeaux.
        A: Pour estimer vos aides, le revenu du foyer, à peu près ?
        C: Nos deux retraites, ça fait environ trois mille quatre cents euros par mois.
        A: Merci. Votre adresse ?
        C: Quinze bis, avenue du Médoc, à Pessac. Trente-trois mille six cents.
        A: Le meilleur numéro pour vous joindre ?
        C: Mon portable, le 06 08 52 14 77. Ou le fixe : zéro cinq, cinquante-six, trente-six,
           quarante et un, dix-huit.
        A: Un conseiller peut passer vous voir pour l'étude. Quel jour vous arrange ?
        C: Lundi après-midi, on est toujours là. Vers treize heures trente, après le déjeuner.
        A: Lundi, treize heures trente. Merci madame Hamon, à bientôt.
        C: Merci, au revoir.
        """,
        client="Mme",
        client_first_name_data_ia="Brigitte",
        client_last_name_data_ia="Hamon",
        client_phone_number="0608521477",
        client_city_data_ia="Pessac",
        client_address_data_ia="15 bis avenue du Médoc",
        client_postal_code_data_ia="33600",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="210",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="160",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="69",
        age_mme_data_ia="66",
        situation_familiale_data_ia="mariée, 2 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="retraitée",
        revenu_data_ia="3400 euros par mois",
        tel2_data_ia="0556364118",
        creneau_rappel_data_ia="lundi après-midi",
        heure_rappel_data_ia="13h30",
        **_OWNER,
    ),
    _script(
        "ho_bois_savoie",
        "mountains: wood stove, yearly bill and income, metal roof, a corrected phone number",
        """
        A: Bonjour, monsieur Bertrand ? Ici Margaux, d'Alpes Rénov Énergie.
        C: Oui, bonjour.
        A: Vous aviez rempli une demande sur notre site pour une étude photovoltaïque. C'est bien
           vous, Laurent Bertrand ?
        C: Oui, c'est moi.
        A: Super. Je vais vous poser quelques questions, ça prendra cinq minutes. Vous êtes
           propriétaire de la maison ?
        C: Oui, on l'a achetée il y a sept ans, avec ma compagne.
        A: Vous vous chauffez avec quoi ?
        C: Principalement au bois, on a un poêle dans le séjour. Et quelques radiateurs
           électriques d'appoint dans les chambres.
        A: Et votre consommation d'électricité, ça représente combien ?
        C: Sur l'année, environ mille quatre cents euros.
        A: D'accord, mille quatre cents par an. Quelle surface habitable ?
        C: Quatre-vingt-dix mètres carrés.
        A: La couverture du toit, c'est quoi ?
        C: De la tôle. C'est courant, ici, à cause de la neige.
        A: Et l'orientation du toit ?
        C: Le grand pan regarde vers l'est. L'après-midi, la montagne nous fait de l'ombre.
        A: Vous avez quel âge, si je peux me permettre ?
        C: Quarante-quatre ans. Ma compagne, quarante et un.
        A: Vous êtes mariés ?
        C: Non, pacsés. Avec deux enfants, six et neuf ans.
        A: Et côté travail ?
        C: Je suis menuisier, à mon compte depuis quinze ans. Ma compagne est aide-soignante, en
           CDI à l'hôpital d'Annecy.
        A: Pour le plan de financement, votre revenu annuel, à peu près ?
        C: À nous deux, autour de cinquante-deux mille euros par an.
        A: Merci. L'adresse pour la visite ?
        C: Vingt-sept, route d'Annecy, à Seynod. Le code postal, c'est 74600.
        A: Et un numéro ?
        C: Zéro six, soixante et onze, quatre-vingt-trois, zéro deux, quarante-quatre. Non,
           pardon, c'est zéro six, soixante et onze, quatre-vingt-trois, zéro deux,
           quarante-cinq.
        A: Zéro six, soixante et onze, quatre-vingt-trois, zéro deux, quarante-cinq. Le
           conseiller vous rappelle quand ?
        C: Samedi matin, à neuf heures, si c'est possible.
        A: Samedi matin, neuf heures. Parfait, monsieur Bertrand, bonne journée.
        C: Bonne journée.
        """,
        client="Mr",
        client_first_name_data_ia="Laurent",
        client_last_name_data_ia="Bertrand",
        client_phone_number="0671830245",
        client_city_data_ia="Seynod",
        client_address_data_ia="27 route d'Annecy",
        client_postal_code_data_ia="74600",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="1400",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="90",
        toiture_data_ia="tôle",
        orientation_data_ia="est",
        age_mr_data_ia="44",
        age_mme_data_ia="41",
        situation_familiale_data_ia="pacsé, 2 enfants",
        activite_mr_data_ia="indépendant depuis 15 ans",
        activite_mme_data_ia="CDI",
        revenu_data_ia="52000 euros par an",
        creneau_rappel_data_ia="samedi matin",
        heure_rappel_data_ia="9h",
        **_OWNER,
    ),
    _script(
        "ho_conjoint_nantes",
        "no first name, 'mon conjoint', heat pump, little free roof, no address, slot moved",
        """
        A: Bonjour, madame Boyer ? Théo, de la société Atlantique Éco Énergie.
        C: Oui... bonjour.
        A: Je vous dérange ? Je vous appelle à propos des panneaux solaires et des primes à
           l'autoconsommation.
        C: J'ai cinq minutes, je vais chercher ma fille après.
        A: Alors je fais vite. Vous êtes propriétaire ?
        C: Oui. On a fini de rembourser la maison l'an dernier.
        A: Et le chauffage ?
        C: Une pompe à chaleur air-eau. Depuis quatre ans.
        A: Vous payez combien d'électricité ?
        C: Quatre-vingt-cinq euros de mensualité.
        A: Votre toit, il est en quoi ?
        C: En ardoises.
        A: Orienté vers ?
        C: Vers l'ouest. On a le soleil le soir.
        A: Et il y a de la surface libre sur le toit ?
        C: Pas tant que ça. Il y a deux velux et la cheminée. Il reste peut-être douze mètres
           carrés.
        A: D'accord. Vous avez quel âge, madame Boyer ?
        C: Quarante-huit ans.
        A: Vous vivez en couple ?
        C: Oui, avec mon conjoint, depuis quinze ans. On n'est pas mariés. Et on a une fille, elle
           a onze ans.
        A: Votre conjoint a quel âge ?
        C: Il a cinquante ans.
        A: Vous travaillez tous les deux ?
        C: Moi, je suis aide à domicile. Lui, il est en CDI chez Airbus.
        A: Vous êtes bien à Rezé ?
        C: Oui, à Rezé. Quarante-quatre mille quatre cents.
        A: Et l'adresse exacte ?
        C: Je préfère ne pas la donner au téléphone. Le conseiller l'aura quand on prendra
           rendez-vous.
        A: Pas de souci. Le numéro pour vous rappeler ?
        C: Mon portable, le 07 81 44 29 60. Et celui de mon conjoint, le 06 59 13 08 72.
        A: Un conseiller peut vous rappeler mercredi matin ?
        C: Non, le mercredi, j'ai ma fille. Plutôt jeudi après-midi, vers cinq heures.
        A: Jeudi après-midi, dix-sept heures. Très bien, merci madame Boyer.
        C: Merci, au revoir.
        """,
        client="Mme",
        client_last_name_data_ia="Boyer",
        client_phone_number="0781442960",
        client_city_data_ia="Rezé",
        client_postal_code_data_ia="44400",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="85",
        mensuelle_annuelle_data_ia="mensuelle",
        toiture_data_ia="ardoises",
        orientation_data_ia="ouest",
        toit_libre="moins de 20m",
        age_mr_data_ia="50",
        age_mme_data_ia="48",
        situation_familiale_data_ia="en couple, 1 enfant",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="aide à domicile",
        tel2_data_ia="0659130872",
        creneau_rappel_data_ia="jeudi après-midi",
        heure_rappel_data_ia="17h",
        **_OWNER,
    ),
    _script(
        "ho_demenagement_metz",
        "a move from a flat to a house, postal code in words, a bill band, orientation unknown",
        """
        A: Bonjour monsieur, c'est Julie, de Lorraine Habitat Solaire. Je suis bien chez
           monsieur Benali, au 3 rue Serpenoise, à Metz ?
        C: Benali, oui, Karim. Mais on n'habite plus rue Serpenoise. C'était un appartement, on a
           acheté une maison il y a six mois.
        A: Félicitations ! Et elle est où, cette maison ?
        C: À Montigny-lès-Metz. Huit bis, rue Pasteur.
        A: Le code postal ?
        C: Cinquante-sept mille neuf cent cinquante.
        A: Merci. Vous êtes donc propriétaire. Comment elle est chauffée ?
        C: Chaudière gaz à condensation. Elle est récente.
        A: Et l'électricité, vous avez une idée de la facture ?
        C: Pas le montant exact, on vient d'arriver. Mais c'est plus de cent euros par mois,
           c'est sûr.
        A: Et la surface ?
        C: Quatre-vingt-quinze mètres carrés.
        A: Le toit est en tuiles ?
        C: Oui, en tuiles. Pour l'orientation, aucune idée, il faudrait que je regarde.
        A: Pas de problème. Vous êtes marié ?
        C: Oui, marié, avec un bébé de six mois.
        A: Vous avez quel âge, votre femme et vous ?
        C: J'ai trente-quatre ans, ma femme trente-deux.
        A: Vos professions ?
        C: Je suis technicien chez Enedis, en CDI. Ma femme est fonctionnaire, elle travaille à
           la mairie.
        A: Le numéro pour le conseiller ?
        C: Zéro sept, soixante-huit, dix, cinquante-six, trente-quatre. Ou ma femme, au 06 27 93
           40 15.
        A: Et quand est-ce qu'on peut vous rappeler ?
        C: Le soir, après dix-huit heures trente. Le mercredi, c'est le mieux.
        A: Mercredi soir, à partir de dix-huit heures trente. Merci monsieur Benali.
        C: Merci, bonne soirée.
        """,
        client="Mr",
        client_first_name_data_ia="Karim",
        client_last_name_data_ia="Benali",
        client_phone_number="0768105634",
        client_city_data_ia="Montigny-lès-Metz",
        client_address_data_ia="8 bis rue Pasteur",
        client_postal_code_data_ia="57950",
        adresse_modifiee="1",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="plus_de_100",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="95",
        toiture_data_ia="tuiles",
        age_mr_data_ia="34",
        age_mme_data_ia="32",
        situation_familiale_data_ia="marié, 1 enfant",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="fonctionnaire",
        tel2_data_ia="0627934015",
        creneau_rappel_data_ia="mercredi soir",
        heure_rappel_data_ia="18h30",
        **_OWNER,
    ),
    _script(
        "ho_nord_normandie",
        "a divorced driver: north-facing roof, bill corrected, monthly income, no address",
        """
        A: Bonjour monsieur, je suis Clément, conseiller chez Normandie Énergie Verte. Vous êtes
           monsieur Morel ?
        C: Oui, Jean-François Morel. Vous vendez quoi ?
        A: Rien au téléphone, rassurez-vous. On réalise des études pour des panneaux solaires,
           avec les aides de l'État. Vous êtes propriétaire d'une maison ?
        C: Oui, une maison à Hérouville-Saint-Clair, à côté de Caen.
        A: Très bien. Votre chauffage ?
        C: Tout électrique. Le chauffage au sol.
        A: Et votre facture d'électricité ?
        C: Cent cinquante euros par mois. Non, pardon, cent soixante-cinq, ils ont encore
           augmenté en janvier.
        A: Cent soixante-cinq euros par mois. Votre toit, il est orienté comment ?
        C: Ah, c'est le problème. Le grand pan est plein nord. De l'autre côté, c'est le garage,
           avec un toit plat.
        A: Un toit au nord, ce n'est pas idéal, mais le conseiller regardera le toit du garage.
           C'est quelle surface, la maison ?
        C: Quatre-vingt-cinq mètres carrés.
        A: Et la toiture de la maison, c'est de l'ardoise ?
        C: Non, des tuiles.
        A: Vous êtes marié ?
        C: Divorcé. J'ai deux enfants, en garde alternée.
        A: Vous avez quel âge ?
        C: Cinquante-sept ans.
        A: Et vous travaillez ?
        C: Chauffeur routier, en CDI, depuis vingt ans.
        A: Votre revenu mensuel, à peu près ?
        C: Deux mille cent euros net par mois.
        A: Je vous confirme le numéro : 06 33 17 48 02 ?
        C: Oui. Et le fixe, si vous voulez : 02 31 47 65 90.
        A: Le conseiller peut vous rappeler quand ?
        C: Vendredi matin, de bonne heure. Huit heures et demie, je ne pars qu'à neuf heures.
        A: Vendredi matin, huit heures trente. Merci monsieur Morel.
        C: Au revoir.
        """,
        client="Mr",
        client_first_name_data_ia="Jean-François",
        client_last_name_data_ia="Morel",
        client_phone_number="0633174802",
        client_city_data_ia="Hérouville-Saint-Clair",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="165",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="85",
        toiture_data_ia="tuiles",
        orientation_data_ia="nord",
        age_mr_data_ia="57",
        situation_familiale_data_ia="divorcé, 2 enfants",
        activite_mr_data_ia="CDI",
        revenu_data_ia="2100 euros par mois",
        tel2_data_ia="0231476590",
        creneau_rappel_data_ia="vendredi matin",
        heure_rappel_data_ia="8h30",
        **_OWNER,
    ),
    _script(
        "ho_gaz_occitanie",
        "the gas bill first mistaken for electricity, 'ma compagne', a lunchtime callback",
        """
        A: Oui, bonjour, monsieur Roche ? Lina, d'Occitanie Solaire Conseil.
        C: Lui-même. Jean-Baptiste Roche. Bonjour.
        A: Je vous appelle parce que vous avez téléchargé notre guide sur les aides à la
           rénovation. Vous avez quelques minutes ?
        C: Oui, je suis en pause. Allez-y.
        A: Vous êtes propriétaire de votre logement ?
        C: Oui, une maison, à Castelnau-le-Lez.
        A: Le code postal, c'est le 34170 ?
        C: C'est ça, trente-quatre mille cent soixante-dix.
        A: Comment vous chauffez-vous ?
        C: Au gaz. On pense à une pompe à chaleur, d'ailleurs.
        A: Et vous payez combien d'électricité ?
        C: Cent vingt-cinq euros par mois. Ah non, pardon, ça, c'est le gaz. L'électricité, c'est
           soixante-dix.
        A: Soixante-dix euros par mois d'électricité. Le toit est en tuiles ?
        C: Oui, tuiles romanes.
        A: Orientation ?
        C: Plein sud. On a une terrasse dessous, on grille l'été.
        A: Il y a au moins vingt mètres carrés de toit disponibles ?
        C: Oui, une quarantaine de mètres carrés sans rien dessus.
        A: Et votre surface habitable ?
        C: Cent trente mètres carrés.
        A: Vous êtes marié ?
        C: Non, on vit ensemble, avec ma compagne, Léa. Pas mariés. Deux enfants.
        A: Vos âges ?
        C: Trente-huit ans. Léa a trente-cinq ans.
        A: Vous travaillez ?
        C: Je suis paysagiste. Je travaille à mon compte depuis quatre ans. Léa est sans emploi en
           ce moment.
        A: Un conseiller vous rappelle pour l'étude. Quand êtes-vous joignable ?
        C: Mardi midi, pendant ma pause. À midi et demi.
        A: Mardi à midi et demi. Au 06 14 72 55 38 ?
        C: Oui, c'est ça.
        A: Merci monsieur Roche, bonne fin de journée.
        C: Merci, au revoir.
        """,
        client="Mr",
        client_first_name_data_ia="Jean-Baptiste",
        client_last_name_data_ia="Roche",
        client_phone_number="0614725538",
        client_city_data_ia="Castelnau-le-Lez",
        client_postal_code_data_ia="34170",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="70",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="130",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="38",
        age_mme_data_ia="35",
        situation_familiale_data_ia="en couple, 2 enfants",
        activite_mr_data_ia="indépendant depuis 4 ans",
        activite_mme_data_ia="sans emploi",
        creneau_rappel_data_ia="mardi midi",
        heure_rappel_data_ia="12h30",
        **_OWNER,
    ),
)


def by_name(name: str) -> Script:
    """The script called ``name``, in ``SCRIPTS`` or one of the held-out sets."""
    known = (
        *SCRIPTS,
        *HELD_OUT,
        *HELD_OUT_2,
        *HELD_OUT_3,
        *HELD_OUT_4,
        *HELD_OUT_5,
        *HELD_OUT_6,
        *HELD_OUT_7,
        *HELD_OUT_8,
        *HELD_OUT_9,
        *HELD_OUT_10,
        *HELD_OUT_11,
        *HELD_OUT_12,
        *HELD_OUT_13,
        *HELD_OUT_14,
        *HELD_OUT_15,
        *HELD_OUT_16,
    )
    for script in known:
        if script.name == name:
            return script
    raise KeyError(f"no script named {name!r}; known: {', '.join(s.name for s in known)}")


# A second held-out set (names ``h2_*``), written once HELD_OUT had been used to fix the
# rules, without reading the extractors and without running any of them on it, so that
# one more honest measurement remains. Nobody tunes on it: never rendered, never part of
# ``FULL`` or ``SUBSET``; ``python -m benchmarks.extraction_quality --held-out 2`` scores
# it from its reference text.
HELD_OUT_2: tuple[Script, ...] = (
    _script(
        "h2_reunion_tole",
        "La Réunion: postal code digit by digit, no heating, two-monthly bill, tin roof, north",
        """
        A: Bonjour monsieur, Mélissa, de Réunion Solaire Habitat. Je suis bien chez monsieur Payet ?
        C: Oui, Payet, Didier Payet. Bonjour madame.
        A: Je vous appelle suite à la demande que vous avez faite sur notre site, pour des panneaux
           photovoltaïques. Vous avez quelques minutes ?
        C: Oui, je suis sous la varangue, j'ai tout mon temps.
        A: Parfait. Vous êtes propriétaire de votre maison ?
        C: Oui, on l'a fait construire en deux mille quatre, ma femme et moi. Le terrain était à mes
           parents.
        A: Très bien. Vous êtes sur quelle commune ?
        C: Au Tampon, dans les hauts.
        A: Et le code postal ?
        C: Neuf, sept, quatre, trois, zéro.
        A: 97430, merci. Et votre adresse ?
        C: Quatorze, chemin des Fougères. Après l'église, la troisième à gauche.
        A: 14 chemin des Fougères, c'est noté. Vous avez un chauffage, là-haut ? Il fait frais
           l'hiver, au Tampon.
        C: Non, pas de chauffage. Quand il fait frais, on met un pull, c'est tout. Pour l'eau
           chaude, on a un chauffe-eau solaire depuis dix ans.
        A: Et votre facture d'électricité, elle est de combien ?
        C: Ici, on est facturés tous les deux mois. La dernière, c'était deux cent trente euros. Ça
           fait à peu près cent quinze par mois.
        A: Cent quinze euros par mois, d'accord. Qu'est-ce qui consomme le plus, chez vous ?
        C: Le congélateur, la pompe de la citerne, et la télé des petits-enfants quand ils sont là.
        A: La maison fait quelle surface ?
        C: Quatre-vingt-huit mètres carrés, sans compter la varangue.
        A: Et le toit, il est en quoi ?
        C: En tôle, comme presque toutes les cases ici. On l'a repeint l'année dernière, il est en
           bon état.
        A: Il est orienté comment, le grand pan ?
        C: Plein nord. Ici, c'est le bon côté, le soleil passe au nord.
        A: Exactement, à La Réunion c'est la meilleure orientation. Sur ce pan, vous avez au moins
           vingt mètres carrés de libre ?
        C: Largement. Il n'y a rien dessus, ni antenne ni fenêtre. Trente, trente-cinq mètres
           carrés.
        A: Très bien. Je me permets quelques questions pour le dossier d'aides. Quel âge avez-vous ?
        C: Cinquante-neuf ans. Ma femme, Josiane, en a cinquante-six.
        A: Vous êtes mariés ?
        C: Oui, mariés depuis trente-deux ans. Trois enfants, ils sont tous partis travailler en
           métropole.
        A: Et vous travaillez encore, tous les deux ?
        C: Moi, je suis fonctionnaire, à la mairie de Saint-Pierre. Josiane tient une petite
           boutique de tissus, elle est à son compte depuis dix-huit ans.
        A: Merci. Un numéro pour que le technicien vous joigne ?
        C: Mon portable : zéro six, quatre-vingt-douze, quarante et un, dix-sept, soixante-trois.
        A: 06 92 41 17 63. Le technicien peut passer voir la toiture. Quel jour vous arrange ?
        C: Mercredi matin, de bonne heure, avant qu'il fasse trop chaud sur le toit. Vers huit
           heures.
        A: Mercredi matin, huit heures, c'est noté. Merci monsieur Payet, bonne journée.
        C: Merci madame, bonne journée à vous.
        """,
        client="Mr",
        client_first_name_data_ia="Didier",
        client_last_name_data_ia="Payet",
        client_phone_number="0692411763",
        client_city_data_ia="Le Tampon",
        client_address_data_ia="14 chemin des Fougères",
        client_postal_code_data_ia="97430",
        proprietaire_data_ia="oui",
        facture_data_ia="115",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="88",
        toiture_data_ia="tôle",
        orientation_data_ia="nord",
        toit_libre="20m",
        age_mr_data_ia="59",
        age_mme_data_ia="56",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="fonctionnaire",
        activite_mme_data_ia="indépendante depuis 18 ans",
        creneau_rappel_data_ia="mercredi matin",
        heure_rappel_data_ia="8h",
        **_OWNER,
    ),
    _script(
        "h2_tout_dun_coup",
        "one long turn answers five questions; pellet stove, 97 m² in words, two phones",
        """
        A: Bonjour monsieur, Romane, d'Auvergne Éco Rénov. Je suis bien chez monsieur Chabrier ?
        C: Oui, Michel Chabrier, c'est moi.
        A: Je vous appelle pour une étude gratuite : panneaux solaires, et éventuellement isolation.
           Pour savoir si votre maison s'y prête, j'ai besoin de quelques informations : si vous
           êtes propriétaire, comment vous vous chauffez, la surface, la toiture.
        C: Alors je vais tout vous dire d'un coup, comme ça c'est fait. Propriétaire, oui, depuis
           quatre-vingt-neuf. On se chauffe avec un poêle à pellets dans le séjour, il chauffe toute
           la maison, on n'a rien d'autre. La maison fait quatre-vingt-dix-sept mètres carrés, sur
           deux niveaux. Le toit, c'est de la tuile, il est orienté plein sud, et il n'y a pas de
           velux de ce côté-là, donc de la place, il y en a : au moins vingt-cinq mètres carrés. Et
           l'électricité, on paie cent douze euros par mois, en prélèvement.
        A: Eh bien, vous m'avez presque tout dit ! Je répète : propriétaire, poêle à pellets,
           quatre-vingt-dix-sept mètres carrés, toit en tuiles plein sud, cent douze euros par mois.
        C: C'est ça.
        A: Et le poêle, vous en êtes content ?
        C: Très. Les granulés ont augmenté, mais ça reste moins cher que le fioul qu'on avait avant.
        A: Pour les aides, il me faut aussi votre situation familiale. Vous êtes marié ?
        C: Marié, deux enfants, mais ils ont quitté la maison depuis longtemps. J'ai soixante-deux
           ans, ma femme soixante tout rond. Moi, je suis retraité depuis deux ans, j'étais chez
           Michelin, à Clermont. Ma femme travaille encore, elle est en CDI à la pharmacie du bourg.
        A: Merci, c'est très complet. Votre adresse ?
        C: Dix-sept, rue des Granges, à Issoire. Soixante-trois mille cinq cents.
        A: Et pour vous joindre ?
        C: Le fixe, 04 73 89 52 16. Sinon mon portable, 06 81 57 03 94, mais il ne capte pas bien à
           la maison.
        A: Un conseiller va vous rappeler pour fixer la visite. Quel moment vous convient ?
        C: Vendredi matin, vers onze heures. L'après-midi, je suis au jardin.
        A: Vendredi matin, onze heures. Une dernière chose : vous avez entendu parler de la prime
           pour l'isolation des combles ?
        C: Vaguement. Le conseiller m'en parlera, je suppose.
        A: Bien sûr. Merci monsieur Chabrier, bonne journée.
        C: Au revoir, madame.
        """,
        client="Mr",
        client_first_name_data_ia="Michel",
        client_last_name_data_ia="Chabrier",
        client_phone_number="0473895216",
        client_city_data_ia="Issoire",
        client_address_data_ia="17 rue des Granges",
        client_postal_code_data_ia="63500",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="112",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="97",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="62",
        age_mme_data_ia="60",
        situation_familiale_data_ia="marié, 2 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="CDI",
        tel2_data_ia="0681570394",
        creneau_rappel_data_ia="vendredi matin",
        heure_rappel_data_ia="11h",
        **_OWNER,
    ),
    _script(
        "h2_recap_corrige",
        "heat-pump lead: the agent's summary swaps digits, the client corrects three of them",
        """
        A: Bonjour madame, Bastien, de Limousin Confort Habitat. Je suis bien chez madame Rey ?
        C: Oui, Hélène Rey. Bonjour.
        A: Vous aviez demandé des informations sur la pompe à chaleur et sur le solaire. Je peux
           vous poser quelques questions pour préparer la visite ?
        C: Oui, je vous écoute.
        A: Vous êtes propriétaire de la maison ?
        C: Oui, depuis 2008.
        A: Comment vous chauffez-vous ?
        C: Avec une chaudière au fioul. Elle a vingt-deux ans et elle tombe en panne tous les
           hivers. C'est pour ça que je vous ai contactés.
        A: Je comprends. La maison fait combien de mètres carrés ?
        C: 104 mètres carrés.
        A: Et votre facture d'électricité, par mois ?
        C: 68 euros par mois. L'électricité, ça va, c'est le fioul qui coûte cher.
        A: Le toit est en quoi ?
        C: En ardoises.
        A: Et il est orienté comment ?
        C: Le grand pan est au sud, côté jardin.
        A: Vous vivez seule, ou en famille ?
        C: Avec mon mari et notre fille, elle a dix-sept ans. On est mariés depuis vingt ans.
        A: Vos âges, s'il vous plaît ?
        C: J'ai 51 ans, et mon mari 53.
        A: Et vos professions ?
        C: Je suis aide-soignante, en CDI, à l'hôpital de Limoges. Mon mari est fonctionnaire, il
           travaille aux impôts.
        A: Votre adresse ?
        C: 24 allée des Châtaigniers, à Panazol.
        A: Je vous fais un petit récapitulatif, pour être sûr de ne rien oublier. Vous habitez au 22
           allée des Châtaigniers, à Panazol, 87350. Une maison de 140 mètres carrés, chauffée au
           fioul, une facture d'électricité de 86 euros par mois, un toit en ardoises orienté au
           sud. Vous avez 51 ans, votre mari 53. C'est bien ça ?
        C: Presque. C'est le 24, pas le 22. La maison fait 104 mètres carrés, pas 140. Et
           l'électricité, c'est 68 euros, pas 86. Le reste, c'est bon.
        A: Pardon, j'ai inversé les chiffres. 24 allée des Châtaigniers, 104 mètres carrés, 68 euros
           par mois. Et le code postal, c'est bien 87350 ?
        C: Oui, c'est bien ça.
        A: Un numéro pour vous joindre ?
        C: Mon portable, 06 19 74 28 53.
        A: Le technicien peut venir voir la chaudière et le toit. Quel jour vous arrange ?
        C: Mardi après-midi, vers quatorze heures trente. Je finis à midi, ce jour-là.
        A: Mardi après-midi, quatorze heures trente. Merci madame Rey, bonne journée.
        C: Merci, au revoir.
        """,
        client="Mme",
        client_first_name_data_ia="Hélène",
        client_last_name_data_ia="Rey",
        client_phone_number="0619742853",
        client_city_data_ia="Panazol",
        client_address_data_ia="24 allée des Châtaigniers",
        client_postal_code_data_ia="87350",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="68",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="104",
        toiture_data_ia="ardoises",
        orientation_data_ia="sud",
        age_mr_data_ia="53",
        age_mme_data_ia="51",
        situation_familiale_data_ia="mariée, 1 enfant",
        activite_mr_data_ia="fonctionnaire",
        activite_mme_data_ia="CDI",
        creneau_rappel_data_ia="mardi après-midi",
        heure_rappel_data_ia="14h30",
        **_OWNER,
    ),
    _script(
        "h2_epouse_repond",
        "the wife answers for her husband; yearly bill, east-west roof, 'la semaine prochaine'",
        """
        A: Bonjour, Quentin, de Maine Énergie Solaire. Je souhaiterais parler à monsieur Carpentier,
           s'il vous plaît.
        C: Il n'est pas là, il est sur un chantier. Je suis sa femme, Sandrine Carpentier. C'est
           pour quoi ?
        A: Enchanté, madame. Votre mari avait rempli une demande d'étude pour des panneaux solaires.
           Vous pouvez peut-être me répondre ?
        C: Ah oui, il m'en a parlé. Allez-y, je connais la maison mieux que lui, de toute façon.
        A: Vous êtes propriétaires ?
        C: Oui, on a fini de payer la maison l'an dernier.
        A: Et le chauffage ?
        C: Une chaudière à condensation, au gaz. On l'a fait poser il y a cinq ans.
        A: Et l'électricité, vous payez combien ?
        C: Attendez, je regarde les papiers... L'an dernier, on a payé mille six cent cinquante
           euros sur l'année.
        A: Mille six cent cinquante euros par an. La surface de la maison ?
        C: Cent dix-huit mètres carrés, avec le garage aménagé.
        A: Et la toiture ?
        C: Des tuiles. Il y a deux pans, un à l'est et un à l'ouest.
        A: Je vais vous demander vos âges, à votre mari et à vous.
        C: Moi, quarante-cinq ans. Franck, mon mari, en a quarante-sept.
        A: Et vos activités ?
        C: Franck est couvreur, à son compte depuis onze ans. Moi, je suis secrétaire dans un
           cabinet comptable, en CDI.
        A: Vous avez des enfants ?
        C: Deux ados, quinze et treize ans. On est mariés depuis dix-huit ans.
        A: Je vérifie votre adresse : toujours au 5 rue du Stade, à Ernée ?
        C: Oui, toujours. Cinquante-trois mille cinq cents.
        A: Et un numéro pour vous joindre ?
        C: Prenez le mien, 07 52 60 18 34, je réponds toujours. Celui de Franck, c'est le 06 88 23
           41 90, mais sur les toits, il ne décroche pas.
        A: Parfait. Un conseiller aimerait vous présenter l'étude à tous les deux. Quand est-ce que
           votre mari est disponible ?
        C: Rappelez la semaine prochaine, le soir. En journée, il n'est jamais là.
        A: La semaine prochaine, le soir. Lundi soir, ça irait ?
        C: Lundi, il a le foot avec le petit. Mardi soir, plutôt, après dix-neuf heures.
        A: Mardi soir, dix-neuf heures, c'est noté. Merci madame Carpentier, bonne journée.
        C: Merci, bonne journée.
        """,
        client="Mme",
        client_first_name_data_ia="Sandrine",
        client_last_name_data_ia="Carpentier",
        client_phone_number="0752601834",
        client_city_data_ia="Ernée",
        client_address_data_ia="5 rue du Stade",
        client_postal_code_data_ia="53500",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="1650",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="118",
        toiture_data_ia="tuiles",
        orientation_data_ia="est-ouest",
        age_mr_data_ia="47",
        age_mme_data_ia="45",
        situation_familiale_data_ia="mariée, 2 enfants",
        activite_mr_data_ia="indépendant depuis 11 ans",
        activite_mme_data_ia="CDI",
        tel2_data_ia="0688234190",
        creneau_rappel_data_ia="mardi soir",
        heure_rappel_data_ia="19h",
        **_OWNER,
    ),
    _script(
        "h2_chez_parents",
        "a young man living with his parents, who rent: electric heaters, a CDD, no callback",
        """
        A: Bonjour, Océane, de Var Solaire Conseil. Je suis bien avec monsieur Marchetti ?
        C: Oui, Yohan Marchetti. C'est pour la simulation que j'ai faite sur internet ?
        A: Exactement. Vous aviez demandé une estimation pour des panneaux solaires. Je peux vous
           poser quelques questions ?
        C: Oui, mais je vous préviens tout de suite, c'était surtout par curiosité.
        A: Pas de souci. Vous habitez une maison ?
        C: Oui, une maison, à La Seyne-sur-Mer. Mais ce n'est pas chez moi, j'habite chez mes
           parents. Et eux, ils sont locataires, la maison appartient à un bailleur.
        A: D'accord, donc ni vous ni vos parents n'êtes propriétaires.
        C: Non. Mais je pensais que le propriétaire pourrait peut-être être intéressé.
        A: C'est possible, mais il faudrait que ce soit lui qui fasse la demande. Et vous vous
           chauffez comment, chez vos parents ?
        C: Des radiateurs électriques, des vieux. Ça chauffe mal et ça coûte cher. Mon père dit
           qu'on paie environ cent cinquante euros par mois.
        A: Effectivement, c'est une grosse facture. Qu'est-ce qui vous a donné envie de regarder le
           solaire ?
        C: J'ai vu des vidéos de panneaux qu'on branche directement sur une prise, sur le balcon. Je
           me demandais si c'était rentable.
        A: Ce sont des kits prêts à brancher. Nous, on ne fait que des installations sur toiture,
           pour des propriétaires de maisons. Vous avez un projet d'achat ?
        C: Pas tout de suite. J'ai vingt-six ans, je suis en CDD à l'arsenal de Toulon. Quand
           j'aurai un CDI, peut-être.
        A: Je vous souhaite de l'avoir vite. Vous voulez qu'on garde votre demande, pour vous
           recontacter plus tard ?
        C: Non, ce n'est pas la peine. Quand j'achèterai, je vous rappellerai moi-même.
        A: Très bien, je clôture votre demande. Vous pouvez aussi parler de nous au propriétaire, on
           ne sait jamais.
        C: Ça m'étonnerait qu'il fasse quoi que ce soit, mais je lui dirai. Merci quand même.
        A: Merci à vous, monsieur Marchetti. Bonne journée.
        C: Bonne journée.
        """,
        client="Mr",
        objections="locataire chez ses parents ; demande par curiosité ; pas de projet d'achat",
        client_first_name_data_ia="Yohan",
        client_last_name_data_ia="Marchetti",
        client_city_data_ia="La Seyne-sur-Mer",
        proprietaire_data_ia="non",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="150",
        mensuelle_annuelle_data_ia="mensuelle",
        age_mr_data_ia="26",
        activite_mr_data_ia="CDD",
        **_LOST,
    ),
    _script(
        "h2_mauvais_numero_garage",
        "a wrong number: a garage's line; the man who answers gives the lead's new mobile",
        """
        A: Bonjour monsieur, Pauline, de Bourgogne Habitat Solaire. Je souhaiterais parler à madame
           Valérie Bonnet, s'il vous plaît.
        C: Valérie Bonnet ? Ah, elle n'est plus là. Vous êtes au garage, ici. Elle tenait l'accueil,
           mais elle est partie en septembre.
        A: Oh, pardon. J'ai ce numéro dans notre fichier, pour une demande d'étude de panneaux
           solaires, avec une adresse à Chenôve.
        C: Elle a dû donner le numéro du garage sur votre formulaire. Ça arrivait souvent, les gens
           la rappelaient ici.
        A: Je suis désolée pour le dérangement. Vous sauriez comment je pourrais la joindre ?
        C: Attendez, elle nous a laissé son portable, pour ses dernières fiches de paie. Voilà :
           zéro six, cinquante-quatre, trente et un, quatre-vingt-sept, douze.
        A: Le 06 54 31 87 12. Merci beaucoup, c'est très aimable.
        C: De rien. Dites-lui bonjour de la part du garage, elle nous manque.
        A: Je n'y manquerai pas. Et vous, monsieur, le solaire, ça pourrait vous intéresser, chez
           vous ?
        C: Moi ? Non, j'habite en appartement, à Dijon, au centre-ville. Pas de toit, pas de
           panneaux.
        A: Effectivement. Vous n'avez pas de projet de maison ?
        C: Pas pour l'instant, non. Et je ne suis pas intéressé, de toute façon.
        A: Je comprends. Je vais faire corriger notre fichier, pour qu'on n'appelle plus le garage
           pour madame Bonnet.
        C: Merci. Ce serait bien, parce qu'on a des clients qui attendent au téléphone pendant ce
           temps-là.
        A: C'est noté, monsieur. Encore désolée pour le dérangement, et bonne fin de journée.
        C: Au revoir.
        """,
        client="Mr",
        objections="mauvais numéro : la ligne d'un garage ; habite un appartement ; pas intéressé",
        client_city_data_ia="Dijon",
        **_LOST,
    ),
    _script(
        "h2_refus_colere",
        "an angry owner: already a heat pump, on Bloctel, refuses study, leaflet and callback",
        """
        A: Bonjour monsieur, Laura, de Provence Énergies Nouvelles. Je suis bien chez monsieur Lopez
           ?
        C: Oui. Encore une société de panneaux solaires, c'est ça ?
        A: Je vous appelle en effet au sujet des économies d'énergie et des aides de l'État pour...
        C: C'est la quatrième fois cette semaine ! La quatrième ! Vous vous passez le numéro entre
           vous, ou quoi ?
        A: Je suis désolée, monsieur, ce n'est pas notre société qui vous a appelé avant. Je ne vous
           retiens pas longtemps. Vous êtes bien propriétaire de votre maison, à Salon-de-Provence ?
        C: Oui, je suis propriétaire, et alors ? Ça vous donne le droit de me déranger à l'heure du
           repas ?
        A: Pas du tout, et je m'en excuse. Je voulais simplement savoir comment vous vous chauffez,
           pour voir si on peut vous faire faire des économies.
        C: J'ai déjà une pompe à chaleur, posée il y a deux ans. Et des panneaux, je n'en veux pas.
           C'est clair ?
        A: Très clair. Avec une pompe à chaleur, le solaire permet justement de réduire beaucoup la
           facture d'électricité...
        C: Vous ne m'écoutez pas ! Je ne veux pas de panneaux, je ne veux pas d'étude, et je ne veux
           pas qu'on me rappelle. Ni vous, ni vos collègues.
        A: Je vous entends, monsieur Lopez. Je peux au moins vous envoyer une documentation par
           courrier ?
        C: Non ! Rien du tout. Je suis inscrit sur Bloctel, vous n'avez même pas le droit de
           m'appeler. La prochaine fois, je porte plainte.
        A: Je vais vérifier ce point avec mon service. Je retire votre numéro de notre fichier dès
           maintenant.
        C: Vous avez intérêt. Et arrêtez d'appeler les gens à midi, c'est insupportable.
        A: C'est noté. Je vous présente toutes nos excuses, monsieur. Bonne journée.
        C: C'est ça. Au revoir.
        """,
        client="Mr",
        objections="démarché sans cesse ; a déjà une pompe à chaleur ; refuse tout ; Bloctel",
        client_last_name_data_ia="Lopez",
        client_city_data_ia="Salon-de-Provence",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        **_LOST,
    ),
    _script(
        "h2_hesitante",
        "a hesitant owner: a bill band, no surface or orientation, age refused, callback Saturday",
        """
        A: Bonjour madame, Mathis, de Picardie Rénov Énergie. Je suis bien chez madame Lemaire ?
        C: Euh... oui. Oui, c'est moi. C'est à quel sujet ?
        A: Vous avez reçu notre courrier sur les aides pour les panneaux solaires et l'isolation ?
           Je vous appelle pour voir si votre maison pourrait en profiter.
        C: Le courrier... peut-être, je ne sais plus. On en reçoit tellement.
        A: Ce n'est pas grave. Vous êtes propriétaire de votre maison ?
        C: Oui... enfin, on a encore le crédit, mais oui, c'est à nous.
        A: Et vous vous chauffez comment ?
        C: À l'électricité. Des radiateurs électriques, dans toutes les pièces.
        A: Votre facture d'électricité, elle est de combien, à peu près ?
        C: Alors là... Je n'ai pas la facture sous les yeux. C'est plus de cent euros, en tout cas.
        A: Plus de cent euros par mois ?
        C: Oui, par mois. Plus de cent, c'est sûr. Mais combien exactement, je ne saurais pas vous
           dire.
        A: D'accord. La maison fait combien de mètres carrés ?
        C: Je ne sais pas. Il y a trois chambres... Je ne veux pas vous dire de bêtise.
        A: Pas de problème. Et le toit, il est en tuiles ?
        C: Oui, des tuiles rouges, je crois. Oui, des tuiles.
        A: Vous savez comment il est orienté ?
        C: Aucune idée. Il faudrait demander à mon mari, c'est lui qui s'occupe de tout ça.
        A: Bien sûr. Vous êtes à Saint-Quentin, c'est bien ça ?
        C: Oui, à Saint-Quentin.
        A: Et quel âge avez-vous, si ce n'est pas indiscret ?
        C: Je préfère ne pas répondre à ça.
        A: Aucun souci. Je vous propose qu'un conseiller vous rappelle quand votre mari sera là,
           pour les questions techniques. Ça vous irait ?
        C: Je ne sais pas... Il faut que j'en parle avec lui d'abord. On n'a pas prévu de faire des
           travaux.
        A: L'étude est gratuite et sans engagement. Le conseiller vous explique les aides, et vous
           décidez ensuite.
        C: Bon... D'accord. Mais pas en semaine, il rentre tard. Samedi, peut-être.
        A: Samedi matin ou samedi après-midi ?
        C: Plutôt l'après-midi. Vers quinze heures ? Oui, quinze heures, ça devrait aller.
        A: Samedi après-midi, quinze heures. Le numéro, c'est bien le 03 23 64 09 51 ?
        C: Oui, c'est le fixe de la maison.
        A: Merci madame Lemaire. Bonne journée.
        C: Au revoir.
        """,
        client="Mme",
        objections="ne connaît pas les détails ; en parler à son mari ; refuse de dire son âge",
        client_last_name_data_ia="Lemaire",
        client_phone_number="0323640951",
        client_city_data_ia="Saint-Quentin",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="plus_de_100",
        mensuelle_annuelle_data_ia="mensuelle",
        toiture_data_ia="tuiles",
        situation_familiale_data_ia="mariée",
        creneau_rappel_data_ia="samedi après-midi",
        heure_rappel_data_ia="15h",
        **_OWNER,
    ),
    _script(
        "h2_bac_acier_pac",
        "a farmer wants a heat pump: oil boiler, steel roof east-west, yearly bill and income",
        """
        A: Bonjour monsieur, Anaïs, de Centre Val Énergie. Je suis bien chez monsieur Brunet ?
        C: Oui, Thierry Brunet. Je vous écoute, mais faites vite, je suis entre deux tracteurs.
        A: Je serai rapide. Vous nous avez demandé une étude pour une pompe à chaleur. Vous êtes
           propriétaire de la maison ?
        C: Oui, c'est la maison de la ferme. On l'a reconstruite il y a quinze ans.
        A: Vous vous chauffez comment, aujourd'hui ?
        C: Au fioul. Une chaudière de deux mille trois. Avec le prix du fioul, je veux passer à la
           pompe à chaleur.
        A: Et l'électricité, ça vous coûte combien ?
        C: {2 600|Deux mille six cents} euros par an. Mais l'atelier est sur le même compteur.
        A: {2 600|Deux mille six cents} euros par an, d'accord. La maison fait quelle surface ?
        C: 180 mètres carrés, sur deux étages.
        A: C'est une belle surface. Et la toiture ?
        C: Du bac acier. On l'a posé nous-mêmes quand on a reconstruit.
        A: Elle est orientée comment ?
        C: Deux pans, un à l'est, un à l'ouest.
        A: Est-ouest, très bien. Il y a de la place sur les pans ?
        C: Oui, c'est un grand toit, il n'y a rien dessus. Au moins quarante mètres carrés de chaque
           côté.
        A: Pour le dossier d'aides, vous êtes marié ?
        C: Oui, marié, trois enfants. Le plus grand travaille déjà avec moi.
        A: Vos âges ?
        C: 49 ans, et ma femme 46.
        A: Et vos professions ?
        C: Je suis agriculteur, céréalier. Ma femme est professeure au collège de Levroux, elle est
           fonctionnaire.
        A: Et le revenu du foyer, à peu près ?
        C: Sur l'année, on déclare autour de {48 000|quarante-huit mille} euros.
        A: Merci. Votre adresse ?
        C: 12 route de Vatan, à Levroux. 36110.
        A: Et un numéro où vous joindre ?
        C: Le portable, 06 31 78 45 02. Le fixe, je ne suis jamais à côté.
        A: Un technicien peut passer pour la pompe à chaleur et regarder le toit. Quel jour vous
           arrange ?
        C: En semaine, c'est compliqué. Samedi après-midi, ça irait ? Vers quatorze heures.
        A: Samedi après-midi, quatorze heures, c'est noté. Merci monsieur Brunet.
        C: Merci, au revoir.
        """,
        client="Mr",
        client_first_name_data_ia="Thierry",
        client_last_name_data_ia="Brunet",
        client_phone_number="0631784502",
        client_city_data_ia="Levroux",
        client_address_data_ia="12 route de Vatan",
        client_postal_code_data_ia="36110",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="2600",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="180",
        toiture_data_ia="bac acier",
        orientation_data_ia="est-ouest",
        toit_libre="20m",
        age_mr_data_ia="49",
        age_mme_data_ia="46",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="agriculteur",
        activite_mme_data_ia="fonctionnaire",
        revenu_data_ia="48000 euros par an",
        creneau_rappel_data_ia="samedi après-midi",
        heure_rappel_data_ia="14h",
        **_OWNER,
    ),
    _script(
        "h2_appartement",
        "the owner of a flat in Marseille: electric convectors, 52 m², not a house",
        """
        A: Bonjour madame, Nathan, de Méditerranée Solaire. Je suis bien chez madame Santini ?
        C: Oui, Lucie Santini. C'est pour la simulation ?
        A: Tout à fait. Vous aviez fait une simulation pour des panneaux solaires sur notre site, je
           vous rappelle pour en parler. Vous êtes propriétaire de votre logement ?
        C: Oui, je suis propriétaire. Mais je vous préviens, c'est un appartement. Au troisième
           étage, dans une résidence.
        A: D'accord. Et vous êtes dans quelle ville ?
        C: À Marseille, dans le cinquième. Treize mille cinq.
        A: Et vous pensiez installer les panneaux où ?
        C: Sur le balcon. Il est assez grand, j'ai vu qu'on pouvait en accrocher à la rambarde.
        A: Je comprends l'idée. Malheureusement, nos installations se font en toiture, sur des
           maisons individuelles. Dans une copropriété, le toit appartient à tous les
           copropriétaires.
        C: Ah. Donc il faudrait l'accord de la copropriété ?
        A: Oui, et de toute façon nous ne travaillons pas sur les immeubles. Comment vous
           chauffez-vous, par curiosité ?
        C: Avec des radiateurs électriques, des vieux convecteurs. C'est pour ça que je cherchais
           des solutions. Ma facture, c'est cent cinq euros par mois, pour cinquante-deux mètres
           carrés !
        A: C'est beaucoup pour cette surface. Pour les radiateurs, on ne propose pas de remplacement
           seul. Vous pourriez voir avec votre syndic pour l'isolation de l'immeuble.
        C: Le syndic ! Ils mettent deux ans à changer une ampoule dans l'escalier.
        A: Je comprends. Je suis désolé de ne pas pouvoir vous aider davantage.
        C: Tant pis. Et si un jour j'achète une maison, je vous rappelle ?
        A: Avec plaisir. Vous voulez que je garde vos coordonnées pour vous recontacter ?
        C: Non, ce n'est pas la peine, je n'ai pas de projet pour l'instant. Merci quand même.
        A: Merci à vous, madame Santini. Bonne journée.
        C: Bonne journée.
        """,
        client="Mme",
        objections="habite un appartement en copropriété ; voulait des panneaux sur le balcon",
        client_first_name_data_ia="Lucie",
        client_last_name_data_ia="Santini",
        client_city_data_ia="Marseille",
        client_postal_code_data_ia="13005",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="105",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="52",
        **_LOST,
    ),
    _script(
        "h2_infos_spontanees",
        "phone (words and digits) and heating given unasked; two-monthly bill, shingle roof",
        """
        A: Bonjour madame, Adrien, de Landes Énergie Solaire. Je suis bien chez madame Duprat ?
        C: Oui, Émilie Duprat. C'est pour le devis des panneaux ? Je vous attendais. Avant que
           j'oublie, notez mon portable, parce que le fixe, on ne l'écoute jamais : zéro six, douze,
           trente-quatre, 87, 40.
        A: Zéro six, douze, trente-quatre, quatre-vingt-sept, quarante. C'est noté. Je vais vous
           poser quelques questions sur la maison. Vous êtes propriétaire ?
        C: Oui, on a fait construire il y a six ans. Et je vous le dis tout de suite, parce qu'on me
           le demande à chaque fois : on se chauffe avec une chaudière à condensation, au gaz de
           ville.
        A: Très bien. Et votre facture d'électricité ?
        C: On la paie tous les deux mois. Cent quatre-vingts euros, la dernière.
        A: Cent quatre-vingts tous les deux mois, donc quatre-vingt-dix euros par mois.
        C: Voilà, quatre-vingt-dix par mois.
        A: La maison fait quelle surface ?
        C: 122 mètres carrés. Et le toit, c'est du shingle, des bardeaux bitumés. Mon compagnon a
           regardé : il y a au moins vingt mètres carrés libres sur le pan sud.
        A: Le pan sud, parfait. Le toit est donc orienté au sud ?
        C: Oui, plein sud, côté terrasse.
        A: Vous êtes mariés ?
        C: Non, pacsés. On a un petit garçon de quatre ans.
        A: Vos âges ?
        C: Moi, trente-six ans. Mon compagnon, trente-huit.
        A: Et vos professions ?
        C: Je travaille dans une agence immobilière, en CDI. Lui, il est pompier professionnel, donc
           fonctionnaire.
        A: Pour le calcul des aides, le revenu du foyer ?
        C: À nous deux, trois mille neuf cents euros par mois, à peu près.
        A: Merci. Et votre adresse ?
        C: 7 allée des Arbousiers, à Biscarrosse. 40600.
        A: Un conseiller vous rappellera pour présenter l'étude. Vous préférez quel moment ?
        C: Mercredi après-midi, je ne travaille pas. Quinze heures trente, après la sieste du petit.
        A: Mercredi après-midi, quinze heures trente. Merci madame Duprat, bonne journée.
        C: Merci, à bientôt.
        """,
        client="Mme",
        client_first_name_data_ia="Émilie",
        client_last_name_data_ia="Duprat",
        client_phone_number="0612348740",
        client_city_data_ia="Biscarrosse",
        client_address_data_ia="7 allée des Arbousiers",
        client_postal_code_data_ia="40600",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="90",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="122",
        toiture_data_ia="shingle",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="38",
        age_mme_data_ia="36",
        situation_familiale_data_ia="pacsée, 1 enfant",
        activite_mr_data_ia="fonctionnaire",
        activite_mme_data_ia="CDI",
        revenu_data_ia="3900 euros par mois",
        creneau_rappel_data_ia="mercredi après-midi",
        heure_rappel_data_ia="15h30",
        **_OWNER,
    ),
    _script(
        "h2_mobil_home",
        "a retired widower in a mobile home: pellet stove, a small bill band, not eligible",
        """
        A: Bonjour monsieur, Justine, de Roussillon Soleil. Je suis bien chez monsieur Vidal ?
        C: Oui, Roger Vidal. Bonjour.
        A: Vous aviez répondu à notre publicité pour les panneaux solaires avec les aides de l'État.
           Vous avez quelques minutes ?
        C: J'ai tout mon temps, je suis à la retraite.
        A: Vous êtes propriétaire de votre logement ?
        C: Oui, tout est à moi, le terrain et le mobil-home. J'habite dans un mobil-home, à l'année,
           sur un terrain à Argelès-sur-Mer.
        A: Ah, un mobil-home. Vous y vivez toute l'année ?
        C: Oui, depuis que je suis veuf, ça fait huit ans. J'ai vendu la maison et j'ai acheté le
           terrain. Le mobil-home fait quarante mètres carrés, ça me suffit.
        A: Et comment vous vous chauffez ?
        C: Un petit poêle à granulés. L'hiver, ici, il ne fait pas bien froid.
        A: Et votre facture d'électricité ?
        C: Pas grand-chose. Moins de quatre-vingts euros par mois, c'est sûr.
        A: Je vais être honnête avec vous, monsieur Vidal : nos installations se font sur la toiture
           d'une maison. Sur un mobil-home, ce n'est pas possible, le toit ne supporte pas le poids
           des panneaux.
        C: Même des petits panneaux ? Mon voisin en a mis deux sur son abri de jardin.
        A: Ce sont des kits d'autoconsommation, qu'on achète en magasin. Nous ne les posons pas, et
           il n'y a pas d'aides de l'État pour ça.
        C: Ah, c'est dommage. Moi, je voulais surtout réduire la facture, avec ma petite retraite.
        A: Je comprends. Quel âge avez-vous, si je peux me permettre ?
        C: Soixante-dix-sept ans. Retraité de la SNCF.
        A: Vous pouvez vous renseigner en mairie, il existe des aides pour les retraités. Pour les
           panneaux, je ne peux malheureusement rien vous proposer.
        C: Bon. Ce n'est pas grave, merci de votre franchise. Les autres m'auraient vendu n'importe
           quoi.
        A: Merci à vous. Je ne vous rappellerai pas, alors. Bonne journée, monsieur Vidal.
        C: Bonne journée, mademoiselle.
        """,
        client="Mr",
        objections="habite un mobil-home, pas une maison ; petite retraite",
        client_first_name_data_ia="Roger",
        client_last_name_data_ia="Vidal",
        client_city_data_ia="Argelès-sur-Mer",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="moins_de_80",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="40",
        age_mr_data_ia="77",
        situation_familiale_data_ia="veuf",
        activite_mr_data_ia="retraité",
        **_LOST,
    ),
)


# A third held-out set (names ``h3_*``), written once HELD_OUT_2 too had been used to tune
# the extractors, by someone who read only this module, docs/quality.md and
# messages/lead.py: never the extractors, and none of them was run on it. The gold is what
# a careful human fills from each call; where a value is debatable, the summary says why.
# Nobody tunes on it: never rendered, never part of ``FULL`` or ``SUBSET``;
# ``python -m benchmarks.extraction_quality --held-out 3`` scores it from its reference
# text.
HELD_OUT_3: tuple[Script, ...] = (
    _script(
        "h3_martinique_toit_plat",
        "Martinique: flat concrete roof sunny all day (bien ensoleillée), no heating (the"
        " air-conditioning only cools, so '-'), a two-monthly bill the agent turns into 155"
        " a month, postal code in pairs, husband newly retired, 'jeudi en fin de matinée'"
        " (slot 'jeudi fin de matinée', 'en' dropped as in 'fin de journée')",
        """
        A: Allô, bonjour madame ! Élodie, d'Antilles Soleil Énergie. Je cherche à joindre madame
           Théodose.
        C: Oui, c'est moi. C'est pour quoi ?
        A: Vous nous aviez laissé vos coordonnées au salon de l'habitat, à Fort-de-France, pour le
           photovoltaïque.
        C: Ah oui, le salon... Mais c'était en octobre, ça ! Vous avez pris votre temps, hein.
        A: Je m'en excuse. Vous avez un petit moment, là ?
        C: Oui, je suis au bureau, mais c'est la pause.
        A: Alors je vais droit au but. Pour le dossier, votre prénom, c'est... ?
        C: Marie-Josée. Avec un trait d'union.
        A: Merci. La maison, madame Théodose, elle est à vous ?
        C: À nous, oui, à mon mari et à moi. On l'a construite sur le terrain de sa maman, ça
           fait... vingt-cinq ans, à peu près.
        A: Et c'est où, exactement ?
        C: À Sainte-Luce. Neuf, impasse des Flamboyants.
        A: Neuf, impasse des Flamboyants, à Sainte-Luce. Et le code postal ?
        C: Quatre-vingt-dix-sept, deux cent vingt-huit.
        A: 97228, merci. Et le toit, chez vous, il est comment ? En tôle ?
        C: Non, non. C'est une dalle, en béton. Un toit-terrasse, quoi. On monte dessus pour
           étendre le linge.
        A: D'accord, donc un toit plat.
        C: Voilà, un toit plat.
        A: Et il y a de la place, dessus ? Il nous faut une vingtaine de mètres carrés libres.
        C: Oh, il y a de la place ! Juste le chauffe-eau solaire dans un coin, et la réserve d'eau.
           Le reste, c'est vide. Soixante mètres carrés, au moins.
        A: Et il a de l'ombre, ce toit ? Des arbres, un immeuble à côté ?
        C: Rien du tout. Le soleil tape dessus du matin jusqu'au soir.
        A: Parfait. Et la maison fait combien de mètres carrés habitables ?
        C: Cent dix, sans la véranda.
        A: Et pour... euh, le chauffage, j'imagine que...
        C: Le chauffage ? Ici ? Non, on n'a pas de chauffage, voyons. On a la clim dans les
           chambres, c'est tout. Et c'est ça qui coûte.
        A: Justement, votre facture d'électricité, elle est de combien ?
        C: On la reçoit tous les deux mois. La dernière, c'était trois cent dix euros.
        A: Trois cent dix pour deux mois, ça fait à peu près cent cinquante-cinq euros par mois.
        C: Si vous le dites. Oui, cent cinquante-cinq, par là. Et en septembre, c'est pire.
        A: Pour le dossier des aides, vous pouvez me donner vos âges ? Le vôtre et celui de votre
           mari.
        C: J'ai cinquante-huit ans. Mon mari, soixante-trois.
        A: Il travaille encore ?
        C: Non, il vient de prendre sa retraite, au mois de mars. Il était au port. Moi, je
           travaille encore, je suis fonctionnaire, à la Collectivité territoriale.
        A: Et vous avez des enfants ?
        C: Deux filles. Elles sont à Paris, toutes les deux.
        A: Très bien. Je vous pose la question franchement, madame Théodose : qu'est-ce qui vous
           fait hésiter ?
        C: Ce qui me fait hésiter... Mon voisin en a fait mettre, il y a trois ans. Après la
           tempête, l'onduleur a grillé, et l'entreprise ne répondait plus au téléphone. Il a
           attendu huit mois.
        A: C'est malheureusement arrivé. Nous, on a une agence ici, au Lamentin, et le technicien
           se déplace sous quarante-huit heures.
        C: Hm. C'est ce qu'ils disent tous.
        A: Le conseiller vous montrera le contrat de maintenance, vous jugerez par vous-même. Il
           peut vous rappeler quand ?
        C: Pas cette semaine. La semaine prochaine... plutôt jeudi en fin de matinée. Au bureau,
           c'est calme, à ce moment-là.
        A: Jeudi, en fin de matinée. Vers onze heures ?
        C: Onze heures et demie, plutôt. À onze heures j'ai encore du monde.
        A: Jeudi, onze heures trente. Et sur quel numéro ?
        C: Mon portable. Zéro six, quatre-vingt-seize, vingt-deux, quarante-huit, soixante et onze.
        A: Zéro six, quatre-vingt-seize, vingt-deux, quarante-huit, soixante et onze.
        C: C'est ça.
        A: Merci madame Théodose, et bonne fin de journée.
        C: Merci. Au revoir.
        """,
        client="Mme",
        objections="panneaux du voisin en panne huit mois sans service après-vente ; méfiance",
        client_first_name_data_ia="Marie-Josée",
        client_last_name_data_ia="Théodose",
        client_phone_number="0696224871",
        client_city_data_ia="Sainte-Luce",
        client_address_data_ia="9 impasse des Flamboyants",
        client_postal_code_data_ia="97228",
        proprietaire_data_ia="oui",
        facture_data_ia="155",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="110",
        toiture_data_ia="toit plat",
        orientation_data_ia="bien ensoleillée",
        toit_libre="20m",
        age_mr_data_ia="63",
        age_mme_data_ia="58",
        situation_familiale_data_ia="mariée, 2 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="fonctionnaire",
        creneau_rappel_data_ia="jeudi fin de matinée",
        heure_rappel_data_ia="11h30",
        **_OWNER,
    ),
    _script(
        "h3_corse_fille_du_pere",
        "Corsican mountain village: the daughter answers for her father, 87, the owner. The"
        " fiche is the father's (his surname, age, widowhood, retirement) and entretien is"
        " 'Mme' (she took the call); her mobile is the only number, so the main one; her own"
        " name is never said. Wood main heating, a yearly bill, postal code digit by digit,"
        " orientation and surface unknown, 'le week-end' narrowed to Saturday afternoon",
        """
        A: Bonjour madame, Sébastien, de Kallisté Énergie. Je voudrais parler à monsieur
           Albertini, s'il vous plaît.
        C: C'est pour mon père ? Il est là, mais... il n'entend plus très bien au téléphone. Je
           suis sa fille. C'est à quel sujet ?
        A: C'est au sujet des panneaux solaires. Votre père nous a renvoyé un coupon-réponse, pour
           une étude gratuite.
        C: Un coupon ? Ah, il répond à tout ce qu'il reçoit, c'est bien ça le problème. Il a
           quatre-vingt-sept ans, vous savez. L'an dernier, il a signé pour des fenêtres avec un
           monsieur qui est passé à la maison, on a eu un mal fou à faire annuler.
        A: Je comprends votre prudence, madame. On ne fait rien signer par téléphone, et si vous le
           souhaitez, vous serez là à chaque étape.
        C: Ah ça, oui. Rien ne se fait sans moi. Bon... Qu'est-ce que vous voulez savoir ?
        A: La maison est bien à votre père ?
        C: Oui, c'est la maison de famille. Elle était à ses parents avant lui.
        A: Et c'est bien à Venaco ?
        C: À Venaco, oui. Dans le haut du village, après la fontaine.
        A: Vous me confirmez le code postal ?
        C: Deux, zéro, deux, trois, un.
        A: 20231, merci. Et comment la maison est chauffée ?
        C: Au bois. Il a la cuisinière à bois et la cheminée, et il fait encore son bois lui-même,
           figurez-vous. Il y a un petit radiateur électrique dans la salle de bains, mais c'est
           tout.
        A: Donc principalement au bois.
        C: Voilà, au bois.
        A: Et l'électricité, vous savez combien il paie ?
        C: C'est moi qui fais ses papiers. Attendez que je retrouve... Sur l'année, c'était huit
           cent quarante euros. La dernière facture annuelle.
        A: Huit cent quarante euros par an. Et le toit, il est en quoi ?
        C: En tuiles. Ils l'ont refait il y a une dizaine d'années, après la grosse tempête.
        A: Vous savez de quel côté il est tourné ?
        C: Ah, là... Honnêtement, non. La maison est dans la pente, le toit descend vers la route,
           mais la route, elle va de quel côté... Je ne saurais pas vous dire.
        A: Ce n'est pas grave, le technicien regardera sur place. Et la surface de la maison ?
        C: Il y a trois niveaux, mais il ne vit plus qu'en bas... Franchement, je ne sais pas.
        A: D'accord. Votre père vit seul ?
        C: Oui. Ma mère est décédée il y a six ans. On est trois enfants, mais c'est moi qui suis
           la plus près.
        A: Et avant sa retraite, il faisait quoi ?
        C: Il était cantonnier, à la commune. Il est retraité depuis... oh, plus de vingt-cinq
           ans.
        A: Très bien. Le technicien aimerait voir la maison, avec vous, bien sûr. Quand est-ce que
           vous êtes au village ?
        C: En semaine, je suis à Bastia, je travaille. Je monte le week-end.
        A: Le week-end, alors. Nos techniciens passent le samedi. Le matin, ça irait ?
        C: Le matin, j'arrive à peine, il y a une heure et demie de route. Plutôt l'après-midi.
           Samedi après-midi, vers trois heures.
        A: Samedi après-midi, quinze heures. Et un numéro où vous joindre, vous ?
        C: Oui, notez mon portable, c'est moi qui gère. Zéro six, vingt-quatre, cinquante-huit,
           zéro trois, quatre-vingt-dix.
        A: Le 06 24 58 03 90.
        C: C'est ça. Et vous dites bien au technicien de ne rien faire signer à mon père, hein.
        A: C'est noté, madame, je le mets en commentaire. Merci beaucoup, bonne journée.
        C: Au revoir.
        """,
        client="Mme",
        objections="méfiance : le père a déjà signé avec un démarcheur ; rien sans sa fille",
        client_last_name_data_ia="Albertini",
        client_phone_number="0624580390",
        client_city_data_ia="Venaco",
        client_postal_code_data_ia="20231",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="840",
        mensuelle_annuelle_data_ia="annuelle",
        toiture_data_ia="tuiles",
        age_mr_data_ia="87",
        situation_familiale_data_ia="veuf, 3 enfants",
        activite_mr_data_ia="retraité",
        creneau_rappel_data_ia="samedi après-midi",
        heure_rappel_data_ia="15h",
        **_OWNER,
    ),
    _script(
        "h3_chalet_jura",
        "a chalet in the Jura: pellet stove with an oil boiler kept only for frost (bois),"
        " steel roof east and west, yearly bill, postal code in pairs, an artisan 'à mon"
        " compte', the agent's old number denied, 'pas avant 18h' pinned to Tuesday",
        """
        A: Oui, bonjour monsieur, c'est Florian, de Jura Confort Énergie. Je suis bien chez
           monsieur Vuillermoz ?
        C: Vuillermoz, oui. C'est pour quoi ?
        A: Vous avez fait une demande de devis en ligne, la semaine dernière, pour du
           photovoltaïque...
        C: Ah oui, oui, c'est moi. Alexis Vuillermoz. Attendez, je coupe la scie... Voilà. Je
           vous écoute.
        A: Merci. Alors, c'est pour une maison individuelle ?
        C: Un chalet. Un chalet qu'on a construit nous-mêmes. Enfin, l'ossature bois, je l'ai
           faite moi-même, c'est mon métier.
        A: Vous êtes charpentier ?
        C: Menuisier-charpentier. Artisan. Je suis à mon compte depuis dix-sept ans.
        A: Et le chalet, il est à vous ?
        C: À ma compagne et à moi, oui. On a fini de le monter il y a cinq ans.
        A: C'est où, exactement ?
        C: Aux Rousses. Trente-neuf, deux cent vingt.
        A: 39220, Les Rousses. Et l'adresse ?
        C: Quatorze, route du Noirmont. C'est le dernier chalet avant la forêt.
        A: Et pour le chauffage, vous avez quoi ?
        C: Alors, on a un poêle à granulés au milieu du séjour, c'est lui qui fait tout. Et une
           vieille chaudière fioul en secours, qu'on n'allume presque jamais. Juste quand on part
           en vacances l'hiver, pour le hors-gel.
        A: Donc c'est le poêle, le chauffage principal.
        C: Le poêle, oui. Le fioul, on remplit la cuve tous les trois ans, c'est vous dire.
        A: Et votre facture d'électricité ?
        C: On est mensualisés, mais moi, je regarde la facture de l'année. Mille cinq cents...
           mille cinq cent vingt euros, l'an dernier. Avec l'atelier.
        A: Mille cinq cent vingt euros à l'année. Le toit, c'est du bac acier ?
        C: Bac acier, oui, gris anthracite. Avec la neige qu'on a ici, c'est ce qu'il y a de
           mieux, ça glisse.
        A: Et il est orienté comment ?
        C: Deux pans. Il y en a un qui prend le soleil le matin, côté est, et l'autre côté ouest,
           l'après-midi. Le faîtage est nord-sud, quoi.
        A: Est et ouest, d'accord. Et de la place, il y en a ?
        C: Oh oui, c'est un grand toit, il n'y a qu'une fenêtre de toit. Trente mètres carrés de
           chaque côté, facile.
        A: La surface habitable du chalet ?
        C: Cent quarante-cinq mètres carrés.
        A: Pour les aides, vous pouvez me dire votre âge, et celui de votre compagne ?
        C: Quarante-six ans. Céline, elle, en a quarante-trois.
        A: Vous êtes mariés ?
        C: Pacsés. Avec deux garçons, douze et quinze ans.
        A: Et Céline travaille ?
        C: Oui, elle est frontalière, elle travaille en Suisse, dans l'horlogerie. En CDI.
        A: Très bien. Le numéro pour vous joindre, c'est le 06 83 27 15 49 ?
        C: Non, ça, c'est un vieux numéro, je ne l'ai plus. Le bon, c'est zéro six, trente-sept,
           quarante-deux, dix-neuf, quatre-vingt-un.
        A: Zéro six, trente-sept, quarante-deux, dix-neuf, quatre-vingt-un.
        C: C'est ça.
        A: Un conseiller peut vous rappeler en journée ?
        C: En journée, je suis sur les chantiers, sur les toits, je ne décroche pas. Pas avant
           dix-huit heures.
        A: Un soir de semaine, alors. Lundi soir ?
        C: Lundi, j'ai le conseil municipal. Mardi, ça ira. Mardi, à partir de dix-huit heures.
        A: Mardi soir, dix-huit heures. Merci monsieur Vuillermoz, bonne fin de journée.
        C: Merci, au revoir.
        """,
        client="Mr",
        client_first_name_data_ia="Alexis",
        client_last_name_data_ia="Vuillermoz",
        client_phone_number="0637421981",
        client_city_data_ia="Les Rousses",
        client_address_data_ia="14 route du Noirmont",
        client_postal_code_data_ia="39220",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="1520",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="145",
        toiture_data_ia="bac acier",
        orientation_data_ia="est-ouest",
        toit_libre="20m",
        age_mr_data_ia="46",
        age_mme_data_ia="43",
        situation_familiale_data_ia="pacsé, 2 enfants",
        activite_mr_data_ia="indépendant depuis 17 ans",
        activite_mme_data_ia="CDI",
        creneau_rappel_data_ia="mardi soir",
        heure_rappel_data_ia="18h",
        **_OWNER,
    ),
    _script(
        "h3_locataire_tourcoing",
        "a young tenant of a terraced house near Lille: town gas, a bill band, postal code"
        " digit by digit, jobless, the agent's own town said, removed from the list",
        """
        A: Allô ? Bonjour, je suis bien chez monsieur Delattre ?
        C: Ouais, c'est moi. C'est qui ?
        A: Bonjour monsieur, Morgane, de Nord Habitat Durable. On fait en ce moment des études
           gratuites sur les économies d'énergie, les panneaux solaires...
        C: Ah ouais, les panneaux. J'ai vu une pub sur Facebook, là, j'ai cliqué. C'est ça ?
        A: C'est sûrement ça. Vous êtes monsieur... ?
        C: Dylan. Dylan Delattre.
        A: Merci. Vous habitez une maison, monsieur Delattre ?
        C: Une maison, ouais. Une maison de ville, collée des deux côtés, comme toute la rue.
        A: À Tourcoing, c'est ça ?
        C: Ouais, Tourcoing.
        A: Vous me donnez le code postal ?
        C: Cinq, neuf, deux, zéro, zéro.
        A: 59200. Et vous en êtes propriétaire ?
        C: Ah non, on loue. Ça fait quatre ans qu'on est en location. Mais je me disais, si ça
           fait baisser la facture...
        A: Je comprends. Le problème, c'est que les panneaux se posent sur le toit, donc c'est le
           propriétaire qui décide, et c'est lui qui paie. Vous vous chauffez comment ?
        C: Au gaz. Le gaz de ville, avec une chaudière dans la cuisine. Elle fait un bruit pas
           possible.
        A: Et l'électricité, ça vous coûte combien ?
        C: Euh... entre quatre-vingts et cent balles par mois, je dirais. Ça dépend. L'hiver,
           plus.
        A: D'accord. Vous pensez que votre propriétaire pourrait être intéressé ?
        C: Lui ? Il habite à Lille, on ne le voit jamais. La chaudière, ça fait deux ans qu'on lui
           demande de la changer.
        A: Je vois. Et vous, vous avez un projet d'achat ?
        C: Pas tout de suite. J'ai vingt-huit ans, je suis sans emploi depuis l'été. On est trois,
           avec ma copine et la petite, elle a deux ans. Avec un seul salaire, on ne va pas
           acheter maintenant.
        A: Je comprends. Malheureusement, tant que vous êtes locataires, on ne peut rien vous
           proposer.
        C: Ouais, je m'en doutais. Et vous appelez d'où, vous ? Parce que la semaine dernière,
           déjà, j'ai eu trois appels pour la même chose.
        A: Nos bureaux sont à Marcq-en-Barœul. Ce n'était pas nous, la semaine dernière.
        C: Bon. Ben, c'est pas pour moi, alors.
        A: Non, je suis désolée. Vous voulez que je vous retire de nos listes ?
        C: Ouais, ce serait pas plus mal.
        A: C'est fait, monsieur Delattre. Bonne journée.
        C: Salut.
        """,
        client="Mr",
        objections="locataire ; le propriétaire ne fait pas de travaux ; déjà démarché",
        client_first_name_data_ia="Dylan",
        client_last_name_data_ia="Delattre",
        client_city_data_ia="Tourcoing",
        client_postal_code_data_ia="59200",
        proprietaire_data_ia="non",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="entre 80 et 100",
        mensuelle_annuelle_data_ia="mensuelle",
        age_mr_data_ia="28",
        situation_familiale_data_ia="en couple, 1 enfant",
        activite_mr_data_ia="sans emploi",
        **_LOST,
    ),
    _script(
        "h3_homonyme_morlaix",
        "a wrong number that is a namesake: the man is a Guillou too, but not the lead"
        " (Hervé, of Lannion); as in faux_numero the fiche is the man who answered: his"
        " surname and town, not the lead's first name; lives in a flat",
        """
        A: Bonjour monsieur, excusez-moi de vous déranger, Loïc, d'Armor Solaire. Est-ce que je
           suis bien chez monsieur Hervé Guillou ?
        C: Chez monsieur Guillou, oui. Mais Hervé, non. Moi, c'est pas Hervé.
        A: Ah. Vous n'êtes pas monsieur Hervé Guillou, de Lannion ?
        C: Non, non. Moi j'habite à Morlaix. Et à Lannion, j'y ai jamais habité. Des Guillou, en
           Bretagne, vous savez, il y en a des pages entières dans l'annuaire.
        A: Effectivement... J'ai pourtant ce numéro dans notre fichier, pour une demande d'étude
           de panneaux solaires.
        C: Une demande de quoi ? J'ai rien demandé, moi. Ce numéro, je l'ai depuis quarante ans.
        A: Alors il y a une erreur chez nous, un chiffre mal saisi sans doute. Je suis désolé.
        C: Il n'y a pas de mal. Mais c'est la deuxième fois qu'on me demande cet Hervé. La
           dernière fois, c'était pour une mutuelle.
        A: Je vais le signaler pour qu'on corrige la fiche. Et... puisque je vous ai au
           téléphone, vous, vous habitez une maison ?
        C: Ah non. Plus maintenant. On a vendu la maison il y a deux ans, c'était trop grand. Je
           suis en appartement, en centre-ville, près du viaduc. Au deuxième, sans ascenseur.
        A: Alors les panneaux solaires ne vous concernent pas, malheureusement.
        C: Non. Et puis, entre nous, même si j'avais encore la maison... On entend tellement
           d'histoires, avec ces panneaux. Des gens qui paient un crédit pour des panneaux qui
           ne marchent pas.
        A: Il y a eu des abus, c'est vrai. Mais je ne vais pas vous embêter plus longtemps.
        C: Dites, le Hervé de Lannion, s'il a laissé mon numéro, c'est peut-être exprès, hein ?
           Pour qu'on lui fiche la paix ?
        A: C'est plus probablement une faute de frappe. En tout cas, on ne vous rappellera plus
           pour lui.
        C: Bon. Et je ne suis pas intéressé pour moi non plus, hein. Au revoir, jeune homme.
        A: Au revoir, monsieur, et encore désolé.
        """,
        client="Mr",
        objections="mauvais numéro (homonyme du prospect) ; habite un appartement ; méfiance",
        client_last_name_data_ia="Guillou",
        client_city_data_ia="Morlaix",
        **_LOST,
    ),
    _script(
        "h3_appartement_caluire",
        "answers sideways ('on a un jardin') before admitting a ground-floor flat near Lyon:"
        " owner, collective gas heating, a small monthly bill, postal code in pairs, price"
        " objection; 'on est à la retraite' is both spouses",
        """
        A: Bonjour madame, Valentin, de Rhône Lumière Habitat. Madame Bellon ?
        C: Oui ? Bellon, oui.
        A: Je vous appelle au sujet de l'énergie solaire. Beaucoup de foyers de votre secteur
           installent des panneaux, avec les aides de l'État, et je voulais savoir si vous y aviez
           déjà réfléchi.
        C: Des panneaux... On y a pensé, avec mon mari, oui. Surtout depuis que tout augmente.
        A: Vous habitez une maison individuelle ?
        C: On a un jardin, oui. Enfin, un jardin... une grande terrasse avec des bacs, mon mari y
           fait ses tomates.
        A: D'accord. Et le toit, il est en tuiles ?
        C: Le toit ? Je ne sais pas, on ne le voit pas, on est au rez-de-chaussée.
        A: Au rez-de-chaussée... C'est un appartement, alors ?
        C: Oui, c'est un appartement. Dans une petite résidence, huit logements. Mais on a le
           jardin privatif, hein.
        A: Et vous êtes propriétaires ?
        C: Oui, depuis quinze ans.
        A: Je vois. Malheureusement, madame, pour des panneaux en toiture, il faut une maison
           individuelle : le toit de la résidence appartient à toute la copropriété.
        C: Ah bon ? Et on ne pourrait pas les mettre sur la terrasse, par terre ?
        A: Ce n'est pas ce qu'on installe, non. Il existe des kits qu'on pose au sol, mais ce
           n'est pas notre métier.
        C: Remarquez, de toute façon, c'est hors de prix, votre truc. La voisine du dessus s'est
           renseignée, on lui a parlé de vingt mille euros. On est à la retraite, tous les deux, on
           n'a pas vingt mille euros à mettre là-dedans.
        A: Le prix dépend de l'installation. Mais pour un appartement, de toute façon, ce n'est
           pas possible. Vous vous chauffez comment, par curiosité ?
        C: C'est le chauffage collectif, au gaz. C'est dans les charges. L'électricité, c'est
           juste pour la cuisine et la lumière, on paie cinquante-cinq euros par mois.
        A: Ça reste raisonnable. Vous êtes bien à Caluire ?
        C: Caluire-et-Cuire, oui. Soixante-neuf, trois cents.
        A: Bon. Je suis désolé de ne rien pouvoir vous proposer, madame Bellon.
        C: Ce n'est pas grave. Mais ne me rappelez pas pour les fenêtres ou les pompes à chaleur,
           hein, on a tout refait.
        A: C'est noté. Bonne journée, madame.
        C: Au revoir.
        """,
        client="Mme",
        objections="habite un appartement en copropriété ; trop cher ; retraités sans budget",
        client_last_name_data_ia="Bellon",
        client_city_data_ia="Caluire-et-Cuire",
        client_postal_code_data_ia="69300",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="55",
        mensuelle_annuelle_data_ia="mensuelle",
        situation_familiale_data_ia="mariée",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="retraitée",
        **_LOST,
    ),
    _script(
        "h3_longere_refus",
        "a Breton longère: answers oil heating, bill, slate roof facing the sunset (ouest) and"
        " surface, then 'non intéressé' once he understands it is a sale; his town corrects"
        " the agent's (Taupont, not Ploërmel)",
        """
        A: Bonjour monsieur. Aurélie, de la société Breizh Éco Toit. Monsieur Le Bihan ?
        C: Oui...
        A: Monsieur Le Bihan, on réalise en ce moment des bilans énergétiques gratuits dans le
           Morbihan. Je peux vous poser deux, trois questions ?
        C: Si c'est rapide.
        A: Vous êtes bien à Ploërmel ?
        C: À côté. À Taupont. Ploërmel, c'est la ville, nous, on est à la campagne.
        A: Pardon, à Taupont. Vous êtes propriétaire de votre maison ?
        C: Oui. Une longère, une vieille longère en pierre, qu'on retape petit à petit depuis
           vingt ans.
        A: Oh, c'est joli, ça. Et on se chauffe comment, dans une longère ?
        C: Au fioul. Il y a un insert dans la grande pièce, mais c'est surtout le fioul.
        A: Et l'électricité, vous payez combien ?
        C: Quatre-vingt-dix euros par mois. À peu près.
        A: Le toit, c'est de l'ardoise, j'imagine ?
        C: De l'ardoise, oui. Je l'ai refaite moi-même, la couverture, il y a huit ans.
        A: Et il est orienté comment, le grand pan ?
        C: Le soleil se couche pile en face, au bout du champ. Donc à l'ouest, quoi.
        A: Très bien. La longère fait combien de mètres carrés ?
        C: Cent soixante-dix, avec l'ancienne étable qu'on a aménagée... Attendez, pourquoi vous me
           demandez tout ça ? C'est pour vendre des panneaux, hein ?
        A: C'est pour voir si votre maison est éligible aux aides, pour une installation
           photovoltaïque, oui.
        C: Ah, voilà. Bon, ben non, alors. Finalement, ça ne m'intéresse pas.
        A: Je peux vous demander pourquoi ?
        C: D'abord, je ne vais pas percer mon ardoise toute neuve pour mettre des panneaux
           dessus. Et puis c'est trop cher. Mon beau-frère a fait faire un devis : quatorze mille
           euros, pour économiser quoi, cinq cents euros par an ? Faites le calcul.
        A: Avec les aides et la revente du surplus, l'installation est souvent amortie plus vite
           que ça...
        C: Oui, oui, je connais la chanson. Vous êtes la troisième ce mois-ci à m'appeler pour ça.
           Non, vraiment, ça ne m'intéresse pas, et je ne veux pas qu'on me rappelle.
        A: Très bien, monsieur, je note que vous n'êtes pas intéressé. Bonne journée.
        C: Au revoir, madame.
        """,
        client="Mr",
        objections=(
            "non intéressé ; ne veut pas percer sa toiture neuve ; trop cher pour l'économie ; "
            "déjà démarché ; refuse d'être rappelé"
        ),
        client_last_name_data_ia="Le Bihan",
        client_city_data_ia="Taupont",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="90",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="170",
        toiture_data_ia="ardoises",
        orientation_data_ia="ouest",
        **_LOST,
    ),
    _script(
        "h3_mas_alpilles",
        "a retired couple's mas in Provence: reversible air-conditioning named by the client as"
        " an air-to-air heat pump (pompe à chaleur), the agent mishears the bill (240, not"
        " 140), south-west which the agent calls south, rural street number, two phones,"
        " income, price objection",
        """
        A: Bonjour monsieur. Samia, de Sud Lumière Énergie. Vous êtes bien monsieur Roustan ?
        C: Roustan, oui. Marcel Roustan. Bonjour mademoiselle.
        A: Monsieur Roustan, vous aviez rempli une demande d'étude pour une installation
           solaire...
        C: C'est ma femme qui a rempli ça, sur l'ordinateur. Mais oui, on en a parlé ensemble.
           Allez-y.
        A: Vous habitez une maison ?
        C: Un mas. Un vieux mas provençal, à Maussane-les-Alpilles. On l'a acheté quand on a pris
           notre retraite, tous les deux.
        A: Vous êtes donc propriétaires, et tous les deux à la retraite ?
        C: Voilà. Moi, j'étais dans les assurances. Ma femme était pharmacienne.
        A: Et pour le chauffage, dans un mas ?
        C: Alors nous, on a mis des clims réversibles dans toutes les pièces. Des... comment on
           dit... des pompes à chaleur air-air. Et la cheminée, l'hiver, mais c'est plus pour le
           plaisir.
        A: D'accord, une pompe à chaleur air-air. Et votre facture d'électricité ?
        C: Elle est lourde. Deux cent quarante euros par mois. Avec la piscine, l'été, la pompe de
           filtration...
        A: Cent quarante euros par mois, c'est noté.
        C: Non, non, deux cent quarante ! Deux cents... quarante. J'aimerais bien que ce soit
           cent quarante, tiens.
        A: Pardon, deux cent quarante euros par mois. Et la surface du mas ?
        C: Deux cents mètres carrés, à peu près. Sans les dépendances.
        A: Et le toit ?
        C: Des tuiles. Des vieilles tuiles canal, on les a gardées.
        A: Vous savez comment il est orienté ?
        C: Le grand pan, il regarde vers... le sud-ouest. On a le soleil de midi jusqu'au soir.
        A: Sud-ouest, donc globalement plein sud. C'est très bien pour le solaire.
        C: Si vous le dites.
        A: Et sur ce pan, il y a au moins vingt mètres carrés de libres ?
        C: Il y a la cheminée au milieu... Mais oui, de chaque côté il reste de la place. Trente
           mètres carrés en tout, je dirais.
        A: Je me permets : vous avez quel âge, monsieur Roustan ?
        C: Soixante-dix ans depuis dimanche. Et Arlette en a soixante-sept.
        A: Vous avez des enfants ?
        C: Un fils, à Aix. Et deux petits-enfants.
        A: Pour le dossier d'aides, vos revenus, à vous deux ?
        C: Les deux retraites, ça fait quatre mille six cents euros par mois, à peu près. Mais
           dites-moi, combien ça va me coûter, tout ça ? Parce qu'on entend des chiffres... quinze,
           vingt mille euros.
        A: Ça dépend de la puissance. Le conseiller vous fera un chiffrage précis, avec les aides
           déduites. C'est gratuit, et sans engagement.
        C: Bon. Je veux bien voir le chiffrage. Mais je vous préviens : je compare, et je ne signe
           jamais rien le premier jour.
        A: C'est très sage. Je vérifie l'adresse : c'est bien le 1180, chemin des Baux ?
        C: Mille cent quatre-vingts, chemin des Baux, oui. Treize, cinq cent vingt.
        A: Et quand le conseiller peut-il vous appeler ?
        C: Le matin, on marche. Mercredi, ça irait ?
        A: Mercredi, le matin ou l'après-midi ?
        C: L'après-midi. Pas avant seize heures, il fait trop chaud pour réfléchir.
        A: Mercredi après-midi, seize heures. Sur quel numéro ?
        C: Le fixe : zéro quatre, quatre-vingt-dix, cinquante-quatre, trente et un, zéro six. Et
           mon portable, si on n'est pas à la maison : zéro six, dix, quatre-vingt-huit,
           soixante-quinze, vingt-deux.
        A: C'est noté. Merci, monsieur Roustan. Bonne journée, à vous et à madame.
        C: Merci, au revoir.
        """,
        client="Mr",
        objections="prix (quinze à vingt mille euros entendus) ; compare les devis, ne signe rien",
        client_first_name_data_ia="Marcel",
        client_last_name_data_ia="Roustan",
        client_phone_number="0490543106",
        client_city_data_ia="Maussane-les-Alpilles",
        client_address_data_ia="1180 chemin des Baux",
        client_postal_code_data_ia="13520",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="240",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="200",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="70",
        age_mme_data_ia="67",
        situation_familiale_data_ia="marié, 1 enfant",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="retraitée",
        revenu_data_ia="4600 euros par mois",
        tel2_data_ia="0610887522",
        creneau_rappel_data_ia="mercredi après-midi",
        heure_rappel_data_ia="16h",
        **_OWNER,
    ),
    _script(
        "h3_coupe_cantal",
        "a mother busy with toddlers, cut off mid-sentence: all-electric, 'je sais pas, mon"
        " mari s'en occupe' for the bill ('-'), slate; no callback was agreed before the line"
        " dropped, so disponibilité 'Non' while the lead stays 'Valide'",
        """
        A: Bonjour madame, Jordan, de Massif Énergies. Je suis bien chez madame Delmas ?
        C: Oui ? Attendez... Léo, pose ça ! Pardon. Oui, c'est moi. C'est pour quoi ?
        A: Je vous appelle pour les panneaux solaires. Vous aviez demandé une simulation sur notre
           site.
        C: Ah oui. C'est mon mari qui... enfin, on en a parlé tous les deux. Oui, oui.
        A: Je vais faire vite. Vous êtes propriétaires ?
        C: Oui, on a acheté il y a trois ans. À Arpajon-sur-Cère, à côté d'Aurillac.
        A: C'est une maison individuelle ?
        C: Oui, une maison des années quatre-vingt, sur un terrain en pente. Léo ! Non !
        A: Je vous laisse une seconde ?
        C: Non, non, ça va, allez-y.
        A: Vous vous chauffez comment ?
        C: Tout électrique. Des grille-pain, comme dit mon mari. On voudrait bien changer, mais
           bon.
        A: Et votre facture d'électricité, à peu près ?
        C: Alors ça, je sais pas. C'est mon mari qui s'occupe de tout ça, les factures, la banque.
           Je sais que c'est cher, c'est tout.
        A: Pas de souci. Et le toit, vous savez en quoi il est ?
        C: En ardoise. Enfin, je crois... Si, si, c'est de l'ardoise, comme toutes les maisons
           ici.
        A: Vous avez quel âge, si ce n'est pas indiscret ?
        C: Trente et un ans. Mon mari, trente-quatre.
        A: Et vous travaillez tous les deux ?
        C: Mon mari, oui, il est chauffeur de bus, en CDI. Moi, je... Léo ! Tu poses ça tout de
           suite ! Pardon. Où on en était ?
        A: Vous avez des enfants, j'entends ?
        C: Deux, oui. Trois ans et dix-huit mois. Le grand est infernal aujourd'hui.
        A: Un conseiller pourrait vous rappeler quand votre mari est là, pour les factures ?
        C: Oui, ce serait mieux. Le soir, il rentre vers... Oh non ! Excusez-moi, il faut que je
           vous laisse, il y en a un qui est monté sur...
        A: Madame ? Madame Delmas, vous êtes toujours là ?
        A: Allô ? ... Allô ?
        """,
        client="Mme",
        client_last_name_data_ia="Delmas",
        client_city_data_ia="Arpajon-sur-Cère",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        toiture_data_ia="ardoises",
        age_mr_data_ia="34",
        age_mme_data_ia="31",
        situation_familiale_data_ia="mariée, 2 enfants",
        activite_mr_data_ia="CDI",
        classement="Valide",
        disponibilite="Non",
    ),
    _script(
        "h3_invalidite_eure",
        "a man on disability benefit in Normandy: the file's postal code is wrong (27210 →"
        " 27120, so adresse_modifiee '1' as in ho_corrections_alsace), the bill corrected"
        " (130 → 170), 'côté jardin, plein sud', his own phone corrected, price worry",
        """
        A: Bonjour monsieur, Camélia, de Seine Normandie Solaire. Monsieur Hébert ?
        C: Lui-même. Patrick Hébert.
        A: Monsieur Hébert, vous aviez demandé à être recontacté pour une étude photovoltaïque.
           C'est toujours d'actualité ?
        C: Oui, oui. Enfin, on se renseigne. On n'a pas des mille et des cents, hein, je vous le
           dis tout de suite.
        A: Je comprends. Justement, l'étude sert à voir ce que vous pourriez économiser, et à
           quelles aides vous avez droit. Vous êtes propriétaire ?
        C: Oui. Une maison, à Pacy-sur-Eure. On a fini le crédit l'an dernier.
        A: J'ai ici le 6 rue des Lavandières, 27210. C'est bien ça ?
        C: La rue, oui, mais le code postal, non, c'est pas le nôtre. Nous, c'est vingt-sept,
           cent vingt. Vingt-sept mille cent vingt.
        A: 27120, pardon, je corrige. Et la maison, elle est chauffée comment ?
        C: À l'électrique. Des panneaux rayonnants. Et ça nous coûte les yeux de la tête.
        A: Justement, combien, à peu près ?
        C: Cent trente euros par mois. Attendez... non, ça, c'était avant. Depuis janvier, ils
           nous ont passé la mensualité à cent soixante-dix. Cent soixante-dix euros.
        A: Cent soixante-dix euros par mois. Et la surface ?
        C: Quatre-vingt-dix-huit mètres carrés.
        A: Et le toit ?
        C: Des tuiles. Des tuiles plates, brunes.
        A: Il est orienté comment ?
        C: Alors, devant, c'est la rue. Et derrière, le pan du toit donne côté jardin, plein sud.
           C'est pour ça que la pelouse est grillée tous les étés.
        A: Plein sud, très bien. Et de ce côté-là, il y a au moins vingt mètres carrés libres ?
        C: Il y a un velux, un seul. Mais oui, au moins vingt mètres carrés, c'est tout en
           longueur.
        A: Vous travaillez, monsieur Hébert ?
        C: Non, je suis en invalidité. Depuis mon accident, il y a six ans, je ne peux plus rien
           porter. J'étais maçon.
        A: Je suis désolée. Et vous avez quel âge ?
        C: Cinquante-cinq ans.
        A: Vous vivez seul ?
        C: Non, avec ma femme. Elle a cinquante-deux ans, elle est aide-soignante à l'hôpital
           d'Évreux, en CDI.
        A: Des enfants à la maison ?
        C: Plus maintenant. On en a eu trois, ils sont tous partis.
        A: Et le meilleur numéro pour vous joindre ?
        C: Mon portable : zéro six, quarante et un, soixante-dix-sept, trente-trois, quatorze...
           Non, attendez, je me trompe toujours à la fin. Zéro six, quarante et un,
           soixante-dix-sept, trente-trois, quarante.
        A: Je répète : zéro six, quarante et un, soixante-dix-sept, trente-trois, quarante.
        C: C'est ça.
        A: Et le conseiller vous rappelle quand ?
        C: Tous les matins, j'ai la kiné. L'après-midi, n'importe quand. Vendredi, par exemple ?
        A: Vendredi après-midi. Vous avez une heure ?
        C: Quatorze heures. Non, quinze, le temps que je rentre de chez ma mère. Quinze heures.
        A: Vendredi après-midi, quinze heures.
        C: Et dites-moi, en gros, ça coûte combien, votre installation ? Parce que si c'est pour
           s'endetter sur quinze ans...
        A: Il y a plusieurs tailles d'installation, et des aides qui dépendent des revenus. Le
           conseiller vous fera un chiffrage précis. Vous n'êtes engagé à rien.
        C: Bon. On verra bien.
        A: Merci monsieur Hébert. Bonne journée.
        C: Au revoir, madame.
        """,
        client="Mr",
        objections="budget serré ; peur de s'endetter ; demande le prix",
        client_first_name_data_ia="Patrick",
        client_last_name_data_ia="Hébert",
        client_phone_number="0641773340",
        client_city_data_ia="Pacy-sur-Eure",
        client_address_data_ia="6 rue des Lavandières",
        client_postal_code_data_ia="27120",
        adresse_modifiee="1",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="170",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="98",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="55",
        age_mme_data_ia="52",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="en invalidité",
        activite_mme_data_ia="CDI",
        creneau_rappel_data_ia="vendredi après-midi",
        heure_rappel_data_ia="15h",
        **_OWNER,
    ),
    _script(
        "h3_agent_entend_mal",
        "Dordogne: the agent mishears the town, the age and a phone pair and is corrected"
        " each time; heat pump, shingle roof with a north and a south pan (the south pan is"
        " the one to use: 'sud'), 'entre midi et deux' settled at 13h ('lundi midi')",
        """
        A: Bonjour madame, Anthony, de Périgord Éco Toit. Je suis bien chez madame Faure ?
        C: Faure, oui. Sylvie Faure. Bonjour.
        A: Madame Faure, je vous appelle suite à votre demande sur internet, pour une étude
           solaire. Vous êtes bien à Saint-Estèphe ?
        C: Non ! Saint-Astier. A, S, T, I, E, R. Saint-Estèphe, c'est à l'autre bout du
           département.
        A: Pardon, Saint-Astier. Le code postal, c'est vingt-quatre, cent dix ?
        C: C'est ça.
        A: Et l'adresse ?
        C: Dix-neuf, rue Romain Rolland.
        A: Vous êtes propriétaire ?
        C: Oui, on a fait construire il y a huit ans. Une maison de plain-pied, cent quinze
           mètres carrés.
        A: Vous vous chauffez comment ?
        C: Pompe à chaleur. Air-eau, avec un plancher chauffant.
        A: Et votre facture d'électricité ?
        C: Cent dix euros par mois. Un peu plus l'hiver, mais on est mensualisés à cent dix.
        A: Le toit, il est en tuiles ?
        C: Non, c'est du shingle. Vous savez, les plaques bitumées, en forme d'écailles. C'est mon
           mari qui voulait ça.
        A: D'accord, du shingle. Il est orienté comment ?
        C: Il y a deux pans. Un au nord, côté rue, et l'autre au sud, côté piscine.
        A: Donc on poserait sur le pan sud.
        C: Voilà.
        A: Vous avez quel âge, madame Faure ?
        C: Quarante-deux ans.
        A: Cinquante-deux, c'est noté.
        C: Quarante-deux ! Ne me vieillissez pas, s'il vous plaît.
        A: Oh, pardon ! Quarante-deux. Et votre mari ?
        C: Il a quarante-quatre ans. Il est commercial chez un concessionnaire, à Périgueux, en
           CDI. Et moi, je suis comptable, en CDI aussi, mais à temps partiel.
        A: Vous avez des enfants ?
        C: Trois. Les jumelles de dix ans et le petit de six.
        A: Vous êtes mariés ?
        C: Mariés, oui.
        A: Et un numéro pour vous joindre ?
        C: Zéro six, soixante-trois, zéro cinq, dix-huit, vingt-sept.
        A: Zéro six, soixante-trois, zéro cinq, dix-huit, trente-sept.
        C: Non, vingt-sept. Vingt... sept.
        A: Vingt-sept, pardon, la ligne grésille un peu. Zéro six, soixante-trois, zéro cinq,
           dix-huit, vingt-sept.
        C: Voilà.
        A: Un conseiller va vous rappeler pour l'étude. Quand est-ce que ça vous arrange ?
        C: Le matin, c'est compliqué... Lundi, entre midi et deux ?
        A: Lundi, à midi et demi ?
        C: Treize heures, plutôt. Le temps de manger.
        A: Lundi, treize heures. Merci, madame Faure, bonne journée.
        C: Au revoir.
        """,
        client="Mme",
        client_first_name_data_ia="Sylvie",
        client_last_name_data_ia="Faure",
        client_phone_number="0663051827",
        client_city_data_ia="Saint-Astier",
        client_address_data_ia="19 rue Romain Rolland",
        client_postal_code_data_ia="24110",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="110",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="115",
        toiture_data_ia="shingle",
        orientation_data_ia="sud",
        age_mr_data_ia="44",
        age_mme_data_ia="42",
        situation_familiale_data_ia="mariée, 3 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="CDI",
        creneau_rappel_data_ia="lundi midi",
        heure_rappel_data_ia="13h",
        **_OWNER,
    ),
    _script(
        "h3_menteur_haguenau",
        "Alsace: a man says he is a tenant to end the call, then admits he owns the house;"
        " town gas, roof sunny in the morning (est, as the agent rephrases), the wife's first"
        " name is not his, newly retired, her mobile the only number, evening slot moved",
        """
        A: Bonjour monsieur, Amandine, de Rhin Solaire. Je suis bien chez monsieur Schmitt ?
        C: Oui, c'est moi. Si c'est pour des panneaux solaires, je suis locataire. Ça ne
           m'intéresse pas.
        A: Ah, vous êtes locataire ? Parce que j'ai une demande d'étude à votre nom, faite sur
           notre site, pour une maison à Haguenau.
        C: ... Ah. C'est ma femme, alors. Bon. Je vous ai dit locataire pour que vous raccrochiez
           plus vite, on est appelés tous les jours. Non, on est propriétaires.
        A: D'accord, je comprends. Je vous promets que ce sera rapide. C'est votre épouse qui a
           fait la demande ?
        C: Oui, Nadine. Elle est au travail. Elle m'en a parlé, maintenant que j'y repense.
        A: Alors je vous pose les questions, et si vous ne savez pas, ce n'est pas grave. La
           maison, elle est chauffée comment ?
        C: Au gaz de ville. Une chaudière gaz.
        A: Et l'électricité, ça tourne autour de combien ?
        C: Quatre-vingt-dix-huit euros par mois. Je l'ai vu sur le relevé de la banque hier.
        A: La toiture ?
        C: Des tuiles plates, les vieilles tuiles alsaciennes, en queue de castor.
        A: Et elle est orientée comment ?
        C: Le pan de derrière, il a le soleil le matin, jusqu'à midi à peu près. Après, c'est la
           maison du voisin qui nous fait de l'ombre.
        A: Donc plutôt à l'est.
        C: Oui, à l'est.
        A: La surface de la maison ?
        C: Cent trente... cent vingt-huit mètres carrés. C'est ce qui est marqué sur l'acte.
        A: Quel âge avez-vous, monsieur Schmitt ?
        C: Soixante ans. Nadine, cinquante-sept.
        A: Vous travaillez encore ?
        C: Moi, je suis à la retraite depuis peu, depuis le premier janvier. Nadine, elle est
           coiffeuse, à son compte depuis vingt-deux ans.
        A: Vous avez des enfants ?
        C: Un fils, il vit à Strasbourg. Et on est mariés depuis trente-cinq ans, si c'est votre
           prochaine question.
        A: Merci. Et franchement, monsieur Schmitt, qu'est-ce qui vous fait peur, dans le
           solaire ?
        C: Les arnaques. Il y a eu une histoire au village, une société qui a encaissé l'acompte
           et qui a disparu. Et puis on m'appelle trois fois par semaine, je ne sais plus qui est
           qui.
        A: Nous sommes une entreprise locale, installée à Brumath depuis douze ans, certifiée RGE.
           Et on ne demande aucun acompte avant la visite technique.
        C: Hm. On verra. Il faut voir avec Nadine, de toute façon.
        A: Bien sûr. Je vérifie l'adresse : le 31 rue des Vosges, soixante-sept mille cinq cents
           Haguenau ?
        C: Le 31, oui.
        A: Le conseiller peut rappeler quand votre épouse est là ?
        C: Le soir. Elle rentre à dix-huit heures trente. Jeudi, par exemple.
        A: Jeudi soir, dix-neuf heures ?
        C: Dix-neuf heures, on sera à table. Dix-neuf heures trente, plutôt.
        A: Jeudi soir, dix-neuf heures trente. Et sur quel numéro ?
        C: Prenez le portable de Nadine, comme ça vous l'aurez directement. Zéro six,
           soixante-dix, quatorze, cinquante-deux, quatre-vingt-huit.
        A: Zéro six, soixante-dix, quatorze, cinquante-deux, quatre-vingt-huit. Merci, monsieur
           Schmitt, bonne journée.
        C: Au revoir.
        """,
        client="Mr",
        objections=(
            "s'est dit locataire pour écourter ; peur des arnaques ; démarché trop souvent ; "
            "décision avec sa femme"
        ),
        client_last_name_data_ia="Schmitt",
        client_phone_number="0670145288",
        client_city_data_ia="Haguenau",
        client_address_data_ia="31 rue des Vosges",
        client_postal_code_data_ia="67500",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="98",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="128",
        toiture_data_ia="tuiles",
        orientation_data_ia="est",
        age_mr_data_ia="60",
        age_mme_data_ia="57",
        situation_familiale_data_ia="marié, 1 enfant",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="indépendante depuis 22 ans",
        creneau_rappel_data_ia="jeudi soir",
        heure_rappel_data_ia="19h30",
        **_OWNER,
    ),
)


# A fourth held-out set (names ``h4_*``), written once HELD_OUT_3 was about to choose the
# fields the local LLM answers, to confirm that choice honestly: by someone who read only
# this module, docs/quality.md's conventions and messages/lead.py, never the extractors,
# and none of them was run on it. Unlike HELD_OUT_3 it is mostly ordinary: a call centre's
# common day (eight owners who answer most questions in their own ways, two partial calls,
# a refusal, a tenant), with the usual variety of phrasing (a town with its department,
# postal codes, bills and slots said in several forms). The gold is what a careful human
# fills from each call; where a value is debatable, the summary says why. Nobody tunes on
# it: never rendered, never part of ``FULL`` or ``SUBSET``;
# ``python -m benchmarks.extraction_quality --held-out 4`` scores it from its reference
# text.
HELD_OUT_4: tuple[Script, ...] = (
    _script(
        "h4_vannes_retraites",
        "a retired couple in Vannes ('dans le Morbihan'), postal code said 'cinquante-six mille':"
        " oil boiler, monthly direct debit, 'une centaine de mètres carrés' (100), slate facing"
        " south with room, both ages, both retired ('tous les deux'), the landline first (main)"
        " and a mobile he never switches on (tel2), Thursday at three",
        """
        A: Bonjour monsieur, Mathilde, de la société Golfe Énergie Solaire. Je suis bien chez
           monsieur Tanguy ?
        C: Oui, c'est moi. Yannick Tanguy. C'est à quel sujet ?
        A: Je vous appelle au sujet des panneaux photovoltaïques. Vous aviez laissé vos coordonnées
           sur notre site, pour être rappelé.
        C: Ah oui, c'est possible. C'est mon gendre qui m'a montré ça sur l'ordinateur. Allez-y,
           j'ai un petit moment.
        A: Merci. Vous êtes bien propriétaire de votre maison ?
        C: Oui, oui. Depuis... ouh, depuis quatre-vingt-onze. On l'a achetée quand on est arrivés
           dans la région.
        A: Et vous êtes où, exactement ?
        C: À Vannes, dans le Morbihan. Pas très loin du port.
        A: Le code postal, c'est bien cinquante-six mille ?
        C: Cinquante-six mille, c'est ça.
        A: Et votre adresse, s'il vous plaît ?
        C: Vingt-deux, rue des Goélands.
        A: Le chauffage, chez vous, c'est quoi ?
        C: Le fioul. Une chaudière fioul, elle a bientôt vingt ans. Celle-là, on voudrait bien la
           changer, d'ailleurs, avec le prix du fioul...
        A: Je comprends. Et l'électricité, vous payez combien, à peu près ?
        C: Euh... On est mensualisés. Cent quarante-deux euros par mois, je crois. Attendez, je
           regarde sur le papier... Oui, cent quarante-deux.
        A: Cent quarante-deux euros par mois. Et la maison fait quelle surface ?
        C: Oh, une centaine de mètres carrés. Avec le garage, plus, mais le garage, ça ne compte
           pas.
        A: La toiture, c'est de l'ardoise ?
        C: Ben oui, ici, c'est de l'ardoise partout.
        A: Et elle est orientée comment ?
        C: Le grand pan, côté jardin, il est plein sud. On a le soleil toute la journée sur la
           terrasse.
        A: Parfait. Sur ce pan-là, il y aurait au moins vingt mètres carrés de libres ? Sans fenêtre
           de toit, sans cheminée ?
        C: La cheminée est de l'autre côté. Oui, oui, il y a de la place.
        A: Très bien. Pour le dossier des aides, je vous demande votre âge, et celui de votre
           épouse, si vous êtes marié ?
        C: Marié, oui, ça fera quarante ans cette année. J'ai soixante-huit ans, et Françoise,
           soixante-six.
        A: Et vous êtes à la retraite, tous les deux ?
        C: Tous les deux, oui. Moi, j'étais à l'arsenal, à Lorient. Elle, elle était institutrice.
        A: Vous avez des enfants ?
        C: Trois. Deux filles et un garçon. Et sept petits-enfants, on ne s'ennuie pas.
        A: Et pour vous joindre, c'est quel numéro ?
        C: Le fixe. Zéro deux, quatre-vingt-dix-sept, quarante-trois, dix-huit, soixante-cinq.
        A: Zéro deux, quatre-vingt-dix-sept, quarante-trois, dix-huit, soixante-cinq. Vous avez un
           portable, aussi ?
        C: Oui, mais je ne l'allume jamais... Bon, notez-le quand même. Zéro six, soixante-quatorze,
           vingt et un, zéro neuf, quatre-vingt-trois.
        A: 06 74 21 09 83, merci. Un conseiller va vous rappeler pour l'étude. Quel moment vous
           arrange ?
        C: L'après-midi, plutôt. Le matin, je suis au jardin. Jeudi, ça irait ?
        A: Jeudi après-midi, vers quelle heure ?
        C: Trois heures. Après la sieste.
        A: Jeudi après-midi, quinze heures, c'est noté. Vous avez une question que vous voulez poser
           au conseiller ?
        C: Oui : si on peut garder la chaudière en plus des panneaux. Parce que je ne vais pas tout
           changer d'un coup, hein.
        A: Je lui note. Merci, monsieur Tanguy, bonne journée.
        C: Au revoir, madame.
        """,
        client="Mr",
        objections="veut garder sa chaudière fioul",
        client_first_name_data_ia="Yannick",
        client_last_name_data_ia="Tanguy",
        client_phone_number="0297431865",
        client_city_data_ia="Vannes",
        client_address_data_ia="22 rue des Goélands",
        client_postal_code_data_ia="56000",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="142",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="100",
        toiture_data_ia="ardoises",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="68",
        age_mme_data_ia="66",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="retraitée",
        tel2_data_ia="0674210983",
        creneau_rappel_data_ia="jeudi après-midi",
        heure_rappel_data_ia="15h",
        **_OWNER,
    ),
    _script(
        "h4_olivet_fonction_publique",
        "a civil servant driving home (Olivet, 'dans le Loiret', postal code in two parts):"
        " air-to-water heat pump, the bill known only for the year (1800), roof on the side where"
        " the sun rises (est, as she and the agent settle), husband a lorry driver (job title, no"
        " status said), 'mardi, vers dix-sept heures' (slot 'mardi': no part of the day was named,"
        " the hour says the rest)",
        """
        A: Bonjour madame, Arnaud, de Loiret Solaire Conseil. Madame Lacroix ?
        C: Oui... c'est moi. Qu'est-ce que c'est ?
        A: Je vous appelle suite à votre simulation en ligne pour des panneaux solaires, la semaine
           dernière.
        C: Ah oui, c'est vrai, j'avais oublié. Je sors du travail, là, je suis en voiture. Mais
           allez-y, je suis en mains libres.
        A: Je vais faire court, alors. Vous êtes propriétaire de votre maison ?
        C: Oui. Enfin, avec la banque, pour encore douze ans. Mais oui.
        A: Et c'est bien à Olivet ?
        C: Olivet, oui, dans le Loiret. Quarante-cinq, cent soixante.
        A: L'adresse, je vous prie ?
        C: Trois, allée des Mésanges.
        A: Merci. Et votre prénom, madame Lacroix ?
        C: Véronique.
        A: Le chauffage, chez vous, c'est quoi ?
        C: On a une pompe à chaleur. Air-eau. On l'a fait poser il y a quatre ans, avec la prime.
        A: D'accord. Et votre facture d'électricité, vous savez combien elle fait ?
        C: Par mois, je ne sais pas trop, ça bouge tout le temps. Mais sur l'année, on a payé mille
           huit cents euros. J'ai reçu la régularisation le mois dernier, ça m'a fait mal.
        A: Mille huit cents euros à l'année, c'est noté. Et la maison, elle fait combien de mètres
           carrés ?
        C: Cent vingt.
        A: Cent vingt. Le toit, c'est des tuiles ?
        C: Oui, des tuiles. Des tuiles rouges, normales.
        A: Et vous savez comment il est orienté ?
        C: Alors... Le matin, le soleil se lève juste en face de notre chambre, et le toit descend
           de ce côté-là. Donc... l'est ? C'est ça ?
        A: Oui, si le soleil se lève de ce côté, c'est l'est.
        C: Voilà, l'est.
        A: Est-ce que je peux vous demander votre âge ?
        C: Quarante-cinq ans.
        A: Et vous vivez en couple ?
        C: Mariée. Mon mari a quarante-sept ans. Et on a deux ados, quinze et dix-sept ans. Ils
           mangent comme quatre.
        A: Et vous travaillez tous les deux ?
        C: Moi, je suis dans la fonction publique. À la préfecture. Mon mari, il est chauffeur
           routier. Il est sur la route toute la semaine, il rentre le vendredi soir.
        A: Et justement, est-ce que le conseiller peut rappeler quand il est là ? Le samedi ?
        C: Le samedi, non, entre les courses et le sport des enfants... Non, appelez-moi, moi. En
           semaine. Mardi, vers dix-sept heures, je serai rentrée.
        A: Mardi, vers dix-sept heures. Sur quel numéro ?
        C: Mon portable. Zéro six, cinquante et un, trente-huit, vingt-quatre, quatre-vingt-dix.
        A: Je répète : zéro six, cinquante et un, trente-huit, vingt-quatre, quatre-vingt-dix.
        C: C'est ça. Et dites-moi, ça va ensemble, les panneaux et une pompe à chaleur ? Une
           collègue m'a dit que oui.
        A: Oui, c'est même une bonne combinaison : la pompe consomme de l'électricité, et les
           panneaux en produisent dans la journée. Le conseiller vous fera le calcul.
        C: Bon. Très bien.
        A: Merci, madame Lacroix, et bonne route.
        C: Merci, au revoir.
        """,
        client="Mme",
        client_first_name_data_ia="Véronique",
        client_last_name_data_ia="Lacroix",
        client_phone_number="0651382490",
        client_city_data_ia="Olivet",
        client_address_data_ia="3 allée des Mésanges",
        client_postal_code_data_ia="45160",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="1800",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="120",
        toiture_data_ia="tuiles",
        orientation_data_ia="est",
        age_mr_data_ia="47",
        age_mme_data_ia="45",
        situation_familiale_data_ia="mariée, 2 enfants",
        activite_mr_data_ia="chauffeur routier",
        activite_mme_data_ia="fonctionnaire",
        creneau_rappel_data_ia="mardi",
        heure_rappel_data_ia="17h",
        **_OWNER,
    ),
    _script(
        "h4_montbrison_chantier",
        "a partial call: a plumber on a building site (Montbrison, 'dans la Loire') answers owner,"
        " all-electric, tiles and his age, not the bill ('-'), asks a question back and has the"
        " call cut short: 'demain matin, vers neuf heures' (slot 'demain matin', as said); the"
        " agent reads the number he is called on and he confirms it (main); 'ma femme' gives"
        " 'marié'; 'plombier' is a job title with no status said",
        """
        A: Allô, bonjour monsieur ! Capucine, de Forez Énergie Verte. Je cherche à joindre monsieur
           Besson.
        C: Ouais, c'est moi. Fabrice Besson. Je vous entends mal, je suis sur un chantier, là.
        A: Je vous appelle pour votre demande d'étude, pour des panneaux solaires. Je peux vous
           poser deux, trois questions rapides ?
        C: Vite fait, alors. J'ai un client qui attend.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui, oui, propriétaire.
        A: Et c'est à quel endroit ?
        C: À Montbrison. Dans la Loire. Hein ? ... Non, pas toi, Jérôme, je suis au téléphone !
           Pardon. Oui, Montbrison.
        A: Vous vous chauffez comment ?
        C: À l'électrique. Tout électrique. Des convecteurs qui datent de la construction. C'est
           pour ça que je veux voir pour les panneaux, la facture, elle pique.
        A: Justement, elle fait combien, votre facture ?
        C: Ah, ça... De tête, je ne sais pas. C'est ma femme qui a les papiers. Beaucoup, en tout
           cas.
        A: Pas de problème. Et le toit, c'est des tuiles ?
        C: Des tuiles, oui. Je l'ai fait refaire il y a deux ans. D'ailleurs, c'est vous qui posez,
           ou vous sous-traitez ? Parce que moi, je suis plombier, je vois passer des trucs sur les
           chantiers, je vous raconte pas.
        A: Ce sont nos propres techniciens, monsieur Besson. Le conseiller vous expliquera comment
           se passe la pose. Je peux vous demander votre âge ?
        C: Trente-neuf ans. Bon, écoutez, là, je ne peux vraiment pas vous parler plus longtemps,
           j'ai les mains dans une chaudière. Vous pouvez me rappeler ?
        A: Bien sûr. Quand est-ce que ça vous arrange ?
        C: Demain matin. Avant d'attaquer. Vers neuf heures, ça ira, demain je commence plus tard.
        A: Demain matin, vers neuf heures. Je vous rappelle sur ce numéro, le zéro six, vingt-huit,
           soixante-sept, quarante, douze ?
        C: Oui, c'est mon portable. Ma femme sera là, elle aura les factures. Et préparez vos
           questions, comme ça, ce sera rapide.
        A: Très bien. Je note : demain matin, neuf heures. Bonne journée, monsieur Besson.
        C: Ouais, merci. Salut.
        """,
        client="Mr",
        objections="pressé (sur un chantier) ; demande si la pose est sous-traitée",
        client_first_name_data_ia="Fabrice",
        client_last_name_data_ia="Besson",
        client_phone_number="0628674012",
        client_city_data_ia="Montbrison",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        toiture_data_ia="tuiles",
        age_mr_data_ia="39",
        situation_familiale_data_ia="marié",
        activite_mr_data_ia="plombier",
        creneau_rappel_data_ia="demain matin",
        heure_rappel_data_ia="9h",
        **_OWNER,
    ),
    _script(
        "h4_chalon_infirmiere_de_nuit",
        "a partial call: a night-shift nurse woken up (Chalon-sur-Saône, 'soixante et onze mille"
        " cent') knows gas heating, a bill band said per month, the ages and the children, not the"
        " surface or the orientation; she gives her husband's mobile for the callback, the only"
        " number said, so the main one; his first name is not hers; 'samedi matin' with no hour"
        " ('-'); 'infirmière' is a job title with no status said",
        """
        A: Bonjour madame, Jérémy, de Saône Énergie Conseil. Je suis bien chez monsieur et madame
           Guérin ?
        C: Oui... Oui, c'est madame Guérin. Excusez-moi, je dormais, je rentre de garde.
        A: Oh, pardon, je vous ai réveillée. Je peux rappeler plus tard, si vous préférez ?
        C: Non, non, allez-y, maintenant je suis réveillée. C'est pour quoi ?
        A: C'est au sujet des panneaux solaires : votre mari a fait une demande d'étude sur notre
           site.
        C: Ah, c'est lui, alors. Il m'en a parlé, oui. Mais c'est lui qui s'occupe de tout ça, hein.
           Moi, je suis infirmière, je fais les nuits, je ne vois pas passer grand-chose.
        A: Je comprends. Je vous pose juste quelques questions simples, et pour le reste, on verra
           avec lui. Vous êtes propriétaires ?
        C: Oui, on a acheté il y a cinq ans.
        A: C'est bien à Chalon-sur-Saône ?
        C: Chalon, oui. Soixante et onze mille cent.
        A: Et votre prénom, madame Guérin ?
        C: Aurore.
        A: Le chauffage, c'est quoi, chez vous ?
        C: Le gaz. Une chaudière au gaz, dans le garage.
        A: Et la facture d'électricité, à peu près ?
        C: Oh, pas énorme. Moins de quatre-vingts euros par mois, je crois. On n'a que la lumière et
           l'électroménager.
        A: Moins de quatre-vingts euros par mois. Et la maison, elle fait combien de mètres carrés ?
        C: Aucune idée. Cinq pièces, mais en mètres carrés... Demandez à mon mari.
        A: Et le toit, vous savez comment il est orienté ?
        C: Ben... non. Le jardin est derrière, mais je ne sais pas si c'est le sud ou quoi.
           Vraiment, voyez ça avec Ludovic.
        A: D'accord. Je peux vous demander votre âge ?
        C: Trente-huit ans. Mon mari en a quarante.
        A: Vous avez des enfants ?
        C: Trois. Six, neuf et onze ans. Heureusement qu'ils sont à l'école, sinon je n'aurais pas
           dormi du tout.
        A: Très bien. Pour l'étude, il vaudrait mieux que le conseiller parle avec votre mari. Quand
           est-ce qu'il est joignable ?
        C: Le samedi matin, il est toujours à la maison. En semaine, il part à six heures, il rentre
           tard.
        A: Samedi matin, alors. Vous avez une heure de préférence ?
        C: Je ne sais pas, moi... Le matin, quand vous voulez. Pas trop tôt, quand même.
        A: Je note samedi matin. Sur quel numéro ?
        C: Appelez-le sur son portable, c'est plus sûr. Attendez, je ne l'ai pas par cœur... Voilà :
           zéro six, quarante-quatre, quatre-vingt-un, soixante, zéro deux.
        A: Zéro six, quarante-quatre, quatre-vingt-un, soixante, zéro deux. C'est noté.
        C: Et moi, je vais me recoucher.
        A: Bien sûr. Merci, madame Guérin, et bon repos.
        C: Au revoir.
        """,
        client="Mme",
        objections="ne connaît pas les détails, renvoie à son mari",
        client_first_name_data_ia="Aurore",
        client_last_name_data_ia="Guérin",
        client_phone_number="0644816002",
        client_city_data_ia="Chalon-sur-Saône",
        client_postal_code_data_ia="71100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="moins_de_80",
        mensuelle_annuelle_data_ia="mensuelle",
        age_mr_data_ia="40",
        age_mme_data_ia="38",
        situation_familiale_data_ia="mariée, 3 enfants",
        activite_mme_data_ia="infirmière",
        creneau_rappel_data_ia="samedi matin",
        **_OWNER,
    ),
    _script(
        "h4_agen_refus",
        "a polite but firm refusal in Agen: an owner who has just replaced her oil boiler with a"
        " heat pump (the heating now: pompe à chaleur), a neighbour's leaking roof, no"
        " documentation and no callback, number removed; her surname from the agent's greeting,"
        " which she confirms",
        """
        A: Bonjour madame, Benoît, de Garonne Solaire. Je suis bien chez madame Cazenave ?
        C: Oui. C'est pour quoi ?
        A: Je vous appelle au sujet de la production d'électricité solaire. En ce moment, on réalise
           des études gratuites dans votre secteur, à Agen et aux alentours...
        C: Je suis à Agen, oui, mais écoutez, je vais vous arrêter tout de suite.
        A: Je vous en prie.
        C: On a déjà fait les travaux. L'an dernier, on a remplacé la chaudière fioul par une pompe
           à chaleur, on a fait isoler les combles. On a assez dépensé comme ça, franchement.
        A: Je comprends. Et justement, avec une pompe à chaleur, les panneaux permettent de réduire
           ce qu'elle consomme. Vous êtes propriétaire de la maison, je suppose ?
        C: Oui, on est propriétaires, sinon on n'aurait pas fait tout ça. Mais non. Non, ça ne
           m'intéresse pas.
        A: Est-ce que je peux vous demander ce qui vous retient ? C'est le prix ?
        C: Le prix, l'emprunt, les gens qui viennent chez vous... Ma voisine en a fait mettre, elle
           a eu des infiltrations dans les chambres pendant un an. Non, non. Sur mon toit, personne
           ne monte.
        A: Les infiltrations, c'est souvent un problème de pose. Nous, nous sommes certifiés, avec
           une garantie décennale...
        C: Oui, c'est ce qu'on lui avait dit aussi, à ma voisine. Et le jour où il a fallu faire
           jouer la garantie, il n'y avait plus personne.
        A: Je comprends votre méfiance. Est-ce que je pourrais simplement vous envoyer une
           documentation, et vous rappeler dans quelques mois ?
        C: Non merci. Ni documentation ni rappel. Et je vous demanderai de retirer mon numéro, s'il
           vous plaît. On reçoit trois appels par jour, c'est devenu infernal.
        A: Très bien, madame, je le retire de notre fichier. Excusez-moi pour le dérangement.
        C: Il n'y a pas de mal, vous faites votre travail. Au revoir.
        A: Au revoir, madame, bonne journée.
        """,
        client="Mme",
        objections=(
            "vient d'investir (pompe à chaleur, isolation) ; prix et emprunt ; infiltrations chez"
            " une voisine ; refuse documentation et rappel ; démarchée trop souvent"
        ),
        client_last_name_data_ia="Cazenave",
        client_city_data_ia="Agen",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        **_LOST,
    ),
    _script(
        "h4_villefranche_locataire",
        "a young tenant of a small house in Villefranche-sur-Saône ('dans le Rhône', postal code"
        " confirmed in digits) who clicked an ad: electric heating, 120 a month, pacsé with no"
        " children yet, a forklift driver 'en CDD' (CDD); the agent closes the request, no"
        " callback",
        """
        A: Bonjour monsieur, Fanny, de Beaujolais Énergie Solaire. Monsieur Chapuis ?
        C: Oui, Mickaël Chapuis. C'est pour quoi ?
        A: Vous avez demandé une estimation pour des panneaux solaires sur notre site, hier soir.
        C: Ah ouais, c'est moi. J'ai vu la pub, "divisez votre facture par deux", j'ai cliqué. Ça
           marche vraiment, ce truc ?
        A: Ça dépend de la maison, c'est justement ce qu'on regarde avec l'étude. Vous habitez une
           maison ?
        C: Une petite maison, oui, avec un bout de jardin. À Villefranche. Villefranche-sur-Saône,
           dans le Rhône.
        A: Le code postal, c'est bien le 69400 ?
        C: 69400, ouais.
        A: Et vous en êtes propriétaire ?
        C: Euh, non. On loue. Mais le proprio, il est cool, il habite juste à côté. Si c'est
           rentable, il dira peut-être oui, non ?
        A: Je comprends. Le souci, c'est que l'installation se fait sur le toit : c'est le
           propriétaire qui doit faire la demande, et c'est lui qui finance. Vous vous chauffez
           comment, actuellement ?
        C: À l'électrique. Des radiateurs, un peu vieux. Et un petit chauffage d'appoint dans la
           salle de bains.
        A: Et ça vous fait une facture de combien ?
        C: Cent vingt euros. Tous les mois. Et cet hiver, on a eu une régul en plus. C'est pour ça
           que je cherchais.
        A: Je vois. Vous êtes seul dans la maison ?
        C: Non, avec ma copine. On est pacsés depuis l'an dernier. Pas encore d'enfants.
        A: Et si ce n'est pas indiscret, vous avez quel âge ?
        C: Trente-trois ans.
        A: Vous travaillez dans le coin ?
        C: Ouais, je suis cariste, dans un entrepôt à côté. En CDD, pour l'instant. J'espère passer
           en CDI à la rentrée.
        A: Je vous le souhaite. Pour les panneaux, malheureusement, tant que vous êtes locataire, on
           ne peut pas monter de dossier à votre nom. Si votre propriétaire est intéressé, il peut
           nous contacter directement.
        C: Ah, d'accord. Bon, je lui en parlerai, mais bon... Vous ne pouvez pas l'appeler, vous ?
        A: Je n'ai pas le droit de l'appeler sans sa demande, je suis désolée. Il pourra faire la
           simulation sur notre site, comme vous.
        C: Ouais. Tant pis. Vous ne me rappelez pas, alors ?
        A: Non, je clôture votre demande. Merci de votre temps, monsieur Chapuis.
        C: Pas de souci. Salut.
        """,
        client="Mr",
        objections="locataire ; la décision revient au propriétaire",
        client_first_name_data_ia="Mickaël",
        client_last_name_data_ia="Chapuis",
        client_city_data_ia="Villefranche-sur-Saône",
        client_postal_code_data_ia="69400",
        proprietaire_data_ia="non",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="120",
        mensuelle_annuelle_data_ia="mensuelle",
        age_mr_data_ia="33",
        situation_familiale_data_ia="pacsé",
        activite_mr_data_ia="CDD",
        **_LOST,
    ),
    _script(
        "h4_gerardmer_chambres_hotes",
        "a guest-house owner in Gérardmer ('dans les Vosges', postal code digit by digit): pellet"
        " stove as main heating (bois; the rooms' electric radiators are kept low), a yearly bill"
        " ('mille deux cents, un peu plus': 1200), afternoon sun on the back pan (ouest, as the"
        " agent rephrases), less than 20 m² free, a partner of 23 years not married (en couple),"
        " her landline read by the agent and confirmed; 'vendredi, en début d'après-midi, vers"
        " deux heures' confirmed as 'vendredi après-midi, 14h'",
        """
        A: Bonjour madame, Cédric, de Vosges Énergie Habitat. Madame Claudel ?
        C: Oui, Isabelle Claudel. Bonjour.
        A: Madame Claudel, je vous appelle suite à votre demande d'étude solaire. Vous avez quelques
           minutes ?
        C: Oui, c'est le bon moment, mes clients sont partis ce matin. Je tiens des chambres
           d'hôtes, alors le matin, c'est le coup de feu.
        A: Ah, des chambres d'hôtes ! Ça doit consommer, ça.
        C: Ah ça, oui. Les machines à laver, les draps, le sèche-linge... C'est pour ça que je me
           suis renseignée.
        A: Vous êtes propriétaire des lieux ?
        C: Oui, c'est notre maison. Les chambres sont à l'étage.
        A: Et c'est où, exactement ?
        C: À Gérardmer, dans les Vosges. Au-dessus du lac.
        A: Vous me donnez le code postal ?
        C: Huit, huit, quatre, zéro, zéro.
        A: 88400. Et l'adresse ?
        C: Quarante-sept, chemin des Myrtilles.
        A: Le chauffage, c'est quoi ?
        C: Un poêle à granulés, un gros, dans la pièce du bas. Il chauffe toute la maison. Il y a
           aussi un radiateur électrique dans chaque chambre, pour les clients, mais on les laisse
           au minimum.
        A: Donc le chauffage principal, c'est le poêle à granulés.
        C: Oui, c'est lui.
        A: Et votre facture d'électricité ?
        C: Je la regarde à l'année, pour la comptabilité. L'an dernier, c'était... mille deux cents
           euros. Mille deux cents, un peu plus.
        A: Mille deux cents euros par an. La surface de la maison ?
        C: Cent quarante mètres carrés, avec les chambres.
        A: Et le toit ?
        C: Des tuiles. Des tuiles brunes. Avec la neige qu'on a, il a bien tenu.
        A: Vous savez comment il est orienté ?
        C: Alors... Le pan de derrière, il a le soleil tout l'après-midi, jusqu'au coucher. Devant,
           côté route, on a l'ombre des sapins.
        A: Le soleil de l'après-midi jusqu'au coucher, c'est plutôt l'ouest.
        C: Voilà, l'ouest. Vous savez ça mieux que moi.
        A: Et sur ce pan, il y a au moins vingt mètres carrés de libres ?
        C: Hm, non, je ne crois pas. Il y a deux velux pour les chambres, et le conduit du poêle.
           Moins de vingt mètres carrés, c'est sûr.
        A: D'accord, le technicien regardera. Vous pouvez me dire votre âge ?
        C: Cinquante-deux ans.
        A: Vous vivez seule ?
        C: Non, avec mon compagnon, Pascal. On n'est pas mariés, mais ça fait vingt-trois ans. Il a
           cinquante-cinq ans. Et on a une fille, qui fait ses études à Nancy.
        A: Et Pascal travaille avec vous ?
        C: Non, il est à la scierie, en CDI. Moi, les chambres d'hôtes, je suis à mon compte depuis
           huit ans.
        A: Très bien. Le conseiller peut vous rappeler quand ?
        C: Vendredi, en début d'après-midi, c'est calme. Vers deux heures.
        A: Vendredi après-midi, quatorze heures. Sur ce numéro, le zéro trois, vingt-neuf, soixante,
           quatorze, cinquante-sept ?
        C: Oui, c'est le fixe des chambres. Il est renvoyé sur mon portable, je l'ai toujours sur
           moi.
        A: Parfait. Merci, madame Claudel, bonne journée.
        C: Merci à vous. Au revoir.
        """,
        client="Mme",
        objections="peu de place libre sur le toit (velux, conduit)",
        client_first_name_data_ia="Isabelle",
        client_last_name_data_ia="Claudel",
        client_phone_number="0329601457",
        client_city_data_ia="Gérardmer",
        client_address_data_ia="47 chemin des Myrtilles",
        client_postal_code_data_ia="88400",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="1200",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="140",
        toiture_data_ia="tuiles",
        orientation_data_ia="ouest",
        toit_libre="moins de 20m",
        age_mr_data_ia="55",
        age_mme_data_ia="52",
        situation_familiale_data_ia="en couple, 1 enfant",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="indépendante depuis 8 ans",
        creneau_rappel_data_ia="vendredi après-midi",
        heure_rappel_data_ia="14h",
        **_OWNER,
    ),
    _script(
        "h4_montelimar_deux_mois",
        "a factory worker on his break in Montélimar (postal code 'vingt-six, deux cents'):"
        " all-electric, a bill every two months (260) that the agent turns into 130 a month, '90"
        " m² plus le garage', tiles due south with room, both ages, a childminder wife (job"
        " title), household income, his mobile then his wife's, Monday evening at eight",
        """
        A: Bonjour monsieur, Elsa, de Drôme Ardèche Solaire. Je suis bien chez monsieur Reynaud ?
        C: Oui, Stéphane Reynaud. C'est pour les panneaux ? Vous avez fait vite, j'ai rempli le
           formulaire ce matin.
        A: On essaie. Vous avez un moment, là ?
        C: Je suis en pause, j'ai un quart d'heure. Ça ira ?
        A: Largement. Alors, vous êtes propriétaire ?
        C: Oui, depuis deux mille dix-sept. Une maison des années soixante-dix, qu'on a retapée
           nous-mêmes.
        A: Elle est où, cette maison ?
        C: À Montélimar. Tout au sud de Montélimar, vers la zone commerciale. Vingt-six, deux cents.
        A: 26200. Et le numéro et la rue ?
        C: Cinq, impasse des Cigales.
        A: Le chauffage, c'est quoi ?
        C: Tout électrique. Des convecteurs, c'était déjà là quand on a acheté. On a juste changé le
           ballon d'eau chaude.
        A: Et vous payez combien d'électricité ?
        C: Nous, on reçoit la facture tous les deux mois. La dernière, c'était deux cent soixante
           euros.
        A: Deux cent soixante pour deux mois, ça fait cent trente par mois.
        C: Cent trente, oui. L'hiver, c'est pire, évidemment.
        A: La surface de la maison ?
        C: Quatre-vingt-dix mètres carrés. Plus le garage.
        A: Le toit, c'est de la tuile ?
        C: De la tuile, oui. Orange, comme toutes les maisons du coin.
        A: Et il est orienté comment ?
        C: Plein sud. L'été, dans les combles, il fait cinquante degrés.
        A: C'est parfait pour le solaire. Sur ce pan, il y a au moins vingt mètres carrés de libres
           ?
        C: Vingt-cinq, trente, oui. Il n'y a rien dessus, à part l'antenne.
        A: Très bien. Je peux vous demander votre âge ?
        C: Quarante et un ans.
        A: Vous êtes marié ?
        C: Oui. Ma femme a trente-neuf ans. On a trois enfants, trois garçons, je ne vous dis pas le
           bruit.
        A: Et vous travaillez où, monsieur Reynaud ?
        C: À la nougaterie, en CDI. Je suis au conditionnement. Ma femme, elle est assistante
           maternelle, elle garde des petits à la maison.
        A: Pour le dossier des aides, j'ai besoin du revenu du foyer, à peu près.
        C: À nous deux... trois mille deux cents par mois, à peu près. Un peu moins certains mois.
        A: Trois mille deux cents euros par mois. Un numéro pour le conseiller ?
        C: Mon portable : zéro sept, quatre-vingt-un, cinquante-trois, trente-six, quatorze.
        A: Je répète : zéro sept, quatre-vingt-un, cinquante-trois, trente-six, quatorze.
        C: C'est ça. Mais au travail, je ne peux pas toujours décrocher. Alors notez aussi celui de
           ma femme : zéro six, dix-neuf, vingt-deux, quatre-vingt-cinq, soixante-dix-sept.
        A: C'est noté. Quand est-ce que le conseiller peut vous rappeler ?
        C: Le soir. Lundi soir, vers vingt heures, les petits seront couchés.
        A: Lundi soir, vingt heures. Vous avez une question pour lui ?
        C: Oui : en combien de temps c'est rentabilisé. Parce qu'on ne va peut-être pas rester là
           toute la vie.
        A: Il vous fera le calcul. Merci, monsieur Reynaud, bonne fin de pause.
        C: Merci, au revoir.
        """,
        client="Mr",
        objections=(
            "veut connaître le délai de rentabilité ; ne restera peut-être pas dans la maison"
        ),
        client_first_name_data_ia="Stéphane",
        client_last_name_data_ia="Reynaud",
        client_phone_number="0781533614",
        client_city_data_ia="Montélimar",
        client_address_data_ia="5 impasse des Cigales",
        client_postal_code_data_ia="26200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="130",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="90",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="41",
        age_mme_data_ia="39",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="assistante maternelle",
        revenu_data_ia="3200 euros par mois",
        tel2_data_ia="0619228577",
        creneau_rappel_data_ia="lundi soir",
        heure_rappel_data_ia="20h",
        **_OWNER,
    ),
    _script(
        "h4_sable_propane",
        "a wary countryman outside Sablé-sur-Sarthe (postal code 'soixante-douze, trois cents'):"
        " asks who installs and what it costs, propane boiler (gaz: 'pas le gaz de ville'), the"
        " bill asked of his wife across the room (110 a month), slate, sun 'du matin au soir' with"
        " no orientation known (bien ensoleillée), his own age only, 'ma femme' (marié), his"
        " landline read and confirmed, Wednesday morning at ten",
        """
        A: Bonjour monsieur, Solène, de Sarthe Habitat Énergie. Je suis bien chez monsieur Pichon ?
        C: Oui. Qu'est-ce que vous vendez ?
        A: Je ne vends rien par téléphone, monsieur. On réalise des études gratuites pour des
           panneaux solaires, et vous aviez...
        C: Les panneaux solaires. Hm. Et c'est vous qui posez, ou vous envoyez des sous-traitants ?
        A: Ce sont nos propres équipes, des poseurs salariés de l'entreprise.
        C: Parce que mon beau-frère, il a eu des sous-traitants, et il a fallu refaire la moitié de
           l'installation.
        A: Je comprends. Chez nous, c'est la même équipe du début à la fin. Vous êtes propriétaire
           de votre maison, monsieur Pichon ?
        C: Oui. Bon, allez-y, posez vos questions.
        A: Merci. Votre prénom, c'est... ?
        C: Gilles.
        A: Et vous êtes à Sablé-sur-Sarthe, c'est bien ça ?
        C: C'est Sablé, oui, mais on est en dehors, à la campagne. Soixante-douze, trois cents.
        A: Comment vous vous chauffez ?
        C: Au gaz. Pas le gaz de ville, on n'a pas ça, ici : une cuve de propane, au fond du jardin.
        A: D'accord, au propane. Et votre facture d'électricité, à peu près ?
        C: Ça, attendez... Chantal ! C'est combien, l'électricité ? ... Elle dit cent dix. Cent dix
           euros par mois.
        A: Cent dix euros par mois, merci. La maison fait quelle surface ?
        C: Cent trente mètres carrés. Pourquoi, ça change quelque chose ?
        A: Ça donne une idée de votre consommation. Et le toit ?
        C: De l'ardoise.
        A: Vous savez comment il est orienté ?
        C: Ah, l'orientation, je ne saurais pas vous dire. Ce que je sais, c'est qu'il n'y a rien
           autour, pas un arbre, pas un voisin. Le soleil, on l'a du matin au soir.
        A: Très bien, donc un toit bien ensoleillé. Le conseiller vérifiera l'orientation exacte.
        C: Et ça coûte combien, en gros ? Parce que vous ne m'avez toujours pas parlé des prix.
        A: Ça dépend de la puissance : entre six et dix mille euros, en général, avant les aides. Le
           conseiller vous fera un devis précis.
        C: Dix mille euros... Bon. On verra.
        A: Je me permets : vous avez quel âge, monsieur Pichon ?
        C: Cinquante-huit ans.
        A: Et vous travaillez ?
        C: Oui, encore quatre ans à tirer. Je suis magasinier à la coopérative agricole, en CDI.
        A: Un conseiller pourrait vous rappeler pour l'étude ?
        C: Oui, mais avec ma femme, c'est elle qui tient les comptes. Mercredi matin, elle est là.
           Dix heures.
        A: Mercredi matin, dix heures. Sur ce numéro, le zéro deux, quarante-trois,
           quatre-vingt-quinze, douze, trente et un ?
        C: Oui, c'est le fixe. C'est le seul, je n'ai pas de portable.
        A: Merci, monsieur Pichon. Bonne journée.
        C: Au revoir.
        """,
        client="Mr",
        objections="méfiance envers les sous-traitants ; le prix (jusqu'à dix mille euros)",
        client_first_name_data_ia="Gilles",
        client_last_name_data_ia="Pichon",
        client_phone_number="0243951231",
        client_city_data_ia="Sablé-sur-Sarthe",
        client_postal_code_data_ia="72300",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="110",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="130",
        toiture_data_ia="ardoises",
        orientation_data_ia="bien ensoleillée",
        age_mr_data_ia="58",
        situation_familiale_data_ia="marié",
        activite_mr_data_ia="CDI",
        creneau_rappel_data_ia="mercredi matin",
        heure_rappel_data_ia="10h",
        **_OWNER,
    ),
    _script(
        "h4_bethune_jeunes_maries",
        "a young married cashier in Béthune ('dans le Pas-de-Calais', 'soixante-deux, quatre"
        " cents'): town gas, the bill just raised to 87 a month (the old 70 is not it), 104 m²,"
        " red tiles on an east pan and a west pan (est-ouest), free roof space not known ('-'), no"
        " children yet, husband an electrician 'à son compte depuis trois ans', Saturday at eleven",
        """
        A: Bonjour madame, Damien, d'Artois Énergie Solaire. Je suis bien chez madame Delcourt ?
        C: Oui, Laetitia Delcourt. Bonjour.
        A: Je vous appelle au sujet de votre demande d'étude pour des panneaux solaires.
        C: Ah oui ! C'est mon mari qui voulait que je remplisse le formulaire. Il est au travail,
           mais je peux vous répondre.
        A: Très bien. Vous êtes propriétaires ?
        C: Oui. Depuis deux ans. C'est notre première maison.
        A: Félicitations. Elle est où ?
        C: À Béthune, dans le Pas-de-Calais. Soixante-deux, quatre cents.
        A: Et l'adresse ?
        C: Cent douze, rue des Coquelicots.
        A: Votre chauffage, c'est quoi ?
        C: Une chaudière gaz. Le gaz de ville.
        A: Et pour l'électricité, vous payez combien ?
        C: Quatre-vingt-sept euros par mois. On vient de passer à quatre-vingt-sept, avant c'était
           soixante-dix.
        A: Quatre-vingt-sept par mois. Et la surface ?
        C: Cent quatre mètres carrés. C'est une maison de ville, tout en longueur, avec le jardin
           derrière.
        A: Le toit, c'est des tuiles ?
        C: Oui, des tuiles rouges. C'est une maison en briques, comme toute la rue.
        A: Il est orienté comment ?
        C: Il y a deux côtés : un vers l'est, côté rue, et l'autre vers l'ouest, côté jardin. Mon
           mari a regardé avec la boussole de son téléphone.
        A: Est et ouest, d'accord. Et les deux pans sont libres ?
        C: Oui, il n'y a rien dessus. Mais ce n'est pas très grand, hein, la maison est étroite. Je
           ne sais pas si ça fait vingt mètres carrés.
        A: Le technicien mesurera. Vous avez quel âge, madame Delcourt ?
        C: Vingt-neuf ans. Mon mari, trente et un.
        A: Des enfants ?
        C: Pas encore. On s'est mariés l'an dernier.
        A: Et vous travaillez tous les deux ?
        C: Oui. Moi, je suis caissière, à l'hypermarché, en CDI. Mon mari est électricien, à son
           compte depuis trois ans. C'est pour ça qu'il s'intéresse aux panneaux, d'ailleurs. Il
           voudrait voir comment vous travaillez.
        A: Il pourra poser toutes ses questions au conseiller. Quand est-ce que vous êtes
           disponibles tous les deux ?
        C: Le samedi. Samedi matin, vers onze heures ?
        A: Samedi matin, onze heures, c'est noté. Et un numéro ?
        C: Mon portable : zéro sept, soixante-huit, quarante, vingt-cinq, quatre-vingt-dix-neuf.
        A: Zéro sept, soixante-huit, quarante, vingt-cinq, quatre-vingt-dix-neuf.
        C: C'est bien ça. Et c'est gratuit, la visite ?
        A: Entièrement gratuite, et sans engagement.
        C: Parfait. Merci !
        A: Merci à vous, madame Delcourt. Bonne journée.
        """,
        client="Mme",
        objections="toit peut-être petit (maison étroite)",
        client_first_name_data_ia="Laetitia",
        client_last_name_data_ia="Delcourt",
        client_phone_number="0768402599",
        client_city_data_ia="Béthune",
        client_address_data_ia="112 rue des Coquelicots",
        client_postal_code_data_ia="62400",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="87",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="104",
        toiture_data_ia="tuiles",
        orientation_data_ia="est-ouest",
        age_mr_data_ia="31",
        age_mme_data_ia="29",
        situation_familiale_data_ia="mariée",
        activite_mr_data_ia="indépendant depuis 3 ans",
        activite_mme_data_ia="CDI",
        creneau_rappel_data_ia="samedi matin",
        heure_rappel_data_ia="11h",
        **_OWNER,
    ),
    _script(
        "h4_saumur_veuf_boulanger",
        "a widowed retired baker of 79 in Saumur ('dans le Maine-et-Loire', 'quarante-neuf, quatre"
        " cents'), hard of hearing: a wood cooker and stove (bois), 78 a month, 80 m², slate"
        " facing north 'd'après mon fils', two sons (veuf, 2 enfants), a visit on Thursday morning"
        " at half past ten with his son; his landline read and confirmed (main), the son's mobile"
        " (tel2)",
        """
        A: Bonjour monsieur, Coralie, de Loire Anjou Énergie. Je suis bien chez monsieur Gaudin ?
        C: Comment ? Parlez plus fort, mademoiselle, j'entends mal.
        A: Monsieur Gaudin ? Coralie, de Loire Anjou Énergie !
        C: Oui, c'est moi, René Gaudin. C'est pour quoi ?
        A: Pour les panneaux solaires, monsieur Gaudin. Votre fils nous a contactés pour une étude,
           pour votre maison.
        C: Ah, c'est Olivier. Oui, il m'a dit qu'on m'appellerait. Il veut que je fasse des
           économies.
        A: Vous êtes bien propriétaire de la maison ?
        C: Oui, depuis toujours. C'est moi qui l'ai fait construire, en soixante-douze... Non, en
           soixante-quatorze.
        A: Et c'est à Saumur ?
        C: À Saumur, oui, dans le Maine-et-Loire. Quarante-neuf, quatre cents.
        A: À quelle adresse ?
        C: Trente et un, rue des Tonneliers.
        A: Et vous vous chauffez comment ?
        C: Au bois. J'ai une cuisinière à bois, et un poêle dans la salle. J'ai toujours fait comme
           ça. Mon fils dit qu'il faudrait autre chose, mais moi, je suis habitué.
        A: Et pour l'électricité, vous savez combien vous payez ?
        C: Soixante-dix-huit euros. Par mois. C'est prélevé sur le compte.
        A: Soixante-dix-huit par mois. La maison fait combien de mètres carrés ?
        C: Oh... quatre-vingts. Quatre-vingts mètres carrés, tout de plain-pied.
        A: Et le toit ?
        C: De l'ardoise, comme tout le monde ici.
        A: Vous savez dans quel sens il est orienté ?
        C: Au nord, d'après mon fils. Il dit que ce n'est pas le mieux, pour les panneaux.
        A: Le nord, c'est moins favorable, c'est vrai, mais le technicien regardera sur place. Vous
           vivez seul, monsieur Gaudin ?
        C: Oui, je suis veuf. Ma femme est partie il y a quatre ans.
        A: Je suis désolée. Vous avez des enfants ?
        C: Deux fils. Olivier, c'est lui qui vous a appelés, il habite à côté. L'autre est à Paris,
           on le voit à Noël.
        A: Et vous êtes à la retraite ?
        C: Oh, depuis longtemps ! J'étais boulanger. Retraité depuis dix-sept ans.
        A: Et vous avez quel âge, si je peux me permettre ?
        C: Soixante-dix-neuf ans. Quatre-vingts en décembre.
        A: Très bien. Le conseiller pourrait passer vous voir, avec votre fils si vous voulez ?
        C: Oui, avec Olivier, c'est mieux. Il vient le jeudi, le matin.
        A: Jeudi matin, à quelle heure ?
        C: Dix heures et demie. Il arrive vers dix heures, le temps qu'il boive son café.
        A: Jeudi matin, dix heures trente. Je vous joins sur ce numéro, le zéro deux, quarante et
           un, cinquante, trente-trois, quatre-vingt-deux ?
        C: Oui, c'est mon téléphone. Et si je n'entends pas, appelez Olivier. Son numéro est sur le
           frigo, attendez... Zéro six, trente, soixante-quinze, onze, quarante-six.
        A: Zéro six, trente, soixante-quinze, onze, quarante-six. Merci, monsieur Gaudin.
        C: Merci, mademoiselle. Au revoir.
        """,
        client="Mr",
        objections="toit orienté au nord ; veut que son fils soit présent",
        client_first_name_data_ia="René",
        client_last_name_data_ia="Gaudin",
        client_phone_number="0241503382",
        client_city_data_ia="Saumur",
        client_address_data_ia="31 rue des Tonneliers",
        client_postal_code_data_ia="49400",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="78",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="80",
        toiture_data_ia="ardoises",
        orientation_data_ia="nord",
        age_mr_data_ia="79",
        situation_familiale_data_ia="veuf, 2 enfants",
        activite_mr_data_ia="retraité",
        tel2_data_ia="0630751146",
        creneau_rappel_data_ia="jeudi matin",
        heure_rappel_data_ia="10h30",
        **_OWNER,
    ),
    _script(
        "h4_pamiers_aide_soignante",
        "a care assistant two years from retirement in Pamiers ('dans l'Ariège'), the postal code"
        " said 'neuf mille cent' and confirmed by the agent as 09100: storage heaters"
        " (électrique), 185 a month, 160 m², round tiles due south, about thirty m² free, her"
        " husband retired, four children, income, her mobile then his, Tuesday afternoon at half"
        " past four; 'aide-soignante' is a job title with no status said",
        """
        A: Bonjour madame, Mehdi, de Pyrénées Soleil Habitat. Je suis bien chez madame Soulié ?
        C: Oui, c'est moi. Monique Soulié.
        A: Madame Soulié, vous avez rempli un coupon sur notre stand, au marché, pour une étude
           solaire gratuite.
        C: Oui, c'est moi. Mon mari ne voulait pas, mais moi, je trouve que ça vaut le coup de se
           renseigner.
        A: Vous avez bien fait. Vous êtes propriétaires de votre maison ?
        C: Oui, on a fini de la payer l'an dernier, enfin !
        A: C'est bien à Pamiers ?
        C: À Pamiers, oui. Dans l'Ariège.
        A: Le code postal ?
        C: Neuf mille cent.
        A: 09100, merci. Et l'adresse ?
        C: Huit, chemin des Noyers.
        A: Comment vous vous chauffez ?
        C: À l'électricité. Des radiateurs à inertie, on les a changés il y a cinq ans. Mais avec
           les prix, maintenant...
        A: Justement, votre facture d'électricité, c'est combien ?
        C: Cent quatre-vingt-cinq euros par mois. Je vous le dis parce que je viens de recevoir le
           nouvel échéancier.
        A: Cent quatre-vingt-cinq. C'est une grande maison ?
        C: Cent soixante mètres carrés. Il y avait les enfants, avant... Maintenant, c'est trop
           grand pour nous deux.
        A: Le toit, il est en quoi ?
        C: En tuiles. Des tuiles rondes, comme partout dans le Sud-Ouest.
        A: Et il est orienté comment ?
        C: Au sud. On a les Pyrénées en face, plein sud.
        A: Et il y a au moins vingt mètres carrés libres sur ce pan ?
        C: Oh oui, une trentaine, au moins. C'est un grand toit.
        A: Parfait. Je vous demande votre âge, et celui de votre mari ?
        C: J'ai soixante et un ans, il en a soixante-trois.
        A: Vous travaillez encore ?
        C: Moi oui, encore deux ans. Je suis aide-soignante, en maison de retraite. Mon mari, lui,
           est à la retraite depuis l'an dernier. Il était à la SNCF.
        A: Et vous avez des enfants, je crois ?
        C: Quatre ! Et huit petits-enfants. Mariés depuis quarante-deux ans, vous vous rendez
           compte.
        A: Pour le dossier des aides, je vous demande le revenu du foyer, à peu près.
        C: Sa retraite et mon salaire... deux mille huit cents euros par mois, à peu près.
        A: Deux mille huit cents euros par mois. Un conseiller va vous rappeler, avec votre mari si
           possible. Quand est-ce que ça vous arrange ?
        C: Mardi, je suis de repos. Mardi après-midi, vers quatre heures et demie ?
        A: Mardi après-midi, seize heures trente. Sur quel numéro ?
        C: Mon portable : zéro six, quatre-vingt-trois, douze, soixante-neuf, cinquante-quatre. Et
           celui de mon mari, si je ne réponds pas : zéro six, trente-deux, soixante-dix, zéro huit,
           dix-neuf.
        A: C'est noté. Et votre mari, vous pensez qu'il se laissera convaincre ?
        C: Il dit non à tout, au début. Et après, c'est lui qui en parle à tout le monde.
        A: Merci, madame Soulié, bonne journée.
        C: Au revoir, jeune homme.
        """,
        client="Mme",
        objections="le mari réticent au départ",
        client_first_name_data_ia="Monique",
        client_last_name_data_ia="Soulié",
        client_phone_number="0683126954",
        client_city_data_ia="Pamiers",
        client_address_data_ia="8 chemin des Noyers",
        client_postal_code_data_ia="09100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="185",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="160",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="63",
        age_mme_data_ia="61",
        situation_familiale_data_ia="mariée, 4 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="aide-soignante",
        revenu_data_ia="2800 euros par mois",
        tel2_data_ia="0632700819",
        creneau_rappel_data_ia="mardi après-midi",
        heure_rappel_data_ia="16h30",
        **_OWNER,
    ),
)


# A fifth held-out set (names ``h5_*``), written once HELD_OUT_4 had been used to tune the
# extractors, by someone who read only this module, docs/quality.md's conventions and
# messages/lead.py: never the extractors, and none of them was run on it. Like HELD_OUT_4
# it is a call centre's common day (eight owners who answer most questions in their own
# words, two partial calls, a refusal, an owner of a flat), with more variety where the
# fourth set was thin: jobs said as trades, sectors or employers ("facteur, à la Poste",
# "dans le bâtiment", "cadre chez Airbus", "en arrêt maladie", "au chômage", "je fais les
# marchés"), a spouse's age said relative to the client's ("deux ans de moins que moi") or
# not at all ("tous les deux la soixantaine"), postal codes in every spoken form (pairs,
# digits, "mille" forms, corrected), towns with their article or department, first names
# said once, incomes per month and per year. The gold is what a careful human fills from
# each call; where a value is debatable, the summary says why. Nobody tunes on it: never
# rendered, never part of ``FULL`` or ``SUBSET``; ``python -m benchmarks.extraction_quality
# --held-out 5`` scores it from its reference text.
HELD_OUT_5: tuple[Script, ...] = (
    _script(
        "h5_havre_facteur",
        "a postman in Le Havre ('au Havre', up on the hills; 'soixante-seize, six cents'): gas"
        " boiler, 125 a month, 95 m², artificial slate (ardoises), the back pan south as he"
        " reasons from a north-facing front and the agent confirms, free roof space not known"
        " ('-'), his wife 'deux ans de moins que moi' (54 - 2 = 52), 'facteur, à la Poste' (job"
        " title: no status said), wife 'aide à domicile', income 'à nous deux', Thursday"
        " afternoon 'à partir de quinze heures' (15h)",
        """
        A: Bonjour monsieur, Lison, de Seine Estuaire Solaire. Je suis bien chez monsieur Vasseur ?
        C: Oui, c'est moi. C'est pour quoi ?
        A: Vous avez fait une demande de simulation pour des panneaux solaires sur internet,
           dimanche soir.
        C: Ah oui, dimanche. Ben dites donc, vous ne traînez pas, vous.
        A: On essaie. Je peux vous poser quelques questions ? Ça prend cinq minutes.
        C: Allez-y, je viens de finir ma tournée, je suis tranquille.
        A: Vous êtes propriétaire de votre logement ?
        C: Oui, une maison. On a fini de rembourser il y a deux ans.
        A: Et elle se trouve où ?
        C: Au Havre. Enfin, sur les hauteurs, à Sanvic, pas en bas près du port.
        A: Le code postal, c'est... ?
        C: Soixante-seize, six cents.
        A: 76600. Et l'adresse ?
        C: Dix-neuf, rue des Cormorans.
        A: Vous me rappelez votre prénom, monsieur Vasseur ?
        C: Gérald. Avec un d à la fin.
        A: Comment vous chauffez la maison ?
        C: Au gaz. Une chaudière à condensation, on l'a changée il y a trois ans.
        A: Et l'électricité, ça vous coûte combien ?
        C: Cent vingt-cinq euros. Par mois. Ça a pris vingt euros d'un coup en janvier, je ne sais
           pas pourquoi.
        A: Cent vingt-cinq par mois. Et la surface de la maison ?
        C: Quatre-vingt-quinze mètres carrés, avec l'étage.
        A: Le toit, il est en quoi ?
        C: En ardoises. Enfin, de l'ardoise artificielle, je crois. C'est l'ancien propriétaire qui
           l'avait refait.
        A: Et vous savez comment il est orienté ?
        C: Alors ça... La façade donne sur la rue, au nord. Donc l'arrière du toit, c'est le sud,
           non ?
        A: Si la façade est au nord, le pan de derrière est au sud, oui.
        C: Voilà, le sud. Le jardin est en plein soleil tout l'après-midi.
        A: Il y aurait au moins vingt mètres carrés libres, sur ce pan ?
        C: Ah, ça, je ne sais pas. Il y a un velux, pour la chambre du petit. Il faudra que
           quelqu'un mesure.
        A: Le technicien verra sur place. Pour le dossier, je vous demande votre âge ?
        C: Cinquante-quatre ans.
        A: Vous êtes marié ?
        C: Oui, avec Jocelyne. Elle a deux ans de moins que moi.
        A: Et des enfants ?
        C: Deux. Le grand est parti à Rouen, le petit est encore à la maison, il a dix-sept ans.
        A: Et vous travaillez ?
        C: Je suis facteur. À la Poste, depuis trente ans. Et Jocelyne est aide à domicile, elle
           s'occupe des personnes âgées du quartier.
        A: Pour les aides, j'ai besoin d'une idée du revenu du foyer.
        C: À nous deux... on est à trois mille six cents par mois, à peu près.
        A: Trois mille six cents euros par mois. Un conseiller peut vous rappeler pour l'étude :
           quel moment vous arrange ?
        C: L'après-midi. Je finis tôt, moi, vers une heure. Jeudi après-midi, à partir de quinze
           heures ?
        A: Jeudi après-midi, quinze heures. Sur quel numéro ?
        C: Le portable. Zéro six, quarante-sept, trente-trois, quatre-vingt-huit, vingt.
        A: Zéro six, quarante-sept, trente-trois, quatre-vingt-huit, vingt.
        C: C'est ça. Et dites au conseiller de ne pas me parler trop technique, hein. C'est ma
           femme qui va poser les questions.
        A: Je le lui dirai. Merci, monsieur Vasseur, bonne fin de journée.
        C: Merci, au revoir.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Gérald",
        client_last_name_data_ia="Vasseur",
        client_phone_number="0647338820",
        client_city_data_ia="Le Havre",
        client_address_data_ia="19 rue des Cormorans",
        client_postal_code_data_ia="76600",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="125",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="95",
        toiture_data_ia="ardoises",
        orientation_data_ia="sud",
        age_mr_data_ia="54",
        age_mme_data_ia="52",
        situation_familiale_data_ia="marié, 2 enfants",
        activite_mr_data_ia="facteur",
        activite_mme_data_ia="aide à domicile",
        revenu_data_ia="3600 euros par mois",
        creneau_rappel_data_ia="jeudi après-midi",
        heure_rappel_data_ia="15h",
        **_OWNER,
    ),
    _script(
        "h5_sables_chef_de_chantier",
        "a site foreman in Les Sables-d'Olonne ('aux Sables-d'Olonne', the old Château-d'Olonne"
        " now merged into it; 'quatre-vingt-cinq mille cent'): air-to-air heat pump, the bill only"
        " by the year (2200), 135 m² plus a garage, canal tiles, 'sud-ouest, plutôt ouest même'"
        " (ouest: the schema has no south-west and he settles on west), room to spare, 'on a tous"
        " les deux la soixantaine' (both ages '-'), 'dans le bâtiment ... chef de chantier ... en"
        " CDI' (CDI), his wife a shopkeeper 'à son compte depuis quatorze ans', the landline,"
        " Saturday morning at nine",
        """
        A: Bonjour monsieur, Apolline, de Vendée Littoral Énergie. Monsieur Brossard ?
        C: Lui-même. Alain Brossard. Je vous écoute, mais je vous préviens, j'ai dix minutes.
        A: Ça suffira. Vous aviez demandé une étude pour des panneaux solaires, le mois dernier, au
           salon de l'habitat.
        C: Ah, le salon ! Oui, ma femme m'avait traîné là-bas. Bon, allez-y.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui. On a fait construire en deux mille un.
        A: Et vous habitez où ?
        C: Aux Sables-d'Olonne. Enfin, à Château-d'Olonne, mais maintenant, tout ça, c'est les
           Sables, ils ont fusionné les communes. Donc les Sables-d'Olonne.
        A: Le code postal ?
        C: Quatre-vingt-cinq mille cent.
        A: 85100, merci. Et l'adresse ?
        C: Six, impasse des Salines.
        A: Vous vous chauffez comment ?
        C: Pompe à chaleur. De l'air-air, des clims réversibles dans toutes les pièces. Avant, on
           avait des convecteurs, une horreur.
        A: Et la facture d'électricité, elle est de combien ?
        C: Moi, je regarde à l'année. Deux mille deux cents euros, l'an dernier. À peu près.
        A: Deux mille deux cents à l'année. Et par mois, vous savez ?
        C: Non, le prélèvement bouge tout le temps. Mettez à l'année.
        A: La surface de la maison ?
        C: Cent trente-cinq mètres carrés habitables. Plus le garage double.
        A: La toiture ?
        C: Des tuiles. Des tuiles canal, comme partout en Vendée.
        A: Et l'orientation ?
        C: Le grand pan est sud-ouest. Plutôt ouest, même. On a le soleil à partir de midi jusqu'au
           soir.
        A: Et vous avez au moins vingt mètres carrés libres sur ce pan ?
        C: Largement. C'est moi qui ai monté la charpente, je sais ce qu'il y a dessus : rien.
           Trente-cinq, quarante mètres carrés.
        A: Vous êtes du métier, alors ?
        C: Je suis dans le bâtiment depuis mes seize ans. Chef de chantier, dans une boîte de gros
           œuvre, à La Roche. En CDI. Encore deux ans et demi, et après, la retraite.
        A: Je me permets de vous demander votre âge, et celui de votre épouse ?
        C: Oh, on a tous les deux la soixantaine, hein. Mettez ça.
        A: D'accord. Vous êtes mariés ?
        C: Mariés, trois enfants. Ils sont tous partis.
        A: Et votre épouse, elle travaille ?
        C: Elle tient une boutique de vêtements, sur le remblai. À son compte, depuis... quatorze
           ans, je crois. Oui, quatorze.
        A: Le conseiller pourra vous rappeler quand ?
        C: Pas en semaine, je suis sur les chantiers. Samedi matin. Neuf heures, pas avant.
        A: Samedi matin, neuf heures. Sur quel numéro ?
        C: Le fixe de la maison, on sera là tous les deux. Zéro deux, cinquante et un, vingt-deux,
           soixante-sept, quarante-huit.
        A: Zéro deux, cinquante et un, vingt-deux, soixante-sept, quarante-huit.
        C: Voilà. Et qu'il vienne avec des vrais chiffres, hein, pas des promesses. Des panneaux,
           j'en ai vu poser, je sais ce que ça vaut.
        A: Il viendra avec une étude chiffrée. Merci, monsieur Brossard.
        C: Au revoir, mademoiselle.
        """,
        client="Mr",
        objections="veut des chiffres concrets, méfiant envers les promesses",
        client_first_name_data_ia="Alain",
        client_last_name_data_ia="Brossard",
        client_phone_number="0251226748",
        client_city_data_ia="Les Sables-d'Olonne",
        client_address_data_ia="6 impasse des Salines",
        client_postal_code_data_ia="85100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="2200",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="135",
        toiture_data_ia="tuiles",
        orientation_data_ia="ouest",
        toit_libre="20m",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="indépendante depuis 14 ans",
        creneau_rappel_data_ia="samedi matin",
        heure_rappel_data_ia="9h",
        **_OWNER,
    ),
    _script(
        "h5_blagnac_cadre_airbus",
        "a manager at Airbus between two meetings in Blagnac ('juste à côté de Toulouse'), the"
        " postal code corrected ('trente et un, sept cent soixante-dix... Non ! ça, c'est"
        " Colomiers ... trente et un, sept cents': 31700): water heat pump, 'cent soixante... cent"
        " soixante-cinq' a month (165), 140 m² (the veranda not counted, as the agent notes),"
        " tiles, orientation not known ('-'), her husband 'cinq ans de plus' (44 + 5 = 49),"
        " pacsée with two children, 'cadre chez Airbus' ('cadre': no contract said), husband 'au"
        " chômage' (as said), income with his allowance, Friday noon at a quarter past twelve on"
        " the number the agent reads; her first name said once",
        """
        A: Bonjour madame, Gaëtan, de Ciel d'Oc Énergie. Madame Poulain ?
        C: Oui... Ah, c'est pour le solaire ? J'ai vu votre mail ce matin.
        A: Exactement. Vous avez deux minutes ?
        C: Entre deux réunions, oui. Allez, on y va.
        A: Votre prénom, pour commencer ?
        C: Séverine.
        A: Merci. Vous êtes bien propriétaire de votre maison ?
        C: Oui, avec mon mari. Depuis six ans.
        A: Et elle se trouve... ?
        C: À Blagnac. Juste à côté de Toulouse, près de l'aéroport. Les avions, on les entend, hein.
        A: Le code postal ?
        C: Trente et un, sept cent soixante-dix... Non ! Ça, c'est Colomiers, on habitait là avant.
           Trente et un, sept cents.
        A: 31700, d'accord. Et votre adresse ?
        C: Vingt-huit, allée des Platanes.
        A: Votre chauffage, c'est quoi ?
        C: Une pompe à chaleur. Air-eau, avec le plancher chauffant.
        A: Et votre facture d'électricité ?
        C: Autour de cent soixante... cent soixante-cinq, je crois. Par mois. C'est prélevé, je ne
           regarde plus.
        A: La maison fait quelle surface ?
        C: Cent quarante. Cent quarante-cinq avec la véranda, mais elle ne compte pas, je suppose.
        A: Non, je note cent quarante. Et le toit ?
        C: Des tuiles. Le garage a un toit plat, mais sur la maison, c'est des tuiles.
        A: L'orientation, vous la connaissez ?
        C: Aucune idée. Mon mari saurait, lui.
        A: Pas de souci, le technicien verra. Je vais vous demander votre âge, si ça ne vous dérange
           pas.
        C: Quarante-quatre ans. Et mon mari en a cinq de plus. Vous alliez me le demander, de toute
           façon.
        A: Vous êtes mariés ?
        C: Pacsés. Depuis douze ans. Et deux enfants, huit et onze ans.
        A: Et côté travail ?
        C: Moi, je suis cadre chez Airbus, au service qui prépare les essais en vol. Mon mari, lui,
           est au chômage depuis mars. Son entreprise a fermé. Il cherche, mais à bientôt cinquante
           ans, c'est compliqué.
        A: Je comprends. Pour le dossier, le revenu du foyer, à peu près ?
        C: Avec son allocation... on est à quatre mille cinq cents par mois, à peu près.
        A: Merci. Un conseiller va vous recontacter. Quand est-ce que c'est le mieux pour vous ?
        C: Mon mari est à la maison toute la journée en ce moment, c'est lui qui suivra le dossier.
           Mais appelez-moi, moi, je veux être dans la boucle. Vendredi midi, entre midi et deux.
           Midi et quart ?
        A: Vendredi midi, douze heures quinze. Sur ce numéro, le zéro six, soixante et un,
           dix-neuf, quarante-quatre, trente-cinq ?
        C: Oui, c'est mon portable pro, je l'ai tout le temps sur moi.
        A: Très bien. Merci, madame Poulain.
        C: Merci. Ah, et si ça pouvait aller vite ? Parce qu'avec les prix, on ne va pas attendre
           l'hiver.
        A: Je transmets. Bonne journée, madame.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Séverine",
        client_last_name_data_ia="Poulain",
        client_phone_number="0661194435",
        client_city_data_ia="Blagnac",
        client_address_data_ia="28 allée des Platanes",
        client_postal_code_data_ia="31700",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="165",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="140",
        toiture_data_ia="tuiles",
        age_mr_data_ia="49",
        age_mme_data_ia="44",
        situation_familiale_data_ia="pacsée, 2 enfants",
        activite_mr_data_ia="au chômage",
        activite_mme_data_ia="cadre",
        revenu_data_ia="4500 euros par mois",
        creneau_rappel_data_ia="vendredi midi",
        heure_rappel_data_ia="12h15",
        **_OWNER,
    ),
    _script(
        "h5_bourg_arret_maladie",
        "a school canteen worker on sick leave in Bourg-en-Bresse ('à Bourg, Bourg-en-Bresse,"
        " dans l'Ain'; postal code digit by digit, 01000): gas 'je crois ... oui', 95 a month,"
        " the surface not known ('-'), old flat tiles due south, her husband 62 and retired (a"
        " former railwayman: 'retraité', not his old job), 'en arrêt maladie' but 'en CDI' (CDI:"
        " the status said, the sick leave is temporary), one daughter, Tuesday morning at ten"
        " (the physio at nine is not it), her landline then her husband's mobile (tel2)",
        """
        A: Bonjour madame, Tristan, de Bresse Énergie Solaire. Je voudrais parler à madame Texier.
        C: C'est moi, Corinne Texier. Si c'est pour vendre quelque chose...
        A: Je vous appelle suite à votre demande d'étude pour des panneaux solaires, sur notre site.
        C: Ah, ça. Oui. Je suis en arrêt maladie, alors j'ai le temps de remplir des formulaires sur
           internet, vous voyez. Allez-y.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui. Enfin, c'était la maison de mes parents, on l'a reprise quand ils sont partis en
           maison de retraite.
        A: D'accord. Elle est où ?
        C: À Bourg. Bourg-en-Bresse, dans l'Ain.
        A: Vous me donnez le code postal ?
        C: Zéro, un, zéro, zéro, zéro.
        A: 01000. Et l'adresse ?
        C: Quatre, rue du Lavoir.
        A: Vous vous chauffez comment ?
        C: Au gaz. Enfin, je crois que c'est le gaz... Oui, la chaudière, c'est le gaz, on a le
           compteur dehors.
        A: Et l'électricité, c'est combien, à peu près ?
        C: Quatre-vingt-quinze euros tous les mois. Mais on a une régularisation à chaque fois,
           alors...
        A: La maison fait combien de mètres carrés ?
        C: Ah... Je ne sais pas. C'est une vieille maison, avec des pièces partout. Je ne sais
           vraiment pas, c'est mon mari qui saurait.
        A: Ce n'est pas grave. Et le toit ?
        C: Des tuiles. Des vieilles tuiles plates, un peu couvertes de mousse.
        A: Il est orienté comment ?
        C: Plein sud. Mon père avait fait exprès, il disait que c'était mieux pour la neige.
        A: Je vous demande votre âge ?
        C: Cinquante-sept ans.
        A: Vous êtes mariée ?
        C: Mariée, oui. Mon mari a soixante-deux ans, il a pris sa retraite l'an dernier. Il était
           cheminot, à la SNCF.
        A: Et vous, vous travaillez, en dehors de votre arrêt ?
        C: Oui, je suis en CDI, à la cantine de l'école primaire. Mais avec mon dos, ça fait trois
           mois que je suis arrêtée. Porter les marmites, à mon âge...
        A: Vous avez des enfants ?
        C: Une fille. Elle est infirmière à Lyon.
        A: Très bien. Le conseiller peut vous rappeler quand ?
        C: Quand vous voulez, je suis à la maison. Mais pour mon mari... Le lundi, il va à la pêche.
           Mardi, alors. Mardi matin ?
        A: Mardi matin, vers quelle heure ?
        C: Dix heures. Pas plus tôt, j'ai le kiné à neuf heures.
        A: Sur quel numéro ?
        C: Celui où vous m'appelez, c'est le fixe. Je ne le connais jamais par cœur... Zéro quatre,
           soixante-quatorze, vingt-cinq, quatre-vingt-un, trente.
        A: Zéro quatre, soixante-quatorze, vingt-cinq, quatre-vingt-un, trente. Et un portable ?
        C: Celui de mon mari : zéro six, quatre-vingt-dix, treize, cinquante-deux, zéro sept. Le
           mien est cassé.
        A: C'est noté. Merci, madame Texier, et bon rétablissement.
        C: Merci. Vous êtes gentil.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Corinne",
        client_last_name_data_ia="Texier",
        client_phone_number="0474258130",
        client_city_data_ia="Bourg-en-Bresse",
        client_address_data_ia="4 rue du Lavoir",
        client_postal_code_data_ia="01000",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="95",
        mensuelle_annuelle_data_ia="mensuelle",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        age_mr_data_ia="62",
        age_mme_data_ia="57",
        situation_familiale_data_ia="mariée, 1 enfant",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="CDI",
        tel2_data_ia="0690135207",
        creneau_rappel_data_ia="mardi matin",
        heure_rappel_data_ia="10h",
        **_OWNER,
    ),
    _script(
        "h5_dax_marches",
        "a market trader loading his van in Dax ('dans les Landes'; 'quarante mille cent."
        " Quarante, cent'): all-electric (the Sunday wood stove is not the heating), 'plus de cent"
        " euros par mois' only (plus_de_100, mensuelle), 110 m², tiles on the house (the shed's"
        " sheet metal is not the home's roof), due south, his wife 'de la même année' (51 both),"
        " 'je fais les marchés ... à mon compte, depuis douze ans', his wife 'à la Poste, au"
        " guichet ... fonctionnaire', a yearly income ('on va dire quarante-deux mille'), his"
        " mobile corrected in the fourth pair, his first name said once at the end, Wednesday"
        " evening at seven",
        """
        A: Bonjour monsieur, Clémence, de Côte Landaise Énergie. Monsieur Lacombe ?
        C: Ouais, c'est moi. Attendez, je baisse la radio... Voilà. C'est pour les panneaux ?
        A: Oui, vous avez rempli notre formulaire. Vous avez un moment ?
        C: Je suis en train de charger le camion pour demain, mais je vous écoute. Je fais les
           marchés, moi, je me lève à quatre heures.
        A: Alors je fais vite. Vous êtes propriétaire ?
        C: Oui. Propriétaire. La maison, et le hangar à côté, pour le camion.
        A: Vous êtes où, exactement ?
        C: À Dax, dans les Landes. Sur la route de Saint-Paul.
        A: Le code postal, c'est quarante mille... ?
        C: Quarante mille cent. Quarante, cent.
        A: 40100. Et l'adresse ?
        C: Deux cent trente, route de Saint-Paul.
        A: Le chauffage ?
        C: Électrique. Des convecteurs. Il y a un poêle à bois qu'on allume le dimanche, pour le
           plaisir, mais le chauffage, c'est l'électrique.
        A: Et la facture ?
        C: Plus de cent euros par mois, ça, c'est sûr. Combien exactement, je ne sais pas, c'est ma
           femme qui fait les papiers. Avec la chambre froide, ça monte.
        A: La surface de la maison ?
        C: Cent dix mètres carrés. Sans le hangar.
        A: Et le toit ?
        C: Des tuiles, pour la maison. Le hangar, c'est de la tôle, mais ce n'est pas celui-là qui
           vous intéresse, si ?
        A: On peut regarder les deux, le conseiller en parlera avec vous. Et l'orientation ?
        C: La maison, plein sud. Le hangar, il est de travers, je ne sais pas.
        A: Je vous demande votre âge ?
        C: Cinquante et un ans. Ma femme aussi, on est de la même année. On s'est connus à l'école.
        A: Vous êtes mariés ?
        C: Mariés, oui, deux garçons. Le grand vient avec moi sur les marchés, l'été.
        A: Et vous, vous êtes à votre compte ?
        C: Oui, à mon compte, depuis douze ans. Fruits et légumes. Avant, j'étais salarié chez un
           maraîcher.
        A: Et votre épouse ?
        C: Elle est à la Poste, au guichet, à Dax. Elle, elle est fonctionnaire. C'est elle qui a la
           sécurité, dans la famille !
        A: Pour le dossier des aides, vous pouvez me donner une idée de vos revenus ?
        C: Ça, avec les marchés, ça dépend des saisons... Sur l'année, à nous deux, on va dire
           quarante-deux mille euros. Par an, hein.
        A: Quarante-deux mille par an. Le conseiller peut vous rappeler quand ?
        C: L'après-midi, je dors un peu, après le marché... Le soir, plutôt. Mercredi soir, dix-neuf
           heures ?
        A: Mercredi soir, dix-neuf heures. Sur ce numéro ?
        C: Non, celui-là, c'est le fixe, personne ne décroche. Le portable : zéro six, vingt-trois,
           zéro huit, soixante-dix, quatorze... Attendez, non : soixante et onze, quatorze. Zéro
           six, vingt-trois, zéro huit, soixante et onze, quatorze.
        A: Zéro six, vingt-trois, zéro huit, soixante et onze, quatorze. C'est noté.
        C: Et demandez Cyril. Si c'est ma femme qui répond, elle saura.
        A: Très bien, monsieur Lacombe. Bonne soirée, et bon marché demain !
        C: Merci. Salut.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Cyril",
        client_last_name_data_ia="Lacombe",
        client_phone_number="0623087114",
        client_city_data_ia="Dax",
        client_address_data_ia="230 route de Saint-Paul",
        client_postal_code_data_ia="40100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="plus_de_100",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="110",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        age_mr_data_ia="51",
        age_mme_data_ia="51",
        situation_familiale_data_ia="marié, 2 enfants",
        activite_mr_data_ia="indépendant depuis 12 ans",
        activite_mme_data_ia="fonctionnaire",
        revenu_data_ia="42000 euros par an",
        creneau_rappel_data_ia="mercredi soir",
        heure_rappel_data_ia="19h",
        **_OWNER,
    ),
    _script(
        "h5_creusot_aide_a_domicile",
        "a home help in her car between two clients in Le Creusot ('au Creusot', 'soixante et"
        " onze, deux cents'), who never gives her first name ('-'): oil heating, 75 a month, 85"
        " m², tiles 'tourné vers l'est, je crois' (est: a hedge still counts), less than 20 m²"
        " free, in a couple (not married), her partner's age corrected ('cinquante, cinquante et"
        " un ? Cinquante et un'), a daughter from her first marriage (en couple, 1 enfant), 'aide"
        " à domicile' and a partner 'soudeur ... chez Framatome' (job titles: no status said),"
        " income, Thursday afternoon 'après seize heures' (16h)",
        """
        A: Bonjour madame, Gaspard, de Morvan Énergie Solaire. Je suis bien chez madame Ménard ?
        C: Oui... oui. Excusez-moi, je suis entre deux clientes, là, je suis dans la voiture.
        A: Je peux rappeler plus tard ?
        C: Non, non, allez-y, j'ai un quart d'heure avant la prochaine. Je suis aide à domicile,
           alors je passe ma vie en voiture.
        A: Je vous appelle au sujet de votre demande pour des panneaux solaires. Vous êtes
           propriétaire ?
        C: Oui, propriétaire. On a acheté il y a huit ans.
        A: Et c'est au Creusot ?
        C: Au Creusot, oui. À la sortie, côté Torcy... Mais c'est bien le Creusot, l'adresse.
        A: Le code postal ?
        C: Soixante et onze, deux cents.
        A: 71200. Et l'adresse, madame Ménard ?
        C: Neuf, rue des Forges.
        A: Comment est-ce que vous vous chauffez ?
        C: Au fioul. On voudrait changer, justement, mais c'est cher, une pompe à chaleur.
        A: Et votre facture d'électricité ?
        C: Soixante-quinze euros par mois. Ce n'est pas énorme, hein, c'est surtout le fioul qui
           nous coûte.
        A: La maison fait combien ?
        C: Quatre-vingt-cinq mètres carrés. Une maison de la cité, comme on dit ici. Des maisons
           d'ouvriers.
        A: Et le toit ?
        C: Des tuiles. Et il est... tourné vers l'est, je crois. Le matin, on a le soleil dans la
           cuisine.
        A: Il reste de la place, sur le toit ? Au moins vingt mètres carrés ?
        C: Ah non, c'est petit. Il y a la cheminée au milieu. Moins de vingt, sûrement.
        A: D'accord. Je vous demande votre âge ?
        C: Quarante-huit ans.
        A: Vous êtes mariée ?
        C: En couple. Mon compagnon, il a... cinquante, cinquante et un ? Cinquante et un. Il est de
           janvier.
        A: Des enfants ?
        C: Une fille, de mon premier mariage. Elle a vingt ans, elle est à la fac, à Dijon.
        A: Et votre compagnon, il travaille ?
        C: Il est soudeur. À l'usine, chez Framatome. Ça fait vingt ans qu'il y est.
        A: Pour le dossier des aides, le revenu du foyer, à peu près ?
        C: Lui et moi... deux mille neuf cents, à peu près. Par mois.
        A: Merci. Un conseiller peut vous rappeler. Quel moment vous arrange ?
        C: Le dimanche, c'est le seul jour où je ne travaille pas... Et lui, il est en équipe, cette
           semaine il est du matin. Alors... jeudi après-midi, après seize heures. On sera là tous
           les deux.
        A: Jeudi après-midi, seize heures. Sur quel numéro ?
        C: Mon portable, c'est le mieux. Zéro sept, cinquante-deux, quarante-huit, dix-sept,
           quatre-vingt-six.
        A: Zéro sept, cinquante-deux, quarante-huit, dix-sept, quatre-vingt-six.
        C: C'est ça. Bon, je dois y aller, ma dame m'attend. Au revoir !
        A: Merci, madame Ménard, bonne journée.
        """,
        client="Mme",
        objections="petit toit (cheminée au milieu)",
        client_last_name_data_ia="Ménard",
        client_phone_number="0752481786",
        client_city_data_ia="Le Creusot",
        client_address_data_ia="9 rue des Forges",
        client_postal_code_data_ia="71200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="75",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="85",
        toiture_data_ia="tuiles",
        orientation_data_ia="est",
        toit_libre="moins de 20m",
        age_mr_data_ia="51",
        age_mme_data_ia="48",
        situation_familiale_data_ia="en couple, 1 enfant",
        activite_mr_data_ia="soudeur",
        activite_mme_data_ia="aide à domicile",
        revenu_data_ia="2900 euros par mois",
        creneau_rappel_data_ia="jeudi après-midi",
        heure_rappel_data_ia="16h",
        **_OWNER,
    ),
    _script(
        "h5_montlucon_anniversaire",
        "a retired factory worker who turned seventy on Sunday, in Montluçon ('dans l'Allier'),"
        " the postal code said 'trois mille cent' and settled with the agent as 03100: heating"
        " first said electric then corrected to a gas boiler (gaz), 68 a month, 'cent mètres"
        " carrés, un peu plus. Cent cinq' (105), slate due south with room, his wife's age given"
        " reluctantly (67), 'femme au foyer' (as said: she never worked outside the home, no"
        " retirement said), four children, income 'deux retraites', Monday afternoon at half past"
        " two on the landline the agent reads",
        """
        A: Bonjour monsieur, Maëlle, de Bourbonnais Solaire. Monsieur Aubert ?
        C: Oui, Serge Aubert. C'est ma fille qui vous a donné mon numéro ?
        A: Non, monsieur, vous avez rempli un coupon à la foire de Montluçon, pour une étude solaire
           gratuite.
        C: Ah, la foire ! Oui, oui. Ma femme voulait gagner le panier garni. Allez-y, j'ai tout mon
           temps, je suis à la retraite.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui, depuis soixante-dix-neuf. On l'a payée, et bien payée.
        A: Elle est bien à Montluçon ?
        C: À Montluçon, dans l'Allier. Quartier de Fontbouillant.
        A: Le code postal ?
        C: Trois mille cent.
        A: Donc zéro trois, cent ?
        C: Voilà. Zéro trois, cent. Trois mille cent, quoi.
        A: Et l'adresse ?
        C: Quinze, rue de la Verrerie.
        A: Comment vous chauffez-vous ?
        C: À l'électricité... Non, attendez, je dis des bêtises. On a la chaudière gaz, depuis
           quatre-vingt-quinze. L'électrique, c'est juste le sèche-serviettes de la salle de bains.
        A: Et la facture d'électricité ?
        C: Soixante-huit euros par mois. On est deux, on ne consomme pas beaucoup.
        A: La maison fait combien de mètres carrés ?
        C: Cent mètres carrés, un peu plus. Cent cinq.
        A: Et le toit ?
        C: Des ardoises. Il a été refait en deux mille dix.
        A: Il est orienté comment ?
        C: Plein sud. C'est pour ça qu'on a acheté, ma femme voulait un jardin au soleil.
        A: Vous avez au moins vingt mètres carrés libres sur ce pan ?
        C: Oui, oui, c'est une grande toiture, il n'y a rien dessus. Pas même une antenne.
        A: Votre âge, monsieur Aubert ?
        C: Soixante-dix ans. Tout rond, depuis dimanche.
        A: Bon anniversaire ! Et votre épouse ?
        C: Oh, l'âge d'une dame, ça ne se dit pas... Soixante-sept. Elle ne m'entend pas, elle est
           au jardin.
        A: Vous avez travaillé où, monsieur Aubert ?
        C: Chez Dunlop, à l'usine, trente-huit ans. Ma femme, elle n'a jamais travaillé dehors. Elle
           était femme au foyer, avec nos quatre enfants, il y avait de quoi faire.
        A: Quatre enfants !
        C: Et onze petits-enfants. Mariés depuis quarante-six ans.
        A: Pour le dossier, le revenu du foyer ?
        C: Deux retraites... Deux mille quatre cent cinquante euros par mois, à nous deux.
        A: Le conseiller peut passer vous voir ? Quel jour vous arrange ?
        C: Tous les jours, on est retraités ! Sauf le vendredi, c'est le marché. Lundi ? Lundi
           après-midi, à deux heures et demie.
        A: Lundi après-midi, quatorze heures trente. Sur ce numéro, le zéro quatre, soixante-dix,
           zéro cinq, trente-neuf, vingt-deux ?
        C: Oui, c'est le téléphone de la maison. On n'a que celui-là.
        A: Très bien, monsieur Aubert. Bonne journée, et encore bon anniversaire.
        C: Merci, mademoiselle.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Serge",
        client_last_name_data_ia="Aubert",
        client_phone_number="0470053922",
        client_city_data_ia="Montluçon",
        client_address_data_ia="15 rue de la Verrerie",
        client_postal_code_data_ia="03100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="68",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="105",
        toiture_data_ia="ardoises",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="70",
        age_mme_data_ia="67",
        situation_familiale_data_ia="marié, 4 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="femme au foyer",
        revenu_data_ia="2450 euros par mois",
        creneau_rappel_data_ia="lundi après-midi",
        heure_rappel_data_ia="14h30",
        **_OWNER,
    ),
    _script(
        "h5_cognac_prof_de_maths",
        "a maths teacher in Cognac ('en Charente, comme la boisson'; 'seize mille cent'): pellet"
        " stove (bois), a bill band per month ('entre quatre-vingts et cent'), 125 m², Roman"
        " tiles facing west, 'une vingtaine, peut-être plus' free (20m), pacsé with two children,"
        " his partner 'plus jeune, trente-cinq', 'fonctionnaire ... prof de maths' (the status"
        " said), his partner a nurse 'en libéral ... à son compte depuis six ans', no income said,"
        " Wednesday afternoon at two; his mobile then hers (tel2); his first name said once",
        """
        A: Bonjour monsieur, Zoé, de Charentes Soleil Habitat. Monsieur Maillard ?
        C: Oui, bonjour. Christophe Maillard. C'est pour les panneaux ?
        A: Tout à fait. Vous avez fait une simulation sur notre site, hier soir. Vous avez quelques
           minutes ?
        C: J'ai une heure de trou, oui, je suis en salle des profs. Allez-y.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui, depuis quatre ans. Enfin, propriétaires, on est deux sur le prêt.
        A: Et elle se situe où ?
        C: À Cognac. En Charente. Comme la boisson, oui, on me la fait à chaque fois.
        A: Le code postal, s'il vous plaît ?
        C: Seize mille cent.
        A: 16100. Et l'adresse ?
        C: Trente-quatre, chemin des Chais.
        A: Comment vous chauffez-vous ?
        C: Un poêle à granulés, dans le séjour. Et des radiateurs électriques dans les chambres,
           mais on ne les allume presque pas. C'est le poêle qui fait tout.
        A: Votre facture d'électricité, vous avez une idée ?
        C: Entre quatre-vingts et cent euros par mois, je dirais. Je n'ai pas la facture sous les
           yeux.
        A: Ça me suffit. La surface de la maison ?
        C: Cent vingt-cinq mètres carrés.
        A: Et le toit ?
        C: Des tuiles romanes, les tuiles du coin.
        A: L'orientation ?
        C: Ouest. Enfin, le pan principal est à l'ouest, on a le soleil couchant dans le salon.
        A: Il y a au moins vingt mètres carrés libres de ce côté-là ?
        C: Une vingtaine, peut-être plus. Il n'y a qu'une petite fenêtre de toit.
        A: Très bien. Je peux vous demander votre âge ?
        C: Trente-huit ans.
        A: Vous êtes marié ?
        C: Non, pacsés. Ma compagne est plus jeune, trente-cinq. Et on a deux enfants, quatre ans et
           dix-huit mois.
        A: Vous travaillez dans l'enseignement, si je comprends bien ?
        C: Oui, je suis fonctionnaire, prof de maths au collège. Et ma compagne est infirmière. En
           libéral. Elle est à son compte depuis six ans.
        A: Le conseiller peut vous rappeler quand ?
        C: Le mercredi après-midi, je n'ai pas cours. Mercredi, quatorze heures ?
        A: Mercredi après-midi, quatorze heures. Sur quel numéro ?
        C: Mon portable : zéro six, cinquante-huit, quarante et un, vingt-neuf, soixante-trois. Et
           si je ne réponds pas, celui de ma compagne : zéro six, trente-quatre, dix-sept,
           quatre-vingt-dix-huit, zéro cinq. Mais elle est en tournée, elle ne décroche pas
           toujours.
        A: C'est noté, les deux. Merci, monsieur Maillard. Bonne journée.
        C: Merci à vous. La sonnerie, j'y vais !
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Christophe",
        client_last_name_data_ia="Maillard",
        client_phone_number="0658412963",
        client_city_data_ia="Cognac",
        client_address_data_ia="34 chemin des Chais",
        client_postal_code_data_ia="16100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="entre 80 et 100",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="125",
        toiture_data_ia="tuiles",
        orientation_data_ia="ouest",
        toit_libre="20m",
        age_mr_data_ia="38",
        age_mme_data_ia="35",
        situation_familiale_data_ia="pacsé, 2 enfants",
        activite_mr_data_ia="fonctionnaire",
        activite_mme_data_ia="indépendante depuis 6 ans",
        tel2_data_ia="0634179805",
        creneau_rappel_data_ia="mercredi après-midi",
        heure_rappel_data_ia="14h",
        **_OWNER,
    ),
    _script(
        "h5_hazebrouck_conge_parental",
        "a partial call: a mother on parental leave with a crying baby in Hazebrouck ('dans le"
        " Nord', no postal code): gas 'je crois bien', no bill, surface or roof known ('-'), her"
        " own age only ('demandez-lui' for her husband's: '-'), married with two children, 'en"
        " congé parental' (as said) and a husband 'dans la logistique' (sector only: 'logistique',"
        " the careful reviewer's note of it), the agent reads the number and she confirms it,"
        " 'ce soir, après vingt heures' (ce soir, 20h)",
        """
        A: Bonjour madame, Timothée, de Flandre Énergie Solaire. Je suis bien chez madame Collin ?
        C: Oui, Mélanie Collin... Attendez, pardon... Chut, chut, ça va, mon cœur. Oui, excusez-moi.
           C'est pour quoi ?
        A: Vous avez demandé à être rappelée pour une étude de panneaux solaires. C'est un mauvais
           moment ?
        C: Il n'y a jamais de bon moment, en ce moment. Allez-y, mais faites vite, elle a faim.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui. On a acheté l'an dernier, juste avant la naissance.
        A: Et c'est bien à Hazebrouck ?
        C: Hazebrouck, oui. Dans le Nord. Enfin, vous savez, si vous avez le formulaire.
        A: Vous vous chauffez comment ?
        C: Au gaz, je crois bien. Il y a une chaudière dans le garage, elle fait du bruit. Oui, au
           gaz.
        A: Et votre facture d'électricité, à peu près ?
        C: Ah, ça, aucune idée. C'est mon mari qui gère les factures. Moi, je gère les biberons.
        A: La surface de la maison, le toit, vous savez ?
        C: Non plus. Enfin, c'est une maison normale, avec un étage. Le toit... il a un toit. Je
           suis désolée, je ne suis pas très utile.
        A: Pas du tout. Je peux vous demander votre âge ?
        C: Trente-trois ans.
        A: Et votre mari ?
        C: Demandez-lui, il vous le dira. Je ne vais pas dire une bêtise.
        A: D'accord. Vous êtes mariés ?
        C: Oui, mariés. Deux enfants : le grand a trois ans, et la petite, c'est elle que vous
           entendez.
        A: Et vous travaillez tous les deux ?
        C: Moi, je suis en congé parental, jusqu'en septembre. Mon mari est dans la logistique. Il
           part à cinq heures du matin, il rentre à sept heures du soir.
        A: Je comprends. Le mieux, c'est que le conseiller vous rappelle quand votre mari est là ?
        C: Oui, c'est lui qui voulait les panneaux, de toute façon. Ce soir, après vingt heures,
           quand les petits dorment.
        A: Ce soir, après vingt heures. Sur ce numéro, le zéro sept, soixante-trois, vingt, quinze,
           quarante-quatre ?
        C: Oui, c'est mon portable. Voilà, elle pleure, je dois vous laisser.
        A: Bien sûr. Merci, madame Collin, bonne soirée.
        C: Au revoir.
        """,
        client="Mme",
        objections="pas le temps (bébé) ; renvoie à son mari",
        client_first_name_data_ia="Mélanie",
        client_last_name_data_ia="Collin",
        client_phone_number="0763201544",
        client_city_data_ia="Hazebrouck",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        age_mme_data_ia="33",
        situation_familiale_data_ia="mariée, 2 enfants",
        activite_mr_data_ia="logistique",
        activite_mme_data_ia="en congé parental",
        creneau_rappel_data_ia="ce soir",
        heure_rappel_data_ia="20h",
        **_OWNER,
    ),
    _script(
        "h5_riom_pause_usine",
        "a partial call: a machine setter on his break in Riom ('dans le Puy-de-Dôme', postal code"
        " digit by digit): oil heating, 'cent cinquante par mois, en gros' (150), the roof never"
        " looked at ('-'), his age, 'ma femme' (marié), 'régleur, chez Limagrain' (job title: no"
        " status said), the break over before the rest; the agent reads a number and he corrects"
        " the last pair (quatre-vingt-quatre, not quatre-vingt-quatorze), Saturday morning at half"
        " past eleven",
        """
        A: Bonjour monsieur, Noémie, de Limagne Solaire. Je cherche à joindre monsieur Chauvet.
        C: C'est moi. Régis Chauvet. Faites vite, je suis en pause, il me reste dix minutes.
        A: Je vous appelle pour votre demande d'étude pour des panneaux solaires.
        C: Ouais. C'est ma femme qui a cliqué, mais c'est moi qui paie les factures, alors allez-y.
        A: Vous êtes propriétaire ?
        C: Oui, propriétaires.
        A: Et la maison est à Riom ?
        C: À Riom, ouais, dans le Puy-de-Dôme. Six, trois, deux, zéro, zéro.
        A: 63200. Votre chauffage, c'est quoi ?
        C: Le fioul. Une vieille chaudière. Elle tient, mais pour combien de temps...
        A: Et l'électricité, vous payez combien ?
        C: Cent cinquante par mois, en gros. Ça a doublé en trois ans, c'est pour ça.
        A: Cent cinquante euros par mois. Et la maison fait quelle surface ?
        C: Ça, je ne sais pas. On a acheté sans mesurer, ma femme saura vous dire.
        A: Et le toit, il est en quoi ?
        C: Je ne suis jamais monté dessus, moi. J'ai le vertige. Vous verrez avec le technicien.
           Dites, c'est rentable en combien de temps, votre truc ? Parce qu'un collègue m'a dit
           quinze ans, et dans quinze ans, moi, je serai à la retraite.
        A: Ça dépend de votre consommation et du toit. En général, c'est entre huit et douze ans,
           mais le conseiller vous fera le calcul pour votre maison.
        C: Hm. On verra ce qu'il dit.
        A: D'accord. Je peux vous demander votre âge ?
        C: Quarante-deux.
        A: Et vous travaillez où, monsieur Chauvet ?
        C: Chez Limagrain, à l'usine de semences. Je suis régleur, sur les lignes d'ensachage.
           D'ailleurs, là, ils m'appellent... Oui, j'arrive ! Bon, je dois y retourner.
        A: Pas de souci. Le conseiller peut vous rappeler quand ?
        C: Samedi matin. Onze heures et demie, ma femme sera là aussi.
        A: Samedi matin, onze heures trente. Sur ce numéro, le zéro six, trente-neuf,
           quarante-quatre, cinquante-sept, quatre-vingt-quatorze ?
        C: Non, quatre-vingt-quatre, à la fin. Pas quatorze. Zéro six, trente-neuf, quarante-quatre,
           cinquante-sept, quatre-vingt-quatre.
        A: Pardon : zéro six, trente-neuf, quarante-quatre, cinquante-sept, quatre-vingt-quatre.
        C: Voilà. Salut.
        """,
        client="Mr",
        objections="pressé (en pause au travail)",
        client_first_name_data_ia="Régis",
        client_last_name_data_ia="Chauvet",
        client_phone_number="0639445784",
        client_city_data_ia="Riom",
        client_postal_code_data_ia="63200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="150",
        mensuelle_annuelle_data_ia="mensuelle",
        age_mr_data_ia="42",
        situation_familiale_data_ia="marié",
        activite_mr_data_ia="régleur",
        creneau_rappel_data_ia="samedi matin",
        heure_rappel_data_ia="11h30",
        **_OWNER,
    ),
    _script(
        "h5_onet_refus",
        "a curt refusal from a retired man of seventy-six in Onet-le-Château ('à côté de Rodez':"
        " the town he lives in, not Rodez): owner, heats with wood he cuts himself, 'retraité de"
        " la DDE' (retraité), will not take a twenty-year loan, no callback; his surname from the"
        " agent's greeting, which he confirms",
        """
        A: Bonjour monsieur, Ambre, de Rouergue Énergie. Je suis bien chez monsieur Ferrand ?
        C: Oui. Vous êtes la quatrième cette semaine. C'est encore les panneaux ?
        A: Oui, monsieur, on fait des études gratuites dans votre secteur. Vous êtes bien à Rodez ?
        C: Non, à Onet-le-Château. À côté de Rodez. Et d'abord, qui vous a donné mon numéro ?
        A: Il figure dans un fichier de particuliers intéressés par les économies d'énergie,
           monsieur. Vous pouvez demander à en être retiré.
        C: Intéressé, moi ? Je n'ai jamais rien demandé à personne. Et vous appelez toujours à
           l'heure de la soupe, c'est fait exprès ?
        A: Je suis désolée pour l'heure. Je serai brève : vous êtes propriétaire de votre maison ?
        C: Bien sûr que je suis propriétaire. Je l'ai construite de mes mains. Mais je vous arrête :
           ça ne m'intéresse pas.
        A: Je comprends. Est-ce que je peux vous demander comment vous vous chauffez ?
        C: Au bois. Je coupe mon bois moi-même, dans ma parcelle. L'électricité, je m'en sers à
           peine. Alors vos panneaux...
        A: Justement, beaucoup de nos clients...
        C: Mademoiselle, j'ai soixante-seize ans. Je suis retraité de la DDE. Vous croyez que je
           vais prendre un crédit sur vingt ans ? Je ne serai plus là pour le rembourser. Ce sont
           mes enfants qui paieront.
        A: Il existe des formules sans crédit, avec les aides...
        C: Il n'y a rien de gratuit, je le sais bien. Mon beau-frère s'est fait avoir avec une
           pompe à chaleur, une société de Toulouse, ils ont disparu.
        A: Je suis désolée pour lui. Je peux au moins vous envoyer une brochure ?
        C: Non. Pas de brochure, pas de rappel, rien. Et enlevez mon numéro, s'il vous plaît.
        A: C'est noté, monsieur Ferrand. Je vous retire de notre fichier.
        C: Merci. Et ne le prenez pas pour vous, hein, vous faites votre travail. Bonne
           journée quand même.
        A: Bonne journée, monsieur.
        """,
        client="Mr",
        objections=(
            "non intéressé ; trop âgé pour un crédit sur vingt ans ; beau-frère victime d'une"
            " arnaque ; refuse brochure et rappel ; démarché trop souvent"
        ),
        client_last_name_data_ia="Ferrand",
        client_city_data_ia="Onet-le-Château",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        age_mr_data_ia="76",
        activite_mr_data_ia="retraité",
        **_LOST,
    ),
    _script(
        "h5_mureaux_appartement",
        "an owner of a third-floor flat in Les Mureaux ('aux Mureaux, dans les Yvelines';"
        " 'soixante-dix-huit, cent trente'), not eligible (a flat: Non intéressant, proprietaire"
        " 'oui' since she owns it): electric heating, a bill band per month ('entre quatre-vingts"
        " et cent'), her age, divorced with one son, 'à la mairie ... fonctionnaire territoriale'"
        " (fonctionnaire), no callback; the residence's flat roof is not a roof type of her home"
        " (toiture '-')",
        """
        A: Bonjour madame, Erwan, d'Yvelines Énergie Conseil. Madame Blanchard ?
        C: Oui, c'est moi. Qu'est-ce que c'est ?
        A: Je vous appelle au sujet de votre demande pour une étude solaire, faite sur notre site la
           semaine dernière.
        C: Ah oui, c'était moi. J'ai vu une publicité, "réduisez votre facture", alors j'ai
           essayé.
        A: Très bien. Vous êtes propriétaire de votre logement ?
        C: Oui, propriétaire. J'ai fini de payer il y a trois ans.
        A: Et vous habitez où ?
        C: Aux Mureaux. Dans les Yvelines. Soixante-dix-huit, cent trente.
        A: Vous habitez une maison ?
        C: Non, un appartement. Au troisième étage, dans une résidence. Mais on a un grand toit,
           tout plat, personne ne s'en sert !
        A: Je comprends. Le problème, c'est que le toit d'une résidence appartient à la
           copropriété. Nos installations sont réservées aux maisons individuelles.
        C: Ah bon ? Même si je paie ma part ?
        A: Il faudrait un vote de l'assemblée des copropriétaires, et ce n'est pas le genre de
           projet que nous faisons. Vous vous chauffez comment, par curiosité ?
        C: À l'électrique. Des radiateurs, c'est tout électrique dans la résidence.
        A: Et votre facture, à peu près ?
        C: Entre quatre-vingts et cent euros par mois. Ça dépend de l'hiver.
        A: Vous vivez seule ?
        C: Avec mon fils. Je suis divorcée. Il a dix-neuf ans, il fait un BTS.
        A: Et vous travaillez ?
        C: Je travaille à la mairie, aux Mureaux, à l'état civil. Je suis fonctionnaire
           territoriale. J'ai cinquante-trois ans, encore dix ans à faire.
        A: Je suis désolé, madame, mais je ne peux pas vous proposer d'étude pour un appartement.
        C: Bon. Tant pis. Vous auriez pu le mettre sur votre publicité, que c'est pour les maisons.
           Et ma sœur, elle a une maison, elle. Je peux lui donner votre numéro ?
        A: Bien sûr, elle peut faire la simulation sur notre site, à son nom. Un conseiller la
           rappellera.
        C: Je lui dirai. Mais elle, elle est encore plus méfiante que moi.
        A: Vous avez raison, je ferai remonter. Je clôture votre demande. Merci, madame Blanchard.
        C: Au revoir.
        """,
        client="Mme",
        objections="habite un appartement (toit de la copropriété)",
        client_last_name_data_ia="Blanchard",
        client_city_data_ia="Les Mureaux",
        client_postal_code_data_ia="78130",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="entre 80 et 100",
        mensuelle_annuelle_data_ia="mensuelle",
        age_mme_data_ia="53",
        situation_familiale_data_ia="divorcée, 1 enfant",
        activite_mme_data_ia="fonctionnaire",
        **_LOST,
    ),
)


# A sixth held-out set (names ``h6_*``), written after HELD_OUT_5 had been scored, by
# someone who read only this module, docs/quality.md's conventions and messages/lead.py:
# never the extractors, and none of them was run on it. Again a call centre's ordinary day
# (eight owners who answer most questions in their own words, with "euh", "ben" and
# restarts; two partial calls, one asking to be called back and one hanging up; a refusal;
# a tenant whose father-in-law owns the house and decides), written fresh:
# surnames spelt or misread and corrected, a first name corrected or spelt, "c'est madame
# ...", phone numbers in pairs, digit by digit or both, a second number; postal codes as
# pairs, "soixante-neuf cent vingt", "mille" forms, digits and corrected; towns with their
# article or department, a hamlet beside its commune, a commune next to a bigger town, a
# move; heating mixed with a main one; bills per month and per year, in words, in digits and
# as the three bands; roofs and orientations said indirectly (the rising or setting sun,
# "plein midi", a son's phone compass); ages direct, relative, "la cinquantaine" or
# withheld; jobs as trades, employers and statuses (CDI, CDD, à son compte, fonctionnaire,
# retired, unemployed, on sick leave, "conjointe collaboratrice"). The gold is what a
# careful human fills from each call; where a value is debatable, the summary says why.
# Nobody tunes on it: never rendered, never part of ``FULL`` or ``SUBSET``;
# ``python -m benchmarks.extraction_quality --held-out 6`` scores it from its reference
# text.
HELD_OUT_6: tuple[Script, ...] = (
    _script(
        "h6_laval_electricien",
        "an electrician in Laval ('en Mayenne', 'cinquante-trois mille') whose surname the agent"
        " misreads and he spells (Kerbrat, not Kerbrac), his first name spelt too: the oil boiler"
        " heats the house (the insert only in the evening: fioul), the bill only for the year"
        " (1640, annuelle), 130 m², slate, the big pan on the side where the sun rises behind the"
        " garage ('l'est, je dirais': est), 'au moins trente' free (20m), his wife 'trois ans de"
        " plus que moi' (47 + 3 = 50), married with three children, 'électricien. À mon compte,"
        " depuis... euh, neuf ans' (indépendant depuis 9 ans), his wife an accountant at a car"
        " dealer 'en CDI' (CDI), income 'à nous deux', Tuesday evening 'pas avant dix-neuf heures'"
        " (19h), his mobile (main) then his wife's (tel2)",
        """
        A: Bonjour monsieur, Solène, de Mayenne Énergie Solaire. Je cherche à joindre monsieur...
           Kerbrac ?
        C: Kerbrat. Avec un t, pas un c. K, E, R, B, R, A, T. C'est breton, mon père était de Brest.
        A: Pardon, monsieur Kerbrat. Vous avez demandé une étude pour des panneaux solaires sur
           notre site, la semaine dernière.
        C: Ah, euh... oui, oui. Enfin, c'est ma femme qui a rempli, mais c'est pareil. Allez-y.
        A: Merci. Votre prénom, pour le dossier ?
        C: Loïc. L, O, I tréma, C.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui. Depuis... euh, ça va faire douze ans.
        A: Et elle se trouve bien à Laval ?
        C: À Laval, oui, en Mayenne. Pas loin de la rivière, quartier d'Avesnières.
        A: Le code postal ?
        C: Cinquante-trois mille.
        A: 53000. Et l'adresse exacte ?
        C: Vingt-deux, rue des Tisserands.
        A: Comment vous chauffez-vous ?
        C: Au fioul. Ben, on a une vieille chaudière au fioul, et un insert dans le salon. L'insert,
           on l'allume le soir, pour le plaisir, mais c'est la chaudière qui chauffe la maison.
        A: Et l'électricité, combien vous payez ?
        C: Alors, moi, je regarde la facture annuelle. L'an dernier, c'était... mille six cent
           quarante euros. Sur l'année.
        A: Mille six cent quarante euros par an. La surface de la maison ?
        C: Cent trente mètres carrés. Cent trente, oui, avec les combles aménagés.
        A: Et la toiture ?
        C: De l'ardoise. Comme toutes les maisons du coin.
        A: Vous savez comment elle est orientée ?
        C: Euh... Le matin, le soleil se lève derrière le garage, côté jardin. Et le grand pan est
           de ce côté-là. Donc... l'est, je dirais.
        A: L'est. Et sur ce pan, il y a au moins vingt mètres carrés libres ?
        C: Oui, oui. Il n'y a rien dessus, pas de velux, rien. Au moins trente.
        A: Très bien. Je vous demande votre âge ?
        C: Quarante-sept ans.
        A: Et votre épouse ?
        C: Elle a trois ans de plus que moi. Ne lui dites pas que je vous l'ai dit.
        A: Vous êtes mariés ?
        C: Mariés, oui. Et trois enfants, de six à quinze ans. Ça fait du monde sous la douche, d'où
           la facture.
        A: Et vous travaillez dans quoi, monsieur Kerbrat ?
        C: Je suis électricien. À mon compte, depuis... euh, neuf ans maintenant. Avant, j'étais
           salarié chez un artisan.
        A: Ah, alors vous connaissez le sujet !
        C: Un peu. Les onduleurs, tout ça, je connais. Mais je n'ai jamais posé de panneaux, c'est
           un autre métier.
        A: Et votre épouse ?
        C: Elle est comptable chez un concessionnaire, à Laval. En CDI.
        A: Pour le dossier des aides, le revenu du foyer, à peu près ?
        C: À nous deux... quatre mille deux cents par mois, à peu près. Ça dépend de mes chantiers.
        A: Quatre mille deux cents euros par mois. Un conseiller peut vous rappeler pour l'étude.
           Quand êtes-vous disponible ?
        C: Le soir. Mardi soir ? Mais pas avant dix-neuf heures, je rentre tard des chantiers.
        A: Mardi soir, dix-neuf heures. Sur quel numéro ?
        C: Mon portable : zéro six, quatre-vingt-un, cinquante-deux, trente-trois, quarante-sept.
        A: Zéro six, quatre-vingt-un, cinquante-deux, trente-trois, quarante-sept.
        C: Voilà. Et si je ne décroche pas, ma femme : zéro six, soixante-quatre, dix-huit, zéro
           neuf, vingt-cinq.
        A: Zéro six, soixante-quatre, dix-huit, zéro neuf, vingt-cinq. C'est noté. Merci, monsieur
           Kerbrat, bonne soirée.
        C: Merci, au revoir.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Loïc",
        client_last_name_data_ia="Kerbrat",
        client_phone_number="0681523347",
        client_city_data_ia="Laval",
        client_address_data_ia="22 rue des Tisserands",
        client_postal_code_data_ia="53000",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="1640",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="130",
        toiture_data_ia="ardoises",
        orientation_data_ia="est",
        toit_libre="20m",
        age_mr_data_ia="47",
        age_mme_data_ia="50",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="indépendant depuis 9 ans",
        activite_mme_data_ia="CDI",
        revenu_data_ia="4200 euros par mois",
        tel2_data_ia="0664180925",
        creneau_rappel_data_ia="mardi soir",
        heure_rappel_data_ia="19h",
        **_OWNER,
    ),
    _script(
        "h6_vaulx_veuve",
        "a widow of 74 in the old village of Vaulx-en-Velin ('soixante-neuf cent vingt': 69120),"
        " whose daughter filled in the form: 'c'est madame Perret', then her first name; town gas,"
        " 62 a month read off the paper, 85 m² on one floor, red tiles, the points of the compass"
        " unknown but sun on the roof all day with not a tree around (bien ensoleillée), free roof"
        " space never discussed ('-'), 'veuve depuis deux ans' with two children (veuve, 2"
        " enfants), thirty years at a factory and now 'retraitée', her pension and survivor's"
        " pension (1700 a month), Thursday morning at half past ten when her son is there (10h30);"
        " her landline started digit by digit then said in pairs (main), her son's mobile (tel2);"
        " the son's first name (Didier) is not hers, and her late husband has no age or job on the"
        " fiche",
        """
        A: Bonjour madame, Hugo, de Rhône Solaire Habitat. Je suis bien chez madame Perret ?
        C: Oui, c'est madame Perret. C'est qui ? Ma fille m'a dit que quelqu'un appellerait... C'est
           pour les panneaux ?
        A: Exactement, madame. Votre fille a fait une demande d'étude pour votre maison. Vous avez
           un moment ?
        C: Oh, j'ai tout mon temps, vous savez. Depuis que mon mari est parti, les journées sont
           longues.
        A: Je suis désolé. Vous me rappelez votre prénom, madame Perret ?
        C: Ginette. Ginette Perret.
        A: Merci. La maison est bien à vous ?
        C: Oui, oui. Enfin, elle était à nous deux, maintenant elle est à moi. On l'a fait
           construire en soixante-quinze.
        A: Et elle se trouve à Vaulx-en-Velin ?
        C: À Vaulx, oui. Dans le village, hein, pas vers les tours. Près de l'église.
        A: Le code postal, c'est le... ?
        C: Soixante-neuf cent vingt.
        A: 69120. Et l'adresse ?
        C: Sept, rue des Noisetiers.
        A: Comment vous chauffez-vous ?
        C: Au gaz. Le chauffage central, au gaz de ville. Mon mari l'avait fait mettre dans les
           années quatre-vingt.
        A: Et votre facture d'électricité ?
        C: Attendez, j'ai le papier... je l'ai mis où, ce papier... Voilà. Soixante-deux euros. Tous
           les mois, c'est prélevé.
        A: Soixante-deux euros par mois. La maison fait combien de mètres carrés ?
        C: Quatre-vingt-cinq. C'est un plain-pied, avec le sous-sol en plus.
        A: Et la toiture, elle est en quoi ?
        C: En tuiles. Des tuiles rouges. Il y a de la mousse, il faudrait que quelqu'un vienne...
        A: Vous savez de quel côté elle est tournée ?
        C: Ah, ça... Je ne sais pas, moi, les points cardinaux. Mais il n'y a pas un arbre autour,
           on a le soleil dessus toute la journée. Les tomates, elles aiment bien.
        A: Très bien. Je peux vous demander votre âge ?
        C: Soixante-quatorze ans. Soixante-quinze en août.
        A: Et vous vivez seule, maintenant ?
        C: Oui, je suis veuve depuis deux ans. J'ai deux enfants, ma fille à Villeurbanne et mon
           fils à Meyzieu. Ils passent souvent.
        A: Vous avez travaillé, madame Perret ?
        C: Oui, à l'usine, chez Rhône-Poulenc, au conditionnement. Trente ans. Et maintenant je suis
           retraitée, comme tout le monde à mon âge.
        A: Et pour le dossier des aides, votre revenu, à peu près ?
        C: Ma retraite et la pension de réversion... euh, mille sept cents, à peu près. Par mois.
        A: Merci. Un conseiller peut passer vous voir. Vous préférez que vos enfants soient là ?
        C: Ah oui, mon fils. Je ne signe rien sans lui. Il vient le jeudi matin, il m'emmène au
           marché. Jeudi matin, à dix heures et demie ?
        A: Jeudi matin, dix heures trente. Et votre numéro ?
        C: Le fixe : zéro, quatre, sept, huit... euh, attendez, je le dis comme ma fille. Zéro
           quatre, soixante-dix-huit, quatre-vingts, douze, cinquante-six.
        A: Zéro quatre, soixante-dix-huit, quatre-vingts, douze, cinquante-six.
        C: C'est ça. Et mon fils, je vous donne son portable, c'est plus sûr : zéro six, trente,
           quarante et un, soixante-sept, quatre-vingt-neuf.
        A: Zéro six, trente, quarante et un, soixante-sept, quatre-vingt-neuf. C'est noté.
        C: Il s'appelle Didier. Vous lui direz que c'est pour sa maman.
        A: Je le mets en commentaire. Merci, madame Perret, bonne journée.
        C: Merci, jeune homme. Au revoir.
        """,
        client="Mme",
        objections="ne signe rien sans son fils",
        client_first_name_data_ia="Ginette",
        client_last_name_data_ia="Perret",
        client_phone_number="0478801256",
        client_city_data_ia="Vaulx-en-Velin",
        client_address_data_ia="7 rue des Noisetiers",
        client_postal_code_data_ia="69120",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="62",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="85",
        toiture_data_ia="tuiles",
        orientation_data_ia="bien ensoleillée",
        age_mme_data_ia="74",
        situation_familiale_data_ia="veuve, 2 enfants",
        activite_mme_data_ia="retraitée",
        revenu_data_ia="1700 euros par mois",
        tel2_data_ia="0630416789",
        creneau_rappel_data_ia="jeudi matin",
        heure_rappel_data_ia="10h30",
        **_OWNER,
    ),
    _script(
        "h6_chancelade_hameau",
        "a retired technology teacher in le Pouyet, a hamlet of Chancelade 'juste à côté de"
        " Périgueux', who wrote Périgueux on the coupon but says the address is Chancelade (city"
        " Chancelade; 'vingt-quatre, six cent cinquante'): an air-to-water heat pump doing most of"
        " the work, the wood stove kept for the hard frosts (pompe à chaleur), 'plus de cent euros"
        " par mois, facile' (plus_de_100, mensuelle), 150 m², old flat tiles on the house (the"
        " barn's sheet metal is not the home's roof), 'exposé plein midi' (sud), thirty or forty"
        " m² free (20m), his wife's age withheld at her request ('-'), married with two daughters,"
        " 'retraité' (not his old job), his wife a physiotherapist 'à son compte, depuis... euh,"
        " vingt-cinq ans' (indépendante depuis 25 ans), income refused ('-'), Saturday morning"
        " 'pas avant dix heures' (10h), the landline said in pairs then single digits and read"
        " back in pairs",
        """
        A: Bonjour monsieur, Inès, de Périgord Soleil. Monsieur Lagarde ?
        C: Oui, bonjour. Jean-Michel Lagarde. C'est au sujet de... ?
        A: De votre demande d'étude pour des panneaux solaires, faite à la foire-exposition de
           Périgueux.
        C: Ah oui, le stand avec la maquette. Je me souviens. Allez-y.
        A: Vous êtes propriétaire de votre maison, monsieur Lagarde ?
        C: Oui, oui. Propriétaire. C'est une ancienne ferme qu'on a retapée, ma femme et moi.
        A: Sur le coupon, vous avez noté Périgueux. C'est bien ça ?
        C: Ben, oui et non. J'ai mis Périgueux parce que tout le monde connaît. En fait, on est au
           Pouyet. C'est un hameau de Chancelade, juste à côté de Périgueux. L'adresse, c'est
           Chancelade.
        A: D'accord, Chancelade. Le code postal ?
        C: Vingt-quatre, six cent cinquante.
        A: 24650. Et l'adresse ?
        C: Quatre, chemin de la Fontaine. Au Pouyet, mais le facteur connaît, hein.
        A: Et vous vous chauffez comment ?
        C: Pompe à chaleur. Air-eau. On l'a fait poser il y a cinq ans. On a gardé le poêle à bois
           pour les grands froids, mais... euh, c'est la pompe qui fait le gros du travail.
        A: Et votre facture d'électricité ?
        C: Plus de cent euros par mois, facile. Avec la pompe, forcément. Je n'ai pas le chiffre
           exact, c'est mensualisé.
        A: Plus de cent euros par mois. La surface de la maison ?
        C: Cent cinquante mètres carrés, avec l'étage.
        A: Et le toit, il est en quoi ?
        C: Des tuiles plates. Des petites tuiles plates, anciennes, celles du pays. Il y a la grange
           à côté, en tôle, mais ça, c'est autre chose.
        A: Et l'orientation du toit de la maison ?
        C: Le grand pan est exposé plein midi. C'est pour ça qu'on l'avait achetée, d'ailleurs, on
           voulait du soleil.
        A: Et la place libre, sur ce pan ?
        C: Oh, de la place, il y en a. Trente, quarante mètres carrés. Pas une fenêtre de toit.
        A: Très bien. Quelques questions sur le foyer. Votre âge ?
        C: Soixante-trois ans.
        A: Et votre épouse ?
        C: Ah non, ça, elle ne veut pas que je le dise. Elle m'a fait promettre. Mettez... ne mettez
           rien.
        A: Pas de souci. Vous êtes mariés ?
        C: Mariés, oui, depuis trente-cinq ans. Deux filles, elles sont à Bordeaux toutes les deux.
        A: Et vous travaillez encore ?
        C: Non, moi, je suis retraité. J'étais prof de techno au collège. Ma femme, elle, travaille
           encore. Elle est kiné. À son compte, depuis... euh, vingt-cinq ans ? Oui, vingt-cinq.
        A: Pour les aides, le revenu du foyer, à peu près ?
        C: Ça, je préfère ne pas vous le dire au téléphone. Le conseiller verra avec nous, sur
           place.
        A: Bien sûr. Le conseiller peut venir vous voir. Quel moment vous arrange ?
        C: Le samedi, ma femme ne consulte pas. Samedi matin, mais pas avant dix heures, hein.
        A: Samedi matin, dix heures. Sur quel numéro ?
        C: Le fixe. Zéro cinq, cinquante-trois, zéro quatre, six, un, sept, huit.
        A: Zéro cinq, cinquante-trois, zéro quatre, soixante et un, soixante-dix-huit ?
        C: C'est ça. Ici, le portable capte mal, alors le fixe, c'est plus sûr.
        A: C'est noté. Merci, monsieur Lagarde, bonne journée.
        C: Au revoir, mademoiselle.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Jean-Michel",
        client_last_name_data_ia="Lagarde",
        client_phone_number="0553046178",
        client_city_data_ia="Chancelade",
        client_address_data_ia="4 chemin de la Fontaine",
        client_postal_code_data_ia="24650",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="plus_de_100",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="150",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="63",
        situation_familiale_data_ia="marié, 2 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="indépendante depuis 25 ans",
        creneau_rappel_data_ia="samedi matin",
        heure_rappel_data_ia="10h",
        **_OWNER,
    ),
    _script(
        "h6_mans_couvreur",
        "a roofer driving home in Le Mans ('au Mans'), who corrects the postal code the agent"
        " offers ('soixante-douze mille... Non ... soixante-douze, cent. ... 72100'): all-electric"
        " radiant panels, 138 a month, 112 m², natural slate (ardoises), the back pan catching the"
        " setting sun, which the agent calls west and he confirms (ouest), two roof windows and a"
        " chimney leaving 'quinze mètres carrés, peut-être. Moins de vingt' (moins de 20m), both"
        " ages at once, 'en couple' with a little boy (en couple, 1 enfant), 'salarié ... en CDI,"
        " depuis dix ans' (CDI, not his trade), his partner 'au chômage' since her shop closed,"
        " income with her allowance, Wednesday 'en fin de journée, vers dix-huit heures' (slot"
        " 'mercredi fin de journée', 18h), his mobile in pairs after a pause",
        """
        A: Bonjour monsieur, Maëva, de Sarthe Énergies Nouvelles. Monsieur Bouvet ?
        C: Ouais, c'est moi. Anthony Bouvet. C'est pour le devis de panneaux, c'est ça ?
        A: Pour l'étude, oui. Vous avez rempli notre formulaire dimanche. Vous avez cinq minutes ?
        C: Euh, oui, je suis sur la route, je rentre du boulot. Je suis en kit mains libres.
           Allez-y.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui. Enfin, avec ma compagne. On a acheté il y a trois ans.
        A: Et c'est bien au Mans ?
        C: Au Mans, oui. Côté sud, vers l'Arche de la Nature.
        A: Le code postal, c'est soixante-douze mille ?
        C: Soixante-douze mille... Non, attendez. Nous, c'est soixante-douze, cent. Soixante-douze
           mille, c'est le centre. Nous, c'est 72100.
        A: 72100, je corrige. Et l'adresse ?
        C: Quinze, rue des Glycines.
        A: Comment est-ce que vous vous chauffez ?
        C: Tout électrique. Des panneaux rayonnants, dans toutes les pièces. C'était déjà là quand
           on a acheté.
        A: Et votre facture d'électricité, vous avez une idée ?
        C: Cent trente-huit euros par mois. Je l'ai regardée hier, justement, ça m'a fait mal.
        A: Cent trente-huit par mois. Et la maison fait combien de mètres carrés ?
        C: Cent douze habitables.
        A: Le toit, il est en quoi ?
        C: Ardoise naturelle. De l'ardoise d'Espagne. Je suis couvreur, alors le toit, je le connais
           par cœur, c'est moi qui l'ai refait en arrivant.
        A: Ah, parfait ! Et son orientation ?
        C: Le grand pan, celui de derrière, il prend le soleil couchant. Le soir, on l'a en plein
           dans la terrasse. L'autre côté, c'est la rue, avec l'immeuble d'en face qui fait de
           l'ombre, ça ne vaut rien.
        A: Donc plutôt ouest, le pan de derrière.
        C: Ouest, voilà.
        A: Et sur ce pan, il reste au moins vingt mètres carrés libres ?
        C: Ah non, pas vingt. Il y a deux velux et la sortie de cheminée. Il reste... euh, quinze
           mètres carrés, peut-être. Moins de vingt, en tout cas.
        A: D'accord, je note. Vous avez quel âge, si ce n'est pas indiscret ?
        C: Trente-neuf. Et ma compagne, trente-six.
        A: Vous êtes mariés ?
        C: Non, non, pas mariés. En couple, quoi. Avec un petit bonhomme de quatre ans.
        A: Vous êtes couvreur, vous m'avez dit. À votre compte ?
        C: Non, salarié. Dans une petite boîte de couverture, à Allonnes. En CDI, depuis dix ans.
        A: Et votre compagne ?
        C: Elle... bah, elle est au chômage en ce moment. Elle était vendeuse, le magasin a fermé en
           janvier. Elle cherche.
        A: Je comprends. Pour le dossier des aides, le revenu du foyer ?
        C: En ce moment, avec son chômage... trois mille cent par mois. À peu près.
        A: Merci. Un conseiller vous rappelle pour l'étude. Quand est-ce que ça vous arrange ?
        C: Mercredi. En fin de journée, vers dix-huit heures, je suis rentré.
        A: Mercredi en fin de journée, dix-huit heures. Le numéro ?
        C: Zéro six... quatorze, vingt-deux... trente, quatre-vingt-dix-neuf.
        A: Zéro six, quatorze, vingt-deux, trente, quatre-vingt-dix-neuf.
        C: C'est ça. Bon, j'arrive au rond-point, je vous laisse.
        A: Merci, monsieur Bouvet, bonne route.
        C: Salut.
        """,
        client="Mr",
        objections="petit pan disponible (velux, cheminée)",
        client_first_name_data_ia="Anthony",
        client_last_name_data_ia="Bouvet",
        client_phone_number="0614223099",
        client_city_data_ia="Le Mans",
        client_address_data_ia="15 rue des Glycines",
        client_postal_code_data_ia="72100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="138",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="112",
        toiture_data_ia="ardoises",
        orientation_data_ia="ouest",
        toit_libre="moins de 20m",
        age_mr_data_ia="39",
        age_mme_data_ia="36",
        situation_familiale_data_ia="en couple, 1 enfant",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="au chômage",
        revenu_data_ia="3100 euros par mois",
        creneau_rappel_data_ia="mercredi fin de journée",
        heure_rappel_data_ia="18h",
        **_OWNER,
    ),
    _script(
        "h6_gueret_infirmiere",
        "a night nurse just back from her shift in Guéret ('dans la Creuse', 'vingt-trois, zéro,"
        " zéro, zéro'), her first name misread by the agent and corrected (Nadège, not Nathalie):"
        " a pellet boiler since they gave up oil (bois), 'moins de quatre-vingts euros par mois'"
        " (moins_de_80, mensuelle), 140 m², red mechanical tiles after a hedge ('je crois..."
        " Oui'), one pan with the morning sun and one with the evening sun, put by the agent as"
        " east and west and confirmed (est-ouest), room on each pan (20m), her husband"
        " 'quarante-six. Il aura quarante-sept en mai' (46: his age now), married with three"
        " children, 'titulaire, fonctionnaire hospitalière' (fonctionnaire), her husband a lorry"
        " mechanic 'en CDI', income, Monday afternoon 'vers deux heures' (14h), her mobile begun"
        " digit by digit and restarted in pairs",
        """
        A: Bonjour madame, Jordan, de Limousin Énergie Verte. Madame Fournier ? Nathalie Fournier ?
        C: Nadège. Nadège Fournier. Pas Nathalie, on se trompe tout le temps, même à la banque.
        A: Pardon, madame Fournier. Je vous appelle pour votre demande d'étude solaire.
        C: Oui, je vous attendais. Je sors d'une garde de nuit, alors... euh, si je bâille, ne le
           prenez pas mal.
        A: Je vais faire vite. Vous êtes propriétaire ?
        C: Oui, avec mon mari.
        A: Et vous habitez à Guéret ?
        C: À Guéret, oui, dans la Creuse. À la sortie, sur la route de Sainte-Feyre.
        A: Le code postal ?
        C: Vingt-trois, zéro, zéro, zéro. 23000, quoi.
        A: Et l'adresse ?
        C: Trente et un, route de Sainte-Feyre.
        A: Vous vous chauffez comment ?
        C: Une chaudière à granulés. Depuis deux ans. Avant, c'était le fioul, on a profité des
           aides pour changer.
        A: Et votre facture d'électricité, elle est de combien ?
        C: Pas grand-chose. Moins de quatre-vingts euros par mois, ça, c'est sûr. Le chauffage,
           c'est les granulés, on les paie à part.
        A: Moins de quatre-vingts par mois. La surface de la maison ?
        C: Cent quarante mètres carrés.
        A: Et le toit ?
        C: Des tuiles, je crois... Oui, des tuiles. Des tuiles mécaniques, rouges.
        A: Et vous savez comment il est orienté ?
        C: Il a deux pans. Il y en a un qui a le soleil le matin, et l'autre le soir. Mon mari dit
           que c'est l'idéal pour les panneaux, je ne sais pas si c'est vrai.
        A: Un pan à l'est, un pan à l'ouest, alors ?
        C: Voilà. Est et ouest.
        A: Il y aurait au moins vingt mètres carrés libres ?
        C: Oui, sur chaque pan, largement. C'est une grande maison, toute simple, sans chien-assis.
        A: Je vous demande votre âge ?
        C: Quarante-quatre ans.
        A: Et votre mari ?
        C: Quarante-six. Il aura quarante-sept en mai.
        A: Des enfants ?
        C: Trois. Le grand est au lycée, les deux petits à l'école. Et on est mariés, si c'est la
           question.
        A: Vous êtes infirmière, je crois ?
        C: Oui, à l'hôpital de Guéret. Je suis titulaire, fonctionnaire hospitalière. Les gardes de
           nuit, c'est pour moi.
        A: Et votre mari ?
        C: Il est mécanicien poids lourds. Chez un transporteur, à côté. En CDI.
        A: Pour le dossier, le revenu du foyer ?
        C: On est... autour de quatre mille cent par mois, à deux.
        A: Merci. Un conseiller peut vous rappeler quand ?
        C: Lundi, je suis de repos. Lundi après-midi, vers deux heures ? Le matin, je dors.
        A: Lundi après-midi, quatorze heures. Sur quel numéro ?
        C: Mon portable. Zéro six, quarante, un, deux... Pardon, je le dis mal. Zéro six, quarante,
           douze, cinquante-huit, zéro trois.
        A: Zéro six, quarante, douze, cinquante-huit, zéro trois.
        C: C'est ça.
        A: Merci, madame Fournier, et bon repos.
        C: Merci. Au revoir.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Nadège",
        client_last_name_data_ia="Fournier",
        client_phone_number="0640125803",
        client_city_data_ia="Guéret",
        client_address_data_ia="31 route de Sainte-Feyre",
        client_postal_code_data_ia="23000",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="moins_de_80",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="140",
        toiture_data_ia="tuiles",
        orientation_data_ia="est-ouest",
        toit_libre="20m",
        age_mr_data_ia="46",
        age_mme_data_ia="44",
        situation_familiale_data_ia="mariée, 3 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="fonctionnaire",
        revenu_data_ia="4100 euros par mois",
        creneau_rappel_data_ia="lundi après-midi",
        heure_rappel_data_ia="14h",
        **_OWNER,
    ),
    _script(
        "h6_teste_ostreiculteur",
        "an oyster farmer in La Teste-de-Buch ('à La Teste. La Teste-de-Buch, sur le bassin"
        " d'Arcachon'; 'trente-trois, deux cent soixante') who corrects his own street (allée des"
        " Mimosas, not des Pins): town gas, '105 euros par mois, environ' (105), 90 m², canal"
        " tiles, orientation not known ('-'), his wife 'la cinquantaine' and no figure ('-'),"
        " married with two grown children, 'à mon compte, depuis vingt-deux ans' (indépendant"
        " depuis 22 ans), his wife 'conjointe collaboratrice' in the business (as said: a status"
        " of its own, neither employed nor self-employed), income only by the year ('trente-cinq"
        " mille par an'), Friday morning: he asks for half past seven, the agent says they start"
        " at nine and he settles on nine (9h); his mobile said digit by digit and read back in"
        " pairs",
        """
        A: Bonjour monsieur, Pauline, d'Atlantique Solaire Habitat. Monsieur Dubourdieu ?
        C: Ouais. Pascal Dubourdieu. Vous tombez bien, je viens de rentrer de l'eau. C'est pour quoi
           ?
        A: Pour des panneaux solaires. Vous avez demandé une étude sur notre site, le week-end
           dernier.
        C: Ah, c'est ma femme, ça. Elle m'en a parlé. Bon, allez-y, mais je n'y connais rien, moi.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui. C'était la maison de mes grands-parents. On l'a rachetée à mes oncles.
        A: Elle se trouve où ?
        C: À La Teste. La Teste-de-Buch, sur le bassin d'Arcachon.
        A: Le code postal ?
        C: Trente-trois, deux cent soixante.
        A: 33260. Et l'adresse ?
        C: Huit, allée des Pins... euh, non, allée des Mimosas. Les Pins, c'est la rue d'à côté, je
           me mélange toujours.
        A: Huit, allée des Mimosas. Vous vous chauffez comment ?
        C: Au gaz. Le gaz de ville, une chaudière.
        A: Et l'électricité, vous payez combien ?
        C: Ma femme m'a dit... 105 euros par mois, environ. Elle note tout, elle, sur un cahier.
        A: 105 euros par mois. Et la surface de la maison ?
        C: Quatre-vingt-dix mètres carrés. C'est une vieille maison de pêcheur, pas bien grande.
        A: Le toit, il est en quoi ?
        C: Tuiles canal. Comme partout ici.
        A: Et vous savez comment il est orienté ?
        C: Alors là... Je n'en sais rien. Je passe mes journées sur l'eau, je regarde les marées,
           pas mon toit.
        A: Le technicien regardera. Je vous demande votre âge ?
        C: Cinquante-six ans.
        A: Et votre épouse ?
        C: Elle a... la cinquantaine. Je ne vais pas me risquer à donner un chiffre, elle me
           tuerait.
        A: Vous êtes mariés ?
        C: Mariés, oui. Deux grands enfants, ils sont partis. Le fils reprendra peut-être les parcs,
           on verra.
        A: Vous êtes ostréiculteur, si je comprends bien ?
        C: Ostréiculteur, oui. À mon compte, depuis vingt-deux ans. J'ai repris l'exploitation de
           mon père.
        A: Et votre épouse travaille ?
        C: Avec moi. Elle fait la vente, à la cabane, et les papiers. Elle est conjointe
           collaboratrice, c'est comme ça que ça s'appelle.
        A: D'accord. Et le revenu du foyer, à peu près ?
        C: Ça dépend des années, avec les huîtres... Les bonnes années, trente-cinq mille par an.
           Mettez trente-cinq mille.
        A: Trente-cinq mille euros par an. Un conseiller peut vous rappeler. Quel moment vous
           arrange ?
        C: Vendredi matin. Tôt. Sept heures et demie, avant la marée.
        A: Nos conseillers commencent à neuf heures, malheureusement.
        C: Ben, neuf heures, alors. Vendredi matin, neuf heures pile, je serai à la cabane.
        A: Vendredi matin, neuf heures. Sur quel numéro ?
        C: Le portable. Zéro, six, un, deux, sept, cinq, quatre, huit, huit, trois. Sur l'eau, ça ne
           capte pas, mais à la cabane, oui.
        A: Zéro six, douze, soixante-quinze, quarante-huit, quatre-vingt-trois.
        C: C'est ça.
        A: Merci, monsieur Dubourdieu. Bonne journée.
        C: Allez, bonne journée.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Pascal",
        client_last_name_data_ia="Dubourdieu",
        client_phone_number="0612754883",
        client_city_data_ia="La Teste-de-Buch",
        client_address_data_ia="8 allée des Mimosas",
        client_postal_code_data_ia="33260",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="105",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="90",
        toiture_data_ia="tuiles",
        age_mr_data_ia="56",
        situation_familiale_data_ia="marié, 2 enfants",
        activite_mr_data_ia="indépendant depuis 22 ans",
        activite_mme_data_ia="conjointe collaboratrice",
        revenu_data_ia="35000 euros par an",
        creneau_rappel_data_ia="vendredi matin",
        heure_rappel_data_ia="9h",
        **_OWNER,
    ),
    _script(
        "h6_luneville_caissiere",
        "a supermarket cashier in Lunéville ('en Meurthe-et-Moselle', 'cinquante-quatre, trois"
        " cents') who spells her first name (Maryline, with a y): the oil boiler kept for frost"
        " and the wood stove now doing the heating (bois, as the agent sums up and she confirms),"
        " 89 a month, 100 m², mechanical tiles, her son checks the orientation with his phone"
        " (sud), free roof space not known ('-'), married with one son, both ages direct, 'à temps"
        " partiel, mais en CDI' (CDI), her husband 'en arrêt maladie, depuis six mois' (as said:"
        " no contract named, and 'cariste' was his job before), income with his sick pay, Saturday"
        " afternoon 'après trois heures' (15h), the landline first (main) and her mobile (tel2,"
        " with a 'zéro zéro' pair)",
        """
        A: Bonjour madame, Quentin, de Lorraine Habitat Solaire. Madame Grosjean ?
        C: Oui, c'est moi. Attendez, je baisse la télé... Voilà. C'est pour quoi ?
        A: Vous avez rempli un formulaire pour une étude de panneaux solaires. Vous avez quelques
           minutes ?
        C: Oui, ben, oui, je viens de rentrer du travail. Allez-y.
        A: Pour commencer, votre prénom ?
        C: Maryline. M, A, R, Y, L, I, N, E. Avec un y, pas un i. Personne ne l'écrit bien.
        A: Maryline avec un y, c'est noté. Vous êtes propriétaire ?
        C: Oui, on a une maison. On a fini de payer l'an dernier, enfin !
        A: Elle est où, votre maison ?
        C: À Lunéville. En Meurthe-et-Moselle. Pas loin du château.
        A: Le code postal ?
        C: Cinquante-quatre, trois cents.
        A: 54300. Et l'adresse ?
        C: Douze, rue de la Faïencerie.
        A: Comment vous chauffez-vous ?
        C: Ben... on avait le fioul. On l'a toujours, la chaudière. Mais on a mis un poêle à bois
           l'hiver dernier, et depuis, c'est surtout le poêle. La chaudière, on l'allume quand il
           gèle, c'est tout.
        A: Donc principalement au bois.
        C: Au bois, oui. Le fioul, c'est devenu trop cher.
        A: Et votre facture d'électricité ?
        C: Quatre-vingt-neuf euros par mois. En mensualisé.
        A: La surface de la maison ?
        C: Cent mètres carrés. Pile. C'est écrit sur l'acte.
        A: Et le toit ?
        C: Des tuiles mécaniques. Elles ont été refaites il y a... une dizaine d'années.
        A: Il est orienté comment ?
        C: Attendez, je demande à mon fils... Enzo ! Le toit, il est tourné vers où ? ... Il dit
           sud. Le côté de la rue, c'est le sud. Il a regardé avec son téléphone quand on parlait
           des panneaux.
        A: Sud, très bien. Et il y a de la place libre sur ce pan ? Au moins vingt mètres carrés ?
        C: Ça, je ne sais pas. Il y a la cheminée, et une fenêtre de toit... Non, je ne sais pas.
        A: Pas de souci. Je vous demande votre âge ?
        C: Cinquante-deux ans.
        A: Et votre mari ?
        C: Cinquante-cinq.
        A: Vous êtes mariés ?
        C: Mariés, oui, depuis trente ans. Et un fils, Enzo, celui que vous avez entendu. Il a
           dix-neuf ans, il est en apprentissage.
        A: Et vous travaillez ?
        C: Je suis caissière, chez Leclerc. À temps partiel, mais en CDI.
        A: Et votre mari ?
        C: Lui, il est en arrêt maladie, depuis six mois. Son dos. Il était cariste, chez un
           transporteur. Ils vont sûrement le déclarer inapte... On ne sait pas.
        A: Je suis désolé. Pour le dossier, le revenu du foyer ?
        C: Avec ses indemnités... deux mille six cents par mois, à peu près.
        A: Merci. Un conseiller peut vous rappeler quand ?
        C: Samedi. Samedi après-midi, après trois heures. Mon mari sera là, c'est lui qui a le temps
           de réfléchir, en ce moment.
        A: Samedi après-midi, quinze heures. Le numéro ?
        C: Le fixe de la maison : zéro trois, quatre-vingt-trois, soixante-treize, vingt, onze. Et
           mon portable, si jamais : zéro six, quatre-vingt-huit, cinquante, zéro zéro, dix-sept.
        A: Zéro trois, quatre-vingt-trois, soixante-treize, vingt, onze. Et zéro six,
           quatre-vingt-huit, cinquante, zéro zéro, dix-sept.
        C: C'est ça.
        A: Merci, madame Grosjean, bonne soirée.
        C: Bonne soirée.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Maryline",
        client_last_name_data_ia="Grosjean",
        client_phone_number="0383732011",
        client_city_data_ia="Lunéville",
        client_address_data_ia="12 rue de la Faïencerie",
        client_postal_code_data_ia="54300",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="89",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="100",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        age_mr_data_ia="55",
        age_mme_data_ia="52",
        situation_familiale_data_ia="mariée, 1 enfant",
        activite_mr_data_ia="en arrêt maladie",
        activite_mme_data_ia="CDI",
        revenu_data_ia="2600 euros par mois",
        tel2_data_ia="0688500017",
        creneau_rappel_data_ia="samedi après-midi",
        heure_rappel_data_ia="15h",
        **_OWNER,
    ),
    _script(
        "h6_puy_demenagement",
        "a school-bus driver who has moved since the lead was filed: the agent asks for him at"
        " Brives-Charensac and he says they moved to Le Puy-en-Velay last summer (adresse_modifiee"
        " '1', the new address; 'quarante-trois mille. Tout rond'): inertia radiators (the"
        " reversible air-conditioning only cools in summer: électrique), the bill by the year"
        " (2400, annuelle), 122 m² from the deed, red tiles, the big pan facing north (nord) with"
        " forty m² free (20m), his wife 'plus âgée' at 61, both remarried with three children"
        " between them ('marié, 3 enfants'), 'en CDD, renouvelé chaque année' (CDD), his wife a"
        " retired schoolteacher (retraitée), income, 'Demain ... En fin de matinée, vers onze"
        " heures' (slot 'demain fin de matinée', 11h); his doubt about a north roof",
        """
        A: Bonjour monsieur, Chloé, de Velay Énergie Solaire. Je suis bien chez monsieur Vialle, à
           Brives-Charensac ?
        C: Vialle, oui. Mais plus à Brives. On a déménagé l'été dernier. On est au Puy, maintenant.
        A: Ah, d'accord, je mets à jour. Vous me donnez la nouvelle adresse ?
        C: Dix-sept, rue des Capucins. Au Puy-en-Velay.
        A: Le code postal ?
        C: Quarante-trois mille. Tout rond.
        A: 43000. Et votre prénom, monsieur Vialle ?
        C: Gilbert.
        A: Vous êtes propriétaire de cette nouvelle maison ?
        C: Oui. On a vendu l'autre, trop grande, et on a acheté celle-là. Plus petite, mais en
           ville, à côté de tout.
        A: Comment vous chauffez-vous ?
        C: À l'électrique. Des radiateurs à inertie. Il y a une clim réversible dans le salon, mais
           on ne s'en sert que l'été, pour rafraîchir.
        A: Et la facture d'électricité ?
        C: Je regarde à l'année, moi. Deux mille quatre cents euros, à peu près, sur douze mois.
           C'est pour ça que je m'intéresse à vos panneaux.
        A: Deux mille quatre cents par an. La surface de la maison ?
        C: 122 mètres carrés. C'est sur l'acte de vente.
        A: Et le toit ?
        C: Tuiles rouges. Comme toute la ville.
        A: Vous connaissez son orientation ?
        C: Oui, et c'est bien le problème. Le grand pan est exposé au nord. Malheureusement. L'autre
           côté, c'est le mur du voisin, on est mitoyens.
        A: Le technicien vous dira ce qui est possible. Sur ce pan, il y a au moins vingt mètres
           carrés libres ?
        C: Oh, de la place, il y en a. Quarante mètres carrés au moins. Mais au nord...
        A: Votre âge, monsieur Vialle ?
        C: Cinquante-neuf.
        A: Et votre épouse ?
        C: Soixante et un. Elle est plus âgée que moi, elle n'aime pas trop qu'on le sache.
        A: Vous avez des enfants ?
        C: On est remariés, tous les deux. Elle a deux enfants, moi un. Trois en tout, mais ils sont
           grands.
        A: Et vous travaillez encore ?
        C: Moi, oui, je suis chauffeur de car. Les transports scolaires. En CDD, renouvelé chaque
           année. Ma femme, elle, est retraitée. Elle était institutrice.
        A: Pour le dossier, le revenu du foyer ?
        C: Sa retraite et mon salaire... deux mille sept cents par mois, à peu près.
        A: Merci. Le conseiller peut vous rappeler quand ?
        C: Demain, si c'est possible. En fin de matinée, vers onze heures, je suis rentré du circuit
           du matin.
        A: Demain en fin de matinée, onze heures. Sur quel numéro ?
        C: Le portable : zéro six, soixante-dix, vingt-neuf, quatorze, cinquante et un.
        A: Zéro six, soixante-dix, vingt-neuf, quatorze, cinquante et un.
        C: Voilà. Et... euh, dites au conseiller que je veux savoir si ça vaut le coup, au nord. Je
           ne veux pas payer pour rien.
        A: Je le note. Merci, monsieur Vialle, bonne journée.
        C: Au revoir.
        """,
        client="Mr",
        objections="toit exposé au nord : doute sur la rentabilité",
        client_first_name_data_ia="Gilbert",
        client_last_name_data_ia="Vialle",
        client_phone_number="0670291451",
        client_city_data_ia="Le Puy-en-Velay",
        client_address_data_ia="17 rue des Capucins",
        client_postal_code_data_ia="43000",
        adresse_modifiee="1",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="2400",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="122",
        toiture_data_ia="tuiles",
        orientation_data_ia="nord",
        toit_libre="20m",
        age_mr_data_ia="59",
        age_mme_data_ia="61",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="CDD",
        activite_mme_data_ia="retraitée",
        revenu_data_ia="2700 euros par mois",
        creneau_rappel_data_ia="demain fin de matinée",
        heure_rappel_data_ia="11h",
        **_OWNER,
    ),
    _script(
        "h6_lagord_rappel",
        "a partial call: a bank adviser at work ('C'est madame Lebrun, oui'; no first name)"
        " answers a few questions before her client arrives and asks to be called back: owner with"
        " her husband, Lagord and not La Rochelle as the agent assumed (the commune she names; no"
        " postal code), gas 'Enfin... oui' (gaz), no bill ('-'), the surface hesitated between 110"
        " and 120 and left to her husband ('-'), married with two children, 'conseillère bancaire'"
        " (job title, no status said), 'Jeudi soir, vers dix-huit heures trente' (18h30) on her"
        " mobile, not the branch's line she is called on",
        """
        A: Bonjour madame, Bastien, d'Aunis Énergie Solaire. Je suis bien chez madame Lebrun ?
        C: C'est madame Lebrun, oui. Qui est à l'appareil ?
        A: Bastien, d'Aunis Énergie Solaire. Vous avez fait une demande d'étude pour des panneaux
           solaires sur notre site.
        C: Ah, oui... oui, c'est moi. Mais vous m'appelez au travail, là. Je suis conseillère
           bancaire, j'ai un client dans cinq minutes.
        A: Je peux vous poser deux ou trois questions rapides, et un conseiller vous rappellera pour
           le reste ?
        C: Deux ou trois, alors. Vite.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui, oui. Propriétaires, avec mon mari.
        A: Et c'est bien à La Rochelle ?
        C: Non, à Lagord. C'est collé à La Rochelle, mais c'est une autre commune. Tout le monde
           confond.
        A: Lagord, je corrige. Et vous vous chauffez comment ?
        C: Au gaz. Enfin... oui, c'est une chaudière gaz. C'est mon mari qui s'occupe de tout ça.
        A: Et votre facture d'électricité, à peu près ?
        C: Ah, là, aucune idée. Elle est prélevée sur son compte à lui.
        A: La surface de la maison ?
        C: Cent... cent dix ? Cent vingt ? Je ne sais plus, franchement. Mon mari saura.
        A: D'accord. Juste une dernière : vous êtes mariée ?
        C: Mariée, deux enfants. Voilà, c'était la dernière, hein !
        A: Promis. Et l'étude est gratuite, je vous rassure.
        C: J'espère bien. Bon, mon client est arrivé, je le vois à l'accueil. Rappelez-moi, plutôt.
           Ce soir... Non, ce soir, il y a le foot du petit. Jeudi. Jeudi soir, vers dix-huit heures
           trente, mon mari sera là.
        A: Jeudi soir, dix-huit heures trente. Sur ce numéro-ci ?
        C: Non, ça, c'est la ligne de l'agence. Mon portable : zéro six, vingt et un,
           quarante-quatre, soixante-neuf, zéro deux.
        A: Le 06 21 44 69 02.
        C: C'est ça. Désolée, je dois filer.
        A: Pas de souci, madame Lebrun. Bonne journée.
        C: Au revoir.
        """,
        client="Mme",
        objections="pas le temps (au travail) ; renvoie à son mari pour les chiffres",
        client_last_name_data_ia="Lebrun",
        client_phone_number="0621446902",
        client_city_data_ia="Lagord",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        situation_familiale_data_ia="mariée, 2 enfants",
        activite_mme_data_ia="conseillère bancaire",
        creneau_rappel_data_ia="jeudi soir",
        heure_rappel_data_ia="18h30",
        **_OWNER,
    ),
    _script(
        "h6_vierzon_raccroche",
        "a partial call: a butcher eating a late lunch in Vierzon ('dans le Cher. Dix-huit, cent')"
        " who hangs up when the delivery man rings: owner 'avec la banque' (a mortgage: oui), an"
        " old oil boiler, the bill refused ('Mettons que c'est trop cher': '-'), 88 m², tiles,"
        " orientation not known ('-'), 41, 'divorcé' with a daughter every other weekend (divorcé,"
        " 1 enfant), 'boucher ... au rayon boucherie' (job title, no status said), no number said"
        " and no callback agreed (disponibilité 'Non', the lead still 'Valide')",
        """
        A: Bonjour monsieur, Léa, de Centre Énergie Solaire. Monsieur Pasquier ?
        C: Ouais. C'est qui ?
        A: Léa, de Centre Énergie Solaire. Vous avez demandé une étude pour des panneaux solaires,
           il y a quinze jours.
        C: Ah. Ouais, peut-être. Je remplis des trucs sur internet, des fois. C'est gratuit, votre
           étude ?
        A: Oui, entièrement gratuite et sans engagement. Je peux vous poser quelques questions ?
        C: Vas-y... Allez-y, pardon. Mais vite, je suis en train de manger.
        A: Vous êtes propriétaire de votre maison ?
        C: Ouais. Enfin, avec la banque, hein. Encore quinze ans de crédit.
        A: Et vous êtes bien à Vierzon ?
        C: À Vierzon, ouais. Dans le Cher. Dix-huit, cent.
        A: 18100. Et votre prénom, monsieur Pasquier ?
        C: Franck. Avec c, k.
        A: Comment vous chauffez-vous ?
        C: Au fioul. La chaudière a trente ans, elle fait un bruit de tracteur.
        A: Et l'électricité, vous payez combien par mois ?
        C: Ça, je ne vais pas vous le dire. Après, vous faites vos calculs et vous m'appelez tous
           les jours.
        A: Ce n'est pas le but, monsieur. C'est pour estimer vos économies.
        C: Ouais, ouais. Mettons que c'est trop cher. Voilà.
        A: D'accord. La maison fait quelle surface ?
        C: Quatre-vingt-huit mètres carrés. Un pavillon, avec un sous-sol.
        A: Et le toit ?
        C: Des tuiles. Et... euh, avant que vous demandiez, je ne sais pas où il regarde.
        A: Pas de problème. Vous avez quel âge, monsieur Pasquier ?
        C: Quarante et un.
        A: Vous vivez seul ?
        C: Divorcé. J'ai ma fille un week-end sur deux.
        A: Et vous travaillez dans quel domaine ?
        C: Je suis boucher. Au supermarché, au rayon boucherie. C'est pour ça que je mange à trois
           heures de l'après-midi... Attendez, on sonne. Ouais ! J'arrive !
        A: Je peux vous rappeler à un autre moment ?
        C: Non, c'est... Bon, je dois y aller, c'est le livreur. Salut.
        A: Monsieur Pasquier ? ... Allô ?
        """,
        client="Mr",
        objections="méfiant : refuse de donner sa facture ; pressé",
        client_first_name_data_ia="Franck",
        client_last_name_data_ia="Pasquier",
        client_city_data_ia="Vierzon",
        client_postal_code_data_ia="18100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        superficie_data_ia="88",
        toiture_data_ia="tuiles",
        age_mr_data_ia="41",
        situation_familiale_data_ia="divorcé, 1 enfant",
        activite_mr_data_ia="boucher",
        classement="Valide",
        disponibilite="Non",
    ),
    _script(
        "h6_auxerre_refus",
        "a firm refusal in Auxerre's old town ('derrière la cathédrale') from a retired woman of"
        " 68 whose husband is 71: a protected area ('Les Bâtiments de France'), a heat pump for"
        " three years and the attic insulated (pompe à chaleur; the oil was before), 'Cent dix"
        " euros par mois' (110, mensuelle), no works at their age, no brochure, no callback;"
        " owners for forty years, 'À la retraite, tous les deux' (both retired), 'Mon mari'"
        " (mariée, no children said); her surname from the agent's greeting, which she confirms;"
        " no first name",
        """
        A: Bonjour madame, Théo, de Bourgogne Énergie Conseil. Je suis bien chez madame Lefort ?
        C: Oui. C'est à quel sujet ?
        A: Nous proposons des études gratuites pour des panneaux solaires dans l'Yonne en ce moment.
           Vous êtes bien à Auxerre ?
        C: À Auxerre, oui. Dans la vieille ville, derrière la cathédrale. Mais si c'est pour des
           panneaux, ce n'est pas la peine.
        A: Ah bon ? Je peux vous demander pourquoi ?
        C: Ben, parce qu'on est en secteur protégé, pardi. Les Bâtiments de France. On a voulu
           changer nos fenêtres, il a fallu du bois, à l'ancienne, trois fois le prix. Alors des
           panneaux sur le toit, vous pensez bien...
        A: Il existe parfois des solutions, des panneaux discrets, ou posés côté cour...
        C: Non, non. Et puis on n'en a pas besoin. On a fait mettre une pompe à chaleur il y a trois
           ans, et on a isolé les combles. On a donné, comme on dit.
        A: Votre facture d'électricité a dû augmenter, avec la pompe ?
        C: Cent dix euros par mois. On s'en sort très bien. Avant, avec le fioul, c'était le double.
        A: Vous êtes propriétaires de la maison ?
        C: Oui, propriétaires. Depuis quarante ans. Mais je vous l'ai dit : non.
        A: Je comprends. Vous êtes à la retraite, peut-être ?
        C: À la retraite, tous les deux. Mon mari a soixante et onze ans, moi soixante-huit. On ne
           va pas se lancer dans des travaux pareils, à notre âge, avec des ouvriers sur le toit
           pendant des semaines.
        A: En général, la pose se fait en une journée, madame.
        C: Peut-être. Mais c'est non. Ma voisine m'a dit de ne jamais rien accepter au téléphone, et
           elle a bien raison.
        A: Votre mari est là ? Peut-être qu'il voudrait en parler ?
        C: Il est au jardin, et il vous dirait la même chose, en moins poli.
        A: Et s'il change d'avis, il pourra nous rappeler ?
        C: Il ne changera pas d'avis. Ça fait quarante-cinq ans que je le connais.
        A: Je peux au moins vous envoyer une documentation, sans engagement ?
        C: Non merci. Ça finirait au recyclage. Et je ne veux pas être rappelée, ni par vous ni par
           un autre.
        A: Très bien, madame, c'est noté. Je vous retire de notre liste.
        C: Merci. Et dites-le à vos collègues, aussi. C'est le troisième appel de la semaine.
        A: Je transmets. Bonne journée, madame Lefort.
        C: Au revoir.
        """,
        client="Mme",
        objections=(
            "non intéressée ; secteur protégé (Bâtiments de France) ; a déjà une pompe à chaleur et"
            " des combles isolés ; pas de travaux à leur âge ; refuse documentation et rappel ;"
            " démarchée trop souvent"
        ),
        client_last_name_data_ia="Lefort",
        client_city_data_ia="Auxerre",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="110",
        mensuelle_annuelle_data_ia="mensuelle",
        age_mr_data_ia="71",
        age_mme_data_ia="68",
        situation_familiale_data_ia="mariée",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="retraitée",
        **_LOST,
    ),
    _script(
        "h6_sete_locataire",
        "a young cook in Sète ('dans l'Hérault', 'trente-quatre, deux cents') who rents the house"
        " from his father-in-law ('Pas vraiment ... c'est lui le propriétaire', 'C'est lui qui"
        " décide': non): old electric heaters, a monthly band ('entre quatre-vingts et cent euros"
        " par mois': entre 80 et 100, mensuelle), 29, pacsé with one child, 'cuisinier ... En CDI"
        " depuis l'an dernier' (CDI), his partner 'vendeuse, chez Décathlon' (job title), no"
        " callback: the father-in-law, 75 (not the client's age), must call himself, and the"
        " number the agent gives is the company's, not the client's (phone '-'); Non intéressant",
        """
        A: Bonjour monsieur, Manon, d'Hérault Soleil. Monsieur Ortega ?
        C: Ouais, Kévin Ortega. C'est pour les panneaux ? J'ai rempli votre truc sur Facebook.
        A: Tout à fait. Vous avez quelques minutes ?
        C: Ouais, je suis en coupure, je reprends le service à sept heures. Allez-y.
        A: Vous habitez une maison ?
        C: Ouais, une petite maison de ville, à Sète. Dans l'Hérault. Sur le mont Saint-Clair, avec
           la vue sur la mer, tout ça.
        A: Le code postal ?
        C: Trente-quatre, deux cents.
        A: 34200. Et vous êtes propriétaire ?
        C: Euh... Pas vraiment. Elle est à mon beau-père. On lui paie un loyer, un petit loyer,
           hein, mais c'est lui le propriétaire.
        A: D'accord, vous êtes locataire, alors.
        C: Ouais, voilà. Mais il serait d'accord pour des travaux, je pense. Enfin, il faut que je
           lui demande. C'est lui qui décide, en fait.
        A: Je comprends. Comment est-ce que la maison est chauffée ?
        C: Électrique. Des vieux grille-pain, là. Et la clim dans le salon, l'été.
        A: Et votre facture, à peu près ?
        C: En gros, entre quatre-vingts et cent euros par mois. Ça monte l'hiver.
        A: Vous vivez à combien, dans la maison ?
        C: On est trois. Ma copine, le petit et moi. On est pacsés.
        A: Et vous avez quel âge ?
        C: Vingt-neuf ans.
        A: Vous travaillez dans la restauration, si je comprends bien ?
        C: Ouais, cuisinier. Dans un restaurant, sur le quai. En CDI depuis l'an dernier, avant je
           faisais les saisons.
        A: Et votre compagne ?
        C: Elle est vendeuse, chez Décathlon, à Balaruc.
        A: Pour les panneaux, le souci, c'est que la demande doit venir du propriétaire : c'est son
           toit, et c'est lui qui signe.
        C: Ah... Ben, il a soixante-quinze ans, lui, et internet, il ne connaît pas. Il a encore un
           téléphone à clapet.
        A: Dans ce cas, il peut nous appeler directement. Je vous donne notre numéro, vous le lui
           transmettez ?
        C: Ouais, allez. Mais je vous préviens, il est têtu. Il dit que le soleil, c'est gratuit, et
           qu'on ne vend pas ce qui est gratuit.
        A: C'est le zéro neuf, soixante-dix, vingt-deux, quarante, quinze. Il demande le service
           études.
        C: Attendez, je prends un stylo... Voilà, c'est noté.
        A: Je clôture la demande à votre nom, alors, puisque vous n'êtes pas propriétaire.
        C: D'accord. Vous ne me rappelez pas, donc ?
        A: Non, c'est votre beau-père qui nous appellera, s'il est d'accord. Merci, monsieur Ortega,
           et bon service ce soir.
        C: Merci. Salut.
        """,
        client="Mr",
        objections="locataire (maison du beau-père) ; la décision revient au propriétaire",
        client_first_name_data_ia="Kévin",
        client_last_name_data_ia="Ortega",
        client_city_data_ia="Sète",
        client_postal_code_data_ia="34200",
        proprietaire_data_ia="non",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="entre 80 et 100",
        mensuelle_annuelle_data_ia="mensuelle",
        age_mr_data_ia="29",
        situation_familiale_data_ia="pacsé, 1 enfant",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="vendeuse",
        **_LOST,
    ),
)


# A seventh held-out set (names ``h7_*``), written after HELD_OUT_6, by someone who read only
# this module, docs/quality.md's conventions and messages/lead.py: never the extractors, and
# none of them was run on it. Again a call centre's ordinary day, written fresh: eight owners
# who answer in their own words (with "euh", "ben", "enfin" and restarts, a name asked aloud
# of a wife, a daughter's number); two partial calls, one in a hurry who asks to be called
# back and one who answers only some questions; a refusal (called five times this month, a
# brother-in-law's bad installation, the price); a woman who lives in a house owned in
# indivision with her brother and sister and cannot decide alone. Across it: surnames spelt
# letter by letter, corrected or said "comme les polos"; phone numbers in pairs, restarted,
# in groups of three digits read back in pairs, second numbers; postal codes as pairs, "zéro
# sept, deux cents", "mille" forms and one corrected from the big town's; towns with their
# article or department, a commune beside a bigger town, a quarter that is not the town;
# heating of every kind with a main one and a top-up; bills per month and per year, in words
# and digits, two bands, "je ne sais plus" and one corrected from the oil bill; surfaces
# approximate or worked out ("quarante mètres au sol, sur deux niveaux"); roofs and
# orientations said indirectly (the street side faces north, "le soleil tape l'après-midi",
# "au midi"); ages direct, corrected, from a birth year and refused; married, pacsé,
# widowed, divorced, living together, single; jobs as trades, employers, sectors and
# statuses (CDI, CDD, à son compte, auto-entrepreneuse, fonctionnaire, retired, unemployed,
# invalidity, student, femme au foyer). The gold is what a careful human fills from each
# call; where a value is debatable, the summary says why. Nobody tunes on it: never rendered,
# never part of ``FULL`` or ``SUBSET``; ``python -m benchmarks.extraction_quality --held-out
# 7`` scores it from its reference text.
HELD_OUT_7: tuple[Script, ...] = (
    _script(
        "h7_avignon_cheminot",
        "a retired railwayman in Avignon ('extra-muros, vers Saint-Chamand'; 'quatre-vingt-quatre"
        " mille') whose surname the agent spells with one n and he corrects ('B, O, deux N, E, F,"
        " O, Y': Bonnefoy): a gas boiler, the wood stove only on Sundays (gaz), the bill his wife"
        " read off for the year ('1380 euros sur l'année. Par an': 1380, annuelle), 'Cent dix, à"
        " peu près ... Mettez cent dix' (110), Provençal round tiles, the garden pan 'c'est le sud'"
        " (sud), 'Vingt-cinq, trente mètres carrés' free beside an old aerial (20m), 66 and his"
        " wife 62 (asked aloud of Mireille, whose first name is not the client's), married forty"
        " years with two children (the grandchildren are not counted), 'Cheminot ... Retraité"
        " depuis cinq ans' (retraité), his wife an 'auxiliaire de vie ... En CDI' (CDI), 'trois"
        " mille quatre cents. Par mois', Thursday afternoon 'vers quinze heures trente' (15h30),"
        " his mobile restarted after its first pair",
        """
        A: Bonjour monsieur, Élodie, de Provence Soleil Conseil. Je suis bien chez monsieur
           Bonnefoy ?
        C: Bonnefoy, oui. C'est pour... euh, c'est pour quoi ?
        A: Vous avez demandé une simulation pour des panneaux solaires sur notre site, la semaine
           dernière. Vous avez un petit moment ?
        C: Ah oui, la simulation. Oui, oui, j'ai le temps, je suis à la retraite, moi. Allez-y.
        A: Je vérifie l'orthographe de votre nom : B, O, N, E, F, O, Y ?
        C: Non, deux n. B, O, deux N, E, F, O, Y. Bonnefoy. Tout le monde en oublie un.
        A: Pardon. Et votre prénom ?
        C: Hervé.
        A: Vous êtes propriétaire de votre maison, monsieur Bonnefoy ?
        C: Oui, depuis... ben, depuis quatre-vingt-dix-huit. Et on a fini de la payer, enfin.
        A: Elle se trouve où, exactement ?
        C: À Avignon. Pas dans les remparts, hein. Extra-muros, vers Saint-Chamand.
        A: Le code postal ?
        C: Quatre-vingt-quatre mille.
        A: 84000. Et l'adresse ?
        C: Onze, impasse des Cigales.
        A: Comment vous chauffez-vous ?
        C: Au gaz. On a une chaudière gaz, elle a... dix ans, à peu près. Et un poêle à bois dans le
           séjour, mais le poêle, c'est pour le dimanche, quand les petits-enfants viennent.
        A: D'accord. Et votre facture d'électricité ?
        C: Attendez, ma femme l'a notée... Elle me dit 1380 euros sur l'année. Par an, hein, pas par
           mois.
        A: 1380 euros par an. Et la maison fait combien de mètres carrés ?
        C: Cent dix, à peu près. Peut-être un peu moins, je n'ai jamais mesuré. Mettez cent dix.
        A: Et le toit, il est en quoi ?
        C: En tuiles. Les tuiles rondes, les provençales.
        A: Vous savez comment il est orienté ?
        C: Le pan qui donne sur le jardin, c'est le sud. On a planté un mûrier pour avoir de l'ombre
           sur la terrasse, sinon on cuit.
        A: Le sud, parfait. Et sur ce pan, il reste au moins vingt mètres carrés libres ?
        C: Ben... il y a une antenne, une vieille antenne, mais sinon c'est libre. Vingt-cinq,
           trente mètres carrés, oui.
        A: Très bien. Je vous demande votre âge ?
        C: Soixante-six ans.
        A: Et votre épouse ?
        C: Elle... Mireille, tu as quel âge ? ... Soixante-deux. Elle dit que je le sais très bien.
        A: Vous êtes mariés ?
        C: Mariés, oui. Quarante ans en septembre. Deux enfants, un garçon et une fille, et quatre
           petits-enfants.
        A: Vous étiez dans quoi, avant la retraite ?
        C: Cheminot. Trente-cinq ans à la SNCF, contrôleur sur les TER. Retraité depuis cinq ans.
        A: Et votre épouse, elle travaille encore ?
        C: Oui, encore deux ans. Elle est auxiliaire de vie, dans une association. En CDI.
        A: Pour les aides, le revenu du foyer, à peu près ?
        C: Ma retraite et son salaire... euh, trois mille quatre cents. Par mois.
        A: Merci. Un conseiller peut vous rappeler pour la simulation. Quand est-ce que ça vous
           arrange ?
        C: Jeudi. Jeudi après-midi, vers quinze heures trente ? Le matin, je suis au jardin partagé.
        A: Jeudi après-midi, quinze heures trente. Sur quel numéro ?
        C: Le portable. Zéro six, dix-neuf... Zéro six, dix-neuf, soixante-quatre,
           quatre-vingt-deux, trente.
        A: Zéro six, dix-neuf, soixante-quatre, quatre-vingt-deux, trente.
        C: C'est ça. Mais si je ne réponds pas, c'est que je suis au jardin, hein.
        A: Le conseiller laissera un message. Merci, monsieur Bonnefoy, bonne journée.
        C: Merci, mademoiselle. Au revoir.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Hervé",
        client_last_name_data_ia="Bonnefoy",
        client_phone_number="0619648230",
        client_city_data_ia="Avignon",
        client_address_data_ia="11 impasse des Cigales",
        client_postal_code_data_ia="84000",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="1380",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="110",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="66",
        age_mme_data_ia="62",
        situation_familiale_data_ia="marié, 2 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="CDI",
        revenu_data_ia="3400 euros par mois",
        creneau_rappel_data_ia="jeudi après-midi",
        heure_rappel_data_ia="15h30",
        **_OWNER,
    ),
    _script(
        "h7_motte_servolex_ecoles",
        "a schoolteacher in La Motte-Servolex 'juste à côté de Chambéry' ('Perrier, comme l'eau';"
        " 'soixante-treize, deux cent quatre-vingt-dix'): an air-to-air heat pump, the bathroom"
        " towel rail the only electric heater (pompe à chaleur), 'Cent vingt... non ... Cent"
        " vingt-huit euros. Par mois' (128, mensuelle), 95 m², a steel-tray roof ('En bac acier':"
        " bac acier), the street front 'plein nord' so the single pan behind is south (sud), some"
        " fifty m² free (20m), her partner 'Trente-huit. Non, trente-neuf' (39 after the"
        " correction), 'Pacsés' with two daughters (pacsée, 2 enfants), 'professeure des écoles ..."
        " Fonctionnaire, donc' (fonctionnaire), Thomas a ski instructor and tree surgeon 'À son"
        " compte ... Depuis... six ans ? Oui, six ans' (indépendant depuis 6 ans), the income by"
        " the year (51000 euros par an), Wednesday afternoon 'vers treize heures trente' (13h30),"
        " her mobile (main) and Thomas's (tel2)",
        """
        A: Bonjour madame, Romain, de Savoie Énergie Habitat. Madame Perrier ?
        C: Oui, c'est moi. Perrier, comme l'eau. C'est pour le devis ?
        A: Pour l'étude solaire, oui. Vous avez quelques minutes ?
        C: Dix minutes, le temps que les pâtes cuisent. Allez-y.
        A: Votre prénom, madame Perrier ?
        C: Aurélie.
        A: Vous êtes propriétaire de la maison ?
        C: Oui, avec mon compagnon. On l'a fait construire il y a quatre ans.
        A: Et vous êtes à Chambéry ?
        C: Pas tout à fait. À La Motte-Servolex, juste à côté de Chambéry. Sur les hauteurs.
        A: Le code postal ?
        C: Soixante-treize, deux cent quatre-vingt-dix.
        A: 73290. Et l'adresse ?
        C: Trois, chemin des Écureuils.
        A: Comment chauffez-vous la maison ?
        C: Une pompe à chaleur. Air-air, avec des splits dans chaque pièce. Et un sèche-serviettes
           électrique dans la salle de bain, mais c'est tout.
        A: Et votre facture d'électricité ?
        C: Cent vingt... non, attendez, je l'ai sous les yeux, justement, sur l'appli. Cent
           vingt-huit euros. Par mois.
        A: Cent vingt-huit par mois. La surface de la maison ?
        C: Quatre-vingt-quinze mètres carrés. Plus le garage.
        A: Et le toit, il est en quoi ?
        C: En bac acier. Gris anthracite. C'était moins cher que la tuile, et avec la neige, ça
           glisse.
        A: Vous savez comment il est orienté ?
        C: Ben, la façade sur la rue est plein nord, on n'a jamais de soleil devant. Donc le toit,
           derrière, il est au sud, forcément. C'est un seul pan, un toit monopente.
        A: Au sud, alors. Et il y a au moins vingt mètres carrés libres ?
        C: Oui, il n'y a rien dessus, pas une fenêtre. Une cinquantaine de mètres carrés.
        A: Très bien. Votre âge, si je peux ?
        C: Trente-quatre ans.
        A: Et votre compagnon ?
        C: Thomas ? Trente-huit. Non, trente-neuf, il a eu son anniversaire le mois dernier.
           Trente-neuf.
        A: Vous êtes mariés ?
        C: Pacsés. Depuis la maison, justement, pour la banque. Et deux enfants, deux filles, de six
           et trois ans.
        A: Et vous travaillez dans quoi ?
        C: Je suis professeure des écoles, à la maternelle du bourg. Fonctionnaire, donc.
        A: Et Thomas ?
        C: Lui, il est moniteur de ski l'hiver, à la Féclaz, et il fait de l'élagage l'été. À son
           compte, pour les deux. Depuis... six ans ? Oui, six ans.
        A: Pour le dossier des aides, le revenu du foyer ?
        C: À l'année, on est à... cinquante et un mille, à peu près. Ça dépend beaucoup de la neige,
           pour lui.
        A: Cinquante et un mille euros par an. Un conseiller peut vous rappeler. Quand êtes-vous
           disponible ?
        C: Le mercredi, je n'ai pas classe. Mercredi après-midi, vers treize heures trente, pendant
           la sieste de la petite.
        A: Mercredi après-midi, treize heures trente. Sur quel numéro ?
        C: Mon portable : zéro sept, quatre-vingt-deux, quinze, trente-neuf, soixante. Et celui de
           Thomas, au cas où : zéro six, cinquante, soixante-dix-sept, zéro un, quarante-quatre.
        A: Zéro sept, quatre-vingt-deux, quinze, trente-neuf, soixante. Et zéro six, cinquante,
           soixante-dix-sept, zéro un, quarante-quatre.
        C: C'est ça. Oh, mes pâtes ! Je vous laisse.
        A: Merci, madame Perrier. Bonne soirée.
        C: Bonne soirée !
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Aurélie",
        client_last_name_data_ia="Perrier",
        client_phone_number="0782153960",
        client_city_data_ia="La Motte-Servolex",
        client_address_data_ia="3 chemin des Écureuils",
        client_postal_code_data_ia="73290",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="128",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="95",
        toiture_data_ia="bac acier",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="39",
        age_mme_data_ia="34",
        situation_familiale_data_ia="pacsée, 2 enfants",
        activite_mr_data_ia="indépendant depuis 6 ans",
        activite_mme_data_ia="fonctionnaire",
        revenu_data_ia="51000 euros par an",
        tel2_data_ia="0650770144",
        creneau_rappel_data_ia="mercredi après-midi",
        heure_rappel_data_ia="13h30",
        **_OWNER,
    ),
    _script(
        "h7_achicourt_veuf",
        "a widower of 78, hard of hearing, in Achicourt 'à côté d'Arras', whose daughter filed the"
        " request; he spells his surname (D, E, W, I, deux T, E) and corrects the postal code the"
        " agent offers ('soixante-deux mille' is Arras; 'soixante-deux, deux cent dix-sept':"
        " 62217): the oil boiler, small convectors only in the bedrooms (fioul), 'Je ne sais plus'"
        " for the bill ('-'), 'Quatre-vingts... un peu plus. Quatre-vingt-cinq, avec la véranda'"
        " (85), Flemish pantiles (tuiles), the front pan in the morning sun put by the agent as"
        " east and confirmed (est), free roof space not known ('-'), 'Veuf' with three children"
        " (veuf, 3 enfants), thirty-two years at Renault and now retired (retraité; no wife's"
        " fields), 'mille cinq cents et des poussières. Par mois' (1500), Saturday 'vers dix"
        " heures' when his daughter is there (samedi matin, 10h), his landline (main) and his"
        " daughter Véronique's mobile (tel2; her first name is not his)",
        """
        A: Bonjour monsieur, Justine, de Hauts-de-France Solaire. Monsieur Dewitte ?
        C: Allô ? Oui... Parlez plus fort, mademoiselle, j'entends mal.
        A: Justine, de Hauts-de-France Solaire ! Vous êtes bien monsieur Dewitte ?
        C: Dewitte, oui. D, E, W, I, deux T, E. Vous m'appelez pour quoi ?
        A: Pour les panneaux solaires. Votre fille a fait une demande d'étude pour votre maison.
        C: Ah, c'est Véronique. Oui, elle m'en a parlé. Elle dit que ça ferait des économies.
        A: Exactement. Votre prénom, monsieur Dewitte ?
        C: Raymond.
        A: Vous êtes propriétaire ?
        C: Oui. La maison, je l'ai achetée avec ma femme en soixante-dix-neuf. Elle est décédée il y
           a cinq ans.
        A: Je suis désolée. La maison se trouve où ?
        C: À Achicourt. C'est à côté d'Arras, c'est collé.
        A: Le code postal, c'est soixante-deux mille ?
        C: Oui... Non, non. Soixante-deux mille, c'est Arras. Achicourt, c'est soixante-deux, deux
           cent dix-sept. C'est bizarre, mais c'est comme ça.
        A: 62217, je corrige. Et l'adresse ?
        C: Quarante-trois, rue Jean Jaurès.
        A: Comment vous chauffez-vous ?
        C: Au fioul. La chaudière est dans la cave. Et dans les chambres, il y a des petits
           convecteurs électriques, pour quand les petits-enfants dorment là.
        A: Et votre facture d'électricité, combien ?
        C: Ah ça... Je ne sais plus. C'est prélevé, je ne regarde pas. Véronique saura.
        A: Pas de souci. La maison fait combien de mètres carrés ?
        C: Quatre-vingts... un peu plus. Quatre-vingt-cinq, avec la véranda.
        A: Et le toit ?
        C: Des pannes. Les tuiles du Nord, les pannes flamandes, rouges.
        A: Vous savez comment il est orienté ?
        C: Le matin, j'ai le soleil dans la cuisine, sur le devant. Et le toit de devant, il le
           prend aussi, le matin. L'après-midi, plus rien, c'est la maison du voisin qui fait de
           l'ombre.
        A: Donc plutôt à l'est, le toit de devant ?
        C: À l'est, oui, ça doit être ça.
        A: Et il y a de la place dessus ? Au moins vingt mètres carrés ?
        C: Ça, mademoiselle, je ne monte plus sur les toits. Je ne sais pas.
        A: Le technicien regardera. Je vous demande votre âge ?
        C: Soixante-dix-huit ans. Soixante-dix-neuf à Noël.
        A: Vous vivez seul, donc ?
        C: Seul, oui, depuis que ma femme est partie. Veuf. Mais j'ai trois enfants, ils passent le
           dimanche, à tour de rôle.
        A: Et vous avez travaillé dans quoi ?
        C: Chez Renault, à Douai. Trente-deux ans, à la chaîne, puis chef d'équipe. Je suis à la
           retraite depuis longtemps, maintenant.
        A: Et pour le dossier, votre revenu, à peu près ?
        C: La retraite et la réversion... mille cinq cents et des poussières. Par mois.
        A: Merci. Le conseiller peut passer vous voir. Vous voulez que votre fille soit là ?
        C: Oui, c'est mieux. Elle vient le samedi matin, faire mes courses. Samedi, vers dix
           heures ?
        A: Samedi matin, dix heures. Et votre numéro de téléphone ?
        C: Le fixe. Zéro trois, vingt et un, cinquante-cinq, quatre-vingt-quatorze, douze.
        A: Zéro trois, vingt et un, cinquante-cinq, quatre-vingt-quatorze, douze.
        C: C'est ça. Et Véronique, prenez son portable, elle répond tout de suite, elle : zéro six,
           soixante-trois, zéro huit, vingt-sept, cinquante-neuf.
        A: Zéro six, soixante-trois, zéro huit, vingt-sept, cinquante-neuf. C'est noté.
        C: Merci, mademoiselle. Vous êtes bien aimable.
        A: Merci à vous, monsieur Dewitte. Bonne journée.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Raymond",
        client_last_name_data_ia="Dewitte",
        client_phone_number="0321559412",
        client_city_data_ia="Achicourt",
        client_address_data_ia="43 rue Jean Jaurès",
        client_postal_code_data_ia="62217",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        superficie_data_ia="85",
        toiture_data_ia="tuiles",
        orientation_data_ia="est",
        age_mr_data_ia="78",
        situation_familiale_data_ia="veuf, 3 enfants",
        activite_mr_data_ia="retraité",
        revenu_data_ia="1500 euros par mois",
        tel2_data_ia="0663082759",
        creneau_rappel_data_ia="samedi matin",
        heure_rappel_data_ia="10h",
        **_OWNER,
    ),
    _script(
        "h7_albi_menages",
        "a divorced cleaner between two clients in Albi ('dans le Tarn'; 'Quatre-vingt-un mille')"
        " who bought out her ex-husband's share (oui) and corrects her house number ('Vingt-six ..."
        " non, vingt-huit'): a pellet stove heating nearly everything, the bedroom radiators hardly"
        " ever on (bois), 'Ça ne monte jamais à quatre-vingts euros, par mois' (moins_de_80,"
        " mensuelle), 95 m² 'sur le papier de l'agence', canal tiles, 'le soleil, il tape"
        " l'après-midi' on the terrace side, which she names west (ouest), a dormer and a dish"
        " leaving 'Moins de vingt, je dirais' (moins de 20m), 48, divorced with two sons (divorcée,"
        " 2 enfants), 'auto-entrepreneuse. Depuis quatre ans' (indépendante depuis 4 ans), 1900 a"
        " month with the child support, Monday morning 'À partir de neuf heures' (9h), her mobile"
        " restarted in pairs; the ex-husband has no fields",
        """
        A: Bonjour madame, Nicolas, d'Occitanie Habitat Solaire. Madame Sabatier ?
        C: Oui ? Ah, attendez, je coupe l'aspirateur... Voilà. Oui, c'est moi.
        A: Vous avez rempli un formulaire pour une étude de panneaux solaires. Vous avez cinq
           minutes ?
        C: Cinq minutes, oui. Je fais des ménages, je suis chez une dame, là, mais elle est sortie.
        A: Merci. Votre prénom ?
        C: Chantal.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui. Depuis le divorce, elle est à moi. J'ai racheté sa part à mon ex-mari, ça n'a pas
           été simple.
        A: Et elle se trouve à Albi ?
        C: À Albi, oui, dans le Tarn. Côté Cantepau, vers la rocade.
        A: Le code postal ?
        C: Quatre-vingt-un mille.
        A: 81000. Et l'adresse ?
        C: Vingt-six, rue des Peupliers... euh, non, vingt-huit. Le vingt-six, c'est la voisine.
           Vingt-huit.
        A: Vingt-huit, rue des Peupliers. Comment vous chauffez-vous ?
        C: Avec un poêle à granulés. Il chauffe tout le bas, et l'étage aussi, à peu près. Dans les
           chambres, il y a des radiateurs électriques, mais je ne les mets presque jamais.
        A: Et votre facture d'électricité ?
        C: Oh, pas beaucoup. Ça ne monte jamais à quatre-vingts euros, par mois. Je fais attention,
           j'éteins tout derrière les enfants.
        A: La surface de la maison ?
        C: Quatre-vingt-quinze mètres carrés, je crois. Oui, quatre-vingt-quinze, c'est sur le
           papier de l'agence.
        A: Le toit, il est en quoi ?
        C: Des tuiles canal, comme ici partout. Des tuiles rondes, un peu roses.
        A: Et vous savez comment il est orienté ?
        C: Le soleil, il tape l'après-midi, sur le côté de la terrasse. Et la terrasse, c'est...
           l'ouest, oui. Le matin, elle est à l'ombre.
        A: Plutôt ouest, alors. Il y aurait au moins vingt mètres carrés libres sur ce pan ?
        C: Ah, je ne pense pas. Il y a un chien-assis au milieu, et la parabole. Moins de vingt, je
           dirais.
        A: D'accord. Je vous demande votre âge ?
        C: Quarante-huit ans.
        A: Vous êtes divorcée, vous m'avez dit. Vous avez des enfants ?
        C: Deux garçons. Le grand est à la fac, à Toulouse, et le petit au lycée, il vit avec moi.
        A: Et vous faites des ménages à votre compte ?
        C: Oui, je suis auto-entrepreneuse. Depuis quatre ans. Avant, j'étais dans une entreprise de
           nettoyage, mais les horaires... non.
        A: Pour le dossier des aides, votre revenu, à peu près ?
        C: Ça varie. Mille neuf cents par mois, à peu près, avec la pension pour le petit.
        A: Merci. Un conseiller peut vous rappeler. Quel moment vous arrange ?
        C: Le lundi matin, je ne travaille pas. À partir de neuf heures.
        A: Lundi matin, neuf heures. Sur quel numéro ?
        C: Zéro six... un, quatre... Attendez, je ne le connais jamais, mon numéro. Zéro six,
           quatorze, trente-trois, quatre-vingt-sept, vingt.
        A: Zéro six, quatorze, trente-trois, quatre-vingt-sept, vingt.
        C: C'est ça. Oh, la dame rentre, je vous laisse.
        A: Merci, madame Sabatier, bonne journée.
        C: Au revoir.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Chantal",
        client_last_name_data_ia="Sabatier",
        client_phone_number="0614338720",
        client_city_data_ia="Albi",
        client_address_data_ia="28 rue des Peupliers",
        client_postal_code_data_ia="81000",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="moins_de_80",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="95",
        toiture_data_ia="tuiles",
        orientation_data_ia="ouest",
        toit_libre="moins de 20m",
        age_mme_data_ia="48",
        situation_familiale_data_ia="divorcée, 2 enfants",
        activite_mme_data_ia="indépendante depuis 4 ans",
        revenu_data_ia="1900 euros par mois",
        creneau_rappel_data_ia="lundi matin",
        heure_rappel_data_ia="9h",
        **_OWNER,
    ),
    _script(
        "h7_herbiers_menuisier",
        "a joiner at a mobile-home maker in Les Herbiers ('Aux Herbiers'; 'Quatre-vingt-cinq, cinq"
        " cents') whose surname the agent spells with a d and he corrects ('G, U, I, L, B, A, U,"
        " T': Guilbaut): old convectors doing the heating and a pellet stove 'pour l'appoint'"
        " (électrique), 'mensualisés à 190 euros' (190; the 300 of the yearly adjustment is not the"
        " bill), 160 m² in a longère, red tiles, one pan with the morning sun and one with the"
        " afternoon, the agent's 'est et ouest' confirmed (est-ouest), 'Largement' free (20m), his"
        " partner 'Trente-neuf' (39, not the forty she will be), 'ni mariés ni pacsés. On vit"
        " ensemble' with three children, two of hers and one of theirs (en couple, 3 enfants), 'En"
        " CDI, depuis quinze ans' (CDI), his partner a baker's shop assistant 'En CDD, jusqu'en"
        " mars' (CDD), 3200 a month, Friday 'en fin d'après-midi, dix-sept heures trente' (17h30),"
        " his mobile corrected after its third pair",
        """
        A: Bonjour monsieur, Laura, de Vendée Soleil Énergie. Monsieur Guilbaud ?
        C: Ouais, c'est moi. Sébastien. C'est pour les panneaux, je suppose ?
        A: Tout à fait, vous avez rempli notre formulaire. Je vérifie l'orthographe : G, U, I, L, B,
           A, U, D ?
        C: Non, pas de D. G, U, I, L, B, A, U, T. Avec un T à la fin. Tout le monde met un D.
        A: Pardon, avec un T. Vous êtes propriétaire de votre maison ?
        C: Oui, enfin, on a acheté à deux, avec ma compagne. Il y a sept ans.
        A: Et la maison est aux Herbiers ?
        C: Aux Herbiers, ouais. Sur la route de Mouchamps, à la sortie.
        A: Le code postal ?
        C: Quatre-vingt-cinq, cinq cents.
        A: 85500. Et l'adresse ?
        C: Cent quatre, route de Mouchamps.
        A: Comment vous chauffez-vous ?
        C: C'est de l'électrique. Des convecteurs, des vieux. Et on a un poêle à granulés dans le
           séjour, mais c'est pour l'appoint, le soir. L'essentiel, c'est l'électrique, et ça se
           voit sur la facture.
        A: Justement, votre facture ?
        C: On est mensualisés à 190 euros. Par mois. Et on a eu une régul de trois cents en plus,
           l'an dernier.
        A: 190 euros par mois. La surface de la maison ?
        C: Cent soixante. C'est une longère, on a aménagé le grenier.
        A: Et le toit ?
        C: Des tuiles. Des tuiles romanes... euh, les tuiles normales, quoi, les rouges.
        A: Et son orientation ?
        C: Il y a deux pans. Un qui prend le soleil le matin, et l'autre l'après-midi, jusqu'au
           soir. À midi, les deux.
        A: Donc est et ouest ?
        C: Ouais, est-ouest. C'est ce que disait le notaire... enfin, le diagnostiqueur, je ne sais
           plus.
        A: Et il y a au moins vingt mètres carrés libres ?
        C: Largement. C'est une longère, c'est tout en longueur, quinze mètres de long. Il n'y a
           rien dessus.
        A: Votre âge, monsieur Guilbaut ?
        C: Quarante-deux.
        A: Et votre compagne ?
        C: Trente-neuf. Elle aura quarante en juin, elle n'en parle pas trop.
        A: Vous êtes mariés ?
        C: Non, ni mariés ni pacsés. On vit ensemble, depuis douze ans. Ça nous va comme ça.
        A: Des enfants ?
        C: Trois. Deux à elle, d'avant, et un à nous deux. Le petit a huit ans.
        A: Et vous travaillez dans quoi ?
        C: Menuisier. Chez un fabricant de mobil-homes, ici, aux Herbiers. En CDI, depuis quinze
           ans.
        A: Et votre compagne ?
        C: Elle est vendeuse, dans une boulangerie, à Pouzauges. En CDD, jusqu'en mars. Après, on
           verra.
        A: Pour le dossier, le revenu du foyer, à peu près ?
        C: À nous deux, trois mille deux cents. Par mois. Un peu plus avec les heures sup.
        A: Merci. Un conseiller peut vous rappeler quand ?
        C: Le vendredi, je finis tôt. Vendredi en fin d'après-midi, dix-sept heures trente ?
        A: Vendredi en fin d'après-midi, dix-sept heures trente. Sur quel numéro ?
        C: Zéro sept, soixante et un, quarante-neuf... non, attendez. Zéro sept, soixante et un,
           quatre-vingt-quatorze, zéro cinq, dix-huit. Je mélange toujours.
        A: Zéro sept, soixante et un, quatre-vingt-quatorze, zéro cinq, dix-huit.
        C: C'est ça.
        A: Merci, monsieur Guilbaut, bonne fin de journée.
        C: Merci, au revoir.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Sébastien",
        client_last_name_data_ia="Guilbaut",
        client_phone_number="0761940518",
        client_city_data_ia="Les Herbiers",
        client_address_data_ia="104 route de Mouchamps",
        client_postal_code_data_ia="85500",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="190",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="160",
        toiture_data_ia="tuiles",
        orientation_data_ia="est-ouest",
        toit_libre="20m",
        age_mr_data_ia="42",
        age_mme_data_ia="39",
        situation_familiale_data_ia="en couple, 3 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="CDD",
        revenu_data_ia="3200 euros par mois",
        creneau_rappel_data_ia="vendredi fin d'après-midi",
        heure_rappel_data_ia="17h30",
        **_OWNER,
    ),
    _script(
        "h7_fleurance_gendarme",
        "a former gendarme's wife answering for the house in Fleurance ('dans le Gers', three km"
        " out in the fields; 'Trente-deux, cinq cents'), 'Lacoste, comme les polos': propane from a"
        " tank, the fireplace 'pour le plaisir' (gaz), 'Cent cinquante par mois, à la louche'"
        " (150), 180 m² with the converted barn, canal tiles, the compass unknown but sun 'du matin"
        " au soir' with not a tree (bien ensoleillée), 'au moins cinquante mètres carrés' (20m),"
        " 62, her husband 'né en cinquante-neuf. Ça lui fait... soixante-sept ? Oui, soixante-sept'"
        " (67, as she works it out), married with a son (mariée, 1 enfant), he 'a pris sa retraite"
        " de la gendarmerie' (retraité), she 'en invalidité' since her illness (not her old job),"
        " 2950 a month, Tuesday 'en fin de matinée ... Onze heures et quart' (mardi fin de matinée,"
        " 11h15), the landline only",
        """
        A: Bonjour madame, Adrien, de Gascogne Énergie Solaire. Madame Lacoste ?
        C: Oui, Lacoste, comme les polos. On me la fait à chaque fois, alors je la fais moi-même.
        A: Je vous appelle au sujet de votre demande d'étude pour des panneaux solaires.
        C: Ah, oui. C'est mon mari qui voulait, mais il est chez le coiffeur. Je peux répondre, je
           connais la maison mieux que lui.
        A: Parfait. Votre prénom, madame Lacoste ?
        C: Josiane.
        A: Vous êtes propriétaires ?
        C: Oui, oui. Depuis qu'il a quitté la gendarmerie. Avant, on a toujours été en logement de
           fonction, à la caserne.
        A: Et vous habitez à Fleurance ?
        C: À Fleurance, dans le Gers. Enfin, à trois kilomètres, dans la campagne, mais c'est
           Fleurance.
        A: Le code postal ?
        C: Trente-deux, cinq cents.
        A: 32500. Et l'adresse ?
        C: Deux, chemin d'En Barrou. Avant, c'était juste le lieu-dit, mais la mairie a mis des
           numéros.
        A: Comment vous chauffez-vous ?
        C: Au gaz. Au propane, on a une citerne dans le jardin. Et une cheminée dans le salon, mais
           ça, c'est pour le plaisir, et pour griller les côtelettes.
        A: Et votre facture d'électricité ?
        C: Cent cinquante par mois, à la louche. Mon mari dit que c'est à cause de la piscine.
        A: Cent cinquante euros par mois. Et la surface de la maison ?
        C: Cent quatre-vingts mètres carrés. Avec la grange qu'on a aménagée.
        A: Le toit, il est en quoi ?
        C: Tuiles canal. Des vieilles, on en a changé une bonne partie l'an dernier, après la grêle.
        A: Et vous savez comment il est orienté ?
        C: Oh, là, là... Le nord, le sud, je ne sais pas. Mais la maison est toute seule au milieu
           des champs, pas un arbre, rien. Le soleil, on l'a du matin au soir. L'été, c'est un four.
        A: Et de la place sur le toit, il y en a ?
        C: De la place ? Oh, au moins cinquante mètres carrés. C'est une grande toiture.
        A: Je vous demande votre âge ?
        C: Soixante-deux ans.
        A: Et votre mari ?
        C: Il est né en cinquante-neuf. Ça lui fait... soixante-sept ? Oui, soixante-sept.
        A: Vous avez des enfants ?
        C: Un fils. Il est à Bordeaux, il est dans l'informatique.
        A: Votre mari est à la retraite, je crois ?
        C: Oui, il a pris sa retraite de la gendarmerie... euh, ça fait dix ans. Maintenant il est
           conseiller municipal, ça l'occupe.
        A: Et vous-même ?
        C: Moi, je suis en invalidité. Depuis ma maladie, il y a six ans, je ne peux plus
           travailler. J'étais secrétaire chez un notaire.
        A: Je suis désolé. Pour le dossier des aides, le revenu du foyer ?
        C: Sa retraite et ma pension... deux mille neuf cent cinquante par mois.
        A: Merci. Un conseiller peut vous rappeler, avec votre mari ?
        C: Oui, il faut qu'il soit là, sinon il boude. Mardi, en fin de matinée ? Onze heures et
           quart, on rentre du marché.
        A: Mardi en fin de matinée, onze heures et quart. Sur quel numéro ?
        C: Le fixe : zéro cinq, soixante-deux, zéro six, quarante-sept, trente et un.
        A: Zéro cinq, soixante-deux, zéro six, quarante-sept, trente et un.
        C: Voilà. Il n'y a pas de réseau, ici, pour les portables.
        A: Merci, madame Lacoste. Bonne journée.
        C: Merci, au revoir.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Josiane",
        client_last_name_data_ia="Lacoste",
        client_phone_number="0562064731",
        client_city_data_ia="Fleurance",
        client_address_data_ia="2 chemin d'En Barrou",
        client_postal_code_data_ia="32500",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="150",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="180",
        toiture_data_ia="tuiles",
        orientation_data_ia="bien ensoleillée",
        toit_libre="20m",
        age_mr_data_ia="67",
        age_mme_data_ia="62",
        situation_familiale_data_ia="mariée, 1 enfant",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="en invalidité",
        revenu_data_ia="2950 euros par mois",
        creneau_rappel_data_ia="mardi fin de matinée",
        heure_rappel_data_ia="11h15",
        **_OWNER,
    ),
    _script(
        "h7_saint_lo_chomage",
        "a young job-seeker in Saint-Lô who confirms the 'cinquante mille' the agent offers (50000)"
        " and lives at '6 bis rue des Tanneurs': old electric heaters, a paraffin heater only in"
        " the bathroom (électrique), the yearly statement 'Mille sept cent cinquante euros, sur"
        " l'année' (1750, annuelle), 'Quarante mètres au sol, sur deux niveaux. Quatre-vingts,"
        " quoi' (80), slate, the big pan on the street side, 'et la rue, elle est au nord' (nord),"
        " 'une trentaine de mètres carrés' free (20m), 27 and Clara 24, 'Pacsés. Pas d'enfants'"
        " (pacsé), 'au chômage. Depuis septembre' (his old dairy job and sector are not a status"
        " now), Clara 'étudiante', 'deux mille cinquante par mois', Monday evening 'Vers vingt"
        " heures' (20h), his mobile said as 'zéro six, cent trente-deux, quatre cent"
        " cinquante-sept, quatre-vingt-un' and read back in pairs",
        """
        A: Bonjour monsieur, Clémence, de Normandie Solaire Conseil. Monsieur Lemonnier ?
        C: Oui, Maxime Lemonnier. C'est pour les panneaux ?
        A: Oui, vous avez fait une demande sur notre site. C'est le bon moment ?
        C: Ouais, ouais, j'ai tout mon temps en ce moment, malheureusement. Allez-y.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui, on a acheté il y a deux ans, avec ma copine. Une petite maison. Enfin, c'est surtout
           la banque qui est propriétaire.
        A: Et vous êtes à Saint-Lô ?
        C: À Saint-Lô, ouais. En bas, près de la Vire.
        A: Le code postal, c'est cinquante mille ?
        C: Cinquante mille, c'est ça.
        A: Et l'adresse ?
        C: Six bis, rue des Tanneurs.
        A: Vous vous chauffez comment ?
        C: Électrique. Des radiateurs, des vieux. Et un chauffage au pétrole dans la salle de bain,
           parce que sinon on gèle. Mais c'est l'électrique, surtout.
        A: Et votre facture d'électricité ?
        C: On a reçu la facture de régularisation, justement. Mille sept cent cinquante euros, sur
           l'année. Ça fait mal, quand on est au chômage.
        A: Mille sept cent cinquante par an. La surface de la maison ?
        C: Quarante mètres au sol, sur deux niveaux. Quatre-vingts, quoi.
        A: Le toit, il est en quoi ?
        C: Ardoise. Comme toutes les maisons de la reconstruction, ici.
        A: Et son orientation ?
        C: Alors, ça, c'est le problème. Le grand pan, c'est celui de la rue, et la rue, elle est au
           nord. Derrière, il y a juste une petite pente au-dessus de la cuisine, toute petite.
        A: Donc le grand pan est au nord.
        C: Au nord, ouais. Un voisin m'a dit que des panneaux au nord, ça ne servait à rien. C'est
           vrai ?
        A: Pas forcément, le technicien fera le calcul. Il y a de la place, sur ce pan ?
        C: Ouais, une trentaine de mètres carrés, facile.
        A: Je vous demande votre âge ?
        C: Vingt-sept ans.
        A: Et votre compagne ?
        C: Clara ? Vingt-quatre.
        A: Vous êtes mariés ?
        C: Pacsés. Pas d'enfants. Pas encore.
        A: Et vous travaillez dans quoi, monsieur Lemonnier ?
        C: Là, je suis au chômage. Depuis septembre. J'étais dans l'agroalimentaire, technicien de
           maintenance à la laiterie, et ils ont fermé une ligne. Je cherche dans le même secteur.
        A: Et Clara ?
        C: Elle est étudiante. Elle finit un master, à Caen, pour être infirmière en pratique
           avancée, un truc comme ça.
        A: Pour le dossier des aides, le revenu du foyer ?
        C: Avec mon chômage et sa bourse... deux mille cinquante par mois. Ce n'est pas énorme. D'où
           les panneaux, si on a droit aux aides.
        A: Deux mille cinquante euros par mois. Un conseiller peut vous rappeler quand ?
        C: Quand vous voulez... Enfin, pas le matin, j'ai des entretiens. Lundi soir ? Vers vingt
           heures, Clara sera rentrée.
        A: Lundi soir, vingt heures. Sur quel numéro ?
        C: Zéro six, cent trente-deux, quatre cent cinquante-sept, quatre-vingt-un. C'est comme ça
           que je le retiens.
        A: Zéro six, treize, vingt-quatre, cinquante-sept, quatre-vingt-un ?
        C: Euh... oui. C'est pareil, oui.
        A: C'est noté. Merci, monsieur Lemonnier, et bon courage pour les recherches.
        C: Merci. Au revoir.
        """,
        client="Mr",
        objections="doute sur un toit au nord",
        client_first_name_data_ia="Maxime",
        client_last_name_data_ia="Lemonnier",
        client_phone_number="0613245781",
        client_city_data_ia="Saint-Lô",
        client_address_data_ia="6 bis rue des Tanneurs",
        client_postal_code_data_ia="50000",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="1750",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="80",
        toiture_data_ia="ardoises",
        orientation_data_ia="nord",
        toit_libre="20m",
        age_mr_data_ia="27",
        age_mme_data_ia="24",
        situation_familiale_data_ia="pacsé",
        activite_mr_data_ia="au chômage",
        activite_mme_data_ia="étudiante",
        revenu_data_ia="2050 euros par mois",
        creneau_rappel_data_ia="lundi soir",
        heure_rappel_data_ia="20h",
        **_OWNER,
    ),
    _script(
        "h7_ecole_valentin_frontalier",
        "a stay-at-home mother in École-Valentin, 'juste au-dessus de Besançon ... une commune à"
        " part' ('Vingt-cinq, quatre cent quatre-vingts'), who spells Cuenot unasked: a"
        " ground-source heat pump, the insert only at Christmas (pompe à chaleur), 'Plus de cent"
        " euros, largement. Par mois' (plus_de_100, mensuelle), 145 m², grey mechanical tiles, the"
        " big pan with the evening sun ('Donc c'est l'ouest, non ?' and the agent agrees: ouest),"
        " two roof windows in a corner and 'Le reste est libre' after a yes to twenty (20m), 41 and"
        " 43, married with three children, 'Femme au foyer' (not her old job), her husband a"
        " cross-border worker at a Swiss watchmaker 'en CDI' (CDI), 6500 a month, Thursday morning"
        " 'Vers dix heures' (10h); only her own mobile (her husband's is not given)",
        """
        A: Bonjour madame, Yanis, de Franche-Comté Énergies. Je suis bien chez madame Cuenot ?
        C: Cuenot, oui. Vous voulez que je l'épelle ? Tout le monde met un Q. C, U, E, N, O, T.
        A: Merci, c'est bien ce que j'ai. Et votre prénom ?
        C: Delphine.
        A: Je vous appelle pour votre demande d'étude solaire. Vous avez un moment ?
        C: Oui, les enfants sont à l'école, c'est calme. Allez-y.
        A: Vous êtes propriétaire ?
        C: Oui, avec mon mari. On a fait construire en deux mille quinze.
        A: Et la maison est à Besançon ?
        C: À École-Valentin. C'est juste au-dessus de Besançon. Tout le monde dit Besançon, mais
           c'est une commune à part.
        A: Le code postal ?
        C: Vingt-cinq, quatre cent quatre-vingts.
        A: 25480. Et l'adresse ?
        C: Douze, allée des Charmes.
        A: Vous vous chauffez comment ?
        C: Une pompe à chaleur. Géothermique, avec des capteurs dans le jardin, et le plancher
           chauffant. Il y a un insert dans le salon, mais on l'allume à Noël, c'est pour
           l'ambiance.
        A: Et votre facture d'électricité ?
        C: Plus de cent euros, largement. Par mois. Je n'ai pas le chiffre en tête, mais avec la
           pompe et les trois enfants, c'est plus de cent.
        A: La surface de la maison ?
        C: Cent quarante-cinq mètres carrés. Sans le sous-sol.
        A: Et le toit ?
        C: Des tuiles. Des tuiles mécaniques, grises... anthracite, on dit.
        A: Et l'orientation ?
        C: Le grand pan, il a le soleil du soir. Quand on mange dehors, l'été, on l'a dans les yeux
           jusqu'à neuf heures. Donc c'est l'ouest, non ?
        A: Oui, ça fait l'ouest. Et sur ce pan, il y a au moins vingt mètres carrés libres ?
        C: Oui. Il y a juste deux fenêtres de toit, dans le coin. Le reste est libre.
        A: Je vous demande votre âge ?
        C: Quarante et un ans.
        A: Et votre mari ?
        C: Quarante-trois.
        A: Vous êtes mariés, avec trois enfants, c'est ça ?
        C: Mariés, oui, trois enfants. Douze, neuf et cinq ans.
        A: Et vous travaillez ?
        C: Non, je suis à la maison. Femme au foyer, depuis le troisième. Avant, j'étais
           préparatrice en pharmacie.
        A: Et votre mari ?
        C: Il est frontalier. Il travaille en Suisse, au Locle, chez un horloger. Il est régleur...
           enfin, il est en CDI, là-bas, depuis dix ans.
        A: Pour le dossier des aides, le revenu du foyer ?
        C: Avec le salaire suisse... six mille cinq cents par mois, à peu près. Je pense qu'on
           n'aura pas beaucoup d'aides, hein.
        A: Merci. Un conseiller peut vous rappeler. Quel moment vous arrange ?
        C: Jeudi matin, quand les enfants sont à l'école. Vers dix heures.
        A: Jeudi matin, dix heures. Sur quel numéro ?
        C: Zéro six, huit... Zéro six, quatre-vingts, cinquante et un, vingt-deux,
           soixante-quatorze. Ça, c'est le mien.
        A: Zéro six, quatre-vingts, cinquante et un, vingt-deux, soixante-quatorze.
        C: C'est ça. Mon mari, ce n'est pas la peine, il ne répond pas au travail.
        A: Très bien. Merci, madame Cuenot, bonne journée.
        C: Bonne journée.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Delphine",
        client_last_name_data_ia="Cuenot",
        client_phone_number="0680512274",
        client_city_data_ia="École-Valentin",
        client_address_data_ia="12 allée des Charmes",
        client_postal_code_data_ia="25480",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="plus_de_100",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="145",
        toiture_data_ia="tuiles",
        orientation_data_ia="ouest",
        toit_libre="20m",
        age_mr_data_ia="43",
        age_mme_data_ia="41",
        situation_familiale_data_ia="mariée, 3 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="femme au foyer",
        revenu_data_ia="6500 euros par mois",
        creneau_rappel_data_ia="jeudi matin",
        heure_rappel_data_ia="10h",
        **_OWNER,
    ),
    _script(
        "h7_aubenas_presse",
        "a partial call: a father in a hurry to fetch his children in Aubenas ('En Ardèche. Zéro"
        " sept, deux cents': 07200) who confirms the spelling of Chaptal and gives his address,"
        " then breaks off at the roof question and asks to be called back: owner, the oil boiler"
        " with a little wood in the fireplace ('c'est le fioul, surtout': fioul), 'Entre"
        " quatre-vingts et cent, par mois' (entre 80 et 100, mensuelle), 'Cent vingt ? Cent vingt,"
        " oui' (120), no roof, age, family or job, 'Demain matin. Tôt. Huit heures et demie'"
        " (demain matin, 8h30) on his mobile, not the number he was called on",
        """
        A: Bonjour monsieur, Sarah, d'Ardèche Soleil Habitat. Monsieur Chaptal ?
        C: Ouais. Écoutez, je n'ai pas beaucoup de temps, là. C'est pour quoi ?
        A: Pour votre demande d'étude de panneaux solaires. Quelques questions, deux minutes ?
        C: Deux minutes. Il faut que j'aille chercher les gamins à l'école à la demie.
        A: Je fais vite. Chaptal, C, H, A, P, T, A, L ?
        C: C'est ça.
        A: Votre prénom ?
        C: Ludovic.
        A: Vous êtes propriétaire ?
        C: Oui.
        A: Et la maison est à Aubenas ?
        C: Aubenas, oui. En Ardèche. Zéro sept, deux cents.
        A: 07200. Et l'adresse ?
        C: Cinq, montée des Oliviers. Vite, hein.
        A: Vous vous chauffez comment ?
        C: Au fioul. Et au bois, un peu, la cheminée. Mais c'est le fioul, surtout, la chaudière.
        A: Et votre facture d'électricité ?
        C: Entre quatre-vingts et cent, par mois. Quelque chose comme ça.
        A: La surface de la maison ?
        C: Euh... Cent vingt ? Cent vingt, oui.
        A: Et le toit, il est...
        C: Écoutez, là, il faut vraiment que j'y aille. Rappelez-moi, on fera le reste.
        A: Bien sûr. Quand est-ce que je peux vous rappeler ?
        C: Demain matin. Tôt. Huit heures et demie, avant que je parte au dépôt.
        A: Demain matin, huit heures et demie. Sur ce numéro ?
        C: Non, sur le portable. Zéro six, vingt-deux, soixante-neuf... euh... trente-huit,
           quarante-quatre.
        A: Zéro six, vingt-deux, soixante-neuf, trente-huit, quarante-quatre ?
        C: C'est ça. Allez, au revoir.
        A: Au revoir, monsieur Chaptal.
        """,
        client="Mr",
        objections="pressé : rappel demandé",
        client_first_name_data_ia="Ludovic",
        client_last_name_data_ia="Chaptal",
        client_phone_number="0622693844",
        client_city_data_ia="Aubenas",
        client_address_data_ia="5 montée des Oliviers",
        client_postal_code_data_ia="07200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="entre 80 et 100",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="120",
        creneau_rappel_data_ia="demain matin",
        heure_rappel_data_ia="8h30",
        **_OWNER,
    ),
    _script(
        "h7_nogent_reticente",
        "a partial call: a wary woman in Nogent-sur-Oise (not Creil as the agent assumed;"
        " 'Soixante... soixante, cent quatre-vingts': 60180) who answers only some questions:"
        " surname from the agent's greeting, which she confirms, no first name, owner, 'Tout"
        " électrique', the bill 'je ne sais plus' ('-'), the surface refused ('-'), tiles,"
        " orientation 'Non' ('-'), both ages refused ('-'), 'Mariée, oui. Deux enfants', her job"
        " and her husband's refused ('-'), 'Le samedi ... Dans la journée. Pas trop tôt' (samedi,"
        " no hour: '-'), her landline",
        """
        A: Bonjour madame, Florian, de Picardie Énergie Solaire. Madame Boulanger ?
        C: Oui, c'est moi. C'est pour quoi ?
        A: Vous avez demandé une étude pour des panneaux solaires sur internet, le mois dernier.
        C: Ah. Oui, peut-être. J'ai rempli un truc, oui. Je ne donne pas tout, hein, je vous
           préviens.
        A: Vous répondez à ce que vous voulez, madame. Vous êtes propriétaire de votre maison ?
        C: Oui.
        A: Et vous êtes bien à Creil ?
        C: Non, Nogent. Nogent-sur-Oise. C'est à côté, mais ce n'est pas pareil.
        A: Nogent-sur-Oise. Le code postal ?
        C: Soixante... soixante, cent quatre-vingts.
        A: 60180. Comment vous chauffez-vous ?
        C: Tout électrique.
        A: Et votre facture d'électricité ?
        C: Ça, je ne sais plus. C'est mon mari qui gère les papiers.
        A: La surface de la maison ?
        C: Je préfère ne pas dire. Le technicien verra bien, s'il vient.
        A: Le toit, il est en quoi ?
        C: Des tuiles.
        A: Vous savez comment il est orienté ?
        C: Non.
        A: Je vous demande votre âge, et celui de votre mari ?
        C: Non, ça, je ne le donne pas au téléphone. On ne sait jamais qui appelle.
        A: Je comprends. Vous êtes mariés ?
        C: Mariée, oui. Deux enfants. Vous avez tout ça, maintenant.
        A: Et vous travaillez, vous et votre mari ?
        C: Ça ne regarde que nous.
        A: Bien sûr. Un conseiller peut vous rappeler, quand votre mari est là ?
        C: Le samedi. Il est là le samedi.
        A: Samedi. Vous avez une préférence d'heure ?
        C: Non. Dans la journée. Pas trop tôt.
        A: Samedi dans la journée. Sur quel numéro ?
        C: Zéro trois, quarante-quatre... soixante et onze, zéro deux, quatre-vingt-neuf.
        A: Zéro trois, quarante-quatre, soixante et onze, zéro deux, quatre-vingt-neuf.
        C: Oui.
        A: Merci, madame Boulanger. Bonne journée.
        C: Au revoir.
        """,
        client="Mme",
        objections="méfiante : refuse de donner surface, âges et emplois",
        client_last_name_data_ia="Boulanger",
        client_phone_number="0344710289",
        client_city_data_ia="Nogent-sur-Oise",
        client_postal_code_data_ia="60180",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        toiture_data_ia="tuiles",
        situation_familiale_data_ia="mariée, 2 enfants",
        creneau_rappel_data_ia="samedi",
        **_OWNER,
    ),
    _script(
        "h7_saint_nazaire_refus",
        "a firm refusal from a retired man of 73 at Saint-Marc in Saint-Nazaire (the quarter is not"
        " the town): called 'la cinquième fois ce mois-ci', his brother-in-law's 25000-euro"
        " installation that produces nothing (a scam), 'hors de prix', no debt at his age, no"
        " brochure, no callback ('Bloctel'); what he lets fall: owner for thirty years, gas, 'On"
        " paie quatre-vingt-dix euros par mois' (90, mensuelle), the roof 'Plein sud, oui' (sud),"
        " 'On est à la retraite, ma femme et moi' (both retired), married with 'mes deux filles'"
        " (marié, 2 enfants); surname from the greeting, confirmed; no first name, no number (Non"
        " intéressant)",
        """
        A: Bonjour monsieur, Océane, d'Atlantique Énergie Conseil. Monsieur Le Floch ?
        C: Oui. Laissez-moi deviner : les panneaux solaires.
        A: Effectivement, nous proposons en ce moment...
        C: C'est la cinquième fois ce mois-ci ! On m'a déjà appelé mardi, et jeudi, et encore hier.
           Vous vous passez le numéro, ou quoi ?
        A: Je suis désolée, monsieur. Chez nous, c'est le premier appel. Vous êtes bien à
           Saint-Nazaire ?
        C: À Saint-Nazaire, oui, à Saint-Marc, au bord de la mer. Et je vais vous dire tout de suite
           : ça ne m'intéresse pas.
        A: Je peux vous demander pourquoi ?
        C: Parce que c'est des arnaques. Mon beau-frère, à Guérande, il a signé avec une boîte comme
           la vôtre. Vingt-cinq mille euros, un crédit sur quinze ans, et les panneaux ne produisent
           presque rien. La boîte a fermé, plus personne pour répondre.
        A: C'est malheureusement arrivé, oui. Nous sommes certifiés RGE, et l'étude est gratuite,
           sans engagement...
        C: Ils disaient tous ça. Et puis c'est hors de prix. Vingt-cinq mille euros, pour économiser
           quoi ? On paie quatre-vingt-dix euros par mois, d'électricité. Il me faudrait vingt ans
           pour rembourser.
        A: Il existe des installations plus petites, et des aides de l'État...
        C: Les aides, les aides... On est à la retraite, ma femme et moi. On ne va pas s'endetter à
           notre âge. J'ai soixante-treize ans, mademoiselle.
        A: Vous êtes propriétaire de votre maison ?
        C: Bien sûr, depuis trente ans. Et je compte bien la laisser à mes deux filles sans crédit
           dessus.
        A: Et vous vous chauffez comment, si je peux me permettre ?
        C: Au gaz. Et ça marche très bien.
        A: Votre toit est bien exposé ?
        C: Plein sud, oui. Et il restera comme ça, sans panneaux. Non, mademoiselle, vraiment, je
           vous arrête.
        A: Votre épouse serait peut-être intéressée ?
        C: Ma femme pense exactement comme moi. Elle est dans le jardin, et elle vous dirait pareil.
        A: Je peux vous envoyer une documentation ?
        C: Non. Rien. Et ne me rappelez pas. Mettez-moi sur votre liste, là, Bloctel, je ne sais
           quoi.
        A: C'est noté, monsieur, vous ne serez plus appelé par nous.
        C: On verra bien. Au revoir.
        A: Au revoir, monsieur Le Floch.
        """,
        client="Mr",
        objections=(
            "non intéressé ; démarché trop souvent ('la cinquième fois ce mois-ci') ; peur des"
            " arnaques (beau-frère) ; trop cher ; pas de crédit à son âge ; refuse documentation et"
            " rappel"
        ),
        client_last_name_data_ia="Le Floch",
        client_city_data_ia="Saint-Nazaire",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="90",
        mensuelle_annuelle_data_ia="mensuelle",
        orientation_data_ia="sud",
        age_mr_data_ia="73",
        situation_familiale_data_ia="marié, 2 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="retraitée",
        **_LOST,
    ),
    _script(
        "h7_cluny_indivision",
        "a single woman of 58 who lives in her late parents' house in Cluny ('En Saône-et-Loire';"
        " 'Soixante et onze, deux cent cinquante'), owned 'à nous trois ...' 'En indivision' with"
        " her brother and sister, so she cannot decide alone: a co-owner ('Propriétaire pour un"
        " tiers': oui, and Valide, as she wants the study), an old oil boiler and the fireplace"
        " 'pour le moral' (fioul), the 900 a year she first says is the oil, corrected to"
        " 'soixante-cinq euros par mois' (65, mensuelle), 'cent vingt, à peu près' (120), old flat"
        " Burgundy tiles, 'Le toit côté cour est au midi' (sud), 'Je pense, oui' to twenty m² with"
        " one skylight (20m), 'Célibataire ... Pas d'enfants' (célibataire), 'comptable à la cave"
        " coopérative ... En CDI' (CDI), the income begun ('Mille neuf...') and withdrawn ('-'), a"
        " callback after the family Sunday, 'Mercredi prochain, le soir. Vers dix-neuf heures"
        " trente' (mercredi soir, 19h30), her mobile; her brother's number withheld",
        """
        A: Bonjour madame, Thibault, de Bourgogne Solaire Habitat. Madame Desbois ?
        C: Oui, Françoise Desbois. Bonjour.
        A: Vous avez demandé une étude pour des panneaux solaires. Vous avez quelques minutes ?
        C: Oui. Mais je vous préviens tout de suite, ce n'est pas simple, chez nous. Enfin, pas chez
           moi... C'est compliqué.
        A: Dites-moi.
        C: La maison, c'était celle de mes parents. Depuis le décès de ma mère, elle est à nous
           trois, mon frère, ma sœur et moi. En indivision. Moi, j'habite dedans, mais je ne peux
           rien décider toute seule.
        A: Je comprends. Vous êtes donc copropriétaire.
        C: Voilà. Propriétaire pour un tiers, comme dit le notaire.
        A: Et la maison est à Cluny ?
        C: À Cluny, oui. En Saône-et-Loire. Juste derrière l'abbaye.
        A: Le code postal ?
        C: Soixante et onze, deux cent cinquante.
        A: 71250. Et l'adresse ?
        C: Cinq, rue du Merle.
        A: Comment la maison est-elle chauffée ?
        C: Au fioul. Une vieille chaudière, celle de mon père. Et la cheminée, l'hiver, pour le
           moral.
        A: Et votre facture d'électricité ?
        C: Neuf cents euros à l'année... Non, attendez, ça, c'est le fioul. L'électricité, c'est
           soixante-cinq euros par mois. Soixante-cinq.
        A: Soixante-cinq par mois. La surface de la maison ?
        C: Oh, cent vingt, à peu près. C'est une vieille maison, avec des pièces partout, des
           escaliers...
        A: Et le toit ?
        C: Des tuiles plates, des vieilles tuiles de Bourgogne. Brunes, avec de la mousse.
        A: Vous savez comment il est orienté ?
        C: Le toit côté cour est au midi. Mon père disait toujours que la cour était au midi, c'est
           là qu'il mettait ses tomates.
        A: Et il y a de la place sur ce pan ? Au moins vingt mètres carrés ?
        C: Je pense, oui. Il n'y a qu'une lucarne. Mais il faudra demander aux Bâtiments de France,
           on est près de l'abbaye... Encore un souci.
        A: Je vous demande votre âge ?
        C: Cinquante-huit ans.
        A: Vous vivez seule ?
        C: Oui. Je ne me suis jamais mariée. Pas d'enfants. Célibataire, comme on dit.
        A: Et vous travaillez ?
        C: Oui, je suis comptable à la cave coopérative de Lugny. En CDI, depuis vingt ans.
        A: Pour le dossier des aides, votre revenu ?
        C: Mille neuf... Non, je préfère attendre. Si mon frère et ma sœur ne veulent pas, ça ne
           sert à rien que je vous donne tout ça.
        A: Bien sûr. Qu'est-ce qui vous aiderait à décider ?
        C: Il faudrait que le conseiller nous explique à tous les trois. Mon frère est à Lyon, ma
           sœur à Dijon. Ils viennent dimanche, je leur en parlerai. Et mon frère, il va demander
           combien ça coûte, c'est sûr, et qui paie.
        A: Le conseiller pourra faire une étude pour vous trois. Je vous rappelle après dimanche ?
        C: Oui, c'est ça. Mercredi prochain, le soir. Vers dix-neuf heures trente, je rentre à sept
           heures.
        A: Mercredi soir, dix-neuf heures trente. Sur quel numéro ?
        C: Mon portable : zéro six, soixante-dix-huit, trente-trois, quarante, vingt-cinq. Et si
           vous voulez appeler mon frère... non, attendez, je lui demande d'abord. Je ne donne pas
           son numéro sans lui demander.
        A: Zéro six, soixante-dix-huit, trente-trois, quarante, vingt-cinq. Très bien.
        C: Voilà. On verra bien ce qu'ils disent.
        A: Merci, madame Desbois, et bon dimanche en famille.
        C: Merci. Au revoir.
        """,
        client="Mme",
        objections=(
            "maison en indivision : ne peut décider seule (frère et sœur) ; coût et qui paie ;"
            " Bâtiments de France près de l'abbaye"
        ),
        client_first_name_data_ia="Françoise",
        client_last_name_data_ia="Desbois",
        client_phone_number="0678334025",
        client_city_data_ia="Cluny",
        client_address_data_ia="5 rue du Merle",
        client_postal_code_data_ia="71250",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="65",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="120",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mme_data_ia="58",
        situation_familiale_data_ia="célibataire",
        activite_mme_data_ia="CDI",
        creneau_rappel_data_ia="mercredi soir",
        heure_rappel_data_ia="19h30",
        **_OWNER,
    ),
)


# An eighth held-out set (names ``h8_*``), written after HELD_OUT_7, by someone who read only
# this module, docs/quality.md's conventions and messages/lead.py: never the extractors, and
# none of them was run on it. Again a call centre's ordinary day, written fresh: eight owners
# who answer in their own words (with "euh", "ben", "bah", restarts, two answers at once, an
# answer before the question ends, a question asked again); two partial calls, one cut short
# by a nurse at the door and one by a man who leaves the papers to his wife; a refusal (an
# asbestos roof, a salesman who stayed three hours, a son who is an electrician); a neighbour
# who answers for an old lady. Across it: surnames spelt with first names ("C comme
# Camille"), letter by letter or "comme la moutarde", compound first names and a maiden name;
# phone numbers in pairs, digit by digit, corrected, a spouse's as the second; postal codes
# as pairs, "mille" forms, the department then the rest, one corrected from the town before;
# towns with their article, beside a bigger one, a lieu-dit and a commune nouvelle, a
# birthplace overseas that is not the town; heating of every kind with a main one and a
# top-up, a boiler just replaced by a heat pump; bills per month, per year, "mensualisé", the
# oil delivery that is not the bill, a band and a range settled on; surfaces approximate, "un
# peu moins de", with and without the garage; slate, tiles, steel trays, fibre cement and a
# flat roof-terrace; orientations said by the sea, the Black Forest, "au levant" or the
# noon sun; ages direct, relative, from a birth year and "la soixantaine"; jobs as trades,
# employers and statuses (a farmer, a seasonal vineyard worker, a civil servant, a nurse on
# her own, invalidity, unemployment, retired with their old trade). The gold is what a careful
# human fills from each call; where a value is debatable, the summary says why. Nobody tunes
# on it: never rendered, never part of ``FULL`` or ``SUBSET``; ``python -m
# benchmarks.extraction_quality --held-out 8`` scores it from its reference text.
HELD_OUT_8: tuple[Script, ...] = (
    _script(
        "h8_plouarzel_marin",
        "a retired merchant-navy officer at Plouarzel ('au bout du Finistère'; 'Vingt-neuf, huit"
        " cent dix': 29810) who spells Cadiou with first names ('C comme Camille, A, D comme"
        " Denis, I, O, U'): an air-to-water heat pump, the wood stove 'quand ça souffle trop'"
        " (pompe à chaleur), 'cent douze euros par mois' (112), 'Cent trente. Sans le garage'"
        " (130), slate, the big pan 'côté mer, et la mer, chez nous, c'est l'ouest' (ouest), 'une"
        " trentaine de mètres' free (20m), 61 and Gwenaëlle 58, married with three children,"
        " 'officier dans la marine marchande ... à la retraite depuis trois ans' (retraité), his"
        " wife 'secrétaire de mairie ... fonctionnaire territoriale' (fonctionnaire), 'quatre"
        " mille cent par mois, à nous deux', Tuesday 'en fin de matinée, onze heures' (mardi fin"
        " de matinée, 11h), his mobile and his wife's (tel2)",
        """
        A: Bonjour monsieur, Maëlle, d'Armor Énergie Solaire. Je suis bien chez monsieur Cadiou ?
        C: Oui, c'est moi. Bonjour. C'est pour... ah, c'est pour les panneaux, je parie.
        A: Exactement, vous avez demandé une étude sur notre site. Vous avez quelques minutes ?
        C: J'ai tout mon temps, je suis en retraite. Allez-y.
        A: Je vérifie l'orthographe de votre nom, c'est C, A, D...
        C: C comme Camille, A, D comme Denis, I, O, U. Cadiou. Comme ça se prononce, pour une fois.
        A: Merci. Et votre prénom ?
        C: Erwan. E, R, W, A, N.
        A: Vous êtes propriétaire de votre maison, monsieur Cadiou ?
        C: Oui, oui. On l'a fait construire en quatre-vingt-dix-neuf, à Plouarzel. Au bout du
           Finistère, après c'est l'Amérique.
        A: Le code postal ?
        C: Vingt-neuf, huit cent dix.
        A: 29810. Et l'adresse exacte ?
        C: Quatre, route de Trézien. Le phare, il est juste au bout de la route.
        A: Comment vous chauffez-vous ?
        C: Une pompe à chaleur. Air-eau, avec les radiateurs qu'on avait déjà. Et un poêle à bois
           dans le salon, mais lui, c'est quand ça souffle trop, l'hiver. Ici, le vent, hein...
        A: D'accord. Et votre facture d'électricité, elle est de combien à peu près ?
        C: Euh... cent douze euros par mois. Ma femme a regardé ce matin, justement.
        A: Cent douze par mois. Et la surface de la maison ?
        C: Cent trente. Sans le garage. Avec le garage, on doit être à cent soixante, mais le
           garage, c'est mon bateau qui l'habite.
        A: Le toit, il est en quoi ?
        C: En ardoise. De l'ardoise naturelle, comme toutes les maisons ici. Le lotissement
           l'impose.
        A: Et vous savez comment il est orienté ?
        C: Ben, le grand pan est côté mer. Et la mer, chez nous, c'est l'ouest. Vous ne pouvez pas
           vous tromper, on voit le soleil se coucher dans l'eau.
        A: L'ouest, très bien. Il y a au moins vingt mètres carrés libres sur ce pan ?
        C: Oui, une trentaine de mètres, facile. Il n'y a qu'une petite fenêtre de toit, tout en
           bas.
        A: Parfait. Je peux vous demander votre âge ?
        C: Soixante et un.
        A: Et votre épouse ?
        C: Gwenaëlle a cinquante-huit ans. On est mariés depuis... trente-cinq ans. Et trois
           enfants, tous partis, deux à Rennes et une à Montréal.
        A: Vous faisiez quoi, avant la retraite ?
        C: J'étais officier dans la marine marchande. Chef mécanicien, sur des porte-conteneurs.
           Je suis à la retraite depuis trois ans.
        A: Et votre épouse, elle travaille ?
        C: Oui, elle est secrétaire de mairie, à Ploudalmézeau. Fonctionnaire territoriale.
           Encore quatre ans, elle compte les jours.
        A: Pour le dossier des aides, le revenu du foyer, environ ?
        C: Ma pension et son salaire... quatre mille cent par mois, à nous deux. À peu près.
        A: Merci. Un conseiller peut vous rappeler pour l'étude. Quand est-ce que ça vous arrange ?
        C: Le mardi. Mardi, en fin de matinée, onze heures ? L'après-midi, je suis au club de
           voile.
        A: Mardi, onze heures. Sur quel numéro ?
        C: Mon portable : zéro six, vingt-huit, quarante et un, soixante-sept, zéro neuf. Et si je
           suis en mer, celui de ma femme : zéro six, quatre-vingt-un, treize, cinquante-cinq,
           vingt-six.
        A: Zéro six, vingt-huit, quarante et un, soixante-sept, zéro neuf, et zéro six,
           quatre-vingt-un, treize, cinquante-cinq, vingt-six.
        C: C'est ça. Kenavo, mademoiselle.
        A: Au revoir, monsieur Cadiou, bonne journée.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Erwan",
        client_last_name_data_ia="Cadiou",
        client_phone_number="0628416709",
        client_city_data_ia="Plouarzel",
        client_address_data_ia="4 route de Trézien",
        client_postal_code_data_ia="29810",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="112",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="130",
        toiture_data_ia="ardoises",
        orientation_data_ia="ouest",
        toit_libre="20m",
        age_mr_data_ia="61",
        age_mme_data_ia="58",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="fonctionnaire",
        revenu_data_ia="4100 euros par mois",
        tel2_data_ia="0681135526",
        creneau_rappel_data_ia="mardi fin de matinée",
        heure_rappel_data_ia="11h",
        **_OWNER,
    ),
    _script(
        "h8_selestat_kachelofe",
        "a retired woman in Sélestat ('le 67, le Bas-Rhin, et puis six cents derrière': 67600),"
        " Anne-Marie Wendling 'née Ehrhart' (the maiden name is not her surname), who answers"
        " before the question ends: a gas boiler, the tiled stove 'le week-end, pour le plaisir'"
        " (gaz), 'mille quatre cent quarante euros, sur l'année' (1440, annuelle), 'Un peu moins"
        " de cent vingt' (120: 'un peu moins de' dropped like 'environ'), beaver-tail tiles"
        " (tuiles), the big pan 'vers la Forêt-Noire', the agent's 'l'est' confirmed (est), 'Oui,"
        " au moins vingt' (20m), 67 and her husband 'trois ans de plus que moi' (70), married with"
        " two children, she 'secrétaire médicale ... retraitée' (retraitée), he retired from a"
        " brewery (retraité), the income refused ('-'), Thursday morning 'dix heures et demie'"
        " (10h30), the landline digit by digit",
        """
        A: Bonjour madame, Julien, d'Alsace Soleil Habitat. Madame Wendling ?
        C: Oui, c'est moi. Si c'est pour les fenêtres, on les a déjà changées.
        A: Non, madame, c'est pour l'étude de panneaux solaires que vous avez demandée.
        C: Ah ! Oui, pardon. Mon mari a rempli le truc sur internet, mais c'est moi qui réponds,
           lui, il ne comprend rien au téléphone. Allez-y.
        A: Votre prénom, madame Wendling ?
        C: Anne-Marie. Anne et Marie, attachés. Wendling, c'est le nom de mon mari, moi, je suis née
           Ehrhart. Mais mettez Wendling, hein, c'est ce qui est sur la boîte aux lettres.
        A: Très bien. Vous êtes propriétaires ?
        C: Oui, depuis quarante ans. On a tout payé, enfin.
        A: Et vous êtes à Sélestat ?
        C: À Sélestat, oui. Près de la gare.
        A: Le code post...
        C: Le 67, le Bas-Rhin, et puis six cents derrière.
        A: 67600. Et l'adresse ?
        C: Neuf, rue des Tonneliers... non, ça c'est ma sœur. Neuf, rue des Charrons. Excusez-moi.
        A: Neuf, rue des Charrons. Comment vous chauffez-vous ?
        C: Au gaz, une chaudière. Et on a un poêle en faïence, un Kachelofe, dans la Stube. Mais
           ça, c'est le week-end, pour le plaisir. Le gaz fait tout.
        A: Et votre facture d'électricité, c'est comb...
        C: Mille quatre cent quarante euros, sur l'année. J'ai le papier sous les yeux. Sur l'année,
           hein.
        A: Mille quatre cent quarante par an. La surface de la maison ?
        C: Un peu moins de cent vingt mètres carrés. On a agrandi la cuisine, il y a dix ans.
        A: Et le toit, c'est de la tuile ?
        C: Des tuiles plates, les queues de castor. Les vieilles alsaciennes.
        A: Vous savez de quel côté il est tourné ?
        C: Le grand pan, il regarde vers la Forêt-Noire. On voit les montagnes allemandes, quand
           il fait beau.
        A: Vers l'Allemagne, donc plutôt l'est ?
        C: Voilà, l'est. Le matin, on a tout le soleil.
        A: Et il y a au moins vingt mètres carrés libres sur ce pan ?
        C: Oui, au moins vingt. Il y a la cheminée, mais elle est au bord.
        A: Merci. Votre âge, si ce n'est pas indiscret ?
        C: Soixante-sept ans. Et mon mari, il a trois ans de plus que moi. Vous voulez savoir aussi
           si on est mariés ? Oui, depuis quarante-six ans. Deux enfants.
        A: Merci. Vous êtes à la retraite tous les deux ?
        C: Oui. Moi, j'étais secrétaire médicale, chez un cardiologue, à Colmar. Retraitée depuis
           sept ans. Et lui, il a fait toute sa carrière à la brasserie, à Schiltigheim. Retraité
           aussi, bien sûr.
        A: Et pour les aides, le revenu du foyer ?
        C: Ah non, ça, je ne le donne pas au téléphone. Vous verrez avec le conseiller.
        A: Pas de souci. Un conseiller peut vous rappeler, quand est-ce que ça vous arrange ?
        C: Jeudi matin. Vers dix heures et demie, après le marché.
        A: Jeudi matin, dix heures trente. Sur quel numéro ?
        C: Le fixe. Zéro, trois, huit, huit, cinq, deux, un, sept, quatre, six.
        A: Pardon, vous pouvez répéter ?
        C: Zéro, trois. Huit, huit. Cinq, deux. Un, sept. Quatre, six.
        A: 03 88 52 17 46. Merci, madame Wendling, bonne journée.
        C: Merci, au revoir.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Anne-Marie",
        client_last_name_data_ia="Wendling",
        client_phone_number="0388521746",
        client_city_data_ia="Sélestat",
        client_address_data_ia="9 rue des Charrons",
        client_postal_code_data_ia="67600",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="1440",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="120",
        toiture_data_ia="tuiles",
        orientation_data_ia="est",
        toit_libre="20m",
        age_mr_data_ia="70",
        age_mme_data_ia="67",
        situation_familiale_data_ia="mariée, 2 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="retraitée",
        creneau_rappel_data_ia="jeudi matin",
        heure_rappel_data_ia="10h30",
        **_OWNER,
    ),
    _script(
        "h8_dammarie_guadeloupe",
        "an auxiliary nurse born in Pointe-à-Pitre (not the town) living in Dammarie-les-Lys 'à"
        " côté de Melun' ('Soixante-dix-sept, cent quatre-vingt-dix': 77190), Marie-Line Calixte"
        " (spelt): electric convectors, a reversible air conditioner in the living room 'quand il"
        " gèle' (électrique), 'Entre quatre-vingt-dix et cent dix par mois' settled when the agent"
        " offers 'autour de cent' and she agrees (100, mensuelle), 'Quatre-vingt-dix ... avec le"
        " garage qu'on a fait en chambre' (90), mechanical tiles, orientation 'Aucune idée' ('-'),"
        " free roof space never asked ('-'), 'Je suis de soixante-deux ... ça me fait"
        " soixante-quatre' (64), her husband 'la soixantaine' (no figure: '-'), married with four"
        " children, 'aide-soignante à l'hôpital ... fonctionnaire hospitalière' (fonctionnaire),"
        " her husband 'en invalidité' since a fall from scaffolding, 'deux mille huit cents par"
        " mois', Saturday morning 'pas avant dix heures' (10h), her mobile corrected at the third"
        " pair",
        """
        A: Bonjour madame, Kevin, d'Île-de-France Énergie Solaire. Madame Calixte ?
        C: Oui, bonjour. C'est qui ? Kevin comment ?
        A: Kevin, d'Île-de-France Énergie Solaire. Vous avez demandé des informations sur les
           panneaux solaires.
        C: Ah oui, oui ! Excusez-moi, je sors de la nuit, je suis un peu dans le brouillard.
        A: Je peux vous rappeler, si vous préférez.
        C: Non, non, allez-y, maintenant que je suis réveillée.
        A: Je vérifie votre nom : Calixte, C, A, L, I, X, T, E ?
        C: C'est ça. Et le prénom, c'est Marie-Line. Marie, tiret, Line, L, I, N, E.
        A: Merci. Vous êtes propriétaire de votre maison ?
        C: Oui, depuis deux mille huit. Ça a été dur, mais on y est arrivés.
        A: Et la maison se trouve où ?
        C: À Dammarie-les-Lys. À côté de Melun. Moi, je suis née à Pointe-à-Pitre, hein, mais ça
           fait quarante ans que je suis ici. Vous entendez l'accent ?
        A: Un peu, oui. Le code postal ?
        C: Soixante-dix-sept, cent quatre-vingt-dix.
        A: 77190. Et l'adresse ?
        C: Quinze, rue des Glycines.
        A: Comment vous chauffez-vous ?
        C: À l'électrique. Des convecteurs. Et on a mis une clim réversible dans le salon, mais on
           ne la met en chauffage que quand il gèle. Moi, j'ai toujours froid, je suis des îles.
        A: Et votre facture d'électricité ?
        C: Ça dépend des mois... Entre quatre-vingt-dix et cent dix par mois. L'hiver, c'est plus.
        A: Autour de cent euros par mois, alors ?
        C: Voilà, autour de cent.
        A: La surface de la maison ?
        C: Quatre-vingt-dix. Avec le garage qu'on a fait en chambre, pour le petit dernier.
        A: Et le toit, il est en quoi ?
        C: Des tuiles. Des tuiles mécaniques, les rouges.
        A: Vous savez comment il est orienté ?
        C: Orienté ? Aucune idée. Mon mari saurait peut-être, mais il dort.
        A: Ce n'est pas grave. Je peux vous demander votre âge ?
        C: Je suis de soixante-deux. Soixante-deux... ça me fait soixante-quatre, oui.
        A: Et votre mari ?
        C: Oh, lui, il a la soixantaine. Je ne sais jamais, il ment tout le temps sur son âge.
        A: Vous êtes mariés ?
        C: Mariés, oui. Quatre enfants. Tous grands, mais le petit dernier est encore à la maison.
        A: Vous travaillez de nuit, vous m'avez dit ?
        C: Oui, je suis aide-soignante à l'hôpital de Melun. Fonctionnaire hospitalière. De nuit
           depuis vingt ans.
        A: Et votre mari ?
        C: Lui, il est en invalidité. Il est tombé d'un échafaudage, il y a six ans, il était
           maçon. Depuis, le dos...
        A: Je suis désolé. Pour le dossier des aides, le revenu du foyer ?
        C: Avec sa pension et mon salaire... deux mille huit cents par mois. À peu près.
        A: Merci. Un conseiller peut vous rappeler. Quand est-ce que ça vous arrange ?
        C: Pas en semaine, je dors le matin. Samedi matin ? Mais pas avant dix heures, hein.
        A: Samedi matin, dix heures. Sur quel numéro ?
        C: Zéro six, soixante-dix, vingt-deux... non, vingt-trois. Zéro six, soixante-dix,
           vingt-trois, quarante-huit, quatre-vingt-onze.
        A: Zéro six, soixante-dix, vingt-trois, quarante-huit, quatre-vingt-onze.
        C: C'est ça. Bon, je retourne me coucher. Au revoir, Kevin.
        A: Bonne journée, madame Calixte, reposez-vous.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Marie-Line",
        client_last_name_data_ia="Calixte",
        client_phone_number="0670234891",
        client_city_data_ia="Dammarie-les-Lys",
        client_address_data_ia="15 rue des Glycines",
        client_postal_code_data_ia="77190",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="100",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="90",
        toiture_data_ia="tuiles",
        age_mme_data_ia="64",
        situation_familiale_data_ia="mariée, 4 enfants",
        activite_mr_data_ia="en invalidité",
        activite_mme_data_ia="fonctionnaire",
        revenu_data_ia="2800 euros par mois",
        creneau_rappel_data_ia="samedi matin",
        heure_rappel_data_ia="10h",
        **_OWNER,
    ),
    _script(
        "h8_sin_le_noble_cariste",
        "a forklift driver in a miner's house in Sin-le-Noble 'à côté de Douai' (postal code digit"
        " by digit: 59450) who spells Vandenbussche ('V, A, N, D, E, N, B, U, deux S, C, H, E')"
        " and asks the agent to repeat two questions: gas ('Avant, c'était le charbon, du temps de"
        " mon père'), a fan heater in the bathroom (gaz), 'Plus de cent, c'est sûr. Par mois'"
        " (plus_de_100, mensuelle), 'Quatre-vingts, sans la cave' (80), red tiles, 'le jardin est"
        " plein sud' under the back pan (sud), 'Vingt mètres ? Euh... non, pas vingt' (moins de"
        " 20m), 52 and his partner 49, 'Pacsés, depuis l'an dernier' with a son (pacsé, 1 enfant),"
        " 'cariste ... chez un logisticien ... en CDI depuis huit ans' (CDI), his partner 'au"
        " chômage depuis que son magasin a fermé', 'deux mille six cents ... par mois, avec son"
        " chômage', Monday 'après quatorze heures trente' (lundi après-midi, 14h30), his mobile in"
        " pairs",
        """
        A: Bonjour monsieur, Amandine, de Nord Solaire Rénovation. Monsieur Vandenbussche ?
        C: Ouais, c'est moi. Vous l'avez bien dit, c'est rare. C'est pour quoi ?
        A: Pour votre demande d'étude photovoltaïque. Vous avez un moment ?
        C: Un petit moment, je rentre du boulot. Allez-y.
        A: Je vérifie l'orthographe, c'est bien...
        C: V, A, N, D, E, N, B, U, deux S, C, H, E. Vandenbussche. Mon prénom, c'est Freddy, avec
           deux D et un Y.
        A: Merci, monsieur. Vous êtes propriétaire ?
        C: Ouais. C'était la maison de mes parents. Une maison de mineur, on l'a rachetée à mes
           frères.
        A: Et elle se trouve où ?
        C: À Sin-le-Noble. À côté de Douai.
        A: Le code postal ?
        C: Cinq, neuf, quatre, cinq, zéro.
        A: 59450. Et l'adresse ?
        C: Trente-deux, rue Pasteur. Dans la cité.
        A: Vous vous chauffez comment ?
        C: Pardon ? Il y a le camion qui passe...
        A: Votre chauffage, c'est quoi ?
        C: Ah. Le gaz. Une chaudière gaz. Avant, c'était le charbon, du temps de mon père, on a
           encore la trappe dans la cave. Et un soufflant dans la salle de bain, l'hiver.
        A: Et votre facture d'électricité, à peu près ?
        C: Plus de cent, c'est sûr. Par mois. Je ne sais pas exactement, c'est ma compagne qui
           gère, mais plus de cent.
        A: D'accord. La surface de la maison ?
        C: Quatre-vingts, sans la cave. C'est pas grand, mais on est bien.
        A: Et le toit, il est en tuiles ?
        C: Ouais, des tuiles rouges. Comme toute la rue.
        A: Vous savez comment il est orienté ?
        C: Le pan de derrière, il donne sur le jardin. Et le jardin est plein sud, c'est pour ça
           que mon père mettait ses tomates là.
        A: Sur ce pan-là, il y aurait au moins vingt mètres carrés libres ?
        C: Vingt mètres ? Euh... non, pas vingt. C'est une petite maison, il y a la cheminée et un
           velux. Non, pas vingt.
        A: Très bien. Votre âge ?
        C: Cinquante-deux.
        A: Et votre compagne, elle a...
        C: Quarante-neuf. On est pacsés, depuis l'an dernier. Et on a un fils, il a dix-sept ans.
        A: Vous travaillez dans quoi ?
        C: Hein ?
        A: Votre travail, c'est quoi ?
        C: Cariste. Chez un logisticien, à Lauwin-Planque, les grands entrepôts, là. En CDI depuis
           huit ans.
        A: Et votre compagne ?
        C: Elle est au chômage, depuis que son magasin a fermé. Elle cherche, mais bon.
        A: Pour les aides, le revenu du foyer ?
        C: On est à... deux mille six cents, à peu près. Par mois, avec son chômage.
        A: Merci. Un conseiller vous rappelle, quel jour vous arrange ?
        C: Lundi. Je suis du matin, la semaine prochaine. Lundi, après quatorze heures trente.
        A: Lundi après-midi, quatorze heures trente. Votre numéro ?
        C: Zéro sept, quatre-vingt-huit, douze, trente-trois, soixante-quatorze.
        A: Zéro sept, quatre-vingt-huit, douze, trente-trois, soixante-quatorze.
        C: C'est ça. Allez, au revoir.
        A: Au revoir, monsieur Vandenbussche.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Freddy",
        client_last_name_data_ia="Vandenbussche",
        client_phone_number="0788123374",
        client_city_data_ia="Sin-le-Noble",
        client_address_data_ia="32 rue Pasteur",
        client_postal_code_data_ia="59450",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="plus_de_100",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="80",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="moins de 20m",
        age_mr_data_ia="52",
        age_mme_data_ia="49",
        situation_familiale_data_ia="pacsé, 1 enfant",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="au chômage",
        revenu_data_ia="2600 euros par mois",
        creneau_rappel_data_ia="lundi après-midi",
        heure_rappel_data_ia="14h30",
        **_OWNER,
    ),
    _script(
        "h8_vire_infirmiere",
        "a self-employed nurse on a dairy farm at Vaudry, 'Vire Normandie, maintenant ... une"
        " commune nouvelle. Mettez Vire Normandie' (the merged commune is the town; 'Quatorze"
        " mille cinq cents': 14500), 'Leconte, comme un conte, en un seul mot': the oil boiler"
        " with a wood stove in the kitchen (fioul), the 900 euros of the last oil delivery is not"
        " the bill, 'quatre-vingt-cinq euros par mois' for the electricity (85), 'cent cinquante"
        " avec le garage' then 'Sans le garage, cent vingt-cinq' when the agent asks (125), slate,"
        " the front 'a le soleil de midi', the pan for the panels (sud), 'Ah oui, largement'"
        " (20m), 45 and her husband 47, married with three children, 'infirmière libérale, à mon"
        " compte depuis douze ans' (indépendante depuis 12 ans), her husband 'éleveur laitier'"
        " (agriculteur), 'quarante-cinq mille par an', Friday afternoon 'vers seize heures' (16h),"
        " her mobile and her husband's (tel2)",
        """
        A: Bonjour madame, Thibault, de Normandie Énergie Verte. Madame Leconte ?
        C: Oui... attendez, je me gare. Voilà. Oui, c'est moi, je suis entre deux patients.
        A: Je vous appelle pour l'étude solaire que vous avez demandée. Vous avez cinq minutes ?
        C: Cinq, pas plus. Allez-y.
        A: Votre nom, c'est L, E, C, O, N, T, E ?
        C: C'est ça. Leconte, comme un conte, en un seul mot. Et Stéphanie, avec un PH.
        A: Merci. Vous êtes propriétaire de votre maison ?
        C: Oui. Enfin, la maison est à nous, la ferme est en GAEC avec mon beau-frère. Mais la
           maison, c'est à nous.
        A: Et la maison est à Vire ?
        C: On est à Vaudry. Mais Vaudry, c'est Vire Normandie, maintenant, depuis la fusion. Une
           commune nouvelle, comme ils disent. Mettez Vire Normandie, c'est ce qui est sur les
           papiers.
        A: Le code postal ?
        C: Quatorze mille cinq cents.
        A: 14500. Et l'adresse ?
        C: Trois, chemin de la Butte. C'est la seule ferme au bout du chemin, vous ne pouvez pas
           la rater.
        A: D'accord. Comment vous chauffez-vous ?
        C: Au fioul. Une chaudière fioul. Et un poêle à bois dans la cuisine, qui chauffe le bas.
           Mais le fioul, c'est une horreur, on a fait remplir la cuve en septembre, neuf cents
           euros la livraison.
        A: Et l'électricité ?
        C: L'électricité... quatre-vingt-cinq euros par mois. Pour la maison. La ferme a son
           compteur à part.
        A: Quatre-vingt-cinq par mois. La surface de la maison ?
        C: Cent cinquante avec le garage.
        A: Et sans le garage ?
        C: Sans le garage, cent vingt-cinq.
        A: Le toit, il est en quoi ?
        C: En ardoise.
        A: Et vous savez comment il est orienté ?
        C: Bah... la façade, devant, elle a le soleil de midi. C'est le pan de devant qu'il
           faudrait prendre, derrière il y a les arbres.
        A: Et il y a au moins vingt mètres carrés libres sur ce pan ?
        C: Ah oui, largement. C'est une longue maison.
        A: Très bien. Votre âge, si je peux ?
        C: Quarante-cinq. Mon mari, quarante-sept. Mariés, trois enfants. Je vous fais gagner du
           temps, je connais vos questions, j'ai rempli le formulaire.
        A: Merci ! Et vos activités ?
        C: Je suis infirmière libérale, à mon compte depuis douze ans. Et mon mari est éleveur
           laitier. On a quatre-vingts vaches.
        A: Et pour les aides, le revenu du foyer ?
        C: Avec la ferme, c'est compliqué... On déclare dans les quarante-cinq mille par an. Notez
           ça comme ça.
        A: Quarante-cinq mille par an. Un conseiller peut vous rappeler. Quand ?
        C: Vendredi après-midi. Vers seize heures, j'ai une pause entre deux tournées.
        A: Vendredi, seize heures. Sur quel numéro ?
        C: Mon portable, zéro six, trente-deux, soixante-dix-huit, onze, quatre-vingt-quatre. Et
           celui de mon mari, s'il faut venir voir le toit : zéro six, quarante-quatre, zéro deux,
           quatre-vingt-dix-sept, cinquante.
        A: Zéro six, trente-deux, soixante-dix-huit, onze, quatre-vingt-quatre, et zéro six,
           quarante-quatre, zéro deux, quatre-vingt-dix-sept, cinquante.
        C: Parfait. Je dois filer. Au revoir.
        A: Au revoir, madame Leconte.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Stéphanie",
        client_last_name_data_ia="Leconte",
        client_phone_number="0632781184",
        client_city_data_ia="Vire Normandie",
        client_address_data_ia="3 chemin de la Butte",
        client_postal_code_data_ia="14500",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="85",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="125",
        toiture_data_ia="ardoises",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="47",
        age_mme_data_ia="45",
        situation_familiale_data_ia="mariée, 3 enfants",
        activite_mr_data_ia="agriculteur",
        activite_mme_data_ia="indépendante depuis 12 ans",
        revenu_data_ia="45000 euros par an",
        tel2_data_ia="0644029750",
        creneau_rappel_data_ia="vendredi après-midi",
        heure_rappel_data_ia="16h",
        **_OWNER,
    ),
    _script(
        "h8_aubagne_toit_terrasse",
        "a retired docker in a 1970s villa in Aubagne who gives La Ciotat's postal code first"
        " ('Treize, six cents... non ... ça, c'est La Ciotat, où on habitait avant. Treize, quatre"
        " cents': 13400; the move was fifteen years ago, the known address is right:"
        " adresse_modifiee 0), 'Barbaroux, avec un X': storage heaters, the fireplace in winter"
        " evenings, the air conditioning 'pour l'été, pas pour chauffer' (électrique), 'On est"
        " mensualisés. Cent soixante-quinze. Par mois' (175, mensuelle), 'Cent dix ... sans"
        " compter le garage' (110), a flat roof-terrace ('Un toit-terrasse', read back by the"
        " agent: toit-terrasse, as said), the sun 'du lever au coucher, il n'y a rien autour'"
        " (bien ensoleillée), 'quarante mètres' beside the air-conditioning unit (20m), 70 and his"
        " wife 68, married with five children, 'docker au port de Marseille ... à la retraite'"
        " (retraité), his wife 'Au foyer, toute sa vie' (femme au foyer), 'Tout compris, avec ma"
        " retraite, trois mille deux cents. Par mois', tomorrow afternoon 'à partir de quinze"
        " heures' (demain après-midi, 15h), his landline in pairs",
        """
        A: Bonjour monsieur, Clara, de Provence Lumière Énergie. Monsieur Barbaroux ?
        C: Lui-même. Barbaroux, avec un X, hein, pas un D. Qu'est-ce qu'il y a ?
        A: Vous nous avez demandé une étude pour des panneaux solaires, monsieur Barbaroux.
        C: Ah oui, c'est mon petit-fils qui m'a dit de le faire. Avec le soleil qu'on a ici, il dit
           que c'est de l'argent qui tombe du ciel. Allez-y, ma belle.
        A: Votre prénom ?
        C: Lucien.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui, une villa des années soixante-dix. On l'a achetée il y a quinze ans, avant on était
           à La Ciotat.
        A: Et elle se trouve à Aubagne ?
        C: À Aubagne, oui, sur la route de Gémenos.
        A: Le code postal ?
        C: Treize, six cents... non, je dis n'importe quoi, ça, c'est La Ciotat, où on habitait
           avant. Treize, quatre cents.
        A: 13400. Et l'adresse ?
        C: Vingt et un, chemin des Oliviers.
        A: Et comment vous chauffez-vous ?
        C: Des radiateurs électriques. Des radiateurs à accumulation, des vieux. Et la cheminée,
           les soirs d'hiver. La clim, c'est pour l'été, pas pour chauffer.
        A: Et la facture d'électricité ?
        C: On est mensualisés. Cent soixante-quinze. Par mois, oui.
        A: Cent soixante-quinze par mois. Et la surface de la maison ?
        C: Cent dix. Sans compter le garage.
        A: Et le toit ? Il est en tuiles ?
        C: Non, c'est plat. Un toit-terrasse. Dans les années soixante-dix, c'était la mode, on
           montait prendre l'apéro dessus.
        A: Un toit-terrasse, d'accord. Et au niveau du soleil ?
        C: Le soleil ? Il l'a du lever au coucher, il n'y a rien autour. Pas un arbre, pas un
           immeuble.
        A: Et il y a de la place, au moins vingt mètres carrés ?
        C: Il y a le groupe de la clim dessus, mais il reste de la place. Quarante mètres, je
           dirais.
        A: Parfait. Votre âge ?
        C: Soixante-dix ans. Et ma femme, soixante-huit.
        A: Vous êtes mariés ?
        C: Mariés, depuis cinquante ans l'an prochain. Cinq enfants. Et neuf petits-enfants, dont
           celui qui m'a fait remplir le formulaire.
        A: Et vous travailliez dans quoi ?
        C: Docker. Docker au port de Marseille, trente-huit ans. À la retraite depuis... depuis
           longtemps, maintenant.
        A: Et votre épouse ?
        C: Au foyer, toute sa vie. Elle a élevé les enfants, et cinq, c'était un travail,
           croyez-moi.
        A: Pour le dossier des aides, le revenu du foyer ?
        C: Tout compris, avec ma retraite, trois mille deux cents. Par mois.
        A: Merci. Un conseiller peut vous rappeler. Quand ça vous arrange ?
        C: Demain, l'après-midi. À partir de quinze heures, après la sieste.
        A: Demain après-midi, quinze heures. Sur quel numéro ?
        C: Le fixe. Zéro quatre, quarante-deux, dix-huit, soixante-trois, zéro cinq.
        A: Zéro quatre, quarante-deux, dix-huit, soixante-trois, zéro cinq.
        C: Voilà. Allez, au revoir, ma belle.
        A: Au revoir, monsieur Barbaroux.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Lucien",
        client_last_name_data_ia="Barbaroux",
        client_phone_number="0442186305",
        client_city_data_ia="Aubagne",
        client_address_data_ia="21 chemin des Oliviers",
        client_postal_code_data_ia="13400",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="175",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="110",
        toiture_data_ia="toit-terrasse",
        orientation_data_ia="bien ensoleillée",
        toit_libre="20m",
        age_mr_data_ia="70",
        age_mme_data_ia="68",
        situation_familiale_data_ia="marié, 5 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="femme au foyer",
        revenu_data_ia="3200 euros par mois",
        creneau_rappel_data_ia="demain après-midi",
        heure_rappel_data_ia="15h",
        **_OWNER,
    ),
    _script(
        "h8_chablis_saisonnier",
        "a young seasonal vineyard worker at Chablis ('au lieu-dit Les Vaux ... mais c'est"
        " Chablis'; 'Quatre-vingt-neuf, huit cents': 89800), 'Moutard, comme la moutarde, sans le"
        " E': a log boiler, electric heaters in the bathroom and the baby's room (bois),"
        " 'Soixante-dix par mois, à tout casser' (70), 'quatre-vingt-dix-huit, c'est ce qu'on a"
        " déclaré aux impôts' (98), a new steel-tray roof imitating tiles (bac acier), 'Il est au"
        " levant' (est), 'quinze mètres, pas plus' between two roof windows (moins de 20m), 34 and"
        " his partner 31, 'On n'est pas mariés ... en couple' with a baby (en couple, 1 enfant),"
        " 'je fais les saisons ... la taille l'hiver, les vendanges' (saisonnier), his partner at"
        " a wine merchant's office 'en CDI' (CDI), 'trois mille par mois, à peu près', Wednesday"
        " evening 'après dix-huit heures trente' (mercredi soir, 18h30), his mobile corrected at"
        " the last pair",
        """
        A: Bonjour monsieur, Laurine, de Bourgogne Énergies Renouvelables. Monsieur Moutard ?
        C: Ouais, c'est moi. Attendez, je sors de la cave, ça capte mal... Allô ? Voilà.
        A: Vous avez fait une demande d'étude pour des panneaux solaires.
        C: Ouais, c'est ma copine qui a insisté. Moi, je ne sais pas trop. Allez-y quand même.
        A: Je vérifie votre nom, Moutard, c'est...
        C: Comme la moutarde, sans le E. M, O, U, T, A, R, D. Et moi, c'est Jérémy.
        A: Merci. Vous êtes propriétaire ?
        C: Ouais, depuis deux ans. Une vieille maison qu'on retape, petit à petit.
        A: Elle se trouve où ?
        C: Au lieu-dit Les Vaux. Mais c'est Chablis, la commune, hein. À deux kilomètres du bourg.
        A: Le code postal ?
        C: Quatre-vingt-neuf, huit cents.
        A: 89800. Et l'adresse ?
        C: Douze, route de Chichée.
        A: Comment vous chauffez-vous ?
        C: Une chaudière à bois. À bûches. Je coupe mon bois moi-même, ça ne coûte presque rien.
           Et deux radiateurs électriques, dans la salle de bain et dans la chambre du petit.
        A: Et votre facture d'électricité ?
        C: Soixante-dix par mois, à tout casser. On fait gaffe.
        A: Soixante-dix euros par mois. La surface de la maison ?
        C: Euh... quatre-vingt-dix, quatre-vingt-quinze ? Non, quatre-vingt-dix-huit, c'est ce
           qu'on a déclaré aux impôts. Quatre-vingt-dix-huit.
        A: Le toit, il est en quoi ?
        C: On vient de le refaire en bac acier. Un bac acier imitation tuile, de loin on ne voit
           pas la différence. Les tuiles, c'était trop cher.
        A: Et vous savez comment il est orienté ?
        C: Il est au levant. Comme disait le vieux qui nous a vendu, au levant.
        A: À l'est, donc. Il y a au moins vingt mètres carrés libres ?
        C: Ben... il y a deux velux. Entre les deux, quinze mètres, pas plus. Non, pas vingt.
        A: D'accord. Votre âge ?
        C: Trente-quatre.
        A: Et votre compagne ?
        C: Trente et un. On n'est pas mariés, hein. En couple. Et on a un bébé de huit mois.
        A: Vous travaillez dans quoi ?
        C: Dans la vigne. Je fais les saisons, chez plusieurs viticulteurs : la taille l'hiver, les
           vendanges, le relevage au printemps... Saisonnier, quoi. Ça fait dix ans.
        A: Et votre compagne ?
        C: Elle est chez un négociant, ici, à Chablis. Dans les bureaux, à la comptabilité. En
           CDI.
        A: Pour les aides, le revenu du foyer, environ ?
        C: Ça dépend des saisons. Trois mille par mois, à peu près, à nous deux.
        A: Merci. Un conseiller peut vous rappeler. Quand est-ce que vous êtes disponible ?
        C: Le soir. Mercredi soir ? Après dix-huit heures trente, je suis rentré.
        A: Mercredi soir, dix-huit heures trente. Sur quel numéro ?
        C: Zéro six, cinquante-sept, quatre-vingt-trois, vingt, onze... non, douze. Vingt, douze.
        A: Zéro six, cinquante-sept, quatre-vingt-trois, vingt, douze ?
        C: C'est ça. Bon, j'y retourne. Salut.
        A: Au revoir, monsieur Moutard.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Jérémy",
        client_last_name_data_ia="Moutard",
        client_phone_number="0657832012",
        client_city_data_ia="Chablis",
        client_address_data_ia="12 route de Chichée",
        client_postal_code_data_ia="89800",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="70",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="98",
        toiture_data_ia="bac acier",
        orientation_data_ia="est",
        toit_libre="moins de 20m",
        age_mr_data_ia="34",
        age_mme_data_ia="31",
        situation_familiale_data_ia="en couple, 1 enfant",
        activite_mr_data_ia="saisonnier",
        activite_mme_data_ia="CDI",
        revenu_data_ia="3000 euros par mois",
        creneau_rappel_data_ia="mercredi soir",
        heure_rappel_data_ia="18h30",
        **_OWNER,
    ),
    _script(
        "h8_saint_pierre_du_mont_plombier",
        "a plumber born in Saint-Pierre de La Réunion living in Saint-Pierre-du-Mont 'à côté de"
        " Mont-de-Marsan' (the birthplace is not the town; 'Quarante, deux cent quatre-vingts':"
        " 40280), 'Hoarau, H, O, A, R, A, U. Ça se dit Oho-rô': the gas boiler he replaced two"
        " months ago with an air-to-water heat pump, the pellet stove 'en appoint' (pompe à"
        " chaleur), 'Cent trente-cinq. Tous les mois, je suis mensualisé' (135, mensuelle), 'Cent"
        " dix habitables' and a 30 m² garage apart (110), canal tiles, one pan to the forest 'à"
        " l'est', the other to the road 'à l'ouest' (est-ouest), 'vingt mètres, oui, au moins' on"
        " each (20m), 41 and his wife 38, married with two children, 'plombier-chauffagiste, à mon"
        " compte depuis huit ans' (indépendant depuis 8 ans), his wife a cashier 'à mi-temps, en"
        " CDI' (CDI), 'quarante-huit... non, cinquante-deux mille' for last year (52000 euros par"
        " an), Saturday 'en fin de matinée, onze heures et demie' (samedi fin de matinée, 11h30),"
        " his mobile in groups (06, then 45, 12, 90, 67)",
        """
        A: Bonjour monsieur, Pauline, de Landes Soleil Énergie. Monsieur Hoarau ?
        C: Oui, c'est moi ! Vous l'avez bien prononcé, bravo. D'habitude, on me dit Hoa-rau.
        A: C'est pour votre demande d'étude photovoltaïque. Vous avez un moment ?
        C: Je suis sur un chantier, mais le client est parti déjeuner. Allez-y.
        A: Je vérifie l'orthographe ?
        C: H, O, A, R, A, U. Ça se dit Oho-rô. C'est réunionnais, je suis né à Saint-Pierre, là-bas.
           Et le prénom, Teddy.
        A: Merci, monsieur Hoarau. Et vous habitez...
        C: Saint-Pierre-du-Mont. Pas celui de la Réunion, hein, celui des Landes ! À côté de
           Mont-de-Marsan. Ça fait vingt ans que je suis ici.
        A: Le code postal ?
        C: Quarante, deux cent quatre-vingts.
        A: 40280. Et l'adresse ?
        C: Huit, allée des Arbousiers.
        A: Vous êtes propriétaire ?
        C: Oui, oui, propriétaire. Avec ma femme.
        A: Comment vous chauffez-vous ?
        C: Alors là, je viens de changer. J'avais une chaudière gaz, je l'ai remplacée il y a deux
           mois par une pompe à chaleur air-eau. Je l'ai posée moi-même, c'est mon métier. Et on a
           un poêle à granulés en appoint, dans le séjour.
        A: Et votre facture d'électricité ?
        C: Cent trente-cinq. Tous les mois, je suis mensualisé. Ça va peut-être bouger, avec la
           pompe.
        A: Cent trente-cinq par mois. La surface de la maison ?
        C: Cent dix habitables. Et le garage à côté, trente, mais il est séparé.
        A: Le toit, il est en quoi ?
        C: Des tuiles canal.
        A: Et il est orienté comment ?
        C: Il y a deux pans. Un qui regarde la forêt, c'est à l'est, et l'autre la route, à
           l'ouest. Les deux prennent bien.
        A: Sur chaque pan, il y a au moins vingt mètres carrés libres ?
        C: Vingt mètres, oui, au moins. Sur chaque. C'est une maison de plain-pied, le toit est
           grand.
        A: Votre âge, monsieur Hoarau ?
        C: Quarante et un ans.
        A: Et votre épouse ?
        C: Trente-huit. On s'est mariés à Saint-Pierre, là-bas, chez moi. Deux enfants, deux
           garçons.
        A: Et vous travaillez à votre compte ?
        C: Plombier-chauffagiste, à mon compte depuis huit ans. Avant, j'étais salarié chez un
           gros, à Dax.
        A: Et votre épouse ?
        C: Elle est caissière, à l'hyper, à Mont-de-Marsan. À mi-temps, en CDI.
        A: Pour les aides, le revenu du foyer ?
        C: Par an, on a déclaré quarante-huit... non, cinquante-deux mille, l'an dernier.
           Cinquante-deux, oui, c'est le chiffre.
        A: Cinquante-deux mille par an. Un conseiller peut vous rappeler. Quand ?
        C: Samedi, en fin de matinée. Onze heures et demie ? En semaine, je suis sur les chantiers.
        A: Samedi, onze heures trente. Sur quel numéro ?
        C: Zéro six. Puis quarante-cinq. Douze. Quatre-vingt-dix. Soixante-sept.
        A: 06 45 12 90 67.
        C: C'est ça. Allez, bonne journée !
        A: Bonne journée, monsieur Hoarau.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Teddy",
        client_last_name_data_ia="Hoarau",
        client_phone_number="0645129067",
        client_city_data_ia="Saint-Pierre-du-Mont",
        client_address_data_ia="8 allée des Arbousiers",
        client_postal_code_data_ia="40280",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="135",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="110",
        toiture_data_ia="tuiles",
        orientation_data_ia="est-ouest",
        toit_libre="20m",
        age_mr_data_ia="41",
        age_mme_data_ia="38",
        situation_familiale_data_ia="marié, 2 enfants",
        activite_mr_data_ia="indépendant depuis 8 ans",
        activite_mme_data_ia="CDI",
        revenu_data_ia="52000 euros par an",
        creneau_rappel_data_ia="samedi fin de matinée",
        heure_rappel_data_ia="11h30",
        **_OWNER,
    ),
    _script(
        "h8_epernay_infirmiere_a_la_porte",
        "a partial call: a woman in Épernay ('Cinquante et un mille deux cents': 51200), Valérie"
        " Lhermitte (spelt, 'deux T'), who answers until the nurse for her mother rings at the"
        " door: owner, town gas, an oil-filled radiator in the veranda (gaz), 'Entre quatre-vingts"
        " et cent. Par mois' (entre 80 et 100, mensuelle), the surface 'Mon mari saurait' ('-'),"
        " 'De l'ardoise, je crois' (ardoises), then the call ends with 'Rappelez demain, en début"
        " d'après-midi. Treize heures' (demain début d'après-midi, 13h) on the number she was"
        " called on, never said ('-'); no orientation, age, family, job or income",
        """
        A: Bonjour madame, Hugo, de Champagne Énergie Solaire. Madame Lhermitte ?
        C: Oui, c'est moi. Lhermitte, L, H, E, R, M, I, deux T, E. Vous avez bien écrit ?
        A: C'est bien ça. Et votre prénom ?
        C: Valérie. C'est pour quoi ?
        A: Pour la demande d'étude de panneaux solaires que vous avez faite.
        C: Ah oui. Mais je n'ai pas longtemps, hein, j'attends l'infirmière pour ma mère. Elle vit
           avec nous.
        A: Je fais vite. Vous êtes propriétaire de votre maison ?
        C: Oui.
        A: Elle est à Épernay ?
        C: Oui, à Épernay, en haut de l'avenue de Champagne.
        A: Le code postal ?
        C: Cinquante et un mille deux cents.
        A: 51200. Vous vous chauffez comment ?
        C: Au gaz de ville. Et un radiateur à bain d'huile dans la véranda, quand on y mange.
        A: Votre facture d'électricité, elle est de...
        C: Entre quatre-vingts et cent. Par mois. Je n'ai pas le chiffre exact en tête.
        A: D'accord. Et la surface de la maison ?
        C: Alors ça... Mon mari saurait. Moi, je ne sais pas, je n'ai jamais su.
        A: Et le toit ?
        C: De l'ardoise, je crois. Oui, c'est gris, c'est de l'ardoise.
        A: Vous savez comment il est...
        C: Ah, ça sonne. C'est elle. Je suis désolée, il faut que je vous laisse.
        A: Je peux vous rappeler ?
        C: Rappelez demain, en début d'après-midi. Treize heures, mon mari sera là, il répondra
           au reste.
        A: Demain, treize heures, sur ce numéro ?
        C: Oui, oui, sur ce numéro. Au revoir.
        A: Au revoir, madame.
        """,
        client="Mme",
        objections="pas le temps : rappel demandé",
        client_first_name_data_ia="Valérie",
        client_last_name_data_ia="Lhermitte",
        client_city_data_ia="Épernay",
        client_postal_code_data_ia="51200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="entre 80 et 100",
        mensuelle_annuelle_data_ia="mensuelle",
        toiture_data_ia="ardoises",
        creneau_rappel_data_ia="demain début d'après-midi",
        heure_rappel_data_ia="13h",
        **_OWNER,
    ),
    _script(
        "h8_thiers_coutelier",
        "a partial call: a retired cutler of 74 in Thiers ('Soixante-trois, trois cents': 63300)"
        " whose wife keeps the papers and is away: Henri Chassaigne (the agent's 'Chassagne'"
        " corrected, 'avec un I'), owner 'depuis toujours', a wood-fired kitchen range and the oil"
        " boiler 'pour le secours' (bois), the bill 'c'est ma femme qui sait' ('-'), the surface"
        " 'oh, cent, cent vingt, je ne sais pas' (no figure: '-'), 'Des tuiles' (tuiles), the rest"
        " left for his wife; 'émouleur, dans la coutellerie ... à la retraite' (retraité), married"
        " ('ma femme'; no children said: marié), 'Samedi. Elle rentre vendredi' (samedi, no hour),"
        " his landline in pairs",
        """
        A: Bonjour monsieur, Inès, d'Auvergne Habitat Solaire. Monsieur Chassagne ?
        C: Chassaigne. Avec un I. Chassaigne. Qu'est-ce que c'est ?
        A: Pardon, monsieur Chassaigne. C'est au sujet des panneaux solaires, vous aviez renvoyé
           un coupon.
        C: Moi ? Ah, c'est ma femme, alors. Elle est chez sa sœur, à Clermont, jusqu'à
           vendredi.
        A: Vous pouvez peut-être me répondre pour quelques questions ?
        C: Quelques-unes, si je sais. Les papiers, c'est elle.
        A: Votre prénom ?
        C: Henri.
        A: Vous êtes propriétaires de votre maison ?
        C: Depuis toujours. C'était à mes parents.
        A: Elle est à Thiers ?
        C: À Thiers, dans le bas, vers les usines. Enfin, ce qu'il en reste.
        A: Le code postal ?
        C: Soixante-trois, trois cents.
        A: Et comment vous chauffez-vous ?
        C: La cuisinière à bois. Elle chauffe toute la maison, ou presque. Et la chaudière au
           fioul, pour le secours, quand il fait moins dix.
        A: Et votre facture d'électricité ?
        C: Ah ça, c'est ma femme qui sait. Moi, je ne regarde pas.
        A: La surface de la maison ?
        C: Oh... cent, cent vingt ? Je ne sais pas. On ne l'a jamais mesurée, elle est à nous.
        A: Et le toit, il est en quoi ?
        C: Des tuiles.
        A: Vous savez comment il est orienté ?
        C: Répétez ? Orienté ?
        A: De quel côté il est tourné, le toit, par rapport au soleil.
        C: Ah, là... Voyez ça avec ma femme. Elle saura mieux que moi.
        A: Très bien. Vous êtes à la retraite ?
        C: Oui. J'étais émouleur, dans la coutellerie. Quarante-deux ans à aiguiser des lames. À la
           retraite, maintenant, ça fait... longtemps.
        A: Je peux vous demander votre âge ?
        C: Soixante-quatorze.
        A: Et votre épouse ?
        C: Ça, vous lui demanderez. Elle ne veut pas que je le dise.
        A: D'accord. Je vous propose qu'un conseiller rappelle quand votre épouse est là.
        C: Samedi. Elle rentre vendredi, alors samedi.
        A: Samedi. Le matin ou l'après-midi ?
        C: Ça, je ne sais pas, voyez avec elle. Samedi.
        A: Entendu. Sur quel numéro ?
        C: Le fixe. Zéro quatre, soixante-treize, quatre-vingts, vingt-cinq, zéro sept.
        A: Zéro quatre, soixante-treize, quatre-vingts, vingt-cinq, zéro sept. Merci, monsieur
           Chassaigne.
        C: Au revoir, mademoiselle.
        """,
        client="Mr",
        objections="ne connaît pas les chiffres : rappeler quand son épouse est là",
        client_first_name_data_ia="Henri",
        client_last_name_data_ia="Chassaigne",
        client_phone_number="0473802507",
        client_city_data_ia="Thiers",
        client_postal_code_data_ia="63300",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        toiture_data_ia="tuiles",
        age_mr_data_ia="74",
        situation_familiale_data_ia="marié",
        activite_mr_data_ia="retraité",
        creneau_rappel_data_ia="samedi",
        **_OWNER,
    ),
    _script(
        "h8_yutz_refus_amiante",
        "a firm refusal from a widow in Yutz ('Pas Thionville. Yutz, de l'autre côté de la"
        " Moselle'): a fibre-cement roof with asbestos nobody will touch ('c'est du fibrociment."
        " De l'amiante': fibrociment), a salesman who stayed three hours in her kitchen last year,"
        " her only son an electrician who will see to it if ever, no credit 'À soixante-dix-neuf"
        " ans ?' (79, her age said in the objection), no callback; what she lets fall: owner"
        " 'depuis soixante-trois', 'Tout électrique', the bill 'Ça ne vous regarde pas' ('-'),"
        " 'Veuve. Et je vis seule' and 'J'ai un fils, un seul' (veuve, 1 enfant), 'Retraitée des"
        " PTT' (retraitée); surname from the greeting, confirmed; no first name, no number (Non"
        " intéressant)",
        """
        A: Bonjour madame, Mathieu, de Lorraine Solaire Services. Madame Kieffer ?
        C: Oui. Qu'est-ce que vous vendez ?
        A: Je ne vends rien, madame, je vous appelle pour une étude gratuite de panneaux solaires,
           pour votre maison à Thionville.
        C: Pas Thionville. Yutz. De l'autre côté de la Moselle. Et je n'ai rien demandé.
        A: Vous êtes bien propriétaire de votre maison ?
        C: Depuis soixante-trois. Mais je vous arrête tout de suite, mon toit, personne n'y
           touchera.
        A: Pourquoi donc, madame ?
        C: Parce que c'est du fibrociment. De l'amiante, quoi, les vieilles plaques ondulées. Le
           couvreur m'a dit : on ne perce pas ça, on ne marche pas dessus. Alors vos panneaux...
        A: On a des solutions pour ça, on peut remplacer la toiture dans le cadre du projet.
        C: Remplacer le toit ? À soixante-dix-neuf ans ? Vous voulez que je fasse un crédit sur
           vingt ans ? Je serai au cimetière avant d'avoir fini de payer.
        A: Il existe des aides, justement. Votre chauffage, c'est quoi ?
        C: Tout électrique. Et ça me coûte assez cher comme ça, je ne vais pas rajouter des
           mensualités.
        A: Votre facture d'électricité, elle est de combien, à peu près ?
        C: Ça ne vous regarde pas. Trop, voilà. Comme tout le monde.
        A: Justement, les panneaux pourraient la faire baisser.
        C: C'est ce que disait l'autre, aussi. Celui de l'an dernier.
        A: Je comprends. Vous vivez seule ?
        C: Veuve. Et je vis seule, oui. Mais ne croyez pas que vous allez en profiter. Un
           vendeur, l'an dernier, il est resté trois heures dans ma cuisine. Trois heures ! J'ai dû
           appeler ma voisine pour qu'il parte.
        A: Ce n'est pas notre façon de faire, madame. Un conseiller pourrait simplement...
        C: Non. J'ai un fils, un seul, et il est électricien. S'il y a quelque chose à faire,
           c'est lui qui le fera. Pas quelqu'un que je ne connais pas.
        A: Je comprends très bien. Vous étiez dans quoi, avant la retraite, si je peux ?
        C: Pourquoi vous voulez savoir ça ? J'étais aux PTT, aux guichets. Retraitée des PTT. Ça
           change quoi ?
        A: Rien, madame, c'était pour le dossier. Je peux vous envoyer une documentation ?
        C: Non. Pas de papier, pas de rappel, rien. Rayez-moi de votre liste.
        A: C'est noté, madame Kieffer, vous ne serez plus appelée. Bonne journée.
        C: C'est ça. Au revoir.
        """,
        client="Mme",
        objections=(
            "non intéressée ; toit en fibrociment amianté ; pas de crédit à 79 ans ; mauvaise"
            " expérience d'un commercial insistant ; son fils électricien s'en occupera ; refuse"
            " documentation et rappel"
        ),
        client_last_name_data_ia="Kieffer",
        client_city_data_ia="Yutz",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        toiture_data_ia="fibrociment",
        age_mme_data_ia="79",
        situation_familiale_data_ia="veuve, 1 enfant",
        activite_mme_data_ia="retraitée",
        **_LOST,
    ),
    _script(
        "h8_jarnac_voisin",
        "the lead's neighbour answers at her house in Jarnac ('Seize, deux cents': 16200) and"
        " speaks for her: the fiche is the lead's (Mme Odette Boisseau, 81, widowed, a retired"
        " schoolteacher) and entretien is 'Mr' (he took the call); his own name (Guy) is not the"
        " client's; the oil boiler, a wood stove she lights in the morning (fioul), the"
        " electricity direct debit read off her bank statement, 'quatre-vingt-dix-huit euros. Tous"
        " les mois' (98, mensuelle), 'quatre-vingt-dix, quatre-vingt-quinze' settled 'Allez,"
        " quatre-vingt-quinze' (95), old tiles, orientation 'je ne sais pas' ('-'), free roof"
        " space not asked ('-'), 'Veuve, depuis douze ans. Pas d'enfants' (veuve), her income 'je"
        " ne sais pas' ('-'), Monday afternoon 'Quinze heures' (15h) when he will be there; his"
        " mobile given as the number to call (main, as the only one said)",
        """
        A: Bonjour, Sarah, de Charentes Énergie Solaire. Je voudrais parler à madame Boisseau,
           s'il vous plaît.
        C: Elle est là, mais elle n'entend plus bien au téléphone. Moi, c'est Guy, le voisin. Je
           m'occupe un peu de ses papiers. C'est pour les panneaux ?
        A: Oui, madame Boisseau nous a demandé une étude. Vous pouvez m'aider ?
        C: Oui, c'est moi qui ai rempli le formulaire avec elle, sur mon ordinateur. Attendez...
           Odette ! C'est pour les panneaux ! ... Elle dit que je peux répondre.
        A: Merci. Son prénom, c'est bien Odette ?
        C: Odette, oui. Odette Boisseau. B, O, I, deux S, E, A, U.
        A: Et elle est propriétaire de la maison ?
        C: Oui, c'était la maison de son mari. Elle y est depuis cinquante ans.
        A: À Jarnac ?
        C: À Jarnac, oui, au bord de la Charente. Seize, deux cents.
        A: 16200. Et l'adresse ?
        C: Six, rue des Chais.
        A: Comment est-ce qu'elle se chauffe ?
        C: Au fioul, une vieille chaudière. Et elle allume un petit poêle à bois le matin, dans la
           cuisine, elle aime bien.
        A: Et sa facture d'électricité ?
        C: Attendez, j'ai son relevé de banque, là... Le prélèvement EDF, c'est
           quatre-vingt-dix-huit euros. Tous les mois.
        A: Quatre-vingt-dix-huit euros par mois. La surface de la maison ?
        C: Quatre-vingt-dix, quatre-vingt-quinze... Allez, quatre-vingt-quinze.
        A: Et le toit ?
        C: Des tuiles. Des vieilles tuiles, il y a de la mousse.
        A: Vous savez comment il est orienté ?
        C: Ah, ça, je ne sais pas. Je ne suis jamais monté dessus.
        A: Pas de souci. Madame Boisseau a quel âge ?
        C: Quatre-vingt-un ans. Elle est en pleine forme, hein, sauf les oreilles.
        A: Elle vit seule ?
        C: Veuve, depuis douze ans. Pas d'enfants. C'est pour ça que je l'aide un peu.
        A: Et elle travaillait dans quoi ?
        C: Institutrice. Elle a eu la moitié de Jarnac en classe. Retraitée depuis longtemps.
        A: Et son revenu, à peu près ?
        C: Ça, je ne sais pas. Je ne vais pas vous dire des bêtises.
        A: Bien sûr. Un conseiller pourrait passer, avec vous si possible. Quand seriez-vous là ?
        C: Lundi après-midi. Quinze heures, je serai chez elle.
        A: Lundi, quinze heures. Et un numéro pour vous joindre ?
        C: Mon portable, c'est plus sûr. Zéro six, soixante-cinq, trente et un, quatorze,
           quatre-vingt-dix-neuf.
        A: Zéro six, soixante-cinq, trente et un, quatorze, quatre-vingt-dix-neuf. Merci, Guy.
        C: De rien. Au revoir.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Odette",
        client_last_name_data_ia="Boisseau",
        client_phone_number="0665311499",
        client_city_data_ia="Jarnac",
        client_address_data_ia="6 rue des Chais",
        client_postal_code_data_ia="16200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="98",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="95",
        toiture_data_ia="tuiles",
        age_mme_data_ia="81",
        situation_familiale_data_ia="veuve",
        activite_mme_data_ia="retraitée",
        creneau_rappel_data_ia="lundi après-midi",
        heure_rappel_data_ia="15h",
        **_OWNER,
    ),
)


# A ninth held-out set (names ``h9_*``), written after HELD_OUT_8, by someone who read only
# this module, docs/quality.md's conventions and messages/lead.py: never the extractors, and
# none of them was run on it. Again a call centre's ordinary day, written fresh: nine owners
# who answer in their own words (with "euh", "ben", restarts and asides); a partial call from
# a roof-framer on a building site who asks for the evening; a refusal (a brother-in-law's
# panels that "rapportent rien", a one-euro insulation that went wrong); a tenant who would
# like panels but whose landlord decides. The hardest fields get the most variety: heating
# ("une chaudière au gaz de ville", "tout électrique, des grille-pain", "une PAC air-eau",
# "on se chauffe au bois, un insert", "le fioul, mais on va changer", propane in a tank, an
# air-to-air heat pump "des clims, quoi", a main one and a top-up said in many ways); first
# names said once, spelt, given by the spouse who passes the phone, or only at the end;
# surfaces with and without the upstairs; jobs as trades, sectors, employers and statuses
# (a bus driver, a hospital care assistant, a self-employed plasterer, a powder-works
# technician, a shift leader at a glassworks, a cashier on a fixed-term contract, a maths
# teacher, a freelance developer, an engineer at Cadarache, a retired porcelain worker, a
# homemaker, a jobseeker); towns with their article, beside a bigger town and as a district;
# family status with children said in passing; free roof space in metres, by its dormers or
# "chaque côté"; orientations from the setting sun, "le soleil de midi", two pans "un le
# matin, l'autre le soir", the garden to the south, or only "au soleil toute la journée".
# The gold is what a careful human fills from each call; where a value is debatable, the
# summary says why. Nobody tunes on it: never rendered, never part of ``FULL`` or
# ``SUBSET``; ``python -m benchmarks.extraction_quality --held-out 9`` scores it from its
# reference text.
HELD_OUT_9: tuple[Script, ...] = (
    _script(
        "h9_davezieux_chauffeur_bus",
        "a bus driver at Davézieux ('juste à côté d'Annonay'; 'zéro sept, quatre cent trente':"
        " 07430) who gives his first name only at the end ('Au fait, c'est Rémi'): 'une chaudière"
        " au gaz de ville' (gaz), 'cent trente par mois' (130), 'cent cinq' (105), 'tuiles romanes'"
        " (tuiles), 'on a le soleil couchant en plein dessus' (ouest), 'six mètres sur cinq, sans"
        " rien dessus' (30 m², 20m), 38 and his partner 36, 'pacsés' with 'un petit de quatre ans"
        " et une grande de neuf' (pacsé, 2 enfants), 'chauffeur de bus ... en CDI' (CDI), she"
        " 'aide-soignante à l'hôpital ... fonctionnaire hospitalière' (fonctionnaire), 'trois mille"
        " six cents nets par mois' (3600 euros par mois), Saturday morning 'vers dix heures'"
        " (samedi matin, 10h)",
        """
        A: Bonjour monsieur, Inès, de Vivarais Solaire. Je suis bien chez monsieur Lévêque ?
        C: Euh, oui, c'est moi. C'est pour quoi ?
        A: Vous avez rempli une demande pour des panneaux solaires, la semaine dernière. Vous avez
           cinq minutes ?
        C: Ah oui, oui. Cinq minutes, ça va, je viens de rentrer du service. Allez-y.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui, on a acheté il y a... six ans, maintenant. Avec ma compagne.
        A: Et c'est bien à Annonay ?
        C: Pas tout à fait. À Davézieux, juste à côté d'Annonay. La zone, là, après le rond-point.
        A: D'accord. Le code postal ?
        C: Zéro sept, quatre cent trente.
        A: 07430. Et l'adresse ?
        C: Quinze, chemin des Mûriers.
        A: Merci. Comment vous vous chauffez ?
        C: Ben, on a une chaudière au gaz de ville. Elle commence à être vieille, d'ailleurs, elle
           fait un bruit... Mais bon, elle chauffe.
        A: Et la facture d'électricité, elle est de combien à peu près ?
        C: Cent... cent trente par mois. On est mensualisés, c'est cent trente.
        A: La surface de la maison ?
        C: Cent cinq mètres carrés. Enfin, c'est ce qu'il y avait sur l'annonce.
        A: Le toit, il est en quoi ?
        C: Des tuiles. Des tuiles romanes, les rondes, là.
        A: Et vous savez de quel côté il est orienté ?
        C: Alors... L'été, le soir, on mange dehors et on a le soleil couchant en plein dessus, il
           descend juste derrière le toit. Donc... c'est de ce côté-là, le grand pan.
        A: Plutôt l'ouest, alors ?
        C: Voilà, l'ouest.
        A: Il y a de la place libre sur ce pan, au moins vingt mètres carrés ?
        C: Il fait six mètres sur cinq, à peu près, sans rien dessus. Pas de velux, rien.
        A: Parfait. Je peux vous demander votre âge ?
        C: Trente-huit ans.
        A: Et votre compagne ?
        C: Elle, trente-six. On est pacsés. Et on a deux enfants, un petit de quatre ans et une
           grande de neuf.
        A: Vous travaillez dans quoi ?
        C: Je suis chauffeur de bus. Sur les lignes de l'agglo, en CDI depuis huit ans.
        A: Et votre compagne ?
        C: Aide-soignante à l'hôpital d'Annonay. Elle est fonctionnaire hospitalière, titulaire.
        A: Pour les aides, le revenu du foyer à peu près ?
        C: Euh... à deux, trois mille six cents nets par mois. Un peu plus avec ses nuits.
        A: Merci. Un conseiller peut vous rappeler, quand est-ce que ça vous arrange ?
        C: Le samedi matin, je ne roule pas. Vers dix heures ?
        A: Samedi, dix heures. Sur quel numéro ?
        C: Zéro six, cinquante-deux, dix-huit, quatre-vingt-sept, trente.
        A: Zéro six, cinquante-deux, dix-huit, quatre-vingt-sept, trente. Et votre prénom, pour la
           fiche ?
        C: Ah oui, pardon. Au fait, c'est Rémi. Rémi Lévêque.
        A: Merci monsieur Lévêque, bonne soirée.
        C: Merci, au revoir.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Rémi",
        client_last_name_data_ia="Lévêque",
        client_phone_number="0652188730",
        client_city_data_ia="Davézieux",
        client_address_data_ia="15 chemin des Mûriers",
        client_postal_code_data_ia="07430",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="130",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="105",
        toiture_data_ia="tuiles",
        orientation_data_ia="ouest",
        toit_libre="20m",
        age_mr_data_ia="38",
        age_mme_data_ia="36",
        situation_familiale_data_ia="pacsé, 2 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="fonctionnaire",
        revenu_data_ia="3600 euros par mois",
        creneau_rappel_data_ia="samedi matin",
        heure_rappel_data_ia="10h",
        **_OWNER,
    ),
    _script(
        "h9_castres_grille_pain",
        "a divorced cashier in Castres ('quatre-vingt-un, cent': 81100) who spells her first name"
        " ('Maryse, M, A, R, Y, S, E'): 'c'est tout électrique, des grille-pain' (électrique),"
        " 'deux cent dix l'hiver' but 'mensualisée à cent soixante' (160: the monthly instalment is"
        " the bill a careful human fills), 'quatre-vingt-cinq' (85), tiles, 'côté rue, c'est là que"
        " le soleil se lève' (est), 'peut-être quinze mètres' free (moins de 20m), 47, 'divorcée',"
        " a son who lives with her and 'sa sœur ... chez son père' (divorcée, 2 enfants: both are"
        " hers), 'caissière ... en CDD jusqu'en juin' (CDD), income 'mille quatre cents par mois'"
        " (1400 euros par mois), the number offered by the agent and confirmed, Wednesday 'vers"
        " quatorze heures' (mercredi, 14h)",
        """
        A: Bonjour madame, Nathan, d'Occitanie Énergie Verte. Madame Rouquette ?
        C: Oui... c'est moi. C'est pour le formulaire ?
        A: Tout à fait, pour votre demande d'étude de panneaux solaires.
        C: Ah, d'accord. Je vous préviens, je ne suis pas très calée, hein.
        A: Ce n'est pas grave, je vous guide. Votre prénom, madame Rouquette ?
        C: Maryse. M, A, R, Y, S, E. Avec un Y, tout le monde met un I.
        A: Merci. Vous êtes propriétaire ?
        C: Oui. Enfin, depuis le divorce, oui, c'est à moi. J'ai racheté sa part.
        A: Très bien. Vous êtes à Castres ?
        C: À Castres, oui. Quartier de Lameilhé, vers le lycée.
        A: Le code postal, c'est ?
        C: Quatre-vingt-un, cent.
        A: 81100. Et l'adresse exacte ?
        C: Trois, impasse des Genêts.
        A: Comment vous vous chauffez ?
        C: Oh là... C'est tout électrique. Des grille-pain, comme on dit, les vieux convecteurs
           du constructeur. Ça chauffe le plafond et c'est tout.
        A: Et la facture d'électricité ?
        C: L'hiver, ça monte à deux cent dix, deux cent vingt. Mais je suis mensualisée à cent
           soixante. Cent soixante par mois.
        A: Cent soixante par mois. La maison fait combien de mètres carrés ?
        C: Quatre-vingt-cinq. Plain-pied.
        A: Et le toit, c'est de la tuile ?
        C: Oui, des tuiles, les ordinaires, orange.
        A: Vous savez comment il est orienté ?
        C: Euh... Le côté rue, c'est là que le soleil se lève. Le matin il tape dans la cuisine.
        A: Donc le pan côté rue est à l'est.
        C: Si vous le dites. Oui, ça doit être ça.
        A: Et il y a combien de place libre dessus, à peu près ?
        C: Pas énorme. Il y a l'antenne et la cheminée... peut-être quinze mètres.
        A: D'accord. Votre âge, madame ?
        C: Quarante-sept ans.
        A: Et vous vivez seule ?
        C: Divorcée, oui. Mon fils vit avec moi, il a seize ans. Sa sœur, elle est chez son père.
        A: Vous travaillez ?
        C: Je suis caissière au Leclerc. En CDD jusqu'en juin, après on verra. Ils disent qu'ils
           vont me garder.
        A: Et le revenu du foyer, environ ?
        C: Mille quatre cents par mois. Avec la pension du père, un peu plus.
        A: Merci. Quand est-ce qu'un conseiller peut vous rappeler ?
        C: Le mercredi, je ne travaille pas. Mercredi, vers quatorze heures.
        A: Mercredi, quatorze heures. Sur ce numéro, le zéro six, trente et un, quarante-quatre,
           zéro deux, soixante-dix-huit ?
        C: Oui, c'est mon portable. C'est le seul.
        A: Parfait. Merci madame Rouquette, bonne journée.
        C: Merci, vous aussi.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Maryse",
        client_last_name_data_ia="Rouquette",
        client_phone_number="0631440278",
        client_city_data_ia="Castres",
        client_address_data_ia="3 impasse des Genêts",
        client_postal_code_data_ia="81100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="160",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="85",
        toiture_data_ia="tuiles",
        orientation_data_ia="est",
        toit_libre="moins de 20m",
        age_mme_data_ia="47",
        situation_familiale_data_ia="divorcée, 2 enfants",
        activite_mme_data_ia="CDD",
        revenu_data_ia="1400 euros par mois",
        creneau_rappel_data_ia="mercredi",
        heure_rappel_data_ia="14h",
        **_OWNER,
    ),
    _script(
        "h9_seguiniere_plaquiste",
        "the wife answers at La Séguinière ('à côté de Cholet'; 'quarante-neuf, deux cent"
        " quatre-vingts': 49280) and passes the phone to her husband ('Je vous passe mon mari."
        " Fabien !'), who answers the rest: the first name is his, given by her, and entretien is"
        " 'Mr' since he takes the call; 'une PAC air-eau' with 'un poêle à granulés en appoint'"
        " (pompe à chaleur), 'deux mille quatre cents par an' (2400, annuelle), 'cent cinquante,"
        " avec l'étage' (150), Anjou slate (ardoises), 'la façade de derrière prend le soleil de"
        " midi' (sud), 'tout le pan est libre' (20m), 45 and his wife 42, married with three"
        " children, 'plaquiste, à mon compte depuis douze ans' (indépendant depuis 12 ans), she"
        " 'comptable dans une coopérative agricole, en CDI' (CDI), income not asked, Thursday"
        " evening 'dix-huit heures trente' (jeudi soir, 18h30)",
        """
        A: Bonjour madame, Clément, de Loire Atlantique Solaire. Je cherche monsieur Tessier ?
        C: C'est sa femme. C'est pour les panneaux ? C'est lui qui a fait la demande, moi je n'y
           connais rien. Je vous passe mon mari. Fabien ! Fabien, c'est pour tes panneaux !
        C: Oui, allô ? Fabien Tessier, oui.
        A: Bonjour monsieur Tessier. Vous avez demandé une étude pour des panneaux solaires, vous
           avez quelques minutes ?
        C: Ouais, vas-y... pardon, allez-y. Je sors du chantier, j'ai le temps.
        A: Vous êtes propriétaire de la maison ?
        C: Oui, c'est nous qui l'avons construite. Enfin, j'ai fait les cloisons moi-même.
        A: Et vous êtes à Cholet ?
        C: À côté. La Séguinière. C'est collé à Cholet, vous sortez de Cholet, vous y êtes.
        A: Le code postal ?
        C: Quarante-neuf, deux cent quatre-vingts.
        A: 49280. L'adresse ?
        C: Vingt-deux, rue de la Garenne.
        A: Comment vous chauffez la maison ?
        C: Une PAC air-eau. Avec un plancher chauffant en bas. Et un poêle à granulés en appoint,
           dans le séjour, quand il gèle.
        A: Et votre facture d'électricité ?
        C: Alors, avec la PAC... on est à deux mille quatre cents par an. Deux mille quatre cents
           euros, sur l'année.
        A: D'accord. La surface de la maison ?
        C: Cent cinquante, avec l'étage. Le bas, c'est quatre-vingt-dix.
        A: Le toit, c'est de l'ardoise ?
        C: De l'ardoise, oui, d'Anjou, évidemment. On est obligés, ici.
        A: Vous savez comment il est orienté ?
        C: La façade de devant, c'est la rue, elle est à l'ombre tout l'hiver. La façade de
           derrière prend le soleil de midi, plein pot. Le grand pan, il est derrière.
        A: Donc au sud.
        C: Au sud, oui.
        A: Et il y a au moins vingt mètres carrés libres sur ce pan ?
        C: Tout le pan est libre. J'ai mis les velux de l'autre côté, exprès.
        A: Parfait. Vous avez quel âge, monsieur Tessier ?
        C: Quarante-cinq.
        A: Et votre épouse ?
        C: Quarante-deux. Mariés, trois enfants. Trois garçons, la maison est jamais calme.
        A: Vous êtes dans le bâtiment, si je comprends bien ?
        C: Plaquiste. Je suis à mon compte depuis douze ans. Plâtrerie, isolation, faux plafonds.
        A: Et votre épouse ?
        C: Elle est comptable dans une coopérative agricole, à Beaupréau. En CDI.
        A: Merci. Un conseiller peut vous rappeler, quel moment vous arrange ?
        C: Le soir, en semaine. Jeudi soir, dix-huit heures trente, je serai rentré.
        A: Jeudi, dix-huit heures trente. Sur ce numéro ?
        C: Non, plutôt mon portable. Zéro sept, quatre-vingt-deux, zéro six, quarante-neuf,
           onze.
        A: Zéro sept, quatre-vingt-deux, zéro six, quarante-neuf, onze. C'est noté.
        C: Impeccable. Au revoir.
        A: Au revoir monsieur Tessier.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Fabien",
        client_last_name_data_ia="Tessier",
        client_phone_number="0782064911",
        client_city_data_ia="La Séguinière",
        client_address_data_ia="22 rue de la Garenne",
        client_postal_code_data_ia="49280",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="2400",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="150",
        toiture_data_ia="ardoises",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="45",
        age_mme_data_ia="42",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="indépendant depuis 12 ans",
        activite_mme_data_ia="CDI",
        creneau_rappel_data_ia="jeudi soir",
        heure_rappel_data_ia="18h30",
        **_OWNER,
    ),
    _script(
        "h9_creysse_insert",
        "a retired pharmacy assistant at Creysse ('près de Bergerac'; 'vingt-quatre mille cent':"
        " 24100): 'on se chauffe au bois, un insert' with 'des convecteurs dans les chambres'"
        " (bois), 'quatre-vingt-cinq euros par mois' (85), 'cent quarante' (140), tiles, 'au soleil"
        " toute la journée, pas un arbre' but the direction 'je ne saurais pas vous dire' (bien"
        " ensoleillée), free roof space not discussed ('-'), 62 and her husband 'deux ans de plus'"
        " (64), married with two children (the grandchildren add nothing), 'préparatrice en"
        " pharmacie ... retraitée' (retraitée), he 'technicien à la poudrerie ... en CDI' (CDI),"
        " income declined ('-'), Monday morning 'neuf heures et demie' (lundi matin, 9h30), her"
        " mobile then the landline (tel2)",
        """
        A: Bonjour madame, Lucas, de Périgord Habitat Solaire. Madame Joubert ?
        C: Oui, bonjour. Vous êtes le monsieur des panneaux ?
        A: C'est ça, suite à votre demande sur internet. Vous avez un petit moment ?
        C: Oui, oui, je suis à la retraite, j'ai le temps. Mon mari, lui, il travaille.
        A: Votre prénom, madame Joubert ?
        C: Monique.
        A: Merci. Vous êtes propriétaires ?
        C: Oui, depuis quatre-vingt-douze. On a tout retapé nous-mêmes.
        A: Et la maison, elle est où exactement ?
        C: À Creysse, près de Bergerac. Sur la route de Mouleydier.
        A: Le code postal ?
        C: Vingt-quatre mille cent. Comme Bergerac.
        A: 24100. Et l'adresse ?
        C: Sept, allée des Noyers.
        A: Comment vous vous chauffez ?
        C: Alors nous, on se chauffe au bois. Un insert, dans la cheminée du salon. Mon mari fait
           son bois lui-même. Et dans les chambres, on a des convecteurs, mais on les met à peine.
        A: Et la facture d'électricité ?
        C: Quatre-vingt-cinq euros par mois. C'est raisonnable, grâce au bois.
        A: La surface de la maison ?
        C: Cent quarante mètres carrés. C'est une grande maison, on était cinq, avant.
        A: Et le toit ?
        C: En tuiles. Des tuiles plates, comme dans la région.
        A: Vous savez comment il est orienté ?
        C: Ah, l'orientation, je ne saurais pas vous dire. Mais il est au soleil toute la journée,
           ça c'est sûr. Il n'y a pas un arbre autour, rien.
        A: Très bien. Je peux vous demander votre âge ?
        C: Soixante-deux ans.
        A: Et votre mari ?
        C: Il a deux ans de plus que moi. On est mariés, on a deux enfants, et quatre
           petits-enfants.
        A: Qu'est-ce que vous faisiez, avant la retraite ?
        C: J'étais préparatrice en pharmacie, à Bergerac. Je suis retraitée depuis deux ans.
        A: Et votre mari ?
        C: Il est technicien à la poudrerie, la grosse usine de Bergerac. En CDI, depuis trente
           ans. Il part l'an prochain.
        A: Pour le dossier des aides, le revenu du foyer ?
        C: Oh, ça, je préfère en parler avec le conseiller. Ce n'est pas que je me méfie, hein.
        A: Bien sûr. Quand est-ce qu'il peut vous rappeler ?
        C: Lundi matin, c'est bien. Neuf heures et demie, après ma marche.
        A: Lundi, neuf heures trente. Sur quel numéro ?
        C: Mon portable, zéro six, quarante-sept, quatre-vingt-dix, douze, trente-trois. Sinon le
           fixe, zéro cinq, cinquante-trois, vingt-sept, soixante et un, zéro huit.
        A: Zéro six, quarante-sept, quatre-vingt-dix, douze, trente-trois, et le fixe zéro cinq,
           cinquante-trois, vingt-sept, soixante et un, zéro huit. Merci madame Joubert.
        C: Merci à vous. Au revoir.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Monique",
        client_last_name_data_ia="Joubert",
        client_phone_number="0647901233",
        client_city_data_ia="Creysse",
        client_address_data_ia="7 allée des Noyers",
        client_postal_code_data_ia="24100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="85",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="140",
        toiture_data_ia="tuiles",
        orientation_data_ia="bien ensoleillée",
        age_mr_data_ia="64",
        age_mme_data_ia="62",
        situation_familiale_data_ia="mariée, 2 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="retraitée",
        tel2_data_ia="0553276108",
        creneau_rappel_data_ia="lundi matin",
        heure_rappel_data_ia="9h30",
        **_OWNER,
    ),
    _script(
        "h9_noyon_fioul_on_va_changer",
        "a glassworks shift leader at Noyon ('soixante, quatre cents': 60400; surname spelt 'D, U,"
        " F, O, deux S, E accent aigu') whose wife is at home: 'le fioul, mais on va changer' for a"
        " heat pump, still oil today (fioul), 'À peu près cent vingt par mois' (120),"
        " 'quatre-vingt-dix-huit' (98), red mechanical tiles, two pans 'un qui prend le matin,"
        " l'autre le soir' (est-ouest), 'Largement plus de vingt, de chaque côté' (20m), 55 and his"
        " wife 53, married, 'notre fille, elle est encore à la maison' (marié, 1 enfant), 'chef"
        " d'équipe ... en trois-huit ... CDI' (CDI), she 'Elle est au foyer' (femme au foyer),"
        " 'Trois mille deux cents par mois, avec les primes' (3200 euros par mois), Friday"
        " afternoon 'seize heures' (vendredi après-midi, 16h)",
        """
        A: Bonjour monsieur, Chloé, de Picardie Solaire Conseil. Monsieur Dufossé ?
        C: Oui, c'est moi. Bonjour.
        A: Je vous appelle pour l'étude de panneaux solaires que vous avez demandée. Je vérifie
           l'orthographe : D, U, F, O, S, S, E ?
        C: D, U, F, O, deux S, E accent aigu. Dufossé. Et c'est Gérard, le prénom.
        A: Merci, monsieur Dufossé. Vous êtes propriétaire de votre maison ?
        C: Oui. Oui, depuis quatre-vingt-dix-sept.
        A: À Noyon ?
        C: À Noyon, oui, derrière la cathédrale. Soixante, quatre cents.
        A: 60400. Et l'adresse ?
        C: Dix-huit, rue du Grand Ferré.
        A: Comment vous chauffez-vous ?
        C: Le fioul. Le fioul, mais on va changer, hein. Avec les prix, là... On a demandé des
           devis pour une pompe à chaleur. Mais pour l'instant c'est la chaudière fioul.
        A: D'accord. Et votre facture d'électricité ?
        C: Euh... À peu près cent vingt par mois. Je crois. Oui, cent vingt.
        A: La surface de la maison ?
        C: Quatre-vingt-dix-huit mètres carrés.
        A: Le toit, il est en quoi ?
        C: Des tuiles mécaniques, rouges. Refaites il y a dix ans.
        A: Et l'orientation ?
        C: Ben, c'est un toit à deux pans, normal. Il y en a un qui prend le matin, et l'autre le
           soir. Au milieu de la journée, le soleil passe au-dessus du faîtage, si vous voulez.
        A: Un pan à l'est et un à l'ouest, donc.
        C: C'est ça.
        A: Et il y a au moins vingt mètres carrés libres ?
        C: Largement plus de vingt, de chaque côté. Il n'y a rien sur le toit, même pas de
           cheminée, depuis qu'on l'a bouchée.
        A: Très bien. Votre âge, monsieur ?
        C: Cinquante-cinq ans.
        A: Et votre épouse ?
        C: Cinquante-trois. On est mariés, et notre fille, elle est encore à la maison, elle fait
           ses études à Compiègne.
        A: Vous travaillez dans quoi ?
        C: Je suis à la verrerie, à Thourotte. Chef d'équipe, en trois-huit. CDI, bien sûr, ça
           fait vingt-neuf ans.
        A: Et votre épouse ?
        C: Elle est au foyer. Elle s'occupe de sa mère, aussi, qui habite à côté.
        A: Merci. Et le revenu du foyer, à peu près ?
        C: Trois mille deux cents par mois, avec les primes.
        A: Un conseiller peut vous rappeler pour l'étude. Quand êtes-vous disponible ?
        C: Cette semaine je suis du matin. Donc l'après-midi. Vendredi après-midi, seize heures ?
        A: Vendredi, seize heures. Sur ce numéro ?
        C: Oui, le fixe. Zéro trois, quarante-quatre, neuf, cinq, un, deux, sept, zéro.
        A: Zéro trois, quarante-quatre, quatre-vingt-quinze, douze, soixante-dix ?
        C: C'est ça.
        A: Merci monsieur Dufossé, bonne fin de journée.
        C: Au revoir, madame.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Gérard",
        client_last_name_data_ia="Dufossé",
        client_phone_number="0344951270",
        client_city_data_ia="Noyon",
        client_address_data_ia="18 rue du Grand Ferré",
        client_postal_code_data_ia="60400",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="120",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="98",
        toiture_data_ia="tuiles",
        orientation_data_ia="est-ouest",
        toit_libre="20m",
        age_mr_data_ia="55",
        age_mme_data_ia="53",
        situation_familiale_data_ia="marié, 1 enfant",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="femme au foyer",
        revenu_data_ia="3200 euros par mois",
        creneau_rappel_data_ia="vendredi après-midi",
        heure_rappel_data_ia="16h",
        **_OWNER,
    ),
    _script(
        "h9_fecamp_locataire_hesite",
        "a tenant in Fécamp ('soixante-seize, quatre cents': 76400) who likes the idea and cannot"
        " decide: 'On loue ... c'est le propriétaire qui décide' (non: Non intéressant), keeps"
        " hesitating ('je ne sais pas, je vais en parler à mon compagnon ... et au proprio'),"
        " agrees to nothing (Non); what she says: Sandrine (said once), 'des panneaux rayonnants"
        " ... électrique' (électrique), 'soixante-dix par mois, peut-être' (70), 'un peu plus de"
        " quatre-vingts' (80), slate, 41, 'en couple, on a un garçon' (en couple, 1 enfant), 'aide"
        " à domicile ... CDI' (CDI), her partner 'marin-pêcheur' (the trade, no status said), the"
        " callback 'je vous rappellerai, moi' ('-')",
        """
        A: Bonjour madame, Thomas, de Normandie Énergie Solaire. Madame Marchal ?
        C: Oui... Bonjour. Ah, c'est pour les panneaux, c'est ça ?
        A: Exactement, suite à votre demande. Vous avez quelques minutes ?
        C: Oui, un peu. Sandrine, c'est moi qui ai cliqué, mais bon... Je ne sais pas si j'ai le
           droit, en fait.
        A: Comment ça ?
        C: Ben, on loue. On est locataires, la maison est à un monsieur du Havre. C'est le
           propriétaire qui décide, pour le toit, non ?
        A: Oui, pour une installation, c'est le propriétaire qui doit donner son accord.
        C: Ah. Je m'en doutais. C'est dommage, parce que l'électricité...
        A: Vous êtes chauffée comment ?
        C: Électrique. Des panneaux rayonnants, que le propriétaire a mis. Ça va, mais ça coûte.
        A: Votre facture, à peu près ?
        C: Soixante-dix par mois, peut-être. Soixante-dix, quatre-vingts l'hiver. Mais on est
           mensualisés à soixante-dix.
        A: Et la maison, elle est à Fécamp même ?
        C: À Fécamp, oui, sur la côte de la Vierge. Soixante-seize, quatre cents.
        A: Elle fait quelle surface ?
        C: Un peu plus de quatre-vingts mètres carrés. Une maison de pêcheur, toute en hauteur.
        A: Et le toit ?
        C: De l'ardoise. Comme toutes les maisons du coin.
        A: Je peux vous demander votre âge ?
        C: Quarante et un ans.
        A: Vous vivez avec votre compagnon, vous disiez ?
        C: Oui, en couple. On a un garçon, il a onze ans.
        A: Vous travaillez ?
        C: Je suis aide à domicile. En CDI, à l'ADMR. Et lui, il est marin-pêcheur, il part des
           fois trois jours.
        A: Si vous voulez, on peut contacter votre propriétaire ?
        C: Je ne sais pas. Je ne sais vraiment pas. Il est un peu... Il ne répond jamais, déjà
           pour la fuite du chauffe-eau... Je vais en parler à mon compagnon, et au proprio.
        A: Je peux vous rappeler dans quelques jours ?
        C: Non, non, attendez... Je vous rappellerai, moi. Si le propriétaire est d'accord. Sinon
           ça ne sert à rien.
        A: Très bien, madame Marchal. Vous avez notre numéro.
        C: Oui. Merci, hein. Au revoir.
        """,
        client="Mme",
        objections="locataire : le propriétaire décide ; elle hésite et rappellera elle-même",
        client_first_name_data_ia="Sandrine",
        client_last_name_data_ia="Marchal",
        client_city_data_ia="Fécamp",
        client_postal_code_data_ia="76400",
        proprietaire_data_ia="non",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="70",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="80",
        toiture_data_ia="ardoises",
        age_mme_data_ia="41",
        situation_familiale_data_ia="en couple, 1 enfant",
        activite_mr_data_ia="marin-pêcheur",
        activite_mme_data_ia="CDI",
        **_LOST,
    ),
    _script(
        "h9_issoudun_charpentier_chantier",
        "a partial call: a roof-framer on a building site near Issoudun ('trente-six, cent':"
        " 36100) who stops after a few answers: owner, 'une chaudière gaz, à condensation' (gaz),"
        " 'Cent quarante ... non, cent cinquante, par mois' (150, the corrected one), tiles 'je les"
        " ai posées moi-même' (tuiles), 'Charpentier. Salarié, chez un artisan' (charpentier:"
        " 'salarié' is no status of the field guide, so the trade), then 'rappelez-moi ce soir,"
        " après dix-neuf heures' (ce soir, 19h) on the number called, never said ('-'); first name"
        " 'Yannick' to the agent's 'c'est Yannick ?', surname from the greeting; no surface,"
        " orientation, age, family or income",
        """
        A: Bonjour monsieur, Margaux, de Berry Énergies Nouvelles. Monsieur Blondeau ?
        C: Ouais ? Attendez, je coupe la scie... Voilà. Oui, Blondeau.
        A: Je vous appelle pour votre demande d'étude de panneaux solaires. C'est Yannick, le
           prénom ?
        C: Yannick, oui. Écoutez, je suis sur un chantier, là, sur un toit. Faites vite.
        A: Bien sûr. Vous êtes propriétaire de la maison ?
        C: Oui, oui. À Issoudun.
        A: Le code postal ?
        C: Trente-six, cent. Comme tout Issoudun.
        A: 36100. Et l'adresse ?
        C: Ça, vous l'avez, je l'ai mise sur le formulaire. Je ne vais pas vous l'épeler d'ici.
        A: Pas de souci. Vous vous chauffez comment ?
        C: Une chaudière gaz. À condensation, on l'a changée l'an dernier.
        A: Et votre facture d'électricité, à peu près ?
        C: Cent quarante... non, cent cinquante. Cent cinquante par mois, ma femme a dit cent
           cinquante.
        A: Et le toit de la maison ?
        C: Des tuiles. Je les ai posées moi-même, c'est mon métier, je sais ce qu'il y a dessus.
        A: Ah, vous êtes dans la toiture ?
        C: Hein ? Attendez, il y a du bruit. Répétez ?
        A: Vous travaillez dans la toiture ?
        C: Oui, enfin, pas tout à fait.
        A: Couvreur ?
        C: Charpentier. Salarié, chez un artisan de Châteauroux. On fait la charpente et souvent
           la couverture avec.
        A: D'accord. Et la maison fait combien de mètres...
        C: Oh, là, le chef m'appelle. Rappelez-moi ce soir, après dix-neuf heures. Là je ne peux
           pas.
        A: Ce soir, après dix-neuf heures, sur ce numéro ?
        C: Oui, ce numéro. Allez, salut.
        A: Merci, bonne journée monsieur Blondeau.
        """,
        client="Mr",
        objections="pas le temps (sur un chantier) : rappel demandé",
        client_first_name_data_ia="Yannick",
        client_last_name_data_ia="Blondeau",
        client_city_data_ia="Issoudun",
        client_postal_code_data_ia="36100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="150",
        mensuelle_annuelle_data_ia="mensuelle",
        toiture_data_ia="tuiles",
        activite_mr_data_ia="charpentier",
        creneau_rappel_data_ia="ce soir",
        heure_rappel_data_ia="19h",
        **_OWNER,
    ),
    _script(
        "h9_autun_refus_beau_frere",
        "a refusal from a retired butcher in Autun: his brother-in-law's panels 'ça ne rapporte"
        " rien', a one-euro insulation that left the loft soaked, 'vous êtes tous pareils', no"
        " callback; what he lets fall: owner, 'On a déjà une pompe à chaleur, elle suffit' (pompe à"
        " chaleur), 'soixante-dix ans ... ma femme aussi, on a le même âge' (70 and 70), 'ancien"
        " boucher ... retraité' (retraité), the bill 'ça ne vous regarde pas' ('-'), 'En lauzes. De"
        " la pierre' (lauzes, stone slabs, as said); Autun from the agent's 'votre maison d'Autun',"
        " not contradicted; surname from the greeting; no first name, no number (Non intéressant)",
        """
        A: Bonjour monsieur, Kevin, de Bourgogne Soleil Habitat. Monsieur Morlet ?
        C: Lui-même. C'est pour quoi ?
        A: Je vous appelle au sujet des panneaux solaires, pour votre maison d'Autun. Une étude
           gratuite, sans engagement.
        C: Gratuite. Tiens donc. Mon beau-frère, il en a mis, des panneaux. Gratuits aussi, on lui
           avait dit. Il a payé dix-huit mille euros et ça ne rapporte rien. Rien !
        A: Chaque installation est différente, monsieur, ça dépend de la maison.
        C: C'est ça. Et l'isolation à un euro, vous connaissez ? On l'a faite, nous. Les gars
           sont venus, ils ont soufflé de la laine dans le grenier, et au premier orage, tout
           était trempé. Vous êtes tous pareils.
        A: Je suis désolé pour cette expérience. Vous avez fait une réclamation ?
        C: Une réclamation ? L'entreprise a disparu. Liquidée, plus personne au téléphone.
        A: Je comprends votre méfiance. Vous êtes propriétaire de votre maison ?
        C: Oui, je suis propriétaire, sinon on ne m'aurait pas vendu l'isolation.
        A: Et votre chauffage, c'est quoi ?
        C: On a déjà une pompe à chaleur, elle suffit. Je n'ai besoin de rien.
        A: Les panneaux, justement, alimenteraient la pompe à chaleur.
        C: Et la facture, elle baisse quand ? Dans vingt ans ? Je connais la chanson.
        A: Et votre facture d'électricité, elle est de combien ?
        C: Ça, c'est ma femme qui gère. Et de toute façon, ça ne vous regarde pas.
        A: Le toit, vous savez en quoi il est ?
        C: En lauzes. De la pierre. Vous voulez mettre vos panneaux sur des lauzes, vous ? Le
           couvreur vous rira au nez.
        A: On peut regarder avec un technicien...
        C: Non. J'ai soixante-dix ans, ma femme aussi, on a le même âge. On ne va pas se lancer
           là-dedans maintenant.
        A: Vous travailliez dans quoi, monsieur Morlet, si ce n'est pas indiscret ?
        C: Ancien boucher. Quarante ans de boucherie, rue aux Cordiers. Retraité, maintenant, et
           tranquille. Alors laissez-moi tranquille.
        A: Je peux vous envoyer une documentation, sans engagement ?
        C: Non. Pas de papiers, pas de rappel. Et retirez mon numéro, s'il vous plaît.
        A: C'est noté, monsieur Morlet. Je vous souhaite une bonne journée.
        C: Au revoir.
        """,
        client="Mr",
        objections=(
            "non intéressé ; les panneaux du beau-frère ne rapportent rien ; mauvaise expérience"
            " de l'isolation à un euro ; toit en lauzes ; trop âgés ; refuse documentation et"
            " rappel"
        ),
        client_last_name_data_ia="Morlet",
        client_city_data_ia="Autun",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        toiture_data_ia="lauzes",
        age_mr_data_ia="70",
        age_mme_data_ia="70",
        activite_mr_data_ia="retraité",
        **_LOST,
    ),
    _script(
        "h9_limoges_porcelainier_veuf",
        "a widower in Limoges ('au quartier de Landouge'; 'quatre-vingt-sept mille cent': 87100)"
        " who gives his first name only at the end ('notez Marcel'): 'la chaudière gaz' with 'une"
        " clim réversible dans la chambre, pour l'été et l'intersaison' (gaz), 'soixante-quinze"
        " euros. Par mois' (75), 'quatre-vingt-dix' (90), tiles, 'à midi pile, le soleil est juste"
        " dessus' (sud), 'deux chiens-assis ... Moins de vingt, sûrement' (moins de 20m), 76, 'veuf"
        " ... deux enfants' (veuf, 2 enfants), 'porcelainier, chez Haviland ... à la retraite'"
        " (retraité), 'mille neuf cents par mois' (1900 euros par mois), Tuesday morning 'pas avant"
        " dix heures' (mardi matin, 10h), his landline then his daughter's mobile (tel2)",
        """
        A: Bonjour monsieur, Anaïs, de Limousin Énergie Solaire. Monsieur Dupeyrat ?
        C: Oui, oui. Parlez fort, hein, je n'entends plus très bien de ce côté.
        A: Je vous appelle pour les panneaux solaires, suite à la demande d'étude.
        C: Ah oui. C'est ma fille qui l'a faite, sur son téléphone. Moi, je ne sais pas faire
           tout ça. Mais c'est ma maison, hein, j'en suis propriétaire.
        A: Très bien. Vous êtes à Limoges ?
        C: À Limoges, au quartier de Landouge. Près de l'église.
        A: Et le code postal ?
        C: Quatre-vingt-sept mille cent.
        A: 87100. L'adresse ?
        C: Cinq, rue des Vignes. Pas loin de la boulangerie.
        A: Comment vous vous chauffez ?
        C: La chaudière gaz, depuis toujours. Et ma fille m'a fait mettre une clim réversible dans
           la chambre, pour l'été et l'intersaison. Mais c'est la chaudière qui chauffe.
        A: Et votre facture d'électricité ?
        C: Euh... Attendez. Soixante-quinze euros. Par mois.
        A: La maison fait quelle surface ?
        C: Quatre-vingt-dix. On l'a achetée en soixante-quinze, ma femme et moi.
        A: Et le toit ?
        C: Des tuiles. Rouges, les tuiles.
        A: Vous savez comment il est orienté ?
        C: Ah ça... Je sais qu'à midi pile, le soleil est juste dessus, au-dessus du jardin de
           devant. Ma femme mettait ses tomates là, c'était le meilleur coin.
        A: Plein sud, alors.
        C: Sûrement, oui.
        A: Et il y a de la place sur le toit, une vingtaine de mètres carrés libres ?
        C: Il y a deux chiens-assis, sur ce côté. Et la cheminée. Moins de vingt, sûrement. Je ne
           sais pas trop.
        A: D'accord. Je peux vous demander votre âge ?
        C: Soixante-seize ans.
        A: Vous vivez seul ?
        C: Je suis veuf, depuis quatre ans. J'ai deux enfants. Ma fille passe tous les jours.
        A: Et vous travailliez dans quoi ?
        C: J'étais porcelainier, chez Haviland. Trente-huit ans au four. Je suis à la retraite
           depuis... longtemps.
        A: Et le revenu, à peu près ?
        C: Avec la réversion, mille neuf cents par mois.
        A: Merci. Un conseiller peut vous rappeler. Quand est-ce que ça vous va ?
        C: Mardi. Le matin, mais pas avant dix heures, je fais mes courses.
        A: Mardi matin, dix heures. Sur quel numéro ?
        C: Le fixe : zéro cinq, cinquante-cinq, trente-huit, quarante, quatre-vingt-deux. Et
           mettez celui de ma fille, aussi : zéro six, dix-neuf, soixante-dix, vingt-cinq,
           quarante-trois.
        A: C'est noté. Et votre prénom, monsieur Dupeyrat ?
        C: Oh, pardon. Notez Marcel. Marcel Dupeyrat.
        A: Merci, monsieur Dupeyrat. Bonne journée.
        C: Au revoir, mademoiselle.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Marcel",
        client_last_name_data_ia="Dupeyrat",
        client_phone_number="0555384082",
        client_city_data_ia="Limoges",
        client_address_data_ia="5 rue des Vignes",
        client_postal_code_data_ia="87100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="75",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="90",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="moins de 20m",
        age_mr_data_ia="76",
        situation_familiale_data_ia="veuf, 2 enfants",
        activite_mr_data_ia="retraité",
        revenu_data_ia="1900 euros par mois",
        tel2_data_ia="0619702543",
        creneau_rappel_data_ia="mardi matin",
        heure_rappel_data_ia="10h",
        **_OWNER,
    ),
    _script(
        "h9_chambray_jeunes_parents",
        "a maths teacher who moved six months ago from Tours centre to Chambray-lès-Tours ('juste"
        " en dessous de Tours'; 'trente-sept, cent soixante-dix': 37170): the address on file is"
        " the old flat (adresse_modifiee 1, the new address), 'une PAC air-air ... des clims, quoi,"
        " dans chaque pièce' (pompe à chaleur), 'autour de quatre-vingt-dix par mois' (90), 'cent"
        " douze' (112), slate, 'le jardin est plein sud et le grand pan donne sur le jardin' (sud),"
        " 'un velux, mais il reste au moins vingt-cinq mètres' (20m), 31 and her partner 'deux ans"
        " de plus' (33), 'pacsés, avec un bébé de huit mois' (pacsée, 1 enfant), 'prof de maths au"
        " collège ... Titulaire, enfin, fonctionnaire' (fonctionnaire), he 'développeur, en"
        " freelance depuis deux ans' (indépendant depuis 2 ans), 'quatre mille huit cents par mois"
        " à deux' (4800 euros par mois), Saturday 'onze heures' (samedi, 11h), her mobile and her"
        " partner's (tel2); first name 'Élodie' said once",
        """
        A: Bonjour madame, Romain, de Touraine Solaire. Je suis bien chez madame Berthier ?
        C: Oui, c'est moi. Attendez, je pose le petit... Voilà. Oui ?
        A: C'est au sujet de votre demande d'étude pour des panneaux solaires.
        C: Ah oui ! Oui, on attendait votre appel. Élodie Berthier, c'est bien moi.
        A: Je vois une adresse rue Colbert, à Tours. C'est bien ça ?
        C: Non, ça c'est l'ancienne, l'appartement. On a déménagé il y a six mois. On a acheté une
           maison à Chambray-lès-Tours, juste en dessous de Tours.
        A: Très bien, je corrige. L'adresse exacte ?
        C: Douze, allée des Tilleuls. À Chambray. Trente-sept, cent soixante-dix.
        A: 37170. Donc vous êtes propriétaires ?
        C: Oui, enfin, nous et la banque, pour vingt-cinq ans. Mais oui.
        A: Comment est chauffée la maison ?
        C: Il y a une PAC air-air. Des clims, quoi, dans chaque pièce, qui font le chaud l'hiver.
           Les anciens propriétaires l'avaient installée.
        A: Et votre facture d'électricité ?
        C: On est autour de quatre-vingt-dix par mois. Mais on n'a pas encore passé un hiver
           complet, donc...
        A: La surface de la maison ?
        C: Cent douze mètres carrés. Sur deux niveaux.
        A: Et le toit ?
        C: De l'ardoise. Comme tout le monde en Touraine.
        A: Vous savez comment il est orienté ?
        C: Le jardin est plein sud, c'est pour ça qu'on a craqué. Et le grand pan donne sur le
           jardin, du même côté.
        A: Et il y a au moins vingt mètres carrés libres ?
        C: Il y a un velux, mais il reste au moins vingt-cinq mètres, facilement.
        A: Parfait. Je peux vous demander votre âge ?
        C: Trente et un ans.
        A: Et votre conjoint ?
        C: Il a deux ans de plus. On est pacsés, avec un bébé de huit mois. Que vous entendez,
           d'ailleurs.
        A: Vous travaillez ?
        C: Je suis prof de maths au collège, à Joué. Titulaire, enfin, fonctionnaire, quoi.
        A: Et votre conjoint ?
        C: Il est développeur. Informatique. En freelance depuis deux ans, il travaille de la
           maison.
        A: Pour les aides, le revenu du foyer ?
        C: Euh... quatre mille huit cents par mois à deux, à peu près. Ça varie, avec ses
           missions.
        A: Merci. Quand est-ce qu'un conseiller peut vous rappeler ?
        C: Samedi, on est là tous les deux. Onze heures, après la sieste du matin.
        A: Samedi, onze heures. Sur quel numéro ?
        C: Le mien : zéro six, soixante-trois, quatorze, vingt-neuf, zéro cinq. Et celui de
           Julien, mon conjoint : zéro six, quatre-vingt-dix-huit, vingt et un, trente-six,
           cinquante-sept.
        A: Parfait, merci madame Berthier. Bonne journée.
        C: Merci, au revoir !
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Élodie",
        client_last_name_data_ia="Berthier",
        client_phone_number="0663142905",
        client_city_data_ia="Chambray-lès-Tours",
        client_address_data_ia="12 allée des Tilleuls",
        client_postal_code_data_ia="37170",
        adresse_modifiee="1",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="90",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="112",
        toiture_data_ia="ardoises",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="33",
        age_mme_data_ia="31",
        situation_familiale_data_ia="pacsée, 1 enfant",
        activite_mr_data_ia="indépendant depuis 2 ans",
        activite_mme_data_ia="fonctionnaire",
        revenu_data_ia="4800 euros par mois",
        tel2_data_ia="0698213657",
        creneau_rappel_data_ia="samedi",
        heure_rappel_data_ia="11h",
        **_OWNER,
    ),
    _script(
        "h9_manosque_cadarache",
        "an engineer at Cadarache living in Manosque ('zéro quatre, cent': 04100): 'Les radiateurs"
        " électriques, c'est le principal' and 'une cheminée qu'on allume le soir' (électrique),"
        " 'cent soixante-dix par mois, l'hiver' (170), 'cent trente-cinq' (135), Provençal tiles"
        " (tuiles), 'le soleil se lève juste en face du grand pan, derrière la colline' (est), 'une"
        " bonne trentaine de mètres' (20m), 50 and his wife 'un an de moins' (49), 'mariés, trois"
        " enfants, dont deux encore à la maison' (marié, 3 enfants), 'ingénieur au CEA ... CDI'"
        " (CDI), she 'au chômage depuis la rentrée' (au chômage), 'quatre mille deux cents par"
        " mois' (4200 euros par mois), Wednesday 'en fin d'après-midi, dix-sept heures' (mercredi"
        " fin d'après-midi, 17h); his first name 'Olivier' when he spells Aubanel",
        """
        A: Bonjour monsieur, Léa, de Provence Énergie Solaire. Monsieur Aubanel ?
        C: Oui, bonjour. Aubanel, A, U, B, A, N, E, L. Olivier. Vous appelez pour les panneaux ?
        A: Oui, exactement. Vous avez quelques minutes ?
        C: J'ai dix minutes avant une réunion. Ça devrait aller.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui, depuis deux mille dix.
        A: Elle est à Manosque ?
        C: À Manosque, oui, sur les hauteurs, côté Toutes Aures.
        A: Le code postal ?
        C: Zéro quatre, cent. 04100.
        A: Et l'adresse ?
        C: Trente et un, chemin de la Thomassine.
        A: Comment vous chauffez-vous ?
        C: Alors, les radiateurs électriques, c'est le principal. Et on a une cheminée qu'on
           allume le soir, pour l'ambiance, surtout. Mais ça ne chauffe pas la maison.
        A: Votre facture d'électricité ?
        C: Cent soixante-dix par mois, l'hiver. L'été, c'est moins, mais on est mensualisés à
           peu près là-dessus.
        A: Cent soixante-dix par mois. La surface ?
        C: Cent trente-cinq mètres carrés.
        A: Et le toit ?
        C: Des tuiles, les tuiles provençales, rondes. Avec la génoise.
        A: Vous connaissez l'orientation ?
        C: Euh... Le matin, le soleil se lève juste en face du grand pan, derrière la colline.
           On le voit de la chambre. L'après-midi, ce pan-là est à l'ombre.
        A: Donc le grand pan regarde vers l'est.
        C: Oui, l'est. Il y a l'autre pan, mais il est petit.
        A: Et sur le grand pan, combien de place libre ?
        C: Une bonne trentaine de mètres, je pense. Rien dessus.
        A: Merci. Votre âge ?
        C: Cinquante ans. Depuis le mois dernier.
        A: Et votre épouse ?
        C: Un an de moins. On est mariés, on a trois enfants, dont deux encore à la maison.
        A: Vous travaillez à Cadarache, peut-être ?
        C: Oui, au CEA. Ingénieur, en CDI. Comme la moitié de Manosque.
        A: Et votre épouse ?
        C: Elle est au chômage depuis la rentrée. Elle était dans une agence de voyages, qui a
           fermé. Elle cherche.
        A: Et le revenu du foyer ?
        C: Avec ses allocations... quatre mille deux cents par mois.
        A: Merci. Un conseiller peut vous rappeler, quand est-ce que ça vous arrange ?
        C: Mercredi, en fin d'après-midi. Dix-sept heures, je serai rentré.
        A: Mercredi, dix-sept heures. Sur ce numéro ?
        C: Oui, mon portable. Zéro six, zéro neuf, cinquante-huit, trente-quatre, vingt-sept.
        A: Zéro six, zéro neuf, cinquante-huit, trente-quatre, vingt-sept. Merci monsieur Aubanel.
        C: Merci. Au revoir.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Olivier",
        client_last_name_data_ia="Aubanel",
        client_phone_number="0609583427",
        client_city_data_ia="Manosque",
        client_address_data_ia="31 chemin de la Thomassine",
        client_postal_code_data_ia="04100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="170",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="135",
        toiture_data_ia="tuiles",
        orientation_data_ia="est",
        toit_libre="20m",
        age_mr_data_ia="50",
        age_mme_data_ia="49",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="au chômage",
        revenu_data_ia="4200 euros par mois",
        creneau_rappel_data_ia="mercredi fin d'après-midi",
        heure_rappel_data_ia="17h",
        **_OWNER,
    ),
    _script(
        "h9_saint_valery_propane",
        "a gîte keeper at Saint-Valery-sur-Somme ('dans la baie'; 'quatre-vingt, deux cent"
        " trente': 80230) who spells her first name ('Ghislaine, avec un H après le G'): 'le gaz,"
        " mais en citerne, du propane' with 'un poêle à bois' (gaz), 'plus de cent par mois, ça"
        " c'est sûr' (plus_de_100, mensuelle), 'cent vingt pour nous, sans le gîte' (120), slate,"
        " the orientation 'aucune idée' and free roof space not known ('-'), 57 and her husband 63,"
        " married with a daughter (mariée, 1 enfant), 'auto-entrepreneuse ... depuis cinq ans'"
        " (indépendante depuis 5 ans), he 'pompier professionnel ... retraité' (retraité), income"
        " 'ça dépend des saisons' ('-'), 'en semaine, le matin' and 'vers neuf heures' (en semaine"
        " le matin, 9h)",
        """
        A: Bonjour madame, Maxime, de Côte d'Opale Solaire. Madame Caudron ?
        C: Oui, bonjour ! Excusez-moi, j'étends le linge du gîte. Je vous écoute.
        A: Je vous appelle pour votre demande d'étude de panneaux solaires.
        C: Ah, très bien. Oui, ça fait un moment qu'on y pense.
        A: Votre prénom, madame Caudron ?
        C: Ghislaine. Avec un H après le G. G, H, I, S, L, A, I, N, E.
        A: Merci. Vous êtes propriétaire ?
        C: Oui, de la maison et du gîte à côté. Tout est à nous.
        A: Et vous êtes où exactement ?
        C: À Saint-Valery-sur-Somme. Dans la baie, en haut de la ville, près de la porte
           Guillaume.
        A: Le code postal ?
        C: Quatre-vingt, deux cent trente.
        A: 80230. L'adresse ?
        C: Quatre, rue de la Ferté.
        A: Comment vous chauffez-vous ?
        C: Au gaz, mais en citerne. Du propane, on n'a pas le gaz de ville là-haut. Et un poêle à
           bois dans le salon, que mon mari adore.
        A: Et votre facture d'électricité, à peu près ?
        C: Oh, je ne sais pas exactement. Plus de cent par mois, ça c'est sûr. Avec les
           machines du gîte...
        A: Plus de cent euros par mois. La surface de la maison ?
        C: Cent vingt pour nous, sans le gîte. Le gîte, c'est quarante de plus, mais il est à
           part.
        A: Et le toit ?
        C: De l'ardoise. C'est une maison de capitaine, elles sont toutes en ardoise ici.
        A: Vous savez comment il est orienté ?
        C: Aucune idée. Mon mari vous dirait. Moi, je ne sais pas où est le nord.
        A: Et la place libre sur le toit ?
        C: Je ne sais pas non plus. Le conseiller verra bien en venant.
        A: Bien sûr. Votre âge, madame ?
        C: Cinquante-sept ans.
        A: Et votre mari ?
        C: Soixante-trois. On est mariés, on a une fille, elle vit à Lille.
        A: Vous travaillez ?
        C: Je tiens le gîte. Je suis auto-entrepreneuse, depuis cinq ans.
        A: Et votre mari ?
        C: Il était pompier professionnel, à Abbeville. Il est retraité, maintenant. Il fait les
           travaux du gîte.
        A: Et le revenu du foyer, approximativement ?
        C: Oh, ça dépend des saisons. L'été, ça va, l'hiver... Je ne saurais pas vous dire un
           chiffre.
        A: Pas de souci. Quand est-ce qu'un conseiller peut vous rappeler ?
        C: En semaine, le matin. Avant les arrivées. Vers neuf heures, c'est bien.
        A: En semaine, le matin, neuf heures. Sur quel numéro ?
        C: Zéro six, soixante-quatorze, trente-huit, zéro un, quatre-vingt-six.
        A: Zéro six, soixante-quatorze, trente-huit, zéro un, quatre-vingt-six. Merci, madame.
        C: Merci, au revoir !
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Ghislaine",
        client_last_name_data_ia="Caudron",
        client_phone_number="0674380186",
        client_city_data_ia="Saint-Valery-sur-Somme",
        client_address_data_ia="4 rue de la Ferté",
        client_postal_code_data_ia="80230",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="plus_de_100",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="120",
        toiture_data_ia="ardoises",
        age_mr_data_ia="63",
        age_mme_data_ia="57",
        situation_familiale_data_ia="mariée, 1 enfant",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="indépendante depuis 5 ans",
        creneau_rappel_data_ia="en semaine le matin",
        heure_rappel_data_ia="9h",
        **_OWNER,
    ),
)


# A tenth held-out set (names ``h10_*``), written after HELD_OUT_9, by someone who read only
# this module's format, docs/quality.md's gold conventions and messages/lead.py: never the
# extractors, and none of them was run on it. Again a call centre's ordinary day, written
# fresh, in towns no earlier set used (Cusset, Bordeaux, Verdun, Aureilhan, Gap, Provins,
# Langres, Orthez, Limoux, Alès, Nevers, Voiron): nine owners, a partial call from a nursery
# nurse at work who asks for Friday noon, a refusal (three canvassing calls a day, a
# neighbour's twenty-year loan and a dead inverter, a north-facing slate roof, 'on ne signe
# rien au téléphone'), and a tenant. Heating said by its technology ('radiateurs à
# accumulation', 'une chaudière murale au gaz', 'au mazout', 'une chaudière à granulés', 'une
# pompe à chaleur géothermique', 'un plancher rayonnant électrique', 'un poêle de masse', 'par
# aérothermie'); towns beside a bigger one (Cusset by Vichy, Aureilhan by Tarbes), by a
# district (Caudéran in Bordeaux, Rochebelle in Alès) or a hamlet (Romette in Gap), and a
# move from Longueville to Provins; postal codes in pairs, as thousands, as 'zéro cinq
# mille', confirmed from the agent or corrected; a surname spelt, a surname that is a first
# name (monsieur Vincent), a first name the agent gets wrong (Johann for Jonathan), one said
# as a nickname ('Fred. Frédéric, enfin'), one with a diaeresis and one given at the very
# end; a house number corrected and a 'bis'; a phone number in the file with a typo, one
# digit pair corrected, landlines as second numbers; bills as amounts, a band said per month,
# a yearly bill from the January invoice, a figure the wife corrects; ages relative to the
# spouse and a building year that is not an age; a partner who takes the phone to give her
# own job and age; slots 'deux heures et demie' (14h30), 'demain soir', Saturday instead of
# Sunday; jobs as trades with and without a status (a croupier, a court clerk, a quarry
# machine driver, a piano teacher, a mountain guide, an ATSEM, a prison officer, an optician,
# a hospital kitchen hand on fixed-term contracts, a shift operator at Lacq, an estate agent,
# a mobile beautician, a nursery nurse, a warehouse picker). The gold is what a careful human
# fills from each call; where a value is debatable, the summary says why. Nobody tunes on it:
# never rendered, never part of ``FULL`` or ``SUBSET``; ``python -m
# benchmarks.extraction_quality --held-out 10`` scores it from its reference text.
HELD_OUT_10: tuple[Script, ...] = (
    _script(
        "h10_cusset_croupier",
        "a croupier at Cusset ('c'est à côté de Vichy, mais c'est Cusset'; 'zéro trois, trois"
        " cents': 03300) who corrects his house number ('Au vingt-six... non, pardon,"
        " vingt-huit': 28) and gives his first name only at the end: 'radiateurs à accumulation'"
        " (électrique), 'cent dix-huit euros par mois' (118), 102 m², mechanical tiles, the"
        " neighbour next door 'plein sud ... les maisons sont tournées dans le même sens' (sud),"
        " 'une douzaine de mètres ... sur quatre mètres, rien dessus' (20m), 51 and his wife"
        " 'trois ans de moins' (48), married with two daughters, 'croupier ... en CDI' (CDI), she"
        " 'greffière au tribunal ... Fonctionnaire' (fonctionnaire), 'trois mille sept cents par"
        " mois' (3700 euros par mois), 'mardi, en fin de matinée ... onze heures et quart'"
        " (mardi fin de matinée, 11h15), his mobile then the landline (tel2)",
        """
        A: Bonjour monsieur, Léonie, d'Allier Énergie Rénovation. Je suis bien chez monsieur
           Vernet ?
        C: Oui, c'est moi. Si c'est pour vendre quelque chose, je vous arrête tout de suite.
        A: Rien à vendre aujourd'hui, monsieur : vous avez laissé vos coordonnées sur notre site
           pour une étude de panneaux solaires, je vous rappelle pour la préparer. Vous avez
           quelques minutes ?
        C: Ah, c'est vous. Oui, oui, j'ai rempli ça dimanche. Allez-y, je ne commence qu'à
           dix-neuf heures, j'ai le temps.
        A: Merci. Vous êtes bien propriétaire de la maison ?
        C: Propriétaire, oui. Enfin, avec la banque, encore huit ans de crédit.
        A: Et la maison, c'est bien à Vichy ?
        C: Non, Cusset. C'est à côté de Vichy, mais c'est Cusset. Tout le monde confond.
        A: Pardon. Le code postal, alors ?
        C: Zéro trois, trois cents. Vichy, c'est deux cents, nous c'est trois cents.
        A: 03300. Et le numéro et la rue ?
        C: Au vingt-six... non, pardon, vingt-huit. Vingt-huit, rue des Vignerons. Le vingt-six,
           c'était l'appartement d'avant, je mélange encore.
        A: 28 rue des Vignerons, à Cusset. Comment vous chauffez-vous ?
        C: À l'électricité. On a encore les vieux radiateurs à accumulation, ceux qui chargent
           la nuit, en heures creuses. Ils pèsent une tonne chacun.
        A: Et votre facture d'électricité, elle est de combien ?
        C: Cent dix-huit euros par mois. C'est prélevé, je le vois passer sur le compte.
        A: Cent dix-huit par mois. Et la surface de la maison ?
        C: Cent deux mètres carrés. Tout sur un seul niveau.
        A: Le toit, c'est de la tuile ?
        C: De la tuile mécanique, oui. Rouge.
        A: Vous savez comment il est orienté ?
        C: Alors, le voisin d'à côté a posé des panneaux l'an dernier, et il m'a dit que son
           toit était plein sud. Le mien, c'est le même : les maisons sont pareilles, tournées
           dans le même sens, c'est le même constructeur.
        A: Plein sud, donc, vous aussi. Et il y a de la place libre sur ce pan ?
        C: Il fait toute la longueur de la maison, une douzaine de mètres, et il descend sur
           quatre mètres à peu près. Il n'y a rien dessus, même pas une antenne.
        A: Parfait. Je peux vous demander votre âge ?
        C: Cinquante et un ans.
        A: Et vous vivez en couple ?
        C: Marié. Ma femme a trois ans de moins que moi. Et on a deux filles : la grande fait
           ses études à Clermont, la petite est encore au lycée.
        A: Vous travaillez dans quoi, si ce n'est pas indiscret ?
        C: Je suis croupier. Au casino de Vichy, en CDI, depuis dix-neuf ans. Je travaille la
           nuit, d'où les horaires.
        A: Et votre épouse ?
        C: Elle est greffière au tribunal, ici, à Cusset. Fonctionnaire.
        A: Pour voir à quelles aides vous avez droit, le revenu du foyer, environ ?
        C: Trois mille sept cents par mois, à nous deux. Net.
        A: Merci. Un conseiller va vous rappeler pour l'étude. Quel moment vous arrange ?
        C: Le matin, je dors. Disons... mardi, en fin de matinée ? Onze heures et quart, je
           serai réveillé et j'aurai bu mon café.
        A: Mardi, en fin de matinée, à onze heures et quart. Sur quel numéro ?
        C: Mon portable : zéro six, quarante et un, soixante-trois, vingt-deux,
           quatre-vingt-dix.
        A: Zéro six, quarante et un, soixante-trois, vingt-deux, quatre-vingt-dix. Vous avez un
           autre numéro ?
        C: Le fixe de la maison, si je ne décroche pas : zéro quatre, soixante-dix,
           quatre-vingt-dix-huit, douze, cinquante-cinq.
        A: C'est noté. Et votre prénom, monsieur Vernet ? Il ne figure pas sur la demande.
        C: Patrice. Patrice Vernet.
        A: Merci monsieur Vernet, à mardi.
        C: Au revoir, madame.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Patrice",
        client_last_name_data_ia="Vernet",
        client_phone_number="0641632290",
        client_city_data_ia="Cusset",
        client_address_data_ia="28 rue des Vignerons",
        client_postal_code_data_ia="03300",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="118",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="102",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="51",
        age_mme_data_ia="48",
        situation_familiale_data_ia="marié, 2 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="fonctionnaire",
        revenu_data_ia="3700 euros par mois",
        tel2_data_ia="0470981255",
        creneau_rappel_data_ia="mardi fin de matinée",
        heure_rappel_data_ia="11h15",
        **_OWNER,
    ),
    _script(
        "h10_bordeaux_cauderan_kine",
        "a physiotherapist in Bordeaux ('quartier de Caudéran, derrière le parc Bordelais';"
        " 'trente-trois, deux cents': 33200) whose form had a wrong mobile: the agent called the"
        " practice and she gives the right one ('c'est un zéro sept, pas un zéro six': main"
        " 0768123409, no second number), first name 'Anne-Laure, avec un tiret': 'une chaudière"
        " murale, au gaz' (gaz), 'Entre quatre-vingts et cent euros par mois' (entre 80 et 100,"
        " mensuelle), 'soixante-dix en bas ... cent dix en tout' after raising the roof (110),"
        " 'tuiles canal', 'une sur la rue, à l'est, et une sur le jardin, à l'ouest' (est-ouest),"
        " free roof space never asked ('-'), 39 and her husband 41, married with three children"
        " ('dont des jumeaux'), 'En libéral, installée à mon compte depuis huit ans' (indépendante"
        " depuis 8 ans), he 'ingénieur dans l'aéronautique ... En CDI' (CDI), 'Cinquante-huit"
        " mille par an' (58000 euros par an), Wednesday afternoon 'Quinze heures trente'",
        """
        A: Bonjour madame, Baptiste, d'Aquitaine Toit Solaire. Madame Dufau ?
        C: Oui, c'est moi. Attendez, je ferme la porte du cabinet... Voilà, je vous écoute.
        A: Je vous appelle pour votre demande d'étude pour des panneaux solaires. Vous avez cinq
           minutes ?
        C: Cinq, pas plus, j'ai un patient à moins le quart. Mais comment vous avez eu ce
           numéro ? C'est le cabinet, ici.
        A: Le portable que vous avez mis sur la demande ne passait pas, alors j'ai pris celui du
           cabinet, qui était dans le message. J'ai le 06 68 12 34 09.
        C: Ah, c'est une faute de frappe. C'est un zéro sept, pas un zéro six. Zéro sept,
           soixante-huit, douze, trente-quatre, zéro neuf.
        A: 07 68 12 34 09, je corrige. Et votre prénom ?
        C: Anne-Laure. Avec un tiret, c'est un seul prénom.
        A: Merci. Vous êtes propriétaire de votre maison ?
        C: Oui, avec mon mari. On a acheté une échoppe il y a six ans.
        A: À Bordeaux ?
        C: À Bordeaux, quartier de Caudéran. Derrière le parc Bordelais.
        A: Le code postal, c'est ?
        C: Trente-trois, deux cents.
        A: 33200. Et la rue ?
        C: Quatorze, rue des Iris.
        A: Comment vous vous chauffez ?
        C: Au gaz. Une chaudière murale, dans la cuisine, qui a bien quinze ans.
        A: Et votre facture d'électricité, à peu près ?
        C: Je ne sais pas au centime... Entre quatre-vingts et cent euros par mois, je dirais.
           C'est mon mari qui regarde les comptes.
        A: Entre quatre-vingts et cent, par mois. La surface de la maison ?
        C: Soixante-dix en bas, à l'origine. On a fait surélever, alors maintenant, cent dix en
           tout.
        A: Et le toit, il est en quoi ?
        C: En tuiles. Des tuiles canal, sur la partie surélevée aussi.
        A: Vous savez comment il est orienté ?
        C: C'est une échoppe, le toit a deux pentes : une sur la rue, à l'est, et une sur le
           jardin, à l'ouest. Le soleil passe de l'une à l'autre dans la journée.
        A: Est et ouest, très bien. Votre âge, madame ?
        C: Trente-neuf ans.
        A: Et votre mari ?
        C: Quarante et un. On est mariés, on a trois enfants. Dont des jumeaux, alors la maison
           est vite devenue petite.
        A: Vous travaillez au cabinet, donc ?
        C: Je suis kinésithérapeute. En libéral, installée à mon compte depuis huit ans, avec
           deux associées.
        A: Et votre mari ?
        C: Il est ingénieur dans l'aéronautique, à Mérignac. En CDI.
        A: Le revenu du foyer, approximativement ?
        C: Cinquante-huit mille par an, à peu près, à nous deux. Le mien varie pas mal.
        A: Merci. Un conseiller peut vous rappeler pour la visite. Quand est-ce que ça vous
           arrange ?
        C: Le mercredi après-midi, je ne consulte pas. Quinze heures trente ?
        A: Mercredi après-midi, quinze heures trente, sur le 07 68 12 34 09.
        C: C'est ça. Mon patient arrive, je vous laisse.
        A: Merci madame Dufau, bonne journée.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Anne-Laure",
        client_last_name_data_ia="Dufau",
        client_phone_number="0768123409",
        client_city_data_ia="Bordeaux",
        client_address_data_ia="14 rue des Iris",
        client_postal_code_data_ia="33200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="entre 80 et 100",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="110",
        toiture_data_ia="tuiles",
        orientation_data_ia="est-ouest",
        age_mr_data_ia="41",
        age_mme_data_ia="39",
        situation_familiale_data_ia="mariée, 3 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="indépendante depuis 8 ans",
        revenu_data_ia="58000 euros par an",
        creneau_rappel_data_ia="mercredi après-midi",
        heure_rappel_data_ia="15h30",
        **_OWNER,
    ),
    _script(
        "h10_verdun_mazout",
        "a retired quarry machine driver in Verdun, hard of hearing, whose grandson filled in"
        " the form (Mathéo: not the client), surname spelt by the agent and confirmed"
        " ('Thiébaut, T, H, I, É...'), first name 'Roland'; 'Depuis soixante-quatorze' is the"
        " year they built, not an age; 'Trois bis, rue des Tanneurs' (3 bis rue des Tanneurs),"
        " 'Cinquante-cinq mille cent' (55100), 'une chaudière au mazout' (fioul), the bill"
        " 'Cinquante-sept' corrected by his wife to 'soixante-sept euros par mois' (67), 125 m²,"
        " mechanical tiles, the grandson's satellite photo 'plein sud' (sud), 'au moins vingt ...,"
        " facilement' (20m), 73 and his wife 71, married with four children (the grandchildren"
        " add nothing), 'Retraité depuis ... treize ans' (retraité), 'Elle est au foyer' (femme"
        " au foyer), 'deux mille six cents. Par mois', Thursday afternoon 'pas avant deux heures"
        " et demie' (jeudi après-midi, 14h30), the landline first, then his wife's mobile (tel2)",
        """
        A: Bonjour monsieur, Capucine, de Meuse Argonne Solaire. Monsieur Thiébaut ?
        C: Oui, oui, c'est ici. Parlez fort, mademoiselle, je n'entends plus très bien de cette
           oreille.
        A: Bonjour monsieur Thiébaut ! Je vous appelle pour les panneaux solaires. Votre
           petit-fils nous a envoyé une demande pour vous.
        C: Ah, c'est Mathéo qui a fait ça ? Il m'en a parlé, oui. Il dit qu'avec ma retraite,
           il faut que je fasse des économies. Alors allez-y.
        A: Je vérifie votre nom : Thiébaut, T, H, I, É, B, A, U, T ?
        C: C'est ça. Avec le H, oui. Et le prénom, c'est Roland.
        A: Merci, monsieur. Vous êtes propriétaire de la maison ?
        C: Depuis soixante-quatorze. On l'a fait construire, avec ma femme.
        A: Et l'adresse ?
        C: Trois bis, rue des Tanneurs. À Verdun.
        A: Le code postal, c'est bien le 55100 ?
        C: Cinquante-cinq mille cent, oui. Ça n'a pas changé depuis le temps.
        A: Comment vous vous chauffez ?
        C: Au mazout. Une chaudière au mazout, dans la cave. La cuve coûte les yeux de la tête,
           mais c'est chaud.
        A: Et la facture d'électricité, à part le mazout ?
        C: L'électricité... Cinquante-sept. Attendez, je demande à ma femme. Germaine !
           L'électricité, c'est combien ? ... Elle dit soixante-sept. Soixante-sept euros par
           mois, pardon, c'est elle qui a raison, c'est elle qui paie.
        A: Soixante-sept par mois. La maison fait combien de mètres carrés ?
        C: Cent vingt-cinq. Avec les chambres en haut.
        A: Et le toit, il est en quoi ?
        C: En tuiles. Des tuiles mécaniques, refaites il y a dix ans.
        A: Vous savez de quel côté il est orienté ?
        C: Le petit-fils a regardé sur l'ordinateur, avec la photo du satellite. Il dit que le
           grand pan, derrière, est plein sud.
        A: Plein sud, parfait. Et il y a au moins vingt mètres carrés de libres dessus ?
        C: Oh, au moins, oui, facilement. Il n'y a que la cheminée, et elle est de l'autre
           côté.
        A: Je peux vous demander votre âge ?
        C: Soixante-treize ans. Et ma femme, soixante et onze.
        A: Vous êtes mariés ?
        C: Mariés depuis cinquante ans, oui. Les noces d'or l'an passé. Quatre enfants, et neuf
           petits-enfants.
        A: Vous faisiez quoi, avant la retraite ?
        C: Conducteur d'engins. Trente-cinq ans dans une carrière, du côté de {Dieue|Dieu}.
           Retraité depuis... ouh, treize ans.
        A: Et votre épouse ?
        C: Elle est au foyer. Elle a élevé les quatre, c'était un travail, croyez-moi.
        A: Et le revenu du foyer, à peu près ?
        C: Les deux retraites, ça fait deux mille six cents. Par mois.
        A: Merci. Un conseiller peut vous rappeler ; quel jour vous arrange ?
        C: Jeudi. L'après-midi, mais pas avant deux heures et demie, je fais la sieste.
        A: Jeudi après-midi, à quatorze heures trente. On vous appelle au fixe ?
        C: Au fixe, oui : zéro trois, vingt-neuf, quatre-vingt-six, quarante et un, dix-sept. Et
           sinon le portable de ma femme, parce que moi, le portable... Zéro six,
           quatre-vingt-sept, cinquante, zéro deux, trente-trois.
        A: Zéro trois, vingt-neuf, quatre-vingt-six, quarante et un, dix-sept, et zéro six,
           quatre-vingt-sept, cinquante, zéro deux, trente-trois. C'est noté.
        C: Très bien. Et vous direz au conseiller de parler fort !
        A: Je le note aussi. Bonne journée, monsieur Thiébaut.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Roland",
        client_last_name_data_ia="Thiébaut",
        client_phone_number="0329864117",
        client_city_data_ia="Verdun",
        client_address_data_ia="3 bis rue des Tanneurs",
        client_postal_code_data_ia="55100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="67",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="125",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="73",
        age_mme_data_ia="71",
        situation_familiale_data_ia="marié, 4 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="femme au foyer",
        revenu_data_ia="2600 euros par mois",
        tel2_data_ia="0687500233",
        creneau_rappel_data_ia="jeudi après-midi",
        heure_rappel_data_ia="14h30",
        **_OWNER,
    ),
    _script(
        "h10_aureilhan_granules",
        "a retired piano teacher at Aureilhan ('collé à Tarbes') who first gives Tarbes's code"
        " and corrects it ('Soixante-cinq mille, comme Tarbes... Non, pardon ... soixante-cinq,"
        " huit cents': 65800), spells 'Maïté' ('I avec les deux points'): 'une chaudière à"
        " granulés' (bois: wood pellets; the oil was before), 'Moins de quatre-vingts euros par"
        " mois' (moins_de_80, mensuelle), 'Cent soixante... non, cent quarante-six' (146; 160"
        " with the garage), slate, 'Le grand pan regarde les Pyrénées' confirmed 'plein sud'"
        " (sud), 'dix-huit mètres, pas plus' (moins de 20m), 64 and her husband 'cinq ans de moins"
        " que moi' (59), 'On s'est mariés il y a dix ans. J'ai un fils, d'un premier mariage'"
        " (mariée, 1 enfant), 'à la retraite' (retraitée), he 'technicien chez Alstom ... En CDI'"
        " (CDI), 'Quatre mille trois cents par mois', Monday afternoon 'seize heures trente'",
        """
        A: Bonjour madame, Victor, de Bigorre Énergie Solaire. Je suis bien chez madame
           Lafforgue ?
        C: Oui, c'est moi. Bonjour.
        A: Vous nous avez demandé une étude pour des panneaux solaires. Vous avez un moment ?
        C: Oui, j'attendais votre appel, même. Mon mari voulait que je vous demande pour la
           revente du surplus.
        A: Le conseiller vous expliquera tout ça en détail. Je prépare la fiche : votre prénom ?
        C: Maïté. M, A, I avec les deux points dessus, T, E accent aigu.
        A: Merci, madame. Vous êtes propriétaire ?
        C: Oui, la maison est à nous.
        A: Et vous êtes à Tarbes ?
        C: Pas tout à fait, à {Aureilhan|Oreyan}. C'est collé à Tarbes, on passe de l'un à
           l'autre sans s'en rendre compte.
        A: Le code postal ?
        C: Soixante-cinq mille, comme Tarbes... Non, pardon, qu'est-ce que je raconte. Nous,
           c'est soixante-cinq, huit cents.
        A: 65800. Et l'adresse ?
        C: Cinquante-cinq, avenue des Pyrénées.
        A: Comment vous chauffez-vous ?
        C: On a une chaudière à granulés, depuis trois ans. Avec un silo dans le garage, on se
           fait livrer deux fois par an. Avant, c'était le fioul.
        A: Et votre facture d'électricité ?
        C: Oh, elle est basse. Moins de quatre-vingts euros par mois, c'est sûr. Je n'ai pas le
           chiffre exact.
        A: Moins de quatre-vingts par mois. Et la surface de la maison ?
        C: Cent soixante... non, cent quarante-six. Cent quarante-six, c'est ce qu'il y a sur
           l'acte. Cent soixante, c'est avec le garage.
        A: Le toit, c'est de l'ardoise ?
        C: De l'ardoise, oui, comme toutes les maisons par ici.
        A: Et vous savez de quel côté il est orienté ?
        C: Le grand pan regarde les Pyrénées. De la cuisine, on voit le pic du Midi.
        A: Les Pyrénées, c'est le sud, donc : plein sud ?
        C: Voilà, plein sud.
        A: Et il y a au moins vingt mètres carrés de libres sur ce pan ?
        C: Hum. Il y a la souche de la cheminée et les deux fenêtres de toit au milieu. Il
           reste... dix-huit mètres, pas plus. Mon mari a mesuré.
        A: D'accord, un peu moins de vingt. Je peux vous demander votre âge ?
        C: Soixante-quatre ans.
        A: Et votre mari ?
        C: Il a cinq ans de moins que moi. On s'est mariés il y a dix ans. J'ai un fils, d'un
           premier mariage, il vit à Pau.
        A: Vous travaillez encore ?
        C: Non, je suis à la retraite. J'étais professeure de piano au conservatoire de
           Tarbes.
        A: Et votre mari ?
        C: Il est technicien chez Alstom, à Séméac. En CDI, encore quatre ans avant la
           retraite.
        A: Et le revenu du foyer, environ ?
        C: Quatre mille trois cents par mois, à nous deux.
        A: Merci. Quand est-ce qu'un conseiller peut vous rappeler ?
        C: Lundi après-midi, quand mon mari est là. Il rentre à seize heures. Disons seize
           heures trente.
        A: Lundi après-midi, seize heures trente. Sur quel numéro ?
        C: Zéro six, dix-neuf, cinquante-quatre, soixante-treize, vingt-huit.
        A: 06 19 54 73 28. Merci, madame Lafforgue.
        C: Merci à vous. Au revoir.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Maïté",
        client_last_name_data_ia="Lafforgue",
        client_phone_number="0619547328",
        client_city_data_ia="Aureilhan",
        client_address_data_ia="55 avenue des Pyrénées",
        client_postal_code_data_ia="65800",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="moins_de_80",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="146",
        toiture_data_ia="ardoises",
        orientation_data_ia="sud",
        toit_libre="moins de 20m",
        age_mr_data_ia="59",
        age_mme_data_ia="64",
        situation_familiale_data_ia="mariée, 1 enfant",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="retraitée",
        revenu_data_ia="4300 euros par mois",
        creneau_rappel_data_ia="lundi après-midi",
        heure_rappel_data_ia="16h30",
        **_OWNER,
    ),
    _script(
        "h10_gap_geothermie",
        "a mountain guide, monsieur Vincent (a surname that is a first name), on the road home:"
        " 'Fred. Frédéric, enfin, sur les papiers' (Frédéric), at Romette, 'un hameau de Gap'"
        " (Gap), '05000' offered by the agent and confirmed 'Zéro cinq mille': 'Une pompe à"
        " chaleur géothermique' (pompe à chaleur), 'mille six cents euros à l'année' (1600,"
        " annuelle), 'Cent trente mètres carrés habitables. Sans le garage' (130), 'bac acier."
        " Imitation tuile' (bac acier), the direction never looked at but 'pas une ombre sur le"
        " toit de la journée' (bien ensoleillée), 'largement ... rien dessus' (20m), 46, 'ma"
        " compagne ... pas mariés, ni pacsés' with two children (en couple, 2 enfants), she 44,"
        " 'à mon compte depuis vingt ans' (indépendant depuis 20 ans), she an ATSEM 'Titulaire,"
        " dans la fonction publique territoriale' (fonctionnaire), 'trente-six mille par an',"
        " 'Demain soir, vers vingt heures trente' (demain soir, 20h30), a pair of digits"
        " corrected in the number ('quarante-quatre... non, pardon, quarante-cinq')",
        """
        A: Bonjour monsieur, Agathe, de Hautes-Alpes Soleil Habitat. Monsieur Vincent ?
        C: Oui, Vincent, c'est moi.
        A: Bonjour monsieur Vincent. Je vous appelle au sujet de votre demande d'étude pour des
           panneaux solaires. Vous avez un moment ?
        C: Je redescends de la montagne, je suis en voiture, en kit mains libres. Ça ira,
           allez-y.
        A: Votre prénom, pour la fiche ?
        C: Fred. Frédéric, enfin, sur les papiers.
        A: Merci. Vous êtes propriétaire de votre maison ?
        C: Oui. On l'a construite il y a dix ans, sur le terrain de mes parents.
        A: Et elle se trouve où ?
        C: À Romette. C'est un hameau de Gap, au-dessus de la ville. Pour le courrier, c'est
           Gap.
        A: Le code postal, c'est bien 05000 ?
        C: Zéro cinq mille, oui. Comme tout Gap.
        A: Et l'adresse exacte ?
        C: Cent douze, chemin des Marmottes.
        A: Comment vous chauffez la maison ?
        C: Une pompe à chaleur géothermique. On a des capteurs enterrés dans le terrain, sous la
           pelouse, et la pompe au sous-sol. Avec un plancher chauffant partout.
        A: Et la facture d'électricité ?
        C: Avec la géothermie, mille six cents euros à l'année. À peu près. Tout compris.
        A: Mille six cents par an. Et la surface ?
        C: Cent trente mètres carrés habitables. Sans le garage et l'atelier.
        A: Le toit, il est en quoi ?
        C: En bac acier. Imitation tuile, c'est le règlement du hameau qui l'imposait.
        A: Et l'orientation ?
        C: Je n'ai jamais regardé, franchement. Mais on est sur le versant ensoleillé, ici on a
           trois cents jours de soleil par an, et il n'y a pas une ombre sur le toit de la
           journée.
        A: Très bien. Et de la place libre, au moins vingt mètres carrés ?
        C: Oh, largement. Il n'y a rien dessus : pas de fenêtre de toit, pas de cheminée,
           puisqu'on n'a pas de feu.
        A: Votre âge, monsieur Vincent ?
        C: Quarante-six.
        A: Et vous vivez en couple ?
        C: Oui, avec ma compagne. On n'est pas mariés, ni pacsés, rien. Deux enfants, un garçon
           et une fille.
        A: Et elle a quel âge, votre compagne ?
        C: Quarante-quatre.
        A: Vous travaillez dans quoi ?
        C: Accompagnateur en montagne. Je suis à mon compte depuis vingt ans : randonnées l'été,
           raquettes l'hiver.
        A: Et votre compagne ?
        C: Elle est {ATSEM|atsèmme} à l'école maternelle du quartier. Titulaire, dans la
           fonction publique territoriale.
        A: Pour les aides, le revenu du foyer ?
        C: Pour moi, ça dépend des saisons... Sur l'année, on doit faire trente-six mille euros.
           Trente-six mille par an, à deux.
        A: Merci. Un conseiller peut vous rappeler quand ?
        C: En journée, je suis en montagne, ça ne capte pas. Demain soir, vers vingt heures
           trente ?
        A: Demain soir, vingt heures trente. Sur quel numéro ?
        C: Le portable : zéro six, soixante-dix-huit, quarante-quatre... non, pardon,
           quarante-cinq. Quarante-cinq, vingt, zéro un.
        A: Donc zéro six, soixante-dix-huit, quarante-cinq, vingt, zéro un.
        C: C'est ça. Bon, je vous laisse, j'arrive au col, ça va couper.
        A: Bonne route, monsieur Vincent.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Frédéric",
        client_last_name_data_ia="Vincent",
        client_phone_number="0678452001",
        client_city_data_ia="Gap",
        client_address_data_ia="112 chemin des Marmottes",
        client_postal_code_data_ia="05000",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="1600",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="130",
        toiture_data_ia="bac acier",
        orientation_data_ia="bien ensoleillée",
        toit_libre="20m",
        age_mr_data_ia="46",
        age_mme_data_ia="44",
        situation_familiale_data_ia="en couple, 2 enfants",
        activite_mr_data_ia="indépendant depuis 20 ans",
        activite_mme_data_ia="fonctionnaire",
        revenu_data_ia="36000 euros par an",
        creneau_rappel_data_ia="demain soir",
        heure_rappel_data_ia="20h30",
        **_OWNER,
    ),
    _script(
        "h10_provins_demenage",
        "a newly married prison officer who moved from Longueville to Provins in July"
        " (adresse_modifiee 1; the new address '8 rue des Roses', 'Soixante-dix-sept, cent"
        " soixante': 77160), whose first name the agent gets wrong ('Johann ? Non, Jonathan. J, O,"
        " N...': Johann is his brother): 'un plancher rayonnant électrique' (électrique), 'Deux"
        " cents euros par mois, tout rond' (200), 88 m², 'tuiles plates', the DPE says 'Plein"
        " ouest' (ouest), free roof space never asked ('-'), 34 and his wife 31, 'Marié depuis"
        " trois semaines ... pas encore d'enfants' (marié: no children adds nothing), 'surveillant"
        " ... fonctionnaire' (fonctionnaire), she 'opticienne ... En CDI' (CDI), 'Trois mille huit"
        " cents net par mois', Sunday refused then 'Samedi matin, dix heures quinze' (samedi"
        " matin, 10h15), his mobile then his wife's (tel2)",
        """
        A: Bonjour monsieur, Estelle, de Brie Énergie Solaire. Monsieur Ferreira ?
        C: Oui, c'est moi.
        A: Monsieur Johann Ferreira ?
        C: Non, Jonathan. J, O, N, A, T, H, A, N. Johann, c'est mon frère, et lui, il n'a pas de
           maison.
        A: Pardon, monsieur Jonathan Ferreira. Je vous appelle pour votre demande d'étude de
           panneaux solaires, pour votre maison de Longueville.
        C: Ah, alors, Longueville, c'est fini. On a déménagé en juillet. On a acheté à Provins,
           maintenant.
        A: D'accord, je mets la fiche à jour. Vous êtes propriétaire, à Provins ?
        C: Oui, c'est notre première maison. On a signé chez le notaire fin juin.
        A: Félicitations. L'adresse ?
        C: Huit, rue des Roses. Ça ne s'invente pas, à Provins.
        A: Et le code postal ?
        C: Soixante-dix-sept, cent soixante.
        A: 77160. Comment la maison est-elle chauffée ?
        C: À l'électrique. Il y a un plancher rayonnant électrique en bas, et des sèche-serviettes
           dans les salles de bain. C'est l'ancien propriétaire qui avait fait ça.
        A: Et votre facture d'électricité ?
        C: Deux cents euros par mois, tout rond. On a repris la mensualisation de l'ancien
           propriétaire, on verra à la régularisation.
        A: Deux cents par mois. La surface de la maison ?
        C: Quatre-vingt-huit mètres carrés.
        A: Et le toit ?
        C: Des tuiles plates, anciennes. La maison a un siècle.
        A: Vous connaissez l'orientation ?
        C: Oui, c'était dans le diagnostic, le {DPE|dé pé eu}, quand on a acheté : la façade
           principale et le grand pan du toit sont côté ouest. Plein ouest.
        A: Très bien. Votre âge, monsieur Ferreira ?
        C: Trente-quatre ans.
        A: Vous vivez en couple ?
        C: Marié depuis trois semaines ! Ma femme a trente et un ans. Et pas encore d'enfants.
        A: Félicitations, encore. Vous travaillez dans quoi ?
        C: Je suis surveillant à la maison d'arrêt de Meaux. Surveillant pénitentiaire,
           fonctionnaire.
        A: Et votre épouse ?
        C: Elle est opticienne, dans une boutique du centre-ville. En CDI.
        A: Le revenu du foyer, à peu près ?
        C: Trois mille huit cents net par mois, à nous deux.
        A: Merci. Quand un conseiller peut-il vous rappeler ?
        C: Dimanche matin, c'est le seul moment où on est là tous les deux.
        A: Le dimanche, nos conseillers ne travaillent pas. Le samedi, ça irait ?
        C: Samedi, alors. Le matin, dix heures et quart ?
        A: Samedi matin, dix heures quinze. Sur quel numéro ?
        C: Le mien : zéro sept, quarante-neuf, zéro trois, quatre-vingt-huit, seize. Ou celui
           de ma femme : zéro six, vingt-quatre, soixante et onze, quarante, cinquante-neuf.
        A: Zéro sept, quarante-neuf, zéro trois, quatre-vingt-huit, seize, et zéro six,
           vingt-quatre, soixante et onze, quarante, cinquante-neuf. C'est noté, monsieur
           Ferreira.
        C: Merci, bonne journée.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Jonathan",
        client_last_name_data_ia="Ferreira",
        client_phone_number="0749038816",
        client_city_data_ia="Provins",
        client_address_data_ia="8 rue des Roses",
        client_postal_code_data_ia="77160",
        adresse_modifiee="1",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="200",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="88",
        toiture_data_ia="tuiles",
        orientation_data_ia="ouest",
        age_mr_data_ia="34",
        age_mme_data_ia="31",
        situation_familiale_data_ia="marié",
        activite_mr_data_ia="fonctionnaire",
        activite_mme_data_ia="CDI",
        revenu_data_ia="3800 euros par mois",
        tel2_data_ia="0624714059",
        creneau_rappel_data_ia="samedi matin",
        heure_rappel_data_ia="10h15",
        **_OWNER,
    ),
    _script(
        "h10_langres_poele_de_masse",
        "a divorced hospital kitchen hand in Langres ('pas dans la vieille ville, en bas';"
        " 'Cinquante-deux mille deux cents': 52200) who kept the old farmhouse: 'Au bois. Un"
        " poêle de masse' with small electric heaters upstairs (bois), 'Quatre-vingt-quatorze"
        " euros. Par mois, oui' (94), 'La partie habitée, cent vingt mètres carrés. Le reste, c'est"
        " la grange' (120), tiles on the house (the barn's sheet metal is not the roof asked),"
        " 'tournée vers le soleil levant' confirmed 'À l'est' (est), 'Trente, à vue de nez'"
        " (20m), 58, 'Divorcée ... Trois enfants, tous partis' (divorcée, 3 enfants),"
        " 'aide-cuisinière ... En CDD' (CDD), 'Mille trois cents par mois', Friday 'En début"
        " d'après-midi, vers treize heures' (vendredi début d'après-midi, 13h), the number read"
        " by the agent and confirmed, first name 'Évelyne' asked last",
        """
        A: Bonjour madame, Alexandre, de Haute-Marne Habitat Solaire. Je cherche madame
           Humbert.
        C: C'est moi. Qu'est-ce que c'est ?
        A: Vous avez demandé une étude pour des panneaux solaires, sur notre site. Vous avez
           quelques minutes ?
        C: Ah oui, c'est vrai. Excusez-moi, je ne pensais pas qu'on rappelait si vite. Oui,
           allez-y.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui. C'est une ancienne ferme. Je l'ai gardée au divorce, je n'allais pas la lui
           laisser.
        A: Elle se trouve où ?
        C: À Langres. Pas dans la vieille ville, en bas, sur la route de Dijon.
        A: Le code postal ?
        C: Cinquante-deux mille deux cents.
        A: 52200. L'adresse ?
        C: Vingt-deux, rue de la Tuilerie.
        A: Comment vous chauffez-vous ?
        C: Au bois. Un poêle de masse, en pierre, au milieu de la maison. Il chauffe tout le
           rez-de-chaussée. En haut, il y a des petits radiateurs électriques, pour les jours
           où il fait moins quinze.
        A: Et votre facture d'électricité ?
        C: Quatre-vingt-quatorze euros. Par mois, oui.
        A: Et la surface de la maison ?
        C: La partie habitée, cent vingt mètres carrés. Le reste, c'est la grange, on n'y
           touche pas.
        A: Le toit de la maison, il est en quoi ?
        C: En tuiles. Des tuiles mécaniques, sur la maison. La grange, c'est de la tôle.
        A: Et l'orientation ?
        C: La maison est tournée vers le soleil levant. Le matin, il entre dans toutes les
           pièces. Le toit, pareil, le long pan est de ce côté-là.
        A: À l'est, donc.
        C: À l'est.
        A: Et il y a au moins vingt mètres carrés libres, sur ce pan ?
        C: Trente, à vue de nez. Il n'y a rien dessus.
        A: Votre âge, madame Humbert ?
        C: Cinquante-huit ans.
        A: Et votre situation familiale ?
        C: Divorcée, depuis six ans. Trois enfants, tous partis. J'ai la maison pour moi toute
           seule, maintenant.
        A: Vous travaillez ?
        C: Oui, je suis aide-cuisinière à la cantine de l'hôpital. En CDD, ils me renouvellent
           tous les six mois.
        A: Le revenu mensuel, à peu près ?
        C: Mille trois cents par mois. C'est pour ça que je cherche à payer moins.
        A: Je comprends. Un conseiller peut vous rappeler ; quand est-ce que vous êtes
           disponible ?
        C: Le vendredi, je ne travaille pas l'après-midi. En début d'après-midi, vers treize
           heures ?
        A: Vendredi, en début d'après-midi, treize heures. Je vous appelle sur ce numéro, le
           06 33 81 27 64 ?
        C: Oui, c'est mon portable.
        A: Et votre prénom, madame ?
        C: Évelyne.
        A: Merci, madame Humbert. Bonne journée.
        C: À vous aussi.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Évelyne",
        client_last_name_data_ia="Humbert",
        client_phone_number="0633812764",
        client_city_data_ia="Langres",
        client_address_data_ia="22 rue de la Tuilerie",
        client_postal_code_data_ia="52200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="94",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="120",
        toiture_data_ia="tuiles",
        orientation_data_ia="est",
        toit_libre="20m",
        age_mme_data_ia="58",
        situation_familiale_data_ia="divorcée, 3 enfants",
        activite_mme_data_ia="CDD",
        revenu_data_ia="1300 euros par mois",
        creneau_rappel_data_ia="vendredi début d'après-midi",
        heure_rappel_data_ia="13h",
        **_OWNER,
    ),
    _script(
        "h10_orthez_lacq",
        "a shift operator at the Lacq platform in Orthez ('Soixante-quatre, trois cents':"
        " 64300): 'Au gaz, évidemment. Chaudière gaz' (gaz), a yearly invoice 'mille deux cent"
        " cinquante euros. Pour l'année' (1250, annuelle), 115 m², slate, the ridge along an"
        " east-west road so 'un pan regarde le nord, l'autre le sud. Le grand ... c'est le sud'"
        " (sud), 'vingt mètres carrés pile' between the roof windows (20m: at least twenty), 49"
        " ('Cinquante en juin' is not his age), 'pacsés depuis quinze ans ... une fille' (pacsé,"
        " 1 enfant), 'Posté, en quarts. En CDI' (CDI); he passes the phone to his partner"
        " (Maylis: her name, not the client's; entretien stays 'Mr'), who says in the first"
        " person 'agent immobilier, à mon compte depuis quatre ans' (activite_mme: indépendante"
        " depuis 4 ans) and 'j'ai quarante-sept ans' (age_mme 47) and hands him back; 'cinq mille"
        " deux cents par mois'"
        " with his shift bonuses, his shift pattern corrected ('d'après-midi... non, de nuit')"
        " then 'Mardi après-midi, dix-sept heures' (mardi après-midi, 17h), the mobile then the"
        " landline (tel2)",
        """
        A: Bonjour monsieur, Jade, de Béarn Solaire Conseil. Monsieur Larrieu ?
        C: Lui-même. Bonjour.
        A: Je vous appelle pour votre demande d'étude pour des panneaux solaires. Vous avez un
           instant ?
        C: Oui, je sors de poste, je suis du matin cette semaine. Allez-y.
        A: Votre prénom, monsieur Larrieu ?
        C: Xavier.
        A: Merci. Vous êtes propriétaire ?
        C: Oui, depuis douze ans. Avec ma compagne, on a acheté ensemble.
        A: Vous êtes bien à {Orthez|Ortèze} ?
        C: À {Orthez|Ortèze}, oui. Soixante-quatre, trois cents.
        A: 64300. Et l'adresse ?
        C: Dix-neuf, chemin des Palombes. Sur les hauteurs.
        A: Comment vous chauffez-vous ?
        C: Au gaz, évidemment. Chaudière gaz. Avec Lacq à côté, ici, tout le monde est au gaz.
           Même si le gaz de Lacq, c'est fini depuis longtemps.
        A: Et votre facture d'électricité ?
        C: On paie à l'année, une facture en janvier. La dernière, {1250|mille deux cent
           cinquante} euros. Pour l'année.
        A: 1250 euros par an. La surface de la maison ?
        C: Cent quinze mètres carrés.
        A: Et le toit, il est en quoi ?
        C: En ardoise. C'est une maison béarnaise, toit pentu, ardoise.
        A: L'orientation ?
        C: Alors... Le faîtage est parallèle à la route, et la route va d'est en ouest. Donc un
           pan regarde le nord, l'autre le sud. Le grand, celui du jardin, c'est le sud. Celui
           du nord, il est tout petit, au-dessus du garage.
        A: Donc le grand pan est au sud.
        C: Au sud, oui.
        A: Et de la place libre dessus ?
        C: Entre les deux velux, il y a vingt mètres carrés pile, je dirais. J'ai pris les
           mesures pour le devis du couvreur.
        A: Parfait. Votre âge ?
        C: Quarante-neuf. Cinquante en juin, ne me le rappelez pas.
        A: Vous vivez en couple, vous disiez ?
        C: On est pacsés depuis quinze ans, on a une fille de douze ans.
        A: Et vous travaillez à Lacq ?
        C: Opérateur de fabrication, sur la plateforme. Posté, en quarts. En CDI depuis
           vingt-deux ans.
        A: Et votre compagne ?
        C: Elle est là, je vous la passe, elle vous le dira mieux que moi. Maylis ! C'est pour
           les panneaux.
        C: Allô ? Bonjour. Je suis agent immobilier, à mon compte depuis quatre ans. Et j'ai
           quarante-sept ans, puisque vous allez me le demander. Je vous rends Xavier.
        C: Me revoilà.
        A: Le revenu du foyer, environ ?
        C: Avec mes primes de poste, on tourne à cinq mille deux cents par mois. Elle, c'est
           variable.
        A: Merci. Quand peut-on vous rappeler ?
        C: La semaine prochaine, je suis d'après-midi... non, de nuit. Donc plutôt
           l'après-midi. Mardi, dix-sept heures ?
        A: Mardi après-midi, dix-sept heures. Sur votre portable ?
        C: Oui : zéro six, trente-sept, soixante-deux, quatre-vingt-onze, zéro huit. Et si ça ne
           répond pas, le fixe : zéro cinq, cinquante-neuf, soixante-sept, quatorze,
           vingt-cinq.
        A: C'est noté. Merci, monsieur Larrieu.
        C: {Adishatz|Adichatss} ! Enfin, au revoir.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Xavier",
        client_last_name_data_ia="Larrieu",
        client_phone_number="0637629108",
        client_city_data_ia="Orthez",
        client_address_data_ia="19 chemin des Palombes",
        client_postal_code_data_ia="64300",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="1250",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="115",
        toiture_data_ia="ardoises",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="49",
        age_mme_data_ia="47",
        situation_familiale_data_ia="pacsé, 1 enfant",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="indépendante depuis 4 ans",
        revenu_data_ia="5200 euros par mois",
        tel2_data_ia="0559671425",
        creneau_rappel_data_ia="mardi après-midi",
        heure_rappel_data_ia="17h",
        **_OWNER,
    ),
    _script(
        "h10_limoux_aerothermie",
        "a mobile beautician in Limoux ('Onze mille trois cents': 11300) who names herself at"
        " once ('c'est moi, Magali Sarda'): 'Par aérothermie' with the water radiators kept"
        " (pompe à chaleur), 'Cent vingt-sept euros par mois' (127), 95 m², 'tuiles canal', 'Au"
        " sud' but a solar water heater already on it, 'peut-être douze, quinze mètres carrés'"
        " (moins de 20m), 42 and her husband 45, married with 'Deux ados' (mariée, 2 enfants),"
        " 'Micro-entrepreneuse, depuis six ans' (indépendante depuis 6 ans), he 'au chômage"
        " depuis le printemps' (au chômage), income withheld ('je préfère ne pas le dire': '-'),"
        " Thursday morning 'Huit heures et demie' (jeudi matin, 8h30)",
        """
        A: Bonjour madame, Raphaël, d'Aude Soleil Rénovation. Madame Sarda ?
        C: Oui ? Ah, les panneaux ! Oui, oui, c'est moi, Magali Sarda. Attendez, je baisse la
           radio.
        A: Merci. Vous avez quelques minutes pour préparer l'étude ?
        C: Oui, j'ai un trou entre deux clientes. Allez-y.
        A: Vous êtes propriétaire ?
        C: Oui, avec mon mari. La maison était à ses grands-parents, on l'a rachetée aux
           cousins.
        A: Et vous êtes à Limoux même ?
        C: À Limoux, oui. À la sortie, côté Carcassonne.
        A: Le code postal ?
        C: Onze mille trois cents.
        A: 11300. Et l'adresse ?
        C: Trente et un, rue des Amandiers.
        A: Comment vous chauffez-vous ?
        C: Par aérothermie. On a fait poser ça il y a deux ans, avec la prime. L'unité est
           dehors, dans la cour, et on a gardé les radiateurs à eau.
        A: Et votre facture d'électricité ?
        C: Cent vingt-sept euros par mois. Elle a pris un coup, avec l'aérothermie, mais le
           fioul, avant, c'était pire.
        A: Cent vingt-sept par mois. La surface de la maison ?
        C: Quatre-vingt-quinze mètres carrés.
        A: Et le toit ?
        C: Des tuiles canal, les rondes, comme partout dans l'Aude.
        A: Vous savez de quel côté il est orienté ?
        C: Au sud. Le problème, c'est qu'on a déjà un chauffe-eau solaire dessus, deux grands
           capteurs. Il reste peut-être douze, quinze mètres carrés.
        A: Donc moins de vingt mètres carrés libres, au sud.
        C: Voilà. De l'autre côté, c'est le nord, ça ne vaut rien.
        A: Le conseiller regardera sur place. Votre âge, madame ?
        C: Quarante-deux ans. Mon mari, quarante-cinq.
        A: Vous êtes mariés ?
        C: Mariés, oui. Deux ados, quatorze et seize ans. Ils mangent comme quatre.
        A: Vous travaillez à votre compte, si je comprends bien ?
        C: Oui, je suis esthéticienne à domicile. Micro-entrepreneuse, depuis six ans.
        A: Et votre mari ?
        C: Il est au chômage depuis le printemps. Son entreprise a fermé, il cherche dans le
           bâtiment.
        A: Et le revenu du foyer, à peu près ?
        C: Ça, je préfère ne pas le dire au téléphone. Je le dirai au conseiller, s'il vient.
        A: Pas de souci. Quand peut-il vous rappeler ?
        C: Jeudi matin. Huit heures et demie, avant ma première cliente.
        A: Jeudi matin, huit heures trente. Sur quel numéro ?
        C: Zéro six, quatre-vingt-un, dix, soixante-six, trente-neuf.
        A: Zéro six, quatre-vingt-un, dix, soixante-six, trente-neuf. Merci, madame Sarda.
        C: Merci, bonne journée !
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Magali",
        client_last_name_data_ia="Sarda",
        client_phone_number="0681106639",
        client_city_data_ia="Limoux",
        client_address_data_ia="31 rue des Amandiers",
        client_postal_code_data_ia="11300",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="127",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="95",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="moins de 20m",
        age_mr_data_ia="45",
        age_mme_data_ia="42",
        situation_familiale_data_ia="mariée, 2 enfants",
        activite_mr_data_ia="au chômage",
        activite_mme_data_ia="indépendante depuis 6 ans",
        creneau_rappel_data_ia="jeudi matin",
        heure_rappel_data_ia="8h30",
        **_OWNER,
    ),
    _script(
        "h10_ales_creche_partiel",
        "a partial call: a nursery nurse at work at the crèche in Alès ('à Rochebelle, en"
        " dessous du puits de mine'; 'Trente mille cent': 30100) who stops after a few answers:"
        " first name 'Nadia', owner, 'Au fioul. Toujours le fioul' (fioul), 'Plus de cent euros"
        " par mois, je dirais' (plus_de_100, mensuelle), 'Des tuiles, je crois' (tuiles: hedged"
        " but said), the surface 'il faudra demander à mon mari' ('-'), 'Auxiliaire de"
        " puériculture' (the job: no status said), then 'Vendredi. À ma pause, à midi et demi'"
        " (vendredi midi, 12h30) on the number called, never said ('-'); no address, age, family"
        " or income",
        """
        A: Bonjour madame, Samuel, de Cévennes Énergie Solaire. Madame Chabaud ?
        C: Oui... Attendez. Non, Léo, on ne mord pas les copains ! Pardon. Oui, c'est moi.
        A: Je vous appelle pour votre demande d'étude de panneaux solaires. C'est un mauvais
           moment ?
        C: Je suis au travail, à la crèche, c'est l'heure du goûter. Mais allez-y, vite.
        A: Votre prénom, pour la fiche ?
        C: Nadia.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui, oui, propriétaires. À Alès, à Rochebelle, en dessous du puits de mine.
        A: Le code postal ?
        C: Trente mille cent. Tout Alès, c'est trente mille cent.
        A: Et l'adresse exacte ?
        C: Vous l'avez, je l'ai mise sur le formulaire. Je ne vais pas vous la dicter d'ici.
        A: Pas de souci. Comment vous chauffez-vous ?
        C: Au fioul. Toujours le fioul, on n'a pas encore changé la chaudière. C'est un peu
           pour ça que je vous ai écrit.
        A: Et votre facture d'électricité ?
        C: Plus de cent euros par mois, je dirais. Je n'ai pas la facture sous les yeux.
        A: Plus de cent par mois. Et la maison fait quelle surface ?
        C: Ça, il faudra demander à mon mari. C'est lui qui s'occupe de tous les papiers.
        A: Et le toit, vous savez en quoi il est ?
        C: Des tuiles, je crois. Je ne suis jamais montée voir, hein.
        A: Vous travaillez à la crèche, vous me disiez ?
        C: Auxiliaire de puériculture. Oh là. Écoutez, là, je ne peux vraiment pas, il y en a
           un qui pleure et ma collègue est seule.
        A: Je comprends. Quand est-ce que je peux vous rappeler ?
        C: Vendredi. À ma pause, à midi et demi. Là, j'aurai le temps, et j'aurai demandé à mon
           mari pour la surface.
        A: Vendredi midi, à midi et demi. Sur ce numéro ?
        C: Oui, ce numéro-là. Merci, au revoir !
        A: Au revoir, madame Chabaud, bon courage.
        """,
        client="Mme",
        objections="au travail (crèche), pas le temps : rappel demandé",
        client_first_name_data_ia="Nadia",
        client_last_name_data_ia="Chabaud",
        client_city_data_ia="Alès",
        client_postal_code_data_ia="30100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="plus_de_100",
        mensuelle_annuelle_data_ia="mensuelle",
        toiture_data_ia="tuiles",
        activite_mme_data_ia="auxiliaire de puériculture",
        creneau_rappel_data_ia="vendredi midi",
        heure_rappel_data_ia="12h30",
        **_OWNER,
    ),
    _script(
        "h10_nevers_refus_voisine",
        "a refusal from a widow of 81 in Nevers: the third canvassing call of the day, her"
        " neighbour's panels on a twenty-year loan at eighty and an inverter dead after two"
        " years, 'on ne signe rien au téléphone', a north-facing slate roof, 'je n'ai pas besoin"
        " d'un crédit', no leaflet either; what she lets fall: owner ('Je suis chez moi depuis"
        " cinquante ans'), 'Au gaz' (gaz), 'Quatre-vingt-trois euros par mois' (83), 'En"
        " ardoise. Et il est au nord, le grand côté' (ardoises, nord), 'À Nevers, oui',"
        " 'quatre-vingt-un ans, je suis veuve ... à la retraite' (81, veuve, retraitée); surname"
        " from the greeting, no first name, no number (Non intéressant)",
        """
        A: Bonjour madame, Jules, de Nivernais Solaire Conseil. Madame Beaufils ?
        C: Oui. Qui êtes-vous ?
        A: Nivernais Solaire Conseil, madame. Je vous appelle au sujet des panneaux solaires,
           pour faire baisser votre facture d'électricité grâce aux aides de l'État.
        C: Encore ! C'est le troisième appel aujourd'hui. Le matin, c'étaient les fenêtres, à
           midi, la pompe à chaleur, et maintenant vous.
        A: Je suis désolé, madame. Cela ne prendra qu'une minute : vous êtes propriétaire de
           votre maison ?
        C: Je suis chez moi depuis cinquante ans, oui. Et je compte y rester, sans vos
           panneaux.
        A: Vous savez, avec les aides, beaucoup de nos clients...
        C: Les aides ! Ma voisine, madame Renaudin, elle a signé pour des panneaux avec les
           aides. Un crédit de vingt ans, à quatre-vingts ans. Et l'onduleur est tombé en panne
           au bout de deux ans, et personne ne répond plus au téléphone.
        A: C'est malheureux. Chez nous, le suivi est assuré...
        C: C'est ce qu'ils disent tous. Mon neveu est notaire, il me l'a bien dit : on ne signe
           rien au téléphone.
        A: Vous avez raison, on ne signe rien au téléphone. Je voulais juste savoir comment vous
           vous chauffez.
        C: Au gaz. Et ça me va très bien.
        A: Et votre facture d'électricité ?
        C: Quatre-vingt-trois euros par mois. Vous voyez bien que je n'ai pas besoin de vous.
        A: Et votre toit, il est en tuiles ?
        C: En ardoise. Et il est au nord, le grand côté. Alors vos panneaux au nord, ça ferait
           joli.
        A: Effectivement, au nord, ce n'est pas idéal. Vous êtes bien à Nevers ?
        C: À Nevers, oui, depuis toujours. Mais vous ne viendrez pas.
        A: Je peux au moins vous envoyer une documentation, sans engagement ?
        C: Pas de papiers non plus. J'en reçois déjà trois par semaine dans la boîte.
        A: Je ne voudrais pas insister, madame...
        C: Alors n'insistez pas. J'ai quatre-vingt-un ans, je suis veuve, je suis à la retraite
           depuis vingt ans, j'ai travaillé trente-sept ans aux {PTT|pé té té}, et je n'ai pas
           besoin d'un crédit. Est-ce que c'est clair ?
        A: C'est très clair, madame Beaufils. Je vous retire de notre liste.
        C: Merci. Et dites-le aux autres aussi.
        A: Bonne journée, madame.
        C: Au revoir.
        """,
        client="Mme",
        objections=(
            "non intéressée ; trop d'appels de démarchage ; la voisine prise dans un crédit de"
            " vingt ans et un onduleur en panne ; ne signe rien au téléphone ; toit en ardoise"
            " au nord ; trop âgée pour un crédit"
        ),
        client_last_name_data_ia="Beaufils",
        client_city_data_ia="Nevers",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="83",
        mensuelle_annuelle_data_ia="mensuelle",
        toiture_data_ia="ardoises",
        orientation_data_ia="nord",
        age_mme_data_ia="81",
        situation_familiale_data_ia="veuve",
        activite_mme_data_ia="retraitée",
        **_LOST,
    ),
    _script(
        "h10_voiron_locataire",
        "a tenant in Voiron: the agent reads '9 rue des Tisserands, à Voiron' and he confirms"
        " with 'Trente-huit, cinq cents' (38500), 'Je loue ... le propriétaire, c'est un monsieur"
        " de Lyon' (non: Non intéressant), who asks about plug-in balcony kits and asks not to be"
        " called back (Non); what he says: 'Florent Guichard', 'Des convecteurs partout, c'est"
        " tout électrique' (électrique), 'Quatre-vingt-dix-neuf euros par mois. Pile' (99),"
        " 'soixante-quinze mètres carrés' (75), 'de la tuile, je crois' (tuiles), 28,"
        " 'célibataire', 'je viens de signer mon CDI ... Préparateur de commandes' (CDI), income"
        " 'mille neuf cents par mois' (1900 euros par mois)",
        """
        A: Bonjour monsieur, Élise, de Dauphiné Énergie Habitat. Je suis bien chez monsieur
           Guichard ?
        C: Oui, Florent Guichard. C'est pour quoi ?
        A: Vous avez fait une simulation sur notre site pour des panneaux solaires. Je vous
           rappelle pour l'étude.
        C: Ah oui, j'ai cliqué sur une pub, un soir. Je voulais voir combien on pouvait
           économiser.
        A: Vous êtes bien au 9 rue des Tisserands, à Voiron ?
        C: C'est ça. Trente-huit, cinq cents.
        A: Et vous êtes propriétaire de la maison ?
        C: Ah, non. Je loue. Le propriétaire, c'est un monsieur de Lyon, je ne l'ai jamais vu,
           je passe par l'agence.
        A: Pour poser des panneaux, il faut être propriétaire, ou au moins avoir son accord.
        C: Je m'en doutais un peu. Mais bon, c'est l'électricité qui me tue. Des convecteurs
           partout, c'est tout électrique.
        A: Votre facture est de combien ?
        C: Quatre-vingt-dix-neuf euros par mois. Pile. Pour soixante-quinze mètres carrés,
           c'est abusé.
        A: Et le toit, vous savez en quoi il est ?
        C: De la tuile, je crois. Je n'ai jamais fait attention, franchement.
        A: Vous pensez que votre propriétaire pourrait être intéressé ?
        C: Lui ? Il n'a même pas voulu changer la porte d'entrée, qui ferme mal. Non, je ne
           pense pas.
        A: Vous envisagez d'acheter, un jour ?
        C: Peut-être, mais pas tout de suite. J'ai vingt-huit ans, je suis célibataire, je
           viens de signer mon CDI chez Rossignol, à Saint-Jean-de-Moirans. Préparateur de
           commandes, à l'entrepôt.
        A: Avec un CDI, un prêt, c'est envisageable.
        C: Avec mille neuf cents par mois ? Pas tout de suite, non. Dans quelques années.
        A: Je comprends. En attendant, je ne peux pas vous proposer d'installation, je suis
           désolée.
        C: Et les petits panneaux qu'on met sur le balcon, qu'on branche sur une prise ? Ça,
           un locataire peut le faire, non ?
        A: Ça existe, oui, mais ce n'est pas ce que nous installons. Il faudrait voir en
           magasin de bricolage.
        C: D'accord. Bon, ben, merci quand même.
        A: Si un jour vous achetez une maison, n'hésitez pas à nous recontacter.
        C: Pas de souci. Et vous ne me rappelez pas d'ici là, hein ? Ça ne sert à rien, tant
           que je loue.
        A: C'est noté, monsieur Guichard. Bonne soirée.
        C: Bonne soirée.
        """,
        client="Mr",
        objections=(
            "locataire : le propriétaire ne fera pas de travaux ; pas d'achat prévu ; ne pas"
            " rappeler"
        ),
        client_first_name_data_ia="Florent",
        client_last_name_data_ia="Guichard",
        client_city_data_ia="Voiron",
        client_address_data_ia="9 rue des Tisserands",
        client_postal_code_data_ia="38500",
        proprietaire_data_ia="non",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="99",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="75",
        toiture_data_ia="tuiles",
        age_mr_data_ia="28",
        situation_familiale_data_ia="célibataire",
        activite_mr_data_ia="CDI",
        revenu_data_ia="1900 euros par mois",
        **_LOST,
    ),
)


# An eleventh held-out set (names ``h11_*``), written after HELD_OUT_10, by someone who read only
# this module's format, docs/quality.md's gold conventions and messages/lead.py: never the
# extractors, and none of them was run on it. Again a call centre's ordinary day, written
# fresh, in towns no earlier set used (Figeac, Ciboure, Yzeure, Golbey, Lons-le-Saunier,
# Sarlat-la-Canéda, Vendôme, Gaillac, Draguignan, Quimperlé, Sallanches, Châteaubourg): eight
# owners, a refusal from a retired engineer who has done his sums (self-consumption in the
# evening, a resale price of 'trois fois rien', a new roof he will not have drilled, a payback
# he will not live to see, a house he means to sell), a tenant of the HLM office, a partial
# call from a ski instructor at the foot of the slopes who asks for 'demain, en fin
# d'après-midi', and a wrong number whose owner lives in a flat. Towns beside a bigger one
# (Ciboure by Saint-Jean-de-Luz, Yzeure by Moulins, Golbey by Épinal), a former commune that
# is now a district (La Canéda in Sarlat) and a hamlet in the vineyards (La Borie, Gaillac);
# postal codes in pairs, as thousands, digit by digit, in figures, and one the agent repeats
# wrong and the client corrects ('Non, trente-neuf mille tout rond. Le 39100, c'est Dole');
# surnames spelt, with 'P comme Paul' or 'gros, comme gros, et Didier, comme le prénom'; first
# names corrected (Miren, not Marie; Géraud, not Gérard); 'bis' and 'ter' house numbers; bills
# per month, per year (a single yearly invoice, a yearly figure after the bakery's own meter
# is set aside) and as bands; ages relative to the spouse or from a birth year (the set's year
# is 2026, as in the earlier sets); heating in everyday words (a reversible air conditioner in
# every room, a wood cook-stove with a back boiler, a log boiler in the cellar, radiant panels,
# 'radiateurs à inertie'); roofs as 'tuiles plates, brunes', 'les rondes', 'du bac acier',
# 'tuiles provençales'; orientations 'côté midi', 'au levant et au couchant', the setting sun
# on the terrace, 'le soleil tape dessus toute la journée'; jobs with and without a status (a
# baker on his own account, his wife employed by the bakery, a town-hall secretary
# 'titulaire', a retired merchant seaman, an intensive-care nurse, a parent on parental leave,
# a seamstress now retired, a cheesemaker, a self-employed nurse, a seasonal tourist-office
# worker, a walnut farmer, a car salesman now retired, a hospital care assistant, two wine
# growers, a part-time cashier, a ski instructor); slots 'jeudi vers seize heures', 'en fin de
# matinée', 'en début de soirée', 'à l'heure du déjeuner, midi et quart'; second numbers from
# landlines, a wine estate, a partner and a son. The gold is what a careful human
# fills from each call; where a value is debatable, the summary says why. Nobody tunes on it:
# never rendered, never part of ``FULL`` or ``SUBSET``; ``python -m
# benchmarks.extraction_quality --held-out 11`` scores it from its reference text.
HELD_OUT_11: tuple[Script, ...] = (
    _script(
        "h11_figeac_boulanger",
        "a baker in Figeac ('Quarante-six mille cent': 46100) who spells his surname ('P comme"
        " Paul, et ça finit par C, H, sans E derrière': Delpech) and gives his first name"
        " (Jean-Marc), '12 bis rue des Carmes' ('nous c'est le bis, derrière'): 'la vieille"
        " chaudière au fioul, avec des radiateurs en fonte' and a wood stove on Sundays (fioul),"
        " the bill paid yearly 'Mille neuf cents euros à peu près, par an' with the bakehouse on"
        " another meter (1900, annuelle), 140 m², 'Des tuiles plates, brunes' (tuiles), 'Le grand"
        " pan donne sur le jardin, côté midi' (sud: midi is the south), 'Vingt-cinq, trente mètres"
        " carrés, sans rien dessus' (20m), 54 and his wife 'deux ans de plus que moi' (56), married"
        " with three children, 'À mon compte depuis dix-sept ans' (indépendant depuis 17 ans), she"
        " 'salariée de l'entreprise, en CDI' (CDI), 'trois mille deux cents par mois', 'Lundi, en"
        " fin de matinée, vers onze heures' (lundi fin de matinée, 11h), his mobile then the"
        " house's landline (tel2)",
        """
        A: Bonjour monsieur, Inès, de Quercy Soleil Habitat. Je suis bien chez monsieur Delpech ?
        C: Oui, c'est moi. Je vous préviens, je n'ai pas longtemps : je me lève à trois heures,
           demain.
        A: Ce sera rapide. Vous avez demandé une étude pour des panneaux solaires, je vous
           rappelle pour la préparer.
        C: Ah, oui. C'est ma femme qui a rempli ça sur internet, mais on en a parlé ensemble.
           Allez-y.
        A: Je vérifie l'orthographe de votre nom : Delpech, D, E, L, P, E, C, H ?
        C: C'est ça. P comme Paul, et ça finit par C, H, sans E derrière. Et le prénom, c'est
           Jean-Marc.
        A: Merci, monsieur Delpech. Vous êtes propriétaire de la maison ?
        C: Oui, depuis vingt ans. On l'a achetée quand on a repris la boulangerie.
        A: Et l'adresse, c'est ?
        C: Douze bis, rue des Carmes. Le douze, c'est la voisine ; nous, c'est le bis, derrière.
        A: 12 bis rue des Carmes. À Figeac ?
        C: À {Figeac|Fijac}, oui. Quarante-six mille cent.
        A: Comment vous chauffez-vous ?
        C: On a encore la vieille chaudière au fioul, avec des radiateurs en fonte. Et un poêle à
           bois dans le séjour, qu'on allume le dimanche, quand on est là.
        A: Et votre facture d'électricité, vous la connaissez ?
        C: On la paie à l'année, avec la régularisation. Mille neuf cents euros à peu près, par
           an. Le fournil, c'est un autre compteur, au nom de la boulangerie. Mille neuf cents,
           c'est la maison.
        A: Mille neuf cents par an. La maison fait quelle surface ?
        C: Cent quarante mètres carrés. C'est une vieille maison en pierre, avec un pigeonnier.
        A: Et la toiture ?
        C: Des tuiles plates, brunes, comme partout dans le coin. Le pigeonnier aussi.
        A: Vous savez comment elle est orientée ?
        C: Le grand pan donne sur le jardin, côté midi. L'été, le soleil est dessus toute la
           journée.
        A: Et il y a de la place libre sur ce pan ?
        C: Vingt-cinq, trente mètres carrés, sans rien dessus. Le velux est de l'autre côté.
        A: Parfait. Je peux vous demander votre âge ?
        C: Cinquante-quatre ans.
        A: Et votre épouse ?
        C: Elle a deux ans de plus que moi. Ne lui dites pas que je vous l'ai dit.
        A: C'est noté, je ne dirai rien. Vous avez des enfants ?
        C: Trois. Les deux grands sont partis, le petit est encore au lycée, à Champollion.
        A: Vous êtes mariés ?
        C: Mariés, oui, depuis vingt-sept ans.
        A: Et vous êtes boulanger, si je comprends bien ?
        C: Boulanger, oui. À mon compte depuis dix-sept ans, sur la place du marché.
        A: Et votre épouse ?
        C: Elle tient la boutique. Elle est salariée de l'entreprise, en CDI : c'était plus
           simple pour sa retraite.
        A: Le revenu du foyer, à peu près ?
        C: Ça dépend des mois. Disons trois mille deux cents par mois, à nous deux.
        A: Merci. Un conseiller va vous rappeler pour l'étude. Quand est-ce que ça vous
           arrange ?
        C: Le lundi, c'est fermé. Lundi, en fin de matinée, vers onze heures. Avant, je dors.
        A: Lundi, en fin de matinée, onze heures. Sur quel numéro ?
        C: Mon portable : zéro six, douze, quarante-huit, soixante-dix-sept, trente-trois. Et si
           je ne réponds pas, le fixe de la maison : zéro cinq, soixante-cinq, trente-quatre,
           dix-neuf, quatre-vingt-deux.
        A: Zéro six, douze, quarante-huit, soixante-dix-sept, trente-trois, et le fixe, zéro
           cinq, soixante-cinq, trente-quatre, dix-neuf, quatre-vingt-deux. C'est noté.
        C: Très bien. Bonne soirée, mademoiselle.
        A: Bonne soirée, monsieur Delpech.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Jean-Marc",
        client_last_name_data_ia="Delpech",
        client_phone_number="0612487733",
        client_city_data_ia="Figeac",
        client_address_data_ia="12 bis rue des Carmes",
        client_postal_code_data_ia="46100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="1900",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="140",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="54",
        age_mme_data_ia="56",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="indépendant depuis 17 ans",
        activite_mme_data_ia="CDI",
        revenu_data_ia="3200 euros par mois",
        tel2_data_ia="0565341982",
        creneau_rappel_data_ia="lundi fin de matinée",
        heure_rappel_data_ia="11h",
        **_OWNER,
    ),
    _script(
        "h11_ciboure_miren",
        "a town-hall secretary at Ciboure ('Non, à Ciboure. De l'autre côté du port', not"
        " Saint-Jean-de-Luz; 'Soixante-quatre, cinq cents': 64500) who corrects the first name in"
        " the file ('pas Marie. Miren. M, I, R, E, N': Miren), '6 chemin de Bordagain': 'la clim"
        " ... Des splits dans chaque pièce, qui chauffent l'hiver ... une pompe à chaleur"
        " air-air' (pompe à chaleur: a reversible air conditioner is an air-to-air heat pump),"
        " 'Plus de cent euros par mois, ça c'est sûr' (plus_de_100, mensuelle), 90 m² 'avec"
        " l'étage', 'Des tuiles rouges, les rondes' (tuiles), the orientation 'je ne sais pas'"
        " ('-'), free roof space never asked ('-'), 61 and her husband 'né en soixante-deux' (64"
        " in 2026, the set's year; 63 if his birthday is still to come, but a careful human"
        " subtracts), married with two children, 'secrétaire à la mairie de Saint-Jean."
        " Titulaire' (fonctionnaire: a tenured local-government post), he 'à la retraite ... la"
        " marine marchande' (retraité), income kept for the adviser ('-'), 'mercredi, en fin de"
        " matinée' with no hour (mercredi fin de matinée), her mobile then the landline (tel2)",
        """
        A: Bonjour madame, Hugo, de Côte Basque Énergie. Je suis bien chez madame Marie
           Etcheverry ?
        C: Etcheverry, oui, mais pas Marie. Miren. M, I, R, E, N. C'est Marie en basque, tout le
           monde se trompe.
        A: Pardon, madame. Miren Etcheverry. Je vous appelle pour votre demande d'étude de
           panneaux solaires. Vous avez quelques minutes ?
        C: Oui, je suis en pause déjeuner. Allez-y.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui. C'était la maison de mes parents, on l'a rachetée à mon frère et on l'a rénovée.
        A: Elle se trouve à Saint-Jean-de-Luz ?
        C: Non, à Ciboure. De l'autre côté du port. Les gens disent Saint-Jean, mais nous, on
           tient à Ciboure.
        A: Et le code postal ?
        C: Soixante-quatre, cinq cents. C'est le même que Saint-Jean, d'ailleurs.
        A: 64500. L'adresse ?
        C: Six, chemin de Bordagain. En haut de la côte, vers la chapelle.
        A: Comment chauffez-vous la maison ?
        C: On a fait mettre la clim, il y a trois ans. Des splits dans chaque pièce, qui
           chauffent l'hiver. Le monsieur qui l'a posée a dit que c'était une pompe à chaleur
           air-air.
        A: Et votre facture d'électricité ?
        C: Plus de cent euros par mois, ça c'est sûr. Combien exactement, je ne saurais pas vous
           dire, c'est mon mari qui s'occupe des factures.
        A: Plus de cent par mois. Et la surface de la maison ?
        C: Quatre-vingt-dix mètres carrés, avec l'étage.
        A: Le toit, il est en quoi ?
        C: Des tuiles rouges, les rondes, comme sur toutes les maisons basques.
        A: Vous savez comment il est orienté ?
        C: Alors ça... Il faudrait demander à mon fils, c'est lui qui est monté dessus quand il y
           avait une fuite. Moi, je ne sais pas.
        A: Pas de souci, le conseiller regardera. Je peux vous demander votre âge ?
        C: Soixante et un ans.
        A: Et votre mari ?
        C: Il est né en soixante-deux. Faites le calcul, moi, je ne compte plus.
        A: Vous êtes mariés, donc. Vous avez des enfants ?
        C: Mariés, oui. Deux, un garçon et une fille. Ils sont grands, ils habitent Bayonne.
        A: Vous travaillez encore ?
        C: Oui, je suis secrétaire à la mairie de Saint-Jean. Titulaire, depuis vingt ans.
        A: Et votre mari ?
        C: Il est à la retraite. Il était dans la marine marchande, il a fait le tour du monde
           vingt fois.
        A: Pour le revenu du foyer ?
        C: Ça, je préfère le voir avec le conseiller, quand mon mari sera là.
        A: Bien sûr. Quand est-ce qu'il peut vous rappeler ?
        C: Le mercredi, je ne travaille pas. L'après-midi, mon mari a son club de pelote... Alors
           plutôt le matin : mercredi, en fin de matinée.
        A: Mercredi, en fin de matinée. Sur quel numéro ?
        C: Sur mon portable : zéro six, quarante-sept, quatre-vingt-trois, vingt et un,
           cinquante-six. Et le fixe de la maison, au cas où : zéro cinq, cinquante-neuf,
           vingt-six, soixante-dix, quatorze.
        A: Zéro six, quarante-sept, quatre-vingt-trois, vingt et un, cinquante-six, et zéro
           cinq, cinquante-neuf, vingt-six, soixante-dix, quatorze. Merci, madame Etcheverry.
        C: {Milesker|Milèskèr} ! Merci, au revoir.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Miren",
        client_last_name_data_ia="Etcheverry",
        client_phone_number="0647832156",
        client_city_data_ia="Ciboure",
        client_address_data_ia="6 chemin de Bordagain",
        client_postal_code_data_ia="64500",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="plus_de_100",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="90",
        toiture_data_ia="tuiles",
        age_mr_data_ia="64",
        age_mme_data_ia="61",
        situation_familiale_data_ia="mariée, 2 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="fonctionnaire",
        tel2_data_ia="0559267014",
        creneau_rappel_data_ia="mercredi fin de matinée",
        **_OWNER,
    ),
    _script(
        "h11_yzeure_infirmier",
        "an intensive-care nurse at Yzeure ('la commune juste à côté, on est collés à Moulins';"
        " the code digit by digit 'Zéro, trois, quatre, zéro, zéro': 03400) who names himself at"
        " once (Anthony Perrichon), '41 allée des Tilleuls': 'Électrique. Des panneaux rayonnants"
        " ... une clim dans le salon, mais on s'en sert surtout l'été' (électrique), 'Cent trente"
        " et un euros par mois' (131), 95 m² (the unconverted basement left out), 'En tuiles."
        " Mécaniques, je crois' (tuiles), 'Le jardin est à l'ouest ... le grand côté, il est du"
        " côté du jardin' (ouest), 'deux velux et la cheminée ... quinze mètres carrés, pas plus'"
        " (moins de 20m), 38 and his partner 36, 'Pacsés. Et on a un petit garçon' (pacsé, 1"
        " enfant), 'Fonctionnaire hospitalier' (fonctionnaire), she 'en congé parental' (the"
        " only status said for her), 'Deux mille sept cents par mois', 'Jeudi, vers seize heures'"
        " (jeudi, 16h: a day and an hour, no part of the day said), the mobile he is called on,"
        " read out (main), no second number",
        """
        A: Bonjour monsieur, Manon, de Bourbonnais Énergie Solaire. Monsieur Perrichon ?
        C: Oui, bonjour. Anthony Perrichon. C'est pour la simulation ?
        A: Tout à fait, pour les panneaux solaires. Vous avez un moment ?
        C: Oui, je suis de repos aujourd'hui. Allez-y.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui, on a acheté il y a quatre ans, avec ma compagne.
        A: Et vous êtes à Moulins ?
        C: À {Yzeure|Izeure}. C'est la commune juste à côté, on est collés à Moulins, mais ce
           n'est pas Moulins. Y, Z, E, U, R, E.
        A: Le code postal ?
        C: Zéro, trois, quatre, zéro, zéro.
        A: 03400. Et l'adresse ?
        C: Quarante et un, allée des Tilleuls. C'est un lotissement, les maisons se ressemblent
           toutes.
        A: Comment vous chauffez-vous ?
        C: Électrique. Des panneaux rayonnants dans toutes les pièces. On a aussi une clim dans
           le salon, mais on s'en sert surtout l'été.
        A: Votre facture d'électricité, elle est de combien ?
        C: Cent trente et un euros par mois. On est mensualisés.
        A: Et la surface de la maison ?
        C: Quatre-vingt-quinze mètres carrés. Plus le sous-sol, mais il n'est pas aménagé.
        A: Et le toit, il est en quoi ?
        C: En tuiles. Mécaniques, je crois. Elles sont rouges, en tout cas.
        A: Vous savez comment il est orienté ?
        C: Le jardin est à l'ouest, on a le soleil couchant sur la terrasse. Et le toit, le grand
           côté, il est du côté du jardin.
        A: Et il y a de la place libre, de ce côté-là ?
        C: Pas tant que ça. Il y a deux velux et la cheminée. On doit avoir quinze mètres carrés,
           pas plus.
        A: D'accord. Votre âge ?
        C: Trente-huit ans. Ma compagne en a trente-six.
        A: Vous êtes mariés ?
        C: Pacsés. Et on a un petit garçon, il a eu un an la semaine dernière.
        A: Vous travaillez dans quoi ?
        C: Je suis infirmier en réanimation, à l'hôpital de Moulins. Fonctionnaire hospitalier.
        A: Et votre compagne ?
        C: Elle est en congé parental, pour le petit. Elle reprend en septembre.
        A: Pour les aides, le revenu du foyer, à peu près ?
        C: Deux mille sept cents par mois, en ce moment. Avec le congé, on a perdu un salaire.
        A: Merci. Un conseiller peut vous rappeler quand ?
        C: Jeudi, vers seize heures. Je sors de nuit mercredi, le temps de dormir un peu.
        A: Jeudi, seize heures. Je vous appelle sur ce portable ?
        C: Oui, celui-ci : zéro sept, quatre-vingt-un, vingt-deux, soixante-trois, dix.
        A: Zéro sept, quatre-vingt-un, vingt-deux, soixante-trois, dix. Merci, monsieur
           Perrichon.
        C: Merci à vous. Au revoir.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Anthony",
        client_last_name_data_ia="Perrichon",
        client_phone_number="0781226310",
        client_city_data_ia="Yzeure",
        client_address_data_ia="41 allée des Tilleuls",
        client_postal_code_data_ia="03400",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="131",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="95",
        toiture_data_ia="tuiles",
        orientation_data_ia="ouest",
        toit_libre="moins de 20m",
        age_mr_data_ia="38",
        age_mme_data_ia="36",
        situation_familiale_data_ia="pacsé, 1 enfant",
        activite_mr_data_ia="fonctionnaire",
        activite_mme_data_ia="en congé parental",
        revenu_data_ia="2700 euros par mois",
        creneau_rappel_data_ia="jeudi",
        heure_rappel_data_ia="16h",
        **_OWNER,
    ),
    _script(
        "h11_golbey_couturiere",
        "a retired seamstress, widowed, at Golbey ('Juste au-dessus d'Épinal, le long du canal';"
        " 'Quatre-vingt-huit, cent quatre-vingt-dix': 88190) whose son filled in the form (his"
        " name, Christophe, is not hers), surname 'en un seul mot : gros, comme gros, et Didier,"
        " comme le prénom' (Grosdidier), '30 rue des Jardins', 'Depuis mille neuf cent"
        " quatre-vingt-un' is when they bought, not an age: 'Au gaz. Une chaudière à"
        " condensation' (gaz), 'Soixante-douze euros. Tous les mois' (72, mensuelle), 110 m²,"
        " 'Des tuiles mécaniques' (tuiles), 'l'orientation, je ne sais pas. Mais le soleil tape"
        " dessus toute la journée' (bien ensoleillée), free roof space never asked ('-'), 'Je"
        " suis née en quarante-neuf. Alors faites le compte' (77 in 2026, the set's year), 'Veuve,"
        " depuis quatre ans. J'ai deux fils' (veuve, 2 enfants), 'couturière ... à la retraite'"
        " (retraitée), 'mille six cents par mois' with the survivor's pension, 'Pas le mardi ..."
        " Lundi matin, vers dix heures' (lundi matin, 10h), her landline first, then her son's"
        " mobile (tel2: the second number given, though it is the son's)",
        """
        A: Bonjour madame, Loïc, de Vosges Habitat Solaire. Madame Grosdidier ?
        C: Oui, c'est moi. Colette Grosdidier.
        A: Bonjour madame. Je vous appelle au sujet de la demande d'étude pour des panneaux
           solaires. C'est votre fils qui nous a contactés, je crois ?
        C: Oui, Christophe. Il m'a dit que vous appelleriez. Il veut que je fasse des économies,
           il s'inquiète pour moi.
        A: Je vérifie l'orthographe de votre nom, pour le dossier.
        C: En un seul mot : gros, comme gros, et Didier, comme le prénom. Grosdidier. C'est un
           nom de chez nous, on en trouve plein dans les Vosges.
        A: Merci. Vous êtes propriétaire de votre maison ?
        C: Oui. Depuis mille neuf cent quatre-vingt-un. On l'a achetée avec mon pauvre mari.
        A: Et elle se trouve où ?
        C: À Golbey. Juste au-dessus d'Épinal, le long du canal.
        A: Le code postal ?
        C: Quatre-vingt-huit, cent quatre-vingt-dix.
        A: 88190. Et l'adresse ?
        C: Trente, rue des Jardins.
        A: Comment vous chauffez-vous ?
        C: Au gaz. Une chaudière à condensation, que mon fils m'a fait changer il y a cinq ans.
        A: Et votre facture d'électricité ?
        C: Soixante-douze euros. Tous les mois, c'est prélevé.
        A: Soixante-douze par mois. La maison fait combien de mètres carrés ?
        C: Cent dix. C'est bien trop grand pour moi toute seule, maintenant.
        A: Et le toit ?
        C: Des tuiles. Des tuiles mécaniques, celles d'origine.
        A: Vous savez comment il est orienté ?
        C: Oh, l'orientation, je ne sais pas. Mais le soleil tape dessus toute la journée : l'été,
           on étouffe au grenier.
        A: Je peux vous demander votre âge, madame ?
        C: Je suis née en quarante-neuf. Alors faites le compte.
        A: Vous vivez seule, vous disiez ?
        C: Veuve, depuis quatre ans. J'ai deux fils : Christophe, qui habite Épinal et qui passe
           souvent, et le grand, qui est à Nancy.
        A: Vous travailliez dans quoi ?
        C: J'étais couturière. D'abord à l'usine, dans le textile, et puis les retouches, chez
           moi. Maintenant, je suis à la retraite, bien sûr.
        A: Et le revenu, à peu près ?
        C: Avec la réversion de mon mari, mille six cents par mois.
        A: Merci. Un conseiller va vous rappeler. Quand est-ce que ça vous arrange ?
        C: Le matin. Pas le mardi, c'est le marché. Lundi matin, vers dix heures, ça irait ?
           Christophe pourra être là.
        A: Lundi matin, dix heures. Sur quel numéro ?
        C: Le fixe : zéro trois, vingt-neuf, trente et un, quarante-huit, zéro six. Et mettez
           aussi le portable de Christophe, c'est lui qui suit le dossier : zéro six,
           quatre-vingt-dix, cinquante-trois, douze, soixante-sept.
        A: Zéro trois, vingt-neuf, trente et un, quarante-huit, zéro six, et pour votre fils,
           zéro six, quatre-vingt-dix, cinquante-trois, douze, soixante-sept. C'est noté,
           madame Grosdidier.
        C: Merci, jeune homme. Au revoir.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Colette",
        client_last_name_data_ia="Grosdidier",
        client_phone_number="0329314806",
        client_city_data_ia="Golbey",
        client_address_data_ia="30 rue des Jardins",
        client_postal_code_data_ia="88190",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="72",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="110",
        toiture_data_ia="tuiles",
        orientation_data_ia="bien ensoleillée",
        age_mme_data_ia="77",
        situation_familiale_data_ia="veuve, 2 enfants",
        activite_mme_data_ia="retraitée",
        revenu_data_ia="1600 euros par mois",
        tel2_data_ia="0690531267",
        creneau_rappel_data_ia="lundi matin",
        heure_rappel_data_ia="10h",
        **_OWNER,
    ),
    _script(
        "h11_lons_fromager",
        "a cheesemaker at Lons-le-Saunier ('Oui, à Lons') who spells his surname (Cuynet) and"
        " corrects the agent's repeat of the code ('Trente-neuf mille' / '39100 ?' / 'Non,"
        " trente-neuf mille tout rond. Le 39100, c'est Dole': 39000), '7 ter rue des Salines'"
        " ('nous c'est le ter'): 'Au bois. Une chaudière à bûches, dans la cave' (bois), 'Autour"
        " de soixante euros par mois' (60: 'autour de' dropped), 160 m² 'Sans la grange', 'En"
        " tôle. Du bac acier' (bac acier: the old tiles were replaced), 'Plein sud, le grand pan'"
        " with 'bien cinquante mètres carrés sans rien' (sud, 20m), 45 and his partner 'deux ans"
        " de moins' (43), 'Pas mariés, pas pacsés. Trois enfants' (en couple, 3 enfants),"
        " 'fromager, à la fruitière ... Salarié, en CDI' (CDI), she 'Infirmière libérale ... à son"
        " compte il y a dix ans' (indépendante depuis 10 ans), income never asked ('-'), 'Samedi"
        " matin, à neuf heures' (samedi matin, 9h), his mobile then his partner's (tel2)",
        """
        A: Bonjour monsieur, Chloé, de Jura Énergie Conseil. Monsieur Cuynet ?
        C: Oui, c'est moi. Bonjour.
        A: Je vous appelle pour votre demande d'étude pour des panneaux solaires. Vous avez
           quelques minutes ?
        C: Oui, je garde les enfants, ils font leurs devoirs. Allez-y.
        A: Votre prénom, pour la fiche ?
        C: Rémi. Et le nom, je vous l'épelle, tout le monde l'écorche : C, U, Y, N, E, T. On dit
           Cuinet, mais c'est avec un Y.
        A: Merci. Vous êtes propriétaire ?
        C: Oui, c'est une ancienne ferme qu'on a retapée, avec ma compagne.
        A: À Lons-le-Saunier ?
        C: Oui, à Lons. Sept ter, rue des Salines. Il y a trois maisons au sept, nous c'est le
           ter.
        A: Et le code postal ?
        C: Trente-neuf mille.
        A: 39100 ?
        C: Non, trente-neuf mille tout rond. Le 39100, c'est Dole.
        A: Pardon, 39000. Comment vous chauffez-vous ?
        C: Au bois. Une chaudière à bûches, dans la cave, avec un gros ballon d'eau. Le bois, on
           l'a par la famille, ça ne nous coûte presque rien.
        A: Et votre facture d'électricité ?
        C: Autour de soixante euros par mois. L'hiver, un peu plus, à cause de la pompe de la
           chaudière.
        A: Soixante par mois. La surface de la maison ?
        C: Cent soixante mètres carrés habitables. Sans la grange.
        A: Le toit, il est en quoi ?
        C: En tôle. Du bac acier : on l'a refait il y a deux ans, les vieilles tuiles fuyaient de
           partout.
        A: Et l'orientation ?
        C: Plein sud, le grand pan. Et comme c'est une ferme, le toit est immense : il y a bien
           cinquante mètres carrés sans rien dessus.
        A: Parfait. Votre âge ?
        C: Quarante-cinq ans. Ma compagne a deux ans de moins.
        A: Vous êtes mariés ?
        C: Non, on vit ensemble, c'est tout. Pas mariés, pas pacsés. Trois enfants.
        A: Vous travaillez dans quoi ?
        C: Je suis fromager, à la fruitière du village d'à côté, on fait du comté. Salarié, en
           CDI.
        A: Et votre compagne ?
        C: Infirmière libérale. Elle s'est installée à son compte il y a dix ans.
        A: Merci. Un conseiller peut vous rappeler quand ?
        C: Samedi matin, à neuf heures. Après, il y a le marché et le foot des enfants.
        A: Samedi matin, neuf heures. Sur quel numéro ?
        C: Mon portable : zéro six, trente, cinquante-sept, quatre-vingt-neuf, quarante-quatre.
           Sinon, ma compagne : zéro six, soixante-deux, dix-huit, quarante et un, zéro cinq.
        A: Zéro six, trente, cinquante-sept, quatre-vingt-neuf, quarante-quatre, et zéro six,
           soixante-deux, dix-huit, quarante et un, zéro cinq. Merci, monsieur Cuynet.
        C: Merci. Au revoir.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Rémi",
        client_last_name_data_ia="Cuynet",
        client_phone_number="0630578944",
        client_city_data_ia="Lons-le-Saunier",
        client_address_data_ia="7 ter rue des Salines",
        client_postal_code_data_ia="39000",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="60",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="160",
        toiture_data_ia="bac acier",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="45",
        age_mme_data_ia="43",
        situation_familiale_data_ia="en couple, 3 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="indépendante depuis 10 ans",
        tel2_data_ia="0662184105",
        creneau_rappel_data_ia="samedi matin",
        heure_rappel_data_ia="9h",
        **_OWNER,
    ),
    _script(
        "h11_sarlat_caneda",
        "a seasonal tourist-office worker at La Canéda ('C'était une commune, avant, maintenant"
        " c'est Sarlat. Sarlat-la-Canéda, sur les papiers': Sarlat-la-Canéda; 'Vingt-quatre, deux"
        " cents': 24200), surname spelt (Bouysset), '18 chemin des Noyers': 'une cuisinière à"
        " bois avec un bouilleur, qui chauffe aussi les radiateurs' (bois), 'Quatre-vingt-cinq"
        " euros par mois' (85), 120 m² with the converted attic, 'Des tuiles plates, des tuiles de"
        " pays, brunes. On n'a pas de lauzes' (tuiles), 'un pan au levant et un au couchant'"
        " (est-ouest), 'Chacun fait bien trente mètres carrés' (20m), 47 and her husband 'vient"
        " d'avoir cinquante ans' (50), married with two children, 'En CDD, d'avril à octobre, tous"
        " les ans' (CDD), he 'agriculteur. Il fait des noix' (agriculteur), 'Trente-deux mille par"
        " an, les bonnes années' (32000 euros par an), 'Mardi, en début de soirée. Dix-huit heures"
        " trente' (mardi début de soirée, 18h30: 'début de soirée' kept as said rather than"
        " 'soir')",
        """
        A: Bonjour madame, Maxime, de Périgord Solaire. Madame Bouysset ?
        C: Oui, c'est moi. C'est pour les panneaux ? Je vous attendais.
        A: Tout à fait. Je prépare l'étude avec vous. Votre prénom ?
        C: Sandrine.
        A: Et Bouysset, ça s'écrit comment ?
        C: B, O, U, Y, deux S, E, T.
        A: Merci. Vous êtes propriétaire de votre maison ?
        C: Oui, avec mon mari. C'est la maison de sa grand-mère, on l'a reprise.
        A: Et vous êtes à Sarlat ?
        C: À La Canéda. C'était une commune, avant, maintenant c'est Sarlat. Sarlat-la-Canéda,
           sur les papiers. On est à cinq minutes du centre.
        A: Le code postal ?
        C: Vingt-quatre, deux cents.
        A: 24200. Et l'adresse ?
        C: Dix-huit, chemin des Noyers.
        A: Comment vous chauffez-vous ?
        C: Au bois. On a une cuisinière à bois avec un bouilleur, qui chauffe aussi les
           radiateurs. Du bois, on en a, avec les noyers.
        A: Et votre facture d'électricité ?
        C: Quatre-vingt-cinq euros par mois.
        A: Et la surface de la maison ?
        C: Cent vingt. Avec le grenier, qu'on a aménagé pour les enfants.
        A: Et le toit ?
        C: Des tuiles plates, des tuiles de pays, brunes. On n'a pas de lauzes, nous, ce n'est
           pas un château !
        A: Vous savez comment il est orienté ?
        C: Il a deux pans : un pan au levant et un au couchant.
        A: Et il y a de la place libre, sur les pans ?
        C: Chacun fait bien trente mètres carrés, et il n'y a qu'une lucarne.
        A: Parfait. Je peux vous demander votre âge ?
        C: Quarante-sept ans. Mon mari vient d'avoir cinquante ans, on a fait la fête en octobre.
        A: Vous êtes mariés ?
        C: Oui, mariés. Deux enfants : une au lycée, un à la fac, à Bordeaux.
        A: Vous travaillez ?
        C: Je travaille à l'office de tourisme, en saison. En CDD, d'avril à octobre, tous les
           ans.
        A: Et votre mari ?
        C: Il est agriculteur. Il fait des noix, et un peu de maïs.
        A: Le revenu du foyer, à peu près ?
        C: Avec les noix, ça varie. Trente-deux mille par an, les bonnes années.
        A: Merci. Quand est-ce qu'un conseiller peut vous rappeler ?
        C: Mardi, en début de soirée. Dix-huit heures trente, quand mon mari rentre du verger.
        A: Mardi, en début de soirée, dix-huit heures trente. Sur quel numéro ?
        C: Zéro six, soixante-quinze, zéro neuf, trente-huit, vingt-quatre.
        A: 06 75 09 38 24. Merci, madame Bouysset.
        C: Merci, bonne journée.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Sandrine",
        client_last_name_data_ia="Bouysset",
        client_phone_number="0675093824",
        client_city_data_ia="Sarlat-la-Canéda",
        client_address_data_ia="18 chemin des Noyers",
        client_postal_code_data_ia="24200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="85",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="120",
        toiture_data_ia="tuiles",
        orientation_data_ia="est-ouest",
        toit_libre="20m",
        age_mr_data_ia="50",
        age_mme_data_ia="47",
        situation_familiale_data_ia="mariée, 2 enfants",
        activite_mr_data_ia="agriculteur",
        activite_mme_data_ia="CDD",
        revenu_data_ia="32000 euros par an",
        creneau_rappel_data_ia="mardi début de soirée",
        heure_rappel_data_ia="18h30",
        **_OWNER,
    ),
    _script(
        "h11_vendome_geraud",
        "a retired car salesman in Vendôme (the code in figures, '41100') whose first name the"
        " agent gets wrong ('Pas Gérard : Géraud, avec A, U, D': Géraud), '5 impasse des"
        " Lavandières': 'Au gaz. Une vieille chaudière au sol' (gaz), 'une seule facture par an."
        " La dernière, c'était huit cent quarante euros. Pour l'année entière' (840, annuelle),"
        " 105 m² 'Plus le garage', 'De l'ardoise' (ardoises), 'Le pan de derrière ... il est"
        " plein sud' (sud), 'Oui, au moins' twenty free square metres (20m), 66 and his wife 64,"
        " married with three children (the grandchildren add nothing), 'Retraité depuis quatre"
        " ans' (retraité), she 'aide-soignante ... Titulaire de la fonction publique"
        " hospitalière' (fonctionnaire), 'trois mille quatre cents par mois', 'Mercredi, en début"
        " d'après-midi, vers quatorze heures' (mercredi début d'après-midi, 14h), the landline"
        " first ('de préférence': main), then his mobile (tel2)",
        """
        A: Bonjour monsieur, Océane, de Val de Loire Solaire. Monsieur Gérard Lhomme ?
        C: Géraud. Pas Gérard : Géraud, avec A, U, D à la fin. On me fait le coup depuis
           soixante ans.
        A: Excusez-moi, monsieur Lhomme. Je vous appelle pour votre demande d'étude de panneaux
           solaires. Vous avez quelques minutes ?
        C: J'ai tout mon temps, je suis à la retraite. Allez-y.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui, depuis trente ans. Elle est payée, enfin.
        A: À Vendôme ?
        C: À Vendôme, oui. Le code postal, c'est le {41100|quarante et un mille cent}.
        A: Et l'adresse ?
        C: Cinq, impasse des Lavandières. Au bout, la maison avec le portail vert.
        A: Comment est-ce que vous vous chauffez ?
        C: Au gaz. Une vieille chaudière au sol, qui a bien vingt-cinq ans. Elle ronfle, mais
           elle tient.
        A: Et votre facture d'électricité ?
        C: On reçoit une seule facture par an. La dernière, c'était huit cent quarante euros.
           Pour l'année entière.
        A: Huit cent quarante par an. Et la surface ?
        C: Cent cinq mètres carrés. Plus le garage.
        A: Et le toit ?
        C: De l'ardoise. Comme partout dans le Loir-et-Cher.
        A: Vous savez comment il est orienté ?
        C: Le pan de derrière, celui qui donne sur le Loir, il est plein sud.
        A: Et il y a au moins vingt mètres carrés de libres dessus ?
        C: Oui, au moins. Il n'y a rien, ni cheminée ni fenêtre, de ce côté-là.
        A: Très bien. Votre âge, monsieur Lhomme ?
        C: Soixante-six ans. Et ma femme, soixante-quatre.
        A: Vous êtes mariés ?
        C: Oui, mariés. Trois enfants, et cinq petits-enfants.
        A: Vous étiez dans quelle branche, avant la retraite ?
        C: Commercial, chez un concessionnaire automobile. Retraité depuis quatre ans.
        A: Et votre épouse ?
        C: Elle travaille encore un peu. Elle est aide-soignante à l'hôpital de Vendôme.
           Titulaire de la fonction publique hospitalière ; elle part l'an prochain.
        A: Le revenu du foyer, à peu près ?
        C: Ma retraite et son salaire : trois mille quatre cents par mois.
        A: Merci. Quand un conseiller peut-il vous rappeler ?
        C: La semaine prochaine. Mercredi, en début d'après-midi, vers quatorze heures ?
        A: Mercredi, en début d'après-midi, quatorze heures. Sur quel numéro ?
        C: Le fixe, de préférence : zéro deux, cinquante-quatre, soixante-dix-sept, zéro trois,
           quatre-vingt-onze. Et si on n'est pas là, mon portable : zéro six, vingt-huit,
           quatorze, cinquante-cinq, soixante.
        A: Zéro deux, cinquante-quatre, soixante-dix-sept, zéro trois, quatre-vingt-onze, et
           zéro six, vingt-huit, quatorze, cinquante-cinq, soixante. Merci, monsieur Lhomme.
        C: Au revoir, mademoiselle.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Géraud",
        client_last_name_data_ia="Lhomme",
        client_phone_number="0254770391",
        client_city_data_ia="Vendôme",
        client_address_data_ia="5 impasse des Lavandières",
        client_postal_code_data_ia="41100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="840",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="105",
        toiture_data_ia="ardoises",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="66",
        age_mme_data_ia="64",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="fonctionnaire",
        revenu_data_ia="3400 euros par mois",
        tel2_data_ia="0628145560",
        creneau_rappel_data_ia="mercredi début d'après-midi",
        heure_rappel_data_ia="14h",
        **_OWNER,
    ),
    _script(
        "h11_gaillac_vigneronne",
        "a wine grower in her cellar at La Borie ('C'est un hameau, au milieu des vignes. La"
        " Borie, mais pour la poste, c'est Gaillac': Gaillac; 'Quatre-vingt-un, six cents':"
        " 81600) who names herself at once (Audrey Carayon), '4 chemin de la Borie': 'Au fioul."
        " La chaudière a vingt ans' (fioul), 'Pour la maison ? Cent douze euros par mois. Le"
        " chai, c'est un autre compteur' (112), 130 m², 'Des tuiles canal' (tuiles), 'Le grand"
        " pan regarde vers le sud ... L'autre, derrière, il est au nord' (sud), 'Plus de vingt"
        " mètres carrés, sûrement' (20m), 40 and her partner Fabien 'trois de plus' (43; his name"
        " is not hers), 'Pacsés ... On a deux filles' (pacsée, 2 enfants), 'on est à notre compte"
        " tous les deux depuis' they took over the estate 'il y a douze ans' (both indépendant(e)"
        " depuis 12 ans: wine growers, but 'à notre compte' is the status said), income withheld"
        " ('-'), 'Vendredi, à l'heure du déjeuner. Midi et quart' (vendredi midi, 12h15), her"
        " mobile then the estate's landline (tel2)",
        """
        A: Bonjour madame, Romain, de Tarn Soleil Énergie. Madame Carayon ?
        C: Oui, c'est moi, Audrey Carayon. Excusez le bruit, je suis dans le chai.
        A: Je vous appelle pour votre demande d'étude pour des panneaux solaires. C'est un bon
           moment ?
        C: Oui, ça va, les vendanges sont loin. Allez-y.
        A: Vous êtes propriétaire de la maison ?
        C: Oui. La maison et le domaine, avec mon compagnon.
        A: Et l'adresse ?
        C: Quatre, chemin de la Borie. C'est un hameau, au milieu des vignes. La Borie, mais pour
           la poste, c'est {Gaillac|Gayac}.
        A: Et le code postal ?
        C: Quatre-vingt-un, six cents.
        A: 81600. Comment vous chauffez la maison ?
        C: Au fioul. La chaudière a vingt ans, c'est pour ça qu'on réfléchit à tout ça.
        A: Et votre facture d'électricité ?
        C: Pour la maison ? Cent douze euros par mois. Le chai, c'est un autre compteur, au nom
           du domaine.
        A: Cent douze par mois. La surface ?
        C: Cent trente mètres carrés.
        A: Et le toit ?
        C: Des tuiles canal, comme tout le monde ici.
        A: Et l'orientation ?
        C: Le grand pan regarde vers le sud, face aux vignes. L'autre, derrière, il est au nord,
           contre la colline.
        A: Et la place libre sur le pan sud ?
        C: C'est un grand toit, il y a de quoi. Plus de vingt mètres carrés, sûrement.
        A: Votre âge, madame ?
        C: Quarante ans. Et Fabien, mon compagnon, trois de plus.
        A: Vous êtes mariés ?
        C: Pacsés. Depuis la naissance de notre première. On a deux filles.
        A: Et vous travaillez tous les deux au domaine ?
        C: Oui, on est vignerons. On a repris le domaine de ses parents il y a douze ans, et on
           est à notre compte tous les deux depuis.
        A: Le revenu du foyer ?
        C: Ça, ça dépend trop des années : la grêle, le gel... Je ne peux pas vous donner un
           chiffre.
        A: Je comprends. Quand peut-on vous rappeler ?
        C: Vendredi, à l'heure du déjeuner. Midi et quart, on sera rentrés de la taille, dans
           les vignes.
        A: Vendredi, midi et quart. Sur quel numéro ?
        C: Mon portable : zéro six, quatorze, soixante-neuf, trente-deux, quatre-vingt-sept. Ou
           le fixe du domaine : zéro cinq, soixante-trois, cinquante-sept, douze,
           quarante-huit.
        A: Zéro six, quatorze, soixante-neuf, trente-deux, quatre-vingt-sept, et zéro cinq,
           soixante-trois, cinquante-sept, douze, quarante-huit. Merci, madame Carayon.
        C: Merci à vous, bonne journée.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Audrey",
        client_last_name_data_ia="Carayon",
        client_phone_number="0614693287",
        client_city_data_ia="Gaillac",
        client_address_data_ia="4 chemin de la Borie",
        client_postal_code_data_ia="81600",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="112",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="130",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="43",
        age_mme_data_ia="40",
        situation_familiale_data_ia="pacsée, 2 enfants",
        activite_mr_data_ia="indépendant depuis 12 ans",
        activite_mme_data_ia="indépendante depuis 12 ans",
        tel2_data_ia="0563571248",
        creneau_rappel_data_ia="vendredi midi",
        heure_rappel_data_ia="12h15",
        **_OWNER,
    ),
    _script(
        "h11_draguignan_refus",
        "a refusal from a retired engineer in Draguignan who has done his sums: three quotes last"
        " year and nothing signed, self-consumption when he uses power in the evening, a resale"
        " price of 'trois fois rien', a roof redone two years ago he will not have drilled for"
        " panels 'fabriqués en Chine', a fifteen-year payback at seventy, a house he means to sell"
        " for a flat, 'Gratuite, sans engagement... C'est toujours comme ça que ça commence', and"
        " 'rayez-moi de votre fichier'; what he lets fall: owner, 'À l'électrique, des radiateurs"
        " à inertie' (électrique), 'cent cinquante euros par mois' (150), 'des tuiles"
        " provençales' (tuiles), 'j'ai soixante-dix ans', 'je suis ingénieur à la retraite'"
        " (retraité), 'À Draguignan, oui'; surname from the greeting, no first name, no number,"
        " no family status (Non intéressant)",
        """
        A: Bonjour monsieur, Lucie, de Var Énergie Conseil. Monsieur Giordano ?
        C: Oui. C'est pour quoi ?
        A: Je vous appelle au sujet des panneaux solaires, pour réduire votre facture
           d'électricité avec les aides de l'État. Vous êtes bien propriétaire de votre maison ?
        C: Oui, je suis propriétaire. Mais je vous arrête tout de suite : j'ai eu trois devis
           l'an dernier, et je n'ai rien signé.
        A: Justement, on pourrait refaire le point ensemble. Vous vous chauffez comment ?
        C: À l'électrique, des radiateurs à inertie. Et la facture, je vous vois venir : cent
           cinquante euros par mois. Vos collègues m'ont juré que je la diviserais par deux. Ce
           n'est pas vrai.
        A: Avec l'autoconsommation, une bonne partie de ce que vous consommez...
        C: Avec l'autoconsommation, on consomme quand il y a du soleil. Moi, je consomme le soir,
           quand il fait nuit. Et le surplus, on vous le rachète trois fois rien. J'ai fait les
           calculs, vous savez : je suis ingénieur à la retraite.
        A: Je comprends. Votre toit, il est en tuiles ?
        C: En tuiles, oui, des tuiles provençales, refaites il y a deux ans. Et je ne veux pas
           qu'on me perce un toit tout neuf pour y visser des panneaux fabriqués en Chine.
        A: Nos poseurs garantissent l'étanchéité pendant dix ans...
        C: Dix ans. Et moi, j'ai soixante-dix ans. Le retour sur investissement, c'est quinze
           ans, d'après vos propres devis. Je ne le verrai pas.
        A: Les panneaux valorisent aussi la maison, pour une revente...
        C: Justement, je pense vendre d'ici deux ou trois ans, pour un appartement en ville. Je
           ne vais pas investir dans un toit que je laisse.
        A: Je vous entends, monsieur Giordano. Vous êtes bien à Draguignan ?
        C: À Draguignan, oui. Mais ne m'envoyez personne, il ne rentrera pas.
        A: Même pas pour une étude gratuite, sans engagement ?
        C: Gratuite, sans engagement... C'est toujours comme ça que ça commence. Non merci. Et
           rayez-moi de votre fichier, s'il vous plaît.
        A: C'est noté, monsieur. Je retire vos coordonnées. Bonne journée.
        C: Bonne journée, mademoiselle. Et sans rancune : vous faites votre travail.
        """,
        client="Mr",
        objections=(
            "non intéressé ; trois devis l'an dernier, rien signé ; consomme le soir, revente du"
            " surplus qui ne rapporte rien ; refuse de percer un toit refait il y a deux ans ;"
            " panneaux chinois ; retour sur investissement de quinze ans à soixante-dix ans ;"
            " compte vendre la maison ; ne pas rappeler"
        ),
        client_last_name_data_ia="Giordano",
        client_city_data_ia="Draguignan",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="150",
        mensuelle_annuelle_data_ia="mensuelle",
        toiture_data_ia="tuiles",
        age_mr_data_ia="70",
        activite_mr_data_ia="retraité",
        **_LOST,
    ),
    _script(
        "h11_quimperle_locataire",
        "a tenant of the HLM office in Quimperlé ('Dans le bas de la ville, près de la Laïta';"
        " 'Vingt-neuf, trois cents': 29300), surname spelt in two words ('L, E, et puis C, O,"
        " deux R, E': Le Corre) and first name 'Klervi, avec un K', '23 rue des Hortensias':"
        " 'Non, je suis locataire' (non: Non intéressant), no callback (Non); what she says: 'Au"
        " gaz, une chaudière que l'office entretient' (gaz), 'soixante-cinq euros par mois, pour"
        " soixante-dix-huit mètres carrés' (65, 78), 'En ardoise' (ardoises), 'Séparée, depuis"
        " deux ans. Les deux garçons sont avec moi' (séparée, 2 enfants), 'J'ai trente-cinq ans',"
        " 'à mi-temps comme caissière, en CDI' (CDI); no number said",
        """
        A: Bonjour madame, Bastien, de Cornouaille Solaire Habitat. Madame Le Corre ?
        C: Oui, c'est moi.
        A: Vous avez fait une demande en ligne pour des panneaux solaires. Je vous rappelle pour
           l'étude. Vous avez deux minutes ?
        C: Deux minutes, oui, avant d'aller chercher les enfants à l'école.
        A: Je vérifie votre nom : Le Corre, en deux mots ?
        C: En deux mots, oui. L, E, et puis C, O, deux R, E. Et mon prénom, c'est Klervi, avec un
           K.
        A: Merci. Vous habitez une maison ?
        C: Oui, une maison mitoyenne, à {Quimperlé|Kimperlé}. Dans le bas de la ville, près de la
           Laïta.
        A: L'adresse ?
        C: Vingt-trois, rue des Hortensias. Vingt-neuf, trois cents.
        A: 29300. Et vous êtes propriétaire de la maison ?
        C: Non, je suis locataire. C'est une maison de l'office HLM. Je pensais que les aides,
           c'était pour tout le monde...
        A: Malheureusement, pour installer des panneaux, il faut être propriétaire. Votre
           bailleur pourrait peut-être...
        C: L'office ? Ils mettent six mois pour changer un robinet. Je n'y crois pas trop.
        A: Je comprends. Vous vous chauffez comment, par curiosité ?
        C: Au gaz, une chaudière que l'office entretient tous les ans. Mais c'est l'électricité
           qui pique : soixante-cinq euros par mois, pour soixante-dix-huit mètres carrés.
        A: Et le toit, il est en ardoise ?
        C: En ardoise, oui, comme toutes les maisons de la rue.
        A: Vous vivez seule avec vos enfants ?
        C: Séparée, depuis deux ans. Les deux garçons sont avec moi. J'ai trente-cinq ans, je
           travaille à mi-temps comme caissière, en CDI. Alors acheter, ce n'est pas pour
           demain.
        A: Je comprends bien. Je suis désolé, on ne peut rien vous proposer pour l'instant.
        C: Tant pis. Vous ne pourriez pas me rappeler, si l'office change d'avis ?
        A: Ce n'est pas nous qu'ils préviendront, malheureusement. Mais si vous en parlez avec
           eux et qu'ils sont d'accord, vous pouvez refaire une demande sur le site.
        C: D'accord. Merci quand même.
        A: Je vous en prie. Bonne journée, madame Le Corre.
        C: Au revoir.
        """,
        client="Mme",
        objections=(
            "locataire d'un logement HLM : le bailleur ne fera pas de travaux ; pas d'achat prévu"
        ),
        client_first_name_data_ia="Klervi",
        client_last_name_data_ia="Le Corre",
        client_city_data_ia="Quimperlé",
        client_address_data_ia="23 rue des Hortensias",
        client_postal_code_data_ia="29300",
        proprietaire_data_ia="non",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="65",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="78",
        toiture_data_ia="ardoises",
        age_mme_data_ia="35",
        situation_familiale_data_ia="séparée, 2 enfants",
        activite_mme_data_ia="CDI",
        **_LOST,
    ),
    _script(
        "h11_sallanches_partiel",
        "a partial call: a ski instructor at the foot of the slopes with a lesson in five"
        " minutes, owner of a chalet at Sallanches ('Soixante-quatorze, sept cents': 74700):"
        " first name 'Sébastien', 'Avec une pompe à chaleur ... qui a remplacé la chaudière au"
        " fioul' (pompe à chaleur), 'Entre quatre-vingts et cent euros par mois, je crois' (entre"
        " 80 et 100, mensuelle), 'de la tôle, du bac acier, pour la neige' (bac acier), 'face au"
        " Mont-Blanc' is the view, not the roof's orientation ('-'), 'Moniteur de ski, l'hiver'"
        " (the job: no status said), then 'Demain, en fin d'après-midi. Après dix-sept heures'"
        " (demain fin d'après-midi, 17h) on the landline, 'le portable ne capte pas chez nous'"
        " (main: the only number said; the mobile he is called on is never read out); the"
        " surface left to his wife ('-'); no address, age, family or income",
        """
        A: Bonjour monsieur, Amandine, de Mont-Blanc Énergie Solaire. Monsieur Pernollet ?
        C: Oui, oui. Faites vite, je suis au pied des pistes, j'ai un cours dans cinq minutes.
        A: Je vous appelle pour votre demande d'étude de panneaux solaires. Votre prénom, pour
           la fiche ?
        C: Sébastien.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui, un chalet, à Sallanches. Sur le coteau, au-dessus de la ville, face au
           Mont-Blanc. On l'a fait construire il y a huit ans.
        A: Le code postal ?
        C: Soixante-quatorze, sept cents.
        A: 74700. Comment vous chauffez-vous ?
        C: Avec une pompe à chaleur, depuis deux hivers. Elle a remplacé la chaudière au fioul.
           Elle peine un peu quand il fait moins quinze, mais bon.
        A: Et votre facture d'électricité ?
        C: Entre quatre-vingts et cent euros par mois, je crois. C'est ma femme qui a les
           chiffres.
        A: Et le toit, il est en quoi ?
        C: C'est de la tôle, du bac acier, pour la neige. Elle glisse mieux.
        A: Et la surface du chalet, à peu près ?
        C: Ça, demandez à ma femme, c'est elle qui a fait les plans avec l'architecte. Moi, je
           serais incapable de vous dire.
        A: D'accord, je lui demanderai. Vous travaillez sur les pistes, vous disiez ?
        C: Moniteur de ski, l'hiver. Écoutez, là, mon groupe arrive, les gamins sont déjà en
           ligne. Je dois y aller.
        A: Pas de souci. Quand est-ce que je peux vous rappeler ?
        C: Demain, en fin d'après-midi. Après dix-sept heures, je serai redescendu.
        A: Demain, en fin d'après-midi, après dix-sept heures. Sur ce numéro ?
        C: Non, sur le fixe, le portable ne capte pas chez nous : zéro quatre, cinquante,
           cinquante-huit, vingt-trois, quarante et un.
        A: Zéro quatre, cinquante, cinquante-huit, vingt-trois, quarante et un. À demain,
           monsieur Pernollet.
        C: À demain ! Allez, les enfants, on y va !
        """,
        client="Mr",
        objections="au travail (cours de ski), pas le temps : rappel demandé",
        client_first_name_data_ia="Sébastien",
        client_last_name_data_ia="Pernollet",
        client_phone_number="0450582341",
        client_city_data_ia="Sallanches",
        client_postal_code_data_ia="74700",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="entre 80 et 100",
        mensuelle_annuelle_data_ia="mensuelle",
        toiture_data_ia="bac acier",
        activite_mr_data_ia="moniteur de ski",
        creneau_rappel_data_ia="demain fin d'après-midi",
        heure_rappel_data_ia="17h",
        **_OWNER,
    ),
    _script(
        "h11_chateaubourg_faux_numero",
        "a wrong number: the agent asks for monsieur Hervé Lemaître at Vitré; the woman who"
        " answers has had the number for six months from her operator, is tired of calls for"
        " him, lives 'à Châteaubourg ... un appartement, au deuxième, au-dessus de la"
        " pharmacie' and is not interested; the fiche describes her (city Châteaubourg,"
        " entretien 'Mme'), not the lead in the file (Vitré and his name are not gold); no name"
        " of hers, no owner or tenant said (a flat says neither)",
        """
        A: Bonjour madame, Thibault, de Haute-Bretagne Énergie. Je voudrais parler à monsieur
           Hervé Lemaître, s'il vous plaît.
        C: Hervé Lemaître ? Je ne connais pas. Vous êtes le troisième à me le demander ce mois-ci.
        A: Oh, je suis désolé. J'ai ce numéro pour une demande d'étude de panneaux solaires, au
           nom de monsieur Lemaître, à Vitré, rue de la Poterie.
        C: Ça fait six mois que j'ai ce numéro. L'opérateur me l'a donné quand j'ai changé
           d'abonnement. Il devait être à lui, avant.
        A: C'est sans doute ça. Le numéro est resté dans notre fichier.
        C: Et comment vous l'avez eu, ce fichier ? Moi, je n'ai jamais rien demandé.
        A: Ce monsieur a rempli un formulaire sur notre site, il y a plus d'un an. À l'époque,
           c'était son numéro.
        C: Eh bien, ce n'est plus le sien. On m'appelle pour lui même le dimanche : des
           assurances, des fenêtres, une mutuelle, et maintenant vous.
        A: Toutes mes excuses, madame. Je vais le signaler pour qu'on corrige le fichier.
        C: Merci, parce que ça commence à bien faire.
        A: Je comprends. Et vous-même, à Vitré, les panneaux solaires, ça pourrait vous
           intéresser ?
        C: Je ne suis pas à Vitré, je suis à {Châteaubourg|Château-bourg}. Et j'habite un
           appartement, au deuxième, au-dessus de la pharmacie. Je n'ai pas de toit à moi.
        A: Effectivement, alors ça ne vous concerne pas.
        C: Non. Et je ne connais pas ce monsieur, je ne pourrai pas lui faire passer le message.
        A: Bien sûr. Je supprime votre numéro de notre liste tout de suite.
        C: Merci. Et si vous pouviez prévenir les autres sociétés, aussi...
        A: Ça, malheureusement, je ne peux pas. Mais de notre côté, vous ne serez plus appelée.
           Bonne journée, madame, et encore désolé.
        C: Bonne journée.
        """,
        client="Mme",
        objections=(
            "mauvais numéro : le numéro a été réattribué ; habite un appartement ; pas intéressée"
        ),
        client_city_data_ia="Châteaubourg",
        **_LOST,
    ),
)


# A twelfth held-out set (names ``h12_*``), written after HELD_OUT_11, by someone who read only this
# module's format, docs/quality.md's natural-voice set and gold conventions and messages/lead.py:
# never the extractors, and none of them was run on it. Again a call centre's ordinary day, written
# fresh, in towns no earlier set used (Pontarlier, Saint-Flour, Millau, Paimpol, Marmande, Bayeux,
# Oyonnax, Louhans, Carpentras, Fougères, Saint-Gaudens, Thouars): eight owners, a refusal from a
# widow who has had five calls that week (aids never seen, an old roof with its génoise nobody will
# climb on, the mistral, a neighbour's panels that give half what was promised, no loan at
# seventy-four, a son-in-law who is an electrician, 'liste rouge'), a tenant of a private landlady
# who would like a plug-in kit, a partial call cut short by the school ('Mon fils a de la fièvre')
# that asks for 'Demain matin ... neuf heures et demie', and an adult son who answers at his
# parents' house and speaks for his father. Clients who answer before the agent's question ends ('Et
# la surface de la...' 'De la maison ? Cent vingt-cinq'), who ask back ('Vous appelez d'où, vous ?',
# batteries, sub-contractors, the price) and wander (floods of the Garonne, the viaduct at sunset,
# the Navy); a postal code corrected by the client herself ('Quinze mille. Non, attendez ... quinze
# mille, c'est Aurillac'), a phone number and a heating corrected mid-sentence, a bill corrected
# against the old monthly instalment; codes in pairs and digit by digit ('zéro, un, un, zéro,
# zéro'), numbers in words and in digits; bills per month, 'mensualisés à', per year and as bands
# ('Moins de quatre-vingts', 'Entre quatre-vingts et cent'); two ages, from a birth year ('Je suis
# de cinquante-huit') or relative ('quatre ans de plus que moi'); heating in everyday words ('Au
# fuel', 'un gros poêle à bûches', 'Le gros ventilateur dehors', 'des vieux convecteurs', 'une
# air-eau, sur les radiateurs qu'on avait avec le fioul', a pellet stove that took over from the oil
# boiler); roofs as 'tuiles romanes', 'petites tuiles plates', 'tuiles creuses', slate 'De la vraie,
# épaisse'; orientations from the morning sun, the sunset over the garden or the Tarn, 'on a le
# soleil dessus du matin au soir', and a roof facing north; jobs with a status (a CDI signed after
# two years of temping, a CDD, a Post Office clerk 'Fonctionnaire' and a school bursar's assistant
# 'titulaire', a PE teacher, a physiotherapist and a market gardener on their own account, a mason
# retired after a long career) and without (a pharmacy assistant, a poultry farmer, a homemaker);
# surnames spelt (Girardet, Chassang, Bousquet, Le Floc'h, Lesueur, Monnot, Hamon, Texier 'avec un
# X'), a first name corrected and spelt (Mickaël, 'un E tréma'), first names said once; callback
# slots agreed or offered, second numbers from landlines, a wife and a husband. The set's year is
# 2026. The gold is what a careful human fills from each call; where a value is debatable, the
# summary says why. Nobody tunes on it: never rendered, never part of ``FULL`` or ``SUBSET``;
# ``python -m benchmarks.extraction_quality --held-out 12`` scores it from its reference text.
HELD_OUT_12: tuple[Script, ...] = (
    _script(
        "h12_pontarlier_routier",
        "a lorry driver at Pontarlier ('Vingt-cinq, trois cents': 25300) who names himself once"
        " (Thierry Girardet) and confirms his spelt surname ('Avec un T au bout, pas comme"
        " Girardot'), answering before the agent's questions end ('Et la surface de la...' 'De la"
        " maison ? Cent vingt-cinq'), '27 rue du Larmont': still paying the bank off is still owner"
        " (oui); 'Au bois, surtout. ... un gros poêle à bûches', the convectors in the bedrooms"
        " hardly used (bois), 'Cent dix-huit euros. Tous les mois' (118, mensuelle), 'Tuiles ..."
        " mécaniques' (tuiles), 'Le grand pan, plein sud' (sud), 'Oh, bien plus' than twenty square"
        " metres (20m), 52 and his wife 49 ('Elle dit toujours quarante-cinq' is a joke, not a"
        " correction), married with two sons, 'Chauffeur routier ... En CDI' (CDI), she"
        " 'préparatrice en pharmacie' (the job title: no status said), 'quatre mille cent par"
        " mois', 'Le samedi matin' and the agent's 'vers dix heures' accepted (samedi matin, 10h),"
        " the mobile the agent reads out and he confirms (main), then his wife's (tel2)",
        """
        A: Bonjour monsieur, Élodie, de Haut-Doubs Énergie. Je suis bien chez monsieur Girardet ?
        C: Oui, Thierry Girardet. C'est pour les panneaux ? Ma femme m'a dit que vous alliez
           rappeler.
        A: Tout à fait. Vous aviez demandé une étude pour...
        C: Oui, oui. Allez-y, mais je pars dans vingt minutes, hein. Je reprends le camion ce soir,
           je dors à Lyon.
        A: Ce sera rapide, promis. Je vérifie l'orthographe de votre nom : G, I, R, A, R, D, E, T ?
        C: C'est ça. Avec un T au bout, pas comme Girardot. Dans le coin, il y a les deux, ça fait
           des histoires à la poste.
        A: C'est noté. Vous êtes propriétaire de votre...
        C: Propriétaire, oui. On a fait construire en deux mille neuf. Enfin, c'est encore un peu à
           la banque, pour quatre ans.
        A: Et l'adresse, c'est bien...
        C: Vingt-sept, rue du Larmont. À Pontarlier. Vingt-cinq, trois cents.
        A: 27 rue du Larmont, 25300 Pontarlier. Comment est-ce que vous vous chauffez ?
        C: Au bois, surtout. On a un gros poêle à bûches dans la pièce de vie, il tourne d'octobre à
           mai. Il y a des convecteurs dans les chambres, mais on ne les allume presque jamais. Ici,
           l'hiver, on descend à moins vingt, alors sans le poêle...
        A: Et votre facture d'électricité, elle tourne autour de...
        C: Cent dix-huit euros. Tous les mois, c'est prélevé le cinq.
        A: 118 euros par mois. Et la surface de la...
        C: De la maison ? Cent vingt-cinq. Avec l'étage.
        A: Et le toit, il est en...
        C: Tuiles. Des tuiles rouges, mécaniques. Avec des arrêts de neige, je vous préviens, pour
           vos panneaux.
        A: Le technicien en tiendra compte. Vous savez comment il est orienté ?
        C: Le grand pan, plein sud, côté jardin. L'autre donne sur la route, au nord.
        A: Et sur le pan sud, vous avez au moins vingt mètres carrés de...
        C: Oh, bien plus. Il n'y a rien dessus, pas de velux, rien. Le conduit du poêle sort de
           l'autre côté.
        A: Parfait. Votre âge, si ce n'est pas indiscret ?
        C: Cinquante-deux. Et ma femme, quarante-neuf. Elle dit toujours quarante-cinq, mais bon.
        A: Vous êtes mariés ?
        C: Mariés, oui. On a deux garçons : le grand est en apprentissage à Besançon, et le petit
           est encore à la maison, il passe son bac.
        A: Et vous-même, vous êtes chauffeur, si je comprends bien ?
        C: Chauffeur routier, oui. En CDI, chez un transporteur de la zone industrielle, ça fait
           quinze ans. Je fais surtout la Suisse et Lyon.
        A: Et votre épouse ?
        C: Elle est préparatrice en pharmacie, en ville.
        A: Le revenu du foyer, à peu près ?
        C: À nous deux... quatre mille cent par mois, à peu près. Avec mes découchés, ça bouge un
           peu.
        A: Merci. Quand est-ce qu'un conseiller peut vous rappeler ? En semaine, en fin de...
        C: En semaine, je ne suis jamais là. Le samedi matin. Pas trop tôt, le vendredi je rentre
           tard.
        A: Samedi matin, vers dix heures ?
        C: Dix heures, c'est parfait.
        A: Et je vous rappelle sur ce numéro, le 06 84 27 15 39 ?
        C: Oui, c'est mon portable. Mais notez aussi celui de ma femme, le samedi c'est elle qui
           décroche : zéro sept, soixante et un, quarante-deux, quatre-vingt-huit, zéro trois.
        A: Zéro sept, soixante et un, quarante-deux, quatre-vingt-huit, zéro trois. C'est noté.
           Bonne route, monsieur Girardet.
        C: Merci, mademoiselle. Au revoir.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Thierry",
        client_last_name_data_ia="Girardet",
        client_phone_number="0684271539",
        client_city_data_ia="Pontarlier",
        client_address_data_ia="27 rue du Larmont",
        client_postal_code_data_ia="25300",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="118",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="125",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="52",
        age_mme_data_ia="49",
        situation_familiale_data_ia="marié, 2 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="préparatrice en pharmacie",
        revenu_data_ia="4100 euros par mois",
        tel2_data_ia="0761428803",
        creneau_rappel_data_ia="samedi matin",
        heure_rappel_data_ia="10h",
        **_OWNER,
    ),
    _script(
        "h12_saint_flour_postiere",
        "a Post Office clerk at Saint-Flour, in the lower town, who asks where the agent calls"
        " from and corrects her own postal code ('Quinze mille. Non, attendez, je dis n'importe"
        " quoi : quinze mille, c'est Aurillac. Nous, c'est quinze, cent. Un, zéro, zéro à la fin':"
        " 15100), surname spelt by the agent and confirmed (Chassang), first name said once"
        " (Martine), '9 rue des Tanneurs': 'Au fuel. La chaudière est dans la cave' (fioul; the"
        " thousand litres are the oil delivery, not the bill), 'Moins de quatre-vingts euros par"
        " mois, sûrement' (moins_de_80, mensuelle), 80 m² without the unconverted attic, 'De"
        " l'ardoise ... De la vraie' (ardoises), 'Le grand pan prend le soleil le matin' (est: the"
        " morning sun is the east), two dormers and 'quinze mètres carrés, à tout casser' (moins de"
        " 20m), 58 and her husband 'quatre ans de plus que moi' (62), married with three children,"
        " 'à La Poste, au guichet. Fonctionnaire' (fonctionnaire), he 'à la retraite depuis deux"
        " ans' from the railways (retraité), income refused ('-'), 'Jeudi après-midi ... Pas avant"
        " trois heures et demie' read back as 'quinze heures trente' (jeudi après-midi, 15h30), the"
        " landline only (main)",
        """
        A: Bonjour madame, Mathis, de Massif Central Solaire. Madame Chassang ?
        C: Oui... C'est pour quoi ?
        A: Vous avez rempli une demande d'étude pour des panneaux solaires, sur internet, la semaine
           dernière. Je vous rappelle pour la préparer avec vous.
        C: Ah oui, c'est ma fille qui m'a poussée. Vous appelez d'où, vous ?
        A: De Clermont-Ferrand, madame. Mais nos techniciens sont dans le Cantal.
        C: Bon. Parce qu'avec tous ces appels, on ne sait plus qui est qui. Allez-y.
        A: Je vérifie votre nom : Chassang, C, H, A, deux S, A, N, G ?
        C: C'est ça, avec un G au bout, qu'on ne prononce pas. Et moi, c'est Martine.
        A: Merci, madame Chassang. Vous êtes propriétaire de votre maison ?
        C: Oui, avec mon mari. On l'a achetée en quatre-vingt-quinze, on l'a payée longtemps.
        A: Et l'adresse ?
        C: Neuf, rue des Tanneurs, à Saint-Flour. En ville basse, pas sur le rocher. Là-haut, avec
           les monuments historiques, vous n'auriez même pas eu le droit.
        A: Et le code postal ?
        C: Quinze mille. Non, attendez, je dis n'importe quoi : quinze mille, c'est Aurillac. Nous,
           c'est quinze, cent. Un, zéro, zéro à la fin.
        A: 15100. Comment vous chauffez-vous ?
        C: Au fuel. La chaudière est dans la cave, on fait remplir la cuve à la rentrée : mille
           litres, l'an dernier, vous imaginez le prix.
        A: Et votre facture d'électricité, vous la connaissez ?
        C: Oh, pas beaucoup. Moins de quatre-vingts euros par mois, sûrement. On fait attention, on
           éteint tout derrière nous.
        A: Moins de quatre-vingts par mois. La surface de la maison ?
        C: Quatre-vingts mètres carrés. Plus les combles, qu'on n'a jamais aménagés.
        A: Et le toit, c'est de l'ardoise ?
        C: De l'ardoise, oui. De la vraie, épaisse, comme on en met ici. Mon mari dit qu'elle
           tiendra encore cent ans.
        A: Vous savez comment il est orienté ?
        C: Le grand pan prend le soleil le matin, quand je bois mon café. L'après-midi, il est à
           l'ombre de l'immeuble d'à côté.
        A: Et il y a de la place libre, sur ce pan ?
        C: Il y a deux lucarnes au milieu. Il ne reste pas grand-chose : quinze mètres carrés, à
           tout casser.
        A: D'accord. Je peux vous demander votre âge ?
        C: Cinquante-huit ans. Et mon mari a quatre ans de plus que moi.
        A: Vous êtes mariés, donc. Des enfants ?
        C: Mariés, oui. Trois enfants, tous partis : deux à Clermont et une à Paris. C'est celle de
           Paris qui m'a fait remplir votre papier.
        A: Vous travaillez encore ?
        C: Oui, je suis à La Poste, au guichet. Fonctionnaire : je suis des dernières, ils ne
           recrutent plus comme ça.
        A: Et votre mari ?
        C: Il est à la retraite depuis deux ans. Il était à la SNCF, conducteur sur la ligne de
           Neussargues. Maintenant, il pêche.
        A: Et pour le revenu du foyer, à peu près ?
        C: Ça, je ne le donne pas au téléphone. Je verrai avec votre technicien.
        A: Bien sûr. Quand est-ce qu'un conseiller peut vous rappeler ?
        C: Le jeudi, je ne travaille que le matin. Jeudi après-midi, alors. Pas avant trois heures
           et demie, mon mari rentre de la pêche.
        A: Jeudi, quinze heures trente. Sur le fixe ?
        C: Oui, le fixe : zéro quatre, soixante et onze, soixante, vingt-deux, trente-sept.
        A: Zéro quatre, soixante et onze, soixante, vingt-deux, trente-sept. Merci, madame Chassang.
        C: Merci à vous. Au revoir.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Martine",
        client_last_name_data_ia="Chassang",
        client_phone_number="0471602237",
        client_city_data_ia="Saint-Flour",
        client_address_data_ia="9 rue des Tanneurs",
        client_postal_code_data_ia="15100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="moins_de_80",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="80",
        toiture_data_ia="ardoises",
        orientation_data_ia="est",
        toit_libre="moins de 20m",
        age_mr_data_ia="62",
        age_mme_data_ia="58",
        situation_familiale_data_ia="mariée, 3 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="fonctionnaire",
        creneau_rappel_data_ia="jeudi après-midi",
        heure_rappel_data_ia="15h30",
        **_OWNER,
    ),
    _script(
        "h12_millau_prof_sport",
        "a PE teacher on holiday at Millau ('Douze mille cent': 12100) whose first name is said"
        " once (Olivier), surname spelt by the agent ('avec Q, U': Bousquet), '11 chemin des"
        " Aubépines': 'une pompe à chaleur. Le gros ventilateur dehors, là, qui fait de l'eau"
        " chaude pour le plancher chauffant' (pompe à chaleur), 'mensualisés : cent soixante-dix..."
        " non, cent cinquante-sept' (157: the 170 was the instalment before it was lowered), 140 m²"
        " on one level, 'Des tuiles romanes' (tuiles), 'Le grand pan donne sur la vallée du Tarn, à"
        " l'ouest' (ouest), free roof space never asked ('-'), 41 and his partner 39, 'Pacsés, avec"
        " trois enfants' (pacsé, 3 enfants), a question back about batteries, 'prof d'EPS ..."
        " Fonctionnaire, titulaire' (fonctionnaire), she 'Kiné ... en libéral, à son compte, depuis"
        " six ans' (indépendante depuis 6 ans), 'quatre mille cinq cents net par mois', 'Mercredi,"
        " l'après-midi ... Quatorze heures ?' (mercredi après-midi, 14h; 'la semaine d'après' is"
        " when, not the slot), his mobile corrected mid-number ('quarante-trois... non, pardon,"
        " quarante-sept': 0622471855) and the landline (tel2)",
        """
        A: Bonjour monsieur, Sarah, d'Aveyron Soleil. Monsieur Bousquet ?
        C: Lui-même. Bonjour.
        A: Je vous appelle suite à votre demande d'étude pour des panneaux solaires. Vous avez un
           petit quart d'heure ?
        C: Un quart d'heure, oui. Je suis prof, on est en vacances, j'ai tout mon temps. Allez-y.
        A: Votre prénom, pour le dossier ?
        C: Olivier.
        A: Et Bousquet, B, O, U, S, Q, U, E, T ?
        C: C'est ça, avec Q, U. Il y a des Bousquet dans tout l'Aveyron.
        A: Vous êtes propriétaire ?
        C: Oui, on a acheté il y a six ans, sur les hauteurs, côté causse. Avec ma compagne.
        A: L'adresse exacte ?
        C: Onze, chemin des Aubépines. À Millau. Douze mille cent.
        A: 12100. Et comment est chauffée la maison ?
        C: On a une pompe à chaleur. Le gros ventilateur dehors, là, qui fait de l'eau chaude pour
           le plancher chauffant. Elle était là quand on a acheté.
        A: Et votre facture d'électricité ?
        C: On est mensualisés : cent soixante-dix... non, cent cinquante-sept. Cent soixante-dix,
           c'était avant qu'ils baissent la mensualité, en janvier. Cent cinquante-sept par mois,
           maintenant.
        A: Cent cinquante-sept par mois. La surface de la maison ?
        C: Cent quarante mètres carrés. Sur un seul niveau, c'est une maison des années
           soixante-dix.
        A: Et le toit ?
        C: Des tuiles romanes. Enfin, c'est ce que m'a dit le couvreur. Rouges, quoi.
        A: Vous savez comment il est orienté ?
        C: Le grand pan donne sur la vallée du Tarn, à l'ouest. On voit le viaduc au coucher du
           soleil, c'est pour ça qu'on a acheté, d'ailleurs.
        A: Très bien. Votre âge, monsieur Bousquet ?
        C: Quarante et un ans. Ma compagne en a trente-neuf.
        A: Vous êtes mariés ?
        C: Pacsés, avec trois enfants. Sept, dix et treize ans. Et justement, vous posez des
           batteries, aussi ? Parce que nous, la journée, on n'est pas là, tout se passe le soir.
        A: On peut en proposer, oui. Le conseiller vous fera une simulation avec et sans batterie.
           Vous travaillez dans quoi, monsieur ?
        C: Je suis prof d'EPS au collège. Fonctionnaire, titulaire, depuis quinze ans.
        A: Et votre compagne ?
        C: Kiné. Elle est installée en libéral, à son compte, depuis six ans.
        A: Et le revenu du foyer ?
        C: Autour de quatre mille cinq cents net par mois, à nous deux.
        A: Merci. Quand peut-on vous rappeler ?
        C: Pas cette semaine, on part en Lozère. La semaine d'après. Mercredi, l'après-midi, je n'ai
           pas cours. Quatorze heures ?
        A: Mercredi, quatorze heures. Sur quel numéro ?
        C: Mon portable : zéro six, vingt-deux, quarante-trois... non, pardon, quarante-sept. Zéro
           six, vingt-deux, quarante-sept, dix-huit, cinquante-cinq.
        A: Zéro six, vingt-deux, quarante-sept, dix-huit, cinquante-cinq.
        C: C'est ça. Et si je ne réponds pas, le fixe : zéro cinq, soixante-cinq, soixante, trente
           et un, quatorze.
        A: Zéro cinq, soixante-cinq, soixante, trente et un, quatorze. Merci, monsieur Bousquet, et
           bonnes vacances.
        C: Merci, au revoir.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Olivier",
        client_last_name_data_ia="Bousquet",
        client_phone_number="0622471855",
        client_city_data_ia="Millau",
        client_address_data_ia="11 chemin des Aubépines",
        client_postal_code_data_ia="12100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="157",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="140",
        toiture_data_ia="tuiles",
        orientation_data_ia="ouest",
        age_mr_data_ia="41",
        age_mme_data_ia="39",
        situation_familiale_data_ia="pacsé, 3 enfants",
        activite_mr_data_ia="fonctionnaire",
        activite_mme_data_ia="indépendante depuis 6 ans",
        revenu_data_ia="4500 euros par mois",
        tel2_data_ia="0565603114",
        creneau_rappel_data_ia="mercredi après-midi",
        heure_rappel_data_ia="14h",
        **_OWNER,
    ),
    _script(
        "h12_paimpol_marin",
        "a retired Navy engine mechanic at Paimpol ('Vingt-deux, cinq cents': 22500) who names"
        " himself (Yannick Le Floc'h) and spells the surname 'en deux mots ... F, L, O, C,"
        " apostrophe, H', '12 rue des Islandais': 'Tout à l'électricité ... des radiateurs à"
        " chaleur douce', the fireplace 'pour le plaisir' (électrique), 'Cent trente-cinq euros par"
        " mois' (135), 85 m², 'En ardoise' (ardoises), 'nord, sud... Je suis marin, je devrais"
        " savoir' but 'on a le soleil dessus du matin au soir' (bien ensoleillée: a sunny roof of"
        " unknown orientation), 'Vingt mètres carrés, facilement, de chaque côté' (20m), 'Je suis"
        " de cinquante-huit' (68 in 2026) and his wife 'trois ans de moins' (65), married with a"
        " daughter (the grandchildren add nothing), fishing 'à mon compte, jusqu'à la retraite' is"
        " past: 'Maintenant, je suis retraité' (retraité), she 'Retraitée aussi' (retraitée),"
        " 'trois mille trois cents par mois', 'Mardi, en fin de matinée. Vers onze heures et demie'"
        " (mardi fin de matinée, 11h30), the landline first (main) then his mobile (tel2)",
        """
        A: Bonjour monsieur, Clémence, de Goëlo Énergie Solaire. Monsieur Le Floc'h ?
        C: Oui, c'est moi. Yannick Le Floc'h. C'est pour les panneaux ? Vous tombez bien, je rentre
           du port.
        A: Tout à fait. Je vérifie l'orthographe : Le Floc'h, en deux mots ?
        C: En deux mots. L, E, et puis F, L, O, C, apostrophe, H. L'apostrophe, tout le monde
           l'oublie.
        A: Merci. Vous êtes propriétaire de votre maison ?
        C: Oui, depuis trente ans. C'était une ruine, on a tout refait nous-mêmes, ma femme et moi.
        A: Elle se trouve à Paimpol ?
        C: À {Paimpol|Pèmpol}, oui, en haut de la côte, au-dessus du port. Vingt-deux, cinq cents.
        A: 22500. Et l'adresse ?
        C: Douze, rue des Islandais. Comme les pêcheurs d'Islande, ceux du livre.
        A: Comment est-ce que vous vous chauffez ?
        C: Tout à l'électricité. On a changé les radiateurs il y a trois ans, des radiateurs à
           chaleur douce, avec une pierre dedans. Et on a une cheminée, mais c'est pour le plaisir,
           quand les petits-enfants viennent.
        A: Et la facture d'électricité ?
        C: Cent trente-cinq euros par mois. Ma femme dit que c'est trop, moi je dis que c'est le
           prix de la chaleur.
        A: La surface de la maison ?
        C: Quatre-vingt-cinq. C'est une maison de pêcheur, les pièces sont petites.
        A: Et le toit ?
        C: En ardoise, comme toute la Bretagne. Refait en deux mille dix, après la tempête.
        A: Vous savez comment il est orienté ?
        C: Alors ça, nord, sud... Je suis marin, je devrais savoir, hein ! Mais la maison est tout
           en haut, il n'y a rien autour : on a le soleil dessus du matin au soir.
        A: Et il y a de la place libre sur le toit ?
        C: Une lucarne de chaque côté, c'est tout. Le reste est libre. Vingt mètres carrés,
           facilement, de chaque côté.
        A: Parfait. Votre âge ?
        C: Je suis de cinquante-huit. Faites le compte.
        A: Et votre épouse ?
        C: Elle a trois ans de moins. Elle me le rappelle assez souvent.
        A: Vous êtes mariés ?
        C: Mariés, quarante-deux ans l'an prochain. Une fille, qui est à Rennes, et deux
           petits-enfants.
        A: Et vous travailliez dans quoi ?
        C: Mécanicien dans la Marine nationale, sur les frégates, à Brest. Et puis la pêche côtière,
           à mon compte, jusqu'à la retraite. Maintenant, je suis retraité, je répare les bateaux
           des copains.
        A: Et votre épouse ?
        C: Retraitée aussi. Elle était infirmière, à l'hôpital.
        A: Le revenu du foyer, à peu près ?
        C: Les deux retraites : trois mille trois cents par mois.
        A: Merci. Quand est-ce qu'un conseiller peut vous rappeler ?
        C: Mardi, en fin de matinée. Vers onze heures et demie, on sera rentrés du marché.
        A: Mardi, onze heures trente. Sur quel numéro ?
        C: Le fixe : zéro deux, quatre-vingt-seize, vingt, quarante-quatre, soixante-huit. Ou mon
           portable, mais je l'oublie partout : zéro six, soixante-dix-neuf, trente et un, zéro
           deux, cinquante.
        A: Zéro deux, quatre-vingt-seize, vingt, quarante-quatre, soixante-huit, et zéro six,
           soixante-dix-neuf, trente et un, zéro deux, cinquante. Merci, monsieur Le Floc'h.
        C: {Kenavo|Kénavo} ! Au revoir.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Yannick",
        client_last_name_data_ia="Le Floc'h",
        client_phone_number="0296204468",
        client_city_data_ia="Paimpol",
        client_address_data_ia="12 rue des Islandais",
        client_postal_code_data_ia="22500",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="135",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="85",
        toiture_data_ia="ardoises",
        orientation_data_ia="bien ensoleillée",
        toit_libre="20m",
        age_mr_data_ia="68",
        age_mme_data_ia="65",
        situation_familiale_data_ia="marié, 1 enfant",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="retraitée",
        revenu_data_ia="3300 euros par mois",
        tel2_data_ia="0679310250",
        creneau_rappel_data_ia="mardi fin de matinée",
        heure_rappel_data_ia="11h30",
        **_OWNER,
    ),
    _script(
        "h12_marmande_tomates",
        "a tomato packer at Marmande, down in the plain ('Quand elle déborde, on a les pieds dans"
        " l'eau'), address and code in one breath ('Trente-deux, route de Tonneins. Quarante-sept,"
        " deux cents': 47200), 'Au gaz de ville ... une chaudière murale' (gaz), a yearly bill ('on"
        " paie une fois par an ... mille quatre cent quarante euros. Pour toute l'année': 1440,"
        " annuelle), 110 m² 'Plus le hangar de mon mari, mais ça, ce n'est pas la maison', 'Des"
        " tuiles canal' (tuiles), 'Le pan de derrière regarde les serres, plein sud' (sud), 'Oui,"
        " largement' to twenty free square metres (20m), 56 and her husband 59, married with three"
        " children, 'À la coopérative ... En CDI' (CDI), he 'maraîcher. À son compte, depuis"
        " dix-neuf ans' (indépendant depuis 19 ans), income never asked ('-'), 'Vendredi, en fin"
        " d'après-midi ? Après dix-sept heures trente' (vendredi fin d'après-midi, 17h30), the"
        " mobile the agent reads out (main), and her first name only at the end, once (Nadine)",
        """
        A: Bonjour madame, Kevin, de Garonne Énergie Solaire. Madame Lacombe ?
        C: Oui. Attendez, je baisse la radio... Voilà. C'est pour quoi ?
        A: Je vous appelle pour la demande d'étude de panneaux solaires que vous avez faite. Vous
           avez quelques minutes ?
        C: Quelques minutes, oui. Je suis d'après-midi, cette semaine, je pars à une heure.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui, avec mon mari. C'était la maison de ses parents, on l'a reprise quand ils sont
           partis en maison de retraite.
        A: Et elle est à Marmande ?
        C: À Marmande, oui, mais pas en ville : on est vers la Garonne, dans la plaine. Quand elle
           déborde, on a les pieds dans l'eau. En quatre-vingt-un, ma belle-mère avait un mètre
           d'eau dans la cuisine. Enfin. Trente-deux, route de Tonneins. Quarante-sept, deux cents.
        A: 32 route de Tonneins, 47200. Comment vous chauffez-vous ?
        C: Au gaz de ville. On a une chaudière murale, dans la cuisine, elle a quinze ans.
        A: Et votre facture d'électricité ?
        C: Alors nous, on paie une fois par an, on n'a jamais voulu être mensualisés. La dernière,
           c'était mille quatre cent quarante euros. Pour toute l'année. Je l'ai regardée hier,
           justement, en faisant les papiers.
        A: Mille quatre cent quarante par an. Et la surface de la maison ?
        C: Cent dix mètres carrés. Plus le hangar de mon mari, mais ça, ce n'est pas la maison.
        A: Et le toit ?
        C: Des tuiles canal. Les vieilles, rondes, avec la mousse dessus.
        A: Vous savez comment il est orienté ?
        C: Le pan de derrière regarde les serres, plein sud. L'été, on ne peut pas rester au
           grenier.
        A: Et sur ce pan, il y a au moins vingt mètres carrés de libres ?
        C: Oui, largement. Il n'y a rien, même pas une antenne.
        A: Très bien. Votre âge, madame ?
        C: Cinquante-six ans. Mon mari en a cinquante-neuf.
        A: Vous êtes mariés, vous avez des enfants ?
        C: Mariés, oui. Trois enfants. Le dernier est encore avec nous, il travaille avec son père.
        A: Et vous travaillez dans quoi ?
        C: À la coopérative, au conditionnement des tomates. En CDI, depuis vingt ans. Je fais les
           équipes, une semaine le matin, une semaine l'après-midi.
        A: Et votre mari ?
        C: Il est maraîcher. À son compte, depuis dix-neuf ans. Des tomates, évidemment, et des
           fraises.
        A: Et un conseiller pourrait vous rappeler quand ?
        C: La semaine prochaine, je suis du matin. Vendredi, en fin d'après-midi ? Après dix-sept
           heures trente, je serai rentrée.
        A: Vendredi, en fin d'après-midi, dix-sept heures trente. Et le numéro, c'est bien le 06 58
           12 90 36 ?
        C: Oui, c'est le mien.
        A: Et votre prénom, pour le dossier ?
        C: Nadine.
        A: Merci, madame Lacombe. Bonne journée.
        C: Au revoir.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Nadine",
        client_last_name_data_ia="Lacombe",
        client_phone_number="0658129036",
        client_city_data_ia="Marmande",
        client_address_data_ia="32 route de Tonneins",
        client_postal_code_data_ia="47200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="1440",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="110",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="59",
        age_mme_data_ia="56",
        situation_familiale_data_ia="mariée, 3 enfants",
        activite_mr_data_ia="indépendant depuis 19 ans",
        activite_mme_data_ia="CDI",
        creneau_rappel_data_ia="vendredi fin d'après-midi",
        heure_rappel_data_ia="17h30",
        **_OWNER,
    ),
    _script(
        "h12_bayeux_macon",
        "a retired mason at Bayeux who built his own house ('Quatorze, quatre cents': 14400), wary"
        " at first, surname spelt by the agent ('En un seul mot, oui. Pascal Lesueur'), '5 allée"
        " des Pommiers': 'Au fioul. La chaudière a trente ans' (fioul), 'Entre quatre-vingts et"
        " cent, je dirais. Par mois' (entre 80 et 100, mensuelle), 'Cent mètres carrés tout rond',"
        " 'Non, des tuiles. Des petites tuiles plates' (tuiles: the agent's 'ardoise' denied), 'Le"
        " soleil se couche en face, derrière le pan du jardin' then 'À l'ouest, oui' (ouest), free"
        " roof space never asked ('-'), 63 and his partner 60, 'En couple, depuis quinze ans' with"
        " no children said (en couple), 'à la retraite. Carrière longue' (retraité), she"
        " 'conseillère au Crédit Agricole, en CDI' (CDI), 'trois mille six cents par mois', a"
        " question back about sub-contractors, 'Lundi matin. Neuf heures' (lundi matin, 9h), his"
        " mobile then the landline (tel2)",
        """
        A: Bonjour monsieur, Laura, de Normandie Solaire Conseil. Monsieur Lesueur ?
        C: Oui, c'est moi. Si c'est pour me vendre quelque chose, je vous préviens...
        A: Je vous appelle au sujet de la demande d'étude pour des panneaux solaires, faite sur
           notre site.
        C: Ah, ça, oui. C'est ma compagne qui l'a faite. Bon, allez-y.
        A: Je vérifie votre nom : Lesueur, L, E, S, U, E, U, R ?
        C: En un seul mot, oui. Pascal Lesueur.
        A: Merci. Vous êtes propriétaire ?
        C: Oui, et je l'ai construite moi-même, la maison, en grande partie. J'étais maçon, alors...
        A: Elle se trouve à Bayeux ?
        C: À Bayeux, oui, à dix minutes à pied de la cathédrale. Quatorze, quatre cents.
        A: 14400. Et l'adresse ?
        C: Cinq, allée des Pommiers. C'est un lotissement, derrière le collège.
        A: Comment est-ce que vous vous chauffez ?
        C: Au fioul. La chaudière a trente ans, elle fait un bruit de tracteur, mais elle marche. Il
           faudrait la changer, c'est pour ça qu'on regarde tout ça.
        A: Et votre facture d'électricité, à peu près ?
        C: Entre quatre-vingts et cent, je dirais. Par mois. Ça dépend de l'hiver.
        A: Entre quatre-vingts et cent par mois. La surface ?
        C: Cent mètres carrés tout rond. Je le sais, je l'ai construite.
        A: Et le toit, c'est de l'ardoise ?
        C: Non, des tuiles. Des petites tuiles plates, marron, comme on fait par ici.
        A: Vous savez comment il est orienté ?
        C: Le soleil se couche en face, derrière le pan du jardin. Le soir, l'été, on mange dehors
           avec le soleil dans les yeux.
        A: Donc plutôt à l'ouest.
        C: À l'ouest, oui.
        A: Merci. Vous pouvez me dire votre âge ?
        C: Soixante-trois ans. Et ma compagne, soixante.
        A: Vous êtes mariés ?
        C: Non, non. En couple, depuis quinze ans. On a été mariés chacun de notre côté, ça nous a
           suffi.
        A: Et vous travaillez encore ?
        C: Non, je suis à la retraite. Carrière longue : j'ai commencé à seize ans, alors je suis
           parti à soixante.
        A: Et votre compagne ?
        C: Elle travaille encore. Elle est conseillère au Crédit Agricole, en CDI. Encore deux ans,
           elle dit.
        A: Et le revenu du foyer, à peu près ?
        C: Ma retraite et son salaire... trois mille six cents par mois. Et vous, c'est vous qui
           posez les panneaux, ou vous envoyez des sous-traitants ?
        A: Ce sont nos propres équipes, monsieur, basées à Caen.
        C: Parce que des sous-traitants, j'en ai vu, sur les chantiers. Bon.
        A: Quand est-ce qu'un conseiller peut vous rappeler ?
        C: Lundi matin. Neuf heures, je suis là, je me lève toujours tôt.
        A: Lundi, neuf heures. Sur votre portable ?
        C: Oui : zéro six, trente-trois, soixante-quatorze, quatre-vingt-un, dix-sept. Et le fixe,
           si jamais : zéro deux, trente et un, quatre-vingt-douze, cinquante, zéro huit.
        A: Zéro six, trente-trois, soixante-quatorze, quatre-vingt-un, dix-sept, et zéro deux,
           trente et un, quatre-vingt-douze, cinquante, zéro huit. Merci, monsieur Lesueur.
        C: Au revoir.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Pascal",
        client_last_name_data_ia="Lesueur",
        client_phone_number="0633748117",
        client_city_data_ia="Bayeux",
        client_address_data_ia="5 allée des Pommiers",
        client_postal_code_data_ia="14400",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="entre 80 et 100",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="100",
        toiture_data_ia="tuiles",
        orientation_data_ia="ouest",
        age_mr_data_ia="63",
        age_mme_data_ia="60",
        situation_familiale_data_ia="en couple",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="CDI",
        revenu_data_ia="3600 euros par mois",
        tel2_data_ia="0231925008",
        creneau_rappel_data_ia="lundi matin",
        heure_rappel_data_ia="9h",
        **_OWNER,
    ),
    _script(
        "h12_oyonnax_regleur",
        "a press setter in the plastics trade at Oyonnax, driving home on hands-free, who corrects"
        " and spells his first name ('Mickaël. Avec C, K, et un E tréma'), the code in a pair then"
        " digit by digit ('Zéro un, cent. Enfin, zéro, un, un, zéro, zéro': 01100), '15 rue des"
        " Sapins', owner 'avec ma femme, et avec la banque' (oui): 'À l'électrique. Des vieux"
        " convecteurs', an oil heater when it is very cold (électrique), 'mensualisés à cent"
        " soixante-quatre' and a four-hundred-euro yearly adjustment on top (164, mensuelle: the"
        " instalment is the bill said), 90 m², 'En tuiles, oui, des mécaniques' (the tin on the"
        " woodshed does not count), 'Il est au nord. Je sais, c'est pas terrible' (nord), free roof"
        " space never asked ('-'), 34 and his wife 32, 'On s'est mariés l'été dernier' and the"
        " first baby 'prévu pour mars' (marié: an expected child is not yet a child), 'J'ai enfin"
        " signé mon CDI en janvier, après deux ans d'intérim' (CDI), she 'à la cantine ... En CDD'"
        " (CDD), 'Trois mille par mois', a question back about the price, 'je suis du matin, donc"
        " l'après-midi je suis là. Jeudi, quinze heures ?' (jeudi après-midi, 15h), the mobile the"
        " agent reads out (main), no second number",
        """
        A: Bonjour monsieur, Anaïs, de Bugey Énergie Solaire. Monsieur Dufour ?
        C: Ouais, c'est moi. C'est pour le truc des panneaux ?
        A: Tout à fait, votre demande d'étude. Vous avez cinq minutes ?
        C: Cinq minutes, oui. Je sors du boulot, je suis dans la voiture, mais j'ai le kit mains
           libres.
        A: Très bien. Votre prénom, c'est bien Michaël ?
        C: Mickaël. Avec C, K, et un E tréma. M, I, C, K, A, E tréma, L.
        A: Pardon, Mickaël. Vous êtes propriétaire de votre maison ?
        C: Depuis un an et demi. Enfin, avec ma femme, et avec la banque, surtout, pour vingt-cinq
           ans.
        A: Et la maison, elle est à Oyonnax ?
        C: À {Oyonnax|Oyona}, oui. En haut de la ville, au-dessus du collège. Zéro un, cent. Enfin,
           zéro, un, un, zéro, zéro.
        A: 01100. Et l'adresse ?
        C: Quinze, rue des Sapins.
        A: Comment est-ce que vous vous chauffez ?
        C: À l'électrique. Des vieux convecteurs, ceux d'origine, qui chauffent le plafond et pas
           les pieds. Quand il fait vraiment froid, on sort un poêle à pétrole, mais ça pue.
        A: Et votre facture d'électricité ?
        C: Alors, c'est là que ça fait mal. On est mensualisés à cent soixante-quatre. Et la régul
           de l'an dernier, quatre cents euros de plus, d'un coup.
        A: Cent soixante-quatre par mois. Et la surface ?
        C: Quatre-vingt-dix mètres carrés.
        A: Le toit, il est en tuiles ?
        C: En tuiles, oui, des mécaniques. Il y a de la tôle sur l'abri à bois, mais ça ne compte
           pas.
        A: Et l'orientation ?
        C: Il est au nord. Je sais, c'est pas terrible. Ça se fait quand même, les panneaux au nord
           ?
        A: Ça dépend de la pente. Le technicien regardera sur place, il y a parfois des solutions.
        C: D'accord.
        A: Votre âge, monsieur Dufour ?
        C: Trente-quatre. Ma femme, trente-deux.
        A: Vous avez des enfants ?
        C: Pas encore. Le premier est prévu pour mars, c'est pour ça qu'on veut faire des économies.
           On s'est mariés l'été dernier.
        A: Félicitations ! Vous travaillez dans quoi ?
        C: Régleur, sur des presses à injecter. La plasturgie, ici, c'est ce qu'il y a. J'ai enfin
           signé mon CDI en janvier, après deux ans d'intérim.
        A: Et votre femme ?
        C: Elle est à la cantine de l'école, pour la mairie. En CDD, renouvelé tous les ans. Pour la
           banque, ça n'a pas été simple.
        A: Et le revenu du foyer, à peu près ?
        C: Trois mille par mois, à peu près, à nous deux. Et ça coûte combien, en gros, une
           installation ? Qu'on sache si ça vaut le coup d'en parler.
        A: Ça dépend de la taille, et des aides auxquelles vous avez droit. C'est justement ce que
           le conseiller calcule avec vous.
        C: D'accord. Bon.
        A: Quand est-ce qu'il peut vous rappeler ?
        C: Cette semaine, je suis du matin, donc l'après-midi je suis là. Jeudi, quinze heures ?
        A: Jeudi, quinze heures. Sur ce numéro, le 07 68 24 53 19 ?
        C: Oui, c'est celui-là.
        A: Merci, monsieur Dufour. Bonne route.
        C: Merci. Salut.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Mickaël",
        client_last_name_data_ia="Dufour",
        client_phone_number="0768245319",
        client_city_data_ia="Oyonnax",
        client_address_data_ia="15 rue des Sapins",
        client_postal_code_data_ia="01100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="164",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="90",
        toiture_data_ia="tuiles",
        orientation_data_ia="nord",
        age_mr_data_ia="34",
        age_mme_data_ia="32",
        situation_familiale_data_ia="marié",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="CDD",
        revenu_data_ia="3000 euros par mois",
        creneau_rappel_data_ia="jeudi après-midi",
        heure_rappel_data_ia="15h",
        **_OWNER,
    ),
    _script(
        "h12_louhans_volailles",
        "a school bursar's assistant at Louhans, in an old Bresse farm ('Quatorze, route de"
        " Branges. À Louhans, mais à la sortie'; 'Soixante et onze, cinq cents': 71500), who names"
        " herself (Véronique Monnot) and confirms the spelling ('deux N et un T au bout'): 'une"
        " pompe à chaleur l'an dernier, une air-eau, sur les radiateurs qu'on avait avec le fioul'"
        " (pompe à chaleur: the oil is gone), 'Cent soixante-dix-huit euros par mois. Pour la"
        " maison seulement' (178), 170 m², 'Des tuiles creuses, anciennes' (tuiles), 'Un côté a le"
        " soleil le matin, l'autre l'après-midi' (est-ouest), 'Sur la maison, largement' (20m: the"
        " poultry sheds' roofs are not the house's), 51 and her husband 54, married with four"
        " children, 'titulaire, adjointe administrative. Fonctionnaire, quoi' (fonctionnaire), he"
        " 'Éleveur de volailles ... depuis vingt-six ans. Il a repris l'élevage de son père'"
        " (éleveur de volailles: the trade, as no status is said; 'agriculteur' would be the"
        " sector, not his words), 'quarante et un mille euros, sur l'année' (41000 euros par an),"
        " 'Mardi soir, vers vingt heures ?' (mardi soir, 20h), the landline (main) and her"
        " husband's mobile (tel2)",
        """
        A: Bonjour madame, Théo, de Bresse Énergie Solaire. Je suis bien chez madame Monnot ?
        C: Oui, c'est moi, Véronique Monnot. Vous êtes le monsieur des panneaux ?
        A: C'est ça. Je vous rappelle pour préparer l'étude. Je vérifie votre nom : M, O, N, N, O, T
           ?
        C: C'est ça, deux N et un T au bout.
        A: Vous êtes propriétaires de la maison ?
        C: Oui. C'est une vieille ferme bressane qu'on a retapée. Les bâtiments autour, c'est pour
           l'élevage : mon mari a des volailles. Des poulets de Bresse, avec l'appellation.
        A: Et l'adresse ?
        C: Quatorze, route de Branges. À {Louhans|Louhan}, mais à la sortie, dans les prés.
        A: Le code postal ?
        C: Soixante et onze, cinq cents.
        A: 71500. Comment vous chauffez-vous ?
        C: On a fait mettre une pompe à chaleur l'an dernier, une air-eau, sur les radiateurs qu'on
           avait avec le fioul. Le fioul, on en avait assez : mille huit cents litres par hiver.
        A: Et votre facture d'électricité, depuis ?
        C: Elle a grimpé, forcément. Cent soixante-dix-huit euros par mois. Pour la maison
           seulement, les bâtiments sont sur un autre compteur.
        A: Et la surface de la maison ?
        C: Cent soixante-dix mètres carrés. C'est grand, une ferme. Il y a des pièces où on ne va
           jamais.
        A: Le toit ?
        C: Des tuiles. Des tuiles creuses, anciennes, avec le grand avant-toit, comme toutes les
           fermes d'ici.
        A: Et l'orientation ?
        C: Un côté a le soleil le matin, l'autre l'après-midi. La maison est dans le sens nord-sud,
           je crois.
        A: Et sur la maison, vous avez au moins vingt mètres carrés de libres ?
        C: Sur la maison, largement, chaque pan fait bien quarante mètres carrés. Et les
           poulaillers, vous ne les voulez pas ? Il y a des centaines de mètres carrés de toit, là.
        A: Pour les bâtiments agricoles, c'est une autre étude, le conseiller vous en parlera. Je
           peux vous demander votre âge ?
        C: Cinquante et un ans. Mon mari, cinquante-quatre.
        A: Vous êtes mariés ?
        C: Mariés, oui. Quatre enfants. La plus grande a vingt-six ans, le dernier en a quinze.
        A: Et votre mari est éleveur, vous disiez ?
        C: Éleveur de volailles, oui, depuis vingt-six ans. Il a repris l'élevage de son père.
        A: Et vous-même ?
        C: Je travaille au lycée de Louhans, à l'intendance. Je suis titulaire, adjointe
           administrative. Fonctionnaire, quoi.
        A: Et le revenu du foyer ?
        C: Avec l'élevage, ça ne se compte pas au mois. L'an dernier, quarante et un mille euros,
           sur l'année, à nous deux.
        A: Merci. Quand un conseiller peut-il vous rappeler ?
        C: Le soir, c'est mieux, mon mari sera là. Mardi soir, vers vingt heures ? Avant, il fait le
           tour des parcs, il rentre les volailles.
        A: Mardi soir, vingt heures. Sur quel numéro ?
        C: Le fixe : zéro trois, quatre-vingt-cinq, soixante-seize, quarante et un, vingt-neuf. Et
           le portable de mon mari : zéro six, quarante, quatre-vingt-huit, soixante-trois, quinze.
        A: Zéro trois, quatre-vingt-cinq, soixante-seize, quarante et un, vingt-neuf, et zéro six,
           quarante, quatre-vingt-huit, soixante-trois, quinze. Merci, madame Monnot.
        C: Merci à vous, au revoir.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Véronique",
        client_last_name_data_ia="Monnot",
        client_phone_number="0385764129",
        client_city_data_ia="Louhans",
        client_address_data_ia="14 route de Branges",
        client_postal_code_data_ia="71500",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="178",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="170",
        toiture_data_ia="tuiles",
        orientation_data_ia="est-ouest",
        toit_libre="20m",
        age_mr_data_ia="54",
        age_mme_data_ia="51",
        situation_familiale_data_ia="mariée, 4 enfants",
        activite_mr_data_ia="éleveur de volailles",
        activite_mme_data_ia="fonctionnaire",
        revenu_data_ia="41000 euros par an",
        tel2_data_ia="0640886315",
        creneau_rappel_data_ia="mardi soir",
        heure_rappel_data_ia="20h",
        **_OWNER,
    ),
    _script(
        "h12_carpentras_refus",
        "a refusal from a widow at Carpentras who has had five such calls that week and cuts the"
        " agent off ('Les aides de l'État, je sais'): aids nobody ever sees, an old tiled roof with"
        " its 'génoise à trois rangs' nobody will climb on, the mistral, a neighbour's panels that"
        " give half what was promised (dust, plane trees), no loan for fifteen years at"
        " seventy-four, a son-in-law who is an electrician, 'mettez-moi sur votre liste rouge';"
        " what she lets fall: owner 'depuis quarante ans, à Carpentras', 'Non, c'est le gaz' (gaz),"
        " 'des tuiles anciennes' (tuiles), 'j'ai soixante-quatorze ans', 'Je suis veuve, je vis"
        " seule' (veuve: 'mon gendre' implies a child but no number is said, so no ', N enfants');"
        " the bill refused ('-'), surname from the greeting, no first name, no number (Non"
        " intéressant)",
        """
        A: Bonjour madame, Nicolas, de Provence Soleil Habitat. Madame Reboul ?
        C: Oui. Encore les panneaux ? C'est la cinquième fois cette semaine.
        A: Je suis désolé, madame. Je vous appelle au sujet d'une étude gratuite pour
           l'autoconsommation, avec les aides de...
        C: Les aides de l'État, je sais. Vous dites tous la même chose. Et après, les aides, on ne
           les voit jamais.
        A: Je comprends. Vous êtes bien propriétaire de votre maison ?
        C: Oui, je suis propriétaire, depuis quarante ans, à {Carpentras|Carpentrasse}. Mais je ne
           vais rien signer, je vous le dis tout de suite.
        A: Il ne s'agit pas de signer, juste de voir si votre toiture...
        C: Ma toiture, c'est des tuiles anciennes, avec une génoise à trois rangs. Mon mari l'avait
           fait refaire à l'ancienne, je ne laisserai personne monter dessus. Et puis avec le
           mistral, vos panneaux, ils finiraient chez le voisin.
        A: Ils sont fixés pour résister au vent, madame, c'est calculé pour...
        C: Mon voisin, justement, il en a mis. Il me dit que ça produit la moitié de ce qu'on lui
           avait promis. Avec la poussière, et les platanes qui font de l'ombre l'après-midi.
        A: Chaque toiture est différente, c'est pour ça qu'on fait une étude. Et votre chauffage,
           c'est de l'électrique ?
        C: Non, c'est le gaz. Et la facture, je ne vous la donnerai pas, ce n'est pas la peine de
           demander.
        A: Très bien. Je n'insiste pas.
        C: Vous savez, j'ai soixante-quatorze ans. Je suis veuve, je vis seule, je ne vais pas me
           mettre un crédit sur le dos pour quinze ans. Et si j'avais besoin de quelque chose, mon
           gendre est électricien, il me le ferait, lui.
        A: Je comprends tout à fait. Même sans crédit, avec les aides, il y a des...
        C: Non, monsieur. Ma réponse, c'est non. Et mettez-moi sur votre liste rouge, là, que vous
           ne me rappeliez plus.
        A: C'est noté, madame Reboul. Je retire votre numéro, vous ne serez plus appelée. Bonne
           journée.
        C: Bonne journée. Et ne le prenez pas mal, hein, ce n'est pas contre vous.
        """,
        client="Mme",
        objections=(
            "non intéressée ; démarchée cinq fois dans la semaine ; ne croit pas aux aides ;"
            " toiture ancienne à génoise, refuse qu'on y monte ; mistral ; le voisin a des panneaux"
            " qui produisent moitié moins que promis ; pas de crédit à 74 ans ; son gendre est"
            " électricien ; ne pas rappeler"
        ),
        client_last_name_data_ia="Reboul",
        client_city_data_ia="Carpentras",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        toiture_data_ia="tuiles",
        age_mme_data_ia="74",
        situation_familiale_data_ia="veuve",
        **_LOST,
    ),
    _script(
        "h12_fougeres_locataire",
        "a tenant in a town house at Fougères ('Près du château, en bas. Huit, impasse des"
        " Cordiers. Trente-cinq, trois cents': 35300) who names himself (Kévin Hamon) and confirms"
        " the spelling ('Avec un H devant'): 'Ah, non. On est locataires. La propriétaire, c'est"
        " une dame âgée' (non: Non intéressant), who asks back about a plug-in kit and whether"
        " there is anything for tenants, and gives what he knows: a pellet stove the landlady put"
        " in and electric radiators upstairs, 'C'est le poêle qui chauffe, surtout' (bois),"
        " 'quatre-vingt-dix euros par mois' (90), 70 m² on two floors, 29 and his girlfriend 27,"
        " 'avec ma copine, quand le petit sera à l'école' (en couple, 1 enfant: 'le petit' is their"
        " child), 'Magasinier ... En CDI' (CDI), 'Ma copine est vendeuse, en CDD' (CDD); no roof,"
        " no number, no callback (Non)",
        """
        A: Bonjour monsieur, Pauline, de Bretagne Habitat Solaire. Monsieur Hamon ?
        C: Oui, c'est moi. Kévin Hamon.
        A: Vous avez fait une demande en ligne pour des panneaux solaires. Je vous rappelle pour
           l'étude. Vous avez quelques minutes ?
        C: Oui, je suis en pause, là. J'ai un quart d'heure.
        A: Je vérifie votre nom : Hamon, H, A, M, O, N ?
        C: C'est ça. Avec un H devant.
        A: Vous habitez une maison ?
        C: Oui, une maison de ville, à Fougères. Près du château, en bas. Huit, impasse des
           Cordiers. Trente-cinq, trois cents.
        A: 35300. Et vous êtes propriétaire ?
        C: Ah, non. On est locataires. La propriétaire, c'est une dame âgée, elle habite Rennes. Il
           faut être propriétaire ?
        A: Pour installer des panneaux sur le toit, oui. Il faut que ce soit le propriétaire qui
           fasse la demande.
        C: Ah. Je pensais que c'était pour tout le monde, avec les aides. Parce qu'on paie cher,
           hein : quatre-vingt-dix euros par mois, pour une petite maison.
        A: Vous vous chauffez comment ?
        C: Il y a un poêle à granulés que la propriétaire a fait mettre, et des radiateurs
           électriques à l'étage. C'est le poêle qui chauffe, surtout. Les sacs de granulés, c'est
           nous qui les payons.
        A: Et la maison fait quelle surface ?
        C: Soixante-dix mètres carrés. Sur deux étages, c'est étroit.
        A: Vous pensez que votre propriétaire pourrait être intéressée ?
        C: Elle a quatre-vingt-huit ans. Elle n'a pas voulu changer les fenêtres, alors des
           panneaux... Vous n'avez rien pour les locataires ? Même pas un truc sur le balcon ? Il y
           en a qui vendent des panneaux qu'on branche sur la prise.
        A: Nous ne faisons que les installations sur toiture, pour les propriétaires. Les kits à
           brancher, je ne peux pas vous conseiller.
        C: Dommage. On pensait acheter dans deux ou trois ans, avec ma copine, quand le petit sera à
           l'école. J'ai vingt-neuf ans, elle vingt-sept, on a le temps.
        A: À ce moment-là, vous pourrez refaire une demande, bien sûr. Vous travaillez dans le coin
           ?
        C: Magasinier, dans une entreprise de chaussures... enfin, de logistique, maintenant, ils ne
           fabriquent plus rien ici. En CDI. Ma copine est vendeuse, en CDD.
        A: Très bien. Je suis désolée, je ne peux rien vous proposer pour l'instant.
        C: Pas grave. Merci quand même. Au revoir.
        A: Au revoir, monsieur Hamon.
        """,
        client="Mr",
        objections="locataire : la propriétaire, âgée, ne fera pas de travaux",
        client_first_name_data_ia="Kévin",
        client_last_name_data_ia="Hamon",
        client_city_data_ia="Fougères",
        client_address_data_ia="8 impasse des Cordiers",
        client_postal_code_data_ia="35300",
        proprietaire_data_ia="non",
        mode_chauffage_data_ia="bois",
        facture_data_ia="90",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="70",
        age_mr_data_ia="29",
        age_mme_data_ia="27",
        situation_familiale_data_ia="en couple, 1 enfant",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="CDD",
        **_LOST,
    ),
    _script(
        "h12_saint_gaudens_partiel",
        "a partial call: an owner at Saint-Gaudens ('À Saint-Gaudens, oui ... Dix-sept, rue des"
        " Pyrénées. Trente et un, huit cents': 31800), first name said once (Céline), 'Oui, avec"
        " mon mari' (oui), who corrects her heating ('Au gaz. Non, qu'est-ce que je raconte, le"
        " gaz, c'était l'appartement d'avant. Ici, c'est tout électrique': électrique), then the"
        " school calls her mobile ('Mon fils a de la fièvre') before the bill is answered ('-'):"
        " 'rappelez-moi. Demain matin ? Vers neuf heures et demie' (demain matin, 9h30) on 'mon"
        " portable, c'est plus sûr' (main: the only number said; the landline she was called on is"
        " never read out), and 'En tuiles, oui' to the agent's last question (tuiles); no age,"
        " family, job or income",
        """
        A: Bonjour madame, Julien, de Comminges Énergie. Madame Abadie ?
        C: Oui, bonjour.
        A: Je vous appelle pour votre demande d'étude de panneaux solaires. Vous avez quelques
           minutes ?
        C: Quelques minutes, oui, allez-y. Je suis en train de ranger les courses, mais ça va.
        A: Votre prénom, pour la fiche ?
        C: Céline.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui, avec mon mari. Depuis huit ans. On a eu de la chance, on l'a eue avant que les prix
           montent.
        A: Elle se trouve à Saint-Gaudens ?
        C: À {Saint-Gaudens|Saint-Gaudince}, oui, sur la hauteur. On voit toute la chaîne, le matin,
           quand il fait beau. Dix-sept, rue des Pyrénées. Trente et un, huit cents.
        A: 31800. Comment vous chauffez-vous ?
        C: Au gaz. Non, qu'est-ce que je raconte, le gaz, c'était l'appartement d'avant. Ici, c'est
           tout électrique. Des radiateurs, et un sèche-serviettes dans la salle de bains.
        A: Et votre facture d'électricité ?
        C: Alors, la facture... Attendez, excusez-moi, mon portable sonne. C'est l'école. Ne quittez
           pas.
        A: Je vous en prie.
        C: Voilà. Mon fils a de la fièvre, il faut que j'aille le chercher tout de suite. Désolée.
        A: Bien sûr, madame. On peut reprendre plus tard ?
        C: Oui, rappelez-moi. Demain matin ? Vers neuf heures et demie, j'aurai déposé la grande à
           l'école. Et s'il va mieux, le petit, je serai tranquille.
        A: Demain matin, neuf heures trente. Sur ce numéro-ci ?
        C: Non, sur mon portable, c'est plus sûr, je ne suis jamais près du fixe. Zéro six,
           dix-neuf, soixante-quatre, trente-huit, vingt-deux.
        A: Zéro six, dix-neuf, soixante-quatre, trente-huit, vingt-deux. Juste une dernière chose :
           le toit, il est en tuiles ?
        C: En tuiles, oui, comme tout le monde ici. Bon, je file. Au revoir !
        A: Au revoir, madame Abadie. À demain.
        """,
        client="Mme",
        objections="doit aller chercher son fils malade à l'école : rappel demandé",
        client_first_name_data_ia="Céline",
        client_last_name_data_ia="Abadie",
        client_phone_number="0619643822",
        client_city_data_ia="Saint-Gaudens",
        client_address_data_ia="17 rue des Pyrénées",
        client_postal_code_data_ia="31800",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        toiture_data_ia="tuiles",
        creneau_rappel_data_ia="demain matin",
        heure_rappel_data_ia="9h30",
        **_OWNER,
    ),
    _script(
        "h12_thouars_fils",
        "the lead's adult son answers at his parents' house in Thouars ('Vingt-deux, rue des"
        " Vignes, à Thouars. Soixante-dix-neuf, cent': 79100) and speaks for his father: the fiche"
        " is the lead's (Bernard Texier, 'avec un X', 79; his wife 76; 'Retraité depuis vingt ans';"
        " she 'n'a jamais travaillé, elle était à la maison' (femme au foyer)), 'marié, 3 enfants'"
        " in the father's gender ('depuis cinquante-cinq ans. On est trois enfants'), and entretien"
        " is 'Mr' (the son took the call; his own name is never said); the oil boiler 'ne fait"
        " presque plus que l'eau chaude' since the pellet stove, 'Donc principalement le poêle à"
        " granulés.' 'Voilà' (bois), 'Quatre-vingt-treize euros par mois' (93), 'Cent mètres"
        " carrés, à peu près. Plus le grenier' (100), 'En ardoise' (ardoises), 'Aucune idée' of the"
        " orientation ('-'), 'deux mille quatre cents par mois', 'Samedi après-midi ... Vers deux"
        " heures et demie' (samedi après-midi, 14h30), the son's mobile given first as the number"
        " to call (main) and the parents' landline 'celui que vous avez appelé' (tel2)",
        """
        A: Bonjour monsieur, Manon, de Val de Thouet Énergie. Je voudrais parler à monsieur Texier,
           s'il vous plaît.
        C: C'est pour mon père ? Il n'est pas là, il est à l'hôpital pour son genou, une
           consultation. Moi, c'est son fils, je passais donner à manger au chat. C'est à quel sujet
           ?
        A: C'est au sujet des panneaux solaires. Votre père a demandé une étude gratuite.
        C: Ah oui, il m'en a parlé, c'est même moi qui lui ai dit de le faire. Il s'appelle Bernard,
           hein, Bernard Texier, avec un X. Je peux vous répondre, je connais la maison par cœur,
           j'y ai grandi.
        A: Très bien, merci. La maison est bien à vos parents ?
        C: Oui, ils l'ont achetée en soixante-dix-huit. Elle est payée depuis longtemps.
        A: Et l'adresse, c'est ?
        C: Vingt-deux, rue des Vignes, à {Thouars|Touar}. Soixante-dix-neuf, cent.
        A: 79100. Comment la maison est-elle chauffée ?
        C: Il y a encore la chaudière au fioul, mais elle ne fait presque plus que l'eau chaude.
           L'an dernier, ils ont fait mettre un poêle à granulés dans le salon, et depuis, c'est lui
           qui chauffe tout le bas. Mon père le charge tous les matins, c'est son rituel.
        A: Donc principalement le poêle à granulés.
        C: Voilà. Le fioul, c'est fini, ou presque.
        A: Et la facture d'électricité, vous la connaissez ?
        C: C'est moi qui fais leurs papiers, depuis que ma mère a du mal avec l'ordinateur.
           Quatre-vingt-treize euros par mois.
        A: Et la surface de la maison ?
        C: Cent mètres carrés, à peu près. Plus le grenier.
        A: Le toit, il est en quoi ?
        C: En ardoise. Ici, on est presque en Anjou, c'est l'ardoise.
        A: Vous savez comment il est orienté ?
        C: Aucune idée. Il faudrait que je regarde sur mon téléphone... Non, je ne sais pas, le
           technicien verra.
        A: Pas de souci. Vos parents ont quel âge ?
        C: Mon père a soixante-dix-neuf ans, ma mère soixante-seize.
        A: Ils sont mariés ?
        C: Oui, depuis cinquante-cinq ans. On est trois enfants, je suis le petit dernier.
        A: Et votre père travaillait dans quoi, avant ?
        C: Il était cheminot, au dépôt, quand il y avait encore du monde. Retraité depuis vingt ans.
           Ma mère, elle, n'a jamais travaillé, elle était à la maison avec nous.
        A: Et leur revenu, à peu près ?
        C: Les deux retraites ensemble, deux mille quatre cents par mois. Pas plus.
        A: Merci. Un conseiller voudrait les rappeler, avec vous si possible. Quand seriez-vous là ?
        C: Samedi après-midi, je suis toujours chez eux. Vers deux heures et demie, après la sieste
           de mon père.
        A: Samedi, quatorze heures trente. Sur quel numéro ?
        C: Le mien, plutôt, mon portable : zéro six, soixante et onze, quinze, quatre-vingt-quatre,
           quarante. Et le fixe de mes parents, c'est celui que vous avez appelé : zéro cinq,
           quarante-neuf, soixante-six, vingt-sept, zéro trois.
        A: Zéro six, soixante et onze, quinze, quatre-vingt-quatre, quarante, et zéro cinq,
           quarante-neuf, soixante-six, vingt-sept, zéro trois. Merci beaucoup, monsieur.
        C: De rien. Au revoir.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Bernard",
        client_last_name_data_ia="Texier",
        client_phone_number="0671158440",
        client_city_data_ia="Thouars",
        client_address_data_ia="22 rue des Vignes",
        client_postal_code_data_ia="79100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="93",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="100",
        toiture_data_ia="ardoises",
        age_mr_data_ia="79",
        age_mme_data_ia="76",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="femme au foyer",
        revenu_data_ia="2400 euros par mois",
        tel2_data_ia="0549662703",
        creneau_rappel_data_ia="samedi après-midi",
        heure_rappel_data_ia="14h30",
        **_OWNER,
    ),
)


# A thirteenth held-out set (names ``h13_*``), written after HELD_OUT_12, by someone who read only
# this module's format, docs/quality.md's natural-voice set and gold conventions and
# messages/lead.py: never the extractors, and none of them was run on it. Again a call centre's
# ordinary day, written fresh, in towns no earlier set used and spread across France
# (Oloron-Sainte-Marie, Landerneau, Romorantin-Lanthenay, Mende, Digne-les-Bains, Tournefeuille by
# Toulouse, Lisieux, Saint-Dié-des-Vosges, Armentières, Loudun, Nyons, Brioude): eight owners, a
# firm refusal from a man whose brother was sold panels never connected, a social-housing tenant
# in a brick row house, a wrong number answered by a man of ninety-one in a retirement home, and a
# partial call from a shopkeeper at her till who asks to be called back that evening. Spouses and
# a son take the phone for part of a call (a wife who gives the bill, the ages, the jobs and her
# own number; a husband shouting his age from the table; a husband who fixes the slot; a son who
# climbed on the roof); clients answer before the question ends, ask back ('Vous êtes d'où, vous,
# pour ne pas connaître ?', the price, hail, the landlord) and wander (the Pic d'Anie, the Élorn,
# the market day, the night shift); hesitations ('euh', 'bah'), a year, a phone number, a bill
# and a surface corrected, a gas bill taken for the electricity one, an old mobile replaced, and a
# postal code the agent reads wrong ('88110 ?' 'Non, ça, c'est Raon'). Postal codes in pairs, as
# thousands and digit by digit; bills per month, 'mensualisés', per year and as all three bands;
# ages direct, relative, shouted by the spouse and from a birth year; heating as radiant panels,
# an air-to-water pump that replaced oil, an old oil boiler, propane in a buried tank, an
# underfloor in the slab, reversible air conditioning, a condensing gas boiler, a log boiler in
# the garage, old convectors; roofs of slate, small flat tiles, steel sheet, 'tuiles canal',
# mechanical tiles; orientations from the mountains, sunrise and sunset, the noon sun, the
# afternoon sun, the snow that stays, and not known; jobs with a status (on one's own account for
# eleven and nine years, 'Fonctionnaire', CDI, a CDD as 'contractuelle', unemployed, parental
# leave, retired) and without (a gendarme, a lavender grower); surnames spelt (Bordenave,
# Kervella, Pagès 'avec un accent grave', Isnard, Haddad, Letellier, Mougenot, Vanhoutte,
# Vigouroux), a first name spelt (Maïwenn, 'un I tréma'). The set's year is 2026. The gold is
# what a careful human fills from each call; where a value is debatable, the summary says why.
# Nobody tunes on it: never rendered, never part of ``FULL`` or ``SUBSET``;
# ``python -m benchmarks.extraction_quality --held-out 13`` scores it from its reference text.
HELD_OUT_13: tuple[Script, ...] = (
    _script(
        "h13_oloron_fromager",
        "a cheesemaker at Oloron-Sainte-Marie ('Oloron-Sainte-Marie, soixante-quatre, quatre"
        " cents': 64400) who names himself once (Jean-Michel: his father, another Bordenave, lives"
        " next door and is not the lead), surname spelt by the agent and confirmed, '6 chemin des"
        " Bergers', asks back where the agent is from; 'Bah, électrique. Des panneaux rayonnants'"
        " (électrique), 'Sur l'année, on est à mille huit cents' (1800, annuelle), 'Cent dix"
        " mètres carrés habitables, plus la grange' (110), 'En ardoise' (ardoises), 'Le grand pan"
        " regarde les montagnes. Plein sud' (sud), 'trente, trente-cinq, sans rien dessus' (20m),"
        " 47; then his wife Christelle takes the phone: 'deux ans de moins' then 'Quarante-cinq'"
        " (45; her first name is not the client's), 'Mariés, oui, deux enfants' in the client's"
        " gender (marié, 2 enfants: the client is the husband who took the call, so entretien Mr),"
        " 'Fonctionnaire, dans la fonction publique hospitalière' (fonctionnaire), he 'est à son"
        " compte ... Onze ans' (indépendant depuis 11 ans), 'quarante-six mille, par an' (46000"
        " euros par an), 'Lundi, en fin d'après-midi ? Après cinq heures et demie' read back as"
        " 'dix-sept heures trente' (lundi fin d'après-midi, 17h30), the number the agent reads"
        " that she confirms as his (main) and her own (tel2)",
        """
        A: Bonjour monsieur, Laura, de Béarn Solaire Habitat. Je cherche à joindre monsieur
           Bordenave.
        C: C'est moi. Enfin, lequel ? Parce qu'il y a mon père aussi, dans la vieille ferme à côté.
           Moi, c'est Jean-Michel.
        A: C'est vous qui avez demandé une étude pour des panneaux solaires, il me semble.
        C: Ah, oui, oui. Bah, c'est ma femme, surtout, qui a rempli, mais c'est à mon nom. Allez-y,
           j'ai cinq minutes, je viens de finir de retourner les fromages.
        A: Je vérifie l'orthographe : Bordenave, B, O, R, D, E, N, A, V, E ?
        C: Voilà. Sans accent, sans rien. Comme ça se dit.
        A: Merci. Vous êtes propriétaire de la maison ?
        C: Oui. On l'a achetée en deux mille douze, ma femme et moi. La ferme de mon père, par
           contre, c'est à lui, hein, on ne touche pas.
        A: Bien sûr. Et votre adresse, c'est...
        C: Six, chemin des Bergers. À Oloron. Oloron-Sainte-Marie, soixante-quatre, quatre cents.
           Vous êtes d'où, vous, pour ne pas connaître ?
        A: De Pau, monsieur, mais je préfère vérifier. 64400. Comment est-ce que vous vous chauffez
           ?
        C: Bah, électrique. Des panneaux rayonnants, un par pièce. On avait parlé de mettre un
           poêle, mais avec le travail, qui va le charger, le poêle ?
        A: Et votre facture d'électricité, elle est de...
        C: Alors là... C'est ma femme qui garde les factures. Attendez. Sur l'année, on est à mille
           huit cents. Mille huit cents euros, à peu près, c'est ce qu'elle m'a dit à la dernière
           facture.
        A: Mille huit cents euros par an. Et la surface de la...
        C: De la maison ? Cent dix mètres carrés habitables, plus la grange, mais elle n'est pas
           isolée, elle ne compte pas.
        A: Et le toit, il est en...
        C: En ardoise. Dans le coin, c'est l'ardoise. Je crois même qu'on n'a pas le droit à autre
           chose.
        A: Vous savez comment il est orienté ?
        C: Le grand pan regarde les montagnes. Plein sud : depuis l'évier, j'ai le pic d'Anie en
           face. Enfin, quand il ne pleut pas, et ici, il pleut.
        A: Et sur ce pan, il y a au moins vingt mètres carrés de libres ?
        C: Oh, il y en a trente, trente-cinq, sans rien dessus. Pas de velux, la cheminée est sur le
           pignon.
        A: Parfait. Votre âge, monsieur Bordenave ?
        C: Quarante-sept. Et ma femme, deux ans de moins. Christelle ! Viens, c'est pour les
           panneaux. Je vous la passe, elle saura mieux que moi pour le reste.
        C: Allô ? Bonjour. C'est moi qui ai fait la demande, le soir, sur le site.
        A: Bonjour madame. Votre mari me disait que vous avez deux ans de moins que lui ?
        C: Quarante-cinq, oui. Merci de le rappeler. Qu'est-ce qu'il vous faut d'autre ?
        A: Vous êtes mariés, vous avez des enfants ?
        C: Mariés, oui, deux enfants. Une grande de seize ans et un de douze.
        A: Et vous travaillez, madame ?
        C: Je suis aide-soignante à l'hôpital d'Oloron. Fonctionnaire, dans la fonction publique
           hospitalière. Et lui, il vous a dit ? Il fait le fromage de brebis, il est à son compte.
           Ça fait combien, Jean-Michel ? ... Onze ans.
        A: Et le revenu du foyer, à peu près ?
        C: On déclare... quarante-six mille, par an. À peu près. Le sien bouge beaucoup d'une année
           à l'autre, ça dépend des ventes.
        A: Merci. Un conseiller va vous rappeler pour l'étude. Quel moment vous arrange ?
        C: Il faut que mon mari soit là, c'est lui qui monte sur les toits. Le lundi, la boutique
           est fermée. Lundi, en fin d'après-midi ? Après cinq heures et demie, je serai rentrée du
           service.
        A: Lundi, dix-sept heures trente. Sur le numéro que j'ai, le 06 33 18 72 45 ?
        C: Ça, c'est le sien. Oui, c'est bon. Et notez le mien, au cas où il ne décroche pas : zéro
           six, quatre-vingt-un, cinquante-deux, zéro neuf, dix-sept.
        A: Zéro six, quatre-vingt-un, cinquante-deux, zéro neuf, dix-sept. Merci, madame, bonne
           soirée à vous deux.
        C: Merci. Au revoir.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Jean-Michel",
        client_last_name_data_ia="Bordenave",
        client_phone_number="0633187245",
        client_city_data_ia="Oloron-Sainte-Marie",
        client_address_data_ia="6 chemin des Bergers",
        client_postal_code_data_ia="64400",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="1800",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="110",
        toiture_data_ia="ardoises",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="47",
        age_mme_data_ia="45",
        situation_familiale_data_ia="marié, 2 enfants",
        activite_mr_data_ia="indépendant depuis 11 ans",
        activite_mme_data_ia="fonctionnaire",
        revenu_data_ia="46000 euros par an",
        tel2_data_ia="0681520917",
        creneau_rappel_data_ia="lundi fin d'après-midi",
        heure_rappel_data_ia="17h30",
        **_OWNER,
    ),
    _script(
        "h13_landerneau_infirmiere",
        "a self-employed nurse at Landerneau, on her hands-free kit between two patients, who"
        " spells her first name ('M, A, I tréma, W, E, deux N': Maïwenn) and confirms her spelt"
        " surname ('Deux L, oui': Kervella), '17 quai de Cornouaille', the code digit by digit"
        " ('deux, neuf, huit, zéro, zéro': 29800; Plouédern, where her practice is, and"
        " Landivisiau, where he works, are not her town); 'Oui, avec mon compagnon' (oui), 'Une"
        " pompe à chaleur. Air-eau, il y a trois ans. Avant, c'était le fioul' (pompe à chaleur),"
        " 'Au-dessus de cent euros par mois, ça, sans hésiter ... Le chiffre exact, je ne l'ai"
        " pas' (plus_de_100, mensuelle), 135 m² with the converted attic, 'De l'ardoise'"
        " (ardoises), 'un vers le levant ... et l'autre au couchant' (est-ouest; the ridge"
        " 'nord-sud' is the line of the ridge, not a side), free roof space never asked ('-'), 44"
        " and her partner 'né en quatre-vingt' (46 in 2026), 'Pacsés. Trois enfants : deux à lui,"
        " d'avant, et une à nous deux' who all live with them (pacsée, 3 enfants), 'Infirmière"
        " libérale. Je suis à mon compte depuis neuf ans' (indépendante depuis 9 ans), he"
        " 'technicien de maintenance ... En CDI' (CDI), 'Cinq mille cinq cents par mois pour le"
        " foyer', 'Entre midi et deux, le vendredi. Midi et quart' (vendredi midi, 12h15), her"
        " mobile corrected mid-number ('vingt-huit... non, pardon, trente-huit': 0645386710)",
        """
        A: Bonjour madame, Yann, de Finistère Énergies Nouvelles. Madame Kervella ?
        C: Oui, c'est moi, mais je suis en voiture, entre deux patients. Je suis sur le kit mains
           libres, ça va peut-être couper dans la côte.
        A: Je peux vous rappeler plus tard, si vous préférez...
        C: Non, non, allez-y, j'ai dix minutes de route jusqu'au suivant. C'est pour les panneaux,
           c'est ça ? J'ai rempli un formulaire un soir, je ne sais plus trop sur quel site.
        A: C'est ça, une demande d'étude gratuite. Je vérifie votre nom : K, E, R, V, E, L, L, A ?
        C: Deux L, oui. Et le prénom, vous l'avez bien ? Parce qu'on me l'écorche tout le temps.
        A: J'ai Maïwenn.
        C: Voilà, mais vérifiez l'orthographe : M, A, I tréma, W, E, deux N. On me met souvent un
           seul N, ou pas de tréma, et après les courriers n'arrivent pas.
        A: C'est corrigé. Vous êtes propriétaire de votre maison ?
        C: Oui, avec mon compagnon. Depuis sept ans. Une vieille maison en pierre, au bord de
           l'Élorn, on l'a retapée nous-mêmes, enfin, surtout lui.
        A: L'adresse, c'est bien...
        C: Dix-sept, quai de Cornouaille. À Landerneau. Le code, c'est deux, neuf, huit, zéro, zéro.
           Mon cabinet est à Plouédern, mais ça, ça ne vous intéresse pas.
        A: 29800 Landerneau. Et pour le chauffage, vous avez...
        C: Une pompe à chaleur. Air-eau, il y a trois ans. Avant, c'était le fioul, une horreur, ça
           sentait dans toute la maison. On a eu une prime, d'ailleurs. C'est pour ça que je me suis
           dit, les panneaux, avec la pompe, ça irait bien ensemble, non ?
        A: C'est souvent le cas, oui. Et votre facture d'électricité, à peu près ?
        C: Euh... Au-dessus de cent euros par mois, ça, sans hésiter. Depuis la pompe, forcément. Le
           chiffre exact, je ne l'ai pas en tête, je suis au volant.
        A: Plus de cent par mois. La maison fait combien de mètres carrés ?
        C: Cent trente-cinq. Avec les combles qu'on a aménagés pour les enfants.
        A: Et le toit, c'est de l'ardoise ?
        C: De l'ardoise, évidemment. On est dans le Finistère, monsieur.
        A: Vous savez comment il est orienté ?
        C: Il a deux pans : un vers le levant, côté rivière, et l'autre au couchant, côté rue. Le
           faîtage est nord-sud, si ça vous parle.
        A: Très bien. Vous avez quel âge, madame Kervella ?
        C: Quarante-quatre. Et mon compagnon, lui, il est né en quatre-vingt. Je vous laisse
           compter, moi je conduis.
        A: Vous êtes mariés ?
        C: Pacsés. Trois enfants : deux à lui, d'avant, et une à nous deux. Mais ils vivent tous à
           la maison, c'est pour ça qu'on consomme autant, entre les douches et les consoles.
        A: Vous êtes infirmière, si j'ai bien compris ?
        C: Infirmière libérale. Je suis à mon compte depuis neuf ans, avec une associée.
        A: Et votre compagnon ?
        C: Il est technicien de maintenance dans l'agroalimentaire, à Landivisiau. En CDI.
        A: Et le revenu du foyer, approximativement ?
        C: Ouh là. Cinq mille cinq cents par mois pour le foyer, grosso modo. Le mien varie selon
           les tournées.
        A: Merci. Quand est-ce que le conseiller peut vous rappeler ? Pas en voiture, de préférence.
        C: Ah, ça, ce n'est pas facile. Entre midi et deux, le vendredi. Midi et quart, ça vous va ?
        A: Vendredi, douze heures quinze. Sur quel numéro ?
        C: Mon portable, celui-ci : zéro six, quarante-cinq, vingt-huit... non, pardon, trente-huit.
           Zéro six, quarante-cinq, trente-huit, soixante-sept, dix.
        A: 06 45 38 67 10.
        C: C'est ça. Oh, je suis arrivée chez ma patiente. Je vous laisse. Au revoir !
        A: Au revoir, madame Kervella, bonne tournée.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Maïwenn",
        client_last_name_data_ia="Kervella",
        client_phone_number="0645386710",
        client_city_data_ia="Landerneau",
        client_address_data_ia="17 quai de Cornouaille",
        client_postal_code_data_ia="29800",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="plus_de_100",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="135",
        toiture_data_ia="ardoises",
        orientation_data_ia="est-ouest",
        age_mr_data_ia="46",
        age_mme_data_ia="44",
        situation_familiale_data_ia="pacsée, 3 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="indépendante depuis 9 ans",
        revenu_data_ia="5500 euros par mois",
        creneau_rappel_data_ia="vendredi midi",
        heure_rappel_data_ia="12h15",
        **_OWNER,
    ),
    _script(
        "h13_romorantin_retraites",
        "a retired couple at Romorantin-Lanthenay ('Quarante et un, deux cents': 41200): the"
        " husband takes the call and names himself (Francis Rabier), a year corrected ('depuis"
        " soixante-quatorze... quatre-vingt-quatre, pardon': not a field), '9 allée des Bouleaux',"
        " 'Au fioul. On a une chaudière de quatre-vingt-dix-huit' (fioul); his wife Josette takes"
        " the phone for the bill and corrects herself ('mille quatre cent quarante par an... Non,"
        " attendez, ça, c'est l'ancienne. Cette année, c'est mille six cent vingt': 1620,"
        " annuelle), 95 m², 'Moi, soixante-treize. Mon mari en a soixante-dix-sept' (73, 77),"
        " 'couturière ... Retraitée' and he 'chez Matra ... Retraité aussi' (retraitée, retraité);"
        " her first name is not the client's, and entretien is 'Mr' (he took the call); back to"
        " him: 'Des tuiles plates' (tuiles), 'Le pan de derrière ... il a le soleil à midi pile."
        " Devant, c'est la rue, au nord' (sud: the noon sun is the south), 'Quinze, peut-être'"
        " square metres free (moins de 20m), 'Cinquante-deux ans de mariage ... Deux filles'"
        " (marié, 2 enfants), 'deux mille neuf cents. Par mois', 'Jeudi ? Pas avant dix heures ..."
        " Bon, jeudi, dix heures' (jeudi matin, 10h; the market day he mixes up is not the slot),"
        " the landline only (main)",
        """
        A: Bonjour monsieur, Inès, de Sologne Énergie Confort. Je suis bien chez monsieur Rabier ?
        C: Rabier, oui. Francis Rabier. Vous êtes la demoiselle des panneaux ? Ma femme m'a prévenu
           que vous rappelleriez.
        A: C'est bien ça. Vous avez un moment à m'accorder ?
        C: On est retraités, mademoiselle, du temps, on n'a plus que ça. Mais parlez fort, j'ai
           l'oreille gauche qui ne vaut plus rien.
        A: Je vais parler plus fort. Vous êtes propriétaire de votre maison ?
        C: Oui, depuis soixante-quatorze... quatre-vingt-quatre, pardon. Quatre-vingt-quatre. En
           soixante-quatorze, on louait encore à Blois.
        A: Et l'adresse, c'est...
        C: Neuf, allée des Bouleaux. À Romorantin. Quarante et un, deux cents.
        A: 9 allée des Bouleaux, 41200 Romorantin-Lanthenay. Comment vous chauffez-vous ?
        C: Au fioul. On a une chaudière de quatre-vingt-dix-huit, qui tourne toujours, touchez du
           bois. Le chauffagiste dit qu'il faudrait la changer, mais vous avez vu les prix ?
        A: Et votre facture d'électricité, vous savez combien elle fait ?
        C: Ah, ça... Josette ! Josette, c'est combien, l'électricité ? ... Tenez, je vous la passe,
           c'est elle qui tient les comptes.
        C: Allô ? Bonjour, mademoiselle. Alors, l'électricité, on paie mille quatre cent quarante
           par an... Non, attendez, ça, c'est l'ancienne. Cette année, c'est mille six cent vingt.
           Ils ont encore augmenté, c'est une honte.
        A: Mille six cent vingt euros par an. Vous êtes madame Rabier ?
        C: Oui. Qu'est-ce que vous voulez savoir d'autre ? Je vous le repasse après, il
           s'impatiente.
        A: La surface de la maison, vous la connaissez ?
        C: Quatre-vingt-quinze. De plain-pied, avec un sous-sol.
        A: Et vos âges, si ce n'est pas indiscret ?
        C: Moi, soixante-treize. Mon mari en a soixante-dix-sept, il va sur ses soixante-dix-huit.
        A: Vous faisiez quoi, avant la retraite ?
        C: J'étais couturière, dans la confection, quand il y avait encore des usines ici. Retraitée
           depuis longtemps. Et lui, il était chez Matra, sur la chaîne. Retraité aussi, évidemment.
           Bon, je vous le repasse, pour le toit, c'est lui qui sait.
        C: C'est encore moi. Vous voulez savoir pour le toit ?
        A: Oui. Il est en quoi ?
        C: Des tuiles plates, des petites, celles du pays. Vieilles, mais saines, je les ai
           vérifiées après l'orage.
        A: Vous savez comment il est orienté ?
        C: Le pan de derrière, côté potager, il a le soleil à midi pile. Devant, c'est la rue, au
           nord, là il n'y a jamais de soleil.
        A: Et sur le pan de derrière, il y a de la place ? Il faudrait une vingtaine de mètres
           carrés.
        C: Vingt mètres ? Euh... Il y a le chien-assis de la chambre, et la cheminée au milieu. Non,
           d'un seul tenant, je ne crois pas. Quinze, peut-être.
        A: D'accord. Vous êtes mariés, vous avez des enfants ?
        C: Cinquante-deux ans de mariage en juin. Deux filles. Et quatre petits-enfants.
        A: Et pour le revenu du foyer ?
        C: Avec nos deux pensions, on arrive à deux mille neuf cents. Par mois, hein.
        A: Merci. Quand est-ce qu'un conseiller peut vous rappeler ?
        C: Le matin, ça nous va. Jeudi ? Pas avant dix heures, on va au marché le jeudi... Ah non,
           le marché, c'est le mercredi. Bon, jeudi, dix heures, c'est bon.
        A: Jeudi matin, dix heures. Sur quel numéro ?
        C: Le fixe. On n'a pas de portable. Enfin, ma femme en a un, mais il est toujours éteint,
           dans le tiroir. Zéro deux, cinquante-quatre, soixante-seize, trente, quatre-vingt-un.
        A: Zéro deux, cinquante-quatre, soixante-seize, trente, quatre-vingt-un. Merci, monsieur
           Rabier.
        C: C'est nous. Au revoir, mademoiselle.
        """,
        client="Mr",
        objections="chaudière à changer mais prix élevés",
        client_first_name_data_ia="Francis",
        client_last_name_data_ia="Rabier",
        client_phone_number="0254763081",
        client_city_data_ia="Romorantin-Lanthenay",
        client_address_data_ia="9 allée des Bouleaux",
        client_postal_code_data_ia="41200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="1620",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="95",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="moins de 20m",
        age_mr_data_ia="77",
        age_mme_data_ia="73",
        situation_familiale_data_ia="marié, 2 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="retraitée",
        revenu_data_ia="2900 euros par mois",
        creneau_rappel_data_ia="jeudi matin",
        heure_rappel_data_ia="10h",
        **_OWNER,
    ),
    _script(
        "h13_mende_gendarme",
        "a gendarme's wife at Mende ('Quatre, impasse des Sorbiers. Quarante-huit mille': 48000)"
        " who puts the phone on speaker so her husband hears from the table, spells her surname"
        " ('Avec un accent grave sur le E': Pagès) and gives her first name (Ludivine); owners"
        " 'depuis deux ans' after living in barracks (oui); 'Le gaz. Pas le gaz de ville ... une"
        " citerne enterrée ... Il dit du propane' (gaz), 'Chaque mois, c'est entre quatre-vingts"
        " et cent euros' (entre 80 et 100, mensuelle), 90 m² without the garage basement, 'Du bac"
        " acier' (bac acier), 'Vers l'ouest. Le soleil tape dessus de midi jusqu'au soir' (ouest),"
        " 'quarante mètres carrés ? Il dit cinquante. Bon, plus de vingt' (20m), 38, the husband"
        " shouting his age ('Il crie quarante ... Quarante ans, tout juste': 40), 'Mariés, une"
        " petite fille de quatre ans. Et un deuxième qui arrive en septembre' (mariée, 1 enfant:"
        " the baby is not born yet), 'secrétaire de mairie, à Badaroux ... Contractuelle : c'est"
        " un CDD' (CDD; Badaroux is where she works, not her town), he 'gendarme ... Adjudant'"
        " (gendarme: the job, as no status is said), 'Quatre mille trois cents, en tout, chaque"
        " mois', 'Mardi soir ? Après vingt heures' (mardi soir, 20h), the mobile the agent reads"
        " out and she confirms (main) and her husband's, dictated by him through her (tel2)",
        """
        A: Bonjour madame, Hugo, de Causses et Cévennes Solaire. Madame Pagès ?
        C: Oui ? Attendez, je coupe la hotte... Voilà. C'est à quel sujet ?
        A: Vous avez fait une demande d'étude pour des panneaux solaires sur notre site...
        C: Ah oui, c'est mon mari qui a voulu. Il est là, il mange. Je mets le haut-parleur, comme
           ça il entend tout et il ne me reprochera rien.
        A: Très bien. Je vérifie votre nom : Pagès, P, A, G, E, S ?
        C: Avec un accent grave sur le E. Sans l'accent, ça fait Pages, comme les pages d'un livre.
        A: C'est noté. Et votre prénom ?
        C: Ludivine.
        A: Vous êtes propriétaires ?
        C: Oui, depuis deux ans. Avant, on était logés en caserne, avec le travail de mon mari. Il
           est gendarme. Là, on a enfin notre maison à nous.
        A: Et vous êtes à Mende même ?
        C: À Mende, oui, sur les hauteurs, derrière le lycée. Quatre, impasse des Sorbiers.
           Quarante-huit mille.
        A: 4 impasse des Sorbiers, 48000 Mende. Le chauffage, c'est...
        C: Le gaz. Pas le gaz de ville, hein, on a une citerne enterrée dans le jardin. Qu'est-ce
           que tu dis ? ... Il dit du propane. Oui, du propane, si vous voulez.
        A: Et la facture d'électricité ?
        C: Chaque mois, c'est entre quatre-vingts et cent euros. Je ne peux pas vous dire mieux,
           c'est prélevé, je ne regarde plus.
        A: La surface de la maison ?
        C: Quatre-vingt-dix mètres carrés. Le sous-sol, c'est le garage, il ne compte pas.
        A: Et la toiture, c'est de la...
        C: Du bac acier. Gris anthracite, c'est une maison récente, de deux mille dix-huit. C'est
           bien du bac acier, chéri ? ... Oui.
        A: Elle est orientée comment ?
        C: Vers l'ouest. Le soleil tape dessus de midi jusqu'au soir, et sur la terrasse aussi. Le
           matin, la maison est à l'ombre de la colline.
        A: Et sur le toit, vous avez une vingtaine de mètres carrés de libres ?
        C: Il n'y a qu'une pente, et rien dessus. Il doit faire... quarante mètres carrés ? Il dit
           cinquante. Bon, plus de vingt, en tout cas.
        A: Votre âge, madame, si je peux me permettre ?
        C: Trente-huit ans.
        A: Et votre mari ?
        C: Quarante... Il crie quarante, vous l'entendez ? Quarante ans, tout juste, on a fait la
           fête le mois dernier.
        A: Vous êtes mariés, vous avez des enfants ?
        C: Mariés, une petite fille de quatre ans. Et un deuxième qui arrive en septembre.
        A: Félicitations ! Et vous-même, vous travaillez ?
        C: Je suis secrétaire de mairie, à Badaroux, juste à côté. Contractuelle : c'est un CDD d'un
           an, qu'ils doivent renouveler en juin. Normalement.
        A: Et votre mari, gendarme, donc.
        C: Voilà. Adjudant. Il me dit de préciser adjudant, ça compte pour lui.
        A: Pour le revenu du foyer, à peu près ?
        C: Quatre mille trois cents, en tout, chaque mois. Lui a ses primes, moi pas.
        A: Merci. Quand est-ce qu'un conseiller peut vous rappeler ?
        C: Le soir, quand la petite dort. Mardi soir ? Après vingt heures.
        A: Mardi soir, vingt heures. Sur ce numéro, le 06 70 24 93 58 ?
        C: Oui, c'est le mien. Et au cas où je ne décroche pas, le sien, c'est le zéro sept...
           Comment ? ... zéro sept, cinquante-deux, dix-huit, soixante-quatre,
           quatre-vingt-dix-neuf.
        A: Zéro sept, cinquante-deux, dix-huit, soixante-quatre, quatre-vingt-dix-neuf. Merci,
           madame Pagès, et bonne soirée à vous deux.
        C: Merci. Au revoir.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Ludivine",
        client_last_name_data_ia="Pagès",
        client_phone_number="0670249358",
        client_city_data_ia="Mende",
        client_address_data_ia="4 impasse des Sorbiers",
        client_postal_code_data_ia="48000",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="entre 80 et 100",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="90",
        toiture_data_ia="bac acier",
        orientation_data_ia="ouest",
        toit_libre="20m",
        age_mr_data_ia="40",
        age_mme_data_ia="38",
        situation_familiale_data_ia="mariée, 1 enfant",
        activite_mr_data_ia="gendarme",
        activite_mme_data_ia="CDD",
        revenu_data_ia="4300 euros par mois",
        tel2_data_ia="0752186499",
        creneau_rappel_data_ia="mardi soir",
        heure_rappel_data_ia="20h",
        **_OWNER,
    ),
    _script(
        "h13_digne_cantonnier",
        "a retired roadman at Digne-les-Bains, wary at first ('Vous n'êtes pas de ceux qui"
        " appellent pour les fenêtres ?'), who names and spells himself ('Lucien Isnard. I, S, N,"
        " A, R, D'), '28 route de Barcelonnette', the code digit by digit ('zéro, quatre, zéro,"
        " zéro, zéro': 04000), built the house himself (oui); 'À l'électrique. Un plancher"
        " chauffant, dans la dalle' (électrique), 'Cent soixante-douze euros. Tous les mois' (172,"
        " mensuelle), 'Cent cinquante. Euh, cent cinquante, oui' (150), 'Tuiles canal' (tuiles),"
        " asks back whether panels survive hail, 'Plein sud, face à la vallée' (sud), 'Trente"
        " mètres, peut-être plus' (20m), 'Je suis né en soixante et un' (65 in 2026), his wife"
        " 'Soixante-deux ans', 'Remariés ... Trois enfants à nous deux' (marié, 3 enfants: his and"
        " hers together), 'À la retraite depuis l'an dernier' (retraité), she grows lavender 'Elle"
        " est agricultrice, quoi' (agricultrice: the job, no status said; Valensole is where the"
        " fields are, not the town), the income refused ('-'), the price asked back, 'Samedi, sur"
        " la fin de la matinée. Onze heures, disons' (samedi fin de matinée, 11h), the landline"
        " the agent reads out and he confirms (main) then his mobile (tel2)",
        """
        A: Bonjour monsieur, Chloé, de Haute-Provence Solaire. Je voudrais parler à monsieur Isnard.
        C: Vous l'avez. Et vous, vous êtes qui ? Vous n'êtes pas de ceux qui appellent pour les
           fenêtres ? Parce que les fenêtres, je les ai changées, je l'ai déjà dit dix fois.
        A: Non, monsieur, c'est au sujet de votre demande d'étude pour des panneaux solaires, la
           semaine dernière.
        C: Ah ! Ça, oui. Bon. Alors, pour votre fiche : Lucien Isnard. I, S, N, A, R, D. Avec un D
           au bout, qu'on n'entend pas.
        A: Merci. Vous êtes propriétaire de votre maison ?
        C: Je l'ai construite, presque de mes mains. Avec mon beau-frère, en quatre-vingt-dix. Les
           week-ends, pendant deux ans.
        A: Et votre adresse, c'est...
        C: Vingt-huit, route de Barcelonnette. À Digne. Le code... zéro, quatre, zéro, zéro, zéro.
           Que des zéros, ou presque.
        A: 04000 Digne-les-Bains. Vous vous chauffez comment ?
        C: À l'électrique. Un plancher chauffant, dans la dalle. À l'époque, on nous l'avait vendu
           comme l'avenir. Tu parles d'un avenir.
        A: Et votre facture d'électricité ?
        C: Cent soixante-douze euros. Tous les mois, l'hiver comme l'été, ils lissent sur l'année.
        A: 172 euros par mois. La surface, à peu près ?
        C: Cent cinquante. Euh, cent cinquante, oui, en comptant l'étage.
        A: Et le toit ?
        C: Tuiles canal. Les rondes, là, à l'ancienne. Dites, vos panneaux, ils tiennent à la grêle
           ? Parce que l'an dernier, on a eu des grêlons comme des œufs. La voiture du voisin, on
           aurait dit une passoire.
        A: Les panneaux sont testés contre la grêle, monsieur, et ils sont assurés. Vous savez
           comment le toit est orienté ?
        C: Plein sud, face à la vallée. Je l'ai fait exprès, quand j'ai construit, pour avoir le
           soleil dans le séjour l'hiver.
        A: Et la place libre, il y a au moins vingt mètres carrés ?
        C: Facile. Il n'y a rien dessus, que des tuiles. Trente mètres, peut-être plus.
        A: Vous avez quel âge, monsieur Isnard ?
        C: Je suis né en soixante et un. Vous comptez, vous, je n'aime pas le dire.
        A: Et votre épouse ?
        C: Soixante-deux ans. Elle est plus jeune que moi, c'est ma deuxième femme.
        A: Vous êtes mariés, donc ?
        C: Remariés, oui, depuis dix ans. Trois enfants à nous deux : un de moi, deux d'elle. Tous
           grands, tous partis.
        A: Vous travaillez encore ?
        C: Moi, non. À la retraite depuis l'an dernier. J'étais au Département, à l'entretien des
           routes. Trente-huit ans, dont vingt sur le chasse-neige.
        A: Et votre épouse ?
        C: Elle cultive la lavande, sur le plateau, du côté de Valensole. Une petite exploitation,
           avec son frère. Elle est agricultrice, quoi.
        A: Et le revenu du foyer, approximativement ?
        C: Ça, je ne le dis pas. Ça dépend de la lavande, de toute façon, et de la grêle, encore
           elle. Et vous, ça coûte combien, votre affaire, en vrai ? À la télé, ils ont parlé de
           vingt mille euros.
        A: Ça dépend de la puissance installée ; c'est justement l'objet de l'étude. Le conseiller
           vous fera un chiffrage, aides déduites.
        C: Bon. S'il me fait un prix honnête, on verra. Mais je ne signe rien le jour même.
        A: Bien sûr. Quand est-ce qu'il peut vous rappeler ?
        C: Samedi, sur la fin de la matinée. Onze heures, disons, je serai rentré de la boulangerie.
        A: Samedi, onze heures. Sur le fixe, le 04 92 31 56 07 ?
        C: C'est ça. Ou mon portable, si je suis au jardin : zéro six, douze, quatre-vingt-dix,
           quarante-quatre, trente-trois.
        A: Zéro six, douze, quatre-vingt-dix, quarante-quatre, trente-trois. Merci, monsieur Isnard.
        C: Allez, au revoir.
        """,
        client="Mr",
        objections=(
            "méfiance envers le démarchage ; peur de la grêle ; prix (a entendu vingt mille"
            " euros) ; ne signe rien le jour même"
        ),
        client_first_name_data_ia="Lucien",
        client_last_name_data_ia="Isnard",
        client_phone_number="0492315607",
        client_city_data_ia="Digne-les-Bains",
        client_address_data_ia="28 route de Barcelonnette",
        client_postal_code_data_ia="04000",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="172",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="150",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="65",
        age_mme_data_ia="62",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="agricultrice",
        tel2_data_ia="0612904433",
        creneau_rappel_data_ia="samedi fin de matinée",
        heure_rappel_data_ia="11h",
        **_OWNER,
    ),
    _script(
        "h13_tournefeuille_ingenieure",
        "an engineer at Tournefeuille, by Toulouse ('Trente et un, cent soixante-dix': 31170),"
        " between two meetings, who reproaches the late call, spells her surname ('Deux D au"
        " milieu, un D à la fin': Haddad) and gives her first name (Samira); 'Oui, mon mari et"
        " moi' (oui), '11 rue des Martinets', 'la clim réversible. Une pompe à chaleur air-air, un"
        " split dans chaque pièce ... Il n'y a rien d'autre' (pompe à chaleur), 'mensualisés à"
        " cent quarante-neuf euros' (149, mensuelle; the two hundred euros of last year's"
        " regularisation are not the bill), 'Cent trente. Enfin, cent trente-deux, c'est le"
        " chiffre du notaire' (132), 'De la tuile' (tuiles), 'Le grand pan est à l'est' (est),"
        " 'vingt-cinq mètres carrés ... il y a juste un velux' (20m), 36 and her husband"
        " 'trente-neuf, il en aura quarante en mars' (39), 'Mariés, deux enfants' (mariée, 2"
        " enfants), 'ingénieure ... En CDI' (CDI), he 'Électricien. Il s'est mis à son compte il y"
        " a deux ans' (indépendant depuis 2 ans), 'soixante-dix mille par an' (70000 euros par"
        " an); then the husband comes home and takes the phone (Karim: not the client's first"
        " name; entretien stays 'Mme'), 'Jeudi soir, dix-neuf heures trente' (jeudi soir, 19h30),"
        " her mobile the agent reads and she confirms before handing over (main), his own (tel2)",
        """
        A: Bonjour madame, Théo, d'Occitanie Solaire Conseil. Madame Haddad ?
        C: Oui, bonjour. Attendez, je sors de la salle... Voilà. C'est pour les panneaux ? Vous
           deviez m'appeler hier, j'ai attendu toute la soirée.
        A: Toutes mes excuses, madame. Vous avez un moment maintenant ?
        C: Un quart d'heure. J'ai une autre réunion à quinze heures. On y va.
        A: Je vérifie votre nom : Haddad, H, A, D...
        C: Deux D au milieu, un D à la fin. H, A, D, D, A, D. Et le prénom, c'est Samira.
        A: Merci, madame Haddad. Vous êtes propriétaire de votre maison ?
        C: Oui, mon mari et moi. On a acheté dans un lotissement il y a quatre ans, à Tournefeuille.
           À côté de Toulouse, vous voyez ?
        A: Tout à fait. L'adresse ?
        C: Onze, rue des Martinets. Trente et un, cent soixante-dix.
        A: 11 rue des Martinets, 31170 Tournefeuille. Et le chauffage ?
        C: On a la clim réversible. Une pompe à chaleur air-air, un split dans chaque pièce.
           L'hiver, ça chauffe, l'été, ça rafraîchit. Il n'y a rien d'autre, pas de radiateurs.
        A: Et votre facture d'électricité ?
        C: On est mensualisés à cent quarante-neuf euros. Et à la régularisation, l'an dernier, on a
           dû remettre deux cents euros, alors je ne sais pas si ça compte.
        A: Je retiens la mensualité. La surface de la maison ?
        C: Cent trente. Enfin, cent trente-deux, c'est le chiffre du notaire.
        A: Et le toit, c'est de la tuile ?
        C: De la tuile, comme tout le lotissement. Le règlement impose la tuile rouge, on n'a pas eu
           le choix. Vous, vous posez vous-mêmes, ou vous sous-traitez ? Parce que j'ai lu des
           choses, sur les sous-traitants.
        A: Ce sont nos propres équipes, madame, toutes certifiées. Vous savez comment le toit est
           orienté ?
        C: Le grand pan est à l'est. Le soleil se lève pile en face de la chambre des enfants, ils
           sont debout à six heures, l'été.
        A: Et il y a de la place libre, sur ce pan ?
        C: Vingt-cinq mètres carrés, à peu près, il y a juste un velux, pour la salle de bains. Je
           l'ai mesuré sur le plan.
        A: Parfait. Votre âge, madame ?
        C: Trente-six. Mon mari, trente-neuf, il en aura quarante en mars, il ne supporte pas qu'on
           en parle.
        A: Vous êtes mariés, vous avez des enfants ?
        C: Mariés, deux enfants. Six ans et trois ans.
        A: Et vous travaillez dans...
        C: Je suis ingénieure, chez un sous-traitant de l'aéronautique, près de l'aéroport. En CDI.
        A: Et votre mari ?
        C: Électricien. Il s'est mis à son compte il y a deux ans. D'ailleurs, il voulait poser les
           panneaux lui-même, c'est moi qui ai dit non.
        A: Et le revenu du foyer, approximativement ?
        C: À deux... soixante-dix mille par an, à peu près. Le sien est irrégulier, depuis qu'il est
           à son compte.
        A: Merci. Et je vous rappelle sur votre portable, le 06 59 03 27 84 ?
        C: Oui, c'est le mien. Oh, il rentre justement. Karim ! C'est pour les panneaux, prends-le,
           moi je dois y aller.
        C: Oui, bonjour. Karim. Vous voulez fixer un rendez-vous ? Il faut que je sois là, moi, pour
           parler technique : l'onduleur, la puissance, le raccordement, tout ça.
        A: Bien sûr. Quand seriez-vous disponibles tous les deux ?
        C: Le soir. Jeudi soir, dix-neuf heures trente, les petits sont au bain.
        A: Jeudi soir, dix-neuf heures trente. Je note aussi votre numéro ?
        C: Zéro sept, quatre-vingt-trois, quarante, onze, vingt-six. Comme ça, vous avez les deux.
        A: Zéro sept, quatre-vingt-trois, quarante, onze, vingt-six. Merci, monsieur, à jeudi.
        C: À jeudi.
        """,
        client="Mme",
        objections="appel attendu la veille ; méfiance envers la sous-traitance",
        client_first_name_data_ia="Samira",
        client_last_name_data_ia="Haddad",
        client_phone_number="0659032784",
        client_city_data_ia="Tournefeuille",
        client_address_data_ia="11 rue des Martinets",
        client_postal_code_data_ia="31170",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="149",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="132",
        toiture_data_ia="tuiles",
        orientation_data_ia="est",
        toit_libre="20m",
        age_mr_data_ia="39",
        age_mme_data_ia="36",
        situation_familiale_data_ia="mariée, 2 enfants",
        activite_mr_data_ia="indépendant depuis 2 ans",
        activite_mme_data_ia="CDI",
        revenu_data_ia="70000 euros par an",
        tel2_data_ia="0783401126",
        creneau_rappel_data_ia="jeudi soir",
        heure_rappel_data_ia="19h30",
        **_OWNER,
    ),
    _script(
        "h13_lisieux_fromagerie",
        "a line operator at a cheese dairy, woken up after his night shift, at Lisieux ('Quarante,"
        " boulevard Sainte-Anne. Quatorze, cent': 14100), first name said once (Didier), surname"
        " spelt by him (Letellier), a house bought from his parents-in-law (oui); 'Au gaz. Une"
        " chaudière à condensation' (gaz), 'Cinq cent quarante... Non, ça, c'est le gaz, par an"
        " ... soixante-dix-huit euros par mois' (78, mensuelle: the gas figure is not the"
        " electricity bill), 85 m² without the unheated veranda, 'Ardoise' (ardoises), 'Je ne"
        " saurais pas vous dire ... Le soleil, il tourne' (orientation '-'), 51, his partner 'née"
        " en soixante-dix-sept' (49 in 2026), 'On n'est pas mariés, on vit ensemble ... Deux"
        " garçons' (en couple, 2 enfants), 'Conducteur de ligne, en CDI' (CDI; Livarot is where he"
        " works), she 'au chômage. Son magasin a fermé en septembre' (au chômage), 'Deux mille"
        " sept cents ... Par mois', 'vendredi prochain, l'après-midi ? Vers quatre heures'"
        " (vendredi après-midi, 16h), the mobile in the file refused as 'l'ancien' and the new one"
        " given (main 0714692058; the old number is not a second one)",
        """
        A: Bonjour monsieur, Margaux, de Normandie Énergie Habitat. Monsieur Letellier ?
        C: Mmh... oui, c'est moi. Euh... qui est à l'appareil ?
        A: Margaux, de Normandie Énergie Habitat. Vous avez demandé une étude pour des panneaux
           solaires. Je vous dérange ?
        C: Un peu, je dormais. Je suis de nuit, cette semaine. Non, non, ça va, c'est bon, allez-y,
           maintenant je suis réveillé.
        A: Je serai rapide. Votre prénom, pour le dossier ?
        C: Didier.
        A: Et Letellier, vous l'écrivez comment ?
        C: L, E, T, E, deux L, I, E, R. Tout attaché.
        A: Merci. Vous êtes propriétaire ?
        C: Oui. On a racheté la maison de mes beaux-parents il y a dix ans. Une maison à colombages,
           à Lisieux, en bas de la basilique.
        A: L'adresse exacte ?
        C: Quarante, boulevard Sainte-Anne. Quatorze, cent.
        A: 40 boulevard Sainte-Anne, 14100 Lisieux. Comment vous chauffez-vous ?
        C: Au gaz. Une chaudière à condensation, qu'on a changée il y a cinq ans.
        A: Et votre facture d'électricité, elle tourne autour de...
        C: Cinq cent quarante... Non, ça, c'est le gaz, par an, la régularisation. L'électricité...
           attendez, je regarde sur l'application... Voilà : soixante-dix-huit euros par mois.
        A: Soixante-dix-huit par mois. Et la surface de la maison ?
        C: Quatre-vingt-cinq mètres carrés. Plus une véranda, mais on ne la chauffe pas, alors je ne
           la compte pas.
        A: Le toit, c'est de l'ardoise ou de la tuile ?
        C: Ardoise. Avec les colombages, c'est l'ardoise. Pentu comme tout, hein, je ne sais pas
           comment vos gars vont monter là-haut.
        A: Ils ont l'habitude. Vous savez comment il est orienté ?
        C: Bah... Je ne saurais pas vous dire. Il y a la rue devant, le jardin derrière. Le soleil,
           il tourne, quoi. Votre technicien verra ça avec sa boussole.
        A: Pas de souci. Votre âge, monsieur Letellier ?
        C: Cinquante et un ans.
        A: Et votre épouse ?
        C: Ma compagne. On n'est pas mariés, on vit ensemble depuis dix-huit ans, ça revient au
           même. Elle est née en soixante-dix-sept.
        A: Des enfants ?
        C: Deux garçons. L'aîné fait ses études à Caen, et le petit est encore au lycée.
        A: Et vous travaillez dans quoi ?
        C: À la fromagerie, à Livarot. Conducteur de ligne, en CDI. Vingt ans de maison, bientôt.
        A: Et votre compagne ?
        C: Elle est au chômage. Son magasin a fermé en septembre. Elle cherche, mais par ici, ce
           n'est pas évident.
        A: Et le revenu du foyer ?
        C: Deux mille sept cents, à peu près, avec son chômage. Par mois.
        A: Merci. Quand est-ce qu'un conseiller peut vous rappeler ?
        C: Cette semaine, je suis de nuit, la semaine prochaine, du matin. Donc... vendredi
           prochain, l'après-midi ? Vers quatre heures.
        A: Vendredi après-midi, seize heures. Je vous rappelle sur le 06 28 51 40 73 ?
        C: Ah non, celui-là, c'est l'ancien, je l'ai perdu avec mon téléphone, dans la Touques. Le
           nouveau, c'est le zéro sept, quatorze, soixante-neuf, vingt, cinquante-huit.
        A: 07 14 69 20 58. C'est noté. Merci, monsieur Letellier, et bonne nuit... enfin, bonne
           journée.
        C: Ha. Merci. Au revoir.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Didier",
        client_last_name_data_ia="Letellier",
        client_phone_number="0714692058",
        client_city_data_ia="Lisieux",
        client_address_data_ia="40 boulevard Sainte-Anne",
        client_postal_code_data_ia="14100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="78",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="85",
        toiture_data_ia="ardoises",
        age_mr_data_ia="51",
        age_mme_data_ia="49",
        situation_familiale_data_ia="en couple, 2 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="au chômage",
        revenu_data_ia="2700 euros par mois",
        creneau_rappel_data_ia="vendredi après-midi",
        heure_rappel_data_ia="16h",
        **_OWNER,
    ),
    _script(
        "h13_saint_die_auxiliaire",
        "a home carer at Saint-Dié-des-Vosges who names herself (Sylvie Mougenot), confirms her"
        " spelt surname ('Avec un T'), kept the house after her divorce by buying out her"
        " ex-husband (oui), '13 rue du Kemberg', and corrects the postal code the agent offers"
        " ('88110 ?' 'Non, ça, c'est Raon. Nous, c'est quatre-vingt-huit, cent. Un, zéro, zéro':"
        " 88100); 'Au bois. On a une chaudière à bûches dans le garage' (bois; Taintrux is where"
        " the wood comes from), 'Même pas quatre-vingts euros par mois' (moins_de_80, mensuelle),"
        " 140 m² with the floor her son lives on; her adult son Julien takes the phone for the"
        " roof: 'des tuiles mécaniques' (tuiles), 'Le grand pan, il est derrière, côté forêt. Au"
        " nord, je pense. Enfin, au nord, oui' (nord; the small street side 'avec deux lucarnes'"
        " is not a free-space answer, so 20m is '-'); back to her: 'Cinquante-six ans', 'Divorcée."
        " Deux enfants' (divorcée, 2 enfants), 'Auxiliaire de vie ... En CDI, à temps partiel'"
        " (CDI), 'Le mien, mille huit cent cinquante. Par mois' (1850 euros par mois: the son's"
        " income is apart and not said; 'Il a trente ans' is the son's age, not a husband's, so"
        " age_mr is '-'), 'Mercredi matin, à neuf heures ?' (mercredi matin, 9h), her mobile the"
        " agent reads (main) and her son's (tel2)",
        """
        A: Bonjour madame, Adrien, de Grand Est Rénovation Solaire. Madame Mougenot ?
        C: Oui, c'est moi. Sylvie Mougenot. C'est vous pour l'isolation des combles ?
        A: Pour les panneaux solaires, madame. Vous aviez rempli une demande...
        C: Ah oui, pardon, j'ai eu les deux la semaine dernière. Mon fils m'a inscrite partout, sur
           internet. Bon. Je vous écoute.
        A: Je vérifie l'orthographe de votre nom : M, O, U, G, E, N, O, T ?
        C: C'est ça. Avec un T. Mougenot, c'est bien d'ici, ça, vous en trouverez plein dans
           l'annuaire.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui. Depuis le divorce, je l'ai gardée, j'ai racheté la part de mon ex-mari. Ça m'a coûté
           des nuits blanches, mais elle est à moi.
        A: Elle se trouve à Saint-Dié ?
        C: À Saint-Dié, oui, au pied du Kemberg. Treize, rue du Kemberg, c'est facile.
        A: Et le code postal, c'est bien 88110 ?
        C: Non, ça, c'est Raon. Nous, c'est quatre-vingt-huit, cent. Un, zéro, zéro.
        A: Pardon : 88100 Saint-Dié-des-Vosges. Vous vous chauffez comment ?
        C: Au bois. On a une chaudière à bûches dans le garage, avec un gros ballon d'eau chaude.
           C'est mon fils qui fait le bois, on a un bout de forêt vers Taintrux.
        A: Et la facture d'électricité ?
        C: Pas grand-chose, vu que tout est au bois. Même pas quatre-vingts euros par mois.
        A: La surface de la maison ?
        C: Cent quarante. Avec l'étage, où vit mon fils. Il a trente ans et il est revenu chez sa
           mère, vous voyez le genre.
        A: Et le toit, il est en quoi ?
        C: Des tuiles... Attendez, il est là, il est monté dessus cet été. Julien ! Viens, c'est
           pour le toit. Je vous le passe.
        C: Oui, bonjour. Ce sont des tuiles mécaniques, rouges. Il faudrait les démousser, mais
           elles sont en bon état.
        A: Merci. Vous savez comment le toit est orienté ?
        C: Le grand pan, il est derrière, côté forêt. Au nord, je pense. Enfin, au nord, oui, parce
           que l'hiver, la neige y reste jusqu'en mars.
        A: Et l'autre pan ?
        C: Côté rue, il est beaucoup plus petit, avec deux lucarnes. Je vous repasse ma mère, elle
           me fait des signes.
        C: C'est moi. Vous aviez d'autres questions ?
        A: Oui, madame. Votre âge, si je peux me permettre ?
        C: Cinquante-six ans.
        A: Et votre situation familiale ?
        C: Divorcée. Deux enfants : Julien, que vous venez d'entendre, et ma fille, qui est à Nancy.
        A: Et vous travaillez ?
        C: Auxiliaire de vie, dans une association d'aide à domicile. En CDI, à temps partiel. Je
           fais les toilettes des personnes âgées, les courses, un peu de ménage.
        A: Et le revenu du foyer ?
        C: Le mien, mille huit cent cinquante. Par mois. Mon fils, c'est à part, et il ne me paie
           pas de loyer, le coquin.
        A: Merci. Quand est-ce qu'un conseiller peut vous rappeler ?
        C: Le mercredi, c'est mon jour de repos. Mercredi matin, à neuf heures ?
        A: Mercredi, neuf heures. Sur le numéro que j'ai, le 06 07 55 82 16 ?
        C: Oui, c'est mon portable. Et notez celui de Julien, pour les questions techniques : zéro
           six, quarante, trente et un, soixante-deux, quatre-vingt-sept.
        A: Zéro six, quarante, trente et un, soixante-deux, quatre-vingt-sept. Merci, madame
           Mougenot.
        C: Au revoir, monsieur.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Sylvie",
        client_last_name_data_ia="Mougenot",
        client_phone_number="0607558216",
        client_city_data_ia="Saint-Dié-des-Vosges",
        client_address_data_ia="13 rue du Kemberg",
        client_postal_code_data_ia="88100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="moins_de_80",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="140",
        toiture_data_ia="tuiles",
        orientation_data_ia="nord",
        age_mme_data_ia="56",
        situation_familiale_data_ia="divorcée, 2 enfants",
        activite_mme_data_ia="CDI",
        revenu_data_ia="1850 euros par mois",
        tel2_data_ia="0640316287",
        creneau_rappel_data_ia="mercredi matin",
        heure_rappel_data_ia="9h",
        **_OWNER,
    ),
    _script(
        "h13_armentieres_locataire",
        "a tenant of a social landlord in a brick row house at Armentières ('Quarante-huit, rue"
        " des Brasseurs. Cinquante-neuf, deux cent quatre-vingts': 59280) who came from a Facebook"
        " advert, confirms his spelt surname ('En un seul mot': Vanhoutte) and gives his first"
        " name (Jordan): 'Non, non, on loue. C'est un bailleur social' (non: Non intéressant),"
        " asks the agent to call the landlord herself; what he gives anyway: 'Tout électrique. Des"
        " convecteurs' (électrique), 'cent dix euros par mois' (110, mensuelle), 80 m², 'des"
        " tuiles, des vieilles, noires de mousse' (tuiles), 'Moi, j'ai trente-trois ans, elle"
        " trente et un' (33, 31), 'Ma compagne, moi et les trois petits. On est pacsés' (pacsé, 3"
        " enfants), 'agent de sécurité, en CDI' (CDI), she 'en congé parental' (en congé"
        " parental); no number, no callback (Non)",
        """
        A: Bonjour monsieur, Léa, de Flandres Énergie Solaire. Monsieur Vanhoutte ?
        C: Ouais, c'est moi. C'est pour quoi ?
        A: Vous avez laissé vos coordonnées pour une étude de panneaux solaires...
        C: Ah ouais, sur Facebook, la pub, là. « Divisez votre facture par deux. » Ouais, ouais.
        A: C'est ça. Je vérifie votre nom : V, A, N, H, O, U, T, T, E ?
        C: En un seul mot, ouais. Les gens mettent toujours un espace après le Van. Et moi, c'est
           Jordan.
        A: Merci, Jordan. Vous habitez une maison ?
        C: Une maison, ouais. Une maison en brique, en rangée, comme toute la rue. À Armentières.
           Quarante-huit, rue des Brasseurs. Cinquante-neuf, deux cent quatre-vingts.
        A: 59280. Et vous en êtes propriétaire ?
        C: Non, non, on loue. C'est un bailleur social, toute la rangée est à eux. Pourquoi, il faut
           être propriétaire ?
        A: Pour poser des panneaux sur le toit, oui, c'est le propriétaire qui décide.
        C: Bah, appelez-les, vous, le bailleur ! Il y a quarante maisons pareilles dans la rue, vous
           feriez fortune, et nous, on paierait moins.
        A: Malheureusement, nous ne travaillons qu'avec des particuliers propriétaires. Mais par
           curiosité, vous vous chauffez comment ?
        C: Tout électrique. Des convecteurs, des vieux, qui chauffent le plafond, et nous, on a
           froid aux pieds. Et on paie cent dix euros par mois, et encore, on ne chauffe pas
           l'étage.
        A: C'est beaucoup. La maison fait quelle surface ?
        C: Quatre-vingts mètres carrés. Avec cinq personnes dedans, ça fait pas grand.
        A: Vous êtes cinq ?
        C: Ma compagne, moi et les trois petits. On est pacsés. Moi, j'ai trente-trois ans, elle
           trente et un. Et le toit, de toute façon, je sais pas s'il tiendrait vos panneaux : c'est
           des tuiles, des vieilles, noires de mousse.
        A: Vous pensez acheter, un jour ?
        C: On aimerait bien. Moi, je suis agent de sécurité, en CDI, mais elle, elle est en congé
           parental pour le dernier, alors la banque, elle nous rit au nez.
        A: Je comprends. Le jour où vous serez propriétaires, n'hésitez pas à refaire une demande.
        C: Ouais, ouais. Vous n'avez pas un truc pour les locataires, vous ? Un petit panneau pour
           le balcon, des ampoules, je sais pas ?
        A: Non, je suis désolée, ce n'est pas ce que nous faisons. Je vais clôturer votre demande.
        C: Bon. Tant pis. C'était trop beau, la pub. Au revoir.
        A: Au revoir, monsieur Vanhoutte, bonne journée.
        """,
        client="Mr",
        objections="locataire d'un bailleur social ; pas les moyens d'acheter pour l'instant",
        client_first_name_data_ia="Jordan",
        client_last_name_data_ia="Vanhoutte",
        client_city_data_ia="Armentières",
        client_address_data_ia="48 rue des Brasseurs",
        client_postal_code_data_ia="59280",
        proprietaire_data_ia="non",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="110",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="80",
        toiture_data_ia="tuiles",
        age_mr_data_ia="33",
        age_mme_data_ia="31",
        situation_familiale_data_ia="pacsé, 3 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="en congé parental",
        **_LOST,
    ),
    _script(
        "h13_loudun_refus",
        "a firm refusal at Loudun from a man who cuts the agent off twice ('Non. Non, merci, ça ne"
        " m'intéresse pas'): his brother near Chinon paid eighteen thousand euros for panels never"
        " connected by a firm that closed, certified too; what he lets fall: 'J'ai une pompe à"
        " chaleur. Depuis six ans' (pompe à chaleur), 'Oui, à Loudun, elle est à moi, payée' (oui,"
        " Loudun), 'J'ai soixante-huit ans' (68), 'mon toit, il est en ardoise, et le grand côté,"
        " il donne au nord' (ardoises, nord); surname from the greeting, no first name, no number,"
        " 'Retirez mon numéro' (Non intéressant)",
        """
        A: Bonjour monsieur, Emma, de Poitou Solaire Habitat. Monsieur Gaborit ?
        C: Oui. C'est pour quoi ?
        A: Je vous appelle au sujet des panneaux solaires. Avec les aides actuelles, nous proposons
           une étude gratuite aux propriétaires de maisons individuelles qui...
        C: Non. Non, merci, ça ne m'intéresse pas.
        A: Je comprends, monsieur. Vous me permettez juste une question ? Aujourd'hui, vous vous
           chauffez...
        C: J'ai une pompe à chaleur. Depuis six ans. J'ai tout ce qu'il me faut, et elle marche très
           bien, merci.
        A: Justement, une pompe à chaleur consomme de l'électricité, et des panneaux pourraient en
           couvrir une bonne...
        C: Écoutez, mademoiselle. Mon frère, à côté de Chinon, il a signé avec une société comme la
           vôtre. Dix-huit mille euros. Les panneaux sont sur son toit depuis deux ans, ils n'ont
           jamais été raccordés, et la société a fermé. Il paie le crédit pour rien.
        A: C'est terrible, et malheureusement, ça arrive. Nous sommes certifiés, nous avons des
           références dans le département, et...
        C: Ils étaient certifiés aussi. Ils avaient tous les papiers, tous les logos sur la
           camionnette. Non.
        A: Vous êtes bien propriétaire de votre maison, à Loudun ?
        C: Oui, à Loudun, elle est à moi, payée, et je n'y mettrai pas un euro de crédit. J'ai
           soixante-huit ans, je ne vais pas recommencer à payer des traites.
        A: Il existe des solutions sans crédit, monsieur, avec...
        C: Et puis, de toute façon, mon toit, il est en ardoise, et le grand côté, il donne au nord.
           Vous ne feriez rien avec. Voilà. Vous voyez, je vous fais gagner du temps.
        A: Très bien, monsieur. Je ne vais pas insister.
        C: Retirez mon numéro. Et dites à vos collègues que ce n'est pas la peine de rappeler dans
           trois mois, la réponse sera la même.
        A: C'est noté, vous ne serez plus appelé. Au revoir, monsieur Gaborit.
        C: Au revoir.
        """,
        client="Mr",
        objections=(
            "non intéressé ; a déjà une pompe à chaleur ; son frère a été arnaqué (panneaux jamais"
            " raccordés, société fermée) ; refuse tout crédit à 68 ans ; toit au nord ; ne pas"
            " rappeler"
        ),
        client_last_name_data_ia="Gaborit",
        client_city_data_ia="Loudun",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        toiture_data_ia="ardoises",
        orientation_data_ia="nord",
        age_mr_data_ia="68",
        **_LOST,
    ),
    _script(
        "h13_nyons_faux_numero",
        "a wrong number: the agent asks for madame Jacqueline Faucher at Valréas; the man who"
        " answers has had the number for three or four years, thinks the lady mistyped a digit,"
        " lives 'à Nyons, moi ... à la résidence des Oliviers, la maison de retraite', has 'une"
        " chambre' and says the roof is the home's, and is in no mood for panels 'à"
        " quatre-vingt-onze ans'; the fiche describes him (city Nyons, age 91, entretien 'Mr'),"
        " not the lead in the file (Valréas and her name are not gold); a room in a retirement"
        " home says neither owner nor tenant ('-')",
        """
        A: Bonjour monsieur, Sandrine, de Drôme Provence Énergie. Je voudrais parler à madame
           Jacqueline Faucher, s'il vous plaît.
        C: Faucher ? Vous devez faire erreur, madame. Il n'y a pas de madame Faucher, ici.
        A: Ah. J'ai ce numéro pour une demande d'étude de panneaux solaires, au nom de madame
           Faucher, à Valréas.
        C: Valréas ? Mais je suis à {Nyons|Nionce}, moi. Et ce numéro, je l'ai depuis... oh, trois
           ou quatre ans, c'est mon neveu qui me l'a pris. Elle s'est peut-être trompée d'un
           chiffre, votre dame, en écrivant.
        A: C'est sans doute ça. Vous ne connaissez personne de ce nom, une voisine, une amie ?
        C: Faucher... Non. À Valréas, j'ai connu un Faucher, il vendait des tracteurs, mais ça fait
           cinquante ans, il doit être mort, le pauvre. Et il ne s'appelait pas Jacqueline.
        A: Alors je suis désolée de vous avoir dérangé, monsieur.
        C: Vous ne me dérangez pas, vous savez. Je ne vois plus grand monde. Je suis à la résidence
           des Oliviers, la maison de retraite, depuis l'hiver dernier. Avant, je faisais les
           olives, j'allais au moulin tous les ans, en décembre. Maintenant, je les regarde par la
           fenêtre.
        A: Alors les panneaux solaires, ça ne vous concerne pas vraiment.
        C: Des panneaux, à quatre-vingt-onze ans, vous pensez ! J'ai une chambre, avec un lavabo et
           la télé. Le toit, c'est celui de la résidence, ce n'est pas le mien. Allez proposer ça au
           directeur, tiens, il y en a, de la place, sur leur toit.
        A: Je transmettrai, peut-être. En tout cas, je corrige notre fichier : vous ne serez plus
           appelé pour madame Faucher.
        C: Oh, ça ne fait rien. Vous avez une jolie voix, ça m'a fait une visite. Il fait beau, chez
           vous ?
        A: Il fait gris, aujourd'hui. Et chez vous ?
        C: Ici, il fait toujours beau. C'est pour ça qu'on vient mourir à Nyons. Allez, au revoir,
           madame, et bon courage avec vos panneaux.
        A: Au revoir, monsieur, bonne journée.
        """,
        client="Mr",
        objections="mauvais numéro ; vit en maison de retraite ; pas concerné",
        client_city_data_ia="Nyons",
        age_mr_data_ia="91",
        **_LOST,
    ),
    _script(
        "h13_brioude_partiel",
        "a partial call: a shopkeeper at Brioude, alone at her till ('faites vite'), first name"
        " said once (Agnès), surname spelt by her ('V, I, G, O, U, R, O, U, X. Avec un X':"
        " Vigouroux), 'Oui, avec mon compagnon' (oui), the address in the file she confirms ('2"
        " rue du Prieuré ... C'est ça. Quarante-trois, cent': 43100), 'Au fioul' (fioul), 'cent"
        " vingt mètres carrés, j'ai compté' (120), then, for the bill, 'Alors ça, c'est mon"
        " compagnon', and customers queue before the bill, the roof or anything else is said"
        " ('-'): 'Ce soir. Après six heures et demie' (ce soir, 18h30) on the landline she"
        " dictates (main); no age, family, job or income",
        """
        A: Bonjour madame, Maxime, d'Auvergne Habitat Solaire. Madame Vigouroux ?
        C: Oui, c'est moi. Mais faites vite, je suis au magasin, je tiens la caisse toute seule ce
           matin.
        A: Ce sera rapide, promis. C'est au sujet de votre demande d'étude pour des panneaux
           solaires.
        C: Ah, c'est vous, le papier dans la boîte aux lettres, avec le soleil qui sourit dessus ?
        A: Non, madame, vous avez fait la demande sur notre site, il y a dix jours. Votre prénom,
           pour le dossier ?
        C: Sur le site ? Ah, c'est possible, un dimanche soir. Agnès.
        A: Et Vigouroux, ça s'écrit...
        C: V, I, G, O, U, R, O, U, X. Avec un X, comme tous les Vigouroux de la Haute-Loire.
        A: Merci. Vous êtes propriétaire de votre maison ?
        C: Oui, avec mon compagnon. Enfin, c'est plutôt lui qui s'occupe de tout ça, la maison, les
           papiers, les devis.
        A: J'ai une adresse au 2 rue du Prieuré, à Brioude. C'est bien ça ?
        C: C'est ça. Quarante-trois, cent. Derrière la basilique, la maison avec les volets bleus.
        A: 43100. Vous vous chauffez comment ?
        C: Au fioul. Une cuve à la cave, une chaudière qui a l'âge de mes enfants... Bonjour madame,
           j'arrive tout de suite ! Excusez-moi.
        A: Je vous en prie, prenez votre temps.
        C: Voilà, deux baguettes et le journal, c'est bon. Excusez-moi. Vous disiez ?
        A: La maison, elle fait quelle surface ?
        C: Ça, je le sais : cent vingt mètres carrés, j'ai compté quand on a refait les parquets.
        A: Et votre facture d'électricité ?
        C: Alors ça, c'est mon compagnon. Je n'en sais rien du tout, il a tout mis sur son espace
           client. Bon, là, j'ai trois personnes qui attendent, je ne peux pas continuer.
        A: Bien sûr. Quand est-ce qu'on peut vous rappeler ?
        C: Ce soir. Après six heures et demie, il sera rentré, lui, il vous répondra mieux que moi.
           Sur le fixe : zéro quatre, soixante et onze, cinquante, quatre-vingt-huit, douze.
        A: Ce soir, dix-huit heures trente, au 04 71 50 88 12. Merci, madame Vigouroux.
        C: Au revoir. Oui, madame, c'est à qui ?
        """,
        client="Mme",
        objections="au travail, pas le temps : rappel demandé ; c'est son compagnon qui gère",
        client_first_name_data_ia="Agnès",
        client_last_name_data_ia="Vigouroux",
        client_phone_number="0471508812",
        client_city_data_ia="Brioude",
        client_address_data_ia="2 rue du Prieuré",
        client_postal_code_data_ia="43100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        superficie_data_ia="120",
        creneau_rappel_data_ia="ce soir",
        heure_rappel_data_ia="18h30",
        **_OWNER,
    ),
)


# A fourteenth held-out set (names ``h14_*``), written after HELD_OUT_13, by someone who read only
# this module's format and earlier sets, docs/quality.md's natural-voice set and its gold
# conventions, messages/lead.py and La Poste's communes list (for the code/town pairs): never the
# extractors, and none of them was run on it. Again a call centre's ordinary day, written fresh, in
# towns no earlier set used and spread across France (Castelnaudary, Terves in Bressuire, Saverne
# beside Monswiller, Lanester by Lorient, Tulle, Thonon-les-Bains, Coutances, Navenne by Vesoul,
# Lodève, Sedan, Royan, Pertuis): eight owners, a firm refusal from a man in a protected old centre
# who is on Bloctel, a young tenant in a town house, a wrong number answered by a woman in a
# seafront flat, and a partial call from a doctor's waiting room. Spouses take the phone for part of
# a call (a wife with the bills' binder who also gives the ages and jobs, a partner for the roof, a
# wife for her own age and job); agents often state rather than ask ('Et la surface de la maison.',
# 'Il y a de la place sur le toit.'); clients answer before the question ends, ask back (the price,
# where the agent calls from, a roof facing north, noise) and wander (the canal's barges, the sunset
# on the roadstead, the market, the ocean); hesitations ('euh', 'bah'), a first word corrected
# ('vas-y. Allez-y, pardon'), one pair of a mobile number, a house number, a surface, a town (the
# street on the boundary of two communes) and a callback hour corrected, an old mobile replaced, a
# move to the next commune, a bis. Postal codes in pairs, as thousands, digit by digit and in
# digits; bills per month, per year (this year's, not last year's; without the heating oil) and as
# all three bands; ages direct, relative, from a birth year and 'J'ai eu cinquante ans en janvier';
# heating as town gas, a kitchen range, heating oil with an insert or a fireplace, storage heaters,
# a log boiler, an air-to-water pump with underfloor heating, old gas boilers and electric heaters
# beside a stove; roofs of 'tuile canal', 'tige de botte', beaver-tail tiles, slate, steel sheet and
# mechanical tiles; orientations from the noon sun, sunrise, the sunset over the water, a lake to
# the north, a sunny roof whose side nobody knows, and a slope each way; jobs with a status (on
# one's own account for nineteen years and since 2014, CDI said as 'un contrat à durée
# indéterminée', a six-month contract, 'Titulaire ... fonctionnaire', retired) and without (a
# fisherman, a childminder); surnames spelt (Escande, Grolleau, Heitz, Guégan, Chastang, Dupraz,
# Lecoutey, Jeunot, Brisset, Clavel) and a first name spelt in part (Gwenaëlle, 'un E tréma'). The
# set's year is 2026. The gold is what a careful human fills from each call; where a value is
# debatable, the summary says why. Nobody tunes on it: never rendered, never part of ``FULL`` or
# ``SUBSET``; ``python -m benchmarks.extraction_quality --held-out 14`` scores it from its reference
# text.
HELD_OUT_14: tuple[Script, ...] = (
    _script(
        "h14_castelnaudary_boulanger",
        "a baker at Castelnaudary who should be asleep ('je me lève à trois heures'), names"
        " himself (Régis Escande) after the agent's greeting and confirms the surname she spells,"
        " '23 chemin des Écluses', 'Onze, quatre cents, Castelnaudary' (11400); owner, the loan"
        " paid off (oui); 'Le gaz de ville, une chaudière murale' (gaz), 'quatre-vingt-quinze"
        " euros tous les mois' (95, mensuelle; the bakery oven is not at home), 'Cent quinze"
        " mètres carrés. Peut-être cent vingt avec le cellier, mais on dit cent quinze' (115: the"
        " figure he settles on), 'De la tuile canal' (tuiles), 'plein midi' for the garden side,"
        " the street side shaded by plane trees (sud), the agent stating 'Il y a de la place sur"
        " le toit, de ce côté' and 'Une bonne trentaine de mètres carrés' (20m), 'Cinquante..."
        " cinquante et un' (51), his wife 'Trois ans de plus que moi' (54), 'Mariés depuis"
        " vingt-six ans ... Trois garçons' (marié, 3 enfants), 'à mon compte depuis dix-neuf ans'"
        " (indépendant depuis 19 ans), she 'secrétaire chez un expert-comptable ... en CDI' (CDI),"
        " 'trois mille huit cents par mois' (3800 euros par mois), 'Mercredi ? ... Trois heures."
        " Quinze heures' (mercredi après-midi, 15h: 'L'après-midi' is the part of the day he"
        " offers), and the mobile the agent reads with one pair wrong, put right by him ('Quarante"
        " et un, pas quarante': 0628411593); the bakery's number is refused, so no second number",
        """
        A: Allô, bonjour monsieur, Inès, de Lauragais Énergie Solaire. Monsieur Escande ?
        C: Lui-même. Allez-y, mais faites court, hein : je me lève à trois heures du matin, moi. Là,
           je devrais être en train de dormir.
        A: Je serai brève. Vous avez demandé une simulation pour des panneaux solaires, sur notre
           site, la semaine passée, et...
        C: Oui, oui. Enfin, c'est mon grand qui a cliqué, mais c'est pour moi. Régis. Régis Escande.
        A: Escande, E, S, C, A, N, D, E ?
        C: Tout juste. Pour une fois que ça s'écrit comme ça se dit.
        A: Vous êtes propriétaire de la maison ?
        C: Oui, on a fini de la payer l'an dernier. Vingt ans de crédit. Alors je vous préviens tout
           de suite, un crédit, je n'en reprends pas. Ça coûte combien, votre affaire ?
        A: Ça dépend de l'installation, c'est justement ce que le conseiller chiffrera avec vous, et
           il y a plusieurs formules. L'adresse que j'ai, c'est...
        C: Vingt-trois, chemin des Écluses. Onze, quatre cents, Castelnaudary. Juste au-dessus du
           canal : de la cuisine, on voit passer les péniches. L'été, les touristes nous font
           coucou.
        A: 23 chemin des Écluses, 11400 Castelnaudary. Et le chauffage.
        C: Le gaz de ville, une chaudière murale, dans le cellier. Elle a dix ans, elle marche bien,
           on ne touche à rien.
        A: Votre facture d'électricité, à peu près.
        C: Euh... L'électricité, c'est prélevé : quatre-vingt-quinze euros tous les mois. Vous allez
           me dire, avec le four... Mais non, le four, il est à la boulangerie, pas à la maison.
           Heureusement, d'ailleurs.
        A: Quatre-vingt-quinze par mois. Et la surface de la maison.
        C: Cent quinze mètres carrés. Peut-être cent vingt avec le cellier, mais on dit cent quinze.
        A: Le toit, il est en...
        C: De la tuile canal, comme tout le monde ici. Vous voulez la couleur, aussi ? Rouge. Enfin,
           rose, avec le temps.
        A: Et il est orienté comment ?
        C: Le pan de derrière, côté jardin, il est plein midi. Celui de devant donne sur le chemin,
           avec les platanes il est toujours à l'ombre, celui-là.
        A: Il y a de la place sur le toit, de ce côté.
        C: Oh, de la place, il y en a. Une bonne trentaine de mètres carrés, sans une fenêtre, sans
           rien.
        A: Parfait. Vous avez quel âge, monsieur Escande ?
        C: Cinquante... cinquante et un. Depuis cinquante, je suis obligé de compter.
        A: Et votre épouse ?
        C: Trois ans de plus que moi. Mais ne lui dites pas que je vous l'ai dit, hein.
        A: Promis. Vous avez des enfants ?
        C: Mariés depuis vingt-six ans, et trois garçons. Le grand, c'est celui de l'internet. Les
           deux autres, c'est plutôt le ballon ovale.
        A: Et vous êtes boulanger, si je comprends bien.
        C: Boulanger, oui. J'ai ma boulangerie en ville, près de la place de Verdun. Je suis à mon
           compte depuis dix-neuf ans. Dix-neuf ans sans grasse matinée, vous vous rendez compte ?
        A: Et votre femme travaille avec vous ?
        C: Non, non, elle, elle a son travail à elle : elle est secrétaire chez un expert-comptable,
           en CDI, depuis longtemps. À la boutique, c'est une vendeuse.
        A: Et le revenu du foyer, environ ?
        C: À nous deux... trois mille huit cents par mois. Les bons mois.
        A: Merci. Un conseiller va vous rappeler pour la simulation. Quel moment vous arrange ?
        C: L'après-midi. Je dors jusqu'à deux heures, après je suis à vous. Mercredi ? Trois heures.
           Quinze heures, voilà.
        A: Mercredi, quinze heures. Je vous rappelle sur le 06 28 40 15 93 ?
        C: Quarante et un, pas quarante. Zéro six, vingt-huit, quarante et un, quinze,
           quatre-vingt-treize. Et pas à la boulangerie, hein, je ne vous donne pas le numéro : la
           vendeuse n'a pas le temps.
        A: 06 28 41 15 93, c'est corrigé. Merci, monsieur Escande, et bonne sieste.
        C: C'est ça. Au revoir, mademoiselle.
        """,
        client="Mr",
        objections="ne veut pas reprendre de crédit ; demande le prix tout de suite",
        client_first_name_data_ia="Régis",
        client_last_name_data_ia="Escande",
        client_phone_number="0628411593",
        client_city_data_ia="Castelnaudary",
        client_address_data_ia="23 chemin des Écluses",
        client_postal_code_data_ia="11400",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="95",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="115",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="51",
        age_mme_data_ia="54",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="indépendant depuis 19 ans",
        activite_mme_data_ia="CDI",
        revenu_data_ia="3800 euros par mois",
        creneau_rappel_data_ia="mercredi après-midi",
        heure_rappel_data_ia="15h",
        **_OWNER,
    ),
    _script(
        "h14_bressuire_atsem",
        "a nursery-school assistant at Terves, a former commune merged into Bressuire ('à Terves."
        " Enfin, c'est Bressuire, maintenant, depuis la fusion. Le code, c'est le 79300': the town"
        " as La Poste writes it, Bressuire), who starts to say 'vas-y' and corrects herself,"
        " confirms her spelt surname (Grolleau) and gives her first name (Nadège); 'avec mon"
        " conjoint ... la maison est à nous deux' (oui), '2 rue des Charmilles', 'une cuisinière à"
        " bois ... C'est elle qui chauffe tout le rez-de-chaussée', with small electric heaters"
        " lit in the evening upstairs (bois: the main one), 'Soixante-huit euros, chaque mois'"
        " (68, mensuelle), 'Cent cinq. On a agrandi ... avant on était à quatre-vingts' (105: the"
        " surface now); her partner Cédric takes the phone for the roof: 'de la tuile tige de"
        " botte ... de la tuile romane' (tuiles), 'Le grand pan, il a le soleil dès qu'il se lève."
        " À partir de midi, c'est fini' (est); free roof space never discussed ('-'); back to her:"
        " 'Quarante et un ans' (41), 'il est né en quatre-vingt-deux' (44 in 2026), 'Deux ... sans"
        " être mariés ni pacsés' (en couple, 2 enfants), 'ATSEM ... Titulaire, à la mairie, donc"
        " fonctionnaire' (fonctionnaire), he 'chauffeur-livreur ... un contrat à durée"
        " indéterminée' (CDI; Parthenay is his employer's town), the income withheld ('-'), 'Jeudi"
        " en fin de journée ... Vers cinq heures et demie ?' (jeudi fin de journée, 17h30), her"
        " mobile in digits (main)",
        """
        A: Bonjour madame, Antoine, de Bocage Énergies. Madame Grolleau ?
        C: Oui, c'est moi. Bonjour.
        A: Vous avez fait une demande d'étude pour des panneaux solaires. Je vous appelle pour
           préparer le dossier, si vous avez quelques minutes.
        C: Bah... oui, vas-y. Allez-y, pardon ! Je viens de rentrer de l'école, les enfants goûtent,
           j'ai la tête ailleurs.
        A: Pas de souci. Je vérifie l'orthographe de votre nom : G, R, O, deux L, E, A, U ?
        C: C'est ça, Grolleau. Et le prénom, c'est Nadège.
        A: Merci. Vous êtes propriétaire ?
        C: Oui, avec mon conjoint. Enfin, on n'est pas mariés, mais la maison est à nous deux, c'est
           écrit chez le notaire.
        A: Et l'adresse, c'est...
        C: Deux, rue des Charmilles, à Terves. Enfin, c'est Bressuire, maintenant, depuis la fusion,
           mais tout le monde dit encore Terves. Le code, c'est le 79300.
        A: 79300 Bressuire. Le chauffage.
        C: On a une cuisinière à bois, dans la pièce de vie. C'est elle qui chauffe tout le
           rez-de-chaussée, et on fait la soupe dessus l'hiver. Et dans les chambres, en haut, des
           petits radiateurs électriques, qu'on allume juste le soir.
        A: Et la facture d'électricité, vous la connaissez ?
        C: Euh... Soixante-huit euros, chaque mois. C'est prélevé le dix.
        A: La maison fait combien de mètres carrés ?
        C: Cent cinq. On a agrandi il y a deux ans, avant on était à quatre-vingts, avec deux
           enfants c'était trop juste.
        A: Et le toit ?
        C: Alors, le toit, c'est plutôt lui. Cédric ! C'est pour les panneaux, viens voir... Il
           arrive, il était au garage.
        C: Oui, bonjour. Le toit ? C'est de la tuile. De la tuile tige de botte, comme on dit chez
           nous, de la tuile romane, quoi.
        A: Bonjour monsieur. Et vous savez comment il est orienté ?
        C: Le grand pan, il a le soleil dès qu'il se lève. À partir de midi, c'est fini, le soleil
           passe derrière la maison et c'est le jardin qui le prend. Bon, je vous la repasse, c'est
           elle qui a les papiers.
        C: Oui, me revoilà.
        A: Votre âge, madame ?
        C: Quarante et un ans.
        A: Et votre conjoint ?
        C: Lui, il est né en quatre-vingt-deux.
        A: Vous avez des enfants ?
        C: Deux. Un garçon de onze ans et une fille de sept. On vit ensemble depuis quinze ans, sans
           être mariés ni pacsés, on n'a jamais trouvé le temps.
        A: Vous rentrez de l'école, vous êtes enseignante ?
        C: Non, je suis ATSEM, à la maternelle de Terves. J'aide la maîtresse avec les petits.
           Titulaire, à la mairie, donc fonctionnaire.
        A: Et Cédric ?
        C: Il est chauffeur-livreur pour une entreprise de Parthenay. Il a... un contrat à durée
           indéterminée, oui, depuis six ans.
        A: Et le revenu du foyer, approximativement ?
        C: Ah non, ça, je préfère ne pas le dire au téléphone. Vous verrez avec le conseiller, s'il
           vient.
        A: Pas de souci. Quel moment pour le rappel ?
        C: Jeudi en fin de journée, on sera là tous les deux. Vers cinq heures et demie ?
        A: Jeudi, dix-sept heures trente. Sur quel numéro ?
        C: Le mien : 06 84 12 50 39.
        A: 06 84 12 50 39. Merci, madame Grolleau, bonne soirée.
        C: Merci, au revoir.
        """,
        client="Mme",
        objections="ne veut pas donner ses revenus au téléphone",
        client_first_name_data_ia="Nadège",
        client_last_name_data_ia="Grolleau",
        client_phone_number="0684125039",
        client_city_data_ia="Bressuire",
        client_address_data_ia="2 rue des Charmilles",
        client_postal_code_data_ia="79300",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="68",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="105",
        toiture_data_ia="tuiles",
        orientation_data_ia="est",
        age_mr_data_ia="44",
        age_mme_data_ia="41",
        situation_familiale_data_ia="en couple, 2 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="fonctionnaire",
        creneau_rappel_data_ia="jeudi fin de journée",
        heure_rappel_data_ia="17h30",
        **_OWNER,
    ),
    _script(
        "h14_saverne_technicien",
        "a methods technician at Saverne who spells his surname before he is asked ('H, E, I, T,"
        " Z': Heitz), gives his first name (Thierry), owns the house he bought back from his"
        " in-laws (oui); the agent offers Monswiller and he corrects it ('Non, pardon, c'est..."
        " Alors, c'est compliqué. La rue est à cheval ... nous, on est sur Saverne': Saverne, not"
        " Monswiller), the code digit by digit ('Six, sept, sept, zéro, zéro': 67700), 'Quarante"
        " et un, rue des Vergers. Quarante et un bis, même' (41 bis rue des Vergers); 'Le fioul"
        " ... et la cheminée le dimanche' (fioul), 'Douze cents euros. Par an' (1200, annuelle;"
        " the 'deux mille de plus' of heating oil is not the electricity bill), 'Cent soixante"
        " mètres carrés' (160), 'Des queues de castor, les tuiles plates' (tuiles), 'Le pan de"
        " derrière est plein sud' (sud), 'Entre tout ça, il reste... quinze mètres carrés ? Pas"
        " plus' (moins de 20m), 58 and his wife Martine 56 (her first name is not the client's),"
        " 'Mariés, oui. Trois enfants' (marié, 3 enfants), 'technicien ... En CDI, depuis trente"
        " ans' (CDI), she 'partie en retraite l'année dernière' (retraitée), 'Cinquante-cinq mille"
        " par an, à peu près' (55000 euros par an), 'Samedi matin ... neuf heures et demie'"
        " (samedi matin, 9h30), the landline the agent reads and he confirms (main) and his mobile"
        " (tel2)",
        """
        A: Bonjour monsieur, Julie, d'Alsace Toits Solaires. Je suis bien chez monsieur Heitz ?
        C: Oui, c'est moi. Heitz, vous l'avez bien prononcé, c'est rare. Ça s'écrit H, E, I, T, Z,
           pendant qu'on y est, on me met toujours un S.
        A: Merci. Et votre prénom, pour la fiche ?
        C: Thierry.
        A: Vous nous avez contactés pour une étude photovoltaïque. Vous êtes propriétaire de votre
           maison ?
        C: Propriétaire, oui. C'était la maison de mes beaux-parents ; on l'a rachetée à la famille
           quand ils sont partis en maison de retraite. Vous êtes une entreprise d'ici, vous ? Je ne
           veux pas des gens de Paris.
        A: Nous sommes à Obernai, monsieur. J'ai une adresse à Monswiller, c'est bien ça ?
        C: Non, pardon, c'est... Alors, c'est compliqué. La rue est à cheval sur les deux. Les
           voisins d'en face sont à Monswiller ; nous, on est sur Saverne. Le courrier, les impôts,
           tout est à Saverne.
        A: Donc Saverne. Le code postal ?
        C: Six, sept, sept, zéro, zéro. C'est le même pour les deux, de toute façon, c'est pour ça
           que tout le monde se trompe.
        A: Et le numéro, la rue ?
        C: Quarante et un, rue des Vergers. Quarante et un bis, même : il y a deux maisons au même
           numéro, nous, c'est celle du fond.
        A: 41 bis rue des Vergers. Comment est-ce que vous chauffez la maison ?
        C: Le fioul. Une chaudière au fioul, à la cave, et la cheminée le dimanche, pour le plaisir.
           On voudrait bien la changer, la chaudière, mais une chose à la fois.
        A: La facture d'électricité.
        C: Douze cents euros. Par an. Sans le fioul, hein : le fioul, c'est à part, c'est deux mille
           de plus.
        A: Et la maison fait...
        C: Cent soixante mètres carrés, sur deux étages. C'est une grande maison, pour deux,
           maintenant.
        A: La toiture, elle est en quoi ?
        C: En tuiles. Des queues de castor, les tuiles plates, arrondies au bout, comme sur toutes
           les vieilles maisons d'ici.
        A: Et l'orientation ?
        C: Le pan de derrière est plein sud. Celui de devant donne sur la rue, au nord, il est
           toujours vert de mousse.
        A: Sur le pan sud, il faudrait une vingtaine de mètres carrés libres.
        C: Ah... Il y a deux lucarnes, et la cheminée. Entre tout ça, il reste... quinze mètres
           carrés ? Pas plus, je pense. C'est gênant ?
        A: Le conseiller regardera avec vous, il y a des panneaux de plusieurs tailles. Vous avez
           quel âge, monsieur Heitz ?
        C: Cinquante-huit ans. Et ma femme, Martine, cinquante-six.
        A: Vous êtes mariés ? Vous avez des enfants ?
        C: Mariés, oui. Trois enfants, tous partis : un à Strasbourg, deux en Allemagne, de l'autre
           côté du Rhin.
        A: Et vous travaillez ?
        C: Chez Kuhn, les machines agricoles, ici, à Saverne. Je suis technicien au bureau des
           méthodes. En CDI, depuis trente ans, je fais partie des meubles.
        A: Et madame ?
        C: Elle est partie en retraite l'année dernière. Carrière longue, elle avait commencé à
           seize ans, à l'usine.
        A: Pour le revenu du foyer, approximativement ?
        C: Vous avez besoin de ça ? Bon. Cinquante-cinq mille par an, à peu près, avec sa pension.
        A: Merci. Quand est-ce qu'un conseiller peut vous rappeler ?
        C: Samedi matin. Pas trop tôt, hein. Neuf heures et demie.
        A: Samedi, neuf heures trente. Sur ce numéro-ci, le fixe, le 03 88 91 24 67 ?
        C: Oui, le fixe, c'est bien. Ou sinon, mon portable : zéro six, soixante-dix-sept, vingt,
           zéro trois, cinquante-huit.
        A: Zéro six, soixante-dix-sept, vingt, zéro trois, cinquante-huit. Merci, monsieur Heitz.
        C: Merci à vous. Au revoir.
        """,
        client="Mr",
        objections=(
            "peu de place libre sur le toit (lucarnes, cheminée) ; voudrait d'abord changer la"
            " chaudière"
        ),
        client_first_name_data_ia="Thierry",
        client_last_name_data_ia="Heitz",
        client_phone_number="0388912467",
        client_city_data_ia="Saverne",
        client_address_data_ia="41 bis rue des Vergers",
        client_postal_code_data_ia="67700",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="1200",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="160",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="moins de 20m",
        age_mr_data_ia="58",
        age_mme_data_ia="56",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="retraitée",
        revenu_data_ia="55000 euros par an",
        tel2_data_ia="0677200358",
        creneau_rappel_data_ia="samedi matin",
        heure_rappel_data_ia="9h30",
        **_OWNER,
    ),
    _script(
        "h14_lanester_soudeuse",
        "a welder at the naval dockyard who lives at Lanester, across the bridge from Lorient"
        " ('Lanester. C'est de l'autre côté du pont, mais ce n'est pas Lorient': Lanester; the"
        " agent's Lorient is put right), asks back where the agent calls from, confirms her spelt"
        " surname (Guégan) and spells part of her first name ('Gwenaëlle, avec un W et un E"
        " tréma'); 'Avec mon mari, oui' (oui), 'Trente et un, rue du Scorff. Cinquante-six, six"
        " cents' (56600), 'Électrique. On a mis des radiateurs à inertie' (électrique), 'En"
        " dessous de quatre-vingts euros par mois ... c'est moins de quatre-vingts' (moins_de_80,"
        " mensuelle), 'Quatre-vingt-dix-huit mètres carrés. Presque cent' (98), 'De l'ardoise'"
        " (ardoises), 'Le grand côté est vers la rade, vers le couchant' (ouest), the agent"
        " stating the twenty square metres and 'Il doit rester... dix, douze mètres ? Pas vingt,"
        " non' with the solar water heater's collectors already up there (moins de 20m),"
        " 'Trente-neuf ans', her husband 'il est de quatre-vingt-cinq' (41 in 2026), 'Mariés, oui,"
        " et on a un fils' (mariée, 1 enfant), 'Je suis soudeuse. En CDI' (CDI), he 'marin-pêcheur"
        " ... sur un chalutier' (marin-pêcheur: the job, no status said), 'trois mille deux cents"
        " par mois' (3200 euros par mois), 'Samedi après-midi ? Vers trois heures... Non, plutôt"
        " quatre heures' (samedi après-midi, 16h: the corrected hour), her mobile dictated in"
        " pairs (main)",
        """
        A: Bonjour madame, Thomas, de Bretagne Sud Solaire. Madame Guégan ?
        C: Oui, bonjour. Vous tombez bien, je viens de rentrer de l'équipe du matin.
        A: Vous nous avez demandé une étude pour des panneaux solaires. J'ai quelques questions pour
           préparer le rendez-vous, ça prend cinq minutes.
        C: Allez-y. Mais avant, vous appelez d'où, vous ? Parce que la dernière fois, c'était une
           plateforme je ne sais où, je n'ai rien compris à ce qu'on me disait.
        A: Nous sommes à Pontivy, madame. Je vérifie votre nom : G, U, E accent aigu, G, A, N ?
        C: C'est ça. Et le prénom, c'est Gwenaëlle, avec un W et un E tréma. Le tréma, tout le monde
           l'oublie.
        A: Gwenaëlle, E tréma, c'est noté. Vous êtes propriétaire ?
        C: Avec mon mari, oui. On a acheté il y a cinq ans, une maison des années soixante-dix, avec
           un sous-sol.
        A: Et vous habitez à Lorient ?
        C: Lanester. C'est de l'autre côté du pont, mais ce n'est pas Lorient, hein ! Ici, on y
           tient. Trente et un, rue du Scorff. Cinquante-six, six cents.
        A: Pardon : 31 rue du Scorff, 56600 Lanester. Le chauffage, c'est...
        C: Électrique. On a mis des radiateurs à inertie l'an dernier, à la place des vieux
           grille-pain. Ça va beaucoup mieux.
        A: Et la facture d'électricité ?
        C: En dessous de quatre-vingts euros par mois. Je n'ai pas le chiffre exact en tête, mais
           c'est moins de quatre-vingts, ça, j'en suis sûre.
        A: La surface de la maison.
        C: Quatre-vingt-dix-huit mètres carrés. Presque cent ; on dit cent quand on veut se vanter.
        A: Et le toit ?
        C: De l'ardoise. Il a été refait par les anciens propriétaires, juste avant la vente.
        A: Vous savez vers où il est tourné ?
        C: Le grand côté est vers la rade, vers le couchant. Le soir, on voit le soleil se coucher
           sur l'eau ; c'est pour ça qu'on a acheté, d'ailleurs.
        A: Il faut une vingtaine de mètres carrés libres sur le toit pour une installation.
        C: Ah. On a déjà le chauffe-eau solaire dessus, deux grands capteurs, et la fenêtre de toit
           de la chambre. Il doit rester... dix, douze mètres ? Pas vingt, non.
        A: Le conseiller verra avec vous ce qu'on peut faire. Votre âge, madame ?
        C: Trente-neuf ans. Et mon mari, il est de quatre-vingt-cinq.
        A: Vous êtes mariés ?
        C: Mariés, oui, et on a un fils, Malo, il a huit ans.
        A: Vous travaillez à... ?
        C: À l'arsenal, chez Naval Group. Je suis soudeuse. En CDI, depuis douze ans, je suis la
           seule femme de l'atelier.
        A: Et votre mari ?
        C: Il est marin-pêcheur. Il est en mer, là, sur un chalutier de Keroman, il rentre vendredi.
        A: Et le revenu du foyer ?
        C: Ça dépend des marées, pour lui. Mettons trois mille deux cents par mois, à peu près.
        A: Quand le conseiller peut-il vous rappeler ? Avec votre mari, si possible.
        C: Oui, il faut qu'il soit là, c'est lui qui décide pour le toit. Samedi après-midi ? Vers
           trois heures... Non, plutôt quatre heures, il dort après la marée.
        A: Samedi, seize heures. Sur quel numéro ?
        C: Celui-ci, mon portable. Zéro six, quatre-vingt-dix-sept, treize, vingt-six, zéro huit.
        A: 06 97 13 26 08. Merci, madame Guégan.
        C: Merci à vous. Kenavo !
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Gwenaëlle",
        client_last_name_data_ia="Guégan",
        client_phone_number="0697132608",
        client_city_data_ia="Lanester",
        client_address_data_ia="31 rue du Scorff",
        client_postal_code_data_ia="56600",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="moins_de_80",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="98",
        toiture_data_ia="ardoises",
        orientation_data_ia="ouest",
        toit_libre="moins de 20m",
        age_mr_data_ia="41",
        age_mme_data_ia="39",
        situation_familiale_data_ia="mariée, 1 enfant",
        activite_mr_data_ia="marin-pêcheur",
        activite_mme_data_ia="CDI",
        revenu_data_ia="3200 euros par mois",
        creneau_rappel_data_ia="samedi après-midi",
        heure_rappel_data_ia="16h",
        **_OWNER,
    ),
    _script(
        "h14_tulle_accordeon",
        "a retired accordion maker at Tulle, hard of hearing, who names himself (Bernard Chastang)"
        " and confirms the spelt surname ('Avec un G au bout'), owner since 1981 (oui), corrects"
        " his house number ('Douze... non, quatorze, c'est le voisin, le douze. Quatorze, rue de"
        " la Barrière': 14), 'Dix-neuf mille, Tulle' (19000), 'Au bois. Une chaudière à bûches'"
        " (bois); then his wife Françoise takes the phone: 'Neuf cent quarante euros sur l'année."
        " L'année dernière, c'était huit cent quatre-vingt-dix' (940, annuelle: this year's),"
        " 'Cent vingt. Non, cent vingt-cinq, avec la véranda' (125: the corrected figure her"
        " husband agrees to), 'L'ardoise' (ardoises), 'Il a le soleil toute la journée ... Mais"
        " vers où, je ne saurais pas vous dire' (bien ensoleillée: sunny, orientation unknown),"
        " free roof space never asked ('-'), 'Moi, j'ai soixante et onze ans. Mon mari, huit de"
        " plus' (71 and 79), 'mariés depuis cinquante ans ... Une fille' in the client's gender"
        " (marié, 1 enfant: the client is the husband who took the call, entretien Mr; her first"
        " name is not the client's; Naves is the daughter's village), 'institutrice. À la"
        " retraite' (retraitée), he 'chez Maugein, les accordéons ... Retraité aussi' (retraité),"
        " 'trois mille cent par mois' (3100 euros par mois), 'Le matin ... Mardi, dix heures'"
        " (mardi matin, 10h), the landline she dictates (main)",
        """
        A: Bonjour monsieur, Pauline, de Limousin Énergies Solaires. Je voudrais parler à monsieur
           Chastang, s'il vous plaît.
        C: Oui, c'est moi. Bernard Chastang. Parlez fort, mademoiselle, j'ai les oreilles qui
           fatiguent.
        A: Vous avez demandé une étude pour des panneaux solaires. C'est bien ça ?
        C: Comment ? Ah, les panneaux ! C'est ma fille qui a demandé, pour nous. Elle dit qu'on paie
           trop. Moi, je veux bien écouter, écouter ça ne coûte rien.
        A: Je vérifie le nom : Chastang, C, H, A, S, T, A, N, G ?
        C: Avec un G au bout, oui. Un G qu'on n'entend pas, c'est le patois.
        A: Vous êtes propriétaire de votre maison ?
        C: Depuis mille neuf cent quatre-vingt-un. Elle est payée depuis longtemps, elle est à nous.
        A: Et votre adresse ?
        C: Douze... non, quatorze, c'est le voisin, le douze. Quatorze, rue de la Barrière. Dix-neuf
           mille, Tulle. En haut de la côte, après l'église.
        A: 14 rue de la Barrière, 19000 Tulle. Comment vous vous chauffez ?
        C: Au bois. Une chaudière à bûches, à la cave. Je faisais mon bois moi-même, avant.
           Maintenant, c'est mon gendre qui me le livre.
        A: Et votre facture d'électricité ?
        C: Ça, c'est ma femme. Françoise ! Viens, c'est la demoiselle des panneaux. Elle arrive,
           elle a le classeur.
        C: Allô, bonjour. L'électricité ? Attendez, je mets mes lunettes. Alors... Neuf cent
           quarante euros sur l'année. L'année dernière, c'était huit cent quatre-vingt-dix. Ça
           augmente tous les ans.
        A: Neuf cent quarante par an, merci madame. La maison fait combien de mètres carrés ?
        C: Cent vingt. Non, cent vingt-cinq, avec la véranda, qu'on a fait fermer. Tu es d'accord,
           Bernard ? ... Il dit oui. Cent vingt-cinq.
        A: Et la toiture ?
        C: L'ardoise. Ici, c'est l'ardoise partout, c'est le pays qui veut ça.
        A: Le toit est bien exposé ?
        C: Il a le soleil toute la journée. On est en haut de la côte, il n'y a pas un arbre, pas
           une maison qui fait de l'ombre. Mais vers où, je ne saurais pas vous dire, je n'ai pas de
           boussole, moi.
        A: Ce n'est pas grave, le technicien verra. Et vos âges, si ce n'est pas indiscret ?
        C: Moi, j'ai soixante et onze ans. Mon mari, huit de plus. Il va sur ses quatre-vingts, mais
           il fait encore son jardin.
        A: Vous avez des enfants ?
        C: On est mariés depuis cinquante ans cette année. Une fille, celle qui vous a écrit. Elle
           habite à Naves, à côté, elle passe tous les dimanches.
        A: Vous travailliez dans quoi ?
        C: Moi, j'étais institutrice. À la retraite depuis longtemps, maintenant. Lui, il était chez
           Maugein, les accordéons, pendant trente ans. Retraité aussi, bien sûr.
        A: Et vos revenus, à peu près ?
        C: Les deux retraites ensemble, trois mille cent par mois.
        A: Merci. Quand est-ce qu'un conseiller peut vous appeler ?
        C: Le matin, on est toujours là. Sauf le mercredi, c'est le marché. Mardi, dix heures, ça
           irait ?
        A: Mardi matin, dix heures. Sur quel numéro ?
        C: Le fixe. Zéro cinq, cinquante-cinq, vingt, quarante-trois, quatre-vingt-six.
        A: Je répète : 05 55 20 43 86.
        C: C'est ça. Je vous repasse mon mari ? ... Il est reparti au jardin. Au revoir,
           mademoiselle.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Bernard",
        client_last_name_data_ia="Chastang",
        client_phone_number="0555204386",
        client_city_data_ia="Tulle",
        client_address_data_ia="14 rue de la Barrière",
        client_postal_code_data_ia="19000",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="940",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="125",
        toiture_data_ia="ardoises",
        orientation_data_ia="bien ensoleillée",
        age_mr_data_ia="79",
        age_mme_data_ia="71",
        situation_familiale_data_ia="marié, 1 enfant",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="retraitée",
        revenu_data_ia="3100 euros par mois",
        creneau_rappel_data_ia="mardi matin",
        heure_rappel_data_ia="10h",
        **_OWNER,
    ),
    _script(
        "h14_thonon_assistante_dentaire",
        "a dental assistant at Thonon-les-Bains ('À Thonon. Thonon-les-Bains. Soixante-quatorze,"
        " deux cents': 74200) with two small girls in the background, who confirms her spelt"
        " surname ('Avec un Z, oui, et on ne le prononce pas': Dupraz) and gives her first name"
        " (Aurélie); 'on a fait construire, en deux mille quinze' (oui), '5 chemin des"
        " Hirondelles', 'Une pompe à chaleur. Air-eau, avec le plancher chauffant', a stove lit at"
        " Christmas (pompe à chaleur), 'Cent dix euros par mois ... Mettez cent dix' (110,"
        " mensuelle), 'Cent quarante mètres carrés, sans le sous-sol' (140), 'Du bac acier' (bac"
        " acier), 'un toit à un seul pan, qui regarde le lac. Et le lac, chez nous, il est au"
        " nord' (nord), asks back whether that is the wrong side, 'il est grand, rien dessus."
        " Soixante, soixante-dix mètres carrés' (20m), 'Trente-six. Mon mari, trente-huit' (36,"
        " 38), 'Pacsés. Et deux filles' (pacsée, 2 enfants), 'assistante dentaire, à Évian, en"
        " CDI' (CDI; Évian is where she works), he 'plombier-chauffagiste, à son compte depuis"
        " deux mille quatorze' (indépendant depuis 12 ans in 2026), the income left to him ('-'),"
        " 'Le soir, après sept heures ... Lundi ?' (lundi soir, 19h), and the mobile the agent"
        " reads, which she no longer has ('c'est mon ancien numéro, je ne l'ai plus'): the new one"
        " she dictates is the main; the old one is not a second number",
        """
        A: Bonjour madame, Kevin, de Léman Solaire. Madame Dupraz ?
        C: Oui... C'est pour quoi ? Attendez, je mets les enfants devant un dessin animé. ... Voilà.
           Je vous écoute.
        A: Vous avez demandé une étude pour installer des panneaux solaires. J'aurais quelques
           questions...
        C: Ah, oui ! Mon mari m'a dit que quelqu'un allait appeler. Les voisins en ont mis au
           printemps, il est jaloux, il regarde leur compteur par-dessus la haie.
        A: Je vérifie votre nom : D, U, P, R, A, Z ?
        C: Avec un Z, oui, et on ne le prononce pas, on dit Dupra. C'est savoyard.
        A: Et votre prénom ?
        C: Aurélie.
        A: Vous êtes propriétaires ?
        C: Oui, on a fait construire, en deux mille quinze. On a encore le crédit, mais bon, comme
           tout le monde.
        A: Votre adresse, c'est...
        C: Cinq, chemin des Hirondelles. À Thonon. Thonon-les-Bains. Soixante-quatorze, deux cents.
        A: Et le chauffage ?
        C: Une pompe à chaleur. Air-eau, avec le plancher chauffant. Il y a un poêle aussi, mais
           c'est pour faire joli, on l'allume à Noël.
        A: Votre facture d'électricité, vous l'avez en tête ?
        C: Cent dix euros par mois. Enfin... c'est ce qu'on paie, mais on a eu un rappel cet été,
           donc en vrai, c'est sûrement plus. Mettez cent dix.
        A: La surface de la maison.
        C: Cent quarante mètres carrés, sans le sous-sol.
        A: Et le toit ?
        C: Du bac acier, gris. C'était moins cher que la tuile, et avec la neige, ça glisse tout
           seul.
        A: Il est orienté comment ?
        C: Alors... c'est un toit à un seul pan, qui regarde le lac. Et le lac, chez nous, il est au
           nord. Mon mari dit que c'est le mauvais côté pour les panneaux. C'est vrai, ça ?
        A: Le conseiller vous dira ce que ça donne, il fait une simulation précise. Il y a de la
           place sur le toit ?
        C: Oh oui, il est grand, rien dessus. Soixante, soixante-dix mètres carrés.
        A: Vous avez quel âge, madame Dupraz ?
        C: Trente-six. Mon mari, trente-huit.
        A: Vous êtes mariés ?
        C: Pacsés. Et deux filles, quatre ans et dix-huit mois. Vous les entendez, là ?
        A: Un peu, oui. Vous travaillez ?
        C: Je suis assistante dentaire, à Évian, en CDI. Et mon mari, il est plombier-chauffagiste,
           à son compte depuis deux mille quatorze. C'est lui qui a posé la pompe à chaleur,
           d'ailleurs.
        A: Et le revenu du foyer ?
        C: Ça, je ne sais pas, pour lui ça dépend des chantiers. Il faudra voir avec lui.
        A: Quand est-ce qu'on peut vous rappeler, tous les deux ?
        C: Le soir, après sept heures, quand les petites sont couchées... enfin, pas couchées, mais
           calmées. Lundi ?
        A: Lundi soir, dix-neuf heures. Sur le 06 71 39 82 14 ?
        C: Ah non, ça, c'est mon ancien numéro, je ne l'ai plus. Le nouveau, c'est le zéro sept,
           soixante-huit, cinquante-cinq, quarante, zéro deux.
        A: Zéro sept, soixante-huit, cinquante-cinq, quarante, zéro deux. Je corrige.
        C: Merci. Oh là, la petite pleure. Au revoir !
        """,
        client="Mme",
        objections="craint que le toit orienté au nord ne convienne pas",
        client_first_name_data_ia="Aurélie",
        client_last_name_data_ia="Dupraz",
        client_phone_number="0768554002",
        client_city_data_ia="Thonon-les-Bains",
        client_address_data_ia="5 chemin des Hirondelles",
        client_postal_code_data_ia="74200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="110",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="140",
        toiture_data_ia="bac acier",
        orientation_data_ia="nord",
        toit_libre="20m",
        age_mr_data_ia="38",
        age_mme_data_ia="36",
        situation_familiale_data_ia="pacsée, 2 enfants",
        activite_mr_data_ia="indépendant depuis 12 ans",
        activite_mme_data_ia="CDI",
        creneau_rappel_data_ia="lundi soir",
        heure_rappel_data_ia="19h",
        **_OWNER,
    ),
    _script(
        "h14_coutances_mecanicien",
        "an agricultural mechanic at Coutances who left his name at a fair stand, confirms his"
        " spelt surname ('E, Y à la fin, oui': Lecoutey) and gives his first name (Pascal); owner"
        " (oui), '18 route de Lessay', 'Cinquante, deux cents' (50200; Lessay, the fair's town, is"
        " in his street's name and Périers is his employer's town, neither is his), 'Au fioul. On"
        " a un insert dans le salon, mais le gros, c'est le fioul' (fioul), 'la facture annuelle,"
        " mille six cent cinquante' (1650, annuelle), 'Cent trente mètres carrés, à peu près'"
        " (130), 'De l'ardoise naturelle' (ardoises), 'le grand pan descend vers le jardin. Donc"
        " plein sud' (sud), the agent stating 'Il y a de la place sur le toit' and 'douze mètres"
        " de long, sur cinq de large, et il n'y a rien dessus' (20m: sixty free square metres),"
        " 'Je suis de soixante-dix-huit' (48 in 2026); his wife Nathalie takes the phone:"
        " 'Quarante-six ans, moi' (46), 'Mariés, et quatre enfants' in the client's gender (marié,"
        " 4 enfants: the client is the husband who took the call and comes back for the slot,"
        " entretien Mr), 'assistante maternelle, à la maison' (the job, no status said), he"
        " 'Mécanicien agricole ... Il est en CDI' (CDI), 'Quatre mille deux cents par mois, tous"
        " les deux' (4200 euros par mois); back to him: 'Vendredi matin ... Huit heures et demie'"
        " (vendredi matin, 8h30), his mobile (main) and the landline where his wife is (tel2)",
        """
        A: Bonjour monsieur, Élodie, de Cotentin Habitat Énergie. Monsieur Lecoutey ?
        C: Oui, c'est moi. C'est pour les panneaux ? J'étais à la foire de Lessay, j'ai laissé mon
           nom à un stand, un stand avec des parasols jaunes.
        A: C'est ça, c'était nous. Je vérifie : L, E, C, O, U, T, E, Y ?
        C: E, Y à la fin, oui. Pas comme Coutances. Et le prénom, c'est Pascal.
        A: Merci, monsieur. Vous êtes propriétaire ?
        C: Oui, oui, propriétaire. On a acheté avec ma femme il y a quinze ans.
        A: Vous habitez à Coutances même ?
        C: À Coutances, oui. Dix-huit, route de Lessay. Cinquante, deux cents. La maison juste après
           la station-service, en sortant de la ville.
        A: Comment vous vous chauffez ?
        C: Au fioul. On a un insert dans le salon, mais le gros, c'est le fioul. La cuve, on la
           remplit deux fois par hiver, je vous dis pas le prix.
        A: Et l'électricité, combien par an, à peu près ?
        C: Euh, l'électricité... la facture annuelle, mille six cent cinquante. J'ai reçu la
           régularisation le mois dernier, je m'en souviens, j'ai failli tomber de ma chaise.
        A: Mille six cent cinquante par an. La surface de la maison.
        C: Cent trente mètres carrés, à peu près. Je dirais cent trente, oui.
        A: Et la toiture ?
        C: Ardoise. De l'ardoise naturelle, pas de la fausse, hein.
        A: Elle est orientée comment ?
        C: Le jardin est au sud, et le grand pan descend vers le jardin. Donc plein sud, je dirais.
        A: Il y a de la place sur le toit.
        C: Il fait douze mètres de long, sur cinq de large, et il n'y a rien dessus, pas une
           fenêtre. Ça doit suffire, non ?
        A: Largement. Votre âge, monsieur Lecoutey ?
        C: Je suis de soixante-dix-huit. Et ma femme... Nathalie, t'as quel âge, déjà ? ... Elle
           vient, je vous la passe, elle va me disputer si je me trompe.
        C: Bonjour ! Quarante-six ans, moi. Il ne sait jamais, il faut toujours que je lui rappelle.
        A: Bonjour madame. Vous êtes mariés, vous avez des enfants ?
        C: Mariés, et quatre enfants. Quatre, oui, vous avez bien entendu. Et des chats.
        A: Vous travaillez, madame ?
        C: Je suis assistante maternelle, à la maison. J'ai trois petits en garde en ce moment, en
           plus des nôtres, c'est pour ça que vous entendez ce bazar.
        A: Et votre mari ?
        C: Mécanicien agricole, chez un concessionnaire à Périers. Les tracteurs, les moissonneuses.
           Il est en CDI, oui.
        A: Et le revenu du foyer, approximativement ?
        C: Quatre mille deux cents par mois, tous les deux. Je vous repasse Pascal, pour le
           rendez-vous, c'est lui qui a les horaires.
        C: Oui, c'est moi. Vous voulez qu'on se voie ?
        A: Un conseiller vous rappellera pour l'étude. Quel moment vous arrange ?
        C: Vendredi matin, je suis de repos. Huit heures et demie, je suis debout depuis longtemps,
           à cette heure-là.
        A: Vendredi, huit heures trente. Sur quel numéro ?
        C: Mon portable : zéro six, cinquante-neuf, trente-trois, quatre-vingt-sept, douze. Et si je
           ne réponds pas, le fixe, ma femme est toujours à la maison : zéro deux, trente-trois,
           quarante-cinq, soixante, dix-huit.
        A: Je répète : 06 59 33 87 12, et le fixe, 02 33 45 60 18.
        C: Voilà. Au revoir, madame, et merci.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Pascal",
        client_last_name_data_ia="Lecoutey",
        client_phone_number="0659338712",
        client_city_data_ia="Coutances",
        client_address_data_ia="18 route de Lessay",
        client_postal_code_data_ia="50200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="1650",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="130",
        toiture_data_ia="ardoises",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="48",
        age_mme_data_ia="46",
        situation_familiale_data_ia="marié, 4 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="assistante maternelle",
        revenu_data_ia="4200 euros par mois",
        tel2_data_ia="0233456018",
        creneau_rappel_data_ia="vendredi matin",
        heure_rappel_data_ia="8h30",
        **_OWNER,
    ),
    _script(
        "h14_navenne_demenagement",
        "a divorced woman who moved a year ago from Vesoul to Navenne, next to it: the agent reads"
        " the old address ('3, rue Gérôme, à Vesoul') and she gives the new one ('Je suis à"
        " Navenne, maintenant. Neuf, impasse des Pervenches'; adresse_modifiee 1; the town is"
        " Navenne, not Vesoul), 'C'est le même qu'à Vesoul, soixante-dix mille' (70000), surname"
        " spelt by the agent (Jeunot), first name given (Sylvie); 'j'ai acheté. Toute seule'"
        " (oui), 'Une pompe à chaleur, air-eau' left by the former owners (pompe à chaleur; the"
        " gas was at Vesoul), 'Cent soixante. Par mois' (160, mensuelle), 'Quatre-vingt-cinq"
        " mètres carrés. Plain-pied' (85), 'Des tuiles mécaniques' (tuiles), one slope where the"
        " sun rises and one where it sets (est-ouest), free roof space never discussed ('-'),"
        " 'J'ai eu cinquante ans en janvier' (50), 'Divorcée. Je vis avec ma fille' (divorcée, 1"
        " enfant), a six-month contract at the spare-parts store after temping ('j'ai un contrat"
        " de six mois. Avant, j'étais en intérim': CDD, the contract she has now), 'Mille six"
        " cents net par mois' (1600 euros par mois; the child support she does not count is left"
        " out), 'Le mercredi ... En début d'après-midi ? Deux heures' (mercredi début"
        " d'après-midi, 14h), the mobile the agent reads and she confirms (main)",
        """
        A: Bonjour madame, Lucas, de Franche-Comté Solaire Habitat. Madame Jeunot ?
        C: Oui, c'est moi.
        A: Vous nous avez laissé vos coordonnées pour une étude de panneaux solaires. J'ai une
           adresse au 3, rue Gérôme, à Vesoul...
        C: Ah non, ça, c'est l'ancienne ! J'ai... j'ai déménagé, il y a un an. Je suis à Navenne,
           maintenant. Neuf, impasse des Pervenches.
        A: Navenne, c'est noté. Le code postal ?
        C: C'est le même qu'à Vesoul, soixante-dix mille. Navenne, c'est juste au sud, ça se touche,
           mais c'est plus calme.
        A: Et votre nom, J, E, U, N, O, T ?
        C: Oui. Sylvie Jeunot.
        A: Vous êtes propriétaire, à Navenne ?
        C: Oui, j'ai acheté. Toute seule, à cinquante ans, avec un crédit sur vingt ans, vous
           imaginez ? Mais c'est chez moi. Alors je préfère vous dire tout de suite, je n'ai pas
           beaucoup de marge.
        A: C'est justement pour ça qu'on fait une étude, pour voir ce que ça vous ferait économiser.
           Le chauffage ?
        C: Une pompe à chaleur, air-eau. Ce sont les anciens propriétaires qui l'avaient fait poser.
           Moi, je n'y connais rien, je règle le thermostat et c'est tout.
        A: Et la facture d'électricité ?
        C: Cent soixante. Par mois. Ça m'a fait un choc : à Vesoul, j'étais au gaz, l'électricité,
           c'était la moitié.
        A: La surface de la maison.
        C: Quatre-vingt-cinq mètres carrés. Plain-pied.
        A: Le toit, c'est...
        C: Des tuiles. Des tuiles mécaniques, rouges, comme partout dans le lotissement.
        A: Et l'orientation ?
        C: Alors, le toit a deux pentes. Il y en a une côté route, où le soleil se lève, et l'autre
           côté jardin, où il se couche. Ça fait est et ouest, c'est ça ?
        A: C'est ça. Votre âge, madame ?
        C: J'ai eu cinquante ans en janvier. Une année de changements, tout ça.
        A: Vous êtes mariée ?
        C: Divorcée. Je vis avec ma fille, elle a dix-sept ans, elle passe le bac cette année.
        A: Vous travaillez ?
        C: Je suis au magasin de pièces détachées, chez Stellantis, à Vesoul. Depuis février, j'ai
           un contrat de six mois. Avant, j'étais en intérim, alors c'est déjà mieux.
        A: Et le revenu du foyer ?
        C: Mille six cents net par mois. Plus la pension de mon ex pour la petite, mais ça, je ne le
           compte pas, c'est pour elle.
        A: Quand est-ce qu'un conseiller peut vous rappeler ?
        C: Le mercredi, je ne travaille pas. En début d'après-midi ? Deux heures, après le déjeuner.
        A: Mercredi, quatorze heures. Sur le 06 42 18 77 05 ?
        C: Oui, c'est mon portable, c'est le seul que j'ai.
        A: Très bien. Merci, madame Jeunot, bonne journée.
        C: Merci, au revoir.
        """,
        client="Mme",
        objections="budget serré (crédit en cours, seule)",
        client_first_name_data_ia="Sylvie",
        client_last_name_data_ia="Jeunot",
        client_phone_number="0642187705",
        client_city_data_ia="Navenne",
        client_address_data_ia="9 impasse des Pervenches",
        client_postal_code_data_ia="70000",
        adresse_modifiee="1",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="160",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="85",
        toiture_data_ia="tuiles",
        orientation_data_ia="est-ouest",
        age_mme_data_ia="50",
        situation_familiale_data_ia="divorcée, 1 enfant",
        activite_mme_data_ia="CDD",
        revenu_data_ia="1600 euros par mois",
        creneau_rappel_data_ia="mercredi début d'après-midi",
        heure_rappel_data_ia="14h",
        **_OWNER,
    ),
    _script(
        "h14_lodeve_refus",
        "a firm refusal at Lodève from a man who stops the agent before her first sentence ends"
        " ('Non. Je vous arrête tout de suite, je ne suis pas intéressé'), the fifth sales call of"
        " his week; what he lets fall: 'À Lodève, oui, j'y habite, et alors ?' (Lodève), 'Bien sûr"
        " que j'en suis propriétaire, c'était celle de mon père' (oui), a house in the old centre"
        " under the Bâtiments de France (no roof material is said: '-'), 'J'ai soixante-quatorze"
        " ans' (74); surname from the greeting, no first name, no number, 'rayez-moi de votre"
        " liste', Bloctel (Non intéressant, Non)",
        """
        A: Bonjour monsieur, Manon, d'Hérault Soleil Rénovation. Monsieur Rouzaud ?
        C: Oui. Qu'est-ce que c'est ?
        A: Je vous appelle pour vous présenter les aides à l'installation de panneaux
           photovoltaïques, pour les propriétaires de maisons individuelles, et...
        C: Non. Je vous arrête tout de suite, je ne suis pas intéressé. Pas du tout.
        A: Je comprends. Je peux vous demander pourquoi ? Beaucoup de propriétaires, à Lodève,
           ont...
        C: À Lodève, oui, j'y habite, et alors ? Vous savez combien de fois on m'a appelé, cette
           semaine ? Cinq fois. Cinq ! Les fenêtres, l'isolation à un euro, la pompe à chaleur, la
           mutuelle, et maintenant vous.
        A: Je suis désolée pour tous ces appels, monsieur. Vous êtes bien propriétaire de votre
           maison ?
        C: Bien sûr que j'en suis propriétaire, c'était celle de mon père, et de son père avant lui.
           Et elle est dans le centre ancien, avec les Bâtiments de France. Vous ne mettrez jamais
           un panneau là-dessus. Même pour repeindre mes volets, il m'a fallu une autorisation, et
           trois mois d'attente.
        A: Il existe des solutions discrètes, qui s'intègrent dans la toiture, et l'architecte des
           Bâtiments de France les accepte parfois...
        C: Parfois. Voilà. Parfois. Et en attendant, c'est moi qui paie les dossiers, les
           déplacements, les études. Non, merci.
        A: L'étude est gratuite, monsieur, et sans engagement.
        C: C'est ce qu'ils disent tous. Gratuit, sans engagement, et après on a un monsieur en
           costume dans la cuisine pendant trois heures, qui ne veut plus partir. Mademoiselle,
           écoutez-moi bien. J'ai soixante-quatorze ans. Je ne vais pas faire des travaux sur le
           toit. Je ne suis pas intéressé. C'est clair ?
        A: C'est très clair, monsieur.
        C: Et rayez-moi de votre liste. Je suis inscrit sur Bloctel, vous n'avez même pas le droit
           de m'appeler. Si on me rappelle, je porte plainte, je vous préviens.
        A: Je vous retire de notre fichier tout de suite. Je vous présente nos excuses pour le
           dérangement.
        C: Bon. Au moins, vous êtes polie, vous. Au revoir.
        A: Au revoir, monsieur Rouzaud, bonne journée.
        """,
        client="Mr",
        objections=(
            "non intéressé ; démarchage trop fréquent ; maison en secteur protégé (Bâtiments de"
            " France) ; ne veut pas de travaux à 74 ans ; ne pas rappeler (inscrit sur Bloctel)"
        ),
        client_last_name_data_ia="Rouzaud",
        client_city_data_ia="Lodève",
        proprietaire_data_ia="oui",
        age_mr_data_ia="74",
        **_LOST,
    ),
    _script(
        "h14_sedan_locataire",
        "a young tenant in a town house in old Sedan ('Vingt-deux, rue du Ménil. Zéro huit, deux"
        " cents': 08200) who gives his first name (Kévin) and confirms the spelt surname ('Deux"
        " S': Brisset): 'Non, je loue. À un monsieur qui habite à Charleville' (non: Non"
        " intéressant; Charleville is the landlord's town), hopes the landlord would take free"
        " panels; what he gives anyway: 'Au gaz. Une vieille chaudière' (gaz), 'on paie plus de"
        " cent euros par mois' (plus_de_100, mensuelle), 'c'est de l'ardoise, et ça fuit'"
        " (ardoises), 'Ma copine, moi, et notre petite ... On n'est pas mariés, on est juste"
        " ensemble' (en couple, 1 enfant), 'cariste, à la fonderie, en CDI depuis l'an dernier."
        " J'ai vingt-neuf ans' (CDI, 29); no number, no callback (Non)",
        """
        A: Bonjour monsieur, Camille, d'Ardennes Énergie Verte. Monsieur Brisset ?
        C: Ouais, c'est moi. Kévin. C'est pour le formulaire, là ? Les panneaux gratuits ?
        A: Pas tout à fait gratuits, mais avec des aides importantes. Je vérifie votre nom : B, R,
           I, S, S, E, T ?
        C: C'est ça. Deux S, vous l'avez.
        A: Vous habitez une maison ?
        C: Une maison de ville, ouais, dans le vieux Sedan, pas loin du château. Vingt-deux, rue du
           Ménil. Zéro huit, deux cents.
        A: 08200 Sedan. Et vous en êtes propriétaire ?
        C: Non, je loue. À un monsieur qui habite à Charleville. Mais il est sympa, hein. Il voudra
           peut-être, si c'est gratuit pour lui ?
        A: Ce serait au propriétaire de faire la demande, et c'est lui qui financerait
           l'installation, avec les aides.
        C: Ah. Bah alors, il ne voudra pas. Il n'a même pas voulu changer la chaudière, l'hiver
           dernier, quand elle est tombée en panne trois fois.
        A: Vous vous chauffez au... ?
        C: Au gaz. Une vieille chaudière qui fait un bruit de tracteur. Et l'électricité, avec ça,
           on paie plus de cent euros par mois. C'est pour ça que j'ai rempli le truc, moi, je
           pensais que c'était pour nous.
        A: Je comprends. Et le toit, vous savez comment il est ?
        C: Le toit ? C'est de l'ardoise, et ça fuit dans la chambre du fond quand il pleut fort.
           Vous voyez le genre de proprio.
        A: Vous êtes combien dans la maison ?
        C: Ma copine, moi, et notre petite, elle a deux ans. On n'est pas mariés, on est juste
           ensemble, ça nous va très bien.
        A: Et vous travaillez dans le coin ?
        C: Je suis cariste, à la fonderie, en CDI depuis l'an dernier. J'ai vingt-neuf ans, c'est
           mon premier CDI, alors on pense à acheter, un jour. Mais avec les prix...
        A: Le jour où vous serez propriétaires, n'hésitez pas à nous recontacter, nous referons une
           étude avec plaisir.
        C: Ouais, on verra. Vous ne pourriez pas appeler mon proprio, vous ? Non ? Bon. Tant pis. Au
           revoir, madame.
        A: Au revoir, monsieur Brisset, bonne journée.
        """,
        client="Mr",
        objections="locataire ; le propriétaire ne voudra pas investir",
        client_first_name_data_ia="Kévin",
        client_last_name_data_ia="Brisset",
        client_city_data_ia="Sedan",
        client_address_data_ia="22 rue du Ménil",
        client_postal_code_data_ia="08200",
        proprietaire_data_ia="non",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="plus_de_100",
        mensuelle_annuelle_data_ia="mensuelle",
        toiture_data_ia="ardoises",
        age_mr_data_ia="29",
        situation_familiale_data_ia="en couple, 1 enfant",
        activite_mr_data_ia="CDI",
        **_LOST,
    ),
    _script(
        "h14_royan_faux_numero",
        "a wrong number: the agent asks for monsieur Gérard Bouyer at Saint-Georges-de-Didonne;"
        " the woman who answers lives 'à Royan, moi', on the fourth floor of a block facing the"
        " beach, has had the number since the first mobiles and gets all of this gentleman's"
        " calls, 'à soixante-sept ans' (67); the fiche describes her (city Royan, age 67,"
        " entretien 'Mme'), not the lead in the file (Saint-Georges-de-Didonne and his name are"
        " not gold); a flat is not a house and she says neither owner nor tenant ('-')",
        """
        A: Bonjour madame, Nicolas, de Charente Atlantique Solaire. Je souhaiterais parler à
           monsieur Gérard Bouyer, s'il vous plaît.
        C: Bouyer ? Non, vous faites erreur. Il n'y a pas de monsieur, ici. Il n'y en a plus depuis
           longtemps, d'ailleurs.
        A: Ah, excusez-moi. J'ai ce numéro pour une demande d'étude de panneaux solaires, à
           Saint-Georges-de-Didonne.
        C: Saint-Georges ? Mais je suis à Royan, moi. C'est à côté, cinq minutes en voiture, mais ce
           n'est pas chez moi. Et ce numéro, je l'ai depuis... oh, depuis le début des portables,
           depuis que mon fils m'en a offert un.
        A: Alors il y a sans doute une erreur dans le formulaire.
        C: Sûrement. Et vous n'êtes pas le premier, vous savez. Il y a quinze jours, c'était une
           mutuelle, pour un monsieur Bouyer aussi. Il a dû se tromper d'un chiffre, le pauvre
           homme, et c'est moi qui reçois tous ses appels.
        A: Je suis désolé. Je vais corriger notre fichier, vous ne serez plus appelée pour lui.
        C: Ce serait gentil. Remarquez, des panneaux solaires, moi... J'habite au quatrième étage
           d'une résidence, face à la Grande Conche. Le toit, je ne l'ai jamais vu. Il y a un
           syndic, c'est lui qui décide de tout, même de la couleur des balcons.
        A: Dans ce cas, je ne vais pas vous déranger plus longtemps.
        C: Oh, vous ne me dérangez pas. À soixante-sept ans, on ne m'appelle plus beaucoup, à part
           pour me vendre quelque chose. Il fait un temps magnifique, ici, si vous voyiez l'océan ce
           matin. Vous êtes où, vous ?
        A: À Saintes, madame. Il fait gris.
        C: Eh bien, venez à Royan ! Bon, je vous laisse travailler. Et si vous trouvez votre
           monsieur Bouyer, dites-lui de donner le bon numéro, la prochaine fois.
        A: Je n'y manquerai pas. Bonne journée, madame, et pardon pour le dérangement.
        C: Au revoir, jeune homme.
        """,
        client="Mme",
        objections="mauvais numéro ; habite en appartement, pas concernée",
        client_city_data_ia="Royan",
        age_mme_data_ia="67",
        **_LOST,
    ),
    _script(
        "h14_pertuis_partiel",
        "a partial call: a woman in her doctor's waiting room at Pertuis ('deux minutes, pas"
        " plus'), first name confirmed (Martine), surname spelt by her (Clavel), sent by a"
        " neighbour pleased with her panels, 'On a une maison, avec mon mari' at Pertuis (oui),"
        " 'Quatre-vingt-quatre, cent vingt' (84120; the outskirts 'côté Durance' are no street: no"
        " address), 'À l'électrique. On a aussi un poêle à bois, mais c'est pour l'ambiance'"
        " (électrique: the main one; the heat pump that hums is the neighbour's), asks back"
        " whether panels are noisy, 'Entre quatre-vingts et cent euros par mois. Plutôt près de"
        " cent, l'hiver' (entre 80 et 100, mensuelle: only the band is said), then the doctor"
        " calls her in before the surface, roof or anything else is said ('-'): 'Rappelez-moi"
        " demain, en fin de matinée, vers onze heures et demie' (demain fin de matinée, 11h30) on"
        " the landline she dictates (main), as her mobile has no battery left (it is never said,"
        " no second number)",
        """
        A: Bonjour madame, Samuel, de Luberon Énergie Solaire. Madame Clavel ?
        C: Oui, oui, bonjour. Je suis dans la salle d'attente du docteur, je peux vous parler deux
           minutes, pas plus. Et je parle doucement, il y a du monde.
        A: Ce sera rapide. C'est au sujet de votre demande d'étude pour des panneaux solaires. Votre
           prénom, c'est bien Martine ?
        C: Martine, oui. Et Clavel, C, L, A, V, E, L. On me l'écrit souvent avec deux L, je ne sais
           pas pourquoi.
        A: Merci. C'est bien votre demande, sur notre site ?
        C: Oui, c'est moi. C'est vous qui avez posé les panneaux chez ma voisine, madame Giraud ?
           Elle est très contente, c'est elle qui m'a donné l'idée. Elle me montre sa facture à
           chaque fois qu'on se croise.
        A: Ce n'est peut-être pas nous, madame, mais tant mieux si elle est satisfaite. Vous êtes
           propriétaire de votre maison ?
        C: Oui. On a une maison, avec mon mari, à Pertuis, à la sortie de la ville, côté Durance.
        A: Le code postal, c'est...
        C: Quatre-vingt-quatre, cent vingt.
        A: 84120. Et vous vous chauffez comment ?
        C: Euh... À l'électrique. On a aussi un poêle à bois, mais c'est pour l'ambiance, le soir.
           Le chauffage, c'est l'électrique.
        A: D'accord.
        C: Et ça fait du bruit, les panneaux ? Parce que la pompe à chaleur du voisin d'en face, on
           l'entend toute la nuit, ça ronronne comme un frigo.
        A: Non, madame, des panneaux, ça ne fait aucun bruit. Et votre facture d'électricité ?
        C: Entre quatre-vingts et cent euros par mois. Plutôt près de cent, l'hiver, avec les
           radiateurs... Oh, c'est à moi, le docteur m'appelle. Je dois raccrocher.
        A: Bien sûr. Quand est-ce que je peux vous rappeler ?
        C: Rappelez-moi demain, en fin de matinée, vers onze heures et demie, je serai à la maison.
           Pas sur ce numéro, mon portable n'a plus de batterie : sur le fixe, zéro quatre,
           quatre-vingt-dix, zéro neuf, soixante-trois, vingt et un.
        A: Demain, onze heures trente, au 04 90 09 63 21. Merci, madame Clavel.
        C: Merci, au revoir. J'arrive, docteur !
        """,
        client="Mme",
        objections="pas disponible (chez le médecin) : rappel demandé",
        client_first_name_data_ia="Martine",
        client_last_name_data_ia="Clavel",
        client_phone_number="0490096321",
        client_city_data_ia="Pertuis",
        client_postal_code_data_ia="84120",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="entre 80 et 100",
        mensuelle_annuelle_data_ia="mensuelle",
        creneau_rappel_data_ia="demain fin de matinée",
        heure_rappel_data_ia="11h30",
        **_OWNER,
    ),
)


# A fifteenth held-out set (names ``h15_*``), written after HELD_OUT_14, by someone who read only
# this module's format and earlier sets, docs/quality.md's natural-voice set and its gold
# conventions, messages/lead.py and La Poste's communes list (for the code/town pairs): never the
# extractors, and none of them was run on it. Again a call centre's ordinary day, written fresh, in
# towns no earlier set used and spread across France (Guingamp, Dieppe, Vitry-le-François, Forbach,
# Remiremont, Ambérieu-en-Bugey, Briançon, Bagnols-sur-Cèze, Céret, Châtellerault, Tarnos across
# the Adour from Anglet, Saint-Amand-Montrond): eight owners, a firm refusal from a woman who buys
# nothing on the phone and whose son-in-law is an electrician, a single mother renting a small
# house through an agency, a wrong number answered by a retired docker walking his dog, and a
# partial call from a lorry cab. A son and spouses take the phone for part of a call (a son with
# the yearly bill and the roof, a wife with the bill, the surface, the ages and the jobs, a husband
# back from the mountain for the roof and his age); agents state rather than ask ('Votre prénom :
# Damien.', 'Et une toiture en tuiles.', 'Il y a de la place, sur le pan sud.'); clients answer
# before the question ends ('Et Valdenaire, V, A, L...' '...D, E, N, A, I, R, E'), ask back
# (storms, snow, resale or self-consumption, whether one must own the house, where the agent is),
# wander (the Dieppe ferry, the mine, the mistral, the Vauban forts, the surfers) and hesitate
# ('euh', 'bah', 'Ouh là'). The client corrects a postal code (his daughter's, Freyming's 57800,
# said first), a phone number (one pair swapped on the form), a bill ('Cent vingt ... Non : cent
# trente-deux'), his own age ('Trente-neuf ans. Non, attendez... quarante !') and his partner's.
# Postal codes in pairs, as thousands, digit by digit and in digits; bills per month, per year
# ('mensualisé' but given for the year; a regularisation) and as all three bands, beside a heating
# oil delivery and an energy cheque that are not the bill; ages direct, relative and from a birth
# year; heating as old convectors beside a wood stove, town gas, propane in a buried tank, a
# condensing gas boiler, a pellet stove, an air-to-water pump, a wood-chip boiler and an old oil
# boiler; roofs of slate ('du schiste, du vrai'), mechanical, concrete and 'canal' tiles, steel
# sheet and old Catalan tiles; orientations from sunrise, the sunset seen from the sofa, the street
# to the north, the garden to the south, the mistral's back, and a slope each way; jobs with a
# status (a hospital nurse 'Titulaire, fonction publique hospitalière', on one's own account since
# 2012, 2019 and 1998 and for six and eight years, a town-hall secretary 'fonctionnaire
# territoriale', CDI, a CDD with a CDI promised, retired) and
# without (a sawmill worker, a primary-school teacher, a mountain guide, a lorry driver, 'femme au
# foyer'); surnames spelt (Le Meur, Vatinel, Collard, Kowalczyk, Valdenaire, Bouchet, Eyraud, Bodin,
# Auclair) and first names spelt (Maud 'sans E', Rémy 'avec un Y', Pascale 'avec un E'). The
# set's year is 2026. The gold is what a careful human fills from each call; where a value is
# debatable, the summary says why. Nobody tunes on it: never rendered, never part of ``FULL`` or
# ``SUBSET``; ``python -m benchmarks.extraction_quality --held-out 15`` scores it from its reference
# text.
HELD_OUT_15: tuple[Script, ...] = (
    _script(
        "h15_guingamp_infirmier",
        "a night-shift nurse at Guingamp who names himself (Gildas Le Meur) and confirms the"
        " surname spelt in two words, owner of a longère he restored (oui), '7 rue des Fontaines'"
        " which he finishes before the agent does, 'Vingt-deux, deux cents' (22200; the Trieux is"
        " a river), 'L'électrique. Des convecteurs' with a wood stove lit at weekends (électrique:"
        " the main one), 'Cent vingt euros, à peu près... Non : cent trente-deux. Cent trente-deux"
        " par mois' (132, mensuelle: the corrected figure), 'Cent dix mètres carrés' (110), the"
        " agent stating 'Le toit, c'est de l'ardoise' and 'De l'ardoise, évidemment ... Du schiste'"
        " (ardoises), 'Le grand pan est plein est' (est), 'Ça, largement : la longère fait quinze"
        " mètres de long' after the agent states the twenty square metres (20m), asks back whether"
        " panels stand the storms, 'Quarante-quatre ans. Et ma femme, deux de moins' (44, 42),"
        " 'Deux ... On est mariés' (marié, 2 enfants), 'Infirmier ... Titulaire, fonction publique"
        " hospitalière' (fonctionnaire), his wife's crêperie 'elle est à son compte depuis huit"
        " ans' (indépendante depuis 8 ans), 'Autour de quatre mille par mois' (4000 euros par"
        " mois), 'Mardi matin, mais pas avant dix heures' (mardi matin, 10h), the mobile the agent"
        " states and he confirms (main)",
        """
        A: Bonjour monsieur, Clara, d'Armor Solaire Conseil. Monsieur Le Meur ?
        C: Oui, c'est moi, Gildas Le Meur. Excusez-moi, je dormais à moitié : je suis de nuit, cette
           semaine. C'est pour les panneaux ?
        A: Oui, vous avez demandé une étude sur notre site. Je vérifie votre nom : Le Meur, en deux
           mots, L, E, puis M, E, U, R ?
        C: En deux mots, oui, avec deux majuscules. Sinon, les impôts me rangent à la lettre M et
           plus personne ne me retrouve.
        A: C'est noté. Vous êtes propriétaire de votre maison ?
        C: Oui. Une longère qu'on a retapée, ma femme et moi, pierre par pierre, pendant trois ans.
           On y est depuis deux mille dix.
        A: L'adresse que j'ai, c'est le 7, rue des...
        C: Des Fontaines, à Guingamp, c'est ça. Sept, rue des Fontaines. Vingt-deux, deux cents.
           Derrière la basilique, en descendant vers le Trieux.
        A: Vous vous chauffez comment ?
        C: L'électrique. Des convecteurs, des vieux, qui étaient déjà là quand on a acheté. Et un
           poêle à bois dans la grande pièce, qu'on allume le week-end, quand il fait vraiment
           humide.
        A: Et la facture d'électricité, par mois ?
        C: Cent vingt euros, à peu près... Attendez, j'ai l'application, je regarde. Non : cent
           trente-deux. Cent trente-deux par mois, depuis la hausse de février.
        A: Cent trente-deux. La surface de la maison.
        C: Cent dix mètres carrés, avec l'étage qu'on a aménagé.
        A: Le toit, c'est de l'ardoise, j'imagine.
        C: De l'ardoise, évidemment, on est en Bretagne. Du schiste, du vrai, pas de l'ardoise qui
           vient d'on ne sait où.
        A: Et il est orienté comment ?
        C: Le grand pan est plein est. On a le soleil au petit-déjeuner, et après onze heures, plus
           rien, il passe derrière.
        A: Il faut une vingtaine de mètres carrés libres sur le toit, pour une installation.
        C: Ça, largement : la longère fait quinze mètres de long, il n'y a qu'un velux. Mais
           dites-moi, avec les tempêtes qu'on a l'hiver, ça tient, vos panneaux ? L'an dernier, on a
           perdu six ardoises en une nuit.
        A: Ils sont fixés sur des rails, et testés pour des vents bien plus forts ; le conseiller
           vous montrera. Votre âge, monsieur Le Meur ?
        C: Quarante-quatre ans. Et ma femme, deux de moins.
        A: Vous avez des enfants ?
        C: Deux, un garçon et une fille. On est mariés depuis... ça fera quinze ans en août.
        A: Vous êtes de nuit, vous travaillez à l'hôpital ?
        C: Infirmier, oui, aux urgences. Titulaire, fonction publique hospitalière. Ma femme, elle,
           a une crêperie sur la place du Centre ; elle est à son compte depuis huit ans.
        A: Et le revenu du foyer, environ ?
        C: Autour de quatre mille par mois, à nous deux. Ça dépend de la saison, pour la crêperie :
           l'été, c'est bien, l'hiver, c'est calme.
        A: Merci. Un conseiller va vous rappeler pour la simulation. Quel jour vous arrange ?
        C: Le mardi, je ne travaille pas. Mardi matin, mais pas avant dix heures : avant, je dors.
        A: Mardi matin, dix heures. Je vous rappelle sur le 06 33 71 48 20.
        C: C'est mon portable, c'est ça. Merci, mademoiselle. À mardi, alors.
        """,
        client="Mr",
        objections="craint que les panneaux ne tiennent pas aux tempêtes",
        client_first_name_data_ia="Gildas",
        client_last_name_data_ia="Le Meur",
        client_phone_number="0633714820",
        client_city_data_ia="Guingamp",
        client_address_data_ia="7 rue des Fontaines",
        client_postal_code_data_ia="22200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="132",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="110",
        toiture_data_ia="ardoises",
        orientation_data_ia="est",
        toit_libre="20m",
        age_mr_data_ia="44",
        age_mme_data_ia="42",
        situation_familiale_data_ia="marié, 2 enfants",
        activite_mr_data_ia="fonctionnaire",
        activite_mme_data_ia="indépendante depuis 8 ans",
        revenu_data_ia="4000 euros par mois",
        creneau_rappel_data_ia="mardi matin",
        heure_rappel_data_ia="10h",
        **_OWNER,
    ),
    _script(
        "h15_dieppe_veuve",
        "a widowed former postwoman at Dieppe who names herself (Huguette Vatinel, 'V comme"
        " Victor'), owner since 1975 (oui), '28 rue des Terre-Neuvas', 'Soixante-seize mille deux"
        " cents, Dieppe' (76200; England is where the ferry goes), 'Au gaz. Une chaudière' (gaz);"
        " her son Franck takes the phone (his first name is not the client's): 'C'est mensualisé,"
        " mais j'ai la facture annuelle sous les yeux : mille cent vingt euros, sur l'année'"
        " (1120, annuelle: the figure is given for the year), 'Quatre-vingt-quinze mètres carrés'"
        " (95), 'De l'ardoise' (ardoises), 'La rue est au nord. Donc le pan de derrière ... il est"
        " au sud' (sud), and to the twenty square metres 'Ça, je ne sais pas ... Il faudrait que"
        " je monte voir' (discussed but not answered: '-'); back to her: 'Je suis née en"
        " quarante-neuf' (77 in 2026), 'Deux enfants ... Veuve' (veuve, 2 enfants; the late"
        " husband was a fisherman, so activite_mr and age_mr stay '-'), 'J'étais factrice ..."
        " Retraitée depuis deux mille neuf' (retraitée), 'ma retraite et la pension de réversion"
        " ... mille sept cent quatre-vingts par mois' (1780 euros par mois), the son's 'samedi, en"
        " fin de matinée. Onze heures' relayed by her (samedi fin de matinée, 11h), the landline"
        " the agent reads and she confirms (main) and her son's mobile she is told to add (tel2:"
        " the other number given for the lead)",
        """
        A: Bonjour madame, Hugo, de Normandie Énergies Nouvelles. Madame Vatinel ?
        C: Oui, c'est moi, Huguette Vatinel. C'est pour les panneaux, c'est ça ? C'est mon fils qui
           a rempli le papier, sur l'ordinateur. Moi, l'ordinateur...
        A: C'est bien ça, madame. Je vérifie l'orthographe : V, A, T, I, N, E, L ?
        C: V comme Victor, oui. C'est un nom d'ici, il y a des Vatinel dans tous les cimetières du
           pays de Caux.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui. On l'a achetée avec mon mari en soixante-quinze. Il nous a quittés il y a quatre ans
           ; il était marin, sur les chalutiers. Maintenant, je suis toute seule dedans.
        A: Je suis désolé, madame. Et l'adresse ?
        C: Vingt-huit, rue des Terre-Neuvas. Soixante-seize mille deux cents, Dieppe. Au Pollet, le
           quartier des marins, de l'autre côté du pont. De ma fenêtre, je vois le ferry partir pour
           l'Angleterre. Tous les matins il klaxonne, je pourrais régler ma pendule dessus.
        A: 28 rue des Terre-Neuvas, 76200 Dieppe. Comment vous vous chauffez ?
        C: Au gaz. Une chaudière ; mon fils me l'a fait changer l'année dernière, l'ancienne avait
           trente ans.
        A: Et votre facture d'électricité, vous savez combien c'est ?
        C: Oh, ça, non. C'est Franck qui paie tout par internet, pour moi. Il est là, justement, il
           est venu déjeuner. Franck ! C'est le monsieur des panneaux. Je vous le passe.
        C: Bonjour, Franck Vatinel, le fils. L'électricité de ma mère ? C'est mensualisé, mais j'ai
           la facture annuelle sous les yeux, sur mon téléphone : mille cent vingt euros, sur
           l'année.
        A: Mille cent vingt par an, merci. La surface de la maison ?
        C: Quatre-vingt-quinze mètres carrés, sur deux niveaux. Une maison de pêcheur, en brique,
           étroite et haute.
        A: Et la toiture ?
        C: De l'ardoise. Je l'ai fait vérifier après la tempête de l'hiver dernier, elle est en bon
           état.
        A: Vous savez comment elle est orientée ?
        C: La rue est au nord. Donc le pan de derrière, côté cour, il est au sud. C'est là que ma
           mère fait sécher son linge, d'ailleurs.
        A: Pour une installation, il faut une vingtaine de mètres carrés libres sur le toit.
        C: Ça, je ne sais pas. Il y a la cheminée, un vasistas... Il faudrait que je monte voir. Je
           vous repasse maman, pour le reste.
        C: Oui, me revoilà.
        A: Votre âge, madame, si ce n'est pas indiscret ?
        C: Je suis née en quarante-neuf. Faites le calcul, moi, je ne compte plus.
        A: Et vous avez d'autres enfants que Franck ?
        C: Une fille, aussi, elle est à Rouen. Deux enfants, et cinq petits-enfants. Veuve, comme je
           vous disais.
        A: Vous travailliez dans quoi ?
        C: J'étais factrice. Trente-deux ans à La Poste, à vélo d'abord, puis en voiture jaune.
           Retraitée depuis deux mille neuf.
        A: Et vos revenus, approximativement ?
        C: Ma retraite et la pension de réversion de mon mari, ça fait mille sept cent quatre-vingts
           par mois.
        A: Merci. Quand est-ce qu'un conseiller peut vous rappeler ?
        C: Il faut que Franck soit là, hein, moi, je ne signe rien sans lui. Franck, quand ? ... Il
           dit samedi, en fin de matinée. Onze heures.
        A: Samedi, onze heures. Sur ce numéro, le 02 35 84 17 62 ?
        C: Oui, c'est mon numéro, depuis toujours. Et Franck dit de noter le sien aussi, au cas où :
           zéro six, quarante-huit, soixante-trois, zéro cinq, trente et un.
        A: 06 48 63 05 31. Merci, madame Vatinel, bonne journée.
        C: Merci, jeune homme. Au revoir.
        """,
        client="Mme",
        objections="ne signe rien sans son fils",
        client_first_name_data_ia="Huguette",
        client_last_name_data_ia="Vatinel",
        client_phone_number="0235841762",
        client_city_data_ia="Dieppe",
        client_address_data_ia="28 rue des Terre-Neuvas",
        client_postal_code_data_ia="76200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="1120",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="95",
        toiture_data_ia="ardoises",
        orientation_data_ia="sud",
        age_mme_data_ia="77",
        situation_familiale_data_ia="veuve, 2 enfants",
        activite_mme_data_ia="retraitée",
        revenu_data_ia="1780 euros par mois",
        tel2_data_ia="0648630531",
        creneau_rappel_data_ia="samedi fin de matinée",
        heure_rappel_data_ia="11h",
        **_OWNER,
    ),
    _script(
        "h15_vitry_technicien",
        "a maintenance technician at Vitry-le-François to whom the agent states almost everything"
        " rather than asks ('Votre prénom : Damien.', 'Et Collard s'écrit C, O, deux L, A, R, D.',"
        " 'Vous êtes propriétaire de la maison.', 'Une maison de plain-pied de quatre-vingt-dix"
        " mètres carrés, d'après votre demande.', 'Et une toiture en tuiles.'), each confirmed:"
        " Damien Collard, owner with his partner (oui), '4 allée des Tilleuls', 'Le code, c'est le"
        " 51300', 'du propane ... une citerne enterrée' (gaz), 'Plus de cent euros, ça, c'est sûr'"
        " (plus_de_100, mensuelle: only the band is said, per month as asked), 'Quatre-vingt-dix,"
        " tout juste' (90; the garage is apart), 'Des tuiles mécaniques' (tuiles), the sunset seen"
        " from the sofa on the garden side 'Donc c'est l'ouest, non ?' (ouest), 'Vingt-cinq,"
        " trente mètres' (20m), 'Trente-sept ans', his partner 'Trente-quatre. Non, trente-cinq'"
        " (37, 35: the corrected age), 'Pacsés. Et une petite fille' (pacsé, 1 enfant), 'En CDI,"
        " depuis neuf ans' (CDI), she 'En CDD pour l'instant, jusqu'en juin, mais on lui a promis"
        " un CDI' (CDD: the contract she has now), 'Trente-neuf mille par an, à deux' (39000 euros"
        " par an), asks back about resale or self-consumption, the agent's 'jeudi soir, à"
        " dix-huit heures trente' accepted (jeudi soir, 18h30), and the mobile from the form with"
        " one pair swapped, put right ('Cinquante-quatre, pas quarante-cinq': 0621548739)",
        """
        A: Bonjour monsieur Collard, Sarah, de Champagne Solaire Habitat. Je vous appelle suite à
           votre demande d'étude photovoltaïque. J'ai quelques informations à compléter avec vous.
        C: Oui, bonjour. Allez-y.
        A: Votre prénom : Damien.
        C: Damien, oui.
        A: Et Collard s'écrit C, O, deux L, A, R, D.
        C: Avec un D à la fin, oui. Pas un T.
        A: Vous êtes propriétaire de la maison.
        C: Oui, depuis six ans. Avec ma compagne, on a acheté ensemble.
        A: L'adresse : 4, allée des Tilleuls, à Vitry-le-François.
        C: C'est ça. Le code, c'est le 51300. On est dans le lotissement derrière le lycée, les
           maisons toutes pareilles.
        A: Le chauffage.
        C: Du gaz. Enfin, du propane : on n'a pas le gaz de ville dans le lotissement, on a une
           citerne enterrée dans le jardin. Le camion vient deux fois par an.
        A: La facture d'électricité, par mois.
        C: Euh... là, je ne sais pas au juste. Plus de cent euros, ça, c'est sûr. Ma compagne vous
           dirait combien, mais au-dessus de cent, en tout cas.
        A: Une maison de plain-pied de quatre-vingt-dix mètres carrés, d'après votre demande.
        C: Quatre-vingt-dix, tout juste. Plus le garage, mais il n'est pas chauffé.
        A: Et une toiture en tuiles.
        C: Des tuiles mécaniques, rouges. Comme tout le lotissement, c'était dans le règlement.
        A: L'orientation du toit.
        C: Ouh là. Le soleil se couche côté jardin, je le vois du canapé, l'été. Et le grand pan est
           côté jardin. Donc c'est l'ouest, non ?
        A: C'est l'ouest. Il faut une vingtaine de mètres carrés libres.
        C: Sur ce pan-là, il n'y a rien. Vingt-cinq, trente mètres, je pense.
        A: Votre âge.
        C: Trente-sept ans.
        A: Et celui de votre compagne.
        C: Trente-quatre. Non, trente-cinq : elle a eu son anniversaire la semaine dernière. Si elle
           apprend que je me suis trompé, je suis mort.
        A: Vous êtes mariés, pacsés ?
        C: Pacsés. Et une petite fille, elle a trois ans.
        A: Votre profession.
        C: Technicien de maintenance, dans une usine de la zone, on fait des pièces pour
           l'automobile. En CDI, depuis neuf ans.
        A: Et celle de votre compagne.
        C: Aide-soignante, à l'EHPAD. En CDD pour l'instant, jusqu'en juin, mais on lui a promis un
           CDI.
        A: Le revenu annuel du foyer.
        C: Trente-neuf mille par an, à deux. Un peu plus avec les primes, peut-être.
        A: Un conseiller vous rappellera jeudi soir, à dix-huit heures trente.
        C: Jeudi ? Ça me va, je serai rentré. Au fait, c'est de la revente ou de l'autoconsommation,
           ce que vous proposez ? Mon beau-frère dit que la revente, ça ne rapporte plus rien.
        A: Les deux sont possibles ; le conseiller vous fera les deux calculs. Le numéro que j'ai,
           c'est le 06 21 45 87 39.
        C: Non, c'est... attendez. Zéro six, vingt et un, cinquante-quatre, quatre-vingt-sept,
           trente-neuf. Cinquante-quatre, pas quarante-cinq : j'ai dû inverser en remplissant le
           formulaire.
        A: 06 21 54 87 39, c'est corrigé. Merci, monsieur Collard, bonne journée.
        C: Merci. Au revoir.
        """,
        client="Mr",
        objections="doute de la rentabilité de la revente",
        client_first_name_data_ia="Damien",
        client_last_name_data_ia="Collard",
        client_phone_number="0621548739",
        client_city_data_ia="Vitry-le-François",
        client_address_data_ia="4 allée des Tilleuls",
        client_postal_code_data_ia="51300",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="plus_de_100",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="90",
        toiture_data_ia="tuiles",
        orientation_data_ia="ouest",
        toit_libre="20m",
        age_mr_data_ia="37",
        age_mme_data_ia="35",
        situation_familiale_data_ia="pacsé, 1 enfant",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="CDD",
        revenu_data_ia="39000 euros par an",
        creneau_rappel_data_ia="jeudi soir",
        heure_rappel_data_ia="18h30",
        **_OWNER,
    ),
    _script(
        "h15_forbach_mineur",
        "a retired miner at Forbach, grandson of a Polish miner, who names himself and spells his"
        " surname before he is asked (Stanislas Kowalczyk), warns he gives no card number on the"
        " phone, 'Elle est à nous ... on l'a rachetée aux Houillères' (oui), '9 rue des Pinsons',"
        " and corrects his own postal code ('Cinquante-sept, huit cents... Non, qu'est-ce que je"
        " raconte, ça, c'est Freyming ... Cinquante-sept, six cents. Cinq, sept, six, zéro, zéro':"
        " 57600, the town Forbach, Wiesberg its district; the known address was never wrong, so"
        " adresse_modifiee 0), 'Au gaz. Une chaudière à condensation' (gaz; the coal was before);"
        " his wife Irène takes the phone (her first name is not the client's): 'quatre-vingt-huit"
        " euros par mois' (88, mensuelle), 'Avec le grenier, ça fait cent' (100: the figure she"
        " settles on), 'Des tuiles' (tuiles), his 'le soleil se lève côté jardin et se couche côté"
        " rue. Il y a un pan de chaque côté' relayed by her (est-ouest), free roof space never"
        " discussed ('-'), 'Moi, soixante-neuf ans. Lui, soixante et onze' (69, 71), 'Mariés ..."
        " trois enfants' in the client's gender (marié, 3 enfants: the client is the husband who"
        " took the call and comes back for the slot, entretien Mr), he 'à la retraite depuis"
        " quatre-vingt-seize' (retraité), she 'j'ai toujours été femme au foyer' (femme au foyer:"
        " no other status said), 'deux mille six cents par mois' (2600 euros par mois); back to"
        " him: 'Lundi après-midi. Deux heures et demie' (lundi après-midi, 14h30), the landline"
        " in pairs (main)",
        """
        A: Bonjour monsieur, Léa, de Lorraine Soleil Énergie. Je suis bien chez monsieur Kowalczyk ?
        C: Kowalczyk, oui ; vous l'avez bien dit, bravo, d'habitude on me massacre. Stanislas
           Kowalczyk. Ça s'écrit K, O, W, A, L, C, Z, Y, K. Mon grand-père est venu de Pologne pour
           la mine, en vingt-neuf.
        A: Merci, monsieur. Vous avez demandé une étude pour des panneaux solaires...
        C: Oui, oui, c'est moi. Ma petite-fille m'a aidé, sur l'ordinateur. Mais je vous préviens :
           je ne donne pas ma carte bancaire au téléphone, hein. On en a eu, des escrocs, dans la
           cité.
        A: Nous ne demandons jamais de coordonnées bancaires, monsieur. Vous êtes propriétaire de
           votre maison ?
        C: Elle est à nous. Une maison de la cité ; on l'a rachetée aux Houillères en
           quatre-vingt-sept, quand ils ont tout vendu.
        A: Et votre adresse ?
        C: Neuf, rue des Pinsons. Cinquante-sept, huit cents... Non, qu'est-ce que je raconte, ça,
           c'est Freyming, là où habite ma fille. Cinquante-sept, six cents. Cinq, sept, six, zéro,
           zéro. Forbach, au Wiesberg.
        A: 9 rue des Pinsons, 57600 Forbach. Vous vous chauffez comment ?
        C: Au gaz. Une chaudière à condensation, on l'a changée il y a deux ans. Avant, on avait le
           charbon, comme tout le monde ici, le charbon de la mine. C'était le bon temps.
        A: Et votre facture d'électricité ?
        C: Ça, c'est ma femme. Irène ! Viens, c'est la dame pour le soleil. ... Elle arrive.
        C: Allô ? Bonjour madame. L'électricité... on paie quatre-vingt-huit euros par mois. C'est
           prélevé le cinq.
        A: Merci, madame. Vous connaissez la surface de la maison ?
        C: Quatre-vingts mètres carrés en bas, et le grenier, qu'on a aménagé pour les
           petits-enfants. Avec le grenier, ça fait cent.
        A: Cent mètres carrés. Et la toiture ?
        C: Des tuiles. Mon mari les a refaites lui-même, il y a vingt ans, avec son frère.
        A: Le toit est orienté comment ?
        C: Ça, je ne sais pas. Stanislas ? ... Il dit que le soleil se lève côté jardin et se couche
           côté rue. Il y a un pan de chaque côté.
        A: Ça fait est et ouest. Et vos âges, madame ?
        C: Moi, soixante-neuf ans. Lui, soixante et onze.
        A: Vous avez des enfants ?
        C: Mariés depuis quarante-huit ans, trois enfants, et sept petits-enfants. La plus grande,
           c'est celle de l'ordinateur.
        A: Votre mari travaillait à la mine ?
        C: Au fond, d'abord, au puits Simon, puis électricien au jour. Il est à la retraite depuis
           quatre-vingt-seize : à la mine, on partait tôt. Moi, j'ai élevé les enfants, j'ai
           toujours été femme au foyer.
        A: Et vos revenus, à peu près ?
        C: Avec sa retraite des Houillères, deux mille six cents par mois. Je vous repasse mon mari,
           pour le rendez-vous.
        C: Oui. Alors, quand ?
        A: Quel moment vous arrange, pour que le conseiller vous rappelle ?
        C: Lundi après-midi. Deux heures et demie, après ma sieste. Avant, ce n'est pas la peine.
        A: Lundi, quatorze heures trente. Sur quel numéro ?
        C: Le fixe : zéro trois, quatre-vingt-sept, quatre-vingt-sept, douze, quarante.
        A: 03 87 87 12 40. Merci, monsieur Kowalczyk.
        C: Merci à vous. Et pas d'escrocs, hein !
        """,
        client="Mr",
        objections="méfiance envers les escrocs (ne donne pas sa carte bancaire)",
        client_first_name_data_ia="Stanislas",
        client_last_name_data_ia="Kowalczyk",
        client_phone_number="0387871240",
        client_city_data_ia="Forbach",
        client_address_data_ia="9 rue des Pinsons",
        client_postal_code_data_ia="57600",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="88",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="100",
        toiture_data_ia="tuiles",
        orientation_data_ia="est-ouest",
        age_mr_data_ia="71",
        age_mme_data_ia="69",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="femme au foyer",
        revenu_data_ia="2600 euros par mois",
        creneau_rappel_data_ia="lundi après-midi",
        heure_rappel_data_ia="14h30",
        **_OWNER,
    ),
    _script(
        "h15_remiremont_coiffeuse",
        "a hairdresser at Remiremont with a colour on a client's head who answers nearly every"
        " question before the agent ends it ('Et la surf...' 'Cent vingt'): her first name spelt"
        " ('Maud. M, A, U, D. Sans E à la fin'), the surname the agent starts and she finishes"
        " ('Et Valdenaire, V, A, L...' '...D, E, N, A, I, R, E'), 'Oui, avec mon mari' (oui), '16"
        " rue du Calvaire', 'Quatre-vingt-huit mille deux cents, Remiremont' (88200), 'Un poêle à"
        " granulés. Il chauffe toute la maison' (bois; the oil was before), 'Huit cent soixante"
        " par an ... la régularisation' (860, annuelle), 'Cent vingt. Enfin, cent vingt"
        " habitables' (120; the barn does not count), 'En tuiles' (tuiles), 'Le grand pan est côté"
        " jardin, et le jardin est au sud. Donc sud' (sud), 'Vingt, trente mètres, sûrement' (20m),"
        " asks back about snow, 'Je suis de quatre-vingt-un. Mon mari, trois ans de plus' (45 and"
        " 48 in 2026), 'Deux ... Mariés' (mariée, 2 enfants), 'mon salon ... Je suis à mon compte"
        " depuis deux mille douze' (indépendante depuis 14 ans), he 'scieur, à la scierie' (scieur:"
        " the job, no status said), the income not given ('-'), 'Lundi matin, neuf heures ?'"
        " (lundi matin, 9h), her mobile in pairs (main)",
        """
        A: Bonjour madame, Julien, de Vosges Habitat Solaire. Madame Valdenaire ?
        C: Oui ! C'est pour les panneaux ? Je vous attendais. J'ai dix minutes, j'ai une couleur qui
           pose : je suis coiffeuse, il faut que je rince dans dix minutes pile.
        A: Alors je fais vite. Votre prénom, c'est...
        C: Maud. M, A, U, D. Sans E à la fin, on me le met toujours.
        A: Et Valdenaire, V, A, L...
        C: ...D, E, N, A, I, R, E. Un vrai nom des Vosges, ça.
        A: Vous êtes propriétaire de...
        C: Oui, avec mon mari. C'était la maison de ma grand-mère, on l'a rachetée à mes oncles.
        A: Et l'adresse, c'est...
        C: Seize, rue du Calvaire. Quatre-vingt-huit mille deux cents, Remiremont. La rue qui monte,
           après les arcades.
        A: 16 rue du Calvaire, 88200 Remiremont. Le chauffage, vous...
        C: Un poêle à granulés. Il chauffe toute la maison ; on l'a mis il y a trois ans. Avant,
           c'était le fioul, une horreur, ça sentait dans toute la cave.
        A: La facture d'électri...
        C: Huit cent soixante par an. Je l'ai reçue la semaine dernière, la régularisation, alors je
           m'en souviens.
        A: Huit cent soixante par an. Et la surf...
        C: Cent vingt. Enfin, cent vingt habitables. Il y a la grange en plus, mais elle ne compte
           pas : il y a la voiture et le bois dedans.
        A: Le toit, il est...
        C: En tuiles. Des tuiles rouges, refaites avant qu'on achète. Pour la neige, c'est costaud.
        A: Et vous savez vers où...
        C: Le grand pan est côté jardin, et le jardin est au sud. Donc sud. Ma grand-mère faisait
           pousser ses tomates contre le mur, c'est dire.
        A: Il faut une vingtaine de mètres carrés libres sur le toit.
        C: Il y a deux velux, mais le reste est libre. Vingt, trente mètres, sûrement. Et l'hiver,
           quand il y a cinquante centimètres de neige dessus, ça marche quand même, vos panneaux ?
        A: Moins bien sous la neige, mais elle glisse vite sur les panneaux ; le conseiller vous
           donnera la production mois par mois. Votre âge, madame ?
        C: Je suis de quatre-vingt-un. Mon mari, trois ans de plus.
        A: Vous avez des en...
        C: Deux. Deux ados, quinze et treize ans. Mariés, hein, depuis vingt ans.
        A: Vous avez votre propre salon ?
        C: Oui, mon salon, en ville, près de l'abbaye. Je suis à mon compte depuis deux mille douze.
           Mon mari, il est scieur, à la scierie du village d'à côté. Il rentre couvert de sciure,
           c'est moi qui passe l'aspirateur.
        A: Et le revenu du foyer, environ ?
        C: Ah, ça, je ne sais pas trop : le salon, ça varie d'un mois à l'autre. Vous verrez avec le
           conseiller.
        A: Pour le rappel, quel...
        C: Le lundi, le salon est fermé. Lundi matin, neuf heures ? Après, je fais les courses.
        A: Lundi, neuf heures. Sur quel numéro ?
        C: Mon portable : zéro six, soixante-deux, dix-neuf, quatre-vingt-quatre, cinquante. Bon, ma
           cliente, je file. Au revoir !
        A: Au revoir, madame Valdenaire.
        """,
        client="Mme",
        objections="se demande si les panneaux produisent sous la neige",
        client_first_name_data_ia="Maud",
        client_last_name_data_ia="Valdenaire",
        client_phone_number="0662198450",
        client_city_data_ia="Remiremont",
        client_address_data_ia="16 rue du Calvaire",
        client_postal_code_data_ia="88200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="860",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="120",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="48",
        age_mme_data_ia="45",
        situation_familiale_data_ia="mariée, 2 enfants",
        activite_mr_data_ia="scieur",
        activite_mme_data_ia="indépendante depuis 14 ans",
        creneau_rappel_data_ia="lundi matin",
        heure_rappel_data_ia="9h",
        **_OWNER,
    ),
    _script(
        "h15_amberieu_electricien",
        "an electrician at Ambérieu-en-Bugey, leaving a building site, who names himself (Grégory"
        " Bouchet), confirms the spelt surname and asks back at once about resale or"
        " self-consumption with a battery; 'on a fait construire' (oui), '3 impasse des"
        " Buissons', 'Ambérieu-en-Bugey. Zéro un, cinq cents' (01500; Lyon is where he worked"
        " before), 'Une PAC air-eau' (pompe à chaleur), 'Entre quatre-vingts et cent par mois, je"
        " dirais' (entre 80 et 100, mensuelle: only the band is said), 'Cent quinze mètres carrés'"
        " (115), 'Des tuiles béton' (tuiles; the steel sheet is what he would have preferred),"
        " 'Plein sud' (sud), 'le pan sud fait une quarantaine de mètres carrés, rien dessus'"
        " (20m), his own age corrected ('Trente-neuf ans. Non, attendez... quarante !': 40), his"
        " wife 'Elle est de quatre-vingt-huit' (38 in 2026), 'Deux, et un troisième en route ... On"
        " est mariés' (marié, 2 enfants: the child on the way is not yet born), 'électricien, à mon"
        " compte depuis deux mille dix-neuf' (indépendant depuis 7 ans), she 'professeure des"
        " écoles' (the job, no status said), 'Quatre mille cinq cents par mois, à peu près' (4500"
        " euros par mois), 'Vendredi, en fin d'après-midi ... Dix-sept heures ?' (vendredi fin"
        " d'après-midi, 17h), the mobile the agent reads and he confirms (main)",
        """
        A: Bonjour monsieur, Chloé, de Bugey Soleil Énergies. Monsieur Bouchet ?
        C: Oui, Grégory Bouchet. Attendez, je sors du chantier, il y a une disqueuse... Voilà, c'est
           mieux.
        A: Vous avez demandé une étude pour des panneaux solaires. Je vérifie votre nom : B, O, U,
           C, H, E, T ?
        C: C'est ça. Et je vous préviens, je suis électricien, alors je vais vous poser des
           questions, moi aussi. Vous faites de la revente totale ou de l'autoconsommation ? Parce
           que ce que je veux, c'est de l'autoconsommation, avec une batterie.
        A: On fait les deux, et le conseiller vous chiffrera l'autoconsommation avec batterie. Vous
           êtes propriétaire ?
        C: Oui, on a fait construire il y a quatre ans. J'ai fait toute l'électricité moi-même,
           d'ailleurs.
        A: Et l'adresse ?
        C: Trois, impasse des Buissons, à Ambérieu. Ambérieu-en-Bugey. Zéro un, cinq cents.
        A: 3 impasse des Buissons, 01500 Ambérieu-en-Bugey. Le chauffage, c'est...
        C: Une PAC air-eau, avec des radiateurs basse température. C'est un collègue chauffagiste
           qui l'a posée, moi, j'ai fait le raccordement.
        A: Et la facture d'électricité ?
        C: Entre quatre-vingts et cent par mois, je dirais. Je n'ai pas regardé exactement, c'est ma
           femme qui gère les comptes.
        A: La surface de la maison ?
        C: Cent quinze mètres carrés.
        A: Et le toit ?
        C: Tuiles. Des tuiles béton, grises : le lotissement l'imposait. Moi, j'aurais préféré du
           bac acier, c'est plus simple pour fixer les rails.
        A: Et l'orientation ?
        C: Plein sud. Je l'avais demandé à l'architecte, justement, pour mettre des panneaux un
           jour. Et le pan sud fait une quarantaine de mètres carrés, rien dessus, pas un velux.
        A: Parfait. Votre âge, monsieur ?
        C: Trente-neuf ans. Non, attendez... quarante ! Quarante depuis mars. Je n'arrive pas à m'y
           faire.
        A: Et votre épouse ?
        C: Elle est de quatre-vingt-huit.
        A: Vous avez des enfants ?
        C: Deux, et un troisième en route, pour septembre. On est mariés depuis dix ans.
        A: Félicitations. Vous êtes à votre compte ?
        C: Oui, électricien, à mon compte depuis deux mille dix-neuf. Avant, j'étais salarié à Lyon,
           mais une heure de route matin et soir, c'était trop. Ma femme est professeure des écoles,
           ici, à Ambérieu.
        A: Et le revenu du foyer, environ ?
        C: Quatre mille cinq cents par mois, à peu près. Ça bouge un peu, avec les chantiers.
        A: Merci. Quand est-ce que le conseiller peut vous rappeler ?
        C: Vendredi, en fin d'après-midi, je finis tôt. Dix-sept heures ?
        A: Vendredi, dix-sept heures. Sur le 06 87 23 45 19 ?
        C: Oui, c'est mon portable pro, je l'ai toujours sur moi.
        A: Très bien. Merci, monsieur Bouchet, bonne journée.
        C: Merci. Et dites au conseiller de venir avec la fiche technique des onduleurs, hein !
        """,
        client="Mr",
        objections="veut de l'autoconsommation avec batterie ; exigeant sur le matériel",
        client_first_name_data_ia="Grégory",
        client_last_name_data_ia="Bouchet",
        client_phone_number="0687234519",
        client_city_data_ia="Ambérieu-en-Bugey",
        client_address_data_ia="3 impasse des Buissons",
        client_postal_code_data_ia="01500",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="entre 80 et 100",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="115",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="40",
        age_mme_data_ia="38",
        situation_familiale_data_ia="marié, 2 enfants",
        activite_mr_data_ia="indépendant depuis 7 ans",
        activite_mme_data_ia="professeure des écoles",
        revenu_data_ia="4500 euros par mois",
        creneau_rappel_data_ia="vendredi fin d'après-midi",
        heure_rappel_data_ia="17h",
        **_OWNER,
    ),
    _script(
        "h15_briancon_chambres_hotes",
        "a woman who runs guest rooms in a converted farm above Briançon and first takes the agent"
        " for a booking; she confirms her spelt surname ('Avec un Y': Eyraud) and gives her first"
        " name with its E (Pascale), owner of her husband's family farm (oui), '11 chemin des"
        " Mélèzes', 'Le 05100, Briançon' (05100; Vauban's forts are the view), 'Au bois. Une"
        " chaudière à plaquettes' (bois), 'Quatre-vingt-deux euros par mois' (82, mensuelle),"
        " 'Deux cents mètres carrés, avec les trois chambres' (200); her husband Jean-Luc takes the"
        " phone for the roof (his first name is not the client's): 'Du bac acier ... avant,"
        " c'étaient des bardeaux de mélèze' (bac acier: the roof now), 'Le long pan regarde la"
        " vallée, plein sud' (sud), the agent stating 'Il y a de la place, sur le pan sud' and"
        " 'Soixante mètres carrés, facile' (20m), asks back about snow, his own 'Cinquante-huit'"
        " (58); back to her: 'j'ai cinquante-deux ans' (52), 'Mariés, oui, et trois enfants'"
        " (mariée, 3 enfants; Grenoble and Serre-Chevalier are the children's), 'je suis à mon"
        " compte depuis six ans' (indépendante depuis 6 ans), he 'guide de haute montagne' (the"
        " job, no status said), 'On déclare quarante-quatre mille par an, à deux' (44000 euros par"
        " an), 'Lundi, en fin de matinée. Vers onze heures et quart' (lundi fin de matinée,"
        " 11h15), her mobile in pairs rather than the bookings landline, which is never said"
        " (main, no second number)",
        """
        A: Bonjour madame, Maxime, d'Alpes du Sud Énergie. Madame Eyraud ?
        C: Oui, bonjour. C'est pour une réservation ? Pour février, je suis complète, je vous
           préviens tout de suite.
        A: Non, madame, c'est pour votre demande d'étude de panneaux solaires.
        C: Ah, les panneaux ! Pardon, je croyais que c'était un client. Je tiens des chambres
           d'hôtes, le téléphone sonne toute la journée. Oui, je vous écoute.
        A: Je vérifie votre nom : Eyraud, E, Y, R, A, U, D ?
        C: Avec un Y, oui, c'est ça. Et le prénom, c'est Pascale, avec un E.
        A: Merci. Vous êtes propriétaire ?
        C: Oui. C'est l'ancienne ferme de la famille de mon mari ; on l'a transformée en chambres
           d'hôtes il y a six ans.
        A: Et l'adresse ?
        C: Onze, chemin des Mélèzes. Le 05100, Briançon. On est au-dessus de la ville : depuis la
           terrasse, on voit toutes les fortifications de Vauban. Les clients adorent.
        A: 11 chemin des Mélèzes, 05100 Briançon. Comment vous chauffez la maison ?
        C: Au bois. Une chaudière à plaquettes, dans l'ancienne étable. Le bois vient des forêts de
           la commune.
        A: Votre facture d'électricité ?
        C: Quatre-vingt-deux euros par mois. On a un contrat, c'est prélevé.
        A: Et la surface ?
        C: Deux cents mètres carrés, avec les trois chambres. C'est grand, une ferme.
        A: Et la toiture ?
        C: Le toit, c'est mon mari. Jean-Luc ! Viens, c'est pour les panneaux. ... Il rentre d'une
           course, il a encore ses chaussures de montagne.
        C: Bonjour. Le toit ? Du bac acier. On l'a refait il y a dix ans ; avant, c'étaient des
           bardeaux de mélèze, mais ça pourrissait.
        A: Bonjour monsieur. Et il est orienté comment ?
        C: Le long pan regarde la vallée, plein sud. L'autre côté, c'est la montagne, au nord, il
           n'y a rien à faire.
        A: Il y a de la place, sur le pan sud.
        C: Soixante mètres carrés, facile. Mais la neige y reste jusqu'en mars, certaines années. Ça
           produit, sous la neige ?
        A: Pas sous la neige, non, mais elle glisse vite sur les panneaux, et vous avez beaucoup de
           soleil le reste de l'année. Votre âge, monsieur ?
        C: Cinquante-huit. Je vous repasse Pascale, je suis en train de mettre de la boue partout.
        C: Me revoilà. Moi, j'ai cinquante-deux ans.
        A: Vous êtes mariés ? Des enfants ?
        C: Mariés, oui, et trois enfants, tous grands : un à Grenoble, deux qui font la saison à
           Serre-Chevalier.
        A: Et vos activités ?
        C: Moi, les chambres d'hôtes : je suis à mon compte depuis six ans. Avant, j'étais à
           l'intendance du lycée. Jean-Luc, lui, est guide de haute montagne.
        A: Et le revenu du foyer, environ ?
        C: On déclare quarante-quatre mille par an, à deux. Mais les chambres, ça dépend de la
           neige.
        A: Merci. Quand est-ce qu'un conseiller peut vous rappeler ?
        C: Lundi, en fin de matinée. Vers onze heures et quart : les chambres sont faites et les
           clients sont sur les pistes.
        A: Lundi, onze heures quinze. Sur quel numéro ?
        C: Mon portable, plutôt que le fixe des réservations : zéro six, quatre-vingt-un, trente,
           cinquante-sept, quatorze.
        A: 06 81 30 57 14. Merci, madame Eyraud.
        C: Merci à vous. Au revoir.
        """,
        client="Mme",
        objections="neige sur le toit jusqu'en mars",
        client_first_name_data_ia="Pascale",
        client_last_name_data_ia="Eyraud",
        client_phone_number="0681305714",
        client_city_data_ia="Briançon",
        client_address_data_ia="11 chemin des Mélèzes",
        client_postal_code_data_ia="05100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="82",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="200",
        toiture_data_ia="bac acier",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="58",
        age_mme_data_ia="52",
        situation_familiale_data_ia="mariée, 3 enfants",
        activite_mr_data_ia="guide de haute montagne",
        activite_mme_data_ia="indépendante depuis 6 ans",
        revenu_data_ia="44000 euros par an",
        creneau_rappel_data_ia="lundi fin de matinée",
        heure_rappel_data_ia="11h15",
        **_OWNER,
    ),
    _script(
        "h15_bagnols_vigneron",
        "a winegrower near Bagnols-sur-Cèze with a tractor waiting ('Roumanille ... Comme le"
        " poète'), who spells his first name ('Rémy. R, E accent aigu, M, Y. Avec un Y'), owns the"
        " family mas (oui), '2 chemin des Aires', 'Trente, deux cents, Bagnols. Bagnols-sur-Cèze'"
        " (30200), 'Le fioul. Une vieille chaudière ... une pompe à chaleur peut-être' (fioul: the"
        " heat pump is only thought of), 'Deux mille cent euros par an' with the borehole pump in"
        " it, the cold room at the cooperative not (2100, annuelle), 'Cent quatre-vingts mètres"
        " carrés' (180), 'Des tuiles canal' (tuiles), 'Le mas tourne le dos au mistral ... ils"
        " regardent le midi. Plein sud' (sud), 'Sur le mas, cinquante mètres au moins' after the"
        " agent states the twenty square metres (20m: the house's roof; the shed's three hundred"
        " square metres of sheet metal are not the house's roof), 'Soixante et un. Et ma femme,"
        " cinquante-neuf' (61, 59), 'Mariés depuis trente-cinq ans, trois enfants' (marié, 3"
        " enfants), 'Je suis installé à mon compte depuis quatre-vingt-dix-huit' (indépendant"
        " depuis 28 ans in 2026), she 'secrétaire de mairie. Titulaire : fonctionnaire"
        " territoriale' (fonctionnaire), the income refused ('-'), 'Mercredi, en début de soirée ?"
        " Six heures' (mercredi début de soirée, 18h), his mobile (main) and the mas's landline"
        " (tel2)",
        """
        A: Bonjour monsieur, Laura, de Gard Rhodanien Solaire. Monsieur Roumanille ?
        C: Roumanille, oui. Comme le poète, mais pas de la famille, tout le monde me le demande.
           Qu'est-ce que c'est ?
        A: Vous avez demandé une étude pour des panneaux solaires, sur notre site.
        C: Ah, oui. C'est ma fille qui m'a poussé : avec le soleil qu'on a ici, elle dit que c'est
           un crime de ne pas en mettre. Bon. Je vous écoute, mais faites vite, j'ai le tracteur qui
           m'attend.
        A: Votre prénom, c'est...
        C: Rémy. R, E accent aigu, M, Y. Avec un Y, pas un I, mon père y tenait.
        A: Vous êtes propriétaire ?
        C: Le mas est à moi. C'était à mes parents, et à mes grands-parents avant. On ne vend pas,
           chez nous.
        A: Et l'adresse ?
        C: Deux, chemin des Aires. Trente, deux cents, Bagnols. Bagnols-sur-Cèze. En sortant vers la
           rivière, le mas avec les deux cyprès.
        A: 2 chemin des Aires, 30200 Bagnols-sur-Cèze. Le chauffage ?
        C: Le fioul. Une vieille chaudière, elle a trente ans. On pense à changer, une pompe à
           chaleur peut-être, mais une chose à la fois.
        A: Et la facture d'électricité ?
        C: Deux mille cent euros par an. Mais il y a la pompe du forage dedans, pour arroser le
           potager. Et la chambre froide... non, la chambre froide, elle est à la cave coopérative.
           Deux mille cent, voilà.
        A: La surface de la maison ?
        C: Cent quatre-vingts mètres carrés. C'est un mas, les murs font un mètre d'épaisseur.
           L'été, il fait frais dedans, sans climatisation.
        A: Et la toiture, c'est...
        C: Des tuiles canal, vieilles comme le mas. Il y en a qui ont cent ans.
        A: Le toit est orienté comment ?
        C: Le mas tourne le dos au mistral. Le mistral vient du nord, alors la façade et le grand
           pan du toit, ils regardent le midi. Plein sud.
        A: Il faut une vingtaine de mètres carrés libres sur le toit.
        C: Sur le mas, cinquante mètres au moins. Mais moi, je vous dirais plutôt de regarder le
           hangar : trois cents mètres carrés de tôle, et rien dessus.
        A: Le conseiller regardera les deux. Votre âge, monsieur ?
        C: Soixante et un. Et ma femme, cinquante-neuf.
        A: Vous avez des enfants ?
        C: Mariés depuis trente-cinq ans, trois enfants. Ma fille, celle des panneaux, et deux
           garçons, dont un qui reprendra les vignes, j'espère.
        A: Vous êtes vigneron ?
        C: Vigneron, oui. J'apporte mes raisins à la cave coopérative. Je suis installé à mon compte
           depuis quatre-vingt-dix-huit, quand mon père a pris sa retraite. Ma femme, elle, est
           secrétaire de mairie. Titulaire : fonctionnaire territoriale.
        A: Et le revenu du foyer ?
        C: Ça, ça dépend de la récolte, et de la grêle. Je ne vous dirai pas de chiffre, ça ne veut
           rien dire d'une année sur l'autre.
        A: D'accord. Quand est-ce que le conseiller peut vous rappeler ?
        C: En ce moment, je suis dans les vignes toute la journée. Mercredi, en début de soirée ?
           Six heures.
        A: Mercredi, dix-huit heures. Sur quel numéro ?
        C: Le portable : zéro six, vingt-quatre, soixante-dix-neuf, trente et un, zéro six. Mais
           dans les vignes, ça ne capte pas toujours. Alors notez aussi le fixe du mas : zéro
           quatre, soixante-six, quatre-vingt-neuf, cinquante-deux, dix-sept.
        A: 06 24 79 31 06, et le fixe, 04 66 89 52 17. Merci, monsieur Roumanille.
        C: Au revoir, mademoiselle.
        """,
        client="Mr",
        objections="ne donne pas ses revenus",
        client_first_name_data_ia="Rémy",
        client_last_name_data_ia="Roumanille",
        client_phone_number="0624793106",
        client_city_data_ia="Bagnols-sur-Cèze",
        client_address_data_ia="2 chemin des Aires",
        client_postal_code_data_ia="30200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="2100",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="180",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="61",
        age_mme_data_ia="59",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="indépendant depuis 28 ans",
        activite_mme_data_ia="fonctionnaire",
        tel2_data_ia="0466895217",
        creneau_rappel_data_ia="mercredi début de soirée",
        heure_rappel_data_ia="18h",
        **_OWNER,
    ),
    _script(
        "h15_ceret_refus",
        "a firm refusal at Céret from a woman making cherry jam who cuts the agent off ('Non,"
        " merci. On n'en veut pas. Ni gratuites ni payantes'): she buys nothing on the phone, her"
        " son-in-law is an electrician at Le Boulou who would fit panels himself; what she lets"
        " fall: 'oui, on est propriétaires, oui, on habite à Céret' (oui, Céret), 'des vieilles"
        " tuiles catalanes, je ne veux pas qu'on y touche' (tuiles), 'mon mari a quatre-vingt-deux"
        " ans' (82, the husband's age); surname from the greeting, no first name, no number, 'ne"
        " me rappelez pas' (Non intéressant, Non)",
        """
        A: Bonjour madame, Romain, de Roussillon Énergie Solaire. Madame Puig ?
        C: Oui. C'est pour quoi ? Dépêchez-vous, j'ai des cerises sur le feu, je fais les
           confitures.
        A: Je vous appelle au sujet des panneaux photovoltaïques : nous proposons des études
           gratuites aux propriétaires de la région de Céret, et...
        C: Non, merci. On n'en veut pas. Ni gratuites ni payantes.
        A: Je comprends, madame. Je peux vous demander ce qui vous fait hésiter ?
        C: Je n'hésite pas, monsieur, je refuse. D'abord, on n'achète rien au téléphone, jamais. Et
           si un jour on en veut, des panneaux, notre gendre est électricien, au Boulou : il nous
           les posera lui-même, et pas à votre prix.
        A: L'étude est sans engagement, madame, elle permet juste de savoir ce que vous pourriez
           économiser...
        C: Sans engagement ! On connaît. Écoutez : oui, on est propriétaires, oui, on habite à
           Céret, en haut, au-dessus des arènes, et non, on ne veut pas. Le toit, ce sont des
           vieilles tuiles catalanes, je ne veux pas qu'on y touche. Et mon mari a quatre-vingt-deux
           ans, il ne va pas signer un crédit sur quinze ans.
        A: Je comprends tout à fait.
        C: Et ne me rappelez pas la semaine prochaine avec un autre prénom, hein. On connaît la
           méthode : un jour c'est Romain, le lendemain c'est Kevin, et c'est toujours la même
           boutique.
        A: Je note que vous ne souhaitez plus être contactée, madame. Vous ne serez pas rappelée.
        C: Merci. Bonne journée quand même, ce n'est pas votre faute, vous faites votre travail.
           Bon, mes cerises attachent. Au revoir.
        A: Au revoir, madame Puig.
        """,
        client="Mme",
        objections=(
            "refuse le démarchage téléphonique ; son gendre électricien poserait les panneaux ;"
            " ne veut pas toucher au toit ; pas de crédit (mari de 82 ans) ; ne pas rappeler"
        ),
        client_last_name_data_ia="Puig",
        client_city_data_ia="Céret",
        proprietaire_data_ia="oui",
        toiture_data_ia="tuiles",
        age_mr_data_ia="82",
        **_LOST,
    ),
    _script(
        "h15_chatellerault_locataire",
        "a single mother renting a small house at Châtellerault through an agency, who filled in"
        " an advert on social media; she names herself (Laurine Bodin) and confirms the spelt"
        " surname, '26 rue des Tanneurs, à Châtellerault. Quatre-vingt-six mille cent' (86100),"
        " 'Non, je loue' (non: Non intéressant), asks back whether one must own the house; what"
        " she gives anyway: 'Je suis à l'électrique, des convecteurs, et ça me coûte cent dix"
        " euros par mois' (électrique, 110, mensuelle; the hundred and ninety-four euros are her"
        " energy cheque, not the bill), 'Je suis caissière, en CDI, mais à temps partiel' (CDI),"
        " 'à trente-trois ans' (33), 'Séparée, oui. J'ai les garçons' with 'deux garçons' said"
        " before (séparée, 2 enfants); no number, no callback (Non)",
        """
        A: Bonjour madame, Alexandre, de Poitou Énergie Solaire. Madame Bodin ?
        C: Oui, c'est moi, Laurine Bodin. C'est pour le truc des panneaux ? J'ai rempli ça sur
           Facebook, il y avait marqué « divisez votre facture par deux ».
        A: C'est ça, madame. Je vérifie votre nom : B, O, D, I, N ?
        C: Oui, B, O, D, I, N. Bodin, comme... comme Bodin, quoi.
        A: Vous habitez une maison ou un appartement ?
        C: Une maison. Petite, mais une maison, avec un bout de jardin pour les garçons. Vingt-six,
           rue des Tanneurs, à Châtellerault. Quatre-vingt-six mille cent.
        A: 86100 Châtellerault. Et vous en êtes propriétaire ?
        C: Non, je loue. C'est une agence qui gère, je n'ai jamais vu le propriétaire. Pourquoi, il
           faut être propriétaire ?
        A: Pour poser des panneaux sur le toit, oui : c'est le propriétaire qui décide, et c'est lui
           qui touche les aides.
        C: Ah. Bah, ça... Ils ne changent même pas le joint de la douche, alors des panneaux. Moi,
           je voulais juste payer moins. Je suis à l'électrique, des convecteurs, et ça me coûte
           cent dix euros par mois. L'hiver, c'est plus, ils me régularisent derrière.
        A: Je comprends. Il existe d'autres aides pour les locataires, le chèque énergie, par
           exemple, selon vos revenus.
        C: Je l'ai, le chèque énergie. Cent quatre-vingt-quatorze euros, ça ne va pas loin. Je suis
           caissière, en CDI, mais à temps partiel, vingt-quatre heures. Avec deux garçons, à
           trente-trois ans, toute seule...
        A: Vous êtes seule avec eux ?
        C: Séparée, oui. J'ai les garçons toute la semaine ; leur père les prend un week-end sur
           deux.
        A: Je suis désolé de ne pas pouvoir vous proposer plus, madame. Le jour où vous serez
           propriétaire, n'hésitez pas à nous recontacter.
        C: Propriétaire... On peut rêver. Bon, merci quand même. Au revoir.
        A: Au revoir, madame Bodin.
        """,
        client="Mme",
        objections="locataire ; le propriétaire (agence) n'investira pas",
        client_first_name_data_ia="Laurine",
        client_last_name_data_ia="Bodin",
        client_city_data_ia="Châtellerault",
        client_address_data_ia="26 rue des Tanneurs",
        client_postal_code_data_ia="86100",
        proprietaire_data_ia="non",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="110",
        mensuelle_annuelle_data_ia="mensuelle",
        age_mme_data_ia="33",
        situation_familiale_data_ia="séparée, 2 enfants",
        activite_mme_data_ia="CDI",
        **_LOST,
    ),
    _script(
        "h15_tarnos_faux_numero",
        "a wrong number: the agent asks for madame Marie-Hélène Darrigade at Anglet; the man who"
        " answers lives alone with his dog 'à Tarnos, moi ... de l'autre côté de l'Adour', gets"
        " this lady's calls for the third time this month, 'à soixante-douze ans' (72), thirty"
        " years a docker at the port of Bayonne; the fiche describes him (city Tarnos, age 72,"
        " entretien 'Mr'), not the lead in the file (Anglet and her name are not gold; Bayonne is"
        " where he worked, Biarritz where the agent is); he says nothing of his home ('-')",
        """
        A: Bonjour monsieur, Anaïs, de Côte Basque Énergie. Je souhaiterais parler à madame
           Marie-Hélène Darrigade, s'il vous plaît.
        C: Darrigade ? Ah non, vous vous trompez. Il n'y a pas de madame Darrigade, ici. Il n'y a
           que moi, et le chien.
        A: Excusez-moi. J'ai ce numéro pour une demande d'étude de panneaux solaires, à Anglet.
        C: À Anglet ? Mais je suis à Tarnos, moi. C'est juste de l'autre côté de l'Adour, mais c'est
           les Landes, ce n'est pas le Pays basque. Ne confondez pas, hein, ils ne seraient pas
           contents, ni eux ni nous.
        A: Pardon, monsieur. Il doit y avoir une erreur dans le formulaire.
        C: Sûrement. C'est la troisième fois ce mois-ci qu'on me demande cette dame. Une fois pour
           des fenêtres, une fois pour une mutuelle... Elle a dû se tromper d'un chiffre, la pauvre.
        A: Je vais corriger notre fichier, vous ne serez plus appelé pour elle.
        C: Vous êtes gentille. Vous savez, à soixante-douze ans, le téléphone, c'est surtout les
           petits-enfants et les vendeurs. Trente ans docker au port de Bayonne, et maintenant, je
           promène le chien sur la plage et je regarde les surfeurs. Vous êtes d'où, vous ?
        A: De Biarritz, monsieur.
        C: Biarritz ! Alors vous voyez l'océan, vous aussi. Bon, je ne vous retiens pas. Si vous la
           trouvez, votre dame, dites-lui de vérifier son numéro.
        A: Je n'y manquerai pas. Bonne journée, monsieur, et pardon pour le dérangement.
        C: Au revoir, mademoiselle. Adishatz !
        """,
        client="Mr",
        objections="mauvais numéro",
        client_city_data_ia="Tarnos",
        age_mr_data_ia="72",
        **_LOST,
    ),
    _script(
        "h15_saint_amand_partiel",
        "a partial call: a lorry driver at the wheel on a hands-free kit who names himself"
        " (Thibault Auclair) and confirms the spelt surname with a quick 'Oui, oui', 'on a acheté"
        " l'an dernier' (oui), 'Saint-Amand-Montrond, dans le Cher, 18200' (18200; no street"
        " said), 'Au fioul. Une vieille chaudière' (fioul; the 'mille deux cents euros' are the"
        " October oil delivery, not the bill), 'Moins de quatre-vingts euros par mois, je crois'"
        " (moins_de_80, mensuelle: a band, hedged), a roundabout in the middle, 'Je suis chauffeur"
        " poids lourd' (the job, no status said; Bourges is his employer's town), then he reaches"
        " the loading bay before the surface, roof, ages or family are said ('-'): 'Ce soir. Après"
        " vingt heures' (ce soir, 20h) on the mobile the agent reads and he confirms (main)",
        """
        A: Bonjour monsieur, Océane, de Berry Énergie Solaire. Monsieur Auclair ?
        C: Oui, Thibault Auclair. Je suis au volant, en kit mains libres, je vous entends un peu
           mal. Allez-y, mais vite.
        A: C'est au sujet de votre demande d'étude pour des panneaux solaires. Auclair, A, U, C, L,
           A, I, R ?
        C: Oui, oui, c'est ça.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui, on a acheté l'an dernier. À Saint-Amand. Saint-Amand-Montrond, dans le Cher, 18200.
        A: Et vous vous chauffez comment ?
        C: Au fioul. Une vieille chaudière, c'est pour ça qu'on veut tout changer. La cuve, on l'a
           remplie en octobre : mille deux cents euros. Ça fait mal.
        A: Et votre facture d'électricité ?
        C: Moins de quatre-vingts euros par mois, je crois. J'ai tous les papiers à la maison,
           mais... Attendez, il y a un rond-point.
        C: Voilà. Vous disiez ?
        A: Vous travaillez sur la route ?
        C: Je suis chauffeur poids lourd. Je livre des palettes pour un transporteur de Bourges,
           dans toute la région. Là, j'arrive au quai, je vais devoir couper.
        A: Bien sûr. Quand est-ce que je peux vous rappeler ?
        C: Ce soir. Après vingt heures, je serai rentré, et j'aurai les factures sous les yeux.
        A: Ce soir, après vingt heures. Sur ce numéro, le 06 45 92 08 63 ?
        C: Oui, c'est mon portable. Allez, je vous laisse, le cariste me fait des signes. Au revoir
           !
        A: Au revoir, monsieur Auclair, à ce soir.
        """,
        client="Mr",
        objections="pas disponible (au volant) : rappel demandé",
        client_first_name_data_ia="Thibault",
        client_last_name_data_ia="Auclair",
        client_phone_number="0645920863",
        client_city_data_ia="Saint-Amand-Montrond",
        client_postal_code_data_ia="18200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="moins_de_80",
        mensuelle_annuelle_data_ia="mensuelle",
        activite_mr_data_ia="chauffeur poids lourd",
        creneau_rappel_data_ia="ce soir",
        heure_rappel_data_ia="20h",
        **_OWNER,
    ),
)


# A sixteenth held-out set (names ``h16_*``), written after HELD_OUT_15, by someone who read only
# this module's format and earlier sets, docs/quality.md's natural-voice set and its gold
# conventions, messages/lead.py and La Poste's communes list (for the code/town pairs): never the
# extractors, and none of them was run on it. Again a call centre's ordinary day, written fresh, in
# towns no earlier set used and spread across France, Guadeloupe and Corsica included (Cambrai,
# Bar-le-Duc, Châteaubriant, Apt, Albertville, Le Moule, Decazeville, Lourdes, Corte, Rochefort,
# Argentan, Ussel): eight owners, a firm refusal from a man once sold a heat pump that never worked,
# under lauzes in Corte's old town, a young mother renting a small house from a landlord she never
# sees, a wrong number answered by a young man who has had the number for three years, and a partial
# call from a home nurse's car between two patients. A wife, a daughter and a son-in-law take the
# phone for part of a call (a wife with the bill, her age and her job; a daughter with the bill, the
# surface, the roof and the callback; a son-in-law with the roof); agents read back and state rather
# than ask ('Votre prénom : Fabienne.', 'Le chauffage, c'est le fioul, d'après votre demande.', 'Une
# maison de cent trente mètres carrés, d'après votre demande.'); clients answer before the question
# ends ('Lafourcade, L, A, F, O, U, R...' '...C, A, D, E'; 'La facture d'électri...' 'Cent
# vingt-huit par mois'), ask back (a battery for the evening, hurricanes, winter fog, sun in
# Corrèze, where the agent calls from), wander (Cambrai's bêtises, the ville haute, the
# candied-fruit factory, the Découverte, the pilgrims' coach, the football at Caen), joke and
# hesitate ('euh', 'bah', 'Alors là...'). The client corrects a postal code (his mother's, Vertou's
# 44120, said first), a phone number (the last pair: 'quinze. Non, pas quinze : cinquante et un'), a
# surface (with the basement and the garage, then 'Habitable, c'est cent dix'), a callback day
# ('jeudi, je suis d'astreinte ... Vendredi matin') and a heating (oil, replaced by a pellet stove).
# Postal codes in pairs, as thousands, digit by digit and in digits; bills per month, per two months
# (turned into a month by the client), per year ('mensualisés' but given for the year) and as all
# three bands; ages direct, relative, from a birth year and beside traps (a boiler 'de deux mille
# quinze', 'Quatre-vingt-cinq en août', years married and at work); heating as town gas, heating
# oil, an air-to-water pump, inertia radiators, a wood stove and a pellet stove, and none at all in
# Guadeloupe; roofs of Flemish 'pannes', mechanical and 'canal' tiles, slate from Angers and
# Labassère, corrugated sheet and lauzes; orientations from the street to the north, the afternoon
# sun, the Luberon, sunrise over the sea, a mountain's shade, the sunset on the garden and a sunny
# roof whose side nobody knows; jobs with a status (CDI, CDD, 'titulaire ... Fonctionnaire', on
# one's own account since 2010 and for five and eleven years, retired, unemployed) and without (a
# childminder, a cane farmer); surnames spelt (Dequidt, Hervouët with its tréma, Agnel, Tochon,
# Monrose, Bessière, Lafourcade, Pouvreau, Lavergne) and first names spelt (Fabienne, Romuald,
# Hugues, Murielle, Ophélie, Armelle); callback slots given loosely ('Le soir, après dix-neuf
# heures, n'importe quel jour', 'L'après-midi, quand vous voulez. Sauf le jeudi', 'Plutôt en début
# de semaine') and settled. The set's year is 2026. The gold is what a careful human fills from each
# call; where a value is debatable, the summary says why. Nobody tunes on it: never rendered, never
# part of ``FULL`` or ``SUBSET``; ``python -m benchmarks.extraction_quality --held-out 16`` scores
# it from its reference text.
HELD_OUT_16: tuple[Script, ...] = (
    _script(
        "h16_cambrai_sucrerie",
        "a night-shift line operator at the Cambrai sugar works, just up, who confirms the surname"
        " the agent spells (Dequidt, 'Le D et le T à la fin, on ne les entend pas') and gives his"
        " first name (Lionel); the agent states 'Vous êtes propriétaire de la maison' (oui: five"
        " years of loan left), reads '18 rue des Béguines' and he adds 'Cinquante-neuf, quatre"
        " cents' (59400; the 'bêtises' are the town's sweets), 'Au gaz, une chaudière au gaz de"
        " ville ... Elle est de deux mille quinze' (gaz; 2015 is the boiler's year, not an age);"
        " his wife Corinne takes the phone (her first name is not the client's):"
        " 'quatre-vingt-sept euros par mois' (87, mensuelle; the January regularisation is no"
        " figure), 'Quarante-neuf ans' (49) and 'je suis assistante maternelle, à la maison' (the"
        " job, no status said; the three children she minds are not theirs); back to him:"
        " 'Quatre-vingt-quinze mètres carrés ... Plus la cave' (95), 'Des pannes, comme on dit"
        " ici, les tuiles flamandes' (tuiles), the street to the north and 'Le pan de derrière,"
        " côté cour, il est plein sud' (sud), 'vingt-cinq mètres, je dirais' after the agent"
        " states the twenty square metres (20m), 'Cinquante-deux ans' (52; twenty-four years"
        " married and twenty-two at the works are no ages), 'Mariés ... Deux enfants' (marié, 2"
        " enfants), 'Conducteur de ligne, en trois-huit. En CDI' (CDI), 'deux mille neuf cents par"
        " mois' (2900 euros par mois), 'Alors l'après-midi. Disons lundi, vers quinze heures ?'"
        " (lundi après-midi, 15h) and the landline in pairs (main)",
        """
        A: Bonjour monsieur, Manon, de Cambrésis Énergie Solaire. Monsieur Dequidt ?
        C: Oui, c'est moi. Vous tombez bien, je viens de me lever : je suis de nuit à la sucrerie,
           c'est la campagne des betteraves. C'est pour les panneaux ?
        A: C'est ça, vous avez fait une demande d'étude sur notre site. Je vérifie votre nom : D, E,
           Q, U, I, D, T ?
        C: Tout juste. Dequidt. Le D et le T à la fin, on ne les entend pas, mais ils y sont. Et le
           prénom, c'est Lionel.
        A: Merci, monsieur Dequidt. Vous êtes propriétaire de la maison.
        C: Oui. Une maison de ville, en briques, comme toutes les maisons d'ici. On l'a achetée il y
           a quinze ans, il nous reste cinq ans de crédit.
        A: L'adresse que j'ai, c'est le 18, rue des Béguines, à Cambrai.
        C: C'est bien ça. Cinquante-neuf, quatre cents. À deux pas de la place, là où on vend les
           bêtises, les bonbons. Vous connaissez ? Non ? Si vous passez par Cambrai, goûtez-en :
           c'est la seule bêtise qu'on a le droit de faire, ici.
        A: Je retiens. Vous vous chauffez comment ?
        C: Au gaz, une chaudière au gaz de ville, dans la cave. Elle est de deux mille quinze, elle
           tourne bien, on n'y touche pas.
        A: Et votre facture d'électricité, par mois ?
        C: Ah, ça, c'est ma femme qui fait les comptes. Corinne ! C'est pour l'électricité... Elle
           arrive, elle étendait le linge.
        C: Oui, bonjour madame. L'électricité, c'est quatre-vingt-sept euros par mois, prélevé. Il y
           a eu une régularisation en janvier, mais c'est quatre-vingt-sept, tous les mois.
        A: Quatre-vingt-sept par mois, merci. Puisque je vous ai, madame, votre âge ?
        C: Quarante-neuf ans. Et je vous réponds tout bas : je suis assistante maternelle, à la
           maison, j'ai trois petits en garde et ils font la sieste. Je vous repasse mon mari.
        C: Me revoilà. Elle vous a tout dit ? Bon.
        A: La surface de la maison, monsieur ?
        C: Quatre-vingt-quinze mètres carrés, sur deux niveaux. Plus la cave.
        A: Et le toit, il est en ardoises ?
        C: Non, en tuiles. Des pannes, comme on dit ici, les tuiles flamandes, en forme de S.
           Orange.
        A: Il est orienté comment ?
        C: La façade est sur la rue, au nord. Le pan de derrière, côté cour, il est plein sud :
           l'été, on ne peut pas rester dans la cour l'après-midi, tellement ça tape.
        A: Il faut une vingtaine de mètres carrés libres sur ce pan-là.
        C: Il y a une lucarne, au milieu. Mais de chaque côté... ça fait vingt-cinq mètres, je
           dirais. Oui, vingt-cinq.
        A: Parfait. Votre âge, monsieur ?
        C: Cinquante-deux ans.
        A: Vous êtes mariés ? Vous avez des enfants ?
        C: Mariés, oui, depuis vingt-quatre ans. Deux enfants : une fille à la fac, à Lille, et le
           grand, qui est dans l'armée.
        A: Et vous êtes à la sucrerie depuis longtemps ?
        C: Vingt-deux ans. Conducteur de ligne, en trois-huit. En CDI, évidemment, sinon je ne
           serais pas resté vingt-deux ans.
        A: Et le revenu du foyer, à peu près ?
        C: Avec ce que gagne ma femme... deux mille neuf cents par mois. Un peu plus pendant la
           campagne, avec les primes de nuit.
        A: Merci. Quand est-ce qu'un conseiller peut vous rappeler ?
        C: Pas cette semaine, je dors le jour. La semaine prochaine, je suis du matin. Alors
           l'après-midi. Disons lundi, vers quinze heures ?
        A: Lundi, quinze heures. Sur quel numéro ?
        C: Le fixe, c'est le plus simple : zéro trois, vingt-sept, quatre-vingt-un, quarante-six,
           quatre-vingt-douze.
        A: 03 27 81 46 92. Merci, monsieur Dequidt, et bon sommeil.
        C: Merci. Et n'oubliez pas les bêtises !
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Lionel",
        client_last_name_data_ia="Dequidt",
        client_phone_number="0327814692",
        client_city_data_ia="Cambrai",
        client_address_data_ia="18 rue des Béguines",
        client_postal_code_data_ia="59400",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="87",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="95",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="52",
        age_mme_data_ia="49",
        situation_familiale_data_ia="marié, 2 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="assistante maternelle",
        revenu_data_ia="2900 euros par mois",
        creneau_rappel_data_ia="lundi après-midi",
        heure_rappel_data_ia="15h",
        **_OWNER,
    ),
    _script(
        "h16_bar_le_duc_surface",
        "a préfecture receptionist at Bar-le-Duc to whom the agent states rather than asks ('Votre"
        " prénom : Fabienne.', 'Vous êtes propriétaire de la maison.', 'Le chauffage, c'est le"
        " fioul, d'après votre demande.', 'Et la toiture, de la tuile.'), each confirmed: her"
        " first name spelt ('F, A, B, I, E, deux N, E'), the surname from the greeting"
        " (Collignon), owner since 1998 (oui), '14 rue des Capucins' read by the agent,"
        " 'Cinquante-cinq mille' (55000; the ville haute is her district, no other town), 'Une"
        " chaudière au fioul' (fioul), 'Mille trois cent cinquante euros par an' (1350, annuelle),"
        " the surface corrected ('Cent quarante mètres carrés. Ah non, pardon ... c'est avec le"
        " sous-sol et le garage ... Habitable, c'est cent dix. Mettez cent dix': 110), 'De la"
        " tuile mécanique' (tuiles), 'Je ne saurais pas vous dire ... elle a le soleil toute la"
        " journée' (bien ensoleillée: a sunny roof whose side she does not know), free roof space"
        " never discussed ('-'), 'Je suis de soixante-quatre' (62 in 2026), 'Il a soixante-six"
        " ans' (66), he 'à la retraite, il était à la SNCF' (retraité), she 'Fonctionnaire, depuis"
        " presque quarante ans' (fonctionnaire), 'Mariés, trois enfants' (mariée, 3 enfants),"
        " 'trois mille quatre cents par mois' (3400 euros par mois), 'Plutôt en début de semaine"
        " ... Le lundi, en début d'après-midi ?' and the agent's 'quatorze heures' accepted (lundi"
        " début d'après-midi, 14h), her mobile dictated in digits (main)",
        """
        A: Bonjour madame Collignon, Thomas, de Meuse Énergies Renouvelables. Je vous appelle suite
           à votre demande d'étude pour des panneaux solaires ; j'ai votre formulaire sous les yeux,
           on va le compléter ensemble.
        C: Ah oui, bonjour. Allez-y. Mais je vous préviens, le bricolage, c'est mon mari ; moi, je
           sais juste ce qu'on paie.
        A: Votre prénom : Fabienne.
        C: Fabienne, oui. F, A, B, I, E, deux N, E. On me l'écrit souvent avec un seul N.
        A: Deux N, c'est noté. Vous êtes propriétaire de la maison.
        C: Oui, depuis quatre-vingt-dix-huit. Elle est payée, elle est à nous, enfin.
        A: L'adresse : 14, rue des Capucins, à Bar-le-Duc.
        C: C'est ça. Cinquante-cinq mille. Dans la ville haute, la partie ancienne, avec les
           vieilles façades. L'été, les touristes prennent des photos devant chez nous, je ne sais
           jamais où me mettre.
        A: Le chauffage, c'est le fioul, d'après votre demande.
        C: Le fioul, oui. Une chaudière au fioul, au sous-sol. On voudrait bien en changer, mais
           avec ce que ça coûte...
        A: Et la facture d'électricité.
        C: Euh... Mille trois cent cinquante euros par an. J'ai regardé le relevé annuel hier soir,
           exprès, je savais que vous alliez appeler.
        A: Mille trois cent cinquante par an. La surface de la maison.
        C: Cent quarante mètres carrés. Ah non, pardon, attendez : cent quarante, c'est avec le
           sous-sol et le garage, c'est ce qui est marqué sur la taxe foncière. Habitable, c'est
           cent dix. Mettez cent dix.
        A: Cent dix habitables. Et la toiture, de la tuile.
        C: De la tuile mécanique, oui. Refaite il y a dix ans, avec l'isolation.
        A: Vous savez comment elle est orientée ?
        C: Alors là... Je ne saurais pas vous dire, je n'ai aucun sens de l'orientation, je me perds
           dans un parking. Mais elle a le soleil toute la journée : pas un arbre, pas un immeuble
           devant, rien.
        A: C'est l'essentiel ; le conseiller regardera l'orientation exacte. Votre âge, madame ?
        C: Je suis de soixante-quatre. Faites le calcul, moi, je préfère ne pas.
        A: Et votre mari ?
        C: Il a soixante-six ans. Il est à la retraite, il était à la SNCF, contrôleur, pendant
           trente-cinq ans. Maintenant, il fait son jardin et il râle contre les limaces.
        A: Et vous-même, vous travaillez ?
        C: Encore deux ans. Je suis à l'accueil de la préfecture. Fonctionnaire, depuis presque
           quarante ans.
        A: Mariés, des enfants ?
        C: Mariés, trois enfants, et six petits-enfants. À Noël, on dort partout.
        A: Et le revenu du foyer, à peu près ?
        C: Avec sa retraite, trois mille quatre cents par mois.
        A: Merci. Un conseiller va vous rappeler pour la simulation.
        C: Plutôt en début de semaine, alors : le jeudi et le vendredi, je garde les petits-enfants.
           Le lundi, en début d'après-midi ?
        A: Lundi, quatorze heures ?
        C: Quatorze heures, parfait, le lundi je ne travaille que le matin. Et appelez-moi sur mon
           portable : 06 71 24 58 03.
        A: 06 71 24 58 03. Merci, madame Collignon, bonne journée.
        C: Merci, au revoir.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Fabienne",
        client_last_name_data_ia="Collignon",
        client_phone_number="0671245803",
        client_city_data_ia="Bar-le-Duc",
        client_address_data_ia="14 rue des Capucins",
        client_postal_code_data_ia="55000",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="1350",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="110",
        toiture_data_ia="tuiles",
        orientation_data_ia="bien ensoleillée",
        age_mr_data_ia="66",
        age_mme_data_ia="62",
        situation_familiale_data_ia="mariée, 3 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="fonctionnaire",
        revenu_data_ia="3400 euros par mois",
        creneau_rappel_data_ia="lundi début d'après-midi",
        heure_rappel_data_ia="14h",
        **_OWNER,
    ),
    _script(
        "h16_chateaubriant_code",
        "a farm-machinery mechanic at Châteaubriant who spells the tréma of his surname ('H, E, R,"
        " V, O, U, E tréma, T': Hervouët) and his first name ('R, O, M, U, A, L, D. Avec un D':"
        " Romuald), owner with his partner (oui), '27 rue des Forges', and corrects his own postal"
        " code ('Quarante-quatre, cent vingt... Non ! Cent dix. Quarante-quatre, cent dix. Cent"
        " vingt, c'est Vertou, c'est chez ma mère': 44110; Vertou is his mother's town and the"
        " known address was never wrong, so adresse_modifiee 0), 'Une pompe à chaleur air-eau ..."
        " à la place de la vieille chaudière au fioul' (pompe à chaleur), 'entre quatre-vingts et"
        " cent euros par mois' (entre 80 et 100, mensuelle: only the band is said), the agent"
        " stating 'Une maison de cent trente mètres carrés, d'après votre demande' and 'Cent"
        " trente, c'est ça' (130), 'De l'ardoise' (ardoises), 'Le grand pan prend le soleil"
        " l'après-midi, jusqu'au coucher' (ouest), 'il reste largement vingt mètres carrés' (20m),"
        " asks back about a battery for the evening, 'Trente-huit ans' (38), 'Elle est née en"
        " quatre-vingt-neuf' (37 in 2026), 'Pacsés. Deux enfants' (pacsé, 2 enfants), 'mécanicien"
        " agricole ... En CDI' (CDI), she 'infirmière libérale, elle est à son compte depuis cinq"
        " ans' (indépendante depuis 5 ans), 'Cinquante-deux mille par an' (52000 euros par an),"
        " 'Le soir, après dix-neuf heures, n'importe quel jour. Sauf le mercredi' settled by the"
        " agent's 'mardi soir, dix-neuf heures' (mardi soir, 19h), the mobile the agent reads and"
        " he confirms (main)",
        """
        A: Bonjour monsieur, Léna, de Loire Atlantique Solaire. Monsieur Hervouët ?
        C: Hervouët, oui, c'est moi. Bonjour.
        A: Vous avez fait une demande d'étude pour des panneaux photovoltaïques ; je vous appelle
           pour compléter le dossier. Je vérifie l'orthographe : H, E, R, V, O, U, E, T ?
        C: Avec un tréma sur le E. H, E, R, V, O, U, E tréma, T. Personne ne le met, même pas la
           banque.
        A: E tréma, c'est noté. Et votre prénom ?
        C: Romuald. R, O, M, U, A, L, D. Avec un D à la fin, pas un T.
        A: Merci. Vous êtes propriétaire ?
        C: Oui, avec ma compagne. On a acheté il y a quatre ans, une maison des années soixante-dix
           qu'on refait petit à petit. Le week-end, c'est chantier.
        A: Et l'adresse ?
        C: Vingt-sept, rue des Forges, à Châteaubriant. Quarante-quatre, cent vingt... Non ! Cent
           dix. Quarante-quatre, cent dix. Cent vingt, c'est Vertou, c'est chez ma mère : je remplis
           tous ses papiers, je mélange.
        A: 27 rue des Forges, 44110 Châteaubriant. Le chauffage ?
        C: Une pompe à chaleur air-eau. On l'a fait poser l'an dernier, à la place de la vieille
           chaudière au fioul. Avec la prime, ça valait le coup.
        A: Et la facture d'électricité, elle tourne autour de combien ?
        C: Euh... entre quatre-vingts et cent euros par mois, par là. Depuis la pompe, ça a monté,
           forcément, mais on ne paie plus le fioul.
        A: Une maison de cent trente mètres carrés, d'après votre demande.
        C: Cent trente, c'est ça. Avec l'extension qu'on a faite pour les enfants.
        A: Et le toit ?
        C: De l'ardoise. Ici, c'est de l'ardoise partout, l'ardoise d'Angers.
        A: Il est orienté comment ?
        C: Le grand pan prend le soleil l'après-midi, jusqu'au coucher. Les soirs d'été, on mange
           dehors de ce côté-là, on a le soleil dans les yeux jusqu'à dix heures.
        A: Donc plutôt l'ouest. Il y a des fenêtres de toit, sur ce pan ?
        C: Un seul velux. À côté, il reste largement vingt mètres carrés. Et dites, ça se met avec
           une batterie, pour le soir ? Parce que nous, la journée, on n'est pas là : on consomme le
           soir.
        A: Oui, c'est possible ; le conseiller vous chiffrera avec et sans batterie. Votre âge,
           monsieur ?
        C: Trente-huit ans.
        A: Et votre compagne ?
        C: Elle est née en quatre-vingt-neuf.
        A: Vous êtes mariés ?
        C: Pacsés. Deux enfants, un de trois ans et un bébé de six mois. D'où les nuits courtes.
        A: Et vos professions ?
        C: Moi, je suis mécanicien agricole, chez un concessionnaire de tracteurs, à la sortie de la
           ville. En CDI. Ma compagne est infirmière libérale, elle est à son compte depuis cinq
           ans. Elle fait ses tournées dans les fermes.
        A: Et le revenu du foyer, approximativement ?
        C: Cinquante-deux mille par an, à peu près, à nous deux.
        A: Merci. Pour le rappel du conseiller, quel moment vous arrange ?
        C: Le soir, après dix-neuf heures, n'importe quel jour. Sauf le mercredi : j'entraîne les
           poussins, au foot.
        A: Je vous mets mardi soir, dix-neuf heures ?
        C: Mardi, très bien.
        A: Je vous rappelle sur le 07 68 35 21 94 ?
        C: Oui, c'est mon portable.
        A: Merci, monsieur Hervouët, bonne journée.
        C: Merci, à mardi.
        """,
        client="Mr",
        objections="veut une batterie pour consommer le soir",
        client_first_name_data_ia="Romuald",
        client_last_name_data_ia="Hervouët",
        client_phone_number="0768352194",
        client_city_data_ia="Châteaubriant",
        client_address_data_ia="27 rue des Forges",
        client_postal_code_data_ia="44110",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="entre 80 et 100",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="130",
        toiture_data_ia="ardoises",
        orientation_data_ia="ouest",
        toit_libre="20m",
        age_mr_data_ia="38",
        age_mme_data_ia="37",
        situation_familiale_data_ia="pacsé, 2 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="indépendante depuis 5 ans",
        revenu_data_ia="52000 euros par an",
        creneau_rappel_data_ia="mardi soir",
        heure_rappel_data_ia="19h",
        **_OWNER,
    ),
    _script(
        "h16_apt_fille",
        "a widow of 84 at Apt, hard of hearing, who names herself (Yvette Agnel) and confirms the"
        " spelt surname ('comme l'agneau, mais avec un L'; 'moi, j'étais une Roux' is her maiden"
        " name, not the surname), owner since 1968 (oui), '8 chemin des Gardioles ... Le 84400'"
        " (84400; Saignon is the next village), 'À l'électrique ... À inertie' (électrique; the"
        " wood range was before); her daughter Sandrine takes the phone (her first name is not the"
        " client's): 'plus de cent euros par mois' (plus_de_100, mensuelle: only the band is"
        " said), 'Quatre-vingts mètres carrés, de plain-pied' (80), 'des tuiles canal' (tuiles),"
        " 'Plein sud, face au Luberon' (sud), 'il reste une quinzaine de mètres, pas plus' beside"
        " two solar water-heater panels (moins de 20m); back to the mother: 'Quatre-vingt-quatre"
        " ans. Quatre-vingt-cinq en août' (84), 'Trois en tout ... Veuve' (veuve, 3 enfants; the"
        " late husband's job and age stay '-'), 'Je suis à la retraite depuis"
        " quatre-vingt-dix-neuf' (retraitée), 'mille quatre cent vingt euros par mois' (1420 euros"
        " par mois); the daughter again: 'Mercredi prochain, en fin de matinée ? Vers onze heures"
        " et demie' (mercredi fin de matinée, 11h30), the mother's landline the agent reads (main)"
        " and the daughter's mobile she asks to add (tel2: the other number given for the lead)",
        """
        A: Bonjour madame, Kévin, de Provence Luberon Solaire. Madame Agnel ?
        C: Oui, c'est moi, Yvette Agnel. Qui est à l'appareil ? Parlez fort, j'entends mal de
           l'oreille gauche.
        A: Kévin, de Provence Luberon Solaire, madame. C'est au sujet des panneaux solaires : vous
           avez fait une demande d'étude.
        C: Ah, les panneaux ! C'est ma fille qui a fait ça. Elle est là, justement, elle vient tous
           les mercredis. Mais je peux répondre, hein, je ne suis pas gâteuse.
        A: Bien sûr, madame. Je vérifie votre nom : A, G, N, E, L ?
        C: Agnel, comme l'agneau, mais avec un L. C'est le nom de mon mari ; moi, j'étais une Roux.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui, depuis soixante-huit. Mon mari l'a construite de ses mains, avec ses frères, le
           week-end. Il est parti il y a neuf ans, le pauvre.
        A: Je suis désolé, madame. Et vous êtes à quelle adresse ?
        C: Huit, chemin des Gardioles. À Apt. Le 84400. En bas de la colline, quand on monte vers
           Saignon.
        A: 8 chemin des Gardioles, 84400 Apt. Et vous vous chauffez comment ?
        C: À l'électrique. Ma fille m'a fait mettre des radiateurs, des... comment on dit, Sandrine
           ? À inertie. Avant, j'avais la cuisinière à bois, mais à mon âge, porter le bois...
        A: Et votre facture d'électricité, vous la connaissez ?
        C: Oh, ça, c'est Sandrine. Attendez, je vous la passe. Sandrine ! C'est le monsieur des
           panneaux.
        C: Bonjour monsieur, Sandrine, la fille. L'électricité de maman, c'est plus de cent euros
           par mois. Je n'ai pas le chiffre exact, mais c'est plus de cent, et l'hiver, bien plus.
           C'est pour ça que j'ai rempli la demande.
        A: Plus de cent euros par mois, d'accord. La surface de la maison ?
        C: Quatre-vingts mètres carrés, de plain-pied. C'est une petite maison.
        A: Et la toiture ?
        C: Des tuiles rondes, des tuiles canal, les anciennes.
        A: Et l'orientation ?
        C: Plein sud, face au Luberon. Il y a déjà un chauffe-eau solaire dessus, deux capteurs, que
           papa avait posés dans les années quatre-vingt.
        A: Il faudrait une vingtaine de mètres carrés libres.
        C: Avec les capteurs et la cheminée... il reste une quinzaine de mètres, pas plus. Le toit
           n'est pas grand. C'est un problème ?
        A: Le conseiller verra ce qu'on peut installer, il existe des panneaux plus compacts. Je
           peux reparler à votre maman, pour quelques questions ?
        C: Je vous la repasse.
        C: Oui ?
        A: Votre âge, madame Agnel ?
        C: Quatre-vingt-quatre ans. Quatre-vingt-cinq en août, si Dieu le veut.
        A: Vous avez d'autres enfants que Sandrine ?
        C: Trois en tout : Sandrine, et deux garçons, un à Marseille, un à Lyon. Veuve, comme je
           vous disais.
        A: Et vous travailliez ?
        C: À l'usine de fruits confits, quarante ans. Les cerises, les melons... J'en ai vu passer.
           Je suis à la retraite depuis quatre-vingt-dix-neuf.
        A: Et vos revenus, à peu près ?
        C: Ma retraite et la réversion, mille quatre cent vingt euros par mois.
        A: Merci, madame. Pour le rappel du conseiller...
        C: Il faut que Sandrine soit là. Je vous la repasse.
        C: Oui, c'est moi. Le mercredi, je suis chez maman. Mercredi prochain, en fin de matinée ?
           Vers onze heures et demie.
        A: Mercredi, onze heures trente. Sur le numéro de votre maman, le 04 90 74 28 36 ?
        C: Oui, c'est son fixe. Et notez le mien, au cas où : zéro six, douze, cinquante-huit,
           quarante-trois, soixante-dix-sept.
        A: 06 12 58 43 77. Merci, madame, bonne journée à toutes les deux.
        C: Merci, au revoir.
        """,
        client="Mme",
        objections="peu de place sur le toit (chauffe-eau solaire) ; décide avec sa fille",
        client_first_name_data_ia="Yvette",
        client_last_name_data_ia="Agnel",
        client_phone_number="0490742836",
        client_city_data_ia="Apt",
        client_address_data_ia="8 chemin des Gardioles",
        client_postal_code_data_ia="84400",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="plus_de_100",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="80",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="moins de 20m",
        age_mme_data_ia="84",
        situation_familiale_data_ia="veuve, 3 enfants",
        activite_mme_data_ia="retraitée",
        revenu_data_ia="1420 euros par mois",
        tel2_data_ia="0612584377",
        creneau_rappel_data_ia="mercredi fin de matinée",
        heure_rappel_data_ia="11h30",
        **_OWNER,
    ),
    _script(
        "h16_albertville_jour_corrige",
        "a town-hall technical agent at Albertville who first takes the call for a scam, asks"
        " where the agent is, confirms the spelt surname (Tochon) and spells his first name ('H,"
        " U, G, U, E, S, avec le S à la fin': Hugues), owner with the bank (oui), '5 chemin des"
        " Frênes' (Conflans is the district), the code digit by digit ('Sept, trois, deux, zéro,"
        " zéro': 73200), 'Une chaudière gaz, et un poêle à bois ... pour regarder le feu' (gaz),"
        " 'On est mensualisés ... Mille quatre cent cinquante euros sur l'année' (1450, annuelle:"
        " the figure is given for the year), 'Cent vingt-cinq mètres carrés' (125), 'De l'ardoise'"
        " (ardoises), 'Le soleil arrive le matin ... l'après-midi, on est à l'ombre de la"
        " montagne. Donc est, je dirais' (est), 'Une trentaine de mètres carrés, sans rien dessus'"
        " (20m), 'Quarante-cinq ans. Ma compagne, trois ans de moins' (45, 42), 'Pacsés. Deux"
        " enfants' (pacsé, 2 enfants), 'Agent technique, titulaire. Fonctionnaire, quoi'"
        " (fonctionnaire), she 'au chômage' since the ski season ended (au chômage), 'trois mille"
        " cent par mois, avec ses allocations' (3100 euros par mois), and the callback day"
        " corrected ('Jeudi matin. Non, attendez... jeudi, je suis d'astreinte ... Vendredi matin,"
        " plutôt. Vers neuf heures': vendredi matin, 9h), his mobile in pairs (main)",
        """
        A: Bonjour monsieur, Pauline, de Savoie Soleil Habitat. Monsieur Tochon ?
        C: Oui. C'est pour quoi ? Si c'est pour le compte formation, j'ai déjà donné, et je n'ai
           rien eu.
        A: Non, monsieur, c'est pour votre demande d'étude de panneaux solaires, sur notre site.
        C: Ah, pardon ! Oui, c'est moi. Avec toutes ces arnaques, je me méfie. Vous appelez d'où,
           vous ?
        A: De Chambéry, monsieur.
        C: Bon, ça va, vous êtes du coin. Allez-y.
        A: Je vérifie votre nom : T, O, C, H, O, N ?
        C: C'est ça. Tochon, un vieux nom de Savoie. Et le prénom, c'est Hugues. H, U, G, U, E, S,
           avec le S à la fin.
        A: Merci. Vous êtes propriétaire de votre maison ?
        C: Oui. Enfin, avec la banque, pour encore douze ans.
        A: Et votre adresse ?
        C: Cinq, chemin des Frênes, à Albertville, du côté de Conflans. Sept, trois, deux, zéro,
           zéro.
        A: 5 chemin des Frênes, 73200 Albertville. Vous vous chauffez comment ?
        C: Au gaz. Une chaudière gaz, et un poêle à bois dans le salon, mais le poêle, c'est surtout
           pour regarder le feu.
        A: Et votre facture d'électricité ?
        C: On est mensualisés... Attendez, vous voulez le total ? Mille quatre cent cinquante euros
           sur l'année. Je l'ai vu sur l'application en décembre.
        A: Mille quatre cent cinquante par an. Et la surface de la maison ?
        C: Cent vingt-cinq mètres carrés.
        A: Le toit ?
        C: De l'ardoise. Refaite il y a six ans, après un hiver où on a eu des fuites partout.
        A: Et l'orientation ?
        C: Le soleil arrive le matin par-dessus la montagne, sur le grand pan, et l'après-midi, on
           est à l'ombre de la montagne d'en face. Donc est, je dirais.
        A: Et il y a de la place sur ce pan ?
        C: Une trentaine de mètres carrés, sans rien dessus. La cheminée est de l'autre côté.
        A: Très bien. Et vous avez quel âge ?
        C: Quarante-cinq ans. Ma compagne, trois ans de moins.
        A: Vous êtes mariés ?
        C: Pacsés. Deux enfants. Le grand fait du ski de fond, la petite de la luge, et moi, je
           paie.
        A: Et vous travaillez dans quoi ?
        C: Je suis à la mairie, aux services techniques. Agent technique, titulaire. Fonctionnaire,
           quoi. L'hiver, c'est le déneigement, je me lève à quatre heures.
        A: Et votre compagne ?
        C: Elle cherche. Elle était vendeuse dans un magasin de ski, en station, mais la saison est
           finie. Donc là, elle est au chômage.
        A: Et le revenu du foyer, à peu près ?
        C: Bah... en ce moment, trois mille cent par mois, avec ses allocations.
        A: Merci. Quand est-ce qu'un conseiller peut vous rappeler ?
        C: Jeudi matin. Non, attendez... jeudi, je suis d'astreinte, je ne pourrai pas répondre.
           Vendredi matin, plutôt. Vers neuf heures.
        A: Vendredi matin, neuf heures. Sur quel numéro ?
        C: Zéro six, quarante, trente-trois, quatre-vingt-dix-huit, douze.
        A: 06 40 33 98 12. Merci, monsieur Tochon, bonne journée.
        C: Merci. Et si c'est une arnaque, je vous retrouverai, hein !
        """,
        client="Mr",
        objections="méfiance envers les arnaques au téléphone",
        client_first_name_data_ia="Hugues",
        client_last_name_data_ia="Tochon",
        client_phone_number="0640339812",
        client_city_data_ia="Albertville",
        client_address_data_ia="5 chemin des Frênes",
        client_postal_code_data_ia="73200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="1450",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="125",
        toiture_data_ia="ardoises",
        orientation_data_ia="est",
        toit_libre="20m",
        age_mr_data_ia="45",
        age_mme_data_ia="42",
        situation_familiale_data_ia="pacsé, 2 enfants",
        activite_mr_data_ia="fonctionnaire",
        activite_mme_data_ia="au chômage",
        revenu_data_ia="3100 euros par mois",
        creneau_rappel_data_ia="vendredi matin",
        heure_rappel_data_ia="9h",
        **_OWNER,
    ),
    _script(
        "h16_le_moule_cyclones",
        "a retired post-office clerk at Le Moule in Guadeloupe who confirms the spelt surname"
        " (Monrose) and spells her first name ('Avec deux L, M, U, R, I, E, deux L, E': Murielle),"
        " owner of the concrete house they built (oui), '12 rue des Flamboyants ... Le 97160'"
        " (97160; l'Autre Bord is a beach), 'Le chauffage ? Ici ? ... pas de chauffage' (no"
        " heating: '-'; the air conditioning is not heating), the bill every two months which she"
        " turns into a month herself ('deux cent dix euros. Ça fait cent cinq par mois': 105,"
        " mensuelle), 'Quatre-vingt-dix mètres carrés. Plus la galerie, mais elle est ouverte,"
        " elle ne compte pas' (90); her son-in-law Fabrice takes the phone for the roof (his first"
        " name is not the client's): 'De la tôle ondulée' (tôle), 'Le grand pan regarde la mer,"
        " côté levant' (est), 'Quarante mètres carrés, au moins' (20m), asks back about"
        " hurricanes; back to her: 'Je suis de soixante-dix' (56 in 2026), 'mon mari a soixante"
        " ans tout rond' (60), 'Mariés depuis trente-cinq ans, quatre enfants' (mariée, 4"
        " enfants), 'À la retraite depuis l'an dernier' (retraitée), he 'agriculteur, il fait de"
        " la canne' (the job, no status said; Gardel is the sugar mill), 'Deux mille sept cents"
        " par mois' (2700 euros par mois), 'Samedi matin, vers huit heures ?' (samedi matin, 8h),"
        " the mobile the agent reads and she confirms (main)",
        """
        A: Bonjour madame, Jordan, de Karukera Énergie Solaire. Madame Monrose ?
        C: Oui, bonjour ! C'est pour les panneaux ? J'attendais votre appel, vous savez. Ça fait
           deux semaines que j'ai rempli le formulaire.
        A: Toutes nos excuses, madame, on a eu beaucoup de demandes. Je vérifie votre nom : M, O, N,
           R, O, S, E ?
        C: C'est ça, Monrose. Et le prénom, c'est Murielle. Avec deux L, M, U, R, I, E, deux L, E.
        A: Merci. Vous êtes propriétaire de votre maison ?
        C: Oui, on l'a construite, mon mari et moi, sur le terrain de ses parents. En béton, hein,
           pas en bois, à cause des cyclones.
        A: Et l'adresse ?
        C: Douze, rue des Flamboyants. Au Moule. Le 97160. Pas loin de la plage de l'Autre Bord :
           quand les enfants étaient petits, on y allait tous les soirs.
        A: 12 rue des Flamboyants, 97160 Le Moule. Pour le chauffage, j'imagine...
        C: Le chauffage ? Ici ? Vous me faites rire. Non, non, pas de chauffage. On a la clim dans
           les chambres, c'est tout, et le chauffe-eau électrique.
        A: Et votre facture d'électricité ?
        C: Ici, on reçoit la facture tous les deux mois. La dernière, c'était deux cent dix euros.
           Ça fait cent cinq par mois, à peu près.
        A: Cent cinq par mois. La surface de la maison ?
        C: Quatre-vingt-dix mètres carrés. Plus la galerie, mais elle est ouverte, elle ne compte
           pas.
        A: Et le toit ?
        C: Le toit, c'est mon gendre, c'est lui qui l'a refait après le cyclone Maria. Il est là, il
           répare la gouttière. Fabrice ! Viens parler au monsieur !
        C: Bonjour monsieur. Le toit, c'est de la tôle. De la tôle ondulée, neuve : j'ai tout changé
           en deux mille dix-sept, après le cyclone.
        A: Bonjour monsieur. Et il est orienté comment ?
        C: Le grand pan regarde la mer, côté levant. À six heures du matin, le soleil tape déjà
           dessus.
        A: Donc à l'est. Et il y a de la place ?
        C: Quarante mètres carrés, au moins. Mais dites, ça tient, vos panneaux, avec les cyclones ?
           Parce que moi, j'ai vu des panneaux s'envoler, chez un voisin.
        A: Ils sont fixés pour résister aux vents cycloniques, aux normes d'ici ; le conseiller vous
           montrera les fixations.
        C: Bon. Je vous repasse belle-maman.
        C: Oui, c'est moi.
        A: Votre âge, madame ?
        C: Je suis de soixante-dix. Et mon mari a soixante ans tout rond : on a fait la fête en
           janvier, tout le quartier était là.
        A: Vous avez des enfants ?
        C: Mariés depuis trente-cinq ans, quatre enfants, et neuf petits-enfants. Fabrice, c'est le
           mari de ma fille aînée.
        A: Et vous travaillez ?
        C: J'étais à La Poste, au guichet. À la retraite depuis l'an dernier. Mon mari, lui, il est
           agriculteur, il fait de la canne, pour l'usine de Gardel. Il ne veut pas s'arrêter.
        A: Et le revenu du foyer, à peu près ?
        C: Deux mille sept cents par mois, à peu près. Ça dépend de la récolte, pour la canne.
        A: Merci. Quand est-ce qu'un conseiller peut vous rappeler ?
        C: Le matin, avant la chaleur. Samedi matin, vers huit heures ? Le samedi, mon mari ne va
           pas aux champs.
        A: Samedi, huit heures. Sur ce numéro, le 06 90 54 17 82 ?
        C: Oui, c'est mon portable. Merci, monsieur, bonne journée !
        A: Bonne journée, madame Monrose.
        """,
        client="Mme",
        objections="craint que les panneaux ne résistent pas aux cyclones",
        client_first_name_data_ia="Murielle",
        client_last_name_data_ia="Monrose",
        client_phone_number="0690541782",
        client_city_data_ia="Le Moule",
        client_address_data_ia="12 rue des Flamboyants",
        client_postal_code_data_ia="97160",
        proprietaire_data_ia="oui",
        facture_data_ia="105",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="90",
        toiture_data_ia="tôle",
        orientation_data_ia="est",
        toit_libre="20m",
        age_mr_data_ia="60",
        age_mme_data_ia="56",
        situation_familiale_data_ia="mariée, 4 enfants",
        activite_mr_data_ia="agriculteur",
        activite_mme_data_ia="retraitée",
        revenu_data_ia="2700 euros par mois",
        creneau_rappel_data_ia="samedi matin",
        heure_rappel_data_ia="8h",
        **_OWNER,
    ),
    _script(
        "h16_decazeville_chorale",
        "a retired home help at Decazeville, divorced, who jokes with the agent and confirms the"
        " spelt surname (Bessière, 'accent grave') and gives her first name with its accents"
        " (Thérèse), owner of her parents' house (oui), '32 rue des Genêts', 'Douze mille trois"
        " cents, Decazeville' (12300; the Découverte is the old open-cast mine), 'Au bois. Le"
        " poêle ... c'est lui qui chauffe tout' with two small electric heaters for the"
        " grandchildren (bois: the main one), 'Soixante-quatorze euros par mois' (74, mensuelle),"
        " 'quatre-vingt-cinq ? Mon fils dit quatre-vingt-cinq' (85, hedged), 'De l'ardoise'"
        " (ardoises), 'Le grand pan est côté jardin, et le jardin, il est au couchant' (ouest),"
        " and to the twenty square metres 'Ça, mon pauvre, je n'en sais rien' (discussed but not"
        " answered: '-'), asks back about the winter fog, 'Soixante-six ans. Depuis dimanche'"
        " (66), 'Divorcée ... Trois enfants' (divorcée, 3 enfants), 'J'étais aide à domicile ... À"
        " la retraite depuis deux ans' (retraitée), 'Mille six cent cinquante par mois' (1650"
        " euros par mois), 'L'après-midi, quand vous voulez. Sauf le jeudi' settled by the agent's"
        " 'Mardi après-midi, vers quinze heures' (mardi après-midi, 15h), the landline said twice"
        " in pairs (main)",
        """
        A: Bonjour madame, Alexis, d'Aveyron Énergie Solaire. Madame Bessière ?
        C: Oui, c'est moi. Ah, c'est pour les panneaux ! Vous avez une voix de jeune homme, vous.
           Vous avez quel âge ?
        A: Assez pour vous parler de panneaux, madame. Vous avez fait une demande d'étude sur notre
           site ?
        C: Oui, enfin, mon petit-fils, sur sa tablette. Moi, je lui ai dit oui, et il a tapé.
        A: Je vérifie votre nom : B, E, deux S, I, E accent grave, R, E ?
        C: C'est ça, accent grave. Et le prénom, c'est Thérèse, avec un accent aigu et un accent
           grave. Comme la sainte, mais je ne suis pas une sainte, hein.
        A: C'est noté. Vous êtes propriétaire ?
        C: Oui. C'était la maison de mes parents. Mon père était à l'usine, aux aciéries, comme tout
           le monde ici, et il l'a achetée à la Compagnie.
        A: Et l'adresse ?
        C: Trente-deux, rue des Genêts. Douze mille trois cents, Decazeville. En haut, avec la vue
           sur la Découverte, le grand trou de la mine. Vous connaissez ? Non, vous êtes trop jeune.
        A: 32 rue des Genêts, 12300 Decazeville. Vous vous chauffez comment ?
        C: Au bois. Le poêle, dans la salle, c'est lui qui chauffe tout. Et j'ai deux petits
           radiateurs électriques dans les chambres, pour quand les petits viennent.
        A: Et votre facture d'électricité ?
        C: Soixante-quatorze euros par mois. J'ai le papier, là, sur le buffet. Soixante-quatorze.
        A: La maison fait combien de mètres carrés ?
        C: Oh... quatre-vingt-cinq ? Mon fils dit quatre-vingt-cinq. Moi, je ne les ai jamais
           comptés, les mètres, je les nettoie.
        A: Quatre-vingt-cinq. Et le toit ?
        C: De l'ardoise. De la vieille ardoise, comme toutes les maisons du coin.
        A: Vous savez comment il est orienté ?
        C: Le grand pan est côté jardin, et le jardin, il est au couchant : le soir, l'été, j'ai le
           soleil jusqu'à neuf heures. Le matin, je prends mon café côté rue, à l'ombre.
        A: Pour une installation, il faut une vingtaine de mètres carrés libres sur le toit.
        C: Ça, mon pauvre, je n'en sais rien. Je ne suis jamais montée sur le toit, moi. Et l'hiver,
           ça marche, vos panneaux ? Parce qu'ici, en novembre, on a le brouillard qui monte de la
           vallée, on ne voit pas le bout de la rue.
        A: Moins qu'en été, bien sûr, mais ils produisent même par temps couvert ; le conseiller
           vous fera le calcul sur l'année. Votre âge, madame ?
        C: Soixante-six ans. Depuis dimanche ! On a fait un gâteau.
        A: Bon anniversaire, alors. Vous vivez seule ?
        C: Seule, oui. Divorcée, depuis longtemps, et c'est très bien comme ça. Trois enfants, tous
           partis : Rodez, Toulouse, et un à Paris, le pauvre.
        A: Et vous travaillez encore ?
        C: Non, non. J'étais aide à domicile, trente ans, chez les petits vieux. Maintenant, c'est
           moi, la petite vieille. À la retraite depuis deux ans.
        A: Et vos revenus, à peu près ?
        C: Mille six cent cinquante par mois, avec la complémentaire.
        A: Merci. Quand est-ce qu'un conseiller peut vous rappeler ?
        C: L'après-midi, quand vous voulez. Sauf le jeudi, j'ai la chorale. Et pas le dimanche, j'ai
           les petits.
        A: Mardi après-midi, vers quinze heures ?
        C: Mardi, quinze heures, très bien.
        A: Sur quel numéro ?
        C: Le fixe. Zéro cinq, soixante-cinq, quarante-trois, dix-sept, quatre-vingt-huit. Je le
           répète, il y en a qui se trompent : zéro cinq, soixante-cinq, quarante-trois, dix-sept,
           quatre-vingt-huit.
        A: 05 65 43 17 88. Merci, madame Bessière, bonne journée.
        C: Merci, mon petit. Et bon appétit, il est presque midi.
        """,
        client="Mme",
        objections="doute de la production l'hiver (brouillard)",
        client_first_name_data_ia="Thérèse",
        client_last_name_data_ia="Bessière",
        client_phone_number="0565431788",
        client_city_data_ia="Decazeville",
        client_address_data_ia="32 rue des Genêts",
        client_postal_code_data_ia="12300",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="74",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="85",
        toiture_data_ia="ardoises",
        orientation_data_ia="ouest",
        age_mme_data_ia="66",
        situation_familiale_data_ia="divorcée, 3 enfants",
        activite_mme_data_ia="retraitée",
        revenu_data_ia="1650 euros par mois",
        creneau_rappel_data_ia="mardi après-midi",
        heure_rappel_data_ia="15h",
        **_OWNER,
    ),
    _script(
        "h16_lourdes_hotelier",
        "a hotel-keeper at Lourdes with a coach of pilgrims due at noon, who names himself (Joël"
        " Lafourcade) and finishes the surname the agent starts to spell ('Lafourcade, L, A, F, O,"
        " U, R...' '...C, A, D, E'; 'Pas Soubirous' is a joke), owner of the house (oui: the hotel"
        " is his company's and not the lead), '6 rue des Pyrénées', 'Soixante-cinq, cent' (65100),"
        " answers before the questions end: 'Au gaz' (gaz), 'Cent vingt-huit par mois. Pour la"
        " maison' (128, mensuelle; the hotel's bill is not said), 'Cent quarante mètres carrés'"
        " (140), 'De l'ardoise des Pyrénées' (ardoises), 'Plein sud' (sud), 'Trente, trente-cinq'"
        " after the agent states the twenty square metres (20m), 'Cinquante-sept ans. Et ma femme,"
        " cinquante-quatre' (57, 54), 'Mariés, un fils' (marié, 1 enfant), 'je suis à mon compte"
        " depuis deux mille dix' (indépendant depuis 16 ans), she 'infirmière, à la clinique. En"
        " CDI' (CDI), the income put off to the adviser ('-'), 'L'après-midi, après deux heures"
        " ... pas le week-end' settled by the agent's 'Jeudi, quatorze heures trente' (jeudi"
        " après-midi, 14h30: the hour finally agreed, not 'après deux heures'), and his mobile"
        " with the last pair corrected ('quinze. Non, pas quinze : cinquante et un': 0632780451)",
        """
        A: Bonjour monsieur, Émilie, de Pyrénées Solaire Habitat. Monsieur Lafourcade ?
        C: Lui-même, Joël Lafourcade. Vous êtes rapides, j'ai rempli votre formulaire hier soir. Je
           vous préviens, j'ai un quart d'heure : j'ai un car de pèlerins qui arrive à midi, des
           Bretons, cinquante-deux chambres à finir.
        A: Alors je fais vite. Lafourcade, L, A, F, O, U, R...
        C: ...C, A, D, E. En un mot. C'est un nom de la vallée. Pas Soubirous, hein, on me fait la
           blague tous les jours.
        A: Vous êtes propriétaire de...
        C: De la maison, oui. L'hôtel, c'est la société, c'est une autre histoire. Là, c'est pour la
           maison.
        A: L'adresse de la maison, c'est...
        C: Six, rue des Pyrénées. À Lourdes, une rue des Pyrénées, ça ne s'invente pas.
           Soixante-cinq, cent.
        A: 6 rue des Pyrénées, 65100 Lourdes. Le chauffage...
        C: Au gaz. Une chaudière au gaz de ville, dans le garage.
        A: La facture d'électri...
        C: Cent vingt-huit par mois. Pour la maison, hein. Celle de l'hôtel, je n'ose même pas vous
           la dire.
        A: Cent vingt-huit par mois. Et la surf...
        C: Cent quarante mètres carrés. Une maison des années trente, avec des plafonds hauts : ça
           coûte, à chauffer.
        A: Et le toit, c'est...
        C: De l'ardoise. De l'ardoise des Pyrénées, de Labassère, la vraie.
        A: Orienté...
        C: Plein sud. Face aux montagnes. L'hiver, avec la neige sur les sommets, c'est une carte
           postale.
        A: Il faut une vingtaine de mètres carrés libres sur ce pan.
        C: Largement. Trente, trente-cinq. Il n'y a rien dessus, même pas une antenne, on a la
           fibre.
        A: Votre âge, monsieur ?
        C: Cinquante-sept ans. Et ma femme, cinquante-quatre.
        A: Vous êtes...
        C: Mariés, un fils. Il fait l'école hôtelière à Toulouse ; il reprendra l'hôtel, j'espère.
        A: Et vous êtes à votre compte, avec l'hôtel ?
        C: Oui, je suis à mon compte depuis deux mille dix, quand j'ai racheté l'hôtel à mon oncle.
           Ma femme, elle, ne travaille pas avec moi, heureusement pour le couple : elle est
           infirmière, à la clinique. En CDI.
        A: Et le revenu du foyer ?
        C: Ça, je préfère voir avec le conseiller. Avec l'hôtel, ça change tout le temps, entre la
           saison et l'hiver.
        A: Pas de souci. Pour le rappel...
        C: L'après-midi, après deux heures. Le matin, c'est les petits-déjeuners et les départs.
           Mais pas le week-end, c'est le plein.
        A: Jeudi, quatorze heures trente ?
        C: Jeudi, quatorze heures trente, ça va.
        A: Sur quel numéro ?
        C: Le portable. Zéro six, trente-deux, soixante-dix-huit, zéro quatre, quinze. Non, pas
           quinze : cinquante et un. Je les inverse toujours, ces deux-là.
        A: 06 32 78 04 51 ?
        C: C'est ça. Bon, j'entends le car. Au revoir, madame !
        A: Au revoir, monsieur Lafourcade.
        """,
        client="Mr",
        objections="pressé (arrivée d'un car de pèlerins) ; revenus non communiqués",
        client_first_name_data_ia="Joël",
        client_last_name_data_ia="Lafourcade",
        client_phone_number="0632780451",
        client_city_data_ia="Lourdes",
        client_address_data_ia="6 rue des Pyrénées",
        client_postal_code_data_ia="65100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="128",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="140",
        toiture_data_ia="ardoises",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="57",
        age_mme_data_ia="54",
        situation_familiale_data_ia="marié, 1 enfant",
        activite_mr_data_ia="indépendant depuis 16 ans",
        activite_mme_data_ia="CDI",
        creneau_rappel_data_ia="jeudi après-midi",
        heure_rappel_data_ia="14h30",
        **_OWNER,
    ),
    _script(
        "h16_corte_refus",
        "a firm refusal at Corte from a man burnt once ('une société du continent m'a vendu une"
        " pompe à chaleur. Elle n'a jamais marché'), who signs nothing on the phone and jokes"
        " about Bastia; what he lets fall: 'je me chauffe au bois, comme mon père' (bois: the heat"
        " pump never worked), 'la maison est à moi ... ici, à Corte, dans la vieille ville' (oui,"
        " Corte), 'Le toit, c'est des lauzes, de la pierre' (lauzes), 'à soixante-dix ans' (70);"
        " surname from the greeting, no first name, no number, 'Je note que vous ne souhaitez pas"
        " être rappelé' 'Voilà' (Non intéressant, Non)",
        """
        A: Bonjour monsieur, Laetitia, de Corsica Sole Energia. Monsieur Mattei ?
        C: C'est moi. Qu'est-ce que vous voulez ?
        A: Je vous appelle au sujet des panneaux photovoltaïques : nous faisons des études gratuites
           pour les propriétaires du centre de l'île, et...
        C: Non. Ça ne m'intéresse pas. Je vous arrête tout de suite.
        A: Je peux vous demander pourquoi, monsieur ?
        C: Parce que j'ai déjà été échaudé, voilà pourquoi. Il y a trois ans, une société du
           continent m'a vendu une pompe à chaleur. Elle n'a jamais marché, et la société a disparu.
           Depuis, je me chauffe au bois, comme mon père, et je ne signe plus rien au téléphone.
        A: Je comprends, monsieur. Nous sommes une entreprise de l'île, à Bastia, et l'étude est
           sans engagement...
        C: De Bastia ! Alors là, c'est encore pire. Non, je plaisante. Mais c'est non. Écoutez : la
           maison est à moi, elle était à mon père et à son père avant lui, ici, à Corte, dans la
           vieille ville, sous la citadelle. Le toit, c'est des lauzes, de la pierre. Je ne vais pas
           mettre vos plaques de verre là-dessus : les Bâtiments de France ne voudraient pas, et moi
           non plus.
        A: Il existe aussi des installations au sol, dans un jardin...
        C: Je n'ai pas de jardin, j'ai trois marches et un figuier. Et à soixante-dix ans, je n'ai
           pas besoin d'économiser sur vingt ans. Non, vraiment, non.
        A: Très bien, monsieur. Je note que vous ne souhaitez pas être rappelé.
        C: Voilà. Notez-le bien. Et passez le bonjour à Bastia. Au revoir, mademoiselle.
        A: Au revoir, monsieur Mattei, bonne journée.
        """,
        client="Mr",
        objections=(
            "a déjà été arnaqué (pompe à chaleur) ; ne signe rien au téléphone ; toit en lauzes,"
            " vieille ville ; pas d'intérêt à 70 ans ; ne pas rappeler"
        ),
        client_last_name_data_ia="Mattei",
        client_city_data_ia="Corte",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        toiture_data_ia="lauzes",
        age_mr_data_ia="70",
        **_LOST,
    ),
    _script(
        "h16_rochefort_locataire",
        "a young mother renting a small house at Rochefort from a landlord at La Rochelle, who"
        " answered an Instagram advert; she names herself, confirms the surname the agent spells"
        " and spells her first name ('avec P, H. O, P, H, E, L, I, E': Ophélie Pouvreau), 'Non, on"
        " loue' (non: Non intéressant), 'C'est tout électrique, des convecteurs, et on paie"
        " soixante-dix euros par mois' (électrique, 70, mensuelle), '6 rue des Cordiers. Dix-sept"
        " mille trois cents, Rochefort' (17300), her partner 'soudeur, à l'aéronautique, en CDI,"
        " il a trente-deux ans' (CDI, 32), 'Vendeuse ... en CDD jusqu'en septembre. Vingt-neuf"
        " ans, un bébé de huit mois, en couple' (CDD, 29, en couple, 1 enfant); no number, no"
        " callback: the request waits for the landlord (Non)",
        """
        A: Bonjour madame, Quentin, de Charente Maritime Énergie. Madame Pouvreau ?
        C: Oui... C'est pour quoi ? Faites vite, le petit va se réveiller.
        A: Vous avez rempli une demande d'étude pour des panneaux solaires, sur internet.
        C: Ah oui ! Sur Instagram, la pub, « payez moins d'électricité ». Oui, c'est moi, Ophélie.
           Ophélie Pouvreau.
        A: Je vérifie : Pouvreau, P, O, U, V, R, E, A, U ?
        C: C'est ça. Et Ophélie, avec P, H. O, P, H, E, L, I, E.
        A: Merci. Vous êtes propriétaire de votre logement ?
        C: Non, on loue. Une petite maison, dans le quartier de la gare, à Rochefort. Le
           propriétaire habite à La Rochelle, on ne le voit jamais. Ça pose problème ?
        A: Pour poser des panneaux, il faut l'accord du propriétaire, et c'est lui qui fait
           l'investissement.
        C: Ah... Il ne voudra jamais. Il ne veut même pas changer la fenêtre de la cuisine, elle ne
           ferme plus. Moi, je voulais juste payer moins. C'est tout électrique, des convecteurs, et
           on paie soixante-dix euros par mois, pour une petite maison : c'est énorme.
        A: Je comprends. Vous me donnez l'adresse exacte, que je garde votre demande ?
        C: Six, rue des Cordiers. Dix-sept mille trois cents, Rochefort.
        A: Merci. Vous pourriez en parler à votre propriétaire ; s'il est intéressé, il peut nous
           contacter.
        C: Je lui dirai, mais ça m'étonnerait. Mon compagnon dit que c'est perdu d'avance. Il est
           soudeur, à l'aéronautique, en CDI, il a trente-deux ans et il a déjà tout vu, à
           l'entendre.
        A: Et vous-même, vous travaillez ?
        C: Vendeuse, dans une boulangerie, en CDD jusqu'en septembre. Vingt-neuf ans, un bébé de
           huit mois, en couple : voilà, vous savez tout.
        A: Merci, madame. Je garde votre demande de côté ; si votre propriétaire nous appelle, on
           reprendra avec lui.
        C: D'accord. Merci quand même. Ah, le voilà qui pleure. Au revoir !
        A: Au revoir, madame Pouvreau.
        """,
        client="Mme",
        objections="locataire ; le propriétaire ne voudra pas investir",
        client_first_name_data_ia="Ophélie",
        client_last_name_data_ia="Pouvreau",
        client_city_data_ia="Rochefort",
        client_address_data_ia="6 rue des Cordiers",
        client_postal_code_data_ia="17300",
        proprietaire_data_ia="non",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="70",
        mensuelle_annuelle_data_ia="mensuelle",
        age_mr_data_ia="32",
        age_mme_data_ia="29",
        situation_familiale_data_ia="en couple, 1 enfant",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="CDD",
        **_LOST,
    ),
    _script(
        "h16_argentan_faux_numero",
        "a wrong number: the agent asks for madame Annick Letourneur at Flers; the young man who"
        " answers lives 'à Argentan', has had the number for three years, jokes that he is no"
        " Annick, 'à vingt-trois ans' (23) has no car and no roof, asks whether panels work in"
        " Normandy and where the agent calls from (Caen, where he goes to the football); the fiche"
        " describes him (city Argentan, age 23, entretien 'Mr'), not the lead in the file (Flers"
        " and her name are not gold); he says nothing of his home ('-')",
        """
        A: Bonjour monsieur, Camille, de Normandie Soleil Conseil. Je souhaiterais parler à madame
           Annick Letourneur, s'il vous plaît.
        C: Euh... qui ? Non, il n'y a pas d'Annick, ici. Vous êtes sûre du numéro ?
        A: J'ai ce numéro pour une demande d'étude de panneaux solaires, au nom de madame
           Letourneur, à Flers.
        C: À Flers ? Moi, je suis à Argentan. Et je ne m'appelle pas Annick, je vous rassure.
        A: Je suis désolée, monsieur. Il doit y avoir une erreur dans le formulaire.
        C: Ben oui. C'est mon numéro depuis trois ans, depuis mon premier forfait à moi. Et des
           panneaux solaires, à vingt-trois ans... je n'ai même pas de voiture, alors un toit...
        A: Je comprends. Je vais corriger notre fichier, vous ne serez plus appelé pour elle.
        C: Et puis des panneaux, en Normandie... Ici, le soleil, on le voit trois jours par an. Ça
           marche vraiment, chez nous ?
        A: Mieux qu'on ne le croit : les panneaux produisent aussi par temps couvert, et on en
           installe beaucoup dans l'Orne.
        C: Si vous le dites. Elle a dû inverser deux chiffres, la dame. Moi, ça m'arrive tout le
           temps, avec les codes. Vous appelez d'où, vous ?
        A: De Caen, monsieur.
        C: Ah, Caen ! J'y vais pour le foot, au stade d'Ornano, un samedi sur deux. Quand ils
           gagnent, c'est la fête dans le train du retour. Quand ils perdent, aussi, remarquez.
        A: Alors bon match samedi. Pardon encore pour le dérangement.
        C: Pas de souci. Et si vous la trouvez, votre Annick, dites-lui de vérifier son numéro. Au
           revoir !
        A: Au revoir, monsieur, bonne journée.
        """,
        client="Mr",
        objections="mauvais numéro",
        client_city_data_ia="Argentan",
        age_mr_data_ia="23",
        **_LOST,
    ),
    _script(
        "h16_ussel_partiel",
        "a partial call: a home nurse in her car between two patients at Ussel ('j'ai cinq"
        " minutes'), who confirms the spelt surname (Lavergne) and spells her first name ('A, R,"
        " M, E, deux L, E': Armelle), 'Oui, depuis deux ans. On a acheté à Ussel' (oui),"
        " 'Dix-neuf, deux cents' (19200; no street said), corrects her heating ('Au fioul..."
        " enfin, non, plus maintenant : on a mis un poêle à granulés ... C'est le poêle qui"
        " chauffe tout': bois), asks back whether Corrèze has sun enough, 'Moins de quatre-vingts"
        " euros par mois, je pense' (moins_de_80, mensuelle: a band, hedged), then her patient"
        " waves from the window before the surface, roof, ages or family are said ('-'): 'Demain,"
        " entre midi et deux ... Midi et demi' (demain midi, 12h30) on the mobile the agent reads"
        " and she confirms (main), and as she leaves 'je suis infirmière libérale, à mon compte"
        " depuis onze ans' (indépendante depuis 11 ans)",
        """
        A: Bonjour madame, Nathan, de Corrèze Énergie Solaire. Madame Lavergne ?
        C: Oui, c'est moi. Je suis dans ma voiture, entre deux patients : j'ai cinq minutes. C'est
           pour les panneaux ?
        A: C'est ça, votre demande d'étude. Je vérifie : Lavergne, L, A, V, E, R, G, N, E ?
        C: Oui. Et le prénom, Armelle. A, R, M, E, deux L, E.
        A: Merci. Vous êtes propriétaire ?
        C: Oui, depuis deux ans. On a acheté à Ussel, en haut de la ville. Dix-neuf, deux cents.
        A: 19200 Ussel. Et vous vous chauffez comment ?
        C: Au fioul... enfin, non, plus maintenant : on a mis un poêle à granulés en octobre, et la
           chaudière au fioul, on l'a arrêtée. C'est le poêle qui chauffe tout. Mais dites-moi, il y
           a assez de soleil, en Corrèze ? Tout le monde me dit qu'il pleut tout le temps, ici.
        A: Plus qu'on ne croit : le conseiller vous montrera la production mois par mois, sur votre
           toit. Et votre facture d'électricité ?
        C: Moins de quatre-vingts euros par mois, je pense. Je n'ai pas regardé depuis... Ah, ma
           patiente me fait signe, à la fenêtre. Il faut que j'y aille.
        A: Je vous laisse. Quand est-ce que je peux vous rappeler ?
        C: Demain, entre midi et deux, c'est ma pause. Midi et demi, ce serait bien.
        A: Demain, midi et demi. Sur ce numéro, le 06 79 14 62 05 ?
        C: Oui, c'est mon portable, le pro et le perso, je n'en ai qu'un. Et je suis infirmière
           libérale, à mon compte depuis onze ans, si ça vous sert pour le dossier. Au revoir !
        A: Au revoir, madame Lavergne, à demain.
        """,
        client="Mme",
        objections="pas disponible (entre deux patients) : rappel demandé",
        client_first_name_data_ia="Armelle",
        client_last_name_data_ia="Lavergne",
        client_phone_number="0679146205",
        client_city_data_ia="Ussel",
        client_postal_code_data_ia="19200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="moins_de_80",
        mensuelle_annuelle_data_ia="mensuelle",
        activite_mme_data_ia="indépendante depuis 11 ans",
        creneau_rappel_data_ia="demain midi",
        heure_rappel_data_ia="12h30",
        **_OWNER,
    ),
)
