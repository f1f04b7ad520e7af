//! stale-figure: a running total (a death toll) stated lower in a newer document than in an older
//! one. Only measures the knowledge marks `cumulative`, only documents with known dates.

use super::figure_agreement::{comparable, fig, text_of};
use super::interval::point;
use super::{doc_date, doc_name, Violation};
use crate::graph::{ClaimGraph, FigRef};
use crate::knowledge::Behaviour;
use serde::Deserialize;
use std::collections::HashSet;

/// Parameters of stale-figure.
#[derive(Clone, Debug, Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct StaleFigure {
    /// Ignore differences smaller than this fraction of the older figure.
    pub min_drop: f64,
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
            let mut reported = HashSet::new();
            for &old in &dated {
                for &new in &dated {
                    let (d_old, d_new) = (g.docs[old.0].published, g.docs[new.0].published);
                    if d_new <= d_old || reported.contains(&new.0) || !comparable(g, old, new, None, 0.0) {
                        continue;
                    }
                    let (Some(po), Some(pn)) = (point(fig(g, old)), point(fig(g, new))) else { continue };
                    if pn >= po * (1.0 - self.min_drop)
                        || fig(g, old).qualifier != fig(g, new).qualifier && pn * 1.05 >= po
                    {
                        continue;
                    }
                    reported.insert(new.0);
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
        }
        out
    }
}
