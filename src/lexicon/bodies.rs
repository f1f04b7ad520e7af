//! Head nouns of speaking bodies: "the foreign ministry", "a senior EU official", "police".
//!
//! A speaker phrase may end on any of them; they are listed in three parts (institutions, people
//! known by role, documents) because a quote's speaker is a body only when the head is an
//! institution: "the ministry" is a body, "a senior official" a person the copy does not name.
//!
//! Named institutions ("the Kremlin", "NATO") are world knowledge, under `institutions:` in
//! `rules/knowledge/people.yaml`; [`Knowledge::is_body_noun`](crate::knowledge::Knowledge::is_body_noun)
//! adds them to these.

use super::{set, Words};

/// Heads of a body proper, an institution or organisation: "the ministry", "police", "the council".
pub(crate) const INSTITUTION_NOUNS: &[&str] = &[
    "ministry",
    "department",
    "government",
    "administration",
    "military",
    "army",
    "police",
    "agency",
    "committee",
    "council",
    "office",
    "embassy",
    "commission",
    "court",
    "group",
    "organization",
    "organisation",
    "campaign",
    "company",
    "union",
    "house",
    "alliance",
    "authorities",
];

/// Heads of a person or people known by role or by what they are: "a senior official", "the
/// spokesman", "residents".
pub(crate) const PEOPLE_NOUNS: &[&str] = &[
    "official",
    "officials",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "source",
    "sources",
    "analyst",
    "analysts",
    "adviser",
    "advisor",
    "aide",
    "aides",
    "diplomat",
    "diplomats",
    "minister",
    "ministers",
    "prosecutor",
    "prosecutors",
    "experts",
    "expert",
    "observers",
    "residents",
    "witnesses",
    "lawyer",
    "lawyers",
    "leaders",
    "leader",
    "president",
    "secretary",
    "general",
    "chief",
    "director",
    "commander",
    "ambassador",
    "envoy",
    "senator",
    "governor",
    "mayor",
    "spokespeople",
    "representatives",
    "representative",
    "member",
    "members",
    "critics",
    "supporters",
    "protesters",
    "activists",
    "workers",
    "officer",
    "officers",
    "people",
    "man",
    "woman",
    "voters",
];

/// What a body speaks through: "the statement", "a readout".
pub(crate) const DOCUMENT_NOUNS: &[&str] =
    &["statement", "report", "readout", "release", "communique", "communiqué", "declaration"];

/// The parts of [`is_body_noun`]'s set: a speaker phrase may end on any of them, and only the first
/// makes its speaker a body ([`is_institution_noun`]).
pub(crate) const BODY_PARTS: [&[&str]; 3] = [INSTITUTION_NOUNS, PEOPLE_NOUNS, DOCUMENT_NOUNS];

static BODIES: Words = Words::new(|| set(&BODY_PARTS));
static INSTITUTIONS: Words = Words::new(|| set(&[INSTITUTION_NOUNS]));

/// Whether a lowercase word is the head noun of a speaking body.
pub(crate) fn is_body_noun(w: &str) -> bool {
    BODIES.contains(w)
}

/// Whether a lowercase word is the head noun of a body proper, not of people known by role.
pub(crate) fn is_institution_noun(w: &str) -> bool {
    INSTITUTIONS.contains(w)
}
