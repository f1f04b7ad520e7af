#!/usr/bin/env python3
"""Builds the names registry claimlint ships from public office-holder data.

    python3 tools/build_registry.py /path/to/registry-sources [--out rules/knowledge/registry]

The sources folder is the one described by its MANIFEST.txt (congress-legislators,
everypolitician-2015, peppercat, ifg-ministers, fivethirtyeight, wikidata-heads-cfmessias,
nicknames). The hand-curated rows come from tools/registry-curated.tsv. The output folder
(default rules/knowledge/registry/ under the project root) receives people.tsv, terms.tsv,
offices.tsv, countries.tsv, nicknames.tsv and SOURCES.md. The same inputs give the same bytes:
everything is sorted, nothing depends on dict or set order, no timestamps are written.

Standard library plus PyYAML.
"""

import argparse
import csv
import datetime
import difflib
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from registry_countries import NON_LATIN_SCRIPT, parse_country_table  # noqa: E402

csv.field_size_limit(10_000_000)
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
PROJECT_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CURATED_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "registry-curated.tsv")

# Source codes written in terms.tsv (`source` column, '|'-separated) and their precedence when
# one term is reported by several sources: the earlier source's dates are kept, later sources
# only refine a coarser date, fill an unknown start or close an open end.
SOURCE_ORDER = ["cl", "ifg", "538", "pc", "pcd", "cfm", "ep", "curated"]
SOURCE_RANK = {s: i for i, s in enumerate(SOURCE_ORDER)}
# Snapshot date of each source: an end date after it is a scheduled end (term still running).
SNAPSHOT = {
    "cl": "2026-06-15", "ifg": "2026-06-19", "538": "2023-02-10", "pc": "2023-01-20",
    "pcd": "2025-01-31", "cfm": "2025-10-03", "ep": "2015-11-30", "curated": "2026-06-15",
}
INFERRED_END = "end-inferred"


# ---------------------------------------------------------------------------------------------
# Text helpers


CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\xa0\xad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff\ue000-\uf8ff]")
SPACES = re.compile(r"\s+")


def clean(s):
    """NFC, no control or format characters, tabs or newlines; single spaces; stripped."""
    if s is None:
        return ""
    s = unicodedata.normalize("NFC", str(s))
    s = CONTROL.sub(" ", s)
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    return SPACES.sub(" ", s).strip()


def fold(s):
    """Lower case, accents removed, punctuation as spaces: for comparing names."""
    s = unicodedata.normalize("NFKD", clean(s))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.lower().replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("œ", "oe")
    s = s.replace("ł", "l").replace("đ", "d").replace("ð", "d").replace("þ", "th").replace("ı", "i")
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return s.strip()


def lowtext(s):
    """Lower case with punctuation and accents kept, for matching position labels."""
    s = clean(s).replace("&", " and ").replace("\u2013", "-").replace("\u2014", "-").replace("_", " ")
    return re.sub(r"\s+", " ", s.lower()).strip()


def slug(s):
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9]+", "-", fold(s))).strip("-")


# Cyrillic and Greek letters that look like Latin ones, found inside otherwise Latin names.
HOMOGLYPHS = str.maketrans({
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ї": "ï",
    "ј": "j", "ѕ": "s", "ԁ": "d", "һ": "h", "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M",
    "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S",
    "ο": "o", "Ο": "O", "α": "a", "Α": "A", "ν": "v", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Τ": "T", "Χ": "X", "Ε": "E", "Β": "B", "Ρ": "P", "Ζ": "Z", "Η": "H",
})


def script_counts(s):
    latin = other = 0
    for ch in s:
        if ch.isalpha():
            if "LATIN" in unicodedata.name(ch, ""):
                latin += 1
            else:
                other += 1
    return latin, other


def latin_only(s):
    latin, other = script_counts(s)
    if other and latin and latin >= 2 * other:
        fixed = s.translate(HOMOGLYPHS)
        if script_counts(fixed)[1] == 0:
            return fixed
    return s if latin and not other else None


NAME_OK = re.compile(r"^[^\W\d_](?:[^\W\d_]|[ .'\-,])*[^\W\d_.]\.?$")
QID_RE = re.compile(r"^Q[1-9]\d*$")
PEERAGE = re.compile(r"^(Baron|Baroness|Lord|Lady|Viscount|Viscountess|Earl|Countess|Marquess|Duke|Duchess)\b")
SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "v"}
ROYAL_TAIL = re.compile(r"^(Grand Duke|Grand Duchess|Prince|Princess|King|Queen|Emir|Sultan|Duke|Duchess|"
                        r"Hereditary Grand Duke|Crown Prince|Sheikh) of [A-Z][\w' -]+$")


def person_name(s):
    """A name as a registry string, or None when it is not a usable Latin-script name."""
    s = clean(s)
    caps = [w for w in re.findall(r"\b[A-Z][A-Z'-]{2,}\b", s) if not re.fullmatch(r"[IVXLC]+", w)]
    if caps and not re.fullmatch(r"[A-Z][A-Z .'-]+", s or "x"):
        return None  # "MARTINO Antonio"
    if re.fullmatch(r"[A-Z][A-Z .'-]+", s or "x") and len(s) > 3:
        s = " ".join(w.capitalize() for w in s.split())
    if not s or QID_RE.match(s) or len(s) > 80:
        return None
    s = latin_only(s)
    if s is None:
        return None
    if "(" in s or ")" in s or "/" in s or '"' in s or "@" in s:
        return None
    if not NAME_OK.match(s):
        return None
    if "," in s:
        # only "Name, Jr." and "Jean, Grand Duke of Luxembourg" style commas
        head, _, tail = s.partition(",")
        if fold(tail) not in SUFFIXES and not ROYAL_TAIL.match(tail.strip()):
            return None
    if s == s.lower() and len(s.split()) > 1:
        return None
    return s


def strip_disambiguator(title):
    """'Ralph Abraham (politician)' -> 'Ralph Abraham'."""
    return clean(re.sub(r"\s*\([^)]*\)\s*$", "", clean(title).replace("_", " ")))


def enwiki_forms(title):
    """Canonical candidate and extra variants from an English Wikipedia title.

    'Susan Kramer, Baroness Kramer' -> ('Susan Kramer', ['Baroness Kramer'])
    'Willie Hay, Baron Hay of Ballyore' -> ('Willie Hay', ['Lord Hay of Ballyore', 'Lord Hay'])
    """
    t = strip_disambiguator(title)
    extra = []
    if "," in t:
        head, _, tail = t.partition(",")
        tail = tail.strip()
        m = ROYAL_TAIL.match(tail)
        if m and " " not in head.strip():
            # "Jean, Grand Duke of Luxembourg" -> "Grand Duke Jean"
            style = m.group(1)
            extra.append(t)
            extra.append(f"{style} {head.strip()} {tail[len(style) + 1:]}")
            return f"{style} {head.strip()}", extra
        if PEERAGE.match(tail):
            t = head.strip()
            m = re.match(r"^(Baron|Baroness|Lord|Lady|Viscount|Viscountess|Earl|Countess|Marquess|Duke|Duchess) (.+)$", tail)
            if m:
                rank, rest = m.groups()
                style = {"Baron": "Lord", "Viscount": "Lord", "Earl": "Lord", "Marquess": "Lord",
                         "Baroness": "Baroness", "Viscountess": "Lady", "Countess": "Lady",
                         "Lord": "Lord", "Lady": "Lady", "Duke": "Duke", "Duchess": "Duchess"}[rank]
                extra.append(f"{style} {rest}")
                short = re.sub(r" of .*$", "", rest)
                if short != rest:
                    extra.append(f"{style} {short}")
    return t, extra


def tokens(s):
    return [t for t in fold(s).split() if t not in SUFFIXES]


def is_subsequence(short, long):
    it = iter(long)
    return all(any(t == u for u in it) for t in short)


def choose_canonical(enwiki, label):
    """The English name as copy writes it, from a Wikipedia title and a label.

    Equal apart from accents or case: the Wikipedia title. One a shortening of the other
    (middle names, honorifics, 'Jr.'): the shorter. Otherwise the Wikipedia title."""
    if not enwiki:
        return label
    if not label:
        return enwiki
    te, tl = tokens(enwiki), tokens(label)
    if te == tl:
        return enwiki
    if len(tl) < len(te) and is_subsequence(tl, te) and len(tl) >= 2:
        return label
    return enwiki


def looks_like(variant, names):
    """Whether a transliteration plausibly names the same person as one of `names`."""
    vt = fold(variant).split()
    if not vt:
        return False
    for n in names:
        nt = fold(n).split()
        if not nt:
            continue
        last = nt[-1]
        for t in vt:
            if len(t) >= 3 and difflib.SequenceMatcher(None, t, last).ratio() >= 0.6:
                return True
    return False


# ---------------------------------------------------------------------------------------------
# Dates


