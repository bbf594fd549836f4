//! Brings stored settings of any earlier version to the current (v2) shape.
//!
//! Each step takes one version to the next, so a future v3 adds one function and every older
//! version still arrives. Versions:
//! - v1 (pre-release): `{"enabled": bool, "mode": "off|gentle|pause", "disabled_sites": ["x", ...]}`.
//!   `enabled: false` became `defaults.mode = "off"`; each disabled site became a per-site
//!   `mode: "off"`. v1 had no origins, no snooze and no other options.
//! - v2: see the module docs of `settings`.
//!
//! A version newer than this code is parsed as v2 for the fields it shares, and reported.

use super::report::{join, Report};
use super::site::{shorten, Site};
use super::values;
use super::{Mode, CURRENT_VERSION};
use crate::json::{as_whole, describe, kind};
use serde_json::{json, Map, Value};
use std::borrow::Cow;

/// The settings object in v2 shape; problems found in older shapes are reported under their
/// original paths.
pub(super) fn to_current<'a>(obj: &'a Map<String, Value>, report: &mut Report) -> Cow<'a, Map<String, Value>> {
    match version(obj, report) {
        1 => Cow::Owned(v1_to_v2(obj, report)),
        CURRENT_VERSION => Cow::Borrowed(obj),
        newer => {
            report.push(
                "version",
                format!("version {newer} is newer than this extension understands ({CURRENT_VERSION}); kept the settings it knows"),
            );
            Cow::Borrowed(obj)
        }
    }
}

fn version(obj: &Map<String, Value>, report: &mut Report) -> u32 {
    let Some(v) = obj.get("version") else { return 1 };
    let guess = if obj.contains_key("defaults") || obj.contains_key("sites") { CURRENT_VERSION } else { 1 };
    match as_whole(v) {
        Some(n) if n >= 1 => u32::try_from(n).unwrap_or(u32::MAX),
        _ => {
            let shown = describe(v);
            report.push("version", format!("unknown version {shown}; read as version {guess}"));
            guess
        }
    }
}

fn v1_to_v2(obj: &Map<String, Value>, report: &mut Report) -> Map<String, Value> {
    let mut mode = Mode::Pause;
    let mut enabled = true;
    let mut sites = Map::new();
    for (key, v) in obj {
        match key.as_str() {
            "version" => {}
            "enabled" => match v.as_bool() {
                Some(b) => enabled = b,
                None => report.push("enabled", format!("expected true or false, found {}; kept enabled", kind(v))),
            },
            "mode" => match values::mode(v) {
                Ok(m) => mode = m,
                Err(why) => report.push("mode", why),
            },
            "disabled_sites" => disabled_sites(v, &mut sites, report),
            _ => report.push(&join("", key), "unknown setting, ignored"),
        }
    }
    let mode = if enabled { mode } else { Mode::Off };
    let mut out = Map::new();
    out.insert("version".into(), json!(CURRENT_VERSION));
    out.insert("defaults".into(), json!({ "mode": mode }));
    out.insert("sites".into(), Value::Object(sites));
    out
}

fn disabled_sites(v: &Value, sites: &mut Map<String, Value>, report: &mut Report) {
    let Value::Array(items) = v else {
        report.push("disabled_sites", format!("expected a list, found {}; no site disabled", kind(v)));
        return;
    };
    for (i, item) in items.iter().enumerate() {
        let path = format!("disabled_sites[{i}]");
        match item.as_str().map(|id| (id, Site::from_id(id))) {
            Some((_, Some(site))) => {
                sites.insert(site.id().into(), json!({ "mode": Mode::Off }));
            }
            Some((id, None)) => report.push(&path, format!("unknown site \"{}\", ignored", shorten(id))),
            None => report.push(&path, format!("expected a site id, found {}; ignored", kind(item))),
        }
    }
}
