//! quote-attribution: the same quote credited to different people, and one article crediting one
//! line of remarks to two names that are near misses of each other ("Mallory" / "Malory").

use super::shorten;
use crate::check::{doc_name, Check, Violation};
use crate::claim::{Found, QuoteRef, SpeakerKind};
use crate::graph::ClaimGraph;
use crate::knowledge::Knowledge;
use crate::lexicon::titles::NAME_TITLES;
use crate::text::names::{fold, near_miss, surname};
use serde::Deserialize;
use std::collections::HashSet;

/// Parameters of quote-attribution.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct QuoteAttribution {
    /// Quotes shorter than this many words are not compared across documents.
    pub min_words: usize,
    /// Share of the shorter quote's shingles the longer one must contain.
    pub min_overlap: f64,
    /// Also flag two near-miss names credited with quotes in one document.
    pub near_miss_speakers: bool,
}

impl Default for QuoteAttribution {
    fn default() -> Self {
        QuoteAttribution { min_words: 6, min_overlap: 0.6, near_miss_speakers: true }
    }
}

/// A speaker the cross-document comparison can trust: named in a frame next to the quote (or a
/// pronoun in such a frame, resolved to a person), with the name it goes by.
struct Credited {
    /// The person, if the speaker resolved to one.
    person: Option<usize>,
    /// The person mention, for its written form.
    mention: Option<usize>,
    /// The full name.
    name: String,
    /// A pronoun stands in the frame.
    pronoun: bool,
}

/// The words of a name that identify the person: no titles, ranks, initials or suffixes.
fn name_words(k: &Knowledge, name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .map(|w| fold(w.trim_matches(|c: char| !c.is_alphanumeric())).to_lowercase())
        .filter(|w| w.chars().count() > 1 && !NAME_TITLES.contains(&w.as_str()) && !k.is_title_word(w))
        .collect()
}

/// Whether two names can be one person: same or near-miss surname, or one name is a single word that
/// is (nearly) a word of the other ("Mohammed" / "Mohammad bin Salman"). Across documents, such pairs
/// are one person written two ways, which the naming rules report, not two speakers.
pub(crate) fn compatible_names(k: &Knowledge, a: &str, b: &str) -> bool {
    let (wa, wb) = (name_words(k, a), name_words(k, b));
    let (Some(la), Some(lb)) = (wa.last(), wb.last()) else { return true };
    if la == lb || near_miss(la, lb) {
        return true;
    }
    let single = |x: &[String], y: &[String]| x.len() == 1 && y.iter().any(|w| *w == x[0] || near_miss(w, &x[0]));
    single(&wa, &wb) || single(&wb, &wa)
}

/// The speaker of a quote, when the cross-document comparison can trust it: found by a frame, and a
/// person (written, or a pronoun resolved to one) or words that look like a person's name.
fn credited(g: &ClaimGraph<'_>, q: QuoteRef) -> Option<Credited> {
    let sp = g.quote(q).speaker.as_ref()?;
    if sp.how != Found::Frame {
        return None;
    }
    let pronoun = sp.kind == SpeakerKind::Pronoun;
    match sp.person {
        Some(m) => Some(Credited {
            person: Some(g.person_of(q.0, m)),
            mention: Some(m),
            name: g.mentions_in(q.0)[m].full.clone(),
            pronoun,
        }),
        None if sp.kind == SpeakerKind::Name => {
            Some(Credited { person: None, mention: None, name: sp.text.clone(), pronoun: false })
        }
        None => None,
    }
}

fn is_pronoun(g: &ClaimGraph<'_>, q: QuoteRef) -> bool {
    g.quote(q).speaker.as_ref().is_some_and(|s| s.kind == SpeakerKind::Pronoun)
}

impl Check for QuoteAttribution {
    fn run(&self, g: &ClaimGraph<'_>) -> Vec<Violation> {
        let mut out = Vec::new();
        let (prepared, pairs) = g.similar_quotes(self.min_words, self.min_overlap);
        let mut seen: HashSet<(usize, String, String)> = HashSet::new();
        for (i, j, _) in pairs {
            let (a, b) = (prepared[i].r, prepared[j].r);
            let (Some(ca), Some(cb)) = (credited(g, a), credited(g, b)) else { continue };
            // A pronoun resolved on one side is trusted only against a name written on the other.
            if ca.pronoun && cb.pronoun {
                continue;
            }
            if ca.person.is_some() && ca.person == cb.person || compatible_names(g.knowledge(), &ca.name, &cb.name) {
                continue;
            }
            // Report in the document whose speaker is written out (the later one when both are).
            let swap = if ca.pronoun != cb.pronoun { ca.pronoun } else { b < a };
            let (p, s, cp, cs) = if swap { (a, b, ca, cb) } else { (b, a, cb, ca) };
            let (name_p, name_s) = (cp.name.clone(), cs.name.clone());
            if !seen.insert((p.0, name_p.clone().min(name_s.clone()), name_p.clone().max(name_s.clone()))) {
                continue;
            }
            let _ = (cp.mention, cs.mention);
            let qp = &g.quote(p);
            let qs = &g.quote(s);
            let sp = qp.speaker.as_ref().map(|x| x.span).unwrap_or(qp.span);
            let ss = qs.speaker.as_ref().map(|x| x.span).unwrap_or(qs.span);
            let quote = g.text_at(p.0, qp.span).to_string();
            out.push(Violation {
                places: vec![
                    Violation::primary(p.0, sp),
                    Violation::secondary(p.0, qp.span),
                    Violation::secondary(s.0, ss),
                    Violation::secondary(s.0, qs.span),
                ],
                bindings: vec![
                    ("quote", shorten(&quote)),
                    ("speaker", name_p.clone()),
                    ("other_speaker", name_s.clone()),
                    ("doc", doc_name(g, p.0)),
                    ("other_doc", doc_name(g, s.0)),
                ],
                minor: false,
                key: format!(
                    "quote|{}|{}|{}",
                    shorten(&quote).to_lowercase(),
                    name_p.clone().min(name_s.clone()),
                    name_s.max(name_p)
                ),
            });
        }
        if self.near_miss_speakers {
            out.extend(self.near_miss_in_document(g));
        }
        out
    }
}

