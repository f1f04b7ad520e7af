//! The words around a figure: what ends a counted noun phrase, what carries no content, who
//! asserts it, what puts it in a place, and the words that tell a rise, a fall or a replaced
//! figure.

use super::{set, Words};

/// Function words that end a counted noun phrase ("12 people *who* …", "30 miles *from* …"), with
/// the speaker pronouns ([`super::speech::PRONOUNS`]).
const NOUN_PHRASE_STOP: &[&str] = &[
    "you", "where", "what", "whom", "whose", "how", "why", "if", "so", "not", "no", "yes", "then", "also", "only",
    "just", "even", "each", "every", "all", "both", "in", "on", "at", "from", "to", "near", "with", "by", "for", "and",
    "or", "that", "who", "which", "have", "has", "had", "were", "was", "is", "are", "be", "been", "said", "says",
    "since", "after", "before", "during", "into", "than", "as", "but", "while", "when", "over", "under", "this",
    "last", "next", "per", "a", "an", "the", "will", "would", "could", "may", "might", "of", "their", "its", "his",
    "her", "our", "there", "these", "those", "ago", "earlier", "later", "more", "less",
];

/// Prepositions and adverbs that end a counted phrase: "75 miles above the ice", "14 miles away",
/// "1,000 flights ahead of the storm", "87 people between May and June", "30 miles north".
const PLACE_WORDS: &[&str] = &[
    "above", "below", "away", "out", "ahead", "between", "among", "off", "up", "down", "back", "behind", "beyond",
    "across", "along", "around", "through", "toward", "towards", "outside", "inside", "apart", "against", "within",
    "without", "until", "about", "like", "onto", "upon", "via",
];

/// Adverbs of time and degree that end a counted phrase ("12 people *still* missing").
const ADVERBS: &[&str] =
    &["too", "very", "already", "again", "now", "here", "today", "yesterday", "tonight", "ever", "never", "still"];

/// Compass points ("30 miles north").
pub(crate) const COMPASS: &[&str] =
    &["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"];

/// The parts of [`ends_phrase`]'s set.
pub(crate) const ENDS_PHRASE_PARTS: [&[&str]; 5] =
    [NOUN_PHRASE_STOP, super::speech::PRONOUNS, PLACE_WORDS, ADVERBS, COMPASS];

static ENDS_PHRASE: Words = Words::new(|| set(&ENDS_PHRASE_PARTS));

/// Whether a lowercase word ends a counted noun phrase rather than belonging to it.
pub(crate) fn ends_phrase(w: &str) -> bool {
    ENDS_PHRASE.contains(w)
}

/// Short participles that end a counted noun phrase like "killed" does: "12 people held since …".
pub(crate) const IRREGULAR_PARTICIPLES: &[&str] =
    &["held", "hurt", "shot", "slain", "left", "lost", "sent", "seen", "kept", "hit", "dead", "freed", "fled", "found"];

/// Words before a figure in its sentence whose subject asserts it ("The ministry said that ...",
/// "according to ...").
pub(crate) const ASSERTING: &[&str] =
    &["said", "says", "claimed", "claims", "reported", "estimated", "estimates", "according"];

/// Words after which a capitalised word names a place ("in Lowmoor", "near Fenbury").
pub(crate) const PLACE_TRIGGERS: &[&str] = &["in", "of", "around", "near", "across", "at"];

/// Function words that carry no content when the words around two figures are compared.
const CONTEXT_STOP: &[&str] = &[
    "the", "and", "that", "this", "with", "from", "have", "has", "had", "were", "was", "are", "for", "its", "their",
    "they", "been", "into", "than", "more", "said", "says", "also", "which", "who", "will", "would", "could", "about",
    "after", "before", "over", "some", "there", "what", "when", "where", "while", "his", "her", "our", "not", "but",
    "all", "any", "per", "cent", "percent", "million", "billion", "thousand", "hundred", "least", "nearly", "almost",
    "around", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "told", "other", "such",
    "only", "just", "still",
];

static NO_CONTENT: Words = Words::new(|| set(&[CONTEXT_STOP]));

/// Whether a lowercase word carries content (what context overlap counts): three letters or more,
/// not a function word.
pub(crate) fn is_content_word(w: &str) -> bool {
    w.len() >= 3 && !NO_CONTENT.contains(w)
}

/// Words that put a figure in the past of its own story: "Previously, the agency had said 50
/// percent" is the figure a newer one replaced, not a second report of it.
pub(crate) const SUPERSEDED: &[&str] = &["previously", "initially", "originally", "formerly"];

/// Words right before a figure that tell a rise ("up about 130 points").
pub(crate) const RISE: &[&str] =
    &["up", "rose", "rise", "risen", "gained", "jumped", "climbed", "increased", "soared", "surged", "higher", "grew"];

/// Words right before a figure that tell a fall ("plunging 145 points").
pub(crate) const FALL: &[&str] = &[
    "down",
    "fell",
    "fall",
    "fallen",
    "dropped",
    "plunged",
    "plunging",
    "lost",
    "declined",
    "decreased",
    "tumbled",
    "sank",
    "shed",
    "lower",
];
