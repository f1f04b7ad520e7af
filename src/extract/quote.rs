//! Quotations and who said them.
//!
//! Quote marks are paired per paragraph (straight, curly, single inside double; a quote left open at
//! a paragraph's end runs to that end, as news copy does when the next paragraph reopens it). The
//! speaker is then found by the frames news copy uses, in order: after the quote (`"…," X said`,
//! `"…," said X`), before it (`X said: "…"`, `X told reporters that "…"`, `X vowed … "…"`), `according
//! to X`, the previous quote of the same paragraph or the paragraph before (continuations), and
//! finally an identical quote elsewhere in the document. Pronouns resolve to the last person in
//! subject or speaker position.

use super::person::PersonMention;
use super::speech::{is_frame_verb, is_say_verb, is_title_word, BODY_NOUNS, PRONOUNS};
use super::token::{tokenize, Tok, TokKind};
use crate::document::Span;
use crate::knowledge::Knowledge;
use crate::text::Layout;

/// Who a quote is attributed to.
#[derive(Clone, Debug, PartialEq)]
pub struct Speaker {
    /// The mention the attribution attaches to, as written ("he", "Blinken", "the Kremlin").
    pub span: Span,
    /// The mention's text.
    pub text: String,
    /// The resolved person (full or canonical name) or body.
    pub name: String,
    /// Index of the person mention it resolved through, if a person.
    pub person: Option<usize>,
}

/// A quotation.
#[derive(Clone, Debug)]
pub struct Quote {
    /// The quoted words, without the marks.
    pub span: Span,
    /// The speaker, when attributed.
    pub speaker: Option<Speaker>,
    /// Whether the quote is in the headline.
    pub headline: bool,
}

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
    for (i, c) in s.char_indices() {
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
fn pair_marks(text: &str, para: Span) -> Vec<(Span, Span)> {
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
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        let abs = para.start + i;
        let opener = c == '\u{2018}' || c == '\'';
        let prev_ok =
            k == 0 || chars[k - 1].1.is_whitespace() || matches!(chars[k - 1].1, '(' | '[' | '\u{2014}' | '-' | ':');
        let next_ok = chars.get(k + 1).is_some_and(|(_, n)| n.is_alphanumeric());
        if opener && prev_ok && next_ok && !inside(abs) {
            // Find the closer: ’ or ' not followed by a letter.
            let mut m = k + 1;
            let mut found = None;
            while m < chars.len() && chars[m].0 - i < 300 {
                let (_, d) = chars[m];
                if (d == '\u{2019}' || d == '\'')
                    && !chars.get(m + 1).is_some_and(|(_, n)| n.is_alphanumeric())
                    && !chars[m - 1].1.is_whitespace()
                {
                    found = Some(m);
                    break;
                }
                m += 1;
            }
            if let Some(m) = found {
                let ce = para.start + chars[m].0;
                singles.push((Span::new(abs + c.len_utf8(), ce), Span::new(abs, ce + chars[m].1.len_utf8())));
                k = m + 1;
                continue;
            }
        }
        k += 1;
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

/// A title of a work or a name in quotes ("God Of War"): every word capitalised, short.
fn looks_like_title(q: &str) -> bool {
    let words: Vec<&str> = q.split_whitespace().collect();
    words.len() >= 2
        && words.len() <= 6
        && words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()))
        && !q.ends_with(['.', ',', '!', '?'])
}

