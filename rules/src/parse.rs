//! JSON text to `Input`, with every failure as an `InputError`.
//!
//! A valid input takes serde_json's direct path. Only a failure is parsed again,
//! into a `serde_json::Value` walked by the deserializer below, whose error type
//! receives serde's structured calls (`unknown_field`, `missing_field`,
//! `unknown_variant`…) and builds kinds from them: no message text is ever read.

use crate::error::{ErrorKind, InputError};
use crate::input::Input;
use serde::de::value::BorrowedStrDeserializer;
use serde::de::{self, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use serde::forward_to_deserialize_any;
use serde_json::{Number, Value};
use std::fmt;

/// What the date and decimal visitors report through `de::Error::custom`: our
/// own markers, so that the kind never depends on a message.
pub(crate) const NOT_A_DATE: &str = "not_a_date";
pub(crate) const NOT_A_NUMBER: &str = "not_a_number";

/// Parses one JSON input; every failure names the field and its kind.
pub fn parse(json: &str) -> Result<Input, InputError> {
    if let Ok(input) = serde_json::from_str(json) {
        return Ok(input);
    }
    let value: Value = serde_json::from_str(json).map_err(|_| InputError::new("", ErrorKind::Syntax))?;
    match serde_path_to_error::deserialize::<_, Input>(ValueDe(&value)) {
        Err(e) => {
            let path = e.path().to_string();
            let path = if path == "." || path == "?" { String::new() } else { path };
            Err(e.into_inner().at(path))
        }
        // The direct path refused what the tree accepts: only a repeated
        // field is lost when JSON becomes a tree.
        Ok(_) => Err(InputError::new("", ErrorKind::DuplicateField)),
    }
}

/// The error inside the walk; the path is added around it.
#[derive(Debug)]
pub struct DeError {
    kind: ErrorKind,
    /// A field named by the error itself (missing or unknown), below the path.
    field: Option<String>,
    expected: Vec<&'static str>,
}

impl DeError {
    fn new(kind: ErrorKind, expected: &[&'static str]) -> DeError {
        DeError { kind, field: None, expected: expected.to_vec() }
    }
    fn at(self, path: String) -> InputError {
        let path = match (self.field, path.as_str()) {
            (None, _) => path,
            (Some(f), "") => f,
            (Some(f), p) if p == f || p.ends_with(&format!(".{f}")) => path,
            (Some(f), p) => format!("{p}.{f}"),
        };
        InputError { path, kind: self.kind, expected: self.expected, limit: None }
    }
}

impl fmt::Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.kind.as_str())
    }
}

impl std::error::Error for DeError {}

impl de::Error for DeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        let kind = match msg.to_string().as_str() {
            NOT_A_DATE => ErrorKind::NotADate,
            NOT_A_NUMBER => ErrorKind::NotANumber,
            _ => ErrorKind::Syntax,
        };
        DeError::new(kind, &[])
    }
    fn invalid_type(unexp: de::Unexpected, _: &dyn de::Expected) -> Self {
        match unexp {
            de::Unexpected::Unit => DeError::new(ErrorKind::Required, &[]),
            _ => DeError::new(ErrorKind::WrongType, &[]),
        }
    }
    /// Integer visitors call this for a number outside their type.
    fn invalid_value(_: de::Unexpected, _: &dyn de::Expected) -> Self {
        DeError::new(ErrorKind::OutOfRange, &[])
    }
    fn unknown_variant(_: &str, expected: &'static [&'static str]) -> Self {
        DeError::new(ErrorKind::UnknownValue, expected)
    }
    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        DeError { field: Some(field.to_string()), ..DeError::new(ErrorKind::UnknownField, expected) }
    }
    fn missing_field(field: &'static str) -> Self {
        DeError { field: Some(field.to_string()), ..DeError::new(ErrorKind::Required, &[]) }
    }
    fn duplicate_field(field: &'static str) -> Self {
        DeError { field: Some(field.to_string()), ..DeError::new(ErrorKind::DuplicateField, &[]) }
    }
}

