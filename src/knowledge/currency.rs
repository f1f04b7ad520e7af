//! Currencies: how copy names the currency of a sum ("$", "C$", "USD", "Rs", "dollars"), decoded
//! from `rules/knowledge/currencies.yaml` and indexed for the number reader.
//!
//! Currencies are facts of the world, not of the language, so they are data: a currency added to
//! the file is read with no code. The reader asks about every token it reads a sum from, so every
//! question here is one hash look-up; the indexes are built when a file is added, and a form that
//! the reader could not read, or that names two currencies, is refused then.

use crate::text::fnv::{FnvMap, FnvSet};
use serde::Deserialize;

/// A currency as the file writes it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Currency {
    /// What a sum in it is measured in, and compared within (`money:USD`).
    pub code: String,
    /// Letters written before or after an amount, matched as written ("USD 5", "17 CAD", "Rs 300").
    #[serde(default)]
    pub abbreviations: Vec<String>,
    /// Signs written before an amount ("$"). Letters glued before a sign ("US$", "C$") name the
    /// currency before any sign.
    #[serde(default)]
    pub symbols: Vec<String>,
    /// Names written after an amount ("five dollars", "a two-euro coin"), any case.
    #[serde(default)]
    pub words: Vec<String>,
}

/// Hundredths named as a sum of their own: "64.2 cents" is money in cents, never compared with a
/// sum in dollars.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Subunit {
    /// What a sum in them is measured in (`money:cents`).
    pub unit: String,
    /// Their names after an amount, any case.
    pub words: Vec<String>,
}

/// What closes the hundredths after a sum named in a whole currency: "eleven dollars and
/// twenty-five cents", "5 ringgit 50 sen", and glued to the digits, "15 dollars 50c".
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Hundredths {
    /// Words, any case.
    #[serde(default)]
    pub words: Vec<String>,
    /// Letters glued to the digits, any case.
    #[serde(default)]
    pub glued: Vec<String>,
}

/// `rules/knowledge/currencies.yaml`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CurrencyFile {
    #[serde(default)]
    currencies: Vec<Currency>,
    #[serde(default)]
    subunits: Vec<Subunit>,
    #[serde(default)]
    hundredths: Hundredths,
}

/// A form of a currency file that cannot be read: what is wrong, and the form as written (where
/// the error points).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Problem {
    pub message: String,
    pub form: String,
}

/// Every currency known, with the indexes the number reader asks.
#[derive(Clone, Debug, Default)]
pub(crate) struct Currencies {
    currencies: Vec<Currency>,
    subunits: Vec<Subunit>,
    hundredths: Hundredths,
    /// Abbreviations as written → code.
    abbreviations: FnvMap<String, String>,
    /// Abbreviations and the letters of symbols ("US" of "US$") as written → code.
    letters: FnvMap<String, String>,
    /// Signs ("$") → code.
    signs: FnvMap<String, String>,
    /// Names of currencies and subunits, lowercase → code or unit.
    words: FnvMap<String, String>,
    /// The units of subunits ("cents").
    subunit_units: FnvSet<String>,
    /// Words closing hundredths, lowercase.
    hundredth_words: FnvSet<String>,
    /// Letters closing hundredths glued to the digits, lowercase.
    hundredth_glued: FnvSet<String>,
}

impl Currencies {
    /// Adds a file: a currency or subunit with a code or unit already known replaces it (a user's
    /// file overrides the built-in one), hundredths add to those known. Returns what is wrong with
    /// the file; the indexes then hold what could be read.
    pub(crate) fn add(&mut self, file: CurrencyFile) -> Vec<Problem> {
        let mut problems = Vec::new();
        // The forms this file writes: a form of another file naming two currencies was that file's problem.
        let mut forms: FnvSet<String> = FnvSet::default();
        for c in &file.currencies {
            forms.extend(c.abbreviations.iter().cloned());
            forms.extend(c.symbols.iter().cloned());
            forms.extend(c.symbols.iter().filter_map(|s| split_symbol(s)).map(|(letters, _)| letters.to_string()));
            forms.extend(c.words.iter().map(|w| w.to_lowercase()));
        }
        forms.extend(file.subunits.iter().flat_map(|s| s.words.iter().map(|w| w.to_lowercase())));
        for c in file.currencies {
            problems.extend(shape_problems(&c));
            self.currencies.retain(|x| x.code != c.code);
            self.currencies.push(c);
        }
        for s in file.subunits {
            problems.extend(s.words.iter().filter_map(|w| word_problem(w, "word")));
            self.subunits.retain(|x| x.unit != s.unit);
            self.subunits.push(s);
        }
        problems.extend(file.hundredths.words.iter().filter_map(|w| word_problem(w, "word")));
        problems.extend(file.hundredths.glued.iter().filter_map(|w| letters_problem(w, "glued hundredth")));
        self.hundredths.words.extend(file.hundredths.words);
        self.hundredths.glued.extend(file.hundredths.glued);
        problems.extend(self.index().into_iter().filter(|p| forms.contains(&p.form)));
        problems
    }

