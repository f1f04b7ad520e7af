//! What claimlint knows about the world: people and their offices, measures, currencies, page
//! furniture and capitalised words that are not names.
//!
//! All of it is data (`rules/knowledge/*.yaml`, decoded by `rule/load.rs`); this module holds the
//! decoded form and the indexes the extractors and checks use. Every mechanism must also work when the
//! data is silent, so nothing here is required: an empty [`Knowledge`] is valid.

pub(crate) mod currency;

use crate::date::Date;
mod load;

pub(crate) use load::{load_knowledge, KnowledgeSources};

use crate::text::names;
// Borrowed when already lower case: the quote frames ask these of every word of a speaker phrase.
use crate::text::token::lower;
use crate::text::Furniture;
use serde::{Deserialize, Deserializer};
use std::collections::{HashMap, HashSet};

/// An office a person can hold.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Office {
    /// Stable id ("us-secretary-of-state").
    pub id: String,
    /// Ways copy writes the title.
    pub names: Vec<String>,
    /// One holder at a time.
    #[serde(default)]
    pub exclusive: bool,
}

/// A person's time in an office.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tenure {
    /// The office id.
    pub office: String,
    /// First day in office.
    #[serde(default, deserialize_with = "de_date")]
    pub from: Option<Date>,
    /// Last day in office (absent: still in office when the entry was written).
    #[serde(default, deserialize_with = "de_date")]
    pub to: Option<Date>,
}

/// One entry of the names registry.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonEntry {
    /// The reference spelling.
    pub canonical: String,
    /// Accepted variants: transliterations, nicknames.
    #[serde(default)]
    pub variants: Vec<String>,
    /// Known wrong spellings.
    #[serde(default)]
    pub misspellings: Vec<String>,
    /// Offices held.
    #[serde(default)]
    pub offices: Vec<Tenure>,
}

/// A body that speaks: a ministry, an agency, a government.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    /// The reference name.
    pub canonical: String,
    /// Other names copy uses ("Kestrel Bay Port Authority").
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// How a measure behaves over time.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Behaviour {
    /// A running total that only grows (a death toll).
    Cumulative,
    /// A level at one time (troops at a border).
    Snapshot,
}

/// A measure: what a figure counts.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    /// Stable id.
    pub id: String,
    /// What it measures, in words (documentation of the knowledge file).
    #[serde(default)]
    #[allow(dead_code)] // read from the file so that a measure can describe itself; no message shows it yet
    pub description: String,
    /// Counted nouns.
    pub nouns: Vec<String>,
    /// Cue words or phrases in the figure's clause.
    pub cues: Vec<String>,
    /// Behaviour over time.
    pub behaviour: Behaviour,
}

/// Everything known, decoded and indexed.
#[derive(Clone, Debug, Default)]
pub struct Knowledge {
    pub(crate) offices: Vec<Office>,
    pub(crate) people: Vec<PersonEntry>,
    pub(crate) bodies: Vec<Body>,
    pub(crate) measures: Vec<Measure>,
    /// How copy names currencies, indexed for the number reader.
    pub(crate) currencies: currency::Currencies,
    pub(crate) furniture: Furniture,
    /// Capitalised words that are never part of a person's name.
    pub(crate) not_names: HashSet<String>,
    /// Named institutions, lowercase, each with whether it is an acronym: they speak as bodies
    /// ("the Kremlin said") and head titles ("NATO Secretary General").
    pub(crate) institutions: HashMap<String, bool>,
    /// Folded surname → people with that surname (canonical or variant).
    pub(crate) by_surname: HashMap<String, Vec<usize>>,
    /// Folded full name → (person, how the spelling relates to them).
    pub(crate) by_full_name: HashMap<String, (usize, Spelling)>,
    /// Office titles, lowercased and with "U.S." folded to "us", longest first.
    pub(crate) office_titles: Vec<(String, usize)>,
    /// Registry look-ups of names already made, shared by every document of a run.
    pub(crate) lookups: LookupMemo,
}

/// Registry look-ups already made: coverage names the same people in document after document, and
/// a name the registry does not know costs a near-miss search over every registry surname.
#[derive(Clone, Debug, Default)]
pub(crate) struct LookupMemo(std::sync::Arc<std::sync::RwLock<HashMap<String, Lookup>>>);

/// A registry look-up's answer: the person and how the name relates to them, or none.
type Lookup = Option<(usize, crate::claim::NameStatus)>;

impl LookupMemo {
    /// The memoised answer for `name`, computed by `look` the first time.
    pub(crate) fn get_or(&self, name: &str, look: impl FnOnce() -> Lookup) -> Lookup {
        if let Some(hit) = self.0.read().ok().and_then(|m| m.get(name).cloned()) {
            return hit;
        }
        let v = look();
        if let Ok(mut m) = self.0.write() {
            m.insert(name.to_string(), v.clone());
        }
        v
    }
}

