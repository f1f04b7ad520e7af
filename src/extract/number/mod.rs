//! The number reader: every way news copy writes a quantity, read into a value or an interval.
//!
//! It works over tokens, not one giant regex, because news numbers are compositional: a qualifier
//! ("more than"), a currency ("C$"), a numeral in digits or words ("one hundred and twenty"), a scale
//! ("million", glued "bn"), a unit ("percent"), a second bound ("to 4,500") and a vague amount ("tens of
//! thousands") combine freely. Dates and years are read here too, so that they are never mistaken for
//! counts, and come out with their own kinds.
//!
//! Each part reads one thing and is named after it: `numeral` (digits, and the numeral a sign,
//! currency, scale and unit make), `spelled`, `cardinal` and `fraction` (numbers in words),
//! `scale`, `unit`, `money`, `qualifier`, `range`, `duration` and `date`, all over the
//! tokens and knowledge `reader` holds. This file walks a paragraph's tokens and puts a figure
//! together from the parts. The words are the lexicon's (`lexicon::numerals`), the currencies the
//! knowledge's (`rules/knowledge/currencies.yaml`), and the pre-filter that turns most words away
//! before any part reads them is composed from the same tables.

mod cardinal;
mod date;
mod duration;
mod fraction;
mod money;
mod numeral;
mod qualifier;
mod range;
mod reader;
mod scale;
mod spelled;
mod unit;

use self::date::{is_month, read_date};
use self::numeral::atom;
use self::range::{Bound, Opener};
use self::reader::{tidy, Atom, Reader};
use crate::claim::{FigureKind, Qualifier, Quantity};
use crate::document::Span;
use crate::knowledge::currency::Currencies;
use crate::lexicon::numerals::{
    self, may_start_spelled, multiplier, BETWEEN, FROM, MODALS, MULTIPLIER_ADVERBS, NOT_COUNTED_AFTER_YEAR,
    NOT_MULTIPLIED, WEB_ADDRESS_STARTS, YEAR_PREPOSITIONS,
};
use crate::text::token::{tokenize, Tok, TokKind};

pub(crate) use self::reader::NumberMatch;

/// Reads every number in `text[span]`, with the currencies `money` names.
pub(crate) fn find_numbers(text: &str, span: Span, money: &Currencies) -> Vec<NumberMatch> {
    let toks = tokenize(text, span.start, span.end);
    read_tokens(text, &toks, money)
}

