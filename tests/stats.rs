use second_thought::clock::{Day, Month, MS_PER_DAY};
use second_thought::score::Level;
use second_thought::stats::layout::{self, place, read};
use second_thought::stats::recent::{RecentIds, RECENT_IDS};
use second_thought::stats::{
    compact, fold, load, parse_event, snapshot, Counter, Counters, Event, EventKind, Outcome, SnapshotQuery, Stats,
    StatsError, StoredParts, COUNTERS, CURRENT_KEY,
};
use serde_json::{json, Value};
use std::collections::BTreeSet;

const H: i64 = 3_600_000;

fn noon(key: &str) -> i64 {
    i64::from(Day::from_key(key).unwrap().0) * MS_PER_DAY + 12 * H
}

fn ev(kind: EventKind, level: Option<Level>, site: &str, at_ms: i64) -> Event {
    Event { kind, level, site: site.into(), at_ms, tz_offset_min: 0, id: None }
}

fn add(stats: &mut Stats, kind: EventKind, level: Option<Level>, site: &str, day: &str, times: u32) {
    for _ in 0..times {
        fold(stats, &ev(kind, level, site, noon(day))).unwrap();
    }
}

fn query(day: &str) -> SnapshotQuery {
    SnapshotQuery { now_ms: noon(day), tz_offset_min: 0, site: None }
}

fn count(stats: &Stats, day: &str, site: &str, c: Counter) -> u32 {
    stats.days.get(&Day::from_key(day).unwrap()).and_then(|m| m.get(site)).map_or(0, |x| x.get(c))
}

#[test]
fn each_kind_lands_in_its_counter() {
    use EventKind::*;
    let mut s = Stats::default();
    let cases = [
        (ReshareBlind, None, Counter::ReshareBlind),
        (QuotePosted, Some(Level::Blind), Counter::QuoteBlind),
        (QuotePosted, Some(Level::Thin), Counter::QuoteThin),
        (QuotePosted, Some(Level::Thoughtful), Counter::QuoteThoughtful),
        (PostSent, Some(Level::Blind), Counter::PostBlind),
        (PostSent, Some(Level::Thin), Counter::PostThin),
        (PostSent, Some(Level::Thoughtful), Counter::PostThoughtful),
        (NudgeShown, None, Counter::NudgeShown),
        (AddThought, None, Counter::AddThought),
        (ShareAnyway, Some(Level::Thin), Counter::ShareAnyway),
        (ReadFirst, None, Counter::ReadFirst),
        (MuteSite, None, Counter::MuteSite),
        (ReplySent, Some(Level::Blind), Counter::ReplyBlind),
        (ReplySent, Some(Level::Thin), Counter::ReplyThin),
        (ReplySent, Some(Level::Thoughtful), Counter::ReplyThoughtful),
    ];
    for (i, (kind, level, counter)) in cases.into_iter().enumerate() {
        for _ in 0..=i {
            fold(&mut s, &ev(kind, level, "x", noon("2026-11-23"))).unwrap();
        }
        assert_eq!(count(&s, "2026-11-23", "x", counter), i as u32 + 1, "{kind:?}");
    }
    assert_eq!(
        serde_json::to_value(&s).unwrap()["days"]["2026-11-23"]["x"],
        json!([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15])
    );
}

#[test]
fn invalid_events_change_nothing() {
    let mut s = Stats::default();
    add(&mut s, EventKind::ReshareBlind, None, "x", "2026-11-23", 1);
    let before = s.clone();
    let long = format!("https://{}.example", "a".repeat(100));
    let bad = [
        (ev(EventKind::QuotePosted, None, "x", noon("2026-11-23")), "needs a level"),
        (ev(EventKind::PostSent, None, "x", noon("2026-11-23")), "post_sent event needs a level"),
        (ev(EventKind::ReplySent, None, "x", noon("2026-11-23")), "reply_sent event needs a level"),
        (Event { id: Some(String::new()), ..ev(EventKind::ReshareBlind, None, "x", noon("2026-11-23")) }, "0 characters"),
        (Event { id: Some("é".repeat(65)), ..ev(EventKind::ReshareBlind, None, "x", noon("2026-11-23")) }, "65 characters; 1 to 64"),
        (ev(EventKind::ReshareBlind, None, "myspace", noon("2026-11-23")), "not a known site"),
        (ev(EventKind::ReshareBlind, None, "http://a.example", noon("2026-11-23")), "https://"),
        (ev(EventKind::ReshareBlind, None, &long, noon("2026-11-23")), "at most 100"),
        (ev(EventKind::ReshareBlind, None, "x", -1), "between 1970 and 9999"),
        (ev(EventKind::ReshareBlind, None, "x", i64::MAX), "between 1970 and 9999"),
    ];
    for (e, want) in bad {
        let err = fold(&mut s, &e).unwrap_err();
        assert!(err.to_string().contains(want), "{e:?}: {err}");
        assert_eq!(s, before);
    }
}

