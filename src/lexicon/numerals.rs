//! The words of numbers: numerals, scales, ordinals and fractions, the words that qualify, bound,
//! multiply and date a figure, and the units a number may carry.
//!
//! The number reader (`extract/number/`) reads by these tables, and its pre-filter (which words
//! may start a figure at all) is composed from the same tables here, so that a word taught to the
//! reader is never turned away before it is read. Currencies are not here: they are knowledge of
//! the world (`rules/knowledge/currencies.yaml`).

use super::{set, Valued, Words};
use crate::text::fnv::FnvSet;
use std::sync::LazyLock;

/// Cardinal number words ("twenty-five" is read from its parts). "fourty" is a common misspelling.
pub(crate) const CARDINALS: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("nil", 0.0),
    ("nought", 0.0),
    ("naught", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fourty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
];

/// Scale words; South Asian scales too ("30 lakh", "6 crore").
pub(crate) const SCALES: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("lac", 1e5),
    ("lacs", 1e5),
    ("lkh", 1e5),
    ("crore", 1e7),
    ("crores", 1e7),
];

/// Scale abbreviations glued to digits ("1.5bn", "200m", "5k"), as written: case matters ("M" is
/// a million, "MM" too).
pub(crate) const GLUED_SCALES: &[(&str, f64)] = &[
    ("k", 1e3),
    ("K", 1e3),
    ("m", 1e6),
    ("mn", 1e6),
    ("mln", 1e6),
    ("M", 1e6),
    ("mil", 1e6),
    ("MM", 1e6),
    ("b", 1e9),
    ("bn", 1e9),
    ("bln", 1e9),
    ("B", 1e9),
    ("tn", 1e12),
    ("trn", 1e12),
    ("tln", 1e12),
];

/// Glued scales also read when a space parts them from the digits ("10 bln"): the longer ones,
/// which no word of the text is.
pub(crate) const SPACED_SCALES: &[&str] = &["bn", "bln", "mln", "mn", "tn", "tln", "trn"];

/// Glued scales read spaced after a sum of money ("$5 m").
pub(crate) const SPACED_SCALES_AFTER_MONEY: &[&str] = &["m", "k"];

/// Glued scales read spaced when a clause ends with them ("2.33 k."), as written.
pub(crate) const SPACED_SCALES_AT_END: &[&str] = &["k", "K"];

/// Ordinal words; compounds ("twenty-first", "thirtyfirst") are read from their parts.
pub(crate) const ORDINALS: &[(&str, f64)] = &[
    ("first", 1.0),
    ("second", 2.0),
    ("third", 3.0),
    ("fourth", 4.0),
    ("fifth", 5.0),
    ("sixth", 6.0),
    ("seventh", 7.0),
    ("eighth", 8.0),
    ("ninth", 9.0),
    ("tenth", 10.0),
    ("eleventh", 11.0),
    ("twelfth", 12.0),
    ("thirteenth", 13.0),
    ("fourteenth", 14.0),
    ("fifteenth", 15.0),
    ("sixteenth", 16.0),
    ("seventeenth", 17.0),
    ("eighteenth", 18.0),
    ("nineteenth", 19.0),
    ("twentieth", 20.0),
    ("thirtieth", 30.0),
    ("fortieth", 40.0),
    ("fiftieth", 50.0),
    ("sixtieth", 60.0),
    ("seventieth", 70.0),
    ("eightieth", 80.0),
    ("ninetieth", 90.0),
    ("hundredth", 100.0),
    ("thousandth", 1000.0),
    ("millionth", 1e6),
    ("billionth", 1e9),
    ("trillionth", 1e12),
];

/// Ordinal suffixes glued to digits ("21st") or to a day ("May 6th").
pub(crate) const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];

/// Denominators that are not ordinals, with whether they are plural ("a half", "three quarters").
pub(crate) const HALVES_AND_QUARTERS: &[(&str, f64, bool)] =
    &[("half", 2.0, false), ("halves", 2.0, true), ("quarter", 4.0, false), ("quarters", 4.0, true)];

/// The articles that read as one before a scale, a fraction or a unit ("a hundred", "a third",
/// "an hour").
pub(crate) const ARTICLES: &[&str] = &["a", "an"];

/// Twelve, as a number of its own ("a dozen schools") and a scale ("three dozen").
pub(crate) const DOZEN: &str = "dozen";

/// Twelve as a scale after a numeral, abbreviations included ("three dozen", "4 doz").
pub(crate) const DOZENS: &[&str] = &["dozen", "dozens", "dz", "dzs", "doz", "dozs"];

