//! Attribution frames: where news copy puts the speaker of a quote.
//!
//! A frame is found by its verb of saying and the punctuation around the quote: after it
//! (`"…," X said`, `"…," said X`, `"…" ― X`, `"…" Lowe, 24, jokingly proposed.`), before it
//! (`X said: "…"`, `X told reporters that "…"`, `Stated Stone: "…"`) or anywhere in the sentence
//! (`according to X`). What stands in the speaker's place is read by `speaker.rs`; continuations and
//! pronouns are the document reader's (`mod.rs`, `antecedent.rs`), because they need more than one
//! paragraph.

use super::marks::is_mark_tok;
use super::speaker::{ends_sentence, Reading};
use crate::claim::{Found, PersonMention, Speaker, SpeakerKind};
use crate::document::Span;
use crate::lexicon::speech::{
    is_quote_frame_verb, is_say_verb, AUX_ADVERBS, NOT_ADVERBS, PRONOUNS, SPEAKER_DETERMINERS,
};
use crate::text::token::{Tok, TokKind};

/// The verbs of saying a glued copy runs into the speaker ("hesaid", "Prewittsaid").
const GLUED_VERBS: [&str; 4] = ["said", "says", "added", "told"];

/// How many tokens before a quote [`before`] looks for its verb of saying.
const FRAME_WINDOW: usize = 200;

/// `"…," X said`, `"…," said X`, `"…" ― X`, and the same after a tail of the sentence (`"…" for the
/// ferry, Prewitt said`).
pub(super) fn after(r: &Reading<'_>, outer: Span) -> Option<Speaker> {
    let toks = r.toks;
    let first = toks.partition_point(|t| t.start < outer.end);
    if first >= toks.len() {
        return None;
    }
    if let Some(sp) = frame_at(r, first) {
        return Some(sp);
    }
    // The sentence runs on past the quote: try again after its next comma.
    let t = &toks[first];
    if t.kind == TokKind::Word && !t.is_capitalised() {
        let mut j = first;
        while j < toks.len() && j < first + 25 && !ends_sentence(toks, j) && !is_mark_tok(toks, j) {
            if toks[j].text == "," {
                return frame_at(r, j + 1).map(|s| Speaker { how: Found::Loose, ..s });
            }
            j += 1;
        }
    }
    None
}

/// The frames that follow a quote, from token `i` on.
fn frame_at(r: &Reading<'_>, mut i: usize) -> Option<Speaker> {
    let toks = r.toks;
    let mut dash = false;
    while toks.get(i).is_some_and(|t| matches!(t.text, "," | "." | "-" | "\u{2014}" | "\u{2013}" | "\u{2015}")) {
        dash |= toks[i].text != "," && toks[i].text != ".";
        i += 1;
    }
    let t = toks.get(i)?;
    let lw = t.lower();
    if let Some(sp) = glued(r, t, &lw) {
        return Some(sp);
    }
    // The clause the attribution can sit in: up to the end of the sentence or the next quote.
    let mut end = i;
    while end < toks.len() && end < i + 40 && !ends_sentence(toks, end) && !is_mark_tok(toks, end) {
        end += 1;
    }
    if is_quote_frame_verb(&lw) {
        // "said X": the phrase after the verb.
        return r.phrase(i + 1, end);
    }
    // A signature: `"…" ― Jorge Falcon` at the end of the paragraph.
    if dash {
        let e = r.np_end(i);
        if e > i && (e == toks.len() || toks[e].text == "." && e + 1 == toks.len()) {
            return r.phrase(i, e);
        }
    }
    if let Some(sp) = closing_clause(r, i, end) {
        return Some(sp);
    }
    subject_then_verb(r, i, end)
}

/// Glued copy, a speaker and its verb in one token: "hesaid" (a pronoun), "Prewittsaid" (the person
/// reader splits the name off the verb).
fn glued(r: &Reading<'_>, t: &Tok<'_>, lw: &str) -> Option<Speaker> {
    for v in GLUED_VERBS {
        if let Some(stem) = lw.strip_suffix(v) {
            if PRONOUNS.contains(&stem) {
                return Some(r.pronoun(Span::new(t.start, t.start + stem.len()), Found::Frame));
            }
        }
    }
    if GLUED_VERBS.iter().any(|v| lw.ends_with(v) && lw.len() > v.len() + 2) {
        if let Some(idx) = r.find_near(t.start, t.end, |m| m.span.start == t.start && m.span.end < t.end) {
            return Some(r.mention(idx));
        }
    }
    None
}

/// "X said", "X, a retired astronaut, said", "Sen. Rowan Pike (D-Ore.) said", "X on Friday said":
/// the speaker from token `i`, before a verb of saying within the clause ending at `end`.
fn subject_then_verb(r: &Reading<'_>, i: usize, end: usize) -> Option<Speaker> {
    let toks = r.toks;
    let reach = if r.head_person(i, end).is_some() { 35 } else { 12 };
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
    if r.head_person(i, e).is_none() && (i..e).any(|j| toks[j].kind == TokKind::Sym && toks[j].text != ".") {
        return None;
    }
    r.phrase(i, e)
}

