"""Held-out set 25 (``h25_*`` calls, ``--held-out 25``): see ``benchmarks.calls``."""

from __future__ import annotations

from benchmarks._script import LOST, OWNER, Script, script

__all__ = ["HELD_OUT_25"]


# A twenty-fifth held-out set (names ``h25_*``), written after HELD_OUT_23, beside a twenty-fourth
# its writer never saw, by someone who read only this module's format and earlier sets,
# docs/quality.md's natural-voice set and its gold conventions, messages/lead.py and La Poste's
# communes list (for the code/town pairs): never the extractors, and none of them was run on it. A
# call centre's ordinary day again, in towns no earlier set used and spread across France with
# Martinique (Quintin, Mirecourt, Charolles, Fontenay-le-Comte, Montbard, Bailleul, Rumilly,
# Saint-Senier-sous-Avranches, Ribérac, Quillan, Le Vauclin, Lannemezan): eight owners, a refusal
# from a retired electrician frightened by a television report of panels on fire, a nurse who shares
# a rented house with two colleagues, a wrong number answered by a Flemish pensioner who already has
# panels, and a partial call whispered during a baby's nap. A home help answers for an old widower
# who takes the phone for the middle (entretien 'Mme', the fiche his); an old baker without his
# hearing aids hears 'le facteur' and 'la voiture' and his wife relays (entretien 'Mr'); a
# bottling-line worker on speakerphone puts his age right and has his surface overruled by his wife;
# a cattle breeder reads his answers off a sheet before the questions and ranks his two numbers; a
# wary woman checks the file number and puts her first name right. Clients correct a surname's
# letters, a first name, a postal code the agent offers (Chalon, not Charolles), a house number, an
# orientation (south, then west) and a landline that no longer exists; a couple moved from a rented
# flat at Avranches to a house at Saint-Senier-sous-Avranches (``adresse_modifiee`` 1). Postal codes
# in pairs, as thousands, digit by digit and in digits; bills per month, per two months (turned into
# a month), per year and as all three bands; ages direct and from a birth year; heating by a heat
# pump, propane, logs, pellets, oil, inertia radiators and old convectors, and none at all in
# Martinique; roofs of slate, tiles and corrugated iron, facing south, west, east, east and west,
# just sunny or unknown; jobs with a status (CDI, fonctionnaire, on one's own account since 1995,
# 2014, 2017 and 2020, retired, unemployed, parental leave) and without (a violin varnisher);
# surnames spelt (Le Quéré, Lehérissey, Bonnafous) and a first name spelt (Natacha); callback slots
# negotiated. The set's year is 2026. The gold is what a careful human fills from each call; where a
# value is debatable, the summary says why. Nobody tunes on it: never rendered, never part of
# ``FULL`` or ``SUBSET``; ``python -m benchmarks.extraction_quality --held-out 25`` scores it from
# its reference text.
HELD_OUT_25: tuple[Script, ...] = (
    script(
        "h25_quintin_aide_a_domicile",
        "a home help answers the landline of an 86-year-old widower at Quintin who hears badly,"
        " and he takes the phone for the middle of the call: entretien is 'Mme' (she took the call"
        " and speaks for most of it; her first name, Soizic, and his daughter's, Anne, are not the"
        " client's), the fiche is his: the surname spelt in two words and the first name confirmed"
        " (Joseph Le Quéré), 'Il l'a bâtie lui-même' (oui), '4 rue du Vau-Gaillard' and the code in"
        " pairs ('Vingt-deux, huit cents': 22800), 'une pompe à chaleur, depuis deux ans ... à la"
        " place de la chaudière au fioul' (pompe à chaleur; the fireplace is no longer lit), his"
        " 'Soixante-quinze euros. Tous les mois' (75, mensuelle), 'En ardoises' (ardoises), 'Le"
        " grand côté est au midi' (sud), no free roof space discussed ('-'), 'Je suis de quarante'"
        " (86 in 2026), 'Je suis veuf ... J'ai ma fille' (veuf, 1 enfant), 'Maçon, toute sa vie, à"
        " son compte. À la retraite depuis longtemps' (retraité: the trade and 'à son compte' are"
        " the past), the surface not known ('-'), Saturday afternoon with the agent's two o'clock"
        " moved ('Plutôt trois heures et demie': samedi après-midi, 15h30), his landline (main) and"
        " his daughter's mobile (tel2) in pairs",
        """
        A: Bonjour madame, Maëlys, de Bretagne Énergie Solaire. Je souhaiterais parler à monsieur
           Joseph Le Quéré, s'il vous plaît.
        C: Il est là, mais il ne prend plus guère le téléphone, il n'entend pas bien avec. Moi,
           c'est Soizic, son aide à domicile : je viens le matin, pour la toilette et le repas.
           C'est à quel sujet ?
        A: C'est pour une demande d'étude de panneaux solaires, faite à son nom.
        C: Ah, ça, c'est sa fille, Anne. Elle m'en a parlé la semaine dernière. Attendez, je lui
           demande... Monsieur Le Quéré ! C'est pour les panneaux, pour le toit ! ... Il dit que
           c'est Anne qui s'en occupe, et que je peux vous répondre pour ce que je sais.
        A: Merci beaucoup, madame. Je vérifie le nom : L, E, et Q, U, E accent aigu, R, E ?
        C: C'est ça, en deux mots : Le, et Quéré. Et Joseph, comme vous avez dit.
        A: Il est propriétaire de la maison ?
        C: Oh oui. Il l'a bâtie lui-même, il était maçon. Si vous lui laissez le temps, il vous
           racontera chaque pierre.
        A: Et l'adresse, c'est bien à Quintin ?
        C: Oui. Quatre, rue du Vau-Gaillard, à Quintin. En bas, près du Gouët. Vingt-deux, huit
           cents.
        A: 4 rue du Vau-Gaillard, 22800 Quintin. Et il se chauffe comment ?
        C: Il a une pompe à chaleur, depuis deux ans. C'est Anne qui l'a fait mettre, à la place de
           la chaudière au fioul : il ne pouvait plus descendre à la cave surveiller la cuve. Il
           reste la cheminée, mais il ne l'allume plus, le bois, c'est trop lourd pour lui.
        A: Et sa facture d'électricité, vous la connaissez ?
        C: Ça, non, ce n'est pas moi qui fais les papiers. Attendez, il me fait signe... Qu'est-ce
           qu'il y a, monsieur Le Quéré ? ... Il veut vous parler. Je vous le passe ; parlez-lui
           bien fort.
        C: Allô ? C'est la banque ?
        A: Non, monsieur, c'est Bretagne Énergie Solaire, pour les panneaux ! Bonjour, monsieur Le
           Quéré !
        C: Les panneaux, oui. C'est Anne. Qu'est-ce que vous voulez savoir ?
        A: Votre facture d'électricité, monsieur, elle est de combien ?
        C: L'électricité ? Soixante-quinze euros. Tous les mois, ils me les prennent sur le compte.
           Avant la pompe, c'était moins, mais il y avait le fioul à payer.
        A: Soixante-quinze euros par mois. Et votre toit, il est en ardoises ?
        C: En ardoises, oui, posées au crochet. C'est moi qui les ai posées, en soixante-huit, avec
           mon beau-frère. Le grand côté est au midi, sur le jardin : il a le soleil toute la
           journée, ce toit-là.
        A: Très bien. Vous avez quel âge, monsieur, si ce n'est pas indiscret ?
        C: Je suis de quarante. Mille neuf cent quarante, au mois d'août. Comptez, vous : moi, je ne
           compte plus.
        A: Quatre-vingt-six ans, alors. Vous vivez seul ?
        C: Seul, oui. Je suis veuf, ça fera six ans à la Toussaint. J'ai ma fille, Anne, à
           Saint-Brieuc, et la petite Soizic qui vient le matin. Tenez, je vous la repasse, je
           n'entends rien avec cet appareil.
        C: C'est encore moi. Il est fatigué, il a fait sa promenade jusqu'au pont ce matin.
        A: Pas de souci. Il m'a dit qu'il était maçon ?
        C: Maçon, toute sa vie, à son compte. À la retraite depuis longtemps, bien sûr : plus de
           vingt-cinq ans.
        A: Et la surface de la maison, vous savez ?
        C: Ah, je ne sais pas, moi. Il y a la cuisine, la salle, deux chambres en haut... Je ne vais
           pas vous dire de bêtise. Anne le saura.
        A: Le conseiller verra avec elle. Il aimerait rappeler quand sa fille est là. Elle vient
           quand ?
        C: Le samedi, toujours. Elle arrive après le déjeuner, elle fait les courses de la semaine
           avec lui.
        A: Samedi après-midi, alors. Vers quatorze heures ?
        C: À deux heures, ils sont encore au supermarché. Plutôt trois heures et demie : ils sont
           rentrés, ils prennent le café.
        A: Samedi, quinze heures trente. Sur quel numéro ?
        C: Sur le fixe d'ici : zéro deux, quatre-vingt-seize, soixante-quatorze, dix-huit,
           cinquante-deux. Et je vous donne celui d'Anne, au cas où : zéro six, soixante et un,
           vingt-neuf, zéro quatre, quatre-vingt-sept.
        A: 02 96 74 18 52, et 06 61 29 04 87. Merci beaucoup, madame. Vous direz au revoir à
           monsieur Le Quéré.
        C: Je lui dis. Il vous dit kenavo ! Au revoir, mademoiselle.
        """,
        client="Mme",
        objections="la fille s'occupe du dossier ; rappel en sa présence",
        client_first_name_data_ia="Joseph",
        client_last_name_data_ia="Le Quéré",
        client_phone_number="0296741852",
        client_city_data_ia="Quintin",
        client_address_data_ia="4 rue du Vau-Gaillard",
        client_postal_code_data_ia="22800",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="75",
        mensuelle_annuelle_data_ia="mensuelle",
        toiture_data_ia="ardoises",
        orientation_data_ia="sud",
        age_mr_data_ia="86",
        situation_familiale_data_ia="veuf, 1 enfant",
        activite_mr_data_ia="retraité",
        tel2_data_ia="0661290487",
        creneau_rappel_data_ia="samedi après-midi",
        heure_rappel_data_ia="15h30",
        **OWNER,
    ),
    script(
        "h25_mirecourt_combles",
        "a varnisher in a violin workshop at Mirecourt on speakerphone with her husband, a"
        " bottling-line operator on night shifts, who puts in from beside her (entretien 'Mme'; his"
        " first name, Éric, is not the client's): names at the greeting (Delphine Thouvenot), 'on"
        " a acheté en deux mille douze' (oui), the address the agent reads and she confirms ('27"
        " rue de la Colombière') with the code in pairs ('Quatre-vingt-huit, cinq cents': 88500),"
        " 'Au gaz ... une citerne de propane' (gaz), 'Cent douze euros par mois' (112, mensuelle),"
        " his 'Cent quarante ... avec les combles' overruled ('Habitable, c'est cent vingt', and"
        " the agent notes it: 120), 'En tuiles' (tuiles), 'un pan à l'est, un pan à l'ouest'"
        " (est-ouest), 'vingt-cinq mètres de long, et il n'y a pas une fenêtre' (20m),"
        " 'quarante-quatre' (44) and his age she gives as forty-eight and he puts right"
        " ('Quarante-neuf ! Depuis mardi !': 49), 'Trois ... on est mariés' (mariée, 3 enfants),"
        " his 'En CDI' (CDI), hers 'vernisseuse ... À mi-temps' (the job, no status said), 'trois"
        " mille neuf cents par mois' (3900 euros par mois), Tuesday refused and the agent's three"
        " o'clock moved by him ('Seize heures': mercredi après-midi, 16h), the landline the agent"
        " reads given up ('on l'a résilié') for her mobile (main) and his (tel2), in pairs",
        """
        A: Bonjour madame, Quentin, de Lorraine Soleil Conseil. Madame Thouvenot ?
        C: Oui, c'est moi, Delphine Thouvenot. Si c'est pour une mutuelle, j'en ai déjà une, merci.
        A: Non, madame, c'est pour la demande d'étude de panneaux solaires que vous avez faite sur
           notre site.
        C: Ah, pardon ! Oui, oui. C'est surtout mon mari qui voulait. Il est là : il est de nuit
           cette semaine, mais il est levé. Je mets le haut-parleur, comme ça il entend. Éric, c'est
           pour les panneaux !
        C: Bonjour, monsieur !
        A: Bonjour à vous deux. Vous êtes propriétaires de la maison ?
        C: Oui, on a acheté en deux mille douze. On finira de payer... dans longtemps.
        A: L'adresse, c'est bien le 27 rue de la Colombière, à Mirecourt ?
        C: C'est ça. Quatre-vingt-huit, cinq cents. La maison avec l'usoir devant, où il y a la
           remorque.
        A: 88500 Mirecourt. Vous vous chauffez comment ?
        C: Au gaz, mais pas le gaz de ville : il ne passe pas dans la rue. On a une citerne de
           propane au fond du jardin. Ça coûte un bras, chaque remplissage.
        A: Et votre facture d'électricité ?
        C: Cent douze euros par mois, on est mensualisés. Éric, c'est bien cent douze ? ... Il dit
           oui.
        A: Cent douze par mois. La maison fait quelle surface ?
        C: Cent vingt mètres carrés.
        C: Cent quarante, Delphine, avec les combles !
        C: Les combles, ils ne sont pas finis ! Il y a de la laine de verre par terre et pas de
           plancher. Habitable, c'est cent vingt.
        A: Je note cent vingt, habitables. Et le toit, il est en quoi ?
        C: En tuiles. Des tuiles mécaniques, rouges, comme sur toutes les fermes d'ici.
        A: Et vous savez comment il est orienté ?
        C: Ça, demandez à Éric, moi, je suis perdue. ... Il dit un pan à l'est, un pan à l'ouest.
           C'est une ancienne ferme lorraine, toute en longueur.
        A: Et sur un des deux pans, il y aurait une vingtaine de mètres carrés libres ?
        C: Facile ! Le toit fait vingt-cinq mètres de long, et il n'y a pas une fenêtre dessus.
        A: Parfait. Vous pouvez me donner vos âges ?
        C: Moi, quarante-quatre. Et Éric, quarante-huit.
        C: Quarante-neuf ! Depuis mardi ! Tu as déjà oublié ?
        C: Oh, pardon, mon chéri. Quarante-neuf. On a même mangé la tarte aux mirabelles.
        A: Quarante-neuf, c'est noté, et bon anniversaire, monsieur. Vous avez des enfants ?
        C: Trois. Les deux grands sont à Nancy, pour leurs études, et la petite est en troisième. Et
           on est mariés, si c'est la question d'après.
        A: C'était la question d'après, oui. Vous travaillez tous les deux ?
        C: Éric est à l'usine d'embouteillage, à Vittel. Conducteur de ligne, en trois-huit. En CDI,
           depuis vingt ans.
        A: Et vous, madame ?
        C: Moi, je suis vernisseuse, dans un atelier de lutherie, ici, à Mirecourt. À mi-temps. Je
           vernis des violons, oui : ça existe encore, il y a même une école.
        A: C'est un beau métier. Et le revenu du foyer, à peu près ?
        C: À nous deux... trois mille neuf cents par mois, avec les primes de nuit d'Éric.
        A: Merci. Un conseiller va vous rappeler pour l'étude. Quand est-ce que ça vous arrange,
           avec les horaires de votre mari ?
        C: Ça dépend des semaines. Là, il est de nuit ; la semaine prochaine, il est du matin : il
           rentre à deux heures.
        A: La semaine prochaine, l'après-midi, alors. Mardi, quinze heures ?
        C: Le mardi, j'emmène la petite chez l'orthodontiste, à Épinal. Mercredi ? Le mercredi, je
           ne travaille pas.
        A: Mercredi, quinze heures ?
        C: Seize heures. Que j'aie le temps de faire une petite sieste, quand même.
        C: Seize heures, voilà, il a parlé.
        A: Mercredi, seize heures. Je vous rappelle sur le fixe, le 03 29 37 41 06 ?
        C: Ah non, le fixe, on l'a résilié à Noël : personne n'appelait dessus, à part les vendeurs.
           Prenez mon portable : zéro six, quarante-deux, dix-sept, quatre-vingt-dix, trente-trois.
           Et celui d'Éric, c'est le zéro sept, cinquante et un, zéro huit, soixante-deux, quatorze.
        A: 06 42 17 90 33 pour vous, et 07 51 08 62 14 pour votre mari. Merci, madame Thouvenot,
           bonne journée à vous deux.
        C: Merci, au revoir !
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Delphine",
        client_last_name_data_ia="Thouvenot",
        client_phone_number="0642179033",
        client_city_data_ia="Mirecourt",
        client_address_data_ia="27 rue de la Colombière",
        client_postal_code_data_ia="88500",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="112",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="120",
        toiture_data_ia="tuiles",
        orientation_data_ia="est-ouest",
        toit_libre="20m",
        age_mr_data_ia="49",
        age_mme_data_ia="44",
        situation_familiale_data_ia="mariée, 3 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="vernisseuse",
        revenu_data_ia="3900 euros par mois",
        tel2_data_ia="0751086214",
        creneau_rappel_data_ia="mercredi après-midi",
        heure_rappel_data_ia="16h",
        **OWNER,
    ),
    script(
        "h25_charolles_sa_feuille",
        "a cattle breeder at Charolles who has written every answer on a sheet and reads them out"
        " before the questions: names at the greeting (Bertrand Perraudin), 'Propriétaire : oui'"
        " (oui), 'une chaudière à bois, à bûches' (bois), 'je paie à l'année, mille neuf cent"
        " quatre-vingts euros' for the house alone (1980, annuelle), 'cent quatre-vingts mètres"
        " carrés' (180), the roof said when the address is asked: 'des tuiles plates ... plein midi"
        " ... bien trente mètres carrés sans rien dessus' (tuiles, sud, 20m), '12 route de Baron'"
        " and the code the agent offers wrong and he corrects ('Soixante et onze, cent, c'est"
        " Chalon. Nous, c'est soixante et onze, cent vingt': 71120), the barn roof left aside,"
        " 'Mariés, deux fils' (marié, 2 enfants), 'cinquante-sept ans, ma femme, cinquante-trois'"
        " (57, 53; her first name, Agnès, is not the client's), 'À mon compte depuis"
        " quatre-vingt-quinze' (indépendant depuis 31 ans in 2026), his wife 'aide-soignante ... En"
        " CDI' (CDI), 'quarante mille euros, à nous deux' for last year (40000 euros par an), 'Le"
        " lundi soir' with the agent's seven o'clock moved ('Dix-neuf heures trente': lundi soir,"
        " 19h30), and the landline the agent reads put second ('mettez-le en deuxième'): his mobile"
        " first (main), the landline (tel2)",
        """
        A: Bonjour monsieur, Léna, de Bourgogne Solaire Habitat. Monsieur Perraudin ?
        C: Oui, Bertrand Perraudin. Je vous attendais. J'ai préparé une feuille avec tout ce que
           vous allez me demander : mon beau-frère a eu le même appel, il m'a dit comment ça se
           passe. Comme ça, on ne perd pas de temps, ni vous ni moi.
        A: C'est très organisé. Alors je vous écoute.
        C: Propriétaire : oui. C'est la ferme de mes grands-parents, elle est à moi depuis la
           succession. Chauffage : une chaudière à bois, à bûches, avec le bois de mes haies.
           Électricité : je paie à l'année, mille neuf cent quatre-vingts euros l'an dernier. La
           maison : cent quatre-vingts mètres carrés, c'est une grande maison, à l'ancienne.
        A: Vous allez plus vite que moi. Mille neuf cent quatre-vingts euros par an, c'est pour la
           maison seulement ?
        C: Pour la maison. Les stabulations ont leur compteur à elles, c'est à part.
        A: Très bien. Et l'adresse ?
        C: Attendez, ce n'est pas dans l'ordre de ma feuille... Le toit, d'abord : des tuiles
           plates, de Bourgogne. Le grand pan est plein midi, et il y a bien trente mètres carrés
           sans rien dessus. Voilà. Maintenant, l'adresse : douze, route de Baron, à Charolles.
        A: 12 route de Baron, à Charolles. Le code postal, c'est le 71100 ?
        C: Ah non ! Soixante et onze, cent, c'est Chalon. Nous, c'est soixante et onze, cent vingt.
           Chalon, on n'y va que pour l'hôpital.
        A: Pardon : 71120 Charolles. Vous parliez de la maison ; vos bâtiments agricoles, vous y
           avez pensé aussi ?
        C: Le hangar, il y a déjà un gars qui est venu, pour louer le toit. Je n'ai pas donné suite.
           Pour l'instant, c'est la maison qui m'intéresse : c'est elle qui me coûte.
        A: C'est noté. Et côté famille ?
        C: Mariés, deux fils. Le grand va reprendre l'exploitation, le petit est à Dijon, en école
           d'ingénieurs. Moi, j'ai cinquante-sept ans, ma femme, cinquante-trois. Agnès, si vous
           avez besoin de son prénom.
        A: Merci. Et votre activité ?
        C: Éleveur de charolaises, forcément, ici. À mon compte depuis quatre-vingt-quinze, quand
           j'ai repris derrière mon père. Et ma femme est aide-soignante, à l'hôpital de Paray. En
           CDI.
        A: Et le revenu du foyer, vous l'avez aussi sur votre feuille ?
        C: C'est la ligne du bas. Ça dépend du cours de la viande... L'an dernier, quarante mille
           euros, à nous deux, à peu près.
        A: Merci, monsieur Perraudin. Il ne me manque qu'un créneau pour que le conseiller vous
           rappelle.
        C: Pas avant le soir : les bêtes d'abord. Le lundi soir ? Ma femme est de repos le lundi.
        A: Lundi, dix-neuf heures ?
        C: Dix-neuf heures trente. Le temps de me laver : à sept heures, je sens encore l'étable.
        A: Lundi, dix-neuf heures trente. Je vous rappelle sur ce numéro, le 03 85 24 16 79 ?
        C: Ça, c'est le fixe : mettez-le en deuxième, je ne suis jamais à la maison. Le portable
           d'abord, je l'ai toujours dans la poche de la cotte. Zéro six... Attendez, je ne connais
           jamais mon numéro. Agnès l'a écrit en bas de la feuille. Zéro six, soixante-sept,
           trente-deux, cinquante-huit, dix.
        A: 06 67 32 58 10 en premier, et le fixe en second. C'est noté.
        C: J'ai coché toutes les cases, au fur et à mesure. Il ne me reste que la dernière ligne :
           au revoir.
        A: Alors au revoir, monsieur Perraudin, et merci pour la feuille.
        C: Au revoir, mademoiselle.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Bertrand",
        client_last_name_data_ia="Perraudin",
        client_phone_number="0667325810",
        client_city_data_ia="Charolles",
        client_address_data_ia="12 route de Baron",
        client_postal_code_data_ia="71120",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="1980",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="180",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="57",
        age_mme_data_ia="53",
        situation_familiale_data_ia="marié, 2 enfants",
        activite_mr_data_ia="indépendant depuis 31 ans",
        activite_mme_data_ia="CDI",
        revenu_data_ia="40000 euros par an",
        tel2_data_ia="0385241679",
        creneau_rappel_data_ia="lundi soir",
        heure_rappel_data_ia="19h30",
        **OWNER,
    ),
    script(
        "h25_fontenay_colocation",
        "a nurse at Fontenay-le-Comte just off a night shift who shares a rented house with two"
        " colleagues: names from the greeting (Clémence Rabiller), 'On est locataires, toutes les"
        " trois', the landlord an SCI seen only through an agency (non: Non intéressant; she will"
        " not chase the agency and no callback is agreed: Non), 'C'est tout électrique, des vieux"
        " convecteurs' (électrique), 'Cent cinquante euros par mois, pour toute la maison', split"
        " three ways (150, mensuelle: the house's bill, not her share), 'Cent dix mètres carrés'"
        " (110), 'J'ai vingt-sept ans, je suis célibataire, pas d'enfant' (27, célibataire), 'en"
        " CDI à l'hôpital' (CDI), the house number the agent reads wrong and she corrects ('Au 19."
        " Dix-neuf, rue des Loges, 85200': 19 rue des Loges, 85200), the mobile the agent reads and"
        " she confirms (main); no roof said",
        """
        A: Bonjour, Samuel, de Vendée Énergie Solaire. Je cherche à joindre madame Clémence Rabiller
           ?
        C: C'est moi. Je sors de garde, j'allais me coucher. Mais allez-y, cinq minutes, pas plus.
        A: Je serai bref. C'est pour la demande d'étude de panneaux solaires que vous avez remplie.
        C: Ah oui, les panneaux. C'était un soir de facture, je crois.
        A: Vous habitez une maison ?
        C: Oui, une grande maison, rue des Loges, à Fontenay. Fontenay-le-Comte. On est trois dedans
           : on est en colocation, trois infirmières de l'hôpital.
        A: D'accord. Et la maison appartient à l'une de vous ?
        C: Non, non. On est locataires, toutes les trois. Le propriétaire, c'est une SCI ; je crois
           que c'est un dentiste de La Roche-sur-Yon. On ne l'a jamais vu, on passe par l'agence.
        A: Je comprends. Qu'est-ce qui vous a donné envie de remplir la demande ?
        C: La facture. La dernière, on a failli tomber par terre. C'est tout électrique, des vieux
           convecteurs, et la maison, c'est une passoire. Je me suis dit que si on montrait une
           étude au propriétaire, il serait peut-être intéressé.
        A: Et cette facture, elle est de combien ?
        C: Cent cinquante euros par mois, pour toute la maison. On divise par trois, ça fait
           cinquante chacune, mais quand même : on a froid, et on paie.
        A: Cent cinquante par mois pour la maison. Elle fait quelle surface ?
        C: Cent dix mètres carrés, c'est ce qu'il y avait sur l'annonce. Quatre chambres ; la
           quatrième, on en a fait une salle de sport.
        A: Malheureusement, madame, l'étude ne peut se faire qu'avec le propriétaire : c'est lui qui
           décide des travaux sur le toit, et c'est lui qui touche les aides.
        C: Même si c'est nous qui payons l'électricité ?
        A: Même dans ce cas. Ce que vous pourriez faire, c'est en parler à l'agence, pour que le
           propriétaire nous contacte directement.
        C: L'agence... Ils ont mis trois mois à nous changer un ballon d'eau chaude. Franchement, je
           n'y crois pas trop.
        A: Je comprends. Vous pensez rester longtemps à Fontenay ?
        C: Je ne sais pas. J'ai vingt-sept ans, je suis célibataire, pas d'enfant... Je suis en CDI
           à l'hôpital depuis l'an dernier, mais j'aimerais bien partir vers La Rochelle, un jour.
           Acheter, ce n'est pas pour tout de suite.
        A: Le jour où vous achèterez, nous serons là. Je vérifie votre adresse, pour clore le
           dossier : vous êtes bien au 9, rue des Loges ?
        C: Au 19. Dix-neuf, rue des Loges, 85200. Le formulaire a mangé le un, ou alors c'est moi :
           j'étais fatiguée.
        A: 19 rue des Loges, 85200 Fontenay-le-Comte. Et ce numéro, le 06 84 20 71 36, c'est bien le
           vôtre ?
        C: Oui, c'est mon portable.
        A: Merci, madame Rabiller. Je clôture la demande, et je vous laisse dormir.
        C: Merci. Et si vous avez une astuce pour avoir moins froid sans changer les radiateurs, je
           prends.
        A: Des rideaux épais et des boudins de porte, ça aide déjà.
        C: Les boudins, on les a. Bon. Au revoir, monsieur.
        """,
        client="Mme",
        objections="locataire en colocation (propriétaire une SCI, via une agence)",
        client_first_name_data_ia="Clémence",
        client_last_name_data_ia="Rabiller",
        client_phone_number="0684207136",
        client_city_data_ia="Fontenay-le-Comte",
        client_address_data_ia="19 rue des Loges",
        client_postal_code_data_ia="85200",
        proprietaire_data_ia="non",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="150",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="110",
        age_mme_data_ia="27",
        situation_familiale_data_ia="célibataire",
        activite_mme_data_ia="CDI",
        **LOST,
    ),
    script(
        "h25_montbard_peur_du_feu",
        "a refusal at Montbard from a widower of seventy-nine, a retired maintenance electrician"
        " from the tube works, frightened by a television report of a house set on fire by its"
        " panels and by what his insurer would say, whose three children will sell the house after"
        " him: surname from the greeting, no first name; 'À Montbard, oui ... Et la maison est à"
        " moi' (Montbard, oui), 'Au fioul, comme toujours' (fioul), 'Dans les quatre-vingt-dix"
        " euros par mois' (90, mensuelle: 'dans les' dropped like 'environ'), 'à soixante-dix-neuf"
        " ans' (79), 'je suis veuf. Mes trois enfants' (veuf, 3 enfants), 'Je suis retraité'"
        " (retraité); 'Pas de papier, pas de visite, pas de rappel' (Non intéressant, Non); no"
        " address or number",
        """
        A: Bonjour monsieur, Élise, de Côte-d'Or Énergies. Monsieur Guyard ?
        C: Oui. Qu'est-ce que c'est ?
        A: Je vous appelle au sujet des panneaux solaires : nous proposons des études gratuites aux
           propriétaires de maisons, dans le secteur.
        C: Des panneaux, sur mon toit ? Vous n'avez pas vu le reportage ?
        A: Quel reportage, monsieur ?
        C: À la télévision, la semaine dernière. Une maison qui a brûlé, dans le Jura, à cause des
           panneaux. Un court-circuit dans les fils, sous les tuiles, en pleine nuit. Et les
           pompiers qui disaient qu'ils ne pouvaient pas arroser, à cause du courant. Ils l'ont
           regardée brûler.
        A: Ce genre d'accident est très rare, monsieur. Nos installations sont posées par des
           électriciens qualifiés, avec une coupure d'urgence pour les pompiers.
        C: Rare. Il suffit d'une fois. Et mon assurance, qu'est-ce qu'elle dirait ? Ma petite-fille
           travaille dans une agence, à Semur : elle m'a dit qu'il faut le déclarer, et que la
           cotisation augmente.
        A: Vous êtes bien à Montbard, monsieur ?
        C: À Montbard, oui, en haut de la ville, derrière le parc Buffon. Depuis soixante et onze.
           Et la maison est à moi, si c'est ce que vous voulez savoir : payée depuis longtemps.
        A: Merci. Comment vous chauffez-vous ?
        C: Au fioul, comme toujours. La chaudière a vingt ans, je la fais ramoner tous les ans, elle
           ronronne. Je ne vais pas tout changer à soixante-dix-neuf ans.
        A: Et votre facture d'électricité, elle est de combien ?
        C: Dans les quatre-vingt-dix euros par mois. Ce n'est pas ça qui me ruine. Ce qui me ruine,
           c'est le fioul.
        A: Justement, avec les panneaux, une partie de votre consommation...
        C: Non, mademoiselle. J'ai fait quarante ans à l'usine des tubes, ici. Je suis retraité,
           mais le courant, je sais ce que c'est : j'étais électricien d'entretien. Je sais ce que
           ça fait, un câble qui chauffe.
        A: Je comprends votre prudence. Vous en avez parlé avec votre famille ?
        C: Ma femme est morte il y a quatre ans ; je suis veuf. Mes trois enfants ont leurs maisons,
           à Dijon, à Auxerre et à Paris : ils ne reviendront pas vivre ici. Quand je ne serai plus
           là, ils vendront. Qu'est-ce que vous voulez que j'investisse ?
        A: Une installation peut aussi donner de la valeur à la maison, au moment de la vente.
        C: Ou lui en faire perdre, si l'acheteur a vu le même reportage que moi. Non. Merci. Ça ne
           m'intéresse pas.
        A: Je peux au moins vous envoyer une documentation sur la sécurité des installations ?
        C: Non. Pas de papier, pas de visite, pas de rappel. Vous me rayez de votre liste, s'il vous
           plaît.
        A: C'est entendu, monsieur Guyard. Je vous retire de notre fichier.
        C: Merci. Et vous, mademoiselle, méfiez-vous de ce que vous vendez.
        A: Je transmettrai vos remarques. Au revoir, monsieur, bonne journée.
        C: Au revoir.
        """,
        client="Mr",
        objections=(
            "peur de l'incendie (reportage télévisé) ; assurance ; âge, les enfants vendront ;"
            " refuse documentation, visite et rappel"
        ),
        client_last_name_data_ia="Guyard",
        client_city_data_ia="Montbard",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="90",
        mensuelle_annuelle_data_ia="mensuelle",
        age_mr_data_ia="79",
        situation_familiale_data_ia="veuf, 3 enfants",
        activite_mr_data_ia="retraité",
        **LOST,
    ),
    script(
        "h25_bailleul_faux_numero",
        "a wrong number: the agent asks for madame Ghislaine Vandaele at Steenvoorde; the retired"
        " man who answers has had this landline since 1978 at Bailleul, already has twelve panels"
        " on his garage roof, says 'Ja' and 'Goeiendag' and talks of the carnival giant; the fiche"
        " describes him (city Bailleul, 'Bien sûr' to owning his house: oui, 'À soixante-treize"
        " ans' (73), 'Je suis retraité' (retraité), entretien 'Mr'), not the lead in the file"
        " (Steenvoorde and her name are not gold): Non intéressant, Non",
        """
        A: Bonjour monsieur, Pauline, de Flandre Énergie Solaire. Je souhaiterais parler à madame
           Ghislaine Vandaele, s'il vous plaît.
        C: Vandaele ? Non, il n'y a pas de Vandaele ici. Il y en a plein, dans le coin, remarquez,
           mais pas chez moi.
        A: J'ai ce numéro pour une demande d'étude de panneaux solaires, au nom de madame Vandaele,
           à Steenvoorde.
        C: À Steenvoorde ? Moi, je suis à Bailleul. C'est à un quart d'heure, mais ce n'est pas le
           même téléphone, hein. Enfin, il faut croire que si.
        A: Vous avez ce numéro depuis longtemps ?
        C: Le fixe ? Depuis toujours. Depuis soixante-dix-huit, quand mes parents ont eu le
           téléphone ; j'ai gardé la maison, et le numéro avec. Ja, ja... Mon père disait toujours
           ja, en flamand, ça m'est resté.
        A: Vous ne connaissez pas de Ghislaine Vandaele ?
        C: Non. Des Vandaele, il y en a trois rien que dans ma rue, mais pas de Ghislaine. À la fin,
           ici, tout le monde est cousin.
        A: Alors madame Vandaele a dû se tromper d'un chiffre.
        C: Sûrement. Ou c'est votre ordinateur. Et puis, des panneaux, chez moi, vous arrivez trop
           tard : j'en ai déjà, depuis deux mille dix-neuf. Douze panneaux, sur le toit du garage.
        A: Ah, vous êtes déjà équipé ! Vous en êtes content ?
        C: Content, oui. L'été, je regarde le compteur tourner, c'est mon cinéma. L'hiver, ici, on
           ne va pas se mentir, le soleil, on ne le voit pas souvent.
        A: Vous êtes propriétaire de votre maison, donc ?
        C: Bien sûr, sinon je n'aurais pas pu mettre des panneaux. Une maison en briques, comme
           toutes ici, avec le pignon sur la rue. Pourquoi, vous voulez m'en vendre d'autres ?
        A: Non, non, monsieur. Je voulais seulement être sûre de ne pas vous déranger pour rien.
        C: Vous ne me dérangez pas. Je suis retraité, j'ai le temps. Quarante ans dans le textile, à
           Armentières, ça use ; maintenant, je me repose.
        A: Vous l'avez bien mérité.
        C: À soixante-treize ans, c'est ce qu'on dit. Je vais encore au carnaval tous les ans, le
           lundi de Pâques... non, le Mardi gras, avec le géant. Gargantua, vous connaissez ?
        A: Le géant de Bailleul ? J'en ai entendu parler.
        C: Eh bien, venez le voir, un jour. Il fait rire les enfants, et les grands aussi.
        A: Peut-être un jour. Et si madame Vandaele vous appelait par erreur, vous pourriez lui dire
           de nous recontacter ?
        C: Elle ne risque pas de m'appeler : c'est son numéro à elle qu'elle a mal écrit, pas le
           mien. Pour votre dame de Steenvoorde, je ne peux rien de plus pour vous.
        A: Je vais faire corriger le fichier, pour qu'on ne vous appelle plus à sa place.
        C: Faites. Mais si vous rappelez pour vous excuser, je décrocherai quand même. Goeiendag,
           comme on dit ici. Bonne journée, mademoiselle !
        A: Bonne journée, monsieur. Au revoir.
        """,
        client="Mr",
        objections="mauvais numéro ; déjà équipé de panneaux",
        client_city_data_ia="Bailleul",
        proprietaire_data_ia="oui",
        age_mr_data_ia="73",
        activite_mr_data_ia="retraité",
        **LOST,
    ),
    script(
        "h25_rumilly_le_petit_se_reveille",
        "a partial call: a mother on parental leave at Rumilly, whispering while her"
        " nine-month-old naps, until he wakes before the surface is said: names at the greeting"
        " (Émilie Bouvier), 'on l'a fait construire' (oui), '18 chemin des Grangettes', 'Rumilly en"
        " Haute-Savoie ... pas celui du Pas-de-Calais' and the code in pairs ('Soixante-quatorze,"
        " cent cinquante': 74150), 'Au gaz de ville' (gaz), only a band ('plus de cent euros par"
        " mois': plus_de_100, mensuelle), 'en congé parental, jusqu'en septembre. Après, je"
        " reprends chez Tefal' (en congé parental), asks about the winter fog; the surface, roof,"
        " ages and family not said ('-': 'le petit' alone gives no status), 'Jeudi ... Treize"
        " heures trente' during the nap (jeudi début d'après-midi, 13h30), the mobile the agent"
        " reads and she confirms (main)",
        """
        A: Bonjour madame, Bastien, de Savoie Mont-Blanc Solaire. Madame Bouvier ?
        C: Oui... Parlez doucement, s'il vous plaît, je viens de coucher le petit. Je chuchote,
           excusez-moi.
        A: Pardon, madame. Je vous appelle pour votre demande d'étude de panneaux solaires. Je peux
           rappeler plus tard, si vous préférez ?
        C: Non, non, allez-y, c'est le seul moment où j'ai les mains libres. Il a neuf mois, il dort
           quarante minutes, pas une de plus.
        A: Alors je fais vite. Votre prénom, c'est bien Émilie ?
        C: Émilie, oui. Émilie Bouvier.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui. Une maison de lotissement : on l'a fait construire en deux mille seize.
        A: Et l'adresse ?
        C: Dix-huit, chemin des Grangettes, à Rumilly. Rumilly en Haute-Savoie, hein, pas celui du
           Pas-de-Calais : on a déjà reçu du courrier qui était pour là-haut. Soixante-quatorze,
           cent cinquante.
        A: 18 chemin des Grangettes, 74150 Rumilly. Vous vous chauffez comment ?
        C: Au gaz de ville. Une chaudière à condensation ; elle a dix ans, elle marche bien.
        A: Et votre facture d'électricité ?
        C: Le chiffre exact, je ne l'ai pas en tête. Mais plus de cent euros par mois, ça, j'en suis
           sûre : ça m'énerve à chaque prélèvement. Avec les machines pour le petit, ça tourne tout
           le temps.
        A: Plus de cent euros par mois. C'est justement là que les panneaux aident.
        C: Dites, ça marche, vos panneaux, avec le brouillard qu'on a ici l'hiver ? Des fois, on ne
           voit pas le Semnoz pendant une semaine.
        A: Moins bien l'hiver, oui, mais sur l'année, la Haute-Savoie produit bien. Le conseiller
           vous montrera les chiffres pour votre commune.
        C: Mon voisin dit que les siens ne produisent rien de novembre à février.
        A: C'est souvent plus nuancé que ça ; l'étude se fait pour votre toit précisément. Vous
           travaillez, madame ?
        C: Je suis en congé parental, jusqu'en septembre. Après, je reprends chez Tefal, au service
           qualité.
        A: Et la maison, elle fait quelle surf...
        C: Ah non... Vous l'entendez ? Il s'est réveillé. Trente-cinq minutes, c'est fini. Je suis
           désolée, il va hurler si je ne monte pas.
        A: Ce n'est rien. Quand est-ce que je peux vous rappeler ?
        C: Pendant sa sieste, c'est le seul moment. Il dort en début d'après-midi, après le repas.
           Demain, je ne peux pas, on a le pédiatre.
        A: Jeudi, en début d'après-midi ?
        C: Jeudi, oui. Treize heures trente, il sera couché. Je mettrai le téléphone sur vibreur.
        A: Jeudi, treize heures trente. Sur ce numéro, le 06 71 35 48 20 ?
        C: Oui, c'est mon portable. J'arrive, mon cœur, j'arrive ! Au revoir, monsieur !
        A: Au revoir, madame Bouvier, à jeudi.
        """,
        client="Mme",
        objections=(
            "pas disponible (bébé réveillé) : rappel demandé ; doute sur le brouillard l'hiver"
        ),
        client_first_name_data_ia="Émilie",
        client_last_name_data_ia="Bouvier",
        client_phone_number="0671354820",
        client_city_data_ia="Rumilly",
        client_address_data_ia="18 chemin des Grangettes",
        client_postal_code_data_ia="74150",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="plus_de_100",
        mensuelle_annuelle_data_ia="mensuelle",
        activite_mme_data_ia="en congé parental",
        creneau_rappel_data_ia="jeudi début d'après-midi",
        heure_rappel_data_ia="13h30",
        **OWNER,
    ),
    script(
        "h25_saint_senier_emmenages",
        "a couple who left a rented flat at Avranches in March for a house they bought at"
        " Saint-Senier-sous-Avranches: the agent reads the old address and he says it was the flat"
        " ('On a acheté une maison, on a emménagé en mars': adresse_modifiee 1), the surname spelt"
        " (Lehérissey) and the first name at the greeting (Jérôme), '6 impasse du Pressoir, à"
        " Saint-Senier. Saint-Senier-sous-Avranches' and the code as thousands, the same as"
        " Avranches ('cinquante mille trois cents': 50300), 'Propriétaires, oui, avec ma compagne'"
        " (oui), 'une chaudière à granulés' (bois), 'quatre-vingt-quatre euros par mois' (84,"
        " mensuelle), 'Cent cinq mètres carrés' (105), 'En ardoises' (ardoises), no side known but"
        " 'On a le soleil toute la journée' (bien ensoleillée), 'Plus que ça ... pas un velux'"
        " (20m), 'Trente-six ans. Ma compagne, trente-quatre' (36, 34), 'Pacsés. Deux enfants'"
        " (pacsé, 2 enfants), a ferry deckhand whose line stopped, 'au chômage depuis janvier' (au"
        " chômage), his partner a physiotherapist 'À son compte depuis deux mille vingt'"
        " (indépendante depuis 6 ans in 2026; her first name, Charlotte, is not the client's),"
        " 'trois mille huit cents par mois' (3800 euros par mois), the agent's Tuesday evening"
        " refused for yoga and 'Lundi, dix-huit heures quarante-cinq' (lundi soir, 18h45), his"
        " mobile (main) and his partner's (tel2) in pairs",
        """
        A: Bonjour monsieur, Anaïs, de Normandie Solaire Conseil. Monsieur Lehérissey ?
        C: Oui, c'est moi. Jérôme Lehérissey. Bonjour.
        A: Je vérifie votre nom : L, E, H, E accent aigu, R, I, deux S, E, Y ?
        C: C'est ça, avec l'Y à la fin. On me l'écorche à chaque fois.
        A: Je vous appelle pour votre demande d'étude de panneaux solaires. J'ai une adresse au 14,
           rue de la Constitution, à Avranches, appartement 3 : c'est toujours la bonne ?
        C: Non, ça, c'était l'appartement : on y était en location. On a acheté une maison, on a
           emménagé en mars. J'ai dû remplir la demande juste avant les cartons.
        A: Je corrige. Quelle est la nouvelle adresse ?
        C: Six, impasse du Pressoir, à Saint-Senier. Saint-Senier-sous-Avranches, à trois
           kilomètres. Le code, c'est le même qu'Avranches : cinquante mille trois cents.
        A: 6 impasse du Pressoir, 50300 Saint-Senier-sous-Avranches. Donc vous en êtes propriétaire,
           maintenant ?
        C: Propriétaires, oui, avec ma compagne. Enfin, avec la banque, pour vingt-cinq ans.
        A: Comment vous chauffez-vous, dans la nouvelle maison ?
        C: Il y a une chaudière à granulés, que les anciens propriétaires avaient fait installer.
           Elle fait les radiateurs partout. On apprend encore à s'en servir : remplir le silo,
           c'est du sport.
        A: Et votre facture d'électricité ?
        C: On a pris un contrat mensualisé en arrivant : quatre-vingt-quatre euros par mois. On
           verra à la régularisation.
        A: La surface de la maison ?
        C: Cent cinq mètres carrés. Une maison en granit, des années trente, avec une extension
           derrière.
        A: Et le toit est en quoi ?
        C: En ardoises. Le couvreur est passé avant la vente, il a dit qu'elles tiendraient encore
           trente ans.
        A: Vous savez comment il est orienté ?
        C: Aucune idée, vraiment, je ne sais jamais où est le nord. Mais il n'y a rien autour : pas
           d'arbre, pas de voisin collé. On a le soleil toute la journée, quand il y en a. On est en
           Normandie, quand même.
        A: Et il y aurait une vingtaine de mètres carrés libres sur le toit ?
        C: Plus que ça. Sur le grand toit, il n'y a même pas un velux : tout est d'un seul tenant.
        A: Très bien. Quelques questions sur le foyer. Vous avez quel âge ?
        C: Trente-six ans. Ma compagne, trente-quatre.
        A: Vous êtes mariés ?
        C: Pacsés. Deux enfants : une fille de huit ans et un garçon de cinq. C'est pour eux qu'on
           voulait un jardin.
        A: Et vous travaillez ?
        C: En ce moment, non. J'étais matelot sur les bateaux de Granville, pour les îles, et la
           compagnie a arrêté la ligne cet hiver. Je suis au chômage depuis janvier ; je cherche par
           ici.
        A: Je vous souhaite de trouver vite. Et votre compagne ?
        C: Elle est kiné. À son compte depuis deux mille vingt : elle a son cabinet en centre-ville,
           à Avranches. C'est elle qui fait bouillir la marmite, en ce moment.
        A: Et le revenu du foyer, à peu près ?
        C: Avec mon chômage et son cabinet... trois mille huit cents par mois, à peu près. Moins que
           l'an dernier.
        A: Merci. Un conseiller va vous rappeler pour l'étude. Quel jour vous arrange ?
        C: Moi, je suis libre tout le temps. Mais Charlotte veut être là : c'est elle qui tient les
           comptes. Le cabinet ferme à dix-neuf heures.
        A: Un soir, alors ? Mardi, dix-neuf heures trente ?
        C: Le mardi, elle a son cours de yoga. Le lundi, elle finit plus tôt, à dix-huit heures.
           Lundi, dix-huit heures quarante-cinq, le temps qu'elle rentre.
        A: Lundi, dix-huit heures quarante-cinq. Sur quel numéro ?
        C: Le mien : zéro six, trente-neuf, quatorze, quatre-vingt-huit, vingt et un. Et celui de
           Charlotte, au cas où... attendez, je ne le connais pas par cœur... zéro six, douze,
           soixante-dix, cinquante-trois, zéro neuf.
        A: 06 39 14 88 21, et 06 12 70 53 09. Merci, monsieur Lehérissey, et bienvenue à
           Saint-Senier.
        C: Merci ! Au revoir.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Jérôme",
        client_last_name_data_ia="Lehérissey",
        client_phone_number="0639148821",
        client_city_data_ia="Saint-Senier-sous-Avranches",
        client_address_data_ia="6 impasse du Pressoir",
        client_postal_code_data_ia="50300",
        adresse_modifiee="1",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="84",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="105",
        toiture_data_ia="ardoises",
        orientation_data_ia="bien ensoleillée",
        toit_libre="20m",
        age_mr_data_ia="36",
        age_mme_data_ia="34",
        situation_familiale_data_ia="pacsé, 2 enfants",
        activite_mr_data_ia="au chômage",
        activite_mme_data_ia="indépendante depuis 6 ans",
        revenu_data_ia="3800 euros par mois",
        tel2_data_ia="0612705309",
        creneau_rappel_data_ia="lundi soir",
        heure_rappel_data_ia="18h45",
        **OWNER,
    ),
    script(
        "h25_riberac_le_facteur",
        "an elderly couple at Ribérac: he answers without his hearing aids (entretien 'Mr'), gives"
        " his names (Fernand Delpeyrat) and 'Depuis soixante-trois' to owning (oui), hears 'le"
        " facteur' for 'la facture' and passes the phone to his wife, who relays the roof question"
        " he hears as 'la voiture' (her first name, Paulette, and their daughter's, Sylvie, are not"
        " the client's): 'Soixante-huit euros par mois' (68, mensuelle), 'Au fioul. Le chauffage"
        " central' (fioul; the fireplace only at Christmas), 'Quatre-vingt-cinq mètres carrés'"
        " (85), 'Des tuiles canal' (tuiles), the orientation not known ('-'), 'Quatre-vingt-un ans'"
        " (81) and 'il est de quarante-deux' (84 in 2026), 'Mariés depuis soixante ans ... notre"
        " seule fille' (marié, 1 enfant: in his gender, the client's), a baker and his wife who"
        " kept the shop, 'Retraités tous les deux' (retraité, retraitée), 'mille neuf cents euros"
        " par mois' (1900 euros par mois), '23 route de Périgueux' and the code in pairs"
        " ('Vingt-quatre, six cents': 24600), 'Vendredi en fin d'après-midi, dix-sept heures' when"
        " their daughter calls in (vendredi fin d'après-midi, 17h), the landline (main) and the"
        " daughter's mobile (tel2) in pairs",
        """
        A: Bonjour monsieur, Romain, de Périgord Énergie Solaire. Monsieur Delpeyrat ?
        C: Hein ? Oui, Delpeyrat, c'est moi. Parlez fort, je n'ai pas mis mon appareil.
        A: Bonjour, monsieur Delpeyrat ! Je vous appelle pour les panneaux solaires ! Votre fille
           nous a fait une demande d'étude !
        C: Ma fille ? Ah, Sylvie. Oui, elle m'a dit qu'on appellerait. Alors, qu'est-ce que vous
           voulez savoir ?
        A: D'abord votre prénom, monsieur ?
        C: Fernand. Fernand Delpeyrat. Comme mon grand-père, qui avait le moulin.
        A: Vous êtes propriétaire de votre maison ?
        C: Propriétaire ? Depuis soixante-trois ! On l'a achetée en ruine, et je l'ai remontée
           moi-même, les dimanches, pierre par pierre.
        A: Et votre facture d'électricité, elle est de combien ?
        C: Le facteur ? Il est passé ce matin, il n'y avait que de la publicité.
        A: Non, monsieur, la facture ! La facture d'électricité !
        C: Ah, la facture ! Ça, c'est ma femme. Paulette ! Viens, c'est pour la facture ! ... Je
           vous la passe, elle entend mieux que moi.
        C: Allô ? Bonjour, monsieur. Excusez-le, il ne veut pas mettre ses appareils, il dit qu'ils
           sifflent. La facture d'électricité ? Soixante-huit euros par mois. C'est prélevé le dix.
        A: Soixante-huit euros par mois, merci, madame. Vous vous chauffez comment ?
        C: Au fioul. Le chauffage central, avec les radiateurs en fonte. On a la cheminée aussi,
           mais Fernand ne fend plus le bois, alors on ne l'allume qu'à Noël.
        A: Et la surface de la maison ?
        C: Quatre-vingt-cinq mètres carrés, en bas. En haut, c'est le grenier : on n'y monte plus.
        A: Et la toiture, elle est en quoi ?
        C: Fernand, la toiture ! Le toit, en quoi il est ? ... Il me dit qu'on a vendu la voiture.
           Pas la voiture, Fernand, le toit ! ... Des tuiles. Des tuiles canal, il dit ; il les a
           toutes posées lui-même.
        A: Des tuiles canal, très bien. Vous savez comment il est orienté ?
        C: Oh, ça, non. Il faudra demander à Sylvie, ou venir voir.
        A: Le conseiller regardera. Vous avez quel âge, madame, si je peux me permettre ?
        C: Quatre-vingt-un ans. Et lui, il est de quarante-deux. Ça lui fait quatre-vingt-quatre ;
           il ne les fait pas, hein, sauf pour les oreilles.
        A: Vous êtes mariés depuis longtemps ?
        C: Mariés depuis soixante ans, en juin. Les noces de diamant : Sylvie veut faire une fête.
           C'est notre seule fille, elle habite à Périgueux.
        A: Félicitations. Vous êtes tous les deux à la retraite, j'imagine ?
        C: Oh, depuis longtemps ! Il était boulanger, ici, à Ribérac, et moi, je tenais la boutique.
           Retraités tous les deux depuis deux mille un.
        A: Et vos revenus, à peu près ?
        C: Les deux retraites, ça fait mille neuf cents euros par mois. On ne se plaint pas, on a ce
           qu'il faut.
        A: Et l'adresse, c'est bien à Ribérac ?
        C: Vingt-trois, route de Périgueux. Vingt-quatre, six cents. La maison avec le tilleul,
           après la boulangerie ; ce n'est plus la nôtre, la boulangerie, c'est un jeune.
        A: 23 route de Périgueux, 24600 Ribérac. Le conseiller aimerait vous rappeler quand votre
           fille est là. Elle vient quand ?
        C: Le vendredi, elle passe en rentrant du travail. Vers cinq heures, cinq heures et quart.
        A: Vendredi en fin d'après-midi, dix-sept heures, alors ?
        C: Dix-sept heures, oui, elle sera là. Fernand, vendredi, cinq heures, pour les panneaux !
           ... Il dit qu'il aura fini sa belote.
        A: Sur ce numéro, le fixe ?
        C: Oui, le fixe : zéro cinq, cinquante-trois, quatre-vingt-dix, vingt-sept, quarante et un.
           Et Sylvie, c'est... je l'ai écrit sur le calendrier des pompiers... zéro six,
           quarante-huit, soixante-trois, onze, soixante-dix-sept.
        A: 05 53 90 27 41, et 06 48 63 11 77. Merci, madame, et merci à monsieur Delpeyrat.
        C: Merci à vous. Fernand, dis au revoir ! ... Il vous dit au revoir, monsieur !
        """,
        client="Mr",
        objections="malentendant ; veut sa fille présente pour le rappel",
        client_first_name_data_ia="Fernand",
        client_last_name_data_ia="Delpeyrat",
        client_phone_number="0553902741",
        client_city_data_ia="Ribérac",
        client_address_data_ia="23 route de Périgueux",
        client_postal_code_data_ia="24600",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="68",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="85",
        toiture_data_ia="tuiles",
        age_mr_data_ia="84",
        age_mme_data_ia="81",
        situation_familiale_data_ia="marié, 1 enfant",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="retraitée",
        revenu_data_ia="1900 euros par mois",
        tel2_data_ia="0648631177",
        creneau_rappel_data_ia="vendredi fin d'après-midi",
        heure_rappel_data_ia="17h",
        **OWNER,
    ),
    script(
        "h25_quillan_eaux_vives",
        "a white-water instructor at Quillan, chatty, with Aude words ('Macarel', 'boudu', 'té',"
        " 'pitchouns'): the surname the agent spells with one N and he puts right ('Deux N !':"
        " Bonnafous) and his first name (Patrice), 'On l'a achetée il y a dix ans' (oui), '7 rue du"
        " Pont-Vieux' after a false start ('Sept, quai... Non, pas quai') and the code as"
        " thousands ('Onze mille cinq cents': 11500), 'Tout électrique. Des radiateurs à inertie'"
        " (électrique), only a band ('Entre quatre-vingts et cent euros par mois': entre 80 et 100,"
        " mensuelle), 'Cent trente mètres carrés' (130), 'Des tuiles romanes' (tuiles), 'Plein sud"
        " ... Attendez, non ... C'est l'ouest' (ouest), 'Dix-huit ... Moins de vingt' (moins de"
        " 20m), 'Quarante-six. Ma femme, quarante-trois' (46, 43; her first name, Karine, is not"
        " the client's), 'Mariés, trois pitchouns' (marié, 3 enfants), 'À mon compte depuis deux"
        " mille quatorze' (indépendant depuis 12 ans in 2026), his wife 'Secrétaire de mairie ..."
        " Fonctionnaire' (fonctionnaire), 'trois mille cinq cents par mois' (3500 euros par mois),"
        " Tuesday and Friday refused for rugby training and the agent's seven o'clock moved ('Vingt"
        " heures': mercredi soir, 20h), his mobile (main) and his wife's (tel2) in pairs",
        """
        A: Bonjour monsieur, Clara, d'Occitanie Soleil Énergie. Monsieur Bonnafous ?
        C: Lui-même ! Bonjour, mademoiselle. C'est pour les panneaux ? Macarel, vous êtes rapides :
           j'ai rempli ça hier soir, après le match.
        A: C'est bien ça. Je vérifie votre nom : B, O, N, A, F, O, U, S ?
        C: Deux N ! B, O, deux N, A, F, O, U, S. Et Patrice, le prénom.
        A: Pardon : Patrice Bonnafous, avec deux N. Vous êtes propriétaire de votre maison ?
        C: Oui, oui. On l'a achetée il y a dix ans, avec ma femme : une maison de village, au bord
           de l'Aude, avec la vue sur le Pech. Quand il ne pleut pas.
        A: Et l'adresse ?
        C: Sept, quai... Non, pas quai, je confonds avec mon ancien appartement. Sept, rue du
           Pont-Vieux, à Quillan. Onze mille cinq cents.
        A: 7 rue du Pont-Vieux, 11500 Quillan. Vous vous chauffez comment ?
        C: Tout électrique. Des radiateurs à inertie, on les a changés il y a trois ans. Et l'hiver,
           boudu, ça pique : le vent descend du plateau de Sault, ici.
        A: Et votre facture d'électricité ?
        C: Entre quatre-vingts et cent euros par mois. Ça dépend de l'hiver. Et de ma femme, qui met
           le chauffage à vingt-trois.
        A: Entre quatre-vingts et cent par mois. La surface de la maison ?
        C: Cent trente mètres carrés, sur trois niveaux. Les maisons de Quillan, c'est tout en
           hauteur : on passe sa vie dans l'escalier, té.
        A: Et le toit ?
        C: Des tuiles romanes, des rouges, les vieilles.
        A: Et il est orienté comment ?
        C: Plein sud, le grand pan... Attendez, non, je dis des bêtises. Le soir, le soleil se
           couche derrière le Pech, et il tape sur le grand pan : on crève de chaud dans la chambre
           du haut. C'est l'ouest. Le sud, c'est la façade, sur la rivière.
        A: Donc le grand pan à l'ouest. Il y aurait une vingtaine de mètres carrés libres dessus ?
        C: Vingt ? Pas loin... Il y a le velux et la cheminée. Dix-huit, je dirais, en serrant.
           Moins de vingt, en tout cas, je ne vais pas vous raconter d'histoires.
        A: Merci pour votre franchise. Vous avez quel âge, monsieur ?
        C: Quarante-six. Ma femme, quarante-trois. Mariés, trois pitchouns : seize, treize et neuf
           ans. Le grand joue talonneur, comme son père.
        A: Et vous travaillez dans quoi ?
        C: Je suis moniteur d'eaux vives : le rafting, le canoë, dans les gorges de l'Aude. À mon
           compte depuis deux mille quatorze. L'hiver, je fais du bois avec un copain.
        A: Et votre épouse ?
        C: Secrétaire de mairie, à Espéraza. Fonctionnaire, elle : c'est la sécurité de la famille.
        A: Et le revenu du foyer, à peu près ?
        C: Avec moi, ça dépend de la saison. En moyenne... trois mille cinq cents par mois, à nous
           deux. L'été, ça va ; l'hiver, on serre la ceinture.
        A: Merci, monsieur Bonnafous. Un conseiller va vous rappeler pour l'étude. Quand est-ce que
           ça vous arrange ?
        C: Le soir. Mais pas le mardi ni le vendredi : j'entraîne les minimes, au stade. Mercredi ?
        A: Mercredi soir, dix-neuf heures ?
        C: À dix-neuf heures, je suis encore sur la rivière, en cette saison : les groupes traînent.
           Vingt heures. Vingt heures, c'est bien.
        A: Mercredi, vingt heures. Sur quel numéro ?
        C: Mon portable : zéro six, quatre-vingt-neuf, cinquante, vingt-deux, treize. Et si je ne
           réponds pas, c'est que je suis dans l'eau : appelez ma femme, Karine, au zéro six,
           trente, quarante et un, soixante-huit, soixante-quinze.
        A: 06 89 50 22 13, et 06 30 41 68 75. Merci, monsieur, bonne soirée.
        C: Merci à vous ! Et venez faire du rafting, un jour : pour vous, je fais un prix.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Patrice",
        client_last_name_data_ia="Bonnafous",
        client_phone_number="0689502213",
        client_city_data_ia="Quillan",
        client_address_data_ia="7 rue du Pont-Vieux",
        client_postal_code_data_ia="11500",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="entre 80 et 100",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="130",
        toiture_data_ia="tuiles",
        orientation_data_ia="ouest",
        toit_libre="moins de 20m",
        age_mr_data_ia="46",
        age_mme_data_ia="43",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="indépendant depuis 12 ans",
        activite_mme_data_ia="fonctionnaire",
        revenu_data_ia="3500 euros par mois",
        tel2_data_ia="0630416875",
        creneau_rappel_data_ia="mercredi soir",
        heure_rappel_data_ia="20h",
        **OWNER,
    ),
    script(
        "h25_le_vauclin_sorbets",
        "a woman at Le Vauclin in Martinique who sells coconut sorbets, with Creole turns ('Wi',"
        " 'An-an, mon fils'): her first name confirmed and the surname at the greeting (Rosemonde"
        " Lapierre), 'c'est notre maison' (oui), '12 rue Victor-Schœlcher, au Vauclin' and the code"
        " in pairs ('Quatre-vingt-dix-sept, deux cent quatre-vingts': 97280), 'pas de chauffage'"
        " (no heating: '-'; the air conditioning cools, and the solar water heater is not heating),"
        " the EDF bill every two months ('deux cent vingt euros, pour les deux mois') turned into"
        " a month by the agent and confirmed ('Cent dix par mois': 110, mensuelle),"
        " 'Quatre-vingt-dix mètres carrés. Sans la galerie' (90), 'En tôle' (tôle), 'Le grand pan"
        " regarde la mer ... la mer, c'est l'est' (est), 'largement' beside the water heater (20m),"
        " 'Cinquante-deux ans. Et mon mari, Léandre, cinquante-huit' (52, 58), 'Mariés, oui,"
        " quatre enfants' (mariée, 4 enfants), 'À mon compte, depuis deux mille dix-sept'"
        " (indépendante depuis 9 ans in 2026), her husband 'fonctionnaire, titulaire'"
        " (fonctionnaire), the income left to him ('-'), her half-past seven moved to the opening"
        " hour ('Huit heures, alors ... Lundi ?': lundi matin, 8h), her mobile in pairs (main)",
        """
        A: Bonjour madame, Yannis, de Caraïbes Solaire Habitat. Je suis bien chez madame Lapierre ?
        C: Wi, c'est moi. Bonjour. C'est pour quoi ?
        A: Pour votre demande d'étude de panneaux photovoltaïques, madame Lapierre.
        C: Ah oui, oui ! Enfin ! Ça fait bien un mois que j'ai rempli ça. Je croyais que c'était
           encore une affaire qui ne donnerait rien.
        A: Je suis désolé pour l'attente. Votre prénom, c'est bien Rosemonde ?
        C: Rosemonde, oui. Rosemonde Lapierre ; Lapierre en un seul mot.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui, c'est notre maison. Mon mari l'a construite avec ses frères, un coup de main comme
           on fait ici, un week-end après l'autre.
        A: Et l'adresse ?
        C: Douze, rue Victor-Schœlcher, au Vauclin. En haut du bourg, avant la descente vers la
           plage. Quatre-vingt-dix-sept, deux cent quatre-vingts.
        A: 12 rue Victor-Schœlcher, 97280 Le Vauclin. Vous avez un chauffage, dans la maison ?
        C: Un chauffage ? Ici ? An-an, mon fils, pas de chauffage ! On a les ventilateurs, et la
           clim dans la chambre, c'est tout. Et pour l'eau chaude, on a déjà un chauffe-eau solaire,
           sur le toit.
        A: D'accord. Et votre facture d'électricité ?
        C: EDF, c'est tous les deux mois. La dernière, c'était deux cent vingt euros, pour les deux
           mois.
        A: Donc à peu près cent dix euros par mois ?
        C: Cent dix par mois, c'est ça. Avec la clim qui tourne la nuit, ça monte vite.
        A: La surface de la maison ?
        C: Quatre-vingt-dix mètres carrés. Sans la galerie, la terrasse couverte devant : là, on vit
           dehors.
        A: Et le toit, il est en quoi ?
        C: En tôle. De la tôle ondulée, peinte en rouge. On l'a toute changée après le cyclone Dean,
           en deux mille sept : il avait emporté la moitié du toit.
        A: Et vous savez comment il est orienté ?
        C: Le grand pan regarde la mer, du côté de l'alizé. Ici, la mer, c'est l'est : le soleil se
           lève dans la baie, tous les matins.
        A: Et il y aurait une vingtaine de mètres carrés libres, à côté du chauffe-eau ?
        C: Oui, oui, largement. Le chauffe-eau prend un petit coin, il reste tout le reste.
        A: Très bien. Votre âge, madame ?
        C: Cinquante-deux ans. Et mon mari, Léandre, cinquante-huit.
        A: Vous êtes mariés, vous avez des enfants ?
        C: Mariés, oui, quatre enfants. Trois en France, à Paris et à Bordeaux, et le dernier ici,
           avec nous : il est au lycée, au François.
        A: Et vous travaillez ?
        C: Moi, je fais des sorbets coco et des gâteaux patate douce, je vends au marché et aux
           touristes, sur la plage. À mon compte, depuis deux mille dix-sept. Et Léandre est à la
           mairie, aux espaces verts : il est fonctionnaire, titulaire.
        A: Et le revenu du foyer, à peu près ?
        C: Oh, ça, je ne sais pas bien : avec les sorbets, ça dépend de la saison et des bateaux de
           croisière. Léandre saurait mieux. Le conseiller lui demandera.
        A: Pas de souci. Quand est-ce que le conseiller pourrait vous rappeler ?
        C: Le matin, tôt : après, je pars au marché. Sept heures et demie ?
        A: Nous ouvrons à huit heures, madame.
        C: Huit heures, alors, mais pas plus tard, hein : à huit heures et demie, je suis partie
           avec la glacière. Lundi ?
        A: Lundi, huit heures. Sur quel numéro ?
        C: Mon portable : zéro six, quatre-vingt-seize, vingt-trois, quarante-cinq,
           soixante-dix-huit.
        A: 06 96 23 45 78. Merci, madame Lapierre, bonne journée.
        C: Merci, mon fils, bonne journée à vous aussi. Au revoir !
        """,
        client="Mme",
        objections="revenu laissé au mari",
        client_first_name_data_ia="Rosemonde",
        client_last_name_data_ia="Lapierre",
        client_phone_number="0696234578",
        client_city_data_ia="Le Vauclin",
        client_address_data_ia="12 rue Victor-Schœlcher",
        client_postal_code_data_ia="97280",
        proprietaire_data_ia="oui",
        facture_data_ia="110",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="90",
        toiture_data_ia="tôle",
        orientation_data_ia="est",
        toit_libre="20m",
        age_mr_data_ia="58",
        age_mme_data_ia="52",
        situation_familiale_data_ia="mariée, 4 enfants",
        activite_mr_data_ia="fonctionnaire",
        activite_mme_data_ia="indépendante depuis 9 ans",
        creneau_rappel_data_ia="lundi matin",
        heure_rappel_data_ia="8h",
        **OWNER,
    ),
    script(
        "h25_lannemezan_mefiante",
        "a wary divorced hospital worker at Lannemezan whose mother was cheated over a heat pump:"
        " she checks the file number before answering, puts right the first name the agent has"
        " ('Non, Natacha ... Nathalie, c'est le prénom de ma sœur': Natacha Dufourcq), 'j'ai"
        " racheté la part de mon ex-mari' (oui), '31 rue du Maréchal-Foch' and the code digit by"
        " digit ('six, cinq, trois, zéro, zéro': 65300), 'Une pompe à chaleur' (pompe à chaleur),"
        " only a band and no figure ('Moins de quatre-vingts euros par mois': moins_de_80,"
        " mensuelle), 'Quatre-vingt-quinze mètres carrés' (95), 'En ardoises' (ardoises), the"
        " orientation not known ('-'), 'deux velux et la cheminée ... Quinze mètres' (moins de"
        " 20m), 'Je suis de soixante-dix-neuf' (47 in 2026), 'Deux ... Divorcée' (divorcée, 2"
        " enfants), 'agent de service hospitalier. Fonctionnaire' (fonctionnaire), the income"
        " refused ('-'), 'Mardi, en début d'après-midi' with the agent's two o'clock moved"
        " ('Quatorze heures trente': mardi début d'après-midi, 14h30), the mobile the agent reads"
        " and she confirms (main)",
        """
        A: Bonjour madame, Florian, de Pyrénées Énergie Habitat. Madame Dufourcq ?
        C: Qui la demande ?
        A: Florian, de Pyrénées Énergie Habitat. C'est au sujet de votre demande d'étude pour des
           panneaux solaires.
        C: Je n'ai rien signé, hein. Je voulais juste savoir combien ça coûte. Et comment je sais,
           moi, que vous êtes bien la société du site ?
        A: Vous avez reçu un courriel de confirmation, avec un numéro de dossier. Le vôtre finit par
           quatre cent douze.
        C: Attendez, je regarde... Quatre cent douze, oui. Bon. Excusez-moi, mais ma mère s'est fait
           avoir l'an dernier par un faux conseiller, pour une pompe à chaleur : huit mille euros,
           et la pompe n'a jamais marché. Alors, je me méfie.
        A: Vous avez bien raison. Je vais vous poser quelques questions ; vous ne répondez qu'à
           celles qui vous conviennent.
        C: D'accord.
        A: J'ai votre prénom comme Nathalie, c'est bien ça ?
        C: Non, Natacha. N, A, T, A, C, H, A. Nathalie, c'est le prénom de ma sœur ; tout le monde
           se trompe.
        A: Pardon : Natacha Dufourcq. Vous êtes propriétaire de votre maison ?
        C: Oui. Depuis le divorce, elle est à moi : j'ai racheté la part de mon ex-mari. Ça m'a
           coûté assez cher comme ça.
        A: Et l'adresse ?
        C: Vous ne l'avez pas ?
        A: J'ai seulement la ville, Lannemezan.
        C: Bon. Trente et un, rue du Maréchal-Foch. Le code : six, cinq, trois, zéro, zéro.
        A: 31 rue du Maréchal-Foch, 65300 Lannemezan. Vous vous chauffez comment ?
        C: Une pompe à chaleur. Une vraie, celle-là, posée par un artisan du coin que je connais
           depuis l'école. Pas comme celle de ma mère.
        A: Et votre facture d'électricité ?
        C: Moins de quatre-vingts euros par mois. Je ne vous dirai pas le chiffre exact, mais c'est
           moins de quatre-vingts.
        A: C'est noté. La surface de la maison ?
        C: Quatre-vingt-quinze mètres carrés.
        A: Le toit est en quoi ?
        C: En ardoises, comme toutes les maisons du plateau.
        A: Vous savez comment il est orienté ?
        C: Non. Le matin, il fait sombre dans la cuisine ; c'est tout ce que je sais.
        A: Le conseiller vérifiera. Et sur le toit, il y aurait une vingtaine de mètres carrés
           libres ?
        C: Je ne pense pas. Il y a deux velux et la cheminée, c'est une petite maison. Quinze
           mètres, peut-être.
        A: Votre âge, madame, si vous voulez bien ?
        C: Je suis de soixante-dix-neuf. Je vous laisse compter.
        A: Vous avez des enfants ?
        C: Deux. Des ados : quinze et dix-sept ans. Divorcée, je vous l'ai dit. Je les ai une
           semaine sur deux.
        A: Et vous travaillez ?
        C: Je suis à l'hôpital de Lannemezan, agent de service hospitalier. Fonctionnaire, titulaire
           depuis dix ans.
        A: Et vos revenus, à peu près ?
        C: Non, ça, je ne le donne pas au téléphone. Si votre conseiller vient, je lui montrerai
           l'avis d'imposition, pas avant.
        A: C'est tout à fait normal. Le conseiller peut vous rappeler pour convenir d'un rendez-vous
           ?
        C: Qu'il rappelle, oui. Mais avant, j'appellerai moi-même le numéro de la société, celui du
           courriel, pour vérifier.
        A: Bien sûr, il est en bas du courriel. Quand est-ce que ça vous arrange ?
        C: Cette semaine, je suis du matin : je finis à treize heures trente. Mardi, en début
           d'après-midi ?
        A: Mardi, quatorze heures ?
        C: Quatorze heures trente. Je veux avoir le temps de manger.
        A: Mardi, quatorze heures trente. Sur ce numéro, le 06 23 87 15 40 ?
        C: Oui. Et si ce n'est pas un numéro qui commence comme le vôtre, je ne décroche pas.
        A: C'est noté. Merci, madame Dufourcq, bonne journée.
        C: Au revoir.
        """,
        client="Mme",
        objections=(
            "méfiance (mère escroquée pour une pompe à chaleur) ; revenu refusé ; vérifiera la"
            " société avant le rappel"
        ),
        client_first_name_data_ia="Natacha",
        client_last_name_data_ia="Dufourcq",
        client_phone_number="0623871540",
        client_city_data_ia="Lannemezan",
        client_address_data_ia="31 rue du Maréchal-Foch",
        client_postal_code_data_ia="65300",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="moins_de_80",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="95",
        toiture_data_ia="ardoises",
        toit_libre="moins de 20m",
        age_mme_data_ia="47",
        situation_familiale_data_ia="divorcée, 2 enfants",
        activite_mme_data_ia="fonctionnaire",
        creneau_rappel_data_ia="mardi début d'après-midi",
        heure_rappel_data_ia="14h30",
        **OWNER,
    ),
)
