//! What the extension stores must read back unchanged, byte for byte: settings (`chrome.storage.sync`
//! "settings"), stats ("stats") and the nudge history ("nudge"), as earlier versions wrote them.
//! A change to how they are read or written that alters one byte shows up here first.
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