#[test]
fn parses_events_from_json() {
    let e = parse_event(
        &json!({ "kind": "quote_posted", "level": "thin", "site": "x", "at_ms": 1.795e12, "tz_offset_min": 60.0 }),
    )
    .unwrap();
    assert_eq!((e.kind, e.level, e.tz_offset_min), (EventKind::QuotePosted, Some(Level::Thin), 60));
    let e = parse_event(&json!({ "kind": "nudge_shown", "site": "bluesky", "at_ms": 1 })).unwrap();
    assert_eq!((e.tz_offset_min, e.id), (0, None));
    let e = parse_event(&json!({ "kind": "reply_sent", "level": "thoughtful", "site": "x", "at_ms": 1, "id": "tab7-42" })).unwrap();
    assert_eq!((e.kind, e.level, e.id.as_deref()), (EventKind::ReplySent, Some(Level::Thoughtful), Some("tab7-42")));
    for bad in [
        json!({ "kind": "like", "site": "x", "at_ms": 1 }),
        json!({ "kind": "nudge_shown", "site": "x" }),
        json!({ "kind": "nudge_shown", "site": 3, "at_ms": 1 }),
        json!({ "kind": "nudge_shown", "site": "x", "at_ms": 1.5 }),
        json!({ "kind": "nudge_shown", "site": "x", "at_ms": 1, "tz_offset_min": 3e9 }),
        json!({ "kind": "nudge_shown", "site": "x", "at_ms": 1, "id": 42 }),
        json!(null),
    ] {
        assert!(matches!(parse_event(&bad), Err(StatsError::BadEvent(_))), "{bad}");
    }
}

#[test]
fn origins_are_normalized_and_local_days_follow_the_offset() {
    let mut s = Stats::default();
    let late = noon("2026-11-23") + 11 * H + 30 * 60_000; // 23:30 UTC
    let mut e = ev(EventKind::ReshareBlind, None, "HTTPS://Fosstodon.org/", late);
    fold(&mut s, &e).unwrap();
    e.tz_offset_min = 60;
    fold(&mut s, &e).unwrap();
    assert_eq!(count(&s, "2026-11-23", "https://fosstodon.org", Counter::ReshareBlind), 1);
    assert_eq!(count(&s, "2026-11-24", "https://fosstodon.org", Counter::ReshareBlind), 1);
}

