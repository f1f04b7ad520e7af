//! The fact-check report: one model of a checked corpus, rendered as an HTML review page, Markdown or
//! schema.org ClaimReview JSON-LD.
//!
//! A fact-checker comparing several outlets wants, per figure and per quote, who said what, where,
//! and where the copy disagrees; an editor wants each article with its problems marked. [`Report`]
//! gathers that once from a [`CheckRun`] and the [`ClaimGraph`] (measures with their figures side
//! by side and a verdict, quotes with every place and speaker, people with their spellings and
//! titles, articles with their marked spans and findings), so the renderers only lay it out.
//! Renderers return strings; writing files is the binary's job.

pub(crate) mod claimreview;
pub(crate) mod html;
pub(crate) mod md;

use crate::check::Category;
use crate::claim::{shingles, words, MeasureKey};
use crate::document::{Document, Span};
use crate::engine::CheckRun;
use crate::graph::ClaimGraph;
use crate::rule::Severity;
use std::collections::{BTreeMap, HashMap};

/// The id of the element that wraps `span` of document `doc` in the HTML report (also its anchor).
pub(crate) fn anchor(doc: usize, span: Span) -> String {
    format!("d{doc}-{}-{}", span.start, span.end)
}

/// How the figures of one measure relate to each other, in order of concern.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Verdict {
    /// Only one figure: nothing to compare.
    Single,
    /// The figures can all be true together.
    Agree,
    /// Some figures cannot both be true, but the checks did not take them to report one quantity
    /// ("four soldiers" on one day and "one soldier" on another): for a person to read, not an error.
    Differ,
    /// A newer document states a cumulative figure lower than an older one.
    Stale,
    /// Two figures cannot both be true.
    Conflict,
}

impl Verdict {
    /// The word used in the report and its `data-verdict` attributes.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Verdict::Single => "single",
            Verdict::Agree => "agree",
            Verdict::Differ => "differ",
            Verdict::Stale => "stale",
            Verdict::Conflict => "conflict",
        }
    }
}

/// One figure of a measure, as the report shows it.
#[derive(Clone, Debug)]
pub(crate) struct FigureCell {
    /// Document index.
    pub(crate) doc: usize,
    /// The figure's span.
    pub(crate) span: Span,
    /// The figure as written.
    pub(crate) text: String,
    /// Value or interval ("12,500", "2,750–2,900", "≥ 1,800").
    pub(crate) interval: String,
    /// Qualifier ("more than", "about", "exact").
    pub(crate) qualifier: String,
    /// Who asserts it, when the sentence says.
    pub(crate) asserted_by: Option<String>,
    /// Whether a conflict or stale finding points at this figure.
    pub(crate) flagged: bool,
}

/// A measure with all its figures side by side.
#[derive(Clone, Debug)]
pub(crate) struct MeasureRow {
    /// The measure key ("troops-deployed", "count:fighter").
    pub(crate) key: String,
    /// Its figures, in document order.
    pub(crate) figures: Vec<FigureCell>,
    /// How they relate.
    pub(crate) verdict: Verdict,
}

/// One place a quote appears.
#[derive(Clone, Debug)]
pub(crate) struct QuotePlace {
    /// Document index.
    pub(crate) doc: usize,
    /// The quoted words' span.
    pub(crate) span: Span,
    /// The quoted words.
    pub(crate) text: String,
    /// Who it is credited to (resolved name), if anyone.
    pub(crate) speaker: Option<String>,
    /// The speaker as written and where.
    pub(crate) speaker_as_written: Option<(String, Span)>,
}

/// One quote (the same words, found in one or more places) with every speaker it is credited to.
#[derive(Clone, Debug)]
pub(crate) struct QuoteGroup {
    /// Every place it appears, in document order.
    pub(crate) places: Vec<QuotePlace>,
    /// Distinct speakers credited, sorted.
    pub(crate) speakers: Vec<String>,
}

/// One spelling of a person's name.
#[derive(Clone, Debug)]
pub(crate) struct Spelling {
    /// As written.
    pub(crate) written: String,
    /// How many mentions use it.
    pub(crate) count: usize,
    /// The first mention with it: document and span.
    pub(crate) first: (usize, Span),
}