/// Names of JSON types, for `wrong_type`.
const OBJECT: &[&str] = &["object"];
const LIST: &[&str] = &["list"];
const TEXT: &[&str] = &["text"];
const WHOLE: &[&str] = &["whole number"];
const NUMBER: &[&str] = &["number"];
const BOOL: &[&str] = &["true", "false"];
const DATE: &[&str] = &["YYYY-MM-DD"];

/// Null where a value of this type is required, anything else of the wrong type.
fn wrong(v: &Value, expected: &[&'static str]) -> DeError {
    let kind = if v.is_null() { ErrorKind::Required } else { ErrorKind::WrongType };
    DeError::new(kind, expected)
}

struct ValueDe<'a>(&'a Value);

impl<'de> Deserializer<'de> for ValueDe<'de> {
    type Error = DeError;

    /// Only the decimal types (money, rates, years) ask for any value.
    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        match self.0 {
            Value::String(s) => v.visit_borrowed_str(s),
            Value::Number(n) => number(n, v),
            other => Err(wrong(other, NUMBER)),
        }
    }
    fn deserialize_bool<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        match self.0 {
            Value::Bool(b) => v.visit_bool(*b),
            other => Err(wrong(other, BOOL)),
        }
    }
    fn deserialize_i64<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        match self.0 {
            Value::Number(n) => match (n.as_i64(), n.as_u64()) {
                (Some(i), _) => v.visit_i64(i),
                (None, Some(_)) => Err(DeError::new(ErrorKind::OutOfRange, &[])),
                (None, None) => Err(DeError::new(ErrorKind::WrongType, WHOLE)),
            },
            other => Err(wrong(other, WHOLE)),
        }
    }
    fn deserialize_u64<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        self.deserialize_i64(v)
    }
    fn deserialize_u32<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        self.deserialize_i64(v)
    }
    fn deserialize_i32<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        self.deserialize_i64(v)
    }
    /// Dates.
    fn deserialize_str<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        match self.0 {
            Value::String(s) => v.visit_borrowed_str(s),
            other => Err(wrong(other, DATE)),
        }
    }
    fn deserialize_string<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        match self.0 {
            Value::String(s) => v.visit_borrowed_str(s),
            other => Err(wrong(other, TEXT)),
        }
    }
    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        match self.0 {
            Value::Null => v.visit_none(),
            _ => v.visit_some(self),
        }
    }
    fn deserialize_seq<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        match self.0 {
            Value::Array(items) => v.visit_seq(Items(items.iter())),
            other => Err(wrong(other, LIST)),
        }
    }
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_map(v)
    }
    fn deserialize_map<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        match self.0 {
            Value::Object(map) => v.visit_map(Fields { entries: map.iter(), value: None }),
            other => Err(wrong(other, OBJECT)),
        }
    }
    /// The id enums: a string naming one of `variants`.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        variants: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, DeError> {
        match self.0 {
            Value::String(s) => v.visit_enum(BorrowedStrDeserializer::new(s)),
            Value::Null => Err(DeError::new(ErrorKind::Required, variants)),
            _ => Err(DeError::new(ErrorKind::UnknownValue, variants)),
        }
    }
    fn deserialize_ignored_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        v.visit_unit()
    }

    forward_to_deserialize_any! {
        i8 i16 i128 u8 u16 u128 f32 f64 char bytes byte_buf unit unit_struct
        newtype_struct tuple tuple_struct identifier
    }
}

fn number<'de, V: Visitor<'de>>(n: &Number, v: V) -> Result<V::Value, DeError> {
    if let Some(i) = n.as_i64() {
        v.visit_i64(i)
    } else if let Some(u) = n.as_u64() {
        v.visit_u64(u)
    } else {
        v.visit_f64(n.as_f64().unwrap_or(f64::NAN))
    }
}

struct Items<'a>(std::slice::Iter<'a, Value>);

impl<'de> SeqAccess<'de> for Items<'de> {
    type Error = DeError;
    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, DeError> {
        self.0.next().map(|item| seed.deserialize(ValueDe(item))).transpose()
    }
}

