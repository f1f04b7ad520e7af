//! Running rules' examples: every `invalid` example must fire its rule, every `valid` one must not.

use super::Engine;
use crate::date::Date;
use crate::document::DateSource;
use crate::document::Document;

/// The outcome of one example.
#[derive(Clone, Debug)]
pub struct ExampleResult {
    /// The rule.
    pub rule: String,
    /// "invalid" or "valid".
    pub which: &'static str,
    /// 0-based index in its list.
    pub index: usize,
    /// Whether it behaved.
    pub ok: bool,
    /// What happened.
    pub detail: String,
}

/// Runs every example of every rule of the engine (disabled rules included: they are run alone).
pub fn run_all(engine: &Engine) -> Vec<ExampleResult> {
    let mut out = Vec::new();
    for rule in &engine.rules.rules {
        for (which, list, want) in [("invalid", &rule.examples.invalid, true), ("valid", &rule.examples.valid, false)] {
            for (index, ex) in list.iter().enumerate() {
                let mut docs: Vec<Document> = ex
                    .docs
                    .iter()
                    .enumerate()
                    .map(|(i, d)| {
                        let mut doc = Document::new(format!("example-{}.txt", i + 1), d.text.clone());
                        if let Some(p) = d.published.as_deref().and_then(Date::parse_iso) {
                            doc.published = Some(p);
                            doc.published_source = Some(DateSource::FrontMatter);
                        }
                        doc
                    })
                    .collect();
                let ex_ = engine.extract(&mut docs);
                let people = crate::resolve::resolve(&ex_);
                let graph = crate::graph::ClaimGraph::build(&docs, &ex_, &people, &engine.knowledge);
                let findings: Vec<String> =
                    rule.check.run(&graph).into_iter().map(|v| crate::finding::Finding::new(rule, v).message).collect();
                let fired = !findings.is_empty();
                let detail =
                    if fired { format!("fired: {}", findings.join(" | ")) } else { "did not fire".to_string() };
                out.push(ExampleResult { rule: rule.id.clone(), which, index, ok: fired == want, detail });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::run_all;

    /// Every built-in rule's examples: `invalid` must fire the rule, `valid` must stay silent; every
    /// rule has both, and docs that say why it matters, an example and what to do instead.
    #[test]
    fn builtin_rule_examples() {
        let engine = crate::Engine::builtin();
        assert!(engine.rules.rules.len() >= 7, "all built-in rules load");
        let results = run_all(&engine);
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
                r.docs.contains("Why it matters")
                    && r.docs.contains("Example")
                    && r.docs.contains("What to do instead"),
                "{} docs",
                r.id
            );
        }
    }
}
