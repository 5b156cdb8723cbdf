"""Evidence for extracted values: the words of the call each one rests on, or no value.

The model is asked to cite a short verbatim quote for every value it fills; nothing here
takes its word for it. A quote is looked up in the transcript after normalisation
(case, accents, punctuation, spoken numbers as digits, spacing), exactly or fuzzily
enough for an ASR that split a word differently, and a literal value (a name, a number,
an address) must also occur in the utterances the quote was found in. When the quote is
missing or fails, a deterministic locator looks for the value itself in the utterances.
A value nothing supports is delivered as ``"-"``: that is how "never invented" is
enforced rather than only asked for in the prompt.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import Enum

import messages
from messages.lead import UNKNOWN
from stages.extract.rules import HESITATION, age_from_birth_year, last_question, numberize

__all__ = [
    "CLIENT_OWN",
    "EXACT",
    "LOCATED",
    "LOCATED_BY_KEYWORD",
    "Kind",
    "Supported",
    "contracted_forms",
    "find_quote",
    "normalize",
    "spelt_alike",
    "support",
]

EXACT = 1.0
LOCATED = 0.7
LOCATED_BY_KEYWORD = 0.5
# Below this similarity a quote is not the transcript's words: ASR spacing and a letter
# or two pass, a changed name or number does not.
FUZZY_THRESHOLD = 0.88
# A quote this short matches too much to prove anything ("oui").
_MIN_QUOTE_CHARS = 4


class Kind(Enum):
    """How a field's value is checked against the transcript."""

    LITERAL = "literal"  # the value's own words or digits must be in the utterance
    PHONE = "phone"  # a literal compared as digits only
    NUMBERS = "numbers"  # a literal whose numbers must be in the utterance
    # A number as NUMBERS, or an age worked out from another said in the call and a
    # difference said in the utterance ("elle a deux ans de moins que moi").
    AGE = "age"
    # A town: its words as LITERAL, or as a recogniser spelt them, as many words (give or
    # take one) alike within FUZZY_THRESHOLD once spaces are dropped ("bordeau"), for
    # names of 7 letters or more.
    PLACE = "place"
    CATEGORY = "category"  # a label read from the call: a quote, or the field's keywords
    DERIVED = "derived"  # a judgement on the whole call: never blanked, a quote is optional


# Keywords that show a category was talked about, on normalised text.
_KEYWORDS: dict[str, str] = {
    "proprietaire_data_ia": r"propriet|proprio|locatair|\bloue|location",
    "mensuelle_annuelle_data_ia": r"\bmois\b|mensuel|\ban\b|annuel|annee|euro",
    "20m_data_ia": r"\bm2\b|metres? carres?|\d+ ?m\b",
    "entretien_data_ia": (
        r"monsieur|madame|mademoiselle|\bmari\b|\bfemme\b|epou|compagn|conjoint|retraitee|"
        r"mariee|veuve|divorcee|separee|interessee|salariee|pacsee"
    ),
    "adresse_modifiee": r"demenag|adresse|habite plus|habitons plus",
    "heure_rappel_data_ia": r"\bmidi\b",
}

# The spouse as the client says it, or as the agent asks about it ("votre mari et vous ?").
_SPOUSE = r"\b(?:(?:mon|votre) (?:mari|epou)|(?:ma|votre) femme)"
# A spouse who died: "mon mari est décédé", "depuis le décès de ma femme".
_BEREAVED = rf"{_SPOUSE}\w* (?:est )?(?:decede|mort|disparu)|\bdeces de (?:mon|ma)\b"
_SELF_EMPLOYED = r"\ba (?:mon|son|notre|leur) compte\b|(?:auto|micro) ?entrepreneu"
# Label words said in other words: (normalised label word, pattern on normalised text).
_SAID_AS: tuple[tuple[str, str], ...] = (
    ("marie", _SPOUSE),
    ("mariee", _SPOUSE),
    (
        "couple",
        r"\b(?:ma compagne|mon compagnon|mon conjoint|ma conjointe)\b|"
        r"\b(?:on|nous) (?:vit|vivons|est|sommes) (?:juste )?ensemble\b",
    ),
    ("veuf", _BEREAVED),
    ("veuve", _BEREAVED),
    # Spelled out in full, or letter by letter as Whisper writes it ("cédéie").
    ("cdi", r"duree indeterminee|\bcede[iy]e?\b"),
    ("fonctionnaire", r"\btitulaire\b"),
    ("independant", _SELF_EMPLOYED),
    ("independante", _SELF_EMPLOYED),
    # "fuel" is how many write and say fioul; "mazout" the older word.
    ("fioul", r"\bfuel\b|\bmazout\b"),
    # An air-source heat pump by its technology, or its initials: "par aérothermie", "une PAC".
    ("pompe", r"\baerotherm|\bpac\b"),
    # Pellet stoves, fireplaces and inserts burn wood without the word being said.
    ("bois", r"\bgranules?\b|\bpellets?\b|\bpoeles?\b|\bcheminee\b|\binserts?\b"),
    # A side of the roof told by the sun: "exposé plein midi", "il prend le soleil couchant".
    ("sud", r"\b(?:plein|exposee?s?|orientee?s?|tournee?s?|face au|au|cote|vers le) midi\b"),
    (
        "ouest",
        r"\bsoleil (?:couchant|du soir|le soir|se couche)\b|\bcoucher du soleil\b|"
        r"\b(?:au|cote|vers le|face au) couchant\b",
    ),
    ("est", r"\b(?:au|cote|vers le|face au) levant\b"),
    # A roof in the sun all day: "le soleil, on l'a du matin au soir".
    ("ensoleillee", r"\bsoleil(?: \w+){0,5} (?:toute la journee|du matin au soir)\b"),
)

