//! The number reader: every way news copy writes a quantity, read into a value or an interval.
//!
//! It works over tokens, not one giant regex, because news numbers are compositional: a qualifier
//! ("more than"), a currency ("C$"), a numeral in digits or words ("one hundred and twenty"), a scale
//! ("million", glued "bn"), a unit ("percent"), a second bound ("to 4,500") and a vague amount ("tens of
//! thousands") combine freely. Dates and years are read here too, so that they are never mistaken for
//! counts, and come out with their own kinds.

use crate::claim::{FigureKind, Qualifier};
use crate::document::Span;
use crate::text::token::{tokenize, Tok, TokKind};
use std::borrow::Cow;

/// A number found in text.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct NumberMatch {
    pub span: Span,
    pub kind: FigureKind,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub qualifier: Qualifier,
    /// Currency code, "percent", or the time unit of a duration.
    pub unit: Option<String>,
    /// Byte offset where the counted noun may start.
    pub after: usize,
}

const QUALIFIERS: &[(&str, Qualifier)] = &[
    ("more than", Qualifier::MoreThan),
    ("well over", Qualifier::MoreThan),
    ("just over", Qualifier::MoreThan),
    ("slightly more than", Qualifier::MoreThan),
    ("over", Qualifier::MoreThan),
    ("above", Qualifier::MoreThan),
    ("in excess of", Qualifier::MoreThan),
    ("upwards of", Qualifier::MoreThan),
    ("greater than", Qualifier::MoreThan),
    ("higher than", Qualifier::MoreThan),
    ("larger than", Qualifier::MoreThan),
    ("exceeding", Qualifier::MoreThan),
    ("north of", Qualifier::MoreThan),
    (">", Qualifier::MoreThan),
    ("exceed", Qualifier::MoreThan),
    ("exceeds", Qualifier::MoreThan),
    ("exceeded", Qualifier::MoreThan),
    ("surpass", Qualifier::MoreThan),
    ("surpasses", Qualifier::MoreThan),
    ("surpassed", Qualifier::MoreThan),
    ("greater than or equal to", Qualifier::AtLeast),
    ("more than or equal to", Qualifier::AtLeast),
    ("larger than or equal to", Qualifier::AtLeast),
    ("higher than or equal to", Qualifier::AtLeast),
    ("greater or equal than", Qualifier::AtLeast),
    ("larger or equal than", Qualifier::AtLeast),
    ("higher or equal than", Qualifier::AtLeast),
    ("more or equal than", Qualifier::AtLeast),
    ("at least or equal to", Qualifier::AtLeast),
    ("equal to or more than", Qualifier::AtLeast),
    ("equal to or greater than", Qualifier::AtLeast),
    ("less than or equal to", Qualifier::UpTo),
    ("fewer than or equal to", Qualifier::UpTo),
    ("smaller than or equal to", Qualifier::UpTo),
    ("lower than or equal to", Qualifier::UpTo),
    ("less or equal than", Qualifier::UpTo),
    ("smaller or equal than", Qualifier::UpTo),
    ("lower or equal than", Qualifier::UpTo),
    ("equal to or less than", Qualifier::UpTo),
    ("equal to or fewer than", Qualifier::UpTo),
    ("no greater than", Qualifier::UpTo),
    ("no higher than", Qualifier::UpTo),
    ("=<", Qualifier::UpTo),
    ("=>", Qualifier::AtLeast),
    ("at least", Qualifier::AtLeast),
    ("no fewer than", Qualifier::AtLeast),
    ("no less than", Qualifier::AtLeast),
    ("not less than", Qualifier::AtLeast),
    ("a minimum of", Qualifier::AtLeast),
    (">=", Qualifier::AtLeast),
    ("≥", Qualifier::AtLeast),
    ("less than", Qualifier::LessThan),
    ("fewer than", Qualifier::LessThan),
    ("just under", Qualifier::LessThan),
    ("under", Qualifier::LessThan),
    ("below", Qualifier::LessThan),
    ("lower than", Qualifier::LessThan),
    ("smaller than", Qualifier::LessThan),
    ("<", Qualifier::LessThan),
    ("up to", Qualifier::UpTo),
    ("as many as", Qualifier::UpTo),
    ("as much as", Qualifier::UpTo),
    ("as high as", Qualifier::UpTo),
    ("at most", Qualifier::UpTo),
    ("no more than", Qualifier::UpTo),
    ("not more than", Qualifier::UpTo),
    ("a maximum of", Qualifier::UpTo),
    ("<=", Qualifier::UpTo),
    ("≤", Qualifier::UpTo),
    ("about", Qualifier::About),
    ("around", Qualifier::About),
    ("approximately", Qualifier::About),
    ("approx", Qualifier::About),
    ("roughly", Qualifier::About),
    ("some", Qualifier::About),
    ("an estimated", Qualifier::About),
    ("estimated", Qualifier::About),
    ("circa", Qualifier::About),
    ("~", Qualifier::About),
    ("nearly", Qualifier::Nearly),
    ("almost", Qualifier::Nearly),
    ("close to", Qualifier::Nearly),
    ("just shy of", Qualifier::Nearly),
];

/// Qualifier phrases by their first token, split into tokens once: `qualifier` runs at every token
/// of every document. Symbol qualifiers are one token per char (">=" is two tokens).
type QualifierIndex = crate::text::fnv::FnvMap<String, Vec<(Vec<String>, Qualifier)>>;

static QUALIFIER_INDEX: std::sync::LazyLock<QualifierIndex> = std::sync::LazyLock::new(|| {
    let mut m = QualifierIndex::default();
    for (phrase, q) in QUALIFIERS {
        let parts: Vec<String> = if phrase.chars().any(char::is_alphanumeric) {
            phrase.split(' ').map(str::to_string).collect()
        } else {
            phrase.chars().map(|c| c.to_string()).collect()
        };
        m.entry(parts[0].clone()).or_default().push((parts, *q));
    }
    m
});

fn small_number(w: &str) -> Option<f64> {
    Some(match w {
        "zero" | "nil" | "nought" | "naught" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fourty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        // South Asian scales ("30 lakh", "6 crore").
        "lakh" | "lakhs" | "lac" | "lacs" | "lkh" => 1e5,
        "crore" | "crores" => 1e7,
        _ => return None,
    })
}

/// Scale abbreviations glued to digits ("1.5bn", "200m", "5k").
fn glued_scale(w: &str) -> Option<f64> {
    Some(match w {
        "k" | "K" => 1e3,
        "m" | "mn" | "mln" | "M" | "mil" | "MM" => 1e6,
        "b" | "bn" | "bln" | "B" => 1e9,
        "tn" | "trn" | "tln" => 1e12,
        _ => return None,
    })
}

fn ordinal_word(w: &str) -> Option<f64> {
    Some(match w {
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" => 9.0,
        "tenth" => 10.0,
        "eleventh" => 11.0,
        "twelfth" => 12.0,
        "thirteenth" => 13.0,
        "fourteenth" => 14.0,
        "fifteenth" => 15.0,
        "sixteenth" => 16.0,
        "seventeenth" => 17.0,
        "eighteenth" => 18.0,
        "nineteenth" => 19.0,
        "twentieth" => 20.0,
        "thirtieth" => 30.0,
        "fortieth" => 40.0,
        "fiftieth" => 50.0,
        "sixtieth" => 60.0,
        "seventieth" => 70.0,
        "eightieth" => 80.0,
        "ninetieth" => 90.0,
        "hundredth" => 100.0,
        "thousandth" => 1000.0,
        "millionth" => 1e6,
        "billionth" => 1e9,
        "trillionth" => 1e12,
        _ => return None,
    })
}

fn is_tens(v: f64) -> bool {
    (20.0..=90.0).contains(&v) && v % 10.0 == 0.0
}

/// An ordinal written as one word, compounds included: "fifth", "twenty-first", "thirtyfirst".
fn ordinal_value(w: &str) -> Option<f64> {
    if let Some(v) = ordinal_word(w) {
        return Some(v);
    }
    let (tens, unit) = match w.split_once('-') {
        Some(parts) => parts,
        // Glued copy: "thirtyfirst".
        None => {
            let cut = (4..w.len().min(8))
                .filter(|&c| w.is_char_boundary(c))
                .find(|&c| small_number(&w[..c]).is_some_and(is_tens) && ordinal_word(&w[c..]).is_some())?;
            w.split_at(cut)
        }
    };
    let (t, u) = (small_number(tens)?, ordinal_word(unit)?);
    (is_tens(t) && u < 10.0).then_some(t + u)
}

/// Whether a word can begin a spelled numeral: a number, scale or ordinal word, a plural
/// denominator ("thirds"), a compound ("fifty-two", "thirtyfirst"), or one of the words the
/// readers of vague amounts ("dozens", "several thousand") and fractions ("a half", "point 5")
/// start from. Most words of a text are none of these, and the reader asks this first; each branch
/// of [`Reader::atom_unsigned`] for words starts with a word this admits.
fn may_start_spelled(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "half"
            | "halves"
            | "quarter"
            | "quarters"
            | "dozen"
            | "dozens"
            | "point"
            | "tens"
            | "scores"
            | "several"
            | "few"
            | "hundreds"
            | "thousands"
            | "millions"
            | "billions"
            | "trillions"
    ) || w.contains('-')
        || small_number(w).is_some()
        || scale_word(w).is_some()
        || ordinal_word(w.strip_suffix('s').unwrap_or(w)).is_some()
        || ordinal_word(w).is_some()
        || (4..w.len().min(8)).any(|c| w.is_char_boundary(c) && small_number(&w[..c]).is_some_and(is_tens))
}

/// Words other than numerals that a date or figure can start with: the date reader's modifiers
/// ("since March"), the multiplicative reader's modals ("could double"), the first words of
/// qualifiers ("more than"), ranges ("between", "from") and signs ("minus").
static FIGURE_START_WORDS: std::sync::LazyLock<crate::text::fnv::FnvSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        let mut set: crate::text::fnv::FnvSet<&'static str> = DATE_MODIFIERS.iter().chain(MODALS).copied().collect();
        set.extend(["between", "from", "minus", "negative"]);
        set.extend(QUALIFIERS.iter().filter_map(|(phrase, _)| phrase.split(' ').next()));
        set
    });

