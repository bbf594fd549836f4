//! The ids of the latest counts, so a count resent by a content script is not counted twice.
//!
//! A content script keeps each count in an in-page outbox and resends it until the worker
//! acknowledges it. A worker stopped after storing a count but before acknowledging it gets the
//! same count again, with the same id. The ids are stored in the same value as the counts they
//! counted (the current stats key, see [`layout`](super::layout)), so one write stores both or
//! neither.
//!
//! Bound: the last [`RECENT_IDS`] ids, whatever their age. A page resends a count as soon as the
//! worker is back (its outbox retries after 0.1 s, backing off to 5 s), one count at a time, so a
//! resend is missed only if 200 other counts were stored between a count and its resend: the heavy
//! user of the benchmarks makes about 67 counts a day (126 on the busiest), so 200 is one to three
//! days of counting, far beyond any retry. Keeping ids without their age needs no clock. The bound also
//! keeps the current key small, which every count reads and writes: 200 UUIDs are ~7.9 KB and
//! cost ~1.6 ms of a count to a stopped worker (docs/performance.md); a bound in days would grow
//! with the user's activity instead.

use crate::json;
use serde::Serialize;
use serde_json::Value;
use std::collections::VecDeque;

/// How many ids are remembered.
pub const RECENT_IDS: usize = 200;

/// Oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct RecentIds(VecDeque<String>);

impl RecentIds {
    /// The `ids` field of a stored value. A damaged list keeps its strings and drops the rest:
    /// forgetting an id risks one double count, never a lost one.
    pub fn read(stored: &Value) -> RecentIds {
        let items: Vec<String> = stored.get("ids").map(json::valid_items).and_then(Result::ok).unwrap_or_default();
        let skip = items.len().saturating_sub(RECENT_IDS);
        RecentIds(items.into_iter().skip(skip).collect())
    }

    pub fn contains(&self, id: &str) -> bool {
        self.0.iter().any(|known| known == id)
    }

    /// Adds `id` as the newest, forgetting the oldest beyond [`RECENT_IDS`].
    pub fn remember(&mut self, id: String) {
        self.0.push_back(id);
        while self.0.len() > RECENT_IDS {
            self.0.pop_front();
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn remembers_the_latest_ids_only() {
        let mut ids = RecentIds::default();
        for i in 0..RECENT_IDS + 5 {
            ids.remember(format!("id-{i}"));
        }
        assert!(!ids.contains("id-4"), "the oldest are forgotten");
        assert!(ids.contains("id-5") && ids.contains(&format!("id-{}", RECENT_IDS + 4)));
        let stored = json!({ "ids": serde_json::to_value(&ids).unwrap() });
        assert_eq!(RecentIds::read(&stored), ids);
    }

    #[test]
    fn damaged_lists_keep_what_reads() {
        let read = |v: Value| RecentIds::read(&v).0.into_iter().collect::<Vec<_>>();
        assert_eq!(read(json!({ "ids": ["a", 3, null, "b"] })), ["a", "b"]);
        for nothing in [json!({ "ids": "a" }), json!({}), json!(null), json!([1])] {
            assert_eq!(read(nothing), Vec::<String>::new());
        }
        let long: Vec<String> = (0..RECENT_IDS + 3).map(|i| i.to_string()).collect();
        let kept = read(json!({ "ids": long }));
        assert_eq!((kept.len(), kept[0].as_str()), (RECENT_IDS, "3"), "a longer list keeps its newest");
    }
}
