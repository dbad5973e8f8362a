//! Yuan amounts and other exact decimals: parsed from JSON strings or numbers,
//! printed as strings with two decimals (fen), rounded half-up only on request.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// An amount of yuan. Serialises as `"1234.50"`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(test, derive(ts_rs::TS), ts(type = "string"))]
pub struct Money(pub Decimal);

/// A plain decimal input (a rate, a number of years): a JSON string or number.
/// Serialises as a string.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(test, derive(ts_rs::TS), ts(type = "string"))]
pub struct Dec(pub Decimal);

/// A `Money` or `Dec` as the input takes it: decimal text such as `"450000"`
/// or `"0.0345"`, or a JSON number.
#[cfg(test)]
#[derive(ts_rs::TS)]
#[ts(type = "string | number")]
pub struct DecimalInput;

pub const ZERO: Money = Money(Decimal::ZERO);

impl Money {
    /// A whole, non-negative number of yuan, usable in constants.
    pub const fn yuan(n: u64) -> Money {
        Money(Decimal::from_parts(n as u32, (n >> 32) as u32, 0, false, 0))
    }
    /// Half-up (四舍五入) to the fen (docs/contract.md, Conventions).
    pub fn round_fen(d: Decimal) -> Money {
        Money(d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero))
    }
    pub fn min(self, other: Money) -> Money {
        if self <= other {
            self
        } else {
            other
        }
    }
    pub fn max(self, other: Money) -> Money {
        if self >= other {
            self
        } else {
            other
        }
    }
    pub fn times(self, n: i64) -> Money {
        Money(self.0 * Decimal::from(n))
    }
    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }
    /// With a comma between thousands, as a person reads an amount, in both
    /// languages and in the batch file: 180,000.00. Amounts in a result are
    /// never negative.
    pub fn grouped(self) -> String {
        let text = self.to_string();
        let (int, fen) = text.split_once('.').unwrap_or((&text, "00"));
        let mut out = String::new();
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        format!("{out}.{fen}")
    }
}

impl std::ops::Add for Money {
    type Output = Money;
    fn add(self, o: Money) -> Money {
        Money(self.0 + o.0)
    }
}
impl std::ops::Sub for Money {
    type Output = Money;
    fn sub(self, o: Money) -> Money {
        Money(self.0 - o.0)
    }
}
impl std::ops::AddAssign for Money {
    fn add_assign(&mut self, o: Money) {
        self.0 += o.0;
    }
}
impl std::iter::Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(ZERO, |a, b| a + b)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.2}", self.0)
    }
}
impl fmt::Display for Dec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.normalize())
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.text().as_str())
    }
}

/// A `Money` as `Display` writes it, built on the stack.
pub struct MoneyText {
    bytes: [u8; 34],
    len: usize,
}

impl MoneyText {
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..self.len]).expect("a sign, digits and a point are ASCII")
    }
}

impl fmt::Display for MoneyText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Money {
    /// The text of `Display` (rust_decimal's `{:.2}`, which cuts digits past
    /// the fen rather than rounding them), without the `fmt` machinery or a
    /// 96-bit division per digit: amounts are much of a result's JSON, and
    /// `talent-check assess --jsonl` spent a fifth of its time writing them.
    /// `Display` itself stays rust_decimal's, which the pages link anyway.
    pub fn text(self) -> MoneyText {
        let (mantissa, scale) = (self.0.mantissa().unsigned_abs(), self.0.scale());
        // At most 2^96 × 100: well within u128. 64-bit division where it
        // suffices, as it does for any real amount.
        let fen = match (scale, u64::try_from(mantissa)) {
            (0..=2, _) => mantissa * [100, 10, 1][scale as usize],
            (3..=21, Ok(m)) => u128::from(m / 10u64.pow(scale - 2)),
            _ => mantissa / 10u128.pow(scale - 2),
        };
        let mut digits = itoa::Buffer::new();
        let (yuan, cents) = match u64::try_from(fen) {
            Ok(fen) => (digits.format(fen / 100), (fen % 100) as u8),
            Err(_) => (digits.format(fen / 100), (fen % 100) as u8),
        };
        let sign = usize::from(self.0.is_sign_negative());
        let end = sign + yuan.len();
        let mut text = MoneyText { bytes: [b'-'; 34], len: end + 3 };
        text.bytes[sign..end].copy_from_slice(yuan.as_bytes());
        text.bytes[end..end + 3].copy_from_slice(&[b'.', b'0' + cents / 10, b'0' + cents % 10]);
        text
    }
}
impl Serialize for Dec {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

struct DecimalVisitor;

impl Visitor<'_> for DecimalVisitor {
    type Value = Decimal;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a number such as \"450000\" or \"0.0345\"")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
        parse_decimal(v).ok_or_else(|| E::custom(crate::parse::NOT_A_NUMBER))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
        // The shortest representation that round-trips is what the JSON said.
        let text = format!("{v}");
        parse_decimal(&text).ok_or_else(|| E::invalid_value(de::Unexpected::Float(v), &self))
    }
}

