//! The vocabulary of attribution: verbs of saying, the words that open or cannot open a speaker
//! phrase, and the pronouns that stand for a speaker.

use super::{set, Words};

/// The verb says something is said: the person reader takes it as evidence of a name beside it
/// ("Malory said"), and a speaker may stand before it (`X said: "…"`).
pub(crate) const SAY: u8 = 1;
/// The verb closes a quotation in the narrow post-quote frame (`"…," X said`); also evidence of a
/// name beside it.
pub(crate) const FRAME: u8 = 2;
/// The verb closes a quotation (`"…," X answered`) but is evidence of a speaker only next to a
/// quote ("the sign read", "CBS News reported").
pub(crate) const CLOSE: u8 = 4;

/// Every verb of saying once, with what it can do.
pub(crate) const SPEECH_VERBS: &[(&str, u8)] = &[
    ("said", SAY | FRAME),
    ("says", SAY | FRAME),
    ("say", SAY | CLOSE),
    ("told", SAY | FRAME),
    ("tells", SAY | FRAME | CLOSE),
    ("added", SAY | FRAME),
    ("adds", SAY | FRAME | CLOSE),
    ("asked", SAY | FRAME),
    ("asks", SAY | FRAME),
    ("stated", SAY | FRAME),
    ("states", SAY | FRAME),
    ("noted", SAY | FRAME),
    ("notes", SAY | FRAME),
    ("wrote", SAY | FRAME | CLOSE),
    ("writes", SAY | FRAME | CLOSE),
    ("explained", SAY | FRAME),
    ("explains", SAY | FRAME | CLOSE),
    ("declared", SAY | FRAME),
    ("declares", SAY),
    ("insisted", SAY | FRAME),
    ("insists", SAY | FRAME),
    ("warned", SAY | FRAME),
    ("warns", SAY | FRAME),
    ("argued", SAY | FRAME),
    ("argues", SAY | FRAME),
    ("continued", SAY | FRAME),
    ("continues", SAY),
    ("replied", SAY | FRAME | CLOSE),
    ("replies", SAY),
    ("tweeted", SAY | FRAME),
    ("tweets", SAY | CLOSE),
    ("recalled", SAY | FRAME),
    ("recalls", SAY | FRAME),
    ("claimed", SAY | FRAME),
    ("claims", SAY | CLOSE),
    ("stressed", SAY | FRAME),
    ("stresses", SAY),
    ("emphasized", SAY | FRAME),
    ("emphasised", SAY | FRAME),
    ("announced", SAY | FRAME | CLOSE),
    ("announces", SAY),
    ("remarked", SAY | FRAME),
    ("responded", SAY | FRAME | CLOSE),
    ("responds", SAY),
    ("urged", SAY | FRAME),
    ("urges", SAY),
    ("conceded", SAY | FRAME),
    ("concedes", SAY | CLOSE),
    ("acknowledged", SAY | FRAME),
    ("acknowledges", SAY | CLOSE),
    ("admitted", SAY | FRAME),
    ("admits", SAY | CLOSE),
    ("observed", SAY | FRAME),
    ("cautioned", SAY | FRAME),
    ("predicted", SAY | FRAME),
    ("complained", SAY | FRAME),
    ("suggested", SAY | FRAME),
    ("suggests", SAY | CLOSE),
    ("testified", SAY | FRAME),
    ("posted", SAY | FRAME | CLOSE),
    ("shouted", SAY | FRAME | CLOSE),
    ("confirmed", SAY | FRAME),
    ("concluded", SAY | FRAME),
    ("concludes", SAY),
    ("quipped", SAY | FRAME),
    ("joked", SAY | FRAME),
    ("vowed", SAY | FRAME),
    ("vows", SAY),
    ("promised", SAY | FRAME),
    ("promises", SAY),
    ("pledged", SAY | FRAME),
    ("boasted", SAY | FRAME),
    ("charged", SAY | FRAME),
    ("countered", SAY | FRAME),
    ("retorted", SAY | FRAME),
    ("mused", SAY | FRAME),
    ("wondered", SAY | FRAME),
    ("reiterated", SAY | FRAME),
    ("exclaimed", SAY | FRAME | CLOSE),
    ("yelled", SAY | FRAME),
    ("screamed", SAY | FRAME),
    ("whispered", SAY | FRAME),
    ("murmured", SAY),
    ("sighed", SAY | FRAME),
    ("laughed", SAY | FRAME),
    ("cried", SAY | FRAME | CLOSE),
    ("demanded", SAY | FRAME),
    ("demands", SAY),
    ("blasted", SAY),
    ("slammed", SAY),
    ("lamented", SAY | FRAME),
    ("pointed", SAY),
    ("describes", SAY),
    ("described", SAY),
    ("called", SAY),
    ("calls", SAY),
    ("dismissed", SAY),
    ("dismisses", SAY),
    ("denounced", SAY),
    ("denounces", SAY),
    ("accused", SAY),
    ("accuses", SAY),
    ("expressed", SAY),
    ("reaffirmed", SAY),
    ("assured", SAY),
    ("reassured", SAY),
    ("thanked", SAY),
    ("welcomed", SAY),
    ("condemned", SAY),
    ("criticized", SAY),
    ("criticised", SAY),
    ("praised", SAY),
    ("hailed", SAY),
    ("defended", SAY),
    ("maintained", SAY),
    ("maintains", SAY),
    ("contended", SAY),
    ("contends", SAY),
    ("alleged", SAY | CLOSE),
    ("alleges", SAY | CLOSE),
    ("believes", SAY),
    ("believed", SAY),
    ("thinks", SAY),
    ("thought", SAY),
    ("writing", SAY),
    ("saying", SAY),
    ("telling", SAY),
    ("adding", SAY),
    ("claiming", SAY),
    ("warning", SAY),
    ("arguing", SAY),
    ("noting", SAY),
    ("calling", SAY),
    ("describing", SAY),
    ("according", SAY),
    ("answered", CLOSE),
    ("answers", CLOSE),
    ("interjected", CLOSE),
    ("agrees", CLOSE),
    ("agreed", CLOSE),
    ("read", CLOSE),
    ("reads", CLOSE),
    ("reported", CLOSE),
    ("reports", CLOSE),
    ("sings", CLOSE),
    ("sang", CLOSE),
    ("chanted", CLOSE),
    ("barked", CLOSE),
    ("snapped", CLOSE),
    ("asserted", CLOSE),
    ("asserts", CLOSE),
    ("emailed", CLOSE),
    ("texted", CLOSE),
    ("recounted", CLOSE),
    ("recounts", CLOSE),
    ("remembered", CLOSE),
    ("remembers", CLOSE),
    ("bragged", CLOSE),
    ("complains", CLOSE),
    ("laments", CLOSE),
    ("confided", CLOSE),
    ("reasoned", CLOSE),
    ("reflected", CLOSE),
    ("jokes", CLOSE),
    ("quips", CLOSE),
    ("deadpanned", CLOSE),
    ("chimed", CLOSE),
    ("interrupted", CLOSE),
    ("muttered", CLOSE),
    ("pleaded", CLOSE),
    ("gushed", CLOSE),
    ("scoffed", CLOSE),
    ("predicts", CLOSE),
    ("cautions", CLOSE),
    ("blurted", CLOSE),
];