/// The decimal point, spelled ("six point four", "point 77").
pub(crate) const POINT: &str = "point";

/// Plural scales: a vague amount of their own ("hundreds", "thousands of").
pub(crate) const PLURAL_SCALES: &[(&str, f64)] =
    &[("hundreds", 1e2), ("thousands", 1e3), ("millions", 1e6), ("billions", 1e9), ("trillions", 1e12)];

/// How a vague amount goes on after its first word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Vague {
    /// "tens of thousands": tens of a plural scale.
    TensOf,
    /// "dozens": two dozen to a gross.
    Dozens,
    /// "scores of": two score to ten.
    ScoresOf,
    /// "several thousand", "few million": two to nine of a scale.
    SomeOfScale,
}

/// The words a vague amount starts with, besides the plural scales.
pub(crate) const VAGUE_AMOUNTS: &[(&str, Vague)] = &[
    ("tens", Vague::TensOf),
    ("dozens", Vague::Dozens),
    ("scores", Vague::ScoresOf),
    ("several", Vague::SomeOfScale),
    ("few", Vague::SomeOfScale),
];

/// Words that make a number negative ("minus 5", "negative one").
pub(crate) const SIGN_WORDS: &[&str] = &["minus", "negative"];

/// Words before "minus" that make it a margin, not a sign ("plus or minus 3 points").
pub(crate) const MARGIN_WORDS: &[&str] = &["or", "plus", "and"];

/// Words after "one" that show it is a pronoun, not a count ("one of the reasons").
pub(crate) const ONE_NOT_A_COUNT: &[&str] = &[
    "of", "another", "or", "who", "which", "that", "to", "and", "in", "is", "was", "has", "had", "would", "could",
    "will", "can", "might", "must", "should", "by", "for", "on", "at", "the", "a", "an", "with", "from", "as", "thing",
    "way", "day", "time", "side", "hand", "point", "more", "less", "else", "such", "but", "so", "he", "she", "they",
    "we", "i", "you", "it", "may", "does", "did", "do", "says", "said", "knows", "believes", "thinks", "expects",
    "sees", "hopes",
];

/// Qualifier phrases meaning "more than" (a phrase of symbols is read a char a token: ">=").
pub(crate) const MORE_THAN: &[&str] = &[
    "more than",
    "well over",
    "just over",
    "slightly more than",
    "over",
    "above",
    "in excess of",
    "upwards of",
    "greater than",
    "higher than",
    "larger than",
    "exceeding",
    "north of",
    ">",
    "exceed",
    "exceeds",
    "exceeded",
    "surpass",
    "surpasses",
    "surpassed",
];

/// Qualifier phrases meaning "at least".
pub(crate) const AT_LEAST: &[&str] = &[
    "greater than or equal to",
    "more than or equal to",
    "larger than or equal to",
    "higher than or equal to",
    "greater or equal than",
    "larger or equal than",
    "higher or equal than",
    "more or equal than",
    "at least or equal to",
    "equal to or more than",
    "equal to or greater than",
    "=>",
    "at least",
    "no fewer than",
    "no less than",
    "not less than",
    "a minimum of",
    ">=",
    "≥",
];

/// Qualifier phrases meaning "less than".
pub(crate) const LESS_THAN: &[&str] =
    &["less than", "fewer than", "just under", "under", "below", "lower than", "smaller than", "<"];

/// Qualifier phrases meaning "up to".
pub(crate) const UP_TO: &[&str] = &[
    "less than or equal to",
    "fewer than or equal to",
    "smaller than or equal to",
    "lower than or equal to",
    "less or equal than",
    "smaller or equal than",
    "lower or equal than",
    "equal to or less than",
    "equal to or fewer than",
    "no greater than",
    "no higher than",
    "=<",
    "up to",
    "as many as",
    "as much as",
    "as high as",
    "at most",
    "no more than",
    "not more than",
    "a maximum of",
    "<=",
    "≤",
];

/// Qualifier phrases meaning "about".
pub(crate) const ABOUT: &[&str] =
    &["about", "around", "approximately", "approx", "roughly", "some", "an estimated", "estimated", "circa", "~"];

/// Qualifier phrases meaning "nearly".
pub(crate) const NEARLY: &[&str] = &["nearly", "almost", "close to", "just shy of"];

/// Every list of qualifier phrases.
pub(crate) const QUALIFIER_PARTS: [&[&str]; 6] = [MORE_THAN, AT_LEAST, LESS_THAN, UP_TO, ABOUT, NEARLY];

