//! The policy data file as written (`rules/policy/policy.toml`, or the same
//! structure as JSON) and its checking into versions. `build.rs` includes
//! this file to compile the data in; the crate compiles it only with the
//! feature `policy-json` (the command line's `--policy FILE`), so no page
//! carries a reader. The format: docs/policy-data.md.
//!
//! Checking is as strict as the engine's answers: every problem is data, an
//! entry and a kind, and all of them are reported, not only the first.

use super::version::*;
use crate::dates::Date;
use crate::ids::{BenefitId, Category, Degree, Department, EmployerType, Honor, Title};
use crate::money::Money;
use rust_decimal::Decimal;
use serde::de::{self, Deserializer, IgnoredAny, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

/// What is wrong with the data, and where: the entry (or `versions[i]`), and
/// the date of the value at fault when there is one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PolicyError {
    pub entry: String,
    pub from: Option<Date>,
    pub kind: PolicyErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PolicyErrorKind {
    /// Not TOML or JSON of the file's shape (a number where text belongs):
    /// the reader's own message, with its path.
    Syntax(String),
    /// A key the format does not have (a misspelt entry or field).
    UnknownKey(String),
    /// A key that must be there is not (an entry, `clause`, `values`, `from`,
    /// `value`, a category, an employer type …).
    Missing(String),
    /// The file lists no version.
    NoVersion,
    /// Two versions with one id.
    DuplicateVersion(String),
    /// A version does not start after the one before it.
    VersionsOutOfOrder {
        previous: Date,
    },
    /// An entry's dated values do not each start after the one before
    /// (unordered, or two from one day).
    DatesOutOfOrder {
        previous: Date,
    },
    /// A value from a day on which no version starts: its change would
    /// belong to no version.
    NotAVersionDate,
    /// No value of the entry is in force when the first version starts.
    NoValueInForce {
        version: String,
    },
    NotADate(String),
    /// Not yuan: a non-negative decimal with at most two decimals.
    NotMoney(String),
    /// Not a fraction between 0 and 1.
    NotARate(String),
    /// Not a whole number from 0 to 4294967295.
    NotACount(String),
    /// Not one of the ids `expected` names (a category, an employer type …).
    UnknownId {
        expected: &'static str,
        found: String,
    },
    /// The same id twice in one list.
    Duplicate(String),
    /// A range whose lower end is above its upper one.
    RangeReversed,
    /// A text field left empty.
    Empty(&'static str),
}

impl fmt::Display for PolicyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.entry)?;
        if let Some(from) = self.from {
            write!(f, " (from {from})")?;
        }
        write!(f, ": {}", self.kind)
    }
}

/// `{"entry", "from", "kind", "message"}`, as the command line reports a
/// policy file's problems: the kind's stable name, the message in English
/// (`from` only for a dated value).
impl Serialize for PolicyError {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Written<'a> {
            entry: &'a str,
            #[serde(skip_serializing_if = "Option::is_none")]
            from: Option<Date>,
            kind: &'static str,
            message: String,
        }
        Written {
            entry: &self.entry,
            from: self.from,
            kind: self.kind.name(),
            message: self.kind.to_string(),
        }
        .serialize(s)
    }
}

impl PolicyErrorKind {
    /// The kind's stable name.
    pub fn name(&self) -> &'static str {
        use PolicyErrorKind::*;
        match self {
            Syntax(_) => "syntax",
            UnknownKey(_) => "unknown_key",
            Missing(_) => "missing",
            NoVersion => "no_version",
            DuplicateVersion(_) => "duplicate_version",
            VersionsOutOfOrder { .. } => "versions_out_of_order",
            DatesOutOfOrder { .. } => "dates_out_of_order",
            NotAVersionDate => "not_a_version_date",
            NoValueInForce { .. } => "no_value_in_force",
            NotADate(_) => "not_a_date",
            NotMoney(_) => "not_money",
            NotARate(_) => "not_a_rate",
            NotACount(_) => "not_a_count",
            UnknownId { .. } => "unknown_id",
            Duplicate(_) => "duplicate",
            RangeReversed => "range_reversed",
            Empty(_) => "empty",
        }
    }
}