/// Whether a date or a figure can start at this token: [`read_date`] and [`read_figure`] read no
/// further when it cannot. Every word either of them starts from passes (numerals, number words,
/// months, currency codes and [`FIGURE_START_WORDS`]); most words of a text do not, and each
/// reader's own tests cost more than this one.
fn may_start_figure(t: &Tok<'_>) -> bool {
    if t.kind != TokKind::Word {
        return true;
    }
    let w = t.lower();
    FIGURE_START_WORDS.contains(w.as_ref()) || may_start_spelled(&w) || is_month(t) || currency_code(t.text).is_some()
}

/// A fraction's denominator ("thirds", "a quarter", "a twenty-first") and whether it is plural.
/// "second" is left out: "a second" and "three seconds" are times, not halves.
fn denominator(w: &str) -> Option<(f64, bool)> {
    match w {
        "half" => return Some((2.0, false)),
        "halves" => return Some((2.0, true)),
        "quarter" => return Some((4.0, false)),
        "quarters" => return Some((4.0, true)),
        _ => {}
    }
    let (stem, plural) = match w.strip_suffix('s') {
        Some(stem) => (stem, true),
        None => (w, false),
    };
    if stem == "second" || stem.ends_with("-second") {
        return None;
    }
    ordinal_value(stem).filter(|&d| d >= 3.0).map(|d| (d, plural))
}

/// Units of measure a figure may carry between the bounds of a range ("from 3 km to 5 km") or
/// in a compound ("a three-foot trip").
fn measure_unit(w: &str) -> bool {
    matches!(
        w,
        "km" | "kms"
            | "m"
            | "cm"
            | "mm"
            | "l"
            | "ml"
            | "litre"
            | "litres"
            | "liter"
            | "liters"
            | "kg"
            | "kgs"
            | "g"
            | "mg"
            | "lb"
            | "lbs"
            | "ft"
            | "foot"
            | "feet"
            | "inch"
            | "inches"
            | "mile"
            | "miles"
            | "yard"
            | "yards"
            | "metre"
            | "metres"
            | "meter"
            | "meters"
            | "kilometre"
            | "kilometres"
            | "kilometer"
            | "kilometers"
            | "degree"
            | "degrees"
            | "celsius"
            | "fahrenheit"
            | "°"
            | "gallon"
            | "gallons"
            | "ton"
            | "tons"
            | "tonne"
            | "tonnes"
            | "acre"
            | "acres"
            | "hectare"
            | "hectares"
            | "storey"
            | "story"
    )
}

fn currency_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "dollar" | "dollars" => "USD",
        "euro" | "euros" => "EUR",
        "pound" | "pounds" | "sterling" => "GBP",
        "yen" => "JPY",
        "yuan" | "renminbi" => "CNY",
        "rupee" | "rupees" => "INR",
        "rouble" | "roubles" | "ruble" | "rubles" => "RUB",
        "hryvnia" | "hryvnias" => "UAH",
        "franc" | "francs" => "CHF",
        "ringgit" | "ringgits" => "MYR",
        "cent" | "cents" => "cents",
        "pence" | "penny" => "pence",
        _ => return None,
    })
}

fn currency_code(w: &str) -> Option<&'static str> {
    Some(match w {
        "USD" | "US" => "USD",
        "EUR" => "EUR",
        "GBP" => "GBP",
        "C" | "CAD" => "CAD",
        "A" | "AUD" => "AUD",
        "NZ" | "NZD" => "NZD",
        "HK" | "HKD" => "HKD",
        "S" | "SGD" => "SGD",
        "JPY" => "JPY",
        "CNY" | "RMB" => "CNY",
        "INR" | "Rs" => "INR",
        "CHF" => "CHF",
        "RUB" => "RUB",
        _ => return None,
    })
}

fn currency_symbol(s: &str) -> Option<&'static str> {
    Some(match s {
        "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        "₹" => "INR",
        "₽" => "RUB",
        "₴" => "UAH",
        _ => return None,
    })
}

fn time_unit(w: &str) -> Option<&'static str> {
    Some(match w.trim_end_matches("-long").trim_end_matches("-old") {
        "year" | "years" | "yr" | "yrs" => "years",
        "month" | "months" => "months",
        "week" | "weeks" => "weeks",
        "day" | "days" => "days",
        "hour" | "hours" | "hr" | "hrs" | "h" => "hours",
        "minute" | "minutes" | "min" | "mins" => "minutes",
        "second" | "seconds" | "sec" | "secs" => "seconds",
        "decade" | "decades" => "decades",
        "century" | "centuries" => "centuries",
        "fortnight" | "fortnights" => "fortnights",
        _ => return None,
    })
}

fn is_month(t: &Tok<'_>) -> bool {
    t.is_capitalised() && crate::lexicon::calendar::month_number(t.text).is_some()
}

/// Words after "one" that show it is a pronoun, not a count ("one of the reasons").
const ONE_NOT_A_COUNT: &[&str] = &[
    "of", "another", "or", "who", "which", "that", "to", "and", "in", "is", "was", "has", "had", "would", "could",
    "will", "can", "might", "must", "should", "by", "for", "on", "at", "the", "a", "an", "with", "from", "as", "thing",
    "way", "day", "time", "side", "hand", "point", "more", "less", "less", "else", "such", "but", "so", "he", "she",
    "they", "we", "i", "you", "it", "may", "does", "did", "do", "says", "said", "knows", "believes", "thinks",
    "expects", "sees", "hopes",
];

/// A parsed numeral before qualifiers and ranges.
#[derive(Clone, Debug)]
struct Atom {
    value: f64,
    /// Index of the first token after the numeral.
    next: usize,
    currency: Option<&'static str>,
    percent: bool,
    scaled: bool,
    spelled: bool,
    /// "tens of thousands": an interval.
    vague: Option<(f64, f64)>,
    duration: Option<&'static str>,
    ordinal: bool,
    year_like: bool,
    /// "a couple of": about two.
    about: bool,
}

struct Reader<'t, 'a> {
    toks: &'t [Tok<'a>],
    /// The text the tokens' spans point into (to tell "40 000" from "40\n000").
    text: &'a str,
}

