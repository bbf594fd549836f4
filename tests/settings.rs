use second_thought::settings::{
    parse, Intent, Mode, Settings, SettingsError, Site, SiteSettings, MAX_SITES, SYNC_BUDGET_BYTES,
};
use serde_json::{json, Value};

fn paths(raw: Value) -> Vec<String> {
    parse(&raw).ignored.into_iter().map(|i| i.path).collect()
}

fn apply(s: Settings, intent: Value) -> Result<Settings, SettingsError> {
    s.apply(Intent::from_json(&intent)?)
}

#[test]
fn the_documented_example_parses_cleanly() {
    let raw = json!({ "version": 2,
        "defaults": { "mode": "pause", "suggest_below": 60, "read_first": true, "badge": false },
        "sites": { "x": { "mode": "gentle" }, "bluesky": { "snooze_until": 1790000000000i64 },
                   "https://fosstodon.org": { "mode": "pause", "kind": "mastodon" } } });
    let p = parse(&raw);
    assert_eq!(p.ignored, vec![]);
    assert_eq!(p.settings.sites["x"].mode, Some(Mode::Gentle));
    assert_eq!(p.settings.sites["bluesky"].snooze_until, 1_790_000_000_000);
    assert_eq!(p.settings.sites["https://fosstodon.org"].kind, Some(Site::Mastodon));
    assert_eq!(p.settings.to_json(), raw);
}

#[test]
fn non_objects_give_defaults_and_one_report() {
    for raw in [Value::Null, json!(3), json!("settings"), json!([1, 2]), json!(true)] {
        let p = parse(&raw);
        assert_eq!(p.settings, Settings::default());
        assert_eq!(p.ignored.len(), 1, "{raw}");
        assert_eq!(p.ignored[0].path, "");
    }
}

#[test]
fn bad_fields_fall_back_one_by_one() {
    let p = parse(&json!({ "version": 2,
        "defaults": { "mode": "loud", "suggest_below": 1e300, "read_first": "yes", "badge": true, "colour": 1 },
        "sites": { "x": { "mode": "off", "suggest_below": -5, "badge": 1, "kind": "x", "theme": "dark" } } }));
    let s = &p.settings;
    assert_eq!(s.defaults.mode, Mode::Pause);
    assert_eq!(s.defaults.suggest_below, 60);
    assert!(s.defaults.read_first);
    assert!(s.defaults.badge, "the valid field next to bad ones is kept");
    assert_eq!(s.sites["x"], SiteSettings { mode: Some(Mode::Off), ..Default::default() });
    let got: Vec<(&str, &str)> = p.ignored.iter().map(|i| (i.path.as_str(), i.why.as_str())).collect();
    assert!(got.contains(&("defaults.mode", "unknown mode \"loud\", kept default")), "{got:?}");
    for path in [
        "defaults.suggest_below",
        "defaults.read_first",
        "defaults.colour",
        "sites.x.suggest_below",
        "sites.x.badge",
        "sites.x.kind",
        "sites.x.theme",
    ] {
        assert!(got.iter().any(|(p, _)| *p == path), "{path} missing from {got:?}");
    }
    assert_eq!(got.len(), 8);
}

#[test]
fn integral_floats_are_whole_numbers() {
    // Hand-edited or older files may write whole numbers as floats.
    let p = parse(
        &json!({ "version": 2.0, "defaults": { "suggest_below": 45.0 }, "sites": { "x": { "snooze_until": 1.0e12 } } }),
    );
    assert_eq!(p.ignored, vec![]);
    assert_eq!(p.settings.defaults.suggest_below, 45);
    assert_eq!(p.settings.sites["x"].snooze_until, 1_000_000_000_000);
    assert_eq!(paths(json!({ "version": 2, "defaults": { "suggest_below": 45.5 } })), ["defaults.suggest_below"]);
}

#[test]
fn huge_and_negative_numbers_are_reported() {
    let p = parse(&json!({ "version": 2, "sites": {
        "x": { "snooze_until": u64::MAX }, "reddit": { "snooze_until": -1 }, "threads": { "suggest_below": 101 } } }));
    assert_eq!(p.ignored.len(), 3, "{:?}", p.ignored);
    assert_eq!(p.settings.sites["x"].snooze_until, 0);
    assert_eq!(p.settings.sites["reddit"].snooze_until, 0);
    assert_eq!(p.settings.sites["threads"].suggest_below, None);
}