#[test]
fn honest_weeks_and_weekly_line() {
    let mut s = Stats::default();
    let (thoughtful, thin, blind) = (Some(Level::Thoughtful), Some(Level::Thin), Some(Level::Blind));
    // This week: 2026-11-17..=2026-11-23. Last week: 2026-11-10..=2026-11-16.
    add(&mut s, EventKind::QuotePosted, thoughtful, "x", "2026-11-23", 4);
    add(&mut s, EventKind::QuotePosted, thoughtful, "bluesky", "2026-11-17", 3);
    add(&mut s, EventKind::QuotePosted, thin, "x", "2026-11-20", 2);
    add(&mut s, EventKind::ReshareBlind, None, "x", "2026-11-18", 1);
    add(&mut s, EventKind::QuotePosted, thoughtful, "x", "2026-11-16", 4);
    add(&mut s, EventKind::QuotePosted, thin, "x", "2026-11-10", 1);
    add(&mut s, EventKind::QuotePosted, blind, "reddit", "2026-11-12", 2);
    add(&mut s, EventKind::ReshareBlind, None, "reddit", "2026-11-12", 2);
    add(&mut s, EventKind::ReshareBlind, None, "reddit", "2026-11-09", 5); // outside both weeks
    // Replies are their own kind: the reshare figures above do not move.
    add(&mut s, EventKind::ReplySent, thoughtful, "x", "2026-11-22", 3);
    add(&mut s, EventKind::ReplySent, thin, "bluesky", "2026-11-21", 2);
    add(&mut s, EventKind::ReplySent, blind, "x", "2026-11-14", 1);
    add(&mut s, EventKind::PostSent, thoughtful, "x", "2026-11-19", 2);
    add(&mut s, EventKind::PostSent, blind, "x", "2026-11-11", 1);
    let snap = serde_json::to_value(snapshot(&s, &query("2026-11-23"))).unwrap();
    assert_eq!(
        snap["this_week"],
        json!({ "shares": 10, "with_thought": 7, "thin": 2, "blind": 1,
                "replies": 5, "replies_with_thought": 3, "broadcasts": 12 })
    );
    assert_eq!(
        snap["last_week"],
        json!({ "shares": 9, "with_thought": 4, "thin": 1, "blind": 4,
                "replies": 1, "replies_with_thought": 0, "broadcasts": 10 })
    );
    assert_eq!(
        snap["weekly_line"],
        json!({ "with_thought": 7, "shares": 10, "last_with_thought": 4, "last_shares": 9,
                "replies": 5, "broadcasts": 12, "last_replies": 1, "last_broadcasts": 10 })
    );
    assert_eq!(snap["site_week"], Value::Null);
    assert_eq!(snap["today"], "2026-11-23");
    assert_eq!(snap["empty"], false);
}

#[test]
fn site_week_days_sites_nudges_posts() {
    let mut s = Stats::default();
    add(&mut s, EventKind::ReshareBlind, None, "x", "2026-10-25", 1);
    add(&mut s, EventKind::QuotePosted, Some(Level::Thoughtful), "x", "2026-10-25", 2);
    add(&mut s, EventKind::QuotePosted, Some(Level::Blind), "bluesky", "2026-11-23", 1);
    add(&mut s, EventKind::ReshareBlind, None, "bluesky", "2026-11-23", 2);
    add(&mut s, EventKind::QuotePosted, Some(Level::Thin), "reddit", "2026-11-01", 3);
    add(&mut s, EventKind::ReshareBlind, None, "threads", "2026-10-24", 9); // 31 days ago: outside
    add(&mut s, EventKind::NudgeShown, None, "x", "2026-11-02", 12);
    add(&mut s, EventKind::AddThought, None, "x", "2026-11-02", 5);
    add(&mut s, EventKind::ShareAnyway, None, "x", "2026-11-02", 6);
    add(&mut s, EventKind::ReadFirst, None, "x", "2026-11-02", 1);
    add(&mut s, EventKind::PostSent, Some(Level::Thoughtful), "linkedin", "2026-11-03", 9);
    add(&mut s, EventKind::PostSent, Some(Level::Thin), "linkedin", "2026-11-03", 2);
    add(&mut s, EventKind::PostSent, Some(Level::Blind), "linkedin", "2026-11-03", 1);
    add(&mut s, EventKind::ReplySent, Some(Level::Thoughtful), "bluesky", "2026-11-22", 2);
    add(&mut s, EventKind::ReplySent, Some(Level::Thin), "reddit", "2026-11-02", 3);
    add(&mut s, EventKind::ReplySent, Some(Level::Thoughtful), "mastodon", "2026-11-02", 1);
    add(&mut s, EventKind::ReplySent, Some(Level::Thoughtful), "mastodon", "2026-10-24", 4); // outside
    let mut q = query("2026-11-23");
    q.site = Some("bluesky".into());
    let snap = snapshot(&s, &q);
    let v = serde_json::to_value(&snap).unwrap();
    assert_eq!(
        v["site_week"],
        json!({ "shares": 3, "with_thought": 0, "thin": 0, "blind": 3,
                "replies": 2, "replies_with_thought": 2, "broadcasts": 3 })
    );
    assert_eq!(snap.days.len(), 30);
    assert_eq!(v["days"][0], json!({ "day": "2026-10-25", "blind": 1, "thin": 0, "thoughtful": 2 }));
    assert_eq!(v["days"][29], json!({ "day": "2026-11-23", "blind": 3, "thin": 0, "thoughtful": 0 }));
    assert_eq!(
        v["sites"],
        json!([
        { "site": "reddit", "shares": 3, "with_thought": 0, "blind": 0, "replies": 3, "replies_with_thought": 0 },
        { "site": "bluesky", "shares": 3, "with_thought": 0, "blind": 3, "replies": 2, "replies_with_thought": 2 },
        { "site": "x", "shares": 3, "with_thought": 2, "blind": 1, "replies": 0, "replies_with_thought": 0 },
        { "site": "mastodon", "shares": 0, "with_thought": 0, "blind": 0, "replies": 1, "replies_with_thought": 1 } ])
    );
    assert_eq!(
        v["nudges"],
        json!({ "shown": 12, "add_thought": 5, "share_anyway": 6, "read_first": 1, "mute_site": 0 })
    );
    assert_eq!(v["posts"], json!({ "blind": 1, "thin": 2, "thoughtful": 9 }));
    assert_eq!(v["today_blind"], 3);
    q.site = Some("myspace".into());
    assert_eq!(snapshot(&s, &q).site_week, None);
}

