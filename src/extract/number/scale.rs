//! Scales after a numeral: words ("two million", "30 lakh", "three dozen"), abbreviations glued
//! to the digits or spaced from them ("1.5bn", "10 bln", "$5 m"), and what a scaled number in
//! digits goes on with ("7 thousand 2 hundred and 15", "4 million and a half").

use super::cardinal;
use super::fraction;
use super::reader::Reader;
use crate::lexicon::numerals::{
    glued_scale, scale, DOZENS, SPACED_SCALES, SPACED_SCALES_AFTER_MONEY, SPACED_SCALES_AT_END,
};
use crate::text::token::TokKind;

/// The scale at `k` after a numeral of `value`: the scaled value, the token after the scale and
/// the last scale read (one for dozens). A spelled numeral of a thousand or more takes no scale
/// word ("one thousand million" is read by [`cardinal::spelled`]), nor an abbreviation.
pub(super) fn after(
    r: &Reader<'_, '_>,
    k: usize,
    value: f64,
    spelled: bool,
    currency: Option<&str>,
) -> Option<(f64, usize, f64)> {
    let n = r.tok(k).filter(|n| n.kind == TokKind::Word)?;
    let w = n.lower();
    let end_after = r.tok(k + 1).is_none_or(|t| t.kind == TokKind::Sym);
    if let Some(s) = scale(&w).filter(|_| !spelled || value < 1000.0) {
        // "1.2 million, 300 thousand" is rare; "two hundred thousand" is read by `cardinal::spelled`.
        if let Some(s2) = r.word(k + 1).and_then(|w2| scale(&w2)).filter(|s2| *s2 > s) {
            return Some((value * s * s2, k + 2, s2));
        }
        return Some((value * s, k + 1, s));
    }
    if DOZENS.contains(&w.as_ref()) {
        return Some((value * 12.0, k + 1, 1.0));
    }
    if n.glued && !spelled {
        return glued_scale(n.text).map(|s| (value * s, k + 1, s));
    }
    // "10 bln", "$5 m", "2.33 k" spaced from the digits.
    let spaced = SPACED_SCALES.contains(&n.text)
        || currency.is_some() && SPACED_SCALES_AFTER_MONEY.contains(&n.text)
        || end_after && SPACED_SCALES_AT_END.contains(&n.text);
    if !spelled && spaced {
        let s = glued_scale(n.text).unwrap_or(1.0);
        return Some((value * s, k + 1, s));
    }
    None
}

/// What a scaled number in digits goes on with at `k`: lower scales ("7 thousand 2 hundred and
/// 15", "9 crore and four hundred") and a fraction of the scale ("4 million and a half"). `last`
/// is the last scale read.
pub(super) fn compound(r: &Reader<'_, '_>, mut k: usize, mut value: f64, mut last: f64) -> Option<(f64, usize)> {
    loop {
        let and = r.is(k, "and");
        let e = if and { k + 1 } else { k };
        let Some(t2) = r.tok(e) else { break };
        if t2.kind == TokKind::Num && t2.text.bytes().all(|b| b.is_ascii_digit()) {
            let v2: f64 = t2.text.parse().ok()?;
            match r.word(e + 1).and_then(|w| scale(&w)) {
                Some(s2) if s2 < last && v2 * s2 < last => {
                    value += v2 * s2;
                    last = s2;
                    k = e + 2;
                    continue;
                }
                None if and && last == 100.0 && v2 < 100.0 => {
                    value += v2;
                    k = e + 1;
                }
                _ => {}
            }
        } else if t2.kind == TokKind::Word {
            if let Some((v2, e2)) = cardinal::spelled(r, e) {
                if v2 < last && r.word(e2 - 1).is_some_and(|w| scale(&w).is_some()) {
                    value += v2;
                    k = e2;
                }
            }
        }
        break;
    }
    if r.is(k, "and") {
        if let Some((f, e)) = fraction::phrase(r, k + 1) {
            value += f * last;
            k = e;
        }
    }
    Some((value, k))
}