/// Finds the quotes of one document and attributes them.
pub(crate) fn find_quotes(text: &str, layout: &Layout, people: &[PersonMention], k: &Knowledge) -> Vec<Quote> {
    let _ = k;
    let mut quotes: Vec<Quote> = Vec::new();
    // Salience events for pronouns: (offset, person index).
    let mut salient: Vec<(usize, usize)> = Vec::new();
    let mut last_para_speaker: Option<(usize, Speaker)> = None; // (paragraph index, speaker)
    for (pi, p) in layout.paragraphs.iter().enumerate() {
        if p.furniture {
            continue;
        }
        // Sentence subjects: the first person mention near the start of each sentence.
        for s in &p.sentences {
            if let Some((idx, _)) =
                people.iter().enumerate().find(|(_, m)| s.start <= m.span.start && m.span.end <= s.end)
            {
                let toks_before = text[s.start..people[idx].span.start].split_whitespace().count();
                if toks_before <= 6 {
                    salient.push((people[idx].span.start, idx));
                }
            }
        }
        let pairs = pair_marks(text, p.span);
        let toks = tokenize(text, p.span.start, p.span.end);
        let mut prev_speaker_in_para: Option<Speaker> = None;
        for (content, outer) in pairs {
            let qtext = &text[content.start..content.end];
            let sentence = sentence_of(p, outer.start);
            let mut speaker = after_frame(text, &toks, outer, people)
                .or_else(|| before_frame(text, &toks, outer, sentence, people))
                .or_else(|| according_to(text, &toks, sentence, people));
            if speaker.is_none() && looks_like_title(qtext) {
                continue;
            }
            if speaker.is_none() {
                speaker = prev_speaker_in_para.clone();
            }
            if speaker.is_none() {
                // A paragraph that opens with a quote continues the previous paragraph's speaker.
                let opens_para = text[p.span.start..outer.start].trim().is_empty();
                if let Some((ppi, sp)) = &last_para_speaker {
                    if opens_para && *ppi + 2 >= pi {
                        speaker = Some(sp.clone());
                    }
                }
            }
            // Resolve pronouns.
            if let Some(sp) = &mut speaker {
                if sp.person.is_none()
                    && PRONOUNS.contains(&sp.text.to_lowercase().as_str())
                    && matches!(sp.text.to_lowercase().as_str(), "he" | "she")
                {
                    if let Some(&(_, idx)) = salient.iter().rev().find(|(o, _)| *o < sp.span.start) {
                        sp.person = Some(idx);
                        sp.name = people[idx].full.clone();
                    }
                }
            }
            if let Some(sp) = &speaker {
                if let Some(idx) = sp.person {
                    salient.push((sp.span.start.max(outer.end), idx));
                }
                prev_speaker_in_para = Some(sp.clone());
                last_para_speaker = Some((pi, sp.clone()));
            }
            quotes.push(Quote { span: content, speaker, headline: p.headline });
        }
        salient.sort_by_key(|e| e.0);
    }
    // Unattributed quotes take the speaker of the same words elsewhere in the document.
    let keys: Vec<String> = quotes.iter().map(|q| quote_key(&text[q.span.start..q.span.end])).collect();
    for i in 0..quotes.len() {
        // A named person is more specific than a body ("US asks Russia to cease '…'").
        if quotes[i].speaker.as_ref().is_some_and(|s| s.person.is_some()) {
            continue;
        }
        let found = (0..quotes.len()).find(|&j| {
            j != i
                && quotes[j].speaker.as_ref().is_some_and(|s| s.person.is_some())
                && !keys[i].is_empty()
                && (keys[j].contains(&keys[i]) || keys[i].contains(&keys[j]) && keys[j].len() > 10)
        });
        if let Some(j) = found {
            quotes[i].speaker = quotes[j].speaker.clone();
        }
    }
    quotes
}

