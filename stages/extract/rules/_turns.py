"""Who said what: the transcript as agent and client turns, and yes/no answers to questions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from stages.extract.rules._numbers import numberize

# --- turns ----------------------------------------------------------------------------

Speaker = Literal["agent", "client", "?"]
_LABEL_RE = re.compile(
    r"^\s*(agent|client|conseill[eè]re?|commercial|prospect|op[ée]rat(?:eur|rice)|"
    r"speaker\s*[a-z0-9]|locuteur\s*[a-z0-9]|[ab])\s*:\s*(.*)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Turn:
    """What one speaker said, with digits for numbers, and the question it answers."""

    speaker: Speaker
    text: str
    question: str = ""

    @property
    def is_question(self) -> bool:
        return self.text.rstrip().endswith("?")

    @property
    def from_client(self) -> bool:
        return self.speaker != "agent"


def split_turns(transcript: str) -> list[Turn]:
    """Turns from ``Agent:``/``Client:`` lines, or sentences when nobody is labelled."""
    norm = numberize(transcript)
    labelled = [m for line in norm.splitlines() if (m := _LABEL_RE.match(line))]
    if labelled:
        pairs = _label_speakers([(m.group(1), m.group(2).strip()) for m in labelled])
    else:
        sentences = re.split(r"(?<=[.!?])\s+", " ".join(norm.split()))
        pairs = [("?", s) for s in sentences if s]
    return _with_questions(pairs)


def _label_speakers(raw: list[tuple[str, str]]) -> list[tuple[Speaker, str]]:
    # Diarised labels (A/B, Speaker 1) say nothing of roles: whoever speaks first is
    # taken to be the agent, since the agent places the call.
    first = raw[0][0].lower()
    out: list[tuple[Speaker, str]] = []
    for label, text in raw:
        low = label.lower()
        if low == "client" or low == "prospect":
            out.append(("client", text))
        elif low.startswith(("agent", "conseil", "commercial", "op")):
            out.append(("agent", text))
        else:
            out.append(("agent" if low == first else "client", text))
    return out


def _with_questions(pairs: list[tuple[Speaker, str]]) -> list[Turn]:
    turns: list[Turn] = []
    previous = ""
    for index, (speaker, text) in enumerate(pairs):
        reply = pairs[index + 1] if index + 1 < len(pairs) else None
        if speaker == "agent" and reply is not None and reply[0] == "client":
            text = _asked_back(text, reply[1])
        question = previous if previous.rstrip().endswith("?") else ""
        if not question and speaker != "agent" and _answered_back(turns):
            # "Et vos revenus ?" "Pourquoi vous avez besoin de ça ?" "Pour les aides." "Bon.
            # Deux mille trois cents par mois.": the answer, once the client's own question
            # is answered, is to the agent's question still open.
            question = turns[-2].question
        after_client = bool(turns) and turns[-1].from_client
        # ... or called to answer: "Nathalie ! La facture d'électricité !"
        handed = after_client and turns[-1].text.rstrip().endswith("!")
        taken_up = after_client and (PUTS_RIGHT.match(text) or turns[-1].is_question or handed)
        if speaker != "agent" and taken_up and turns[-1].question:
            # The other of a couple on a speakerphone puts the answer right ("Quatre-vingt-
            # dix euros." "Cent dix ! Tu regardes l'ancienne."), or answers for the one
            # who asked them ("Ginette, ça fait combien ?" "2 750 par mois.").
            question = turns[-1].question
        turns.append(Turn(speaker, text, question))
        previous = text
    return turns


# A client's turn putting the client's last one right: "Mais non, Gilbert !", "Non, non,
# c'est…", or a figure exclaimed with the reason it is the right one ("Cent dix ! Tu
# regardes l'ancienne.").
# Or the exact figure said after a rounded one: "Ça fait dans les 1 600 euros." "1 680. Je
# l'ai sous les yeux."
PUTS_RIGHT = re.compile(r"\W*(?:mais non|non, non|non !|\d+ ! tu\b|\d+\.)", re.IGNORECASE)


def _answered_back(turns: list[Turn]) -> bool:
    """Whether the last of ``turns`` is the agent's answer, not a question, to a client's
    turn that only asked back."""
    if len(turns) < 2:
        return False
    reply, asked_back = turns[-1], turns[-2]
    return (
        reply.speaker == "agent"
        and not reply.is_question
        and asked_back.from_client
        and _asks_first(asked_back)
    )


# A sentence that asks by its words: "Quelle est la surface", "la maison fait quelle
# surface", "Est-ce que…", or by naming what it asks about: "Votre facture d'électricité par
# mois.", "Et la surface de la maison."
_ASKS = re.compile(
    r"\best-ce qu|\bqu'est-ce\b|\b(?:quel(?:le)?s?|combien|comment|pourquoi)\b|"
    r"^\W*(?:et\s+)?(?:où|quand)\b|"
    r"^\W*(?:et\s+)?(?:votre|vos)\b|"
    r"^\W*(?:et\s+)?(?:la|le|l')\s*(?:surface|superficie|facture|toit|toiture|orientation|"
    r"adresse|code postal|âge|profession|métier)\b",
    re.IGNORECASE,
)


_BECAUSE = re.compile(
    r"\W*(?:c'est )?(?:pour (?:savoir|voir|calculer|connaître|vérifier|estimer|évaluer)\b|"
    r"parce qu)",
    re.IGNORECASE,
)


def _asked_back(text: str, reply: str) -> str:
    """The agent's turn with the question mark a recogniser left out put back: when no
    sentence of it asks, its last one does if it reads as a question or the client answers
    it yes or no ("Vous êtes propriétaire de votre maison, madame Chevalier." "Oui, depuis 40
    ans."). Whisper writes most questions of a telephone call as statements."""
    stripped = text.rstrip()
    if not stripped or "?" in stripped:
        # A question asked, then a remark: "Il y a de la place ? Il faut 20 m² libres."
        return text
    last = re.split(r"(?<=[.!?])\s+", stripped)[-1]
    if _BECAUSE.match(last):
        # A reason given, to the client's "Pourquoi ?": "Pour savoir quelles aides vous
        # concernent." asks nothing, whatever its words.
        return text
    if _ASKS.search(last) or _YES_RE.search(reply) or _NO_RE.search(reply):
        return stripped.rstrip(".!… ") + " ?"
    return text


# A speaker taking back what they just said: the value after it replaces the one before.
CORRECTION_RE = re.compile(
    r"\b(?:non|pardon|enfin|je dis une bêtise|je me trompe|(?:je|qui) me suis trompée?|"
    r"je veux dire|"
    r"je corrige|je rectifie|ou plutôt|"
    # What is true now after what was: "On payait 120 euros ; maintenant, on est à 40."
    r"maintenant)\b",
    re.IGNORECASE,
)


def settled(text: str, spans: list[tuple[int, int]]) -> int:
    """Which of the values found at ``spans`` in ``text`` the speaker settles on.

    "Environ 110 euros. Non, je dis une bêtise, c'est 130 euros": a value followed by a
    correction and another value is replaced by that one; without a correction between
    them, the first value said stands; one broken off and said again ("160... 165") is
    replaced too.
    """
    keep = 0
    for index in range(1, len(spans)):
        between = text[spans[index - 1][1] : spans[index][0]]
        if CORRECTION_RE.search(between) or _RESTART_RE.fullmatch(between):
            keep = index
    return keep


# Broken off, maybe with a hesitation: "Cinquante-trois mille... euh, cinquante-trois, cent."
_RESTART_RE = re.compile(r"\s*(?:\.\.\.|…)\s*(?:(?:euh|heu|ben|bah)\W*)?")


def client_statements(turns: list[Turn]) -> list[Turn]:
    """The client's turns that state something: not a bare question, but an answer that
    ends on one ("39 ans. Vous pouvez me rappeler ?") is still an answer."""
    return [t for t in turns if states(t)]


def states(turn: Turn) -> bool:
    """Whether ``turn`` is the client's and states something (see client_statements)."""
    return turn.from_client and bool(turn.text) and not _asks_first(turn)


def _asks_first(turn: Turn) -> bool:
    return turn.is_question and sentences(turn.text)[0].rstrip().endswith("?")


def sentences(text: str) -> list[str]:
    # A trailing-off "…" before a word in lower case or a number is a pause within the
    # sentence ("À son compte, depuis... 14 ans"), not its end.
    return [s for s in _SENTENCE_END.split(text) if s.strip()]


_SENTENCE_END = re.compile(
    r"(?<=[.!?;])(?<!\.\.\.)(?<!…)\s+|(?:(?<=\.\.\.)|(?<=…))\s+(?![a-zà-ÿ\d])"
)


def asked(turns: list[Turn], index: int) -> str:
    """The agent's words that turn ``index`` answers: the question before it or, since a
    recogniser often drops the question mark ("Et vous vous chauffez comment."), the turn
    before, question or not."""
    turn = turns[index]
    return turn.question or (turns[index - 1].text if index else "")


def last_question(text: str) -> str:
    """The last sentence of ``text`` that asks something, or "" when none does.

    "Un toit au nord, ce n'est pas idéal. C'est quelle surface, la maison ?" asks the
    surface: the sentences before the question are the agent's comments on the last
    answer, and their words (here "toit") say nothing of what is asked now.
    """
    found = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s.rstrip().endswith("?")]
    return found[-1] if found else ""


