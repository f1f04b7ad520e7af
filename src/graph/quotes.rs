//! Quotes across the corpus: which pairs of quotes share enough of their wording to be one quote.
//!
//! Every quote's shingles are indexed once; a pair is counted only when it shares a shingle, so the
//! cost grows with the quotes and their overlaps, not with the square of the corpus.

use super::ClaimGraph;
use crate::claim::Fingerprint;
use crate::text::fnv::FnvMap;

/// Most quotes a shingle may be shared by and still tie quotes together.
const BOILERPLATE: usize = 50;

impl ClaimGraph<'_> {
    /// Pairs of quotes that share enough shingles: (a, b, containment of the shorter in the longer), in
    /// order of a, then b.
    pub(crate) fn similar_quotes(
        &self,
        min_words: usize,
        min_containment: f64,
    ) -> (Vec<&Fingerprint>, Vec<(usize, usize, f64)>) {
        let prepared: Vec<&Fingerprint> = self.quote_fingerprints().iter().filter(|f| f.words >= min_words).collect();
        // The quotes of each shingle, in quote order. A boilerplate phrase shared by very many quotes
        // says nothing, so a list stops one past that: the rest of it would be thrown away.
        let mut index: FnvMap<u64, Vec<usize>> = FnvMap::default();
        for (i, p) in prepared.iter().enumerate() {
            for &s in &p.shingles {
                let list = index.entry(s).or_default();
                if list.len() <= BOILERPLATE {
                    list.push(i);
                }
            }
        }
        // For each quote, the later quotes that share one of its shingles, once per shingle.
        let mut later: Vec<Vec<&[usize]>> = vec![Vec::new(); prepared.len()];
        for list in index.values().filter(|list| list.len() <= BOILERPLATE) {
            for (x, &i) in list.iter().enumerate() {
                if x + 1 < list.len() {
                    later[i].push(&list[x + 1..]);
                }
            }
        }
        // Count shared shingles one quote at a time, in a counter per quote that is reset after each.
        let mut shared = vec![0usize; prepared.len()];
        let mut touched: Vec<usize> = Vec::new();
        let mut pairs = Vec::new();
        for (i, runs) in later.iter().enumerate() {
            for &j in runs.iter().flat_map(|run| run.iter()) {
                if shared[j] == 0 {
                    touched.push(j);
                }
                shared[j] += 1;
            }
            touched.sort_unstable();
            for &j in &touched {
                let n = std::mem::take(&mut shared[j]);
                let c = n as f64 / prepared[i].shingles.len().min(prepared[j].shingles.len()) as f64;
                if c >= min_containment {
                    pairs.push((i, j, c));
                }
            }
            touched.clear();
        }
        (prepared, pairs)
    }
}
