//! Numerals in words: which spelled form starts at a word ("a dozen", "a couple of", "half a
//! million", "three quarters", "a tenth of a gallon", "point 77", "two-thirds", "one-day", "one
//! hundred and five") and the vague amounts ("tens of thousands", "dozens", "several thousand").
//!
//! Cardinals are read by [`super::cardinal`], fractions and ordinals by [`super::fraction`]; a
//! scale or unit after the words is the numeral reader's to read.

use super::cardinal;
use super::fraction::{self, denominator, ordinal_value};
use super::reader::{Atom, Part, Read, Reader};
use super::unit::{finish, time_unit};
use crate::lexicon::numerals::{
    self, cardinal, is_article, is_measure_unit, plural_scale, scale, Vague, DOZEN, ONE_NOT_A_COUNT, POINT,
};
use crate::text::token::TokKind;

/// The spelled numeral at the word `j` (`w`, lowercase), after a currency if one was written.
pub(super) fn numeral<'r>(r: &Reader<'r, '_>, j: usize, w: &str, currency: Option<&'r str>) -> Option<Read<'r>> {
    let part = |value: f64, next: usize| Some(Read::Part(Part::spelled(value, next)));
    if let Some((a, b)) = vague_amount(r, j) {
        return Some(Read::Part(Part { value: a.0, next: b, vague: Some(a), ..Part::default() }));
    }
    let article = is_article(w);
    if article && r.word(j + 1).is_some_and(|n| n == DOZEN) {
        return part(12.0, j + 2);
    }
    if article && r.word(j + 1).is_some_and(|n| n == "couple" || n == "pair") && r.is(j + 2, "of") {
        let about = r.word(j + 1).is_some_and(|n| n == "couple");
        return Some(Read::Part(Part { about, ..Part::spelled(2.0, j + 3) }));
    }
    if let Some((v, e, ordinal)) = fraction::run(r, j) {
        if ordinal {
            return Some(Read::Whole(Atom { ordinal: true, spelled: true, ..Atom::new(v, e) }));
        }
        return Some(Read::Part(Part { fraction: true, ..Part::spelled(v, e) }));
    }
    if article && r.word(j + 1).is_some_and(|n| scale(&n).is_some()) {
        let (v, k) = cardinal::with_leading_one(r, j + 1)?;
        return part(v, k);
    }
    if w == "half" && r.is(j + 1, "a") && r.word(j + 2).is_some_and(|n| scale(&n).is_some() || n == DOZEN) {
        let s = r.word(j + 2).and_then(|n| scale(&n)).unwrap_or(12.0);
        return part(s / 2.0, j + 3);
    }
    if let Some((f, s, q)) = part_of_scale(r, j, w) {
        return part(f * s, q + 2);
    }
    if let Some((d, k)) = part_of_unit(r, j, w) {
        return part(1.0 / d, k);
    }
    if w == DOZEN && !r.is(j + 1, "of") {
        return part(12.0, j + 1);
    }
    if w == POINT && !(j > 0 && r.is(j - 1, "at")) {
        // "point 77"
        let (f, e) = cardinal::decimals(r, j + 1)?;
        return part(f, e);
    }
    if let Some(v) = ordinal_value(w) {
        if r.tok(j).is_some_and(|t| t.text.chars().next().is_some_and(char::is_lowercase)) {
            return Some(Read::Whole(Atom { spelled: true, ordinal: true, ..Atom::new(v, j + 1) }));
        }
        return None;
    }
    if let Some(a) = compound(r, j, w, currency) {
        return Some(Read::Whole(a));
    }
    cardinal_phrase(r, j, w)
}

/// "half million", "quarter million", "a quarter million": the fraction, the scale and the index
/// of the fraction's word.
fn part_of_scale(r: &Reader<'_, '_>, j: usize, w: &str) -> Option<(f64, f64, usize)> {
    let q = if is_article(w) { j + 1 } else { j };
    let f = match r.word(q).as_deref() {
        Some("half") if q == j => 0.5,
        Some("quarter") => 0.25,
        _ => return None,
    };
    let s = r.word(q + 1).and_then(|n| scale(&n)).filter(|s| *s >= 1000.0)?;
    Some((f, s, q))
}

