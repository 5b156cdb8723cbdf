"""The lead-qualification fields read from the turns: one small rule per field."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from messages.lead import UNKNOWN, LeadFields
from stages.extract.rules._numbers import phones_in, postal_codes
from stages.extract.rules._turns import (
    Turn,
    affirmed,
    client_statements,
    negated,
    sentences,
    split_turns,
)

# --- identity -------------------------------------------------------------------------

_UP = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ"
_LOW = "a-zàâäçéèêëîïôöùûüÿ"
_NAME = rf"[{_UP}][{_LOW}{_UP}'’\-]+"
_NOT_NAMES = frozenset((
    "Oui", "Non", "Bonjour", "Merci", "Très", "Et", "Je", "Vous", "Alors", "Bien", "Madame",
    "Monsieur", "Voilà", "Ok", "Allô", "Allo", "Au", "Revoir", "Bonne", "Journée", "Parfait",
    "Enchanté", "Enchantée",
))  # fmt: skip
_SELF_NAME_RE = re.compile(
    rf"(?i:je m'appelle|mon nom(?: c'est| est)|moi c'est|c'est moi,?|ici)\s+"
    rf"({_NAME})(?:\s+({_NAME}))?"
    # "je suis" introduces too much else: only a capitalised first and last name.
    rf"|(?i:je suis)\s+({_NAME})\s+({_NAME})"
)
_TITLE_NAME_RE = re.compile(
    rf"\b(?i:monsieur|madame|mademoiselle|mme|m\.)\s+({_NAME})(?:\s+({_NAME}))?"
)


def _names(turns: list[Turn]) -> tuple[str, str]:
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


_CITY = rf"{_NAME}(?:[\- ](?:(?:sur|sous|en|le|la|les|de|du|des|lès|aux|et|d'|l')[\- ]?)?{_NAME})*"
_STREET = (
    r"rue|avenue|av\.|boulevard|bd|chemin|impasse|allée|allee|place|route|cours|quai|"
    r"lotissement|lieu-dit|résidence|square|passage|hameau|voie|sentier|rond-point|clos"
)
_ADDRESS_RE = re.compile(
    rf"\b(\d{{1,4}}(?:\s?(?i:bis|ter))?,?\s+(?i:{_STREET})\b[^,.;?!\n]*?)"
    rf"(?=\s+(?i:à|a)\s+[{_UP}]|\s*[,.;?!\n]|\s+\d{{5}}|$)"
)
_CITY_RES = (
    re.compile(rf"(?<!\d)\d{{5}}\s+({_CITY})"),
    re.compile(
        rf"(?i:habite|habitons|vis|vivons|réside|résidons|domicilié|domiciliée|"
        rf"habitez|vivez|adresse|ville|commune|rue[^,.?!]*?)\b[^.?!\n]*?\s(?i:à|sur|a)\s+({_CITY})"
    ),
)


def _ordered(turns: list[Turn]) -> list[Turn]:
    # The client's own words first; the agent's confirmations ("vous habitez bien à…")
    # only when the client never said it.
    return [t for t in turns if t.from_client] + [t for t in turns if not t.from_client]


def _address(turns: list[Turn]) -> str:
    for turn in _ordered(turns):
        match = _ADDRESS_RE.search(turn.text)
        if match:
            return " ".join(match.group(1).split())
    return UNKNOWN


def _city(turns: list[Turn]) -> str:
    for pattern in _CITY_RES:
        for turn in _ordered(turns):
            match = pattern.search(turn.text)
            if match and match.group(1) not in _NOT_NAMES:
                return match.group(1)
    return UNKNOWN


def _postal_code(turns: list[Turn]) -> str:
    for turn in _ordered(turns):
        code = next(postal_codes(turn.text), None)
        if code:
            return code
    return UNKNOWN


def _phones(turns: list[Turn]) -> list[str]:
    found: list[str] = []
    for turn in turns:
        for phone in phones_in(turn.text):
            if phone not in found:
                found.append(phone)
    return found


_MOVED = (
    r"déménag|n'habite plus|n'habitons plus|nouvelle adresse|changé d'adresse|"
    r"adresse (?:a changé|n'est plus|est fausse|est erronée|est incorrecte)|"
    r"(?:plus|pas) (?:la bonne|mon|notre) adresse"
)


def _address_changed(turns: list[Turn]) -> Literal[0, 1]:
    for turn in client_statements(turns):
        match = re.search(_MOVED, turn.text, re.IGNORECASE)
        if match:
            # "ce n'est plus mon adresse" negates on purpose: any match means it changed,
            # except "je n'ai pas déménagé".
            moved = match.group(0).lower().startswith("déménag")
            return 0 if moved and negated(turn.text, match.start()) else 1
    return 1 if affirmed(turns, r"déménag") else 0


# --- the house ------------------------------------------------------------------------

_OWNER = r"propriétaire|proprio"
_TENANT = r"locataire|je loue|nous louons|on loue|en location"


def _owner(turns: list[Turn]) -> Literal["oui", "non", "-"]:
    owner = affirmed(turns, _OWNER, unless=_TENANT)
    tenant = affirmed(turns, _TENANT, unless=_OWNER)
    if owner:
        return "oui"
    if tenant:
        return "non"
    if owner is False:
        return "non"
    if tenant is False:
        return "oui"
    return "-"


def _lives_in_flat(turns: list[Turn]) -> bool:
    flat = affirmed(turns, r"appartement|immeuble", unless=r"maison")
    house = affirmed(turns, r"maison|pavillon", unless=r"appartement")
    return bool(flat) and not house


_HEATING: tuple[tuple[str, str], ...] = (
    (r"pompe à chaleur|\bpac\b", "pompe à chaleur"),
    (r"géothermi", "géothermie"),
    (r"électrique|radiateurs?|convecteurs?|grille-pain", "électrique"),
    (r"\bgaz\b", "gaz"),
    (r"fioul|fuel|mazout", "fioul"),
    (r"granulés|pellets", "granulés"),
    (r"\bbois\b|poêle|cheminée", "bois"),
    (r"climatisation|clim réversible", "climatisation réversible"),
)


def _heating(turns: list[Turn]) -> str:
    for turn in client_statements(turns):
        context = f"{turn.question} {turn.text}".lower()
        if "chauff" not in context and "chaleur" not in context:
            continue
        modes = [name for pattern, name in _HEATING if re.search(pattern, turn.text, re.I)]
        if modes:
            return " et ".join(dict.fromkeys(modes))
    return UNKNOWN


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
    (rf"plus de {_AMOUNT}\s*{_EUROS}", lambda m: (f"plus_de_{_digits(m[1])}", int(_digits(m[1])))),
    (
        rf"moins de {_AMOUNT}\s*{_EUROS}",
        lambda m: (f"moins_de_{_digits(m[1])}", int(_digits(m[1]))),
    ),
    (rf"{_AMOUNT}(?:[.,]\d{{1,2}})?\s*{_EUROS}", lambda m: (_digits(m[1]), int(_digits(m[1])))),
)
_MONTHLY = r"par mois|mensuel|tous les mois|chaque mois|mensualit|le mois"
_YEARLY = r"par an\b|annuel|à l'année|par année|tous les ans|l'an\b|sur l'année"
_INCOME = re.compile(r"revenu|gagn|salaire|touch|pension|retraite de", re.IGNORECASE)


def _bill(turns: list[Turn]) -> tuple[str, Literal["mensuelle", "annuelle", "-"]]:
    for turn in client_statements(turns):
        if not _BILL_CONTEXT.search(f"{turn.question} {turn.text}"):
            continue
        for sentence in sentences(turn.text):
            if _INCOME.search(sentence) and not _BILL_CONTEXT.search(sentence):
                continue
            for pattern, read in _BILL_PATTERNS:
                match = re.search(pattern, sentence, re.IGNORECASE)
                if match:
                    amount, upper = read(match)
                    return amount, _period(turn.text, upper)
    return UNKNOWN, "-"


def _period(text: str, amount: int) -> Literal["mensuelle", "annuelle", "-"]:
    if re.search(_MONTHLY, text, re.IGNORECASE):
        return "mensuelle"
    if re.search(_YEARLY, text, re.IGNORECASE):
        return "annuelle"
    if re.search(r"tous les 2 mois|bimestriel", text, re.IGNORECASE):
        return "-"
    return "mensuelle" if amount < 300 else "-"


_AREA_RE = re.compile(
    r"(\d{1,4})\s*(?:m²|m2|mètres?\s*carrés?|metres?\s*carres?|m\b)", re.IGNORECASE
)
_ROOF_CONTEXT = re.compile(r"toit|toiture|\bpans?\b|panneau|libre", re.IGNORECASE)
_LAND_CONTEXT = re.compile(r"terrain|jardin|parcelle|garage", re.IGNORECASE)
_HOUSE_CONTEXT = re.compile(r"maison|habitable|logement|surface|superficie", re.IGNORECASE)


RoofSpace = Literal["20m", "moins de 20m", "-"]


def _areas(turns: list[Turn]) -> tuple[str, RoofSpace]:
    house: str = UNKNOWN
    roof: RoofSpace = "-"
    for turn in client_statements(turns):
        for sentence in sentences(turn.text):
            for clause in re.split(r"[,;]", sentence):
                for match in _AREA_RE.finditer(clause):
                    value = int(match.group(1))
                    kind = _area_kind(clause, sentence, turn.question)
                    if kind == "roof" and roof == "-":
                        roof = _roof_space(clause, value)
                    elif kind == "house" and house == UNKNOWN and value >= 15:
                        house = str(value)
    return house, roof


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
    (r"tuiles?", "tuiles"),
    (r"ardoises?", "ardoises"),
    (r"tôle|bac acier|bacacier", "tôle"),
    (r"fibro-?ciment|éverite|eternit", "fibrociment"),
    (r"toit plat|toit-terrasse|toit terrasse|toiture terrasse", "toit plat"),
    (r"\bzinc\b", "zinc"),
    (r"chaume", "chaume"),
    (r"shingle|bardeaux", "bardeaux"),
)


def _roof(turns: list[Turn]) -> str:
    for turn in client_statements(turns):
        kinds = [name for pattern, name in _ROOFS if re.search(pattern, turn.text, re.I)]
        if kinds:
            return " et ".join(kinds)
    return UNKNOWN


_ORIENTATIONS: tuple[tuple[str, str], ...] = (
    (r"\best[\s\-/]+(?:et[\s\-]+)?ouest\b", "est-ouest"),
    (r"\bsud\b", "sud"),
    (r"\bouest\b", "ouest"),
    # "est" is mostly the verb: only count it after a word that points somewhere.
    (r"(?:orientée?s?|exposée?s?|plein|côté|vers l'|à l'|face à l'|plutôt)\s*est\b", "est"),
    (r"\bnord\b", "nord"),
    (r"ensoleill", "bien ensoleillée"),
)


def _orientation(turns: list[Turn]) -> str:
    for turn in client_statements(turns):
        for pattern, name in _ORIENTATIONS:
            if re.search(pattern, turn.text, re.IGNORECASE):
                return name
    return UNKNOWN


# --- the household --------------------------------------------------------------------

Who = Literal["Mr", "Mme", "-"]
_MR = r"monsieur|mon mari|mon époux|mon conjoint|mon compagnon"
_MME = r"madame|ma femme|mon épouse|ma conjointe|ma compagne"
_FEMININE_SELF = r"je suis (?:retraitée|mariée|veuve|divorcée|séparée|intéressée|salariée|pacsée)"


def _caller(turns: list[Turn]) -> Who:
    client = " ".join(t.text for t in turns if t.from_client)
    if re.search(r"\b(?:ma femme|mon épouse|ma compagne|ma conjointe)\b", client, re.I):
        return "Mr"
    if re.search(r"\b(?:mon mari|mon époux|mon compagnon|mon conjoint)\b", client, re.I):
        return "Mme"
    for turn in turns:
        if turn.speaker == "client":
            continue
        match = re.search(r"\b(monsieur|madame|mademoiselle)\b", turn.text, re.IGNORECASE)
        if match:
            return "Mr" if match.group(1).lower() == "monsieur" else "Mme"
    if re.search(_FEMININE_SELF, client, re.IGNORECASE):
        return "Mme"
    return "-"


_AGE = r"(\d{2,3})\s*ans\b(?!\s*(?:de |d'))"


def _ages(turns: list[Turn], caller: Who) -> tuple[str, str]:
    ages: dict[str, str] = {}
    for turn in client_statements(turns):
        for who, subject in (("Mr", _MR), ("Mme", _MME)):
            match = re.search(
                rf"\b(?:{subject}),?\s+(?:il |elle )?(?:a |à )?{_AGE}", turn.text, re.I
            )
            if match and _adult(match.group(1)):
                ages.setdefault(who, match.group(1))
        own = _own_age(turn)
        if own and caller != "-":
            ages.setdefault(caller, own)
    return ages.get("Mr", UNKNOWN), ages.get("Mme", UNKNOWN)


def _own_age(turn: Turn) -> str | None:
    match = re.search(rf"\b(?:j'ai|moi,?)\s+{_AGE}", turn.text, re.IGNORECASE)
    if match is None and re.search(r"âge", turn.question, re.IGNORECASE):
        match = re.match(rf"\W*(?:\w+\W+){{0,2}}?{_AGE}", turn.text, re.IGNORECASE)
    if match and _adult(match.group(1)):
        return match.group(1)
    return None


def _adult(age: str) -> bool:
    return 18 <= int(age) <= 110


_STATUSES: tuple[tuple[str, str], ...] = (
    (r"\bmariée?s?\b", "marié"),
    (r"\bpacsée?s?\b", "pacsé"),
    (r"en couple|concubin", "en couple"),
    (r"célibataire", "célibataire"),
    (r"divorcée?s?", "divorcé"),
    (r"séparée?s?", "séparé"),
    (r"\bveuf\b|\bveuve\b", "veuf"),
)


def _family(turns: list[Turn]) -> str:
    parts: list[str] = []
    for turn in client_statements(turns):
        for pattern, name in _STATUSES:
            match = re.search(pattern, turn.text, re.IGNORECASE)
            if match and not negated(turn.text, match.start()) and name not in parts:
                parts.append(name)
        children = re.search(r"(\d+)\s*enfants?", turn.text, re.IGNORECASE)
        if children and not any("enfant" in p for p in parts):
            count = int(children.group(1))
            parts.append(f"{count} enfant{'s' if count > 1 else ''}")
        if (
            re.search(r"pas d'enfants?|sans enfants?", turn.text, re.I)
            and "sans enfant" not in parts
        ):
            parts.append("sans enfant")
    if not parts and affirmed(turns, r"\bmarié"):
        parts.append("marié")
    return ", ".join(parts) or UNKNOWN


_JOBS: tuple[tuple[str, str, str], ...] = (
    (r"retraitée?s?|à la retraite", "retraité", "retraitée"),
    (r"\bCDI\b|durée indéterminée", "CDI", "CDI"),
    (r"\bCDD\b", "CDD", "CDD"),
    (r"fonctionnaire", "fonctionnaire", "fonctionnaire"),
    (r"auto-?entrepreneu|indépendante?s?|à (?:mon|son) compte", "indépendant", "indépendante"),
    (r"chef d'entreprise", "chef d'entreprise", "cheffe d'entreprise"),
    (r"artisan", "artisan", "artisane"),
    (r"agricult", "agriculteur", "agricultrice"),
    (r"commerçante?", "commerçant", "commerçante"),
    (r"chômage|sans emploi|demandeu(?:r|se) d'emploi", "sans emploi", "sans emploi"),
    (r"invalidit", "en invalidité", "en invalidité"),
    (r"intérim", "intérimaire", "intérimaire"),
    (r"au foyer", "au foyer", "au foyer"),
    (r"salariée?s?", "salarié", "salariée"),
)
_WORK_CONTEXT = re.compile(r"travail|métier|profession|activité|boulot|emploi", re.IGNORECASE)
_NOT_JOBS = frozenset((
    "propriétaire", "locataire", "marié", "mariée", "mariés", "là", "bien", "d'accord",
    "intéressé", "intéressée", "ici", "partant", "partante", "content", "contente", "sûr",
    "sûre", "désolé", "désolée",
))  # fmt: skip


def _activities(turns: list[Turn], caller: Who) -> tuple[str, str]:
    found: dict[str, str] = {}
    for index, turn in enumerate(turns):
        if not turn.from_client or turn.is_question:
            continue
        # A recogniser often drops the question mark ("Vous travaillez tous les deux."),
        # so the turn before stands for the question the client answers.
        asked = turn.question or (turns[index - 1].text if index else "")
        for clause in re.split(r"[,;.!?]|\bet\b", turn.text):
            for who in _clause_subjects(clause, caller):
                job = _job(clause, who, asked)
                if job:
                    found.setdefault(who, job)
    return found.get("Mr", UNKNOWN), found.get("Mme", UNKNOWN)


def _clause_subjects(clause: str, caller: Who) -> list[str]:
    if re.search(rf"\b(?:{_MR})\b", clause, re.IGNORECASE):
        return ["Mr"]
    if re.search(rf"\b(?:{_MME})\b", clause, re.IGNORECASE):
        return ["Mme"]
    if re.search(r"tous (?:les )?2|toutes (?:les )?2|\bnous\b|\bon est\b", clause, re.I):
        return ["Mr", "Mme"]
    if re.search(r"\b(?:je|j'|moi)\b", clause, re.IGNORECASE) and caller != "-":
        return [caller]
    return _pronoun_subjects(clause)


def _pronoun_subjects(clause: str) -> list[str]:
    # "il"/"elle" may be the roof or the house: trusted only with an explicit job word.
    if not any(re.search(pattern, clause, re.IGNORECASE) for pattern, _, _ in _JOBS):
        return []
    if re.search(r"\bil\b", clause, re.IGNORECASE):
        return ["Mr"]
    if re.search(r"\belle\b", clause, re.IGNORECASE):
        return ["Mme"]
    return []


def _job(clause: str, who: str, question: str) -> str | None:
    for pattern, male, female in _JOBS:
        if re.search(pattern, clause, re.IGNORECASE):
            job = female if who == "Mme" else male
            since = re.search(r"depuis (\d+) ans", clause, re.IGNORECASE)
            return f"{job} depuis {since.group(1)} ans" if since else job
    if not (_WORK_CONTEXT.search(question) or _WORK_CONTEXT.search(clause)):
        return None
    match = re.search(
        rf"\b(?:est|suis|travaille comme|travaille en tant que|bosse comme)\s+"
        rf"(?:une? )?([{_LOW}'\-]{{4,}})",
        clause,
        re.IGNORECASE,
    )
    if match and match.group(1).lower() not in _NOT_JOBS:
        return match.group(1).lower()
    return None


def _income(turns: list[Turn]) -> str:
    for turn in client_statements(turns):
        for sentence in sentences(turn.text):
            context = f"{turn.question} {sentence}"
            if not _INCOME.search(context) or _BILL_CONTEXT.search(sentence):
                continue
            match = re.search(
                rf"{_AMOUNT}\s*{_EUROS}((?:\s*(?:nets?|bruts?|par mois|par an|mensuels?|"
                rf"annuels?|à 2|tous les 2))*)",
                sentence,
                re.IGNORECASE,
            )
            if match:
                tail = match.group(2) or ""
                return " ".join(f"{_digits(match.group(1))} euros {tail}".split())
    return UNKNOWN


# --- callback -------------------------------------------------------------------------

_CALLBACK_CONTEXT = re.compile(
    r"rappel|rendez-vous|\brdv\b|disponib|moment|quand|créneau|passer|joindre|arrange|convien",
    re.IGNORECASE,
)
_DAYS = (
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|après-demain|demain|"
    r"aujourd'hui|en semaine|le week-end|ce week-end|la semaine prochaine"
)
_MOMENTS = (
    r"en fin de matinée|en fin d'après-midi|en début d'après-midi|en fin de journée|"
    r"dans la matinée|matinée|matin|après-midi|soirée|soir|midi|heure du déjeuner"
)
_HOUR_RES = (
    re.compile(r"\b(\d{1,2})\s?h\s?(\d{2})?\b", re.IGNORECASE),
    re.compile(
        r"(?:vers|à|a|pour|entre|après|avant|dès|de)\s+(\d{1,2})\s*heures?(?:\s*(\d{2}))?",
        re.IGNORECASE,
    ),
)


def _callback_turns(turns: list[Turn]) -> list[Turn]:
    relevant = [t for t in turns if _CALLBACK_CONTEXT.search(f"{t.question} {t.text}")]
    return [t for t in relevant if t.from_client] + [t for t in relevant if not t.from_client]


def _slot(turns: list[Turn]) -> str:
    for turn in _callback_turns(turns):
        day = re.search(rf"\b(?:{_DAYS})\b", turn.text, re.IGNORECASE)
        moment = re.search(rf"\b(?:{_MOMENTS})\b", turn.text, re.IGNORECASE)
        if day or moment:
            words = [m.group(0).lower() for m in (day, moment) if m]
            return " ".join(words)
    return UNKNOWN


def _hour(turns: list[Turn]) -> str:
    for turn in _callback_turns(turns):
        for pattern in _HOUR_RES:
            for match in pattern.finditer(turn.text):
                hour = int(match.group(1))
                if 7 <= hour <= 21:
                    return f"{hour}h{match.group(2) or ''}"
        if re.search(r"\bà midi\b", turn.text, re.IGNORECASE):
            return "12h"
    return UNKNOWN


# --- interest -------------------------------------------------------------------------

_REFUSAL = re.compile(
    r"pas intéress|ne m'intéresse pas|m'intéresse pas|non merci|ne (?:me )?rappelez (?:pas|plus)|"
    r"arrêtez de|laissez-moi tranquille|retirez-moi|je raccroche|pas besoin|pas la peine",
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


def _interest(turns: list[Turn], owner: str, available: bool, flat: bool) -> _Interest:
    statements = client_statements(turns)
    if not statements:
        return _Interest(0, False, UNKNOWN)
    refusal = next((t.text for t in statements if _REFUSAL.search(t.text)), None)
    positives = [t.text for t in statements if _POSITIVE.search(t.text)]
    score = 3 + min(len(positives), 3) + int(owner == "oui") + int(available) + int(not flat)
    if refusal is not None:
        score = min(score, 1)
    elif owner == "non" or flat:
        score = min(score, 3)
    phrase = refusal or (positives[0] if positives else UNKNOWN)
    return _Interest(max(0, min(10, score)), refusal is not None, _quote(phrase))


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
    flat: bool
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
    parts = [p for p in (status, "en appartement" if facts.flat else None) if p]
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
    if values["proprietaire_data_ia"] == "non" or facts.flat:
        return ["Client non éligible (locataire ou appartement) : lead à écarter."]
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
    age_mr, age_mme = _ages(turns, caller)
    job_mr, job_mme = _activities(turns, caller)
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
        "situation_familiale_data_ia": _family(turns),
        "activite_mr_data_ia": job_mr,
        "activite_mme_data_ia": job_mme,
        "revenu_data_ia": _income(turns),
        "tel2_data_ia": phones[1] if len(phones) > 1 else UNKNOWN,
        "creneau_rappel_data_ia": _slot(turns),
        "heure_rappel_data_ia": _hour(turns),
        "entretien_data_ia": caller,
    }
    flat = _lives_in_flat(turns)
    available = values["creneau_rappel_data_ia"] != "-" or values["heure_rappel_data_ia"] != "-"
    available = available or bool(affirmed(turns, r"rappel|rendez-vous|\brdv\b|disponible"))
    interest = _interest(turns, values["proprietaire_data_ia"], available, flat)
    values["disponibilite"] = "Oui" if available and not interest.refused else "Non"
    has_agent = any(t.speaker == "agent" for t in turns)
    return _Facts(values, interest, flat, has_agent)


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
    rejected = facts.interest.refused or facts.flat or facts.values["proprietaire_data_ia"] == "non"
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
