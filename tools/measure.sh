#!/usr/bin/env bash
# Measures claimlint on generated corpora and, in the same run and on the same files, two peers:
# ripgrep counting one number regex, and typos (a Rust spelling checker). Prints one line per
# measurement: wall seconds, CPU seconds (user + system), MB/s on the wall clock, peak RSS.
# Then builds an archive of the largest corpus and times `check --against` of a 5 KB draft.
#
#   tools/measure.sh [DIR] [MB...]     default: a scratch directory, 10 and 100 MB
#
# Needs /usr/bin/time (GNU time). rg and typos are measured when they are on the PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-$(mktemp -d)}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10 100)
bin=target/release/claimlint
[ -x "$bin" ] || cargo build --release --locked
mkdir -p "$work"

measure() { # name mb command...
  local name=$1 mb=$2
  shift 2
  local t
  t=$(mktemp)
  /usr/bin/time -f '%e %U %S %M' -o "$t" "$@" > /dev/null 2>>"$work/stderr.log" || true
  read -r wall user sys rss < <(tail -n 1 "$t")
  rm -f "$t"
  python3 -c 'import sys
n, mb, wall, user, sys_, rss = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6])
print(f"{n:<34} {mb:>6.0f} MB  wall {wall:7.2f} s  cpu {user + sys_:7.2f} s  {mb / max(wall, 1e-9):7.2f} MB/s  {wall / mb * 1000:7.1f} ms/MB  rss {rss / 1024:7.1f} MB")' \
    "$name" "$mb" "$wall" "$user" "$sys" "$rss"
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for mb in "${sizes[@]}"; do
  dir="$work/corpus-$mb"
  [ -d "$dir" ] || python3 tools/gencorpus.py --mb "$mb" --seed 1 --out "$dir" >&2
  find -L "$dir" -type f -exec cat {} + > /dev/null # page cache warm for every tool alike
  measure "claimlint check --format json" "$mb" "$bin" check --format json "$dir"
  if command -v rg > /dev/null; then measure "rg -c '[0-9][0-9,]*'" "$mb" rg -c '[0-9][0-9,]*' "$dir"; fi
  if command -v typos > /dev/null; then measure "typos" "$mb" typos --format brief "$dir"; fi
done

mb=${sizes[-1]}
dir="$work/corpus-$mb"
db="$work/archive-$mb.db"
rm -f "$db"
measure "claimlint archive add" "$mb" "$bin" archive add --db "$db" "$dir"
python3 - "$dir" "$work/draft.md" <<'EOF'
import os, sys
src, out = sys.argv[1], sys.argv[2]
first = sorted(os.listdir(src))[0]
files = sorted(os.listdir(os.path.join(src, first)))
story = [f for f in files if f.startswith(files[0].split("-")[0])]
head, body = None, []
for f in story:
    text = open(os.path.join(src, first, f), encoding="utf-8").read()
    front, _, rest = text.partition("\n---\n")
    head = head or front + "\n---\n"
    for para in rest.split("\n\n"):
        if len(head) + sum(len(p) + 2 for p in body) + len(para) > 5000:
            break
        body.append(para.strip())
open(out, "w", encoding="utf-8").write(head + "\n\n".join(p for p in body if p) + "\n")
EOF
echo "draft: $(wc -c < "$work/draft.md") bytes; archive: $(du -h "$db" | cut -f1)"
for i in 1 2 3; do
  measure "check draft.md --against (run $i)" "$(python3 -c "print($(wc -c < "$work/draft.md") / 1e6)")" \
    "$bin" check --format json "$work/draft.md" --against "$db"
done
