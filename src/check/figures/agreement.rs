//! figure-agreement: two figures of one measure, at comparable times, that cannot both be true.
//!
//! Figures are grouped by measure key (the graph's measure nodes), so the cost grows with the size
//! of each group, not with the corpus. A figure whose measure is not in the knowledge is compared
//! only with figures whose sentences share enough content words: "4 soldiers killed on March 26" is
//! not the conflict's toll of soldiers.

use super::{comparable, fig, known, shared_context, text_of};
use crate::check::{doc_date, doc_name, Check, Violation};
use crate::claim::{interval, point, FigRef, Figure};
use crate::graph::ClaimGraph;
use crate::lexicon::figures::is_content_word;
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
    /// For figures of measures the knowledge does not define: two figures further apart than this
    /// factor are taken to count different things ("40 migrants" at a border town and "500,000
    /// migrants" this year), not to disagree.
    pub max_ratio: f64,
    /// For figures of measures the knowledge does not define: both must be at least this large.
    /// Small counts in one story are most often different groups ("two children", "three
    /// defendants"), and a one-off difference in them is mostly a story moving on.
    pub min_value: f64,
    /// For figures of measures the knowledge does not define: how many figures of one counted noun
    /// a document may hold; beyond that the noun counts several things and no pair can be told apart.
    pub max_per_document: usize,
    /// For figures of measures the knowledge does not define: how much the two reports must share,
    /// in tokens: the neighbouring tokens they have in common on each side, plus three times the
    /// shared share of the words around them.
    pub min_evidence: f64,
    /// A measure with more figures than this is not compared: that many figures of one measure
    /// in one run are many stories (an archive's years of percentages), and comparing them pairs
    /// unrelated stories; the run says which measures were left out (see [`Check::notes`]).
    pub max_figures: usize,
}

impl Default for FigureAgreement {
    fn default() -> Self {
        FigureAgreement {
            tolerance: 0.0,
            window_days: 14,
            min_context: 0.6,
            within_document: false,
            max_ratio: 2.0,
            min_value: 10.0,
            max_per_document: 4,
            min_evidence: 1.0,
            max_figures: 400,
        }
    }
}

impl Check for FigureAgreement {
    fn run(&self, g: &ClaimGraph<'_>) -> Vec<Violation> {
        let mut out = Vec::new();
        for (measure, figs) in g.figures_by_measure() {
            let figs: Vec<FigRef> = figs.into_iter().filter(|r| fig(g, *r).quantity.kind.is_quantity()).collect();
            if figs.len() < 2 || figs.len() > self.max_figures {
                continue;
            }
            // Each figure is reported once, against the first figure it contradicts.
            let mut reported: HashSet<FigRef> = HashSet::new();
            let intervals: Vec<_> = figs.iter().map(|&r| interval(&fig(g, r).quantity, self.tolerance)).collect();
            for (i, &a) in figs.iter().enumerate() {
                let Some(ia) = intervals[i] else { continue };
                for (&b, ib) in figs[i + 1..].iter().zip(&intervals[i + 1..]) {
                    if a.0 == b.0 && !self.within_document {
                        continue;
                    }
                    // The figures' values first: most pairs of a measure agree, and that is cheap to see.
                    let Some(ib) = *ib else { continue };
                    if ia.overlaps(ib) || !self.same_size(fig(g, a), fig(g, b)) {
                        continue;
                    }
                    let both_known = known(fig(g, a)) && known(fig(g, b));
                    let need = if both_known { self.min_context } else { 0.0 };
                    if reported.contains(&a) && reported.contains(&b)
                        || !comparable(g, a, b, Some(self.window_days), need)
                        || !both_known && !self.same_thing(g, &figs, a, b)
                    {
                        continue;
                    }
                    // The figure in the later document is reported; the earlier one is the evidence.
                    let (p, s) = if g.published(b.0) >= g.published(a.0) { (b, a) } else { (a, b) };
                    if !reported.insert(p) {
                        continue;
                    }
                    reported.insert(s);
                    let fp = fig(g, p);
                    let label = fp.noun.clone().unwrap_or_default();
                    let name = if known(fp) { measure.to_string() } else { label.trim().to_string() };
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
                        key: format!(
                            "{measure}|{}|{}",
                            point(&fp.quantity).unwrap_or(0.0),
                            point(&fig(g, s).quantity).unwrap_or(0.0)
                        ),
                    });
                }
            }
        }
        out
    }

    fn notes(&self, g: &ClaimGraph<'_>) -> Vec<String> {
        g.figures_by_measure()
            .into_iter()
            .map(|(measure, figs)| {
                (measure, figs.into_iter().filter(|r| fig(g, *r).quantity.kind.is_quantity()).count())
            })
            .filter(|(_, n)| *n > self.max_figures)
            .map(|(measure, n)| {
                format!(
                    "the {n} figures of {measure} were not compared with each other (more than max_figures: {})",
                    self.max_figures
                )
            })
            .collect()
    }

    fn validate(&self) -> Result<(), String> {
        if (0.0..=1.0).contains(&self.tolerance) {
            Ok(())
        } else {
            Err(format!("tolerance {} is not between 0 and 1", self.tolerance))
        }
    }
}

impl FigureAgreement {
    /// Whether two figures are of one size: both at least `min_value`, at most `max_ratio` apart.
    /// Reports of one quantity that disagree do so by a margin, not by an order of magnitude; and
    /// "at least seven killed" in a storm and "two killed" in a flood are two tolls, not one.
    fn same_size(&self, fa: &Figure, fb: &Figure) -> bool {
        let (Some(pa), Some(pb)) = (point(&fa.quantity), point(&fb.quantity)) else { return false };
        let (lo, hi) = (pa.abs().min(pb.abs()), pa.abs().max(pb.abs()));
        lo >= self.min_value && hi <= lo * self.max_ratio
    }