/// What is wrong, without the entry.
impl fmt::Display for PolicyErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use PolicyErrorKind::*;
        match self {
            Syntax(m) => write!(f, "{m}"),
            UnknownKey(k) => write!(f, "unknown key `{k}`"),
            Missing(k) => write!(f, "`{k}` is missing"),
            NoVersion => f.write_str("no version is listed"),
            DuplicateVersion(id) => write!(f, "a second version with the id `{id}`"),
            VersionsOutOfOrder { previous } => {
                write!(f, "in force before or on the day the version before it starts ({previous})")
            }
            DatesOutOfOrder { previous } => {
                write!(f, "does not start after the value before it ({previous}): list values oldest first, one a day")
            }
            NotAVersionDate => {
                f.write_str("no version starts on this day: add the version that makes this change")
            }
            NoValueInForce { version } => write!(f, "no value in force when version `{version}` starts"),
            NotADate(s) => write!(f, "`{s}` is not a date YYYY-MM-DD"),
            NotMoney(s) => {
                write!(f, "`{s}` is not an amount of money (yuan, at most two decimals, not negative)")
            }
            NotARate(s) => write!(f, "`{s}` is not a rate between 0 and 1 (50 % is \"0.5\")"),
            NotACount(s) => write!(f, "`{s}` is not a whole number from 0"),
            UnknownId { expected, found } => write!(f, "`{found}` is not {expected}"),
            Duplicate(s) => write!(f, "`{s}` is listed twice"),
            RangeReversed => f.write_str("`min` is above `max`"),
            Empty(k) => write!(f, "`{k}` is empty"),
        }
    }
}

impl std::error::Error for PolicyError {}

/// A scalar as written: a quoted string, or a whole number (`true`). Kept as
/// its text, so a wrong value is quoted back as written, and written back as
/// it came; never a float (not exact).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scalar(pub String, pub bool);

impl Serialize for Scalar {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0.parse::<i128>() {
            Ok(n) if self.1 => s.serialize_i128(n),
            _ => s.serialize_str(&self.0),
        }
    }
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Scalar, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Scalar;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a quoted value such as \"7000\", \"0.5\" or \"2025-01-01\", or a whole number")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string(), false))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string(), true))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string(), true))
            }
        }
        d.deserialize_any(V)
    }
}

/// Keys the format does not have, gathered to be named (serde's own
/// `deny_unknown_fields` would stop at the first, as a syntax error).
pub type Unknown = BTreeMap<String, Ignored>;

/// Any value, read and dropped. A file with one is refused, so the data
/// written back (`talent-check policy`) never has any: the flattened map
/// of them writes nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ignored;

impl<'de> Deserialize<'de> for Ignored {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Ignored, D::Error> {
        IgnoredAny::deserialize(d).map(|_| Ignored)
    }
}

impl Serialize for Ignored {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_unit()
    }
}

/// One `[[versions]]` table.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RawVersion {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_force_from: Option<Scalar>,
    /// What the version changed, in words, for docs/policy-changes.md.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changes: Option<String>,
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// One entry: the clause, the text's own words (or, for a reading of ours,
/// a note), and its values, each from a date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RawEntry<R> {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clause: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default = "Option::default", skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<RawDated<R>>>,
    #[serde(flatten)]
    pub unknown: Unknown,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RawDated<R> {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Scalar>,
    #[serde(default = "Option::default", skip_serializing_if = "Option::is_none")]
    pub value: Option<R>,
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// A value as the data file writes it, and how it is checked.
pub trait Value: Sized {
    type Raw;
    fn check(raw: &Self::Raw) -> Result<Self, PolicyErrorKind>;
}

fn count(s: &Scalar) -> Result<u32, PolicyErrorKind> {
    let ok = !s.0.is_empty() && s.0.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| s.0.parse().ok()).flatten().ok_or_else(|| PolicyErrorKind::NotACount(s.0.clone()))
}

fn decimal(s: &str) -> Option<Decimal> {
    crate::money::parse_decimal(s).filter(|_| s.trim() == s && !s.starts_with('-'))
}

impl Value for u32 {
    type Raw = Scalar;
    fn check(raw: &Scalar) -> Result<u32, PolicyErrorKind> {
        count(raw)
    }
}