impl<'a> Reader<'_, 'a> {
    fn tok(&self, i: usize) -> Option<&Tok<'a>> {
        self.toks.get(i)
    }

    fn word(&self, i: usize) -> Option<Cow<'a, str>> {
        self.tok(i).filter(|t| t.kind == TokKind::Word).map(Tok::lower)
    }

    fn is(&self, i: usize, w: &str) -> bool {
        self.tok(i).is_some_and(|t| t.text.eq_ignore_ascii_case(w))
    }

    /// Longest qualifier phrase at `i`: (qualifier, tokens used).
    fn qualifier(&self, i: usize) -> Option<(Qualifier, usize)> {
        let first = self.tok(i)?.lower();
        let mut best: Option<(Qualifier, usize)> = None;
        for (parts, q) in QUALIFIER_INDEX.get(first.as_ref())? {
            if parts.iter().enumerate().all(|(k, p)| self.is(i + k, p)) && best.is_none_or(|b| b.1 < parts.len()) {
                best = Some((*q, parts.len()));
            }
        }
        best
    }

    /// A spelled number starting at `i` ("one hundred and twenty thousand", "fifty-two").
    fn spelled(&self, i: usize) -> Option<(f64, usize)> {
        let mut total = 0.0;
        let mut current = 0.0;
        let mut j = i;
        let mut any = false;
        let mut last_was_scale = false;
        while let Some(w) = self.word(j) {
            let parts: Vec<&str> = w.split('-').collect();
            // "fifty-two": every part a number word.
            if parts.len() > 1 {
                let vals: Option<Vec<f64>> = parts.iter().map(|p| small_number(p)).collect();
                if let Some(vals) = vals {
                    current += vals.iter().sum::<f64>();
                    any = true;
                    last_was_scale = false;
                    j += 1;
                    continue;
                }
                break;
            }
            if let Some(v) = small_number(&w) {
                if any && !last_was_scale && current % 10.0 == 0.0 && current >= 20.0 && v < 10.0 {
                    current += v; // "twenty five"
                } else if any && !last_was_scale {
                    break; // "two three" is two numbers
                } else {
                    current += v;
                }
                any = true;
                last_was_scale = false;
                j += 1;
                // "fifty - two", "thirty—one": a tens word and a unit across a dash (a range would
                // run upwards).
                let unit = self.word(j + 1).and_then(|u| small_number(&u)).filter(|u| (1.0..10.0).contains(u));
                if let Some(u) =
                    unit.filter(|_| is_tens(v) && self.tok(j).is_some_and(|t| matches!(t.text, "-" | "–" | "—")))
                {
                    current += u;
                    j += 2;
                }
                continue;
            }
            if any {
                if w == "hundred" {
                    current = if current == 0.0 { 100.0 } else { current * 100.0 };
                    last_was_scale = true;
                    j += 1;
                    continue;
                }
                if let Some(s) = scale_word(&w) {
                    total += current.max(1.0) * s;
                    current = 0.0;
                    last_was_scale = true;
                    j += 1;
                    continue;
                }
                if w == "and"
                    && last_was_scale
                    && self.word(j + 1).is_some_and(|n| small_number(n.split('-').next().unwrap_or("")).is_some())
                {
                    j += 1;
                    continue;
                }
            }
            break;
        }
        any.then_some((total + current, j))
    }

    /// A numeral at `i`, signed ("-4/5", "minus 5", "negative one"), with its cents and "below zero".
    fn atom(&self, i: usize) -> Option<Atom> {
        let t = self.tok(i)?;
        let minus_word = t.kind == TokKind::Word
            && matches!(t.lower().as_ref(), "minus" | "negative")
            // "plus or minus 3 points" is a margin, not a negative number.
            && !(i > 0 && self.word(i - 1).is_some_and(|w| matches!(w.as_ref(), "or" | "plus" | "and")));
        let minus_sign = matches!(t.text, "-" | "−")
            && self.tok(i + 1).is_some_and(|n| n.kind == TokKind::Num && n.glued)
            && self.sign_position(i);
        let mut a = if minus_word || minus_sign {
            let mut a = self.atom_unsigned(i + 1)?;
            if a.vague.is_some() || a.ordinal || a.value < 0.0 {
                return None;
            }
            a.value = -a.value;
            a.year_like = false;
            a
        } else {
            self.atom_unsigned(i)?
        };
        // "2 degrees below zero", "20 below zero".
        let mut k = a.next;
        if self.is(k, "degrees") || self.is(k, "degree") {
            k += 1;
        }
        if self.is(k, "below") && self.is(k + 1, "zero") && a.value > 0.0 && a.currency.is_none() && !a.percent {
            a.value = -a.value;
            a.next = k + 2;
        }
        self.cents(&mut a);
        Some(a)
    }

    /// Whether a "-" at `i` is a minus sign: not glued to a word or number before it ("1995-01",
    /// "Covid-19" are not negative numbers).
    fn sign_position(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return false };
        i == 0
            || !t.glued
            || matches!(self.toks[i - 1].text, "<" | ">" | "=" | "(" | "[" | "≤" | "≥" | "~" | "\"" | "“" | ":")
    }

    /// Money with its cents: "eleven dollars and twenty-five cents", "15 dollars 50", "43c".
    fn cents(&self, a: &mut Atom) {
        if a.scaled || a.percent || a.value.fract() != 0.0 || a.value < 0.0 {
            return;
        }
        if !a.currency.is_some_and(|c| c != "cents" && c != "pence") {
            return;
        }
        // Only after a currency named after the amount ("15 dollars 50"): "between $5 and 10" is a range.
        let named = a.next > 0
            && self.tok(a.next - 1).is_some_and(|t| {
                currency_word(&t.lower()).is_some() || (t.text.len() == 3 && currency_code(t.text).is_some())
            });
        if !named {
            return;
        }
        let mut k = a.next;
        if self.is(k, "and") {
            k += 1;
        }
        let Some(t) = self.tok(k) else { return };
        let (c, mut e) = if t.kind == TokKind::Num && t.text.len() <= 2 && t.text.bytes().all(|b| b.is_ascii_digit()) {
            (t.text.parse::<f64>().ok(), k + 1)
        } else if t.kind == TokKind::Word {
            match self.spelled(k) {
                Some((v, e)) => (Some(v), e),
                None => (None, k),
            }
        } else {
            (None, k)
        };
        let Some(c) = c.filter(|c| *c < 100.0) else { return };
        if let Some(u) = self.tok(e).filter(|u| u.kind == TokKind::Word) {
            let w = u.lower();
            let cent_word = matches!(w.as_ref(), "cents" | "cent" | "sen" | "sens" | "pence")
                || (matches!(w.as_ref(), "c" | "p") && u.glued);
            if !cent_word {
                return;
            }
            e += 1;
        } else if self.tok(e).is_some_and(|u| u.kind != TokKind::Sym || matches!(u.text, "%" | "$" | "€" | "£")) {
            return;
        }
        a.value += c / 100.0;
        a.next = e;
    }

    /// Decimals after "point": "point 77", "point nought three", "point eleven".
    fn decimals(&self, k: usize) -> Option<(f64, usize)> {
        let t = self.tok(k)?;
        if t.kind == TokKind::Num {
            if !t.text.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            return Some((format!("0.{}", t.text).parse().ok()?, k + 1));
        }
        let mut digits = String::new();
        let mut e = k;
        while let Some(w) = self.word(e) {
            match small_number(&w) {
                Some(v) if v < 10.0 => digits.push_str(&format!("{v}")),
                Some(v) if digits.is_empty() && v < 100.0 && w.split('-').count() == 1 => {
                    digits = format!("{v}");
                    e += 1;
                    break;
                }
                _ => break,
            }
            e += 1;
        }
        if digits.is_empty() {
            return None;
        }
        Some((format!("0.{digits}").parse().ok()?, e))
    }

    /// A fraction after "and" in a mixed number: "a half", "half", "one fourth", "three fifths".
    fn fraction_phrase(&self, k: usize) -> Option<(f64, usize)> {
        let w = self.word(k)?;
        if matches!(w.as_ref(), "a" | "an" | "one") {
            if let Some((d, false)) = self.word(k + 1).and_then(|n| denominator(&n)) {
                return Some((1.0 / d, k + 2));
            }
        }
        match w.as_ref() {
            "half" => return Some((0.5, k + 1)),
            "quarter" => return Some((0.25, k + 1)),
            _ => {}
        }
        match self.fraction_run(k)? {
            (v, e, false) => Some((v, e)),
            _ => None,
        }
    }

    /// A spelled value of exactly `toks[from..to]` ("a" alone is one, "a hundred" a hundred).
    fn exact_spelled(&self, from: usize, to: usize) -> Option<f64> {
        if to <= from {
            return None;
        }
        let sub = Reader { toks: &self.toks[..to], text: self.text };
        if matches!(self.word(from).as_deref(), Some("a" | "an")) {
            if to == from + 1 {
                return Some(1.0);
            }
            let (v, e) = sub.spelled_with_leading_one(from + 1)?;
            return (e == to).then_some(v);
        }
        let (v, e) = sub.spelled(from)?;
        (e == to).then_some(v)
    }

    /// The end of a spelled prefix before the ordinal at `o`: "thirty—first", "one hundred and fifth".
    fn prefix_end(&self, o: usize) -> usize {
        let mut pe = o;
        if self.tok(pe - 1).is_some_and(|t| matches!(t.text, "-" | "–" | "—")) {
            pe -= 1;
        }
        if self.is(pe - 1, "and") {
            pe -= 1;
        }
        pe
    }

    /// Number words ending in an ordinal: a fraction ("three fifths", "a twenty-first", "one hundred
    /// and three quarters") or, when no fraction reading fits, an ordinal ("one hundred twenty-fifth",
    /// "thirty first"). Returns (value, next, is_ordinal).
    fn fraction_run(&self, j: usize) -> Option<(f64, usize, bool)> {
        let mut o = j;
        loop {
            let t = self.tok(o)?;
            if t.kind == TokKind::Word {
                let w = t.lower();
                if o > j && (denominator(&w).is_some() || ordinal_value(&w).is_some()) {
                    break;
                }
                let numeric = small_number(&w).is_some()
                    || scale_word(&w).is_some()
                    || w.split('-').all(|p| small_number(p).is_some())
                    || (o == j && (w == "a" || w == "an"))
                    || (o > j && w == "and");
                if !numeric {
                    return None;
                }
            } else if !(o > j && matches!(t.text, "-" | "–" | "—")) {
                return None;
            }
            o += 1;
            if o > j + 12 {
                return None;
            }
        }
        let ow = self.word(o)?;
        // Mixed numbers split at the last "and": "three hundred and sixty-one hundredths".
        if let Some(and) = (j + 1..o).rev().find(|&k| self.is(k, "and")) {
            if let (Some(int), Some((f, e, false))) = (self.exact_spelled(j, and), self.fraction_run(and + 1)) {
                let s = self.word(and - 1).and_then(|w| scale_word(&w)).filter(|s| *s >= 1000.0);
                let v = match s {
                    // "four million and two thirds" is four and two thirds million.
                    Some(s) => (int / s + f) * s,
                    None => int + f,
                };
                return Some((v, e, false));
            }
        }
        let combine = |p: f64, v: f64| -> Option<f64> {
            if v >= 100.0 {
                Some(p * v)
            } else if p % 100.0 == 0.0 || (is_tens(p % 100.0) && v < 10.0) {
                Some(p + v)
            } else {
                None
            }
        };
        let after = self.tok(o + 1);
        let ends_phrase = after.is_none_or(|t| {
            t.kind == TokKind::Sym
                || matches!(t.lower().as_ref(), "of" | "and" | "or")
                || scale_word(&t.lower()).is_some()
        });
        if let Some((d, plural)) = denominator(&ow) {
            // Longest denominator first: "one hundred thirty fifths" is 100/35.
            for s in j + 1..=o {
                let Some(num) = self.exact_spelled(j, s) else { continue };
                let den = if s == o {
                    Some(d)
                } else {
                    let pe = self.prefix_end(o);
                    if self.word(s).is_some_and(|w| w == "a" || w == "an") {
                        None
                    } else {
                        self.exact_spelled(s, pe).and_then(|p| combine(p, d))
                    }
                };
                let Some(den) = den else { continue };
                // A singular denominator takes "a"/"one": "one hundred twenty-fifth" is an ordinal.
                let single = s == j + 1 && matches!(self.word(j).as_deref(), Some("a" | "an" | "one"));
                if !(plural || single && ends_phrase) {
                    continue;
                }
                return Some((num / den, o + 1, false));
            }
        }
        let v = ordinal_value(&ow)?;
        if matches!(self.word(j).as_deref(), Some("a" | "an")) {
            return None;
        }
        let p = self.exact_spelled(j, self.prefix_end(o))?;
        Some((combine(p, v)?, o + 1, true))
    }

    /// An unsigned numeral at `i`, with its currency, scale and unit.
    fn atom_unsigned(&self, i: usize) -> Option<Atom> {
        let mut j = i;
        let mut currency: Option<&'static str> = None;
        // Currency prefix: "$", "US$", "C$", "USD", "Rs".
        if let Some(t) = self.tok(j) {
            if t.kind == TokKind::Word {
                if let (Some(code), Some(n)) = (currency_code(t.text), self.tok(j + 1)) {
                    if n.glued && currency_symbol(n.text).is_some() {
                        currency = Some(code);
                        j += 2;
                    } else if t.text.len() >= 2
                        && t.text.chars().all(|c| c.is_ascii_uppercase() || c == 's')
                        && n.kind == TokKind::Num
                        && t.text != "US"
                    {
                        currency = Some(code);
                        j += 1;
                    }
                }
            } else if let Some(c) = currency_symbol(t.text) {
                currency = Some(c);
                j += 1;
            }
        }
        let t = self.tok(j)?;
        let plain = |a: Atom| Atom { currency, ..a };
        let base = Atom {
            value: 0.0,
            next: j + 1,
            currency: None,
            percent: false,
            scaled: false,
            spelled: false,
            vague: None,
            duration: None,
            ordinal: false,
            year_like: false,
            about: false,
        };
        let mut spelled = false;
        let mut couple = false;
        let mut vague = None;
        let mut year_like = false;
        let mut is_fraction = false;
        // A leading decimal point: ".08" (not the dot of "192.168").
        let lead_dot = t.text == "."
            && self.tok(j + 1).is_some_and(|n| n.kind == TokKind::Num && n.glued && !n.text.contains([',', '.']))
            && (!t.glued || j == 0 || self.toks[j - 1].kind == TokKind::Sym);
        let (mut value, mut k) = if lead_dot {
            let v: f64 = format!("0.{}", self.tok(j + 1)?.text).parse().ok()?;
            (v, j + 2)
        } else if t.kind == TokKind::Num {
            let mut v: f64 = t.text.replace(',', "").parse().ok()?;
            year_like = t.text.len() == 4 && !t.text.contains([',', '.']) && (1800.0..=2100.0).contains(&v);
            // Fractions "3/4" (not dates "3/4/2021", nor their middle "4/2021").
            let after_slash = j > 0 && t.glued && self.toks[j - 1].text == "/";
            if self.is(j + 1, "/")
                && self.tok(j + 2).is_some_and(|n| n.kind == TokKind::Num && n.glued)
                && !self.is(j + 3, "/")
                && !after_slash
            {
                let d: f64 = self.tok(j + 2)?.text.replace(',', "").parse().ok()?;
                if d != 0.0 && self.tok(j + 1).is_some_and(|s| s.glued) {
                    return Some(self.finish(plain(Atom { value: v / d, next: j + 3, ..base })));
                }
            }
            let mut e = j + 1;
            // Thousands grouped by single spaces: "40 000", "1 234 567.89".
            if t.text.len() <= 3 && t.text.bytes().all(|b| b.is_ascii_digit()) && !after_slash {
                let mut digits = t.text.to_string();
                while let Some(n) = self.tok(e) {
                    let gap = &self.text[self.toks[e - 1].end..n.start];
                    let int = n.text.split('.').next().unwrap_or("");
                    let grouped = n.kind == TokKind::Num
                        && !n.text.contains(',')
                        && int.len() == 3
                        && !digits.contains('.')
                        && matches!(gap, " " | "\u{a0}" | "\u{202f}" | "\u{2009}")
                        && !self.is(e + 1, "/");
                    if !grouped {
                        break;
                    }
                    digits.push_str(n.text);
                    e += 1;
                }
                if e > j + 1 {
                    v = digits.parse().ok()?;
                    year_like = false;
                }
            }
            // A mixed fraction: "10 1/2".
            if e == j + 1
                && !t.text.contains('.')
                && self.tok(e).is_some_and(|n| n.kind == TokKind::Num && !n.glued)
                && self.tok(e + 1).is_some_and(|s| s.glued && s.text == "/")
                && self.tok(e + 2).is_some_and(|d| d.glued && d.kind == TokKind::Num)
                && !self.is(e + 3, "/")
            {
                let n: f64 = self.tok(e)?.text.parse().ok()?;
                let d: f64 = self.tok(e + 2)?.text.parse().ok()?;
                if n < d {
                    v += n / d;
                    e += 3;
                    year_like = false;
                }
            }
            (v, e)
        } else if t.kind == TokKind::Word {
            let w = t.lower();
            if !may_start_spelled(&w) {
                return None;
            }
            if let Some((a, b)) = self.vague_amount(j) {
                vague = Some(a);
                (a.0, b)
            } else if (w == "a" || w == "an") && self.word(j + 1).is_some_and(|n| n == "dozen") {
                spelled = true;
                (12.0, j + 2)
            } else if (w == "a" || w == "an")
                && self.word(j + 1).is_some_and(|n| n == "couple" || n == "pair")
                && self.is(j + 2, "of")
            {
                spelled = true;
                couple = self.word(j + 1).is_some_and(|n| n == "couple");
                (2.0, j + 3)
            } else if let Some((v, e, ordinal)) = self.fraction_run(j) {
                if ordinal {
                    return Some(Atom { value: v, next: e, ordinal: true, spelled: true, ..base });
                }
                spelled = true;
                is_fraction = true;
                (v, e)
            } else if (w == "a" || w == "an") && self.word(j + 1).is_some_and(|n| scale_word(&n).is_some()) {
                spelled = true;
                let (v, k) = self.spelled_with_leading_one(j + 1)?;
                (v, k)
            } else if w == "half"
                && self.is(j + 1, "a")
                && self.word(j + 2).is_some_and(|n| scale_word(&n).is_some() || n == "dozen")
            {
                spelled = true;
                let s = self.word(j + 2).and_then(|n| scale_word(&n)).unwrap_or(12.0);
                (s / 2.0, j + 3)
            } else if let Some((f, s)) = {
                // "half million", "quarter million", "a quarter million".
                let q = if w == "a" || w == "an" { j + 1 } else { j };
                let f = match self.word(q).as_deref() {
                    Some("half") if q == j => Some(0.5),
                    Some("quarter") => Some(0.25),
                    _ => None,
                };
                f.zip(self.word(q + 1).and_then(|n| scale_word(&n)).filter(|s| *s >= 1000.0)).map(|(f, s)| (f, (s, q)))
            } {
                spelled = true;
                (f * s.0, s.1 + 2)
            } else if (w == "a" || w == "an")
                && self.word(j + 1).is_some_and(|n| time_unit(&n).is_some())
                && self.is(j + 2, "and")
                && (self.fraction_phrase(j + 3).is_some()
                    || self.atom_unsigned(j + 3).is_some_and(|b| b.duration.is_some()))
            {
                // "an hour and a half", "a month and a half", "an hour and 45 minutes"
                spelled = true;
                (1.0, j + 1)
            } else if let Some(k) = {
                // "half an hour", "half hour", "half a litre"; "a tenth of a gallon"
                let d = if w == "half" { Some(2.0) } else { denominator(&w).filter(|d| !d.1).map(|d| d.0) };
                let mut k = j + 1;
                if w != "half" && self.is(k, "of") {
                    k += 1;
                } else if w != "half" {
                    k = usize::MAX;
                }
                if self.word(k).is_some_and(|n| n == "a" || n == "an") {
                    k += 1;
                }
                d.filter(|_| self.word(k).is_some_and(|n| time_unit(&n).is_some() || measure_unit(&n))).map(|d| (k, d))
            } {
                spelled = true;
                (1.0 / k.1, k.0)
            } else if w == "dozen" && !self.is(j + 1, "of") {
                spelled = true;
                (12.0, j + 1)
            } else if w == "point" && !(j > 0 && self.is(j - 1, "at")) {
                // "point 77"
                let (f, e) = self.decimals(j + 1)?;
                spelled = true;
                (f, e)
            } else {
                if let Some(v) = ordinal_value(&w) {
                    if self.tok(j).is_some_and(|t| t.text.chars().next().is_some_and(char::is_lowercase)) {
                        return Some(Atom { value: v, next: j + 1, spelled: true, ordinal: true, ..base });
                    }
                    return None;
                }
                // "two-thirds", "one-day", "three-foot", "half-litre"
                let parts: Vec<&str> = w.split('-').collect();
                if parts.len() == 2 {
                    let n = small_number(parts[0]).or(match parts[0] {
                        "half" => Some(0.5),
                        "quarter" => Some(0.25),
                        _ => None,
                    });
                    if let (Some(n), Some((d, _))) = (small_number(parts[0]), denominator(parts[1])) {
                        return Some(self.finish(plain(Atom { value: n / d, next: j + 1, spelled: true, ..base })));
                    }
                    if let (Some(n), Some(u)) = (small_number(parts[0]), time_unit(parts[1])) {
                        return Some(Atom { value: n, next: j + 1, spelled: true, duration: Some(u), ..base });
                    }
                    if let Some(n) = n.filter(|_| measure_unit(parts[1])) {
                        return Some(Atom { value: n, next: j + 1, spelled: true, ..base });
                    }
                    if let (Some(n), Some(c)) = (n, currency_word(parts[1])) {
                        return Some(Atom { value: n, next: j + 1, spelled: true, currency: Some(c), ..base });
                    }
                }
                let (mut v, mut k) = self.spelled(j)?;
                let mut joined = false;
                if self.is(k, "point") && !(j > 0 && self.is(j - 1, "at")) && v < 1000.0 {
                    // "five point five", "nought point nought three"
                    if let Some((f, e)) = self.decimals(k + 1) {
                        v += f;
                        k = e;
                        joined = true;
                    }
                }
                if !joined && self.is(k, "and") {
                    // "one and a half", "fifty six and a third"
                    if let Some((f, e)) = self.fraction_phrase(k + 1) {
                        let s = self.word(k - 1).and_then(|w| scale_word(&w)).filter(|s| *s >= 1000.0);
                        v = match s {
                            Some(s) => (v / s + f) * s,
                            None => v + f,
                        };
                        k = e;
                        joined = true;
                    }
                }
                if !joined && v == 1.0 && k == j + 1 && w == "one" {
                    let next = self.word(k);
                    if next.as_deref().is_none_or(|n| ONE_NOT_A_COUNT.contains(&n))
                        || self.tok(k).is_some_and(|t| t.kind != TokKind::Word)
                    {
                        return None;
                    }
                }
                spelled = true;
                (v, k)
            }
        } else {
            return None;
        };
        let from_digits = !spelled && vague.is_none();
        // Ordinal suffix glued to digits: "21st".
        if from_digits && !lead_dot {
            if let Some(n) = self.tok(k).filter(|n| n.glued && n.kind == TokKind::Word) {
                if matches!(n.text, "st" | "nd" | "rd" | "th") {
                    return Some(Atom { value, next: k + 1, ordinal: true, ..base });
                }
            }
        }
        if from_digits {
            // Scientific notation: "1e10", "12.32e+14", "1.1^23", "6.23x10^-4".
            let exponent = |e: usize| -> Option<(f64, usize)> {
                let mut e = e;
                let mut sign = 1.0;
                while self.tok(e).is_some_and(|t| t.glued && matches!(t.text, "-" | "+")) {
                    if self.is(e, "-") {
                        sign = -sign;
                    }
                    e += 1;
                }
                let n = self.tok(e).filter(|n| n.glued && n.kind == TokKind::Num && !n.text.contains(','))?;
                Some((sign * n.text.parse::<f64>().ok()?, e + 1))
            };
            let glued = |e: usize, s: &[&str]| self.tok(e).is_some_and(|t| t.glued && s.contains(&t.text));
            if glued(k, &["e", "E"]) {
                if let Some((x, e)) = exponent(k + 1) {
                    value *= 10f64.powf(x);
                    (k, year_like) = (e, false);
                }
            } else if glued(k, &["^"]) {
                if let Some((x, e)) = exponent(k + 1) {
                    value = value.powf(x);
                    (k, year_like) = (e, false);
                }
            } else if glued(k, &["x", "×"]) && glued(k + 1, &["10"]) && glued(k + 2, &["^"]) {
                if let Some((x, e)) = exponent(k + 3) {
                    value *= 10f64.powf(x);
                    (k, year_like) = (e, false);
                }
            } else if self.is(k, "point") && !t.text.contains('.') && !(j > 0 && self.is(j - 1, "at")) {
                // "1 point 1"
                if let Some((f, e)) = self.decimals(k + 1) {
                    value += f;
                    (k, year_like) = (e, false);
                }
            }
        }
        // Mixed numbers with digits: "7 and a half minutes".
        if from_digits && self.is(k, "and") {
            if let Some((f, e)) = self.fraction_phrase(k + 1) {
                value += f;
                (k, year_like) = (e, false);
            }
        }
        // "three quarters of a million"
        if is_fraction
            && self.is(k, "of")
            && self.word(k + 1).is_some_and(|w| w == "a" || w == "an")
            && self.word(k + 2).is_some_and(|w| scale_word(&w).is_some())
        {
            value *= self.word(k + 2).and_then(|w| scale_word(&w)).unwrap_or(1.0);
            k += 3;
        }
        let mut scaled = false;
        let mut last_scale = 1.0;
        if vague.is_none() {
            // Scale: "million", glued "bn", "half a million", "three dozen".
            if let Some(n) = self.tok(k) {
                if n.kind == TokKind::Word {
                    let w = n.lower();
                    let end_after = self.tok(k + 1).is_none_or(|t| t.kind == TokKind::Sym);
                    if let Some(s) = scale_word(&w).filter(|_| !spelled || value < 1000.0) {
                        value *= s;
                        scaled = true;
                        last_scale = s;
                        k += 1;
                        // "1.2 million, 300 thousand" is rare; "two hundred thousand" is handled by `spelled`.
                        if let Some(s2) = self.word(k).and_then(|w2| scale_word(&w2)) {
                            if s2 > s {
                                value *= s2;
                                last_scale = s2;
                                k += 1;
                            }
                        }
                    } else if matches!(w.as_ref(), "dozen" | "dozens" | "dz" | "dzs" | "doz" | "dozs") {
                        value *= 12.0;
                        scaled = true;
                        k += 1;
                    } else if n.glued && !spelled {
                        if let Some(s) = glued_scale(n.text) {
                            value *= s;
                            scaled = true;
                            last_scale = s;
                            k += 1;
                        }
                    } else if !spelled
                        && (matches!(n.text, "bn" | "bln" | "mln" | "mn" | "tn" | "tln" | "trn")
                            || currency.is_some() && matches!(n.text, "m" | "k")
                            || end_after && matches!(n.text, "k" | "K"))
                    {
                        // "10 bln", "$5 m", "2.33 k" spaced from the digits.
                        let s = glued_scale(n.text).unwrap_or(1.0);
                        value *= s;
                        scaled = true;
                        last_scale = s;
                        k += 1;
                    }
                }
            }
        }
        if scaled && from_digits {
            // "7 thousand 2 hundred and 15", "9 crore and four hundred".
            loop {
                let and = self.is(k, "and");
                let e = if and { k + 1 } else { k };
                let Some(t2) = self.tok(e) else { break };
                if t2.kind == TokKind::Num && t2.text.bytes().all(|b| b.is_ascii_digit()) {
                    let v2: f64 = t2.text.parse().ok()?;
                    match self.word(e + 1).and_then(|w| scale_word(&w)) {
                        Some(s2) if s2 < last_scale && v2 * s2 < last_scale => {
                            value += v2 * s2;
                            last_scale = s2;
                            k = e + 2;
                            continue;
                        }
                        None if and && last_scale == 100.0 && v2 < 100.0 => {
                            value += v2;
                            k = e + 1;
                        }
                        _ => {}
                    }
                } else if t2.kind == TokKind::Word {
                    if let Some((v2, e2)) = self.spelled(e) {
                        if v2 < last_scale && self.word(e2 - 1).is_some_and(|w| scale_word(&w).is_some()) {
                            value += v2;
                            k = e2;
                        }
                    }
                }
                break;
            }
            // "4 million and a half"
            if self.is(k, "and") {
                if let Some((f, e)) = self.fraction_phrase(k + 1) {
                    value += f * last_scale;
                    k = e;
                }
            }
        }
        Some(self.finish(Atom {
            value,
            next: k,
            currency,
            percent: false,
            scaled,
            spelled,
            vague,
            duration: None,
            ordinal: false,
            year_like: year_like && !scaled,
            about: couple,
        }))
    }

    /// "a hundred", "a thousand", "a million" read as one times the scale.
    fn spelled_with_leading_one(&self, i: usize) -> Option<(f64, usize)> {
        let s = scale_word(&self.word(i)?)?;
        let mut v = s;
        let mut k = i + 1;
        if s == 100.0 {
            if let Some(s2) = self.word(k).and_then(|w| scale_word(&w)) {
                v *= s2;
                k += 1;
            }
        }
        Some((v, k))
    }

    /// Units after the numeral: percent, currency words, time units.
    fn finish(&self, mut a: Atom) -> Atom {
        let k = a.next;
        if self.is(k, "%") || self.is(k, "percent") || self.is(k, "pct") {
            a.percent = true;
            a.next = k + 1;
            if self.is(a.next, "points") {
                a.next += 1;
            }
        } else if self.is(k, "per") && self.is(k + 1, "cent") || self.is(k, "percentage") && self.is(k + 1, "points") {
            a.percent = true;
            a.next = k + 2;
        } else if let Some(c) = self
            .tok(k)
            .filter(|t| t.text.len() == 3 && t.text.bytes().all(|b| b.is_ascii_uppercase()))
            .and_then(|t| currency_code(t.text))
        {
            // "17 USD", "3 CAD"
            if a.currency.is_none() {
                a.currency = Some(c);
            }
            a.next = k + 1;
        } else if let Some(c) = self.word(k).and_then(|w| currency_word(&w)) {
            if a.currency.is_none() {
                a.currency = Some(c);
            }
            a.next = k + 1;
        } else if let Some(u) = self.word(k).and_then(|w| time_unit(&w)) {
            a.duration = Some(u);
            a.next = k + 1;
        } else if a.value.fract() != 0.0 && self.is(k, "of") {
            // "three and a quarter of an hour"
            let u = if self.word(k + 1).is_some_and(|w| w == "a" || w == "an") { k + 2 } else { k + 1 };
            if let Some(unit) = self.word(u).and_then(|w| time_unit(&w)) {
                a.duration = Some(unit);
                a.next = u + 1;
            }
        } else if self.is(k, "-") && self.tok(k).is_some_and(|t| t.glued) {
            if let Some(u) = self.word(k + 1).and_then(|w| time_unit(&w)) {
                a.duration = Some(u);
                a.next = k + 2;
            }
        }
        a
    }

    /// Vague amounts: "tens of thousands", "hundreds", "dozens", "several thousand".
    fn vague_amount(&self, i: usize) -> Option<((f64, f64), usize)> {
        let w = self.word(i)?;
        let plural_scale = |w: &str| -> Option<f64> {
            Some(match w {
                "hundreds" => 1e2,
                "thousands" => 1e3,
                "millions" => 1e6,
                "billions" => 1e9,
                "trillions" => 1e12,
                _ => return None,
            })
        };
        if w == "tens" && self.is(i + 1, "of") {
            let s = plural_scale(&self.word(i + 2)?)?;
            return Some(((10.0 * s, 100.0 * s), i + 3));
        }
        if let Some(s) = plural_scale(&w) {
            if self.is(i + 1, "of") {
                if let Some(s2) = self.word(i + 2).and_then(|n| plural_scale(&n)) {
                    return Some(((s * s2, s * s2 * 10.0), i + 3));
                }
            }
            return Some(((s, s * 10.0), i + 1));
        }
        if w == "dozens" {
            return Some(((24.0, 144.0), i + 1));
        }
        if w == "scores" && self.is(i + 1, "of") {
            return Some(((40.0, 200.0), i + 1));
        }
        if matches!(w.as_ref(), "several" | "a few" | "few") {
            let s = scale_word(&self.word(i + 1)?)?;
            return Some(((2.0 * s, 9.0 * s), i + 2));
        }
        None
    }
}

