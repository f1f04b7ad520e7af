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
