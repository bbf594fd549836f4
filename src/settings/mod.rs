//! User settings, stored in `chrome.storage.sync` under the key `"settings"`.
//!
//! Stored shape (version 2):
//! `{"version":2,"defaults":{"mode":"pause","suggest_below":60,"read_first":true,"badge":false},
//!   "sites":{"x":{"mode":"gentle"},"https://fosstodon.org":{"mode":"pause","kind":"mastodon"}}}`
//!
//! Rules:
//! - [`parse`] never fails. Whatever sync storage hands back (older versions, another device's newer
//!   version, hand-edited junk) becomes valid settings; every dropped or defaulted field is listed in
//!   [`Parsed::ignored`] so the options page can say what happened. A missing `version` means v1.
//! - A site key is a built-in id or a user-added origin; an origin carries `kind`, the built-in site
//!   whose page table applies to it (normally `mastodon`). Per-site fields override the defaults.
//! - A snooze (`snooze_until` in the future) turns the site off until then.
//! - The popup and options page change settings only through validated [`Intent`]s.
//! - Size: chrome.storage.sync refuses items over 8 KB. At most [`MAX_SITES`] entries are kept and
//!   the serialized JSON is held under [`SYNC_BUDGET_BYTES`]; entries that would cross it are
//!   refused by [`Settings::apply`] and dropped (reported) by [`parse`].

mod intent;
mod migrate;
mod parse;
mod report;
mod site;
mod values;

pub use intent::{Intent, Options, SettingsError};
pub use parse::{parse, Parsed};
pub use report::Ignored;
pub use site::{normalize_origin, OriginError, Site, SiteKey, MAX_SITE_KEY_LEN};

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;

pub const CURRENT_VERSION: u32 = 2;
pub const MAX_SITES: usize = 200;
/// Bytes the serialized settings may use: chrome.storage.sync allows 8192 per item (key included);
/// a quarter is left free so a future field never makes a write fail.
pub const SYNC_BUDGET_BYTES: usize = 6 * 1024;
/// Latest snooze end accepted: 9999-12-31, so any stored value is a real date.
pub const MAX_SNOOZE_MS: i64 = 253_402_300_799_999;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    Off,
    Gentle,
    #[default]
    Pause,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Defaults {
    pub mode: Mode,
    /// Drafts scoring below this get a suggestion; 0..=100.
    pub suggest_below: u8,
    pub read_first: bool,
    pub badge: bool,
}

impl Default for Defaults {
    fn default() -> Self {
        Defaults { mode: Mode::Pause, suggest_below: 60, read_first: true, badge: false }
    }
}

/// Per-site overrides; `None` (absent in JSON) means "use the default".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SiteSettings {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<Mode>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggest_below: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub read_first: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub badge: Option<bool>,
    /// Epoch ms; 0 = not snoozed.
    #[serde(skip_serializing_if = "is_zero")]
    pub snooze_until: i64,
    /// Only for user-added origins: the built-in site whose table entry applies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<Site>,
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

/// Keys are normalized site keys (see [`SiteKey`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settings {
    pub defaults: Defaults,
    pub sites: BTreeMap<String, SiteSettings>,
}

/// What a content script on one site should do right now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Effective {
    pub mode: Mode,
    pub snoozed: bool,
    /// End of the active snooze, 0 when not snoozed.
    pub snooze_until: i64,
    pub suggest_below: u8,
    pub read_first: bool,
    pub badge: bool,
}

impl Settings {
    /// Settings for `site_key` at `now_ms`; unknown or malformed keys get the defaults.
    pub fn effective(&self, site_key: &str, now_ms: i64) -> Effective {
        let d = &self.defaults;
        let site = self.site(site_key);
        let snooze_until = site.map_or(0, |s| s.snooze_until);
        let snoozed = snooze_until > now_ms;
        let mode = site.and_then(|s| s.mode).unwrap_or(d.mode);
        Effective {
            mode: if snoozed { Mode::Off } else { mode },
            snoozed,
            snooze_until: if snoozed { snooze_until } else { 0 },
            suggest_below: site.and_then(|s| s.suggest_below).unwrap_or(d.suggest_below),
            read_first: site.and_then(|s| s.read_first).unwrap_or(d.read_first),
            badge: site.and_then(|s| s.badge).unwrap_or(d.badge),
        }
    }

    /// The stored entry for a key in any spelling that normalizes to a known key.
    pub fn site(&self, site_key: &str) -> Option<&SiteSettings> {
        if let Some(s) = self.sites.get(site_key) {
            return Some(s);
        }
        let key = SiteKey::parse(site_key).ok()?;
        self.sites.get(key.as_str())
    }

    /// Serialized length in bytes, as sync storage counts it (key `"settings"` included).
    pub fn stored_size(&self) -> usize {
        "settings".len() + serde_json::to_string(self).map_or(usize::MAX, |s| s.len())
    }

    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
    }
}

#[derive(Serialize)]
struct Stored<'a> {
    version: u32,
    defaults: &'a Defaults,
    sites: &'a BTreeMap<String, SiteSettings>,
}

impl Serialize for Settings {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Stored { version: CURRENT_VERSION, defaults: &self.defaults, sites: &self.sites }.serialize(serializer)
    }
}

/// Lenient: anything deserializes (through [`parse`]); problems are dropped silently here, so
/// callers that want to report them call [`parse`] directly.
impl<'de> Deserialize<'de> for Settings {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = serde_json::Value::deserialize(deserializer)?;
        Ok(parse(&raw).settings)
    }
}
