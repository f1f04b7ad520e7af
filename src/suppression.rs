//! Inline suppressions: an editor marks a reviewed finding in the copy itself.
//!
//! ```text
//! <!-- claimlint-disable misspelled-name: the spelling is the subject's own -->
//! ...
//! <!-- claimlint-enable misspelled-name -->
//! <!-- claimlint-disable-next-line conflicting-figures: figures checked with the wire desk -->
//! ```
//!
//! A finding is suppressed when its primary label lies in a disabled region of its document for its
//! rule (or for `all` rules, or with no rule named). The reason after the colon is for people; the
//! directive works without one.

use crate::document::Document;
use crate::finding::Finding;

/// One directive's effect: a byte range of a document in which some rules are off.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Region {
    start: usize,
    end: usize,
    /// Rule ids; empty means every rule.
    rules: Vec<String>,
}

fn parse_rules(spec: &str) -> Vec<String> {
    let spec = spec.split(':').next().unwrap_or("");
    spec.split([',', ' ']).map(str::trim).filter(|r| !r.is_empty() && *r != "all").map(str::to_string).collect()
}

/// The disabled regions of one document.
fn regions(text: &str) -> Vec<Region> {
    let mut out = Vec::new();
    let mut open: Vec<(usize, Vec<String>)> = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find("<!--") {
        let start = from + i;
        let Some(j) = text[start..].find("-->") else { break };
        let end = start + j + 3;
        let body = text[start + 4..start + j].trim();
        from = end;
        if let Some(rest) = body.strip_prefix("claimlint-disable-next-line") {
            let line_start = text[end..].find('\n').map_or(text.len(), |k| end + k + 1);
            let line_end = text[line_start..].find('\n').map_or(text.len(), |k| line_start + k);
            out.push(Region { start: line_start, end: line_end, rules: parse_rules(rest) });
        } else if let Some(rest) = body.strip_prefix("claimlint-disable") {
            open.push((end, parse_rules(rest)));
        } else if let Some(rest) = body.strip_prefix("claimlint-enable") {
            let rules = parse_rules(rest);
            // Close the regions this directive names (all of them when it names none).
            let mut k = 0;
            while k < open.len() {
                if rules.is_empty() || open[k].1.iter().any(|r| rules.contains(r)) || open[k].1.is_empty() {
                    let (s, r) = open.remove(k);
                    out.push(Region { start: s, end: start, rules: r });
                } else {
                    k += 1;
                }
            }
        }
    }
    for (s, r) in open {
        out.push(Region { start: s, end: text.len(), rules: r });
    }
    out
}

/// Removes suppressed findings; returns how many were removed.
pub(crate) fn apply(findings: &mut Vec<Finding>, docs: &[Document]) -> usize {
    let per_doc: Vec<Vec<Region>> =
        docs.iter().map(|d| if d.text.contains("claimlint-") { regions(&d.text) } else { Vec::new() }).collect();
    let before = findings.len();
    findings.retain(|f| {
        let Some(p) = f.primary() else { return true };
        !per_doc[p.doc].iter().any(|r| {
            r.start <= p.span.start && p.span.start < r.end && (r.rules.is_empty() || r.rules.contains(&f.rule))
        })
    });
    before - findings.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_table() {
        let t = "a\n<!-- claimlint-disable misspelled-name: ok -->\nb\n<!-- claimlint-enable misspelled-name -->\nc\n\
                 <!-- claimlint-disable-next-line all: checked -->\nd\ne\n";
        let r = regions(t);
        let texts: Vec<(&str, Vec<String>)> = r.iter().map(|x| (t[x.start..x.end].trim(), x.rules.clone())).collect();
        assert_eq!(texts, [("b", vec!["misspelled-name".to_string()]), ("d", vec![])]);
    }

    #[test]
    fn unclosed_region_runs_to_the_end() {
        let t = "<!-- claimlint-disable -->\nrest of the text";
        let r = regions(t);
        assert_eq!(r.len(), 1);
        assert!(r[0].rules.is_empty() && r[0].end == t.len());
    }
}
