"""Greedy decoding of spaCy's transition-based entity recogniser, vectorised over a batch of documents.

Why our own: spaCy's greedy loop (``Parser._parseC``) costs about 25 µs per token on our 2-core machines,
nearly half of the German model's time, although the network per step is tiny (three looked-up rows of
the precomputed hidden layer, a 64 x 26 product). Here each step runs all the batch's documents at once
in numpy: about 1 µs per token. The weights, the precomputed features and the BILUO moves are spaCy's
own; only the loop is ours. The validity rules are those of ``spacy/pipeline/_parser_internals/ner.pyx``
for documents without preset entities, which is how the pipeline calls the model (fresh docs). A model
whose layout differs (beam search, other feature sets, no output layer) keeps spaCy's decoder.

Scores are the same products in another BLAS, so they may differ in the last bit; the chosen move can
differ only where two moves tie within float rounding (none did on 400 German news articles and the
sample corpus when this was written: ``tests/unit/extract/test_ner_decode.py`` checks a set of texts).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

# Documents per pass of the embedding layers. Their activations grow with the batch (~12 MB per 600-word
# German article) and their speed does not; the decoding loop is faster the more documents share its steps,
# so it runs over the whole batch the caller gives (measured with 32 German news articles: peak 653 MiB
# with one embedding pass, 360 MiB with passes of 8 documents, at the same speed).
EMBED_BATCH = 8
# BiluoPushDown's move kinds (spacy/pipeline/_parser_internals/ner.pyx: MISSING, BEGIN, IN, LAST, UNIT, OUT).
_BEGIN, _IN, _LAST, _UNIT, _OUT = 1, 2, 3, 4, 5


class Moves:
    """The recogniser's moves as arrays: kind and label of each class, as the output layer orders them."""

    def __init__(self, ner: Any) -> None:
        kinds, labels = [], []
        for i in range(ner.moves.n_moves):
            name = ner.moves.get_class_name(i)  # "B-PER", "U-", "O"
            kinds.append({"B": _BEGIN, "I": _IN, "L": _LAST, "U": _UNIT, "O": _OUT}[name[0]])
            labels.append(name[2:])
        self.kind = np.array(kinds, dtype=np.int8)
        self.label_ids = {name: j for j, name in enumerate(sorted(set(labels)))}
        self.label_names = {j: name for name, j in self.label_ids.items()}
        self.label = np.array([self.label_ids[name] for name in labels], dtype=np.int32)
        self.labelled = self.label != self.label_ids.get("", -1)


def supported(ner: Any) -> bool:
    """Whether ``ner`` is a greedy BILUO recogniser of the layout this decoder reproduces."""
    model = ner.model
    try:
        lower, upper = model.layers[1], model.layers[2]
        return (
            ner.cfg.get("beam_width", 1) == 1
            and bool(model.attrs.get("has_upper"))
            and lower.get_dim("nF") == 3
            and lower.get_dim("nP") >= 2
            and upper.get_dim("nO") == ner.moves.n_moves
            and all(ner.moves.get_class_name(i)[0] in "BILUO" for i in range(ner.moves.n_moves))
        )
    except (AttributeError, IndexError, KeyError, ValueError):
        return False


def _offsets(docs: list[Any]) -> npt.NDArray[np.int64]:
    return np.concatenate([[0], np.cumsum([len(doc) for doc in docs])]).astype(np.int64)


def decode(ner: Any, moves: Moves, docs: list[Any]) -> list[list[tuple[int, int, str]]]:
    """Entities (token start, token end, label) of each doc, as spaCy's greedy parse would give them.

    The docs need their ``tensor`` set by the pipeline's tok2vec when the recogniser listens to one.
    """
    docs_in = [doc for doc in docs if len(doc)]
    out: dict[int, list[tuple[int, int, str]]] = {id(doc): [] for doc in docs}
    if docs_in:
        for doc, found in zip(docs_in, _decode(ner, moves, docs_in), strict=True):
            out[id(doc)] = found
    return [out[id(doc)] for doc in docs]


