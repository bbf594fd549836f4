//! Changes requested by the popup and options page, validated before they touch settings.
//!
//! JSON: `{"type":"set_mode","site":"x","mode":"off"}`, `{"type":"snooze","site":"x","until_ms":0}`
//! (0 clears), `{"type":"set_defaults","mode"?,"suggest_below"?,"read_first"?,"badge"?}`,
//! `{"type":"set_site","site":"x","suggest_below"?,"read_first"?,"badge"?}`,
//! `{"type":"clear_site","site":"x"}` (back to the defaults; an origin stays added),
//! `{"type":"add_origin","origin":"https://fosstodon.org","kind":"mastodon"}`,
//! `{"type":"remove_origin","origin":"https://fosstodon.org"}`, `{"type":"reset"}`.

use super::site::{normalize_origin, OriginError, Site, SiteKey};
use super::{Mode, Settings, SiteSettings, MAX_SITES, MAX_SNOOZE_MS, SYNC_BUDGET_BYTES};
use crate::json;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Intent {
    SetMode {
        site: String,
        mode: Mode,
    },
    Snooze {
        site: String,
        #[serde(deserialize_with = "json::whole")]
        until_ms: i64,
    },
    SetDefaults {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        mode: Option<Mode>,
        #[serde(flatten)]
        options: Options,
    },
    SetSite {
        site: String,
        #[serde(flatten)]
        options: Options,
    },
    ClearSite {
        site: String,
    },
    AddOrigin {
        origin: String,
        kind: Site,
    },
    RemoveOrigin {
        origin: String,
    },
    Reset,
}

/// The options both `set_defaults` and `set_site` change; an absent (or `null`) one stays as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Options {
    #[serde(default, deserialize_with = "json::whole_opt", skip_serializing_if = "Option::is_none")]
    pub suggest_below: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_first: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub badge: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SettingsError {
    /// The intent JSON itself is malformed (unknown type, missing or mistyped field).
    BadIntent(String),
    BadSite(OriginError),
    NotAdded(String),
    SnoozeOutOfRange(i64),
    SuggestBelowOutOfRange(i64),
    TooManySites,
    StorageFull,
}

impl fmt::Display for SettingsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SettingsError::BadIntent(why) => write!(f, "invalid settings change: {why}"),
            SettingsError::BadSite(e) => write!(f, "invalid site: {e}"),
            SettingsError::NotAdded(origin) => write!(f, "{origin} is not in your added sites; add it first"),
            SettingsError::SnoozeOutOfRange(t) => {
                write!(f, "snooze end {t} is not a time between 1970 and 9999 (use 0 to stop snoozing)")
            }
            SettingsError::SuggestBelowOutOfRange(n) => write!(f, "suggestion threshold {n} must be between 0 and 100"),
            SettingsError::TooManySites => write!(f, "you already have {MAX_SITES} sites; remove one first"),
            SettingsError::StorageFull => {
                write!(f, "settings would be too large for browser sync storage ({SYNC_BUDGET_BYTES} bytes); remove a site first")
            }
        }
    }
}

impl std::error::Error for SettingsError {}

impl Intent {
    /// Reads an intent, with an English error for the UI saying what is wrong with it.
    pub fn from_json(raw: &Value) -> Result<Intent, SettingsError> {
        Intent::deserialize(raw).map_err(|e| SettingsError::BadIntent(e.to_string()))
    }
}

impl Settings {
    /// Applies one change; on error `self` is consumed and the caller keeps its previous copy.
    pub fn apply(mut self, intent: Intent) -> Result<Settings, SettingsError> {
        match intent {
            Intent::SetMode { site, mode } => self.entry(&site)?.mode = Some(mode),
            Intent::Snooze { site, until_ms } => {
                if !(0..=MAX_SNOOZE_MS).contains(&until_ms) {
                    return Err(SettingsError::SnoozeOutOfRange(until_ms));
                }
                self.entry(&site)?.snooze_until = until_ms;
            }
            Intent::SetDefaults { mode, options } => {
                let threshold = options.suggest_below.map(threshold).transpose()?;
                let d = &mut self.defaults;
                d.mode = mode.unwrap_or(d.mode);
                d.suggest_below = threshold.unwrap_or(d.suggest_below);
                d.read_first = options.read_first.unwrap_or(d.read_first);
                d.badge = options.badge.unwrap_or(d.badge);
            }
            Intent::SetSite { site, options } => {
                let threshold = options.suggest_below.map(threshold).transpose()?;
                let entry = self.entry(&site)?;
                entry.suggest_below = threshold.or(entry.suggest_below);
                entry.read_first = options.read_first.or(entry.read_first);
                entry.badge = options.badge.or(entry.badge);
            }
            Intent::ClearSite { site } => {
                let entry = self.entry(&site)?;
                *entry = SiteSettings { kind: entry.kind, ..SiteSettings::default() };
            }
            Intent::AddOrigin { origin, kind } => {
                let origin = normalize_origin(&origin).map_err(SettingsError::BadSite)?;
                if !self.sites.contains_key(&origin) && self.sites.len() >= MAX_SITES {
                    return Err(SettingsError::TooManySites);
                }
                self.sites.entry(origin).or_default().kind = Some(kind);
            }
            Intent::RemoveOrigin { origin } => {
                // Removing what is already gone is fine: two open options pages may race.
                let origin = normalize_origin(&origin).map_err(SettingsError::BadSite)?;
                self.sites.remove(&origin);
            }
            Intent::Reset => return Ok(Settings::default()),
        }
        // A built-in site with no overrides left needs no entry; dropping it saves sync space.
        self.sites.retain(|_, s| s.kind.is_some() || *s != SiteSettings::default());
        if self.stored_size() > SYNC_BUDGET_BYTES {
            return Err(SettingsError::StorageFull);
        }
        Ok(self)
    }

    /// The entry for a built-in site (created on demand) or an origin that was added before.
    fn entry(&mut self, site: &str) -> Result<&mut SiteSettings, SettingsError> {
        let key = SiteKey::parse(site).map_err(SettingsError::BadSite)?;
        if !self.sites.contains_key(key.as_str()) {
            if key.is_origin() {
                return Err(SettingsError::NotAdded(key.as_str().to_string()));
            }
            if self.sites.len() >= MAX_SITES {
                return Err(SettingsError::TooManySites);
            }
        }
        Ok(self.sites.entry(key.as_str().to_string()).or_default())
    }
}

fn threshold(n: i64) -> Result<u8, SettingsError> {
    u8::try_from(n).ok().filter(|&n| n <= 100).ok_or(SettingsError::SuggestBelowOutOfRange(n))
}