SOLAR_KINDS: dict[str, Kind] = {
    "client_first_name_data_ia": Kind.LITERAL,
    "client_last_name_data_ia": Kind.LITERAL,
    "client_phone_number": Kind.PHONE,
    "client_city_data_ia": Kind.PLACE,
    "client_address_data_ia": Kind.LITERAL,
    "client_postal_code_data_ia": Kind.NUMBERS,
    "adresse_modifiee": Kind.CATEGORY,
    "proprietaire_data_ia": Kind.CATEGORY,
    "mode_chauffage_data_ia": Kind.CATEGORY,
    "facture_data_ia": Kind.NUMBERS,
    "mensuelle_annuelle_data_ia": Kind.CATEGORY,
    "superficie_data_ia": Kind.NUMBERS,
    "toiture_data_ia": Kind.CATEGORY,
    "orientation_data_ia": Kind.CATEGORY,
    "20m_data_ia": Kind.CATEGORY,
    "age_mr_data_ia": Kind.AGE,
    "age_mme_data_ia": Kind.AGE,
    "situation_familiale_data_ia": Kind.CATEGORY,
    "activite_mr_data_ia": Kind.CATEGORY,
    "activite_mme_data_ia": Kind.CATEGORY,
    "revenu_data_ia": Kind.NUMBERS,
    "tel2_data_ia": Kind.PHONE,
    "creneau_rappel_data_ia": Kind.CATEGORY,
    "heure_rappel_data_ia": Kind.CATEGORY,
    "entretien_data_ia": Kind.CATEGORY,
}
CUSTOMER_SERVICE_KINDS: dict[str, Kind] = {"callback_number": Kind.PHONE}
"""Fields not named in a profile's table are derived (summaries, scores, sentiment)."""

# Literal values that must be the client's own words (or agreed to by the client) when
# the roles are known: a name the agent merely says is not evidence of the client's name.
CLIENT_OWN: frozenset[str] = frozenset(("client_first_name_data_ia", "client_last_name_data_ia"))


@dataclass(frozen=True)
class Supported:
    """The fields with every unsupported value blanked, their evidence, what was blanked."""

    fields: messages.ExtractedFields
    evidence: dict[str, messages.Evidence]
    unsupported: list[str]


def normalize(text: str) -> str:
    """Lower case, no accents, no punctuation, spoken numbers and digit groups as digits."""
    text = numberize(text)
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"\+33\s*|\b0033\s*", "0", text)
    # "06 12 34 56 78", "06.12.34…", "1 500", "zéro six douze…" (now "0 6 12…") are one
    # number each; a comma or a full stop and a space still part two numbers.
    text = re.sub(r"(?<=\d)(?:[ \u00a0\u202f]+|[.\-])(?=\d)", "", text)
    text = re.sub(r"[^\w]+|_", " ", text)
    return " ".join(text.split())


_LABEL_RE = re.compile(r"^\s*(?:agent|client|speaker\s*\w|[ab])\s*:\s*", re.IGNORECASE | re.M)


