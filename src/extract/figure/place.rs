//! The places a sentence and a document name: capitalised words after "in", "of", "near"... and a
//! dateline's place ("LOWMOOR (Agency) —"). Two reports that name places but none in common are
//! about different stories.

use crate::lexicon::calendar::is_calendar_word;
use crate::lexicon::figures::PLACE_TRIGGERS;
use crate::text::Layout;

/// The places a sentence names, from its words as whitespace parts them ("Tarrow," is one):
/// capitalised words right after "in", "of", "around", "near", "across" or "at" (one lowercase
/// word may stand between: "in central Lowmoor").
pub(super) fn places_of<'w>(words: impl Iterator<Item = &'w str>) -> Vec<String> {
    let mut out = Vec::new();
    places_into(words, &mut out);
    out
}

/// [`places_of`], appended to `out`, reading the words once (a paragraph may be megabytes long).
fn places_into<'w>(words: impl Iterator<Item = &'w str>, out: &mut Vec<String>) {
    let trigger = |w: &str| PLACE_TRIGGERS.contains(&w);
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    // The two words before the current one.
    let (mut prev2, mut prev1): (Option<&str>, Option<&str>) = (None, None);
    for w in words {
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
/// ("LOWMOOR (Agency) —"), and every place its title and paragraphs name as [`places_of`] reads
/// them. Two reports that name places but none in common are about different stories.
///
/// The paragraphs are split at whitespace here, not read from their tokens: the title has none,
/// and a paragraph's words are read once, in one pass either way.
pub(crate) fn document_places(text: &str, layout: &Layout, title: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(t) = title {
        places_into(t.split_whitespace(), &mut out);
    }
    for (i, p) in layout.content().enumerate() {
        let para = &text[p.span.start..p.span.end];
        if i < 3 {
            out.extend(dateline_place(para));
        }
        places_into(para.split_whitespace(), &mut out);
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

#[cfg(test)]
mod tests {
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
            assert_eq!(super::places_of(text.split_whitespace()), want.to_vec(), "{text}");
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
