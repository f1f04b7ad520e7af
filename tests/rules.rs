//! `docs/rules.md` is generated from the built-in rules; this keeps it current. (Each rule's
//! examples are run by the unit tests of `src/engine/examples.rs`.)

/// `docs/rules.md` is generated from the rules; this keeps it current.
#[test]
fn rules_md_is_current() {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let path = root.join("docs/rules.md");
    let want = claimlint::Engine::builtin().rules_markdown();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&path, &want).expect("write docs/rules.md");
        return;
    }
    let got = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(got == want, "docs/rules.md is out of date: run `UPDATE_DOCS=1 cargo test --test rules`");
}
