//! Reading JSON objects field by field, by hand, with plain English errors.
//!
//! The worker's inputs (events, intents, policy input, snapshot queries) are read from a
//! `serde_json::Value` through these helpers rather than derived `Deserialize` impls: each derived
//! impl is a visitor per type and field, which made most of the worker's wasm. Absent fields and
//! `null` read the same for optional fields, as they did through serde (`Option` and `default`).

use crate::score::Level;
use serde_json::{Map, Value};

/// A draft's level by its JSON name (events and the policy input carry one).
pub const LEVELS: [(&str, Level); 3] = [("blind", Level::Blind), ("thin", Level::Thin), ("thoughtful", Level::Thoughtful)];

pub type Object = Map<String, Value>;

/// A JSON object, or an error naming what the value was instead.
pub fn object<'a>(v: &'a Value, what: &str) -> Result<&'a Object, String> {
    v.as_object().ok_or_else(|| format!("{what} is {}, not an object", kind(v)))
}

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

/// A whole number: JSON has one number type, so `1.795e12` or `60.0` count when they are whole.
pub fn whole(v: &Value) -> Option<i64> {
    if let Some(n) = v.as_i64() {
        return Some(n);
    }
    let f = v.as_f64()?;
    // 2^63 is exactly representable; anything at or beyond it does not fit an i64.
    (f.fract() == 0.0 && f.abs() < 9_223_372_036_854_775_808.0).then_some(f as i64)
}

fn present<'a>(obj: &'a Object, name: &str) -> Option<&'a Value> {
    obj.get(name).filter(|v| !v.is_null())
}

pub fn required<'a>(obj: &'a Object, name: &str) -> Result<&'a Value, String> {
    obj.get(name).ok_or_else(|| format!("missing field `{name}`"))
}

/// A whole number that fits `T`.
pub fn int<T: TryFrom<i64>>(v: &Value, name: &str) -> Result<T, String> {
    whole(v).and_then(|n| T::try_from(n).ok()).ok_or_else(|| format!("{name} is not a whole number in range"))
}

pub fn req_int<T: TryFrom<i64>>(obj: &Object, name: &str) -> Result<T, String> {
    int(required(obj, name)?, name)
}

/// Absent means `default`; present, it must be a whole number (as serde's `default` read it).
pub fn int_or<T: TryFrom<i64>>(obj: &Object, name: &str, default: T) -> Result<T, String> {
    obj.get(name).map_or(Ok(default), |v| int(v, name))
}

/// Absent means `default`; present, `read` checks it.
pub fn or<T>(obj: &Object, name: &str, default: T, read: impl Fn(&Value) -> Result<T, String>) -> Result<T, String> {
    obj.get(name).map_or(Ok(default), read)
}

pub fn opt_int(obj: &Object, name: &str) -> Result<Option<i64>, String> {
    present(obj, name).map(|v| int(v, name)).transpose()
}

pub fn req_str<'a>(obj: &'a Object, name: &str) -> Result<&'a str, String> {
    required(obj, name)?.as_str().ok_or_else(|| format!("{name} is not a string"))
}

pub fn opt_str(obj: &Object, name: &str) -> Result<Option<String>, String> {
    present(obj, name).map(|v| v.as_str().map(str::to_string).ok_or_else(|| format!("{name} is not a string"))).transpose()
}

pub fn opt_bool(obj: &Object, name: &str) -> Result<Option<bool>, String> {
    present(obj, name).map(|v| v.as_bool().ok_or_else(|| format!("{name} is not true or false"))).transpose()
}

/// Absent means `default`; present, it must be a boolean.
pub fn bool_or(obj: &Object, name: &str, default: bool) -> Result<bool, String> {
    obj.get(name).map_or(Ok(default), |v| v.as_bool().ok_or_else(|| format!("{name} is not true or false")))
}

/// One of a fixed set of names, e.g. a mode or an event kind.
pub fn one_of<T: Copy>(v: &Value, name: &str, names: &[(&str, T)]) -> Result<T, String> {
    let found = v.as_str().and_then(|s| names.iter().find(|(n, _)| *n == s));
    found.map(|&(_, t)| t).ok_or_else(|| {
        let mut why = format!("{name} must be one of ");
        for (i, (n, _)) in names.iter().enumerate() {
            why.push_str(if i == 0 { "" } else { ", " });
            why.push_str(n);
        }
        why
    })
}

pub fn req_one_of<T: Copy>(obj: &Object, name: &str, names: &[(&str, T)]) -> Result<T, String> {
    one_of(required(obj, name)?, name, names)
}

pub fn opt_one_of<T: Copy>(obj: &Object, name: &str, names: &[(&str, T)]) -> Result<Option<T>, String> {
    present(obj, name).map(|v| one_of(v, name, names)).transpose()
}

/// `Deserialize` through a hand reader: the value is read whole, then `read` does the checking.
#[macro_export]
macro_rules! deserialize_with_reader {
    ($ty:ty, $read:path) => {
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let raw = <serde_json::Value as serde::Deserialize>::deserialize(d)?;
                $read(&raw).map_err(serde::de::Error::custom)
            }
        }
    };
}

/// A number for a message. Integers as written; others by kind, since printing any float would
/// link a float formatter into the wasm for the sake of an error message.
pub fn number_text(n: &serde_json::Number) -> String {
    match (n.as_i64(), n.as_u64()) {
        (Some(i), _) => i.to_string(),
        (_, Some(u)) => u.to_string(),
        _ => "a number with a fraction or out of range".to_string(),
    }
}

/// A value in a message: a number as `number_text` writes it, anything else by its kind.
pub fn describe(v: &Value) -> String {
    match v {
        Value::Number(n) => number_text(n),
        other => kind(other).to_string(),
    }
}

/// A name read by `parse`, e.g. a built-in site id.
pub fn named<T>(v: &Value, name: &str, parse: impl Fn(&str) -> Option<T>) -> Result<T, String> {
    v.as_str().and_then(parse).ok_or_else(|| format!("{name} is not a known value"))
}
