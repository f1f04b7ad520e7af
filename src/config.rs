//! `claimlint.yaml`: a project's settings, so a newsroom's CI, editors and reporters run one setup.
//!
//! ```yaml
//! rules:                     # by rule id: off | on | error | warning | info
//!   name-variant: off
//!   stale-figure: error
//! folders: [house-rules]     # extra rule and knowledge folders, relative to this file
//! inputs: ["copy/**/*.md"]   # what `claimlint check` reads when no PATH is given
//! exclude: ["copy/wire/**"]  # left out of every folder read (a file named outright is read)
//! format: short              # default --format of `check`
//! fail-level: warning        # default --fail-level of `check`
//! ```
//!
//! The binary finds the file (upward from the working directory, or `--config`) and reads it; this
//! module decodes and validates it. Unknown keys, bad values and unknown rule ids are
//! [`LoadError`]s labelled on the offending key, like errors in rule files.
#![allow(clippy::result_large_err)]

use crate::rule::{RuleSet, Severity};
use crate::yaml::{key_span, LoadError, Source};
use regex::Regex;
use serde::Deserialize;
use std::collections::BTreeMap;

/// What a configuration does to one rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RuleSetting {
    /// Turn the rule off.
    Off,
    /// Turn the rule on (rules off by default, such as house style) at its own severity.
    On,
    /// On, at severity error.
    Error,
    /// On, at severity warning.
    Warning,
    /// On, at severity info.
    Info,
}

/// A decoded `claimlint.yaml`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    /// Severity or on/off by rule id.
    #[serde(default)]
    pub rules: BTreeMap<String, RuleSetting>,
    /// Extra rule and knowledge folders, relative to the configuration file.
    #[serde(default)]
    pub folders: Vec<String>,
    /// Globs of the files to check when no PATH is given, relative to the configuration file.
    #[serde(default)]
    pub inputs: Vec<String>,
    /// Globs of files never to read.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Default output format of `check` (`human`, `short`, `json`, `sarif`, `github`, `rdjson`).
    #[serde(default)]
    pub format: Option<String>,
    /// Default fail level of `check`.
    #[serde(default)]
    pub fail_level: Option<Severity>,
    /// The file it came from, for errors found after decoding.
    #[serde(skip)]
    source: Option<Source>,
}

impl Config {
    /// Decodes a configuration file.
    ///
    /// ```
    /// let src = claimlint::Source::new("claimlint.yaml", "rules:\n  name-variant: off\nformat: short\n");
    /// let c = claimlint::Config::parse(&src).expect("valid");
    /// assert_eq!(c.format.as_deref(), Some("short"));
    /// ```
    ///
    /// # Errors
    ///
    /// Unknown keys, values of the wrong kind, unknown formats and globs that do not compile, each
    /// labelled on the offending key or value.
    pub fn parse(source: &Source) -> Result<Config, LoadError> {
        let mut c: Config = crate::yaml::decode(source)?;
        if let Some(f) = &c.format {
            if crate::format::Format::parse(f).is_none() {
                return Err(LoadError::new(
                    source,
                    format!(
                        "unknown format `{f}` (one of {})",
                        crate::format::Format::ALL.map(crate::format::Format::name).join(", ")
                    ),
                    key_span(&source.text, &[], "format"),
                    "this format",
                ));
            }
        }
        for (key, list) in [("inputs", &c.inputs), ("exclude", &c.exclude)] {
            for g in list {
                if let Err(e) = glob_regex(g) {
                    let at = source.text.find(g.as_str()).map(|i| (i, i + g.len()));
                    let at = at.or_else(|| key_span(&source.text, &[], key));
                    return Err(LoadError::new(source, format!("bad glob `{g}`: {e}"), at, "this glob"));
                }
            }
        }
        c.source = Some(source.clone());
        Ok(c)
    }

