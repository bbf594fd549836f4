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
    let (_, level, reasons, suggestion) = unpack(wasm::score_draft("Must read 👇 https://example.com/a", None, None, None, None, None).unwrap());
    assert_eq!(level, Level::Blind);
    assert!(!reasons.is_empty() && suggestion.is_some());
    let text = "I tried this at work last week because our builds took 40 minutes; it cut them to 12. Would it help yours?";
    let (score, level, reasons, _) = unpack(wasm::score_draft(text, None, None, Some("post".into()), None, None).unwrap());
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
    let (_, level, _, _) = unpack(wasm::score_draft(quoted, Some(quoted.into()), None, Some("quote".into()), None, None).unwrap());
    assert_ne!(level, Level::Thoughtful);
}

#[cfg(not(feature = "background"))]
#[wasm_bindgen_test]
fn a_share_intent_prefill_is_blind_until_the_writer_adds_words() {
    let prefill = "Council approves 400 new homes on former rail yard https://news.example/1";
    let (_, level, reasons, _) = unpack(wasm::score_draft(prefill, None, None, None, Some(prefill.into()), None).unwrap());
    assert_eq!(level, Level::Blind);
    assert_eq!(reasons.first(), Some(&"pasted-headline"));
    let added = format!("{prefill} I live next to the yard and we lost the tram stop because of it. Who decided that?");
    let (_, level, _, _) = unpack(wasm::score_draft(&added, None, None, None, Some(prefill.into()), None).unwrap());
    assert_eq!(level, Level::Thoughtful);
}

#[cfg(not(feature = "background"))]
#[wasm_bindgen_test]
fn a_pasted_headline_arrives_as_lines() {
    let text = "Inflation falls to 2.1% in March as fuel prices drop https://n.example/2";
    let pasted = "Inflation falls to 2.1% in March as fuel prices drop\nhttps://n.example/2";
    let (_, level, reasons, _) = unpack(wasm::score_draft(text, None, None, None, None, Some(pasted.into())).unwrap());
    assert_eq!(level, Level::Blind);
    assert!(!reasons.contains(&"specific-detail"), "{reasons:?}");
}

#[cfg(not(feature = "background"))]
#[wasm_bindgen_test]
fn an_unknown_action_is_a_js_error_not_a_trap() {
    assert!(wasm::score_draft("hello", None, None, Some("shout".into()), None, None).is_err());
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

/// What storage holds after a `foldEvent` write, as handlers.js stores it.
#[cfg(feature = "background")]
fn stored_after(mut stored: Value, out: &Value) -> Value {
    assert_eq!(out["result"], "write", "{out}");
    for (key, part) in out["set"].as_object().unwrap() {
        stored[key] = part.clone();
    }
    for key in out["remove"].as_array().unwrap() {
        stored.as_object_mut().unwrap().remove(key.as_str().unwrap());
    }
    stored
}

#[cfg(feature = "background")]
#[wasm_bindgen_test]
fn events_fold_into_the_snapshot() {
    let now = 1_795_000_000_000i64;
    let mut stored = json!({});
    let events = [("reshare_blind", None), ("quote_posted", Some("thoughtful")), ("quote_posted", Some("thin")), ("reply_sent", Some("thoughtful"))];
    for (i, (kind, level)) in events.into_iter().enumerate() {
        let event = json!({"kind": kind, "level": level, "site": "x", "at_ms": now, "tz_offset_min": 60, "id": format!("tab-{i}")});
        let out = rust(wasm::fold_event(&js(json!({"stored": stored, "everything": false, "event": event}))).unwrap());
        stored = stored_after(stored, &out);
    }
    let resent = json!({"kind": "reply_sent", "level": "thoughtful", "site": "x", "at_ms": now, "id": "tab-3"});
    assert_eq!(rust(wasm::fold_event(&js(json!({"stored": stored, "event": resent}))).unwrap()), json!({"result": "duplicate"}));
    let snap = rust(wasm::stats_snapshot(&js(json!({"stored": stored, "query": {"now_ms": now, "tz_offset_min": 60, "site": "x"}}))).unwrap());
    assert_eq!(snap["this_week"]["shares"], 3);
    assert_eq!(snap["this_week"]["with_thought"], 1);
    assert_eq!(snap["this_week"]["thin"], 1);
    assert_eq!((snap["this_week"]["replies"].clone(), snap["this_week"]["broadcasts"].clone()), (json!(1), json!(3)));
    assert_eq!(snap["weekly_line"]["replies"], 1);
    assert_eq!(snap["sites"][0]["replies_with_thought"], 1);
    let bad = json!({"kind": "post_sent", "site": "x", "at_ms": now, "tz_offset_min": 0});
    assert!(wasm::fold_event(&js(json!({"stored": stored, "event": bad}))).is_err(), "post_sent needs a level");
}

#[cfg(feature = "background")]
#[wasm_bindgen_test]
fn a_year_in_one_value_moves_out_at_a_new_months_first_count_and_imports_by_month() {
    let one_value = json!({"version": 1, "days": {"2026-10-30": {"x": [1]}, "2026-11-22": {"x": [0, 2]}}, "months": {}});
    let stored = json!({"stats": one_value});
    let event = json!({"kind": "nudge_shown", "site": "x", "at_ms": 1_795_867_200_000i64}); // 2026-11-28
    let out = rust(wasm::fold_event(&js(json!({"stored": stored, "event": event}))).unwrap());
    assert_eq!(out, json!({"result": "needs_all"}));
    let out = rust(wasm::fold_event(&js(json!({"stored": stored, "everything": true, "event": event}))).unwrap());
    let stored = stored_after(stored, &out);
    assert_eq!(stored["stats/2026-10"]["days"], json!({"2026-10-30": {"x": [1]}}));
    let loaded = rust(wasm::load_stats(&js(stored)).unwrap());
    assert_eq!(loaded["problems"], json!([]));
    let placed = rust(wasm::place_stats(&js(json!({"stats": loaded["stats"], "now_ms": 1_795_867_200_000i64, "tz_offset_min": 0}))).unwrap());
    assert_eq!(placed.as_object().unwrap().keys().collect::<Vec<_>>(), ["stats", "stats/2026-10"]);
    assert_eq!(rust(wasm::load_stats(&js(placed)).unwrap())["stats"], loaded["stats"]);
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
    let still = rust(wasm::load_stats(r#"{"stats": null}"#).unwrap());
    assert_eq!(still["problems"].as_array().map(Vec::len), Some(1));
    assert_eq!(rust(wasm::load_stats("{}").unwrap())["problems"], json!([]), "nothing stored yet is no problem");
    assert!(wasm::load_stats("null").is_err(), "the worker passes its stored keys as an object");
    // A damaged stored history is read as no history; the message around it must be well formed.
    let fresh = rust(wasm::record_choice(&js(json!({"history": "garbage", "choice": "dismiss", "now_ms": 0}))).unwrap());
    assert_eq!(fresh["share_anyway_streak"], 0);
    assert!(wasm::decide(&js(json!({"mode": "pause", "now_ms": 1, "history": [1, "x"]}))).is_ok());
    assert!(wasm::decide(&js(json!({"mode": "pause", "now_ms": "soon"}))).is_err());
}
