//! Calendar dates and the counting conventions of INT-01 (docs/interpretations.md):
//! 《民法典》第201/202条 — periods end on the corresponding day, or on the
//! month's last day when there is none (29 Feb + 1 year = 28 Feb).

use chrono::{Datelike, Months, NaiveDate};
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A day, `YYYY-MM-DD` in JSON (named apart from JavaScript's `Date` there).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(test, derive(ts_rs::TS), ts(type = "string", rename = "IsoDate"))]
pub struct Date(pub NaiveDate);

impl Date {
    /// For constants: a date known to exist.
    pub const fn known(y: i32, m: u32, d: u32) -> Date {
        match NaiveDate::from_ymd_opt(y, m, d) {
            Some(d) => Date(d),
            None => panic!("no such date"),
        }
    }

    pub fn ymd(y: i32, m: u32, d: u32) -> Option<Date> {
        NaiveDate::from_ymd_opt(y, m, d).map(Date)
    }

    /// Strict `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = &s[r];
            part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse().ok()).flatten()
        };
        Date::ymd(num(0..4)? as i32, num(5..7)?, num(8..10)?)
    }

    /// `anniv(d, n months)`, clamped to the month's last day.
    pub fn plus_months(self, n: u32) -> Date {
        // Dates come from 4-digit years, so adding at most a few centuries cannot overflow.
        Date(self.0.checked_add_months(Months::new(n)).unwrap_or(NaiveDate::MAX))
    }

    pub fn plus_years(self, n: u32) -> Date {
        self.plus_months(n * 12)
    }

    pub fn next_day(self) -> Date {
        Date(self.0.succ_opt().unwrap_or(self.0))
    }

    /// Last day on which someone born on `self` is "N岁（含）以下":
    /// the N+1th birthday itself still counts (INT-01).
    pub fn last_day_aged_at_most(self, n: u32) -> Date {
        self.plus_years(n + 1)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // chrono's strftime machinery is slow for this one fixed format.
        write!(f, "{:04}-{:02}-{:02}", self.0.year(), self.0.month(), self.0.day())
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.iso() {
            Some(iso) => s.serialize_str(std::str::from_utf8(&iso).expect("digits and dashes are ASCII")),
            None => s.collect_str(self),
        }
    }
}

impl Date {
    /// `Display`'s text for a year of four digits, every date of a result,
    /// built on the stack: through `write!` the dates were a tenth of the
    /// time `talent-check assess --jsonl` takes to write a result.
    fn iso(self) -> Option<[u8; 10]> {
        let year = u32::try_from(self.0.year()).ok().filter(|&y| y <= 9999)?;
        let digit = |n: u32| b'0' + (n % 10) as u8;
        let (m, d) = (self.0.month(), self.0.day());
        Some([
            digit(year / 1000),
            digit(year / 100),
            digit(year / 10),
            digit(year),
            b'-',
            digit(m / 10),
            digit(m),
            b'-',
            digit(d / 10),
            digit(d),
        ])
    }
}

struct DateVisitor;

impl Visitor<'_> for DateVisitor {
    type Value = Date;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a date as YYYY-MM-DD")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Date, E> {
        Date::parse(v).ok_or_else(|| E::custom(crate::parse::NOT_A_DATE))
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        d.deserialize_str(DateVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn strict_format() {
        for bad in ["1990-13-01", "1990-02-30", "1990-1-01", "19900101", "1990/01/01", " 1990-01-01"] {
            assert!(Date::parse(bad).is_none(), "{bad}");
        }
        assert_eq!(d("2000-02-29").to_string(), "2000-02-29");
    }

    #[test]
    fn json_is_display() {
        for (y, m, d) in [
            (2026, 11, 23),
            (2000, 2, 29),
            (1, 1, 1),
            (0, 12, 31),
            (999, 7, 4),
            (9999, 12, 31),
            (10000, 1, 1),
            (-1, 3, 9),
        ] {
            let date = Date::ymd(y, m, d).unwrap();
            assert_eq!(serde_json::to_string(&date).unwrap(), format!("\"{date}\""));
        }
        assert_eq!(serde_json::to_string(&d("1981-03-10")).unwrap(), "\"1981-03-10\"");
    }

    #[test]
    fn anniversaries_clamp_to_month_end() {
        assert_eq!(d("2000-02-29").plus_years(1), d("2001-02-28"));
        assert_eq!(d("2000-02-29").plus_years(4), d("2004-02-29"));
        assert_eq!(d("2024-01-31").plus_months(1), d("2024-02-29"));
        assert_eq!(d("2023-08-31").plus_months(12), d("2024-08-31"));
    }

    #[test]
    fn age_limit_includes_the_birthday() {
        // INT-01's example: born 1981-03-10, 45岁（含）以下 holds to 2027-03-10.
        assert_eq!(d("1981-03-10").last_day_aged_at_most(45), d("2027-03-10"));
        assert_eq!(d("2000-02-29").last_day_aged_at_most(40), d("2041-02-28"));
    }
}