impl Value for Money {
    type Raw = Scalar;
    fn check(raw: &Scalar) -> Result<Money, PolicyErrorKind> {
        decimal(&raw.0)
            .filter(|d| d.scale() <= 2)
            .map(Money)
            .ok_or_else(|| PolicyErrorKind::NotMoney(raw.0.clone()))
    }
}

impl Value for Decimal {
    type Raw = Scalar;
    fn check(raw: &Scalar) -> Result<Decimal, PolicyErrorKind> {
        decimal(&raw.0).filter(|d| *d <= Decimal::ONE).ok_or_else(|| PolicyErrorKind::NotARate(raw.0.clone()))
    }
}

/// An id of `crate::ids`, written as its JSON spelling.
pub trait Id: Copy + PartialEq {
    const WHAT: &'static str;
    fn from_text(s: &str) -> Option<Self>;
}

macro_rules! ids {
    ($($t:ident: $what:literal),*) => {$(
        impl Id for $t {
            const WHAT: &'static str = $what;
            fn from_text(s: &str) -> Option<$t> {
                $t::parse(s)
            }
        }
        impl Value for $t {
            type Raw = String;
            fn check(raw: &String) -> Result<$t, PolicyErrorKind> {
                id(raw)
            }
        }
    )*};
}

ids!(
    Category: "a category A–E",
    Title: "a title level (none, junior, intermediate, associate_senior, senior)",
    Degree: "a degree (none, junior_college, bachelor, master, doctorate)",
    Honor: "an honour id (docs/contract.md, Honours)",
    Department: "a department as docs/contract.md writes it (师市人社局 …)",
    BenefitId: "an enterprise award id (docs/contract.md, Benefits)"
);

fn id<T: Id>(s: &str) -> Result<T, PolicyErrorKind> {
    T::from_text(s).ok_or_else(|| PolicyErrorKind::UnknownId { expected: T::WHAT, found: s.to_string() })
}

/// Ids in order, none twice.
fn id_list<T: Id>(raw: &[String]) -> Result<Vec<T>, PolicyErrorKind> {
    let mut out = Vec::new();
    for s in raw {
        let t = id(s)?;
        if out.contains(&t) {
            return Err(PolicyErrorKind::Duplicate(s.clone()));
        }
        out.push(t);
    }
    Ok(out)
}

impl Value for Categories {
    type Raw = Vec<String>;
    fn check(raw: &Vec<String>) -> Result<Categories, PolicyErrorKind> {
        id_list::<Category>(raw).map(Categories::of)
    }
}

impl Value for Cow<'static, [Honor]> {
    type Raw = Vec<String>;
    fn check(raw: &Vec<String>) -> Result<Self, PolicyErrorKind> {
        id_list(raw).map(Cow::Owned)
    }
}

/// `{ a = "7000", b = "5000", c = "3000" }`: the categories the clause names.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RawPerCategory {
    #[serde(default, rename = "A", skip_serializing_if = "Option::is_none")]
    pub a: Option<Scalar>,
    #[serde(default, rename = "B", skip_serializing_if = "Option::is_none")]
    pub b: Option<Scalar>,
    #[serde(default, rename = "C", skip_serializing_if = "Option::is_none")]
    pub c: Option<Scalar>,
    #[serde(default, rename = "D", skip_serializing_if = "Option::is_none")]
    pub d: Option<Scalar>,
    #[serde(default, rename = "E", skip_serializing_if = "Option::is_none")]
    pub e: Option<Scalar>,
    #[serde(flatten)]
    pub unknown: Unknown,
}

impl Value for PerCategory {
    type Raw = RawPerCategory;
    fn check(raw: &RawPerCategory) -> Result<PerCategory, PolicyErrorKind> {
        if let Some(k) = raw.unknown.keys().next() {
            return Err(PolicyErrorKind::UnknownKey(k.clone()));
        }
        let money = |s: &Option<Scalar>| s.as_ref().map(Money::check).transpose();
        let p = PerCategory {
            a: money(&raw.a)?,
            b: money(&raw.b)?,
            c: money(&raw.c)?,
            d: money(&raw.d)?,
            e: money(&raw.e)?,
        };
        match p.categories().is_empty() {
            true => Err(PolicyErrorKind::Missing("A, B, C, D or E".into())),
            false => Ok(p),
        }
    }
}

