//! `path:line:col: severity rule: message`, one finding a line (grep- and editor-friendly).

use crate::document::Document;
use crate::finding::Finding;

/// Renders findings one a line.
pub fn short(findings: &[Finding], docs: &[Document]) -> String {
    let mut out = String::new();
    for f in findings {
        let Some(l) = f.primary() else { continue };
        let d = &docs[l.doc];
        let (line, col) = d.line_col(l.span.start);
        out.push_str(&format!("{}:{}:{}: {} {}: {}\n", d.path, line, col, f.severity, f.rule, f.message));
    }
    out
}
