//! Page furniture: which lines of a scraped page are not the article.
//!
//! The patterns are data (`rules/knowledge/furniture.yaml`); the one structural rule lives here: a
//! run of three or more adjacent headline-like lines (Title Case, no final period) is a sidebar list,
//! whatever words it uses. Scraped news pages carry celebrity sidebars whose figures ("Nine Hurt As
//! Pier Gives Way") must never be compared with the story's.

use super::Line;
use regex::Regex;

/// Compiled furniture patterns.
#[derive(Clone, Debug, Default)]
pub(crate) struct Furniture {
    pub line: Vec<Regex>,
    pub tail: Vec<Regex>,
    pub widget: Vec<Regex>,
}

impl Furniture {
    /// For each line, whether it is furniture.
    pub(crate) fn mark(&self, text: &str, lines: &[Line]) -> Vec<bool> {
        let n = lines.len();
        let mut marks = vec![false; n];
        let line_text = |i: usize| text[lines[i].span.start..lines[i].span.end].trim();
        let half = text.len() / 2;
        for i in 0..n {
            let t = line_text(i);
            if self.line.iter().any(|r| r.is_match(t)) {
                marks[i] = true;
            }
            if lines[i].span.start >= half && self.tail.iter().any(|r| r.is_match(t)) {
                for m in marks.iter_mut().skip(i) {
                    *m = true;
                }
                break;
            }
            if self.widget.iter().any(|r| r.is_match(t)) {
                marks[i] = true;
                // The widget's neighbours in the same block (its date, its place name).
                let mut j = i;
                while j + 1 < n && !lines[j + 1].after_blank && line_text(j + 1).len() <= 60 {
                    j += 1;
                    marks[j] = true;
                }
                let mut j = i;
                while j > 0 && !lines[j].after_blank && line_text(j - 1).len() <= 60 {
                    j -= 1;
                    marks[j] = true;
                }
            }
        }
        // Sidebar headline lists: three or more adjacent headline-like lines.
        let mut i = 0;
        while i < n {
            let mut j = i;
            while j < n && is_list_headline(line_text(j)) && (j == i || !lines[j].after_blank) {
                j += 1;
            }
            if j - i >= 3 {
                for m in &mut marks[i..j] {
                    *m = true;
                }
                i = j;
            } else {
                i += 1;
            }
        }
        marks
    }
}

/// A line that reads like a linked headline: Title Case words, no final period.
fn is_list_headline(line: &str) -> bool {
    let l = line.trim_end_matches(['-', '–', '—', ' ']).trim();
    if l.is_empty() || l.len() > 160 || l.ends_with('.') {
        return false;
    }
    let words: Vec<&str> = l.split_whitespace().collect();
    if words.len() < 3 {
        return false;
    }
    let capitalised = words
        .iter()
        .filter(|w| {
            let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
            w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
        .count();
    capitalised * 10 >= words.len() * 7
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lines_of;

    fn furniture() -> Furniture {
        Furniture {
            line: vec![Regex::new("(?i)^share this:?$").expect("valid")],
            tail: vec![Regex::new("(?i)^you may also like$").expect("valid")],
            widget: vec![Regex::new(r"(?i)^-?\d{1,3}(\.\d)?\s*°?\s*[cf]$").expect("valid")],
        }
    }

    fn marked(text: &str) -> Vec<(String, bool)> {
        let lines = lines_of(text, 0);
        let marks = furniture().mark(text, &lines);
        lines.iter().zip(marks).map(|(l, m)| (text[l.span.start..l.span.end].to_string(), m)).collect()
    }

    #[test]
    fn sidebar_lists_and_widgets() {
        let t = "12.5 C\nMonday, March 1, 2021\n\nTitle of the story here\n\nBody text that is long. It goes on.\n\
                 Star Sues Other Star Over Tiny Dog -\nFive Dead After Storm Hits Coast -\nSinger Wins Big Prize At Show -\n";
        let got = marked(t);
        let flags: Vec<bool> = got.iter().map(|(_, m)| *m).collect();
        assert_eq!(flags, [true, true, false, false, true, true, true], "{got:?}");
    }

    #[test]
    fn tail_marker_only_in_second_half() {
        let t = "Headline words here\n\nYou may also like\n\nA long body paragraph that goes on and on and on and on and on and on.\n";
        assert!(marked(t).iter().all(|(_, m)| !m));
        let t2 = "Headline words here\n\nA long body paragraph that goes on and on and on and on and on and on.\n\nYou may also like\n\nOther story\n";
        let flags: Vec<bool> = marked(t2).iter().map(|(_, m)| *m).collect();
        assert_eq!(flags, [false, false, true, true]);
    }
}
