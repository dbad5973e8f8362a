//! Rejected input as data, in the manner of regex-syntax's `ast::Error`: a
//! JSON path and a kind, with the accepted values or the bound crossed. The
//! English message is derived from the kind; a UI translates the kind.
//! docs/contract.md lists the kinds.

use serde::ser::{Serialize, SerializeStruct, Serializer};
use std::fmt;

macro_rules! kinds {
    ($($(#[$m:meta])* $v:ident = $s:literal),+ $(,)?) => {
        /// What is wrong; the JSON spelling is stable.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ErrorKind { $($(#[$m])* $v),+ }

        // The kinds as the JSON spells them, for the TypeScript types
        // (rules/src/typescript.rs): `ErrorKind` serialises by hand.
        /// What is wrong with a rejected input; docs/contract.md lists the kinds.
        #[cfg(test)]
        #[derive(ts_rs::TS)]
        #[ts(rename = "ErrorKind")]
        #[allow(dead_code)] // only its type is read
        pub(crate) enum ErrorKindJson { $($(#[$m])* #[ts(rename = $s)] $v),+ }

        impl ErrorKind {
            pub const ALL: &'static [ErrorKind] = &[$(ErrorKind::$v),+];
            pub fn as_str(self) -> &'static str {
                match self { $(ErrorKind::$v => $s),+ }
            }
        }
    };
}

kinds! {
    /// Not JSON, or cut short; in a batch CSV, a row with more cells than its header.
    Syntax = "syntax",
    /// A value of the wrong JSON type; `expected` names the type.
    WrongType = "wrong_type",
    /// `expected`: the fields allowed there.
    UnknownField = "unknown_field",
    /// `expected`: the ids accepted.
    UnknownValue = "unknown_value",
    /// Missing or null; `expected`: the values accepted, for a choice.
    Required = "required",
    DuplicateField = "duplicate_field",
    NotADate = "not_a_date",
    NotANumber = "not_a_number",
    Negative = "negative",
    /// Money is counted in fen: at most two decimals.
    TooManyDecimals = "too_many_decimals",
    /// `limit`: the bound crossed.
    OutOfRange = "out_of_range",
    /// A date before the policy (INT-12); `limit`: its first day.
    BeforePolicy = "before_policy",
    /// Younger than 16 on the assessment date (INT-12); `limit`: the age.
    TooYoung = "too_young",
    /// A birth or registration date after the assessment date; `limit`: that date.
    AfterAssessmentDate = "after_assessment_date",
    /// A graduation date before the birth date.
    BeforeBirth = "before_birth",
    /// Two things given that exclude each other.
    Conflict = "conflict",
}

/// A rejected input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    /// JSON path such as `person.birth_date` or `enterprise.flexible_hires[0].days`; empty for the document.
    pub path: String,
    pub kind: ErrorKind,
    /// Accepted values (ids, field names, a type's name), where useful.
    pub expected: Vec<&'static str>,
    /// The bound that was crossed, where there is one.
    pub limit: Option<String>,
}

impl InputError {
    pub fn new(path: impl Into<String>, kind: ErrorKind) -> Self {
        InputError { path: path.into(), kind, expected: Vec::new(), limit: None }
    }
    pub fn expecting(mut self, expected: &[&'static str]) -> Self {
        self.expected = expected.to_vec();
        self
    }
    pub fn limit(mut self, limit: impl fmt::Display) -> Self {
        self.limit = Some(limit.to_string());
        self
    }

    /// The English message, derived from the kind.
    pub fn message(&self) -> String {
        let limit = self.limit.as_deref().unwrap_or("");
        let one_of = || self.expected.join(", ");
        match self.kind {
            ErrorKind::Syntax => {
                "not valid JSON: expected an object such as {\"assessment_date\": …, \"person\": {…}}".into()
            }
            ErrorKind::WrongType => format!("wrong kind of value: expected {}", one_of()),
            ErrorKind::UnknownField => {
                format!("unknown field: check its spelling; the fields here are {}", one_of())
            }
            ErrorKind::UnknownValue => format!("unknown value: expected one of {}", one_of()),
            ErrorKind::Required if self.expected.is_empty() => "required: this field needs a value".into(),
            ErrorKind::Required => format!("required: give one of {}", one_of()),
            ErrorKind::DuplicateField => "a field is given twice".into(),
            ErrorKind::NotADate => "not a date: expected YYYY-MM-DD, a real calendar day".into(),
            ErrorKind::NotANumber => "not a number: expected digits such as \"450000\" or \"3.45\"".into(),
            ErrorKind::Negative => "must not be negative".into(),
            ErrorKind::TooManyDecimals => "at most two decimal places (fen)".into(),
            ErrorKind::OutOfRange => format!("out of range: the limit is {limit}"),
            ErrorKind::BeforePolicy => {
                format!("before this policy: it applies from {limit}; earlier rules applied before then")
            }
            ErrorKind::TooYoung => format!("the person is younger than {limit} on the assessment date"),
            ErrorKind::AfterAssessmentDate => format!("after the assessment date {limit}"),
            ErrorKind::BeforeBirth => "before the birth date".into(),
            ErrorKind::Conflict => format!("give only one of {}", one_of()),
        }
    }

    /// `{"error": {…}}` as the command line prints it.
    pub fn to_json(&self) -> String {
        serde_json::json!({ "error": self }).to_string()
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.message())
        } else {
            write!(f, "{}: {}", self.path, self.message())
        }
    }
}

impl std::error::Error for InputError {}

impl Serialize for InputError {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let fields = 3 + usize::from(!self.expected.is_empty()) + usize::from(self.limit.is_some());
        let mut st = s.serialize_struct("InputError", fields)?;
        st.serialize_field("path", &self.path)?;
        st.serialize_field("kind", self.kind.as_str())?;
        st.serialize_field("message", &self.message())?;
        if !self.expected.is_empty() {
            st.serialize_field("expected", &self.expected)?;
        }
        if let Some(limit) = &self.limit {
            st.serialize_field("limit", limit)?;
        }
        st.end()
    }
}
