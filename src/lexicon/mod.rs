//! The English lexicon: every word list the readers and checks use, each defined once.
//!
//! These are facts of the language, not of the world: verbs of saying, words of titles, function
//! words, the calendar. What the tool knows about the world (people, offices, named institutions,
//! currencies, places) is data under `rules/knowledge/`. A list used for several purposes is
//! defined once and composed into the sets that need it; the tests below reject a word repeated in
//! a list and a word listed twice in the parts of one set.

pub(crate) mod bodies;
pub(crate) mod calendar;
pub(crate) mod figures;
pub(crate) mod numerals;
pub(crate) mod quotes;
pub(crate) mod speech;
pub(crate) mod titles;

use crate::text::fnv::{FnvMap, FnvSet};
use std::sync::LazyLock;

/// A set of words built from lists on first use.
pub(crate) struct Words(LazyLock<FnvSet<&'static str>>);

impl Words {
    /// The set that `build` makes.
    pub(crate) const fn new(build: fn() -> FnvSet<&'static str>) -> Words {
        Words(LazyLock::new(build))
    }

    /// Whether `w` is in the set.
    pub(crate) fn contains(&self, w: &str) -> bool {
        self.0.contains(w)
    }
}

/// A table of words with a value each, indexed on first use.
pub(crate) struct Valued<V: 'static>(LazyLock<FnvMap<&'static str, V>>);

impl<V: Copy> Valued<V> {
    /// The index that `build` makes.
    pub(crate) const fn new(build: fn() -> FnvMap<&'static str, V>) -> Valued<V> {
        Valued(LazyLock::new(build))
    }

    /// The value of `w`, if it is in the table.
    pub(crate) fn get(&self, w: &str) -> Option<V> {
        self.0.get(w).copied()
    }
}

