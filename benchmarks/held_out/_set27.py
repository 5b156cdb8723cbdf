"""Held-out set 27 (``h27_*`` calls, ``--held-out 27``): see ``benchmarks.calls``."""

from __future__ import annotations

from benchmarks._script import LOST, OWNER, Script, script

__all__ = ["HELD_OUT_27"]


# A twenty-seventh held-out set (names ``h27_*``), written after HELD_OUT_25 by someone who read
# only this module's format and earlier sets, docs/quality.md's natural-voice set and its gold
# conventions, messages/lead.py and La Poste's communes list (for the code/town pairs): never the
# extractors, and none of them was run on it. A call centre's ordinary day again, in towns no
# earlier set used, spread across France (Lectoure, Clamecy, Bar-sur-Aube, Rochecorbon, Bourganeuf,
# Prades, Jausiers, Gray, Carmaux, Valognes, Saint-Marcellin, Batz-sur-Mer): eight owners, a refusal
# from a guest-house keeper in an Ubaye 'villa mexicaine' who signed with a local installer the week
# before and will not use her fourteen days to withdraw, a canteen worker renting the old
# schoolmaster's house from the commune, a wrong number answered by the lead's ex-husband, who will
# not give her number, and a partial call from a commuter train that reaches her station. A retired
# Belgian couple count in 'septante' and 'nonante', call a mobile a 'GSM', retirement 'pensionné'
# and the afternoon 'tantôt'; a widow answers for the husband who made the request and died in
# February, and carries it on in her own name; a father who shares the surname picks up the landline
# and fetches his son, the lead; a retired miner born in Portugal greets with the Occitan 'Adieu',
# spells his S and hears 'l'orientation' as his grandson's schooling; a couple on speakerphone in a
# half-troglodyte house argue the surface up to what the deed says; a farmer's wife who moved from
# the farm at Champlitte to a single-storey house in Gray (``adresse_modifiee`` 1) gives two birth
# years; a taxi driver waits for a late train and a salt worker talks from the marsh in the wind.
# Clients correct a surname spelt with a Z, a heating, a bill, an age and a mobile read back; postal
# codes in pairs, as thousands, digit by digit and in digits; bills per month (one from a yearly
# schedule of eleven payments), per year and as all three bands; ages direct, relative, corrected
# and from a birth year; heating by oil ('au mazout'), town gas, a heat pump that replaced a gas
# boiler, an underfloor heat pump, inertia and radiant electric heaters, pellets and a log boiler;
# roofs of tiles and slate, facing south, east and west, west, or just sunny, one too small; jobs
# with a status (CDI, CDD, fonctionnaire, on one's own account since 2004, 2011, 2015 and 2016,
# retired) and without (a care assistant). The set's year is 2026. The gold is what a careful human
# fills from each call; where a value is debatable, the summary says why. Nobody tunes on it: never
# rendered, never part of ``FULL`` or ``SUBSET``; ``python -m benchmarks.extraction_quality
# --held-out 27`` scores it from its reference text.
HELD_OUT_27: tuple[Script, ...] = (
    script(
        "h27_lectoure_septante",
        "a retired Belgian couple from Namur at Lectoure who count the Belgian way: names at the"
        " greeting and the surname confirmed ('Deux T': Freddy Lambotte), 'propriétaires, tout est"
        " payé' (oui), '17 rue du Bastion' and the code in pairs ('Trente-deux, sept cents':"
        " 32700), 'Au mazout. Au fioul, comme vous dites ici' (fioul), his 'Nonante-cinq euros par"
        " mois' put right by his wife from beside him ('c'est cent cinq, maintenant': 105,"
        " mensuelle), 'Cent soixante ... avec la véranda ... Mettez cent quarante' (140), 'des"
        " tuiles canal' (tuiles), 'Le grand pan est côté midi' (sud), 'Plus que ça ... dix mètres"
        " de long sur six' (20m), 'septante-trois ans ... Et Chantal, soixante-neuf' (73, 69; her"
        " first name is not the client's), 'Mariés ... Trois enfants' (marié, 3 enfants),"
        " 'Pensionné ... elle est pensionnée aussi' (retraité, retraitée), 'trois mille quatre"
        " cents euros par mois' (3400 euros par mois), 'Jeudi tantôt' which the agent asks about"
        " ('Oui, l'après-midi ... Trois heures': jeudi après-midi, 15h), his 'GSM' with septante"
        " and nonante (main) and his wife's (tel2)",
        """
        A: Bonjour monsieur, Manon, de Gascogne Solaire Habitat. Je suis bien chez monsieur Lambotte
           ?
        C: Oui, bonjour, c'est moi-même. Freddy Lambotte. C'est pour les panneaux, je suppose ?
           C'est ma femme qui a rempli, sur l'ordinateur ; moi, j'ai dicté.
        A: C'est bien ça. Je vérifie l'orthographe : L, A, M, B, O, T, T, E ?
        C: Deux T, c'est ça. C'est un nom de chez nous, de la province de Namur. On est belges, vous
           l'entendez sûrement.
        A: Un petit peu, oui. Vous êtes installés à Lectoure depuis longtemps ?
        C: Depuis deux mille onze. Quand j'ai été pensionné, on a vendu à Namur et on est descendus
           ici. Le soleil, mademoiselle ! Chez nous, il drache la moitié de l'année.
        A: Vous êtes donc propriétaires de la maison ?
        C: Oui, oui, propriétaires, tout est payé. Une vieille maison gasconne, en pierre, avec un
           jardin en terrasses sous les remparts.
        A: Et l'adresse exacte ?
        C: Dix-sept, rue du Bastion. À Lectoure. Trente-deux, sept cents.
        A: 17 rue du Bastion, 32700 Lectoure. Comment est-ce que vous vous chauffez ?
        C: Au mazout. Au fioul, comme vous dites ici. Une chaudière qui a bien quinze ans, et le
           mazout, à présent, c'est devenu hors de prix. C'est pour ça qu'on réfléchit, une fois.
        A: Et votre facture d'électricité, elle est de combien ?
        C: Nonante-cinq euros par mois. Nonante-cinq... quatre-vingt-quinze, pardon, je compte
           encore comme chez nous.
        A: Pas de souci, je comprends très bien. Quatre-vingt-quinze par mois.
        C: Attendez, ma femme me dit quelque chose... Quoi, Chantal ? ... Elle dit que ça a augmenté
           en janvier : c'est cent cinq, maintenant. Cent cinq euros. Elle a raison, c'est elle qui
           fait les comptes.
        A: Je note cent cinq euros par mois. Et la surface de la maison ?
        C: Cent soixante mètres carrés, avec la véranda. Sans la véranda, cent quarante. Mettez cent
           quarante : la véranda, on n'y met pas les pieds de novembre à mars.
        A: Cent quarante. Et le toit, il est en quoi ?
        C: En tuiles. Des tuiles canal, les rondes, comme sur toutes les maisons d'ici.
        A: Vous savez comment il est orienté ?
        C: Le grand pan est côté midi, au-dessus du jardin. Quand il fait clair, on voit les
           Pyrénées depuis la terrasse.
        A: Plein sud, donc. Il y aurait une vingtaine de mètres carrés libres sur ce pan ?
        C: Plus que ça. Il fait dix mètres de long sur six, et il n'y a rien dessus : l'antenne, on
           l'a mise sur la cheminée.
        A: Parfait. Je vais vous demander vos âges, si vous permettez.
        C: Moi, j'ai septante-trois ans. Septante-trois, hein. Et Chantal, soixante-neuf. Elle est
           plus jeune, elle me le rappelle assez souvent.
        A: Soixante-treize et soixante-neuf. Vous êtes mariés ?
        C: Mariés, oui, depuis quarante-six ans. Trois enfants, tous restés en Belgique, à Namur et
           à Bruxelles. Ils descendent l'été, avec les petits-enfants.
        A: Et vous m'avez dit que vous étiez à la retraite ?
        C: Pensionné, oui, c'est comme ça qu'on dit chez nous. J'étais contrôleur à la SNCB, les
           chemins de fer belges. Et Chantal était institutrice ; elle est pensionnée aussi.
        A: Et les revenus du foyer, à peu près ?
        C: Avec les deux pensions... trois mille quatre cents euros par mois. Ce n'est pas le Pérou,
           mais ici, la vie est moins chère qu'à Namur.
        A: Merci beaucoup. Un conseiller va vous rappeler pour préparer l'étude. Quand est-ce que ça
           vous arrange ?
        C: Jeudi tantôt, ça irait ?
        A: Tantôt... vous voulez dire jeudi après-midi ?
        C: Oui, l'après-midi. Chez nous, tantôt, c'est l'après-midi. Après le dîner ; et le dîner,
           chez nous, c'est à midi, hein ! Vous voyez, on n'en sort pas.
        A: Jeudi après-midi, vers quelle heure ?
        C: Trois heures. Avant, je fais ma sieste, et à quatre heures et demie, on va à la pétanque.
        A: Jeudi, quinze heures. Sur quel numéro ?
        C: Sur mon GSM. Mon portable, pardon. Zéro six, septante-huit, nonante-deux, quinze,
           soixante et un.
        A: Zéro six, soixante-dix-huit, quatre-vingt-douze, quinze, soixante et un ?
        C: C'est ça. Et celui de Chantal, au cas où je n'entends pas sonner : zéro sept, septante et
           un, nonante-trois, quatre-vingts, quatorze.
        A: 07 71 93 80 14. Parfait, c'est noté. Merci, monsieur Lambotte.
        C: Merci à vous, mademoiselle. Allez, bonne journée, et à jeudi !
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Freddy",
        client_last_name_data_ia="Lambotte",
        client_phone_number="0678921561",
        client_city_data_ia="Lectoure",
        client_address_data_ia="17 rue du Bastion",
        client_postal_code_data_ia="32700",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="105",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="140",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="73",
        age_mme_data_ia="69",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="retraitée",
        revenu_data_ia="3400 euros par mois",
        tel2_data_ia="0771938014",
        creneau_rappel_data_ia="jeudi après-midi",
        heure_rappel_data_ia="15h",
        **OWNER,
    ),
    script(
        "h27_clamecy_pour_robert",
        "the agent asks for monsieur Robert Ravereau at Clamecy and his widow answers: he made the"
        " request in the autumn and died in February, and she carries it on in her own name"
        " (entretien 'Mme'; the fiche is hers: 'Monique Ravereau' with the surname spelt, Robert's"
        " first name is not the client's and his age is never said), 'Elle est à moi. On l'avait"
        " achetée ensemble' (oui), '11 rue de Druyes' the agent reads and she confirms with the"
        " code in pairs ('Cinquante-huit, cinq cents': 58500), 'Au gaz de ville' (gaz; the heat"
        " pump was only his idea), the yearly schedule read out ('Onze prélèvements de"
        " quatre-vingt-deux euros, et la régularisation en décembre': 82, mensuelle),"
        " 'Quatre-vingt-quinze mètres carrés' from the deed (95), 'Des tuiles mécaniques' (tuiles),"
        " the orientation not known (the morning sun in her kitchen says nothing of the roof: '-'),"
        " 'J'ai eu soixante-douze ans en mars' (72), 'Deux fils ... Je suis veuve' (veuve, 2"
        " enfants), 'retraitée depuis longtemps' (retraitée), 'Mettons mille six cents' (1600 euros"
        " par mois), her sons not wanted for the callback and the agent's ten o'clock moved ('Neuf"
        " heures': mardi matin, 9h), the landline the agent reads (main) and the mobile her"
        " children gave her (tel2)",
        """
        A: Bonjour madame, Thomas, de Nièvre Habitat Solaire. Je souhaiterais parler à monsieur
           Robert Ravereau, s'il vous plaît.
        C: ... Robert est décédé, monsieur. Au mois de février.
        A: Oh... Je suis vraiment désolé, madame. Je ne le savais pas. Toutes mes condoléances.
        C: Vous ne pouviez pas savoir. C'est pour les panneaux solaires, n'est-ce pas ? Il avait
           fait une demande, à l'automne, sur l'ordinateur. Il n'avait plus que ça à la bouche.
        A: Oui, c'est ça. Je ne veux surtout pas vous déranger ; je peux clore la demande, si vous
           préférez.
        C: Non. Attendez. Il voulait le faire pour moi, pour que j'aie moins de charges après lui.
           Il savait qu'il était malade, vous comprenez. Alors, si c'est possible, je voudrais
           continuer. C'est moi qui suis là, maintenant.
        A: Bien sûr, madame. Vous êtes madame Ravereau ?
        C: Monique Ravereau, oui. R, A, V, E, R, E, A, U. On l'écrit souvent avec un O, c'est faux.
        A: Merci, madame Ravereau. La maison vous appartient ?
        C: Elle est à moi. On l'avait achetée ensemble, en soixante-dix-huit, quand les enfants
           étaient petits.
        A: Et l'adresse, c'est toujours le 11 rue de Druyes, à Clamecy ?
        C: C'est ça. Cinquante-huit, cinq cents. En haut, après le collège.
        A: 11 rue de Druyes, 58500 Clamecy. Vous vous chauffez comment ?
        C: Au gaz de ville. Une chaudière qu'on a changée il y a... six ans, je crois. Robert
           parlait d'une pompe à chaleur, aussi, mais on n'a jamais rien fait.
        A: Et votre facture d'électricité, vous savez à combien elle est ?
        C: Attendez, j'ai l'échéancier dans le classeur : il rangeait tout, Robert, tout était
           étiqueté. ... Voilà. Onze prélèvements de quatre-vingt-deux euros, et la régularisation
           en décembre.
        A: Quatre-vingt-deux euros par mois, donc. La maison fait quelle surface ?
        C: Quatre-vingt-quinze mètres carrés. C'est écrit sur l'acte, il l'a rangé avec les
           factures.
        A: Et le toit, vous savez en quoi il est ?
        C: Des tuiles. Des tuiles mécaniques, brunes. Le couvreur est venu les démousser il y a deux
           ans.
        A: Et de quel côté il est orienté ?
        C: Ça, non. J'ai le soleil le matin dans la cuisine, c'est tout ce que je peux vous dire. Je
           ne veux pas vous raconter de bêtises.
        A: Le conseiller regardera sur place. Je peux vous demander votre âge ?
        C: J'ai eu soixante-douze ans en mars. Un mois après... enfin. Voilà.
        A: Vous avez des enfants, madame ?
        C: Deux fils. L'un à Auxerre, l'autre à Paris. Ils m'appellent tous les soirs, depuis. Je
           suis veuve, mais pas seule, heureusement.
        A: Et vous êtes à la retraite ?
        C: Oui, retraitée depuis longtemps. J'étais secrétaire au collège, ici, pendant trente ans.
        A: Et vos revenus, à peu près ?
        C: Ma retraite et la pension de réversion... Je n'ai pas encore tout reçu, il y a des
           papiers partout. Mettons mille six cents euros par mois.
        A: Merci. Un conseiller peut vous rappeler pour préparer l'étude. Vous voudriez qu'un de vos
           fils soit là ?
        C: Non. Ils ont leur vie, et je ne suis pas gâteuse. Je décide toute seule, maintenant ; il
           faut bien que j'apprenne.
        A: Très bien. Quel jour vous arrange ?
        C: Le mardi, je n'ai rien. Le reste de la semaine, j'ai la marche, la chorale, le
           cimetière...
        A: Mardi matin, dix heures ?
        C: Neuf heures. Je me lève tôt, je ne dors plus beaucoup.
        A: Mardi, neuf heures. Sur ce numéro, le 03 86 27 14 58 ?
        C: Oui, le fixe. Et j'ai un portable, que les enfants m'ont offert à Noël : zéro six,
           vingt-quatre, quatre-vingt-un, soixante-dix, zéro neuf. Mais je ne l'entends jamais, il
           est au fond de mon sac.
        A: 06 24 81 70 09. C'est noté. Merci, madame Ravereau, et encore toutes mes condoléances.
        C: Merci, monsieur. Vous êtes gentil. Au revoir.
        """,
        client="Mme",
        objections="deuil récent (le mari, auteur de la demande, est décédé)",
        client_first_name_data_ia="Monique",
        client_last_name_data_ia="Ravereau",
        client_phone_number="0386271458",
        client_city_data_ia="Clamecy",
        client_address_data_ia="11 rue de Druyes",
        client_postal_code_data_ia="58500",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="82",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="95",
        toiture_data_ia="tuiles",
        age_mme_data_ia="72",
        situation_familiale_data_ia="veuve, 2 enfants",
        activite_mme_data_ia="retraitée",
        revenu_data_ia="1600 euros par mois",
        tel2_data_ia="0624817009",
        creneau_rappel_data_ia="mardi matin",
        heure_rappel_data_ia="9h",
        **OWNER,
    ),
    script(
        "h27_bar_sur_aube_dans_le_train",
        "a partial call: a pharmacy assistant on the evening train home from Troyes, talking low"
        " in the carriage, cut in the cutting before Vendeuvre, who gets off at her station before"
        " the surface, the roof or the family are said ('-'): the surname confirmed and the first"
        " name given ('Avec le H, oui. Et le prénom, c'est Amandine': Amandine Vauthier), 'On a"
        " acheté en deux mille dix-neuf' (oui), 'À Bar-sur-Aube. Dix, deux cents' (10200) but no"
        " street, which she will not say in front of the carriage ('-'), 'Au gaz ... Non, attendez"
        " ... On a mis une pompe à chaleur' (pompe à chaleur), only a band ('entre quatre-vingts et"
        " cent euros par mois': entre 80 et 100, mensuelle), 'préparatrice en pharmacie ... En CDI'"
        " (CDI), 'Trente-quatre ans' said again after the announcement (34), 'les enfants' with no"
        " number or status ('-'), 'Ce soir ... Après vingt heures' (ce soir, 20h), the mobile the"
        " agent reads and she confirms (main)",
        """
        A: Bonjour madame, Kévin, de Champagne Énergie Solaire. Madame Vauthier ?
        C: Oui... Attendez, je baisse la voix, je suis dans le train. Oui, c'est moi.
        A: Je vous appelle pour votre demande d'étude de panneaux solaires. C'est un mauvais moment
           ?
        C: Non, ça va, j'ai vingt minutes jusqu'à ma gare. Je rentre du travail : Troyes,
           Bar-sur-Aube, tous les soirs. Mais je parle doucement, il y a des gens qui dorment.
        A: D'accord. Je vérifie votre nom : V, A, U, T, H, I, E, R ?
        C: Avec le H, oui. Et le prénom, c'est Amandine.
        A: Merci, madame Vauthier. Vous êtes propriétaire de votre maison ?
        C: Oui. On a acheté en deux mille dix-neuf, une maison des années soixante, toute à refaire.
           On refait encore.
        A: Et elle est où, la maison ?
        C: À Bar-sur-Aube. Dix, deux cents.
        A: Et l'adresse exacte ?
        C: Allô ? ... Allô ? Pardon, on est passés dans la tranchée, avant Vendeuvre, ça coupe à
           chaque fois. Vous disiez ?
        A: L'adresse exacte de la maison ?
        C: Ah, l'adresse... Je vous la donnerai quand vous rappellerez : je n'ai pas envie de la
           dire à tout le wagon. Le monsieur en face m'écoute déjà.
        A: Pas de problème. Vous vous chauffez comment ?
        C: Au gaz. Une chaudière... Non, attendez, qu'est-ce que je raconte : on l'a enlevée l'an
           dernier. On a mis une pompe à chaleur, air-eau, avec les aides. Je n'ai pas encore
           l'habitude.
        A: Une pompe à chaleur, donc. Et votre facture d'électricité ?
        C: Depuis la pompe, elle a augmenté, forcément. Je dirais entre quatre-vingts et cent euros
           par mois. Le chiffre exact, je ne l'ai pas en tête.
        A: Entre quatre-vingts et cent par mois. Vous travaillez à Troyes, vous m'avez dit ?
        C: Oui, je suis préparatrice en pharmacie, dans le centre. En CDI. Et ça fait douze ans que
           je prends ce train.
        A: Et vous avez quel âge, si ce n'est pas indiscret ?
        C: Pardon ? Il y a l'annonce, je n'entends rien...
        A: Votre âge, madame ?
        C: Ah ! Trente-quatre ans.
        A: Merci. Et la maison, elle fait quelle surface ?
        C: Attendez... « Prochain arrêt : Bar-sur-Aube. » Oh là, c'est déjà ma gare ! Il faut que je
           récupère mon vélo au bout du wagon. Je suis désolée, je dois descendre.
        A: Aucun souci. Quand est-ce que je peux vous rappeler ?
        C: Ce soir, quand les enfants seront couchés. Après vingt heures ?
        A: Ce soir, vingt heures. Sur ce numéro, le 06 58 14 93 27 ?
        C: Oui, c'est mon portable. Merci, au revoir !
        A: Au revoir, madame Vauthier, à ce soir.
        """,
        client="Mme",
        objections=(
            "pas disponible (arrivée en gare) : rappel demandé ; adresse non donnée en public"
        ),
        client_first_name_data_ia="Amandine",
        client_last_name_data_ia="Vauthier",
        client_phone_number="0658149327",
        client_city_data_ia="Bar-sur-Aube",
        client_postal_code_data_ia="10200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="entre 80 et 100",
        mensuelle_annuelle_data_ia="mensuelle",
        age_mme_data_ia="34",
        activite_mme_data_ia="CDI",
        creneau_rappel_data_ia="ce soir",
        heure_rappel_data_ia="20h",
        **OWNER,
    ),
    script(
        "h27_rochecorbon_troglo",
        "a couple at lunch on speakerphone in a half-troglodyte house at Rochecorbon: she took the"
        " call (entretien 'Mme'; her husband's first name, Hervé, is not the client's): names at"
        " the greeting (Bénédicte Hardouin), 'propriétaires. Depuis deux mille trois' (oui), '7"
        " chemin de la Lanterne' and the code in pairs ('Trente-sept, deux cent dix': 37210), 'À"
        " l'électrique. Des radiateurs à inertie' (électrique; the wood stove 'pour le plaisir'),"
        " 'Mille sept cents euros, l'an dernier' confirmed by him (1700, annuelle), her 'Cent dix'"
        " argued up by him to the rooms in the rock and settled ('Bon, alors cent quarante. C'est"
        " ce qu'il y a sur l'acte': 140), 'Des ardoises, sur la partie devant' (ardoises; vines"
        " grow over the rest), 'Plein sud, face à la Loire' (sud), his 'Quinze mètres carrés, pas"
        " plus' (moins de 20m), 'Cinquante-huit ans. Et Hervé, soixante et un' (58, 61), 'Mariés,"
        " trois enfants' (mariée, 3 enfants), 'à l'accueil de la cave coopérative ... En CDI'"
        " (CDI), his 'Retraité, enfin !' (retraité), 'cinquante-quatre mille euros, l'an dernier, à"
        " nous deux' (54000 euros par an), Saturday given up for the market and 'Vendredi en fin"
        " d'après-midi, dix-sept heures trente' (vendredi fin d'après-midi, 17h30), her mobile in"
        " pairs (main)",
        """
        A: Bonjour madame, Lucas, de Val de Loire Solaire. Je suis bien chez madame Hardouin ?
        C: Oui, Bénédicte Hardouin. Bonjour. Vous tombez bien, on est à table, mon mari et moi. Je
           mets le haut-parleur : c'est lui qui a eu l'idée des panneaux.
        C: Bonjour !
        A: Bonjour à vous deux. Vous êtes propriétaires de votre maison ?
        C: Oui, propriétaires. Depuis deux mille trois. Mais je vous préviens tout de suite : c'est
           une maison un peu spéciale. La moitié est dans le rocher.
        A: Une maison troglodyte ?
        C: Semi-troglodyte. Il y a la partie construite devant, en tuffeau, et derrière, trois
           pièces creusées dans la falaise. L'été, c'est frais ; je ne vous dis pas.
        A: Et l'adresse ?
        C: Sept, chemin de la Lanterne, à Rochecorbon. Trente-sept, deux cent dix. Juste sous la
           tour de la Lanterne, si vous connaissez.
        A: 7 chemin de la Lanterne, 37210 Rochecorbon. Vous vous chauffez comment ?
        C: À l'électrique. Des radiateurs à inertie, dans la partie construite. Et un poêle à bois
           dans le séjour, mais ça, c'est pour le plaisir, le dimanche.
        C: Pour le plaisir, elle dit ! C'est moi qui monte le bois.
        A: Et votre facture d'électricité ?
        C: On paie à l'année. Mille sept cents euros, l'an dernier, à peu près. Hervé ?
        C: Mille sept cents, oui. Avec la régularisation.
        A: Mille sept cents euros par an. Et la surface de la maison ?
        C: Cent dix mètres carrés.
        C: Avec les pièces dans le roc, c'est cent quarante, Bénédicte.
        C: Oui, mais les pièces dans le roc, c'est la cave et la chambre d'amis. On les compte ?
        A: Ce qui est habité compte, madame. La chambre d'amis est chauffée ?
        C: Un petit radiateur, quand on a du monde. Bon, alors cent quarante. C'est ce qu'il y a sur
           l'acte, de toute façon.
        A: Cent quarante. Et la toiture ?
        C: Des ardoises, sur la partie devant. Derrière, il n'y a pas de toit : c'est la vigne,
           au-dessus ! On a les vignes de Vouvray sur la tête.
        A: Et la partie en ardoises, elle est orientée comment ?
        C: Plein sud, face à la Loire. La falaise est derrière nous ; devant, on a le soleil toute
           la journée.
        A: Et il y aurait une vingtaine de mètres carrés libres sur ce toit ?
        C: Hervé, tu as mesuré, toi, pour la gouttière ?
        C: Quatre mètres sur quatre, à peine. Avec la lucarne au milieu... Quinze mètres carrés, pas
           plus.
        A: Moins de vingt mètres carrés, donc. Le conseiller verra ce qu'on peut y mettre. Vous avez
           quel âge, tous les deux ?
        C: Cinquante-huit ans. Et Hervé, soixante et un.
        A: Vous êtes mariés ?
        C: Mariés, trois enfants. Tous partis : Nantes, Lyon, et le dernier au Québec. La maison est
           grande, maintenant, même sans compter la cave.
        A: Et vous travaillez encore ?
        C: Moi, oui : je suis à l'accueil de la cave coopérative, à Vouvray. En CDI. Et Hervé a
           arrêté l'an dernier.
        C: Trente-huit ans au dépôt de Saint-Pierre-des-Corps, sur les locomotives. Retraité, enfin
           !
        A: Félicitations. Et les revenus du foyer, à peu près ?
        C: Sur l'avis d'imposition, cinquante-quatre mille euros, l'an dernier, à nous deux. Ça va
           baisser, avec sa retraite.
        A: Merci. Le conseiller va vous rappeler pour l'étude. Quel jour vous arrangerait ?
        C: Samedi matin ?
        C: Samedi, il y a le marché à Vouvray, et après, on a les petits-enfants.
        C: C'est vrai. Alors en semaine, après mon travail. Le vendredi, je finis à dix-sept heures.
        A: Vendredi en fin d'après-midi, dix-sept heures trente ?
        C: Dix-sept heures trente, c'est parfait. Le temps de rentrer.
        A: Vendredi, dix-sept heures trente. Sur quel numéro ?
        C: Mon portable : zéro six, trente et un, cinquante-deux, quarante-sept, quatre-vingt-huit.
        A: 06 31 52 47 88. Merci, madame Hardouin, merci, monsieur. Bon appétit !
        C: Merci ! Au revoir.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Bénédicte",
        client_last_name_data_ia="Hardouin",
        client_phone_number="0631524788",
        client_city_data_ia="Rochecorbon",
        client_address_data_ia="7 chemin de la Lanterne",
        client_postal_code_data_ia="37210",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="1700",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="140",
        toiture_data_ia="ardoises",
        orientation_data_ia="sud",
        toit_libre="moins de 20m",
        age_mr_data_ia="61",
        age_mme_data_ia="58",
        situation_familiale_data_ia="mariée, 3 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="CDI",
        revenu_data_ia="54000 euros par an",
        creneau_rappel_data_ia="vendredi fin d'après-midi",
        heure_rappel_data_ia="17h30",
        **OWNER,
    ),
    script(
        "h27_bourganeuf_logement_communal",
        "a school-canteen worker at Bourganeuf who rents the old schoolmaster's house from the"
        " commune she works for: the surname from the greeting and the first name spelt with its"
        " accent ('N, A, D, E accent grave, G, E': Nadège Chatenet), 'Elle est à la mairie. Je la"
        " loue à la commune' (non: Non intéressant; she will not ask the mayor and no callback is"
        " agreed: Non), 'Contractuelle, en CDD, renouvelé tous les ans' (CDD), 'Au fioul. Une"
        " chaudière de la mairie' (fioul; the nine hundred euros of oil are not the electricity"
        " bill), 'Moins de quatre-vingts euros par mois' (moins_de_80, mensuelle),"
        " 'Quatre-vingt-dix mètres carrés, à peu près' (90), 'Des ardoises' the commune put back"
        " last year (ardoises), 'Avec mon fils ... Je suis divorcée' (divorcée, 1 enfant),"
        " 'Quarante et un ans' (41), '3 rue de l'Ancienne-École' and the code digit by digit"
        " ('deux, trois, quatre, zéro, zéro': 23400), the mobile the agent reads and she confirms"
        " (main)",
        """
        A: Bonjour madame, Hugo, de Limousin Énergie Solaire. Madame Chatenet ?
        C: Oui, c'est moi. Bonjour.
        A: Je vous appelle au sujet de votre demande d'étude pour des panneaux solaires.
        C: Ah oui. Je l'ai faite un soir de colère, après une facture. Je ne savais même pas si
           j'avais le droit.
        A: Je vérifie votre prénom : Nadège ?
        C: Nadège, oui. Avec un accent grave : N, A, D, E accent grave, G, E. Sur les papiers de la
           mairie, ils me mettent un accent aigu, ça m'agace.
        A: C'est noté, avec un accent grave. Vous habitez une maison ?
        C: Oui, l'ancien logement de l'instituteur, collé à l'école. Une grande maison en granit,
           avec le préau derrière. Le matin, j'ai la récréation sous les fenêtres.
        A: Et vous en êtes propriétaire ?
        C: Non, c'est bien ça le problème. Elle est à la mairie. Je la loue à la commune ; le loyer
           n'est pas cher, mais tout est vieux dedans.
        A: Je comprends. Malheureusement, madame, pour des panneaux, il faut l'accord du
           propriétaire, donc de la mairie : c'est elle qui déciderait des travaux sur le toit.
        C: Je m'en doutais. Et je travaille pour eux, en plus ! Je suis à la cantine de l'école.
           Contractuelle, en CDD, renouvelé tous les ans. Je ne vais pas aller réclamer des panneaux
           au maire.
        A: Vous pourriez en parler au conseil municipal. Ce sont des projets qui intéressent souvent
           les communes.
        C: Le maire parle d'en mettre sur le gymnase, je crois. Mais sur ma maison...
        A: Pour votre information, vous vous chauffez comment ?
        C: Au fioul. Une chaudière de la mairie, qui date de Mathusalem. Et la cuve, c'est moi qui
           la fais remplir : neuf cents euros l'hiver dernier, et j'ai eu froid quand même.
        A: Et la facture d'électricité ?
        C: Ça, ce n'est pas le plus gros. Moins de quatre-vingts euros par mois. C'est le fioul qui
           me ruine.
        A: La maison fait quelle surface ?
        C: Quatre-vingt-dix mètres carrés, à peu près. Plus le grenier, où il y a encore les vieux
           pupitres et une carte de France de mille neuf cent cinquante.
        A: Et le toit, il est en bon état ?
        C: Des ardoises, toutes neuves : la mairie l'a refait l'an dernier. Les fenêtres, par
           contre, ils ne les changent pas. Allez comprendre.
        A: Vous vivez seule dans la maison ?
        C: Avec mon fils, il a quatorze ans. Je suis divorcée ; son père est à Limoges.
        A: Et vous avez quel âge, si je peux me permettre ?
        C: Quarante et un ans.
        A: Merci. Je vérifie l'adresse, pour clore le dossier : c'est bien à Bourganeuf ?
        C: Oui. Trois, rue de l'Ancienne-École. Le code, c'est deux, trois, quatre, zéro, zéro.
        A: 3 rue de l'Ancienne-École, 23400 Bourganeuf. Et ce numéro, le 06 43 29 81 57, c'est bien
           votre portable ?
        C: C'est ça.
        A: Je clos la demande, madame Chatenet. Si un jour la commune se lance, ou si vous achetez,
           n'hésitez pas à nous recontacter.
        C: Acheter... Avec un CDD à la cantine, la banque me rit au nez. Enfin, merci de m'avoir dit
           les choses franchement. D'autres m'auraient fait signer quand même.
        A: Je vous en prie. Bonne journée, madame.
        C: Au revoir.
        """,
        client="Mme",
        objections="locataire d'un logement communal (la mairie est propriétaire)",
        client_first_name_data_ia="Nadège",
        client_last_name_data_ia="Chatenet",
        client_phone_number="0643298157",
        client_city_data_ia="Bourganeuf",
        client_address_data_ia="3 rue de l'Ancienne-École",
        client_postal_code_data_ia="23400",
        proprietaire_data_ia="non",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="moins_de_80",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="90",
        toiture_data_ia="ardoises",
        age_mme_data_ia="41",
        situation_familiale_data_ia="divorcée, 1 enfant",
        activite_mme_data_ia="CDD",
        **LOST,
    ),
    script(
        "h27_prades_ex_mari",
        "a wrong number: the agent asks for madame Carole Bosch at Ille-sur-Têt; the man who"
        " answers is her ex-husband, divorced three years, whose mobile she still puts on every"
        " form, and he will not give her number; he lives 'à Prades ... dans les"
        " Pyrénées-Orientales, au pied du Canigou' and rents a flat ('Je loue un appartement, au"
        " deuxième': non), 'notre fille' and 'divorcés' (divorcé, 1 enfant), 'à cinquante-deux ans'"
        " (52), 'Aux routes, au Département. Je suis fonctionnaire' (fonctionnaire); the fiche"
        " describes him (city Prades, entretien 'Mr'), not the lead in the file (Ille-sur-Têt, her"
        " house and her name are not gold, and no name of his is said): Non intéressant, Non",
        """
        A: Bonjour monsieur, Chloé, de Roussillon Solaire. Je souhaiterais parler à madame Carole
           Bosch, s'il vous plaît.
        C: Carole ? ... Ah, non. Non, non. Elle n'habite pas ici. Elle n'a jamais habité ici, même.
        A: J'ai ce numéro pour une demande d'étude de panneaux solaires, à son nom, à Ille-sur-Têt.
        C: Ille-sur-Têt, évidemment. C'est la maison. Écoutez, mademoiselle, Carole, c'est mon
           ex-femme. On est divorcés depuis trois ans, et elle met encore mon numéro partout. Par
           habitude, ou pour m'embêter, je n'ai jamais su.
        A: Ah... Je suis désolée pour le dérangement, monsieur.
        C: Vous n'y êtes pour rien. La semaine dernière, c'était le vétérinaire du chien. Le chien,
           c'est elle qui l'a gardé, remarquez. Avec la maison.
        A: Est-ce que vous pourriez me donner son numéro à elle ?
        C: Ah non. Ça, non. Je ne donne pas son numéro. Je lui dirai que vous avez appelé, et elle
           vous rappellera si elle veut. On se parle encore, pour notre fille.
        A: C'est très aimable. Votre fille vit avec sa mère ?
        C: Elle a vingt ans, elle est à la fac, à Perpignan. Elle rentre chez sa mère le week-end,
           et chez moi quand elle a besoin d'argent.
        A: Et vous, vous êtes à Ille-sur-Têt aussi ?
        C: Non, moi, je suis à Prades. Prades dans les Pyrénées-Orientales, au pied du Canigou. Il y
           en a d'autres, des Prades, en Ardèche, dans le Tarn ; j'ai vu ça sur la carte.
        A: Et vous, des panneaux solaires, ça ne vous intéresserait pas ?
        C: Moi ? Je loue un appartement, au deuxième, dans une résidence près de la gare. Le toit
           n'est pas à moi, il est à tout le monde. Et avec la pension que je verse, je ne vais pas
           me lancer dans les panneaux.
        A: Je comprends.
        C: Vous savez ce qui est drôle ? Les panneaux, c'était mon idée, quand on était mariés. Elle
           disait que c'était moche. Et maintenant, elle les veut.
        A: Les goûts changent, parfois.
        C: Ça, à cinquante-deux ans, je l'ai appris. Bon, je vais devoir y aller : je reprends à
           quatorze heures.
        A: Vous travaillez dans le coin ?
        C: Aux routes, au Département. Je suis fonctionnaire. L'hiver, on monte saler vers la
           Cerdagne ; l'été, on refait les bas-côtés. Là, je mange mon sandwich dans le camion.
        A: Alors je ne vous retiens pas. Je vais faire retirer votre numéro de la fiche de madame
           Bosch.
        C: Oui, faites. Et si elle remet mon numéro encore une fois, dites-lui que je vais finir par
           le changer !
        A: Je transmettrai, monsieur. Bon appétit, et bonne journée.
        C: Merci. Adéu, mademoiselle.
        A: Adéu ?
        C: C'est du catalan : au revoir, quoi. Ici, on le dit encore.
        A: Alors adéu, monsieur.
        """,
        client="Mr",
        objections="mauvais numéro (celui de l'ex-mari de la cliente) ; refuse de donner le sien",
        client_city_data_ia="Prades",
        proprietaire_data_ia="non",
        age_mr_data_ia="52",
        situation_familiale_data_ia="divorcé, 1 enfant",
        activite_mr_data_ia="fonctionnaire",
        **LOST,
    ),
    script(
        "h27_jausiers_deja_signe",
        "a refusal at Jausiers from a guest-house keeper who signed a week ago with an installer"
        " from Gap whose mother she knows and will not use her fourteen days to withdraw, nor have"
        " a comparative study; what she lets fall: surname from the greeting, no first name, 'c'est"
        " la maison de famille' (oui), 'En plein Jausiers ... Une villa mexicaine' (Jausiers; the"
        " panels go on the barn, and no roof is described: '-'), 'Aux granulés. Une chaudière à"
        " granulés' (bois; the oil was before), 'Plus de cent euros par mois, sûrement, avec les"
        " gîtes' (only a band: plus_de_100, mensuelle), 'Deux, dans l'ancienne écurie ... depuis"
        " deux mille quinze : je suis à mon compte' (indépendante depuis 11 ans in 2026; the ski"
        " lifts are the past), 'À soixante-trois ans' (63); 'Je ne veux ni étude, ni rendez-vous,"
        " ni qu'on me rappelle' (Non intéressant, Non); no address or number",
        """
        A: Bonjour madame, Nathan, d'Alpes du Sud Énergie. Madame Derbez ?
        C: Oui. C'est pour quoi ?
        A: Nous faisons des études gratuites pour des panneaux photovoltaïques, chez les
           propriétaires de la vallée de l'Ubaye. Vous êtes bien propriétaire de votre maison ?
        C: Oui, c'est la maison de famille. Mais vous arrivez trop tard, jeune homme.
        A: Trop tard ?
        C: J'ai signé la semaine dernière. Avec une entreprise de Gap, un artisan qui a posé ceux de
           mon cousin. Ils viennent au printemps, dès que la neige aura fondu.
        A: Ah, très bien. Vous savez que vous avez quatorze jours pour vous rétracter ? Nous
           pourrions vous faire une étude comparative, sans engagement, pour vérifier que le prix...
        C: Je sais, pour les quatorze jours. Mais je n'ai aucune envie de me rétracter. L'artisan,
           je le connais, je connais sa mère, il a posé chez la moitié de la vallée. Vous, je ne
           vous connais pas.
        A: Je comprends. Votre maison est à Jausiers même ?
        C: En plein Jausiers, oui. Une villa mexicaine : c'est mon arrière-grand-père qui l'a fait
           bâtir en revenant du Mexique, en mille neuf cent dix. Il avait fait fortune dans les
           tissus, à Mexico, comme beaucoup de gens d'ici.
        A: Et vous y vivez à l'année ?
        C: Toute l'année. L'hiver, on est mille dans le village ; l'été, avec les randonneurs, on
           ne compte plus.
        A: C'est un très beau patrimoine. Les panneaux, sur une maison pareille, ça ne pose pas de
           problème ?
        C: Ils vont sur la grange, derrière, pas sur la villa. Tout est réglé : la mairie a dit oui,
           l'artisan a fait les papiers.
        A: Et vous vous chauffez comment, si je peux me permettre ?
        C: Aux granulés. Une chaudière à granulés, depuis quatre ans. Avant, c'était le fioul, et à
           mille deux cents mètres, l'hiver, il en fallait, du fioul.
        A: Et l'électricité, ça représente combien par mois ?
        C: Plus de cent euros par mois, sûrement, avec les gîtes. Je ne vous dirai pas plus. Et je
           ne sais même pas pourquoi je vous réponds.
        A: Vous avez des gîtes ?
        C: Deux, dans l'ancienne écurie. C'est mon métier, depuis deux mille quinze : je suis à mon
           compte. Avant, j'étais aux remontées mécaniques, au Sauze, vingt ans sur les tire-fesses.
        A: Avec deux gîtes, votre consommation justifierait peut-être une installation plus...
        C: Non, écoutez. Je vous arrête. C'est signé, c'est décidé, et je suis contente de mon
           choix. À soixante-trois ans, je sais ce que je fais. Je ne veux ni étude, ni rendez-vous,
           ni qu'on me rappelle.
        A: C'est entendu, madame. Je peux au moins vous laisser notre numéro, si jamais ?
        C: Non, merci. Je n'en aurai pas besoin.
        A: Comme vous voudrez.
        C: Et vous me retirez de votre liste, s'il vous plaît. Vous êtes le troisième à appeler
           depuis que j'ai signé : on dirait que ça se sait.
        A: C'est noté, madame Derbez : vous ne serez plus appelée. Bonne journée.
        C: Merci. Au revoir.
        """,
        client="Mme",
        objections=(
            "a déjà signé avec un artisan local la semaine précédente, ne se rétractera pas ;"
            " refuse étude comparative, rendez-vous et rappel"
        ),
        client_last_name_data_ia="Derbez",
        client_city_data_ia="Jausiers",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="plus_de_100",
        mensuelle_annuelle_data_ia="mensuelle",
        age_mme_data_ia="63",
        activite_mme_data_ia="indépendante depuis 11 ans",
        **LOST,
    ),
    script(
        "h27_gray_de_la_ferme_a_la_ville",
        "a farmer's wife who left the farm at Champlitte in October for a single-storey house in"
        " Gray, near the hospital: the agent reads the farm's address and she says 'ce n'est plus"
        " là ! On a vendu la ferme' (adresse_modifiee 1), '5 impasse des Vignottes, à Gray' and the"
        " code as thousands ('Soixante-dix mille cent': 70100), 'on l'a achetée avec l'argent de la"
        " ferme' (oui), the surname spelt by the agent and her first name (Françoise Jeunet), 'Par"
        " le sol. Il y a une pompe à chaleur' (pompe à chaleur), 'soixante-quatorze euros par mois'"
        " (74, mensuelle; the farm paid double), 'Quatre-vingt-huit mètres carrés' (88; the farm's"
        " 250 are the past), 'En tuiles' (tuiles), her husband's 'un pan au levant, un pan au"
        " couchant' relayed (est-ouest), 'Je suis de quarante-huit. Et mon mari, de quarante-cinq',"
        " worked out by the agent and confirmed (78, 81; his first name, Bernard, is not the"
        " client's), 'Mariés ... Quatre enfants' (mariée, 4 enfants), both retired since 2008 ('On"
        " a pris la retraite ensemble': retraité, retraitée; farming is the past), 'mille sept"
        " cents euros par mois, à nous deux' (1700 euros par mois), Thursday refused for the"
        " physiotherapist and the agent's two o'clock moved ('Quatorze heures trente': lundi"
        " après-midi, 14h30), her mobile (main) and her husband's (tel2) in pairs; the landline was"
        " given up",
        """
        A: Bonjour madame, Inès, de Franche-Comté Solaire. Madame Jeunet ?
        C: Oui, c'est moi. Bonjour, mademoiselle.
        A: Je vous appelle pour la demande d'étude de panneaux solaires que vous avez faite. J'ai
           comme adresse la ferme des Grands-Prés, route de Frettes, à Champlitte. C'est bien ça ?
        C: Ah, mais ce n'est plus là ! On a vendu la ferme, à l'automne. On habite à Gray,
           maintenant, depuis octobre. C'est ma fille qui a rempli, elle a dû mettre la vieille
           adresse par habitude.
        A: Je corrige. Quelle est votre nouvelle adresse ?
        C: Cinq, impasse des Vignottes, à Gray. Soixante-dix mille cent. Une maison de plain-pied,
           près de l'hôpital : à nos âges, c'est ce qu'il faut. Plus d'escalier, et le docteur à
           deux pas.
        A: 5 impasse des Vignottes, 70100 Gray. Vous en êtes propriétaires ?
        C: Oui, on l'a achetée avec l'argent de la ferme. Mon mari ne voulait pas quitter ses
           champs, mais avec ses genoux, il ne montait plus sur le tracteur.
        A: Je vérifie votre nom : J, E, U, N, E, T ?
        C: C'est ça. Et le prénom, Françoise.
        A: Merci, madame Jeunet. Comment est-ce que la maison est chauffée ?
        C: Par le sol. Il y a une pompe à chaleur, que les anciens propriétaires avaient fait
           mettre. Dehors, il y a la grosse boîte qui souffle. On n'y comprend pas grand-chose
           encore, mais il fait bon partout.
        A: Et votre facture d'électricité ?
        C: On a pris la mensualisation : soixante-quatorze euros par mois. À la ferme, on payait le
           double, avec la chambre froide et tout le reste.
        A: Soixante-quatorze par mois. Et la surface ?
        C: Quatre-vingt-huit mètres carrés, tout de plain-pied. La ferme, c'était deux cent
           cinquante ; on ne chauffait que la moitié.
        A: Et le toit, il est en quoi ?
        C: En tuiles. Des tuiles rouges, la maison a quinze ans.
        A: Vous savez comment il est orienté ?
        C: Bernard ! Le toit, il est tourné comment ? ... Il dit : un pan au levant, un pan au
           couchant. Lui, il sait, il a regardé le ciel toute sa vie pour les foins.
        A: Est et ouest, très bien. Je peux vous demander vos âges ?
        C: Je suis de quarante-huit. Et mon mari, de quarante-cinq. Faites le calcul, moi, je n'aime
           pas.
        A: Soixante-dix-huit ans pour vous, et quatre-vingt-un pour monsieur ?
        C: Si vous le dites... Oui, c'est ça. Il les a eus en mai, ses quatre-vingt-un.
        A: Vous êtes mariés, vous avez des enfants ?
        C: Mariés depuis cinquante-huit ans. Quatre enfants, et neuf petits-enfants. Aucun n'a voulu
           reprendre la ferme, c'est pour ça qu'on a vendu.
        A: Et vous êtes tous les deux à la retraite ?
        C: Bien sûr. Lui était agriculteur, et moi, je faisais tout avec lui, la traite, les
           papiers. On a pris la retraite ensemble, en deux mille huit.
        A: Et vos revenus, à peu près ?
        C: Les retraites agricoles, vous savez ce que c'est... mille sept cents euros par mois, à
           nous deux. Heureusement qu'il y a eu la vente.
        A: Merci. Un conseiller va vous rappeler pour l'étude. Quel jour vous arrange ?
        C: Pas le jeudi, c'est le kiné, pour les genoux de Bernard. Le lundi, plutôt. L'après-midi.
        A: Lundi, quatorze heures ?
        C: Quatorze heures trente. Il fait sa sieste jusqu'à deux heures, et au réveil, il n'est pas
           aimable.
        A: Lundi, quatorze heures trente. Sur quel numéro ?
        C: On n'a plus de fixe, on ne l'a pas fait suivre. Mon portable : zéro six, soixante-dix,
           dix-huit, quarante-deux, trente-six. Et celui de Bernard : zéro six, quatre-vingt-trois,
           cinquante-neuf, zéro un, vingt-quatre. Mais il le laisse dans la voiture.
        A: 06 70 18 42 36, et 06 83 59 01 24. Merci, madame Jeunet, et bonne installation à Gray.
        C: Merci, mademoiselle. Au revoir.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Françoise",
        client_last_name_data_ia="Jeunet",
        client_phone_number="0670184236",
        client_city_data_ia="Gray",
        client_address_data_ia="5 impasse des Vignottes",
        client_postal_code_data_ia="70100",
        adresse_modifiee="1",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="74",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="88",
        toiture_data_ia="tuiles",
        orientation_data_ia="est-ouest",
        age_mr_data_ia="81",
        age_mme_data_ia="78",
        situation_familiale_data_ia="mariée, 4 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="retraitée",
        revenu_data_ia="1700 euros par mois",
        tel2_data_ia="0683590124",
        creneau_rappel_data_ia="lundi après-midi",
        heure_rappel_data_ia="14h30",
        **OWNER,
    ),
    script(
        "h27_carmaux_ancien_mineur",
        "a retired miner born in Portugal at Carmaux who greets with the Occitan 'Adieu' (hello,"
        " not goodbye) and says 'Sim' and 'Obrigado': he puts right the surname the agent spells"
        " with a Z ('Non, avec un S à la fin !': Fernandes) and spells his first name ('J, O, A, Q,"
        " U, I, M': Joaquim), 'Je l'ai achetée aux Houillères en quatre-vingt-deux' (oui), '8 rue"
        " des Mineurs' and the code in pairs ('Quatre-vingt-un, quatre cents': 81400), 'Avant, au"
        " charbon ... Maintenant, c'est le gaz de ville' (gaz), the bill asked of his wife"
        " ('Soixante-six euros par mois, elle dit': 66, mensuelle), 'Quatre-vingts mètres carrés'"
        " with what he built (80), 'Des tuiles, des romanes' (tuiles), 'l'orientation' heard as his"
        " grandson's schooling, then 'Le grand côté, il regarde le jardin, le midi' (sud),"
        " 'Soixante-dix-sept. Et Maria, soixante-quatorze' (77, 74; her first name is not the"
        " client's), 'On s'est mariés ... Trois' (marié, 3 enfants), 'on m'a mis à la retraite"
        " anticipée' and his wife 'retraitée aussi' (retraité, retraitée), 'deux mille cent, à peu"
        " près' (2100 euros par mois), Friday refused for the market and the agent's nine o'clock"
        " moved ('Dix heures': mercredi matin, 10h), the landline in pairs (main)",
        """
        A: Bonjour monsieur, Julie, de Tarn Énergie Solaire. Monsieur Fernandes ?
        C: Adieu ! Oui, c'est moi, Fernandes.
        A: Adieu ?... Vous raccrochez déjà ?
        C: Mais non ! Adieu, ici, ça veut dire bonjour ; c'est l'occitan. Vous n'êtes pas du coin,
           vous. Moi, je suis portugais, mais ça fait cinquante-sept ans que je suis à Carmaux :
           j'ai tout pris, le patois et le rugby.
        A: Alors adieu, monsieur Fernandes ! Je vous appelle pour votre demande d'étude de panneaux
           solaires.
        C: Sim, sim, les panneaux. C'est mon petit-fils qui a rempli, sur l'internet.
        A: Je vérifie votre nom : F, E, R, N, A, N, D, E, Z ?
        C: Non, avec un S à la fin ! Fernandes avec un S, c'est portugais. Avec un Z, c'est les
           Espagnols. Ça, il ne faut pas confondre.
        A: Pardon : avec un S. Et votre prénom ?
        C: Joaquim. J, O, A, Q, U, I, M. Sans O à la fin. Mais ici, tout le monde m'appelle Jo.
        A: Merci. Vous êtes propriétaire de votre maison ?
        C: Oui. Une maison de mineur, dans la cité. Je l'ai achetée aux Houillères en
           quatre-vingt-deux, et je l'ai agrandie moi-même, les week-ends.
        A: Et l'adresse ?
        C: Huit, rue des Mineurs. À Carmaux. Quatre-vingt-un, quatre cents.
        A: 8 rue des Mineurs, 81400 Carmaux. Comment est-ce que vous vous chauffez ?
        C: Avant, au charbon, bien sûr : on avait le charbon, quand on était mineur. Maintenant,
           c'est le gaz de ville, une chaudière. Le charbon, c'est fini, comme la mine.
        A: Et votre facture d'électricité ?
        C: Ça... soixante, soixante-dix... Maria ! Combien, l'électricité ? ... Soixante-six euros
           par mois, elle dit. C'est elle qui sait ; moi, je signe.
        A: Soixante-six par mois. La maison fait quelle surface ?
        C: Au début, soixante mètres. Avec ce que j'ai construit derrière, quatre-vingts.
           Quatre-vingts mètres carrés.
        A: Et le toit ?
        C: Des tuiles, des romanes. Je les ai toutes refaites en deux mille dix, avec mon gendre.
        A: Et son orientation, vous la connaissez ?
        C: L'orientation ? Mon petit-fils, il veut faire mécanicien, mais au collège, ils veulent
           l'envoyer en...
        A: Non, monsieur, l'orientation du toit : de quel côté il regarde ?
        C: Ah, le toit ! Pardon. Excusez, mes oreilles ; la mine, le bruit, trente ans... Le grand
           côté, il regarde le jardin, le midi. L'après-midi, on ne peut pas rester sur la terrasse,
           tellement il fait chaud.
        A: Plein sud, donc. Vous avez quel âge, monsieur Fernandes ?
        C: Soixante-dix-sept. Et Maria, soixante-quatorze. On s'est mariés ici, à Carmaux, en
           soixante-dix, à Saint-Privat.
        A: Vous avez des enfants ?
        C: Trois. Deux filles et un garçon. Et six petits-enfants, dont le mécanicien.
        A: Vous êtes à la retraite, j'imagine ?
        C: Depuis la fermeture. Mineur de fond d'abord, et après, à la Découverte, sur les engins.
           Quand ils ont fermé, en quatre-vingt-dix-sept, on m'a mis à la retraite anticipée. Et
           Maria faisait le ménage à la clinique ; elle est retraitée aussi.
        A: Et vos revenus, à peu près ?
        C: Les deux retraites... deux mille cent, à peu près. La retraite de la mine, c'est la
           meilleure partie.
        A: Merci. Un conseiller va vous rappeler pour l'étude. Quel jour vous arrange ?
        C: Le matin. Pas le vendredi, c'est le marché. Mercredi ?
        A: Mercredi matin, neuf heures ?
        C: Dix heures. À neuf heures, je suis au café, avec les anciens de la mine. On refait la
           grève de quarante-huit, tous les matins.
        A: Mercredi, dix heures. Sur quel numéro ?
        C: Le fixe : zéro cinq, soixante-trois, trente-six, douze, quatre-vingt-dix. Le portable, je
           ne l'allume jamais.
        A: 05 63 36 12 90. Merci, monsieur Fernandes. Adieu, alors !
        C: Adieu ! Obrigado, mademoiselle.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Joaquim",
        client_last_name_data_ia="Fernandes",
        client_phone_number="0563361290",
        client_city_data_ia="Carmaux",
        client_address_data_ia="8 rue des Mineurs",
        client_postal_code_data_ia="81400",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="66",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="80",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        age_mr_data_ia="77",
        age_mme_data_ia="74",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="retraitée",
        revenu_data_ia="2100 euros par mois",
        creneau_rappel_data_ia="mercredi matin",
        heure_rappel_data_ia="10h",
        **OWNER,
    ),
    script(
        "h27_valognes_taxi_a_la_gare",
        "a taxi driver at Valognes in his cab at the station, the Paris train twenty-five minutes"
        " late, who takes a fare as the call ends: his first name confirmed with its Y and the"
        " surname 'en un mot' (Cyril Leterrier), 'Oui, avec ma compagne, depuis deux mille dix'"
        " (oui), '21 rue des Religieuses' and the code in pairs ('Cinquante, sept cents': 50700),"
        " 'Au gaz de ville' (gaz), 'Je la paie à l'année ... mille quatre cent quatre-vingts euros'"
        " (1480, annuelle), 'Cent dix-huit mètres carrés' (118), 'En ardoises' (ardoises), 'Le"
        " faîtage va du nord au sud ... Donc un pan regarde l'est, l'autre l'ouest' (est-ouest),"
        " 'Vingt-cinq, trente' on each (20m), 'Quarante-sept ans. Ma compagne, deux ans de moins'"
        " (47, 45), 'Pacsés ... Deux ados' (pacsé, 2 enfants), 'Artisan taxi ... À mon compte"
        " depuis deux mille onze' (indépendant depuis 15 ans in 2026), his partner 'aide-soignante,"
        " à l'hôpital Pasteur' (the job, no status said), 'quatre mille deux cents par mois' on"
        " average (4200 euros par mois), Sunday turned down by the agent and 'Onze heures et quart,"
        " plutôt' on Saturday (samedi fin de matinée, 11h15), his mobile (main) and his partner's"
        " (tel2) in pairs",
        """
        A: Bonjour monsieur, Elsa, de Manche Solaire Habitat. Monsieur Leterrier ?
        C: Oui, c'est moi. Attendez, je coupe la radio... Voilà. Je suis dans mon taxi, à la gare :
           le train de Paris a vingt-cinq minutes de retard, alors j'ai le temps, pour une fois.
        A: Parfait. Je vous appelle pour votre demande d'étude de panneaux solaires.
        C: Oui, j'ai rempli ça dimanche, entre deux courses. Allez-y.
        A: Votre prénom, c'est bien Cyril ?
        C: Cyril, oui, avec un Y. Et Leterrier en un mot, avec deux R au milieu.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui, avec ma compagne, depuis deux mille dix. Une maison en pierre, derrière l'abbaye.
        A: L'adresse exacte ?
        C: Vingt et un, rue des Religieuses. Cinquante, sept cents. À Valognes, bien sûr.
        A: 21 rue des Religieuses, 50700 Valognes. Vous vous chauffez comment ?
        C: Au gaz de ville. Une chaudière à condensation, qu'on a changée il y a trois ans.
        A: Et votre facture d'électricité ?
        C: Je la paie à l'année, moi ; je n'aime pas les prélèvements. L'an dernier... mille quatre
           cent quatre-vingts euros. Ça pique.
        A: Mille quatre cent quatre-vingts par an. Et la surface de la maison ?
        C: Cent dix-huit mètres carrés, sur deux niveaux.
        A: Le toit est en quoi ?
        C: En ardoises, comme toutes les vieilles maisons de Valognes.
        A: Et vous savez comment il est orienté ?
        C: Alors ça... Le faîtage va du nord au sud, ça, je le sais, parce que la rue monte vers le
           nord. Donc un pan regarde l'est, l'autre l'ouest. Le soleil du matin d'un côté, celui du
           soir de l'autre.
        A: Est-ouest, donc. Et sur chaque pan, il y aurait une vingtaine de mètres carrés libres ?
        C: Plus, même. Vingt-cinq, trente. Pas de velux, pas de lucarne : c'est des combles perdus.
        A: Très bien. Vous avez quel âge, monsieur Leterrier ?
        C: Quarante-sept ans. Ma compagne, deux ans de moins.
        A: Quarante-cinq ans. Vous êtes mariés ?
        C: Pacsés. Depuis le temps, on devrait se marier, mais bon... Deux ados : un garçon de seize
           ans et une fille de treize.
        A: Et vous êtes taxi à votre compte ?
        C: Artisan taxi, oui. À mon compte depuis deux mille onze : j'ai racheté la licence d'un
           ancien. Les hôpitaux, la gare, les dialyses, l'aéroport de Cherbourg... je fais tout.
        A: Et votre compagne ?
        C: Elle est aide-soignante, à l'hôpital Pasteur, à Cherbourg. De nuit, en ce moment.
        A: Et le revenu du foyer, à peu près ?
        C: Avec le taxi, ça dépend des mois. En moyenne, quatre mille deux cents par mois, à nous
           deux.
        A: Merci. Un conseiller va vous rappeler pour préparer l'étude. Quand est-ce que vous êtes
           disponible ?
        C: Moi, je roule tout le temps. Le dimanche, ça irait ?
        A: Nous n'appelons pas le dimanche, malheureusement.
        C: Alors samedi. En fin de matinée : je dépose mon fils au foot à dix heures et demie, et
           après, je suis libre.
        A: Samedi, onze heures ?
        C: Onze heures et quart, plutôt. Le temps de rentrer du stade.
        A: Samedi, onze heures quinze. Sur quel numéro ?
        C: Mon portable, celui-là : zéro six, quatorze, soixante-dix-sept, vingt-neuf,
           quatre-vingt-trois. Et celui de ma compagne, au cas où je suis en course : zéro six,
           quarante-neuf, zéro deux, cinquante-huit, soixante et onze.
        A: 06 14 77 29 83, et 06 49 02 58 71.
        C: C'est ça. Oh, le train arrive, je vois les gens qui sortent. Je vous laisse !
        A: Merci, monsieur Leterrier. Bonne course !
        C: Merci. ... Bonjour madame, c'est pour le taxi ? Montez, je prends la valise.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Cyril",
        client_last_name_data_ia="Leterrier",
        client_phone_number="0614772983",
        client_city_data_ia="Valognes",
        client_address_data_ia="21 rue des Religieuses",
        client_postal_code_data_ia="50700",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="1480",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="118",
        toiture_data_ia="ardoises",
        orientation_data_ia="est-ouest",
        toit_libre="20m",
        age_mr_data_ia="47",
        age_mme_data_ia="45",
        situation_familiale_data_ia="pacsé, 2 enfants",
        activite_mr_data_ia="indépendant depuis 15 ans",
        activite_mme_data_ia="aide-soignante",
        revenu_data_ia="4200 euros par mois",
        tel2_data_ia="0649025871",
        creneau_rappel_data_ia="samedi fin de matinée",
        heure_rappel_data_ia="11h15",
        **OWNER,
    ),
    script(
        "h27_saint_marcellin_le_pere_et_le_fils",
        "two Gachet at one address at Saint-Marcellin: the father, Lucien, eighty, picks up the"
        " landline ('Lequel ? Il y a deux Gachet, ici : le vieux et le jeune'), fetches his son,"
        " the lead, and puts in from the background (entretien 'Mr'; the fiche is the son's:"
        " Jean-Marc Gachet, and the father's first name and age, and his wife's first name, Élodie,"
        " are not the client's), with Dauphiné turns ('je vais y chercher', 'Il ne faut pas y"
        " dire'): 'on l'a rachetée à mon père en deux mille dix-huit' (oui; the father keeps the"
        " small house at the back), '14 chemin des Mollards' and the code in pairs ('Trente-huit,"
        " cent soixante': 38160), 'Au bois. Une chaudière à bûches' (bois), 'Cent quinze euros par"
        " mois' on one meter for both houses (115, mensuelle), 'La grande, cent trente mètres"
        " carrés' (130), 'Des tuiles écailles' (tuiles), no side known but 'on a le soleil dessus"
        " du matin au soir' (bien ensoleillée), 'Largement. Trente' (20m), 'Quarante-quatre ans. Et"
        " ma femme ... quarante-deux' (44, 42), 'Mariés, deux enfants' (marié, 2 enfants), 'Chef"
        " d'équipe au conditionnement, en CDI' (CDI), his wife 'infirmière libérale, à son compte,"
        " depuis deux mille seize' (indépendante depuis 10 ans in 2026), 'Quatre mille six cents"
        " par mois' (4600 euros par mois), the agent's three o'clock moved ('Seize heures trente':"
        " mercredi après-midi, 16h30), his mobile (main) and his wife's (tel2) in pairs, not the"
        " landline",
        """
        A: Bonjour monsieur, Océane, de Dauphiné Solaire. Je suis bien chez monsieur Gachet ?
        C: Lequel ? Il y a deux Gachet, ici : le vieux et le jeune. Moi, c'est le vieux. Lucien.
        A: J'ai une demande d'étude de panneaux solaires au nom de monsieur Gachet, faite sur
           internet.
        C: Internet, c'est le jeune. Moi, l'ordinateur, je ne sais pas y faire. Attendez, il est au
           garage, je vais y chercher. Jean-Marc ! Téléphone ! C'est pour tes panneaux !
        C: Allô ? Oui, bonjour, Jean-Marc Gachet. Excusez mon père : il décroche le fixe avant tout
           le monde, c'est son sport.
        A: Bonjour, monsieur Gachet. C'est bien vous qui avez fait la demande ?
        C: Oui, c'est moi. Il faut que je vous explique la maison : avec ma femme, on l'a rachetée à
           mon père en deux mille dix-huit. Lui, il s'est gardé la petite maison au fond du jardin,
           l'ancienne magnanerie. Il dit que c'est sa maison de retraite.
        A: Vous êtes donc propriétaires, votre femme et vous ?
        C: De la grande maison, oui. La petite, il en garde l'usufruit ; c'est le notaire qui a tout
           arrangé.
        A: Et l'adresse ?
        C: Quatorze, chemin des Mollards, à Saint-Marcellin. Trente-huit, cent soixante.
        A: 14 chemin des Mollards, 38160 Saint-Marcellin. Comment est-ce que vous vous chauffez ?
        C: Au bois. Une chaudière à bûches, dans la cave, qui fait les radiateurs des deux maisons.
           C'est mon père qui fend : il a quatre-vingts ans et il fend dix stères par an. Il ne faut
           pas y dire qu'il devrait arrêter.
        C: J'entends, tu sais !
        C: Tu vois ? Il a l'oreille quand ça l'arrange.
        A: Et votre facture d'électricité ?
        C: Cent quinze euros par mois. Mais il n'y a qu'un compteur pour les deux maisons : la
           petite est dedans.
        A: Cent quinze par mois. La maison fait quelle surface ?
        C: La grande, cent trente mètres carrés. La petite en fait quarante, mais elle, c'est chez
           lui.
        A: Et le toit ?
        C: Des tuiles écailles, des vieilles, comme sur les fermes du coin. Il y en a qui ont cent
           ans, et elles tiennent encore.
        A: Vous savez comment il est orienté ?
        C: Franchement, non. Mais il n'y a pas un arbre autour, pas un voisin : on a le soleil
           dessus du matin au soir.
        A: Et il y aurait une vingtaine de mètres carrés libres sur un pan ?
        C: Largement. Trente, peut-être plus. La petite maison a un toit aussi, mais ça, c'est son
           toit à lui, on n'y touche pas.
        A: Très bien. Votre âge, monsieur Gachet ?
        C: Quarante-quatre ans. Et ma femme, Élodie, quarante-deux.
        A: Vous êtes mariés ?
        C: Mariés, deux enfants : une fille de douze ans et un garçon de neuf. Et le grand-père en
           prime, au fond du jardin.
        A: Vous travaillez dans quoi ?
        C: À la fromagerie, ici. Chef d'équipe au conditionnement, en CDI. Le saint-marcellin, vous
           connaissez ? Eh bien, c'est moi qui le mets en boîte.
        A: Et votre femme ?
        C: Elle est infirmière libérale, à son compte, depuis deux mille seize. Elle fait ses
           tournées dans les villages, jusqu'au pied du Vercors.
        A: Et le revenu du foyer, à peu près ?
        C: Quatre mille six cents par mois, à nous deux. Ça varie un peu avec ses tournées.
        A: Merci. Un conseiller va vous rappeler pour l'étude. Quel moment vous arrange ?
        C: Il faut que ma femme soit là. Le mercredi, elle ne fait que le matin.
        A: Mercredi après-midi, quinze heures ?
        C: Seize heures trente. Le mercredi, elle mange tard, après sa tournée.
        C: Et moi, le mercredi, c'est la belote !
        C: Personne ne te demande rien, papa... Mercredi, seize heures trente, c'est bon.
        A: Mercredi, seize heures trente. Sur quel numéro ?
        C: Pas le fixe, sinon c'est mon père qui décroche. Mon portable : zéro six, soixante-deux,
           quarante, dix-neuf, trente-cinq. Et celui d'Élodie, si je ne réponds pas : zéro six,
           trente-huit, soixante-treize, zéro cinq, quatre-vingt-un.
        A: 06 62 40 19 35, et 06 38 73 05 81. Merci, monsieur Gachet, et bonne journée à votre père.
        C: Je lui dis. Papa, la dame te dit bonne journée ! ... Il dit que vous avez une jolie voix.
           Au revoir !
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Jean-Marc",
        client_last_name_data_ia="Gachet",
        client_phone_number="0662401935",
        client_city_data_ia="Saint-Marcellin",
        client_address_data_ia="14 chemin des Mollards",
        client_postal_code_data_ia="38160",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="115",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="130",
        toiture_data_ia="tuiles",
        orientation_data_ia="bien ensoleillée",
        toit_libre="20m",
        age_mr_data_ia="44",
        age_mme_data_ia="42",
        situation_familiale_data_ia="marié, 2 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="indépendante depuis 10 ans",
        revenu_data_ia="4600 euros par mois",
        tel2_data_ia="0638730581",
        creneau_rappel_data_ia="mercredi après-midi",
        heure_rappel_data_ia="16h30",
        **OWNER,
    ),
    script(
        "h27_batz_sur_mer_paludier",
        "a salt worker in the marsh at Batz-sur-Mer, on his phone in an east wind that eats the"
        " agent's questions: the surname confirmed and the first name spelt ('T, U, G, D, U, A, L':"
        " Tugdual Mahé), 'On a acheté à Kervalet ... il y a quinze ans' (oui), '3 rue de la Saline,"
        " à Kervalet. Batz-sur-Mer' (Batz-sur-Mer; Kervalet is its village) and the code the agent"
        " offers and he confirms in pairs ('Quarante-quatre, sept cent quarante, oui': 44740), the"
        " heating question heard on the second try ('À l'électrique. Des panneaux rayonnants':"
        " électrique), winter and summer figures then 'la mensualisation : cent vingt-deux euros"
        " par mois' (122, mensuelle), 'Cent mètres carrés' (100), 'Des ardoises' (ardoises), 'Le"
        " grand pan donne sur les marais, vers le couchant' (ouest), 'Vingt mètres, oui, sûr'"
        " (20m), 'Cinquante et un ans' (51) and his partner's age put right ('quarante-neuf... Non,"
        " cinquante': 50), 'en couple ... Deux grands' (en couple, 2 enfants), 'paludier à mon"
        " compte. Depuis deux mille quatre' (indépendant depuis 22 ans in 2026), her 'En CDD, pour"
        " l'instant' (CDD), no income said, 'Lundi' evening with the agent's seven o'clock moved"
        " ('Dix-neuf heures trente': lundi soir, 19h30), and the mobile the agent reads back wrong"
        " and he corrects ('Non, quatre-vingt-dix-huit !': main)",
        """
        A: Bonjour monsieur, Agathe, d'Atlantique Solaire Conseil. Monsieur Mahé ?
        C: Hein ? Oui ! Attendez, je n'entends rien, il y a un vent... Je me mets derrière la
           cabane. ... Voilà. Oui, Mahé. Allez-y.
        A: Je vous appelle pour votre demande d'étude de panneaux solaires. Vous êtes au travail ?
        C: Dans les marais, oui. Je suis paludier. Je récolte, là : avec ce vent d'est, le sel vient
           tout seul. C'est une belle journée.
        A: Je ne vous retiens pas longtemps. Je vérifie votre nom : M, A, H, E accent aigu ?
        C: C'est ça. Et le prénom, c'est Tugdual : T, U, G, D, U, A, L. Un saint breton ; mes
           parents n'ont pas fait simple.
        A: Merci. Vous êtes propriétaire de votre maison ?
        C: Oui. On a acheté à Kervalet, le village des paludiers, il y a quinze ans. Une vieille
           maison basse, comme elles sont toutes ici.
        A: Et l'adresse ?
        C: Trois, rue de la Saline, à Kervalet. Batz-sur-Mer.
        A: Le code postal, c'est bien le 44740 ?
        C: Quarante-quatre, sept cent quarante, oui.
        A: Et comment vous vous chauffez ?
        C: Quoi ? ... Le vent, encore. Répétez ?
        A: Le chauffage ! Comment est-ce que vous vous chauffez ?
        C: Ah, le chauffage. À l'électrique. Des panneaux rayonnants, que j'ai posés moi-même. Le
           bois, on n'en a pas : dans les marais, il n'y a pas un arbre.
        A: Et votre facture d'électricité ?
        C: L'hiver, ça monte à cent quatre-vingts ; l'été, ça descend à soixante. Alors on a pris la
           mensualisation : cent vingt-deux euros par mois, toute l'année.
        A: Cent vingt-deux par mois. La maison fait quelle surface ?
        C: Cent mètres carrés, avec l'étage qu'on a aménagé.
        A: Et le toit ?
        C: Des ardoises. Avec la mer à côté et le vent, il faut que ça tienne.
        A: Vous savez comment il est orienté ?
        C: Le grand pan donne sur les marais, vers le couchant. Le soir, quand je rentre, le soleil
           est dessus, et derrière, c'est l'océan qui rougit.
        A: À l'ouest, donc. Il y aurait une vingtaine de mètres carrés libres ?
        C: Vingt mètres, oui, sûr. Il n'y a qu'une petite fenêtre de toit, tout au bout.
        A: Vous avez quel âge, monsieur Mahé ?
        C: Cinquante et un ans. Et ma compagne, quarante-neuf... Non, cinquante : elle a eu
           cinquante ans en janvier. Elle ne va pas être contente que je l'aie oublié.
        A: Cinquante ans, c'est noté. Vous êtes mariés ?
        C: Non, en couple, depuis vingt-cinq ans. On n'a jamais pris le temps. Deux grands : un à
           Nantes, l'autre qui fait les saisons à La Baule.
        A: Et vous êtes à votre compte ?
        C: Oui, paludier à mon compte. Depuis deux mille quatre : j'ai repris les œillets de mon
           oncle. Je vends à la coopérative, et un peu en direct, au marché du Croisic.
        A: Et votre compagne ?
        C: Elle est à l'accueil du casino de La Baule. En CDD, pour l'instant, jusqu'en septembre.
        A: Merci. Un conseiller va vous rappeler. Quand est-ce que ça vous arrange ?
        C: Quand il pleut, je suis à la maison ! Mais ça, on ne le sait pas d'avance... Le soir,
           plutôt. Lundi ?
        A: Lundi soir, dix-neuf heures ?
        C: Dix-neuf heures trente. Le lundi, je décharge les sacs à la coopérative, ça finit tard.
        A: Lundi, dix-neuf heures trente. Sur quel numéro ?
        C: Ce portable-ci. Zéro six, quatre-vingt-dix-huit, vingt-sept, cinquante-trois, quatorze.
        A: Zéro six, quatre-vingt-huit, vingt-sept, cinquante-trois, quatorze ?
        C: Non, quatre-vingt-dix-huit ! Neuf, huit. Le vent a mangé le dix.
        A: 06 98 27 53 14. Merci, monsieur Mahé, et bonne récolte !
        C: Merci ! Et si vous passez par Batz, goûtez la fleur de sel. Au revoir !
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Tugdual",
        client_last_name_data_ia="Mahé",
        client_phone_number="0698275314",
        client_city_data_ia="Batz-sur-Mer",
        client_address_data_ia="3 rue de la Saline",
        client_postal_code_data_ia="44740",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="122",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="100",
        toiture_data_ia="ardoises",
        orientation_data_ia="ouest",
        toit_libre="20m",
        age_mr_data_ia="51",
        age_mme_data_ia="50",
        situation_familiale_data_ia="en couple, 2 enfants",
        activite_mr_data_ia="indépendant depuis 22 ans",
        activite_mme_data_ia="CDD",
        creneau_rappel_data_ia="lundi soir",
        heure_rappel_data_ia="19h30",
        **OWNER,
    ),
)
