//! Every public entry point the extension calls with stored or page-supplied data must survive any
//! input: arbitrary bytes read as lossy UTF-8, arbitrary JSON, JSON shaped like the real thing but
//! with hostile values, and megabyte-sized pieces. "Survive" means no panic, and what comes back
//! is stable: storing a result and reading it again gives the same thing with nothing to report.
//!
//! Budget: the whole file runs in well under 30 s in a debug `cargo test` (cases are sized for it).
#![cfg(not(target_arch = "wasm32"))]
use std::time::{Duration, Instant};

use proptest::prelude::*;
use second_thought::policy::{self, Choice, History, VARIANTS};
use second_thought::score::{score, Draft, Level, Report, REASON_IDS, SUGGESTION_IDS};
use second_thought::settings::{self, Intent};
use second_thought::stats::{self, SnapshotQuery, Stats};
use serde_json::{json, Map, Value};

const CASES: u32 = 400;
const MB: usize = 1 << 20;

// ---------------------------------------------------------------- strategies

/// Characters that break naive text handling: combining marks, bidi overrides and isolates,
/// joiners, the replacement character (what a lone surrogate becomes), BOM, non-characters, NUL.
const EDGE: &[&str] = &[
    "\u{0}", "\u{301}", "\u{20DD}", "\u{0488}", "\u{202E}", "\u{202D}", "\u{2066}", "\u{2069}", "\u{200F}", "\u{200D}",
    "\u{200C}", "\u{200B}", "\u{FE0F}", "\u{FFFD}", "\u{FEFF}", "\u{FFFF}", "\u{10FFFF}", "\u{E0041}", "👩\u{200D}👩\u{200D}👧",
    "🏳\u{FE0F}\u{200D}🌈", "🇯🇵", "ﷺ", "Z\u{335}\u{336}\u{337}", "\r\n", "\u{2028}", "\u{85}", "ß", "İ", "ǅ", "Ⅻ",
];

/// Words and values the parsers look for, so random input reaches past the first check.
const SCHEMA: &[&str] = &[
    "off", "gentle", "pause", "blind", "thin", "thoughtful", "reshare", "quote", "reply", "post", "post_with_link",
    "x", "bluesky", "mastodon", "reddit", "linkedin", "threads", "facebook", "https://fosstodon.org",
    "https://FOSSTODON.org:443/", "http://a.example", "https://xn--80ak6aa92e.example", "https://a.example/path?q",
    "2026-11-23", "2026-02-29", "2024-02-29", "0000-01-01", "9999-12-31", "2025-09", "2025-13", "reshare_blind",
    "quote_posted", "post_sent", "nudge_shown", "add_thought", "share_anyway", "read_first", "mute_site", "dismiss",
    "set_mode", "snooze", "set_defaults", "set_site", "clear_site", "add_origin", "remove_origin", "reset", "hint",
];

const KEYS: &[&str] = &[
    "version", "defaults", "sites", "mode", "suggest_below", "read_first", "badge", "snooze_until", "kind", "days",
    "months", "site", "at_ms", "tz_offset_min", "level", "action", "has_link", "link_opened", "read_first_enabled",
    "now_ms", "history", "recent", "share_anyway_streak", "backoff_until", "last_variant", "last_form", "last_at",
    "last_intercept", "wording_explained", "text", "context", "quoted_text", "link_title", "prefill", "pasted",
    "type", "until_ms",
    "origin", "x", "mastodon", "https://fosstodon.org", "2026-11-23", "2025-09",
];

fn tricky_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        2 => any::<char>().prop_map(String::from),
        2 => prop::sample::select(EDGE).prop_map(String::from),
        1 => prop::sample::select(SCHEMA).prop_map(String::from),
        1 => "[ a-zA-Z0-9.,:/@#?!'\"-]{1,12}",
    ];
    prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

