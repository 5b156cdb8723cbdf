"""Held-out set 2 (``h2_*`` calls, ``--held-out 2``): see ``benchmarks.calls``."""

from __future__ import annotations

from benchmarks._script import LOST, OWNER, Script, script

__all__ = ["HELD_OUT_2"]


# A second held-out set (names ``h2_*``), written once HELD_OUT had been used to fix the
# rules, without reading the extractors and without running any of them on it, so that
# one more honest measurement remains. Nobody tunes on it: never rendered, never part of
# ``FULL`` or ``SUBSET``; ``python -m benchmarks.extraction_quality --held-out 2`` scores
# it from its reference text.
HELD_OUT_2: tuple[Script, ...] = (
    script(
        "h2_reunion_tole",
        "La Réunion: postal code digit by digit, no heating, two-monthly bill, tin roof, north",
        """
        A: Bonjour monsieur, Mélissa, de Réunion Solaire Habitat. Je suis bien chez monsieur Payet ?
        C: Oui, Payet, Didier Payet. Bonjour madame.
        A: Je vous appelle suite à la demande que vous avez faite sur notre site, pour des panneaux
           photovoltaïques. Vous avez quelques minutes ?
        C: Oui, je suis sous la varangue, j'ai tout mon temps.
        A: Parfait. Vous êtes propriétaire de votre maison ?
        C: Oui, on l'a fait construire en deux mille quatre, ma femme et moi. Le terrain était à mes
           parents.
        A: Très bien. Vous êtes sur quelle commune ?
        C: Au Tampon, dans les hauts.
        A: Et le code postal ?
        C: Neuf, sept, quatre, trois, zéro.
        A: 97430, merci. Et votre adresse ?
        C: Quatorze, chemin des Fougères. Après l'église, la troisième à gauche.
        A: 14 chemin des Fougères, c'est noté. Vous avez un chauffage, là-haut ? Il fait frais
           l'hiver, au Tampon.
        C: Non, pas de chauffage. Quand il fait frais, on met un pull, c'est tout. Pour l'eau
           chaude, on a un chauffe-eau solaire depuis dix ans.
        A: Et votre facture d'électricité, elle est de combien ?
        C: Ici, on est facturés tous les deux mois. La dernière, c'était deux cent trente euros. Ça
           fait à peu près cent quinze par mois.
        A: Cent quinze euros par mois, d'accord. Qu'est-ce qui consomme le plus, chez vous ?
        C: Le congélateur, la pompe de la citerne, et la télé des petits-enfants quand ils sont là.
        A: La maison fait quelle surface ?
        C: Quatre-vingt-huit mètres carrés, sans compter la varangue.
        A: Et le toit, il est en quoi ?
        C: En tôle, comme presque toutes les cases ici. On l'a repeint l'année dernière, il est en
           bon état.
        A: Il est orienté comment, le grand pan ?
        C: Plein nord. Ici, c'est le bon côté, le soleil passe au nord.
        A: Exactement, à La Réunion c'est la meilleure orientation. Sur ce pan, vous avez au moins
           vingt mètres carrés de libre ?
        C: Largement. Il n'y a rien dessus, ni antenne ni fenêtre. Trente, trente-cinq mètres
           carrés.
        A: Très bien. Je me permets quelques questions pour le dossier d'aides. Quel âge avez-vous ?
        C: Cinquante-neuf ans. Ma femme, Josiane, en a cinquante-six.
        A: Vous êtes mariés ?
        C: Oui, mariés depuis trente-deux ans. Trois enfants, ils sont tous partis travailler en
           métropole.
        A: Et vous travaillez encore, tous les deux ?
        C: Moi, je suis fonctionnaire, à la mairie de Saint-Pierre. Josiane tient une petite
           boutique de tissus, elle est à son compte depuis dix-huit ans.
        A: Merci. Un numéro pour que le technicien vous joigne ?
        C: Mon portable : zéro six, quatre-vingt-douze, quarante et un, dix-sept, soixante-trois.
        A: 06 92 41 17 63. Le technicien peut passer voir la toiture. Quel jour vous arrange ?
        C: Mercredi matin, de bonne heure, avant qu'il fasse trop chaud sur le toit. Vers huit
           heures.
        A: Mercredi matin, huit heures, c'est noté. Merci monsieur Payet, bonne journée.
        C: Merci madame, bonne journée à vous.
        """,
        client="Mr",
        client_first_name_data_ia="Didier",
        client_last_name_data_ia="Payet",
        client_phone_number="0692411763",
        client_city_data_ia="Le Tampon",
        client_address_data_ia="14 chemin des Fougères",
        client_postal_code_data_ia="97430",
        proprietaire_data_ia="oui",
        facture_data_ia="115",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="88",
        toiture_data_ia="tôle",
        orientation_data_ia="nord",
        toit_libre="20m",
        age_mr_data_ia="59",
        age_mme_data_ia="56",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="fonctionnaire",
        activite_mme_data_ia="indépendante depuis 18 ans",
        creneau_rappel_data_ia="mercredi matin",
        heure_rappel_data_ia="8h",
        **OWNER,
    ),
    script(
        "h2_tout_dun_coup",
        "one long turn answers five questions; pellet stove, 97 m² in words, two phones",
        """
        A: Bonjour monsieur, Romane, d'Auvergne Éco Rénov. Je suis bien chez monsieur Chabrier ?
        C: Oui, Michel Chabrier, c'est moi.
        A: Je vous appelle pour une étude gratuite : panneaux solaires, et éventuellement isolation.
           Pour savoir si votre maison s'y prête, j'ai besoin de quelques informations : si vous
           êtes propriétaire, comment vous vous chauffez, la surface, la toiture.
        C: Alors je vais tout vous dire d'un coup, comme ça c'est fait. Propriétaire, oui, depuis
           quatre-vingt-neuf. On se chauffe avec un poêle à pellets dans le séjour, il chauffe toute
           la maison, on n'a rien d'autre. La maison fait quatre-vingt-dix-sept mètres carrés, sur
           deux niveaux. Le toit, c'est de la tuile, il est orienté plein sud, et il n'y a pas de
           velux de ce côté-là, donc de la place, il y en a : au moins vingt-cinq mètres carrés. Et
           l'électricité, on paie cent douze euros par mois, en prélèvement.
        A: Eh bien, vous m'avez presque tout dit ! Je répète : propriétaire, poêle à pellets,
           quatre-vingt-dix-sept mètres carrés, toit en tuiles plein sud, cent douze euros par mois.
        C: C'est ça.
        A: Et le poêle, vous en êtes content ?
        C: Très. Les granulés ont augmenté, mais ça reste moins cher que le fioul qu'on avait avant.
        A: Pour les aides, il me faut aussi votre situation familiale. Vous êtes marié ?
        C: Marié, deux enfants, mais ils ont quitté la maison depuis longtemps. J'ai soixante-deux
           ans, ma femme soixante tout rond. Moi, je suis retraité depuis deux ans, j'étais chez
           Michelin, à Clermont. Ma femme travaille encore, elle est en CDI à la pharmacie du bourg.
        A: Merci, c'est très complet. Votre adresse ?
        C: Dix-sept, rue des Granges, à Issoire. Soixante-trois mille cinq cents.
        A: Et pour vous joindre ?
        C: Le fixe, 04 73 89 52 16. Sinon mon portable, 06 81 57 03 94, mais il ne capte pas bien à
           la maison.
        A: Un conseiller va vous rappeler pour fixer la visite. Quel moment vous convient ?
        C: Vendredi matin, vers onze heures. L'après-midi, je suis au jardin.
        A: Vendredi matin, onze heures. Une dernière chose : vous avez entendu parler de la prime
           pour l'isolation des combles ?
        C: Vaguement. Le conseiller m'en parlera, je suppose.
        A: Bien sûr. Merci monsieur Chabrier, bonne journée.
        C: Au revoir, madame.
        """,
        client="Mr",
        client_first_name_data_ia="Michel",
        client_last_name_data_ia="Chabrier",
        client_phone_number="0473895216",
        client_city_data_ia="Issoire",
        client_address_data_ia="17 rue des Granges",
        client_postal_code_data_ia="63500",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="112",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="97",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="62",
        age_mme_data_ia="60",
        situation_familiale_data_ia="marié, 2 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="CDI",
        tel2_data_ia="0681570394",
        creneau_rappel_data_ia="vendredi matin",
        heure_rappel_data_ia="11h",
        **OWNER,
    ),
    script(
        "h2_recap_corrige",
        "heat-pump lead: the agent's summary swaps digits, the client corrects three of them",
        """
        A: Bonjour madame, Bastien, de Limousin Confort Habitat. Je suis bien chez madame Rey ?
        C: Oui, Hélène Rey. Bonjour.
        A: Vous aviez demandé des informations sur la pompe à chaleur et sur le solaire. Je peux
           vous poser quelques questions pour préparer la visite ?
        C: Oui, je vous écoute.
        A: Vous êtes propriétaire de la maison ?
        C: Oui, depuis 2008.
        A: Comment vous chauffez-vous ?
        C: Avec une chaudière au fioul. Elle a vingt-deux ans et elle tombe en panne tous les
           hivers. C'est pour ça que je vous ai contactés.
        A: Je comprends. La maison fait combien de mètres carrés ?
        C: 104 mètres carrés.
        A: Et votre facture d'électricité, par mois ?
        C: 68 euros par mois. L'électricité, ça va, c'est le fioul qui coûte cher.
        A: Le toit est en quoi ?
        C: En ardoises.
        A: Et il est orienté comment ?
        C: Le grand pan est au sud, côté jardin.
        A: Vous vivez seule, ou en famille ?
        C: Avec mon mari et notre fille, elle a dix-sept ans. On est mariés depuis vingt ans.
        A: Vos âges, s'il vous plaît ?
        C: J'ai 51 ans, et mon mari 53.
        A: Et vos professions ?
        C: Je suis aide-soignante, en CDI, à l'hôpital de Limoges. Mon mari est fonctionnaire, il
           travaille aux impôts.
        A: Votre adresse ?
        C: 24 allée des Châtaigniers, à Panazol.
        A: Je vous fais un petit récapitulatif, pour être sûr de ne rien oublier. Vous habitez au 22
           allée des Châtaigniers, à Panazol, 87350. Une maison de 140 mètres carrés, chauffée au
           fioul, une facture d'électricité de 86 euros par mois, un toit en ardoises orienté au
           sud. Vous avez 51 ans, votre mari 53. C'est bien ça ?
        C: Presque. C'est le 24, pas le 22. La maison fait 104 mètres carrés, pas 140. Et
           l'électricité, c'est 68 euros, pas 86. Le reste, c'est bon.
        A: Pardon, j'ai inversé les chiffres. 24 allée des Châtaigniers, 104 mètres carrés, 68 euros
           par mois. Et le code postal, c'est bien 87350 ?
        C: Oui, c'est bien ça.
        A: Un numéro pour vous joindre ?
        C: Mon portable, 06 19 74 28 53.
        A: Le technicien peut venir voir la chaudière et le toit. Quel jour vous arrange ?
        C: Mardi après-midi, vers quatorze heures trente. Je finis à midi, ce jour-là.
        A: Mardi après-midi, quatorze heures trente. Merci madame Rey, bonne journée.
        C: Merci, au revoir.
        """,
        client="Mme",
        client_first_name_data_ia="Hélène",
        client_last_name_data_ia="Rey",
        client_phone_number="0619742853",
        client_city_data_ia="Panazol",
        client_address_data_ia="24 allée des Châtaigniers",
        client_postal_code_data_ia="87350",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="68",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="104",
        toiture_data_ia="ardoises",
        orientation_data_ia="sud",
        age_mr_data_ia="53",
        age_mme_data_ia="51",
        situation_familiale_data_ia="mariée, 1 enfant",
        activite_mr_data_ia="fonctionnaire",
        activite_mme_data_ia="CDI",
        creneau_rappel_data_ia="mardi après-midi",
        heure_rappel_data_ia="14h30",
        **OWNER,
    ),
    script(
        "h2_epouse_repond",
        "the wife answers for her husband; yearly bill, east-west roof, 'la semaine prochaine'",
        """
        A: Bonjour, Quentin, de Maine Énergie Solaire. Je souhaiterais parler à monsieur Carpentier,
           s'il vous plaît.
        C: Il n'est pas là, il est sur un chantier. Je suis sa femme, Sandrine Carpentier. C'est
           pour quoi ?
        A: Enchanté, madame. Votre mari avait rempli une demande d'étude pour des panneaux solaires.
           Vous pouvez peut-être me répondre ?
        C: Ah oui, il m'en a parlé. Allez-y, je connais la maison mieux que lui, de toute façon.
        A: Vous êtes propriétaires ?
        C: Oui, on a fini de payer la maison l'an dernier.
        A: Et le chauffage ?
        C: Une chaudière à condensation, au gaz. On l'a fait poser il y a cinq ans.
        A: Et l'électricité, vous payez combien ?
        C: Attendez, je regarde les papiers... L'an dernier, on a payé mille six cent cinquante
           euros sur l'année.
        A: Mille six cent cinquante euros par an. La surface de la maison ?
        C: Cent dix-huit mètres carrés, avec le garage aménagé.
        A: Et la toiture ?
        C: Des tuiles. Il y a deux pans, un à l'est et un à l'ouest.
        A: Je vais vous demander vos âges, à votre mari et à vous.
        C: Moi, quarante-cinq ans. Franck, mon mari, en a quarante-sept.
        A: Et vos activités ?
        C: Franck est couvreur, à son compte depuis onze ans. Moi, je suis secrétaire dans un
           cabinet comptable, en CDI.
        A: Vous avez des enfants ?
        C: Deux ados, quinze et treize ans. On est mariés depuis dix-huit ans.
        A: Je vérifie votre adresse : toujours au 5 rue du Stade, à Ernée ?
        C: Oui, toujours. Cinquante-trois mille cinq cents.
        A: Et un numéro pour vous joindre ?
        C: Prenez le mien, 07 52 60 18 34, je réponds toujours. Celui de Franck, c'est le 06 88 23
           41 90, mais sur les toits, il ne décroche pas.
        A: Parfait. Un conseiller aimerait vous présenter l'étude à tous les deux. Quand est-ce que
           votre mari est disponible ?
        C: Rappelez la semaine prochaine, le soir. En journée, il n'est jamais là.
        A: La semaine prochaine, le soir. Lundi soir, ça irait ?
        C: Lundi, il a le foot avec le petit. Mardi soir, plutôt, après dix-neuf heures.
        A: Mardi soir, dix-neuf heures, c'est noté. Merci madame Carpentier, bonne journée.
        C: Merci, bonne journée.
        """,
        client="Mme",
        client_first_name_data_ia="Sandrine",
        client_last_name_data_ia="Carpentier",
        client_phone_number="0752601834",
        client_city_data_ia="Ernée",
        client_address_data_ia="5 rue du Stade",
        client_postal_code_data_ia="53500",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="1650",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="118",
        toiture_data_ia="tuiles",
        orientation_data_ia="est-ouest",
        age_mr_data_ia="47",
        age_mme_data_ia="45",
        situation_familiale_data_ia="mariée, 2 enfants",
        activite_mr_data_ia="indépendant depuis 11 ans",
        activite_mme_data_ia="CDI",
        tel2_data_ia="0688234190",
        creneau_rappel_data_ia="mardi soir",
        heure_rappel_data_ia="19h",
        **OWNER,
    ),
    script(
        "h2_chez_parents",
        "a young man living with his parents, who rent: electric heaters, a CDD, no callback",
        """
        A: Bonjour, Océane, de Var Solaire Conseil. Je suis bien avec monsieur Marchetti ?
        C: Oui, Yohan Marchetti. C'est pour la simulation que j'ai faite sur internet ?
        A: Exactement. Vous aviez demandé une estimation pour des panneaux solaires. Je peux vous
           poser quelques questions ?
        C: Oui, mais je vous préviens tout de suite, c'était surtout par curiosité.
        A: Pas de souci. Vous habitez une maison ?
        C: Oui, une maison, à La Seyne-sur-Mer. Mais ce n'est pas chez moi, j'habite chez mes
           parents. Et eux, ils sont locataires, la maison appartient à un bailleur.
        A: D'accord, donc ni vous ni vos parents n'êtes propriétaires.
        C: Non. Mais je pensais que le propriétaire pourrait peut-être être intéressé.
        A: C'est possible, mais il faudrait que ce soit lui qui fasse la demande. Et vous vous
           chauffez comment, chez vos parents ?
        C: Des radiateurs électriques, des vieux. Ça chauffe mal et ça coûte cher. Mon père dit
           qu'on paie environ cent cinquante euros par mois.
        A: Effectivement, c'est une grosse facture. Qu'est-ce qui vous a donné envie de regarder le
           solaire ?
        C: J'ai vu des vidéos de panneaux qu'on branche directement sur une prise, sur le balcon. Je
           me demandais si c'était rentable.
        A: Ce sont des kits prêts à brancher. Nous, on ne fait que des installations sur toiture,
           pour des propriétaires de maisons. Vous avez un projet d'achat ?
        C: Pas tout de suite. J'ai vingt-six ans, je suis en CDD à l'arsenal de Toulon. Quand
           j'aurai un CDI, peut-être.
        A: Je vous souhaite de l'avoir vite. Vous voulez qu'on garde votre demande, pour vous
           recontacter plus tard ?
        C: Non, ce n'est pas la peine. Quand j'achèterai, je vous rappellerai moi-même.
        A: Très bien, je clôture votre demande. Vous pouvez aussi parler de nous au propriétaire, on
           ne sait jamais.
        C: Ça m'étonnerait qu'il fasse quoi que ce soit, mais je lui dirai. Merci quand même.
        A: Merci à vous, monsieur Marchetti. Bonne journée.
        C: Bonne journée.
        """,
        client="Mr",
        objections="locataire chez ses parents ; demande par curiosité ; pas de projet d'achat",
        client_first_name_data_ia="Yohan",
        client_last_name_data_ia="Marchetti",
        client_city_data_ia="La Seyne-sur-Mer",
        proprietaire_data_ia="non",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="150",
        mensuelle_annuelle_data_ia="mensuelle",
        age_mr_data_ia="26",
        activite_mr_data_ia="CDD",
        **LOST,
    ),
    script(
        "h2_mauvais_numero_garage",
        "a wrong number: a garage's line; the man who answers gives the lead's new mobile",
        """
        A: Bonjour monsieur, Pauline, de Bourgogne Habitat Solaire. Je souhaiterais parler à madame
           Valérie Bonnet, s'il vous plaît.
        C: Valérie Bonnet ? Ah, elle n'est plus là. Vous êtes au garage, ici. Elle tenait l'accueil,
           mais elle est partie en septembre.
        A: Oh, pardon. J'ai ce numéro dans notre fichier, pour une demande d'étude de panneaux
           solaires, avec une adresse à Chenôve.
        C: Elle a dû donner le numéro du garage sur votre formulaire. Ça arrivait souvent, les gens
           la rappelaient ici.
        A: Je suis désolée pour le dérangement. Vous sauriez comment je pourrais la joindre ?
        C: Attendez, elle nous a laissé son portable, pour ses dernières fiches de paie. Voilà :
           zéro six, cinquante-quatre, trente et un, quatre-vingt-sept, douze.
        A: Le 06 54 31 87 12. Merci beaucoup, c'est très aimable.
        C: De rien. Dites-lui bonjour de la part du garage, elle nous manque.
        A: Je n'y manquerai pas. Et vous, monsieur, le solaire, ça pourrait vous intéresser, chez
           vous ?
        C: Moi ? Non, j'habite en appartement, à Dijon, au centre-ville. Pas de toit, pas de
           panneaux.
        A: Effectivement. Vous n'avez pas de projet de maison ?
        C: Pas pour l'instant, non. Et je ne suis pas intéressé, de toute façon.
        A: Je comprends. Je vais faire corriger notre fichier, pour qu'on n'appelle plus le garage
           pour madame Bonnet.
        C: Merci. Ce serait bien, parce qu'on a des clients qui attendent au téléphone pendant ce
           temps-là.
        A: C'est noté, monsieur. Encore désolée pour le dérangement, et bonne fin de journée.
        C: Au revoir.
        """,
        client="Mr",
        objections="mauvais numéro : la ligne d'un garage ; habite un appartement ; pas intéressé",
        client_city_data_ia="Dijon",
        **LOST,
    ),
    script(
        "h2_refus_colere",
        "an angry owner: already a heat pump, on Bloctel, refuses study, leaflet and callback",
        """
        A: Bonjour monsieur, Laura, de Provence Énergies Nouvelles. Je suis bien chez monsieur Lopez
           ?
        C: Oui. Encore une société de panneaux solaires, c'est ça ?
        A: Je vous appelle en effet au sujet des économies d'énergie et des aides de l'État pour...
        C: C'est la quatrième fois cette semaine ! La quatrième ! Vous vous passez le numéro entre
           vous, ou quoi ?
        A: Je suis désolée, monsieur, ce n'est pas notre société qui vous a appelé avant. Je ne vous
           retiens pas longtemps. Vous êtes bien propriétaire de votre maison, à Salon-de-Provence ?
        C: Oui, je suis propriétaire, et alors ? Ça vous donne le droit de me déranger à l'heure du
           repas ?
        A: Pas du tout, et je m'en excuse. Je voulais simplement savoir comment vous vous chauffez,
           pour voir si on peut vous faire faire des économies.
        C: J'ai déjà une pompe à chaleur, posée il y a deux ans. Et des panneaux, je n'en veux pas.
           C'est clair ?
        A: Très clair. Avec une pompe à chaleur, le solaire permet justement de réduire beaucoup la
           facture d'électricité...
        C: Vous ne m'écoutez pas ! Je ne veux pas de panneaux, je ne veux pas d'étude, et je ne veux
           pas qu'on me rappelle. Ni vous, ni vos collègues.
        A: Je vous entends, monsieur Lopez. Je peux au moins vous envoyer une documentation par
           courrier ?
        C: Non ! Rien du tout. Je suis inscrit sur Bloctel, vous n'avez même pas le droit de
           m'appeler. La prochaine fois, je porte plainte.
        A: Je vais vérifier ce point avec mon service. Je retire votre numéro de notre fichier dès
           maintenant.
        C: Vous avez intérêt. Et arrêtez d'appeler les gens à midi, c'est insupportable.
        A: C'est noté. Je vous présente toutes nos excuses, monsieur. Bonne journée.
        C: C'est ça. Au revoir.
        """,
        client="Mr",
        objections="démarché sans cesse ; a déjà une pompe à chaleur ; refuse tout ; Bloctel",
        client_last_name_data_ia="Lopez",
        client_city_data_ia="Salon-de-Provence",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        **LOST,
    ),
    script(
        "h2_hesitante",
        "a hesitant owner: a bill band, no surface or orientation, age refused, callback Saturday",
        """
        A: Bonjour madame, Mathis, de Picardie Rénov Énergie. Je suis bien chez madame Lemaire ?
        C: Euh... oui. Oui, c'est moi. C'est à quel sujet ?
        A: Vous avez reçu notre courrier sur les aides pour les panneaux solaires et l'isolation ?
           Je vous appelle pour voir si votre maison pourrait en profiter.
        C: Le courrier... peut-être, je ne sais plus. On en reçoit tellement.
        A: Ce n'est pas grave. Vous êtes propriétaire de votre maison ?
        C: Oui... enfin, on a encore le crédit, mais oui, c'est à nous.
        A: Et vous vous chauffez comment ?
        C: À l'électricité. Des radiateurs électriques, dans toutes les pièces.
        A: Votre facture d'électricité, elle est de combien, à peu près ?
        C: Alors là... Je n'ai pas la facture sous les yeux. C'est plus de cent euros, en tout cas.
        A: Plus de cent euros par mois ?
        C: Oui, par mois. Plus de cent, c'est sûr. Mais combien exactement, je ne saurais pas vous
           dire.
        A: D'accord. La maison fait combien de mètres carrés ?
        C: Je ne sais pas. Il y a trois chambres... Je ne veux pas vous dire de bêtise.
        A: Pas de problème. Et le toit, il est en tuiles ?
        C: Oui, des tuiles rouges, je crois. Oui, des tuiles.
        A: Vous savez comment il est orienté ?
        C: Aucune idée. Il faudrait demander à mon mari, c'est lui qui s'occupe de tout ça.
        A: Bien sûr. Vous êtes à Saint-Quentin, c'est bien ça ?
        C: Oui, à Saint-Quentin.
        A: Et quel âge avez-vous, si ce n'est pas indiscret ?
        C: Je préfère ne pas répondre à ça.
        A: Aucun souci. Je vous propose qu'un conseiller vous rappelle quand votre mari sera là,
           pour les questions techniques. Ça vous irait ?
        C: Je ne sais pas... Il faut que j'en parle avec lui d'abord. On n'a pas prévu de faire des
           travaux.
        A: L'étude est gratuite et sans engagement. Le conseiller vous explique les aides, et vous
           décidez ensuite.
        C: Bon... D'accord. Mais pas en semaine, il rentre tard. Samedi, peut-être.
        A: Samedi matin ou samedi après-midi ?
        C: Plutôt l'après-midi. Vers quinze heures ? Oui, quinze heures, ça devrait aller.
        A: Samedi après-midi, quinze heures. Le numéro, c'est bien le 03 23 64 09 51 ?
        C: Oui, c'est le fixe de la maison.
        A: Merci madame Lemaire. Bonne journée.
        C: Au revoir.
        """,
        client="Mme",
        objections="ne connaît pas les détails ; en parler à son mari ; refuse de dire son âge",
        client_last_name_data_ia="Lemaire",
        client_phone_number="0323640951",
        client_city_data_ia="Saint-Quentin",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="plus_de_100",
        mensuelle_annuelle_data_ia="mensuelle",
        toiture_data_ia="tuiles",
        situation_familiale_data_ia="mariée",
        creneau_rappel_data_ia="samedi après-midi",
        heure_rappel_data_ia="15h",
        **OWNER,
    ),
    script(
        "h2_bac_acier_pac",
        "a farmer wants a heat pump: oil boiler, steel roof east-west, yearly bill and income",
        """
        A: Bonjour monsieur, Anaïs, de Centre Val Énergie. Je suis bien chez monsieur Brunet ?
        C: Oui, Thierry Brunet. Je vous écoute, mais faites vite, je suis entre deux tracteurs.
        A: Je serai rapide. Vous nous avez demandé une étude pour une pompe à chaleur. Vous êtes
           propriétaire de la maison ?
        C: Oui, c'est la maison de la ferme. On l'a reconstruite il y a quinze ans.
        A: Vous vous chauffez comment, aujourd'hui ?
        C: Au fioul. Une chaudière de deux mille trois. Avec le prix du fioul, je veux passer à la
           pompe à chaleur.
        A: Et l'électricité, ça vous coûte combien ?
        C: {2 600|Deux mille six cents} euros par an. Mais l'atelier est sur le même compteur.
        A: {2 600|Deux mille six cents} euros par an, d'accord. La maison fait quelle surface ?
        C: 180 mètres carrés, sur deux étages.
        A: C'est une belle surface. Et la toiture ?
        C: Du bac acier. On l'a posé nous-mêmes quand on a reconstruit.
        A: Elle est orientée comment ?
        C: Deux pans, un à l'est, un à l'ouest.
        A: Est-ouest, très bien. Il y a de la place sur les pans ?
        C: Oui, c'est un grand toit, il n'y a rien dessus. Au moins quarante mètres carrés de chaque
           côté.
        A: Pour le dossier d'aides, vous êtes marié ?
        C: Oui, marié, trois enfants. Le plus grand travaille déjà avec moi.
        A: Vos âges ?
        C: 49 ans, et ma femme 46.
        A: Et vos professions ?
        C: Je suis agriculteur, céréalier. Ma femme est professeure au collège de Levroux, elle est
           fonctionnaire.
        A: Et le revenu du foyer, à peu près ?
        C: Sur l'année, on déclare autour de {48 000|quarante-huit mille} euros.
        A: Merci. Votre adresse ?
        C: 12 route de Vatan, à Levroux. 36110.
        A: Et un numéro où vous joindre ?
        C: Le portable, 06 31 78 45 02. Le fixe, je ne suis jamais à côté.
        A: Un technicien peut passer pour la pompe à chaleur et regarder le toit. Quel jour vous
           arrange ?
        C: En semaine, c'est compliqué. Samedi après-midi, ça irait ? Vers quatorze heures.
        A: Samedi après-midi, quatorze heures, c'est noté. Merci monsieur Brunet.
        C: Merci, au revoir.
        """,
        client="Mr",
        client_first_name_data_ia="Thierry",
        client_last_name_data_ia="Brunet",
        client_phone_number="0631784502",
        client_city_data_ia="Levroux",
        client_address_data_ia="12 route de Vatan",
        client_postal_code_data_ia="36110",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="2600",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="180",
        toiture_data_ia="bac acier",
        orientation_data_ia="est-ouest",
        toit_libre="20m",
        age_mr_data_ia="49",
        age_mme_data_ia="46",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="agriculteur",
        activite_mme_data_ia="fonctionnaire",
        revenu_data_ia="48000 euros par an",
        creneau_rappel_data_ia="samedi après-midi",
        heure_rappel_data_ia="14h",
        **OWNER,
    ),
    script(
        "h2_appartement",
        "the owner of a flat in Marseille: electric convectors, 52 m², not a house",
        """
        A: Bonjour madame, Nathan, de Méditerranée Solaire. Je suis bien chez madame Santini ?
        C: Oui, Lucie Santini. C'est pour la simulation ?
        A: Tout à fait. Vous aviez fait une simulation pour des panneaux solaires sur notre site, je
           vous rappelle pour en parler. Vous êtes propriétaire de votre logement ?
        C: Oui, je suis propriétaire. Mais je vous préviens, c'est un appartement. Au troisième
           étage, dans une résidence.
        A: D'accord. Et vous êtes dans quelle ville ?
        C: À Marseille, dans le cinquième. Treize mille cinq.
        A: Et vous pensiez installer les panneaux où ?
        C: Sur le balcon. Il est assez grand, j'ai vu qu'on pouvait en accrocher à la rambarde.
        A: Je comprends l'idée. Malheureusement, nos installations se font en toiture, sur des
           maisons individuelles. Dans une copropriété, le toit appartient à tous les
           copropriétaires.
        C: Ah. Donc il faudrait l'accord de la copropriété ?
        A: Oui, et de toute façon nous ne travaillons pas sur les immeubles. Comment vous
           chauffez-vous, par curiosité ?
        C: Avec des radiateurs électriques, des vieux convecteurs. C'est pour ça que je cherchais
           des solutions. Ma facture, c'est cent cinq euros par mois, pour cinquante-deux mètres
           carrés !
        A: C'est beaucoup pour cette surface. Pour les radiateurs, on ne propose pas de remplacement
           seul. Vous pourriez voir avec votre syndic pour l'isolation de l'immeuble.
        C: Le syndic ! Ils mettent deux ans à changer une ampoule dans l'escalier.
        A: Je comprends. Je suis désolé de ne pas pouvoir vous aider davantage.
        C: Tant pis. Et si un jour j'achète une maison, je vous rappelle ?
        A: Avec plaisir. Vous voulez que je garde vos coordonnées pour vous recontacter ?
        C: Non, ce n'est pas la peine, je n'ai pas de projet pour l'instant. Merci quand même.
        A: Merci à vous, madame Santini. Bonne journée.
        C: Bonne journée.
        """,
        client="Mme",
        objections="habite un appartement en copropriété ; voulait des panneaux sur le balcon",
        client_first_name_data_ia="Lucie",
        client_last_name_data_ia="Santini",
        client_city_data_ia="Marseille",
        client_postal_code_data_ia="13005",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="105",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="52",
        **LOST,
    ),
    script(
        "h2_infos_spontanees",
        "phone (words and digits) and heating given unasked; two-monthly bill, shingle roof",
        """
        A: Bonjour madame, Adrien, de Landes Énergie Solaire. Je suis bien chez madame Duprat ?
        C: Oui, Émilie Duprat. C'est pour le devis des panneaux ? Je vous attendais. Avant que
           j'oublie, notez mon portable, parce que le fixe, on ne l'écoute jamais : zéro six, douze,
           trente-quatre, 87, 40.
        A: Zéro six, douze, trente-quatre, quatre-vingt-sept, quarante. C'est noté. Je vais vous
           poser quelques questions sur la maison. Vous êtes propriétaire ?
        C: Oui, on a fait construire il y a six ans. Et je vous le dis tout de suite, parce qu'on me
           le demande à chaque fois : on se chauffe avec une chaudière à condensation, au gaz de
           ville.
        A: Très bien. Et votre facture d'électricité ?
        C: On la paie tous les deux mois. Cent quatre-vingts euros, la dernière.
        A: Cent quatre-vingts tous les deux mois, donc quatre-vingt-dix euros par mois.
        C: Voilà, quatre-vingt-dix par mois.
        A: La maison fait quelle surface ?
        C: 122 mètres carrés. Et le toit, c'est du shingle, des bardeaux bitumés. Mon compagnon a
           regardé : il y a au moins vingt mètres carrés libres sur le pan sud.
        A: Le pan sud, parfait. Le toit est donc orienté au sud ?
        C: Oui, plein sud, côté terrasse.
        A: Vous êtes mariés ?
        C: Non, pacsés. On a un petit garçon de quatre ans.
        A: Vos âges ?
        C: Moi, trente-six ans. Mon compagnon, trente-huit.
        A: Et vos professions ?
        C: Je travaille dans une agence immobilière, en CDI. Lui, il est pompier professionnel, donc
           fonctionnaire.
        A: Pour le calcul des aides, le revenu du foyer ?
        C: À nous deux, trois mille neuf cents euros par mois, à peu près.
        A: Merci. Et votre adresse ?
        C: 7 allée des Arbousiers, à Biscarrosse. 40600.
        A: Un conseiller vous rappellera pour présenter l'étude. Vous préférez quel moment ?
        C: Mercredi après-midi, je ne travaille pas. Quinze heures trente, après la sieste du petit.
        A: Mercredi après-midi, quinze heures trente. Merci madame Duprat, bonne journée.
        C: Merci, à bientôt.
        """,
        client="Mme",
        client_first_name_data_ia="Émilie",
        client_last_name_data_ia="Duprat",
        client_phone_number="0612348740",
        client_city_data_ia="Biscarrosse",
        client_address_data_ia="7 allée des Arbousiers",
        client_postal_code_data_ia="40600",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="90",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="122",
        toiture_data_ia="shingle",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="38",
        age_mme_data_ia="36",
        situation_familiale_data_ia="pacsée, 1 enfant",
        activite_mr_data_ia="fonctionnaire",
        activite_mme_data_ia="CDI",
        revenu_data_ia="3900 euros par mois",
        creneau_rappel_data_ia="mercredi après-midi",
        heure_rappel_data_ia="15h30",
        **OWNER,
    ),
    script(
        "h2_mobil_home",
        "a retired widower in a mobile home: pellet stove, a small bill band, not eligible",
        """
        A: Bonjour monsieur, Justine, de Roussillon Soleil. Je suis bien chez monsieur Vidal ?
        C: Oui, Roger Vidal. Bonjour.
        A: Vous aviez répondu à notre publicité pour les panneaux solaires avec les aides de l'État.
           Vous avez quelques minutes ?
        C: J'ai tout mon temps, je suis à la retraite.
        A: Vous êtes propriétaire de votre logement ?
        C: Oui, tout est à moi, le terrain et le mobil-home. J'habite dans un mobil-home, à l'année,
           sur un terrain à Argelès-sur-Mer.
        A: Ah, un mobil-home. Vous y vivez toute l'année ?
        C: Oui, depuis que je suis veuf, ça fait huit ans. J'ai vendu la maison et j'ai acheté le
           terrain. Le mobil-home fait quarante mètres carrés, ça me suffit.
        A: Et comment vous vous chauffez ?
        C: Un petit poêle à granulés. L'hiver, ici, il ne fait pas bien froid.
        A: Et votre facture d'électricité ?
        C: Pas grand-chose. Moins de quatre-vingts euros par mois, c'est sûr.
        A: Je vais être honnête avec vous, monsieur Vidal : nos installations se font sur la toiture
           d'une maison. Sur un mobil-home, ce n'est pas possible, le toit ne supporte pas le poids
           des panneaux.
        C: Même des petits panneaux ? Mon voisin en a mis deux sur son abri de jardin.
        A: Ce sont des kits d'autoconsommation, qu'on achète en magasin. Nous ne les posons pas, et
           il n'y a pas d'aides de l'État pour ça.
        C: Ah, c'est dommage. Moi, je voulais surtout réduire la facture, avec ma petite retraite.
        A: Je comprends. Quel âge avez-vous, si je peux me permettre ?
        C: Soixante-dix-sept ans. Retraité de la SNCF.
        A: Vous pouvez vous renseigner en mairie, il existe des aides pour les retraités. Pour les
           panneaux, je ne peux malheureusement rien vous proposer.
        C: Bon. Ce n'est pas grave, merci de votre franchise. Les autres m'auraient vendu n'importe
           quoi.
        A: Merci à vous. Je ne vous rappellerai pas, alors. Bonne journée, monsieur Vidal.
        C: Bonne journée, mademoiselle.
        """,
        client="Mr",
        objections="habite un mobil-home, pas une maison ; petite retraite",
        client_first_name_data_ia="Roger",
        client_last_name_data_ia="Vidal",
        client_city_data_ia="Argelès-sur-Mer",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="moins_de_80",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="40",
        age_mr_data_ia="77",
        situation_familiale_data_ia="veuf",
        activite_mr_data_ia="retraité",
        **LOST,
    ),
)