/// Lowercase letters and digits only, for comparing quotes.
pub(crate) fn quote_key(q: &str) -> String {
    q.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

fn sentence_of(p: &crate::text::Paragraph, offset: usize) -> Span {
    p.sentences.iter().copied().find(|s| s.start <= offset && offset < s.end).unwrap_or(p.span)
}

fn person_at(people: &[PersonMention], span: Span) -> Option<usize> {
    people.iter().position(|m| m.span.overlaps(span))
}

fn speaker_from_person(people: &[PersonMention], idx: usize, text: &str) -> Speaker {
    let m = &people[idx];
    Speaker { span: m.span, text: text[m.span.start..m.span.end].to_string(), name: m.full.clone(), person: Some(idx) }
}

/// A noun phrase of a speaking body or a person, from token `s` to `e` (exclusive).
fn speaker_from_tokens(text: &str, toks: &[Tok<'_>], s: usize, e: usize, people: &[PersonMention]) -> Option<Speaker> {
    if s >= e {
        return None;
    }
    let span = Span::new(toks[s].start, toks[e - 1].end);
    // A person inside the phrase: the last one ("said Kremlin spokesman Dmitry Peskov").
    if let Some(idx) = people.iter().rposition(|m| span.overlaps(m.span)) {
        return Some(speaker_from_person(people, idx, text));
    }
    let words: Vec<String> = toks[s..e].iter().map(Tok::lower).collect();
    if words.len() == 1 && PRONOUNS.contains(&words[0].as_str()) {
        return Some(Speaker { span, text: toks[s].text.to_string(), name: toks[s].text.to_lowercase(), person: None });
    }
    let head_ok = words.last().is_some_and(|w| BODY_NOUNS.contains(&w.as_str())) || toks[e - 1].is_capitalised();
    if !head_ok {
        return None;
    }
    let phrase = text[span.start..span.end].to_string();
    let name = phrase.trim_start_matches(|c: char| c.is_whitespace()).to_string();
    let name = ["the ", "The ", "a ", "A ", "an ", "An "]
        .iter()
        .fold(name, |n, d| n.strip_prefix(d).map(str::to_string).unwrap_or(n));
    Some(Speaker { span, text: phrase, name, person: None })
}

/// Whether a token can be part of a speaker phrase.
fn np_word(t: &Tok<'_>) -> bool {
    if t.kind != TokKind::Word {
        return false;
    }
    let w = t.lower();
    t.is_capitalised()
        || is_title_word(&w)
        || BODY_NOUNS.contains(&w.as_str())
        || PRONOUNS.contains(&w.as_str())
        || matches!(w.as_str(), "the" | "a" | "an" | "senior" | "top" | "former" | "his" | "her" | "their" | "its")
        || t.text.chars().all(|c| c.is_uppercase() || c == '.')
}

/// The end of a speaker phrase starting at `s`: phrase words, with "of"/"and" inside
/// ("US Secretary of State John Kerry") and dotted abbreviations ("U.S.").
fn np_end(toks: &[Tok<'_>], s: usize) -> usize {
    let mut e = s;
    while e < toks.len() && e - s < 12 {
        let t = &toks[e];
        if np_word(t) || t.text == "." && t.glued && e > s {
            e += 1;
        } else if e > s
            && (t.is_word("of") || t.is_word("and"))
            && toks.get(e + 1).is_some_and(|n| n.is_capitalised() || is_title_word(&n.lower()))
        {
            e += 1;
        } else {
            break;
        }
    }
    // A phrase does not end on a connector.
    while e > s && (toks[e - 1].is_word("of") || toks[e - 1].is_word("and")) {
        e -= 1;
    }
    e
}

/// `"…," X said` and `"…," said X`.
fn after_frame(text: &str, toks: &[Tok<'_>], outer: Span, people: &[PersonMention]) -> Option<Speaker> {
    let mut i = toks.iter().position(|t| t.start >= outer.end)?;
    while toks.get(i).is_some_and(|t| matches!(t.text, "," | "." | "-" | "\u{2014}" | "\u{2013}")) {
        i += 1;
    }
    // A new sentence after a closing period does not attribute the quote, unless it starts a frame.
    let t = toks.get(i)?;
    // Glued copy: "hesaid", "Blinkensaid".
    let lw = t.lower();
    for v in ["said", "says", "added", "told"] {
        if let Some(stem) = lw.strip_suffix(v) {
            if PRONOUNS.contains(&stem) {
                let span = Span::new(t.start, t.start + stem.len());
                return Some(Speaker {
                    span,
                    text: text[span.start..span.end].to_string(),
                    name: stem.to_string(),
                    person: None,
                });
            }
        }
    }
    if let Some(idx) = person_at(people, Span::new(t.start, t.end)) {
        let m = &people[idx];
        if m.speaks || toks.iter().skip(i).take_while(|u| u.start < m.span.end + 40).any(|u| is_frame_verb(&u.lower()))
        {
            if m.span.start == t.start {
                return Some(speaker_from_person(people, idx, text));
            }
        }
    }
    if is_frame_verb(&lw) {
        // "said X": take the phrase after the verb.
        let s = i + 1;
        let e = np_end(toks, s);
        return speaker_from_tokens(text, toks, s, e, people);
    }
    // "X said": a phrase then a verb.
    let s = i;
    let e = np_end(toks, s);
    // Allow a time phrase between the subject and the verb: "Zelensky said", "Zelensky on Friday said".
    let mut v = e;
    if toks.get(v).is_some_and(|t| t.is_word("on") || t.is_word("also") || t.is_word("later") || t.is_word("then")) {
        v += if toks.get(v).is_some_and(|t| t.is_word("on")) { 2 } else { 1 };
    }
    if toks.get(v).is_some_and(|t| {
        is_frame_verb(&t.lower()) || t.is_word("was") && toks.get(v + 1).is_some_and(|n| n.is_word("quoted"))
    }) {
        return speaker_from_tokens(text, toks, s, e, people);
    }
    None
}

/// `X said: "…"`, `X told reporters that "…"`, `X vowed support over "…"`.
fn before_frame(
    text: &str,
    toks: &[Tok<'_>],
    outer: Span,
    sentence: Span,
    people: &[PersonMention],
) -> Option<Speaker> {
    let end = toks.iter().position(|t| t.start >= outer.start)?;
    let start = toks.iter().position(|t| t.start >= sentence.start).unwrap_or(0);
    // The last verb of saying before the quote in this sentence.
    let verb = (start..end).rev().find(|&j| {
        let w = toks[j].lower();
        is_say_verb(&w) && w != "according"
    })?;
    // Its subject: the first person in the sentence before the verb, else a pronoun or body phrase.
    let before = Span::new(toks[start].start, toks[verb].start);
    let possessive = |m: &PersonMention| {
        let rest = &text[m.span.end..];
        rest.starts_with("'s")
            || rest.starts_with("\u{2019}s")
            || rest.starts_with('\'')
            || rest.starts_with('\u{2019}')
    };
    if let Some(idx) = people.iter().position(|m| before.contains(m.span) && !possessive(m)) {
        return Some(speaker_from_person(people, idx, text));
    }
    // A pronoun subject at the start of the sentence: "He also welcomed … but said that …".
    if toks.get(start).is_some_and(|t| matches!(t.lower().as_str(), "he" | "she")) && start < verb {
        let t = &toks[start];
        return Some(Speaker {
            span: Span::new(t.start, t.end),
            text: t.text.to_string(),
            name: t.lower(),
            person: None,
        });
    }
    // "He said the number …", "The statement said: …", "the foreign ministry said".
    let mut s = verb;
    while s > start && (np_word(&toks[s - 1]) || toks[s - 1].text == "." && toks[s - 1].glued) && verb - s < 8 {
        s -= 1;
    }
    // Skip auxiliaries: "has accused", "was quoted".
    speaker_from_tokens(text, toks, s, verb, people).or_else(|| {
        let aux = verb.checked_sub(1)?;
        if matches!(
            toks[aux].lower().as_str(),
            "has" | "have" | "had" | "also" | "was" | "were" | "is" | "will" | "would"
        ) {
            let mut s = aux;
            while s > start && np_word(&toks[s - 1]) && aux - s < 8 {
                s -= 1;
            }
            return speaker_from_tokens(text, toks, s, aux, people);
        }
        None
    })
}

/// `according to X` anywhere in the sentence.
fn according_to(text: &str, toks: &[Tok<'_>], sentence: Span, people: &[PersonMention]) -> Option<Speaker> {
    let start = toks.iter().position(|t| t.start >= sentence.start)?;
    let end = toks.iter().position(|t| t.start >= sentence.end).unwrap_or(toks.len());
    let j = (start..end.saturating_sub(1)).find(|&j| toks[j].is_word("according") && toks[j + 1].is_word("to"))?;
    let s = j + 2;
    let e = np_end(toks, s).min(end);
    speaker_from_tokens(text, toks, s, e, people)
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
            ("It's Kyiv's 'reckless' move", &["reckless"]),
            ("\u{201c}Open at the end", &["Open at the end"]),
            // Doubled apostrophes as double marks, with a single quote inside.
            ("''It's late,'' she said. ''We called it 'a mess.'''", &["It's late,", "We called it 'a mess.'"]),
            ("''Fine,'' he said, ''really.''", &["Fine,", "really."]),
            (
                "the \u{201c}threat\u{201d} to Ukraine\u{2019}s \u{201c}security\u{201d}, claiming",
                &["threat", "security"],
            ),
        ];
        for (t, want) in cases {
            assert_eq!(quotes_of(t), *want, "{t}");
        }
    }
}