/// Numbers at the edges the code cares about: epoch limits, 2^53, i64/u64 ends, fractions, -0.
fn number() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from), // non-finite becomes null
        (-2000i64..2000).prop_map(Value::from),
        prop::sample::select(vec![
            json!(0), json!(-1), json!(1), json!(3), json!(100), json!(101), json!(-0.0), json!(60.0), json!(60.5),
            json!(1.795e12), json!(1_795_000_000_000i64), json!(253_402_300_799_999i64), json!(253_402_300_800_000i64),
            json!(9_007_199_254_740_993u64), json!(i64::MAX), json!(i64::MIN), json!(u64::MAX), json!(1e308), json!(840),
            json!(-840), json!(u32::MAX), json!(4_294_967_296u64),
        ]),
    ]
}

/// Mostly plausible epoch milliseconds (around now, or anywhere up to year 9999), sometimes edge numbers.
fn time_ms() -> BoxedStrategy<Value> {
    prop_oneof![
        3 => (1_700_000_000_000i64..1_900_000_000_000).prop_map(Value::from),
        1 => (0i64..=253_402_300_799_999).prop_map(Value::from),
        1 => number(),
    ]
    .boxed()
}

/// A number in -max..=max, sometimes an edge number.
fn small_or_edge(max: i64) -> BoxedStrategy<Value> {
    prop_oneof![3 => (-max..=max).prop_map(Value::from), 1 => number()].boxed()
}

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        1 => Just(Value::Null),
        1 => any::<bool>().prop_map(Value::from),
        2 => number(),
        2 => prop::sample::select(SCHEMA).prop_map(Value::from),
        2 => tricky_text().prop_map(Value::from),
    ]
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![3 => prop::sample::select(KEYS).prop_map(String::from), 1 => tricky_text()]
}

fn json() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..6).prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// An object with these fields, each either well-formed, junk, or missing.
fn shaped(fields: Vec<(&'static str, BoxedStrategy<Value>)>) -> impl Strategy<Value = Value> {
    let parts: Vec<_> = fields
        .into_iter()
        .map(|(name, good)| {
            prop_oneof![12 => good.prop_map(Some), 1 => json().prop_map(Some), 1 => Just(None)]
                .prop_map(move |v| v.map(|v| (name.to_string(), v)))
        })
        .collect();
    parts.prop_map(|kv| Value::Object(kv.into_iter().flatten().collect::<Map<_, _>>()))
}

fn one_of(values: &'static [&'static str]) -> BoxedStrategy<Value> {
    prop::sample::select(values).prop_map(Value::from).boxed()
}

fn site_key() -> BoxedStrategy<Value> {
    prop_oneof![3 => one_of(&["x", "bluesky", "mastodon", "reddit", "https://fosstodon.org", "https://a.example"]), 1 => leaf()].boxed()
}

fn settings_like() -> impl Strategy<Value = Value> {
    let site = shaped(vec![
        ("mode", one_of(&["off", "gentle", "pause"])),
        ("suggest_below", small_or_edge(120)),
        ("read_first", any::<bool>().prop_map(Value::from).boxed()),
        ("snooze_until", time_ms()),
        ("kind", one_of(&["mastodon", "x", "bluesky"])),
    ]);
    let sites = prop::collection::vec((prop_oneof![site_key().prop_map(|k| k.as_str().unwrap_or("x").to_string()), key()], site), 0..5)
        .prop_map(|kv| Value::Object(kv.into_iter().collect()));
    shaped(vec![
        ("version", prop_oneof![6 => Just(json!(2)), 1 => Just(json!(1)), 1 => number()].boxed()),
        ("defaults", shaped(vec![("mode", one_of(&["off", "gentle", "pause"])), ("suggest_below", small_or_edge(120))]).boxed()),
        ("sites", sites.boxed()),
    ])
}

fn intent_like() -> impl Strategy<Value = Value> {
    let flag = || any::<bool>().prop_map(Value::from).boxed();
    shaped(vec![
        ("type", one_of(&["set_mode", "snooze", "set_defaults", "set_site", "clear_site", "add_origin", "remove_origin", "reset"])),
        ("site", site_key()),
        ("mode", one_of(&["off", "gentle", "pause"])),
        ("until_ms", time_ms()),
        ("origin", one_of(&["https://fosstodon.org", "https://FOSSTODON.org:443/", "http://a.example", "https://a.example/p?q", "fosstodon.org"])),
        ("kind", one_of(&["mastodon", "x", "bluesky"])),
        ("suggest_below", small_or_edge(120)),
        ("read_first", flag()),
        ("badge", flag()),
    ])
}