#[test]
fn empty_stats_snapshot() {
    let snap = snapshot(&Stats::default(), &query("2026-11-23"));
    assert!(snap.empty);
    assert_eq!(snap.streak_days, 0);
    assert_eq!(snap.days.len(), 30);
    assert!(snap.sites.is_empty());
    let mut nudges_only = Stats::default();
    add(&mut nudges_only, EventKind::NudgeShown, None, "x", "2026-11-20", 1);
    let snap = snapshot(&nudges_only, &query("2026-11-23"));
    assert_eq!((snap.empty, snap.streak_days), (false, 0), "never shared: no streak");
}

#[test]
fn streaks() {
    let mut s = Stats::default();
    add(&mut s, EventKind::QuotePosted, Some(Level::Thoughtful), "x", "2026-11-21", 1);
    assert_eq!(snapshot(&s, &query("2026-11-23")).streak_days, 3, "from the first activity, quiet days clean");
    add(&mut s, EventKind::ReshareBlind, None, "x", "2026-11-22", 1);
    assert_eq!(snapshot(&s, &query("2026-11-23")).streak_days, 1);
    assert_eq!(snapshot(&s, &query("2026-11-22")).streak_days, 0, "a blind reshare today breaks it");
    add(&mut s, EventKind::QuotePosted, Some(Level::Blind), "x", "2026-11-23", 1);
    assert_eq!(snapshot(&s, &query("2026-11-23")).streak_days, 1, "only reshare_blind breaks a streak");
    let mut old = Stats::default();
    add(&mut old, EventKind::QuotePosted, Some(Level::Thin), "x", "2024-01-01", 1);
    add(&mut old, EventKind::QuotePosted, Some(Level::Thin), "x", "2026-11-23", 1);
    assert!(!old.months.is_empty(), "2024 was compacted into months");
    assert_eq!(snapshot(&old, &query("2026-11-23")).streak_days, 400, "capped");
}

#[test]
fn snapshot_respects_the_time_zone() {
    let mut s = Stats::default();
    let mut e = ev(EventKind::ReshareBlind, None, "x", noon("2026-11-23") + 11 * H + 30 * 60_000);
    e.tz_offset_min = 60;
    fold(&mut s, &e).unwrap(); // 00:30 on the 24th, local
    let q = SnapshotQuery { now_ms: noon("2026-11-23") + 11 * H + 45 * 60_000, tz_offset_min: 60, site: None };
    let snap = snapshot(&s, &q);
    assert_eq!((snap.today.as_str(), snap.today_blind), ("2026-11-24", 1));
    let q = SnapshotQuery { tz_offset_min: -300, ..q };
    assert_eq!(snapshot(&s, &q).today_blind, 0, "in New York it is still the 23rd");
}