/// One person with the spellings and titles seen.
#[derive(Clone, Debug)]
pub(crate) struct PersonRow {
    /// The reference name.
    pub(crate) name: String,
    /// Whether the names registry knows the person.
    pub(crate) known: bool,
    /// Spellings, most used first.
    pub(crate) spellings: Vec<Spelling>,
    /// Titles seen, sorted.
    pub(crate) titles: Vec<String>,
    /// Number of documents that mention the person.
    pub(crate) documents: usize,
}

/// A span of a finding, with the anchor of its element in the article.
#[derive(Clone, Debug)]
pub(crate) struct LabelView {
    /// Document index.
    pub(crate) doc: usize,
    /// The span.
    pub(crate) span: Span,
    /// The span's text.
    pub(crate) text: String,
    /// What the span shows.
    pub(crate) message: String,
    /// The offending claim (else evidence).
    pub(crate) primary: bool,
    /// 1-based line and column of the span's start.
    pub(crate) line_col: (usize, usize),
}

/// A finding as the report shows it.
#[derive(Clone, Debug)]
pub(crate) struct FindingView {
    /// Position in the run's (sorted) findings.
    pub(crate) index: usize,
    /// Rule id.
    pub(crate) rule: String,
    /// Category ("numeric-conflict", ...).
    pub(crate) kind: Category,
    /// Severity.
    pub(crate) severity: Severity,
    /// The message.
    pub(crate) message: String,
    /// Advice.
    pub(crate) help: Option<String>,
    /// Every span involved, primary first.
    pub(crate) labels: Vec<LabelView>,
}

/// What a marked span of an article is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum MarkKind {
    /// A figure.
    Figure,
    /// Quoted words.
    Quote,
    /// A person's name.
    Person,
    /// The speaker a quote is attributed to.
    Speaker,
    /// A span a finding points at.
    Flagged,
}

impl MarkKind {
    /// The CSS class of the mark.
    pub(crate) fn class(self) -> &'static str {
        match self {
            MarkKind::Figure => "fig",
            MarkKind::Quote => "quote",
            MarkKind::Person => "person",
            MarkKind::Speaker => "speaker",
            MarkKind::Flagged => "flagged",
        }
    }
}

/// A marked span of an article: one element in the HTML, whatever it is marked for.
#[derive(Clone, Debug)]
pub(crate) struct Mark {
    /// The span.
    pub(crate) span: Span,
    /// What it is, sorted, without repeats.
    pub(crate) kinds: Vec<MarkKind>,
    /// A short description for a tooltip.
    pub(crate) note: String,
}

/// An article with its marks and the findings that touch it.
#[derive(Clone, Debug)]
pub(crate) struct Article {
    /// Document index.
    pub(crate) doc: usize,
    /// Marked spans, sorted by start then longest first.
    pub(crate) marks: Vec<Mark>,
    /// Indices into [`Report::findings`] of the findings with a span here.
    pub(crate) findings: Vec<usize>,
}

/// Counts for the top of the report.
#[derive(Clone, Debug, Default)]
pub(crate) struct Summary {
    /// Documents read.
    pub(crate) documents: usize,
    /// Figures, quotes and person mentions extracted.
    pub(crate) figures: usize,
    /// Quotes extracted.
    pub(crate) quotes: usize,
    /// Person mentions extracted.
    pub(crate) mentions: usize,
    /// Findings per severity, most severe first.
    pub(crate) by_severity: Vec<(Severity, usize)>,
    /// Findings per category, by name.
    pub(crate) by_kind: Vec<(&'static str, usize)>,
}

/// The whole report.
pub struct Report<'a> {
    /// The documents, as read.
    pub(crate) docs: &'a [Document],
    /// Counts.
    pub(crate) summary: Summary,
    /// Measures with their figures: conflicts first, then stale, agreeing and single figures.
    pub(crate) measures: Vec<MeasureRow>,
    /// Quotes with their places and speakers: those credited to several speakers first.
    pub(crate) quotes: Vec<QuoteGroup>,
    /// People with spellings and titles.
    pub(crate) people: Vec<PersonRow>,
    /// Findings, in the run's order.
    pub(crate) findings: Vec<FindingView>,
    /// One entry per document.
    pub(crate) articles: Vec<Article>,
}

