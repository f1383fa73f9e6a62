"""Keep only some labels' moves in a loaded spaCy entity recogniser (same weights, fewer moves).

spaCy's transition-based recogniser scores every move (B-/I-/L-/U- per label, plus O) at every token,
so labels we never use cost time: our German model was trained on GermEval's 12 labels, the English
one on OntoNotes' 18. Keeping a label set keeps its moves and the rows of the output layer that score
them; every other weight is untouched, so a kept move scores exactly as before and the choice changes
only where a dropped move had been the best (the recogniser then takes the best kept one). Labels that
would otherwise fall to a kept name type are best kept as sinks (German ORGpart, English CARDINAL/DATE).
"""

from __future__ import annotations

from collections import Counter
from typing import Any


def keep_moves(nlp: Any, keep: set[str]) -> tuple[int, int]:
    """Prune ``nlp``'s "ner" component in place to the moves of ``keep``; returns (moves before, after)."""
    from spacy.pipeline._parser_internals.ner import BiluoPushDown

    ner = nlp.get_pipe("ner")
    moves = ner.moves
    unknown = keep - set(ner.labels)
    if unknown:
        raise ValueError(f"labels the model does not have: {', '.join(sorted(unknown))}")
    names = [moves.get_class_name(i) for i in range(moves.n_moves)]
    actions = {k: Counter({label: n for label, n in v.items() if label in keep or label == ""})
               for k, v in moves.labels.items()}
    kept = BiluoPushDown(nlp.vocab.strings, actions)
    rows = [names.index(kept.get_class_name(i)) for i in range(kept.n_moves)]
    if len(rows) == len(names):
        return len(names), len(rows)
    upper = ner.model.get_ref("upper")
    weights, bias = upper.get_param("W")[rows].copy(), upper.get_param("b")[rows].copy()
    # thinc refuses to change a dimension once the layer has weights; this one-off edit sets it directly
    # and then gives the layer the matching rows.
    upper._dims["nO"] = len(rows)
    upper.set_param("W", weights)
    upper.set_param("b", bias)
    moves.from_bytes(kept.to_bytes(exclude=["strings"]), exclude=["strings"])  # the same object, new moves
    return len(names), len(rows)