#[test]
fn compaction_merges_old_days_and_drops_old_months() {
    let mut s = Stats::default();
    add(&mut s, EventKind::ReshareBlind, None, "x", "2015-06-10", 1);
    add(&mut s, EventKind::ReshareBlind, None, "x", "2025-09-10", 2);
    add(&mut s, EventKind::ReshareBlind, None, "x", "2025-09-20", 3);
    add(&mut s, EventKind::ReshareBlind, None, "x", "2025-10-20", 1);
    let today = Day::from_key("2026-11-23").unwrap();
    compact(&mut s, today);
    // 400 days back from 2026-11-23 is 2025-10-20: the first day still kept daily.
    assert_eq!(s.days.keys().map(|d| d.to_key()).collect::<Vec<_>>(), ["2025-10-20"]);
    assert_eq!(s.months.keys().map(|m| m.to_key()).collect::<Vec<_>>(), ["2025-09"]);
    assert_eq!(s.months[&Month::from_key("2025-09").unwrap()]["x"].get(Counter::ReshareBlind), 5);
    // A future day (clock set wrong) is kept as it is.
    add(&mut s, EventKind::ReshareBlind, None, "x", "2031-01-01", 1);
    compact(&mut s, today);
    assert!(s.days.contains_key(&Day::from_key("2031-01-01").unwrap()));
}

#[test]
fn folding_on_a_new_day_compacts() {
    let mut s = Stats::default();
    add(&mut s, EventKind::ReshareBlind, None, "x", "2025-01-02", 1);
    add(&mut s, EventKind::ReshareBlind, None, "x", "2026-02-05", 1);
    assert_eq!(s.days.len(), 2, "2025-01-02 is the 400th day ending 2026-02-05");
    add(&mut s, EventKind::ReshareBlind, None, "x", "2026-02-06", 1);
    assert_eq!(s.days.len(), 2);
    assert_eq!(s.months.len(), 1);
}

#[test]
fn stored_format_round_trips() {
    let mut s = Stats::default();
    add(&mut s, EventKind::ReshareBlind, None, "x", "2026-11-23", 3);
    add(&mut s, EventKind::QuotePosted, Some(Level::Thin), "x", "2026-11-23", 1);
    add(&mut s, EventKind::QuotePosted, Some(Level::Thin), "https://fosstodon.org", "2025-01-23", 1);
    compact(&mut s, Day::from_key("2026-11-23").unwrap());
    let v = serde_json::to_value(&s).unwrap();
    assert_eq!(
        v,
        json!({ "version": 1, "days": { "2026-11-23": { "x": [3, 0, 1] } },
        "months": { "2025-01": { "https://fosstodon.org": [0, 0, 1] } } })
    );
    let (back, problems) = load(&v);
    assert_eq!((back, problems), (s.clone(), vec![]));
    let parsed: Stats = serde_json::from_value(v).unwrap();
    assert_eq!(parsed, s);
}

/// Ten years, seven sites, every counter non-zero every day, with fold's own compaction.
fn ten_heavy_years(max_per_counter: u32) -> Stats {
    let sites = ["x", "bluesky", "mastodon", "linkedin", "threads", "facebook", "reddit"];
    let start = Day::from_key("2026-01-01").unwrap();
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut s = Stats::default();
    for d in 0..3653 {
        let day = start.plus(d);
        // The first event of each day triggers compaction, exactly as in use.
        fold(&mut s, &ev(EventKind::NudgeShown, None, "x", i64::from(day.0) * MS_PER_DAY)).unwrap();
        let by_site = s.days.entry(day).or_default();
        for site in sites {
            let mut c = Counters::default();
            for i in 0..COUNTERS {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                c.0[i] = 1 + (seed % u64::from(max_per_counter)) as u32;
            }
            by_site.entry(site.to_string()).or_default().add(&c);
        }
    }
    s
}

#[test]
fn ten_heavy_years_stay_under_200_kb() {
    for max in [9, 20] {
        let s = ten_heavy_years(max);
        let size = serde_json::to_string(&s).unwrap().len();
        println!(
            "10 years, 7 sites, counters 1..={max}: {} days + {} months = {size} bytes",
            s.days.len(),
            s.months.len()
        );
        assert_eq!(s.days.len(), 400);
        assert!((100..=120).contains(&s.months.len()));
        assert!(size < 200_000, "{size}");
    }
}

