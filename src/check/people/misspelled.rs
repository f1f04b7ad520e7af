//! misspelled-name: a near miss of a registry spelling ("Hollins" for Hollis), a name split by a
//! stray space ("P etrov"), and, with the corpus as the reference, a proper noun written once in a
//! way that is one slip away from how the rest of the coverage writes it ("Kenendy" for Kennedy).

use crate::check::{doc_name, Check, Violation};
use crate::claim::NameStatus;
use crate::document::Span;
use crate::graph::ClaimGraph;
use crate::text::names::{edit_distance, fold};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Whether two spellings one edit apart differ the way a typing slip does: two adjacent letters
/// swapped ("Kenendy"), or a doubled letter moved ("Yeelowstone"), inside the word. A letter changed
/// for another usually makes another real word or name ("Store"/"Stone", "Connor"/"Conner"), and a
/// changed first or last letter or an added ending is a different word ("Larter", "American").
fn is_typing_slip(a: &str, b: &str) -> bool {
    let (x, y): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if x.len() != y.len() || x.first() != y.first() || x.last() != y.last() {
        return false;
    }
    let diff: Vec<usize> = (0..x.len()).filter(|&i| x[i] != y[i]).collect();
    match diff.as_slice() {
        [i, j] => *j == i + 1 && x[*i] == y[*j] && x[*j] == y[*i],
        [i] => {
            // A doubled letter shifted: "Yellowstone" / "Yeelowstone" (both sides doubled at the
            // change), not "Winner" / "Winter" (only one side).
            let doubled = |w: &[char]| (*i > 0 && w[*i] == w[i - 1]) || w.get(i + 1) == Some(&w[*i]);
            doubled(&x) && doubled(&y)
        }
        _ => false,
    }
}

/// Where one spelling occurs: a count and the two places a finding may point at, not every place (a
/// common name is written hundreds of thousands of times).
struct Occurrences {
    count: usize,
    /// The first place.
    first: (usize, Span),
    /// The first place in another document than the first place's.
    elsewhere: Option<(usize, Span)>,
}

impl Occurrences {
    fn add(&mut self, doc: usize, span: Span) {
        self.count += 1;
        if self.elsewhere.is_none() && doc != self.first.0 {
            self.elsewhere = Some((doc, span));
        }
    }
}

/// Parameters of misspelled-name.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MisspelledName {
    /// Use the corpus's own spellings as a reference for proper nouns the registry does not know.
    pub corpus_reference: bool,
    /// Shortest word the corpus reference compares (short words have too many neighbours).
    pub min_length: usize,
}

impl Default for MisspelledName {
    fn default() -> Self {
        MisspelledName { corpus_reference: true, min_length: 5 }
    }
}

