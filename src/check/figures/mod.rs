//! Checks on figures: figure-agreement (two figures of one measure that cannot both be true) and
//! stale-figure (a running total lower in a newer document), with what they share: whether two
//! figures are reports of one value at all.

mod agreement;
mod stale;

pub(crate) use agreement::FigureAgreement;
pub(crate) use stale::StaleFigure;

use crate::claim::{FigRef, Figure, MeasureKey};
use crate::graph::ClaimGraph;
use crate::lexicon::figures::{FALL, RISE, SUPERSEDED};
use std::collections::HashSet;

/// How much of the smaller context the other shares (overlap coefficient); 0 with fewer than two
/// shared words, so that one common word is never enough.
pub(crate) fn shared_context(a: &[String], b: &[String]) -> f64 {
    let (inter, small) = if is_set(a) && is_set(b) {
        // Extraction writes contexts sorted and without repeats: one merge, no allocation (this
        // runs for every candidate pair of a measure).
        let (mut i, mut j, mut inter) = (0, 0, 0);
        while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
            match x.cmp(y) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => (i, j, inter) = (i + 1, j + 1, inter + 1),
            }
        }
        (inter, a.len().min(b.len()))
    } else {
        // Contexts from elsewhere (claim records written by hand) are counted as sets.
        let sa: HashSet<&String> = a.iter().collect();
        let sb: HashSet<&String> = b.iter().collect();
        (sa.intersection(&sb).count(), sa.len().min(sb.len()))
    };
    if inter < 2 || small == 0 {
        0.0
    } else {
        inter as f64 / small as f64
    }
}

/// Sorted without repeats.
fn is_set(xs: &[String]) -> bool {
    xs.windows(2).all(|w| w[0] < w[1])
}

/// Whether two figures are comparable at all: same measure semantics, comparable dates, similar context.
pub(crate) fn comparable(g: &ClaimGraph<'_>, a: FigRef, b: FigRef, window_days: Option<i64>, min_context: f64) -> bool {
    let (fa, fb) = (fig(g, a), fig(g, b));
    let (qa, qb) = (&fa.quantity, &fb.quantity);
    if qa.kind != qb.kind && !(qa.kind.is_quantity() && qb.kind.is_quantity()) {
        return false;
    }
    if qa.unit.is_some() && qa.kind != qb.kind {
        return false;
    }
    if let (Some(w), Some(da), Some(db)) = (window_days, g.published(a.0), g.published(b.0)) {
        if (da.days() - db.days()).abs() > w {
            return false;
        }
    }
    // Not two reports of one value: a figure the copy marks as replaced, a conversion in brackets,
    // distances from two places ("90 miles north of Lowmoor", "60 miles north of Fenbury"), a rise
    // of 130 points and a fall of 145.
    if superseded(fa)
        || superseded(fb)
        || is_conversion(fa)
        || is_conversion(fb)
        || !may_share_place(&fa.places, &fb.places)
        || direction(fa).is_some_and(|da| direction(fb).is_some_and(|db| da != db))
    {
        return false;
    }
    // Figures of a known measure need less shared context than figures keyed by their noun alone,
    // but some: two death tolls in one story can be about two different incidents.
    let need = if known(fa) && known(fb) { min_context / 2.0 } else { min_context };
    if !(known(fa) && known(fb)) && (fa.noun.is_none() || fa.noun != fb.noun) {
        return false;
    }
    shared_context(&fa.context, &fb.context) >= need
}

/// Whether two lists of places (lowercase) can be about one place: not when both name places and
/// share none. For two figures' sentences, "arrested in central Lowmoor" and "arrested in central
/// Fenbury" are two running totals; for two documents (dateline, title, text), a wildfire in one
/// town and a wildfire in another are two stories, however alike their wording.
pub(crate) fn may_share_place(a: &[String], b: &[String]) -> bool {
    a.is_empty() || b.is_empty() || a.iter().any(|p| b.contains(p))
}

/// Whether a figure is another figure converted, in brackets right after it: "240 km (150 miles)",
/// "1bn yen ($8.3m, £5.6m)". The outlet's rounding and exchange rate are its own; the claim is the figure
/// converted, compared where it is stated.
fn is_conversion(f: &Figure) -> bool {
    let number = |w: &String| w.bytes().any(|b| b.is_ascii_digit()) || matches!(w.as_str(), "million" | "billion");
    // It closes the bracket (or a list of conversions) at once: "(39 men and 13 women)" is a breakdown.
    let closes = f.after.iter().take(2).any(|w| w == ")" || w == ",");
    f.before.first().is_some_and(|w| w == "(") && f.before.iter().skip(1).take(3).any(number) && closes
}

/// Whether a figure's sentence marks it as superseded.
fn superseded(f: &Figure) -> bool {
    f.context.iter().any(|w| SUPERSEDED.contains(&w.as_str()))
}

/// Whether the words right before a figure tell a rise (true) or a fall (false): "up about 130
/// points", "plunging 145 points". None when they tell neither, or both.
fn direction(f: &Figure) -> Option<bool> {
    let near = &f.before[..f.before.len().min(3)];
    let has = |list: &[&str]| near.iter().any(|w| list.contains(&w.as_str()));
    match (has(RISE), has(FALL)) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

pub(crate) fn fig<'g>(g: &'g ClaimGraph<'_>, r: FigRef) -> &'g Figure {
    g.figure(r)
}

pub(crate) fn text_of(g: &ClaimGraph<'_>, r: FigRef) -> String {
    let f = fig(g, r);
    g.text_at(r.0, f.span).to_string()
}

/// Whether a figure's measure is one the knowledge defines.
fn known(f: &Figure) -> bool {
    f.measure.as_ref().is_some_and(MeasureKey::is_known)
}