/// Reads every number in `text[span]`.
pub(crate) fn find_numbers(text: &str, span: Span) -> Vec<NumberMatch> {
    let toks = tokenize(text, span.start, span.end);
    read_tokens(text, &toks)
}

pub(crate) fn read_tokens<'a>(text: &'a str, toks: &[Tok<'a>]) -> Vec<NumberMatch> {
    let r = Reader { toks, text };
    let mut out: Vec<NumberMatch> = Vec::new();
    // Token index just past the last figure read.
    let mut last_end = usize::MAX;
    let mut i = 0;
    while i < toks.len() {
        // Web addresses are not figures: skip "https://…?q=30%25" whole.
        if toks[i].kind == TokKind::Word
            && matches!(toks[i].lower().as_ref(), "http" | "https" | "www" | "ftp")
            && r.tok(i + 1).is_some_and(|t| t.glued && matches!(t.text, ":" | "."))
        {
            i += 1;
            while r.tok(i).is_some_and(|t| t.glued) {
                i += 1;
            }
            continue;
        }
        if !may_start_figure(&toks[i]) {
            i += 1;
            continue;
        }
        if let Some((m, next)) = read_date(&r, i) {
            out.push(m);
            i = next;
            last_end = i;
            continue;
        }
        if let Some((m, next)) = read_figure(&r, i) {
            let joined =
                last_end != usize::MAX && i == last_end + 1 && matches!(&*toks[last_end].lower(), "and" | "," | "but");
            match (out.last().filter(|_| joined).and_then(|prev| bounds_pair(prev, &m)), out.last_mut()) {
                (Some(pair), Some(prev)) => *prev = pair,
                _ => out.push(m),
            }
            i = next.max(i + 1);
            last_end = i;
            continue;
        }
        i += 1;
    }
    out
}

