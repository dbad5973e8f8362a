//! Numbers as people type them, read the same on every form, in a batch
//! file and by the JavaScript module: full-width digits and punctuation
//! (３５万, １，０００, ．, and an input method's 。 for a point), thousands
//! separators, a `¥` before an amount, and a unit after the number ("3年" as
//! a loan term is 36 months, "36个月" as a contract is 3 years, "45万" is
//! 450 000 yuan, "3.45 %" as a rate is 0.0345).

use crate::money::parse_decimal;
use rust_decimal::Decimal;

/// The unit a number is asked in: what a bare number means and which units
/// may follow it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Yuan,
    Years,
    Days,
    People,
    /// A percentage, as a form asks a rate: "3.45" and "3.45 %" are 3.45.
    Percent,
    /// A rate as a fraction, as the contract and a batch file take it:
    /// "0.0345" is 0.0345, and "3.45 %" is too.
    Rate,
    Months,
    /// Platforms, projects, workstations.
    Count,
}

impl Unit {
    pub const ALL: [Unit; 8] = [
        Unit::Yuan,
        Unit::Years,
        Unit::Days,
        Unit::People,
        Unit::Percent,
        Unit::Rate,
        Unit::Months,
        Unit::Count,
    ];

    /// Its name, as the JavaScript module takes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Yuan => "yuan",
            Unit::Years => "years",
            Unit::Days => "days",
            Unit::People => "people",
            Unit::Percent => "percent",
            Unit::Rate => "rate",
            Unit::Months => "months",
            Unit::Count => "count",
        }
    }

    pub fn parse(name: &str) -> Option<Unit> {
        Unit::ALL.into_iter().find(|u| u.as_str() == name)
    }

    /// Each unit people write after a number (lower case, longest first),
    /// and the factor to this unit as (multiply, divide).
    fn written(self) -> &'static [(&'static str, i64, i64)] {
        const YEARS: i64 = 12;
        match self {
            Unit::Yuan => &[("万元", 10_000, 1), ("万", 10_000, 1), ("元", 1, 1), ("yuan", 1, 1)],
            Unit::Years => &[
                ("个月", 1, YEARS),
                ("月", 1, YEARS),
                ("months", 1, YEARS),
                ("month", 1, YEARS),
                ("年", 1, 1),
                ("years", 1, 1),
                ("year", 1, 1),
            ],
            Unit::Months => &[
                ("个月", 1, 1),
                ("月", 1, 1),
                ("months", 1, 1),
                ("month", 1, 1),
                ("年", YEARS, 1),
                ("years", YEARS, 1),
                ("year", YEARS, 1),
            ],
            Unit::Days => &[("天", 1, 1), ("日", 1, 1), ("days", 1, 1), ("day", 1, 1)],
            Unit::People => &[("人", 1, 1), ("名", 1, 1), ("people", 1, 1)],
            Unit::Count => &[("个", 1, 1), ("项", 1, 1), ("家", 1, 1)],
            Unit::Percent => &[("%", 1, 1)],
            Unit::Rate => &[("%", 1, 100)],
        }
    }
}

/// The number typed in `unit`; `None` when the text is none (empty text
/// included: the caller decides what an empty answer means).
pub fn read(unit: Unit, text: &str) -> Option<Decimal> {
    read_normalized(unit, &normalized(text))
}

/// A whole number read by `read`, as counts, days and months are: "36.0" is
/// 36; `None` when it has a fraction or more digits than an `i64`.
pub fn whole(n: Decimal) -> Option<i64> {
    n.normalize().to_string().parse().ok()
}

