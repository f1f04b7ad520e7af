//! stale-figure: a running total (a death toll) stated lower in a newer document than in an older
//! one. Only measures the knowledge marks `cumulative`, only documents with known dates.

use super::figure_agreement::{comparable, fig, may_share_place, text_of};
use super::interval::point;
use super::{doc_date, doc_name, Violation};
use crate::extract::date::Date;
use crate::graph::{ClaimGraph, FigRef};
use crate::knowledge::Behaviour;
use serde::Deserialize;
use std::collections::BTreeMap;

/// Parameters of stale-figure.
#[derive(Clone, Debug, Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct StaleFigure {
    /// Ignore differences smaller than this fraction of the older figure.
    pub min_drop: f64,
    /// The share of the content words around two figures that they must have in common: a toll of
    /// one disaster is no running total of another (archives hold many stories with one measure).
    pub min_context: f64,
    /// A newer figure more than this factor below the older one is taken to count something else
    /// (another place, another event), not to repeat a superseded total; 0 turns the test off.
    pub max_ratio: f64,
    /// The most days between the two documents; 0 for no limit. A running total is superseded
    /// within weeks; in an archive of years, a higher figure from long before is another story's.
    pub window_days: i64,
}

impl StaleFigure {
    pub(crate) fn run(&self, g: &ClaimGraph<'_>) -> Vec<Violation> {
        let k = g.knowledge;
        let mut out = Vec::new();
        for (measure, figs) in g.figures_by_measure() {
            let cumulative = k.measures.iter().any(|m| m.id == measure && m.behaviour == Behaviour::Cumulative);
            if !cumulative {
                continue;
            }
            let dated: Vec<FigRef> =
                figs.into_iter().filter(|r| g.docs[r.0].published.is_some() && fig(g, *r).kind.is_quantity()).collect();
            // Each newer document is reported once, against the first older figure (in document order)
            // that its figures fall below. Rather than trying every pair, each figure looks only at
            // the figures dated within the window before it (by date, binary search), and skips the
            // search when no older figure is high enough (the running maximum, by date).
            let ceiling = Ceiling::new(g, &dated, self.min_drop);
            let day = |r: FigRef| g.docs[r.0].published.map_or(i64::MIN, |d| d.days());
            let mut by_date: Vec<usize> = (0..dated.len()).collect();
            by_date.sort_by_key(|&i| (day(dated[i]), i));
            let mut first: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
            for (ni, &new) in dated.iter().enumerate() {
                let Some(pn) = point(fig(g, new)) else { continue };
                let d_new = g.docs[new.0].published;
                if ceiling.below(d_new).is_some_and(|c| pn >= c) {
                    continue;
                }
                let bound = first.get(&new.0).map_or(dated.len(), |&(oi, _)| oi + 1);
                let dn = day(new);
                let lo = if self.window_days > 0 {
                    by_date.partition_point(|&i| day(dated[i]) < dn.saturating_sub(self.window_days))
                } else {
                    0
                };
                let hi = by_date.partition_point(|&i| day(dated[i]) < dn);
                let hit =
                    by_date[lo..hi].iter().copied().filter(|&oi| oi < bound && self.stale(g, dated[oi], new, pn)).min();
                if let Some(oi) = hit {
                    let e = first.entry(new.0).or_insert((oi, ni));
                    *e = (*e).min((oi, ni));
                }
            }
            let mut pairs: Vec<(usize, usize)> = first.into_values().collect();
            pairs.sort_unstable();
            for (oi, ni) in pairs {
                let (old, new) = (dated[oi], dated[ni]);
                let (Some(po), Some(pn)) = (point(fig(g, old)), point(fig(g, new))) else { continue };
                out.push(Violation {
                    places: vec![
                        Violation::primary(new.0, fig(g, new).span),
                        Violation::secondary(old.0, fig(g, old).span),
                    ],
                    bindings: vec![
                        ("measure", measure.to_string()),
                        ("value", text_of(g, new)),
                        ("other", text_of(g, old)),
                        ("doc", doc_name(g, new.0)),
                        ("other_doc", doc_name(g, old.0)),
                        ("date", doc_date(g, new.0)),
                        ("other_date", doc_date(g, old.0)),
                    ],
                    minor: false,
                    key: format!("{measure}|{pn}|{po}"),
                });
            }
        }
        out
    }

    /// Whether `new` (whose point is `pn`) states the running total lower than `old`, which the
    /// search in [`StaleFigure::run`] has already taken from the days before `new`'s, in the window.
    fn stale(&self, g: &ClaimGraph<'_>, old: FigRef, new: FigRef, pn: f64) -> bool {
        // The values first (cheap), then whether the two count one thing.
        let Some(po) = point(fig(g, old)) else { return false };
        if self.max_ratio > 0.0 && pn * self.max_ratio < po {
            return false;
        }
        if pn >= po * (1.0 - self.min_drop) || fig(g, old).qualifier != fig(g, new).qualifier && pn * 1.05 >= po {
            return false;
        }
        comparable(g, old, new, None, self.min_context) && may_share_place(&g.ex[old.0].places, &g.ex[new.0].places)
    }
}

/// The highest `point × (1 − min_drop)` of the figures dated before a date: a newer figure at or
/// above it cannot be stale. `None` (search everything) when some product is not a number.
struct Ceiling {
    /// (date, running maximum up to and including this date), by date.
    steps: Vec<(Date, f64)>,
    exact: bool,
}

impl Ceiling {
    fn new(g: &ClaimGraph<'_>, figs: &[FigRef], min_drop: f64) -> Ceiling {
        let mut v: Vec<(Date, f64)> =
            figs.iter().filter_map(|&r| Some((g.docs[r.0].published?, point(fig(g, r))? * (1.0 - min_drop)))).collect();
        let exact = v.iter().all(|(_, x)| !x.is_nan());
        v.sort_by_key(|a| a.0);
        let mut steps: Vec<(Date, f64)> = Vec::new();
        for (d, x) in v {
            let run = steps.last().map_or(x, |&(_, m)| m.max(x));
            match steps.last_mut() {
                Some(last) if last.0 == d => last.1 = run,
                _ => steps.push((d, run)),
            }
        }
        Ceiling { steps, exact }
    }

    /// The ceiling of the figures dated strictly before `date`; `None` when there is no bound.
    fn below(&self, date: Option<Date>) -> Option<f64> {
        let date = date?;
        if !self.exact {
            return None;
        }
        let i = self.steps.partition_point(|&(d, _)| d < date);
        Some(if i == 0 { f64::NEG_INFINITY } else { self.steps[i - 1].1 })
    }
}
