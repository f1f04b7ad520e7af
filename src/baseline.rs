//! Baselines: findings an editor has reviewed, recorded so they stop coming back.
//!
//! `claimlint check --write-baseline FILE` records every current finding; `--baseline FILE` leaves
//! out the findings it records. An entry is keyed by the rule and the claim's content (the measure
//! and the values, the quote's fingerprint and speakers, the names: [`Finding::key`]), never by line
//! or byte offset, so an edit elsewhere in the copy does not bring a reviewed finding back, while a
//! changed figure or a new speaker does. Entries are counted: two recorded findings with one key
//! silence two findings, and a third one with that key is reported.
//!
//! An entry that matches no finding any more is *stale* (the copy was fixed, or the claim changed
//! and its finding is reported afresh). Stale entries are returned to the caller to report; they are
//! not findings, because nothing is wrong in the copy.

use crate::document::Document;
use crate::finding::Finding;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fmt;

/// The version written in, and required of, baseline files.
pub const VERSION: u32 = 1;

/// One reviewed finding.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The rule's id.
    pub rule: String,
    /// The claim's content ([`Finding::key`]); what matching compares.
    pub key: String,
    /// Where the finding was when it was recorded (for people reading the file; not compared).
    #[serde(default)]
    pub path: String,
    /// The finding's message when it was recorded (for people; not compared).
    #[serde(default)]
    pub message: String,
}

/// A set of reviewed findings.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    /// The format's version (this build writes and reads version 1).
    pub version: u32,
    /// The entries, sorted by path, rule and key.
    pub findings: Vec<Entry>,
}

/// A baseline file that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BaselineError {
    /// 1-based line and column of the problem, when known.
    pub at: Option<(usize, usize)>,
    message: String,
}

impl fmt::Display for BaselineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.at {
            Some((l, c)) => write!(f, "{l}:{c}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for BaselineError {}

impl Baseline {
    /// Records findings as reviewed.
    ///
    /// ```
    /// let engine = claimlint::Engine::builtin();
    /// let mut docs = vec![
    ///     claimlint::Document::new("a.txt", "Officials said 80,000 troops were deployed near the border."),
    ///     claimlint::Document::new("b.txt", "Officials said 150,000 troops were deployed near the border."),
    /// ];
    /// let mut findings = engine.check(&mut docs).findings;
    /// let baseline = claimlint::Baseline::of(&findings, &docs);
    /// let stale = baseline.apply(&mut findings);
    /// assert!(findings.is_empty() && stale.is_empty());
    /// ```
    pub fn of(findings: &[Finding], docs: &[Document]) -> Baseline {
        let mut entries: Vec<Entry> = findings
            .iter()
            .map(|f| Entry {
                rule: f.rule.clone(),
                key: f.key.clone(),
                path: f.primary().map(|l| docs[l.doc].path.clone()).unwrap_or_default(),
                message: f.message.clone(),
            })
            .collect();
        entries.sort_by(|a, b| (&a.path, &a.rule, &a.key).cmp(&(&b.path, &b.rule, &b.key)));
        Baseline { version: VERSION, findings: entries }
    }

    /// Reads a baseline file's text.
    ///
    /// # Errors
    ///
    /// Text that is not a baseline of this version, with the line and column of the problem.
    pub fn parse(text: &str) -> Result<Baseline, BaselineError> {
        let b: Baseline = serde_json::from_str(text)
            .map_err(|e| BaselineError { at: Some((e.line(), e.column())), message: e.to_string() })?;
        if b.version != VERSION {
            return Err(BaselineError {
                at: None,
                message: format!("baseline version {} (this claimlint reads version {VERSION})", b.version),
            });
        }
        Ok(b)
    }

    /// The file's text: pretty JSON, one entry per block, so reviews show up well in diffs.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }

    /// Removes the findings this baseline records; returns the entries that matched nothing.
    pub fn apply(&self, findings: &mut Vec<Finding>) -> Vec<Entry> {
        let mut available: HashMap<(String, String), usize> = HashMap::new();
        for f in findings.iter() {
            *available.entry((f.rule.clone(), f.key.clone())).or_default() += 1;
        }
        let mut used: HashMap<(String, String), usize> = HashMap::new();
        let mut stale = Vec::new();
        for e in &self.findings {
            let k = (e.rule.clone(), e.key.clone());
            match available.get_mut(&k) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    *used.entry(k).or_default() += 1;
                }
                _ => stale.push(e.clone()),
            }
        }
        findings.retain(|f| match used.get_mut(&(f.rule.clone(), f.key.clone())) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        });
        stale
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Document, Engine};

    fn run(texts: &[&str]) -> (Vec<Finding>, Vec<Document>) {
        let mut docs: Vec<Document> =
            texts.iter().enumerate().map(|(i, t)| Document::new(format!("d{i}.txt"), *t)).collect();
        let findings = Engine::builtin().check(&mut docs).findings;
        (findings, docs)
    }

    const A: &str = "Officials in Norvik said 80,000 troops were deployed near the border.";
    const B: &str = "Officials in Norvik said 150,000 troops were deployed near the border.";

    #[test]
    fn content_keys_survive_moves_and_changed_figures_return() {
        let (f, docs) = run(&[A, B]);
        assert!(!f.is_empty(), "the two figures conflict");
        let b = Baseline::parse(&Baseline::of(&f, &docs).to_json()).expect("round trip");
        // The same claims, moved down by an unrelated paragraph: silenced.
        let moved = format!("The harbour reopened on Tuesday after repairs.\n\n{A}");
        let (mut f2, _) = run(&[&moved, B]);
        assert!(b.apply(&mut f2).is_empty());
        assert!(f2.is_empty(), "{f2:?}");
        // A changed figure is a new claim: reported, and the old entry is stale.
        let (mut f3, _) = run(&[&A.replace("80,000", "90,000"), B]);
        let stale = b.apply(&mut f3);
        assert!(!f3.is_empty());
        assert_eq!(stale.len(), b.findings.len());
    }

    #[test]
    fn entries_are_counted() {
        let (f, docs) = run(&[A, B]);
        let mut b = Baseline::of(&f, &docs);
        let one = b.findings[0].clone();
        b.findings.push(one.clone());
        let mut again = f.clone();
        let stale = b.apply(&mut again);
        assert!(again.is_empty());
        assert_eq!(stale, vec![one]);
    }

    #[test]
    fn bad_files_are_located() {
        let e = Baseline::parse("{\"version\": 1,\n \"findings\": [ {\"rule\": 3} ]}").expect_err("bad");
        assert_eq!(e.at.map(|(l, _)| l), Some(2));
        let e = Baseline::parse("{\"version\": 9, \"findings\": []}").expect_err("version");
        assert!(e.to_string().contains("version 9"));
    }
}