fn event_like() -> impl Strategy<Value = Value> {
    shaped(vec![
        ("kind", one_of(&["reshare_blind", "quote_posted", "post_sent", "nudge_shown", "add_thought", "share_anyway", "read_first", "mute_site"])),
        ("site", site_key()),
        ("at_ms", time_ms()),
        ("tz_offset_min", small_or_edge(900)),
        ("level", one_of(&["blind", "thin", "thoughtful"])),
    ])
}

fn stats_like() -> impl Strategy<Value = Value> {
    let counters = prop_oneof![
        prop::collection::vec(prop_oneof![4 => (0u32..50).prop_map(Value::from), 1 => leaf()], 0..16).prop_map(Value::Array),
        leaf(),
    ];
    let by_site = prop::collection::vec((prop_oneof![3 => Just("x".to_string()), 1 => key()], counters), 0..3)
        .prop_map(|kv| Value::Object(kv.into_iter().collect()));
    let periods = |keys: &'static [&'static str]| {
        let period = prop_oneof![3 => prop::sample::select(keys).prop_map(String::from), 1 => key()];
        prop::collection::vec((period, by_site.clone()), 0..4).prop_map(|kv| Value::Object(kv.into_iter().collect())).boxed()
    };
    let days = periods(&["2026-11-23", "2026-11-22", "2024-02-29", "1970-01-01", "9999-12-31", "2026-02-29"]);
    let months = periods(&["2025-09", "2016-01", "1970-01", "9999-12", "2025-13", "2025-00"]);
    shaped(vec![("version", Just(json!(1)).boxed()), ("days", days), ("months", months)])
}

fn policy_like() -> impl Strategy<Value = Value> {
    let recent = prop::collection::vec(time_ms(), 0..30).prop_map(Value::Array);
    let history = shaped(vec![
        ("recent", recent.boxed()),
        ("share_anyway_streak", small_or_edge(5)),
        ("backoff_until", time_ms()),
        ("last_variant", prop_oneof![(0u8..6).prop_map(Value::from), number()].boxed()),
        ("last_form", one_of(&["none", "hint", "pause"])),
        ("last_at", time_ms()),
        ("last_intercept", any::<bool>().prop_map(Value::from).boxed()),
    ]);
    shaped(vec![
        ("action", one_of(&["reshare", "quote", "reply", "post_with_link"])),
        ("mode", one_of(&["off", "gentle", "pause"])),
        ("level", one_of(&["blind", "thin", "thoughtful"])),
        ("has_link", any::<bool>().prop_map(Value::from).boxed()),
        ("link_opened", any::<bool>().prop_map(Value::from).boxed()),
        ("read_first_enabled", any::<bool>().prop_map(Value::from).boxed()),
        ("now_ms", time_ms()),
        ("history", history.boxed()),
    ])
}

// ---------------------------------------------------------------- checks

#[track_caller]
fn check_report(r: &Report, text: &str) {
    assert!(r.score <= 100, "{text:?}");
    assert_eq!(r.level, Level::from_score(r.score));
    assert!(r.own_words as usize <= text.chars().count());
    assert!(r.reasons.iter().all(|id| REASON_IDS.contains(id)), "{:?}", r.reasons);
    assert!(r.suggestion.is_none_or(|s| SUGGESTION_IDS.contains(&s)));
}

/// Settings as stored are read back identically, with nothing to report.
fn check_settings(v: &Value) -> settings::Settings {
    let parsed = settings::parse(v);
    let stored = parsed.settings.to_json();
    let again = settings::parse(&stored);
    assert_eq!(again.ignored, vec![], "stored settings read back with problems: {stored}");
    assert_eq!(again.settings, parsed.settings);
    for key in parsed.settings.sites.keys().map(String::as_str).chain(["x", "", "\u{202E}"]) {
        let e = parsed.settings.effective(key, 1_795_000_000_000);
        assert!(e.suggest_below <= 100);
    }
    parsed.settings
}