/// What was typed, with full-width characters (３, ４５万, １，０００, ．, ％) and
/// the Chinese full stop read as their ASCII forms, letters in lower case and
/// spaces removed.
fn normalized(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '。' => '.',
            '￥' => '¥',
            c => c,
        })
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// A normalized number in `unit`: "¥" before an amount or a unit people
/// write after it, commas between groups of three digits ("1,000.5").
fn read_normalized(unit: Unit, text: &str) -> Option<Decimal> {
    let t = text.strip_prefix('¥').filter(|_| unit == Unit::Yuan).unwrap_or(text);
    let (body, (mul, div)) = unit
        .written()
        .iter()
        .find_map(|&(u, mul, div)| t.strip_suffix(u).map(|b| (b, (mul, div))))
        .unwrap_or((t, (1, 1)));
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let mut groups = int.trim_start_matches('-').split(',');
    let first = groups.next().unwrap_or_default();
    let grouped = !int.contains(',') || ((1..=3).contains(&first.len()) && groups.all(|g| g.len() == 3));
    if !grouped || frac.contains(',') {
        return None;
    }
    let n = parse_decimal(&body.replace(',', ""))?;
    // Dividing by 12 or 100 cannot overflow; multiplying a huge number can.
    Some(n.checked_mul(mul.into())? / Decimal::from(div))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_as(unit: Unit, text: &str) -> Option<String> {
        read(unit, text).map(|n| n.normalize().to_string())
    }

    #[test]
    fn amounts_read_with_ten_thousands_separators_and_full_width_digits() {
        for typed in [
            "350000",
            "35万",
            "35万元",
            "３５万",
            "３５０，０００",
            "350,000",
            "350，000元",
            "350 000",
            "¥350,000",
            "￥350000",
            "350000.00",
            "３５００００．００",
            "350000 yuan",
            "３５万 ",
        ] {
            assert_eq!(read_as(Unit::Yuan, typed).as_deref(), Some("350000"), "{typed}");
        }
        assert_eq!(read_as(Unit::Yuan, "30万").as_deref(), Some("300000"));
        assert_eq!(read_as(Unit::Yuan, "1.5万").as_deref(), Some("15000"));
        assert_eq!(read_as(Unit::Yuan, "-5").as_deref(), Some("-5"), "the engine refuses a negative");
        assert_eq!(read_as(Unit::Yuan, "-1,000").as_deref(), Some("-1000"));
        for bad in
            ["35,00", "3,5000", ",350", "350.000,5", "35万万", "abc万", "", "1e5", "1.", ".5", "¥", "35万天"]
        {
            assert_eq!(read(Unit::Yuan, bad), None, "{bad}");
        }
        assert_eq!(read(Unit::Days, "¥5"), None, "¥ only before an amount");
        assert_eq!(read(Unit::Yuan, &format!("{}万", "9".repeat(28))), None, "too large, not a panic");
    }

    #[test]
    fn terms_read_in_the_unit_asked_whatever_unit_is_written() {
        for typed in [
            "36",
            "36个月",
            "36月",
            "３６",
            "36 months",
            "1 month",
            "3 years",
            "3年",
            "3年 ",
            "３年",
            "３ＹＥＡＲＳ",
        ] {
            let expected = if typed == "1 month" { "1" } else { "36" };
            assert_eq!(read_as(Unit::Months, typed).as_deref(), Some(expected), "{typed}");
        }
        assert_eq!(read_as(Unit::Months, "1 year").as_deref(), Some("12"));
        assert_eq!(read_as(Unit::Months, "1.5年").as_deref(), Some("18"));
        assert_eq!(read_as(Unit::Months, "1.3年").as_deref(), Some("15.6"));
        for (typed, years) in [("3", "3"), ("3年", "3"), ("36个月", "3"), ("18月", "1.5"), ("24 months", "2")]
        {
            assert_eq!(read_as(Unit::Years, typed).as_deref(), Some(years), "{typed}");
        }
        assert_eq!(read_as(Unit::Years, "1 year").as_deref(), Some("1"));
        assert_eq!(read_as(Unit::Years, "6 month").as_deref(), Some("0.5"));
        assert_eq!(read(Unit::Years, "3天"), None, "a unit of another field");
        for (unit, typed, n) in [
            (Unit::Days, "60天", "60"),
            (Unit::Days, "60日", "60"),
            (Unit::Days, "1，000 days", "1000"),
            (Unit::Days, "1 day", "1"),
            (Unit::People, "3人", "3"),
            (Unit::People, "3名", "3"),
            (Unit::People, "12 people", "12"),
            (Unit::Count, "2个", "2"),
            (Unit::Count, "2项", "2"),
            (Unit::Count, "2家", "2"),
        ] {
            assert_eq!(read_as(unit, typed).as_deref(), Some(n), "{typed}");
        }
    }

    #[test]
    fn a_rate_reads_as_a_percentage_on_a_form_and_as_a_fraction_in_a_file() {
        for typed in ["3.45", "3.45%", "3.45 %", "３．４５％", "３。４５"] {
            assert_eq!(read_as(Unit::Percent, typed).as_deref(), Some("3.45"), "{typed}");
        }
        for typed in ["0.0345", "3.45%", "3.45 %", "３．４５％", "０．０３４５"] {
            assert_eq!(read_as(Unit::Rate, typed).as_deref(), Some("0.0345"), "{typed}");
        }
        assert_eq!(read(Unit::Rate, "3.45%%"), None);
    }

    #[test]
    fn a_whole_number_may_end_in_zeros_after_its_point() {
        let d = |s: &str| parse_decimal(s).unwrap();
        assert_eq!(whole(d("36")), Some(36));
        assert_eq!(whole(d("36.00")), Some(36));
        assert_eq!(whole(d("-3")), Some(-3));
        assert_eq!(whole(d("15.6")), None);
        assert_eq!(whole(d("99999999999999999999")), None);
    }

    #[test]
    fn units_are_named_for_the_javascript_module() {
        for unit in Unit::ALL {
            assert_eq!(Unit::parse(unit.as_str()), Some(unit));
        }
        assert_eq!(Unit::parse("万"), None);
    }
}
