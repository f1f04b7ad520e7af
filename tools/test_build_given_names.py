"""Tests of tools/build_given_names.py and of the rules/knowledge/given-names.tsv it built.

    python3 -m unittest tools/test_build_given_names.py

The committed table and small made-up sources are checked on every run. A build from the real
sources runs when GIVEN_NAMES_SOURCES lists them (separated by the platform's path separator,
':' here), for example the npm tarball and the politicians' folder named in
rules/knowledge/given-names.SOURCES.md; without it those tests are skipped.
"""

import os
import re
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "build_given_names.py")
TABLE = os.path.join(HERE, "..", "rules", "knowledge", "given-names.tsv")
SOURCES = [p for p in os.environ.get("GIVEN_NAMES_SOURCES", "").split(os.pathsep) if p]

sys.path.insert(0, HERE)
import build_given_names as bgn  # noqa: E402

ROW_RE = re.compile(r"[^\t\n]+\t(0\.\d\d|1\.00)\t[1-9]\d*")


def run(sources, out, *extra):
    subprocess.run(
        [sys.executable, SCRIPT, *sources, "--out", out, *extra],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    with open(out, "rb") as f:
        return f.read()


def parse(data):
    lines = data.decode("utf-8").split("\n")
    assert lines[-1] == "", "the table ends with a newline"
    return lines[0], {n: (float(s), int(c)) for n, s, c in (l.split("\t") for l in lines[1:-1])}


class TableShape:
    """Checks any built table; `data` is its bytes."""

    def check_shape(self, data):
        lines = data.decode("utf-8").split("\n")
        self.assertTrue(lines[0].startswith("#"), lines[0])
        self.assertEqual(lines[-1], "")
        names = []
        for line in lines[1:-1]:
            self.assertIsNotNone(ROW_RE.fullmatch(line), line)
            name = line.split("\t")[0]
            self.assertEqual(name, name.lower(), line)
            names.append(name)
        encoded = [n.encode("utf-8") for n in names]
        self.assertEqual(encoded, sorted(set(encoded)), "sorted by name (bytes), no name twice")

    def check_facts(self, data):
        _, rows = parse(data)
        self.assertGreaterEqual(rows["mary"][0], 0.95)
        self.assertLessEqual(rows["john"][0], 0.05)
        self.assertGreater(rows["mary"][1], 1_000_000)
        for unisex in ("taylor", "jordan", "casey"):
            self.assertTrue(0.2 <= rows[unisex][0] <= 0.8, (unisex, rows[unisex]))
        self.assertGreaterEqual(rows["elizabeth"][0], 0.95)
        self.assertLessEqual(rows["michael"][0], 0.05)


class CommittedTable(unittest.TestCase, TableShape):
    def setUp(self):
        with open(TABLE, "rb") as f:
            self.data = f.read()

    def test_shape(self):
        self.check_shape(self.data)

    def test_facts(self):
        self.check_facts(self.data)

    def test_compact(self):
        self.assertLess(len(self.data), 400_000)
        self.assertGreater(len(parse(self.data)[1]), 10_000)

    def test_names_from_elsewhere(self):
        _, rows = parse(self.data)
        # Kept only through the politicians, or spelt with accents.
        for name, female in (("volodymyr", False), ("sergey", False), ("maría", True), ("josé", False)):
            self.assertIn(name, rows)
            self.assertEqual(rows[name][0] >= 0.5, female, (name, rows[name]))

    def test_no_machine_paths(self):
        for path in (TABLE, SCRIPT, __file__, TABLE.replace(".tsv", ".SOURCES.md")):
            with open(path, encoding="utf-8") as f:
                text = f.read()
            for root in ("work", "tmp", "root", "home"):
                needle = "/" + root + "/"  # spelt so that this file does not hold it
                self.assertFalse(needle in text, f"{path} names a path under {needle}")


class MadeUpSources(unittest.TestCase, TableShape):
    """The reader and the rules on tiny sources written here."""

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)
        d = self.tmp.name
        with open(os.path.join(d, "yob2000.txt"), "w") as f:
            f.write("Mary,F,900\r\nJohn,M,990\r\nJohn,F,5\r\nTaylor,F,300\r\nTaylor,M,300\r\n")
            f.write("Jean,F,950\r\nJean,M,50\r\nRare,F,10\r\nGeorgi,F,50\r\n")
        with open(os.path.join(d, "yob2001.txt"), "w") as f:
            f.write("Mary,F,100\r\nJohn,M,10\r\n")
        self.people = os.path.join(d, "people")
        os.mkdir(self.people)
        rows = [
            ("France", "Jean Castex", "Q1", "male"),
            ("France", "Jean Castex", "Q1", "male"),  # one person, two rows
            ("France", "Jean-Marc Ayrault", "Q2", "male"),
            ("France", "Jean Lassalle", "Q3", "male"),
            ("France", "Jean Arthuis", "Q4", "male"),
            ("France", "Jean Glavany", "Q5", "male"),
            ("France", "Jean Leonetti", "Q6", "male"),
            ("Spain", "María Jesús Montero", "Q7", "female"),
            ("Spain", "María Chivite", "Q8", "female"),
            ("Spain", "Maria Pons", "Q9", "female"),
            ("Bulgaria", "Georgi Parvanov", "Q10", "male"),
            ("Bulgaria", "Georgi Bliznashki", "Q11", "male"),
            ("Bahrain", "Sheikh Khalifa bin Salman", "Q12", "male"),
            ("Bahrain", "Sheikh Khalid bin Ahmed", "Q13", "male"),
            ("Bahrain", "Khalifa Ahmed", "Q14", "male"),
            ("India", "P. V. Narasimha Rao", "Q15", "male"),
            ("China", "Wang Yi", "Q16", "male"),
            ("China", "Wang Qishan", "Q17", "male"),
            ("Spain", "Nobody Known", "Q18", ""),
            ("Spain", "Nobody Else", "Q19", ""),
        ]
        with open(os.path.join(self.people, "a.csv"), "w", encoding="utf-8") as f:
            f.write("catalog,position,person,personID,start,end,gender\n")
            for catalog, person, qid, gender in rows:
                f.write(f"{catalog},x,{person},{qid},2000,,{gender}\n")
        self.sources = [os.path.join(d, "yob2000.txt"), os.path.join(d, "yob2001.txt"), self.people]

    def build(self, *extra):
        return run(self.sources, os.path.join(self.tmp.name, "out.tsv"), "--min-births", "100", *extra)

    def test_deterministic(self):
        first = self.build()
        self.assertEqual(first, self.build())
        self.sources.reverse()
        self.assertEqual(first, self.build())
        self.check_shape(first)

    def test_rules(self):
        _, rows = parse(self.build())
        self.assertEqual(rows["mary"], (1.0, 1000))
        self.assertEqual(rows["john"], (0.0, 1000))  # 1005, two significant figures
        self.assertEqual(rows["taylor"], (0.5, 600))
        self.assertNotIn("rare", rows)  # 10 births, below --min-births
        # 1000 US births at 0.95 and 5 French men at 0.00: the sources disagree, the mean is given.
        self.assertEqual(rows["jean"][1], 1000)
        self.assertAlmostEqual(rows["jean"][0], 0.475, delta=0.006)
        self.assertEqual(rows["maría"], (1.0, 2))
        self.assertEqual(rows["maria"], (1.0, 3))  # María twice, folded, and Maria
        # 50 US births are below --min-births: the two Bulgarian men tell it.
        self.assertEqual(rows["georgi"], (0.0, 2))
        self.assertEqual(rows["khalifa"], (0.0, 2))  # Sheikh is a title
        self.assertNotIn("sheikh", rows)
        self.assertNotIn("wang", rows)  # family name first
        self.assertNotIn("jean-marc", rows)  # one person
        self.assertNotIn("nobody", rows)  # no gender

    def test_min_persons(self):
        _, rows = parse(self.build("--min-persons", "1"))
        self.assertEqual(rows["jean-marc"], (0.0, 1))
        self.assertEqual(rows["narasimha"], (0.0, 1))  # initials skipped

    def test_given_name(self):
        self.assertEqual(bgn.given_name("Sir Keir Starmer"), "keir")
        self.assertEqual(bgn.given_name("Tan Sri Muhyiddin Yassin"), "muhyiddin")
        self.assertEqual(bgn.given_name("P. V. Narasimha Rao"), "narasimha")
        self.assertEqual(bgn.given_name("S. R. Nathan"), None)  # only the family name is left
        self.assertEqual(bgn.given_name("Sheikh Hasina"), "hasina")
        self.assertEqual(bgn.given_name("Zoltán Kovács"), "zoltán")
        self.assertEqual(bgn.given_name("Q12345"), None)
        self.assertEqual(bgn.fold("zoltán"), "zoltan")
        self.assertEqual(bgn.fold("łukasz"), "lukasz")
        self.assertEqual(bgn.fold("віктар"), None)
        self.assertEqual(bgn.round_count(99), 99)
        self.assertEqual(bgn.round_count(12_345), 12_000)
        self.assertEqual(bgn.round_count(5_249_999), 5_200_000)


@unittest.skipUnless(SOURCES, "set GIVEN_NAMES_SOURCES to the downloaded sources to rebuild the table")
class RealSources(unittest.TestCase, TableShape):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.first = run(SOURCES, os.path.join(cls.tmp.name, "a.tsv"))
        cls.second = run(list(reversed(SOURCES)), os.path.join(cls.tmp.name, "b.tsv"))

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_deterministic(self):
        self.assertEqual(self.first, self.second)

    def test_shape_and_facts(self):
        self.check_shape(self.first)
        self.check_facts(self.first)

    def test_same_as_committed(self):
        with open(TABLE, "rb") as f:
            committed = f.read()
        if parse(committed)[0] != parse(self.first)[0]:
            self.skipTest("other sources than the committed table's (the headers differ)")
        self.assertEqual(self.first, committed)


if __name__ == "__main__":
    unittest.main()