// --- How counts are stored: the current month's key, one key per earlier month (stats::layout) ---

fn with_id(mut e: Event, id: &str) -> Event {
    e.id = Some(id.into());
    e
}

/// What storage holds after an outcome is written: `set` in, `remove` out.
fn apply(stored: &mut StoredParts, outcome: Outcome) {
    let Outcome::Write { set, remove } = outcome else { return };
    for (key, part) in set {
        stored.insert(key, serde_json::to_value(part).unwrap());
    }
    for key in remove {
        stored.remove(&key);
    }
}

/// One count as the worker makes it: the current key alone, every key when the core asks for them.
fn count_stored(stored: &mut StoredParts, e: &Event) -> Outcome {
    let current: StoredParts = stored.iter().filter(|(k, _)| *k == CURRENT_KEY).map(|(k, v)| (k.clone(), v.clone())).collect();
    let mut outcome = layout::count(&current, false, e).unwrap();
    if outcome == Outcome::NeedsAll {
        outcome = layout::count(stored, true, e).unwrap();
    }
    apply(stored, outcome.clone());
    outcome
}

fn written(outcome: &Outcome) -> Vec<&str> {
    match outcome {
        Outcome::Write { set, .. } => set.keys().map(String::as_str).collect(),
        other => panic!("expected a write, got {other:?}"),
    }
}

fn keys(stored: &StoredParts) -> Vec<&str> {
    stored.keys().map(String::as_str).collect()
}

#[test]
fn an_ordinary_count_writes_the_current_key_alone() {
    let mut stored = StoredParts::new();
    let e = ev(EventKind::ReplySent, Some(Level::Thin), "x", noon("2026-11-02"));
    assert_eq!(written(&count_stored(&mut stored, &e)), ["stats"]);
    for day in ["2026-11-03", "2026-11-30"] {
        let e = ev(EventKind::ReshareBlind, None, "bluesky", noon(day));
        assert_eq!(layout::count(&stored, false, &e).map(|o| written(&o).len()), Ok(1));
        count_stored(&mut stored, &e);
    }
    assert_eq!(
        stored["stats"],
        json!({ "version": 1, "months": {}, "days": {
            "2026-11-02": { "x": [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1] },
            "2026-11-03": { "bluesky": [1] }, "2026-11-30": { "bluesky": [1] } } })
    );
}

#[test]
fn a_new_month_moves_the_last_one_to_its_own_key_once() {
    let mut stored = StoredParts::new();
    add_stored(&mut stored, "2026-10-31", 2);
    add_stored(&mut stored, "2026-11-29", 3);
    assert_eq!(keys(&stored), ["stats", "stats/2026-10"]);
    let december = ev(EventKind::ReshareBlind, None, "x", noon("2026-12-01"));
    let current_only: StoredParts = [("stats".to_string(), stored["stats"].clone())].into();
    assert_eq!(layout::count(&current_only, false, &december), Ok(Outcome::NeedsAll));
    let moved = count_stored(&mut stored, &december);
    assert_eq!(written(&moved), ["stats", "stats/2026-11"], "October's key is not rewritten");
    assert_eq!(keys(&stored), ["stats", "stats/2026-10", "stats/2026-11"]);
    assert_eq!(stored["stats/2026-11"], json!({ "version": 1, "days": { "2026-11-29": { "x": [3] } }, "months": {} }));
    assert_eq!(stored["stats"]["days"], json!({ "2026-12-01": { "x": [1] } }));
    let next = count_stored(&mut stored, &ev(EventKind::ReshareBlind, None, "x", noon("2026-12-02")));
    assert_eq!(written(&next), ["stats"]);
    let (all, problems) = read(&stored);
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(all.total(Day::from_key("2026-10-01").unwrap(), Day::from_key("2026-12-31").unwrap(), None).get(Counter::ReshareBlind), 7);
}

/// `n` blind reshares on X on `day`, counted as the worker counts them.
fn add_stored(stored: &mut StoredParts, day: &str, n: u32) {
    for _ in 0..n {
        count_stored(stored, &ev(EventKind::ReshareBlind, None, "x", noon(day)));
    }
}

