//! News pages as input: the article body of an `.html` file, with every span still a byte offset
//! into the file.
//!
//! The article is found the way readability tools find it (`dom_smoothie`, a port of Mozilla's
//! readability.js); navigation, sidebars, share buttons, widgets and footers are left out. The
//! published date, byline, title and site name come from the page's metadata (JSON-LD, `<meta>`).
//!
//! The document's text has exactly the bytes of the file: markup, scripts and everything outside
//! the article become spaces (newlines kept), so a label's byte offset, line and column are those of
//! the `.html` file and annotations, SARIF and editors land on the right place. A block element's
//! `<` becomes a form feed, which the text layer reads as a paragraph break without adding a line.
//! An entity (`&rsquo;`) is decoded in place and the bytes it saves become spaces at the word's end
//! (or before it, at a word's start), so only the rest of that one word moves by a few bytes.
//! `<!-- claimlint-... -->` comments are kept, so inline suppressions work in HTML too.

use super::InputProblem;
use crate::date::Date;
use crate::document::{DateSource, Document};

/// Elements whose text is never article copy.
const SKIPPED: &[&str] = &["script", "style", "noscript", "template", "head", "svg", "iframe", "textarea", "select"];

/// Elements that break paragraphs.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "tr",
    "td",
    "th",
    "table",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "nav",
    "figure",
    "figcaption",
    "hr",
    "pre",
    "main",
    "form",
    "address",
    "details",
    "summary",
];

/// A run of text between tags: its byte range in the file and its text as written into the document.
struct TextNode {
    start: usize,
    end: usize,
}

/// Reads one HTML page.
pub(crate) fn read(path: &str, html: &str) -> (Document, Vec<InputProblem>) {
    let mut problems = Vec::new();
    let (mut out, nodes) = visible_text(html);
    let article = dom_smoothie::Readability::new(html, None, None).and_then(|mut r| r.parse());
    let mut doc_meta = None;
    match article {
        Ok(a) => {
            keep_article(&mut out, &nodes, &a.text_content);
            doc_meta = Some(a);
        }
        Err(e) => problems.push(InputProblem {
            path: path.to_string(),
            line: None,
            message: format!("no article body found ({e}): all the page's visible text is read"),
            skipped: false,
        }),
    }
    let text = String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    let mut doc = Document::new(path, text);
    if let Some(a) = doc_meta {
        if let Some(d) = a.published_time.as_deref().and_then(|t| Date::parse_iso(t.get(..10).unwrap_or(t))) {
            doc.published = Some(d);
            doc.published_source = Some(DateSource::PageMetadata);
        }
        let title = a.title.trim();
        doc.title = (!title.is_empty()).then(|| title.to_string());
        doc.byline = a.byline.map(|b| b.trim().to_string()).filter(|b| !b.is_empty());
        doc.outlet = a.site_name.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    }
    (doc, problems)
}

/// The page with markup blanked (same length, same newlines) and the text runs it kept.
fn visible_text(html: &str) -> (Vec<u8>, Vec<TextNode>) {
    let b = html.as_bytes();
    let mut out: Vec<u8> = b.iter().map(|&c| if c == b'\n' { b'\n' } else { b' ' }).collect();
    let mut nodes = Vec::new();
    let mut i = 0;
    let mut text_start = 0;
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        if text_start < i {
            write_text(html, text_start, i, &mut out);
            nodes.push(TextNode { start: text_start, end: i });
        }
        let tag_start = i;
        i = if html[i..].starts_with("<!--") {
            let end = html[i + 4..].find("-->").map_or(b.len(), |k| i + 4 + k + 3);
            if html[i..end].contains("claimlint-") {
                out[i..end].copy_from_slice(&b[i..end]);
            }
            end
        } else {
            let end = tag_end(b, i);
            let (name, closing) = tag_name(&html[i..end]);
            if BLOCKS.contains(&name.as_str()) {
                out[tag_start] = b'\x0c';
            }
            if !closing && SKIPPED.contains(&name.as_str()) && !html[i..end].ends_with("/>") {
                // Everything up to the closing tag is blanked.
                let close = format!("</{name}");
                let lower = html[end..].to_ascii_lowercase();
                lower.find(&close).map_or(b.len(), |k| tag_end(b, end + k))
            } else {
                end
            }
        };
        text_start = i;
    }
    if text_start < b.len() {
        write_text(html, text_start, b.len(), &mut out);
        nodes.push(TextNode { start: text_start, end: b.len() });
    }
    (out, nodes)
}

/// One past the `>` that closes the tag at `i` (quoted attribute values may contain `>`).
fn tag_end(b: &[u8], i: usize) -> usize {
    let mut quote = None;
    for (k, &c) in b.iter().enumerate().skip(i + 1) {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (None, b'"' | b'\'') => quote = Some(c),
            (None, b'>') => return k + 1,
            _ => {}
        }
    }
    b.len()
}

/// The lowercase element name of a tag and whether it closes an element.
fn tag_name(tag: &str) -> (String, bool) {
    let t = tag.trim_start_matches('<');
    let closing = t.starts_with('/');
    let name: String = t
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    (name, closing)
}

