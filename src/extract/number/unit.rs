//! The unit after a numeral: a percentage ("70 percent", "5 percentage points"), a currency
//! written after the amount ("17 USD", "five dollars") or a unit of time ("three years", "a
//! 10-day", "a quarter of an hour").

use super::reader::{Atom, Reader};
use crate::lexicon::numerals::{self, is_article, PERCENT_SIGNS};

/// The unit of time a word names, with "-long" and "-old" taken off ("year-long", "year-old").
pub(super) fn time_unit(w: &str) -> Option<&'static str> {
    numerals::time_unit(w.trim_end_matches("-long").trim_end_matches("-old"))
}

/// The atom with the unit after it: percent, a currency or a unit of time.
pub(super) fn finish<'r>(r: &Reader<'r, '_>, mut a: Atom<'r>) -> Atom<'r> {
    let k = a.next;
    if PERCENT_SIGNS.iter().any(|p| r.is(k, p)) {
        a.percent = true;
        a.next = k + 1;
        if r.is(a.next, "points") {
            a.next += 1;
        }
    } else if r.is(k, "per") && r.is(k + 1, "cent") || r.is(k, "percentage") && r.is(k + 1, "points") {
        a.percent = true;
        a.next = k + 2;
    } else if let Some(c) = r
        .tok(k)
        .filter(|t| t.text.len() == 3 && t.text.bytes().all(|b| b.is_ascii_uppercase()))
        .and_then(|t| r.money.letters(t.text))
    {
        // "17 USD", "3 CAD"
        if a.currency.is_none() {
            a.currency = Some(c);
        }
        a.next = k + 1;
    } else if let Some(c) = r.word(k).and_then(|w| r.money.word(&w)) {
        if a.currency.is_none() {
            a.currency = Some(c);
        }
        a.next = k + 1;
    } else if let Some(u) = r.word(k).and_then(|w| time_unit(&w)) {
        a.duration = Some(u);
        a.next = k + 1;
    } else if a.value.fract() != 0.0 && r.is(k, "of") {
        // "three and a quarter of an hour"
        let u = if r.word(k + 1).is_some_and(|w| is_article(&w)) { k + 2 } else { k + 1 };
        if let Some(unit) = r.word(u).and_then(|w| time_unit(&w)) {
            a.duration = Some(unit);
            a.next = u + 1;
        }
    } else if r.is(k, "-") && r.tok(k).is_some_and(|t| t.glued) {
        if let Some(u) = r.word(k + 1).and_then(|w| time_unit(&w)) {
            a.duration = Some(u);
            a.next = k + 2;
        }
    }
    a
}