impl Check for MisspelledName {
    fn run(&self, g: &ClaimGraph<'_>) -> Vec<Violation> {
        let mut out = Vec::new();
        for d in 0..g.documents() {
            let mentions = g.mentions_in(d);
            // (suggestion, source, minor) → mentions
            let mut groups: BTreeMap<(String, &'static str, bool), Vec<usize>> = BTreeMap::new();
            for (mi, m) in mentions.iter().enumerate() {
                let raw = g.text_at(d, m.span);
                if raw.split_whitespace().count() > m.written.split_whitespace().count() {
                    groups.entry((m.full.clone(), "a stray space", true)).or_default().push(mi);
                } else if m.status == NameStatus::Misspelled {
                    groups.entry((m.full.clone(), "the names registry", false)).or_default().push(mi);
                }
            }
            for ((suggestion, source, minor), ms) in groups {
                let places = ms
                    .iter()
                    .enumerate()
                    .map(|(k, &mi)| {
                        if k == 0 {
                            Violation::primary(d, mentions[mi].span)
                        } else {
                            Violation::secondary(d, mentions[mi].span)
                        }
                    })
                    .collect();
                let written = g.text_at(d, mentions[ms[0]].span).to_string();
                out.push(Violation {
                    places,
                    bindings: vec![
                        ("name", written.clone()),
                        ("suggestion", suggestion.clone()),
                        ("doc", doc_name(g, d)),
                        ("source", source.to_string()),
                    ],
                    minor,
                    key: format!("misspelled|{written}|{suggestion}"),
                });
            }
        }
        if self.corpus_reference {
            out.extend(self.corpus_slips(g));
        }
        out
    }
}

impl MisspelledName {
    /// Proper nouns written once, one slip away from a spelling the corpus uses elsewhere.
    fn corpus_slips(&self, g: &ClaimGraph<'_>) -> Vec<Violation> {
        // Every spelling with where it occurs.
        let mut seen: BTreeMap<&str, Occurrences> = BTreeMap::new();
        for d in 0..g.documents() {
            for s in g.proper_nouns_in(d) {
                seen.entry(g.text_at(d, *s)).and_modify(|o| o.add(d, *s)).or_insert(Occurrences {
                    count: 1,
                    first: (d, *s),
                    elsewhere: None,
                });
            }
        }
        // Registry spellings are real names, never slips of each other ("Mallory" and "Malory").
        let known: HashSet<String> = g
            .knowledge()
            .people
            .iter()
            .flat_map(|p| std::iter::once(&p.canonical).chain(p.variants.iter()))
            .flat_map(|n| n.split_whitespace().map(str::to_string))
            .collect();
        // Candidate pairs share a key: the word itself, each one-letter deletion (substitutions,
        // insertions), or its sorted letters (transpositions).
        let mut by_key: HashMap<String, Vec<&str>> = HashMap::new();
        for &w in seen.keys() {
            if w.chars().count() < self.min_length {
                continue;
            }
            let lower = w.to_lowercase();
            let chars: Vec<char> = lower.chars().collect();
            let mut keys = vec![lower.clone()];
            for i in 0..chars.len() {
                keys.push(chars.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, c)| *c).collect());
            }
            let mut sorted = chars.clone();
            sorted.sort_unstable();
            keys.push(format!("#{}", sorted.into_iter().collect::<String>()));
            keys.sort();
            keys.dedup();
            for k in keys {
                by_key.entry(k).or_default().push(w);
            }
        }
        let mut pairs: BTreeMap<(&str, &str), ()> = BTreeMap::new();
        for words in by_key.values() {
            if words.len() > 8 {
                continue;
            }
            for (i, a) in words.iter().enumerate() {
                for b in &words[i + 1..] {
                    pairs.insert(((*a).min(*b), (*a).max(*b)), ());
                }
            }
        }
        let mut out = Vec::new();
        for (a, b) in pairs.into_keys() {
            let (la, lb) = (a.to_lowercase(), b.to_lowercase());
            if la == lb || edit_distance(&la, &lb) != 1 || fold(a) == fold(b) || !is_typing_slip(&la, &lb) {
                continue; // case only, farther apart, a transliteration variant, or two real words
            }
            // Plurals and possessives are not slips ("Saint" / "Saints").
            let plural = |x: &str, y: &str| {
                x.strip_suffix('s').is_some_and(|s| s == y) || x.strip_suffix("es").is_some_and(|s| s == y)
            };
            if plural(&la, &lb) || plural(&lb, &la) || known.contains(a) && known.contains(b) {
                continue;
            }
            let (oa, ob) = (&seen[a], &seen[b]);
            // The slip is the spelling written once; the reference is used more often, or elsewhere.
            let (slip, reference, so, ro) = if oa.count < ob.count { (a, b, oa, ob) } else { (b, a, ob, oa) };
            if so.count != 1 || known.contains(slip) {
                continue;
            }
            let (sd, ss) = so.first;
            // The reference in another document if it is written in one, else where it is first.
            let (rd, rs) = if ro.first.0 != sd { ro.first } else { ro.elsewhere.unwrap_or(ro.first) };
            if ro.count < 2 && rd == sd {
                continue;
            }
            out.push(Violation {
                places: vec![Violation::primary(sd, ss), Violation::secondary(rd, rs)],
                bindings: vec![
                    ("name", slip.to_string()),
                    ("suggestion", reference.to_string()),
                    ("doc", doc_name(g, sd)),
                    ("source", "the spelling the other mentions use".to_string()),
                ],
                minor: true,
                key: format!("slip|{slip}|{reference}"),
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::is_typing_slip;

    #[test]
    fn typing_slips() {
        let cases = [
            ("kennedy", "kenendy", true),
            ("research", "rseearch", true),
            ("yellowstone", "yeelowstone", true),
            ("store", "stone", false),
            ("carter", "larter", false),
            ("america", "american", false),
            ("connor", "conner", false),
            ("winner", "winter", false),
        ];
        for (a, b, want) in cases {
            assert_eq!(is_typing_slip(a, b), want, "{a} / {b}");
        }
    }
}
