//! The calendar date: the one date type of the library (a document's publication date, a date read
//! in the text, an office term's bounds), with ISO parsing and day arithmetic.
//!
//! It stands below every other module: documents, claims, the registry and the checks all carry
//! dates, and none of them should reach into a reader to get the type.

use std::fmt;

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

#[cfg(test)]
mod tests {
    use super::Date;

    #[test]
    fn days_are_ordered() {
        let a = Date::parse_iso("2021-03-31").expect("valid");
        let b = Date::parse_iso("2021-05-06").expect("valid");
        assert_eq!(b.days() - a.days(), 36);
        assert_eq!(Date::parse_iso("1970-01-01").expect("valid").days(), 0);
    }
}
