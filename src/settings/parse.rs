//! Tolerant parsing of stored settings: every field that can be kept is kept, every field that
//! cannot is reported with its path and falls back to its default on its own.

use super::report::{join, quoted, Ignored, Report};
use super::site::{has_scheme, shorten, Site, SiteKey};
use super::values::{boolean, mode, snooze, suggest_below};
use super::{migrate, Defaults, Settings, SiteSettings, MAX_SITES, SYNC_BUDGET_BYTES};
use crate::json::kind;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Parsed {
    pub settings: Settings,
    pub ignored: Vec<Ignored>,
}

pub fn parse(raw: &Value) -> Parsed {
    let mut report = Report::default();
    let settings = match raw {
        Value::Object(obj) => {
            let current = migrate::to_current(obj, &mut report);
            parse_current(&current, &mut report)
        }
        other => {
            report.push("", format!("settings are {} instead of an object; using all defaults", kind(other)));
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
        report.push("defaults", format!("expected an object, found {}; kept all defaults", kind(value)));
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
        report.push("sites", format!("expected an object, found {}; no per-site settings kept", kind(value)));
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
fn entry_size(key: &str, site: &SiteSettings) -> usize {
    let value = serde_json::to_string(site).map_or(usize::MAX / 4, |s| s.len());
    quoted(key).len() + 1 + value + 1
}

fn parse_site(key: &SiteKey, value: &Value, path: &str, report: &mut Report) -> Option<SiteSettings> {
    let Value::Object(obj) = value else {
        report.push(path, format!("expected an object of overrides, found {}; dropped", kind(value)));
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
            report.push(path, format!("expected a site id, found {}; assumed \"mastodon\"", kind(other)))
        }
    }
    Site::Mastodon
}