def valid_ymd(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def norm_date(s):
    """'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' as precise as given, or '' when not a real date."""
    s = clean(s)
    if not s:
        return ""
    s = s.split("T")[0]
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", s)
    if not m:
        return ""
    y = int(m.group(1))
    if y < 1700 or y > 2100:
        return ""
    if m.group(2) is None or m.group(2) == "00":
        return f"{y:04d}"
    mo = int(m.group(2))
    if not 1 <= mo <= 12:
        return f"{y:04d}"
    if m.group(3) is None or m.group(3) == "00":
        return f"{y:04d}-{mo:02d}"
    d = int(m.group(3))
    if not valid_ymd(y, mo, d):
        return f"{y:04d}-{mo:02d}"
    return f"{y:04d}-{mo:02d}-{d:02d}"


def prec(d):
    return 0 if not d else (1 if len(d) == 4 else (2 if len(d) == 7 else 3))


def d_lo(d):
    if not d:
        return None
    y = int(d[:4])
    m = int(d[5:7]) if len(d) >= 7 else 1
    dd = int(d[8:10]) if len(d) == 10 else 1
    return datetime.date(y, m, dd).toordinal()


def d_hi(d):
    if not d:
        return None
    y = int(d[:4])
    if len(d) == 4:
        return datetime.date(y, 12, 31).toordinal()
    m = int(d[5:7])
    if len(d) == 7:
        nxt = datetime.date(y + (m == 12), m % 12 + 1, 1)
        return nxt.toordinal() - 1
    return datetime.date(y, m, int(d[8:10])).toordinal()


FAR_PAST = datetime.date(1600, 1, 1).toordinal()
FAR_FUTURE = datetime.date(2100, 12, 31).toordinal()


def span(frm, to):
    lo = d_lo(frm) if frm else FAR_PAST
    hi = d_hi(to) if to else FAR_FUTURE
    return lo, hi


def narrow(frm, to):
    """The days a term surely covers: from the end of its start's precision to the beginning of
    its end's ('2005'..'2007' surely covers 2005-12-31..2007-01-01). None when unknown."""
    if not frm:
        return None
    lo = d_hi(frm)
    hi = d_lo(to) if to else FAR_FUTURE
    return (lo, hi) if hi >= lo else None


def year_of(d):
    return d[:4] if d else ""


# ---------------------------------------------------------------------------------------------
# Countries


class Countries:
    def __init__(self):
        self.rows = parse_country_table()
        self.by_code = {r["code"]: r for r in self.rows}
        self.by_slug = {r["slug"]: r["code"] for r in self.rows if r["slug"]}
        self.by_iso3 = {r["iso3"]: r["code"] for r in self.rows if r["iso3"]}
        self.by_name = {}
        for r in self.rows:
            for n in r["names"]:
                self.by_name.setdefault(fold(n), r["code"])
        # a few more spellings seen in position labels
        for n, c in [("the united states", "us"), ("united states of america", "us"), ("the uk", "gb"),
                     ("russian federation", "ru"), ("people s republic of china", "cn"),
                     ("republic of korea", "kr"), ("korea", "kr"), ("holy see", "va"),
                     ("the holy see", "va"), ("phillipines", "ph"), ("united nations", "un"),
                     ("the united nations", "un"), ("european union", "eu"), ("the european union", "eu"),
                     ("nato", "nato"), ("north atlantic treaty organization", "nato"),
                     ("czech republic", "cz"), ("the netherlands", "nl"), ("swaziland", "sz"),
                     ("burma", "mm"), ("east timor", "tl"), ("cape verde", "cv"),
                     ("macedonia", "mk"), ("the philippines", "ph"), ("the bahamas", "bs"),
                     ("the gambia", "gm"), ("republic of the congo", "cg"), ("congo", "cg"),
                     ("democratic republic of the congo", "cd"), ("the democratic republic of the congo", "cd"),
                     ("ivory coast", "ci"), ("cote d ivoire", "ci"), ("vatican", "va"),
                     ("organization of american states", None), ("african union", None)]:
            if c:
                self.by_name[n] = c

    def code_for_name(self, name):
        f = fold(name)
        f = re.sub(r"^the ", "", f)
        return self.by_name.get(f) or self.by_name.get("the " + f)

    def names(self, code):
        return self.by_code[code]["names"]

    def adjectives(self, code):
        return self.by_code[code]["adjectives"]


# ---------------------------------------------------------------------------------------------
# Offices: position labels onto generic roles


# Portfolios, in priority order (a label naming several takes the first). Role, regex on the
# lower-cased label's portfolio part.
PORTFOLIOS = [
    ("foreign minister", r"\bforeign affairs\b|\bforeign relations\b|\bexternal affairs\b|\bexternal relations\b"
                         r"|\bforeign and (european|commonwealth)\b|\bforeign, commonwealth\b|^foreign$"
                         r"|\binternational relations and cooperation\b|\beurope and foreign affairs\b"),
    ("defence minister", r"\bdefen[cs]e\b|\barmed forces\b|\bthe armies\b"),
    ("interior minister", r"\binterior\b|\bhome affairs\b|\binternal affairs\b|\bhome department\b"
                          r"|\bterritorial administration\b|^home$"),
    ("finance minister", r"\bfinances?\b|\btreasury\b|\bexchequer\b|\bpublic credit\b"),
    ("justice minister", r"\bjustice\b"),
    ("economy minister", r"\beconomy\b|\beconomic affairs\b|\beconomics\b|\bnational economy\b|^economic$"),
    ("trade minister", r"\btrade\b|\bcommerce\b"),
    ("industry minister", r"\bindustry\b|\bindustries\b|\bbusiness\b|\benterprise\b"),
    ("health minister", r"\bhealth\b"),
    ("higher education minister", r"\bhigher education\b|\buniversities\b"),
    ("education minister", r"\beducation\b|\bschools\b"),
    ("labour minister", r"\blabou?r\b|\bemployment\b|\bwork and pensions\b"),
    ("agriculture minister", r"\bagricultur|\bfarming\b|\blivestock\b"),
    ("energy minister", r"\benergy\b|\bpetroleum\b|\bhydrocarbons\b|\boil\b"),
    ("environment minister", r"\benvironment\b|\bclimate\b|\becology\b|\becological\b"),
    ("transport minister", r"\btransport\b|\btransportation\b"),
    ("housing minister", r"\bhousing\b|\burban development\b"),
    ("culture minister", r"\bculture\b"),
    ("information minister", r"\binformation\b|\bcommunications?\b|\bmedia\b"),
    ("immigration minister", r"\bimmigration\b|\bmigration\b"),
    ("tourism minister", r"\btourism\b"),
    ("sports minister", r"\bsports?\b"),
    ("science minister", r"\bscience\b|\btechnology\b"),
]
PORTFOLIOS = [(r, re.compile(p)) for r, p in PORTFOLIOS]

# Roles: exclusive flag (one holder at a time) and the kind used for the head-of-state /
# head-of-government check.
ROLE_INFO = {
    "president": (1, "hos"), "vice president": (1, ""), "prime minister": (1, "hog"),
    "premier": (1, "hog"), "chancellor": (1, ""), "chief executive": (1, "hog"),
    "first minister": (1, "hog"), "monarch": (1, "hos"), "governor-general": (1, ""),
    "supreme leader": (1, "hos"), "head of state": (1, "hos"), "head of government": (1, "hog"),
    "deputy prime minister": (0, ""), "secretary of state": (1, ""), "attorney general": (1, ""),
    "speaker": (1, ""), "chief justice": (1, ""), "central bank governor": (1, ""),
    "ambassador": (1, ""), "un ambassador": (1, ""), "governor": (1, ""), "mayor": (1, ""),
    "lieutenant governor": (1, ""), "senator": (0, ""), "representative": (0, ""),
    "delegate": (0, ""), "junior minister": (0, ""), "minister": (1, ""),
    "minister without portfolio": (0, ""), "secretary-general": (1, ""),
    "director-general": (1, ""), "european commissioner": (1, ""),
    "interior secretary": (1, ""), "homeland security secretary": (1, ""),
    "commerce secretary": (1, ""), "veterans affairs secretary": (1, ""),
    "co-prince": (0, "hos"), "captain regent": (0, "hos"),
}
for _r, _ in PORTFOLIOS:
    ROLE_INFO.setdefault(_r, (1, ""))

# Titles copy uses for an office, beyond the source labels.
EXTRA_TITLES = {
    "us:president": ["President", "US President", "U.S. President", "President of the United States"],
    "us:vice-president": ["Vice President", "US Vice President", "Vice President of the United States"],
    "us:secretary-of-state": ["Secretary of State", "US Secretary of State", "U.S. Secretary of State"],
    "us:finance-minister": ["Treasury Secretary", "Secretary of the Treasury"],
    "us:defence-minister": ["Defense Secretary", "Secretary of Defense", "Pentagon chief"],
    "us:attorney-general": ["Attorney General", "US Attorney General"],
    "us:senator": ["Senator", "Sen.", "US Senator", "U.S. Senator", "United States Senator"],
    "us:representative": ["Representative", "Rep.", "Congressman", "Congresswoman", "Congressmember",
                          "US Representative", "U.S. Representative", "member of Congress"],
    "us:delegate": ["Delegate", "Del.", "Resident Commissioner"],
    "us:un-ambassador": ["UN Ambassador", "U.N. Ambassador", "Ambassador to the United Nations"],
    "gb:prime-minister": ["Prime Minister", "British Prime Minister", "UK Prime Minister"],
    "gb:foreign-minister": ["Foreign Secretary"],
    "gb:finance-minister": ["Chancellor of the Exchequer", "Chancellor"],
    "gb:interior-minister": ["Home Secretary"],
    "gb:defence-minister": ["Defence Secretary"],
    "gb:health-minister": ["Health Secretary"],
    "gb:justice-minister": ["Justice Secretary"],
    "gb:education-minister": ["Education Secretary"],
    "de:chancellor": ["Chancellor", "German Chancellor", "Bundeskanzler"],
    "at:chancellor": ["Chancellor", "Austrian Chancellor"],
    "ie:prime-minister": ["Taoiseach"],
    "un:secretary-general": ["UN Secretary-General", "U.N. Secretary-General", "UN chief", "Secretary-General of the United Nations"],
    "nato:secretary-general": ["NATO Secretary General", "Secretary General of NATO", "NATO chief"],
    "eu:commission-president": ["President of the European Commission", "European Commission President", "Commission President"],
    "eu:council-president": ["President of the European Council", "European Council President"],
}

ORG_LABELS = {
    # label (folded) -> (office id, role, exclusive)
    "secretary general of the united nations": ("un:secretary-general", "secretary-general", 1),
    "deputy secretary general of the united nations": ("un:deputy-secretary-general", "deputy secretary-general", 1),
    "under secretary general of the united nations": ("un:under-secretary-general", "under-secretary-general", 0),
    "president of the united nations general assembly": ("un:general-assembly-president", "president of the general assembly", 1),
    "director general of the world health organization": ("who:director-general", "director-general", 1),
    "director general of the world trade organization": ("wto:director-general", "director-general", 1),
    "judge of the international court of justice": ("icj:judge", "judge", 0),
    "president of the international court of justice": ("icj:president", "president", 1),
    "vice president of the international court of justice": ("icj:vice-president", "vice president", 1),
    "osce high commissioner on national minorities": ("osce:high-commissioner-on-national-minorities", "high commissioner on national minorities", 1),
    "president of the caribbean community": ("caricom:president", "president", 1),
    "speaker of the arab parliament": ("arab-parliament:speaker", "speaker", 1),
    "president of the parliamentary assembly of the council of europe": ("coe:pace-president", "president of the parliamentary assembly", 1),
    "president of the european commission": ("eu:commission-president", "commission president", 1),
    "president of the european council": ("eu:council-president", "council president", 1),
    "president of the european parliament": ("eu:parliament-president", "parliament president", 1),
    "president of the council": ("eu:council-of-the-eu-president", "president of the council", 1),
    "high representative of the union for foreign affairs and security policy": ("eu:high-representative", "high representative", 1),
    "vice president of the european commission": ("eu:commission-vice-president", "commission vice-president", 0),
    "vice president of the european parliament": ("eu:parliament-vice-president", "parliament vice-president", 0),
    "secretary general of the european commission": ("eu:commission-secretary-general", "secretary-general", 1),
    "president of the european court of justice": ("eu:court-of-justice-president", "president of the court of justice", 1),
    "high representative for foreign affairs and security policy": ("eu:high-representative", "high representative", 1),
    "secretary general of nato": ("nato:secretary-general", "secretary-general", 1),
    "chairman of the caribbean community": ("caricom:chairman", "chairman", 1),
}

DEPENDENT_HEAD = re.compile(r"^(governor|administrator|chief executive|premier|chief minister|president|"
                            r"lieutenant governor|prime minister|commissioner|high commissioner) of (the )?(.+)$")
INSTITUTION = re.compile(r"\b(assembly|senate|parliament|congress|council|court|tribunal|commission|committee|bank|"
                         r"chamber|house|party|government|cabinet|authority|agency|board|office|ministry|service|"
                         r"academy|university|league|union|republic|national|supreme|constitutional|legislative|"
                         r"executive|general|federal|state|people|central|reserve|audit|duma|rada|diet|yuan|"
                         r"majlis|storting|riksdag|folketing|bundestag|bundesrat|landtag|knesset|sejm|seimas|"
                         r"saeima|riigikogu|althing|eduskunta|cortes|junta|generalitat|xunta|forces|staff|army|"
                         r"navy|police|security|intelligence|presidency|secretariat|commonwealth|federation|"
                         r"organization|organisation|institute|fund|corporation|company|administration|"
                         r"communist|workers|movement|front)\b")

JUNIOR = re.compile(
    r"\bministers? of state\b|\bstate minister\b|\bminister[- ]delegate\b|\bdelegate minister\b"
    r"|\bstate secretary\b|\bunder[- ]?secretary\b|\bparliamentary secretary\b|\bminister in the\b"
    r"|\bminister (attached|at|within|with responsibility)\b|^second minister\b|\bsecretary of state for\b"
    r"|\bminister delegated?\b|\bdelegated minister\b|\bminister responsible\b(?=.* in the )")
DEPUTY = re.compile(r"^(first |second |third |senior |principal )?(deputy|vice|vice-|assistant|associate|junior|"
                    r"alternate|acting)[ -]?")
EXCL0 = re.compile(r"\b(members?|deputy|deputies|vice|assistant|associate|advis[eo]rs?|counsel+ors?|judges?|justices?|"
                   r"without portfolio|state secretary|under-?secretary|parliamentary secretary|delegates?|senators?|"
                   r"representatives?|councill?ors?|whips?|in waiting|lords? of appeal|commissioners?|lords of the treasury|"
                   r"lord of the treasury|ambassador$|envoys?$|spouse|first lady|first gentleman|minister of state|"
                   r"state minister|special|senior)\b")
MIN_HEAD = re.compile(r"^(?P<head>cabinet secretary|cabinet minister|minister|ministers|secretary of state|secretary|"
                      r"minister-secretary|people's commissar|commissioner)\s+(?:of|for|on|in charge of|responsible for)\s+"
                      r"(?:the\s+)?(?P<p>.+)$")
MIN_TAIL = re.compile(r"^(?P<p>[a-z ,'-]+?)\s+(?P<head>minister|secretary)$")
MONARCH = re.compile(r"^(king|queen|monarch|emperor|empress|emir|amir|sultan|grand duke|grand duchess|sovereign prince|"
                     r"prince|reigning prince|sovereign|yang di-pertuan agong|yang di pertuan agong|"
                     r"yang di_pertuan agong|supreme head of state|king of the belgians|emir of the state)$")
PM_FORMS = {
    "prime minister": "prime minister", "president of the government": "prime minister",
    "president of the council of ministers": "prime minister", "chairman of the council of ministers": "prime minister",
    "chair of the council of ministers": "prime minister", "chairman of the cabinet of ministers": "prime minister",
    "head of government": "prime minister", "taoiseach": "prime minister", "premier": "premier",
    "premier of the state council": "premier", "president of the executive yuan": "premier",
    "chief executive": "chief executive", "first minister": "first minister",
}
PRES_FORMS = {"president", "president of the republic", "president of the nation", "president of the confederation",
              "head of state", "president of the state", "president of the federation", "beretitenti",
              "president of the palestinian national authority", "president of the state of palestine"}
GB_CABINET_MINISTERS = {"minister of agriculture, fisheries and food", "minister for the cabinet office",
                        "minister for women and equalities", "minister of transport"}
US_OVERRIDES = {
    "secretary of state": ("us:secretary-of-state", "secretary of state", 1),
    "secretary of the interior": ("us:interior-secretary", "interior secretary", 1),
    "secretary of homeland security": ("us:homeland-security-secretary", "homeland security secretary", 1),
    "secretary of commerce": ("us:commerce-secretary", "commerce secretary", 1),
    "secretary of veterans affairs": ("us:veterans-affairs-secretary", "veterans affairs secretary", 1),
    "attorney general": ("us:attorney-general", "attorney general", 1),
    "united states attorney general": ("us:attorney-general", "attorney general", 1),
    "vice president": ("us:vice-president", "vice president", 1),
    "ambassador to the united nations": ("us:un-ambassador", "un ambassador", 1),
    "permanent representative to the united nations": ("us:un-ambassador", "un ambassador", 1),
    "united states trade representative": ("us:trade-representative", "trade representative", 1),
}


class Classifier:
    """Turns (country code, position label) into an office: id, role, exclusive, kind."""

    def __init__(self, countries):
        self.c = countries
        self.stats = Counter()
        self.cache = {}

    def strip_country(self, low, code):
        if code not in self.c.by_code:
            return low
        names = sorted({lowtext(n) for n in self.c.names(code)} | {lowtext(a) for a in self.c.adjectives(code)},
                       key=lambda n: (-len(n), n))
        f = low
        for n in names:
            if not n:
                continue
            pat = (r"\s+(of|for|in) (the )?((democratic |federal |islamic |people's |socialist |united |"
                   r"plurinational |bolivarian |hashemite |independent )*(republic|kingdom|state|principality|"
                   r"grand duchy|commonwealth|federation|sultanate|emirate|confederation|union) of (the )?)?"
                   + re.escape(n) + r"$")
            f2 = re.sub(pat, "", f)
            if f2 == f:
                f2 = re.sub(r"\s+of the " + re.escape(n) + r" (republic|confederation|federation|government|kingdom)$", "", f)
            if f2 == f:
                f2 = re.sub(r"^" + re.escape(n) + r" (?=\w)", "", f)
            f = f2.strip()
        return f

    def classify(self, code, label):
        """Returns (office_id, country, role, exclusive, kind) or None (label not usable)."""
        key = (code, label)
        if key not in self.cache:
            self.cache[key] = self._classify_label(code, label)
        return self.cache[key]

    def _classify_label(self, code, label):
        label = clean(label)
        if not label or QID_RE.match(label):
            return None
        low = lowtext(label)
        # parenthesised alternative: "Chairman of the Cabinet of Ministers (Prime Minister)"
        m = re.match(r"^(.*?)\s*\(([^)]*)\)\s*$", label)
        if m:
            inner = self.classify(code, m.group(2))
            if inner and inner[2] in ROLE_INFO and inner[2] not in ("minister", "junior minister"):
                return inner
            return self.classify(code, m.group(1))
        if fold(low) in ORG_LABELS:
            oid, role, excl = ORG_LABELS[fold(low)]
            return oid, oid.split(":")[0], role, excl, ""
        m = re.match(r"^european commissioner for (.+)$", low) or \
            (code == "eu" and re.match(r"^commissioner for (.+)$", low))
        if m:
            return "eu:commissioner-" + slug(m.group(1)), "eu", "european commissioner", 1, ""
        if low == "european commissioner":
            return "eu:commissioner", "eu", "european commissioner", 0, ""
        if low == "member of the european parliament":
            return None
        s = self.strip_country(low, code)
        s = re.sub(r"^federal (?=(minister|president|chancellor)\b)", "", s)
        s = s.strip()
        if not s:
            return None
        r = self._classify(code, s)
        if r is None:
            return None
        oid, role, excl, kind = r
        return oid, oid.split(":")[0], role, excl, kind

    def office(self, code, suffix):
        return f"{code}:{suffix}"

    def _classify(self, code, s):
        ri = lambda role: ROLE_INFO.get(role, (1, ""))  # noqa: E731
        if code == "us" and s in US_OVERRIDES:
            oid, role, excl = US_OVERRIDES[s]
            return oid, role, excl, ""
        if code == "us" and s in ("representative", "united states representative", "member of the house of representatives"):
            return "us:representative", "representative", 0, ""
        if code == "us" and s in ("senator", "united states senator"):
            return "us:senator", "senator", 0, ""
        # heads of state and government
        if s in PRES_FORMS:
            role = "president"
            return self.office(code, "president"), role, 1, "hos"
        if s in PM_FORMS:
            role = PM_FORMS[s]
            return self.office(code, slug(role)), role, 1, ri(role)[1]
        if s in ("chancellor",) and code in ("de", "at"):
            return self.office(code, "chancellor"), "chancellor", 1, "hog"
        if MONARCH.match(s):
            return self.office(code, "monarch"), "monarch", 1, "hos"
        if s in ("co prince", "co-prince", "french co-prince", "episcopal co-prince"):
            return self.office(code, "co-prince"), "co-prince", 0, "hos"
        if s == "captain regent":
            return self.office(code, "captain-regent"), "captain regent", 0, "hos"
        if s == "supreme leader":
            return self.office(code, "supreme-leader"), "supreme leader", 1, "hos"
        if s in ("vice president", "vice-president"):
            return self.office(code, "vice-president"), "vice president", 1, ""
        if s in ("governor general", "governor-general"):
            return self.office(code, "governor-general"), "governor-general", 1, ""
        if re.match(r"^(first |second |third )?(deputy|vice)[- ](prime minister|premier|chancellor)$", s) or \
                s in ("first vice premier", "vice premier", "deputy head of government"):
            return self.office(code, "deputy-prime-minister"), "deputy prime minister", 0, ""
        if s == "attorney general" or s == "attorney-general":
            return self.office(code, "attorney-general"), "attorney general", 1, ""
        if s == "secretary of state" and code not in ("us", "va"):
            return self.office(code, "secretary-of-state"), "junior minister", 0, ""
        if s == "foreign secretary" and code != "gb":
            return self.office(code, "foreign-secretary"), "foreign secretary", 1, ""
        if s in ("minister", "ministers", "cabinet minister"):
            return self.office(code, "minister"), "minister", 0, ""
        if s in ("minister without portfolio",):
            return self.office(code, "minister-without-portfolio"), "minister without portfolio", 0, ""
        # deputies of a core role: "Deputy Minister of Foreign Affairs" -> deputy foreign minister
        m = DEPUTY.match(s)
        if m and m.end() < len(s):
            rest = s[m.end():].strip()
            inner = self._core_minister(code, rest)
            if inner:
                role = "deputy " + inner[1]
                return self.office(code, slug(role)), role, 0, ""
            return self.office(code, slug(s)), s, 0, ""
        if code == "gb" and re.match(r"^minister (for|of) ", s) and s not in GB_CABINET_MINISTERS:
            # UK cabinet posts are Secretaries of State; a "Minister for ..." is a junior post
            return self.office(code, slug(s)), "junior minister", 0, ""
        if JUNIOR.search(s) and not (code == "gb" and s.startswith("secretary of state for")):
            return self.office(code, slug(s)), "junior minister", 0, ""
        core = self._core_minister(code, s)
        if core:
            return core[0], core[1], 1, ""
        # places and institutions
        m = DEPENDENT_HEAD.match(s)
        if m:
            head, target = m.group(1), m.group(3)
            tcode = self.c.code_for_name(target)
            if tcode and tcode != code and not self.c.by_code[tcode]["un"] and "-" not in tcode and \
                    tcode not in ("un", "eu"):
                role = {"administrator": "governor", "commissioner": "governor", "high commissioner": "governor",
                        "chief minister": "prime minister"}.get(head, head)
                if head in ("premier", "chief minister", "prime minister", "chief executive"):
                    return self.office(tcode, slug(role)), role, 1, "hog"
                return self.office(tcode, slug(role)), role, 1, ""
        m = re.match(r"^(ambassador|high commissioner|permanent representative|envoy|representative) (of [a-z ]+ )?to (the )?(.+)$", s)
        if m:
            dest = m.group(4)
            dcode = self.c.code_for_name(dest)
            if dcode == "un":
                return self.office(code, "un-ambassador"), "un ambassador", 1, ""
            if dcode:
                return self.office(code, "ambassador-to-" + dcode), "ambassador", 1, ""
            return self.office(code, slug(s)), "ambassador", 1, ""
        if re.match(r"^(governor|president) of (the )?(central bank|reserve bank|national bank|bank of)", s) or \
                re.match(r"^governor of the (.+ )?(central|reserve|national) bank", s) or \
                s in ("governor of the central bank", "governor of the bank", "president of the bank",
                      "governor of the national bank", "governor of the reserve bank"):
            return self.office(code, "central-bank-governor"), "central bank governor", 1, ""
        # a place's own head: "Governor of California", "Premier of Ontario" (the role is shared
        # with national offices only for these; "President of the Province of Varese" keeps its label)
        m = re.match(r"^(governor|lieutenant governor|mayor|lord mayor|premier|chief minister|first minister|"
                     r"minister president|minister-president|prefect|intendant|regional governor) of (the )?(.+)$", s)
        if m and not INSTITUTION.search(m.group(3)):
            head = m.group(1)
            role = {"lord mayor": "mayor", "minister president": "minister-president",
                    "regional governor": "governor"}.get(head, head)
            return self.office(code, slug(s)), role, 1, ""
        if re.match(r"^speaker( of .*)?$", s):
            return self.office(code, slug(s)), "speaker", 1, ""
        if re.match(r"^chief justice( of .*)?$", s):
            return self.office(code, slug(s)), "chief justice", 1, ""
        # anything else: the label itself is the role
        excl = 0 if EXCL0.search(s) else 1
        return self.office(code, slug(s)), s, excl, ""

    def _core_minister(self, code, s):
        """(office id, role) for a ministerial label with a known portfolio, else None."""
        if code == "us" and s in US_OVERRIDES:
            oid, role, _ = US_OVERRIDES[s]
            return oid, role
        m = MIN_HEAD.match(s)
        portfolio = head = None
        if m:
            head, portfolio = m.group("head"), m.group("p")
        else:
            m = MIN_TAIL.match(s)
            if m:
                head, portfolio = m.group("head"), m.group("p")
                if head == "secretary" and code not in ("gb", "us"):
                    return None
        if portfolio is None:
            if s in ("chancellor of the exchequer",) and code == "gb":
                return self.office(code, "finance-minister"), "finance minister"
            return None
        if head == "secretary of state" and code not in ("gb",):
            return None
        if head == "commissioner":
            return None
        if re.search(r"\b(council|committee|commission|agency|service|board|bureau|authority|institute|court|"
                     r"party|staff|corps|directorate|inspectorate|department of the)\b", portfolio):
            return None  # "Secretary of the National Security and Defense Council" is no minister
        for role, rx in PORTFOLIOS:
            if rx.search(portfolio):
                if code == "us" and role == "foreign minister":
                    return None
                return self.office(code, slug(role)), role
        if head in ("minister", "cabinet secretary", "cabinet minister", "ministers"):
            return self.office(code, slug(s)), "minister"
        return None


# Generic roles whose own wording is a title copy uses for the office ("Foreign Minister").
ROLE_TITLE_OK = {r for r, _ in PORTFOLIOS} | {
    "president", "vice president", "prime minister", "premier", "chancellor", "chief executive",
    "first minister", "deputy prime minister", "attorney general", "secretary of state", "speaker",
    "supreme leader", "governor-general", "captain regent", "co-prince", "un ambassador",
    "central bank governor", "head of state", "head of government", "secretary-general",
    "director-general", "interior secretary", "homeland security secretary", "commerce secretary",
    "veterans affairs secretary", "minister without portfolio"} | {"deputy " + r for r, _ in PORTFOLIOS}
SMALL_WORDS = {"of", "the", "and", "for", "to", "in", "on"}


def title_case(role):
    words = role.split(" ")
    out = []
    for i, w in enumerate(words):
        if i and w in SMALL_WORDS:
            out.append(w)
        elif w == "un":
            out.append("UN")
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(out)


# ---------------------------------------------------------------------------------------------
# The registry being built


class Person:
    __slots__ = ("pid", "enwiki", "labels", "variants", "gender", "born", "sources")

    def __init__(self, pid):
        self.pid = pid
        self.enwiki = []   # (rank, title)
        self.labels = []   # (rank, name)
        self.variants = set()
        self.gender = []   # (rank, 'f'/'m')
        self.born = []     # (rank, 'YYYY')
        self.sources = set()


class Registry:
    def __init__(self, countries):
        self.countries = countries
        self.classifier = Classifier(countries)
        self.people = {}
        self.terms = []          # dicts: pid office from to src
        self.offices = {}        # id -> dict(country, role, exclusive, titles:set, kind:set)
        self.counts = Counter()
        self.notes = Counter()
        self.alias = {}          # pid -> pid (joined ids)

    def person(self, pid):
        pid = self.alias.get(pid, pid)
        p = self.people.get(pid)
        if p is None:
            p = self.people[pid] = Person(pid)
        return p

    def resolve(self, pid):
        while pid in self.alias:
            pid = self.alias[pid]
        return pid

    def add_enwiki(self, pid, title, rank):
        title = clean(title)
        if not title:
            return
        t, extra = enwiki_forms(title)
        p = self.person(pid)
        t = person_name(t)
        if t:
            p.enwiki.append((rank, t))
        for e in extra:
            e = person_name(e)
            if e:
                p.variants.add(e)

    def add_label(self, pid, name, rank):
        n = person_name(name)
        if n:
            self.person(pid).labels.append((rank, n))
        return n

    def add_variant(self, pid, name):
        n = person_name(name)
        if n:
            self.person(pid).variants.add(n)

    def add_gender(self, pid, g, rank):
        g = clean(g).lower()
        g = {"male": "m", "m": "m", "female": "f", "f": "f"}.get(g)
        if g:
            self.person(pid).gender.append((rank, g))

    def add_born(self, pid, d, rank):
        d = norm_date(d)
        if d and 1800 <= int(d[:4]) <= 2015:
            self.person(pid).born.append((rank, d[:4]))

    def add_office(self, oid, country, role, exclusive, title, kind=""):
        o = self.offices.get(oid)
        if o is None:
            o = self.offices[oid] = {"country": country, "role": role, "exclusive": exclusive,
                                     "titles": set(), "kind": set()}
        if title:
            t = clean(title)
            if t and "\t" not in t:
                o["titles"].add(t)
        if kind:
            o["kind"].add(kind)
        return o

    def add_term(self, pid, office, frm, to, src):
        frm, to = norm_date(frm), norm_date(to)
        if to and to > SNAPSHOT[src] and d_lo(to) > d_lo(SNAPSHOT[src]):
            to = ""  # a scheduled end: still in office at the snapshot
        if frm and to and d_lo(to) < d_lo(frm):
            self.notes["terms dropped: end before start"] += 1
            return
        if frm and d_lo(frm) > d_hi(SNAPSHOT[src]):
            self.notes["terms dropped: start after the source snapshot"] += 1
            return
        self.terms.append({"pid": pid, "office": office, "from": frm, "to": to, "src": {src}})
        self.person(pid).sources.add(src)

    def classify_term(self, pid, code, label, frm, to, src):
        r = self.classifier.classify(code, label)
        if r is None:
            self.notes[f"{src}: position labels not used"] += 1
            return None
        oid, country, role, excl, kind = r
        if country not in self.countries.by_code:
            self.notes[f"{src}: unknown country {country}"] += 1
            return None
        self.add_office(oid, country, role, excl, label, kind)
        self.add_term(pid, oid, frm, to, src)
        return oid


# ---------------------------------------------------------------------------------------------
# Sources


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def load_peppercat(reg, root):
    base = os.path.join(root, "peppercat")
    countries = reg.countries
    # leaders: heads of state/government, ministers and the other wanted positions
    for fn in sorted(os.listdir(os.path.join(base, "leaders"))):
        slug_ = fn[:-4]
        if slug_ == "world":
            code = "un"
        else:
            code = countries.by_slug.get(slug_)
        if code is None:
            reg.notes[f"pc: unknown place {slug_}"] += 1
            continue
        for r in read_csv(os.path.join(base, "leaders", fn)):
            qid = clean(r["personID"])
            if not QID_RE.match(qid):
                reg.notes["pc: rows without a QID"] += 1
                continue
            label_code = code
            if slug_ == "world":
                # world positions: the organisation is in the label
                if clean(r["position"]).lower() == "permanent representative to the united nations":
                    reg.notes["pc: world rows without a country"] += 1
                    continue
            oid = reg.classify_term(qid, label_code, r["position"], r["start"], r["end"], "pc")
            if oid is None:
                continue
            reg.counts["pc rows"] += 1
            reg.add_enwiki(qid, r["enwiki"], 1)
            reg.add_label(qid, r["person"], 1)
            reg.add_gender(qid, r["gender"], 1)
            reg.add_born(qid, r["DOB"], 1)
    # bio: gender and birth for people already known; English Wikipedia title -> QID of every
    # person Peppercat knows (leaders and legislators), to give Congress members their QID (a
    # Wikipedia title names one person)
    enwiki_qid = defaultdict(set)
    for fn in sorted(os.listdir(os.path.join(base, "bio"))):
        for r in read_csv(os.path.join(base, "bio", fn)):
            qid = clean(r["id"])
            if QID_RE.match(qid) and clean(r["enwiki"]):
                enwiki_qid[clean(r["enwiki"]).replace("_", " ")].add(qid)
            if qid in reg.people:
                reg.add_gender(qid, r["gender"], 2)
                if clean(r["dobp"]) in ("9", "10", "11"):
                    reg.add_born(qid, r["dob"], 2)
    for fn in sorted(os.listdir(os.path.join(base, "leaders"))):
        for r in read_csv(os.path.join(base, "leaders", fn)):
            if QID_RE.match(clean(r["personID"])) and clean(r["enwiki"]):
                enwiki_qid[clean(r["enwiki"])].add(clean(r["personID"]))
    for r in read_csv(os.path.join(base, "legislators", "united-states.csv")):
        if QID_RE.match(clean(r["personID"])) and clean(r["enwiki"]):
            enwiki_qid[clean(r["enwiki"])].add(clean(r["personID"]))
    return {k: sorted(v)[0] for k, v in enwiki_qid.items() if len(v) == 1}


def load_peppercat_derived(reg, root):
    path = os.path.join(root, "peppercat", "derived-current-holders-2021-11_to_2025-01.csv")
    for r in read_csv(path):
        qid = clean(r["wikidata"])
        code = reg.countries.by_slug.get(clean(r["country_slug"]))
        if clean(r["country_slug"]) == "world":
            code = "un"
        if not QID_RE.match(qid) or code is None:
            reg.notes["pcd: rows without a QID or place"] += 1
            continue
        start = norm_date(r["in_office_since"])
        if not start:
            reg.notes["pcd: rows without a start date"] += 1
            continue
        end = ""
        if clean(r["status"]) == "gone":
            end = norm_date(r["disappeared_snapshot"])[:7]
        # "Prime Minister / Minister of Defence": the page's start date is the first title's;
        # a further title is only known from the first snapshot that showed it
        for i, part in enumerate(clean(r["position"]).split(" / ")):
            frm = start if i == 0 else norm_date(r["first_snapshot"])[:7]
            if reg.classify_term(qid, code, part, frm, end, "pcd"):
                reg.counts["pcd rows"] += 1
        reg.add_label(qid, r["person"], 7)
        reg.add_born(qid, r["born"], 3)


PT_PARTICLE = re.compile(r"\b(do|da|dos|das|e)\b")
ROMAN = re.compile(r"\b[IVX]+\b")
NOT_PERSON = re.compile(r"\b(conselho|junta|comit[eê]|governo|diret[oó]rio|triunvirato|regência|regencia|"
                        r"presid[eê]ncia|comiss[aã]o|assembleia|council|committee|government|directory)\b", re.I)


def pt_label_ok(code, label, pt_country=""):
    """Whether a Portuguese-first Wikidata label can be taken as the English name: a Latin-script
    country, no Portuguese particles, no regnal number, not 'X de <country in Portuguese>'."""
    if pt_country and fold(pt_country) in fold(label):
        return False
    return not (code in NON_LATIN_SCRIPT or PT_PARTICLE.search(label) or ROMAN.search(label) or
                person_name(label) is None)


def load_cfmessias(reg, root):
    """Rows kept aside: they are joined onto terms of other sources after those are loaded."""
    rows = []
    base = os.path.join(root, "wikidata-heads-cfmessias")
    for fn in ("leaders_history.csv", "leaders_current.csv"):
        for r in read_csv(os.path.join(base, fn)):
            code = reg.countries.by_iso3.get(clean(r["iso3"]))
            qid = clean(r["person_qid"])
            if code is None or not QID_RE.match(qid):
                reg.notes["cfm: rows without a known country or QID"] += 1
                continue
            if NOT_PERSON.search(r["person"]):
                reg.notes["cfm: rows naming a body, not a person"] += 1
                continue
            kind = {"head_of_state": "hos", "head_of_government": "hog"}.get(clean(r["role"]))
            frm, to = norm_date(r["start"]), norm_date(r["end"])
            # precision is lost in this source: a 1 January value may stand for a year
            if frm.endswith("-01-01"):
                frm = frm[:4]
            if to.endswith("-01-01"):
                to = to[:4]
            if not frm and not to:
                reg.notes["cfm: rows without dates"] += 1
                continue
            if (to and to < "1900") or (not to and frm < "1945"):
                reg.notes["cfm: rows ended before 1900 (or open since before 1945)"] += 1
                continue
            label = clean(r["person"])
            if fold(clean(r["country"])) and fold(clean(r["country"])) in fold(label):
                label = ""  # "Henrique de Luxemburgo": a Portuguese royal style, not a name
            rows.append((code, kind, qid, frm, to, label))
    rows.sort()
    return rows


def congress_name_forms(name):
    first = clean(name.get("first"))
    middle = clean(name.get("middle"))
    last = clean(name.get("last"))
    nick = clean(name.get("nickname"))
    suffix = clean(name.get("suffix"))
    full = clean(name.get("official_full"))
    forms = []
    given = [g for g in (nick, first) if g]
    for g in given:
        forms.append(f"{g} {last}")
    if middle:
        forms.append(f"{first} {middle} {last}")
        if not middle.endswith("."):
            forms.append(f"{first} {middle[0]}. {last}")
    if suffix:
        forms += [f"{f} {suffix}" for f in list(forms)]
    if full:
        forms.append(full)
    short = f"{nick or first} {last}" if last else ""
    return short, forms


def load_congress(reg, root, enwiki_qid):
    base = os.path.join(root, "congress-legislators")
    hist = {}
    for fn in ("legislators-historical.csv", "legislators-current.csv"):
        for r in read_csv(os.path.join(base, fn)):
            hist[clean(r["bioguide_id"])] = r
    bio_qid = {}
    people = []
    for fn in ("derived-legislators-union-2012-09_to_2026-06.yaml", "legislators-current.yaml"):
        with open(os.path.join(base, fn), encoding="utf-8") as f:
            data = yaml.load(f, Loader=YAML_LOADER)
        for p in data:
            people.append(p)
    with open(os.path.join(base, "executive.yaml"), encoding="utf-8") as f:
        executive = yaml.load(f, Loader=YAML_LOADER)
    for p in people + executive:
        ids = p.get("id", {})
        bg, wd = clean(ids.get("bioguide")), clean(ids.get("wikidata"))
        if bg and QID_RE.match(wd):
            bio_qid[bg] = wd
    # EP Senate map (bioguide -> wikidata)
    for r in read_csv(os.path.join(root, "everypolitician-2015", "person-wikidata-map.csv")):
        bg, wd = clean(r["bioguide"]), clean(r["wikidata"])
        if bg and QID_RE.match(wd):
            bio_qid.setdefault(bg, wd)
    # English Wikipedia title (legislators CSV) -> QID (Peppercat legislators)
    for bg, r in sorted(hist.items()):
        if bg not in bio_qid:
            q = enwiki_qid.get(clean(r["wikipedia_id"]))
            if q:
                bio_qid[bg] = q
                reg.counts["congress: QID from the Wikipedia title"] += 1

    def pid_for(bg, ids=None):
        wd = clean((ids or {}).get("wikidata"))
        if QID_RE.match(wd):
            return wd
        if bg in bio_qid:
            return bio_qid[bg]
        return f"bioguide:{bg}"

    def names_from_yaml(pid, p, rank):
        short, forms = congress_name_forms(p.get("name", {}))
        wp = clean(p.get("id", {}).get("wikipedia"))
        if wp:
            reg.add_enwiki(pid, wp, rank)
        reg.add_label(pid, short, 4)
        for f_ in forms:
            reg.add_variant(pid, f_)
        bio = p.get("bio", {})
        reg.add_gender(pid, bio.get("gender"), rank)
        reg.add_born(pid, str(bio.get("birthday") or ""), rank)

    seen_bg = set()
    for p in people:
        bg = clean(p.get("id", {}).get("bioguide"))
        if not re.fullmatch(r"[A-Z]\d{6}", bg):
            reg.notes["cl: union entries without a bioguide id skipped (early versions of members also present with one)"] += 1
            continue
        pid = pid_for(bg, p.get("id"))
        names_from_yaml(pid, p, 0)
        if bg in seen_bg:
            continue  # legislators-current repeats people of the union file
        seen_bg.add(bg)
        for t in p.get("terms", []):
            typ = t.get("type")
            state = clean(t.get("state"))
            if typ == "sen":
                oid = "us:senator"
            elif typ == "rep":
                oid = "us:delegate" if state in ("DC", "PR", "GU", "VI", "AS", "MP") else "us:representative"
            elif typ == "prez":
                oid = "us:president"
            else:
                continue
            reg.add_term(pid, oid, str(t.get("start") or ""), str(t.get("end") or ""), "cl")
            reg.counts["cl terms"] += 1
    short_count = Counter(congress_name_forms(p.get("name", {}))[0] for p in executive)
    for p in executive:
        ids = p.get("id", {})
        bg = clean(ids.get("bioguide"))
        pid = pid_for(bg, ids) if bg else (clean(ids.get("wikidata")) if QID_RE.match(clean(ids.get("wikidata"))) else
                                            f"govtrack:{ids.get('govtrack')}")
        names_from_yaml(pid, p, 0)
        nm = p.get("name", {})
        if short_count[congress_name_forms(nm)[0]] > 1 and nm.get("middle"):
            # two presidents named "John Adams": the full name tells them apart
            reg.add_label(pid, f"{clean(nm.get('first'))} {clean(nm.get('middle'))} {clean(nm.get('last'))}", 3)
        for t in p.get("terms", []):
            oid = {"prez": "us:president", "viceprez": "us:vice-president"}.get(t.get("type"))
            if oid:
                reg.add_term(pid, oid, str(t.get("start") or ""), str(t.get("end") or ""), "cl")
                reg.counts["cl executive terms"] += 1
    # EverPolitician House and Senate, 97th..114th Congress (1981-2017)
    epdir = os.path.join(root, "everypolitician-2015", "data", "United_States_of_America")
    for chamber, oid in (("House", "us:representative"), ("Senate", "us:senator")):
        for fn in sorted(os.listdir(os.path.join(epdir, chamber))):
            m = re.match(r"^term-(\d+)\.csv$", fn)
            if not m:
                continue
            n = int(m.group(1))
            c_start = f"{1789 + 2 * (n - 1)}-01-03"
            c_end = f"{1789 + 2 * n}-01-03"
            for r in read_csv(os.path.join(epdir, chamber, fn)):
                mm = re.search(r"/congress/original/([A-Z]\d{6})\.jpg", r["image"])
                if not mm:
                    reg.notes["ep: US rows without a bioguide id"] += 1
                    continue
                bg = mm.group(1)
                pid = pid_for(bg)
                state = clean(r["area"])
                this_oid = oid
                if chamber == "House" and state in ("District of Columbia", "Puerto Rico", "Guam", "Virgin Islands",
                                                    "American Samoa", "Northern Mariana Islands"):
                    this_oid = "us:delegate"
                frm = norm_date(r["start_date"]) or c_start
                to = norm_date(r["end_date"]) or c_end
                reg.add_term(pid, this_oid, frm, to, "ep")
                reg.counts["ep congress rows"] += 1
                reg.add_label(pid, r["name"], 5)
                sn = clean(r["sort_name"])
                if "," in sn:
                    last, _, first = sn.partition(",")
                    reg.add_variant(pid, f"{first.strip()} {last.strip()}")
                reg.add_gender(pid, r["gender"], 4)
                h = hist.get(bg)
                if h:
                    reg.add_enwiki(pid, h["wikipedia_id"], 0)
                    short, forms = congress_name_forms({
                        "first": h["first_name"], "middle": h["middle_name"], "last": h["last_name"],
                        "nickname": h["nickname"], "suffix": h["suffix"], "official_full": h["full_name"]})
                    reg.add_label(pid, short, 4)
                    for f_ in forms:
                        reg.add_variant(pid, f_)
                    reg.add_gender(pid, h["gender"], 0)
                    reg.add_born(pid, h["birthday"], 0)
    for o, role, titles in (("us:senator", "senator", ["United States senator"]),
                            ("us:representative", "representative", ["United States representative"]),
                            ("us:delegate", "delegate", []),
                            ("us:president", "president", []), ("us:vice-president", "vice president", [])):
        reg.add_office(o, "us", role, ROLE_INFO[role][0], None, ROLE_INFO[role][1] if o == "us:president" else "")
        for t in titles:
            reg.add_office(o, "us", role, ROLE_INFO[role][0], t)
    reg.offices["us:president"]["kind"].update({"hos", "hog"})
    return bio_qid


def load_ifg(reg, root):
    """UK ministers since 1979. Returns IfG people: uuid -> (pid, [names], gender)."""
    base = os.path.join(root, "ifg-ministers")
    persons = defaultdict(list)
    for r in read_csv(os.path.join(base, "person.csv")):
        persons[clean(r["id"])].append(r)
    posts = {clean(r["id"]): r for r in read_csv(os.path.join(base, "post.csv"))}
    orgs = {clean(r["id"]): r for r in read_csv(os.path.join(base, "organisation.csv"))}
    apps = read_csv(os.path.join(base, "appointment.csv"))
    used = []
    short_ids = {}
    for uid in sorted(persons):
        sid = uid.replace("-", "")[:8]
        n = 8
        while sid in short_ids.values():
            n += 1
            sid = uid.replace("-", "")[:n]
        short_ids[uid] = sid
    for a in sorted(apps, key=lambda a: (a["person_id"], a["start_date"], a["post_id"], a["id"])):
        post = posts.get(clean(a["post_id"]))
        if post is None:
            continue
        rank = clean(post["rank_equivalence"])
        name = clean(post["name"])
        if rank == "Parl.":
            reg.notes["ifg: whips and lords-in-waiting skipped"] += 1
            continue
        if rank == "PM":
            r = ("gb:prime-minister", "prime minister", 1, "hog")
        elif rank in ("MoS", "PUSS"):
            org = orgs.get(clean(post["organisation_id"]), {})
            if name in ("Minister of State", "Parliamentary Under-Secretary of State", "Parliamentary Secretary"):
                # a bare rank: the department makes the post
                oid = "gb:" + slug(name + " " + clean(org.get("short_name") or org.get("name") or ""))
                name = f"{name} ({clean(org.get('name'))})" if org.get("name") else name
            else:
                oid = "gb:" + slug(name)
            r = (oid, "junior minister", 0, "")
        elif name == "Deputy Prime Minister":
            r = ("gb:deputy-prime-minister", "deputy prime minister", 0, "")
        else:
            c = reg.classifier.classify("gb", name)
            if c is None:
                continue
            r = (c[0], c[2], c[3], c[4])
        used.append((clean(a["person_id"]), r, clean(a["start_date"]), clean(a["end_date"]), name))
    return persons, short_ids, used


def name_key(s):
    s = fold(s)
    s = re.sub(r"^(sir|dame|dr|rt hon|the rt hon|mr|mrs|ms|miss|lord|baroness|lady) ", "", s)
    return s


def join_ifg(reg, persons, short_ids, used):
    """IfG people onto Peppercat people: exact normalised name and an overlapping UK office."""
    # names of QID people holding UK offices, and their UK terms
    gb_terms = defaultdict(list)
    gb_by_pid = defaultdict(list)
    for t in reg.terms:
        if t["office"].startswith("gb:") and QID_RE.match(t["pid"]):
            gb_terms[t["pid"]].append(span(t["from"], t["to"]))
            gb_by_pid[t["pid"]].append(t)
    by_name = defaultdict(set)
    for pid in sorted(gb_terms):
        p = reg.people[pid]
        for _, n in p.enwiki + p.labels:
            by_name[name_key(n)].add(pid)
        for n in p.variants:
            by_name[name_key(n)].add(pid)
    apps_by_person = defaultdict(list)
    for uid, r, frm, to, name in used:
        apps_by_person[uid].append((r, frm, to, name))
    claimed = {}
    mapping = {}
    for uid in sorted(persons):
        recs = persons[uid]
        names = sorted({clean(x[k]) for x in recs for k in ("name", "display_name", "normalized_name") if clean(x[k])})
        spans = [span(norm_date(f), norm_date(t)) for _, f, t, _ in apps_by_person.get(uid, [])]
        cands = set()
        for n in names:
            for pid in by_name.get(name_key(n), ()):
                if any(lo <= h2 and lo2 <= hi for lo, hi in spans for lo2, h2 in gb_terms[pid]):
                    cands.add(pid)
        if len(cands) > 1:
            # two namesakes in UK offices at the time: the one in one of this person's offices
            offices = {r[0] for r, _, _, _ in apps_by_person.get(uid, [])}
            same = {pid for pid in cands if any(t["office"] in offices for t in gb_by_pid[pid])}
            if len(same) == 1:
                cands = same
        if len(cands) == 1:
            pid = sorted(cands)[0]
            if pid in claimed:
                reg.notes["ifg: ambiguous joins left apart"] += 1
                mapping[claimed[pid]] = None
                continue
            claimed[pid] = uid
            mapping[uid] = pid
        elif len(cands) > 1:
            reg.notes["ifg: ambiguous joins left apart"] += 1
    n_joined = 0
    for uid in sorted(persons):
        recs = persons[uid]
        pid = mapping.get(uid) or f"ifg:{short_ids[uid]}"
        if mapping.get(uid):
            n_joined += 1
        # records: the one without end_date is the current name
        recs_sorted = sorted(recs, key=lambda x: (clean(x["end_date"]) == "", clean(x["start_date"])))
        for x in recs_sorted:
            for k in ("display_name", "name", "normalized_name"):
                reg.add_variant(pid, x[k])
        cur = recs_sorted[-1]
        for x in recs_sorted:
            n = clean(x["display_name"] or x["name"])
            # "Margaret Thatcher" before "Baroness Thatcher"
            reg.add_label(pid, n, 6 if re.match(r"^(Lord|Baroness|Lady|Viscount|Earl) ", n) else 5)
            # peers: "Lord Sharpe of Epsom" is also "Lord Sharpe"
            m = re.match(r"^(Lord|Baroness|Lady) (\S+) of .+$", clean(x["display_name"]))
            if m:
                reg.add_variant(pid, f"{m.group(1)} {m.group(2)}")
        reg.add_gender(pid, cur["gender"], 3)
        for r, frm, to, name in apps_by_person.get(uid, []):
            oid, role, excl, kind = r
            reg.add_office(oid, "gb", role, excl, name, kind)
            reg.add_term(pid, oid, frm, to, "ifg")
            reg.counts["ifg appointments"] += 1
    reg.counts["ifg people joined to a QID"] = n_joined
    reg.counts["ifg people"] = len(persons)


FTE_POSITIONS = {
    "Secretary of State": "Secretary of State",
    "Secretary of the Treasury": "Secretary of the Treasury",
    "Secretary of Defense": "Secretary of Defense",
    "Attorney General": "Attorney General",
    "Secretary of the Interior": "Secretary of the Interior",
    "Secretary of Agriculture": "Secretary of Agriculture",
    "Secretary of Commerce": "Secretary of Commerce",
    "Secretary of Labor": "Secretary of Labor",
    "Secretary of Health & Human Services": "Secretary of Health and Human Services",
    "Secretary of Health, Education & Welfare": "Secretary of Health, Education, and Welfare",
    "Secretary of Housing & Urban Development": "Secretary of Housing and Urban Development",
    "Secretary of Transportation": "Secretary of Transportation",
    "Secretary of Energy": "Secretary of Energy",
    "Secretary of Education": "Secretary of Education",
    "Secretary of Veterans Affairs": "Secretary of Veterans Affairs",
    "Secretary of Homeland Security": "Secretary of Homeland Security",
    "Vice President": "Vice President",
    "UN Ambassador": "Ambassador to the United Nations",
    "Chief of Staff": "White House Chief of Staff",
    "OMB Director": "Director of the Office of Management and Budget",
    "CEA Chair": "Chair of the Council of Economic Advisers",
    "U.S. Trade Representative": "United States Trade Representative",
    "EPA Administrator": "Administrator of the Environmental Protection Agency",
    "SBA Administrator": "Administrator of the Small Business Administration",
    "OSTP Director": "Director of the Office of Science and Technology Policy",
    "Director of Central Intelligence": "Director of the CIA",
    "CIA Director": "Director of the CIA",
    "Director of Central Intelligence/CIA Director": "Director of the CIA",
    "Director of National Intelligence": "Director of National Intelligence",
}


def fte_date(s):
    """'1/21/77' -> '1977-01-21'; 'Aug. 1981' -> '1981-08'; other words -> None."""
    s = clean(s)
    m = re.match(r"^(\d{1,2})/(\d{1,2})/(\d{2})$", s)
    if m:
        mo, d, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        y += 1900 if y >= 30 else 2000
        return f"{y:04d}-{mo:02d}-{d:02d}" if valid_ymd(y, mo, d) else None
    m = re.match(r"^([A-Z][a-z]{2})\.? (\d{4})$", s)
    if m:
        months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
        if m.group(1) in months:
            return f"{int(m.group(2)):04d}-{months.index(m.group(1)) + 1:02d}"
    return None


def load_fivethirtyeight(reg, root):
    """US cabinet-level officials Carter..Biden. Rows split across two administrations
    ('Bush admin' as an end, 'Reagan admin' as a start) are rejoined into one term."""
    rows = read_csv(os.path.join(root, "fivethirtyeight", "cabinet-turnover.csv"))
    out = []
    for r in rows:
        pos = clean(r["position"])
        name = clean(r["appointee"])
        if pos not in FTE_POSITIONS or not name:
            reg.notes["538: rows not used"] += 1
            continue
        s_raw, e_raw = clean(r["start_date"]), clean(r["end_date"])
        start = fte_date(s_raw)
        end = fte_date(e_raw)
        still = e_raw.lower() == "still in office"
        out.append({"pos": FTE_POSITIONS[pos], "label538": pos, "name": name, "start": start, "end": end,
                    "start_cont": start is None and s_raw.endswith("admin"),
                    "end_cont": end is None and e_raw.endswith("admin"), "still": still,
                    "gender": clean(r["gender"])})
    # rejoin continued terms
    joined = []
    conts = [o for o in out if o["start_cont"]]
    for o in out:
        if o["start_cont"]:
            continue
        if o["end_cont"]:
            nxt = [c for c in conts if c["name"] == o["name"] and c["pos"] == o["pos"]]
            if nxt:
                o = dict(o, end=nxt[0]["end"], still=nxt[0]["still"])
                conts.remove(nxt[0])
            else:
                o = dict(o, end=None)
        joined.append(o)
    for c in conts:
        joined.append(c)
    return joined


def join_by_office(reg, name, office, frm, to, surname_only=True, exclude=None):
    """A QID (or other) person holding `office` over overlapping dates whose name matches."""
    lo, hi = span(frm, to)
    cands = set()
    key = name_key(name)
    sur = tokens(name)[-1] if tokens(name) else ""
    for t in reg.terms_by_office.get(office, ()):
        tlo, thi = span(t["from"], t["to"])
        if t["pid"] == exclude or t["pid"].startswith("fte:") or t["pid"] not in reg.people:
            continue
        if tlo <= hi and lo <= thi and min(hi, thi) - max(lo, tlo) >= 20:
            p = reg.people[t["pid"]]
            names = [n for _, n in p.enwiki + p.labels] + sorted(p.variants)
            if any(name_key(n) == key for n in names) or \
                    (surname_only and any(tokens(n) and tokens(n)[-1] == sur for n in names)):
                cands.add(t["pid"])
    return sorted(cands)[0] if len(cands) == 1 else None


def index_terms(reg):
    reg.terms_by_office = defaultdict(list)
    for t in reg.terms:
        reg.terms_by_office[t["office"]].append(t)


def add_fivethirtyeight(reg, rows):
    index_terms(reg)
    # US people by exact normalised name (for cabinet members who sat in Congress)
    us_by_name = defaultdict(set)
    us_people = sorted({t["pid"] for t in reg.terms if t["office"].startswith("us:")})
    for pid in us_people:
        p = reg.people[pid]
        for n in [n for _, n in p.enwiki + p.labels] + sorted(p.variants):
            us_by_name[name_key(n)].add(pid)
    # one person per FiveThirtyEight name: the join found for any of their rows
    found = defaultdict(set)
    for o in rows:
        oid = reg.classifier.classify("us", o["pos"])[0]
        end = "" if o["still"] or not o["end"] else o["end"]
        q = join_by_office(reg, o["name"], oid, o["start"] or "", end)
        if q:
            found[o["name"]].add(("office", q))
    for name in sorted({o["name"] for o in rows}):
        if not found[name]:
            cands = us_by_name.get(name_key(name), set())
            if len(cands) == 1:
                found[name].add(("name", sorted(cands)[0]))
    pid_of = {}
    for name in sorted(found):
        qs = sorted(found[name])
        if len({q for _, q in qs}) == 1:
            pid_of[name] = qs[0][1]
            reg.counts[f"538 people joined by {'office and dates' if qs[0][0] == 'office' else 'unique US name'}"] += 1
    for o in rows:
        c = reg.classifier.classify("us", o["pos"])
        oid, country, role, excl, kind = c
        end = "" if o["still"] or not o["end"] else o["end"]
        start = o["start"] or ""
        pid = pid_of.get(o["name"]) or "fte:" + slug(o["name"])
        reg.add_office(oid, country, role, excl, o["pos"], kind)
        reg.add_office(oid, country, role, excl, o["label538"])
        reg.add_term(pid, oid, start, end, "538")
        reg.add_label(pid, o["name"], 3)
        reg.add_gender(pid, o["gender"], 3)
        reg.counts["538 terms"] += 1


def join_executive(reg):
    """Presidents and vice presidents without a QID: join to the Peppercat/cfmessias holder of
    the same office over overlapping dates with the same surname."""
    index_terms(reg)
    exec_terms = defaultdict(list)
    for o in ("us:president", "us:vice-president"):
        for t in reg.terms_by_office.get(o, ()):
            exec_terms[t["pid"]].append(t)
    for pid in sorted(reg.people):
        if QID_RE.match(pid):
            continue
        ts = exec_terms.get(pid, []) if pid.startswith(("bioguide:", "govtrack:")) else []
        if not ts:
            continue
        p = reg.people[pid]
        names = [n for _, n in p.enwiki + p.labels]
        target = None
        for t in ts:
            for n in names:
                q = join_by_office(reg, n, t["office"], t["from"], t["to"], exclude=pid)
                if q and QID_RE.match(q) and q != pid:
                    target = q
                    break
            if target:
                break
        if target:
            merge_person(reg, pid, target)
            reg.counts["us executive joined by office and dates"] += 1


def merge_person(reg, src, dst):
    """Moves everything of person `src` onto `dst`."""
    if src == dst:
        return
    a, b = reg.people.pop(src), reg.person(dst)
    b.enwiki += a.enwiki
    b.labels += a.labels
    b.variants |= a.variants
    b.gender += a.gender
    b.born += a.born
    b.sources |= a.sources
    for t in reg.terms:
        if t["pid"] == src:
            t["pid"] = dst
    reg.alias[src] = dst


def add_cfmessias(reg, rows):
    """cfmessias heads of state / government: joined onto existing terms of the same person in the
    same country (marking those offices as head of state / government), else placed in the
    office the same person holds with that kind elsewhere, else in the country's generic
    head-of-state / head-of-government office."""
    index_terms(reg)
    by_pid_country = defaultdict(list)
    for t in reg.terms:
        by_pid_country[(t["pid"], t["office"].split(":")[0])].append(t)
    head_roles = {"hos": {"president", "monarch", "supreme leader", "co-prince", "captain regent", "head of state",
                          "governor-general"},
                  "hog": {"prime minister", "premier", "chancellor", "chief executive", "first minister",
                          "head of government", "president"}}
    # people without a QID (congress-legislators executive, IfG, FiveThirtyEight) holding the same
    # head office over the same dates with the same surname are the cfmessias person
    by_country_noqid = defaultdict(list)
    for t in reg.terms:
        if not QID_RE.match(t["pid"]):
            by_country_noqid[t["office"].split(":")[0]].append(t)
    for code, kind, qid, frm, to, label in rows:
        lo, hi = span(frm, to)
        sur = tokens(label)[-1:] if tokens(label) else []
        cands = set()
        for t in by_country_noqid.get(code, ()):
            o = reg.offices[t["office"]]
            if o["role"] not in head_roles[kind] or t["pid"] not in reg.people:
                continue
            tlo, thi = span(t["from"], t["to"])
            ov = min(hi, thi) - max(lo, tlo)
            if ov < 0 or ov < 0.5 * min(hi - lo, thi - tlo):
                continue
            p = reg.people[t["pid"]]
            if any(tokens(n)[-1:] == sur for n in [n for _, n in p.enwiki + p.labels]):
                cands.add(t["pid"])
        if len(cands) == 1:
            src = sorted(cands)[0]
            merge_person(reg, src, qid)
            reg.counts["people without a QID joined to a cfmessias head"] += 1
            for t in reg.terms:
                if t["pid"] == qid:
                    by_pid_country[(qid, t["office"].split(":")[0])].append(t)
            for c_ in by_country_noqid:
                by_country_noqid[c_] = [t for t in by_country_noqid[c_] if t["pid"] != qid]
    pending = []
    for code, kind, qid, frm, to, label in rows:
        lo, hi = span(frm, to)
        best = None
        for t in by_pid_country.get((qid, code), ()):
            o = reg.offices[t["office"]]
            tlo, thi = span(t["from"], t["to"])
            if tlo <= hi and lo <= thi and (o["role"] in head_roles[kind] or o["kind"]):
                ov = min(hi, thi) - max(lo, tlo)
                if best is None or ov > best[0]:
                    best = (ov, t["office"])
        if best:
            reg.offices[best[1]]["kind"].add(kind)
            reg.add_term(qid, best[1], frm, to, "cfm")
            if pt_label_ok(code, label):
                reg.add_label(qid, label, 2)
            reg.counts["cfm rows joined to a known office"] += 1
        else:
            pending.append((code, kind, qid, frm, to, label))
    # offices by country and kind after the joins
    kind_office = defaultdict(Counter)
    for oid, o in reg.offices.items():
        for k in o["kind"]:
            kind_office[(o["country"], k)][oid] += 1
    role_of_qid = defaultdict(set)
    for t in reg.terms:
        o = reg.offices[t["office"]]
        if o["role"] in ("monarch", "president", "prime minister", "governor-general"):
            role_of_qid[t["pid"]].add(o["role"])
    # the same person as both head of state and of government over the same dates (a presidential
    # system): one term, in the country's presidency when it has one
    both = set()
    keyed = defaultdict(list)
    for row in pending:
        keyed[(row[0], row[2])].append(row)
    merged_pending = []
    for row in pending:
        code, kind, qid, frm, to, label = row
        if kind == "hog":
            twins = [r for r in keyed[(code, qid)] if r[1] == "hos" and overlaps_most(span(r[3], r[4]), span(frm, to))]
            if twins:
                continue
        if kind == "hos":
            twins = [r for r in keyed[(code, qid)] if r[1] == "hog" and overlaps_most(span(r[3], r[4]), span(frm, to))]
            if twins:
                both.add(row)
        merged_pending.append(row)
    pending = merged_pending
    # head offices of each country, with their holders' spans, to find rows contradicting them
    held = defaultdict(list)
    for t in reg.terms:
        o = reg.offices[t["office"]]
        if o["exclusive"] and o["kind"]:
            for k in o["kind"]:
                held[(o["country"], k)].append((t["pid"], span(t["from"], t["to"])))
    # collective heads (several at once in this source: the Swiss Federal Council, the Bosnian
    # presidency) have no exclusive office to go to
    collective = set()
    groups = defaultdict(list)
    for row in pending:
        groups[(row[0], row[1])].append(row)
    for key in sorted(groups):
        ev = []
        for row in groups[key]:
            nw = narrow(row[3], row[4]) if row[4] else None
            if nw and nw[1] - nw[0] > 60:
                ev += [(nw[0] + 30, 1, row[2]), (nw[1] - 30, -1, row[2])]
        cur, mx = Counter(), 0
        for _, d, q in sorted(ev):
            cur[q] += d
            mx = max(mx, sum(1 for v in cur.values() if v > 0))
        if mx >= 3:
            collective.add(key)
    for row in pending:
        code, kind, qid, frm, to, label = row
        if (code, kind) in collective:
            reg.notes["cfm: rows of collective heads (three or more at once) left out"] += 1
            continue
        lo, hi = span(frm, to) if to else (span(frm, frm)[0], span(frm, frm)[0] + 365)
        if any(pid != qid and min(hi, h) - max(lo, l_) > 60 for pid, (l_, h) in held[(code, kind)]):
            reg.notes["cfm: rows contradicting another source's head of the same country left out"] += 1
            continue
        known = qid in reg.people and (reg.people[qid].enwiki or reg.people[qid].labels)
        if not known and not pt_label_ok(code, label):
            reg.notes["cfm: rows left out (no English name for the person)"] += 1
            continue
        if not frm:
            reg.notes["cfm: rows of no other source without a start date left out"] += 1
            continue
        oid = None
        # same person, same country, an office of that kind at another time
        for t in by_pid_country.get((qid, code), ()):
            if kind in reg.offices[t["office"]]["kind"]:
                oid = t["office"]
                break
        if oid is None and kind == "hos" and "monarch" in role_of_qid.get(qid, ()):
            oid = f"{code}:monarch"
            reg.add_office(oid, code, "monarch", 1, None, "hos")
        if oid is None and row in both and reg.offices.get(f"{code}:president", {}).get("role") == "president":
            oid = f"{code}:president"
            reg.offices[oid]["kind"].add("hog")
        if oid is None and frm >= "1945":
            # since 1945: the office most heads of that kind of the country hold in the other
            # sources, when it is a presidency (head of state) or a premiership (head of government)
            top = sorted(kind_office[(code, kind)].items(), key=lambda x: (-x[1], x[0]))
            want = {"hos": "president", "hog": "prime minister"}[kind]
            if top and reg.offices[top[0][0]]["role"] == want and row not in both:
                oid = top[0][0]
        if oid is None:
            role = {"hos": "head of state", "hog": "head of government"}[kind]
            oid = f"{code}:{slug(role)}"
            reg.add_office(oid, code, role, 1, None, kind)
            reg.counts["cfm rows in a generic head office"] += 1
        else:
            reg.counts["cfm rows placed in the person's office"] += 1
        reg.offices[oid]["kind"].add(kind)
        if row in both:
            reg.offices[oid]["kind"].add("hog")
        if pt_label_ok(code, label):
            reg.add_label(qid, label, 2)
        reg.add_term(qid, oid, frm, to, "cfm")


def overlaps_most(a, b):
    ov = min(a[1], b[1]) - max(a[0], b[0])
    return ov >= 0 and ov >= 0.5 * min(a[1] - a[0], b[1] - b[0])


def load_ep_names(reg, root):
    """EveryPolitician name strings (other languages' labels) for people known by QID."""
    base = os.path.join(root, "everypolitician-2015")
    ep_qid = {}
    for r in read_csv(os.path.join(base, "person-wikidata-map.csv")):
        q = clean(r["wikidata"])
        if QID_RE.match(q):
            ep_qid[clean(r["ep_id"])] = reg.resolve(q)
            if q in reg.people:
                reg.add_gender(q, r["gender"], 5)
                reg.add_born(q, r["birth_date"], 5)
    # transliterations matter for names first written in another script; for others (John Kerry)
    # a Latvian or Azeri spelling is not one English copy uses, and would hide misspellings
    non_latin_people = set()
    for t in reg.terms:
        if t["office"].split(":")[0] in NON_LATIN_SCRIPT:
            non_latin_people.add(reg.resolve(t["pid"]))
    added = 0
    seen = 0
    datadir = os.path.join(base, "data")
    for country in sorted(os.listdir(datadir)):
        cdir = os.path.join(datadir, country)
        if not os.path.isdir(cdir):
            continue
        for leg in sorted(os.listdir(cdir)):
            path = os.path.join(cdir, leg, "names.csv")
            if not os.path.exists(path):
                continue
            for r in read_csv(path):
                q = ep_qid.get(clean(r["id"]))
                if not q or q not in reg.people:
                    continue
                seen += 1
                n = person_name(r["name"])
                if not n:
                    continue
                p = reg.people[q]
                known = [x for _, x in p.enwiki + p.labels]
                if not known:
                    continue
                if q in non_latin_people:
                    ok = looks_like(n, known) and len(n.split()) >= min(2, len(known[0].split()))
                else:
                    # a fuller form of the name only ("Alexander Boris de Pfeffel Johnson")
                    ok = any(set(tokens(k)) <= set(tokens(n)) and fold(k) != fold(n) for k in known)
                if ok:
                    if n not in p.variants:
                        p.variants.add(n)
                        p.sources.add("ep")
                        added += 1
    reg.counts["ep names seen for known people"] = seen
    reg.counts["ep Latin-script variants added"] = added


def load_curated(reg, path):
    people = {}
    offices = []
    terms = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            kind = cols[0]
            if kind == "office":
                _, oid, country, role, excl, titles = cols
                offices.append((oid, country, role, int(excl), titles.split("|") if titles else []))
            elif kind == "person":
                _, name, variants, gender, born = cols
                people[name] = (variants.split("|") if variants else [], gender, born)
            elif kind == "term":
                _, name, oid, frm, to = cols
                terms.append((name, oid, frm, to))
            else:
                raise SystemExit(f"{path}: unknown row type {kind!r}")
    for oid, country, role, excl, titles in offices:
        kind = ROLE_INFO.get(role, (1, ""))[1]
        reg.add_office(oid, country, role, excl, None)
        for t in titles:
            reg.add_office(oid, country, role, excl, t)
    # names -> existing people, only when exactly one person has that name
    by_name = defaultdict(set)
    for pid in sorted(reg.people):
        p = reg.people[pid]
        for n in [n for _, n in p.enwiki + p.labels] + sorted(p.variants):
            by_name[fold(n)].add(pid)
    listed = []
    for name, oid, frm, to in terms:
        variants, gender, born = people.get(name, ([], "", ""))
        cands = by_name.get(fold(name), set())
        pid = sorted(cands)[0] if len(cands) == 1 else f"curated:{slug(name)}"
        reg.add_label(pid, name, 8)
        for v in variants:
            reg.add_variant(pid, v)
        reg.add_gender(pid, gender, 9)
        reg.add_born(pid, born, 9)
        reg.add_term(pid, oid, frm, to, "curated")
        listed.append((name, pid, oid, frm, to))
        reg.counts["curated terms"] += 1
    return listed, offices


def load_nicknames(root):
    pairs = set()
    for r in read_csv(os.path.join(root, "nicknames", "names.csv")):
        if clean(r["relationship"]) != "has_nickname":
            continue
        a, b = clean(r["name1"]).lower(), clean(r["name2"]).lower()
        if a and b and a != b and re.match(r"^[a-z][a-z' .-]*$", a) and re.match(r"^[a-z][a-z' .-]*$", b):
            pairs.add((a, b))
    return sorted(pairs)


# ---------------------------------------------------------------------------------------------
# Terms: merging and closing


def merge_terms(reg):
    """One row per term. Within a source, overlapping or touching terms of one person in one
    office are one term (Congress: consecutive terms with a recess gap are one service). Across
    sources, a term overlapping most of a better source's term is the same term: its source is
    added and it only refines a coarser date, fills an unknown start or closes an open end."""
    groups = defaultdict(list)
    for t in reg.terms:
        t["pid"] = reg.resolve(t["pid"])
        groups[(t["pid"], t["office"])].append(t)
    out = []
    dups = stale = 0
    for key in sorted(groups):
        ts = groups[key]
        congress = key[1] in ("us:senator", "us:representative", "us:delegate")
        by_src = defaultdict(list)
        for t in ts:
            by_src[sorted(t["src"])[0]].append(t)
        accepted = []
        for src in sorted(by_src, key=lambda s: SOURCE_RANK[s]):
            merged = merge_same_source(by_src[src], gap=120 if congress else 1)
            for t in merged:
                lo, hi = span(t["from"], t["to"])
                best = None
                for a in accepted:
                    alo, ahi = span(a["from"], a["to"])
                    ov = min(hi, ahi) - max(lo, alo)
                    if ov < 0:
                        continue
                    short = min(hi - lo, ahi - alo)
                    if ov >= 0.5 * short or ov >= 365 or (not t["from"] and not a["from"]):
                        if best is None or ov > best[0]:
                            best = (ov, a)
                if best:
                    refine(best[1], t)
                    dups += 1
                else:
                    accepted.append(t)
        for t in accepted:
            if t["src"] == {"pcd"} and t["from"] and t["from"] < "2021-11":
                # a page entry dated before the page series began, with no other source: a
                # stale entry (e.g. a 1995 minister shown for one snapshot in 2021)
                stale += 1
                continue
            out.append(t)
    reg.counts["duplicate terms merged across sources"] = dups
    reg.notes["pcd: terms starting before 2021-11 found in no other source left out"] = stale
    reg.terms = out


def merge_same_source(ts, gap):
    ts = sorted(ts, key=lambda t: (span(t["from"], t["to"]), t["from"], t["to"]))
    out = []
    for t in ts:
        t = dict(t, src=set(t["src"]))
        if out:
            prev = out[-1]
            plo, phi = span(prev["from"], prev["to"])
            lo, hi = span(t["from"], t["to"])
            if lo <= phi + gap:
                # union of the two
                if hi > phi:
                    prev["to"] = t["to"]
                elif not t["to"]:
                    prev["to"] = ""
                if not prev["from"] or (t["from"] and d_lo(t["from"]) == plo and prec(t["from"]) > prec(prev["from"])):
                    prev["from"] = t["from"] or prev["from"]
                continue
        out.append(t)
    return out


def refine(a, t):
    """Term `a` (better source) takes what `t` adds: finer dates inside its own, an unknown
    start, a closed end for an open one."""
    a["src"] |= t["src"]
    if not a["from"] and t["from"]:
        a["from"] = t["from"]
    elif t["from"] and prec(t["from"]) > prec(a["from"]) and d_lo(a["from"]) <= d_lo(t["from"]) <= d_hi(a["from"]):
        a["from"] = t["from"]
    if not a["to"] and t["to"]:
        if not a["from"] or d_lo(t["to"]) >= d_lo(a["from"]):
            a["to"] = t["to"]
    elif a["to"] and t["to"] and prec(t["to"]) > prec(a["to"]) and d_lo(a["to"]) <= d_lo(t["to"]) <= d_hi(a["to"]):
        a["to"] = t["to"]


def drop_stale_open(reg):
    """A Wikidata-derived term (pc, pcd, cfm) left open although it began more than 30 years
    before the source's snapshot is a missing end, not a 30-year tenure, unless the office is a
    monarchy or presidency: such terms are left out."""
    keep = []
    n = 0
    for t in reg.terms:
        if not t["to"] and t["from"] and t["src"] <= {"pc", "pcd", "cfm"}:
            o = reg.offices[t["office"]]
            snap = min(int(SNAPSHOT[s][:4]) for s in t["src"])
            if int(t["from"][:4]) < snap - 30 and not (o["kind"] & {"hos"}) and \
                    o["role"] not in ("monarch", "president", "supreme leader", "head of state", "co-prince"):
                n += 1
                continue
        keep.append(t)
    reg.terms = keep
    reg.notes["terms open for over 30 years in no-monarchy offices (missing ends) left out"] = n


def close_superseded(reg):
    """In an exclusive office, a term left open (no end in the source) that a later holder's
    term starts after is over: its end becomes the successor's start, and the row is marked
    with the source code 'end-inferred'."""
    by_office = defaultdict(list)
    for t in reg.terms:
        by_office[t["office"]].append(t)
    n = 0
    for oid in sorted(by_office):
        o = reg.offices[oid]
        if not o["exclusive"]:
            continue
        ts = sorted(by_office[oid], key=lambda t: (span(t["from"], t["to"])[0], t["pid"]))
        for i, t in enumerate(ts):
            if t["to"] or not t["from"]:
                continue
            lo = d_lo(t["from"])
            later = [u for u in ts if u["pid"] != t["pid"] and u["from"] and d_lo(u["from"]) > lo
                     and (prec(u["from"]) >= 2 or int(u["from"][:4]) > int(t["from"][:4]))]
            if later:
                nxt = min(later, key=lambda u: (d_lo(u["from"]), u["pid"]))
                t["to"] = nxt["from"]
                t["src"].add(INFERRED_END)
                n += 1
    reg.counts["open ends closed by a successor (end-inferred)"] = n


def demote_shared_offices(reg):
    """An office marked exclusive whose closed terms show three or more holders at once for a
    month or more (counting only the days each term surely covers, and an open term's first
    year) is not exclusive (a council, a bench, several directors under one label)."""
    by_office = defaultdict(list)
    for t in reg.terms:
        by_office[t["office"]].append(t)
    demoted = []
    for oid in sorted(by_office):
        o = reg.offices[oid]
        if not o["exclusive"] or o["kind"] & {"hos", "hog"} and o["role"] in ("president", "prime minister", "monarch"):
            continue
        ev = []
        for t in by_office[oid]:
            nw = narrow(t["from"], t["to"])
            if nw is None:
                continue
            if not t["to"]:
                # an open end may be a missing one: count the first year only
                nw = (nw[0], nw[0] + 365)
            if nw[1] - nw[0] < 30:
                continue
            lo, hi = nw
            ev.append((lo + 15, 1, t["pid"]))
            ev.append((hi - 15, -1, t["pid"]))
        ev.sort()
        cur = Counter()
        mx = 0
        for _, d, pid in ev:
            cur[pid] += d
            mx = max(mx, sum(1 for v in cur.values() if v > 0))
        if mx >= 3:
            o["exclusive"] = 0
            demoted.append(oid)
    reg.counts["offices found shared by the data (exclusive -> 0)"] = len(demoted)
    return demoted


# ---------------------------------------------------------------------------------------------
# Output


def field(s):
    s = clean(s)
    assert "\t" not in s and "\n" not in s
    return s


def write_tsv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("#" + "\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(field(x) for x in r) + "\n")


def finish_people(reg):
    rows = []
    dropped = 0
    for pid in sorted(reg.people):
        p = reg.people[pid]
        en = sorted(p.enwiki)[0][1] if p.enwiki else ""
        lab = sorted(p.labels)[0][1] if p.labels else ""
        canonical = choose_canonical(en, lab)
        if not canonical:
            dropped += 1
            continue
        variants = {v for v in p.variants | {n for _, n in p.enwiki} | {n for _, n in p.labels}}
        variants = {v.replace("|", " ") for v in variants if v != canonical}
        variants = sorted(variants, key=lambda v: (fold(v), v))
        gender = sorted(p.gender)[0][1] if p.gender else ""
        born = sorted(p.born)[0][1] if p.born else ""
        rows.append((pid, canonical, "|".join(variants), gender, born))
    return rows, dropped


def build(root, out_dir, curated_path=CURATED_PATH, quiet=False):
    countries = Countries()
    reg = Registry(countries)
    enwiki_qid = load_peppercat(reg, root)
    load_peppercat_derived(reg, root)
    load_congress(reg, root, enwiki_qid)
    persons, short_ids, used = load_ifg(reg, root)
    join_ifg(reg, persons, short_ids, used)
    join_executive(reg)
    fte = load_fivethirtyeight(reg, root)
    add_fivethirtyeight(reg, fte)
    cfm = load_cfmessias(reg, root)
    add_cfmessias(reg, cfm)
    curated, curated_offices = load_curated(reg, curated_path)
    load_ep_names(reg, root)
    # titles: copy forms of the office and of its generic role
    for oid, o in reg.offices.items():
        for t in EXTRA_TITLES.get(oid, []):
            o["titles"].add(t)
        if o["role"] in ROLE_TITLE_OK and oid == f"{o['country']}:{slug(o['role'])}":
            o["titles"].add(title_case(o["role"]))
        if o["role"] == "monarch" and not o["titles"]:
            o["titles"].update({"Monarch", "King", "Queen"})
    merge_terms(reg)
    demoted = demote_shared_offices(reg)
    drop_stale_open(reg)
    close_superseded(reg)

    people_rows, dropped = finish_people(reg)
    known = {r[0] for r in people_rows}
    terms_rows = []
    for t in reg.terms:
        if t["pid"] not in known:
            reg.notes["terms dropped: person without a usable name"] += 1
            continue
        src = "|".join(sorted(t["src"], key=lambda s: (SOURCE_RANK.get(s, 99), s)))
        terms_rows.append((t["pid"], t["office"], t["from"], t["to"], src))
    terms_rows = sorted(set(terms_rows), key=lambda r: (r[0], r[1], r[2], r[3], r[4]))
    with_terms = {r[0] for r in terms_rows}
    first_start = {}
    for r in terms_rows:
        if r[2]:
            first_start[r[0]] = min(first_start.get(r[0], 9999), int(r[2][:4]))
    fixed = []
    for r in people_rows:
        if r[4] and int(r[4]) > first_start.get(r[0], 9999) - 16:
            reg.notes["birth years dropped: later than 16 years before the first term"] += 1
            r = r[:4] + ("",)
        fixed.append(r)
    people_rows = fixed
    reg.notes["people left out: no office term left"] = sum(1 for r in people_rows if r[0] not in with_terms)
    people_rows = [r for r in people_rows if r[0] in with_terms]
    used_offices = {r[1] for r in terms_rows}
    office_rows = []
    for oid in sorted(used_offices):
        o = reg.offices[oid]
        titles = sorted({t.replace("|", " ") for t in o["titles"]}, key=lambda t: (t.lower(), t))
        office_rows.append((oid, o["country"], o["role"], str(o["exclusive"]), "|".join(titles)))
    used_countries = {r[1] for r in office_rows} | {"un", "eu", "nato"}
    country_rows = []
    for r in countries.rows:
        if r["code"] in used_countries or r["un"]:
            country_rows.append((r["code"], "|".join(r["names"]), "|".join(r["adjectives"])))
    country_rows.sort()
    nick_rows = load_nicknames(root)

    os.makedirs(out_dir, exist_ok=True)
    write_tsv(os.path.join(out_dir, "people.tsv"), ["pid", "canonical", "variants", "gender", "born"], people_rows)
    write_tsv(os.path.join(out_dir, "terms.tsv"), ["pid", "office", "from", "to", "source"], terms_rows)
    write_tsv(os.path.join(out_dir, "offices.tsv"), ["office", "country", "role", "exclusive", "titles"], office_rows)
    write_tsv(os.path.join(out_dir, "countries.tsv"), ["code", "names", "adjectives"], country_rows)
    write_tsv(os.path.join(out_dir, "nicknames.tsv"), ["given", "nickname"], nick_rows)

    # checks and counts
    report = []
    p_ = lambda s="": report.append(s)  # noqa: E731
    per_source_terms = Counter()
    for r in terms_rows:
        for s in r[4].split("|"):
            per_source_terms[s] += 1
    per_source_people = Counter()
    term_people = defaultdict(set)
    for r in terms_rows:
        for s in r[4].split("|"):
            term_people[s].add(r[0])
    for s, v in term_people.items():
        per_source_people[s] = len(v)
    p_(f"people: {len(people_rows)}")
    p_(f"office terms: {len(terms_rows)}")
    p_(f"offices: {len(office_rows)}")
    p_(f"countries: {len(country_rows)} (with offices: {len({r[1] for r in office_rows})})")
    p_(f"nicknames: {len(nick_rows)}")
    p_("per source (terms / people):")
    for s in SOURCE_ORDER + [INFERRED_END]:
        p_(f"  {s:13s} {per_source_terms[s]:6d} / {per_source_people[s]:6d}")
    p_("build steps:")
    for k in sorted(reg.counts):
        p_(f"  {k}: {reg.counts[k]}")
    for k in sorted(reg.notes):
        p_(f"  {k}: {reg.notes[k]}")
    p_(f"  people dropped (no usable name): {dropped}")
    # bars
    missing = heads_check(reg, terms_rows, office_rows, countries)
    p_("heads of state and government of UN members, 2000-2024:")
    p_(f"  UN members with both: {193 - len(missing)} of 193")
    for code, what in missing:
        p_(f"  missing {what}: {code} ({countries.names(code)[0]})")
    p_(f"exclusive offices with two holders at once for more than 90 sure days (source conflicts): "
       f"{exclusive_conflicts(terms_rows, office_rows)}")
    bars = bar_checks(terms_rows, office_rows)
    p_("bars:")
    for k, v in bars:
        p_(f"  {k}: {v}")
    sizes = {fn: os.path.getsize(os.path.join(out_dir, fn)) for fn in
             ("people.tsv", "terms.tsv", "offices.tsv", "countries.tsv", "nicknames.tsv")}
    p_("file sizes (bytes): " + ", ".join(f"{k} {v}" for k, v in sorted(sizes.items())) +
       f"; total {sum(sizes.values())}")
    write_sources_md(os.path.join(out_dir, "SOURCES.md"), root, report, curated, curated_offices, missing,
                     office_rows)
    sizes["SOURCES.md"] = os.path.getsize(os.path.join(out_dir, "SOURCES.md"))
    report.append(f"total with SOURCES.md: {sum(sizes.values())} bytes")
    if not quiet:
        print("\n".join(report))
    return report


def heads_check(reg, terms_rows, office_rows, countries):
    lo, hi = datetime.date(2000, 1, 1).toordinal(), datetime.date(2024, 12, 31).toordinal()
    office_kind = {}
    for oid, o in reg.offices.items():
        k = set(o["kind"])
        national = oid == f"{o['country']}:{slug(o['role'])}"
        if not national:
            k = set()  # "Premier of Ontario" is not Canada's head of government
        elif o["role"] in ("president", "monarch", "supreme leader", "head of state", "co-prince", "captain regent"):
            k.add("hos")
        if national and (o["role"] in ("prime minister", "premier", "head of government", "chief executive",
                                       "first minister") or (o["role"] == "chancellor" and o["country"] in ("de", "at"))):
            k.add("hog")
        office_kind[oid] = k
    have = defaultdict(set)
    for pid, oid, frm, to, src in terms_rows:
        tlo, thi = span(frm, to)
        if tlo <= hi and lo <= thi:
            for k in office_kind.get(oid, ()):
                have[oid.split(":")[0]].add(k)
    missing = []
    for r in countries.rows:
        if not r["un"]:
            continue
        h = have.get(r["code"], set())
        if "hos" not in h:
            missing.append((r["code"], "head of state"))
        if "hog" not in h:
            missing.append((r["code"], "head of government"))
    return missing


def exclusive_conflicts(terms_rows, office_rows):
    excl = {r[0] for r in office_rows if r[3] == "1"}
    by = defaultdict(list)
    for pid, oid, frm, to, src in terms_rows:
        if oid in excl:
            nw = narrow(frm, to)
            if nw:
                by[oid].append((nw, pid))
    n = 0
    for oid in sorted(by):
        ts = sorted(by[oid])
        if any(a[1] != b[1] and min(a[0][1], b[0][1]) - max(a[0][0], b[0][0]) > 90
               for i, a in enumerate(ts) for b in ts[i + 1:]):
            n += 1
    return n


def bar_checks(terms_rows, office_rows):
    out = []

    def people(pred):
        rows = [r for r in terms_rows if pred(r)]
        return f"{len(rows)} terms, {len({r[0] for r in rows})} people"
    since = lambda r, y: not r[3] or r[3] >= y  # noqa: E731
    out.append(("US senators in office since 1981", people(lambda r: r[1] == "us:senator" and since(r, "1981"))))
    out.append(("US representatives and delegates in office since 1981",
                people(lambda r: r[1] in ("us:representative", "us:delegate") and since(r, "1981"))))
    out.append(("US presidents and vice presidents since 1977",
                people(lambda r: r[1] in ("us:president", "us:vice-president") and since(r, "1977"))))
    out.append(("US cabinet-level terms from FiveThirtyEight (Carter..Biden)",
                people(lambda r: "538" in r[4].split("|"))))
    cab = {"us:secretary-of-state", "us:finance-minister", "us:defence-minister", "us:attorney-general"}
    out.append(("US Secretaries of State, Treasury, Defense and Attorneys General since 1977",
                people(lambda r: r[1] in cab and since(r, "1977"))))
    out.append(("UK ministerial terms from IfG (since 1979)", people(lambda r: "ifg" in r[4].split("|"))))
    out.append(("UK Prime Ministers since 1979", people(lambda r: r[1] == "gb:prime-minister" and since(r, "1979"))))
    return out


SOURCES_TEXT = """# Names registry: sources

Built by `tools/build_registry.py` from the raw sources folder (described by its MANIFEST.txt)
and the hand-curated rows of `tools/registry-curated.tsv`:

    python3 tools/build_registry.py /path/to/registry-sources --out rules/knowledge/registry

Files (UTF-8, tab-separated, one `#` header line, sorted):

- `people.tsv` `pid canonical variants gender born`: `pid` is the Wikidata QID when a source
  gives one (a separate `wikidata` column would only repeat it, so there is none), else
  `bioguide:<id>` (US Congress, US presidents), `govtrack:<id>` (a US president with neither),
  `ifg:<first 8 hex digits of the IfG person id>` (UK ministers), `fte:<name>` (FiveThirtyEight
  cabinet members), `curated:<name>`. `canonical` is the name as English copy writes it (English
  Wikipedia title without disambiguator or peerage, or the English label; the shorter when one
  is the other without middle names or honorifics). `variants` are `|`-separated accepted
  spellings (full names, nickname forms, peerage styles, other sources' spellings,
  transliterations). `gender` `f`/`m`/empty, `born` a year or empty.
- `terms.tsv` `pid office from to source`: dates `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as precise
  as the source; empty `from` = start unknown; empty `to` = in office at the snapshot of the
  source(s) named (see below). `source` is `|`-separated source codes, best first.
- `offices.tsv` `office country role exclusive titles`. A country's own office for a generic role
  has the id `<country>:<role with hyphens>` (`fr:foreign-minister`, `gb:prime-minister`,
  `us:secretary-of-state`); an office of a place inside it or of a destination is qualified
  (`us:governor-of-california`, `ca:premier-of-ontario`, `fr:ambassador-to-us`) and shares the
  role word only for governor, lieutenant governor, mayor, premier, chief minister, first
  minister, minister-president, prefect, intendant and ambassador. `exclusive` 1 = one holder at a
  time. `titles` (`|`-separated): the source labels and copy forms ("Foreign Secretary",
  "Sen.", "Congresswoman"), plus the role in title case for a country's own generic office.
- `countries.tsv` `code names adjectives`.
- `nicknames.tsv` `given nickname`.

## Source codes, licences, what was taken

| code | source | repository, commit | licence | snapshot |
|---|---|---|---|---|
| `cl` | congress-legislators | unitedstates/congress-legislators, main dfa9622263dd4c8d08636926e498f1845704d7eb; CSVs from gh-pages 61c9ce6a4b093e76e1244a53ada21d8d30981f42 | CC0 1.0 | 2026-06-15 |
| `ep` | EveryPolitician (2015 fork) | tijmenb/everypolitician-data 0642e77ac8a13bcd8017b245825c3aba349d3e6a | none stated; facts used with attribution | 2015-11-30 |
| `pc` | Peppercat world leaders (Wikidata P39) | peppercatorg/site-build efd4378c56c215b68c43c503550113ea88c47849 | Wikidata-derived (CC0); attribution to Peppercat/Wikidata | 2023-01-20 |
| `pcd` | Peppercat current-holder pages, 2021-11..2025-01 (derived) | peppercatorg/site-build, history to 4940eac4c8df36c9465f5c988a68b24ede6cee60 | as `pc` | 2025-01-31 |
| `ifg` | IfG Ministers Database | instituteforgov/ifg-ministers-database-public 92e227025645607913912d9d8312b7421a437bd3 | CC BY 4.0 | 2026-06-19 |
| `538` | FiveThirtyEight cabinet turnover | fivethirtyeight/data, cabinet-turnover/ changed in 88bab40f67cf04b11482f2f1e1a31a5fe72ed9a1 (HEAD fcf572c4fba05a42f1f34f415bd5e6dc389efd68) | CC BY 4.0 | 2023-02-10 |
| `cfm` | Wikidata heads of state/government (cfmessias/geografia) | cfmessias/geografia 2e1e3b9cf6bff86186ae26376a2deafdbd9c67e3 | none stated (Wikidata query output, CC0 facts); attribution | 2025-10-03 |
| `curated` | hand-curated rows, `tools/registry-curated.tsv` | this project | as the project | 2026-06 |
| `end-inferred` | not a source: marks a term whose open end was closed at the next holder's start (see below) | | | |
| nicknames | `nicknames` 1.0.1 (PyPI; Carlton Northern, Nick Crews) | PyPI package | Apache-2.0 | |

Licence notes: the Peppercat site offers its own curated dataset under CC BY-NC 4.0 on request;
the CSVs used here are its published Wikidata query output, which carries no licence of its own
(Wikidata is CC0), and the registry ships re-arranged facts (names, offices, dates), not the CSVs.
The MANIFEST asks to confirm with Peppercat before shipping its rows verbatim. The
EveryPolitician 2015 files and the cfmessias files state no licence; they are used as facts
with attribution.

Required attributions:

- "Contains information from the IfG Ministers Database, Institute for Government, licensed
  under CC BY 4.0 (https://www.instituteforgovernment.org.uk/ministers-database)."
- "Contains data from FiveThirtyEight (https://github.com/fivethirtyeight/data, cabinet-turnover),
  licensed under CC BY 4.0."
- "Office-holder data derived from Wikidata (CC0) via Peppercat (Tony Bowden, peppercat.org),
  cfmessias/geografia and EveryPolitician (mySociety)."
- "US Congress and executive data from the @unitedstates congress-legislators project (CC0)."
- "Nickname pairs from the `nicknames` package (Apache License 2.0)."

What was taken from each:

- `cl`: every member of Congress who sat at any time since September 2012, with all their
  terms (the derived union of legislators-current.yaml versions) and their name parts (first,
  middle, last, nickname, suffix, official full name), Wikipedia title, QID, gender, birth date;
  executive.yaml: every US president and vice president since 1789; legislators-historical.csv:
  the name parts, Wikipedia title, gender and birth date of earlier members (the CSV has no
  dates of office). Terms of territorial delegates and the resident commissioner go to
  `us:delegate`. A term's end after the snapshot (a scheduled end) is written as open.
- `ep`: House and Senate members of the 97th..114th Congress (1981-2017), joined on the bioguide
  id found in the image URL (bioguide -> QID from congress-legislators, the EveryPolitician Senate
  map, or the member's English Wikipedia title looked up in Peppercat's US legislators); the term
  is the Congress (3 January to 3 January) unless the row gives its own dates. `names.csv`:
  Latin-script name strings of people already in the registry by QID (via
  person-wikidata-map.csv): for people holding office in a country written in another script,
  transliterations with a word close to the surname; for the others, fuller forms of the name
  only. The other 238 legislatures' memberships are left out (a 2015 snapshot, and the size).
- `pc`: every row of leaders/*.csv (Wikidata P39 position held, end year >= 2000): heads of state
  and government, ministers, deputies, speakers, governors, ambassadors, party leaders and the
  other positions each country repository lists; the English Wikipedia title and English label
  for the name, gender and birth year (also from bio/*.csv). legislators/united-states.csv is
  used only to find the QID of Congress members (by their English Wikipedia title). The other
  legislators/ files are left out (100,000 people, mostly members of national and regional
  assemblies: size). In the UK file, a "Minister for ..." is a junior post (the cabinet posts
  are Secretaries of State).
- `pcd`: who each Peppercat page showed in office between 2021-11 and 2025-01 (compound titles
  split on " / "); the start is the page's "in office since", the end (when the entry
  disappeared) is written to the month of the snapshot that no longer showed it (the
  disappearance is known to within a few days). Rows without a QID or start are left out.
- `ifg`: all UK ministerial appointments since 1979 except whips and lords/baronesses in waiting
  (rank "Parl."). Secretaries of State, the Prime Minister, Deputy Prime Minister and the other
  cabinet-rank posts are exclusive offices mapped onto the generic roles; Ministers of State and
  Parliamentary Under-Secretaries (junior ministers) are kept, as non-exclusive offices with role
  `junior minister`, titled by the IfG post name. IfG people have no QID: they are joined to a
  Peppercat person only when exactly one QID person holding a UK office over overlapping dates
  has the same normalised name (titles such as Sir, Dame, Lord, Baroness removed), or to a
  cfmessias head of government holding the same office over the same dates with the same
  surname (Margaret Thatcher, John Major); the rest keep `ifg:` ids.
- `538`: every cabinet-level term Carter..Biden (M/D/YY dates, two-digit years: 30-99 = 19xx;
  "Aug. 1981" = 1981-08; "Still in office" = open; a term split across two administrations
  ("Bush admin" as end, "Reagan admin" as start) rejoined into one). A cabinet member is joined
  to the QID person holding the same office over overlapping dates with the same surname, or to
  the one US office holder with exactly that name; otherwise `fte:` ids.
- `cfm`: heads of state and government, all periods. A row is the same term as a Peppercat /
  congress-legislators term of the same person in the same country over overlapping dates (and
  marks that office as head of state / government); otherwise it goes to the office the person
  holds with that role at another time, to `<code>:monarch` for a monarch of several realms, or
  to the generic `<code>:head-of-state` / `<code>:head-of-government` office. Its labels are
  Portuguese-first: a person known only from this source is kept only when the label cannot
  differ from the English name (not a country written in another script, no Portuguese
  particles, no regnal numbers); 1 January dates are written as the year (the source lost the
  precision). Rows naming a body (e.g. the Swiss Federal Council) are left out.
- nicknames: the given-name -> nickname pairs, lower case, deduplicated.

## How terms were merged and closed

- Within one source, overlapping or touching terms of one person in one office are one row
  (Congress: consecutive terms separated by a recess of up to 120 days are one service).
- Across sources, a term that overlaps most of a better source's term (order: cl, ifg, 538, pc,
  pcd, cfm, ep, curated) is the same term: the better source's dates are kept, refined by a more
  precise date inside them, and an unknown start or an open end is filled from the other source.
- A Wikidata-derived term (pc, pcd, cfm) still open although it began more than 30 years before
  the source's snapshot is a missing end: it is left out, except in monarchies and presidencies.
- An open term in an exclusive office that a later holder's term starts after is closed at that
  start; the row carries `end-inferred` in `source`.
- An office whose terms show three or more holders at once for a month or more (counting only
  the days each term surely covers, and an open term's first year) is written as non-exclusive
  even when its role is normally exclusive: Peppercat labels are not unique, so one label can
  name several positions (a country's and its states' "Minister for Finance", the directors
  general of several agencies).
- Terms ending before they start, people with no usable Latin-script name (and their terms) and
  people left with no term are left out. The build prints how many.

## Known limits

- Peppercat rows carry the position's English label, not its Wikidata id: two positions with the
  same label in one country file (a federal and a regional minister) become one office. The
  build prints how many exclusive offices still show two holders at once for more than 90 days
  (source conflicts such as a Wikidata statement with a wrong end); the tool should not treat
  those as certain.
- Open ends mean "in office at the snapshot of the sources named": 2023-01 for `pc` alone,
  2025-01 when `pcd` is named, 2025-10 for `cfm`, 2026-06 for `cl` and `ifg`, 2023-02 for `538`.
- People are joined across sources on the Wikidata QID; without one, only by the rules above
  (IfG, FiveThirtyEight, US executive, cfmessias heads). Someone may therefore appear twice, once
  with a QID and once with a source id, when no rule could tell they are one person.
- US Congress members who left before 1981 are only present when another source has them.

## What was left out

- EveryPolitician memberships of the 238 other legislatures, and Peppercat legislators/ (about
  100,000 members of national and regional assemblies): size, and the 2015 snapshot's age.
- IfG whips and lords/baronesses in waiting (rank "Parl."): not offices copy names.
- cfmessias rows before 1900, rows without dates, rows naming a body (the Swiss Federal
  Council), collective heads (three or more at once), rows contradicting another source's head
  of the same country, and people known only by a Portuguese label that may differ from the
  English name.
- Peppercat current-holder entries dated before the page series began (2021-11) that no other
  source confirms (stale page entries).
- Rows without a QID (Peppercat current holders), Peppercat "world" rows that name no country.
- EveryPolitician name strings in other scripts; for people named in a Latin-script country only
  fuller forms of the name (a Latvian or Azeri spelling of "John Kerry" is not one English copy
  uses and would hide misspellings); for others, Latin transliterations close to the surname.
- congress-legislators union entries without a bioguide id (early versions of members' records,
  all also present with their id).
"""


def write_sources_md(path, root, report, curated, curated_offices, missing, office_rows):
    roles = Counter(r[2] for r in office_rows)
    generic = sorted(r for r in roles if r in ROLE_INFO or r.startswith("deputy ") and r[7:] in ROLE_INFO)
    lines = [SOURCES_TEXT]
    lines.append("## Roles\n")
    lines.append("Position labels are normalised onto these generic roles (office id = `<country>:<role>`"
                 " for a country's own office; qualified ids such as `us:governor-of-new-jersey` or"
                 " `fr:ambassador-to-us` for the others); the source label is kept in `titles`."
                 " A label that fits none keeps its own wording (lower case) as its role.\n")
    lines.append(", ".join(f"`{r}`" for r in generic) + "\n")
    lines.append("## Hand-curated rows (`curated`)\n")
    lines.append("Facts no source has, from general knowledge; every row's source is `curated`.\n")
    for oid, country, role, excl, titles in curated_offices:
        lines.append(f"- office `{oid}` ({role}, exclusive {excl})")
    for name, pid, oid, frm, to in curated:
        lines.append(f"- {name} (`{pid}`): `{oid}` {frm} .. {to or '(in office)'}")
    lines.append("")
    lines.append("## Heads of state and government of UN members, 2000-2024\n")
    if missing:
        lines.append("UN members without a head-of-state or head-of-government term overlapping 2000-2024"
                     " in the sources:\n")
        for code, what in missing:
            lines.append(f"- `{code}`: {what}. {MISSING_EXPLAINED.get((code, what), 'Not in the sources.')}")
        lines.append("")
    else:
        lines.append("Every UN member has both.\n")
    lines.append("## Counts printed by the build\n")
    lines.append("```")
    lines.extend(report)
    lines.append("```")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


MISSING_EXPLAINED = {
    ("sm", "head of government"): "San Marino's two Captains Regent are jointly head of state and of "
                                  "government; cfmessias has no head-of-government rows for San Marino and "
                                  "Peppercat lists the Captains Regent and the Secretaries of State only "
                                  "(the Secretary for Foreign and Political Affairs, the de facto head of "
                                  "government, is `sm:secretary-for-foreign-and-political-affairs`).",
}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sources", help="the registry-sources folder (with MANIFEST.txt)")
    ap.add_argument("--out", default=os.path.join(PROJECT_ROOT, "rules", "knowledge", "registry"),
                    help="output folder (default: rules/knowledge/registry under the project root)")
    ap.add_argument("--curated", default=CURATED_PATH, help="hand-curated rows (default: tools/registry-curated.tsv)")
    args = ap.parse_args(argv)
    if not os.path.exists(os.path.join(args.sources, "MANIFEST.txt")):
        raise SystemExit(f"{args.sources}: no MANIFEST.txt; give the registry-sources folder")
    build(args.sources, args.out, args.curated)


if __name__ == "__main__":
    main()
