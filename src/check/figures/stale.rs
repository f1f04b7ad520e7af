//! stale-figure: a running total (a death toll) stated lower in a newer document than in an older
//! one. Only measures the knowledge marks `cumulative`, only documents with known dates.

use super::{comparable, fig, may_share_place, text_of};
use crate::check::{doc_date, doc_name, Check, Violation};
use crate::claim::point;
use crate::claim::Qualifier;
use crate::claim::{FigRef, MeasureKey};
use crate::date::Date;
use crate::graph::ClaimGraph;
use crate::knowledge::Behaviour;
use crate::text::fnv::fnv;
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

impl Check for StaleFigure {
    fn run(&self, g: &ClaimGraph<'_>) -> Vec<Violation> {
        let k = g.knowledge();
        let mut out = Vec::new();
        for (measure, figs) in g.figures_by_measure() {
            let cumulative = matches!(measure, MeasureKey::Known(id) if k.measures.iter().any(|m| m.id == *id && m.behaviour == Behaviour::Cumulative));
            if !cumulative {
                continue;
            }
            let dated: Vec<FigRef> = figs
                .into_iter()
                .filter(|r| g.published(r.0).is_some() && fig(g, *r).quantity.kind.is_quantity())
                .collect();
            // Each newer document is reported once, against the first older figure (in document order)
            // that its figures fall below. Rather than trying every pair, each figure looks only at
            // the figures dated within the window before it (by date, binary search), and skips the
            // search when no older figure is high enough (the running maximum, by date).
            let ceiling = Ceiling::new(g, &dated, self.min_drop);
            let day = |r: FigRef| g.published(r.0).map_or(i64::MIN, |d| d.days());
            let entries: Vec<Entry> = dated
                .iter()
                .enumerate()
                .map(|(i, &r)| Entry {
                    index: i,
                    day: day(r),
                    point: point(&fig(g, r).quantity),
                    qualifier: fig(g, r).quantity.qualifier,
                    places: place_mask(g.doc_places(r.0)),
                })
                .collect();
            let mut by_date = entries.clone();
            by_date.sort_by_key(|e| (e.day, e.index));
            let mut first: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
            // The older figures whose values could make `new` stale, in document order: the cheap
            // tests first (arithmetic, a sketch of the places), then wording and place in full,
            // stopping at the first that holds (the earliest older figure is the one reported).
            let mut candidates: Vec<usize> = Vec::new();
            for (ni, (&new, e_new)) in dated.iter().zip(&entries).enumerate() {
                let Some(pn) = e_new.point else { continue };
                if ceiling.below(g.published(new.0)).is_some_and(|c| pn >= c) {
                    continue;
                }
                let bound = first.get(&new.0).map_or(dated.len(), |&(oi, _)| oi + 1);
                let lo = if self.window_days > 0 {
                    by_date.partition_point(|e| e.day < e_new.day.saturating_sub(self.window_days))
                } else {
                    0
                };
                let hi = by_date.partition_point(|e| e.day < e_new.day);
                candidates.clear();
                candidates.extend(
                    by_date[lo..hi]
                        .iter()
                        .filter(|old| {
                            old.index < bound
                                && old.places & e_new.places != 0
                                && self.values_stale(old.qualifier, e_new.qualifier, old.point, pn)
                        })
                        .map(|old| old.index),
                );
                candidates.sort_unstable();
                let hit = candidates.iter().copied().find(|&oi| self.same_total(g, dated[oi], new));
                if let Some(oi) = hit {
                    let e = first.entry(new.0).or_insert((oi, ni));
                    *e = (*e).min((oi, ni));
                }
            }
            let mut pairs: Vec<(usize, usize)> = first.into_values().collect();
            pairs.sort_unstable();
            for (oi, ni) in pairs {
                let (old, new) = (dated[oi], dated[ni]);
                let (Some(po), Some(pn)) = (point(&fig(g, old).quantity), point(&fig(g, new).quantity)) else {
                    continue;
                };
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
}

impl StaleFigure {
    /// Whether the value of `new` (`pn`) is lower than that of `old` (`po`) by as much as a stale
    /// running total is: the cheap half of the test, before [`StaleFigure::same_total`].
    fn values_stale(&self, q_old: Qualifier, q_new: Qualifier, po: Option<f64>, pn: f64) -> bool {
        let Some(po) = po else { return false };
        if self.max_ratio > 0.0 && pn * self.max_ratio < po {
            return false;
        }
        !(pn >= po * (1.0 - self.min_drop) || q_old != q_new && pn * 1.05 >= po)
    }

    /// Whether `old` and `new`, taken by the search in [`StaleFigure::run`] from the window before
    /// `new`'s date, count one running total: alike in wording, not of two places.
    fn same_total(&self, g: &ClaimGraph<'_>, old: FigRef, new: FigRef) -> bool {
        may_share_place(g.doc_places(old.0), g.doc_places(new.0)) && comparable(g, old, new, None, self.min_context)
    }
}

/// What the search in [`StaleFigure::run`] reads of each figure, kept together.
#[derive(Clone, Copy)]
struct Entry {
    /// Position among the measure's dated figures (document order).
    index: usize,
    day: i64,
    point: Option<f64>,
    qualifier: Qualifier,
    /// [`place_mask`] of the figure's document.
    places: u64,
}

/// A sketch of a document's places for a quick negative: one bit per place (by hash), all bits
/// for a document that names none. Two documents whose masks share no bit share no place and
/// both name some, so they cannot be about one place; a shared bit proves nothing.
fn place_mask(places: &[String]) -> u64 {
    if places.is_empty() {
        return u64::MAX;
    }
    places.iter().fold(0, |m, p| m | 1 << (fnv(p.as_bytes()) % 64))
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
        let mut v: Vec<(Date, f64)> = figs
            .iter()
            .filter_map(|&r| Some((g.published(r.0)?, point(&fig(g, r).quantity)? * (1.0 - min_drop))))
            .collect();
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

#[cfg(test)]
mod tests {
    use super::place_mask;

    #[test]
    fn place_masks_rule_out_only_documents_without_a_shared_place() {
        let p = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let (a, b) = (place_mask(&p(&["lowmoor", "fenbury"])), place_mask(&p(&["fenbury"])));
        assert_ne!(a & b, 0, "a shared place always shares a bit");
        assert_eq!(place_mask(&[]) & b, b, "a document without places may be about any");
        let towns = ["lowmoor", "fenbury", "ashcombe", "north dale", "kettering"];
        let disjoint = towns.iter().filter(|t| place_mask(&p(&[t])) & place_mask(&p(&["westhollow"])) == 0).count();
        assert!(disjoint >= 4, "different places mostly differ in their bit ({disjoint} of 5)");
    }
}
