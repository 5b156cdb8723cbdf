"""Held-out set 18 (``h18_*`` calls, ``--held-out 18``): see ``benchmarks.calls``."""

from __future__ import annotations

from benchmarks._script import LOST, OWNER, Script, script

__all__ = ["HELD_OUT_18"]


# An eighteenth held-out set (names ``h18_*``), written after HELD_OUT_17, by someone who read only
# this module's format and earlier sets, docs/quality.md's natural-voice set and its gold
# conventions, messages/lead.py and La Poste's communes list (for the code/town pairs): never the
# extractors, and none of them was run on it. Again a call centre's ordinary day, written fresh, in
# towns no earlier set used and spread across France (Péronne, Carhaix-Plouguer, Falaise, Morteau,
# Loches, Auch, Lunel, Bourgoin-Jallieu, Château-Thierry, Montmorillon, Brignoles, Avallon): eight
# owners, a firm refusal from a woman whose husband was cheated over a heat pump, a separated mason
# renting from the old farmer next door, a wrong number answered by a man in a flat in the old town,
# and a partial call from a sheep barn in lambing season. A daughter answers for her widowed father
# (the fiche is his, entretien hers), a partner takes the phone for the bill, the surface, the roof,
# ages, family and jobs; clients are busy (a beet farmer loading his harvest, a father at bath time,
# a shift worker woken after a night), chatty and joking (the Pied Piper, Pyrenees weather,
# armagnac, 'Agnès, comme les agneaux'), suspicious (a woman who asks whether the agent is a robot
# and checks the firm online) or hard of hearing ('La voiture ?' for 'la facture', Thursday heard
# for Monday); they answer before the question ends, ask back (a hangar instead of the house, hail,
# doing the wiring oneself, a tenant paying for panels), wander and hesitate. The client corrects a
# postal code (his sister's 32100 said first), a phone number (a pair as she gives it), two ages
# (her own, just thirty; a wife's birth year), a bill (the car loan said first), a surface (the
# garage taken out) and a callback day and hour (a father's dentist; children who fall asleep late).
# Postal codes in pairs, as thousands, digit by digit and in digits; bills per month, per two months
# (turned into a month by the agent or by the client), per year and as all three bands; ages direct,
# relative, from a birth year and beside traps (the eighth of May 1945, a leap-day birthday, 'Trente
# le mois prochain', a landlord's 88); heating mixed or changed (oil then a heat pump, oil then a
# pellet stove, propane with a new wood stove, oil with a kitchen stove, gas with a stove seldom
# lit, a reversible air-to-air pump); jobs with a status (CDI, fonctionnaire, on one's own account
# since 1998 and 2023, retired, parental leave) and without (a farmer, an order picker, sheep
# farmers); surnames spelt (Carette, Quéméner, Hamelin, Vuillemin, Brossier, Lasserre, Ramos, Revol,
# Rivaud, Chevillard) and first names spelt (Yves, Laëtitia, Jérémy, Franck); callback slots given
# loosely ('Le soir, tard ... Mardi ou mercredi', 'Plutôt un après-midi', 'Le matin ... Pas trop
# tôt', 'Après quinze heures') and settled. The set's year is 2026. The gold is what a careful human
# fills from each call; where a value is debatable, the summary says why. Nobody tunes on it: never
# rendered, never part of ``FULL`` or ``SUBSET``; ``python -m benchmarks.extraction_quality
# --held-out 18`` scores it from its reference text.
HELD_OUT_18: tuple[Script, ...] = (
    script(
        "h18_peronne_betteraves",
        "a beet farmer at Péronne, busy in his farmyard while the beet is loaded, who answers"
        " before the questions end: he spells his surname as the agent starts it ('Deux T. C, A, R,"
        " E, deux T, E': Carette) and gives his first name ('Benoît. Avec le chapeau sur le I'),"
        " owner of the farm he took over from his parents in 1995 (oui), '2 chemin de la Sucrerie'"
        " and the code as thousands ('Quatre-vingt mille deux cents': 80200; Bapaume is only the"
        " road out), 'Une chaudière au fioul, et un poêle à bois ... c'est la chaudière qui fait"
        " tout' (fioul), the house bill once a year ('mille neuf cents euros par an': 1900,"
        " annuelle; the farm's meter, in the GAEC's name, is not the house's), 'Cent soixante"
        " mètres carrés' (160), 'Ardoises' for the house (ardoises: the steel-sheet hangar he would"
        " rather cover is not the house's roof), 'le soleil de midi toute l'année : plein sud'"
        " (sud), 'trente, quarante' (20m), 'Cinquante-sept ans' (57), his wife 'trois ans de moins"
        " que moi' (54; 'Trois ans et deux mois' is no age), 'Trois grands. Mariés depuis trente"
        " ans' (marié, 3 enfants), 'Agriculteur' (the job, no status said), his wife at the"
        " post-office counter, 'Fonctionnaire' (fonctionnaire), 'trois mille par mois, en moyenne'"
        " (3000 euros par mois), 'Le soir, tard. Après huit heures. Mardi ou mercredi' settled by"
        " the agent's 'Mercredi soir, vingt heures trente' (mercredi soir, 20h30; the Thursday"
        " council meeting only rules a day out), his mobile in pairs (main)",
        """
        A: Bonjour monsieur, Julie, de Santerre Énergie Solaire. Monsieur Carette ?
        C: Oui, c'est moi. Faites vite, mademoiselle : je suis dans la cour, on charge les
           betteraves. Vous entendez le tracteur ?
        A: Je l'entends, oui. Je vous appelle pour votre demande d'étude de panneaux solaires. Je
           vérifie votre nom : C, A, R, E...
        C: Deux T. C, A, R, E, deux T, E. Carette. Comme une charrette, sans le H et avec un seul R.
        A: Merci. Et votre prénom ?
        C: Benoît. Avec le chapeau sur le I.
        A: Vous êtes propriétaire ?
        C: De la ferme, oui. Elle était à mes parents ; je l'ai reprise en quatre-vingt-quinze, et
           la maison avec.
        A: L'adresse, c'est...
        C: Deux, chemin de la Sucrerie. À Péronne, à la sortie, sur la route de Bapaume.
           Quatre-vingt mille deux cents.
        A: 2 chemin de la Sucrerie, 80200 Péronne. Et pour le chauff...
        C: Le fioul. Une chaudière au fioul, et un poêle à bois dans la cuisine. Mais c'est la
           chaudière qui fait tout : le poêle, c'est surtout pour sécher les bottes.
        A: Et votre facture d'électricité ?
        C: Pour la maison ? Parce que la ferme, c'est un autre compteur, au nom du GAEC, avec les
           frigos et le séchoir : ça n'a rien à voir. La maison, c'est... mille neuf cents euros par
           an. À peu près. On a une facture par an.
        A: Mille neuf cents par an pour la maison. Et la surface ?
        C: Cent soixante mètres carrés. Une maison en briques, à l'ancienne, avec des grandes pièces
           qu'on ne chauffe pas toutes.
        A: Et le toit de la mai...
        C: Ardoises. Le hangar, lui, c'est du bac acier : six cents mètres carrés. Vous ne voulez
           pas plutôt les mettre sur le hangar, vos panneaux ? Là, il y aurait de quoi faire.
        A: Pour un hangar agricole, c'est notre service des professionnels : je peux leur
           transmettre. Aujourd'hui, je m'occupe de la maison.
        C: Transmettez, transmettez. Bon, la maison.
        A: Elle est orientée comment ?
        C: Devant, c'est la route, au nord. Le pan de derrière, côté cour, il a le soleil de midi
           toute l'année : plein sud.
        A: Et sur ce pan-là, il y aurait une vingtaine de mètres carrés libres ?
        C: Oh, trente, quarante. Il n'y a rien dessus, même pas une antenne : la parabole est sur le
           hangar.
        A: Très bien. Votre âge, monsieur ?
        C: Cinquante-sept ans.
        A: Et votre épouse ?
        C: Elle a trois ans de moins que moi. Trois ans et deux mois, elle vous dirait.
        A: Vous avez des enfants ?
        C: Trois grands. Mariés depuis trente ans, ma femme et moi. Le plus jeune doit reprendre la
           ferme... s'il se décide un jour.
        A: Vous êtes agriculteur, donc.
        C: Agriculteur, oui : betteraves, pommes de terre, un peu de blé. Ma femme, elle, est à la
           Poste, au guichet, à Péronne. Fonctionnaire. Elle, au moins, elle a des vacances.
        A: Et le revenu du foyer, à peu près ?
        C: Ça dépend des années, avec la météo et les prix... Mettez trois mille par mois, en
           moyenne.
        A: Merci. Quand est-ce qu'un conseiller pourrait vous rappeler ?
        C: Pas dans la journée, en ce moment : c'est l'arrachage. Le soir, tard. Après huit heures.
           Mardi ou mercredi ; le jeudi, j'ai le conseil municipal.
        A: Mercredi soir, vingt heures trente ?
        C: Mercredi, huit heures et demie. Ça marche.
        A: Sur quel numéro ?
        C: Le portable. Zéro six, quatorze, trente-huit, soixante-dix-sept, zéro deux.
        A: 06 14 38 77 02. Merci, monsieur Carette, et bon courage pour les betteraves.
        C: Merci. Au revoir, mademoiselle.
        """,
        client="Mr",
        objections="préférerait des panneaux sur le hangar agricole",
        client_first_name_data_ia="Benoît",
        client_last_name_data_ia="Carette",
        client_phone_number="0614387702",
        client_city_data_ia="Péronne",
        client_address_data_ia="2 chemin de la Sucrerie",
        client_postal_code_data_ia="80200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="1900",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="160",
        toiture_data_ia="ardoises",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="57",
        age_mme_data_ia="54",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="agriculteur",
        activite_mme_data_ia="fonctionnaire",
        revenu_data_ia="3000 euros par mois",
        creneau_rappel_data_ia="mercredi soir",
        heure_rappel_data_ia="20h30",
        **OWNER,
    ),
    script(
        "h18_carhaix_pour_son_pere",
        "the lead's daughter, who filled in the request with her own mobile, answers at Carhaix"
        " and speaks for her widowed father, who sits beside her and nods: the fiche is the lead's"
        " (Yves Quéméner, the surname spelt with its two acute accents and the first name 'Y, V, E,"
        " S'), and entretien is 'Mme' (she took the call; her own first name, Anne, and her"
        " hospital job are not the client's); 'il l'a fait construire en soixante-huit' (oui), '17"
        " rue du Poher, à Carhaix. Carhaix-Plouguer, pour la Poste' and the code digit by digit"
        " ('deux, neuf, deux, sept, zéro': 29270), the heating changed last year ('Avant, c'était"
        " le fioul ; on a fait mettre une pompe à chaleur': pompe à chaleur; the fireplace is no"
        " longer lit), the bill every two months ('deux cent quarante euros') that the agent turns"
        " into a month and she confirms ('Cent vingt, oui': 120, mensuelle), the surface corrected"
        " ('Cent dix ... Ah non, attendez : cent dix, c'est avec le garage ... La maison seule,"
        " c'est quatre-vingt-quinze': 95), 'En ardoise' (ardoises), 'le grand pan est au couchant,"
        " côté jardin' as her father says (ouest), 'vingt mètres, facile' (20m), 'Il est né en"
        " quarante-deux' (84 in 2026; 1968 is the house's year, 2002 his retirement's), 'Veuf ..."
        " On est quatre enfants' (veuf, 4 enfants, in the father's gender; the late mother's age"
        " and job stay '-'), 'à l'abattoir, chef d'équipe ... À la retraite' (retraité), 'mille"
        " sept cents par mois' (1700 euros par mois), 'Plutôt un après-midi. Jeudi ?' and the"
        " agent's 'Jeudi, quatorze heures' moved by her ('il a le dentiste. Vendredi, alors."
        " Vendredi, même heure': vendredi après-midi, 14h), her mobile the agent reads and she"
        " confirms (main: the callback number) and her father's landline in pairs (tel2)",
        """
        A: Bonjour madame, Kévin, de Kreiz Breizh Énergie. J'ai une demande d'étude pour des
           panneaux solaires au nom de monsieur Yves Quéméner, avec ce numéro.
        C: Oui, c'est mon père. C'est moi qui ai fait la demande pour lui, sur internet, avec mon
           portable : lui, il n'a pas d'ordinateur. Moi, c'est Anne, sa fille.
        A: Très bien, madame. Vous pouvez répondre pour lui ?
        C: Oui, je m'occupe de ses papiers depuis que ma mère est partie. Et je suis chez lui, là :
           il est à côté de moi, il écoute. Papa, c'est pour les panneaux !... Il dit oui de la
           tête.
        A: Je vérifie le nom : Q, U, E, M, E, N, E, R ?
        C: Avec deux accents aigus, sur les deux premiers E. Q, U, E accent aigu, M, E accent aigu,
           N, E, R. Et Yves, c'est Y, V, E, S.
        A: Merci. Votre père est propriétaire de sa maison ?
        C: Oui, il l'a fait construire en soixante-huit. En granit, avec ses frères, le week-end.
        A: Et l'adresse ?
        C: Dix-sept, rue du Poher, à Carhaix. Carhaix-Plouguer, pour la Poste. Le code, c'est deux,
           neuf, deux, sept, zéro.
        A: 17 rue du Poher, 29270 Carhaix-Plouguer. Il se chauffe comment ?
        C: Ça a changé l'an dernier. Avant, c'était le fioul ; on a fait mettre une pompe à chaleur,
           avec les aides, une air-eau, sur ses radiateurs. Il a gardé la cheminée, mais il ne la
           fait plus : porter le bois, à son âge...
        A: Et la facture d'électricité, depuis la pompe ?
        C: Ici, c'est tous les deux mois. La dernière, c'était deux cent quarante euros.
        A: Deux cent quarante pour deux mois, donc cent vingt par mois ?
        C: Cent vingt, oui. Ça a augmenté avec la pompe, forcément, mais il n'achète plus de fioul.
        A: La surface de la maison ?
        C: Cent dix mètres carrés. Ah non, attendez : cent dix, c'est avec le garage, c'est ce qu'il
           y a sur la taxe foncière. La maison seule, c'est quatre-vingt-quinze.
        A: Quatre-vingt-quinze mètres carrés. Le toit est en ardoise ?
        C: En ardoise, oui, comme partout par ici.
        A: Vous savez comment il est orienté ?
        C: Ouh là... Papa, le toit, il est tourné comment ?... Il dit que le grand pan est au
           couchant, côté jardin : le soir, il s'assoit sur le banc, au soleil, jusqu'à ce qu'il se
           couche.
        A: Donc à l'ouest. Et il y aurait une vingtaine de mètres carrés libres de ce côté ?
        C: Il dit vingt mètres, facile : il n'y a que la cheminée.
        A: Votre père a quel âge ?
        C: Il est né en quarante-deux. Au mois d'août, en pleine moisson, comme il dit.
        A: Et il est marié ?
        C: Veuf. Ma mère est décédée il y a trois ans. On est quatre enfants, mais il n'y a que moi
           qui suis restée à Carhaix ; les autres sont à Brest et en région parisienne.
        A: Et il travaillait dans quoi ?
        C: Il était à l'abattoir, chef d'équipe, toute sa vie. À la retraite depuis... deux mille
           deux, je crois. Oui, deux mille deux.
        A: Et ses revenus, à peu près ?
        C: Sa retraite et la réversion de ma mère : mille sept cents par mois, à peu près.
        A: Merci. Le conseiller voudrait vous rappeler, avec votre père. Quand seriez-vous là ?
        C: Moi, je travaille à l'hôpital, en horaires décalés... Plutôt un après-midi. Jeudi ?
        A: Jeudi, quatorze heures ?
        C: Jeudi... Attendez. Papa, jeudi, tu n'as pas le dentiste ?... Si, il a le dentiste.
           Vendredi, alors. Vendredi, même heure.
        A: Vendredi, quatorze heures. Sur ce numéro, le 06 72 41 09 36 ?
        C: Oui, mon portable, c'est le mieux. Et le fixe de papa, si jamais : zéro deux,
           quatre-vingt-dix-huit, quatre-vingt-treize, seize, cinquante-huit. Mais il ne l'entend
           pas toujours.
        A: 02 98 93 16 58. Merci, madame, et bonne journée à votre père.
        C: Merci à vous. Kenavo !
        """,
        client="Mme",
        objections="décide avec sa fille, qui doit être présente",
        client_first_name_data_ia="Yves",
        client_last_name_data_ia="Quéméner",
        client_phone_number="0672410936",
        client_city_data_ia="Carhaix-Plouguer",
        client_address_data_ia="17 rue du Poher",
        client_postal_code_data_ia="29270",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="120",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="95",
        toiture_data_ia="ardoises",
        orientation_data_ia="ouest",
        toit_libre="20m",
        age_mr_data_ia="84",
        situation_familiale_data_ia="veuf, 4 enfants",
        activite_mr_data_ia="retraité",
        revenu_data_ia="1700 euros par mois",
        tel2_data_ia="0298931658",
        creneau_rappel_data_ia="vendredi après-midi",
        heure_rappel_data_ia="14h",
        **OWNER,
    ),
    script(
        "h18_falaise_facture_voiture",
        "a young mother at Falaise, a night nurse who jokes and mixes things up from lack of"
        " sleep: she confirms the spelt surname ('Comme le joueur de flûte !': Hamelin) and spells"
        " her first name ('L, A, E tréma, T, I, T, I, A': Laëtitia), 'Depuis un an !' to the owner"
        " question (oui), '6 allée des Tilleuls, à Falaise. Quatorze, sept cents' (14700; the"
        " castle is a wander), 'Au gaz. Enfin, pas le gaz de ville : une citerne de propane' with a"
        " wood stove put in this winter, 'c'est encore la chaudière qui chauffe la maison' (gaz),"
        " the bill corrected ('Cent trente euros par mois. Ah non, pardon, ça, c'est le crédit de"
        " la voiture ! L'électricité, c'est quatre-vingt-huit': 88, mensuelle), 'Quatre-vingt-dix"
        " mètres carrés. Quatre-vingt-dix-huit avec la véranda, mais elle fuit, alors on ne la"
        " compte pas' (90), 'Des tuiles mécaniques' (tuiles), 'Un pan côté levant, un pan côté"
        " couchant' (est-ouest), 'Sur chaque pan, oui, je pense' (20m), her age corrected"
        " ('Vingt-neuf ans. Non, trente !': 30), 'Kevin a deux ans de plus que moi' (32; Kevin is"
        " her partner, not the client), 'Pacsés ... Elle a huit mois' (pacsée, 1 enfant),"
        " 'infirmière de nuit ... En CDI' (CDI), Kevin the baker 'à son compte, en deux mille"
        " vingt-trois' (indépendant depuis 3 ans), 'trois mille deux cents par mois' (3200 euros"
        " par mois), 'L'après-midi ... vers deux heures ... N'importe quel jour, sauf le dimanche'"
        " settled by the agent's 'Mercredi, quatorze heures' (mercredi après-midi, 14h), her mobile"
        " (main) and Kevin's (tel2) in pairs",
        """
        A: Bonjour madame, Yanis, de Suisse Normande Solaire. Madame Hamelin ?
        C: Oui ! Attendez, je pose la petite... Voilà. C'est pour les panneaux ? Kevin m'a dit que
           vous alliez appeler. Kevin, c'est mon conjoint.
        A: C'est ça, votre demande d'étude. Je vérifie votre nom : H, A, M, E, L, I, N ?
        C: Comme le joueur de flûte ! Oui, Hamelin. Et moi, c'est Laëtitia : L, A, E tréma, T, I, T,
           I, A.
        A: Merci. Vous êtes propriétaires ?
        C: Depuis un an ! Une maison des années soixante-dix, avec le papier peint d'origine, orange
           et marron. On refait tout, pièce par pièce, le week-end.
        A: Et l'adresse ?
        C: Six, allée des Tilleuls, à Falaise. Quatorze, sept cents. Vous connaissez ? Le château de
           Guillaume le Conquérant : moi, je le vois de la fenêtre de ma cuisine.
        A: De nom seulement. 6 allée des Tilleuls, 14700 Falaise. Vous vous chauffez comment ?
        C: Au gaz. Enfin, pas le gaz de ville : une citerne de propane, au fond du jardin. On a mis
           un poêle à bois dans le salon cet hiver, parce que le propane, à ce prix-là... Mais c'est
           encore la chaudière qui chauffe la maison.
        A: Et votre facture d'électricité ?
        C: Cent trente euros par mois. Ah non, pardon, ça, c'est le crédit de la voiture !
           L'électricité, c'est quatre-vingt-huit. Quatre-vingt-huit euros par mois. Vous voyez, je
           mélange tout : je dors trois heures par nuit en ce moment.
        A: Ça arrive à tout le monde. La surface de la maison ?
        C: Quatre-vingt-dix mètres carrés. Quatre-vingt-dix-huit avec la véranda, mais elle fuit,
           alors on ne la compte pas.
        A: Et le toit ?
        C: Des tuiles mécaniques, orange. Pas très jolies, mais elles tiennent.
        A: Vous savez comment il est orienté ?
        C: Un pan côté levant, un pan côté couchant. C'est mon beau-père qui dit ça : il était
           charpentier, il regarde toujours les toits avant les maisons.
        A: Et il y aurait une vingtaine de mètres carrés libres ?
        C: Sur chaque pan, oui, je pense. Il n'y a pas de velux, juste un petit grenier.
        A: Votre âge, madame ?
        C: Vingt-neuf ans. Non, trente ! Trente depuis dimanche. Je ne m'y fais pas.
        A: Bon anniversaire, alors. Et votre conjoint ?
        C: Kevin a deux ans de plus que moi. Lui, il s'y est fait, à la trentaine.
        A: Vous êtes mariés ?
        C: Pacsés. On parle de se marier, mais avec la maison et la petite, ce sera pour plus tard.
           Elle a huit mois, Louise : c'est notre première.
        A: Et vous travaillez ?
        C: Je suis infirmière de nuit, à l'hôpital. En CDI. Et Kevin est boulanger : il a repris la
           boulangerie de la place, à son compte, en deux mille vingt-trois. Il se lève à trois
           heures, moi je rentre à six : on se croise dans le couloir.
        A: Et le revenu du foyer, à peu près ?
        C: Ça dépend des mois, avec la boulangerie. Disons trois mille deux cents par mois.
        A: Merci. Quand est-ce qu'un conseiller pourrait vous rappeler, avec votre conjoint si
           possible ?
        C: L'après-midi. Kevin fait la sieste après la fournée, mais vers deux heures, il est
           debout. N'importe quel jour, sauf le dimanche : on est chez mes parents.
        A: Mercredi, quatorze heures ?
        C: Mercredi, quatorze heures, parfait. La boulangerie est fermée le mercredi, en plus.
        A: Sur quel numéro ?
        C: Le mien : zéro six, trente-trois, cinquante, quatre-vingt-un, dix-sept. Et celui de
           Kevin, au cas où : zéro sept, quatre-vingt-deux, douze, soixante, quarante-cinq.
        A: 06 33 50 81 17, et 07 82 12 60 45. Merci, madame Hamelin, bonne journée.
        C: Merci ! Au revoir !
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Laëtitia",
        client_last_name_data_ia="Hamelin",
        client_phone_number="0633508117",
        client_city_data_ia="Falaise",
        client_address_data_ia="6 allée des Tilleuls",
        client_postal_code_data_ia="14700",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="88",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="90",
        toiture_data_ia="tuiles",
        orientation_data_ia="est-ouest",
        toit_libre="20m",
        age_mr_data_ia="32",
        age_mme_data_ia="30",
        situation_familiale_data_ia="pacsée, 1 enfant",
        activite_mr_data_ia="indépendant depuis 3 ans",
        activite_mme_data_ia="CDI",
        revenu_data_ia="3200 euros par mois",
        tel2_data_ia="0782126045",
        creneau_rappel_data_ia="mercredi après-midi",
        heure_rappel_data_ia="14h",
        **OWNER,
    ),
    script(
        "h18_morteau_sourd",
        "a retired watch-factory setter of 81 at Morteau, hard of hearing after thirty-five years"
        " among machines ('Des panneaux de quoi ?', 'Comment ?', 'La voiture ?'), who confirms the"
        " spelt surname and names himself (Gilbert Vuillemin), owner of the old farm bought in 1978"
        " (oui), '21 rue des Gentianes. À Morteau. Le code, c'est le 25500' (25500, in digits), the"
        " heating changed ('Avant, c'était le fioul. Depuis deux ans, on a un poêle à granulés ..."
        " et c'est lui qui chauffe': bois; the oil boiler only at minus fifteen), 'moins de"
        " quatre-vingts euros par mois' (moins_de_80, mensuelle: only the band is said), 'cent"
        " vingt mètres carrés' for the living part (120; the barn is not counted), 'Des tuiles'"
        " (tuiles), 'Le grand pan regarde au midi' (sud), 'Vingt ? Il y en a cent !' (20m), 'Je"
        " suis de quarante-cinq. Le huit mai quarante-cinq' (81 in 2026; the eighth of May is no"
        " age), his wife Ginette asked aloud ('Tu as soixante-dix-sept ans, hein ?... Elle dit"
        " oui': 77; her first name is not the client's), 'Une fille ... Mariés depuis"
        " cinquante-quatre ans' (marié, 1 enfant), 'régleur, dans une fabrique de montres, au Locle"
        " ... À la retraite' (retraité; Le Locle and La Chaux-de-Fonds are in Switzerland), she"
        " kept the village grocery, 'Retraitée aussi, maintenant' (retraitée), 'deux mille neuf"
        " cents par mois' (2900 euros par mois), 'Le matin ... Pas trop tôt' and the agent's 'Lundi"
        " matin, dix heures' misheard as Thursday then confirmed ('Ah, lundi ! Lundi, dix heures,"
        " oui': lundi matin, 10h), the landline digit by digit (main)",
        """
        A: Bonjour monsieur, Pauline, de Haut-Doubs Énergie Solaire. Monsieur Vuillemin ?
        C: Oui ? Vuillemin, oui. Qui c'est ?
        A: Pauline, de Haut-Doubs Énergie Solaire. Pour votre demande de panneaux solaires.
        C: Des panneaux de quoi ? Parlez plus fort, mademoiselle. Trente-cinq ans dans le bruit des
           machines : les oreilles, elles ne sont plus ce qu'elles étaient.
        A: Des panneaux solaires, monsieur. Pour votre maison.
        C: Ah, solaires ! Oui, oui. C'est ma petite-fille qui a envoyé ça, sur l'ordinateur.
           Allez-y.
        A: Je vérifie votre nom : V, U, I, deux L, E, M, I, N ?
        C: C'est ça. Vuillemin. Gilbert Vuillemin.
        A: Vous êtes propriétaire de votre maison ?
        C: Hein ? Propriétaire ? Bien sûr. Une vieille ferme, qu'on a achetée en soixante-dix-huit,
           avec ma femme. Il y a même encore le tuyé, pour fumer les saucisses.
        A: Et l'adresse ?
        C: Vingt et un, rue des Gentianes. À Morteau. Le code, c'est le 25500.
        A: 21 rue des Gentianes, 25500 Morteau. Vous vous chauffez comment ?
        C: Comment ?
        A: Le chauffage, monsieur : vous vous chauffez comment ?
        C: Ah ! Avant, c'était le fioul. Depuis deux ans, on a un poêle à granulés, un gros, dans la
           salle, et c'est lui qui chauffe. La chaudière au fioul, on la rallume quand il fait moins
           quinze. Ici, ça arrive, hein.
        A: Et votre facture d'électricité ?
        C: La voiture ? On n'a plus de voiture, c'est ma fille qui nous emmène.
        A: La facture d'électricité, monsieur.
        C: Ah, la facture ! Pardon. Elle n'est pas grosse : moins de quatre-vingts euros par mois.
           On n'a pas grand-chose d'électrique, vous savez. La télé et le congélateur.
        A: Et la surface de la maison ?
        C: On vit dans la partie habitation : cent vingt mètres carrés. Le reste, c'est la grange :
           on n'y met plus que le bois.
        A: Et le toit ?
        C: Des tuiles. Des grosses tuiles, refaites il y a vingt ans. Le toit descend presque
           jusqu'à terre, comme sur toutes les fermes d'ici.
        A: Il est orienté comment ?
        C: Le grand pan regarde au midi. L'hiver, la neige y fond toujours en premier : c'est comme
           ça qu'on voit.
        A: Et il y aurait une vingtaine de mètres carrés libres ?
        C: Vingt ? Il y en a cent ! C'est une ferme comtoise, mademoiselle.
        A: Très bien. Votre âge, monsieur ?
        C: Je suis de quarante-cinq. Le huit mai quarante-cinq, le jour de la victoire. Mon père
           disait que c'était le plus beau cadeau de la journée.
        A: Et votre épouse ?
        C: Comment ?
        A: L'âge de votre épouse ?
        C: Ah ! Ginette ? Elle est plus jeune. Ginette ! Tu as soixante-dix-sept ans, hein ?... Elle
           dit oui. Soixante-dix-sept.
        A: Vous avez des enfants ?
        C: Une fille. Elle est infirmière en Suisse, à La Chaux-de-Fonds. Et deux petits-enfants.
           Mariés depuis cinquante-quatre ans, avec Ginette.
        A: Vous travailliez en Suisse, vous aussi ?
        C: Hein ? En Suisse, oui : j'étais régleur, dans une fabrique de montres, au Locle.
           Trente-cinq ans de frontalier. À la retraite depuis deux mille cinq. Et Ginette tenait
           l'épicerie du village. Retraitée aussi, maintenant.
        A: Et vos revenus, à peu près ?
        C: Avec la retraite suisse... deux mille neuf cents par mois, à nous deux.
        A: Merci. Quand est-ce qu'un conseiller pourrait vous rappeler ?
        C: Le matin. On est toujours là, le matin. Pas trop tôt.
        A: Lundi matin, dix heures ?
        C: Jeudi ?
        A: Lundi, monsieur. Lundi matin, dix heures.
        C: Ah, lundi ! Lundi, dix heures, oui. Jeudi, de toute façon, ça n'allait pas : c'est le
           marché.
        A: Sur quel numéro ?
        C: Le fixe. Zéro, trois, huit, un, six, sept, quatre, deux, neuf, cinq.
        A: 03 81 67 42 95 ?
        C: C'est ça. Et dites au conseiller de laisser sonner longtemps : le temps que j'arrive,
           avec mes jambes...
        A: Je lui dirai. Merci, monsieur Vuillemin, bonne journée.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Gilbert",
        client_last_name_data_ia="Vuillemin",
        client_phone_number="0381674295",
        client_city_data_ia="Morteau",
        client_address_data_ia="21 rue des Gentianes",
        client_postal_code_data_ia="25500",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="moins_de_80",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="120",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="81",
        age_mme_data_ia="77",
        situation_familiale_data_ia="marié, 1 enfant",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="retraitée",
        revenu_data_ia="2900 euros par mois",
        creneau_rappel_data_ia="lundi matin",
        heure_rappel_data_ia="10h",
        **OWNER,
    ),
    script(
        "h18_loches_robot",
        "a suspicious divorcee at Loches who asks whether the agent is a real person or a robot,"
        " checks the firm on the internet while they talk (its address in Tours, 'avenue de"
        " Grammont', is the firm's, not hers), will sign nothing and give no bank details; she"
        " confirms the spelt surname (Brossier) and gives her first name grudgingly ('Vous ne"
        " l'avez pas, sur votre demande ? Nathalie'), 'Oui. Seule, depuis le divorce' (oui), '4 bis"
        " rue des Jardins. À Loches. Trente-sept, six cents' (4 bis, 37600), 'À l'électrique. Des"
        " vieux convecteurs' (électrique), 'Entre quatre-vingts et cent euros par mois' (entre 80"
        " et 100, mensuelle: only the band is said), 'Quatre-vingts mètres carrés' (80), 'De"
        " l'ardoise' (ardoises), the orientation withheld ('votre conseiller le verra bien': '-'),"
        " free roof space never discussed ('-'), 'Cinquante-deux ans' (52), 'Divorcée ... Deux"
        " enfants' (divorcée, 2 enfants; the granddaughter on Wednesdays is no child of hers), 'à"
        " la mairie de Loches, à l'état civil. Fonctionnaire' (fonctionnaire), the income refused"
        " ('Ça ne vous regarde pas': '-'), 'Le soir, après le travail. Pas le mercredi' settled by"
        " the agent's 'Mardi soir, dix-huit heures trente' (mardi soir, 18h30), and her mobile"
        " corrected as she gives it ('trente-trois ... Non, treize, pardon': 0647191358)",
        """
        A: Bonjour madame, Quentin, de Touraine Soleil Habitat. Madame Brossier ?
        C: Qui la demande ?
        A: Quentin, de Touraine Soleil Habitat. Je vous appelle suite à votre demande d'étude pour
           des panneaux solaires.
        C: Attendez. Vous êtes une vraie personne, ou un de ces robots ? Parce que la semaine
           dernière, j'ai parlé cinq minutes à une voix avant de comprendre que c'était un
           ordinateur.
        A: Une vraie personne, madame, je vous rassure. Je suis à Tours, dans nos bureaux.
        C: C'est ce que dirait un robot. Bon. Votre société, elle a une adresse ? Je regarde sur
           internet pendant qu'on parle.
        A: Bien sûr : Touraine Soleil Habitat, avenue de Grammont, à Tours. Vous trouverez aussi
           notre certification sur notre site.
        C: ... Oui, je vous vois. Bon. Je vous écoute, mais je ne signe rien au téléphone, et je ne
           donne pas de RIB.
        A: Rien de tout ça, madame : c'est une étude gratuite. Je vérifie votre nom : B, R, O, deux
           S, I, E, R ?
        C: C'est ça.
        A: Et votre prénom ?
        C: Vous ne l'avez pas, sur votre demande ? Nathalie.
        A: Merci. Vous êtes propriétaire de votre maison ?
        C: Oui. Seule, depuis le divorce : j'ai racheté la part de mon ex-mari. J'ai mis douze ans à
           la payer, alors on ne me la prendra pas avec un crédit de panneaux.
        A: Personne ne vous demandera ça aujourd'hui. L'adresse ?
        C: Quatre bis, rue des Jardins. À Loches. Trente-sept, six cents.
        A: 4 bis rue des Jardins, 37600 Loches. Vous vous chauffez comment ?
        C: À l'électrique. Des vieux convecteurs, des grille-pain, comme on dit. C'est pour ça que
           j'ai fait la demande, d'ailleurs.
        A: Et votre facture d'électricité ?
        C: Entre quatre-vingts et cent euros par mois. Je ne vous donnerai pas le chiffre exact :
           vous n'en avez pas besoin.
        A: Ça me suffit. La surface de la maison ?
        C: Quatre-vingts mètres carrés. Une maison de ville, sur deux étages.
        A: Et le toit ?
        C: De l'ardoise. Comme toute la ville.
        A: Et il est orienté comment ?
        C: Ça, votre conseiller le verra bien quand il viendra. Je ne vais pas vous décrire ma
           maison au téléphone.
        A: Très bien. Votre âge, madame ?
        C: Cinquante-deux ans. L'âge de ne plus se faire avoir.
        A: Vous êtes mariée ?
        C: Divorcée, je vous l'ai dit. Deux enfants, grands, qui ne vivent plus avec moi.
        A: Et vous travaillez ?
        C: Je suis à la mairie de Loches, à l'état civil. Fonctionnaire. Alors les papiers et les
           signatures, je connais : je lis tout, jusqu'aux petites lignes.
        A: Et le revenu du foyer, à peu près ?
        C: Ça, non. Ça ne vous regarde pas. Je le dirai au conseiller, si j'en ai envie.
        A: Pas de souci. Quand est-ce qu'un conseiller pourrait vous rappeler ?
        C: Le soir, après le travail. Pas le mercredi : j'ai ma petite-fille.
        A: Mardi soir, dix-huit heures trente ?
        C: Mardi, dix-huit heures trente. D'accord.
        A: Sur quel numéro ?
        C: Mon portable : zéro six, quarante-sept, dix-neuf, trente-trois, cinquante-huit. Non,
           treize, pardon : dix-neuf, treize. Zéro six, quarante-sept, dix-neuf, treize,
           cinquante-huit.
        A: 06 47 19 13 58. Merci, madame Brossier.
        C: Et s'il m'appelle d'un numéro masqué, je ne décroche pas. Dites-le-lui. Au revoir.
        """,
        client="Mme",
        objections=(
            "méfiante (robots, démarchage) ; ne signe rien, pas de RIB ; refuse de dire son revenu"
        ),
        client_first_name_data_ia="Nathalie",
        client_last_name_data_ia="Brossier",
        client_phone_number="0647191358",
        client_city_data_ia="Loches",
        client_address_data_ia="4 bis rue des Jardins",
        client_postal_code_data_ia="37600",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="entre 80 et 100",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="80",
        toiture_data_ia="ardoises",
        age_mme_data_ia="52",
        situation_familiale_data_ia="divorcée, 2 enfants",
        activite_mme_data_ia="fonctionnaire",
        creneau_rappel_data_ia="mardi soir",
        heure_rappel_data_ia="18h30",
        **OWNER,
    ),
    script(
        "h18_auch_code_corrige",
        "a chatty retired PE teacher at Auch who wanders (the agent's accent, the Pyrenees as a"
        " weather sign, magrets, rugby, armagnac, croustade) and asks back whether panels stand"
        " hail; he spells his surname unasked ('L, A, deux S, E, deux R, E': Lasserre) and names"
        " himself (Serge), owner for thirty years (oui), '12 rue des Pyrénées. Justement. À Auch'"
        " and the code corrected after the agent reads it back ('Trente-deux, cent.' '32100 Auch ?'"
        " 'Non, non, pardon ! Trente-deux cent, c'est Condom, chez ma sœur ... Moi, c'est"
        " trente-deux mille': 32000), 'Au gaz de ville' (gaz; the fireplace is for the magrets),"
        " 'Plus de cent euros par mois, ça, c'est sûr' (plus_de_100, mensuelle: only the band is"
        " said), 'Cent trente mètres carrés, à peu près. Sans la terrasse' (130), 'Tuiles canal'"
        " (tuiles), 'il regarde les Pyrénées. Le sud, quoi' (sud), 'Vingt ? Oui, oui. Au moins'"
        " (20m), 'Soixante-six ans' (66), his wife's birth year corrected ('Elle est de"
        " soixante-trois. Non, attendez : soixante-deux': 64 in 2026), 'Deux garçons ... Mariés"
        " depuis quarante ans' (marié, 2 enfants), 'je suis retraité' (retraité; thirty-seven years"
        " of teaching are no age), his wife's pharmacy 'À son compte depuis quatre-vingt-dix-huit'"
        " (indépendante depuis 28 ans), the income left out ('ne mettez rien': '-'), 'Le lundi,"
        " c'est son jour de repos ... l'après-midi, plutôt' settled by the agent's 'Lundi, quinze"
        " heures' (lundi après-midi, 15h), the landline (main) and his wife's mobile (tel2) in"
        " pairs",
        """
        A: Bonjour monsieur, Lucie, de Gascogne Énergie Solaire. Monsieur Lasserre ?
        C: Lui-même ! Bonjour, mademoiselle. Vous avez l'accent d'où, vous ? Pas d'ici, en tout cas.
        A: De Toulouse, monsieur. Je vous appelle pour votre demande d'étude de panneaux solaires.
        C: Toulouse ! Bon, on vous pardonne, c'est presque le Gers. Les panneaux, oui, c'est moi.
           Lasserre : L, A, deux S, E, deux R, E. Serge Lasserre.
        A: Merci, monsieur Lasserre. Vous êtes propriétaire ?
        C: Oui, depuis trente ans. Une maison avec une terrasse, et la vue sur les Pyrénées quand il
           fait beau. Ce matin, on les voyait, d'ailleurs : ça veut dire qu'il va pleuvoir demain.
        A: Et l'adresse ?
        C: Douze, rue des Pyrénées. Justement. À Auch. Trente-deux, cent.
        A: 32100 Auch ?
        C: Non, non, pardon ! Trente-deux cent, c'est Condom, chez ma sœur : je lui ai envoyé un
           colis hier, j'ai encore son code dans la tête. Moi, c'est trente-deux mille. Auch,
           trente-deux mille.
        A: 12 rue des Pyrénées, 32000 Auch. Vous vous chauffez comment ?
        C: Au gaz de ville. Une chaudière. Et la cheminée, mais la cheminée, c'est pour griller les
           magrets, pas pour chauffer.
        A: Et votre facture d'électricité ?
        C: Plus de cent euros par mois, ça, c'est sûr. Le chiffre exact, c'est ma femme qui l'a, et
           elle est au travail.
        A: Plus de cent par mois. Et la surface de la maison ?
        C: Cent trente mètres carrés, à peu près. Sans la terrasse.
        A: Et le toit ?
        C: Tuiles canal. Comme toute la Gascogne. Et dites, ça tient, vos panneaux, avec la grêle ?
           Parce qu'ici, la grêle, au mois de juin, ça ne pardonne pas.
        A: Oui, monsieur : les panneaux sont testés contre la grêle, et ils sont couverts par
           l'assurance de la maison. Le toit est orienté comment ?
        C: Le grand pan, côté terrasse, il regarde les Pyrénées. Le sud, quoi. Le soleil tape dessus
           du matin au soir.
        A: Et il y aurait une vingtaine de mètres carrés libres ?
        C: Vingt ? Oui, oui. Au moins.
        A: Très bien. Votre âge, monsieur ?
        C: Soixante-six ans. Je ne les fais pas, hein ? C'est l'armagnac : un petit verre par jour,
           pas plus.
        A: Et votre épouse ?
        C: Elle est de soixante-trois. Non, attendez : soixante-deux. Soixante-deux ; si elle
           apprend que je me suis trompé, je dors sur la terrasse.
        A: Vous avez des enfants ?
        C: Deux garçons. Les deux ont joué au rugby, ici, au club : le grand a même été champion de
           France, en junior. Mariés depuis quarante ans, avec ma femme. Quarante ans, vous vous
           rendez compte ?
        A: Et vous travaillez encore ?
        C: Non, moi, je suis retraité. J'étais professeur d'EPS, au lycée, pendant trente-sept ans.
           Ma femme, elle, travaille encore : elle a sa pharmacie, en ville. À son compte depuis
           quatre-vingt-dix-huit.
        A: Et le revenu du foyer, à peu près ?
        C: Là, il faudrait demander à ma femme. Moi, je dirais une bêtise : ne mettez rien.
        A: Pas de souci. Quand est-ce qu'un conseiller pourrait vous rappeler, avec votre épouse ?
        C: Avec elle ? Alors pas le samedi, la pharmacie est ouverte... Le lundi, c'est son jour de
           repos. Le matin, elle dort, elle récupère : l'après-midi, plutôt.
        A: Lundi, quinze heures ?
        C: Lundi, quinze heures. Parfait. Elle sera là, et moi aussi, sauf si je suis au jardin.
        A: Sur quel numéro ?
        C: Le fixe : zéro cinq, soixante-deux, soixante et un, quarante-huit, vingt-neuf. Et le
           portable de ma femme, si je ne réponds pas : zéro six, quatre-vingt-sept, zéro trois,
           cinquante-cinq, vingt.
        A: 05 62 61 48 29, et 06 87 03 55 20. Merci, monsieur Lasserre, bonne journée.
        C: Merci, mademoiselle. Et si vous passez dans le Gers, goûtez la croustade ! Au revoir.
        """,
        client="Mr",
        objections="craint la grêle",
        client_first_name_data_ia="Serge",
        client_last_name_data_ia="Lasserre",
        client_phone_number="0562614829",
        client_city_data_ia="Auch",
        client_address_data_ia="12 rue des Pyrénées",
        client_postal_code_data_ia="32000",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="plus_de_100",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="130",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="66",
        age_mme_data_ia="64",
        situation_familiale_data_ia="marié, 2 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="indépendante depuis 28 ans",
        tel2_data_ia="0687035520",
        creneau_rappel_data_ia="lundi après-midi",
        heure_rappel_data_ia="15h",
        **OWNER,
    ),
    script(
        "h18_lunel_bain",
        "a young electrician at Lunel giving his two boys their bath, who spells his first name"
        " ('J, E accent aigu, R, E accent aigu, M, Y': Jérémy) after confirming the spelt surname"
        " (Ramos), 'on a fait construire il y a deux ans' (oui), '9 rue des Micocouliers, à Lunel."
        " Trente-quatre, quatre cents' (34400; the arenas are a landmark), 'Une pompe à chaleur. De"
        " l'air-air : des clims réversibles' (pompe à chaleur); his partner Océane takes the phone"
        " (her first name is not the client's; entretien stays 'Mr', who took the call): 'cent"
        " quarante-deux euros par mois' (142, mensuelle), 'Cent mètres carrés pile, c'est sur les"
        " plans' (100; the garage is not counted), 'Des tuiles romanes' (tuiles), 'le grand pan est"
        " plein sud' (sud), 'Trente, d'après le plan' (20m), 'Moi, vingt-sept ans. Jérémy,"
        " vingt-neuf. Trente le mois prochain' (27, 29), 'Pacsés. Deux garçons' (pacsé, 2 enfants,"
        " in the client's gender), 'en congé parental' (en congé parental; the sports shop was"
        " before), 'Jérémy est électricien ... En CDI' (CDI), 'Deux mille huit cents par mois, avec"
        " les allocations' (2800 euros par mois); back to him: 'Le soir ... Après vingt heures"
        " trente' and the agent's 'Jeudi soir, vingt heures trente' moved by him ('Plutôt vingt et"
        " une heures ... Jeudi, vingt et une heures': jeudi soir, 21h), his mobile in pairs with a"
        " 'zéro zéro' (main); he asks back whether he may do the wiring himself",
        """
        A: Bonjour monsieur, Léa, de Petite Camargue Solaire. Monsieur Ramos ?
        C: Oui, c'est moi. Excusez le bruit : c'est l'heure du bain, j'ai deux petits dans la
           baignoire. Allez-y, je vous écoute d'une oreille.
        A: Je fais vite. C'est pour votre demande d'étude de panneaux solaires. Je vérifie : Ramos,
           R, A, M, O, S ?
        C: C'est ça. Et le prénom, Jérémy : J, E accent aigu, R, E accent aigu, M, Y. Avec un Y, pas
           I, E.
        A: Merci. Vous êtes propriétaire ?
        C: Oui, on a fait construire il y a deux ans, dans le nouveau lotissement, pas loin des
           arènes. Lucas, on ne jette pas l'eau par terre !
        A: Et l'adresse ?
        C: Neuf, rue des Micocouliers, à Lunel. Trente-quatre, quatre cents.
        A: 9 rue des Micocouliers, 34400 Lunel. Vous vous chauffez comment ?
        C: Une pompe à chaleur. De l'air-air : des clims réversibles dans chaque pièce, qui
           chauffent l'hiver. Maison neuve : pas de gaz, pas de cheminée.
        A: Et votre facture d'électricité ?
        C: Ça, c'est ma compagne qui sait. Océane ! C'est pour l'électricité ! ... Je vous la passe,
           je prends sa place au bain.
        C: Bonjour ! Alors, l'électricité, on paie cent quarante-deux euros par mois. C'est la clim,
           l'été : à Lunel, en août, on ne vit pas sans.
        A: Cent quarante-deux par mois. Vous connaissez la surface ?
        C: Cent mètres carrés pile, c'est sur les plans. Il y a le garage à côté, mais lui, il n'est
           pas compté.
        A: Et le toit ?
        C: Des tuiles romanes, rouges.
        A: Et l'orientation ?
        C: Ça, on l'a choisie : le grand pan est plein sud. Le constructeur nous l'avait conseillé,
           justement pour mettre des panneaux un jour.
        A: Et il y aurait une vingtaine de mètres carrés libres ?
        C: Trente, d'après le plan. Il n'y a rien dessus.
        A: Parfait. Et vos âges ?
        C: Moi, vingt-sept ans. Jérémy, vingt-neuf. Trente le mois prochain : il en fait toute une
           histoire.
        A: Vous êtes mariés ?
        C: Pacsés. Deux garçons : trois ans, et dix-huit mois. Vous les entendez, je crois.
        A: Je les entends, oui. Et vous travaillez ?
        C: Moi, je suis en congé parental, depuis le petit. Avant, j'étais vendeuse dans un magasin
           de sport. Jérémy est électricien, dans une entreprise de Montpellier. En CDI.
        A: Et le revenu du foyer, à peu près ?
        C: Deux mille huit cents par mois, avec les allocations.
        A: Merci. Quand est-ce qu'un conseiller pourrait vous rappeler ?
        C: Le soir, quand les petits dorment. Attendez, je vous repasse Jérémy, c'est lui qui est là
           le soir... Jérémy !
        C: Oui ? Le soir, oui. Après vingt heures trente.
        A: Jeudi soir, vingt heures trente ?
        C: Jeudi... Plutôt vingt et une heures, le temps qu'ils s'endorment. Ils ne s'endorment
           jamais à l'heure. Jeudi, vingt et une heures.
        A: Jeudi, vingt et une heures. Sur quel numéro ?
        C: Mon portable : zéro six, vingt, quarante-quatre, zéro zéro, quinze. Et dites, je suis
           électricien : le raccordement, je pourrais le faire moi-même ?
        A: Pour avoir les aides, il faut un installateur certifié ; le conseiller vous expliquera.
           Le 06 20 44 00 15, c'est noté. Merci, monsieur Ramos, bonne soirée.
        C: Merci. Au revoir !
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Jérémy",
        client_last_name_data_ia="Ramos",
        client_phone_number="0620440015",
        client_city_data_ia="Lunel",
        client_address_data_ia="9 rue des Micocouliers",
        client_postal_code_data_ia="34400",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="142",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="100",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="29",
        age_mme_data_ia="27",
        situation_familiale_data_ia="pacsé, 2 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="en congé parental",
        revenu_data_ia="2800 euros par mois",
        creneau_rappel_data_ia="jeudi soir",
        heure_rappel_data_ia="21h",
        **OWNER,
    ),
    script(
        "h18_bourgoin_de_nuit",
        "a production operator on rotating shifts at Bourgoin-Jallieu, woken by the call after a"
        " night shift and hesitant ('Mmh...', 'Euh...', 'je crois'), who confirms the spelt surname"
        " with a joke ('Comme révolution, sans la fin') and names himself (Ludovic Revol), owner"
        " with the bank of a semi-detached house (oui), '15 impasse des Pervenches. Trente-huit"
        " mille trois cents, Bourgoin-Jallieu' (38300, as thousands), 'Une chaudière gaz' with a"
        " wood stove seldom lit (gaz), the yearly bill ('mille trois cent cinquante euros sur"
        " l'année': 1350, annuelle; 'mensualisés' is how they pay), 'Quatre-vingt-cinq mètres"
        " carrés... je crois' (85, hedged), 'Des tuiles' (tuiles), the orientation unknown ('Je ne"
        " sais pas, franchement': '-'), 'la moitié du toit est au voisin ... peut-être quinze"
        " mètres carrés' (moins de 20m), 'Quarante et un ans' (41), his wife 'née en"
        " quatre-vingt-huit. Le vingt-neuf février' (38 in 2026; 'une année sur quatre' is no age),"
        " 'Mariés, oui. Trois enfants : deux à nous, et le grand de ma femme ... Il vit avec nous'"
        " (marié, 3 enfants: the stepson living with them counts, as he counts him), 'opérateur de"
        " production ... En CDI, en trois-huit' (CDI), she 'préparatrice de commandes, chez un"
        " logisticien' (the job, no status said; Saint-Quentin-Fallavier is where she works),"
        " 'quarante-trois mille par an' with the night bonuses (43000 euros par an), 'l'après-midi,"
        " quand je suis levé. Après quinze heures' settled by the agent's 'Demain, seize heures'"
        " (demain après-midi, 16h), his mobile (main) and his wife's (tel2) in pairs",
        """
        A: Bonjour monsieur, Margaux, de Nord-Isère Énergie. Monsieur Revol ?
        C: Mmh... oui. Oui, c'est moi. Excusez-moi, je dormais : je suis de nuit, cette semaine. Je
           suis en trois-huit.
        A: Je suis désolée, monsieur. Je peux rappeler plus tard, si vous préférez.
        C: Non, non, allez-y, maintenant je suis réveillé. C'est pour les panneaux, c'est ça ?
        A: C'est ça, votre demande d'étude. Je vérifie votre nom : R, E, V, O, L ?
        C: Revol, oui. Comme révolution, sans la fin. Ludovic Revol.
        A: Merci. Vous êtes propriétaire ?
        C: Oui. Enfin, avec la banque. Une maison mitoyenne, dans un lotissement, à Bourgoin. On l'a
           achetée il y a six ans.
        A: Et l'adresse ?
        C: Quinze, impasse des Pervenches. Trente-huit mille trois cents, Bourgoin-Jallieu.
        A: 15 impasse des Pervenches, 38300 Bourgoin-Jallieu. Vous vous chauffez comment ?
        C: Au gaz. Une chaudière gaz, qui était là quand on a acheté. On a mis un poêle à bois l'an
           dernier, mais on ne l'allume pas souvent : avec nos horaires, on n'est jamais là ensemble
           pour en profiter.
        A: Et votre facture d'électricité ?
        C: Euh... On est mensualisés, et on reçoit une facture par an. La dernière... mille trois
           cent cinquante, je crois. Mille trois cent cinquante euros sur l'année.
        A: Mille trois cent cinquante par an. La surface de la maison ?
        C: Quatre-vingt-cinq mètres carrés... je crois. Ma femme saurait mieux que moi. Oui,
           quatre-vingt-cinq.
        A: Et le toit ?
        C: Des tuiles. Des tuiles normales, rouges.
        A: Vous savez comment il est orienté ?
        C: Alors là... Le soleil, je ne le vois pas beaucoup, avec mes horaires. Je ne sais pas,
           franchement.
        A: Ce n'est pas grave, le conseiller regardera. Sur votre partie du toit, il y aurait une
           vingtaine de mètres carrés libres ?
        C: Ah, ça, je ne pense pas. La maison est mitoyenne, la moitié du toit est au voisin. Notre
           partie, il y a peut-être quinze mètres carrés. Et encore, avec le velux...
        A: D'accord. Votre âge, monsieur ?
        C: Quarante et un ans.
        A: Et votre épouse ?
        C: Elle est née en quatre-vingt-huit. Le vingt-neuf février, en plus : elle ne fête son
           anniversaire qu'une année sur quatre.
        A: Vous avez des enfants ?
        C: Mariés, oui. Trois enfants : deux à nous, et le grand de ma femme, qu'elle avait avant.
           Il vit avec nous, c'est comme le mien.
        A: Et vous travaillez dans quoi ?
        C: Je suis opérateur de production, dans une usine de plasturgie, à côté. En CDI, en
           trois-huit. Et ma femme est préparatrice de commandes, chez un logisticien, à
           Saint-Quentin-Fallavier. Elle fait les matins, cette semaine : quatre heures, midi. On se
           croise.
        A: Et le revenu du foyer, à peu près ?
        C: Avec les primes de nuit... quarante-trois mille par an. À peu près.
        A: Merci. Quand est-ce qu'un conseiller pourrait vous rappeler ?
        C: Cette semaine, je suis de nuit, donc l'après-midi, quand je suis levé. Après quinze
           heures. Et ma femme rentre vers une heure : elle sera là aussi.
        A: Demain, seize heures ?
        C: Demain, seize heures. Oui, ça va.
        A: Sur quel numéro ?
        C: Celui-là, mon portable. Zéro six, cinquante-deux, quatre-vingt-dix, soixante-trois, onze.
           Et si je dors, celui de ma femme : zéro six, dix-huit, vingt-quatre, trente-sept,
           quatre-vingt-seize.
        A: 06 52 90 63 11, et 06 18 24 37 96. Merci, monsieur Revol. Rendormez-vous bien.
        C: Merci. Au revoir.
        """,
        client="Mr",
        objections="peu de place sur le toit (maison mitoyenne, velux)",
        client_first_name_data_ia="Ludovic",
        client_last_name_data_ia="Revol",
        client_phone_number="0652906311",
        client_city_data_ia="Bourgoin-Jallieu",
        client_address_data_ia="15 impasse des Pervenches",
        client_postal_code_data_ia="38300",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="1350",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="85",
        toiture_data_ia="tuiles",
        toit_libre="moins de 20m",
        age_mr_data_ia="41",
        age_mme_data_ia="38",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="préparatrice de commandes",
        revenu_data_ia="43000 euros par an",
        tel2_data_ia="0618243796",
        creneau_rappel_data_ia="demain après-midi",
        heure_rappel_data_ia="16h",
        **OWNER,
    ),
    script(
        "h18_chateau_thierry_refus",
        "a firm refusal at Château-Thierry from a woman whose husband signed with a door-to-door"
        " salesman two years ago for a heat pump that 'fait un bruit d'avion, elle consomme comme"
        " quatre' while the firm vanished and the loan runs eight more years; what she lets fall:"
        " 'On est propriétaires' (oui), the heat pump they still run (pompe à chaleur: the only"
        " heating said), her age corrected ('on a soixante-dix ans passés tous les deux, enfin, moi"
        " soixante-huit, mon mari soixante-douze': 68 and 72), 'ici, à Château-Thierry'"
        " (Château-Thierry); surname from the greeting, no first name, no number, 'mon mari' says"
        " no status in so many words ('-'), 'Retirez-le' and 'vous ne serez plus appelée' (Non"
        " intéressant, Non)",
        """
        A: Bonjour madame, Florian, de Champagne Picardie Énergie. Madame Delaporte ?
        C: Oui. C'est pour quoi ?
        A: Je vous appelle au sujet des panneaux solaires, madame. Nous proposons des études
           gratuites aux propriétaires de maisons, dans le secteur, et...
        C: Non. Non, merci. Les panneaux, les pompes à chaleur, l'isolation à un euro : on a déjà
           donné.
        A: Vous avez eu une mauvaise expérience ?
        C: Une mauvaise expérience ! Il y a deux ans, un monsieur très gentil, comme vous, est venu
           chez nous. Il a fait signer mon mari pour une pompe à chaleur. Elle fait un bruit
           d'avion, elle consomme comme quatre, et la société a disparu. On a encore le crédit pour
           huit ans.
        A: Je suis désolé, madame. Justement, des panneaux pourraient réduire...
        C: Non. Je vous arrête. On est propriétaires, on a soixante-dix ans passés tous les deux,
           enfin, moi soixante-huit, mon mari soixante-douze, et on ne signera plus rien avec
           personne. Plus jamais.
        A: Je comprends tout à fait. Nous ne faisons rien signer au téléphone, c'est seulement une
           étude...
        C: C'est ce qu'il a dit aussi, le monsieur : une étude. Écoutez, ici, à Château-Thierry, la
           moitié du quartier s'est fait avoir, les voisins aussi. Vous n'êtes peut-être pas
           malhonnête, mais moi, je ne sais plus faire la différence.
        A: Je l'entends, madame. Voulez-vous que je retire votre numéro de notre fichier ?
        C: Oui. Retirez-le. Et ne rappelez pas le soir : mon mari a le cœur fragile, chaque fois que
           le téléphone sonne, il croit que c'est l'huissier.
        A: C'est noté, madame : vous ne serez plus appelée. Je vous souhaite une bonne journée,
           malgré tout.
        C: Au revoir.
        """,
        client="Mme",
        objections=(
            "escroquée par un démarcheur (pompe à chaleur) ; ne signe plus rien ; ne pas rappeler"
        ),
        client_last_name_data_ia="Delaporte",
        client_city_data_ia="Château-Thierry",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        age_mr_data_ia="72",
        age_mme_data_ia="68",
        **LOST,
    ),
    script(
        "h18_montmorillon_locataire",
        "a separated mason at Montmorillon who rents a small stone house from an old farmer next"
        " door ('le père Marcel': his age of 88 and his wood heating are the landlord's, not the"
        " client's) and asks back whether he could pay for panels himself; he confirms the spelt"
        " surname ('Avec un D, oui. Rivaud') and spells his first name ('Franck, avec C, K'), 'Non,"
        " je loue' (non: Non intéressant), 'À l'électrique. Des convecteurs' with a paraffin heater"
        " on the coldest days (électrique), 'Soixante-dix euros par mois. Mensualisé' (70,"
        " mensuelle), '3 rue du Four, à Montmorillon. Le code postal, c'est 86500' (86500, in"
        " digits), 'Séparé. J'ai mes deux enfants une semaine sur deux' (séparé, 2 enfants), 'maçon"
        " ... En CDI depuis quinze ans' (CDI; Lussac is where the firm is), the roof's tiles he put"
        " back himself (tuiles), 'Quarante-quatre ans. Quarante-cinq à la Toussaint' (44), the"
        " mobile the agent reads from the form and he confirms (main); no callback agreed: he will"
        " call if the landlord agrees (Non)",
        """
        A: Bonjour monsieur, Estelle, de Poitou Soleil Conseil. Monsieur Rivaud ?
        C: Oui, c'est moi. Bonjour. C'est pour les panneaux ? J'ai rempli votre formulaire sur
           internet dimanche soir, je ne pensais pas que vous rappelleriez si vite.
        A: Eh oui, monsieur. Je vérifie votre nom : R, I, V, A, U, D ?
        C: Avec un D, oui. Rivaud. Et Franck, avec C, K.
        A: Merci. Vous êtes propriétaire de votre maison ?
        C: Ah. Non, je loue. C'est une petite maison, à Montmorillon, qui appartient à un ancien
           agriculteur, le père Marcel : il habite juste à côté. Mais il est gentil. Si je lui
           demande, il dira peut-être oui ? Et je pourrais les payer moi-même, les panneaux, s'il
           est d'accord ?
        A: C'est le propriétaire qui décide pour le toit, et c'est en général lui qui fait les
           travaux et qui touche les aides. Si monsieur Marcel est intéressé, il peut nous appeler.
        C: Le père Marcel ? Il a quatre-vingt-huit ans, il se chauffe au bois, et il dit que
           l'électricité, c'est une mode. Je lui demanderai, mais bon.
        A: Je garde quand même votre demande. Vous vous chauffez comment, vous ?
        C: À l'électrique. Des convecteurs, et un poêle à pétrole dans la pièce du bas, quand il
           fait vraiment froid. La maison est mal isolée, c'est de la vieille pierre.
        A: Et votre facture d'électricité ?
        C: Soixante-dix euros par mois. Mensualisé. L'hiver, avec le pétrole en plus, ça fait cher.
        A: Et l'adresse, pour votre dossier ?
        C: Trois, rue du Four, à Montmorillon. Le code postal, c'est 86500.
        A: 3 rue du Four, 86500 Montmorillon. Vous vivez seul ?
        C: Seul, oui. Séparé. J'ai mes deux enfants une semaine sur deux : un garçon de douze ans et
           une fille de neuf.
        A: Et vous travaillez ?
        C: Je suis maçon, dans une petite entreprise, à Lussac. En CDI depuis quinze ans. Et vous
           savez quoi ? Je connais le toit de la maison mieux que le père Marcel : c'est moi qui ai
           remis les tuiles qui avaient glissé, après la tempête.
        A: Alors vous connaissez bien la maison. Vous avez quel âge, si ce n'est pas indiscret ?
        C: Quarante-quatre ans. Quarante-cinq à la Toussaint.
        A: Merci, monsieur Rivaud. Je garde votre demande avec ce numéro, le 07 68 21 54 09 : c'est
           bien le vôtre ?
        C: Oui, c'est mon portable. Si le père Marcel dit oui, je vous rappelle. Mais je ne vous
           promets rien.
        A: Très bien. Et si un jour vous achetez, nous serons là. Bonne journée, monsieur.
        C: Merci, vous aussi. Au revoir.
        """,
        client="Mr",
        objections="locataire ; le propriétaire, âgé, décide et ne croit pas à l'électricité",
        client_first_name_data_ia="Franck",
        client_last_name_data_ia="Rivaud",
        client_phone_number="0768215409",
        client_city_data_ia="Montmorillon",
        client_address_data_ia="3 rue du Four",
        client_postal_code_data_ia="86500",
        proprietaire_data_ia="non",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="70",
        mensuelle_annuelle_data_ia="mensuelle",
        toiture_data_ia="tuiles",
        age_mr_data_ia="44",
        situation_familiale_data_ia="séparé, 2 enfants",
        activite_mr_data_ia="CDI",
        **LOST,
    ),
    script(
        "h18_brignoles_faux_numero",
        "a wrong number: the agent asks for madame Sylvie Pujol at Saint-Maximin; the man who"
        " answers jokes that his is not a Sylvie's voice, lives 'à Brignoles' and has had the"
        " number since his first mobile, twenty years at least, gets her calls for the second time"
        " this week, asks whether panels work, lives in 'un appartement, au troisième, dans la"
        " vieille ville' (a flat says neither owner nor tenant: '-') and 'à cinquante-huit ans'"
        " (58) starts no works; the fiche describes him (city Brignoles, age 58, entretien 'Mr'),"
        " not the lead in the file (Saint-Maximin and her name are not gold); his mother's visits"
        " say no family status ('-')",
        """
        A: Bonjour monsieur, Justine, de Provence Verte Énergie. Je souhaiterais parler à madame
           Sylvie Pujol, s'il vous plaît.
        C: Sylvie ? Ah non, ici, il n'y a pas de Sylvie. Il y a moi, et ma voix, vous l'entendez :
           ce n'est pas celle d'une Sylvie.
        A: Excusez-moi, monsieur. J'ai ce numéro pour une demande d'étude de panneaux solaires, au
           nom de madame Pujol, à Saint-Maximin.
        C: À Saint-Maximin ? Je n'y mets jamais les pieds, sauf pour la basilique, quand ma mère
           vient me voir. Moi, je suis à Brignoles. Et ce numéro, je l'ai depuis mon premier
           portable : ça fait vingt ans, au moins.
        A: Alors elle a dû se tromper en le tapant. Je suis désolée pour le dérangement.
        C: Ce n'est pas grave. Vous êtes la deuxième, cette semaine. La première voulait me vendre
           une mutuelle, pour la même dame. Elle a de la chance, elle : personne ne l'embête. C'est
           moi qu'on appelle.
        A: Je vais corriger notre fichier : vous ne serez plus appelé pour elle.
        C: Merci. Et dites, par curiosité, ça marche bien, les panneaux ? Parce qu'ici, le soleil,
           on en a à revendre.
        A: Très bien, oui, surtout dans le Var. Et vous-même, vous habitez une maison ?
        C: Moi ? Non, un appartement, au troisième, dans la vieille ville. Le toit, c'est celui de
           tout l'immeuble, et le syndic ne décide jamais rien. Et puis, à cinquante-huit ans, je ne
           vais pas me lancer dans les travaux.
        A: Je comprends. Je vous souhaite une bonne journée, monsieur, et encore pardon.
        C: Bonne journée, mademoiselle. Et si vous la trouvez, votre Sylvie, dites-lui de vérifier
           son numéro !
        """,
        client="Mr",
        objections="mauvais numéro",
        client_city_data_ia="Brignoles",
        age_mr_data_ia="58",
        **LOST,
    ),
    script(
        "h18_avallon_partiel",
        "a partial call: a sheep farmer at Avallon in the middle of lambing, in the barn, who"
        " confirms the spelt surname (Chevillard) and gives her first name with a joke ('Agnès,"
        " comme les agneaux'), 'Oui, avec mon mari. C'était la ferme de ses parents' (oui), 'à la"
        " sortie, du côté de Lormes ... au bout du chemin' (no street or number: '-') and the code"
        " digit by digit ('huit, neuf, deux, zéro, zéro': 89200), 'On est éleveurs de brebis, mon"
        " mari et moi' (éleveuse de brebis and éleveur de brebis: the job, no status said), 'Au"
        " bois. Une chaudière à bois' (bois; the old oil boiler no longer runs), the house bill"
        " every two months that she turns into a month herself ('cent quatre-vingt-dix euros ... Ça"
        " fait quatre-vingt-quinze par mois, à peu près': 95, mensuelle; the barn's meter is"
        " separate), then her husband calls her to a difficult birth before the surface, roof, ages"
        " or family are said ('-'): 'Ce soir, je serai encore à la bergerie ... Demain, en début"
        " d'après-midi ... Une heure et demie ?' (demain début d'après-midi, 13h30), and her mobile"
        " in pairs (main: the landline she was called on is never read out)",
        """
        A: Bonjour madame, Thomas, de Morvan Énergie Solaire. Madame Chevillard ?
        C: Oui, c'est moi. Je suis à la bergerie, je vous entends mal, avec les brebis. C'est pour
           quoi ?
        A: Pour votre demande d'étude de panneaux solaires, madame. Vous avez quelques minutes ?
        C: Quelques minutes, oui, pas plus : on est en plein agnelage. Allez-y.
        A: Je vérifie votre nom : C, H, E, V, I, deux L, A, R, D ?
        C: C'est ça, Chevillard. Et le prénom, Agnès, si vous ne l'avez pas. Agnès, comme les
           agneaux : on me le fait tous les printemps.
        A: Merci. Vous êtes propriétaire ?
        C: Oui, avec mon mari. C'était la ferme de ses parents ; on l'a reprise il y a quinze ans.
           On est éleveurs de brebis, mon mari et moi : trois cents mères.
        A: Et vous êtes à Avallon même ?
        C: Oui, à la sortie, du côté de Lormes : il n'y a que nous, au bout du chemin. Le code,
           c'est huit, neuf, deux, zéro, zéro.
        A: 89200 Avallon. Vous vous chauffez comment ?
        C: Au bois. Une chaudière à bois : on a nos haies, on coupe nous-mêmes. Il y a encore la
           vieille chaudière au fioul à côté, mais elle ne tourne plus depuis des années.
        A: Et votre facture d'électricité ?
        C: Pour la maison, c'est tous les deux mois : cent quatre-vingt-dix euros, la dernière. Ça
           fait quatre-vingt-quinze par mois, à peu près. La bergerie, c'est un autre compteur.
        A: Quatre-vingt-quinze par mois. Et la surface de la...
        C: Attendez... Mon mari m'appelle : il y a une brebis qui n'arrive pas à agneler. Je dois y
           aller, sinon on perd l'agneau. Vous pouvez me rappeler ?
        A: Bien sûr. Quand est-ce que ça vous arrange ?
        C: Ce soir, je serai encore à la bergerie, c'est sûr. Demain, en début d'après-midi, quand
           je rentre manger. Une heure et demie ?
        A: Demain, treize heures trente. Sur ce numéro ?
        C: Non, ça, c'est le fixe, je ne l'entends pas de la bergerie. Mon portable : zéro six,
           quarante et un, soixante-dix-neuf, zéro huit, vingt-deux.
        A: 06 41 79 08 22. Merci, madame Chevillard, et bon courage.
        C: Merci, au revoir !
        """,
        client="Mme",
        objections="pas disponible (agnelage) : rappel demandé",
        client_first_name_data_ia="Agnès",
        client_last_name_data_ia="Chevillard",
        client_phone_number="0641790822",
        client_city_data_ia="Avallon",
        client_postal_code_data_ia="89200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="95",
        mensuelle_annuelle_data_ia="mensuelle",
        activite_mr_data_ia="éleveur de brebis",
        activite_mme_data_ia="éleveuse de brebis",
        creneau_rappel_data_ia="demain début d'après-midi",
        heure_rappel_data_ia="13h30",
        **OWNER,
    ),
)