#[test]
fn unknown_sites_and_bad_origins_are_dropped_and_reported() {
    let p = parse(&json!({ "version": 2, "sites": {
        "myspace": { "mode": "off" },
        "http://evil.example": { "kind": "mastodon" },
        "https://a.example/path": { "kind": "mastodon" },
        "facebook": "off",
        "https://ok.example": { "kind": "mastodon" } } }));
    assert_eq!(p.settings.sites.keys().collect::<Vec<_>>(), ["https://ok.example"]);
    let got: Vec<&str> = p.ignored.iter().map(|i| i.path.as_str()).collect();
    assert_eq!(got.len(), 4, "{:?}", p.ignored);
    assert!(got.contains(&"sites[\"http://evil.example\"]"), "{got:?}");
    assert!(got.contains(&"sites.myspace"));
    assert!(got.contains(&"sites.facebook"));
}

#[test]
fn origin_keys_are_normalized_and_deduplicated() {
    let p = parse(&json!({ "version": 2, "sites": {
        "HTTPS://Fosstodon.org/": { "kind": "mastodon", "mode": "gentle" },
        "https://fosstodon.org:443": { "kind": "mastodon", "mode": "off" } } }));
    assert_eq!(p.settings.sites.len(), 1);
    assert_eq!(p.ignored.len(), 1, "{:?}", p.ignored);
    assert!(p.settings.sites.contains_key("https://fosstodon.org"));
}

#[test]
fn origin_kind_is_required_and_defaults_to_mastodon() {
    let p = parse(&json!({ "version": 2, "sites": {
        "https://a.example": { "mode": "off" },
        "https://b.example": { "kind": "myspace" },
        "https://c.example": { "kind": "bluesky" } } }));
    assert_eq!(p.settings.sites["https://a.example"].kind, Some(Site::Mastodon));
    assert_eq!(p.settings.sites["https://b.example"].kind, Some(Site::Mastodon));
    assert_eq!(p.settings.sites["https://c.example"].kind, Some(Site::Bluesky));
    assert_eq!(p.ignored.len(), 2);
}

#[test]
fn null_overrides_mean_absent() {
    let p = parse(&json!({ "version": 2, "sites": { "x": { "mode": null, "badge": null } } }));
    assert_eq!(p.ignored, vec![]);
    assert_eq!(p.settings.sites["x"], SiteSettings::default());
}

#[test]
fn more_than_200_sites_are_capped_builtins_first() {
    let mut sites = serde_json::Map::new();
    for i in 0..300 {
        sites.insert(format!("https://i{i}.example"), json!({ "kind": "mastodon" }));
    }
    sites.insert("x".into(), json!({ "mode": "off" }));
    let p = parse(&json!({ "version": 2, "sites": sites }));
    let s = &p.settings;
    assert!(s.sites.len() <= MAX_SITES);
    assert_eq!(s.sites["x"].mode, Some(Mode::Off), "built-in kept even though it sorts last");
    assert_eq!(p.ignored.len(), 51, "50 listed then one summary line");
    assert!(p.ignored.last().unwrap().why.contains("more problems not listed"));
    assert!(s.stored_size() <= SYNC_BUDGET_BYTES);
    println!("kept {} of 301 sites in {} bytes", s.sites.len(), s.stored_size());
}

#[test]
fn round_trips_without_reports() {
    let mut s = Settings::default();
    for intent in [
        json!({"type":"set_defaults","mode":"gentle","suggest_below":35,"read_first":false,"badge":true}),
        json!({"type":"set_mode","site":"x","mode":"off"}),
        json!({"type":"snooze","site":"reddit","until_ms":1_800_000_000_000i64}),
        json!({"type":"add_origin","origin":"https://Hachyderm.io/","kind":"mastodon"}),
        json!({"type":"set_mode","site":"https://hachyderm.io","mode":"pause"}),
        json!({"type":"set_site","site":"threads","suggest_below":0,"read_first":true,"badge":false}),
    ] {
        s = apply(s, intent).unwrap();
    }
    let text = serde_json::to_string(&s).unwrap();
    let p = parse(&serde_json::from_str(&text).unwrap());
    assert_eq!(p.ignored, vec![]);
    assert_eq!(p.settings, s);
    let back: Settings = serde_json::from_str(&text).unwrap();
    assert_eq!(back, s);
    assert_eq!(
        serde_json::to_value(Settings::default()).unwrap(),
        json!({"version":2,"defaults":{"mode":"pause","suggest_below":60,"read_first":true,"badge":false},"sites":{}})
    );
}

