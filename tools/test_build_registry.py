#!/usr/bin/env python3
"""Tests of tools/build_registry.py against the raw sources.

    python3 tools/test_build_registry.py /path/to/registry-sources

Without a path (or with REGISTRY_SOURCES unset) the tests that need the sources are skipped.
The registry is built twice, in two processes with different hash seeds, into temporary
folders; the two builds must be byte-identical.
"""

import filecmp
import os
import re
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "build_registry.py")
sys.path.insert(0, HERE)
import build_registry as br  # noqa: E402

if __name__ == "__main__" and len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
    os.environ["REGISTRY_SOURCES"] = sys.argv.pop(1)
SOURCES = os.environ.get("REGISTRY_SOURCES")
FILES = ["people.tsv", "terms.tsv", "offices.tsv", "countries.tsv", "nicknames.tsv", "SOURCES.md"]


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    assert lines[-1] == "", f"{path}: no final newline"
    header, rows = lines[0], [line.split("\t") for line in lines[1:-1]]
    return header, rows


class Unit(unittest.TestCase):
    """Helpers that need no sources."""

    def test_dates(self):
        self.assertEqual(br.norm_date("2021-01-26"), "2021-01-26")
        self.assertEqual(br.norm_date("2009-10-30T00:00:00Z"), "2009-10-30")
        self.assertEqual(br.norm_date("2021-02-30"), "2021-02")
        self.assertEqual(br.norm_date("1990s"), "")
        self.assertEqual(br.norm_date("20254-04-01T00:00:00Z"), "")
        self.assertEqual(br.fte_date("1/21/77"), "1977-01-21")
        self.assertEqual(br.fte_date("3/11/21"), "2021-03-11")
        self.assertEqual(br.fte_date("Aug. 1981"), "1981-08")
        self.assertIsNone(br.fte_date("Still in office"))

    def test_names(self):
        self.assertIsNone(br.person_name("Q12345"))
        self.assertIsNone(br.person_name(""))
        self.assertIsNone(br.person_name("Джон Керри"))
        self.assertIsNone(br.person_name("MARTINO Antonio"))
        self.assertEqual(br.person_name("Smaїl Chergui"), "Smaïl Chergui")
        self.assertEqual(br.person_name("Charles III"), "Charles III")
        self.assertEqual(br.enwiki_forms("Ralph Abraham (politician)")[0], "Ralph Abraham")
        self.assertEqual(br.enwiki_forms("Susan Kramer, Baroness Kramer"), ("Susan Kramer", ["Baroness Kramer"]))
        self.assertEqual(br.enwiki_forms("Jean, Grand Duke of Luxembourg")[0], "Grand Duke Jean")
        self.assertEqual(br.choose_canonical("Antony Blinken", "Antony John Blinken"), "Antony Blinken")
        self.assertEqual(br.choose_canonical("Óscar Arias", "Óscar Arias Sánchez"), "Óscar Arias")
        self.assertEqual(br.choose_canonical("Tengku Zafrul Aziz", "Zafrul Aziz"), "Zafrul Aziz")

    def test_roles(self):
        c = br.Classifier(br.Countries())
        self.assertEqual(c.classify("fr", "Minister for Europe and Foreign Affairs")[:4],
                         ("fr:foreign-minister", "fr", "foreign minister", 1))
        self.assertEqual(c.classify("fr", "Minister of Foreign Affairs of France")[0], "fr:foreign-minister")
        self.assertEqual(c.classify("ru", "Foreign Minister")[0], "ru:foreign-minister")
        self.assertEqual(c.classify("gb", "Secretary of State for the Home Department")[0], "gb:interior-minister")
        self.assertEqual(c.classify("gb", "Chancellor of the Exchequer")[0], "gb:finance-minister")
        self.assertEqual(c.classify("us", "Secretary of State")[0], "us:secretary-of-state")
        self.assertEqual(c.classify("us", "Secretary of Defense")[0], "us:defence-minister")
        self.assertEqual(c.classify("fr", "Minister of Foreign Trade")[0], "fr:trade-minister")
        self.assertEqual(c.classify("ru", "Deputy Minister of Foreign Affairs")[2:4], ("deputy foreign minister", 0))
        self.assertEqual(c.classify("gb", "Minister of State for Europe")[2:4], ("junior minister", 0))
        self.assertEqual(c.classify("de", "Federal Chancellor")[0], "de:chancellor")
        self.assertEqual(c.classify("fr", "President of the French Republic")[0], "fr:president")
        self.assertEqual(c.classify("un", "Secretary-General of the United Nations")[0], "un:secretary-general")
        self.assertEqual(c.classify("eu", "President of the European Commission")[0], "eu:commission-president")
        self.assertEqual(c.classify("us", "ambassador to Ukraine")[0], "us:ambassador-to-ua")
        self.assertEqual(c.classify("us", "Governor of Georgia")[0], "us:governor-of-georgia")


