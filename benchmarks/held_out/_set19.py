"""Held-out set 19 (``h19_*`` calls, ``--held-out 19``): see ``benchmarks.calls``."""

from __future__ import annotations

from benchmarks._script import LOST, OWNER, Script, script

__all__ = ["HELD_OUT_19"]


# A nineteenth held-out set (names ``h19_*``), written after HELD_OUT_18, by someone who read only
# this module's format and earlier sets, docs/quality.md's natural-voice set and its gold
# conventions, messages/lead.py and La Poste's communes list (for the code/town pairs): never the
# extractors, and none of them was run on it. Again a call centre's ordinary day, written fresh, in
# towns no earlier set used and spread across France (Saint-Chamond, Fumel, Redon, Commercy,
# Mauriac, Lure, Saint-Girons, Tournon-sur-Rhône, Gien, Joigny, Tarascon, Barbezieux-Saint-Hilaire):
# eight owners, a firm refusal from a man whose son-in-law is an electrician, a single mother
# renting from a landlord in Auxerre, a wrong number answered by a student at her parents' across
# the Rhône from the lead, and a partial call from a cognac still in distilling season. A husband
# takes the phone for the roof, his age and his job, a son for the bill, the surface and the roof;
# clients are busy (a mechanic under a car), chatty and joking (madeleines, Hermitage wine across
# the river, a plumber husband who 'fixes everyone's taps but ours'), suspicious (a man who asks
# where his number came from and whether he is on Bloctel) or hesitant; they answer before the
# question ends, ask back (batteries, snow on the roof, hail, the landlord's consent), wander and
# hesitate. The client corrects a postal code (his old works' 42100 said first), a phone number
# (the form's 52 for 62), an age (seventy-six, 'non, soixante-dix-sept depuis janvier'), a bill (a
# yearly figure before the adjustment), two surfaces (the cellar or the outbuildings taken out)
# and a callback hour ('dix-huit heures ... non, plutôt dix-neuf'). Postal codes in pairs, as
# thousands, digit by digit and in digits; bills per month, per two months (turned into a month by
# the agent or by the client), per year and as all three bands; ages direct, relative and from a
# birth year; heating mixed or changed (gas with a reversible air-conditioner, inertia radiators
# with a fireplace, a log stove with convectors, a gas boiler replaced by a heat pump, an insert
# with bedroom radiators, oil with a wood cooker, a pellet boiler); jobs with a status (CDI, CDD,
# fonctionnaire, on one's own account since 2010, since 2015 and for twenty years, retired) and
# without (a care assistant, a wine grower); surnames spelt (Mazoyer, Lartigue, Guillemot,
# Thouvenin, Chanut, Mairot, Soula, Fourel, Trinquet, Texereau) and first names spelt (Maïté,
# Erwann, Odette, Cindy); callback slots given loosely then settled. The set's year is 2026. The
# gold is what a careful human fills from each call; where a value is debatable, the summary says
# why. Nobody tunes on it: never rendered, never part of ``FULL`` or ``SUBSET``; ``python -m
# benchmarks.extraction_quality --held-out 19`` scores it from its reference text.
HELD_OUT_19: tuple[Script, ...] = (
    script(
        "h19_saint_chamond_code_corrige",
        "a retired steelworker at Saint-Chamond, chatty, who confirms the spelt surname (Mazoyer,"
        " 'avec un Y, comme dans le Pilat') and gives his first name (Roger), owner 'depuis"
        " quatre-vingt-six' (oui), '11 rue de la Valette' and the code corrected ('Quarante-deux,"
        " cent... Non, ça, c'était l'usine, à Saint-Étienne. Ici, c'est quarante-deux, quatre"
        " cents': 42400), 'Au gaz de ville, une chaudière' with a reversible air-conditioner in the"
        " bedroom for the summer (gaz), the bill every two months ('cent quatre-vingts euros tous"
        " les deux mois') that the agent turns into a month and he confirms (90, mensuelle),"
        " 'Cent dix mètres carrés' (110), 'Des tuiles' (tuiles), 'Le toit du jardin regarde plein"
        " sud' (sud), 'Vingt-cinq, trente' (20m), 'soixante-six ans' (66), his wife 'née en"
        " soixante-deux' (64 in 2026), 'Mariés ... Deux garçons' (marié, 2 enfants), 'À la"
        " retraite' (retraité; forty years at the steelworks is the past), his wife an"
        " 'auxiliaire de vie, à mi-temps' (the job, no status said: a part-time is none),"
        " 'deux mille six cents par mois' (2600 euros par mois), 'Le matin, sauf le mardi' and the"
        " agent's 'Jeudi matin, neuf heures trente ?' moved by him ('Dix heures, plutôt': jeudi"
        " matin, 10h), the landline in pairs (main) and his wife's mobile (tel2)",
        """
        A: Bonjour monsieur, Camille, de Gier Pilat Énergie. Monsieur Mazoyer ?
        C: C'est moi, oui. Bonjour, mademoiselle.
        A: Je vous appelle pour votre demande d'étude de panneaux solaires. Je vérifie votre nom :
           M, A, Z, O, Y, E, R ?
        C: C'est ça, avec un Y, comme dans le Pilat, on a des Mazoyer partout là-haut. Roger
           Mazoyer.
        A: Merci, monsieur Mazoyer. Vous êtes propriétaire de votre maison ?
        C: Depuis quatre-vingt-six. On l'a achetée avec ma femme quand les enfants sont arrivés. Une
           maison d'ouvrier, mais solide, hein, pas comme ce qu'on construit maintenant.
        A: Et l'adresse, c'est bien...
        C: Onze, rue de la Valette, à Saint-Chamond. Quarante-deux, cent... Non, ça, c'était
           l'usine, à Saint-Étienne : quarante ans que je l'écris sur les papiers. Ici, c'est
           quarante-deux, quatre cents.
        A: 11 rue de la Valette, 42400 Saint-Chamond. Vous vous chauffez comment ?
        C: Au gaz de ville, une chaudière. On a fait mettre une clim réversible dans la chambre,
           pour l'été, parce qu'avec les canicules, maintenant... Mais l'hiver, c'est la chaudière.
        A: Et votre facture d'électricité ?
        C: On l'a tous les deux mois. Cent quatre-vingts euros tous les deux mois, à peu près.
           L'été, un peu plus, à cause de la clim.
        A: Donc à peu près quatre-vingt-dix euros par mois ?
        C: Quatre-vingt-dix, voilà. Vous comptez plus vite que moi.
        A: La surface de la maison ?
        C: Cent dix mètres carrés. Sur deux niveaux.
        A: Et le toit, c'est...
        C: Des tuiles. Des tuiles rouges, comme toute la rue. Le toit du jardin regarde plein sud :
           mes tomates, elles sont contentes.
        A: Et sur ce pan-là, vous auriez une vingtaine de mètres carrés libres ?
        C: Vingt-cinq, trente. Il n'y a rien dessus. Dites, ça marche encore quand il y a de la
           brume ? Parce qu'ici, le matin, avec la vallée...
        A: Oui, la production baisse un peu, mais elle ne s'arrête pas. Votre âge, monsieur ?
        C: Soixante-six ans.
        A: Et votre épouse ?
        C: Elle est née en soixante-deux. Au mois de juin.
        A: Vous êtes mariés, vous avez des enfants ?
        C: Mariés, oui, depuis quarante-trois ans. Deux garçons : un à Lyon, un à Saint-Étienne.
        A: Et vous travailliez dans quoi ?
        C: À l'aciérie, quarante ans, les hauts fourneaux, puis la maintenance. À la retraite,
           maintenant. Ma femme, elle travaille encore : elle est auxiliaire de vie, à mi-temps,
           chez des personnes âgées du quartier.
        A: Et le revenu du foyer, à peu près ?
        C: Avec ma retraite et son salaire, deux mille six cents par mois.
        A: Merci. Quand est-ce qu'un conseiller pourrait vous rappeler ?
        C: Le matin. Sauf le mardi : le mardi, c'est le marché, et je n'en rate pas un.
        A: Jeudi matin, neuf heures trente ?
        C: Dix heures, plutôt. Le jeudi, je promène le chien du voisin à neuf heures.
        A: Jeudi, dix heures. Sur quel numéro ?
        C: Le fixe. Zéro quatre, soixante-dix-sept, vingt-deux, trente et un, quatre-vingt-huit.
           Et si je ne réponds pas, le portable de ma femme : zéro six, cinquante, trois, douze,
           soixante-neuf... Non : zéro six, cinquante, zéro trois, douze, soixante-neuf.
        A: 04 77 22 31 88, et 06 50 03 12 69. Merci, monsieur Mazoyer, bonne journée.
        C: Merci, mademoiselle. Au revoir.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Roger",
        client_last_name_data_ia="Mazoyer",
        client_phone_number="0477223188",
        client_city_data_ia="Saint-Chamond",
        client_address_data_ia="11 rue de la Valette",
        client_postal_code_data_ia="42400",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="90",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="110",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="66",
        age_mme_data_ia="64",
        situation_familiale_data_ia="marié, 2 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="auxiliaire de vie",
        revenu_data_ia="2600 euros par mois",
        tel2_data_ia="0650031269",
        creneau_rappel_data_ia="jeudi matin",
        heure_rappel_data_ia="10h",
        **OWNER,
    ),
    script(
        "h19_fumel_plombier",
        "a joking town-hall secretary at Fumel who confirms the surname (Lartigue) and spells her"
        " first name ('M, A, I tréma, T, E accent aigu': Maïté), 'Avec mon mari, oui' (oui), '7"
        " rue des Fontaines, à Fumel. Quarante-sept mille cinq cents' (47500, as thousands),"
        " 'Électrique. Des radiateurs à inertie' with the fireplace on Sundays (électrique), the"
        " bill once a year ('mille six cents euros par an': 1600, annuelle), the surface corrected"
        " ('Cent trente. Enfin, cent trente avec la cave ... Cent vingt-cinq, sans la cave': 125),"
        " 'Des tuiles canal' (tuiles), 'le toit donne à l'ouest, on a le soleil couchant sur le"
        " Lot' (ouest), 'Largement' to twenty free square metres (20m), 'Cinquante-neuf ans' (59),"
        " her husband 'un an de plus que moi' (60), 'Mariés, une fille' (mariée, 1 enfant), 'à la"
        " mairie ... Fonctionnaire' (fonctionnaire), her husband the plumber 'à son compte depuis"
        " deux mille dix' (indépendant depuis 16 ans in 2026), the income withheld ('Ça, je le"
        " garde pour moi': '-'), 'En fin d'après-midi ... le mardi ou le jeudi' settled on 'Mardi,"
        " dix-sept heures trente' (mardi fin d'après-midi, 17h30), her mobile in pairs (main)",
        """
        A: Bonjour madame, Nicolas, de Lot Garonne Soleil. Madame Lartigue ?
        C: Elle-même. Si c'est pour une fuite, mon mari est plombier, mais chez nous, les robinets
           gouttent depuis dix ans : il répare ceux de tout le monde, sauf les nôtres.
        A: Non, madame, c'est pour votre demande d'étude de panneaux solaires.
        C: Ah, les panneaux ! Oui, c'est moi qui ai rempli le formulaire, un soir. Allez-y.
        A: Je vérifie votre nom : L, A, R, T, I, G, U, E ?
        C: C'est ça, Lartigue. Et mon prénom, c'est Maïté : M, A, I tréma, T, E accent aigu.
        A: Merci. Vous êtes propriétaire de la maison ?
        C: Avec mon mari, oui. On a fini de la payer l'an dernier, on a fait une fête.
        A: Et l'adresse ?
        C: Sept, rue des Fontaines, à Fumel. Quarante-sept mille cinq cents.
        A: 7 rue des Fontaines, 47500 Fumel. Vous vous chauffez comment ?
        C: Électrique. Des radiateurs à inertie, on les a changés il y a cinq ans. Et la cheminée,
           le dimanche, pour l'ambiance. Mais ça ne chauffe rien, une cheminée, ça fait joli.
        A: Et votre facture d'électricité ?
        C: On paie une fois par an, avec la régularisation. Mille six cents euros par an, à peu
           près.
        A: Et la surface de la maison ?
        C: Cent trente. Enfin, cent trente avec la cave, c'est ce que dit l'agence. Cent vingt-cinq,
           sans la cave. La cave, on n'y vit pas, hein, même si mon mari y passe ses soirées.
        A: Cent vingt-cinq. Et le toit ?
        C: Des tuiles canal, comme partout dans le coin.
        A: Vous savez comment il est orienté ?
        C: Le toit donne à l'ouest. On a le soleil couchant sur le Lot, depuis la terrasse : c'est
           pour ça qu'on a acheté, d'ailleurs.
        A: Et il y aurait une vingtaine de mètres carrés libres ?
        C: Largement. Et la grêle, dites ? Parce qu'ici, au mois de mai, on en prend, de la grêle.
        A: Les panneaux sont testés contre la grêle, et l'installation est assurée.
        C: Tant mieux. Mes tomates, elles, ne sont pas assurées.
        A: Votre âge, madame ?
        C: Cinquante-neuf ans. Et mon mari a un an de plus que moi : il me le rappelle assez.
        A: Vous avez des enfants ?
        C: Mariés, une fille. Elle vit à Bordeaux, elle vient aux vacances avec son linge sale.
        A: Et vous travaillez ?
        C: Je suis secrétaire à la mairie. Fonctionnaire. Et mon mari est plombier, à son compte
           depuis deux mille dix.
        A: Et le revenu du foyer, à peu près ?
        C: Ça, je le garde pour moi. Votre conseiller verra bien si on peut payer.
        A: Très bien. Quand est-ce qu'un conseiller pourrait vous rappeler ?
        C: En fin d'après-midi, quand je sors de la mairie. Le mardi ou le jeudi.
        A: Mardi, dix-sept heures trente ?
        C: Mardi, dix-sept heures trente. Je serai dans la voiture, mais j'ai le kit mains libres.
        A: Sur quel numéro ?
        C: Mon portable : zéro six, quatre-vingt-sept, quarante-quatre, dix, vingt-six.
        A: 06 87 44 10 26. Merci, madame Lartigue, bonne fin de journée.
        C: Merci, au revoir !
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Maïté",
        client_last_name_data_ia="Lartigue",
        client_phone_number="0687441026",
        client_city_data_ia="Fumel",
        client_address_data_ia="7 rue des Fontaines",
        client_postal_code_data_ia="47500",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="1600",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="125",
        toiture_data_ia="tuiles",
        orientation_data_ia="ouest",
        toit_libre="20m",
        age_mr_data_ia="60",
        age_mme_data_ia="59",
        situation_familiale_data_ia="mariée, 1 enfant",
        activite_mr_data_ia="indépendant depuis 16 ans",
        activite_mme_data_ia="fonctionnaire",
        creneau_rappel_data_ia="mardi fin d'après-midi",
        heure_rappel_data_ia="17h30",
        **OWNER,
    ),
    script(
        "h19_redon_mefiant",
        "a suspicious man at Redon who asks where his number came from and whether he is not on"
        " Bloctel, then agrees once the agent names his own web request; he spells his surname"
        " (Guillemot) and first name ('E, R, W, deux N': Erwann), 'Oui, c'est à moi. À moi tout"
        " seul, depuis le divorce' (oui), '5 impasse des Forges' and the code digit by digit"
        " ('trois, cinq, six, zéro, zéro': 35600), 'un poêle à bois, aux bûches ... et des"
        " convecteurs dans les chambres' where the stove 'fait l'essentiel' (bois), only a band"
        " for the bill ('Plus de cent euros par mois, ça, c'est sûr': plus_de_100, mensuelle),"
        " 'Cent quarante' (140), 'Ardoise' (ardoises), 'Un pan vers le levant, un vers le"
        " couchant' (est-ouest), 'Moins de vingt, avec les velux et la lucarne' (moins de 20m),"
        " 'Je suis né en soixante-dix-neuf' (47 in 2026), 'Divorcé. Deux enfants, en garde"
        " alternée' (divorcé, 2 enfants), 'technicien de maintenance ... En CDI' (CDI), 'deux"
        " mille trois cents par mois' (2300 euros par mois), 'Le samedi matin' settled on 'Samedi,"
        " onze heures' (samedi matin, 11h), and his own mobile, not the works phone he was"
        " called on, given in pairs and corrected on the read-back ('Non, soixante-deux, pas"
        " cinquante-deux': 0662184093, main; the works phone is never read out)",
        """
        A: Bonjour monsieur, Léa, de Vilaine Énergie Solaire. Monsieur Guillemot ?
        C: Qui le demande ? Et d'où vous avez mon numéro, d'abord ? Je suis sur Bloctel, moi.
        A: Vous avez fait une demande d'étude pour des panneaux solaires sur notre site, monsieur,
           le douze du mois. C'est pour ça que je vous appelle.
        C: Ah. Le site avec la maison jaune ? Oui, bon, c'est moi. Mais je vous préviens : je ne
           signe rien au téléphone, et je ne donne pas de numéro de carte.
        A: Aucun problème, on ne vous demandera rien de tel. Je vérifie votre nom : G, U, I...
        C: G, U, I, deux L, E, M, O, T. Guillemot. Et le prénom, c'est Erwann : E, R, W, deux N.
        A: Merci. Vous êtes propriétaire ?
        C: Oui, c'est à moi. À moi tout seul, depuis le divorce : j'ai racheté la part de mon ex.
        A: Et l'adresse ?
        C: Cinq, impasse des Forges, à Redon. Trois, cinq, six, zéro, zéro.
        A: 5 impasse des Forges, 35600 Redon. Vous vous chauffez comment ?
        C: Un poêle à bois, aux bûches, dans la pièce de vie. Et des convecteurs dans les chambres,
           que je n'allume presque jamais. C'est le poêle qui fait l'essentiel.
        A: Et votre facture d'électricité ?
        C: Je n'ai pas la facture sous les yeux. Plus de cent euros par mois, ça, c'est sûr. C'est
           bien pour ça que je regarde vos panneaux.
        A: La surface de la maison ?
        C: Cent quarante. C'est une vieille longère, avec une extension.
        A: Et le toit, c'est de...
        C: Ardoise. Comme tout le monde ici.
        A: Il est orienté comment ?
        C: Un pan vers le levant, un vers le couchant. La longère est dans le sens du canal.
        A: Et vous auriez une vingtaine de mètres carrés libres sur un des pans ?
        C: Moins de vingt, avec les velux et la lucarne. Ça pose problème ?
        A: On en met moins, ou on regarde l'extension. Le conseiller verra avec vous. Votre âge,
           monsieur ?
        C: Je suis né en soixante-dix-neuf. Faites le calcul.
        A: Vous vivez seul, vous avez des enfants ?
        C: Divorcé. Deux enfants, en garde alternée. Une semaine sur deux, la maison est pleine.
        A: Et vous travaillez dans quoi ?
        C: Je suis technicien de maintenance, dans une usine à Redon, l'agroalimentaire. En CDI.
        A: Et vos revenus, à peu près ?
        C: Pourquoi vous avez besoin de ça ?
        A: Pour savoir quelles aides vous concernent, monsieur.
        C: Bon. Deux mille trois cents par mois, avec les primes.
        A: Merci. Quand est-ce qu'un conseiller pourrait vous rappeler ?
        C: Je fais les trois-huit : la semaine, c'est impossible de savoir. Le samedi matin.
        A: Samedi, onze heures ?
        C: Samedi, onze heures, ça va.
        A: Sur ce numéro ?
        C: Non, celui-là, c'est le téléphone de l'usine : je l'ai sur moi pendant le poste, mais
           le samedi, il reste au vestiaire. Mon portable à moi : zéro six, soixante-deux,
           dix-huit, quarante, quatre-vingt-treize.
        A: 06 52 18 40 93 ?
        C: Non, soixante-deux, pas cinquante-deux. Zéro six, soixante-deux, dix-huit, quarante,
           quatre-vingt-treize.
        A: Pardon : 06 62 18 40 93. Merci, monsieur Guillemot, bonne journée.
        C: Au revoir.
        """,
        client="Mr",
        objections="méfiant : ne signe rien au téléphone, ne donne pas de coordonnées bancaires",
        client_first_name_data_ia="Erwann",
        client_last_name_data_ia="Guillemot",
        client_phone_number="0662184093",
        client_city_data_ia="Redon",
        client_address_data_ia="5 impasse des Forges",
        client_postal_code_data_ia="35600",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="plus_de_100",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="140",
        toiture_data_ia="ardoises",
        orientation_data_ia="est-ouest",
        toit_libre="moins de 20m",
        age_mr_data_ia="47",
        situation_familiale_data_ia="divorcé, 2 enfants",
        activite_mr_data_ia="CDI",
        revenu_data_ia="2300 euros par mois",
        creneau_rappel_data_ia="samedi matin",
        heure_rappel_data_ia="11h",
        **OWNER,
    ),
    script(
        "h19_commercy_madeleines",
        "a chatty biscuit-factory worker at Commercy who wanders about madeleines and passes the"
        " phone to her husband for the roof, his age and his job; entretien is 'Mme' (she took the"
        " call and the fiche is hers: Sandrine, the surname spelt 'T, H, O, U, V, E, N, I, N':"
        " Thouvenin), 'Oui, on a acheté en deux mille douze' (oui), '18 rue du Breuil, à"
        " Commercy. Cinquante-cinq, deux cents' (55200, in pairs), 'Au gaz. Une chaudière à"
        " condensation' (gaz), 'Cent dix euros par mois' (110, mensuelle), 'Cent mètres carrés"
        " tout rond' (100); her husband: 'Tuiles mécaniques' (tuiles), 'Plein sud, côté jardin'"
        " (sud), 'une trentaine de mètres' (20m), 'Quarante-huit' (48), 'Chauffeur routier ... En"
        " CDI' (CDI); back to her: 'Quarante-cinq. Quarante-six en mars' (45), 'Mariés, trois"
        " enfants' (mariée, 3 enfants), 'à la biscuiterie ... en CDD, jusqu'à Noël' (CDD), 'trois"
        " mille quatre cents par mois' (3400 euros par mois), 'Le soir ... lundi' and the hour"
        " corrected ('Dix-huit heures. Non, plutôt dix-neuf : il rentre tard, le lundi': lundi"
        " soir, 19h), her mobile (main) and her husband's (tel2) in pairs",
        """
        A: Bonjour madame, Hugo, de Meuse Lorraine Énergie. Madame Thouvenin ?
        C: Oui, c'est moi ! Bonjour. Excusez-moi, je sors du travail, j'ai encore l'odeur des
           madeleines sur moi. Vous connaissez, les madeleines de Commercy ?
        A: Bien sûr, madame. Je vous appelle pour votre demande d'étude de panneaux solaires. Je
           vérifie votre nom...
        C: T, H, O, U, V, E, N, I, N. Thouvenin. Et moi, c'est Sandrine.
        A: Merci, madame. Vous êtes propriétaire ?
        C: Oui, on a acheté en deux mille douze, avec mon mari. Une maison des années trente, avec
           un grand jardin. Le jardin, c'est lui ; moi, c'est la cuisine.
        A: Et l'adresse ?
        C: Dix-huit, rue du Breuil, à Commercy. Cinquante-cinq, deux cents.
        A: 18 rue du Breuil, 55200 Commercy. Vous vous chauffez comment ?
        C: Au gaz. Une chaudière à condensation, on l'a changée il y a trois ans.
        A: Et votre facture d'électricité ?
        C: Cent dix euros par mois. On est mensualisés. Avec trois enfants, le sèche-linge tourne
           tout le temps.
        A: La surface de la maison ?
        C: Cent mètres carrés tout rond. Pour le toit, attendez, je vous passe mon mari, il vient
           de rentrer, c'est lui qui sait. Thierry ! C'est pour les panneaux !
        C: Oui, bonjour. Le toit, c'est ça ?
        A: Bonjour monsieur. Oui : il est en quoi, votre toit ?
        C: Tuiles mécaniques. Je les ai refaites moi-même, il y a cinq ans, avec mon beau-frère.
        A: Et il est orienté comment ?
        C: Plein sud, côté jardin. Côté rue, c'est au nord, il n'y a rien à faire.
        A: Et côté sud, il y aurait une vingtaine de mètres carrés libres ?
        C: Une trentaine de mètres, même. Et la neige, ça ne les abîme pas ? Parce qu'ici, en
           janvier...
        A: Non, ils supportent le poids de la neige, et elle glisse plus vite dessus que sur les
           tuiles.
        C: D'accord.
        A: Votre âge, monsieur ?
        C: Quarante-huit.
        A: Et vous travaillez dans quoi ?
        C: Chauffeur routier. En CDI, chez un transporteur de Bar-le-Duc. Je vous repasse ma femme,
           j'ai le camion à ranger.
        C: C'est encore moi. Il vous a tout dit ?
        A: Presque. Votre âge, madame ?
        C: Quarante-cinq. Quarante-six en mars, mais on n'en parle pas.
        A: Vous êtes mariés, avec trois enfants, c'est ça ?
        C: Mariés, trois enfants. Quinze, douze et huit ans.
        A: Et vous travaillez à la biscuiterie ?
        C: À la biscuiterie, oui, sur la ligne des madeleines. En CDD, jusqu'à Noël. Après, on
           verra : ils disent qu'ils vont me garder.
        A: Et le revenu du foyer, à peu près ?
        C: Trois mille quatre cents par mois, avec les heures de mon mari.
        A: Merci. Quand est-ce qu'un conseiller pourrait vous rappeler, avec votre mari ?
        C: Le soir. Lundi, il est là, il ne roule pas le mardi.
        A: Lundi soir, à quelle heure ?
        C: Dix-huit heures. Non, plutôt dix-neuf : il rentre tard, le lundi, il passe au dépôt.
        A: Lundi, dix-neuf heures. Sur quel numéro ?
        C: Le mien : zéro six, vingt-huit, soixante et onze, zéro cinq, quarante-quatre. Et celui
           de mon mari : zéro six, quatre-vingt-un, trente-trois, dix-neuf, zéro sept.
        A: 06 28 71 05 44, et 06 81 33 19 07. Merci, madame Thouvenin, bonne soirée.
        C: Merci ! Je vous mettrais bien une madeleine dans le téléphone. Au revoir !
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Sandrine",
        client_last_name_data_ia="Thouvenin",
        client_phone_number="0628710544",
        client_city_data_ia="Commercy",
        client_address_data_ia="18 rue du Breuil",
        client_postal_code_data_ia="55200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="110",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="100",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="48",
        age_mme_data_ia="45",
        situation_familiale_data_ia="mariée, 3 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="CDD",
        revenu_data_ia="3400 euros par mois",
        tel2_data_ia="0681331907",
        creneau_rappel_data_ia="lundi soir",
        heure_rappel_data_ia="19h",
        **OWNER,
    ),
    script(
        "h19_mauriac_lauzes",
        "a hesitant retired cattle farmer at Mauriac who takes his time ('Euh... attendez'), gives"
        " his names (Jean-Claude Chanut, the surname spelt 'C, H, A, N, U, T'), 'La maison, oui,"
        " elle est à nous' (oui), '3 route de Salers' and the code as thousands ('Quinze mille"
        " deux cents': 15200), 'La chaudière au fioul' with a wood cooker in the kitchen in"
        " winter (fioul), the yearly bill corrected ('Mille deux cents euros par an... Non, mille"
        " quatre cents, j'oubliais la régularisation': 1400, annuelle), 'Cent cinquante mètres"
        " carrés' (150), 'Des lauzes' (lauzes), 'On a le soleil toute la journée' without a side"
        " (bien ensoleillée), 'Oh, oui, vingt mètres, il y a' (20m), 'Je suis de cinquante-deux'"
        " (74 in 2026), his wife 'quatre ans de moins que moi' (70), 'Mariés. Deux enfants'"
        " (marié, 2 enfants), 'Retraités, tous les deux' (retraité, retraitée; the Salers cows are"
        " the past and the son's), 'deux mille cent par mois' (2100 euros par mois), 'L'après-midi,"
        " après la sieste, vers trois heures' and 'vendredi' (vendredi après-midi, 15h), the"
        " landline in pairs (main)",
        """
        A: Bonjour monsieur, Manon, de Cantal Énergie Solaire. Monsieur Chanut ?
        C: Euh... oui. Oui, c'est moi. C'est pour quoi ?
        A: Pour votre demande d'étude de panneaux solaires, monsieur. C'est votre fils qui l'a
           remplie, je crois ?
        C: Ah, oui, c'est lui. Il dit qu'avec l'électricité qui monte... Moi, je ne sais pas trop.
           Mais allez-y, posez vos questions.
        A: Je vérifie votre nom : C, H, A, N, U, T, et le prénom ?
        C: Chanut, c'est ça. Jean-Claude. Jean-Claude Chanut.
        A: Vous êtes propriétaire de votre maison ?
        C: La maison, oui, elle est à nous. Les bâtiments de la ferme, c'est à mon fils,
           maintenant : c'est lui qui a repris les vaches. Des salers, évidemment.
        A: Et l'adresse ?
        C: Trois, route de Salers, à Mauriac. Quinze mille deux cents.
        A: 3 route de Salers, 15200 Mauriac. Vous vous chauffez comment ?
        C: Euh... la chaudière au fioul. Et la cuisinière à bois, dans la cuisine, l'hiver : ma
           femme fait la soupe dessus. Mais c'est la chaudière qui chauffe.
        A: Et votre facture d'électricité ?
        C: On la paie une fois par an. Mille deux cents euros par an... Non, attendez. Mille quatre
           cents, j'oubliais la régularisation. Mille quatre cents.
        A: Mille quatre cents par an. La surface de la maison ?
        C: Cent cinquante mètres carrés, à peu près. C'est une vieille maison, en pierre.
        A: Et le toit ?
        C: Des lauzes. Des vraies lauzes, en phonolite. On peut mettre des panneaux sur des lauzes,
           vous croyez ?
        A: Le conseiller regardera, monsieur : ça se fait, avec des fixations adaptées. Il est
           orienté comment, le toit ?
        C: Euh... je ne sais pas vous dire. On a le soleil toute la journée, on est tout en haut,
           il n'y a pas d'arbres.
        A: Et il y aurait une vingtaine de mètres carrés libres ?
        C: Oh, oui, vingt mètres, il y a. Il y a plus.
        A: Votre âge, monsieur ?
        C: Je suis de cinquante-deux.
        A: Et votre épouse ?
        C: Elle a quatre ans de moins que moi.
        A: Vous êtes mariés, vous avez des enfants ?
        C: Mariés. Deux enfants : le fils, à la ferme, et une fille, à Clermont.
        A: Et vous êtes à la retraite ?
        C: Retraités, tous les deux. Ma femme travaillait avec moi, à la ferme.
        A: Et vos revenus, à peu près ?
        C: Euh... deux mille cent par mois, à nous deux. Les retraites agricoles, vous savez, ce
           n'est pas le Pérou.
        A: Merci. Quand est-ce qu'un conseiller pourrait vous rappeler ? Avec votre fils,
           peut-être ?
        C: Oui, avec le fils, c'est mieux. L'après-midi, après la sieste, vers trois heures. Le
           vendredi, il descend manger avec nous.
        A: Vendredi, quinze heures ?
        C: Vendredi, trois heures, c'est ça.
        A: Sur quel numéro ?
        C: Le fixe : zéro quatre, soixante et onze, soixante-huit, vingt-quatre, cinquante-trois.
        A: 04 71 68 24 53. Merci, monsieur Chanut, bonne journée.
        C: Merci. Au revoir, mademoiselle.
        """,
        client="Mr",
        objections="hésitant ; décide avec son fils ; doute des panneaux sur des lauzes",
        client_first_name_data_ia="Jean-Claude",
        client_last_name_data_ia="Chanut",
        client_phone_number="0471682453",
        client_city_data_ia="Mauriac",
        client_address_data_ia="3 route de Salers",
        client_postal_code_data_ia="15200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="1400",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="150",
        toiture_data_ia="lauzes",
        orientation_data_ia="bien ensoleillée",
        toit_libre="20m",
        age_mr_data_ia="74",
        age_mme_data_ia="70",
        situation_familiale_data_ia="marié, 2 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="retraitée",
        revenu_data_ia="2100 euros par mois",
        creneau_rappel_data_ia="vendredi après-midi",
        heure_rappel_data_ia="15h",
        **OWNER,
    ),
    script(
        "h19_lure_sous_la_voiture",
        "a busy mechanic at Lure, on the phone from under a car in his own garage, who answers"
        " before the questions end: he confirms the spelt surname ('M, A, I, R, O, T ... Mairot,"
        " oui') and gives his first name (Sébastien), 'Oui, on a fait construire' (oui), '26 rue"
        " des Vosges, à Lure. Soixante-dix, deux cents' (70200, in pairs), the heating changed"
        " ('La chaudière gaz a lâché l'hiver dernier. On a mis une pompe à chaleur, une air-eau':"
        " pompe à chaleur), 'Cent trente par mois. On est mensualisés' (130, mensuelle), 'Cent"
        " vingt, sans le sous-sol' (120), 'Tuiles' (tuiles), 'Le garage est plein sud, la maison"
        " aussi' (sud), 'Oui, facile' (20m), 'Trente-huit' (38), his partner 'deux ans de moins'"
        " (36), 'Pacsés, deux petits' (pacsé, 2 enfants), 'J'ai mon garage. À mon compte depuis"
        " deux mille quinze' (indépendant depuis 11 ans), his partner a care assistant 'à"
        " l'hôpital de Lure, en CDI' (CDI), 'Quatre mille par mois, à peu près' (4000 euros par"
        " mois), 'Le samedi matin ... Pas avant dix heures' and the agent's 'Samedi, dix heures'"
        " (samedi matin, 10h), his mobile in pairs (main)",
        """
        A: Bonjour monsieur, Clara, de Franche-Comté Solaire. Monsieur Mairot ?
        C: Ouais, c'est moi. Je suis sous une voiture, là, je vous mets sur haut-parleur. Allez-y,
           mais vite.
        A: Je vous appelle pour votre demande d'étude de panneaux solaires. Je vérifie votre nom :
           M, A, I, R...
        C: M, A, I, R, O, T. Mairot, oui. Sébastien.
        A: Vous êtes propri...
        C: Oui, on a fait construire, il y a dix ans.
        A: L'adresse, c'est...
        C: Vingt-six, rue des Vosges, à Lure. Soixante-dix, deux cents.
        A: 26 rue des Vosges, 70200 Lure. Et pour le chauffage ?
        C: La chaudière gaz a lâché l'hiver dernier. On a mis une pompe à chaleur, une air-eau.
           C'est pour ça que la facture a grimpé, et que je vous appelle.
        A: Elle est de combien, votre facture ?
        C: Cent trente par mois. On est mensualisés.
        A: La surface de la mai...
        C: Cent vingt, sans le sous-sol. Avec, cent soixante, mais en bas, c'est l'atelier et la
           chaufferie.
        A: Cent vingt. Et le toit ?
        C: Tuiles. Deux pans. Le garage est plein sud, la maison aussi : on a fait exprès, avec
           l'architecte.
        A: Et une vingtaine de mètres carrés libres, sur le pan sud ?
        C: Oui, facile. Dites, les batteries, vous en mettez ? Parce que moi, ce que je veux, c'est
           charger la voiture électrique la nuit.
        A: On en propose, oui : le conseiller vous fera les deux devis. Votre âge, monsieur ?
        C: Trente-huit. Ma compagne, deux ans de moins.
        A: Vous êtes mariés ?
        C: Pacsés, deux petits. Quatre et sept ans.
        A: Et vous travaillez...
        C: J'ai mon garage. À mon compte depuis deux mille quinze. Ma compagne est aide-soignante, à
           l'hôpital de Lure, en CDI.
        A: Et le revenu du foyer, à peu près ?
        C: Quatre mille par mois, à peu près. Ça dépend des mois, pour moi.
        A: Quand est-ce qu'un conseiller pourrait vous rappeler ?
        C: En semaine, je suis dans le cambouis jusqu'à sept heures. Le samedi matin : le garage
           est fermé. Pas avant dix heures, on fait la grasse matinée.
        A: Samedi, dix heures ?
        C: Samedi, dix heures. C'est bon.
        A: Sur ce numéro ?
        C: Non, là, c'est le fixe du garage. Mon portable : zéro sept, soixante, quinze,
           quatre-vingt-douze, trente-huit.
        A: 07 60 15 92 38. Merci, monsieur Mairot, bon courage.
        C: Ouais, merci. Salut.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Sébastien",
        client_last_name_data_ia="Mairot",
        client_phone_number="0760159238",
        client_city_data_ia="Lure",
        client_address_data_ia="26 rue des Vosges",
        client_postal_code_data_ia="70200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="130",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="120",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="38",
        age_mme_data_ia="36",
        situation_familiale_data_ia="pacsé, 2 enfants",
        activite_mr_data_ia="indépendant depuis 11 ans",
        activite_mme_data_ia="CDI",
        revenu_data_ia="4000 euros par mois",
        creneau_rappel_data_ia="samedi matin",
        heure_rappel_data_ia="10h",
        **OWNER,
    ),
    script(
        "h19_saint_girons_avec_son_fils",
        "a widow of 77 at Saint-Girons whose son, there for lunch, takes the phone for the bill,"
        " the surface and the roof, then gives it back; entretien is 'Mme' (she took the call and"
        " the fiche is hers: the son's first name, Didier, is not the client's); she spells her"
        " first name ('O, D, deux T, E': Odette) and confirms the surname (Soula), 'Oui, c'est ma"
        " maison. Mon mari l'a construite' (oui), '22 avenue de la Résistance, à Saint-Girons.'"
        " and the code in pairs ('Zéro neuf, deux cents': 09200), 'l'insert, dans le séjour, et"
        " des radiateurs électriques dans les chambres' where the insert 'chauffe toute la maison'"
        " (bois); the son: only a band for the bill ('Entre quatre-vingts et cent euros par mois':"
        " entre 80 et 100, mensuelle), 'Quatre-vingt-dix mètres carrés' (90), 'Ardoise' (ardoises),"
        " 'Au sud, face à la montagne' (sud), 'Vingt mètres, oui' (20m); back to her, her age"
        " corrected ('Soixante-seize. Non, soixante-dix-sept depuis janvier': 77), 'Veuve ... trois"
        " enfants' (veuve, 3 enfants), 'retraitée ... j'étais couturière' (retraitée), 'Mille trois"
        " cents par mois' (1300 euros par mois), 'quand mon fils est là ... le mercredi"
        " après-midi' and the agent's 'seize heures' (mercredi après-midi, 16h), her landline in"
        " pairs (main) and her son's mobile (tel2)",
        """
        A: Bonjour madame, Romain, de Pyrénées Ariège Énergie. Madame Soula ?
        C: Oui, c'est moi. Bonjour, monsieur.
        A: Je vous appelle pour la demande d'étude de panneaux solaires qui a été faite pour votre
           maison.
        C: Ah oui, c'est mon fils qui s'en est occupé. Il est là, justement, il mange avec moi. Mais
           la maison, c'est la mienne.
        A: Je vérifie votre nom : S, O, U, L, A ? Et votre prénom ?
        C: Soula, c'est ça. Odette : O, D, deux T, E.
        A: Merci, madame Soula. Vous êtes propriétaire ?
        C: Oui, c'est ma maison. Mon mari l'a construite, de ses mains, en soixante-quinze.
        A: Et l'adresse ?
        C: Vingt-deux, avenue de la Résistance, à Saint-Girons. Zéro neuf, deux cents.
        A: 22 avenue de la Résistance, 09200 Saint-Girons. Vous vous chauffez comment ?
        C: Avec l'insert, dans le séjour. Et des radiateurs électriques dans les chambres, mais je
           ne les mets presque pas : l'insert chauffe toute la maison. Mon fils me monte le bois.
        A: Et votre facture d'électricité ?
        C: Ah, ça, je ne sais pas par cœur. Didier ! Tiens, parle au monsieur.
        C: Bonjour monsieur, c'est son fils. La facture de maman ? Entre quatre-vingts et cent euros
           par mois, ça dépend de l'hiver. C'est moi qui regarde ses papiers.
        A: Merci. Et la surface de la maison ?
        C: Quatre-vingt-dix mètres carrés. De plain-pied.
        A: Le toit est en quoi ?
        C: Ardoise. Mon père a pris de l'ardoise du pays, ça ne bouge pas.
        A: Et il est orienté comment ?
        C: Au sud, face à la montagne. Le matin, on voit le Valier.
        A: Il y aurait une vingtaine de mètres carrés libres ?
        C: Vingt mètres, oui, sans problème. Je vous repasse ma mère.
        C: C'est encore moi.
        A: Madame, quel âge avez-vous, si ce n'est pas indiscret ?
        C: Soixante-seize. Non, soixante-dix-sept depuis janvier. À mon âge, on ne compte plus.
        A: Et vous vivez seule ?
        C: Veuve, depuis six ans. J'ai trois enfants : Didier, qui est à Saint-Girons, et deux
           filles, à Toulouse.
        A: Et vous êtes retraitée ?
        C: Oui, retraitée. J'étais couturière, à la maison.
        A: Et vos revenus, à peu près ?
        C: Mille trois cents par mois, avec la pension de mon mari.
        A: Merci. Quand est-ce qu'un conseiller pourrait vous rappeler ?
        C: Quand mon fils est là. Il vient le mercredi après-midi, il ne travaille pas.
        A: Mercredi après-midi, seize heures ?
        C: Seize heures, oui. Il sera là.
        A: Sur quel numéro ?
        C: Le mien, le fixe : zéro cinq, soixante et un, soixante-six, quarante, dix-sept. Et mon
           fils dit de mettre le sien aussi : zéro six, trente-quatre, vingt, quatre-vingt-neuf,
           zéro un.
        A: 05 61 66 40 17, et 06 34 20 89 01. Merci, madame Soula, bonne journée.
        C: Merci, monsieur. Au revoir.
        """,
        client="Mme",
        objections="décide avec son fils, qui doit être présent",
        client_first_name_data_ia="Odette",
        client_last_name_data_ia="Soula",
        client_phone_number="0561664017",
        client_city_data_ia="Saint-Girons",
        client_address_data_ia="22 avenue de la Résistance",
        client_postal_code_data_ia="09200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="entre 80 et 100",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="90",
        toiture_data_ia="ardoises",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mme_data_ia="77",
        situation_familiale_data_ia="veuve, 3 enfants",
        activite_mme_data_ia="retraitée",
        revenu_data_ia="1300 euros par mois",
        tel2_data_ia="0634208901",
        creneau_rappel_data_ia="mercredi après-midi",
        heure_rappel_data_ia="16h",
        **OWNER,
    ),
    script(
        "h19_tournon_vigneron",
        "a chatty wine grower at Tournon-sur-Rhône who jokes about the Hermitage across the"
        " river at Tain (Tain-l'Hermitage is the view, not his town), confirms the spelt surname"
        " (Fourel) and gives his first name (Olivier), 'Oui, c'est la maison de mes grands-parents'"
        " (oui), '9 montée des Vignes' and the code in digits ('C'est le 07300': 07300), 'Une"
        " chaudière à granulés' (bois), the bill every two months that he turns into a month"
        " himself ('deux cent quarante tous les deux mois. Cent vingt par mois, quoi': 120,"
        " mensuelle), the surface corrected ('Cent quatre-vingts. Enfin, cent soixante habitables,"
        " le reste, c'est les dépendances': 160), 'Tuiles romanes' (tuiles), 'Plein sud, comme les"
        " vignes' (sud), 'Vingt, trente' (20m), 'Cinquante-deux' (52), his wife Claire"
        " 'quarante-neuf' (49; her first name is not the client's), 'Mariés, deux enfants'"
        " (marié, 2 enfants), 'Vigneron' (the job, no status said), his wife 'prof de maths au"
        " collège ... fonctionnaire' (fonctionnaire), 'Trois mille cinq cents par mois, les bonnes"
        " années' (3500 euros par mois), 'Le soir, après six heures' settled on 'Mardi, dix-huit"
        " heures trente' (mardi soir, 18h30), his mobile in pairs (main)",
        """
        A: Bonjour monsieur, Inès, de Rhône Ardèche Énergie. Monsieur Fourel ?
        C: Lui-même ! Bonjour, mademoiselle. Vous m'appelez pour les panneaux ?
        A: C'est ça, pour votre demande d'étude. Je vérifie votre nom : F, O, U, R, E, L ?
        C: Parfait. Olivier Fourel. Vous m'excuserez, j'ai les mains violettes : on finit de
           tirer le vin.
        A: Pas de problème. Vous êtes propriétaire de votre maison ?
        C: Oui, c'est la maison de mes grands-parents, en haut du village, au-dessus des vignes.
           De la fenêtre, je vois l'Hermitage, en face, à Tain. Eux, ils ont la colline célèbre ;
           nous, on a le même soleil.
        A: Et l'adresse ?
        C: Neuf, montée des Vignes, à Tournon-sur-Rhône. C'est le 07300.
        A: 9 montée des Vignes, 07300 Tournon-sur-Rhône. Vous vous chauffez comment ?
        C: Une chaudière à granulés. On a enlevé le fioul il y a six ans, avec les aides.
        A: Et votre facture d'électricité ?
        C: On la reçoit tous les deux mois : deux cent quarante tous les deux mois. Cent vingt par
           mois, quoi. Mais la cave est sur un autre compteur, hein.
        A: La surface de la maison ?
        C: Cent quatre-vingts. Enfin, cent soixante habitables, le reste, c'est les dépendances.
        A: Cent soixante. Et le toit ?
        C: Tuiles romanes. Plein sud, comme les vignes. Ici, tout ce qui compte regarde au sud.
        A: Et il y aurait une vingtaine de mètres carrés libres ?
        C: Vingt, trente. Il y a une cheminée, c'est tout. Dites, le mistral, ça les arrache pas ?
        A: Non, elles sont fixées pour ça. Votre âge, monsieur ?
        C: Cinquante-deux. Et ma femme, Claire, quarante-neuf. Elle m'a dit de le dire, sinon vous
           alliez lui en donner plus.
        A: Vous êtes mariés, vous avez des enfants ?
        C: Mariés, deux enfants. Le grand fait une école de viticulture, à Beaune : la relève.
        A: Et vous êtes vigneron ?
        C: Vigneron, oui, sur six hectares. Et ma femme est prof de maths au collège, à Tournon.
           Fonctionnaire. C'est elle qui paie les vacances.
        A: Et le revenu du foyer, à peu près ?
        C: Ça dépend de la grêle et du gel... Trois mille cinq cents par mois, les bonnes années.
        A: Merci. Quand est-ce qu'un conseiller pourrait vous rappeler ?
        C: Le soir, après six heures. Quand je suis rentré de la cave.
        A: Mardi, dix-huit heures trente ?
        C: Mardi, dix-huit heures trente. Ma femme sera là aussi.
        A: Sur quel numéro ?
        C: Mon portable : zéro six, douze, quatre-vingt-quinze, trente-sept, soixante-quatre.
        A: 06 12 95 37 64. Merci, monsieur Fourel, et bonne fin de vinification.
        C: Merci ! Passez goûter, si vous êtes dans le coin.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Olivier",
        client_last_name_data_ia="Fourel",
        client_phone_number="0612953764",
        client_city_data_ia="Tournon-sur-Rhône",
        client_address_data_ia="9 montée des Vignes",
        client_postal_code_data_ia="07300",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="120",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="160",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="52",
        age_mme_data_ia="49",
        situation_familiale_data_ia="marié, 2 enfants",
        activite_mr_data_ia="vigneron",
        activite_mme_data_ia="fonctionnaire",
        revenu_data_ia="3500 euros par mois",
        creneau_rappel_data_ia="mardi soir",
        heure_rappel_data_ia="18h30",
        **OWNER,
    ),
    script(
        "h19_gien_gendre_electricien",
        "a firm refusal at Gien from a man of 73 who cuts the agent short: his son-in-law is an"
        " electrician and will fit panels himself if they ever want any, he has had three"
        " canvassers this month and wants his number struck off; what he lets fall: 'ma maison,"
        " je l'ai payée, elle est à moi' (oui), 'je me chauffe au bois, je le coupe moi-même'"
        " (bois), 'J'ai soixante-treize ans' (73), 'Ici, à Gien' (Gien); surname from the"
        " greeting, no first name, no number, no address; 'Rayez-moi' and 'vous ne serez plus"
        " appelé' (Non intéressant, Non)",
        """
        A: Bonjour monsieur, Sarah, de Loire Centre Énergie. Monsieur Ragot ?
        C: Oui. Qu'est-ce que vous vendez ?
        A: Je vous appelle au sujet des panneaux solaires, monsieur. Nous faisons des études
           gratuites pour les maisons du secteur...
        C: Ça ne m'intéresse pas. Mon gendre est électricien : si un jour on en veut, des panneaux,
           c'est lui qui les posera. Et il ne me prendra pas de commission, lui.
        A: Je comprends. L'étude vous permettrait quand même de savoir ce que vous pourriez
           économiser...
        C: Économiser ? Je me chauffe au bois, je le coupe moi-même, dans mon bois, avec ma
           tronçonneuse. Ma maison, je l'ai payée, elle est à moi, et je n'ai pas besoin qu'on me
           dise comment économiser.
        A: Il existe aussi des aides de l'État, monsieur, qui réduisent beaucoup le coût de
           l'installation...
        C: Les aides ! Les aides, c'est nous qui les payons, avec nos impôts. Et après, la moitié
           part chez des margoulins. Non, je vous remercie. Je n'ai rien contre vous, hein, vous
           faites votre travail. Mais c'est non.
        A: Très bien, monsieur.
        C: Ici, à Gien, vous êtes le troisième ce mois-ci. Les fenêtres, l'isolation, et
           maintenant vous. J'ai soixante-treize ans, mademoiselle, j'ai autre chose à faire que
           de répondre au téléphone toute la journée.
        A: Je l'entends. Voulez-vous que je retire votre numéro de notre fichier ?
        C: Oui. Rayez-moi. Et dites-le aux autres.
        A: C'est noté, monsieur : vous ne serez plus appelé. Bonne journée.
        C: C'est ça. Au revoir.
        """,
        client="Mr",
        objections="pas intéressé : son gendre électricien ; trop de démarchage ; ne pas rappeler",
        client_last_name_data_ia="Ragot",
        client_city_data_ia="Gien",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        age_mr_data_ia="73",
        **LOST,
    ),
    script(
        "h19_joigny_locataire",
        "a single mother renting at Joigny from a landlord who lives in Auxerre and 'ne veut rien"
        " entendre'; she filled the form thinking tenants could have panels, spells her first name"
        " ('C, I, N, D, Y') and confirms the surname ('T, R, I, N, Q, U, E, T': Trinquet), 'Je"
        " suis locataire' (non), '4 rue Saint-Jacques' and the code as thousands"
        " ('Quatre-vingt-neuf mille trois cents': 89300), 'Électrique. Des convecteurs'"
        " (électrique), only a band for the bill ('moins de quatre-vingts euros par mois, mais"
        " c'est parce que je fais attention': moins_de_80,"
        " mensuelle), 'Trente-quatre ans' (34), 'Séparée. J'ai deux enfants' (séparée, 2"
        " enfants), 'caissière ... En CDI' (CDI); no surface, roof or callback (the agent does not"
        " go on: Non intéressant, Non), the mobile she was called on confirmed (main)",
        """
        A: Bonjour madame, Maxime, de Bourgogne Nord Solaire. Madame Trinquet ?
        C: Oui, bonjour. C'est pour les panneaux ? J'ai rempli le truc sur internet, hier soir.
        A: C'est ça. Je vérifie votre nom : T, R, I, N, Q, U, E, T ?
        C: C'est ça. Et Cindy, le prénom : C, I, N, D, Y.
        A: Merci, madame. Vous êtes propriétaire de votre maison ?
        C: Ah, non. Je suis locataire. C'est pour ça que je voulais demander : on peut en mettre,
           quand on loue ? Parce que sur la pub, ils ne disaient pas.
        A: Il faut l'accord du propriétaire, madame, et c'est lui qui ferait les travaux.
        C: Le propriétaire... Il habite à Auxerre, je ne le vois jamais. Quand la chaudière à eau
           chaude a lâché, il a mis trois semaines à envoyer quelqu'un. Il ne veut rien entendre.
        A: Je comprends. Vous êtes bien à Joigny ?
        C: Oui, quatre, rue Saint-Jacques, à Joigny. Quatre-vingt-neuf mille trois cents.
        A: Et vous vous chauffez comment ?
        C: Électrique. Des convecteurs, des vieux, qui chauffent le plafond. Ma facture, c'est
           moins de quatre-vingts euros par mois, mais c'est parce que je fais attention : on met
           des pulls.
        A: Vous vivez seule ?
        C: Séparée. J'ai deux enfants, de six et neuf ans. Je suis caissière au supermarché, en
           CDI, à temps partiel. Alors vous voyez, les économies, ça m'intéressait.
        A: Je vois bien. Vous avez quel âge, si ce n'est pas indiscret ?
        C: Trente-quatre ans.
        A: Malheureusement, madame, sans l'accord du propriétaire, nous ne pouvons pas faire
           l'étude. Si un jour il est d'accord, ou si vous achetez, rappelez-nous.
        C: D'accord. Je m'en doutais un peu. Vous gardez mon numéro quand même ?
        A: Oui : le 06 45 70 13 86, c'est bien le vôtre ?
        C: Oui, c'est mon portable.
        A: Très bien. Merci, madame Trinquet, bonne journée.
        C: Merci, au revoir.
        """,
        client="Mme",
        objections="locataire ; le propriétaire ne veut rien entendre",
        client_first_name_data_ia="Cindy",
        client_last_name_data_ia="Trinquet",
        client_phone_number="0645701386",
        client_city_data_ia="Joigny",
        client_address_data_ia="4 rue Saint-Jacques",
        client_postal_code_data_ia="89300",
        proprietaire_data_ia="non",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="moins_de_80",
        mensuelle_annuelle_data_ia="mensuelle",
        age_mme_data_ia="34",
        situation_familiale_data_ia="séparée, 2 enfants",
        activite_mme_data_ia="CDI",
        **LOST,
    ),
    script(
        "h19_tarascon_faux_numero",
        "a wrong number: the agent asks for madame Mireille Bonnaud at Beaucaire; the young woman"
        " who answers, at her parents' 'à Tarascon, de l'autre côté du Rhône', has had the number"
        " for two years and gets calls for her, says she is 'vingt-deux ans' (22) and lives with"
        " her parents (no owner or tenant of her own: '-'); the fiche describes her (city"
        " Tarascon, age 22, entretien 'Mme'), not the lead in the file (Beaucaire and the lead's"
        " name are not gold); her studies in Avignon are said in passing and give no status a"
        " careful human would put in the fiche of a wrong number ('-')",
        """
        A: Bonjour madame, Antoine, de Provence Rhône Énergie. Je souhaiterais parler à madame
           Mireille Bonnaud, s'il vous plaît.
        C: Mireille ? Ah non, encore ! Vous n'êtes pas le premier. Il n'y a pas de Mireille ici.
        A: Excusez-moi, madame. J'ai ce numéro pour une demande d'étude de panneaux solaires, au
           nom de madame Bonnaud, à Beaucaire.
        C: À Beaucaire ? C'est juste en face, de l'autre côté du Rhône. Moi, je suis à Tarascon,
           chez mes parents. Et ce numéro, je l'ai depuis deux ans : avant, ça devait être le
           sien, parce qu'on me demande Mireille au moins une fois par mois. Le médecin, la
           banque, la mutuelle...
        A: Alors elle a dû garder son ancien numéro dans nos dossiers. Je suis désolé pour le
           dérangement.
        C: Ce n'est rien. Je ne la connais pas, mais je commence à connaître toute sa vie.
        A: Je vais corriger notre fichier pour qu'on ne vous appelle plus. Et chez vous, ce sont
           vos parents qui seraient concernés par des panneaux ?
        C: Je ne sais pas, il faudrait leur demander, c'est leur maison. Moi, j'ai vingt-deux ans,
           je fais mes études à Avignon, je n'ai même pas de voiture. Les panneaux, ce n'est pas
           pour tout de suite.
        A: Je comprends. Bonne journée, madame, et encore pardon.
        C: Bonne journée. Et si vous trouvez Mireille, dites-lui de changer de numéro partout !
        """,
        client="Mme",
        objections="mauvais numéro",
        client_city_data_ia="Tarascon",
        age_mme_data_ia="22",
        **LOST,
    ),
    script(
        "h19_barbezieux_partiel",
        "a partial call: a cognac distiller at Barbezieux in the middle of the distilling season,"
        " beside his still, who confirms the spelt surname (Texereau) and gives his first name"
        " (Thierry), 'Oui, la maison est à nous' (oui), 'à Barbezieux. Barbezieux-Saint-Hilaire,"
        " pour la Poste' (the commune's full name) with the code in pairs ('Seize, trois cents':"
        " 16300) and no street or number ('-'), 'Au fioul, pour l'instant' (fioul: a change only"
        " thought of), then the still needs him before the bill, surface, roof, ages or family"
        " are said ('-'); 'bouilleur de cru ... à mon compte depuis vingt ans' (indépendant depuis"
        " 20 ans); 'Demain matin, tôt ... à huit heures' (demain matin, 8h), his mobile in pairs"
        " (main)",
        """
        A: Bonjour monsieur, Élodie, de Charente Énergie Solaire. Monsieur Texereau ?
        C: Oui, c'est moi. Je vous préviens, je suis à la distillerie, on est en pleine chauffe.
           J'ai cinq minutes, pas plus.
        A: Je fais vite. C'est pour votre demande d'étude de panneaux solaires. Je vérifie votre
           nom : T, E, X, E, R, E, A, U ?
        C: C'est ça. Thierry Texereau.
        A: Merci. Vous êtes propriétaire ?
        C: Oui, la maison est à nous. Et la distillerie, à côté, aussi.
        A: Et vous êtes à...
        C: À Barbezieux. Barbezieux-Saint-Hilaire, pour la Poste. Seize, trois cents.
        A: 16300 Barbezieux-Saint-Hilaire. Vous vous chauffez comment ?
        C: Au fioul, pour l'instant. On pense à changer, mais une chose à la fois.
        A: Et vous travaillez à la distillerie ?
        C: Je suis bouilleur de cru, oui, pour les maisons de cognac. À mon compte depuis vingt
           ans. Et de novembre à mars, je dors à côté de l'alambic, ou presque.
        A: Et votre facture d'électricité, à peu...
        C: Attendez... Il faut que je coupe la chauffe, là, ça passe en secondes. Rappelez-moi,
           s'il vous plaît, je ne peux pas vous parler maintenant.
        A: Bien sûr. Quand est-ce que ça vous arrange ?
        C: Demain matin, tôt, avant de rallumer. À huit heures.
        A: Demain, huit heures. Sur ce numéro ?
        C: Sur le portable : zéro six, soixante-seize, zéro huit, cinquante-cinq, vingt et un.
        A: 06 76 08 55 21. Merci, monsieur Texereau, à demain.
        C: À demain.
        """,
        client="Mr",
        objections="pas disponible (distillation) : rappel demandé",
        client_first_name_data_ia="Thierry",
        client_last_name_data_ia="Texereau",
        client_phone_number="0676085521",
        client_city_data_ia="Barbezieux-Saint-Hilaire",
        client_postal_code_data_ia="16300",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        activite_mr_data_ia="indépendant depuis 20 ans",
        creneau_rappel_data_ia="demain matin",
        heure_rappel_data_ia="8h",
        **OWNER,
    ),
)
