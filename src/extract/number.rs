//! The number reader: every way news copy writes a quantity, read into a value or an interval.
//!
//! It works over tokens, not one giant regex, because news numbers are compositional: a qualifier
//! ("more than"), a currency ("C$"), a numeral in digits or words ("one hundred and twenty"), a scale
//! ("million", glued "bn"), a unit ("percent"), a second bound ("to 3,500") and a vague amount ("tens of
//! thousands") combine freely. Dates and years are read here too, so that they are never mistaken for
//! counts, and come out with their own kinds.

use super::token::{tokenize, Tok, TokKind};
use crate::document::Span;

/// What kind of figure a number is (the JSON `kind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FigureKind {
    /// A count of things ("28,000 fighters").
    Count,
    /// An amount of money ("$ 200 million").
    Money,
    /// A percentage ("90 percent").
    Percent,
    /// A length of time ("nearly eight years").
    Duration,
    /// A range of counts ("3,000 to 3,500").
    Range,
    /// A calendar date or time of day ("June 20", "4:15 PM").
    Date,
    /// A year ("2014").
    Year,
    /// An ordinal ("the first").
    Ordinal,
    /// A vague amount ("tens of thousands").
    Approximate,
}

impl FigureKind {
    /// The name used in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            FigureKind::Count => "count",
            FigureKind::Money => "money",
            FigureKind::Percent => "percent",
            FigureKind::Duration => "duration",
            FigureKind::Range => "range",
            FigureKind::Date => "date",
            FigureKind::Year => "year",
            FigureKind::Ordinal => "ordinal",
            FigureKind::Approximate => "approximate",
        }
    }

    /// Whether figures of this kind are quantities that can be compared (not dates, years, ordinals).
    pub fn is_quantity(self) -> bool {
        !matches!(self, FigureKind::Date | FigureKind::Year | FigureKind::Ordinal)
    }
}

/// How a figure is qualified (the JSON `qualifier`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Qualifier {
    /// As stated.
    Exact,
    /// "about", "around", "some", "an estimated".
    About,
    /// "more than", "over".
    MoreThan,
    /// "at least", "no fewer than", "or more".
    AtLeast,
    /// "less than", "fewer than", "under".
    LessThan,
    /// "up to", "as many as", "at most".
    UpTo,
    /// "nearly", "almost", "close to".
    Nearly,
    /// A range with two bounds.
    Range,
    /// A vague amount.
    Vague,
}

impl Qualifier {
    /// The name used in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::About => "about",
            Qualifier::MoreThan => "more_than",
            Qualifier::AtLeast => "at_least",
            Qualifier::LessThan => "less_than",
            Qualifier::UpTo => "up_to",
            Qualifier::Nearly => "nearly",
            Qualifier::Range => "range",
            Qualifier::Vague => "vague",
        }
    }
}

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

fn small_number(w: &str) -> Option<f64> {
    Some(match w {
        "zero" | "nil" => 0.0,
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
        _ => return None,
    })
}

/// Scale abbreviations glued to digits ("1.5bn", "200m", "5k").
fn glued_scale(w: &str) -> Option<f64> {
    Some(match w {
        "k" | "K" => 1e3,
        "m" | "mn" | "mln" | "M" => 1e6,
        "b" | "bn" | "bln" | "B" => 1e9,
        "tn" | "trn" => 1e12,
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
        "hundredth" => 100.0,
        "thousandth" => 1000.0,
        "millionth" => 1e6,
        "last" => return None,
        _ => return None,
    })
}

fn denominator(w: &str) -> Option<f64> {
    Some(match w {
        "half" | "halves" => 2.0,
        "third" | "thirds" => 3.0,
        "quarter" | "quarters" | "fourth" | "fourths" => 4.0,
        "fifth" | "fifths" => 5.0,
        "sixth" | "sixths" => 6.0,
        "eighth" | "eighths" => 8.0,
        "tenth" | "tenths" => 10.0,
        _ => return None,
    })
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
        "hour" | "hours" | "hr" | "hrs" => "hours",
        "minute" | "minutes" | "min" | "mins" => "minutes",
        "second" | "seconds" | "sec" | "secs" => "seconds",
        "decade" | "decades" => "decades",
        "century" | "centuries" => "centuries",
        "fortnight" | "fortnights" => "fortnights",
        _ => return None,
    })
}

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