/// The picture of the claim graph embedded in the HTML report.
#[derive(Clone, Debug)]
pub enum GraphPicture {
    /// An SVG made by Graphviz from [`crate::graph::ClaimGraph`]'s DOT.
    Svg(String),
    /// No picture, and why (Graphviz missing, graph too large...).
    Unavailable(String),
}

impl<'a> Report<'a> {
    /// Builds the report of a checked corpus.
    ///
    /// ```
    /// let engine = claimlint::Engine::builtin();
    /// let mut docs = vec![
    ///     claimlint::Document::new("a.txt", "Officials said 80,000 troops were deployed near the border."),
    ///     claimlint::Document::new("b.txt", "Officials said 150,000 troops were deployed near the border."),
    /// ];
    /// let run = engine.check(&mut docs);
    /// let report = claimlint::report::Report::build(&run.graph(&docs, &engine), &run);
    /// assert!(report.markdown().contains("conflict"));
    /// ```
    pub fn build(graph: &ClaimGraph<'a>, run: &CheckRun) -> Report<'a> {
        Report::of(graph, run)
    }

    /// The report as one self-contained HTML review page, with the graph's picture if there is one.
    pub fn html(&self, picture: &GraphPicture) -> String {
        html::html(self, picture)
    }

    /// The report as Markdown.
    pub fn markdown(&self) -> String {
        md::markdown(self)
    }

    /// The conflicts as schema.org ClaimReview JSON-LD.
    pub fn claimreview(&self) -> String {
        claimreview::claimreview(self)
    }

    fn of(graph: &ClaimGraph<'a>, run: &CheckRun) -> Report<'a> {
        let docs = graph.all_documents();
        let findings: Vec<FindingView> = run
            .findings
            .iter()
            .enumerate()
            .map(|(index, f)| FindingView {
                index,
                rule: f.rule.clone(),
                kind: f.kind,
                severity: f.severity,
                message: f.message.clone(),
                help: f.help.clone(),
                labels: f
                    .labels
                    .iter()
                    .filter(|l| l.doc < docs.len() && valid_span(&docs[l.doc].text, l.span))
                    .map(|l| LabelView {
                        doc: l.doc,
                        span: l.span,
                        text: docs[l.doc].slice(l.span).to_string(),
                        message: l.message.clone(),
                        primary: l.primary,
                        line_col: docs[l.doc].line_col(l.span.start),
                    })
                    .collect(),
            })
            .collect();
        Report {
            docs,
            summary: summary(docs, run),
            measures: measures(graph, &findings),
            quotes: quotes(docs, run),
            people: people(docs, run),
            articles: articles(docs, run, &findings),
            findings,
        }
    }
}

/// Whether `span` is a non-empty range of `text` on character boundaries.
fn valid_span(text: &str, s: Span) -> bool {
    s.start < s.end && s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end)
}

fn summary(docs: &[Document], run: &CheckRun) -> Summary {
    let mut by_kind: BTreeMap<&'static str, usize> = BTreeMap::new();
    for f in &run.findings {
        *by_kind.entry(f.kind.as_str()).or_default() += 1;
    }
    Summary {
        documents: docs.len(),
        figures: run.extractions.iter().map(|e| e.figures.len()).sum(),
        quotes: run.extractions.iter().map(|e| e.quotes.len()).sum(),
        mentions: run.extractions.iter().map(|e| e.people.len()).sum(),
        by_severity: [Severity::Error, Severity::Warning, Severity::Info]
            .into_iter()
            .map(|s| (s, run.findings.iter().filter(|f| f.severity == s).count()))
            .collect(),
        by_kind: by_kind.into_iter().collect(),
    }
}

/// Formats a number with thousands separators ("12500" → "12,500"; "1.5" stays).
pub(crate) fn number(x: f64) -> String {
    if x.fract() != 0.0 || x.abs() >= 1e15 {
        return format!("{x}");
    }
    let digits = format!("{}", x.abs() as i64);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if x < 0.0 {
        out.insert(0, '-');
    }
    out
}

fn interval(value: Option<f64>, low: Option<f64>, high: Option<f64>) -> String {
    match (value, low, high) {
        (Some(v), _, _) => number(v),
        (None, Some(l), Some(h)) => format!("{}\u{2013}{}", number(l), number(h)),
        (None, Some(l), None) => format!("\u{2265} {}", number(l)),
        (None, None, Some(h)) => format!("\u{2264} {}", number(h)),
        (None, None, None) => "?".to_string(),
    }
}

/// Whether every two figures of a measure can be true together (their intervals, qualifiers
/// respected, overlap); figures with no value say nothing either way.
fn all_compatible(g: &ClaimGraph<'_>, figs: &[crate::claim::FigRef]) -> bool {
    let ivs: Vec<_> =
        figs.iter().filter_map(|&(d, fi)| crate::claim::interval(&g.figure((d, fi)).quantity, 0.0)).collect();
    ivs.iter().enumerate().all(|(i, a)| ivs[i + 1..].iter().all(|b| a.overlaps(*b)))
}

fn measures(g: &ClaimGraph<'_>, findings: &[FindingView]) -> Vec<MeasureRow> {
    // Spans that a figure finding points at, per category.
    let flagged = |kind: Category| -> Vec<(usize, Span)> {
        findings.iter().filter(|f| f.kind == kind).flat_map(|f| f.labels.iter().map(|l| (l.doc, l.span))).collect()
    };
    let conflicts = flagged(Category::NumericConflict);
    let stale = flagged(Category::StaleFigure);
    let hit = |set: &[(usize, Span)], d: usize, s: Span| set.iter().any(|&(ld, ls)| ld == d && ls.overlaps(s));
    let mut rows: Vec<MeasureRow> = g
        .figures_by_measure()
        .into_iter()
        .filter(|(_, figs)| !figs.is_empty())
        .map(|(key, figs)| {
            let cells: Vec<FigureCell> = figs
                .iter()
                .map(|&(d, fi)| {
                    let f = &g.figure((d, fi));
                    FigureCell {
                        doc: d,
                        span: f.span,
                        text: g.text_at(d, f.span).to_string(),
                        interval: interval(f.quantity.value, f.quantity.low, f.quantity.high),
                        qualifier: f.quantity.qualifier.as_str().replace('_', " "),
                        asserted_by: f.asserted_by.clone(),
                        flagged: hit(&conflicts, d, f.span) || hit(&stale, d, f.span),
                    }
                })
                .collect();
            let any = |set: &[(usize, Span)]| cells.iter().any(|c| hit(set, c.doc, c.span));
            let verdict = if any(&conflicts) {
                Verdict::Conflict
            } else if any(&stale) {
                Verdict::Stale
            } else if cells.len() < 2 {
                Verdict::Single
            } else if all_compatible(g, &figs) {
                Verdict::Agree
            } else {
                Verdict::Differ
            };
            MeasureRow { key: key.to_string(), figures: cells, verdict }
        })
        .collect();
    // What a fact-checker must look at first: conflicts, then stale figures, then the rest.
    rows.sort_by(|a, b| b.verdict.cmp(&a.verdict).then(a.key.cmp(&b.key)));
    rows
}

/// Quotes grouped by shared four-word shingles (a short quote is one shingle), disputed ones first.
fn quotes(docs: &[Document], run: &CheckRun) -> Vec<QuoteGroup> {
    let refs: Vec<(usize, usize)> =
        run.extractions.iter().enumerate().flat_map(|(d, e)| (0..e.quotes.len()).map(move |q| (d, q))).collect();
    let mut parent: Vec<usize> = (0..refs.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let mut seen: HashMap<u64, usize> = HashMap::new();
    for (i, &(d, q)) in refs.iter().enumerate() {
        let quote = &run.extractions[d].quotes[q];
        let words = words(docs[d].slice(quote.span));
        let shingles = shingles(&words);
        let mut others: Vec<usize> = Vec::new();
        for s in shingles {
            match seen.get(&s) {
                Some(&j) => others.push(j),
                None => {
                    seen.insert(s, i);
                }
            }
        }
        for j in others {
            let (a, b) = (root(&mut parent, i), root(&mut parent, j));
            if a != b {
                parent[a.max(b)] = a.min(b);
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<QuotePlace>> = BTreeMap::new();
    for (i, &(d, q)) in refs.iter().enumerate() {
        let quote = &run.extractions[d].quotes[q];
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(QuotePlace {
            doc: d,
            span: quote.span,
            text: docs[d].slice(quote.span).to_string(),
            speaker: quote.speaker.as_ref().map(|s| s.name.clone()),
            speaker_as_written: quote.speaker.as_ref().map(|s| (s.text.clone(), s.span)),
        });
    }
    let mut groups: Vec<QuoteGroup> = groups
        .into_values()
        .map(|places| {
            let mut speakers: Vec<String> = places.iter().filter_map(|p| p.speaker.clone()).collect();
            speakers.sort();
            speakers.dedup();
            QuoteGroup { places, speakers }
        })
        .collect();
    // Quotes credited to more than one speaker first, then quotes found in several places (stable:
    // otherwise in order of first appearance).
    groups.sort_by_key(|g| (std::cmp::Reverse(g.speakers.len() > 1), std::cmp::Reverse(g.places.len() > 1)));
    groups
}

fn people(docs: &[Document], run: &CheckRun) -> Vec<PersonRow> {
    let ex = &run.extractions;
    let mut rows: Vec<PersonRow> = run
        .people
        .people
        .iter()
        .filter(|p| {
            // Like `claimlint names`: someone the registry does not know must show they are a person.
            !p.mentions.is_empty()
                && (p.registry.is_some()
                    || p.mentions.iter().any(|&(d, m)| ex[d].people[m].role.is_some() || ex[d].people[m].speaks))
        })
        .map(|p| {
            let mut spellings: Vec<Spelling> = Vec::new();
            let mut titles: Vec<String> = Vec::new();
            let mut documents: Vec<usize> = Vec::new();
            for &(d, m) in &p.mentions {
                let mention = &ex[d].people[m];
                let written = docs[d].slice(mention.span).to_string();
                match spellings.iter_mut().find(|s| s.written == written) {
                    Some(s) => s.count += 1,
                    None => spellings.push(Spelling { written, count: 1, first: (d, mention.span) }),
                }
                if let Some(t) = &mention.role {
                    if !titles.contains(t) {
                        titles.push(t.clone());
                    }
                }
                if !documents.contains(&d) {
                    documents.push(d);
                }
            }
            spellings.sort_by(|a, b| b.count.cmp(&a.count).then(a.written.cmp(&b.written)));
            titles.sort();
            PersonRow {
                name: p.name.clone(),
                known: p.registry.is_some(),
                spellings,
                titles,
                documents: documents.len(),
            }
        })
        .collect();
    rows.sort_by(|a, b| a.name.cmp(&b.name));
    rows
}

fn articles(docs: &[Document], run: &CheckRun, findings: &[FindingView]) -> Vec<Article> {
    docs.iter()
        .enumerate()
        .map(|(d, doc)| {
            let e = &run.extractions[d];
            let mut marks: BTreeMap<(usize, usize), Mark> = BTreeMap::new();
            let mut add = |span: Span, kind: MarkKind, note: String| {
                if !valid_span(&doc.text, span) {
                    return;
                }
                let m = marks.entry((span.start, span.end)).or_insert_with(|| Mark {
                    span,
                    kinds: Vec::new(),
                    note: String::new(),
                });
                if !m.kinds.contains(&kind) {
                    m.kinds.push(kind);
                    m.kinds.sort();
                }
                if !note.is_empty() && !m.note.contains(&note) {
                    if !m.note.is_empty() {
                        m.note.push_str("; ");
                    }
                    m.note.push_str(&note);
                }
            };
            for f in &e.figures {
                let what = f.measure.as_ref().map_or_else(|| "figure".to_string(), MeasureKey::to_string);
                let q = &f.quantity;
                add(f.span, MarkKind::Figure, format!("{what}: {}", interval(q.value, q.low, q.high)));
            }
            for q in &e.quotes {
                let who = q.speaker.as_ref().map_or("unattributed".to_string(), |s| format!("credited to {}", s.name));
                add(q.span, MarkKind::Quote, who);
                if let Some(s) = &q.speaker {
                    add(s.span, MarkKind::Speaker, format!("speaker: {}", s.name));
                }
            }
            for p in &e.people {
                add(p.span, MarkKind::Person, p.full.clone());
            }
            let mut touching = Vec::new();
            for f in findings {
                let mut here = false;
                for l in f.labels.iter().filter(|l| l.doc == d) {
                    here = true;
                    add(l.span, MarkKind::Flagged, l.message.clone());
                }
                if here {
                    touching.push(f.index);
                }
            }
            let mut marks: Vec<Mark> = marks.into_values().collect();
            marks.sort_by(|a, b| a.span.start.cmp(&b.span.start).then(b.span.end.cmp(&a.span.end)));
            Article { doc: d, marks, findings: touching }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_and_escapes() {
        assert_eq!(anchor(2, Span::new(10, 15)), "d2-10-15");
        assert_eq!(html::escape("<img onerror=\"x\">&'"), "&lt;img onerror=&quot;x&quot;&gt;&amp;&#39;");
    }

    #[test]
    fn numbers_get_thousands_separators() {
        for (x, want) in
            [(12500.0, "12,500"), (100.0, "100"), (1234567.0, "1,234,567"), (1.5, "1.5"), (-4000.0, "-4,000")]
        {
            assert_eq!(number(x), want, "{x}");
        }
    }

    #[test]
    fn intervals_read_like_the_copy() {
        assert_eq!(interval(None, Some(2750.0), Some(2900.0)), "2,750\u{2013}2,900");
        assert_eq!(interval(None, Some(1800.0), None), "\u{2265} 1,800");
        assert_eq!(interval(Some(7.0), None, None), "7");
    }

    #[test]
    fn a_quote_repeated_in_two_documents_is_one_group_with_both_speakers() {
        let engine = crate::Engine::builtin();
        let mut docs = vec![
            crate::Document::new(
                "a.txt",
                "\u{201c}We will rebuild every bridge in the valley,\u{201d} Mayor Tomas Ferrow said on Monday.",
            ),
            crate::Document::new(
                "b.txt",
                "\u{201c}We will rebuild every bridge in the valley,\u{201d} Governor Ilse Marrant said on Monday.",
            ),
        ];
        let run = engine.check(&mut docs);
        let report = Report::build(&run.graph(&docs, &engine), &run);
        let group = report.quotes.iter().find(|g| g.places.len() == 2).expect("one group with both places");
        assert_eq!(group.places[0].doc, 0);
        assert_eq!(group.places[1].doc, 1);
        assert_eq!(group.speakers.len(), 2, "{:?}", group.speakers);
    }
    #[test]
    fn verdicts_tell_agreement_from_a_difference_nobody_judged() {
        let engine = crate::Engine::builtin();
        let verdict = |a: &str, b: &str| {
            let mut docs = vec![crate::Document::new("a.txt", a), crate::Document::new("b.txt", b)];
            let run = engine.check(&mut docs);
            let report = Report::build(&run.graph(&docs, &engine), &run);
            report.measures.iter().find(|m| m.figures.len() == 2).map(|m| m.verdict)
        };
        // Intervals that overlap agree.
        let agree = verdict(
            "Officials said about 2,700 sheep were moved from the northern pastures.",
            "Officials said 2,200 to 2,700 sheep were moved from the northern pastures.",
        );
        assert_eq!(agree, Some(Verdict::Agree));
        // Two small counts that differ are not judged one quantity (no finding), but do not agree.
        let differ = verdict(
            "The army said 4 soldiers died near the river crossing on Monday.",
            "The army said 7 soldiers died near the river crossing on Tuesday.",
        );
        assert_eq!(differ, Some(Verdict::Differ));
    }
}
