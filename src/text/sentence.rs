//! Sentence boundaries inside one paragraph.
//!
//! A period ends a sentence only when what follows looks like a new sentence and what precedes is
//! not an abbreviation ("Mr.", "Gen.", "Dec.") or an initial ("U.S.", "J."): news copy is full of
//! both, and a sentence split inside "Mr. Hale" would cut the speaker off its quote.

use crate::document::Span;

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "adm", "prof", "st", "jr", "sr",
    "inc", "corp", "co", "ltd", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "mt", "ft", "rev", "hon", "pres", "gov't", "dept", "univ", "maj", "brig", "cmdr", "supt", "insp",
    "det", "amb", "messrs", "etc", "approx", "est", "fig", "al",
];

/// Splits the paragraph `span` of `text` into sentence spans (trimmed).
pub(crate) fn split(text: &str, span: Span) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = span.start;
    let mut i = span.start;
    while i < span.end {
        let b = bytes[i];
        if matches!(b, b'.' | b'!' | b'?') {
            // Take the closing quotes and brackets that belong to this sentence.
            let mut end = i + 1;
            loop {
                let rest = &text[end..span.end];
                if let Some(c) = rest.chars().next().filter(|c| is_closer(*c)) {
                    end += c.len_utf8();
                } else {
                    break;
                }
            }
            let rest = &text[end..span.end];
            let ws = rest.len() - rest.trim_start().len();
            let next = rest.trim_start().chars().next();
            let starts_new = ws > 0 && next.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || is_opener(c));
            if starts_new && !(b == b'.' && is_abbreviation(&text[start..i])) {
                push(text, &mut out, start, end);
                start = end + ws;
                i = start;
                continue;
            }
            i = end;
            continue;
        }
        i += 1;
    }
    push(text, &mut out, start, span.end);
    out
}

fn push(text: &str, out: &mut Vec<Span>, start: usize, end: usize) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    if !t.is_empty() {
        out.push(Span::new(start + lead, start + lead + t.len()));
    }
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '\u{201d}' | '\u{2019}' | ')' | ']' | '\u{bb}')
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '\u{201c}' | '\u{2018}' | '(' | '[' | '\u{ab}' | '-' | '\u{2014}')
}

/// Whether the text before a period ends with an abbreviation or an initial.
fn is_abbreviation(before: &str) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"').next().unwrap_or("");
    if word.is_empty() {
        return false;
    }
    // Initials and dotted abbreviations: "J", "U.S", "U.N".
    let letters: Vec<&str> = word.split('.').collect();
    if letters.iter().all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic)) {
        return true;
    }
    ABBREVIATIONS.contains(&word.to_ascii_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(t: &str) -> Vec<&str> {
        split(t, Span::new(0, t.len())).into_iter().map(|s| &t[s.start..s.end]).collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let cases: &[(&str, &[&str])] = &[
            ("Mr. Hale spoke. He left.", &["Mr. Hale spoke.", "He left."]),
            (
                "The U.S. Secretary met Gen. Smith on Dec. 5. Then talks ended.",
                &["The U.S. Secretary met Gen. Smith on Dec. 5.", "Then talks ended."],
            ),
            ("\"We stand with you.\" Marsh said so.", &["\"We stand with you.\"", "Marsh said so."]),
            ("It rose 3.5 percent. Prices fell.", &["It rose 3.5 percent.", "Prices fell."]),
            ("J. R. Smith left!", &["J. R. Smith left!"]),
        ];
        for (text, want) in cases {
            assert_eq!(sentences(text), *want, "{text}");
        }
    }
}
