"""Train the German NER model shipped in ``src/storyline/resources/ner/de`` from GermEval 2014.

One command reproduces the committed model (28 CPU minutes on one thread; 60 minutes wall on our busy 2-core machine):

    OMP_NUM_THREADS=1 nice -n 10 .venv/bin/python training/ner_train.py

spaCy from scratch (blank ``de``; no pretrained vectors exist offline): a hash-embedding CNN tok2vec
whose input also carries a small static gazetteer table (see ``ner_gazetteer.py``), and spaCy's
transition-based NER over GermEval's 12 outer labels (mapped to our four types at prediction time, so
both the official-style and the product figure come from one model). Train split only; dev picks
the best checkpoint; test is never read here.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # the machine is shared: one thread

import spacy
import srsly
from spacy.tokens import Doc, DocBin
from spacy.training import biluo_tags_to_spans, iob_to_biluo
from spacy.vectors import Vectors

from storyline.eval.ner_eval import Sentence, data_dir, read_germeval_train, read_germeval_tsv
from storyline.extract.ner_pieces import fit_projection, use_projection

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ner_gazetteer import build_vectors

REPO = Path(__file__).resolve().parents[1]
PIECES = "de_pieces.npz"  # the piece-vector projection, installed beside the model
TARGET = REPO / "src" / "storyline" / "resources" / "ner" / "de"

CONFIG = """
[paths]
train = null
dev = null
vectors = null

[system]
gpu_allocator = null
seed = 0

[nlp]
lang = "de"
pipeline = ["tok2vec","ner"]
batch_size = 256

[components]

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"

[components.tok2vec.model.embed]
@architectures = "storyline.PieceHashEmbed.v1"
width = ${components.tok2vec.model.encode.width}
attrs = ["NORM","PREFIX","SUFFIX","SHAPE"]
rows = [10000,2000,5000,1000]
include_static_vectors = true
piece_dims = 64

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = 96
depth = 4
window_size = 1
maxout_pieces = 3

[components.ner]
factory = "ner"

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 64
maxout_pieces = 2
use_upper = true
nO = null

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = ${components.tok2vec.model.encode.width}

[corpora]