# --- yes/no answers -------------------------------------------------------------------

# A hesitation before an answer: "Euh, non.", "Ben oui." (also read by the evidence check,
# on its normalised text).
HESITATION = r"(?:euh|heu|ben|bah|hum|hmm?|eh bien|oh|ah)\W+"
_FILLER = rf"(?:{HESITATION})?"
# A yes or a no may be hedged: "Je pense, oui.", "Je crois que non.", "Je ne pense pas."
_HEDGE = r"(?:je (?:pense|crois)|il me semble)(?:,|\s+que)?\s+"
_YES_RE = re.compile(
    # The question's "at least" said back first: "Oh, au moins, oui, facilement."
    rf"^\W*{_FILLER}(?:au moins\W+)?(?:{_HEDGE})?(?:oui|ouais|bien sûr|tout à fait|exactement|"
    r"absolument|effectivement|c'est ça|voilà|d'accord|ok|okay|si|"
    # A yes to "at least so much": "Largement.", "Sans problème.", "Facilement."
    r"largement|facilement|sans problème|sans souci)\b",
    re.IGNORECASE,
)
# A first sentence that says its yes last: "Je suis chez moi depuis cinquante ans, oui.",
# "Mardi, très bien.", "Jeudi, quatorze heures trente, ça va.", "Vendredi, trois heures,
# c'est ça."
_YES_LAST_RE = re.compile(
    r",\s*(?:oui|très bien|parfait|ça marche|ça me va|ça va|c'est ça|voilà)\s*[.!]?\s*$",
    re.IGNORECASE,
)
_NO_RE = re.compile(
    rf"^\W*{_FILLER}(?:(?:{_HEDGE})?(?:non|pas du tout|absolument pas|pas vraiment|nan)|"
    r"je ne (?:pense|crois) pas|je (?:pense|crois) pas)\b(?!\s+(?:que|qu'))",
    re.IGNORECASE,
)
# "sans être mariés ni pacsés" denies both.
_NEGATION_RE = re.compile(r"\b(?:pas|plus|jamais|aucun|aucune|ni|sans)\b", re.IGNORECASE)