#[test]
fn a_late_count_for_a_moved_month_is_added_to_it_at_the_next_move() {
    let mut stored = StoredParts::new();
    add_stored(&mut stored, "2026-11-30", 2);
    add_stored(&mut stored, "2026-12-01", 1);
    // Resent after midnight from a page that counted it on the 30th: into the current key for now.
    let late = count_stored(&mut stored, &ev(EventKind::ReshareBlind, None, "x", noon("2026-11-30")));
    assert_eq!(written(&late), ["stats"]);
    add_stored(&mut stored, "2026-12-02", 1);
    assert_eq!(stored["stats/2026-11"]["days"], json!({ "2026-11-30": { "x": [3] } }));
    assert_eq!(stored["stats"]["days"], json!({ "2026-12-01": { "x": [1] }, "2026-12-02": { "x": [1] } }));
}

#[test]
fn retention_runs_when_a_month_moves_out() {
    let old = Month::from_key("2016-10").unwrap(); // 121 months before 2026-11: dropped
    let mut whole = Stats::default();
    add(&mut whole, EventKind::ReshareBlind, None, "x", "2025-09-10", 4); // older than 400 days by then
    add(&mut whole, EventKind::ReshareBlind, None, "x", "2026-10-01", 1);
    whole.months.entry(old).or_default().entry("x".into()).or_default().bump(Counter::QuoteThin);
    let mut stored: StoredParts = place(whole, Month::from_key("2026-10").unwrap(), RecentIds::default())
        .into_iter()
        .map(|(k, p)| (k, serde_json::to_value(p).unwrap()))
        .collect();
    assert_eq!(keys(&stored), ["stats", "stats/2016-10", "stats/2025-09"]);
    let moved = count_stored(&mut stored, &ev(EventKind::ReshareBlind, None, "x", noon("2026-11-01")));
    let Outcome::Write { remove, .. } = &moved else { unreachable!() };
    assert_eq!(remove, &["stats/2016-10"]);
    assert_eq!(keys(&stored), ["stats", "stats/2025-09", "stats/2026-10"]);
    assert_eq!(stored["stats/2025-09"], json!({ "version": 1, "days": {}, "months": { "2025-09": { "x": [4] } } }));
}

#[test]
fn a_resent_count_is_counted_once() {
    let mut stored = StoredParts::new();
    let first = with_id(ev(EventKind::ReplySent, Some(Level::Thoughtful), "x", noon("2026-11-30")), "tab1-1");
    count_stored(&mut stored, &first);
    // The id is stored in the same value as the count it counted: one write holds both or neither.
    assert_eq!(stored["stats"]["ids"], json!(["tab1-1"]));
    assert_eq!(layout::count(&stored, false, &first), Ok(Outcome::Duplicate));
    // Ids survive the move to a new month (they stay in the current key).
    count_stored(&mut stored, &with_id(ev(EventKind::ReplySent, Some(Level::Thin), "x", noon("2026-12-01")), "tab2-1"));
    assert_eq!(stored["stats"]["ids"], json!(["tab1-1", "tab2-1"]));
    assert_eq!(count_stored(&mut stored, &first), Outcome::Duplicate);
    // Without an id (an older content script) every send counts.
    let plain = ev(EventKind::ReplySent, Some(Level::Thin), "x", noon("2026-12-01"));
    count_stored(&mut stored, &plain);
    count_stored(&mut stored, &plain);
    let (all, _) = read(&stored);
    let day = |k| Day::from_key(k).unwrap();
    assert_eq!(all.total(day("2026-11-30"), day("2026-11-30"), None).replies(), 1);
    assert_eq!(all.total(day("2026-12-01"), day("2026-12-01"), None).replies(), 3);
    // An invalid event is refused before its id is looked at, and changes nothing.
    let bad = with_id(ev(EventKind::ReplySent, None, "x", noon("2026-12-01")), "tab1-1");
    assert!(matches!(layout::count(&stored, false, &bad), Err(StatsError::MissingLevel(_))));
}