@dataclass(frozen=True)
class _Segment:
    norm: str
    start_ms: int | None
    end_ms: int | None
    # Known only when the recording told the parties apart (stereo channels): "agent",
    # "client". A diarizer's A/B or a plain text leave it None.
    role: str | None = None
    # What a client's "oui" right after this agent utterance confirmed: the normalised
    # question it asked ("je suis bien chez monsieur fabre"), else "".
    confirmed: str = ""


@dataclass(frozen=True)
class _Match:
    segments: list[_Segment]
    confidence: float


class _Transcript:
    """The call's utterances normalised, and one space-free string to find quotes in."""

    def __init__(self, segments: list[_Segment]) -> None:
        self.segments = segments
        self._flat = ""
        self._owner: list[int] = []  # segment index of every character of _flat
        for index, segment in enumerate(segments):
            squeezed = segment.norm.replace(" ", "")
            self._flat += squeezed
            self._owner += [index] * len(squeezed)
        # Where a word starts in _flat: fuzzy windows start there only.
        self._starts = sorted({0, *_word_starts(segments)})

    def find(self, quote: str) -> _Match | None:
        wanted = normalize(_LABEL_RE.sub("", quote)).replace(" ", "")
        if len(wanted) < _MIN_QUOTE_CHARS or not self._flat:
            return None
        at = self._flat.find(wanted)
        if at >= 0:
            return _Match(self._covered(at, len(wanted)), EXACT)
        best, best_at = 0.0, -1
        matcher = SequenceMatcher(autojunk=False)
        matcher.set_seq2(wanted)
        for start in self._starts:
            matcher.set_seq1(self._flat[start : start + len(wanted)])
            if matcher.real_quick_ratio() < FUZZY_THRESHOLD:
                continue
            if matcher.quick_ratio() < FUZZY_THRESHOLD:
                continue
            ratio = matcher.ratio()
            if ratio > best:
                best, best_at = ratio, start
        if best < FUZZY_THRESHOLD:
            return None
        return _Match(self._covered(best_at, len(wanted)), round(best * 0.9, 3))

    def _covered(self, at: int, length: int) -> list[_Segment]:
        end = min(at + length, len(self._owner)) - 1
        first, last = self._owner[at], self._owner[max(end, at)]
        return self.segments[first : last + 1]


def _word_starts(segments: list[_Segment]) -> list[int]:
    starts: list[int] = []
    offset = 0
    for segment in segments:
        for word in segment.norm.split():
            starts.append(offset)
            offset += len(word)
    return starts


# Owning up to being whoever the agent named, asked or not: "Je cherche madame Humbert."
# "C'est moi."; "Monsieur Larrieu ?" "Lui-même." (normalised text).
_OWN_UP = r"c est (?:bien )?moi|(?:lui|elle|moi) meme"
# A client reply that agrees with the question before it ("Oui.", "C'est bien moi.").
_CONFIRMS = re.compile(
    # A hesitation before the yes ("Euh... oui") is still a yes.
    rf"^(?:{HESITATION})*"
    r"(?:oui|ouais|exact|exactement|tout a fait|absolument|effectivement|voila|bien sur|"
    rf"c est (?:bien )?(?:ca|cela|exact)|c est bien (?:ca|cela)|{_OWN_UP})\b"
)
_OWNS_UP = re.compile(rf"^(?:{HESITATION})*(?:oui )?(?:{_OWN_UP})\b")


def _confirmed_words(asked: str, reply: str) -> str:
    """What a client's yes confirms of the agent's words: the last question; when a
    recogniser left its question mark out ("Je suis bien chez monsieur Fabre." "Oui."),
    the last clause of the last sentence; the whole last sentence for owning up to a
    name ("Je cherche madame Humbert." "C'est moi.")."""
    question = last_question(asked)
    if question:
        return question
    sentence = re.split(r"(?<=[.!])\s+", asked.strip())[-1]
    if _OWNS_UP.match(normalize(reply)):
        return sentence
    # Not the greeting before it: "Bonjour monsieur, Julie de Soleil Rénovation, je suis
    # bien chez monsieur Fabre." confirms Fabre, never Julie.
    return sentence.rsplit(",", 1)[-1]


def _segments(message: messages.Transcript) -> list[_Segment]:
    if message.utterances:
        utterances = message.utterances
        out: list[_Segment] = []
        for index, u in enumerate(utterances):
            reply = utterances[index + 1] if index + 1 < len(utterances) else None
            confirmed = ""
            if (
                u.role == "agent"
                and reply is not None
                and reply.role == "client"
                and _CONFIRMS.match(normalize(reply.text))
            ):
                confirmed = normalize(_confirmed_words(u.text, reply.text))
            out.append(
                _Segment(
                    normalize(u.text), u.original_start_ms, u.original_end_ms, u.role, confirmed
                )
            )
        return out
    # No utterances: the sentences of the text, with no time on the recording.
    parts = re.split(r"(?<=[.!?])\s+|\n+", _LABEL_RE.sub("", message.text))
    return [_Segment(normalize(p), None, None) for p in parts if p.strip()]


