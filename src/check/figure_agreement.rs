//! figure-agreement: two figures of one measure, at comparable times, that cannot both be true.
//!
//! Figures are grouped by measure key (the graph's measure nodes), so the cost grows with the size
//! of each group, not with the corpus. A figure whose measure is not in the knowledge is compared
//! only with figures whose sentences share enough content words: "4 soldiers killed on March 26" is
//! not the conflict's toll of soldiers.

use super::interval::{interval, point};
use super::{doc_date, doc_name, Violation};
use crate::extract::Figure;
use crate::graph::{ClaimGraph, FigRef};
use serde::Deserialize;
use std::collections::HashSet;

/// Parameters of figure-agreement.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FigureAgreement {
    /// Extra relative room on every bound (0.0–1.0).
    pub tolerance: f64,
    /// Documents further apart than this many days are not compared (when both dates are known).
    pub window_days: i64,
    /// For figures of measures the knowledge does not define: the share of the content words around
    /// them (eight words each side) that they must have in common.
    pub min_context: f64,
    /// Compare figures within one document too.
    pub within_document: bool,
}

impl Default for FigureAgreement {
    fn default() -> Self {
        FigureAgreement { tolerance: 0.0, window_days: 14, min_context: 0.6, within_document: false }
    }
}

/// How much of the smaller context the other shares (overlap coefficient); 0 with fewer than two
/// shared words, so that one common word is never enough.
pub(crate) fn shared_context(a: &[String], b: &[String]) -> f64 {
    let sa: HashSet<&String> = a.iter().collect();
    let sb: HashSet<&String> = b.iter().collect();
    let inter = sa.intersection(&sb).count();
    let small = sa.len().min(sb.len());
    if inter < 2 || small == 0 {
        0.0
    } else {
        inter as f64 / small as f64
    }
}

/// Whether two figures are comparable at all: same measure semantics, comparable dates, similar context.
pub(crate) fn comparable(g: &ClaimGraph<'_>, a: FigRef, b: FigRef, window_days: Option<i64>, min_context: f64) -> bool {
    let (fa, fb) = (fig(g, a), fig(g, b));
    if fa.kind != fb.kind && !(fa.kind.is_quantity() && fb.kind.is_quantity()) {
        return false;
    }
    if fa.unit.is_some() && fa.kind != fb.kind {
        return false;
    }
    if let (Some(w), Some(da), Some(db)) = (window_days, g.docs[a.0].published, g.docs[b.0].published) {
        if (da.days() - db.days()).abs() > w {
            return false;
        }
    }
    // Figures of a known measure need less shared context than figures keyed by their noun alone,
    // but some: two death tolls in one story can be about two different incidents.
    let need = if fa.known_measure && fb.known_measure { min_context / 2.0 } else { min_context };
    if !(fa.known_measure && fb.known_measure) && (fa.noun.is_none() || fa.noun != fb.noun) {
        return false;
    }
    shared_context(&fa.context, &fb.context) >= need
}

pub(crate) fn fig<'g>(g: &'g ClaimGraph<'_>, r: FigRef) -> &'g Figure {
    &g.ex[r.0].figures[r.1]
}

pub(crate) fn text_of(g: &ClaimGraph<'_>, r: FigRef) -> String {
    let f = fig(g, r);
    g.docs[r.0].slice(f.span).to_string()
}

impl FigureAgreement {
    pub(crate) fn run(&self, g: &ClaimGraph<'_>) -> Vec<Violation> {
        let mut out = Vec::new();
        for (measure, figs) in g.figures_by_measure() {
            let figs: Vec<FigRef> = figs.into_iter().filter(|r| fig(g, *r).kind.is_quantity()).collect();
            if figs.len() < 2 || figs.len() > 400 {
                continue;
            }
            // Each figure is reported once, against the first figure it contradicts.
            let mut reported: HashSet<FigRef> = HashSet::new();
            for (i, &a) in figs.iter().enumerate() {
                for &b in &figs[i + 1..] {
                    if a.0 == b.0 && !self.within_document {
                        continue;
                    }
                    if reported.contains(&a) && reported.contains(&b)
                        || !comparable(g, a, b, Some(self.window_days), self.min_context)
                    {
                        continue;
                    }
                    let (Some(ia), Some(ib)) =
                        (interval(fig(g, a), self.tolerance), interval(fig(g, b), self.tolerance))
                    else {
                        continue;
                    };
                    if ia.overlaps(ib) {
                        continue;
                    }
                    // The figure in the later document is reported; the earlier one is the evidence.
                    let (p, s) = if g.docs[b.0].published >= g.docs[a.0].published { (b, a) } else { (a, b) };
                    if !reported.insert(p) {
                        continue;
                    }
                    reported.insert(s);
                    let fp = fig(g, p);
                    let label = fp.noun.clone().unwrap_or_default();
                    let name = if fp.known_measure {
                        measure.to_string()
                    } else {
                        format!("{} {}", label, measure_cue(fp)).trim().to_string()
                    };
                    let (vp, vs) = (text_of(g, p), text_of(g, s));
                    out.push(Violation {
                        places: vec![Violation::primary(p.0, fp.span), Violation::secondary(s.0, fig(g, s).span)],
                        bindings: vec![
                            ("measure", name),
                            ("value", vp.clone()),
                            ("other", vs.clone()),
                            ("doc", doc_name(g, p.0)),
                            ("other_doc", doc_name(g, s.0)),
                            ("date", doc_date(g, p.0)),
                            ("other_date", doc_date(g, s.0)),
                        ],
                        minor: false,
                        key: format!("{measure}|{}|{}", point(fp).unwrap_or(0.0), point(fig(g, s)).unwrap_or(0.0)),
                    });
                }
            }
        }
        out
    }
}

fn measure_cue(f: &Figure) -> &str {
    f.measure.as_deref().and_then(|m| m.split(':').nth(2)).unwrap_or("")
}
