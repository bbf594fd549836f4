//! The facade as JavaScript sees it, run under Node by wasm-bindgen-test-runner:
//! `cargo test --target wasm32-unknown-unknown --test wasm` (the page's scorer) and
//! `cargo test --target wasm32-unknown-unknown --features background --test wasm` (the worker's
//! core, which takes and returns JSON text as extension/background/core.js passes it).
#![cfg(target_arch = "wasm32")]

use second_thought::wasm;
#[cfg(not(feature = "background"))]
use second_thought::score::{unpack, Level};
#[cfg(feature = "background")]
use serde_json::{json, Value};
use wasm_bindgen_test::wasm_bindgen_test;

/// As core.js passes values: JSON text of plain objects.
#[cfg(feature = "background")]
fn js(value: Value) -> String {
    value.to_string()
}

#[cfg(feature = "background")]
fn rust(json: String) -> Value {
    serde_json::from_str(&json).unwrap()
}

#[cfg(not(feature = "background"))]
#[wasm_bindgen_test]
fn scores_a_bare_link_as_blind_and_a_reason_as_thoughtful() {
    let (_, level, reasons, suggestion) = unpack(wasm::score_draft("Must read 👇 https://example.com/a", None, None, None).unwrap());
    assert_eq!(level, Level::Blind);
    assert!(!reasons.is_empty() && suggestion.is_some());
    let text = "I tried this at work last week because our builds took 40 minutes; it cut them to 12. Would it help yours?";
    let (score, level, reasons, _) = unpack(wasm::score_draft(text, None, None, Some("post".into())).unwrap());
    assert_eq!(level, Level::Thoughtful);
    assert!(score >= 60);
    assert!(!reasons.is_empty());
}

#[cfg(not(feature = "background"))]
#[wasm_bindgen_test]
fn report_names_are_the_tables_a_packed_report_indexes() {
    use second_thought::score::{LEVEL_IDS, REASON_IDS, SUGGESTION_IDS};
    let names = wasm::report_names();
    for (key, ids) in [("levels", LEVEL_IDS), ("reasons", REASON_IDS), ("suggestions", SUGGESTION_IDS)] {
        let array = js_sys::Array::from(&js_sys::Reflect::get(&names, &key.into()).unwrap());
        let got: Vec<String> = array.iter().map(|v| v.as_string().unwrap()).collect();
        assert_eq!(got, ids, "{key}");
    }
}

#[cfg(not(feature = "background"))]
#[wasm_bindgen_test]
fn a_quote_that_copies_the_quoted_post_is_not_a_thought() {
    let quoted = "City bike lanes cut commute times more than new roads did, a five-year study finds";
    let (_, level, _, _) = unpack(wasm::score_draft(quoted, Some(quoted.into()), None, Some("quote".into())).unwrap());
    assert_ne!(level, Level::Thoughtful);
}

#[cfg(not(feature = "background"))]
#[wasm_bindgen_test]
fn an_unknown_action_is_a_js_error_not_a_trap() {
    assert!(wasm::score_draft("hello", None, None, Some("shout".into())).is_err());
}

#[cfg(feature = "background")]
#[wasm_bindgen_test]
fn settings_never_fail_and_say_what_was_ignored() {
    let parsed = rust(wasm::parse_settings(&js(json!({"version": 2, "defaults": {"mode": "loud"}}))).unwrap());
    assert_eq!(parsed["settings"]["defaults"]["mode"], "pause");
    assert!(!parsed["ignored"].as_array().unwrap().is_empty());
    let garbage = rust(wasm::parse_settings("\"garbage\"").unwrap());
    assert_eq!(garbage["settings"]["defaults"]["mode"], "pause");
}

