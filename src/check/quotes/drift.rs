//! quote-drift: the same quote by the same speaker, worded differently.
//!
//! Shortening is not drift; a changed word is. Changes that only touch function words, contractions
//! or lost spaces ("We're" / "We are", "of" / "with", "theborder") are minor; a changed meaning word
//! ("slow" / "fast", an added "still") is not.

use super::shorten;
use crate::check::{doc_name, Check, Violation};
use crate::claim::words;
use crate::claim::Found;
use crate::graph::ClaimGraph;
use crate::lexicon::quotes::is_minor_word;
use crate::text::fnv::FnvSet;
use serde::Deserialize;
use std::collections::HashSet;

/// Parameters of quote-drift.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct QuoteDrift {
    /// Quotes shorter than this many words are not compared.
    pub min_words: usize,
    /// Share of the shorter quote's shingles the longer one must contain.
    pub min_overlap: f64,
}

impl Default for QuoteDrift {
    fn default() -> Self {
        QuoteDrift { min_words: 5, min_overlap: 0.4 }
    }
}

/// Splits words glued in copy ("theborder") when both halves are words of the other quote.
fn unglue(a: &[String], other: &[String]) -> Vec<String> {
    let set: FnvSet<&str> = other.iter().map(String::as_str).collect();
    let mut out = Vec::with_capacity(a.len());
    for w in a {
        if !set.contains(w.as_str()) {
            let split =
                w.char_indices().skip(1).map(|(k, _)| k).find(|&k| set.contains(&w[..k]) && set.contains(&w[k..]));
            if let Some(k) = split {
                out.push(w[..k].to_string());
                out.push(w[k..].to_string());
                continue;
            }
        }
        out.push(w.clone());
    }
    out
}

/// A word with US/UK and texting spellings folded ("apologise" → "apologize", "colour" → "color",
/// "u" → "you").
fn spelling(w: &str) -> String {
    match w {
        "u" => return "you".into(),
        "ur" => return "your".into(),
        "r" => return "are".into(),
        _ => {}
    }
    let mut w = w.to_string();
    for (uk, us) in [("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"), ("ise", "ize")] {
        if let Some(stem) = w.strip_suffix(uk) {
            if stem.len() >= 3 {
                w = format!("{stem}{us}");
                break;
            }
        }
    }
    for (uk, us) in [("our", "or"), ("ours", "ors"), ("oured", "ored"), ("ouring", "oring"), ("ourite", "orite")] {
        if let Some(stem) = w.strip_suffix(uk) {
            if stem.len() >= 3 {
                w = format!("{stem}{us}");
                break;
            }
        }
    }
    if let Some(stem) = w.strip_suffix("tre") {
        w = format!("{stem}ter");
    }
    w
}

/// Word-level differences inside the aligned region: (removed from a, added in b).
pub(crate) fn changes(a: &[String], b: &[String]) -> (Vec<String>, Vec<String>) {
    let a = &unglue(a, b);
    let b = &unglue(b, a);
    let (n, m) = (a.len().min(200), b.len().min(200));
    let mut l = vec![vec![0u16; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            l[i][j] = if a[i] == b[j] { l[i + 1][j + 1] + 1 } else { l[i + 1][j].max(l[i][j + 1]) };
        }
    }
    // Walk the alignment, collecting unmatched runs between the first and last match.
    let (mut i, mut j) = (0, 0);
    let mut matched_any = false;
    let mut run_a: Vec<String> = Vec::new();
    let mut run_b: Vec<String> = Vec::new();
    let mut removed = Vec::new();
    let mut added = Vec::new();
    let flush = |ra: &mut Vec<String>, rb: &mut Vec<String>, removed: &mut Vec<String>, added: &mut Vec<String>| {
        // Lost spaces ("theborder" / "the border"), spelling variants ("apologise" / "apologize",
        // "u" / "you"), and elisions: several words left out on one side only, as an outlet shortens a
        // quote without marking it ("I said, you mean I …" / "I said, I …").
        let elided = ra.is_empty() && rb.len() >= 2 || rb.is_empty() && ra.len() >= 2;
        let spelled = ra.len() == rb.len() && ra.iter().zip(rb.iter()).all(|(x, y)| spelling(x) == spelling(y));
        if ra.concat() != rb.concat() && !elided && !spelled {
            removed.append(ra);
            added.append(rb);
        }
        ra.clear();
        rb.clear();
    };
    while i < n && j < m {
        if a[i] == b[j] {
            if matched_any {
                flush(&mut run_a, &mut run_b, &mut removed, &mut added);
            } else {
                run_a.clear();
                run_b.clear();
            }
            matched_any = true;
            i += 1;
            j += 1;
        } else if l[i + 1][j] >= l[i][j + 1] {
            run_a.push(a[i].clone());
            i += 1;
        } else {
            run_b.push(b[j].clone());
            j += 1;
        }
    }
    (removed, added)
}

