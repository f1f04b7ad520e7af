//! The report as one self-contained HTML page: inline CSS, no script, no network.
//!
//! Every piece of article text goes through [`escape`], and the page carries a Content Security
//! Policy that allows no script at all, so a document containing `<script>` or `onerror=` shows the
//! markup as text. Elements have stable ids and data attributes so tests (and people's own tools)
//! can find them: each marked span's id is [`super::anchor`] of its document and span, findings are
//! `f{n}` (`d{doc}-f{n}` in an article's margin), articles are `doc-{n}`.

use super::{anchor, Article, FindingView, GraphPicture, Report};
use crate::document::Document;
use std::fmt::Write;

/// Escapes text for HTML element content and double- or single-quoted attribute values.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
body { font: 15px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 1200px; padding: 0 1rem 4rem; color: #222; }
h1 { margin-top: 1.5rem; } h2 { border-bottom: 1px solid #ccc; padding-bottom: .2rem; margin-top: 2.5rem; }
nav a { margin-right: 1rem; }
table { border-collapse: collapse; margin: .5rem 0 1.2rem; }
th, td { border: 1px solid #ddd; padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #f4f4f4; }
.sev-error { color: #b00020; } .sev-warning { color: #a15c00; } .sev-info { color: #1a5fb4; }
.badge { display: inline-block; border-radius: 3px; padding: 0 .4rem; font-size: 85%; color: #fff; }
.verdict-conflict .badge, .badge.conflict { background: #b00020; }
.verdict-stale .badge { background: #a15c00; } .verdict-agree .badge { background: #2e7d32; }
.verdict-single .badge { background: #777; } .verdict-differ .badge { background: #5c6bc0; }
tr.figure.flagged td:first-child { font-weight: bold; }
.quote-group { border-left: 3px solid #ccc; padding-left: .8rem; margin: 1rem 0; }
.quote-group.disputed { border-color: #b00020; }
.article-body { display: grid; grid-template-columns: minmax(0, 1fr) 22rem; gap: 1.5rem; }
.text { white-space: pre-wrap; font-family: Georgia, serif; font-size: 16px; }
.margin ol { padding-left: 1.2rem; margin: 0; } .margin li { margin-bottom: .8rem; font-size: 14px; }
mark { background: none; color: inherit; border-radius: 2px; }
mark.fig { background: #fff3b0; } mark.quote { background: #e3f0ff; }
mark.person { border-bottom: 2px solid #6a4fb3; } mark.speaker { border-bottom: 2px solid #1a5fb4; }
mark.flagged { outline: 2px solid #e06666; }
:target { outline: 3px solid #b00020 !important; background: #ffd6d6 !important; }
.graph svg { max-width: 100%; height: auto; border: 1px solid #ddd; }
.muted { color: #666; }
"#;

/// The HTML page of a report, with the graph picture (or the reason there is none).
pub(crate) fn html(r: &Report<'_>, picture: &GraphPicture) -> String {
    let mut s = String::new();
    s.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    // No script, no fetch: the page is read offline and article text must never run.
    s.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; \
         img-src data:\">\n",
    );
    s.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    s.push_str("<title>claimlint fact-check report</title>\n<style>");
    s.push_str(STYLE);
    s.push_str("</style>\n</head>\n<body>\n<h1>Fact-check report</h1>\n");
    s.push_str(
        "<nav><a href=\"#summary\">Summary</a><a href=\"#findings\">Findings</a><a href=\"#measures\">Figures</a>\
         <a href=\"#quotes\">Quotes</a><a href=\"#people\">People</a><a href=\"#graph\">Graph</a>\
         <a href=\"#articles\">Articles</a></nav>\n",
    );
    summary(&mut s, r);
    findings(&mut s, r);
    measures(&mut s, r);
    quotes(&mut s, r);
    people(&mut s, r);
    graph(&mut s, picture);
    s.push_str("<section id=\"articles\">\n<h2>Articles</h2>\n");
    for a in &r.articles {
        article(&mut s, r, a);
    }
    s.push_str("</section>\n</body>\n</html>\n");
    s
}

fn doc_name(d: &Document) -> String {
    escape(&d.path)
}

fn summary(s: &mut String, r: &Report<'_>) {
    let m = &r.summary;
    s.push_str("<section id=\"summary\">\n<h2>Summary</h2>\n<table class=\"counts\">\n");
    let _ = writeln!(s, "<tr><th>documents</th><td data-count=\"documents\">{}</td></tr>", m.documents);
    let _ = writeln!(s, "<tr><th>figures</th><td data-count=\"figures\">{}</td></tr>", m.figures);
    let _ = writeln!(s, "<tr><th>quotes</th><td data-count=\"quotes\">{}</td></tr>", m.quotes);
    let _ = writeln!(s, "<tr><th>name mentions</th><td data-count=\"mentions\">{}</td></tr>", m.mentions);
    for (sev, n) in &m.by_severity {
        let _ = writeln!(
            s,
            "<tr><th class=\"sev-{0}\">{0} findings</th><td data-severity=\"{0}\">{1}</td></tr>",
            sev.as_str(),
            n
        );
    }
    s.push_str("</table>\n");
    if !m.by_kind.is_empty() {
        s.push_str("<table class=\"kinds\">\n<tr><th>kind</th><th>findings</th></tr>\n");
        for (kind, n) in &m.by_kind {
            let _ = writeln!(s, "<tr data-kind=\"{kind}\"><td>{kind}</td><td>{n}</td></tr>");
        }
        s.push_str("</table>\n");
    }
    s.push_str("<ol class=\"documents\">\n");
    for (i, d) in r.docs.iter().enumerate() {
        let date = d.published.map_or_else(|| "no date".to_string(), |p| p.to_string());
        let _ = writeln!(s, "<li><a href=\"#doc-{i}\">{}</a> <span class=\"muted\">{date}</span></li>", doc_name(d));
    }
    s.push_str("</ol>\n</section>\n");
}

/// A link to a finding's span; `here` is the article the link sits in, where the path goes without saying.
fn label_link(s: &mut String, r: &Report<'_>, l: &super::LabelView, here: Option<usize>) {
    let place = if here == Some(l.doc) {
        format!("line {}:{}", l.line_col.0, l.line_col.1)
    } else {
        format!("{}:{}:{}", doc_name(&r.docs[l.doc]), l.line_col.0, l.line_col.1)
    };
    let _ = write!(
        s,
        "<a class=\"span-link\" href=\"#{}\" data-doc=\"{}\" data-primary=\"{}\">{place} \u{201c}{}\u{201d}</a>",
        anchor(l.doc, l.span),
        l.doc,
        l.primary,
        escape(&l.text)
    );
    if !l.message.is_empty() {
        let _ = write!(s, " <span class=\"muted\">{}</span>", escape(&l.message));
    }
}

fn finding_item(s: &mut String, r: &Report<'_>, f: &FindingView, id: &str, here: Option<usize>) {
    let sev = f.severity.as_str();
    let _ = write!(
        s,
        "<li class=\"finding sev-{sev}\" id=\"{id}\" data-kind=\"{}\" data-rule=\"{}\" data-severity=\"{sev}\">\
         <strong class=\"sev-{sev}\">{sev}</strong> <code>{}</code> {}",
        f.kind,
        escape(&f.rule),
        escape(&f.rule),
        escape(&f.message)
    );
    if let Some(h) = &f.help {
        let _ = write!(s, "<div class=\"help muted\">help: {}</div>", escape(h));
    }
    s.push_str("<ul class=\"spans\">");
    for l in &f.labels {
        s.push_str("<li>");
        label_link(s, r, l, here);
        s.push_str("</li>");
    }
    s.push_str("</ul></li>\n");
}

fn findings(s: &mut String, r: &Report<'_>) {
    s.push_str("<section id=\"findings\">\n<h2>Findings</h2>\n");
    if r.findings.is_empty() {
        s.push_str("<p>No findings.</p>\n");
    } else {
        s.push_str("<ol class=\"findings\">\n");
        for f in &r.findings {
            finding_item(s, r, f, &format!("f{}", f.index), None);
        }
        s.push_str("</ol>\n");
    }
    s.push_str("</section>\n");
}

fn measures(s: &mut String, r: &Report<'_>) {
    s.push_str("<section id=\"measures\">\n<h2>Figures by measure</h2>\n");
    if r.measures.is_empty() {
        s.push_str("<p>No figures were tied to a measure.</p>\n");
    }
    for (i, m) in r.measures.iter().enumerate() {
        let mut docs: Vec<usize> = m.figures.iter().map(|f| f.doc).collect();
        docs.dedup();
        let v = m.verdict.as_str();
        let _ = writeln!(
            s,
            "<table class=\"measure verdict-{v}\" id=\"m-{i}\" data-measure=\"{}\" data-verdict=\"{v}\" \
             data-figures=\"{}\">\n<caption><code>{}</code> <span class=\"badge\">{v}</span></caption>",
            escape(&m.key),
            m.figures.len(),
            escape(&m.key)
        );
        s.push_str(
            "<tr><th>as written</th><th>value</th><th>qualifier</th><th>document</th><th>date</th>\
             <th>asserted by</th></tr>\n",
        );
        for f in &m.figures {
            let d = &r.docs[f.doc];
            let _ = writeln!(
                s,
                "<tr class=\"figure{}\" data-doc=\"{}\"><td><a href=\"#{}\">{}</a></td><td>{}</td><td>{}</td>\
                 <td><a href=\"#doc-{}\">{}</a></td><td>{}</td><td>{}</td></tr>",
                if f.flagged { " flagged" } else { "" },
                f.doc,
                anchor(f.doc, f.span),
                escape(&f.text),
                escape(&f.interval),
                escape(&f.qualifier),
                f.doc,
                doc_name(d),
                d.published.map_or_else(|| "\u{2014}".to_string(), |p| p.to_string()),
                f.asserted_by.as_deref().map_or_else(|| "\u{2014}".to_string(), escape),
            );
        }
        s.push_str("</table>\n");
    }
    s.push_str("</section>\n");
}

fn quotes(s: &mut String, r: &Report<'_>) {
    s.push_str("<section id=\"quotes\">\n<h2>Quotes</h2>\n");
    if r.quotes.is_empty() {
        s.push_str("<p>No quotes.</p>\n");
    }
    for (i, g) in r.quotes.iter().enumerate() {
        let _ = writeln!(
            s,
            "<div class=\"quote-group{}\" id=\"q-{i}\" data-places=\"{}\" data-speakers=\"{}\">",
            if g.speakers.len() > 1 { " disputed" } else { "" },
            g.places.len(),
            g.speakers.len()
        );
        let _ = writeln!(s, "<blockquote>{}</blockquote>", escape(&g.places[0].text));
        let credited = if g.speakers.is_empty() {
            "nobody".to_string()
        } else {
            g.speakers.iter().map(|n| escape(n)).collect::<Vec<_>>().join(", ")
        };
        let _ = writeln!(s, "<p>credited to: <strong>{credited}</strong></p>\n<ul class=\"places\">");
        for p in &g.places {
            let _ = write!(
                s,
                "<li data-doc=\"{}\"><a href=\"#{}\">{}</a>",
                p.doc,
                anchor(p.doc, p.span),
                doc_name(&r.docs[p.doc])
            );
            match (&p.speaker, &p.speaker_as_written) {
                (Some(name), Some((written, span))) => {
                    let _ = write!(
                        s,
                        ": {} (written <a class=\"speaker-link\" href=\"#{}\">{}</a>)",
                        escape(name),
                        anchor(p.doc, *span),
                        escape(written)
                    );
                }
                (Some(name), None) => {
                    let _ = write!(s, ": {}", escape(name));
                }
                _ => s.push_str(": <span class=\"muted\">unattributed</span>"),
            }
            if p.text != g.places[0].text {
                let _ = write!(s, " <span class=\"muted\">\u{201c}{}\u{201d}</span>", escape(&p.text));
            }
            s.push_str("</li>\n");
        }
        s.push_str("</ul>\n</div>\n");
    }
    s.push_str("</section>\n");
}

fn people(s: &mut String, r: &Report<'_>) {
    s.push_str("<section id=\"people\">\n<h2>People</h2>\n");
    if r.people.is_empty() {
        s.push_str("<p>No people.</p>\n</section>\n");
        return;
    }
    s.push_str("<table class=\"people\">\n<tr><th>person</th><th>spellings seen</th><th>titles seen</th><th>documents</th></tr>\n");
    for p in &r.people {
        let spellings: Vec<String> = p
            .spellings
            .iter()
            .map(|sp| {
                format!(
                    "<a href=\"#{}\">{}</a> \u{d7}{}",
                    anchor(sp.first.0, sp.first.1),
                    escape(&sp.written),
                    sp.count
                )
            })
            .collect();
        let titles: Vec<String> = p.titles.iter().map(|t| escape(t)).collect();
        let _ = writeln!(
            s,
            "<tr class=\"person\" data-spellings=\"{}\"><td>{}{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            p.spellings.len(),
            escape(&p.name),
            if p.known { " <span class=\"muted\">(registry)</span>" } else { "" },
            spellings.join(", "),
            titles.join("; "),
            p.documents
        );
    }
    s.push_str("</table>\n</section>\n");
}

fn graph(s: &mut String, picture: &GraphPicture) {
    s.push_str("<section id=\"graph\" class=\"graph\">\n<h2>Claim graph</h2>\n");
    match picture {
        GraphPicture::Svg(svg) => {
            s.push_str("<p class=\"muted\">Documents, people, measures, figures and quotes; conflicts in red.</p>\n");
            s.push_str(svg);
            s.push('\n');
        }
        GraphPicture::Unavailable(why) => {
            let _ = writeln!(s, "<p class=\"graph-missing\">No picture of the claim graph: {}</p>", escape(why));
        }
    }
    s.push_str("</section>\n");
}

fn article(s: &mut String, r: &Report<'_>, a: &Article) {
    let d = &r.docs[a.doc];
    let _ = writeln!(s, "<section class=\"article\" id=\"doc-{}\" data-path=\"{}\">", a.doc, doc_name(d));
    let _ = writeln!(s, "<h3>{}</h3>", doc_name(d));
    let mut meta = Vec::new();
    if let Some(t) = &d.title {
        meta.push(format!("<em>{}</em>", escape(t)));
    }
    if let Some(o) = &d.outlet {
        meta.push(escape(o));
    }
    meta.push(match (d.published, d.published_source) {
        (Some(p), Some(src)) => format!("published {p} (from the {})", src.as_str()),
        (Some(p), None) => format!("published {p}"),
        _ => "no publication date".to_string(),
    });
    let _ = writeln!(s, "<p class=\"meta muted\">{}</p>", meta.join(" \u{b7} "));
    s.push_str("<div class=\"article-body\">\n<div class=\"text\">");
    // Front matter is shown as the line above, not as text; nothing is extracted from it.
    let body = if d.text.is_char_boundary(d.body_start) { d.body_start } else { 0 };
    marked_text(s, a.doc, &d.text, body, a);
    s.push_str("</div>\n<aside class=\"margin\">");
    if a.findings.is_empty() {
        s.push_str("<p class=\"muted\">No findings.</p>");
    } else {
        s.push_str("<ol>\n");
        for &i in &a.findings {
            finding_item(s, r, &r.findings[i], &format!("d{}-f{i}", a.doc), Some(a.doc));
        }
        s.push_str("</ol>");
    }
    s.push_str("</aside>\n</div>\n</section>\n");
}

/// The article's text from `from` on, with every mark as a `<mark>` element. Marks nest; one that
/// crosses the end of an enclosing mark is cut at that end, so the element keeps its id and links
/// still land.
fn marked_text(s: &mut String, doc: usize, text: &str, from: usize, a: &Article) {
    let mut open: Vec<usize> = Vec::new(); // ends of open marks, innermost last
    let mut at = from;
    for m in &a.marks {
        while let Some(&end) = open.last() {
            if end > m.span.start {
                break;
            }
            s.push_str(&escape(&text[at..end]));
            s.push_str("</mark>");
            at = end;
            open.pop();
        }
        let end = open.last().map_or(m.span.end, |&outer| m.span.end.min(outer));
        if m.span.start < at || end <= m.span.start || !text.is_char_boundary(end) {
            continue;
        }
        s.push_str(&escape(&text[at..m.span.start]));
        let classes: Vec<&str> = m.kinds.iter().map(|k| k.class()).collect();
        let _ = write!(
            s,
            "<mark id=\"{}\" class=\"{}\" title=\"{}\">",
            anchor(doc, m.span),
            classes.join(" "),
            escape(&m.note)
        );
        at = m.span.start;
        open.push(end);
    }
    while let Some(end) = open.pop() {
        s.push_str(&escape(&text[at..end]));
        s.push_str("</mark>");
        at = end;
    }
    s.push_str(&escape(&text[at..]));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Span;
    use crate::report::{Mark, MarkKind};

    fn mark(start: usize, end: usize) -> Mark {
        Mark { span: Span::new(start, end), kinds: vec![MarkKind::Figure], note: String::new() }
    }

    #[test]
    fn marks_nest_and_crossing_marks_are_cut() {
        let text = "abcdefghij";
        let cases: &[(&[(usize, usize)], &str)] = &[
            (&[(2, 4)], "ab<mark id=\"d0-2-4\">cd</mark>efghij"),
            (&[(0, 6), (2, 4)], "<mark id=\"d0-0-6\">ab<mark id=\"d0-2-4\">cd</mark>ef</mark>ghij"),
            (&[(0, 4), (2, 6)], "<mark id=\"d0-0-4\">ab<mark id=\"d0-2-6\">cd</mark></mark>efghij"),
            (&[(1, 2), (8, 10)], "a<mark id=\"d0-1-2\">b</mark>cdefgh<mark id=\"d0-8-10\">ij</mark>"),
        ];
        for (marks, want) in cases {
            let a = Article { doc: 0, marks: marks.iter().map(|&(s, e)| mark(s, e)).collect(), findings: vec![] };
            let mut got = String::new();
            marked_text(&mut got, 0, text, 0, &a);
            let got = got.replace(" class=\"fig\" title=\"\"", "");
            assert_eq!(&got, want, "marks {marks:?}");
        }
    }

    #[test]
    fn text_before_the_body_is_left_out() {
        let a = Article { doc: 0, marks: vec![mark(1, 2), mark(5, 6)], findings: vec![] };
        let mut got = String::new();
        marked_text(&mut got, 0, "abcdefgh", 4, &a);
        assert_eq!(got.replace(" class=\"fig\" title=\"\"", ""), "e<mark id=\"d0-5-6\">f</mark>gh");
    }

    #[test]
    fn text_between_marks_is_escaped() {
        let text = "<b>7</b>";
        let a = Article { doc: 0, marks: vec![mark(3, 4)], findings: vec![] };
        let mut got = String::new();
        marked_text(&mut got, 0, text, 0, &a);
        assert!(got.starts_with("&lt;b&gt;<mark"), "{got}");
        assert!(got.ends_with("</mark>&lt;/b&gt;"), "{got}");
    }
}
