//! The rules described: `docs/rules.md`, generated from the rules themselves so that it cannot
//! drift from them, and the short forms of `claimlint rules list` and `rules explain`.

use super::RuleSet;

/// The rules' documentation as Markdown: a table of rules, then each rule's docs and examples.
pub(crate) fn markdown(rules: &RuleSet) -> String {
    let mut s = String::from(
        "# Rules\n\nGenerated from `rules/*.yaml` by `cargo test` (`UPDATE_DOCS=1 cargo test --test rules` rewrites it).\n\n\
         | rule | severity | check | finding kind |\n|---|---|---|---|\n",
    );
    for r in &rules.rules {
        s.push_str(&format!(
            "| [`{0}`](#{0}) | {1} | `{2}` | {3} |\n",
            r.id,
            r.severity,
            r.check.kind_name(),
            r.check.category()
        ));
    }
    for r in &rules.rules {
        s.push_str(&format!("\n## {}\n\n", r.id));
        s.push_str(&format!(
            "Severity **{}**{}; check `{}`; reported as `{}`.{}\n\n",
            r.severity,
            r.minor_severity.map(|m| format!(" (lesser cases: {m})")).unwrap_or_default(),
            r.check.kind_name(),
            r.check.category(),
            if r.enabled { "" } else { " Off by default." }
        ));
        s.push_str(r.docs.trim_end());
        s.push_str("\n\nMessage: `");
        s.push_str(&r.message);
        s.push_str("`\n");
        if let Some(h) = &r.help {
            s.push_str(&format!("\nHelp: {h}\n"));
        }
        for (title, list) in [("Fires on", &r.examples.invalid), ("Stays silent on", &r.examples.valid)] {
            if list.is_empty() {
                continue;
            }
            s.push_str(&format!("\n{title}:\n\n"));
            for ex in list.iter() {
                let name = ex.name.as_deref().unwrap_or("example");
                let texts: Vec<String> = ex.docs.iter().map(|d| format!("“{}”", d.text.trim())).collect();
                s.push_str(&format!("- {name}: {}\n", texts.join(" / ")));
            }
        }
    }
    s
}

/// One line per rule: id, severity, check kind, and "(off)" for a rule turned off.
pub(crate) fn list(rules: &RuleSet) -> String {
    let mut s = String::new();
    for r in &rules.rules {
        s.push_str(&format!(
            "{:<22} {:<8} {:<18} {}\n",
            r.id,
            r.severity,
            r.check.kind_name(),
            if r.enabled { "" } else { "(off)" }
        ));
    }
    s
}

/// One rule's documentation, or every known id when there is no rule `id`.
pub(crate) fn explain(rules: &RuleSet, id: &str) -> Result<String, Vec<String>> {
    match rules.get(id) {
        Some(r) => Ok(format!(
            "# {}\n\nseverity: {}\ncheck: {}\n\n{}\n",
            r.id,
            r.severity,
            r.check.kind_name(),
            r.docs.trim_end()
        )),
        None => Err(rules.rules.iter().map(|r| r.id.clone()).collect()),
    }
}