/// Writes a text run into `out` at its own offsets, entities decoded (see the module docs).
fn write_text(html: &str, start: usize, end: usize, out: &mut [u8]) {
    let src = &html[start..end];
    let mut w = start; // next byte to write
    let mut debt = 0; // bytes saved by decoded entities, owed as spaces at the end of the word
    let mut at_word_start = true;
    let mut k = 0;
    while k < src.len() {
        let rest = &src[k..];
        // k < src.len() and on a char boundary, so there is a next char.
        let Some(c) = rest.chars().next() else { break };
        if c == '&' {
            if let Some((decoded, len)) = entity(rest) {
                let mut buf = [0; 4];
                let d = decoded.encode_utf8(&mut buf).as_bytes();
                let saved = len - d.len();
                if at_word_start || decoded.is_whitespace() {
                    w += saved; // already spaces
                } else {
                    debt += saved;
                }
                out[w..w + d.len()].copy_from_slice(d);
                w += d.len();
                k += len;
                at_word_start = decoded.is_whitespace();
                continue;
            }
        }
        if c.is_whitespace() {
            w += debt;
            debt = 0;
            at_word_start = true;
        } else {
            at_word_start = false;
        }
        let n = c.len_utf8();
        out[w..w + n].copy_from_slice(&rest.as_bytes()[..n]);
        w += n;
        k += n;
    }
}

/// The character an entity at the start of `s` stands for, and the entity's length in bytes.
fn entity(s: &str) -> Option<(char, usize)> {
    // Entities are short ASCII; look for the `;` in the first bytes only (not on a char boundary
    // necessarily, so by byte).
    let semi = s.bytes().take(12).position(|b| b == b';')?;
    let body = &s[1..semi];
    let c = if let Some(num) = body.strip_prefix('#') {
        let n = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        // Windows-1252 quotes written as numeric references (&#146;) are common in old copy.
        let n = match n {
            145 => 0x2018,
            146 => 0x2019,
            147 => 0x201C,
            148 => 0x201D,
            150 => 0x2013,
            151 => 0x2014,
            n => n,
        };
        char::from_u32(n).filter(|c| *c != '\0')?
    } else {
        match body {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" | "ensp" | "emsp" | "thinsp" => ' ',
            "lsquo" => '\u{2018}',
            "rsquo" => '\u{2019}',
            "ldquo" => '\u{201C}',
            "rdquo" => '\u{201D}',
            "laquo" => '«',
            "raquo" => '»',
            "ndash" => '–',
            "mdash" => '—',
            "hellip" => '…',
            "euro" => '€',
            "pound" => '£',
            "deg" => '°',
            "eacute" => 'é',
            "egrave" => 'è',
            "aacute" => 'á',
            "iacute" => 'í',
            "oacute" => 'ó',
            "uacute" => 'ú',
            "ouml" => 'ö',
            "uuml" => 'ü',
            "auml" => 'ä',
            "ccedil" => 'ç',
            "ntilde" => 'ñ',
            _ => return None,
        }
    };
    Some((c, semi + 1))
}

/// Normalised characters for alignment: letters and digits, lowercased.
fn norm(s: &str) -> Vec<char> {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Blanks every text run that is not part of the article readability found. Runs are matched in
/// order against the article's text; a run that does not continue the article where the last one
/// ended is furniture, unless it is long enough (12 letters) to re-synchronise a little further on
/// (readability drops the odd caption or widget inside the body).
fn keep_article(out: &mut [u8], nodes: &[TextNode], article: &str) {
    let art = norm(article);
    let mut p = 0;
    let mut last_kept = false;
    for n in nodes {
        let text = String::from_utf8_lossy(&out[n.start..n.end]).into_owned();
        let t = norm(&text);
        let keep = if t.is_empty() {
            last_kept
        } else if art[p..].starts_with(&t) {
            p += t.len();
            true
        } else if t.len() >= 12 {
            let window = &art[p..art.len().min(p + 4000)];
            match window.windows(t.len()).position(|w| w == t.as_slice()) {
                Some(k) => {
                    p += k + t.len();
                    true
                }
                None => false,
            }
        } else {
            false
        };
        if !keep {
            for c in &mut out[n.start..n.end] {
                if *c != b'\n' {
                    *c = b' ';
                }
            }
        }
        last_kept = keep;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_decode_in_place() {
        for (html, want) in [
            ("don&rsquo;t go", "don’t     go"),
            ("&ldquo;We stand&rdquo; said", "    “We stand”     said"),
            ("a &amp; b", "a     & b"),
            ("O&#39;Brien.", "O'Brien.    "),
            ("x &bogus; y", "x &bogus; y"),
            ("5&nbsp;km", "5      km"),
            ("&ab€€€€; x", "&ab€€€€; x"),
            ("&#99999999; &#xD800; &#0;", "&#99999999; &#xD800; &#0;"),
        ] {
            let mut out = vec![b' '; html.len()];
            write_text(html, 0, html.len(), &mut out);
            assert_eq!(String::from_utf8(out).expect("utf-8"), want, "{html}");
        }
    }

    #[test]
    fn markup_is_blanked_with_the_same_length_and_lines() {
        let html =
            "<html><head><title>Page Name</title><script>var x = \"<p>\";</script></head>\n<body><p>One.</p><p>Two \
                    <b>three</b>.</p><!-- note --><!-- claimlint-disable x: y -->\n</body></html>";
        let (out, nodes) = visible_text(html);
        let text = String::from_utf8(out).expect("utf-8");
        assert_eq!(text.len(), html.len());
        assert_eq!(text.matches('\n').count(), 2);
        assert!(!text.contains("Page Name") && !text.contains("var"));
        let at = html.find("One.").expect("in the page");
        assert_eq!(&text[at..at + 4], "One.");
        assert!(text.contains("<!-- claimlint-disable x: y -->") && !text.contains("note"));
        // Paragraphs on one line are split by form feeds.
        assert!(text[..at].ends_with('\x0c') || text[..at].contains('\x0c'));
        assert!(nodes.iter().any(|n| &html[n.start..n.end] == "three"));
    }
}