/// `{ min = "200000", max = "300000" }`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RawRange {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<Scalar>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<Scalar>,
    #[serde(flatten)]
    pub unknown: Unknown,
}

impl Value for (Money, Money) {
    type Raw = RawRange;
    fn check(raw: &RawRange) -> Result<(Money, Money), PolicyErrorKind> {
        if let Some(k) = raw.unknown.keys().next() {
            return Err(PolicyErrorKind::UnknownKey(k.clone()));
        }
        let end = |s: &Option<Scalar>, name: &str| {
            s.as_ref().ok_or_else(|| PolicyErrorKind::Missing(name.into())).and_then(Money::check)
        };
        let (min, max) = (end(&raw.min, "min")?, end(&raw.max, "max")?);
        match min <= max {
            true => Ok((min, max)),
            false => Err(PolicyErrorKind::RangeReversed),
        }
    }
}

/// A table with one key per employer type, every one of them.
fn per_employer<R, T: Copy + Default>(
    raw: &BTreeMap<String, R>,
    check: impl Fn(&R) -> Result<T, PolicyErrorKind>,
) -> Result<PerEmployer<T>, PolicyErrorKind> {
    if let Some(k) = raw.keys().find(|k| EmployerType::parse(k).is_none()) {
        return Err(PolicyErrorKind::UnknownKey(k.clone()));
    }
    let mut out = [T::default(); EmployerType::COUNT];
    for (slot, t) in out.iter_mut().zip(EmployerType::ALL) {
        let value = raw.get(t.as_str()).ok_or_else(|| PolicyErrorKind::Missing(t.as_str().into()))?;
        *slot = check(value)?;
    }
    Ok(PerEmployer(out))
}

impl Value for PerEmployer<Categories> {
    type Raw = BTreeMap<String, Vec<String>>;
    fn check(raw: &Self::Raw) -> Result<Self, PolicyErrorKind> {
        per_employer(raw, Categories::check)
    }
}

/// The word that says an employer type has no department of its own here.
pub const NO_DEPARTMENT: &str = "none";

impl Value for PerEmployer<Option<Department>> {
    type Raw = BTreeMap<String, String>;
    fn check(raw: &Self::Raw) -> Result<Self, PolicyErrorKind> {
        per_employer(raw, |s| match s.as_str() {
            NO_DEPARTMENT => Ok(None),
            s => id(s).map(Some),
        })
    }
}

impl Value for AwardDepartments {
    type Raw = BTreeMap<String, Vec<String>>;
    fn check(raw: &Self::Raw) -> Result<Self, PolicyErrorKind> {
        let mut pairs = Vec::new();
        for (award, departments) in raw {
            let award: BenefitId = id(award)?;
            if !ENTERPRISE_AWARDS.contains(&award) {
                return Err(PolicyErrorKind::UnknownId {
                    expected: <BenefitId as Id>::WHAT,
                    found: award.as_str().to_string(),
                });
            }
            if departments.is_empty() {
                return Err(PolicyErrorKind::Missing(format!("{}'s departments", award.as_str())));
            }
            pairs.extend(id_list::<Department>(departments)?.into_iter().map(|d| (award, d)));
        }
        if let Some(a) = ENTERPRISE_AWARDS.iter().find(|a| !raw.contains_key(a.as_str())) {
            return Err(PolicyErrorKind::Missing(a.as_str().into()));
        }
        Ok(AwardDepartments(Cow::Owned(pairs)))
    }
}

fn date(s: &Scalar) -> Result<Date, PolicyErrorKind> {
    Date::parse(&s.0).ok_or_else(|| PolicyErrorKind::NotADate(s.0.clone()))
}

/// A version's header, checked.
#[derive(Clone, Debug, PartialEq)]
pub struct VersionHead {
    pub id: String,
    pub document: String,
    pub in_force_from: Date,
    pub changes: String,
}

/// The problems met while checking, each pinned to its entry.
#[derive(Default)]
struct Problems(Vec<PolicyError>);

