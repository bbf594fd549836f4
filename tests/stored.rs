//! What the extension stores must read back unchanged, byte for byte: settings (`chrome.storage.sync`
//! "settings"), stats ("stats") and the nudge history ("nudge"), as earlier versions wrote them.
//! A change to how they are read or written that alters one byte shows up here first. Stats are
//! split over one key per month since replies were counted (`stats::layout`); what the single
//! "stats" value held reads, migrates and exports unchanged.
use second_thought::policy::History;
use second_thought::settings;
use second_thought::stats;
use serde_json::Value;

fn value(text: &str) -> Value {
    serde_json::from_str(text).expect("valid JSON")
}

#[test]
fn stored_settings_read_back_byte_for_byte() {
    let text = concat!(
        r#"{"version":2,"defaults":{"mode":"gentle","suggest_below":35,"read_first":false,"badge":true},"#,
        r#""sites":{"bluesky":{"snooze_until":1790000000000},"https://fosstodon.org":{"mode":"pause","kind":"mastodon"},"#,
        r#""https://social.example:8443":{"suggest_below":0,"read_first":true,"badge":false,"kind":"bluesky"},"#,
        r#""x":{"mode":"off"}}}"#
    );
    let parsed = settings::parse(&value(text));
    assert_eq!(parsed.ignored, vec![]);
    assert_eq!(serde_json::to_string(&parsed.settings).unwrap(), text);
}

#[test]
fn version_1_settings_become_the_version_2_text() {
    let v1 = r#"{"enabled":true,"mode":"gentle","disabled_sites":["x","reddit"]}"#;
    let parsed = settings::parse(&value(v1));
    assert_eq!(parsed.ignored, vec![]);
    let v2 = concat!(
        r#"{"version":2,"defaults":{"mode":"gentle","suggest_below":60,"read_first":true,"badge":false},"#,
        r#""sites":{"reddit":{"mode":"off"},"x":{"mode":"off"}}}"#
    );
    assert_eq!(serde_json::to_string(&parsed.settings).unwrap(), v2);
}

#[test]
fn stored_stats_read_back_byte_for_byte() {
    let text = concat!(
        r#"{"version":1,"days":{"2026-11-22":{"bluesky":[0,0,0,2],"x":[3,0,1]},"#,
        r#""2026-11-23":{"https://fosstodon.org":[0,0,0,0,0,0,0,0,0,0,0,1]}},"#,
        r#""months":{"2025-09":{"x":[1,2,3,4,5,6,7,8,9,10,11,12]},"2025-10":{"reddit":[4294967295]}}}"#
    );
    let (loaded, problems) = stats::load(&value(text));
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(serde_json::to_string(&loaded).unwrap(), text);
}

#[test]
fn stored_nudge_history_reads_back_byte_for_byte() {
    let text = concat!(
        r#"{"recent":[1794999900000,1795000000000],"share_anyway_streak":1,"backoff_until":1795001800000,"#,
        r#""last_variant":2,"last_form":"hint","last_at":1795000000000,"last_intercept":true,"wording_explained":false}"#
    );
    let history: History = serde_json::from_str(text).unwrap();
    assert_eq!(serde_json::to_string(&history).unwrap(), text);
    let fresh = r#"{"recent":[],"share_anyway_streak":0,"backoff_until":0,"last_variant":null,"last_form":null,"last_at":0,"last_intercept":false,"wording_explained":false}"#;
    assert_eq!(serde_json::to_string(&serde_json::from_str::<History>("{}").unwrap()).unwrap(), fresh);
}

/// Stats as the current release stores them: everything in the one "stats" value (the text above,
/// the format of an export file's `stats` too).
const ONE_VALUE: &str = concat!(
    r#"{"version":1,"days":{"2026-10-30":{"x":[0,0,0,2]},"2026-11-22":{"bluesky":[0,0,0,2],"x":[3,0,1]},"#,
    r#""2026-11-23":{"https://fosstodon.org":[0,0,0,0,0,0,0,0,0,0,0,1]}},"#,
    r#""months":{"2025-09":{"x":[1,2,3,4,5,6,7,8,9,10,11,12]}}}"#
);

fn parts(pairs: &[(&str, &str)]) -> stats::StoredParts {
    pairs.iter().map(|(k, v)| (k.to_string(), value(v))).collect()
}

#[test]
fn stats_stored_in_one_value_read_as_they_are_with_no_replies() {
    let (all, problems) = stats::layout::read(&parts(&[("stats", ONE_VALUE)]));
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(serde_json::to_string(&all).unwrap(), ONE_VALUE, "what an export writes is unchanged");
    assert!(all.days.values().chain(all.months.values()).flat_map(|m| m.values()).all(|c| c.replies() == 0));
}