[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${paths.train}

[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${paths.dev}

[training]
dev_corpus = "corpora.dev"
train_corpus = "corpora.train"
seed = ${system.seed}
gpu_allocator = ${system.gpu_allocator}
dropout = 0.15
accumulate_gradient = 1
patience = 4000
max_epochs = 0
max_steps = 7000
eval_frequency = 1000
frozen_components = []
annotating_components = []
before_to_disk = null

[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2

[training.batcher.size]
@schedules = "compounding.v1"
start = 100
stop = 1000
compound = 1.001

[training.logger]
@loggers = "spacy.ConsoleLogger.v1"
progress_bar = false

[training.optimizer]
@optimizers = "Adam.v1"
beta1 = 0.9
beta2 = 0.999
L2_is_weight_decay = true
L2 = 0.01
grad_clip = 1.0
use_averages = true
eps = 0.00000001
learn_rate = 0.001

[training.score_weights]
ents_f = 1.0
ents_p = 0.0
ents_r = 0.0

[initialize]
vectors = ${paths.vectors}
"""


# "product": the labels the recogniser uses — our four types plus LOCderiv ("Hamburger Hafen" is a place,
# ner.py) — with the rare *part/*deriv labels as O; the parser's cost grows with its number of moves.
LABEL_SETS = {"all": None, "product": frozenset({"PER", "ORG", "LOC", "OTH", "LOCderiv"})}


def keep_labels(tags: list[str], labels: frozenset[str] | None) -> list[str]:
    """BIO tags with every label outside ``labels`` set to O (all kept when None)."""
    if labels is None:
        return tags
    return [t if t == "O" or t.split("-", 1)[1] in labels else "O" for t in tags]


def to_docbin(nlp: spacy.language.Language, sents: list[Sentence], path: Path, labels: frozenset[str] | None = None) -> None:
    """Write sentences as spaCy docs with their outer entities (only ``labels`` when given)."""
    db = DocBin(store_user_data=False)
    for s in sents:
        doc = Doc(nlp.vocab, words=s.tokens)
        doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(keep_labels(s.tags, labels)))
        db.add(doc)
    db.to_disk(path)


def build_vectors_model(path: Path) -> None:
    """A blank pipeline whose only content is the gazetteer table, keyed by LOWER."""
    nlp = spacy.blank("de")
    keys, data = build_vectors()
    vectors = Vectors(strings=nlp.vocab.strings, shape=data.shape, attr="LOWER")
    for i, key in enumerate(keys):
        vectors.add(nlp.vocab.strings.add(key), vector=data[i])
    nlp.vocab.vectors = vectors
    nlp.to_disk(path)


def main() -> None:
    """Prepare data, train, and install the best checkpoint (by GermEval dev F1) into resources."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", type=Path, default=Path("/tmp/storyline-ner-work"))
    ap.add_argument("--max-steps", type=int, default=7000)
    ap.add_argument("--piece-dims", type=int, default=64, help="dimensions of the piece-vector projection")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="config override (experiments)")
    ap.add_argument("--labels", choices=sorted(LABEL_SETS), default="all", help="GermEval labels the model learns")
    ap.add_argument("--no-install", action="store_true", help="train only; do not copy into resources")
    ap.add_argument("--install-only", type=Path, help="only install this trained pipeline folder")
    args = ap.parse_args()
    if args.install_only:
        install(args.install_only, TARGET)
        return
    data = data_dir() / "germeval2014-ner"
    args.work.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("de")
    train_sents = read_germeval_train(data / "NER-de-train.outer-bioes.txt.gz")
    labels = LABEL_SETS[args.labels]
    to_docbin(nlp, train_sents, args.work / "train.spacy", labels)
    # The piece-vector projection: PCA over the 50k most frequent training words (text only, no labels).
    counts = Counter(tok for s in train_sents for tok in s.tokens)
    fit_projection([w for w, _ in counts.most_common(50_000)], args.piece_dims, args.work / PIECES)
    use_projection(args.work / PIECES)
    to_docbin(nlp, read_germeval_tsv(data / "NER-de-dev.tsv.gz"), args.work / "dev.spacy", labels)
    build_vectors_model(args.work / "vectors")
    cfg = args.work / "config.cfg"
    cfg.write_text(CONFIG, encoding="utf-8")
    from spacy.cli.train import train

    started = time.time()
    overrides = {
        "paths.train": str(args.work / "train.spacy"),
        "paths.dev": str(args.work / "dev.spacy"),
        "paths.vectors": str(args.work / "vectors"),
        "training.max_steps": args.max_steps,
        "components.tok2vec.model.embed.piece_dims": args.piece_dims,
        **{k: _value(v) for k, v in (kv.split("=", 1) for kv in args.set)},
    }
    train(cfg, args.work / "out", overrides=overrides, use_gpu=-1)
    print(f"training took {time.time() - started:.0f} s")
    if not args.no_install:
        install(args.work / "out" / "model-best", TARGET)
        print(f"installed {TARGET}")


def _value(text: str) -> object:
    """A ``--set`` value as the config would read it: 0.25 a number, true a bool, anything else a string."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def install(model_dir: Path, target: Path) -> None:
    """Copy a trained pipeline into resources, keeping only the strings inference needs.

    The string store holds every training word and gazetteer key (4 MB); prediction looks tokens up
    by hash and needs only the label names, so the rest is dropped (predictions checked identical).
    """
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(model_dir, target)
    # The piece-vector projection the model was trained with (written by main into the work folder).
    shutil.copy(model_dir.parents[1] / PIECES, target.parent / PIECES)
    strings_path = target / "vocab" / "strings.json"
    labels = set(spacy.load(model_dir).get_pipe("ner").labels)
    keep = sorted(x for x in srsly.read_json(strings_path) if x in labels or x[:2] in ("B-", "I-", "L-", "U-"))
    srsly.write_json(strings_path, keep)
    meta = srsly.read_json(target / "meta.json")
    meta.update(
        name="storyline_ner_de",
        version="1.0.0",
        license="CC-BY-4.0 (trained on GermEval 2014; gazetteer from GeoNames CC BY 4.0 and CLDR)",
        description="German NER (GermEval 2014 outer labels) for storyline; see resources/ner/README.md",
        author="storyline developers",
    )
    srsly.write_json(target / "meta.json", meta)


if __name__ == "__main__":
    main()