    /// Rebuilds the indexes; a form naming two currencies is a problem, and the first keeps it.
    fn index(&mut self) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut abbreviations = FnvMap::default();
        let mut letters = FnvMap::default();
        let mut signs = FnvMap::default();
        let mut words = FnvMap::default();
        for c in &self.currencies {
            for a in &c.abbreviations {
                claim(&mut abbreviations, a, &c.code, &mut problems);
                claim(&mut letters, a, &c.code, &mut problems);
            }
            // A sign names a currency alone ("$"); letters before a sign ("C$") name it whatever
            // sign follows them, so only the letters are claimed.
            for s in &c.symbols {
                match split_symbol(s) {
                    Some(("", sign)) => claim(&mut signs, sign, &c.code, &mut problems),
                    Some((before, _)) => claim(&mut letters, before, &c.code, &mut problems),
                    None => {}
                }
            }
            for w in &c.words {
                claim(&mut words, &w.to_lowercase(), &c.code, &mut problems);
            }
        }
        for s in &self.subunits {
            for w in &s.words {
                claim(&mut words, &w.to_lowercase(), &s.unit, &mut problems);
            }
        }
        // The reader reads letters before a sign only when the sign is one: "C€5" with no "€".
        for symbol in self.currencies.iter().flat_map(|c| &c.symbols) {
            if let Some((_, sign)) = split_symbol(symbol).filter(|(before, _)| !before.is_empty()) {
                if !signs.contains_key(sign) {
                    problems.push(Problem {
                        message: format!("`{sign}` of `{symbol}` is no currency's sign written alone"),
                        form: symbol.clone(),
                    });
                }
            }
        }
        self.abbreviations = abbreviations;
        self.letters = letters;
        self.signs = signs;
        self.words = words;
        self.subunit_units = self.subunits.iter().map(|s| s.unit.clone()).collect();
        self.hundredth_words = self.hundredths.words.iter().map(|w| w.to_lowercase()).collect();
        self.hundredth_glued = self.hundredths.glued.iter().map(|w| w.to_lowercase()).collect();
        problems
    }

    /// The currency letters as written name: an abbreviation ("USD", "Rs") or the letters of a
    /// symbol ("US", "C").
    pub(crate) fn letters(&self, written: &str) -> Option<&str> {
        self.letters.get(written).map(String::as_str)
    }

    /// The currency an abbreviation as written names ("USD 5", "Rs 300"; not the "US" of "US$").
    pub(crate) fn abbreviation(&self, written: &str) -> Option<&str> {
        self.abbreviations.get(written).map(String::as_str)
    }

    /// The currency a sign names ("$", "€").
    pub(crate) fn sign(&self, s: &str) -> Option<&str> {
        self.signs.get(s).map(String::as_str)
    }

    /// The currency or subunit a lowercase word names ("dollars", "cents").
    pub(crate) fn word(&self, lower: &str) -> Option<&str> {
        self.words.get(lower).map(String::as_str)
    }

    /// Whether a code is that of a subunit ("cents"): a sum in it has no hundredths of its own.
    pub(crate) fn is_subunit(&self, code: &str) -> bool {
        self.subunit_units.contains(code)
    }

    /// Whether a lowercase word closes the hundredths of a sum ("cents"; "c" glued to the digits).
    pub(crate) fn closes_hundredths(&self, lower: &str, glued: bool) -> bool {
        self.hundredth_words.contains(lower) || glued && self.hundredth_glued.contains(lower)
    }
}

/// Where a form stands in a currency file's text, as a value of a list (not in a comment, not
/// inside another value): where a load error points.
pub(crate) fn locate(text: &str, form: &str) -> Option<(usize, usize)> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if !line.trim_start().starts_with('#') {
            let delimited = |at: usize| {
                let before = line[..at].chars().next_back().is_none_or(|c| matches!(c, '[' | ' ' | ',' | '"' | '\''));
                let after = line[at + form.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| matches!(c, ']' | ' ' | ',' | '"' | '\'' | '\n' | '\r'));
                before && after
            };
            if let Some((at, _)) = line.match_indices(form).find(|&(at, _)| delimited(at)) {
                return Some((offset + at, offset + at + form.len()));
            }
        }
        offset += line.len();
    }
    None
}

/// Records that `form` names `code`, unless it already names another currency.
fn claim(index: &mut FnvMap<String, String>, form: &str, code: &str, problems: &mut Vec<Problem>) {
    match index.get(form) {
        Some(other) if other != code => problems
            .push(Problem { message: format!("`{form}` names both {other} and {code}"), form: form.to_string() }),
        Some(_) => {}
        None => {
            index.insert(form.to_string(), code.to_string());
        }
    }
}

