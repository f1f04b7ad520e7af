//! Speaker phrases: what a frame found standing where a speaker stands, as a [`Speaker`].
//!
//! The frames (`frame.rs`) find where the speaker is; this module reads what is there: a person
//! mention ("said ministry spokesman Ivan Petrov" is Petrov), a pronoun, a body ("the ministry"), or
//! another noun phrase ("one councillor close to the negotiations"), and decides which of those it
//! is ([`SpeakerKind`]) so that no check has to read the speaker's words again. Both read one
//! paragraph through a [`Reading`], which holds what every helper needs (the text, the paragraph's
//! tokens, its person mentions, the knowledge) so that none has to be handed it argument by argument.

use crate::claim::{Found, PersonMention, Speaker, SpeakerKind};
use crate::document::Span;
use crate::knowledge::Knowledge;
use crate::lexicon::speech::{is_not_speaker_word, PRONOUNS, SPEAKER_DETERMINERS};
use crate::text::token::{Tok, TokKind};

/// One paragraph as the frames read it.
pub(super) struct Reading<'a> {
    /// The document's text (spans index it).
    pub(super) text: &'a str,
    /// The paragraph's tokens.
    pub(super) toks: &'a [Tok<'a>],
    /// The paragraph's person mentions, in text order: a slice of the document's, so that a long
    /// document does not make every quote scan all of its people.
    pub(super) people: &'a [PersonMention],
    /// The index of `people[0]` among the document's mentions: a speaker names the document's mention.
    first: usize,
    /// What is known of the world: named institutions are body nouns and title words.
    pub(super) k: &'a Knowledge,
}

