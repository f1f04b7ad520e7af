//! What a speaker written short stands for, read across the whole document: the person a pronoun
//! or a title alone refers to, the speaker of the same words quoted elsewhere, and the fuller name
//! of a body the article later calls "the authority".
//!
//! The frames read one paragraph; these need the paragraphs before (and, for bodies, after), so
//! they run as the document is read ([`Salience`], [`resolve`]) or once it has been
//! ([`same_words`], [`name_bodies`]).

use crate::claim::{Found, PersonMention, Quote, Speaker, SpeakerKind};
use crate::document::Span;
use crate::knowledge::Knowledge;
use crate::lexicon::titles::is_title_word;
use crate::text::token::lower;
use crate::text::{Layout, Paragraph};

/// Who a pronoun can stand for: the people in subject or speaker position so far, as (offset,
/// mention index) sorted by offset.
#[derive(Default)]
pub(super) struct Salience(Vec<(usize, usize)>);

impl Salience {
    /// Notes the sentence subjects of a paragraph: the first person mention near the start of each
    /// sentence.
    pub(super) fn note_subjects(&mut self, text: &str, p: &Paragraph, people: &[PersonMention]) {
        let hi = people.partition_point(|m| m.span.start < p.span.end);
        for s in &p.sentences {
            let first = people.partition_point(|m| m.span.start < s.start);
            if first < hi && people[first].span.end <= s.end {
                let toks_before = text[s.start..people[first].span.start].split_whitespace().count();
                if toks_before <= 6 {
                    self.push(people[first].span.start, first);
                }
            }
        }
    }

    /// Notes a person who spoke, at `at`.
    pub(super) fn note_speaker(&mut self, at: usize, person: usize) {
        self.push(at, person);
    }

    /// Inserts in offset order (events arrive almost in order, so this is cheap).
    fn push(&mut self, at: usize, person: usize) {
        let i = self.0.partition_point(|x| x.0 <= at);
        self.0.insert(i, (at, person));
    }

    /// The last salient person before `at`.
    fn last_before(&self, at: usize) -> Option<usize> {
        let before = self.0.partition_point(|(o, _)| *o < at);
        before.checked_sub(1).and_then(|i| self.0.get(i)).map(|&(_, idx)| idx)
    }
}

/// Resolves a speaker that names nobody yet: "he" or "she" to the last salient person, "the
/// president" to the last person titled so.
pub(super) fn resolve(sp: &mut Speaker, salience: &Salience, people: &[PersonMention]) {
    if sp.person.is_some() {
        return;
    }
    let idx = if sp.kind == SpeakerKind::Pronoun && matches!(sp.text.to_lowercase().as_str(), "he" | "she") {
        salience.last_before(sp.span.start)
    } else {
        titled_before(people, &sp.text, sp.span.start)
    };
    if let Some(idx) = idx {
        sp.person = Some(idx);
        sp.name = people[idx].full.clone();
    }
}

/// The person an article later calls by their title alone: "the president" is the last person
/// before `at` whose title ends in "President" ("President Jane Hale", "Company President Jo Marsh").
fn titled_before(people: &[PersonMention], written: &str, at: usize) -> Option<usize> {
    let head = written.trim().strip_prefix("the ").or_else(|| written.trim().strip_prefix("The "))?;
    // The lexicon's titles, not the knowledge's: an institution heads titles ("Kremlin spokesman")
    // but nobody is called by it alone, so "the Kremlin" stays the body even after a "Chief of the
    // Kremlin Ivan Petrov".
    if head.contains(' ') || !is_title_word(&lower(head)) {
        return None;
    }
    let before = people.partition_point(|m| m.span.start < at);
    people[..before].iter().rposition(|m| {
        m.role.as_deref().and_then(|r| r.split_whitespace().last()).is_some_and(|w| w.eq_ignore_ascii_case(head))
    })
}

/// Unattributed quotes take the speaker of the same words elsewhere in the document, when a person
/// said them there.
pub(super) fn same_words(text: &str, quotes: &mut [Quote]) {
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
}

/// Lowercase letters and digits only, for comparing quotes.
fn quote_key(q: &str) -> String {
    q.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Bodies: "the port authority" is the fuller body the article names ("The Kestrel Bay Port
/// Authority"), "the adviser" the one it introduced ("An adviser to the president"); a body the
/// registry knows takes its canonical name.
pub(super) fn name_bodies(text: &str, layout: &Layout, k: &Knowledge, quotes: &mut [Quote]) {
    for q in quotes {
        let Some(sp) = &mut q.speaker else { continue };
        if sp.person.is_some() || sp.kind == SpeakerKind::Pronoun {
            continue;
        }
        if let Some(full) = fuller_body(text, layout, sp) {
            sp.name = full;
        }
        if let Some(c) = k.body_named(&sp.name) {
            sp.name = c.to_string();
        }
    }
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
            if let Some(name) = fuller_at(text, p.span, pos, end) {
                return Some(name);
            }
        }
    }
    None
}

/// The fuller name around an occurrence `pos..end` of a body's head word in the paragraph `para`:
/// the capitalised modifiers before it ("Kestrel Bay Port Authority", not the sentence's "The"), or
/// the phrase an "a"/"an" before it introduces ("An adviser to Mayor Jane Doe").
fn fuller_at(text: &str, para: Span, pos: usize, end: usize) -> Option<String> {
    let p = &text[para.start..para.end];
    let before: Vec<&str> = p[..pos].split_whitespace().rev().take(3).collect();
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
        words.push(&p[pos..end]);
        return Some(words.join(" "));
    }
    if before.first().is_some_and(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an")) {
        return introduced(text, para.start + end, &p[pos..end]);
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

#[cfg(test)]
mod tests {
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
    fn an_institution_alone_is_no_title() {
        // Guardrail: "Kremlin" heads a title, but "the Kremlin" is the body, not the person titled so.
        let e = crate::Engine::builtin();
        let text = "Council vote delayed\n\nChief of the Kremlin Ivan Petrov met reporters.\n\n\
                    \"We will win,\" the Kremlin said.\n";
        let mut d = crate::Document::new("t.txt", text);
        let ex = crate::extract::extract(&mut d, &e.knowledge);
        let sp = ex.quotes[0].speaker.as_ref().expect("a speaker");
        assert_eq!((sp.person, sp.name.as_str()), (None, "Office of the President of Russia"));
    }
}
