//! Person mentions: names with their titles, resolved within the document and against the registry.
//!
//! A run of capitalised words is a person when something says so: the names registry, a title before
//! it ("Kremlin spokesman"), a verb of saying beside it ("Malory said"), or an earlier full name whose
//! surname it repeats. Glued and split copy is read too: "Marshsaid" is Marsh, "P etrov" is Petrov
//! when the corpus or the registry knows a Petrov.

use crate::claim::{NameStatus, PersonMention};
use crate::document::Span;
use crate::knowledge::{Knowledge, Spelling};
use crate::lexicon::speech::{is_frame_verb, is_say_verb};
use crate::lexicon::titles::PARTICLES;
use crate::text::names::{fold, given_name, near_miss, surname, weighted_distance_within};
use crate::text::token::{Tok, TokKind};
use crate::text::Layout;

fn is_name_word(t: &Tok<'_>, k: &Knowledge) -> bool {
    t.kind == TokKind::Word
        && t.text.chars().next().is_some_and(char::is_uppercase)
        && t.text.chars().any(char::is_lowercase)
        && !k.not_names.contains(strip_possessive(t.text))
        && !k.is_title_word(strip_possessive(t.text))
}

fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s")).unwrap_or(w)
}

/// A glued verb of saying: "Marshsaid" → ("Marsh", "said").
fn split_glued_verb(w: &str) -> Option<(&str, &str)> {
    for v in ["said", "says", "told", "added"] {
        if let Some(stem) = w.strip_suffix(v) {
            if stem.chars().count() >= 4 && stem.chars().last().is_some_and(char::is_lowercase) {
                return Some((stem, v));
            }
        }
    }
    None
}

/// A raw candidate before resolution.
struct Candidate {
    span: Span,
    written: String,
    role: Option<(String, Span)>,
    speaks: bool,
    titled: bool,
    words: usize,
}