#[test]
fn migrates_v1_without_version() {
    let p = parse(&json!({ "enabled": true, "mode": "gentle", "disabled_sites": ["x", "reddit"] }));
    assert_eq!(p.ignored, vec![]);
    assert_eq!(p.settings.defaults.mode, Mode::Gentle);
    assert_eq!(p.settings.sites["x"].mode, Some(Mode::Off));
    assert_eq!(p.settings.sites["reddit"].mode, Some(Mode::Off));
    assert_eq!(p.settings.sites.len(), 2);
    let again = parse(&p.settings.to_json());
    assert_eq!((again.settings, again.ignored), (p.settings, vec![]));
}

#[test]
fn migrates_v1_disabled_and_explicit_version() {
    let p = parse(&json!({ "version": 1, "enabled": false, "mode": "pause" }));
    assert_eq!(p.ignored, vec![]);
    assert_eq!(p.settings.defaults.mode, Mode::Off);
    assert_eq!(parse(&json!({})).settings, Settings::default(), "an empty v1 object is all defaults");
}

#[test]
fn migrates_bad_v1_fields_under_their_v1_paths() {
    let p = parse(&json!({ "enabled": "no", "mode": "loud", "disabled_sites": ["x", "myspace", 7], "theme": 1 }));
    let got: Vec<&str> = p.ignored.iter().map(|i| i.path.as_str()).collect();
    assert_eq!(got, ["disabled_sites[1]", "disabled_sites[2]", "enabled", "mode", "theme"]);
    assert_eq!(p.settings.defaults.mode, Mode::Pause);
    assert_eq!(p.settings.sites["x"].mode, Some(Mode::Off));
    assert_eq!(paths(json!({ "disabled_sites": "x" })), ["disabled_sites"]);
}

#[test]
fn newer_and_odd_versions_keep_what_is_understood() {
    let p = parse(
        &json!({ "version": 7, "defaults": { "mode": "gentle" }, "sites": { "x": { "mode": "off" } }, "themes": {} }),
    );
    assert_eq!(p.settings.defaults.mode, Mode::Gentle);
    assert_eq!(p.settings.sites["x"].mode, Some(Mode::Off));
    assert_eq!(p.ignored.iter().map(|i| i.path.as_str()).collect::<Vec<_>>(), ["version", "themes"]);
    // Unreadable version numbers: guess from the shape.
    assert_eq!(parse(&json!({ "version": "2", "defaults": { "mode": "off" } })).settings.defaults.mode, Mode::Off);
    assert_eq!(parse(&json!({ "version": 0, "enabled": false })).settings.defaults.mode, Mode::Off);
    assert_eq!(parse(&json!({ "version": -3, "enabled": false })).ignored.len(), 1);
}

#[test]
fn effective_applies_overrides_and_snoozes() {
    let s = parse(&json!({ "version": 2, "defaults": { "mode": "gentle", "suggest_below": 50 },
        "sites": { "x": { "mode": "pause", "read_first": false },
                   "bluesky": { "snooze_until": 2000, "mode": "pause" },
                   "https://fosstodon.org": { "kind": "mastodon", "badge": true } } }))
    .settings;
    let x = s.effective("x", 1000);
    assert_eq!(
        serde_json::to_value(&x).unwrap(),
        json!({ "mode": "pause", "snoozed": false, "snooze_until": 0,
        "suggest_below": 50, "read_first": false, "badge": false })
    );
    let b = s.effective("bluesky", 1999);
    assert_eq!((b.mode, b.snoozed, b.snooze_until), (Mode::Off, true, 2000));
    let b = s.effective("bluesky", 2000);
    assert_eq!((b.mode, b.snoozed, b.snooze_until), (Mode::Pause, false, 0), "snooze ends at until_ms");
    assert!(s.effective("HTTPS://fosstodon.org/", 0).badge, "origin looked up in any spelling");
    let unknown = s.effective("myspace", 0);
    assert_eq!((unknown.mode, unknown.suggest_below), (Mode::Gentle, 50));
}

