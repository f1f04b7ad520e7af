//! A small tokenizer for the extractors: words, numbers and symbols with byte spans.
//!
//! Words keep inner hyphens and apostrophes ("fifty-two", "one-day", "Kyiv's"); numbers keep their
//! thousands separators and decimal point ("4,500", "1.5"). Letters glued to digits ("1.5bn") come
//! out as two tokens with `glued` set, so the number reader can take "bn" as a scale word.

use std::borrow::Cow;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokKind {
    Word,
    Num,
    Sym,
}

/// One token.
#[derive(Clone, Debug)]
pub(crate) struct Tok<'a> {
    pub kind: TokKind,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    /// No whitespace between the previous token and this one.
    pub glued: bool,
}

impl<'a> Tok<'a> {
    pub(crate) fn is_word(&self, w: &str) -> bool {
        self.kind == TokKind::Word && self.text.eq_ignore_ascii_case(w)
    }

    /// The token in lower case, borrowed when it already is (most words of running text): the
    /// readers ask for it at every token, and an allocation each time was a tenth of extraction.
    pub(crate) fn lower(&self) -> Cow<'a, str> {
        lower(self.text)
    }

    pub(crate) fn is_capitalised(&self) -> bool {
        self.kind == TokKind::Word && self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// A word in lower case, borrowed when it already is.
pub(crate) fn lower(w: &str) -> Cow<'_, str> {
    if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(w)
    } else {
        Cow::Owned(w.to_lowercase())
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// The tokens of each paragraph of a layout, by paragraph index (none for page furniture): the
/// people, quote and number readers all walk the same tokens, so they are made once.
pub(crate) fn tokenize_paragraphs<'a>(text: &'a str, layout: &super::Layout) -> Vec<Vec<Tok<'a>>> {
    layout
        .paragraphs
        .iter()
        .map(|p| if p.furniture { Vec::new() } else { tokenize(text, p.span.start, p.span.end) })
        .collect()
}

/// Tokenizes `text[start..end]`; spans are offsets into `text`.
pub(crate) fn tokenize(text: &str, start: usize, end: usize) -> Vec<Tok<'_>> {
    // Callers compute windows in bytes ("the next 200 bytes"): round them onto char boundaries.
    let floor = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let (start, end) = (floor(start), floor(end));
    if start >= end {
        return Vec::new();
    }
    let s = &text[start..end];
    let mut out: Vec<Tok<'_>> = Vec::with_capacity(s.len() / 5);
    let mut prev_end = usize::MAX;
    let mut i = 0;
    while let Some(c) = s[i..].chars().next() {
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let abs = start + i;
        let glued = prev_end == abs;
        let (kind, len) = if c.is_alphabetic() {
            let mut len = c.len_utf8();
            loop {
                // ASCII letters, most of any text, a byte at a time.
                len += s.as_bytes()[i + len..].iter().take_while(|b| b.is_ascii_alphabetic()).count();
                let mut chars = s[i + len..].chars();
                let Some(d) = chars.next() else { break };
                if d.is_alphabetic() {
                    len += d.len_utf8();
                    continue;
                }
                let next = chars.next();
                let next_is_letter = next.is_some_and(char::is_alphabetic);
                if is_apostrophe(d) && next == Some('s') && chars.next().is_some_and(char::is_alphabetic) {
                    // Glued copy: "Marsh'sone-day" is "Marsh's" + "one-day".
                    len += d.len_utf8() + 1;
                    break;
                }
                if (d == '-' || is_apostrophe(d)) && next_is_letter {
                    // "fifty-two", "Kyiv's"
                    len += d.len_utf8();
                    continue;
                }
                if d == '.' && next_is_letter && is_dotted_abbreviation(&s[i..i + len]) {
                    // "U.S", "U.N"
                    len += 1;
                    continue;
                }
                break;
            }
            (TokKind::Word, len)
        } else if c.is_ascii_digit() {
            let b = s.as_bytes();
            let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
            // A number right after "digit." is one part of a dotted chain ("192.168.1.2", "06.05.2021"):
            // its dots are separators, not decimal points.
            let mut dotted = i >= 2 && b[i - 1] == b'.' && b[i - 2].is_ascii_digit();
            let mut j = i + 1;
            while j < b.len() {
                if b[j].is_ascii_digit() {
                    j += 1;
                } else if b[j] == b',' && digits(j + 1) == 3 && !dotted {
                    // Thousands groups have three digits: "22,24,26" is a list, "4,500" a number.
                    j += 1;
                } else if b[j] == b'.' && !dotted && digits(j + 1) > 0 {
                    let after = j + 1 + digits(j + 1);
                    if after + 1 < b.len() && b[after] == b'.' && b[after + 1].is_ascii_digit() {
                        break; // "192.168.1.2": stop at the first dot
                    }
                    dotted = true; // one decimal point only
                    j += 1;
                } else {
                    break;
                }
            }
            (TokKind::Num, j - i)
        } else {
            (TokKind::Sym, c.len_utf8())
        };
        out.push(Tok { kind, start: abs, end: abs + len, text: &s[i..i + len], glued });
        prev_end = abs + len;
        i += len;
    }
    out
}

