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

The format (``Script``, ``Turn``, ``script()``, ``GOLD_KEYS``) is ``benchmarks._script``; the
held-out sets from the second on live one module each in ``benchmarks.held_out``
(``_set02.py`` … ``_set27.py``, each with the note on how it was written) and are gathered
here. A new set is a new module there, exported by the package (in its ``SETS`` and
``__all__``) and re-exported here (the import and ``__all__`` below), then wired into
``benchmarks.extraction_quality.HELD_OUT_SETS`` and ``tests/test_evalset.py``.

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
``HELD_OUT_17`` (``h17_*``, ``--held-out 17``) is written the same way after the sixteenth: an
ordinary day again in towns no earlier set used, spread across France, with a wife and a son who
take the phone for part of a call, clients who are busy, chatty, suspicious or hard of hearing and
who answer before the question ends, ask back, wander and hesitate, a postal code, a phone number,
an age, a bill and callback hours corrected by the client, codes in pairs, as thousands, digit by
digit and in digits, bills per month, per two months, per year and as all three bands, ages direct,
relative and from a birth year, jobs with and without a status, surnames and first names spelt,
callback slots given loosely, a move within the town, and a refusal from a woman selling her house,
a tenant renting from a landlord in Paris, a wrong number answered by a wary old lady and a partial
call from a driving instructor between two lessons.
``HELD_OUT_18`` (``h18_*``, ``--held-out 18``) is written the same way after the seventeenth: an
ordinary day again in towns no earlier set used, spread across France, with a daughter who answers
for her widowed father and a partner who takes the phone for part of a call, clients who are busy,
chatty, joking, suspicious or hard of hearing and who answer before the question ends, ask back,
wander and hesitate, a postal code, a phone number, two ages, a bill, a surface and a callback day
and hour corrected by the client, codes in pairs, as thousands, digit by digit and in digits, bills
per month, per two months, per year and as all three bands, ages direct, relative and from a birth
year, jobs with and without a status, surnames and first names spelt, heating mixed or changed,
callback slots given loosely then settled, and a refusal from a woman whose husband was cheated over
a heat pump, a tenant renting from the old farmer next door, a wrong number answered by a man in a
flat in the old town and a partial call from a sheep barn in lambing season.
``HELD_OUT_19`` (``h19_*``, ``--held-out 19``) is written the same way after the eighteenth: an
ordinary day again in towns no earlier set used, spread across France, with a husband and a son
who take the phone for part of a call, clients who are busy, chatty, joking, suspicious or
hesitant and who answer before the question ends, ask back, wander and hesitate, a postal code, a
phone number, an age, a bill, two surfaces and a callback hour corrected by the client, codes in
pairs, as thousands, digit by digit and in digits, bills per month, per two months, per year and
as all three bands, ages direct, relative and from a birth year, jobs with and without a status,
surnames and first names spelt, heating mixed or changed, callback slots given loosely then
settled, and a refusal from a man whose son-in-law is an electrician, a single mother renting from
a landlord in Auxerre, a wrong number answered by a student across the Rhône from the lead and a
partial call from a cognac still in distilling season.
``HELD_OUT_20`` (``h20_*``, ``--held-out 20``) is written the same way after the nineteenth: an
ordinary day again in towns no earlier set used, spread across France, with a husband who answers
through his wife from the background and a wife who takes the phone for part of a call, clients
who are busy, chatty, joking, brisk, wandering or tired and who answer before the question ends,
ask back, wander and hesitate, a first name, a postal code, a phone number, the heating, a surface,
an age and a callback hour corrected by the client, a move across the river to the next town, codes
in pairs, as thousands, digit by digit and in digits, bills per month, per year and as all three
bands, ages direct, relative and from a birth year, a roof with its one slope to the north, jobs
with and without a status, surnames and first names spelt, callback slots proposed, moved and
settled, and a refusal from a retired engineer who already has panels, a childminder renting a
miners' row house while she buys one in the next town, a wrong number answered by a night worker
woken in the afternoon and a partial call cut short by a volunteer firefighter's pager.
``HELD_OUT_21`` (``h21_*``, ``--held-out 21``) is written the same way, beside the twentieth
(neither writer saw the other's set): an ordinary day again in towns no earlier set used,
spread across France, with a wife who takes the
phone from a deaf husband, a couple on speakerphone where the wife puts the husband right, clients
who are busy, sleepy, chatty, joking, curt or hard of hearing and who answer before the question
is asked, mishear, wander and hesitate, a move from a rented flat to a house in another town, a
postal code, a heating, a bill, an orientation, an age, a family status and a mobile corrected,
codes in pairs, as thousands, digit by digit and in digits, bills per month, per two months, per
year, before and after panels and as all three bands, ages direct, relative and from a birth
year, jobs with and without a status, surnames and first names spelt or put right, callback slots
negotiated, and a refusal from a woman who already has panels, a railwayman renting a
railwaymen's house, a wrong number answered by an old lady who mishears everything, a partial
call from a school gate and an Englishman whose French slips into English.
``HELD_OUT_22`` (``h22_*``, ``--held-out 22``) is written the same way after the twenty-first: an
ordinary day again in towns no earlier set used, spread across France, with a wife on the bedroom
extension who puts her husband's bill, surface and callback hour right, a fruit grower and a
slaughterhouse worker who come home and take the phone for part of their wives' calls, a woman who
answers on her partner's mobile, clients who are busy, wary, proud, joking or on the road and who
answer before the question ends, ask back, wander and hesitate, a move from a gendarmerie lodging to
a first house, a first name, a bill, a heat pump, a postal code and a mobile corrected, a town
beside a bigger one, a commune nouvelle and a town sharing its name with the next commune, codes in
pairs, as thousands, digit by digit and in digits, bills per month, per two months, per year (one
the former owner's) and as all three bands, ages direct, relative and from a birth year, jobs with
and without a status, surnames and first names spelt, callback slots negotiated, and a refusal from
a retired foundryman in a protected sector, a technician still a tenant in a lease-to-buy house, a
wrong number answered by a young mechanic under a car and a partial call from a car losing its
signal in the Beauce.
``HELD_OUT_23`` (``h23_*``, ``--held-out 23``) is written the same way after the twenty-first
(its writer saw neither the twenty-second nor any extractor): an ordinary day again in towns no
earlier set used, spread across France, with a daughter who answers for her mother in a
rehabilitation clinic, a husband who puts right the period of the bill and a wife who gives the
bill and her own age, clients who are busy, chatty, elderly or curt, on a line that cuts, with
Alsatian, Basque, Provençal or Picard words, who answer out of order, mishear ('sur place' for
'la surface', 'chauffeur' for 'chauffez'), wander and hesitate, a first name, a bill, a mobile
and callback hours corrected, a move from Vimoutiers to Bernay, codes in pairs, as thousands,
digit by digit and in digits, bills per month, per two months, per year and as all three bands,
ages direct, relative and from a birth year, a reversible air conditioner as the heating, a
fibre-cement roof, jobs with and without a status (invalidity, seasonal work), and a refusal from
a retired teacher whose roof is new, a vineyard manager housed by his wine estate, a wrong number
answered on the Tréport quay and a partial call from a smelter's locker room.
``HELD_OUT_24`` (``h24_*``, ``--held-out 24``) is written the same way after the twenty-third
(its writer saw no extractor): an ordinary day again in towns no earlier set used, spread across
France, with a husband who answers through his wife as he comes home for lunch, a wife who puts
her husband's surface and age right beside him and a husband who calls the surface from the
garden, clients who are busy, chatty, wary, grieving or in a hurry and who answer before the
question is asked, ask back, wander and hesitate, a surname read with a letter too many, a
double-barrelled surname the form cut, a first name the lead's sister filled in with her own, a
surface, an age and a pair of a mobile corrected, a move from a rented flat in Vienne to a house
at Pont-Évêque, a commune nouvelle, codes in pairs, as thousands, digit by digit, in digits and
offered by the agent, bills per month, per quarter (turned into a month), per year, before and
after a price rise and as all three bands, ages direct, relative, from a birth year and from a
birthday to come, a husband in a care home, a single-pitch roof facing north, jobs with and
without a status (a milliner, a physiotherapist in private practice, a career soldier), and a
refusal from a widow whose valley loses the winter sun, a tenant farmer under a farm lease, a
wrong number answered by a boy of sixteen on the coach home and a partial call from a vet's
waiting room.
``HELD_OUT_25`` (``h25_*``, ``--held-out 25``) is written the same way after the twenty-third (its
writer saw neither the twenty-fourth nor any extractor): an ordinary day again in towns no earlier
set used, spread across France with Martinique, with a home help who answers an old widower's
landline while he takes the phone for the middle, a wife who relays the questions to a husband
without his hearing aids who hears 'le facteur' for 'la facture' and 'la voiture' for 'la toiture',
a husband on speakerphone who puts his own age right and has his surface overruled, clients who are
busy, chatty, wary, whispering, methodical or elderly and who answer before the question is asked,
read their answers off a sheet, wander and hesitate, with Breton, Lorraine, Flemish, Occitan and
Creole words, a move from a rented flat at Avranches to a house at Saint-Senier-sous-Avranches, a
surname, a first name, a postal code, a house number, an orientation, an age and a landline given up
corrected, codes in pairs, as thousands, digit by digit and in digits, bills per month, per two
months, per year and as all three bands, ages direct and from a birth year, no heating at all in
Martinique, jobs with and without a status (parental leave, unemployment, a violin varnisher), and a
refusal from a retired electrician afraid of fire, a nurse sharing a rented house, a wrong number
answered by a Flemish pensioner who already has panels and a partial call cut short by a baby waking
from his nap.
``HELD_OUT_26`` (``h26_*``, ``--held-out 26``) is written the same way after the twenty-fifth (its
writer saw no extractor): an ordinary day again in towns no earlier set used, spread across France,
with a client who calls the centre back after a missed call and speaks first, a wife who puts her
husband's bill right from the kitchen while he is down from his ladder, a couple on speakerphone
where the wife overrules her husband's bill, orientation, free roof space and her own age, a retired
trawlerman who takes the phone for the roof while loading the camper van, clients who are busy,
chatty, methodical, tired or wary of the price and who answer before the question is asked, ask
back, wander and hesitate, with Picard and Portuguese words, a move from a house sold at
Luxeuil-les-Bains to a late mother's house at Gray, a street the town renamed, a first name the
phone's corrector changed, a surname read with a letter missing, a mobile lost in a school bus and a
pair of a mobile corrected, codes in pairs, as thousands, digit by digit and in digits, bills per
month (one paid in eleven instalments and put right by the wife), per year, in kilowatt-hours then
euros and as all three bands, ages direct, relative to the spouse, from a birth year and put right,
jobs with and without a status (a tapestry weaver, a childminder, a goat farmer on his own account),
and a refusal from a retired teacher who signed with another installer last week, a retired couple
renting their house from their own son, a wrong number answered at a bakery counter and a partial
call from a school bus at the terminus.
``HELD_OUT_27`` (``h27_*``, ``--held-out 27``) is written the same way after the twenty-fifth (its
writer saw no extractor and no twenty-sixth): an ordinary day again in towns no earlier set used,
spread across France, with a widow who answers for the husband who made the request and died in
February and carries it on in her own name, a father sharing the surname who picks up the landline
and fetches his son, a couple on speakerphone in a half-troglodyte house who argue the surface up to
the deed's, a wife who puts her husband's bill right and a husband who gives the roof through his
wife, clients who are busy, chatty, elderly, grieving, curt or at work in the wind and who answer
before the question is asked, mishear ('l'orientation' taken for a grandson's schooling), wander and
hesitate, with Belgian ('septante', 'nonante', 'GSM', 'pensionné', 'tantôt' for the afternoon),
Occitan ('Adieu' for hello), Portuguese, Catalan and Dauphiné words, a surname spelt with a Z put
right, a heating, a bill, an age and a mobile read back corrected, a move from a farm at Champlitte
to a single-storey house in Gray, codes in pairs, as thousands, digit by digit and in digits, bills
per month (one from a schedule of eleven payments), per year and as all three bands, ages direct,
relative, corrected and from a birth year, jobs with and without a status (a taxi driver and a salt
worker on their own account, a canteen worker on a fixed-term contract, a care assistant), and a
refusal from a guest-house keeper who signed with a local installer the week before, a canteen
worker renting the old schoolmaster's house from the commune, a wrong number answered by the lead's
ex-husband and a partial call from a commuter train that reaches her station.
"""

from __future__ import annotations

from benchmarks._script import FREE_TEXT_KEYS, GOLD_KEYS, LOST, OWNER, Script, Turn, script
from benchmarks.held_out import (
    HELD_OUT_2,
    HELD_OUT_3,
    HELD_OUT_4,
    HELD_OUT_5,
    HELD_OUT_6,
    HELD_OUT_7,
    HELD_OUT_8,
    HELD_OUT_9,
    HELD_OUT_10,
    HELD_OUT_11,
    HELD_OUT_12,
    HELD_OUT_13,
    HELD_OUT_14,
    HELD_OUT_15,
    HELD_OUT_16,
    HELD_OUT_17,
    HELD_OUT_18,
    HELD_OUT_19,
    HELD_OUT_20,
    HELD_OUT_21,
    HELD_OUT_22,
    HELD_OUT_23,
    HELD_OUT_24,
    HELD_OUT_25,
    HELD_OUT_26,
    HELD_OUT_27,
    SETS,
)

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
    "HELD_OUT_17",
    "HELD_OUT_18",
    "HELD_OUT_19",
    "HELD_OUT_20",
    "HELD_OUT_21",
    "HELD_OUT_22",
    "HELD_OUT_23",
    "HELD_OUT_24",
    "HELD_OUT_25",
    "HELD_OUT_26",
    "HELD_OUT_27",
    "SCRIPTS",
    "SUBSET",
    "Script",
    "Turn",
    "by_name",
]


SCRIPTS: tuple[Script, ...] = (
    script(
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
        **OWNER,
    ),
    script(
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
        **LOST,
    ),
    script(
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
        **LOST,
    ),
    script(
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
        **LOST,
    ),
    script(
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
        **OWNER,
    ),
    script(
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
        **OWNER,
    ),
    script(
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
        **OWNER,
    ),
    script(
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
        **OWNER,
    ),
    script(
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
        **OWNER,
    ),
    script(
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
        **OWNER,
    ),
    script(
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
        **OWNER,
    ),
    script(
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
        **OWNER,
    ),
    script(
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
        **OWNER,
    ),
    script(
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
        **OWNER,
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
    script(
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
        **OWNER,
    ),
    script(
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
        **LOST,
    ),
    script(
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
        **LOST,
    ),
    script(
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
        **OWNER,
    ),
    script(
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
        **OWNER,
    ),
    script(
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
        **OWNER,
    ),
    script(
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
        **OWNER,
    ),
    script(
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
        **OWNER,
    ),
    script(
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
        **OWNER,
    ),
    script(
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
        **OWNER,
    ),
)


def by_name(name: str) -> Script:
    """The script called ``name``, in ``SCRIPTS`` or one of the held-out sets."""
    known = (*SCRIPTS, *HELD_OUT, *(call for calls in SETS for call in calls))
    for call in known:
        if call.name == name:
            return call
    raise KeyError(f"no script named {name!r}; known: {', '.join(s.name for s in known)}")