/// Words after "or"/"and" that leave the number a lower bound ("500 or more", "65 and over").
pub(crate) const OR_MORE: &[&str] = &["more", "greater", "higher", "above", "over", "up", "larger"];

/// Words after "or"/"and" that leave the number an upper bound ("100 or fewer").
pub(crate) const OR_LESS: &[&str] = &["less", "fewer", "lower", "below", "under", "smaller"];

/// The word that opens a range closed by "and" ("between 10 and 20").
pub(crate) const BETWEEN: &str = "between";

/// The word that opens a range closed by "to" ("from 4,000 to 4,500").
pub(crate) const FROM: &str = "from";

/// Words that put a date in relation to a month: "since March", "late October".
pub(crate) const DATE_MODIFIERS: &[&str] = &["since", "late", "early", "mid", "until", "through"];

/// Words before a month that make it a date ("in May", "by June"): "May" alone is a verb too.
pub(crate) const MONTH_PREPOSITIONS: &[&str] = &[
    "in", "of", "by", "last", "next", "this", "from", "before", "after", "since", "until", "early", "late", "mid",
    "during", "on", "end",
];

/// Words after a time of day ("9:40 AM", "10:15 GMT"), lowercase.
pub(crate) const CLOCK_WORDS: &[&str] = &["am", "pm", "a.m", "p.m", "gmt", "utc", "et"];

/// Words before a four-digit number that keep it a year ("in 1999 troops ..."), seasons included.
pub(crate) const YEAR_PREPOSITIONS: &[&str] = &[
    "in", "since", "of", "by", "from", "until", "before", "after", "during", "early", "late", "mid", "summer",
    "spring", "autumn", "winter", "fall",
];

/// Words ending in "s" after a year that are not what it counts ("1999 was", "2024 elections").
pub(crate) const NOT_COUNTED_AFTER_YEAR: &[&str] = &["was", "has", "this", "its", "as", "is", "elections", "olympics"];

/// Words that make a following "double"/"triple" a multiplicative claim ("could double").
pub(crate) const MODALS: &[&str] = &[
    "could", "would", "will", "may", "might", "to", "can", "should", "must", "be", "been", "has", "have", "had",
    "soon", "nearly", "almost",
];

/// Words that may stand between a modal and its multiplier ("could more than double"), besides
/// adverbs in "-ly" ("could quickly double").
pub(crate) const MULTIPLIER_ADVERBS: &[&str] =
    &["soon", "be", "been", "more", "than", "even", "easily", "then", "still"];

/// Multipliers ("could double", "tripled").
pub(crate) const MULTIPLIERS: &[(&str, f64)] = &[
    ("double", 2.0),
    ("doubled", 2.0),
    ("doubles", 2.0),
    ("doubling", 2.0),
    ("triple", 3.0),
    ("tripled", 3.0),
    ("triples", 3.0),
    ("tripling", 3.0),
    ("quadruple", 4.0),
    ("quadrupled", 4.0),
    ("quadruples", 4.0),
];

/// Nouns after "double" that make it an adjective ("double digits", "a double agent").
pub(crate) const NOT_MULTIPLIED: &[&str] = &["digits", "standard", "agent"];

/// Words for a percentage after a number ("90%", "70 percent", "5 pct").
pub(crate) const PERCENT_SIGNS: &[&str] = &["%", "percent", "pct"];

/// Time units and the unit a duration in them is measured in.
pub(crate) const TIME_UNITS: &[(&str, &str)] = &[
    ("year", "years"),
    ("years", "years"),
    ("yr", "years"),
    ("yrs", "years"),
    ("month", "months"),
    ("months", "months"),
    ("week", "weeks"),
    ("weeks", "weeks"),
    ("day", "days"),
    ("days", "days"),
    ("hour", "hours"),
    ("hours", "hours"),
    ("hr", "hours"),
    ("hrs", "hours"),
    ("h", "hours"),
    ("minute", "minutes"),
    ("minutes", "minutes"),
    ("min", "minutes"),
    ("mins", "minutes"),
    ("second", "seconds"),
    ("seconds", "seconds"),
    ("sec", "seconds"),
    ("secs", "seconds"),
    ("decade", "decades"),
    ("decades", "decades"),
    ("century", "centuries"),
    ("centuries", "centuries"),
    ("fortnight", "fortnights"),
    ("fortnights", "fortnights"),
];

