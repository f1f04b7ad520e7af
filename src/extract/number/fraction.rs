//! Fractions and ordinals in words: "three fifths", "a twenty-first", "one hundred and three
//! quarters", "nine and a half", and the ordinals the same words make when no fraction reading fits
//! ("one hundred twenty-fifth", "thirty first").

use super::cardinal;
use super::reader::{is_dash, Reader};
use crate::lexicon::numerals::{cardinal, is_article, is_tens, ordinal, scale, HALVES_AND_QUARTERS};
use crate::text::token::TokKind;

/// An ordinal written as one word, compounds included: "fifth", "twenty-first", "thirtyfirst".
pub(super) fn ordinal_value(w: &str) -> Option<f64> {
    if let Some(v) = ordinal(w) {
        return Some(v);
    }
    let (tens, unit) = match w.split_once('-') {
        Some(parts) => parts,
        // Glued copy: "thirtyfirst".
        None => {
            let cut = (4..w.len().min(8))
                .filter(|&c| w.is_char_boundary(c))
                .find(|&c| cardinal(&w[..c]).is_some_and(is_tens) && ordinal(&w[c..]).is_some())?;
            w.split_at(cut)
        }
    };
    let (t, u) = (cardinal(tens)?, ordinal(unit)?);
    (is_tens(t) && u < 10.0).then_some(t + u)
}

/// A fraction's denominator ("thirds", "a quarter", "a twenty-first") and whether it is plural.
/// "second" is left out: "a second" and "three seconds" are times, not halves.
pub(super) fn denominator(w: &str) -> Option<(f64, bool)> {
    if let Some((_, d, plural)) = HALVES_AND_QUARTERS.iter().find(|(h, _, _)| *h == w) {
        return Some((*d, *plural));
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

/// A fraction after "and" in a mixed number, at `k`: "a half", "half", "one fourth", "three fifths".
pub(super) fn phrase(r: &Reader<'_, '_>, k: usize) -> Option<(f64, usize)> {
    let w = r.word(k)?;
    if is_article(&w) || w == "one" {
        if let Some((d, false)) = r.word(k + 1).and_then(|n| denominator(&n)) {
            return Some((1.0 / d, k + 2));
        }
    }
    match w.as_ref() {
        "half" => return Some((0.5, k + 1)),
        "quarter" => return Some((0.25, k + 1)),
        _ => {}
    }
    match run(r, k)? {
        (v, e, false) => Some((v, e)),
        _ => None,
    }
}

/// A spelled value of exactly `toks[from..to]` ("a" alone is one, "a hundred" a hundred).
fn exact_spelled(r: &Reader<'_, '_>, from: usize, to: usize) -> Option<f64> {
    if to <= from {
        return None;
    }
    let sub = r.before(to);
    if r.word(from).as_deref().is_some_and(is_article) {
        if to == from + 1 {
            return Some(1.0);
        }
        let (v, e) = cardinal::with_leading_one(&sub, from + 1)?;
        return (e == to).then_some(v);
    }
    let (v, e) = cardinal::spelled(&sub, from)?;
    (e == to).then_some(v)
}

/// The end of a spelled prefix before the ordinal at `o`: "thirty—first", "one hundred and fifth".
fn prefix_end(r: &Reader<'_, '_>, o: usize) -> usize {
    let mut pe = o;
    if r.tok(pe - 1).is_some_and(|t| is_dash(t.text)) {
        pe -= 1;
    }
    if r.is(pe - 1, "and") {
        pe -= 1;
    }
    pe
}

/// The index of the ordinal that ends the number words from `j` ("three *fifths*"), if they end
/// in one within a dozen tokens.
fn ordinal_end(r: &Reader<'_, '_>, j: usize) -> Option<usize> {
    let mut o = j;
    loop {
        let t = r.tok(o)?;
        if t.kind == TokKind::Word {
            let w = t.lower();
            if o > j && (denominator(&w).is_some() || ordinal_value(&w).is_some()) {
                return Some(o);
            }
            let numeric = cardinal(&w).is_some()
                || scale(&w).is_some()
                || w.split('-').all(|p| cardinal(p).is_some())
                || (o == j && is_article(&w))
                || (o > j && w == "and");
            if !numeric {
                return None;
            }
        } else if !(o > j && is_dash(t.text)) {
            return None;
        }
        o += 1;
        if o > j + 12 {
            return None;
        }
    }
}

/// Number words ending in an ordinal: a fraction ("three fifths", "a twenty-first", "one hundred
/// and three quarters") or, when no fraction reading fits, an ordinal ("one hundred twenty-fifth",
/// "thirty first"). Returns (value, next, is_ordinal).
pub(super) fn run(r: &Reader<'_, '_>, j: usize) -> Option<(f64, usize, bool)> {
    let o = ordinal_end(r, j)?;
    let ow = r.word(o)?;
    // Mixed numbers split at the last "and": "three hundred and sixty-one hundredths".
    if let Some(and) = (j + 1..o).rev().find(|&k| r.is(k, "and")) {
        if let (Some(int), Some((f, e, false))) = (exact_spelled(r, j, and), run(r, and + 1)) {
            let s = r.word(and - 1).and_then(|w| scale(&w)).filter(|s| *s >= 1000.0);
            let v = match s {
                // "four million and two thirds" is four and two thirds million.
                Some(s) => (int / s + f) * s,
                None => int + f,
            };
            return Some((v, e, false));
        }
    }
    if let Some((d, plural)) = denominator(&ow) {
        if let Some(v) = over_denominator(r, j, o, d, plural) {
            return Some((v, o + 1, false));
        }
    }
    let v = ordinal_value(&ow)?;
    if r.word(j).as_deref().is_some_and(is_article) {
        return None;
    }
    let p = exact_spelled(r, j, prefix_end(r, o))?;
    Some((combine(p, v)?, o + 1, true))
}

/// A numerator over the denominator `d` at `o`, the number words from `j` split between them,
/// longest denominator first: "one hundred thirty fifths" is 100/35.
fn over_denominator(r: &Reader<'_, '_>, j: usize, o: usize, d: f64, plural: bool) -> Option<f64> {
    let after = r.tok(o + 1);
    let ends_phrase = after.is_none_or(|t| {
        t.kind == TokKind::Sym || matches!(t.lower().as_ref(), "of" | "and" | "or") || scale(&t.lower()).is_some()
    });
    for s in j + 1..=o {
        let Some(num) = exact_spelled(r, j, s) else { continue };
        let den = if s == o {
            Some(d)
        } else if r.word(s).as_deref().is_some_and(is_article) {
            None
        } else {
            exact_spelled(r, s, prefix_end(r, o)).and_then(|p| combine(p, d))
        };
        let Some(den) = den else { continue };
        // A singular denominator takes "a"/"one": "one hundred twenty-fifth" is an ordinal.
        let single = s == j + 1 && r.word(j).as_deref().is_some_and(|w| is_article(w) || w == "one");
        if !(plural || single && ends_phrase) {
            continue;
        }
        return Some(num / den);
    }
    None
}

/// A spelled prefix joined to the ordinal or denominator after it: "one hundred" and "fifth" make
/// 105, "twenty" and "first" 21; "three" and "fifth" make nothing.
fn combine(p: f64, v: f64) -> Option<f64> {
    if v >= 100.0 {
        Some(p * v)
    } else if p % 100.0 == 0.0 || (is_tens(p % 100.0) && v < 10.0) {
        Some(p + v)
    } else {
        None
    }
}