fn check_stats(v: &Value) -> Stats {
    let (loaded, _) = stats::load(v);
    let stored = serde_json::to_value(&loaded).expect("stats serialize");
    let (again, problems) = stats::load(&stored);
    assert_eq!(problems, Vec::<String>::new(), "stored stats read back with problems");
    assert_eq!(again, loaded);
    loaded
}

fn check_event(stats: &Stats, v: &Value) {
    let Ok(event) = stats::parse_event(v) else { return };
    let mut folded = stats.clone();
    match stats::fold(&mut folded, &event) {
        Err(_) => assert_eq!(&folded, stats, "a refused event changed the stats"),
        Ok(()) => {
            let stored = serde_json::to_value(&folded).expect("stats serialize");
            assert_eq!(stats::load(&stored).0, folded);
        }
    }
}

fn check_policy(v: &Value) {
    let Ok(input) = serde_json::from_value::<policy::Input>(v.clone()) else { return };
    let d = policy::decide(&input);
    assert!(d.variant < VARIANTS);
    assert!(!d.intercept || d.form != policy::Form::None, "intercepts with nothing to show");
    // What the background stores is read back as is, and can be decided on again.
    let stored = serde_json::to_value(&d.history).expect("history serialize");
    assert_eq!(serde_json::from_value::<History>(stored).expect("stored history reads"), d.history);
    let again = policy::decide(&policy::Input { history: d.history.clone(), ..input.clone() });
    assert!(again.variant < VARIANTS);
    for choice in [Choice::AddThought, Choice::ShareAnyway, Choice::ReadFirst, Choice::Dismiss] {
        policy::record_choice(&d.history, choice, input.now_ms);
    }
}

/// Feeds one JSON value to every entry point the facade exposes.
fn every_entry_point(v: &Value) {
    let settings = check_settings(v);
    if let Ok(intent) = Intent::from_json(v) {
        if let Ok(changed) = settings.apply(intent) {
            check_settings(&changed.to_json());
        }
    }
    let stats = check_stats(v);
    check_event(&stats, v);
    if let Ok(q) = serde_json::from_value::<SnapshotQuery>(v.clone()) {
        stats::snapshot(&stats, &q);
    }
    check_policy(v);
    let _ = serde_json::from_value::<History>(v.clone());
    if let Ok(draft) = serde_json::from_value::<Draft>(v.clone()) {
        check_report(&score(&draft), &draft.text);
    }
}

// ---------------------------------------------------------------- properties

proptest! {
    #![proptest_config(ProptestConfig { cases: CASES, ..ProptestConfig::default() })]

    #[test]
    fn bytes_as_lossy_text_score_in_range(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        check_report(&score(&Draft { text: text.clone(), context: None }), &text);
    }

    #[test]
    fn bytes_as_json_reach_every_entry_point(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        // Mostly invalid JSON: the parser must refuse it cleanly. When it parses, use it.
        if let Ok(v) = serde_json::from_slice::<Value>(&bytes) {
            every_entry_point(&v);
        }
    }

    #[test]
    fn arbitrary_json_reaches_every_entry_point(v in json()) {
        every_entry_point(&v);
    }

    #[test]
    fn settings_shaped_input_is_kept_or_reported(v in settings_like(), intents in prop::collection::vec(intent_like(), 0..6)) {
        let mut settings = check_settings(&v);
        for intent in &intents {
            let Ok(intent) = Intent::from_json(intent) else { continue };
            if let Ok(changed) = settings.clone().apply(intent) { settings = check_settings(&changed.to_json()); }
        }
    }

    #[test]
    fn stats_shaped_input_folds_any_events(v in stats_like(), events in prop::collection::vec(event_like(), 0..8),
                                          now in time_ms(), tz in small_or_edge(900)) {
        let mut stats = check_stats(&v);
        for e in &events {
            check_event(&stats, e);
            if let Ok(e) = stats::parse_event(e) { let _ = stats::fold(&mut stats, &e); }
        }
        if let Ok(q) = serde_json::from_value::<SnapshotQuery>(json!({ "now_ms": now, "tz_offset_min": tz, "site": "x" })) {
            let snap = stats::snapshot(&stats, &q);
            serde_json::to_value(&snap).expect("snapshot serializes");
        }
    }

    #[test]
    fn policy_shaped_input_decides_safely(v in policy_like()) {
        check_policy(&v);
    }

    #[test]
    fn drafts_with_edge_characters_score_in_range(text in tricky_text(), quoted in tricky_text(), title in tricky_text(),
                                                  prefill in tricky_text(), pasted in prop::collection::vec(tricky_text(), 0..4)) {
        let v = json!({ "text": text, "context": { "quoted_text": quoted, "link_title": title, "action": "quote",
                                                   "prefill": prefill, "pasted": pasted } });
        let draft: Draft = serde_json::from_value(v).expect("a well-formed draft");
        check_report(&score(&draft), &draft.text);
    }
}

