//! Figures: numbers with what they count, the measure they belong to and who asserts them.
//!
//! A figure's measure decides what it may be compared with. The counted noun comes from the words
//! after the number ("17,000 fighters", "4,500 of … troops"); the cue is the measure cue nearest to the
//! figure in its sentence, so that in "pulled out about 4,500 of 80,000 troops deployed there" the
//! 4,500 is a withdrawal and the 80,000 a deployment. Figures that match no known measure get a key
//! from their noun and cue, and carry their sentence's content words so that checks compare them only
//! when the sentences are about the same thing.

use super::number::{read_tokens, NumberMatch};
use crate::claim::{Figure, FigureKind, MeasureKey, PersonMention, Quantity, Quote};
use crate::document::Span;
use crate::knowledge::Knowledge;
use crate::lexicon::calendar::is_calendar_word;
use crate::lexicon::figures::{ends_phrase, is_content_word, IRREGULAR_PARTICIPLES};
use crate::lexicon::speech::is_say_verb;
use crate::text::token::{tokens_between, Tok, TokKind};
use crate::text::Layout;

/// Reads the figures of one document.
pub(crate) fn find_figures(
    text: &str,
    layout: &Layout,
    para_toks: &[Vec<Tok<'_>>],
    quotes: &[Quote],
    people: &[PersonMention],
    k: &Knowledge,
) -> Vec<Figure> {
    let mut out = Vec::new();
    for (p, toks) in layout.paragraphs.iter().zip(para_toks).filter(|(p, _)| !p.furniture) {
        let numbers = read_tokens(text, toks, &k.currencies);
        for (n_idx, m) in numbers.iter().enumerate() {
            let sentence = p
                .sentences
                .get(p.sentences.partition_point(|s| s.end <= m.span.start))
                .copied()
                .filter(|s| s.start <= m.span.start)
                .unwrap_or(p.span);
            let (unit_phrase, noun) = counted_noun(text, toks, m, sentence, numbers.get(n_idx + 1));
            // "11: 24 a.m." is a time of day, and a lone letter ("the 60 s") counts nothing.
            let noun = noun.filter(|n| is_counted_noun(n));
            // A duration, a sum or a share counts its unit when no noun follows ("14 days", "$401 billion").
            let q = &m.quantity;
            let noun = noun.or_else(|| match q.kind {
                FigureKind::Money | FigureKind::Percent | FigureKind::Duration => q.unit.clone(),
                _ => None,
            });
            let in_quote = quote_at(quotes, m.span).is_some();
            // The sentence around the figure, within a window: a sentence of megabytes (a file with
            // no full stops) must not be copied and searched once per figure.
            let win_start = char_floor(text, m.span.start.saturating_sub(SENTENCE_WINDOW).max(sentence.start));
            let win_end = char_floor(text, (m.span.end + SENTENCE_WINDOW).min(sentence.end)).max(win_start);
            let lower = text[win_start..win_end].to_ascii_lowercase();
            let rel = m.span.start.saturating_sub(win_start)..m.span.end.saturating_sub(win_start);
            let (measure, known) = if q.kind.is_quantity() {
                measure_of(k, noun.as_deref(), m, &lower, rel.clone())
            } else {
                (None, false)
            };
            // An age ("48-year-old", "30 years old") is not a span of time in the story: "30 years"
            // in office and a "48-year-old" worker must never be compared.
            let measure = match measure {
                Some(_) if !known && q.kind == FigureKind::Duration && is_age(text, toks, m) => {
                    Some(MeasureKey::Age(q.unit.clone().unwrap_or_default()))
                }
                other => other,
            };
            let unit = match q.kind {
                FigureKind::Money | FigureKind::Percent | FigureKind::Duration => q.unit.clone(),
                _ => unit_phrase.clone(),
            };
            let asserted_by = asserted_by(text, toks, sentence, m.span, quotes, people);
            out.push(Figure {
                span: m.span,
                quantity: Quantity { unit, ..q.clone() },
                noun,
                measure,
                asserted_by,
                context: context_words(&local_window(toks, &lower, win_start, m.span)),
                before: neighbours(
                    text,
                    toks,
                    m.span.start.saturating_sub(NEIGHBOUR_BYTES).max(p.span.start),
                    m.span.start,
                    true,
                ),
                after: neighbours(text, toks, m.span.end, (m.span.end + NEIGHBOUR_BYTES).min(p.span.end), false),
                in_quote,
                sentence,
                places: places(&text[win_start..win_end]),
            });
        }
    }
    out
}

/// The counted noun phrase after a number and its head word, from the tokens of its paragraph
/// (`para`) in the 200 bytes after it.
fn counted_noun(
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

fn noun_phrase(toks: &[crate::text::token::Tok<'_>], i: usize) -> (Option<String>, Option<String>) {
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

/// The places a sentence names: capitalised words right after "in", "of", "around", "near",
/// "across" or "at" (one lowercase word may stand between: "in central Lowmoor").
pub(crate) fn places(sentence: &str) -> Vec<String> {
    let mut out = Vec::new();
    places_into(sentence, &mut out);
    out
}

/// [`places`], appended to `out`, reading the words once (a paragraph may be megabytes long).
fn places_into(text: &str, out: &mut Vec<String>) {
    let trigger = |w: &str| matches!(w, "in" | "of" | "around" | "near" | "across" | "at");
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    // The two words before the current one.
    let (mut prev2, mut prev1): (Option<&str>, Option<&str>) = (None, None);
    for w in text.split_whitespace() {
        // Once for a trigger right before, once for one two words back with no capital between.
        let hits = usize::from(prev1.is_some_and(trigger))
            + usize::from(prev2.is_some_and(trigger) && !prev1.is_some_and(capital));
        if hits > 0 && capital(w) {
            let p: String = w.chars().filter(|c| c.is_alphabetic()).collect::<String>().to_lowercase();
            if p.chars().count() >= 3 && !is_calendar_word(&p) && !is_demonym(&p) {
                for _ in 1..hits {
                    out.push(p.clone());
                }
                out.push(p);
            }
        }
        (prev2, prev1) = (prev1, Some(w));
    }
}

/// An adjective of a people ("of Syrian refugees", "in Japanese waters") names no place itself.
/// `w` is lowercase.
fn is_demonym(w: &str) -> bool {
    ["ian", "ese", "ish"].iter().any(|end| w.len() > end.len() + 2 && w.ends_with(end))
}

/// The places a document names, lowercase, sorted and without repeats: its dateline's place
/// ("LOWMOOR (Agency) —"), and every place its title and paragraphs name as [`places`] reads
/// them. Two reports that name places but none in common are about different stories.
pub(crate) fn document_places(text: &str, layout: &Layout, title: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(t) = title {
        places_into(t, &mut out);
    }
    for (i, p) in layout.content().enumerate() {
        let para = &text[p.span.start..p.span.end];
        if i < 3 {
            out.extend(dateline_place(para));
        }
        places_into(para, &mut out);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The place of a dateline: one to three all-capital words opening a paragraph and closed by a
/// comma, a parenthesis or a dash: "LOWMOOR, Fenland (Agency) —" and "NEW HARBOUR (Agency) -"
/// give "lowmoor" and "new harbour".
fn dateline_place(para: &str) -> Option<String> {
    let capitals = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars().all(|c| c.is_uppercase() || matches!(c, '-' | '.' | '\''))
    };
    let mut name: Vec<&str> = Vec::new();
    for w in para.split_whitespace().take(4) {
        let bare = w.trim_end_matches(',');
        if !capitals(bare) {
            let closed = w.starts_with('(') || matches!(w, "-" | "\u{2013}" | "\u{2014}");
            return closed.then(|| join_lower(&name)).filter(|n| n.chars().count() >= 3);
        }
        name.push(bare);
        if bare.len() < w.len() {
            return Some(join_lower(&name)).filter(|n| n.chars().count() >= 3);
        }
        if name.len() == 3 {
            break;
        }
    }
    None
}

fn join_lower(words: &[&str]) -> String {
    let letters = |w: &&str| w.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect::<String>();
    words.iter().map(letters).collect::<Vec<_>>().join(" ")
}

/// How far (in bytes) a measure's cue may stand from the figure.
const MAX_CUE_DISTANCE: usize = 60;

/// How far (bytes) around a figure its sentence is read for cues, context and who asserts it; far
/// more than `MAX_CUE_DISTANCE` plus the longest cue, and than eight words each side.
const SENTENCE_WINDOW: usize = 400;

/// The char boundary at or before `i`.
fn char_floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The measure of a figure: the knowledge measure whose cue is nearest, else a key from noun and cue.
fn measure_of(
    k: &Knowledge,
    noun: Option<&str>,
    m: &NumberMatch,
    lower: &str,
    rel: std::ops::Range<usize>,
) -> (Option<MeasureKey>, bool) {
    let noun = noun.map(str::to_lowercase);
    let mut best: Option<(usize, usize)> = None; // (distance, measure)
    if let Some(n) = &noun {
        for (mi, measure) in k.measures.iter().enumerate() {
            if !measure.nouns.iter().any(|x| x == n) {
                continue;
            }
            for cue in &measure.cues {
                for (pos, _) in lower.match_indices(cue.as_str()) {
                    let boundary_ok = (pos == 0 || !lower.as_bytes()[pos - 1].is_ascii_alphanumeric())
                        && lower.as_bytes().get(pos + cue.len()).is_none_or(|b| !b.is_ascii_alphanumeric());
                    if !boundary_ok {
                        continue;
                    }
                    let d = if pos + cue.len() <= rel.start {
                        rel.start - (pos + cue.len())
                    } else {
                        pos.saturating_sub(rel.end)
                    };
                    if best.is_none_or(|(bd, _)| d < bd) {
                        best = Some((d, mi));
                    }
                }
            }
        }
    }
    // The cue must be near the figure: a cue at the far end of a long sentence is about something else.
    if let Some((_, mi)) = best.filter(|(d, _)| *d <= MAX_CUE_DISTANCE) {
        return (Some(MeasureKey::Known(k.measures[mi].id.clone())), true);
    }
    let key = match (m.quantity.kind, &m.quantity.unit) {
        (FigureKind::Percent, _) => Some(MeasureKey::Percent(noun.map(|n| singular(&n)))),
        (FigureKind::Money, Some(currency)) => Some(MeasureKey::Money(currency.clone())),
        (FigureKind::Duration, Some(unit)) => Some(MeasureKey::Duration(unit.clone())),
        _ => noun.map(|n| MeasureKey::Count(singular(&n))),
    };
    (key, false)
}

fn singular(w: &str) -> String {
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
        w[..w.len() - 1].to_string()
    } else {
        w.to_string()
    }
}

/// How many words each side of a figure its context is read from.
const CONTEXT_WORDS: usize = 8;

/// The words around a figure in its window of the sentence, `lower` (the window, lowercase, from
/// byte `win_start` of the text): eight each side, as whitespace parts the text. A word is a run of
/// the paragraph's tokens with no space between them ("troops," is one), cut where the window or
/// the figure cuts it.
fn local_window<'l>(para: &[Tok<'_>], lower: &'l str, win_start: usize, fig: Span) -> Vec<&'l str> {
    let win_end = win_start + lower.len();
    let word = |s: usize, e: usize| &lower[s.max(win_start) - win_start..e.min(win_end) - win_start];
    let mut before = Vec::new();
    let mut k = para.partition_point(|t| t.start < fig.start);
    while k > 0 && before.len() < CONTEXT_WORDS {
        let end = para[k - 1].end;
        k -= 1;
        while k > 0 && para[k].glued {
            k -= 1;
        }
        if end <= win_start {
            break;
        }
        before.push(word(para[k].start, end));
    }
    let mut out: Vec<&str> = before.into_iter().rev().collect();
    let mut k = para.partition_point(|t| t.start < fig.end);
    for _ in 0..CONTEXT_WORDS {
        let Some(first) = para.get(k).filter(|t| t.start < win_end) else { break };
        k += 1;
        while para.get(k).is_some_and(|t| t.glued) {
            k += 1;
        }
        out.push(word(first.start, para[k - 1].end));
    }
    out
}

/// Whether a word after a number can be what it counts.
fn is_counted_noun(noun: &str) -> bool {
    let letters: String = noun.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect();
    letters.chars().count() >= 2 && !matches!(letters.as_str(), "am" | "pm")
}

/// Whether a duration is someone's age: "48-year-old", "30 years old", "aged 5 to 14 years",
/// "children younger than 12 years".
fn is_age(text: &str, para: &[Tok<'_>], m: &NumberMatch) -> bool {
    let written = text[m.span.start..m.span.end].to_ascii_lowercase();
    let next = tokens_between(text, para, m.span.end, (m.span.end + 20).min(text.len()));
    if written.ends_with("old") || next.first().is_some_and(|t| t.is_word("old") || t.text.starts_with("-old")) {
        return true;
    }
    let prev = tokens_between(text, para, char_floor(text, m.span.start.saturating_sub(30)), m.span.start);
    let last = |k: usize| prev.len().checked_sub(k).and_then(|i| prev.get(i));
    last(1).is_some_and(|t| t.is_word("aged") || t.is_word("age") || t.is_word("ages"))
        || last(1).is_some_and(|t| t.is_word("than"))
            && last(2).is_some_and(|t| t.is_word("younger") || t.is_word("older"))
}

/// How far (in bytes) to look for a figure's neighbouring tokens.
const NEIGHBOUR_BYTES: usize = 200;
/// How many neighbouring tokens a figure keeps on each side.
const NEIGHBOURS: usize = 8;

/// The tokens of `text[start..end]`, lowercase, nearest to the figure first: two reports of one
/// figure often share the words around it ("… 390 people survived the winter").
fn neighbours(text: &str, para: &[Tok<'_>], start: usize, end: usize, reverse: bool) -> Vec<String> {
    let toks = tokens_between(text, para, start, end);
    let words = toks.iter().map(|t| t.lower().into_owned());
    if reverse {
        let v: Vec<String> = words.collect();
        v.into_iter().rev().take(NEIGHBOURS).collect()
    } else {
        words.take(NEIGHBOURS).collect()
    }
}

/// The content words of the words around a figure: letters only, a plural's "s" taken off.
fn context_words(words: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = words
        .iter()
        .flat_map(|w| w.split(|c: char| !c.is_alphabetic()))
        .filter(|w| is_content_word(w))
        .map(|w| w.strip_suffix('s').filter(|s| s.len() >= 3).unwrap_or(w).to_string())
        .collect();
    v.sort();
    v.dedup();
    v
}

/// Who asserts a figure: the speaker of the quote it stands in, else the subject of a verb of saying
/// before it in the sentence ("The ministry said that the floods have displaced …").
fn asserted_by(
    text: &str,
    para: &[Tok<'_>],
    sentence: Span,
    fig: Span,
    quotes: &[Quote],
    people: &[PersonMention],
) -> Option<String> {
    if let Some(q) = quote_at(quotes, fig) {
        if let Some(s) = &q.speaker {
            return Some(s.name.clone());
        }
    }
    let from = char_floor(text, fig.start.saturating_sub(SENTENCE_WINDOW).max(sentence.start));
    let toks = tokens_between(text, para, from, fig.start.max(from));
    let v = toks.iter().rposition(|t| {
        let w = t.lower();
        matches!(
            w.as_ref(),
            "said" | "says" | "claimed" | "claims" | "reported" | "estimated" | "estimates" | "according"
        )
    })?;
    if toks[v].is_word("according") {
        let after = Span::new(toks[v].end, fig.start);
        let i = people.partition_point(|m| m.span.start < after.start);
        return people.get(i).filter(|m| after.contains(m.span)).map(|m| m.full.clone());
    }
    let before = Span::new(sentence.start, toks[v].start);
    let i = people.partition_point(|m| m.span.start < before.start);
    if let Some(m) = people.get(i).filter(|m| before.contains(m.span)) {
        return Some(m.full.clone());
    }
    let j = v.checked_sub(1)?;
    (toks[j].is_capitalised()).then(|| toks[j].text.to_string())
}

/// The quote overlapping a span (quotes are in text order), by binary search.
fn quote_at(quotes: &[Quote], span: Span) -> Option<&Quote> {
    let i = quotes.partition_point(|q| q.span.end <= span.start);
    quotes.get(i).filter(|q| q.span.overlaps(span))
}

#[cfg(test)]
pub(crate) mod tests {
    use crate::claim::{Figure, MeasureKey};

    /// The text a sentence is read in (a heading, then the sentence), and the figures read from it.
    pub(crate) fn read(sentence: &str) -> (String, Vec<Figure>) {
        let text = format!("News\n\n{sentence}\n");
        let mut d = crate::Document::new("t.txt", &text);
        let figures = crate::extract::extract(&mut d, &crate::Engine::builtin().knowledge).figures;
        (text, figures)
    }

    /// (sentence, figure as written, head noun, measure) for the first figure of each sentence.
    #[test]
    fn counted_noun_and_measure() {
        let cases: &[(&str, &str, Option<&str>, Option<&str>)] = &[
            ("Police said 12 people held since the raid were released.", "12", Some("people"), Some("people-arrested")),
            ("The army deployed 60,000 troops near the border.", "60,000", Some("troops"), Some("troops-deployed")),
            (
                "About 300 residents were evacuated from the valley.",
                "About 300",
                Some("residents"),
                Some("people-displaced"),
            ),
            ("The storm killed at least 14 people on Sunday.", "at least 14", Some("people"), Some("conflict-deaths")),
            ("Only 4 soldiers were wounded in the clash.", "4", Some("soldiers"), Some("people-injured")),
            ("She lives at 12127 Indio Avenue with her family.", "12127", None, None),
            ("The 52 delegates voted on a new charter.", "52", Some("delegates"), None),
            // A preposition or adverb of place ends the counted phrase.
            ("The probe passed 97 miles above the ice sheet.", "97", Some("miles"), None),
            ("Airlines cancelled about 1,000 flights ahead of the storm.", "about 1,000", Some("flights"), None),
            ("The van stopped 14 miles away from the harbour.", "14", Some("miles"), None),
            ("Officers answering a 311 call found the dog.", "311", Some("call"), None),
        ];
        for (sentence, written, head, measure) in cases {
            let (text, figures) = read(sentence);
            let f = figures.first().unwrap_or_else(|| panic!("no figure in {sentence:?}"));
            let known = f.measure.as_ref().filter(|m| m.is_known()).map(MeasureKey::to_string);
            let got = (&text[f.span.start..f.span.end], f.noun.as_deref(), known.as_deref());
            assert_eq!(got, (*written, *head, *measure), "\nsentence: {sentence}");
        }
    }

    /// (sentence, whether its first figure is read as an age): an age is kept apart from a span of
    /// time, whether written "48-year-old", "aged 5 to 14 years" or "younger than 12 years".
    #[test]
    fn ages_are_not_spans_of_time() {
        let cases = [
            ("The 48-year-old nurse was treated at the scene.", true),
            ("The study followed children aged 5 to 14 years in three towns.", true),
            ("Deaths among children younger than 12 years were counted.", true),
            ("Residents older than 70 years were moved first.", true),
            ("The nurse worked at the clinic for 12 years before retiring.", false),
            ("The pier was closed for more than 70 years after the storm.", false),
        ];
        for (sentence, age) in cases {
            let (_, figures) = read(sentence);
            let f = figures.first().unwrap_or_else(|| panic!("no figure in {sentence:?}"));
            let got = matches!(f.measure, Some(MeasureKey::Age(_)));
            assert_eq!(got, age, "\nsentence: {sentence}\nmeasure: {:?}", f.measure);
        }
    }

    /// (text, places read) for a sentence: the streaming reader gives what reading each trigger's
    /// next two words gives, repeats included; days and months are not places.
    #[test]
    fn places_of_a_sentence() {
        let cases: &[(&str, &[&str])] = &[
            ("Police said 40 people were arrested in central Lowmoor on Friday.", &["lowmoor"]),
            ("Crews worked near Fenbury and around Kestrel Bay.", &["fenbury", "kestrel"]),
            ("The toll rose in March and again on Tuesday.", &[]),
            ("Aid arrived at of Dunmere late.", &["dunmere", "dunmere"]),
            ("It happened in a town.", &[]),
            ("Residents of Oskaval, near Tarrow, waited.", &["oskaval", "tarrow"]),
            ("Flights were cut ahead of the Easter holiday in Fenbury.", &["fenbury"]),
            ("The fate of Dunmerian refugees in Kestrel was unclear.", &["kestrel"]),
        ];
        for (text, want) in cases {
            assert_eq!(super::places(text), want.to_vec(), "{text}");
        }
    }

    /// (first paragraph, dateline place).
    #[test]
    fn dateline_places() {
        let cases: &[(&str, Option<&str>)] = &[
            ("LOWMOOR (Wire) - Rescue teams worked through the night.", Some("lowmoor")),
            ("NEW HARBOUR, Fenland (Wire) \u{2014} Crews arrived.", Some("new harbour")),
            ("KESTREL BAY \u{2014} The council met.", Some("kestrel bay")),
            ("US officials said on Monday that talks would resume.", None),
            ("The council met on Monday.", None),
            ("NO (Wire) - too short a name.", None),
        ];
        for (para, want) in cases {
            assert_eq!(super::dateline_place(para).as_deref(), *want, "{para}");
        }
    }

    #[test]
    fn document_places_come_from_dateline_title_and_text() {
        let e = crate::Engine::builtin();
        let text = "# Floods\n\nLOWMOOR (Wire) - Crews worked on Monday.\n\nRoads near Fenbury were shut.\n";
        let mut d = crate::Document::new("t.md", text);
        d.title = Some("Floods in Dunmere: latest".into());
        let ex = crate::extract::extract(&mut d, &e.knowledge);
        assert_eq!(ex.places, ["dunmere", "fenbury", "lowmoor"]);
    }
}