#[cfg(feature = "background")]
#[wasm_bindgen_test]
fn intents_are_validated() {
    let settings = rust(wasm::parse_settings(&js(json!(null))).unwrap())["settings"].clone();
    let off = rust(wasm::apply_intent(&js(json!({"settings": settings, "intent": {"type": "set_mode", "site": "x", "mode": "off"}}))).unwrap());
    assert_eq!(off["sites"]["x"]["mode"], "off");
    let effective = rust(wasm::effective_settings(&js(json!({"settings": off, "site": "x", "now_ms": 1_795_000_000_000i64}))).unwrap());
    assert_eq!(effective["mode"], "off");
    assert!(wasm::apply_intent(&js(json!({"settings": settings, "intent": {"type": "set_mode", "site": "x", "mode": "loud"}}))).is_err());
}

#[cfg(feature = "background")]
#[wasm_bindgen_test]
fn events_fold_into_the_snapshot() {
    let now = 1_795_000_000_000i64;
    let mut stats = rust(wasm::load_stats(&js(json!(null))).unwrap())["stats"].clone();
    for (kind, level) in [("reshare_blind", None), ("quote_posted", Some("thoughtful")), ("quote_posted", Some("thin"))] {
        let event = json!({"kind": kind, "level": level, "site": "x", "at_ms": now, "tz_offset_min": 60});
        stats = rust(wasm::fold_event(&js(json!({"stats": stats, "event": event}))).unwrap());
    }
    let snap = rust(wasm::stats_snapshot(&js(json!({"stats": stats, "query": {"now_ms": now, "tz_offset_min": 60, "site": "x"}}))).unwrap());
    assert_eq!(snap["this_week"]["shares"], 3);
    assert_eq!(snap["this_week"]["with_thought"], 1);
    assert_eq!(snap["this_week"]["thin"], 1);
    let bad = json!({"kind": "post_sent", "site": "x", "at_ms": now, "tz_offset_min": 0});
    assert!(wasm::fold_event(&js(json!({"stats": stats, "event": bad}))).is_err(), "post_sent needs a level");
}

#[cfg(feature = "background")]
#[wasm_bindgen_test]
fn the_policy_escalates_a_burst_of_reshares() {
    let now = 1_795_000_000_000i64;
    let mut history = json!({});
    let mut forms = vec![];
    for i in 0..3 {
        let input = json!({"action": "reshare", "mode": "pause", "level": null, "has_link": false, "link_opened": false,
            "read_first_enabled": true, "now_ms": now + i * 60_000, "history": history});
        let decision = rust(wasm::decide(&js(input)).unwrap());
        assert_eq!(decision["intercept"], true);
        forms.push(decision["form"].as_str().unwrap().to_string());
        history = decision["history"].clone();
    }
    assert_eq!(forms.first().map(String::as_str), Some("hint"));
    assert_eq!(forms.last().map(String::as_str), Some("pause"));
    let after = rust(wasm::record_choice(&js(json!({"history": history, "choice": "share_anyway", "now_ms": now}))).unwrap());
    assert_eq!(after["share_anyway_streak"], 1);
}

#[cfg(feature = "background")]
#[wasm_bindgen_test]
fn malformed_input_is_a_js_error_not_a_trap() {
    assert!(wasm::parse_settings("{not json").is_err());
    assert!(wasm::effective_settings(&js(json!({"site": "x", "now_ms": 0}))).is_err(), "settings are required");
    assert!(wasm::effective_settings(&js(json!({"settings": null, "site": "x", "now_ms": 1.5}))).is_err());
    assert!(wasm::record_choice(&js(json!({"history": {}, "choice": "shrug", "now_ms": 0}))).is_err());
    let still = rust(wasm::load_stats("null").unwrap());
    assert_eq!(still["problems"].as_array().map(Vec::len), Some(1));
    // A damaged stored history is read as no history; the message around it must be well formed.
    let fresh = rust(wasm::record_choice(&js(json!({"history": "garbage", "choice": "dismiss", "now_ms": 0}))).unwrap());
    assert_eq!(fresh["share_anyway_streak"], 0);
    assert!(wasm::decide(&js(json!({"mode": "pause", "now_ms": 1, "history": [1, "x"]}))).is_ok());
    assert!(wasm::decide(&js(json!({"mode": "pause", "now_ms": "soon"}))).is_err());
}
