//! Tolerant parsing of stored settings: every field that can be kept is kept, every field that
//! cannot is reported with its path and falls back to its default on its own.

use super::site::{has_scheme, shorten, Site, SiteKey};
use crate::fields;
use super::{migrate, Defaults, Mode, Settings, SiteSettings, MAX_SITES, MAX_SNOOZE_MS, SYNC_BUDGET_BYTES};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ignored {
    /// Where the problem is, e.g. `sites.x.mode` or `sites["https://a.example"].kind`; "" = whole value.
    pub path: String,
    pub why: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Parsed {
    pub settings: Settings,
    pub ignored: Vec<Ignored>,
}

/// Most problems listed one by one; junk with thousands of keys gets one summary line after these.
const MAX_REPORTED: usize = 50;

/// Collects problems found while parsing or migrating.
#[derive(Debug, Default)]
pub(super) struct Report {
    items: Vec<Ignored>,
    unlisted: usize,
}

impl Report {
    pub fn push(&mut self, path: &str, why: impl Into<String>) {
        if self.items.len() < MAX_REPORTED {
            self.items.push(Ignored { path: path.to_string(), why: why.into() });
        } else {
            self.unlisted += 1;
        }
    }

    fn finish(mut self) -> Vec<Ignored> {
        if self.unlisted > 0 {
            let why = format!("{} more problems not listed", self.unlisted);
            self.items.push(Ignored { path: String::new(), why });
        }
        self.items
    }
}

/// Appends a key to a path, quoting keys that would be ambiguous after a dot (origins).
pub(super) fn join(base: &str, key: &str) -> String {
    let key = &shorten(key);
    let plain = !key.is_empty() && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    match (base.is_empty(), plain) {
        (true, true) => key.to_string(),
        (false, true) => format!("{base}.{key}"),
        (_, false) => format!("{base}[{}]", quoted(key)),
    }
}

/// Whole numbers, including floats with no fraction: JSON has one number type, and `60.0` from an
/// import or another tool means 60.
pub(super) fn as_int(v: &Value) -> Option<i64> {
    if let Some(n) = v.as_i64() {
        return Some(n);
    }
    let f = v.as_f64()?;
    (f.fract() == 0.0 && f.abs() <= 9_007_199_254_740_992.0).then_some(f as i64)
}

pub fn parse(raw: &Value) -> Parsed {
    let mut report = Report::default();
    let settings = match raw {
        Value::Object(obj) => {
            let current = migrate::to_current(obj, &mut report);
            parse_current(&current, &mut report)
        }
        other => {
            report.push("", format!("settings are {} instead of an object; using all defaults", fields::kind(other)));
            Settings::default()
        }
    };
    Parsed { settings, ignored: report.finish() }
}

fn parse_current(obj: &Map<String, Value>, report: &mut Report) -> Settings {
    let mut settings = Settings::default();
    for (key, value) in obj {
        match key.as_str() {
            "version" => {}
            "defaults" => settings.defaults = parse_defaults(value, report),
            "sites" => {}
            _ => report.push(&join("", key), "unknown setting, ignored"),
        }
    }
    // Sites last: their size budget counts the defaults parsed above.
    if let Some(sites) = obj.get("sites") {
        add_sites(&mut settings, sites, report);
    }
    settings
}

fn parse_defaults(value: &Value, report: &mut Report) -> Defaults {
    let mut d = Defaults::default();
    let Value::Object(obj) = value else {
        report.push("defaults", format!("expected an object, found {}; kept all defaults", fields::kind(value)));
        return d;
    };
    for (key, v) in obj {
        let path = join("defaults", key);
        let outcome = match key.as_str() {
            "mode" => mode(v).map(|m| d.mode = m),
            "suggest_below" => suggest_below(v).map(|n| d.suggest_below = n),
            "read_first" => boolean(v).map(|b| d.read_first = b),
            "badge" => boolean(v).map(|b| d.badge = b),
            _ => Err("unknown setting, ignored".to_string()),
        };
        if let Err(why) = outcome {
            report.push(&path, why);
        }
    }
    d
}

fn add_sites(settings: &mut Settings, value: &Value, report: &mut Report) {
    let Value::Object(obj) = value else {
        report.push("sites", format!("expected an object, found {}; no per-site settings kept", fields::kind(value)));
        return;
    };
    let mut candidates: Vec<(String, SiteSettings, String)> = Vec::new();
    for (raw_key, v) in obj {
        let path = join("sites", raw_key);
        let key = match SiteKey::parse(raw_key) {
            Ok(key) => key,
            Err(e) => {
                report.push(&path, format!("{e}; dropped"));
                continue;
            }
        };
        if candidates.iter().any(|(k, _, _)| k == key.as_str()) {
            report.push(&path, format!("same site as \"{}\"; dropped", key.as_str()));
            continue;
        }
        if let Some(site) = parse_site(&key, v, &path, report) {
            candidates.push((key.as_str().to_string(), site, path));
        }
    }
    // Built-in sites matter to everyone, so they are kept first when the caps bite.
    let (builtin, origins): (Vec<_>, Vec<_>) = candidates.into_iter().partition(|(k, _, _)| !has_scheme(k));
    let mut size = settings.stored_size();
    for (key, site, path) in builtin.into_iter().chain(origins) {
        let added = entry_size(&key, &site);
        if settings.sites.len() >= MAX_SITES {
            report.push(&path, format!("more than {MAX_SITES} sites; dropped"));
        } else if size + added > SYNC_BUDGET_BYTES {
            report.push(&path, format!("settings would exceed {SYNC_BUDGET_BYTES} bytes of sync storage; dropped"));
        } else {
            size += added;
            settings.sites.insert(key, site);
        }
    }
}

/// Bytes one entry adds to the serialized settings: `"key":{...}` plus a separating comma.
pub(super) fn entry_size(key: &str, site: &SiteSettings) -> usize {
    let value = serde_json::to_string(site).map_or(usize::MAX / 4, |s| s.len());
    quoted(key).len() + 1 + value + 1
}

/// A string as JSON writes it. Not `Value`'s `Display`, which would link a `Value` serializer.
pub(super) fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

fn parse_site(key: &SiteKey, value: &Value, path: &str, report: &mut Report) -> Option<SiteSettings> {
    let Value::Object(obj) = value else {
        report.push(path, format!("expected an object of overrides, found {}; dropped", fields::kind(value)));
        return None;
    };
    let mut s = SiteSettings::default();
    for (field, v) in obj {
        // null means "no override", which is what absence means too.
        if v.is_null() {
            continue;
        }
        let outcome = match field.as_str() {
            "mode" => mode(v).map(|m| s.mode = Some(m)),
            "suggest_below" => suggest_below(v).map(|n| s.suggest_below = Some(n)),
            "read_first" => boolean(v).map(|b| s.read_first = Some(b)),
            "badge" => boolean(v).map(|b| s.badge = Some(b)),
            "snooze_until" => snooze(v).map(|t| s.snooze_until = t),
            "kind" if key.is_origin() => Ok(()),
            "kind" => Err("kind only applies to added origins, ignored".to_string()),
            _ => Err("unknown setting, ignored".to_string()),
        };
        if let Err(why) = outcome {
            report.push(&join(path, field), why);
        }
    }
    if key.is_origin() {
        s.kind = Some(origin_kind(obj.get("kind"), &join(path, "kind"), report));
    }
    Some(s)
}

fn origin_kind(value: Option<&Value>, path: &str, report: &mut Report) -> Site {
    match value {
        Some(Value::String(id)) => match Site::from_id(id) {
            Some(site) => return site,
            None => report.push(path, format!("unknown site kind \"{}\", assumed \"mastodon\"", shorten(id))),
        },
        None | Some(Value::Null) => report.push(path, "missing kind, assumed \"mastodon\""),
        Some(other) => {
            report.push(path, format!("expected a site id, found {}; assumed \"mastodon\"", fields::kind(other)))
        }
    }
    Site::Mastodon
}

pub(super) fn mode(v: &Value) -> Result<Mode, String> {
    match v {
        Value::String(name) => {
            Mode::from_name(name).ok_or_else(|| format!("unknown mode \"{}\", kept default", shorten(name)))
        }
        other => Err(format!("expected \"off\", \"gentle\" or \"pause\", found {}; kept default", fields::kind(other))),
    }
}

pub(super) fn suggest_below(v: &Value) -> Result<u8, String> {
    match as_int(v) {
        Some(n) if (0..=100).contains(&n) => Ok(n as u8),
        Some(n) => Err(format!("{n} is outside 0..=100, kept default")),
        None => Err(format!("expected a whole number 0..=100, found {}; kept default", fields::describe(v))),
    }
}

fn boolean(v: &Value) -> Result<bool, String> {
    v.as_bool().ok_or_else(|| format!("expected true or false, found {}; kept default", fields::kind(v)))
}

fn snooze(v: &Value) -> Result<i64, String> {
    match as_int(v) {
        Some(t) if (0..=MAX_SNOOZE_MS).contains(&t) => Ok(t),
        Some(t) => Err(format!("{t} is not a time in years 1970..=9999, not snoozed")),
        None => Err(format!("expected epoch milliseconds, found {}; not snoozed", fields::describe(v))),
    }
}