/// "half an hour", "half hour", "half a litre"; "a tenth of a gallon": the denominator and the
/// index of the unit.
fn part_of_unit(r: &Reader<'_, '_>, j: usize, w: &str) -> Option<(f64, usize)> {
    let d = if w == "half" { Some(2.0) } else { denominator(w).filter(|d| !d.1).map(|d| d.0) };
    let mut k = j + 1;
    if w != "half" && r.is(k, "of") {
        k += 1;
    } else if w != "half" {
        k = usize::MAX;
    }
    if r.word(k).is_some_and(|n| is_article(&n)) {
        k += 1;
    }
    d.filter(|_| r.word(k).is_some_and(|n| time_unit(&n).is_some() || is_measure_unit(&n))).map(|d| (d, k))
}

/// A hyphenated number and what follows it in one word: "two-thirds", "one-day", "three-foot",
/// "half-litre", "two-dollar".
fn compound<'r>(r: &Reader<'r, '_>, j: usize, w: &str, currency: Option<&'r str>) -> Option<Atom<'r>> {
    let parts: Vec<&str> = w.split('-').collect();
    if parts.len() != 2 {
        return None;
    }
    let n = cardinal(parts[0]).or(match parts[0] {
        "half" => Some(0.5),
        "quarter" => Some(0.25),
        _ => None,
    });
    if let (Some(n), Some((d, _))) = (cardinal(parts[0]), denominator(parts[1])) {
        return Some(finish(r, Atom { currency, spelled: true, ..Atom::new(n / d, j + 1) }));
    }
    if let (Some(n), Some(u)) = (cardinal(parts[0]), time_unit(parts[1])) {
        return Some(Atom { spelled: true, duration: Some(u), ..Atom::new(n, j + 1) });
    }
    if let Some(n) = n.filter(|_| is_measure_unit(parts[1])) {
        return Some(Atom { spelled: true, ..Atom::new(n, j + 1) });
    }
    if let (Some(n), Some(c)) = (n, r.money.word(parts[1])) {
        return Some(Atom { spelled: true, currency: Some(c), ..Atom::new(n, j + 1) });
    }
    None
}

/// A cardinal in words with the decimals or fraction after it: "five point five", "one and a
/// half", "fifty six and a third". A lone "one" followed by what a pronoun takes ("one of the
/// reasons") is no number.
fn cardinal_phrase<'r>(r: &Reader<'r, '_>, j: usize, w: &str) -> Option<Read<'r>> {
    let (mut v, mut k) = cardinal::spelled(r, j)?;
    let mut joined = false;
    if r.is(k, POINT) && !(j > 0 && r.is(j - 1, "at")) && v < 1000.0 {
        // "five point five", "nought point nought three"
        if let Some((f, e)) = cardinal::decimals(r, k + 1) {
            v += f;
            k = e;
            joined = true;
        }
    }
    if !joined && r.is(k, "and") {
        // "one and a half", "fifty six and a third"
        if let Some((f, e)) = fraction::phrase(r, k + 1) {
            let s = r.word(k - 1).and_then(|w| scale(&w)).filter(|s| *s >= 1000.0);
            v = match s {
                Some(s) => (v / s + f) * s,
                None => v + f,
            };
            k = e;
            joined = true;
        }
    }
    if !joined && v == 1.0 && k == j + 1 && w == "one" {
        let next = r.word(k);
        if next.as_deref().is_none_or(|n| ONE_NOT_A_COUNT.contains(&n))
            || r.tok(k).is_some_and(|t| t.kind != TokKind::Word)
        {
            return None;
        }
    }
    Some(Read::Part(Part::spelled(v, k)))
}

/// Vague amounts at `i`: "tens of thousands", "hundreds", "dozens", "several thousand"; the
/// interval and the token after.
pub(super) fn vague_amount(r: &Reader<'_, '_>, i: usize) -> Option<((f64, f64), usize)> {
    let w = r.word(i)?;
    if let Some(s) = plural_scale(&w) {
        if r.is(i + 1, "of") {
            if let Some(s2) = r.word(i + 2).and_then(|n| plural_scale(&n)) {
                return Some(((s * s2, s * s2 * 10.0), i + 3));
            }
        }
        return Some(((s, s * 10.0), i + 1));
    }
    match numerals::vague(&w)? {
        Vague::TensOf if r.is(i + 1, "of") => {
            let s = plural_scale(&r.word(i + 2)?)?;
            Some(((10.0 * s, 100.0 * s), i + 3))
        }
        Vague::Dozens => Some(((24.0, 144.0), i + 1)),
        Vague::ScoresOf if r.is(i + 1, "of") => Some(((40.0, 200.0), i + 1)),
        Vague::SomeOfScale => {
            let s = scale(&r.word(i + 1)?)?;
            Some(((2.0 * s, 9.0 * s), i + 2))
        }
        _ => None,
    }
}
