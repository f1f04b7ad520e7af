//! Loading the knowledge files (people, measures, page furniture, the gazetteer) into one
//! [`Knowledge`], later files overriding earlier entries with the same key.
#![allow(clippy::result_large_err)] // a LoadError carries its source file; loading runs once

use super::{Body, Knowledge, Measure, Office, PersonEntry};
use crate::yaml::{decode, LoadError, Source};
use regex::Regex;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PeopleFile {
    #[serde(default)]
    offices: Vec<Office>,
    #[serde(default)]
    people: Vec<PersonEntry>,
    #[serde(default)]
    bodies: Vec<Body>,
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
        match decode::<super::currency::CurrencyFile>(s) {
            Ok(f) => {
                for p in k.currencies.add(f) {
                    let at = super::currency::locate(&s.text, &p.form);
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