impl QuoteAttribution {
    /// One article, two speakers whose names are near misses: one line of remarks, two names.
    fn near_miss_in_document(&self, g: &ClaimGraph<'_>) -> Vec<Violation> {
        let mut out = Vec::new();
        for d in 0..g.documents() {
            let doc_quotes = g.quotes_in(d);
            // Named speakers of this document: person → mention indexes (in order).
            let mut speakers: Vec<(usize, Vec<usize>)> = Vec::new();
            for (qi, q) in doc_quotes.iter().enumerate() {
                let Some(m) = q.speaker.as_ref().and_then(|s| s.person) else { continue };
                if is_pronoun(g, (d, qi)) {
                    continue;
                }
                let p = g.person_of(d, m);
                match speakers.iter_mut().find(|(x, _)| *x == p) {
                    Some((_, v)) => v.push(qi),
                    None => speakers.push((p, vec![qi])),
                }
            }
            if speakers.len() < 2 {
                continue;
            }
            // What the pairs below compare, once per speaker rather than once per pair.
            let speakers: Vec<DocSpeaker<'_>> = speakers
                .into_iter()
                .map(|(p, quotes)| {
                    let name = g.people()[p].name.as_str();
                    // The names as written: "Malory" may resolve to a registry "Mallery", but it was
                    // written next to "Mallory". Each spelling once, folded: a speaker quoted thousands
                    // of times has few spellings.
                    let mut written: Vec<String> = quotes
                        .iter()
                        .filter_map(|&qi| doc_quotes[qi].speaker.as_ref().and_then(|s| s.person))
                        .map(|m| fold(surname(&g.mentions_in(d)[m].written).unwrap_or(&g.mentions_in(d)[m].written)))
                        .collect();
                    written.sort();
                    written.dedup();
                    DocSpeaker { name, surname: surname(name).map(fold), written, quotes }
                })
                .collect();
            for (x, a) in speakers.iter().enumerate() {
                for b in &speakers[x + 1..] {
                    let (Some(sa), Some(sb)) = (&a.surname, &b.surname) else { continue };
                    let near =
                        near_miss(sa, sb) || a.written.iter().any(|wa| b.written.iter().any(|wb| near_miss(wa, wb)));
                    if !near {
                        continue;
                    }
                    let mut places = Vec::new();
                    for (k, &qi) in b.quotes.iter().chain(a.quotes.iter()).enumerate() {
                        let q = &doc_quotes[qi];
                        if let Some(s) = &q.speaker {
                            places.push(if k == 0 {
                                Violation::primary(d, s.span)
                            } else {
                                Violation::secondary(d, s.span)
                            });
                        }
                    }
                    let quote =
                        b.quotes.first().map(|&qi| g.text_at(d, doc_quotes[qi].span).to_string()).unwrap_or_default();
                    out.push(Violation {
                        places,
                        bindings: vec![
                            ("quote", shorten(&quote)),
                            ("speaker", b.written.first().map_or(b.name, String::as_str).to_string()),
                            ("other_speaker", a.written.first().map_or(a.name, String::as_str).to_string()),
                            ("doc", doc_name(g, d)),
                            ("other_doc", doc_name(g, d)),
                        ],
                        minor: false,
                        key: format!("speakers|{}|{}", a.name.min(b.name), a.name.max(b.name)),
                    });
                }
            }
        }
        out
    }
}

/// A named speaker of one document, for the near-miss comparison.
struct DocSpeaker<'g> {
    /// The person's reference name.
    name: &'g str,
    /// Its surname, folded.
    surname: Option<String>,
    /// The surnames written next to the speaker's quotes, folded, each once.
    written: Vec<String>,
    /// The speaker's quotes, in order.
    quotes: Vec<usize>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compatible_names_table() {
        let cases = [
            ("Maria T. Keller", "Maria Keller", true),
            ("Administrator Rowan Pike", "Rowan Pike", true),
            ("Elder Pike", "Rowan Pike", true),
            ("Mohammed", "Mohammad bin Rashid", true),
            ("Rowan Pike", "Jonas Brandt", false),
            ("Jonas", "Rowan Pike", false),
        ];
        for (a, b, want) in cases {
            assert_eq!(compatible_names(&crate::Engine::builtin().knowledge, a, b), want, "{a} / {b}");
        }
    }
}