/// The tokens [`tokenize`] gives for `text[from..to]`, taken from the tokens of a paragraph
/// (`para`, as [`tokenize`] made them) where they are the same, so that a reader of a window around
/// a figure does not tokenize its paragraph again.
///
/// The tokenizer starts afresh at whitespace: no token spans a whitespace char, no token's reading
/// looks past one (the apostrophe, hyphen, abbreviation and decimal-point rules all need the chars
/// after a token to be other than whitespace), and a number after one is no part of a dotted chain.
/// So between the window's first and last whitespace inside the paragraph's tokens the paragraph's
/// tokens are the window's; only the two edges outside them (a word cut by the window, "1.2.3" read
/// from its middle) are tokenized again, and a window with no whitespace is tokenized whole.
pub(crate) fn tokens_between<'a>(text: &'a str, para: &[Tok<'a>], from: usize, to: usize) -> Vec<Tok<'a>> {
    let (Some(first), Some(last)) = (para.first(), para.last()) else { return tokenize(text, from, to) };
    let (lo, hi) = (from.max(first.start), to.min(last.end).min(text.len()));
    let ws = |i: usize, c: char| c.is_whitespace().then_some(i);
    let w1 = (lo < hi && text.is_char_boundary(lo) && text.is_char_boundary(hi))
        .then(|| text[lo..hi].char_indices().find_map(|(i, c)| ws(lo + i, c)))
        .flatten();
    let Some(w1) = w1 else { return tokenize(text, from, to) };
    let w2 = text[w1..hi].char_indices().rev().find_map(|(i, c)| ws(w1 + i, c)).unwrap_or(w1);
    let (a, b) = (para.partition_point(|t| t.start < w1), para.partition_point(|t| t.start < w2));
    let mut out = tokenize(text, from, w1);
    out.extend_from_slice(&para[a..b]);
    out.extend(tokenize(text, w2, to));
    out
}

/// The words `text[from..to].split_whitespace()` gives, as byte ranges, from the tokens of a
/// paragraph (`para`) that holds the range: every char but whitespace is in a token, so a word is
/// a run of tokens with no space between them ("troops," is one), cut at `from` and `to`.
pub(crate) fn words_between<'p>(
    para: &'p [Tok<'_>],
    from: usize,
    to: usize,
) -> impl Iterator<Item = (usize, usize)> + 'p {
    let mut k = para.partition_point(|t| t.end <= from);
    std::iter::from_fn(move || {
        let first = para.get(k).filter(|t| t.start < to && from < to)?;
        k += 1;
        while para.get(k).is_some_and(|t| t.glued) {
            k += 1;
        }
        Some((first.start.max(from), para[k - 1].end.min(to)))
    })
}