/// Two bounds read as one range: "more than 100 and less than 300", "no more than 80 and no less
/// than 30". Both must be the same kind of figure, and the bounds must leave room between them.
fn bounds_pair(a: &NumberMatch, b: &NumberMatch) -> Option<NumberMatch> {
    let lower = |q: Qualifier| matches!(q, Qualifier::MoreThan | Qualifier::AtLeast);
    let upper = |q: Qualifier| matches!(q, Qualifier::LessThan | Qualifier::UpTo);
    let (lo, hi) = if lower(a.qualifier) && upper(b.qualifier) {
        (a.value?, b.value?)
    } else if upper(a.qualifier) && lower(b.qualifier) {
        (b.value?, a.value?)
    } else {
        return None;
    };
    if lo >= hi || a.kind != b.kind || a.unit != b.unit || !a.kind.is_quantity() {
        return None;
    }
    let span = Span::new(a.span.start, b.span.end);
    let kind = if a.kind == FigureKind::Count { FigureKind::Range } else { a.kind };
    Some(NumberMatch {
        span,
        kind,
        value: None,
        low: Some(lo),
        high: Some(hi),
        qualifier: Qualifier::Range,
        unit: a.unit.clone(),
        after: b.after,
    })
}

fn read_date(r: &Reader<'_, '_>, i: usize) -> Option<(NumberMatch, usize)> {
    let t = r.tok(i)?;
    let date = |s: usize, e: usize, q: Qualifier| NumberMatch {
        span: Span::new(r.toks[s].start, r.toks[e - 1].end),
        kind: FigureKind::Date,
        value: None,
        low: None,
        high: None,
        qualifier: q,
        unit: None,
        after: r.toks[e - 1].end,
    };
    let day_num = |k: usize| {
        r.tok(k).is_some_and(|d| {
            d.kind == TokKind::Num && d.text.len() <= 2 && d.text.parse::<u8>().is_ok_and(|n| (1..=31).contains(&n))
        })
    };
    let year_num = |k: usize| {
        r.tok(k).is_some_and(|d| {
            d.kind == TokKind::Num
                && d.text.len() == 4
                && d.text.parse::<u16>().is_ok_and(|n| (1800..=2100).contains(&n))
        })
    };
    // Month-relative modifiers: "since March", "late October".
    let modifier = t.kind == TokKind::Word && DATE_MODIFIERS.contains(&t.lower().as_ref());
    let m = if modifier { i + 1 } else { i };
    if r.tok(m).is_some_and(is_month) {
        let is_may = r.is(m, "may");
        let mut e = m + 1;
        let mut has_num = false;
        if r.is(e, ".") && r.tok(m).is_some_and(|t| t.text.len() <= 4) && (day_num(e + 1) || year_num(e + 1)) {
            e += 1; // "Jan. 5"
        }
        if day_num(e) {
            e += 1;
            has_num = true;
            if r.tok(e).is_some_and(|t| t.glued && matches!(t.text, "st" | "nd" | "rd" | "th")) {
                e += 1;
            }
            if r.is(e, ",") && year_num(e + 1) {
                e += 2;
            } else if year_num(e) {
                e += 1;
            }
        } else if year_num(e) {
            e += 1;
            has_num = true;
        }
        let prev_ok = i > 0
            && r.word(i - 1).is_some_and(|w| {
                matches!(
                    w.as_ref(),
                    "in" | "of"
                        | "by"
                        | "last"
                        | "next"
                        | "this"
                        | "from"
                        | "before"
                        | "after"
                        | "since"
                        | "until"
                        | "early"
                        | "late"
                        | "mid"
                        | "during"
                        | "on"
                        | "end"
                )
            });
        if has_num || modifier && !is_may || prev_ok && !is_may {
            let q = if modifier && !has_num { Qualifier::Vague } else { Qualifier::Exact };
            let s = if modifier { i } else { m };
            return Some((date(s, e, q), e));
        }
        return None;
    }
    // Day before month: "06 May 2021", "6th of May".
    if day_num(i) {
        let mut e = i + 1;
        if r.tok(e).is_some_and(|t| t.glued && matches!(t.text, "st" | "nd" | "rd" | "th")) {
            e += 1;
        }
        if r.is(e, "of") {
            e += 1;
        }
        if r.tok(e).is_some_and(is_month) {
            e += 1;
            if year_num(e) {
                e += 1;
            }
            return Some((date(i, e, Qualifier::Exact), e));
        }
    }
    // Times: "9:40 AM".
    if t.kind == TokKind::Num
        && t.text.len() <= 2
        && r.is(i + 1, ":")
        && r.tok(i + 2).is_some_and(|n| n.kind == TokKind::Num && n.text.len() == 2 && n.glued)
    {
        let mut e = i + 3;
        if r.word(e).is_some_and(|w| matches!(w.as_ref(), "am" | "pm" | "a.m" | "p.m" | "gmt" | "utc" | "et")) {
            e += 1;
            if r.is(e, ".") && r.tok(e).is_some_and(|t| t.glued) {
                e += 1;
            }
        }
        return Some((date(i, e, Qualifier::Exact), e));
    }
    None
}

