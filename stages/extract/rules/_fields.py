"""The lead-qualification fields read from the turns: one small rule per field."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher
from typing import Literal

from messages.lead import UNKNOWN, LeadFields
from stages.extract.rules._numbers import (
    DIGIT_RUN_RE,
    numberize,
    phones_in,
    postal_code_spans,
    postal_codes,
)
from stages.extract.rules._turns import (
    CORRECTION_RE,
    HESITATION,
    PUTS_RIGHT,
    Turn,
    affirmed,
    asked,
    client_statements,
    confirmed,
    denied,
    last_question,
    negated,
    sentences,
    settled,
    split_turns,
    states,
)

# --- identity -------------------------------------------------------------------------

_SPOUSE = r"épouse|femme|mari|époux|conjointe?|compagne|compagnon"
_UP = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ"
_LOW = "a-zàâäçéèêëîïôöùûüÿ"
_NAME = rf"[{_UP}][{_LOW}{_UP}'’\-]+"
_NOT_NAMES = frozenset((
    "Oui", "Non", "Bonjour", "Merci", "Très", "Et", "Je", "Vous", "Alors", "Bien", "Madame",
    "Monsieur", "Voilà", "Ok", "Allô", "Allo", "Au", "Revoir", "Bonne", "Journée", "Parfait",
    "Enchanté", "Enchantée", "Moi", "Lui", "Elle", "Nous", "Ah", "Ben", "Bon", "Euh", "Donc",
    "Mais", "Sinon", "Enfin", "Puis", "Ensuite", "Aussi", "Ici", "Là", "Pour", "Avec",
    "Pourquoi", "Quoi", "Comment", "Attendez", "Écoutez", "Pardon", "Désolé", "Désolée",
    "Allez", "Dites", "Tenez", "Exactement", "Absolument", "Ouais", "Non", "Bonsoir",
    "Salut", "Super", "Entendu", "Volontiers", "Tout", "Excusez", "Patientez", "Exact",
    "Correct", "Parfaitement", "Effectivement", "Évidemment", "Impeccable", "Nickel", "Pas",
    "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche", "Demain",
))  # fmt: skip
_SELF_NAME_RE = re.compile(
    rf"(?i:je m'appelle|mon nom(?: c'est| est)|moi,? c'est|c'est moi,?|ici)\s+"
    rf"({_NAME})(?:\s+({_NAME}))?"
    # The name alone right after owning up: "Ouais, c'est moi. Sébastien.", or after the
    # surname checked: "C'est ça. Aurélie."
    rf"|(?i:c'est moi|c'est ça)\.\s+({_NAME})(?:\s+({_NAME}))?\s*[.!]"
    # The first name offered unasked: "Et le prénom, c'est Roland.", "Et le prénom, Loïc.",
    # "Et mon prénom, Maryvonne, avec un Y : …"
    rf"|(?i:(?:mon|le) prénom),?\s+(?:(?i:c'est)\s+)?({_NAME})\s*[.!,:]"
    # Or the name first: "Et Cindy, le prénom : C, I, N, D, Y."
    rf"|\b({_NAME}),\s+(?i:(?:pour )?le prénom|c'est (?:le|mon) prénom)\b"
    # "je suis" introduces too much else: only a capitalised first and last name, or one
    # after the relation to whoever was asked for ("Je suis sa femme, Sandrine Carpentier").
    rf"|(?i:je suis)\s+(?:(?i:sa|son)\s+(?i:femme|épouse|mari|époux|conjointe?|compagne|"
    rf"compagnon|fille|fils|mère|père|sœur|frère),?\s+)?({_NAME})\s+({_NAME})"
)
# A surname may open on a particle ("Da Silva", "Le Gall", "Van Damme"), which is not a
# first name; a recogniser often writes it in lower case ("monsieur da Silva").
_PARTICLE = r"(?i:Da|De|Di|Do|Dos|Du|Des|Del|Della|La|Le|Van|Von|Ben|Mac)"
_SURNAME = rf"(?:{_PARTICLE}\s+)?{_NAME}"
_TITLE_NAME_RE = re.compile(
    rf"\b(?i:monsieur|madame|mademoiselle|mme|m\.)\s+({_SURNAME})(?:\s+({_SURNAME}))?"
)
# Whoever answers says the name on file is not theirs: a wrong number, whose names the
# lead must not get.
_WRONG_NUMBER = re.compile(
    r"faites erreur|faire erreur|vous vous trompez|(?:mauvais|faux) numéro|erreur de numéro|"
    # Or says the person asked for is gone from this line: "elle n'est plus là", "il ne
    # travaille plus ici", "ce n'est plus son numéro", "vous êtes au garage, ici".
    r"\b(?:il|elle) (?:n'est|n'habite|ne travaille|ne vit) plus (?:là|ici)\b|"
    r"\b(?:ce|c') n'est plus (?:son|leur) numéro\b|"
    # "Ce n'est plus le sien.", "Je ne connais pas ce monsieur."
    r"\b(?:ce|c') n'est plus (?:le sien|la sienne|le leur|à lui|à elle)\b|"
    r"\bje ne (?:le |la )?connais pas (?:ce monsieur|cette dame|cette personne|ce nom)\b|"
    # "Vous devez vous tromper de numéro.", "Je ne connais pas de Lecomte."
    r"\btromp\w* de numéro\b|"
    r"\bje ne connais (?:pas|personne) (?:de |d')(?-i:[A-ZÉ])\w+|"
    r"\bvous êtes (?:au|à la|à l'|chez) [^.?!,]{2,30},? ici\b|"
    # The person asked for by name is not known here: "Il n'y a pas de Mireille ici."
    r"\bil n'y a (?:pas|personne) (?:de |d')(?-i:[A-ZÉ])\w+,? ici\b",
    re.IGNORECASE,
)
# "Il n'est plus là" of a spouse who died is no wrong number.
_DEATH = re.compile(r"décéd|\bmorte?\b|\bveu(?:f|ve)\b|disparue?\b", re.IGNORECASE)
# A number the person who answers gives as someone else's: "elle nous a laissé son portable".
_THIRD_PARTY_NUMBER = re.compile(
    r"\b(?:son|sa|leur) (?:portable|numéro|mobile|fixe|téléphone|ligne)\b", re.IGNORECASE
)


# The agent giving the company's own number ("Je vous donne notre numéro", "il peut nous
# appeler directement"): what the agent then dictates is not the client's.
_OUR_NUMBER = re.compile(
    r"\bnotre (?:numéro|standard|ligne|service client)\b|"
    r"\bnous (?:appeler|joindre|contacter|téléphoner)\b",
    re.IGNORECASE,
)


def _wrong_number(turns: list[Turn]) -> bool:
    """Whether whoever answers says the person on file is not at this number; not once
    they owned up to being them ("Oui, Bousquet, c'est moi." … "Des pruneaux ? Vous vous
    trompez, il faut aller du côté d'Agen.")."""
    for turn in turns:
        if turn.speaker == "agent":
            continue
        if _OWNED_UP.match(turn.text):
            return False
        if _WRONG_NUMBER.search(turn.text) and not _DEATH.search(turn.text):
            return True
    return False


_OWNED_UP = re.compile(
    rf"\W*(?:(?:oui|ouais),?\s+)?(?:(?!non\b){_NAME},?\s+)?c'est moi\b(?! qui\b)", re.IGNORECASE
)


def _names(turns: list[Turn]) -> tuple[str, str]:
    first, last = _said_names(turns)
    if last != UNKNOWN and _denied_name(turns, last):
        return UNKNOWN, UNKNOWN
    last = _surname_put_right(turns, _spelled(turns, last))
    asked_first = _first_name_asked(turns)
    if asked_first != UNKNOWN:
        return asked_first, last
    if last != UNKNOWN:
        first = _first_name_corrected(turns, first, last)
    if last != UNKNOWN and (first == UNKNOWN or not _client_says(turns, first)):
        # The client's own reading beats a first name only the agent says ("Madame
        # Marie-Claire Fontaine ?" "Marie-Claude. Marie-Claude Fontaine.").
        own = _first_name_by(turns, last)
        first = own if own != UNKNOWN else first
    if first == UNKNOWN:
        first = _first_name_confirmed(turns)
    return first, last


def _first_name_confirmed(turns: list[Turn]) -> str:
    """The first name the agent asks about alone and the client says yes to: "Vous êtes
    Audrey ?" "Audrey, oui." """
    for index, turn in enumerate(turns):
        asked = last_question(turn.text) if not turn.from_client else ""
        # Or checked as the first name: "C'est bien Véronique, votre prénom ?"
        checked = _NAME_CHECKED.search(asked) if _FIRST_NAME_QUESTION.search(asked) else None
        asked_name = _YOU_ARE_NAME.search(asked) or checked
        if asked_name is None or asked_name.group(1) in _NOT_NAMES:
            continue
        reply = turns[index + 1].text if index + 1 < len(turns) else ""
        # Said yes to, or said back: "Laëtitia, oui, avec le tréma sur le E."
        said_back = re.match(rf"\W*{re.escape(asked_name.group(1))}\b", reply)
        if asked_name.group(1).lower() not in _TITLES and (confirmed(turns, index) or said_back):
            return asked_name.group(1)
    return UNKNOWN


_YOU_ARE_NAME = re.compile(rf"\b(?i:vous êtes|c'est)\s+({_NAME})\s*\?")
_NAME_CHECKED = re.compile(rf"\b(?i:c'est bien)\s+({_NAME})\b")


def _surname_put_right(turns: list[Turn], last: str) -> str:
    """The surname as the client puts the agent's reading right: "Madame Mougel ?"
    "Mougenot. Pas Mougel : Mougenot."; ``last`` when nobody does."""
    if last == UNKNOWN:
        return last
    denied_name = re.compile(rf"\b(?i:pas)\s+{re.escape(last)}\b")
    for index, turn in enumerate(turns):
        # Or said back respelt, first thing: "Monsieur Wagener ?" "Wagner. Sans E au
        # milieu, hein."
        read = index and not turns[index - 1].from_client and last in turns[index - 1].text
        opening = re.match(rf"\W*({_NAME})\s*[.,]", turn.text) if read else None
        respelt = opening and opening.group(1) != last and opening.group(1) not in _NOT_NAMES
        if not turn.from_client or not (denied_name.search(turn.text) or respelt):
            continue
        put = [
            word.group()
            for word in re.finditer(rf"\b{_NAME}", turn.text)
            if word.group() != last and _fold_name(word.group())[:3] == _fold_name(last)[:3]
        ]
        if put:
            return put[-1]
    return last


# A word spelled letter by letter, a doubled letter said so: "G, U, I, L, B, A, U, T",
# "B, O, deux N, E, F, O, Y" (spoken numbers are digits by now: "2 N").
_SPELLED_RE = re.compile(rf"\b(?:(?:2\s+)?[{_UP}](?:,\s*|\s+)){{3,}}(?:2\s+)?[{_UP}]\b")


def _spelled(turns: list[Turn], last: str) -> str:
    """The surname as the client spells it when the agent's reading differs from it by a
    letter or two: "Guilbaud ?" "Non, pas de D. G, U, I, L, B, A, U, T." is Guilbaut,
    written as the call writes it elsewhere ("monsieur Guilbaut") or else capitalised."""
    if last == UNKNOWN:
        return last
    wanted = _fold_name(last)
    for turn in turns:
        if not turn.from_client:
            continue
        for said in _SPELLED_RE.finditer(turn.text):
            letters = re.findall(rf"(2\s+)?([{_UP}])", said.group(0))
            word = _fold_name("".join(letter * (2 if double else 1) for double, letter in letters))
            close = word[:2] == wanted[:2] and abs(len(word) - len(wanted)) <= 2
            if word != wanted and close:
                return _written_as(turns, word)
    return last


def _fold_name(name: str) -> str:
    """A name's letters only, lower case and without accents: "Le Floch" is "lefloch"."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if c.isalpha())


def _written_as(turns: list[Turn], word: str) -> str:
    for turn in turns:
        for found in re.finditer(_NAME, turn.text):
            if _fold_name(found.group(0)) == word:
                return found.group(0)
    return word.capitalize()


# The agent asks the first name, not a relative's: "Et votre prénom, madame Guérin ?"
_FIRST_NAME_QUESTION = re.compile(r"\bprénom\b", re.IGNORECASE)
_OTHERS_NAME = re.compile(
    rf"\b(?:votre|de votre|du|de la|son|sa)\s+(?:{_SPOUSE}|fils|fille|enfants?)\b",
    re.IGNORECASE,
)
# The answer is the name alone: "Aurore.", "C'est Gilles.", "Oui, Véronique."
_NAME_ALONE = re.compile(
    rf"^\W*(?:(?i:oui|alors|euh|moi c'est|c'est)\W+)*({_NAME})(?:\s+({_NAME}))?\s*[.!]?\s*$"
)


def _first_name_asked(turns: list[Turn]) -> str:
    """The name the client answers alone to the agent's question for their first name."""
    for index, turn in enumerate(turns):
        # "Votre prénom, c'est... ?": the trailing "?" alone is no whole question.
        question = last_question(asked(turns, index)).strip(" ?.")
        question = question or asked(turns, index)
        if not turn.from_client or not _FIRST_NAME_QUESTION.search(question):
            continue
        if _OTHERS_NAME.search(question):
            continue
        said = sentences(turn.text)
        # The name opens the answer, or closes it after a remark: "Sur le site ? Ah, c'est
        # possible, un dimanche soir. Agnès."
        for position in dict.fromkeys((0, len(said) - 1)) if said else ():
            match = _NAME_ALONE.match(said[position])
            name = match.group(1) if match else ""
            if name and name not in _NOT_NAMES and name.lower() not in _TITLES:
                return _in_full(name, said[position + 1 : position + 2])
    return UNKNOWN


# The name in full after its short form: "Fred. Frédéric, enfin.", "Jo. Enfin, Josiane."
_IN_FULL = re.compile(rf"^\W*(?:({_NAME}),?\s+(?i:enfin)\b|(?i:enfin),?\s+({_NAME})\b)")


def _in_full(name: str, following: list[str]) -> str:
    """``name``, or the longer name it is short for when the next sentence gives it."""
    match = _IN_FULL.match(following[0]) if following else None
    full = (match.group(1) or match.group(2)) if match else ""
    longer = len(full) > len(name) and _fold_name(full).startswith(_fold_name(name)[:3])
    return full if longer else name


def _first_name_corrected(turns: list[Turn], first: str, last: str) -> str:
    """The first name the client puts right when the agent reads one out before the
    surname: "Monsieur Johann Ferreira ?" "Non, Jonathan."; ``first`` when nobody does."""
    read_out = re.compile(rf"\b({_NAME})\s+{re.escape(last)}\b")
    for index, turn in enumerate(turns[:-1]):
        reply = turns[index + 1]
        if turn.from_client or not reply.from_client or not turn.is_question:
            continue
        # Or the first name read out alone: "J'ai votre prénom comme Nathalie, c'est bien
        # ça ?" "Non, Natacha."
        asked = last_question(turn.text)
        read = read_out.search(asked) or _FIRST_NAME_READ.search(asked)
        if read is None or read.group(1).lower() in _TITLES or read.group(1) in _NOT_NAMES:
            continue
        match = re.match(rf"^\W*(?i:non|pardon),?\s+({_NAME})\s*[.!,]", reply.text) or re.search(
            # "Etcheverry, oui, mais pas Marie. Miren."
            rf"\b(?i:pas)\s+{re.escape(read.group(1))}\W+({_NAME})\s*[.!,]",
            reply.text,
        )
        if match and match.group(1) not in _NOT_NAMES and match.group(1) != read.group(1):
            return match.group(1)
        # Or its spelling put right: "Jérémy Faurie ?" "Jérémie, c'est avec I, E, pas avec
        # un Y."
        respelt = next(
            (
                word
                for word in re.findall(rf"\b{_NAME}", reply.text)
                if word != read.group(1)
                and word not in _NOT_NAMES
                and _fold_name(word)[:4] == _fold_name(read.group(1))[:4]
                and SequenceMatcher(None, _fold_name(word), _fold_name(read.group(1))).ratio()
                >= _RESPELT
            ),
            None,
        )
        if respelt:
            return str(respelt)
    return first


_FIRST_NAME_READ = re.compile(rf"\b(?i:prénom)\b[^?.]*?\b({_NAME})\b")
# How alike a first name put right and the one read out are ("Jérémie", "Jérémy": 0.8).
_RESPELT = 0.75


def _client_says(turns: list[Turn], word: str) -> bool:
    said = re.compile(rf"\b{re.escape(word)}\b")
    return any(said.search(t.text) for t in turns if t.from_client)


def _said_names(turns: list[Turn]) -> tuple[str, str]:
    first, last = UNKNOWN, UNKNOWN
    for turn in turns:
        if turn.speaker == "agent":
            continue
        for match in _SELF_NAME_RE.finditer(turn.text):
            words = [w for w in match.groups() if w and w not in _NOT_NAMES]
            if len(words) == 2:
                return words[0], words[1]
            if words and first == UNKNOWN:
                first = words[0]
    for turn in turns:
        for match in _TITLE_NAME_RE.finditer(turn.text):
            words = [w for w in match.groups() if w and w not in _NOT_NAMES]
            if len(words) == 1 and first == UNKNOWN:
                words = _split_hyphenated(words[0], turns)
            if len(words) == 2 and first == UNKNOWN:
                return words[0], words[1]
            if words:
                last = words[-1]
                return (first if first != last else UNKNOWN), last
    return first, last


def _first_name_by(turns: list[Turn], last: str) -> str:
    """The client's first name said next to their surname: "Oui, Sophie Lambert, c'est
    moi", "c'est madame Lemoine, Nathalie", "Lemoine, oui, Nathalie". The client's words,
    then the agent's question the client says yes to ("C'est bien vous, Paul Vidal ?"
    "Oui."); not the agent's other words, where they name themself the same way ("Camille
    Martin, de Soleil Rénovation")."""
    surname = re.escape(last)
    before = re.compile(rf"\b({_NAME})\s+{surname}\b")
    # Or in the sentence after it: "Mairot, oui. Sébastien.", "Soula, c'est ça. Odette :
    # O, D, deux T, E."
    after = re.compile(
        rf"\b{surname}(?:,\s+(?i:oui|c'est ça|c'est moi))?[,.]\s+({_NAME})\s*(?:[.!?:]|$)"
    )
    agreed = [last_question(t.text) for i, t in enumerate(turns) if confirmed(turns, i)]
    for text in [t.text for t in turns if t.from_client] + agreed:
        for pattern in (before, after):
            for match in pattern.finditer(text):
                word = match.group(1)
                # "mon mari, Paul Vidal": a relative's first name is not the client's.
                relative = _RELATIVE.search(text[: match.start()])
                if word not in _NOT_NAMES and word.lower() not in _TITLES and not relative:
                    # Put in full right after: "Pierre... enfin, Jean-Pierre."
                    full = _PUT_IN_FULL.match(text, match.end(1))
                    longer = full and _fold_name(word) in _fold_name(full.group(1))
                    return full.group(1) if full and longer else word
    return UNKNOWN


_TITLES = frozenset(("monsieur", "madame", "mademoiselle", "mme"))
_PUT_IN_FULL = re.compile(rf"\s*(?:\.\.\.|…|,)?\s*(?i:enfin|pardon),?\s+({_NAME})")
_RELATIVE = re.compile(
    r"\b(?:mari|femme|épou\w*|conjointe?|compagnon|compagne|fils|fille|frère|sœur|père|mère|"
    r"belle-\w+|beau-\w+),?\s*$",
    re.IGNORECASE,
)


def _denied_name(turns: list[Turn], last: str) -> bool:
    """Whether the client says the name asked for is not theirs (a wrong number)."""
    surname = re.escape(last)
    not_here = re.compile(
        rf"(?:pas de|aucun|personne qui s'appelle|connais pas)[^.?!]{{0,20}}\b{surname}\b",
        re.IGNORECASE,
    )
    return _wrong_number(turns) or any(
        not_here.search(t.text) for t in turns if t.speaker != "agent"
    )


def _split_hyphenated(name: str, turns: list[Turn]) -> list[str]:
    """``Jean-Dupont`` as first and last name when the call also says ``monsieur Dupont``.

    A speech recogniser often joins "monsieur Jean Dupont" with a hyphen, like a compound
    first name ("Jean-Pierre"); the surname said alone after a title (even split, as
    "du pont") tells the two apart. Without it the name is kept whole.
    """
    head, _, tail = name.partition("-")
    if not head or len(tail) < 2 or "-" in tail:
        return [name]
    wanted = tail.lower()
    for turn in turns:
        for match in re.finditer(
            r"\b(?i:monsieur|madame|mademoiselle|mme)\s+([^\W\d_][\w' ]*)", turn.text
        ):
            said = re.sub(r"[\s']", "", match.group(1)).lower()
            if said.startswith(wanted):
                return [head, tail]
    return [name]


_CITY_LINK = r"(?:sur|sous|en|le|la|les|de|du|des|lès|aux|et|d'|l')"
_CITY = rf"{_NAME}(?:[\- ](?:{_CITY_LINK}[\- ]?)?{_NAME})*"
_STREET = (
    r"rue|avenue|av\.|boulevard|bd|chemin|impasse|allée|allee|place|route|cours|quai|"
    r"lotissement|lieu-dit|résidence|square|passage|hameau|voie|sentier|rond-point|clos|"
    r"montée|rampe|ruelle|venelle|traverse|sente|cité|esplanade|promenade|faubourg|chaussée|"
    r"domaine|parvis"
)
_ADDRESS_RE = re.compile(
    rf"\b(\d{{1,4}}(?:\s?(?i:bis|ter))?,?\s+(?i:{_STREET})\b[^,.;?!\n]*?)"
    rf"(?=\s+(?i:à|a)\s+[{_UP}]|\s*[,.;?!\n]|\s+\d{{5}}|$)"
)
_CITY_RES = (
    # The commune a hamlet belongs to: "on est au Pouyet, c'est un hameau de Chancelade".
    re.compile(rf"\b(?i:un hameau|un lieu-dit|la commune)\s+(?i:de\s+|d')({_CITY})"),
    # "69003 Lyon", "le 33000, à Bordeaux"
    re.compile(rf"(?<!\d)\d{{5}},?\s+(?:(?i:à)\s+)?({_CITY})"),
    re.compile(
        rf"(?i:habite|habitons|vis|vivons|réside|résidons|domicilié|domiciliée|"
        rf"habitez|vivez|adresse|ville|commune|\b(?:{_STREET})\b[^,.?!]*?)\b[^.?!\n]*?"
        rf"\s(?i:à|sur|a)\s+({_CITY})"
    ),
    # The household named with its town: "Je suis bien chez madame Roux, à Albi ?"
    re.compile(
        rf"\b(?i:chez)\s+(?i:monsieur|madame|mademoiselle|mme|m\.)\s+{_SURNAME}"
        rf"(?:\s+{_SURNAME})?,?\s+(?i:à)\s+({_CITY})"
    ),
    # The house with its town: "une maison à Rodez", "Oui, une maison, à Lunel.", and the
    # agent's "votre maison, à Salon-de-Provence ?" (kept only when not denied).
    re.compile(
        rf"\b(?i:une|ma|notre|votre) (?i:maison|longère|pavillon|ferme|villa),?\s+(?i:à)\s+"
        rf"({_CITY})"
    ),
)
# "à Rodez", or a town whose article merges with "à": "au Havre", "aux Mureaux". The
# group keeps the merged article, which _town_name gives back as the town's own.
_AT_TOWN = rf"(?:(?i:à)\s+|(?=(?i:aux?)\s+[{_UP}]))((?:(?i:aux?)\s+)?{_CITY})"
# An answer to "where": "Oui, une maison, à Angers.", "Non, à Villeneuve-d'Ascq."
_WHERE_QUESTION = re.compile(
    r"habit|ville|adresse|commune|\boù\b|\bse (?:trouve|situe)\b|"
    # "Vous êtes à Agen ?"; "la maison est aux Herbiers ?" (a town's merged article).
    r"\b(?:à|a) [A-ZÀÂÉÈÊÎÔÛ]|\baux? (?-i:[A-ZÀÂÉÈÊÎÔÛ])",
    re.IGNORECASE,
)
_CITY_ANSWER_RE = re.compile(rf"^[^.?!]{{0,30}}?\b{_AT_TOWN}")
_MERGED_ARTICLES = {"au": "Le", "aux": "Les"}


def _town_parts(said: str) -> tuple[str, str]:
    """The town's article and its name: "au Havre" is ("Le", "Havre"), "Rodez" ("", "Rodez")."""
    article, _, name = said.partition(" ")
    merged = _MERGED_ARTICLES.get(article.lower())
    return (merged, name) if merged and name else ("", said)


def _ordered(turns: list[Turn]) -> list[Turn]:
    # The client's own words first; the agent's confirmations ("vous habitez bien à…")
    # only when the client never said it, and never one the client answers with a no or
    # with a move ("Oui, mais on n'habite plus rue Serpenoise").
    agent: list[Turn] = []
    for index, turn in enumerate(turns):
        if turn.from_client or _moved_in(turns[index + 1 : index + 2]):
            continue
        if not denied(turns, index):
            agent.append(turn)
            continue
        # The no answers the agent's last question: what the agent read back before a new
        # question still stands ("59200. Et vous en êtes propriétaire ?" "Euh, non."),
        # unless that question asks to confirm it ("Au 5 rue Neuve. C'est bien ça ?").
        question = last_question(turn.text)
        head = turn.text[: turn.text.rfind(question)] if question else ""
        if head.strip() and "?" not in head and not _CHECKS_BACK.search(question):
            agent.append(Turn(turn.speaker, head, turn.question))
    return [t for t in turns if t.from_client] + agent


_CHECKS_BACK = re.compile(
    r"^\W*(?:et\s+)?(?:c'est (?:bien )?ça|c'est bien (?:ça|cela|exact|correct|juste)|"
    r"c'est exact|exact|correct|juste|n'est-ce pas|non|hein|d'accord|oui)\W*$|\bbien\b",
    re.IGNORECASE,
)


# What takes back the part of an address just said: "... euh, non, ".
_TAKEN_BACK = rf"[\s.…,]*(?:{HESITATION})?(?:(?:{CORRECTION_RE.pattern})\W+)+"
# The street taken back right after the address: "Huit, allée des Pins... euh, non, allée
# des Mimosas." keeps the number with the street said last.
_STREET_CORRECTED = re.compile(
    rf"{_TAKEN_BACK}((?i:{_STREET})\b[^,.;?!\n…]*)",
    re.IGNORECASE,
)
# The number taken back after the street: "Vingt-six, rue des Peupliers... euh, non,
# vingt-huit." keeps the street with the number said last.
_NUMBER_CORRECTED = re.compile(
    rf"{_TAKEN_BACK}(\d{{1,4}}(?:\s?(?i:bis|ter))?)\s*(?:[.!,;…]|$)",
    re.IGNORECASE,
)


def _address(turns: list[Turn]) -> str:
    for turn in _ordered(turns):
        match = _ADDRESS_RE.search(turn.text)
        if match:
            # "Quarante-deux, avenue…": the pause after the number is no part of the address.
            address = re.sub(r"^([^,]+),", r"\1", " ".join(match.group(1).split()))
            number = re.match(r"\d+(?:\s?(?i:bis|ter))?", address)
            corrected = _STREET_CORRECTED.match(turn.text, match.end())
            if corrected:
                street = " ".join(corrected.group(1).split())
                address = f"{number.group(0)} {street}" if number else address
            renumbered = _NUMBER_CORRECTED.match(turn.text, match.end())
            if renumbered and number:
                address = renumbered.group(1) + address[number.end() :]
            return address
    return UNKNOWN


# The agent's yes/no question on the town: "C'est bien à Olivet ?", "Vous êtes à Agen ?"
_PLACE_QUESTION_RE = re.compile(
    rf"\b(?i:c'est|vous êtes|êtes-vous|vous habitez|vous vivez|"
    # Or of the house: "Et la maison est à Aubenas ?", "Elle se trouve bien à Gap ?"
    rf"(?:la|votre) maison (?:est|se trouve|se situe)|elle (?:est|se trouve|se situe))"
    rf"(?:\s+(?i:bien|toujours))?"
    rf"\s+{_AT_TOWN}\s*(?:,[^?]{{0,25}})?\?"
)
# The town said instead of the one asked about: "Non, Nogent.", "Non, c'est Vitré."
_TOWN_INSTEAD = re.compile(rf"\W*(?i:non)\W+(?:(?i:c'est|plutôt)\s+)?({_CITY})\s*[.!,]")
# The client placing themself: "Je suis à Agen, oui", "On est à Sablé".
_SELF_PLACE_RE = re.compile(rf"\b(?i:je suis|on est|nous sommes)\s+{_AT_TOWN}")
_PASSING = re.compile(
    r"[^.?!]*\b(?:pour (?:le|mon) (?:travail|boulot)|pour (?:quelques|2|3) jours|en vacances|"
    r"en déplacement|en voyage|cette semaine|en ce moment|pour le moment)\b",
    re.IGNORECASE,
)
_HERE_RE = re.compile(rf"\b(?i:ici|chez nous|chez moi),?\s+{_AT_TOWN}")


def _city(turns: list[Turn]) -> str:
    article, name = _town_parts(_city_said(turns))
    return " ".join(w for w in (article, _compound_city(name, turns)) if w)


def _a_name(said: str) -> bool:
    return _town_parts(said)[1].split()[0] not in _NOT_NAMES


def _city_said(turns: list[Turn]) -> str:
    for pattern in _CITY_RES:
        for turn in _ordered(turns):
            match = pattern.search(turn.text)
            if match and match.group(1) not in _NOT_NAMES:
                return match.group(1)
    for turn in client_statements(turns):
        if _WHERE_QUESTION.search(turn.question):
            # "Une petite maison, oui. À Villefranche.": a sentence that is a place.
            for sentence in sentences(turn.text):
                match = _CITY_ANSWER_RE.search(sentence)
                # "Mais plus à Brives. On est au Puy, maintenant.": not the town left.
                if match and _a_name(match.group(1)) and not negated(sentence, match.start(1)):
                    return match.group(1)
    agent = " ".join(t.text for t in turns if t.speaker == "agent")
    for index, turn in enumerate(turns):
        if turn.speaker != "agent" or index + 1 >= len(turns):
            continue
        # The town the agent asks about, confirmed: "Chalon, oui.", "Oui.".
        match = _PLACE_QUESTION_RE.search(turn.text)
        answer = turns[index + 1]
        if match and answer.from_client and _a_name(match.group(1)):
            head = re.split(r"[\- ]", _town_parts(match.group(1))[1])[0]
            said = sentences(answer.text)[0] if answer.text.strip() else ""
            if (
                not denied(turns, index)
                # ("à deux pas de l'abbaye", numbers in digits by now, is near, not a no)
                and not re.search(r"\b(?:non|(?<!2 )pas|plus|jamais)\b", said, re.I)
                and (confirmed(turns, index) or re.search(rf"\b{re.escape(head)}\b", said))
            ):
                return match.group(1)
            # Turned down with the right town: "Vous êtes bien à Creil ?" "Non, Nogent."
            instead = _TOWN_INSTEAD.match(answer.text) if denied(turns, index) else None
            if instead and _a_name(instead.group(1)):
                return instead.group(1)
    for turn in client_statements(turns):
        # The client placing themself in a town the agent named ("dans votre secteur, à
        # Agen" … "Je suis à Agen, oui").
        match = _SELF_PLACE_RE.search(turn.text)
        name = _town_parts(match.group(1))[1] if match else ""
        if match and re.search(rf"\b{re.escape(name)}\b", agent):
            return match.group(1)
    for turn in client_statements(turns):
        # Or in a town nobody asked about: "Ici, à Gien, vous êtes le troisième ce mois-ci",
        # "Moi, je suis à Tarascon, chez mes parents."
        match = _HERE_RE.search(turn.text) or _SELF_PLACE_RE.search(turn.text)
        # Not a stay: "Je suis à Rodez pour le travail", "à Nice en vacances".
        if match is None or _PASSING.match(turn.text, match.end()):
            continue
        if _a_name(match.group(1)) and not negated(turn.text, match.start(1)):
            return match.group(1)
    return UNKNOWN


def _compound_city(city: str, turns: list[Turn]) -> str:
    """The town's full name when the call says it: "Chalon" for "Chalon-sur-Saône"."""
    if city == UNKNOWN:
        return city
    # Not the one said not to be it: "Pithiviers, pas Pithiviers-le-Vieil."
    longer = re.compile(rf"(?<!\bpas )(?<!\bPas )\b{re.escape(city)}-(?:{_CITY_LINK}-?)?{_NAME}")
    for turn in _ordered(turns):
        match = longer.search(turn.text)
        if match:
            return match.group(0)
    return city


# "Code postal" as a recogniser writes it too: "côte postal", "code postale", "code bostale".
_POSTAL_WORDS = r"c[oô](?:de|te)[\s-]+[pb]ost[ae]l"
# Where a grouped number is a postal code: the postal code is asked or named, or the turn
# gives a street address.
_POSTAL_CONTEXT = re.compile(
    rf"{_POSTAL_WORDS}|\badresse\b|"
    r"\b(?:rue|avenue|boulevard|chemin|impasse|allée|place|route)s?\b",
    re.I,
)
# Two groups parted by a space or a dot, or by a comma as Whisper writes them ("41,200",
# "59, 280").
_GROUPED_POSTAL = re.compile(
    r"(?<![\d,.])\b(\d{2})(?:[ .]|,\s?)(\d{3})\b(?![\d,]|\.\d|\s*(?:euros?|€))"
)


def _postal_code(turns: list[Turn]) -> str:
    answered = _postal_answered(turns)
    if answered is not None:
        return answered
    # A code the agent read back and the client turned down: "34220 Pézenas ?" "Non, cent
    # vingt. Trente-quatre, cent vingt. Le 34220, je ne sais même pas où c'est."
    wrong = {
        code
        for index, turn in enumerate(turns)
        if not turn.from_client and denied(turns, index)
        for code in postal_codes(last_question(turn.text))
    }
    for turn in _ordered(turns):
        if turn.from_client and _MONEY_ASKED.search(_asked(turns, turn)):
            continue  # "Trente-cinq mille par an. Mettez trente-cinq mille." is no code
        said = list(postal_code_spans(turn.text))
        if _POSTAL_CONTEXT.search(f"{turn.question} {turn.text}"):
            # Said in two groups, as people say them ("le 76 740"), which Whisper also
            # writes "76.740", or a thousand ("35 000" for "trente-cinq mille").
            said += [
                (match.span(), match.group(1) + match.group(2))
                for match in _GROUPED_POSTAL.finditer(turn.text)
                if 1000 <= int(match.group(1) + match.group(2)) <= 98999
            ]
        said = sorted((span, code) for span, code in said if code not in wrong)
        # The last of them when the speaker puts the first right ("Quarante-deux, cent...
        # Non, ça, c'était l'usine. Ici, c'est quarante-deux, quatre cents.", "Cinquante-trois
        # mille... euh, cinquante-trois, cent.").
        code = said[settled(turn.text, [span for span, _ in said])][1] if said else None
        if code is None:
            code = next((c for c in postal_codes(turn.text) if c not in wrong), None)
        if code is None and turn.from_client and _WHERE_QUESTION.search(_asked(turns, turn)):
            # The department, then the rest, as a fragment of its own after the town:
            # "Olivet, oui, dans le Loiret. 45, 160."
            split = _SPLIT_POSTAL.search(turn.text)
            code = split.group(1) + split.group(2) if split else None
            code = code if code and 1000 <= int(code) <= 98999 else None
        if code is None and turn.from_client and _POSTAL_ASKED.search(_asked(turns, turn)):
            # A code of the departments 01 to 09 said as a thousand: "Trois mille cent."
            # is 03100.
            thousand = _THOUSAND_POSTAL.match(sentences(turn.text)[0])
            code = f"0{thousand.group(1)}{thousand.group(2)}" if thousand else None
        if code:
            return code
    return UNKNOWN


# A code in the answer to the postal code question: five digits, or two groups however
# they are parted ("72 100", "72, 100", and "64-300" as Whisper writes it).
_SAID_POSTAL = re.compile(
    r"(?<![\d,.+-])\b(\d{2})(?:[ .-]|,\s)?(\d{3})\b(?![\d,-]|\.\d|\s*(?:euros?|€|m²|m2|mètres))"
)


def _postal_answered(turns: list[Turn]) -> str | None:
    """The code the client settles on in the answer to the postal code question:
    "Trente-trois, deux cent soixante." is 33260, and "72000... Non, attendez. Nous, c'est
    72, 100." is 72100 (a code followed by a correction and another is replaced by it)."""
    for index, turn in enumerate(turns):
        if not states(turn) or not _POSTAL_ASKED.search(asked(turns, index)):
            continue
        found = [
            (match.span(), match.group(1) + match.group(2))
            for match in _SAID_POSTAL.finditer(turn.text)
            if 1000 <= int(match.group(1) + match.group(2)) <= 98999
        ]
        if found:
            return found[settled(turn.text, [span for span, _ in found])][1]
    return None


_SPLIT_POSTAL = re.compile(r"(?:^|[.!?]\s)\W*(\d{2}),\s(\d{3})\s*(?:[.!?]|$)")
_POSTAL_ASKED = re.compile(_POSTAL_WORDS, re.IGNORECASE)
_THOUSAND_POSTAL = re.compile(r"\W*([1-9])[ .]?(\d{3})\W*$")


def _asked(turns: list[Turn], turn: Turn) -> str:
    """What the agent said that ``turn``, one of ``turns``, answers."""
    index = next((i for i, t in enumerate(turns) if t is turn), None)
    return asked(turns, index) if index is not None else turn.question


def _phones(turns: list[Turn]) -> list[str]:
    # On a wrong number, the number given for the person on file is theirs, not that of
    # whoever answers: left out, and so is the agent's reading of it.
    others: set[str] = set()
    if _wrong_number(turns):
        others = {
            phone
            for turn in turns
            if turn.from_client and _THIRD_PARTY_NUMBER.search(turn.text)
            for phone in phones_in(turn.text)
        }
    others |= _company_numbers(turns)
    found: list[str] = []
    from_client: set[str] = set()
    # Said by the client putting their own number right: "Non, c'est vingt-cinq. C'est moi
    # qui me suis trompé : zéro six, …"
    corrected: set[str] = set()
    for index, turn in enumerate(turns):
        said = list(phones_in(turn.text))
        if turn.from_client:
            from_client.update(said)
            if CORRECTION_RE.search(turn.text):
                corrected.update(said)
        if not turn.from_client and denied(turns, index):
            # "Le numéro que j'ai, c'est le 06…39 ?" "Non, c'est le 06…93": the number the
            # client turns down is neither theirs nor a second one.
            wrong = set(phones_in(last_question(turn.text)))
            said = [phone for phone in said if phone not in wrong]
        if len(said) > 1 and CORRECTION_RE.search(turn.text):
            said = _without_corrected(turn.text, said)
        for phone in said:
            if phone not in found and phone not in others:
                found.append(phone)
    found = _typos_put_right(found, from_client, corrected)
    # "Ça, c'est le fixe : mettez-le en deuxième. Le portable d'abord." after the agent
    # read the fixe out: the number read goes second.
    second = {
        phone
        for index, turn in enumerate(turns)
        if turn.from_client and index and _PUT_SECOND.search(turn.text)
        for phone in phones_in(turns[index - 1].text)
    }
    return [p for p in found if p not in second] + [p for p in found if p in second]


_PUT_SECOND = re.compile(
    r"\bmettez-le en (?:deuxième|second)\b|\ben (?:deuxième|second),? (?:le|ce) numéro\b", re.I
)


def _typos_put_right(found: list[str], from_client: set[str], corrected: set[str]) -> list[str]:
    """The numbers with a reading of the agent's that the client puts right replaced: "J'ai
    le 06 68 12 34 09." "C'est un zéro sept, pas un zéro six. Zéro sept, soixante-huit…"
    is one number, not two. A number of the client's one or two digit pairs away from one
    only the agent said is that number corrected; a second number differs in nearly every
    pair. So is one the client corrects their own to (``corrected``)."""
    kept: list[str] = []
    for phone in found:
        typo = next(
            (
                index
                for index, earlier in enumerate(kept)
                if phone in from_client
                and (earlier not in from_client or phone in corrected)
                and 1 <= _pairs_apart(earlier, phone) <= 2
            ),
            None,
        )
        if typo is None:
            kept.append(phone)
        else:
            kept[typo] = phone
    return kept


def _pairs_apart(one: str, other: str) -> int:
    """How many of two numbers' digit pairs differ (all of them when their lengths do)."""
    if len(one) != len(other):
        return len(one) // 2 + 1
    return sum(one[i : i + 2] != other[i : i + 2] for i in range(0, len(one), 2))


def _company_numbers(turns: list[Turn]) -> set[str]:
    """The numbers the agent dictates as the company's: in the sentence that offers "notre
    numéro", or else in the agent's next turn ("Je vous donne notre numéro ?" "Allez."
    "C'est le 09 70 …"); never one the client gave before, nor one said as the client's
    ("votre numéro", "vous rappeler")."""
    numbers: set[str] = set()
    clients: set[str] = set()
    pending = False
    for turn in turns:
        if turn.from_client:
            clients.update(phones_in(turn.text))
            continue
        offers = [s for s in sentences(turn.text) if _OUR_NUMBER.search(s)]
        said = [s for s in sentences(turn.text) if not _YOUR_NUMBER.search(s)]
        dictated = [p for s in (offers or (said if pending else [])) for p in phones_in(s)]
        numbers.update(p for p in dictated if p not in clients)
        pending = bool(offers) and not dictated
    return numbers


_YOUR_NUMBER = re.compile(r"\bvotre (?:numéro|portable|fixe)\b|\bvous (?:rappeler|joindre)\b", re.I)


def _without_corrected(text: str, phones: list[str]) -> list[str]:
    """The numbers of one turn minus those taken back ("le 07…95. Non, pardon, 07…59").

    A correction takes back the attempt right before it, a number or a broken one, not
    every number before: "Le fixe, 04…88. Et le portable de ma femme : 06 50 3 12 69...
    Non : 06 50 03 12 69" keeps the fixe."""
    attempts = [
        (list(phones_in(run[0])), run.span())
        for run in DIGIT_RUN_RE.finditer(text)
        if len(re.sub(r"\D", "", run[0])) >= _PHONE_ATTEMPT_DIGITS
    ]
    kept = [
        phone
        for index, (said, span) in enumerate(attempts)
        if index + 1 == len(attempts) or settled(text, [span, attempts[index + 1][1]]) == 0
        for phone in said
    ]
    return kept if set(kept) <= set(phones) else phones


# Digits enough for a number someone began to give (a phone number has ten): "zéro six,
# douze, trente-trois... non :" is one.
_PHONE_ATTEMPT_DIGITS = 4


_MOVED = (
    r"déménag|n'habite plus|n'habitons plus|nouvelle adresse|changé d'adresse|"
    r"adresse (?:a changé|n'est plus|est fausse|est erronée|est incorrecte)|"
    r"(?:plus|pas) (?:la bonne|mon|notre) adresse"
)


def _moved_in(turns: list[Turn]) -> bool | None:
    """Whether the client's statements among ``turns`` say they moved (None: not said)."""
    for turn in client_statements(turns):
        match = re.search(_MOVED, turn.text, re.IGNORECASE)
        if match:
            # "ce n'est plus mon adresse" negates on purpose: any match means it changed,
            # except "je n'ai pas déménagé".
            moved = match.group(0).lower().startswith("déménag")
            return not (moved and negated(turn.text, match.start()))
    return None


def _address_changed(turns: list[Turn]) -> Literal[0, 1]:
    moved = _moved_in(turns)
    if moved is None:
        # "On a acheté une maison à Vitré, on a emménagé en avril."
        moved = bool(affirmed(turns, r"déménag|\bemménag"))
    return 1 if moved else 0


# --- the house ------------------------------------------------------------------------

# After an article, the owner is someone else: "je pensais que le propriétaire pourrait être
# intéressé", "la maison est au propriétaire".
_OWNER = "".join(rf"(?<!\b{a} )" for a in ("le", "les", "au", "aux", "du", "des", "un")) + (
    r"(?:propriétaire|proprio)"
)
# Or housed with the job: "la maison va avec le poste, c'est un logement de fonction".
_TENANT = r"locataire|je loue|nous louons|on loue|en location|logement de fonction"
# Owning said without the word: "elle est à nous", "on l'a achetée", "on a acheté une
# maison", "on a fait construire il y a trente ans" (not "on a acheté une voiture", "on a
# fait construire une véranda"). Only ever a yes: "on ne l'a pas achetée" says nothing of
# renting.
_BOUGHT = r"(?:achetée?|fait (?:construire|bâtir))"
# Built by the client: "Je l'ai construite, presque de mes mains."
_BUILT = r"(?:construite?|bâtie?)"
_OWNED = (
    r"\best à (?:nous|moi)\b(?!\s*(?:de\b|d'|qu'|que\b))|"
    rf"\b(?:on|nous|je|j')\s*(?:l'(?:a|avons|ai)\s+(?:{_BOUGHT}|{_BUILT})\b|(?:a|avons|ai)\s+{_BOUGHT}"
    r"(?:\s+(?:une|la|notre|cette|ma) (?:maison|longère|pavillon|ferme|villa)\b|"
    r"\s+il y a\b|\s+en \d{4}\b|\s*[,.;!]|\s*$))"
)


def _owner(turns: list[Turn]) -> Literal["oui", "non", "-"]:
    owner = affirmed(turns, _OWNER, unless=_TENANT)
    tenant = affirmed(turns, _TENANT, unless=_OWNER)
    if owner or (owner is None and not tenant and affirmed(turns, _OWNED)):
        return "oui"
    if tenant:
        return "non"
    if owner is False:
        return "non"
    if tenant is False:
        return "oui"
    return "-"


# Homes that are no house, where panels on a house's roof cannot go.
_NOT_HOUSE = r"appartement|immeuble|mobil[- ]?home|mobile[- ]home|caravane|camping-car|péniche"
_HOUSE = r"maison|pavillon|longère|villa"
# The client saying what they live in: "j'habite dans un mobil-home", "c'est un appartement".
_LIVES_IN = re.compile(
    r"\b(?:j'habite|je vis|je loge|on habite|on vit|nous habitons|nous vivons|c'est)\s+"
    r"(?:dans |en )?(?:un |une |l'|le |la |mon |ma |notre )?(?:petite? |grande? )?"
    rf"({_NOT_HOUSE}|{_HOUSE})\b",
    re.IGNORECASE,
)


def _not_a_house(turns: list[Turn]) -> str:
    """The home the client lives in when it is no house ("appartement", "mobil-home"), or
    "". Said outright, it beats a house spoken of otherwise ("j'ai vendu la maison");
    else a flat affirmed and no house."""
    for turn in client_statements(turns):
        for match in _LIVES_IN.finditer(turn.text):
            if not negated(turn.text, match.start(1)):
                home = match.group(1).lower()
                return "" if re.fullmatch(_HOUSE, home) else home
    other = affirmed(turns, _NOT_HOUSE, unless=r"maison")
    house = affirmed(turns, r"maison|pavillon", unless=_NOT_HOUSE)
    if not other or house:
        return ""
    client = " ".join(t.text for t in client_statements(turns))
    said = re.search(_NOT_HOUSE, client, re.IGNORECASE)
    return said[0].lower() if said else "appartement"


_HEATING: tuple[tuple[str, str], ...] = (
    # Aerothermal heating is an air-source heat pump by another name.
    (r"pompes? à chaleur|\bpac\b|aérotherm", "pompe à chaleur"),
    (r"géothermi", "géothermie"),
    # Not radiators that carry another heating's water: "on a gardé les radiateurs à eau".
    (
        # Not the water heater: "et le chauffe-eau électrique".
        # Nor the radiators a heat pump or a boiler runs: "une air-eau, sur ses radiateurs".
        # Nor the towel rail: "un sèche-serviettes électrique dans la salle de bain".
        r"(?<!chauffe-eau )(?<!sèche-serviettes )(?<!sèche-serviette )électrique|"
        r"(?<!sur ses )(?<!sur les )(?<!sur nos )(?<!sur mes )(?<!relié aux )(?<!reliée aux )"
        # Nor those kept for the new boiler or heat pump: "On a gardé les radiateurs d'avant."
        r"(?<!dans les )(?<!gardé les )(?<!fait les )(?<!les anciens )"
        r"radiateurs?\b(?! à eau| à l'eau| en fonte)|convecteurs?|"
        r"grille-pain",
        "électrique",
    ),
    (r"\bgaz\b", "gaz"),
    (r"fioul|fuel|mazout", "fioul"),
    # Pellets are wood: the field guide's categories have no separate "granulés".
    (r"granulés|pellets", "bois"),
    # Not a paraffin heater: "un poêle à pétrole dans le garage".
    (r"\bbois\b|poêle(?! à pétrole)|cheminée|\binserts?\b", "bois"),
    (r"climatisation|clim réversible", "climatisation réversible"),
)


# A heating the client only thinks of having is not theirs: "on pense à une pompe à
# chaleur", "on se pose la question d'une pompe à chaleur".
_PLANNED = re.compile(
    r"\b(?:pens\w*|song\w*) à|envisag|se pos\w* la question|réfléchi|projet|aimerai|voudrai|"
    r"(?:compt|veu[xt]|voul)\w* (?:installer|passer|mettre)|\bdevis\b",
    re.IGNORECASE,
)
# The main heating when several are named: "principalement au bois… et des radiateurs".
# Not what it is mostly for: "le poêle, c'est surtout pour regarder le feu".
_MAIN = re.compile(
    r"principalement|surtout(?! pour)|essentiellement|en majorité|chauffage principal", re.I
)
# A heater only topping up another: "quelques radiateurs électriques d'appoint", "un poêle
# qu'on allume pour le plaisir", "l'électrique, c'est juste le sèche-serviettes".
_TOPPING_UP = (
    # A towel rail only when it is all the heater is: "l'électrique, c'est juste le
    # sèche-serviettes", not "des radiateurs partout, et un sèche-serviettes".
    r"d'appoint|en appoint|pour l'appoint|en complément|de secours|"
    r"(?:que|juste|seulement) (?:le|les|un|des) sèche-serviettes?|"
    # Lit for the mood: "pour le plaisir", "pour l'ambiance", "pour le moral".
    r"pour (?:le plaisir|l'ambiance|le moral|le charme|le décor|faire joli)|"
    r"pour regarder (?:le feu|les flammes)|"
    # Or now and then: "c'est pour le dimanche", "on l'allume à Noël", "des convecteurs
    # pour quand les petits-enfants dorment là".
    r"\b(?:pour )?le dimanche\b|\b(?:pour )?le week-end\b|\bà noël\b|\bpour les fêtes\b|"
    r"\bde temps (?:en|à) autre\b|\bde temps en temps\b|\brarement\b|\bpour quand\b|"
    # Kept for the cold snaps: "le poêle pour les grands froids", "quand il gèle".
    r"pour les (?:grands|gros) froids|quand il gèle|"
    # Or only cooling: "la clim, on ne s'en sert que l'été, pour rafraîchir".
    r"\bl'été\b(?! dernier| passé)|\ben été\b|pour rafraîchir|"
    # Or never used: "une cheminée, qu'on n'allume jamais"; or hardly: "des convecteurs,
    # qu'on allume le moins possible", "un poêle à pétrole au garage, ça ne compte pas".
    r"\bn'allume (?:jamais|plus)\b|\bne s'en sert (?:jamais|plus)\b|\ble moins possible\b|"
    r"\bne compte pas\b|\bne (?:la |le |l')?(?:fait|allume|rallume) (?:plus|pas souvent)\b|"
    r"\bne tourne plus\b|\bpas pour chauffer\b|\bc'est surtout pour\b|"
    # Or given up: "Le fioul, c'est fini, la cuve est partie à la ferraille."
    r"\bc'est (?:fini|terminé|du passé)\b|\bfait (?:couper|enlever|retirer|démonter)\b|"
    # Or only in the worst cold: "quand il fait vraiment froid", "quand il fait moins quinze".
    r"\bquand il fait (?:vraiment |très )?(?:froid|moins)\b|"
    # Or hardly ever: "des convecteurs que je n'allume presque jamais", "je ne les mets
    # presque pas".
    r"\bpresque (?:jamais|pas)\b"
)
_TOP_UP = re.compile(rf"{_TOPPING_UP}|\bc'est (?:juste|seulement)\b(?! ça\b)", re.IGNORECASE)
# Said of a heater in a sentence of its own ("c'est juste ça" there is all they have).
_TOP_UP_ALONE = re.compile(_TOPPING_UP, re.IGNORECASE)
# The heater just named heats the whole house: "Un poêle à granulés. Il chauffe toute la
# maison.", "l'insert chauffe toute la maison", "C'est le poêle qui fait tout.", "C'est le
# poêle qui fait l'essentiel.", "Mais c'est la chaudière qui chauffe." make it the main one.
_WHOLE_HOUSE = re.compile(
    r"\b(?:(?:il|elle|ça|qui) )?chauffe (?:toute la maison|la maison|tout)\b|"
    r"\b(?:il|elle|ça|qui) fait (?:tout|l'essentiel)\b|"
    r"\bc'est (?:lui|elle) qui chauffe\b|\bqui chauffe(?=\s*(?:[.!;]|$))",
    re.IGNORECASE,
)
# The heater named as the heating: "un poêle le dimanche, mais le chauffage, c'est
# l'électrique".
_CALLED_MAIN = re.compile(
    r"\b(?:le|mon|notre) (?:vrai )?chauffage(?: principal)?,? c'est\b|"
    # Or as the bulk of it: "L'essentiel, c'est l'électrique", "le gros, c'est le fioul".
    r"\b(?:l'essentiel|le principal|le plus gros|le gros)(?: du chauffage)?,? c'est\b",
    re.IGNORECASE,
)
# A heating had before: "Avant, on avait des convecteurs", "on avait le fioul avant" (not
# the pluperfect: "on avait fait poser une pompe à chaleur" is still theirs).
_FORMER = re.compile(
    r"\b(?:on|j'|nous|il y) ?(?:avait|avais|avions) (?:des|du|de la|de l'|un|une|le|la|les|l')|"
    # Or someone before: "Maman avait le fioul", "les anciens propriétaires avaient un poêle".
    r"\b(?:maman|papa|ma mère|mon père|propriétaires?|l'ancien \w+) (?:avait|avaient) |"
    # Not said of what it is now: "il a dit que c'était une pompe à chaleur air-air".
    r"(?<!que )(?<!qu')\bc'était (?:des|du|de la|de l'|un|une|le|la|les|l')|"
    r"\bautrefois\b|\bà l'époque\b|"
    # Or replaced: "posée à la place de la vieille chaudière au fioul".
    r"\bà la place (?:de|du|des|d')|"
    # Or taken out or broken down: "On a enlevé le fioul", "La chaudière gaz a lâché".
    r"\b(?:on a|j'ai|nous avons|ils ont) (?:enlevé|retiré|démonté|arrêté)\b|"
    r"\ba (?:lâché|rendu l'âme|claqué)\b|\best tombée? en panne\b",
    re.I,
)
# A clause of its own that puts the next one in the past: "Avant, le fioul."
_BEFORE_NOW = re.compile(r"\W*(?:avant(?: ça)?|autrefois|à l'époque)\W*", re.IGNORECASE)
_NOW = re.compile(r"\b(?:maintenant|aujourd'hui|désormais|depuis)\b", re.IGNORECASE)
# A heating replaced by another is gone: "on a remplacé la chaudière fioul par une pompe à
# chaleur", "changé le poêle pour un insert".
_REPLACED = re.compile(
    r"\b(?:remplac|chang)\w*\s+(.{0,40}?)\s+(?:par|pour)\s|"
    # Or the new one replaced it: "Elle a remplacé la chaudière au fioul."
    r"\b(?:elle|il|qui) a remplacé\s+(.{0,40}?)\s*(?:[.,;]|$)",
    re.I,
)


def _heatings_said(text: str) -> list[tuple[tuple[int, int], str]]:
    """The heatings a client's turn says they have, in order: none only planned, and the
    one said to be the main, or else those not said to top up another."""
    found: list[tuple[tuple[int, int], str, str]] = []
    offset = 0
    for sentence in sentences(text):
        offset = text.find(sentence, offset)
        if _PLANNED.search(sentence):
            continue
        gone = [
            (offset + m.start(group), offset + m.end(group))
            for m in _REPLACED.finditer(sentence)
            for group in (1, 2)
            if m.group(group) is not None
        ]
        clauses = re.split(r"[,;]", sentence)
        for place, clause in enumerate(clauses):
            at = offset + sentence.find(clause)
            # "Avant, j'avais la cuisinière à bois, mais à mon âge, porter le bois…": the
            # whole sentence is of the past, up to a clause of now.
            past = any(_BEFORE_NOW.fullmatch(before) for before in clauses[:place])
            if past and any(_NOW.search(after) for after in clauses[1 : place + 1]):
                past = False
            if _FORMER.search(clause) or past:
                continue
            # What the clauses after say of the heater, up to one naming another heating:
            # "L'électrique, c'est juste le sèche-serviettes.", "Et une cheminée, mais ça,
            # c'est pour le plaisir", "un poêle, mais le poêle, c'est pour le dimanche".
            said = ",".join([clause, *_said_of(clause, clauses[place + 1 :])])
            # "On ne se chauffe plus au fioul", "surtout pas d'électrique": not theirs.
            found += [
                ((at + m.start(), at + m.end()), name, said)
                for pattern, name in _HEATING
                for m in re.finditer(pattern, clause, re.IGNORECASE)
                if not negated(clause, m.start())
                and not any(a <= at + m.start() < b for a, b in gone)
            ]
    found.sort()
    whole = [m.start() for m in _WHOLE_HOUSE.finditer(text)]
    named = [_heater_before(found, text, at) for at in whole]
    called = [m.end() for m in _CALLED_MAIN.finditer(text)]
    named += [min((f for f in found if f[0][0] >= at), default=None) for at in called]
    main = [f for f in found if _MAIN.search(f[2]) or f in named]
    # A heater said once to top up is a top-up wherever else it is named ("Il a gardé la
    # cheminée, mais il ne la fait plus : porter le bois…").
    topped = _topping_up(text) | {name for _, name, said in found if _TOP_UP.search(said)}
    kept = main or [f for f in found if f[1] not in topped] or found
    # A ground-source heat pump is one heating: "Une pompe à chaleur. Géothermique, avec
    # des capteurs dans le jardin."
    if any(name == "pompe à chaleur" for _, name, _ in kept):
        kept = [f for f in kept if f[1] != "géothermie"]
    return [(span, name) for span, name, _ in kept]


_BOILER = re.compile(r"\bchaudière\b", re.IGNORECASE)


def _heater_before(
    found: list[tuple[tuple[int, int], str, str]], text: str, at: int
) -> tuple[tuple[int, int], str, str] | None:
    """The heating that heats the whole house said at ``at``: the last one named before
    it, or, when the words before say "la chaudière" ("c'est encore la chaudière qui
    chauffe la maison"), the last one said with a boiler."""
    before = [f for f in found if f[0][0] < at]
    if re.search(r"\bla chaudière\W*$", text[max(0, at - 20) : at], re.IGNORECASE):
        boilers = [f for f in before if _BOILER.search(text, max(0, f[0][0] - 20), f[0][1] + 6)]
        before = boilers or before
    return max(before, default=None)


def _said_of(clause: str, after: list[str]) -> list[str]:
    """The clauses of ``after`` that go on about the heating ``clause`` names: those up to
    the first naming another heating."""
    own = _heating_names(clause)
    kept: list[str] = []
    for following in after:
        if not _heating_names(following) <= own:
            break
        kept.append(following)
    return kept


def _heating_names(text: str) -> set[str]:
    return {name for pattern, name in _HEATING if re.search(pattern, text, re.IGNORECASE)}


def _topping_up(text: str) -> set[str]:
    """The heatings said to top up in a sentence about them alone, wherever else they are
    named: "On a la chaudière fioul et un insert. L'insert, on l'allume le soir, pour le
    plaisir, mais…" makes the insert a top-up in the sentence before too."""
    topped: set[str] = set()
    for sentence in sentences(text):
        part = re.split(r"\bmais\b", sentence)[0]
        names = {name for pattern, name in _HEATING if re.search(pattern, part, re.IGNORECASE)}
        if len(names) == 1 and _TOP_UP_ALONE.search(part):
            topped |= names
    return topped


def _names_heating(text: str) -> bool:
    return any(re.search(pattern, text, re.IGNORECASE) for pattern, _ in _HEATING)


# Heaters that say by themselves what heats the house: "Des convecteurs partout, c'est
# tout électrique."
_HEATERS = re.compile(r"convecteur|chaudière|tout électrique|tout à l'électrique", re.I)


def _heating(turns: list[Turn]) -> str:
    # The answer to the agent's question first: "Le matin, c'étaient les fenêtres, à midi,
    # la pompe à chaleur" names another canvasser's product, "Au gaz." the heating.
    answered = [i for i in range(len(turns)) if "chauff" in asked(turns, i).lower()]
    rest = [i for i in range(len(turns)) if i not in answered]
    for index in answered + rest:
        turn = turns[index]
        if _put_right_next(turns, index):
            continue  # "Au fuel." "Mais non, Gilbert ! On a fait mettre la pompe à chaleur."
        # A turn may end on a question of the client's own ("J'ai déjà une pompe à
        # chaleur. C'est clair ?"): what it states before that still counts.
        text = " ".join(s for s in sentences(turn.text) if not s.rstrip().endswith("?"))
        if not turn.from_client or not text:
            continue
        context = f"{asked(turns, index)} {text}".lower()
        if "chauff" not in context and "chaleur" not in context and not _HEATERS.search(text):
            continue
        found = _heatings_said(text)
        if not found and index and not turns[index - 1].from_client:
            # The agent naming it in the words of the trade, said yes to: "Des clims
            # réversibles, une dans chaque pièce." "Des pompes à chaleur air-air, donc."
            # "Voilà."
            named = _heatings_said(turns[index - 1].text) if confirmed(turns, index - 1) else []
            found = [((0, 0), name) for _, name in named]
        if found:
            # "Au fioul. Enfin non, pardon, maintenant c'est au gaz": what follows the
            # last correction replaces what came before it.
            keep = settled(text, [span for span, _ in found])
            return " et ".join(dict.fromkeys(name for _, name in found[keep:]))
    return UNKNOWN


def _put_right_next(turns: list[Turn], index: int) -> bool:
    """Whether the client's turn ``index`` is put right by the one right after it, the
    other of a couple on a speakerphone: "Au fuel." "Mais non, Gilbert ! On a fait mettre
    la pompe à chaleur.", "Quatre-vingt-dix euros." "Cent dix ! Tu regardes l'ancienne." """
    following = turns[index + 1] if index + 1 < len(turns) else None
    return bool(
        turns[index].from_client
        and following is not None
        and following.from_client
        and PUTS_RIGHT.match(following.text)
    )


_EUROS = r"(?:euros?|€|balles)"
_BILL_CONTEXT = re.compile(
    r"factur|électricité|edf|engie|payez|payons|paye|paie|dépens|consomm|mensualit|prélev",
    re.IGNORECASE,
)
# Written amounts may group thousands: "1 500", "1.500" (a spoken one is digits already).
_AMOUNT = r"(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?!\d)|\d+)"


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


_BILL_PATTERNS: tuple[tuple[str, Callable[[re.Match[str]], tuple[str, int]]], ...] = (
    (
        rf"entre {_AMOUNT} et {_AMOUNT}\s*{_EUROS}?",
        lambda m: (f"entre {_digits(m[1])} et {_digits(m[2])}", int(_digits(m[2]))),
    ),
    (
        # "plus de 100 euros", "au-dessus de 100 euros", "ça dépasse les 100 euros"
        rf"(?:plus de|au[- ]dessus de|(?<!ne )dépasse(?: les)?) {_AMOUNT}\s*{_EUROS}",
        lambda m: (f"plus_de_{_digits(m[1])}", int(_digits(m[1]))),
    ),
    (
        # "moins de 80 euros", and the ceiling never reached: "Ça ne monte jamais à 80
        # euros", "ça ne dépasse pas 80 euros", "même pas 80 euros".
        rf"(?:moins de|en[- ]dessous de|au[- ]dessous de|pas plus de|jamais plus de|même pas|"
        rf"ne (?:dépasse|monte|va|arrive) (?:pas|jamais)(?: (?:à|jusqu'à|aux?|les))?|"
        rf"n'atteint (?:pas|jamais)(?: les)?) {_AMOUNT}\s*{_EUROS}",
        lambda m: (f"moins_de_{_digits(m[1])}", int(_digits(m[1]))),
    ),
    (rf"{_AMOUNT}(?:[.,]\d{{1,2}})?\s*{_EUROS}", lambda m: (_digits(m[1]), int(_digits(m[1])))),
)
_BARE_AMOUNT_RE = re.compile(
    r"(?<![\d,.])(\d{2,5})\b(?![.,]\d)(?!\s*(?:ans?\b|mois|heures?|h\b|%|m²|m2|mètres|jours?|fois))",
    re.IGNORECASE,
)
# "le mois", not "le mois dernier" (when, not how often).
_MONTHLY = (
    r"par mois|mensuel|tous les mois|chaque mois|mensualit|le mois(?! derni| prochain| passé)"
)
_BIMONTHLY = r"tous les 2 mois|bimestriel"
_YEARLY = r"par an\b|annuel|à l'année|par année|tous les ans|l'an\b|sur l'année|pour l'année"
_INCOME = re.compile(r"revenu|gagn|salaire|touch|pension|retraite de", re.IGNORECASE)
# A question about money, whose answer holds amounts, not a postal code.
_MONEY_ASKED = re.compile(rf"{_INCOME.pattern}|{_BILL_CONTEXT.pattern}", re.IGNORECASE)


# More than a house's electricity costs in a year.
_MOST_A_BILL = 10_000


def _bill(turns: list[Turn]) -> tuple[str, Literal["mensuelle", "annuelle", "-"]]:
    read_back = _bill_read_back(turns)
    if read_back is not None:
        return read_back
    for index, turn in enumerate(turns):
        if not states(turn) or not _BILL_CONTEXT.search(f"{turn.question} {turn.text}"):
            continue
        if _put_right_next(turns, index):
            continue  # "Quatre-vingt-dix euros par mois." "Cent dix ! Tu regardes l'ancienne."
        said: list[tuple[tuple[int, int], str, int]] = []
        offset = 0
        # Unasked, the bill is in a sentence about it: "Vingt-cinq mille euros, pour
        # économiser quoi ? On paie 90 euros par mois, d'électricité."
        unasked = not re.search(
            rf"{_BILL_CONTEXT.pattern}|combien|montant", turn.question, re.IGNORECASE
        )
        about = [s for s in sentences(turn.text) if _BILL_CONTEXT.search(s) and _has_euros(s)]
        for sentence in sentences(turn.text):
            offset = turn.text.find(sentence, offset)
            if _INCOME.search(sentence) and not _BILL_CONTEXT.search(sentence):
                continue
            if _ONE_OFF.search(sentence):
                continue  # "la régularisation, en plus, deux cents euros" is no bill
            # (A sentence putting the last one right is about it too: "On payait 120
            # euros d'électricité par mois ; maintenant, on est à 40.")
            if unasked and about and sentence not in about and not CORRECTION_RE.match(sentence):
                continue
            for pattern, read in _BILL_PATTERNS:
                match = re.search(pattern, sentence, re.IGNORECASE)
                if match:
                    amount, upper = read(match)
                    if upper > _MOST_A_BILL:
                        break  # a price, not a bill: "Dix-huit mille euros. Les panneaux…"
                    start, end = match.span()
                    said.append(((offset + start, offset + end), amount, upper))
                    break
            else:
                # The amount corrected without its unit: "150 euros. Non, pardon, 165",
                # "125 euros. Ah non, ça, c'est le gaz. L'électricité, c'est 70."
                bare = _BARE_AMOUNT_RE.search(sentence)
                start = offset + bare.start(1) if bare else 0
                if bare and said and CORRECTION_RE.search(turn.text, said[-1][0][1], start):
                    said.append(((start, offset + bare.end(1)), bare[1], int(bare[1])))
        if not said and _BILL_CONTEXT.search(turn.question) and _PERIOD_RE.search(turn.text):
            said = _bare_amounts(turn.text)
        if said:
            # "Environ 110 euros. Non, je dis une bêtise, c'est 130": the corrected amount.
            span, amount, upper = said[settled(turn.text, [span for span, _, _ in said])]
            if re.search(_BIMONTHLY, turn.text, re.IGNORECASE) and amount.isdigit():
                return _per_month(turn.text, amount), "mensuelle"
            # The period said with the amount first: "Par mois, je ne sais pas trop. Mais
            # sur l'année, on a payé 1800 euros." is by the year.
            own = next((x for x in sentences(turn.text) if _holds(turn.text, x, span[0])), "")
            if _said_period(_MONTHLY, own) or _said_period(_YEARLY, own):
                return amount, _period(own, upper)
            return amount, _period(turn.text, upper)
    return UNKNOWN, "-"


def _bill_read_back(
    turns: list[Turn],
) -> tuple[str, Literal["mensuelle", "annuelle", "-"]] | None:
    """The bill as the agent reads it back after the client's answer and the client says
    yes: "Je note quatre-vingt-cinq euros par mois ?" (the house's meter, not the
    workshop's), "Donc quarante-cinq euros par mois ?" (ninety every two months)."""
    found = None
    for index, turn in enumerate(turns):
        # Right after the answer, which may have taken two voices ("On paie 90 euros par
        # mois." "Sandrine, c'est tous les deux mois !").
        before = turns[index - 1] if index else None
        answered = (
            before is not None
            and before.from_client
            and any(_BILL_CONTEXT.search(t.question) for t in turns[max(0, index - 2) : index])
        )
        if turn.from_client or not answered:
            continue
        # A question, or the sum worked out for the client to agree: "Ça fait à peu près
        # cent cinq euros par mois." "Cent cinq par mois, oui."
        asked_back = last_question(turn.text) or (sentences(turn.text) or [""])[-1]
        if not _PERIOD_RE.search(asked_back):
            continue
        reply = turns[index + 1].text if index + 1 < len(turns) else ""
        for pattern, read in _BILL_PATTERNS:
            said = re.search(pattern, asked_back, re.IGNORECASE)
            if said:
                amount, upper = read(said)
                # Said yes to, or said back: "Cent cinq par mois, oui, si vous le dites."
                agreed = confirmed(turns, index) or re.match(rf"\W*{upper}\b", reply)
                if agreed and upper <= _MOST_A_BILL:
                    found = (amount, _period(asked_back, upper))
                break
    return found


_PERIOD_RE = re.compile(rf"{_MONTHLY}|{_YEARLY}", re.IGNORECASE)
# A one-off sum beside the bill: the yearly adjustment, a refund.
_ONE_OFF = re.compile(r"\brégularisation|\brattrapage\b|\bremboursé|\bremboursement", re.I)


def _holds(text: str, sentence: str, at: int) -> bool:
    """Whether ``sentence``, one of ``text``'s, holds the character at ``at``."""
    start = text.find(sentence)
    return start <= at < start + len(sentence)


def _has_euros(text: str) -> bool:
    return re.search(rf"{_AMOUNT}\s*{_EUROS}", text, re.IGNORECASE) is not None


def _said_period(period: str, text: str) -> bool:
    return any(not negated(text, m.start()) for m in re.finditer(period, text, re.IGNORECASE))


def _bare_amounts(text: str) -> list[tuple[tuple[int, int], str, int]]:
    """The amounts without "euros" of the first sentence that says one, in an answer to the
    bill question that gives its period: "150 par mois, en gros.", "Autour de 160... 165,
    je crois. Par mois." (the last of a restart is settled on later)."""
    offset = 0
    for sentence in sentences(text):
        offset = text.find(sentence, offset)
        if _INCOME.search(sentence):
            continue
        # Below 20 euros, a number is something else ("12 prélèvements par an").
        found = [
            ((offset + m.start(1), offset + m.end(1)), m[1], int(m[1]))
            for m in _BARE_AMOUNT_RE.finditer(sentence)
            if int(m[1]) >= 20
        ]
        if found:
            return found
    return []


def _per_month(text: str, amount: str) -> str:
    """A bill paid every two months as the monthly figure the field guide wants: the one
    the client works out ("230 euros. Ça fait 115 par mois"), else half the bill."""
    monthly = re.search(rf"{_AMOUNT}\s*{_EUROS}?\s*par mois", text, re.IGNORECASE)
    return _digits(monthly[1]) if monthly else str(int(amount) // 2)


def _period(text: str, amount: int) -> Literal["mensuelle", "annuelle", "-"]:
    # "Par an, hein, pas par mois.": a period said not to be the one is not.
    if _said_period(_MONTHLY, text):
        return "mensuelle"
    if _said_period(_YEARLY, text):
        return "annuelle"
    if re.search(_BIMONTHLY, text, re.IGNORECASE):
        return "-"
    return "mensuelle" if amount < 300 else "-"


_AREA_RE = re.compile(
    r"(\d{1,4})\s*(?:m²|m2|mètres?\s*carrés?|metres?\s*carres?|m\b)", re.IGNORECASE
)
# "Il reste 15 mètres carrés": what is left is the free roof.
_ROOF_CONTEXT = re.compile(r"toit|toiture|\bpans?\b|panneau|libre|\bil reste\b", re.IGNORECASE)
_LAND_CONTEXT = re.compile(r"terrain|jardin|parcelle|garage", re.IGNORECASE)
_HOUSE_CONTEXT = re.compile(r"maison|habitable|logement|surface|superficie", re.IGNORECASE)


RoofSpace = Literal["20m", "moins de 20m", "-"]


_SQUARE_ASKED = re.compile(r"mètres? carrés|\bm²|\bm2\b", re.IGNORECASE)
# Metres alone, not a length: "dix-huit mètres", not "douze mètres de long".
_METRES_RE = re.compile(
    r"(\d{1,4})\s*mètres\b(?!\s*(?:carrés|de (?:long|large|haut)|sur\b))", re.IGNORECASE
)
_THERE_ARE_RE = re.compile(
    r"\bil y en a (?:bien |au moins |facilement |largement )?(\d{1,4})\b"
    r"(?!\s*(?:euros?|€|ans?\b|%|mois))",
    re.IGNORECASE,
)
_SURFACE_QUESTION = re.compile(r"surface|superficie|mètres? carrés|\bm²|\bm2\b", re.I)
# A number alone answering the surface question: "Cent dix, avec les combles aménagés.",
# "Moins de vingt, avec les velux."
_BARE_AREA_RE = re.compile(
    rf"\W*(?:{HESITATION})*"
    r"(?:environ |à peu près |autour de |dans les |(?:un peu )?(?:plus|moins) de |au moins )?"
    r"(\d{2,4})\b(?!\s*(?:euros?|€|ans?\b|%|h\b|heures?|mois))",
    re.IGNORECASE,
)


_DOUBT = re.compile(
    r"\bsais pas si\b|\bsais pas trop\b|\bpas sûre? que\b|\bpas certaine? que\b|"
    r"\bdoute que\b|\bcrois pas que\b|"
    # "je n'ai jamais su où était le nord"
    r"\bjamais su\b|\bsais (?:pas|plus|jamais) où\b",
    re.IGNORECASE,
)


def _doubted(before: str) -> bool:
    """Whether the clause that ends with ``before`` doubts what follows: "je ne sais pas si
    c'est le sud", but not "je ne sais pas trop, mais le toit est plein sud"."""
    return _DOUBT.search(re.split(r"[.;,!?]|\bmais\b", before)[-1]) is not None


def _areas(turns: list[Turn]) -> tuple[str, RoofSpace]:
    house: str = UNKNOWN
    roof: RoofSpace = "-"
    for index, turn in enumerate(turns):
        if not states(turn):
            continue
        # The question is the agent's last one, even when a remark follows it ("Il y a de
        # la place ? Il faut 20 m² libres.") or comments on the last answer come before it.
        question = _put_to(turns, index)
        text = _ROUGH_COUNT_RE.sub(_rough_count, turn.text)
        said = [
            (match, clause, sentence)
            for sentence in sentences(text)
            for clause in re.split(r"[,;]", sentence)
            for match in _AREA_RE.finditer(clause)
        ]
        bare = _BARE_AREA_RE.match(text)
        if not said and bare and _SURFACE_QUESTION.search(question) and not _guessed(text):
            sentence = sentences(text)[0]
            said = [(bare, re.split(r"[,;]", sentence)[0], sentence)]
        if not said and _SQUARE_ASKED.search(question):
            # Square metres asked, metres answered: "Il reste... dix-huit mètres, pas plus.",
            # or a count of them: "Oh, il y en a trente, trente-cinq."
            said = [
                (match, clause, sentence)
                for sentence in sentences(text)
                for clause in re.split(r"[,;]", sentence)
                for pattern in (_METRES_RE, _THERE_ARE_RE)
                for match in pattern.finditer(clause)
            ]
        for match, clause, sentence in said:
            if _doubted(sentence[: sentence.find(clause) + match.start()]):
                continue  # "Je ne sais pas si ça fait 20 m²" states no area
            if sentence.rstrip().endswith("?") and _SAID_NO.match(_after(text, sentence)):
                continue  # the question said back: "Vingt ? Non, je ne pense pas."
            value = _refined_area(text, clause, match)
            value = _floor_total(text, sentence, text.find(clause) + match.end(), value)
            kind = _area_kind(clause, sentence, question)
            not_as_much = re.search(r"\bpas\s+$", clause[: match.start()], re.IGNORECASE)
            if kind == "roof" and roof == "-" and not_as_much and value >= 20:
                roof = "moins de 20m"  # "Il ne reste pas vingt mètres, entre les lucarnes."
            elif kind == "roof" and roof == "-":
                roof = _roof_space(clause, value)
            elif kind == "house" and house == UNKNOWN and value >= 15:
                # The living area when the answer gives it beside a larger one: "Cent
                # trente avec la cave. Cent vingt-cinq, sans la cave."
                living = _LIVING_RE.search(text)
                house = living.group(1) if living and int(living.group(1)) >= 15 else str(value)
        # The free roof as its length and width: "Il fait douze mètres de long, sur cinq de
        # large, et il n'y a rien dessus."
        sides = _SIDES_RE.search(text)
        if sides and roof == "-" and _ROOF_CONTEXT.search(f"{question} {text}"):
            roof = _roof_space("", int(sides.group(1)) * int(sides.group(2)))
    if roof == "-":
        roof = _roof_space_agreed(turns)
    return house, roof


# "Une bonne trentaine de mètres carrés" is 30 of them.
_ROUGH_COUNTS = {
    "dizaine": 10,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
    "centaine": 100,
}
_ROUGH_COUNT_RE = re.compile(
    rf"\b({'|'.join(_ROUGH_COUNTS)}) de (?=m²|m2\b|mètres?\b)", re.IGNORECASE
)


def _rough_count(match: re.Match[str]) -> str:
    return f"{_ROUGH_COUNTS[match.group(1).lower()]} "


_SIDES_RE = re.compile(
    r"\b(\d{1,2})\s*mètres? de long\W+(?:sur|et|par)\s+(\d{1,2})\s*(?:mètres?\s*)?de large\b",
    re.IGNORECASE,
)


def _put_to(turns: list[Turn], index: int) -> str:
    """What the agent asks turn ``index``: its last question or, when the agent states
    rather than asks ("Il y a de la place sur le toit, de ce côté."), its last sentence."""
    said = asked(turns, index)
    question = last_question(said)
    if question or index == 0 or turns[index - 1].from_client:
        return question
    stated = sentences(said)
    return stated[-1] if stated else ""


def _guessed(text: str) -> bool:
    """Whether an answer only guesses its first figure and then says it does not know:
    "Cent dix ? Cent vingt ? Je ne sais plus." states no area."""
    first = sentences(text)[0] if text.strip() else ""
    return first.rstrip().endswith("?") and _NOT_KNOWN.search(text) is not None


# Not knowing, not a doubt about something else ("je ne sais pas si ça compte le garage").
_NOT_KNOWN = re.compile(r"\bsais (?:pas|plus)\b(?!\s+si\b)|\baucune idée\b", re.IGNORECASE)


# An area made more precise right after it: "Cent mètres carrés, un peu plus. Cent cinq."
_REFINED_RE = re.compile(
    r"\W*(?:un peu (?:plus|moins)|à peu près|plutôt|enfin|non|pardon)\W+(\d{2,4})\b"
    r"(?!\s*(?:euros?|€|ans?\b|%|h\b|heures?|mois))",
    re.IGNORECASE,
)


_SAID_NO = re.compile(r"\W*(?:(?:ah|oh|euh|ben|mais)\W+)?non\b", re.IGNORECASE)


def _after(text: str, sentence: str) -> str:
    """What ``text`` says after its ``sentence``."""
    return text[text.find(sentence) + len(sentence) :]


def _refined_area(text: str, clause: str, match: re.Match[str]) -> int:
    """The area ``match`` says in ``clause`` of ``text``, or the close figure that makes it
    more precise right after it."""
    value = int(match.group(1))
    start = text.find(clause)
    refined = _REFINED_RE.match(text, start + match.end()) if start >= 0 else None
    if refined and abs(int(refined.group(1)) - value) <= value // 5:
        return int(refined.group(1))
    return value


_LIVING_RE = re.compile(
    r"(?<![\d,.])(\d{2,4})\b(?:\s*(?:m²|m2|mètres carrés))?,?\s+sans (?:la |le |les |l')?"
    r"(?:cave|garage|sous-sol|combles|véranda|atelier|dépendances?|grenier)\b",
    re.IGNORECASE,
)
# One floor's area: "Quarante mètres au sol, sur deux niveaux", "60 m² par étage".
_ONE_FLOOR = re.compile(
    r"\bau sol\b|\bpar (?:étage|niveau)\b|\bsur (?:2|3|deux|trois) (?:niveaux|étages)\b|"
    r"\ben bas\b|\bau rez-de-chaussée\b",
    re.I,
)
_TOTAL_RE = re.compile(
    r"(?<![\d,.])(\d{2,4})\b(?![.,]\d)(?!\s*(?:euros?|€|ans?\b|%|h\b|heures?|mois))"
)


def _floor_total(text: str, sentence: str, after: int, value: int) -> int:
    """The house's area when ``value``, said in ``sentence`` before ``after``, is one
    floor's and the client works out the whole after it: "Quarante mètres au sol, sur
    deux niveaux. Quatre-vingts, quoi." is 80."""
    if not _ONE_FLOOR.search(sentence):
        return value
    # The first figure after it that can be the whole: "Quatre-vingts mètres en bas, et les
    # chambres, en haut, encore quarante. Cent vingt, en tout." is 120.
    totals = _TOTAL_RE.finditer(text, after) if after >= 0 else iter(())
    total = next((m for m in totals if value < int(m.group(1)) <= value * 4), None)
    return int(total.group(1)) if total else value


def _roof_space_agreed(turns: list[Turn]) -> RoofSpace:
    """The client's yes to a roof area the agent asks about: "Vous avez au moins 20 m²
    libres sur ce pan ?" "Oui, largement."; or a no to 20 m² or more ("Ah non, c'est
    petit."), unless the no is not knowing ("Non, je ne sais pas")."""
    for index, turn in enumerate(turns):
        # A question, maybe with a remark after it: "Il y aurait de la place ? Il faudrait
        # une vingtaine de mètres carrés."
        if turn.from_client or "?" not in turn.text or not _ROOF_CONTEXT.search(turn.text):
            continue
        match = _AREA_RE.search(turn.text)
        if match is None:
            continue
        answer = affirmed(turns[index:], re.escape(match.group(0)))
        reply = turns[index + 1].text if index + 1 < len(turns) else ""
        if answer is None and turns[index + 1 : index + 2] and turns[index + 1].from_client:
            # The room said in other words: "Oui, oui, il y a de la place.", "Il n'y a
            # pas la place, avec les velux."
            room = _ROOM.search(reply)
            denied_room = room and (" pas " in room.group(0) or negated(reply, room.start()))
            answer = None if room is None else not denied_room
        if answer is True:
            return _roof_space(turn.text, int(match.group(1)))
        # A no to at least 20 m², or to about 20 ("une vingtaine de mètres carrés libres ?"
        # reads "20 mètres carrés" by now).
        if answer is False and int(match.group(1)) <= 20 and not _UNSURE.search(reply):
            return "moins de 20m"
    return "-"


_UNSURE = re.compile(r"\bsais (?:pas|plus)\b|\baucune idée\b|\bje ne vois pas\b", re.I)
_ROOM = re.compile(
    r"\by a (?:pas )?(?:de la|la|assez de|largement de la|toute la|largement la) place\b", re.I
)


def _area_kind(clause: str, sentence: str, question: str) -> str:
    """Which surface a m² figure measures: the nearest words decide, then the sentence,
    then the agent's question."""
    if _ROOF_CONTEXT.search(clause):
        return "roof"
    if _LAND_CONTEXT.search(clause):
        return "land"
    if _HOUSE_CONTEXT.search(clause):
        return "house"
    if _ROOF_CONTEXT.search(sentence):
        return "roof"
    if _ROOF_CONTEXT.search(question) and not _HOUSE_CONTEXT.search(sentence):
        return "roof"
    return "house"


def _roof_space(sentence: str, value: int) -> Literal["20m", "moins de 20m"]:
    if re.search(rf"moins de {value}", sentence, re.IGNORECASE):
        return "moins de 20m" if value <= 20 else "20m"
    return "20m" if value >= 20 else "moins de 20m"


_ROOFS: tuple[tuple[str, str], ...] = (
    # Not a look: "du bac acier imitation tuile", "couleur ardoise".
    (r"(?<!imitation )(?<!couleur )tuiles?", "tuiles"),
    (r"ardoises?", "ardoises"),
    # Named as said: steel decking is its own kind of sheet roof.
    (r"bac acier|bacacier", "bac acier"),
    (r"tôle", "tôle"),
    (r"fibro-?ciment|éverite|eternit", "fibrociment"),
    (r"toit plat|toit-terrasse|toit terrasse|toiture terrasse", "toit plat"),
    (r"\bzinc\b", "zinc"),
    (r"chaume", "chaume"),
    (r"shingle", "shingle"),
    (r"bardeaux", "bardeaux"),
    # The stone slabs of the Massif central and the Alps.
    (r"(?<!couleur )\blauzes?\b", "lauzes"),
)
# One roof named twice, the trade name and its description ("du shingle, des bardeaux
# bitumés", "du bac acier, de la tôle quoi"): the first name stands for both.
_SAME_ROOF: tuple[tuple[str, str], ...] = (("shingle", "bardeaux"), ("bac acier", "tôle"))


# What the roof is made of is asked ("Le toit, c'est de l'ardoise ?", "La couverture,
# c'est quoi ?"); "Votre toit, il est orienté comment ?" is not about it.
_ROOF_QUESTION = re.compile(
    r"toiture|couverture|\ben quoi\b|matériau|" + "|".join(p for p, _ in _ROOFS), re.IGNORECASE
)
# A roof that is not the house's: "le garage, avec un toit plat".
_OUTBUILDING = re.compile(r"garage|abri|cabanon|véranda|carport|hangar|grange|appentis", re.I)


# A kind of roof named to compare, not had: "C'était moins cher que la tuile", "au lieu
# de l'ardoise", "plutôt que des tuiles".
_COMPARED = re.compile(
    # Not the "ne… que" of only: "il n'y a que des tuiles".
    r"(?:\b(?:plus|moins|mieux|autant|aussi|pire|plutôt)\b[^,.;!?]{0,30}\b(?:que|qu')|"
    r"\bau lieu d[eu]|\bà la place d[eu]|\bcomparée? à)\s*"
    r"(?:la |le |les |l'|de la |de l'|du |des |d')?$",
    re.IGNORECASE,
)


# The roof that broke and was replaced: "les vieilles tuiles avaient cassé".
_BROKEN = re.compile(r"\b(?:avaient|avait|étaient|était) (?:cassée?s?|lâché|pourrie?s?)\b", re.I)


def _roof_kinds(text: str) -> bool:
    return any(re.search(pattern, text, re.IGNORECASE) for pattern, _ in _ROOFS)


def _roof(turns: list[Turn]) -> str:
    # The answer to the roof question first, as for the orientation.
    statements = client_statements(turns)
    answers = [t for t in statements if _ROOF_QUESTION.search(last_question(t.question))]
    for turn in answers + [t for t in statements if t not in answers]:
        house = " ".join(s for s in sentences(turn.text) if not _OUTBUILDING.search(s))
        # Unless the house's roof is said with the outbuilding's: "En ardoises, la maison
        # comme la grange."
        said_with = re.search(r"\bla maison\b", turn.text, re.IGNORECASE)
        house = turn.text if not _roof_kinds(house) and said_with else house
        # Not the roof there was: "En bac acier. Il y avait des vieilles tuiles, j'ai tout
        # remplacé." (unless it is all the answer says).
        now = " ".join(
            s for s in sentences(house) if not _FORMER.search(s) and not _BROKEN.search(s)
        )
        house = now if _roof_kinds(now) else house
        kinds = [
            name
            for pattern, name in _ROOFS
            if any(
                not _COMPARED.search(house[: m.start()]) and not negated(house, m.start())
                for m in re.finditer(pattern, house, re.IGNORECASE)
            )
        ]
        kinds = [
            k for k in kinds if not any(k == also and name in kinds for name, also in _SAME_ROOF)
        ]
        if kinds:
            return " et ".join(kinds)
    return UNKNOWN


# "est" is mostly the verb: only count it after a word that points somewhere, or as "l'est"
# opening a phrase ("Donc... l'est, je dirais.", not "il l'est").
_EAST = (
    r"(?:(?:orientée?s?|exposée?s?|plein|côté|vers l'|à l'|face à l'|plutôt)\s*est\b|"
    r"(?:^|(?<=[.…,!?:] )|(?<=\bdonc )|(?<=\bc'est ))l'est\b)"
)
_ORIENTATIONS: tuple[tuple[str, str], ...] = (
    # "Est-ouest", or the two sides named apart: "deux pans, un à l'est, un à l'ouest".
    (
        rf"\best[\s\-/]+(?:et[\s\-]+)?ouest\b|{_EAST}[^.?!]*\bouest\b|\bouest\b[^.?!]*{_EAST}",
        "est-ouest",
    ),
    (r"\bsud\b", "sud"),
    (r"\bouest\b", "ouest"),
    (_EAST, "est"),
    (r"\bnord\b", "nord"),
    (r"ensoleill", "bien ensoleillée"),
)


# The side of the roof told by the sun, in an answer about it: "il prend le soleil
# couchant", "exposé plein midi", "un pan a le soleil le matin, l'autre le soir", "on a le
# soleil dessus toute la journée" (the field guide's sunny roof of unknown orientation).
_SUN_SIDES: tuple[tuple[str, str], ...] = (
    (
        r"soleil[^.?!]{0,25}\b(?:toute la journée|du matin au soir|du lever au coucher)\b",
        "bien ensoleillée",
    ),
    (
        # "un côté prend le soleil du matin, l'autre celui de l'après-midi".
        r"soleil[^.?!]{0,30}\bmatin\b[^.?!]*\b(?:soir|après-midi)\b|"
        r"soleil[^.?!]{0,30}\b(?:soir|après-midi)\b[^.?!]*\bmatin\b|"
        # Or the morning said first: "Le matin, le soleil tape sur le pan côté rue, et
        # l'après-midi, sur celui du jardin."
        r"\bmatin\b[^.?!]{0,30}\bsoleil\b[^.?!]*\b(?:soir|après-midi)\b|"
        # Or the old words for both sides: "Un pan vers le levant, un vers le couchant."
        r"\blevant\b[^.?!]*\bcouchant\b|\bcouchant\b[^.?!]*\blevant\b",
        "est-ouest",
    ),
    (r"soleil (?:levant|du matin|le matin|se lève)|lever du soleil", "est"),
    (r"soleil (?:couchant|du soir|le soir|se couche)|coucher du soleil", "ouest"),
    (r"\b(?:plein|exposée?s?|orientée?s?|tournée?s?|face au|au|côté|vers le) midi\b", "sud"),
    # The old words for the sides: "la cour est au midi", "côté couchant", "au levant".
    (r"\b(?:au|côté|vers le|face au) couchant\b", "ouest"),
    (r"\b(?:au|côté|vers le|face au) levant\b", "est"),
)
# Sides listed and then not known: "Le nord, le sud, je ne sais pas." states none of them.
_SIDES_NOT_KNOWN = re.compile(
    r"[^.?!]*\b(?:nord|sud|ouest|l'est)\b[^.?!]*\b(?:nord|sud|ouest|l'est)\b[^.?!]*"
    r"\bsais (?:pas|plus)\b(?!\s+si\b)[^.?!]*",
    re.IGNORECASE,
)
_ORIENTATION_QUESTION = re.compile(r"orient|exposé|tourné|quel côté|\bpans?\b", re.IGNORECASE)


def _orientation(turns: list[Turn]) -> str:
    # The answer to the orientation question first: "dans le Nord" elsewhere is a region.
    # The agent's words need not ask: "Donc plutôt ouest, le pan de derrière." "Ouest, voilà."
    statements = client_statements(turns)
    answers = [
        t
        for index, t in enumerate(turns)
        if t in statements and _ORIENTATION_QUESTION.search(asked(turns, index))
    ]
    put_right = {id(t) for i, t in enumerate(turns) if _put_right_next(turns, i)}
    for turn in answers + [t for t in statements if t not in answers]:
        if id(turn) in put_right:
            continue  # "Il donne à l'est, je crois." "Mais non, à l'ouest !"
        # Not the client's own questions ("Ou il n'y a que le plein sud qui marche ?"), but
        # a side said for the agent to confirm ("Ça fait est et ouest, c'est ça ?"); nor
        # an outbuilding's when the house's is said ("Le toit est au nord. Derrière, la
        # véranda, elle est au sud.", but "Le garage est plein sud, la maison aussi").
        stated = [s for s in sentences(turn.text) if not s.rstrip().endswith("?") or _TAG.search(s)]
        house = " ".join(s for s in stated if not _OUTBUILDING.search(s) and not _FACADE.search(s))
        text = " ".join(stated)
        region_possible = turn not in answers
        said = _orientation_in(house, region_possible=region_possible)
        text = house if said is not None else text
        said = said or _orientation_in(text, region_possible=region_possible)
        # Put right within the answer: "Plein sud, le grand pan... Attendez, non, je dis des
        # bêtises. … C'est l'ouest."
        corrections = list(CORRECTION_RE.finditer(text))
        if said is not None and corrections:
            said = _orientation_in(text[corrections[-1].end() :], region_possible=False) or said
        if said is not None:
            # "Le grand pan est sud-ouest. Plutôt ouest, même.": the side preferred after.
            for rather in _RATHER.finditer(text):
                sentence = re.split(r"[.!?]", text[rather.start() :])[0]
                said = _orientation_in(sentence, region_possible=False) or said
            return said
    return UNKNOWN


# The front wall, not the roof: "Le sud, c'est la façade, sur la rivière."
_FACADE = re.compile(r"\bfaçade\b", re.IGNORECASE)
_TAG = re.compile(r"\b(?:c'est ça|non|hein|n'est-ce pas|pas vrai)\s*\?\s*$", re.IGNORECASE)
_RATHER = re.compile(r"\b(?:plutôt|surtout)\b(?! que\b| qu')(?! pas\b)", re.IGNORECASE)
# A region, not a side of the roof: "Hazebrouck, dans le Nord", "le soleil du Sud".
_REGION_BEFORE = re.compile(r"\b(?:dans le|du)\s+$", re.IGNORECASE)


def _orientation_in(text: str, *, region_possible: bool) -> str | None:
    """The first orientation ``text`` says, by the order of _ORIENTATIONS; outside an
    answer about the roof, a direction after "dans le" or "du" is a region."""
    text = _SIDES_NOT_KNOWN.sub("", text)
    for pattern, name in _ORIENTATIONS:
        for said in re.finditer(pattern, text, re.IGNORECASE):
            if region_possible and _REGION_BEFORE.search(text[: said.start()]):
                continue
            # "Je ne sais pas si c'est le sud ou quoi" states no orientation.
            if not _doubted(text[: said.start()]):
                return name
            break
    if region_possible:
        return None
    for pattern, name in _SUN_SIDES:
        sun = re.search(pattern, text, re.IGNORECASE)
        if sun and not _doubted(text[: sun.start()]):
            return name
    return None


# --- the household --------------------------------------------------------------------

Who = Literal["Mr", "Mme", "-"]
# How a client names their spouse: by the spouse's sex, and as married or not.
_HUSBAND = r"mon mari|mon époux|mon conjoint|mon compagnon"
_WIFE = r"ma femme|mon épouse|ma conjointe|ma compagne"
_WEDDED = r"mon mari|ma femme|mon épouse|mon époux"
_PARTNER = r"ma compagne|mon compagnon|mon conjoint|ma conjointe"
_MR = rf"monsieur|{_HUSBAND}"
_MME = rf"madame|{_WIFE}"
_FEMININE_SELF = r"je suis (?:retraitée|mariée|veuve|divorcée|séparée|intéressée|salariée|pacsée)"


def _caller(turns: list[Turn]) -> Who:
    # Not the spouse's words on the phone handed over: the husband's "Je vous repasse ma
    # femme" does not make the caller a man.
    handed = set(_handed_over(turns))
    client = " ".join(t.text for i, t in enumerate(turns) if t.from_client and i not in handed)
    stranger = _wrong_number(turns)
    if re.search(rf"\b(?:{_WIFE})\b", client, re.I):
        return "Mr"
    if re.search(rf"\b(?:{_HUSBAND})\b", client, re.I):
        return "Mme"
    for turn in turns:
        if turn.speaker == "client":
            continue
        # Not the person asked for: "Je souhaiterais parler à madame Peyrat.", nor, on a
        # wrong number, the one on file by name ("Madame Peyrat habite au Dorat." … "Non,
        # monsieur").
        named = r"(?!\s+(?-i:[A-ZÉ]))" if stranger else ""
        match = re.search(
            rf"(?<!à )(?<!cherche )(?<!de )\b(monsieur|madame|mademoiselle)\b{named}",
            turn.text,
            re.IGNORECASE,
        )
        if match:
            return "Mr" if match.group(1).lower() == "monsieur" else "Mme"
    if re.search(_FEMININE_SELF, client, re.IGNORECASE):
        return "Mme"
    return "-"


_AGE = r"(\d{2,3})\s*ans\b(?!\s*(?:de |d'))"


# The years alone, when the turn is about ages: "mon mari soixante-sept", "elle en a 36".
_YEARS = r"(\d{2,3})(?!\d)(?:\s*ans\b)?(?!\s*(?:de |d'))"


# The spouse named by first name: "avec mon mari, Jean-Luc", "ma compagne, Léa", or the
# name first: "Franck, mon mari, en a 47".
_SPOUSE_NAMED: tuple[tuple[str, str], ...] = (
    ("Mr", rf"\b(?i:{_HUSBAND}),?\s+({_NAME})"),
    ("Mme", rf"\b(?i:{_WIFE}),?\s+({_NAME})"),
    ("Mr", rf"\b({_NAME}),\s+(?i:{_HUSBAND})\b"),
    ("Mme", rf"\b({_NAME}),\s+(?i:{_WIFE})\b"),
)


# The agent asks whether the client lives with someone: "Vous êtes marié ?", "Vous vivez
# seule ?", "Et votre conjoint ?"
_COUPLE_QUESTION = re.compile(
    rf"\bmarié|\bpacsé|en couple|\bseule?\b|\b(?:{_SPOUSE})\b", re.IGNORECASE
)
# The answer names the spouse: "Oui, avec Jocelyne."
_WITH_NAME = re.compile(rf"\b(?i:avec)\s+({_NAME})")


def _people(turns: list[Turn], caller: Who) -> dict[str, str]:
    """The words that name each of the couple, by sex: "monsieur", "mon mari"…, and the
    spouse's first name once the client gave it ("mon mari, Jean-Luc" … "Jean-Luc en a
    69", "Léa est sans emploi"), or answered who they live with ("Vous êtes marié ?" "Oui,
    avec Jocelyne": the other one of the couple)."""
    words = {"Mr": _MR, "Mme": _MME}
    spouse = {"Mr": "Mme", "Mme": "Mr"}.get(caller)
    for turn in client_statements(turns):
        for who, pattern in _SPOUSE_NAMED:
            for match in re.finditer(pattern, turn.text):
                if match.group(1) not in _NOT_NAMES:
                    words[who] += "|" + re.escape(match.group(1))
        said = sentences(turn.text)[0]
        named = _WITH_NAME.search(said) if _COUPLE_QUESTION.search(turn.question) else None
        if spouse and named and named.group(1) not in _NOT_NAMES:
            words[spouse] += "|" + re.escape(named.group(1))
    return words


# The spouse's age said with its verb or against the client, so a number without "ans"
# is an age even where ages were not asked: "Mon compagnon, il a... 51", "Ma compagne est
# plus jeune, 35".
_SAYS_AGE = r"(?:a|en a|est plus (?:jeune|âgée?|vieux|vieille),?)(?:\.\.\.|…)?\s+"


def _ages(turns: list[Turn], caller: Who, people: dict[str, str]) -> tuple[str, str]:
    ages: dict[str, str] = {}
    # The spouse's age as a difference from the age of the one who said it.
    against_own: dict[str, tuple[int, Who]] = {}
    for index, turn in enumerate(turns):
        if not states(turn):
            continue
        # The agent's request need not be a question: "Je vais vous demander votre âge."
        question = asked(turns, index)
        ages_asked = _ages_asked(turns, index)
        about_ages = ages_asked or re.search(_AGE, turn.text, re.I)
        years = _YEARS if about_ages else _AGE
        for who, subject in people.items():
            match = re.search(
                rf"\b(?:{subject}),?\s+(?:il |elle )?(?:a |à |en a |vient d'avoir )?{years}",
                turn.text,
                re.I,
            ) or re.search(
                rf"\b(?:{subject}),?\s+(?:il |elle )?{_SAYS_AGE}{_YEARS}", turn.text, re.I
            )
            if match and _adult(match.group(1)):
                ages.setdefault(who, _settled_age(turn.text, match))
        spouse = _spouse_age(turn) or (_spouse_asked_age(turn, question) if ages_asked else None)
        if spouse is not None:
            ages.setdefault(*spouse)
        # Who speaks this turn: the caller, unless the turn names the caller as its
        # spouse ("Moi, j'ai 71 ans. Mon mari, huit de plus." from the wife who came to
        # the phone).
        speaker = _speaking(turn.text, caller, question)
        own = _own_age(turn, question, bool(about_ages))
        if own and speaker != "-":
            ages.setdefault(speaker, own)
        for who, age in _born_in(turn.text, speaker, bool(about_ages)):
            ages.setdefault(who, age)
        for who, difference in _age_against_own(turn.text, speaker, people, bool(about_ages)):
            against_own.setdefault(who, (difference, speaker))
        relative = _answered_against_own(turn.text, question, speaker) if ages_asked else None
        if relative is not None:
            against_own.setdefault(relative[0], (relative[1], speaker))
    # "J'ai 54 ans." … "Elle a deux ans de moins que moi.": the spouse's age worked out.
    for who, (difference, said_by) in against_own.items():
        own_age = ages.get(said_by)
        if who not in ages and own_age and _adult(str(int(own_age) + difference)):
            ages[who] = str(int(own_age) + difference)
    return ages.get("Mr", UNKNOWN), ages.get("Mme", UNKNOWN)


def _speaking(text: str, caller: Who, question: str = "") -> Who:
    """Who of the couple says ``text``: the one whose spouse it names as "mon mari" or
    "ma femme", or the agent's ``question`` names as "votre mari" or "votre femme" (and
    not the other), or the question calls "madame" or "monsieur"; else the caller."""
    yours = question.replace("votre", "mon").replace("Votre", "Mon")
    for said in (text, yours):
        husband = re.search(rf"\b(?:{_HUSBAND})\b", said, re.IGNORECASE)
        wife = re.search(rf"\b(?:{_WIFE})\b", said, re.IGNORECASE)
        if husband and not wife:
            return "Mme"
        if wife and not husband:
            return "Mr"
    called = _CALLED.search(question)
    if called:
        return "Mme" if called.group(1).lower() == "madame" else "Mr"
    return caller


# The agent calling the one who answers: "Votre âge, madame ?" (not "l'âge de madame ?").
_CALLED = re.compile(r"(?<!\bde )\b(madame|monsieur)\s*\?\s*$", re.IGNORECASE)


# The answer to the spouse's age is a difference from the speaker's own, said first:
# "Trois ans de plus que moi.", "Deux de moins."
_ANSWERED_AGAINST_OWN = re.compile(
    r"\W*(?:(?:euh|ben|oh|ah|alors)\W+)?(\d{1,2})\s+(?:ans\s+)?de (plus|moins)\b",
    re.IGNORECASE,
)


def _answered_against_own(text: str, question: str, speaker: Who) -> tuple[Who, int] | None:
    """The spouse and the difference of their age from the speaker's, when ``text``
    answers the question on the spouse's age with it: "Et votre épouse ?" "Trois ans de
    plus que moi." """
    spouse = _SPOUSE_OF.get(speaker)
    said = _ANSWERED_AGAINST_OWN.match(text)
    if spouse is None or said is None:
        return None
    if not re.search(rf"\b(?:{_SPOUSE})\b", last_question(question) or question, re.I):
        return None
    sign = 1 if said.group(2).lower() == "plus" else -1
    return spouse, sign * int(said.group(1))


# A birth year: "Je suis née en quarante-neuf", "Il est né en soixante-deux".
# Or the spouse by name: "Ma femme est née en soixante-dix-neuf."
_BORN = re.compile(
    rf"\b(je suis|il est|elle est|(?:{_HUSBAND}|{_WIFE}) est) née?s? en (\d{{4}}|\d{{2}})\b",
    re.IGNORECASE,
)
# When ages are the topic, the year alone: "Je suis de soixante-dix-huit.", "Et mon mari, il
# est de quatre-vingt-cinq." (not "je suis de 1,70 m", nor "de 85 kilos").
_OF_YEAR = re.compile(
    r"\b(je suis|il est|elle est) de (\d{4}|\d{2})(?=\s*(?:[.,;!?…]|et\b|$))", re.IGNORECASE
)


def age_from_birth_year(year: str) -> int:
    """The age this year of someone born in ``year`` ("49" or "1949"): a two-digit year
    is of the last hundred years."""
    now = date.today().year
    born = int(year)
    if born < 100:
        born += 2000 if 2000 + born <= now else 1900
    return now - born


def _born_in(text: str, caller: Who, about_ages: bool) -> list[tuple[str, str]]:
    """The ages a turn says by birth year, for whom: the caller ("je suis née en 49") or
    the spouse named by the pronoun ("il est né en 62" said by madame)."""
    found: list[tuple[str, str]] = []
    years = [*_BORN.finditer(text), *(_OF_YEAR.finditer(text) if about_ages else ())]
    for said in years:
        subject = said.group(1).lower()
        male = subject == "il est" or re.match(_HUSBAND, subject) is not None
        who = caller if subject == "je suis" else ("Mr" if male else "Mme")
        age = str(age_from_birth_year(said.group(2)))
        if who in ("Mr", "Mme") and _adult(age) and (subject == "je suis" or who != caller):
            found.append((who, age))
    return found


def _ages_asked(turns: list[Turn], index: int) -> bool:
    """Whether the agent asks an age: "Votre âge ?", or "Et votre épouse ?" right after
    asking the client's."""
    question = last_question(asked(turns, index)) or asked(turns, index)
    return _AGE_TOPIC.search(question) is not None or _spouse_follow_up(
        turns, index, question, _AGE_TOPIC
    )


_AGE_TOPIC = re.compile(r"âge", re.IGNORECASE)
# The agent asking the same of the spouse: "Et votre épouse ?", "Et celui de votre compagne."
_SPOUSE_FOLLOW_UP = re.compile(
    rf"\W*(?:et\s+)?(?:(?:celui|celle)\s+de\s+)?(?:votre|ta)\s+(?:{_SPOUSE})\W*", re.IGNORECASE
)


def _spouse_follow_up(turns: list[Turn], index: int, question: str, topic: re.Pattern[str]) -> bool:
    """Whether ``question``, put to turn ``index``, asks the spouse's ``topic`` right after
    the agent asked the client's: "Votre âge ?" … "Et votre épouse ?"."""
    if not _SPOUSE_FOLLOW_UP.fullmatch(question):
        return False
    before = [t for t in turns[: max(index - 1, 0)] if t.speaker == "agent"]
    return bool(before) and topic.search(before[-1].text) is not None


def _spouse_asked_age(turn: Turn, question: str) -> tuple[str, str] | None:
    """The first age in the answer to the spouse's age alone ("Et votre épouse ?" "Oh,
    l'âge d'une dame, ça ne se dit pas... Soixante-sept."); not when the client's own age
    is asked with it ("Votre âge, et celui de votre épouse ?")."""
    spouse = re.search(rf"\b(?:{_SPOUSE})\b", last_question(question) or question, re.I)
    if spouse is None or re.search(r"\bvotre âge\b|\bvos âges\b", question, re.IGNORECASE):
        return None
    who: Who = "Mme" if spouse.group(0).lower() in _FEMALE_SPOUSE else "Mr"
    coming = _before_birthday(turn.text, "(?:elle|il) aura")
    if coming is not None:
        return who, coming
    said = [
        m
        for m in re.finditer(_YEARS, turn.text)
        if _adult(m.group(1)) and not _DURATION.search(turn.text[: m.start()])
    ]
    if not said:
        return None
    # "Trente-huit. Non, trente-neuf, il a eu son anniversaire.": the age corrected to.
    age = said[settled(turn.text, [m.span(1) for m in said])].group(1)
    return who, age


def _before_birthday(text: str, subject: str) -> str | None:
    """The age now when ``subject`` ("j'aurai", "elle aura") gives the birthday to come:
    "j'aurai cinquante ans en décembre" is 49, "Elle aura trente-cinq ans en juin" 34."""
    coming = re.search(
        rf"\b{subject} (\d{{2,3}}) ans (?:en|le|au mois|dans|cet|cette|à la)\b", text, re.I
    )
    age = str(int(coming.group(1)) - 1) if coming else ""
    return age if age and _adult(age) else None


# Years that are a duration, not an age: "retraitée depuis 12 ans", "il y a 20 ans"; or a
# year: "il est né en 59", "mariés en 82".
_DURATION = re.compile(
    r"\b(?:depuis|il y a|pendant|fait|dans|en|(?:suis|est) de)\s+$", re.IGNORECASE
)


# The spouse's age as a difference from the client's: "Elle a 2 ans de moins que moi",
# "mon mari en a 5 de plus" (when ages are the topic); or the same: "Ma femme aussi",
# "on est de la même année".
_OLDER_YOUNGER = re.compile(
    # The verb may go unsaid after the spouse: "Et Fabien, mon compagnon, trois de plus."
    # One year is said in words: "mon mari a un an de plus que moi".
    r"(?:\b(?:a|en a)\s+|,\s*)(\d{1,2}|un)\s+(ans?\s+)?de (plus|moins)\b(\s+que moi\b)?",
    re.IGNORECASE,
)
_SAME_AGE = re.compile(r"\ble même âge\b|\bla même année\b", re.IGNORECASE)


def _age_against_own(
    text: str, caller: Who, people: dict[str, str], about_ages: bool
) -> list[tuple[str, int]]:
    spouse = _SPOUSE_OF.get(caller)
    found: list[tuple[str, int]] = []
    for sentence in sentences(text):
        said = _OLDER_YOUNGER.search(sentence)
        if said and (about_ages or said.group(2) or said.group(4)):
            # Of the spouse by name or pronoun only: "mon frère en a 2 de plus" is not.
            who = _spouse_named(sentence[: said.start()], people)
            sign = 1 if said.group(3).lower() == "plus" else -1
            years = 1 if said.group(1).lower() == "un" else int(said.group(1))
            found += [(who, sign * years)] if who and who != caller else []
        words = "|".join(people.values())
        # "Ma femme aussi." ends there: "ma femme aussi, elle est retraitée" is no age.
        also = re.search(
            rf"\b(?:{words})\b,?\s+(?:aussi|également|pareil)\s*(?:[.!;]|$|,\s*(?:on|nous)\b)",
            sentence,
            re.I,
        )
        if about_ages and (_SAME_AGE.search(sentence) or also):
            couple = re.search(r"\b(?:on|nous)\b", sentence, re.IGNORECASE)
            who = _spouse_named(sentence, people) or (spouse if couple else None)
            found += [(who, 0)] if who and who != caller else []
    return found


def _spouse_named(text: str, people: dict[str, str]) -> str | None:
    """Who of the couple the words before a verb name: "Jocelyne", "mon mari", "elle"."""
    for who, words in people.items():
        if re.search(rf"\b(?:{words})\b", text, re.IGNORECASE):
            return who
    pronoun = re.search(r"\b(il|elle)\s*$", text, re.IGNORECASE)
    if pronoun:
        return "Mme" if pronoun.group(1).lower() == "elle" else "Mr"
    return None


_FEMALE_SPOUSE = frozenset(("épouse", "femme", "conjointe", "compagne"))


def _spouse_age(turn: Turn) -> tuple[str, str] | None:
    """A pronoun for the spouse: "Et votre épouse ?" "Elle a 55 ans."; "J'ai 41 ans,
    lui 44." """
    # "lui"/"elle" after the client's own age ("J'ai 41 ans, lui 44") is the other one.
    match = re.search(
        rf"\bans\b[,.]?\s+(?:et\s+)?(lui|elle|il),?\s+(?:il a |elle a |en a )?{_YEARS}",
        turn.text,
        re.IGNORECASE,
    )
    if match is None and re.search(rf"\b(?:{_SPOUSE})\b", turn.question, re.IGNORECASE):
        match = re.match(rf"\W*(?:oui\W+)?(elle|il) (?:a|en a) {_AGE}", turn.text, re.I)
    if match is None:
        # "Avec mon compagnon, Pascal. … Il a 55 ans.": the spouse the turn just named,
        # in a sentence of its own and of the pronoun's sex.
        said = re.search(rf"(?:^|[.!?]\s+)(Elle|Il) (?:a|en a) {_AGE}", turn.text)
        before = turn.text[: said.start()] if said else ""
        spouses = re.findall(rf"\b(?:mon|ma) ({_SPOUSE})\b", before, re.IGNORECASE)
        female = bool(spouses) and spouses[-1].lower() in _FEMALE_SPOUSE
        if said and spouses and female == (said.group(1) == "Elle"):
            match = said
    if match is None:
        # "Votre âge, et celui de votre épouse ?" "J'ai 68 ans, et Françoise, 66.": the
        # name after the client's own age is the spouse asked about.
        asked_for = re.search(rf"\b(?:{_SPOUSE})\b", turn.question, re.IGNORECASE)
        named = re.search(rf"\bans\b,?\s+(?:et\s+)?({_NAME}),?\s+(?:a |en a )?{_YEARS}", turn.text)
        if asked_for and named and named.group(1) not in _NOT_NAMES and _adult(named.group(2)):
            female = asked_for.group(0).lower() in _FEMALE_SPOUSE
            return ("Mme" if female else "Mr"), named.group(2)
    if match is None or not _adult(match.group(2)):
        return None
    return ("Mme" if match.group(1).lower() == "elle" else "Mr"), match.group(2)


def _own_age(turn: Turn, question: str, about_ages: bool) -> str | None:
    coming = _before_birthday(turn.text, "j'aurai")
    if coming is not None:
        return coming
    # "J'ai eu cinquante ans en janvier." is the age now.
    match = re.search(rf"\b(?:j'ai(?: eu)?|moi,?)\s+{_AGE}", turn.text, re.IGNORECASE)
    # "Moi, j'en ai soixante-dix-huit."
    match = match or re.search(r"\bj'en ai (\d{2,3})\b(?!\s*(?:euros?|€|%|m))", turn.text, re.I)
    # "Quarante-six ans, moi." (not "depuis vingt ans, moi je…")
    match = match or _AGE_THEN_ME.search(turn.text)
    if match and _DURATION.search(turn.text[: match.start()]):
        match = None
    if match is None and about_ages:
        # After another's age, the client's own without "ans": "Mon mari a 71 ans, moi 68."
        match = re.search(r"\bmoi,?\s+(\d{2,3})\s*(?:[.,;!?]|$)", turn.text, re.IGNORECASE)
    if match is None and re.search(r"âge", question, re.IGNORECASE):
        # Not another's: "Il a 63 ans."
        match = re.match(
            rf"\W*(?!(?:il|elle|lui)\b)(?:\w+\W+){{0,2}}?{_AGE}", turn.text, re.IGNORECASE
        )
        # The years alone: "Votre âge ?" "Quarante-deux.", "Cinquante... cinquante et un."
        match = match or re.match(r"\W*(\d{2,3})\s*(?:[.!]?\s*(?:$|[.!]\s)|\.\.\.|…)", turn.text)
    if match is None:
        # The age as the speaker's lot now: "À soixante-sept ans, on ne m'appelle plus.",
        # "Avec deux garçons, à trente-trois ans, toute seule…" (not "à 20 ans, j'étais…").
        match = next(
            (m for said in sentences(turn.text) if (m := _AT_AGE.search(said))
             and not _NOT_NOW.search(said)),
            None,
        )  # fmt: skip
    if match and _adult(match.group(1)):
        return _settled_age(turn.text, match)
    return None


_AT_AGE = re.compile(r"\bà ([2-9]\d) ans,", re.IGNORECASE)
# A time other than now: past, future or a rule for anyone.
_NOT_NOW = re.compile(
    r"\b(?:étais|était|étions|avais|avait|avions|ai (?:commencé|eu|fait|quitté|perdu)|"
    r"suis (?:entrée?|partie?|arrivée?|née?)|me suis mariée?|serai|sera|serons|pourrai|"
    r"vais|va|on peut|il faut|quand)\b",
    re.IGNORECASE,
)


_AGE_THEN_ME = re.compile(rf"{_AGE},?\s+moi\s*(?:[.!;]|$)", re.IGNORECASE)


def _settled_age(text: str, match: re.Match[str]) -> str:
    """The age ``match`` says, or the one the speaker corrects it to right after it:
    "53 ans. Non pardon, 54" is 54. Only the next number, and only close by: further on
    another person's age may follow the correction ("… Non, ma femme en a 50")."""
    after = re.compile(_YEARS).search(text, match.end(), match.end() + 30)
    if after and _BIRTHDAY_COMING.match(text, after.end()):
        after = None  # "Quarante-neuf. Cinquante en juin": the age to come is not it
    if after and _adult(after.group(1)) and settled(text, [match.span(1), after.span(1)]):
        return after.group(1)
    # A bare first try said again, a little different, right after it: "il a...
    # cinquante, cinquante et un ?" is 51 (but "44 ans, 46 pour lui" is two ages).
    gap = text[match.end() : after.start()] if after else ""
    bare = "ans" not in match.group(0) and re.fullmatch(r"[\s,.…?!]*", gap)
    if after and bare and abs(int(after.group(1)) - int(match.group(1))) <= 2:
        return after.group(1)
    return match.group(1)


_MONTHS = r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
_BIRTHDAY_COMING = re.compile(
    rf"\s*(?:ans\s+)?(?:en (?:{_MONTHS})|le mois prochain|l'an prochain|l'année prochaine|"
    r"à la fin de l'année|bientôt|dans \d+ (?:mois|semaines|jours))\b",
    re.IGNORECASE,
)


def _adult(age: str) -> bool:
    return 18 <= int(age) <= 110


_STATUSES: tuple[tuple[str, str, str], ...] = (
    (r"\b(?:re)?mariée?s?\b", "marié", "mariée"),
    (r"\bpacsée?s?\b", "pacsé", "pacsée"),
    # "On n'est pas mariés, on est juste ensemble.", "On vit ensemble depuis quinze ans."
    (
        r"en couple|concubin|\b(?:on|nous) (?:vit|vivons|est|sommes) (?:juste )?ensemble\b",
        "en couple",
        "en couple",
    ),
    (r"célibataire", "célibataire", "célibataire"),
    (r"divorcée?s?", "divorcé", "divorcée"),
    (r"séparée?s?", "séparé", "séparée"),
    (
        # Said through the spouse's death: "mon mari est décédé", "le décès de ma femme".
        r"\bveuf\b|\bveuve\b|"
        rf"\b(?:{_WEDDED}) (?:est )?(?:décédée?|morte?|disparue?)|\bdécès de (?:{_WEDDED})\b",
        "veuf",
        "veuve",
    ),
)
# No status said, but the client speaks of a spouse: "avec mon mari" is married; or agrees
# to the agent's naming one ("Vous êtes propriétaires, votre mari et vous ?" "Oui").
_SPOUSE_STATUS: tuple[tuple[str, str, str], ...] = (
    (rf"\b(?:{_WEDDED})\b", r"\bvotre (?:mari|femme|épou)", "marié"),
    (
        rf"\b(?:{_PARTNER})\b",
        r"\bvotre (?:compagne|compagnon|conjointe?)\b",
        "en couple",
    ),
)
# Counted children ("deux enfants", "une fille de huit ans", "un petit garçon", "un bébé",
# "deux ados");
# "mon fils" alone is no count.
_CHILDREN_RE = re.compile(
    # "Ma compagne, moi et les trois petits.": the little ones, with nothing after them.
    r"\b(\d+|une?)\s+(?:petits? bonhommes?\b|petite?s\b(?=\s*(?:[.,;!?]|$))|"
    # "Avec une petite de deux ans."
    r"petite?s?\b(?=\s+de\s+\d+\s+(?:ans|mois)\b)|"
    r"(?:(?:petite?s?|grande?s?|jeunes?)\s+)?"
    r"(?:enfants?|fils|filles?|garçons?|gamine?s?|ados|adolescente?s?|(bébés?))\b)",
    re.I,
)
# The children counted together after counting them apart: "Elle a 2 enfants, moi un. 3 en
# tout." (not the household: "On est 3 en tout").
_CHILDREN_TOTAL_RE = re.compile(
    r"(?<!on est )(?<!nous sommes )(?<!on sera )(?<!fait )\b(\d+)\s+(?:enfants?\s+)?"
    r"(?:en tout|au total)\b",
    re.I,
)
# The household listed: "avec mon mari et notre fille" is one child.
_HOUSEHOLD_CHILD_RE = re.compile(
    rf"\bavec (?:{_HUSBAND}|{_WIFE}) et (?:notre|mon|ma) (?:fils|fille|enfant)\b(?! et)", re.I
)
# The answer on living alone names one child: "Avec mon fils.", "Non, avec ma fille."
_WITH_CHILD = re.compile(
    r"\W*(?:(?:oui|non)\W+)?(?:(?:je vis|j'habite|on vit) )?(?:avec|j'ai) "
    r"(?:mon|ma) (?:fils|fille)\b(?! et)",
    re.I,
)
# The household listed down to the client, in the answer about it: "Vous vivez à combien ?"
# "Ma copine, le petit et moi" is one child.
_HOUSEHOLD_QUESTION = re.compile(
    r"combien|foyer|enfant|\bvivez\b|\bseule?\b|marié|pacsé|couple", re.IGNORECASE
)
_HOUSEHOLD_LIST_RE = re.compile(
    r"\b((?:(?:le|la|mon|ma|notre) [\w\-]+(?:,\s+|\s+et\s+))+)moi\b", re.IGNORECASE
)
# Or after the client: "Ma copine, moi, et notre petite."
_HOUSEHOLD_AFTER_ME_RE = re.compile(
    r"\bmoi,?\s+et\s+((?:(?:le|la|mon|ma|notre) [\w\-]+(?:,\s+|\s+et\s+)?)+)", re.IGNORECASE
)
_LISTED_CHILD_RE = re.compile(
    r"\b(?:le|la|mon|ma|notre) (?:petite?|fils|fille|gamine?|bébé)\b", re.IGNORECASE
)
# A count alone answering the question about children: "Trois, mais ils sont grands."
_BARE_COUNT_RE = re.compile(r"\W*(?:oui\W+)?([1-9]|1[0-5])\b(?!\s*(?:ans?\b|mois|euros?))", re.I)


def _family(turns: list[Turn], caller: Who) -> str:
    status: list[str] = []
    children = ""
    for turn in client_statements(turns):
        stated: list[tuple[tuple[int, int], str]] = []
        for pattern, male, female in _STATUSES:
            match = re.search(pattern, turn.text, re.IGNORECASE)
            name = female if caller == "Mme" else male
            if match and not negated(turn.text, match.start()):
                stated.append((match.span(), name))
        # "Célibataire. Enfin... divorcé, pour être exact.": the status put right.
        stated.sort()
        keep = settled(turn.text, [span for span, _ in stated]) if stated else 0
        status += [name for _, name in stated[keep:] if name not in status]
        if not children:
            children = _children(turn)
    if not status:
        # A yes to the agent's "Vous êtes mariés ?", "Vous vivez en couple ?".
        for pattern, male, female in _STATUSES:
            if affirmed(turns, pattern):
                status.append(female if caller == "Mme" else male)
                break
    if not status:
        client = " ".join(t.text for t in client_statements(turns))
        divorced = _DIVORCED.search(client)
        if divorced:
            status.append("divorcée" if caller == "Mme" else "divorcé")
    if not status:
        for said, asked_about, name in _SPOUSE_STATUS:
            if re.search(said, client, re.IGNORECASE) or affirmed(turns, asked_about):
                status.append(name + "e" if caller == "Mme" and name == "marié" else name)
                break
    # ", N enfants" only when there are children: "Pacsés. Pas d'enfants." is "pacsé".
    if status and children == _NO_CHILD:
        children = ""
    return ", ".join([*status, *([children] if children else [])]) or UNKNOWN


_NO_CHILD = "sans enfant"
# A divorce said through what it left: "mon ex-mari", "depuis le divorce".
_DIVORCED = re.compile(
    r"\b(?:mon|ma) ex-?(?:mari|femme|épouse|époux)\b|"
    # Not another's: "après le divorce de ma fille".
    r"\b(?:le|mon|notre|du) divorce\b(?!\s+(?:de|du|des|d')\b)",
    re.IGNORECASE,
)


def _children(turn: Turn) -> str:
    if re.search(r"pas d'enfants?|sans enfants?", turn.text, re.IGNORECASE):
        return _NO_CHILD
    total = _CHILDREN_TOTAL_RE.search(turn.text)
    if total and re.search(r"enfant", f"{turn.question} {turn.text}", re.IGNORECASE):
        count = int(total.group(1))
        return f"{count} enfant{'s' if count > 1 else ''}"
    # The children counted as such beat one of them named: "Une fille, à Bordeaux. Deux
    # enfants."
    counts = list(_CHILDREN_RE.finditer(turn.text))
    match = next((m for m in counts if "enfant" in m.group(0).lower()), None)
    match = match or (counts[0] if counts else None)
    # The count opening the answer about children, before the detail: "Trois. Deux filles
    # et un garçon."
    counted = _BARE_COUNT_RE.match(turn.text) if re.search(r"enfant", turn.question, re.I) else None
    if counted and match and counted.start(1) < match.start():
        match = counted
    if match is None and _HOUSEHOLD_CHILD_RE.search(turn.text):
        return "1 enfant"
    about_couple = _COUPLE_QUESTION.search(turn.question) is not None
    if match is None and about_couple and any(_WITH_CHILD.match(s) for s in sentences(turn.text)):
        return "1 enfant"  # "Vous vivez seule ?" "Avec mon fils.", "J'ai ma fille le week-end."
    about_household = _HOUSEHOLD_QUESTION.search(turn.question) is not None
    lists = (
        (_HOUSEHOLD_LIST_RE, _HOUSEHOLD_AFTER_ME_RE) if match is None and about_household else ()
    )
    for listed in filter(None, (pattern.search(turn.text) for pattern in lists)):
        count = len(_LISTED_CHILD_RE.findall(listed.group(1)))
        if count:
            return f"{count} enfant{'s' if count > 1 else ''}"
    if match is None and re.search(r"enfant", turn.question, re.IGNORECASE):
        match = _BARE_COUNT_RE.match(turn.text)
    if match is None:
        return ""
    said = match.group(1).lower()
    # "une fille" counts one only as an answer about children or "j'ai une fille"; a
    # baby is a child however it is said ("avec un bébé de six mois").
    baby = match.re is _CHILDREN_RE and match.group(2) is not None
    before = f"{turn.question} {turn.text[: match.start()]}"
    # "Mariés, oui. Et un fils.", "En couple. Avec un petit bonhomme de 4 ans.": the child
    # named with the answer on the couple.
    # Or right after it: "Marié, un fils, qui est apprenti chez moi."
    with_couple = about_couple and re.search(r"(?:\b(?:avec|et)|,)\s+$", before, re.IGNORECASE)
    if (
        not said.isdigit()
        and not baby
        and not with_couple
        and not re.search(r"enfant|j'ai|on a|nous avons", before, re.I)
    ):
        return ""
    if baby and re.search(r"\battend\w*\s*$", turn.text[: match.start()], re.IGNORECASE):
        return ""  # "on attend un bébé": not born yet
    count = int(said) if said.isdigit() else 1
    return f"{count} enfant{'s' if count > 1 else ''}"


_JOBS: tuple[tuple[str, str, str], ...] = (
    # "Elle est partie en retraite l'année dernière."
    (
        r"retraitée?s?|à la retraite|\ben retraite\b|\bpris (?:sa|ma|leur|notre) retraite",
        "retraité",
        "retraitée",
    ),
    # Whisper spells the letters out: "cédéie", "cédéï".
    (r"\bCDI\b|durée indéterminée|\bc[ée]d[ée][iïy]e?\b", "CDI", "CDI"),
    (r"\bCDD\b", "CDD", "CDD"),
    # The sector for the status: "je suis dans la fonction publique".
    # Tenured: "Titulaire, depuis vingt ans" (not "titulaire d'un CDI").
    (r"fonctionnaire|fonction publique|\btitulaire\b(?! d| du)", "fonctionnaire", "fonctionnaire"),
    (
        r"(?:auto|micro)-?entrepreneu|indépendante?s?|à (?:mon|son|notre|leur) compte",
        "indépendant",
        "indépendante",
    ),
    (r"chef d'entreprise", "chef d'entreprise", "cheffe d'entreprise"),
    (r"artisan", "artisan", "artisane"),
    (r"agricult", "agriculteur", "agricultrice"),
    (r"commerçante?", "commerçant", "commerçante"),
    # As said: "au chômage" and "sans emploi" are both the field guide's words.
    (r"chômage|chômeu(?:r|se)", "au chômage", "au chômage"),
    (r"sans emploi|demandeu(?:r|se) d'emploi", "sans emploi", "sans emploi"),
    (r"invalidit", "en invalidité", "en invalidité"),
    (r"intérim", "intérimaire", "intérimaire"),
    (r"au foyer", "homme au foyer", "femme au foyer"),
    (r"\bétudiante?s?\b", "étudiant", "étudiante"),
    (r"salariée?s?", "salarié", "salariée"),
)
# A leave from a job: the status only when no lasting one is said ("en arrêt maladie" …
# "je suis en CDI" is CDI).
_LEAVES: tuple[tuple[str, str], ...] = (
    (r"congé parental", "en congé parental"),
    (r"congé (?:de )?maternité", "en congé maternité"),
    (r"arrêt maladie", "en arrêt maladie"),
)
# Sectors said for a job ("mon mari est dans la logistique"): the sector is the title.
_SECTORS = (
    r"logistique|bâtiment|BTP|transports?|commerce|restauration|hôtellerie|santé|"
    r"enseignement|éducation|informatique|banque|assurances?|industrie|immobilier|social|"
    r"médical|paramédical|automobile|aéronautique|nettoyage|sécurité|agroalimentaire|"
    r"grande distribution|distribution|comptabilité|finance|télécoms?"
)
_SECTOR_RE = re.compile(
    rf"\b(?:est|suis|sommes|travaille|bosse)\s+dans\s+(?:la |le |l'|les )({_SECTORS})\b",
    re.IGNORECASE,
)
# Kinds of self-employment among the statuses, which "à mon compte depuis N ans" dates.
_SELF_EMPLOYED = frozenset(
    word
    for _, male, female in _JOBS
    if male in ("chef d'entreprise", "artisan", "agriculteur", "commerçant")
    for word in (male, female)
)
_WORK_CONTEXT = re.compile(r"travail|métier|profession|activité|boulot|emploi", re.IGNORECASE)
# Trades and professions, masculine and feminine: a title said after "je suis" / "il est"
# even when nobody asked about work ("le toit ? Moi, je suis plombier, je vois…").
_TRADES = re.compile(
    r"(?:plombi|menuisi|charpenti|carreli|serruri|boulang|pâtissi|bouch|charcuti|cuisini|"
    r"infirmi|jardini|caissi|ouvri|polici|gendarm|conducteu|chauffeu|routi|facteu|"
    r"instituteu|institutri|éducateu|éducatri|professeu|enseignant|électricien|mécanicien|"
    r"technicien|pharmacien|informaticien|maçon|couvreu|peintre|coiffeu|serveu|vendeu|"
    r"aide-soignant|aide soignant|auxiliaire|assistante? maternelle|nounou|sage-femme|"
    r"kiné|médecin|dentiste|vétérinaire|avocat|notaire|comptable|secrétaire|ingénieu|"
    r"cariste|magasinier|manutentionnaire|ambulancier|pompier|militaire|soudeu|"
    r"paysagiste|commerciale?|cadre|agent|employée?|ATSEM|aide\b|conseill(?:er|ère)s?\b|"
    r"moniteur|monitrice|marin|pêcheu|vigneron|viticult|agricult|éleveu|maraîch|arboricult)",
    re.IGNORECASE,
)
# A status hoped for or to come is not the one held now: "j'espère passer en CDI",
# "je pars à la retraite l'an prochain".
_NOT_YET = re.compile(
    r"\b(?:espère|espérons|voudrai|aimerai|attends?|attendons|passer|partir|partirai|"
    r"pars|bientôt|prochain|serai|sera|serons|seront)\b",
    re.IGNORECASE,
)
_RETIRED = frozenset(("retraité", "retraitée"))


def _at_work(status: str) -> bool:
    """Whether ``status`` is one of working: a contract, a trade of one's own."""
    own = {"indépendant", "indépendante"}
    return status.split(" depuis ")[0] in _CONTRACTS | _SELF_EMPLOYED | _VAGUE_STATUSES | own


_NOT_JOBS = frozenset((
    # "Depuis que je suis arrivé à Bellac": a verb, not a title.
    "arrivé", "arrivée", "parti", "partie", "né", "née", "venu", "venue", "rentré",
    "rentrée", "revenu", "revenue", "resté", "restée", "passé", "passée", "tombé", "tombée",
    "propriétaire", "locataire", "marié", "mariée", "mariés", "là", "bien", "d'accord",
    "intéressé", "intéressée", "ici", "partant", "partante", "content", "contente", "sûr",
    "sûre", "désolé", "désolée", "seul", "seule", "pressé", "pressée", "occupé", "occupée",
))  # fmt: skip
# A trade alone answering a question about work: "Vous travaillez à la crèche ?"
# "Auxiliaire de puériculture. Oh là…"
_TRADE_ALONE = re.compile(
    rf"\W*((?:{_TRADES.pattern})[{_LOW}'\-]*(?:\s+(?:de|du|des|d')\s*[{_LOW}'\-]{{3,}})?)"
    # Said back with a yes: "Et vous êtes vigneron ?" "Vigneron, oui, sur six hectares."
    r"(?:,\s*(?:oui|voilà|c'est ça))?"
    # A time or place may follow: "Moniteur de ski, l'hiver."
    r"(?:,\s*[^,.!?]{1,30})?\s*[.!]?",
    re.IGNORECASE,
)


_TRADE_ASKED = re.compile(
    rf"\bvous êtes\s+(?:une?\s+)?((?:{_TRADES.pattern})[{_LOW}'\-]*(?:\s+[{_LOW}'\-]{{4,}})?)\s*\?",
    re.IGNORECASE,
)


def _activities(turns: list[Turn], caller: Who, people: dict[str, str]) -> tuple[str, str]:
    # The field guide wants the status ("CDI", "retraitée", "indépendant depuis 12 ans");
    # a job title ("infirmière") only for whom no status is said.
    found_as: dict[JobKind, dict[str, str]] = {"status": {}, "leave": {}, "title": {}}
    status = found_as["status"]
    yes_to: dict[str, str] = {}
    for index, turn in enumerate(turns):
        if not states(turn):
            continue
        # The agent's last question, not the comments before it ("… nous ne travaillons
        # pas sur les immeubles. Comment vous chauffez-vous ?" asks nothing of work).
        question = last_question(asked(turns, index)) or asked(turns, index)
        # Who speaks: the wife who took the phone is asked "Votre mari travaillait ?"
        speaker = _speaking(turn.text, caller, question)
        # A sentence without its own subject goes on about the one before: "Je suis
        # cariste. En CDD, pour l'instant."
        subjects: list[str] = []
        for number, sentence in enumerate(sentences(turn.text)):
            context = f"{question} {sentence}"
            clauses = re.split(r"[,;]|\bet\b", sentence)
            for place, clause in enumerate(clauses):
                # "Ma femme, elle, est retraitée", "plombier, à son compte depuis 12 ans":
                # a clause without its own subject continues the one before it.
                subjects = (
                    []
                    if _SOMEONE_ELSE.search(clause)
                    else _clause_subjects(clause, speaker, people)
                    or _spouse_pronoun(clause, turn.question, people)
                    or subjects
                )
                if not subjects and number == 0:
                    # Only the agent's question or request ("Votre profession."): an
                    # unlabelled transcript's sentence before is as often the client's own.
                    put = turn.question or _put_to(turns, index)
                    subjects = _addressed(put, speaker, _work_asked(turns, index))
                # A status that says whose it is: "Et Odette, elle a toujours été à la
                # maison. Femme au foyer, comme on disait."
                homemaker = [who for who, said in _HOMEMAKERS if re.search(said, clause, re.I)]
                subjects = homemaker or subjects
                # The years may come as a sentence of their own: "Je suis
                # auto-entrepreneuse. Depuis quatre ans."
                after = sentences(turn.text)[number + 1 : number + 2]
                since = [after[0]] if after and _SINCE_NEXT.match(after[0]) else []
                following = ",".join([*clauses[place + 1 :], *since])
                if place + 1 < len(clauses) and _BOTH.fullmatch(clauses[place + 1]):
                    # The subject said after: "À la retraite, tous les deux."
                    subjects = ["Mr", "Mme"]
                for who in subjects:
                    found = _job(clause, who, context, following)
                    if found is not None:
                        kind = found_as[found[1]]
                        if kind.get(who) in _VAGUE_STATUSES and found[0] in _CONTRACTS:
                            # "Salarié. … En CDI, depuis dix ans.": the contract says more.
                            del kind[who]
                        if found[0] in _RETIRED and _at_work(kind.get(who, "")):
                            # Retired is what one is now: "J'étais couvreur, à mon compte."
                            # … "Retraité depuis 2009." (not a homemaker's "on est retraités").
                            del kind[who]
                        kind.setdefault(who, found[0])
                    if found and " depuis " in found[0] and status[who] in _SELF_EMPLOYED:
                        # "Artisan. Je suis à mon compte depuis 17 ans.": the field
                        # guide's dated form over the kind of self-employment.
                        status[who] = found[0]
        # "Vous êtes à la retraite, tous les 2 ?" "Tous les 2, oui.": the status asked
        # about, for whom it was asked, when nothing said states another.
        for who, job in _status_affirmed(question, turn.text, caller).items():
            yes_to.setdefault(who, job)
        alone = _TRADE_ALONE.fullmatch(sentences(turn.text)[0])
        to_client = re.search(r"\bvous\b", question, re.IGNORECASE)  # not "Et elle… ?"
        # The work asked about, or the trade the agent names said back ("Et vous êtes
        # vigneron ?" "Vigneron, oui.").
        named = alone and re.search(
            rf"\bêtes\s+(?:une?\s+)?{re.escape(alone.group(1))}\b", question, re.IGNORECASE
        )
        if alone and caller != UNKNOWN and to_client and (_WORK_CONTEXT.search(question) or named):
            found_as["title"].setdefault(caller, alone.group(1).lower())
        # Or a yes to the trade the agent names: "Vous êtes assistante maternelle ?" "Oui,
        # agréée, je garde à la maison."
        trade = _TRADE_ASKED.search(last_question(question) or question)
        if trade and caller != UNKNOWN and _STATUS_YES.search(sentences(turn.text)[0]):
            found_as["title"].setdefault(caller, trade.group(1).lower())
    for who, job in yes_to.items():
        status.setdefault(who, job)
    found_for = {**found_as["title"], **found_as["leave"], **status}
    return found_for.get("Mr", UNKNOWN), found_for.get("Mme", UNKNOWN)


# A clause about someone else of the family or around it: "notre gendre est électricien",
# "ma fille est infirmière" (not the couple's job; "ma copine" is the partner).
_SOMEONE_ELSE = re.compile(
    r"\b(?:mon|ma|notre|mes|nos|son|sa|leur)\s+(?:gendre|belle-fille|fils|fille|filles|"
    r"frère|sœur|beau-frère|belle-sœur|père|mère|beau-père|belle-mère|voisine?|cousine?|oncle|"
    r"tante|neveu|nièce|ami|amie|enfants?|petite?-fils|petite?-fille|grand|aîné|aînée|"
    r"petits-enfants)\b(?!,?\s+(?:et )?moi\b)",
    re.IGNORECASE,
)
_HOMEMAKERS = (("Mme", r"\bfemme au foyer\b"), ("Mr", r"\bhomme au foyer\b"))
# Both of the couple as a clause of its own: "tous les deux", "nous deux".
_BOTH = re.compile(r"\W*(?:tou(?:te)?s (?:les )?2|(?:nous|vous|les) 2)\W*", re.IGNORECASE)
# "salarié" says less than the contract or the employer's kind said with it.
_VAGUE_STATUSES = frozenset(("salarié", "salariée"))
_CONTRACTS = frozenset(("CDI", "CDD", "fonctionnaire", "intérimaire"))


_STATUS_YES = re.compile(
    r"^\W*(?:(?:tou(?:te)?s )?(?:les )?2\W*)?(?:oui|ouais|tout à fait|exactement|absolument|"
    r"effectivement|c'est ça|voilà|bien sûr|depuis)\b",
    re.IGNORECASE,
)


def _status_affirmed(question: str, answer: str, caller: Who) -> dict[str, str]:
    """The status a yes/no question names, for whom it asks, when the answer is yes."""
    first = sentences(answer)[0] if answer.strip() else ""
    if (
        not _STATUS_YES.search(first)
        or re.search(r"\bou\b|\bn'|\bne\b|\bpas\b", question, re.IGNORECASE)
        or re.search(r"\bnon\b|\bn'|\bne\b|\bpas\b|\bplus\b", first, re.IGNORECASE)
    ):
        return {}
    for pattern, male, female in _JOBS:
        if re.search(pattern, question, re.IGNORECASE):
            return {who: female if who == "Mme" else male for who in _addressed(question, caller)}
    return {}


def _work_asked(turns: list[Turn], index: int) -> bool:
    """Whether the agent asks turn ``index`` about work: "Votre profession.", or "Et votre
    épouse ?", "Et celle de votre compagne." right after asking the client's."""
    question = _put_to(turns, index)
    return _WORK_CONTEXT.search(question) is not None or _spouse_follow_up(
        turns, index, question, _WORK_CONTEXT
    )


def _addressed(question: str, caller: Who, about_work: bool = False) -> list[str]:
    """Whom an answer without a subject speaks of: "Vous êtes à la retraite ?" "Oui,
    retraité de la SNCF." is the caller; "vous deux" both."""
    if re.search(r"tou(?:te)?s (?:les )?2|vous 2", question, re.IGNORECASE):
        return ["Mr", "Mme"]
    if re.search(r"\bvous\b", question, re.IGNORECASE) and caller != "-":
        return [caller]
    if not about_work:
        return []
    # "Et celle de votre compagne." asks the spouse's; "Votre profession." the caller's.
    spouse = _SPOUSE_OF.get(caller)
    if spouse and re.search(rf"\bvotre (?:{_SPOUSE})\b", question, re.IGNORECASE):
        return [spouse]
    if re.search(r"\bvotre\b", question, re.IGNORECASE) and caller != "-":
        return [caller]
    return []


def _clause_subjects(clause: str, caller: Who, people: dict[str, str]) -> list[str]:
    for who, words in people.items():
        if re.search(rf"\b(?:{words})\b", clause, re.IGNORECASE):
            return [who]
    # Not the "on" of a general truth: "Ça fait mal, quand on est au chômage."
    couple = r"tous (?:les )?2|toutes (?:les )?2|\bnous\b|(?<!\bquand )(?<!\bsi )\bon est\b"
    if re.search(couple, clause, re.I):
        return ["Mr", "Mme"]
    if re.search(r"\b(?:je|j'|moi)\b", clause, re.IGNORECASE) and caller != "-":
        return [caller]
    # A stressed pronoun standing alone is the other one of the couple: "Moi, je suis en
    # CDI. Lui, il est pompier."
    stressed = re.fullmatch(r"\W*(?:et\s+)?(lui|elle)\W*", clause, re.IGNORECASE)
    if stressed:
        return ["Mr" if stressed.group(1).lower() == "lui" else "Mme"]
    return _pronoun_subjects(clause)


def _spouse_pronoun(clause: str, question: str, people: dict[str, str]) -> list[str]:
    """ "Votre conjoint travaille ?" "Oui, il est chauffeur de bus": "il"/"elle" in an
    answer about the spouse is that person; so in an answer about the spouse named by
    the first name the client gave ("Et Pascal travaille ?" "Non, il est à la scierie")."""
    names = [n for who, base in (("Mr", _MR), ("Mme", _MME)) for n in people[who].split("|")
             if n not in base.split("|")]  # fmt: skip
    spouse = "|".join((_SPOUSE, *names))
    if not re.search(rf"\b(?:{spouse})\b", question, re.IGNORECASE):
        return []
    pronoun = re.search(r"\b(il|elle|lui)\b", clause, re.IGNORECASE)
    if pronoun is None:
        return []
    return ["Mme" if pronoun.group(1).lower() == "elle" else "Mr"]


def _pronoun_subjects(clause: str) -> list[str]:
    # "il"/"elle" may be the roof or the house: trusted only with an explicit job word.
    patterns = [pattern for pattern, _, _ in _JOBS] + [pattern for pattern, _ in _LEAVES]
    if not any(re.search(pattern, clause, re.IGNORECASE) for pattern in patterns):
        return []
    if re.search(r"\bil\b", clause, re.IGNORECASE):
        return ["Mr"]
    if re.search(r"\belle\b", clause, re.IGNORECASE):
        return ["Mme"]
    return []


_NOT_TITLE_WORDS = (
    r"dans|chez|depuis|pour|avec|sans|encore|aussi|mais|donc|plus|très|bien|pas|dans|sur|"
    r"comme|alors|maintenant|toujours"
)
# The noun after "à" or "de" in a title ("aide à domicile", "auxiliaire de vie"), not a
# determiner ("gérant de son entreprise").
_COMPLEMENT = rf"(?!(?:son|mon|ton|ses|mes|tes|nos|vos|une|les|des|leur|cet)\b)[{_LOW}]{{3,}}"
# One more word of a title: "guide de haute montagne", "chauffeur poids lourd".
_TITLE_WORD = rf"(?:\s+(?!(?:{_NOT_TITLE_WORDS})\b)[{_LOW}]{{4,}})"


JobKind = Literal["status", "leave", "title"]
# Or since a year: "à mon compte depuis deux mille quatorze", "depuis quatre-vingt-dix-huit".
_SINCE_YEAR = (
    r"depuis (?P<year>\d{4}|\d{2})\b(?![,.]\d)"
    r"(?!\s*(?:ans|mois|semaines|jours|heures|h)\b)"
)
_SINCE = re.compile(
    rf"depuis\W*(?:{HESITATION})?(?P<years>\d+) ans|(?:ça|cela) fait (?P<done>\d+) ans|"
    rf"{_SINCE_YEAR}",
    re.IGNORECASE,
)
# The years in the clauses after the status: "À son compte, depuis... euh, 14 ans".
_SINCE_NEXT = re.compile(
    rf"\W*(?:depuis\W*(?:{HESITATION})?(?P<years>\d+) ans|{_SINCE_YEAR})", re.IGNORECASE
)


def _years_since(said: re.Match[str]) -> str:
    """The years a ``_SINCE`` or ``_SINCE_NEXT`` match says: "depuis 12 ans", or since a
    year of the last hundred ("depuis 2014" is 12 in 2026); "" for any other year."""
    found = said.groupdict()
    if found["year"] is None:
        return found["years"] or found.get("done") or ""
    since = age_from_birth_year(found["year"])
    return str(since) if 0 < since < 60 else ""


def _job(clause: str, who: str, context: str, following: str = "") -> tuple[str, JobKind] | None:
    """The activity a clause states for ``who`` and its kind: a status (CDI, retraité…),
    a leave from a job (congé parental…) or a job title. ``following`` is the clauses after
    it in the sentence, which may date the status."""
    for pattern, male, female in _JOBS:
        said = re.search(pattern, clause, re.IGNORECASE)
        if said and not _NOT_YET.search(clause[: said.start()]):
            job = female if who == "Mme" else male
            # The field guide dates self-employment only: "indépendant depuis 12 ans" for
            # "ça fait 12 ans que je suis à mon compte", but "retraité depuis 2 ans" is
            # "retraité".
            # Or in a fragment after it that has no subject of its own: "À son compte,
            # pour les deux. Depuis... six ans ?"
            starts = [0, *(comma.end() for comma in re.finditer(",", following))]
            since = _SINCE.search(clause) or next(
                (m for at in starts if (m := _SINCE_NEXT.match(following, at))), None
            )
            years = _years_since(since) if male == "indépendant" and since else ""
            return (f"{job} depuis {years} ans" if years else job), "status"
    for pattern, leave in _LEAVES:
        said = re.search(pattern, clause, re.IGNORECASE)
        if said and not _NOT_YET.search(clause[: said.start()]):
            return leave, "leave"
    sector = _SECTOR_RE.search(clause)
    if sector and _WORK_CONTEXT.search(context):
        return sector.group(1).lower(), "title"
    match = re.search(
        rf"\b(?:est|suis|travaille comme|travaille en tant que|bosse comme)\s+"
        rf"(?:une? )?([{_LOW}'\-]{{4,}})"
        # "aide à domicile", "agent de maîtrise": a title may take a lower-case complement
        # ("à Lyon" is a place, "à la mairie" a workplace: neither is part of it)...
        rf"(?:\s+((?-i:(?:à|de|du|des) {_COMPLEMENT}|d'[{_LOW}]{{4,}}){_TITLE_WORD}?)\b(?!')"
        # ... or an adjective or two ("secrétaire médicale", "chauffeur poids lourd").
        rf"|\s+(?!(?:{_NOT_TITLE_WORDS})\b)([{_LOW}]{{4,}}{_TITLE_WORD}?))?",
        clause,
        re.IGNORECASE,
    )
    # "C'est pour ça que…", "elle est dans le salon": a function word is no job title.
    function_word = re.fullmatch(_NOT_TITLE_WORDS, match.group(1), re.I) if match else None
    if match is None or match.group(1).lower() in _NOT_JOBS or function_word:
        return None
    if re.match(r"[ld]['’]", match.group(1), re.IGNORECASE):
        return None  # "c'est l'heure du goûter": a noun with its article is no job title
    # Any title when work is the topic; else only a known trade ("je suis plombier").
    if _WORK_CONTEXT.search(context) or _TRADES.match(match.group(1)):
        return " ".join(w.lower() for w in match.groups() if w), "title"
    return None


_INCOME_AMOUNT = re.compile(
    rf"{_AMOUNT}\s*{_EUROS}((?:\s*(?:nets?|bruts?|par mois|par an|mensuels?|annuels?|à 2|"
    rf"tous les 2))*)",
    re.IGNORECASE,
)
# Asked for the income, the amount and its period without "euros": "3 200 par mois".
_INCOME_PER = re.compile(rf"{_AMOUNT}\s+(par mois|par an)\b", re.IGNORECASE)
_INCOME_BARE = re.compile(rf"(?<![\d,.]){_AMOUNT}()(?![.,]?\d)(?!\s*(?:ans?\b|%|enfants?))", re.I)


def _income(turns: list[Turn]) -> str:
    statements = client_statements(turns)
    for index, turn in enumerate(turns):
        if turn not in statements or _WONT_SAY.search(turn.text):
            continue
        # The agent's request need not be a question: "J'ai besoin du revenu du foyer."
        question = asked(turns, index)
        for sentence in sentences(turn.text):
            context = f"{question} {sentence}"
            if not _INCOME.search(context) or _BILL_CONTEXT.search(sentence):
                continue
            match = _INCOME_AMOUNT.search(sentence)
            if match is None and _INCOME.search(question):
                # Without "euros", the period said with it or elsewhere in the answer:
                # "3 200 par mois", "Lui et moi... 2 900, à peu près. Par mois."
                per = _INCOME_PER.search(sentence)
                if per is None and _PERIOD_RE.search(turn.text):
                    bare = _INCOME_BARE.finditer(sentence)
                    per = next((m for m in bare if int(_digits(m.group(1))) >= 300), None)
                match = per if per and int(_digits(per.group(1))) >= 300 else None
            if match:
                # The field guide writes "<amount> euros par mois": net or gross is not kept.
                tail = re.sub(r"\b(?:nets?|bruts?)\b", "", match.group(2) or "", flags=re.I)
                # The period said elsewhere in the sentence ("Sur l'année, on déclare
                # 48 000 euros."), or else in the answer ("2 900, à peu près. Par mois.").
                for where in (sentence, turn.text):
                    if not tail.strip() and re.search(_YEARLY, where, re.IGNORECASE):
                        tail = "par an"
                    elif not tail.strip() and re.search(_MONTHLY, where, re.IGNORECASE):
                        tail = "par mois"
                return " ".join(f"{_digits(match.group(1))} euros {tail}".split())
    return UNKNOWN


# The client keeping it to themself: what else the answer holds is no income ("Ça, je ne le
# dis pas. À la télé, ils ont parlé de vingt mille euros.").
_WONT_SAY = re.compile(
    r"\bje ne (?:le |vous le )?(?:dis|dirai) pas\b|"
    r"\bje (?:ne )?préfère (?:pas|ne pas) (?:le )?dire\b|"
    r"\bça ne vous regarde pas\b|\bc'est personnel\b",
    re.IGNORECASE,
)


# --- callback -------------------------------------------------------------------------

_CALLBACK_CONTEXT = re.compile(
    # Not why the agent calls: "Je vous rappelle pour l'étude."
    r"rappel(?!le (?:pour|au sujet|suite|concernant|à propos)\b)|"
    r"rendez-vous|\brdv\b|disponib|créneau|passer|joindre|arrange|convien|"
    # "Quand peut-on vous rappeler ?", not the client's "quand il fait nuit".
    r"^(?:[^?]*\s)?quand\b[^?]*\?|"
    r"agenda|quel jour|quelle heure|"
    # "Quel moment vous arrange ?", not "en ce moment", "pour le moment" (now, as yet).
    r"(?<!\ben ce )(?<!\bpour le )(?<!\bdu )(?<!\bau )moment",
    re.IGNORECASE,
)
_DAYS = (
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|après-demain|demain|"
    r"aujourd'hui|en semaine|le week-end|ce week-end|la semaine prochaine"
)
_MOMENTS = (
    r"(?:en|sur la|vers la) fin (?:de (?:la )?matinée|d'après[- ]midi|de (?:la )?journée)|"
    r"en début d'après-midi|"
    r"dans la matinée|matinée|matin|après[- ]midi|soirée|soir|midi|heure du déjeuner"
)
_WEEKDAYS = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_HOUR_RES = (
    re.compile(r"\b(\d{1,2})\s?h\s?(\d{2})?\b", re.IGNORECASE),
    re.compile(
        r"(?:vers|à|a|pour|entre|après|avant|dès|de|partir de|plutôt|disons)\s+(\d{1,2})\s*heures?"
        r"(?:\s*(\d{2}|et demie|et quart))?",
        re.IGNORECASE,
    ),
    # An hour opening a clause, as a slot is read back: "Samedi matin, 10 heures 30."
    re.compile(r"(?:^|[,:;]\s*)(\d{1,2})\s*heures?(?:\s*(\d{2}|et demie|et quart))?", re.I),
)
# A slot in a refusal or a question is not the one agreed: "Non, le mardi je garde mes
# petits-enfants", "Mercredi, plutôt ?", "aujourd'hui, ce n'est pas le moment", "en
# semaine, c'est compliqué".
_REFUSED = re.compile(
    # "Pas trop tôt" only narrows the slot: "Samedi matin, pas trop tôt, 9 heures et demie."
    # A day off is a day free: "Le mercredi, je ne travaille pas."
    # Nor "plus tôt", "plus tard": "le mardi, la boutique ferme plus tôt".
    r"\b(?:non|(?<!travaille )(?<!bosse )pas(?! trop (?:tôt|tard)\b)|plus(?! tôt| tard)|jamais)\b|"
    r"\bn'|"
    r"compliqué|difficile|impossible|"
    # A moment taken: "Mais le matin, je dors, après la garde.", "Le matin, c'est la
    # pétanque." (not "Le soir, c'est le mieux").
    r"\bje (?:dors|travaille|bosse|suis au travail)\b|"
    r"^\W*(?:le|la|l')\s*[\w-]+,?\s+(?:c'est|j'ai|il a|elle a|on a) "
    r"(?:la|le|les|l'|mon|ma|mes|son|sa|ses)\b"
    r"(?!\s*(?:mieux|plus simple|plus pratique|idéal|moment|meilleure?)\b)|"
    # Nor a day gone by: "On m'a déjà appelé mardi", "vous avez téléphoné jeudi dernier".
    rf"\b(?:hier|avant-hier)\b|\b(?:semaine|mois|{_WEEKDAYS}) derni(?:er|ère)\b|"
    r"\b(?:a|ont|avez|avait|avaient)\s+(?:déjà\s+)?"
    r"(?:appelée?s?|téléphoné|rappelée?s?|contactée?s?)\b",
    re.IGNORECASE,
)
# What is no slot in an offer: a leave-taking ("Bonne soirée", "bon après-midi") and a
# day ruled out ("en fin de journée, sauf le mercredi").
_NOT_OFFERED = re.compile(
    r"\bbonne (?:fin de )?(?:journée|soirée|matinée|après[- ]midi|semaine)\b|"
    r"\bbon (?:après[- ]midi|week-end|début de soirée)\b|\bbonne fin d'après[- ]midi\b|"
    # A wish for the moment: "bon service ce soir", "bon courage pour cet après-midi".
    r"\bbon(?:ne)? (?!(?:ben|bah|alors|ok|d'accord|eh|moment|créneau|horaire|idée)\b)"
    r"[\w'’\-]+ (?:pour )?"
    r"(?:ce|cet|cette) (?:soir|matin|après[- ]midi|midi)\b|"
    r"\b(?:sauf|excepté|hormis|à part)\b[^,.;!?]*|"
    # Hours of work or a shift: "je ne travaille que le matin", "je suis du matin".
    r"\btravaille (?:que |seulement |jusqu'à )?(?:le |la |du |de )?"
    r"(?:matin|soir|après[- ]midi|journée|nuit)\b|"
    r"\bsuis (?:encore |toujours )?(?:du|de|d') ?(?:matin|soir|nuit|après[- ]midi)\b|"
    # A lie-in is no moment: "le samedi, on fait la grasse matinée".
    r"\bgrasse matinée\b",
    re.IGNORECASE,
)


def _callback_turns(turns: list[Turn]) -> list[Turn]:
    """The turns of the callback exchange, in order: those about a callback, and a turn
    that follows one naming a time (the agent reading the slot back) or an agent's remark
    that asks nothing (a pitch between the proposal and the client's answer)."""
    relevant: list[Turn] = []
    previous = False
    for index, turn in enumerate(turns):
        about = bool(_CALLBACK_CONTEXT.search(f"{turn.question} {turn.text}"))
        if about or previous:
            relevant.append(turn)
        remark = not turn.from_client and not turn.is_question
        # "Il faut que Sandrine soit là. Je vous la repasse.": who answers next goes on.
        passed = turn.from_client and (
            _HANDS_OVER.search(turn.text) is not None
            or (index + 1 < len(turns) and turns[index + 1].from_client)
        )
        previous = about or (previous and (_names_a_time(turn.text) or remark or passed))
    return relevant


def _names_a_time(text: str) -> bool:
    return bool(
        re.search(rf"\b(?:{_DAYS}|{_MOMENTS})\b", text, re.IGNORECASE)
        or re.search(r"\b\d{1,2}\s*(?:h|heures?)\b", text, re.IGNORECASE)
    )


def _offered(text: str, *, from_client: bool) -> list[str]:
    """The sentences of a turn that offer or accept a time (no question, no refusal).

    A client may propose a time as a question ("Samedi après-midi ? Vers trois heures."):
    that one is an offer, unless the next sentence turns it down ("Le matin ? Non, je
    travaille.").
    """
    said = sentences(text)
    offered: list[str] = []
    for index, sentence in enumerate(said):
        refused = _REFUSED.search(_FREE_AGAIN.sub("", sentence))
        rather = refused and _RATHER_AFTER.search(sentence, refused.end())
        if rather:
            # Put right within the sentence: "Entre midi et deux, ou... non, plutôt en
            # début d'après-midi."
            sentence = sentence[rather.start() :]
        elif refused:
            continue
        if sentence.rstrip().endswith("?"):
            following = said[index + 1] if index + 1 < len(said) else ""
            proposed = from_client and _names_a_time(sentence)
            if not proposed or _TURNED_DOWN.search(following):
                continue
        offered.append(_NOT_OFFERED.sub("", sentence))
    return offered


# An obstacle gone is no refusal: "Demain soir, je ne suis plus de garde."
_FREE_AGAIN = re.compile(
    r"\bje ne (?:suis|serai) plus (?:de garde|d'astreinte|de service|au travail|en déplacement|"
    r"prise?|occupée?)\b",
    re.IGNORECASE,
)
_RATHER_AFTER = re.compile(r"\bplutôt\b(?! que\b| qu')", re.IGNORECASE)
# The sentence after a time proposed as a question turns it down: "Le matin ? Non, je
# travaille." (not a reason it suits: "Samedi matin ? Le samedi, mon mari ne va pas aux
# champs.")
_TURNED_DOWN = re.compile(
    r"^\W*(?:(?:ah|oh|euh|ben|mais)\W+)?(?:non|pas|jamais|impossible)\b|\bimpossible\b|"
    r"\bcompliqué\b|\bdifficile\b|\bje (?:ne )?(?:peux|pourrai|pourrais|serai) pas\b",
    re.IGNORECASE,
)


def _offers(turns: list[Turn], index: int) -> list[str]:
    """What turn ``index`` offers or accepts, and the agent's proposal the client says yes
    to ("Je peux vous rappeler jeudi, à 10 heures ?" "Oui, parfait.")."""
    turn = turns[index]
    offers = _offered(turn.text, from_client=turn.from_client)
    if not turn.from_client and confirmed(turns, index):
        offers.append(last_question(turn.text))
    if not turn.from_client and not denied(turns, index):
        # The slot read back before asking for the rest: "Mardi matin, vers quelle heure ?"
        read_back = (_READ_BACK.match(s) for s in sentences(turn.text) if s.endswith("?"))
        offers += [found.group(1) for found in read_back if found]
    return offers


# A weekday as a recogniser writes it, right before a moment of the day: "Samdi matin",
# "Mercudie matin", "Je dis après-midi" (jeudi), "Sam dit après-midi" (samedi).
_HEARD_DAY = re.compile(rf"\b([^\W\d_]+(?: di[st])?)(?=\s+(?:{_MOMENTS})\b)", re.IGNORECASE)
_WEEKDAY_NAMES = _WEEKDAYS.split("|")
# "mercudie" is 0.75 of "mercredi"; "demain" is 0.57 of "dimanche".
_HEARD_DAY_LIKENESS = 0.75


def _heard_weekdays(said: str) -> str:
    """``said`` with a misspelt weekday before a moment of the day written as the day."""

    def weekday(match: re.Match[str]) -> str:
        heard = match.group(1).lower().replace(" ", "")
        likeness, day = max((SequenceMatcher(None, heard, d).ratio(), d) for d in _WEEKDAY_NAMES)
        if heard[0] == day[0] and likeness >= _HEARD_DAY_LIKENESS:
            return day
        return match.group(1)

    return _HEARD_DAY.sub(weekday, said)


_READ_BACK = re.compile(
    rf"^\W*((?:{_WEEKDAYS}|demain|aujourd'hui)\s+(?:{_MOMENTS}))\s*,", re.IGNORECASE
)


def _slot(turns: list[Turn]) -> str:
    """The slot finally agreed: the client's offers read in order, each replacing the one
    before ("la semaine prochaine, le soir" … "Mardi soir, plutôt"), a moment alone
    completing the day said ("Samedi, peut-être." … "Plutôt l'après-midi."). The agent's
    words count when they read a slot back in full, or propose one when none is on the
    table: "Vous aurez un SMS demain" does not undo the client's slot."""
    exchange = _callback_turns(turns)
    day, moment = "", ""
    for index, turn in enumerate(turns):
        if turn not in exchange:
            continue
        offers = _offers(turns, index)
        if not turn.from_client:
            for sentence in offers:
                said_day, said_moment = _slot_in(sentence)
                if (said_day and said_moment) or not (day or moment):
                    day, moment = said_day or day, said_moment or moment
                elif said_day and not day and _DAY_FIRST.match(sentence):
                    # The day read back to a moment alone: "Le soir." "Mardi, 18 heures."
                    # (not "Vous aurez un SMS demain").
                    day = said_day
            continue
        said_day, said_moment = _slot_in(" ".join(offers))
        if said_day and said_moment:
            day, moment = said_day, said_moment
        elif said_moment:
            moment = said_moment
        elif said_day and said_day != day:
            # Another day drops the moment said for the last one ("Mardi soir" …
            # "Samedi, peut-être."), not one said with no day yet ("L'après-midi." …
            # "Jeudi, quatorze heures trente, ça va.").
            day, moment = said_day, moment if not day else ""
    return " ".join(w for w in (day, moment) if w) or UNKNOWN


_DAY_FIRST = re.compile(rf"\W*(?:le )?(?:{_WEEKDAYS}|demain)\b", re.IGNORECASE)


def _slot_in(said: str) -> tuple[str, str]:
    """The day and the moment one turn offers, either "" when not said."""
    said = _heard_weekdays(said)
    # The choice marked by "plutôt" beats what came before it: "Jeudi, je suis en
    # tournée. Plutôt vendredi après-midi.", "Lundi, il a le foot. Mardi soir, plutôt."
    rather = re.search(r"\bplutôt\b(?! que\b| qu')", said, re.IGNORECASE)
    preferred = ""
    if rather:
        opening = max(said.rfind(mark, 0, rather.start()) for mark in ".!;")
        preferred = said[opening + 1 :]
    # A named day beats a vague one: "En semaine, le soir… Le mardi, par exemple."
    day = next(
        (
            found
            for text in (preferred, said)
            for pattern in (_WEEKDAYS, _DAYS)
            if (found := re.search(rf"\b(?:{pattern})\b", text, re.IGNORECASE))
        ),
        None,
    )
    moment = re.search(rf"\b(?:{_MOMENTS})\b", preferred, re.IGNORECASE) or re.search(
        rf"\b(?:{_MOMENTS})\b", said, re.IGNORECASE
    )
    # "en fin de journée" is the slot "fin de journée".
    # A recogniser writes "après midi" as often as "après-midi".
    when = re.sub(r"^(?:en|dans la|sur la|vers la) ", "", moment[0].lower()) if moment else ""
    when = when.replace("fin de la ", "fin de ")
    # "Ce soir", "cet après-midi": today, said so.
    today = moment and re.search(r"\b(ce|cet)\s+$", moment.string[: moment.start()], re.I)
    if today and not day:
        return today.group(1).lower(), when.replace("après midi", "après-midi")
    return (day[0].lower() if day else ""), when.replace("après midi", "après-midi")


def _hour(turns: list[Turn]) -> str:
    # The hour finally agreed is the last one said: the agent reads the slot back after
    # the client has turned down the first proposals.
    exchange = _callback_turns(turns)
    agreed = UNKNOWN
    for index, turn in enumerate(turns):
        if turn not in exchange:
            continue
        for sentence in _offers(turns, index):
            hour = _hour_in(sentence)
            # "Mercredi soir, vingt heures trente ?" "Mercredi, huit heures et demie.": the
            # same hour said on the twelve-hour clock.
            if hour is not None and not _same_hour_of_the_day(hour, agreed):
                agreed = hour
    return agreed


def _same_hour_of_the_day(hour: str, agreed: str) -> bool:
    said, _, minutes = hour.partition("h")
    before, _, before_minutes = agreed.partition("h")
    return before.isdigit() and minutes == before_minutes and int(said) + 12 == int(before)


def _hour_in(sentence: str) -> str | None:
    found: list[tuple[int, str]] = []
    for pattern in _HOUR_RES:
        for match in pattern.finditer(sentence):
            hour = int(match.group(1))
            if 1 <= hour <= 7 and _AFTERNOON.search(sentence):
                hour += 12  # "L'après-midi, après la sieste, vers trois heures." is 15h
            if 7 <= hour <= 21:
                minutes = {"et demie": "30", "et quart": "15"}.get(
                    (match.group(2) or "").lower(), match.group(2) or ""
                )
                found.append((match.start(1), f"{hour}h{minutes}"))
    noon = _NOON_RE.search(sentence)
    # "à midi", or "midi et quart": a bare "midi" is the slot.
    if noon and (noon.group(1) or noon.group(2)):
        found.append((noon.start(), _noon(noon)))
    return min(found)[1] if found else None


_AFTERNOON = re.compile(r"\baprès[- ]midi\b|\bl'aprèm\b", re.IGNORECASE)
# "à midi", "vers midi et demi(e)", "midi et quart"; a bare "midi" is the slot, not an hour.
_NOON_RE = re.compile(r"\b(?:(à|vers) )?midi(?: (et demie?|et quart))?\b", re.IGNORECASE)


def _noon(match: re.Match[str]) -> str:
    minutes = (match.group(2) or "").lower()
    return "12h" + ("15" if minutes == "et quart" else "30" if minutes else "")


_MODEL_HOUR_RE = re.compile(
    r"(\d{1,2})\s*(?:heures?|h|:)\s*(\d{2}|et demie|et quart)?(?:\s*([ap])\.?\s*m\b\.?)?",
    re.IGNORECASE,
)


def tidy_hour(value: str) -> str:
    """An hour as the field guide writes it ("14h", "9h30"), from a model's free text:
    "14 heures", "14:00", "9:30 AM", "après 19 heures", "10 heures et demie", "midi".
    A value with no hour in it is left as it is (the evidence check judges it)."""
    text = numberize(value)
    match = _MODEL_HOUR_RE.search(text)
    if match is None:
        noon = _NOON_RE.search(text)
        return _noon(noon) if noon else value
    hour = int(match.group(1))
    if (match.group(3) or "").lower() == "p" and hour < 12:
        hour += 12
    said = (match.group(2) or "").lower()
    minutes = {"et demie": "30", "et quart": "15", "00": ""}.get(said, said)
    return f"{hour}h{minutes}" if 0 <= hour <= 23 else value


def tidy_city(value: str) -> str:
    """A city as the field guide writes it, from a model's free text: "Quimper, France" and
    "Seynod, Annecy, France" are "Quimper" and "Seynod". No town's name has a comma; what
    follows one is a larger place (a nearby city, a department, a region, the country)."""
    return value.split(",", 1)[0].strip() or value


# --- interest -------------------------------------------------------------------------

_REFUSAL = re.compile(
    r"pas intéress|ne m'intéresse pas|m'intéresse pas|nous intéresse pas|non merci|"
    r"ne (?:me )?rappelez (?:pas|plus)|"
    # "je ne veux pas d'étude", "on ne veut pas qu'on nous rappelle": a refusal when the
    # sentence ends there ("je ne veux pas qu'on me rappelle le matin" is a slot).
    r"\b(?:je|on|nous) ne (?:veux|veut|voulons|souhaite|souhaitons) (?:pas|plus|aucune?) "
    r"(?:d'études?|de panneaux|de devis|de rendez-vous|d'installation|de rappel|"
    r"qu'on (?:me|nous) (?:rappelle|recontacte)|être (?:rappelée?s?|recontactée?s?))"
    r"(?=\s*(?:[,.;!]|et\b|$))|"
    # Not what the agent needs: "Je ne vous donnerai pas le chiffre exact : vous n'en avez
    # pas besoin."
    # (Not a call cut short: "Il faut que je raccroche, excusez-moi.")
    r"arrêtez de|laissez-moi tranquille|retirez-moi|(?<!faut que )je raccroche|"
    # "Notez aussi de ne plus m'appeler.", "je n'ai besoin de rien".
    r"\bne plus (?:m'|nous |me |nous r)appeler\b|\bbesoin de rien\b|"
    r"(?<!vous n'en avez )(?<!vous avez )pas besoin|pas la peine",
    re.IGNORECASE,
)
_POSITIVE = re.compile(
    r"ça m'intéresse|je suis intéressée?|intéressant|pourquoi pas|volontiers|avec plaisir|"
    r"je veux bien|d'accord|ça me va|parfait|avec grand plaisir|allez-y|bonne idée",
    re.IGNORECASE,
)
_OBJECTIONS: tuple[tuple[str, str], ...] = (
    (r"trop cher|coûte cher|pas les moyens|budget", "le prix"),
    (r"réfléchir", "veut réfléchir"),
    (r"en parler (?:à|avec)", "veut en parler à son conjoint"),
    (r"démarch|arnaque|méfi|escroqu", "méfiance envers le démarchage"),
    (r"pas le temps|occupée?|pas disponible", "manque de temps"),
    (r"déjà (?:des|les) panneaux|déjà équipée?", "déjà équipé"),
    (_REFUSAL.pattern, "refus"),
)


@dataclass(frozen=True)
class _Interest:
    score: int
    refused: bool
    phrase: str


def _interest(turns: list[Turn], owner: str, available: bool, not_house: str) -> _Interest:
    statements = client_statements(turns)
    if not statements:
        return _Interest(0, False, UNKNOWN)
    refusal = next((t.text for t in statements if _refuses(t.text)), None)
    positives = [t.text for t in statements if _POSITIVE.search(t.text)]
    score = 3 + min(len(positives), 3) + int(owner == "oui") + int(available) + int(not not_house)
    if refusal is not None:
        score = min(score, 1)
    elif owner == "non" or not_house:
        score = min(score, 3)
    phrase = refusal or (positives[0] if positives else UNKNOWN)
    return _Interest(max(0, min(10, score)), refusal is not None, _quote(phrase))


# "Pas la peine", "pas besoin" of someone else is no refusal: "Mon mari, ce n'est pas la
# peine, il ne répond pas au travail", "son numéro, pas besoin".
_OF_SOMEONE_ELSE = re.compile(
    r"\b(?:mon|ma|son|sa|leur)\s+(?:mari|femme|épou\w+|conjointe?|compagne|compagnon|fils|"
    r"fille|frère|sœur|père|mère|numéro|portable)\b",
    re.IGNORECASE,
)


def _refuses(text: str) -> bool:
    """Whether a client's turn refuses: a sentence that says so, not one that only waves
    off calling someone else ("Mon mari, ce n'est pas la peine")."""
    for sentence in sentences(text):
        said = _REFUSAL.search(sentence)
        if said is None:
            continue
        words = said.group(0).lower()
        waved_off = words in ("pas besoin", "pas la peine") and _OF_SOMEONE_ELSE.search(sentence)
        # A threat on a condition: "si vous me parlez de panneaux à un euro, je raccroche".
        threat = words == "je raccroche" and re.search(r"\bsi\b", sentence[: said.start()], re.I)
        if not (waved_off or threat):
            return True
    return False


def _quote(text: str) -> str:
    if text == UNKNOWN:
        return text
    short = " ".join(text.split())
    return f"« {short[:157]}… »" if len(short) > 160 else f"« {short} »"


def _objections(turns: list[Turn]) -> str:
    client = " ".join(t.text for t in client_statements(turns))
    found = [name for pattern, name in _OBJECTIONS if re.search(pattern, client, re.I)]
    return "; ".join(dict.fromkeys(found)) or UNKNOWN


# --- assembling -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Facts:
    """What the rules found, before the summaries are written from it."""

    values: dict[str, str]
    interest: _Interest
    # The home when it is no house ("appartement", "mobil-home"), else "".
    not_house: str
    has_agent: bool


_SUMMARY_LABELS: tuple[tuple[str, str], ...] = (
    ("proprietaire_data_ia", "propriétaire"),
    ("mode_chauffage_data_ia", "chauffage"),
    ("facture_data_ia", "facture (€)"),
    ("mensuelle_annuelle_data_ia", "périodicité"),
    ("superficie_data_ia", "surface (m²)"),
    ("toiture_data_ia", "toiture"),
    ("orientation_data_ia", "orientation"),
    ("20m_data_ia", "toit libre"),
    ("situation_familiale_data_ia", "famille"),
    ("creneau_rappel_data_ia", "rappel"),
    ("heure_rappel_data_ia", "heure"),
)
_KEY_FIELDS = ("proprietaire_data_ia", "mode_chauffage_data_ia", "facture_data_ia",
               "superficie_data_ia", "toiture_data_ia", "orientation_data_ia")  # fmt: skip


def _summary(values: dict[str, str]) -> str:
    parts = [f"{label} : {values[key]}" for key, label in _SUMMARY_LABELS if values[key] != "-"]
    return " ; ".join(parts) or UNKNOWN


def _comment(facts: _Facts) -> str:
    values = facts.values
    status = {"oui": "propriétaire", "non": "locataire"}.get(values["proprietaire_data_ia"])
    parts = [p for p in (status, f"en {facts.not_house}" if facts.not_house else None) if p]
    if values["mode_chauffage_data_ia"] != "-":
        parts.append(f"chauffage {values['mode_chauffage_data_ia']}")
    if values["facture_data_ia"] != "-":
        parts.append(f"facture {values['facture_data_ia']} €")
    head = "Prospect " + ", ".join(parts) if parts else "Prospect peu qualifié"
    tail = "refus clair" if facts.interest.refused else f"intérêt {facts.interest.score}/10"
    return f"{head} ; {tail}."


def _analysis(facts: _Facts) -> list[str]:
    if not facts.has_agent:
        return ["Interlocuteurs non distingués dans la transcription : analyse de l'agent limitée."]
    missing = [k.removesuffix("_data_ia") for k in _KEY_FIELDS if facts.values[k] == "-"]
    notes = ["Informations clés recueillies." if not missing else
             "Informations non recueillies : " + ", ".join(missing) + "."]  # fmt: skip
    if facts.values["creneau_rappel_data_ia"] != "-" or facts.values["heure_rappel_data_ia"] != "-":
        notes.append("Un créneau de rappel a été convenu.")
    return notes


def _recommendations(facts: _Facts) -> list[str]:
    values = facts.values
    if facts.interest.refused:
        return ["Refus clair du client : ne pas relancer."]
    if values["proprietaire_data_ia"] == "non" or facts.not_house:
        return ["Client non éligible (locataire ou pas en maison) : lead à écarter."]
    notes: list[str] = []
    missing = [k.removesuffix("_data_ia") for k in _KEY_FIELDS if values[k] == "-"]
    if missing:
        notes.append("Compléter lors du rappel : " + ", ".join(missing) + ".")
    slot = " ".join(v for v in (values["creneau_rappel_data_ia"], values["heure_rappel_data_ia"])
                    if v != "-")  # fmt: skip
    if slot:
        notes.append(f"Rappeler le client comme convenu : {slot}.")
    return notes or ["Lead complet : transmettre au commercial."]


def _facts(turns: list[Turn]) -> _Facts:
    caller = _caller(turns)
    first, last = _names(turns)
    phones = _phones(turns)
    bill, period = _bill(turns)
    house, roof_space = _areas(turns)
    people = _people(turns, caller)
    if caller in people and first != UNKNOWN:
        # The spouse who took the phone names the client: "Moi, 27 ans. Jérémy, 29."
        people[caller] += "|" + re.escape(first)
    (age_mr, age_mme), (job_mr, job_mme) = _ages_and_jobs(turns, caller, people)
    values: dict[str, str] = {
        "client_first_name_data_ia": first,
        "client_last_name_data_ia": last,
        "client_phone_number": phones[0] if phones else UNKNOWN,
        "client_city_data_ia": _city(turns),
        "client_address_data_ia": _address(turns),
        "client_postal_code_data_ia": _postal_code(turns),
        "proprietaire_data_ia": _owner(turns),
        "mode_chauffage_data_ia": _heating(turns),
        "facture_data_ia": bill,
        "mensuelle_annuelle_data_ia": period,
        "superficie_data_ia": house,
        "toiture_data_ia": _roof(turns),
        "orientation_data_ia": _orientation(turns),
        "20m_data_ia": roof_space,
        "age_mr_data_ia": age_mr,
        "age_mme_data_ia": age_mme,
        "situation_familiale_data_ia": _family(turns, caller),
        "activite_mr_data_ia": job_mr,
        "activite_mme_data_ia": job_mme,
        "revenu_data_ia": _income(turns),
        "tel2_data_ia": phones[1] if len(phones) > 1 else UNKNOWN,
        "creneau_rappel_data_ia": _slot(turns),
        "heure_rappel_data_ia": _hour(turns),
        "entretien_data_ia": caller,
    }
    not_house = _not_a_house(turns)
    available = values["creneau_rappel_data_ia"] != "-" or values["heure_rappel_data_ia"] != "-"
    # Not the client calling the company ("rappelez-nous", "n'hésitez pas à nous rappeler",
    # "Je vous rappellerai cet été").
    callback = (
        r"(?<!nous )(?<!je vous )(?<!on vous )rappel(?!ez-nous)|rendez-vous|\brdv\b|disponible"
    )
    available = available or bool(affirmed(turns, callback))
    # Nor a stranger on a wrong number: the slot they mention is someone else's.
    available = available and not _wrong_number(turns)
    interest = _interest(turns, values["proprietaire_data_ia"], available, not_house)
    values["disponibilite"] = "Oui" if available and not interest.refused else "Non"
    has_agent = any(t.speaker == "agent" for t in turns)
    return _Facts(values, interest, not_house, has_agent)


_SPOUSE_OF: dict[str, Who] = {"Mr": "Mme", "Mme": "Mr"}
# The client hands the phone over ("je vous la passe") and the one who took it hands it back
# ("je vous rends Xavier", "je vous repasse Pascale"); "je vous la repasse" hands it on
# either way: back when held, over when not.
_HANDS_OVER = re.compile(
    r"\bje vous (?:la|le) (?:re)?passe\b|\bje vous passe (?:ma|mon) (?:femme|épouse|mari|époux|"
    r"compagne|compagnon|conjointe?)\b",
    re.IGNORECASE,
)
_HANDED_BACK = re.compile(r"\bje vous (?:le |la )?(?:rends|repasse)\b", re.IGNORECASE)
# Or the client is back, in a turn of their own: "Me revoilà. Moi, j'ai cinquante-deux ans."
_BACK_AGAIN = re.compile(r"\bme revoilà\b|\bc'est (?:encore|de nouveau) moi\b", re.IGNORECASE)


def _ages_and_jobs(
    turns: list[Turn], caller: Who, people: dict[str, str]
) -> tuple[tuple[str, str], tuple[str, str]]:
    """(age_mr, age_mme), (job_mr, job_mme). What the spouse says of themself on the phone
    handed to them is theirs: "Je vous la passe." "Allô ? Je suis agent immobilier… et
    j'ai quarante-sept ans."; what the caller's own turns say comes first."""
    spouse = _SPOUSE_OF.get(caller)
    handed = set(_handed_over(turns)) if spouse is not None else set()
    own = [turn for index, turn in enumerate(turns) if index not in handed]
    ages, jobs = _ages(own, caller, people), _activities(own, caller, people)
    if spouse is None or not handed:
        return ages, jobs
    theirs = [turns[index] for index in sorted(handed)]
    their_ages, their_jobs = _ages(theirs, spouse, people), _activities(theirs, spouse, people)
    return _either(ages, their_ages), _either(jobs, their_jobs)


def _either(values: tuple[str, str], others: tuple[str, str]) -> tuple[str, str]:
    """Each of ``values``, or the one of ``others`` in its place where it is unknown."""
    first, second = (v if v != UNKNOWN else o for v, o in zip(values, others, strict=True))
    return first, second


def _handed_over(turns: list[Turn]) -> list[int]:
    """The turns of the calls within the call that the client hands the phone over for:
    from the turn after the handover to the one that hands it back ("… Je vous rends
    Xavier."), the agent's questions between them included."""
    handed: list[int] = []
    holding = False
    for index, turn in enumerate(turns):
        # Or someone new greets right after the client called them: "Cédric ! Le monsieur
        # veut savoir pour l'électricité." "Bonjour monsieur, Cédric, le fils."
        greets = index > 0 and turns[index - 1].from_client and _GREETING.match(turn.text)
        if holding and turn.from_client and _BACK_AGAIN.search(turn.text):
            holding = False
        elif holding or (turn.from_client and greets):
            handed.append(index)
            holding = not (turn.from_client and _HANDED_BACK.search(turn.text))
        elif turn.from_client and _HANDS_OVER.search(turn.text):
            holding = True
    return handed


_GREETING = re.compile(r"\W*(?:oui,?\s+)?(?:allô|bonjour|bonsoir)\b(?!.*\bc'est moi\b)", re.I)


def unknown_fields(
    comment: str = "Appel vide ou inaudible : aucune information recueillie.",
) -> LeadFields:
    """Every field unknown: what a silent call yields (score 0, nothing to qualify)."""
    values: dict[str, object] = {
        (f.alias or name): UNKNOWN for name, f in LeadFields.model_fields.items()
    }
    values.update(
        adresse_modifiee=0,
        commentaire_suggestion_ia=comment,
        score_interet=0,
        # Nothing shows a prospect: sending a silent call on as "Valide" would put an
        # empty lead in front of a salesperson.
        classement="Non intéressant",
        interet_exprime=UNKNOWN,
        disponibilite="Non",
        analyse_agent=["Aucun échange exploitable dans l'appel."],
        recommandations_qualiticien=["Vérifier l'enregistrement et rappeler le client."],
    )
    return LeadFields.model_validate(values)


def extract_fields(transcript: str) -> LeadFields:
    """Every field the rules can find in a French call transcript; ``"-"`` for the rest."""
    turns = [t for t in split_turns(transcript) if t.text.strip()]
    if not turns:
        return unknown_fields()
    facts = _facts(turns)
    # A wrong number is no lead either, however the stranger who answered sounded.
    rejected = (
        facts.interest.refused
        or facts.not_house
        or facts.values["proprietaire_data_ia"] == "non"
        or _wrong_number(turns)
    )
    values: dict[str, object] = dict(facts.values)
    values.update(
        adresse_modifiee=_address_changed(turns),
        commentaire_suggestion_ia=_comment(facts),
        score_interet=facts.interest.score,
        classement="Non intéressant" if rejected else "Valide",
        interet_exprime=facts.interest.phrase,
        infos_collectees=_summary(facts.values),
        objections=_objections(turns),
        analyse_agent=_analysis(facts),
        recommandations_qualiticien=_recommendations(facts),
    )
    return LeadFields.model_validate(values)