/// Finds the person mentions of one document.
pub(crate) fn find_people(
    text: &str,
    layout: &Layout,
    para_toks: &[Vec<Tok<'_>>],
    k: &Knowledge,
) -> (Vec<PersonMention>, Vec<Span>) {
    let mut cands: Vec<Candidate> = Vec::new();
    let mut names = Vec::new();
    for (p, toks) in layout.paragraphs.iter().zip(para_toks).filter(|(p, _)| !p.furniture) {
        proper_nouns(toks, &p.sentences, &mut names);
        let mut i = 0;
        while i < toks.len() {
            let t = &toks[i];
            // Split copy: "L avrov".
            if t.kind == TokKind::Word
                && t.text.chars().count() == 1
                && t.text.chars().all(char::is_uppercase)
                && toks.get(i + 1).is_none_or(|n| n.text != ".")
            {
                if let Some(n) = toks.get(i + 1).filter(|n| {
                    n.kind == TokKind::Word
                        && n.text.chars().next().is_some_and(char::is_lowercase)
                        && n.text.len() >= 3
                }) {
                    let joined = format!("{}{}", t.text, n.text);
                    if k.by_surname.contains_key(&fold(&joined)) {
                        let speaks = near_say(toks, i, i + 2);
                        cands.push(Candidate {
                            span: Span::new(t.start, n.end),
                            written: joined,
                            role: None,
                            speaks,
                            titled: false,
                            words: 1,
                        });
                        i += 2;
                        continue;
                    }
                }
            }
            if !is_name_word(t, k) {
                i += 1;
                continue;
            }
            // A run of name words, with particles and initials inside.
            let mut j = i;
            let mut words = Vec::new();
            while j < toks.len() {
                let u = &toks[j];
                if is_name_word(u, k) && (j == i || !u.glued || toks[j - 1].text == "-") {
                    words.push(j);
                    j += 1;
                    if strip_possessive(u.text) != u.text || split_glued_verb(u.text).is_some() {
                        break;
                    }
                } else if j > i
                    && u.kind == TokKind::Word
                    && PARTICLES.contains(&u.text)
                    && toks.get(j + 1).is_some_and(|n| is_name_word(n, k))
                {
                    j += 1;
                } else if j > i
                    && u.kind == TokKind::Word
                    && u.text.chars().count() == 1
                    && u.text.chars().all(char::is_uppercase)
                    && toks.get(j + 1).is_some_and(|n| n.text == "." && n.glued)
                    && toks.get(j + 2).is_some_and(|n| is_name_word(n, k))
                {
                    j += 2; // middle initial
                } else {
                    break;
                }
            }
            if words.len() > 4 {
                i = j;
                continue;
            }
            let first = &toks[i];
            let last = &toks[*words.last().unwrap_or(&i)];
            let mut end = last.end;
            let mut speaks = false;
            let mut last_text = strip_possessive(last.text);
            if last_text.len() < last.text.len() {
                end = last.start + last_text.len();
            }
            if let Some((stem, _)) = split_glued_verb(last_text) {
                last_text = stem;
                end = last.start + stem.len();
                speaks = true;
            }
            let written = if words.len() == 1 {
                last_text.to_string()
            } else {
                let mut s = text[first.start..last.start].to_string();
                s.push_str(last_text);
                s.split_whitespace().collect::<Vec<_>>().join(" ")
            };
            let role = title_before(text, toks, i, k);
            speaks = speaks || near_say(toks, i, j);
            let titled = role.is_some();
            cands.push(Candidate {
                span: Span::new(first.start, end),
                written,
                role,
                speaks,
                titled,
                words: words.len(),
            });
            i = j.max(i + 1);
        }
    }
    (resolve_in_document(cands, k), names)
}

/// Capitalised words inside sentences (not their first word): the corpus's own spelling dictionary
/// of proper nouns, for spotting a one-off slip ("Kenendy" where every other mention says "Kennedy").
fn proper_nouns(toks: &[Tok<'_>], sentences: &[Span], out: &mut Vec<Span>) {
    for (i, t) in toks.iter().enumerate() {
        if t.kind != TokKind::Word || !t.is_capitalised() || i == 0 {
            continue;
        }
        let word = strip_possessive(t.text);
        if word.chars().count() < 5
            || !word.chars().all(char::is_alphabetic)
            || !word.chars().skip(1).any(char::is_lowercase)
        {
            continue;
        }
        // The first word of a sentence (or of a quote opening one) is capitalised anyway.
        let prev = &toks[i - 1];
        let starts_sentence = sentences.iter().any(|s| s.start == t.start)
            || matches!(prev.text, "." | "!" | "?" | ":" | "\"" | "\u{201c}" | "\u{2018}" | "\u{2014}" | "-");
        if !starts_sentence {
            out.push(Span::new(t.start, t.start + word.len()));
        }
    }
}

/// Whether a verb of saying stands right before or after the token range.
fn near_say(toks: &[Tok<'_>], s: usize, e: usize) -> bool {
    // A verb is lowercase: "the United States" is not "United states".
    let after = toks.get(e).filter(|t| !t.is_capitalised()).is_some_and(|t| is_frame_verb(t.text));
    let before = s > 0 && toks.get(s - 1).map(|t| t.lower()).is_some_and(|w| is_say_verb(&w) && w != "according");
    let glued = toks.get(s).is_some_and(|t| split_glued_verb(t.text).is_some());
    after || before || glued
}

/// The title written before a name: "US Secretary of State", "Kremlin spokesman", "General".
fn title_before(text: &str, toks: &[Tok<'_>], i: usize, k: &Knowledge) -> Option<(String, Span)> {
    let mut j = i;
    let mut has_title_word = false;
    let mut start: Option<usize> = None;
    let mut crossed_comma = false;
    while j > 0 {
        let t = &toks[j - 1];
        let lw = strip_possessive(&t.lower()).to_string();
        let title_word = k.is_title_word(strip_possessive(t.text));
        let title_like = t.kind == TokKind::Word
            && (title_word
                || k.not_names.contains(strip_possessive(t.text))
                || t.text.chars().all(|c| c.is_uppercase() || c == '.') && t.text.len() >= 2);
        if title_like {
            has_title_word |= title_word;
            start = Some(j - 1);
            j -= 1;
            continue;
        }
        if t.kind == TokKind::Word && matches!(lw.as_str(), "of" | "the" | "and" | "for") && start.is_some() {
            j -= 1;
            continue;
        }
        if t.text == "." && t.glued && j >= 2 && toks[j - 2].kind == TokKind::Word {
            // "Gen." / "U.S."
            j -= 1;
            continue;
        }
        if t.text == ","
            && !crossed_comma
            && start.is_none()
            && j >= 2
            && toks[j - 2].kind == TokKind::Word
            && k.is_title_word(toks[j - 2].text)
        {
            // Appositive: "the country's top commander, Oleh Kharchenko".
            crossed_comma = true;
            j -= 1;
            continue;
        }
        break;
    }
    let s = start?;
    if !has_title_word {
        return None;
    }
    // Trim leading connectors.
    let mut s = s;
    while s < i && matches!(toks[s].lower().as_ref(), "of" | "the" | "and" | "for") {
        s += 1;
    }
    let mut e = i - 1;
    while e > s && (toks[e].text == "," || matches!(toks[e].lower().as_ref(), "of" | "the" | "and")) {
        e -= 1;
    }
    let span = Span::new(toks[s].start, toks[e].end);
    Some((text[span.start..span.end].to_string(), span))
}

/// Resolves surnames to the document's full names, then every mention against the registry.
fn resolve_in_document(cands: Vec<Candidate>, k: &Knowledge) -> Vec<PersonMention> {
    // Full names in the document, by folded surname.
    let mut full_names: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    for c in cands.iter().filter(|c| c.words >= 2) {
        if let Some(s) = surname(&c.written) {
            full_names.entry(fold(s)).or_insert_with(|| c.written.clone());
        }
    }
    let mut out = Vec::new();
    // One registry look-up per distinct name: an article names the same people again and again.
    let mut memo: std::collections::HashMap<String, Option<(usize, NameStatus)>> = std::collections::HashMap::new();
    let mut lookup =
        |name: &str| memo.entry(name.to_string()).or_insert_with(|| k.lookups.get_or(name, || lookup(name, k))).clone();
    for c in cands {
        let folded_written = fold(&c.written);
        let full = if c.words >= 2 {
            c.written.clone()
        } else {
            // The document's first full name with this surname.
            full_names.get(&folded_written).cloned().unwrap_or_else(|| c.written.clone())
        };
        let mut registry = lookup(&full);
        // A surname alone is spelled as written: "Marsh" after "Hellen Marsh" is spelled right,
        // "Mash" after "Hellen Mash" is not.
        if c.words == 1 && full != c.written {
            if let (Some((i, _)), Some((j, own))) = (&registry, lookup(&c.written)) {
                if *i == j {
                    registry = Some((j, own));
                }
            }
        }
        let known_surname = c.words >= 2 || full != c.written;
        let accepted = registry.is_some() || known_surname || c.titled || c.speaks;
        if !accepted {
            continue;
        }
        // Single capitalised words that resolve nowhere and carry no evidence are not people, and a
        // common noun that speaks ("Officials said") is a body, not a person.
        if c.words == 1
            && registry.is_none()
            && full == c.written
            && (!c.titled && !c.speaks || k.is_body_noun(&c.written))
        {
            continue;
        }
        let (registry, status) = match registry {
            Some((i, s)) => (Some(i), s),
            None => (None, NameStatus::Unknown),
        };
        let full = match registry {
            Some(i) if status != NameStatus::Unknown => k.people[i].canonical.clone(),
            _ => full,
        };
        out.push(PersonMention {
            span: c.span,
            written: c.written,
            role: c.role.as_ref().map(|r| r.0.clone()),
            role_span: c.role.map(|r| r.1),
            full,
            registry,
            status,
            speaks: c.speaks,
        });
    }
    out
}

/// Looks a name up in the registry: exact, by surname, then by near miss.
pub(crate) fn lookup(name: &str, k: &Knowledge) -> Option<(usize, NameStatus)> {
    if k.people.is_empty() {
        return None;
    }
    let folded = fold(name);
    if let Some(&(i, how)) = k.by_full_name.get(&folded) {
        let status = match how {
            // Folding meets transliterations on one key; only the canonical string itself is canonical.
            Spelling::Canonical if name != k.people[i].canonical => NameStatus::Variant,
            Spelling::Canonical => NameStatus::Canonical,
            Spelling::Variant => NameStatus::Variant,
            Spelling::Misspelling => NameStatus::Misspelled,
        };
        return Some((i, status));
    }
    let sur = fold(surname(name)?);
    let given = given_name(name).map(fold);
    let spellings = |i: usize| -> Vec<String> {
        let p = &k.people[i];
        std::iter::once(&p.canonical).chain(p.variants.iter()).cloned().collect()
    };
    if let Some(cands) = k.by_surname.get(&sur) {
        for &i in cands {
            let Some(g) = &given else {
                // Surname alone: canonical when it is the canonical surname.
                let canon_sur = surname(&k.people[i].canonical).map(fold);
                let status = if canon_sur.as_deref() == Some(sur.as_str()) && cands.len() == 1 {
                    NameStatus::Canonical
                } else {
                    NameStatus::Variant
                };
                if cands.len() == 1 {
                    return Some((i, status));
                }
                continue;
            };
            for s in spellings(i) {
                let Some(sg) = given_name(&s).map(fold) else { continue };
                if sg == *g {
                    return Some((i, NameStatus::Variant));
                }
            }
            for s in spellings(i) {
                let Some(sg) = given_name(&s).map(fold) else { continue };
                if near_miss(&sg, g) && sg.chars().next() == g.chars().next() {
                    return Some((i, NameStatus::Misspelled));
                }
            }
        }
        return None; // same surname, a different person ("Tobias Prewitt" beside a known Ansel Prewitt)
    }
    // Near misses of registry surnames, closest first. A slip must be small for the name's length:
    // a vowel slip ("Malery" for Mallory's kin "Malory") at any length, a consonant slip ("Hollins" for
    // Hollis) from six letters, two slips from eight. "John Kelly" is not "John Kelso".
    let mut best: Option<(f64, usize)> = None;
    let sur_len = sur.chars().count();
    let sur_chars: Vec<char> = sur.chars().collect();
    for (rs, people) in &k.by_surname {
        // Two slips at most: a length difference of three or more is never a near miss.
        if rs.chars().count().abs_diff(sur_len) > 2 {
            continue;
        }
        let cost = weighted_distance_within(&sur_chars, rs, 2.0);
        let len = sur.chars().count().min(rs.chars().count());
        // A surname alone has no given name to confirm it: one more letter of length is needed.
        let len = if given.is_some() { len } else { len.saturating_sub(1) };
        let allowed = if len >= 8 {
            2.0
        } else if len >= 6 {
            1.0
        } else if len >= 4 {
            0.5
        } else {
            0.0
        };
        if cost == 0.0 || cost > allowed {
            continue;
        }
        for &i in people {
            let given_ok = match &given {
                // A given name must match, or be a near miss itself ("Ansell" for Ansel).
                Some(g) => {
                    spellings(i).iter().any(|s| given_name(s).map(fold).is_some_and(|sg| sg == *g || near_miss(&sg, g)))
                }
                // A surname alone must at least start right ("Marrow" is not "Barrow").
                None => sur.chars().next() == rs.chars().next(),
            };
            if given_ok && best.is_none_or(|(c, _)| cost < c) {
                best = Some((cost, i));
            }
        }
    }
    best.map(|(_, i)| (i, NameStatus::Misspelled))
}

#[cfg(test)]
mod tests {
    use crate::Engine;

    fn people(text: &str) -> Vec<(String, String, Option<String>)> {
        let e = Engine::builtin();
        let mut d = crate::Document::new("t.txt", text);
        let ex = crate::extract::extract(&mut d, &e.knowledge);
        ex.people.iter().map(|m| (text[m.span.start..m.span.end].to_string(), m.full.clone(), m.role.clone())).collect()
    }

    #[test]
    fn not_people() {
        for t in ["It was the steady backing of the United States for them.", "Officials said the talks had failed."] {
            assert!(people(t).is_empty(), "{t}: {:?}", people(t));
        }
    }
}
