#!/usr/bin/env python3
"""Runs `claimlint check` as a Spark job: extraction as a map over shards, the checks as a reduce.

The map step pipes each partition's file paths through `claimlint extract --format jsonl` (one claim
record per document); nearly all of a check's CPU time is spent there, and it runs on every executor.
The records are then keyed by document and grouped, so a document extracted twice (a retried task)
counts once, and handed to `claimlint reduce`, which resolves people across the corpus and runs the
cross-document checks. Name resolution and majority spellings look at the whole corpus, so the
checks run in one task over all records; records are a fraction of the size of the text, so that
task reads little. The findings are those of one `claimlint check` over the same files.

    spark-submit tools/spark_check.py --claimlint target/release/claimlint --out findings.json corpus/
    python3 tools/spark_check.py --master 'local[2]' ...   # the same with a local Spark

Every executor needs the claimlint binary at the given path and the files under the same paths
(a shared file system, or the files shipped beside the job).
"""

import argparse
import os
import shlex
import sys

EXTENSIONS = ("txt", "md", "markdown", "jsonl", "ndjson", "text")


def walk(path):
    """The files `claimlint check PATH` reads, named as it names them, in its order."""
    if not os.path.isdir(path):
        return [path]
    out = []
    for name in sorted(os.listdir(path)):
        if name.startswith(".") or name == "target":
            continue
        full = os.path.join(path, name)
        if os.path.isdir(full):
            out.extend(walk(full))
        elif name.rsplit(".", 1)[-1] in EXTENSIONS and "." in name:
            out.append(full)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", help="files or directories, as for claimlint check")
    ap.add_argument("--claimlint", default="claimlint", help="path of the claimlint binary on the executors")
    ap.add_argument("--rules", action="append", default=[], help="a rules folder (as for claimlint check)")
    ap.add_argument("--format", default="json", help="output format of claimlint reduce (json, sarif, short...)")
    ap.add_argument("--partitions", type=int, default=8, help="map tasks")
    ap.add_argument("--master", default=None, help="Spark master when run with python3 (e.g. local[2])")
    ap.add_argument("--out", required=True, help="where to write the findings")
    a = ap.parse_args()

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("claimlint-check")
    if a.master:
        builder = builder.master(a.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")

    binary = os.path.abspath(a.claimlint) if os.path.exists(a.claimlint) else a.claimlint
    rules = " ".join(f"--rules {shlex.quote(r)}" for r in a.rules)
    files = [f for p in a.paths for f in walk(p)]
    if not files:
        sys.exit("spark_check: no input files")
    # Map: paths in, claim records out. xargs starts one extractor per batch of paths.
    extract = f"xargs -d '\\n' {shlex.quote(binary)} extract --format jsonl {rules} --"
    records = sc.parallelize(files, min(a.partitions, len(files))).pipe(extract)
    # Group by document, keep one record each, and bring them to the reducer.
    import json

    by_doc = records.map(lambda line: ((json.loads(line)["path"], json.loads(line)["id"]), line))
    unique = by_doc.reduceByKey(lambda x, _y: x).values()
    reduce = f"{shlex.quote(binary)} reduce --format {shlex.quote(a.format)} --fail-level info {rules}"
    findings = unique.coalesce(1).pipe(reduce).collect()
    with open(a.out, "w", encoding="utf-8") as fh:
        fh.write("\n".join(findings) + ("\n" if findings else ""))
    spark.stop()
    print(f"spark_check: {len(files)} documents, findings in {a.out}")


if __name__ == "__main__":
    main()
