"""Drop the rarely used labels from the shipped German NER model: the same weights, fewer parser moves.

    .venv/bin/python training/ner_prune.py [--keep PER,LOC,ORG,OTH,LOCderiv,ORGpart] [--model DIR] [--out DIR]

The model was trained on GermEval's 12 outer labels; the recogniser maps ``*deriv``/``*part`` to no
mention (``ner.py``), except LOCderiv before a landmark ("Hamburger Hafen"). The transition-based
parser scores every move (B-/I-/L-/U- per label, plus O) at every token, so the seven rare labels
cost about half of its time. Pruning keeps the moves of ``--keep`` and the rows of the output layer
that score them; every other weight is untouched, so a kept move scores exactly as before and the
parser's choice changes only where a dropped move had been the best (it then takes the best kept
one). ORGpart stays by default as the sink for compounds such as "SPD-Vorsitzender": without it
they fall to ORG or OTH and become wrong mentions.

Writes the pruned pipeline to ``--out`` (default: over ``--model``, the shipped model in resources).
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MODEL = REPO / "src" / "storyline" / "resources" / "ner" / "de"
KEEP = "PER,LOC,ORG,OTH,LOCderiv,ORGpart"


def prune(model_dir: Path, out_dir: Path, keep: set[str]) -> tuple[int, int]:
    """Write ``model_dir`` with only the moves of ``keep`` to ``out_dir``; returns (moves before, after)."""
    import spacy

    from storyline.extract.ner_moves import keep_moves
    from storyline.extract.ner_pieces import piece_vectors

    piece_vectors()  # registers the model's embedding architecture
    nlp = spacy.load(model_dir)
    try:
        counts = keep_moves(nlp, keep)
    except ValueError as exc:
        raise SystemExit(f"--keep: {exc}") from exc
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "model"
        nlp.to_disk(staged)
        # Loading adds tokenizer strings to the vocabulary; the model needs only the ones it shipped with.
        shutil.copy(model_dir / "vocab" / "strings.json", staged / "vocab" / "strings.json")
        if out_dir.exists():
            shutil.rmtree(out_dir)
        shutil.copytree(staged, out_dir)
    return counts


def main() -> None:
    """Prune the model and check that it loads with the kept labels."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", default=KEEP, help="comma-separated labels whose moves stay")
    ap.add_argument("--model", type=Path, default=MODEL)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    keep = {label.strip() for label in args.keep.split(",") if label.strip()}
    before, after = prune(args.model, args.out or args.model, keep)
    import spacy

    labels = spacy.load(args.out or args.model).get_pipe("ner").labels
    print(f"moves {before} -> {after}; labels {', '.join(labels)}")


if __name__ == "__main__":
    main()
