//! What a figure counts: the noun phrase after it ("17,000 fighters", "4,500 of … troops", "90
//! percent of the voters"), read from its paragraph's tokens, and its head word.

use crate::document::Span;
use crate::extract::number::NumberMatch;
use crate::lexicon::figures::{ends_phrase, IRREGULAR_PARTICIPLES};
use crate::lexicon::speech::is_say_verb;
use crate::text::token::{tokens_between, Tok, TokKind};

/// The counted noun phrase after a number and its head word, from the tokens of its paragraph
/// (`para`) in the 200 bytes after it.
pub(super) fn counted_noun(
    text: &str,
    para: &[Tok<'_>],
    m: &NumberMatch,
    sentence: Span,
    next: Option<&NumberMatch>,
) -> (Option<String>, Option<String>) {
    let end = sentence.end.max(m.after);
    let toks = tokens_between(text, para, m.after, end.min(m.after + 200).min(text.len()));
    let mut i = 0;
    // Skip closing quote marks: "“tens of thousands” of troops".
    while toks.get(i).is_some_and(|t| t.kind == TokKind::Sym && matches!(t.text, "\u{201d}" | "\"" | "\u{2019}" | "'"))
    {
        i += 1;
    }
    // "4,500 of eighty thousand troops": the noun of the next figure; "90 percent of the voters".
    if toks.get(i).is_some_and(|t| t.is_word("of")) {
        if let Some(n) = next.filter(|n| toks.get(i + 1).is_some_and(|t| t.start == n.span.start)) {
            let toks2 =
                tokens_between(text, para, n.after, (n.after + 200).min(sentence.end.max(n.after)).min(text.len()));
            return noun_phrase(&toks2, 0);
        }
        let mut j = i + 1;
        while toks
            .get(j)
            .is_some_and(|t| t.is_word("the") || t.is_word("its") || t.is_word("their") || t.is_word("all"))
        {
            j += 1;
        }
        return noun_phrase(&toks, j);
    }
    noun_phrase(&toks, i)
}

/// The noun phrase of up to four words at `i`, and its head word, lowercase.
fn noun_phrase(toks: &[Tok<'_>], i: usize) -> (Option<String>, Option<String>) {
    let mut words: Vec<&str> = Vec::new();
    let mut j = i;
    while let Some(t) = toks.get(j) {
        if t.kind != TokKind::Word || words.len() >= 4 {
            break;
        }
        let lw = t.lower();
        if ends_phrase(&lw) || is_say_verb(&lw) {
            break;
        }
        // A participle ends the phrase: "troops deployed", "people killed".
        if !words.is_empty()
            && ((lw.ends_with("ed") || lw.ends_with("ing")) && lw.len() > 4
                || IRREGULAR_PARTICIPLES.contains(&lw.as_ref()))
        {
            break;
        }
        words.push(t.text);
        j += 1;
    }
    // A counted noun is a common noun: "12127 Indio Avenue" is an address.
    while words.last().is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase)) {
        words.pop();
    }
    if words.is_empty() {
        return (None, None);
    }
    let head = words.last().map(|w| w.to_lowercase());
    (Some(words.join(" ")), head)
}

/// Whether a word after a number can be what it counts.
pub(super) fn is_counted_noun(noun: &str) -> bool {
    let letters: String = noun.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect();
    letters.chars().count() >= 2 && !matches!(letters.as_str(), "am" | "pm")
}