impl Check for QuoteDrift {
    fn run(&self, g: &ClaimGraph<'_>) -> Vec<Violation> {
        let mut out = Vec::new();
        let (prepared, pairs) = g.similar_quotes(self.min_words, self.min_overlap);
        let mut seen = HashSet::new();
        for (i, j, _) in pairs {
            let (a, b) = (&prepared[i], &prepared[j]);
            let (Some(pa), Some(pb)) = (g.speaker_person(a.r), g.speaker_person(b.r)) else { continue };
            if pa != pb {
                continue;
            }
            // A speaker carried over from an earlier quote on both sides may be a title or citation
            // that only follows someone's remarks: one side must name its speaker in a frame.
            let framed = |r: crate::claim::QuoteRef| {
                g.quote(r).speaker.as_ref().is_some_and(|s| matches!(s.how, Found::Frame | Found::Loose))
            };
            if !framed(a.r) && !framed(b.r) {
                continue;
            }
            let qa = &g.quote(a.r);
            let qb = &g.quote(b.r);
            let (removed, added) = changes(&words(g.text_at(a.r.0, qa.span)), &words(g.text_at(b.r.0, qb.span)));
            if removed.is_empty() && added.is_empty() {
                continue;
            }
            let minor = removed.iter().chain(added.iter()).all(|w| is_minor_word(w));
            if !seen.insert((a.r, b.r)) {
                continue;
            }
            let describe =
                |v: &[String]| if v.is_empty() { "nothing".to_string() } else { format!("\"{}\"", v.join(" ")) };
            let text_a = g.text_at(a.r.0, qa.span).to_string();
            let text_b = g.text_at(b.r.0, qb.span).to_string();
            out.push(Violation {
                places: vec![Violation::primary(b.r.0, qb.span), Violation::secondary(a.r.0, qa.span)],
                bindings: vec![
                    ("speaker", g.people()[pa].name.clone()),
                    ("quote", shorten(&text_b)),
                    ("other_quote", shorten(&text_a)),
                    ("doc", doc_name(g, b.r.0)),
                    ("other_doc", doc_name(g, a.r.0)),
                    ("changes", format!("{} became {}", describe(&removed), describe(&added))),
                ],
                minor,
                key: format!("drift|{}|{}|{}", g.people()[pa].name, removed.join(" "), added.join(" ")),
            });
        }
        out
    }

    fn validate(&self) -> Result<(), String> {
        if (0.0..=1.0).contains(&self.min_overlap) {
            Ok(())
        } else {
            Err(format!("min_overlap {} is not between 0 and 1", self.min_overlap))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drift_table() {
        let cases = [
            (
                "We are sure that the city has moved some buses from thedepot of Eastfield",
                "We\u{2019}re sure that the city has moved some buses from the depot with Eastfield",
                vec!["of"],
                vec!["with"],
            ),
            (
                "There could be a queue. Nobody enjoys these queues",
                "so, perhaps, there still could be a queue. Nobody enjoys these queues",
                vec![],
                vec!["still"],
            ),
            (
                "The repair is slow, so there may still be a delay",
                "The repair is fast, so there may still be a delay",
                vec!["slow"],
                vec!["fast"],
            ),
            ("We back the mayor fully", "we back the mayor fully", vec![], vec![]),
            // Spelling variants and an unmarked elision are not drift.
            ("I apologise, that was a silly remark", "I apologize, that was a silly remark", vec![], vec![]),
            ("Do u know what the plan is", "Do you know what the plan is", vec![], vec![]),
            ("I said, you mean I do not even get a chance", "I said, I do not even get a chance", vec![], vec![]),
        ];
        for (a, b, rem, add) in cases {
            let (r, ad) = changes(&words(a), &words(b));
            assert_eq!(
                (r, ad),
                (
                    rem.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                    add.iter().map(|s| s.to_string()).collect::<Vec<_>>()
                ),
                "{a} / {b}"
            );
        }
    }
}