struct Fields<'a> {
    entries: serde_json::map::Iter<'a>,
    value: Option<&'a Value>,
}

impl<'de> MapAccess<'de> for Fields<'de> {
    type Error = DeError;
    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, DeError> {
        let Some((key, value)) = self.entries.next() else { return Ok(None) };
        self.value = Some(value);
        seed.deserialize(key.as_str().into_deserializer()).map(Some)
    }
    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, DeError> {
        seed.deserialize(ValueDe(self.value.take().unwrap_or(&Value::Null)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(json: &str) -> InputError {
        parse(json).expect_err(json)
    }

    const PERSON: &str = r#""assessment_date":"2026-11-23","person":{"birth_date":"1990-01-01""#;

    #[test]
    fn kinds_come_from_serde_calls_not_from_messages() {
        let e = err(&format!("{{{PERSON},\"degre\":1}}}}"));
        assert_eq!((e.path.as_str(), e.kind), ("person.degre", ErrorKind::UnknownField));
        assert!(e.expected.contains(&"full_time_degree"));

        let e = err(&format!("{{{PERSON},\"full_time_degree\":\"phd\"}}}}"));
        assert_eq!((e.path.as_str(), e.kind), ("person.full_time_degree", ErrorKind::UnknownValue));
        assert!(e.expected.contains(&"doctorate"));

        let e = err(r#"{"assessment_date":"2026-11-23","person":{}}"#);
        assert_eq!((e.path.as_str(), e.kind), ("person.birth_date", ErrorKind::Required));

        let e = err(r#"{"assessment_date":"2026-11-23","person":{"birth_date":"1990-13-01"}}"#);
        assert_eq!((e.path.as_str(), e.kind), ("person.birth_date", ErrorKind::NotADate));

        let e = err(&format!("{{{PERSON}}},\"employment\":{{\"mode\":null}}}}"));
        assert_eq!((e.path.as_str(), e.kind), ("employment.mode", ErrorKind::Required));
        assert_eq!(e.expected, ["full_time", "flexible", "none"]);

        let e = err(&format!("{{{PERSON}}},\"employment\":{{\"flexible_days\":1.5}}}}"));
        assert_eq!(
            (e.path.as_str(), e.kind, e.expected.clone()),
            ("employment.flexible_days", ErrorKind::WrongType, vec!["whole number"])
        );

        let e = err(&format!("{{{PERSON}}},\"employment\":{{\"purchase_price\":\"1e5\"}}}}"));
        assert_eq!((e.path.as_str(), e.kind), ("employment.purchase_price", ErrorKind::NotANumber));

        let e = err(&format!("{{{PERSON}}},\"employment\":{{\"division_affiliated\":null}}}}"));
        assert_eq!((e.kind, e.expected.clone()), (ErrorKind::Required, vec!["true", "false"]));

        let e = err(&format!("{{{PERSON}}},\"loan\":{{\"principal\":true}}}}"));
        assert_eq!((e.path.as_str(), e.kind), ("loan.principal", ErrorKind::WrongType));
    }

    #[test]
    fn the_document_itself() {
        assert_eq!(err("{").kind, ErrorKind::Syntax);
        assert_eq!(err("[]").kind, ErrorKind::WrongType);
        assert_eq!(err("").kind, ErrorKind::Syntax);
        let dup = err(r#"{"assessment_date":"2026-11-23","assessment_date":"2026-11-23"}"#);
        assert_eq!((dup.path.as_str(), dup.kind), ("", ErrorKind::DuplicateField));
    }

    #[test]
    fn hires_are_named_by_index() {
        let e = err(
            r#"{"assessment_date":"2026-11-23","enterprise":{"flexible_hires":[{"category":"B"},{"category":"F"}]}}"#,
        );
        assert_eq!(
            (e.path.as_str(), e.kind),
            ("enterprise.flexible_hires[1].category", ErrorKind::UnknownValue)
        );
    }
}