/// Words that put a date in relation to a month: "since March", "late October".
const DATE_MODIFIERS: &[&str] = &["since", "late", "early", "mid", "until", "through"];

/// Words that make a following "double"/"triple" a multiplicative claim ("could double").
const MODALS: &[&str] = &[
    "could", "would", "will", "may", "might", "to", "can", "should", "must", "be", "been", "has", "have", "had",
    "soon", "nearly", "almost", "more", "than", "roughly", "about",
];

fn multiplier(w: &str) -> Option<f64> {
    Some(match w {
        "double" | "doubled" | "doubles" | "doubling" => 2.0,
        "triple" | "tripled" | "triples" | "tripling" => 3.0,
        "quadruple" | "quadrupled" | "quadruples" => 4.0,
        _ => return None,
    })
}

fn read_figure(r: &Reader<'_, '_>, i: usize) -> Option<(NumberMatch, usize)> {
    // Multiplicatives: "could quickly double", "could be tripled".
    if let Some(w) = r.word(i) {
        if MODALS.contains(&w.as_ref()) && !matches!(w.as_ref(), "more" | "than" | "about" | "roughly") {
            let mut k = i + 1;
            while k < i + 3
                && r.word(k).is_some_and(|w| {
                    multiplier(&w).is_none()
                        && (w.ends_with("ly")
                            || matches!(
                                w.as_ref(),
                                "soon" | "be" | "been" | "more" | "than" | "even" | "easily" | "then" | "still"
                            ))
                })
            {
                k += 1;
            }
            if let Some(v) = r.word(k).and_then(|w| multiplier(&w)) {
                if !r.word(k + 1).is_some_and(|n| n == "digits" || n == "standard" || n == "agent") {
                    let span = Span::new(r.toks[i].start, r.toks[k].end);
                    let m = NumberMatch {
                        span,
                        kind: FigureKind::Count,
                        value: Some(v),
                        low: None,
                        high: None,
                        qualifier: Qualifier::Exact,
                        unit: Some("times".into()),
                        after: span.end,
                    };
                    return Some((m, k + 1));
                }
            }
        }
    }
    let (mut qualifier, qlen) = r.qualifier(i).unwrap_or((Qualifier::Exact, 0));
    let qualifier_given = qlen > 0;
    let mut j = i + qlen;
    // "between 10 and 20", "from 4,000 to 4,500"
    let between = r.is(j, "between");
    let from = r.is(j, "from");
    if between || from {
        j += 1;
    }
    let a = r.atom(j)?;
    if a.about && !qualifier_given {
        qualifier = Qualifier::About;
    }
    // A bare year is a year, unless money, percent or a scale says otherwise.
    let mut end_tok = a.next;
    let mut low_high: Option<(f64, f64)> = None;
    let mut b_atom: Option<Atom> = None;
    // Second bound.
    let connector = |k: usize| -> bool {
        let Some(t) = r.tok(k) else { return false };
        if between {
            return t.is_word("and");
        }
        t.is_word("to")
            || t.is_word("through")
            || (t.is_word("or") && !from)
            || matches!(t.text, "-" | "–" | "—" | "~") && !from
            || from && t.is_word("to")
    };
    // Units between the bounds: "from 3 km to 5 km", "between 2.0 l and 7.0 l".
    let skip_units = |mut k: usize| {
        while r.tok(k).is_some_and(|t| measure_unit(&t.lower()) || (t.glued && matches!(t.text, "C" | "F"))) {
            k += 1;
        }
        k
    };
    let c = skip_units(a.next);
    if a.vague.is_none() && !a.ordinal && connector(c) {
        // The second bound may carry its own "about": "between 2 and about 7", "2 - ~7".
        let bq = c + 1 + r.qualifier(c + 1).filter(|q| q.0 == Qualifier::About).map_or(0, |q| q.1);
        if let Some(b) = r.atom(bq) {
            let dash = matches!(r.tok(c).map(|t| t.text), Some("-" | "–" | "—"));
            let spaced_dash_ok = !dash || r.tok(c).is_some_and(|t| t.glued) || r.tok(c + 1).is_some_and(|t| !t.glued);
            // "rose 12 % to $ 318.4 million" is a percent and an amount, not a range.
            let unit = |x: &Atom| {
                x.currency
                    .map(|c| c.to_string())
                    .or(x.percent.then(|| "%".to_string()))
                    .or(x.duration.map(str::to_string))
            };
            let units_agree = match (unit(&a), unit(&b)) {
                (Some(ua), Some(ub)) => ua == ub,
                _ => true,
            };
            if b.vague.is_none() && !b.ordinal && spaced_dash_ok && units_agree && (a.spelled == b.spelled || !dash) {
                let mut lo = a.value;
                let hi = b.value;
                // Shared scale: "3 to 5 million".
                if b.scaled && !a.scaled && lo < hi / 100.0 {
                    let scale = b.value / r.atom_base(bq).unwrap_or(b.value);
                    lo *= scale;
                }
                if !(a.year_like && b.year_like) && lo <= hi && (between || from || lo < hi) {
                    low_high = Some((lo, hi));
                    end_tok = if b.currency.is_none() && !b.percent { skip_units(b.next) } else { b.next };
                    b_atom = Some(b);
                } else if a.year_like && b.year_like && lo < hi && !r.is(a.next, "or") {
                    let span = Span::new(r.toks[i].start, r.toks[b.next - 1].end);
                    let m = NumberMatch {
                        span,
                        kind: FigureKind::Year,
                        value: None,
                        low: Some(lo),
                        high: Some(hi),
                        qualifier: Qualifier::Range,
                        unit: None,
                        after: span.end,
                    };
                    return Some((m, b.next));
                }
            }
        }
    }
    if (between || from) && low_high.is_none() {
        if from && qlen == 0 {
            // "from 30" alone: read the number without "from".
            return read_figure(r, i + 1).filter(|(m, _)| m.span.start > r.toks[i].start);
        }
        return None;
    }
    // A plain ratio: "one over three", "1 in twenty-one" (only at the end of a clause, so that
    // "5 over 10 years" and "3 in 10 Americans" stay what they are).
    let plain = |x: &Atom| {
        x.currency.is_none() && !x.percent && x.duration.is_none() && x.vague.is_none() && !x.ordinal && !x.scaled
    };
    if low_high.is_none() && plain(&a) && !a.year_like && (r.is(end_tok, "over") || r.is(end_tok, "in")) {
        if let Some(b) = r.atom(end_tok + 1) {
            let clause_end = r.tok(b.next).is_none_or(|t| t.kind == TokKind::Sym && t.text != "%");
            if plain(&b) && !b.year_like && clause_end && a.value < b.value && a.value > 0.0 {
                let span = Span::new(r.toks[i].start, r.toks[b.next - 1].end);
                let m = NumberMatch {
                    span,
                    kind: FigureKind::Count,
                    value: Some(tidy(a.value / b.value)),
                    low: None,
                    high: None,
                    qualifier,
                    unit: None,
                    after: span.end,
                };
                return Some((m, b.next));
            }
        }
    }
    // Post-qualifiers: "or more", "or greater", "and over", "or less", "or so", "-plus", "+".
    let post = |k: usize| -> Option<Qualifier> {
        let joiner = r.is(k, "or") || r.is(k, "and");
        let w = r.word(k + 1)?;
        // "more than 200 and less than 300" is a pair of bounds, read by `read_tokens`.
        if !joiner || (r.is(k + 2, "than") && r.tok(k + 3).is_some()) {
            return None;
        }
        match w.as_ref() {
            "more" | "greater" | "higher" | "above" | "over" | "up" | "larger" => Some(Qualifier::AtLeast),
            "less" | "fewer" | "lower" | "below" | "under" | "smaller" => Some(Qualifier::UpTo),
            _ => None,
        }
    };
    if let Some(q) = post(end_tok).filter(|_| low_high.is_none()) {
        qualifier = q;
        end_tok += 2;
        if r.is(end_tok, "than") {
            end_tok += 1;
        }
    } else if r.is(end_tok, "or") && r.is(end_tok + 1, "so") {
        qualifier = Qualifier::About;
        end_tok += 2;
    } else if r.tok(end_tok).is_some_and(|t| t.glued && (t.text == "+" || t.is_word("-plus") || t.is_word("plus"))) {
        qualifier = Qualifier::AtLeast;
        end_tok += 1;
    }
    let last = end_tok.checked_sub(1)?;
    let span = Span::new(r.toks[i].start, r.toks[last].end);
    let b = b_atom.as_ref();
    let currency = a.currency.or(b.and_then(|b| b.currency));
    let percent = a.percent || b.is_some_and(|b| b.percent);
    let duration = a.duration.or(b.and_then(|b| b.duration));
    let (kind, unit) = if a.ordinal {
        (FigureKind::Ordinal, None)
    } else if currency.is_some() {
        (FigureKind::Money, currency.map(str::to_string))
    } else if percent {
        (FigureKind::Percent, Some("percent".to_string()))
    } else if let Some(u) = duration {
        (FigureKind::Duration, Some(u.to_string()))
    } else if a.vague.is_some() {
        (FigureKind::Approximate, None)
    } else if low_high.is_some() {
        (FigureKind::Range, None)
    } else if a.year_like && qlen == 0 && !year_is_count(r, end_tok, i) {
        (FigureKind::Year, None)
    } else {
        (FigureKind::Count, None)
    };
    let mut m =
        NumberMatch { span, kind, value: Some(a.value), low: None, high: None, qualifier, unit, after: span.end };
    if let Some((lo, hi)) = a.vague {
        m.value = None;
        m.low = Some(lo);
        m.high = Some(hi);
        m.qualifier = Qualifier::Vague;
    } else if let Some((lo, hi)) = low_high {
        m.value = None;
        m.low = Some(lo);
        m.high = Some(hi);
        m.qualifier = Qualifier::Range;
    }
    if kind == FigureKind::Year {
        m.qualifier = Qualifier::Exact;
    }
    if kind == FigureKind::Duration && low_high.is_none() && a.vague.is_none() {
        if let Some(e) = duration_compound(r, &mut m, end_tok) {
            end_tok = e;
            m.span = Span::new(m.span.start, r.toks[e - 1].end);
            m.after = m.span.end;
        }
    }
    m.value = m.value.map(tidy);
    m.low = m.low.map(tidy);
    m.high = m.high.map(tidy);
    // A lone "one"/ordinal with a qualifier is not a figure: "some one" / "about first".
    Some((m, end_tok))
}

