//! The built-in names registry at work: near misses resolve to the person they miss, real different
//! people stay different. (The registry's people are data in rules/knowledge/people.yaml.)

use claimlint::NameStatus;

fn resolve(text: &str) -> Vec<(String, String, NameStatus)> {
    let engine = claimlint::Engine::builtin();
    let mut docs = vec![claimlint::Document::new("t.txt", text)];
    let ex = engine.extract(&mut docs);
    ex[0].people.iter().map(|m| (docs[0].slice(m.span).to_string(), m.full.clone(), m.status.clone())).collect()
}

#[test]
fn near_misses_resolve_to_the_registry() {
    use NameStatus::*;
    let cases = [
        ("\"We see it,\" Kerby said.", "Kerby", "John Kirby", Misspelled),
        ("US Secretary of State Anthony Brinken spoke.", "Anthony Brinken", "Antony Blinken", Misspelled),
        ("General Mark Milli spoke on Monday.", "Mark Milli", "Mark Milley", Misspelled),
        ("The commander, Ruslan Homschak, spoke.", "Ruslan Homschak", "Ruslan Khomchak", Misspelled),
        ("Foreign Minister Dmitry Kuleba spoke.", "Dmitry Kuleba", "Dmytro Kuleba", Variant),
        ("Former Secretary of State John Kerry spoke.", "John Kerry", "John Kerry", Canonical),
        ("President Volodymyr Zelenskiy spoke.", "Volodymyr Zelenskiy", "Volodymyr Zelenskyy", Variant),
    ];
    for (text, written, want, status) in cases {
        let got = resolve(text);
        let hit = got.iter().find(|(w, _, _)| w == written).unwrap_or_else(|| panic!("{written} not found in {got:?}"));
        assert_eq!((hit.1.as_str(), &hit.2), (want, &status), "{text}");
    }
}

#[test]
fn different_people_stay_different() {
    for (text, written) in [
        ("White House chief of staff John Kelly said so.", "John Kelly"),
        ("Rapper Mac Miller said so.", "Mac Miller"),
        ("Hunter Biden said so.", "Hunter Biden"),
    ] {
        let got = resolve(text);
        let hit = got.iter().find(|(w, _, _)| w == written).unwrap_or_else(|| panic!("{written} not found in {got:?}"));
        assert_eq!(hit.2, NameStatus::Unknown, "{text}: {got:?}");
    }
}

#[test]
fn bodies_resolve_to_the_fuller_name_and_the_registry() {
    let engine = claimlint::Engine::builtin();
    let text = "The Russian Foreign Ministry said it had protested. \"We expect a written reply,\" the foreign ministry said.\n\n\
                An adviser to Mayor Linda Castellano spoke on Monday. \"We will wait and see,\" the adviser said.\n";
    let mut docs = vec![claimlint::Document::new("t.txt", text)];
    let ex = engine.extract(&mut docs);
    let speakers: Vec<Option<String>> =
        ex[0].quotes.iter().map(|q| q.speaker.as_ref().map(|s| s.name.clone())).collect();
    assert_eq!(
        speakers,
        [
            Some("Russian Ministry of Foreign Affairs".to_string()),
            Some("adviser to Mayor Linda Castellano".to_string())
        ]
    );
}
