"""Held-out set 13 (``h13_*`` calls, ``--held-out 13``): see ``benchmarks.calls``."""

from __future__ import annotations

from benchmarks._script import LOST, OWNER, Script, script

__all__ = ["HELD_OUT_13"]


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
    script(
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
        **OWNER,
    ),
    script(
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
        **OWNER,
    ),
    script(
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
        **OWNER,
    ),
    script(
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
        **OWNER,
    ),
    script(
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
        **OWNER,
    ),
    script(
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
        **OWNER,
    ),
    script(
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
        **OWNER,
    ),
    script(
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
        **OWNER,
    ),
    script(
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
        **LOST,
    ),
    script(
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
        **LOST,
    ),
    script(
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
        **LOST,
    ),
    script(
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
        **OWNER,
    ),
)