/// Units of measure a figure may carry between the bounds of a range ("from 3 km to 5 km") or in a
/// compound ("a three-foot trip").
pub(crate) const MEASURE_UNITS: &[&str] = &[
    "km",
    "kms",
    "m",
    "cm",
    "mm",
    "l",
    "ml",
    "litre",
    "litres",
    "liter",
    "liters",
    "kg",
    "kgs",
    "g",
    "mg",
    "lb",
    "lbs",
    "ft",
    "foot",
    "feet",
    "inch",
    "inches",
    "mile",
    "miles",
    "yard",
    "yards",
    "metre",
    "metres",
    "meter",
    "meters",
    "kilometre",
    "kilometres",
    "kilometer",
    "kilometers",
    "degree",
    "degrees",
    "celsius",
    "fahrenheit",
    "°",
    "gallon",
    "gallons",
    "ton",
    "tons",
    "tonne",
    "tonnes",
    "acre",
    "acres",
    "hectare",
    "hectares",
    "storey",
    "story",
];

/// Words that open a web address: "https://…?q=30%25" holds no figure.
pub(crate) const WEB_ADDRESS_STARTS: &[&str] = &["http", "https", "www", "ftp"];

static CARDINAL: Valued<f64> = Valued::new(|| CARDINALS.iter().copied().collect());
static SCALE: Valued<f64> = Valued::new(|| SCALES.iter().copied().collect());
static GLUED_SCALE: Valued<f64> = Valued::new(|| GLUED_SCALES.iter().copied().collect());
static ORDINAL: Valued<f64> = Valued::new(|| ORDINALS.iter().copied().collect());
static PLURAL_SCALE: Valued<f64> = Valued::new(|| PLURAL_SCALES.iter().copied().collect());
static VAGUE: Valued<Vague> = Valued::new(|| VAGUE_AMOUNTS.iter().copied().collect());
static MULTIPLIER: Valued<f64> = Valued::new(|| MULTIPLIERS.iter().copied().collect());
static TIME_UNIT: Valued<&'static str> = Valued::new(|| TIME_UNITS.iter().copied().collect());
static MEASURE_UNIT: Words = Words::new(|| set(&[MEASURE_UNITS]));

/// The value of a cardinal word ("twelve").
pub(crate) fn cardinal(w: &str) -> Option<f64> {
    CARDINAL.get(w)
}

/// The value of a scale word ("million").
pub(crate) fn scale(w: &str) -> Option<f64> {
    SCALE.get(w)
}

/// The value of a scale abbreviation as written ("bn").
pub(crate) fn glued_scale(w: &str) -> Option<f64> {
    GLUED_SCALE.get(w)
}

/// The value of an ordinal word ("fifth"); compounds are [`crate::extract::number`]'s to read.
pub(crate) fn ordinal(w: &str) -> Option<f64> {
    ORDINAL.get(w)
}

/// The value of a plural scale ("thousands").
pub(crate) fn plural_scale(w: &str) -> Option<f64> {
    PLURAL_SCALE.get(w)
}

/// How a vague amount starting with `w` goes on.
pub(crate) fn vague(w: &str) -> Option<Vague> {
    VAGUE.get(w)
}

/// The factor of a multiplier ("tripled").
pub(crate) fn multiplier(w: &str) -> Option<f64> {
    MULTIPLIER.get(w)
}

/// The unit of a time-unit word ("hrs" → "hours").
pub(crate) fn time_unit(w: &str) -> Option<&'static str> {
    TIME_UNIT.get(w)
}

/// Whether a lowercase word is a unit of measure.
pub(crate) fn is_measure_unit(w: &str) -> bool {
    MEASURE_UNIT.contains(w)
}

/// Whether a cardinal is a multiple of ten from twenty to ninety ("twenty-one", "thirtyfirst").
pub(crate) fn is_tens(v: f64) -> bool {
    (20.0..=90.0).contains(&v) && v % 10.0 == 0.0
}

/// Whether a word is "a" or "an".
pub(crate) fn is_article(w: &str) -> bool {
    ARTICLES.contains(&w)
}

/// The tens words ("twenty" … "ninety"), by which glued compounds ("thirtyfirst") begin.
static TENS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| CARDINALS.iter().filter(|(_, v)| is_tens(*v)).map(|(w, _)| *w).collect());

/// Every word a spelled numeral can begin with: number, scale and ordinal words, plural ordinals
/// ("thirds"), and the first words of the other spelled forms the reader reads (articles, halves
/// and quarters, "dozen", "point", vague amounts and plural scales).
static SPELLED_STARTS: LazyLock<FnvSet<String>> = LazyLock::new(|| {
    let words = CARDINALS.iter().chain(SCALES).chain(ORDINALS).chain(PLURAL_SCALES).map(|(w, _)| *w);
    let others = ARTICLES.iter().copied().chain([DOZEN, POINT]);
    let fractions = HALVES_AND_QUARTERS.iter().map(|(w, _, _)| *w);
    let vague = VAGUE_AMOUNTS.iter().map(|(w, _)| *w);
    let mut set: FnvSet<String> = words.chain(others).chain(fractions).chain(vague).map(str::to_string).collect();
    set.extend(ORDINALS.iter().map(|(w, _)| format!("{w}s")));
    set
});