/// Reads every number in a paragraph's tokens, in text order.
pub(crate) fn read_tokens<'a>(text: &'a str, toks: &[Tok<'a>], money: &Currencies) -> Vec<NumberMatch> {
    let r = Reader { toks, text, money };
    let mut out: Vec<NumberMatch> = Vec::new();
    // Token index just past the last figure read.
    let mut last_end = usize::MAX;
    let mut i = 0;
    while i < toks.len() {
        // Web addresses are not figures: skip "https://…?q=30%25" whole.
        if toks[i].kind == TokKind::Word
            && WEB_ADDRESS_STARTS.contains(&toks[i].lower().as_ref())
            && r.tok(i + 1).is_some_and(|t| t.glued && matches!(t.text, ":" | "."))
        {
            i += 1;
            while r.tok(i).is_some_and(|t| t.glued) {
                i += 1;
            }
            continue;
        }
        if !may_start_figure(&toks[i], money) {
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
            match (out.last().filter(|_| joined).and_then(|prev| range::bounds_pair(prev, &m)), out.last_mut()) {
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

/// Whether a date or a figure can start at this token: [`read_date`] and [`read_figure`] read no
/// further when it cannot. Every token that is no word passes, and every word either of them starts
/// from: spelled numerals, months, currency letters, and the other words of the lexicon a figure
/// starts with (modals, qualifiers, signs, range openers, date modifiers). Most words of a text
/// are none of these, and each reader's own tests cost more than this one.
fn may_start_figure(t: &Tok<'_>, money: &Currencies) -> bool {
    if t.kind != TokKind::Word {
        return true;
    }
    let w = t.lower();
    numerals::may_start_figure(&w) || may_start_spelled(&w) || is_month(t) || money.letters(t.text).is_some()
}

/// Multiplicatives at `i`: "could quickly double", "could be tripled", "nearly doubled".
fn multiplicative(r: &Reader<'_, '_>, i: usize) -> Option<(NumberMatch, usize)> {
    let w = r.word(i)?;
    if !MODALS.contains(&w.as_ref()) {
        return None;
    }
    let mut k = i + 1;
    while k < i + 3
        && r.word(k).is_some_and(|w| {
            multiplier(&w).is_none() && (w.ends_with("ly") || MULTIPLIER_ADVERBS.contains(&w.as_ref()))
        })
    {
        k += 1;
    }
    let v = r.word(k).and_then(|w| multiplier(&w))?;
    if r.word(k + 1).is_some_and(|n| NOT_MULTIPLIED.contains(&n.as_ref())) {
        return None;
    }
    let span = Span::new(r.toks[i].start, r.toks[k].end);
    let quantity = Quantity {
        kind: FigureKind::Count,
        value: Some(v),
        low: None,
        high: None,
        qualifier: Qualifier::Exact,
        unit: Some("times".into()),
    };
    Some((NumberMatch::ending(span, quantity), k + 1))
}

/// The figure starting at token `i`, and the token after it: a multiplicative, or a numeral with
/// its qualifier, its second bound or ratio, and its post-qualifier.
fn read_figure(r: &Reader<'_, '_>, i: usize) -> Option<(NumberMatch, usize)> {
    if let Some(m) = multiplicative(r, i) {
        return Some(m);
    }
    let (mut qualifier, qlen) = qualifier::before(r, i).unwrap_or((Qualifier::Exact, 0));
    let mut j = i + qlen;
    // "between 10 and 20", "from 4,000 to 4,500"
    let opener = if r.is(j, BETWEEN) {
        Opener::Between
    } else if r.is(j, FROM) {
        Opener::From
    } else {
        Opener::None
    };
    if opener != Opener::None {
        j += 1;
    }
    let a = atom(r, j)?;
    if a.about && qlen == 0 {
        qualifier = Qualifier::About;
    }
    let (mut end_tok, low_high, b) = match range::second_bound(r, i, &a, opener) {
        Bound::Years(m, next) => return Some((m, next)),
        Bound::Range { low, high, second, end } => (end, Some((low, high)), Some(second)),
        Bound::None => (a.next, None, None),
    };
    if opener != Opener::None && low_high.is_none() {
        if opener == Opener::From && qlen == 0 {
            // "from 30" alone: read the number without "from".
            return read_figure(r, i + 1).filter(|(m, _)| m.span.start > r.toks[i].start);
        }
        return None;
    }
    if low_high.is_none() {
        if let Some(ratio) = range::ratio(r, i, &a, end_tok, qualifier) {
            return Some(ratio);
        }
    }
    if let Some((q, e)) = qualifier::after(r, end_tok, low_high.is_some()) {
        (qualifier, end_tok) = (q, e);
    }
    let last = end_tok.checked_sub(1)?;
    let span = Span::new(r.toks[i].start, r.toks[last].end);
    let (kind, unit) = kind_and_unit(r, i, end_tok, &a, b.as_ref(), low_high.is_some(), qlen > 0);
    let mut m =
        NumberMatch::ending(span, Quantity { kind, value: Some(a.value), low: None, high: None, qualifier, unit });
    let q = &mut m.quantity;
    if let Some((lo, hi)) = a.vague {
        (q.value, q.low, q.high, q.qualifier) = (None, Some(lo), Some(hi), Qualifier::Vague);
    } else if let Some((lo, hi)) = low_high {
        (q.value, q.low, q.high, q.qualifier) = (None, Some(lo), Some(hi), Qualifier::Range);
    }
    if kind == FigureKind::Year {
        q.qualifier = Qualifier::Exact;
    }
    if kind == FigureKind::Duration && low_high.is_none() && a.vague.is_none() {
        if let Some(e) = duration::compound(r, &mut m, end_tok) {
            end_tok = e;
            m.span = Span::new(m.span.start, r.toks[e - 1].end);
            m.after = m.span.end;
        }
    }
    let q = &mut m.quantity;
    (q.value, q.low, q.high) = (q.value.map(tidy), q.low.map(tidy), q.high.map(tidy));
    Some((m, end_tok))
}

/// The kind of a figure starting at token `i` and ending before `end`, from its first bound `a`
/// and its second `b`, and its unit.
fn kind_and_unit(
    r: &Reader<'_, '_>,
    i: usize,
    end: usize,
    a: &Atom<'_>,
    b: Option<&Atom<'_>>,
    range: bool,
    qualified: bool,
) -> (FigureKind, Option<String>) {
    let currency = a.currency.or(b.and_then(|b| b.currency));
    let percent = a.percent || b.is_some_and(|b| b.percent);
    let duration = a.duration.or(b.and_then(|b| b.duration));
    if a.ordinal {
        (FigureKind::Ordinal, None)
    } else if let Some(c) = currency {
        (FigureKind::Money, Some(c.to_string()))
    } else if percent {
        (FigureKind::Percent, Some("percent".to_string()))
    } else if let Some(u) = duration {
        (FigureKind::Duration, Some(u.to_string()))
    } else if a.vague.is_some() {
        (FigureKind::Approximate, None)
    } else if range {
        (FigureKind::Range, None)
    } else if a.year_like && !qualified && !year_is_count(r, end, i) {
        // A bare year is a year, unless money, percent or a scale says otherwise.
        (FigureKind::Year, None)
    } else {
        (FigureKind::Count, None)
    }
}

/// A four-digit number followed by a counted noun is a count ("1999 troops"), not a year.
fn year_is_count(r: &Reader<'_, '_>, next: usize, start: usize) -> bool {
    if start > 0 && r.word(start - 1).is_some_and(|w| YEAR_PREPOSITIONS.contains(&w.as_ref())) {
        return false;
    }
    r.word(next).is_some_and(|w| {
        w.len() > 3
            && w.ends_with('s')
            && w.chars().all(|c| c.is_lowercase())
            && !NOT_COUNTED_AFTER_YEAR.contains(&w.as_ref())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (text, kind, value, low, high, qualifier)
    type Row = (String, &'static str, Option<f64>, Option<f64>, Option<f64>, &'static str);
    /// (input, wanted text, kind, value, low, high, qualifier)
    type Case = (&'static str, &'static str, &'static str, Option<f64>, Option<f64>, Option<f64>, &'static str);

    /// The built-in currencies, loaded once for every test.
    fn money() -> &'static Currencies {
        static ENGINE: std::sync::LazyLock<crate::Engine> = std::sync::LazyLock::new(crate::Engine::builtin);
        &ENGINE.knowledge.currencies
    }

    fn read(text: &str) -> Vec<Row> {
        find_numbers(text, Span::new(0, text.len()), money())
            .into_iter()
            .map(|m| {
                let q = m.quantity;
                (
                    text[m.span.start..m.span.end].to_string(),
                    q.kind.as_str(),
                    q.value,
                    q.low,
                    q.high,
                    q.qualifier.as_str(),
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
    fn tokens_that_may_start_a_figure() {
        let text = "Since March, more than 40 people could double USD 5 between Rs 3 the said Reporters";
        let toks = tokenize(text, 0, text.len());
        let starts: Vec<&str> = toks.iter().filter(|t| may_start_figure(t, money())).map(|t| t.text).collect();
        // "than" is no first word of a qualifier, and no modal: nothing starts from it.
        assert_eq!(starts, ["Since", "March", ",", "more", "40", "could", "USD", "5", "between", "Rs", "3"]);
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

    /// (input, wanted text, value, unit): which currency the words, signs and letters of
    /// `rules/knowledge/currencies.yaml` name, and the hundredths after a sum.
    #[test]
    fn currency_table() {
        let cases: &[(&str, &str, f64, Option<&str>)] = &[
            ("paid Rs 300 for it", "Rs 300", 300.0, Some("INR")),
            ("the US 5 plan", "5", 5.0, None),
            ("it cost €20", "€20", 20.0, Some("EUR")),
            ("a HK$ 5 fare", "HK$ 5", 5.0, Some("HKD")),
            ("a NZ 40 rise", "NZ 40", 40.0, Some("NZD")),
            ("raised C€5", "C€5", 5.0, Some("CAD")),
            ("hit 17 CAD", "17 CAD", 17.0, Some("CAD")),
            ("hit 40 UAH", "40", 40.0, None),
            ("hit 3 hryvnias", "3 hryvnias", 3.0, Some("UAH")),
            ("a two-euro coin", "two-euro", 2.0, Some("EUR")),
            ("paid 5 ringgit 50 sen", "5 ringgit 50 sen", 5.5, Some("MYR")),
            ("paid 5 pounds 20p", "5 pounds 20p", 5.2, Some("GBP")),
            ("paid 64.2 cents", "64.2 cents", 64.2, Some("cents")),
        ];
        for (text, want, value, unit) in cases {
            let got = find_numbers(text, Span::new(0, text.len()), money());
            let got: Vec<_> = got
                .iter()
                .map(|m| (&text[m.span.start..m.span.end], m.quantity.value, m.quantity.unit.as_deref()))
                .collect();
            assert_eq!(got, [(*want, Some(*value), *unit)], "{text}");
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