/// Plain decimal notation only: optional minus, digits, optional fraction.
pub fn parse_decimal(v: &str) -> Option<Decimal> {
    let t = v.trim();
    let body = t.strip_prefix('-').unwrap_or(t);
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let digits_ok = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || !digits_ok(int) || !digits_ok(frac) || (body.contains('.') && frac.is_empty()) {
        return None;
    }
    Decimal::from_str_exact(t).ok()
}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Money, D::Error> {
        d.deserialize_any(DecimalVisitor).map(Money)
    }
}
impl<'de> Deserialize<'de> for Dec {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Dec, D::Error> {
        d.deserialize_any(DecimalVisitor).map(Dec)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_half_up_to_the_fen() {
        let r = |s: &str| Money::round_fen(parse_decimal(s).unwrap()).to_string();
        assert_eq!(r("0.005"), "0.01");
        assert_eq!(r("0.004"), "0.00");
        assert_eq!(r("2.675"), "2.68");
        assert_eq!(r("64000"), "64000.00");
    }

    #[test]
    fn parses_only_plain_decimals() {
        assert!(parse_decimal("450000").is_some());
        assert!(parse_decimal("3.45").is_some());
        assert!(parse_decimal("-1").is_some());
        for bad in ["", "1e5", "abc", "1.", ".5", "1,000", "NaN", "+1"] {
            assert!(parse_decimal(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn yuan_constructor_is_exact() {
        assert_eq!(Money::yuan(5_000_000).to_string(), "5000000.00");
        assert_eq!(Money::yuan(0), ZERO);
    }

    /// The JSON of an amount is its `Display`, to the byte.
    fn text_is_display(m: Money) {
        assert_eq!(m.text().as_str(), m.to_string(), "{:?}", m.0.unpack());
        assert_eq!(serde_json::to_string(&m).unwrap(), format!("\"{m}\""));
    }

    #[test]
    fn text_is_display_at_the_edges() {
        for m in
            [ZERO, Money::yuan(5_000_000), Money::yuan(u64::MAX), Money(Decimal::MAX), Money(Decimal::MIN)]
        {
            text_is_display(m);
        }
        for s in
            ["0.5", "0.05", "0.005", "0.009", "-0.001", "-0", "-0.00", "12.345", "-7.1", "99.999999999999"]
        {
            text_is_display(Money(Decimal::from_str_exact(s).unwrap()));
        }
    }

    proptest::proptest! {
        #[test]
        fn text_is_display_for_any_decimal(lo: u32, mid: u32, hi: u32, negative: bool, scale in 0u32..=28) {
            text_is_display(Money(Decimal::from_parts(lo, mid, hi, negative, scale)));
        }

        #[test]
        fn text_is_display_for_amounts(n in 0i64..10_000_000_000_000, negative: bool, scale in 0u32..=4) {
            text_is_display(Money(Decimal::new(if negative { -n } else { n }, scale)));
        }
    }
}
