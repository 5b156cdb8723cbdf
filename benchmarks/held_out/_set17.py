"""Held-out set 17 (``h17_*`` calls, ``--held-out 17``): see ``benchmarks.calls``."""

from __future__ import annotations

from benchmarks._script import LOST, OWNER, Script, script

__all__ = ["HELD_OUT_17"]


# A seventeenth held-out set (names ``h17_*``), written after HELD_OUT_16, by someone who read only
# this module's format and earlier sets, docs/quality.md's natural-voice set and its gold
# conventions, messages/lead.py and La Poste's communes list (for the code/town pairs): never the
# extractors, and none of them was run on it. Again a call centre's ordinary day, written fresh, in
# towns no earlier set used and spread across France (Maubeuge, Sarrebourg, Yvetot, Loudéac,
# Challans, Ambert, Villeneuve-sur-Lot, Mazamet, Sisteron, Troyes, Paray-le-Monial, Montargis):
# eight owners, a firm refusal from a woman whose house is for sale, a young mother renting a
# half-timbered house from a landlord in Paris, a wrong number answered by a wary old lady in a
# flat, and a partial call from a driving instructor whose pupil arrives. A wife and a son take the
# phone for part of a call (a wife with the two-monthly bill, the surface and the callback hour; a
# son with the bill, the surface, the roof and the callback); clients are busy (on the road
# hands-free, between two driving lessons), chatty (the Chagall window, brick-and-flint houses,
# Challans ducks, prunes, pralines, andouillette), suspicious (a plumber who asks how his number was
# found and whether the firm is RGE; an old lady once called by a fake nephew) or hard of hearing
# ('Hein ?', 'Comment ?'); they answer before the question ends ('Je vérifie votre nom :
# Hoffmann...' 'Deux F, deux N'; 'Et votre facture d'électri...' 'Cent cinq euros par mois'), ask
# back (RGE, an east-west roof, how long fitting takes, whether renting matters, whether panels
# work), wander and hesitate ('euh', 'attendez', 'Alors...'). The client corrects a postal code
# (her office's 85000 said first), a phone number (a pair caught on the read-back), an age
# ('Cinquante-trois. Non, attendez : cinquante-quatre'), a bill (last year's yearly figure) and
# callback hours (a physiotherapist at half past nine, a nap after lunch, 'vers sept heures ? Non,
# disons sept heures et demie'). Postal codes in pairs, as thousands, digit by digit and in digits;
# bills per month, per two months (turned into a month by the agent), per year and as all three
# bands; ages direct, relative, from a birth year and beside traps (a storm in 1985, forty years at
# the works, 'Quatre-vingts en décembre'); heating as condensing gas boilers, air-to-water pumps,
# inertia radiators beside an insert, a pellet stove beside old convectors, oil, a log boiler and
# convectors; roofs of mechanical, flat 'queue de castor', round, 'canal' and Roman tiles and of
# slate; orientations from tomatoes at the end of the garden, a ridge running north-south, a roofer
# husband, a father-in-law's compass, the Forez hills at sunrise, the Lot river and a sunny marsh
# whose side nobody knows; jobs with a status (CDI, CDD, fonctionnaire, on one's own account since
# 2011, 2014 and 2019, retired, unemployed, 'Femme au foyer') and without (a care assistant, a duck
# farmer, a forklift driver); surnames spelt (Dhainaut, Hoffmann, Quesnel, Jégou, Burgaud,
# Chomette, Castagné, Cabrol, Royer, Rigault) and first names spelt (Mathias 'Un seul T', Gaëlle,
# Goulven, Maryvonne 'avec un Y', Aurore, Loïc); callback slots given loosely ('Le matin ... pas
# trop tôt', 'Le soir ... Mardi ou mercredi', 'Le midi ... sauf le lundi', 'N'importe quand ...
# Sauf le jeudi matin') and settled; and a move within the town (adresse_modifiee 1). The set's
# year is 2026. The gold is what a careful human fills from each call; where a value is debatable,
# the summary says why. Nobody tunes on it: never rendered, never part of ``FULL`` or ``SUBSET``;
# ``python -m benchmarks.extraction_quality --held-out 17`` scores it from its reference text.
HELD_OUT_17: tuple[Script, ...] = (
    script(
        "h17_maubeuge_kine",
        "a retired Renault paint-shop worker at Maubeuge, chatty and hesitant ('euh', 'attendez'),"
        " who spells his surname before the agent can ('D, H, A, I, N, A, U, T': Dhainaut) and"
        " gives his first name (Francis), owner since 1990 (oui), '11 rue des Tanneurs' and"
        " 'Cinquante-neuf, six cents' (59600; Jeumont is his son-in-law's town), 'une chaudière à"
        " condensation' (gaz; the paraffin heater in the garage does not count),"
        " 'Quatre-vingt-douze euros. Par mois' (92, mensuelle; 'le dix' is the debit day), 'cent"
        " cinq, je crois' (105, hedged), 'Des tuiles rouges, les mécaniques' (tuiles), the street"
        " to the north and the garden side worked out from his tomatoes ('le sud': sud), 'une"
        " trentaine, facile' (20m), 'Soixante et un ans' (61), his wife 'Deux ans de moins que moi'"
        " (59), 'Trois ... Mariés depuis trente-huit ans' (marié, 3 enfants), 'je suis retraité"
        " depuis l'an dernier' (retraité; forty years at the works are no age), she cleans the"
        " school for the town hall 'En CDD' (CDD), 'deux mille six cents par mois ?' (2600 euros"
        " par mois, hedged), 'Le matin ... pas trop tôt' settled on the agent's 'Jeudi matin, vers"
        " dix heures' and the hour corrected by him ('le jeudi, j'ai le kiné à neuf heures et demie"
        " ... Dix heures et demie, plutôt': jeudi matin, 10h30), the landline in pairs (main)",
        """
        A: Bonjour monsieur, Inès, d'Avesnois Énergie Solaire. Je suis bien chez monsieur Dhainaut ?
        C: Oui, oui, c'est moi. Euh... c'est à quel sujet ?
        A: Vous avez fait une demande d'étude pour des panneaux solaires sur notre site, la semaine
           dernière.
        C: Ah oui, les panneaux ! C'est mon gendre qui m'a dit de remplir ça : il en a mis chez lui,
           à Jeumont. Alors je me suis dit... pourquoi pas. Allez-y.
        A: Je vérifie d'abord l'orthographe de votre nom...
        C: D, H, A, I, N, A, U, T. Dhainaut. Le H derrière le D, c'est là que tout le monde se
           trompe, même le docteur.
        A: C'est noté. Et votre prénom ?
        C: Francis.
        A: Merci, monsieur Dhainaut. Vous êtes propriétaire de votre maison ?
        C: Oui. Enfin... oui, depuis quatre-vingt-dix. On a fini de payer il y a... euh, huit ans ?
           Neuf ans. Bref, elle est à nous.
        A: Et l'adresse ?
        C: Onze, rue des Tanneurs. À Maubeuge, à côté des remparts, pas loin du zoo. Cinquante-neuf,
           six cents.
        A: 11 rue des Tanneurs, 59600 Maubeuge. Vous vous chauffez comment ?
        C: Au gaz. On a une... euh, une chaudière à condensation, changée il y a cinq ans. Et un
           petit poêle à pétrole dans le garage, quand je bricole, mais ça, ça ne compte pas.
        A: Et votre facture d'électricité ?
        C: Attendez, je regarde, j'ai mis les papiers sur le frigo exprès... Voilà.
           Quatre-vingt-douze euros. Par mois. On est prélevés le dix.
        A: Quatre-vingt-douze par mois. Et la surface de la maison ?
        C: Euh... cent cinq, je crois. Cent cinq mètres carrés. C'est ce qu'il y avait sur l'acte,
           en tout cas.
        A: Le toit, c'est de la tuile ?
        C: De la tuile, oui. Des tuiles rouges, les mécaniques. Le couvreur dit qu'elles tiendront
           encore trente ans. Plus que moi.
        A: Vous savez comment il est orienté ?
        C: Alors... la rue, c'est au nord, ça je sais, on n'a jamais de soleil devant. Donc
           derrière, côté jardin, c'est... le sud. Oui, le sud : mes tomates, je les mets au fond du
           jardin, et elles ont le soleil toute la journée.
        A: Et sur ce pan-là, il y aurait une vingtaine de mètres carrés libres ?
        C: Il y a la cheminée, et une fenêtre de toit pour le grenier. À côté, il reste... oh, une
           trentaine, facile.
        A: Très bien. Votre âge, monsieur ?
        C: Soixante et un ans.
        A: Et votre épouse ?
        C: Deux ans de moins que moi. Elle ne serait pas contente que je vous le dise, mais bon,
           elle est au travail.
        A: Vous avez des enfants ?
        C: Trois. Deux filles et un garçon. Mariés depuis trente-huit ans, ma femme et moi : on a
           tenu, hein.
        A: Bravo. Et vous travaillez encore ?
        C: Non, je suis retraité depuis l'an dernier. J'étais chez Renault, à l'usine de Maubeuge, à
           la peinture, quarante ans. Ma femme, elle, travaille encore : elle fait le ménage à
           l'école, pour la mairie. En CDD. Ça fait des années qu'ils le renouvellent, le CDD, mais
           bon.
        A: Et le revenu du foyer, à peu près ?
        C: Euh... deux mille six cents par mois ? Oui, à peu près, avec les deux.
        A: Merci. Quand est-ce qu'un conseiller pourrait vous rappeler ?
        C: Le matin, c'est mieux, je suis tranquille. Mais pas trop tôt, hein : je suis à la
           retraite.
        A: Jeudi matin, vers dix heures ?
        C: Jeudi, dix heures... Ah non, attendez. Le jeudi, j'ai le kiné à neuf heures et demie,
           pour mon épaule. Dix heures et demie, plutôt. Le temps de rentrer.
        A: Jeudi, dix heures trente. Sur quel numéro ?
        C: Le fixe : zéro trois, vingt-sept, soixante-deux, dix-neuf, quarante-quatre.
        A: 03 27 62 19 44. Merci, monsieur Dhainaut, bonne journée.
        C: Merci, mademoiselle. Bonne journée.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Francis",
        client_last_name_data_ia="Dhainaut",
        client_phone_number="0327621944",
        client_city_data_ia="Maubeuge",
        client_address_data_ia="11 rue des Tanneurs",
        client_postal_code_data_ia="59600",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="92",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="105",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="61",
        age_mme_data_ia="59",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="CDD",
        revenu_data_ia="2600 euros par mois",
        creneau_rappel_data_ia="jeudi matin",
        heure_rappel_data_ia="10h30",
        **OWNER,
    ),
    script(
        "h17_sarrebourg_anniversaire",
        "a coach driver at Sarrebourg on his hands-free kit, back from a school run, who answers"
        " before the questions end: he spells his surname as the agent starts it ('Deux F, deux N."
        " H, O, F, F, M, A, N, N': Hoffmann) and his first name ('M, A, T, H, I, A, S. Un seul T':"
        " Mathias), 'De la maison, oui' (oui), '9 rue de la Sarre. Cinquante-sept mille quatre"
        " cents, Sarrebourg' (57400; the Chagall window is in the Cordeliers chapel), 'Une pompe à"
        " chaleur. Air-eau' (pompe à chaleur; the oil was before), 'Cent cinq euros par mois. On"
        " est mensualisés' (105, mensuelle), 'Cent quarante mètres carrés' (140), 'De la tuile"
        " plate, les queues de castor' (tuiles), 'Un pan à l'est, un pan à l'ouest' (est-ouest),"
        " 'Vingt-cinq de chaque côté, au moins' (20m), his age corrected ('Cinquante-trois. Non,"
        " attendez : cinquante-quatre': 54), 'Elle est née en soixante-quatorze' (52 in 2026),"
        " 'Pacsés ... Deux enfants' (pacsé, 2 enfants; ten years pacsed and twenty together are no"
        " ages), 'Conducteur de car ... en CDI' (CDI), his partner a hairdresser 'à son compte"
        " depuis deux mille quatorze' (indépendante depuis 12 ans), 'Quarante-huit mille par an'"
        " (48000 euros par an), 'Le soir ... Pas avant dix-huit heures. Mardi ou mercredi' settled"
        " by the agent's 'Mercredi soir, dix-huit heures trente' (mercredi soir, 18h30), the mobile"
        " the agent reads and he confirms (main) and his partner's mobile in pairs (tel2)",
        """
        A: Bonjour monsieur, Laura, de Moselle Sud Énergie. Monsieur Hoffmann ?
        C: Oui. Je suis sur la route, en kit mains libres, mais je peux parler un peu. C'est pour
           les panneaux ?
        A: Exactement, votre demande d'étude. Je vérifie votre nom : Hoffmann...
        C: Deux F, deux N. H, O, F, F, M, A, N, N. À l'allemande, comme la moitié de Sarrebourg.
        A: Merci. Et votre prénom, c'est...
        C: Mathias. M, A, T, H, I, A, S. Un seul T : on m'en met toujours deux.
        A: Un seul T. Vous êtes propriétaire de...
        C: De la maison, oui. On l'a fait construire en deux mille six, avec ma compagne.
        A: L'adresse, c'est bien...
        C: Neuf, rue de la Sarre. Cinquante-sept mille quatre cents, Sarrebourg. Pas loin de la
           chapelle des Cordeliers, celle avec le grand vitrail de Chagall. Vous connaissez ?
        A: De nom, seulement.
        C: Il faut venir le voir, le matin, quand le soleil passe au travers. Bon, continuez.
        A: 9 rue de la Sarre, 57400 Sarrebourg. Pour le chauffage, vous avez...
        C: Une pompe à chaleur. Air-eau. Depuis trois ans. Avant, c'était le fioul : on a tout
           arraché, avec la prime.
        A: Et votre facture d'électri...
        C: Cent cinq euros par mois. On est mensualisés : cent cinq, tous les mois, depuis la pompe.
        A: Cent cinq par mois. La surface ?
        C: Cent quarante mètres carrés. Sur deux niveaux.
        A: Et la toiture, c'est...
        C: De la tuile. De la tuile plate, les queues de castor, comme on fait ici.
        A: Elle est orientée comment ?
        C: Un pan à l'est, un pan à l'ouest. Le faîtage est nord-sud : le soleil se lève sur un pan
           et se couche sur l'autre.
        A: Il faudrait une vingtaine de mètres carrés libres...
        C: Vingt-cinq de chaque côté, au moins. Il n'y a rien dessus, même pas une antenne.
        A: Très bien. Votre âge, monsieur ?
        C: Cinquante-trois. Non, attendez : cinquante-quatre. J'ai eu mon anniversaire en mars, je
           n'ai pas encore l'habitude. Cinquante-quatre.
        A: Et votre compagne ?
        C: Elle est née en soixante-quatorze.
        A: Vous êtes mariés ?
        C: Pacsés. Depuis dix ans, après vingt ans ensemble. Deux enfants, deux grands, qui sont à
           la fac à Strasbourg.
        A: Et vous travaillez dans...
        C: Conducteur de car, pour une compagnie de transport, en CDI. Là, je rentre d'un ramassage
           scolaire. Ma compagne est coiffeuse, elle a son salon en ville : à son compte depuis deux
           mille quatorze.
        A: Et le revenu du foyer, à peu...
        C: Quarante-huit mille par an, à nous deux. À peu près.
        A: Merci. Quand est-ce qu'un conseiller peut vous rappeler ?
        C: Le soir, après le travail. Pas avant dix-huit heures. Mardi ou mercredi, comme vous
           voulez.
        A: Mercredi soir, dix-huit heures trente ?
        C: Mercredi, dix-huit heures trente, ça marche.
        A: Sur ce numéro, le 06 48 13 72 65 ?
        C: Oui, c'est mon portable. Et si je ne réponds pas, appelez ma compagne : zéro six, trente,
           cinquante-neuf, quatorze, quatre-vingt-deux.
        A: 06 30 59 14 82. Merci, monsieur Hoffmann, bonne route.
        C: Merci. Au revoir.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Mathias",
        client_last_name_data_ia="Hoffmann",
        client_phone_number="0648137265",
        client_city_data_ia="Sarrebourg",
        client_address_data_ia="9 rue de la Sarre",
        client_postal_code_data_ia="57400",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="105",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="140",
        toiture_data_ia="tuiles",
        orientation_data_ia="est-ouest",
        toit_libre="20m",
        age_mr_data_ia="54",
        age_mme_data_ia="52",
        situation_familiale_data_ia="pacsé, 2 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="indépendante depuis 12 ans",
        revenu_data_ia="48000 euros par an",
        tel2_data_ia="0630591482",
        creneau_rappel_data_ia="mercredi soir",
        heure_rappel_data_ia="18h30",
        **OWNER,
    ),
    script(
        "h17_yvetot_facture_annuelle",
        "a night-shift care assistant at Yvetot, woken by the call and chatty, who confirms the"
        " spelt surname (Quesnel, 'Avec le S qu'on n'entend pas') and spells her first name ('G, A,"
        " E tréma, deux L, E': Gaëlle), owner with her husband (oui), '16 rue de la Briqueterie'"
        " and the code digit by digit ('sept, six, un, neuf, zéro': 76190), 'À l'électrique. Des"
        " radiateurs à inertie' (électrique; the insert is lit on Sundays for pleasure), the yearly"
        " bill corrected ('mille deux cents euros par an. Ah non, pardon : mille deux cents,"
        " c'était l'année dernière ... mille quatre cent quarante': 1440, annuelle), 'Cent vingt"
        " mètres carrés' (120), 'De l'ardoise' (ardoises), 'Côté jardin, c'est plein sud' (sud),"
        " 'quarante mètres carrés de libre' as her roofer husband measured (20m), 'Quarante-sept"
        " ans' (47), 'Cinquante. Il les a eus en janvier' (50), 'Mariés, oui. Deux ados' (mariée, 2"
        " enfants), 'Je suis aide-soignante, à l'hôpital, la nuit' (the job, no status said), he"
        " 'couvreur, à son compte, depuis deux mille dix-neuf' (indépendant depuis 7 ans), 'Trois"
        " mille huit cents par mois' (3800 euros par mois), 'L'après-midi ... Après quinze heures,"
        " n'importe quel jour ... sauf le week-end' settled by the agent's 'Vendredi, quinze"
        " heures' (vendredi après-midi, 15h), her mobile in pairs (main)",
        """
        A: Bonjour madame, Hugo, de Caux Énergie Solaire. Madame Quesnel ?
        C: Oui, c'est moi... Excusez-moi, je dormais à moitié : je suis de nuit, cette semaine. Mais
           ce n'est rien, il fallait que je me lève. C'est pour les panneaux ?
        A: Oui, madame, votre demande d'étude. Désolé de vous réveiller. Je vérifie votre nom : Q,
           U, E, S, N, E, L ?
        C: C'est ça. Avec le S qu'on n'entend pas. Et mon prénom, c'est Gaëlle : G, A, E tréma, deux
           L, E.
        A: Merci. Vous êtes propriétaire ?
        C: Oui, avec mon mari. Une maison en briques et en silex, comme on en fait dans le pays de
           Caux, avec un grand jardin et deux pommiers.
        A: Et l'adresse ?
        C: Seize, rue de la Briqueterie, à Yvetot. Le code, c'est sept, six, un, neuf, zéro.
        A: 16 rue de la Briqueterie, 76190 Yvetot. Vous vous chauffez comment ?
        C: À l'électrique. Des radiateurs à inertie, dans toutes les pièces. On a une cheminée avec
           un insert, mais on l'allume le dimanche, pour le plaisir, pas pour chauffer.
        A: Et votre facture d'électricité, vous la connaissez ?
        C: On a une facture par an, on est mensualisés. C'est mille deux cents euros par an. Ah non,
           pardon : mille deux cents, c'était l'année dernière. Sur la dernière, avec les
           augmentations, c'est mille quatre cent quarante. Mille quatre cent quarante euros pour
           l'année.
        A: Mille quatre cent quarante par an. La surface de la maison ?
        C: Cent vingt mètres carrés, avec l'étage.
        A: Et le toit ?
        C: De l'ardoise. C'est mon mari qui l'a refait : il est couvreur. Alors pour le toit, il
           faudrait voir avec lui, mais je peux vous dire ce qu'il dit.
        A: Justement, il est orienté comment ?
        C: Côté jardin, c'est plein sud, et il n'y a pas d'ombre, les pommiers sont plus bas. Il dit
           qu'il y a quarante mètres carrés de libre de ce côté-là : il a déjà tout mesuré, vous
           pensez bien. Il voulait les poser lui-même, les panneaux, mais je lui ai dit : tu montes
           sur les toits des autres toute la semaine, ça suffit.
        A: Il a bien fait de mesurer. Votre âge, madame ?
        C: Quarante-sept ans.
        A: Et votre mari ?
        C: Cinquante. Il les a eus en janvier, on a fait une grande fête dans la grange.
        A: Vous êtes mariés, vous avez des enfants ?
        C: Mariés, oui. Deux ados, quinze et dix-sept ans. Ça mange, à cet âge-là.
        A: Et vous travaillez...
        C: Je suis aide-soignante, à l'hôpital, la nuit. Et mon mari est couvreur, à son compte,
           depuis deux mille dix-neuf. Avant, il était salarié, chez un patron à Rouen.
        A: Et le revenu du foyer, à peu près ?
        C: Trois mille huit cents par mois, à peu près. Ça dépend des chantiers de mon mari :
           l'hiver, c'est moins.
        A: Merci. Quand est-ce qu'un conseiller peut vous rappeler ?
        C: L'après-midi. Quand je suis de nuit, je dors le matin. Après quinze heures, n'importe
           quel jour... sauf le week-end, on est chez ma belle-mère.
        A: Vendredi, quinze heures ?
        C: Vendredi, quinze heures, d'accord. Mon mari sera là, il finit tôt le vendredi.
        A: Sur quel numéro ?
        C: Mon portable : zéro six, vingt et un, quatre-vingt-cinq, trente-six, zéro sept.
        A: 06 21 85 36 07. Merci, madame Quesnel, et bon repos.
        C: Merci. Je vais essayer de me rendormir... Au revoir.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Gaëlle",
        client_last_name_data_ia="Quesnel",
        client_phone_number="0621853607",
        client_city_data_ia="Yvetot",
        client_address_data_ia="16 rue de la Briqueterie",
        client_postal_code_data_ia="76190",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="1440",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="120",
        toiture_data_ia="ardoises",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="50",
        age_mme_data_ia="47",
        situation_familiale_data_ia="mariée, 2 enfants",
        activite_mr_data_ia="indépendant depuis 7 ans",
        activite_mme_data_ia="aide-soignante",
        revenu_data_ia="3800 euros par mois",
        creneau_rappel_data_ia="vendredi après-midi",
        heure_rappel_data_ia="15h",
        **OWNER,
    ),
    script(
        "h17_loudeac_demenage",
        "a dairy maintenance technician at Loudéac who names himself (Goulven Jégou), confirms the"
        " surname the agent spells and spells his first name ('G, O, U, L, V, E, N'), and says the"
        " known address is the old one ('rue de Moncontour, c'est l'ancienne ... On a acheté en"
        " septembre ... quatre, impasse des Ajoncs. Toujours Loudéac': adresse_modifiee 1, '4"
        " impasse des Ajoncs'), 'le 22600, c'est le même' (22600), 'propriétaires, enfin ! Avec ma"
        " compagne' (oui), 'un poêle à granulés' with old convectors in the bedrooms (bois: the"
        " main one), 'Cent dix-huit euros par mois' (118, mensuelle), 'Quatre-vingt-quinze mètres"
        " carrés' (95), 'En ardoise' (ardoises), 'le grand pan est au sud' as his father-in-law's"
        " compass said (sud), 'Il reste peut-être quinze mètres carrés. Pas vingt' (moins de 20m),"
        " 'Trente-quatre ans' (34), 'Elle est née en quatre-vingt-quatorze' (32 in 2026), 'ni"
        " mariés ni pacsés. En couple ... une petite de deux ans' (en couple, 1 enfant),"
        " 'technicien de maintenance, à la laiterie, en CDI' (CDI), she 'professeure des écoles, à"
        " Plémet. Fonctionnaire' (fonctionnaire; Plémet is her school, not their town), the income"
        " kept for the adviser ('-'), 'Le samedi matin ... Ce samedi, vers dix heures' (samedi"
        " matin, 10h), his mobile in pairs (main)",
        """
        A: Bonjour monsieur, Chloé, d'Armor Soleil Énergie. Monsieur Jégou ?
        C: Oui, Goulven Jégou. Bonjour.
        A: Je vous appelle suite à votre demande d'étude pour des panneaux photovoltaïques. Je
           vérifie l'orthographe : J, E accent aigu, G, O, U ?
        C: C'est ça. Et Goulven, si vous l'avez mal écrit : G, O, U, L, V, E, N. C'est breton, il y
           en a un par classe, ici.
        A: Merci. J'ai une adresse rue de Moncontour, à Loudéac ?
        C: Ah non, ça, c'est l'ancienne. On était en location, rue de Moncontour. On a acheté en
           septembre, on a déménagé à l'autre bout de la ville. Maintenant, c'est quatre, impasse
           des Ajoncs. Toujours Loudéac.
        A: 4 impasse des Ajoncs. Le code postal ne change pas ?
        C: Non, le 22600, c'est le même.
        A: Donc vous êtes propriétaire, maintenant.
        C: Oui, propriétaires, enfin ! Avec ma compagne. Et avec la banque, pour vingt-cinq ans.
        A: Félicitations. Et vous vous chauffez comment, dans la nouvelle maison ?
        C: Avec un poêle à granulés, dans le séjour. Il reste des convecteurs dans les chambres, des
           vieux, qu'on allume le moins possible.
        A: Et votre facture d'électricité ?
        C: Cent dix-huit euros par mois. C'est pour ça que j'ai fait la demande : pour une maison de
           cette taille, je trouve que c'est beaucoup.
        A: Elle fait quelle surface ?
        C: Quatre-vingt-quinze mètres carrés. Une maison des années quatre-vingt, en parpaings, avec
           un sous-sol.
        A: Et le toit, en ardoise ?
        C: En ardoise, oui. Comme toutes les maisons du lotissement.
        A: Vous savez comment il est orienté ?
        C: La maison est en longueur, et le grand pan est au sud. Mon beau-père a vérifié avec sa
           boussole, le jour de la visite. Il vérifie tout, mon beau-père.
        A: Et il y a de la place sur ce pan ? Il faudrait une vingtaine de mètres carrés.
        C: Hum... Il y a deux velux et le conduit du poêle. Il reste peut-être quinze mètres carrés.
           Pas vingt, non. C'est gênant ?
        A: Pas forcément : le conseiller regardera avec vous ce qu'on peut poser. Votre âge,
           monsieur ?
        C: Trente-quatre ans.
        A: Et votre compagne ?
        C: Elle est née en quatre-vingt-quatorze.
        A: Vous êtes mariés ?
        C: Non, on n'est ni mariés ni pacsés. En couple, quoi. Avec une petite de deux ans, qui fait
           ses dents en ce moment.
        A: Et vous travaillez dans quoi ?
        C: Je suis technicien de maintenance, à la laiterie, en CDI. Et ma compagne est professeure
           des écoles, à Plémet. Fonctionnaire.
        A: Et le revenu du foyer ?
        C: Ça, je préfère ne pas le dire au téléphone. On verra avec le conseiller.
        A: Pas de souci. Quand est-ce qu'il peut vous rappeler ?
        C: Le samedi matin, je ne travaille pas. Ce samedi, vers dix heures ?
        A: Samedi, dix heures. Sur quel numéro ?
        C: Mon portable. Zéro six, cinquante-sept, zéro deux, quarante et un, quatre-vingt-neuf.
        A: 06 57 02 41 89. Merci, monsieur Jégou, bonne journée.
        C: Merci, au revoir.
        """,
        client="Mr",
        objections="peu de place libre sur le toit (velux, conduit du poêle)",
        client_first_name_data_ia="Goulven",
        client_last_name_data_ia="Jégou",
        client_phone_number="0657024189",
        client_city_data_ia="Loudéac",
        client_address_data_ia="4 impasse des Ajoncs",
        client_postal_code_data_ia="22600",
        adresse_modifiee="1",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="118",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="95",
        toiture_data_ia="ardoises",
        orientation_data_ia="sud",
        toit_libre="moins de 20m",
        age_mr_data_ia="34",
        age_mme_data_ia="32",
        situation_familiale_data_ia="en couple, 1 enfant",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="fonctionnaire",
        creneau_rappel_data_ia="samedi matin",
        heure_rappel_data_ia="10h",
        **OWNER,
    ),
    script(
        "h17_challans_code_corrige",
        "an accountant at La Roche-sur-Yon who lives at Challans, who confirms the spelt surname"
        " (Burgaud, 'Avec un D à la fin') and spells her first name ('avec un Y : M, A, R, Y, V, O,"
        " deux N, E': Maryvonne), owner of her husband's family farm bought back from his siblings"
        " (oui), '12 chemin des Marais', and corrects her own postal code ('Quatre-vingt-cinq"
        " mille. Non, qu'est-ce que je raconte : quatre-vingt-cinq, trois cents. Quatre-vingt-cinq"
        " mille, c'est La Roche-sur-Yon, c'est mon travail': 85300; the known address was never"
        " wrong, so adresse_modifiee 0), 'Au fioul' (fioul), 'Entre quatre-vingts et cent euros par"
        " mois' (entre 80 et 100, mensuelle: only the band is said), 'Cent cinquante mètres carrés'"
        " (150), 'Les tuiles rondes' (tuiles), 'Le nord, le sud... Je sais qu'on a le soleil toute"
        " la journée' (bien ensoleillée: a sunny roof of unknown side), free roof space never"
        " discussed ('-'), 'Cinquante-huit ans' (58), 'Il est né en soixante-cinq' (61 in 2026),"
        " 'Mariés depuis trente-quatre ans, trois enfants' (mariée, 3 enfants), 'comptable, dans un"
        " cabinet. En CDI' (CDI), her husband 'élève des canards' for thirty years (éleveur de"
        " canards: the job, no status said), 'Disons trois mille cinq cents par mois' (3500 euros"
        " par mois), 'Le midi ... N'importe quel jour, sauf le lundi' settled by the agent's"
        " 'Mardi, midi et quart' (mardi midi, 12h15), her mobile (main) and the house landline"
        " (tel2), both in pairs",
        """
        A: Bonjour madame, Maxime, de Vendée Littoral Solaire. Madame Burgaud ?
        C: Oui, bonjour. Vous avez de la chance, je rentre juste du travail. C'est pour les panneaux
           solaires ?
        A: Oui, madame, vous avez fait une demande d'étude sur notre site. Je vérifie votre nom : B,
           U, R, G, A, U, D ?
        C: Avec un D à la fin, oui. Burgaud. Et mon prénom, Maryvonne, avec un Y : M, A, R, Y, V, O,
           deux N, E.
        A: Merci. Vous êtes propriétaire de votre maison ?
        C: Oui. Enfin, c'est la ferme de mon mari, elle était à ses parents. On l'a rachetée à ses
           frères et sœurs, il y a vingt ans. Donc oui, à nous deux.
        A: Et l'adresse ?
        C: Douze, chemin des Marais, à Challans. Quatre-vingt-cinq mille. Non, qu'est-ce que je
           raconte : quatre-vingt-cinq, trois cents. Quatre-vingt-cinq mille, c'est La
           Roche-sur-Yon, c'est mon travail. J'écris l'adresse du bureau toute la journée, alors...
        A: 12 chemin des Marais, 85300 Challans. Vous vous chauffez comment ?
        C: Au fioul. Une vieille chaudière, qui a bien trente ans. Mon mari dit qu'elle nous
           enterrera tous.
        A: Et votre facture d'électricité, à peu près ?
        C: Entre quatre-vingts et cent euros par mois. Je ne sais pas exactement, c'est prélevé, je
           ne regarde pas. Mais c'est dans ces eaux-là.
        A: Entre quatre-vingts et cent par mois. Et la surface de la maison ?
        C: Cent cinquante mètres carrés. C'est une longère, tout en longueur, avec les anciennes
           étables qu'on a aménagées.
        A: Et la toiture ?
        C: Des tuiles. Les tuiles rondes, comme partout en Vendée.
        A: Et l'orientation, vous savez ?
        C: Là, vous me posez une colle. Le nord, le sud... Je sais qu'on a le soleil toute la
           journée : on est au milieu du marais, il n'y a pas un arbre, pas une maison autour. Juste
           les canards.
        A: Les canards ?
        C: Mon mari élève des canards. Les canards de Challans, vous connaissez ? Les vrais, les
           noirs. Ça fait trente ans qu'il fait ça.
        A: De réputation. Et votre âge, madame ?
        C: Cinquante-huit ans.
        A: Et votre mari ?
        C: Il est né en soixante-cinq. Et il ne veut pas entendre parler de la retraite.
        A: Vous avez des enfants ?
        C: Mariés depuis trente-quatre ans, trois enfants, et le premier petit-fils est arrivé à
           Noël.
        A: Félicitations. Et vous, vous travaillez à La Roche-sur-Yon ?
        C: Oui, je suis comptable, dans un cabinet. En CDI, depuis vingt ans. Je fais la route tous
           les jours : quarante minutes le matin, quarante le soir.
        A: Et le revenu du foyer, à peu près ?
        C: Oh, avec les canards, ça dépend des années. Disons trois mille cinq cents par mois.
        A: Merci. Quand est-ce qu'un conseiller pourrait vous rappeler ?
        C: Le midi, c'est le mieux : je mange à mon bureau, entre midi et deux. N'importe quel jour,
           sauf le lundi, on a la réunion.
        A: Mardi, midi et quart ?
        C: Mardi, midi et quart, très bien.
        A: Sur quel numéro ?
        C: Mon portable : zéro six, soixante-quatorze, dix, vingt-huit, cinquante-trois. Et si vous
           voulez, le fixe de la maison, mais il n'y a jamais personne : zéro deux, cinquante et un,
           trente-cinq, soixante-huit, douze.
        A: 06 74 10 28 53, et le fixe, 02 51 35 68 12. Merci, madame Burgaud, bonne soirée.
        C: Merci à vous, au revoir.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Maryvonne",
        client_last_name_data_ia="Burgaud",
        client_phone_number="0674102853",
        client_city_data_ia="Challans",
        client_address_data_ia="12 chemin des Marais",
        client_postal_code_data_ia="85300",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="entre 80 et 100",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="150",
        toiture_data_ia="tuiles",
        orientation_data_ia="bien ensoleillée",
        age_mr_data_ia="61",
        age_mme_data_ia="58",
        situation_familiale_data_ia="mariée, 3 enfants",
        activite_mr_data_ia="éleveur de canards",
        activite_mme_data_ia="CDI",
        revenu_data_ia="3500 euros par mois",
        tel2_data_ia="0251356812",
        creneau_rappel_data_ia="mardi midi",
        heure_rappel_data_ia="12h15",
        **OWNER,
    ),
    script(
        "h17_ambert_sourd",
        "a retired paper-mill worker of 79 at Ambert, hard of hearing without his hearing aid"
        " ('Hein ?', 'Comment ?'), who confirms the spelt surname and names himself (Raymond"
        " Chomette), owner of the old farm he rebuilt (oui), '3 chemin des Sagnes' and the code"
        " digit by digit, said twice ('Six, trois, six, zéro, zéro': 63600), 'Une chaudière à bois,"
        " avec des bûches' (bois); his wife Odette takes the phone (her first name is not the"
        " client's): the bill every two months ('deux cent vingt euros') that the agent turns into"
        " a month and she confirms ('Voilà, cent dix par mois': 110, mensuelle; the boiler's pump"
        " is no heat pump), 'Cent mètres carrés, à peu près' (100); back to him: 'En tuiles. Des"
        " tuiles rondes' (tuiles; 1985 is the storm's year), 'Vers les monts du Forez. Au levant'"
        " with the sun until noon (est), 'Vingt mètres ? Oh, plus que ça' (20m),"
        " 'Soixante-dix-neuf. Quatre-vingts en décembre' (79), his wife 'trois ans de moins que moi"
        " ... Soixante-seize, elle dit' (76), 'Deux ... Mariés depuis cinquante-cinq ans' (marié, 2"
        " enfants), 'J'étais à la papeterie ... Enfin, retraité' (retraité), she 'a toujours été à"
        " la maison ... Femme au foyer, comme on disait' (femme au foyer), 'deux mille cent par"
        " mois' (2100 euros par mois), 'N'importe quand ... Sauf le jeudi matin' and the agent's"
        " 'Lundi après-midi, vers quatorze heures' moved by his wife ('Elle dit plutôt quinze"
        " heures ... Quinze heures, lundi': lundi après-midi, 15h), the landline in pairs, read"
        " back (main)",
        """
        A: Bonjour monsieur, Élise, de Livradois Énergie Solaire. Monsieur Chomette ?
        C: Hein ? Qui ça ?
        A: Élise, de Livradois Énergie Solaire. Je voudrais parler à monsieur Chomette.
        C: C'est moi. Parlez plus fort, mademoiselle, je n'ai pas mis mon appareil. C'est pour quoi
           ?
        A: Pour les panneaux solaires, monsieur. Vous avez fait une demande d'étude.
        C: Les panneaux... Ah oui ! C'est mon petit-fils qui a fait ça sur l'ordinateur. Bon.
           Allez-y, mais parlez fort.
        A: Je vérifie votre nom : C, H, O, M, E, deux T, E ?
        C: Chomette, oui, deux T. Raymond Chomette.
        A: Vous êtes propriétaire de votre maison ?
        C: Comment ?
        A: Vous êtes propriétaire de votre maison ?
        C: Ah ! Oui, oui. Depuis soixante-douze. C'était une vieille ferme, je l'ai retapée tout
           seul, pierre par pierre.
        A: Et l'adresse ?
        C: Trois, chemin des Sagnes. À Ambert.
        A: Et le code postal ?
        C: Le code ? Six, trois, six, zéro, zéro.
        A: Six, trois, six, zéro, zéro ?
        C: C'est ça. Six, trois, six, zéro, zéro. Ambert, le pays de la fourme.
        A: 3 chemin des Sagnes, 63600 Ambert. Vous vous chauffez comment ?
        C: Au bois. Une chaudière à bois, avec des bûches. Je fais mon bois moi-même, encore à mon
           âge.
        A: Et votre facture d'électricité ?
        C: La facture... Ça, c'est ma femme. Odette ! Viens, c'est pour l'électricité. Je vous la
           passe, elle entend mieux que moi.
        C: Bonjour, mademoiselle. L'électricité, on la reçoit tous les deux mois : la dernière,
           c'était deux cent vingt euros.
        A: Deux cent vingt pour deux mois, donc cent dix euros par mois, à peu près ?
        C: Voilà, cent dix par mois. Un peu plus l'hiver, avec la pompe de la chaudière qui tourne.
        A: Merci, madame. Vous connaissez la surface de la maison ?
        C: Cent mètres carrés, à peu près. On n'a jamais vraiment mesuré.
        A: Je peux reparler à votre mari, pour le toit ?
        C: Je vous le repasse. Raymond ! Le toit !
        C: Oui. Le toit ?
        A: Il est en quoi, votre toit ?
        C: En tuiles. Des tuiles rondes : je les ai toutes remontées en quatre-vingt-cinq, après la
           grosse tempête.
        A: Et il est orienté comment ?
        C: Hein ?
        A: Orienté comment ? Vers le sud, vers l'est ?
        C: Vers les monts du Forez. Au levant. Le matin, le soleil arrive par-dessus les monts, et
           il tape sur le toit jusqu'à midi. L'après-midi, c'est la grange qui fait de l'ombre.
        A: Donc à l'est. Et il y aurait une vingtaine de mètres carrés libres ?
        C: Vingt mètres ? Oh, plus que ça. Le toit fait quinze mètres de long, et il n'y a rien
           dessus.
        A: Très bien. Votre âge, monsieur ?
        C: Soixante-dix-neuf. Quatre-vingts en décembre.
        A: Et votre épouse ?
        C: Odette ? Elle a trois ans de moins que moi. Odette, c'est bien ça ?... Soixante-seize,
           elle dit. Elle doit savoir.
        A: Vous avez des enfants ?
        C: Deux. Un fils à Clermont, et une fille ici, à Ambert. Mariés depuis cinquante-cinq ans,
           avec Odette.
        A: Et vous êtes à la retraite ?
        C: Oui, depuis longtemps. J'étais à la papeterie, quarante-deux ans. Retraité depuis
           quatre-vingt-dix-huit... ou quatre-vingt-dix-neuf. Enfin, retraité. Et Odette, elle a
           toujours été à la maison, avec les enfants. Femme au foyer, comme on disait.
        A: Et vos revenus, à peu près ?
        C: Les deux retraites... deux mille cent par mois.
        A: Merci, monsieur. Quand est-ce qu'un conseiller peut vous rappeler ?
        C: N'importe quand, on est toujours là. Sauf le jeudi matin : c'est le marché.
        A: Lundi après-midi, vers quatorze heures ?
        C: Attendez, Odette me dit quelque chose... Quoi ?... Elle dit plutôt quinze heures, parce
           qu'après manger, je fais la sieste. Quinze heures, lundi.
        A: Lundi, quinze heures. Sur quel numéro ?
        C: Le fixe. Zéro quatre, soixante-treize, quatre-vingt-deux, cinquante, trente et un.
        A: Zéro quatre, soixante-treize, quatre-vingt-deux, cinquante, trente et un ?
        C: C'est ça. Et dites au monsieur de parler fort, hein !
        A: Je lui dirai. Merci, monsieur Chomette, bonne journée.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Raymond",
        client_last_name_data_ia="Chomette",
        client_phone_number="0473825031",
        client_city_data_ia="Ambert",
        client_address_data_ia="3 chemin des Sagnes",
        client_postal_code_data_ia="63600",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="110",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="100",
        toiture_data_ia="tuiles",
        orientation_data_ia="est",
        toit_libre="20m",
        age_mr_data_ia="79",
        age_mme_data_ia="76",
        situation_familiale_data_ia="marié, 2 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="femme au foyer",
        revenu_data_ia="2100 euros par mois",
        creneau_rappel_data_ia="lundi après-midi",
        heure_rappel_data_ia="15h",
        **OWNER,
    ),
    script(
        "h17_villeneuve_fils",
        "a retired primary-school teacher at Villeneuve-sur-Lot, widowed, who confirms the spelt"
        " surname ('accent aigu sur le dernier E': Castagné) and gives her first name (Josiane),"
        " owner since 1982 (oui), '18 rue des Pruniers ... Quarante-sept, trois cents' (47300; the"
        " prunes 'd'Agen' are a wander), 'Avec une pompe à chaleur ... à la place de la chaudière"
        " au fioul' (pompe à chaleur); her son Cédric takes the phone (his first name is not the"
        " client's): 'plus de cent euros par mois' (plus_de_100, mensuelle: only the band is said),"
        " 'Quatre-vingt-dix mètres carrés, de plain-pied' (90), 'Tuiles canal' (tuiles; the small"
        " steel garage roof is not counted), 'Le grand pan regarde vers le Lot, au sud' (sud), 'ça"
        " fait vingt-deux' from the land register (20m); back to her: 'Je suis de cinquante-cinq'"
        " (71 in 2026), 'Une fille, à Bordeaux. Deux enfants. Et veuve' (veuve, 2 enfants; the late"
        " husband's age and job stay '-'), 'institutrice. À la retraite depuis deux mille quinze'"
        " (retraitée), 'mille neuf cents par mois' (1900 euros par mois); the son again: 'Ce"
        " samedi, en fin de matinée ? Vers onze heures' (samedi fin de matinée, 11h), then"
        " 'Appelez-moi sur mon portable' in pairs, the first number given for the lead (main: the"
        " son speaks for his mother, and it is the callback number), and 'le fixe de ma mère, au"
        " cas où' (tel2)",
        """
        A: Bonjour madame, Théo, de Garonne Soleil Conseil. Madame Castagné ?
        C: Oui, c'est moi. Bonjour, monsieur. C'est pour les panneaux ? Mon fils m'a dit que vous
           alliez appeler. Il est là, d'ailleurs, il est venu déjeuner.
        A: Très bien. Je vérifie votre nom : C, A, S, T, A, G, N, E accent aigu ?
        C: Oui, accent aigu sur le dernier E. Castagné. Et mon prénom, c'est Josiane.
        A: Merci, madame. Vous êtes propriétaire de votre maison ?
        C: Oui. On l'a achetée avec mon mari, en quatre-vingt-deux. Il est décédé il y a six ans ;
           maintenant, je suis seule dedans. C'est grand, pour une personne.
        A: Je suis désolé. Votre adresse, madame ?
        C: Dix-huit, rue des Pruniers. À Villeneuve-sur-Lot. Quarante-sept, trois cents.
        A: 18 rue des Pruniers, 47300 Villeneuve-sur-Lot.
        C: Les pruniers, ce n'est pas pour rien : tout le quartier était en vergers, avant, pour les
           pruneaux d'Agen. Qui sont faits ici, d'ailleurs, pas à Agen. Mais ne le dites pas aux
           Agenais.
        A: Je garde le secret. Vous vous chauffez comment ?
        C: Avec une pompe à chaleur. C'est Cédric qui me l'a fait installer, il y a deux ans, à la
           place de la chaudière au fioul. Je ne sais pas trop comment elle marche, mais il fait
           chaud.
        A: Et votre facture d'électricité ?
        C: Ça, c'est Cédric qui s'en occupe, il fait tout sur internet pour moi. Cédric ! Le
           monsieur veut savoir pour l'électricité.
        C: Bonjour monsieur, Cédric, le fils. Je gère les comptes de ma mère. L'électricité, c'est
           plus de cent euros par mois, depuis la pompe à chaleur. Je n'ai pas le détail sous les
           yeux, mais c'est plus de cent, c'est sûr.
        A: Plus de cent euros par mois, d'accord. Vous connaissez la surface ?
        C: Quatre-vingt-dix mètres carrés, de plain-pied.
        A: Et le toit ?
        C: Tuiles canal. Le garage, à côté, est en bac acier, mais il est tout petit, on ne le
           compte pas.
        A: Et l'orientation ?
        C: Le grand pan regarde vers le Lot, au sud. Il n'y a rien devant : le voisin a un jardin.
        A: Il faudrait une vingtaine de mètres carrés libres sur ce pan.
        C: Vingt, juste. Peut-être un peu plus : j'ai regardé sur le cadastre, ça fait vingt-deux.
        A: Merci. Je peux reparler à votre maman, pour quelques questions ?
        C: Je vous la repasse.
        C: Oui, c'est moi.
        A: Votre âge, madame ?
        C: Je suis de cinquante-cinq. Je vous laisse compter, jeune homme.
        A: Vous avez d'autres enfants que Cédric ?
        C: Une fille, à Bordeaux. Deux enfants. Et veuve, comme je vous disais.
        A: Et vous travailliez ?
        C: J'étais institutrice. À la retraite depuis deux mille quinze. Trente-huit ans de classe :
           j'ai des anciens élèves qui sont grands-pères, aujourd'hui.
        A: Et vos revenus, à peu près ?
        C: Avec la réversion, mille neuf cents par mois.
        A: Merci, madame. Pour le rappel du conseiller...
        C: Il faut que Cédric soit là, c'est lui qui s'occupe de ces choses-là. Cédric !
        C: Oui. Je viens chez ma mère le samedi. Ce samedi, en fin de matinée ? Vers onze heures.
        A: Samedi, onze heures. Sur quel numéro ?
        C: Appelez-moi sur mon portable, ma mère n'entend pas toujours le fixe : zéro six,
           quatre-vingt-huit, quinze, quarante-deux, soixante-dix-neuf. Et le fixe de ma mère, au
           cas où : zéro cinq, cinquante-trois, soixante-dix, douze, trente-quatre.
        A: 06 88 15 42 79, et le fixe, 05 53 70 12 34. Merci, monsieur ; merci, madame Castagné,
           bonne journée.
        C: Merci, au revoir.
        """,
        client="Mme",
        objections="décide avec son fils",
        client_first_name_data_ia="Josiane",
        client_last_name_data_ia="Castagné",
        client_phone_number="0688154279",
        client_city_data_ia="Villeneuve-sur-Lot",
        client_address_data_ia="18 rue des Pruniers",
        client_postal_code_data_ia="47300",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="plus_de_100",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="90",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mme_data_ia="71",
        situation_familiale_data_ia="veuve, 2 enfants",
        activite_mme_data_ia="retraitée",
        revenu_data_ia="1900 euros par mois",
        tel2_data_ia="0553701234",
        creneau_rappel_data_ia="samedi fin de matinée",
        heure_rappel_data_ia="11h",
        **OWNER,
    ),
    script(
        "h17_mazamet_mefiant",
        "a suspicious plumber-heating engineer at Mazamet ('Qui le demande ?', 'Comment vous avez"
        " eu mon numéro, d'abord ?', no card number, nothing signed) who asks back whether the firm"
        " is RGE and whether an east-west roof will do, confirms the spelt surname and names"
        " himself (Alain Cabrol), owner (oui), 'Plombier-chauffagiste. À mon compte depuis deux"
        " mille onze' (indépendant depuis 15 ans), '27 rue des Tisserands. 81200 Mazamet' (81200,"
        " in digits), 'Au gaz. Une chaudière à condensation' (gaz), 'Soixante-seize euros par mois'"
        " (76, mensuelle), 'Cent quinze mètres carrés' (115), 'Des tuiles romanes' (tuiles),"
        " 'Est-ouest' (est-ouest), 'Sur les deux pans, plus de quarante mètres carrés' (20m),"
        " 'Quarante-neuf ans' (49), 'Marié, un fils' (marié, 1 enfant), 'Ma femme est née en"
        " soixante-dix-neuf' (47 in 2026), she lost her job when the fellmongery closed: 'Elle est"
        " au chômage' (au chômage), 'Trois mille par mois' (3000 euros par mois), 'En fin de"
        " journée ... Pas avant dix-huit heures' settled by the agent's 'Lundi en fin de journée,"
        " dix-huit heures trente' (lundi fin de journée, 18h30), and his mobile corrected when the"
        " agent reads it back ('vous avez dit vingt-quatre ? Non, c'est vingt-cinq. C'est moi qui"
        " me suis trompé': 0681253377)",
        """
        A: Bonjour monsieur, Sarah, de Tarn Énergie Solaire. Monsieur Cabrol ?
        C: Qui le demande ?
        A: Sarah, de Tarn Énergie Solaire, monsieur. Je vous appelle suite à votre demande d'étude
           pour des panneaux solaires.
        C: Une demande... Comment vous avez eu mon numéro, d'abord ?
        A: Vous l'avez laissé sur notre formulaire, monsieur, il y a une dizaine de jours, avec une
           question sur les aides.
        C: Ah. Oui, peut-être. Le soir, sur le téléphone... Bon. Mais je vous préviens : je ne donne
           pas mon numéro de carte, je ne signe rien aujourd'hui, et si vous me parlez de panneaux à
           un euro, je raccroche.
        A: Rien de tout ça, monsieur : c'est une étude gratuite, un conseiller passe, et vous
           décidez après. Je vérifie votre nom : C, A, B, R, O, L ?
        C: C'est ça. Alain Cabrol.
        A: Vous êtes propriétaire ?
        C: Oui. Et vous êtes RGE, vous ? Parce que sans RGE, pas d'aides. Ça, je le sais, c'est mon
           métier.
        A: Oui, monsieur, nous sommes certifiés RGE, le numéro est sur notre site. Vous êtes dans le
           bâtiment ?
        C: Plombier-chauffagiste. À mon compte depuis deux mille onze. Alors les installateurs qui
           bâclent, j'en vois passer : je répare derrière eux.
        A: Alors vous savez de quoi on parle. Votre adresse ?
        C: Vingt-sept, rue des Tisserands. 81200 Mazamet. En bas, près de l'ancienne filature, pas
           en haut vers la Montagne Noire.
        A: 27 rue des Tisserands, 81200 Mazamet. Et vous vous chauffez comment ?
        C: Au gaz. Une chaudière à condensation, posée par moi-même, évidemment. Le cordonnier mal
           chaussé, très peu pour moi.
        A: Et votre facture d'électricité ?
        C: Soixante-seize euros par mois. On fait attention.
        A: La surface de la maison ?
        C: Cent quinze mètres carrés.
        A: Et le toit ?
        C: Des tuiles romanes. Refait il y a huit ans.
        A: Il est orienté comment ?
        C: Est-ouest. Le faîtage est nord-sud, donc un pan au soleil le matin, l'autre le soir. Il
           paraît que ce n'est pas l'idéal ?
        A: Ça se fait très bien : on répartit les panneaux sur les deux pans, et la production est
           plus étalée sur la journée. Il y a de la place ?
        C: Sur les deux pans, plus de quarante mètres carrés. Pas de velux, pas de cheminée, rien.
        A: Très bien. Votre âge, monsieur ?
        C: Quarante-neuf ans.
        A: Et vous êtes marié ?
        C: Marié, un fils, qui est apprenti chez moi. Ma femme est née en soixante-dix-neuf, si
           c'est la question suivante.
        A: C'était la question suivante. Elle travaille ?
        C: Elle était à la mégisserie, vingt ans. L'usine a fermé l'an dernier. Elle est au chômage,
           elle cherche.
        A: Je suis désolée. Et le revenu du foyer, à peu près ?
        C: Trois mille par mois. À peu près. Et ne me demandez pas mon avis d'imposition.
        A: Non, non. Quand est-ce qu'un conseiller peut vous rappeler ?
        C: En fin de journée, après mes chantiers. Pas avant dix-huit heures.
        A: Lundi en fin de journée, dix-huit heures trente ?
        C: Lundi, dix-huit heures trente. Va pour lundi.
        A: Sur quel numéro ?
        C: Zéro six, quatre-vingt-un, vingt-quatre, trente-trois, soixante-dix-sept.
        A: 06 81 24 33 77 ?
        C: Attendez... vous avez dit vingt-quatre ? Non, c'est vingt-cinq. C'est moi qui me suis
           trompé : zéro six, quatre-vingt-un, vingt-cinq, trente-trois, soixante-dix-sept.
        A: 06 81 25 33 77. Merci, monsieur Cabrol, bonne journée.
        C: On verra bien. Au revoir.
        """,
        client="Mr",
        objections=(
            "méfiant (démarchage, arnaques) ; exige une entreprise RGE ; ne signe rien au téléphone"
        ),
        client_first_name_data_ia="Alain",
        client_last_name_data_ia="Cabrol",
        client_phone_number="0681253377",
        client_city_data_ia="Mazamet",
        client_address_data_ia="27 rue des Tisserands",
        client_postal_code_data_ia="81200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="76",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="115",
        toiture_data_ia="tuiles",
        orientation_data_ia="est-ouest",
        toit_libre="20m",
        age_mr_data_ia="49",
        age_mme_data_ia="47",
        situation_familiale_data_ia="marié, 1 enfant",
        activite_mr_data_ia="indépendant depuis 15 ans",
        activite_mme_data_ia="au chômage",
        revenu_data_ia="3000 euros par mois",
        creneau_rappel_data_ia="lundi fin de journée",
        heure_rappel_data_ia="18h30",
        **OWNER,
    ),
    script(
        "h17_sisteron_refus",
        "a firm refusal at Sisteron from a woman selling her house ('la maison est en vente ..."
        " Elle est encore à moi, mais plus pour longtemps': oui, she still owns it) who moves to a"
        " flat near her daughter at Aix, says she never filled in a request and asks to be struck"
        " off; what she lets fall: 'j'ai soixante-quatorze ans' (74), 'je me chauffe au fioul"
        " depuis quarante ans' (fioul), 'ici, à Sisteron' (Sisteron); surname from the greeting, no"
        " first name, no number, no family status ('près de ma fille' says no count), 'vous ne"
        " serez plus rappelée' (Non intéressant, Non)",
        """
        A: Bonjour madame, Romain, de Haute Provence Solaire. Madame Magnan ?
        C: Oui. C'est pour quoi ?
        A: Je vous appelle au sujet des panneaux photovoltaïques, madame. Nous faisons des études
           gratuites pour les propriétaires du Sisteronais, et...
        C: Non, merci. Je vous arrête tout de suite : ça ne m'intéresse pas.
        A: Je comprends, madame. Je peux vous demander pourquoi ? Vous avez peut-être déjà une
           installation ?
        C: Non, je n'ai rien. Mais la maison est en vente, voilà pourquoi. Elle est encore à moi,
           mais plus pour longtemps : le panneau de l'agence est sur le portail depuis le mois de
           mars. Je ne vais pas mettre des panneaux sur une maison que je vends.
        A: Une installation peut aussi valoriser le bien, pour la vente...
        C: Jeune homme, j'ai soixante-quatorze ans, je pars en appartement, près de ma fille, à Aix.
           Je ne vais pas faire des travaux. Et puis je me chauffe au fioul depuis quarante ans : le
           prochain propriétaire fera ce qu'il voudra.
        A: Bien sûr. Et si jamais la vente devait traîner...
        C: Non. Et puis je n'ai jamais rempli de demande, moi. C'est la troisième société qui
           m'appelle cette semaine. Vous vous passez mon numéro, c'est ça ?
        A: Non, madame, nous ne revendons pas les numéros. Il a peut-être été laissé sur un site de
           comparaison...
        C: Peut-être. Je ne vais jamais sur internet. Écoutez : ici, à Sisteron, on a du soleil,
           tout le monde le sait, vous n'avez pas besoin de me le vendre. Mais ce n'est pas pour
           moi. Rayez-moi de votre liste.
        A: C'est noté, madame : vous ne serez plus rappelée.
        C: Merci. Et si vous voulez une maison avec vue sur la citadelle, appelez l'agence. Au
           revoir.
        A: Au revoir, madame Magnan, bonne journée.
        """,
        client="Mme",
        objections="maison en vente ; n'a jamais fait de demande ; trop d'appels ; ne pas rappeler",
        client_last_name_data_ia="Magnan",
        client_city_data_ia="Sisteron",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        age_mme_data_ia="74",
        **LOST,
    ),
    script(
        "h17_troyes_locataire",
        "a young mother renting a half-timbered house in the centre of Troyes from an old man in"
        " Paris, who answered a Facebook advert and is chatty about it; she confirms the spelt"
        " surname (Royer) and spells her first name ('A, U, R, O, R, E': Aurore), 'Ah... non. On"
        " loue' (non: Non intéressant), 'Au gaz' (gaz), 'l'électricité, c'est soixante euros par"
        " mois' (60, mensuelle; the gas bill she complains of is no figure), '14 rue de la Cité."
        " Dix mille Troyes' (10000), 'Mon compagnon ... a un an de plus que moi' then 'Vingt-sept"
        " ans. Lui, vingt-huit, donc' (27, 28), 'deux petites' (en couple, 2 enfants), 'vendeuse"
        " dans un magasin d'usine ... En CDI' (CDI; Pont-Sainte-Marie is where she works), he 'est"
        " cariste, chez un transporteur' (the job, no status said); no number, no callback: the"
        " request waits for the landlord (Non)",
        """
        A: Bonjour madame, Antoine, de Champagne Énergies Nouvelles. Madame Royer ?
        C: Oui, c'est moi ! Ah, c'est pour les panneaux ? Super, j'attendais votre appel. J'ai vu
           votre pub sur Facebook, la famille qui ne paie plus d'électricité, et je me suis dit :
           c'est pour nous, ça.
        A: Tant mieux, madame. Je vérifie votre nom : R, O, Y, E, R ?
        C: C'est ça, Royer, comme ça se prononce. Et le prénom, Aurore : A, U, R, O, R, E.
        A: Merci. Vous êtes propriétaire de votre maison ?
        C: Ah... non. On loue. Une petite maison à colombages, dans le centre de Troyes, vous savez,
           les maisons en bois, toutes de travers, que les touristes prennent en photo. C'est joli,
           mais alors l'isolation... Ça ne marche pas, si on loue ?
        A: Pour des panneaux, c'est le propriétaire qui fait les travaux : c'est lui qui décide pour
           le toit.
        C: Oh, zut. Le propriétaire, c'est un vieux monsieur qui habite Paris. Il ne vient jamais,
           il ne répond pas aux mails. On a mis six mois à avoir un nouveau chauffe-eau.
        A: Vous vous chauffez comment, dans cette maison ?
        C: Au gaz. Une chaudière qui fait un bruit de tracteur. L'électricité, c'est soixante euros
           par mois, ça va encore ; mais le gaz, alors là... C'est pour ça que j'ai cliqué, à vrai
           dire.
        A: Je vous comprends. Vous me donnez l'adresse, que je garde votre demande ?
        C: Quatorze, rue de la Cité. Dix mille Troyes. Derrière la cathédrale.
        A: Merci. Vous pourriez en parler à votre propriétaire : s'il est intéressé, il peut nous
           contacter.
        C: Je lui écrirai, mais je n'y crois pas trop. Mon compagnon dit que c'est peine perdue. Il
           a un an de plus que moi, et il croit déjà tout savoir.
        A: Et vous avez quel âge, si ce n'est pas indiscret ?
        C: Vingt-sept ans. Lui, vingt-huit, donc. On a deux petites, de trois ans et d'un an.
        A: Et vous travaillez ?
        C: Oui, je suis vendeuse dans un magasin d'usine, à Pont-Sainte-Marie. En CDI, depuis l'an
           dernier, enfin. Et lui, il est cariste, chez un transporteur. Il charge les camions, la
           nuit.
        A: Merci, madame. Je garde votre demande de côté : si votre propriétaire nous appelle, ou si
           un jour vous achetez, on reprendra avec plaisir.
        C: Acheter... On aimerait bien. Dans quelques années, peut-être. Vous viendrez me mettre des
           panneaux, ce jour-là ?
        A: Avec plaisir, madame. Bonne journée.
        C: Merci, au revoir. Et goûtez l'andouillette, si vous passez à Troyes !
        """,
        client="Mme",
        objections="locataire ; le propriétaire ne répond pas",
        client_first_name_data_ia="Aurore",
        client_last_name_data_ia="Royer",
        client_city_data_ia="Troyes",
        client_address_data_ia="14 rue de la Cité",
        client_postal_code_data_ia="10000",
        proprietaire_data_ia="non",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="60",
        mensuelle_annuelle_data_ia="mensuelle",
        age_mr_data_ia="28",
        age_mme_data_ia="27",
        situation_familiale_data_ia="en couple, 2 enfants",
        activite_mr_data_ia="cariste",
        activite_mme_data_ia="CDI",
        **LOST,
    ),
    script(
        "h17_paray_faux_numero",
        "a wrong number: the agent asks for monsieur Gilles Perraud at Digoin; the suspicious old"
        " lady who answers lives 'à Paray-le-Monial ... derrière la basilique', has had the number"
        " for fifty years, was called last week by a fake nephew, is 'à quatre-vingt-un ans, en"
        " appartement' (81; a flat says neither owner nor tenant: '-') and asks whether the panels"
        " work; the fiche describes her (city Paray-le-Monial, age 81, entretien 'Mme'), not the"
        " lead in the file (Digoin and his name are not gold); 'Il n'y a plus de monsieur depuis"
        " longtemps' says no family status ('-')",
        """
        A: Bonjour madame, Bastien, de Bourgogne Sud Solaire. Je souhaiterais parler à monsieur
           Gilles Perraud, s'il vous plaît.
        C: Qui ça ? Il n'y a pas de monsieur, ici. Il n'y a plus de monsieur depuis longtemps, mon
           pauvre. Vous êtes qui, vous ?
        A: Bastien, de Bourgogne Sud Solaire, madame. Monsieur Perraud a fait une demande d'étude
           pour des panneaux solaires, à Digoin, et il a laissé ce numéro.
        C: À Digoin ? Je ne connais personne à Digoin. Moi, je suis à Paray-le-Monial. Derrière la
           basilique. Et ça fait cinquante ans que j'ai ce numéro, le même, depuis le téléphone à
           cadran.
        A: Alors il doit y avoir une erreur dans le formulaire. Excusez-moi pour le dérangement,
           madame.
        C: Et comment je sais, moi, que vous êtes bien qui vous dites ? On m'appelle tous les jours.
           La semaine dernière, c'était un faux neveu qui voulait un virement. Mon vrai neveu ne
           m'appelle jamais, alors j'ai tout de suite compris.
        A: Vous avez raison de vous méfier, madame. Je ne vous demande rien : je vais simplement
           retirer votre numéro de notre fichier.
        C: Bon. Et vos panneaux, là, ça marche vraiment ? Parce que moi, à quatre-vingt-un ans, en
           appartement, au deuxième étage, je ne vais pas en mettre sur le balcon.
        A: Il existe des petits panneaux pour les balcons, mais ce n'est pas ce que nous faisons :
           nous, c'est pour les toitures des maisons.
        C: Ah, vous voyez. Pas pour moi. Dites à votre monsieur de Digoin de vérifier son numéro. Il
           a dû se tromper d'un chiffre ; ça arrive, avec ces petits claviers.
        A: Je vais essayer de le joindre autrement. Merci de votre patience, madame.
        C: De rien. Ça m'a fait un peu de conversation : les journées sont longues, vous savez. Au
           revoir, jeune homme.
        A: Au revoir, madame, bonne journée.
        """,
        client="Mme",
        objections="mauvais numéro",
        client_city_data_ia="Paray-le-Monial",
        age_mme_data_ia="81",
        **LOST,
    ),
    script(
        "h17_montargis_partiel",
        "a partial call: a driving instructor at Montargis with a pupil due in five minutes, who"
        " confirms the spelt surname (Rigault) and spells his first name ('L, O, I tréma, C':"
        " Loïc), 'Oui, depuis trois ans' (oui), 'Quarante-cinq, deux cents' (45200), '8 rue des"
        " Mariniers', wanders on the canals and the pralines, 'À l'électrique. Des convecteurs'"
        " (électrique), 'moins de quatre-vingts euros par mois, je crois' (moins_de_80, mensuelle:"
        " a band, hedged), then his pupil turns up before the surface, roof, family or income are"
        " said ('-'); asks back how long fitting takes; 'Ce soir ... vers sept heures ? Non, disons"
        " sept heures et demie' (ce soir, 19h30: the hour corrected by him), the mobile the agent"
        " reads and he confirms (main), and as he leaves 'je suis en CDI, à l'auto-école ... j'ai"
        " trente-six ans' (CDI, 36)",
        """
        A: Bonjour monsieur, Clara, de Gâtinais Énergie Solaire. Monsieur Rigault ?
        C: Oui, c'est moi. Je vous préviens, je suis moniteur d'auto-école : j'ai un élève dans cinq
           minutes. Faites vite. C'est pour les panneaux ?
        A: C'est ça, votre demande d'étude. Je vérifie votre nom : R, I, G, A, U, L, T ?
        C: Oui. Et le prénom, Loïc. L, O, I tréma, C.
        A: Vous êtes propriétaire ?
        C: Oui, depuis trois ans. Une maison à Montargis, près du canal. Quarante-cinq, deux cents.
        A: 45200 Montargis. Le numéro et la rue ?
        C: Huit, rue des Mariniers. C'est la Venise du Gâtinais, ici, il y a des ponts partout. Vous
           connaissez les pralines de Montargis ? Non ? Vous ratez quelque chose.
        A: J'en prends note. Vous vous chauffez comment ?
        C: À l'électrique. Des convecteurs, c'était déjà là quand on a acheté. C'est pour ça que je
           veux des panneaux : je ne veux plus donner la moitié de mon salaire pour chauffer.
        A: Et votre facture d'électricité ?
        C: Euh... moins de quatre-vingts euros par mois, je crois. C'est ma compagne qui gère les
           papiers. Et dites, ça prend combien de temps, la pose ? Parce que je ne peux pas prendre
           des jours de congé comme ça.
        A: Une journée en général, deux au plus ; le conseiller vous expliquera. Et la surface de
           la...
        C: Ah, mon élève arrive, je le vois au bout de la rue. Il faut que je vous laisse. Vous
           pouvez me rappeler ?
        A: Bien sûr. Quand est-ce que ça vous arrange ?
        C: Ce soir. Après ma dernière leçon... vers sept heures ? Non, disons sept heures et demie,
           le temps de rentrer.
        A: Ce soir, dix-neuf heures trente. Sur ce numéro, le 07 61 38 25 90 ?
        C: Oui, c'est le bon. Et je suis en CDI, à l'auto-école, si ça compte pour le dossier. J'ai
           trente-six ans. Bon, j'y vais. Au revoir !
        A: Au revoir, monsieur Rigault, à ce soir.
        """,
        client="Mr",
        objections="pas disponible (élève qui arrive) : rappel demandé",
        client_first_name_data_ia="Loïc",
        client_last_name_data_ia="Rigault",
        client_phone_number="0761382590",
        client_city_data_ia="Montargis",
        client_address_data_ia="8 rue des Mariniers",
        client_postal_code_data_ia="45200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="moins_de_80",
        mensuelle_annuelle_data_ia="mensuelle",
        age_mr_data_ia="36",
        activite_mr_data_ia="CDI",
        creneau_rappel_data_ia="ce soir",
        heure_rappel_data_ia="19h30",
        **OWNER,
    ),
)
