//! Loading rule files: decoding (`crate::yaml`), then everything serde cannot check — ids,
//! template placeholders against the bindings of the rule's check kind, parameter ranges, duplicate
//! ids — so that a rule that loaded cannot fail at run time.
#![allow(clippy::result_large_err)] // a LoadError carries its source file; loading runs once

use super::template::placeholders;
use super::{Rule, RuleSet};
use crate::yaml::{decode, key_span, LoadError, Source};
use std::collections::BTreeMap;

/// Loads rule files; a rule of `base` (the built-in rules) is replaced by a later one with its id
/// (a user's folder overrides the built-in rules); two new rules with one id are an error.
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
                    key_span(&source.text, &[], "id"),
                    "defined again here",
                );
                e.set_help(format!("first defined in {}", first.name));
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
            key_span(&source.text, &[], "id"),
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
                    key_span(&source.text, &[], key),
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
        .map_err(|m| LoadError::new(source, m, key_span(&source.text, &[], "check"), "in these parameters"))?;
    Ok(())
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
        let (start, end) = e.label_range().expect("a label");
        assert_eq!(&s.text[start..end], "bogus");
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
        assert_eq!(errs[0].help_text(), Some("first defined in test-rule.yaml"));
    }

    #[test]
    fn bad_check_kind_is_refused() {
        let s = rule_src("id: x\nseverity: error\ncheck:\n  kind: no-such-check\n  params: {}\nmessage: m\n");
        let errs = load_rules(&[s], None).expect_err("unknown kind must fail");
        assert!(errs[0].message().contains("no-such-check"), "{}", errs[0].message());
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