/// Seconds in a time unit (a month is 30 days and a year 365, as calendars average out).
fn unit_seconds(u: &str) -> f64 {
    match u {
        "minutes" => 60.0,
        "hours" => 3600.0,
        "days" => 86400.0,
        "weeks" => 604800.0,
        "fortnights" => 1209600.0,
        "months" => 2592000.0,
        "years" => 31536000.0,
        "decades" => 315360000.0,
        "centuries" => 3153600000.0,
        _ => 1.0,
    }
}

/// How many `to` make one `from`. Calendar units convert through months ("4 years and 6 months"
/// is 54 months); the rest through seconds.
fn unit_ratio(from: &str, to: &str) -> f64 {
    let months = |u: &str| match u {
        "months" => Some(1.0),
        "years" => Some(12.0),
        "decades" => Some(120.0),
        "centuries" => Some(1200.0),
        _ => None,
    };
    match (months(from), months(to)) {
        (Some(a), Some(b)) => a / b,
        _ => unit_seconds(from) / unit_seconds(to),
    }
}

/// The unit a fractional clock duration is restated in: "1.5 hours" is 90 minutes, "half an hour"
/// 30. Calendar units stay as written ("17.5 months", "2.5 years" are how news counts them).
fn finer_unit(u: &str) -> Option<&'static str> {
    Some(match u {
        "hours" => "minutes",
        "minutes" => "seconds",
        _ => return None,
    })
}

/// Completes a duration: compounds ("1 hour and 45 minutes", "2 days, 3 hours", "1 hour thirty",
/// "an hour and a half") are summed in their smallest unit, and a fractional value is restated in a
/// finer unit so that "an hour and a half" and "90 minutes" agree. Returns the new end token.
fn duration_compound(r: &Reader<'_, '_>, m: &mut NumberMatch, end_tok: usize) -> Option<usize> {
    let (mut v, mut u): (f64, String) = (m.value?, m.unit.clone()?);
    let mut e = end_tok;
    loop {
        let mut k = e;
        if r.is(k, ",") {
            k += 1;
        }
        if r.is(k, "and") {
            k += 1;
        }
        if let Some((f, e2)) = r.fraction_phrase(k).filter(|_| k > e && r.is(k - 1, "and")) {
            // "one hour and half"
            v += f;
            e = e2;
            break;
        }
        let Some(b) = r.atom(k) else { break };
        match b.duration {
            Some(bu) if unit_seconds(bu) < unit_seconds(&u) && b.value >= 0.0 => {
                v = v * unit_ratio(&u, bu) + b.value;
                u = bu.to_string();
                e = b.next;
            }
            // "1 hour thirty": minutes left unnamed at the end of a clause.
            None if u == "hours"
                && b.currency.is_none()
                && !b.percent
                && !b.ordinal
                && b.vague.is_none()
                && (1.0..60.0).contains(&b.value)
                && r.tok(b.next).is_none_or(|t| t.kind == TokKind::Sym) =>
            {
                v = v * 60.0 + b.value;
                u = "minutes".to_string();
                e = b.next;
                break;
            }
            _ => break,
        }
    }
    while v.fract().abs() > 1e-9 {
        let Some(f) = finer_unit(&u) else { break };
        v *= unit_ratio(&u, f);
        u = f.to_string();
    }
    m.value = Some(tidy(v));
    m.unit = Some(u);
    Some(e)
}

/// Rounds away binary noise from scaling ("16.4 million" is 16400000, not 16399999.999999998).
fn tidy(v: f64) -> f64 {
    format!("{v:.12e}").parse().unwrap_or(v)
}

/// A four-digit number followed by a counted noun is a count ("1999 troops"), not a year.
fn year_is_count(r: &Reader<'_, '_>, next: usize, start: usize) -> bool {
    if start > 0
        && r.word(start - 1).is_some_and(|w| {
            matches!(
                w.as_ref(),
                "in" | "since"
                    | "of"
                    | "by"
                    | "from"
                    | "until"
                    | "before"
                    | "after"
                    | "during"
                    | "early"
                    | "late"
                    | "mid"
                    | "summer"
                    | "spring"
                    | "autumn"
                    | "winter"
                    | "fall"
            )
        })
    {
        return false;
    }
    r.word(next).is_some_and(|w| {
        w.len() > 3
            && w.ends_with('s')
            && w.chars().all(|c| c.is_lowercase())
            && !matches!(w.as_ref(), "was" | "has" | "this" | "its" | "as" | "is" | "elections" | "olympics")
    })
}

