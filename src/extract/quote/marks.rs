//! Quote marks: which marks of a paragraph open and close a quotation.
//!
//! Pairing is apart from attribution because it reads only characters: straight, curly and
//! guillemet double marks, two apostrophes standing for a double mark, single quotes outside double
//! ones, and a quote left open at a paragraph's end running to that end (news copy reopens it in the
//! next paragraph). The frames ask one question of it on tokens ([`is_mark_tok`]), and the reader
//! one about the quoted words ([`looks_like_title`]).

use crate::document::Span;
use crate::text::token::{Tok, TokKind};

fn is_open_double(c: char) -> bool {
    c == '\u{201c}' || c == '\u{201e}' || c == '\u{ab}'
}

fn is_close_double(c: char) -> bool {
    c == '\u{201d}' || c == '\u{bb}'
}

/// The double marks of a paragraph: (byte offset in `s`, length, kind). Two apostrophes stand for a
/// straight double mark in some copy (`''It's nonsense,'' he said`); in a run of three a single
/// mark sits inside, so `'''` opens with its first two and closes with its last two.
fn double_marks(s: &str) -> Vec<(usize, usize, Mark)> {
    let bytes = s.as_bytes();
    let mut marks = Vec::new();
    let mut open = false;
    let mut skip_to = 0;
    // Only the marks matter: jump from one to the next.
    let mark = |c: char| c == '\'' || c == '"' || is_open_double(c) || is_close_double(c);
    for (i, c) in s.match_indices(mark).filter_map(|(i, m)| Some((i, m.chars().next()?))) {
        if i < skip_to {
            continue;
        }
        if c == '\'' && bytes.get(i + 1) == Some(&b'\'') {
            let at = if bytes.get(i + 2) == Some(&b'\'') && open { i + 1 } else { i };
            skip_to = at + 2;
            marks.push((at, 2, Mark::Straight));
            open = !open;
        } else if is_open_double(c) {
            marks.push((i, c.len_utf8(), Mark::Open));
            open = true;
        } else if is_close_double(c) {
            marks.push((i, c.len_utf8(), Mark::Close));
            open = false;
        } else if c == '"' {
            marks.push((i, 1, Mark::Straight));
            open = !open;
        }
    }
    marks
}

#[derive(Clone, Copy, PartialEq)]
enum Mark {
    Open,
    Close,
    Straight,
}

