//! Dates and times of day inside running text ("August 9", "14 September 2021", "since March",
//! "9:40 AM"), read by the number reader so that their numbers are never taken for counts.
//!
//! This is not the dateline reader (`extract/date.rs`): that one finds a full civil date (day,
//! month and year, weekday and ISO forms too) on a short line to date the article, and gives its
//! value; this one finds the span of any date-like phrase, with no value. Their grammars differ
//! ("2021-09-14" is a dateline's date but three numbers here; "since March" is a date here and no
//! dateline), so one cannot serve the other without changing what either reads; they share the
//! calendar's words (`lexicon::calendar`).

use super::reader::{NumberMatch, Reader};
use crate::claim::{FigureKind, Qualifier, Quantity};
use crate::document::Span;
use crate::lexicon::calendar::month_number;
use crate::lexicon::numerals::{CLOCK_WORDS, DATE_MODIFIERS, MONTH_PREPOSITIONS, ORDINAL_SUFFIXES};
use crate::text::token::{Tok, TokKind};

/// Whether a token is a month name as copy capitalises it ("March", "Sept.").
pub(super) fn is_month(t: &Tok<'_>) -> bool {
    t.is_capitalised() && month_number(t.text).is_some()
}

/// The date or time of day starting at `i`, and the token after it.
pub(super) fn read_date(r: &Reader<'_, '_>, i: usize) -> Option<(NumberMatch, usize)> {
    let t = r.tok(i)?;
    // Month-relative modifiers: "since March", "late October".
    let modifier = t.kind == TokKind::Word && DATE_MODIFIERS.contains(&t.lower().as_ref());
    let m = if modifier { i + 1 } else { i };
    if r.tok(m).is_some_and(is_month) {
        return month_first(r, i, m, modifier);
    }
    // Day before month: "06 May 2021", "6th of May".
    if day_num(r, i) {
        let mut e = i + 1;
        if r.tok(e).is_some_and(|t| t.glued && ORDINAL_SUFFIXES.contains(&t.text)) {
            e += 1;
        }
        if r.is(e, "of") {
            e += 1;
        }
        if r.tok(e).is_some_and(is_month) {
            e += 1;
            if year_num(r, e) {
                e += 1;
            }
            return Some((date(r, i, e, Qualifier::Exact), e));
        }
    }
    // Times: "9:40 AM".
    if t.kind == TokKind::Num
        && t.text.len() <= 2
        && r.is(i + 1, ":")
        && r.tok(i + 2).is_some_and(|n| n.kind == TokKind::Num && n.text.len() == 2 && n.glued)
    {
        let mut e = i + 3;
        if r.word(e).is_some_and(|w| CLOCK_WORDS.contains(&w.as_ref())) {
            e += 1;
            if r.is(e, ".") && r.tok(e).is_some_and(|t| t.glued) {
                e += 1;
            }
        }
        return Some((date(r, i, e, Qualifier::Exact), e));
    }
    None
}

/// A date that starts with its month at `m` (after a modifier at `i` when `modifier`): "August
/// 9", "Jan. 5, 2022", "May 2021", "since March", "in May".
fn month_first(r: &Reader<'_, '_>, i: usize, m: usize, modifier: bool) -> Option<(NumberMatch, usize)> {
    let is_may = r.is(m, "may");
    let mut e = m + 1;
    let mut has_num = false;
    if r.is(e, ".") && r.tok(m).is_some_and(|t| t.text.len() <= 4) && (day_num(r, e + 1) || year_num(r, e + 1)) {
        e += 1; // "Jan. 5"
    }
    if day_num(r, e) {
        e += 1;
        has_num = true;
        if r.tok(e).is_some_and(|t| t.glued && ORDINAL_SUFFIXES.contains(&t.text)) {
            e += 1;
        }
        if r.is(e, ",") && year_num(r, e + 1) {
            e += 2;
        } else if year_num(r, e) {
            e += 1;
        }
    } else if year_num(r, e) {
        e += 1;
        has_num = true;
    }
    // "May" alone is a verb as often as a month.
    let prev_ok = i > 0 && r.word(i - 1).is_some_and(|w| MONTH_PREPOSITIONS.contains(&w.as_ref()));
    if has_num || modifier && !is_may || prev_ok && !is_may {
        let q = if modifier && !has_num { Qualifier::Vague } else { Qualifier::Exact };
        let s = if modifier { i } else { m };
        return Some((date(r, s, e, q), e));
    }
    None
}

/// A day of the month in digits at `k`.
fn day_num(r: &Reader<'_, '_>, k: usize) -> bool {
    r.tok(k).is_some_and(|d| {
        d.kind == TokKind::Num && d.text.len() <= 2 && d.text.parse::<u8>().is_ok_and(|n| (1..=31).contains(&n))
    })
}

/// A year in digits at `k`.
fn year_num(r: &Reader<'_, '_>, k: usize) -> bool {
    r.tok(k).is_some_and(|d| {
        d.kind == TokKind::Num && d.text.len() == 4 && d.text.parse::<u16>().is_ok_and(|n| (1800..=2100).contains(&n))
    })
}

/// The date over tokens `s..e`.
fn date(r: &Reader<'_, '_>, s: usize, e: usize, qualifier: Qualifier) -> NumberMatch {
    let span = Span::new(r.toks[s].start, r.toks[e - 1].end);
    let quantity = Quantity { kind: FigureKind::Date, value: None, low: None, high: None, qualifier, unit: None };
    NumberMatch::ending(span, quantity)
}