#[test]
fn the_first_count_after_the_update_splits_one_value_into_months() {
    let mut stored = parts(&[("stats", ONE_VALUE)]);
    let event = stats::parse_event(&value(
        r#"{"kind":"reply_sent","level":"thoughtful","site":"x","at_ms":1795867200000,"tz_offset_min":0,"id":"a1"}"#,
    ))
    .unwrap(); // 2026-11-28, 12:00 UTC
    assert_eq!(stats::count(&stored, false, &event), Ok(stats::Outcome::NeedsAll));
    let stats::Outcome::Write { set, remove } = stats::count(&stored, true, &event).unwrap() else { panic!("a write") };
    assert_eq!(remove, Vec::<String>::new());
    let written: Vec<(String, String)> = set.iter().map(|(k, p)| (k.clone(), serde_json::to_string(p).unwrap())).collect();
    assert_eq!(
        written,
        [
            (
                "stats",
                concat!(
                    r#"{"version":1,"days":{"2026-11-22":{"bluesky":[0,0,0,2],"x":[3,0,1]},"#,
                    r#""2026-11-23":{"https://fosstodon.org":[0,0,0,0,0,0,0,0,0,0,0,1]},"#,
                    r#""2026-11-28":{"x":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,1]}},"months":{},"ids":["a1"]}"#
                )
            ),
            ("stats/2025-09", r#"{"version":1,"days":{},"months":{"2025-09":{"x":[1,2,3,4,5,6,7,8,9,10,11,12]}}}"#),
            ("stats/2026-10", r#"{"version":1,"days":{"2026-10-30":{"x":[0,0,0,2]}},"months":{}}"#),
        ]
        .map(|(k, v)| (k.to_string(), v.to_string()))
    );
    stored.extend(set.into_iter().map(|(k, p)| (k, serde_json::to_value(p).unwrap())));
    // The whole, as the popup and an export see it: the old value with the one reply added.
    let (all, problems) = stats::layout::read(&stored);
    assert_eq!(problems, Vec::<String>::new());
    let mut expected = stats::load(&value(ONE_VALUE)).0;
    stats::fold(&mut expected, &event).unwrap();
    assert_eq!(all, expected);
}

#[test]
fn an_export_file_imports_into_month_keys_and_exports_the_same_text() {
    let (imported, problems) = stats::layout::read(&parts(&[("stats", ONE_VALUE)]));
    assert_eq!(problems, Vec::<String>::new());
    let month = second_thought::clock::Month::from_key("2026-12").unwrap();
    let placed = stats::layout::place(imported, month, Default::default());
    assert_eq!(placed.keys().map(String::as_str).collect::<Vec<_>>(), ["stats", "stats/2025-09", "stats/2026-10", "stats/2026-11"]);
    assert_eq!(serde_json::to_string(&placed["stats"]).unwrap(), r#"{"version":1,"days":{},"months":{}}"#);
    let stored: stats::StoredParts = placed.into_iter().map(|(k, p)| (k, serde_json::to_value(p).unwrap())).collect();
    let (back, problems) = stats::layout::read(&stored);
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(serde_json::to_string(&back).unwrap(), ONE_VALUE);
}

#[test]
fn stats_stored_by_month_read_back_byte_for_byte() {
    const CURRENT: &str = r#"{"version":1,"days":{"2026-12-01":{"x":[0,0,0,0,0,0,0,0,0,0,0,0,2,0,1]}},"months":{},"ids":["a1","b2"]}"#;
    const NOVEMBER: &str = r#"{"version":1,"days":{"2026-11-28":{"x":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,1]}},"months":{}}"#;
    let stored = parts(&[("stats", CURRENT), ("stats/2026-11", NOVEMBER)]);
    let (all, problems) = stats::layout::read(&stored);
    assert_eq!(problems, Vec::<String>::new());
    let ids = stats::recent::RecentIds::read(&stored["stats"]);
    let month = second_thought::clock::Month::from_key("2026-12").unwrap();
    let again: Vec<(String, String)> =
        stats::layout::place(all, month, ids).iter().map(|(k, p)| (k.clone(), serde_json::to_string(p).unwrap())).collect();
    assert_eq!(again, [("stats", CURRENT), ("stats/2026-11", NOVEMBER)].map(|(k, v)| (k.to_string(), v.to_string())));
}