/// Raw quote spans of one paragraph: (content span, outer span).
pub(super) fn pair_marks(text: &str, para: Span) -> Vec<(Span, Span)> {
    let s = &text[para.start..para.end];
    let mut out: Vec<(Span, Span)> = Vec::new();
    let mut open: Option<usize> = None; // byte offset of the opening mark
    let mut open_len = 0;
    for (i, len, kind) in double_marks(s) {
        let abs = para.start + i;
        let straight = kind == Mark::Straight;
        if kind == Mark::Open || straight && open.is_none() {
            if open.is_some() && !straight {
                // A second opener before a closer: the first quote ran on (continuation style).
                let o = open.unwrap_or(abs);
                out.push((Span::new(o + open_len, abs), Span::new(o, abs)));
            }
            open = Some(abs);
            open_len = len;
        } else if let Some(o) = open.take() {
            out.push((Span::new(o + open_len, abs), Span::new(o, abs + len)));
        }
    }
    if let Some(o) = open {
        // Open at the paragraph's end: the quote runs to the end.
        if para.end > o + open_len {
            out.push((Span::new(o + open_len, para.end), Span::new(o, para.end)));
        }
    }
    // Single quotes outside double-quoted stretches: ‘…’ and '…'.
    let inside = |x: usize| out.iter().any(|(_, outer)| outer.start <= x && x < outer.end);
    let mut singles = Vec::new();
    let mut k = 0; // byte offset in `s`
    while let Some(off) = s[k..].find(['\u{2018}', '\'']) {
        let i = k + off;
        let c = if s.as_bytes()[i] == b'\'' { '\'' } else { '\u{2018}' };
        let abs = para.start + i;
        let prev_ok = s[..i]
            .chars()
            .next_back()
            .is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '\u{2014}' | '-' | ':'));
        let next_ok = s[i + c.len_utf8()..].chars().next().is_some_and(char::is_alphanumeric);
        if prev_ok && next_ok && !inside(abs) {
            // Find the closer: ’ or ' not followed by a letter, within 300 bytes.
            let from = i + c.len_utf8();
            let mut prev = c;
            let mut found = None;
            for (m, d) in s[from..].char_indices().map(|(o, d)| (from + o, d)).take_while(|&(m, _)| m - i < 300) {
                let closes = (d == '\u{2019}' || d == '\'')
                    && !s[m + d.len_utf8()..].chars().next().is_some_and(char::is_alphanumeric)
                    && !prev.is_whitespace();
                if closes {
                    found = Some((m, d));
                    break;
                }
                prev = d;
            }
            if let Some((m, d)) = found {
                let ce = para.start + m;
                singles.push((Span::new(abs + c.len_utf8(), ce), Span::new(abs, ce + d.len_utf8())));
                k = m + d.len_utf8();
                continue;
            }
        }
        k = i + c.len_utf8();
    }
    out.extend(singles);
    out.sort_by_key(|(c, _)| c.start);
    // Trim whitespace inside, drop empty and punctuation-only quotes.
    out.into_iter()
        .filter_map(|(c, o)| {
            let t = &text[c.start..c.end];
            let lead = t.len() - t.trim_start().len();
            let tt = t.trim();
            tt.chars().any(char::is_alphanumeric).then(|| (Span::new(c.start + lead, c.start + lead + tt.len()), o))
        })
        .collect()
}

/// A title of a work or a name in quotes ("Night Of The Heron"): every word capitalised, short.
pub(super) fn looks_like_title(q: &str) -> bool {
    let words: Vec<&str> = q.split_whitespace().collect();
    words.len() >= 2
        && words.len() <= 6
        && words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()))
        && !q.ends_with(['.', ',', '!', '?'])
}

/// A double quote mark as a token: `"`, `“`, `”`, `«`, `»`, or the first of two apostrophes.
pub(super) fn is_mark_tok(toks: &[Tok<'_>], i: usize) -> bool {
    let t = &toks[i];
    t.kind == TokKind::Sym
        && (matches!(t.text, "\"" | "\u{201c}" | "\u{201d}" | "\u{201e}" | "\u{ab}" | "\u{bb}")
            || t.text == "'" && toks.get(i + 1).is_some_and(|n| n.text == "'" && n.glued))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes_of(t: &str) -> Vec<&str> {
        pair_marks(t, Span::new(0, t.len())).into_iter().map(|(c, _)| &t[c.start..c.end]).collect()
    }

    #[test]
    fn marks_pair() {
        let cases: &[(&str, &[&str])] = &[
            ("\u{201c}We stand with you,\u{201d} she said.", &["We stand with you,"]),
            ("He said \"yes\" and \"no\".", &["yes", "no"]),
            ("Over \u{2018}continued aggression\u{2019} today", &["continued aggression"]),
            ("It's Dunmere's 'careless' move", &["careless"]),
            ("\u{201c}Open at the end", &["Open at the end"]),
            // Doubled apostrophes as double marks, with a single quote inside.
            ("''It's late,'' she said. ''We called it 'a mess.'''", &["It's late,", "We called it 'a mess.'"]),
            ("''Fine,'' he said, ''really.''", &["Fine,", "really."]),
            (
                "the \u{201c}risk\u{201d} to Kestrel Bay\u{2019}s \u{201c}harbour\u{201d}, claiming",
                &["risk", "harbour"],
            ),
        ];
        for (t, want) in cases {
            assert_eq!(quotes_of(t), *want, "{t}");
        }
    }
}
