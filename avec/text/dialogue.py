"""Answers in a consultation transcript: the assertion a question's words take from the reply.

« — Vous avez des allergies ? — Oui, à la pénicilline. » affirms the allergy; « — Des douleurs la
nuit ? — Non. » denies the pain; « — Pas de fièvre ? — Si, un peu. » affirms the fever. The
question alone asserts nothing (`avec.text.assertion` marks it as such); its answer, in the next
turn by another speaker, decides. An answer that does not open with a yes or a no (« Ça dépend
des jours ») decides nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from avec.text.assertion import AFFIRMED, NEGATED
from avec.text.clauses import Clause
from avec.text.span import Span

_NO = re.compile(
    r"(?:non|nan|jamais|pas du tout|absolument pas|pas vraiment|pas que je sache|pas a ma "
    r"connaissance|aucun|aucune|rien|pas specialement|pas particulierement|nullement|du tout|pas "
    r"de|pas d'|je n'ai pas|j'ai pas|il n'a pas|elle n'a pas|ca ne|ce n'est pas|je ne crois pas|"
    r"je crois pas|je ne pense pas|je pense pas|pas trop|pas tellement|pas beaucoup|nullement)\b"
)
_YES = re.compile(
    r"(?:oui|ouais|si|un peu|beaucoup|tout a fait|exactement|effectivement|bien sur|parfois|"
    r"de temps en temps|souvent|tout le temps|toujours|ca m'arrive|j'en ai|assez|enormement|"
    r"tres|plutot oui|c'est ca|voila|des fois|quelquefois|ca arrive|il m'arrive)\b"
)
_NEGATIVE_QUESTION = re.compile(r"\b(?:pas|jamais|aucun|aucune|rien|ni)\b")
_LEAD = re.compile(r"[\s\-—–,.:;!…\"«»]*(?:euh|ben|bah|alors|eh bien|hum|hmm|ah|oh|bon)?[\s,.!…]*")


_FORMERLY = re.compile(r"\b(?:arrete|arretee|plus depuis|avant|autrefois|ancien|ancienne|il y a)\b")
# In a question, what follows one of these words situates the question, it is not asked:
# « des zigzags, avant le mal de tête ? » asks about the zigzags.
_SITUATING = re.compile(r"\b(?:avant|apres|pendant|quand|lorsque|depuis|en [a-z]+ant)\b")


@dataclass(frozen=True, slots=True)
class Answer:
    question: Clause  # the last question before the reply
    reply: Clause
    cue: Span  # the yes or no of the reply
    status: str  # affirmed | negated
    asked: Span  # the questions the reply answers (« Des saignements ? Du nez, des gencives ? »)


def answers(folded: str, clauses: list[Clause]) -> list[Answer]:
    """Each question of the transcript with the status its answer gives it (linear)."""
    found: list[Answer] = []
    for i, q in enumerate(clauses):
        if not q.question or q.turn < 0:
            continue
        reply = next(
            (c for c in clauses[i + 1 : i + 4] if c.turn != q.turn and not c.question), None
        )
        if reply is None or reply.turn != _next_turn(clauses, i):
            continue
        lead = _LEAD.match(folded, reply.span.start, reply.span.end)
        at = lead.end() if lead else reply.span.start
        negative_q = _NEGATIVE_QUESTION.search(folded, q.span.start, q.span.end) is not None
        no, yes = _NO.match(folded, at, reply.span.end), _YES.match(folded, at, reply.span.end)
        asked = _asked(folded, clauses, i)
        if no is not None:
            if _FORMERLY.search(folded, reply.span.start, reply.span.end):
                continue  # « Non, j'ai arrêté il y a cinq ans »: a past habit, not a denial
            found.append(Answer(q, reply, Span(no.start(), no.end()), NEGATED, asked))
        elif yes is not None:
            word = yes.group()
            if negative_q and word in ("oui", "ouais"):
                continue  # « Pas de fièvre ? — Oui »: agreeing with the negation, or not
            found.append(Answer(q, reply, Span(yes.start(), yes.end()), AFFIRMED, asked))
    return found


def _asked(folded: str, clauses: list[Clause], i: int) -> Span:
    """The run of questions of one turn that ends with clause i, up to the words that situate
    the last one (« avant le mal de tête », « en marchant »)."""
    first = i
    while first > 0 and clauses[first - 1].question and clauses[first - 1].turn == clauses[i].turn:
        first -= 1
    last = clauses[i].span
    situating = _SITUATING.search(folded, last.start, last.end)
    end = situating.start() if situating and situating.start() > last.start else last.end
    return Span(clauses[first].span.start, end)


def _next_turn(clauses: list[Clause], i: int) -> int:
    turn = clauses[i].turn
    return next((c.turn for c in clauses[i + 1 :] if c.turn != turn), -2)
