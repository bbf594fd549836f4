//! What parsing and migrating stored settings could not keep: each problem with the path of the
//! field it was found at, so the options page can say what happened.

use super::site::shorten;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ignored {
    /// Where the problem is, e.g. `sites.x.mode` or `sites["https://a.example"].kind`; "" = whole value.
    pub path: String,
    pub why: String,
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

    pub fn finish(mut self) -> Vec<Ignored> {
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

/// A string as JSON writes it.
pub(super) fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}