#[test]
fn intents_change_settings() {
    let s = Settings::default();
    let s = apply(s, json!({"type":"set_mode","site":"x","mode":"off"})).unwrap();
    assert_eq!(s.effective("x", 0).mode, Mode::Off);
    let s = apply(s, json!({"type":"snooze","site":"linkedin","until_ms":5000})).unwrap();
    assert!(s.effective("linkedin", 4999).snoozed);
    let s = apply(s, json!({"type":"snooze","site":"linkedin","until_ms":0})).unwrap();
    assert!(!s.sites.contains_key("linkedin"), "an emptied built-in entry is removed");
    let s = apply(s, json!({"type":"set_defaults","suggest_below":80})).unwrap();
    assert_eq!((s.defaults.suggest_below, s.defaults.mode), (80, Mode::Pause));
    let s = apply(s, json!({"type":"add_origin","origin":" https://Mastodon.Social/ ","kind":"mastodon"})).unwrap();
    let s = apply(s, json!({"type":"set_mode","site":"https://mastodon.social","mode":"gentle"})).unwrap();
    let s = apply(s, json!({"type":"add_origin","origin":"https://mastodon.social","kind":"bluesky"})).unwrap();
    let entry = &s.sites["https://mastodon.social"];
    assert_eq!((entry.mode, entry.kind), (Some(Mode::Gentle), Some(Site::Bluesky)), "re-adding keeps overrides");
    let s = apply(s, json!({"type":"clear_site","site":"https://mastodon.social"})).unwrap();
    assert_eq!(s.sites["https://mastodon.social"], SiteSettings { kind: Some(Site::Bluesky), ..Default::default() });
    let s = apply(s, json!({"type":"remove_origin","origin":"https://mastodon.social"})).unwrap();
    assert!(!s.sites.contains_key("https://mastodon.social"));
    let s = apply(s, json!({"type":"remove_origin","origin":"https://mastodon.social"})).unwrap();
    assert_eq!(apply(s, json!({"type":"reset"})).unwrap(), Settings::default());
}

#[test]
fn invalid_intents_are_refused_with_clear_messages() {
    let s = Settings::default();
    let cases = [
        (json!({"type":"set_mode","site":"myspace","mode":"off"}), "not a known site"),
        (json!({"type":"set_mode","site":"x","mode":"loud"}), "invalid settings change"),
        (json!({"type":"set_mode","site":"https://nope.example","mode":"off"}), "add it first"),
        (json!({"type":"snooze","site":"x","until_ms":-1}), "use 0 to stop snoozing"),
        (json!({"type":"set_defaults","suggest_below":101}), "between 0 and 100"),
        (json!({"type":"add_origin","origin":"http://fosstodon.org","kind":"mastodon"}), "must start with https://"),
        (json!({"type":"add_origin","origin":"https://fosstodon.org/@me","kind":"mastodon"}), "without a path"),
        (json!({"type":"add_origin","origin":"https://fosstodon.org","kind":"myspace"}), "invalid settings change"),
        (json!({"type":"remove_origin","origin":"x"}), "must start with https://"),
        (json!({"type":"launch"}), "invalid settings change"),
        (json!("reset"), "invalid settings change"),
    ];
    for (intent, want) in cases {
        let err = apply(s.clone(), intent.clone()).unwrap_err().to_string();
        assert!(err.contains(want), "{intent}: {err}");
    }
}

#[test]
fn optional_intent_fields_may_be_absent_or_null_and_numbers_are_whole() {
    let s = apply(Settings::default(), json!({"type":"set_site","site":"x","suggest_below":45.0,"read_first":null})).unwrap();
    assert_eq!((s.sites["x"].suggest_below, s.sites["x"].read_first), (Some(45), None));
    let s = apply(s, json!({"type":"set_defaults","mode":null,"badge":true,"colour":"red"})).unwrap();
    assert_eq!((s.defaults.mode, s.defaults.badge), (Mode::Pause, true), "unknown fields are ignored");
    for bad in [
        json!({"type":"set_site","site":"x","suggest_below":45.5}),
        json!({"type":"set_site","site":"x","badge":"yes"}),
        json!({"type":"set_site","suggest_below":1}),
        json!({"type":"snooze","site":"x","until_ms":"soon"}),
        json!({"type":"snooze","site":"x"}),
    ] {
        assert!(matches!(Intent::from_json(&bad), Err(SettingsError::BadIntent(_))), "{bad}");
    }
    let sent = json!({"type":"set_site","site":"x","suggest_below":45,"badge":true});
    assert_eq!(serde_json::to_value(Intent::from_json(&sent).unwrap()).unwrap(), sent, "an intent writes back as sent");
}