// ---------------------------------------------------------------- fixed hard cases

#[test]
fn lone_surrogate_escapes_are_refused_or_replaced_never_panic() {
    for raw in [r#""\ud800""#, r#"{"text":"\udfff"}"#, r#"{"site":"x\ud83d","kind":"mute_site","at_ms":1}"#, r#"{"sites":{"\udc00":{}}}"#] {
        match serde_json::from_str::<Value>(raw) {
            Ok(v) => every_entry_point(&v),
            Err(e) => assert!(e.to_string().contains("surrogate") || e.is_syntax(), "{raw}: {e}"),
        }
    }
    // What a browser hands over for a lone surrogate after UTF-8 encoding: U+FFFD.
    every_entry_point(&json!({ "text": "\u{FFFD}\u{FFFD}", "site": "\u{FFFD}", "kind": "reshare_blind", "at_ms": 1 }));
}

/// Runs `f`, and fails when it took longer than a debug build on a busy machine needs.
fn within(limit: Duration, what: &str, f: impl FnOnce()) {
    let start = Instant::now();
    f();
    assert!(start.elapsed() < limit, "{what} took {:?}", start.elapsed());
}

#[test]
fn megabyte_pieces_in_every_entry_point() {
    let big = |unit: &str| unit.repeat(MB / unit.len() + 1);
    let marks = big("a\u{301}\u{202E}\u{200D}");
    let limit = Duration::from_secs(10);
    within(limit, "1 MB draft and context", || {
        let context = json!({ "quoted_text": marks, "link_title": marks, "prefill": marks, "pasted": marks });
        let draft = Draft { text: marks.clone(), context: Some(serde_json::from_value(context).unwrap()) };
        check_report(&score(&draft), &draft.text);
    });
    within(limit, "1 MB site keys in settings", || {
        let v = json!({ "version": 2, "sites": { marks.clone(): { "mode": "off" }, format!("https://{}.example", big("a")): { "kind": "mastodon" } } });
        let parsed = settings::parse(&v);
        assert!(!parsed.ignored.is_empty(), "a 1 MB site key is reported, not kept");
        check_settings(&v);
    });
    within(limit, "1 MB keys in stats and events", || {
        let v = json!({ "version": 1, "days": { marks.clone(): { "x": [1] }, "2026-11-23": { marks.clone(): [1], "x": [2] } } });
        let stats = check_stats(&v);
        assert_eq!(stats.days.len(), 1, "the valid day and site survive beside the junk");
        check_event(&stats, &json!({ "kind": "mute_site", "site": marks, "at_ms": 1 }));
    });
    within(limit, "100,000 attempts in a nudge history", || {
        let recent: Vec<i64> = (0..100_000).map(|i| 1_795_000_000_000 + i).collect();
        check_policy(&json!({ "mode": "pause", "now_ms": 1_795_000_100_000i64, "history": { "recent": recent } }));
    });
    within(limit, "200,000 counters for one site", || {
        check_stats(&json!({ "version": 1, "days": { "2026-11-23": { "x": vec![1; 200_000] } } }));
    });
}

#[test]
fn deeply_nested_json_is_refused_by_the_parser_not_a_stack_overflow() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(serde_json::from_str::<Value>(&deep).is_err(), "serde_json's recursion limit applies");
    let mut v = json!("x");
    for i in 0..120 {
        v = if i % 2 == 0 { json!({ "days": v }) } else { json!([v]) };
    }
    every_entry_point(&v);
}