/// Whether a lowercase word can begin a spelled numeral: one of [`SPELLED_STARTS`], a compound
/// ("fifty-two"), or a glued one ("thirtyfirst"). Most words of a text are none of these, and the
/// reader asks this first.
pub(crate) fn may_start_spelled(w: &str) -> bool {
    let b = w.as_bytes();
    let Some(&first) = b.first() else { return false };
    // The shapes (first byte, length) of the words first: most words of a text have none of them,
    // and this costs two loads, where hashing the word costs a pass over it (the reader asks this
    // of nearly every word).
    let shaped = b.len() < 32 && SPELLED_SHAPES[usize::from(first)] & (1 << b.len()) != 0;
    shaped && SPELLED_STARTS.contains(w)
        || b.contains(&b'-')
        || b.len() > 5 && TENS_FIRST.contains(&first) && TENS.iter().any(|t| b.len() > t.len() && w.starts_with(t))
}

/// For each first byte, the lengths (as bits) of the words of [`SPELLED_STARTS`] it begins.
static SPELLED_SHAPES: LazyLock<[u32; 256]> = LazyLock::new(|| {
    let mut shapes = [0u32; 256];
    for w in SPELLED_STARTS.iter() {
        if let (Some(&first), true) = (w.as_bytes().first(), w.len() < 32) {
            shapes[usize::from(first)] |= 1 << w.len();
        }
    }
    shapes
});

/// The first bytes of the tens words.
static TENS_FIRST: LazyLock<Vec<u8>> = LazyLock::new(|| {
    let mut v: Vec<u8> = TENS.iter().filter_map(|t| t.as_bytes().first().copied()).collect();
    v.sort_unstable();
    v.dedup();
    v
});

/// Words other than numerals that a date or a figure can start with: date modifiers ("since
/// March"), modals ("could double"), signs ("minus"), range openers ("between", "from") and the
/// first words of qualifier phrases ("more than").
static FIGURE_STARTS: Words = Words::new(|| {
    let mut s = set(&[DATE_MODIFIERS, MODALS, SIGN_WORDS, &[BETWEEN, FROM]]);
    s.extend(QUALIFIER_PARTS.iter().flat_map(|l| l.iter()).filter_map(|phrase| phrase.split(' ').next()));
    s
});

/// Whether a lowercase word that is no numeral can start a date or a figure.
pub(crate) fn may_start_figure(w: &str) -> bool {
    FIGURE_STARTS.contains(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_that_may_start_a_spelled_numeral() {
        for w in ["a", "twelve", "twenty-first", "thirtyfirst", "thirds", "hundredths", "lakh", "dozens", "several"] {
            assert!(may_start_spelled(w), "{w}");
        }
        for w in ["the", "said", "people", "tent", "fortress", "severally"] {
            assert!(!may_start_spelled(w), "{w}");
        }
    }

    /// The shape filter in front of the set changes no answer: every word of the set, the same
    /// words cut, extended and glued, and plain words get the answer of the plain definition.
    #[test]
    fn the_shape_filter_changes_no_answer() {
        let plain = |w: &str| {
            w.contains('-') || SPELLED_STARTS.contains(w) || TENS.iter().any(|t| w.len() > t.len() && w.starts_with(t))
        };
        let mut words: Vec<String> = SPELLED_STARTS.iter().cloned().collect();
        for w in SPELLED_STARTS.iter() {
            words.push(format!("{w}s"));
            words.push(format!("{w}th"));
            words.push(w[..w.len() - 1].to_string());
        }
        words.extend(
            ["", "x", "fortyish", "sixtyfour", "fifty", "the", "people", "e-mail", "\u{e9}t\u{e9}"].map(String::from),
        );
        for w in &words {
            assert_eq!(may_start_spelled(w), plain(w), "{w:?}");
        }
    }

    #[test]
    fn glued_and_spaced_scales_agree() {
        for w in SPACED_SCALES.iter().chain(SPACED_SCALES_AFTER_MONEY).chain(SPACED_SCALES_AT_END) {
            assert!(glued_scale(w).is_some(), "{w:?} is read spaced but not glued");
        }
    }
}