/// A symbol as its letters and its sign ("US$" → "US", "$"), if the reader can read it so.
fn split_symbol(s: &str) -> Option<(&str, &str)> {
    let (at, sign) = s.char_indices().last()?;
    let is_sign = !sign.is_alphabetic() && !sign.is_ascii_digit() && !sign.is_whitespace();
    let before = &s[..at];
    (is_sign && before.chars().all(char::is_alphabetic)).then_some((before, &s[at..]))
}

/// What the number reader could not read of a currency as written.
fn shape_problems(c: &Currency) -> Vec<Problem> {
    let mut out = Vec::new();
    if c.code.is_empty() || c.code.chars().any(char::is_whitespace) {
        out.push(Problem { message: format!("currency code `{}` is not one word", c.code), form: c.code.clone() });
    }
    out.extend(c.abbreviations.iter().filter_map(|a| letters_problem(a, "abbreviation")));
    for s in &c.symbols {
        if split_symbol(s).is_none() {
            out.push(Problem {
                message: format!("symbol `{s}` is not a sign, or letters glued before a sign"),
                form: s.clone(),
            });
        }
    }
    out.extend(c.words.iter().filter_map(|w| word_problem(w, "word")));
    out
}

/// A problem if `w` is not letters alone (how the tokenizer reads an abbreviation).
fn letters_problem(w: &str, what: &str) -> Option<Problem> {
    (w.is_empty() || !w.chars().all(char::is_alphabetic))
        .then(|| Problem { message: format!("{what} `{w}` is not letters alone"), form: w.to_string() })
}

/// A problem if `w` is not one word as the tokenizer reads it (a letter first, no spaces).
fn word_problem(w: &str, what: &str) -> Option<Problem> {
    let one_word = w.chars().next().is_some_and(char::is_alphabetic) && !w.chars().any(char::is_whitespace);
    (!one_word).then(|| Problem { message: format!("{what} `{w}` is not one word"), form: w.to_string() })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn currencies(yaml_like: Vec<Currency>) -> (Currencies, Vec<Problem>) {
        let mut c = Currencies::default();
        let problems =
            c.add(CurrencyFile { currencies: yaml_like, subunits: Vec::new(), hundredths: Hundredths::default() });
        (c, problems)
    }

    fn currency(code: &str, abbreviations: &[&str], symbols: &[&str], words: &[&str]) -> Currency {
        let own = |l: &[&str]| l.iter().map(|s| s.to_string()).collect();
        Currency { code: code.into(), abbreviations: own(abbreviations), symbols: own(symbols), words: own(words) }
    }

    #[test]
    fn forms_name_their_currency() {
        let (c, problems) = currencies(vec![currency("USD", &["USD"], &["$", "US$"], &["Dollars"])]);
        assert_eq!(problems, []);
        assert_eq!((c.letters("US"), c.letters("USD"), c.abbreviation("US")), (Some("USD"), Some("USD"), None));
        assert_eq!((c.sign("$"), c.word("dollars"), c.word("Dollars")), (Some("USD"), Some("USD"), None));
    }

    /// A form naming two currencies, and forms the reader could not read, are refused.
    #[test]
    fn unreadable_and_doubled_forms_are_problems() {
        let (_, problems) = currencies(vec![
            currency("USD", &["USD"], &["$"], &["dollar"]),
            currency("CAD", &["C D"], &["$", "C$5"], &["dollar", "new dollar"]),
        ]);
        let forms: Vec<&str> = problems.iter().map(|p| p.form.as_str()).collect();
        assert_eq!(forms, ["C D", "C$5", "new dollar", "$", "dollar"], "{problems:?}");
        assert_eq!(problems[3].message, "`$` names both USD and CAD");
    }

    #[test]
    fn problems_point_at_the_form() {
        let text = "# C is for Canada\ncurrencies:\n  - { code: CAD, symbols: [\"C$\"], abbreviations: [C, CAD] }\n";
        let (s, e) = locate(text, "C").expect("found");
        assert_eq!((&text[s..e], &text[s - 1..s]), ("C", "["));
        assert_eq!(locate(text, "C$").map(|(s, e)| &text[s..e]), Some("C$"));
        assert_eq!(locate(text, "Canada"), None);
    }

    /// A later file's currency replaces one with the same code.
    #[test]
    fn a_later_currency_replaces_one_with_its_code() {
        let (mut c, _) = currencies(vec![currency("USD", &["USD"], &["$"], &["dollar"])]);
        let problems = c.add(CurrencyFile {
            currencies: vec![currency("USD", &[], &["$"], &["buck"])],
            subunits: Vec::new(),
            hundredths: Hundredths::default(),
        });
        assert_eq!(problems, []);
        assert_eq!((c.letters("USD"), c.word("dollar"), c.word("buck")), (None, None, Some("USD")));
    }
}