/// `"…" Lowe, 24, jokingly proposed.`: a named person whose short clause after the quote ends on a
/// past-tense verb says the quote, whatever the verb; an age may stand beside the name and adverbs
/// before the verb. The clause must end right there, so `"…" Lowe proposed a vote` is no frame.
fn closing_clause(r: &Reading<'_>, i: usize, end: usize) -> Option<Speaker> {
    let toks = r.toks;
    if end >= toks.len() || !ends_sentence(toks, end) || end < i + 2 {
        return None;
    }
    let verb = &toks[end - 1];
    let lw = verb.lower();
    if verb.kind != TokKind::Word || verb.is_capitalised() || lw.len() < 5 || !lw.ends_with("ed") {
        return None;
    }
    let start = toks[i].start;
    let idx = r.find_near(start, toks[i].end, |m| m.span.start == start)?;
    let mut j = toks.partition_point(|t| t.start < r.people[idx].span.end);
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
    (j == end - 1).then(|| r.mention(idx))
}

/// The subject of the verb at token `verb`, looking back no further than token `start`.
fn subject_before(r: &Reading<'_>, start: usize, verb: usize) -> Option<Speaker> {
    let toks = r.toks;
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
            let comma = toks[j - 2].start;
            if let Some(idx) =
                r.rfind_near(comma.saturating_sub(3), comma, |m| m.span.end <= comma && m.span.end + 3 >= comma)
            {
                return Some(r.mention(idx));
            }
        }
        return Some(r.pronoun(Span::new(t.start, t.end), Found::Frame));
    }
    // "Deputy Mayor Ansel R. Prewitt Jr., in an interview with a local radio station, let slip": the
    // person before the comma that opens the aside.
    if matches!(t.text, "," | ")") {
        let lo = toks[start].start;
        let hi = t.start;
        let idx = r.rfind_near(lo, hi, |m| {
            m.span.start >= lo && m.span.end <= hi && {
                let after = r.text[m.span.end..].trim_start();
                after.starts_with(',') || after.starts_with('(')
            }
        })?;
        return Some(r.mention(idx));
    }
    if let Some(idx) =
        r.rfind_near(t.start, t.end, |m| m.span.start < t.end && t.end <= m.span.end + 1 && m.span.end >= t.start)
    {
        return Some(r.mention(idx));
    }
    let mut s = j;
    while s > start && (r.np_start(&toks[s - 1]) || toks[s - 1].text == "." && toks[s - 1].glued) && j - s < 8 {
        s -= 1;
    }
    r.noun_phrase(s, j).or_else(|| {
        // "the newspaper", "one message": a determiner opens it.
        (s < j && SPEAKER_DETERMINERS.contains(&toks[s].lower().as_ref()) && j - s >= 2)
            .then(|| r.phrase(s, j))
            .flatten()
    })
}

/// `X said: "…"`, `X told reporters that "…"`, `he said, adding: "…"`, `Stated Stone: "…"`.
pub(super) fn before(r: &Reading<'_>, outer: Span, sentence: Span) -> Option<Speaker> {
    let toks = r.toks;
    let end = toks.partition_point(|t| t.start < outer.start);
    if end >= toks.len() {
        return None;
    }
    let start = toks.partition_point(|t| t.start < sentence.start).min(end);
    // `Donald Trump: "…"`.
    if end >= 2 && toks[end - 1].text == ":" {
        let colon = toks[end - 1].start;
        let word_end = toks[end - 2].end;
        if let Some(idx) =
            r.rfind_near(word_end.saturating_sub(1), colon, |m| m.span.end <= colon && m.span.end + 1 >= word_end)
        {
            return Some(r.mention(idx));
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
        if let Some(sp) = r.phrase(verb + 1, e) {
            return Some(sp);
        }
    }
    // The quote usually hangs off the sentence's main verb of saying, the first one with a speaking
    // subject: "Petrov said … that the city has asked …, 'or whatever'", "he said, adding: '…'".
    let mut body = None;
    for v in (lo..=verb).filter(|&j| say(j) && !toks[j].text.ends_with("ing")) {
        match subject_before(r, start, v) {
            Some(sp) if sp.person.is_some() || sp.kind == SpeakerKind::Pronoun => {
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
    sentence_subject(r, start, verb)
}

/// The subject of a verb of saying that is not directly the speaker's: the first person in the
/// sentence before the verb, else "he" or "she" opening the sentence.
fn sentence_subject(r: &Reading<'_>, start: usize, verb: usize) -> Option<Speaker> {
    let toks = r.toks;
    let before = Span::new(toks[start].start, toks[verb].start);
    let possessive = |m: &PersonMention| {
        let rest = &r.text[m.span.end..];
        rest.starts_with("'s")
            || rest.starts_with("\u{2019}s")
            || rest.starts_with('\'')
            || rest.starts_with('\u{2019}')
    };
    if let Some(idx) = r.find_near(before.start, before.end, |m| before.contains(m.span) && !possessive(m)) {
        return Some(Speaker { how: Found::Subject, ..r.mention(idx) });
    }
    if toks.get(start).is_some_and(|t| matches!(t.lower().as_ref(), "he" | "she")) && start < verb {
        let t = &toks[start];
        return Some(r.pronoun(Span::new(t.start, t.end), Found::Subject));
    }
    None
}

/// `according to X` anywhere in the sentence.
pub(super) fn according_to(r: &Reading<'_>, sentence: Span) -> Option<Speaker> {
    let toks = r.toks;
    let start = toks.partition_point(|t| t.start < sentence.start);
    if start >= toks.len() {
        return None;
    }
    let end = toks.partition_point(|t| t.start < sentence.end);
    let j = (start..end.saturating_sub(1)).find(|&j| toks[j].is_word("according") && toks[j + 1].is_word("to"))?;
    let s = j + 2;
    let e = r.np_end(s).min(end);
    r.noun_phrase(s, e)
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

#[cfg(test)]
mod tests {
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
}
