//! Numerals: a number with its sign, currency, scale and unit, in digits or in words. Digits are
//! read here (thousands separators, spaced groups "40 000", decimals, a leading point ".45",
//! fractions "3/4" and "10 1/2", exponents "2.5e6", ordinals "21st"); words are read by
//! [`super::spelled`]; both go on with a scale ([`super::scale`]) and a unit ([`super::unit`]).

use super::cardinal;
use super::fraction;
use super::money;
use super::reader::{Atom, Part, Read, Reader};
use super::scale;
use super::spelled;
use super::unit::{finish, time_unit};
use crate::lexicon::numerals::{
    is_article, may_start_spelled, scale, MARGIN_WORDS, ORDINAL_SUFFIXES, POINT, SIGN_WORDS,
};
use crate::text::token::{Tok, TokKind};

/// A numeral at `i`, signed ("-4/5", "minus 5", "negative one"), with its cents and "below zero".
pub(super) fn atom<'r>(r: &Reader<'r, '_>, i: usize) -> Option<Atom<'r>> {
    let t = r.tok(i)?;
    let minus_word = t.kind == TokKind::Word
        && SIGN_WORDS.contains(&t.lower().as_ref())
        // "plus or minus 3 points" is a margin, not a negative number.
        && !(i > 0 && r.word(i - 1).is_some_and(|w| MARGIN_WORDS.contains(&w.as_ref())));
    let minus_sign = matches!(t.text, "-" | "−")
        && r.tok(i + 1).is_some_and(|n| n.kind == TokKind::Num && n.glued)
        && sign_position(r, i);
    let mut a = if minus_word || minus_sign {
        let mut a = atom_unsigned(r, i + 1)?;
        if a.vague.is_some() || a.ordinal || a.value < 0.0 {
            return None;
        }
        a.value = -a.value;
        a.year_like = false;
        a
    } else {
        atom_unsigned(r, i)?
    };
    // "2 degrees below zero", "20 below zero".
    let mut k = a.next;
    if r.is(k, "degrees") || r.is(k, "degree") {
        k += 1;
    }
    if r.is(k, "below") && r.is(k + 1, "zero") && a.value > 0.0 && a.currency.is_none() && !a.percent {
        a.value = -a.value;
        a.next = k + 2;
    }
    money::cents(r, &mut a);
    Some(a)
}

/// Whether a "-" at `i` is a minus sign: not glued to a word or number before it ("1995-01",
/// "Covid-19" are not negative numbers).
fn sign_position(r: &Reader<'_, '_>, i: usize) -> bool {
    let Some(t) = r.tok(i) else { return false };
    i == 0 || !t.glued || matches!(r.toks[i - 1].text, "<" | ">" | "=" | "(" | "[" | "≤" | "≥" | "~" | "\"" | "“" | ":")
}

/// An unsigned numeral at `i`, with its currency, scale and unit.
pub(super) fn atom_unsigned<'r>(r: &Reader<'r, '_>, i: usize) -> Option<Atom<'r>> {
    let (currency, j) = money::prefix(r, i);
    let t = r.tok(j)?;
    // A leading decimal point: ".08" (not the dot of "192.168").
    let lead_dot = t.text == "."
        && r.tok(j + 1).is_some_and(|n| n.kind == TokKind::Num && n.glued && !n.text.contains([',', '.']))
        && (!t.glued || j == 0 || r.toks[j - 1].kind == TokKind::Sym);
    let read = if lead_dot {
        let v: f64 = format!("0.{}", r.tok(j + 1)?.text).parse().ok()?;
        Read::Part(Part { value: v, next: j + 2, ..Part::default() })
    } else if t.kind == TokKind::Num {
        digits(r, j, t, currency)?
    } else if t.kind == TokKind::Word {
        let w = t.lower();
        if !may_start_spelled(&w) {
            return None;
        }
        match unit_and_more(r, j, &w) {
            Some(p) => Read::Part(p),
            None => spelled::numeral(r, j, &w, currency)?,
        }
    } else {
        return None;
    };
    match read {
        Read::Whole(a) => Some(a),
        Read::Part(p) => go_on(r, j, t, lead_dot, currency, p),
    }
}

