//! Decoding rules and knowledge from YAML, with errors that point at the offending key.
//!
//! This is the only module that imports `serde_yaml`. Every error is a [`LoadError`]: a
//! `miette::Diagnostic` whose label sits on the YAML key or value at fault, in the file it came from.
//! A `LoadError` carries its whole source file so it can show it; loading is a cold path run once, so
//! its size in `Result` does not matter.
#![allow(clippy::result_large_err)]

use super::template::placeholders;
use super::{Rule, RuleSet};
use crate::knowledge::{Knowledge, Measure, Office, PersonEntry};
use miette::{Diagnostic, LabeledSpan, NamedSource, SourceSpan};
use regex::Regex;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;

/// A YAML file's name and content.
#[derive(Clone, Debug)]
pub struct Source {
    /// The path or name shown in errors.
    pub name: String,
    /// The file's text.
    pub text: String,
}

impl Source {
    /// A source from a name and text.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Source {
        Source { name: name.into(), text: text.into() }
    }
}

/// A rule, registry or configuration file that could not be loaded.
#[derive(Debug)]
pub struct LoadError {
    message: String,
    help: Option<String>,
    src: NamedSource<String>,
    labels: Vec<(SourceSpan, String)>,
}

impl LoadError {
    pub(crate) fn new(
        source: &Source,
        message: impl Into<String>,
        at: Option<(usize, usize)>,
        label: &str,
    ) -> LoadError {
        let labels = at.map(|(s, e)| vec![(SourceSpan::from(s..e.max(s)), label.to_string())]).unwrap_or_default();
        LoadError {
            message: message.into(),
            help: None,
            src: NamedSource::new(source.name.clone(), source.text.clone()),
            labels,
        }
    }

    fn with_help(mut self, help: impl Into<String>) -> LoadError {
        self.help = Some(help.into());
        self
    }

    pub(crate) fn set_help(&mut self, help: impl Into<String>) {
        self.help = Some(help.into());
    }

    /// The byte range of the first label, for tests.
    #[cfg(test)]
    pub(crate) fn label_range(&self) -> Option<(usize, usize)> {
        self.labels.first().map(|(s, _)| (s.offset(), s.offset() + s.len()))
    }

    /// The message, without location.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.src.name(), self.message)
    }
}

impl std::error::Error for LoadError {}

impl Diagnostic for LoadError {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new("claimlint::load"))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help.as_ref().map(|h| Box::new(h.clone()) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.src)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.labels.is_empty() {
            return None;
        }
        Some(Box::new(self.labels.iter().map(|(s, l)| LabeledSpan::new_with_span(Some(l.clone()), *s))))
    }
}

/// Byte range of a top-level `key:` in a YAML text.
fn key_span(text: &str, key: &str) -> Option<(usize, usize)> {
    let mut off = 0;
    for line in text.split_inclusive('\n') {
        let t = line.trim_start();
        let indent = line.len() - t.len();
        if indent == 0 && t.starts_with(key) && t[key.len()..].trim_start().starts_with(':') {
            return Some((off, off + key.len()));
        }
        off += line.len();
    }
    None
}

/// A span of one line around a byte index, for serde_yaml errors.
fn yaml_error(source: &Source, e: &serde_yaml::Error) -> LoadError {
    let msg = e.to_string();
    // serde_yaml appends " at line L column C"; the label carries the place instead.
    let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
    let at = e.location().map(|l| {
        let s = l.index().min(source.text.len());
        let rest = &source.text[s..];
        let len = rest.find([':', '\n']).unwrap_or(rest.len()).max(1);
        (s, (s + len).min(source.text.len()))
    });
    let label = if msg.contains("unknown field") { "unknown key" } else { "here" };
    LoadError::new(source, msg, at, label)
}

/// Refuses YAML whose aliases would expand far beyond its size (a "billion laughs" file).
fn guard_aliases(source: &Source) -> Result<(), LoadError> {
    // Count YAML alias (`*name`) and anchor (`&name`) tokens, not every `*` of a regex ("^\\s*Advert").
    let tokens = |mark: u8| {
        let b = source.text.as_bytes();
        (0..b.len())
            .filter(|&i| {
                b[i] == mark
                    && (i == 0 || matches!(b[i - 1], b' ' | b'\t' | b'\n' | b'[' | b',' | b'{' | b':' | b'-'))
                    && b.get(i + 1).is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
            })
            .count()
    };
    let aliases = tokens(b'*');
    let anchors = tokens(b'&');
    if anchors > 0 && aliases > 64 {
        return Err(LoadError::new(
            source,
            format!("{aliases} YAML aliases: refusing a file whose aliases may expand exponentially"),
            None,
            "",
        )
        .with_help("write the rule out without anchors and aliases"));
    }
    Ok(())
}

fn decode<T: for<'de> Deserialize<'de>>(source: &Source) -> Result<T, LoadError> {
    guard_aliases(source)?;
    serde_yaml::from_str(&source.text).map_err(|e| yaml_error(source, &e))
}

