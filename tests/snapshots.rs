//! Whole articles rendered as a person sees them: miette's report, Unicode without colour, width 80.
//!
//! The `.snap` files under `tests/snapshots/` are reviewed like code. To accept a change on purpose,
//! run `UPDATE_SNAPSHOTS=1 cargo test --test snapshots` and read the diff before committing.
// Helpers outside `#[test]` functions: a failed `expect` there is a failed test.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::PathBuf;

fn check_snapshot(name: &str, inputs: &[&str]) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut docs = Vec::new();
    for p in inputs {
        let bytes = std::fs::read(root.join(p)).expect("fixture exists");
        let (mut d, problems) = claimlint::read_documents(p, &bytes);
        assert!(problems.is_empty(), "{problems:?}");
        docs.append(&mut d);
    }
    let run = claimlint::Engine::builtin().check(&mut docs);
    let mut got = String::new();
    for p in inputs {
        got.push_str(&format!("--- input: {p}\n"));
        got.push_str(&std::fs::read_to_string(root.join(p)).expect("fixture"));
    }
    got.push_str("--- findings\n");
    got.push_str(&claimlint::render::human(&run.findings, &docs, false, 80));
    let path = root.join("tests/snapshots").join(format!("{name}.snap"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() || !path.exists() {
        std::fs::create_dir_all(path.parent().expect("parent")).expect("dir");
        std::fs::write(&path, &got).expect("write snapshot");
        return;
    }
    let want = std::fs::read_to_string(&path).expect("snapshot");
    if want != got {
        panic!("snapshot {name} differs (UPDATE_SNAPSHOTS=1 to accept)\n--- want\n{want}\n--- got\n{got}");
    }
}

#[test]
fn name_variant_article() {
    check_snapshot("name-variant", &["corpus/04-name-variant-homschak-homchak.md"]);
}

#[test]
fn conflicting_figures_across_articles() {
    check_snapshot(
        "conflicting-figures",
        &["corpus/02-kirby-quote-reference-and-troop-figure.md", "corpus/03-conflicting-troop-figure.md"],
    );
}