/// "an hour and a half", "a month and a half", "an hour and 45 minutes": one of the unit, which
/// the duration reader completes. (No other spelled form starts with an article and a unit.)
fn unit_and_more(r: &Reader<'_, '_>, j: usize, w: &str) -> Option<Part> {
    let more = || fraction::phrase(r, j + 3).is_some() || atom_unsigned(r, j + 3).is_some_and(|b| b.duration.is_some());
    (is_article(w) && r.word(j + 1).is_some_and(|n| time_unit(&n).is_some()) && r.is(j + 2, "and") && more())
        .then(|| Part::spelled(1.0, j + 1))
}

/// A numeral in digits at `j`: separators, groups of three spaced ("40 000"), fractions ("3/4",
/// "10 1/2").
fn digits<'r>(r: &Reader<'r, '_>, j: usize, t: &Tok<'_>, currency: Option<&'r str>) -> Option<Read<'r>> {
    let mut v: f64 = t.text.replace(',', "").parse().ok()?;
    let mut year_like = t.text.len() == 4 && !t.text.contains([',', '.']) && (1800.0..=2100.0).contains(&v);
    // Fractions "3/4" (not dates "3/4/2021", nor their middle "4/2021").
    let after_slash = j > 0 && t.glued && r.toks[j - 1].text == "/";
    if r.is(j + 1, "/")
        && r.tok(j + 2).is_some_and(|n| n.kind == TokKind::Num && n.glued)
        && !r.is(j + 3, "/")
        && !after_slash
    {
        let d: f64 = r.tok(j + 2)?.text.replace(',', "").parse().ok()?;
        if d != 0.0 && r.tok(j + 1).is_some_and(|s| s.glued) {
            return Some(Read::Whole(finish(r, Atom { currency, ..Atom::new(v / d, j + 3) })));
        }
    }
    let mut e = j + 1;
    // Thousands grouped by single spaces: "40 000", "1 234 567.89".
    if t.text.len() <= 3 && t.text.bytes().all(|b| b.is_ascii_digit()) && !after_slash {
        let (grouped, end) = spaced_groups(r, j);
        if end > j + 1 {
            v = grouped.parse().ok()?;
            e = end;
            year_like = false;
        }
    }
    // A mixed fraction: "10 1/2".
    if e == j + 1
        && !t.text.contains('.')
        && r.tok(e).is_some_and(|n| n.kind == TokKind::Num && !n.glued)
        && r.tok(e + 1).is_some_and(|s| s.glued && s.text == "/")
        && r.tok(e + 2).is_some_and(|d| d.glued && d.kind == TokKind::Num)
        && !r.is(e + 3, "/")
    {
        let n: f64 = r.tok(e)?.text.parse().ok()?;
        let d: f64 = r.tok(e + 2)?.text.parse().ok()?;
        if n < d {
            v += n / d;
            e += 3;
            year_like = false;
        }
    }
    Some(Read::Part(Part { value: v, next: e, year_like, ..Part::default() }))
}

/// The digits of groups of three after the number at `j`, each parted from the last by one space
/// ("40 000", "1 234 567.89"; not "40\n000"), and the token after them.
fn spaced_groups(r: &Reader<'_, '_>, j: usize) -> (String, usize) {
    let mut digits = r.toks[j].text.to_string();
    let mut e = j + 1;
    while let Some(n) = r.tok(e) {
        let gap = &r.text[r.toks[e - 1].end..n.start];
        let int = n.text.split('.').next().unwrap_or("");
        let grouped = n.kind == TokKind::Num
            && !n.text.contains(',')
            && int.len() == 3
            && !digits.contains('.')
            && matches!(gap, " " | "\u{a0}" | "\u{202f}" | "\u{2009}")
            && !r.is(e + 1, "/");
        if !grouped {
            break;
        }
        digits.push_str(n.text);
        e += 1;
    }
    (digits, e)
}

