"""French numbers, phone numbers and postal codes as spoken in a call, read as digits."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

# --- French numbers -------------------------------------------------------------------

_WORD_VALUES: dict[str, int] = {
    "zéro": 0, "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4,
    "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11,
    "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60, "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
    "cent": 100, "cents": 100, "mille": 1000, "million": 1_000_000, "millions": 1_000_000,
}  # fmt: skip
_BELGIAN_TENS = frozenset({"septante", "huitante", "octante", "nonante"})
_WORD_ALT = "|".join(sorted(_WORD_VALUES, key=len, reverse=True))
_SEP = r"[\s\-]+"
# "et" only glues "vingt et un", "soixante et onze"; elsewhere it separates two numbers.
_RUN_RE = re.compile(
    rf"\b(?:{_WORD_ALT})\b(?:{_SEP}(?:et{_SEP}(?=(?:un|une|onze)\b))?(?:{_WORD_ALT})\b)*",
    re.IGNORECASE,
)


@dataclass
class _Number:
    """One number being read word by word; ``accepts`` says whether a word continues it."""

    total: int = 0  # thousands and millions already closed
    group: int = 0  # the part below 1000
    last: str = ""
    closed: bool = False  # "zéro" is always a number of its own

    def accepts(self, word: str, value: int) -> bool:
        if not self.last:
            return True
        if self.closed or value == 0:
            return False
        low = self.group % 100
        after_multiplier = self.last in ("cent", "cents", "mille", "million", "millions")
        if value == 1000:
            return self.total % 1_000_000 == 0  # no thousands yet
        if value > 1000:
            return self.total == 0
        if value == 100:
            return self.group < 10 and (self.group >= 2 or after_multiplier)
        if value < 10:
            return _unit_fits(low, value, self.last)
        if value <= 16:
            return low in (60, 80) or (low == 0 and after_multiplier)
        if value == 20 and low == 4 and self.last == "quatre":
            return True  # quatre-vingt(s)
        return low == 0 and after_multiplier

    def add(self, word: str, value: int) -> None:
        if value == 0:
            self.closed = True
        elif value >= 1000:
            self.total += max(self.group, 1) * value
            self.group = 0
        elif value == 100:
            self.group = max(self.group, 1) * 100
        elif value == 20 and self.group % 100 == 4 and self.last == "quatre":
            self.group += 76
        else:
            self.group += value
        self.last = word

    @property
    def value(self) -> int:
        return self.total + self.group


def _unit_fits(low: int, unit: int, last: str) -> bool:
    if last in _BELGIAN_TENS:
        return True
    if low % 10 != 0:
        return False
    return low in (0, 20, 30, 40, 50, 60, 80) or (low in (10, 70, 90) and unit >= 7)


def french_number_values(words: Iterable[str]) -> list[int]:
    """Read number words into the numbers they say; "six douze" is [6, 12], not 18."""
    numbers: list[int] = []
    current = _Number()
    for raw in words:
        word = raw.lower()
        if word == "et":
            continue
        value = _WORD_VALUES[word]
        if not current.accepts(word, value):
            numbers.append(current.value)
            current = _Number()
        current.add(word, value)
    if current.last:
        numbers.append(current.value)
    return numbers


def _replace_run(match: re.Match[str]) -> str:
    words = [w for w in re.split(_SEP, match.group(0)) if w]
    if len(words) == 1 and words[0].lower() in ("un", "une"):
        return match.group(0)  # the article, not the number
    return " ".join(str(n) for n in french_number_values(words))


# Whisper writes "soixante-neuf mille trois" as "69 000 3": a thousand, then a rest of one
# or two digits that no thousands grouping would leave (a third group has three digits).
_THOUSAND_THEN_REST_RE = re.compile(r"(?<![\d.,])\b(\d{1,3})[ .]000[ .]([1-9]\d?)\b(?![.,]?\d)")
# Whisper writes "cent quarante-cinq" as "cent 45", so "100 45" once the words are digits:
# a hundred, then a rest of one or two digits, not after another group of digits.
_HUNDRED_THEN_REST_RE = re.compile(r"(?<![\d.,]\s)(?<![\d.,])\b([1-9])00 ([1-9]\d?)\b(?![.,]?\d)")


def _summed(unit: int) -> Callable[[re.Match[str]], str]:
    """The replacement of a round number (group 1, in ``unit``s) and its rest (group 2)."""

    def summed(match: re.Match[str]) -> str:
        return str(int(match.group(1)) * unit + int(match.group(2)))

    return summed


_THOUSANDS_SUMMED = _summed(1000)
_HUNDREDS_SUMMED = _summed(100)


# A round number said as an approximation: "une centaine de mètres carrés" is 100 m², as
# "environ 100" would be (the field guide drops "environ").
_ABOUT = {
    "dizaine": 10, "vingtaine": 20, "trentaine": 30, "quarantaine": 40, "cinquantaine": 50,
    "soixantaine": 60, "centaine": 100,
}  # fmt: skip
_ABOUT_RE = re.compile(rf"\bune\s+({'|'.join(_ABOUT)})\b( de\b| d')?", re.IGNORECASE)


def _about(match: re.Match[str]) -> str:
    # "une vingtaine d'années" → "20 années"; "une trentaine, au moins" → "30, au moins".
    return str(_ABOUT[match.group(1).lower()]) + (" " if match.group(2) == " d'" else "")


# Whisper base hears "cent" as "sans" before an amount or an area ("Sans 20 mètres
# carrés", "Sans mettre carré environ"), and "mètres carrés" as "mettre carré": nobody
# says "sans" right before a number of euros or of square metres.
_UNIT = r"(?:euros?\b|€|mètres?\b|mettres?\b|m²|m2\b)"
_CENT_HEARD_AS_SANS_RE = re.compile(
    rf"\bsans(?=\s+(?:(?:\d{{1,2}}|(?:{_WORD_ALT})(?:-(?:{_WORD_ALT}))*)\s+)?{_UNIT})",
    re.IGNORECASE,
)
_SQUARE_METRES_HEARD_RE = re.compile(r"\bmettres? carrés?\b", re.IGNORECASE)


def numberize(text: str) -> str:
    """The text with every spoken number written in digits; the rest is left as it is."""
    text = _SQUARE_METRES_HEARD_RE.sub("mètres carrés", text)
    text = _CENT_HEARD_AS_SANS_RE.sub("cent", _ABOUT_RE.sub(_about, text))
    text = _RUN_RE.sub(_replace_run, text)
    text = _THOUSAND_THEN_REST_RE.sub(_THOUSANDS_SUMMED, text)
    return _HUNDRED_THEN_REST_RE.sub(_HUNDREDS_SUMMED, text)


def parse_french_number(text: str) -> int | None:
    """The number a short phrase says ("cent vingt-huit euros" → 128, "1 200" → 1200)."""
    match = re.search(r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?!\d)|\d+", numberize(text))
    if match is None:
        return None
    return int(re.sub(r"\D", "", match.group(0)))


# --- phone numbers and postal codes ---------------------------------------------------

DIGIT_RUN_RE = re.compile(r"\+?\d+(?:[\s.,\-/]+\d+)*")


def phones_in(norm: str) -> Iterator[str]:
    for run in DIGIT_RUN_RE.finditer(norm):
        found = list(re.finditer(r"\+?\d+", run.group(0)))
        # Where the speaker paused ("06, 19... 06, 19, 64, 82, 30") or a sentence ended
        # ("pas un 06. 07, 68, 12, 34, 09."): a number may start over there.
        pauses = [
            index
            for index in range(1, len(found))
            if re.search(
                r"\.\.\.|\.\s", run.group(0)[found[index - 1].end() : found[index].start()]
            )
        ]
        yield from _phones_in_groups([m.group(0) for m in found], pauses)


def _phones_in_groups(groups: list[str], pauses: list[int]) -> Iterator[str]:
    start = 0
    while start < len(groups):
        found = _phone_from(groups, start)
        if found is None:
            start += 1
            continue
        phone, used = found
        # A number broken off and said again from its start after a pause: the groups
        # before the pause are dropped when the groups after it make a number of their own.
        restart = next(
            (p for p in pauses if start < p < start + used and _phone_from(groups, p)), None
        )
        if restart is not None:
            start = restart
            continue
        yield phone
        start += used


def _phone_from(groups: list[str], start: int) -> tuple[str, int] | None:
    digits = ""
    for used, group in enumerate(groups[start:], start=1):
        if used == 1 and group in ("+33", "0033"):
            digits = "0"
            continue
        digits += group.lstrip("+")
        if len(digits) == 10:
            return (digits, used) if re.fullmatch(r"0[1-9]\d{8}", digits) else None
        if len(digits) > 10:
            return None
    return None


def parse_phone(text: str) -> str | None:
    """The first French phone number in the text, as ten digits, spoken or written."""
    return next(phones_in(numberize(text)), None)


def postal_code_spans(norm: str) -> Iterator[tuple[tuple[int, int], str]]:
    """Five digits that can be a postal code (no amount, no area), with where they stand."""
    for match in _FIVE_DIGITS.finditer(norm):
        if _plausible_postal(match.group(1)):
            yield match.span(1), match.group(1)


# Not "15000 euros", "12000 m²".
_FIVE_DIGITS = re.compile(r"(?<![\d+])(\d{5})(?!\d)(?!\s*(?:euros?|€|m²|m2|mètres|balles))")


def postal_codes(norm: str) -> Iterator[str]:
    for _, code in postal_code_spans(norm):
        yield code
    # "code postal soixante-neuf zéro zéro trois" reads as 69 0 0 3
    for match in re.finditer(r"(?i:code postal)\D{0,20}((?:\d+[\s,.\-]*){1,5})", norm):
        digits = "".join(re.findall(r"\d+", match.group(1)))[:5]
        if len(digits) == 5 and _plausible_postal(digits):
            yield digits


def _plausible_postal(code: str) -> bool:
    return 1000 <= int(code) <= 98999