/// How a spelling relates to a registry person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Spelling {
    Canonical,
    Variant,
    Misspelling,
}

/// Serde helper: a YAML date (`2021-05-06`) or absent.
pub(crate) fn de_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
    let s: Option<String> = Option::deserialize(d)?;
    match s {
        None => Ok(None),
        Some(s) => Date::parse_iso(&s)
            .map(Some)
            .ok_or_else(|| serde::de::Error::custom(format!("`{s}` is not a date (YYYY-MM-DD)"))),
    }
}

impl Knowledge {
    /// Builds the indexes; called once after loading.
    pub(crate) fn index(&mut self) {
        self.by_surname.clear();
        self.by_full_name.clear();
        self.lookups = LookupMemo::default();
        for (i, p) in self.people.iter().enumerate() {
            let all = std::iter::once((&p.canonical, Spelling::Canonical))
                .chain(p.variants.iter().map(|v| (v, Spelling::Variant)))
                .chain(p.misspellings.iter().map(|v| (v, Spelling::Misspelling)));
            for (name, how) in all {
                self.by_full_name.entry(names::fold(name)).or_insert((i, how));
                if how != Spelling::Misspelling {
                    if let Some(last) = names::surname(name) {
                        let e = self.by_surname.entry(names::fold(last)).or_default();
                        if !e.contains(&i) {
                            e.push(i);
                        }
                    }
                }
            }
        }
        self.office_titles = self
            .offices
            .iter()
            .enumerate()
            .flat_map(|(i, o)| o.names.iter().map(move |n| (names::fold_title(n), i)))
            .collect();
        self.office_titles.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
    }

    /// Whether a word as written names an institution of the registry ("Kremlin", "NATO", "Nato").
    /// An acronym must be written in capitals, or capitalised when longer than three letters, so
    /// that the pronoun "who" or a sentence's "Who" is not the World Health Organization.
    pub(crate) fn is_institution(&self, written: &str) -> bool {
        match self.institutions.get(lower(written).as_ref()) {
            None => false,
            Some(false) => true,
            Some(true) => {
                written.chars().all(|c| !c.is_lowercase())
                    || written.chars().count() > 3 && written.chars().next().is_some_and(char::is_uppercase)
            }
        }
    }

    /// Whether a word as written is a word of a person's title: an English title word
    /// ([`crate::lexicon::titles`]) or an institution a title can begin with ("Kremlin spokesman").
    pub(crate) fn is_title_word(&self, written: &str) -> bool {
        crate::lexicon::titles::is_title_word(&lower(written)) || self.is_institution(written)
    }

    /// Whether a word as written is the head of a speaking body: an English body noun
    /// ([`crate::lexicon::bodies`]) or a named institution ("the Kremlin").
    pub(crate) fn is_body_noun(&self, written: &str) -> bool {
        crate::lexicon::bodies::is_body_noun(&lower(written)) || self.is_institution(written)
    }

    /// Whether a word as written heads a body proper, not people known by role: an institution noun
    /// of the lexicon ("the ministry", "police") or a named institution ("the Kremlin").
    pub(crate) fn heads_body(&self, written: &str) -> bool {
        crate::lexicon::bodies::is_institution_noun(&lower(written)) || self.is_institution(written)
    }

    /// The registry's name for a body as written ("the Kestrel Bay Port Authority" → its canonical name).
    pub(crate) fn body_named(&self, written: &str) -> Option<&str> {
        let w = names::fold_title(written.trim_start_matches("the ").trim_start_matches("The "));
        self.bodies
            .iter()
            .find(|b| std::iter::once(&b.canonical).chain(b.aliases.iter()).any(|a| names::fold_title(a) == w))
            .map(|b| b.canonical.as_str())
    }

    /// The office a written title names, if any ("US Secretary of State" → us-secretary-of-state).
    pub(crate) fn office_of_title(&self, title: &str) -> Option<usize> {
        let t = names::fold_title(title);
        if t.is_empty() {
            return None;
        }
        // The title as written often carries more ("The chief of the city's police department, Inspector"):
        // an office matches when its whole name occurs in the title at word boundaries.
        // Padded with a space each side, the four cases (whole, start, end, middle) are one search
        // for " name " (no string is built per office: this runs for every titled mention).
        let padded = format!(" {t} ");
        self.office_titles
            .iter()
            .find(|(name, _)| {
                padded.match_indices(name.as_str()).any(|(at, _)| {
                    at > 0 && padded.as_bytes()[at - 1] == b' ' && padded.as_bytes().get(at + name.len()) == Some(&b' ')
                })
            })
            .map(|(_, i)| *i)
    }
}