def negated(text: str, start: int) -> bool:
    clause = re.split(r"[,;.!?:]", text[max(0, start - 30) : start])[-1]
    return _NEGATION_RE.search(clause) is not None


def affirmed(turns: list[Turn], pattern: str, *, unless: str | None = None) -> bool | None:
    """Whether the client says something: stated (True, or False if negated), or a yes/no
    answer to the agent's question about it. ``unless`` skips choice questions."""
    keyword = re.compile(pattern, re.IGNORECASE)
    for index, turn in enumerate(turns):
        match = keyword.search(turn.text)
        if match is None:
            continue
        if turn.is_question and not (turn.from_client and not _asks_first(turn)):
            skip = unless is not None and re.search(unless, turn.text, re.IGNORECASE)
            answer = _answer_after(turns, index) if not skip else None
            if answer is not None:
                return answer
        elif turn.from_client:
            return not negated(turn.text, match.start())
    return None


def denied(turns: list[Turn], index: int) -> bool:
    """Whether the other party answers turn ``index`` with a no ("Non, c'est le 76 740")."""
    return _answer_after(turns, index) is False


def confirmed(turns: list[Turn], index: int) -> bool:
    """Whether the other party answers turn ``index`` with a yes ("Oui, c'est moi.")."""
    return _answer_after(turns, index) is True


def _answer_after(turns: list[Turn], index: int) -> bool | None:
    if index + 1 >= len(turns) or turns[index + 1].speaker == turns[index].speaker != "?":
        return None
    answer = turns[index + 1].text
    if _YES_RE.search(answer):
        return True
    if _NO_RE.search(answer):
        return False
    said = sentences(answer) if answer.strip() else [""]
    if _YES_LAST_RE.search(said[0]) and not _NEGATION_RE.search(said[0]):
        return True
    # The proposal said back, then agreed to: "Mercredi, huit heures et demie. Ça marche."
    if len(said) == 2 and _AGREED.fullmatch(said[1]) and not _NEGATION_RE.search(said[0]):
        return True
    return None


_AGREED = re.compile(
    r"\W*(?:ça marche|c'est parfait|parfait|très bien|d'accord|entendu|ça me va)\W*", re.I
)
