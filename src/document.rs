//! Documents, spans and line/column lookup.
//!
//! A [`Document`] is one article exactly as read: every extracted item and every label points into
//! its `text` with a byte [`Span`]. Nothing here normalises the text in place, because a finding must
//! land on the bytes the reporter wrote.

use crate::date::Date;

/// A byte range into one document's text, end exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default, serde::Serialize, serde::Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The number of bytes covered.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether `other` lies inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Where a document's publication date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateSource {
    /// The `published` field of a JSONL line.
    Jsonl,
    /// YAML front matter (`published:` or `date:`).
    FrontMatter,
    /// A dateline in the text ("Thursday, 06 May 2021").
    Dateline,
    /// `--published` on the command line.
    CommandLine,
    /// An HTML page's metadata (JSON-LD `datePublished`, `<meta property="article:published_time">`).
    PageMetadata,
}

impl DateSource {
    /// The name used in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::Jsonl => "jsonl",
            DateSource::FrontMatter => "front_matter",
            DateSource::Dateline => "dateline",
            DateSource::CommandLine => "command_line",
            DateSource::PageMetadata => "page_metadata",
        }
    }
}

/// One article.
#[derive(Clone, Debug)]
pub struct Document {
    /// Stable identifier: the path as given, or the JSONL line's `id`.
    pub id: String,
    /// The path as given on the command line (for JSONL, the file's path).
    pub path: String,
    /// The text exactly as read (lossily decoded when it was not UTF-8).
    pub text: String,
    /// Where the article body starts (after front matter), so extraction skips the metadata.
    pub body_start: usize,
    /// Publication date, when known.
    pub published: Option<Date>,
    /// Where `published` came from.
    pub published_source: Option<DateSource>,
    /// The outlet, when known.
    pub outlet: Option<String>,
    /// The title, when given as metadata.
    pub title: Option<String>,
    /// The author as the page's metadata gives it (HTML input).
    pub byline: Option<String>,
}

impl Document {
    /// A document with no metadata.
    ///
    /// ```
    /// let d = claimlint::Document::new("a.txt", "Hello.");
    /// assert_eq!(d.text, "Hello.");
    /// assert!(d.published.is_none());
    /// ```
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        let id = id.into();
        Document {
            path: id.clone(),
            id,
            text: text.into(),
            body_start: 0,
            published: None,
            published_source: None,
            outlet: None,
            title: None,
            byline: None,
        }
    }

    /// The text of a span, or "" when the span does not lie on character boundaries.
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// 1-based line and column (in bytes) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        line_col(&self.text, offset)
    }
}

/// 1-based line and 1-based byte column of `offset` in `text`.
///
/// ```
/// assert_eq!(claimlint::line_col("ab\ncd", 4), (2, 2));
/// ```
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text.as_bytes()[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    (line, offset - line_start + 1)
}

/// The byte offset of a 1-based line and 1-based byte column: the inverse of [`line_col`]. `None`
/// when the text has no such line, or the column lies past the line's end (the `\n` ending it
/// is the last byte a column may name).
///
/// ```
/// assert_eq!(claimlint::offset_of("ab\ncd", 2, 2), Some(4));
/// assert_eq!(claimlint::offset_of("ab\ncd", 3, 1), None);
/// ```
pub fn offset_of(text: &str, line: usize, column: usize) -> Option<usize> {
    let line_start = if line == 1 {
        0
    } else {
        text.bytes().enumerate().filter(|&(_, b)| b == b'\n').nth(line.checked_sub(2)?)?.0 + 1
    };
    let line_end = text[line_start..].find('\n').map_or(text.len(), |i| line_start + i);
    let offset = line_start.checked_add(column.checked_sub(1)?)?;
    (offset <= line_end).then_some(offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_table() {
        let t = "one\ntwo\n\nfour";
        for (off, want) in [(0, (1, 1)), (3, (1, 4)), (4, (2, 1)), (9, (4, 1)), (99, (4, 5))] {
            assert_eq!(line_col(t, off), want, "offset {off}");
        }
    }

    #[test]
    fn span_relations() {
        let a = Span::new(2, 5);
        assert!(a.overlaps(Span::new(4, 9)));
        assert!(!a.overlaps(Span::new(5, 9)));
        assert!(a.contains(Span::new(3, 4)));
        assert_eq!(a.len(), 3);
    }
}