impl Reader<'_, '_> {
    /// The numeral's value before its scale word (for shared scales in ranges).
    fn atom_base(&self, i: usize) -> Option<f64> {
        let mut j = i;
        if self.tok(j).is_some_and(|t| currency_symbol(t.text).is_some()) {
            j += 1;
        }
        let t = self.tok(j)?;
        if t.kind == TokKind::Num {
            return t.text.replace(',', "").parse().ok();
        }
        self.spelled(j).map(|(v, _)| v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (text, kind, value, low, high, qualifier)
    type Row = (String, &'static str, Option<f64>, Option<f64>, Option<f64>, &'static str);
    /// (input, wanted text, kind, value, low, high, qualifier)
    type Case = (&'static str, &'static str, &'static str, Option<f64>, Option<f64>, Option<f64>, &'static str);

    fn read(text: &str) -> Vec<Row> {
        find_numbers(text, Span::new(0, text.len()))
            .into_iter()
            .map(|m| {
                (
                    text[m.span.start..m.span.end].to_string(),
                    m.kind.as_str(),
                    m.value,
                    m.low,
                    m.high,
                    m.qualifier.as_str(),
                )
            })
            .collect()
    }

    #[track_caller]
    fn one(text: &str, want_text: &str, kind: &str, value: Option<f64>, low: Option<f64>, high: Option<f64>, q: &str) {
        let got = read(text);
        let hit = got.iter().find(|g| g.0 == want_text);
        match hit {
            Some(g) => {
                assert_eq!((g.1, g.2, g.3, g.4, g.5), (kind, value, low, high, q), "\ninput: {text}\ngot:   {got:?}");
            }
            None => panic!("\ninput: {text}\nwant:  {want_text:?}\ngot:   {got:?}"),
        }
    }

    #[test]
    fn words_that_may_start_a_spelled_numeral() {
        for w in ["a", "twelve", "twenty-first", "thirtyfirst", "thirds", "hundredths", "lakh", "dozens", "several"] {
            assert!(may_start_spelled(w), "{w}");
        }
        for w in ["the", "said", "people", "tent", "fortress", "severally"] {
            assert!(!may_start_spelled(w), "{w}");
        }
    }

    #[test]
    fn tokens_that_may_start_a_figure() {
        let text = "Since March, more than 40 people could double USD 5 between Rs 3 the said Reporters";
        let toks = tokenize(text, 0, text.len());
        let starts: Vec<&str> = toks.iter().filter(|t| may_start_figure(t)).map(|t| t.text).collect();
        assert_eq!(starts, ["Since", "March", ",", "more", "than", "40", "could", "USD", "5", "between", "Rs", "3"]);
    }

    #[test]
    fn number_table() {
        let n = None;
        let s = Some;
        let cases: &[Case] = &[
            ("claimed more than 21,000 people", "more than 21,000", "count", s(21000.0), n, n, "more_than"),
            ("removed 4,000 to 4,500 troops", "4,000 to 4,500", "range", n, s(4000.0), s(4500.0), "range"),
            ("removed 4,000–4,500 troops", "4,000–4,500", "range", n, s(4000.0), s(4500.0), "range"),
            ("between 10 and 20 people", "between 10 and 20", "range", n, s(10.0), s(20.0), "range"),
            ("pulled out only about 4,500 of", "about 4,500", "count", s(4500.0), n, n, "about"),
            ("of one hundred thousand voters", "one hundred thousand", "count", s(100000.0), n, n, "exact"),
            ("one hundred and twenty thousand", "one hundred and twenty thousand", "count", s(120000.0), n, n, "exact"),
            ("a further $ 350 million in loans", "$ 350 million", "money", s(3.5e8), n, n, "exact"),
            ("C$16.4 million", "C$16.4 million", "money", s(16.4e6), n, n, "exact"),
            ("it cost 1.5bn", "1.5bn", "count", s(1.5e9), n, n, "exact"),
            ("64.2 cents", "64.2 cents", "money", s(64.2), n, n, "exact"),
            ("More than 70 percent of", "More than 70 percent", "percent", s(70.0), n, n, "more_than"),
            ("rose 90% today", "90%", "percent", s(90.0), n, n, "exact"),
            ("nearly six years of talks", "nearly six years", "duration", s(6.0), n, n, "nearly"),
            (
                "\"tens of thousands\" of troops",
                "tens of thousands",
                "approximate",
                n,
                s(10000.0),
                s(100000.0),
                "vague",
            ),
            ("fifty-two men", "fifty-two", "count", s(52.0), n, n, "exact"),
            ("a dozen schools", "a dozen", "count", s(12.0), n, n, "exact"),
            ("half a million people", "half a million", "count", s(500000.0), n, n, "exact"),
            ("two-thirds of voters", "two-thirds", "count", s(0.6666666666667), n, n, "exact"),
            ("3/4 of them", "3/4", "count", s(0.75), n, n, "exact"),
            ("began in 2009, soon after", "2009", "year", s(2009.0), n, n, "exact"),
            ("the August 9 agreement", "August 9", "date", n, n, n, "exact"),
            ("Tuesday, 14 September 2021 9:40 AM", "14 September 2021", "date", n, n, n, "exact"),
            ("Tuesday, 14 September 2021 9:40 AM", "9:40 AM", "date", n, n, n, "exact"),
            ("rose since March.", "since March", "date", n, n, n, "vague"),
            ("injuries of four Polish firefighters", "four", "count", s(4.0), n, n, "exact"),
            ("the fleet could quickly double", "could quickly double", "count", s(2.0), n, n, "exact"),
            ("up to 40 trucks", "up to 40", "count", s(40.0), n, n, "up_to"),
            ("at least 37 dead", "at least 37", "count", s(37.0), n, n, "at_least"),
            ("fewer than 20 voters", "fewer than 20", "count", s(20.0), n, n, "less_than"),
            ("the first by a visiting minister", "first", "ordinal", s(1.0), n, n, "exact"),
            ("on the 21st floor", "21st", "ordinal", s(21.0), n, n, "exact"),
            ("500 or more protesters", "500 or more", "count", s(500.0), n, n, "at_least"),
            ("a couple of weeks later", "a couple of weeks", "duration", s(2.0), n, n, "about"),
            ("Marsh'sone-day visit", "one-day", "duration", s(1.0), n, n, "exact"),
            // Spelled numbers, ordinals and fractions.
            ("for a second time", "second", "ordinal", s(2.0), n, n, "exact"),
            ("rose to fifty - six", "fifty - six", "count", s(56.0), n, n, "exact"),
            ("scored nought", "nought", "count", s(0.0), n, n, "exact"),
            ("the twenty-first century", "twenty-first", "ordinal", s(21.0), n, n, "exact"),
            ("its one hundred twenty-fifth year", "one hundred twenty-fifth", "ordinal", s(125.0), n, n, "exact"),
            ("the thirty second floor", "thirty second", "ordinal", s(32.0), n, n, "exact"),
            ("a third of voters", "a third", "count", s(0.3333333333333), n, n, "exact"),
            ("three fifths of them", "three fifths", "count", s(0.6), n, n, "exact"),
            ("nine and three quarters", "nine and three quarters", "count", s(9.75), n, n, "exact"),
            ("two and a half years", "two and a half years", "duration", s(2.5), n, n, "exact"),
            ("for 3 days 40 people", "3 days", "duration", s(3.0), n, n, "exact"),
            // Fractional durations are restated in a finer unit; compounds are summed.
            ("4 and a half hours", "4 and a half hours", "duration", s(270.0), n, n, "exact"),
            ("three and a quarter of an hour", "three and a quarter of an hour", "duration", s(195.0), n, n, "exact"),
            ("an hour and a half later", "an hour and a half", "duration", s(90.0), n, n, "exact"),
            ("2 hours and 5 minutes", "2 hours and 5 minutes", "duration", s(125.0), n, n, "exact"),
            ("ran 3 hours 10", "3 hours 10", "duration", s(190.0), n, n, "exact"),
            ("half an hour", "half an hour", "duration", s(30.0), n, n, "exact"),
            ("4 years and 6 months", "4 years and 6 months", "duration", s(54.0), n, n, "exact"),
            ("after 9.5 months", "9.5 months", "duration", s(9.5), n, n, "exact"),
            ("costs 12 USD 40", "12 USD 40", "money", s(12.4), n, n, "exact"),
            ("two million and a half", "two million and a half", "count", s(2.5e6), n, n, "exact"),
            ("seven and a half million", "seven and a half million", "count", s(7.5e6), n, n, "exact"),
            ("a quarter million homes", "a quarter million", "count", s(250000.0), n, n, "exact"),
            ("three dozen eggs", "three dozen", "count", s(36.0), n, n, "exact"),
            ("4 thousand 2 hundred", "4 thousand 2 hundred", "count", s(4200.0), n, n, "exact"),
            ("a 7 1/2 mile walk", "7 1/2", "count", s(7.5), n, n, "exact"),
            ("grew six point four", "six point four", "count", s(6.4), n, n, "exact"),
            ("roughly 12 lakh", "roughly 12 lakh", "count", s(1.2e6), n, n, "about"),
            ("ratio of one over four.", "one over four", "count", s(0.25), n, n, "exact"),
            // Digits.
            ("a .45 calibre", ".45", "count", s(0.45), n, n, "exact"),
            ("about 2.5e6 cells", "about 2.5e6", "count", s(2.5e6), n, n, "about"),
            ("a 12 500 strong crowd", "12 500", "count", s(12500.0), n, n, "exact"),
            ("worth 7 bln", "7 bln", "count", s(7e9), n, n, "exact"),
            // Negative numbers.
            ("growth of -2.3% in", "-2.3%", "percent", s(-2.3), n, n, "exact"),
            ("fell to minus 12", "minus 12", "count", s(-12.0), n, n, "exact"),
            ("at 15 degrees below zero", "15 degrees below zero", "count", s(-15.0), n, n, "exact"),
            // Bounds and ranges.
            ("aged 65 and over", "65 and over", "count", s(65.0), n, n, "at_least"),
            ("100 or fewer seats", "100 or fewer", "count", s(100.0), n, n, "up_to"),
            ("turnout exceeded 60%", "exceeded 60%", "percent", s(60.0), n, n, "more_than"),
            (
                "more than 10 and fewer than 20 boats",
                "more than 10 and fewer than 20",
                "range",
                n,
                s(10.0),
                s(20.0),
                "range",
            ),
            ("from 5 km to 8 km away", "from 5 km to 8 km", "range", n, s(5.0), s(8.0), "range"),
            // Money.
            ("paid four dollars and ten cents", "four dollars and ten cents", "money", s(4.10), n, n, "exact"),
            ("up 4 % to $ 20 million", "$ 20 million", "money", s(2e7), n, n, "exact"),
        ];
        for (text, want, kind, v, lo, hi, q) in cases {
            one(text, want, kind, *v, *lo, *hi, q);
        }
    }

    #[test]
    fn not_numbers() {
        for text in [
            "one of the reasons why",
            "one of the council's long-term goals",
            "the Group of officials met on Wednesday",
            "a number of troops",
            "It may be that they left",
            "plus or minus",
            "see https://example.com/a?b=30%25",
            "the Covid-",
        ] {
            let got = read(text);
            assert!(got.is_empty(), "{text}: {got:?}");
        }
    }
}
