"""Scoring of de-identification predictions against the gold corpus (pure functions).

Inputs: ``docs`` as produced by ``generate.py`` (``text``, ``entities`` with ``start``,
``end``, ``label``, and ``must_keep``), and ``predictions``: for each document, a list of
``(start, end, label)`` triples (Python string offsets, end exclusive), either a sequence
aligned with ``docs`` or a mapping from document id to that list.

Metrics
-------
Matching. Within one document, a predicted span and a gold entity *match* when they overlap
(share at least one character). Matching is one-to-one: every candidate pair is sorted by
decreasing overlap (ties: gold order, then prediction order) and taken greedily, so each
prediction matches at most one gold entity and each gold entity at most one prediction.

* **Per label** (pairs must also have the same label): ``tp`` = matched pairs,
  precision = tp / predicted spans of that label, recall = tp / gold entities of that label,
  F1 = harmonic mean. ``micro`` sums tp, predictions and gold over all labels.
* **Any identifier** (label-agnostic): the same one-to-one matching ignoring labels;
  precision = matched predictions / predictions, recall = matched gold / gold.
  ``overlap_precision`` is the lenient variant: share of predicted spans that overlap at least
  one gold entity (a span split in two is not penalised).
* **Leak**: a gold entity *leaks* when at least one of its non-whitespace characters is not
  covered by any predicted span, whatever the label of that span. ``leak_rate`` = leaked gold
  entities / gold entities; ``leaks_by_label`` counts them per gold label; ``zero_leak`` gives
  those counts for SECU, TEL, MAIL, IPP, NDA and RPPS (the target is 0 for each).
* **Full redaction**: share of documents in which no gold entity leaks.
* **Over-redaction**: share of ``must_keep`` spans (eponyms, drugs, units, roles, weekdays)
  overlapped by at least one predicted span; also given per must-keep kind.
* **Name recall** (``name_recall``): for NOM and PRENOM, 1 − leaked / gold, i.e. coverage by
  any predicted span. A surname covered by a span labelled PRENOM is not a leak (it counts
  here) but is a label error in the per-label scores.

Empty denominators: precision and recall are 1.0 when there is nothing to predict / nothing
predicted (F1 is 0.0 when precision + recall is 0); leak rate and over-redaction are 0.0 and
full redaction is 1.0 when there is nothing to count.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

Span = tuple[int, int, str]
ZERO_LEAK_LABELS: tuple[str, ...] = ("SECU", "TEL", "MAIL", "IPP", "NDA", "RPPS")
NAME_LABELS: tuple[str, ...] = ("NOM", "PRENOM")


def _ratio(num: int, den: int, empty: float) -> float:
    return num / den if den else empty


def _f1(precision: float, recall: float) -> float:
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Number of characters shared by two half-open spans."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(gold: Sequence[Span], pred: Sequence[Span], by_label: bool) -> list[tuple[int, int]]:
    """One-to-one greedy matching by largest overlap; returns (gold index, pred index) pairs."""
    pairs: list[tuple[int, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if by_label and g[2] != p[2]:
                continue
            shared = overlap((g[0], g[1]), (p[0], p[1]))
            if shared > 0:
                pairs.append((-shared, gi, pi))
    pairs.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    matched: list[tuple[int, int]] = []
    for _, gi, pi in pairs:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            matched.append((gi, pi))
    return matched


def gold_spans(doc: Mapping[str, Any]) -> list[Span]:
    """The gold entities of a document as (start, end, label)."""
    return [(int(e["start"]), int(e["end"]), str(e["label"])) for e in doc["entities"]]


def _normalise(pred: Sequence[Sequence[Any]]) -> list[Span]:
    return [(int(p[0]), int(p[1]), str(p[2])) for p in pred]


def _aligned(
    docs: Sequence[Mapping[str, Any]],
    predictions: Sequence[Sequence[Sequence[Any]]] | Mapping[str, Sequence[Sequence[Any]]],
) -> list[list[Span]]:
    if isinstance(predictions, Mapping):
        return [_normalise(predictions.get(doc["id"], [])) for doc in docs]
    if len(predictions) != len(docs):
        raise ValueError(f"{len(predictions)} prediction lists for {len(docs)} documents")
    return [_normalise(p) for p in predictions]


def _coverage(text: str, pred: Sequence[Span]) -> list[bool]:
    covered = [False] * len(text)
    for start, end, _ in pred:
        for i in range(max(0, start), min(len(text), end)):
            covered[i] = True
    return covered


def leaked_entities(doc: Mapping[str, Any], pred: Sequence[Sequence[Any]]) -> list[dict[str, Any]]:
    """Gold entities with at least one non-whitespace character outside every predicted span."""
    text = str(doc["text"])
    covered = _coverage(text, _normalise(pred))
    return [
        e
        for e in doc["entities"]
        if any(not covered[i] and not text[i].isspace() for i in range(e["start"], e["end"]))
    ]


def false_positives(doc: Mapping[str, Any], pred: Sequence[Sequence[Any]]) -> list[Span]:
    """Predicted spans that overlap no gold entity at all."""
    gold = gold_spans(doc)
    return [
        p for p in _normalise(pred) if not any(overlap((p[0], p[1]), (g[0], g[1])) for g in gold)
    ]


def _counts(gold: Sequence[Span], pred: Sequence[Span], by_label: bool) -> list[tuple[Span, bool]]:
    """Each prediction with whether it is matched (used for per-label tallies)."""
    matched = {pi for _, pi in match(gold, pred, by_label)}
    return [(p, i in matched) for i, p in enumerate(pred)]


def score(
    docs: Sequence[Mapping[str, Any]],
    predictions: Sequence[Sequence[Sequence[Any]]] | Mapping[str, Sequence[Sequence[Any]]],
) -> dict[str, Any]:
    """All benchmark metrics (see the module docstring for their definitions)."""
    preds = _aligned(docs, predictions)
    labels = sorted(
        {e["label"] for doc in docs for e in doc["entities"]}
        | {p[2] for pred in preds for p in pred}
    )
    gold_n = dict.fromkeys(labels, 0)
    pred_n = dict.fromkeys(labels, 0)
    tp_n = dict.fromkeys(labels, 0)
    leaks = dict.fromkeys(labels, 0)
    any_tp = any_pred = any_gold = overlapping_pred = 0
    full_docs = 0
    keep_total: dict[str, int] = {}
    keep_hit: dict[str, int] = {}
    for doc, pred in zip(docs, preds, strict=True):
        gold = gold_spans(doc)
        for g in gold:
            gold_n[g[2]] += 1
        for p, ok in _counts(gold, pred, by_label=True):
            pred_n[p[2]] += 1
            tp_n[p[2]] += ok
        any_tp += len(match(gold, pred, by_label=False))
        any_pred += len(pred)
        any_gold += len(gold)
        overlapping_pred += sum(
            any(overlap((p[0], p[1]), (g[0], g[1])) for g in gold) for p in pred
        )
        doc_leaks = leaked_entities(doc, pred)
        for e in doc_leaks:
            leaks[e["label"]] += 1
        full_docs += not doc_leaks
        for k in doc["must_keep"]:
            kind = str(k["kind"])
            keep_total[kind] = keep_total.get(kind, 0) + 1
            hit = any(overlap((k["start"], k["end"]), (p[0], p[1])) for p in pred)
            keep_hit[kind] = keep_hit.get(kind, 0) + hit
    per_label: dict[str, dict[str, Any]] = {}
    for label in labels:
        precision = _ratio(tp_n[label], pred_n[label], 1.0)
        recall = _ratio(tp_n[label], gold_n[label], 1.0)
        per_label[label] = {
            "gold": gold_n[label],
            "predicted": pred_n[label],
            "tp": tp_n[label],
            "precision": precision,
            "recall": recall,
            "f1": _f1(precision, recall),
            "leaked": leaks[label],
        }
    tp_all, pred_all = sum(tp_n.values()), sum(pred_n.values())
    micro_p, micro_r = _ratio(tp_all, pred_all, 1.0), _ratio(tp_all, any_gold, 1.0)
    any_p, any_r = _ratio(any_tp, any_pred, 1.0), _ratio(any_tp, any_gold, 1.0)
    leaked = sum(leaks.values())
    keeps, hits = sum(keep_total.values()), sum(keep_hit.values())
    return {
        "documents": len(docs),
        "gold": any_gold,
        "predicted": any_pred,
        "per_label": per_label,
        "micro": {
            "tp": tp_all,
            "precision": micro_p,
            "recall": micro_r,
            "f1": _f1(micro_p, micro_r),
        },
        "any": {
            "tp": any_tp,
            "precision": any_p,
            "recall": any_r,
            "f1": _f1(any_p, any_r),
            "overlap_precision": _ratio(overlapping_pred, any_pred, 1.0),
        },
        "leaked": leaked,
        "leak_rate": _ratio(leaked, any_gold, 0.0),
        "leaks_by_label": {label: n for label, n in leaks.items() if n},
        "zero_leak": {label: leaks.get(label, 0) for label in ZERO_LEAK_LABELS},
        "fully_redacted_documents": full_docs,
        "full_redaction": _ratio(full_docs, len(docs), 1.0),
        "must_keep": keeps,
        "must_keep_hit": hits,
        "over_redaction": _ratio(hits, keeps, 0.0),
        "over_redaction_by_kind": {
            kind: {
                "total": total,
                "hit": keep_hit[kind],
                "rate": _ratio(keep_hit[kind], total, 0.0),
            }
            for kind, total in sorted(keep_total.items())
        },
        "name_recall": {
            label: 1.0 - _ratio(leaks.get(label, 0), gold_n.get(label, 0), 0.0)
            for label in NAME_LABELS
        },
    }
