//! The popup's view of the stats: weeks, a 30-day chart, per-site rows, streak, nudge outcomes,
//! and the conversation: replies (talking with someone) against broadcasts (posts and reshares,
//! talking at everyone).
//!
//! Weeks are rolling: "this week" is the 7 local days ending today, "last week" the 7 before.
//! The streak counts days, back from today, without a blind reshare; quiet days count as clean,
//! but days before the first recorded activity do not (a new user's streak is not 400).

use super::{BySite, Counter, Counters, Stats, DAILY_DAYS};
use crate::clock::Day;
use crate::json;
use crate::settings::SiteKey;
use serde::{Deserialize, Serialize};
use std::cmp::Reverse;
use std::collections::BTreeMap;

pub const CHART_DAYS: i32 = 30;
pub const STREAK_CAP: u32 = DAILY_DAYS as u32;

/// JSON: `{"now_ms", "tz_offset_min"?, "site"?}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotQuery {
    #[serde(deserialize_with = "json::whole")]
    pub now_ms: i64,
    #[serde(default, deserialize_with = "json::whole")]
    pub tz_offset_min: i32,
    /// The current tab's site key; fills `site_week`. Unknown keys give `site_week: null`.
    pub site: Option<String>,
}

/// One week's counts. `shares`, `with_thought`, `thin` and `blind` are about reshares only
/// (`with_thought + thin + blind == shares`): replies never change them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeekTotals {
    pub shares: u64,
    pub with_thought: u64,
    pub thin: u64,
    pub blind: u64,
    /// Replies sent, at every level.
    pub replies: u64,
    /// Replies that carried a thought (level thoughtful).
    pub replies_with_thought: u64,
    /// What went out to everyone: blind reshares, quotes posted and posts sent, at every level.
    pub broadcasts: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayBar {
    pub day: String,
    /// Blind reshares plus quotes that stayed blind.
    pub blind: u64,
    pub thin: u64,
    pub thoughtful: u64,
}

/// One site over the last 30 days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteRow {
    pub site: String,
    pub shares: u64,
    pub with_thought: u64,
    pub blind: u64,
    /// Replies sent, at every level.
    pub replies: u64,
    /// Replies that carried a thought (level thoughtful).
    pub replies_with_thought: u64,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Nudges {
    pub shown: u64,
    pub add_thought: u64,
    pub share_anyway: u64,
    pub read_first: u64,
    pub mute_site: u64,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Posts {
    pub blind: u64,
    pub thin: u64,
    pub thoughtful: u64,
}

/// Numbers for the localized sentence "7 of 10 shares this week had your thought (last week 4 of 9)",
/// and for saying when the balance of replies to broadcasts moved since last week.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeeklyLine {
    pub with_thought: u64,
    pub shares: u64,
    pub last_with_thought: u64,
    pub last_shares: u64,
    /// This week's replies and broadcasts, as in [`WeekTotals`].
    pub replies: u64,
    pub broadcasts: u64,
    /// Last week's.
    pub last_replies: u64,
    pub last_broadcasts: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    pub today: String,
    pub empty: bool,
    pub this_week: WeekTotals,
    pub last_week: WeekTotals,
    pub site_week: Option<WeekTotals>,
    /// `CHART_DAYS` entries, oldest first, ending today.
    pub days: Vec<DayBar>,
    /// Last 30 days, sites with at least one share or reply, most shares first (then most
    /// replies, then by name).
    pub sites: Vec<SiteRow>,
    pub streak_days: u32,
    pub nudges: Nudges,
    pub posts: Posts,
    pub today_blind: u64,
    pub weekly_line: WeeklyLine,
}

impl WeekTotals {
    fn of(c: &Counters) -> WeekTotals {
        WeekTotals {
            shares: c.shares(),
            with_thought: c.with_thought(),
            thin: c.thin(),
            blind: c.blind(),
            replies: c.replies(),
            replies_with_thought: c.replies_with_thought(),
            broadcasts: c.broadcasts(),
        }
    }
}

