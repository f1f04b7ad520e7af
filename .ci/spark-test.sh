#!/usr/bin/env bash
# End-to-end test of the Spark job (tools/spark_check.py) with a local Spark: a few hundred generated
# articles checked once by `claimlint check` and once through Spark (extract as the map, reduce as
# the reduce); the two JSON reports must be the same bytes. Needs Java 17; installs pyspark.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -c 'import pyspark' 2>/dev/null || pip install --quiet 'pyspark>=3.5,<5'
bin=target/release/claimlint
[ -x "$bin" ] || cargo build --release --locked
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 tools/gencorpus.py --mb 0.6 --seed 7 --out "$tmp/corpus"
set +e
"$bin" check --format json "$tmp/corpus" > "$tmp/check.json"
set -e
python3 tools/spark_check.py --master 'local[2]' --claimlint "$bin" --partitions 4 \
  --out "$tmp/spark.json" "$tmp/corpus"
n=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["findings"]))' "$tmp/spark.json")
if ! cmp -s "$tmp/check.json" "$tmp/spark.json"; then
  echo "spark-test: Spark findings differ from claimlint check"
  diff <(head -c 3000 "$tmp/check.json") <(head -c 3000 "$tmp/spark.json") || true
  exit 1
fi
[ "$n" -gt 0 ] || { echo "spark-test: no findings at all: the comparison proves nothing"; exit 1; }
echo "spark-test: Spark and claimlint check agree on $n findings"