static VERBS: std::sync::LazyLock<crate::text::fnv::FnvMap<&'static str, u8>> =
    std::sync::LazyLock::new(|| SPEECH_VERBS.iter().copied().collect());

fn verb_flags(w: &str) -> u8 {
    VERBS.get(w).copied().unwrap_or(0)
}

/// A verb that introduces or closes a direct quotation ("said", "told", "according").
pub(crate) fn is_say_verb(w: &str) -> bool {
    verb_flags(w) & SAY != 0
}

/// A verb of the narrow post-quote frame (`"…," X said`).
pub(crate) fn is_frame_verb(w: &str) -> bool {
    verb_flags(w) & FRAME != 0
}

/// A verb that can close a quotation (`"…," X said`, `"…," the sign read`).
pub(crate) fn is_quote_frame_verb(w: &str) -> bool {
    verb_flags(w) & (FRAME | CLOSE) != 0
}

/// Pronouns that can stand for a speaker.
pub(crate) const PRONOUNS: &[&str] = &["he", "she", "they", "i", "we", "it"];

/// Words that open a speaker phrase without being capitalised ("another Republican", "one aide",
/// "the newspaper").
pub(crate) const SPEAKER_DETERMINERS: &[&str] = &[
    "the", "a", "an", "another", "one", "some", "many", "several", "two", "three", "his", "her", "their", "its", "our",
    "those", "these", "both", "each", "most", "other", "others", "yet",
];

/// Capitalised words that open a clause or name a time, never a speaker ("When Moore said", "On
/// Tuesday"); with them, the calendar's day and month names ([`is_not_speaker_word`]).
const NOT_SPEAKER_WORDS: &[&str] = &[
    "when",
    "as",
    "but",
    "and",
    "if",
    "after",
    "before",
    "while",
    "then",
    "so",
    "yet",
    "still",
    "also",
    "asked",
    "instead",
    "in",
    "on",
    "at",
    "of",
    "for",
    "with",
    "from",
    "by",
    "to",
    "last",
    "this",
    "that",
    "there",
    "here",
    "later",
    "earlier",
    "meanwhile",
    "however",
    "now",
    "today",
    "yesterday",
    "tonight",
    "week",
    "year",
    "month",
    "morning",
    "evening",
    "night",
    "afternoon",
    "what",
    "where",
    "why",
    "how",
    "speaking",
    "like",
    "unlike",
];

/// The parts of [`is_not_speaker_word`]'s set.
pub(crate) const NOT_SPEAKER_PARTS: [&[&str]; 3] =
    [NOT_SPEAKER_WORDS, &super::calendar::WEEKDAYS, &super::calendar::MONTHS];

static NOT_SPEAKER: Words = Words::new(|| set(&NOT_SPEAKER_PARTS));

/// Whether a lowercase word opens a clause or names a time, never a speaker.
pub(crate) fn is_not_speaker_word(w: &str) -> bool {
    NOT_SPEAKER.contains(w)
}

/// Auxiliaries and adverbs that may stand between a speaker and the verb ("Hale has long said",
/// "the mayor later told").
pub(crate) const AUX_ADVERBS: &[&str] = &[
    "has", "have", "had", "also", "was", "were", "is", "are", "will", "would", "then", "later", "again", "once",
    "just", "first", "often", "still", "soon", "now", "even", "since", "simply", "never",
];

/// Words ending in "-ly" that are not adverbs ("daily", "family", "Italy").
pub(crate) const NOT_ADVERBS: &[&str] =
    &["daily", "weekly", "monthly", "family", "ally", "rally", "assembly", "supply", "italy"];
