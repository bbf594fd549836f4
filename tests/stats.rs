use second_thought::clock::{Day, Month, MS_PER_DAY};
use second_thought::score::Level;
use second_thought::stats::{
    compact, fold, load, parse_event, snapshot, Counter, Counters, Event, EventKind, SnapshotQuery, Stats, StatsError,
    COUNTERS,
};
use serde_json::{json, Value};

const H: i64 = 3_600_000;

fn noon(key: &str) -> i64 {
    i64::from(Day::from_key(key).unwrap().0) * MS_PER_DAY + 12 * H
}

fn ev(kind: EventKind, level: Option<Level>, site: &str, at_ms: i64) -> Event {
    Event { kind, level, site: site.into(), at_ms, tz_offset_min: 0 }
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
    ];
    for (i, (kind, level, counter)) in cases.into_iter().enumerate() {
        for _ in 0..=i {
            fold(&mut s, &ev(kind, level, "x", noon("2026-11-23"))).unwrap();
        }
        assert_eq!(count(&s, "2026-11-23", "x", counter), i as u32 + 1, "{kind:?}");
    }
    assert_eq!(
        serde_json::to_value(&s).unwrap()["days"]["2026-11-23"]["x"],
        json!([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
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
    assert_eq!(e.tz_offset_min, 0);
    for bad in [
        json!({ "kind": "like", "site": "x", "at_ms": 1 }),
        json!({ "kind": "nudge_shown", "site": "x" }),
        json!({ "kind": "nudge_shown", "site": 3, "at_ms": 1 }),
        json!({ "kind": "nudge_shown", "site": "x", "at_ms": 1.5 }),
        json!({ "kind": "nudge_shown", "site": "x", "at_ms": 1, "tz_offset_min": 3e9 }),
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
    let snap = serde_json::to_value(snapshot(&s, &query("2026-11-23"))).unwrap();
    assert_eq!(snap["this_week"], json!({ "shares": 10, "with_thought": 7, "thin": 2, "blind": 1 }));
    assert_eq!(snap["last_week"], json!({ "shares": 9, "with_thought": 4, "thin": 1, "blind": 4 }));
    assert_eq!(
        snap["weekly_line"],
        json!({ "with_thought": 7, "shares": 10, "last_with_thought": 4, "last_shares": 9 })
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
    let mut q = query("2026-11-23");
    q.site = Some("bluesky".into());
    let snap = snapshot(&s, &q);
    let v = serde_json::to_value(&snap).unwrap();
    assert_eq!(v["site_week"], json!({ "shares": 3, "with_thought": 0, "thin": 0, "blind": 3 }));
    assert_eq!(snap.days.len(), 30);
    assert_eq!(v["days"][0], json!({ "day": "2026-10-25", "blind": 1, "thin": 0, "thoughtful": 2 }));
    assert_eq!(v["days"][29], json!({ "day": "2026-11-23", "blind": 3, "thin": 0, "thoughtful": 0 }));
    assert_eq!(
        v["sites"],
        json!([
        { "site": "bluesky", "shares": 3, "with_thought": 0, "blind": 3 },
        { "site": "reddit", "shares": 3, "with_thought": 0, "blind": 0 },
        { "site": "x", "shares": 3, "with_thought": 2, "blind": 1 } ])
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
