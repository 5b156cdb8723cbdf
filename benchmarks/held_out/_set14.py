"""Held-out set 14 (``h14_*`` calls, ``--held-out 14``): see ``benchmarks.calls``."""

from __future__ import annotations

from benchmarks._script import LOST, OWNER, Script, script

__all__ = ["HELD_OUT_14"]


# A fourteenth held-out set (names ``h14_*``), written after HELD_OUT_13, by someone who read only
# this module's format and earlier sets, docs/quality.md's natural-voice set and its gold
# conventions, messages/lead.py and La Poste's communes list (for the code/town pairs): never the
# extractors, and none of them was run on it. Again a call centre's ordinary day, written fresh, in
# towns no earlier set used and spread across France (Castelnaudary, Terves in Bressuire, Saverne
# beside Monswiller, Lanester by Lorient, Tulle, Thonon-les-Bains, Coutances, Navenne by Vesoul,
# Lodève, Sedan, Royan, Pertuis): eight owners, a firm refusal from a man in a protected old centre
# who is on Bloctel, a young tenant in a town house, a wrong number answered by a woman in a
# seafront flat, and a partial call from a doctor's waiting room. Spouses take the phone for part of
# a call (a wife with the bills' binder who also gives the ages and jobs, a partner for the roof, a
# wife for her own age and job); agents often state rather than ask ('Et la surface de la maison.',
# 'Il y a de la place sur le toit.'); clients answer before the question ends, ask back (the price,
# where the agent calls from, a roof facing north, noise) and wander (the canal's barges, the sunset
# on the roadstead, the market, the ocean); hesitations ('euh', 'bah'), a first word corrected
# ('vas-y. Allez-y, pardon'), one pair of a mobile number, a house number, a surface, a town (the
# street on the boundary of two communes) and a callback hour corrected, an old mobile replaced, a
# move to the next commune, a bis. Postal codes in pairs, as thousands, digit by digit and in
# digits; bills per month, per year (this year's, not last year's; without the heating oil) and as
# all three bands; ages direct, relative, from a birth year and 'J'ai eu cinquante ans en janvier';
# heating as town gas, a kitchen range, heating oil with an insert or a fireplace, storage heaters,
# a log boiler, an air-to-water pump with underfloor heating, old gas boilers and electric heaters
# beside a stove; roofs of 'tuile canal', 'tige de botte', beaver-tail tiles, slate, steel sheet and
# mechanical tiles; orientations from the noon sun, sunrise, the sunset over the water, a lake to
# the north, a sunny roof whose side nobody knows, and a slope each way; jobs with a status (on
# one's own account for nineteen years and since 2014, CDI said as 'un contrat à durée
# indéterminée', a six-month contract, 'Titulaire ... fonctionnaire', retired) and without (a
# fisherman, a childminder); surnames spelt (Escande, Grolleau, Heitz, Guégan, Chastang, Dupraz,
# Lecoutey, Jeunot, Brisset, Clavel) and a first name spelt in part (Gwenaëlle, 'un E tréma'). The
# set's year is 2026. The gold is what a careful human fills from each call; where a value is
# debatable, the summary says why. Nobody tunes on it: never rendered, never part of ``FULL`` or
# ``SUBSET``; ``python -m benchmarks.extraction_quality --held-out 14`` scores it from its reference
# text.
HELD_OUT_14: tuple[Script, ...] = (
    script(
        "h14_castelnaudary_boulanger",
        "a baker at Castelnaudary who should be asleep ('je me lève à trois heures'), names"
        " himself (Régis Escande) after the agent's greeting and confirms the surname she spells,"
        " '23 chemin des Écluses', 'Onze, quatre cents, Castelnaudary' (11400); owner, the loan"
        " paid off (oui); 'Le gaz de ville, une chaudière murale' (gaz), 'quatre-vingt-quinze"
        " euros tous les mois' (95, mensuelle; the bakery oven is not at home), 'Cent quinze"
        " mètres carrés. Peut-être cent vingt avec le cellier, mais on dit cent quinze' (115: the"
        " figure he settles on), 'De la tuile canal' (tuiles), 'plein midi' for the garden side,"
        " the street side shaded by plane trees (sud), the agent stating 'Il y a de la place sur"
        " le toit, de ce côté' and 'Une bonne trentaine de mètres carrés' (20m), 'Cinquante..."
        " cinquante et un' (51), his wife 'Trois ans de plus que moi' (54), 'Mariés depuis"
        " vingt-six ans ... Trois garçons' (marié, 3 enfants), 'à mon compte depuis dix-neuf ans'"
        " (indépendant depuis 19 ans), she 'secrétaire chez un expert-comptable ... en CDI' (CDI),"
        " 'trois mille huit cents par mois' (3800 euros par mois), 'Mercredi ? ... Trois heures."
        " Quinze heures' (mercredi après-midi, 15h: 'L'après-midi' is the part of the day he"
        " offers), and the mobile the agent reads with one pair wrong, put right by him ('Quarante"
        " et un, pas quarante': 0628411593); the bakery's number is refused, so no second number",
        """
        A: Allô, bonjour monsieur, Inès, de Lauragais Énergie Solaire. Monsieur Escande ?
        C: Lui-même. Allez-y, mais faites court, hein : je me lève à trois heures du matin, moi. Là,
           je devrais être en train de dormir.
        A: Je serai brève. Vous avez demandé une simulation pour des panneaux solaires, sur notre
           site, la semaine passée, et...
        C: Oui, oui. Enfin, c'est mon grand qui a cliqué, mais c'est pour moi. Régis. Régis Escande.
        A: Escande, E, S, C, A, N, D, E ?
        C: Tout juste. Pour une fois que ça s'écrit comme ça se dit.
        A: Vous êtes propriétaire de la maison ?
        C: Oui, on a fini de la payer l'an dernier. Vingt ans de crédit. Alors je vous préviens tout
           de suite, un crédit, je n'en reprends pas. Ça coûte combien, votre affaire ?
        A: Ça dépend de l'installation, c'est justement ce que le conseiller chiffrera avec vous, et
           il y a plusieurs formules. L'adresse que j'ai, c'est...
        C: Vingt-trois, chemin des Écluses. Onze, quatre cents, Castelnaudary. Juste au-dessus du
           canal : de la cuisine, on voit passer les péniches. L'été, les touristes nous font
           coucou.
        A: 23 chemin des Écluses, 11400 Castelnaudary. Et le chauffage.
        C: Le gaz de ville, une chaudière murale, dans le cellier. Elle a dix ans, elle marche bien,
           on ne touche à rien.
        A: Votre facture d'électricité, à peu près.
        C: Euh... L'électricité, c'est prélevé : quatre-vingt-quinze euros tous les mois. Vous allez
           me dire, avec le four... Mais non, le four, il est à la boulangerie, pas à la maison.
           Heureusement, d'ailleurs.
        A: Quatre-vingt-quinze par mois. Et la surface de la maison.
        C: Cent quinze mètres carrés. Peut-être cent vingt avec le cellier, mais on dit cent quinze.
        A: Le toit, il est en...
        C: De la tuile canal, comme tout le monde ici. Vous voulez la couleur, aussi ? Rouge. Enfin,
           rose, avec le temps.
        A: Et il est orienté comment ?
        C: Le pan de derrière, côté jardin, il est plein midi. Celui de devant donne sur le chemin,
           avec les platanes il est toujours à l'ombre, celui-là.
        A: Il y a de la place sur le toit, de ce côté.
        C: Oh, de la place, il y en a. Une bonne trentaine de mètres carrés, sans une fenêtre, sans
           rien.
        A: Parfait. Vous avez quel âge, monsieur Escande ?
        C: Cinquante... cinquante et un. Depuis cinquante, je suis obligé de compter.
        A: Et votre épouse ?
        C: Trois ans de plus que moi. Mais ne lui dites pas que je vous l'ai dit, hein.
        A: Promis. Vous avez des enfants ?
        C: Mariés depuis vingt-six ans, et trois garçons. Le grand, c'est celui de l'internet. Les
           deux autres, c'est plutôt le ballon ovale.
        A: Et vous êtes boulanger, si je comprends bien.
        C: Boulanger, oui. J'ai ma boulangerie en ville, près de la place de Verdun. Je suis à mon
           compte depuis dix-neuf ans. Dix-neuf ans sans grasse matinée, vous vous rendez compte ?
        A: Et votre femme travaille avec vous ?
        C: Non, non, elle, elle a son travail à elle : elle est secrétaire chez un expert-comptable,
           en CDI, depuis longtemps. À la boutique, c'est une vendeuse.
        A: Et le revenu du foyer, environ ?
        C: À nous deux... trois mille huit cents par mois. Les bons mois.
        A: Merci. Un conseiller va vous rappeler pour la simulation. Quel moment vous arrange ?
        C: L'après-midi. Je dors jusqu'à deux heures, après je suis à vous. Mercredi ? Trois heures.
           Quinze heures, voilà.
        A: Mercredi, quinze heures. Je vous rappelle sur le 06 28 40 15 93 ?
        C: Quarante et un, pas quarante. Zéro six, vingt-huit, quarante et un, quinze,
           quatre-vingt-treize. Et pas à la boulangerie, hein, je ne vous donne pas le numéro : la
           vendeuse n'a pas le temps.
        A: 06 28 41 15 93, c'est corrigé. Merci, monsieur Escande, et bonne sieste.
        C: C'est ça. Au revoir, mademoiselle.
        """,
        client="Mr",
        objections="ne veut pas reprendre de crédit ; demande le prix tout de suite",
        client_first_name_data_ia="Régis",
        client_last_name_data_ia="Escande",
        client_phone_number="0628411593",
        client_city_data_ia="Castelnaudary",
        client_address_data_ia="23 chemin des Écluses",
        client_postal_code_data_ia="11400",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="95",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="115",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="51",
        age_mme_data_ia="54",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="indépendant depuis 19 ans",
        activite_mme_data_ia="CDI",
        revenu_data_ia="3800 euros par mois",
        creneau_rappel_data_ia="mercredi après-midi",
        heure_rappel_data_ia="15h",
        **OWNER,
    ),
    script(
        "h14_bressuire_atsem",
        "a nursery-school assistant at Terves, a former commune merged into Bressuire ('à Terves."
        " Enfin, c'est Bressuire, maintenant, depuis la fusion. Le code, c'est le 79300': the town"
        " as La Poste writes it, Bressuire), who starts to say 'vas-y' and corrects herself,"
        " confirms her spelt surname (Grolleau) and gives her first name (Nadège); 'avec mon"
        " conjoint ... la maison est à nous deux' (oui), '2 rue des Charmilles', 'une cuisinière à"
        " bois ... C'est elle qui chauffe tout le rez-de-chaussée', with small electric heaters"
        " lit in the evening upstairs (bois: the main one), 'Soixante-huit euros, chaque mois'"
        " (68, mensuelle), 'Cent cinq. On a agrandi ... avant on était à quatre-vingts' (105: the"
        " surface now); her partner Cédric takes the phone for the roof: 'de la tuile tige de"
        " botte ... de la tuile romane' (tuiles), 'Le grand pan, il a le soleil dès qu'il se lève."
        " À partir de midi, c'est fini' (est); free roof space never discussed ('-'); back to her:"
        " 'Quarante et un ans' (41), 'il est né en quatre-vingt-deux' (44 in 2026), 'Deux ... sans"
        " être mariés ni pacsés' (en couple, 2 enfants), 'ATSEM ... Titulaire, à la mairie, donc"
        " fonctionnaire' (fonctionnaire), he 'chauffeur-livreur ... un contrat à durée"
        " indéterminée' (CDI; Parthenay is his employer's town), the income withheld ('-'), 'Jeudi"
        " en fin de journée ... Vers cinq heures et demie ?' (jeudi fin de journée, 17h30), her"
        " mobile in digits (main)",
        """
        A: Bonjour madame, Antoine, de Bocage Énergies. Madame Grolleau ?
        C: Oui, c'est moi. Bonjour.
        A: Vous avez fait une demande d'étude pour des panneaux solaires. Je vous appelle pour
           préparer le dossier, si vous avez quelques minutes.
        C: Bah... oui, vas-y. Allez-y, pardon ! Je viens de rentrer de l'école, les enfants goûtent,
           j'ai la tête ailleurs.
        A: Pas de souci. Je vérifie l'orthographe de votre nom : G, R, O, deux L, E, A, U ?
        C: C'est ça, Grolleau. Et le prénom, c'est Nadège.
        A: Merci. Vous êtes propriétaire ?
        C: Oui, avec mon conjoint. Enfin, on n'est pas mariés, mais la maison est à nous deux, c'est
           écrit chez le notaire.
        A: Et l'adresse, c'est...
        C: Deux, rue des Charmilles, à Terves. Enfin, c'est Bressuire, maintenant, depuis la fusion,
           mais tout le monde dit encore Terves. Le code, c'est le 79300.
        A: 79300 Bressuire. Le chauffage.
        C: On a une cuisinière à bois, dans la pièce de vie. C'est elle qui chauffe tout le
           rez-de-chaussée, et on fait la soupe dessus l'hiver. Et dans les chambres, en haut, des
           petits radiateurs électriques, qu'on allume juste le soir.
        A: Et la facture d'électricité, vous la connaissez ?
        C: Euh... Soixante-huit euros, chaque mois. C'est prélevé le dix.
        A: La maison fait combien de mètres carrés ?
        C: Cent cinq. On a agrandi il y a deux ans, avant on était à quatre-vingts, avec deux
           enfants c'était trop juste.
        A: Et le toit ?
        C: Alors, le toit, c'est plutôt lui. Cédric ! C'est pour les panneaux, viens voir... Il
           arrive, il était au garage.
        C: Oui, bonjour. Le toit ? C'est de la tuile. De la tuile tige de botte, comme on dit chez
           nous, de la tuile romane, quoi.
        A: Bonjour monsieur. Et vous savez comment il est orienté ?
        C: Le grand pan, il a le soleil dès qu'il se lève. À partir de midi, c'est fini, le soleil
           passe derrière la maison et c'est le jardin qui le prend. Bon, je vous la repasse, c'est
           elle qui a les papiers.
        C: Oui, me revoilà.
        A: Votre âge, madame ?
        C: Quarante et un ans.
        A: Et votre conjoint ?
        C: Lui, il est né en quatre-vingt-deux.
        A: Vous avez des enfants ?
        C: Deux. Un garçon de onze ans et une fille de sept. On vit ensemble depuis quinze ans, sans
           être mariés ni pacsés, on n'a jamais trouvé le temps.
        A: Vous rentrez de l'école, vous êtes enseignante ?
        C: Non, je suis ATSEM, à la maternelle de Terves. J'aide la maîtresse avec les petits.
           Titulaire, à la mairie, donc fonctionnaire.
        A: Et Cédric ?
        C: Il est chauffeur-livreur pour une entreprise de Parthenay. Il a... un contrat à durée
           indéterminée, oui, depuis six ans.
        A: Et le revenu du foyer, approximativement ?
        C: Ah non, ça, je préfère ne pas le dire au téléphone. Vous verrez avec le conseiller, s'il
           vient.
        A: Pas de souci. Quel moment pour le rappel ?
        C: Jeudi en fin de journée, on sera là tous les deux. Vers cinq heures et demie ?
        A: Jeudi, dix-sept heures trente. Sur quel numéro ?
        C: Le mien : 06 84 12 50 39.
        A: 06 84 12 50 39. Merci, madame Grolleau, bonne soirée.
        C: Merci, au revoir.
        """,
        client="Mme",
        objections="ne veut pas donner ses revenus au téléphone",
        client_first_name_data_ia="Nadège",
        client_last_name_data_ia="Grolleau",
        client_phone_number="0684125039",
        client_city_data_ia="Bressuire",
        client_address_data_ia="2 rue des Charmilles",
        client_postal_code_data_ia="79300",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="68",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="105",
        toiture_data_ia="tuiles",
        orientation_data_ia="est",
        age_mr_data_ia="44",
        age_mme_data_ia="41",
        situation_familiale_data_ia="en couple, 2 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="fonctionnaire",
        creneau_rappel_data_ia="jeudi fin de journée",
        heure_rappel_data_ia="17h30",
        **OWNER,
    ),
    script(
        "h14_saverne_technicien",
        "a methods technician at Saverne who spells his surname before he is asked ('H, E, I, T,"
        " Z': Heitz), gives his first name (Thierry), owns the house he bought back from his"
        " in-laws (oui); the agent offers Monswiller and he corrects it ('Non, pardon, c'est..."
        " Alors, c'est compliqué. La rue est à cheval ... nous, on est sur Saverne': Saverne, not"
        " Monswiller), the code digit by digit ('Six, sept, sept, zéro, zéro': 67700), 'Quarante"
        " et un, rue des Vergers. Quarante et un bis, même' (41 bis rue des Vergers); 'Le fioul"
        " ... et la cheminée le dimanche' (fioul), 'Douze cents euros. Par an' (1200, annuelle;"
        " the 'deux mille de plus' of heating oil is not the electricity bill), 'Cent soixante"
        " mètres carrés' (160), 'Des queues de castor, les tuiles plates' (tuiles), 'Le pan de"
        " derrière est plein sud' (sud), 'Entre tout ça, il reste... quinze mètres carrés ? Pas"
        " plus' (moins de 20m), 58 and his wife Martine 56 (her first name is not the client's),"
        " 'Mariés, oui. Trois enfants' (marié, 3 enfants), 'technicien ... En CDI, depuis trente"
        " ans' (CDI), she 'partie en retraite l'année dernière' (retraitée), 'Cinquante-cinq mille"
        " par an, à peu près' (55000 euros par an), 'Samedi matin ... neuf heures et demie'"
        " (samedi matin, 9h30), the landline the agent reads and he confirms (main) and his mobile"
        " (tel2)",
        """
        A: Bonjour monsieur, Julie, d'Alsace Toits Solaires. Je suis bien chez monsieur Heitz ?
        C: Oui, c'est moi. Heitz, vous l'avez bien prononcé, c'est rare. Ça s'écrit H, E, I, T, Z,
           pendant qu'on y est, on me met toujours un S.
        A: Merci. Et votre prénom, pour la fiche ?
        C: Thierry.
        A: Vous nous avez contactés pour une étude photovoltaïque. Vous êtes propriétaire de votre
           maison ?
        C: Propriétaire, oui. C'était la maison de mes beaux-parents ; on l'a rachetée à la famille
           quand ils sont partis en maison de retraite. Vous êtes une entreprise d'ici, vous ? Je ne
           veux pas des gens de Paris.
        A: Nous sommes à Obernai, monsieur. J'ai une adresse à Monswiller, c'est bien ça ?
        C: Non, pardon, c'est... Alors, c'est compliqué. La rue est à cheval sur les deux. Les
           voisins d'en face sont à Monswiller ; nous, on est sur Saverne. Le courrier, les impôts,
           tout est à Saverne.
        A: Donc Saverne. Le code postal ?
        C: Six, sept, sept, zéro, zéro. C'est le même pour les deux, de toute façon, c'est pour ça
           que tout le monde se trompe.
        A: Et le numéro, la rue ?
        C: Quarante et un, rue des Vergers. Quarante et un bis, même : il y a deux maisons au même
           numéro, nous, c'est celle du fond.
        A: 41 bis rue des Vergers. Comment est-ce que vous chauffez la maison ?
        C: Le fioul. Une chaudière au fioul, à la cave, et la cheminée le dimanche, pour le plaisir.
           On voudrait bien la changer, la chaudière, mais une chose à la fois.
        A: La facture d'électricité.
        C: Douze cents euros. Par an. Sans le fioul, hein : le fioul, c'est à part, c'est deux mille
           de plus.
        A: Et la maison fait...
        C: Cent soixante mètres carrés, sur deux étages. C'est une grande maison, pour deux,
           maintenant.
        A: La toiture, elle est en quoi ?
        C: En tuiles. Des queues de castor, les tuiles plates, arrondies au bout, comme sur toutes
           les vieilles maisons d'ici.
        A: Et l'orientation ?
        C: Le pan de derrière est plein sud. Celui de devant donne sur la rue, au nord, il est
           toujours vert de mousse.
        A: Sur le pan sud, il faudrait une vingtaine de mètres carrés libres.
        C: Ah... Il y a deux lucarnes, et la cheminée. Entre tout ça, il reste... quinze mètres
           carrés ? Pas plus, je pense. C'est gênant ?
        A: Le conseiller regardera avec vous, il y a des panneaux de plusieurs tailles. Vous avez
           quel âge, monsieur Heitz ?
        C: Cinquante-huit ans. Et ma femme, Martine, cinquante-six.
        A: Vous êtes mariés ? Vous avez des enfants ?
        C: Mariés, oui. Trois enfants, tous partis : un à Strasbourg, deux en Allemagne, de l'autre
           côté du Rhin.
        A: Et vous travaillez ?
        C: Chez Kuhn, les machines agricoles, ici, à Saverne. Je suis technicien au bureau des
           méthodes. En CDI, depuis trente ans, je fais partie des meubles.
        A: Et madame ?
        C: Elle est partie en retraite l'année dernière. Carrière longue, elle avait commencé à
           seize ans, à l'usine.
        A: Pour le revenu du foyer, approximativement ?
        C: Vous avez besoin de ça ? Bon. Cinquante-cinq mille par an, à peu près, avec sa pension.
        A: Merci. Quand est-ce qu'un conseiller peut vous rappeler ?
        C: Samedi matin. Pas trop tôt, hein. Neuf heures et demie.
        A: Samedi, neuf heures trente. Sur ce numéro-ci, le fixe, le 03 88 91 24 67 ?
        C: Oui, le fixe, c'est bien. Ou sinon, mon portable : zéro six, soixante-dix-sept, vingt,
           zéro trois, cinquante-huit.
        A: Zéro six, soixante-dix-sept, vingt, zéro trois, cinquante-huit. Merci, monsieur Heitz.
        C: Merci à vous. Au revoir.
        """,
        client="Mr",
        objections=(
            "peu de place libre sur le toit (lucarnes, cheminée) ; voudrait d'abord changer la"
            " chaudière"
        ),
        client_first_name_data_ia="Thierry",
        client_last_name_data_ia="Heitz",
        client_phone_number="0388912467",
        client_city_data_ia="Saverne",
        client_address_data_ia="41 bis rue des Vergers",
        client_postal_code_data_ia="67700",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="1200",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="160",
        toiture_data_ia="tuiles",
        orientation_data_ia="sud",
        toit_libre="moins de 20m",
        age_mr_data_ia="58",
        age_mme_data_ia="56",
        situation_familiale_data_ia="marié, 3 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="retraitée",
        revenu_data_ia="55000 euros par an",
        tel2_data_ia="0677200358",
        creneau_rappel_data_ia="samedi matin",
        heure_rappel_data_ia="9h30",
        **OWNER,
    ),
    script(
        "h14_lanester_soudeuse",
        "a welder at the naval dockyard who lives at Lanester, across the bridge from Lorient"
        " ('Lanester. C'est de l'autre côté du pont, mais ce n'est pas Lorient': Lanester; the"
        " agent's Lorient is put right), asks back where the agent calls from, confirms her spelt"
        " surname (Guégan) and spells part of her first name ('Gwenaëlle, avec un W et un E"
        " tréma'); 'Avec mon mari, oui' (oui), 'Trente et un, rue du Scorff. Cinquante-six, six"
        " cents' (56600), 'Électrique. On a mis des radiateurs à inertie' (électrique), 'En"
        " dessous de quatre-vingts euros par mois ... c'est moins de quatre-vingts' (moins_de_80,"
        " mensuelle), 'Quatre-vingt-dix-huit mètres carrés. Presque cent' (98), 'De l'ardoise'"
        " (ardoises), 'Le grand côté est vers la rade, vers le couchant' (ouest), the agent"
        " stating the twenty square metres and 'Il doit rester... dix, douze mètres ? Pas vingt,"
        " non' with the solar water heater's collectors already up there (moins de 20m),"
        " 'Trente-neuf ans', her husband 'il est de quatre-vingt-cinq' (41 in 2026), 'Mariés, oui,"
        " et on a un fils' (mariée, 1 enfant), 'Je suis soudeuse. En CDI' (CDI), he 'marin-pêcheur"
        " ... sur un chalutier' (marin-pêcheur: the job, no status said), 'trois mille deux cents"
        " par mois' (3200 euros par mois), 'Samedi après-midi ? Vers trois heures... Non, plutôt"
        " quatre heures' (samedi après-midi, 16h: the corrected hour), her mobile dictated in"
        " pairs (main)",
        """
        A: Bonjour madame, Thomas, de Bretagne Sud Solaire. Madame Guégan ?
        C: Oui, bonjour. Vous tombez bien, je viens de rentrer de l'équipe du matin.
        A: Vous nous avez demandé une étude pour des panneaux solaires. J'ai quelques questions pour
           préparer le rendez-vous, ça prend cinq minutes.
        C: Allez-y. Mais avant, vous appelez d'où, vous ? Parce que la dernière fois, c'était une
           plateforme je ne sais où, je n'ai rien compris à ce qu'on me disait.
        A: Nous sommes à Pontivy, madame. Je vérifie votre nom : G, U, E accent aigu, G, A, N ?
        C: C'est ça. Et le prénom, c'est Gwenaëlle, avec un W et un E tréma. Le tréma, tout le monde
           l'oublie.
        A: Gwenaëlle, E tréma, c'est noté. Vous êtes propriétaire ?
        C: Avec mon mari, oui. On a acheté il y a cinq ans, une maison des années soixante-dix, avec
           un sous-sol.
        A: Et vous habitez à Lorient ?
        C: Lanester. C'est de l'autre côté du pont, mais ce n'est pas Lorient, hein ! Ici, on y
           tient. Trente et un, rue du Scorff. Cinquante-six, six cents.
        A: Pardon : 31 rue du Scorff, 56600 Lanester. Le chauffage, c'est...
        C: Électrique. On a mis des radiateurs à inertie l'an dernier, à la place des vieux
           grille-pain. Ça va beaucoup mieux.
        A: Et la facture d'électricité ?
        C: En dessous de quatre-vingts euros par mois. Je n'ai pas le chiffre exact en tête, mais
           c'est moins de quatre-vingts, ça, j'en suis sûre.
        A: La surface de la maison.
        C: Quatre-vingt-dix-huit mètres carrés. Presque cent ; on dit cent quand on veut se vanter.
        A: Et le toit ?
        C: De l'ardoise. Il a été refait par les anciens propriétaires, juste avant la vente.
        A: Vous savez vers où il est tourné ?
        C: Le grand côté est vers la rade, vers le couchant. Le soir, on voit le soleil se coucher
           sur l'eau ; c'est pour ça qu'on a acheté, d'ailleurs.
        A: Il faut une vingtaine de mètres carrés libres sur le toit pour une installation.
        C: Ah. On a déjà le chauffe-eau solaire dessus, deux grands capteurs, et la fenêtre de toit
           de la chambre. Il doit rester... dix, douze mètres ? Pas vingt, non.
        A: Le conseiller verra avec vous ce qu'on peut faire. Votre âge, madame ?
        C: Trente-neuf ans. Et mon mari, il est de quatre-vingt-cinq.
        A: Vous êtes mariés ?
        C: Mariés, oui, et on a un fils, Malo, il a huit ans.
        A: Vous travaillez à... ?
        C: À l'arsenal, chez Naval Group. Je suis soudeuse. En CDI, depuis douze ans, je suis la
           seule femme de l'atelier.
        A: Et votre mari ?
        C: Il est marin-pêcheur. Il est en mer, là, sur un chalutier de Keroman, il rentre vendredi.
        A: Et le revenu du foyer ?
        C: Ça dépend des marées, pour lui. Mettons trois mille deux cents par mois, à peu près.
        A: Quand le conseiller peut-il vous rappeler ? Avec votre mari, si possible.
        C: Oui, il faut qu'il soit là, c'est lui qui décide pour le toit. Samedi après-midi ? Vers
           trois heures... Non, plutôt quatre heures, il dort après la marée.
        A: Samedi, seize heures. Sur quel numéro ?
        C: Celui-ci, mon portable. Zéro six, quatre-vingt-dix-sept, treize, vingt-six, zéro huit.
        A: 06 97 13 26 08. Merci, madame Guégan.
        C: Merci à vous. Kenavo !
        """,
        client="Mme",
        objections="-",
        client_first_name_data_ia="Gwenaëlle",
        client_last_name_data_ia="Guégan",
        client_phone_number="0697132608",
        client_city_data_ia="Lanester",
        client_address_data_ia="31 rue du Scorff",
        client_postal_code_data_ia="56600",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="moins_de_80",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="98",
        toiture_data_ia="ardoises",
        orientation_data_ia="ouest",
        toit_libre="moins de 20m",
        age_mr_data_ia="41",
        age_mme_data_ia="39",
        situation_familiale_data_ia="mariée, 1 enfant",
        activite_mr_data_ia="marin-pêcheur",
        activite_mme_data_ia="CDI",
        revenu_data_ia="3200 euros par mois",
        creneau_rappel_data_ia="samedi après-midi",
        heure_rappel_data_ia="16h",
        **OWNER,
    ),
    script(
        "h14_tulle_accordeon",
        "a retired accordion maker at Tulle, hard of hearing, who names himself (Bernard Chastang)"
        " and confirms the spelt surname ('Avec un G au bout'), owner since 1981 (oui), corrects"
        " his house number ('Douze... non, quatorze, c'est le voisin, le douze. Quatorze, rue de"
        " la Barrière': 14), 'Dix-neuf mille, Tulle' (19000), 'Au bois. Une chaudière à bûches'"
        " (bois); then his wife Françoise takes the phone: 'Neuf cent quarante euros sur l'année."
        " L'année dernière, c'était huit cent quatre-vingt-dix' (940, annuelle: this year's),"
        " 'Cent vingt. Non, cent vingt-cinq, avec la véranda' (125: the corrected figure her"
        " husband agrees to), 'L'ardoise' (ardoises), 'Il a le soleil toute la journée ... Mais"
        " vers où, je ne saurais pas vous dire' (bien ensoleillée: sunny, orientation unknown),"
        " free roof space never asked ('-'), 'Moi, j'ai soixante et onze ans. Mon mari, huit de"
        " plus' (71 and 79), 'mariés depuis cinquante ans ... Une fille' in the client's gender"
        " (marié, 1 enfant: the client is the husband who took the call, entretien Mr; her first"
        " name is not the client's; Naves is the daughter's village), 'institutrice. À la"
        " retraite' (retraitée), he 'chez Maugein, les accordéons ... Retraité aussi' (retraité),"
        " 'trois mille cent par mois' (3100 euros par mois), 'Le matin ... Mardi, dix heures'"
        " (mardi matin, 10h), the landline she dictates (main)",
        """
        A: Bonjour monsieur, Pauline, de Limousin Énergies Solaires. Je voudrais parler à monsieur
           Chastang, s'il vous plaît.
        C: Oui, c'est moi. Bernard Chastang. Parlez fort, mademoiselle, j'ai les oreilles qui
           fatiguent.
        A: Vous avez demandé une étude pour des panneaux solaires. C'est bien ça ?
        C: Comment ? Ah, les panneaux ! C'est ma fille qui a demandé, pour nous. Elle dit qu'on paie
           trop. Moi, je veux bien écouter, écouter ça ne coûte rien.
        A: Je vérifie le nom : Chastang, C, H, A, S, T, A, N, G ?
        C: Avec un G au bout, oui. Un G qu'on n'entend pas, c'est le patois.
        A: Vous êtes propriétaire de votre maison ?
        C: Depuis mille neuf cent quatre-vingt-un. Elle est payée depuis longtemps, elle est à nous.
        A: Et votre adresse ?
        C: Douze... non, quatorze, c'est le voisin, le douze. Quatorze, rue de la Barrière. Dix-neuf
           mille, Tulle. En haut de la côte, après l'église.
        A: 14 rue de la Barrière, 19000 Tulle. Comment vous vous chauffez ?
        C: Au bois. Une chaudière à bûches, à la cave. Je faisais mon bois moi-même, avant.
           Maintenant, c'est mon gendre qui me le livre.
        A: Et votre facture d'électricité ?
        C: Ça, c'est ma femme. Françoise ! Viens, c'est la demoiselle des panneaux. Elle arrive,
           elle a le classeur.
        C: Allô, bonjour. L'électricité ? Attendez, je mets mes lunettes. Alors... Neuf cent
           quarante euros sur l'année. L'année dernière, c'était huit cent quatre-vingt-dix. Ça
           augmente tous les ans.
        A: Neuf cent quarante par an, merci madame. La maison fait combien de mètres carrés ?
        C: Cent vingt. Non, cent vingt-cinq, avec la véranda, qu'on a fait fermer. Tu es d'accord,
           Bernard ? ... Il dit oui. Cent vingt-cinq.
        A: Et la toiture ?
        C: L'ardoise. Ici, c'est l'ardoise partout, c'est le pays qui veut ça.
        A: Le toit est bien exposé ?
        C: Il a le soleil toute la journée. On est en haut de la côte, il n'y a pas un arbre, pas
           une maison qui fait de l'ombre. Mais vers où, je ne saurais pas vous dire, je n'ai pas de
           boussole, moi.
        A: Ce n'est pas grave, le technicien verra. Et vos âges, si ce n'est pas indiscret ?
        C: Moi, j'ai soixante et onze ans. Mon mari, huit de plus. Il va sur ses quatre-vingts, mais
           il fait encore son jardin.
        A: Vous avez des enfants ?
        C: On est mariés depuis cinquante ans cette année. Une fille, celle qui vous a écrit. Elle
           habite à Naves, à côté, elle passe tous les dimanches.
        A: Vous travailliez dans quoi ?
        C: Moi, j'étais institutrice. À la retraite depuis longtemps, maintenant. Lui, il était chez
           Maugein, les accordéons, pendant trente ans. Retraité aussi, bien sûr.
        A: Et vos revenus, à peu près ?
        C: Les deux retraites ensemble, trois mille cent par mois.
        A: Merci. Quand est-ce qu'un conseiller peut vous appeler ?
        C: Le matin, on est toujours là. Sauf le mercredi, c'est le marché. Mardi, dix heures, ça
           irait ?
        A: Mardi matin, dix heures. Sur quel numéro ?
        C: Le fixe. Zéro cinq, cinquante-cinq, vingt, quarante-trois, quatre-vingt-six.
        A: Je répète : 05 55 20 43 86.
        C: C'est ça. Je vous repasse mon mari ? ... Il est reparti au jardin. Au revoir,
           mademoiselle.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Bernard",
        client_last_name_data_ia="Chastang",
        client_phone_number="0555204386",
        client_city_data_ia="Tulle",
        client_address_data_ia="14 rue de la Barrière",
        client_postal_code_data_ia="19000",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="bois",
        facture_data_ia="940",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="125",
        toiture_data_ia="ardoises",
        orientation_data_ia="bien ensoleillée",
        age_mr_data_ia="79",
        age_mme_data_ia="71",
        situation_familiale_data_ia="marié, 1 enfant",
        activite_mr_data_ia="retraité",
        activite_mme_data_ia="retraitée",
        revenu_data_ia="3100 euros par mois",
        creneau_rappel_data_ia="mardi matin",
        heure_rappel_data_ia="10h",
        **OWNER,
    ),
    script(
        "h14_thonon_assistante_dentaire",
        "a dental assistant at Thonon-les-Bains ('À Thonon. Thonon-les-Bains. Soixante-quatorze,"
        " deux cents': 74200) with two small girls in the background, who confirms her spelt"
        " surname ('Avec un Z, oui, et on ne le prononce pas': Dupraz) and gives her first name"
        " (Aurélie); 'on a fait construire, en deux mille quinze' (oui), '5 chemin des"
        " Hirondelles', 'Une pompe à chaleur. Air-eau, avec le plancher chauffant', a stove lit at"
        " Christmas (pompe à chaleur), 'Cent dix euros par mois ... Mettez cent dix' (110,"
        " mensuelle), 'Cent quarante mètres carrés, sans le sous-sol' (140), 'Du bac acier' (bac"
        " acier), 'un toit à un seul pan, qui regarde le lac. Et le lac, chez nous, il est au"
        " nord' (nord), asks back whether that is the wrong side, 'il est grand, rien dessus."
        " Soixante, soixante-dix mètres carrés' (20m), 'Trente-six. Mon mari, trente-huit' (36,"
        " 38), 'Pacsés. Et deux filles' (pacsée, 2 enfants), 'assistante dentaire, à Évian, en"
        " CDI' (CDI; Évian is where she works), he 'plombier-chauffagiste, à son compte depuis"
        " deux mille quatorze' (indépendant depuis 12 ans in 2026), the income left to him ('-'),"
        " 'Le soir, après sept heures ... Lundi ?' (lundi soir, 19h), and the mobile the agent"
        " reads, which she no longer has ('c'est mon ancien numéro, je ne l'ai plus'): the new one"
        " she dictates is the main; the old one is not a second number",
        """
        A: Bonjour madame, Kevin, de Léman Solaire. Madame Dupraz ?
        C: Oui... C'est pour quoi ? Attendez, je mets les enfants devant un dessin animé. ... Voilà.
           Je vous écoute.
        A: Vous avez demandé une étude pour installer des panneaux solaires. J'aurais quelques
           questions...
        C: Ah, oui ! Mon mari m'a dit que quelqu'un allait appeler. Les voisins en ont mis au
           printemps, il est jaloux, il regarde leur compteur par-dessus la haie.
        A: Je vérifie votre nom : D, U, P, R, A, Z ?
        C: Avec un Z, oui, et on ne le prononce pas, on dit Dupra. C'est savoyard.
        A: Et votre prénom ?
        C: Aurélie.
        A: Vous êtes propriétaires ?
        C: Oui, on a fait construire, en deux mille quinze. On a encore le crédit, mais bon, comme
           tout le monde.
        A: Votre adresse, c'est...
        C: Cinq, chemin des Hirondelles. À Thonon. Thonon-les-Bains. Soixante-quatorze, deux cents.
        A: Et le chauffage ?
        C: Une pompe à chaleur. Air-eau, avec le plancher chauffant. Il y a un poêle aussi, mais
           c'est pour faire joli, on l'allume à Noël.
        A: Votre facture d'électricité, vous l'avez en tête ?
        C: Cent dix euros par mois. Enfin... c'est ce qu'on paie, mais on a eu un rappel cet été,
           donc en vrai, c'est sûrement plus. Mettez cent dix.
        A: La surface de la maison.
        C: Cent quarante mètres carrés, sans le sous-sol.
        A: Et le toit ?
        C: Du bac acier, gris. C'était moins cher que la tuile, et avec la neige, ça glisse tout
           seul.
        A: Il est orienté comment ?
        C: Alors... c'est un toit à un seul pan, qui regarde le lac. Et le lac, chez nous, il est au
           nord. Mon mari dit que c'est le mauvais côté pour les panneaux. C'est vrai, ça ?
        A: Le conseiller vous dira ce que ça donne, il fait une simulation précise. Il y a de la
           place sur le toit ?
        C: Oh oui, il est grand, rien dessus. Soixante, soixante-dix mètres carrés.
        A: Vous avez quel âge, madame Dupraz ?
        C: Trente-six. Mon mari, trente-huit.
        A: Vous êtes mariés ?
        C: Pacsés. Et deux filles, quatre ans et dix-huit mois. Vous les entendez, là ?
        A: Un peu, oui. Vous travaillez ?
        C: Je suis assistante dentaire, à Évian, en CDI. Et mon mari, il est plombier-chauffagiste,
           à son compte depuis deux mille quatorze. C'est lui qui a posé la pompe à chaleur,
           d'ailleurs.
        A: Et le revenu du foyer ?
        C: Ça, je ne sais pas, pour lui ça dépend des chantiers. Il faudra voir avec lui.
        A: Quand est-ce qu'on peut vous rappeler, tous les deux ?
        C: Le soir, après sept heures, quand les petites sont couchées... enfin, pas couchées, mais
           calmées. Lundi ?
        A: Lundi soir, dix-neuf heures. Sur le 06 71 39 82 14 ?
        C: Ah non, ça, c'est mon ancien numéro, je ne l'ai plus. Le nouveau, c'est le zéro sept,
           soixante-huit, cinquante-cinq, quarante, zéro deux.
        A: Zéro sept, soixante-huit, cinquante-cinq, quarante, zéro deux. Je corrige.
        C: Merci. Oh là, la petite pleure. Au revoir !
        """,
        client="Mme",
        objections="craint que le toit orienté au nord ne convienne pas",
        client_first_name_data_ia="Aurélie",
        client_last_name_data_ia="Dupraz",
        client_phone_number="0768554002",
        client_city_data_ia="Thonon-les-Bains",
        client_address_data_ia="5 chemin des Hirondelles",
        client_postal_code_data_ia="74200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="110",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="140",
        toiture_data_ia="bac acier",
        orientation_data_ia="nord",
        toit_libre="20m",
        age_mr_data_ia="38",
        age_mme_data_ia="36",
        situation_familiale_data_ia="pacsée, 2 enfants",
        activite_mr_data_ia="indépendant depuis 12 ans",
        activite_mme_data_ia="CDI",
        creneau_rappel_data_ia="lundi soir",
        heure_rappel_data_ia="19h",
        **OWNER,
    ),
    script(
        "h14_coutances_mecanicien",
        "an agricultural mechanic at Coutances who left his name at a fair stand, confirms his"
        " spelt surname ('E, Y à la fin, oui': Lecoutey) and gives his first name (Pascal); owner"
        " (oui), '18 route de Lessay', 'Cinquante, deux cents' (50200; Lessay, the fair's town, is"
        " in his street's name and Périers is his employer's town, neither is his), 'Au fioul. On"
        " a un insert dans le salon, mais le gros, c'est le fioul' (fioul), 'la facture annuelle,"
        " mille six cent cinquante' (1650, annuelle), 'Cent trente mètres carrés, à peu près'"
        " (130), 'De l'ardoise naturelle' (ardoises), 'le grand pan descend vers le jardin. Donc"
        " plein sud' (sud), the agent stating 'Il y a de la place sur le toit' and 'douze mètres"
        " de long, sur cinq de large, et il n'y a rien dessus' (20m: sixty free square metres),"
        " 'Je suis de soixante-dix-huit' (48 in 2026); his wife Nathalie takes the phone:"
        " 'Quarante-six ans, moi' (46), 'Mariés, et quatre enfants' in the client's gender (marié,"
        " 4 enfants: the client is the husband who took the call and comes back for the slot,"
        " entretien Mr), 'assistante maternelle, à la maison' (the job, no status said), he"
        " 'Mécanicien agricole ... Il est en CDI' (CDI), 'Quatre mille deux cents par mois, tous"
        " les deux' (4200 euros par mois); back to him: 'Vendredi matin ... Huit heures et demie'"
        " (vendredi matin, 8h30), his mobile (main) and the landline where his wife is (tel2)",
        """
        A: Bonjour monsieur, Élodie, de Cotentin Habitat Énergie. Monsieur Lecoutey ?
        C: Oui, c'est moi. C'est pour les panneaux ? J'étais à la foire de Lessay, j'ai laissé mon
           nom à un stand, un stand avec des parasols jaunes.
        A: C'est ça, c'était nous. Je vérifie : L, E, C, O, U, T, E, Y ?
        C: E, Y à la fin, oui. Pas comme Coutances. Et le prénom, c'est Pascal.
        A: Merci, monsieur. Vous êtes propriétaire ?
        C: Oui, oui, propriétaire. On a acheté avec ma femme il y a quinze ans.
        A: Vous habitez à Coutances même ?
        C: À Coutances, oui. Dix-huit, route de Lessay. Cinquante, deux cents. La maison juste après
           la station-service, en sortant de la ville.
        A: Comment vous vous chauffez ?
        C: Au fioul. On a un insert dans le salon, mais le gros, c'est le fioul. La cuve, on la
           remplit deux fois par hiver, je vous dis pas le prix.
        A: Et l'électricité, combien par an, à peu près ?
        C: Euh, l'électricité... la facture annuelle, mille six cent cinquante. J'ai reçu la
           régularisation le mois dernier, je m'en souviens, j'ai failli tomber de ma chaise.
        A: Mille six cent cinquante par an. La surface de la maison.
        C: Cent trente mètres carrés, à peu près. Je dirais cent trente, oui.
        A: Et la toiture ?
        C: Ardoise. De l'ardoise naturelle, pas de la fausse, hein.
        A: Elle est orientée comment ?
        C: Le jardin est au sud, et le grand pan descend vers le jardin. Donc plein sud, je dirais.
        A: Il y a de la place sur le toit.
        C: Il fait douze mètres de long, sur cinq de large, et il n'y a rien dessus, pas une
           fenêtre. Ça doit suffire, non ?
        A: Largement. Votre âge, monsieur Lecoutey ?
        C: Je suis de soixante-dix-huit. Et ma femme... Nathalie, t'as quel âge, déjà ? ... Elle
           vient, je vous la passe, elle va me disputer si je me trompe.
        C: Bonjour ! Quarante-six ans, moi. Il ne sait jamais, il faut toujours que je lui rappelle.
        A: Bonjour madame. Vous êtes mariés, vous avez des enfants ?
        C: Mariés, et quatre enfants. Quatre, oui, vous avez bien entendu. Et des chats.
        A: Vous travaillez, madame ?
        C: Je suis assistante maternelle, à la maison. J'ai trois petits en garde en ce moment, en
           plus des nôtres, c'est pour ça que vous entendez ce bazar.
        A: Et votre mari ?
        C: Mécanicien agricole, chez un concessionnaire à Périers. Les tracteurs, les moissonneuses.
           Il est en CDI, oui.
        A: Et le revenu du foyer, approximativement ?
        C: Quatre mille deux cents par mois, tous les deux. Je vous repasse Pascal, pour le
           rendez-vous, c'est lui qui a les horaires.
        C: Oui, c'est moi. Vous voulez qu'on se voie ?
        A: Un conseiller vous rappellera pour l'étude. Quel moment vous arrange ?
        C: Vendredi matin, je suis de repos. Huit heures et demie, je suis debout depuis longtemps,
           à cette heure-là.
        A: Vendredi, huit heures trente. Sur quel numéro ?
        C: Mon portable : zéro six, cinquante-neuf, trente-trois, quatre-vingt-sept, douze. Et si je
           ne réponds pas, le fixe, ma femme est toujours à la maison : zéro deux, trente-trois,
           quarante-cinq, soixante, dix-huit.
        A: Je répète : 06 59 33 87 12, et le fixe, 02 33 45 60 18.
        C: Voilà. Au revoir, madame, et merci.
        """,
        client="Mr",
        objections="-",
        client_first_name_data_ia="Pascal",
        client_last_name_data_ia="Lecoutey",
        client_phone_number="0659338712",
        client_city_data_ia="Coutances",
        client_address_data_ia="18 route de Lessay",
        client_postal_code_data_ia="50200",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="fioul",
        facture_data_ia="1650",
        mensuelle_annuelle_data_ia="annuelle",
        superficie_data_ia="130",
        toiture_data_ia="ardoises",
        orientation_data_ia="sud",
        toit_libre="20m",
        age_mr_data_ia="48",
        age_mme_data_ia="46",
        situation_familiale_data_ia="marié, 4 enfants",
        activite_mr_data_ia="CDI",
        activite_mme_data_ia="assistante maternelle",
        revenu_data_ia="4200 euros par mois",
        tel2_data_ia="0233456018",
        creneau_rappel_data_ia="vendredi matin",
        heure_rappel_data_ia="8h30",
        **OWNER,
    ),
    script(
        "h14_navenne_demenagement",
        "a divorced woman who moved a year ago from Vesoul to Navenne, next to it: the agent reads"
        " the old address ('3, rue Gérôme, à Vesoul') and she gives the new one ('Je suis à"
        " Navenne, maintenant. Neuf, impasse des Pervenches'; adresse_modifiee 1; the town is"
        " Navenne, not Vesoul), 'C'est le même qu'à Vesoul, soixante-dix mille' (70000), surname"
        " spelt by the agent (Jeunot), first name given (Sylvie); 'j'ai acheté. Toute seule'"
        " (oui), 'Une pompe à chaleur, air-eau' left by the former owners (pompe à chaleur; the"
        " gas was at Vesoul), 'Cent soixante. Par mois' (160, mensuelle), 'Quatre-vingt-cinq"
        " mètres carrés. Plain-pied' (85), 'Des tuiles mécaniques' (tuiles), one slope where the"
        " sun rises and one where it sets (est-ouest), free roof space never discussed ('-'),"
        " 'J'ai eu cinquante ans en janvier' (50), 'Divorcée. Je vis avec ma fille' (divorcée, 1"
        " enfant), a six-month contract at the spare-parts store after temping ('j'ai un contrat"
        " de six mois. Avant, j'étais en intérim': CDD, the contract she has now), 'Mille six"
        " cents net par mois' (1600 euros par mois; the child support she does not count is left"
        " out), 'Le mercredi ... En début d'après-midi ? Deux heures' (mercredi début"
        " d'après-midi, 14h), the mobile the agent reads and she confirms (main)",
        """
        A: Bonjour madame, Lucas, de Franche-Comté Solaire Habitat. Madame Jeunot ?
        C: Oui, c'est moi.
        A: Vous nous avez laissé vos coordonnées pour une étude de panneaux solaires. J'ai une
           adresse au 3, rue Gérôme, à Vesoul...
        C: Ah non, ça, c'est l'ancienne ! J'ai... j'ai déménagé, il y a un an. Je suis à Navenne,
           maintenant. Neuf, impasse des Pervenches.
        A: Navenne, c'est noté. Le code postal ?
        C: C'est le même qu'à Vesoul, soixante-dix mille. Navenne, c'est juste au sud, ça se touche,
           mais c'est plus calme.
        A: Et votre nom, J, E, U, N, O, T ?
        C: Oui. Sylvie Jeunot.
        A: Vous êtes propriétaire, à Navenne ?
        C: Oui, j'ai acheté. Toute seule, à cinquante ans, avec un crédit sur vingt ans, vous
           imaginez ? Mais c'est chez moi. Alors je préfère vous dire tout de suite, je n'ai pas
           beaucoup de marge.
        A: C'est justement pour ça qu'on fait une étude, pour voir ce que ça vous ferait économiser.
           Le chauffage ?
        C: Une pompe à chaleur, air-eau. Ce sont les anciens propriétaires qui l'avaient fait poser.
           Moi, je n'y connais rien, je règle le thermostat et c'est tout.
        A: Et la facture d'électricité ?
        C: Cent soixante. Par mois. Ça m'a fait un choc : à Vesoul, j'étais au gaz, l'électricité,
           c'était la moitié.
        A: La surface de la maison.
        C: Quatre-vingt-cinq mètres carrés. Plain-pied.
        A: Le toit, c'est...
        C: Des tuiles. Des tuiles mécaniques, rouges, comme partout dans le lotissement.
        A: Et l'orientation ?
        C: Alors, le toit a deux pentes. Il y en a une côté route, où le soleil se lève, et l'autre
           côté jardin, où il se couche. Ça fait est et ouest, c'est ça ?
        A: C'est ça. Votre âge, madame ?
        C: J'ai eu cinquante ans en janvier. Une année de changements, tout ça.
        A: Vous êtes mariée ?
        C: Divorcée. Je vis avec ma fille, elle a dix-sept ans, elle passe le bac cette année.
        A: Vous travaillez ?
        C: Je suis au magasin de pièces détachées, chez Stellantis, à Vesoul. Depuis février, j'ai
           un contrat de six mois. Avant, j'étais en intérim, alors c'est déjà mieux.
        A: Et le revenu du foyer ?
        C: Mille six cents net par mois. Plus la pension de mon ex pour la petite, mais ça, je ne le
           compte pas, c'est pour elle.
        A: Quand est-ce qu'un conseiller peut vous rappeler ?
        C: Le mercredi, je ne travaille pas. En début d'après-midi ? Deux heures, après le déjeuner.
        A: Mercredi, quatorze heures. Sur le 06 42 18 77 05 ?
        C: Oui, c'est mon portable, c'est le seul que j'ai.
        A: Très bien. Merci, madame Jeunot, bonne journée.
        C: Merci, au revoir.
        """,
        client="Mme",
        objections="budget serré (crédit en cours, seule)",
        client_first_name_data_ia="Sylvie",
        client_last_name_data_ia="Jeunot",
        client_phone_number="0642187705",
        client_city_data_ia="Navenne",
        client_address_data_ia="9 impasse des Pervenches",
        client_postal_code_data_ia="70000",
        adresse_modifiee="1",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="pompe à chaleur",
        facture_data_ia="160",
        mensuelle_annuelle_data_ia="mensuelle",
        superficie_data_ia="85",
        toiture_data_ia="tuiles",
        orientation_data_ia="est-ouest",
        age_mme_data_ia="50",
        situation_familiale_data_ia="divorcée, 1 enfant",
        activite_mme_data_ia="CDD",
        revenu_data_ia="1600 euros par mois",
        creneau_rappel_data_ia="mercredi début d'après-midi",
        heure_rappel_data_ia="14h",
        **OWNER,
    ),
    script(
        "h14_lodeve_refus",
        "a firm refusal at Lodève from a man who stops the agent before her first sentence ends"
        " ('Non. Je vous arrête tout de suite, je ne suis pas intéressé'), the fifth sales call of"
        " his week; what he lets fall: 'À Lodève, oui, j'y habite, et alors ?' (Lodève), 'Bien sûr"
        " que j'en suis propriétaire, c'était celle de mon père' (oui), a house in the old centre"
        " under the Bâtiments de France (no roof material is said: '-'), 'J'ai soixante-quatorze"
        " ans' (74); surname from the greeting, no first name, no number, 'rayez-moi de votre"
        " liste', Bloctel (Non intéressant, Non)",
        """
        A: Bonjour monsieur, Manon, d'Hérault Soleil Rénovation. Monsieur Rouzaud ?
        C: Oui. Qu'est-ce que c'est ?
        A: Je vous appelle pour vous présenter les aides à l'installation de panneaux
           photovoltaïques, pour les propriétaires de maisons individuelles, et...
        C: Non. Je vous arrête tout de suite, je ne suis pas intéressé. Pas du tout.
        A: Je comprends. Je peux vous demander pourquoi ? Beaucoup de propriétaires, à Lodève,
           ont...
        C: À Lodève, oui, j'y habite, et alors ? Vous savez combien de fois on m'a appelé, cette
           semaine ? Cinq fois. Cinq ! Les fenêtres, l'isolation à un euro, la pompe à chaleur, la
           mutuelle, et maintenant vous.
        A: Je suis désolée pour tous ces appels, monsieur. Vous êtes bien propriétaire de votre
           maison ?
        C: Bien sûr que j'en suis propriétaire, c'était celle de mon père, et de son père avant lui.
           Et elle est dans le centre ancien, avec les Bâtiments de France. Vous ne mettrez jamais
           un panneau là-dessus. Même pour repeindre mes volets, il m'a fallu une autorisation, et
           trois mois d'attente.
        A: Il existe des solutions discrètes, qui s'intègrent dans la toiture, et l'architecte des
           Bâtiments de France les accepte parfois...
        C: Parfois. Voilà. Parfois. Et en attendant, c'est moi qui paie les dossiers, les
           déplacements, les études. Non, merci.
        A: L'étude est gratuite, monsieur, et sans engagement.
        C: C'est ce qu'ils disent tous. Gratuit, sans engagement, et après on a un monsieur en
           costume dans la cuisine pendant trois heures, qui ne veut plus partir. Mademoiselle,
           écoutez-moi bien. J'ai soixante-quatorze ans. Je ne vais pas faire des travaux sur le
           toit. Je ne suis pas intéressé. C'est clair ?
        A: C'est très clair, monsieur.
        C: Et rayez-moi de votre liste. Je suis inscrit sur Bloctel, vous n'avez même pas le droit
           de m'appeler. Si on me rappelle, je porte plainte, je vous préviens.
        A: Je vous retire de notre fichier tout de suite. Je vous présente nos excuses pour le
           dérangement.
        C: Bon. Au moins, vous êtes polie, vous. Au revoir.
        A: Au revoir, monsieur Rouzaud, bonne journée.
        """,
        client="Mr",
        objections=(
            "non intéressé ; démarchage trop fréquent ; maison en secteur protégé (Bâtiments de"
            " France) ; ne veut pas de travaux à 74 ans ; ne pas rappeler (inscrit sur Bloctel)"
        ),
        client_last_name_data_ia="Rouzaud",
        client_city_data_ia="Lodève",
        proprietaire_data_ia="oui",
        age_mr_data_ia="74",
        **LOST,
    ),
    script(
        "h14_sedan_locataire",
        "a young tenant in a town house in old Sedan ('Vingt-deux, rue du Ménil. Zéro huit, deux"
        " cents': 08200) who gives his first name (Kévin) and confirms the spelt surname ('Deux"
        " S': Brisset): 'Non, je loue. À un monsieur qui habite à Charleville' (non: Non"
        " intéressant; Charleville is the landlord's town), hopes the landlord would take free"
        " panels; what he gives anyway: 'Au gaz. Une vieille chaudière' (gaz), 'on paie plus de"
        " cent euros par mois' (plus_de_100, mensuelle), 'c'est de l'ardoise, et ça fuit'"
        " (ardoises), 'Ma copine, moi, et notre petite ... On n'est pas mariés, on est juste"
        " ensemble' (en couple, 1 enfant), 'cariste, à la fonderie, en CDI depuis l'an dernier."
        " J'ai vingt-neuf ans' (CDI, 29); no number, no callback (Non)",
        """
        A: Bonjour monsieur, Camille, d'Ardennes Énergie Verte. Monsieur Brisset ?
        C: Ouais, c'est moi. Kévin. C'est pour le formulaire, là ? Les panneaux gratuits ?
        A: Pas tout à fait gratuits, mais avec des aides importantes. Je vérifie votre nom : B, R,
           I, S, S, E, T ?
        C: C'est ça. Deux S, vous l'avez.
        A: Vous habitez une maison ?
        C: Une maison de ville, ouais, dans le vieux Sedan, pas loin du château. Vingt-deux, rue du
           Ménil. Zéro huit, deux cents.
        A: 08200 Sedan. Et vous en êtes propriétaire ?
        C: Non, je loue. À un monsieur qui habite à Charleville. Mais il est sympa, hein. Il voudra
           peut-être, si c'est gratuit pour lui ?
        A: Ce serait au propriétaire de faire la demande, et c'est lui qui financerait
           l'installation, avec les aides.
        C: Ah. Bah alors, il ne voudra pas. Il n'a même pas voulu changer la chaudière, l'hiver
           dernier, quand elle est tombée en panne trois fois.
        A: Vous vous chauffez au... ?
        C: Au gaz. Une vieille chaudière qui fait un bruit de tracteur. Et l'électricité, avec ça,
           on paie plus de cent euros par mois. C'est pour ça que j'ai rempli le truc, moi, je
           pensais que c'était pour nous.
        A: Je comprends. Et le toit, vous savez comment il est ?
        C: Le toit ? C'est de l'ardoise, et ça fuit dans la chambre du fond quand il pleut fort.
           Vous voyez le genre de proprio.
        A: Vous êtes combien dans la maison ?
        C: Ma copine, moi, et notre petite, elle a deux ans. On n'est pas mariés, on est juste
           ensemble, ça nous va très bien.
        A: Et vous travaillez dans le coin ?
        C: Je suis cariste, à la fonderie, en CDI depuis l'an dernier. J'ai vingt-neuf ans, c'est
           mon premier CDI, alors on pense à acheter, un jour. Mais avec les prix...
        A: Le jour où vous serez propriétaires, n'hésitez pas à nous recontacter, nous referons une
           étude avec plaisir.
        C: Ouais, on verra. Vous ne pourriez pas appeler mon proprio, vous ? Non ? Bon. Tant pis. Au
           revoir, madame.
        A: Au revoir, monsieur Brisset, bonne journée.
        """,
        client="Mr",
        objections="locataire ; le propriétaire ne voudra pas investir",
        client_first_name_data_ia="Kévin",
        client_last_name_data_ia="Brisset",
        client_city_data_ia="Sedan",
        client_address_data_ia="22 rue du Ménil",
        client_postal_code_data_ia="08200",
        proprietaire_data_ia="non",
        mode_chauffage_data_ia="gaz",
        facture_data_ia="plus_de_100",
        mensuelle_annuelle_data_ia="mensuelle",
        toiture_data_ia="ardoises",
        age_mr_data_ia="29",
        situation_familiale_data_ia="en couple, 1 enfant",
        activite_mr_data_ia="CDI",
        **LOST,
    ),
    script(
        "h14_royan_faux_numero",
        "a wrong number: the agent asks for monsieur Gérard Bouyer at Saint-Georges-de-Didonne;"
        " the woman who answers lives 'à Royan, moi', on the fourth floor of a block facing the"
        " beach, has had the number since the first mobiles and gets all of this gentleman's"
        " calls, 'à soixante-sept ans' (67); the fiche describes her (city Royan, age 67,"
        " entretien 'Mme'), not the lead in the file (Saint-Georges-de-Didonne and his name are"
        " not gold); a flat is not a house and she says neither owner nor tenant ('-')",
        """
        A: Bonjour madame, Nicolas, de Charente Atlantique Solaire. Je souhaiterais parler à
           monsieur Gérard Bouyer, s'il vous plaît.
        C: Bouyer ? Non, vous faites erreur. Il n'y a pas de monsieur, ici. Il n'y en a plus depuis
           longtemps, d'ailleurs.
        A: Ah, excusez-moi. J'ai ce numéro pour une demande d'étude de panneaux solaires, à
           Saint-Georges-de-Didonne.
        C: Saint-Georges ? Mais je suis à Royan, moi. C'est à côté, cinq minutes en voiture, mais ce
           n'est pas chez moi. Et ce numéro, je l'ai depuis... oh, depuis le début des portables,
           depuis que mon fils m'en a offert un.
        A: Alors il y a sans doute une erreur dans le formulaire.
        C: Sûrement. Et vous n'êtes pas le premier, vous savez. Il y a quinze jours, c'était une
           mutuelle, pour un monsieur Bouyer aussi. Il a dû se tromper d'un chiffre, le pauvre
           homme, et c'est moi qui reçois tous ses appels.
        A: Je suis désolé. Je vais corriger notre fichier, vous ne serez plus appelée pour lui.
        C: Ce serait gentil. Remarquez, des panneaux solaires, moi... J'habite au quatrième étage
           d'une résidence, face à la Grande Conche. Le toit, je ne l'ai jamais vu. Il y a un
           syndic, c'est lui qui décide de tout, même de la couleur des balcons.
        A: Dans ce cas, je ne vais pas vous déranger plus longtemps.
        C: Oh, vous ne me dérangez pas. À soixante-sept ans, on ne m'appelle plus beaucoup, à part
           pour me vendre quelque chose. Il fait un temps magnifique, ici, si vous voyiez l'océan ce
           matin. Vous êtes où, vous ?
        A: À Saintes, madame. Il fait gris.
        C: Eh bien, venez à Royan ! Bon, je vous laisse travailler. Et si vous trouvez votre
           monsieur Bouyer, dites-lui de donner le bon numéro, la prochaine fois.
        A: Je n'y manquerai pas. Bonne journée, madame, et pardon pour le dérangement.
        C: Au revoir, jeune homme.
        """,
        client="Mme",
        objections="mauvais numéro ; habite en appartement, pas concernée",
        client_city_data_ia="Royan",
        age_mme_data_ia="67",
        **LOST,
    ),
    script(
        "h14_pertuis_partiel",
        "a partial call: a woman in her doctor's waiting room at Pertuis ('deux minutes, pas"
        " plus'), first name confirmed (Martine), surname spelt by her (Clavel), sent by a"
        " neighbour pleased with her panels, 'On a une maison, avec mon mari' at Pertuis (oui),"
        " 'Quatre-vingt-quatre, cent vingt' (84120; the outskirts 'côté Durance' are no street: no"
        " address), 'À l'électrique. On a aussi un poêle à bois, mais c'est pour l'ambiance'"
        " (électrique: the main one; the heat pump that hums is the neighbour's), asks back"
        " whether panels are noisy, 'Entre quatre-vingts et cent euros par mois. Plutôt près de"
        " cent, l'hiver' (entre 80 et 100, mensuelle: only the band is said), then the doctor"
        " calls her in before the surface, roof or anything else is said ('-'): 'Rappelez-moi"
        " demain, en fin de matinée, vers onze heures et demie' (demain fin de matinée, 11h30) on"
        " the landline she dictates (main), as her mobile has no battery left (it is never said,"
        " no second number)",
        """
        A: Bonjour madame, Samuel, de Luberon Énergie Solaire. Madame Clavel ?
        C: Oui, oui, bonjour. Je suis dans la salle d'attente du docteur, je peux vous parler deux
           minutes, pas plus. Et je parle doucement, il y a du monde.
        A: Ce sera rapide. C'est au sujet de votre demande d'étude pour des panneaux solaires. Votre
           prénom, c'est bien Martine ?
        C: Martine, oui. Et Clavel, C, L, A, V, E, L. On me l'écrit souvent avec deux L, je ne sais
           pas pourquoi.
        A: Merci. C'est bien votre demande, sur notre site ?
        C: Oui, c'est moi. C'est vous qui avez posé les panneaux chez ma voisine, madame Giraud ?
           Elle est très contente, c'est elle qui m'a donné l'idée. Elle me montre sa facture à
           chaque fois qu'on se croise.
        A: Ce n'est peut-être pas nous, madame, mais tant mieux si elle est satisfaite. Vous êtes
           propriétaire de votre maison ?
        C: Oui. On a une maison, avec mon mari, à Pertuis, à la sortie de la ville, côté Durance.
        A: Le code postal, c'est...
        C: Quatre-vingt-quatre, cent vingt.
        A: 84120. Et vous vous chauffez comment ?
        C: Euh... À l'électrique. On a aussi un poêle à bois, mais c'est pour l'ambiance, le soir.
           Le chauffage, c'est l'électrique.
        A: D'accord.
        C: Et ça fait du bruit, les panneaux ? Parce que la pompe à chaleur du voisin d'en face, on
           l'entend toute la nuit, ça ronronne comme un frigo.
        A: Non, madame, des panneaux, ça ne fait aucun bruit. Et votre facture d'électricité ?
        C: Entre quatre-vingts et cent euros par mois. Plutôt près de cent, l'hiver, avec les
           radiateurs... Oh, c'est à moi, le docteur m'appelle. Je dois raccrocher.
        A: Bien sûr. Quand est-ce que je peux vous rappeler ?
        C: Rappelez-moi demain, en fin de matinée, vers onze heures et demie, je serai à la maison.
           Pas sur ce numéro, mon portable n'a plus de batterie : sur le fixe, zéro quatre,
           quatre-vingt-dix, zéro neuf, soixante-trois, vingt et un.
        A: Demain, onze heures trente, au 04 90 09 63 21. Merci, madame Clavel.
        C: Merci, au revoir. J'arrive, docteur !
        """,
        client="Mme",
        objections="pas disponible (chez le médecin) : rappel demandé",
        client_first_name_data_ia="Martine",
        client_last_name_data_ia="Clavel",
        client_phone_number="0490096321",
        client_city_data_ia="Pertuis",
        client_postal_code_data_ia="84120",
        proprietaire_data_ia="oui",
        mode_chauffage_data_ia="électrique",
        facture_data_ia="entre 80 et 100",
        mensuelle_annuelle_data_ia="mensuelle",
        creneau_rappel_data_ia="demain fin de matinée",
        heure_rappel_data_ia="11h30",
        **OWNER,
    ),
)