/// Decodes `claimlint.yaml` (validated further by [`crate::config::Config::parse`]).
pub(crate) fn decode_config(source: &Source) -> Result<crate::config::Config, LoadError> {
    decode(source)
}

/// Loads rule files; the later of two rules with one id wins when `override_ids` is set
/// (a user's folder overrides the built-in rules), otherwise duplicates are errors.
pub(crate) fn load_rules(sources: &[Source], base: Option<RuleSet>) -> Result<RuleSet, Vec<LoadError>> {
    let mut errors = Vec::new();
    let base_ids: Vec<String> =
        base.as_ref().map(|b| b.rules.iter().map(|r| r.id.clone()).collect()).unwrap_or_default();
    let mut rules: BTreeMap<String, (Rule, usize)> =
        base.map(|b| b.rules.into_iter().map(|r| (r.id.clone(), (r, usize::MAX))).collect()).unwrap_or_default();
    for (si, source) in sources.iter().enumerate() {
        let mut rule: Rule = match decode(source) {
            Ok(r) => r,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        rule.origin = source.name.clone();
        if let Err(e) = validate(&rule, source) {
            errors.push(e);
            continue;
        }
        if let Some((_, prev)) = rules.get(&rule.id) {
            if *prev != usize::MAX && !base_ids.contains(&rule.id) {
                let first = &sources[*prev];
                let mut e = LoadError::new(
                    source,
                    format!("duplicate rule id `{}`", rule.id),
                    key_span(&source.text, "id"),
                    "defined again here",
                );
                e.help = Some(format!("first defined in {}", first.name));
                errors.push(e);
                continue;
            }
        }
        rules.insert(rule.id.clone(), (rule, si));
    }
    if errors.is_empty() {
        Ok(RuleSet { rules: rules.into_values().map(|(r, _)| r).collect() })
    } else {
        Err(errors)
    }
}

fn validate(rule: &Rule, source: &Source) -> Result<(), LoadError> {
    if rule.id.is_empty() || !rule.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
        return Err(LoadError::new(
            source,
            format!("rule id `{}` must be lowercase words joined by hyphens", rule.id),
            key_span(&source.text, "id"),
            "this id",
        ));
    }
    let allowed = rule.check.bindings();
    let mut templates = vec![("message", rule.message.as_str())];
    if let Some(h) = &rule.help {
        templates.push(("help", h));
    }
    if let Some(p) = &rule.labels.primary {
        templates.push(("labels", p));
    }
    if let Some(s) = &rule.labels.secondary {
        templates.push(("labels", s));
    }
    for (key, t) in templates {
        for (name, _) in placeholders(t) {
            if !allowed.contains(&name.as_str()) {
                return Err(LoadError::new(
                    source,
                    format!("unknown placeholder `{{{name}}}` in `{key}`"),
                    key_span(&source.text, key),
                    "in this template",
                )
                .with_help(format!(
                    "the {} check provides: {}",
                    rule.check.kind_name(),
                    allowed.join(", ")
                )));
            }
        }
    }
    rule.check
        .validate()
        .map_err(|m| LoadError::new(source, m, key_span(&source.text, "check"), "in these parameters"))?;
    Ok(())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PeopleFile {
    #[serde(default)]
    offices: Vec<Office>,
    #[serde(default)]
    people: Vec<PersonEntry>,
    #[serde(default)]
    bodies: Vec<crate::knowledge::Body>,
    #[serde(default)]
    institutions: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MeasuresFile {
    #[serde(default)]
    measures: Vec<Measure>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FurnitureFile {
    #[serde(default)]
    line: Vec<String>,
    #[serde(default)]
    tail: Vec<String>,
    #[serde(default)]
    widget: Vec<String>,
}

/// Knowledge files by kind.
#[derive(Clone, Debug, Default)]
pub(crate) struct KnowledgeSources {
    pub people: Vec<Source>,
    pub measures: Vec<Source>,
    pub currencies: Vec<Source>,
    pub furniture: Vec<Source>,
    pub gazetteer: Vec<Source>,
}

/// Loads and merges knowledge files; later files override earlier entries with the same key.
pub(crate) fn load_knowledge(src: &KnowledgeSources) -> Result<Knowledge, Vec<LoadError>> {
    let mut k = Knowledge::default();
    let mut errors = Vec::new();
    for s in &src.people {
        match decode::<PeopleFile>(s) {
            Ok(f) => {
                for o in f.offices {
                    k.offices.retain(|x| x.id != o.id);
                    k.offices.push(o);
                }
                for p in f.people {
                    k.people.retain(|x| x.canonical != p.canonical);
                    k.people.push(p);
                }
                for b in f.bodies {
                    k.bodies.retain(|x| x.canonical != b.canonical);
                    k.bodies.push(b);
                }
                k.institutions
                    .extend(f.institutions.iter().map(|i| (i.to_lowercase(), i.chars().all(|c| !c.is_lowercase()))));
            }
            Err(e) => errors.push(e),
        }
    }
    // Every tenure must name a known office.
    for s in &src.people {
        for p in &k.people {
            for t in &p.offices {
                if !k.offices.iter().any(|o| o.id == t.office) && s.text.contains(&t.office) {
                    let at = s.text.find(&format!("office: {}", t.office)).map(|i| (i + 8, i + 8 + t.office.len()));
                    errors.push(LoadError::new(
                        s,
                        format!("unknown office `{}` for {}", t.office, p.canonical),
                        at,
                        "not defined under `offices:`",
                    ));
                }
            }
        }
    }
    for s in &src.measures {
        match decode::<MeasuresFile>(s) {
            Ok(f) => {
                for m in f.measures {
                    k.measures.retain(|x| x.id != m.id);
                    k.measures.push(m);
                }
            }
            Err(e) => errors.push(e),
        }
    }
    for s in &src.currencies {
        match decode::<crate::knowledge::currency::CurrencyFile>(s) {
            Ok(f) => {
                for p in k.currencies.add(f) {
                    let at = crate::knowledge::currency::locate(&s.text, &p.form);
                    errors.push(LoadError::new(s, p.message, at, "this form"));
                }
            }
            Err(e) => errors.push(e),
        }
    }
    for s in &src.furniture {
        match decode::<FurnitureFile>(s) {
            Ok(f) => {
                for (list, into) in [
                    (f.line, &mut k.furniture.line),
                    (f.tail, &mut k.furniture.tail),
                    (f.widget, &mut k.furniture.widget),
                ] {
                    for pat in list {
                        match Regex::new(&format!("(?i){pat}")) {
                            Ok(r) => into.push(r),
                            Err(e) => {
                                let at = s.text.find(&pat).map(|i| (i, i + pat.len()));
                                errors.push(LoadError::new(s, format!("invalid pattern: {e}"), at, "this pattern"));
                            }
                        }
                    }
                }
            }
            Err(e) => errors.push(e),
        }
    }
    for s in &src.gazetteer {
        match decode::<BTreeMap<String, Vec<String>>>(s) {
            Ok(f) => k.not_names.extend(f.into_values().flatten()),
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    k.index();
    Ok(k)
}

/// Writes people as registry YAML (`people:` entries) for an editor to review and add.
pub fn registry_yaml(people: &[crate::resolve::NameSummary]) -> String {
    #[derive(serde::Serialize)]
    struct File<'a> {
        people: &'a [crate::resolve::NameSummary],
    }
    serde_yaml::to_string(&File { people }).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule_src(body: &str) -> Source {
        Source::new("test-rule.yaml", body)
    }

    #[test]
    fn unknown_key_is_located() {
        let s =
            rule_src("id: x\nseverity: error\ncheck:\n  kind: figure-agreement\n  params: {}\nmessage: m\nbogus: 1\n");
        let errs = load_rules(std::slice::from_ref(&s), None).expect_err("unknown key must fail");
        let e = &errs[0];
        assert!(e.message().contains("unknown field `bogus`"), "{}", e.message());
        let (span, _) = &e.labels[0];
        assert_eq!(&s.text[span.offset()..span.offset() + span.len()], "bogus");
    }

    #[test]
    fn bad_placeholder_is_located() {
        let s =
            rule_src("id: x\nseverity: error\ncheck:\n  kind: figure-agreement\n  params: {}\nmessage: \"{nope}\"\n");
        let errs = load_rules(&[s], None).expect_err("bad placeholder must fail");
        assert!(errs[0].message().contains("{nope}"), "{}", errs[0].message());
    }

    #[test]
    fn duplicate_ids_name_both_files() {
        let a = rule_src("id: x\nseverity: error\ncheck:\n  kind: figure-agreement\n  params: {}\nmessage: m\n");
        let mut b = a.clone();
        b.name = "other.yaml".into();
        let errs = load_rules(&[a, b], None).expect_err("duplicate must fail");
        assert!(errs[0].message().contains("duplicate rule id `x`"));
        assert_eq!(errs[0].help.as_deref(), Some("first defined in test-rule.yaml"));
    }

    #[test]
    fn bad_check_kind_is_refused() {
        let s = rule_src("id: x\nseverity: error\ncheck:\n  kind: no-such-check\n  params: {}\nmessage: m\n");
        let errs = load_rules(&[s], None).expect_err("unknown kind must fail");
        assert!(errs[0].message().contains("no-such-check"), "{}", errs[0].message());
    }

    #[test]
    fn regex_stars_are_not_aliases() {
        let mut t = String::from("line:\n");
        for i in 0..80 {
            t.push_str(&format!("  - '^\\s*Q&A {i}.*$'\n"));
        }
        let s = Source::new("knowledge/furniture.yaml", t);
        assert!(guard_aliases(&s).is_ok());
    }

    #[test]
    fn alias_bombs_are_refused() {
        let mut t = String::from("a: &a [x, x]\n");
        for i in 0..70 {
            t.push_str(&format!("b{i}: [*a, *a]\n"));
        }
        let errs = load_rules(&[rule_src(&t)], None).expect_err("alias bomb must fail");
        assert!(errs[0].message().contains("aliases"));
    }
}
