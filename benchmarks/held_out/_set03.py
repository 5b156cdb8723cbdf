"""Held-out set 3 (``h3_*`` calls, ``--held-out 3``): see ``benchmarks.calls``."""

from __future__ import annotations

from benchmarks._script import LOST, OWNER, Script, script

__all__ = ["HELD_OUT_3"]


# A third held-out set (names ``h3_*``), written once HELD_OUT_2 too had been used to tune
# the extractors, by someone who read only this module, docs/quality.md and
# messages/lead.py: never the extractors, and none of them was run on it. The gold is what
# a careful human fills from each call; where a value is debatable, the summary says why.
# Nobody tunes on it: never rendered, never part of ``FULL`` or ``SUBSET``;
# ``python -m benchmarks.extraction_quality --held-out 3`` scores it from its reference
# text.
HELD_OUT_3: tuple[Script, ...] = (
    script(
        "h3_martinique_toit_plat",
        "Martinique: flat concrete roof sunny all day (bien ensoleillée), no heating (the"
        " air-conditioning only cools, so '-'), a two-monthly bill the agent turns into 155"
        " a month, postal code in pairs, husband newly retired, 'jeudi en fin de matinée'"
        " (slot 'jeudi fin de matinée', 'en' dropped as in 'fin de journée')",
        """
        A: Allô, bonjour madame ! Élodie, d'Antilles Soleil Énergie. Je cherche à joindre madame
           Théodose.
        C: Oui, c'est moi. C'est pour quoi ?
        A: Vous nous aviez laissé vos coordonnées au salon de l'habitat, à Fort-de-France, pour le
           photovoltaïque.
        C: Ah oui, le salon... Mais c'était en octobre, ça ! Vous avez pris votre temps, hein.
        A: Je m'en excuse. Vous avez un petit moment, là ?
        C: Oui, je suis au bureau, mais c'est la pause.
        A: Alors je vais droit au but. Pour le dossier, votre prénom, c'est... ?
        C: Marie-Josée. Avec un trait d'union.
        A: Merci. La maison, madame Théodose, elle est à vous ?
        C: À nous, oui, à mon mari et à moi. On l'a construite sur le terrain de sa maman, ça
           fait... vingt-cinq ans, à peu près.
        A: Et c'est où, exactement ?
        C: À Sainte-Luce. Neuf, impasse des Flamboyants.
        A: Neuf, impasse des Flamboyants, à Sainte-Luce. Et le code postal ?
        C: Quatre-vingt-dix-sept, deux cent vingt-huit.
        A: 97228, merci. Et le toit, chez vous, il est comment ? En tôle ?
        C: Non, non. C'est une dalle, en béton. Un toit-terrasse, quoi. On monte dessus pour
           étendre le linge.
        A: D'accord, donc un toit plat.
        C: Voilà, un toit plat.
        A: Et il y a de la place, dessus ? Il nous faut une vingtaine de mètres carrés libres.
        C: Oh, il y a de la place ! Juste le chauffe-eau solaire dans un coin, et la réserve d'eau.
           Le reste, c'est vide. Soixante mètres carrés, au moins.
        A: Et il a de l'ombre, ce toit ? Des arbres, un immeuble à côté ?
        C: Rien du tout. Le soleil tape dessus du matin jusqu'au soir.
        A: Parfait. Et la maison fait combien de mètres carrés habitables ?
        C: Cent dix, sans la véranda.
        A: Et pour... euh, le chauffage, j'imagine que...
        C: Le chauffage ? Ici ? Non, on n'a pas de chauffage, voyons. On a la clim dans les
           chambres, c'est tout. Et c'est ça qui coûte.
        A: Justement, votre facture d'électricité, elle est de combien ?
        C: On la reçoit tous les deux mois. La dernière, c'était trois cent dix euros.
        A: Trois cent dix pour deux mois, ça fait à peu près cent cinquante-cinq euros par mois.
        C: Si vous le dites. Oui, cent cinquante-cinq, par là. Et en septembre, c'est pire.
        A: Pour le dossier des aides, vous pouvez me donner vos âges ? Le vôtre et celui de votre
           mari.
        C: J'ai cinquante-huit ans. Mon mari, soixante-trois.
        A: Il travaille encore ?
        C: Non, il vient de prendre sa retraite, au mois de mars. Il était au port. Moi, je
           travaille encore, je suis fonctionnaire, à la Collectivité territoriale.
        A: Et vous avez des enfants ?
        C: Deux filles. Elles sont à Paris, toutes les deux.
        A: Très bien. Je vous pose la question franchement, madame Théodose : qu'est-ce qui vous
           fait hésiter ?
        C: Ce qui me fait hésiter... Mon voisin en a fait mettre, il y a trois ans. Après la
           tempête, l'onduleur a grillé, et l'entreprise ne répondait plus au téléphone. Il a
           attendu huit mois.
        A: C'est malheureusement arrivé. Nous, on a une agence ici, au Lamentin, et le technicien
           se déplace sous quarante-huit heures.
        C: Hm. C'est ce qu'ils disent tous.
        A: Le conseiller vous montrera le contrat de maintenance, vous jugerez par vous-même. Il
           peut vous rappeler quand ?
        C: Pas cette semaine. La semaine prochaine... plutôt jeudi en fin de matinée. Au bureau,
           c'est calme, à ce moment-là.
        A: Jeudi, en fin de matinée. Vers onze heures ?
        C: Onze heures et demie, plutôt. À onze heures j'ai encore du monde.
        A: Jeudi, onze heures trente. Et sur quel numéro ?
        C: Mon portable. Zéro six, quatre-vingt-seize, vingt-deux, quarante-huit, soixante et onze.
        A: Zéro six, quatre-vingt-seize, vingt-deux, quarante-huit, soixante et onze.
        C: C'est ça.
        A: Merci madame Théodose, et bonne fin de journée.
        C: Merci. Au revoir.
        """,
        client="Mme",
        objections="panneaux du voisin en panne huit mois sans service après-vente ; méfiance",
        client_first_name_data_ia="Marie-Josée",
        client_last_name_data_ia="Théodose",
        client_phone_number="0696224871",
        client_city_data_ia="Sainte-Luce",
        client_address_data_ia="9 impasse des Flamboyants",
        client_postal_code_data_ia="97228",
        proprietaire_data_ia="oui",
        facture_data_ia="155",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="110",
        toiture_data_ia="toit plat",
        orientation_data_ia="bien ensoleillée",
        toit_libre="20m",
        age_mr_data_ia="63",
        age_mme_data_ia="58",
        situation_familiale_data_ia="mariée, 2 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="fonctionnaire",
        creneau_rappel_data_ia="jeudi fin de matinée",
        heure_rappel_data_ia="11h30",
        **OWNER,
    ),
    script(
        "h3_corse_fille_du_pere",
        "Corsican mountain village: the daughter answers for her father, 87, the owner. The"
        " fiche is the father's (his surname, age, widowhood, retirement) and entretien is"
        " 'Mme' (she took the call); her mobile is the only number, so the main one; her own"
        " name is never said. Wood main heating, a yearly bill, postal code digit by digit,"
        " orientation and surface unknown, 'le week-end' narrowed to Saturday afternoon",
        """
        A: Bonjour madame, Sébastien, de Kallisté Énergie. Je voudrais parler à monsieur
           Albertini, s'il vous plaît.
        C: C'est pour mon père ? Il est là, mais... il n'entend plus très bien au téléphone. Je
           suis sa fille. C'est à quel sujet ?
        A: C'est au sujet des panneaux solaires. Votre père nous a renvoyé un coupon-réponse, pour
           une étude gratuite.
        C: Un coupon ? Ah, il répond à tout ce qu'il reçoit, c'est bien ça le problème. Il a
           quatre-vingt-sept ans, vous savez. L'an dernier, il a signé pour des fenêtres avec un
           monsieur qui est passé à la maison, on a eu un mal fou à faire annuler.
        A: Je comprends votre prudence, madame. On ne fait rien signer par téléphone, et si vous le
           souhaitez, vous serez là à chaque étape.
        C: Ah ça, oui. Rien ne se fait sans moi. Bon... Qu'est-ce que vous voulez savoir ?
        A: La maison est bien à votre père ?
        C: Oui, c'est la maison de famille. Elle était à ses parents avant lui.
        A: Et c'est bien à Venaco ?
        C: À Venaco, oui. Dans le haut du village, après la fontaine.
        A: Vous me confirmez le code postal ?
        C: Deux, zéro, deux, trois, un.
        A: 20231, merci. Et comment la maison est chauffée ?
        C: Au bois. Il a la cuisinière à bois et la cheminée, et il fait encore son bois lui-même,
           figurez-vous. Il y a un petit radiateur électrique dans la salle de bains, mais c'est
           tout.
        A: Donc principalement au bois.
        C: Voilà, au bois.
        A: Et l'électricité, vous savez combien il paie ?
        C: C'est moi qui fais ses papiers. Attendez que je retrouve... Sur l'année, c'était huit
           cent quarante euros. La dernière facture annuelle.
        A: Huit cent quarante euros par an. Et le toit, il est en quoi ?
        C: En tuiles. Ils l'ont refait il y a une dizaine d'années, après la grosse tempête.
        A: Vous savez de quel côté il est tourné ?
        C: Ah, là... Honnêtement, non. La maison est dans la pente, le toit descend vers la route,
           mais la route, elle va de quel côté... Je ne saurais pas vous dire.
        A: Ce n'est pas grave, le technicien regardera sur place. Et la surface de la maison ?
        C: Il y a trois niveaux, mais il ne vit plus qu'en bas... Franchement, je ne sais pas.
        A: D'accord. Votre père vit seul ?
        C: Oui. Ma mère est décédée il y a six ans. On est trois enfants, mais c'est moi qui suis
           la plus près.
        A: Et avant sa retraite, il faisait quoi ?
        C: Il était cantonnier, à la commune. Il est retraité depuis... oh, plus de vingt-cinq
           ans.
        A: Très bien. Le technicien aimerait voir la maison, avec vous, bien sûr. Quand est-ce que
           vous êtes au village ?
        C: En semaine, je suis à Bastia, je travaille. Je monte le week-end.
        A: Le week-end, alors. Nos techniciens passent le samedi. Le matin, ça irait ?
        C: Le matin, j'arrive à peine, il y a une heure et demie de route. Plutôt l'après-midi.
           Samedi après-midi, vers trois heures.
        A: Samedi après-midi, quinze heures. Et un numéro où vous joindre, vous ?
        C: Oui, notez mon portable, c'est moi qui gère. Zéro six, vingt-quatre, cinquante-huit,
           zéro trois, quatre-vingt-dix.
        A: Le 06 24 58 03 90.
        C: C'est ça. Et vous dites bien au technicien de ne rien faire signer à mon père, hein.
        A: C'est noté, madame, je le mets en commentaire. Merci beaucoup, bonne journée.
        C: Au revoir.
        """,
        client="Mme",
        objections="méfiance : le père a déjà signé avec un démarcheur ; rien sans sa fille",
        client_last_name_data_ia="Albertini",
        client_phone_number="0624580390",
        client_city_data_ia="Venaco",
        client_postal_code_data_ia="20231",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="840",
        mensuelle_annuelle_data_ia="annuelle",
        toiture_data_ia="tuiles",
        age_mr_data_ia="87",
        situation_familiale_data_ia="veuf, 3 enfants",
        activite_mr_data_ia="retraité",
        creneau_rappel_data_ia="samedi après-midi",
        heure_rappel_data_ia="15h",
        **OWNER,
    ),
    script(
        "h3_chalet_jura",
        "a chalet in the Jura: pellet stove with an oil boiler kept only for frost (bois),"
        " steel roof east and west, yearly bill, postal code in pairs, an artisan 'à mon"
        " compte', the agent's old number denied, 'pas avant 18h' pinned to Tuesday",
        """
        A: Oui, bonjour monsieur, c'est Florian, de Jura Confort Énergie. Je suis bien chez
           monsieur Vuillermoz ?
        C: Vuillermoz, oui. C'est pour quoi ?
        A: Vous avez fait une demande de devis en ligne, la semaine dernière, pour du
           photovoltaïque...
        C: Ah oui, oui, c'est moi. Alexis Vuillermoz. Attendez, je coupe la scie... Voilà. Je
           vous écoute.
        A: Merci. Alors, c'est pour une maison individuelle ?
        C: Un chalet. Un chalet qu'on a construit nous-mêmes. Enfin, l'ossature bois, je l'ai
           faite moi-même, c'est mon métier.
        A: Vous êtes charpentier ?
        C: Menuisier-charpentier. Artisan. Je suis à mon compte depuis dix-sept ans.
        A: Et le chalet, il est à vous ?
        C: À ma compagne et à moi, oui. On a fini de le monter il y a cinq ans.
        A: C'est où, exactement ?
        C: Aux Rousses. Trente-neuf, deux cent vingt.
        A: 39220, Les Rousses. Et l'adresse ?
        C: Quatorze, route du Noirmont. C'est le dernier chalet avant la forêt.
        A: Et pour le chauffage, vous avez quoi ?
        C: Alors, on a un poêle à granulés au milieu du séjour, c'est lui qui fait tout. Et une
           vieille chaudière fioul en secours, qu'on n'allume presque jamais. Juste quand on part
           en vacances l'hiver, pour le hors-gel.
        A: Donc c'est le poêle, le chauffage principal.
        C: Le poêle, oui. Le fioul, on remplit la cuve tous les trois ans, c'est vous dire.
        A: Et votre facture d'électricité ?
        C: On est mensualisés, mais moi, je regarde la facture de l'année. Mille cinq cents...
           mille cinq cent vingt euros, l'an dernier. Avec l'atelier.
        A: Mille cinq cent vingt euros à l'année. Le toit, c'est du bac acier ?
        C: Bac acier, oui, gris anthracite. Avec la neige qu'on a ici, c'est ce qu'il y a de
           mieux, ça glisse.
        A: Et il est orienté comment ?
        C: Deux pans. Il y en a un qui prend le soleil le matin, côté est, et l'autre côté ouest,
           l'après-midi. Le faîtage est nord-sud, quoi.
        A: Est et ouest, d'accord. Et de la place, il y en a ?
        C: Oh oui, c'est un grand toit, il n'y a qu'une fenêtre de toit. Trente mètres carrés de
           chaque côté, facile.
        A: La surface habitable du chalet ?
        C: Cent quarante-cinq mètres carrés.
        A: Pour les aides, vous pouvez me dire votre âge, et celui de votre compagne ?
        C: Quarante-six ans. Céline, elle, en a quarante-trois.
        A: Vous êtes mariés ?
        C: Pacsés. Avec deux garçons, douze et quinze ans.
        A: Et Céline travaille ?
        C: Oui, elle est frontalière, elle travaille en Suisse, dans l'horlogerie. En CDI.
        A: Très bien. Le numéro pour vous joindre, c'est le 06 83 27 15 49 ?
        C: Non, ça, c'est un vieux numéro, je ne l'ai plus. Le bon, c'est zéro six, trente-sept,
           quarante-deux, dix-neuf, quatre-vingt-un.
        A: Zéro six, trente-sept, quarante-deux, dix-neuf, quatre-vingt-un.
        C: C'est ça.
        A: Un conseiller peut vous rappeler en journée ?
        C: En journée, je suis sur les chantiers, sur les toits, je ne décroche pas. Pas avant
           dix-huit heures.
        A: Un soir de semaine, alors. Lundi soir ?
        C: Lundi, j'ai le conseil municipal. Mardi, ça ira. Mardi, à partir de dix-huit heures.
        A: Mardi soir, dix-huit heures. Merci monsieur Vuillermoz, bonne fin de journée.
        C: Merci, au revoir.
        """,
        client="Mr",
        client_first_name_data_ia="Alexis",
        client_last_name_data_ia="Vuillermoz",
        client_phone_number="0637421981",
        client_city_data_ia="Les Rousses",
        client_address_data_ia="14 route du Noirmont",
        client_postal_code_data_ia="39220",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="1520",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="145",
        toiture_data_ia="bac acier",
        orientation_data_ia="est-ouest",
        toit_libre="20m",
        age_mr_data_ia="46",
        age_mme_data_ia="43",
        situation_familiale_data_ia="pacsé, 2 enfants",
        activite_mr_data_ia="indépendant depuis 17 ans",
        activite_mme_data_ia="CDI",
        creneau_rappel_data_ia="mardi soir",
        heure_rappel_data_ia="18h",
        **OWNER,
    ),
    script(
        "h3_locataire_tourcoing",
        "a young tenant of a terraced house near Lille: town gas, a bill band, postal code"
        " digit by digit, jobless, the agent's own town said, removed from the list",
        """
        A: Allô ? Bonjour, je suis bien chez monsieur Delattre ?
        C: Ouais, c'est moi. C'est qui ?
        A: Bonjour monsieur, Morgane, de Nord Habitat Durable. On fait en ce moment des études
           gratuites sur les économies d'énergie, les panneaux solaires...
        C: Ah ouais, les panneaux. J'ai vu une pub sur Facebook, là, j'ai cliqué. C'est ça ?
        A: C'est sûrement ça. Vous êtes monsieur... ?
        C: Dylan. Dylan Delattre.
        A: Merci. Vous habitez une maison, monsieur Delattre ?
        C: Une maison, ouais. Une maison de ville, collée des deux côtés, comme toute la rue.
        A: À Tourcoing, c'est ça ?
        C: Ouais, Tourcoing.
        A: Vous me donnez le code postal ?
        C: Cinq, neuf, deux, zéro, zéro.
        A: 59200. Et vous en êtes propriétaire ?
        C: Ah non, on loue. Ça fait quatre ans qu'on est en location. Mais je me disais, si ça
           fait baisser la facture...
        A: Je comprends. Le problème, c'est que les panneaux se posent sur le toit, donc c'est le
           propriétaire qui décide, et c'est lui qui paie. Vous vous chauffez comment ?
        C: Au gaz. Le gaz de ville, avec une chaudière dans la cuisine. Elle fait un bruit pas
           possible.
        A: Et l'électricité, ça vous coûte combien ?
        C: Euh... entre quatre-vingts et cent balles par mois, je dirais. Ça dépend. L'hiver,
           plus.
        A: D'accord. Vous pensez que votre propriétaire pourrait être intéressé ?
        C: Lui ? Il habite à Lille, on ne le voit jamais. La chaudière, ça fait deux ans qu'on lui
           demande de la changer.
        A: Je vois. Et vous, vous avez un projet d'achat ?
        C: Pas tout de suite. J'ai vingt-huit ans, je suis sans emploi depuis l'été. On est trois,
           avec ma copine et la petite, elle a deux ans. Avec un seul salaire, on ne va pas
           acheter maintenant.
        A: Je comprends. Malheureusement, tant que vous êtes locataires, on ne peut rien vous
           proposer.
        C: Ouais, je m'en doutais. Et vous appelez d'où, vous ? Parce que la semaine dernière,
           déjà, j'ai eu trois appels pour la même chose.
        A: Nos bureaux sont à Marcq-en-Barœul. Ce n'était pas nous, la semaine dernière.
        C: Bon. Ben, c'est pas pour moi, alors.
        A: Non, je suis désolée. Vous voulez que je vous retire de nos listes ?
        C: Ouais, ce serait pas plus mal.
        A: C'est fait, monsieur Delattre. Bonne journée.
        C: Salut.
        """,
        client="Mr",
        objections="locataire ; le propriétaire ne fait pas de travaux ; déjà démarché",
        client_first_name_data_ia="Dylan",
        client_last_name_data_ia="Delattre",
        client_city_data_ia="Tourcoing",
        client_postal_code_data_ia="59200",
        proprietaire_data_ia="non",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="entre 80 et 100",
        mensuelle_annuelle_data_ia="mensuelle",
        age_mr_data_ia="28",
        situation_familiale_data_ia="en couple, 1 enfant",
        activite_mr_data_ia="sans emploi",
        **LOST,
    ),
    script(
        "h3_homonyme_morlaix",
        "a wrong number that is a namesake: the man is a Guillou too, but not the lead"
        " (Hervé, of Lannion); as in faux_numero the fiche is the man who answered: his"
        " surname and town, not the lead's first name; lives in a flat",
        """
        A: Bonjour monsieur, excusez-moi de vous déranger, Loïc, d'Armor Solaire. Est-ce que je
           suis bien chez monsieur Hervé Guillou ?
        C: Chez monsieur Guillou, oui. Mais Hervé, non. Moi, c'est pas Hervé.
        A: Ah. Vous n'êtes pas monsieur Hervé Guillou, de Lannion ?
        C: Non, non. Moi j'habite à Morlaix. Et à Lannion, j'y ai jamais habité. Des Guillou, en
           Bretagne, vous savez, il y en a des pages entières dans l'annuaire.
        A: Effectivement... J'ai pourtant ce numéro dans notre fichier, pour une demande d'étude
           de panneaux solaires.
        C: Une demande de quoi ? J'ai rien demandé, moi. Ce numéro, je l'ai depuis quarante ans.
        A: Alors il y a une erreur chez nous, un chiffre mal saisi sans doute. Je suis désolé.
        C: Il n'y a pas de mal. Mais c'est la deuxième fois qu'on me demande cet Hervé. La
           dernière fois, c'était pour une mutuelle.
        A: Je vais le signaler pour qu'on corrige la fiche. Et... puisque je vous ai au
           téléphone, vous, vous habitez une maison ?
        C: Ah non. Plus maintenant. On a vendu la maison il y a deux ans, c'était trop grand. Je
           suis en appartement, en centre-ville, près du viaduc. Au deuxième, sans ascenseur.
        A: Alors les panneaux solaires ne vous concernent pas, malheureusement.
        C: Non. Et puis, entre nous, même si j'avais encore la maison... On entend tellement
           d'histoires, avec ces panneaux. Des gens qui paient un crédit pour des panneaux qui
           ne marchent pas.
        A: Il y a eu des abus, c'est vrai. Mais je ne vais pas vous embêter plus longtemps.
        C: Dites, le Hervé de Lannion, s'il a laissé mon numéro, c'est peut-être exprès, hein ?
           Pour qu'on lui fiche la paix ?
        A: C'est plus probablement une faute de frappe. En tout cas, on ne vous rappellera plus
           pour lui.
        C: Bon. Et je ne suis pas intéressé pour moi non plus, hein. Au revoir, jeune homme.
        A: Au revoir, monsieur, et encore désolé.
        """,
        client="Mr",
        objections="mauvais numéro (homonyme du prospect) ; habite un appartement ; méfiance",
        client_last_name_data_ia="Guillou",
        client_city_data_ia="Morlaix",
        **LOST,
    ),
    script(
        "h3_appartement_caluire",
        "answers sideways ('on a un jardin') before admitting a ground-floor flat near Lyon:"
        " owner, collective gas heating, a small monthly bill, postal code in pairs, price"
        " objection; 'on est à la retraite' is both spouses",
        """
        A: Bonjour madame, Valentin, de Rhône Lumière Habitat. Madame Bellon ?
        C: Oui ? Bellon, oui.
        A: Je vous appelle au sujet de l'énergie solaire. Beaucoup de foyers de votre secteur
           installent des panneaux, avec les aides de l'État, et je voulais savoir si vous y aviez
           déjà réfléchi.
        C: Des panneaux... On y a pensé, avec mon mari, oui. Surtout depuis que tout augmente.
        A: Vous habitez une maison individuelle ?
        C: On a un jardin, oui. Enfin, un jardin... une grande terrasse avec des bacs, mon mari y
           fait ses tomates.
        A: D'accord. Et le toit, il est en tuiles ?
        C: Le toit ? Je ne sais pas, on ne le voit pas, on est au rez-de-chaussée.
        A: Au rez-de-chaussée... C'est un appartement, alors ?
        C: Oui, c'est un appartement. Dans une petite résidence, huit logements. Mais on a le
           jardin privatif, hein.
        A: Et vous êtes propriétaires ?
        C: Oui, depuis quinze ans.
        A: Je vois. Malheureusement, madame, pour des panneaux en toiture, il faut une maison
           individuelle : le toit de la résidence appartient à toute la copropriété.
        C: Ah bon ? Et on ne pourrait pas les mettre sur la terrasse, par terre ?
        A: Ce n'est pas ce qu'on installe, non. Il existe des kits qu'on pose au sol, mais ce
           n'est pas notre métier.
        C: Remarquez, de toute façon, c'est hors de prix, votre truc. La voisine du dessus s'est
           renseignée, on lui a parlé de vingt mille euros. On est à la retraite, tous les deux, on
           n'a pas vingt mille euros à mettre là-dedans.
        A: Le prix dépend de l'installation. Mais pour un appartement, de toute façon, ce n'est
           pas possible. Vous vous chauffez comment, par curiosité ?
        C: C'est le chauffage collectif, au gaz. C'est dans les charges. L'électricité, c'est
           juste pour la cuisine et la lumière, on paie cinquante-cinq euros par mois.
        A: Ça reste raisonnable. Vous êtes bien à Caluire ?
        C: Caluire-et-Cuire, oui. Soixante-neuf, trois cents.
        A: Bon. Je suis désolé de ne rien pouvoir vous proposer, madame Bellon.
        C: Ce n'est pas grave. Mais ne me rappelez pas pour les fenêtres ou les pompes à chaleur,
           hein, on a tout refait.
        A: C'est noté. Bonne journée, madame.
        C: Au revoir.
        """,
        client="Mme",
        objections="habite un appartement en copropriété ; trop cher ; retraités sans budget",
        client_last_name_data_ia="Bellon",
        client_city_data_ia="Caluire-et-Cuire",
        client_postal_code_data_ia="69300",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="55",
        mensuelle_annuelle_data_ia="mensuelle",
        situation_familiale_data_ia="mariée",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="retraitée",
        **LOST,
    ),
    script(
        "h3_longere_refus",
        "a Breton longère: answers oil heating, bill, slate roof facing the sunset (ouest) and"
        " surface, then 'non intéressé' once he understands it is a sale; his town corrects"
        " the agent's (Taupont, not Ploërmel)",
        """
        A: Bonjour monsieur. Aurélie, de la société Breizh Éco Toit. Monsieur Le Bihan ?
        C: Oui...
        A: Monsieur Le Bihan, on réalise en ce moment des bilans énergétiques gratuits dans le
           Morbihan. Je peux vous poser deux, trois questions ?
        C: Si c'est rapide.
        A: Vous êtes bien à Ploërmel ?
        C: À côté. À Taupont. Ploërmel, c'est la ville, nous, on est à la campagne.
        A: Pardon, à Taupont. Vous êtes propriétaire de votre maison ?
        C: Oui. Une longère, une vieille longère en pierre, qu'on retape petit à petit depuis
           vingt ans.
        A: Oh, c'est joli, ça. Et on se chauffe comment, dans une longère ?
        C: Au fioul. Il y a un insert dans la grande pièce, mais c'est surtout le fioul.
        A: Et l'électricité, vous payez combien ?
        C: Quatre-vingt-dix euros par mois. À peu près.
        A: Le toit, c'est de l'ardoise, j'imagine ?
        C: De l'ardoise, oui. Je l'ai refaite moi-même, la couverture, il y a huit ans.
        A: Et il est orienté comment, le grand pan ?
        C: Le soleil se couche pile en face, au bout du champ. Donc à l'ouest, quoi.
        A: Très bien. La longère fait combien de mètres carrés ?
        C: Cent soixante-dix, avec l'ancienne étable qu'on a aménagée... Attendez, pourquoi vous me
           demandez tout ça ? C'est pour vendre des panneaux, hein ?
        A: C'est pour voir si votre maison est éligible aux aides, pour une installation
           photovoltaïque, oui.
        C: Ah, voilà. Bon, ben non, alors. Finalement, ça ne m'intéresse pas.
        A: Je peux vous demander pourquoi ?
        C: D'abord, je ne vais pas percer mon ardoise toute neuve pour mettre des panneaux
           dessus. Et puis c'est trop cher. Mon beau-frère a fait faire un devis : quatorze mille
           euros, pour économiser quoi, cinq cents euros par an ? Faites le calcul.
        A: Avec les aides et la revente du surplus, l'installation est souvent amortie plus vite
           que ça...
        C: Oui, oui, je connais la chanson. Vous êtes la troisième ce mois-ci à m'appeler pour ça.
           Non, vraiment, ça ne m'intéresse pas, et je ne veux pas qu'on me rappelle.
        A: Très bien, monsieur, je note que vous n'êtes pas intéressé. Bonne journée.
        C: Au revoir, madame.
        """,
        client="Mr",
        objections=(
            "non intéressé ; ne veut pas percer sa toiture neuve ; trop cher pour l'économie ; "
            "déjà démarché ; refuse d'être rappelé"
        ),
        client_last_name_data_ia="Le Bihan",
        client_city_data_ia="Taupont",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="90",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="170",
        toiture_data_ia="ardoises",
        orientation_data_ia="ouest",
        **LOST,
    ),
    script(
        "h3_mas_alpilles",
        "a retired couple's mas in Provence: reversible air-conditioning named by the client as"
        " an air-to-air heat pump (pompe à chaleur), the agent mishears the bill (240, not"
        " 140), south-west which the agent calls south, rural street number, two phones,"
        " income, price objection",
        """
        A: Bonjour monsieur. Samia, de Sud Lumière Énergie. Vous êtes bien monsieur Roustan ?
        C: Roustan, oui. Marcel Roustan. Bonjour mademoiselle.
        A: Monsieur Roustan, vous aviez rempli une demande d'étude pour une installation
           solaire...
        C: C'est ma femme qui a rempli ça, sur l'ordinateur. Mais oui, on en a parlé ensemble.
           Allez-y.
        A: Vous habitez une maison ?
        C: Un mas. Un vieux mas provençal, à Maussane-les-Alpilles. On l'a acheté quand on a pris
           notre retraite, tous les deux.
        A: Vous êtes donc propriétaires, et tous les deux à la retraite ?
        C: Voilà. Moi, j'étais dans les assurances. Ma femme était pharmacienne.
        A: Et pour le chauffage, dans un mas ?
        C: Alors nous, on a mis des clims réversibles dans toutes les pièces. Des... comment on
           dit... des pompes à chaleur air-air. Et la cheminée, l'hiver, mais c'est plus pour le
           plaisir.
        A: D'accord, une pompe à chaleur air-air. Et votre facture d'électricité ?
        C: Elle est lourde. Deux cent quarante euros par mois. Avec la piscine, l'été, la pompe de
           filtration...
        A: Cent quarante euros par mois, c'est noté.
        C: Non, non, deux cent quarante ! Deux cents... quarante. J'aimerais bien que ce soit
           cent quarante, tiens.
        A: Pardon, deux cent quarante euros par mois. Et la surface du mas ?
        C: Deux cents mètres carrés, à peu près. Sans les dépendances.
        A: Et le toit ?
        C: Des tuiles. Des vieilles tuiles canal, on les a gardées.
        A: Vous savez comment il est orienté ?
        C: Le grand pan, il regarde vers... le sud-ouest. On a le soleil de midi jusqu'au soir.
        A: Sud-ouest, donc globalement plein sud. C'est très bien pour le solaire.
        C: Si vous le dites.
        A: Et sur ce pan, il y a au moins vingt mètres carrés de libres ?
        C: Il y a la cheminée au milieu... Mais oui, de chaque côté il reste de la place. Trente
           mètres carrés en tout, je dirais.
        A: Je me permets : vous avez quel âge, monsieur Roustan ?
        C: Soixante-dix ans depuis dimanche. Et Arlette en a soixante-sept.
        A: Vous avez des enfants ?
        C: Un fils, à Aix. Et deux petits-enfants.
        A: Pour le dossier d'aides, vos revenus, à vous deux ?
        C: Les deux retraites, ça fait quatre mille six cents euros par mois, à peu près. Mais
           dites-moi, combien ça va me coûter, tout ça ? Parce qu'on entend des chiffres... quinze,
           vingt mille euros.
        A: Ça dépend de la puissance. Le conseiller vous fera un chiffrage précis, avec les aides
           déduites. C'est gratuit, et sans engagement.
        C: Bon. Je veux bien voir le chiffrage. Mais je vous préviens : je compare, et je ne signe
           jamais rien le premier jour.
        A: C'est très sage. Je vérifie l'adresse : c'est bien le 1180, chemin des Baux ?
        C: Mille cent quatre-vingts, chemin des Baux, oui. Treize, cinq cent vingt.
        A: Et quand le conseiller peut-il vous appeler ?
        C: Le matin, on marche. Mercredi, ça irait ?
        A: Mercredi, le matin ou l'après-midi ?
        C: L'après-midi. Pas avant seize heures, il fait trop chaud pour réfléchir.
        A: Mercredi après-midi, seize heures. Sur quel numéro ?
        C: Le fixe : zéro quatre, quatre-vingt-dix, cinquante-quatre, trente et un, zéro six. Et
           mon portable, si on n'est pas à la maison : zéro six, dix, quatre-vingt-huit,
           soixante-quinze, vingt-deux.
        A: C'est noté. Merci, monsieur Roustan. Bonne journée, à vous et à madame.
        C: Merci, au revoir.
        """,
        client="Mr",
        objections="prix (quinze à vingt mille euros entendus) ; compare les devis, ne signe rien",
        client_first_name_data_ia="Marcel",
        client_last_name_data_ia="Roustan",
        client_phone_number="0490543106",
        client_city_data_ia="Maussane-les-Alpilles",
        client_address_data_ia="1180 chemin des Baux",
        client_postal_code_data_ia="13520",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="240",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="200",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="70",
        age_mme_data_ia="67",
        situation_familiale_data_ia="marié, 1 enfant",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="retraitée",
        revenu_data_ia="4600 euros par mois",
        tel2_data_ia="0610887522",
        creneau_rappel_data_ia="mercredi après-midi",
        heure_rappel_data_ia="16h",
        **OWNER,
    ),
    script(
        "h3_coupe_cantal",
        "a mother busy with toddlers, cut off mid-sentence: all-electric, 'je sais pas, mon"
        " mari s'en occupe' for the bill ('-'), slate; no callback was agreed before the line"
        " dropped, so disponibilité 'Non' while the lead stays 'Valide'",
        """
        A: Bonjour madame, Jordan, de Massif Énergies. Je suis bien chez madame Delmas ?
        C: Oui ? Attendez... Léo, pose ça ! Pardon. Oui, c'est moi. C'est pour quoi ?
        A: Je vous appelle pour les panneaux solaires. Vous aviez demandé une simulation sur notre
           site.
        C: Ah oui. C'est mon mari qui... enfin, on en a parlé tous les deux. Oui, oui.
        A: Je vais faire vite. Vous êtes propriétaires ?
        C: Oui, on a acheté il y a trois ans. À Arpajon-sur-Cère, à côté d'Aurillac.
        A: C'est une maison individuelle ?
        C: Oui, une maison des années quatre-vingt, sur un terrain en pente. Léo ! Non !
        A: Je vous laisse une seconde ?
        C: Non, non, ça va, allez-y.
        A: Vous vous chauffez comment ?
        C: Tout électrique. Des grille-pain, comme dit mon mari. On voudrait bien changer, mais
           bon.
        A: Et votre facture d'électricité, à peu près ?
        C: Alors ça, je sais pas. C'est mon mari qui s'occupe de tout ça, les factures, la banque.
           Je sais que c'est cher, c'est tout.
        A: Pas de souci. Et le toit, vous savez en quoi il est ?
        C: En ardoise. Enfin, je crois... Si, si, c'est de l'ardoise, comme toutes les maisons
           ici.
        A: Vous avez quel âge, si ce n'est pas indiscret ?
        C: Trente et un ans. Mon mari, trente-quatre.
        A: Et vous travaillez tous les deux ?
        C: Mon mari, oui, il est chauffeur de bus, en CDI. Moi, je... Léo ! Tu poses ça tout de
           suite ! Pardon. Où on en était ?
        A: Vous avez des enfants, j'entends ?
        C: Deux, oui. Trois ans et dix-huit mois. Le grand est infernal aujourd'hui.
        A: Un conseiller pourrait vous rappeler quand votre mari est là, pour les factures ?
        C: Oui, ce serait mieux. Le soir, il rentre vers... Oh non ! Excusez-moi, il faut que je
           vous laisse, il y en a un qui est monté sur...
        A: Madame ? Madame Delmas, vous êtes toujours là ?
        A: Allô ? ... Allô ?
        """,
        client="Mme",
        client_last_name_data_ia="Delmas",
        client_city_data_ia="Arpajon-sur-Cère",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        toiture_data_ia="ardoises",
        age_mr_data_ia="34",
        age_mme_data_ia="31",
        situation_familiale_data_ia="mariée, 2 enfants",
        activite_mr_data_ia="CDI",
        classement="Valide",
        disponibilite="Non",
    ),
    script(
        "h3_invalidite_eure",
        "a man on disability benefit in Normandy: the file's postal code is wrong (27210 →"
        " 27120, so adresse_modifiee '1' as in ho_corrections_alsace), the bill corrected"
        " (130 → 170), 'côté jardin, plein sud', his own phone corrected, price worry",
        """
        A: Bonjour monsieur, Camélia, de Seine Normandie Solaire. Monsieur Hébert ?
        C: Lui-même. Patrick Hébert.
        A: Monsieur Hébert, vous aviez demandé à être recontacté pour une étude photovoltaïque.
           C'est toujours d'actualité ?
        C: Oui, oui. Enfin, on se renseigne. On n'a pas des mille et des cents, hein, je vous le
           dis tout de suite.
        A: Je comprends. Justement, l'étude sert à voir ce que vous pourriez économiser, et à
           quelles aides vous avez droit. Vous êtes propriétaire ?
        C: Oui. Une maison, à Pacy-sur-Eure. On a fini le crédit l'an dernier.
        A: J'ai ici le 6 rue des Lavandières, 27210. C'est bien ça ?
        C: La rue, oui, mais le code postal, non, c'est pas le nôtre. Nous, c'est vingt-sept,
           cent vingt. Vingt-sept mille cent vingt.
        A: 27120, pardon, je corrige. Et la maison, elle est chauffée comment ?
        C: À l'électrique. Des panneaux rayonnants. Et ça nous coûte les yeux de la tête.
        A: Justement, combien, à peu près ?
        C: Cent trente euros par mois. Attendez... non, ça, c'était avant. Depuis janvier, ils
           nous ont passé la mensualité à cent soixante-dix. Cent soixante-dix euros.
        A: Cent soixante-dix euros par mois. Et la surface ?
        C: Quatre-vingt-dix-huit mètres carrés.
        A: Et le toit ?
        C: Des tuiles. Des tuiles plates, brunes.
        A: Il est orienté comment ?
        C: Alors, devant, c'est la rue. Et derrière, le pan du toit donne côté jardin, plein sud.
           C'est pour ça que la pelouse est grillée tous les étés.
        A: Plein sud, très bien. Et de ce côté-là, il y a au moins vingt mètres carrés libres ?
        C: Il y a un velux, un seul. Mais oui, au moins vingt mètres carrés, c'est tout en
           longueur.
        A: Vous travaillez, monsieur Hébert ?
        C: Non, je suis en invalidité. Depuis mon accident, il y a six ans, je ne peux plus rien
           porter. J'étais maçon.
        A: Je suis désolée. Et vous avez quel âge ?
        C: Cinquante-cinq ans.
        A: Vous vivez seul ?
        C: Non, avec ma femme. Elle a cinquante-deux ans, elle est aide-soignante à l'hôpital
           d'Évreux, en CDI.
        A: Des enfants à la maison ?
        C: Plus maintenant. On en a eu trois, ils sont tous partis.
        A: Et le meilleur numéro pour vous joindre ?
        C: Mon portable : zéro six, quarante et un, soixante-dix-sept, trente-trois, quatorze...
           Non, attendez, je me trompe toujours à la fin. Zéro six, quarante et un,
           soixante-dix-sept, trente-trois, quarante.
        A: Je répète : zéro six, quarante et un, soixante-dix-sept, trente-trois, quarante.
        C: C'est ça.
        A: Et le conseiller vous rappelle quand ?
        C: Tous les matins, j'ai la kiné. L'après-midi, n'importe quand. Vendredi, par exemple ?
        A: Vendredi après-midi. Vous avez une heure ?
        C: Quatorze heures. Non, quinze, le temps que je rentre de chez ma mère. Quinze heures.
        A: Vendredi après-midi, quinze heures.
        C: Et dites-moi, en gros, ça coûte combien, votre installation ? Parce que si c'est pour
           s'endetter sur quinze ans...
        A: Il y a plusieurs tailles d'installation, et des aides qui dépendent des revenus. Le
           conseiller vous fera un chiffrage précis. Vous n'êtes engagé à rien.
        C: Bon. On verra bien.
        A: Merci monsieur Hébert. Bonne journée.
        C: Au revoir, madame.
        """,
        client="Mr",
        objections="budget serré ; peur de s'endetter ; demande le prix",
        client_first_name_data_ia="Patrick",
        client_last_name_data_ia="Hébert",
        client_phone_number="0641773340",
        client_city_data_ia="Pacy-sur-Eure",
        client_address_data_ia="6 rue des Lavandières",
        client_postal_code_data_ia="27120",
        adresse_modifiee="1",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="170",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="98",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="55",
        age_mme_data_ia="52",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="en invalidité",
        activite_mme_data_ia="CDI",
        creneau_rappel_data_ia="vendredi après-midi",
        heure_rappel_data_ia="15h",
        **OWNER,
    ),
    script(
        "h3_agent_entend_mal",
        "Dordogne: the agent mishears the town, the age and a phone pair and is corrected"
        " each time; heat pump, shingle roof with a north and a south pan (the south pan is"
        " the one to use: 'sud'), 'entre midi et deux' settled at 13h ('lundi midi')",
        """
        A: Bonjour madame, Anthony, de Périgord Éco Toit. Je suis bien chez madame Faure ?
        C: Faure, oui. Sylvie Faure. Bonjour.
        A: Madame Faure, je vous appelle suite à votre demande sur internet, pour une étude
           solaire. Vous êtes bien à Saint-Estèphe ?
        C: Non ! Saint-Astier. A, S, T, I, E, R. Saint-Estèphe, c'est à l'autre bout du
           département.
        A: Pardon, Saint-Astier. Le code postal, c'est vingt-quatre, cent dix ?
        C: C'est ça.
        A: Et l'adresse ?
        C: Dix-neuf, rue Romain Rolland.
        A: Vous êtes propriétaire ?
        C: Oui, on a fait construire il y a huit ans. Une maison de plain-pied, cent quinze
           mètres carrés.
        A: Vous vous chauffez comment ?
        C: Pompe à chaleur. Air-eau, avec un plancher chauffant.
        A: Et votre facture d'électricité ?
        C: Cent dix euros par mois. Un peu plus l'hiver, mais on est mensualisés à cent dix.
        A: Le toit, il est en tuiles ?
        C: Non, c'est du shingle. Vous savez, les plaques bitumées, en forme d'écailles. C'est mon
           mari qui voulait ça.
        A: D'accord, du shingle. Il est orienté comment ?
        C: Il y a deux pans. Un au nord, côté rue, et l'autre au sud, côté piscine.
        A: Donc on poserait sur le pan sud.
        C: Voilà.
        A: Vous avez quel âge, madame Faure ?
        C: Quarante-deux ans.
        A: Cinquante-deux, c'est noté.
        C: Quarante-deux ! Ne me vieillissez pas, s'il vous plaît.
        A: Oh, pardon ! Quarante-deux. Et votre mari ?
        C: Il a quarante-quatre ans. Il est commercial chez un concessionnaire, à Périgueux, en
           CDI. Et moi, je suis comptable, en CDI aussi, mais à temps partiel.
        A: Vous avez des enfants ?
        C: Trois. Les jumelles de dix ans et le petit de six.
        A: Vous êtes mariés ?
        C: Mariés, oui.
        A: Et un numéro pour vous joindre ?
        C: Zéro six, soixante-trois, zéro cinq, dix-huit, vingt-sept.
        A: Zéro six, soixante-trois, zéro cinq, dix-huit, trente-sept.
        C: Non, vingt-sept. Vingt... sept.
        A: Vingt-sept, pardon, la ligne grésille un peu. Zéro six, soixante-trois, zéro cinq,
           dix-huit, vingt-sept.
        C: Voilà.
        A: Un conseiller va vous rappeler pour l'étude. Quand est-ce que ça vous arrange ?
        C: Le matin, c'est compliqué... Lundi, entre midi et deux ?
        A: Lundi, à midi et demi ?
        C: Treize heures, plutôt. Le temps de manger.
        A: Lundi, treize heures. Merci, madame Faure, bonne journée.
        C: Au revoir.
        """,
        client="Mme",
        client_first_name_data_ia="Sylvie",
        client_last_name_data_ia="Faure",
        client_phone_number="0663051827",
        client_city_data_ia="Saint-Astier",
        client_address_data_ia="19 rue Romain Rolland",
        client_postal_code_data_ia="24110",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="110",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="115",
        toiture_data_ia="shingle",
        orientation_data_ia="sud",
        age_mr_data_ia="44",
        age_mme_data_ia="42",
        situation_familiale_data_ia="mariée, 3 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="CDI",
        creneau_rappel_data_ia="lundi midi",
        heure_rappel_data_ia="13h",
        **OWNER,
    ),
    script(
        "h3_menteur_haguenau",
        "Alsace: a man says he is a tenant to end the call, then admits he owns the house;"
        " town gas, roof sunny in the morning (est, as the agent rephrases), the wife's first"
        " name is not his, newly retired, her mobile the only number, evening slot moved",
        """
        A: Bonjour monsieur, Amandine, de Rhin Solaire. Je suis bien chez monsieur Schmitt ?
        C: Oui, c'est moi. Si c'est pour des panneaux solaires, je suis locataire. Ça ne
           m'intéresse pas.
        A: Ah, vous êtes locataire ? Parce que j'ai une demande d'étude à votre nom, faite sur
           notre site, pour une maison à Haguenau.
        C: ... Ah. C'est ma femme, alors. Bon. Je vous ai dit locataire pour que vous raccrochiez
           plus vite, on est appelés tous les jours. Non, on est propriétaires.
        A: D'accord, je comprends. Je vous promets que ce sera rapide. C'est votre épouse qui a
           fait la demande ?
        C: Oui, Nadine. Elle est au travail. Elle m'en a parlé, maintenant que j'y repense.
        A: Alors je vous pose les questions, et si vous ne savez pas, ce n'est pas grave. La
           maison, elle est chauffée comment ?
        C: Au gaz de ville. Une chaudière gaz.
        A: Et l'électricité, ça tourne autour de combien ?
        C: Quatre-vingt-dix-huit euros par mois. Je l'ai vu sur le relevé de la banque hier.
        A: La toiture ?
        C: Des tuiles plates, les vieilles tuiles alsaciennes, en queue de castor.
        A: Et elle est orientée comment ?
        C: Le pan de derrière, il a le soleil le matin, jusqu'à midi à peu près. Après, c'est la
           maison du voisin qui nous fait de l'ombre.
        A: Donc plutôt à l'est.
        C: Oui, à l'est.
        A: La surface de la maison ?
        C: Cent trente... cent vingt-huit mètres carrés. C'est ce qui est marqué sur l'acte.
        A: Quel âge avez-vous, monsieur Schmitt ?
        C: Soixante ans. Nadine, cinquante-sept.
        A: Vous travaillez encore ?
        C: Moi, je suis à la retraite depuis peu, depuis le premier janvier. Nadine, elle est
           coiffeuse, à son compte depuis vingt-deux ans.
        A: Vous avez des enfants ?
        C: Un fils, il vit à Strasbourg. Et on est mariés depuis trente-cinq ans, si c'est votre
           prochaine question.
        A: Merci. Et franchement, monsieur Schmitt, qu'est-ce qui vous fait peur, dans le
           solaire ?
        C: Les arnaques. Il y a eu une histoire au village, une société qui a encaissé l'acompte
           et qui a disparu. Et puis on m'appelle trois fois par semaine, je ne sais plus qui est
           qui.
        A: Nous sommes une entreprise locale, installée à Brumath depuis douze ans, certifiée RGE.
           Et on ne demande aucun acompte avant la visite technique.
        C: Hm. On verra. Il faut voir avec Nadine, de toute façon.
        A: Bien sûr. Je vérifie l'adresse : le 31 rue des Vosges, soixante-sept mille cinq cents
           Haguenau ?
        C: Le 31, oui.
        A: Le conseiller peut rappeler quand votre épouse est là ?
        C: Le soir. Elle rentre à dix-huit heures trente. Jeudi, par exemple.
        A: Jeudi soir, dix-neuf heures ?
        C: Dix-neuf heures, on sera à table. Dix-neuf heures trente, plutôt.
        A: Jeudi soir, dix-neuf heures trente. Et sur quel numéro ?
        C: Prenez le portable de Nadine, comme ça vous l'aurez directement. Zéro six,
           soixante-dix, quatorze, cinquante-deux, quatre-vingt-huit.
        A: Zéro six, soixante-dix, quatorze, cinquante-deux, quatre-vingt-huit. Merci, monsieur
           Schmitt, bonne journée.
        C: Au revoir.
        """,
        client="Mr",
        objections=(
            "s'est dit locataire pour écourter ; peur des arnaques ; démarché trop souvent ; "
            "décision avec sa femme"
        ),
        client_last_name_data_ia="Schmitt",
        client_phone_number="0670145288",
        client_city_data_ia="Haguenau",
        client_address_data_ia="31 rue des Vosges",
        client_postal_code_data_ia="67500",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="98",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="128",
        toiture_data_ia="tuiles",
        orientation_data_ia="est",
        age_mr_data_ia="60",
        age_mme_data_ia="57",
        situation_familiale_data_ia="marié, 1 enfant",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="indépendante depuis 22 ans",
        creneau_rappel_data_ia="jeudi soir",
        heure_rappel_data_ia="19h30",
        **OWNER,
    ),
)
