"""Held-out set 20 (``h20_*`` calls, ``--held-out 20``): see ``benchmarks.calls``."""

from __future__ import annotations

from benchmarks._script import LOST, OWNER, Script, script

__all__ = ["HELD_OUT_20"]


# A twentieth held-out set (names ``h20_*``), written after HELD_OUT_19, by someone who read only
# this module's format and earlier sets, docs/quality.md's natural-voice set and its gold
# conventions, messages/lead.py and La Poste's communes list (for the code/town pairs): never the
# extractors, and none of them was run on it. Again a call centre's ordinary day, written fresh, in
# towns no earlier set used and spread across France (Libourne, Bourg-de-Péage, Vitré,
# Saint-Affrique, Hénin-Beaumont, Obernai, Lannion, Dole, Privas, Bergerac, Mayenne, Pézenas): eight
# owners, a refusal from a retired engineer who already has panels, a childminder renting a miners'
# row house while she buys one in the next town, a wrong number answered by a night worker woken in
# the afternoon, and a partial call cut short by a volunteer firefighter's pager. A husband answers
# through his wife from the background, a wife takes the phone for her age, job and family; clients
# are busy (a florist in her shop), chatty, joking, wandering (a retired roofer), brisk (a woman who
# recites every answer before the first question) or tired; they answer before the question ends and
# ask back (the old boiler, a roof facing east or north, the price). The client corrects a first
# name (Jérémie, not Jérémy), a known address after a move across the Isère (adresse_modifiee 1), a
# postal code the agent reads wrong, a phone number on the read-back, the heating (oil said by
# habit, a pellet boiler now), a surface (the veranda added by the husband), an age (a birthday last
# Sunday) and a callback hour. Postal codes in pairs, as thousands, digit by digit and in digits;
# bills per month, per year and as all three bands; ages direct, relative to a birthday and from a
# birth year; roofs of tiles, slate and steel sheet, facing south, west, east, north, east-west or
# just sunny; jobs with a status (CDI, CDD, fonctionnaire, on one's own account since 1996, 2008,
# 2023, retired, unemployed) and without (a childminder, a florist); surnames spelt (Coustet,
# Lemétayer, Vernhet, Kaczmarek, Girod, Soubeyrand, Lafaye, Chesnel, Marty) and first names spelt
# (Soizic, Mickaël, Laëtitia); callback slots proposed, moved and settled. The set's year is 2026.
# The gold is what a careful human fills from each call; where a value is debatable, the summary
# says why. Nobody tunes on it: never rendered, never part of ``FULL`` or ``SUBSET``; ``python -m
# benchmarks.extraction_quality --held-out 20`` scores it from its reference text.
HELD_OUT_20: tuple[Script, ...] = (
    script(
        "h20_libourne_mari_au_fond",
        "a retired canteen cook at Libourne who filled the form on the tablet for her husband, who"
        " listens and answers through her from the background; entretien is 'Mme' (the fiche is"
        " hers: her husband's first name, Jacques, is not the client's); she confirms the spelt"
        " surname and gives her names (Nadine Coustet), owner 'depuis quatre-vingt-dix-huit ... il"
        " me dit quatre-vingt-dix-sept' (oui), '14 chemin de Condat' and the code in digits"
        " (33500), 'Une chaudière gaz, au sous-sol' (gaz), the bill paid once a year ('mille neuf"
        " cent cinquante euros. Pour l'année': 1950, annuelle), the surface corrected by the"
        " husband ('Cent vingt ... il me dit cent trente-cinq, avec la véranda ... on y vit': 135),"
        " 'des tuiles canal' (tuiles), 'Derrière, côté jardin, c'est plein ouest' (ouest), 'Il dit"
        " trente, au moins' free (20m), 'Soixante-sept ans' (67), her husband 'Il est de"
        " cinquante-six' (70 in 2026), 'Mariés ... Deux enfants, et quatre petits-enfants' (mariée,"
        " 2 enfants: grandchildren are not children), 'Retraités tous les deux' (retraitée,"
        " retraité; the canteen and the railway are the past), 'trois mille cent cinquante par"
        " mois' (3150 euros par mois), the agent's 'Jeudi matin, vers dix heures ?' moved by her"
        " ('Mettez onze heures et demie. En fin de matinée': jeudi fin de matinée, 11h30), the"
        " landline (main) and her husband's mobile (tel2) in pairs",
        """
        A: Bonjour madame, Julien, de Dordogne Gironde Solaire. Madame Coustet ?
        C: Oui, c'est moi... Attendez, je baisse la radio. Voilà. C'est à quel sujet ?
        A: Vous avez demandé une étude pour des panneaux solaires sur notre site, madame. Je vous
           appelle pour la préparer avec vous. Vous avez un petit moment ?
        C: Oui, oui. C'est mon mari qui voulait, mais c'est moi qui ai rempli : lui, la tablette, il
           ne sait pas s'en servir. Il est à côté, il écoute. Vous allez l'entendre, il ne peut pas
           s'en empêcher.
        A: Très bien. Je vérifie votre nom : C, O, U, S, T, E, T ?
        C: C'est ça, Coustet. Nadine Coustet.
        A: Merci, madame Coustet. Vous êtes propriétaire de la maison ?
        C: Oui, depuis quatre-vingt-dix-huit. Quoi ? ... Il me dit quatre-vingt-dix-sept. Bon,
           depuis longtemps, en tout cas.
        A: Et l'adresse, c'est bien...
        C: Quatorze, chemin de Condat, à Libourne. 33500.
        A: 14 chemin de Condat, 33500 Libourne. Et vous vous chauffez comment ?
        C: Une chaudière gaz, au sous-sol. On l'a changée il y a... Jacques, la chaudière, c'était
           quand ? Il y a six ans, il dit.
        A: Et votre facture d'électricité, vous savez à peu près ?
        C: On paie une fois par an, on n'aime pas les prélèvements, nous. L'an dernier, c'était
           mille neuf cent cinquante euros. Pour l'année.
        A: Mille neuf cent cinquante par an. Et la maison fait quelle surface ?
        C: Cent vingt mètres carrés. Quoi ? ... Mon mari me dit cent trente-cinq, avec la véranda.
           Bon, il a raison, on y vit, dans la véranda : on y mange de Pâques à la Toussaint.
        A: Je note cent trente-cinq. Le toit, il est en quoi ?
        C: En tuiles. Des tuiles canal, les rondes, comme partout ici.
        A: Et vous savez comment il est orienté ?
        C: Derrière, côté jardin, c'est plein ouest : le soir, on voit le soleil se coucher sur les
           peupliers, au bord de la Dordogne.
        A: Et sur ce côté-là, il y aurait une vingtaine de mètres carrés libres ?
        C: Jacques ? ... Il dit trente, au moins. Il n'y a rien sur ce pan, pas une fenêtre de toit.
        A: Parfait. Votre âge, madame, si ce n'est pas indiscret ?
        C: Soixante-sept ans.
        A: Et votre mari ?
        C: Il est de cinquante-six. Il dit qu'il est le plus jeune de la rue, mais ce n'est pas
           vrai.
        A: Vous êtes mariés, vous avez des enfants ?
        C: Mariés, oui. Deux enfants, et quatre petits-enfants. Ils viennent tous à Pâques : on est
           quatorze à table.
        A: Et vous êtes retraités, tous les deux ?
        C: Oui. Moi, j'étais cuisinière à la cantine du collège, trente ans. Lui, il était
           contrôleur, à la SNCF. Retraités tous les deux, maintenant.
        A: Et le revenu du foyer, à peu près ?
        C: Avec les deux retraites... trois mille cent cinquante par mois.
        A: Merci. Quand est-ce qu'un conseiller pourrait vous rappeler, avec votre mari ?
        C: Le matin, plutôt. Pas trop tôt, hein : il fait son vélo, le matin, avec les copains.
        A: Jeudi matin, vers dix heures ?
        C: Le jeudi, ils vont jusqu'à Saint-Émilion, il ne rentre pas avant onze heures. Mettez onze
           heures et demie. En fin de matinée.
        A: Jeudi, onze heures et demie. Sur quel numéro ?
        C: Le fixe : zéro cinq, cinquante-sept, cinquante et un, trente-huit, quatorze. Et le
           portable de mon mari, si on est au jardin : zéro six, soixante-quatorze,
           quatre-vingt-dix, vingt-deux, zéro trois.
        A: 05 57 51 38 14, et 06 74 90 22 03. Merci, madame Coustet, bonne journée à vous deux.
        C: Merci, au revoir. Il vous dit au revoir aussi.
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Nadine",
        client_last_name_data_ia="Coustet",
        client_phone_number="0557513814",
        client_city_data_ia="Libourne",
        client_address_data_ia="14 chemin de Condat",
        client_postal_code_data_ia="33500",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="1950",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="135",
        toiture_data_ia="tuiles",
        orientation_data_ia="ouest",
        toit_libre="20m",
        age_mr_data_ia="70",
        age_mme_data_ia="67",
        situation_familiale_data_ia="mariée, 2 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="retraitée",
        revenu_data_ia="3150 euros par mois",
        tel2_data_ia="0674902203",
        creneau_rappel_data_ia="jeudi fin de matinée",
        heure_rappel_data_ia="11h30",
        **OWNER,
    ),
    script(
        "h20_bourg_de_peage_demenage",
        "a boilermaker who corrects his first name as the agent reads it ('Jérémie, c'est avec I,"
        " E, pas avec un Y': Jérémie; surname Faurie from the greeting) and the known address:"
        " 'Romans, c'est fini : on a déménagé en mars ... à Bourg-de-Péage. Cinq, allée des"
        " Micocouliers' (adresse_modifiee 1, the new town and street), the code in digits with the"
        " old one as a foil ('26300. Romans, c'était le 26100': 26300), 'Propriétaires, avec ma"
        " femme' (oui), 'Une pompe à chaleur air-air. Il y a un split dans chaque pièce' (pompe à"
        " chaleur), 'la mensualité, c'est cent trente-huit euros' (138, mensuelle), 'Cent dix"
        " mètres carrés, sans le garage' (110), 'Des tuiles' (tuiles), 'Le grand pan donne à l'est,"
        " face au Vercors ... L'autre pan est au nord' (est), 'Une vingtaine, oui, tout juste'"
        " (20m), 'Trente-neuf ans. Et ma femme, trente-sept' (39, 37), married last summer with"
        " 'une petite de trois ans. Et un deuxième en route' (marié, 1 enfant: the unborn baby is"
        " not counted), 'chaudronnier ... En CDI' (CDI), his wife 'professeure d'EPS au lycée :"
        " fonctionnaire' (fonctionnaire), 'Quarante-huit mille par an, à nous deux' (48000 euros"
        " par an), 'Mercredi, vers vingt heures trente ?' (mercredi soir, 20h30), his mobile in"
        " pairs, corrected on the agent's read-back ('Non, cinquante-sept à la fin': 0619428657)",
        """
        A: Bonjour monsieur, Pauline, de Drôme Isère Énergie. Monsieur Faurie ?
        C: Oui, bonjour.
        A: Je vous appelle suite à votre demande d'étude pour des panneaux solaires. J'ai ici Jérémy
           Faurie, douze, rue Jacquemart, à Romans ?
        C: Alors, deux choses. Jérémie, c'est avec I, E, pas avec un Y : tout le monde se trompe,
           même ma mère, des fois. Et Romans, c'est fini : on a déménagé en mars.
        A: Pardon : Jérémie, I, E. Et vous habitez où, maintenant ?
        C: On a acheté de l'autre côté de l'Isère, à Bourg-de-Péage. Cinq, allée des Micocouliers.
           Un lotissement de deux mille dix, à peu près.
        A: 5 allée des Micocouliers, à Bourg-de-Péage. Et le code postal ?
        C: 26300. Romans, c'était le 26100 : il ne faut pas confondre, sinon le courrier repart à
           l'ancienne adresse. Ça nous est déjà arrivé deux fois.
        A: C'est corrigé. Donc vous êtes propriétaire, maintenant ?
        C: Voilà. Propriétaires, avec ma femme. Et avec la banque, pour vingt-cinq ans.
        A: Et comment est chauffée la maison ?
        C: Une pompe à chaleur air-air. Il y a un split dans chaque pièce : ça chauffe l'hiver, ça
           rafraîchit l'été. C'était déjà installé quand on a acheté.
        A: Et votre facture d'électricité ?
        C: On n'a pas encore une année complète, alors à l'année, je ne peux pas vous dire. Mais la
           mensualité, c'est cent trente-huit euros.
        A: Cent trente-huit par mois. La maison fait quelle surface ?
        C: Cent dix mètres carrés, sans le garage.
        A: Et le toit, c'est des tuiles ?
        C: Des tuiles, oui. Le grand pan donne à l'est, face au Vercors : le matin, on a le soleil
           dans la cuisine dès six heures. L'autre pan est au nord, côté rue.
        A: Et sur le pan est, il y aurait une vingtaine de mètres carrés libres ?
        C: Une vingtaine, oui, tout juste. Il y a une fenêtre de toit dans un coin, le reste est
           libre. Mais dites, à l'est, ça vaut le coup ? Ou il n'y a que le plein sud qui marche ?
        A: L'est produit un peu moins, mais le matin, au moment où vous consommez. Le conseiller
           vous fera le calcul. Votre âge, monsieur ?
        C: Trente-neuf ans. Et ma femme, trente-sept.
        A: Vous êtes mariés ?
        C: Depuis l'été dernier, oui. On a une petite de trois ans. Et un deuxième en route, pour
           octobre : c'est pour ça qu'on a pris plus grand.
        A: Félicitations ! Et vous travaillez dans quoi ?
        C: Je suis chaudronnier, chez un fabricant de cuves inox, à Romans. En CDI. Ma femme est
           professeure d'EPS au lycée : fonctionnaire.
        A: Et le revenu du foyer, à peu près ?
        C: Quarante-huit mille par an, à nous deux. Net.
        A: Merci. Quand est-ce qu'un conseiller pourrait vous rappeler, avec votre épouse ?
        C: Le soir, une fois la petite couchée. Mercredi, vers vingt heures trente ?
        A: Mercredi, vingt heures trente. Sur quel numéro ?
        C: Mon portable : zéro six, dix-neuf, quarante-deux, quatre-vingt-six, cinquante-sept.
        A: 06 19 42 86 75 ?
        C: Non, cinquante-sept à la fin. Quatre-vingt-six, cinquante-sept.
        A: 06 19 42 86 57. Merci, monsieur Faurie, et bonne installation dans la nouvelle maison.
        C: Merci. Au revoir.
        """,
        client="Mr",
        objections="doute du rendement d'un toit orienté à l'est",
        client_first_name_data_ia="Jérémie",
        client_last_name_data_ia="Faurie",
        client_phone_number="0619428657",
        client_city_data_ia="Bourg-de-Péage",
        client_address_data_ia="5 allée des Micocouliers",
        client_postal_code_data_ia="26300",
        adresse_modifiee="1",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="138",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="110",
        toiture_data_ia="tuiles",
        orientation_data_ia="est",
        toit_libre="20m",
        age_mr_data_ia="39",
        age_mme_data_ia="37",
        situation_familiale_data_ia="marié, 1 enfant",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="fonctionnaire",
        revenu_data_ia="48000 euros par an",
        creneau_rappel_data_ia="mercredi soir",
        heure_rappel_data_ia="20h30",
        **OWNER,
    ),
    script(
        "h20_vitre_chene_du_voisin",
        "a single accountant at Vitré in her grandmother's house, who asks back whether she must"
        " change her old boiler first; she spells her surname ('L, E, M, E accent aigu, T, A, Y, E,"
        " R. En un seul mot': Lemétayer) and first name ('S, O, I, Z, I, C': Soizic), 'Oui, toute"
        " seule ... je l'ai rachetée à mes oncles' (oui), '3 rue des Tanneurs' and the code digit"
        " by digit ('Trois, cinq, cinq, zéro, zéro': 35500), 'Au fioul. C'est la vieille chaudière"
        " de ma grand-mère' (fioul), only a band for the bill ('Entre quatre-vingts et cent euros"
        " par mois, je dirais': entre 80 et 100, mensuelle), 'Quatre-vingt-huit mètres carrés'"
        " (88), 'En ardoise' (ardoises), 'Le pan de derrière est plein sud, mais il y a un grand"
        " chêne' (sud), 'Vingt ? Non ... Quinze, peut-être' (moins de 20m), 'Quarante-quatre ans'"
        " (44), 'célibataire. Pas d'enfants' (célibataire), 'comptable ... En CDI' (CDI), 'Deux"
        " mille trois cents net par mois' (2300 euros par mois), 'Le lundi, je suis en télétravail"
        " ... plutôt en début d'après-midi' and the agent's 'quatorze heures' (lundi début"
        " d'après-midi, 14h), her mobile in pairs (main)",
        """
        A: Bonjour madame, Mathieu, de Bretagne Est Solaire. Je suis bien chez madame Lemétayer ?
        C: Oui, c'est moi. Ah, vous êtes les panneaux ? J'attendais votre appel, j'ai rempli la
           demande dimanche soir.
        A: C'est bien ça. Je commence par vérifier l'orthographe de votre nom.
        C: L, E, M, E accent aigu, T, A, Y, E, R. En un seul mot. Et le prénom, c'est Soizic : S, O,
           I, Z, I, C.
        A: Merci, madame. Vous êtes propriétaire de votre maison ?
        C: Oui, toute seule. C'était la maison de ma grand-mère, je l'ai rachetée à mes oncles il y
           a huit ans. Enfin, c'est surtout la banque qui l'a rachetée, pour l'instant.
        A: Et l'adresse ?
        C: Trois, rue des Tanneurs, à Vitré. Trois, cinq, cinq, zéro, zéro.
        A: 3 rue des Tanneurs, 35500 Vitré. Vous vous chauffez comment ?
        C: Au fioul. C'est la vieille chaudière de ma grand-mère, elle a trente ans, elle fait un
           bruit de tracteur. D'ailleurs, je me demandais : il faut que je la change avant de mettre
           des panneaux, ou ça n'a rien à voir ?
        A: Ça n'a rien à voir, madame : les panneaux produisent de l'électricité pour la maison.
           Mais le conseiller pourra vous parler du chauffage aussi, si vous voulez. Votre facture
           d'électricité, justement ?
        C: Alors... je n'ai pas le chiffre exact sous les yeux. Entre quatre-vingts et cent euros
           par mois, je dirais. Ça monte l'hiver, avec le sèche-serviettes.
        A: Et la surface de la maison ?
        C: Quatre-vingt-huit mètres carrés, avec l'étage.
        A: Le toit est en ardoise ?
        C: En ardoise, oui, comme toute la rue. Le pan de derrière est plein sud, mais il y a un
           grand chêne dans le jardin du voisin, qui fait de l'ombre en fin de journée.
        A: Et sur ce pan, vous auriez une vingtaine de mètres carrés libres ?
        C: Vingt ? Non, je ne pense pas. Il y a la lucarne de ma chambre et la cheminée. Quinze,
           peut-être. C'est une petite maison de ville, vous savez.
        A: Le conseiller verra ce qu'on peut y mettre. Votre âge, madame ?
        C: Quarante-quatre ans.
        A: Vous vivez seule ?
        C: Oui, célibataire. Pas d'enfants. Un chat, qui dort sur la chaudière tout l'hiver.
        A: Il a raison, c'est l'endroit le plus chaud. Et vous travaillez ?
        C: Je suis comptable, dans une entreprise de transport, à la zone industrielle. En CDI.
        A: Et vos revenus, à peu près ?
        C: Deux mille trois cents net par mois.
        A: Merci. Quand est-ce qu'un conseiller pourrait vous rappeler ?
        C: Le lundi, je suis en télétravail. Entre midi et deux, ou... non, plutôt en début
           d'après-midi : je mange tard.
        A: Lundi, quatorze heures ?
        C: Quatorze heures, c'est parfait.
        A: Et sur quel numéro ?
        C: Le portable, c'est le plus sûr : zéro six, quarante et un, soixante-trois, zéro zéro,
           dix-huit.
        A: 06 41 63 00 18. Merci, madame Lemétayer, bonne journée.
        C: Merci à vous. Au revoir.
        """,
        client="Mme",
        objections="peu de place libre sur le toit (lucarne, cheminée) ; ombre d'un chêne",
        client_first_name_data_ia="Soizic",
        client_last_name_data_ia="Lemétayer",
        client_phone_number="0641630018",
        client_city_data_ia="Vitré",
        client_address_data_ia="3 rue des Tanneurs",
        client_postal_code_data_ia="35500",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="entre 80 et 100",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="88",
        toiture_data_ia="ardoises",
        orientation_data_ia="sud",
        toit_libre="moins de 20m",
        age_mme_data_ia="44",
        situation_familiale_data_ia="célibataire",
        activite_mme_data_ia="CDI",
        revenu_data_ia="2300 euros par mois",
        creneau_rappel_data_ia="lundi début d'après-midi",
        heure_rappel_data_ia="14h",
        **OWNER,
    ),
    script(
        "h20_saint_affrique_toit_nord",
        "a joiner at Saint-Affrique who rebuilt an old barn himself and tells his trade before he"
        " is asked ('Je suis menuisier ... À mon compte depuis deux mille huit': indépendant depuis"
        " 18 ans); he spells the surname's H himself (Vernhet) and gives his first name (Alain),"
        " owner of the barn he 'retapée moi-même' (oui), the number found again ('Le chemin de la"
        " Sorgue ... ils ont mis des numéros l'an dernier ... Dix-sept': 17 chemin de la Sorgue)"
        " and the code in pairs ('Douze, quatre cents': 12400), 'À l'électrique. J'ai mis des"
        " radiateurs à chaleur douce partout' with a stove 'pour le plaisir' (électrique),"
        " 'Quatre-vingt-deux euros par mois' (82, mensuelle), 'Cent soixante-dix mètres carrés"
        " habitables' (170), 'En bac acier' (bac acier), a roof with one slope only that 'penche"
        " vers le nord' (nord), 'Soixante mètres carrés, au moins. Il n'y a rien dessus' (20m),"
        " 'Cinquante-quatre ans' (54); his wife takes the phone: 'J'aurai cinquante ans en"
        " décembre' (49), 'à la fromagerie, à Roquefort ... En CDI' (CDI), 'On est mariés, on a"
        " trois enfants' (marié, 3 enfants; entretien stays 'Mr': he took the call and the fiche is"
        " his); back to him: 'Soixante mille par an, à peu près, à nous deux' (60000 euros par an),"
        " 'Le samedi après-midi. Deux heures et demie' (samedi après-midi, 14h30), his mobile"
        " (main) and his wife's (tel2) in pairs",
        """
        A: Bonjour monsieur, Laura, de Causses Aveyron Énergie. Monsieur Vernhet ?
        C: Oui. Vernhet, avec un H après le N : on l'oublie toujours. C'est pour les panneaux ?
        A: C'est ça, pour votre demande d'étude. Je note : V, E, R, N, H, E, T. Et votre prénom ?
        C: Alain.
        A: Vous êtes propriétaire de votre maison, monsieur Vernhet ?
        C: Oui. Enfin, la maison, c'est une ancienne grange, je l'ai retapée moi-même, dix ans de
           week-ends. Je suis menuisier, alors le bois, je connais. À mon compte depuis deux mille
           huit.
        A: Un beau chantier. Et l'adresse ?
        C: Le chemin de la Sorgue... Non, attendez, ils ont mis des numéros l'an dernier, avec la
           fibre. Dix-sept, chemin de la Sorgue, à Saint-Affrique. Douze, quatre cents.
        A: 17 chemin de la Sorgue, 12400 Saint-Affrique. Vous vous chauffez comment ?
        C: À l'électrique. J'ai mis des radiateurs à chaleur douce partout, et un sèche-serviettes
           dans la salle de bains. Il y a un poêle, aussi, mais ça, c'est pour le plaisir, le soir.
        A: Et votre facture d'électricité ?
        C: Quatre-vingt-deux euros par mois. Je m'attendais à pire, mais j'ai bien isolé : trente
           centimètres de laine de bois sous le toit.
        A: Et la surface de la maison ?
        C: Cent soixante-dix mètres carrés habitables. La grange est plus grande, mais en bas, c'est
           mon atelier.
        A: Et le toit, il est en quoi ?
        C: En bac acier. Il y avait des vieilles tuiles, à moitié cassées, j'ai tout remplacé. Mais
           il faut que je vous dise : il n'a qu'un pan, le toit, et il penche vers le nord. Au sud,
           c'est le grand mur de la grange, avec les ouvertures.
        A: D'accord, un seul pan, orienté au nord. Et quelle surface libre, sur ce pan ?
        C: Soixante mètres carrés, au moins. Il n'y a rien dessus, pas une fenêtre. Mais au nord,
           vos panneaux, ça sert à quelque chose ?
        A: C'est moins bien qu'au sud, mais avec une pente faible, ça produit quand même. Le
           conseiller regardera sur place ; on peut aussi poser au sol, parfois.
        C: Au sol, j'ai de la place : j'ai un pré, derrière. Dites-le-lui.
        A: Je le note. Votre âge, monsieur ?
        C: Cinquante-quatre ans. Attendez, ma femme rentre, elle veut vous parler. Tiens, c'est la
           dame des panneaux.
        C: Bonjour, madame. Il vous a parlé de son pré ? Bon. Vous voulez mon âge, j'imagine :
           j'aurai cinquante ans en décembre.
        A: Merci, madame. Et vous travaillez ?
        C: Je suis à la fromagerie, à Roquefort, à l'affinage, dans les caves. En CDI, depuis vingt
           ans.
        A: Vous êtes mariés, vous avez des enfants ?
        C: On est mariés, on a trois enfants, des grands : le dernier est à la fac, à Rodez. Je vous
           repasse Alain.
        C: C'est encore moi.
        A: Monsieur, le revenu du foyer, à peu près ?
        C: Avec l'entreprise, ça dépend des années. Soixante mille par an, à peu près, à nous deux.
        A: Merci. Quand est-ce qu'un conseiller pourrait vous rappeler ?
        C: En semaine, je suis sur les chantiers. Le samedi après-midi. Deux heures et demie, ça va
           ?
        A: Samedi, quatorze heures trente. Sur quel numéro ?
        C: Mon portable : zéro six, quatre-vingts, vingt et un, quarante-sept, treize. Et ma femme
           veut que vous ayez le sien : zéro six, soixante-cinq, trente-trois, zéro huit,
           quatre-vingt-dix-neuf.
        A: 06 80 21 47 13, et 06 65 33 08 99. Merci, monsieur Vernhet, bonne journée à vous deux.
        C: Merci. Au revoir.
        """,
        client="Mr",
        objections="toit d'un seul pan orienté au nord ; doute du rendement",
        client_first_name_data_ia="Alain",
        client_last_name_data_ia="Vernhet",
        client_phone_number="0680214713",
        client_city_data_ia="Saint-Affrique",
        client_address_data_ia="17 chemin de la Sorgue",
        client_postal_code_data_ia="12400",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="82",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="170",
        toiture_data_ia="bac acier",
        orientation_data_ia="nord",
        toit_libre="20m",
        age_mr_data_ia="54",
        age_mme_data_ia="49",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="indépendant depuis 18 ans",
        activite_mme_data_ia="CDI",
        revenu_data_ia="60000 euros par an",
        tel2_data_ia="0665330899",
        creneau_rappel_data_ia="samedi après-midi",
        heure_rappel_data_ia="14h30",
        **OWNER,
    ),
    script(
        "h20_henin_beaumont_locataire",
        "a childminder at Hénin-Beaumont who rents a miners' row house from a private landlord and"
        " has signed to buy a house in Montigny-en-Gohelle in June (the future house is not hers"
        " yet: city, address and code are where she lives now, and adresse_modifiee stays 0); she"
        " confirms the spelt surname (Kaczmarek) and gives her first name with its diaeresis"
        " (Laëtitia), 'Pas encore ! On loue, pour l'instant' (non: Non intéressant), 'on est au"
        " gaz, une vieille chaudière que le propriétaire ne veut pas changer' (gaz), only a band"
        " for the bill ('moins de quatre-vingts euros par mois': moins_de_80, mensuelle), her"
        " partner Kevin (his first name is not the client's), 'On n'est pas mariés, mais ça fait"
        " douze ans' with 'nos trois enfants' (en couple, 3 enfants), 'j'ai trente et un ans, lui"
        " trente-trois' (31, 33), 'assistante maternelle' (the job, no status said), 'Kevin, il est"
        " au chômage' (au chômage), '27 rue de Flandre' and the code in pairs ('Soixante-deux, cent"
        " dix': 62110), the mobile the agent reads and she confirms (main); she will call back once"
        " she has the keys, no callback agreed (Non)",
        """
        A: Bonjour madame, Bastien, d'Artois Énergie Solaire. Madame Kaczmarek ?
        C: Oui, c'est moi. Vous l'avez bien prononcé, bravo, c'est rare.
        A: Merci ! Je vous appelle pour votre demande d'étude de panneaux solaires. Je vérifie
           l'orthographe : K, A, C, Z, M, A, R, E, K ?
        C: C'est ça. Mon arrière-grand-père est venu de Pologne pour la mine, comme la moitié de la
           rue. Et le prénom, c'est Laëtitia, avec un tréma sur le E.
        A: Merci, madame. Vous êtes propriétaire de votre maison ?
        C: Pas encore ! On loue, pour l'instant. Une maison de coron, à un monsieur qui en a racheté
           toute une rangée. Mais on a signé un compromis pour une maison, à Montigny-en-Gohelle :
           on passe chez le notaire en juin. C'est pour ça que j'ai rempli votre demande, je voulais
           savoir pour après.
        A: Je vois. Pour l'étude, il faut être propriétaire de la maison où l'on pose les panneaux :
           pour celle que vous louez, on ne peut rien faire.
        C: Ah. Je m'en doutais un peu. Mais vous pouvez me dire si ça vaut le coup ? Je vous dis ce
           qu'on a ici, et vous me dites.
        A: Je vous écoute.
        C: Ici, on est au gaz, une vieille chaudière que le propriétaire ne veut pas changer. Et
           l'électricité, c'est moins de quatre-vingts euros par mois : on fait attention, on éteint
           tout derrière les enfants.
        A: C'est une petite facture, pour une famille. Vous êtes combien, à la maison ?
        C: Cinq. Mon compagnon, Kevin, et nos trois enfants. On n'est pas mariés, mais ça fait douze
           ans : ma mère dit que c'est pareil.
        A: Et vous avez quel âge, si ce n'est pas indiscret ?
        C: Moi, j'ai trente et un ans, lui trente-trois.
        A: Et vous travaillez ?
        C: Je suis assistante maternelle, chez moi : j'ai trois petits en garde, en plus des miens.
           Alors les panneaux, vous voyez, avec les machines qui tournent toute la journée...
        A: Je vois. Et votre compagnon ?
        C: Kevin, il est au chômage depuis que son usine a fermé, à Douvrin. Il cherche. Avec la
           maison, il faut qu'il retrouve vite.
        A: Je lui souhaite de trouver rapidement. Je vous garde l'adresse actuelle pour votre
           dossier ?
        C: Vingt-sept, rue de Flandre, à Hénin-Beaumont. Soixante-deux, cent dix.
        A: 27 rue de Flandre, 62110 Hénin-Beaumont. Et la maison de Montigny, vous savez déjà
           comment elle est ?
        C: Pas vraiment. On l'a visitée deux fois, j'ai surtout regardé la cuisine et les chambres.
           Le toit, je n'ai pas levé la tête.
        A: C'est normal. Une fois que vous aurez signé, rappelez-nous, ou refaites une demande avec
           la nouvelle adresse : on fera l'étude pour cette maison-là.
        C: D'accord. Je vous rappellerai cet été, quand on aura les clés.
        A: Très bien. Le numéro où je vous appelle, le 07 69 14 52 38, c'est bien le vôtre ?
        C: Oui, c'est mon portable. C'est le seul qu'on a, Kevin a cassé le sien.
        A: Alors c'est noté. Merci, madame Kaczmarek, et bon déménagement.
        C: Merci. Au revoir.
        """,
        client="Mme",
        objections="locataire ; achète une maison ailleurs, rappellera après la signature",
        client_first_name_data_ia="Laëtitia",
        client_last_name_data_ia="Kaczmarek",
        client_phone_number="0769145238",
        client_city_data_ia="Hénin-Beaumont",
        client_address_data_ia="27 rue de Flandre",
        client_postal_code_data_ia="62110",
        proprietaire_data_ia="non",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="moins_de_80",
        mensuelle_annuelle_data_ia="mensuelle",
        age_mr_data_ia="33",
        age_mme_data_ia="31",
        situation_familiale_data_ia="en couple, 3 enfants",
        activite_mr_data_ia="au chômage",
        activite_mme_data_ia="assistante maternelle",
        **LOST,
    ),
    script(
        "h20_obernai_deja_equipe",
        "a refusal at Obernai from a retired engineer who already has twelve panels on his garage"
        " roof since 2020, has done his own sums on batteries and a heat pump, and has had four"
        " such calls this quarter; what he lets fall: 'elle est à moi' (oui), 'Je me chauffe au"
        " gaz, avec une chaudière à condensation' (gaz), 'j'ai soixante-trois ans, je suis à la"
        " retraite depuis deux ans' (63, retraité: the engineering job at Molsheim is the past),"
        " 'Ici, à Obernai' (Obernai); his wife calls from the background ('Monique': her name is"
        " not the client's; 'ma femme' says no status in so many words: '-'); surname from the"
        " greeting, no first name, no number, no address; 'retirez-moi de votre liste' and 'vous ne"
        " serez plus appelé' (Non intéressant, Non)",
        """
        A: Bonjour monsieur, Émilie, d'Alsace Soleil Habitat. Monsieur Brendel ?
        C: Lui-même. Et vous, laissez-moi deviner : les panneaux solaires.
        A: C'est bien ça, monsieur. Nous faisons en ce moment des études gratuites pour les maisons
           du secteur, et...
        C: Et vous n'avez pas regardé ma maison. Mademoiselle, ouvrez une photo aérienne : j'ai déjà
           des panneaux. Douze, sur le toit du garage, depuis deux mille vingt.
        A: Ah. Pardon, monsieur, ce n'est pas indiqué dans notre fichier. Et vous en êtes content ?
        C: Très content. Ils produisent ce que j'avais calculé, à cinq pour cent près. C'est bien
           pour ça que je n'en veux pas d'autres.
        A: Vous pourriez peut-être compléter, avec quelques panneaux sur la maison ?
        C: Non. Ce que je produis couvre ce que je consomme dans la journée. Le reste, je l'achète,
           et c'est très bien comme ça.
        A: Nous proposons aussi des batteries, pour stocker la production de la journée et
           l'utiliser le soir.
        C: J'ai fait le calcul aussi. J'étais ingénieur, chez un équipementier, à Molsheim : je fais
           des tableaux pour tout, ma femme se moque de moi. Les batteries, au prix d'aujourd'hui,
           ce n'est pas rentable. Dans dix ans, peut-être.
        A: Et pour le chauffage ? Avec vos panneaux, une pompe à chaleur pourrait...
        C: Je me chauffe au gaz, avec une chaudière à condensation que j'ai changée l'an dernier.
           Elle a quinze ans devant elle. Vous n'allez pas me la faire jeter.
        A: Non, bien sûr. Et la maison, vous en êtes propriétaire ?
        C: Elle était à mon père, et au père de mon père. Oui, elle est à moi. Mais ça ne change
           rien à l'affaire.
        C: Oui, Monique ! Ce sont encore les panneaux ! ... Excusez-moi. Ma femme demande si c'est
           le monsieur des fenêtres.
        A: Non, monsieur, seulement les panneaux.
        C: Vous savez combien de fois on nous a appelés ce trimestre ? Quatre. Les panneaux,
           l'isolation à un euro, les fenêtres, et maintenant vous, encore les panneaux. Ici, à
           Obernai, tous mes voisins ont les mêmes appels.
        A: Je comprends que ça fasse beaucoup.
        C: Les gens de mon âge, on est des cibles. J'ai soixante-trois ans, je suis à la retraite
           depuis deux ans, alors on croit que je suis à la maison toute la journée. C'est vrai,
           d'ailleurs. Mais je ne décroche pas pour ça.
        A: Je l'entends, monsieur. Voulez-vous que je retire votre numéro de notre fichier ?
        C: Oui, s'il vous plaît, retirez-moi de votre liste. Et si vous pouviez le dire aux trois
           autres...
        A: Je ne peux parler que pour nous. Mais chez nous, vous ne serez plus appelé, c'est promis.
        C: C'est déjà ça. Vous êtes polie, vous, au moins. Le dernier m'a raccroché au nez quand
           j'ai parlé de mes panneaux.
        A: Merci, monsieur. Et bonne continuation avec vos panneaux.
        C: Merci. Bonne journée, mademoiselle.
        """,
        client="Mr",
        objections="déjà équipé de panneaux ; batteries non rentables ; ne pas rappeler",
        client_last_name_data_ia="Brendel",
        client_city_data_ia="Obernai",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        age_mr_data_ia="63",
        activite_mr_data_ia="retraité",
        **LOST,
    ),
    script(
        "h20_lannion_faux_numero",
        "a wrong number: the agent asks for madame Annick Le Roux at Perros-Guirec; the man who"
        " answers, woken at three in the afternoon because he works nights, lives 'à Lannion', in a"
        " flat over a bakery in the centre (a flat says neither owner nor tenant: '-'), guesses the"
        " lady has a number like his because her physiotherapist leaves him messages, asks whether"
        " panels work in Brittany and says 'J'ai quarante et un ans' (41); the fiche describes him"
        " (city Lannion, age 41, entretien 'Mr'), not the lead in the file (Perros-Guirec and her"
        " name are not gold); his night work names no job or status ('-')",
        """
        A: Bonjour monsieur, Marine, de Trégor Énergie Solaire. Je souhaiterais parler à madame
           Annick Le Roux, s'il vous plaît.
        C: Hein ? Qui ça ? ... Il est quelle heure ?
        A: Il est quinze heures, monsieur. Je vous ai réveillé, peut-être ?
        C: Un peu, oui. Je travaille de nuit. Vous voulez qui ?
        A: Madame Annick Le Roux. J'ai ce numéro pour une demande d'étude de panneaux solaires, à
           Perros-Guirec.
        C: Il n'y a pas d'Annick ici. Il n'y a que moi. Et je ne suis pas à Perros, je suis à
           Lannion.
        A: Oh, je suis désolée, monsieur. Elle a dû se tromper en tapant son numéro.
        C: Attendez... Le Roux, Perros... Il y a un kiné qui me laisse des messages, des fois, pour
           une madame Le Roux. Mardi, dix heures, la rééducation de l'épaule. Ça doit être elle.
           Elle doit avoir un numéro qui ressemble au mien.
        A: Ça doit être ça. Je vais corriger notre fichier, vous ne serez plus appelé pour elle.
        C: Merci. Parce que moi, le jour, je dors.
        A: Vous avez ce numéro depuis longtemps ?
        C: Trois ans. Je l'ai pris quand je suis revenu de Rennes. Le vendeur m'a dit qu'il était
           neuf. Neuf, tu parles.
        A: Les numéros sont parfois redonnés à quelqu'un d'autre, au bout d'un moment.
        C: Ils pourraient prévenir. Enfin, au moins, vous, vous êtes polie.
        A: Encore pardon de vous avoir réveillé.
        C: Bon, maintenant que je suis réveillé... Les panneaux, là, ça marche vraiment, en Bretagne
           ? Parce qu'ici, le soleil, on ne le voit pas tous les jours.
        A: Oui, monsieur, ça marche très bien. Il y a moins de soleil qu'à Marseille, mais les
           panneaux n'aiment pas la chaleur : ils produisent bien quand il fait frais.
        C: Ah bon ? Ça, je ne savais pas. Comme moi, alors.
        A: Vous habitez une maison ?
        C: Non, un appartement, au-dessus d'une boulangerie, dans le centre. Le matin, je rentre,
           eux, ils ouvrent. On se croise, ils me donnent les croissants d'hier.
        A: Alors les panneaux, ce n'est pas pour tout de suite.
        C: Pas avant longtemps. J'ai quarante et un ans, pas un sou de côté, et mon toit, c'est le
           plancher du voisin du dessus.
        A: Je comprends. Je vous laisse vous rendormir, monsieur.
        C: Vous croyez que je vais me rendormir, maintenant ? Bon. Et si vous la trouvez, votre dame
           de Perros, dites-lui que son kiné a déplacé son rendez-vous.
        A: Je n'y manquerai pas. Bonne journée, monsieur.
        C: Bonne nuit, plutôt. Au revoir.
        """,
        client="Mr",
        objections="mauvais numéro",
        client_city_data_ia="Lannion",
        age_mr_data_ia="41",
        **LOST,
    ),
    script(
        "h20_dole_bip_partiel",
        "a partial call: a volunteer firefighter on call at Dole, who warns he will leave if his"
        " pager goes off; he confirms the spelt surname ('Avec un D, oui': Girod) and gives his"
        " first name (Loïc), 'on a acheté il y a cinq ans, avec ma femme' (oui), '8 rue des Arènes'"
        " and the code in pairs ('Trente-neuf, cent': 39100), 'À l'électrique. Il y a un plancher"
        " chauffant électrique' (électrique), 'Cent cinq euros par mois' (105, mensuelle), 'aux"
        " espaces verts de la ville. Fonctionnaire territorial' (fonctionnaire; firefighting as a"
        " volunteer is not his job), 'Mariés, deux enfants' (marié, 2 enfants), 'Trente-six ans'"
        " (36), then the pager goes off before the surface, the roof or his wife's age are said"
        " ('-'): 'Demain soir ... Après dix-huit heures trente' (demain soir, 18h30), the mobile"
        " the agent reads and he confirms (main)",
        """
        A: Bonjour monsieur, Sophie, de Jura Soleil Conseil. Monsieur Girod ?
        C: Oui, c'est moi. Bonjour.
        A: Je vous appelle pour votre demande d'étude de panneaux solaires. Je vérifie votre nom :
           G, I, R, O, D ?
        C: Avec un D, oui. Loïc Girod. Je vous écoute, mais je vous préviens : je suis d'astreinte.
           Si ça sonne, je pars.
        A: D'astreinte ?
        C: Je suis pompier volontaire, au centre de secours de Dole. Cette semaine, je suis de garde
           le soir. Allez-y, on verra bien.
        A: Alors je fais vite. Vous êtes propriétaire de votre maison ?
        C: Oui, on a acheté il y a cinq ans, avec ma femme. Une maison des années soixante-dix,
           qu'on refait petit à petit.
        A: Et l'adresse ?
        C: Huit, rue des Arènes, à Dole. Trente-neuf, cent.
        A: 8 rue des Arènes, 39100 Dole. Vous vous chauffez comment ?
        C: À l'électrique. Il y a un plancher chauffant électrique au rez-de-chaussée, et des
           radiateurs en haut. C'est l'ancien propriétaire qui a mis ça, on n'aurait pas choisi.
        A: Et votre facture d'électricité ?
        C: Cent cinq euros par mois. On est mensualisés, et on a encore eu une régularisation cet
           été.
        A: Vous travaillez, en dehors des pompiers ?
        C: Oui, heureusement : volontaire, ce n'est pas un salaire. Je suis aux espaces verts de la
           ville. Fonctionnaire territorial, depuis douze ans.
        A: Vous êtes marié, vous avez des enfants ?
        C: Mariés, deux enfants, de quatre et six ans. Ils sont fans du camion rouge, évidemment.
        A: Et votre âge, monsieur ?
        C: Trente-six ans.
        A: Et la surface de la maison, à peu...
        C: Attendez. ... Voilà, c'est le bip. Un accident sur la rocade, il faut que j'y aille. Je
           suis désolé.
        A: Pas de problème, monsieur, filez. Quand est-ce que je peux vous rappeler ?
        C: Demain soir, je ne suis plus de garde. Après dix-huit heures trente, je serai rentré.
        A: Demain, dix-huit heures trente, sur ce numéro, le 06 23 71 48 95 ?
        C: Oui, c'est mon portable. Je file !
        A: Bon courage, monsieur Girod.
        """,
        client="Mr",
        objections="pas disponible (astreinte de pompier) : rappel demandé",
        client_first_name_data_ia="Loïc",
        client_last_name_data_ia="Girod",
        client_phone_number="0623714895",
        client_city_data_ia="Dole",
        client_address_data_ia="8 rue des Arènes",
        client_postal_code_data_ia="39100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="105",
        mensuelle_annuelle_data_ia="mensuelle",
        age_mr_data_ia="36",
        situation_familiale_data_ia="marié, 2 enfants",
        activite_mr_data_ia="fonctionnaire",
        creneau_rappel_data_ia="demain soir",
        heure_rappel_data_ia="18h30",
        **OWNER,
    ),
    script(
        "h20_privas_tout_d_un_coup",
        "a brisk retired post-office clerk at Privas who has had such a call before and answers"
        " the usual questions in one breath before she is asked ('Propriétaire, oui. Pompe à"
        " chaleur air-eau. Cent quarante euros par mois d'électricité. Cent vingt mètres carrés."
        " Toit en tuiles, plein sud': oui, pompe à chaleur, 140, mensuelle, 120, tuiles, sud); then"
        " her first name (Josiane) and the surname spelt ('Avec un D à la fin, pas un T':"
        " Soubeyrand), '29 chemin des Mûriers' and the code digit by digit ('Zéro, sept, zéro,"
        " zéro, zéro': 07000), 'La place, il y en a ... Au moins, oui' to twenty free square metres"
        " (20m), 'Soixante-deux. Mon mari, soixante-cinq' (62, 65), her husband 'plâtrier, à son"
        " compte depuis trente ans' (indépendant depuis 30 ans), 'Retraitée depuis deux ans'"
        " (retraitée), 'Mariés, un fils' (mariée, 1 enfant), the income refused ('-'), the agent's"
        " 'lundi matin, vers neuf heures ?' moved ('Pas le lundi ... Mardi, même heure': mardi"
        " matin, 9h), the landline (main) and her mobile (tel2) in pairs",
        """
        A: Bonjour madame, Yanis, de Vivarais Énergie Solaire. Madame Soubeyrand ?
        C: Oui. Vous êtes les panneaux ? Bon, je vais vous faire gagner du temps : vous êtes le
           deuxième à m'appeler, je connais les questions. Propriétaire, oui. Pompe à chaleur
           air-eau. Cent quarante euros par mois d'électricité. Cent vingt mètres carrés. Toit en
           tuiles, plein sud. Voilà. Et maintenant, qu'est-ce que vous me proposez ?
        A: Merci, madame, c'est très complet ! Une pompe à chaleur air-eau, c'est bien ça, pas une
           chaudière ?
        C: Air-eau, oui. On l'a fait poser il y a quatre ans, avec la prime. Je vous l'ai dit, je
           connais les questions.
        A: Il me reste quand même quelques questions. Votre prénom ?
        C: Josiane. Et Soubeyrand, S, O, U, B, E, Y, R, A, N, D. Avec un D à la fin, pas un T :
           l'autre société l'avait écrit avec un T.
        A: Je l'ai bien avec un D. Et l'adresse ?
        C: Vingt-neuf, chemin des Mûriers, à Privas. Zéro, sept, zéro, zéro, zéro.
        A: 29 chemin des Mûriers, 07000 Privas. C'est bien une maison individuelle ?
        C: Une maison, avec un jardin. Pas un appartement : sinon, je ne vous parlerais pas de mon
           toit.
        A: Bien sûr. Sur le toit, il y aurait une vingtaine de mètres carrés libres ?
        C: La place, il y en a : rien sur le toit, même plus l'antenne, depuis qu'on a la fibre.
        A: Donc au moins vingt mètres carrés.
        C: Au moins, oui. Et ça coûte combien, votre affaire ? L'autre n'a jamais voulu me dire un
           prix.
        A: Ça dépend de la puissance et des aides, madame : c'est justement ce que le conseiller
           chiffre avec vous. Votre âge, si ce n'est pas indiscret ?
        C: Soixante-deux. Mon mari, soixante-cinq. Lui, il travaille encore : il est plâtrier, à son
           compte depuis trente ans. Il dit qu'il arrêtera quand il ne pourra plus monter à
           l'échelle.
        A: Et vous ?
        C: Moi, j'étais à La Poste, au guichet. Retraitée depuis deux ans, et je ne m'ennuie pas une
           minute.
        A: Vous avez des enfants ?
        C: Mariés, un fils. Il est à Lyon, il a dit que c'était une bonne idée, les panneaux. Il dit
           ça de loin, lui.
        A: Et le revenu du foyer, à peu près ?
        C: Ça, non. Ça ne regarde que nous et les impôts.
        A: Très bien. Le conseiller pourrait vous rappeler lundi matin, vers neuf heures ?
        C: Pas le lundi, j'ai la gym. Mardi, même heure. Et il faut que mon mari soit là : le mardi,
           il ne part pas avant dix heures.
        A: Mardi, neuf heures, c'est noté. Sur quel numéro ?
        C: Le fixe : zéro quatre, soixante-quinze, soixante-quatre, dix-sept, quatre-vingt-deux. Et
           mon portable : zéro six, trente-neuf, soixante-dix, vingt-cinq, onze.
        A: 04 75 64 17 82, et 06 39 70 25 11. Merci, madame Soubeyrand, bonne journée.
        C: Vous voyez, ça n'a pas été long. Au revoir.
        """,
        client="Mme",
        objections="veut un prix ; déjà démarchée par une autre société",
        client_first_name_data_ia="Josiane",
        client_last_name_data_ia="Soubeyrand",
        client_phone_number="0475641782",
        client_city_data_ia="Privas",
        client_address_data_ia="29 chemin des Mûriers",
        client_postal_code_data_ia="07000",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="140",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="120",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="65",
        age_mme_data_ia="62",
        situation_familiale_data_ia="mariée, 1 enfant",
        activite_mr_data_ia="indépendant depuis 30 ans",
        activite_mme_data_ia="retraitée",
        tel2_data_ia="0639702511",
        creneau_rappel_data_ia="mardi matin",
        heure_rappel_data_ia="9h",
        **OWNER,
    ),
    script(
        "h20_bergerac_granules",
        "a shift worker at the powder works at Bergerac who spells his surname with a joke ('L, A,"
        " F, A, Y, E. Comme La Fayette, mais sans rien de noble': Lafaye) and his first name"
        " ('Mickaël, avec K, A, E, L'), 'On a acheté en deux mille quatorze' (oui), '12 rue des"
        " Coteaux' and the code as thousands ('Vingt-quatre mille cent': 24100), the heating"
        " corrected ('Au fioul. Ah non, qu'est-ce que je raconte ... une chaudière à granulés':"
        " bois), only a band for the bill ('Au-dessus de cent euros par mois ... Le chiffre exact,"
        " c'est ma femme': plus_de_100, mensuelle), 'Cent cinq mètres carrés' (105), 'Des tuiles"
        " plates' (tuiles), 'On est sur les hauteurs ... Le soleil, on l'a du matin au soir ;"
        " l'orientation exacte, je serais incapable' (bien ensoleillée), 'Trente, quarante mètres"
        " libres' (20m), 'Quarante-six' (46), his wife's age corrected ('Quarante-quatre... non,"
        " quarante-cinq, elle a eu son anniversaire dimanche': 45), 'Mariés, quatre enfants, dont"
        " des jumeaux' (marié, 4 enfants), 'En CDI, en trois-huit' (CDI), his wife"
        " 'auto-entrepreneuse ... depuis trois ans' (indépendante depuis 3 ans), 'Trois mille sept"
        " cents par mois' (3700 euros par mois), 'vendredi, entre midi et deux' and the agent's"
        " 'midi et quart' (vendredi midi, 12h15), his mobile (main) and his wife's (tel2), read off"
        " the fridge",
        """
        A: Bonjour monsieur, Lucie, de Périgord Soleil Énergie. Monsieur Lafaye ?
        C: Oui, c'est moi. Bonjour.
        A: Je vous appelle pour votre demande d'étude de panneaux solaires. Je vérifie d'abord votre
           nom, s'il vous plaît.
        C: L, A, F, A, Y, E. Comme La Fayette, mais sans rien de noble. Et le prénom, c'est Mickaël,
           avec K, A, E, L.
        A: Merci. Vous êtes propriétaire de votre maison ?
        C: Oui. On a acheté en deux mille quatorze, quand les jumeaux sont nés : il fallait de la
           place.
        A: Et l'adresse ?
        C: Douze, rue des Coteaux, à Bergerac. Vingt-quatre mille cent.
        A: 12 rue des Coteaux, 24100 Bergerac. Vous vous chauffez comment ?
        C: Au fioul. Ah non, qu'est-ce que je raconte, on a tout changé l'hiver dernier ! Une
           chaudière à granulés. Le fioul, c'est fini, la cuve est partie à la ferraille. Dix ans
           d'habitude, ça ne s'efface pas comme ça.
        A: Une chaudière à granulés, c'est noté. Et votre facture d'électricité ?
        C: Au-dessus de cent euros par mois, je sais que ça dépasse. Le chiffre exact, c'est ma
           femme qui le sait, c'est elle qui fait les comptes.
        A: Et la surface de la maison ?
        C: Cent cinq mètres carrés. Plus le garage, mais on n'y met même plus la voiture.
        A: Le toit, il est en quoi ?
        C: Des tuiles plates, les petites, comme dans tout le Périgord.
        A: Vous savez comment il est orienté ?
        C: Alors là... On est sur les hauteurs, au-dessus de la ville, il n'y a rien autour. Le
           soleil, on l'a du matin au soir ; l'orientation exacte, je serais incapable de vous la
           dire.
        A: Et de la place libre sur le toit, il y en aurait une vingtaine de mètres carrés ?
        C: Trente, quarante mètres libres, facile : la maison est en L, ça fait deux grands pans.
        A: Très bien. Votre âge, monsieur ?
        C: Quarante-six.
        A: Et votre épouse ?
        C: Quarante-quatre... Non, quarante-cinq ! Elle a eu son anniversaire dimanche, je vais me
           faire disputer.
        A: Je note quarante-cinq. Et des enfants ?
        C: Mariés, quatre enfants, dont des jumeaux. Ça fait du linge, je vous le dis.
        A: Et vous travaillez dans quoi ?
        C: Je suis à la poudrerie, en production. En CDI, en trois-huit. Ma femme, elle fait de la
           couture, des retouches, chez nous. Elle est auto-entrepreneuse, depuis trois ans.
        A: Et le revenu du foyer, à peu près ?
        C: Trois mille sept cents par mois, avec les primes de nuit.
        A: Merci. Quand est-ce qu'un conseiller pourrait vous rappeler ?
        C: Cette semaine, je suis du matin, je rentre à une heure et demie. Le vendredi, je ne
           travaille pas. Vendredi, entre midi et deux ?
        A: Vendredi, midi et quart ?
        C: Midi et quart, c'est bon. On aura mangé, ou presque.
        A: Sur quel numéro ?
        C: Le mien : zéro six, cinquante et un, quatre-vingt-huit, trente, quarante-deux. Et celui
           de ma femme, attendez, il est sur le frigo... zéro sept, quatre-vingt-trois, douze,
           soixante, cinq.
        A: 06 51 88 30 42, et 07 83 12 60 05. Merci, monsieur Lafaye, bonne journée.
        C: Merci, au revoir.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Mickaël",
        client_last_name_data_ia="Lafaye",
        client_phone_number="0651883042",
        client_city_data_ia="Bergerac",
        client_address_data_ia="12 rue des Coteaux",
        client_postal_code_data_ia="24100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="plus_de_100",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="105",
        toiture_data_ia="tuiles",
        orientation_data_ia="bien ensoleillée",
        toit_libre="20m",
        age_mr_data_ia="46",
        age_mme_data_ia="45",
        situation_familiale_data_ia="marié, 4 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="indépendante depuis 3 ans",
        revenu_data_ia="3700 euros par mois",
        tel2_data_ia="0783126005",
        creneau_rappel_data_ia="vendredi midi",
        heure_rappel_data_ia="12h15",
        **OWNER,
    ),
    script(
        "h20_mayenne_ancien_couvreur",
        "a widowed retired roofer at Mayenne who wanders into his trade and his late wife,"
        " confirms the spelt surname (Chesnel) and gives his first name (Gilbert), 'la maison,"
        " c'est la mienne, je l'ai bâtie' (oui), '6 rue de la Madeleine' and the code in pairs"
        " after a false start ('Cinquante-trois mille... euh, cinquante-trois, cent': 53100), 'Au"
        " bois. Un poêle à bûches dans la salle' with a small electric heater in the bathroom"
        " (bois), 'soixante-quatre euros par mois' (64, mensuelle), 'Quatre-vingts mètres carrés'"
        " (80), the slate he laid himself (ardoises), 'un côté prend le soleil du matin, l'autre"
        " celui de l'après-midi' (est-ouest), 'Il ne reste pas vingt mètres ... Douze, quinze, au"
        " plus' (moins de 20m), 'Je suis de quarante-sept' (79 in 2026), 'Veuf ... J'ai deux"
        " filles' (veuf, 2 enfants), 'couvreur, à mon compte ... Retraité depuis' (retraité: his"
        " own business is the past), 'Mille sept cent cinquante par mois, avec la réversion' (1750"
        " euros par mois), 'Le matin ... mercredi ... dix heures et quart' when his daughter Sylvie"
        " comes (mercredi matin, 10h15; her name is not the client's), his landline (main) and his"
        " daughter's mobile (tel2) in pairs",
        """
        A: Bonjour monsieur, Nina, de Maine Anjou Énergie. Monsieur Chesnel ?
        C: Oui, oui, c'est moi. Parlez fort, hein, j'ai la télé.
        A: Je vous appelle pour votre demande d'étude de panneaux solaires, monsieur. Je vérifie
           votre nom : C, H, E, S, N, E, L ?
        C: C'est ça. Chesnel. Gilbert Chesnel. C'est ma fille qui a fait la demande, sur
           l'ordinateur. Moi, je n'y touche pas.
        A: Vous êtes propriétaire de votre maison ?
        C: Ah ça, oui, la maison, c'est la mienne, je l'ai bâtie avec mon beau-frère, en
           soixante-quatorze. Les murs, la charpente, tout.
        A: Et l'adresse ?
        C: Six, rue de la Madeleine, à Mayenne. Cinquante-trois mille... euh, cinquante-trois, cent.
           Voilà.
        A: 6 rue de la Madeleine, 53100 Mayenne. Vous vous chauffez comment ?
        C: Au bois. Un poêle à bûches dans la salle, ça chauffe tout le rez-de-chaussée. Et un petit
           radiateur électrique dans la salle de bains, pour le matin.
        A: Et votre facture d'électricité ?
        C: Je paye tous les mois : soixante-quatre euros par mois. C'est ma fille qui a regardé, la
           semaine dernière.
        A: La surface de la maison ?
        C: Quatre-vingts mètres carrés. C'est assez pour un homme seul. Trop, même.
        A: Et le toit, il est en ardoise ?
        C: En ardoise, que j'ai posée moi-même. J'étais couvreur, vous savez. Quarante ans sur les
           toits du pays, à mon compte. Des ardoises, j'en ai posé des millions.
        A: Alors vous connaissez votre toit mieux que personne. Il est orienté comment ?
        C: La maison est en long : un côté prend le soleil du matin, l'autre celui de l'après-midi.
           Le midi, il passe par-dessus.
        A: Et il reste une vingtaine de mètres carrés libres, sur un des côtés ?
        C: Avec les trois lucarnes, non. Il ne reste pas vingt mètres, entre les lucarnes. Douze,
           quinze, au plus. Ma femme voulait de la lumière partout, alors j'ai mis des lucarnes
           partout.
        A: Le conseiller regardera ce qu'on peut y poser. Votre âge, monsieur ?
        C: Je suis de quarante-sept.
        A: Et vous vivez seul, c'est ça ?
        C: Veuf, depuis quatre ans. J'ai deux filles : une à Laval, et Sylvie, ici, à côté. C'est
           elle qui s'occupe de mes papiers.
        A: Et vous êtes retraité ?
        C: Retraité depuis l'an deux mille neuf. J'ai vendu l'entreprise à mon ouvrier. Il est bien,
           il la fait tourner.
        A: Et vos revenus, à peu près ?
        C: Mille sept cent cinquante par mois, avec la réversion de ma femme.
        A: Merci. Quand est-ce qu'un conseiller pourrait vous rappeler ? Avec votre fille, peut-être
           ?
        C: Oui, avec Sylvie, c'est mieux. Le matin : l'après-midi, je fais ma sieste. Elle vient le
           mercredi, après son marché.
        A: Mercredi matin, dix heures ?
        C: Dix heures et quart, plutôt, qu'elle ait le temps d'arriver.
        A: Mercredi, dix heures et quart. Sur quel numéro ?
        C: Le fixe : zéro deux, quarante-trois, zéro quatre, cinquante-six, dix-neuf. Et Sylvie,
           c'est zéro six, quarante-huit, quinze, soixante-douze, trente.
        A: 02 43 04 56 19, et 06 48 15 72 30. Merci, monsieur Chesnel, bonne journée.
        C: Merci, mademoiselle. Au revoir.
        """,
        client="Mr",
        objections="peu de place libre sur le toit (lucarnes) ; décide avec sa fille",
        client_first_name_data_ia="Gilbert",
        client_last_name_data_ia="Chesnel",
        client_phone_number="0243045619",
        client_city_data_ia="Mayenne",
        client_address_data_ia="6 rue de la Madeleine",
        client_postal_code_data_ia="53100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="64",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="80",
        toiture_data_ia="ardoises",
        orientation_data_ia="est-ouest",
        toit_libre="moins de 20m",
        age_mr_data_ia="79",
        situation_familiale_data_ia="veuf, 2 enfants",
        activite_mr_data_ia="retraité",
        revenu_data_ia="1750 euros par mois",
        tel2_data_ia="0648157230",
        creneau_rappel_data_ia="mercredi matin",
        heure_rappel_data_ia="10h15",
        **OWNER,
    ),
    script(
        "h20_pezenas_fleuriste",
        "a florist at Pézenas who takes the call in her shop and breaks off for a customer; she"
        " confirms the spelt surname (Marty) and gives her first name (Céline), 'Oui, avec mon"
        " compagnon' (oui), '4 impasse des Amandiers' and the code the agent reads wrong and she"
        " corrects ('Non, cent vingt. Trente-quatre, cent vingt': 34120), 'Au gaz. On a une citerne"
        " au fond du jardin' (gaz), 'cent quinze par mois' with a regularisation she does not count"
        " (115, mensuelle), 'Quatre-vingt-dix-huit mètres carrés' (98), 'Des tuiles romanes'"
        " (tuiles), 'Le pan côté rue regarde à l'ouest. L'autre, il est collé à la maison du"
        " voisin' (ouest), 'Vingt-deux, vingt-trois mètres ... il a mesuré' (20m), 'Trente-cinq"
        " ans' (35), her partner 'il est de quatre-vingt-huit' (38 in 2026), 'Pacsés, avec une"
        " petite de quatre ans' (pacsée, 1 enfant), 'je suis fleuriste ... la boutique' (the job,"
        " no status said), her partner 'agent de sécurité, en CDD jusqu'en septembre' (CDD), 'deux"
        " mille neuf cents par mois' (2900 euros par mois), 'Mardi ... après dix-huit heures'"
        " (mardi soir, 18h), her mobile said in digits (main)",
        """
        A: Bonjour madame, Rémi, de Languedoc Soleil Conseil. Madame Marty ?
        C: Oui, c'est moi. Je suis à la boutique, il se peut que je vous laisse une seconde, si
           quelqu'un entre. C'est pour les panneaux ?
        A: Oui, pour votre demande d'étude. Je vérifie votre nom : M, A, R, T, Y ?
        C: C'est ça. Céline Marty.
        A: Merci. Vous êtes propriétaire de votre maison ?
        C: Oui, avec mon compagnon. On a acheté il y a trois ans, une maison de village, à retaper.
        A: Et l'adresse ?
        C: Quatre, impasse des Amandiers, à Pézenas.
        A: 4 impasse des Amandiers, 34220 Pézenas ?
        C: Non, cent vingt. Trente-quatre, cent vingt. Le 34220, je ne sais même pas où c'est.
        A: Pardon : 34120. Vous vous chauffez comment ?
        C: Au gaz. On a une citerne au fond du jardin, le camion vient deux fois par hiver.
           Attendez, une cliente... Bonjour madame, j'arrive tout de suite ! ... Voilà, pardon. Vous
           disiez ?
        A: Votre facture d'électricité, à peu près ?
        C: On paie cent quinze par mois. On vient de recevoir la régularisation, en plus, deux cents
           euros, mais ça, c'est une fois par an.
        A: Et la surface de la maison ?
        C: Quatre-vingt-dix-huit mètres carrés, sur trois niveaux. Les maisons de village, ici,
           c'est tout en hauteur.
        A: Et le toit ?
        C: Des tuiles romanes. Le pan côté rue regarde à l'ouest. L'autre, il est collé à la maison
           du voisin, qui est plus haute : il est à l'ombre tout le temps.
        A: Et sur le pan ouest, une vingtaine de mètres carrés libres ?
        C: Vingt-deux, vingt-trois mètres. Mon compagnon est monté avec le décamètre quand il a
           refait la gouttière : il a mesuré.
        A: Parfait. Votre âge, madame ?
        C: Trente-cinq ans.
        A: Et votre compagnon ?
        C: Il est de quatre-vingt-huit.
        A: Vous êtes mariés ?
        C: Pacsés, avec une petite de quatre ans. On se mariera peut-être un jour, quand on aura
           fini la maison.
        A: Et vous travaillez ici, à la boutique ?
        C: Oui, je suis fleuriste, à la boutique de la place. Et mon compagnon est agent de
           sécurité, en CDD jusqu'en septembre, sur le chantier de l'autoroute.
        A: Et le revenu du foyer, à peu près ?
        C: Deux mille neuf cents par mois, à deux. Un peu plus l'été, avec les mariages.
        A: Merci. Quand est-ce qu'un conseiller pourrait vous rappeler ?
        C: Pas à la boutique, vous avez vu comment c'est. Le soir. Mardi, après dix-huit heures : le
           mardi, la boutique ferme plus tôt.
        A: Mardi, dix-huit heures. Sur quel numéro ?
        C: Mon portable : 06 27 48 91 30.
        A: 06 27 48 91 30. Merci, madame Marty, bonne journée.
        C: Merci, au revoir ! Oui, madame, les pivoines, c'est pour offrir ?
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Céline",
        client_last_name_data_ia="Marty",
        client_phone_number="0627489130",
        client_city_data_ia="Pézenas",
        client_address_data_ia="4 impasse des Amandiers",
        client_postal_code_data_ia="34120",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="115",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="98",
        toiture_data_ia="tuiles",
        orientation_data_ia="ouest",
        toit_libre="20m",
        age_mr_data_ia="38",
        age_mme_data_ia="35",
        situation_familiale_data_ia="pacsée, 1 enfant",
        activite_mr_data_ia="CDD",
        activite_mme_data_ia="fleuriste",
        revenu_data_ia="2900 euros par mois",
        creneau_rappel_data_ia="mardi soir",
        heure_rappel_data_ia="18h",
        **OWNER,
    ),
)