pub fn snapshot(stats: &Stats, q: &SnapshotQuery) -> Snapshot {
    let today = Day::from_local(q.now_ms, q.tz_offset_min);
    let week = |end: Day, site: Option<&str>| WeekTotals::of(&stats.total(end.plus(-6), end, site));
    let this_week = week(today, None);
    let last_week = week(today.plus(-7), None);
    let site_week = q.site.as_deref().and_then(|s| SiteKey::parse(s).ok()).map(|k| week(today, Some(k.as_str())));
    let month_start = today.plus(1 - CHART_DAYS);
    let month = stats.total(month_start, today, None);
    let today_counts = stats.total(today, today, None);
    Snapshot {
        today: today.to_key(),
        empty: stats.is_empty(),
        this_week,
        last_week,
        site_week,
        days: chart(stats, month_start, today),
        sites: site_rows(stats, month_start, today),
        streak_days: streak(stats, today),
        nudges: Nudges {
            shown: month.sum(&[Counter::NudgeShown]),
            add_thought: month.sum(&[Counter::AddThought]),
            share_anyway: month.sum(&[Counter::ShareAnyway]),
            read_first: month.sum(&[Counter::ReadFirst]),
            mute_site: month.sum(&[Counter::MuteSite]),
        },
        posts: Posts {
            blind: month.sum(&[Counter::PostBlind]),
            thin: month.sum(&[Counter::PostThin]),
            thoughtful: month.sum(&[Counter::PostThoughtful]),
        },
        today_blind: today_counts.blind(),
        weekly_line: WeeklyLine {
            with_thought: this_week.with_thought,
            shares: this_week.shares,
            last_with_thought: last_week.with_thought,
            last_shares: last_week.shares,
            replies: this_week.replies,
            broadcasts: this_week.broadcasts,
            last_replies: last_week.replies,
            last_broadcasts: last_week.broadcasts,
        },
    }
}

fn chart(stats: &Stats, from: Day, to: Day) -> Vec<DayBar> {
    (0..=to.days_since(from))
        .map(|i| {
            let day = from.plus(i);
            let c = stats.total(day, day, None);
            DayBar { day: day.to_key(), blind: c.blind(), thin: c.thin(), thoughtful: c.with_thought() }
        })
        .collect()
}

fn site_rows(stats: &Stats, from: Day, to: Day) -> Vec<SiteRow> {
    let mut per_site: BTreeMap<&str, Counters> = BTreeMap::new();
    if from <= to {
        for sites in stats.days.range(from..=to).map(|(_, s)| s) {
            for (site, c) in sites {
                per_site.entry(site.as_str()).or_default().add(c);
            }
        }
    }
    let mut rows: Vec<SiteRow> = per_site
        .into_iter()
        .filter(|(_, c)| c.shares() > 0 || c.replies() > 0)
        .map(|(site, c)| SiteRow {
            site: site.to_string(),
            shares: c.shares(),
            with_thought: c.with_thought(),
            blind: c.blind(),
            replies: c.replies(),
            replies_with_thought: c.replies_with_thought(),
        })
        .collect();
    // The sort is stable, so ties stay in name order.
    rows.sort_by_key(|r| Reverse((r.shares, r.replies)));
    rows
}

fn streak(stats: &Stats, today: Day) -> u32 {
    let shared = |c: &Counters| c.shares() > 0;
    let ever_shared = stats.days.values().chain(stats.months.values()).any(|m| m.values().any(shared));
    if !ever_shared {
        return 0;
    }
    let active = |m: &BySite| m.values().any(|c| !c.is_zero());
    // Activity older than the daily window means the user has been here longer than the cap.
    let first_active = if stats.months.values().any(active) {
        Day::MIN
    } else {
        stats.days.iter().find(|(_, m)| active(m)).map_or(today, |(d, _)| *d)
    };
    let mut days = 0;
    let mut day = today;
    while days < STREAK_CAP && day >= first_active {
        let blind = stats.days.get(&day).is_some_and(|m| m.values().any(|c| c.get(Counter::ReshareBlind) > 0));
        if blind {
            break;
        }
        days += 1;
        day = day.plus(-1);
    }
    days
}
