//! Counts of what the user did, per site and local day, stored in `chrome.storage.local`. The
//! background worker is the only writer: it [`count`]s each event into what is stored; the popup
//! reads a [`snapshot`].
//!
//! Rules:
//! - Only counts are kept, never text. An invalid event is refused and changes nothing.
//! - Honest counting: a reshare has "a thought" only when its quote reached thoughtful; a thin
//!   quote is thin. Shares = blind reshares + quotes at every level. Replies are their own kind,
//!   never shares or posts; broadcasts = shares + posts.
//! - Each action once: an event's `id` is remembered with the counts ([`recent`]), so a resent
//!   count is not counted again.
//! - Retention ([`compact`]): 400 days of daily detail (today included); older days are merged
//!   into monthly totals; months older than 10 years (120 months, this one included) are dropped.
//!   [`fold`] compacts whenever an event lands on a day not stored yet, so no clock is needed; the
//!   stored stats are compacted when a month's first count moves the last month out ([`layout`]).
//! - Storage: `{"version":1,"days":{"2026-11-23":{"x":[3,0,1]}},"months":{"2025-09":{...}}}`,
//!   counters as fixed-position arrays (see [`counters`]), split over one key per month
//!   ([`layout`]); ten heavy years stay under 200 KB.

pub mod counters;
mod event;
pub mod layout;
pub mod recent;
mod snapshot;
mod store;

pub use counters::{Counter, Counters, COUNTERS};
pub use event::{parse_event, Event, EventKind, StatsError, MAX_EVENT_MS, MAX_ID_LEN};
pub use layout::{count, Outcome, Part, StoredParts, CURRENT_KEY};
pub use snapshot::{snapshot, DayBar, Nudges, Posts, SiteRow, Snapshot, SnapshotQuery, WeekTotals, WeeklyLine};
pub use store::load;

use crate::clock::{Day, Month};
use event::Counted;
use std::collections::btree_map::Entry;
use std::collections::BTreeMap;

pub const STATS_VERSION: u32 = 1;
/// Days of daily detail, today included.
pub const DAILY_DAYS: i32 = 400;
/// Months of monthly totals, the current month included.
pub const MONTHS_KEPT: i32 = 120;

/// Site keys are normalized (see `settings::SiteKey`); zero counters are never stored.
pub type BySite = BTreeMap<String, Counters>;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    pub days: BTreeMap<Day, BySite>,
    pub months: BTreeMap<Month, BySite>,
}

/// Counts one event (its id aside: see [`count`] for what is stored). On error `stats` is left
/// exactly as it was.
pub fn fold(stats: &mut Stats, ev: &Event) -> Result<(), StatsError> {
    fold_counted(stats, ev.resolve()?);
    Ok(())
}

fn fold_counted(stats: &mut Stats, counted: Counted) {
    if !stats.days.contains_key(&counted.day) {
        compact(stats, counted.day);
    }
    stats.days.entry(counted.day).or_default().entry(counted.site).or_default().bump(counted.counter);
}

/// Applies retention as of `today`. Days after `today` (a clock that was wrong) are kept as they
/// are; they fall into the window again once the clock catches up.
pub fn compact(stats: &mut Stats, today: Day) {
    let first_daily = today.plus(1 - DAILY_DAYS);
    let first_month = today.month().plus(1 - MONTHS_KEPT);
    let recent = stats.days.split_off(&first_daily);
    let old = std::mem::replace(&mut stats.days, recent);
    for (day, sites) in old {
        let month = stats.months.entry(day.month()).or_default();
        for (site, counts) in sites {
            month.entry(site).or_default().add(&counts);
        }
    }
    stats.months = stats.months.split_off(&first_month);
}

impl Stats {
    /// No event was ever counted (or everything aged out).
    pub fn is_empty(&self) -> bool {
        let all_zero = |m: &BySite| m.values().all(Counters::is_zero);
        self.days.values().all(all_zero) && self.months.values().all(all_zero)
    }

    /// Adds `other`'s counts to these, day by day and month by month.
    pub fn add(&mut self, other: Stats) {
        fn add_all<K: Ord>(into: &mut BTreeMap<K, BySite>, from: BTreeMap<K, BySite>) {
            for (period, sites) in from {
                match into.entry(period) {
                    Entry::Vacant(empty) => {
                        empty.insert(sites);
                    }
                    Entry::Occupied(mut known) => {
                        for (site, counts) in sites {
                            known.get_mut().entry(site).or_default().add(&counts);
                        }
                    }
                }
            }
        }
        add_all(&mut self.days, other.days);
        add_all(&mut self.months, other.months);
    }

    /// Totals over the days `from..=to`, for every site or one.
    pub fn total(&self, from: Day, to: Day, site: Option<&str>) -> Counters {
        let mut sum = Counters::default();
        if from > to {
            return sum;
        }
        for sites in self.days.range(from..=to).map(|(_, s)| s) {
            match site {
                Some(key) => sites.get(key).into_iter().for_each(|c| sum.add(c)),
                None => sites.values().for_each(|c| sum.add(c)),
            }
        }
        sum
    }
}
