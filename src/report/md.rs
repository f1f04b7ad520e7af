//! The report as Markdown, for pasting into a CMS note or a ticket.
//!
//! The same sections as the HTML page, without the article text: each finding lists its spans as
//! `path:line:column` with the words quoted, so a reader can find them in the copy.

use super::Report;
use std::fmt::Write;

/// Text for a Markdown table cell or inline run: pipes escaped, line breaks and backticks flattened.
fn cell(s: &str) -> String {
    s.replace('\\', "\\\\").replace('|', "\\|").replace(['\n', '\r'], " ").replace('`', "'")
}

/// The report as Markdown.
pub(crate) fn markdown(r: &Report<'_>) -> String {
    let mut s = String::from("# Fact-check report\n\n## Summary\n\n");
    let m = &r.summary;
    let _ = writeln!(
        s,
        "{} documents, {} figures, {} quotes, {} name mentions.\n",
        m.documents, m.figures, m.quotes, m.mentions
    );
    s.push_str("| severity | findings |\n|---|---|\n");
    for (sev, n) in &m.by_severity {
        let _ = writeln!(s, "| {} | {n} |", sev.as_str());
    }
    if !m.by_kind.is_empty() {
        s.push_str("\n| kind | findings |\n|---|---|\n");
        for (kind, n) in &m.by_kind {
            let _ = writeln!(s, "| {kind} | {n} |");
        }
    }
    s.push_str("\n## Findings\n\n");
    if r.findings.is_empty() {
        s.push_str("No findings.\n");
    }
    for f in &r.findings {
        let _ = writeln!(s, "{}. **{}** `{}`: {}", f.index + 1, f.severity.as_str(), f.rule, cell(&f.message));
        for l in &f.labels {
            let d = &r.docs[l.doc];
            let _ =
                write!(s, "   - {}:{}:{} \u{201c}{}\u{201d}", cell(&d.path), l.line_col.0, l.line_col.1, cell(&l.text));
            if !l.message.is_empty() {
                let _ = write!(s, " ({})", cell(&l.message));
            }
            s.push('\n');
        }
        if let Some(h) = &f.help {
            let _ = writeln!(s, "   - help: {}", cell(h));
        }
    }
    s.push_str("\n## Figures by measure\n");
    for mr in &r.measures {
        let _ = writeln!(s, "\n### `{}`: {}\n", cell(&mr.key), mr.verdict.as_str());
        s.push_str("| as written | value | qualifier | document | date | asserted by |\n|---|---|---|---|---|---|\n");
        for f in &mr.figures {
            let d = &r.docs[f.doc];
            let _ = writeln!(
                s,
                "| {}{} | {} | {} | {} | {} | {} |",
                cell(&f.text),
                if f.flagged { " \u{26a0}" } else { "" },
                cell(&f.interval),
                cell(&f.qualifier),
                cell(&d.path),
                d.published.map_or_else(|| "\u{2014}".to_string(), |p| p.to_string()),
                f.asserted_by.as_deref().map_or_else(|| "\u{2014}".to_string(), cell)
            );
        }
    }
    s.push_str("\n## Quotes\n");
    for g in &r.quotes {
        let _ = writeln!(s, "\n> {}\n", cell(&g.places[0].text));
        let credited = if g.speakers.is_empty() { "nobody".to_string() } else { g.speakers.join(", ") };
        let _ = writeln!(s, "Credited to: {}\n", cell(&credited));
        for p in &g.places {
            let d = &r.docs[p.doc];
            let (line, col) = d.line_col(p.span.start);
            let who = match (&p.speaker, &p.speaker_as_written) {
                (Some(name), Some((written, _))) if written != name => {
                    format!("{name} (written \u{201c}{written}\u{201d})")
                }
                (Some(name), _) => name.clone(),
                (None, _) => "unattributed".to_string(),
            };
            let _ = writeln!(s, "- {}:{line}:{col}: {}", cell(&d.path), cell(&who));
        }
    }
    s.push_str("\n## People\n\n| person | spellings seen | titles seen | documents |\n|---|---|---|---|\n");
    for p in &r.people {
        let spellings: Vec<String> =
            p.spellings.iter().map(|sp| format!("{} \u{d7}{}", sp.written, sp.count)).collect();
        let _ = writeln!(
            s,
            "| {}{} | {} | {} | {} |",
            cell(&p.name),
            if p.known { " (registry)" } else { "" },
            cell(&spellings.join(", ")),
            cell(&p.titles.join("; ")),
            p.documents
        );
    }
    s.push_str("\n## Articles\n");
    for a in &r.articles {
        let d = &r.docs[a.doc];
        let date = d.published.map_or_else(|| "no publication date".to_string(), |p| format!("published {p}"));
        let _ = writeln!(s, "\n### {}\n\n{date}; {} findings.", cell(&d.path), a.findings.len());
        for &i in &a.findings {
            let f = &r.findings[i];
            let _ = writeln!(s, "- finding {}: {} ({})", i + 1, cell(&f.message), f.kind);
        }
    }
    s
}
