//! Civil dates: parsing ISO dates, month names, and finding an article's dateline.
//!
//! A news text dates itself in its dateline ("Tuesday, 14 September 2021"); pages also carry "today is"
//! widgets whose date is the day the page was captured, not the day the story ran. The dateline
//! reader therefore only looks at the article's own lines (furniture zones are skipped by the caller).

use regex::Regex;
use std::fmt;
use std::sync::LazyLock;

/// A calendar date (proleptic Gregorian), ordered chronologically.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub struct Date {
    /// Year.
    pub year: i32,
    /// Month, 1-12.
    pub month: u8,
    /// Day, 1-31.
    pub day: u8,
}

impl Date {
    /// A date when the parts form a real calendar day.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (day >= 1 && day <= days).then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` (a time part after `T` or a space is ignored).
    ///
    /// ```
    /// let d = claimlint::Date::parse_iso("2021-05-06").unwrap();
    /// assert_eq!((d.year, d.month, d.day), (2021, 5, 6));
    /// assert!(claimlint::Date::parse_iso("2021-02-30").is_none());
    /// ```
    pub fn parse_iso(s: &str) -> Option<Date> {
        let s = s.trim().trim_matches(|c| c == '"' || c == '\'');
        let date = s.split(['T', ' ']).next()?;
        let mut it = date.split('-');
        let y = it.next()?.parse().ok()?;
        let m = it.next()?.parse().ok()?;
        let d = it.next()?.parse().ok()?;
        if it.next().is_some() {
            return None;
        }
        Date::new(y, m, d)
    }

    /// Days since 1970-01-01 (negative before), for differences between dates.
    pub fn days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// English month names, in order.
pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// English day names.
pub(crate) const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// The month number of an English month name or its abbreviation.
pub(crate) fn month_number(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    MONTHS
        .iter()
        .position(|m| *m == w || (w.len() == 3 && m.starts_with(w.as_str())) || (w == "sept" && *m == "september"))
        .map(|i| i as u8 + 1)
}

const MONTH: &str = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

#[allow(clippy::expect_used)] // invariant: a fixed pattern, compiled by every test that reads a date
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    let pat = format!(
        r"(?x)
        (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?
        (?:
            (?P<d1>\d{{1,2}})\s+(?P<m1>{MONTH}),?\s+(?P<y1>(?:19|20)\d\d)
          | (?P<m2>{MONTH})\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>(?:19|20)\d\d)
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

    #[test]
    fn days_are_ordered() {
        let a = Date::parse_iso("2021-03-31").expect("valid");
        let b = Date::parse_iso("2021-05-06").expect("valid");
        assert_eq!(b.days() - a.days(), 36);
        assert_eq!(Date::parse_iso("1970-01-01").expect("valid").days(), 0);
    }

    #[test]
    fn month_names() {
        assert_eq!(month_number("Dec."), Some(12));
        assert_eq!(month_number("Sept"), Some(9));
        assert_eq!(month_number("march"), Some(3));
        assert_eq!(month_number("ma"), None);
    }
}