/// "U", "U.S", "U.N": single letters joined by dots.
fn is_dotted_abbreviation(word: &str) -> bool {
    word.split('.').all(|p| p.chars().count() == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_table() {
        let t = "Over 4,500 troops, fifty-two men and $1.5bn; Kyiv's U.S. envoy";
        let toks: Vec<(&str, TokKind, bool)> =
            tokenize(t, 0, t.len()).iter().map(|k| (k.text, k.kind, k.glued)).collect();
        let want = [
            ("Over", TokKind::Word, false),
            ("4,500", TokKind::Num, false),
            ("troops", TokKind::Word, false),
            (",", TokKind::Sym, true),
            ("fifty-two", TokKind::Word, false),
            ("men", TokKind::Word, false),
            ("and", TokKind::Word, false),
            ("$", TokKind::Sym, false),
            ("1.5", TokKind::Num, true),
            ("bn", TokKind::Word, true),
            (";", TokKind::Sym, true),
            ("Kyiv's", TokKind::Word, false),
            ("U.S", TokKind::Word, false),
            (".", TokKind::Sym, true),
            ("envoy", TokKind::Word, false),
        ];
        assert_eq!(toks, want);
    }

    /// Every window of a paragraph gets the tokens from [`tokens_between`] that [`tokenize`] gives
    /// it: words cut at either edge, dotted chains and decimals read from their middle, glued
    /// possessives, abbreviations, non-breaking spaces, windows past the paragraph's ends.
    #[test]
    fn windows_of_a_paragraph_are_tokenized_as_alone() {
        let texts = [
            "News\n\nVersion 192.168.1.2 of 1.2.3 and 4,500,000 (or 4,5000) people; Marsh'sone-day U.S. envoy",
            "x  \u{a0}30 years\u{2009}old — \"12,\" fifty-two 1.5bn 06.05.2021 Kyiv's 'a' 1.5.\n\nNext para",
            "é1.2 ab.cd 3.4.5.6  7\t8,123,45 Jan. 5, 2022 9:40 a.m. U.N.",
        ];
        fn key<'a>(t: &Tok<'a>) -> (TokKind, usize, usize, &'a str, bool) {
            (t.kind, t.start, t.end, t.text, t.glued)
        }
        for text in texts {
            let (ps, pe) = (text.find(char::is_alphanumeric).unwrap_or(0) + 3, text.len() - 4);
            let para = tokenize(text, ps, pe);
            for from in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                for to in (from..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                    let want: Vec<_> = tokenize(text, from, to).iter().map(key).collect();
                    let got: Vec<_> = tokens_between(text, &para, from, to).iter().map(key).collect();
                    assert_eq!(got, want, "{text:?} {from}..{to}");
                }
            }
        }
    }

    /// Every range inside a paragraph gets the words from [`words_between`] that splitting its
    /// text at whitespace gives.
    #[test]
    fn words_of_a_paragraph_are_its_whitespace_words() {
        for text in ["Over 4,500 troops, (fifty-two) men\u{a0}and $1.5bn;  Kyiv's  U.S. envoy—there", "x", "a  b"] {
            let para = tokenize(text, 0, text.len());
            for from in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                for to in (from..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                    let want: Vec<&str> = text[from..to].split_whitespace().collect();
                    let got: Vec<&str> = words_between(&para, from, to).map(|(s, e)| &text[s..e]).collect();
                    assert_eq!(got, want, "{text:?} {from}..{to}");
                }
            }
        }
    }

    #[test]
    fn number_token_table() {
        for (text, want) in [
            ("1,674.5", vec!["1,674.5"]),
            ("4,500,000", vec!["4,500,000"]),
            ("items 4,12,33", vec!["items", "4", ",", "12", ",", "33"]),
            ("10.0.0.1", vec!["10", ".", "0", ".", "0", ".", "1"]),
            ("v 2.5.", vec!["v", "2.5", "."]),
        ] {
            let got: Vec<&str> = tokenize(text, 0, text.len()).iter().map(|t| t.text).collect();
            assert_eq!(got, want, "{text}");
        }
    }
}