fn is_month(t: &Tok<'_>) -> bool {
    t.is_capitalised() && MONTHS.contains(&t.lower().as_str())
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
}

impl<'a> Reader<'_, 'a> {
    fn tok(&self, i: usize) -> Option<&Tok<'a>> {
        self.toks.get(i)
    }

    fn word(&self, i: usize) -> Option<String> {
        self.tok(i).filter(|t| t.kind == TokKind::Word).map(Tok::lower)
    }

    fn is(&self, i: usize, w: &str) -> bool {
        self.tok(i).is_some_and(|t| t.text.eq_ignore_ascii_case(w))
    }

    /// Longest qualifier phrase at `i`: (qualifier, tokens used).
    fn qualifier(&self, i: usize) -> Option<(Qualifier, usize)> {
        let mut best: Option<(Qualifier, usize)> = None;
        for (phrase, q) in QUALIFIERS {
            let len = if phrase.chars().any(char::is_alphanumeric) {
                let parts: Vec<&str> = phrase.split(' ').collect();
                parts.iter().enumerate().all(|(k, p)| self.is(i + k, p)).then_some(parts.len())
            } else {
                // Symbol qualifiers are one token per char (">=" is two tokens).
                let mut buf = [0u8; 4];
                phrase
                    .chars()
                    .enumerate()
                    .all(|(k, ch)| self.tok(i + k).is_some_and(|t| t.text == &*ch.encode_utf8(&mut buf)))
                    .then_some(phrase.chars().count())
            };
            if let Some(len) = len {
                if best.is_none_or(|b| b.1 < len) {
                    best = Some((*q, len));
                }
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
        loop {
            let Some(w) = self.word(j) else { break };
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

    /// A numeral at `i`, with its currency, scale and unit.
    fn atom(&self, i: usize) -> Option<Atom> {
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
        let mut spelled = false;
        let mut couple = false;
        let mut vague = None;
        let mut year_like = false;
        let (mut value, mut k) = if t.kind == TokKind::Num {
            let v: f64 = t.text.replace(',', "").parse().ok()?;
            year_like = t.text.len() == 4 && !t.text.contains([',', '.']) && (1800.0..=2100.0).contains(&v);
            // Fractions "3/4" (not dates "3/4/2021").
            if self.is(j + 1, "/")
                && self.tok(j + 2).is_some_and(|n| n.kind == TokKind::Num && n.glued)
                && !self.is(j + 3, "/")
            {
                let d: f64 = self.tok(j + 2)?.text.replace(',', "").parse().ok()?;
                if d != 0.0 && self.tok(j + 1).is_some_and(|s| s.glued) {
                    return Some(Atom {
                        value: v / d,
                        next: j + 3,
                        currency,
                        percent: false,
                        scaled: false,
                        spelled: false,
                        vague: None,
                        duration: None,
                        ordinal: false,
                        year_like: false,
                        about: false,
                    });
                }
            }
            (v, j + 1)
        } else if t.kind == TokKind::Word {
            let w = t.lower();
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
            } else if w == "dozen" && !self.is(j + 1, "of") {
                spelled = true;
                (12.0, j + 1)
            } else {
                // "two-thirds", "one-day"
                let parts: Vec<&str> = w.split('-').collect();
                if parts.len() == 2 {
                    if let (Some(n), Some(d)) = (small_number(parts[0]), denominator(parts[1])) {
                        return Some(self.finish(Atom {
                            value: n / d,
                            next: j + 1,
                            currency,
                            percent: false,
                            scaled: false,
                            spelled: true,
                            vague: None,
                            duration: None,
                            ordinal: false,
                            year_like: false,
                            about: false,
                        }));
                    }
                    if let (Some(n), Some(u)) = (small_number(parts[0]), time_unit(parts[1])) {
                        return Some(Atom {
                            value: n,
                            next: j + 1,
                            currency: None,
                            percent: false,
                            scaled: false,
                            spelled: true,
                            vague: None,
                            duration: Some(u),
                            ordinal: false,
                            year_like: false,
                            about: false,
                        });
                    }
                }
                if let Some(v) = ordinal_word(&w) {
                    if self.tok(j).is_some_and(|t| t.text.chars().next().is_some_and(char::is_lowercase)) {
                        return Some(Atom {
                            value: v,
                            next: j + 1,
                            currency: None,
                            percent: false,
                            scaled: false,
                            spelled: true,
                            vague: None,
                            duration: None,
                            ordinal: true,
                            year_like: false,
                            about: false,
                        });
                    }
                    return None;
                }
                let (v, k) = self.spelled(j)?;
                if v == 1.0 && k == j + 1 && w == "one" {
                    let next = self.word(k);
                    if next.as_deref().is_none_or(|n| ONE_NOT_A_COUNT.contains(&n))
                        || self.tok(k).is_some_and(|t| t.kind != TokKind::Word)
                    {
                        return None;
                    }
                }
                // A spelled fraction: "two thirds", "a third of".
                if let Some(d) = self.word(k).and_then(|n| denominator(&n)) {
                    if !(d == 2.0) || self.is(k + 1, "of") {
                        return Some(self.finish(Atom {
                            value: v / d,
                            next: k + 1,
                            currency,
                            percent: false,
                            scaled: false,
                            spelled: true,
                            vague: None,
                            duration: None,
                            ordinal: false,
                            year_like: false,
                            about: false,
                        }));
                    }
                }
                spelled = true;
                (v, k)
            }
        } else {
            return None;
        };
        // Ordinal suffix glued to digits: "21st".
        if !spelled {
            if let Some(n) = self.tok(k).filter(|n| n.glued && n.kind == TokKind::Word) {
                if matches!(n.text, "st" | "nd" | "rd" | "th") {
                    return Some(Atom {
                        value,
                        next: k + 1,
                        currency: None,
                        percent: false,
                        scaled: false,
                        spelled: false,
                        vague: None,
                        duration: None,
                        ordinal: true,
                        year_like: false,
                        about: false,
                    });
                }
            }
        }
        let mut scaled = false;
        if vague.is_none() {
            // Scale: "million", glued "bn", "half a million".
            if let Some(n) = self.tok(k) {
                if n.kind == TokKind::Word {
                    let w = n.lower();
                    if let Some(s) = scale_word(&w).filter(|_| !spelled || value < 1000.0) {
                        value *= s;
                        scaled = true;
                        k += 1;
                        // "1.2 million, 300 thousand" is rare; "two hundred thousand" is handled by `spelled`.
                        if let Some(s2) = self.word(k).and_then(|w2| scale_word(&w2)) {
                            if s2 > s {
                                value *= s2;
                                k += 1;
                            }
                        }
                    } else if n.glued && !spelled {
                        if let Some(s) = glued_scale(n.text) {
                            value *= s;
                            scaled = true;
                            k += 1;
                        }
                    } else if currency.is_some() && !spelled && matches!(n.text, "m" | "mn" | "bn" | "tn" | "k") {
                        // "$5 m" with a space after a currency.
                        value *= glued_scale(n.text).unwrap_or(1.0);
                        scaled = true;
                        k += 1;
                    }
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
        } else if self.is(k, "per") && self.is(k + 1, "cent") {
            a.percent = true;
            a.next = k + 2;
        } else if self.is(k, "percentage") && self.is(k + 1, "points") {
            a.percent = true;
            a.next = k + 2;
        } else if let Some(c) = self.word(k).and_then(|w| currency_word(&w)) {
            if a.currency.is_none() {
                a.currency = Some(c);
            }
            a.next = k + 1;
        } else if let Some(u) = self.word(k).and_then(|w| time_unit(&w)) {
            a.duration = Some(u);
            a.next = k + 1;
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
        if matches!(w.as_str(), "several" | "a few" | "few") {
            let s = scale_word(&self.word(i + 1)?)?;
            return Some(((2.0 * s, 9.0 * s), i + 2));
        }
        None
    }
}

/// Reads every number in `text[span]`.
pub(crate) fn find_numbers(text: &str, span: Span) -> Vec<NumberMatch> {
    let toks = tokenize(text, span.start, span.end);
    read_tokens(&toks)
}

fn read_tokens(toks: &[Tok<'_>]) -> Vec<NumberMatch> {
    let r = Reader { toks };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some((m, next)) = read_date(&r, i) {
            out.push(m);
            i = next;
            continue;
        }
        if let Some((m, next)) = read_figure(&r, i) {
            out.push(m);
            i = next.max(i + 1);
            continue;
        }
        i += 1;
    }
    out
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
    // Month-relative modifiers: "since January", "late December".
    let modifier = t.kind == TokKind::Word
        && matches!(t.lower().as_str(), "since" | "late" | "early" | "mid" | "until" | "through");
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
                    w.as_str(),
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
    // Times: "4:15 PM".
    if t.kind == TokKind::Num
        && t.text.len() <= 2
        && r.is(i + 1, ":")
        && r.tok(i + 2).is_some_and(|n| n.kind == TokKind::Num && n.text.len() == 2 && n.glued)
    {
        let mut e = i + 3;
        if r.word(e).is_some_and(|w| matches!(w.as_str(), "am" | "pm" | "a.m" | "p.m" | "gmt" | "utc" | "et")) {
            e += 1;
            if r.is(e, ".") && r.tok(e).is_some_and(|t| t.glued) {
                e += 1;
            }
        }
        return Some((date(i, e, Qualifier::Exact), e));
    }
    None
}

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
    // Multiplicatives: "could soon double", "could be doubled".
    if let Some(w) = r.word(i) {
        if MODALS.contains(&w.as_str()) && !matches!(w.as_str(), "more" | "than" | "about" | "roughly") {
            let mut k = i + 1;
            while k < i + 3
                && r.word(k).is_some_and(|w| {
                    multiplier(&w).is_none()
                        && (w.ends_with("ly")
                            || matches!(
                                w.as_str(),
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
    // "between 10 and 20", "from 3,000 to 3,500"
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
            || matches!(t.text, "-" | "–" | "—") && !from
            || from && t.is_word("to")
    };
    if a.vague.is_none() && !a.ordinal && connector(a.next) {
        if let Some(b) = r.atom(a.next + 1) {
            let dash = matches!(r.tok(a.next).map(|t| t.text), Some("-" | "–" | "—"));
            let spaced_dash_ok =
                !dash || r.tok(a.next).is_some_and(|t| t.glued) || r.tok(a.next + 1).is_some_and(|t| !t.glued);
            if b.vague.is_none() && !b.ordinal && spaced_dash_ok && (a.spelled == b.spelled || !dash) {
                let mut lo = a.value;
                let hi = b.value;
                // Shared scale: "3 to 5 million".
                if b.scaled && !a.scaled && lo < hi / 100.0 {
                    let scale = b.value / r.atom_base(a.next + 1).unwrap_or(b.value);
                    lo *= scale;
                }
                if !(a.year_like && b.year_like) && lo <= hi && (between || from || lo < hi) {
                    low_high = Some((lo, hi));
                    end_tok = b.next;
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
    // Post-qualifiers: "or more", "or so", "-plus", "+".
    if r.is(end_tok, "or") && r.word(end_tok + 1).is_some_and(|w| w == "more") {
        qualifier = Qualifier::AtLeast;
        end_tok += 2;
    } else if r.is(end_tok, "or") && r.is(end_tok + 1, "so") {
        qualifier = Qualifier::About;
        end_tok += 2;
    } else if r.is(end_tok, "+") && r.tok(end_tok).is_some_and(|t| t.glued) {
        qualifier = Qualifier::AtLeast;
        end_tok += 1;
    } else if r.word(end_tok).is_some_and(|w| w == "-plus" || w == "plus") && r.tok(end_tok).is_some_and(|t| t.glued) {
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
    m.value = m.value.map(tidy);
    m.low = m.low.map(tidy);
    m.high = m.high.map(tidy);
    // A lone "one"/ordinal with a qualifier is not a figure: "some one" / "about first".
    Some((m, end_tok))
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
                w.as_str(),
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
            && !matches!(w.as_str(), "was" | "has" | "this" | "its" | "as" | "is" | "elections" | "olympics")
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

    fn read(text: &str) -> Vec<(String, &'static str, Option<f64>, Option<f64>, Option<f64>, &'static str)> {
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
    fn number_table() {
        let n = None;
        let s = Some;
        let cases: &[(&str, &str, &str, Option<f64>, Option<f64>, Option<f64>, &str)] = &[
            ("claimed more than 13,000 people", "more than 13,000", "count", s(13000.0), n, n, "more_than"),
            ("removed 3,000 to 3,500 troops", "3,000 to 3,500", "range", n, s(3000.0), s(3500.0), "range"),
            ("removed 3,000–3,500 troops", "3,000–3,500", "range", n, s(3000.0), s(3500.0), "range"),
            ("between 10 and 20 people", "between 10 and 20", "range", n, s(10.0), s(20.0), "range"),
            ("pulled out only about 3,500 of", "about 3,500", "count", s(3500.0), n, n, "about"),
            ("of one hundred thousand troops", "one hundred thousand", "count", s(100000.0), n, n, "exact"),
            ("one hundred and twenty thousand", "one hundred and twenty thousand", "count", s(120000.0), n, n, "exact"),
            ("an additional $ 200 million in aid", "$ 200 million", "money", s(2e8), n, n, "exact"),
            ("C$16.4 million", "C$16.4 million", "money", s(16.4e6), n, n, "exact"),
            ("it cost 1.5bn", "1.5bn", "count", s(1.5e9), n, n, "exact"),
            ("64.2 cents", "64.2 cents", "money", s(64.2), n, n, "exact"),
            ("More than 90 percent of", "More than 90 percent", "percent", s(90.0), n, n, "more_than"),
            ("rose 90% today", "90%", "percent", s(90.0), n, n, "exact"),
            ("nearly eight years of fighting", "nearly eight years", "duration", s(8.0), n, n, "nearly"),
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
            ("broke out in 2014, shortly", "2014", "year", s(2014.0), n, n, "exact"),
            ("the June 20 ceasefire", "June 20", "date", n, n, n, "exact"),
            ("Thursday, 06 May 2021 4:15 PM", "06 May 2021", "date", n, n, n, "exact"),
            ("Thursday, 06 May 2021 4:15 PM", "4:15 PM", "date", n, n, n, "exact"),
            ("escalated since January.", "since January", "date", n, n, n, "vague"),
            ("deaths of four Ukrainian soldiers", "four", "count", s(4.0), n, n, "exact"),
            ("the number could soon double", "could soon double", "count", s(2.0), n, n, "exact"),
            ("up to 40 trucks", "up to 40", "count", s(40.0), n, n, "up_to"),
            ("at least 53 dead", "at least 53", "count", s(53.0), n, n, "at_least"),
            ("fewer than 20 voters", "fewer than 20", "count", s(20.0), n, n, "less_than"),
            ("the first by a senior official", "first", "ordinal", s(1.0), n, n, "exact"),
            ("on the 21st floor", "21st", "ordinal", s(21.0), n, n, "exact"),
            ("500 or more protesters", "500 or more", "count", s(500.0), n, n, "at_least"),
            ("a couple of weeks ago", "a couple of weeks", "duration", s(2.0), n, n, "about"),
            ("Blinken'sone-day visit", "one-day", "duration", s(1.0), n, n, "exact"),
        ];
        for (text, want, kind, v, lo, hi, q) in cases {
            one(text, want, kind, *v, *lo, *hi, q);
        }
    }

    #[test]
    fn not_numbers() {
        for text in [
            "one of the reasons why",
            "one of Moscow's long-term goals",
            "the Group of officials met on Wednesday",
            "a number of troops",
            "It may be that they left",
        ] {
            let got = read(text);
            assert!(got.is_empty(), "{text}: {got:?}");
        }
    }
}