def _said(kind: Kind, key: str, value: str, segment: _Segment) -> bool:
    return _occurs(kind, key, value, segment.norm)


def _client_says(kind: Kind, key: str, value: str, segment: _Segment) -> bool:
    """Whether ``segment`` backs ``value`` as the client's own: said by the client, or
    asked by the agent in a question the client's next words confirm.

    The agent says names the client never owns: their own ("Julie de Soleil Rénovation"),
    the lead in a file that turns out to be a wrong number ("au nom de Paul Garnier"), a
    name the client then denies. Only what the client says or agrees to is theirs.
    """
    if segment.role == "client":
        return _occurs(kind, key, value, segment.norm)
    return bool(segment.confirmed) and _occurs(kind, key, value, segment.confirmed)


def find_quote(quote: str, message: messages.Transcript) -> tuple[str, float] | None:
    """The normalised utterances ``quote`` was found in and the match's confidence."""
    match = _Transcript(_segments(message)).find(quote)
    if match is None:
        return None
    return " ".join(s.norm for s in match.segments), match.confidence


def _numbers(text: str) -> list[str]:
    return re.findall(r"\d+", normalize(text))


def _occurs(kind: Kind, key: str, value: str, norm: str) -> bool:
    """Whether ``value`` is said in the normalised utterance text ``norm``."""
    if kind is Kind.PHONE:
        digits = "".join(_numbers(value))
        return bool(digits) and digits in re.sub(r"\D", "", norm)
    if kind in (Kind.NUMBERS, Kind.AGE):
        # Five digits said as two groups, as a postal code is said: "45, 160" for 45160.
        grouped = re.fullmatch(r"\d{5}", value.strip())
        if grouped and re.search(rf"(?<!\d){value[:2]} {value[2:5]}(?!\d)", norm):
            return True
        # A code of the departments 01 to 09 said as a thousand: "trois mille cent", 03100.
        if grouped and value.startswith("0") and re.search(rf"(?<!\d){value[1:]}(?!\d)", norm):
            return True
        # A code said twice with nothing between, as a recogniser without punctuation
        # writes a repeated answer: "52 200 52 200" is one run of digits once normalised.
        if grouped and re.search(rf"(?<!\d)(?:{value}){{2,}}(?!\d)", norm):
            return True
        wanted = _numbers(value)
        return bool(wanted) and all(re.search(rf"(?<!\d){n}(?!\d)", norm) for n in wanted)
    if kind is Kind.PLACE:
        return (
            _occurs(Kind.LITERAL, key, value, norm)
            or spelt_alike(normalize(value), norm) is not None
        )
    if kind is Kind.LITERAL:
        words = normalize(value)
        if key == _ADDRESS and _street_corrected(words, norm):
            return True
        return bool(words) and any(
            re.search(rf"\b{re.escape(form)}\b", norm) is not None
            or form.replace(" ", "") in norm.replace(" ", "")
            for form in contracted_forms(words)
        )
    return _category_said(key, value, norm)


_ADDRESS = "client_address_data_ia"


# What lies between a value and the one it is corrected to (normalised text).
_TAKEN_BACK = r"\D{0,20}\b(?:non|pardon|enfin|je veux dire|ou plutot)\b\D{0,10}"


# A name shorter than this is too easily like some other word: "Tours" is within the
# threshold of "tous" (0.89), "Gap" of "gab".
_MIN_SPELT_ALIKE = 7


def spelt_alike(words: str, norm: str) -> str | None:
    """The words of normalised ``norm`` that spell normalised ``words`` as a recogniser
    might: as many words, give or take one, alike within FUZZY_THRESHOLD with spaces
    dropped ("villeneuve dasque" for "villeneuve d ascq"); None when none do."""
    wanted = words.replace(" ", "")
    if len(wanted) < _MIN_SPELT_ALIKE:
        return None
    tokens = norm.split()
    size = len(words.split())
    # Two lengths a and b can only be alike within FUZZY_THRESHOLD when 2·min/(a+b) is.
    shortest = len(wanted) * FUZZY_THRESHOLD / (2 - FUZZY_THRESHOLD)
    longest = len(wanted) * (2 - FUZZY_THRESHOLD) / FUZZY_THRESHOLD
    best: tuple[float, str] | None = None
    for width in {max(size - 1, 1), size, size + 1}:
        for start in range(len(tokens) - width + 1):
            run = tokens[start : start + width]
            if not shortest <= sum(map(len, run)) <= longest:
                continue
            span = " ".join(run)
            ratio = SequenceMatcher(None, wanted, "".join(run), autojunk=False).ratio()
            if ratio >= FUZZY_THRESHOLD and (best is None or ratio > best[0]):
                best = (ratio, span)
    return best[1] if best else None


