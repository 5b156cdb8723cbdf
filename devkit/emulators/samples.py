"""Sample call texts shared by the emulators (AssemblyAI returns them, OpenAI reads them).

Every line starts with ``Agent:`` or ``Client:`` so emulators can split turns. The
facts below are what an extractor should find; tests may assert on them.
"""

from __future__ import annotations

DEFAULT_CALL_TEXT = """\
Agent: Bonjour, je suis Julie de la société Soleil Rénovation, je vous appelle au sujet \
de votre demande d'information sur les panneaux solaires. Je suis bien chez monsieur Martin ?
Client: Oui, c'est moi, Pierre Martin.
Agent: Très bien monsieur Martin. Pour vérifier votre éligibilité, j'ai quelques questions. \
Vous êtes propriétaire ou locataire de votre logement ?
Client: Je suis propriétaire, c'est une maison individuelle.
Agent: Parfait. Quel est votre mode de chauffage actuel ?
Client: On est en chauffage électrique, des radiateurs partout.
Agent: Et votre facture d'électricité, elle est de combien à peu près ?
Client: Cent vingt euros par mois, oui c'est ça, 120 euros tous les mois.
Agent: D'accord. Quelle est la surface de la maison ?
Client: Elle fait 110 mètres carrés.
Agent: Et la toiture, c'est quel type de couverture ?
Client: C'est des tuiles, et le toit est orienté plein sud, il y a largement plus de \
vingt mètres carrés de libre.
Agent: Excellent, c'est idéal pour le solaire. Puis-je vous demander votre âge et celui \
de madame ?
Client: J'ai 52 ans et ma femme a 49 ans. On est mariés, deux enfants.
Agent: Vous travaillez tous les deux ?
Client: Moi je suis en CDI depuis quinze ans, ma femme est infirmière.
Agent: Je confirme votre adresse : vous habitez bien au 14 rue des Lilas à Toulouse ?
Client: Oui, 14 rue des Lilas, 31200 Toulouse.
Agent: Et votre numéro, c'est bien le 06 12 34 56 78 ?
Client: Oui, et vous pouvez aussi joindre ma femme au 07 98 76 54 32.
Agent: Très bien. Un conseiller technique va vous rappeler pour l'étude gratuite. \
Quel moment vous arrange ?
Client: Mardi matin vers 10h, ce serait parfait.
Agent: C'est noté, mardi matin vers 10h. Merci monsieur Martin, bonne journée.
Client: Merci, au revoir.
"""