/// The words of several lists as one set.
pub(crate) fn set(lists: &[&[&'static str]]) -> FnvSet<&'static str> {
    lists.iter().flat_map(|l| l.iter().copied()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every list, by name.
    fn lists() -> Vec<(&'static str, Vec<&'static str>)> {
        vec![
            ("speech verbs", speech::SPEECH_VERBS.iter().map(|(w, _)| *w).collect()),
            ("pronouns", speech::PRONOUNS.to_vec()),
            ("speaker determiners", speech::SPEAKER_DETERMINERS.to_vec()),
            ("aux adverbs", speech::AUX_ADVERBS.to_vec()),
            ("not adverbs", speech::NOT_ADVERBS.to_vec()),
            ("title words", titles::TITLE_WORDS.to_vec()),
            ("name titles", titles::NAME_TITLES.to_vec()),
            ("particles", titles::PARTICLES.to_vec()),
            ("institution nouns", bodies::INSTITUTION_NOUNS.to_vec()),
            ("people nouns", bodies::PEOPLE_NOUNS.to_vec()),
            ("document nouns", bodies::DOCUMENT_NOUNS.to_vec()),
            ("compass", figures::COMPASS.to_vec()),
            ("participles", figures::IRREGULAR_PARTICIPLES.to_vec()),
            ("superseded", figures::SUPERSEDED.to_vec()),
            ("asserting", figures::ASSERTING.to_vec()),
            ("place triggers", figures::PLACE_TRIGGERS.to_vec()),
            ("rise", figures::RISE.to_vec()),
            ("fall", figures::FALL.to_vec()),
            ("months", calendar::MONTHS.to_vec()),
            ("weekdays", calendar::WEEKDAYS.to_vec()),
            ("holidays", calendar::HOLIDAYS.to_vec()),
            ("cardinals", numerals::CARDINALS.iter().map(|(w, _)| *w).collect()),
            ("scales", numerals::SCALES.iter().map(|(w, _)| *w).collect()),
            ("spaced scales", numerals::SPACED_SCALES.to_vec()),
            ("spaced scales after money", numerals::SPACED_SCALES_AFTER_MONEY.to_vec()),
            ("ordinals", numerals::ORDINALS.iter().map(|(w, _)| *w).collect()),
            ("ordinal suffixes", numerals::ORDINAL_SUFFIXES.to_vec()),
            ("halves and quarters", numerals::HALVES_AND_QUARTERS.iter().map(|(w, _, _)| *w).collect()),
            ("articles", numerals::ARTICLES.to_vec()),
            ("dozens", numerals::DOZENS.to_vec()),
            ("plural scales", numerals::PLURAL_SCALES.iter().map(|(w, _)| *w).collect()),
            ("vague amounts", numerals::VAGUE_AMOUNTS.iter().map(|(w, _)| *w).collect()),
            ("sign words", numerals::SIGN_WORDS.to_vec()),
            ("margin words", numerals::MARGIN_WORDS.to_vec()),
            ("one not a count", numerals::ONE_NOT_A_COUNT.to_vec()),
            ("qualifiers", numerals::QUALIFIER_PARTS.concat()),
            ("or more", numerals::OR_MORE.to_vec()),
            ("or less", numerals::OR_LESS.to_vec()),
            ("date modifiers", numerals::DATE_MODIFIERS.to_vec()),
            ("month prepositions", numerals::MONTH_PREPOSITIONS.to_vec()),
            ("clock words", numerals::CLOCK_WORDS.to_vec()),
            ("year prepositions", numerals::YEAR_PREPOSITIONS.to_vec()),
            ("not counted after a year", numerals::NOT_COUNTED_AFTER_YEAR.to_vec()),
            ("modals", numerals::MODALS.to_vec()),
            ("multiplier adverbs", numerals::MULTIPLIER_ADVERBS.to_vec()),
            ("multipliers", numerals::MULTIPLIERS.iter().map(|(w, _)| *w).collect()),
            ("not multiplied", numerals::NOT_MULTIPLIED.to_vec()),
            ("percent signs", numerals::PERCENT_SIGNS.to_vec()),
            ("time units", numerals::TIME_UNITS.iter().map(|(w, _)| *w).collect()),
            ("measure units", numerals::MEASURE_UNITS.to_vec()),
            ("web address starts", numerals::WEB_ADDRESS_STARTS.to_vec()),
        ]
    }

    /// Lists matched as written, where case tells words apart ("m" and "M" are scales, "K" a
    /// thousand): checked for repeats only.
    fn written_lists() -> Vec<(&'static str, Vec<&'static str>)> {
        vec![
            ("glued scales", numerals::GLUED_SCALES.iter().map(|(w, _)| *w).collect()),
            ("spaced scales at a clause end", numerals::SPACED_SCALES_AT_END.to_vec()),
        ]
    }

    #[test]
    fn no_list_repeats_a_word() {
        for (name, words) in lists() {
            let mut seen = FnvSet::default();
            for w in &words {
                assert!(seen.insert(*w), "{w:?} is listed twice in {name}");
                assert_eq!(w.to_lowercase(), *w, "{w:?} in {name} is not lowercase");
            }
        }
        for (name, words) in written_lists() {
            let mut seen = FnvSet::default();
            for w in &words {
                assert!(seen.insert(*w), "{w:?} is listed twice in {name}");
            }
        }
    }

    /// The parts each composed set is made of share no word: a word belongs to one part.
    #[test]
    fn composed_sets_have_disjoint_parts() {
        let composed: &[(&str, &[&[&str]])] = &[
            ("ends a noun phrase", &figures::ENDS_PHRASE_PARTS),
            ("not a speaker", &speech::NOT_SPEAKER_PARTS),
            ("head a speaker phrase", &bodies::BODY_PARTS),
            ("qualify a number", &numerals::QUALIFIER_PARTS),
        ];
        for (name, parts) in composed {
            let mut seen: FnvSet<&str> = FnvSet::default();
            for part in *parts {
                for w in *part {
                    assert!(seen.insert(w), "{w:?} is in two parts of the set of words that {name}");
                }
            }
        }
    }

    /// A verb of saying is no title word and no body noun: the readers tell them apart by these lists.
    #[test]
    fn verbs_titles_and_bodies_are_told_apart() {
        for (w, _) in speech::SPEECH_VERBS {
            assert!(!titles::is_title_word(w), "{w:?} is a verb of saying and a title word");
            assert!(!bodies::is_body_noun(w), "{w:?} is a verb of saying and a body noun");
        }
    }
}
