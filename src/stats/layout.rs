//! Where the stats live in `chrome.storage.local`, and how one count changes what is stored.
//!
//! A count must not rewrite a year of stats: with everything in one value, a count to a stopped
//! worker spent ~40 ms of its ~100 ms writing 72 KB back (docs/performance.md). So they are split
//! by calendar month:
//! - `"stats"`, the current key: the current month's days and the ids of the latest counts
//!   ([`RecentIds`]). An ordinary count reads and writes this key alone, a few KB.
//! - `"stats/2026-11"`: each earlier month, its days (or its monthly total once they are merged,
//!   see [`compact`]). Written only when a new month's first count moves the old month out, and
//!   at import.
//!
//! Every key holds the format that `"stats"` alone held before (`{"version":1,"days":…,"months":…}`)
//! and reading adds all keys up. So stats stored by earlier versions, all in `"stats"`, read as they
//! are; the first count after the update finds earlier months in the current key and splits them
//! out, in one write. Each count is in exactly one key, so adding up never counts one twice.

use super::recent::RecentIds;
use super::{compact, fold_counted, load, Event, Stats, StatsError};
use crate::clock::Month;
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;

pub const CURRENT_KEY: &str = "stats";

/// The stats keys as `chrome.storage.local.get` gives them: key → stored value.
pub type StoredParts = BTreeMap<String, Value>;

/// The key of an earlier month's stats, `stats/2026-11`.
pub fn month_key(month: Month) -> String {
    format!("{CURRENT_KEY}/{month}")
}

/// One key's value: the stats format, with the recent ids beside the counts in the current key.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Part {
    #[serde(flatten)]
    pub stats: Stats,
    #[serde(skip_serializing_if = "RecentIds::is_empty")]
    pub ids: RecentIds,
}

/// What to do with one event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "result", rename_all = "snake_case")]
pub enum Outcome {
    /// Store `set` in one write (so a count and its id land together), then remove `remove`.
    Write { set: BTreeMap<String, Part>, remove: Vec<String> },
    /// The event's id is stored already: it was counted, and only its acknowledgement was lost.
    Duplicate,
    /// The event is the first of a new month and the current key holds earlier months: ask again
    /// with every stats key, to move them out.
    NeedsAll,
}

/// Every stored key read and added up. Problems name their key, except the current key's, whose
/// messages read as they did when it was the only one.
pub fn read(stored: &StoredParts) -> (Stats, Vec<String>) {
    let mut stats = Stats::default();
    let mut problems = Vec::new();
    for (key, value) in stored {
        let (part, found) = load(value);
        stats.add(part);
        if key == CURRENT_KEY {
            problems.extend(found);
        } else {
            problems.extend(found.into_iter().map(|p| format!("{key}: {p}")));
        }
    }
    (stats, problems)
}

/// `stats` as stored keys, as of `month`: each earlier month in its own key (none when it is
/// empty), the rest with `ids` in the current key, which is always there (an empty month still has
/// one, so whoever watches `"stats"` sees every write). Days after `month` (a clock that was
/// ahead) stay in the current key.
pub fn place(stats: Stats, month: Month, ids: RecentIds) -> BTreeMap<String, Part> {
    let mut months: BTreeMap<Month, Stats> = BTreeMap::new();
    let mut current = Stats::default();
    for (day, sites) in stats.days {
        let m = day.month();
        let to = if m < month { months.entry(m).or_default() } else { &mut current };
        to.days.insert(day, sites);
    }
    for (m, sites) in stats.months {
        let to = if m < month { months.entry(m).or_default() } else { &mut current };
        to.months.insert(m, sites);
    }
    let mut parts = BTreeMap::new();
    parts.insert(CURRENT_KEY.to_string(), Part { stats: current, ids });
    for (m, stats) in months {
        parts.insert(month_key(m), Part { stats, ids: RecentIds::default() });
    }
    parts
}

/// Counts one event into what is stored. `stored` holds the current key alone, or every stats
/// key when `everything` is set; only the first count of a month needs them all.
pub fn count(stored: &StoredParts, everything: bool, event: &Event) -> Result<Outcome, StatsError> {
    let counted = event.resolve()?;
    let current = stored.get(CURRENT_KEY).unwrap_or(&Value::Null);
    let mut ids = RecentIds::read(current);
    if event.id.as_deref().is_some_and(|id| ids.contains(id)) {
        return Ok(Outcome::Duplicate);
    }
    let month = counted.day.month();
    let (mut stats, _) = load(current);
    let moves_out = holds_before(&stats, month);
    if moves_out {
        if !everything {
            return Ok(Outcome::NeedsAll);
        }
        stats = read(stored).0;
        // The once-a-month moment every key is at hand: retention happens here.
        compact(&mut stats, counted.day);
    }
    fold_counted(&mut stats, counted);
    if let Some(id) = &event.id {
        ids.remember(id.clone());
    }
    let placed = place(stats, month, ids);
    let remove = if moves_out { stored.keys().filter(|k| !placed.contains_key(*k)).cloned().collect() } else { Vec::new() };
    // An ordinary count writes the current key alone; a moved month's key is written once.
    let mut set = BTreeMap::new();
    for (key, part) in placed {
        if key == CURRENT_KEY || !stored.get(&key).is_some_and(|old| same(old, &part)) {
            set.insert(key, part);
        }
    }
    Ok(Outcome::Write { set, remove })
}

/// Whether any count in `stats` belongs to a month before `month` (maps sort oldest first).
fn holds_before(stats: &Stats, month: Month) -> bool {
    stats.days.keys().next().is_some_and(|d| d.month() < month) || stats.months.keys().next().is_some_and(|m| *m < month)
}

/// A stored month that reads cleanly as `part` need not be written again.
fn same(stored: &Value, part: &Part) -> bool {
    let (stats, problems) = load(stored);
    problems.is_empty() && stats == part.stats
}
