//! Ranges and ratios: a second bound after a first ("4,000 to 4,500", "between 10 and 20", "from
//! 3 km to 5 km", "3 to 5 million", "2009-2014"), two bounds joined ("more than 10 and fewer than
//! 20") and a plain ratio ("one over three", "1 in twenty-one").

use super::numeral::{atom, atom_base};
use super::qualifier;
use super::reader::{is_dash, tidy, Atom, NumberMatch, Reader};
use crate::claim::{FigureKind, Qualifier, Quantity};
use crate::document::Span;
use crate::lexicon::numerals::is_measure_unit;
use crate::text::token::TokKind;

/// The word a range opens with, if any: it decides which connector closes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Opener {
    None,
    /// "between 10 and 20"
    Between,
    /// "from 4,000 to 4,500"
    From,
}

/// What follows a first bound.
pub(super) enum Bound<'r> {
    /// No second bound.
    None,
    /// A range: its bounds, the second bound and the token after the range.
    Range { low: f64, high: f64, second: Atom<'r>, end: usize },
    /// A range of years ("2009-2014"), read whole, and the token after it.
    Years(NumberMatch, usize),
}

/// Whether the token at `k` joins two bounds after the opener.
fn connector(r: &Reader<'_, '_>, k: usize, opener: Opener) -> bool {
    let Some(t) = r.tok(k) else { return false };
    let from = opener == Opener::From;
    if opener == Opener::Between {
        return t.is_word("and");
    }
    t.is_word("to")
        || t.is_word("through")
        || (t.is_word("or") && !from)
        || (is_dash(t.text) || t.text == "~") && !from
        || from && t.is_word("to")
}

/// The token after the units at `k`: "from 3 km to 5 km", "between 2.0 l and 7.0 l", "5 C".
fn skip_units(r: &Reader<'_, '_>, mut k: usize) -> usize {
    while r.tok(k).is_some_and(|t| is_measure_unit(&t.lower()) || (t.glued && matches!(t.text, "C" | "F"))) {
        k += 1;
    }
    k
}

/// The unit that two bounds must share: a currency, percent or a unit of time ("rose 12 % to $
/// 318.4 million" is a percent and an amount, not a range).
fn unit(x: &Atom<'_>) -> Option<String> {
    x.currency.map(|c| c.to_string()).or(x.percent.then(|| "%".to_string())).or(x.duration.map(str::to_string))
}

/// The second bound after the first bound `a` of a figure starting at token `i`.
pub(super) fn second_bound<'r>(r: &Reader<'r, '_>, i: usize, a: &Atom<'r>, opener: Opener) -> Bound<'r> {
    let c = skip_units(r, a.next);
    if a.vague.is_some() || a.ordinal || !connector(r, c, opener) {
        return Bound::None;
    }
    // The second bound may carry its own "about": "between 2 and about 7", "2 - ~7".
    let bq = c + 1 + qualifier::before(r, c + 1).filter(|q| q.0 == Qualifier::About).map_or(0, |q| q.1);
    let Some(b) = atom(r, bq) else { return Bound::None };
    let dash = r.tok(c).is_some_and(|t| is_dash(t.text));
    let spaced_dash_ok = !dash || r.tok(c).is_some_and(|t| t.glued) || r.tok(c + 1).is_some_and(|t| !t.glued);
    let units_agree = match (unit(a), unit(&b)) {
        (Some(ua), Some(ub)) => ua == ub,
        _ => true,
    };
    if b.vague.is_some() || b.ordinal || !spaced_dash_ok || !units_agree || (a.spelled != b.spelled && dash) {
        return Bound::None;
    }
    let mut lo = a.value;
    let hi = b.value;
    // Shared scale: "3 to 5 million".
    if b.scaled && !a.scaled && lo < hi / 100.0 {
        let scale = b.value / atom_base(r, bq).unwrap_or(b.value);
        lo *= scale;
    }
    if !(a.year_like && b.year_like) && lo <= hi && (opener != Opener::None || lo < hi) {
        let end = if b.currency.is_none() && !b.percent { skip_units(r, b.next) } else { b.next };
        return Bound::Range { low: lo, high: hi, second: b, end };
    }
    if a.year_like && b.year_like && lo < hi && !r.is(a.next, "or") {
        let span = Span::new(r.toks[i].start, r.toks[b.next - 1].end);
        let quantity = Quantity {
            kind: FigureKind::Year,
            value: None,
            low: Some(lo),
            high: Some(hi),
            qualifier: Qualifier::Range,
            unit: None,
        };
        return Bound::Years(NumberMatch::ending(span, quantity), b.next);
    }
    Bound::None
}

/// A plain ratio after the first number `a` of a figure starting at token `i`, with "over" or
/// "in" at `k`: "one over three", "1 in twenty-one"; only at the end of a clause, so that "5 over
/// 10 years" and "3 in 10 Americans" stay what they are.
pub(super) fn ratio(
    r: &Reader<'_, '_>,
    i: usize,
    a: &Atom<'_>,
    k: usize,
    qualifier: Qualifier,
) -> Option<(NumberMatch, usize)> {
    let plain = |x: &Atom<'_>| {
        x.currency.is_none() && !x.percent && x.duration.is_none() && x.vague.is_none() && !x.ordinal && !x.scaled
    };
    if !plain(a) || a.year_like || !(r.is(k, "over") || r.is(k, "in")) {
        return None;
    }
    let b = atom(r, k + 1)?;
    let clause_end = r.tok(b.next).is_none_or(|t| t.kind == TokKind::Sym && t.text != "%");
    if !(plain(&b) && !b.year_like && clause_end && a.value < b.value && a.value > 0.0) {
        return None;
    }
    let span = Span::new(r.toks[i].start, r.toks[b.next - 1].end);
    let value = Some(tidy(a.value / b.value));
    let quantity = Quantity { kind: FigureKind::Count, value, low: None, high: None, qualifier, unit: None };
    Some((NumberMatch::ending(span, quantity), b.next))
}

/// Two bounds read as one range: "more than 100 and less than 300", "no more than 80 and no less
/// than 30". Both must be the same kind of figure, and the bounds must leave room between them.
pub(super) fn bounds_pair(a: &NumberMatch, b: &NumberMatch) -> Option<NumberMatch> {
    let (qa, qb) = (&a.quantity, &b.quantity);
    let lower = |q: Qualifier| matches!(q, Qualifier::MoreThan | Qualifier::AtLeast);
    let upper = |q: Qualifier| matches!(q, Qualifier::LessThan | Qualifier::UpTo);
    let (lo, hi) = if lower(qa.qualifier) && upper(qb.qualifier) {
        (qa.value?, qb.value?)
    } else if upper(qa.qualifier) && lower(qb.qualifier) {
        (qb.value?, qa.value?)
    } else {
        return None;
    };
    if lo >= hi || qa.kind != qb.kind || qa.unit != qb.unit || !qa.kind.is_quantity() {
        return None;
    }
    let kind = if qa.kind == FigureKind::Count { FigureKind::Range } else { qa.kind };
    Some(NumberMatch {
        span: Span::new(a.span.start, b.span.end),
        quantity: Quantity {
            kind,
            value: None,
            low: Some(lo),
            high: Some(hi),
            qualifier: Qualifier::Range,
            unit: qa.unit.clone(),
        },
        after: b.after,
    })
}