@unittest.skipUnless(SOURCES, "give the registry-sources folder as argument")
class Build(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.out = [os.path.join(cls.tmp.name, "a"), os.path.join(cls.tmp.name, "b")]
        for seed, out in zip(("1", "2"), cls.out):
            env = dict(os.environ, PYTHONHASHSEED=seed)
            subprocess.run([sys.executable, SCRIPT, SOURCES, "--out", out], check=True, env=env,
                           stdout=subprocess.DEVNULL)
        cls.tables = {}
        for fn in FILES[:-1]:
            cls.tables[fn] = read_tsv(os.path.join(cls.out[0], fn))
        cls.people = {r[0]: r for r in cls.tables["people.tsv"][1]}
        cls.terms = cls.tables["terms.tsv"][1]
        cls.offices = {r[0]: r for r in cls.tables["offices.tsv"][1]}
        cls.countries = {r[0]: r for r in cls.tables["countries.tsv"][1]}

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_deterministic(self):
        for fn in FILES:
            self.assertTrue(filecmp.cmp(os.path.join(self.out[0], fn), os.path.join(self.out[1], fn), shallow=False),
                            f"{fn} differs between two builds")

    def test_headers_and_fields(self):
        expected = {
            "people.tsv": "#pid\tcanonical\tvariants\tgender\tborn",
            "terms.tsv": "#pid\toffice\tfrom\tto\tsource",
            "offices.tsv": "#office\tcountry\trole\texclusive\ttitles",
            "countries.tsv": "#code\tnames\tadjectives",
            "nicknames.tsv": "#given\tnickname",
        }
        for fn, (header, rows) in self.tables.items():
            self.assertEqual(header, expected[fn])
            n = header.count("\t") + 1
            for r in rows:
                self.assertEqual(len(r), n, f"{fn}: {r}")
                for x in r:
                    self.assertNotIn("\r", x)
                    self.assertEqual(x, x.strip(), f"{fn}: {r}")

    def test_sorted(self):
        for fn in ("people.tsv", "terms.tsv", "offices.tsv", "countries.tsv", "nicknames.tsv"):
            rows = self.tables[fn][1]
            self.assertEqual(rows, sorted(rows), fn)

    def test_no_machine_paths(self):
        for fn in FILES:
            with open(os.path.join(self.out[0], fn), encoding="utf-8") as f:
                text = f.read()
            self.assertNotIn(SOURCES.rstrip("/"), text, fn)
            self.assertNotRegex(text, r"/(work|home|tmp|Users)/", fn)

    def test_people(self):
        self.assertGreaterEqual(len(self.people), 30000)
        for pid, canonical, variants, gender, born in self.people.values():
            self.assertRegex(pid, r"^(Q\d+|bioguide:[A-Z]\d{6}|ifg:[0-9a-f]{8,}|fte:[a-z0-9-]+|curated:[a-z0-9-]+|govtrack:\d+)$")
            self.assertTrue(canonical and not re.fullmatch(r"Q\d+", canonical), pid)
            for v in variants.split("|") if variants else []:
                self.assertTrue(v and v != canonical and not re.fullmatch(r"Q\d+", v), (pid, v))
            self.assertIn(gender, ("", "f", "m"))
            self.assertRegex(born, r"^(\d{4})?$")

    def test_terms(self):
        self.assertGreaterEqual(len(self.terms), 45000)
        date = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")
        for pid, office, frm, to, source in self.terms:
            self.assertIn(pid, self.people)
            self.assertIn(office, self.offices, office)
            self.assertRegex(frm, date)
            self.assertRegex(to, date)
            for d in (frm, to):
                if d:
                    self.assertEqual(br.norm_date(d), d)
            if frm and to:
                self.assertLessEqual(br.d_lo(frm), br.d_hi(to), (pid, office, frm, to))
            for s in source.split("|"):
                self.assertIn(s, br.SOURCE_ORDER + [br.INFERRED_END])

    def test_offices_and_countries(self):
        for oid, country, role, exclusive, titles in self.offices.values():
            self.assertIn(country, self.countries, oid)
            self.assertTrue(oid.startswith(country + ":"), oid)
            self.assertIn(exclusive, ("0", "1"))
            self.assertEqual(role, role.lower())
        self.assertGreaterEqual(len(self.countries), 200)
        for code in ("us", "gb", "fr", "un", "eu", "nato"):
            self.assertIn(code, self.countries)
        self.assertIn("America", self.countries["us"][1].split("|"))
        self.assertIn("British", self.countries["gb"][2].split("|"))
        self.assertIn("French", self.countries["fr"][2].split("|"))

    def has_term(self, name, office, inside):
        pids = [p for p, r in self.people.items() if r[1] == name]
        self.assertTrue(pids, f"no person {name}")
        d = br.d_lo(inside)
        for pid, oid, frm, to, src in self.terms:
            if pid in pids and oid == office:
                lo, hi = br.span(frm, to)
                if lo <= d <= hi:
                    return pid
        self.fail(f"{name} not in {office} on {inside}")

    def test_known_facts(self):
        self.has_term("Antony Blinken", "us:secretary-of-state", "2022-06-01")
        self.has_term("John Kerry", "us:secretary-of-state", "2015-06-01")
        self.has_term("Jack Straw", "gb:foreign-minister", "2003-03-01")
        self.has_term("Margaret Thatcher", "gb:prime-minister", "1985-01-01")
        self.has_term("Emmanuel Macron", "fr:president", "2020-01-01")
        self.has_term("Jacques Chirac", "fr:president", "2000-01-01")
        self.has_term("Angela Merkel", "de:chancellor", "2010-01-01")
        self.has_term("Ronald Reagan", "us:president", "1985-01-01")
        self.has_term("Jens Stoltenberg", "nato:secretary-general", "2020-01-01")
        self.has_term("António Guterres", "un:secretary-general", "2020-01-01")
        self.has_term("Sergey Lavrov", "ru:foreign-minister", "2020-01-01")
        pid = self.has_term("Chuck Schumer", "us:senator", "2010-01-01")
        self.assertIn("Charles E. Schumer", self.people[pid][2].split("|"))
        self.assertEqual(self.offices["us:senator"][3], "0")
        self.assertEqual(self.offices["us:secretary-of-state"][3], "1")
        self.assertIn("Sen.", self.offices["us:senator"][4].split("|"))
        self.assertIn("Foreign Secretary", self.offices["gb:foreign-minister"][4].split("|"))
        self.assertIn("Chancellor of the Exchequer", self.offices["gb:finance-minister"][4].split("|"))
        self.assertEqual(self.offices["fr:foreign-minister"][2], "foreign minister")

    def test_curated_rows_marked(self):
        with open(br.CURATED_PATH, encoding="utf-8") as f:
            wanted = [line.rstrip("\n").split("\t") for line in f if line.startswith("term\t")]
        curated = [r for r in self.terms if "curated" in r[4].split("|")]
        self.assertEqual(len(curated), len(wanted))
        for r in curated:
            self.assertTrue(r[4] == "curated" or r[4].endswith("|curated"), r)

    def test_sizes(self):
        total = sum(os.path.getsize(os.path.join(self.out[0], fn)) for fn in FILES)
        self.assertLess(total, 7_000_000)


if __name__ == "__main__":
    unittest.main()
