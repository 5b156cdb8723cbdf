"""Held-out set 21 (``h21_*`` calls, ``--held-out 21``): see ``benchmarks.calls``."""

from __future__ import annotations

from benchmarks._script import LOST, OWNER, Script, script

__all__ = ["HELD_OUT_21"]


# A twenty-first held-out set (names ``h21_*``), written after HELD_OUT_19, by someone who read
# only this module's format and earlier sets, docs/quality.md's natural-voice set and its gold
# conventions, messages/lead.py and La Poste's communes list (for the code/town pairs): never the
# extractors, and none of them was run on it. A call centre's ordinary day again, in towns no
# earlier set used and spread across France (Vitré, Saint-Affrique, Bergerac, Hirson, Neufchâteau,
# Bolbec, Mont-de-Marsan, Annonay, Montceau-les-Mines, Marvejols, Saint-Claude, Condom): eight
# owners, a refusal from a woman who already has panels and a heat pump, a railwayman renting a
# railwaymen's house, a wrong number answered by an old lady who mishears everything and a partial
# call from a school gate. A couple just moved from a rented flat in Rennes to a house in Vitré
# (``adresse_modifiee`` 1); a wife takes the phone from a deaf husband who hears 'pruneaux' for
# 'panneaux' and 'étage' for 'âge'; a couple on speakerphone where the wife puts right the
# heating, the bill and the orientation; a roofer who reels off five answers before the first
# question; a baker woken from her nap who corrects her heating and her family status; a
# childminder during the toddlers' nap whose mobile the agent reads wrong; a firefighter who gives
# his barracks' postal code before his own; an Englishman whose French slips into English. Postal
# codes in pairs, as thousands, digit by digit, in digits, 'quarante mille, tout rond' and one
# corrected; bills per month, per two months (turned into a month), per year, before and after
# panels, and as all three bands; ages direct, corrected, relative ('la même année'), from a birth
# year and given by the spouse; heating changed or corrected (oil kept by the former owners, a
# pellet stove that replaced oil, a heat pump the husband forgets, electric radiators after a gas
# boiler died); roofs of slate, tiles and sheet metal, facing north, east, west, south, east and
# west, or sunny all day; jobs with a status (CDI, CDD, fonctionnaire, on one's own account since
# 2008, 2014 and for three years, retired, unemployed, parental leave) and without (a postwoman, a
# childminder); surnames spelt or corrected (Briand, Carlier, Mougenot, Dubroca, Chomel,
# Desbrosses, Pagès, Grenard, Whitfield) and first names spelt (Nolwenn, Maylis, Graham); callback
# slots negotiated. The set's year is 2026. The gold is what a careful human fills from each call;
# where a value is debatable, the summary says why. Nobody tunes on it: never rendered, never part
# of ``FULL`` or ``SUBSET``; ``python -m benchmarks.extraction_quality --held-out 21`` scores it
# from its reference text.
HELD_OUT_21: tuple[Script, ...] = (
    script(
        "h21_vitre_nouvelle_maison",
        "a hospital nurse at Vitré who moved from a rented flat in Rennes: the agent reads the old"
        " address ('40, boulevard de la Liberté, à Rennes') and she says it was the flat ('On a"
        " acheté une maison à Vitré, on a emménagé en avril': adresse_modifiee 1, '12 rue de la"
        " Baratière', the code in pairs 'Trente-cinq, cinq cents': 35500, Vitré; Rennes is the old"
        " town), 'Oui, avec mon conjoint' (oui), she spells her first name ('N, O, L, W, E, deux"
        " N': Nolwenn) and confirms the surname (Briand), the oil boiler the former owners left, to"
        " be changed (fioul: a change only planned), no bill yet but 'un prélèvement de"
        " soixante-quinze euros par mois' (75, mensuelle), 'Cent quinze mètres carrés, d'après"
        " l'acte du notaire' (115), 'En ardoise' (ardoises), the sun on the street side in the"
        " morning and on the garden side in the afternoon, which the agent reads as east and west"
        " (est-ouest), 'il est tout nu ... Il y a de la place' (20m), 'Trente et un ans' (31), her"
        " partner's age corrected ('Trente-trois. Ah non, trente-quatre': 34), 'Pacsés. Pas"
        " d'enfants' (pacsée; no children adds nothing), 'infirmière ... Fonctionnaire'"
        " (fonctionnaire), her partner a sales rep 'en CDI' (CDI), 'quatre mille trois cents net"
        " par mois' (4300 euros par mois), 'Mercredi après-midi ?' and the agent's fifteen o'clock"
        " moved by her ('Plutôt quinze heures trente': mercredi après-midi, 15h30), her mobile"
        " (main) and her partner's (tel2) in pairs",
        """
        A: Bonjour madame, Yann, de Bretagne Est Énergie. Madame Briand ?
        C: Oui, c'est moi. Bonjour.
        A: Je vous appelle pour votre demande d'étude de panneaux solaires. J'ai une adresse au 40,
           boulevard de la Liberté, à Rennes : c'est toujours ça ?
        C: Ah non, surtout pas ! Enfin, si, c'était nous, mais c'était l'appartement, on y était
           locataires. On a acheté une maison à Vitré, on a emménagé en avril. J'ai dû remplir le
           formulaire avec la vieille adresse : l'ordinateur la propose tout seul.
        A: Pas de souci, je corrige. Quelle est la nouvelle adresse ?
        C: Douze, rue de la Baratière, à Vitré.
        A: 12 rue de la Baratière. Et le code postal ?
        C: Trente-cinq, cinq cents.
        A: 35500 Vitré. Donc vous êtes propriétaire, maintenant ?
        C: Oui, avec mon conjoint. Enfin, avec la banque, surtout, pour vingt ans.
        A: Pour le dossier, je vérifie votre nom : B, R, I, A, N, D ?
        C: C'est ça. Et le prénom, c'est Nolwenn : N, O, L, W, E, deux N. On me l'écrit souvent avec
           un seul N.
        A: Merci. Vous vous chauffez comment, dans la maison ?
        C: Il y a une chaudière au fioul, que les anciens propriétaires nous ont laissée. Elle
           marche, mais on voudrait la changer avant l'hiver prochain. C'est un peu pour ça qu'on
           vous a contactés : on se renseigne sur tout.
        A: Et votre facture d'électricité ?
        C: Alors, on n'a pas encore eu de vraie facture, on est là depuis trois mois. On a un
           prélèvement de soixante-quinze euros par mois, c'est ce qu'ils ont calculé.
        A: Soixante-quinze par mois. La surface de la maison ?
        C: Cent quinze mètres carrés, d'après l'acte du notaire. Je n'ai pas recompté.
        A: Et le toit, il est en quoi ?
        C: En ardoise, forcément. On est en Bretagne.
        A: Vous savez comment il est orienté ?
        C: Hum... Le matin, le soleil tape sur le pan côté rue, et l'après-midi, sur celui du
           jardin. Je l'ai remarqué parce que le chat change de fenêtre.
        A: Donc un pan à l'est, un pan à l'ouest. Il y aurait de la place ? Il faudrait une
           vingtaine de mètres carrés.
        C: Oui, il est tout nu : pas de velux, pas de cheminée, rien. Il y a de la place.
        A: Très bien. Votre âge, madame ?
        C: Trente et un ans.
        A: Et votre conjoint ?
        C: Trente-trois. Ah non, trente-quatre : il a eu son anniversaire la semaine dernière. Il va
           m'en vouloir.
        A: Vous êtes mariés ?
        C: Pacsés. Pas d'enfants, pas encore. Mais on a pris trois chambres, alors...
        A: Et vous travaillez dans quoi ?
        C: Je suis infirmière, à l'hôpital de Vitré. Fonctionnaire, la fonction publique
           hospitalière. Et lui, il est commercial pour une entreprise de matériel agricole, en CDI.
        A: Et le revenu du foyer, approximativement ?
        C: À nous deux, quatre mille trois cents net par mois, à peu près. Ça dépend de ses primes.
        A: Merci. Un conseiller va vous rappeler pour l'étude. Quand est-ce que ça vous arrange ?
        C: Avec mes horaires... Cette semaine, je suis du matin, je finis à quatorze heures.
           Mercredi après-midi ?
        A: Mercredi, quinze heures ?
        C: Plutôt quinze heures trente, le temps de rentrer et de souffler un peu.
        A: Mercredi, quinze heures trente. Sur quel numéro ?
        C: Mon portable : zéro six, vingt, quarante-sept, cinquante-huit, zéro neuf. Et celui de mon
           conjoint, si je ne réponds pas : zéro sept, quatre-vingt-un, trente-six, vingt-deux,
           quarante-cinq.
        A: 06 20 47 58 09, et 07 81 36 22 45. Merci, madame Briand, et bonne installation.
        C: Merci à vous, au revoir.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Nolwenn",
        client_last_name_data_ia="Briand",
        client_phone_number="0620475809",
        client_city_data_ia="Vitré",
        client_address_data_ia="12 rue de la Baratière",
        client_postal_code_data_ia="35500",
        adresse_modifiee="1",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="75",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="115",
        toiture_data_ia="ardoises",
        orientation_data_ia="est-ouest",
        toit_libre="20m",
        age_mr_data_ia="34",
        age_mme_data_ia="31",
        situation_familiale_data_ia="pacsée",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="fonctionnaire",
        revenu_data_ia="4300 euros par mois",
        tel2_data_ia="0781362245",
        creneau_rappel_data_ia="mercredi après-midi",
        heure_rappel_data_ia="15h30",
        **OWNER,
    ),
    script(
        "h21_saint_affrique_pruneaux",
        "a retired man of 79 at Saint-Affrique, hard of hearing, who mishears 'panneaux' as"
        " 'pruneaux', 'quel âge' as 'quel étage' and 'facture' as 'fracture'; he took the call"
        " (entretien 'Mr') and says 'elle est à nous' (oui) and how they heat ('Avant, c'était le"
        " fioul. L'an dernier, on a mis un poêle à granulés ... c'est le poêle qui chauffe tout':"
        " bois), then his wife takes the phone for the rest: 'soixante-deux euros' prélevés 'tous"
        " les mois' (62, mensuelle), 'Quatre-vingts mètres en bas ... encore quarante. Cent vingt,"
        " en tout' (120; 'un étage' is his mishearing, not a surface), 'Des vieilles tuiles rondes'"
        " (tuiles), 'Au midi ... plein midi' (sud), '14 route de Vabres. À Saint-Affrique' (Vabres"
        " is the road's name) with the code as thousands ('douze mille quatre cents': 12400), his"
        " first name from her ('Fernand. Fernand Bousquet'; hers, Josette, is not the client's),"
        " 'Soixante-dix-neuf ans. Et moi, soixante-quatorze' (79, 74), 'Trois [enfants] ... Mariés"
        " depuis cinquante-deux ans' (marié, 3 enfants, in his gender), 'retraités' (retraité,"
        " retraitée; the Roquefort cellars and the Post Office are the past), 'deux mille quatre"
        " cents par mois' (2400 euros par mois), 'Le lundi matin, vers onze heures' (lundi matin,"
        " 11h), the landline she says twice (main); no free roof space discussed ('-')",
        """
        A: Bonjour monsieur, Léa, de Rouergue Énergie Solaire. Monsieur Bousquet ?
        C: Oui, Bousquet, c'est moi. C'est pour quoi ?
        A: Je vous appelle pour votre demande d'étude de panneaux solaires.
        C: Des pruneaux ? On n'en vend pas, des pruneaux. Vous vous trompez, il faut aller du côté
           d'Agen, pour ça.
        A: Non, monsieur : des panneaux. Des panneaux solaires, pour le toit.
        C: Ah, les panneaux ! Excusez, j'entends mal de cette oreille. Oui, oui, c'est ma femme qui
           a demandé ça.
        A: Vous êtes bien propriétaire de votre maison ?
        C: Hein ? Oui, oui, elle est à nous. On l'a depuis soixante-dix-huit.
        A: Et vous vous chauffez comment ?
        C: Comment ?
        A: Votre chauffage, monsieur : c'est quoi ?
        C: Ah, le chauffage. Avant, c'était le fioul. L'an dernier, on a mis un poêle à granulés,
           dans la salle. Maintenant, la chaudière, on ne l'allume presque plus : c'est le poêle qui
           chauffe tout.
        A: Et quel âge avez-vous, monsieur ?
        C: Quel étage ? Il n'y en a qu'un, d'étage, avec les chambres. Pourquoi ?
        A: Je reviendrai à ça. Et votre facture d'électricité, elle est de combien ?
        C: La fracture ? Je ne me suis rien cassé, moi, mademoiselle, je marche encore très bien,
           tous les matins.
        C: Donne, Fernand, donne-moi ça. Allô ? Madame ? C'est madame Bousquet. Excusez-le, il
           n'entend rien, il ne veut pas mettre ses appareils. Je vais vous répondre, moi.
        A: Bonjour, madame. Je demandais votre facture d'électricité.
        C: On paie tous les mois, c'est prélevé : soixante-deux euros.
        A: Soixante-deux euros par mois. Et la surface de la maison ?
        C: Quatre-vingts mètres en bas, et les chambres, en haut, encore quarante. Cent vingt, en
           tout.
        A: Le toit est en quoi ?
        C: Des tuiles. Des vieilles tuiles rondes, toutes de travers, mais elles tiennent.
        A: Et il est orienté comment ?
        C: Au midi. Face à la Sorgue, plein midi. L'été, on ne peut pas rester sur la terrasse après
           onze heures.
        A: Et l'adresse, c'est bien...
        C: Quatorze, route de Vabres. À Saint-Affrique, hein, pas à Vabres. C'est le douze mille
           quatre cents.
        A: 14 route de Vabres, 12400 Saint-Affrique. Et le prénom de votre mari, pour le dossier ?
        C: Fernand. Fernand Bousquet. Moi, c'est Josette, mais c'est lui qui est sur les papiers.
        A: Quel âge a votre mari ?
        C: Soixante-dix-neuf ans. Et moi, soixante-quatorze.
        A: Vous avez des enfants ?
        C: Trois, et sept petits-enfants. Mariés depuis cinquante-deux ans, vous vous rendez compte
           ? Fernand ! Cinquante-deux ans ! ... Il me dit « quoi ». Voilà : cinquante-deux ans de «
           quoi ».
        A: Et vous êtes retraités, tous les deux ?
        C: Oui, retraités. Lui, il était aux caves, à Roquefort, à retourner les fromages. Moi,
           j'étais à la Poste, au guichet.
        A: Et vos revenus, à peu près ?
        C: Avec les deux retraites, deux mille quatre cents par mois.
        A: Merci. Un conseiller pourrait vous rappeler, pour l'étude. Quand est-ce que ça vous
           arrange ?
        C: Le matin, mais pas trop tôt. Le lundi matin, vers onze heures : Fernand est rentré de sa
           marche.
        A: Lundi, onze heures. Sur ce numéro ?
        C: Oui, le fixe. Zéro cinq, soixante-cinq, quarante-neuf, dix-huit, trente-trois. Attendez,
           je vous le redis, j'ai un doute : zéro cinq, soixante-cinq, quarante-neuf, dix-huit,
           trente-trois. Oui, c'est ça.
        A: 05 65 49 18 33. Et mettez ses appareils à votre mari, madame, que le conseiller puisse
           lui parler aussi !
        C: Ah, ça, je lui dis tous les jours ! Merci, mademoiselle, au revoir.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Fernand",
        client_last_name_data_ia="Bousquet",
        client_phone_number="0565491833",
        client_city_data_ia="Saint-Affrique",
        client_address_data_ia="14 route de Vabres",
        client_postal_code_data_ia="12400",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="62",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="120",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        age_mr_data_ia="79",
        age_mme_data_ia="74",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="retraitée",
        revenu_data_ia="2400 euros par mois",
        creneau_rappel_data_ia="lundi matin",
        heure_rappel_data_ia="11h",
        **OWNER,
    ),
    script(
        "h21_bergerac_couvreur",
        "a roofer at Bergerac who has had two other firms on the phone and reels off five answers"
        " before the first question ('La maison est à moi. Cent quarante mètres carrés. Tout"
        " électrique. Cent soixante euros par mois de prélèvement. Et le toit, c'est de la tuile"
        " plate': oui, 140, électrique, 160, mensuelle, tuiles), gives his names at the greeting"
        " (Stéphane Laporte), '42 route de Mussidan' at Bergerac ('c'est bien Bergerac, hein, pas"
        " Mussidan') with the code in digits ('Le 24100'), 'Le faîtage est est-ouest, donc j'ai un"
        " pan plein sud' (sud: the ridge's line is not the roof's orientation), 'trente-cinq mètres"
        " carrés utiles' (20m), 'Cinquante et un' (51), his partner's age corrected from behind him"
        " ('a quarante-sept ... Elle me dit quarante-six': 46), 'On n'est pas mariés ... En couple"
        " depuis vingt ans, trois gamins' (en couple, 3 enfants), 'Couvreur-zingueur, à mon compte"
        " depuis deux mille huit' (indépendant depuis 18 ans in 2026), his partner 'assistante"
        " dentaire, en CDI' (CDI), 'soixante-deux mille par an' (62000 euros par an), 'Lundi midi'"
        " with the agent's noon moved to 'Midi et demi' (lundi midi, 12h30), the mobile the agent"
        " reads and he confirms (main) and the home landline in pairs (tel2)",
        """
        A: Bonjour monsieur, Pauline, de Périgord Soleil Habitat. Monsieur Laporte ?
        C: Oui, Stéphane Laporte. Vous êtes pour les panneaux ?
        A: Tout à fait, je vous appelle pour votre demande d'étude. J'aurais quelques questions à
           vous poser sur votre...
        C: Attendez, je vais vous faire gagner du temps : j'ai déjà eu deux sociétés au téléphone
           cette semaine, je connais la chanson. La maison est à moi. Cent quarante mètres carrés.
           Tout électrique. Cent soixante euros par mois de prélèvement. Et le toit, c'est de la
           tuile plate, je l'ai refait moi-même : je suis couvreur.
        A: Vous allez plus vite que moi. Alors il me reste... l'adresse ?
        C: Quarante-deux, route de Mussidan. Mais c'est bien Bergerac, hein, pas Mussidan : la route
           s'appelle comme ça parce qu'elle y va. Le 24100.
        A: 42 route de Mussidan, 24100 Bergerac. Tout électrique, c'est-à-dire des radiateurs ?
        C: Des radiateurs à chaleur douce, et le ballon d'eau chaude. C'est pour ça que ça monte.
        A: Et le toit, vous savez comment il est orienté ?
        C: Le faîtage est est-ouest, donc j'ai un pan plein sud et un pan plein nord. Sur le pan
           sud, vous avez trente-cinq mètres carrés utiles : je les ai mesurés dimanche.
        A: Parfait, c'est largement suffisant. Votre âge, monsieur ?
        C: Cinquante et un.
        A: Et votre épouse ?
        C: On n'est pas mariés, hein. Ma compagne a quarante-sept... Quoi ? Elle me dit
           quarante-six. Quarante-six, pardon : elle est derrière moi, elle surveille.
        A: Vous avez des enfants ?
        C: En couple depuis vingt ans, trois gamins, un chien et un crédit. Le grand passe son bac
           cette année.
        A: Et vous êtes couvreur à votre compte ?
        C: Couvreur-zingueur, à mon compte depuis deux mille huit. Avant, j'étais salarié chez un
           patron, à Périgueux.
        A: Et votre compagne ?
        C: Elle est assistante dentaire, en CDI, chez un dentiste du centre-ville.
        A: Et le revenu du foyer, à peu près ?
        C: Sur l'avis d'impôt, on est à soixante-deux mille par an, à nous deux.
        A: Merci. Vous avez des questions sur l'installation ?
        C: Oui : qui pose ? Parce que si c'est des gars qui me cassent mes tuiles, je préfère le
           faire moi-même.
        A: Ce sont nos équipes, certifiées, monsieur ; le conseiller vous expliquera tout, et vous
           pourrez être présent à la pose.
        C: J'y serai, croyez-moi. Avec mon escabeau.
        A: Quand est-ce qu'il peut vous rappeler ?
        C: Pas le matin : le matin, je suis sur les toits, je ne décroche pas. Le midi, je mange au
           camion.
        A: Lundi midi, alors ? À midi ?
        C: Midi et demi. À midi, je range le chantier.
        A: Lundi, midi et demi. Sur ce numéro, le 06 33 18 72 40 ?
        C: Oui, c'est mon portable. Et le fixe de la maison, pour le soir : zéro cinq,
           cinquante-trois, cinquante-sept, quatorze, quatre-vingt-dix.
        A: 05 53 57 14 90. Merci, monsieur Laporte, bonne journée.
        C: Salut.
        """,
        client="Mr",
        objections="a déjà eu deux devis ; veut surveiller la pose de ses tuiles",
        client_first_name_data_ia="Stéphane",
        client_last_name_data_ia="Laporte",
        client_phone_number="0633187240",
        client_city_data_ia="Bergerac",
        client_address_data_ia="42 route de Mussidan",
        client_postal_code_data_ia="24100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="160",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="140",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="51",
        age_mme_data_ia="46",
        situation_familiale_data_ia="en couple, 3 enfants",
        activite_mr_data_ia="indépendant depuis 18 ans",
        activite_mme_data_ia="CDI",
        revenu_data_ia="62000 euros par an",
        tel2_data_ia="0553571490",
        creneau_rappel_data_ia="lundi midi",
        heure_rappel_data_ia="12h30",
        **OWNER,
    ),
    script(
        "h21_hirson_maison_cheminot",
        "a railway signalman at Hirson who rents a railwaymen's house from the railway's housing"
        " company and thought paying the electricity was enough: he confirms the spelt surname and"
        " gives his first name (Jordan Carlier), '15 rue Jean-Jaurès' and the code digit by digit"
        " ('zéro, deux, cinq, zéro, zéro': 02500), 'on la loue à la société de logement de la SNCF'"
        " (non: Non intéressant), 'Une chaudière au gaz de ville' (gaz), only a band for the bill"
        " ('Entre quatre-vingts et cent euros par mois': entre 80 et 100, mensuelle), 'Aiguilleur"
        " ... En CDI' (CDI), his partner 'en congé parental' (the status), 'en couple, pas mariés."
        " Un petit' (en couple, 1 enfant), 'Vingt-neuf ans. Elle, vingt-sept' (29, 27); a plug-in"
        " kit asked about and refused, a purchase from the landlord only thought of, no callback"
        " agreed (Non), the mobile the agent reads and he confirms (main)",
        """
        A: Bonjour monsieur, Mathilde, de Thiérache Énergie. Monsieur Carlier ?
        C: Oui, c'est moi. Bonjour.
        A: Je vous appelle au sujet de votre demande d'étude de panneaux solaires, faite sur notre
           site.
        C: Ah oui. Je l'ai remplie un soir, avec le petit qui ne dormait pas. Je ne sais même plus
           ce que j'ai mis.
        A: On va vérifier ensemble. Votre nom, c'est C, A, R, L, I, E, R ?
        C: C'est ça. Jordan Carlier.
        A: Et vous êtes à Hirson ?
        C: À Hirson, oui. Quinze, rue Jean-Jaurès. Le code, c'est zéro, deux, cinq, zéro, zéro.
        A: 15 rue Jean-Jaurès, 02500 Hirson. Vous êtes propriétaire de la maison ?
        C: Ben... non. C'est une maison de cheminot : on la loue à la société de logement de la
           SNCF. J'ai mis quoi, moi, sur le formulaire ? Propriétaire ?
        A: La case n'est pas remplie, monsieur. Mais c'est important : pour poser des panneaux,
           c'est le propriétaire qui décide.
        C: Ah. Parce que moi, je pensais : vu que c'est moi qui paie l'électricité...
        A: Je comprends. Vous vous chauffez comment ?
        C: Une chaudière au gaz de ville. Elle a presque l'âge de la maison, elle fait un bruit de
           locomotive.
        A: Et votre facture d'électricité ?
        C: Entre quatre-vingts et cent euros par mois. Ça dépend si ma compagne fait tourner le
           sèche-linge.
        A: Vous travaillez à la SNCF ?
        C: Aiguilleur, au poste d'Hirson. En CDI. Je suis en trois-huit, c'est pour ça que je suis à
           la maison à cette heure-là.
        A: Et votre compagne ?
        C: Elle est en congé parental, pour le petit. Il a huit mois.
        A: Vous êtes mariés ?
        C: Non, en couple, pas mariés. Un petit, pour l'instant.
        A: Et vous avez quel âge, si ce n'est pas indiscret ?
        C: Vingt-neuf ans. Elle, vingt-sept.
        A: Merci. Malheureusement, monsieur, comme vous êtes locataire, nous ne pouvons pas faire
           l'étude sans l'accord du bailleur.
        C: Et si je leur demande, au bailleur ?
        A: Vous pouvez, mais c'est un organisme : il décide pour tout un parc de maisons, ça prend
           souvent du temps.
        C: Et les petits panneaux qu'on branche sur une prise, pour le jardin, vous en faites ?
        A: Non, monsieur, nous faisons seulement des installations sur toiture.
        C: Bon. Ils vendent certaines maisons aux locataires, vous savez. Ils nous l'ont proposé
           l'an dernier. Si on achète, je vous rappelle.
        A: Avec plaisir. Je garde vos coordonnées : c'est bien le 07 52 64 11 38 ?
        C: Oui, c'est mon portable.
        A: Très bien. Merci, monsieur Carlier, et bon courage avec le petit.
        C: Merci. Au revoir.
        """,
        client="Mr",
        objections="locataire (bailleur SNCF) ; achat de la maison seulement envisagé",
        client_first_name_data_ia="Jordan",
        client_last_name_data_ia="Carlier",
        client_phone_number="0752641138",
        client_city_data_ia="Hirson",
        client_address_data_ia="15 rue Jean-Jaurès",
        client_postal_code_data_ia="02500",
        proprietaire_data_ia="non",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="entre 80 et 100",
        mensuelle_annuelle_data_ia="mensuelle",
        age_mr_data_ia="29",
        age_mme_data_ia="27",
        situation_familiale_data_ia="en couple, 1 enfant",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="en congé parental",
        **LOST,
    ),
    script(
        "h21_neufchateau_deja_equipee",
        "a refusal at Neufchâteau from a woman who already has panels: she corrects the surname the"
        " agent mispronounces ('Mougenot. Pas Mougel': Mougenot), has had panels 'Depuis deux mille"
        " dix-neuf' with 'la pompe à chaleur' fitted by 'un gars d'ici, de Neufchâteau' (pompe à"
        " chaleur; Neufchâteau), the bill before and after ('On payait cent vingt euros"
        " d'électricité par mois, maintenant on est à quarante': 40, mensuelle, today's), 'je suis"
        " propriétaire' (oui), 'J'ai soixante et un ans' (61), and turns down batteries, an"
        " extension and every other work ('notez aussi de ne plus m'appeler': Non intéressant,"
        " Non); no first name, number or address",
        """
        A: Bonjour madame, Quentin, de Vosges Lorraine Solaire. Madame Mougel ?
        C: Mougenot. Pas Mougel : Mougenot. Vous n'êtes pas le premier à l'écorcher.
        A: Pardon, madame Mougenot. Je vous appelle au sujet des panneaux solaires : nous proposons
           une étude gratuite aux propriétaires de maisons du secteur...
        C: Des panneaux ? Mais on en a déjà, des panneaux ! Depuis deux mille dix-neuf. Vous ne
           regardez pas les toits, avant d'appeler ?
        A: Je suis désolé, madame, je n'avais pas cette information. Vous en êtes satisfaite ?
        C: Très. On a fait faire ça avec la pompe à chaleur, le même artisan, un gars d'ici, de
           Neufchâteau. On payait cent vingt euros d'électricité par mois ; maintenant, on est à
           quarante. Alors vous voyez, je n'ai besoin de rien.
        A: C'est une belle installation. Nous proposons aussi des batteries, pour stocker ce que
           vous produisez dans la journée...
        C: Non. Non, merci.
        A: Ou une extension, si vous avez encore de la place sur le toit...
        C: Il n'y a plus de place, et il n'y aura pas d'extension. Écoutez, monsieur : je suis
           propriétaire, je suis contente de ce que j'ai, et je n'ai pas envie qu'on recommence les
           travaux.
        A: Je comprends tout à fait.
        C: Et puis, à mon âge... J'ai soixante et un ans, je ne vais pas m'endetter pour des
           batteries.
        A: Ce n'est pas forcément un crédit, madame, il existe des aides...
        C: Les aides, on les a eues, en dix-neuf. Une fois, ça suffit. Vous savez combien de temps
           il a fallu pour le dossier ? Huit mois.
        A: Je l'entends. Donc ni batterie, ni extension.
        C: Ni batterie, ni extension, ni isolation, ni fenêtres. On a tout fait, tout.
        A: Très bien. Je note que vous êtes déjà équipée.
        C: Oui, notez-le bien. Et notez aussi de ne plus m'appeler.
        A: Je vais retirer votre numéro de notre fichier, madame.
        C: Merci. Parce que vous êtes le quatrième depuis le début de l'année. Le quatrième ! Et
           tous pour me vendre ce que j'ai déjà sur le toit.
        A: Je vous présente nos excuses pour ces appels.
        C: Ce n'est pas vous, c'est le fichier. Bon.
        A: Vous ne serez plus appelée par notre société, madame.
        C: On verra bien. Bonne journée, monsieur.
        A: Bonne journée, madame Mougenot.
        C: Au revoir.
        """,
        client="Mme",
        objections="déjà équipée (panneaux, PAC) ; refuse batteries et extension ; ne pas rappeler",
        client_last_name_data_ia="Mougenot",
        client_city_data_ia="Neufchâteau",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="40",
        mensuelle_annuelle_data_ia="mensuelle",
        age_mme_data_ia="61",
        **LOST,
    ),
    script(
        "h21_bolbec_faux_numero",
        "a wrong number: the agent asks for monsieur Didier Lecomte at Lillebonne; the old lady who"
        " answers mishears ('C'est la pharmacie ?', 'Le comte ? ... je ne suis pas comtesse',"
        " 'Quelle panne ?'), has had the number for twelve years and lives 'à Bolbec'; she asks the"
        " agent's age ('Vingt-six ans, madame' is his, not hers) and gives her own ('j'en ai"
        " soixante-dix-huit': 78); the fiche describes her (city Bolbec, age 78, entretien 'Mme'),"
        " not the lead in the file (Lillebonne and his name are not gold); her roof 'c'est à peine"
        " s'il tient' says neither owner nor tenant ('-')",
        """
        A: Bonjour madame, Lucas, de Normandie Énergie Conseil. Je souhaiterais parler à monsieur
           Didier Lecomte, s'il vous plaît.
        C: Allô ? Qui ça ? C'est la pharmacie ?
        A: Non, madame : Normandie Énergie Conseil. Je cherche monsieur Didier Lecomte.
        C: Le comte ? Il n'y a pas de comte ici, mon pauvre monsieur. Il n'y a que moi, et je ne
           suis pas comtesse.
        A: Lecomte, madame, c'est son nom de famille. J'ai ce numéro pour une demande d'étude de
           panneaux solaires, au nom de monsieur Lecomte, à Lillebonne.
        C: Quelle panne ? Je n'ai pas de panne, tout marche, ici. C'est pour la télé ?
        A: Des panneaux solaires, madame : pour produire de l'électricité, sur le toit.
        C: Ah ! Les panneaux. Non, non, ce n'est pas moi qui ai demandé ça. Je ne connais pas de
           Lecomte. Lillebonne, c'est à côté, mais moi, je suis à Bolbec.
        A: Alors il y a une erreur dans notre fichier. Vous avez ce numéro depuis longtemps ?
        C: Depuis douze ans. C'est ma fille qui m'a pris ce téléphone-là, le portable, avec les
           grosses touches. Avant, je n'avais que le fixe.
        A: Monsieur Lecomte a peut-être inversé deux chiffres en remplissant le formulaire.
        C: Sans doute. Ils tapent trop vite, les jeunes. Vous savez, on m'appelle souvent, pour des
           choses que je ne comprends pas. La semaine dernière, c'était pour une mutuelle pour
           chiens. Je n'ai pas de chien !
        A: Je suis désolé, madame. Je vais faire corriger le numéro, pour qu'on ne vous dérange
           plus.
        C: Vous êtes gentil. Vous avez une voix jeune. Vous avez quel âge ?
        A: Vingt-six ans, madame.
        C: Vingt-six ans ! Moi, j'en ai soixante-dix-huit. J'aurais pu être votre grand-mère.
        A: Et puisque je vous ai, madame, des panneaux, chez vous, ça ne vous intéresserait pas ?
        C: Oh, moi, je ne vais pas mettre des panneaux à mon âge. Ma fille dirait que je suis folle.
           Et puis mon toit, c'est à peine s'il tient.
        A: Je comprends. Je ne vous embête pas plus longtemps.
        C: Vous ne m'embêtez pas, ça me fait de la visite. Mais je ne vais pas vous acheter de
           panneaux, hein.
        A: Bien sûr. Je retire ce numéro tout de suite.
        C: Comment ?
        A: Je retire votre numéro de notre fichier, madame.
        C: Ah, très bien. Merci.
        A: Bonne journée, madame, et excusez-nous encore.
        C: Au revoir, jeune homme. Et trouvez-le, votre comte !
        """,
        client="Mme",
        objections="mauvais numéro ; pas intéressée",
        client_city_data_ia="Bolbec",
        age_mme_data_ia="78",
        **LOST,
    ),
    script(
        "h21_mont_de_marsan_ecole",
        "a partial call: a postwoman at Mont-de-Marsan, waiting at the school gate, who confirms"
        " the spelt surname (Dubroca) and spells her first name ('M, A, Y, L, I, S': Maylis), 'Oui."
        " Enfin, nous et le Crédit Agricole' (oui), 'au quartier Saint-Médard. Huit, allée des"
        " Pins' (a district of Mont-de-Marsan: '8 allée des Pins') with the code 'quarante mille,"
        " tout rond' (40000), 'Au gaz. Pas le gaz de ville : on a une citerne' (gaz), only a band"
        " for the bill ('Moins de quatre-vingts euros par mois': moins_de_80, mensuelle), 'Je suis"
        " factrice' (the job, no status said), then the bell rings before the surface, roof, ages"
        " or family are said ('-'): 'Ce soir, quand ils sont couchés. Vingt heures trente ?' (ce"
        " soir, 20h30), the mobile the agent reads and she confirms (main)",
        """
        A: Bonjour madame, Julien, de Landes Gascogne Énergie. Madame Dubroca ?
        C: Oui ? Oui, c'est moi. Je suis devant l'école, j'attends les enfants : la cloche sonne
           dans cinq minutes. C'est pour quoi ?
        A: Pour votre demande d'étude de panneaux solaires. On peut commencer, et si vous devez
           raccrocher, je vous rappelle ?
        C: D'accord. Allez-y, vite.
        A: Je vérifie votre nom : D, U, B, R, O, C, A ?
        C: C'est ça. Et Maylis, le prénom : M, A, Y, L, I, S.
        A: Merci. Vous êtes propriétaire ?
        C: Oui. Enfin, nous et le Crédit Agricole.
        A: Et vous êtes à Mont-de-Marsan ?
        C: Oui, au quartier Saint-Médard. Huit, allée des Pins. Le code, c'est quarante mille, tout
           rond.
        A: 8 allée des Pins, 40000 Mont-de-Marsan. Vous vous chauffez comment ?
        C: Au gaz. Pas le gaz de ville : on a une citerne dans le jardin, enterrée.
        A: Et votre facture d'électricité ?
        C: Moins de quatre-vingts euros par mois, ça, c'est sûr. Le gaz, par contre, c'est une autre
           histoire.
        A: Et vous travaillez ?
        C: Je suis factrice. Je commence à six heures, c'est pour ça que je peux venir les chercher.
        A: Et c'est gratuit, l'étude, je vous rassure.
        C: Ah, tant mieux, parce que la dernière fois, un monsieur voulait me faire payer le
           déplacement.
        A: Non, rien à payer. La surface de la maison ?
        C: Attendez... Ah, voilà, ça sonne. Ils sortent. Louise ! Ici ! Ne cours pas ! Excusez-moi,
           je dois vous laisser, sinon je perds le petit dans la foule.
        A: Bien sûr. Quand est-ce que je peux vous rappeler ?
        C: Ce soir, quand ils sont couchés. Vingt heures trente ? Avant, c'est le bain, les devoirs,
           le cirque.
        A: Ce soir, vingt heures trente. Sur ce numéro, le 06 79 25 43 17 ?
        C: Oui, c'est mon portable. Gabin, ton cartable !
        A: Je vous laisse, madame. À ce soir.
        C: À ce soir, merci !
        """,
        client="Mme",
        objections="pas disponible (sortie d'école) : rappel demandé",
        client_first_name_data_ia="Maylis",
        client_last_name_data_ia="Dubroca",
        client_phone_number="0679254317",
        client_city_data_ia="Mont-de-Marsan",
        client_address_data_ia="8 allée des Pins",
        client_postal_code_data_ia="40000",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="moins_de_80",
        mensuelle_annuelle_data_ia="mensuelle",
        activite_mme_data_ia="factrice",
        creneau_rappel_data_ia="ce soir",
        heure_rappel_data_ia="20h30",
        **OWNER,
    ),
    script(
        "h21_annonay_haut_parleur",
        "a couple at Annonay on speakerphone: he took the call (entretien 'Mr', Gilbert Chomel) and"
        " his wife puts him right three times: the heating ('Au fuel.' / 'Mais non, Gilbert ! On a"
        " fait mettre la pompe à chaleur il y a deux ans': pompe à chaleur), the bill"
        " ('Quatre-vingt-dix' / 'Cent dix ! Tu regardes l'ancienne ... c'est cent dix par mois':"
        " 110, mensuelle) and the orientation ('il donne à l'est, je crois' / 'Mais non, à l'ouest"
        " !': ouest); 'depuis quatre-vingt-quinze' (oui), '5 rue des Cordeliers' and the code in"
        " pairs ('Zéro sept, cent': 07100), 'dix mètres sur onze' that the agent turns into 110 m²"
        " and he confirms (110), 'Des tuiles' (tuiles), 'Il doit rester quinze mètres, pas plus'"
        " (moins de 20m), 'Cinquante-sept ans' (57) and hers from her own mouth ('Cinquante-cinq':"
        " 55), 'Mariés, quatre enfants' (marié, 4 enfants), 'je suis au chômage' (au chômage; the"
        " paper mill is the past), hers 'agent d'entretien à l'hôpital. En CDD' (CDD),"
        " 'Trente-quatre mille par an' (34000 euros par an), 'Le samedi. Pas le matin' and the"
        " agent's two o'clock moved ('Quatorze heures trente, plutôt': samedi après-midi, 14h30),"
        " his mobile in pairs (main)",
        """
        A: Bonjour monsieur, Émilie, d'Ardèche Nord Énergie. Monsieur Chomel ?
        C: Oui, c'est moi, Gilbert Chomel. C'est pour les panneaux ? Attendez, je mets le
           haut-parleur, ma femme veut entendre. Monique, viens ! ... Voilà, on vous écoute.
        A: Bonjour à tous les deux. Je vérifie votre nom : C, H, O, M, E, L ?
        C: C'est ça.
        A: Vous êtes propriétaires de la maison ?
        C: Oui, depuis quatre-vingt-quinze.
        A: Et l'adresse ?
        C: Cinq, rue des Cordeliers, à Annonay. Zéro sept, cent.
        A: 5 rue des Cordeliers, 07100 Annonay. Vous vous chauffez comment ?
        C: Au fuel.
        C: Mais non, Gilbert ! On a fait mettre la pompe à chaleur il y a deux ans ; le fuel, c'est
           fini. La cuve est vide, même.
        C: Ah oui, c'est vrai. La pompe à chaleur. Vous voyez, je ne m'y fais pas.
        A: Et votre facture d'électricité ?
        C: Quatre-vingt-dix euros par mois.
        C: Cent dix ! Tu regardes l'ancienne. Ils ont augmenté en février : c'est cent dix par mois,
           maintenant.
        A: Cent dix par mois, donc. La surface de la maison ?
        C: Elle fait dix mètres sur onze, de plain-pied.
        A: Donc à peu près cent dix mètres carrés ?
        C: Cent dix, c'est ça. Comme la facture, tiens : c'est facile à retenir.
        A: Et le toit ?
        C: Des tuiles. Le pan de derrière, il donne à l'est, je crois.
        C: Mais non, à l'ouest ! Le soleil se couche de ce côté-là, on le voit tous les soirs depuis
           la cuisine.
        C: Bon. À l'ouest. Elle a raison, elle a toujours raison.
        A: Et sur ce pan, il y aurait une vingtaine de mètres carrés libres ?
        C: Il y a le chien-assis, et la cheminée... Il doit rester quinze mètres, pas plus.
        A: D'accord, le conseiller regardera. Vos âges ?
        C: Cinquante-sept ans. Et ma femme...
        C: Cinquante-cinq. Je peux le dire moi-même, merci.
        A: Vous êtes mariés, vous avez des enfants ?
        C: Mariés, quatre enfants. Tous partis : la maison est vide, maintenant.
        A: Et vous travaillez ?
        C: Moi, je suis au chômage. La papeterie a fermé, l'an dernier, après trente et un ans. Je
           cherche, mais à cinquante-sept ans...
        C: Et moi, je suis agent d'entretien à l'hôpital. En CDD, encore : ils renouvellent tous les
           six mois.
        A: Et le revenu du foyer, à peu près ?
        C: Trente-quatre mille par an, à peu près, avec le chômage.
        A: Merci. Un conseiller va vous rappeler. Quand êtes-vous là tous les deux ?
        C: Le samedi. Pas le matin, on fait le marché.
        A: Samedi après-midi, quatorze heures ?
        C: Quatorze heures trente, plutôt. On mange tard, le samedi.
        A: Samedi, quatorze heures trente. Sur quel numéro ?
        C: Mon portable : zéro six, quatre-vingt-neuf, zéro deux, soixante-trois, cinquante et un.
        A: 06 89 02 63 51. Merci à tous les deux, bonne journée.
        C: Merci, au revoir.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Gilbert",
        client_last_name_data_ia="Chomel",
        client_phone_number="0689026351",
        client_city_data_ia="Annonay",
        client_address_data_ia="5 rue des Cordeliers",
        client_postal_code_data_ia="07100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="110",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="110",
        toiture_data_ia="tuiles",
        orientation_data_ia="ouest",
        toit_libre="moins de 20m",
        age_mr_data_ia="57",
        age_mme_data_ia="55",
        situation_familiale_data_ia="marié, 4 enfants",
        activite_mr_data_ia="au chômage",
        activite_mme_data_ia="CDD",
        revenu_data_ia="34000 euros par an",
        creneau_rappel_data_ia="samedi après-midi",
        heure_rappel_data_ia="14h30",
        **OWNER,
    ),
    script(
        "h21_montceau_boulangere",
        "a baker at Montceau-les-Mines woken from her afternoon nap, who confirms the spelt surname"
        " (Desbrosses) and gives her first name (Aurélie), 'J'ai racheté la part de mon ex-mari ..."
        " Elle est à moi toute seule' (oui), '23 rue des Alouettes, à Montceau. Montceau-les-Mines'"
        " with the code in pairs ('Soixante et onze, trois cents': 71300), the heating corrected"
        " ('Au gaz de ville. Non, attendez ... j'ai fait mettre des radiateurs électriques':"
        " électrique), the yearly adjustment ('mille deux cent soixante euros par an': 1260,"
        " annuelle), 'Soixante-dix-huit mètres carrés' (78), 'Des tuiles' (tuiles), 'le toit est au"
        " nord' (nord; the plastic veranda to the south is no roof for panels), 'Je suis née en"
        " soixante-dix-huit' (48 in 2026), 'Célibataire. Enfin, divorcée, sur les papiers. Avec mon"
        " fils' (divorcée, 1 enfant), 'à mon compte depuis trois ans' (indépendante depuis 3 ans),"
        " 'Mille huit cents par mois, les bons mois' (1800 euros par mois), 'Le lundi ... En début"
        " d'après-midi. Mais pas avant deux heures' and the agent's 'Lundi, quatorze heures' (lundi"
        " début d'après-midi, 14h), her mobile (main) and the shop's landline (tel2) in pairs; no"
        " free roof space discussed",
        """
        A: Bonjour madame, Damien, de Saône Bourgogne Énergie. Madame Desbrosses ?
        C: Oui... Oui, c'est moi. Excusez-moi, vous me réveillez. Je suis boulangère, je me lève à
           trois heures, alors l'après-midi, je fais un somme.
        A: Oh, pardon, madame. Je peux vous rappeler plus tard ?
        C: Non, non, maintenant que je suis réveillée... C'est pour quoi ?
        A: Pour votre demande d'étude de panneaux solaires.
        C: Ah oui. Avec les fours, à la boutique, je vois passer les factures d'électricité. Alors
           je me suis dit : pour la maison, au moins...
        A: Je vérifie votre nom : D, E, S, B, R, O, S, S, E, S ?
        C: C'est ça. Aurélie.
        A: Merci. Vous êtes propriétaire de votre maison ?
        C: Oui. J'ai racheté la part de mon ex-mari, quand on a divorcé. Elle est à moi toute seule,
           maintenant.
        A: Et l'adresse ?
        C: Vingt-trois, rue des Alouettes, à Montceau. Montceau-les-Mines. Soixante et onze, trois
           cents.
        A: 23 rue des Alouettes, 71300 Montceau-les-Mines. Vous vous chauffez comment ?
        C: Au gaz de ville. Non, attendez, qu'est-ce que je raconte : la chaudière a lâché il y a
           deux ans, et j'ai fait mettre des radiateurs électriques. Le gaz, je l'ai fait couper. Je
           dors encore à moitié.
        A: Donc à l'électricité. Et votre facture ?
        C: Je suis mensualisée, mais je regarde la régularisation : mille deux cent soixante euros
           par an, l'an dernier.
        A: Mille deux cent soixante par an. La surface de la maison ?
        C: Soixante-dix-huit mètres carrés. C'est une maison de mineur, comme toute la rue. Mon
           grand-père était au fond, au puits.
        A: Et le toit ?
        C: Des tuiles. Mais je vous préviens : le toit est au nord. Derrière, il y a la véranda,
           elle, elle est au sud, mais c'est du plastique. Ça ne va pas, hein, le nord ?
        A: Le rendement est plus faible au nord, c'est vrai ; le conseiller regardera ce qui est
           possible. Votre âge, madame ?
        C: Je suis née en soixante-dix-huit. Faites le calcul, moi, je ne sais plus compter
           l'après-midi.
        A: Vous vivez seule ?
        C: Célibataire. Enfin, divorcée, sur les papiers. Avec mon fils, qui a dix-neuf ans et qui
           mange comme quatre.
        A: Et la boulangerie, vous êtes à votre compte ?
        C: Oui, à mon compte depuis trois ans. J'ai repris la boulangerie de la place ; avant,
           j'étais vendeuse chez le précédent.
        A: Et votre revenu, à peu près ?
        C: Mille huit cents par mois, les bons mois. Les mauvais, je préfère ne pas en parler.
        A: Merci. Quand est-ce qu'un conseiller pourrait vous rappeler ?
        C: Le lundi, la boutique est fermée. En début d'après-midi. Mais pas avant deux heures,
           hein, sinon vous me réveillez encore !
        A: Lundi, quatorze heures ?
        C: Lundi, quatorze heures. Parfait.
        A: Sur quel numéro ?
        C: Mon portable : zéro sept, cinquante-six, quarante et un, trente, quatre-vingt-deux. Et
           sinon, la boutique, mais pas le lundi : zéro trois, quatre-vingt-cinq, cinquante-sept,
           vingt-huit, zéro six.
        A: 07 56 41 30 82, et 03 85 57 28 06. Merci, madame Desbrosses, et rendormez-vous bien.
        C: Ça, ça m'étonnerait. Au revoir !
        """,
        client="Mme",
        objections="toit orienté au nord",
        client_first_name_data_ia="Aurélie",
        client_last_name_data_ia="Desbrosses",
        client_phone_number="0756413082",
        client_city_data_ia="Montceau-les-Mines",
        client_address_data_ia="23 rue des Alouettes",
        client_postal_code_data_ia="71300",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="1260",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="78",
        toiture_data_ia="tuiles",
        orientation_data_ia="nord",
        age_mme_data_ia="48",
        situation_familiale_data_ia="divorcée, 1 enfant",
        activite_mme_data_ia="indépendante depuis 3 ans",
        revenu_data_ia="1800 euros par mois",
        tel2_data_ia="0385572806",
        creneau_rappel_data_ia="lundi début d'après-midi",
        heure_rappel_data_ia="14h",
        **OWNER,
    ),
    script(
        "h21_marvejols_sieste",
        "a childminder at Marvejols, called on the landline during the toddlers' nap, who corrects"
        " the spelt surname's accent ('Avec un accent grave sur le E. Pagès') and gives her first"
        " name (Séverine), 'On l'a fait construire il y a huit ans' (oui), '6 chemin de la Colagne'"
        " and the code in pairs ('Quarante-huit, cent': 48100), 'un poêle bouilleur ... relié aux"
        " radiateurs' (bois), the bill every two months that the agent turns into a month and she"
        " confirms ('cent vingt euros' / 'Soixante par mois, voilà': 60, mensuelle),"
        " 'Quatre-vingt-quinze mètres carrés, plus le garage' (95), 'En ardoise' (ardoises), 'Le"
        " grand pan regarde vers l'est' (est), 'Oui, facilement' to twenty free square metres"
        " (20m), 'Trente-neuf ans' (39), her partner 'de quatre-vingt-cinq' (41 in 2026), 'On dit"
        " mon mari, mais on n'est pas mariés : pacsés' and 'Trois' children (pacsée, 3 enfants; the"
        " four she minds are not hers), 'assistante maternelle' (the job, no status said), her"
        " partner 'fonctionnaire territorial' (fonctionnaire), the income kept for the adviser"
        " ('-'), 'Le jeudi ... En début d'après-midi' and the agent's 'treize heures trente' (jeudi"
        " début d'après-midi, 13h30), and the mobile the agent reads wrong and she corrects ('Non,"
        " trente et un, à la fin': main)",
        """
        A: Bonjour madame, Arthur, de Lozère Énergie Solaire. Madame Pagès ?
        C: Oui, bonjour ! Attendez, je change de pièce : j'ai quatre petits qui font la sieste.
           Enfin, qui devraient... Voilà. Allez-y, doucement.
        A: Je vous appelle pour votre demande d'étude de panneaux solaires. Je vérifie votre nom :
           P, A, G, E, S ?
        C: Avec un accent grave sur le E. Pagès. Et moi, c'est Séverine.
        A: Merci, madame Pagès. Vous êtes propriétaire de votre maison ?
        C: Oui. On l'a fait construire il y a huit ans, au-dessus de la rivière.
        A: Et l'adresse exacte ?
        C: Six, chemin de la Colagne, à Marvejols. Quarante-huit, cent.
        A: 6 chemin de la Colagne, 48100 Marvejols. Vous vous chauffez comment ?
        C: Au bois. On a un poêle bouilleur, dans le séjour, qui est relié aux radiateurs. Mon
           compagnon fait le bois tout l'automne.
        A: Et votre facture d'électricité ?
        C: Elle arrive tous les deux mois : cent vingt euros.
        A: Soit soixante euros par mois ?
        C: Soixante par mois, voilà. Ce n'est pas énorme, mais avec les petits, les machines
           tournent. Et c'est surtout pour l'eau chaude, l'été, que je voudrais quelque chose.
        A: La surface de la maison ?
        C: Quatre-vingt-quinze mètres carrés, plus le garage.
        A: Et le toit ?
        C: En ardoise. Ici, c'est obligatoire : c'est le règlement du lotissement.
        A: Vous savez comment il est orienté ?
        C: Le grand pan regarde vers l'est. On a le soleil au petit-déjeuner, et à partir de trois
           heures, il passe derrière la colline.
        A: Et il y aurait une vingtaine de mètres carrés libres, sur ce pan ?
        C: Oui, facilement. Il n'y a rien dessus.
        A: Votre âge, madame ?
        C: Trente-neuf ans.
        A: Et votre mari ?
        C: Il est de quatre-vingt-cinq. Enfin, mon mari... On dit mon mari, mais on n'est pas mariés
           : pacsés. Depuis dix ans.
        A: Vous avez des enfants ?
        C: Trois. Plus les quatre que je garde, mais ceux-là, ils rentrent chez eux le soir !
        A: Vous êtes assistante maternelle ?
        C: Oui, agréée, je garde à la maison. Et mon compagnon est fonctionnaire territorial, au
           Département : il est aux routes, il conduit le chasse-neige l'hiver.
        A: Et le revenu du foyer, à peu près ?
        C: Ça, je préfère en parler avec le conseiller, si ça ne vous dérange pas.
        A: Pas de souci. Quand est-ce qu'il pourrait vous rappeler ?
        C: Pendant la sieste des petits, c'est le seul moment calme. En début d'après-midi. Le
           jeudi, c'est le mieux.
        A: Jeudi, treize heures trente ?
        C: Jeudi, treize heures trente, très bien.
        A: Je vous ai appelée sur le fixe. J'ai aussi un portable, le 06 45 12 87 30 ?
        C: Non, trente et un, à la fin. Zéro six, quarante-cinq, douze, quatre-vingt-sept, trente et
           un. Vous avez mal lu, ou c'est moi qui ai mal tapé. Rappelez plutôt sur le portable.
        A: 06 45 12 87 31, c'est noté. Merci, madame Pagès, bonne fin de journée.
        C: Merci, au revoir ! Bon, je retourne voir s'ils dorment.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Séverine",
        client_last_name_data_ia="Pagès",
        client_phone_number="0645128731",
        client_city_data_ia="Marvejols",
        client_address_data_ia="6 chemin de la Colagne",
        client_postal_code_data_ia="48100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="60",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="95",
        toiture_data_ia="ardoises",
        orientation_data_ia="est",
        toit_libre="20m",
        age_mr_data_ia="41",
        age_mme_data_ia="39",
        situation_familiale_data_ia="pacsée, 3 enfants",
        activite_mr_data_ia="fonctionnaire",
        activite_mme_data_ia="assistante maternelle",
        creneau_rappel_data_ia="jeudi début d'après-midi",
        heure_rappel_data_ia="13h30",
        **OWNER,
    ),
    script(
        "h21_saint_claude_pompier",
        "a professional firefighter at Saint-Claude just off a 24-hour shift, who confirms the"
        " spelt surname ('avec un D': Grenard) and gives his first name at the greeting (Jérôme),"
        " 'On a acheté il y a douze ans, une vieille ferme' (oui), '12 chemin des Moulins' and the"
        " code corrected ('Trente-neuf, quatre cents. Non, pardon : quatre cents, c'est Morez,"
        " c'est la caserne ... Chez moi, c'est trente-neuf, deux cents': 39200), 'Au fioul'"
        " (fioul), only a band for the bill ('Plus de cent euros par mois': plus_de_100,"
        " mensuelle), 'Cent soixante-cinq mètres carrés' (165), 'En tôle' (tôle), no side known but"
        " 'on a le soleil du lever au coucher' (bien ensoleillée), 'Il y a bien quarante mètres'"
        " (20m), 'Quarante-quatre ans. Ma femme aussi' (44, 44), 'Mariés, deux ados' (marié, 2"
        " enfants), 'Sapeur-pompier professionnel ... Fonctionnaire' (fonctionnaire), his wife a"
        " midwife 'à son compte, depuis deux mille quatorze' (indépendante depuis 12 ans), 'Cinq"
        " mille deux cents par mois' (5200 euros par mois), 'vendredi ... En fin de matinée, vers"
        " onze heures' (vendredi fin de matinée, 11h), the mobile he was called on, read by the"
        " agent and confirmed (main)",
        """
        A: Bonjour monsieur, Lisa, de Jura Solaire Conseil. Monsieur Grenard ?
        C: Oui, Jérôme Grenard. Bonjour.
        A: Je vous appelle pour votre demande d'étude de panneaux solaires. Vous avez quelques
           minutes ?
        C: Oui. Je sors de garde, je suis un peu cuit, mais ça ira. Allez-y.
        A: Je vérifie votre nom : G, R, E, N, A, R, D ?
        C: C'est ça, avec un D.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui. On a acheté il y a douze ans, une vieille ferme qu'on a retapée, sur les hauteurs.
        A: Et l'adresse ?
        C: Douze, chemin des Moulins, à Saint-Claude. Trente-neuf, quatre cents. Non, pardon :
           quatre cents, c'est Morez, c'est la caserne où je travaille. Chez moi, c'est trente-neuf,
           deux cents.
        A: 12 chemin des Moulins, 39200 Saint-Claude. Vous vous chauffez comment ?
        C: Au fioul. Une vieille chaudière, qui avale ses deux mille litres par hiver. Ici, l'hiver
           dure six mois.
        A: Et votre facture d'électricité ?
        C: Plus de cent euros par mois, c'est sûr. Je n'ai pas le chiffre exact : c'est ma femme qui
           gère les papiers.
        A: La surface de la maison ?
        C: Cent soixante-cinq mètres carrés, sur deux niveaux.
        A: Et le toit, il est en quoi ?
        C: En tôle. Comme beaucoup de fermes, par ici : la neige glisse mieux.
        A: Vous savez comment il est orienté ?
        C: Alors ça... La maison est de travers par rapport à la route, je n'ai jamais su où était
           le nord. Mais il n'y a pas un arbre, pas une ombre : on a le soleil du lever au coucher.
        A: Et il y aurait une vingtaine de mètres carrés libres ?
        C: Il y a bien quarante mètres, sans rien dessus. Mais la neige, sur les panneaux, ça tient
           ?
        A: Les panneaux supportent la charge, et la neige glisse plus vite sur le verre que sur la
           tôle.
        C: D'accord. Tant mieux.
        A: Votre âge, monsieur ?
        C: Quarante-quatre ans. Ma femme aussi : on est de la même année, on était au collège
           ensemble.
        A: Vous êtes mariés, vous avez des enfants ?
        C: Mariés, deux ados. Quinze et treize ans, et toujours devant un écran.
        A: Et vous êtes pompier ?
        C: Sapeur-pompier professionnel, oui. Fonctionnaire, donc. Je fais des gardes de
           vingt-quatre heures.
        A: Et votre épouse ?
        C: Elle est sage-femme, installée en libéral : à son compte, depuis deux mille quatorze.
        A: Et le revenu du foyer, à peu près ?
        C: Cinq mille deux cents par mois, à nous deux. Un peu plus avec les gardes de nuit.
        A: Merci. Quand est-ce qu'un conseiller pourrait vous rappeler ?
        C: Je suis de repos vendredi. Mais le matin, je dors, après la garde de jeudi. En fin de
           matinée, vers onze heures ?
        A: Vendredi, onze heures.
        C: Vendredi, onze heures. Ma femme sera là : elle ne consulte pas le vendredi matin.
        A: Sur quel numéro ?
        C: Sur celui-ci, mon portable. Vous l'avez.
        A: Le 06 08 74 29 63 ?
        C: C'est ça.
        A: Merci, monsieur Grenard, reposez-vous bien.
        C: Merci. Au revoir.
        """,
        client="Mr",
        objections="crainte de la neige sur les panneaux",
        client_first_name_data_ia="Jérôme",
        client_last_name_data_ia="Grenard",
        client_phone_number="0608742963",
        client_city_data_ia="Saint-Claude",
        client_address_data_ia="12 chemin des Moulins",
        client_postal_code_data_ia="39200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="plus_de_100",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="165",
        toiture_data_ia="tôle",
        orientation_data_ia="bien ensoleillée",
        toit_libre="20m",
        age_mr_data_ia="44",
        age_mme_data_ia="44",
        situation_familiale_data_ia="marié, 2 enfants",
        activite_mr_data_ia="fonctionnaire",
        activite_mme_data_ia="indépendante depuis 12 ans",
        revenu_data_ia="5200 euros par mois",
        creneau_rappel_data_ia="vendredi fin de matinée",
        heure_rappel_data_ia="11h",
        **OWNER,
    ),
    script(
        "h21_condom_anglais",
        "a retired English engineer living near Condom for twenty years, whose French slips into"
        " English ('the wood burner ... le poêle à bois', 'Direct debit ... le prélèvement'): he"
        " spells both names ('W, H, I, T, F, I, E, L, D' and 'G, R, A, H, A, M': Graham Whitfield),"
        " 'on a acheté en deux mille quatre' (oui), '1250 route de Nérac. À Condom' ('Nérac, c'est"
        " juste le nom de la route') with the code in pairs ('Trente-deux, cent': 32100), the wood"
        " stove that 'chauffe toute la maison' with bedroom radiators hardly used (bois), 'cent"
        " quarante euros par mois' (140, mensuelle), 'about two hundred square metres. Deux cents"
        " mètres carrés' (200, the converted barn included), 'Des tuiles' (tuiles), 'Plein sud'"
        " (sud), 'much more. Beaucoup plus' to twenty free square metres (20m), 'Soixante-huit. Et"
        " Susan, ma femme, soixante-cinq' (68, 65; her first name is not the client's), 'Mariés ..."
        " Pas d'enfants' (marié; no children adds nothing), 'Retraités, tous les deux' (retraité,"
        " retraitée), 'Environ quarante mille euros par an' (40000 euros par an), 'Mardi"
        " après-midi, vers quatre heures' (mardi après-midi, 16h), the landline (main) and his"
        " wife's mobile (tel2) in pairs",
        """
        A: Bonjour monsieur, Clémence, de Gascogne Énergie Solaire. Monsieur Whitfield ?
        C: Yes... euh, oui, c'est moi. Bonjour. Excusez mon français, je suis anglais, mais j'habite
           ici depuis vingt ans, alors je comprends presque tout.
        A: Pas de problème, monsieur. Je vous appelle pour votre demande d'étude de panneaux
           solaires.
        C: Ah, yes, the solar panels. Oui. C'est ma femme qui a trouvé ça sur internet.
        A: Je vérifie votre nom : W, H, I, T...
        C: W, H, I, T, F, I, E, L, D. Whitfield. Et le prénom, Graham : G, R, A, H, A, M. Les
           Français disent toujours « Gram ».
        A: Merci. Vous êtes propriétaire de la maison ?
        C: Oui, on a acheté en deux mille quatre. Une vieille ferme, une ruine. Now it is...
           maintenant, c'est une maison.
        A: Et l'adresse ?
        C: Mille deux cent cinquante, route de Nérac. À Condom. Nérac, c'est juste le nom de la
           route, hein, on est bien à Condom.
        A: Et le code postal ?
        C: Trente-deux, cent.
        A: 1250 route de Nérac, 32100 Condom. Vous vous chauffez comment ?
        C: Avec le... the wood burner... le poêle à bois. Il chauffe toute la maison. Il y a des
           radiateurs électriques dans les chambres, mais on ne les allume presque jamais : on est
           anglais, on aime les chambres froides.
        A: Et votre facture d'électricité ?
        C: On paie cent quarante euros par mois. Direct debit... le prélèvement.
        A: La surface de la maison ?
        C: Euh... about two hundred square metres. Deux cents mètres carrés, oui. Avec la grange
           qu'on a transformée.
        A: Le toit est en quoi ?
        C: Des tuiles, les tuiles rondes du pays. On les a gardées : le maçon voulait les changer,
           j'ai dit no way.
        A: Et il est orienté comment ?
        C: Plein sud. C'est pour ça qu'on a acheté : le soleil. Après trente ans de pluie à
           Manchester...
        A: Il y aurait une vingtaine de mètres carrés libres ?
        C: Oh, yes, much more. Beaucoup plus. Le toit de la grange, il fait trente mètres de long.
        A: Votre âge, monsieur ?
        C: Soixante-huit. Et Susan, ma femme, soixante-cinq.
        A: Vous êtes mariés, vous avez des enfants ?
        C: Mariés depuis quarante ans. Pas d'enfants. Des chats : c'est pareil, non ?
        A: Presque. Vous êtes à la retraite ?
        C: Retraités, tous les deux. J'étais ingénieur, dans les chemins de fer. Susan était
           professeur de piano.
        A: Et le revenu du foyer, à peu près ?
        C: Par an ? Environ quarante mille euros par an, avec les pensions anglaises. Ça dépend de
           la livre.
        A: Merci. Quand est-ce qu'un conseiller pourrait vous rappeler ?
        C: Tuesday... mardi. Mardi après-midi, vers quatre heures ? Après le thé.
        A: Mardi, seize heures. Sur quel numéro ?
        C: Le fixe : zéro cinq, soixante-deux, vingt-huit, quarante et un, soixante-dix-sept. Et le
           portable de Susan, parce que moi, je n'entends jamais le mien : zéro six, soixante et
           onze, quarante-huit, zéro neuf, vingt-trois.
        A: 05 62 28 41 77, et 06 71 48 09 23. Merci, monsieur Whitfield, bonne journée.
        C: Thank you. Merci, au revoir !
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Graham",
        client_last_name_data_ia="Whitfield",
        client_phone_number="0562284177",
        client_city_data_ia="Condom",
        client_address_data_ia="1250 route de Nérac",
        client_postal_code_data_ia="32100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="140",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="200",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="68",
        age_mme_data_ia="65",
        situation_familiale_data_ia="marié",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="retraitée",
        revenu_data_ia="40000 euros par an",
        tel2_data_ia="0671480923",
        creneau_rappel_data_ia="mardi après-midi",
        heure_rappel_data_ia="16h",
        **OWNER,
    ),
)
