//! JSON values the way this crate reads them, for serde's derived readers and for the readers of
//! stored settings and stats alike.
//!
//! - JSON has one number type: a whole number may arrive as `60`, `60.0` or `6e1`, and all three
//!   are the number 60 ([`whole`], [`whole_opt`], [`as_whole`]).
//! - Stored values that are read leniently, where a damaged field falls back to its default and the
//!   rest survive, use [`or_default`] and [`valid_items`].
//! - Messages about a value name it in plain words ([`kind`], [`describe`]).

use serde::de::{self, DeserializeOwned, Deserializer, Unexpected, Visitor};
use serde::Deserialize;
use serde_json::Value;
use std::fmt;

/// A whole number that fits `T`, for `#[serde(deserialize_with = "json::whole")]`.
pub fn whole<'de, D: Deserializer<'de>, T: TryFrom<i64>>(d: D) -> Result<T, D::Error> {
    let n = d.deserialize_any(WholeNumber)?;
    T::try_from(n).map_err(|_| de::Error::invalid_value(Unexpected::Signed(n), &"a whole number in range"))
}

/// An optional [`whole`] number: absent (with `#[serde(default)]`) or `null` is `None`.
pub fn whole_opt<'de, D: Deserializer<'de>, T: TryFrom<i64>>(d: D) -> Result<Option<T>, D::Error> {
    struct Whole<T>(T);
    impl<'de, T: TryFrom<i64>> Deserialize<'de> for Whole<T> {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            whole(d).map(Whole)
        }
    }
    Ok(Option::<Whole<T>>::deserialize(d)?.map(|Whole(n)| n))
}

/// The [`whole`] number a JSON value holds, if it holds one.
pub fn as_whole(v: &Value) -> Option<i64> {
    whole(v).ok()
}

struct WholeNumber;

impl Visitor<'_> for WholeNumber {
    type Value = i64;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a whole number")
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<i64, E> {
        Ok(n)
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<i64, E> {
        i64::try_from(n).map_err(|_| E::invalid_value(Unexpected::Unsigned(n), &"a whole number in range"))
    }

    fn visit_f64<E: de::Error>(self, f: f64) -> Result<i64, E> {
        // 2^63 is exactly representable; anything at or beyond it does not fit an i64.
        if f.fract() == 0.0 && f.abs() < 9_223_372_036_854_775_808.0 {
            Ok(f as i64)
        } else {
            Err(E::invalid_value(Unexpected::Float(f), &self))
        }
    }
}

/// A stored value that does not read as `T` becomes `T::default()`, for
/// `#[serde(deserialize_with = "json::or_default")]`.
pub fn or_default<'de, D: Deserializer<'de>, T: DeserializeOwned + Default>(d: D) -> Result<T, D::Error> {
    Ok(T::deserialize(Value::deserialize(d)?).unwrap_or_default())
}

/// A stored list keeps the items that read as `T` and drops the rest; anything else is empty.
pub fn valid_items<'de, D: Deserializer<'de>, T: DeserializeOwned>(d: D) -> Result<Vec<T>, D::Error> {
    let items: Vec<Value> = or_default(d)?;
    Ok(items.into_iter().filter_map(|v| T::deserialize(v).ok()).collect())
}

/// What a value is, for a message: "a number", "a list", ...
pub fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// A value in a message: a number as written, anything else by its [`kind`].
pub fn describe(v: &Value) -> String {
    match v {
        Value::Number(n) => n.to_string(),
        other => kind(other).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Numbers {
        #[serde(deserialize_with = "whole")]
        at: i64,
        #[serde(default, deserialize_with = "whole_opt")]
        small: Option<u8>,
    }

    #[test]
    fn whole_numbers_in_any_spelling() {
        let read = |v: Value| serde_json::from_value::<Numbers>(v).ok();
        assert_eq!(read(json!({"at": 1.795e12, "small": 60.0})), Some(Numbers { at: 1_795_000_000_000, small: Some(60) }));
        assert_eq!(read(json!({"at": -3, "small": null})), Some(Numbers { at: -3, small: None }));
        assert_eq!(read(json!({"at": 0})), Some(Numbers { at: 0, small: None }));
        for bad in [json!({"at": 1.5}), json!({"at": "1"}), json!({"at": u64::MAX}), json!({"at": 1e300}), json!({"at": 1, "small": 256})] {
            assert_eq!(read(bad.clone()), None, "{bad}");
        }
        assert_eq!((as_whole(&json!(2.0)), as_whole(&json!(-0.0)), as_whole(&json!([]))), (Some(2), Some(0), None));
    }

    #[test]
    fn lenient_fields_keep_what_reads() {
        #[derive(Debug, Deserialize, PartialEq)]
        struct Stored {
            #[serde(deserialize_with = "or_default")]
            n: u32,
            #[serde(deserialize_with = "valid_items")]
            list: Vec<i64>,
        }
        let stored: Stored = serde_json::from_value(json!({"n": -4, "list": [1, "x", 1.5, 2]})).unwrap();
        assert_eq!(stored, Stored { n: 0, list: vec![1, 2] });
        let stored: Stored = serde_json::from_value(json!({"n": 7, "list": "often"})).unwrap();
        assert_eq!(stored, Stored { n: 7, list: vec![] });
    }

    #[test]
    fn values_in_plain_words() {
        assert_eq!(describe(&json!(45.5)), "45.5");
        assert_eq!(describe(&json!(-3)), "-3");
        assert_eq!(describe(&json!("x")), "a string");
        assert_eq!(kind(&json!({})), "an object");
    }
}