def _decode(ner: Any, moves: Moves, docs: list[Any]) -> list[list[tuple[int, int, str]]]:
    from spacy.attrs import IS_SPACE, SENT_START

    model = ner.model
    lower, upper = model.layers[1], model.layers[2]
    tokvecs = np.concatenate([model.layers[0].predict(docs[i : i + EMBED_BATCH]) for i in range(0, len(docs), EMBED_BATCH)])
    cached = np.asarray(lower.predict(tokvecs))  # (1 + tokens, nF, nO, nP); row 0 pads
    n_p = cached.shape[3]
    # Feature f of token t is row 1 + t of feats[f]; row 0 is its padding (a feature that points at no token).
    feats = [cached[:, f] for f in range(3)]
    bias = np.asarray(lower.get_param("b"), dtype=np.float32)
    w_out = np.ascontiguousarray(np.asarray(upper.get_param("W"), dtype=np.float32).T)
    b_out = np.asarray(upper.get_param("b"), dtype=np.float32)
    seen = np.ones(w_out.shape[1], dtype=bool)
    for cls in model.attrs.get("unseen_classes", ()):
        seen[cls] = False

    offsets = _offsets(docs)
    n_tok = int(offsets[-1])
    space = np.concatenate([doc.to_array(IS_SPACE) for doc in docs]).astype(bool)
    starts = np.concatenate([doc.to_array(SENT_START) for doc in docs]) == 1
    # Per token, what the moves' validity reads besides the open entity: whether another token follows in
    # the doc (buffer_length >= 2), whether that token starts a sentence, whether this one is whitespace.
    more = np.ones(n_tok, dtype=bool)
    more[offsets[1:] - 1] = False
    next_start = np.zeros(n_tok, dtype=bool)
    next_start[:-1] = starts[1:] & more[:-1]
    tok_key = (more.astype(np.int64) + 2 * next_start + 4 * space).astype(np.int64)
    valid_table = _validity(moves)

    kind, label = moves.kind, moves.label
    keeps = (kind == _IN) | (kind == _OUT)  # the open entity (or none) stays as it is
    begins = kind == _BEGIN
    opened_label = np.where(begins, label, -1).astype(np.int64)

    tok = offsets[:-1].copy()  # each doc's buffer head, as a corpus-wide token index
    ends = offsets[1:].copy()
    open_start = np.full(len(docs), -1, dtype=np.int64)  # the open entity's first token, or -1
    open_label = np.full(len(docs), -1, dtype=np.int64)
    taken = np.zeros(n_tok, dtype=np.int64)  # the move chosen at each token
    while len(tok):
        is_open = open_start >= 0
        # set_context_tokens (nF = 3): the head, the open entity's start, the token before the head; the
        # sums run in spaCy's order (sum_state_features, then the bias).
        unmaxed = feats[0][1 + tok] + feats[1][open_start + 1] + feats[2][tok * is_open] + bias
        hidden = unmaxed[:, :, 0]
        for p in range(1, n_p):
            hidden = np.maximum(hidden, unmaxed[:, :, p])
        scores = hidden @ w_out + b_out
        if not seen.all():
            scores[:, ~seen] = scores.min()
        valid = valid_table[open_label + 1, tok_key[tok]]
        guess = np.where(valid, scores, -np.inf).argmax(axis=1)
        taken[tok] = guess
        stay = keeps[guess]
        open_start = np.where(stay, open_start, np.where(begins[guess], tok, -1))
        open_label = np.where(stay, open_label, opened_label[guess])
        tok = tok + 1
        done = tok == ends
        if done.any():
            alive = ~done
            tok, ends, open_start, open_label = tok[alive], ends[alive], open_start[alive], open_label[alive]
    return _entities(moves, taken, offsets)


def _validity(moves: Moves) -> npt.NDArray[np.bool_]:
    """valid[open label + 1, token key, move] by the rules of ner.pyx for documents without preset entities.

    Token key: bit 1 = another token follows in the doc, 2 = that token starts a sentence, 4 = this token
    is whitespace. Entities open and close inside a sentence, never start on whitespace, and the last token
    can neither begin nor continue one.
    """
    kind, label, labelled = moves.kind, moves.label, moves.labelled
    n_labels = len(moves.label_ids)
    table = np.zeros((n_labels + 1, 8, len(kind)), dtype=bool)
    for open_label in range(-1, n_labels):
        for key in range(8):
            more, next_start, space = bool(key & 1), bool(key & 2), bool(key & 4)
            if open_label < 0:
                row = (kind == _BEGIN) & labelled & more & (not next_start) & (not space)
                row |= (kind == _UNIT) & labelled & (not space)
                row |= kind == _OUT
            else:
                same = labelled & (label == open_label)
                row = (kind == _IN) & same & more & (not next_start)
                row |= (kind == _LAST) & same
            table[open_label + 1, key] = row
    return table


def _entities(moves: Moves, taken: npt.NDArray[np.int64], offsets: npt.NDArray[np.int64]) -> list[list[tuple[int, int, str]]]:
    """The entities the chosen moves build: U is one token, B opens one that the next L closes."""
    names = moves.label_names
    kinds = moves.kind[taken]
    out: list[list[tuple[int, int, str]]] = []
    for d in range(len(offsets) - 1):
        found: list[tuple[int, int, str]] = []
        base = int(offsets[d])
        start = -1
        for t in np.flatnonzero(kinds[offsets[d] : offsets[d + 1]] != _OUT).tolist():
            k = kinds[base + t]
            if k == _BEGIN:
                start = t
            elif k == _UNIT:
                found.append((t, t + 1, names[int(moves.label[taken[base + t]])]))
            elif k == _LAST:
                found.append((start, t + 1, names[int(moves.label[taken[base + t]])]))
        out.append(found)
    return out


def annotate(ner: Any, moves: Moves, docs: list[Any]) -> None:
    """Set ``doc.ents`` as the recogniser's own ``set_annotations`` does (the other tokens outside)."""
    from spacy.tokens import Span

    for doc, found in zip(docs, decode(ner, moves, docs), strict=True):
        doc.set_ents([Span(doc, s, e, label=lab) for s, e, lab in found], default="outside")