#[test]
fn sync_storage_budget_holds_with_200_site_attempts() {
    let mut s = Settings::default();
    for site in Site::ALL {
        s = apply(s, json!({"type":"set_mode","site":site.id(),"mode":"gentle"})).unwrap();
        s = apply(s, json!({"type":"snooze","site":site.id(),"until_ms":1_790_000_000_000i64})).unwrap();
    }
    let mut refused = None;
    for i in 0..200 {
        let origin = format!("https://mastodon-instance-{i:03}.example.social");
        match apply(s.clone(), json!({"type":"add_origin","origin":origin,"kind":"mastodon"})) {
            Ok(next) => s = next,
            Err(e) => {
                assert_eq!(e, SettingsError::StorageFull);
                refused.get_or_insert(i);
            }
        }
    }
    let size = s.stored_size();
    println!("{} sites in {size} bytes; first refused origin #{refused:?}", s.sites.len());
    assert!(size <= SYNC_BUDGET_BYTES && SYNC_BUDGET_BYTES <= 8192 - 2048);
    assert!(s.sites.len() >= 70, "a realistic number of origins fits: {}", s.sites.len());
    assert_eq!(parse(&s.to_json()).ignored, vec![]);
}

#[test]
fn short_origins_reach_the_200_site_cap() {
    let mut s = Settings::default();
    let mut last = Ok(());
    for i in 0..=MAX_SITES {
        match apply(s.clone(), json!({"type":"add_origin","origin":format!("https://{i}.io"),"kind":"x"})) {
            Ok(next) => s = next,
            Err(e) => last = Err(e),
        }
    }
    assert_eq!(s.sites.len(), MAX_SITES);
    assert_eq!(last, Err(SettingsError::TooManySites));
    println!("200 short origins: {} bytes", s.stored_size());
    assert!(s.stored_size() <= SYNC_BUDGET_BYTES);
}

mod never_fails {
    use super::*;
    use proptest::prelude::*;

    /// JSON shaped like settings often enough to reach the deep paths, junk the rest of the time.
    fn settings_like() -> impl Strategy<Value = Value> {
        let words = [
            "version",
            "defaults",
            "sites",
            "mode",
            "suggest_below",
            "read_first",
            "badge",
            "snooze_until",
            "kind",
            "enabled",
            "disabled_sites",
            "x",
            "reddit",
            "mastodon",
            "https://a.example",
            "HTTPS://A.example/",
            "http://localhost:8080",
            "off",
            "gentle",
            "pause",
            "loud",
        ];
        let word = proptest::sample::select(words.to_vec());
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            (-3i64..300).prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<f64>().prop_map(|f| json!(f)),
            word.clone().prop_map(Value::from),
            "\\PC{0,8}".prop_map(Value::from),
        ];
        leaf.prop_recursive(4, 80, 8, move |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::vec((word.clone(), inner), 0..8)
                    .prop_map(|kv| Value::Object(kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect())),
            ]
        })
    }

    /// Intents of every type, with fields drawn from plausible and implausible values.
    fn intent_like() -> impl Strategy<Value = Value> {
        let kinds =
            ["set_mode", "snooze", "set_defaults", "set_site", "clear_site", "add_origin", "remove_origin", "reset"];
        let sites =
            ["x", "reddit", "https://a.example", "HTTPS://B.example/", "http://a.example", "https://a.example/p", "zz"];
        let modes = ["off", "gentle", "pause", "loud"];
        (
            proptest::sample::select(kinds.to_vec()),
            proptest::sample::select(sites.to_vec()),
            proptest::sample::select(modes.to_vec()),
            prop_oneof![(-5i64..120), any::<i64>()],
            any::<bool>(),
            proptest::sample::select(vec!["mastodon", "x", "myspace"]),
        )
            .prop_map(|(kind, site, mode, n, b, k)| {
                json!({ "type": kind, "site": site, "origin": site, "mode": mode, "until_ms": n, "suggest_below": n,
                        "read_first": b, "badge": !b, "kind": k })
            })
    }

    proptest! {
        #[test]
        fn parse_is_total_and_its_output_round_trips(raw in settings_like()) {
            let p = parse(&raw);
            prop_assert!(p.settings.stored_size() <= SYNC_BUDGET_BYTES);
            prop_assert!(p.settings.sites.len() <= MAX_SITES);
            let again = parse(&p.settings.to_json());
            prop_assert_eq!(again.ignored, vec![]);
            prop_assert_eq!(again.settings, p.settings);
        }

        #[test]
        fn intents_keep_settings_valid(raw in settings_like(), intents in prop::collection::vec(intent_like(), 1..12)) {
            let mut s = parse(&raw).settings;
            for intent in intents {
                let Ok(intent) = Intent::from_json(&intent) else { continue };
                if let Ok(next) = s.clone().apply(intent) {
                    prop_assert!(next.stored_size() <= SYNC_BUDGET_BYTES);
                    let again = parse(&next.to_json());
                    prop_assert_eq!(again.ignored, vec![]);
                    prop_assert_eq!(&again.settings, &next);
                    s = next;
                }
            }
        }
    }
}
