//! Cardinal numbers in words: "one hundred and twenty thousand", "fifty-two", "twenty five",
//! "fifty - six", "a hundred", and the decimals after a spelled point ("point nought three").
//!
//! The other spelled forms (fractions, ordinals, vague amounts, "a dozen") are read from these.

use super::reader::{is_dash, Reader};
use crate::lexicon::numerals::{cardinal, is_tens, scale};
use crate::text::token::TokKind;

/// A spelled number starting at `i` ("one hundred and twenty thousand", "fifty-two"): its value
/// and the token after it.
pub(super) fn spelled(r: &Reader<'_, '_>, i: usize) -> Option<(f64, usize)> {
    let mut total = 0.0;
    let mut current = 0.0;
    let mut j = i;
    let mut any = false;
    let mut last_was_scale = false;
    while let Some(w) = r.word(j) {
        let parts: Vec<&str> = w.split('-').collect();
        // "fifty-two": every part a number word.
        if parts.len() > 1 {
            let vals: Option<Vec<f64>> = parts.iter().map(|p| cardinal(p)).collect();
            if let Some(vals) = vals {
                current += vals.iter().sum::<f64>();
                any = true;
                last_was_scale = false;
                j += 1;
                continue;
            }
            break;
        }
        if let Some(v) = cardinal(&w) {
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
            let unit = r.word(j + 1).and_then(|u| cardinal(&u)).filter(|u| (1.0..10.0).contains(u));
            if let Some(u) = unit.filter(|_| is_tens(v) && r.tok(j).is_some_and(|t| is_dash(t.text))) {
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
            if let Some(s) = scale(&w) {
                total += current.max(1.0) * s;
                current = 0.0;
                last_was_scale = true;
                j += 1;
                continue;
            }
            if w == "and"
                && last_was_scale
                && r.word(j + 1).is_some_and(|n| cardinal(n.split('-').next().unwrap_or("")).is_some())
            {
                j += 1;
                continue;
            }
        }
        break;
    }
    any.then_some((total + current, j))
}

/// "a hundred", "a thousand", "a million" read as one times the scale at `i` (the word after the
/// article).
pub(super) fn with_leading_one(r: &Reader<'_, '_>, i: usize) -> Option<(f64, usize)> {
    let s = scale(&r.word(i)?)?;
    let mut v = s;
    let mut k = i + 1;
    if s == 100.0 {
        if let Some(s2) = r.word(k).and_then(|w| scale(&w)) {
            v *= s2;
            k += 1;
        }
    }
    Some((v, k))
}

/// Decimals after "point" at `k`: "point 77", "point nought three", "point eleven".
pub(super) fn decimals(r: &Reader<'_, '_>, k: usize) -> Option<(f64, usize)> {
    let t = r.tok(k)?;
    if t.kind == TokKind::Num {
        if !t.text.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        return Some((format!("0.{}", t.text).parse().ok()?, k + 1));
    }
    let mut digits = String::new();
    let mut e = k;
    while let Some(w) = r.word(e) {
        match cardinal(&w) {
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
