//! Quotations and who said them.
//!
//! Quote marks are paired per paragraph (straight, curly, single inside double; a quote left open at
//! a paragraph's end runs to that end, as news copy does when the next paragraph reopens it). The
//! speaker is then found by the frames news copy uses, in order: after the quote (`"…," X said`,
//! `"…," said X`), before it (`X said: "…"`, `X told reporters that "…"`, `X vowed … "…"`), `according
//! to X`, the previous quote of the same paragraph or the paragraph before (continuations), and
//! finally an identical quote elsewhere in the document. Pronouns resolve to the last person in
//! subject or speaker position.

use crate::claim::{Found, PersonMention, Quote, Speaker};
use crate::document::Span;
use crate::knowledge::Knowledge;
use crate::lexicon::bodies::is_body_noun;
use crate::lexicon::speech::{
    is_not_speaker_word, is_quote_frame_verb, is_say_verb, AUX_ADVERBS, NOT_ADVERBS, PRONOUNS, SPEAKER_DETERMINERS,
};
use crate::lexicon::titles::is_title_word;
use crate::text::token::{Tok, TokKind};
use crate::text::Layout;

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
fn looks_like_title(q: &str) -> bool {
    let words: Vec<&str> = q.split_whitespace().collect();
    words.len() >= 2
        && words.len() <= 6
        && words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()))
        && !q.ends_with(['.', ',', '!', '?'])
}

