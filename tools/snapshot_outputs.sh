#!/usr/bin/env bash
# Writes what a claimlint binary says about a fixed set of inputs into OUT, one file per input set,
# so that two builds can be compared byte for byte (`diff -r OUT1 OUT2`) when a change must not
# change behaviour: `check --format json` and `extract --format json` on corpus/, and, when the
# evaluation folder is beside the project, on the seed articles, the PolNeAR texts and every
# Multi-News cluster (one corpus per cluster, as the scorers check them), and on a generated corpus.
#
#   tools/snapshot_outputs.sh BIN OUT [GENERATED_CORPUS_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$1 out=$2 gen=${3:-}
mkdir -p "$out"
both() { # name paths...
  local name=$1
  shift
  "$bin" check --format json "$@" > "$out/$name.check.json" 2> "$out/$name.check.err" || true
  "$bin" extract --format json "$@" > "$out/$name.extract.json" 2> "$out/$name.extract.err" || true
}
both corpus corpus/
if [ -d ../shared/seeds ]; then both seeds ../shared/seeds/; fi
if [ -d ../shared/eval/data/polnear ]; then
  # PolNeAR per split: the folders are large, so one run per split keeps each output readable.
  for split in ../shared/eval/data/polnear/*/; do
    [ -d "$split/text" ] || continue
    both "polnear-$(basename "$split")" "$split/text"
  done
fi
if [ -d ../shared/eval/data/multi_news_sample ]; then
  clusters=$(mktemp -d)
  trap 'rm -rf "$clusters"' EXIT
  python3 - "$clusters" <<'PY'
import json, os, sys
root = "../shared/eval/data/multi_news_sample"
for name in ("test.jsonl", "validation.jsonl"):
    for line in open(os.path.join(root, name), encoding="utf-8"):
        c = json.loads(line)
        docs = [d for d in c["documents"] if len(d) > 400]
        if len(docs) < 2:
            continue
        with open(os.path.join(sys.argv[1], c["id"] + ".jsonl"), "w", encoding="utf-8") as f:
            for j, d in enumerate(docs):
                f.write(json.dumps({"id": f"{c['id']}/{j}", "text": d}) + "\n")
PY
  : > "$out/multi-news.check.json"
  for f in "$clusters"/*.jsonl; do
    "$bin" check --format json "$f" | sed "s|$clusters/||g" >> "$out/multi-news.check.json" || true
  done
  cat "$clusters"/*.jsonl > "$clusters/all.jsonl.txt"
  mv "$clusters/all.jsonl.txt" "$clusters/all.jsonl"
  "$bin" extract --format json "$clusters/all.jsonl" | sed "s|$clusters/||g" > "$out/multi-news.extract.json" || true
fi
if [ -n "$gen" ]; then both generated "$gen"; fi
ls -la "$out"
