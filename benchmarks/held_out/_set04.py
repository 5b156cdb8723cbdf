"""Held-out set 4 (``h4_*`` calls, ``--held-out 4``): see ``benchmarks.calls``."""

from __future__ import annotations

from benchmarks._script import LOST, OWNER, Script, script

__all__ = ["HELD_OUT_4"]


# A fourth held-out set (names ``h4_*``), written once HELD_OUT_3 was about to choose the
# fields the local LLM answers, to confirm that choice honestly: by someone who read only
# this module, docs/quality.md's conventions and messages/lead.py, never the extractors,
# and none of them was run on it. Unlike HELD_OUT_3 it is mostly ordinary: a call centre's
# common day (eight owners who answer most questions in their own ways, two partial calls,
# a refusal, a tenant), with the usual variety of phrasing (a town with its department,
# postal codes, bills and slots said in several forms). The gold is what a careful human
# fills from each call; where a value is debatable, the summary says why. Nobody tunes on
# it: never rendered, never part of ``FULL`` or ``SUBSET``;
# ``python -m benchmarks.extraction_quality --held-out 4`` scores it from its reference
# text.
HELD_OUT_4: tuple[Script, ...] = (
    script(
        "h4_vannes_retraites",
        "a retired couple in Vannes ('dans le Morbihan'), postal code said 'cinquante-six mille':"
        " oil boiler, monthly direct debit, 'une centaine de mètres carrés' (100), slate facing"
        " south with room, both ages, both retired ('tous les deux'), the landline first (main)"
        " and a mobile he never switches on (tel2), Thursday at three",
        """
        A: Bonjour monsieur, Mathilde, de la société Golfe Énergie Solaire. Je suis bien chez
           monsieur Tanguy ?
        C: Oui, c'est moi. Yannick Tanguy. C'est à quel sujet ?
        A: Je vous appelle au sujet des panneaux photovoltaïques. Vous aviez laissé vos coordonnées
           sur notre site, pour être rappelé.
        C: Ah oui, c'est possible. C'est mon gendre qui m'a montré ça sur l'ordinateur. Allez-y,
           j'ai un petit moment.
        A: Merci. Vous êtes bien propriétaire de votre maison ?
        C: Oui, oui. Depuis... ouh, depuis quatre-vingt-onze. On l'a achetée quand on est arrivés
           dans la région.
        A: Et vous êtes où, exactement ?
        C: À Vannes, dans le Morbihan. Pas très loin du port.
        A: Le code postal, c'est bien cinquante-six mille ?
        C: Cinquante-six mille, c'est ça.
        A: Et votre adresse, s'il vous plaît ?
        C: Vingt-deux, rue des Goélands.
        A: Le chauffage, chez vous, c'est quoi ?
        C: Le fioul. Une chaudière fioul, elle a bientôt vingt ans. Celle-là, on voudrait bien la
           changer, d'ailleurs, avec le prix du fioul...
        A: Je comprends. Et l'électricité, vous payez combien, à peu près ?
        C: Euh... On est mensualisés. Cent quarante-deux euros par mois, je crois. Attendez, je
           regarde sur le papier... Oui, cent quarante-deux.
        A: Cent quarante-deux euros par mois. Et la maison fait quelle surface ?
        C: Oh, une centaine de mètres carrés. Avec le garage, plus, mais le garage, ça ne compte
           pas.
        A: La toiture, c'est de l'ardoise ?
        C: Ben oui, ici, c'est de l'ardoise partout.
        A: Et elle est orientée comment ?
        C: Le grand pan, côté jardin, il est plein sud. On a le soleil toute la journée sur la
           terrasse.
        A: Parfait. Sur ce pan-là, il y aurait au moins vingt mètres carrés de libres ? Sans fenêtre
           de toit, sans cheminée ?
        C: La cheminée est de l'autre côté. Oui, oui, il y a de la place.
        A: Très bien. Pour le dossier des aides, je vous demande votre âge, et celui de votre
           épouse, si vous êtes marié ?
        C: Marié, oui, ça fera quarante ans cette année. J'ai soixante-huit ans, et Françoise,
           soixante-six.
        A: Et vous êtes à la retraite, tous les deux ?
        C: Tous les deux, oui. Moi, j'étais à l'arsenal, à Lorient. Elle, elle était institutrice.
        A: Vous avez des enfants ?
        C: Trois. Deux filles et un garçon. Et sept petits-enfants, on ne s'ennuie pas.
        A: Et pour vous joindre, c'est quel numéro ?
        C: Le fixe. Zéro deux, quatre-vingt-dix-sept, quarante-trois, dix-huit, soixante-cinq.
        A: Zéro deux, quatre-vingt-dix-sept, quarante-trois, dix-huit, soixante-cinq. Vous avez un
           portable, aussi ?
        C: Oui, mais je ne l'allume jamais... Bon, notez-le quand même. Zéro six, soixante-quatorze,
           vingt et un, zéro neuf, quatre-vingt-trois.
        A: 06 74 21 09 83, merci. Un conseiller va vous rappeler pour l'étude. Quel moment vous
           arrange ?
        C: L'après-midi, plutôt. Le matin, je suis au jardin. Jeudi, ça irait ?
        A: Jeudi après-midi, vers quelle heure ?
        C: Trois heures. Après la sieste.
        A: Jeudi après-midi, quinze heures, c'est noté. Vous avez une question que vous voulez poser
           au conseiller ?
        C: Oui : si on peut garder la chaudière en plus des panneaux. Parce que je ne vais pas tout
           changer d'un coup, hein.
        A: Je lui note. Merci, monsieur Tanguy, bonne journée.
        C: Au revoir, madame.
        """,
        client="Mr",
        objections="veut garder sa chaudière fioul",
        client_first_name_data_ia="Yannick",
        client_last_name_data_ia="Tanguy",
        client_phone_number="0297431865",
        client_city_data_ia="Vannes",
        client_address_data_ia="22 rue des Goélands",
        client_postal_code_data_ia="56000",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="142",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="100",
        toiture_data_ia="ardoises",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="68",
        age_mme_data_ia="66",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="retraitée",
        tel2_data_ia="0674210983",
        creneau_rappel_data_ia="jeudi après-midi",
        heure_rappel_data_ia="15h",
        **OWNER,
    ),
    script(
        "h4_olivet_fonction_publique",
        "a civil servant driving home (Olivet, 'dans le Loiret', postal code in two parts):"
        " air-to-water heat pump, the bill known only for the year (1800), roof on the side where"
        " the sun rises (est, as she and the agent settle), husband a lorry driver (job title, no"
        " status said), 'mardi, vers dix-sept heures' (slot 'mardi': no part of the day was named,"
        " the hour says the rest)",
        """
        A: Bonjour madame, Arnaud, de Loiret Solaire Conseil. Madame Lacroix ?
        C: Oui... c'est moi. Qu'est-ce que c'est ?
        A: Je vous appelle suite à votre simulation en ligne pour des panneaux solaires, la semaine
           dernière.
        C: Ah oui, c'est vrai, j'avais oublié. Je sors du travail, là, je suis en voiture. Mais
           allez-y, je suis en mains libres.
        A: Je vais faire court, alors. Vous êtes propriétaire de votre maison ?
        C: Oui. Enfin, avec la banque, pour encore douze ans. Mais oui.
        A: Et c'est bien à Olivet ?
        C: Olivet, oui, dans le Loiret. Quarante-cinq, cent soixante.
        A: L'adresse, je vous prie ?
        C: Trois, allée des Mésanges.
        A: Merci. Et votre prénom, madame Lacroix ?
        C: Véronique.
        A: Le chauffage, chez vous, c'est quoi ?
        C: On a une pompe à chaleur. Air-eau. On l'a fait poser il y a quatre ans, avec la prime.
        A: D'accord. Et votre facture d'électricité, vous savez combien elle fait ?
        C: Par mois, je ne sais pas trop, ça bouge tout le temps. Mais sur l'année, on a payé mille
           huit cents euros. J'ai reçu la régularisation le mois dernier, ça m'a fait mal.
        A: Mille huit cents euros à l'année, c'est noté. Et la maison, elle fait combien de mètres
           carrés ?
        C: Cent vingt.
        A: Cent vingt. Le toit, c'est des tuiles ?
        C: Oui, des tuiles. Des tuiles rouges, normales.
        A: Et vous savez comment il est orienté ?
        C: Alors... Le matin, le soleil se lève juste en face de notre chambre, et le toit descend
           de ce côté-là. Donc... l'est ? C'est ça ?
        A: Oui, si le soleil se lève de ce côté, c'est l'est.
        C: Voilà, l'est.
        A: Est-ce que je peux vous demander votre âge ?
        C: Quarante-cinq ans.
        A: Et vous vivez en couple ?
        C: Mariée. Mon mari a quarante-sept ans. Et on a deux ados, quinze et dix-sept ans. Ils
           mangent comme quatre.
        A: Et vous travaillez tous les deux ?
        C: Moi, je suis dans la fonction publique. À la préfecture. Mon mari, il est chauffeur
           routier. Il est sur la route toute la semaine, il rentre le vendredi soir.
        A: Et justement, est-ce que le conseiller peut rappeler quand il est là ? Le samedi ?
        C: Le samedi, non, entre les courses et le sport des enfants... Non, appelez-moi, moi. En
           semaine. Mardi, vers dix-sept heures, je serai rentrée.
        A: Mardi, vers dix-sept heures. Sur quel numéro ?
        C: Mon portable. Zéro six, cinquante et un, trente-huit, vingt-quatre, quatre-vingt-dix.
        A: Je répète : zéro six, cinquante et un, trente-huit, vingt-quatre, quatre-vingt-dix.
        C: C'est ça. Et dites-moi, ça va ensemble, les panneaux et une pompe à chaleur ? Une
           collègue m'a dit que oui.
        A: Oui, c'est même une bonne combinaison : la pompe consomme de l'électricité, et les
           panneaux en produisent dans la journée. Le conseiller vous fera le calcul.
        C: Bon. Très bien.
        A: Merci, madame Lacroix, et bonne route.
        C: Merci, au revoir.
        """,
        client="Mme",
        client_first_name_data_ia="Véronique",
        client_last_name_data_ia="Lacroix",
        client_phone_number="0651382490",
        client_city_data_ia="Olivet",
        client_address_data_ia="3 allée des Mésanges",
        client_postal_code_data_ia="45160",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="1800",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="120",
        toiture_data_ia="tuiles",
        orientation_data_ia="est",
        age_mr_data_ia="47",
        age_mme_data_ia="45",
        situation_familiale_data_ia="mariée, 2 enfants",
        activite_mr_data_ia="chauffeur routier",
        activite_mme_data_ia="fonctionnaire",
        creneau_rappel_data_ia="mardi",
        heure_rappel_data_ia="17h",
        **OWNER,
    ),
    script(
        "h4_montbrison_chantier",
        "a partial call: a plumber on a building site (Montbrison, 'dans la Loire') answers owner,"
        " all-electric, tiles and his age, not the bill ('-'), asks a question back and has the"
        " call cut short: 'demain matin, vers neuf heures' (slot 'demain matin', as said); the"
        " agent reads the number he is called on and he confirms it (main); 'ma femme' gives"
        " 'marié'; 'plombier' is a job title with no status said",
        """
        A: Allô, bonjour monsieur ! Capucine, de Forez Énergie Verte. Je cherche à joindre monsieur
           Besson.
        C: Ouais, c'est moi. Fabrice Besson. Je vous entends mal, je suis sur un chantier, là.
        A: Je vous appelle pour votre demande d'étude, pour des panneaux solaires. Je peux vous
           poser deux, trois questions rapides ?
        C: Vite fait, alors. J'ai un client qui attend.
        A: Vous êtes propriétaire de votre maison ?
        C: Oui, oui, propriétaire.
        A: Et c'est à quel endroit ?
        C: À Montbrison. Dans la Loire. Hein ? ... Non, pas toi, Jérôme, je suis au téléphone !
           Pardon. Oui, Montbrison.
        A: Vous vous chauffez comment ?
        C: À l'électrique. Tout électrique. Des convecteurs qui datent de la construction. C'est
           pour ça que je veux voir pour les panneaux, la facture, elle pique.
        A: Justement, elle fait combien, votre facture ?
        C: Ah, ça... De tête, je ne sais pas. C'est ma femme qui a les papiers. Beaucoup, en tout
           cas.
        A: Pas de problème. Et le toit, c'est des tuiles ?
        C: Des tuiles, oui. Je l'ai fait refaire il y a deux ans. D'ailleurs, c'est vous qui posez,
           ou vous sous-traitez ? Parce que moi, je suis plombier, je vois passer des trucs sur les
           chantiers, je vous raconte pas.
        A: Ce sont nos propres techniciens, monsieur Besson. Le conseiller vous expliquera comment
           se passe la pose. Je peux vous demander votre âge ?
        C: Trente-neuf ans. Bon, écoutez, là, je ne peux vraiment pas vous parler plus longtemps,
           j'ai les mains dans une chaudière. Vous pouvez me rappeler ?
        A: Bien sûr. Quand est-ce que ça vous arrange ?
        C: Demain matin. Avant d'attaquer. Vers neuf heures, ça ira, demain je commence plus tard.
        A: Demain matin, vers neuf heures. Je vous rappelle sur ce numéro, le zéro six, vingt-huit,
           soixante-sept, quarante, douze ?
        C: Oui, c'est mon portable. Ma femme sera là, elle aura les factures. Et préparez vos
           questions, comme ça, ce sera rapide.
        A: Très bien. Je note : demain matin, neuf heures. Bonne journée, monsieur Besson.
        C: Ouais, merci. Salut.
        """,
        client="Mr",
        objections="pressé (sur un chantier) ; demande si la pose est sous-traitée",
        client_first_name_data_ia="Fabrice",
        client_last_name_data_ia="Besson",
        client_phone_number="0628674012",
        client_city_data_ia="Montbrison",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        toiture_data_ia="tuiles",
        age_mr_data_ia="39",
        situation_familiale_data_ia="marié",
        activite_mr_data_ia="plombier",
        creneau_rappel_data_ia="demain matin",
        heure_rappel_data_ia="9h",
        **OWNER,
    ),
    script(
        "h4_chalon_infirmiere_de_nuit",
        "a partial call: a night-shift nurse woken up (Chalon-sur-Saône, 'soixante et onze mille"
        " cent') knows gas heating, a bill band said per month, the ages and the children, not the"
        " surface or the orientation; she gives her husband's mobile for the callback, the only"
        " number said, so the main one; his first name is not hers; 'samedi matin' with no hour"
        " ('-'); 'infirmière' is a job title with no status said",
        """
        A: Bonjour madame, Jérémy, de Saône Énergie Conseil. Je suis bien chez monsieur et madame
           Guérin ?
        C: Oui... Oui, c'est madame Guérin. Excusez-moi, je dormais, je rentre de garde.
        A: Oh, pardon, je vous ai réveillée. Je peux rappeler plus tard, si vous préférez ?
        C: Non, non, allez-y, maintenant je suis réveillée. C'est pour quoi ?
        A: C'est au sujet des panneaux solaires : votre mari a fait une demande d'étude sur notre
           site.
        C: Ah, c'est lui, alors. Il m'en a parlé, oui. Mais c'est lui qui s'occupe de tout ça, hein.
           Moi, je suis infirmière, je fais les nuits, je ne vois pas passer grand-chose.
        A: Je comprends. Je vous pose juste quelques questions simples, et pour le reste, on verra
           avec lui. Vous êtes propriétaires ?
        C: Oui, on a acheté il y a cinq ans.
        A: C'est bien à Chalon-sur-Saône ?
        C: Chalon, oui. Soixante et onze mille cent.
        A: Et votre prénom, madame Guérin ?
        C: Aurore.
        A: Le chauffage, c'est quoi, chez vous ?
        C: Le gaz. Une chaudière au gaz, dans le garage.
        A: Et la facture d'électricité, à peu près ?
        C: Oh, pas énorme. Moins de quatre-vingts euros par mois, je crois. On n'a que la lumière et
           l'électroménager.
        A: Moins de quatre-vingts euros par mois. Et la maison, elle fait combien de mètres carrés ?
        C: Aucune idée. Cinq pièces, mais en mètres carrés... Demandez à mon mari.
        A: Et le toit, vous savez comment il est orienté ?
        C: Ben... non. Le jardin est derrière, mais je ne sais pas si c'est le sud ou quoi.
           Vraiment, voyez ça avec Ludovic.
        A: D'accord. Je peux vous demander votre âge ?
        C: Trente-huit ans. Mon mari en a quarante.
        A: Vous avez des enfants ?
        C: Trois. Six, neuf et onze ans. Heureusement qu'ils sont à l'école, sinon je n'aurais pas
           dormi du tout.
        A: Très bien. Pour l'étude, il vaudrait mieux que le conseiller parle avec votre mari. Quand
           est-ce qu'il est joignable ?
        C: Le samedi matin, il est toujours à la maison. En semaine, il part à six heures, il rentre
           tard.
        A: Samedi matin, alors. Vous avez une heure de préférence ?
        C: Je ne sais pas, moi... Le matin, quand vous voulez. Pas trop tôt, quand même.
        A: Je note samedi matin. Sur quel numéro ?
        C: Appelez-le sur son portable, c'est plus sûr. Attendez, je ne l'ai pas par cœur... Voilà :
           zéro six, quarante-quatre, quatre-vingt-un, soixante, zéro deux.
        A: Zéro six, quarante-quatre, quatre-vingt-un, soixante, zéro deux. C'est noté.
        C: Et moi, je vais me recoucher.
        A: Bien sûr. Merci, madame Guérin, et bon repos.
        C: Au revoir.
        """,
        client="Mme",
        objections="ne connaît pas les détails, renvoie à son mari",
        client_first_name_data_ia="Aurore",
        client_last_name_data_ia="Guérin",
        client_phone_number="0644816002",
        client_city_data_ia="Chalon-sur-Saône",
        client_postal_code_data_ia="71100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="moins_de_80",
        mensuelle_annuelle_data_ia="mensuelle",
        age_mr_data_ia="40",
        age_mme_data_ia="38",
        situation_familiale_data_ia="mariée, 3 enfants",
        activite_mme_data_ia="infirmière",
        creneau_rappel_data_ia="samedi matin",
        **OWNER,
    ),
    script(
        "h4_agen_refus",
        "a polite but firm refusal in Agen: an owner who has just replaced her oil boiler with a"
        " heat pump (the heating now: pompe à chaleur), a neighbour's leaking roof, no"
        " documentation and no callback, number removed; her surname from the agent's greeting,"
        " which she confirms",
        """
        A: Bonjour madame, Benoît, de Garonne Solaire. Je suis bien chez madame Cazenave ?
        C: Oui. C'est pour quoi ?
        A: Je vous appelle au sujet de la production d'électricité solaire. En ce moment, on réalise
           des études gratuites dans votre secteur, à Agen et aux alentours...
        C: Je suis à Agen, oui, mais écoutez, je vais vous arrêter tout de suite.
        A: Je vous en prie.
        C: On a déjà fait les travaux. L'an dernier, on a remplacé la chaudière fioul par une pompe
           à chaleur, on a fait isoler les combles. On a assez dépensé comme ça, franchement.
        A: Je comprends. Et justement, avec une pompe à chaleur, les panneaux permettent de réduire
           ce qu'elle consomme. Vous êtes propriétaire de la maison, je suppose ?
        C: Oui, on est propriétaires, sinon on n'aurait pas fait tout ça. Mais non. Non, ça ne
           m'intéresse pas.
        A: Est-ce que je peux vous demander ce qui vous retient ? C'est le prix ?
        C: Le prix, l'emprunt, les gens qui viennent chez vous... Ma voisine en a fait mettre, elle
           a eu des infiltrations dans les chambres pendant un an. Non, non. Sur mon toit, personne
           ne monte.
        A: Les infiltrations, c'est souvent un problème de pose. Nous, nous sommes certifiés, avec
           une garantie décennale...
        C: Oui, c'est ce qu'on lui avait dit aussi, à ma voisine. Et le jour où il a fallu faire
           jouer la garantie, il n'y avait plus personne.
        A: Je comprends votre méfiance. Est-ce que je pourrais simplement vous envoyer une
           documentation, et vous rappeler dans quelques mois ?
        C: Non merci. Ni documentation ni rappel. Et je vous demanderai de retirer mon numéro, s'il
           vous plaît. On reçoit trois appels par jour, c'est devenu infernal.
        A: Très bien, madame, je le retire de notre fichier. Excusez-moi pour le dérangement.
        C: Il n'y a pas de mal, vous faites votre travail. Au revoir.
        A: Au revoir, madame, bonne journée.
        """,
        client="Mme",
        objections=(
            "vient d'investir (pompe à chaleur, isolation) ; prix et emprunt ; infiltrations chez"
            " une voisine ; refuse documentation et rappel ; démarchée trop souvent"
        ),
        client_last_name_data_ia="Cazenave",
        client_city_data_ia="Agen",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        **LOST,
    ),
    script(
        "h4_villefranche_locataire",
        "a young tenant of a small house in Villefranche-sur-Saône ('dans le Rhône', postal code"
        " confirmed in digits) who clicked an ad: electric heating, 120 a month, pacsé with no"
        " children yet, a forklift driver 'en CDD' (CDD); the agent closes the request, no"
        " callback",
        """
        A: Bonjour monsieur, Fanny, de Beaujolais Énergie Solaire. Monsieur Chapuis ?
        C: Oui, Mickaël Chapuis. C'est pour quoi ?
        A: Vous avez demandé une estimation pour des panneaux solaires sur notre site, hier soir.
        C: Ah ouais, c'est moi. J'ai vu la pub, "divisez votre facture par deux", j'ai cliqué. Ça
           marche vraiment, ce truc ?
        A: Ça dépend de la maison, c'est justement ce qu'on regarde avec l'étude. Vous habitez une
           maison ?
        C: Une petite maison, oui, avec un bout de jardin. À Villefranche. Villefranche-sur-Saône,
           dans le Rhône.
        A: Le code postal, c'est bien le 69400 ?
        C: 69400, ouais.
        A: Et vous en êtes propriétaire ?
        C: Euh, non. On loue. Mais le proprio, il est cool, il habite juste à côté. Si c'est
           rentable, il dira peut-être oui, non ?
        A: Je comprends. Le souci, c'est que l'installation se fait sur le toit : c'est le
           propriétaire qui doit faire la demande, et c'est lui qui finance. Vous vous chauffez
           comment, actuellement ?
        C: À l'électrique. Des radiateurs, un peu vieux. Et un petit chauffage d'appoint dans la
           salle de bains.
        A: Et ça vous fait une facture de combien ?
        C: Cent vingt euros. Tous les mois. Et cet hiver, on a eu une régul en plus. C'est pour ça
           que je cherchais.
        A: Je vois. Vous êtes seul dans la maison ?
        C: Non, avec ma copine. On est pacsés depuis l'an dernier. Pas encore d'enfants.
        A: Et si ce n'est pas indiscret, vous avez quel âge ?
        C: Trente-trois ans.
        A: Vous travaillez dans le coin ?
        C: Ouais, je suis cariste, dans un entrepôt à côté. En CDD, pour l'instant. J'espère passer
           en CDI à la rentrée.
        A: Je vous le souhaite. Pour les panneaux, malheureusement, tant que vous êtes locataire, on
           ne peut pas monter de dossier à votre nom. Si votre propriétaire est intéressé, il peut
           nous contacter directement.
        C: Ah, d'accord. Bon, je lui en parlerai, mais bon... Vous ne pouvez pas l'appeler, vous ?
        A: Je n'ai pas le droit de l'appeler sans sa demande, je suis désolée. Il pourra faire la
           simulation sur notre site, comme vous.
        C: Ouais. Tant pis. Vous ne me rappelez pas, alors ?
        A: Non, je clôture votre demande. Merci de votre temps, monsieur Chapuis.
        C: Pas de souci. Salut.
        """,
        client="Mr",
        objections="locataire ; la décision revient au propriétaire",
        client_first_name_data_ia="Mickaël",
        client_last_name_data_ia="Chapuis",
        client_city_data_ia="Villefranche-sur-Saône",
        client_postal_code_data_ia="69400",
        proprietaire_data_ia="non",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="120",
        mensuelle_annuelle_data_ia="mensuelle",
        age_mr_data_ia="33",
        situation_familiale_data_ia="pacsé",
        activite_mr_data_ia="CDD",
        **LOST,
    ),
    script(
        "h4_gerardmer_chambres_hotes",
        "a guest-house owner in Gérardmer ('dans les Vosges', postal code digit by digit): pellet"
        " stove as main heating (bois; the rooms' electric radiators are kept low), a yearly bill"
        " ('mille deux cents, un peu plus': 1200), afternoon sun on the back pan (ouest, as the"
        " agent rephrases), less than 20 m² free, a partner of 23 years not married (en couple),"
        " her landline read by the agent and confirmed; 'vendredi, en début d'après-midi, vers"
        " deux heures' confirmed as 'vendredi après-midi, 14h'",
        """
        A: Bonjour madame, Cédric, de Vosges Énergie Habitat. Madame Claudel ?
        C: Oui, Isabelle Claudel. Bonjour.
        A: Madame Claudel, je vous appelle suite à votre demande d'étude solaire. Vous avez quelques
           minutes ?
        C: Oui, c'est le bon moment, mes clients sont partis ce matin. Je tiens des chambres
           d'hôtes, alors le matin, c'est le coup de feu.
        A: Ah, des chambres d'hôtes ! Ça doit consommer, ça.
        C: Ah ça, oui. Les machines à laver, les draps, le sèche-linge... C'est pour ça que je me
           suis renseignée.
        A: Vous êtes propriétaire des lieux ?
        C: Oui, c'est notre maison. Les chambres sont à l'étage.
        A: Et c'est où, exactement ?
        C: À Gérardmer, dans les Vosges. Au-dessus du lac.
        A: Vous me donnez le code postal ?
        C: Huit, huit, quatre, zéro, zéro.
        A: 88400. Et l'adresse ?
        C: Quarante-sept, chemin des Myrtilles.
        A: Le chauffage, c'est quoi ?
        C: Un poêle à granulés, un gros, dans la pièce du bas. Il chauffe toute la maison. Il y a
           aussi un radiateur électrique dans chaque chambre, pour les clients, mais on les laisse
           au minimum.
        A: Donc le chauffage principal, c'est le poêle à granulés.
        C: Oui, c'est lui.
        A: Et votre facture d'électricité ?
        C: Je la regarde à l'année, pour la comptabilité. L'an dernier, c'était... mille deux cents
           euros. Mille deux cents, un peu plus.
        A: Mille deux cents euros par an. La surface de la maison ?
        C: Cent quarante mètres carrés, avec les chambres.
        A: Et le toit ?
        C: Des tuiles. Des tuiles brunes. Avec la neige qu'on a, il a bien tenu.
        A: Vous savez comment il est orienté ?
        C: Alors... Le pan de derrière, il a le soleil tout l'après-midi, jusqu'au coucher. Devant,
           côté route, on a l'ombre des sapins.
        A: Le soleil de l'après-midi jusqu'au coucher, c'est plutôt l'ouest.
        C: Voilà, l'ouest. Vous savez ça mieux que moi.
        A: Et sur ce pan, il y a au moins vingt mètres carrés de libres ?
        C: Hm, non, je ne crois pas. Il y a deux velux pour les chambres, et le conduit du poêle.
           Moins de vingt mètres carrés, c'est sûr.
        A: D'accord, le technicien regardera. Vous pouvez me dire votre âge ?
        C: Cinquante-deux ans.
        A: Vous vivez seule ?
        C: Non, avec mon compagnon, Pascal. On n'est pas mariés, mais ça fait vingt-trois ans. Il a
           cinquante-cinq ans. Et on a une fille, qui fait ses études à Nancy.
        A: Et Pascal travaille avec vous ?
        C: Non, il est à la scierie, en CDI. Moi, les chambres d'hôtes, je suis à mon compte depuis
           huit ans.
        A: Très bien. Le conseiller peut vous rappeler quand ?
        C: Vendredi, en début d'après-midi, c'est calme. Vers deux heures.
        A: Vendredi après-midi, quatorze heures. Sur ce numéro, le zéro trois, vingt-neuf, soixante,
           quatorze, cinquante-sept ?
        C: Oui, c'est le fixe des chambres. Il est renvoyé sur mon portable, je l'ai toujours sur
           moi.
        A: Parfait. Merci, madame Claudel, bonne journée.
        C: Merci à vous. Au revoir.
        """,
        client="Mme",
        objections="peu de place libre sur le toit (velux, conduit)",
        client_first_name_data_ia="Isabelle",
        client_last_name_data_ia="Claudel",
        client_phone_number="0329601457",
        client_city_data_ia="Gérardmer",
        client_address_data_ia="47 chemin des Myrtilles",
        client_postal_code_data_ia="88400",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="1200",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="140",
        toiture_data_ia="tuiles",
        orientation_data_ia="ouest",
        toit_libre="moins de 20m",
        age_mr_data_ia="55",
        age_mme_data_ia="52",
        situation_familiale_data_ia="en couple, 1 enfant",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="indépendante depuis 8 ans",
        creneau_rappel_data_ia="vendredi après-midi",
        heure_rappel_data_ia="14h",
        **OWNER,
    ),
    script(
        "h4_montelimar_deux_mois",
        "a factory worker on his break in Montélimar (postal code 'vingt-six, deux cents'):"
        " all-electric, a bill every two months (260) that the agent turns into 130 a month, '90"
        " m² plus le garage', tiles due south with room, both ages, a childminder wife (job"
        " title), household income, his mobile then his wife's, Monday evening at eight",
        """
        A: Bonjour monsieur, Elsa, de Drôme Ardèche Solaire. Je suis bien chez monsieur Reynaud ?
        C: Oui, Stéphane Reynaud. C'est pour les panneaux ? Vous avez fait vite, j'ai rempli le
           formulaire ce matin.
        A: On essaie. Vous avez un moment, là ?
        C: Je suis en pause, j'ai un quart d'heure. Ça ira ?
        A: Largement. Alors, vous êtes propriétaire ?
        C: Oui, depuis deux mille dix-sept. Une maison des années soixante-dix, qu'on a retapée
           nous-mêmes.
        A: Elle est où, cette maison ?
        C: À Montélimar. Tout au sud de Montélimar, vers la zone commerciale. Vingt-six, deux cents.
        A: 26200. Et le numéro et la rue ?
        C: Cinq, impasse des Cigales.
        A: Le chauffage, c'est quoi ?
        C: Tout électrique. Des convecteurs, c'était déjà là quand on a acheté. On a juste changé le
           ballon d'eau chaude.
        A: Et vous payez combien d'électricité ?
        C: Nous, on reçoit la facture tous les deux mois. La dernière, c'était deux cent soixante
           euros.
        A: Deux cent soixante pour deux mois, ça fait cent trente par mois.
        C: Cent trente, oui. L'hiver, c'est pire, évidemment.
        A: La surface de la maison ?
        C: Quatre-vingt-dix mètres carrés. Plus le garage.
        A: Le toit, c'est de la tuile ?
        C: De la tuile, oui. Orange, comme toutes les maisons du coin.
        A: Et il est orienté comment ?
        C: Plein sud. L'été, dans les combles, il fait cinquante degrés.
        A: C'est parfait pour le solaire. Sur ce pan, il y a au moins vingt mètres carrés de libres
           ?
        C: Vingt-cinq, trente, oui. Il n'y a rien dessus, à part l'antenne.
        A: Très bien. Je peux vous demander votre âge ?
        C: Quarante et un ans.
        A: Vous êtes marié ?
        C: Oui. Ma femme a trente-neuf ans. On a trois enfants, trois garçons, je ne vous dis pas le
           bruit.
        A: Et vous travaillez où, monsieur Reynaud ?
        C: À la nougaterie, en CDI. Je suis au conditionnement. Ma femme, elle est assistante
           maternelle, elle garde des petits à la maison.
        A: Pour le dossier des aides, j'ai besoin du revenu du foyer, à peu près.
        C: À nous deux... trois mille deux cents par mois, à peu près. Un peu moins certains mois.
        A: Trois mille deux cents euros par mois. Un numéro pour le conseiller ?
        C: Mon portable : zéro sept, quatre-vingt-un, cinquante-trois, trente-six, quatorze.
        A: Je répète : zéro sept, quatre-vingt-un, cinquante-trois, trente-six, quatorze.
        C: C'est ça. Mais au travail, je ne peux pas toujours décrocher. Alors notez aussi celui de
           ma femme : zéro six, dix-neuf, vingt-deux, quatre-vingt-cinq, soixante-dix-sept.
        A: C'est noté. Quand est-ce que le conseiller peut vous rappeler ?
        C: Le soir. Lundi soir, vers vingt heures, les petits seront couchés.
        A: Lundi soir, vingt heures. Vous avez une question pour lui ?
        C: Oui : en combien de temps c'est rentabilisé. Parce qu'on ne va peut-être pas rester là
           toute la vie.
        A: Il vous fera le calcul. Merci, monsieur Reynaud, bonne fin de pause.
        C: Merci, au revoir.
        """,
        client="Mr",
        objections=(
            "veut connaître le délai de rentabilité ; ne restera peut-être pas dans la maison"
        ),
        client_first_name_data_ia="Stéphane",
        client_last_name_data_ia="Reynaud",
        client_phone_number="0781533614",
        client_city_data_ia="Montélimar",
        client_address_data_ia="5 impasse des Cigales",
        client_postal_code_data_ia="26200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="130",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="90",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="41",
        age_mme_data_ia="39",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="assistante maternelle",
        revenu_data_ia="3200 euros par mois",
        tel2_data_ia="0619228577",
        creneau_rappel_data_ia="lundi soir",
        heure_rappel_data_ia="20h",
        **OWNER,
    ),
    script(
        "h4_sable_propane",
        "a wary countryman outside Sablé-sur-Sarthe (postal code 'soixante-douze, trois cents'):"
        " asks who installs and what it costs, propane boiler (gaz: 'pas le gaz de ville'), the"
        " bill asked of his wife across the room (110 a month), slate, sun 'du matin au soir' with"
        " no orientation known (bien ensoleillée), his own age only, 'ma femme' (marié), his"
        " landline read and confirmed, Wednesday morning at ten",
        """
        A: Bonjour monsieur, Solène, de Sarthe Habitat Énergie. Je suis bien chez monsieur Pichon ?
        C: Oui. Qu'est-ce que vous vendez ?
        A: Je ne vends rien par téléphone, monsieur. On réalise des études gratuites pour des
           panneaux solaires, et vous aviez...
        C: Les panneaux solaires. Hm. Et c'est vous qui posez, ou vous envoyez des sous-traitants ?
        A: Ce sont nos propres équipes, des poseurs salariés de l'entreprise.
        C: Parce que mon beau-frère, il a eu des sous-traitants, et il a fallu refaire la moitié de
           l'installation.
        A: Je comprends. Chez nous, c'est la même équipe du début à la fin. Vous êtes propriétaire
           de votre maison, monsieur Pichon ?
        C: Oui. Bon, allez-y, posez vos questions.
        A: Merci. Votre prénom, c'est... ?
        C: Gilles.
        A: Et vous êtes à Sablé-sur-Sarthe, c'est bien ça ?
        C: C'est Sablé, oui, mais on est en dehors, à la campagne. Soixante-douze, trois cents.
        A: Comment vous vous chauffez ?
        C: Au gaz. Pas le gaz de ville, on n'a pas ça, ici : une cuve de propane, au fond du jardin.
        A: D'accord, au propane. Et votre facture d'électricité, à peu près ?
        C: Ça, attendez... Chantal ! C'est combien, l'électricité ? ... Elle dit cent dix. Cent dix
           euros par mois.
        A: Cent dix euros par mois, merci. La maison fait quelle surface ?
        C: Cent trente mètres carrés. Pourquoi, ça change quelque chose ?
        A: Ça donne une idée de votre consommation. Et le toit ?
        C: De l'ardoise.
        A: Vous savez comment il est orienté ?
        C: Ah, l'orientation, je ne saurais pas vous dire. Ce que je sais, c'est qu'il n'y a rien
           autour, pas un arbre, pas un voisin. Le soleil, on l'a du matin au soir.
        A: Très bien, donc un toit bien ensoleillé. Le conseiller vérifiera l'orientation exacte.
        C: Et ça coûte combien, en gros ? Parce que vous ne m'avez toujours pas parlé des prix.
        A: Ça dépend de la puissance : entre six et dix mille euros, en général, avant les aides. Le
           conseiller vous fera un devis précis.
        C: Dix mille euros... Bon. On verra.
        A: Je me permets : vous avez quel âge, monsieur Pichon ?
        C: Cinquante-huit ans.
        A: Et vous travaillez ?
        C: Oui, encore quatre ans à tirer. Je suis magasinier à la coopérative agricole, en CDI.
        A: Un conseiller pourrait vous rappeler pour l'étude ?
        C: Oui, mais avec ma femme, c'est elle qui tient les comptes. Mercredi matin, elle est là.
           Dix heures.
        A: Mercredi matin, dix heures. Sur ce numéro, le zéro deux, quarante-trois,
           quatre-vingt-quinze, douze, trente et un ?
        C: Oui, c'est le fixe. C'est le seul, je n'ai pas de portable.
        A: Merci, monsieur Pichon. Bonne journée.
        C: Au revoir.
        """,
        client="Mr",
        objections="méfiance envers les sous-traitants ; le prix (jusqu'à dix mille euros)",
        client_first_name_data_ia="Gilles",
        client_last_name_data_ia="Pichon",
        client_phone_number="0243951231",
        client_city_data_ia="Sablé-sur-Sarthe",
        client_postal_code_data_ia="72300",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="110",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="130",
        toiture_data_ia="ardoises",
        orientation_data_ia="bien ensoleillée",
        age_mr_data_ia="58",
        situation_familiale_data_ia="marié",
        activite_mr_data_ia="CDI",
        creneau_rappel_data_ia="mercredi matin",
        heure_rappel_data_ia="10h",
        **OWNER,
    ),
    script(
        "h4_bethune_jeunes_maries",
        "a young married cashier in Béthune ('dans le Pas-de-Calais', 'soixante-deux, quatre"
        " cents'): town gas, the bill just raised to 87 a month (the old 70 is not it), 104 m²,"
        " red tiles on an east pan and a west pan (est-ouest), free roof space not known ('-'), no"
        " children yet, husband an electrician 'à son compte depuis trois ans', Saturday at eleven",
        """
        A: Bonjour madame, Damien, d'Artois Énergie Solaire. Je suis bien chez madame Delcourt ?
        C: Oui, Laetitia Delcourt. Bonjour.
        A: Je vous appelle au sujet de votre demande d'étude pour des panneaux solaires.
        C: Ah oui ! C'est mon mari qui voulait que je remplisse le formulaire. Il est au travail,
           mais je peux vous répondre.
        A: Très bien. Vous êtes propriétaires ?
        C: Oui. Depuis deux ans. C'est notre première maison.
        A: Félicitations. Elle est où ?
        C: À Béthune, dans le Pas-de-Calais. Soixante-deux, quatre cents.
        A: Et l'adresse ?
        C: Cent douze, rue des Coquelicots.
        A: Votre chauffage, c'est quoi ?
        C: Une chaudière gaz. Le gaz de ville.
        A: Et pour l'électricité, vous payez combien ?
        C: Quatre-vingt-sept euros par mois. On vient de passer à quatre-vingt-sept, avant c'était
           soixante-dix.
        A: Quatre-vingt-sept par mois. Et la surface ?
        C: Cent quatre mètres carrés. C'est une maison de ville, tout en longueur, avec le jardin
           derrière.
        A: Le toit, c'est des tuiles ?
        C: Oui, des tuiles rouges. C'est une maison en briques, comme toute la rue.
        A: Il est orienté comment ?
        C: Il y a deux côtés : un vers l'est, côté rue, et l'autre vers l'ouest, côté jardin. Mon
           mari a regardé avec la boussole de son téléphone.
        A: Est et ouest, d'accord. Et les deux pans sont libres ?
        C: Oui, il n'y a rien dessus. Mais ce n'est pas très grand, hein, la maison est étroite. Je
           ne sais pas si ça fait vingt mètres carrés.
        A: Le technicien mesurera. Vous avez quel âge, madame Delcourt ?
        C: Vingt-neuf ans. Mon mari, trente et un.
        A: Des enfants ?
        C: Pas encore. On s'est mariés l'an dernier.
        A: Et vous travaillez tous les deux ?
        C: Oui. Moi, je suis caissière, à l'hypermarché, en CDI. Mon mari est électricien, à son
           compte depuis trois ans. C'est pour ça qu'il s'intéresse aux panneaux, d'ailleurs. Il
           voudrait voir comment vous travaillez.
        A: Il pourra poser toutes ses questions au conseiller. Quand est-ce que vous êtes
           disponibles tous les deux ?
        C: Le samedi. Samedi matin, vers onze heures ?
        A: Samedi matin, onze heures, c'est noté. Et un numéro ?
        C: Mon portable : zéro sept, soixante-huit, quarante, vingt-cinq, quatre-vingt-dix-neuf.
        A: Zéro sept, soixante-huit, quarante, vingt-cinq, quatre-vingt-dix-neuf.
        C: C'est bien ça. Et c'est gratuit, la visite ?
        A: Entièrement gratuite, et sans engagement.
        C: Parfait. Merci !
        A: Merci à vous, madame Delcourt. Bonne journée.
        """,
        client="Mme",
        objections="toit peut-être petit (maison étroite)",
        client_first_name_data_ia="Laetitia",
        client_last_name_data_ia="Delcourt",
        client_phone_number="0768402599",
        client_city_data_ia="Béthune",
        client_address_data_ia="112 rue des Coquelicots",
        client_postal_code_data_ia="62400",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="87",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="104",
        toiture_data_ia="tuiles",
        orientation_data_ia="est-ouest",
        age_mr_data_ia="31",
        age_mme_data_ia="29",
        situation_familiale_data_ia="mariée",
        activite_mr_data_ia="indépendant depuis 3 ans",
        activite_mme_data_ia="CDI",
        creneau_rappel_data_ia="samedi matin",
        heure_rappel_data_ia="11h",
        **OWNER,
    ),
    script(
        "h4_saumur_veuf_boulanger",
        "a widowed retired baker of 79 in Saumur ('dans le Maine-et-Loire', 'quarante-neuf, quatre"
        " cents'), hard of hearing: a wood cooker and stove (bois), 78 a month, 80 m², slate"
        " facing north 'd'après mon fils', two sons (veuf, 2 enfants), a visit on Thursday morning"
        " at half past ten with his son; his landline read and confirmed (main), the son's mobile"
        " (tel2)",
        """
        A: Bonjour monsieur, Coralie, de Loire Anjou Énergie. Je suis bien chez monsieur Gaudin ?
        C: Comment ? Parlez plus fort, mademoiselle, j'entends mal.
        A: Monsieur Gaudin ? Coralie, de Loire Anjou Énergie !
        C: Oui, c'est moi, René Gaudin. C'est pour quoi ?
        A: Pour les panneaux solaires, monsieur Gaudin. Votre fils nous a contactés pour une étude,
           pour votre maison.
        C: Ah, c'est Olivier. Oui, il m'a dit qu'on m'appellerait. Il veut que je fasse des
           économies.
        A: Vous êtes bien propriétaire de la maison ?
        C: Oui, depuis toujours. C'est moi qui l'ai fait construire, en soixante-douze... Non, en
           soixante-quatorze.
        A: Et c'est à Saumur ?
        C: À Saumur, oui, dans le Maine-et-Loire. Quarante-neuf, quatre cents.
        A: À quelle adresse ?
        C: Trente et un, rue des Tonneliers.
        A: Et vous vous chauffez comment ?
        C: Au bois. J'ai une cuisinière à bois, et un poêle dans la salle. J'ai toujours fait comme
           ça. Mon fils dit qu'il faudrait autre chose, mais moi, je suis habitué.
        A: Et pour l'électricité, vous savez combien vous payez ?
        C: Soixante-dix-huit euros. Par mois. C'est prélevé sur le compte.
        A: Soixante-dix-huit par mois. La maison fait combien de mètres carrés ?
        C: Oh... quatre-vingts. Quatre-vingts mètres carrés, tout de plain-pied.
        A: Et le toit ?
        C: De l'ardoise, comme tout le monde ici.
        A: Vous savez dans quel sens il est orienté ?
        C: Au nord, d'après mon fils. Il dit que ce n'est pas le mieux, pour les panneaux.
        A: Le nord, c'est moins favorable, c'est vrai, mais le technicien regardera sur place. Vous
           vivez seul, monsieur Gaudin ?
        C: Oui, je suis veuf. Ma femme est partie il y a quatre ans.
        A: Je suis désolée. Vous avez des enfants ?
        C: Deux fils. Olivier, c'est lui qui vous a appelés, il habite à côté. L'autre est à Paris,
           on le voit à Noël.
        A: Et vous êtes à la retraite ?
        C: Oh, depuis longtemps ! J'étais boulanger. Retraité depuis dix-sept ans.
        A: Et vous avez quel âge, si je peux me permettre ?
        C: Soixante-dix-neuf ans. Quatre-vingts en décembre.
        A: Très bien. Le conseiller pourrait passer vous voir, avec votre fils si vous voulez ?
        C: Oui, avec Olivier, c'est mieux. Il vient le jeudi, le matin.
        A: Jeudi matin, à quelle heure ?
        C: Dix heures et demie. Il arrive vers dix heures, le temps qu'il boive son café.
        A: Jeudi matin, dix heures trente. Je vous joins sur ce numéro, le zéro deux, quarante et
           un, cinquante, trente-trois, quatre-vingt-deux ?
        C: Oui, c'est mon téléphone. Et si je n'entends pas, appelez Olivier. Son numéro est sur le
           frigo, attendez... Zéro six, trente, soixante-quinze, onze, quarante-six.
        A: Zéro six, trente, soixante-quinze, onze, quarante-six. Merci, monsieur Gaudin.
        C: Merci, mademoiselle. Au revoir.
        """,
        client="Mr",
        objections="toit orienté au nord ; veut que son fils soit présent",
        client_first_name_data_ia="René",
        client_last_name_data_ia="Gaudin",
        client_phone_number="0241503382",
        client_city_data_ia="Saumur",
        client_address_data_ia="31 rue des Tonneliers",
        client_postal_code_data_ia="49400",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="78",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="80",
        toiture_data_ia="ardoises",
        orientation_data_ia="nord",
        age_mr_data_ia="79",
        situation_familiale_data_ia="veuf, 2 enfants",
        activite_mr_data_ia="retraité",
        tel2_data_ia="0630751146",
        creneau_rappel_data_ia="jeudi matin",
        heure_rappel_data_ia="10h30",
        **OWNER,
    ),
    script(
        "h4_pamiers_aide_soignante",
        "a care assistant two years from retirement in Pamiers ('dans l'Ariège'), the postal code"
        " said 'neuf mille cent' and confirmed by the agent as 09100: storage heaters"
        " (électrique), 185 a month, 160 m², round tiles due south, about thirty m² free, her"
        " husband retired, four children, income, her mobile then his, Tuesday afternoon at half"
        " past four; 'aide-soignante' is a job title with no status said",
        """
        A: Bonjour madame, Mehdi, de Pyrénées Soleil Habitat. Je suis bien chez madame Soulié ?
        C: Oui, c'est moi. Monique Soulié.
        A: Madame Soulié, vous avez rempli un coupon sur notre stand, au marché, pour une étude
           solaire gratuite.
        C: Oui, c'est moi. Mon mari ne voulait pas, mais moi, je trouve que ça vaut le coup de se
           renseigner.
        A: Vous avez bien fait. Vous êtes propriétaires de votre maison ?
        C: Oui, on a fini de la payer l'an dernier, enfin !
        A: C'est bien à Pamiers ?
        C: À Pamiers, oui. Dans l'Ariège.
        A: Le code postal ?
        C: Neuf mille cent.
        A: 09100, merci. Et l'adresse ?
        C: Huit, chemin des Noyers.
        A: Comment vous vous chauffez ?
        C: À l'électricité. Des radiateurs à inertie, on les a changés il y a cinq ans. Mais avec
           les prix, maintenant...
        A: Justement, votre facture d'électricité, c'est combien ?
        C: Cent quatre-vingt-cinq euros par mois. Je vous le dis parce que je viens de recevoir le
           nouvel échéancier.
        A: Cent quatre-vingt-cinq. C'est une grande maison ?
        C: Cent soixante mètres carrés. Il y avait les enfants, avant... Maintenant, c'est trop
           grand pour nous deux.
        A: Le toit, il est en quoi ?
        C: En tuiles. Des tuiles rondes, comme partout dans le Sud-Ouest.
        A: Et il est orienté comment ?
        C: Au sud. On a les Pyrénées en face, plein sud.
        A: Et il y a au moins vingt mètres carrés libres sur ce pan ?
        C: Oh oui, une trentaine, au moins. C'est un grand toit.
        A: Parfait. Je vous demande votre âge, et celui de votre mari ?
        C: J'ai soixante et un ans, il en a soixante-trois.
        A: Vous travaillez encore ?
        C: Moi oui, encore deux ans. Je suis aide-soignante, en maison de retraite. Mon mari, lui,
           est à la retraite depuis l'an dernier. Il était à la SNCF.
        A: Et vous avez des enfants, je crois ?
        C: Quatre ! Et huit petits-enfants. Mariés depuis quarante-deux ans, vous vous rendez
           compte.
        A: Pour le dossier des aides, je vous demande le revenu du foyer, à peu près.
        C: Sa retraite et mon salaire... deux mille huit cents euros par mois, à peu près.
        A: Deux mille huit cents euros par mois. Un conseiller va vous rappeler, avec votre mari si
           possible. Quand est-ce que ça vous arrange ?
        C: Mardi, je suis de repos. Mardi après-midi, vers quatre heures et demie ?
        A: Mardi après-midi, seize heures trente. Sur quel numéro ?
        C: Mon portable : zéro six, quatre-vingt-trois, douze, soixante-neuf, cinquante-quatre. Et
           celui de mon mari, si je ne réponds pas : zéro six, trente-deux, soixante-dix, zéro huit,
           dix-neuf.
        A: C'est noté. Et votre mari, vous pensez qu'il se laissera convaincre ?
        C: Il dit non à tout, au début. Et après, c'est lui qui en parle à tout le monde.
        A: Merci, madame Soulié, bonne journée.
        C: Au revoir, jeune homme.
        """,
        client="Mme",
        objections="le mari réticent au départ",
        client_first_name_data_ia="Monique",
        client_last_name_data_ia="Soulié",
        client_phone_number="0683126954",
        client_city_data_ia="Pamiers",
        client_address_data_ia="8 chemin des Noyers",
        client_postal_code_data_ia="09100",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="185",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="160",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="63",
        age_mme_data_ia="61",
        situation_familiale_data_ia="mariée, 4 enfants",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="aide-soignante",
        revenu_data_ia="2800 euros par mois",
        tel2_data_ia="0632700819",
        creneau_rappel_data_ia="mardi après-midi",
        heure_rappel_data_ia="16h30",
        **OWNER,
    ),
)