#[test]
fn the_id_memory_is_bounded() {
    let mut stored = StoredParts::new();
    for i in 0..RECENT_IDS + 10 {
        count_stored(&mut stored, &with_id(ev(EventKind::NudgeShown, None, "x", noon("2026-11-30")), &format!("{i:036}")));
    }
    assert_eq!(stored["stats"]["ids"].as_array().map(Vec::len), Some(RECENT_IDS));
    assert_eq!(stored["stats"]["ids"][0], format!("{:036}", 10));
    let size = serde_json::to_string(&stored["stats"]).unwrap().len();
    println!("current key with {RECENT_IDS} ids of 36 characters: {size} bytes");
    assert!(size < 9_000, "{size}");
}

#[test]
fn reading_adds_every_key_and_names_the_damaged_one() {
    let stored: StoredParts = [
        ("stats".to_string(), json!({ "version": 1, "days": { "2026-12-01": { "x": [1] } }, "ids": ["a"] })),
        ("stats/2026-11".to_string(), json!({ "version": 1, "days": { "2026-11-03": { "x": [2], "myspace": [1] } } })),
        ("stats/2026-10".to_string(), json!("garbage")),
    ]
    .into();
    let (all, problems) = read(&stored);
    assert_eq!(all.total(Day::from_key("2026-11-01").unwrap(), Day::from_key("2026-12-31").unwrap(), None).get(Counter::ReshareBlind), 3);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].starts_with("stats/2026-10: "), "{problems:?}");
    assert!(problems[1].starts_with("stats/2026-11: days.2026-11-03.myspace"), "{problems:?}");
    assert_eq!(read(&StoredParts::new()), (Stats::default(), vec![]), "nothing stored is not a problem");
}

#[test]
fn placed_stats_read_back_whole() {
    let s = ten_heavy_years(9);
    let today = Day::from_key("2035-12-31").unwrap();
    let placed = place(s.clone(), today.month(), RecentIds::default());
    let months = s.days.keys().map(|d| d.month()).chain(s.months.keys().copied());
    let want: BTreeSet<String> = months.map(|m| if m < today.month() { format!("stats/{m}") } else { "stats".into() }).collect();
    assert_eq!(placed.keys().cloned().collect::<BTreeSet<_>>(), want, "a key per earlier month, and the current one");
    let stored: StoredParts = placed.into_iter().map(|(k, p)| (k, serde_json::to_value(p).unwrap())).collect();
    assert_eq!(read(&stored), (s, vec![]));
    let current = serde_json::to_string(&stored["stats"]).unwrap().len();
    let largest_month = stored.values().map(|v| serde_json::to_string(v).unwrap().len()).max().unwrap();
    println!("ten heavy years by month: current key {current} bytes, largest key {largest_month} bytes");
}

#[cfg(not(target_arch = "wasm32"))]
mod stored_like_one_value {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]
        /// Counting through the stored keys gives the stats that counting into one value gives:
        /// nothing lost or doubled across month moves, late counts and retention.
        #[test]
        fn same_as_one_value(steps in prop::collection::vec((0i32..40, 0u8..4, 0usize..3), 1..120)) {
            let kinds = [EventKind::ReshareBlind, EventKind::NudgeShown, EventKind::ReadFirst, EventKind::MuteSite];
            let sites = ["x", "bluesky", "https://fosstodon.org"];
            let mut day = Day::from_key("2025-06-20").unwrap();
            let mut whole = Stats::default();
            let mut stored = StoredParts::new();
            let mut last = day;
            for (jump, kind, site) in steps {
                // Mostly forward, days or weeks at a time; now and then a late count from days before.
                day = if jump >= 36 { day.plus(4 - jump) } else { day.plus(jump / 2) };
                last = last.max(day);
                let e = ev(kinds[kind as usize], None, sites[site], i64::from(day.0) * MS_PER_DAY + 12 * H);
                fold(&mut whole, &e).unwrap();
                count_stored(&mut stored, &e);
                let current_month = stored["stats"]["days"].as_object().unwrap().keys().map(|k| Day::from_key(k).unwrap().month()).max();
                prop_assert!(stored.keys().all(|k| k == CURRENT_KEY || Some(Month::from_key(&k[6..]).unwrap()) < current_month));
            }
            let (mut from_keys, problems) = read(&stored);
            prop_assert_eq!(problems, Vec::<String>::new());
            compact(&mut whole, last);
            compact(&mut from_keys, last);
            prop_assert_eq!(from_keys, whole);
        }
    }
}
