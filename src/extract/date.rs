//! Civil dates: parsing ISO dates, month names, and finding an article's dateline.
//!
//! A news text dates itself in its dateline ("Tuesday, 14 September 2021"); pages also carry "today is"
//! widgets whose date is the day the page was captured, not the day the story ran. The dateline
//! reader therefore only looks at the article's own lines (furniture zones are skipped by the caller).

use crate::date::Date;
use crate::lexicon::calendar::{month_number, month_pattern, WEEKDAYS};
use regex::Regex;
use std::sync::LazyLock;

#[allow(clippy::expect_used)] // invariant: a fixed pattern, compiled by every test that reads a date
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    // The months and days are the calendar's ("Jan(?:uary)?|…|Sep(?:tember)?|Sept|…",
    // "Monday|…"), as the number reader's dates are.
    let month = month_pattern();
    let weekday = WEEKDAYS.map(|d| d[..1].to_uppercase() + &d[1..]).join("|");
    let pat = format!(
        r"(?x)
        (?:(?:{weekday}),?\s+)?
        (?:
            (?P<d1>\d{{1,2}})\s+(?P<m1>{month}),?\s+(?P<y1>(?:19|20)\d\d)
          | (?P<m2>{month})\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>(?:19|20)\d\d)
          | (?P<y3>(?:19|20)\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d)
        )"
    );
    Regex::new(&pat).expect("the dateline pattern is valid")
});

/// Finds a full date (day, month and year) in `line`, with its byte range.
pub(crate) fn find_full_date(line: &str) -> Option<(Date, usize, usize)> {
    for c in DATELINE.captures_iter(line) {
        let Some(whole) = c.get(0) else { continue };
        let date = if let (Some(d), Some(m), Some(y)) = (c.name("d1"), c.name("m1"), c.name("y1")) {
            Date::new(y.as_str().parse().ok()?, month_number(m.as_str())?, d.as_str().parse().ok()?)
        } else if let (Some(m), Some(d), Some(y)) = (c.name("m2"), c.name("d2"), c.name("y2")) {
            Date::new(y.as_str().parse().ok()?, month_number(m.as_str())?, d.as_str().parse().ok()?)
        } else if let (Some(y), Some(m), Some(d)) = (c.name("y3"), c.name("m3"), c.name("d3")) {
            Date::new(y.as_str().parse().ok()?, m.as_str().parse().ok()?, d.as_str().parse().ok()?)
        } else {
            None
        };
        if let Some(date) = date {
            return Some((date, whole.start(), whole.end()));
        }
    }
    None
}

/// A dateline: a short line near the top of the article that is mostly a date.
///
/// `lines` are the article's own lines (byte ranges into `text`), furniture already removed.
pub(crate) fn find_dateline(text: &str, lines: &[(usize, usize)]) -> Option<Date> {
    for &(s, e) in lines.iter().take(12) {
        let line = text[s..e].trim();
        if line.is_empty() || line.len() > 80 {
            continue;
        }
        if let Some((date, ds, de)) = find_full_date(line) {
            // The date must be most of the line: "Tuesday, 14 September 2021 9:40 AM" is a dateline,
            // "Talks began on 6 May 2021 in Geneva and ..." is not.
            let rest = line.len() - (de - ds);
            if rest <= 24 {
                return Some(date);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_dates() {
        for (text, want) in [
            ("Tuesday, 14 September 2021 9:40 AM", "2021-09-14"),
            ("Thursday, December 2, 2021", "2021-12-02"),
            ("Jan. 5, 2022", "2022-01-05"),
            ("2020-02-29", "2020-02-29"),
        ] {
            let (d, _, _) = find_full_date(text).unwrap_or_else(|| panic!("no date in {text:?}"));
            assert_eq!(d.to_string(), want, "{text}");
        }
        assert!(find_full_date("30 February 2021").is_none());
        assert!(find_full_date("more than 21,000 people").is_none());
    }
}