impl Problems {
    fn add(&mut self, entry: &str, from: Option<Date>, kind: PolicyErrorKind) {
        self.0.push(PolicyError { entry: entry.to_string(), from, kind });
    }
    fn unknown(&mut self, entry: &str, from: Option<Date>, unknown: &Unknown) {
        for k in unknown.keys() {
            self.add(entry, from, PolicyErrorKind::UnknownKey(k.clone()));
        }
    }
    fn text<'a>(&mut self, entry: &str, key: &'static str, value: &'a Option<String>) -> Option<&'a str> {
        match value.as_deref() {
            None => self.add(entry, None, PolicyErrorKind::Missing(key.into())),
            Some(t) if t.trim().is_empty() => self.add(entry, None, PolicyErrorKind::Empty(key)),
            Some(t) => return Some(t),
        }
        None
    }
}

fn check_versions(raw: &Option<Vec<RawVersion>>, p: &mut Problems) -> Vec<VersionHead> {
    let mut heads: Vec<VersionHead> = Vec::new();
    let Some(raw) = raw.as_ref().filter(|r| !r.is_empty()) else {
        p.add("versions", None, PolicyErrorKind::NoVersion);
        return heads;
    };
    for (i, v) in raw.iter().enumerate() {
        let at = format!("versions[{i}]");
        p.unknown(&at, None, &v.unknown);
        let id = p.text(&at, "id", &v.id);
        let document = p.text(&at, "document", &v.document);
        let changes = p.text(&at, "changes", &v.changes);
        let from = match &v.in_force_from {
            None => {
                p.add(&at, None, PolicyErrorKind::Missing("in_force_from".into()));
                None
            }
            Some(s) => date(s).map_err(|k| p.add(&at, None, k)).ok(),
        };
        // A faulty version is left out, so its fault is not also reported of every entry.
        let before = p.0.len();
        if let Some(id) = id.filter(|id| heads.iter().any(|h| h.id == *id)) {
            p.add(&at, None, PolicyErrorKind::DuplicateVersion(id.to_string()));
        }
        if let (Some(from), Some(last)) = (from, heads.last()) {
            if from <= last.in_force_from {
                p.add(&at, Some(from), PolicyErrorKind::VersionsOutOfOrder { previous: last.in_force_from });
            }
        }
        if p.0.len() > before {
            continue;
        }
        if let (Some(id), Some(document), Some(changes), Some(in_force_from)) = (id, document, changes, from)
        {
            heads.push(VersionHead {
                id: id.to_string(),
                document: document.to_string(),
                in_force_from,
                changes: changes.to_string(),
            });
        }
    }
    heads
}

/// One entry's value in each version, or `None` with its problems recorded.
fn check_entry<T: Value + Clone>(
    name: &str,
    raw: &Option<RawEntry<T::Raw>>,
    heads: &[VersionHead],
    p: &mut Problems,
) -> Option<Vec<T>> {
    let Some(e) = raw else {
        p.add(name, None, PolicyErrorKind::Missing("the entry".into()));
        return None;
    };
    p.unknown(name, None, &e.unknown);
    p.text(name, "clause", &e.clause);
    if e.text.is_none() && e.note.is_none() {
        p.add(name, None, PolicyErrorKind::Missing("text".into()));
    }
    for (key, t) in [("text", &e.text), ("note", &e.note)] {
        if t.as_deref().is_some_and(|t| t.trim().is_empty()) {
            p.add(name, None, PolicyErrorKind::Empty(key));
        }
    }
    let Some(values) = e.values.as_ref().filter(|v| !v.is_empty()) else {
        p.add(name, None, PolicyErrorKind::Missing("values".into()));
        return None;
    };
    let before = p.0.len();
    let mut dated: Vec<(Date, T)> = Vec::new();
    for v in values {
        let from = match &v.from {
            None => {
                p.add(name, None, PolicyErrorKind::Missing("from".into()));
                None
            }
            Some(s) => date(s).map_err(|k| p.add(name, None, k)).ok(),
        };
        p.unknown(name, from, &v.unknown);
        let value = match &v.value {
            None => {
                p.add(name, from, PolicyErrorKind::Missing("value".into()));
                None
            }
            Some(r) => T::check(r).map_err(|k| p.add(name, from, k)).ok(),
        };
        let Some(from) = from else { continue };
        if let Some(&(previous, _)) = dated.last() {
            if from <= previous {
                p.add(name, Some(from), PolicyErrorKind::DatesOutOfOrder { previous });
            }
        }
        if !heads.is_empty() && !heads.iter().any(|h| h.in_force_from == from) {
            p.add(name, Some(from), PolicyErrorKind::NotAVersionDate);
        }
        if let Some(value) = value {
            dated.push((from, value));
        }
    }
    if p.0.len() > before {
        return None;
    }
    let mut out = Vec::new();
    for h in heads {
        match dated.iter().rev().find(|(from, _)| *from <= h.in_force_from) {
            Some((_, v)) => out.push(v.clone()),
            None => {
                p.add(name, None, PolicyErrorKind::NoValueInForce { version: h.id.clone() });
                return None;
            }
        }
    }
    Some(out)
}

