//! miette's graphical report: every finding with its labels, and its evidence in other documents.

use crate::document::Document;
use crate::finding::Finding;
use crate::rule::Severity;
use miette::{GraphicalReportHandler, GraphicalTheme};

/// Renders findings for a terminal (`color`: ANSI colours and Unicode art) or plain text.
pub fn human(findings: &[Finding], docs: &[Document], color: bool, width: usize) -> String {
    let theme = if color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
    let handler = GraphicalReportHandler::new_themed(theme).with_width(width).with_links(false);
    let mut out = String::new();
    for f in findings {
        let diag = f.diagnostic(docs);
        if handler.render_report(&mut out, &diag).is_err() {
            out.push_str(&f.message);
        }
        out.push('\n');
    }
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    out.push_str(&format!(
        "{} checked: {} errors, {} warnings, {} notes\n",
        if docs.len() == 1 { "1 document".to_string() } else { format!("{} documents", docs.len()) },
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info)
    ));
    out
}