impl<'a> Reading<'a> {
    /// The reading of a paragraph spanning `para`, given all of the document's mentions.
    pub(super) fn new(
        text: &'a str,
        toks: &'a [Tok<'a>],
        people: &'a [PersonMention],
        para: Span,
        k: &'a Knowledge,
    ) -> Reading<'a> {
        let lo = people.partition_point(|m| m.span.start < para.start);
        let hi = people.partition_point(|m| m.span.start < para.end);
        Reading { text, toks, people: &people[lo..hi], first: lo, k }
    }

    /// The mentions that can touch the byte range `a..b` (mentions are in text order and short), so a
    /// frame never scans every mention of a long paragraph.
    fn near_range(&self, a: usize, b: usize) -> std::ops::Range<usize> {
        let lo = self.people.partition_point(|m| m.span.end + 4 < a);
        let hi = self.people.partition_point(|m| m.span.start <= b + 4);
        lo..hi.max(lo)
    }

    /// The first mention near `a..b` that satisfies `pred`, as an index into `people`.
    pub(super) fn find_near(&self, a: usize, b: usize, pred: impl Fn(&PersonMention) -> bool) -> Option<usize> {
        let r = self.near_range(a, b);
        self.people[r.clone()].iter().position(pred).map(|i| i + r.start)
    }

    /// The last mention near `a..b` that satisfies `pred`, as an index into `people`.
    pub(super) fn rfind_near(&self, a: usize, b: usize, pred: impl Fn(&PersonMention) -> bool) -> Option<usize> {
        let r = self.near_range(a, b);
        self.people[r.clone()].iter().rposition(pred).map(|i| i + r.start)
    }

    /// The speaker that is the paragraph's mention `idx`.
    pub(super) fn mention(&self, idx: usize) -> Speaker {
        let m = &self.people[idx];
        Speaker {
            span: m.span,
            text: self.text[m.span.start..m.span.end].to_string(),
            name: m.full.clone(),
            person: Some(self.first + idx),
            how: Found::Frame,
            kind: SpeakerKind::Person,
        }
    }

    /// What a speaker that is no person mention is, as written.
    fn kind_of(&self, written: &str) -> SpeakerKind {
        if PRONOUNS.contains(&written.to_lowercase().as_str()) {
            return SpeakerKind::Pronoun;
        }
        let words: Vec<&str> = written.split_whitespace().collect();
        if words.last().is_some_and(|w| self.k.heads_body(w)) {
            SpeakerKind::Body
        } else if self.looks_like_name(&words) {
            SpeakerKind::Name
        } else {
            SpeakerKind::Other
        }
    }

    /// Two or three capitalised words, none a title, body noun, determiner or clause opener: a name
    /// the person reader did not take ("Jordan Ellery", not "the council" or "Council Leader"; but
    /// "Port Authority" too, as "authority" is in no list).
    fn looks_like_name(&self, words: &[&str]) -> bool {
        (2..=3).contains(&words.len())
            && words.iter().all(|w| {
                let lw = w.to_lowercase();
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().skip(1).all(|c| c.is_lowercase() || c == '\'' || c == '-')
                    && !self.k.is_title_word(w)
                    && !self.k.is_body_noun(w)
                    && !is_not_speaker_word(&lw)
                    && !SPEAKER_DETERMINERS.contains(&lw.as_str())
            })
    }

    /// A speaker that is the phrase at `span` itself, resolved to `name` (no person mention).
    fn written(&self, span: Span, name: String, how: Found) -> Speaker {
        let text = self.text[span.start..span.end].to_string();
        Speaker { span, kind: self.kind_of(&text), text, name, person: None, how }
    }

    /// A one-word speaker at `span` that stands for someone named elsewhere ("he", "who"): its name
    /// is the word in lower case until it is resolved. Only the personal pronouns are
    /// [`SpeakerKind::Pronoun`]: salience resolves those, while a "who" is resolved here or not at all.
    pub(super) fn pronoun(&self, span: Span, how: Found) -> Speaker {
        self.written(span, self.text[span.start..span.end].to_lowercase(), how)
    }

    /// A noun phrase of a speaking body or a person, from token `s` to `e` (exclusive).
    pub(super) fn noun_phrase(&self, s: usize, e: usize) -> Option<Speaker> {
        let toks = self.toks;
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
        if let Some(idx) = self.rfind_near(span.start, span.end, |m| span.overlaps(m.span)) {
            return Some(self.mention(idx));
        }
        let words: Vec<String> = toks[s..e].iter().map(|t| t.lower().into_owned()).collect();
        if words.len() == 1 && PRONOUNS.contains(&words[0].as_str()) {
            return Some(self.pronoun(span, Found::Frame));
        }
        let head_ok = self.k.is_body_noun(toks[e - 1].text) || toks[e - 1].is_capitalised();
        if !head_ok {
            return None;
        }
        let phrase = &self.text[span.start..span.end];
        let name = phrase.trim_start_matches(|c: char| c.is_whitespace()).to_string();
        let name = ["the ", "The ", "a ", "A ", "an ", "An "]
            .iter()
            .fold(name, |n, d| n.strip_prefix(d).map(str::to_string).unwrap_or(n));
        Some(self.written(span, name, Found::Frame))
    }

    /// Whether a token can be part of a speaker phrase.
    fn np_word(&self, t: &Tok<'_>) -> bool {
        if t.kind != TokKind::Word {
            return false;
        }
        let w = t.lower();
        t.is_capitalised()
            || self.k.is_title_word(t.text)
            || self.k.is_body_noun(t.text)
            || PRONOUNS.contains(&w.as_ref())
            || matches!(w.as_ref(), "the" | "a" | "an" | "senior" | "top" | "former" | "his" | "her" | "their" | "its")
            || t.text.chars().all(|c| c.is_uppercase() || c == '.')
    }

    /// Whether a token can open a speaker phrase.
    pub(super) fn np_start(&self, t: &Tok<'_>) -> bool {
        self.np_word(t) || t.kind == TokKind::Word && SPEAKER_DETERMINERS.contains(&t.lower().as_ref())
    }

    /// The end of a speaker phrase starting at `s`: phrase words, with "of"/"and" inside
    /// ("US Secretary of Labor Jane Hale") and dotted abbreviations ("U.S.").
    pub(super) fn np_end(&self, s: usize) -> usize {
        let toks = self.toks;
        let mut e = s;
        while e < toks.len() && e - s < 12 {
            let t = &toks[e];
            let connector = e > s
                && (t.is_word("of") || t.is_word("and"))
                && toks.get(e + 1).is_some_and(|n| n.is_capitalised() || self.k.is_title_word(n.text));
            if self.np_word(t) || t.text == "." && t.glued && e > s || connector {
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

    /// The person mention that a phrase from token `s` to `e` names: the last one before the phrase's
    /// first comma or parenthesis ("Senator Marta L. Quillfeather, Independent of Dunmere," → Quillfeather).
    pub(super) fn head_person(&self, s: usize, e: usize) -> Option<usize> {
        let toks = self.toks;
        let cut = (s..e).find(|&j| matches!(toks[j].text, "," | "(" | "\u{2014}" | "\u{2013}")).unwrap_or(e);
        if cut == s {
            return None;
        }
        let span = Span::new(toks[s].start, toks[cut - 1].end);
        self.rfind_near(span.start, span.end, |m| {
            span.contains(m.span) || span.overlaps(m.span) && m.span.start >= span.start
        })
    }

    /// A speaker phrase from token `s` to `e`: its person if it names one, else the phrase up to its
    /// first comma, when it opens like a noun phrase ("one councillor close to the negotiations").
    pub(super) fn phrase(&self, s: usize, e: usize) -> Option<Speaker> {
        let toks = self.toks;
        if s >= e {
            return None;
        }
        if let Some(idx) = self.head_person(s, e) {
            return Some(self.mention(idx));
        }
        if !self.np_start(&toks[s]) {
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
            return Some(self.pronoun(Span::new(toks[s].start, toks[s].end), Found::Frame));
        }
        // A lone determiner is no speaker ("the", "his").
        if words.len() == 1 && SPEAKER_DETERMINERS.contains(&words[0].as_str()) && words[0] != "one" {
            return None;
        }
        self.noun_phrase(s, cut).or_else(|| {
            let span = Span::new(toks[s].start, toks[cut - 1].end);
            Some(self.written(span, self.text[span.start..span.end].to_string(), Found::Frame))
        })
    }
}

/// Whether token `i` ends a sentence: `.`, `?`, `!` or `;`, but not the dot of "Mr.", "Sen." or an initial.
pub(super) fn ends_sentence(toks: &[Tok<'_>], i: usize) -> bool {
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

#[cfg(test)]
mod tests {
    use crate::claim::SpeakerKind;

    /// The speakers of a one-paragraph body: (as written, kind, resolved to a person).
    fn kinds(body: &str) -> Vec<(String, SpeakerKind, bool)> {
        let e = crate::Engine::builtin();
        let text = format!("Council vote delayed again\n\n{body}\n");
        let mut d = crate::Document::new("t.txt", &text);
        let ex = crate::extract::extract(&mut d, &e.knowledge);
        ex.quotes
            .iter()
            .filter_map(|q| q.speaker.as_ref())
            .map(|s| (s.text.clone(), s.kind, s.person.is_some()))
            .collect()
    }

    #[test]
    fn kind_table() {
        use SpeakerKind::*;
        // (body, speaker as written, kind, resolved to a person)
        let cases: &[(&str, &str, SpeakerKind, bool)] = &[
            ("\"We will win,\" Rowan Pike said.", "Rowan Pike", Person, true),
            ("\"We will win,\" said ministry spokesman Ivan Petrov.", "Ivan Petrov", Person, true),
            // A pronoun stays one when it resolves: the checks trust it less than a written name.
            ("Rowan Pike met the council. \"We will win,\" he said.", "he", Pronoun, true),
            ("\"We will win,\" they said.", "they", Pronoun, false),
            ("\"We will win,\" the ministry said.", "the ministry", Body, false),
            ("\"We will win,\" the Kremlin said.", "the Kremlin", Body, false),
            ("\"We will win,\" said the European Union.", "the European Union", Body, false),
            ("\"We will win,\" Judicial Watch said.", "Judicial Watch", Name, false),
            ("\"We will win,\" said a senior official.", "a senior official", Other, false),
            ("\"We will win,\" the banner read.", "the banner", Other, false),
            ("\"We will win,\" the statement said.", "the statement", Other, false),
        ];
        for (body, written, kind, person) in cases {
            let got = kinds(body);
            assert!(
                got.iter().any(|(t, k, p)| t == written && k == kind && p == person),
                "\nbody: {body}\nwant: {written:?} {kind:?} person={person}\ngot:  {got:?}"
            );
        }
    }

    /// The speaker of the first quote of a one-paragraph body: (as written, resolved name).
    fn speaker(body: &str) -> Option<(String, String)> {
        let e = crate::Engine::builtin();
        let text = format!("Council vote delayed again\n\n{body}\n");
        let mut d = crate::Document::new("t.txt", &text);
        let ex = crate::extract::extract(&mut d, &e.knowledge);
        ex.quotes.first()?.speaker.as_ref().map(|s| (s.text.clone(), s.name.clone()))
    }

    #[test]
    fn institutions_are_read_as_written() {
        // A named institution is a body noun in any case but an acronym's ("nato" is no NATO), so a
        // lowercase "pentagon" reads as "Pentagon" does.
        let cases: &[(&str, Option<(&str, &str)>)] = &[
            ("\"We will win\" \u{2015} pentagon", Some(("pentagon", "US Department of Defense"))),
            ("\"We will win\" \u{2015} Pentagon", Some(("Pentagon", "US Department of Defense"))),
            (
                "A spokesman for the kremlin said: \"We will win.\"",
                Some(("the kremlin", "Office of the President of Russia")),
            ),
            (
                "\"We will win,\" said the head of the pentagon.",
                Some(("the head of the pentagon", "head of the pentagon")),
            ),
            ("\"We will win,\" nato said.", None),
        ];
        for (body, want) in cases {
            let got = speaker(body);
            let got = got.as_ref().map(|(t, n)| (t.as_str(), n.as_str()));
            assert_eq!(got, *want, "{body}");
        }
    }
}