macro_rules! define_raw {
    ($($(#[$doc:meta])* $name:ident: $ty:ty,)*) => {
        /// The whole data file as written.
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        pub struct RawPolicy {
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub versions: Option<Vec<RawVersion>>,
            $(
                #[serde(default = "Option::default", skip_serializing_if = "Option::is_none")]
                pub $name: Option<RawEntry<<$ty as Value>::Raw>>,
            )*
            #[serde(flatten)]
            pub unknown: Unknown,
        }

        /// The names of the entries, in the order of the format.
        pub const ENTRIES: &[&str] = &[$(stringify!($name)),*];

        /// Every version's values, oldest first, or every problem found.
        pub fn check(raw: &RawPolicy) -> Result<Vec<(VersionHead, Policy)>, Vec<PolicyError>> {
            let mut p = Problems::default();
            for k in raw.unknown.keys() {
                p.add(k, None, PolicyErrorKind::UnknownKey(k.clone()));
            }
            let heads = check_versions(&raw.versions, &mut p);
            $(let $name = check_entry::<$ty>(stringify!($name), &raw.$name, &heads, &mut p);)*
            if !p.0.is_empty() {
                return Err(p.0);
            }
            $(let mut $name = $name.into_iter().flatten();)*
            Ok(heads
                .into_iter()
                .map(|h| {
                    let policy = Policy {
                        id: Cow::Owned(h.id.clone()),
                        document: Cow::Owned(h.document.clone()),
                        in_force_from: h.in_force_from,
                        $($name: $name.next().expect("one value per version"),)*
                    };
                    (h, policy)
                })
                .collect())
        }

        impl RawPolicy {
            /// Each entry's clause and words (its text, else its note), by name.
            pub fn words(&self) -> Vec<(&'static str, &str, &str)> {
                let mut out = Vec::new();
                $(if let Some(e) = &self.$name {
                    let words = e.text.as_deref().or(e.note.as_deref()).unwrap_or_default();
                    out.push((stringify!($name), e.clause.as_deref().unwrap_or_default(), words));
                })*
                out
            }
        }

        /// Each version's entries whose value differs from the version
        /// before (every entry for the first), by name.
        pub fn changed(versions: &[(VersionHead, Policy)]) -> Vec<Vec<&'static str>> {
            let mut out = Vec::new();
            let mut previous: Option<&Policy> = None;
            for (_, v) in versions {
                let mut names = Vec::new();
                $(if previous.is_none_or(|p| p.$name != v.$name) {
                    names.push(stringify!($name));
                })*
                out.push(names);
                previous = Some(v);
            }
            out
        }
    };
}

policy_entries!(define_raw);

/// Reads the JSON form of the data file and checks it.
pub fn from_json(text: &str) -> Result<Vec<(VersionHead, Policy)>, Vec<PolicyError>> {
    let de = &mut serde_json::Deserializer::from_str(text);
    let raw: RawPolicy = serde_path_to_error::deserialize(de).map_err(|e| {
        let entry = e.path().to_string();
        vec![PolicyError { entry, from: None, kind: PolicyErrorKind::Syntax(e.into_inner().to_string()) }]
    })?;
    check(&raw)
}
