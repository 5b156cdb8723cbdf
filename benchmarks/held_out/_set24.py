"""Held-out set 24 (``h24_*`` calls, ``--held-out 24``): see ``benchmarks.calls``."""

from __future__ import annotations

from benchmarks._script import LOST, OWNER, Script, script

__all__ = ["HELD_OUT_24"]


# A twenty-fourth held-out set (names ``h24_*``), written after HELD_OUT_23, by someone who read
# only this module's format and earlier sets, docs/quality.md's natural-voice set and its gold
# conventions, messages/lead.py and La Poste's communes list (for the code/town pairs): never the
# extractors, and none of them was run on it. A call centre's ordinary day again, in towns no
# earlier set used and spread across France (Dinan, Saint-Avold, Montbard, La Flèche, Luçon,
# Caussade, Ganges, Douarnenez, Pont-Évêque, Saint-Pourçain-sur-Sioule, Sainte-Menehould,
# Ancenis-Saint-Géréon): eight owners, a refusal from a widow of 81 at Ganges whose valley loses the
# winter sun at three o'clock, a tenant farmer near Luçon who rents his farmhouse under a farm lease
# from six heirs, a wrong number answered by a boy of sixteen on the coach home from football, and
# a partial call from a vet's waiting room. A husband home for lunch answers through his wife
# (entretien 'Mme'); a wife beside her husband puts his surface and his age right; a husband calls
# the surface from the garden; a widow's husband lives in a care home (she is still 'mariée', his
# age is his). The clients correct a surname read with an extra E, a double-barrelled surname the
# form cut, a first name the lead's sister filled in with her own, a surface, an age, a pair of a
# mobile and callback hours; a couple moved from a rented flat in Vienne to a house at Pont-Évêque
# (``adresse_modifiee`` 1); a commune nouvelle (Ancenis-Saint-Géréon). Postal codes in pairs, as
# thousands, digit by digit, in digits and offered by the agent; bills per month, per quarter
# (turned into a month), per year, before and after a price rise and as all three bands; ages
# direct, relative to the spouse, from a birth year and from a birthday to come; heating by a
# pellet stove, a log boiler, gas, oil, inertia radiators, old convectors and air-to-water heat
# pumps; roofs of slate, tiles and steel sheet, facing west, south, east, east and west, north, or
# sunny all day; jobs with a status (CDI, fonctionnaire, on one's own account since 2004, 2014,
# 2017 and 2020, retired) and without (a farmer); callback slots negotiated. The set's year is
# 2026. The gold is what a careful human fills from each call; where a value is debatable, the
# summary says why. Nobody tunes on it: never rendered, never part of ``FULL`` or ``SUBSET``;
# ``python -m benchmarks.extraction_quality --held-out 24`` scores it from its reference text.
HELD_OUT_24: tuple[Script, ...] = (
    script(
        "h24_dinan_mediatheque",
        "a librarian at Dinan on her lunch break, eating a sandwich on a bench on the ramparts:"
        " she confirms her surname and spells its accent ('L, E, S, N, E accent aigu': Lesné) and"
        " her first name (Morgane), 'Oui, avec mon compagnon. Enfin, avec la banque' (oui), '19 rue"
        " de la Lainerie' and the code digit by digit ('Deux, deux, un, zéro, zéro': 22100), 'un"
        " poêle à granulés ... Il chauffe tout le bas' with two bedroom radiators lit only when it"
        " freezes (bois), the bill before and after February's rise ('Avant ... soixante-quinze"
        " euros par mois. Maintenant, c'est quatre-vingt-douze': 92, mensuelle, today's), 'Cent"
        " cinq mètres carrés' (105), 'En ardoise' (ardoises), the slope over the Rance where the"
        " sun sets ('c'est l'ouest, je dirais': ouest), a dormer leaving 'dix, douze mètres carrés,"
        " pas plus' (moins de 20m), 'Quarante et un ans. Et mon compagnon aussi, quarante et un'"
        " (41, 41), 'Pacsés ... deux enfants' (pacsée, 2 enfants), 'bibliothécaire. Fonctionnaire"
        " territoriale' (fonctionnaire), her partner a marine mechanic 'À son compte, depuis deux"
        " mille dix-sept' (indépendant depuis 9 ans in 2026), 'trois mille neuf cents par mois'"
        " (3900 euros par mois), the agent's Thursday half past twelve moved ('Midi et quart,"
        " plutôt': jeudi midi, 12h15), her mobile in pairs (main); the landline is named but not"
        " given (tel2 '-')",
        """
        A: Bonjour madame, Lucas, de Rance Émeraude Énergies. Je suis bien chez madame Lesné ?
        C: Oui... Pardon, j'avais la bouche pleine. Oui, Lesné, c'est moi.
        A: Je vous dérange en plein repas, je suis désolé. Je vous appelle pour la demande d'étude
           de panneaux solaires que vous avez faite la semaine dernière.
        C: Non, ça va. Je suis en pause, je mange un sandwich sur un banc, sur les remparts. J'ai
           une demi-heure devant moi. C'est bien moi qui ai rempli, oui.
        A: Parfait. Votre prénom, c'est Morgane ?
        C: Morgane, c'est ça.
        A: Et Lesné, il y a un accent ?
        C: Un accent aigu sur le dernier E. L, E, S, N, E accent aigu. Sinon, on lit Lesne, et ma
           grand-mère se retournerait dans sa tombe.
        A: Je l'ai bien noté. Vous êtes propriétaire de votre maison ?
        C: Oui, avec mon compagnon. Enfin, avec la banque, encore pour quinze ans.
        A: Comme beaucoup de monde. Et votre adresse ?
        C: Dix-neuf, rue de la Lainerie. C'est la rue pavée qui descend au port, vous voyez ? Non,
           vous ne voyez pas, vous n'êtes pas d'ici.
        A: Je la chercherai sur la carte. À Dinan, donc. Et le code postal ?
        C: Deux, deux, un, zéro, zéro.
        A: 19 rue de la Lainerie, 22100 Dinan. Vous vous chauffez comment ?
        C: Avec un poêle à granulés, dans le séjour. Il chauffe tout le bas, et la chaleur monte par
           l'escalier. En haut, il y a deux petits radiateurs électriques dans les chambres, mais on
           ne les allume que quand il gèle.
        A: Et votre facture d'électricité, vous la connaissez ?
        C: Ça a augmenté en février. Avant, on payait soixante-quinze euros par mois. Maintenant,
           c'est quatre-vingt-douze.
        A: Donc aujourd'hui, quatre-vingt-douze euros par mois.
        C: Quatre-vingt-douze, oui. Et je ne crois pas que ça redescende.
        A: La maison fait quelle surface ?
        C: Cent cinq mètres carrés. Sur trois niveaux : c'est une maison de ville, toute en hauteur.
           Les escaliers, on les monte cinquante fois par jour.
        A: Et la toiture, elle est en quoi ?
        C: En ardoise, comme toute la ville. De la vraie ardoise, avec les crochets.
        A: Vous savez vers où elle est tournée ?
        C: Il y a un pan sur la rue et un pan sur la Rance. Côté Rance, on voit le soleil se coucher
           derrière le viaduc, c'est magnifique. Donc c'est l'ouest, je dirais.
        A: Et sur ce pan ouest, vous avez de la place ?
        C: Pas tant que ça. Il y a une grande lucarne au milieu, pour la chambre du haut. Il doit
           rester dix, douze mètres carrés, pas plus. Et côté rue, on est à l'ombre des maisons d'en
           face.
        A: Le conseiller verra ce qu'on peut y mettre. Je peux vous demander votre âge ?
        C: Quarante et un ans. Et mon compagnon aussi, quarante et un : on était dans la même
           classe, au collège.
        A: Vous êtes mariés ?
        C: Pacsés, depuis dix ans. On a deux enfants, Nolwenn et Malo, quatorze et onze ans.
        A: Et vous travaillez à Dinan ?
        C: À la médiathèque, juste en bas. Je suis bibliothécaire. Fonctionnaire territoriale, si
           c'est ça que vous voulez savoir.
        A: C'est ça, merci. Et votre compagnon ?
        C: Il est mécanicien marine, à Saint-Malo : il répare les moteurs des bateaux de plaisance.
           À son compte, depuis deux mille dix-sept.
        A: Et le revenu du foyer, à peu près ?
        C: À nous deux... trois mille neuf cents par mois, à peu près. Ça dépend de sa saison à lui
           : l'été, il ne s'arrête pas.
        A: Merci. Un conseiller va vous rappeler pour préparer l'étude. Quel moment vous arrange ?
        C: Le soir, c'est la course, avec les devoirs et le judo. Le midi, comme maintenant, c'est
           le plus simple.
        A: Jeudi, à midi et demi ?
        C: Jeudi, oui, mais un peu plus tôt : à midi et demi, je suis à la cantine avec les
           collègues. Midi et quart, plutôt.
        A: Jeudi, midi et quart. Sur quel numéro ?
        C: Ce portable-là. Zéro six, soixante-quatre, dix, quatre-vingt-treize, vingt-huit.
        A: 06 64 10 93 28. Vous avez un autre numéro, au cas où ?
        C: Il y a le fixe, mais ne l'appelez pas, personne ne décroche jamais. Le portable, c'est
           très bien.
        A: Entendu. Merci, madame Lesné, et bon appétit.
        C: Merci. Au revoir !
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Morgane",
        client_last_name_data_ia="Lesné",
        client_phone_number="0664109328",
        client_city_data_ia="Dinan",
        client_address_data_ia="19 rue de la Lainerie",
        client_postal_code_data_ia="22100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="92",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="105",
        toiture_data_ia="ardoises",
        orientation_data_ia="ouest",
        toit_libre="moins de 20m",
        age_mr_data_ia="41",
        age_mme_data_ia="41",
        situation_familiale_data_ia="pacsée, 2 enfants",
        activite_mr_data_ia="indépendant depuis 9 ans",
        activite_mme_data_ia="fonctionnaire",
        revenu_data_ia="3900 euros par mois",
        creneau_rappel_data_ia="jeudi midi",
        heure_rappel_data_ia="12h15",
        **OWNER,
    ),
    script(
        "h24_saint_avold_trois_huit",
        "a chemical-plant operator on three shifts at Saint-Avold, washing his car on a day off,"
        " on speakerphone: he corrects the surname the agent reads with an E ('Wagner. Sans E au"
        " milieu': Wagner) and gives his first name (Patrick), 'on a acheté en deux mille quatre'"
        " (oui), and gives both ages before they are asked ('cinquante-trois ans, et ma femme"
        " cinquante': 53, 50), '23 rue du Felsberg' and the code as thousands ('Cinquante-sept"
        " mille cinq cents': 57500), 'Au gaz. Le chauffage central' (gaz), a bill every three"
        " months ('trois cent quinze euros') that the agent turns into a month and he accepts"
        " ('Cent cinq par mois, oui, si vous le dites': 105, mensuelle), 'Cent vingt mètres carrés,"
        " avec l'agrandissement' (120; the basement garage is apart), 'Des tuiles mécaniques'"
        " (tuiles), the street to the north and the garden slope 'plein sud' (sud), 'Vingt-cinq,"
        " trente mètres, facile' (20m), 'Mariés, trois enfants' (marié, 3 enfants), 'En CDI, depuis"
        " vingt-six ans' (CDI) and his wife a part-time cashier 'en CDI, elle aussi' (CDI), 'Trois"
        " mille huit cents par mois, à nous deux' (3800 euros par mois), Monday refused for the"
        " dentist and 'Mardi. Vers quinze heures' (mardi après-midi, 15h), the mobile the agent"
        " reads and he confirms (main); the landline was cancelled (tel2 '-')",
        """
        A: Bonjour monsieur, Clara, de Moselle Habitat Solaire. Monsieur Wagener ?
        C: Wagner. Sans E au milieu, hein. Wagner, Patrick. Tout le monde en rajoute un, je ne sais
           pas pourquoi.
        A: Pardon, monsieur Wagner, je corrige tout de suite. Je vous appelle pour votre demande
           d'étude de panneaux solaires.
        C: Oui, c'est moi qui l'ai faite. Allez-y, je suis de repos aujourd'hui, je lave la voiture.
           Je vous mets sur le haut-parleur, j'ai les mains mouillées.
        A: Merci. Vous êtes propriétaire de votre maison ?
        C: Oui, on a acheté en deux mille quatre, une maison de la cité, qu'on a agrandie. Et je
           vous le dis tout de suite : cinquante-trois ans, et ma femme cinquante. Comme ça, c'est
           fait, vous alliez me le demander de toute façon.
        A: Vous avez de l'avance sur moi, merci. Cinquante-trois et cinquante. Et l'adresse ?
        C: Vingt-trois, rue du Felsberg, à Saint-Avold. Cinquante-sept mille cinq cents.
        A: 23 rue du Felsberg, 57500 Saint-Avold. Vous vous chauffez comment ?
        C: Au gaz. Le chauffage central, avec une chaudière à condensation de deux mille dix-huit.
        A: Et votre facture d'électricité ?
        C: Alors nous, on reçoit une facture tous les trois mois. La dernière, c'était trois cent
           quinze euros.
        A: Trois cent quinze pour trois mois... Ça fait à peu près cent cinq euros par mois.
        C: Cent cinq par mois, oui, si vous le dites. Je ne suis pas bon en calcul, le matin.
        A: Et la maison fait quelle surface ?
        C: Cent vingt mètres carrés, avec l'agrandissement. Plus le sous-sol, mais ça, c'est le
           garage et mon établi.
        A: Et le toit ?
        C: Des tuiles mécaniques, des rouges. Elles ont l'âge de la maison, mais elles tiennent.
        A: Vous savez comment il est orienté ?
        C: La rue, c'est le nord. Le jardin, derrière, c'est plein sud : les tomates poussent toutes
           seules. Et le toit, pareil : un pan sur la rue, un pan sur le jardin.
        A: Et sur le pan du jardin, il y aurait une vingtaine de mètres carrés libres ?
        C: Il n'y a rien dessus. Pas de fenêtre, pas d'antenne, rien. Vingt-cinq, trente mètres,
           facile.
        A: Très bien. Vous êtes mariés, vous avez des enfants ?
        C: Mariés, trois enfants. Les deux grands sont partis ; le petit dernier a dix-sept ans, il
           est encore à la maison. Il dort encore, d'ailleurs, à cette heure-ci.
        A: Et vous travaillez dans quoi ?
        C: Opérateur, à la plateforme chimique de Carling. En trois-huit. En CDI, depuis vingt-six
           ans.
        A: Et votre épouse ?
        C: Elle est caissière, à l'hypermarché. À temps partiel, mais en CDI, elle aussi.
        A: Et le revenu du foyer, à peu près ?
        C: Trois mille huit cents par mois, à nous deux. Avec mes primes de nuit ; sans, c'est
           moins.
        A: Merci, monsieur Wagner. Un conseiller va vous rappeler pour préparer l'étude. Quand
           est-ce que vous êtes disponible ?
        C: Cette semaine, je suis de repos, mais ma femme travaille, et je veux qu'elle soit là. La
           semaine prochaine, je suis du matin : je finis à treize heures.
        A: Lundi après-midi, alors ?
        C: Lundi, non, j'ai le dentiste. Mardi. Vers quinze heures, le temps de rentrer et de manger
           un morceau. Elle ne travaille pas, le mardi.
        A: Mardi, quinze heures. Je vous rappelle sur ce numéro, le 06 31 74 08 52 ?
        C: Oui, c'est mon portable. On n'a plus de fixe, on l'a résilié l'an dernier : personne ne
           l'appelait, à part les vendeurs de fenêtres. Sans vouloir vous vexer.
        A: Il n'y a pas de mal. Merci, monsieur Wagner, et bon courage pour la voiture.
        C: Merci, madame. Au revoir.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Patrick",
        client_last_name_data_ia="Wagner",
        client_phone_number="0631740852",
        client_city_data_ia="Saint-Avold",
        client_address_data_ia="23 rue du Felsberg",
        client_postal_code_data_ia="57500",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="105",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="120",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="53",
        age_mme_data_ia="50",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="CDI",
        revenu_data_ia="3800 euros par mois",
        creneau_rappel_data_ia="mardi après-midi",
        heure_rappel_data_ia="15h",
        **OWNER,
    ),
    script(
        "h24_montbard_chez_le_veterinaire",
        "a partial call: a retired tube-mill worker at Montbard in his vet's waiting room with his"
        " old dog, called in five minutes later: he confirms the spelt surname and gives his first"
        " name (Michel Guyot), 'Depuis quarante ans' to owning the house (oui), '32 rue de la"
        " Brenne' and the code in digits ('Le 21500': 21500), 'Au fioul. Une chaudière qui a trente"
        " ans' (fioul), the bill not known by heart ('-'), 'retraité. Trente-huit ans à la tuberie'"
        " (retraité) and 'J'en ai soixante-neuf, maintenant' (69; the dog's fourteen years are not"
        " his), then the assistant calls them in before the surface, the roof or the family ('-'):"
        " 'Demain ... En fin de matinée ?' and the agent's half past eleven accepted (demain fin de"
        " matinée, 11h30), the mobile the agent reads and he accepts without knowing it by heart"
        " (main) and the house landline in pairs (tel2)",
        """
        A: Bonjour monsieur, Yanis, de Bourgogne Énergie Conseil. Monsieur Guyot ?
        C: Oui, c'est moi. Mais je vous préviens : je suis chez le vétérinaire avec le chien, on
           passe dans cinq minutes.
        A: Je vais faire vite, alors. C'est au sujet de votre demande d'étude de panneaux solaires.
        C: Ah, oui. C'est mon gendre qui m'a poussé à la faire. Allez-y.
        A: Je vérifie le nom : G, U, Y, O, T ?
        C: C'est ça. Michel Guyot.
        A: Merci. Vous êtes propriétaire de votre maison ?
        C: Depuis quarante ans. On l'a achetée quand la tuberie embauchait encore.
        A: Vous habitez bien à Montbard ?
        C: Oui, à Montbard. Trente-deux, rue de la Brenne. Le 21500.
        A: 32 rue de la Brenne, 21500 Montbard. Vous vous chauffez comment ?
        C: Au fioul. Une chaudière qui a trente ans, elle aussi. Elle fait un bruit de tracteur.
           C'est surtout elle que je voudrais changer, d'ailleurs, plus que de mettre des panneaux.
        A: Le conseiller pourra vous parler des deux, nous faisons aussi les pompes à chaleur. Et
           votre facture d'électricité, vous la connaissez ?
        C: Ça, je ne sais pas par cœur. Il faudrait que je regarde les papiers... Tais-toi, Pirate !
           Pardon. Il n'aime pas l'odeur, ici, il sait ce qui l'attend.
        A: Ce n'est rien. Il a quel âge, votre chien ?
        C: Quatorze ans. En âge de chien, il est plus vieux que moi. Il a une patte qui ne va plus.
        A: Et vous, monsieur Guyot, vous êtes à la retraite ?
        C: Oui, retraité. Trente-huit ans à la tuberie, au laminoir. J'en ai soixante-neuf,
           maintenant.
        A: Et la maison, elle fait...
        C: Attendez... Ah, c'est à nous, l'assistante nous appelle. Il faut que je raccroche,
           excusez-moi.
        A: Bien sûr. Quand est-ce que je peux vous rappeler ?
        C: Demain. Pas de bonne heure, le matin je vais au marché. En fin de matinée ?
        A: Demain, en fin de matinée, vers onze heures et demie ?
        C: Onze heures et demie, c'est bien. Je serai rentré.
        A: Sur ce numéro, le 06 72 28 45 90 ?
        C: Je ne le connais pas par cœur, mon numéro. Si c'est celui-là que vous avez appelé, c'est
           le bon. Sinon, vous avez le fixe de la maison : zéro trois, quatre-vingts,
           quatre-vingt-douze, trente et un, zéro quatre.
        A: 03 80 92 31 04, c'est noté. Merci, monsieur Guyot, et bon courage à Pirate.
        C: Merci. Allez, viens, mon vieux. Au revoir, au revoir.
        """,
        client="Mr",
        objections="pas disponible (chez le vétérinaire) : rappel demandé",
        client_first_name_data_ia="Michel",
        client_last_name_data_ia="Guyot",
        client_phone_number="0672284590",
        client_city_data_ia="Montbard",
        client_address_data_ia="32 rue de la Brenne",
        client_postal_code_data_ia="21500",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        age_mr_data_ia="69",
        activite_mr_data_ia="retraité",
        tel2_data_ia="0380923104",
        creneau_rappel_data_ia="demain fin de matinée",
        heure_rappel_data_ia="11h30",
        **OWNER,
    ),
    script(
        "h24_la_fleche_prytanee",
        "a special-needs classroom assistant at La Flèche, at home with a sick boy, whose husband"
        " comes home for lunch and answers through her: entretien is 'Mme' (his first name, Jérôme,"
        " is not the client's); she confirms her names and spells them ('Anaïs, avec le tréma. Et"
        " Bellanger, avec deux L'), 'On a fait construire' two years ago (oui), '7 allée des"
        " Bleuets' and the code in pairs ('Soixante-douze, deux cents': 72200), 'Une pompe à"
        " chaleur. Air-eau' (pompe à chaleur), only a band for the bill ('moins de quatre-vingts"
        " euros par mois': moins_de_80, mensuelle), 'Quatre-vingt-quinze mètres carrés habitables'"
        " (95; the garage is apart), 'Des tuiles. Des tuiles grises' (tuiles), a slope toward"
        " sunrise and one toward sunset that the agent reads as east and west (est-ouest),"
        " 'vingt-cinq mètres carrés de chaque côté' (20m), 'Trente-trois ans' (33) and her husband"
        " 'né en quatre-vingt-neuf' (37 in 2026), 'Mariés, deux enfants' (mariée, 2 enfants), 'AESH"
        " ... En CDI depuis l'an dernier' (CDI; the yearly CDDs are the past), his 'adjudant-chef."
        " Militaire de carrière, fonctionnaire' (fonctionnaire), 'Quarante-six mille par an, à nous"
        " deux' (46000 euros par an), the agent's Monday ten o'clock or Friday five o'clock, Friday"
        " taken and moved for the swimming pool ('dix-sept heures trente': vendredi fin"
        " d'après-midi, 17h30), her mobile (main) and her husband's (tel2), both in pairs",
        """
        A: Bonjour madame, Julien, de Sarthe Énergies Nouvelles. Madame Bellanger ?
        C: Oui, c'est moi. Parlez un peu fort, mon fils est malade, il regarde des dessins animés à
           côté.
        A: Je vous appelle au sujet de la demande d'étude de panneaux solaires que vous avez faite
           sur notre site.
        C: Ah oui, très bien. Je pensais que vous appelleriez plutôt mon mari, c'est lui qui
           voulait.
        A: Le formulaire est à votre nom : Anaïs Bellanger, c'est bien ça ?
        C: C'est ça. Anaïs, avec le tréma. Et Bellanger, avec deux L.
        A: Merci. Vous êtes propriétaires de votre maison ?
        C: Oui, depuis deux ans. On a fait construire, dans un lotissement neuf. Elle sent encore la
           peinture.
        A: Et l'adresse ?
        C: Sept, allée des Bleuets, à La Flèche. Soixante-douze, deux cents. Le GPS ne trouve pas
           encore l'allée : dites au conseiller de prendre à droite après la boulangerie.
        A: 7 allée des Bleuets, 72200 La Flèche. C'est noté, avec la boulangerie. Vous vous chauffez
           comment ?
        C: Une pompe à chaleur. Air-eau, avec des radiateurs en haut et un plancher chauffant en
           bas. C'était dans le contrat du constructeur.
        A: Et votre facture d'électricité ?
        C: Ça, je sais : moins de quatre-vingts euros par mois. La maison est très bien isolée, on
           ne chauffe presque pas.
        A: Moins de quatre-vingts par mois. Et la surface ?
        C: Quatre-vingt-quinze mètres carrés habitables. Plus le garage.
        A: Et la toiture ?
        C: Des tuiles. Des tuiles grises : c'était obligatoire, dans le lotissement.
        A: Vous savez comment elle est orientée ?
        C: On a un pan vers le lever du soleil et un pan vers le coucher. Le matin, le soleil est
           dans la chambre des enfants, et le soir dans le salon.
        A: Un pan à l'est, un pan à l'ouest, donc. Et il y a de la place libre, sur le toit ?
        C: Il n'y a rien dessus, pas une fenêtre. Je dirais vingt-cinq mètres carrés de chaque côté,
           à vue de nez.
        A: Très bien. Votre âge, madame ?
        C: Trente-trois ans.
        A: Et votre mari ?
        C: Il est né en quatre-vingt-neuf. Attendez, il arrive, je l'entends garer la voiture... Il
           rentre déjeuner.
        A: Vous êtes mariés, vous avez des enfants ?
        C: Mariés, deux enfants : le petit malade, qui a quatre ans, et sa sœur, qui a sept ans et
           qui est à l'école, elle.
        A: Et vous travaillez ?
        C: Je suis AESH : j'accompagne des enfants handicapés, à l'école. En CDI depuis l'an
           dernier, enfin ; avant, c'étaient des CDD, tous les ans.
        A: Et votre mari ?
        C: Il est militaire, au Prytanée. Jérôme, le monsieur des panneaux ! Dis-lui ce que tu
           fais... Il dit : adjudant-chef. Militaire de carrière, fonctionnaire, quoi.
        A: Merci. Et le revenu du foyer, à peu près ?
        C: Jérôme ? ... Quarante-six mille par an, à nous deux, il dit. Il a la feuille d'impôts
           dans la tête.
        A: Parfait. Un conseiller va vous rappeler pour l'étude, avec votre mari. Je peux vous
           proposer lundi à dix heures, ou vendredi à dix-sept heures.
        C: Lundi, on travaille tous les deux. Vendredi... le vendredi, il y a la piscine de la
           grande. Jérôme, vendredi dix-sept heures ? ... Il dit qu'il emmène la petite à la piscine
           et qu'il sera rentré à dix-sept heures trente.
        A: Vendredi en fin d'après-midi, à dix-sept heures trente, alors ?
        C: Dix-sept heures trente, c'est parfait.
        A: Sur quel numéro ?
        C: Le mien, c'est le plus simple : zéro sept, quarante-trois, seize, quatre-vingt-deux,
           cinquante-neuf. Et celui de Jérôme, si je ne réponds pas : zéro six, dix-huit,
           cinquante-deux, soixante-quatorze, trente-six.
        A: 07 43 16 82 59, et 06 18 52 74 36. Merci, madame Bellanger, et bon rétablissement à votre
           fils.
        C: Merci, c'est gentil. Au revoir.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Anaïs",
        client_last_name_data_ia="Bellanger",
        client_phone_number="0743168259",
        client_city_data_ia="La Flèche",
        client_address_data_ia="7 allée des Bleuets",
        client_postal_code_data_ia="72200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="moins_de_80",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="95",
        toiture_data_ia="tuiles",
        orientation_data_ia="est-ouest",
        toit_libre="20m",
        age_mr_data_ia="37",
        age_mme_data_ia="33",
        situation_familiale_data_ia="mariée, 2 enfants",
        activite_mr_data_ia="fonctionnaire",
        activite_mme_data_ia="CDI",
        revenu_data_ia="46000 euros par an",
        tel2_data_ia="0618527436",
        creneau_rappel_data_ia="vendredi fin d'après-midi",
        heure_rappel_data_ia="17h30",
        **OWNER,
    ),
    script(
        "h24_lucon_bail_a_ferme",
        "a cattle farmer near Luçon who filled the form on a tablet at a fair and rents the"
        " farmhouse, the land and the barns from six heirs in Nantes under a farm lease: 'Non ..."
        " Je suis fermier ... je les loue, avec un bail à ferme' (non: Non intéressant), the hay"
        " barn's roof his hope but theirs too; his first name confirmed (Cédric; surname Bironneau"
        " from the greeting), 'Au bois. Une chaudière à bûches' (bois), one meter for the house and"
        " the cattle shed he pays ('deux mille six cents euros par an': 2600, annuelle), 'Cent"
        " cinquante mètres carrés' (150), 'À Luçon, oui, en sortant vers le marais' with no street"
        " ('-') and the code as thousands ('Quatre-vingt-cinq mille quatre cents': 85400),"
        " 'Quarante-huit ans. Ma femme, quarante-cinq' (48, 45), 'Trois. On est mariés depuis vingt"
        " ans' (marié, 3 enfants), 'Agriculteur' (the job, no status said) and his wife a nurse 'En"
        " CDI' (CDI), the mobile the agent reads and he confirms (main); no roof said and no"
        " callback agreed (Non): he will talk to the heirs in January",
        """
        A: Bonjour monsieur, Léna, de Vendée Soleil Conseil. Monsieur Bironneau ?
        C: Oui, c'est moi. Attendez, je sors de la stabulation, il y a du bruit... Voilà. C'est pour
           quoi ?
        A: Je vous appelle pour votre demande d'étude de panneaux solaires, monsieur Bironneau.
        C: Ah oui ! J'ai rempli ça à la foire, sur une tablette, au stand. Je ne pensais pas que
           vous rappelleriez si vite.
        A: Votre prénom, c'est bien Cédric ?
        C: Cédric, oui.
        A: Vous êtes propriétaire de votre maison ?
        C: Alors... Non. C'est là que ça coince, peut-être. Je suis fermier : la ferme, les terres
           et la maison, je les loue, avec un bail à ferme. Depuis dix-neuf ans.
        A: D'accord. Et la maison appartient à qui ?
        C: À une famille de Nantes. Des héritiers : ils sont six, et ils ne sont jamais d'accord sur
           rien. Pour changer trois gouttières, il a fallu deux ans.
        A: Je vois. Pour poser des panneaux sur la maison, c'est le propriétaire qui doit donner son
           accord, et c'est à lui de faire la demande.
        C: Et sur le hangar ? Le grand hangar à fourrage, il fait quatre cents mètres carrés de
           toiture. C'est quand même dommage de le laisser comme ça.
        A: Le hangar, il est à eux aussi ?
        C: À eux, oui, il va avec le bail. Tout est à eux, sauf les vaches et le tracteur.
        A: Pour un bâtiment agricole, c'est un autre service, qui travaille directement avec les
           propriétaires. Nous, nous équipons les maisons des particuliers qui en sont
           propriétaires.
        C: Bon. Je m'en doutais un peu. Ma femme me l'avait dit.
        A: Je suis désolée, monsieur Bironneau. Vous vous chauffez comment, par curiosité ?
        C: Au bois. Une chaudière à bûches, dans la buanderie. Le bois, je le fais moi-même, dans
           les haies : ça, au moins, ça ne me coûte que mes bras.
        A: Et l'électricité, c'est vous qui la payez ?
        C: Oui, ça, c'est pour moi. Tout est sur le même compteur, la maison et la stabulation :
           deux mille six cents euros par an. C'est pour ça que je voulais des panneaux.
        A: Je comprends. La maison est grande ?
        C: Cent cinquante mètres carrés. Une vieille maison du marais, en pierre, avec des murs de
           soixante centimètres.
        A: Et vous êtes à Luçon même ?
        C: À Luçon, oui, en sortant vers le marais. Quatre-vingt-cinq mille quatre cents.
        A: Et vous avez quel âge, monsieur ?
        C: Quarante-huit ans. Ma femme, quarante-cinq.
        A: Vous avez des enfants ?
        C: Trois. On est mariés depuis vingt ans. Le grand veut reprendre la ferme ; je lui dis
           qu'il est fou.
        A: Vous êtes éleveur ?
        C: Agriculteur, oui. Des vaches allaitantes, des charolaises, et un peu de céréales. Ma
           femme, elle, est infirmière, à la clinique. En CDI. Heureusement, d'ailleurs, avec le
           prix de la viande.
        A: Merci pour tout ça. Si un jour les propriétaires veulent des panneaux, ou si vous achetez
           une maison, vous pourrez refaire une demande.
        C: Acheter ? Avec quel argent ? Non, mais j'en parlerai aux héritiers, à la réunion de
           janvier. On ne sait jamais.
        A: Le numéro où je vous ai joint, le 06 88 13 57 42, c'est bien le vôtre ?
        C: C'est le mien, oui. Mais ne me rappelez pas pour rien, hein : j'ai assez de coups de fil
           comme ça.
        A: C'est entendu. Merci, monsieur Bironneau, bonne journée.
        C: Bonne journée. Au revoir.
        """,
        client="Mr",
        objections="locataire (bail à ferme) ; propriétaires indivis à Nantes qui ne décident rien",
        client_first_name_data_ia="Cédric",
        client_last_name_data_ia="Bironneau",
        client_phone_number="0688135742",
        client_city_data_ia="Luçon",
        client_postal_code_data_ia="85400",
        proprietaire_data_ia="non",
        mode_chauffage_data_ia="bois",
        facture_data_ia="2600",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="150",
        age_mr_data_ia="48",
        age_mme_data_ia="45",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="agriculteur",
        activite_mme_data_ia="CDI",
        **LOST,
    ),
    script(
        "h24_caussade_modiste",
        "a milliner in a hat factory at Caussade, on her free Thursday afternoon, whose husband"
        " calls the surface from the garden: she confirms her first name and spells the end of her"
        " surname ('Christelle, oui. Et Marcouly, avec un Y à la fin'), 'Oui, avec mon mari' (oui),"
        " '6 bis chemin de Rivière-Haute' and the code in pairs ('Quatre-vingt-deux, trois cents':"
        " 82300), her trade told before the heating ('Je suis modiste ... En CDI, depuis vingt-huit"
        " ans': CDI), 'Au gaz, une chaudière au gaz de ville' with a wood stove for Sundays (gaz),"
        " the yearly statement read from the drawer ('mille trois cent vingt euros, pour l'année':"
        " 1320, annuelle), 'Cent trente-cinq' against her husband's hundred and forty with the"
        " unheated veranda, kept by her and the agent (135), 'Des tuiles canal' (tuiles), the"
        " morning sun on the big slope that the agent reads as east (est; the street side is shaded"
        " by a plane tree), 'Vingt, vingt-deux, oui' (20m), 'Je suis de soixante-quatorze' (52 in"
        " 2026) and her husband 'neuf ans de plus que moi' (61), 'Il est à la retraite : cheminot'"
        " (retraité), 'Mariés ... et on a un fils' (mariée, 1 enfant), 'deux mille neuf cent"
        " cinquante par mois' (2950 euros par mois), 'Le jeudi après-midi' with the agent's two"
        " o'clock moved ('plutôt quatorze heures trente': jeudi après-midi, 14h30), the landline"
        " (main) and her mobile (tel2), in pairs",
        """
        A: Bonjour madame, Mathis, d'Occitanie Solaire Habitat. Madame Marcouly ?
        C: Oui, bonjour. C'est pour les panneaux ? J'ai eu votre message hier, mais je suis sortie
           de l'atelier à sept heures, je n'ai pas pu rappeler.
        A: C'est bien ça, pour votre demande d'étude. Vous avez un petit moment ?
        C: Oui, j'ai le temps : c'est mon jeudi. Je ne travaille pas le jeudi après-midi.
        A: Parfait. Votre prénom, c'est Christelle ?
        C: Christelle, oui. Et Marcouly, avec un Y à la fin.
        A: J'ai bien le Y. Vous êtes propriétaire de votre maison ?
        C: Oui, avec mon mari. On l'a achetée il y a vingt ans, une ancienne ferme qu'on a retapée
           petit à petit.
        A: Et l'adresse ?
        C: Six bis, chemin de Rivière-Haute, à Caussade. Quatre-vingt-deux, trois cents.
        A: 6 bis chemin de Rivière-Haute, 82300 Caussade. Vous disiez que vous travaillez dans un
           atelier ?
        C: Dans une chapellerie. Je suis modiste : je fais des chapeaux, des capelines, des bobs,
           des casquettes pour les grandes marques. Caussade, c'est la capitale du chapeau, vous ne
           saviez pas ? En CDI, depuis vingt-huit ans dans la même maison.
        A: Je ne savais pas, non. Et vous vous chauffez comment ?
        C: Au gaz, une chaudière au gaz de ville. On a aussi un poêle à bois dans le séjour, mais
           celui-là, c'est pour le dimanche, quand les enfants viennent... enfin, quand le fils
           vient.
        A: Et votre facture d'électricité ?
        C: On paie une fois par an, à la régularisation... Attendez, je l'ai dans le tiroir. Voilà :
           mille trois cent vingt euros, pour l'année.
        A: Mille trois cent vingt par an. Et la surface de la maison ?
        C: Cent trente-cinq mètres carrés. Jacques ! Combien, la maison ? ... Il dit cent quarante,
           avec la véranda. Mais la véranda n'est pas chauffée, alors moi, je dis cent trente-cinq.
        A: Je note cent trente-cinq. Et le toit ?
        C: Des tuiles canal, des vieilles, toutes roses.
        A: Et il est orienté comment, vous savez ?
        C: Le grand pan, le soleil se lève dessus : le matin, il tape en plein. L'après-midi, il
           passe de l'autre côté, sur la rue, mais là, il y a le gros platane du voisin.
        A: Le grand pan est à l'est, donc. Il y aurait une vingtaine de mètres carrés libres dessus
           ?
        C: Vingt, vingt-deux, oui. Il y a juste le conduit du poêle, dans un coin.
        A: Très bien. Je peux vous demander votre âge ?
        C: Je suis de soixante-quatorze. Du mois de mars.
        A: Et votre mari ?
        C: Il a neuf ans de plus que moi. Il est à la retraite : cheminot. Conducteur de train, à
           Montauban ; ils partaient tôt. Alors il s'ennuie un peu, il bricole.
        A: Vous êtes mariés, vous avez des enfants ?
        C: Mariés, oui, depuis vingt-cinq ans, et on a un fils, Thomas, qui est à Toulouse.
        A: Et le revenu du foyer, à peu près ?
        C: Ma paie et sa retraite... deux mille neuf cent cinquante par mois.
        A: Merci. Un conseiller va vous rappeler pour préparer l'étude. Quand est-ce que ça vous
           arrange ?
        C: Le jeudi après-midi, comme aujourd'hui. Jeudi prochain ?
        A: Jeudi, quatorze heures ?
        C: À quatorze heures, je fais la sieste... Non, je plaisante. Mais plutôt quatorze heures
           trente : on mange tard, ici.
        A: Jeudi, quatorze heures trente. Sur quel numéro ?
        C: Le fixe : zéro cinq, soixante-trois, quatre-vingt-treize, dix-huit, quarante-sept. Et mon
           portable : zéro six, soixante-quinze, vingt, quarante et un, soixante-trois.
        A: 05 63 93 18 47, et 06 75 20 41 63. Merci, madame Marcouly, bonne fin de journée.
        C: Merci. Au revoir, monsieur.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Christelle",
        client_last_name_data_ia="Marcouly",
        client_phone_number="0563931847",
        client_city_data_ia="Caussade",
        client_address_data_ia="6 bis chemin de Rivière-Haute",
        client_postal_code_data_ia="82300",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="1320",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="135",
        toiture_data_ia="tuiles",
        orientation_data_ia="est",
        toit_libre="20m",
        age_mr_data_ia="61",
        age_mme_data_ia="52",
        situation_familiale_data_ia="mariée, 1 enfant",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="CDI",
        revenu_data_ia="2950 euros par mois",
        tel2_data_ia="0675204163",
        creneau_rappel_data_ia="jeudi après-midi",
        heure_rappel_data_ia="14h30",
        **OWNER,
    ),
    script(
        "h24_ganges_soleil_derriere_la_montagne",
        "a refusal at Ganges from a widow of 81 who asks first what is being sold: her neighbour"
        " still pays for 'l'isolation à un euro', the valley loses the winter sun behind the"
        " mountain at three o'clock, 'à mon âge, on ne signe pas un crédit sur quinze ans', her"
        " nephew the notary told her to sign nothing on the phone; what she lets fall: 'À Ganges,"
        " dans la vallée' (Ganges), 'À l'électrique. Des vieux convecteurs' (électrique), 'plus de"
        " cent euros par mois' (only a band: plus_de_100, mensuelle), 'Bien sûr que je suis"
        " propriétaire' (oui), 'Je suis veuve' (veuve; no child said), 'J'ai quatre-vingt-un ans'"
        " (81), 'quarante ans à la bonneterie ... une petite retraite' (retraitée); surname from"
        " the greeting, no first name, address or number; 'Ça ne m'intéresse pas, c'est non. Et"
        " rayez-moi de votre liste' (Non intéressant, Non)",
        """
        A: Bonjour madame, Bastien, de Cévennes Soleil Énergie. Madame Castanier ?
        C: C'est moi. Qu'est-ce que vous vendez ?
        A: Nous ne vendons rien au téléphone, madame : nous proposons des études gratuites pour des
           panneaux solaires, avec les aides de l'État.
        C: Les aides de l'État. On me l'a déjà faite, celle-là. Il y a deux ans, un jeune homme très
           poli est venu, avec une cravate, pour l'isolation à un euro. Ma voisine a signé. Elle
           paie encore.
        A: Je suis désolé pour votre voisine. Nous, nous ne faisons que des études, sans
           engagement...
        C: Sans engagement : c'est ce qu'il disait, le jeune homme à la cravate. Et puis, vous savez
           seulement où j'habite ?
        A: À Ganges, d'après notre fichier.
        C: À Ganges, dans la vallée. L'hiver, le soleil passe derrière la montagne à trois heures de
           l'après-midi. De novembre à février, mon toit ne le voit pas cinq heures par jour. Vos
           panneaux, ils vont produire quoi ? Du clair de lune ?
        A: L'étude servirait justement à le calculer. Et l'été, vous avez beaucoup de soleil.
        C: L'été, je ne chauffe pas, jeune homme.
        A: Vous vous chauffez comment, l'hiver ?
        C: À l'électrique. Des vieux convecteurs, que mon mari avait posés. Ça me coûte plus de cent
           euros par mois, je le sais bien. Mais ce n'est pas avec des panneaux à l'ombre que ça va
           changer.
        A: Vous êtes propriétaire de la maison ?
        C: Bien sûr que je suis propriétaire. C'était la maison de mes beaux-parents ; mon mari y
           est né. Il est mort il y a six ans, et depuis, tout le monde veut me vendre quelque
           chose.
        A: Je suis désolé, madame.
        C: Ne soyez pas désolé. Je suis veuve, je ne suis pas sotte. J'ai quatre-vingt-un ans, et à
           mon âge, on ne signe pas un crédit sur quinze ans.
        A: Il existe des formules sans crédit, madame ; le conseiller pourrait vous les présenter...
        C: Non. J'ai travaillé quarante ans à la bonneterie, ici, à faire des bas de soie, et j'ai
           une petite retraite. Je ne vais pas la donner à une société que je ne connais pas.
        A: Je comprends tout à fait.
        C: Et mon neveu, qui est notaire, me l'a bien dit : au téléphone, tu ne dis rien et tu ne
           signes rien. Alors je ne dis rien.
        A: Vous m'en avez dit un peu, quand même.
        C: Eh bien, ce sera tout. Ça ne m'intéresse pas, c'est non. Et rayez-moi de votre liste,
           s'il vous plaît.
        A: C'est entendu, madame Castanier, vous ne serez plus appelée.
        C: Merci. Et ne m'envoyez pas de jeune homme à cravate non plus.
        A: Personne ne viendra, c'est promis. Bonne journée, madame.
        C: Au revoir, jeune homme.
        """,
        client="Mme",
        objections=(
            "méfiance (arnaque à l'isolation chez la voisine) ; soleil caché l'hiver ; âge, pas de"
            " crédit ; ne pas rappeler"
        ),
        client_last_name_data_ia="Castanier",
        client_city_data_ia="Ganges",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="plus_de_100",
        mensuelle_annuelle_data_ia="mensuelle",
        age_mme_data_ia="81",
        situation_familiale_data_ia="veuve",
        activite_mme_data_ia="retraitée",
        **LOST,
    ),
    script(
        "h24_douarnenez_faux_numero",
        "a wrong number: the agent asks for madame Maryvonne Quéré at Crozon; the boy who answers"
        " on the coach home from football has had the number since Christmas, his first line of his"
        " own, lives 'à Douarnenez', was told never to give his name on the phone and lets fall"
        " 'j'ai seize ans' (16); the fiche describes him (city Douarnenez, age 16, entretien 'Mr'),"
        " not the lead in the file (Crozon and her name are not gold); the fifteen-year-old Quéré"
        " girl at his club is not him, and his father's view of solar in Brittany says nothing of"
        " any house ('-')",
        """
        A: Bonjour, Maëlle, de Finistère Énergie Solaire. Je souhaiterais parler à madame Maryvonne
           Quéré, s'il vous plaît.
        C: Euh... Allô ? C'est qui ?
        A: Maëlle, de Finistère Énergie Solaire. Je cherche madame Maryvonne Quéré.
        C: Ah non, il n'y a pas de Maryvonne, ici. C'est mon portable, à moi.
        A: Excusez-moi. J'ai ce numéro pour une demande d'étude de panneaux solaires, à Crozon, au
           nom de madame Quéré.
        C: À Crozon ? Moi, j'habite à Douarnenez. Enfin, là, je suis dans le car, je rentre du foot.
        A: Vous avez ce numéro depuis longtemps ?
        C: Depuis Noël. C'est mon premier forfait à moi : avant, j'avais le vieux téléphone de ma
           mère, sans internet.
        A: Le numéro a peut-être appartenu à quelqu'un d'autre avant vous.
        C: Peut-être. Des fois, je reçois des messages bizarres, pour un rendez-vous chez le
           dentiste, ou pour un colis. Une fois, un monsieur m'a appelé pour me vendre du bois de
           chauffage.
        A: Je vois. Vous ne connaissez pas de madame Quéré ?
        C: Des Quéré, il y en a plein, ici. Il y en a une au club, mais elle s'appelle Léa, pas
           Maryvonne. Et elle n'a pas de maison, elle a quinze ans.
        A: Ce n'est sûrement pas elle, alors.
        C: Non. Vous vendez des panneaux, c'est ça ? Des panneaux solaires ?
        A: Nous faisons des études pour en installer chez les propriétaires de maisons, oui.
        C: Mon père, il dit que ça ne marche pas en Bretagne, qu'il pleut trop.
        A: On l'entend souvent. En réalité, le Finistère a plus de soleil qu'on ne croit, et les
           panneaux produisent même quand le ciel est couvert.
        C: Je lui dirai. Mais il ne me croira pas, il ne me croit jamais.
        A: Je vais faire corriger notre fichier, pour qu'on ne vous appelle plus pour madame Quéré.
        C: D'accord. Vous êtes sûre que ce n'est pas une arnaque ? Ma mère m'a dit de ne jamais
           donner mon nom au téléphone.
        A: Votre mère a raison, et je ne vous le demande pas. C'est nous qui nous sommes trompés de
           numéro.
        C: Bon. De toute façon, j'ai seize ans, je ne vais pas acheter des panneaux solaires. Je
           n'ai même pas de scooter.
        A: Ça viendra. Je vous laisse ; excusez-nous pour le dérangement.
        C: C'est pas grave. Ah, c'est mon arrêt, il faut que je descende. Au revoir, madame !
        A: Au revoir, bonne fin de journée.
        """,
        client="Mr",
        objections="mauvais numéro",
        client_city_data_ia="Douarnenez",
        age_mr_data_ia="16",
        **LOST,
    ),
    script(
        "h24_pont_eveque_demenage",
        "an ambulance driver who moved in September from a rented flat in Vienne to a house he"
        " bought at Pont-Évêque, next to it: names at the greeting (Anthony Vernay), the agent"
        " reads the old address ('12, cours Romestang, à Vienne') and he says it is the flat the"
        " browser filled in (adresse_modifiee 1), the new one '5 impasse du Grand-Pré' at"
        " Pont-Évêque with the code in pairs and the old one as a foil ('Trente-huit, sept cent"
        " quatre-vingts. À Vienne, c'était le trente-huit, deux cents': 38780), 'On a acheté une"
        " maison' (oui), 'À l'électricité ... des radiateurs à inertie' (électrique), 'La"
        " mensualité, c'est cent trente-deux euros' (132, mensuelle), 'Cent vingt... Non, cent"
        " dix-huit. C'est ce qui est marqué sur l'acte' (118), 'Des tuiles. Des tuiles romanes'"
        " (tuiles), no side known but 'le soleil du matin jusqu'au soir' (bien ensoleillée),"
        " 'soixante mètres carrés ... rien dessus' (20m), 'Trente-six ans' (36) and his partner"
        " 'Elle aura trente-cinq ans en juin' (34 now), 'Pacsés. On a un petit garçon' (pacsé, 1"
        " enfant), 'ambulancier ... En CDI' (CDI), his partner an optician 'à son compte depuis"
        " deux mille vingt' (indépendante depuis 6 ans in 2026), 'Quatre mille cinq cents par mois'"
        " (4500 euros par mois), Saturday settled and the agent's ten o'clock moved ('Plutôt onze"
        " heures': samedi fin de matinée, 11h), the mobile the agent reads and he confirms (main)"
        " and his partner's with a pair put right ('quarante... non, pardon : ... quatorze': tel2)",
        """
        A: Bonjour monsieur, Sarah, de Rhône Isère Solaire. Monsieur Vernay ?
        C: Oui, Anthony Vernay. Bonjour.
        A: Je vous appelle suite à votre demande d'étude de panneaux solaires. J'ai une adresse au
           12, cours Romestang, à Vienne : c'est bien ça ?
        C: Ah non ! Ça, c'est l'appartement. On y était locataires, on est partis en septembre.
           C'est le navigateur qui a dû remplir l'ancienne adresse tout seul ; je n'ai pas fait
           attention.
        A: Pas de souci, je corrige. Vous habitez où, maintenant ?
        C: À Pont-Évêque, juste à côté de Vienne. On a acheté une maison. Cinq, impasse du
           Grand-Pré.
        A: 5 impasse du Grand-Pré, à Pont-Évêque. Le code postal ?
        C: Trente-huit, sept cent quatre-vingts. À Vienne, c'était le trente-huit, deux cents : on
           n'est qu'à trois kilomètres, mais ce n'est plus la même commune.
        A: 38780, c'est noté. Donc vous êtes propriétaire de la maison ?
        C: Oui, enfin, avec la banque, pour vingt-cinq ans. Avec ma compagne, on a tout mis dedans.
        A: Félicitations. Et vous vous chauffez comment ?
        C: À l'électricité. Les anciens propriétaires ont mis des radiateurs à inertie, des bons, en
           céramique. Il y a une cheminée, mais elle est condamnée.
        A: Et votre facture d'électricité ?
        C: On n'a que quatre mois de recul. La mensualité, c'est cent trente-deux euros. Ils nous
           ont prévenus qu'elle allait augmenter à la régularisation.
        A: Cent trente-deux euros par mois. La surface de la maison ?
        C: Cent vingt... Non, cent dix-huit. C'est ce qui est marqué sur l'acte : cent dix-huit
           mètres carrés.
        A: Cent dix-huit. Et le toit, il est en quoi ?
        C: Des tuiles. Des tuiles romanes, orange.
        A: Vous savez comment il est orienté ?
        C: Franchement, non. Mais on est tout en haut du lotissement, il n'y a rien devant, pas un
           arbre : on a le soleil du matin jusqu'au soir. C'est pour ça qu'on a acheté, d'ailleurs.
        A: Et de la place libre sur le toit, vous en avez ?
        C: Il n'y a rien dessus. Le toit doit faire soixante mètres carrés, en tout.
        A: Très bien. Votre âge, monsieur ?
        C: Trente-six ans.
        A: Et votre compagne ?
        C: Elle aura trente-cinq ans en juin. On fera la crémaillère le même jour.
        A: Vous êtes mariés ?
        C: Pacsés. On a un petit garçon, Léo, qui a trois ans.
        A: Et vous travaillez ?
        C: Je suis ambulancier, dans une société privée, à Vienne. En CDI.
        A: Et votre compagne ?
        C: Elle est opticienne. Elle a son magasin à Vienne : elle est à son compte depuis deux
           mille vingt. Elle a ouvert en plein Covid, il fallait oser.
        A: Et le revenu du foyer, à peu près ?
        C: Quatre mille cinq cents par mois, à peu près, à nous deux. Ça varie, avec le magasin.
        A: Merci. Un conseiller va vous rappeler pour préparer l'étude. Le samedi, ça vous irait ?
        C: Le samedi... elle ferme à midi. Non, le samedi, elle est ouverte toute la journée. Moi,
           je suis de repos un samedi sur deux, et samedi prochain, justement, je suis de repos.
        A: Samedi, à dix heures ?
        C: À dix heures, on est au marché avec le petit. Plutôt onze heures.
        A: Samedi, en fin de matinée, à onze heures. Je vous rappelle sur ce numéro, le 06 27 39 51
           84 ?
        C: Oui, c'est le mien. Et si je ne réponds pas, celui de ma compagne : zéro six, quarante...
           non, pardon : zéro six, quatorze, quatre-vingt-deux, soixante-trois, zéro sept.
        A: 06 14 82 63 07. Merci, monsieur Vernay, et bonne installation à Pont-Évêque.
        C: Merci. Au revoir, madame.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Anthony",
        client_last_name_data_ia="Vernay",
        client_phone_number="0627395184",
        client_city_data_ia="Pont-Évêque",
        client_address_data_ia="5 impasse du Grand-Pré",
        client_postal_code_data_ia="38780",
        adresse_modifiee="1",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="132",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="118",
        toiture_data_ia="tuiles",
        orientation_data_ia="bien ensoleillée",
        toit_libre="20m",
        age_mr_data_ia="36",
        age_mme_data_ia="34",
        situation_familiale_data_ia="pacsé, 1 enfant",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="indépendante depuis 6 ans",
        revenu_data_ia="4500 euros par mois",
        tel2_data_ia="0614826307",
        creneau_rappel_data_ia="samedi fin de matinée",
        heure_rappel_data_ia="11h",
        **OWNER,
    ),
    script(
        "h24_saint_pourcain_mari_en_maison_de_retraite",
        "a retired cooperative secretary of 78 at Saint-Pourçain-sur-Sioule whose son filled the"
        " form with her and whose husband has lived in a care home for a year with Alzheimer's: she"
        " confirms her first name and spells her surname ('Madeleine, oui. Auberger, A, U, B, E, R,"
        " G, E, R'), 'Oui, avec mon mari' (oui), 'Au fioul. La chaudière est dans la cave' (fioul),"
        " only a band for the bill ('Entre quatre-vingts et cent euros par mois': entre 80 et 100,"
        " mensuelle), 'Cent dix mètres carrés, je crois' (110: a hedge still counts), 'Des tuiles"
        " plates' (tuiles), 'Le devant de la maison donne au sud ... Le toit aussi, je suppose'"
        " (sud), no free roof space discussed ('-'), 'Soixante-dix-huit ans. Mon mari en a"
        " quatre-vingt-deux' (78, 82: the husband's age though he lives in the care home), 'Deux'"
        " children and her husband still her husband (mariée, 2 enfants), 'Retraitée' and her"
        " husband a winegrower who sold his vines 'quand il a pris sa retraite' (retraitée,"
        " retraité), 'Nos deux retraites, ça fait deux mille quatre cents par mois' (2400 euros par"
        " mois; what the care home takes is not the income), '14 rue du Champ-de-Foire, à"
        " Saint-Pourçain. Saint-Pourçain-sur-Sioule' and the code in pairs ('Zéro trois, cinq"
        " cents': 03500), Sunday refused by the agent and 'le lundi soir ... Vers six heures et"
        " demie' read back as eighteen thirty (lundi soir, 18h30), the landline the agent reads and"
        " she confirms (main) and her son's mobile in pairs (tel2)",
        """
        A: Bonjour madame, Maxime, d'Auvergne Bourbonnais Énergie. Madame Auberger ?
        C: Oui, c'est moi. Bonjour, monsieur.
        A: Je vous appelle au sujet d'une demande d'étude pour des panneaux solaires, faite à votre
           nom.
        C: Oui, oui, c'est mon fils qui l'a faite, avec moi, dimanche. Il m'a dit que vous
           appelleriez. Vous êtes bien la société qu'il a trouvée sur internet ?
        A: C'est bien nous. Votre prénom, c'est Madeleine ?
        C: Madeleine, oui. Auberger, A, U, B, E, R, G, E, R. Comme une auberge, avec un R au bout.
        A: Merci, madame Auberger. Vous êtes propriétaire de votre maison ?
        C: Oui, avec mon mari. Mais mon mari n'est plus à la maison : il est en maison de retraite,
           depuis un an. La maladie d'Alzheimer. Certains jours, il ne me reconnaît plus.
        A: Je suis désolé, madame.
        C: C'est comme ça. Alors je suis toute seule dans la maison, et avec ce que coûte la maison
           de retraite, il faut que je fasse attention à tout. C'est pour ça que mon fils a pensé
           aux panneaux.
        A: Je comprends. Vous vous chauffez comment ?
        C: Au fioul. La chaudière est dans la cave. Je fais livrer deux fois par hiver, et chaque
           fois, c'est plus cher.
        A: Et la facture d'électricité ?
        C: Entre quatre-vingts et cent euros par mois. Je n'ai pas la feuille sous les yeux, mais
           c'est entre les deux.
        A: Entre quatre-vingts et cent. La maison fait quelle surface ?
        C: Cent dix mètres carrés, je crois. C'est mon fils qui sait ça, il a tous les papiers.
        A: Et la toiture ?
        C: Des tuiles plates, des vieilles tuiles du pays. Brunes.
        A: Vous savez comment elle est orientée ?
        C: Le devant de la maison donne au sud, sur les vignes. Le toit aussi, je suppose : un côté
           sur les vignes, un côté sur la route.
        A: Très bien. Votre âge, madame, si ce n'est pas indiscret ?
        C: Soixante-dix-huit ans. Mon mari en a quatre-vingt-deux.
        A: Et vous avez des enfants ?
        C: Deux. Mon fils, qui habite à Varennes, et ma fille, qui est partie à Clermont. C'est mon
           fils qui vient le plus souvent.
        A: Vous travailliez, avant ?
        C: J'étais secrétaire à la cave coopérative, ici, pendant trente ans. Retraitée, maintenant,
           depuis longtemps. Et mon mari était vigneron ; il a vendu ses vignes quand il a pris sa
           retraite.
        A: Et les revenus du foyer, à peu près ?
        C: Nos deux retraites, ça fait deux mille quatre cents par mois. Mais la maison de retraite
           en prend presque deux mille.
        A: Je comprends. Et votre adresse, madame ?
        C: Quatorze, rue du Champ-de-Foire, à Saint-Pourçain. Saint-Pourçain-sur-Sioule. Zéro trois,
           cinq cents.
        A: 14 rue du Champ-de-Foire, 03500 Saint-Pourçain-sur-Sioule. Un conseiller voudrait vous
           rappeler, avec votre fils si c'est possible.
        C: Oui, il vaut mieux. Moi, je ne décide rien sans lui. Il vient le dimanche.
        A: Nous n'appelons pas le dimanche, malheureusement.
        C: Ah. Alors... il passe aussi le lundi soir, en rentrant du travail, pour me monter les
           courses. Vers six heures et demie.
        A: Lundi soir, dix-huit heures trente ?
        C: C'est ça. Il sera là, avec les courses.
        A: Je vous rappelle sur ce numéro, le 04 70 45 62 18 ?
        C: Oui, c'est le téléphone de la maison. Et je vous donne celui de mon fils, au cas où :
           zéro six, quatre-vingt-neuf, trente et un, soixante-quatorze, vingt-cinq.
        A: 06 89 31 74 25. Merci beaucoup, madame Auberger. Bon courage à vous.
        C: Merci, monsieur. Au revoir.
        """,
        client="Mme",
        objections="veut décider avec son fils ; budget serré (maison de retraite du mari)",
        client_first_name_data_ia="Madeleine",
        client_last_name_data_ia="Auberger",
        client_phone_number="0470456218",
        client_city_data_ia="Saint-Pourçain-sur-Sioule",
        client_address_data_ia="14 rue du Champ-de-Foire",
        client_postal_code_data_ia="03500",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="entre 80 et 100",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="110",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        age_mr_data_ia="82",
        age_mme_data_ia="78",
        situation_familiale_data_ia="mariée, 2 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="retraitée",
        revenu_data_ia="2400 euros par mois",
        tel2_data_ia="0689317425",
        creneau_rappel_data_ia="lundi soir",
        heure_rappel_data_ia="18h30",
        **OWNER,
    ),
    script(
        "h24_sainte_menehould_charcutier",
        "a pork butcher at Sainte-Menehould watching his pigs' trotters cook in the back of his"
        " shop, whose wife, in for trays, puts his surface and his age right from beside him: he"
        " corrects the surname the form cut ('Perrin-Masson. Avec un trait d'union, les deux') and"
        " gives his first name (Olivier), 'La maison, oui ... elle est à nous' (oui; the shop is"
        " rented), '8 rue de Verdun. Toujours à Sainte-Menehould' and the code the agent offers and"
        " he confirms ('Cinquante et un, huit cents, c'est ça': 51800), 'Au gaz. Une chaudière au"
        " gaz de ville' (gaz), the house's yearly bill given before it is asked ('mille neuf cent"
        " quatre-vingts euros, l'an dernier, sur l'année': 1980, annuelle; the shop's cold rooms"
        " are apart), 'Cent cinquante' put right by his wife ('Bon, cent quarante-cinq, elle a"
        " toujours raison': 145), 'En tuiles mécaniques. Un pan sur le jardin, au sud' (tuiles,"
        " sud), 'Trente, facile' (20m), 'À mon compte depuis ce moment-là', the shop taken over 'en"
        " deux mille quatre' (indépendant depuis 22 ans in 2026), his wife 'salariée de"
        " l'entreprise, en CDI' (CDI), 'Cinquante-six ans' corrected by her ('Cinquante-sept !"
        " Depuis dimanche !': 57) and hers 'cinquante' (50), 'Mariés, oui. Une fille' (marié, 1"
        " enfant), the income left for the adviser ('-'), Monday when the shop is shut and the"
        " agent's afternoon refused ('Le matin. Pas trop tôt ... Neuf heures et demie': lundi"
        " matin, 9h30), his mobile (main) and the house landline (tel2), in pairs",
        """
        A: Bonjour monsieur, Pauline, de Champagne Argonne Solaire. Monsieur Perrin ?
        C: Perrin-Masson. Avec un trait d'union, les deux. Perrin, c'est mon père, Masson, c'est ma
           mère, et je garde les deux, sinon on est trois Perrin dans la rue.
        A: Pardon, monsieur Perrin-Masson, le formulaire avait coupé le nom. Je vous appelle pour
           votre demande d'étude de panneaux solaires.
        C: Oui, oui. Je vous écoute, mais je suis au laboratoire, derrière la boutique : j'ai mes
           pieds de cochon sur le feu. Il faut qu'ils cuisent quarante heures, alors j'ai un peu de
           temps, mais je surveille.
        A: Quarante heures ?
        C: Quarante heures, c'est la recette de Sainte-Menehould : on mange tout, même les os. Vous
           viendrez goûter. Allez-y.
        A: Volontiers. Votre prénom, monsieur ?
        C: Olivier.
        A: Vous êtes propriétaire de votre maison ?
        C: La maison, oui. La boutique, on la loue, mais la maison, elle est à nous, à ma femme et à
           moi. Elle n'est pas au-dessus de la boutique, hein : elle est à la sortie de la ville.
           Huit, rue de Verdun. Toujours à Sainte-Menehould.
        A: 8 rue de Verdun. Et le code postal, c'est bien le 51800 ?
        C: Cinquante et un, huit cents, c'est ça.
        A: Vous vous chauffez comment, à la maison ?
        C: Au gaz. Une chaudière au gaz de ville, avec des radiateurs en fonte. Et l'électricité,
           avant que vous demandiez : la maison, c'est mille neuf cent quatre-vingts euros, l'an
           dernier, sur l'année. La boutique, avec les chambres froides, je n'en parle même pas.
        A: Mille neuf cent quatre-vingts par an pour la maison, c'est noté. Elle fait quelle surface
           ?
        C: Cent cinquante mètres carrés... Ma femme me dit cent quarante-cinq. Elle est passée
           chercher des barquettes, elle est juste à côté. Bon, cent quarante-cinq : elle a toujours
           raison.
        A: Cent quarante-cinq. Et le toit ?
        C: En tuiles mécaniques. Un pan sur le jardin, au sud, et un pan sur la rue.
        A: Et sur le pan du jardin, il y aurait une vingtaine de mètres carrés libres ?
        C: Trente, facile. Il n'y a rien, juste l'antenne, et elle est sur la cheminée.
        A: Très bien. Vous êtes à votre compte depuis longtemps ?
        C: J'ai repris la boutique de mon patron en deux mille quatre. À mon compte depuis ce
           moment-là.
        A: Et votre épouse travaille avec vous ?
        C: Elle tient la caisse et les commandes. Elle est salariée de l'entreprise, en CDI : c'est
           mieux pour sa retraite, d'après le comptable.
        A: Et votre âge, monsieur ?
        C: Cinquante-six ans.
        C: Cinquante-sept ! Depuis dimanche !
        C: Ah oui, c'est vrai, c'était dimanche, mon anniversaire. Elle a raison : cinquante-sept.
           Et elle, elle a cinquante ans.
        A: Bon anniversaire, avec un peu de retard. Vous êtes mariés ?
        C: Mariés, oui. Une fille, qui fait son apprentissage chez un traiteur, à Reims. Elle
           reprendra peut-être, un jour.
        A: Et le revenu du foyer, à peu près ?
        C: Ça, je ne peux pas vous le dire comme ça : ça dépend des mois, avec le commerce. Voyez
           avec le conseiller, je lui sortirai le bilan.
        A: Bien sûr. Quand est-ce qu'il pourrait vous rappeler ?
        C: Le lundi, la boutique est fermée. Les autres jours, je suis là de cinq heures du matin à
           sept heures du soir.
        A: Lundi après-midi, quatorze heures ?
        C: L'après-midi, je vais à Reims, chez le fournisseur. Le matin. Pas trop tôt : le lundi, je
           dors. Neuf heures et demie.
        A: Lundi matin, neuf heures et demie. Sur quel numéro ?
        C: Le portable, celui où vous m'appelez : zéro six, vingt-quatre, cinquante-six, dix-huit,
           trente-neuf. Et le fixe de la maison, ma femme décroche plus que moi : zéro trois,
           vingt-six, soixante, quatre-vingt-un, quarante-deux.
        A: 06 24 56 18 39, et 03 26 60 81 42. Merci, monsieur Perrin-Masson, et bonne cuisson.
        C: Merci ! Au revoir, mademoiselle.
        """,
        client="Mr",
        objections="revenu réservé au conseiller",
        client_first_name_data_ia="Olivier",
        client_last_name_data_ia="Perrin-Masson",
        client_phone_number="0624561839",
        client_city_data_ia="Sainte-Menehould",
        client_address_data_ia="8 rue de Verdun",
        client_postal_code_data_ia="51800",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="1980",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="145",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="57",
        age_mme_data_ia="50",
        situation_familiale_data_ia="marié, 1 enfant",
        activite_mr_data_ia="indépendant depuis 22 ans",
        activite_mme_data_ia="CDI",
        tel2_data_ia="0326608142",
        creneau_rappel_data_ia="lundi matin",
        heure_rappel_data_ia="9h30",
        **OWNER,
    ),
    script(
        "h24_ancenis_toit_au_nord",
        "a physiotherapist at Ancenis-Saint-Géréon whose sister filled the form with her own first"
        " name: 'ce n'est pas Valérie. Valérie, c'est ma sœur ... Moi, c'est Magali' (Magali;"
        " surname Jouin from the greeting), 'je l'ai rachetée à mon ex-mari. Elle est à moi toute"
        " seule' (oui), '9 rue du Pré-Fleuri, à Ancenis. Enfin, Ancenis-Saint-Géréon, maintenant,"
        " depuis la fusion' (the commune nouvelle) and the code in pairs ('Quarante-quatre, cent"
        " cinquante': 44150), 'Une pompe à chaleur, air-eau' (pompe à chaleur), 'Cent quarante-huit"
        " euros par mois' (148, mensuelle), 'Cent trente-deux mètres carrés' (132), 'un toit à une"
        " seule pente, en bac acier' (bac acier) whose one slope faces north ('Entièrement': nord;"
        " the glass is on the south), 'Quarante-cinq mètres carrés, peut-être, et il n'y a rien"
        " dessus' (20m), 'Quarante-sept ans' (47), 'Divorcée, avec deux enfants' in alternate"
        " custody (divorcée, 2 enfants), 'kinésithérapeute. En libéral, depuis deux mille quatorze'"
        " (self-employed: indépendante depuis 12 ans in 2026), 'Cinquante-huit mille par an' (58000"
        " euros par an), next week's Tuesday and the agent's half past seven moved to the advisers'"
        " last slot ('Mardi, vingt heures': mardi soir, 20h), her private mobile in pairs (main;"
        " the practice's is not given)",
        """
        A: Bonjour madame, Benoît, de Loire Océan Solaire. Madame Valérie Jouin ?
        C: Jouin, oui, mais ce n'est pas Valérie. Valérie, c'est ma sœur. C'est elle qui a rempli le
           formulaire pour moi, elle a dû mettre son prénom par réflexe. Moi, c'est Magali.
        A: Pardon, madame. Magali Jouin, je corrige. Je vous appelle donc pour cette demande d'étude
           de panneaux solaires.
        C: Oui. Ma sœur en a fait poser chez elle l'an dernier, elle ne parle plus que de ça. Alors
           elle m'a inscrite. Je veux bien écouter.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui. Depuis mon divorce : je l'ai rachetée à mon ex-mari. Elle est à moi toute seule,
           maintenant, avec un beau crédit.
        A: Et l'adresse ?
        C: Neuf, rue du Pré-Fleuri, à Ancenis. Enfin, Ancenis-Saint-Géréon, maintenant, depuis la
           fusion. Je ne m'y fais pas.
        A: Et le code postal ?
        C: Quarante-quatre, cent cinquante.
        A: 9 rue du Pré-Fleuri, 44150 Ancenis-Saint-Géréon. Vous vous chauffez comment ?
        C: Une pompe à chaleur, air-eau, avec un plancher chauffant. C'était dans les plans de
           l'architecte.
        A: Et votre facture d'électricité ?
        C: Cent quarante-huit euros par mois. Oui, je sais, c'est beaucoup : la pompe à chaleur, le
           ballon d'eau chaude, et deux ados qui prennent des douches d'une demi-heure.
        A: Cent quarante-huit par mois. La surface de la maison ?
        C: Cent trente-deux mètres carrés. C'est une maison d'architecte, des années deux mille dix,
           très vitrée.
        A: Et la toiture ?
        C: Ah, c'est là que ça se complique. C'est un toit à une seule pente, en bac acier, gris
           anthracite. Et la pente est au nord.
        A: Entièrement au nord ?
        C: Entièrement. L'architecte a mis toutes les baies vitrées au sud, sur le jardin, et le
           toit descend vers le nord, côté rue. Il pensait à la lumière, pas aux panneaux. Ma sœur
           dit que c'est fichu.
        A: Pas forcément : le conseiller regardera le rendement. Le toit fait quelle surface ?
        C: Il est grand. Quarante-cinq mètres carrés, peut-être, et il n'y a rien dessus.
        A: Bien. Votre âge, madame ?
        C: Quarante-sept ans.
        A: Et votre situation de famille ?
        C: Divorcée, avec deux enfants, quinze et dix-sept ans. En garde alternée : une semaine chez
           moi, une semaine chez leur père.
        A: Et vous travaillez ?
        C: Je suis kinésithérapeute. En libéral, depuis deux mille quatorze : j'ai mon cabinet en
           ville.
        A: Et le revenu du foyer, à peu près ?
        C: Cinquante-huit mille par an. Avant les impôts, bien sûr.
        A: Merci. Un conseiller va vous rappeler pour préparer l'étude. Quand est-ce que ça vous
           arrange ?
        C: En semaine, je suis au cabinet jusqu'à dix-neuf heures. Le soir, alors. Mais pas cette
           semaine, j'ai les enfants : la semaine prochaine.
        A: Mardi soir, dix-neuf heures trente ?
        C: À dix-neuf heures trente, le mardi, j'ai encore mon dernier patient. Vingt heures, c'est
           possible ?
        A: Vingt heures, c'est le dernier créneau de nos conseillers. Mardi, vingt heures, c'est
           noté.
        C: Parfait.
        A: Sur quel numéro ?
        C: Mon portable perso, pas celui du cabinet : zéro six, cinquante-deux, quatre-vingt-quatre,
           soixante-treize, dix-neuf.
        A: 06 52 84 73 19. Merci, madame Jouin. Et remerciez votre sœur.
        C: Je n'y manquerai pas. Elle va être insupportable. Au revoir !
        """,
        client="Mme",
        objections="toit orienté au nord",
        client_first_name_data_ia="Magali",
        client_last_name_data_ia="Jouin",
        client_phone_number="0652847319",
        client_city_data_ia="Ancenis-Saint-Géréon",
        client_address_data_ia="9 rue du Pré-Fleuri",
        client_postal_code_data_ia="44150",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="148",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="132",
        toiture_data_ia="bac acier",
        orientation_data_ia="nord",
        toit_libre="20m",
        age_mme_data_ia="47",
        situation_familiale_data_ia="divorcée, 2 enfants",
        activite_mme_data_ia="indépendante depuis 12 ans",
        revenu_data_ia="58000 euros par an",
        creneau_rappel_data_ia="mardi soir",
        heure_rappel_data_ia="20h",
        **OWNER,
    ),
)
