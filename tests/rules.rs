//! Every built-in rule's examples: `invalid` must fire the rule, `valid` must stay silent.

#[test]
fn builtin_rule_examples() {
    let engine = claimlint::Engine::builtin();
    assert!(engine.rules.rules.len() >= 7, "all built-in rules load");
    let results = claimlint::rule::examples::run_all(&engine);
    let failed: Vec<String> = results
        .iter()
        .filter(|r| !r.ok)
        .map(|r| format!("{} {} #{}: {}", r.rule, r.which, r.index + 1, r.detail))
        .collect();
    assert!(failed.is_empty(), "failing examples:\n{}", failed.join("\n"));
    for r in &engine.rules.rules {
        assert!(
            !r.examples.invalid.is_empty() && !r.examples.valid.is_empty(),
            "{} needs both kinds of examples",
            r.id
        );
        assert!(
            r.docs.contains("Why it matters") && r.docs.contains("Example") && r.docs.contains("What to do instead"),
            "{} docs",
            r.id
        );
    }
}

/// `docs/rules.md` is generated from the rules; this keeps it current.
#[test]
fn rules_md_is_current() {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let path = root.join("docs/rules.md");
    let want = claimlint::rule::docs::markdown(&claimlint::Engine::builtin().rules);
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&path, &want).expect("write docs/rules.md");
        return;
    }
    let got = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(got == want, "docs/rules.md is out of date: run `UPDATE_DOCS=1 cargo test --test rules`");
}