/// What a numeral's first tokens (`p`, from the token `t` at `j`) go on with: an ordinal suffix,
/// an exponent, a fraction, a scale; then its unit.
fn go_on<'r>(
    r: &Reader<'r, '_>,
    j: usize,
    t: &Tok<'_>,
    lead_dot: bool,
    currency: Option<&'r str>,
    p: Part,
) -> Option<Atom<'r>> {
    let from_digits = !p.spelled && p.vague.is_none();
    let (mut value, mut k, mut year_like) = (p.value, p.next, p.year_like);
    // Ordinal suffix glued to digits: "21st".
    if from_digits && !lead_dot {
        if let Some(n) = r.tok(k).filter(|n| n.glued && n.kind == TokKind::Word) {
            if ORDINAL_SUFFIXES.contains(&n.text) {
                return Some(Atom { ordinal: true, ..Atom::new(value, k + 1) });
            }
        }
    }
    if from_digits {
        if let Some((v, e)) = exponent(r, j, t, k, value) {
            (value, k, year_like) = (v, e, false);
        }
    }
    // Mixed numbers with digits: "7 and a half minutes".
    if from_digits && r.is(k, "and") {
        if let Some((f, e)) = fraction::phrase(r, k + 1) {
            value += f;
            (k, year_like) = (e, false);
        }
    }
    // "three quarters of a million"
    if p.fraction
        && r.is(k, "of")
        && r.word(k + 1).is_some_and(|w| is_article(&w))
        && r.word(k + 2).is_some_and(|w| scale(&w).is_some())
    {
        value *= r.word(k + 2).and_then(|w| scale(&w)).unwrap_or(1.0);
        k += 3;
    }
    let mut scaled = false;
    if p.vague.is_none() {
        if let Some((v, e, last)) = scale::after(r, k, value, p.spelled, currency) {
            (value, k, scaled) = (v, e, true);
            if from_digits {
                (value, k) = scale::compound(r, k, value, last)?;
            }
        }
    }
    Some(finish(
        r,
        Atom {
            value,
            next: k,
            currency,
            percent: false,
            scaled,
            spelled: p.spelled,
            vague: p.vague,
            duration: None,
            ordinal: false,
            year_like: year_like && !scaled,
            about: p.about,
        },
    ))
}

/// An exponent or spelled decimals after digits at `k`: "1e10", "12.32e+14", "1.1^23",
/// "6.23x10^-4", "1 point 1". The new value and the token after.
fn exponent(r: &Reader<'_, '_>, j: usize, t: &Tok<'_>, k: usize, value: f64) -> Option<(f64, usize)> {
    let power = |e: usize| -> Option<(f64, usize)> {
        let mut e = e;
        let mut sign = 1.0;
        while r.tok(e).is_some_and(|t| t.glued && matches!(t.text, "-" | "+")) {
            if r.is(e, "-") {
                sign = -sign;
            }
            e += 1;
        }
        let n = r.tok(e).filter(|n| n.glued && n.kind == TokKind::Num && !n.text.contains(','))?;
        Some((sign * n.text.parse::<f64>().ok()?, e + 1))
    };
    let glued = |e: usize, s: &[&str]| r.tok(e).is_some_and(|t| t.glued && s.contains(&t.text));
    if glued(k, &["e", "E"]) {
        power(k + 1).map(|(x, e)| (value * 10f64.powf(x), e))
    } else if glued(k, &["^"]) {
        power(k + 1).map(|(x, e)| (value.powf(x), e))
    } else if glued(k, &["x", "×"]) && glued(k + 1, &["10"]) && glued(k + 2, &["^"]) {
        power(k + 3).map(|(x, e)| (value * 10f64.powf(x), e))
    } else if r.is(k, POINT) && !t.text.contains('.') && !(j > 0 && r.is(j - 1, "at")) {
        // "1 point 1"
        cardinal::decimals(r, k + 1).map(|(f, e)| (value + f, e))
    } else {
        None
    }
}

/// The numeral's value before its scale word at `i` (for a scale two bounds share: "3 to 5
/// million").
pub(super) fn atom_base(r: &Reader<'_, '_>, i: usize) -> Option<f64> {
    let mut j = i;
    if r.tok(j).is_some_and(|t| r.money.sign(t.text).is_some()) {
        j += 1;
    }
    let t = r.tok(j)?;
    if t.kind == TokKind::Num {
        return t.text.replace(',', "").parse().ok();
    }
    cardinal::spelled(r, j).map(|(v, _)| v)
}
