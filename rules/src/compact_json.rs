//! Compact JSON, byte for byte as `serde_json::to_writer` writes it, for the
//! results the command line writes by the thousand (`assess --jsonl`).
//! serde_json looks at every byte of every key and string on its own for a
//! character to escape, and that scan was a third of the time a result took;
//! here a string is checked in one pass that the compiler vectorises and,
//! when nothing in it needs escaping (every key, nearly every value),
//! copied as it is. Floats and the rare string that needs escaping are
//! written by serde_json itself.

use serde::ser::{self, Serialize};
use serde_json::Error;

/// Appends `value` as compact JSON: the same bytes as `serde_json::to_writer`.
pub fn write<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) -> Result<(), Error> {
    value.serialize(Json(out))
}

/// Whether JSON writes `s` between quotes as it is: no control character,
/// quote or backslash in it. Checked eight bytes at a time, the last eight
/// (or four) overlapping the ones before: most strings are a few bytes long,
/// and a byte-by-byte tail was most of the time.
fn plain(s: &str) -> bool {
    let b = s.as_bytes();
    let n = b.len();
    let word = |i: usize| u64::from_le_bytes(b[i..i + 8].try_into().expect("eight bytes"));
    let half = |i: usize| u64::from(u32::from_le_bytes(b[i..i + 4].try_into().expect("four bytes")));
    match n {
        8.. => (0..n / 8).all(|k| clean(word(8 * k))) && clean(word(n - 8)),
        4..=7 => clean(half(0) | (half(n - 4) << 32)),
        _ => b.iter().all(|&c| c >= 0x20 && c != b'"' && c != b'\\'),
    }
}

/// No byte of `x` below 0x20, a quote or a backslash (the bit tricks of
/// "Determine if a word has a byte less than n" and "… equal to n").
fn clean(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero_byte = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let below_space = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
    (below_space | zero_byte(x ^ (ONES * u64::from(b'"'))) | zero_byte(x ^ (ONES * u64::from(b'\\')))) == 0
}

fn string(out: &mut Vec<u8>, s: &str) -> Result<(), Error> {
    if plain(s) {
        out.reserve(s.len() + 2);
        out.push(b'"');
        out.extend_from_slice(s.as_bytes());
        out.push(b'"');
        Ok(())
    } else {
        serde_json::to_writer(out, s)
    }
}

/// A map's key: a string, or as serde_json writes them, a number or a
/// boolean in quotes; anything else is serde_json's error too.
fn key<K: Serialize + ?Sized>(out: &mut Vec<u8>, k: &K) -> Result<(), Error> {
    let start = out.len();
    k.serialize(Json(out))?;
    match out.get(start) {
        Some(b'"') => Ok(()),
        Some(b'-' | b'0'..=b'9' | b't' | b'f') => {
            out.insert(start, b'"');
            out.push(b'"');
            Ok(())
        }
        _ => Err(ser::Error::custom("key must be a string")),
    }
}

struct Json<'a>(&'a mut Vec<u8>);

/// An array or object being written: its closing bytes, and whether an
/// element has been written yet (a comma goes before every other).
struct Compound<'a> {
    out: &'a mut Vec<u8>,
    first: bool,
    close: &'static [u8],
}

impl<'a> Json<'a> {
    fn open(self, open: &[u8], close: &'static [u8]) -> Compound<'a> {
        self.0.extend_from_slice(open);
        Compound { out: self.0, first: true, close }
    }

    /// `{"variant":` before a variant's content, written as serde_json does.
    fn variant(self, variant: &str, open: &[u8], close: &'static [u8]) -> Result<Compound<'a>, Error> {
        self.0.push(b'{');
        string(self.0, variant)?;
        self.0.push(b':');
        Ok(self.open(open, close))
    }
}

macro_rules! integers {
    ($($f:ident: $t:ty),*) => {$(
        fn $f(self, v: $t) -> Result<(), Error> {
            self.0.extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
            Ok(())
        }
    )*};
}

impl<'a> ser::Serializer for Json<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.0.extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }

    integers!(serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64, serialize_i128: i128);
    integers!(serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64, serialize_u128: u128);

    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        serde_json::to_writer(self.0, &v)
    }

    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        serde_json::to_writer(self.0, &v)
    }

    fn serialize_char(self, v: char) -> Result<(), Error> {
        string(self.0, v.encode_utf8(&mut [0; 4]))
    }

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        string(self.0, v)
    }

    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        use ser::SerializeSeq;
        let mut seq = self.open(b"[", b"]");
        for b in v {
            seq.serialize_element(b)?;
        }
        seq.end()
    }

    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), Error> {
        self.0.extend_from_slice(b"null");
        Ok(())
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }

    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<(), Error> {
        string(self.0, variant)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        let c = self.variant(variant, b"", b"}")?;
        value.serialize(Json(&mut *c.out))?;
        c.close()
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(self.open(b"[", b"]"))
    }

    fn serialize_tuple(self, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Error> {
        self.variant(variant, b"[", b"]}")
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(self.open(b"{", b"}"))
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Error> {
        Ok(self.open(b"{", b"}"))
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Error> {
        self.variant(variant, b"{", b"}}")
    }
}

impl Compound<'_> {
    fn comma(&mut self) {
        if !self.first {
            self.out.push(b',');
        }
        self.first = false;
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.comma();
        value.serialize(Json(self.out))
    }

    fn field<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) -> Result<(), Error> {
        self.comma();
        string(self.out, name)?;
        self.out.push(b':');
        value.serialize(Json(self.out))
    }

    fn close(self) -> Result<(), Error> {
        self.out.extend_from_slice(self.close);
        Ok(())
    }
}

