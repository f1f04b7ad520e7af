//! The vocabulary of attribution: verbs of saying, titles of people, and the words that name bodies.
//!
//! This is English, not world knowledge, so it lives in code; who holds which title is data
//! (`rules/knowledge/people.yaml`).

/// Verbs that introduce or close a direct quotation.
pub(crate) const SAY_VERBS: &[&str] = &[
    "said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "stated", "states", "noted",
    "notes", "wrote", "writes", "explained", "explains", "declared", "declares", "insisted", "insists",
    "warned", "warns", "argued", "argues", "continued", "continues", "replied", "replies", "tweeted",
    "tweets", "recalled", "recalls", "claimed", "claims", "stressed", "stresses", "emphasized",
    "emphasised", "announced", "announces", "remarked", "responded", "responds", "urged", "urges",
    "conceded", "concedes", "acknowledged", "acknowledges", "admitted", "admits", "observed", "cautioned",
    "predicted", "complained", "suggested", "suggests", "testified", "posted", "shouted", "confirmed",
    "concluded", "concludes", "quipped", "joked", "vowed", "vows", "promised", "promises", "pledged",
    "boasted", "charged", "countered", "retorted", "mused", "wondered", "added", "reiterated", "exclaimed",
    "yelled", "screamed", "whispered", "murmured", "sighed", "laughed", "cried", "demanded", "demands",
    "announced", "blasted", "slammed", "lamented", "pointed", "describes", "described", "called", "calls",
    "dismissed", "dismisses", "denounced", "denounces", "accused", "accuses", "expressed", "reaffirmed",
    "assured", "reassured", "thanked", "welcomed", "condemned", "criticized", "criticised", "praised",
    "hailed", "defended", "maintained", "maintains", "contended", "contends", "alleged", "alleges",
    "believes", "believed", "thinks", "thought", "writing", "saying", "telling", "adding", "claiming",
    "warning", "arguing", "noting", "calling", "describing", "according",
];

/// The narrow set used in post-quote frames (`"…," X said`).
pub(crate) const FRAME_VERBS: &[&str] = &[
    "said", "says", "told", "tells", "added", "adds", "asked", "asks", "stated", "noted", "wrote", "writes",
    "explained", "declared", "insisted", "warned", "argued", "continued", "replied", "tweeted", "recalled",
    "claimed", "stressed", "emphasized", "emphasised", "announced", "remarked", "responded", "urged",
    "conceded", "acknowledged", "admitted", "observed", "cautioned", "predicted", "complained",
    "suggested", "testified", "posted", "shouted", "confirmed", "concluded", "quipped", "joked", "vowed",
    "promised", "pledged", "boasted", "charged", "countered", "retorted", "mused", "wondered",
    "reiterated", "exclaimed", "yelled", "whispered", "demanded", "lamented", "insists", "argues",
    "explains", "notes", "states", "warns", "recalls", "laughed", "sighed", "cried", "screamed",
];

/// Words of a person's title ("Kremlin spokesman", "US Secretary of State", "Gen.").
pub(crate) const TITLE_WORDS: &[&str] = &[
    "president", "secretary", "minister", "spokesman", "spokeswoman", "spokesperson", "general", "gen",
    "chief", "director", "head", "adviser", "advisor", "ambassador", "envoy", "commander", "senator",
    "sen", "rep", "representative", "governor", "gov", "mayor", "chancellor", "premier", "prime", "king",
    "queen", "prince", "princess", "pope", "judge", "justice", "lawyer", "attorney", "official",
    "officer", "colonel", "col", "lieutenant", "lt", "major", "maj", "captain", "capt", "admiral", "adm",
    "sergeant", "sgt", "mr", "mrs", "ms", "dr", "professor", "prof", "writer", "correspondent", "reporter",
    "editor", "analyst", "leader", "chairman", "chairwoman", "chair", "deputy", "vice", "foreign",
    "defense", "defence", "interior", "finance", "state", "staff", "press", "national", "security",
    "counterpart", "aide", "diplomat", "negotiator", "candidate", "nominee", "founder", "ceo", "executive",
    "boss", "coach", "manager", "speaker", "commissioner", "secretary-general", "cardinal", "archbishop",
    "bishop", "rabbi", "imam", "sheikh", "emir", "sultan", "crown", "vice-president", "lady", "sir",
    "lord", "dame", "general-secretary", "top", "senior", "former", "ex", "acting", "interim", "armed",
    "forces", "army", "navy", "air", "joint", "chiefs", "intelligence", "defense", "cia", "fbi", "nato",
    "un", "eu", "kremlin", "pentagon", "white", "house", "state", "department", "ministry", "federal",
    "economy", "health", "justice", "trade", "treasury", "energy", "climate", "homeland", "development",
    "affairs", "agency", "council", "committee", "member", "presidential", "parliamentary", "party",
    "opposition", "campaign", "manager", "strategist", "activist", "researcher", "scientist", "expert",
    "economist", "historian", "author", "columnist", "anchor", "host", "producer", "actor", "actress",
    "singer", "rapper", "star", "player", "striker", "goalkeeper", "midfielder", "defender", "owner",
    "billionaire", "businessman", "businesswoman", "entrepreneur", "investor", "banker", "doctor",
    "nurse", "teacher", "student", "mother", "father", "wife", "husband", "son", "daughter", "brother",
    "sister", "friend", "colleague", "partner", "lawmaker", "congressman", "congresswoman",
    "assemblyman", "councilman", "councilwoman", "sheriff", "prosecutor", "detective", "inspector",
    "superintendent", "constable", "trooper", "pilot", "soldier", "marine", "veteran", "rev", "reverend",
    "father", "sister", "brother", "pastor", "priest", "cleric", "ayatollah", "mullah", "general staff",
];

/// Head nouns of speaking bodies ("the foreign ministry", "a senior EU official", "the Kremlin").
pub(crate) const BODY_NOUNS: &[&str] = &[
    "ministry", "kremlin", "pentagon", "department", "official", "officials", "spokesman", "spokeswoman",
    "spokesperson", "statement", "government", "administration", "military", "army", "police",
    "agency", "committee", "council", "office", "embassy", "source", "sources", "analyst", "analysts",
    "adviser", "advisor", "aide", "aides", "diplomat", "diplomats", "minister", "ministers", "commission",
    "court", "prosecutor", "prosecutors", "report", "group", "organization", "organisation", "campaign",
    "company", "union", "house", "alliance", "authorities", "experts", "expert", "observers", "residents",
    "witnesses", "lawyer", "lawyers", "leaders", "leader", "president", "secretary", "general", "chief",
    "director", "commander", "ambassador", "envoy", "senator", "governor", "mayor", "readout", "release",
    "communique", "communiqué", "declaration", "nato", "un", "eu", "osce", "who", "imf", "cia", "fbi",
    "spokespeople", "representatives", "representative", "member", "members", "critics", "supporters",
    "protesters", "activists", "workers", "officer", "officers", "people", "man", "woman", "voters",
];

/// Pronouns that can stand for a speaker.
pub(crate) const PRONOUNS: &[&str] = &["he", "she", "they", "i", "we", "it"];

pub(crate) fn is_say_verb(w: &str) -> bool {
    SAY_VERBS.contains(&w)
}

pub(crate) fn is_frame_verb(w: &str) -> bool {
    FRAME_VERBS.contains(&w)
}

pub(crate) fn is_title_word(w: &str) -> bool {
    TITLE_WORDS.contains(&w)
}