/// Finds the quotes of one document and attributes them.
pub(crate) fn find_quotes(
    text: &str,
    layout: &Layout,
    para_toks: &[Vec<Tok<'_>>],
    people: &[PersonMention],
    k: &Knowledge,
) -> Vec<Quote> {
    let mut quotes: Vec<Quote> = Vec::new();
    // Salience events for pronouns: (offset, person index).
    let mut salient: Vec<(usize, usize)> = Vec::new();
    let mut last_para_speaker: Option<(usize, Speaker)> = None; // (paragraph index, speaker)
    for (pi, p) in layout.paragraphs.iter().enumerate() {
        if p.furniture {
            continue;
        }
        // The paragraph's people: frames only look inside the paragraph, and a long paragraph must
        // not make every quote scan the whole document's people.
        let lo = people.partition_point(|m| m.span.start < p.span.start);
        let hi = people.partition_point(|m| m.span.start < p.span.end);
        let local = &people[lo..hi];
        let globalise = |s: Option<Speaker>| s.map(|s| Speaker { person: s.person.map(|i| i + lo), ..s });
        // Sentence subjects: the first person mention near the start of each sentence.
        for s in &p.sentences {
            let first = people.partition_point(|m| m.span.start < s.start);
            if let Some(idx) = (first < hi && people[first].span.end <= s.end).then_some(first) {
                let toks_before = text[s.start..people[idx].span.start].split_whitespace().count();
                if toks_before <= 6 {
                    push_sorted(&mut salient, (people[idx].span.start, idx));
                }
            }
        }
        let pairs = pair_marks(text, p.span);
        let toks = para_toks.get(pi).map_or(&[][..], Vec::as_slice);
        let mut prev_speaker_in_para: Option<Speaker> = None;
        let mut according: Option<(Span, Option<Speaker>)> = None;
        for (content, outer) in pairs {
            let qtext = &text[content.start..content.end];
            let sentence = sentence_of(p, outer.start);
            let after = globalise(after_frame(text, toks, outer, local));
            // A title of a work is not speech, even beside a verb ("he wrote \"The Art Of The Deal\""):
            // only a closing frame ("\"Keep The Harbour Open,\" he said") makes it a quote.
            if after.is_none() && looks_like_title(qtext) {
                continue;
            }
            let mut speaker =
                after.or_else(|| globalise(before_frame(text, toks, outer, sentence, local))).or_else(|| {
                    // Once per sentence: a sentence of many quotes must not be rescanned for each.
                    if according.as_ref().is_none_or(|(s, _)| *s != sentence) {
                        according = Some((sentence, globalise(according_to(text, toks, sentence, local))));
                    }
                    according.as_ref().and_then(|(_, sp)| sp.clone())
                });
            if speaker.is_none() {
                speaker = prev_speaker_in_para.clone().map(|s| Speaker { how: Found::Continuation, ..s });
            }
            if speaker.is_none() {
                // A paragraph that opens with a quote continues the previous paragraph's speaker.
                let opens_para = text[p.span.start..outer.start].trim().is_empty();
                if let Some((ppi, sp)) = &last_para_speaker {
                    if opens_para && *ppi + 2 >= pi {
                        speaker = Some(Speaker { how: Found::Continuation, ..sp.clone() });
                    }
                }
            }
            // Resolve pronouns.
            if let Some(sp) = &mut speaker {
                if sp.person.is_none()
                    && PRONOUNS.contains(&sp.text.to_lowercase().as_str())
                    && matches!(sp.text.to_lowercase().as_str(), "he" | "she")
                {
                    let before = salient.partition_point(|(o, _)| *o < sp.span.start);
                    if let Some(&(_, idx)) = before.checked_sub(1).and_then(|i| salient.get(i)) {
                        sp.person = Some(idx);
                        sp.name = people[idx].full.clone();
                    }
                } else if sp.person.is_none() {
                    if let Some(idx) = titled_before(people, &sp.text, sp.span.start) {
                        sp.person = Some(idx);
                        sp.name = people[idx].full.clone();
                    }
                }
            }
            if let Some(sp) = &speaker {
                if let Some(idx) = sp.person {
                    push_sorted(&mut salient, (sp.span.start.max(outer.end), idx));
                }
                prev_speaker_in_para = Some(sp.clone());
                last_para_speaker = Some((pi, sp.clone()));
            }
            quotes.push(Quote { span: content, speaker, headline: p.headline });
        }
    }
    // Unattributed quotes take the speaker of the same words elsewhere in the document.
    let keys: Vec<String> = quotes.iter().map(|q| quote_key(&text[q.span.start..q.span.end])).collect();
    let named: Vec<usize> =
        (0..quotes.len()).filter(|&j| quotes[j].speaker.as_ref().is_some_and(|s| s.person.is_some())).collect();
    // Containment is compared against named quotes only, and only while there are few of them: a
    // page of ten thousand quote marks must not cost a hundred million comparisons.
    let exact: std::collections::HashMap<&str, usize> = named.iter().rev().map(|&j| (keys[j].as_str(), j)).collect();
    let contain = named.len() <= 200;
    for i in 0..quotes.len() {
        // A named person is more specific than a body ("City asks council to end '…'").
        if quotes[i].speaker.as_ref().is_some_and(|s| s.person.is_some()) || keys[i].is_empty() {
            continue;
        }
        let found =
            exact.get(keys[i].as_str()).copied().filter(|&j| j != i).or_else(|| {
                named.iter().copied().filter(|_| contain).find(|&j| {
                    j != i && (keys[j].contains(&keys[i]) || keys[i].contains(&keys[j]) && keys[j].len() > 10)
                })
            });
        if let Some(j) = found {
            quotes[i].speaker = quotes[j].speaker.clone().map(|s| Speaker { how: Found::SameWords, ..s });
        }
    }
    // Bodies: "the port authority" is the fuller body the article names ("The Kestrel Bay Port
    // Authority"), "the adviser" the one it introduced ("An adviser to the president"); a body the
    // registry knows takes its canonical name.
    for q in &mut quotes {
        let Some(sp) = &mut q.speaker else { continue };
        if sp.person.is_some() || PRONOUNS.contains(&sp.text.to_lowercase().as_str()) {
            continue;
        }
        if let Some(full) = fuller_body(text, layout, sp) {
            sp.name = full;
        }
        if let Some(c) = k.body_named(&sp.name) {
            sp.name = c.to_string();
        }
    }
    quotes
}

/// The person an article later calls by their title alone: "the president" is the last person
/// before `at` whose title ends in "President" ("President Jane Hale", "Company President Jo Marsh").
fn titled_before(people: &[PersonMention], written: &str, at: usize) -> Option<usize> {
    let head = written.trim().strip_prefix("the ").or_else(|| written.trim().strip_prefix("The "))?;
    if head.contains(' ') || !is_title_word(&head.to_lowercase()) {
        return None;
    }
    let before = people.partition_point(|m| m.span.start < at);
    people[..before].iter().rposition(|m| {
        m.role.as_deref().and_then(|r| r.split_whitespace().last()).is_some_and(|w| w.eq_ignore_ascii_case(head))
    })
}

/// The fuller name an article gives a body it later calls "the X": capitalised words before an
/// earlier or later "X" ("The Kestrel Bay Port Authority"), or the phrase that introduced it with "a"/"an"
/// ("An adviser to the harbour master").
fn fuller_body(text: &str, layout: &Layout, sp: &Speaker) -> Option<String> {
    let written = sp.text.trim();
    // "An adviser to the harbour master": the phrase after the mention itself.
    if ["a ", "an ", "A ", "An "].iter().any(|a| written.starts_with(a)) {
        let head = written.split_once(' ').map_or(written, |(_, h)| h);
        return introduced(text, sp.span.end, head);
    }
    let head = written.strip_prefix("the ").or_else(|| written.strip_prefix("The "))?;
    if head.is_empty() || head.split_whitespace().count() > 3 {
        return None;
    }
    let needle = head.to_ascii_lowercase();
    for p in layout.content() {
        let para = &text[p.span.start..p.span.end];
        let lower = para.to_ascii_lowercase();
        for (pos, _) in lower.match_indices(needle.as_str()) {
            let abs = p.span.start + pos;
            if abs >= sp.span.start && abs < sp.span.end {
                continue;
            }
            let end = pos + needle.len();
            if lower[end..].chars().next().is_some_and(char::is_alphanumeric)
                || lower[..pos].chars().next_back().is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            let before: Vec<&str> = para[..pos].split_whitespace().rev().take(3).collect();
            // "Kestrel Bay Port Authority": capitalised modifiers (not the sentence's "The").
            let modifiers: Vec<&str> = before
                .iter()
                .take_while(|w| {
                    w.chars().next().is_some_and(char::is_uppercase)
                        && w.chars().all(|c| c.is_alphabetic() || c == '\'')
                        && !matches!(**w, "The" | "A" | "An")
                })
                .copied()
                .collect();
            if !modifiers.is_empty() && before.first().is_some_and(|w| modifiers.contains(w)) {
                let mut words: Vec<&str> = modifiers.into_iter().rev().collect();
                words.push(&para[pos..end]);
                return Some(words.join(" "));
            }
            // "An adviser to Mayor Jane Doe": the introducing phrase.
            if before.first().is_some_and(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an")) {
                if let Some(p) = introduced(text, p.span.start + end, &para[pos..end]) {
                    return Some(p);
                }
            }
        }
    }
    None
}

/// `head` followed by "to"/"of"/"for" and capitalised words at `at`: "adviser to Mayor Jane Doe".
fn introduced(text: &str, at: usize, head: &str) -> Option<String> {
    let rest: Vec<&str> = text.get(at..)?.split_whitespace().take(6).collect();
    if !rest.first().is_some_and(|w| matches!(*w, "to" | "of" | "for")) {
        return None;
    }
    let mut phrase = vec![head, rest[0]];
    for w in &rest[1..] {
        let clean = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        if !clean.chars().next().is_some_and(char::is_uppercase) {
            break;
        }
        phrase.push(clean);
        if clean.len() < w.len() {
            break;
        }
    }
    (phrase.len() > 2).then(|| phrase.join(" "))
}

/// The mentions that can touch the byte range `a..b` (mentions are in text order and short), so a
/// frame never scans every mention of a long paragraph.
fn near_range(people: &[PersonMention], a: usize, b: usize) -> std::ops::Range<usize> {
    let lo = people.partition_point(|m| m.span.end + 4 < a);
    let hi = people.partition_point(|m| m.span.start <= b + 4);
    lo..hi.max(lo)
}

/// The first mention near `a..b` that satisfies `pred`, as an index into `people`.
fn find_near(people: &[PersonMention], a: usize, b: usize, pred: impl Fn(&PersonMention) -> bool) -> Option<usize> {
    let r = near_range(people, a, b);
    people[r.clone()].iter().position(pred).map(|i| i + r.start)
}

/// The last mention near `a..b` that satisfies `pred`, as an index into `people`.
fn rfind_near(people: &[PersonMention], a: usize, b: usize, pred: impl Fn(&PersonMention) -> bool) -> Option<usize> {
    let r = near_range(people, a, b);
    people[r.clone()].iter().rposition(pred).map(|i| i + r.start)
}

/// Inserts into a vector kept sorted by offset (events arrive almost in order, so this is cheap).
fn push_sorted(v: &mut Vec<(usize, usize)>, e: (usize, usize)) {
    let at = v.partition_point(|x| x.0 <= e.0);
    v.insert(at, e);
}

/// Lowercase letters and digits only, for comparing quotes.
pub(crate) fn quote_key(q: &str) -> String {
    q.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

fn sentence_of(p: &crate::text::Paragraph, offset: usize) -> Span {
    let i = p.sentences.partition_point(|s| s.end <= offset);
    p.sentences.get(i).copied().filter(|s| s.start <= offset).unwrap_or(p.span)
}

fn speaker_from_person(people: &[PersonMention], idx: usize, text: &str) -> Speaker {
    let m = &people[idx];
    Speaker {
        span: m.span,
        text: text[m.span.start..m.span.end].to_string(),
        name: m.full.clone(),
        person: Some(idx),
        how: Found::Frame,
    }
}

/// A noun phrase of a speaking body or a person, from token `s` to `e` (exclusive).
fn speaker_from_tokens(text: &str, toks: &[Tok<'_>], s: usize, e: usize, people: &[PersonMention]) -> Option<Speaker> {
    if s >= e {
        return None;
    }
    // "When Moore said", "On Tuesday the ministry said": words that open a clause or name a day are no speaker.
    let s = (s..e).find(|&j| !is_not_speaker_word(&toks[j].lower())).unwrap_or(e);
    if s >= e {
        return None;
    }
    let span = Span::new(toks[s].start, toks[e - 1].end);
    // A person inside the phrase: the last one ("said ministry spokesman Ivan Petrov").
    if let Some(idx) = rfind_near(people, span.start, span.end, |m| span.overlaps(m.span)) {
        return Some(speaker_from_person(people, idx, text));
    }
    let words: Vec<String> = toks[s..e].iter().map(|t| t.lower().into_owned()).collect();
    if words.len() == 1 && PRONOUNS.contains(&words[0].as_str()) {
        return Some(Speaker {
            span,
            text: toks[s].text.to_string(),
            name: toks[s].text.to_lowercase(),
            person: None,
            how: Found::Frame,
        });
    }
    let head_ok = words.last().is_some_and(|w| is_body_noun(w)) || toks[e - 1].is_capitalised();
    if !head_ok {
        return None;
    }
    let phrase = text[span.start..span.end].to_string();
    let name = phrase.trim_start_matches(|c: char| c.is_whitespace()).to_string();
    let name = ["the ", "The ", "a ", "A ", "an ", "An "]
        .iter()
        .fold(name, |n, d| n.strip_prefix(d).map(str::to_string).unwrap_or(n));
    Some(Speaker { span, text: phrase, name, person: None, how: Found::Frame })
}

/// Whether a token can be part of a speaker phrase.
fn np_word(t: &Tok<'_>) -> bool {
    if t.kind != TokKind::Word {
        return false;
    }
    let w = t.lower();
    t.is_capitalised()
        || is_title_word(&w)
        || is_body_noun(&w)
        || PRONOUNS.contains(&w.as_ref())
        || matches!(w.as_ref(), "the" | "a" | "an" | "senior" | "top" | "former" | "his" | "her" | "their" | "its")
        || t.text.chars().all(|c| c.is_uppercase() || c == '.')
}

/// The end of a speaker phrase starting at `s`: phrase words, with "of"/"and" inside
/// ("US Secretary of Labor Jane Hale") and dotted abbreviations ("U.S.").
fn np_end(toks: &[Tok<'_>], s: usize) -> usize {
    let mut e = s;
    while e < toks.len() && e - s < 12 {
        let t = &toks[e];
        let connector = e > s
            && (t.is_word("of") || t.is_word("and"))
            && toks.get(e + 1).is_some_and(|n| n.is_capitalised() || is_title_word(&n.lower()));
        if np_word(t) || t.text == "." && t.glued && e > s || connector {
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

/// A double quote mark as a token: `"`, `“`, `”`, `«`, `»`, or the first of two apostrophes.
fn is_mark_tok(toks: &[Tok<'_>], i: usize) -> bool {
    let t = &toks[i];
    t.kind == TokKind::Sym
        && (matches!(t.text, "\"" | "\u{201c}" | "\u{201d}" | "\u{201e}" | "\u{ab}" | "\u{bb}")
            || t.text == "'" && toks.get(i + 1).is_some_and(|n| n.text == "'" && n.glued))
}

/// Whether token `i` ends a sentence: `.`, `?`, `!` or `;`, but not the dot of "Mr.", "Sen." or an initial.
fn ends_sentence(toks: &[Tok<'_>], i: usize) -> bool {
    match toks[i].text {
        "?" | "!" | ";" => true,
        // "(D-Ore.) said", "Calif. officials": a dot before a closing parenthesis or a lowercase word.
        "." if toks.get(i + 1).is_some_and(|n| n.text == ")" || n.kind == TokKind::Word && !n.is_capitalised()) => {
            false
        }
        "." => {
            !(i > 0 && toks[i].glued && {
                let p = &toks[i - 1];
                p.kind == TokKind::Word && (p.text.chars().count() == 1 || p.is_capitalised() && p.text.len() <= 4)
            })
        }
        _ => false,
    }
}

/// Whether a word sits between a subject and its verb without being part of either ("has", "also",
/// "angrily").
fn is_aux_or_adverb(t: &Tok<'_>) -> bool {
    if t.kind != TokKind::Word || t.is_capitalised() {
        return false;
    }
    let w = t.lower();
    AUX_ADVERBS.contains(&w.as_ref()) || w.len() > 4 && w.ends_with("ly") && !NOT_ADVERBS.contains(&w.as_ref())
}

/// Whether a token can open a speaker phrase.
fn np_start(t: &Tok<'_>) -> bool {
    np_word(t) || t.kind == TokKind::Word && SPEAKER_DETERMINERS.contains(&t.lower().as_ref())
}

/// The person mention that a phrase from token `s` to `e` names: the last one before the phrase's first
/// comma or parenthesis ("Senator Marta L. Quillfeather, Independent of Dunmere," → Quillfeather).
fn head_person(toks: &[Tok<'_>], s: usize, e: usize, people: &[PersonMention]) -> Option<usize> {
    let cut = (s..e).find(|&j| matches!(toks[j].text, "," | "(" | "\u{2014}" | "\u{2013}")).unwrap_or(e);
    if cut == s {
        return None;
    }
    let span = Span::new(toks[s].start, toks[cut - 1].end);
    rfind_near(people, span.start, span.end, |m| {
        span.contains(m.span) || span.overlaps(m.span) && m.span.start >= span.start
    })
}

/// A speaker phrase from token `s` to `e`: its person if it names one, else the phrase up to its first
/// comma, when it opens like a noun phrase ("one councillor close to the negotiations").
fn phrase_speaker(text: &str, toks: &[Tok<'_>], s: usize, e: usize, people: &[PersonMention]) -> Option<Speaker> {
    if s >= e {
        return None;
    }
    if let Some(idx) = head_person(toks, s, e, people) {
        return Some(speaker_from_person(people, idx, text));
    }
    if !np_start(&toks[s]) {
        return None;
    }
    let cut = (s..e)
        .find(|&j| toks[j].kind == TokKind::Sym && (toks[j].text != "." || ends_sentence(toks, j)))
        .unwrap_or(e)
        .min(s + 12);
    // "one councillor close to …": the phrase stops before a relative clause or a preposition.
    let cut = (s + 1..cut)
        .find(|&j| {
            matches!(
                toks[j].lower().as_ref(),
                "who" | "which" | "that" | "in" | "on" | "at" | "during" | "after" | "before"
            )
        })
        .unwrap_or(cut);
    let words: Vec<String> = toks[s..cut].iter().map(|t| t.lower().into_owned()).collect();
    if words.len() == 1 && PRONOUNS.contains(&words[0].as_str()) {
        return Some(Speaker {
            span: Span::new(toks[s].start, toks[s].end),
            text: toks[s].text.to_string(),
            name: words[0].clone(),
            person: None,
            how: Found::Frame,
        });
    }
    // A lone determiner is no speaker ("the", "his").
    if words.len() == 1 && SPEAKER_DETERMINERS.contains(&words[0].as_str()) && words[0] != "one" {
        return None;
    }
    speaker_from_tokens(text, toks, s, cut, people).or_else(|| {
        let span = Span::new(toks[s].start, toks[cut - 1].end);
        let phrase = text[span.start..span.end].to_string();
        Some(Speaker { span, name: phrase.clone(), text: phrase, person: None, how: Found::Frame })
    })
}

/// `"…," X said`, `"…," said X`, `"…" ― X`, and the same after a tail of the sentence (`"…" for the
/// ferry, Prewitt said`).
fn after_frame(text: &str, toks: &[Tok<'_>], outer: Span, people: &[PersonMention]) -> Option<Speaker> {
    let first = toks.partition_point(|t| t.start < outer.end);
    if first >= toks.len() {
        return None;
    }
    if let Some(sp) = frame_at(text, toks, first, people) {
        return Some(sp);
    }
    // The sentence runs on past the quote: try again after its next comma.
    let t = &toks[first];
    if t.kind == TokKind::Word && !t.is_capitalised() {
        let mut j = first;
        while j < toks.len() && j < first + 25 && !ends_sentence(toks, j) && !is_mark_tok(toks, j) {
            if toks[j].text == "," {
                return frame_at(text, toks, j + 1, people).map(|s| Speaker { how: Found::Loose, ..s });
            }
            j += 1;
        }
    }
    None
}

/// The frames that follow a quote, from token `i` on.
fn frame_at(text: &str, toks: &[Tok<'_>], mut i: usize, people: &[PersonMention]) -> Option<Speaker> {
    let mut dash = false;
    while toks.get(i).is_some_and(|t| matches!(t.text, "," | "." | "-" | "\u{2014}" | "\u{2013}" | "\u{2015}")) {
        dash |= toks[i].text != "," && toks[i].text != ".";
        i += 1;
    }
    let t = toks.get(i)?;
    // Glued copy: "hesaid", "Prewittsaid".
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
                    how: Found::Frame,
                });
            }
        }
    }
    // "Prewittsaid": the person reader splits the name off the verb.
    if ["said", "says", "added", "told"].iter().any(|v| lw.ends_with(v) && lw.len() > v.len() + 2) {
        if let Some(idx) = find_near(people, t.start, t.end, |m| m.span.start == t.start && m.span.end < t.end) {
            return Some(speaker_from_person(people, idx, text));
        }
    }
    // The clause the attribution can sit in: up to the end of the sentence or the next quote.
    let mut end = i;
    while end < toks.len() && end < i + 40 && !ends_sentence(toks, end) && !is_mark_tok(toks, end) {
        end += 1;
    }
    if is_quote_frame_verb(&lw) {
        // "said X": the phrase after the verb.
        return phrase_speaker(text, toks, i + 1, end, people);
    }
    // A signature: `"…" ― Jorge Falcon` at the end of the paragraph.
    if dash {
        let e = np_end(toks, i);
        if e > i && (e == toks.len() || toks[e].text == "." && e + 1 == toks.len()) {
            return phrase_speaker(text, toks, i, e, people);
        }
    }
    if let Some(sp) = closing_clause(text, toks, i, end, people) {
        return Some(sp);
    }
    // "X said", "X, a retired astronaut, said", "Sen. Rowan Pike (D-Ore.) said", "X on Friday said".
    let reach = if head_person(toks, i, end, people).is_some() { 35 } else { 12 };
    let v = (i + 1..end.min(i + reach)).find(|&j| {
        let w = toks[j].lower();
        is_quote_frame_verb(&w) && !toks[j].is_capitalised()
            || w == "was" && toks.get(j + 1).is_some_and(|n| n.is_word("quoted"))
    })?;
    let mut e = v;
    while e > i && is_aux_or_adverb(&toks[e - 1]) {
        e -= 1;
    }
    // "Trump on Tuesday said".
    if e >= i + 3 && toks[e - 2].is_word("on") && toks[e - 1].is_capitalised() {
        e -= 2;
    }
    // Without a person, the subject must sit right before the verb, not behind a comma: `"…" that
    // Sanders can win, said X` is handled by the retry after the comma.
    if head_person(toks, i, e, people).is_none() && (i..e).any(|j| toks[j].kind == TokKind::Sym && toks[j].text != ".")
    {
        return None;
    }
    phrase_speaker(text, toks, i, e, people)
}

/// `"…" Lowe, 24, jokingly proposed.`: a named person whose short clause after the quote ends on a
/// past-tense verb says the quote, whatever the verb; an age may stand beside the name and adverbs
/// before the verb. The clause must end right there, so `"…" Lowe proposed a vote` is no frame.
fn closing_clause(text: &str, toks: &[Tok<'_>], i: usize, end: usize, people: &[PersonMention]) -> Option<Speaker> {
    if end >= toks.len() || !ends_sentence(toks, end) || end < i + 2 {
        return None;
    }
    let verb = &toks[end - 1];
    let lw = verb.lower();
    if verb.kind != TokKind::Word || verb.is_capitalised() || lw.len() < 5 || !lw.ends_with("ed") {
        return None;
    }
    let start = toks[i].start;
    let idx = find_near(people, start, toks[i].end, |m| m.span.start == start)?;
    let mut j = toks.partition_point(|t| t.start < people[idx].span.end);
    // ", 24,"
    if toks.get(j).is_some_and(|t| t.text == ",")
        && toks.get(j + 1).is_some_and(|t| t.kind == TokKind::Num)
        && toks.get(j + 2).is_some_and(|t| t.text == ",")
    {
        j += 3;
    }
    while j < end - 1 && is_aux_or_adverb(&toks[j]) {
        j += 1;
    }
    (j == end - 1).then(|| speaker_from_person(people, idx, text))
}

/// The subject of the verb at token `verb`, looking back no further than token `start`.
fn subject_before(
    text: &str,
    toks: &[Tok<'_>],
    start: usize,
    verb: usize,
    people: &[PersonMention],
) -> Option<Speaker> {
    let mut j = verb;
    loop {
        while j > start && is_aux_or_adverb(&toks[j - 1]) {
            j -= 1;
        }
        // "General Harchenko on Tuesday denounced".
        if j >= start + 3 && toks[j - 2].is_word("on") && toks[j - 1].is_capitalised() {
            j -= 2;
        } else {
            break;
        }
    }
    if j == start {
        return None;
    }
    let t = &toks[j - 1];
    let lw = t.lower();
    if t.kind == TokKind::Word && matches!(lw.as_ref(), "he" | "she" | "they" | "we" | "i" | "it" | "who" | "which") {
        // "Mr. Kelly, who …, said": who is the person before it.
        if matches!(lw.as_ref(), "who" | "which") && j >= 3 && toks[j - 2].text == "," {
            if let Some(idx) = rfind_near(people, toks[j - 2].start.saturating_sub(3), toks[j - 2].start, |m| {
                m.span.end <= toks[j - 2].start && m.span.end + 3 >= toks[j - 2].start
            }) {
                return Some(speaker_from_person(people, idx, text));
            }
        }
        return Some(Speaker {
            span: Span::new(t.start, t.end),
            text: t.text.to_string(),
            name: lw.into_owned(),
            person: None,
            how: Found::Frame,
        });
    }
    // "Deputy Mayor Ansel R. Prewitt Jr., in an interview with a local radio station, let slip": the
    // person before the comma that opens the aside.
    if matches!(t.text, "," | ")") {
        let lo = toks[start].start;
        let hi = t.start;
        if let Some(idx) = rfind_near(people, lo, hi, |m| {
            m.span.start >= lo && m.span.end <= hi && {
                let after = text[m.span.end..].trim_start();
                after.starts_with(',') || after.starts_with('(')
            }
        }) {
            return Some(speaker_from_person(people, idx, text));
        }
        return None;
    }
    if let Some(idx) =
        rfind_near(people, t.start, t.end, |m| m.span.start < t.end && t.end <= m.span.end + 1 && m.span.end >= t.start)
    {
        return Some(speaker_from_person(people, idx, text));
    }
    let mut s = j;
    while s > start && (np_start(&toks[s - 1]) || toks[s - 1].text == "." && toks[s - 1].glued) && j - s < 8 {
        s -= 1;
    }
    speaker_from_tokens(text, toks, s, j, people).or_else(|| {
        // "the newspaper", "one message": a determiner opens it.
        (s < j && SPEAKER_DETERMINERS.contains(&toks[s].lower().as_ref()) && j - s >= 2)
            .then(|| phrase_speaker(text, toks, s, j, people))
            .flatten()
    })
}

/// How many tokens before a quote `before_frame` looks for its verb of saying.
const FRAME_WINDOW: usize = 200;

/// `X said: "…"`, `X told reporters that "…"`, `he said, adding: "…"`, `Stated Stone: "…"`.
fn before_frame(
    text: &str,
    toks: &[Tok<'_>],
    outer: Span,
    sentence: Span,
    people: &[PersonMention],
) -> Option<Speaker> {
    let end = toks.partition_point(|t| t.start < outer.start);
    if end >= toks.len() {
        return None;
    }
    let start = toks.partition_point(|t| t.start < sentence.start).min(end);
    // `Donald Trump: "…"`.
    if end >= 2 && toks[end - 1].text == ":" {
        if let Some(idx) = rfind_near(people, toks[end - 2].end.saturating_sub(1), toks[end - 1].start, |m| {
            m.span.end <= toks[end - 1].start && m.span.end + 1 >= toks[end - 2].end
        }) {
            return Some(speaker_from_person(people, idx, text));
        }
    }
    // The last verb of saying before the quote in this sentence.
    let say = |j: usize| {
        let w = toks[j].lower();
        (is_say_verb(&w) || is_quote_frame_verb(&w)) && w != "according"
    };
    // Verbs of saying are looked for within a window before the quote: a sentence of thousands of
    // quote marks must not make every quote walk back to the sentence's start.
    let lo = start.max(end.saturating_sub(FRAME_WINDOW));
    let verb = (lo..end).rev().find(|&j| say(j))?;
    // A verb that opens the sentence comes before its subject: `Continued Stone: "…"`.
    if verb == start && toks[verb].is_capitalised() {
        let e = (verb + 1..end).find(|&j| toks[j].kind == TokKind::Sym).unwrap_or(end);
        if let Some(sp) = phrase_speaker(text, toks, verb + 1, e, people) {
            return Some(sp);
        }
    }
    // The quote usually hangs off the sentence's main verb of saying, the first one with a speaking
    // subject: "Petrov said … that the city has asked …, 'or whatever'", "he said, adding: '…'".
    let mut body = None;
    for v in (lo..=verb).filter(|&j| say(j) && !toks[j].text.ends_with("ing")) {
        match subject_before(text, toks, start, v, people) {
            Some(sp) if sp.person.is_some() || PRONOUNS.contains(&sp.text.to_lowercase().as_str()) => {
                // Close: the verb of saying is the last before the quote, a few words from it, with no
                // other quotation between ("X said: \"…\"", "X told reporters that \"…\"").
                let close = v == verb && end - v <= 4 && !(v + 1..end).any(|j| is_mark_tok(toks, j));
                return Some(if close { sp } else { Speaker { how: Found::Loose, ..sp } });
            }
            Some(sp) => body = body.or(Some(sp)),
            None => {}
        }
    }
    if body.is_some() {
        return body;
    }
    // Its subject: the first person in the sentence before the verb, else a pronoun at its start.
    let before = Span::new(toks[start].start, toks[verb].start);
    let possessive = |m: &PersonMention| {
        let rest = &text[m.span.end..];
        rest.starts_with("'s")
            || rest.starts_with("\u{2019}s")
            || rest.starts_with('\'')
            || rest.starts_with('\u{2019}')
    };
    if let Some(idx) = find_near(people, before.start, before.end, |m| before.contains(m.span) && !possessive(m)) {
        return Some(Speaker { how: Found::Subject, ..speaker_from_person(people, idx, text) });
    }
    if toks.get(start).is_some_and(|t| matches!(t.lower().as_ref(), "he" | "she")) && start < verb {
        let t = &toks[start];
        return Some(Speaker {
            span: Span::new(t.start, t.end),
            text: t.text.to_string(),
            name: t.lower().into_owned(),
            person: None,
            how: Found::Subject,
        });
    }
    None
}

/// `according to X` anywhere in the sentence.
fn according_to(text: &str, toks: &[Tok<'_>], sentence: Span, people: &[PersonMention]) -> Option<Speaker> {
    let start = toks.partition_point(|t| t.start < sentence.start);
    if start >= toks.len() {
        return None;
    }
    let end = toks.partition_point(|t| t.start < sentence.end);
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

    /// Quotes of a one-paragraph article body, with the speaker as written.
    fn attributed(body: &str) -> Vec<(String, Option<String>)> {
        let e = crate::Engine::builtin();
        let text = format!("Council vote delayed again\n\n{body}\n");
        let mut d = crate::Document::new("t.txt", &text);
        let ex = crate::extract::extract(&mut d, &e.knowledge);
        ex.quotes
            .iter()
            .map(|q| (text[q.span.start..q.span.end].to_string(), q.speaker.as_ref().map(|s| s.text.clone())))
            .collect()
    }

    #[test]
    fn frames() {
        // (body, quote, speaker as written)
        let cases: &[(&str, &str, &str)] = &[
            // After the quote.
            ("\"We will win,\" Rowan Pike said.", "We will win,", "Rowan Pike"),
            ("\"We will win,\" said Rowan Pike, a spokesman for the group.", "We will win,", "Rowan Pike"),
            ("\"We will win,\" Rowan Pike, a spokesman for the group, told reporters.", "We will win,", "Rowan Pike"),
            ("\"We will win,\" Sen. Rowan Pike (D-Ore.) said on Monday.", "We will win,", "Rowan Pike"),
            ("\"We will win,\" Rowan Pike on Tuesday said.", "We will win,", "Rowan Pike"),
            ("\"We will win\" in the autumn, she said.", "We will win", "she"),
            ("\"We will win,\" the ministry said in a statement.", "We will win,", "the ministry"),
            ("\"We will win,\" added another local official.", "We will win,", "another local official"),
            ("\"We will win,\" the banner read.", "We will win,", "the banner"),
            ("''We will win,'' Mr. Pike said.", "We will win,", "Pike"),
            ("\u{201c}We will win.\u{201d} \u{2015} Rowan Pike", "We will win.", "Rowan Pike"),
            ("\"Will you marry me?\" Rowan Pike, 24, jokingly proposed.", "Will you marry me?", "Rowan Pike"),
            // Before the quote.
            ("Rowan Pike said: \"We will win.\"", "We will win.", "Rowan Pike"),
            ("Rowan Pike told reporters that \"the plan is dead.\"", "the plan is dead.", "Rowan Pike"),
            ("Asked about the vote, she said, adding: \"We will win.\"", "We will win.", "she"),
            (
                "Mayor Ada Stone said after meeting Rowan Pike that the city wants \"a fair deal.\"",
                "a fair deal.",
                "Ada Stone",
            ),
            (
                "Rowan Pike, in an interview with a local paper, insisted, \"We will win.\"",
                "We will win.",
                "Rowan Pike",
            ),
            // According to.
            ("The plan is \"dead on arrival,\" according to Rowan Pike.", "dead on arrival,", "Rowan Pike"),
        ];
        for (body, quote, speaker) in cases {
            let got = attributed(body);
            assert!(
                got.iter().any(|(q, s)| q == quote && s.as_deref() == Some(*speaker)),
                "\nbody: {body}\nwant: {quote:?} by {speaker:?}\ngot:  {got:?}"
            );
        }
    }

    #[test]
    fn title_alone_is_the_titled_person() {
        let e = crate::Engine::builtin();
        let text = "Council vote delayed\n\nPresident Ada Stone met the council. Rowan Pike, a councillor, \
                    left early.\n\n\"We will win,\" the president said.\n\n\"We will see,\" the mayor said.\n";
        let mut d = crate::Document::new("t.txt", text);
        let ex = crate::extract::extract(&mut d, &e.knowledge);
        let names: Vec<(Option<&str>, &str)> = ex
            .quotes
            .iter()
            .filter_map(|q| q.speaker.as_ref())
            .map(|s| (s.person.map(|p| ex.people[p].full.as_str()), s.text.as_str()))
            .collect();
        // "the president" is Ada Stone; nobody was introduced as mayor, so "the mayor" stays a phrase.
        assert_eq!(names, [(Some("Ada Stone"), "the president"), (None, "the mayor")]);
    }

    #[test]
    fn not_speech() {
        // Guardrails: scare quotes have no speaker; titles of works are not quotes at all.
        type Want = &'static [(&'static str, Option<&'static str>)];
        let cases: &[(&str, Want)] = &[
            ("The so-called \"peace plan\" was shelved in March.", &[("peace plan", None)]),
            ("He wrote \"The Art Of The Deal\" in 1987.", &[]),
            ("She starred in \"The Long Night Of Winter\" last year.", &[]),
            // A clause after the quote that goes on past its verb is not a frame.
            ("\"We will win.\" Rowan Pike proposed a vote on Monday.", &[("We will win.", None)]),
        ];
        for (body, want) in cases {
            let got = attributed(body);
            let got: Vec<(&str, Option<&str>)> = got.iter().map(|(q, s)| (q.as_str(), s.as_deref())).collect();
            assert_eq!(got, *want, "{body}");
        }
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