// Serde asks for one trait per kind of sequence and of struct; each of ours
// writes its elements, or its named fields, the same way.
macro_rules! elements {
    ($($kind:ident :: $method:ident),*) => {$(
        impl ser::$kind for Compound<'_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.element(value)
            }
            fn end(self) -> Result<(), Error> {
                self.close()
            }
        }
    )*};
}
elements!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

macro_rules! fields {
    ($($kind:ident),*) => {$(
        impl ser::$kind for Compound<'_> {
            type Ok = ();
            type Error = Error;
            fn serialize_field<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) -> Result<(), Error> {
                self.field(name, value)
            }
            fn end(self) -> Result<(), Error> {
                self.close()
            }
        }
    )*};
}
fields!(SerializeStruct, SerializeStructVariant);

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, k: &T) -> Result<(), Error> {
        self.comma();
        key(self.out, k)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.out.push(b':');
        value.serialize(Json(self.out))
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::collections::BTreeMap;

    fn same<T: Serialize + ?Sized>(value: &T) {
        let mut ours = Vec::new();
        write(&mut ours, value).unwrap();
        assert_eq!(String::from_utf8(ours).unwrap(), serde_json::to_string(value).unwrap());
    }

    #[test]
    fn every_acceptance_case_is_written_as_serde_json_writes_it() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/policy_cases");
        let mut cases = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.to_string_lossy().ends_with(".input.json") {
                let input = std::fs::read_to_string(&path).unwrap();
                match crate::assess_json(&input) {
                    Ok(mut a) => {
                        same(&a);
                        a.fill_calculation();
                        same(&a);
                    }
                    Err(e) => same(&json!({ "error": e })),
                }
                cases += 1;
            }
        }
        assert!(cases > 20, "{cases} cases");
    }

    #[test]
    fn strings_that_need_escaping_and_every_shape_of_value() {
        for s in
            ["", "plain", "引号\"", "back\\slash", "tab\tnew\nline\r", "\u{1}\u{1f}\u{7f}", "é𝄞", "</script>"]
        {
            same(s);
            same(&BTreeMap::from([(s, s)]));
        }
        same(&'"');
        same(&'x');
        same(
            &json!({"a": [1, -2, 3.5, 1e300, null, true, false, {"b": []}, {}], "c": u64::MAX, "d": i64::MIN}),
        );
        same(&(1u8, "two", [3i128, -4], ()));
        same(&BTreeMap::from([(1, "one"), (-2, "minus two")]));
        same(&BTreeMap::from([(true, 1), (false, 0)]));
        same(&f64::NAN);
        same(&Some(f32::INFINITY));
        same(&serde_bytes_like(b"\x00\xff"));
        #[derive(serde::Serialize)]
        enum E {
            Unit,
            Newtype(u8),
            Tuple(u8, &'static str),
            Struct { a: Option<u8>, b: Vec<E> },
        }
        #[derive(serde::Serialize)]
        struct Wrapper(E);
        #[derive(serde::Serialize)]
        struct Empty;
        same(&[E::Unit, E::Newtype(1), E::Tuple(2, "x\"y"), E::Struct { a: None, b: vec![E::Unit] }]);
        same(&Wrapper(E::Struct { a: Some(3), b: vec![] }));
        same(&Empty);
    }

    /// Bytes as `serialize_bytes` takes them.
    fn serde_bytes_like(b: &'static [u8]) -> impl Serialize {
        struct Bytes(&'static [u8]);
        impl Serialize for Bytes {
            fn serialize<S: ser::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_bytes(self.0)
            }
        }
        Bytes(b)
    }

    #[test]
    fn a_string_is_plain_unless_a_byte_needs_escaping_wherever_it_is() {
        let needs = |s: &str| s.bytes().any(|c| c < 0x20 || c == b'"' || c == b'\\');
        for len in 0..=24 {
            for filler in ["a", "~", "é", "\u{7f}"] {
                let text: String = filler.repeat(len);
                assert!(plain(&text), "{text:?}");
                for at in 0..len {
                    for bad in ['"', '\\', '\0', '\n', '\u{1f}', ' ', '!', '#', '[', ']', '\u{80}'] {
                        let mut chars: Vec<char> = text.chars().collect();
                        chars[at] = bad;
                        let s: String = chars.into_iter().collect();
                        assert_eq!(plain(&s), !needs(&s), "{s:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn a_key_that_is_no_string_number_or_boolean_is_refused() {
        let mut out = Vec::new();
        assert!(write(&mut out, &BTreeMap::from([(Some(()), 1)])).is_err());
        assert!(serde_json::to_string(&BTreeMap::from([(Some(()), 1)])).is_err());
        assert!(write(&mut out, &BTreeMap::from([(vec![1], 1)])).is_err());
    }
}