    /// Applies the rule settings to a loaded rule set.
    ///
    /// # Errors
    ///
    /// One error per rule id the rule set does not know, labelled on that id in the file.
    pub fn apply(&self, rules: &mut RuleSet) -> Result<(), Vec<LoadError>> {
        let mut errors = Vec::new();
        for (id, setting) in &self.rules {
            match rules.rules.iter_mut().find(|r| &r.id == id) {
                Some(r) => match setting {
                    RuleSetting::Off => r.enabled = false,
                    RuleSetting::On => r.enabled = true,
                    RuleSetting::Error | RuleSetting::Warning | RuleSetting::Info => {
                        r.enabled = true;
                        r.severity = match setting {
                            RuleSetting::Error => Severity::Error,
                            RuleSetting::Warning => Severity::Warning,
                            _ => Severity::Info,
                        };
                    }
                },
                None => {
                    let src = self.source.clone().unwrap_or_else(|| Source::new("claimlint.yaml", ""));
                    let known: Vec<&str> = rules.rules.iter().map(|r| r.id.as_str()).collect();
                    let mut e = LoadError::new(
                        &src,
                        format!("unknown rule id `{id}`"),
                        // Block style first; a flow mapping (`rules: {id: off}`) by the id's text.
                        key_span(&src.text, &["rules"], id)
                            .or_else(|| src.text.find(id.as_str()).map(|i| (i, i + id.len()))),
                        "no rule has this id",
                    );
                    e.set_help(format!("known rules: {}", known.join(", ")));
                    errors.push(e);
                }
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// Whether a path (relative to the configuration file, `/`-separated) is excluded.
    ///
    /// ```
    /// let src = claimlint::Source::new("claimlint.yaml", "exclude: [\"wire/**\"]\n");
    /// let c = claimlint::Config::parse(&src).expect("valid");
    /// assert!(c.excludes("wire/2021/a.md"));
    /// assert!(!c.excludes("copy/a.md"));
    /// ```
    pub fn excludes(&self, path: &str) -> bool {
        matches_any(&self.exclude, path)
    }

    /// Whether a path (relative to the configuration file) is one of the configured inputs.
    pub fn includes(&self, path: &str) -> bool {
        matches_any(&self.inputs, path)
    }
}

fn matches_any(globs: &[String], path: &str) -> bool {
    let path = path.strip_prefix("./").unwrap_or(path);
    globs.iter().filter_map(|g| glob_regex(g).ok()).any(|re| re.is_match(path))
}

/// Compiles a glob: `**` any number of folders, `*` and `?` within one name, `{a,b}` alternatives,
/// `[...]` a character class. A glob without `/` matches a file name in any folder (as in
/// `.gitignore`); a glob naming a folder matches everything under it.
/// An unclosed `[` or `{` is an error, as a message.
pub(crate) fn glob_regex(glob: &str) -> Result<Regex, String> {
    let g = glob.strip_prefix("./").unwrap_or(glob);
    let anchored = g.contains('/');
    let g = g.strip_prefix('/').unwrap_or(g);
    let mut re = String::from(if anchored { "^" } else { "^(?:.*/)?" });
    let chars: Vec<char> = g.chars().collect();
    let mut i = 0;
    let mut braces = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '*' if chars.get(i + 1) == Some(&'*') => {
                i += 1;
                if chars.get(i + 1) == Some(&'/') {
                    i += 1;
                    re.push_str("(?:.*/)?");
                } else {
                    re.push_str(".*");
                }
            }
            '*' => re.push_str("[^/]*"),
            '?' => re.push_str("[^/]"),
            '{' => {
                braces += 1;
                re.push_str("(?:");
            }
            '}' if braces > 0 => {
                braces -= 1;
                re.push(')');
            }
            ',' if braces > 0 => re.push('|'),
            '[' => {
                let Some(close) = chars[i + 1..].iter().position(|&x| x == ']') else {
                    return Err("unclosed `[`".into());
                };
                let class: String = chars[i + 1..i + 1 + close].iter().collect();
                let class = class.strip_prefix('!').map_or(class.clone(), |c| format!("^{c}"));
                re.push('[');
                re.push_str(&class.replace('\\', "\\\\"));
                re.push(']');
                i += close + 1;
            }
            _ => re.push_str(&regex::escape(&c.to_string())),
        }
        i += 1;
    }
    if braces > 0 {
        return Err("unclosed `{`".into());
    }
    re.push_str("(?:/.*)?$");
    Regex::new(&re).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_match_folders_and_names() {
        let re = glob_regex("copy/**/*.md").expect("valid");
        assert!(re.is_match("copy/2023/march/a.md") && !re.is_match("wire/a.md"));
    }

    fn src(t: &str) -> Source {
        Source::new("claimlint.yaml", t)
    }

    fn label(e: &LoadError, text: &str) -> String {
        let (s, e) = e.label_range().expect("a label");
        text[s..e].to_string()
    }

    #[test]
    fn globs_table() {
        for (glob, path, want) in [
            ("*.md", "a.md", true),
            ("*.md", "copy/a.md", true),
            ("*.md", "a.txt", false),
            ("copy/*.md", "copy/a.md", true),
            ("copy/*.md", "copy/x/a.md", false),
            ("copy/**/*.md", "copy/x/y/a.md", true),
            ("copy/**/*.md", "copy/a.md", true),
            ("wire", "wire/a.md", true),
            ("wire/**", "wire/x/a.md", true),
            ("*.{md,txt}", "b.txt", true),
            ("draft-?.md", "draft-1.md", true),
            ("draft-[0-9].md", "draft-x.md", false),
            ("a.b", "axb", false),
        ] {
            let re = glob_regex(glob).expect("compiles");
            assert_eq!(re.is_match(path), want, "{glob} on {path}");
        }
        assert!(glob_regex("x[ab").is_err());
        assert!(glob_regex("{a,b").is_err());
    }

    #[test]
    fn rule_settings_apply() {
        let c = Config::parse(&src("rules:\n  name-variant: off\n  stale-figure: info\n")).expect("valid");
        let mut rules = crate::Engine::builtin().rules;
        c.apply(&mut rules).expect("known ids");
        assert!(!rules.get("name-variant").expect("rule").enabled);
        assert_eq!(rules.get("stale-figure").expect("rule").severity, Severity::Info);
    }

    #[test]
    fn unknown_rule_id_is_labelled_on_the_key() {
        let t = "format: short\nrules:\n  name-variant: off\n  no-such-rule: warning\n";
        let c = Config::parse(&src(t)).expect("decodes");
        let mut rules = crate::Engine::builtin().rules;
        let errs = c.apply(&mut rules).expect_err("unknown id");
        assert!(errs[0].message().contains("no-such-rule"));
        assert_eq!(label(&errs[0], t), "no-such-rule");
    }

    #[test]
    fn unknown_rule_id_in_a_flow_mapping_is_labelled() {
        let t = "rules: {name-variant: off, no-such-rule: info}\n";
        let errs = Config::parse(&src(t)).expect("decodes").apply(&mut crate::Engine::builtin().rules).expect_err("id");
        assert_eq!(label(&errs[0], t), "no-such-rule");
    }

    #[test]
    fn bad_keys_and_values_are_labelled() {
        for (t, want_msg, want_label) in [
            ("format: short\nfail_levl: error\n", "unknown field `fail_levl`", "fail_levl"),
            ("rules:\n  stale-figure: loud\n", "unknown variant `loud`", "loud"),
            ("format: xml\n", "unknown format `xml`", "format"),
            ("fail-level: fatal\n", "unknown variant `fatal`", "fatal"),
            ("exclude: [\"x[ab\"]\n", "bad glob", "x[ab"),
        ] {
            let e = Config::parse(&src(t)).expect_err(t);
            assert!(e.message().contains(want_msg), "{t}: {}", e.message());
            assert_eq!(label(&e, t), want_label, "{t}");
        }
    }
}