    /// Whether two figures of a measure the knowledge does not define report the same thing. Their
    /// noun alone does not say so: one story counts "people" or "years" of many things. The figures
    /// of the noun in each document are taken by value (one value repeated through an article is one
    /// claim), and each figure is matched with the value whose wording in the other document is
    /// closest to its own. The two must be each other's match, of one size, their wording must
    /// overlap, and neither document may give as close a figure that agrees with the other one.
    fn same_thing(&self, g: &ClaimGraph<'_>, group: &[FigRef], a: FigRef, b: FigRef) -> bool {
        let noun = |r: FigRef| fig(g, r).noun.as_deref().map(str::to_lowercase);
        let mut ties = 0;
        for (x, other) in [(a, b), (b, a)] {
            let fx = fig(g, x);
            let Some(ix) = interval(&fx.quantity, self.tolerance) else { return false };
            let counterpart = point(&fig(g, other).quantity);
            // The figures of this noun in the other document, by value: the closest wording of each.
            let mut classes: Vec<(Option<f64>, f64, bool)> = Vec::new();
            for r in group.iter().copied().filter(|r| r.0 == other.0 && noun(*r) == noun(x)) {
                let fr = fig(g, r);
                let (v, sim) = (point(&fr.quantity), similarity(fx, fr));
                let agrees = interval(&fr.quantity, self.tolerance).is_some_and(|ir| ir.overlaps(ix));
                match classes.iter_mut().find(|c| c.0 == v) {
                    Some(c) => c.1 = c.1.max(sim),
                    None => classes.push((v, sim, agrees)),
                }
            }
            if classes.len() > self.max_per_document {
                return false;
            }
            let evidence = classes.iter().find(|c| c.0 == counterpart).map_or(0.0, |c| c.1);
            if evidence < self.min_evidence {
                return false;
            }
            // Another value there is worded more closely: that is this figure's counterpart, not
            // the one it disagrees with. Another disagreeing value worded as closely: no telling
            // which of the two it is.
            if classes.iter().any(|c| c.0 != counterpart && (c.1 > evidence || !c.2 && c.1 >= evidence)) {
                return false;
            }
            // A value there that agrees with this figure, worded as closely as the counterpart: the
            // other article may say both ("53 years ago" once, "35 years ago" again).
            ties += usize::from(classes.iter().any(|c| c.0 != counterpart && c.2 && c.1 >= evidence));
        }
        // Each article gives a figure agreeing with the other's, as closely worded as the pair: two
        // things counted, one value each ("peaked at 2 hours 15 minutes", "fell to 1 hour 10").
        ties < 2
    }
}

/// How much the wording around two figures agrees: the tokens they share right after and right
/// before them (up to the first difference), plus three times the overlap of their context words.
fn similarity(a: &Figure, b: &Figure) -> f64 {
    // A run of shared neighbours is evidence only when it holds a word of content: "the" before two
    // ages ("the 25-year-old …", "the 23-year-old …") says nothing about whose they are.
    let run = |x: &[String], y: &[String]| {
        let n = x.iter().zip(y).take_while(|(p, q)| p == q).count();
        if x[..n].iter().any(|w| is_content_word(w)) {
            n
        } else {
            0
        }
    };
    (run(&a.after, &b.after) + run(&a.before, &b.before)) as f64 + 3.0 * shared_context(&a.context, &b.context)
}

#[cfg(test)]
mod tests {
    use super::super::{is_conversion, shared_context};

    /// (sentence, whether its figure of the given text is a conversion in brackets).
    #[test]
    fn conversions_in_brackets() {
        let cases = [
            ("The plant is 240 km (150 miles) north of the city.", "150", true),
            ("The plant is 240 km (150 miles) north of the city.", "240", false),
            ("The state agreed to pay 1bn yen ($8.3m, £5.6m) to the fund.", "$8.3m", true),
            ("The study recruited 52 people (39 men and 13 women) last year.", "39", false),
            ("The board (12 members) met on Friday.", "12", false),
        ];
        for (sentence, written, want) in cases {
            let (text, figures) = crate::extract::figure::tests::read(sentence);
            let f = figures
                .iter()
                .find(|f| &text[f.span.start..f.span.end] == written)
                .unwrap_or_else(|| panic!("no figure {written:?} in {sentence:?}"));
            assert_eq!(is_conversion(f), want, "{written:?} in {sentence:?}: before {:?}", f.before);
        }
    }

    fn words(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_string).collect()
    }

    /// Sorted contexts (as extraction writes them) are merged; others are counted as sets: the
    /// same overlap either way, and fewer than two shared words is none.
    #[test]
    fn context_overlap_sorted_or_not() {
        let cases = [
            ("boats harbour lost storm", "boats harbour storm town", 0.75),
            ("boats harbour", "boats harbour", 1.0),
            ("boats harbour lost", "boats town", 0.0),
            ("alpha beta gamma", "delta epsilon", 0.0),
        ];
        for (a, b, want) in cases {
            let (a, b) = (words(a), words(b));
            assert!((shared_context(&a, &b) - want).abs() < 1e-9, "{a:?} {b:?}");
            let (mut ra, mut rb) = (a.clone(), b.clone());
            ra.reverse();
            rb.reverse();
            ra.push(ra[0].clone());
            assert!((shared_context(&ra, &rb) - want).abs() < 1e-9, "unsorted, with a repeat: {ra:?} {rb:?}");
        }
    }
}
