//! YAML: the one module that decodes it (rules, knowledge, `claimlint.yaml`) and writes it
//! (registry candidates), and the one way a YAML error or a bad value is located in its file.
//!
//! This is the only module that imports `serde_yaml`. Every error is a [`LoadError`]: a
//! `miette::Diagnostic` whose label sits on the YAML key or value at fault, in the file it came from.
//! A `LoadError` carries its whole source file so it can show it; loading is a cold path run once, so
//! its size in `Result` does not matter.
#![allow(clippy::result_large_err)]

use miette::{Diagnostic, LabeledSpan, NamedSource, SourceSpan};
use serde::Deserialize;
use std::fmt;

/// A YAML file's name and content.
#[derive(Clone, Debug)]
pub struct Source {
    /// The path or name shown in errors.
    pub name: String,
    /// The file's text.
    pub text: String,
}

impl Source {
    /// A source from a name and text.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Source {
        Source { name: name.into(), text: text.into() }
    }
}

/// A rule, registry or configuration file that could not be loaded.
#[derive(Debug)]
pub struct LoadError {
    message: String,
    help: Option<String>,
    src: NamedSource<String>,
    labels: Vec<(SourceSpan, String)>,
}

impl LoadError {
    pub(crate) fn new(
        source: &Source,
        message: impl Into<String>,
        at: Option<(usize, usize)>,
        label: &str,
    ) -> LoadError {
        let labels = at.map(|(s, e)| vec![(SourceSpan::from(s..e.max(s)), label.to_string())]).unwrap_or_default();
        LoadError {
            message: message.into(),
            help: None,
            src: NamedSource::new(source.name.clone(), source.text.clone()),
            labels,
        }
    }

    pub(crate) fn with_help(mut self, help: impl Into<String>) -> LoadError {
        self.help = Some(help.into());
        self
    }

    pub(crate) fn set_help(&mut self, help: impl Into<String>) {
        self.help = Some(help.into());
    }

    /// The byte range of the first label, for tests.
    #[cfg(test)]
    pub(crate) fn label_range(&self) -> Option<(usize, usize)> {
        self.labels.first().map(|(s, _)| (s.offset(), s.offset() + s.len()))
    }

    /// The help, if any (for tests).
    #[cfg(test)]
    pub(crate) fn help_text(&self) -> Option<&str> {
        self.help.as_deref()
    }

    /// The message, without location.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.src.name(), self.message)
    }
}

impl std::error::Error for LoadError {}

impl Diagnostic for LoadError {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new("claimlint::load"))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help.as_ref().map(|h| Box::new(h.clone()) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.src)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.labels.is_empty() {
            return None;
        }
        Some(Box::new(self.labels.iter().map(|(s, l)| LabeledSpan::new_with_span(Some(l.clone()), *s))))
    }
}

/// A span of one line around a byte index, for serde_yaml errors.
fn yaml_error(source: &Source, e: &serde_yaml::Error) -> LoadError {
    let msg = e.to_string();
    // serde_yaml appends " at line L column C"; the label carries the place instead.
    let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
    let at = e.location().map(|l| {
        let s = l.index().min(source.text.len());
        let rest = &source.text[s..];
        let len = rest.find([':', '\n']).unwrap_or(rest.len()).max(1);
        (s, (s + len).min(source.text.len()))
    });
    let label = if msg.contains("unknown field") { "unknown key" } else { "here" };
    LoadError::new(source, msg, at, label)
}

/// Refuses YAML whose aliases would expand far beyond its size (a "billion laughs" file).
fn guard_aliases(source: &Source) -> Result<(), LoadError> {
    // Count YAML alias (`*name`) and anchor (`&name`) tokens, not every `*` of a regex ("^\\s*Advert").
    let tokens = |mark: u8| {
        let b = source.text.as_bytes();
        (0..b.len())
            .filter(|&i| {
                b[i] == mark
                    && (i == 0 || matches!(b[i - 1], b' ' | b'\t' | b'\n' | b'[' | b',' | b'{' | b':' | b'-'))
                    && b.get(i + 1).is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
            })
            .count()
    };
    let aliases = tokens(b'*');
    let anchors = tokens(b'&');
    if anchors > 0 && aliases > 64 {
        return Err(LoadError::new(
            source,
            format!("{aliases} YAML aliases: refusing a file whose aliases may expand exponentially"),
            None,
            "",
        )
        .with_help("write the rule out without anchors and aliases"));
    }
    Ok(())
}

/// Decodes a YAML file into `T`, refusing alias bombs; an error is labelled where serde_yaml stopped.
pub(crate) fn decode<T: for<'de> Deserialize<'de>>(source: &Source) -> Result<T, LoadError> {
    guard_aliases(source)?;
    serde_yaml::from_str(&source.text).map_err(|e| yaml_error(source, &e))
}

/// Byte range of `key:` nested under the keys `parents` (by indentation), for labels.
pub(crate) fn key_span(text: &str, parents: &[&str], key: &str) -> Option<(usize, usize)> {
    let mut off = 0;
    let mut depth = 0; // how many of `parents` are open
    let mut indents: Vec<usize> = Vec::new();
    for line in text.split_inclusive('\n') {
        let t = line.trim_start();
        let indent = line.len() - t.len();
        let blank = t.trim().is_empty() || t.starts_with('#');
        if !blank {
            while let Some(&i) = indents.last() {
                if indent <= i {
                    indents.pop();
                    depth -= 1;
                } else {
                    break;
                }
            }
            let name = t.split(':').next().unwrap_or("").trim().trim_matches(['"', '\'']);
            let is_key = t.contains(':');
            if is_key && depth == parents.len() && name == key {
                let start = off + indent + t.find(key).unwrap_or(0);
                return Some((start, start + key.len()));
            }
            if is_key && depth < parents.len() && name == parents[depth] {
                indents.push(indent);
                depth += 1;
            }
        }
        off += line.len();
    }
    None
}

/// Writes a value as YAML (the registry candidates of `claimlint names --format yaml`).
pub(crate) fn to_yaml<T: serde::Serialize>(value: &T) -> String {
    serde_yaml::to_string(value).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regex_stars_are_not_aliases() {
        let mut t = String::from("line:\n");
        for i in 0..80 {
            t.push_str(&format!("  - '^\\s*Q&A {i}.*$'\n"));
        }
        let s = Source::new("knowledge/furniture.yaml", t);
        assert!(guard_aliases(&s).is_ok());
    }

    #[test]
    fn nested_key_span() {
        let t = "folders: [x]\nrules:\n  # comment\n  a: off\nb: 1\n";
        assert_eq!(key_span(t, &["rules"], "a").map(|(s, e)| &t[s..e]), Some("a"));
        assert_eq!(key_span(t, &["rules"], "b"), None);
        assert_eq!(key_span(t, &[], "b").map(|(s, e)| &t[s..e]), Some("b"));
    }
}
