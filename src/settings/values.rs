//! Reading one stored setting's value: a mode, a threshold, a switch, a snooze end. Each reader
//! either keeps the value or says in plain words why not and what was kept instead.

use super::site::shorten;
use super::{Mode, MAX_SNOOZE_MS};
use crate::json::{as_whole, describe, kind};
use serde::Deserialize;
use serde_json::Value;

pub(super) fn mode(v: &Value) -> Result<Mode, String> {
    match v {
        Value::String(name) => {
            Mode::deserialize(v).map_err(|_| format!("unknown mode \"{}\", kept default", shorten(name)))
        }
        other => Err(format!("expected \"off\", \"gentle\" or \"pause\", found {}; kept default", kind(other))),
    }
}

pub(super) fn suggest_below(v: &Value) -> Result<u8, String> {
    match as_whole(v) {
        Some(n) if (0..=100).contains(&n) => Ok(n as u8),
        Some(n) => Err(format!("{n} is outside 0..=100, kept default")),
        None => Err(format!("expected a whole number 0..=100, found {}; kept default", describe(v))),
    }
}

pub(super) fn boolean(v: &Value) -> Result<bool, String> {
    v.as_bool().ok_or_else(|| format!("expected true or false, found {}; kept default", kind(v)))
}

pub(super) fn snooze(v: &Value) -> Result<i64, String> {
    match as_whole(v) {
        Some(t) if (0..=MAX_SNOOZE_MS).contains(&t) => Ok(t),
        Some(t) => Err(format!("{t} is not a time in years 1970..=9999, not snoozed")),
        None => Err(format!("expected epoch milliseconds, found {}; not snoozed", describe(v))),
    }
}