def _street_corrected(address: str, norm: str) -> bool:
    """Whether an utterance says the number, then the street corrected after it: "8 allee
    des pins euh non allee des mimosas" backs "8 allee des mimosas"."""
    number, _, street = address.partition(" ")
    if not number.isdigit() or not street:
        return False
    # Or the street, then the number corrected after it: "26 rue des peupliers euh non 28".
    return (
        re.search(rf"(?<!\d){number}\b.*\b{re.escape(street)}\b", norm) is not None
        or re.search(rf"\b{re.escape(street)}\b{_TAKEN_BACK}(?<!\d){number}\b", norm) is not None
    )


def contracted_forms(words: str) -> list[str]:
    """``words`` and how French says it after "à" or "de": Le Tampon is "au Tampon",
    "du Tampon"; Les Abymes "aux Abymes", "des Abymes"."""
    article, _, rest = words.partition(" ")
    contractions = {"le": ("au", "du"), "les": ("aux", "des")}.get(article, ())
    return [words, *(f"{contracted} {rest}" for contracted in contractions if rest)]


# A difference of ages: "2 ans de moins que moi", "il en a 5 de plus", "Fabien, mon
# compagnon, trois de plus", "un an de plus" (normalised text).
_AGE_DIFFERENCE = re.compile(r"\b(\d{1,2}|un) (?:ans? )?de (plus|moins)\b")


def _age_against(transcript: _Transcript, value: str, segment: _Segment) -> bool:
    """Whether ``segment`` says a difference of age that, from an age said elsewhere in the
    call, gives ``value``: "J'ai 54 ans." … "Elle a 2 ans de moins que moi." backs 52; or a
    birth year that gives it: "Je suis née en quarante-neuf." backs 77 in 2026, "Il est de
    quatre-vingt-cinq." 41; or a birthday to come: "J'aurai 50 ans en décembre." 49."""
    if not value.strip().isdigit():
        return False
    if any(
        age_from_birth_year(said.group(1)) == int(value) for said in _BORN_IN.finditer(segment.norm)
    ):
        return True
    # The birthday to come: "j'aurai 50 ans en décembre" backs 49.
    if any(int(said.group(1)) - 1 == int(value) for said in _COMING.finditer(segment.norm)):
        return True
    for said in _AGE_DIFFERENCE.finditer(segment.norm):
        years = 1 if said.group(1) == "un" else int(said.group(1))
        difference = years * (1 if said.group(2) == "plus" else -1)
        base = int(value) - difference
        other = rf"(?<!\d){base}(?!\d)"
        if any(re.search(other, s.norm) for s in transcript.segments):
            return True
        # The other age from a birth year: "Je suis de 81. Mon mari, trois ans de plus."
        born = (year for s in transcript.segments for year in _BORN_IN.finditer(s.norm))
        if any(age_from_birth_year(year.group(1)) == base for year in born):
            return True
    return False


_COMING = re.compile(r"\baurai? (\d{2,3}) ans (?:en|le|au mois|dans|cet|cette|a la)\b")
# "nee en 49", or the year alone: "je suis de 78", "il est de 85" (normalised text).
_BORN_IN = re.compile(r"\b(?:nee?s? en|(?:suis|est) de) (\d{4}|\d{2})\b")


def _category_said(key: str, value: str, norm: str) -> bool:
    pattern = _KEYWORDS.get(key)
    if pattern and re.search(pattern, norm):
        return True
    if key == "heure_rappel_data_ia":
        return any(re.search(rf"(?<!\d){n}(?!\d)", norm) for n in _numbers(value))
    # A label is said when one of its words is, give or take an ending
    # ("retraité" / "à la retraite", "marié" / "mariés", "2 enfants" / "deux enfants").
    # A plural label ("tuiles") is said in the singular too ("un toit en tuile").
    # The feminine too: "pacsée" is said "pacsés".
    words = normalize(value).split()
    stems = [(w[:-1] if w.endswith(("es", "ee")) else w)[:6] for w in words]
    stems = [stem for stem in stems if len(stem) >= 3 or stem.isdigit()]
    if any(re.search(rf"\b{re.escape(stem)}", norm) for stem in stems):
        return True
    # A status said through the spouse it implies: "avec mon mari" is "mariée".
    return any(
        re.search(said_as, norm) for word in words for label, said_as in _SAID_AS if word == label
    )


def _evidence(segments: Sequence[_Segment], quote: str, confidence: float) -> messages.Evidence:
    starts = [s.start_ms for s in segments if s.start_ms is not None]
    ends = [s.end_ms for s in segments if s.end_ms is not None]
    return messages.Evidence(
        quote=quote,
        start_ms=min(starts) if starts else None,
        end_ms=max(ends) if ends else None,
        confidence=confidence,
    )


def _located(
    transcript: _Transcript, texts: list[str], check: Callable[[_Segment], bool]
) -> messages.Evidence | None:
    for segment, text in zip(transcript.segments, texts, strict=True):
        if check(segment):
            return _evidence([segment], text, LOCATED)
    return None


def _texts(message: messages.Transcript) -> list[str]:
    if message.utterances:
        return [u.text for u in message.utterances]
    parts = re.split(r"(?<=[.!?])\s+|\n+", _LABEL_RE.sub("", message.text))
    return [p.strip() for p in parts if p.strip()]


def _is_set(value: object) -> bool:
    return value not in (UNKNOWN, "", 0, None, [], False)


def support(
    fields: messages.ExtractedFields,
    quotes: Mapping[str, str],
    message: messages.Transcript,
    kinds: Mapping[str, Kind],
) -> Supported:
    """Every filled field checked against the call: evidence, or ``"-"`` if nothing backs it.

    ``quotes`` are the model's citations by delivered key (none from the rules);
    ``kinds`` says how each key is checked (keys absent are derived).
    """
    values: dict[str, object] = fields.model_dump(by_alias=True)
    transcript = _Transcript(_segments(message))
    texts = _texts(message)
    roles_known = any(s.role for s in transcript.segments)
    evidence: dict[str, messages.Evidence] = {}
    unsupported: list[str] = []
    for key, value in values.items():
        if not _is_set(value):
            continue
        kind = kinds.get(key, Kind.DERIVED)
        text = str(value)
        own = roles_known and key in CLIENT_OWN and kind is not Kind.DERIVED
        check = functools.partial(_client_says if own else _said, kind, key, text)
        found = _quoted(transcript, quotes.get(key), kind, key, text, check if own else None)
        if found is None and kind is not Kind.DERIVED:
            found = _located(transcript, texts, check)
            if found is not None and kind is Kind.CATEGORY and key in _KEYWORDS:
                found = found.model_copy(update={"confidence": LOCATED_BY_KEYWORD})
        if found is None and kind is Kind.AGE:
            found = _located(transcript, texts, functools.partial(_age_against, transcript, text))
        if found is not None:
            evidence[key] = found
        elif kind is not Kind.DERIVED:
            unsupported.append(key)
            values[key] = 0 if isinstance(value, int) else UNKNOWN
    blanked = type(fields).model_validate(values) if unsupported else fields
    return Supported(blanked, evidence, unsupported)


def _age_worked_out(kind: Kind, value: str, match: _Match, transcript: _Transcript) -> bool:
    """Whether a quoted difference of ages ("elle a 2 ans de moins que moi") gives the age."""
    return kind is Kind.AGE and any(_age_against(transcript, value, s) for s in match.segments)


def _quoted(
    transcript: _Transcript,
    quote: str | None,
    kind: Kind,
    key: str,
    value: str,
    own: Callable[[_Segment], bool] | None = None,
) -> messages.Evidence | None:
    """Evidence from the model's quote; ``own``, when given, must accept a quoted segment."""
    if not quote:
        return None
    match = transcript.find(quote)
    if match is None:
        return None
    said = " ".join(s.norm for s in match.segments)
    literal = kind in (Kind.LITERAL, Kind.PLACE, Kind.PHONE, Kind.NUMBERS, Kind.AGE)
    if (
        literal
        and not _occurs(kind, key, value, said)
        and not _age_worked_out(kind, value, match, transcript)
    ):
        return None
    if own is not None and not any(own(segment) for segment in match.segments):
        return None
    return _evidence(match.segments, quote.strip(), match.confidence)
